"""Persons named after a noun of their role towards someone named before, the possessive pronoun on it:
"وطالب مرشحها فلان علان" (its candidate), "ورفض منافسه الرئيسي فلان علان" (his main rival), "لكن والدها
فلان علان" (her father), "لرئيس وزرائه فلان علان" (his prime minister: a construct title, the pronoun on
its second word). The title finder reads titles as the table writes them, with no pronoun; here the noun
(function_words.tsv possessed_role or kin_noun, as written before a pronoun) opens a name of two words or
more, past an adjective or a nationality of the noun ("الرئيسي", "الفرنسي"), ending where names end
(names.name_end)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import PRONOUN_SUFFIXES, is_arabic_text, is_arabic_word, prev_word, text_of, tokens_of, word_count, words_where
from .base import TITLE_MODIFIERS, Candidate, is_nisba, is_quoted, nisba_country, skip_space, span_chars
from .names import name_end

ROLE_NOUNS = lexicon.function_words().possessed_role | lexicon.function_words().kin_noun
# the proclitics a role noun may carry: a conjunction, a preposition ("لوالده", "ومرشحها")
ROLE_CLITICS = frozenset({"", "و", "ف", "ل", "ب", "ول", "وب"})
MIN_NAME_WORDS = 2   # one word after "منافسه" is as often an ordinary word as a name
MAX_ADJECTIVES = 2   # "منافسه الرئيسي", "نظيره الفرنسي"


def _possessed_shape(text: str) -> bool:
    """An Arabic word ending in a possessive pronoun: the words possessed_role_candidates reads on from."""
    return is_arabic_text(text) and text.endswith(("ه", "ها", "هم", "هما"))


def possessed_role_candidates(doc: Doc) -> list[Candidate]:
    """Persons named right after a role noun with a possessive pronoun (and its adjectives)."""
    toks = tokens_of(doc)
    out: list[Candidate] = []
    for i in words_where(doc, _possessed_shape):
        if not (_possessed_role(toks.texts[i]) or _possessed_construct_title(doc, i)):
            continue
        start = _past_adjectives(doc, skip_space(doc, i + 1))
        if start >= len(doc) or doc[start].text.startswith(("ال", "و")) or not is_arabic_word(doc[start]):
            continue
        j = name_end(doc, start)
        if word_count(doc, start, j) < MIN_NAME_WORDS or is_quoted(doc, start, j):
            continue
        s, e = span_chars(doc, start, j, 0)
        out.append(Candidate(start, j, s, e, clean_surface(text_of(doc)[s:e]), "Person", "possessed_role"))
    return out


@lru_cache(maxsize=65536)
def _stems(text: str) -> tuple[str, ...]:
    """The normalised nouns a word leaves without a proclitic and a possessive pronoun: "لوالده" -> "والد".
    Kept per word: both tests below ask it of every word with a pronoun suffix, and words recur."""
    out = []
    for clitic, word in clitic_variants(text):
        if clitic not in ROLE_CLITICS:
            continue
        out += [normalize(word[:-len(suffix)]) for suffix in PRONOUN_SUFFIXES
                if word.endswith(suffix) and len(word) - len(suffix) >= 3]
    return tuple(out)


@lru_cache(maxsize=65536)
def _possessed_role(text: str) -> bool:
    """"مرشحها", "ومنافسه", "لوالده": a role or kin noun of the table with a possessive pronoun."""
    return any(stem in ROLE_NOUNS for stem in _stems(text))


def _possessed_construct_title(doc: Doc, i: int) -> bool:
    """"رئيس وزرائه", "وزير خارجيتها": token i, a noun with a possessive pronoun, completes a title of the table
    with the word before it once the pronoun gives way to the article ("رئيس الوزراء")."""
    p = prev_word(doc, i)
    toks = tokens_of(doc)   # (read off the per-Doc lists: each doc[k] builds a Token)
    if p is None or not toks.arabic[p]:
        return False
    return _completes_title(toks.texts[p], toks.texts[i])


@lru_cache(maxsize=65536)
def _completes_title(before: str, text: str) -> bool:
    """_possessed_construct_title of the two words as written, kept per pair (it reads the words and the table
    alone, and the pairs recur)."""
    titles = lexicon.titles()
    heads = [normalize(word) for clitic, word in clitic_variants(before) if clitic in ROLE_CLITICS]
    for stem in _stems(text):
        # the feminine ة is written ت before the pronoun, a final hamza on its seat ("وزرائه" of "وزراء")
        nouns = {stem, stem[:-1] + "ه" if stem.endswith("ت") else stem, stem[:-1] + "ء" if stem.endswith(("ي", "و")) else stem}
        if any(f"{head} ال{noun}" in titles for head in heads for noun in nouns):
            return True
    return False


def _past_adjectives(doc: Doc, k: int) -> int:
    """The first token past up to MAX_ADJECTIVES definite adjectives of the role noun: a title modifier
    ("السابق"), a nationality ("الفرنسي") or another nisba ("الرئيسي")."""
    for _ in range(MAX_ADJECTIVES):
        if k >= len(doc) or not doc[k].text.startswith("ال"):
            return k
        norm = normalize(doc[k].text)
        if norm not in TITLE_MODIFIERS and nisba_country(doc, k) is None and not is_nisba(doc[k].text):
            return k
        k = skip_space(doc, k + 1)
    return k
