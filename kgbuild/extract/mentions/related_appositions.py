"""A relation noun in an aside after a person's name: "فلان الفلاني، رفيق علان في النضال" (his comrade),
"، حليف علان،" (his ally), "، مرشد علان السياسي" (his mentor). The aside describes the person before the comma;
the noun (function_words.tsv possessed_role or kin_noun, the nouns of one's role towards another) stands in
construct with the family name of a second person the article names in full. A finder that reads the noun as a
given name ("رفيق" is one) takes "رفيق علان" for a third person: the mention is the family name alone, a mention
of the person the article named in full."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import prev_word, tokens_of
from .base import Candidate

ROLE_NOUNS = lexicon.function_words().possessed_role | lexicon.function_words().kin_noun
COMMAS = frozenset({"،", ","})
# the conjunctions a noun of the aside may carry: "، وحليف علان"
ASIDE_CLITICS = ("و", "ف")
# a name the lexicon or a title gives is a name as written ("الرئيس رفيق علان"), no aside
TRUSTED = frozenset({"gazetteer", "title"})


def _role_noun(text: str) -> bool:
    """"رفيق", "ورفيقة", "حليف": a relation noun of the table, as written in construct (the table writes a
    feminine noun as before a pronoun, "رفيقت")."""
    norm = normalize(text)
    stems = [norm] + [norm[len(c):] for c in ASIDE_CLITICS if norm.startswith(c) and len(norm) > len(c) + 2]
    return any(s in ROLE_NOUNS or (s.endswith("ه") and s[:-1] + "ت" in ROLE_NOUNS) for s in stems)


def _after_a_person_and_comma(doc: Doc, i: int, ends: set[int]) -> bool:
    """Does token i follow a comma that closes a person's name (a mention ending at the token before it)?"""
    comma = prev_word(doc, i)
    if comma is None or tokens_of(doc).texts[comma] not in COMMAS:
        return False
    before = prev_word(doc, comma)
    return before is not None and before + 1 in ends


def family_names_after_relation_nouns(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Each two-word person "noun + family name" of an aside, the family name that of a person named in full
    with another given name, cut to that family name."""
    toks = tokens_of(doc)
    persons = [c for c in chosen if c.type == "Person"]
    ends = {c.j for c in persons}
    full_last: dict[str, set[str]] = {}
    for c in persons:
        words = normalize(c.form).split()
        if len(words) >= 2:
            full_last.setdefault(words[-1], set()).add(words[0])
    for c in persons:
        words = c.form.split()
        if len(words) != 2 or c.j - c.i != 2 or c.key or c.source in TRUSTED:
            continue
        given, family = normalize(words[0]), normalize(words[1])
        if not _role_noun(toks.texts[c.i]) or not (full_last.get(family, set()) - {given}):
            continue
        if not _after_a_person_and_comma(doc, c.i, ends):
            continue
        k = c.j - 1
        c.i, c.start, c.end = k, toks.starts[k], toks.starts[k] + len(toks.texts[k])
        c.form = clean_surface(toks.texts[k])
        c.extra_forms = set()
    return chosen
