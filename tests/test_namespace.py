"""ontology/kgbuild.ttl and kgbuild.namespace.KG declare the same terms, and the ontology is well formed."""
from __future__ import annotations

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from kgbuild.namespace import ENTITY_TYPES, KG, KG_IRI, SPEECH_ACTS, STANCES
from kgbuild.resources import ontology_dir

ONTOLOGY_IRI = URIRef(KG_IRI.rstrip("#"))


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ontology_dir() / "kgbuild.ttl", format="turtle")


def namespace_terms() -> set[URIRef]:
    names = {n for klass in type.mro(KG) for n in getattr(klass, "__annotations__", {}) if not n.startswith("_")}
    return {URIRef(KG_IRI + n) for n in names}


def declared_terms(g: Graph) -> set[URIRef]:
    """kg: IRIs the ontology gives a type to."""
    return {s for s in g.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(KG_IRI)}


def used_terms(g: Graph) -> set[URIRef]:
    """kg: IRIs used anywhere in the ontology (subject, predicate or object)."""
    return {t for triple in g for t in triple if isinstance(t, URIRef) and str(t).startswith(KG_IRI)}


def test_namespace_class_has_terms():
    terms = namespace_terms()
    assert KG.Statement in terms and KG.reportedVia in terms and len(terms) > 50


def test_ontology_declares_exactly_the_namespace_terms(onto):
    declared, names = declared_terms(onto), namespace_terms()
    assert not names - declared, f"in kgbuild/namespace.py but not declared in the ontology: {sorted(names - declared)}"
    assert not declared - names, f"declared in the ontology but not in kgbuild/namespace.py: {sorted(declared - names)}"


def test_ontology_uses_no_undeclared_term(onto):
    stray = used_terms(onto) - declared_terms(onto)
    assert not stray, f"kg: terms used but not declared (typos?): {sorted(stray)}"


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, OWL.versionIRI) is not None
    dcterms = "http://purl.org/dc/terms/"
    assert "apache.org/licenses/license-2.0" in str(onto.value(ONTOLOGY_IRI, URIRef(dcterms + "license"))).lower()
    assert str(onto.value(ONTOLOGY_IRI, URIRef(dcterms + "creator"))) == "kgbuild"


def test_every_term_has_arabic_and_english_labels(onto):
    missing = []
    for term in sorted(declared_terms(onto)):
        langs = {o.language for o in onto.objects(term, RDFS.label) if isinstance(o, Literal)}
        if not {"ar", "en"} <= langs:
            missing.append((term, sorted(filter(None, langs))))
    assert not missing, f"terms without an @ar and an @en rdfs:label: {missing}"


def test_every_term_has_a_comment_or_definition(onto):
    bare = [t for t in declared_terms(onto)
            if onto.value(t, RDFS.comment) is None and onto.value(t, SKOS.definition) is None]
    assert not bare, f"terms without rdfs:comment / skos:definition: {sorted(bare)}"


def test_term_kinds(onto):
    for name in ("Document", "Entity", "Agent", "Statement", "Role", "SpeechAct", "Stance", "QuoteType", *ENTITY_TYPES):
        assert (KG[name], RDF.type, OWL.Class) in onto, name
    for name in ("source", "speaker", "about", "reportedVia", "speechAct", "stance", "quoteType",
                 "mentionedIn", "hasRole", "roleOf", "roleHolder"):
        assert (KG[name], RDF.type, OWL.ObjectProperty) in onto, name
    for name in ("quote", "cue", "cueLemma", "sentence", "speakerMention", "roleTitle", "fileName",
                 "sentenceIndex", "sentenceStart", "sentenceEnd", "cueStart", "cueEnd", "quoteStart",
                 "quoteEnd", "speakerStart", "speakerEnd", "mentionCount", "charCount"):
        assert (KG[name], RDF.type, OWL.DatatypeProperty) in onto, name
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        if str(prop).startswith(KG_IRI):
            assert onto.value(prop, RDFS.domain) is not None and onto.value(prop, RDFS.range) is not None, prop
    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        if str(prop).startswith(KG_IRI):
            assert onto.value(prop, RDFS.domain) is not None and onto.value(prop, RDFS.range) is not None, prop


def test_offsets_are_integers(onto):
    xsd_integer = URIRef("http://www.w3.org/2001/XMLSchema#integer")
    for name in ("sentenceIndex", "sentenceStart", "sentenceEnd", "cueStart", "cueEnd", "quoteStart",
                 "quoteEnd", "speakerStart", "speakerEnd", "mentionCount", "charCount"):
        assert onto.value(KG[name], RDFS.range) == xsd_integer, name


def test_class_hierarchy_keeps_the_scorer_types_apart(onto):
    """The scorer types entities by `a/rdfs:subClassOf* kg:T`: no entity type may be a subclass of another."""
    def supers(c: URIRef) -> set:
        return set(onto.transitive_objects(c, RDFS.subClassOf))
    for t in ENTITY_TYPES:
        assert not (supers(KG[t]) - {KG[t]}) & {KG[o] for o in ENTITY_TYPES}, t
    assert KG.Agent in supers(KG.Person) and KG.Agent in supers(KG.Organization) and KG.Agent in supers(KG.Group)
    assert KG.Agent not in supers(KG.Place) and KG.Entity in supers(KG.Place)
    schema, prov = "https://schema.org/", "http://www.w3.org/ns/prov#"
    assert URIRef(schema + "Person") in supers(KG.Person) and URIRef(prov + "Agent") in supers(KG.Person)
    assert URIRef(schema + "Quotation") in supers(KG.Statement)
    assert URIRef(schema + "NewsArticle") in supers(KG.Document)


@pytest.mark.parametrize("klass, scheme, names", [
    (KG.SpeechAct, KG.SpeechActScheme, ["act_" + a for a in SPEECH_ACTS]),
    (KG.Stance, KG.StanceScheme, list(STANCES)),
    (KG.QuoteType, KG.QuoteTypeScheme, ["DirectQuote", "IndirectQuote", "MixedQuote"]),
])
def test_concepts_are_in_their_scheme(onto, klass, scheme, names):
    assert (scheme, RDF.type, SKOS.ConceptScheme) in onto
    assert (klass, RDFS.subClassOf, SKOS.Concept) in onto
    members = set(onto.subjects(RDF.type, klass))
    assert members == {KG[n] for n in names}
    for c in members:
        assert (c, SKOS.inScheme, scheme) in onto, c
        assert (c, RDF.type, SKOS.Concept) in onto, c
        langs = {o.language for o in onto.objects(c, SKOS.prefLabel)}
        assert {"ar", "en"} <= langs, c
        assert onto.value(c, SKOS.definition) is not None, c
    # every concept of the scheme is one of the class's members
    assert set(onto.subjects(SKOS.inScheme, scheme)) == members


def test_namespace_has_a_concept_for_every_speech_act_and_stance():
    terms = namespace_terms()
    assert {KG["act_" + a] for a in SPEECH_ACTS} <= terms
    assert {KG[s] for s in STANCES} <= terms
