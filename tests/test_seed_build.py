"""The seeds, built once: every stock query answers on them, IRIs are deterministic, the graph
validates, and the export meets the scorer's ontology contract."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgbuild import store as kgstore
from kgbuild.build import build
from kgbuild.resources import queries_dir
from kgbuild.text import normalize
from kgbuild.validate import validate_path

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
PREFIXES = """PREFIX kg: <https://w3id.org/kgbuild/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""


def rows(out: Path, name: str) -> list[dict[str, str]]:
    result = kgstore.query(out, (queries_dir() / f"{name}.rq").read_text(encoding="utf-8"))
    return [{v.value: (s[v].value if s[v] is not None else "") for v in result.variables} for s in result]


def ask(out: Path, body: str) -> bool:
    return bool(kgstore.query(out, PREFIXES + "ASK { " + body + " }"))


@pytest.fixture(scope="module")
def out(seed_build: Path) -> Path:
    return seed_build


def test_who_said_what_has_speakers_quotes_and_offsets(out: Path) -> None:
    answer = rows(out, "who_said_what")
    assert len(answer) >= 40
    text = (SEEDS / answer[0]["docId"]).read_text(encoding="utf-8")
    for row in answer:
        if row["docId"] == answer[0]["docId"] and row["cueLemma"]:
            assert normalize(text[int(row["cueStart"]):int(row["cueEnd"])]) == normalize(row["cue"])
            assert normalize(row["quote"]) == normalize(text[int(row["quoteStart"]):int(row["quoteEnd"])])
    assert all(row["speakerLabel"] and row["quote"] for row in answer)


def test_top_speakers_puts_the_president_first(out: Path) -> None:
    answer = rows(out, "top_speakers")
    assert "توكاييف" in answer[0]["speakerLabel"]
    assert int(answer[0]["statements"]) >= 8 and int(answer[0]["documents"]) >= 3


def test_statements_about_russia(out: Path) -> None:
    assert rows(out, "statements_about")
    assert rows(out, "statements_about.oxigraph") == rows(out, "statements_about")  # the faster Oxigraph form


def test_reported_speech_has_agencies(out: Path) -> None:
    answer = rows(out, "reported_speech")
    assert answer
    vias = " ".join(" ".join(r.values()) for r in answer)
    assert any(agency in vias for agency in ("تاس", "رويترز", "فرانس برس", "إنترفاكس", "نوفوستي"))


def test_speaker_target_stance_network(out: Path) -> None:
    answer = rows(out, "speaker_target_stance")
    assert len(answer) >= 20
    assert {r["stance"].rsplit("#", 1)[-1] for r in answer} >= {"neutral", "negative"}


def test_entities_per_document_covers_every_article(out: Path) -> None:
    answer = rows(out, "entities_per_document")
    assert {r["docId"] for r in answer} == {p.name for p in SEEDS.glob("*.txt")}


@pytest.mark.parametrize("name", ["congruence", "conflict"])
def test_actor_networks_run(out: Path, name: str) -> None:
    rows(out, name)  # may be empty on five articles; must run


def test_every_stock_query_is_tested_here() -> None:
    tested = {"who_said_what", "top_speakers", "statements_about", "statements_about.oxigraph", "reported_speech",
              "speaker_target_stance", "entities_per_document", "congruence", "conflict"}
    assert {p.stem for p in queries_dir().glob("*.rq")} == tested


def test_contract_holds_for_the_scorer(out: Path) -> None:
    assert ask(out, '?d a kg:Document ; dcterms:identifier "000_b1f33944bee6a34c.txt"')
    assert ask(out, "?e a kg:Person ; rdfs:label ?l ; kg:mentionedIn ?d . FILTER(lang(?l) = 'ar')")
    assert ask(out, "?s a kg:Statement ; kg:source ?d ; kg:speaker ?p ; kg:about ?t ; kg:quote ?q")
    assert ask(out, "?e skos:exactMatch ?w . FILTER(STRSTARTS(STR(?w), 'http://www.wikidata.org/entity/Q'))")
    assert ask(out, "?s kg:reportedVia ?agency")
    # one canonical Arabic label per entity across the corpus
    assert not ask(out, "?e rdfs:label ?a, ?b . FILTER(lang(?a) = 'ar' && lang(?b) = 'ar' && ?a != ?b)")


def test_the_graph_validates(out: Path) -> None:
    ok, report = validate_path(out / "graph.ttl")
    assert ok, report


def test_same_input_same_triples_and_iris(out: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    build([SEEDS], again, view=False)
    assert (again / "graph.ttl").read_bytes() == (out / "graph.ttl").read_bytes()


def test_export_loads_into_another_store(out: Path) -> None:
    st = ox.Store()
    st.bulk_load(path=str(out / "graph.ttl"), format=ox.RdfFormat.TURTLE)
    n = next(iter(st.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value
    assert int(n) == kgstore.triple_count(out)
