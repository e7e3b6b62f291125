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

# The folders of the resource namespace. kgbuild.rdf mints every IRI as one of these folders plus
# a local name that Turtle, TriG and SPARQL can write without escapes, so an export writes
# person:سالم_منصور_الكعبي where a `res:` prefix would need res:entity\/person\/... (which
# some stores, e.g. Virtuoso 7.2, read back with the backslashes kept in the IRI).
DOC = Namespace(RES_IRI + "doc/")
ENTITY = Namespace(RES_IRI + "entity/")               # entities known by their Wikidata id
PERSON = Namespace(RES_IRI + "entity/person/")
ORGANIZATION = Namespace(RES_IRI + "entity/organization/")
PLACE = Namespace(RES_IRI + "entity/place/")
GROUP = Namespace(RES_IRI + "entity/group/")
STATEMENT = Namespace(RES_IRI + "statement/")         # statements and their target stances and reports
ROLE = Namespace(RES_IRI + "role/")
GROUP_KIND = Namespace(RES_IRI + "groupkind/")       # kinds of unnamed groups (SKOS concepts) ...
GROUP_KIND_SCHEME_IRI = RES_IRI + "groupkind"         # ... and their concept scheme
ENTITY_GRAPH_IRI = RES_IRI + "graph/entities"       # the named graph of entity descriptions

# prefix -> namespace: the vocabularies the graph uses
VOCABULARY_PREFIXES: dict[str, str] = {
    "kg": KG_IRI,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "wd": WD_IRI,
}
# ... and the resource folders above: the prefixes of the Turtle, TriG and JSON-LD exports
RESOURCE_PREFIXES: dict[str, str] = {
    "doc": str(DOC), "entity": str(ENTITY), "person": str(PERSON), "organization": str(ORGANIZATION),
    "place": str(PLACE), "group": str(GROUP), "statement": str(STATEMENT), "role": str(ROLE),
    "groupkind": str(GROUP_KIND),
}
EXPORT_PREFIXES: dict[str, str] = {**VOCABULARY_PREFIXES, **RESOURCE_PREFIXES}
# for queries and query results: the vocabularies and `res:` for the whole resource namespace
PREFIXES: dict[str, str] = {**VOCABULARY_PREFIXES, "res": RES_IRI}
ENTITY_FOLDERS: dict[str, Namespace] = {"Person": PERSON, "Organization": ORGANIZATION, "Place": PLACE,
                                        "Group": GROUP}


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
