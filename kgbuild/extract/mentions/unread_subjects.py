"""A one-word person the speech-slot finder alone guessed, where the statistical NER read no name at all.

The subject-slot finder (slots.subject_slot_candidates) takes the word right after a cue verb for its speaker
when no table knows the word: "وأشار أزعور إلى أن". The tables of ordinary words come from ANERcorp (some 150,000
words), so most words of news are unknown to them, and after a cue verb stand its object, an adverb or an
adjective as often as its subject: "نفت فرار الملك" (a verbal noun in construct), "تعارض بحزم" (a preposition
and its noun), "من دون أن يقدم براهين" (a plural object), "اعتبر مسيئا" (a participle in the accusative). The
NER, trained on news prose, reads a word's shape and its neighbours, and tags a name standing alone after a cue,
as a person or as some other entity. A one-word guess of the slot that the NER leaves untagged is no name, unless
something else vouches for it:
- what was said opens right after it ("وقال فلان إن", "وقال فلان:");
- it is a definite word (the slot takes one alone only before what was said or إلى);
- it is spelled as Arabic spells a foreign name, its vowels written as two or more of ا، و، ي inside the word
  ("غرينوف", "غرابوفسكي"), where a word of Arabic stem has at most one ("مستحيل", "أنصارنا");
- another finder has it in a name, or the article writes it right after a name word ("فلانة علان ... وقالت
  علان"): the short name of someone named in full.
Names of several words keep their guess: a given name and a family name are the slot finder's own evidence."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ...text import normalize
from ..words import name_like_at, prev_word, tokens_of
from .base import COMPLEMENTIZERS, Candidate, skip_space

SLOT_SOURCE = "subject"


# the letters Arabic writes a transcribed name's vowels with, inside the word, as written (a hamza's seat, ئ or ؤ,
# is a consonant: normalize would fold it onto ي or و)
LONG_VOWEL_LETTERS = frozenset("اوي")
FOREIGN_VOWEL_LETTERS = 2
VOWEL_MARKS = re.compile("[\u064b-\u0652\u0640]")


def _one_word(c: Candidate) -> bool:
    return " " not in c.form.strip()


def _spelled_as_a_foreign_name(form: str) -> bool:
    """"هوكنسون", "غرابوفسكي": two or more of ا، و، ي inside the word as written (neither its first letter nor its
    last), where a word of Arabic stem has one at most ("مستحيل", "أنصارنا")."""
    bare = VOWEL_MARKS.sub("", form)
    return sum(1 for ch in bare[1:-1] if ch in LONG_VOWEL_LETTERS) >= FOREIGN_VOWEL_LETTERS


def _read_by_the_ner(c: Candidate, spans: list[tuple[int, int, str]]) -> bool:
    """Does any NER entity (of any label) overlap the candidate's characters?"""
    return any(start < c.end and c.start < end for start, end, _ in spans)


def _before_what_was_said(doc: Doc, c: Candidate) -> bool:
    """Does what was said open right after the candidate: a complementizer (إن، أن، بأن) or a colon?"""
    nxt = skip_space(doc, c.j)
    if nxt >= len(doc):
        return False
    text = tokens_of(doc).texts[nxt]
    return text == ":" or normalize(text) in COMPLEMENTIZERS


def _family_names_in_text(doc: Doc, words: set[str]) -> set[str]:
    """Those of the words that the Doc writes somewhere right after a name-like word: "فيرا لونغو" makes لونغو the family
    name of someone whom no finder named in full."""
    toks = tokens_of(doc)
    found = set()
    for k, text in enumerate(toks.texts):
        if toks.spaces[k] or (norm := normalize(text)) not in words:
            continue
        p = prev_word(doc, k)
        if p is not None and name_like_at(doc, p):
            found.add(norm)
    return found


def _unread_guess(doc: Doc, c: Candidate, spans: list[tuple[int, int, str]]) -> bool:
    if c.source != SLOT_SOURCE or c.type != "Person" or not _one_word(c):
        return False
    norm = normalize(c.form.strip())
    return not norm.startswith("ال") and not _spelled_as_a_foreign_name(c.form.strip()) \
        and not _read_by_the_ner(c, spans) and not _before_what_was_said(doc, c)


def without_unread_subject_guesses(doc: Doc, cands: list[Candidate],
                                   spans: list[tuple[int, int, str]]) -> list[Candidate]:
    """The candidates less the one-word persons of the speech slot that no NER entity overlaps, unless what was
    said opens right after them or another finder has the word in a name ("وقالت فلانة علان ... وأضافت علان": the
    short name of someone the article names in full) or the article writes it after another name word."""
    guesses = [c for c in cands if _unread_guess(doc, c, spans)]
    if not guesses:
        return cands
    ids = {id(c) for c in guesses}
    named = {w for c in cands if c.type == "Person" and id(c) not in ids for w in normalize(c.form).split()}
    left = {normalize(c.form.strip()) for c in guesses} - named
    left -= _family_names_in_text(doc, left)
    drop = {id(c) for c in guesses if normalize(c.form.strip()) in left}
    return [c for c in cands if id(c) not in drop]
