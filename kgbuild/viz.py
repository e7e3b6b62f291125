"""One self-contained HTML view of who said what about whom.

`write_view(store, out)` reads the statements and entities from a pyoxigraph Store (see
kgbuild.network), lays the actors out in Python (networkx spring layout, physics off in the
browser, so 2,000 actors open as fast as 20) and writes a single HTML file:

* vis-network's JS and CSS are inlined from the copy shipped inside the pyvis package; no other
  script, style, font or image is loaded, and a Content-Security-Policy (script hashes, no network)
  enforces that when the file is opened from disk;
* the data is embedded as JSON in a <script type="application/json"> block with <, > and & written
  as \\u003c, \\u003e, \\u0026, so article text can never close the block; the page's own script
  renders every piece of text with textContent / text nodes, and vis tooltips are DOM elements;
* the page is lang="ar" dir="rtl"; labels are Arabic, English labels and Wikidata ids are in the
  details.

Views (switchable on the page): the speaker -> target network (one edge per speaker, target and
stance, carrying the count and acts of the grouped statements) and the DNA-style congruence and
conflict actor networks (kgbuild.network.congruence_pairs, recomputed in the page from the
filtered statements). The stance of an edge, and the position a speaker takes on a target in the
actor networks, is the speaker's polarity towards that target (kg:targetStance, falling back to the
statement's kg:stance; kgbuild.network.Statement.stance_towards): one statement praising one
target and condemning another gives a green and a red edge. The stance filter works per target too. Above `max_nodes` actors only the top ones by degree are kept, and the page
says so.

The counts of what is drawn are returned, written as data-nodes / data-edges on #kg-root and kept
up to date in window.kgView = {nodes, edges, ...} as the filters change.
"""
from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

import networkx as nx

from .namespace import ENTITY_TYPES, SPEECH_ACTS, STANCES
from .network import (Entity, Statement, build_speaker_target_graph, congruence_pairs, read_entities,
                      read_statements)

TYPE_STYLE: dict[str, dict[str, str]] = {
    "Person": {"shape": "dot", "color": "#1f6fb5", "ar": "شخص", "en": "Person"},
    "Organization": {"shape": "square", "color": "#7b4fb0", "ar": "منظمة", "en": "Organization"},
    "Place": {"shape": "triangle", "color": "#8d6e63", "ar": "مكان", "en": "Place"},
    "Group": {"shape": "diamond", "color": "#e0a100", "ar": "جماعة", "en": "Group"},
    "Entity": {"shape": "ellipse", "color": "#607d8b", "ar": "كيان", "en": "Entity"},
}
STANCE_STYLE: dict[str, dict[str, str]] = {
    "positive": {"color": "#2e7d32", "ar": "إيجابي", "en": "positive"},
    "negative": {"color": "#c62828", "ar": "سلبي", "en": "negative"},
    "neutral": {"color": "#9e9e9e", "ar": "محايد", "en": "neutral"},
}
ACT_AR: dict[str, str] = {
    "say": "قال", "announce": "أعلن", "call": "دعا", "request": "طلب", "condemn": "أدان",
    "praise": "أشاد", "welcome": "رحّب", "warn": "حذّر", "deny": "نفى", "reject": "رفض",
    "accuse": "اتّهم", "order": "أمر", "support": "أيّد", "agree": "وافق", "report": "أفاد",
}
MODES = ("st", "congruence", "conflict")


def _vis_assets() -> tuple[str, str]:
    import pyvis

    base = Path(pyvis.__file__).parent
    for sub in ("lib/vis-9.1.2", "templates/lib/vis-9.1.2"):
        js, css = base / sub / "vis-network.min.js", base / sub / "vis-network.css"
        if js.exists() and css.exists():
            return js.read_text(encoding="utf-8"), css.read_text(encoding="utf-8")
    found = sorted(base.rglob("vis-network.min.js"))
    if not found:
        raise FileNotFoundError(f"vis-network.min.js not found under {base}")
    return found[-1].read_text(encoding="utf-8"), found[-1].with_name("vis-network.css").read_text(encoding="utf-8")


def json_for_script(obj: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>' or '&' can appear, so neither '</script>'
    nor '<!--' can; U+2028/2029 escaped too for old parsers."""
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
             .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def _rank(g: nx.MultiDiGraph) -> list[str]:
    """Actors by degree (statements made + received, untargeted ones included), then label, then IRI."""
    def key(n: str) -> tuple:
        d = g.nodes[n]
        return (-(g.degree(n) + d.get("statements_untargeted", 0)), d.get("label", ""), n)
    return sorted(g.nodes, key=key)


def _spring(g: nx.Graph, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold positions in about [-1, 1]. networkx's own below 500 nodes; above, its
    sparse solver needs scipy, so a dense numpy version of the same algorithm is used instead."""
    n = g.number_of_nodes()
    if n < 500:
        return nx.spring_layout(g, iterations=100, seed=seed, weight=None, method="force")
    import numpy as np

    order = sorted(g.nodes)
    index = {v: i for i, v in enumerate(order)}
    a = np.zeros((n, n), dtype=np.float32)
    for u, v in g.edges():
        a[index[u], index[v]] = a[index[v], index[u]] = 1.0
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2), dtype=np.float32)
    k = np.float32(1.0 / math.sqrt(n))
    iterations = 50
    t = 0.1
    dt = t / (iterations + 1)
    for _ in range(iterations):
        # sum_j (p_i - p_j) f_ij  =  p_i sum_j f_ij - (F p)_i, with n x n matrices only
        sq = (pos * pos).sum(1)
        d2 = sq[:, None] + sq[None, :] - 2.0 * (pos @ pos.T)
        np.clip(d2, 1e-4, None, out=d2)
        dist = np.sqrt(d2)
        force = k * k / d2 - a * dist / k
        np.fill_diagonal(force, 0.0)
        disp = pos * force.sum(1)[:, None] - force @ pos
        length = np.linalg.norm(disp, axis=1)
        length = np.where(length < 0.01, 0.1, length)
        pos += disp * (t / length)[:, None]
        t -= dt
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def _layout(nodes: list[str], edges: Iterable[tuple[str, str]]) -> dict[str, tuple[float, float]]:
    """Deterministic canvas positions (pixels): each connected component laid out on its own
    (spring layout, radius growing with its size), components then packed in rows, biggest first,
    isolated actors in a grid after them."""
    g = nx.Graph()
    g.add_nodes_from(sorted(nodes))
    g.add_edges_from((a, b) for a, b in edges if a != b)
    comps = sorted((sorted(c) for c in nx.connected_components(g)), key=lambda c: (-len(c), c[0]))
    cell_w, cell_h = 170.0, 110.0       # room for a node and its Arabic label
    boxes: list[tuple[dict[str, tuple[float, float]], float, float]] = []
    for comp in comps:
        size = len(comp)
        if size == 1:
            local = {comp[0]: (0.0, 0.0)}
        elif size == 2:
            local = {comp[0]: (-1.0, 0.0), comp[1]: (1.0, 0.0)}
        else:
            local = _spring(g.subgraph(comp))
        r = 0.0 if size == 1 else (90.0 if size == 2 else 105.0 * math.sqrt(size) + 60.0)
        pts = {v: (x * r, y * r) for v, (x, y) in local.items()}
        xs = [p[0] for p in pts.values()]
        ys = [p[1] for p in pts.values()]
        x0, y0 = min(xs), min(ys)
        pts = {v: (x - x0 + cell_w / 2, y - y0 + cell_h / 2) for v, (x, y) in pts.items()}
        boxes.append((pts, max(xs) - x0 + cell_w, max(ys) - y0 + cell_h))
    if not boxes:
        return {}
    area = sum(w * h for _, w, h in boxes)
    row_width = max(max(w for _, w, _ in boxes), math.sqrt(area) * 1.5)
    out: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for pts, w, h in boxes:
        if x > 0 and x + w > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        for v, (px, py) in pts.items():
            out[v] = (round(px + x, 1), round(py + y, 1))
        x += w
        row_h = max(row_h, h)
    return out


