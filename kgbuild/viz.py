"""One self-contained HTML view of who said what about whom.

`write_view(store, out)` reads the statements and entities from a pyoxigraph Store (see
kgbuild.network), lays the actors out in Python and writes a single HTML file. Python only fills
data: the page's markup, style and code are the package files `kgbuild/static/view.html`,
`view.css` and `view.js`.

* Layout (before the page opens, so 2,000 actors open as fast as 20): Louvain communities (fixed
  seed), each community laid out with networkx's ForceAtlas2 (node sizes as overlap control), the
  communities then placed with ForceAtlas2 on the graph of communities and pushed apart until their
  discs do not overlap. Nodes enter networkx as integers in a fixed order, so nothing depends on
  string hashing (PYTHONHASHSEED): the same input gives the same bytes.
* Importance (which labels the first picture shows): statements made + received, then articles,
  then label; the page shows the labels of the most important actors that fit without overlapping
  at the current zoom, the others as you zoom in.
* vis-network's JS and CSS are inlined from the copy shipped inside the pyvis package; no other
  script, style, font or image is loaded, and a Content-Security-Policy (hashes of the two scripts,
  no network) enforces that when the file is opened from disk.
* The data is embedded as JSON in a <script type="application/json"> block with <, > and & written
  as \\u003c, \\u003e, \\u0026, so article text can never close the block; the page renders every
  piece of text with text nodes.
* Arabic and English names of speech acts, stances, quote types and entity types come from the
  ontology's labels (ontology/kgbuild.ttl), not from a second table.

Views (switchable on the page): the speaker -> target network (one edge per speaker, target and
stance) and the DNA-style congruence and conflict actor networks. Which pairs of speakers agree or
clash, and through which statements, is computed once, by kgbuild.network.congruence_links; the
page only checks those precomputed links against its filters. Above `max_nodes` actors only the
most important ones are kept, and the page says so.

The counts of what is drawn are returned, written as data-nodes / data-edges on #kg-root and kept
up to date in window.kgView as the filters change.
"""
from __future__ import annotations

import base64
import hashlib
import json
import math
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path
from typing import Any

import networkx as nx
import numpy as np

from .namespace import ENTITY_TYPES, KG_IRI, SPEECH_ACTS, STANCES
from .network import (Entity, Statement, build_speaker_target_graph, congruence_links, read_entities,
                      read_statements)
from .resources import ontology_path

STATIC = Path(__file__).resolve().parent / "static"
MODES = ("st", "congruence", "conflict")
SEED = 7
MAX_NODES = 300   # above this many actors the view draws the most important ones (the CLI's --max-nodes default)
_NODE_MIN, _NODE_MAX = 11.0, 42.0     # node radius in canvas units, by importance (room in the layout)
_SCREEN_MIN, _SCREEN_MAX = 4.0, 17.0   # node radius in screen px at first sight (the page's "size")
_QUOTE_TYPE = {"direct": "DirectQuote", "indirect": "IndirectQuote", "mixed": "MixedQuote"}   # ontology names
LABEL_PX = 14.0                        # the page's label size at first sight (static/view.js LABEL_PX[0])
LABEL_TOP = 25                         # labels given room by the layout (the page shows at least 25)
LABEL_VIEW = (760.0, 500.0)            # the canvas planned for: between the network at 1600x1000 and at 1024x768
_SPACING = 95.0                        # median nearest-neighbour distance inside a community


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
    s = json.dumps(obj, ensure_ascii=False, separators=(",", ":"))
    return (s.replace("&", "\\u0026").replace("<", "\\u003c").replace(">", "\\u003e")
             .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=1)
