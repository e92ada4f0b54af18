// The story page's data and state: the events from the embedded records, lanes, filters.
// --- the events ---
const records = JSON.parse($("story-data").textContent);
const meta = JSON.parse($("story-meta").textContent);
const today = parseIso(meta.today);
// --as-of: the story as its sources had told it by that day (null without it).
const asOf = parseIso(meta.as_of);
const list = (value) => (Array.isArray(value) ? value.map(String) : []);
const events = records.map((r, i) => {
  const parts = String(r.date).split("/");
  let s = parseEnd(parts[0]);
  let e = parts.length === 2 ? parseEnd(parts[1]) : s;
  let interval = parts.length === 2;
  if (s === undefined || e === undefined) {
    // A form this page does not know: fall back on the record's first and last day.
    const at = (iso) => (iso ? { first: parseIso(iso), last: parseIso(iso), precision: "day", fuzzy: false } : null);
    [s, e, interval] = [at(r.start), at(r.end), r.start !== r.end];
  }
  const ev = {
    r, i, id: String(r.id),
    title: String(r.title ?? r.id),
    actors: list(r.actors),
    tags: list(r.tags),
    s, e,
    kind: interval ? "bar" : s.precision === "day" ? "point" : "band",
    from: s ? s.first : null,
    to: e ? e.last + 1 : null, // exclusive
    label: (meta.labels && meta.labels[i]) || String(r.date),
    disputed: Array.isArray(r.accounts) && r.accounts.length > 0,
    upcoming: r.status === "upcoming",
    width: 0,
    on: true,
    li: null,
  };
  ev.at = ev.from ?? ev.to - 1;
  ev.text = [ev.title, r.summary, r.location, r.as_written, r.date, ev.label, ...ev.actors, ...ev.tags]
    .filter((x) => x).join("\n").toLowerCase();
  return ev;
});
const byIdMap = new Map(events.map((ev) => [ev.id, ev]));
performance.mark("carneytl-data");
// The story runs from its earliest known day to the day after its latest.
const story0 = events.length ? least(events.map((ev) => ev.at)) : today - 180;
const story1 = events.length ? most(events.map((ev) => ev.to ?? ev.from + 1)) : today + 180;
const MAX_SPAN = Math.max(3 * 366, 3 * (story1 - story0));

// --- state, mirrored in the URL fragment ---
const state = { q: "", actors: new Set(), tags: new Set(), from: null, to: null, lanes: "tag", v0: 0, v1: 1, sel: null };
let shown = events;

const laneKeys = (ev) => state.lanes === "actor"
  ? (ev.actors.length ? ev.actors : ["(no actor)"])
  : [ev.tags[0] || "(no tag)"];
// Lanes keep one colour and place whatever the filters do: ordered by their first event.
const laneInfo = { tag: new Map(), actor: new Map() };
for (const mode of ["tag", "actor"]) {
  const saved = state.lanes;
  state.lanes = mode;
  const order = [...events].sort((a, b) => a.at - b.at);
  for (const ev of order) {
    for (const key of laneKeys(ev)) {
      if (!laneInfo[mode].has(key)) laneInfo[mode].set(key, { key, n: 0, colour: `c${laneInfo[mode].size % 10}`, index: laneInfo[mode].size });
      laneInfo[mode].get(key).n += 1;
    }
  }
  state.lanes = saved;
}

function matches(ev) {
  for (const word of state.q.toLowerCase().split(/\s+/)) if (word && !ev.text.includes(word)) return false;
  if (state.tags.size && !ev.tags.some((t) => state.tags.has(t))) return false;
  if (state.actors.size && !ev.actors.some((a) => state.actors.has(a))) return false;
  if (state.from !== null && ev.to !== null && ev.to - 1 < state.from) return false;
  if (state.to !== null && ev.from !== null && ev.from > state.to) return false;
  return true;
}

// --- elements ---
const wrap = $("plot-wrap");
const plot = $("plot");
const ticks = $("ticks");
const overview = $("overview");
const measure = document.createElement("canvas").getContext("2d");
measure.font = `12px ${getComputedStyle(document.body).fontFamily}`;
// Measuring every title would shape 10,000 strings; summing per-character widths is close
// enough for spacing labels (the margin covers kerning) and costs a lookup per character.
const glyphs = new Map();
function textWidth(text) {
  let width = 0;
  for (const ch of text) {
    let w = glyphs.get(ch);
    if (w === undefined) glyphs.set(ch, (w = measure.measureText(ch).width));
    width += w;
  }
  return Math.ceil(width * 1.04);
}
for (const ev of events) ev.width = textWidth(ev.title);

// The drawing's width is the plot's, so one unit is one pixel down to a phone's width; the
// floor only keeps the scale sane in a box too narrow for any axis (the drawing then shrinks).
const widthNow = () => Math.max(wrap.clientWidth, HEAD_W + 100);
const scaleNow = () => (widthNow() - HEAD_W) / (state.v1 - state.v0);
const xOf = (t, k) => HEAD_W + (t - state.v0) * k;