def view_data(statements: list[Statement], entities: dict[str, Entity], max_nodes: int = 300) -> tuple[dict, dict]:
    """The JSON the page embeds, and the counts of what it draws initially (speaker -> target view,
    no filter): {"nodes": n, "edges": m}."""
    g = build_speaker_target_graph(statements, entities)
    ranked = _rank(g)
    total = len(ranked)
    kept = ranked[:max_nodes] if max_nodes and max_nodes > 0 else ranked
    keep = set(kept)
    truncated = len(kept) < total
    # statements whose speaker is kept, their targets cut to the kept actors
    kept_st: list[Statement] = []
    for st in statements:
        if st.speaker not in keep:
            continue
        if truncated:
            st = Statement(**{**st.__dict__, "targets": [t for t in st.targets if t in keep]})
        kept_st.append(st)
    drawn = {st.speaker for st in kept_st} | {t for st in kept_st for t in st.targets}
    node_ids = [n for n in kept if n in drawn]
    idx = {iri: f"n{i}" for i, iri in enumerate(node_ids)}
    st_edges = {(st.speaker, t) for st in kept_st for t in st.targets}
    layouts = {"st": _layout(node_ids, st_edges)}
    for kind in ("congruence", "conflict"):
        pairs = congruence_pairs(kept_st, kind)
        layouts[kind] = _layout(sorted({v for p in pairs for v in p}), pairs)

    docs: list[dict] = []
    doc_idx: dict[str, int] = {}
    for st in kept_st:
        if st.document not in doc_idx:
            doc_idx[st.document] = len(docs)
            docs.append({"id": st.document, "title": st.title, "iri": st.document_iri})

    def label_of(iri: str) -> str:
        e = entities.get(iri)
        return e.label if e else iri.rsplit("/", 1)[-1]

    nodes = []
    for iri in node_ids:
        d = g.nodes[iri]
        e = entities.get(iri) or Entity(iri=iri, label=d.get("label", ""))
        pos = {mode: list(layouts[mode][iri]) for mode in MODES if iri in layouts[mode]}
        nodes.append({
            "id": idx[iri], "iri": iri, "type": e.type if e.type in TYPE_STYLE else "Entity",
            "label": e.label, "en": e.label_en, "wd": e.wikidata, "alt": e.alt_labels[:20], "roles": e.roles[:10],
            "made": d["statements_made"], "received": d["statements_received"], "docs": e.documents,
            "pos": pos,
        })
    stmts = []
    for st in kept_st:
        stmts.append({
            "iri": st.iri, "s": idx[st.speaker], "t": [idx[t] for t in st.targets],
            "ts": [st.stance_towards(t) for t in st.targets],   # polarity towards each of "t"
            "via": [label_of(v) for v in st.via], "act": st.act, "stance": st.stance,
            "q": st.quote, "cue": st.cue, "qt": st.quote_type, "d": doc_idx[st.document],
            "qs": st.quote_start, "qe": st.quote_end, "cs": st.cue_start, "ce": st.cue_end,
            "ss": st.speaker_start, "se": st.speaker_end,
        })
    edges = {(st.speaker, t, st.stance_towards(t)) for st in kept_st for t in st.targets}
    acts_present = sorted({st.act for st in kept_st}, key=lambda a: (SPEECH_ACTS.index(a) if a in SPEECH_ACTS else 99, a))
    data = {
        "nodes": nodes, "statements": stmts, "documents": docs,
        "acts": acts_present, "actAr": ACT_AR, "stances": list(STANCES),
        "types": [t for t in ENTITY_TYPES] + (["Entity"] if any(n["type"] == "Entity" for n in nodes) else []),
        "typeStyle": TYPE_STYLE, "stanceStyle": STANCE_STYLE,
        "total": total, "kept": len(node_ids), "maxNodes": max_nodes, "truncated": truncated,
        "statementCount": len(statements),
    }
    return data, {"nodes": len(node_ids), "edges": len(edges)}


