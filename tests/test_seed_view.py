"""The HTML view of real builds in a real browser (Debian chromium through Playwright, network
closed): the seeds, the 24 dev texts when ../shared has them (read there, never copied), and the
same input built twice under different hash seeds."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import view_browser
from kgbuild import store as kgstore
from kgbuild.resources import query_files
from kgbuild.viz import MAX_NODES
from view_browser import check_legible, open_page, resize, settle

ROOT = Path(__file__).resolve().parent.parent
DEV_TEXTS = ROOT.parent / "shared" / "gold" / "dev" / "texts"
KG = "https://w3id.org/kgbuild/ontology#"
NETWORK_QUERY = """PREFIX kg: <https://w3id.org/kgbuild/ontology#>
SELECT (COUNT(DISTINCT ?n) AS ?nodes) WHERE {
  { ?s a kg:Statement ; kg:speaker ?n } UNION { ?s a kg:Statement ; kg:about ?n } }"""
# one edge per distinct (speaker, target, polarity towards that target): kg:targetStance, else the
# statement's kg:stance
EDGE_ROWS = """SELECT DISTINCT ?s ?sp ?t ?pol WHERE {
  ?s a kg:Statement ; kg:speaker ?sp ; kg:about ?t ; kg:stance ?stance . FILTER(?t != ?sp)
  OPTIONAL { ?s kg:targetStance ?ts . ?ts kg:towards ?t ; kg:polarity ?tpol }
  BIND(COALESCE(?tpol, ?stance) AS ?pol) }"""
EDGE_QUERY = f"PREFIX kg: <{KG}>\nSELECT (COUNT(*) AS ?edges) WHERE {{ SELECT DISTINCT ?sp ?t ?pol WHERE {{ {EDGE_ROWS} }} }}"


def _count(out: Path, q: str, var: str) -> int:
    return int(next(iter(kgstore.query(out, q)))[var].value)


@pytest.fixture(scope="module", autouse=True)
def _one_browser():
    yield
    view_browser.close()


@pytest.fixture(scope="module")
def page(seed_build: Path):
    with open_page(seed_build / "graph.html", 1600, 1000) as pg:
        yield pg
        assert pg.external == [], f"the page tried the network: {pg.external}"
        assert pg.errors == [], pg.errors


def _reset(pg) -> None:
    pg.click("#f-reset")
    settle(pg)


@pytest.mark.browser
def test_seed_view_draws_what_the_graph_holds(page, seed_build: Path) -> None:
    nodes, edges = page.evaluate("[kgView.nodes, kgView.edges]")
    assert nodes == _count(seed_build, NETWORK_QUERY, "nodes")
    assert edges == _count(seed_build, EDGE_QUERY, "edges")
    labels = [n["label"] for n in page.evaluate("kgView.nodeList()")]
    assert all(re.search("[\u0621-\u064a]", label) for label in labels)
    assert any("توكاييف" in label for label in labels)


@pytest.mark.browser
def test_seed_view_edges_carry_the_stance_towards_each_target(page, seed_build: Path) -> None:
    want = {(r["sp"].value, r["t"].value, r["pol"].value.removeprefix(KG))
            for r in kgstore.query(seed_build, f"PREFIX kg: <{KG}>\n" + EDGE_ROWS)}
    got = page.evaluate("""(() => {
      const iri = new Map(JSON.parse(document.getElementById('kg-data').textContent).nodes.map(n => [n.id, n.iri]));
      return kgView.edgeList().map(e => [iri.get(e.from), iri.get(e.to), e.stance]);
    })()""")
    assert {tuple(e) for e in got} == want


@pytest.mark.browser
def test_seed_view_first_picture_is_legible(seed_build: Path) -> None:
    """At 1600x1000, and at 1024x768 after a resize: at least min(25, nodes) labels >= 10 px tall,
    no two overlapping by more than a quarter of the smaller."""
    nodes = _count(seed_build, NETWORK_QUERY, "nodes")
    with open_page(seed_build / "graph.html", 1600, 1000) as pg:
        check_legible(pg, nodes)
        resize(pg, 1024, 768)
        check_legible(pg, nodes)
        assert pg.errors == [] and pg.external == []


@pytest.fixture(scope="module")
def dev_build(tmp_path_factory) -> Path:
    if not DEV_TEXTS.is_dir():
        pytest.skip(f"{DEV_TEXTS} is absent")
    from kgbuild.build import build
    out = tmp_path_factory.mktemp("dev_build")     # a temporary folder: nothing of the dev texts stays
    build([DEV_TEXTS], out)
    return out


@pytest.mark.browser
def test_dev_texts_first_picture_is_legible(dev_build: Path) -> None:
    nodes = _count(dev_build, NETWORK_QUERY, "nodes")
    shown = min(nodes, MAX_NODES)   # a larger network is drawn as its most important actors
    with open_page(dev_build / "graph.html", 1600, 1000) as pg:
        assert pg.evaluate("kgView.total") == nodes
        assert pg.evaluate("kgView.nodes") == shown
        assert pg.evaluate("kgView.truncated") == (nodes > shown)
        check_legible(pg, shown)
        resize(pg, 1024, 768)
        check_legible(pg, shown)
        assert pg.errors == [] and pg.external == []


# ---------------------------------------------------------------- the table is who_said_what.rq

def _who_said_what(out: Path) -> list[dict]:
    return [{k: (r[k].value if r[k] is not None else None) for k in ("statement", "act", "docId", "stance")}
            for r in kgstore.query(out, query_files()["who_said_what"].read_text(encoding="utf-8"))]


def _polarities(out: Path) -> dict[str, set[str]]:
    """statement -> the polarities it takes towards its targets (its kg:stance when it has none)."""
    pol: dict[str, set[str]] = {}
    for r in kgstore.query(out, f"PREFIX kg: <{KG}>\n" + EDGE_ROWS):
        pol.setdefault(r["s"].value, set()).add(r["pol"].value.removeprefix(KG))
    return pol


def _dates(out: Path) -> dict[str, str]:
    q = "PREFIX dcterms: <http://purl.org/dc/terms/>\nSELECT ?id ?date { ?d dcterms:identifier ?id ; dcterms:date ?date }"
    return {r["id"].value: r["date"].value[:10] for r in kgstore.query(out, q)}


@pytest.mark.browser
def test_table_shows_who_said_what_under_each_filter(page, seed_build: Path) -> None:
    rows = _who_said_what(seed_build)
    assert rows
    by_id = {r["statement"]: r for r in rows}
    assert len(by_id) == len(rows)

    def shown() -> list[str]:
        got = page.evaluate("kgView.rows()")
        assert len(got) == len(set(got))
        assert len(got) == int(page.evaluate("document.getElementById('kg-root').dataset.rows"))
        return got

    _reset(page)
    got = shown()
    assert set(got) == set(by_id)
    # document order, as the query sorts (docId, then the cue's offset)
    docs = [by_id[s]["docId"] for s in got]
    assert docs == sorted(docs)

    acts = sorted({r["act"] for r in rows})
    for act in acts:
        page.select_option("#f-act", act.removeprefix(KG + "act_"))
        settle(page)
        assert set(shown()) == {r["statement"] for r in rows if r["act"] == act}, act
    _reset(page)

    for doc in sorted({r["docId"] for r in rows}):
        index = page.evaluate("d => JSON.parse(document.getElementById('kg-data').textContent).documents.findIndex(x => x.id === d)", doc)
        page.select_option("#f-doc", str(index))
        settle(page)
        assert set(shown()) == {r["statement"] for r in rows if r["docId"] == doc}, doc
    _reset(page)

    pol = _polarities(seed_build)
    for keep in ("negative", "positive", "neutral"):
        for other in ("negative", "positive", "neutral"):
            if other != keep:
                page.uncheck(f"#f-stance-{other}")
        settle(page)
        want = {r["statement"] for r in rows
                if keep in pol.get(r["statement"], {(r["stance"] or "").removeprefix(KG)})}
        assert set(shown()) == want, keep
        _reset(page)

    dates = _dates(seed_build)
    if dates:
        day = sorted(dates.values())[0]
        page.fill("#f-from", day)
        page.fill("#f-to", day)
        page.uncheck("#f-undated")
        settle(page)
        assert set(shown()) == {r["statement"] for r in rows if dates.get(r["docId"]) == day}
        _reset(page)


@pytest.mark.browser
def test_seed_view_focus_on_the_top_speaker(page, seed_build: Path) -> None:
    _reset(page)
    top = page.evaluate("kgView.nodeList()[0]")          # the most important actor
    page.evaluate("id => kgView.focus(id)", top["id"])
    settle(page)
    q = f"""PREFIX kg: <{KG}>
SELECT (COUNT(DISTINCT ?n) AS ?nodes) WHERE {{
  {{ ?s a kg:Statement ; kg:speaker <{top['iri']}> ; kg:about ?n }} UNION {{ ?s a kg:Statement ; kg:about <{top['iri']}> ; kg:speaker ?n }}
  FILTER(?n != <{top['iri']}>) }}"""
    assert page.evaluate("kgView.nodes") == _count(seed_build, q, "nodes") + 1
    page.click("#f-back")
    settle(page)
    assert page.evaluate("kgView.nodes") == _count(seed_build, NETWORK_QUERY, "nodes")


# ---------------------------------------------------------------- same input, same bytes

def test_graph_html_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    """Issue 14 row 16: graph.html must not depend on PYTHONHASHSEED."""
    outs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "kgbuild.cli", "build", str(ROOT / "seeds"), "--out", str(out)],
                       check=True, env=env, capture_output=True, timeout=600)
        outs.append(out)
    a, b = ((o / "graph.html").read_bytes() for o in outs)
    assert a == b
