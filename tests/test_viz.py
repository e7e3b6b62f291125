"""kgbuild.viz: the self-contained HTML view, its counts, and (in headless chromium) its behaviour with
article text that tries to inject markup and script."""
from __future__ import annotations

import base64
import csv
import hashlib
import io
import json
import re
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest

from kgbuild import network, viz
from kgbuild.build import document_nquads
from kgbuild.rdf import entity_iri
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord
import view_browser
from view_browser import check_legible, open_page, resize, settle

ROOT = Path(__file__).resolve().parent.parent

IMG = '<img src=x onerror="window.__pwned=1">'
SCRIPT = "<script>window.__pwned=1</script>"
BREAKOUT = '"</script><script>window.__pwned=1</script>'

PUTIN, UKR, USA, RUS, UN = "Q7747", "Q212", "Q30", "Q159", "Q1065"
BLINKEN, PROT, MFA = "person:أنتوني_بلينكن", "group:المتظاهرون", "organization:وزارة_الخارجية_الروسية"
AMAL, SAMI, BAD = "organization:الأمل", "person:سامي", "organization:منظمة_سيئة"
AMAL_LABEL = 'مؤسسة "الأمل" & شركاه'
SAMI_LABEL = "سامي " + IMG
BAD_LABEL = "منظمة " + SCRIPT
FORMULA = "=SUM(A1:A9) " + "@cmd"      # a quote a spreadsheet would run: the CSV must defuse it


def ent(key, type_, label, wd=None, en=None):
    return EntityRecord(key=key, type=type_, label=label, forms={label}, wikidata=wd, label_en=en)


