"""The kgbuild ontology's terms as a class, so that a misspelt term fails at import time.

`ontology/kgbuild.ttl` declares the same terms; tests/test_namespace.py keeps the two in step.
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

KG_IRI = "https://w3id.org/kgbuild/ontology#"
RES_IRI = "https://w3id.org/kgbuild/resource/"
WD_IRI = "http://www.wikidata.org/entity/"

SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace(WD_IRI)
RES = Namespace(RES_IRI)

ENTITY_GRAPH_IRI = RES_IRI + "graph/entities"       # the named graph of entity descriptions

# prefix -> namespace: for query results, the query tools and the Turtle/TriG exports
PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "res": RES_IRI,
    "wd": WD_IRI,
    "schema": str(SCHEMA),
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class KG(DefinedNamespace):
    """https://w3id.org/kgbuild/ontology#"""

    _NS = Namespace(KG_IRI)
    _fail = True

    # classes
    Document: URIRef
    Entity: URIRef
    Agent: URIRef
    Person: URIRef
    Organization: URIRef
    Place: URIRef
    Group: URIRef
    Statement: URIRef
    Role: URIRef
    TargetStance: URIRef
    SpeechAct: URIRef
    Stance: URIRef
    QuoteType: URIRef
    # concept schemes and their concepts
    SpeechActScheme: URIRef
    StanceScheme: URIRef
    QuoteTypeScheme: URIRef
    act_say: URIRef
    act_announce: URIRef
    act_call: URIRef
    act_request: URIRef
    act_condemn: URIRef
    act_praise: URIRef
    act_welcome: URIRef
    act_warn: URIRef
    act_deny: URIRef
    act_reject: URIRef
    act_accuse: URIRef
    act_order: URIRef
    act_support: URIRef
    act_agree: URIRef
    act_report: URIRef
    positive: URIRef
    negative: URIRef
    neutral: URIRef
    DirectQuote: URIRef
    IndirectQuote: URIRef
    MixedQuote: URIRef
    # statement properties (the scorer's contract: source, speaker, about, quote, reportedVia)
    source: URIRef
    speaker: URIRef
    about: URIRef
    quote: URIRef
    reportedVia: URIRef
    speechAct: URIRef
    stance: URIRef
    quoteType: URIRef
    cue: URIRef
    cueLemma: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    sentenceStart: URIRef
    sentenceEnd: URIRef
    cueStart: URIRef
    cueEnd: URIRef
    quoteStart: URIRef
    quoteEnd: URIRef
    speakerStart: URIRef
    speakerEnd: URIRef
    speakerMention: URIRef
    targetStance: URIRef
    towards: URIRef
    polarity: URIRef
    # entity properties
    mentionedIn: URIRef
    mentionCount: URIRef
    hasRole: URIRef
    roleTitle: URIRef
    roleOf: URIRef
    roleHolder: URIRef
    # document properties
    fileName: URIRef
    charCount: URIRef


SPEECH_ACTS: tuple[str, ...] = (
    "say", "announce", "call", "request", "condemn", "praise", "welcome", "warn",
    "deny", "reject", "accuse", "order", "support", "agree", "report",
)
STANCES: tuple[str, ...] = ("positive", "negative", "neutral")
ENTITY_TYPES: tuple[str, ...] = ("Person", "Organization", "Place", "Group")
