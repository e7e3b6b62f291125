/* kgbuild HTML view: who said what about whom.
 *
 * Reads the JSON that kgbuild.viz embeds (#kg-data) and draws it with vis-network. Positions come
 * precomputed (physics off); this file only filters, projects, labels and renders. Every piece of
 * article text goes into the page as a text node (never as markup).
 *
 * Pipeline on every change of filter, mode, search or focus: filtered() -> projection -> search ->
 * focus -> draw() (network) + refresh() (table, panel, chart). A click on a node or an edge only
 * narrows the table and the panel (refresh), the picture stays as it is.
 */
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("kg-data").textContent);
  const root = document.getElementById("kg-root");
  const NODES = DATA.nodes, STS = DATA.statements, DOCS = DATA.documents, LAB = DATA.labels;
  const byId = new Map(NODES.map(function (n) { return [n.id, n]; }));
  const FONT = "Noto Naskh Arabic, Noto Sans Arabic, Amiri, Tahoma, DejaVu Sans, sans-serif";
  const TYPE_STYLE = {
    Person: { shape: "dot", color: "#1f6fb5" },
    Organization: { shape: "square", color: "#7b4fb0" },
    Place: { shape: "triangle", color: "#8d6e63" },
    Group: { shape: "diamond", color: "#e0a100" },
    Entity: { shape: "ellipse", color: "#607d8b" },
  };
  const STANCE_COLOR = { positive: "#2e7d32", negative: "#c62828", neutral: "#8a8f98" };
  const MAX_CARDS = 150, PAGE_ROWS = 300, EDGE_LABELS_MAX = 60;
  const LABEL_PX = [14, 12.5, 11, 10.2];
  const HIDDEN = 0.01;                   // a label's size in canvas units while it is not shown: never drawn      // screen font sizes tried for the labels of the first picture
  const COLUMNS = [
    { key: "speaker", ar: "المتكلم", en: "speaker" },
    { key: "act", ar: "الفعل", en: "act" },
    { key: "targets", ar: "الأهداف", en: "targets" },
    { key: "stance", ar: "الموقف من كل هدف", en: "stance per target" },
    { key: "quote", ar: "الاقتباس", en: "quote" },
    { key: "article", ar: "المقال", en: "article" },
    { key: "date", ar: "التاريخ", en: "date" },
  ];

  const state = {
    mode: "st", stances: new Set(DATA.stances), act: "", doc: "", types: new Set(DATA.types), q: "",
    from: "", to: "", undated: true, focus: null, sel: null, row: null, tq: "", sort: null,
  };
  let cur = null;          // what is drawn: see compute()
  let pageRows = PAGE_ROWS;
  let generation = 0;      // bumped after every label placement (tests wait on it)

  // ---------- safe DOM helpers: text only ever goes in as text nodes ----------
  function el(tag, cls) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    for (let i = 2; i < arguments.length; i++) {
      const k = arguments[i];
      if (k === null || k === undefined || k === false) continue;
      e.appendChild(typeof k === "string" || typeof k === "number" ? document.createTextNode(String(k)) : k);
    }
    return e;
  }
  function en(text) { const e = el("span", "en", text); e.setAttribute("dir", "ltr"); return e; }
  function ltr(text) { return el("span", "ltr", text); }
  function bdi(text) { return el("bdi", null, text); }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function button(cls, onClick) {
    const b = el.apply(null, ["button", cls].concat(Array.prototype.slice.call(arguments, 2)));
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  const SVG_NS = "http:" + "//www.w3.org/2000/svg";
  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVG_NS, tag);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, String(attrs[k])); });
    return e;
  }
  function swatch(shape, color) {
    const svg = svgEl("svg", { width: 22, height: 14, viewBox: "0 0 22 14" });
    let p;
    if (shape === "line") p = svgEl("line", { x1: 1, y1: 7, x2: 21, y2: 7, stroke: color, "stroke-width": 3 });
    else if (shape === "dot") p = svgEl("circle", { cx: 11, cy: 7, r: 6 });
    else if (shape === "square") p = svgEl("rect", { x: 5, y: 1, width: 12, height: 12 });
    else if (shape === "triangle") p = svgEl("polygon", { points: "11,1 18,13 4,13" });
    else if (shape === "diamond") p = svgEl("polygon", { points: "11,0 18,7 11,14 4,7" });
    else p = svgEl("ellipse", { cx: 11, cy: 7, rx: 9, ry: 5 });
    if (shape !== "line") p.setAttribute("fill", color);
    svg.appendChild(p);
    return el("span", "swatch", svg);
  }
  function trunc(s, k) { s = String(s || ""); return s.length > k ? s.slice(0, k - 1) + "\u2026" : s; }

  // ---------- names from the ontology (Arabic first, English in the tooltip) ----------
  function lab(key, fallback) { return LAB[key] || { ar: fallback || key, en: fallback || key }; }
  function actLab(a) { return lab("act_" + a, a); }
  function typeLab(t) { return lab(t, t); }
  function stanceLab(s) { return lab(s, s); }
  function stanceBadge(s) {
    const b = el("span", "badge " + (STANCE_COLOR[s] ? s : ""), stanceLab(s).ar);
    b.title = stanceLab(s).en;
    return b;
  }
  function actBadge(a) { const b = el("span", "badge act", actLab(a).ar); b.title = actLab(a).en; return b; }
  function nodeLabel(id) { const n = byId.get(id); return n ? n.label : String(id); }
  // the speaker's polarity towards target t (kg:targetStance), else the statement's stance
  function pol(s, t) { const i = s.t.indexOf(t); return (i >= 0 && s.ts[i]) || s.stance; }

  // ---------- search: folded Arabic, and one-letter variants of a name ----------
  function fold(s) {
    return String(s || "").normalize("NFKC").toLowerCase()
      .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, "")     // diacritics, tatweel
      .replace(/[\u0622\u0623\u0625\u0671\u0672\u0673]/g, "\u0627")              // alef forms
      .replace(/[\u0649\u06cc\u0626]/g, "\u064a").replace(/\u0629/g, "\u0647")   // yaa forms, taa marbuta
      .replace(/\u0624/g, "\u0648").replace(/\u06a9/g, "\u0643")
      .replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  }
  function tokens(s) {
    const out = [];
    fold(s).split(" ").forEach(function (w) {
      if (!w) return;
      out.push(w);
      if (w.length > 4 && w.startsWith("\u0627\u0644")) out.push(w.slice(2));   // the article al-
    });
    return out;
  }
  // edit distance <= 1 (one letter added, dropped or changed)
  function near(a, b) {
    if (a === b) return true;
    const la = a.length, lb = b.length;
    if (Math.abs(la - lb) > 1) return false;
    let i = 0;
    while (i < la && i < lb && a[i] === b[i]) i++;
    if (la === lb) return a.slice(i + 1) === b.slice(i + 1);
    return la < lb ? a.slice(i) === b.slice(i + 1) : a.slice(i + 1) === b.slice(i);
  }
  const SEARCH = new Map(NODES.map(function (n) {
    const names = [n.label, n.en, n.wd].concat(n.alt || [], n.roles || []);
    return [n.id, { text: " " + names.map(fold).join(" | ") + " ", words: tokens(names.join(" ")) }];
  }));
  // 2: the folded query appears in a name; 1: every query word is a name word, a prefix of one,
  // or one letter away from one (words of 4 letters and more); 0: no match
  function matchScore(id, q) {
    const k = SEARCH.get(id), fq = fold(q);
    if (!fq) return 0;
    if (k.text.indexOf(fq) >= 0) return 2;
    const qw = fq.split(" ");
    const ok = qw.every(function (w) {
      return k.words.some(function (n) {
        return n === w || (w.length >= 2 && n.startsWith(w)) || (w.length >= 4 && (near(w, n) || (n.length > w.length && near(w, n.slice(0, w.length + 1)))));
      });
    });
    return ok ? 1 : 0;
  }

  // ---------- filters and projections ----------
  function docDate(s) { return DOCS[s.d].date || ""; }
  function inDates(s) {
    const d = docDate(s);
    if (!d) return state.undated;
    return (!state.from || d >= state.from) && (!state.to || d <= state.to);
  }
  // each statement passing the filters, with its targets that pass them; in the speaker -> target
  // view the stance filter applies per target (the polarity towards it), a statement without
  // targets by its own stance, and a statement none of whose targets has a chosen stance is dropped
  function filtered(ignoreDates) {
    const out = [];
    for (let i = 0; i < STS.length; i++) {
      const s = STS[i];
      if (state.act && s.act !== state.act) continue;
      if (state.doc !== "" && String(s.d) !== state.doc) continue;
      if (!ignoreDates && !inDates(s)) continue;
      if (!state.types.has(byId.get(s.s).type)) continue;
      let ts = s.t;
      if (state.mode === "st") {
        if (!ts.length && !state.stances.has(s.stance)) continue;
        ts = ts.filter(function (t) { return state.stances.has(pol(s, t)); });
        if (s.t.length && !ts.length) continue;
      }
      out.push({ i: i, st: s, t: ts.filter(function (t) { return state.types.has(byId.get(t).type); }) });
    }
    return out;
  }
  function projectST(fs) {
    const groups = new Map(), nodes = new Set();
    fs.forEach(function (f) {
      nodes.add(f.st.s);
      f.t.forEach(function (t) {
        const p = pol(f.st, t), k = f.st.s + "|" + t + "|" + p;
        let g = groups.get(k);
        if (!g) { g = { id: k, from: f.st.s, to: t, stance: p, stmts: [] }; groups.set(k, g); }
        g.stmts.push(f.i); nodes.add(t);
      });
    });
    return { nodes: nodes, edges: Array.from(groups.values()) };
  }
  // congruence / conflict: the pairs and their witnessing statements were computed by
  // kgbuild.network.congruence_links; here a link holds if some alternative keeps a statement
  // passing the filters on both sides, and its target's type is shown
  function projectPairs(fs, kind) {
    const active = new Uint8Array(STS.length);
    fs.forEach(function (f) { active[f.i] = 1; });
    const isOn = function (i) { return active[i] === 1; };
    const nodes = new Set(), edges = [];
    DATA.pairs[kind].forEach(function (p) {
      const targets = [], stmts = new Set();
      p[2].forEach(function (link) {
        if (!state.types.has(byId.get(link[0]).type)) return;
        let hit = false;
        link[1].forEach(function (alt) {
          const a = alt[0].filter(isOn), b = alt[1].filter(isOn);
          if (a.length && b.length) { hit = true; a.concat(b).forEach(function (i) { stmts.add(i); }); }
        });
        if (hit) targets.push(link[0]);
      });
      if (!targets.length) return;
      nodes.add(p[0]); nodes.add(p[1]);
      edges.push({ id: p[0] + "|" + p[1], from: p[0], to: p[1], targets: targets, weight: targets.length,
                   stmts: Array.from(stmts).sort(function (x, y) { return x - y; }) });
    });
    return { nodes: nodes, edges: edges };
  }

  // what is drawn, and the statements behind it (the table's rows before a click narrows them)
  function compute(ignoreDates) {
    const fs = filtered(ignoreDates);
    const proj = state.mode === "st" ? projectST(fs) : projectPairs(fs, state.mode);
    let nodes = proj.nodes, edges = proj.edges;
    const matched = new Map();
    if (state.q.trim()) {
      nodes.forEach(function (id) { const sc = matchScore(id, state.q); if (sc) matched.set(id, sc); });
      edges = edges.filter(function (e) { return matched.has(e.from) || matched.has(e.to); });
      nodes = new Set(matched.keys());
      edges.forEach(function (e) { nodes.add(e.from); nodes.add(e.to); });
    }
    let focus = state.focus;
    if (focus !== null && !nodes.has(focus)) focus = null;
    if (focus !== null) {
      edges = edges.filter(function (e) { return e.from === focus || e.to === focus; });
      nodes = new Set([focus]);
      edges.forEach(function (e) { nodes.add(e.from); nodes.add(e.to); });
    }
    const rows = new Set();
    edges.forEach(function (e) { e.stmts.forEach(function (i) { rows.add(i); }); });
    if (state.mode === "st") {
      // statements without a drawn target still belong to their (drawn) speaker
      fs.forEach(function (f) {
        if (f.t.length || !nodes.has(f.st.s)) return;
        if (matched.size && !matched.has(f.st.s)) return;
        if (focus !== null && f.st.s !== focus) return;
        rows.add(f.i);
      });
    }
    const order = Array.from(rows).sort(function (a, b) { return a - b; });
    return { nodes: nodes, edges: edges, matched: matched, focus: focus, rows: order,
             edgeById: new Map(edges.map(function (e) { return [e.id, e]; })) };
  }

  // ---------- tooltips (DOM elements, never HTML strings) ----------
  function nodeTip(n) {
    const d = el("div", "tip", el("b", null, n.label));
    if (n.en) d.appendChild(el("div", null, en(n.en)));
    d.appendChild(el("div", "muted", typeLab(n.type).ar + " \u00b7 ", en(typeLab(n.type).en), n.wd ? " \u00b7 " : "", n.wd ? ltr(n.wd) : null));
    d.appendChild(el("div", "muted", "\u062a\u0635\u0631\u064a\u062d\u0627\u062a\u0647: " + n.made + " \u00b7 \u0639\u0646\u0647: " + n.received));
    d.appendChild(el("div", null, en("statements made " + n.made + ", about it " + n.received)));
    return d;
  }
  function edgeActs(e) {
    const acts = {};
    e.stmts.forEach(function (i) { const a = STS[i].act; acts[a] = (acts[a] || 0) + 1; });
    return Object.keys(acts).sort(function (a, b) { return acts[b] - acts[a] || (a < b ? -1 : 1); });
  }
  function edgeTip(e) {
    const d = el("div", "tip");
    if (state.mode === "st") {
      d.appendChild(el("b", null, bdi(nodeLabel(e.from)), " \u2190 ", bdi(nodeLabel(e.to))));
      d.appendChild(el("div", null, stanceBadge(e.stance), " ", en(e.stance), " \u00d7" + e.stmts.length));
      d.appendChild(el("div", "muted", e.acts.map(function (a) { return actLab(a).ar; }).join("\u060c "), " ",
                       en(e.acts.map(function (a) { return actLab(a).en; }).join(", "))));
    } else {
      d.appendChild(el("b", null, bdi(nodeLabel(e.from)), " \u2194 ", bdi(nodeLabel(e.to))));
      d.appendChild(el("div", null, modeName(state.mode) + " \u00b7 " + e.weight + " ", en(state.mode + ", " + e.weight + " shared targets")));
      d.appendChild(el("div", "muted", e.targets.map(nodeLabel).join("\u060c ")));
    }
    e.stmts.slice(0, 3).forEach(function (i) { d.appendChild(el("div", "quote", trunc(STS[i].q, 160))); });
    if (e.stmts.length > 3) d.appendChild(el("div", "muted", "\u2026 +" + (e.stmts.length - 3)));
    return d;
  }
  function modeName(m) { return m === "congruence" ? "\u062a\u0648\u0627\u0641\u0642" : m === "conflict" ? "\u062a\u0639\u0627\u0631\u0636" : "\u0645\u062a\u0643\u0644\u0645 \u2190 \u0647\u062f\u0641"; }

  // ---------- vis-network ----------
  const nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet();
  const container = document.getElementById("kg-graph");
  const network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, {
    autoResize: true,
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, hideEdgesOnDrag: NODES.length > 800, hideEdgesOnZoom: NODES.length > 800,
                   keyboard: false, multiselect: false },
    nodes: {
      font: { size: 14, face: FONT, strokeWidth: 4, strokeColor: "#ffffff", color: "#111" },
      scaling: { label: { enabled: false, drawThreshold: 6 } },
      borderWidth: 1.5,
    },
    groups: Object.fromEntries(Object.keys(TYPE_STYLE).map(function (t) {
      const c = TYPE_STYLE[t].color;
      return [t, { shape: TYPE_STYLE[t].shape, color: { background: c, border: "#ffffff", highlight: { background: c, border: "#111" }, hover: { background: c, border: "#111" } } }];
    })),
    edges: {
      color: { opacity: 0.8, inherit: false }, smooth: { enabled: false },
      font: { size: 11, face: FONT, align: "horizontal", strokeWidth: 3, strokeColor: "#ffffff", color: "#333" },
      scaling: { label: { enabled: false, drawThreshold: 6 } },
      selectionWidth: function (w) { return w + 4; }, hoverWidth: 1.5,
    },
  });

  // base positions (precomputed, or the ego ring in focus) of what is drawn
  let base = new Map();
  function egoRing(c) {
    const f = c.focus, groups = { in: [], both: [], out: [] };
    const out = new Set(), inn = new Set();
    c.edges.forEach(function (e) {
      if (state.mode !== "st") { out.add(e.from === f ? e.to : e.from); inn.add(e.from === f ? e.to : e.from); return; }
      if (e.from === f) out.add(e.to); else inn.add(e.from);
    });
    c.nodes.forEach(function (id) {
      if (id === f) return;
      groups[out.has(id) && inn.has(id) ? "both" : out.has(id) ? "out" : "in"].push(id);
    });
    const rk = function (a, b) { return a - b; };    // node ids are in order of importance
    const pos = new Map([[f, [0, 0]]]);
    // speakers about it on the right (Arabic reads from the right), its targets on the left, both above
    const arcs = { in: [-70, 70], both: [-160, -20], out: [110, 250] };
    const n = c.nodes.size - 1;
    const radius = Math.max(260, n * 34 / Math.PI);
    Object.keys(groups).forEach(function (g) {
      const ids = groups[g].sort(rk), a0 = arcs[g][0], a1 = arcs[g][1];
      ids.forEach(function (id, k) {
        const a = (ids.length === 1 ? (a0 + a1) / 2 : a0 + (a1 - a0) * k / (ids.length - 1)) * Math.PI / 180;
        const r = radius * (1 + 0.18 * (k % 2));
        pos.set(id, [r * Math.cos(a), r * Math.sin(a)]);
      });
    });
    return pos;
  }

  function visEdge(e, curved) {
    const st = state.mode === "st";
    const color = st ? (STANCE_COLOR[e.stance] || "#777") : (state.mode === "congruence" ? STANCE_COLOR.positive : STANCE_COLOR.negative);
    const n = st ? e.stmts.length : e.weight;
    e.acts = edgeActs(e);
    const label = st ? actLab(e.acts[0]).ar + (n > 1 ? " \u00d7" + n : "")
      : (n <= 2 ? e.targets.map(function (t) { return trunc(nodeLabel(t), 24); }).join("\u060c ") : n + " \u0623\u0647\u062f\u0627\u0641");
    return {
      id: e.id, from: e.from, to: e.to, edgeLabel: label,
      color: color, width: 1 + 1.6 * Math.log2(Math.max(n, 1)),
      smooth: curved ? { enabled: true, type: "curvedCW", roundness: 0.18 * curved } : undefined,
    };
  }

  function draw() {
    const c = cur;
    base = new Map();
    if (c.focus !== null) base = egoRing(c);
    else c.nodes.forEach(function (id) { const n = byId.get(id); base.set(id, n.pos[state.mode] || n.pos.st || [0, 0]); });
    const pairCount = new Map(), seen = new Map();
    const pairKey = function (e) { return e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from; };
    c.edges.forEach(function (e) { const k = pairKey(e); pairCount.set(k, (pairCount.get(k) || 0) + 1); });
    const visEdges = c.edges.map(function (e) {
      let curved = 0;
      if (pairCount.get(pairKey(e)) > 1) { const o = e.from + "|" + e.to; seen.set(o, (seen.get(o) || 0) + 1); curved = seen.get(o); }
      return visEdge(e, curved);
    });
    // least important first, so the hubs and their labels are drawn on top
    const ids = Array.from(c.nodes).sort(function (a, b) { return b - a; });
    const visNodes = ids.map(function (id) {
      const n = byId.get(id), o = { id: id, group: n.type, label: trunc(n.label, 40), size: 10, font: { size: HIDDEN } };
      if (c.matched.has(id) || id === c.focus) { o.borderWidth = 3.5; o.color = { border: "#111" }; }
      return o;
    });
    network.setOptions({ edges: { arrows: state.mode === "st" ? { to: { enabled: true, scaleFactor: 0.55 } } : { to: { enabled: false } } } });
    const v = fitView();
    fitScale = v.scale; sizeK = v.sizeK;
    visNodes.forEach(function (n) { const p = v.pos.get(n.id); n.x = p[0]; n.y = p[1]; n.size = nodeSize(n.id) / fitScale; });
    nodesDS.clear(); edgesDS.clear();
    shownFont = new Map(); edgeFont = 0;
    nodesDS.add(visNodes);
    edgesDS.add(visEdges.map(function (e) { const o = Object.assign({}, e); delete o.edgeLabel; return o; }));
    edgeLabels = new Map(visEdges.map(function (e) { return [e.id, e.edgeLabel]; }));
    network.moveTo({ position: v.centre, scale: fitScale, animation: false });
    lastSize = container.clientWidth + "x" + container.clientHeight;
    placeLabels();
    report();
  }
  let edgeLabels = new Map(), edgeFont = 0;

  // where the drawing goes: the base positions stretched towards the canvas's shape (so the
  // network fills it), and the scale and centre that fit them with room for the labels
  function fitView() {
    const W = Math.max(container.clientWidth, 50), H = Math.max(container.clientHeight, 50);
    let x0 = Infinity, x1 = -Infinity, y0 = Infinity, y1 = -Infinity;
    base.forEach(function (p) { x0 = Math.min(x0, p[0]); x1 = Math.max(x1, p[0]); y0 = Math.min(y0, p[1]); y1 = Math.max(y1, p[1]); });
    if (!base.size) { x0 = y0 = -1; x1 = y1 = 1; }
    const padX = 80, padTop = cur && cur.focus !== null ? 60 : 30, padBottom = 40;
    const bw = Math.max(x1 - x0, 1), bh = Math.max(y1 - y0, 1);
    const want = (W - 2 * padX) / Math.max(H - padTop - padBottom, 40), have = bw / bh;
    let kx = 1, ky = 1;
    if (base.size > 8 && x1 - x0 > 1 && y1 - y0 > 1) {     // small drawings keep their shape (no false alignments)
      if (want > have) kx = Math.min(want / have, 2.2); else ky = Math.min(have / want, 2.2);
    }
    const pos = new Map();
    base.forEach(function (p, id) { pos.set(id, [p[0] * kx, p[1] * ky]); });
    const scale = Math.max(0.01, Math.min(1, (W - 2 * padX) / (bw * kx), (H - padTop - padBottom) / (bh * ky)));
    const centre = { x: (x0 + x1) / 2 * kx, y: (y0 + y1) / 2 * ky - (padTop - padBottom) / 2 / scale };
    // smaller nodes on a smaller canvas
    return { pos: pos, scale: scale, centre: centre, sizeK: Math.min(1, Math.max(0.55, Math.sqrt(W * H / 640000))) };
  }
  // after a resize: the same drawing, fitted again
  function refit() {
    const v = fitView();
    fitScale = v.scale; sizeK = v.sizeK;
    nodesDS.update(Array.from(v.pos.keys()).map(function (id) { const p = v.pos.get(id); return { id: id, x: p[0], y: p[1], size: nodeSize(id) / fitScale }; }));
    network.moveTo({ position: v.centre, scale: fitScale, animation: false });
    placeLabels();
  }

  let fitScale = 1, sizeK = 1;
  function nodeSize(id) { return byId.get(id).size * sizeK * (cur && id === cur.focus ? 1.4 : 1); }

  // ---------- labels: the most important that fit, at a readable size, never overlapping ----------
  const measure = document.createElement("canvas").getContext("2d");
  const widths = new Map();
  function textWidth(text) {       // at 100px
    let w = widths.get(text);
    if (w === undefined) { measure.font = "100px " + FONT; w = measure.measureText(text).width; widths.set(text, w); }
    return w;
  }
  function overlaps(a, b) { return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]; }
  // vis-network draws a node's label under it, its top r + size/2 + 4 canvas units below the centre
  function chooseLabels(order, px, scale, cap) {
    const W = container.clientWidth, H = container.clientHeight, boxes = [], out = [];
    const pos = network.getPositions(order), pad = 3;
    for (let k = 0; k < order.length && out.length < cap; k++) {
      const id = order[k], p = network.canvasToDOM(pos[id]), n = byId.get(id);
      if (p.x < 0 || p.x > W || p.y < 0 || p.y > H) continue;
      const r = nodeSize(id) * scale / fitScale;
      const w = textWidth(trunc(n.label, 40)) * px / 100 + 6;
      const top = p.y + r + px / 2 + 4 * scale;
      const box = [p.x - w / 2 - pad, top - pad, p.x + w / 2 + pad, top + px + pad];
      if (box[0] < 0 || box[2] > W || box[3] > H) continue;
      if (boxes.some(function (b) { return overlaps(b, box); })) continue;
      boxes.push(box);
      out.push(id);
    }
    return out;
  }
  let shownFont = new Map();
  function placeLabels() {
    const scale = network.getScale();
    const W = container.clientWidth, H = container.clientHeight;
    const order = Array.from(cur ? cur.nodes : []).sort(function (a, b) { return a - b; });
    if (cur && cur.focus !== null) { order.splice(order.indexOf(cur.focus), 1); order.unshift(cur.focus); }
    const want = Math.min(25, order.length), cap = Math.max(want, Math.round(W * H / 8000));
    let chosen = [], px = LABEL_PX[0];
    for (let k = 0; k < LABEL_PX.length; k++) {
      px = LABEL_PX[k];
      chosen = chooseLabels(order, px, scale, cap);
      if (chosen.length >= want) break;
    }
    const on = new Set(chosen), upd = [], next = new Map();
    order.forEach(function (id) {
      const size = on.has(id) ? px / scale : HIDDEN;
      next.set(id, size);
      if (shownFont.get(id) !== size) upd.push({ id: id, font: { size: size } });
    });
    shownFont = next;
    if (upd.length) nodesDS.update(upd);
    const showEdges = cur && (cur.focus !== null || cur.edges.length <= EDGE_LABELS_MAX);
    if (showEdges && edgeFont !== 11 / scale) {
      edgeFont = 11 / scale;
      const eupd = [];
      edgeLabels.forEach(function (label, id) { eupd.push({ id: id, label: label, font: { size: edgeFont } }); });
      edgesDS.update(eupd);
    }
    generation += 1;
    root.setAttribute("data-labels", String(chosen.length));
    window.kgView.generation = generation;
    window.kgView.labelled = chosen.slice();
  }
  // tooltips: built when the pointer rests on a node or an edge (not for every element up front)
  const tip = document.getElementById("kg-tip");
  let tipTimer = null;
  function showTip(kind, id, pointer) {
    clearTimeout(tipTimer);
    tipTimer = setTimeout(function () {
      const content = kind === "node" ? nodeTip(byId.get(id)) : cur.edgeById.has(id) ? edgeTip(cur.edgeById.get(id)) : null;
      if (!content) return;
      clear(tip);
      tip.appendChild(content);
      tip.hidden = false;
      const W = container.clientWidth, H = container.clientHeight;
      tip.style.left = Math.max(4, Math.min(pointer.x + 14, W - tip.offsetWidth - 4)) + "px";
      tip.style.top = Math.max(4, Math.min(pointer.y + 14, H - tip.offsetHeight - 4)) + "px";
      tip.dataset.kind = kind;
    }, 150);
  }
  function hideTip() { clearTimeout(tipTimer); tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip("node", p.node, p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip("edge", p.edge, p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  let relabel = null;
  network.on("zoom", function () { clearTimeout(relabel); relabel = setTimeout(placeLabels, 120); });
  network.on("dragEnd", function (p) { if (!p.nodes.length) { clearTimeout(relabel); relabel = setTimeout(placeLabels, 60); } });
  let resizeTimer = null, lastSize = "";
  function onResize() {
    const size = container.clientWidth + "x" + container.clientHeight;
    if (size === lastSize) return;
    lastSize = size;
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () { network.setSize("100%", "100%"); network.redraw(); refit(); }, 80);
  }
  window.addEventListener("resize", onResize);
  if (window.ResizeObserver) new ResizeObserver(onResize).observe(container);

  // ---------- apply: recompute and redraw ----------
  function apply() {
    cur = compute(false);
    if (state.focus !== cur.focus) state.focus = cur.focus;
    // a selection that is no longer drawn is dropped, never kept stale
    if (state.sel && !(state.sel.kind === "node" ? cur.nodes.has(state.sel.id) : cur.edgeById.has(state.sel.id))) state.sel = null;
    if (state.row !== null && cur.rows.indexOf(state.row) < 0) state.row = null;
    pageRows = PAGE_ROWS;
    draw();
    refresh();
  }
  function report() {
    const n = cur.nodes.size, m = cur.edges.length;
    root.setAttribute("data-nodes", String(n));
    root.setAttribute("data-edges", String(m));
    root.setAttribute("data-mode", state.mode);
    root.setAttribute("data-focus", cur.focus === null ? "" : String(cur.focus));
    window.kgView.nodes = n; window.kgView.edges = m; window.kgView.mode = state.mode;
    const stats = document.getElementById("kg-stats");
    clear(stats);
    stats.appendChild(el("span", null, "\u0639\u0642\u062f: ", ltr(String(n)), " \u00b7 \u062d\u0648\u0627\u0641: ", ltr(String(m)), " ", en("nodes " + n + " \u00b7 edges " + m)));
    const info = document.getElementById("f-search-info");
    clear(info);
    if (state.q.trim()) info.appendChild(el("span", null, "\u0646\u062a\u0627\u0626\u062c: " + cur.matched.size + " ", en(cur.matched.size + " match" + (cur.matched.size === 1 ? "" : "es"))));
    document.getElementById("kg-empty").hidden = n > 0;
    const bar = document.getElementById("kg-focus");
    clear(bar);
    bar.hidden = cur.focus === null;
    if (cur.focus !== null) {
      bar.appendChild(el("span", null, "\u0634\u0628\u0643\u0629 ", el("b", null, bdi(nodeLabel(cur.focus))), " ", en("ego network")));
      bar.appendChild(button("", back, "\u0631\u062c\u0648\u0639 ", en("back")));
      bar.lastChild.id = "f-back";
    }
  }

  // ---------- table, panel and chart follow what is drawn and what is clicked ----------
  function tableRows() {
    let rows = cur.rows;
    const sel = state.sel;
    if (sel && sel.kind === "node") rows = rows.filter(function (i) { const s = STS[i]; return s.s === sel.id || s.t.indexOf(sel.id) >= 0; });
    else if (sel && sel.kind === "edge") { const e = cur.edgeById.get(sel.id); rows = e ? e.stmts.slice() : []; }
    if (state.tq.trim()) {
      const q = fold(state.tq);
      rows = rows.filter(function (i) { return fold(cells(i).join(" ")).indexOf(q) >= 0; });
    }
    if (state.sort) {
      const k = COLUMNS.findIndex(function (c) { return c.key === state.sort.key; }), dir = state.sort.dir;
      const coll = new Intl.Collator("ar", { numeric: true, sensitivity: "base" });
      rows = rows.map(function (i) { return [cells(i)[k], i]; })
        .sort(function (a, b) { return dir * (coll.compare(a[0], b[0]) || a[1] - b[1]); })
        .map(function (x) { return x[1]; });
    }
    return rows;
  }
  // the text of a row's cells: what the table shows and what the CSV holds
  function rowTargets(s) { return s.t.length ? s.t : []; }
  function cells(i) {
    const s = STS[i], d = DOCS[s.d];
    const ts = rowTargets(s);
    return [
      nodeLabel(s.s),
      actLab(s.act).ar,
      ts.map(nodeLabel).join("\u060c "),
      (ts.length ? ts.map(function (t) { return stanceLab(pol(s, t)).ar; }) : [stanceLab(s.stance).ar]).join("\u060c "),
      s.q,
      d.id,
      d.date || "",
    ];
  }
  function renderTable() {
    const rows = tableRows();
    const head = document.getElementById("kg-table-head");
    if (!head.firstChild) {
      COLUMNS.forEach(function (c) {
        const th = el("th", null, button("", function () {
          state.sort = state.sort && state.sort.key === c.key ? { key: c.key, dir: -state.sort.dir } : { key: c.key, dir: 1 };
          renderTable();
        }, c.ar + " ", en(c.en)));
        th.dataset.key = c.key;
        head.appendChild(th);
      });
    }
    head.querySelectorAll("th").forEach(function (th) {
      if (state.sort && state.sort.key === th.dataset.key) th.setAttribute("aria-sort", state.sort.dir > 0 ? "ascending" : "descending");
      else th.removeAttribute("aria-sort");
    });
    const body = document.getElementById("kg-table-body");
    clear(body);
    const frag = document.createDocumentFragment();
    rows.slice(0, pageRows).forEach(function (i) {
      const s = STS[i], c = cells(i), tr = el("tr");
      tr.dataset.st = String(i);
      if (state.row === i) tr.className = "sel";
      COLUMNS.forEach(function (col, k) {
        const td = el("td", col.key === "quote" ? "q" : col.key);
        if (col.key === "stance") {
          const ts = rowTargets(s), pols = ts.length ? ts.map(function (t) { return pol(s, t); }) : [s.stance];
          pols.forEach(function (p, j) {
            if (j) td.appendChild(document.createTextNode("\u060c "));
            const sp = el("span", "pol-" + p, stanceLab(p).ar);
            sp.title = stanceLab(p).en;
            td.appendChild(sp);
          });
        } else if (col.key === "article" || col.key === "date") td.appendChild(ltr(c[k]));   // file names, ISO dates
        else td.appendChild(document.createTextNode(c[k]));
        if (col.key === "act") td.title = actLab(s.act).en;
        if (col.key === "article") td.title = DOCS[s.d].title;
        tr.appendChild(td);
      });
      frag.appendChild(tr);
    });
    body.appendChild(frag);
    const more = document.getElementById("t-more");
    more.hidden = rows.length <= pageRows;
    clear(more);
    more.appendChild(document.createTextNode("\u0627\u0644\u0645\u0632\u064a\u062f \u00b7 more (" + Math.min(pageRows, rows.length) + " / " + rows.length + ")"));
    const count = document.getElementById("kg-table-count");
    clear(count);
    count.appendChild(ltr(String(rows.length)));
    const scope = document.getElementById("kg-table-scope");
    clear(scope);
    if (state.sel) {
      const e = state.sel.kind === "edge" ? cur.edgeById.get(state.sel.id) : null;
      const what = state.sel.kind === "node" ? bdi(nodeLabel(state.sel.id))
        : el("span", null, bdi(nodeLabel(e.from)), state.mode === "st" ? " \u2190 " : " \u2194 ", bdi(nodeLabel(e.to)));
      scope.appendChild(el("span", "chip", "\u0645\u0642\u064a\u0651\u062f \u0628\u0640: ", what,
        button("", function () { select(null); }, "\u2715")));
      scope.lastChild.lastChild.id = "t-unselect";
      scope.lastChild.lastChild.title = "show all statements";
    }
    root.setAttribute("data-rows", String(rows.length));
    return rows;
  }

  function csvText() {
    const esc = function (v) {
      let s = String(v);
      if (/^[=+\-@\t\r]/.test(s)) s = "'" + s;           // no formula in a spreadsheet
      return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
    };
    const lines = [COLUMNS.map(function (c) { return c.en; }).map(esc).join(",")];
    tableRows().forEach(function (i) { lines.push(cells(i).map(esc).join(",")); });
    return "\ufeff" + lines.join("\r\n") + "\r\n";
  }
  function downloadCsv() {
    const url = URL.createObjectURL(new Blob([csvText()], { type: "text/csv;charset=utf-8" }));
    const a = el("a");
    a.href = url;
    a.download = "kgbuild-statements.csv";
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
  }

  const panel = document.getElementById("kg-panel-body");
  function docLine(s) {
    const d = DOCS[s.d];
    const off = [];
    if (s.qs >= 0) off.push("quote " + s.qs + "\u2013" + s.qe);
    if (s.cs >= 0) off.push("cue " + s.cs + "\u2013" + s.ce);
    if (s.ss >= 0) off.push("speaker " + s.ss + "\u2013" + s.se);
    return el("div", "src", "\u0627\u0644\u0645\u0635\u062f\u0631: ", ltr(d.id), d.date ? " \u00b7 " : "", d.date ? ltr(d.date) : null,
              d.title ? " \u2014 " : "", d.title ? bdi(d.title) : null, el("br"), ltr(off.join(" \u00b7 ")));
  }
  function card(i, focus) {
    const s = STS[i], c = el("div", "card");
    const targets = document.createDocumentFragment();
    s.t.forEach(function (t, k) {
      if (k) targets.appendChild(document.createTextNode("\u060c "));
      targets.appendChild(bdi(nodeLabel(t)));
      targets.appendChild(document.createTextNode(" "));
      targets.appendChild(stanceBadge(pol(s, t)));
    });
    c.appendChild(el("div", "head", el("b", null, bdi(nodeLabel(s.s))), " \u2190 ", el("span", null, s.t.length ? targets : "\u2014")));
    const shown = focus !== undefined && s.t.indexOf(focus) >= 0 ? pol(s, focus) : s.stance;
    c.appendChild(el("div", "head", stanceBadge(shown), actBadge(s.act), s.qt ? el("span", "muted", lab(s.qt).ar) : null));
    c.appendChild(el("div", "quote", s.q));
    c.appendChild(el("div", "meta", "\u0644\u0641\u0638 \u0627\u0644\u0625\u0633\u0646\u0627\u062f: ", el("b", null, s.cue), " ", en("cue")));
    if (s.via && s.via.length) c.appendChild(el("div", "meta", "\u0646\u0642\u0644\u0627\u064b \u0639\u0646: " + s.via.join("\u060c ") + " ", en("reported via")));
    c.appendChild(docLine(s));
    return c;
  }
  function cards(title, list, focus) {
    const box = el("div");
    box.appendChild(el("h4", null, title[0] + " (" + list.length + ") ", en(title[1])));
    list.slice(0, MAX_CARDS).forEach(function (i) { box.appendChild(card(i, focus)); });
    if (list.length > MAX_CARDS) box.appendChild(el("p", "muted", "\u2026 +" + (list.length - MAX_CARDS)));
    return box;
  }
  function actorList(ids, title) {
    const ol = el("ol");
    ids.forEach(function (id) {
      const n = byId.get(id);
      ol.appendChild(el("li", null, button("", function () { select({ kind: "node", id: id }); }, n.label), " ",
                        el("span", "muted", "(" + n.made + " / " + n.received + ")")));
    });
    return el("div", null, el("h4", null, title[0] + " ", en(title[1])), ol);
  }
  function showOverview() {
    clear(panel);
    if (state.q.trim()) {
      const hits = Array.from(cur.matched.keys()).sort(function (a, b) { return cur.matched.get(b) - cur.matched.get(a) || a - b; });
      panel.appendChild(actorList(hits.slice(0, 50), ["\u0646\u062a\u0627\u0626\u062c \u0627\u0644\u0628\u062d\u062b (" + hits.length + ")", "search results"]));
      if (!hits.length) panel.appendChild(el("p", "muted", "\u0644\u0627 \u0646\u062a\u0627\u0626\u062c ", en("no match")));
      root.setAttribute("data-panel", "search");
      return;
    }
    const top = Array.from(cur.nodes).sort(function (a, b) { return a - b; }).slice(0, 15);
    panel.appendChild(actorList(top, ["\u0623\u0647\u0645 \u0627\u0644\u0641\u0627\u0639\u0644\u064a\u0646", "most important actors (statements made / received)"]));
    panel.appendChild(el("p", "muted", "\u0627\u0646\u0642\u0631 \u0639\u0642\u062f\u0629 \u0623\u0648 \u062d\u0627\u0641\u0629 \u0644\u0639\u0631\u0636 \u062a\u0635\u0631\u064a\u062d\u0627\u062a\u0647\u0627\u060c \u0648\u0627\u0646\u0642\u0631 \u0645\u0631\u062a\u064a\u0646 \u0644\u0644\u062a\u0631\u0643\u064a\u0632 \u0639\u0644\u0649 \u0641\u0627\u0639\u0644. ",
                            en("Click a node or an edge for its statements; double-click a node to focus on it.")));
    root.setAttribute("data-panel", "overview");
  }
  function showNode(id, rows) {
    const n = byId.get(id);
    clear(panel);
    panel.appendChild(el("h3", null, n.label));
    if (n.en) panel.appendChild(el("div", "meta", en(n.en)));
    const ts = TYPE_STYLE[n.type] || TYPE_STYLE.Entity;
    panel.appendChild(el("div", "meta", swatch(ts.shape, ts.color), " " + typeLab(n.type).ar + " ", en(typeLab(n.type).en)));
    panel.appendChild(el("div", "meta", "\u0648\u064a\u0643\u064a \u0628\u064a\u0627\u0646\u0627\u062a: ", ltr(n.wd || "\u2014"), " ", en("Wikidata")));
    if (n.roles && n.roles.length) panel.appendChild(el("div", "meta", "\u0627\u0644\u0635\u0641\u0629: " + n.roles.join("\u060c ")));
    if (n.alt && n.alt.length) panel.appendChild(el("div", "meta muted", "\u0623\u0633\u0645\u0627\u0621 \u0623\u062e\u0631\u0649: " + n.alt.join("\u060c ")));
    let shownIri = n.iri;
    try { shownIri = decodeURI(n.iri); } catch (err) { shownIri = n.iri; }
    panel.appendChild(el("div", "src", ltr(shownIri)));
    const actions = el("div", "actions");
    if (cur.focus !== id) actions.appendChild(button("", function () { focusOn(id); }, "\u062a\u0631\u0643\u064a\u0632 \u0639\u0644\u064a\u0647 ", en("focus: ego network")));
    if (cur.focus !== null) actions.appendChild(button("", back, "\u0631\u062c\u0648\u0639 ", en("back to the whole network")));
    if (actions.firstChild) { actions.firstChild.id = "p-focus"; panel.appendChild(actions); }
    const made = rows.filter(function (i) { return STS[i].s === id; });
    const about = rows.filter(function (i) { return STS[i].s !== id && STS[i].t.indexOf(id) >= 0; });
    panel.appendChild(cards(["\u0645\u0627 \u0642\u0627\u0644\u0647", "what it said"], made));
    panel.appendChild(cards(["\u0645\u0627 \u0642\u064a\u0644 \u0639\u0646\u0647", "what was said about it"], about, id));
    root.setAttribute("data-panel", "node:" + id);
  }
  function showEdge(id) {
    const e = cur.edgeById.get(id);
    clear(panel);
    if (state.mode === "st") {
      panel.appendChild(el("h3", null, bdi(nodeLabel(e.from)), " \u2190 ", bdi(nodeLabel(e.to))));
      panel.appendChild(el("div", "meta", stanceBadge(e.stance), " \u00d7" + e.stmts.length + " \u00b7 ",
                           edgeActs(e).map(function (a) { return actLab(a).ar; }).join("\u060c "), " ",
                           en(edgeActs(e).map(function (a) { return actLab(a).en; }).join(", "))));
      panel.appendChild(cards(["\u0627\u0644\u062a\u0635\u0631\u064a\u062d\u0627\u062a", "statements"], e.stmts, e.to));
    } else {
      panel.appendChild(el("h3", null, bdi(nodeLabel(e.from)), " \u2194 ", bdi(nodeLabel(e.to))));
      panel.appendChild(el("div", "meta", modeName(state.mode) + " \u00b7 \u0627\u0644\u0648\u0632\u0646 " + e.weight + " ", en(state.mode + ", weight " + e.weight)));
      const ts = document.createDocumentFragment();
      e.targets.forEach(function (t, k) { if (k) ts.appendChild(document.createTextNode("\u060c ")); ts.appendChild(bdi(nodeLabel(t))); });
      panel.appendChild(el("div", "meta", "\u0627\u0644\u0623\u0647\u062f\u0627\u0641 \u0627\u0644\u0645\u0634\u062a\u0631\u0643\u0629: ", ts, " ", en("shared targets")));
      panel.appendChild(cards(["\u0627\u0644\u062a\u0635\u0631\u064a\u062d\u0627\u062a", "statements"], e.stmts));
    }
    root.setAttribute("data-panel", "edge:" + id);
  }
  function showStatement(i) {
    clear(panel);
    panel.appendChild(el("h3", null, "\u062a\u0635\u0631\u064a\u062d ", en("statement")));
    panel.appendChild(card(i));
    root.setAttribute("data-panel", "statement:" + i);
  }
  function refreshPanel(rows) {
    if (state.row !== null) showStatement(state.row);
    else if (state.sel && state.sel.kind === "node") showNode(state.sel.id, rows);
    else if (state.sel && state.sel.kind === "edge") showEdge(state.sel.id);
    else showOverview();
  }

  // statements over time for what is drawn (dates filter aside), the chosen range darker
  function renderChart() {
    const box = document.getElementById("kg-chart");
    clear(box);
    const dated = DOCS.some(function (d) { return d.date; });
    document.querySelectorAll("#f-from, #f-to, #f-undated").forEach(function (i) { i.disabled = !dated; });
    document.getElementById("sec-time").classList.toggle("disabled", !dated);
    if (!dated) { box.appendChild(el("p", "muted", "\u0644\u0627 \u062a\u0648\u0627\u0631\u064a\u062e \u0641\u064a \u0627\u0644\u0645\u0642\u0627\u0644\u0627\u062a ", en("no article carries a date"))); return; }
    const all = compute(true).rows, byDay = new Map();
    let undated = 0;
    all.forEach(function (i) { const d = docDate(STS[i]); if (d) byDay.set(d, (byDay.get(d) || 0) + 1); else undated += 1; });
    const days = Array.from(byDay.keys()).sort();
    if (!days.length) { box.appendChild(el("p", "muted", "\u0644\u0627 \u062a\u0635\u0631\u064a\u062d\u0627\u062a \u0645\u0624\u0631\u062e\u0629 ", en("no dated statement"))); return; }
    const first = new Date(days[0] + "T00:00:00Z"), last = new Date(days[days.length - 1] + "T00:00:00Z");
    const span = Math.round((last - first) / 86400000) + 1, monthly = span > 92;
    const bucket = function (d) { return monthly ? d.slice(0, 7) : d; };
    const counts = new Map();
    days.forEach(function (d) { counts.set(bucket(d), (counts.get(bucket(d)) || 0) + byDay.get(d)); });
    const keys = [];
    for (let t = first.getTime(); t <= last.getTime(); t += 86400000) {
      const k = bucket(new Date(t).toISOString().slice(0, 10));
      if (keys[keys.length - 1] !== k) keys.push(k);
    }
    const W = 200, H = 58, bw = W / keys.length, top = Math.max.apply(null, Array.from(counts.values()));
    const svg = svgEl("svg", { viewBox: "0 0 " + W + " " + (H + 12), preserveAspectRatio: "none", role: "img" });
    svg.setAttribute("direction", "ltr");
    keys.forEach(function (k, j) {
      const n = counts.get(k) || 0, h = n ? Math.max(2, H * n / top) : 0;
      const lo = monthly ? k + "-01" : k, hi = monthly ? k + "-31" : k;
      const inRange = (!state.from || hi >= state.from) && (!state.to || lo <= state.to);
      const r = svgEl("rect", { x: j * bw + 0.5, y: H - h, width: Math.max(bw - 1, 0.5), height: h, class: "bar" + (inRange ? " in" : "") });
      const t = svgEl("title", {});
      t.textContent = k + ": " + n;
      r.appendChild(t);
      r.addEventListener("click", function () { setDates(lo, hi); });
      svg.appendChild(r);
    });
    const a = svgEl("text", { x: 0, y: H + 10 }), b = svgEl("text", { x: W, y: H + 10, "text-anchor": "end" });
    a.textContent = keys[0]; b.textContent = keys[keys.length - 1];
    svg.appendChild(a); svg.appendChild(b);
    box.appendChild(svg);
    box.appendChild(el("div", "muted", "\u062a\u0635\u0631\u064a\u062d\u0627\u062a \u0645\u0624\u0631\u062e\u0629: " + (all.length - undated) + " \u00b7 \u0628\u0644\u0627 \u062a\u0627\u0631\u064a\u062e: " + undated + " ",
                       en((all.length - undated) + " dated, " + undated + " undated")));
  }

  function refresh() {
    const rows = renderTable();
    refreshPanel(rows);
    renderChart();
    highlight();
  }
  // the network's selection mirrors the clicked node, edge or table row
  function highlight() {
    if (state.row !== null) {
      const ids = cur.edges.filter(function (e) { return e.stmts.indexOf(state.row) >= 0; }).map(function (e) { return e.id; });
      const s = STS[state.row], ends = [s.s].concat(s.t).filter(function (id) { return cur.nodes.has(id); });
      network.setSelection({ nodes: ends, edges: ids }, { unselectAll: true, highlightEdges: false });
    } else if (state.sel && state.sel.kind === "node") network.setSelection({ nodes: [state.sel.id], edges: [] }, { unselectAll: true, highlightEdges: true });
    else if (state.sel) network.setSelection({ nodes: [], edges: [state.sel.id] }, { unselectAll: true, highlightEdges: false });
    else if (network.getSelectedNodes().length || network.getSelectedEdges().length) network.unselectAll();
  }
  function select(sel) { state.sel = sel; state.row = null; pageRows = PAGE_ROWS; refresh(); }
  function selectRow(i) {
    state.row = state.row === i ? null : i;
    document.querySelectorAll("#kg-table-body tr.sel").forEach(function (tr) { tr.classList.remove("sel"); });
    const tr = document.querySelector('#kg-table-body tr[data-st="' + i + '"]');
    if (tr && state.row !== null) tr.classList.add("sel");
    refreshPanel(cur.rows);
    highlight();
    if (state.row === null) return;
    // bring the statement's edge (or its speaker) into view if it is outside
    const ids = cur.edges.filter(function (e) { return e.stmts.indexOf(i) >= 0; });
    const pts = ids.length ? [ids[0].from, ids[0].to] : [STS[i].s];
    const pos = network.getPositions(pts), W = container.clientWidth, H = container.clientHeight;
    const mid = { x: 0, y: 0 };
    pts.forEach(function (p) { mid.x += pos[p].x / pts.length; mid.y += pos[p].y / pts.length; });
    const d = network.canvasToDOM(mid);
    if (d.x < 0 || d.x > W || d.y < 0 || d.y > H) network.moveTo({ position: mid, animation: false });
  }
  function focusOn(id) { state.focus = id; state.sel = null; state.row = null; apply(); }
  function back() { state.focus = null; state.sel = null; state.row = null; apply(); }

  network.on("click", function (p) {
    if (p.nodes.length) select({ kind: "node", id: p.nodes[0] });
    else if (p.edges.length) select({ kind: "edge", id: p.edges[0] });
    else if (state.sel || state.row !== null) select(null);
  });
  network.on("doubleClick", function (p) { if (p.nodes.length) focusOn(p.nodes[0]); });
  document.getElementById("kg-table-body").addEventListener("click", function (ev) {
    const tr = ev.target.closest("tr");
    if (tr && tr.dataset.st) selectRow(Number(tr.dataset.st));
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key !== "Escape") return;
    if (state.sel || state.row !== null) select(null);
    else if (state.focus !== null) back();
  });

  // ---------- controls ----------
  function option(value, text) { const o = el("option", null, text); o.value = value; return o; }
  const stBox = document.getElementById("f-stances");
  DATA.stances.forEach(function (s) {
    const cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.id = "f-stance-" + s; cb.value = s;
    cb.addEventListener("change", function () { if (cb.checked) state.stances.add(s); else state.stances.delete(s); apply(); });
    stBox.appendChild(el("label", null, cb, swatch("line", STANCE_COLOR[s]), stanceLab(s).ar + " ", en(stanceLab(s).en)));
  });
  const tyBox = document.getElementById("f-types");
  DATA.types.forEach(function (t) {
    const cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.id = "f-type-" + t; cb.value = t;
    cb.addEventListener("change", function () { if (cb.checked) state.types.add(t); else state.types.delete(t); apply(); });
    tyBox.appendChild(el("label", null, cb, swatch(TYPE_STYLE[t].shape, TYPE_STYLE[t].color), typeLab(t).ar + " ", en(typeLab(t).en)));
  });
  const actSel = document.getElementById("f-act");
  actSel.appendChild(option("", "\u0627\u0644\u0643\u0644 \u00b7 all"));
  DATA.acts.forEach(function (a) { actSel.appendChild(option(a, actLab(a).ar + " \u00b7 " + actLab(a).en)); });
  actSel.addEventListener("change", function () { state.act = actSel.value; apply(); });
  const docSel = document.getElementById("f-doc");
  docSel.appendChild(option("", "\u0627\u0644\u0643\u0644 \u00b7 all (" + DOCS.length + ")"));
  DOCS.forEach(function (d, i) { docSel.appendChild(option(String(i), trunc(d.id + (d.title ? " \u2014 " + d.title : ""), 90))); });
  docSel.addEventListener("change", function () { state.doc = docSel.value; apply(); });
  const fromIn = document.getElementById("f-from"), toIn = document.getElementById("f-to"), undatedIn = document.getElementById("f-undated");
  const allDates = DOCS.map(function (d) { return d.date; }).filter(Boolean).sort();
  if (allDates.length) { [fromIn, toIn].forEach(function (i) { i.min = allDates[0]; i.max = allDates[allDates.length - 1]; }); }
  function setDates(from, to) {
    state.from = from; state.to = to; fromIn.value = from; toIn.value = to;
    if (from || to) { state.undated = false; undatedIn.checked = false; }
    apply();
  }
  fromIn.addEventListener("change", function () { state.from = fromIn.value; apply(); });
  toIn.addEventListener("change", function () { state.to = toIn.value; apply(); });
  undatedIn.addEventListener("change", function () { state.undated = undatedIn.checked; apply(); });
  const search = document.getElementById("f-search");
  let timer = null;
  function runSearch() { state.q = search.value; state.focus = null; state.sel = null; state.row = null; apply(); }
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(runSearch, 150); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(timer); runSearch(); } });
  const tSearch = document.getElementById("t-search");
  let ttimer = null;
  tSearch.addEventListener("input", function () { clearTimeout(ttimer); ttimer = setTimeout(function () { state.tq = tSearch.value; state.row = null; refresh(); }, 150); });
  document.getElementById("t-csv").addEventListener("click", downloadCsv);
  document.getElementById("t-more").addEventListener("click", function () { pageRows += PAGE_ROWS; renderTable(); });
  document.getElementById("t-toggle").addEventListener("click", function (ev) {
    const wrap = document.getElementById("kg-table-wrap"), open = wrap.classList.toggle("collapsed") === false;
    ev.currentTarget.setAttribute("aria-expanded", String(open));
  });
  function setMode(m) {
    state.mode = m; state.sel = null; state.row = null;
    document.getElementById("sec-stance").classList.toggle("disabled", m !== "st");
    stBox.querySelectorAll("input").forEach(function (i) { i.disabled = m !== "st"; });
    apply();
    legendEdges();
  }
  document.querySelectorAll("input[name=mode]").forEach(function (r) { r.addEventListener("change", function () { if (r.checked) setMode(r.value); }); });
  document.getElementById("f-reset").addEventListener("click", function () {
    Object.assign(state, { stances: new Set(DATA.stances), types: new Set(DATA.types), act: "", doc: "", q: "",
                           from: "", to: "", undated: true, focus: null, sel: null, row: null, tq: "", sort: null });
    stBox.querySelectorAll("input").forEach(function (i) { i.checked = true; });
    tyBox.querySelectorAll("input").forEach(function (i) { i.checked = true; });
    actSel.value = ""; docSel.value = ""; search.value = ""; tSearch.value = ""; fromIn.value = ""; toIn.value = ""; undatedIn.checked = true;
    apply();
  });
  function legendEdges() {
    const box = document.getElementById("legend-edges");
    clear(box);
    if (state.mode === "st") {
      box.appendChild(el("div", "muted", "\u0627\u0644\u062d\u0627\u0641\u0629: \u0645\u062a\u0643\u0644\u0645 \u2190 \u0647\u062f\u0641\u060c \u0644\u0648\u0646\u0647\u0627 \u0627\u0644\u0645\u0648\u0642\u0641 \u0645\u0646 \u0627\u0644\u0647\u062f\u0641\u060c \u0648\u0639\u0644\u064a\u0647\u0627 \u0627\u0644\u0641\u0639\u0644 \u0648\u0627\u0644\u0639\u062f\u062f ",
                         en("edge: speaker \u2192 target, colour = stance towards the target, label = act \u00d7 count")));
      DATA.stances.forEach(function (s) { box.appendChild(el("div", "legend-line", swatch("line", STANCE_COLOR[s]), el("span", null, stanceLab(s).ar + " ", en(stanceLab(s).en)))); });
    } else if (state.mode === "congruence") {
      box.appendChild(el("div", "legend-line", swatch("line", STANCE_COLOR.positive), el("span", null, "\u0646\u0641\u0633 \u0627\u0644\u0645\u0648\u0642\u0641 \u0645\u0646 \u0646\u0641\u0633 \u0627\u0644\u0647\u062f\u0641", el("br"), en("same stance on the same target; label = shared targets"))));
    } else {
      box.appendChild(el("div", "legend-line", swatch("line", STANCE_COLOR.negative), el("span", null, "\u0645\u0648\u0642\u0641\u0627\u0646 \u0645\u062a\u0639\u0627\u0631\u0636\u0627\u0646 \u0645\u0646 \u0646\u0641\u0633 \u0627\u0644\u0647\u062f\u0641", el("br"), en("opposite stances on the same target; label = shared targets"))));
    }
  }
  if (DATA.truncated) {
    const tr = document.getElementById("kg-truncated");
    tr.hidden = false;
    tr.appendChild(el("span", null, "\u064a\u064f\u0639\u0631\u0636 \u0623\u0647\u0645 " + DATA.kept + " \u0641\u0627\u0639\u0644\u0627\u064b \u0645\u0646 \u0623\u0635\u0644 " + DATA.total + " ",
                      en("showing the " + DATA.kept + " most important of " + DATA.total + " actors (max_nodes=" + DATA.maxNodes + ")")));
  }

  // ---------- test / automation hooks ----------
  function domPoint(p) { const d = network.canvasToDOM(p), r = container.getBoundingClientRect(); return { x: r.left + d.x, y: r.top + d.y }; }
  window.kgView = {
    nodes: 0, edges: 0, mode: "st", truncated: !!DATA.truncated, total: DATA.total, network: network, generation: 0, labelled: [],
    nodeList: function () { return nodesDS.getIds().sort(function (a, b) { return a - b; }).map(function (id) { const d = byId.get(id); return { id: id, label: d.label, en: d.en, type: d.type, iri: d.iri }; }); },
    edgeList: function () { return cur.edges.map(function (e) { return { id: e.id, from: e.from, to: e.to, stance: e.stance || null, count: e.stmts.length, weight: e.weight || null, acts: edgeActs(e) }; }); },
    nodePoint: function (id) { return domPoint(network.getPositions([id])[id]); },
    edgePoint: function (id) { return domPoint(network.body.edges[id].edgeType.getPoint(0.5)); },
    setMode: function (m) { document.getElementById("f-mode-" + m).checked = true; setMode(m); },
    showNode: function (id) { select({ kind: "node", id: id }); },
    showEdge: function (id) { select({ kind: "edge", id: id }); },
    selectRow: selectRow, focus: focusOn, back: back,
    rows: function () { return tableRows().map(function (i) { return STS[i].iri; }); },
    edgeStatements: function (id) { const e = cur.edgeById.get(id); return e ? e.stmts.map(function (i) { return STS[i].iri; }) : []; },
    csv: csvText,
    state: function () { return { mode: state.mode, focus: cur.focus, sel: state.sel, row: state.row, q: state.q }; },
  };
  legendEdges();
  apply();
})();
