"""Persons named as the topic of أما: "أما المحللة فلانة علان فحذرت", "أما فلان علان، رئيس حزب X، فدعا".

Arabic sets a topic with أما and takes it up with فـ on the verb of its answer. All that stands between أما and
that فـ is the topic: a description (definite words, a title) and the name of whom it describes, or the name
alone, with an age in brackets or an aside between commas after it. So the undefined words that close the
topic right before the answer, the aside or the brackets are a person's name, though no table knows them and
no title introduces them ("الطالب", "الأسطورة" are no titles). Not a place or body the lexicon knows ("أما
موسكو فـ"), not ordinary words of news, not a second topic joined by و.
"""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_arabic_word, is_function_word, is_quote, is_time_word, mostly_common_words, text_of, words_where
from .base import PLACE_HEADS, Candidate, known_entity_at, match_title, nisba_country, skip_space, span_chars
from .name_tails import FRONTED_TOPIC, _verb_with_fa
from .name_words import noun_with_possessive

NAME_WORDS_MAX = 4     # a person's name holds up to four words
TOPIC_WORDS_MAX = 10   # the description and the name before the answer
ASIDE_WORDS_MAX = 12   # "، رئيس حزب X،": an aside between commas before the answer
COMMAS = frozenset({"،", ","})
# the article, alone or under a clitic: a definite word describes the topic, it names no one
ARTICLES = ("ال", "وال", "بال", "لل", "فال", "كال")
TANWEEN_FATH = "\u064b"   # an indefinite accusative: an adverb or a verbal noun, no name


def amma_topic_candidates(doc: Doc) -> list[Candidate]:
    """The persons named as the topic of أما, up to the فـ of its answer."""
    out: list[Candidate] = []
    for a in words_where(doc, _opens_topic):
        start = skip_space(doc, a + 1)
        close = _topic_close(doc, start)
        if close is None:
            continue
        i = _name_start(doc, start, close)
        if i is None:
            continue
        known = known_entity_at(doc, i, ("Place", "Organization", "Person"))
        if known is not None and known[0] >= close:
            continue  # "أما موسكو فـ", "أما فلان" the lexicon knows: its own finder's
        s, e = span_chars(doc, i, close, 0)
        out.append(Candidate(i, close, s, e, clean_surface(text_of(doc)[s:e]), "Person", "topic"))
    return out


def _opens_topic(text: str) -> bool:
    return normalize(text) in FRONTED_TOPIC


def _topic_close(doc: Doc, start: int) -> int | None:
    """Where the topic that opens at start closes: right before the فـ of the answer, before an age in
    brackets that the answer follows, or before an aside between commas that the answer follows; None when
    no answer comes within reach."""
    k = start
    while k < len(doc) and k - start <= TOPIC_WORDS_MAX:
        t = doc[k]
        if t.is_space or is_quote(t):
            return None
        if _verb_with_fa(t.text):
            return k
        if t.text == "(":
            shut = next((q for q in range(k + 1, min(k + 6, len(doc))) if doc[q].text == ")"), None)
            after = skip_space(doc, shut + 1) if shut is not None else len(doc)
            return k if after < len(doc) and _verb_with_fa(doc[after].text) else None
        if t.text in COMMAS:
            shut = next((q for q in range(k + 1, min(k + ASIDE_WORDS_MAX, len(doc))) if doc[q].text in COMMAS), None)
            after = skip_space(doc, shut + 1) if shut is not None else len(doc)
            return k if after < len(doc) and _verb_with_fa(doc[after].text) else None
        if not is_arabic_word(t):
            return None
        k += 1
    return None


def _name_start(doc: Doc, start: int, close: int) -> int | None:
    """First token of the name that closes the topic start..close: the words after the description (definite
    words and a title) that may be a name's, one to four of them, not all ordinary words of news; None when the
    topic holds no such name or something else stands before it."""
    i = close
    while i > start and close - i < NAME_WORDS_MAX and _name_word(doc, i - 1):
        i -= 1
    if i == close or all(normalize(doc[k].text) in mostly_common_words() for k in range(i, close)):
        return None
    if any(known_entity_at(doc, k, ("Place", "Organization")) is not None for k in range(i, close)):
        return None   # "أما حكومة <بلد> فـ", "أما جامعة <مدينة> فـ": a body or place, no person
    k = start
    while k < i:   # the description: a title, or definite words (a noun of a trade and its adjectives)
        title = match_title(doc, k)
        if title is not None and title[0] <= i:
            k = title[0]
            continue
        if not doc[k].text.startswith("ال"):
            return None
        k += 1
    return i


def _name_word(doc: Doc, k: int) -> bool:
    """A word a name of the topic may hold: Arabic, with no article (nor a preposition or و on one), no
    function, time, title, group or head word of a body or place, no nationality; ordinary words pass, a
    family name may be one ("راي")."""
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    if not is_arabic_word(t) or len(norm) < 2 or text.startswith(ARTICLES) or is_function_word(t) or is_time_word(t):
        return False
    if text.startswith("و") and normalize(text[1:]) in lexicon.given_names():
        return False  # "أما فلان وعلان فـ": two topics
    return norm not in lexicon.titles() and norm not in lexicon.groups() and norm not in lexicon.org_heads() \
        and norm not in PLACE_HEADS and nisba_country(doc, k) is None and match_title(doc, k) is None \
        and TANWEEN_FATH not in text and not noun_with_possessive(text)   # "أما منافسته فلانة فـ": her rival
