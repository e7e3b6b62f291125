"""One article -> DocumentRecord, and the corpus step that gives entities their corpus-wide keys."""
from __future__ import annotations

from spacy.language import Language

from ..clean import mask_boilerplate, title_of
from ..records import DocumentRecord, EntityRecord
from .dates import document_date
from .groups import article_scope, needs_article_scope
from .resolve import CorpusIndex


# no-break and other fixed-width spaces separate words like a space does; same length, same offsets
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                         "\u2009\u200a\u202f\u205f\u3000"})


def pipeline_text(text: str) -> str:
    """What the pipeline reads: boilerplate blanked, odd spaces folded; same length, same offsets."""
    return mask_boilerplate(text).translate(_SPACES)


def extract_document(nlp: Language, doc_id: str, text: str) -> DocumentRecord:
    return record_of(nlp(pipeline_text(text)), doc_id, text)


def extract_documents(nlp: Language, items: list[tuple[str, str]]) -> list[DocumentRecord]:
    """extract_document for several (doc_id, text) at once: the NER's network runs on them as one batch."""
    docs = nlp.pipe((pipeline_text(text) for _, text in items), batch_size=max(1, len(items)))
    return [record_of(doc, doc_id, text) for doc, (doc_id, text) in zip(docs, items)]


def record_of(doc, doc_id: str, text: str) -> DocumentRecord:
    for st in doc._.kg_statements:
        # what was said, verbatim from the file (the pipeline saw spaces folded)
        qs, qe = st.quote_span
        while qs < qe and text[qs].isspace():
            qs += 1
        while qe > qs and text[qe - 1].isspace():
            qe -= 1
        st.quote_span, st.quote = (qs, qe), text[qs:qe]
    rec = DocumentRecord(doc_id=doc_id, title=title_of(text), text=text, date=document_date(text),
                         entities=doc._.kg_entities, statements=doc._.kg_statements)
    return scope_to_article(prune_groups(rec))


def scope_to_article(rec: DocumentRecord) -> DocumentRecord:
    """Give the article's own referents (unaffiliated groups, institutions named without their country)
    keys of this article, so that the corpus step never joins them with another article's."""
    renamed = {k: f"{k}/{article_scope(rec.doc_id)}" for k in rec.entities if needs_article_scope(k)}
    if not renamed:
        return rec
    entities = {}
    for key, ent in rec.entities.items():
        ent.key = renamed.get(key, key)
        entities[ent.key] = ent
    for ent in entities.values():
        for role in ent.roles:
            role.of_key = renamed.get(role.of_key, role.of_key) if role.of_key else None
    for st in rec.statements:
        st.speaker = renamed.get(st.speaker, st.speaker)
        st.about = [renamed.get(k, k) for k in st.about]
        st.via = [renamed.get(k, k) for k in st.via]
        st.target_stance = {renamed.get(k, k): v for k, v in st.target_stance.items()}
    rec.entities = entities
    return rec


def prune_groups(rec: DocumentRecord) -> DocumentRecord:
    """Keep the groups a statement involves (speaker, target, intermediary): a group named only in
    passing ("مخيمات المهجرين", "القوات الخاصة" as a topic) is no actor of who-said-what-about-whom."""
    used = {k for st in rec.statements for k in (st.speaker, *st.about, *st.via)}
    rec.entities = {k: e for k, e in rec.entities.items()
                    if e.type != "Group" or k in used}
    return rec


def apply_index(rec: DocumentRecord, index: CorpusIndex) -> DocumentRecord:
    """Re-key the document's entities to their corpus-wide keys, merging any that meet."""
    renamed: dict[str, str] = {}
    merged: dict[str, EntityRecord] = {}
    for old_key, ent in rec.entities.items():
        ent = index.resolve(ent)
        renamed[old_key] = ent.key
        if ent.key in merged:
            keep = merged[ent.key]
            keep.forms |= ent.forms
            keep.mentions = sorted(keep.mentions + ent.mentions, key=lambda m: m.start)
            keep.roles += [r for r in ent.roles if r not in keep.roles]
        else:
            merged[ent.key] = ent
    for ent in merged.values():
        for role in ent.roles:
            if role.of_key:
                role.of_key = renamed.get(role.of_key, role.of_key)
    seen: set[tuple[int, str]] = set()
    statements = []
    for st in rec.statements:
        st.speaker = renamed.get(st.speaker, st.speaker)
        st.about = list(dict.fromkeys(renamed.get(k, k) for k in st.about if renamed.get(k, k) != st.speaker))
        st.target_stance = {renamed.get(k, k): v for k, v in st.target_stance.items()}
        st.via = list(dict.fromkeys(renamed.get(k, k) for k in st.via))
        if (st.cue_span[0], st.speaker) not in seen:
            seen.add((st.cue_span[0], st.speaker))
            statements.append(st)
    rec.entities, rec.statements = merged, statements
    return rec
