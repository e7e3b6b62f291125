"""SHACL validation (kgbuild.validate with ontology/shapes.ttl) of the handmade sample graph of
tests/test_queries.py, as is and broken in the ways an extractor can break it."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kgbuild.namespace import KG, RES

XSD_INTEGER = URIRef("http://www.w3.org/2001/XMLSchema#integer")
from kgbuild.resources import ontology_dir
from kgbuild.validate import read_graph, union_graph, validate_graph, validate_path

_spec = importlib.util.spec_from_file_location("kg_query_sample", Path(__file__).with_name("test_queries.py"))
sample = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(sample)


def union() -> Graph:
    return union_graph(sample.sample_dataset())


def statements(g: Graph) -> list[URIRef]:
    return sorted(g.subjects(RDF.type, KG.Statement))


def statement_of(g: Graph, speaker_key: str) -> URIRef:
    return next(s for s in statements(g) if g.value(s, KG.speaker) == URIRef(sample.iri(speaker_key)))


def assert_violation(g: Graph, *words: str) -> str:
    ok, text = validate_graph(g)
    assert not ok, "the broken graph should not conform"
    assert "Severity: sh:Violation" in text
    for w in words:
        assert w in text, f"{w!r} not in the report:\n{text}"
    return text


# ---------------------------------------------------------------------------------------------


def test_shapes_file_parses():
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    sh = "http://www.w3.org/ns/shacl#"
    assert len(set(shapes.subjects(RDF.type, URIRef(sh + "NodeShape")))) >= 5


def test_sample_conforms():
    ok, text = validate_graph(union())
    assert ok, text
    assert "Conforms: True" in text


def test_dataset_is_validated_as_union():
    ds = sample.sample_dataset()
    assert isinstance(ds, Dataset)
    ok, text = validate_graph(ds)
    assert ok, text


def test_statement_without_speaker():
    g = union()
    s = statement_of(g, sample.EU)
    g.remove((s, KG.speaker, None))
    text = assert_violation(g, "kg:speaker", str(s))
    assert "exactly one kg:speaker" in text


def test_stance_outside_the_scheme():
    g = union()
    s = statement_of(g, sample.ZELENSKY)
    g.set((s, KG.stance, URIRef(str(KG._NS) + "angry")))
    assert_violation(g, "kg:stance", "kg:StanceScheme")


def test_speech_act_outside_the_scheme():
    g = union()
    s = statement_of(g, sample.ZELENSKY)
    g.set((s, KG.speechAct, KG.positive))  # a concept, but of the stance scheme
    assert_violation(g, "kg:speechAct", "kg:SpeechActScheme")


def test_two_speakers_and_a_speaker_that_is_a_document():
    g = union()
    s = statement_of(g, sample.EU)
    g.add((s, KG.speaker, URIRef(sample.iri(sample.RUSSIA))))
    assert_violation(g, "kg:speaker", "MaxCount")
    g = union()
    s = statement_of(g, sample.EU)
    g.set((s, KG.speaker, g.value(s, KG.source)))
    assert_violation(g, "kg:speaker")


def test_missing_source_and_quote():
    g = union()
    s = statement_of(g, sample.PUTIN)
    g.remove((s, KG.source, None))
    g.remove((s, KG.quote, None))
    assert_violation(g, "kg:source", "kg:quote")


def test_empty_quote():
    g = union()
    s = statement_of(g, sample.PUTIN)
    g.set((s, KG.quote, Literal("", lang="ar")))
    assert_violation(g, "kg:quote", "MinLength")


def test_cue_start_after_cue_end_and_negative_offset():
    g = union()
    s = statement_of(g, sample.PROTESTERS)
    end = g.value(s, KG.cueEnd).toPython()
    g.set((s, KG.cueStart, Literal(end + 5, datatype=XSD_INTEGER)))
    assert_violation(g, "kg:cueStart", "LessThanOrEquals")
    g = union()
    s = statement_of(g, sample.PROTESTERS)
    g.set((s, KG.quoteStart, Literal(-1, datatype=XSD_INTEGER)))
    assert_violation(g, "kg:quoteStart", "MinInclusive")


def test_offset_as_string_is_not_an_integer():
    g = union()
    s = statement_of(g, sample.PROTESTERS)
    g.set((s, KG.cueEnd, Literal(str(g.value(s, KG.cueEnd)))))
    assert_violation(g, "kg:cueEnd", "Datatype")


def test_offset_beyond_the_document_text():
    g = union()
    s = statement_of(g, sample.EU)
    n = g.value(g.value(s, KG.source), KG.charCount).toPython()
    g.set((s, KG.quoteEnd, Literal(n + 10, datatype=XSD_INTEGER)))
    assert_violation(g, "beyond the kg:charCount", str(s), "kg:quoteEnd")


def test_about_must_be_an_iri_and_not_the_speaker():
    g = union()
    s = statement_of(g, sample.EU)
    g.add((s, KG.about, Literal("روسيا", lang="ar")))
    assert_violation(g, "kg:about")
    g = union()
    s = statement_of(g, sample.EU)
    g.add((s, KG.about, g.value(s, KG.speaker)))
    assert_violation(g, "kg:speaker", "Disjoint")


def test_reported_via_must_be_an_iri():
    g = union()
    s = statement_of(g, sample.PUTIN)
    g.add((s, KG.reportedVia, Literal("وكالة تاس", lang="ar")))
    assert_violation(g, "kg:reportedVia")


def test_document_identifier_exactly_one():
    g = union()
    d = next(g.subjects(RDF.type, KG.Document))
    g.add((d, URIRef("http://purl.org/dc/terms/identifier"), Literal("other.txt")))
    assert_violation(g, "dcterms:identifier")
    g = union()
    g.remove((d, URIRef("http://purl.org/dc/terms/identifier"), None))
    assert_violation(g, "dcterms:identifier")


def test_entity_needs_one_arabic_label_and_a_document():
    g = union()
    e = URIRef(sample.iri(sample.RUSSIA))
    g.add((e, RDFS.label, Literal("روسيا الاتحادية", lang="ar")))  # a second canonical name
    assert_violation(g, "rdfs:label", str(e))
    g = union()
    g.remove((e, RDFS.label, None))
    assert_violation(g, "rdfs:label", str(e))
    g = union()
    g.remove((e, KG.mentionedIn, None))
    assert_violation(g, "kg:mentionedIn", str(e))


def test_entity_typed_by_a_subclass_is_checked():
    """With the ontology and RDFS inference, an instance of a subclass of kg:Organization is an entity."""
    g = union()
    agency = RES["entity/organization/x"]
    g.add((URIRef("urn:x:NewsAgency"), RDFS.subClassOf, KG.Organization))
    g.add((agency, RDF.type, URIRef("urn:x:NewsAgency")))
    g.add((agency, RDFS.label, Literal("وكالة", lang="ar")))
    ok, text = validate_graph(g)
    assert not ok and "kg:mentionedIn" in text and str(agency) in text
    s = statement_of(g, sample.EU)
    g.add((agency, KG.mentionedIn, g.value(s, KG.source)))
    g.add((s, KG.reportedVia, agency))
    ok, text = validate_graph(g)
    assert ok, text


def test_speaker_unknown_entity():
    g = union()
    s = statement_of(g, sample.EU)
    g.set((s, KG.speaker, RES["entity/person/nobody"]))
    # not typed, so not one of the four classes; (by the range of kg:speaker) an entity without label
    assert_violation(g, "kg:speaker", "rdfs:label", "kg:mentionedIn")


def test_double_typed_entity_is_a_warning_only():
    g = union()
    e = URIRef(sample.iri(sample.EU))
    g.add((e, RDF.type, KG.Place))
    ok, text = validate_graph(g)
    assert ok, text
    assert "Severity: sh:Warning" in text and str(e) in text


def test_cue_outside_its_sentence_is_a_warning_only():
    g = union()
    s = statement_of(g, sample.EU)
    g.set((s, KG.sentenceStart, Literal(g.value(s, KG.cueStart).toPython() + 1, datatype=XSD_INTEGER)))
    ok, text = validate_graph(g)
    assert ok, text
    assert "Severity: sh:Warning" in text and "kg:sentenceStart" in text


@pytest.mark.parametrize("fmt, ext", [("turtle", ".ttl"), ("trig", ".trig"), ("nquads", ".nq"), ("nt", ".nt")])
def test_validate_path(tmp_path, fmt, ext):
    ds = sample.sample_dataset()
    path = tmp_path / ("graph" + ext)
    (union_graph(ds) if fmt in ("turtle", "nt") else ds).serialize(path, format=fmt, encoding="utf-8")
    assert len(read_graph(path)) == len(union_graph(ds))
    ok, text = validate_path(path)
    assert ok, text


def test_validate_path_broken_and_missing(tmp_path):
    g = union()
    g.remove((statement_of(g, sample.EU), KG.speaker, None))
    path = tmp_path / "graph.ttl"
    g.serialize(path, format="turtle")
    ok, text = validate_path(path)
    assert not ok and "kg:speaker" in text
    ok, text = validate_path(tmp_path / "nothing.ttl")
    assert not ok and "no such file" in text
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    ok, text = validate_path(bad)
    assert not ok and "cannot parse" in text


def test_validate_with_pyoxigraph_export(tmp_path):
    """The CLI exports graph.ttl from the Oxigraph store (the union of the named graphs)."""
    import pyoxigraph as ox

    st = ox.Store()
    st.load(sample.sample_dataset().serialize(format="nquads"), format=ox.RdfFormat.N_QUADS)
    path = tmp_path / "graph.ttl"
    triples = st.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", use_default_graph_as_union=True)
    with open(path, "wb") as f:
        ox.serialize(triples, f, format=ox.RdfFormat.TURTLE)
    ok, text = validate_path(path)
    assert ok, text
    assert (URIRef(sample.iri(sample.PUTIN)), SKOS.exactMatch, None) in read_graph(path)
