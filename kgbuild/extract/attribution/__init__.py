"""Attributed speech in a Doc: who said (announced, called for, condemned ...) what, about whom.

One module per stage, each usable alone, joined in attribute.py:

    cursor    token reading: next word, word before, clause starts, prepositions, quotes
    index     the entity mentions by token (where each starts and ends, titles, bare titles)
    cues      the words that anchor a statement (verbs, statement nouns, continuations, participles)
    agent_nouns  a verbal noun's named agent ("دعوة الرئيس إلى"): the speaker of a noun cue
    anchors   which cues of a sentence anchor a statement (cues and agent_nouns read together)
    speakers  who speaks: named strategies in one ordered list (speakers/strategies.py), searching
              the subject slot (slot), a subject before the verb (before), with a relative clause
              or apposition (relative), the authors of statement nouns and documents (authors),
              relays (relay), the last speaker going on (carry)
    referents whom a bare title, a body noun or a statement noun refers to
    content   what was said: the quote, the أن/إن clause, the rest of the clause; with
              boundary (where it ends: clause_end), quotes (quote marks around it) and asides
              (what stands between the speaker and it: asides, reply frames, adjuncts)
    narration where the writer takes the word back, so that the content ends there
    via       intermediaries ("بحسب X", "نقلا عن X") and sentences an "according to X" reports
    targets   whom the statement is about, and the stance towards each (the stance package)

The join is split by job: attribute.py (the document, each sentence), cue_statements (what one
cue tells), reading (what passes from cue to cue and sentence to sentence), clauses (cues inside
earlier content that still tell their own statement), reports (reports inside reports), topics
(the subject a sentence hands on) and assembly (the StatementRecord, the passes over records).

Written against Arabic clause structure, not against particular articles; the closed-class words
the rules test for are in lexicon/function_words.tsv.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ...records import EntityRecord, StatementRecord
from ..mentions import Candidate
from ..mentions.keys import MentionKeys
from .attribute import attribute
from .context import Context


def find_statements(doc: Doc, cands: list[Candidate], key_of: MentionKeys, entities: dict[str, EntityRecord],
                    bare_titles: list[tuple[int, int, str, str | None]]) -> list[StatementRecord]:
    """The statements of a document whose entity mentions have been found and resolved."""
    return attribute(Context.of(doc, cands, key_of, entities, bare_titles), list(doc.sents))


__all__ = ["Context", "attribute", "find_statements"]