def ontology_labels() -> dict[str, dict[str, str]]:
    """kg: term local name ("act_condemn", "positive", "Person", "DirectQuote") -> {"ar": ..., "en": ...},
    from the ontology's skos:prefLabel, else rdfs:label."""
    import pyoxigraph

    store = pyoxigraph.Store()
    store.load(ontology_path().read_bytes(), format=pyoxigraph.RdfFormat.TURTLE)
    out: dict[str, dict[str, str]] = {}
    for prop in ("http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel"):
        for sol in store.query(f"SELECT ?c ?l WHERE {{ ?c <{prop}> ?l }}"):
            c, lit = sol["c"].value, sol["l"]
            lang = (lit.language or "").split("-")[0]
            if c.startswith(KG_IRI) and lang in ("ar", "en"):
                out.setdefault(c[len(KG_IRI):], {})[lang] = lit.value    # prefLabel read last wins
    return dict(sorted(out.items()))


# ------------------------------------------------------------------------------------------ layout

def _forceatlas2(g: nx.Graph, sizes: np.ndarray, seed: int) -> np.ndarray:
    """networkx's ForceAtlas2 on an integer-labelled graph (nodes 0..n-1), node sizes as overlap
    control; fewer iterations on big graphs (its cost is quadratic)."""
    n = g.number_of_nodes()
    iters = 100 if n <= 300 else max(30, int(100 * (300 / n) ** 1.5))
    pos = nx.forceatlas2_layout(g, max_iter=iters, seed=seed, weight="weight", linlog=False,
                                node_size={i: float(sizes[i]) for i in range(n)}, scaling_ratio=2.0, gravity=1.0)
    return np.array([pos[i] for i in range(n)], dtype=float)