def stmt(speaker, act, stance, quote, about=(), pos=0, cue="قال", ts=None):
    """`ts`: stance towards some targets (the others take `stance`)."""
    return StatementRecord(
        speaker=speaker, cue=cue, cue_lemma=cue, act=act, stance=stance, quote=quote, quote_type="direct",
        cue_span=(pos, pos + len(cue)), quote_span=(pos + 8, pos + 8 + len(quote)),
        speaker_span=(pos - 6, pos - 1) if pos >= 6 else None, sentence_span=(max(pos - 6, 0), pos + 9 + len(quote)),
        sentence_index=pos // 100, about=list(about), target_stance=dict(ts or {}))


def corpus() -> list[DocumentRecord]:
    a = DocumentRecord(doc_id="000_a.txt", title="أزمة أوكرانيا", text="x" * 1000, date="2022-01-05", entities={
        PUTIN: ent(PUTIN, "Person", "فلاديمير بوتين", "Q7747", "Vladimir Putin"),
        UKR: ent(UKR, "Place", "أوكرانيا", "Q212", "Ukraine"),
        USA: ent(USA, "Place", "الولايات المتحدة", "Q30", "United States"),
        RUS: ent(RUS, "Place", "روسيا", "Q159", "Russia"),
        UN: ent(UN, "Organization", "الأمم المتحدة", "Q1065", "United Nations"),
        BLINKEN: ent(BLINKEN, "Person", "أنتوني بلينكن", None, "Antony Blinken"),
        PROT: ent(PROT, "Group", "المتظاهرون"),
        MFA: ent(MFA, "Organization", "وزارة الخارجية الروسية"),
    }, statements=[
        stmt(PUTIN, "condemn", "negative", "ندين التصعيد", [UKR, USA], pos=10, cue="أدان"),
        stmt(BLINKEN, "praise", "positive", "نشيد بالجهود", [UKR, UN], pos=100, cue="أشاد"),
        stmt(BLINKEN, "condemn", "negative", "هذا عدوان", [RUS], pos=200, cue="أدان"),
        stmt(UN, "say", "neutral", "نتابع الوضع", [UKR], pos=300),
        # two targets, two polarities: a red edge to the US and a green one to Ukraine
        stmt(PROT, "condemn", "negative", "لا للحرب على أوكرانيا", [USA, UKR], pos=400, cue="أدان",
             ts={UKR: "positive"}),
        stmt(MFA, "say", "neutral", "لا تعليق", [], pos=500),          # no target: the speaker is still drawn
    ])
    evil = DocumentRecord(doc_id="001_evil.txt", title="<!-- عنوان --> " + SCRIPT, text="y" * 900, entities={
        PUTIN: ent(PUTIN, "Person", "بوتين", "Q7747", "Vladimir Putin"),
        UKR: ent(UKR, "Place", "أوكرانيا", "Q212", "Ukraine"),
        UN: ent(UN, "Organization", "الأمم المتحدة", "Q1065", "United Nations"),
        AMAL: ent(AMAL, "Organization", AMAL_LABEL, None, 'Al-Amal "Hope" & Co'),
        SAMI: ent(SAMI, "Person", SAMI_LABEL, None, IMG),
        BAD: ent(BAD, "Organization", BAD_LABEL),
    }, statements=[
        stmt(SAMI, "accuse", "negative", BREAKOUT + " اتهام", [AMAL, BAD], pos=20, cue="اتهم " + IMG),
        stmt(BAD, "warn", "negative", IMG + " <!-- تحذير", [SAMI], pos=120, cue="حذر"),
        stmt(AMAL, "praise", "positive", SCRIPT + ' & "نعم"', [UKR, UN], pos=220, cue="أشاد"),
        stmt(PUTIN, "condemn", "negative", "ندين مرة أخرى " + SCRIPT, [UKR], pos=320, cue="أدان"),
        stmt(BAD, "say", "neutral", FORMULA, [SAMI], pos=420),
    ])
    return [a, evil]


def make_store(docs) -> pyoxigraph.Store:
    """The records as a build writes them (kgbuild.build.document_nquads), in an in-memory store."""
    store = pyoxigraph.Store()
    store.load(b"".join(document_nquads(d) for d in docs), format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def iri(key: str, type_: str = "") -> str:
    return str(entity_iri(key, type_))


@pytest.fixture(scope="module")
def store():
    return make_store(corpus())


@pytest.fixture(scope="module")
def expected(store):
    """What the page must draw, from kgbuild.network (independent of the page's own JS)."""
    g = network.speaker_target_graph(store)
    grouped = {(u, v, d["stance"]) for u, v, d in g.edges(data=True)}
    return {
        "nodes": g.number_of_nodes(),
        "edges": len(grouped),
        "negative": sum(1 for *_, s in grouped if s == "negative"),
        "accuse": len({(u, v, d["stance"]) for u, v, d in g.edges(data=True) if d["act"] == "accuse"}),
        "congruence": network.actor_congruence_graph(store, "congruence"),
        "conflict": network.actor_congruence_graph(store, "conflict"),
        "graph": g,
    }


@pytest.fixture(scope="module")
def view(store, tmp_path_factory):
    out = tmp_path_factory.mktemp("view") / "view.html"
    counts = viz.write_view(store, out)
    return out, counts


def _embedded(html_text: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html_text, re.S)
    assert m, "no embedded JSON block"
    return json.loads(m.group(1))


# ---------------------------------------------------------------- static checks (no browser)

def test_counts_match_graph(view, expected):
    out, counts = view
    assert counts == {"nodes": expected["nodes"], "edges": expected["edges"]}
    assert counts == {"nodes": 11, "edges": 14}
    html_text = out.read_text(encoding="utf-8")
    assert f'data-nodes="{counts["nodes"]}"' in html_text and f'data-edges="{counts["edges"]}"' in html_text


def test_self_contained(view):
    html_text = view[0].read_text(encoding="utf-8")
    assert not re.search(r"""(?:src|href|action|data)\s*=\s*["']?\s*(?:https?:)?//""", html_text, re.I)
    assert not re.search(r"""url\(\s*["']?\s*(?:https?:)?//""", html_text, re.I)
    assert not re.search(r"@import", html_text)
    for cdn in ("cdn.", "cdnjs", "jsdelivr", "unpkg", "bootstrapcdn", "googleapis", "<link"):
        assert cdn not in html_text.lower(), cdn
    assert '<html lang="ar" dir="rtl">' in html_text and '<meta charset="utf-8">' in html_text
    assert "Content-Security-Policy" in html_text
    # exactly three script elements: the JSON data, vis-network, the page's code
    assert len(re.findall(r"^<script", html_text, re.M)) == 3 and html_text.count("</script>") == 3


def test_json_block_cannot_break_out(view, expected):
    html_text = view[0].read_text(encoding="utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html_text, re.S)
    raw = m.group(1)
    assert "<" not in raw and ">" not in raw and "&" not in raw
    assert "window.__pwned" not in html_text.replace(raw, "")   # the payloads live only in the escaped JSON
    data = json.loads(raw)
    labels = {n["label"] for n in data["nodes"]}
    assert {SAMI_LABEL, BAD_LABEL, AMAL_LABEL, "فلاديمير بوتين"} <= labels
    assert any(s["q"].startswith(BREAKOUT) for s in data["statements"])
    assert {d["title"] for d in data["documents"]} == {"أزمة أوكرانيا", "<!-- عنوان --> " + SCRIPT}


def test_per_target_stance_in_data(view, expected):
    data = _embedded(view[0].read_text(encoding="utf-8"))
    by_id = {n["id"]: n["iri"] for n in data["nodes"]}
    (prot,) = [s for s in data["statements"] if s["q"] == "لا للحرب على أوكرانيا"]
    assert prot["stance"] == "negative"
    assert dict(zip((by_id[t] for t in prot["t"]), prot["ts"])) == {iri(USA): "negative", iri(UKR): "positive"}
    for s in data["statements"]:
        assert len(s["ts"]) == len(s["t"])
    g = expected["graph"]
    grouped = {(u, v, d["stance"]) for u, v, d in g.edges(data=True)}
    assert {(iri(PROT, "Group"), iri(USA), "negative"), (iri(PROT, "Group"), iri(UKR), "positive")} <= grouped
    # Putin and the protesters: against the US both (congruence), opposed on Ukraine (conflict)
    pair = (iri(PUTIN), iri(PROT, "Group"))
    assert expected["congruence"].has_edge(*pair) and expected["conflict"].has_edge(*pair)
    assert expected["conflict"].edges[pair]["targets"] == "أوكرانيا"


def test_view_without_target_stances(store, tmp_path):
    """An older graph without kg:targetStance: every target takes the statement's kg:stance."""
    old = pyoxigraph.Store()
    old.extend(q for q in store if "targetStance" not in q.predicate.value and "/stance/" not in q.subject.value)
    counts = viz.write_view(old, tmp_path / "old.html")
    data = _embedded((tmp_path / "old.html").read_text(encoding="utf-8"))
    (prot,) = [s for s in data["statements"] if s["q"] == "لا للحرب على أوكرانيا"]
    assert prot["ts"] == ["negative", "negative"]
    assert counts == {"nodes": 11, "edges": 14}     # PROT -> Ukraine is now a red edge instead of a green one


def test_json_for_script_escapes():
    s = viz.json_for_script({"q": "</script><!-- & \u2028"})
    assert "<" not in s and ">" not in s and "&" not in s and "\u2028" not in s
    assert json.loads(s) == {"q": "</script><!-- & \u2028"}


def test_truncation(store, tmp_path, expected):
    counts = viz.write_view(store, tmp_path / "small.html", max_nodes=3)
    g = expected["graph"]
    # by importance: statements made + received, then articles, then Arabic label
    top = sorted(g.nodes, key=lambda n: (-(g.nodes[n]["statements_made"] + g.nodes[n]["statements_received"]),
                                         -g.nodes[n]["documents"], g.nodes[n]["label"], n))[:3]
    assert counts["nodes"] <= 3
    data = _embedded((tmp_path / "small.html").read_text(encoding="utf-8"))
    assert data["truncated"] is True and data["total"] == expected["nodes"]
    assert {n["iri"] for n in data["nodes"]} <= set(top)
    assert iri(UKR) in {n["iri"] for n in data["nodes"]}       # spoken about most
    assert 'data-truncated="true"' in (tmp_path / "small.html").read_text(encoding="utf-8")


def test_empty_store(tmp_path):
    counts = viz.write_view(pyoxigraph.Store(), tmp_path / "empty.html")
    assert counts == {"nodes": 0, "edges": 0}


# ---------------------------------------------------------------- browser

@pytest.fixture(scope="module", autouse=True)
def _one_browser():
    yield
    view_browser.close()


@pytest.fixture(scope="module")
def page(view):
    out, _ = view
    with open_page(out, 1500, 950) as pg:
        yield pg
        assert pg.external == [], f"external requests: {pg.external}"
        assert pg.dialogs == [], f"dialogs opened: {pg.dialogs}"
        assert pg.evaluate("window.__pwned") is None


def _reset(pg):
    pg.click("#f-reset")
    pg.evaluate("kgView.setMode('st')")
    settle(pg)


def _counts(pg):
    return pg.evaluate("[kgView.nodes, kgView.edges, +document.getElementById('kg-root').dataset.nodes,"
                       " +document.getElementById('kg-root').dataset.edges]")


@pytest.mark.browser
def test_page_loads_arabic_and_counts(page, expected):
    n, m, dn, de = _counts(page)
    assert (n, m) == (dn, de) == (expected["nodes"], expected["edges"])
    assert page.evaluate("document.documentElement.lang") == "ar"
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    nodes = page.evaluate("kgView.nodeList()")
    assert len(nodes) == expected["nodes"]
    assert all(re.search("[\u0621-\u064a]", x["label"]) for x in nodes)
    assert "فلاديمير بوتين" in {x["label"] for x in nodes}
    # vis really drew them: one canvas, positions for every node
    assert page.evaluate("Object.keys(kgView.network.getPositions()).length") == expected["nodes"]
    assert page.evaluate("document.querySelectorAll('#kg-graph canvas').length") == 1
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.errors == []


@pytest.mark.browser
def test_stance_act_article_type_filters(page, expected):
    _reset(page)
    page.uncheck("#f-stance-positive")
    page.uncheck("#f-stance-neutral")
    edges = page.evaluate("kgView.edgeList()")
    assert {e["stance"] for e in edges} == {"negative"} and len(edges) == expected["negative"]
    assert _counts(page)[1] == expected["negative"] < expected["edges"]
    _reset(page)
    page.select_option("#f-act", "accuse")
    edges = page.evaluate("kgView.edgeList()")
    assert len(edges) == expected["accuse"] and all(e["acts"] == ["accuse"] for e in edges)
    _reset(page)
    page.select_option("#f-doc", label=page.evaluate(
        "Array.from(document.querySelectorAll('#f-doc option')).find(o => o.textContent.startsWith('000_a.txt')).textContent"))
    n, m, *_ = _counts(page)
    assert n == 8 and m == 8          # the first article alone: 8 actors, 8 speaker-target-stance edges
    _reset(page)
    page.uncheck("#f-type-Place")
    assert "Place" not in {x["type"] for x in page.evaluate("kgView.nodeList()")}
    assert _counts(page)[0] < expected["nodes"]
    _reset(page)
    assert _counts(page)[:2] == [expected["nodes"], expected["edges"]]


def _edges_by_label(pg):
    label = {x["id"]: x["label"] for x in pg.evaluate("kgView.nodeList()")}
    return {(label[e["from"]], label[e["to"]], e["stance"]): e for e in pg.evaluate("kgView.edgeList()")}


@pytest.mark.browser
def test_one_statement_two_target_stances(page):
    _reset(page)
    edges = _edges_by_label(page)
    assert ("المتظاهرون", "الولايات المتحدة", "negative") in edges
    assert ("المتظاهرون", "أوكرانيا", "positive") in edges
    assert ("المتظاهرون", "أوكرانيا", "negative") not in edges
    # the stance filter is per target: positive only keeps the green edge of the mixed statement
    page.uncheck("#f-stance-negative")
    page.uncheck("#f-stance-neutral")
    edges = _edges_by_label(page)
    assert {k[2] for k in edges} == {"positive"}
    assert ("المتظاهرون", "أوكرانيا", "positive") in edges
    assert not any(k[:2] == ("المتظاهرون", "الولايات المتحدة") for k in edges)
    # the edge's panel: the green badge first, then the card listing each target with its own stance
    e = edges[("المتظاهرون", "أوكرانيا", "positive")]
    page.evaluate("id => kgView.showEdge(id)", e["id"])
    badges = page.evaluate("Array.from(document.querySelectorAll('#kg-panel-body .badge:not(.act)')).map(b => [b.className, b.textContent, b.title])")
    assert badges[0] == ["badge positive", "إيجابي", "positive"]      # Arabic name, English in the tooltip
    assert any(b[0] == "badge negative" for b in badges)         # towards the US, in the card's target line
    assert "لا للحرب على أوكرانيا" in _panel_text(page)
    _reset(page)


@pytest.mark.browser
def test_name_search(page, expected):
    _reset(page)
    page.fill("#f-search", "بوتين")
    page.press("#f-search", "Enter")
    putin = page.evaluate("kgView.nodeList().find(n => n.en === 'Vladimir Putin').id")
    edges = page.evaluate("kgView.edgeList()")
    assert edges and all(putin in (e["from"], e["to"]) for e in edges)
    labels = {x["label"] for x in page.evaluate("kgView.nodeList()")}
    assert labels == {"فلاديمير بوتين", "أوكرانيا", "الولايات المتحدة"}
    page.fill("#f-search", "Blinken")            # English label
    page.press("#f-search", "Enter")
    assert "أنتوني بلينكن" in {x["label"] for x in page.evaluate("kgView.nodeList()")}
    page.fill("#f-search", "الامم المتحده")      # folded alef / ta marbuta still match
    page.press("#f-search", "Enter")
    assert "الأمم المتحدة" in {x["label"] for x in page.evaluate("kgView.nodeList()")}
    page.fill("#f-search", "لا أحد بهذا الاسم")
    page.press("#f-search", "Enter")
    assert _counts(page)[:2] == [0, 0]
    _reset(page)


@pytest.mark.browser
@pytest.mark.parametrize("kind", ["congruence", "conflict"])
def test_actor_networks(page, expected, kind):
    _reset(page)
    page.check(f"#f-mode-{kind}")
    h = expected[kind]
    n, m, dn, de = _counts(page)
    assert (n, m) == (dn, de) == (h.number_of_nodes(), h.number_of_edges())
    by_label = {x["id"]: x["label"] for x in page.evaluate("kgView.nodeList()")}
    got = {frozenset((by_label[e["from"]], by_label[e["to"]])): e["weight"] for e in page.evaluate("kgView.edgeList()")}
    want = {frozenset((h.nodes[u]["label"], h.nodes[v]["label"])): d["weight"] for u, v, d in h.edges(data=True)}
    assert got == want
    _reset(page)


def _panel_text(pg):
    return pg.evaluate("document.getElementById('kg-panel-body').textContent")


def _until(pg, js: str, what: str, timeout: float = 15.0) -> None:
    """Poll `js` from the test's side (the page's CSP forbids wait_for_function's eval) until it is
    true: a state to wait for, where a fixed wait would be too short on a loaded machine."""
    deadline = time.monotonic() + timeout
    while not pg.evaluate(js):
        assert time.monotonic() < deadline, f"not within {timeout} s: {what}"
        pg.wait_for_timeout(20)


def _tip_shown(kind: str) -> str:
    return f"(t => !t.hidden && t.dataset.kind === '{kind}')(document.getElementById('kg-tip'))"


@pytest.mark.browser
@pytest.mark.parametrize("mode", ["st", "congruence", "conflict"])
def test_hover_and_click_everything(page, mode):
    _reset(page)
    page.evaluate(f"kgView.setMode('{mode}')")
    node_ids = [x["id"] for x in page.evaluate("kgView.nodeList()")]
    edge_ids = [x["id"] for x in page.evaluate("kgView.edgeList()")]
    assert node_ids and edge_ids
    for nid in node_ids:
        pt = page.evaluate("id => kgView.nodePoint(id)", nid)
        page.mouse.move(pt["x"], pt["y"])
        _until(page, _tip_shown("node"), f"the tooltip of node {nid}")   # the vis tooltip opens
        page.mouse.click(pt["x"], pt["y"])
        assert page.evaluate("document.getElementById('kg-root').dataset.panel") == f"node:{nid}"
    clicked = 0
    for eid in edge_ids:
        pt = page.evaluate("id => kgView.edgePoint(id)", eid)
        page.mouse.move(pt["x"], pt["y"])
        _until(page, _tip_shown("edge"), f"the tooltip of edge {eid}")
        page.mouse.click(pt["x"], pt["y"])
        clicked += page.evaluate("document.getElementById('kg-root').dataset.panel") == f"edge:{eid}"
        page.evaluate("id => kgView.showEdge(id)", eid)   # whatever the click hit, render every edge's panel too
    assert clicked == len(edge_ids), "every edge midpoint should be clickable"
    assert page.evaluate("window.__pwned") is None
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.dialogs == [] and page.external == []


@pytest.mark.browser
def test_payloads_render_as_text(page):
    _reset(page)
    sami = page.evaluate("kgView.nodeList().find(n => n.label.startsWith('سامي')).id")
    page.evaluate("id => kgView.showNode(id)", sami)
    text = _panel_text(page)
    assert SAMI_LABEL in text and BREAKOUT in text and "منظمة " + SCRIPT in text
    assert "<!-- عنوان --> " + SCRIPT in text            # the article title, as text
    amal = page.evaluate("kgView.nodeList().find(n => n.label.startsWith('مؤسسة')).id")
    page.evaluate("id => kgView.showNode(id)", amal)
    assert AMAL_LABEL in _panel_text(page) and 'Al-Amal "Hope" & Co' in _panel_text(page)
    # the tooltip is built from text nodes too
    pt = page.evaluate("id => kgView.nodePoint(id)", sami)
    page.mouse.move(pt["x"] + 1, pt["y"] + 1)
    page.wait_for_selector("#kg-tip", state="visible", timeout=3000)
    assert SAMI_LABEL in page.inner_text("#kg-tip")
    assert page.evaluate("document.querySelectorAll('img').length") == 0
    assert page.evaluate("window.__pwned") is None
    assert page.errors == []


# ---------------------------------------------------------------- page files, ontology names

def test_page_code_lives_in_package_files(view):
    """HTML, CSS and JS are files a linter sees; the page carries them verbatim, and the CSP hashes
    are those of the two scripts' contents."""
    html_text = view[0].read_text(encoding="utf-8")
    static = Path(viz.__file__).parent / "static"
    app_js = (static / "view.js").read_text(encoding="utf-8")
    vis_js, _ = viz._vis_assets()
    assert f"<script>{app_js}</script>" in html_text and f"<script>{vis_js}</script>" in html_text
    assert (static / "view.css").read_text(encoding="utf-8") in html_text
    for js in (app_js, vis_js):
        digest = base64.b64encode(hashlib.sha256(js.encode("utf-8")).digest()).decode()
        assert f"'sha256-{digest}'" in html_text
    # Python only fills data: no markup in its strings (docstrings aside)
    import ast

    tree = ast.parse(Path(viz.__file__).read_text(encoding="utf-8"))
    docs = {id(n.body[0].value) for n in ast.walk(tree) if isinstance(n, (ast.Module, ast.FunctionDef)) and ast.get_docstring(n)}
    strings = [n.value for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]
    assert not [x for x in strings if re.search(r"<(div|span|style|script|section|header|html)\b", x)]
    assert "innerHTML" not in app_js and "insertAdjacentHTML" not in app_js and "eval(" not in app_js


def test_act_and_stance_names_come_from_the_ontology(view):
    import rdflib

    onto = rdflib.Graph().parse(ROOT / "ontology" / "kgbuild.ttl")
    skos = rdflib.Namespace("http://www.w3.org/2004/02/skos/core#")
    kg = rdflib.Namespace(network.KG_IRI)
    data = _embedded(view[0].read_text(encoding="utf-8"))
    assert data["acts"]
    for key in [f"act_{a}" for a in data["acts"]] + data["stances"]:
        want = {lit.language: str(lit) for lit in onto.objects(kg[key], skos.prefLabel)}
        assert data["labels"][key] == {"ar": want["ar"], "en": want["en"]}


def test_pairs_are_the_ones_network_computes(store, view, expected):
    """The page gets the congruence/conflict links from kgbuild.network (one computation)."""
    data = _embedded(view[0].read_text(encoding="utf-8"))
    iri_of = {n["id"]: n["iri"] for n in data["nodes"]}
    for kind in ("congruence", "conflict"):
        got = {frozenset((iri_of[a], iri_of[b])): {iri_of[t] for t, _ in links} for a, b, links in data["pairs"][kind]}
        h = expected[kind]
        want = {frozenset((u, v)): set(d["target_iris"].split()) for u, v, d in h.edges(data=True)}
        assert got == want


# ---------------------------------------------------------------- browser: search, table, focus, time

def _labels(pg):
    return {x["label"] for x in pg.evaluate("kgView.nodeList()")}


def _search(pg, text):
    pg.fill("#f-search", text)
    pg.press("#f-search", "Enter")
    settle(pg)


@pytest.mark.browser
@pytest.mark.parametrize("query, label", [
    ("بلينكم", "أنتوني بلينكن"),                 # one letter changed
    ("بلينكين", "أنتوني بلينكن"),                # one letter added
    ("فلاديمر", "فلاديمير بوتين"),              # one letter dropped
    ("أَنْتُونِي بْلِينْكِن", "أنتوني بلينكن"),   # with diacritics
    ("بوتـــين", "فلاديمير بوتين"),              # tatweel
    ("الامم المتحده", "الأمم المتحدة"),          # hamza and taa marbuta folded
    ("إنتوني", "أنتوني بلينكن"),                 # another alef form
])
def test_search_finds_close_spellings(page, query, label):
    _reset(page)
    _search(page, query)
    assert label in _labels(page)
    # the panel lists the hits, the table shows their statements only
    assert page.evaluate("document.getElementById('kg-root').dataset.panel") == "search"
    assert label in page.evaluate("document.getElementById('kg-panel-body').textContent")
    _reset(page)


@pytest.mark.browser
def test_search_does_not_find_everything(page):
    _reset(page)
    _search(page, "بلي")                 # a prefix finds Blinken, not the others
    assert _labels(page) >= {"أنتوني بلينكن"}
    hits = page.evaluate("JSON.parse(document.getElementById('kg-data').textContent).nodes.length")
    assert len(_labels(page)) < hits
    _reset(page)


def _table_cells(pg):
    return pg.evaluate("Array.from(document.querySelectorAll('#kg-table-body tr')).map(tr => Array.from(tr.cells).map(td => td.textContent))")


def _defused(cell: str) -> str:
    return "'" + cell if cell[:1] in ("=", "+", "-", "@", "\t", "\r") else cell


@pytest.mark.browser
def test_csv_export_is_what_the_table_shows(page):
    _reset(page)
    for setup in ("", "#f-stance-neutral", "#f-stance-positive"):
        if setup:
            page.uncheck(setup)
            settle(page)
        shown = _table_cells(page)
        assert shown and len(shown) == page.evaluate("kgView.rows().length")
        rows = list(csv.reader(io.StringIO(page.evaluate("kgView.csv()").lstrip("\ufeff"))))
        assert rows[0] == ["speaker", "act", "targets", "stance per target", "quote", "article", "date"]
        assert rows[1:] == [[_defused(c) for c in r] for r in shown]
    _reset(page)
    # the formula quote is shown as it is, and written defused
    rows = list(csv.reader(io.StringIO(page.evaluate("kgView.csv()").lstrip("\ufeff"))))
    assert FORMULA in [r[4] for r in _table_cells(page)]
    assert "'" + FORMULA in [r[4] for r in rows] and FORMULA not in [r[4] for r in rows]
    # the button downloads the same bytes
    with page.expect_download() as dl:
        page.click("#t-csv")
    got = Path(dl.value.path()).read_bytes().decode("utf-8")
    assert got == page.evaluate("kgView.csv()")
    # sorting and the table's own filter change what is shown, and the CSV follows
    page.click("#kg-table-head th[data-key=speaker] button")
    unfiltered = page.evaluate("kgView.rows().length")
    page.fill("#t-search", "أوكرانيا")
    # the search applies after a debounce: wait until the table shows only matching rows
    _until(page, "(rows => rows.length > 0 && rows.every(tr => tr.textContent.includes('أوكرانيا')))"
                 "(Array.from(document.querySelectorAll('#kg-table-body tr')))", "the table search applied")
    shown = _table_cells(page)
    rows = list(csv.reader(io.StringIO(page.evaluate("kgView.csv()").lstrip("\ufeff"))))
    assert rows[1:] == [[_defused(c) for c in r] for r in shown] and shown
    assert all("أوكرانيا" in " ".join(r) for r in shown)
    page.fill("#t-search", "")
    _until(page, f"kgView.rows().length === {unfiltered}", "the table search cleared")
    _reset(page)


@pytest.mark.browser
def test_clicks_narrow_the_table_and_rows_show_their_edge(page, expected):
    _reset(page)
    all_rows = page.evaluate("kgView.rows()")
    assert len(all_rows) == len(network.read_statements(make_store(corpus())))
    putin = page.evaluate("kgView.nodeList().find(n => n.en === 'Vladimir Putin').id")
    pt = page.evaluate("id => kgView.nodePoint(id)", putin)
    page.mouse.click(pt["x"], pt["y"])
    rows = page.evaluate("kgView.rows()")
    g = expected["graph"]
    want = {d["statement"] for u, v, d in g.edges(data=True) if iri(PUTIN) in (u, v)}
    assert set(rows) == want
    assert "فلاديمير بوتين" in page.inner_text("#kg-table-scope")
    # an edge: its statements
    edge = next(e for e in page.evaluate("kgView.edgeList()") if e["count"] == 1)
    page.evaluate("id => kgView.showEdge(id)", edge["id"])
    assert len(page.evaluate("kgView.rows()")) == 1
    page.click("#t-unselect")
    assert page.evaluate("kgView.rows()") == all_rows
    # a row: its edge is selected in the network, the panel shows the statement
    page.click("#kg-table-body tr:nth-child(1) td.q")
    first = page.evaluate("kgView.rows()[0]")
    sel = page.evaluate("kgView.network.getSelectedEdges()")
    want_edges = {e["id"] for e in page.evaluate("kgView.edgeList()")
                  if first in page.evaluate("id => kgView.edgeStatements(id)", e["id"])}
    assert set(sel) == want_edges and sel
    assert page.evaluate("document.getElementById('kg-root').dataset.panel").startswith("statement:")
    assert page.evaluate("kgView.rows()") == all_rows          # a row click does not narrow the table
    _reset(page)


@pytest.mark.browser
def test_panel_never_keeps_a_stale_selection(page):
    _reset(page)
    putin = page.evaluate("kgView.nodeList().find(n => n.en === 'Vladimir Putin').id")
    page.evaluate("id => kgView.showNode(id)", putin)
    assert page.evaluate("document.getElementById('kg-root').dataset.panel") == f"node:{putin}"
    page.evaluate("kgView.setMode('conflict')")
    assert page.evaluate("document.getElementById('kg-root').dataset.panel") == "overview"
    assert page.evaluate("kgView.state().sel") is None
    assert len(page.evaluate("kgView.rows()")) < len(network.read_statements(make_store(corpus())))
    edge = page.evaluate("kgView.edgeList()[0].id")
    page.evaluate("id => kgView.showEdge(id)", edge)
    _search(page, "بلينكن")
    assert page.evaluate("document.getElementById('kg-root').dataset.panel") == "search"
    assert page.evaluate("kgView.state().sel") is None
    _reset(page)
    page.evaluate("id => kgView.showNode(id)", putin)
    page.select_option("#f-act", "praise")           # Putin praises nothing and nobody praises him
    settle(page)
    assert page.evaluate("document.getElementById('kg-root').dataset.panel") == "overview"
    _reset(page)


@pytest.mark.browser
def test_focus_shows_the_ego_network_and_comes_back(page, expected):
    _reset(page)
    total = page.evaluate("[kgView.nodes, kgView.edges]")
    ukr = page.evaluate("kgView.nodeList().find(n => n.en === 'Ukraine').id")
    page.evaluate("id => kgView.showNode(id)", ukr)
    page.click("#p-focus")
    settle(page)
    g = expected["graph"]
    speakers = {u for u, v in g.edges() if v == iri(UKR)} | {v for u, v in g.edges() if u == iri(UKR)}
    iris = {n["iri"] for n in page.evaluate("kgView.nodeList()")}
    assert iris == speakers | {iri(UKR)}
    assert all(ukr in (e["from"], e["to"]) for e in page.evaluate("kgView.edgeList()"))
    assert page.evaluate("document.getElementById('kg-root').dataset.focus") == str(ukr)
    # Arabic act names on the edges (few edges: labels shown), English in the tooltip
    labels = page.evaluate("Object.values(kgView.network.body.edges).map(e => e.options.label).filter(Boolean)")
    assert labels and all(re.search("[\u0621-\u064a]", x) for x in labels)
    assert set(page.evaluate("kgView.rows()")) == {d["statement"] for u, v, d in g.edges(data=True) if iri(UKR) in (u, v)}
    page.click("#f-back")
    settle(page)
    assert page.evaluate("[kgView.nodes, kgView.edges]") == total
    assert page.evaluate("document.getElementById('kg-root').dataset.focus") == ""
    _reset(page)


@pytest.mark.browser
def test_time_filter_and_chart(page):
    _reset(page)
    assert page.evaluate("document.querySelectorAll('#kg-chart rect').length") >= 1
    page.fill("#f-from", "2022-01-05")
    page.fill("#f-to", "2022-01-05")
    page.uncheck("#f-undated")
    settle(page)
    docs = {r[5] for r in _table_cells(page)}
    assert docs == {"000_a.txt"}                      # the dated article only
    in_a = {st.iri for st in network.read_statements(make_store(corpus())) if st.document == "000_a.txt"}
    assert set(page.evaluate("kgView.rows()")) == in_a
    page.check("#f-undated")
    settle(page)
    assert {r[5] for r in _table_cells(page)} == {"000_a.txt", "001_evil.txt"}
    page.fill("#f-from", "2022-02-01")
    page.fill("#f-to", "")
    page.uncheck("#f-undated")
    settle(page)
    assert page.evaluate("kgView.rows().length") == 0 and page.evaluate("kgView.nodes") == 0
    _reset(page)


# ---------------------------------------------------------------- browser: a first picture you can read

@pytest.fixture(scope="module")
def generated_view(tmp_path_factory):
    """A generated network the size of a 24-article build (bench/network_gen.py, 230 actors)."""
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        import network_gen
    finally:
        sys.path.remove(str(ROOT / "bench"))
    s = pyoxigraph.Store()
    s.load(network_gen.nquads(230, seed=3), format=pyoxigraph.RdfFormat.N_QUADS)
    out = tmp_path_factory.mktemp("generated") / "graph.html"
    counts = viz.write_view(s, out)
    assert counts["nodes"] >= 200
    return out, counts


@pytest.mark.browser
def test_generated_network_is_legible(generated_view):
    out, counts = generated_view
    with open_page(out, 1600, 1000) as pg:
        check_legible(pg, counts["nodes"])
        resize(pg, 1024, 768)
        check_legible(pg, counts["nodes"])
        assert pg.errors == [] and pg.external == []
