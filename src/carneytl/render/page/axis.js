// The story page's drawing: the time axis, each event at its precision, the overview.
// --- ticks: the finest step whose labels do not collide ---
const STEPS = [[1, "day"], [2, "day"], [1, "week"], [1, "month"], [3, "month"], [6, "month"],
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
    let prev = null;
    for (const n of [edge, ...major.filter((m) => m > state.v0)]) {
      if (n === undefined) continue;
      const at = xOf(n, k);
      const x = Math.max(HEAD_W, at) + 4;
      const text = majorLabel(n);
      if (prev && x < prev.end + 8) {
        // A name held at the left edge gives way to the next period's, which stands where
        // that period starts, so no period that has room for its name goes unnamed.
        if (!prev.held) continue;
        prev.label.remove();
      }
      const label = svg("text", { class: "tick-major", x, y: 15 }, text);
      head.append(label);
      prev = { label, end: x + text.length * 7, held: at < HEAD_W };
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
let revealAfter = null; // an event chosen elsewhere (the list) whose lane the plot scrolls to
// What the last full drawing showed and how many items it drew: a big one is previewed during
// a gesture by stretching it (see preview), then drawn again once the gesture rests.
const drawn = { v0: 0, k: 1, count: 0, moving: null };
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
  // Events drawn with a label go above those without, so no shape covers a label.
  const bare = svg("g");
  const items = svg("g");
  const heads = svg("g");
  const edges = [0]; // where each lane starts, then where the last one ends
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
    const labelled = []; // where each row's labels end
    for (const p of placed) {
      let row = rows.findIndex((end) => end + 8 <= p.start);
      p.label = !p.cut || p.end - p.g.x1 >= 65;
      if (row < 0 && p.label && rows.length < MAX_ROWS) row = rows.push(0) - 1;
      if (row < 0 && !rows.length) row = rows.push(0) - 1;
      if (row < 0) {
        p.label = false;
        row = rows.findIndex((end) => end + 2 <= p.g.x0);
        // Overlapping cannot be helped now: overlap shapes rather than a label if possible.
        for (let r = 0; row < 0 && r < rows.length; r += 1) if ((labelled[r] || 0) <= p.g.x0) row = r;
        if (row < 0) row = rows.indexOf(Math.min(...rows));
      }
      rows[row] = Math.max(rows[row], p.label ? p.end : p.g.x1);
      if (p.label) labelled[row] = Math.max(labelled[row] || 0, p.end);
      p.row = row;
    }
    const height = Math.max(1, rows.length) * ROW + 2 * LANE_PAD;
    const alt = index % 2 ? " alt" : "";
    backs.append(svg("rect", { class: `lane-bg${alt}`, x: 0, y, width: W, height }));
    backs.append(svg("line", { class: "lane-sep", x1: 0, x2: W, y1: y + height, y2: y + height }));
    for (const p of placed) {
      const cy = y + LANE_PAD + p.row * ROW + ROW / 2 + 1;
      const text = p.cut ? shorten(p.ev, p.end - p.g.x1 - 5) : p.ev.title;
      (p.label ? items : bare).append(drawItem(p.ev, p.g, cy, k, W, p.label && (p.left ? "left" : "right"), colour, text));
    }
    const head = svg("g", { class: `lane ${colour}` });
    head.append(svg("rect", { class: `lane-head${alt}`, x: 0, y, width: HEAD_W, height }));
    head.append(svg("line", { class: "lane-sep", x1: HEAD_W, x2: HEAD_W, y1: y, y2: y + height }));
    const name = key.length > 19 ? `${key.slice(0, 18)}…` : key;
    // The name and the count, descenders and all, stay inside a lane of one row.
    head.append(svg("text", { class: "lane-name", x: 12, y: y + LANE_PAD + 15 }, name));
    head.append(svg("text", { class: "lane-count", x: 12, y: y + LANE_PAD + 28 }, `${lanes.get(key).length}`));
    heads.append(head);
    y += height;
    edges.push(y);
  });
  const total = Math.max(y, 60);
  if (edges.length === 1) edges.push(total);
  else edges[edges.length - 1] = total;
  const grid = drawTicks(k, W, total);
  const moving = svg("g", { class: "moving" });
  moving.append(grid, bare, items);
  if (today >= state.v0 && today <= state.v1) {
    const x = xOf(today, k);
    moving.append(svg("line", { class: "today-line", x1: x, x2: x, y1: 0, y2: total }));
  }
  const parts = [defs(), backs, moving, heads];
  if (!shown.length) parts.push(svg("text", { class: "empty-note", x: HEAD_W + 20, y: 36 }, events.length ? "No event matches the filters." : "The command selected no events."));
  plot.replaceChildren(...parts);
  plot.setAttribute("viewBox", `0 0 ${W} ${total}`);
  plot.setAttribute("height", total);
  plot.setAttribute("data-lanes", String(ordered.length));
  fitPlot(edges);
  const first = plot.querySelector(`.item[data-id="${CSS.escape(state.sel || "")}"]`) || plot.querySelector(".item");
  // One item at a time is in the tab order (the selected one, else the first), named for
  // screen readers; the arrow keys move on from it. The list names every event.
  if (first) {
    const ev = byIdMap.get(first.dataset.id);
    first.setAttribute("tabindex", "0");
    first.setAttribute("role", "button");
    first.setAttribute("aria-label", `${ev.label}: ${ev.title}`);
  }
  if (focusAfter !== null || revealAfter !== null) {
    const target = plot.querySelector(`.item[data-id="${CSS.escape(focusAfter ?? revealAfter)}"]`);
    // Focus follows a key pressed in the plot, a frame later; where the reader has moved on
    // meanwhile (to the list, the search box), it stays where they put it.
    const here = document.activeElement;
    if (target && focusAfter !== null && (!here || here === document.body || plot.contains(here))) {
      target.focus({ preventScroll: true });
    }
    // The plot alone scrolls to the event's lane: focus() would scroll the window too.
    if (target) showLane(target);
    focusAfter = null;
    revealAfter = null;
  }
  drawOverview();
  Object.assign(drawn, { v0: state.v0, k, count: bare.childElementCount + items.childElementCount, moving });
}
// --- the plot's height: whole lanes, and a cue for those out of view ---
// The plot is as tall as its lanes while they fit in the room page.css gives it (max-height,
// which grows with the window). Past that it takes the whole room, so that zooming, which
// changes the lanes' heights, does not move what is under it, and shows whole lanes: scrolling
// stops only at lane tops (a snap point per lane in #snaps), the end is padded so that the
// last lanes start a page too, and the cue covers whatever part of a lane does not fit,
// saying how many lanes are below and above.
const CUE = 30;
const more = $("more");
// top is the plot's scroll position as its scroll events tell it: reading wrap.scrollTop in the
// middle of a drawing would have the browser lay the page out before it is done.
const plotBox = { edges: [0, 0], h: 0, over: false, room: null, key: "", top: 0 };
function fitPlot(edges) {
  if (plotBox.room === null) {
    const room = parseFloat(getComputedStyle(wrap).maxHeight);
    plotBox.room = Number.isFinite(room) ? room : Infinity;
  }
  const key = `${plotBox.room} ${edges}`;
  if (key === plotBox.key) return;
  plotBox.key = key;
  const total = edges[edges.length - 1];
  const over = total > plotBox.room;
  let h = total;
  let pad = 0;
  const marks = [];
  if (over) {
    h = Math.floor(plotBox.room);
    let j = edges.length - 2;
    while (j > 0 && total - edges[j - 1] <= h - CUE) j -= 1;
    pad = Math.max(0, edges[j] + h - total);
    for (const at of edges.slice(0, -1)) {
      const mark = html("div");
      mark.style.top = `${at}px`;
      marks.push(mark);
    }
  }
  Object.assign(plotBox, { edges, h, over });
  wrap.style.height = over ? `${h}px` : "";
  wrap.style.paddingBottom = pad ? `${pad}px` : "";
  $("snaps").replaceChildren(...marks);
  placeCue();
}
// The lanes wholly in view: from first up to (not including) end.
function lanesInView() {
  const { edges, h } = plotBox;
  const lanes = edges.length - 1;
  const { top } = plotBox;
  let first = 0;
  while (first < lanes && edges[first] < top - 1) first += 1;
  let end = first;
  while (end < lanes && edges[end + 1] <= top + h - CUE + 1) end += 1;
  return { first, end, lanes, top };
}
function cueButton(button, count, text) {
  const said = `${count} ${text}`;
  if (button.dataset.said === said) return;
  button.dataset.said = said;
  button.hidden = !count;
  const arrow = html("span", "arrow", text === "above" ? "↑" : "↓");
  arrow.setAttribute("aria-hidden", "true");
  const words = `${count} ${count === 1 ? "lane" : "lanes"} ${text}`;
  if (text === "above") button.replaceChildren(arrow, ` ${words}`);
  else button.replaceChildren(`${words} `, arrow);
}
function placeCue() {
  if (!plotBox.over) {
    more.hidden = true;
    return;
  }
  const { first, end, lanes, top } = lanesInView();
  more.hidden = false;
  more.style.height = `${Math.max(CUE, top + plotBox.h - plotBox.edges[end])}px`;
  const down = $("lanes-down");
  const up = $("lanes-up");
  const here = document.activeElement;
  cueButton(down, lanes - end, "below");
  cueButton(up, first, "above");
  // A key pressed on a half of the cue that then has nothing more to show leaves the focus on
  // the other half, not on the page's body.
  if ((here === down || here === up) && here.hidden) (here === down ? up : down).focus({ preventScroll: true });
}
// A page of lanes down (the lane under the cue comes to the top) or up (the lanes above fill
// the plot down to the one now at the top).
function pageLanes(dir) {
  if (!plotBox.over) return;
  const { edges, h } = plotBox;
  const { first, end, lanes } = lanesInView();
  if (dir > 0) {
    if (end < lanes) wrap.scrollTop = edges[end];
    return;
  }
  let j = first;
  while (j > 0 && edges[first] - edges[j - 1] <= h - CUE) j -= 1;
  wrap.scrollTop = edges[j];
}
// Scrolls the plot, not the window, so that the lane an item is drawn in is whole in view.
function showLane(node) {
  if (!plotBox.over) return;
  const { edges, h } = plotBox;
  const box = node.getBBox();
  const y = box.y + box.height / 2;
  let i = 0;
  while (i + 2 < edges.length && edges[i + 1] <= y) i += 1;
  const { top } = plotBox;
  if (edges[i] < top - 1) wrap.scrollTop = edges[i];
  else if (edges[i + 1] > top + h - CUE + 1) {
    let j = i;
    while (j > 0 && edges[i + 1] - edges[j - 1] <= h - CUE) j -= 1;
    wrap.scrollTop = edges[j];
  }
}