def _normalise(xy: np.ndarray, spacing: float) -> np.ndarray:
    """Centred, and scaled so that the median nearest-neighbour distance is `spacing`."""
    xy = xy - xy.mean(axis=0)
    if len(xy) < 2:
        return xy
    d = np.sqrt(((xy[:, None, :] - xy[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(d, np.inf)
    nn = float(np.median(d.min(axis=1)))
    return xy * (spacing / nn) if nn > 1e-9 else xy


def _separate(centres: np.ndarray, radii: np.ndarray, gap: float, rounds: int = 300) -> np.ndarray:
    """Push discs apart until no two overlap (deterministic, vectorised)."""
    c = centres.copy()
    n = len(c)
    if n < 2:
        return c
    need = radii[:, None] + radii[None, :] + gap
    np.fill_diagonal(need, 0.0)
    for _ in range(rounds):
        diff = c[:, None, :] - c[None, :, :]
        d = np.sqrt((diff ** 2).sum(-1))
        np.fill_diagonal(d, np.inf)
        over = np.clip(need - d, 0.0, None)
        if over.max() <= 1e-6:
            break
        # a pair at the same point is split along a fixed direction
        unit = np.where(d[..., None] > 1e-9, diff / np.where(d > 1e-9, d, 1.0)[..., None], np.array([1.0, 0.0]))
        c += (unit * (over / 2.0)[..., None]).sum(axis=1) * 0.55
    return c


def _compact(centres: np.ndarray, radii: np.ndarray, gap: float, rounds: int = 25) -> np.ndarray:
    """Draw the discs towards their centre, keeping them apart: no far-off islands (small
    unconnected groups) that would shrink the rest of the picture."""
    c = centres - (centres * radii[:, None] ** 2).sum(axis=0) / (radii ** 2).sum()
    for _ in range(rounds):
        c = _separate(c * 0.85, radii, gap, rounds=40)
    return c


def _label_adjust(xy: np.ndarray, radius: np.ndarray, label_px: np.ndarray, top: int,
                  view: tuple[float, float] = LABEL_VIEW, rounds: int = 100) -> np.ndarray:
    """Gephi's "label adjust" for the `top` first nodes: moves them until the boxes of their node
    and label (as drawn when the whole layout fits a `view`-sized canvas, at LABEL_PX) do not
    overlap. Overlap in screen space does not change when the drawing is scaled, so the nodes are
    moved relative to each other, into the empty room around them."""
    xy = xy.copy()
    k = min(top, len(xy))
    if k < 2:
        return xy
    h = LABEL_PX * 1.3 + 6.0
    for _ in range(rounds):
        ext = np.maximum(xy.max(axis=0) - xy.min(axis=0), 1.0)
        s = min(view[0] / ext[0], view[1] / ext[1])         # screen px per canvas unit when fitted
        r = radius[:k]
        half = np.maximum(label_px[:k] / 2.0 / s, r) + 4.0 / s
        x0, x1 = xy[:k, 0] - half, xy[:k, 0] + half
        y0, y1 = xy[:k, 1] - r, xy[:k, 1] + r + h / s
        ox = np.minimum(x1[:, None], x1[None, :]) - np.maximum(x0[:, None], x0[None, :])
        oy = np.minimum(y1[:, None], y1[None, :]) - np.maximum(y0[:, None], y0[None, :])
        hit = (ox > 0) & (oy > 0)
        np.fill_diagonal(hit, False)
        if not hit.any():
            break
        # push each overlapping pair apart along the axis where they overlap least, half each
        dx = np.sign(xy[:k, 0][:, None] - xy[:k, 0][None, :])
        dy = np.sign(xy[:k, 1][:, None] - xy[:k, 1][None, :])
        dx = np.where(dx == 0, np.sign(np.arange(k)[:, None] - np.arange(k)[None, :]), dx)
        dy = np.where(dy == 0, np.sign(np.arange(k)[:, None] - np.arange(k)[None, :]), dy)
        along_x = hit & (ox <= oy)
        along_y = hit & (ox > oy)
        move = np.zeros((k, 2))
        move[:, 0] = (np.where(along_x, ox, 0.0) * dx).sum(axis=1) * 0.3
        move[:, 1] = (np.where(along_y, oy, 0.0) * dy).sum(axis=1) * 0.3
        xy[:k] += move
    return xy


def layout(nodes: list[str], edges: dict[tuple[str, str], float], importance: dict[str, float],
           labels: dict[str, str] | None = None, seed: int = SEED) -> dict[str, tuple[float, float]]:
    """Deterministic canvas positions for `nodes` (most important first) joined by weighted `edges`:
    communities apart, each laid out on its own, hubs given room by their size, and the labels of
    the most important nodes given room to be read."""
    if not nodes:
        return {}
    index = {v: i for i, v in enumerate(nodes)}
    g = nx.Graph()
    g.add_nodes_from(range(len(nodes)))
    for (a, b), w in sorted(edges.items(), key=lambda kv: (index[kv[0][0]], index[kv[0][1]])):
        if a != b:
            i, j = sorted((index[a], index[b]))
            g.add_edge(i, j, weight=g.get_edge_data(i, j, {"weight": 0.0})["weight"] + w)
    radius = node_sizes([importance.get(v, 0.0) for v in nodes])
    comms = [sorted(c) for c in nx.community.louvain_communities(g, weight="weight", seed=seed)]
    comms.sort(key=lambda c: (-len(c), c[0]))
    member = {v: k for k, c in enumerate(comms) for v in c}
    local: list[np.ndarray] = []
    discs = np.zeros(len(comms))
    for k, comm in enumerate(comms):
        if len(comm) == 1:
            xy = np.zeros((1, 2))
        elif len(comm) == 2:    # turned by the golden angle from one pair to the next: no rows of pairs
            a = k * 2.399963
            xy = np.array([[-math.cos(a), -math.sin(a)], [math.cos(a), math.sin(a)]]) * (_SPACING * 0.6)
        else:
            sub = nx.convert_node_labels_to_integers(g.subgraph(comm), ordering="sorted")
            xy = _normalise(_forceatlas2(sub, radius[comm] / _SPACING, seed), _SPACING)
            xy = _separate(xy, radius[comm] + 18.0, 6.0, rounds=60)
        local.append(xy)
        discs[k] = float(np.sqrt((xy ** 2).sum(1)).max()) + radius[comm].max() + 30.0
    if len(comms) == 1:
        centres = np.zeros((1, 2))
    else:
        meta = nx.Graph()
        meta.add_nodes_from(range(len(comms)))
        for i, j, d in g.edges(data=True):
            a, b = sorted((member[i], member[j]))
            if a != b:
                meta.add_edge(a, b, weight=meta.get_edge_data(a, b, {"weight": 0.0})["weight"] + d["weight"])
        centres = _normalise(_forceatlas2(meta, discs / float(np.median(discs)), seed), float(np.median(discs)) * 2.0)
        centres = _compact(_separate(centres, discs, 20.0), discs, 20.0)
    xy = np.zeros((len(nodes), 2))
    for k, comm in enumerate(comms):
        for row, i in enumerate(comm):
            xy[i] = centres[k] + local[k][row]
    labels = labels or {}
    label_px = np.array([_label_width(labels.get(v, "")) for v in nodes])
    xy = _label_adjust(xy, radius, label_px, LABEL_TOP)
    return {v: (round(float(xy[i, 0]), 1), round(float(xy[i, 1]), 1)) for i, v in enumerate(nodes)}


def _label_width(label: str) -> float:
    """About how wide a label is drawn at LABEL_PX (Arabic naskh: ~0.48 em a character), truncated as the page does."""
    return min(len(label), 40) * LABEL_PX * 0.48 + 8.0


def node_sizes(importance: list[float], low: float = _NODE_MIN, high: float = _NODE_MAX) -> np.ndarray:
    """Node radius: the square root of importance, between `low` and `high`."""
    w = np.asarray(importance, dtype=float)
    top = float(w.max()) if len(w) else 0.0
    if top <= 0:
        return np.full(len(w), low)
    return low + (high - low) * np.sqrt(w / top)


# ------------------------------------------------------------------------------------------ data

def rank(g: nx.MultiDiGraph) -> list[str]:
    """Actors by importance: statements made (untargeted ones too) + received, then the number of
    articles naming them, then Arabic label, then IRI."""
    def key(n: str) -> tuple:
        d = g.nodes[n]
        return (-(d["statements_made"] + d["statements_received"]), -d.get("documents", 0), d.get("label", ""), n)
    return sorted(g.nodes, key=key)


def view_data(statements: list[Statement], entities: dict[str, Entity], max_nodes: int = MAX_NODES) -> tuple[dict, dict]:
    """The JSON the page embeds, and the counts of what it draws initially (speaker -> target view,
    no filter): {"nodes": n, "edges": m}."""
    g = build_speaker_target_graph(statements, entities)
    ranked = rank(g)
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
    idx = {iri: i for i, iri in enumerate(node_ids)}
    importance = {n: float(g.nodes[n]["statements_made"] + g.nodes[n]["statements_received"]) for n in node_ids}

    st_edges: Counter = Counter()
    for st in kept_st:
        for t in st.targets:
            st_edges[(st.speaker, t)] += 1
    labels = {n: (entities[n].label if n in entities else g.nodes[n].get("label", "")) for n in node_ids}
    layouts = {"st": layout(node_ids, dict(st_edges), importance, labels)}
    pairs: dict[str, list] = {}
    for kind in ("congruence", "conflict"):
        links = congruence_links(kept_st, kind)
        members = [n for n in node_ids if any(n in p for p in links)] if links else []
        layouts[kind] = layout(members, {p: float(len(ts)) for p, ts in links.items()}, importance, labels)
        pairs[kind] = [[idx[a], idx[b], [[idx[t], [[sa, sb] for sa, sb in alts]] for t, alts in ts.items()]]
                       for (a, b), ts in sorted(links.items(), key=lambda kv: (idx[kv[0][0]], idx[kv[0][1]]))]

    docs: list[dict] = []
    doc_idx: dict[str, int] = {}
    for st in kept_st:
        if st.document not in doc_idx:
            doc_idx[st.document] = len(docs)
            docs.append({"id": st.document, "title": st.title, "iri": st.document_iri, "date": st.date})

    def label_of(iri: str) -> str:
        e = entities.get(iri)
        return e.label if e else iri.rsplit("/", 1)[-1]

    sizes = node_sizes([importance[n] for n in node_ids], _SCREEN_MIN, _SCREEN_MAX)
    nodes = []
    for i, iri in enumerate(node_ids):
        d = g.nodes[iri]
        e = entities.get(iri) or Entity(iri=iri, label=d.get("label", ""))
        nodes.append({
            "id": i, "iri": iri, "type": e.type if e.type in ENTITY_TYPES else "Entity",
            "label": e.label, "en": e.label_en, "wd": e.wikidata, "alt": e.alt_labels[:20], "roles": e.roles[:10],
            "made": d["statements_made"], "received": d["statements_received"], "docs": e.documents,
            "size": round(float(sizes[i]), 1),      # px at first sight
            "pos": {mode: list(layouts[mode][iri]) for mode in MODES if iri in layouts[mode]},
        })
    stmts = []
    for st in kept_st:
        stmts.append({
            "iri": st.iri, "s": idx[st.speaker], "t": [idx[t] for t in st.targets],
            "ts": [st.stance_towards(t) for t in st.targets],   # polarity towards each of "t"
            "via": [label_of(v) for v in st.via], "act": st.act, "stance": st.stance,
            "q": st.quote, "cue": st.cue, "qt": _QUOTE_TYPE.get(st.quote_type, ""), "d": doc_idx[st.document],
            "qs": st.quote_start, "qe": st.quote_end, "cs": st.cue_start, "ce": st.cue_end,
            "ss": st.speaker_start, "se": st.speaker_end,
        })
    edges = {(st.speaker, t, st.stance_towards(t)) for st in kept_st for t in st.targets}
    acts_present = sorted({st.act for st in kept_st},
                          key=lambda a: (SPEECH_ACTS.index(a) if a in SPEECH_ACTS else 99, a))
    types = list(ENTITY_TYPES) + (["Entity"] if any(n["type"] == "Entity" for n in nodes) else [])
    names = ontology_labels()
    wanted = {f"act_{a}" for a in acts_present} | set(STANCES) | set(types) | set(_QUOTE_TYPE.values())
    data = {
        "nodes": nodes, "statements": stmts, "documents": docs, "pairs": pairs,
        "acts": acts_present, "stances": list(STANCES), "types": types, "labels": {k: v for k, v in names.items() if k in wanted},
        "total": total, "kept": len(node_ids), "maxNodes": max_nodes, "truncated": truncated,
        "statementCount": len(statements),
    }
    return data, {"nodes": len(node_ids), "edges": len(edges)}


# ------------------------------------------------------------------------------------------ page

def _sha256(s: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(s.encode("utf-8")).digest()).decode() + "'"


def _static(name: str) -> str:
    return (STATIC / name).read_text(encoding="utf-8")


def render_html(data: dict, counts: dict) -> str:
    """The page: static/view.html with its slots filled (one pass, so filled text is never re-read)."""
    vis_js, vis_css = _vis_assets()
    app_js = _static("view.js")
    csp = ("default-src 'none'; script-src " + _sha256(vis_js) + " " + _sha256(app_js)
           + "; style-src 'unsafe-inline'; img-src data: blob:; font-src data:; connect-src 'none';"
           " base-uri 'none'; form-action 'none'; frame-src 'none'; object-src 'none'")
    slots = {
        "csp": csp,   # only quote-free characters: safe in the attribute as it is
        "nodes": str(int(counts["nodes"])), "edges": str(int(counts["edges"])),
        "truncated": "true" if data["truncated"] else "false",
        "vis_css": vis_css, "app_css": _static("view.css"),
        "data": json_for_script(data), "vis_js": vis_js, "app_js": app_js,
    }
    assert '"' not in csp and "<" not in csp
    return re.sub(r"\{\{(\w+)\}\}", lambda m: slots[m.group(1)], _static("view.html"))


def write_view(store: Any, out: Path, max_nodes: int = MAX_NODES) -> dict:
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
