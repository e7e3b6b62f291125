"""The HTML view of the seeds in a real browser (Debian chromium through Playwright), network closed."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgbuild import store as kgstore

CHROMIUM = Path("/usr/bin/chromium")
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
NETWORK_QUERY = """PREFIX kg: <https://w3id.org/kgbuild/ontology#>
SELECT (COUNT(DISTINCT ?n) AS ?nodes) WHERE {
  { ?s a kg:Statement ; kg:speaker ?n } UNION { ?s a kg:Statement ; kg:about ?n } }"""
# one edge per distinct (speaker, target, polarity towards that target): kg:targetStance, else the
# statement's kg:stance
EDGE_ROWS = """SELECT DISTINCT ?sp ?t ?pol WHERE {
  ?s a kg:Statement ; kg:speaker ?sp ; kg:about ?t ; kg:stance ?stance . FILTER(?t != ?sp)
  OPTIONAL { ?s kg:targetStance ?ts . ?ts kg:towards ?t ; kg:polarity ?tpol }
  BIND(COALESCE(?tpol, ?stance) AS ?pol) }"""
EDGE_QUERY = """PREFIX kg: <https://w3id.org/kgbuild/ontology#>
SELECT (COUNT(*) AS ?edges) WHERE { """ + EDGE_ROWS + """ }"""


def _count(out: Path, q: str, var: str) -> int:
    return int(next(iter(kgstore.query(out, q)))[var].value)


@pytest.fixture(scope="module")
def page(seed_build: Path):
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is missing: browser tests need Debian's chromium")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROME_ARGS)
        ctx = browser.new_context(viewport={"width": 1500, "height": 950})
        pg = ctx.new_page()
        external: list[str] = []

        def route(r) -> None:
            if r.request.url.startswith(("file:", "data:")):
                r.continue_()
            else:
                external.append(r.request.url)
                r.abort()

        pg.route("**/*", route)
        pg.external = external
        pg.goto((seed_build / "graph.html").resolve().as_uri())
        pg.wait_for_function("window.kgView && window.kgView.nodes > 0")
        yield pg
        assert external == [], f"the page tried the network: {external}"
        ctx.close()
        browser.close()


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
    kg = "https://w3id.org/kgbuild/ontology#"
    want = {(r["sp"].value, r["t"].value, r["pol"].value.removeprefix(kg))
            for r in kgstore.query(seed_build, f"PREFIX kg: <{kg}>\n" + EDGE_ROWS)}
    got = page.evaluate("""(() => {
      const iri = new Map(JSON.parse(document.getElementById('kg-data').textContent).nodes.map(n => [n.id, n.iri]));
      return kgView.edgeList().map(e => [iri.get(e.from), iri.get(e.to), e.stance]);
    })()""")
    assert {tuple(e) for e in got} == want


@pytest.mark.browser
def test_seed_view_filters_change_what_is_shown(page) -> None:
    total = page.evaluate("kgView.edgeList().length")
    page.uncheck("#f-stance-neutral")
    page.uncheck("#f-stance-positive")
    negative = page.evaluate("kgView.edgeList().length")
    assert 0 < negative < total
    page.click("#f-reset")
    page.uncheck("#f-type-Place")
    assert page.evaluate("kgView.edgeList().length") < total
    page.click("#f-reset")
    assert page.evaluate("kgView.edgeList().length") == total


@pytest.mark.browser
def test_seed_view_hover_everything_runs_nothing(page) -> None:
    for nid in [n["id"] for n in page.evaluate("kgView.nodeList()")]:
        pt = page.evaluate("id => kgView.nodePoint(id)", nid)
        page.mouse.move(pt["x"], pt["y"])
        page.wait_for_timeout(30)
    for eid in [e["id"] for e in page.evaluate("kgView.edgeList()")]:
        pt = page.evaluate("id => kgView.edgePoint(id)", eid)
        page.mouse.move(pt["x"], pt["y"])
        page.wait_for_timeout(30)
    assert page.evaluate("document.scripts.length") == 3
    assert page.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