// The last drawing moved and stretched to the current view: items keep their rows, and
// shapes and labels are briefly stretched, until the next full drawing.
function preview() {
  if (!drawn.moving) return;
  const k = scaleNow();
  const scale = k / drawn.k;
  const shift = HEAD_W + (drawn.v0 - state.v0) * k - HEAD_W * scale;
  drawn.moving.setAttribute("transform", `translate(${shift} 0) scale(${scale} 1)`);
  drawTicks(k, widthNow(), 0);
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
// What Fit shows of these events: their days with a margin, and room on the right for the
// last one's label, within the zoom's limits.
function fitSpan(list) {
  if (!list.length) return clampSpan(story0 - 30, story1 + 30);
  const a = least(list.map((ev) => ev.from ?? ev.to - 1));
  const b = most(list.map((ev) => ev.to ?? ev.from + 1));
  const margin = Math.max((b - a) * 0.04, 3);
  return clampSpan(a - margin, b + margin + (b - a) * 0.1);
}
function clampSpan(v0, v1) {
  let span = Math.min(Math.max(v1 - v0, MIN_SPAN), MAX_SPAN);
  const mid = (v0 + v1) / 2;
  if (!Number.isFinite(span) || !Number.isFinite(mid)) span = 365;
  return [mid - span / 2, mid + span / 2];
}
// The strip sits under the axis's dates with the scale Fit gives the whole story, so with
// nothing filtered the two agree day for day and the view's window fills the strip.
const [ovStart, ovEnd] = fitSpan(events);
const ov = { v0: ovStart, v1: ovEnd };
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
    if (x > 0 && x < w - 20) parts.push(svg("text", { class: "ov-year", x: x + 4, y: 36 }, String(y)));
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
