"""A body described, not named: a definite class noun of bodies and one adjective of scope or field
("المنظمة الدولية", "المنظمة الحقوقية", function_words.tsv body_scope) after a body of that class was
named is that body again ("أعلنت الأمم المتحدة ... وقالت المنظمة الدولية"), no body of its own."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import tokens_of
from .base import Candidate

BODY_SCOPE = lexicon.function_words().body_scope


def _class_kinds(doc: Doc, c: Candidate) -> frozenset[str] | None:
    """The organization kinds the description at c may refer back to, or None when c is no description:
    two words, a definite class noun of bodies (body_classes.tsv) and a scope adjective."""
    if c.key:
        return None
    toks = tokens_of(doc)   # (the words' texts off the Doc's token lists: a slice of the Doc builds a Span and its Tokens)
    words = [toks.texts[k] for k in range(c.i, c.j) if toks.arabic[k]]
    if len(words) != 2 or not words[0].startswith("ال") or normalize(words[1]) not in BODY_SCOPE:
        return None
    return lexicon.body_classes().get(normalize(words[0])[2:])


def _kind(c: Candidate) -> str | None:
    """The body's kind: the lexicon's, or that of the head noun its name opens with."""
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    if known is not None and known.kind:
        return known.kind
    first = normalize(c.form).split()[:1]
    head = first[0][2:] if first and first[0].startswith("ال") else (first[0] if first else "")
    return lexicon.org_heads().get(head)


def described_bodies_refer_back(doc: Doc, chosen: list[Candidate]) -> None:
    """Each description joins the last body of a kind its class noun names before it (its key, or the
    form it refers to) as a mention, not as one of its names; one with no such body before it stays as
    it was."""
    last: dict[str, Candidate] = {}
    for c in sorted(chosen, key=lambda c: c.i):
        if c.type != "Organization":
            continue
        kinds = _class_kinds(doc, c)
        if kinds is not None:
            before = [last[k] for k in kinds if k in last]
            if before:
                named = max(before, key=lambda d: d.i)
                c.described = True
                if named.key:
                    c.key = named.key
                else:
                    c.refers_to = named.refers_to or (named.form,)
            continue
        if (kind := _kind(c)) is not None:
            last[kind] = c
