"""The stock SPARQL queries (queries/*.rq) on a small handmade graph, run the way the CLI runs them:
pyoxigraph with the default graph as the union of the per-article named graphs.

`sample_dataset()` is also used by tests/test_validate.py.
"""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kgbuild.namespace import KG, RES
from kgbuild.rdf import add_document, doc_iri, entity_iri
from kgbuild.records import DocumentRecord, EntityRecord, Role, StatementRecord
from kgbuild.resources import ontology_dir, queries_dir

QUERY_FILES = sorted(queries_dir().glob("*.rq"))
EXPECTED_QUERIES = {
    "who_said_what", "statements_about", "top_speakers", "reported_speech",
    "speaker_target_stance", "entities_per_document", "congruence", "conflict",
}

DOC_A = "001_test_a.txt"
DOC_B = "002_test_b.txt"

TEXT_A = ("حذر الرئيس الروسي فلاديمير بوتين أوكرانيا من «عواقب وخيمة»، بحسب وكالة تاس. "
          "وأدان الرئيس الأوكراني فولوديمير زيلينسكي ما وصفه بالعدوان الروسي على بلاده.")
TEXT_B = ("اتهم بوتين حلف الناتو بتأجيج الصراع. "
          "وأعلن المتظاهرون دعمهم لأوكرانيا، وفق رويترز. "
          "وقال الاتحاد الأوروبي إن روسيا تنتهك القانون الدولي.")

# entity keys
PUTIN, ZELENSKY, RUSSIA, UKRAINE = "Q7747", "Q3881739", "Q159", "Q212"
NATO, EU, TASS, REUTERS, PROTESTERS = "Q7184", "Q458", "org:وكالة تاس", "org:رويترز", "group:المتظاهرون"

ENTITIES = {  # key -> (type, canonical label, other forms, wikidata, english label)
    PUTIN: ("Person", "فلاديمير بوتين", {"بوتين"}, "Q7747", "Vladimir Putin"),
    ZELENSKY: ("Person", "فولوديمير زيلينسكي", set(), "Q3881739", None),
    RUSSIA: ("Place", "روسيا", set(), "Q159", "Russia"),
    UKRAINE: ("Place", "أوكرانيا", set(), "Q212", None),
    NATO: ("Organization", "حلف شمال الأطلسي", {"الناتو", "حلف الناتو"}, "Q7184", "NATO"),
    EU: ("Organization", "الاتحاد الأوروبي", set(), "Q458", None),
    TASS: ("Organization", "وكالة تاس", {"تاس"}, None, None),
    REUTERS: ("Organization", "رويترز", set(), None, None),
    PROTESTERS: ("Group", "المتظاهرون", set(), None, None),
}


def _span(text: str, sub: str, start: int = 0) -> tuple[int, int]:
    i = text.index(sub, start)
    return i, i + len(sub)


def _sentence(text: str, i: int) -> tuple[tuple[int, int], int]:
    """Span and index of the sentence (ended by '.') holding offset i."""
    bounds, start = [], 0
    for m in re.finditer(r"\.\s*", text):
        bounds.append((start, m.start() + 1))
        start = m.end()
    if start < len(text):
        bounds.append((start, len(text)))
    for n, (s, e) in enumerate(bounds):
        if s <= i < e:
            return (s, e), n
    raise ValueError(i)


def _entity(key: str) -> EntityRecord:
    type_, label, forms, qid, en = ENTITIES[key]
    return EntityRecord(key=key, type=type_, label=label, forms={label} | forms, wikidata=qid, label_en=en)


def _statement(text: str, speaker: str, cue: str, lemma: str, act: str, stance: str, quote: str,
               quote_type: str, speaker_text: str | None, about=(), via=()) -> StatementRecord:
    cue_span = _span(text, cue)
    sent_span, sent_index = _sentence(text, cue_span[0])
    return StatementRecord(
        speaker=speaker, cue=cue, cue_lemma=lemma, act=act, stance=stance, quote=quote,
        quote_type=quote_type, cue_span=cue_span, quote_span=_span(text, quote),
        speaker_span=_span(text, speaker_text) if speaker_text else None,
        sentence_span=sent_span, sentence_index=sent_index, about=list(about), via=list(via))