def _sha256(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"


def render_html(data: dict, counts: dict) -> str:
    vis_js, vis_css = _vis_assets()
    app_js = _APP_JS
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(app_js)
           + "; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none';"
           " base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'")
    truncated_attr = "true" if data["truncated"] else "false"
    parts = [
        '<!DOCTYPE html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n',
        f'<meta http-equiv="Content-Security-Policy" content="{html.escape(csp)}">\n',
        '<meta name="referrer" content="no-referrer">\n',
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
        '<title>kgbuild — من قال ماذا عن من</title>\n',
        '<style>\n', vis_css, '\n</style>\n<style>\n', _APP_CSS, '\n</style>\n</head>\n<body>\n',
        f'<div id="kg-root" data-nodes="{int(counts["nodes"])}" data-edges="{int(counts["edges"])}" '
        f'data-mode="st" data-truncated="{truncated_attr}">\n',
        _BODY,
        '\n</div>\n<script type="application/json" id="kg-data">', json_for_script(data), '</script>\n',
        '<script>', vis_js, '</script>\n',
        '<script>', app_js, '</script>\n</body>\n</html>\n',
    ]
    return "".join(parts)


def write_view(store: Any, out: Path, max_nodes: int = 300) -> dict:
    """Write the HTML view of `store` to `out`; return {"nodes": n, "edges": m} as drawn initially."""
    out = Path(out)
    statements = read_statements(store)
    iris = ({st.speaker for st in statements} | {t for st in statements for t in st.targets}
            | {v for st in statements for v in st.via})
    entities = read_entities(store, iris)
    data, counts = view_data(statements, entities, max_nodes)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(data, counts), encoding="utf-8")
    return counts


_BODY = """
<header id="kg-header">
  <h1>من قال ماذا عن من <span class="en">who said what about whom</span></h1>
  <div id="kg-stats" aria-live="polite"></div>
  <div id="kg-truncated" hidden></div>
</header>
<main id="kg-main">
  <aside id="kg-controls" aria-label="controls">
    <section>
      <h2>الشبكة <span class="en">network</span></h2>
      <div class="seg" role="radiogroup" id="f-mode">
        <label><input type="radio" name="mode" value="st" id="f-mode-st" checked> متكلم ← هدف <span class="en">speaker → target</span></label>
        <label><input type="radio" name="mode" value="congruence" id="f-mode-congruence"> توافق <span class="en">congruence</span></label>
        <label><input type="radio" name="mode" value="conflict" id="f-mode-conflict"> تعارض <span class="en">conflict</span></label>
      </div>
    </section>
    <section>
      <h2>بحث <span class="en">search</span></h2>
      <input type="search" id="f-search" placeholder="اسم، name, Q-id" autocomplete="off">
      <div id="f-search-info" class="muted"></div>
    </section>
    <section id="sec-stance">
      <h2>الموقف <span class="en">stance</span></h2>
      <div id="f-stances" class="checks"></div>
    </section>
    <section>
      <h2>الفعل الكلامي <span class="en">speech act</span></h2>
      <select id="f-act"></select>
    </section>
    <section>
      <h2>المقال <span class="en">article</span></h2>
      <select id="f-doc"></select>
    </section>
    <section>
      <h2>نوع الكيان <span class="en">entity type</span></h2>
      <div id="f-types" class="checks"></div>
    </section>
    <section>
      <button type="button" id="f-reset">إعادة الضبط <span class="en">reset</span></button>
    </section>
    <section id="kg-legend">
      <h2>مفتاح <span class="en">legend</span></h2>
      <div id="legend-edges"></div>
      <p class="muted">حجم العقدة: عدد التصريحات التي أدلى بها أو قيلت عنه. <span class="en">Node size: statements made + received.</span></p>
    </section>
  </aside>
  <section id="kg-graph-wrap"><div id="kg-graph" dir="ltr"></div><div id="kg-empty" hidden>لا شيء للعرض <span class="en">nothing to show</span></div></section>
  <aside id="kg-panel" aria-live="polite">
    <div id="kg-panel-body"><p class="muted">انقر على عقدة أو حافة لعرض التصريحات. <span class="en">Click or hover a node or edge to see the statements.</span></p></div>
  </aside>
</main>
"""

_APP_CSS = r"""
:root { --bg:#f6f7f9; --fg:#1d2330; --muted:#667085; --line:#d9dde5; --card:#fff; }
* { box-sizing: border-box; }
html, body { margin:0; height:100%; background:var(--bg); color:var(--fg);
  font-family: "Noto Naskh Arabic","Noto Sans Arabic","Amiri","Geeza Pro","Segoe UI","Tahoma","DejaVu Sans",sans-serif; font-size:14px; }
#kg-root { display:flex; flex-direction:column; height:100vh; }
#kg-header { display:flex; align-items:baseline; gap:1.2em; flex-wrap:wrap; padding:.45em 1em; background:#1d2330; color:#fff; }
#kg-header h1 { font-size:1.15em; margin:0; font-weight:600; }
#kg-header .en { color:#b7c0d0; }
#kg-stats { font-size:.95em; }
#kg-truncated { background:#fff3cd; color:#5c4400; padding:.15em .6em; border-radius:4px; font-size:.9em; }
#kg-truncated .en { color:#6b5a1e; }
.en { color:var(--muted); font-size:.85em; font-family:"Segoe UI","DejaVu Sans",sans-serif; unicode-bidi:isolate; }
#kg-main { flex:1; display:grid; grid-template-columns: 250px 1fr 380px; min-height:0; }
#kg-controls, #kg-panel { overflow:auto; background:#fff; padding:.6em .8em; }
#kg-controls { border-inline-end:1px solid var(--line); }
#kg-panel { border-inline-start:1px solid var(--line); }
#kg-controls section { margin-bottom:.8em; }
#kg-controls h2 { font-size:.95em; margin:.2em 0 .35em; }
#kg-controls select, #kg-controls input[type=search] { width:100%; padding:.3em; font:inherit; border:1px solid var(--line); border-radius:4px; background:#fff; }
.checks label, .seg label { display:flex; align-items:center; gap:.4em; padding:.12em 0; cursor:pointer; }
.legend-line { display:flex; gap:.45em; align-items:flex-start; margin:.2em 0; }
.legend-line .swatch { margin-top:.25em; }
.seg label { padding:.2em .3em; border-radius:4px; }
.seg label:has(input:checked) { background:#e8eefb; }
.swatch { display:inline-block; width:22px; height:14px; flex:none; }
.swatch svg { display:block; }
button { font:inherit; padding:.3em .8em; border:1px solid var(--line); background:#f3f4f6; border-radius:4px; cursor:pointer; }
fieldset[disabled], .disabled { opacity:.45; }
.muted { color:var(--muted); font-size:.9em; }
#kg-graph-wrap { position:relative; min-width:0; min-height:0; }
#kg-graph { position:absolute; inset:0; background:#fbfcfd; }
#kg-empty { position:absolute; top:40%; width:100%; text-align:center; color:var(--muted); font-size:1.2em; }
#kg-panel h3 { margin:.2em 0 .1em; font-size:1.25em; }
#kg-panel h4 { margin:.9em 0 .3em; font-size:1em; border-bottom:1px solid var(--line); padding-bottom:.2em; }
.meta { margin:.1em 0; }
.meta b { font-weight:600; }
.ltr { direction:ltr; unicode-bidi:isolate; display:inline-block; }
.card { border:1px solid var(--line); border-radius:6px; padding:.45em .6em; margin:.4em 0; background:var(--card); }
.card .head { display:flex; flex-wrap:wrap; gap:.4em; align-items:center; }
.badge { display:inline-block; padding:0 .45em; border-radius:9px; color:#fff; font-size:.85em; }
.act { background:#eef1f6; color:#1d2330; }
.quote { margin:.35em 0; padding:.2em .6em; border-inline-start:3px solid #c9d1de; white-space:pre-wrap; word-break:break-word; }
.src { font-size:.85em; color:var(--muted); word-break:break-all; }
.tip { max-width:380px; white-space:normal; font-family:inherit; direction:rtl; text-align:start; }
.tip .quote { margin:.2em 0; }
div.vis-tooltip { font-family:inherit; font-size:13px; max-width:400px; white-space:normal; direction:rtl; }
"""

