"""Extraction records -> RDF under the kgbuild ontology.

Each article becomes one named graph (its document IRI) holding the document, its statements and
which entities it mentions (kg:mentionedIn); what is said of the entities themselves (type, labels,
Wikidata id, roles) goes once into the entity graph (ENTITY_GRAPH), which every article adds to.
Keeping entity descriptions out of the article graphs means a query over the union of the graphs
meets each entity's label once, not once per article that mentions it.

IRIs are minted from content only (file name, entity key, statement position), so the same input
always gives the same IRIs. Each is a folder of kgbuild.namespace (doc/, entity/person/, statement/
...) plus a *plain* local name: letters and digits of any script as they are (an IRI, not a
percent-encoded URI), '_', and '-' or '.' inside. Such a name is written as a prefixed name
(person:سالم_منصور_الكعبي) by every Turtle/TriG/SPARQL writer without an escape, reads back the
same in every store, and pastes into a query as it is shown. A name that is not plain (a file name
with a space, say) becomes its plain form plus a short hash of the exact name, so two names never
share an IRI: "a b.txt" -> doc:a_b.txt-<hash>, "a_b.txt" -> doc:a_b.txt.
"""
from __future__ import annotations

import hashlib

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from . import lexicon
from .namespace import (DOC, ENTITY, ENTITY_FOLDERS, ENTITY_GRAPH_IRI, GROUP_KIND, GROUP_KIND_SCHEME_IRI, KG, PROV, ROLE,
                        STATEMENT, WD)
from .records import DocumentRecord, EntityRecord, StatementRecord
from .text import slug

AR = "ar"
ENTITY_GRAPH = URIRef(ENTITY_GRAPH_IRI)
# kinds of unnamed groups (lexicon/groups.tsv) as SKOS concepts: a group is one article's referent,
# and dcterms:type links it to its kind
GROUP_KINDS = URIRef(GROUP_KIND_SCHEME_IRI)


def _name_char(c: str) -> bool:
    """A letter or digit that Turtle's PN_LOCAL and an IRI (RFC 3987 ucschar) both take as it is."""
    cp = ord(c)
    if cp < 0x80:
        return c.isalnum()
    if not c.isalnum():
        return False
    if cp < 0x10000:  # Turtle's PN_CHARS_BASE, within the BMP ucschar ranges
        return (0xC0 <= cp <= 0x2FF and cp not in (0xD7, 0xF7)) or 0x370 <= cp <= 0x1FFF and cp != 0x37E \
            or 0x2070 <= cp <= 0x218F or 0x2C00 <= cp <= 0x2FEF or 0x3001 <= cp <= 0xD7FF \
            or 0xF900 <= cp <= 0xFDCF or 0xFDF0 <= cp <= 0xFFEF
    return (cp & 0xFFFF) <= 0xFFFD and not 0xE0000 <= cp <= 0xE0FFF


def is_plain(name: str) -> bool:
    """True if `name` is a plain local name (see the module docstring)."""
    return bool(name) and all(_name_char(c) or c in "_-." for c in name) \
        and name[0] not in "-." and name[-1] != "."


def plain_name(name: str) -> str:
    """`name` itself when plain, else its plain form plus '-' and 8 hex digits of its hash."""
    if is_plain(name):
        return name
    base = "".join(c if _name_char(c) or c in "_-." else "_" for c in name).strip(".-") or "x"
    return f"{base}-{hashlib.sha1(name.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def doc_name(doc_id: str) -> str:
    """The local name of an article's document IRI: its file name, kept exact when plain."""
    return plain_name(doc_id.rsplit("/", 1)[-1] or "doc")


def doc_iri(doc_id: str) -> URIRef:
    return DOC[doc_name(doc_id)]


def entity_iri(key: str, type_: str) -> URIRef:
    """"Q7747" -> entity:Q7747; other keys -> person:<normalised name> (organization:, place:, group:)."""
    if key.startswith("Q") and key[1:].isdigit():
        return ENTITY[key]
    kind, _, name = key.partition(":")
    local = plain_name(slug(name or kind))
    folder = ENTITY_FOLDERS.get(type_)
    return folder[local] if folder is not None else ENTITY[plain_name(f"{type_.lower()}_{local}")]


def statement_iri(doc_id: str, st: StatementRecord) -> URIRef:
    # position of the cue in the text identifies the statement; the speaker separates joint ones
    h = hashlib.sha1(f"{doc_id}|{st.cue_span[0]}|{st.speaker}".encode()).hexdigest()[:12]
    return STATEMENT[f"{doc_name(doc_id)}-{st.cue_span[0]}-{h}"]


def role_iri(holder: URIRef, title: str, of: URIRef | None) -> URIRef:
    h = hashlib.sha1(f"{holder}|{title}|{of}".encode()).hexdigest()[:12]
    return ROLE[h]


def _int(n: int) -> Literal:
    return Literal(n, datatype=XSD.integer)