def sample_records() -> list[DocumentRecord]:
    a = DocumentRecord(doc_id=DOC_A, title="بوتين يحذر أوكرانيا", text=TEXT_A)
    for key in (PUTIN, ZELENSKY, RUSSIA, UKRAINE, TASS):
        a.entities[key] = _entity(key)
    a.entities[PUTIN].roles.append(Role("الرئيس", RUSSIA))
    a.statements = [
        _statement(TEXT_A, PUTIN, "حذر", "حذر", "warn", "negative", "عواقب وخيمة", "direct",
                   "فلاديمير بوتين", about=[UKRAINE], via=[TASS]),
        _statement(TEXT_A, ZELENSKY, "أدان", "أدان", "condemn", "negative",
                   "ما وصفه بالعدوان الروسي على بلاده", "indirect", "فولوديمير زيلينسكي", about=[RUSSIA]),
    ]
    b = DocumentRecord(doc_id=DOC_B, title="", text=TEXT_B)
    for key in (PUTIN, NATO, EU, RUSSIA, UKRAINE, REUTERS, PROTESTERS):
        b.entities[key] = _entity(key)
    b.statements = [
        _statement(TEXT_B, PUTIN, "اتهم", "اتهم", "accuse", "negative", "بتأجيج الصراع", "indirect",
                   "بوتين", about=[NATO]),
        _statement(TEXT_B, PROTESTERS, "أعلن", "أعلن", "support", "positive", "دعمهم لأوكرانيا", "indirect",
                   "المتظاهرون", about=[UKRAINE], via=[REUTERS]),
        _statement(TEXT_B, EU, "قال", "قال", "say", "negative", "روسيا تنتهك القانون الدولي", "indirect",
                   "الاتحاد الأوروبي", about=[RUSSIA]),
    ]
    return [a, b]


def sample_dataset() -> Dataset:
    ds = Dataset()
    for rec in sample_records():
        add_document(ds, rec)
    return ds


def iri(key: str) -> str:
    return str(entity_iri(key, ENTITIES[key][0]))


def _value(term):
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith("#integer"):
            return int(term.value)
        return term.value
    return term.value