_APP_JS = r"""
(function () {
  "use strict";
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var root = document.getElementById("kg-root");
  var NODES = DATA.nodes, STS = DATA.statements, DOCS = DATA.documents;
  var TS = DATA.typeStyle, SS = DATA.stanceStyle, ACT_AR = DATA.actAr;
  var byId = new Map();
  NODES.forEach(function (n) { byId.set(n.id, n); });
  var MAX_CARDS = 200;

  var state = { mode: "st", stances: new Set(DATA.stances), act: "", doc: "", types: new Set(DATA.types), q: "" };
  var current = { nodes: [], edges: [], matched: new Set(), fs: [] };
  var pinned = null;

  // ---------- safe DOM helpers: text only ever goes in as text nodes ----------
  function el(tag, cls) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    for (var i = 2; i < arguments.length; i++) {
      var k = arguments[i];
      if (k === null || k === undefined || k === false) continue;
      e.appendChild(typeof k === "string" || typeof k === "number" ? document.createTextNode(String(k)) : k);
    }
    return e;
  }
  function en(text) { var e = el("span", "en", text); e.setAttribute("dir", "ltr"); return e; }
  function ltr(text) { return el("span", "ltr", text); }
  function bdi(text) { return el("bdi", null, text); }
  function joinNodes(ids) { var f = document.createDocumentFragment(); ids.forEach(function (id, i) { if (i) f.appendChild(document.createTextNode("\u060c ")); f.appendChild(bdi(nodeLabel(id))); }); return f; }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  function swatch(shape, color) {
    var NS = "http:" + "//www.w3.org/2000/svg";
    var svg = document.createElementNS(NS, "svg");
    svg.setAttribute("width", "22"); svg.setAttribute("height", "14"); svg.setAttribute("viewBox", "0 0 22 14");
    var p;
    if (shape === "line") { p = document.createElementNS(NS, "line"); p.setAttribute("x1", "1"); p.setAttribute("y1", "7"); p.setAttribute("x2", "21"); p.setAttribute("y2", "7"); p.setAttribute("stroke", color); p.setAttribute("stroke-width", "3"); }
    else if (shape === "dot") { p = document.createElementNS(NS, "circle"); p.setAttribute("cx", "11"); p.setAttribute("cy", "7"); p.setAttribute("r", "6"); }
    else if (shape === "square") { p = document.createElementNS(NS, "rect"); p.setAttribute("x", "5"); p.setAttribute("y", "1"); p.setAttribute("width", "12"); p.setAttribute("height", "12"); }
    else if (shape === "triangle") { p = document.createElementNS(NS, "polygon"); p.setAttribute("points", "11,1 18,13 4,13"); }
    else if (shape === "diamond") { p = document.createElementNS(NS, "polygon"); p.setAttribute("points", "11,0 18,7 11,14 4,7"); }
    else { p = document.createElementNS(NS, "ellipse"); p.setAttribute("cx", "11"); p.setAttribute("cy", "7"); p.setAttribute("rx", "9"); p.setAttribute("ry", "5"); }
    if (shape !== "line") p.setAttribute("fill", color);
    svg.appendChild(p);
    return el("span", "swatch", svg);
  }
  function norm(s) {
    return String(s || "").normalize("NFKC")
      .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]/g, "")
      .replace(/[\u0623\u0625\u0622\u0671]/g, "\u0627").replace(/\u0649/g, "\u064a").replace(/\u0629/g, "\u0647")
      .replace(/\u0624/g, "\u0648").replace(/\u0626/g, "\u064a").replace(/\s+/g, " ").trim().toLowerCase();
  }
  var searchKey = new Map();
  NODES.forEach(function (n) { searchKey.set(n.id, norm([n.label, n.en, n.wd].concat(n.alt || [], n.roles || []).join(" \u0001 "))); });
  function trunc(s, k) { s = String(s || ""); return s.length > k ? s.slice(0, k - 1) + "\u2026" : s; }
  function actText(a) { return (ACT_AR[a] ? ACT_AR[a] + " \u00b7 " : "") + a; }
  function stanceBadge(s) { var b = el("span", "badge", (SS[s] ? SS[s].ar + " \u00b7 " : "") + s); b.style.background = SS[s] ? SS[s].color : "#777"; return b; }
  function nodeLabel(id) { var n = byId.get(id); return n ? n.label : id; }
  // the speaker's polarity towards target t (kg:targetStance), else the statement's stance
  function pol(s, t) { var i = s.t.indexOf(t); return (i >= 0 && s.ts && s.ts[i]) || s.stance; }
  function mixed(s) { return s.t.some(function (t) { return pol(s, t) !== pol(s, s.t[0]); }); }

  // ---------- filtering and the three projections ----------
  // each kept statement with the targets that pass the filters; in the speaker -> target view the
  // stance filter applies per target (the polarity towards it), a statement without targets by its
  // own stance, and a statement none of whose targets has a chosen stance is dropped
  function filtered() {
    var out = [];
    for (var i = 0; i < STS.length; i++) {
      var s = STS[i];
      if (state.act && s.act !== state.act) continue;
      if (state.doc !== "" && String(s.d) !== state.doc) continue;
      if (!state.types.has(byId.get(s.s).type)) continue;
      var ts = s.t;
      if (state.mode === "st") {
        if (!ts.length && !state.stances.has(s.stance)) continue;
        ts = ts.filter(function (t) { return state.stances.has(pol(s, t)); });
        if (s.t.length && !ts.length) continue;
      }
      out.push({ st: s, t: ts.filter(function (t) { return state.types.has(byId.get(t).type); }) });
    }
    return out;
  }
  function projectST(fs) {
    var groups = new Map(), nodes = new Set();
    fs.forEach(function (f) {
      nodes.add(f.st.s);
      f.t.forEach(function (t) {
        var p = pol(f.st, t), k = f.st.s + "|" + t + "|" + p, g = groups.get(k);
        if (!g) { g = { id: k, from: f.st.s, to: t, stance: p, stmts: [] }; groups.set(k, g); }
        g.stmts.push(f.st); nodes.add(t);
      });
    });
    return { nodes: nodes, edges: Array.from(groups.values()) };
  }
  function projectPairs(fs, kind) {
    var byTarget = new Map();   // target -> speaker -> Set(polarity towards the target)
    fs.forEach(function (f) {
      var s = f.st;
      f.t.forEach(function (t) {
        var p = pol(s, t);
        if (p !== "positive" && p !== "negative") return;
        if (!byTarget.has(t)) byTarget.set(t, new Map());
        var m = byTarget.get(t);
        if (!m.has(s.s)) m.set(s.s, new Set());
        m.get(s.s).add(p);
      });
    });
    var pairs = new Map(), nodes = new Set();
    byTarget.forEach(function (m, t) {
      var sp = Array.from(m.keys()).sort();
      for (var i = 0; i < sp.length; i++) for (var j = i + 1; j < sp.length; j++) {
        var a = m.get(sp[i]), b = m.get(sp[j]), hit;
        if (kind === "congruence") hit = (a.has("positive") && b.has("positive")) || (a.has("negative") && b.has("negative"));
        else hit = (a.has("positive") && b.has("negative")) || (a.has("negative") && b.has("positive"));
        if (!hit) continue;
        var k = sp[i] + "|" + sp[j], p = pairs.get(k);
        if (!p) { p = { id: k, from: sp[i], to: sp[j], targets: [], stmts: [] }; pairs.set(k, p); }
        p.targets.push(t); nodes.add(sp[i]); nodes.add(sp[j]);
      }
    });
    pairs.forEach(function (p) {
      var ts = new Set(p.targets);
      fs.forEach(function (f) {
        var s = f.st;
        if ((s.s === p.from || s.s === p.to) && f.t.some(function (t) { var q = pol(s, t); return ts.has(t) && (q === "positive" || q === "negative"); })) p.stmts.push(s);
      });
      p.weight = p.targets.length;
    });
    return { nodes: nodes, edges: Array.from(pairs.values()) };
  }

  // ---------- tooltips (DOM elements, never HTML strings) ----------
  function nodeTip(n) {
    var d = el("div", "tip", el("b", null, n.label));
    if (n.en) d.appendChild(el("div", null, en(n.en)));
    d.appendChild(el("div", "muted", TS[n.type].ar + " \u00b7 ", en(n.type), n.wd ? " \u00b7 " : "", n.wd ? ltr(n.wd) : null));
    d.appendChild(el("div", "muted", "\u062a\u0635\u0631\u064a\u062d\u0627\u062a\u0647: " + n.made + " \u00b7 \u0639\u0646\u0647: " + n.received));
    d.appendChild(el("div", null, en("statements made " + n.made + ", about it " + n.received)));
    return d;
  }
  function edgeTip(e) {
    var d = el("div", "tip");
    if (state.mode === "st") {
      d.appendChild(el("b", null, bdi(nodeLabel(e.from)), " \u2190 ", bdi(nodeLabel(e.to))));
      d.appendChild(el("div", null, stanceBadge(e.stance), " \u00d7" + e.stmts.length));
    } else {
      d.appendChild(el("b", null, bdi(nodeLabel(e.from)), " \u2194 ", bdi(nodeLabel(e.to))));
      d.appendChild(el("div", null, (state.mode === "congruence" ? "\u062a\u0648\u0627\u0641\u0642" : "\u062a\u0639\u0627\u0631\u0636") + " \u00b7 " + e.weight + " ", en(state.mode)));
      d.appendChild(el("div", "muted", joinNodes(e.targets)));
    }
    e.stmts.slice(0, 3).forEach(function (s) { d.appendChild(el("div", "quote", trunc(s.q, 160))); });
    if (e.stmts.length > 3) d.appendChild(el("div", "muted", "\u2026 +" + (e.stmts.length - 3)));
    return d;
  }

  // ---------- vis-network ----------
  var nodesDS = new vis.DataSet(), edgesDS = new vis.DataSet();
  var container = document.getElementById("kg-graph");
  var network = new vis.Network(container, { nodes: nodesDS, edges: edgesDS }, {
    physics: false,
    layout: { improvedLayout: false },
    interaction: { hover: true, tooltipDelay: 120, hideEdgesOnDrag: NODES.length > 800, keyboard: false, multiselect: false },
    nodes: {
      scaling: { min: 10, max: 34, label: { enabled: false } },
      font: { size: 15, face: "Noto Naskh Arabic, Noto Sans Arabic, Amiri, Tahoma, DejaVu Sans, sans-serif", strokeWidth: 3, strokeColor: "#ffffff" },
      borderWidth: 1.5,
    },
    edges: {
      font: { size: 11, align: "horizontal", strokeWidth: 3, strokeColor: "#ffffff", color: "#333" },
      selectionWidth: 2, hoverWidth: 1.5,
    },
  });

  function visEdge(e, i, curved) {
    var st = state.mode === "st";
    var color = st ? (SS[e.stance] ? SS[e.stance].color : "#777") : (state.mode === "congruence" ? SS.positive.color : SS.negative.color);
    var n = st ? e.stmts.length : e.weight;
    var acts = {};
    e.stmts.forEach(function (s) { acts[s.act] = (acts[s.act] || 0) + 1; });
    e.acts = Object.keys(acts).sort(function (a, b) { return acts[b] - acts[a] || (a < b ? -1 : 1); });
    var label = st ? e.acts[0] + (n > 1 ? " \u00d7" + n : "") : (n <= 2 ? e.targets.map(function (t) { return trunc(nodeLabel(t), 24); }).join("\u060c ") : n + " \u0623\u0647\u062f\u0627\u0641");
    return {
      id: e.id, from: e.from, to: e.to, title: edgeTip(e),
      color: { color: color, highlight: color, hover: color, opacity: 0.85 },
      width: 1.2 + 1.6 * Math.log2(n), arrows: st ? { to: { enabled: true, scaleFactor: 0.6 } } : "",
      label: showEdgeLabels ? label : undefined,
      smooth: curved ? { enabled: true, type: "curvedCW", roundness: 0.18 * curved } : { enabled: false },
    };
  }
  var showEdgeLabels = true;

  function apply() {
    var fs = filtered(), proj = state.mode === "st" ? projectST(fs) : projectPairs(fs, state.mode);
    var nodes = proj.nodes, edges = proj.edges, matched = new Set();
    var q = norm(state.q);
    if (q) {
      nodes.forEach(function (id) { if (searchKey.get(id).indexOf(q) >= 0) matched.add(id); });
      edges = edges.filter(function (e) { return matched.has(e.from) || matched.has(e.to); });
      nodes = new Set(matched);
      edges.forEach(function (e) { nodes.add(e.from); nodes.add(e.to); });
    }
    showEdgeLabels = edges.length <= 150;
    // curve parallel edges (several stances between one pair, or both directions)
    var pairCount = new Map(), seen = new Map();
    edges.forEach(function (e) { var k = e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from; pairCount.set(k, (pairCount.get(k) || 0) + 1); });
    var visEdges = edges.map(function (e, i) {
      var k = e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from, curved = 0;
      if (pairCount.get(k) > 1) { var o = e.from + "|" + e.to; seen.set(o, (seen.get(o) || 0) + 1); curved = seen.get(o); }
      return visEdge(e, i, curved);
    });
    var visNodes = [];
    NODES.forEach(function (n) {
      if (!nodes.has(n.id)) return;
      var ts = TS[n.type] || TS.Entity, hit = matched.has(n.id);
      var xy = n.pos[state.mode] || n.pos.st || [0, 0];
      visNodes.push({
        id: n.id, label: trunc(n.label, 40), title: nodeTip(n), shape: ts.shape, x: xy[0], y: xy[1],
        value: n.made + n.received + 1,
        color: { background: ts.color, border: hit ? "#111" : "#ffffff", highlight: { background: ts.color, border: "#111" }, hover: { background: ts.color, border: "#111" } },
        borderWidth: hit ? 4 : 1.5,
        font: hit ? { size: 19, color: "#000" } : undefined,
      });
    });
    nodesDS.clear(); edgesDS.clear();
    nodesDS.add(visNodes); edgesDS.add(visEdges);
    current = { nodes: visNodes.map(function (n) { return n.id; }), edges: edges, matched: matched, fs: fs, edgeById: new Map(edges.map(function (e) { return [e.id, e]; })) };
    network.fit({ animation: false });
    if (network.getScale() > 1.1) network.moveTo({ position: network.getViewPosition(), scale: 1.1, animation: false });
    report(visNodes.length, visEdges.length, q, matched.size);
  }

  function report(n, m, q, hits) {
    root.setAttribute("data-nodes", String(n));
    root.setAttribute("data-edges", String(m));
    root.setAttribute("data-mode", state.mode);
    window.kgView.nodes = n; window.kgView.edges = m; window.kgView.mode = state.mode;
    var stats = document.getElementById("kg-stats");
    clear(stats);
    stats.appendChild(el("span", null, "\u0639\u0642\u062f: ", ltr(String(n)), " \u00b7 \u062d\u0648\u0627\u0641: ", ltr(String(m)), " ", en("nodes " + n + " \u00b7 edges " + m)));
    var info = document.getElementById("f-search-info");
    clear(info);
    if (q) info.appendChild(el("span", null, "\u0646\u062a\u0627\u0626\u062c: " + hits + " ", en(hits + " match" + (hits === 1 ? "" : "es"))));
    document.getElementById("kg-empty").hidden = n > 0;
  }

  // ---------- details panel ----------
  var panel = document.getElementById("kg-panel-body");
  function docLine(s) {
    var d = DOCS[s.d] || { id: "?", title: "" };
    var off = [];
    if (s.qs >= 0) off.push("quote " + s.qs + "\u2013" + s.qe);
    if (s.cs >= 0) off.push("cue " + s.cs + "\u2013" + s.ce);
    if (s.ss >= 0) off.push("speaker " + s.ss + "\u2013" + s.se);
    return el("div", "src", "\u0627\u0644\u0645\u0635\u062f\u0631: ", ltr(d.id), d.title ? " \u2014 " : "", d.title ? bdi(d.title) : null, el("br"), ltr(off.join(" \u00b7 ")));
  }
  function targetsWithStance(s) {
    var f = document.createDocumentFragment();
    s.t.forEach(function (t, i) {
      if (i) f.appendChild(document.createTextNode("\u060c "));
      f.appendChild(bdi(nodeLabel(t)));
      f.appendChild(document.createTextNode(" "));
      f.appendChild(stanceBadge(pol(s, t)));
    });
    return f;
  }
  // focus: the target the panel is about (its card shows the stance towards it), or none
  function card(s, focus) {
    var c = el("div", "card");
    var split = mixed(s);
    c.appendChild(el("div", "head", el("b", null, bdi(nodeLabel(s.s))), " \u2190 ", el("span", null, !s.t.length ? "\u2014" : split ? targetsWithStance(s) : joinNodes(s.t))));
    var shown = focus !== undefined && s.t.indexOf(focus) >= 0 ? pol(s, focus) : s.stance;
    c.appendChild(el("div", "head", stanceBadge(shown), el("span", "badge act", actText(s.act)), s.qt ? en(s.qt) : null));
    c.appendChild(el("div", "quote", s.q));
    c.appendChild(el("div", "meta", "\u0641\u0639\u0644 \u0627\u0644\u0642\u0648\u0644: ", el("b", null, s.cue), " ", en("cue")));
    if (s.via && s.via.length) c.appendChild(el("div", "meta", "\u0646\u0642\u0644\u0627\u064b \u0639\u0646: " + s.via.join("\u060c ") + " ", en("reported via")));
    c.appendChild(docLine(s));
    return c;
  }
  function cards(title, list, focus) {
    var box = el("div");
    box.appendChild(el("h4", null, title[0] + " (" + list.length + ") ", en(title[1])));
    list.slice(0, MAX_CARDS).forEach(function (s) { box.appendChild(card(s, focus)); });
    if (list.length > MAX_CARDS) box.appendChild(el("p", "muted", "\u2026 +" + (list.length - MAX_CARDS)));
    return box;
  }
  function showNode(id) {
    var n = byId.get(id);
    if (!n) return;
    clear(panel);
    panel.appendChild(el("h3", null, n.label));
    if (n.en) panel.appendChild(el("div", "meta", en(n.en)));
    var ts = TS[n.type] || TS.Entity;
    panel.appendChild(el("div", "meta", swatch(ts.shape, ts.color), " " + ts.ar + " ", en(n.type)));
    panel.appendChild(el("div", "meta", "\u0648\u064a\u0643\u064a \u0628\u064a\u0627\u0646\u0627\u062a: ", ltr(n.wd || "\u2014"), " ", en("Wikidata")));
    if (n.roles && n.roles.length) panel.appendChild(el("div", "meta", "\u0627\u0644\u0635\u0641\u0629: " + n.roles.join("\u060c ")));
    if (n.alt && n.alt.length) panel.appendChild(el("div", "meta muted", "\u0623\u0633\u0645\u0627\u0621 \u0623\u062e\u0631\u0649: " + n.alt.join("\u060c ")));
    var shown = n.iri;
    try { shown = decodeURI(n.iri); } catch (err) { shown = n.iri; }
    panel.appendChild(el("div", "src", ltr(shown)));
    var made = [], about = [];
    current.fs.forEach(function (f) { if (f.st.s === id) made.push(f.st); if (f.t.indexOf(id) >= 0) about.push(f.st); });
    panel.appendChild(cards(["\u0645\u0627 \u0642\u0627\u0644\u0647", "what it said"], made));
    panel.appendChild(cards(["\u0645\u0627 \u0642\u064a\u0644 \u0639\u0646\u0647", "what was said about it"], about, id));
    root.setAttribute("data-panel", "node:" + id);
  }
  function showEdge(id) {
    var e = current.edgeById && current.edgeById.get(id);
    if (!e) return;
    clear(panel);
    if (state.mode === "st") {
      panel.appendChild(el("h3", null, bdi(nodeLabel(e.from)), " \u2190 ", bdi(nodeLabel(e.to))));
      panel.appendChild(el("div", "meta", stanceBadge(e.stance), " \u00d7" + e.stmts.length + " \u00b7 " + (e.acts || []).map(actText).join("\u060c ")));
      panel.appendChild(cards(["\u0627\u0644\u062a\u0635\u0631\u064a\u062d\u0627\u062a", "statements"], e.stmts, e.to));
    } else {
      panel.appendChild(el("h3", null, bdi(nodeLabel(e.from)), " \u2194 ", bdi(nodeLabel(e.to))));
      panel.appendChild(el("div", "meta", (state.mode === "congruence" ? "\u062a\u0648\u0627\u0641\u0642" : "\u062a\u0639\u0627\u0631\u0636") + " \u00b7 \u0627\u0644\u0648\u0632\u0646 " + e.weight + " ", en(state.mode + ", weight " + e.weight)));
      panel.appendChild(el("div", "meta", "\u0627\u0644\u0623\u0647\u062f\u0627\u0641 \u0627\u0644\u0645\u0634\u062a\u0631\u0643\u0629: ", joinNodes(e.targets), " ", en("shared targets")));
      panel.appendChild(cards(["\u0627\u0644\u062a\u0635\u0631\u064a\u062d\u0627\u062a", "statements"], e.stmts));
    }
    root.setAttribute("data-panel", "edge:" + id);
  }
  network.on("click", function (p) {
    if (p.nodes.length) { pinned = "n"; showNode(p.nodes[0]); }
    else if (p.edges.length) { pinned = "e"; showEdge(p.edges[0]); }
    else pinned = null;
  });
  network.on("hoverNode", function (p) { if (!pinned) showNode(p.node); });
  network.on("hoverEdge", function (p) { if (!pinned) showEdge(p.edge); });

  // ---------- controls ----------
  var stBox = document.getElementById("f-stances");
  DATA.stances.forEach(function (s) {
    var cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.id = "f-stance-" + s; cb.value = s;
    cb.addEventListener("change", function () { if (cb.checked) state.stances.add(s); else state.stances.delete(s); apply(); });
    stBox.appendChild(el("label", null, cb, swatch("line", SS[s].color), SS[s].ar + " ", en(s)));
  });
  var tyBox = document.getElementById("f-types");
  DATA.types.forEach(function (t) {
    var cb = el("input"); cb.type = "checkbox"; cb.checked = true; cb.id = "f-type-" + t; cb.value = t;
    cb.addEventListener("change", function () { if (cb.checked) state.types.add(t); else state.types.delete(t); apply(); });
    tyBox.appendChild(el("label", null, cb, swatch(TS[t].shape, TS[t].color), TS[t].ar + " ", en(t)));
  });
  function option(value, text) { var o = el("option", null, text); o.value = value; return o; }
  var actSel = document.getElementById("f-act");
  actSel.appendChild(option("", "\u0627\u0644\u0643\u0644 \u00b7 all"));
  DATA.acts.forEach(function (a) { actSel.appendChild(option(a, actText(a))); });
  actSel.addEventListener("change", function () { state.act = actSel.value; apply(); });
  var docSel = document.getElementById("f-doc");
  docSel.appendChild(option("", "\u0627\u0644\u0643\u0644 \u00b7 all (" + DOCS.length + ")"));
  DOCS.forEach(function (d, i) { docSel.appendChild(option(String(i), trunc(d.id + (d.title ? " \u2014 " + d.title : ""), 90))); });
  docSel.addEventListener("change", function () { state.doc = docSel.value; apply(); });
  var search = document.getElementById("f-search"), timer = null;
  search.addEventListener("input", function () { clearTimeout(timer); timer = setTimeout(function () { state.q = search.value; apply(); }, 120); });
  search.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { clearTimeout(timer); state.q = search.value; apply(); } });
  function setMode(m) {
    state.mode = m;
    document.getElementById("sec-stance").classList.toggle("disabled", m !== "st");
    stBox.querySelectorAll("input").forEach(function (i) { i.disabled = m !== "st"; });
    pinned = null;
    apply();
    legendEdges();
  }
  document.querySelectorAll("input[name=mode]").forEach(function (r) { r.addEventListener("change", function () { if (r.checked) setMode(r.value); }); });
  document.getElementById("f-reset").addEventListener("click", function () {
    state.stances = new Set(DATA.stances); state.types = new Set(DATA.types); state.act = ""; state.doc = ""; state.q = "";
    stBox.querySelectorAll("input").forEach(function (i) { i.checked = true; });
    tyBox.querySelectorAll("input").forEach(function (i) { i.checked = true; });
    actSel.value = ""; docSel.value = ""; search.value = "";
    apply();
  });
  function legendEdges() {
    var box = document.getElementById("legend-edges");
    clear(box);
    if (state.mode === "st") {
      box.appendChild(el("div", "muted", "\u0627\u0644\u062d\u0627\u0641\u0629: \u0645\u062a\u0643\u0644\u0645 \u2190 \u0647\u062f\u0641\u060c \u0644\u0648\u0646\u0647\u0627 \u0627\u0644\u0645\u0648\u0642\u0641 \u0645\u0646 \u0627\u0644\u0647\u062f\u0641\u060c \u0648\u0639\u0644\u064a\u0647\u0627 \u0627\u0644\u0641\u0639\u0644 \u0648\u0627\u0644\u0639\u062f\u062f ", en("edge: speaker \u2192 target, colour = stance towards the target, label = act \u00d7 count")));
      DATA.stances.forEach(function (s) { box.appendChild(el("div", "legend-line", swatch("line", SS[s].color), el("span", null, SS[s].ar + " ", en(s)))); });
    } else if (state.mode === "congruence") {
      box.appendChild(el("div", "legend-line", swatch("line", SS.positive.color), el("span", null, "\u0646\u0641\u0633 \u0627\u0644\u0645\u0648\u0642\u0641 \u0645\u0646 \u0646\u0641\u0633 \u0627\u0644\u0647\u062f\u0641", el("br"), en("same stance on the same target; label = shared targets"))));
    } else {
      box.appendChild(el("div", "legend-line", swatch("line", SS.negative.color), el("span", null, "\u0645\u0648\u0642\u0641\u0627\u0646 \u0645\u062a\u0639\u0627\u0631\u0636\u0627\u0646 \u0645\u0646 \u0646\u0641\u0633 \u0627\u0644\u0647\u062f\u0641", el("br"), en("opposite stances on the same target; label = shared targets"))));
    }
  }
  if (DATA.truncated) {
    var tr = document.getElementById("kg-truncated");
    tr.hidden = false;
    tr.appendChild(el("span", null, "\u064a\u064f\u0639\u0631\u0636 \u0623\u0639\u0644\u0649 " + DATA.kept + " \u0641\u0627\u0639\u0644\u0627\u064b \u0645\u0646 \u0623\u0635\u0644 " + DATA.total + " \u062d\u0633\u0628 \u0627\u0644\u062f\u0631\u062c\u0629 ", en("showing the top " + DATA.kept + " of " + DATA.total + " actors by degree (max_nodes=" + DATA.maxNodes + ")")));
  }

  // ---------- test / automation hooks ----------
  window.kgView = {
    nodes: 0, edges: 0, mode: "st", truncated: !!DATA.truncated, total: DATA.total, network: network,
    nodeList: function () { return nodesDS.get().map(function (n) { var d = byId.get(n.id); return { id: n.id, label: d.label, en: d.en, type: d.type }; }); },
    edgeList: function () { return current.edges.map(function (e) { return { id: e.id, from: e.from, to: e.to, stance: e.stance || null, count: e.stmts.length, weight: e.weight || null, acts: e.acts || [] }; }); },
    nodePoint: function (id) { var p = network.getPositions([id])[id]; var d = network.canvasToDOM(p); var r = container.getBoundingClientRect(); return { x: r.left + d.x, y: r.top + d.y }; },
    edgePoint: function (id) { var e = network.body.edges[id]; var p = e.edgeType.getPoint(0.5); var d = network.canvasToDOM(p); var r = container.getBoundingClientRect(); return { x: r.left + d.x, y: r.top + d.y }; },
    setMode: function (m) { var r = document.getElementById("f-mode-" + m); r.checked = true; setMode(m); },
    showNode: showNode, showEdge: showEdge,
  };
  legendEdges();
  apply();
})();
"""
