// Helpers for the story page: elements, whole days, EDTF ends, safe links. No state.
const NS = "http://www.w3.org/2000/svg";
const DAY_MS = 86400000;
const HEAD_W = 150; // the lane names' column
const ROW = 24;
const LANE_PAD = 7;
const MAX_ROWS = 6;
const MIN_SPAN = 4; // days: the closest zoom still shows single days with room around them
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const $ = (id) => document.getElementById(id);
// Spreading 100,000 numbers into Math.min would overflow the call stack.
const least = (xs) => xs.reduce((a, b) => (b < a ? b : a), Infinity);
const most = (xs) => xs.reduce((a, b) => (b > a ? b : a), -Infinity);

function svg(tag, attrs, text) {
  const node = document.createElementNS(NS, tag);
  for (const key in attrs) node.setAttribute(key, attrs[key]);
  if (text !== undefined) node.textContent = text;
  return node;
}
function html(tag, cls, text) {
  const node = document.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

// --- days: whole days since 1970-01-01 (UTC), so that arithmetic on them is exact ---
function dayOf(y, m, d) {
  const t = new Date(0);
  t.setUTCFullYear(y, m, d);
  return Math.round(t.getTime() / DAY_MS);
}
function partsOf(n) {
  const t = new Date(Math.floor(n) * DAY_MS);
  return [t.getUTCFullYear(), t.getUTCMonth(), t.getUTCDate()];
}
const pad = (n, w) => String(n).padStart(w, "0");
function isoOf(n) {
  const [y, m, d] = partsOf(n);
  return `${pad(y, 4)}-${pad(m + 1, 2)}-${pad(d, 2)}`;
}
function parseIso(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text || "");
  return m ? dayOf(+m[1], +m[2] - 1, +m[3]) : null;
}
function fmtDay(n) {
  const [y, m, d] = partsOf(n);
  return `${d} ${MONTHS[m]} ${y}`;
}

// One end of an EDTF date, as the store writes it: YYYY, YYYY-MM or YYYY-MM-DD, maybe ~ ? %.
const END = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?([~?%])?$/;
function parseEnd(text) {
  if (text === ".." || text === "") return null;
  const m = END.exec(text);
  if (!m) return undefined;
  const y = +m[1];
  const end = { fuzzy: Boolean(m[4]), approximate: /[~%]/.test(m[4] || ""), uncertain: /[?%]/.test(m[4] || "") };
  if (m[3]) Object.assign(end, { first: dayOf(y, +m[2] - 1, +m[3]), precision: "day" });
  else if (m[2]) Object.assign(end, { first: dayOf(y, +m[2] - 1, 1), last: dayOf(y, +m[2], 1) - 1, precision: "month" });
  else Object.assign(end, { first: dayOf(y, 0, 1), last: dayOf(y + 1, 0, 1) - 1, precision: "year" });
  if (end.last === undefined) end.last = end.first;
  return end;
}
function fmtEnd(end) {
  const [y, m, d] = partsOf(end.first);
  if (end.precision === "year") return String(y);
  if (end.precision === "month") return `${MONTHS[m]} ${y}`;
  return `${d} ${MONTHS[m]} ${y}`;
}
// Words for an account's date; the events' own dates come worded by the CLI (meta.labels).
function fmtDate(text) {
  const parts = String(text).split("/");
  const ends = parts.map(parseEnd);
  if (ends.includes(undefined)) return String(text);
  let words;
  if (parts.length === 1) words = fmtEnd(ends[0]);
  else if (!ends[0]) words = `until ${fmtEnd(ends[1])}`;
  else if (!ends[1]) words = `since ${fmtEnd(ends[0])}`;
  else words = `${fmtEnd(ends[0])} – ${fmtEnd(ends[1])}`;
  if (ends.some((e) => e && e.approximate)) words = `c. ${words}`;
  if (ends.some((e) => e && e.uncertain)) words += "?";
  return words;
}
function safeUrl(text) {
  if (typeof text !== "string") return null;
  try {
    const url = new URL(text);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
