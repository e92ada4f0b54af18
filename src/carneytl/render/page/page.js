// carneytl's story page: draws the embedded --json records on a zoomable SVG time axis.
// Store text only ever reaches the page through textContent and setAttribute, never as markup.
"use strict";
(() => {
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

  // --- the events ---
  const records = JSON.parse($("story-data").textContent);
  const meta = JSON.parse($("story-meta").textContent);
  const today = parseIso(meta.today);
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

  const widthNow = () => Math.max(wrap.clientWidth, HEAD_W + 200);
  const scaleNow = () => (widthNow() - HEAD_W) / (state.v1 - state.v0);
  const xOf = (t, k) => HEAD_W + (t - state.v0) * k;

  // --- ticks: the finest step whose labels do not collide ---
  const STEPS = [[1, "day"], [2, "day"], [7, "week"], [1, "month"], [3, "month"], [6, "month"],
    [1, "year"], [2, "year"], [5, "year"], [10, "year"], [20, "year"], [50, "year"], [100, "year"]];
  const UNIT_DAYS = { day: 1, week: 7, month: 30.44, year: 365.25 };
  function tickList(v0, v1, step, unit) {
    const out = [];
    if (unit === "day" || unit === "week") {
      let n = Math.ceil(v0);
      if (unit === "week") while ((n % 7 + 7 + 3) % 7 !== 0) n += 1; // 1970-01-01 was a Thursday
      else n += (step - (n % step)) % step;
      for (; n <= v1; n += unit === "week" ? 7 : step) out.push(n);
      return out;
    }
    let [y, m] = partsOf(v0);
    if (unit === "year") {
      y = Math.ceil(y / step) * step;
      for (let n = dayOf(y, 0, 1); n <= v1; y += step, n = dayOf(y, 0, 1)) if (n >= v0) out.push(n);
      return out;
    }
    m = Math.ceil(m / step) * step;
    for (let n = dayOf(y, m, 1); n <= v1; m += step, n = dayOf(y, m, 1)) if (n >= v0) out.push(n);
    return out;
  }
  function drawTicks(k, W, height) {
    const grid = svg("g", { class: "grid" });
    const head = document.createDocumentFragment();
    const [step, unit] = STEPS.find(([n, u]) => n * UNIT_DAYS[u] * k >= (u === "day" ? 28 : 58)) || STEPS[STEPS.length - 1];
    const minor = tickList(state.v0, state.v1, step, unit);
    const majorUnit = unit === "day" || unit === "week" ? "month" : unit === "month" ? "year" : null;
    const major = majorUnit ? tickList(state.v0 - 1, state.v1, 1, majorUnit) : [];
    const majorSet = new Set(major);
    for (const n of minor) {
      const x = xOf(n, k);
      if (x < HEAD_W) continue;
      grid.append(svg("line", { class: majorSet.has(n) ? "gridline major" : "gridline", x1: x, x2: x, y1: 0, y2: height }));
      const [y, m, d] = partsOf(n);
      const text = unit === "year" ? String(y) : unit === "month" ? MONTHS[m] : unit === "week" ? `${d} ${MONTHS[m]}` : String(d);
      head.append(svg("text", { class: "tick-label", x: x + 4, y: 34 }, text));
    }
    const majorLabel = (n) => (majorUnit === "month" ? `${MONTHS[partsOf(n)[1]]} ${partsOf(n)[0]}` : String(partsOf(n)[0]));
    if (majorUnit) {
      // The period at the left edge is always named, so a reader never loses the year.
      const edge = major.filter((n) => n <= state.v0).pop() ?? tickList(state.v0 - 400, state.v0, 1, majorUnit).pop();
      let prevEnd = -Infinity;
      for (const n of [edge, ...major.filter((m) => m > state.v0)]) {
        if (n === undefined) continue;
        const x = Math.max(HEAD_W, xOf(n, k)) + 4;
        const text = majorLabel(n);
        if (x < prevEnd + 8) continue;
        head.append(svg("text", { class: "tick-major", x, y: 15 }, text));
        prevEnd = x + text.length * 7;
      }
    }
    ticks.replaceChildren(head);
    if (today >= state.v0 && today <= state.v1) {
      const x = xOf(today, k);
      const late = x > W - 40;
      ticks.append(svg("text", { class: "today-label", x: late ? x - 3 : x + 3, y: 15, "text-anchor": late ? "end" : "start" }, "today"));
    }
    ticks.setAttribute("viewBox", `0 0 ${W} 40`);
    return grid;
  }

  // --- one event's shape ---
  function geometry(ev, k, W) {
    const left = HEAD_W;
    const clamp = (x) => Math.min(Math.max(x, left - 40), W + 40);
    if (ev.kind === "point") {
      const cx = xOf(ev.from + 0.5, k);
      return { x0: cx - 6, x1: cx + 6, cx };
    }
    const x0 = ev.from === null ? left : clamp(xOf(ev.from, k));
    const x1 = ev.to === null ? W - 1 : clamp(xOf(ev.to, k));
    return { x0, x1: Math.max(x1, x0 + 3) };
  }
  function drawItem(ev, g, cy, k, W, showLabel, colour, text) {
    const node = svg("g", {
      class: `item ${colour}${ev.upcoming ? " upcoming" : ""}${ev.id === state.sel ? " selected" : ""}`,
      "data-id": ev.id,
    });
    // Most items are one element; a group is added only where a mask must cover several.
    const shape = document.createDocumentFragment();
    const fadeS = ev.s && ev.s.fuzzy;
    const fadeE = ev.e && ev.e.fuzzy;
    if (ev.kind === "point") {
      if (fadeS) shape.append(svg("circle", { class: "halo", cx: g.cx, cy, r: 10 }));
      shape.append(svg("circle", { class: "point", cx: g.cx, cy, r: 5.5 }));
      if (fadeS) node.setAttribute("data-fuzzy", "true");
    } else if (ev.kind === "band") {
      shape.append(svg("rect", { class: "band", x: g.x0, y: cy - 8, width: g.x1 - g.x0, height: 16, rx: 1 }));
    } else {
      // An interval: the days it surely covers are solid; a month or year end is drawn lighter
      // over all the days it could be; an open end runs to the edge and ends in an arrow.
      const at = (t) => Math.min(Math.max(xOf(t, k), HEAD_W - 40), W + 40);
      const coarse = (end) => end && end.precision !== "day";
      const c0 = ev.s ? at(coarse(ev.s) ? ev.s.last + 1 : ev.s.first) : g.x0;
      const c1 = ev.e ? at(coarse(ev.e) ? ev.e.first : ev.e.last + 1) : g.x1 - 7;
      if (coarse(ev.s)) shape.append(svg("rect", { class: "bar coarse", x: g.x0, y: cy - 5, width: Math.max(1, c0 - g.x0), height: 10 }));
      if (c1 > c0) shape.append(svg("rect", { class: "bar", x: c0, y: cy - 5, width: c1 - c0, height: 10, rx: 2 }));
      if (coarse(ev.e)) shape.append(svg("rect", { class: "bar coarse", x: c1, y: cy - 5, width: Math.max(1, g.x1 - c1), height: 10 }));
      if (!ev.s) shape.append(svg("path", { class: "arrow", d: `M${g.x0} ${cy} l8 -7 v14 z` }));
      if (!ev.e) shape.append(svg("path", { class: "arrow", d: `M${g.x1} ${cy} l-8 -7 v14 z` }));
      node.setAttribute("data-open", !ev.s ? "start" : !ev.e ? "end" : "none");
    }
    if (ev.id === state.sel) node.append(svg("rect", { class: "sel-ring", x: g.x0 - 4, y: cy - 11, width: g.x1 - g.x0 + 8, height: 22, rx: 5 }));
    if (ev.kind !== "point" && (fadeS || fadeE)) {
      const which = ev.kind === "band" || (fadeS && fadeE) ? "both" : fadeS ? "start" : "end";
      const group = svg("g", { class: "shape", mask: `url(#fade-${which})` });
      group.append(shape);
      node.append(group);
      node.setAttribute("data-fuzzy", which);
    } else node.append(shape);
    if (ev.disputed) {
      const dx = Math.max(g.x0, HEAD_W + 6);
      node.append(svg("path", { class: "disputed", d: `M${dx} ${cy - 14} l4 4 l-4 4 l-4 -4 z` }));
      node.setAttribute("data-disputed", "true");
    }
    if (showLabel) {
      const inside = ev.kind === "bar" && g.x1 - Math.max(g.x0, HEAD_W) > ev.width + 16;
      const before = !inside && showLabel === "left";
      const lx = inside ? Math.max(g.x0, HEAD_W) + 6 : before ? g.x0 - 5 : g.x1 + 5;
      const label = svg("text", { class: inside ? "label on-bar" : "label", x: lx, y: cy + 4 }, inside ? ev.title : text);
      if (before) label.setAttribute("text-anchor", "end");
      node.append(label);
    }
    return node;
  }

  function shorten(ev, room) {
    if (room < 60) return "";
    let chars = Math.floor((ev.title.length * room) / ev.width);
    while (chars > 4 && textWidth(`${ev.title.slice(0, chars)}…`) > room) chars -= 1;
    return `${ev.title.slice(0, chars).trimEnd()}…`;
  }

  // --- the whole drawing ---
  let focusAfter = null;
  function draw() {
    const W = widthNow();
    const k = scaleNow();
    const lanes = new Map();
    for (const ev of shown) {
      for (const key of laneKeys(ev)) {
        if (!lanes.has(key)) lanes.set(key, []);
        lanes.get(key).push(ev);
      }
    }
    const info = laneInfo[state.lanes];
    const ordered = [...lanes.keys()].sort((a, b) => info.get(a).index - info.get(b).index);
    const backs = svg("g");
    const items = svg("g");
    const heads = svg("g");
    let y = 0;
    ordered.forEach((key, index) => {
      const { colour } = info.get(key);
      const placed = [];
      for (const ev of lanes.get(key)) {
        const g = geometry(ev, k, W);
        if (g.x1 < HEAD_W - 20 || g.x0 > W + 20) continue;
        // A label goes right of its event, or left of it where the right edge would cut it.
        const over = g.x1 + 5 + ev.width > W - 4;
        const left = over && g.x0 - 5 - ev.width > HEAD_W + 4;
        // With room on neither side, the title is shortened to what fits before the edge.
        const cut = over && !left;
        const width = cut ? W - 10 - g.x1 : ev.width;
        placed.push({ ev, g, left, cut, start: left ? g.x0 - 5 - width : g.x0, end: left ? g.x1 : g.x1 + 5 + width });
      }
      placed.sort((a, b) => a.start - b.start);
      // Greedy rows: an item goes in the first row it fits with its label; with no room left
      // it goes without one, so labels never overlap.
      const rows = [];
      for (const p of placed) {
        let row = rows.findIndex((end) => end + 8 <= p.start);
        p.label = !p.cut || p.end - p.g.x1 >= 65;
        if (row < 0 && p.label && rows.length < MAX_ROWS) row = rows.push(0) - 1;
        if (row < 0 && !rows.length) row = rows.push(0) - 1;
        if (row < 0) {
          p.label = false;
          row = rows.findIndex((end) => end + 2 <= p.g.x0);
          if (row < 0) row = rows.indexOf(Math.min(...rows));
        }
        rows[row] = Math.max(rows[row], p.label ? p.end : p.g.x1);
        p.row = row;
      }
      const height = Math.max(1, rows.length) * ROW + 2 * LANE_PAD;
      const alt = index % 2 ? " alt" : "";
      backs.append(svg("rect", { class: `lane-bg${alt}`, x: 0, y, width: W, height }));
      backs.append(svg("line", { class: "lane-sep", x1: 0, x2: W, y1: y + height, y2: y + height }));
      for (const p of placed) {
        items.append(drawItem(p.ev, p.g, y + LANE_PAD + p.row * ROW + ROW / 2 + 1, k, W, p.label && (p.left ? "left" : "right"), colour, p.cut ? shorten(p.ev, p.end - p.g.x1 - 5) : p.ev.title));
      }
      const head = svg("g", { class: `lane ${colour}` });
      head.append(svg("rect", { class: `lane-head${alt}`, x: 0, y, width: HEAD_W, height }));
      head.append(svg("line", { class: "lane-sep", x1: HEAD_W, x2: HEAD_W, y1: y, y2: y + height }));
      const name = key.length > 19 ? `${key.slice(0, 18)}…` : key;
      head.append(svg("text", { class: "lane-name", x: 12, y: y + LANE_PAD + 16 }, name));
      head.append(svg("text", { class: "lane-count", x: 12, y: y + LANE_PAD + 31 }, `${lanes.get(key).length}`));
      heads.append(head);
      y += height;
    });
    const total = Math.max(y, 60);
    const grid = drawTicks(k, W, total);
    const parts = [defs(), backs, grid, items];
    if (today >= state.v0 && today <= state.v1) {
      const x = xOf(today, k);
      parts.push(svg("line", { class: "today-line", x1: x, x2: x, y1: 0, y2: total }));
    }
    parts.push(heads);
    if (!shown.length) parts.push(svg("text", { class: "empty-note", x: HEAD_W + 20, y: 36 }, "No event matches the filters."));
    plot.replaceChildren(...parts);
    plot.setAttribute("viewBox", `0 0 ${W} ${total}`);
    plot.setAttribute("height", total);
    plot.setAttribute("data-lanes", String(ordered.length));
    const first = plot.querySelector(`.item[data-id="${CSS.escape(state.sel || "")}"]`) || plot.querySelector(".item");
    // One item at a time is in the tab order (the selected one, else the first), named for
    // screen readers; the arrow keys move on from it. The list names every event.
    if (first) {
      const ev = byIdMap.get(first.dataset.id);
      first.setAttribute("tabindex", "0");
      first.setAttribute("role", "button");
      first.setAttribute("aria-label", `${ev.label}: ${ev.title}`);
    }
    if (focusAfter !== null) {
      const target = plot.querySelector(`.item[data-id="${CSS.escape(focusAfter)}"]`);
      if (target) target.focus({ preventScroll: true });
      focusAfter = null;
    }
    drawOverview();
  }
  let cachedDefs = null;
  function defs() {
    if (cachedDefs) return cachedDefs;
    const d = svg("defs");
    const ramps = { start: [[0, 0.12], [0.45, 1], [1, 1]], end: [[0, 1], [0.55, 1], [1, 0.12]], both: [[0, 0.12], [0.4, 1], [0.6, 1], [1, 0.12]] };
    for (const [name, stops] of Object.entries(ramps)) {
      const grad = svg("linearGradient", { id: `ramp-${name}` });
      for (const [offset, opacity] of stops) grad.append(svg("stop", { offset, "stop-color": "#fff", "stop-opacity": opacity }));
      const mask = svg("mask", { id: `fade-${name}`, maskContentUnits: "objectBoundingBox" });
      mask.append(svg("rect", { width: 1, height: 1, fill: `url(#ramp-${name})` }));
      d.append(grad, mask);
    }
    cachedDefs = d;
    return d;
  }

  // --- the overview strip: the whole story, the view, and the date-range brush ---
  const ov = { v0: story0 - (story1 - story0) * 0.02 - 15, v1: story1 + (story1 - story0) * 0.02 + 15 };
  const ovX = (t, w) => ((t - ov.v0) / (ov.v1 - ov.v0)) * w;
  const ovT = (x, w) => ov.v0 + (x / w) * (ov.v1 - ov.v0);
  let ovBins = null;
  let overviewWidth = 0;
  function drawOverview(brush) {
    const w = overviewWidth || 600;
    const h = 38;
    const bins = 160;
    if (!ovBins || ovBins.w !== w) {
      ovBins = { w, all: new Array(bins).fill(0) };
      for (const ev of events) ovBins.all[Math.min(bins - 1, Math.max(0, Math.floor(((ev.at - ov.v0) / (ov.v1 - ov.v0)) * bins)))] += 1;
    }
    const on = new Array(bins).fill(0);
    for (const ev of shown) on[Math.min(bins - 1, Math.max(0, Math.floor(((ev.at - ov.v0) / (ov.v1 - ov.v0)) * bins)))] += 1;
    const top = Math.max(1, ...ovBins.all);
    const bw = w / bins;
    const parts = [];
    ovBins.all.forEach((n, i) => {
      if (!n) return;
      const bh = 4 + (22 * Math.sqrt(n)) / Math.sqrt(top);
      parts.push(svg("rect", { class: "ov-bin", x: i * bw + 0.5, y: 26 - bh, width: Math.max(1, bw - 1), height: bh }));
      if (on[i]) {
        const oh = 4 + (22 * Math.sqrt(on[i])) / Math.sqrt(top);
        parts.push(svg("rect", { class: "ov-bin on", x: i * bw + 0.5, y: 26 - oh, width: Math.max(1, bw - 1), height: oh }));
      }
    });
    const [y0] = partsOf(ov.v0);
    const [y1] = partsOf(ov.v1);
    const every = Math.max(1, Math.ceil((y1 - y0 + 1) / Math.max(1, w / 60)));
    for (let y = Math.ceil(y0 / every) * every; y <= y1; y += every) {
      const x = ovX(dayOf(y, 0, 1), w);
      if (x > 0 && x < w - 20) parts.push(svg("text", { class: "ov-year", x: x + 2, y: 36 }, String(y)));
    }
    const range = brush || (state.from !== null || state.to !== null ? [state.from ?? ov.v0, (state.to ?? ov.v1) + 1] : null);
    if (range) {
      const [a, b] = [ovX(range[0], w), ovX(range[1], w)];
      parts.push(svg("rect", { class: "ov-shade", x: 0, y: 0, width: Math.max(0, a), height: h }));
      parts.push(svg("rect", { class: "ov-shade", x: b, y: 0, width: Math.max(0, w - b), height: h }));
      parts.push(svg("rect", { class: "ov-brush", x: a, y: 0.5, width: Math.max(1, b - a), height: h - 1 }));
    }
    const wa = Math.max(0, ovX(state.v0, w));
    const wb = Math.min(w, ovX(state.v1, w));
    parts.push(svg("rect", { class: "ov-window", x: wa, y: 1, width: Math.max(2, wb - wa), height: 26, rx: 2 }));
    overview.replaceChildren(...parts);
    overview.setAttribute("viewBox", `0 0 ${w} ${h}`);
  }

  // --- view changes ---
  let frame = 0;
  function redraw() {
    if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); saveSoon(); });
  }
  function setView(v0, v1) {
    let span = Math.min(Math.max(v1 - v0, MIN_SPAN), MAX_SPAN);
    const mid = (v0 + v1) / 2;
    if (!Number.isFinite(span) || !Number.isFinite(mid)) span = 365;
    state.v0 = mid - span / 2;
    state.v1 = mid + span / 2;
    redraw();
  }
  function zoomAt(t, factor) {
    const span = Math.min(Math.max((state.v1 - state.v0) * factor, MIN_SPAN), MAX_SPAN);
    const ratio = (t - state.v0) / (state.v1 - state.v0);
    state.v0 = t - ratio * span;
    state.v1 = state.v0 + span;
    redraw();
  }
  const centre = () => (state.v0 + state.v1) / 2;
  function fit() {
    const from = shown.map((ev) => ev.from ?? ev.to - 1);
    const to = shown.map((ev) => ev.to ?? ev.from + 1);
    if (!shown.length) return setView(story0 - 30, story1 + 30);
    const a = least(from);
    const b = most(to);
    const margin = Math.max((b - a) * 0.04, 3);
    // The right margin leaves room for the last event's label.
    return setView(a - margin, b + margin + (b - a) * 0.1);
  }
  function timeAt(clientX) {
    const box = plot.getBoundingClientRect();
    return state.v0 + (clientX - box.left - HEAD_W) / scaleNow();
  }

  // --- selection and details ---
  function term(dl, name, value) {
    dl.append(html("dt", null, name));
    const dd = html("dd");
    if (Array.isArray(value)) for (const v of value) dd.append(html("span", "tagchip", v));
    else dd.textContent = value;
    dl.append(dd);
  }
  function sourceItem(src) {
    const li = html("li");
    const name = String(src.title || src.publisher || src.id);
    const url = safeUrl(src.url);
    if (url) {
      const a = html("a", null, name);
      a.href = url;
      a.rel = "noopener noreferrer";
      a.target = "_blank";
      li.append(a);
    } else li.append(name);
    const more = [];
    if (src.title && src.publisher) more.push(String(src.publisher));
    if (src.published) more.push(parseIso(src.published) !== null ? fmtDay(parseIso(src.published)) : String(src.published));
    if (more.length) li.append(`, ${more.join(", ")}`);
    return li;
  }
  function showDetails(ev) {
    const box = $("details");
    if (!ev) {
      box.replaceChildren(html("p", "muted hint", "Select an event on the axis or in the list to read it and its sources."));
      return;
    }
    const r = ev.r;
    const when = html("p", "when", `${ev.label} · `);
    when.append(html("code", null, String(r.date)));
    if (r.as_written) when.append(` · as written: “${r.as_written}”`);
    if (ev.upcoming || r.status === "ongoing") when.append(` · ${r.status}`);
    const parts = [html("h2", null, ev.title), when];
    if (r.summary) parts.push(html("p", "summary", String(r.summary)));
    const dl = html("dl");
    if (ev.actors.length) term(dl, "Actors", ev.actors);
    if (ev.tags.length) term(dl, "Tags", ev.tags);
    if (r.location) term(dl, "Location", String(r.location));
    if (dl.childElementCount) parts.push(dl);
    if (ev.disputed) {
      parts.push(html("h3", null, "Other accounts of the date"));
      const ul = html("ul", "accounts");
      for (const acc of r.accounts) {
        const li = html("li", null, fmtDate(acc.date));
        if (acc.as_written) li.append(` (“${acc.as_written}”)`);
        if (acc.note) li.append(`: ${acc.note}`);
        const cited = Array.isArray(acc.sources) ? acc.sources.filter((s) => s && typeof s === "object") : [];
        if (cited.length) {
          const sub = html("ul");
          for (const src of cited) sub.append(sourceItem(src));
          li.append(sub);
        }
        ul.append(li);
      }
      parts.push(ul);
    }
    parts.push(html("h3", null, "Sources"));
    const sources = Array.isArray(r.sources) ? r.sources : [];
    const ul = html("ul", "sources");
    for (const src of sources) ul.append(sourceItem(src));
    parts.push(sources.length ? ul : html("p", "muted", "No source cited."));
    box.replaceChildren(...parts);
  }
  // Scrolls the list alone: scrollIntoView would scroll the window too.
  function reveal(li) {
    const box = $("list");
    const top = li.offsetTop - box.offsetTop;
    if (top < box.scrollTop) box.scrollTop = top;
    else if (top + li.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top + li.offsetHeight - box.clientHeight;
  }
  function select(ev, opts = {}) {
    const before = state.sel && byIdMap.get(state.sel);
    if (before && before.li) before.li.removeAttribute("aria-current");
    state.sel = ev ? ev.id : null;
    if (ev && ev.li) {
      ev.li.setAttribute("aria-current", "true");
      if (opts.scrollList) reveal(ev.li);
    }
    showDetails(ev);
    if (ev && opts.reveal) {
      const a = ev.from ?? ev.to - 1;
      const b = ev.to ?? ev.from + 1;
      const span = state.v1 - state.v0;
      if (b < state.v0 || a > state.v1) setView(a - span / 2 + (b - a) / 2, a + span / 2 + (b - a) / 2);
    }
    if (opts.focus) focusAfter = ev ? ev.id : null;
    redraw();
  }
  function step(delta) {
    if (!shown.length) return;
    const at = shown.findIndex((ev) => ev.id === state.sel);
    const next = at < 0 ? (delta > 0 ? 0 : shown.length - 1) : Math.min(shown.length - 1, Math.max(0, at + delta));
    select(shown[next], { reveal: true, focus: true, scrollList: true });
  }

  // --- filters ---
  function applyFilters(keepView) {
    shown = events.filter(matches);
    for (const ev of events) {
      const on = shown.length === events.length || matches(ev);
      if (ev.on !== on && ev.li) ev.li.hidden = !on;
      ev.on = on;
    }
    $("list-count").textContent = shown.length === events.length ? `${events.length}` : `${shown.length} of ${events.length}`;
    $("tag-count").textContent = state.tags.size ? String(state.tags.size) : "";
    $("actor-count").textContent = state.actors.size ? String(state.actors.size) : "";
    if (state.sel && !byIdMap.get(state.sel).on) select(null);
    if (!keepView) fit();
    else redraw();
  }
  function chips(container, counts, chosen) {
    const names = [...counts.keys()].sort((a, b) => counts.get(b) - counts.get(a) || a.localeCompare(b));
    container.replaceChildren(...names.map((name) => {
      const b = html("button", "chip", name);
      b.type = "button";
      b.dataset.value = name;
      b.setAttribute("aria-pressed", "false");
      b.append(html("span", "n", String(counts.get(name))));
      b.addEventListener("click", () => {
        if (chosen.has(name)) chosen.delete(name);
        else chosen.add(name);
        b.setAttribute("aria-pressed", String(chosen.has(name)));
        applyFilters(false);
      });
      return b;
    }));
  }
  const countOf = (pick) => {
    const counts = new Map();
    for (const ev of events) for (const v of new Set(pick(ev))) counts.set(v, (counts.get(v) || 0) + 1);
    return counts;
  };
  chips($("tag-chips"), countOf((ev) => ev.tags), state.tags);
  chips($("actor-chips"), countOf((ev) => ev.actors), state.actors);
  function syncControls() {
    $("search").value = state.q;
    for (const [box, chosen] of [["tag-chips", state.tags], ["actor-chips", state.actors]]) {
      for (const b of $(box).children) b.setAttribute("aria-pressed", String(chosen.has(b.dataset.value)));
    }
    for (const radio of document.querySelectorAll('input[name="lanes"]')) radio.checked = radio.value === state.lanes;
    $("range-from").value = state.from === null ? "" : isoOf(state.from);
    $("range-to").value = state.to === null ? "" : isoOf(state.to);
    paintListColours();
  }

  // --- the list: a link per event, in the order the command gave ---
  // The first rows are made at once; the rest in slices after the first paint, so a long story
  // is usable at once and the list fills in while the reader looks (data-complete marks the end).
  const listBox = $("list");
  let built = 0;
  function listItem(ev) {
    const li = html("li", info(ev).colour);
    li.dataset.id = ev.id;
    const a = html("a");
    a.href = `#sel=${encodeURIComponent(ev.id)}`;
    a.append(html("small", null, ev.label), html("span", null, ev.title));
    li.append(a);
    li.hidden = !ev.on;
    if (ev.id === state.sel) li.setAttribute("aria-current", "true");
    ev.li = li;
    return li;
  }
  function buildList(count) {
    const frag = document.createDocumentFragment();
    const stop = Math.min(events.length, built + count);
    for (; built < stop; built += 1) frag.append(listItem(events[built]));
    listBox.append(frag);
  }
  function buildRest() {
    buildList(500);
    if (built < events.length) setTimeout(buildRest);
    else {
      document.documentElement.dataset.complete = "true";
      performance.mark("carneytl-complete");
    }
  }
  const info = (ev) => laneInfo[state.lanes].get(laneKeys(ev)[0]);
  function paintListColours() {
    for (let i = 0; i < built; i += 1) events[i].li.className = info(events[i]).colour;
  }
  listBox.addEventListener("click", (e) => {
    const li = e.target.closest && e.target.closest("li");
    if (!li) return;
    e.preventDefault();
    select(byIdMap.get(li.dataset.id), { reveal: true });
  });
  // A printout has the whole story: every row, with its summary and place.
  window.addEventListener("beforeprint", () => {
    buildList(events.length);
    for (const ev of events) {
      if (ev.li.querySelector("p")) continue;
      const more = [ev.r.summary, ev.r.location].filter((x) => x).map(String);
      if (more.length) ev.li.append(html("p", "li-more", more.join(" — ")));
    }
  });
  buildList(200);
  performance.mark("carneytl-list");

  // --- the URL fragment ---
  let saveTimer = 0;
  function saveSoon() {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 120);
  }
  function save() {
    const p = new URLSearchParams();
    if (state.q) p.set("q", state.q);
    for (const t of state.tags) p.append("tag", t);
    for (const a of state.actors) p.append("actor", a);
    if (state.from !== null) p.set("from", isoOf(state.from));
    if (state.to !== null) p.set("to", isoOf(state.to));
    if (state.lanes !== "tag") p.set("lanes", state.lanes);
    p.set("view", `${isoOf(Math.floor(state.v0))}..${isoOf(Math.ceil(state.v1))}`);
    if (state.sel) p.set("sel", state.sel);
    const hash = `#${p.toString()}`;
    if (location.hash === hash) return;
    try {
      history.replaceState(null, "", hash);
    } catch {
      location.replace(hash); // some browsers refuse replaceState on file: pages
    }
  }
  function restore() {
    const p = new URLSearchParams(location.hash.slice(1));
    state.q = p.get("q") || "";
    state.tags.clear();
    for (const t of p.getAll("tag")) state.tags.add(t);
    state.actors.clear();
    for (const a of p.getAll("actor")) state.actors.add(a);
    state.from = parseIso(p.get("from"));
    state.to = parseIso(p.get("to"));
    state.lanes = p.get("lanes") === "actor" ? "actor" : "tag";
    syncControls();
    const view = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(p.get("view") || "");
    applyFilters(Boolean(view));
    if (view) setView(parseIso(view[1]), parseIso(view[2]));
    const sel = byIdMap.get(p.get("sel") || "");
    select(sel && sel.on ? sel : null, { scrollList: true });
  }

  // --- input ---
  wrap.addEventListener("wheel", (e) => {
    e.preventDefault();
    const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
    if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      const dx = (e.deltaX || e.deltaY) * unit;
      setView(state.v0 + dx / scaleNow(), state.v1 + dx / scaleNow());
    } else {
      // A trackpad pinch arrives as a wheel event with ctrlKey set and small deltas.
      zoomAt(timeAt(e.clientX), Math.exp(e.deltaY * unit * (e.ctrlKey ? 0.01 : 0.0015)));
    }
  }, { passive: false });
  const pointers = new Map();
  let drag = null;
  wrap.addEventListener("pointerdown", (e) => {
    if (e.button !== 0) return;
    pointers.set(e.pointerId, e.clientX);
    drag = { x: e.clientX, v0: state.v0, v1: state.v1, moved: false, pinch: pointers.size === 2 ? Math.abs([...pointers.values()][0] - [...pointers.values()][1]) : 0 };
  });
  wrap.addEventListener("pointermove", (e) => {
    if (!drag || !pointers.has(e.pointerId)) return;
    pointers.set(e.pointerId, e.clientX);
    if (pointers.size === 2 && drag.pinch) {
      const [a, b] = [...pointers.values()];
      const spread = Math.max(Math.abs(a - b), 10);
      const span = ((drag.v1 - drag.v0) * drag.pinch) / spread;
      const mid = timeAt((a + b) / 2);
      zoomAt(mid, span / (state.v1 - state.v0));
      drag.moved = true;
      return;
    }
    const dx = e.clientX - drag.x;
    if (!drag.moved && Math.abs(dx) < 4) return;
    if (!drag.moved) {
      drag.moved = true;
      wrap.setPointerCapture(e.pointerId);
      wrap.classList.add("dragging");
    }
    const dt = dx / ((widthNow() - HEAD_W) / (drag.v1 - drag.v0));
    state.v0 = drag.v0 - dt;
    state.v1 = drag.v1 - dt;
    redraw();
  });
  const release = (e) => {
    pointers.delete(e.pointerId);
    if (!drag) return;
    const item = !drag.moved && e.type === "pointerup" && e.target.closest && e.target.closest(".item");
    if (item) select(byIdMap.get(item.dataset.id), { scrollList: true, focus: true });
    wrap.classList.remove("dragging");
    if (!pointers.size) drag = null;
  };
  wrap.addEventListener("pointerup", release);
  wrap.addEventListener("pointercancel", release);
  wrap.addEventListener("keydown", (e) => {
    const item = e.target.closest && e.target.closest(".item");
    const keys = {
      ArrowRight: () => step(1), ArrowDown: () => step(1), ArrowLeft: () => step(-1), ArrowUp: () => step(-1),
      Home: () => { state.sel = null; step(1); }, End: () => { state.sel = null; step(-1); },
      Enter: () => item && select(byIdMap.get(item.dataset.id), { scrollList: true, focus: true }),
      " ": () => item && select(byIdMap.get(item.dataset.id), { scrollList: true, focus: true }),
      "+": () => zoomAt(centre(), 0.5), "=": () => zoomAt(centre(), 0.5), "-": () => zoomAt(centre(), 2), "0": fit,
    };
    if (keys[e.key] && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      keys[e.key]();
    }
  });
  let brush = null;
  overview.addEventListener("pointerdown", (e) => {
    const box = overview.getBoundingClientRect();
    brush = { x: e.clientX, t: ovT(e.clientX - box.left, box.width), moved: false };
    overview.setPointerCapture(e.pointerId);
  });
  overview.addEventListener("pointermove", (e) => {
    if (!brush) return;
    const box = overview.getBoundingClientRect();
    if (Math.abs(e.clientX - brush.x) > 3) brush.moved = true;
    if (brush.moved) {
      const t = ovT(e.clientX - box.left, box.width);
      drawOverview([Math.min(t, brush.t), Math.max(t, brush.t)]);
    }
  });
  overview.addEventListener("pointerup", (e) => {
    if (!brush) return;
    const box = overview.getBoundingClientRect();
    const t = ovT(e.clientX - box.left, box.width);
    if (brush.moved) {
      state.from = Math.floor(Math.min(t, brush.t));
      state.to = Math.floor(Math.max(t, brush.t));
      syncControls();
      applyFilters(false);
    } else {
      const span = state.v1 - state.v0;
      setView(t - span / 2, t + span / 2); // a click moves the view there
    }
    brush = null;
  });
  for (const [id, key] of [["range-from", "from"], ["range-to", "to"]]) {
    $(id).addEventListener("change", (e) => {
      state[key] = parseIso(e.target.value);
      applyFilters(false);
    });
  }
  $("search").addEventListener("input", (e) => {
    state.q = e.target.value;
    applyFilters(false);
  });
  for (const radio of document.querySelectorAll('input[name="lanes"]')) {
    radio.addEventListener("change", () => {
      state.lanes = radio.value;
      paintListColours();
      redraw();
    });
  }
  $("zoom-in").addEventListener("click", () => zoomAt(centre(), 0.5));
  $("zoom-out").addEventListener("click", () => zoomAt(centre(), 2));
  $("fit").addEventListener("click", fit);
  $("goto-today").addEventListener("click", () => {
    const span = state.v1 - state.v0;
    setView(today - span / 2, today + span / 2);
  });
  $("reset").addEventListener("click", () => {
    Object.assign(state, { q: "", from: null, to: null });
    state.tags.clear();
    state.actors.clear();
    syncControls();
    applyFilters(false);
  });
  document.addEventListener("click", (e) => {
    for (const set of document.querySelectorAll(".chipset[open]")) if (!set.contains(e.target)) set.open = false;
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") for (const set of document.querySelectorAll(".chipset[open]")) set.open = false;
  });
  window.addEventListener("hashchange", restore);
  new ResizeObserver(() => {
    overviewWidth = overview.getBoundingClientRect().width;
    ovBins = null;
    redraw();
  }).observe(wrap);

  $("subtitle").textContent = [
    `${events.length} event${events.length === 1 ? "" : "s"}`,
    events.length ? `${fmtDay(story0)} – ${fmtDay(story1 - 1)}` : "",
    `as of ${fmtDay(today)}`,
  ].filter((x) => x).join(" · ");
  overviewWidth = overview.getBoundingClientRect().width;
  restore();
  if (frame) {
    cancelAnimationFrame(frame);
    frame = 0;
    draw();
  }
  // Ready once the first frame with the axis and the list has been laid out and painted.
  requestAnimationFrame(() => setTimeout(() => {
    document.documentElement.dataset.ready = "true";
    performance.mark("carneytl-interactive"); // benchmarks/page_load.py reads it
    buildRest();
  }));
})();