@pytest.fixture(scope="module")
def store() -> ox.Store:
    st = ox.Store()
    st.load(sample_dataset().serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
    return st


def run(store: ox.Store, name: str, text: str | None = None, **subst) -> list[dict]:
    query = text if text is not None else (queries_dir() / f"{name}.rq").read_text(encoding="utf-8")
    kwargs = {}
    if subst:
        kwargs["substitutions"] = {ox.Variable(k): v for k, v in subst.items()}
    result = store.query(query, use_default_graph_as_union=True, **kwargs)
    names = [v.value for v in result.variables]
    return [{n: _value(row[n]) for n in names} for row in result]


# ---------------------------------------------------------------------------------------------


def test_query_folder_holds_the_stock_queries():
    assert EXPECTED_QUERIES <= {p.stem for p in QUERY_FILES}
    assert queries_dir().name == "queries" and ontology_dir().name == "ontology"


@pytest.mark.parametrize("path", QUERY_FILES, ids=[p.stem for p in QUERY_FILES])
def test_every_query_runs_and_is_documented(store, path: Path):
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines()
    assert lines and lines[0].startswith("# "), "a query starts with '# ' header comment lines"
    header = []
    for line in lines:
        if not line.startswith("#"):
            break
        header.append(line)
    assert any("returns:" in line for line in header), "the header names the variables returned"
    used = set(re.findall(r"\b([a-z][\w-]*):\w", re.sub(r"(?m)#.*$|<[^>]*>|\"[^\"]*\"", "", text)))
    declared = set(re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", text))
    assert used <= declared, f"undeclared prefixes {used - declared}"
    # works on the union default graph and gives at least one answer on the sample
    rows = run(store, path.stem, text)
    assert rows, f"{path.name} gave no answer on the sample graph"
    # every variable the header lists (the "returns:" line and its indented continuation lines)
    # is a result variable
    start = next(i for i, h in enumerate(header) if "returns:" in h)
    returned = [header[start].split("returns:", 1)[1]]
    returned += [h for h in header[start + 1:] if re.match(r"#\s{2,}\?", h)]
    listed = set(re.findall(r"\?(\w+)", " ".join(returned)))
    assert listed, "the returns: line lists variables"
    assert listed <= set(rows[0]), f"header lists {listed - set(rows[0])} that the query does not return"


def test_who_said_what(store):
    rows = run(store, "who_said_what")
    assert len(rows) == 5
    assert [r["docId"] for r in rows] == [DOC_A, DOC_A, DOC_B, DOC_B, DOC_B]
    first = rows[0]
    cue = _span(TEXT_A, "حذر")
    quote = _span(TEXT_A, "عواقب وخيمة")
    assert first["speakerLabel"] == "فلاديمير بوتين"
    assert first["speaker"] == iri(PUTIN)
    assert first["cue"] == "حذر" and first["cueLemma"] == "حذر"
    assert first["act"] == str(KG.act_warn)
    assert first["stance"] == str(KG.negative)
    assert first["quoteType"] == str(KG.DirectQuote)
    assert first["quote"] == "عواقب وخيمة"
    assert (first["cueStart"], first["cueEnd"]) == cue
    assert (first["quoteStart"], first["quoteEnd"]) == quote
    assert first["sentenceIndex"] == 0
    assert TEXT_A[first["quoteStart"]:first["quoteEnd"]] == first["quote"]
    eu = next(r for r in rows if r["speaker"] == iri(EU))
    assert eu["act"] == str(KG.act_say) and eu["sentenceIndex"] == 2
    assert TEXT_B[eu["cueStart"]:eu["cueEnd"]] == "قال"


def test_statements_about_default_label(store):
    rows = run(store, "statements_about")
    assert {r["speaker"] for r in rows} == {iri(ZELENSKY), iri(EU)}
    assert all(r["target"] == iri(RUSSIA) for r in rows)
    assert {r["docId"] for r in rows} == {DOC_A, DOC_B}
    assert len({r["statement"] for r in rows}) == 2


def test_statements_about_edited_label_matches_alt_labels(store):
    text = (queries_dir() / "statements_about.rq").read_text(encoding="utf-8")
    assert '"روسيا"' in text
    rows = run(store, "statements_about", text.replace('"روسيا"', '"الناتو"'))
    assert [(r["speakerLabel"], r["target"], r["stance"]) for r in rows] == [
        ("فلاديمير بوتين", iri(NATO), str(KG.negative))]


def test_statements_about_substituted_label(store):
    rows = run(store, "statements_about", targetLabel=ox.Literal("أوكرانيا"))
    assert {r["speaker"] for r in rows} == {iri(PUTIN), iri(PROTESTERS)}
    assert {r["targetLabel"] for r in rows} == {"أوكرانيا"}


def test_top_speakers(store):
    rows = run(store, "top_speakers")
    assert rows[0]["speaker"] == iri(PUTIN)
    assert rows[0]["speakerLabel"] == "فلاديمير بوتين"
    assert rows[0]["statements"] == 2 and rows[0]["documents"] == 2
    assert rows[0]["type"] == str(KG.Person)
    assert [r["statements"] for r in rows[1:]] == [1, 1, 1]
    assert {r["speaker"] for r in rows[1:]} == {iri(ZELENSKY), iri(EU), iri(PROTESTERS)}
    types = {r["speaker"]: r["type"] for r in rows}
    assert types[iri(PROTESTERS)] == str(KG.Group) and types[iri(EU)] == str(KG.Organization)


def test_reported_speech(store):
    rows = run(store, "reported_speech")
    got = {(r["speakerLabel"], r["viaLabel"], r["quote"], r["docId"]) for r in rows}
    assert got == {
        ("فلاديمير بوتين", "وكالة تاس", "عواقب وخيمة", DOC_A),
        ("المتظاهرون", "رويترز", "دعمهم لأوكرانيا", DOC_B),
    }


def test_speaker_target_stance(store):
    rows = run(store, "speaker_target_stance")
    got = {(r["speaker"], r["target"], r["stance"], r["statements"]) for r in rows}
    neg, pos = str(KG.negative), str(KG.positive)
    assert got == {
        (iri(PUTIN), iri(UKRAINE), neg, 1),
        (iri(PUTIN), iri(NATO), neg, 1),
        (iri(ZELENSKY), iri(RUSSIA), neg, 1),
        (iri(PROTESTERS), iri(UKRAINE), pos, 1),
        (iri(EU), iri(RUSSIA), neg, 1),
    }
    labels = {(r["speakerLabel"], r["targetLabel"]) for r in rows}
    assert ("فلاديمير بوتين", "حلف شمال الأطلسي") in labels


def test_entities_per_document(store):
    rows = run(store, "entities_per_document")
    got = {(r["docId"], r["type"].rsplit("#", 1)[1]): r["entities"] for r in rows}
    assert got == {
        (DOC_A, "Person"): 2, (DOC_A, "Place"): 2, (DOC_A, "Organization"): 1,
        (DOC_B, "Person"): 1, (DOC_B, "Place"): 2, (DOC_B, "Organization"): 3, (DOC_B, "Group"): 1,
    }


def test_entities_per_document_counts_subclasses_when_the_ontology_is_loaded():
    st = ox.Store()
    st.load(sample_dataset().serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
    st.load((ontology_dir() / "kgbuild.ttl").read_bytes(), format=ox.RdfFormat.TURTLE)
    # a subclass of kg:Organization declared in a separate graph, and an entity typed with it
    extra = f"""
        @prefix kg: <{KG._NS}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <urn:x:NewsAgency> rdfs:subClassOf kg:Organization .
        <urn:x:agency> a <urn:x:NewsAgency> ; kg:mentionedIn <{doc_iri(DOC_A)}> .
    """
    st.load(extra, format=ox.RdfFormat.TURTLE)
    rows = run(st, "entities_per_document")
    got = {(r["docId"], r["type"].rsplit("#", 1)[1]): r["entities"] for r in rows}
    assert got[(DOC_A, "Organization")] == 2
    assert got[(DOC_A, "Person")] == 2  # kg:Person rdfs:subClassOf kg:Agent does not leak across types


def test_congruence(store):
    rows = run(store, "congruence")
    got = {(frozenset((r["speakerA"], r["speakerB"])), r["target"], r["stance"]) for r in rows}
    assert got == {(frozenset((iri(ZELENSKY), iri(EU))), iri(RUSSIA), str(KG.negative))}
    assert all(r["speakerA"] < r["speakerB"] for r in rows)
    assert rows[0]["targetLabel"] == "روسيا"


def test_conflict(store):
    rows = run(store, "conflict")
    assert [(r["speakerA"], r["speakerB"], r["target"]) for r in rows] == [
        (iri(PROTESTERS), iri(PUTIN), iri(UKRAINE))]
    assert rows[0]["speakerALabel"] == "المتظاهرون" and rows[0]["speakerBLabel"] == "فلاديمير بوتين"


def test_union_default_graph_does_not_duplicate_rows(store):
    # Putin's triples are in both article graphs: aggregates and DISTINCT must not double them
    rows = run(store, "who_said_what")
    assert len({r["statement"] for r in rows}) == len(rows)
    assert str(RES) in rows[0]["statement"]


# -- the same answers on Oxigraph, rdflib and Virtuoso (issue 12) ------------------------------

PORTABLE = [p for p in QUERY_FILES if not p.name.endswith(".oxigraph.rq")]


def test_the_oxigraph_only_form_gives_the_same_rows(store):
    fast = (queries_dir() / "statements_about.oxigraph.rq").read_text(encoding="utf-8")
    assert "LATERAL" in fast and "LATERAL" not in (queries_dir() / "statements_about.rq").read_text(encoding="utf-8")
    assert run(store, "statements_about", fast) == run(store, "statements_about")
    for label in ("أوكرانيا", "الناتو", "لا أحد"):
        assert run(store, "statements_about", fast, targetLabel=ox.Literal(label)) == \
            run(store, "statements_about", targetLabel=ox.Literal(label))


def test_the_query_page_lists_both_forms():
    from kgbuild.serve import example_queries

    listed = {q["name"]: q for q in example_queries()}
    assert {p.name for p in QUERY_FILES} <= set(listed)
    assert "Oxigraph only" in listed["statements_about.oxigraph.rq"]["title"]
    assert listed["statements_about.rq"]["title"] != listed["statements_about.oxigraph.rq"]["title"]


@pytest.fixture(scope="module")
def seeds_everywhere(seed_build, virtuoso, tmp_path_factory):
    """The seeds' build in kgbuild's store, in an rdflib Dataset and in Virtuoso (its N-Quads)."""
    from rdflib import Dataset as RdflibDataset

    from kgbuild import store as S

    nq = S.export(seed_build, "nq", tmp_path_factory.mktemp("nq") / "graph.nq")
    ds = RdflibDataset(default_union=True)
    ds.parse(str(nq), format="nquads")
    virtuoso.clear()
    virtuoso.load(nq)
    yield seed_build, ds, virtuoso
    virtuoso.clear()


@pytest.mark.parametrize("path", PORTABLE, ids=[p.stem for p in PORTABLE])
def test_every_stock_query_answers_alike_on_oxigraph_rdflib_and_virtuoso(seeds_everywhere, path: Path):
    from triplestores import rdflib_rows, select_rows

    from kgbuild import store as S

    seed_build, ds, virtuoso = seeds_everywhere
    query = path.read_text(encoding="utf-8")
    oxigraph = select_rows(S.query(seed_build, query))  # as `kgbuild query` runs it
    assert oxigraph, f"{path.name}: no answer on the seeds"
    assert rdflib_rows(ds.query(query)) == oxigraph, f"{path.name}: rdflib answers otherwise"
    assert virtuoso.select(query)[1] == oxigraph, f"{path.name}: Virtuoso answers otherwise"