def add_document(ds: Dataset, rec: DocumentRecord) -> URIRef:
    """Write one article's graph into `ds` (replacing any earlier graph of the same article)."""
    d = doc_iri(rec.doc_id)
    ds.remove_graph(ds.graph(d))
    g = ds.graph(d)
    g.add((d, RDF.type, KG.Document))
    g.add((d, DCTERMS.identifier, Literal(rec.doc_id)))
    if rec.title:
        g.add((d, DCTERMS.title, Literal(rec.title, lang=AR)))
    g.add((d, KG.charCount, _int(len(rec.text))))
    if rec.date:
        g.add((d, DCTERMS.date, Literal(rec.date, datatype=XSD.date)))
    eg = ds.graph(ENTITY_GRAPH)
    iris: dict[str, URIRef] = {}
    for key, ent in rec.entities.items():
        iris[key] = add_entity(eg, ent)
        g.add((iris[key], KG.mentionedIn, d))
    for ent in rec.entities.values():
        for role in ent.roles:
            holder = iris[ent.key]
            of = iris.get(role.of_key) if role.of_key else None
            r = role_iri(holder, role.title, of)
            eg.add((holder, KG.hasRole, r))
            eg.add((r, RDF.type, KG.Role))
            eg.add((r, KG.roleHolder, holder))
            eg.add((r, KG.roleTitle, Literal(role.title, lang=AR)))
            if of is not None:
                eg.add((r, KG.roleOf, of))
    for st in rec.statements:
        add_statement(g, rec.doc_id, d, st, iris, rec.text)
    return d


def add_entity(g: Graph, ent: EntityRecord) -> URIRef:
    """The entity's description (type, labels, Wikidata id) into the entity graph `g`."""
    e = entity_iri(ent.key, ent.type)
    g.add((e, RDF.type, getattr(KG, ent.type)))
    g.add((e, RDFS.label, Literal(ent.label, lang=AR)))
    for form in sorted(ent.forms - {ent.label}):
        g.add((e, SKOS.altLabel, Literal(form, lang=AR)))
    if ent.label_en:
        g.add((e, RDFS.label, Literal(ent.label_en, lang="en")))
    if ent.wikidata:
        g.add((e, SKOS.exactMatch, WD[ent.wikidata]))
    if ent.kind:
        g.add((e, DCTERMS.type, add_group_kind(g, ent.kind)))
    return e


def add_group_kind(g: Graph, kind: str) -> URIRef:
    concept = GROUP_KIND[plain_name(slug(kind))]
    g.add((concept, RDF.type, SKOS.Concept))
    g.add((concept, SKOS.inScheme, GROUP_KINDS))
    described = lexicon.group_kinds().get(kind)
    if described is not None:
        g.add((concept, SKOS.prefLabel, Literal(described.label_ar, lang=AR)))
        g.add((concept, SKOS.prefLabel, Literal(described.label_en, lang="en")))
    return concept


def add_statement(g: Graph, doc_id: str, d: URIRef, st: StatementRecord, iris: dict[str, URIRef],
                  text: str) -> URIRef:
    s = statement_iri(doc_id, st)
    g.add((s, RDF.type, KG.Statement))
    g.add((s, KG.source, d))
    g.add((s, KG.speaker, iris[st.speaker]))
    for key in st.about:
        if key in iris and key != st.speaker:
            g.add((s, KG.about, iris[key]))
    for n, key in enumerate(k for k in st.about if k in iris and k != st.speaker):
        ts = URIRef(f"{s}-stance-{n}")
        g.add((s, KG.targetStance, ts))
        g.add((ts, RDF.type, KG.TargetStance))
        g.add((ts, KG.towards, iris[key]))
        g.add((ts, KG.polarity, getattr(KG, st.target_stance.get(key, st.stance))))
    for n, key in enumerate(k for k in st.via if k in iris):
        g.add((s, KG.reportedVia, iris[key]))
        # the chain in PROV: the article quotes the intermediary's report, which quotes the speaker
        report = URIRef(f"{s}-report-{n}")
        g.add((report, RDF.type, PROV.Entity))
        g.add((report, PROV.wasAttributedTo, iris[key]))
        g.add((s, PROV.wasQuotedFrom, report))
    g.add((s, KG.quote, Literal(st.quote, lang=AR)))
    g.add((s, KG.cue, Literal(st.cue, lang=AR)))
    g.add((s, KG.cueLemma, Literal(st.cue_lemma, lang=AR)))
    g.add((s, KG.speechAct, getattr(KG, "act_" + st.act)))
    g.add((s, KG.stance, getattr(KG, st.stance)))
    g.add((s, KG.quoteType, {"direct": KG.DirectQuote, "indirect": KG.IndirectQuote}.get(st.quote_type, KG.MixedQuote)))
    g.add((s, KG.sentence, Literal(text[st.sentence_span[0]:st.sentence_span[1]].strip(), lang=AR)))
    g.add((s, KG.sentenceIndex, _int(st.sentence_index)))
    g.add((s, KG.sentenceStart, _int(st.sentence_span[0])))
    g.add((s, KG.sentenceEnd, _int(st.sentence_span[1])))
    g.add((s, KG.cueStart, _int(st.cue_span[0])))
    g.add((s, KG.cueEnd, _int(st.cue_span[1])))
    g.add((s, KG.quoteStart, _int(st.quote_span[0])))
    g.add((s, KG.quoteEnd, _int(st.quote_span[1])))
    if st.speaker_span:
        g.add((s, KG.speakerStart, _int(st.speaker_span[0])))
        g.add((s, KG.speakerEnd, _int(st.speaker_span[1])))
    return s
