// The story page's behaviour: zoom, selection, details, filters, the list, the URL, input.
// --- view changes ---
let frame = 0;
let rest = 0;
let previewFrame = 0;
function redraw() {
  if (!frame) frame = requestAnimationFrame(() => { frame = 0; draw(); saveSoon(); });
}
// During a wheel, drag or pinch a drawing of many items (slow to redo each frame) is previewed
// each frame and drawn in full once the gesture pauses; a small one is drawn each frame.
const PREVIEW_AFTER = 2000; // items drawn
function gesture() {
  if (drawn.count < PREVIEW_AFTER) return redraw();
  if (!previewFrame) previewFrame = requestAnimationFrame(() => { previewFrame = 0; preview(); });
  clearTimeout(rest);
  rest = setTimeout(redraw, 150);
  return undefined;
}
function setView(v0, v1, live = false) {
  [state.v0, state.v1] = clampSpan(v0, v1);
  if (live) gesture();
  else redraw();
}
function zoomAt(t, factor, live = false) {
  const span = Math.min(Math.max((state.v1 - state.v0) * factor, MIN_SPAN), MAX_SPAN);
  const ratio = (t - state.v0) / (state.v1 - state.v0);
  state.v0 = t - ratio * span;
  state.v1 = state.v0 + span;
  if (live) gesture();
  else redraw();
}
const centre = () => (state.v0 + state.v1) / 2;
function fit() {
  return setView(...fitSpan(shown));
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
    revealAfter = ev.id;
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
  const when = html("small", null, ev.label);
  if (ev.disputed) {
    // The axis's diamond, with words for those who cannot see it.
    const mark = html("b", "li-disputed");
    mark.append(html("span", null, "◆"), html("span", "sr-only", "accounts disagree"));
    mark.firstChild.setAttribute("aria-hidden", "true");
    mark.title = "Accounts of the date disagree";
    when.append(" ", mark);
  }
  a.append(when, html("span", null, ev.title));
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
  // A link to a selection opens with the selected event's lane in view.
  if (sel && sel.on) revealAfter = sel.id;
}

// --- input ---
wrap.addEventListener("wheel", (e) => {
  e.preventDefault();
  const unit = e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1;
  if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
    const dx = (e.deltaX || e.deltaY) * unit;
    setView(state.v0 + dx / scaleNow(), state.v1 + dx / scaleNow(), true);
  } else {
    // A trackpad pinch arrives as a wheel event with ctrlKey set and small deltas.
    zoomAt(timeAt(e.clientX), Math.exp(e.deltaY * unit * (e.ctrlKey ? 0.01 : 0.0015)), true);
  }
}, { passive: false });
const pointers = new Map();
let drag = null;
wrap.addEventListener("pointerdown", (e) => {
  if (e.button !== 0) return;
  pointers.set(e.pointerId, e.clientX);
  drag = { x: e.clientX, v0: state.v0, v1: state.v1, moved: false, pinch: pointers.size === 2 ? Math.abs([...pointers.values()][0] - [...pointers.values()][1]) : 0 };
});
// The date and title of the event under the pointer, for events drawn without a label.
const tip = $("tip");
wrap.addEventListener("pointerover", (e) => {
  const item = !drag && e.target.closest && e.target.closest(".item");
  if (!item) {
    tip.hidden = true;
    return;
  }
  const ev = byIdMap.get(item.dataset.id);
  tip.replaceChildren(html("small", null, ev.label), ev.title);
  const box = wrap.getBoundingClientRect();
  const x = Math.min(e.clientX - box.left + 12, box.width - 370);
  tip.style.left = `${Math.max(HEAD_W, x)}px`;
  tip.style.top = `${e.clientY - box.top + wrap.scrollTop + 14}px`;
  tip.hidden = false;
});
wrap.addEventListener("pointerleave", () => { tip.hidden = true; });
wrap.addEventListener("pointermove", (e) => {
  if (!drag || !pointers.has(e.pointerId)) return;
  pointers.set(e.pointerId, e.clientX);
  if (pointers.size === 2 && drag.pinch) {
    const [a, b] = [...pointers.values()];
    const spread = Math.max(Math.abs(a - b), 10);
    const span = ((drag.v1 - drag.v0) * drag.pinch) / spread;
    const mid = timeAt((a + b) / 2);
    zoomAt(mid, span / (state.v1 - state.v0), true);
    drag.moved = true;
    return;
  }
  const dx = e.clientX - drag.x;
  if (!drag.moved && Math.abs(dx) < 4) return;
  if (!drag.moved) {
    drag.moved = true;
    wrap.setPointerCapture(e.pointerId);
    wrap.classList.add("dragging");
    tip.hidden = true;
  }
  const dt = dx / ((widthNow() - HEAD_W) / (drag.v1 - drag.v0));
  state.v0 = drag.v0 - dt;
  state.v1 = drag.v1 - dt;
  gesture();
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
    PageDown: () => pageLanes(1), PageUp: () => pageLanes(-1),
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
wrap.addEventListener("scroll", () => {
  plotBox.top = wrap.scrollTop;
  placeCue();
}, { passive: true });
$("lanes-down").addEventListener("click", () => pageLanes(1));
$("lanes-up").addEventListener("click", () => pageLanes(-1));
// A taller or shorter window gives the plot more or less room (page.css: max-height).
window.addEventListener("resize", () => {
  plotBox.room = null;
  redraw();
});
// The drawing follows the plot's width; its height is the drawing's own doing (fitPlot), and
// drawing again for it would only double the work of each change of lanes.
let observedWidth = -1;
new ResizeObserver((entries) => {
  // The cue leaves the plot's scroll bar, where it takes room, uncovered.
  more.style.right = `${wrap.offsetWidth - wrap.clientWidth}px`;
  const width = entries[entries.length - 1].contentRect.width;
  if (width === observedWidth) return;
  observedWidth = width;
  overviewWidth = overview.getBoundingClientRect().width;
  ovBins = null;
  redraw();
}).observe(wrap);

if (asOf !== null) {
  $("heading").textContent = `Chronology as known on ${fmtDay(asOf)}`;
  $("heading").title = `Only what the sources had reported by ${fmtDay(asOf)}; later reports and accounts are left out`;
}
$("subtitle").textContent = [
  `${events.length} event${events.length === 1 ? "" : "s"}`,
  events.length ? `${fmtDay(story0)} – ${fmtDay(story1 - 1)}` : "",
  `today ${fmtDay(today)}`,
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
