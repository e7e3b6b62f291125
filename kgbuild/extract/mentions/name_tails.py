"""The last word of a title holder's name that the name finder refused, taken back where a clear boundary closes it.

A family name may read as لـ on a word ("لفلان"), open with و, or be a word seen once as an ordinary one: the
name finder stops before it. Right after a title and a name, one such word standing before a clear boundary
of the name (punctuation, what was said, a time word, a lone preposition, a verb with فـ) is the name's end.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (tokens_of, TANWEEN_FATH, common_words, ends_in_pronoun, function_words, is_arabic_word, is_function_word,
                     is_inflected_common, is_name_link, is_non_name_form, is_punct, is_quote, is_time_word,
                     mostly_common_words, prev_word, stems, text_of, word_count, word_counts)
from .base import (COMPLEMENTIZERS, PREPOSITIONS, Candidate, known_entity_at, match_title, nisba_country, skip_space,
                   span_chars, token_infos)
from .name_words import cue_word
from .name_spans import addressee_before_what_was_said
from .names import object_of_the_verb_before, verb_after_name

NAME_WORDS_MAX = 4   # a title holder's name the tail may bring to at most this many words
FA = "ف"   # the conjunction of sequence written on the verb after its subject: "فامتنع", "فكشفت"
LI = "ل"   # the preposition a family name may seem to open with: "لفلان"
WAW = "و"   # the conjunction a family name may seem to open with: "وفلان"
PARTICIPLE_PREFIX = "م"   # the مـ of a participle: "مستقرة", "متوجهة"
FEMININE = normalize("ة")
PARTICIPLE_LETTERS = 5


def name_to_boundary_end(doc: Doc, start: int, end: int) -> int:
    """End of the name start..end after a title, taking in the one word after it when that word may be a
    name's and a clear boundary follows it; end otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, end)
    if q >= len(doc) or toks.spaces[q] or word_count(doc, start, end) >= NAME_WORDS_MAX \
            or is_name_link(toks.texts[end - 1]) or not _tail_word(doc, q):
        return end
    after = skip_space(doc, q + 1)
    if toks.texts[q].startswith(LI) and _what_was_said_opens(doc, after):
        return end   # "فلان لقناتنا إن", "لفلان:": لـ right before what was said is whom it was said to
    if object_of_the_verb_before(doc, start, q):
        return end   # "وحث الوزير فلان علان على": the verb's object before the preposition it takes, another person
    return q + 1 if clear_boundary(doc, after) else end


# the finders that read a name with no title before it: the NER, a known given name and what follows it, a speech
# verb's subject slot, and the name found again where it recurs
UNTITLED_SOURCES = frozenset({"ner", "given_name", "subject", "propagated"})


def found_names_to_boundary(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen persons, each name no table knows that an untitled finder read taken to the word after it that
    a name may end with when a clear boundary closes it (name_to_boundary_end): "وقال فلان علان لاو، أستاذ",
    "أما الكاتب الأول للحزب فلان لعلان فامتنع". The NER and the given-name finder stop before a family name
    that reads as لـ on a word or as a function word with a clitic ("لاو" as لـ + أو) as the title finder does,
    and the boundary that vouches for the word there is the same whoever found the name before it."""
    taken = {k for c in chosen for k in range(c.i, c.j)}
    out = []
    for c in chosen:
        if c.type == "Person" and c.source in UNTITLED_SOURCES and c.key is None \
                and (end := name_to_boundary_end(doc, c.i, c.j)) > c.j and not taken & set(range(c.j, end)) \
                and not doc[end - 1].text.startswith(WAW) and not verb_after_name(doc, end - 1):
            # (with no title, و before a word opens the next name of a list, "فلان علان وفستان."; and SVO is
            # common: "حملة فلان استفادت من")
            e = span_chars(doc, c.i, end, 0)[1]
            c = replace(c, j=end, end=e, form=clean_surface(text_of(doc)[c.start:e]))
        out.append(c)
    return out


# "الحالي", "السابق": words that describe a title holder ("الرئيس فلان الحالي"); "الثاني": a regnal ordinal
TITLE_MODIFIERS = lexicon.function_words().title_modifier
REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal


def definite_family_name_end(doc: Doc, start: int, end: int) -> int:
    """End of a title holder's name that is one known given name so far, taking in one definite word after it
    when a clear boundary follows: a family name with the article ("الوزير فلان الفلاني، في بيان"). A given
    name rarely stands alone after a title, and the name finder stops before a definite word that is also an
    adjective of news ("المبارك", "الأمين"); end otherwise."""
    if word_count(doc, start, end) != 1 or normalize(doc[start].text) not in lexicon.given_names():
        return end
    q = skip_space(doc, end)
    if q >= len(doc) or not _definite_family_word(doc, q):
        return end
    return q + 1 if clear_boundary(doc, skip_space(doc, q + 1)) else end


def _definite_family_word(doc: Doc, k: int) -> bool:
    """A word with the article that may be a family name: no function, time, cue, title or group word, no
    title modifier or regnal ordinal, no nationality, no body's head, no known place, body or person, no pronoun
    suffix, no accusative ending."""
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    if not is_arabic_word(t) or not text.startswith("ال") or len(norm) < 5 or TANWEEN_FATH in text \
            or is_time_word(t) or cue_word(text) or is_function_word(t) or norm in function_words() \
            or norm in lexicon.titles() or norm in lexicon.groups() or norm in lexicon.cues() \
            or norm in lexicon.org_heads() or normalize(text[2:]) in lexicon.org_heads() \
            or norm in TITLE_MODIFIERS or norm in REGNAL_ORDINALS \
            or ends_in_pronoun(text) or nisba_country(doc, k) is not None or match_title(doc, k) \
            or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
        return False
    return True


def _what_was_said_opens(doc: Doc, q: int) -> bool:
    return q < len(doc) and (doc[q].text == ":" or normalize(doc[q].text) in COMPLEMENTIZERS)


def _tail_word(doc: Doc, k: int) -> bool:
    """A word a name may end with: no function, time, cue or title word, no word of news that ANERcorp saw twice or
    more (mostly outside names; once is no evidence, _seen_twice_as_a_word, save for a verb after its subject), no
    و on a word it saw, no inflection names never take, no pronoun suffix, no definite word, no known
    place, body or person. A proclitic reading (لـ + a noun, و + a word) is allowed: the word read whole is rare."""
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    if not is_arabic_word(t) or len(norm) < 3 or TANWEEN_FATH in text or text.startswith("ال") \
            or is_time_word(t) or cue_word(text) or _seen_twice_as_a_word(norm) or norm in mostly_common_words() \
            or norm in lexicon.titles() or norm in lexicon.groups() or norm in lexicon.cues() \
            or is_inflected_common(norm, text) or ends_in_pronoun(text) or nisba_country(doc, k) is not None \
            or match_title(doc, k) or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
        return False
    if any(stem.startswith("ال") for stem in stems(t)[1:]) or addressee_before_what_was_said(doc, k):
        return False   # "بالاستقالة", "للصحفيين", "لقناتنا إن": a preposition on a noun, whom it was said to
    if norm.startswith(PARTICIPLE_PREFIX) and norm.endswith(FEMININE) and len(norm) >= PARTICIPLE_LETTERS:
        return False   # "صحة الوزير فلان مستقرة،": a feminine participle is the predicate or how the holder came
    if is_non_name_form(text) and not text.startswith(LI):
        return False   # "ببرقية": بـ on a noun (لـ on a rare word is the shape the family names here take)
    if text.startswith(WAW) and normalize(text[1:]) in word_counts():
        return False   # "وتسعة", "وفدا": و on a word of news, the next item of a list or the verb's object
    if norm in common_words() and verb_after_name(doc, k):
        return False   # "فلان علان سارع إلى": a word seen once may be the verb after its subject
    # a function word read whole ("لدى", "ولكن"), not one read only through a proclitic ("لشكر" as لـ + شكر)
    return not is_function_word(t) or norm not in function_words()


WORD_SIGHTINGS = 2   # ANERcorp's sightings that make a word outside names an ordinary word of news
ALIF = "ا"


def _seen_twice_as_a_word(norm: str) -> bool:
    """A common word (common_words) that ANERcorp saw at least twice. One sighting outside a name is no
    evidence against a transcribed family name at a name's end: 150,000 words of news hold once many a rare word
    a foreign name is spelled like ("سور" a wall), and the clear boundary after it vouches
    for the name. Save a word seen once that ends in ا, the indefinite accusative written without its mark
    ("وفدا"): the verb's object after the name."""
    return norm in common_words() and (word_counts().get(norm, (0, 0))[0] >= WORD_SIGHTINGS or norm.endswith(ALIF))


def clear_boundary(doc: Doc, q: int) -> bool:
    """Does the name close at q: the end, punctuation (no opening quote), what was said (إن, أن) or whom to, a
    time word, a lone preposition, or a verb with فـ (the sentence goes on after its subject)?"""
    if q >= len(doc) or "\n" in doc[q].text:
        return True
    t = doc[q]
    if is_punct(t):
        return not is_quote(t)
    norm = normalize(t.text)
    if norm in COMPLEMENTIZERS or norm in PREPOSITIONS or is_time_word(t) or addressee_before_what_was_said(doc, q):
        return True   # ("لقناة فلانية إن": whom it was said to, then what was said)
    return _verb_with_fa(t.text)


FRONTED_TOPIC = lexicon.function_words().fronted_topic   # "أما", "وأما": the topic, taken up by فـ on its answer


def name_before_amma_answer_end(doc: Doc, title_i: int, start: int, end: int) -> int:
    """End of a title holder's name that is the topic of أما, taking in the one word between it and the answer
    (فـ on a verb): "أما الوزيرة فلانة علان الفلاني فكشفت", "أما الكاتب الأول للحزب فلان لعلان فامتنع". All that
    stands between أما and the فـ of its answer is the topic, a title and its holder's name: a family name the
    name finder left off (a second definite word, a word read as لـ on a noun or seen as an ordinary word) is
    the name's last word. end otherwise, or when the word is one no name holds (_topic_name_word)."""
    p = prev_word(doc, title_i)
    q = skip_space(doc, end)
    if p is None or normalize(doc[p].text) not in FRONTED_TOPIC or q >= len(doc) or doc[q].is_space \
            or word_count(doc, start, end) >= NAME_WORDS_MAX or is_name_link(doc[end - 1].text):
        return end
    answer = skip_space(doc, q + 1)
    if answer >= len(doc) or not _verb_with_fa(doc[answer].text) or not _topic_name_word(doc, q):
        return end
    return q + 1


def _verb_with_fa(text: str) -> bool:
    """فـ on a cue or an ordinary word: the verb after its subject, the answer of أما or the next step told."""
    return text.startswith(FA) and (cue_word(text) or normalize(text[1:]) in common_words())


def _topic_name_word(doc: Doc, k: int) -> bool:
    """A word that may close a name before the answer of أما: no word of news ANERcorp saw mostly outside names
    ("اليوم", "الجديد", "بدوره"), no function, time, title or group word, no title modifier ("السابق"), no
    nationality, no pronoun suffix ("نفسها"), no و or فـ on it (a second topic, the answer), no accusative ending,
    no known place, body or person. A word that reads as a verb is allowed ("تامر" as تأمر): the topic holds no
    verb of its own, its verb comes after فـ."""
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    return is_arabic_word(t) and len(norm) >= 3 and TANWEEN_FATH not in text and not text.startswith((WAW, FA)) \
        and norm not in mostly_common_words() and not is_time_word(t) and norm not in function_words() \
        and norm not in lexicon.titles() and norm not in lexicon.groups() and norm not in TITLE_MODIFIERS \
        and not ends_in_pronoun(text) and nisba_country(doc, k) is None and match_title(doc, k) is None \
        and known_entity_at(doc, k, ("Place", "Organization", "Person")) is None


PROCLITICS = ("و", "ب", "ل", "ف", "ك")   # what a given name may seem to open with: "ويلي" as و + يلي, "بالين" as بـ + الين


def given_name_read_as_clitic(doc: Doc, k: int) -> bool:
    """Token k, right after a title, seems a proclitic on a word ("ويلي", "بالين") so the name finder opens no name
    there; but read whole it is no word of news ANERcorp saw, no function word and no other name the lexicon knows,
    and a word of no news text follows that closes at a clear boundary: the holder's given name, read whole."""
    if k >= len(doc):
        return False
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    # (a word in ة is a noun with بـ on it, "برقية": a transcribed given name writes its final a with ا)
    if not is_arabic_word(t) or not text.startswith(PROCLITICS) or norm.endswith(FEMININE) or len(norm) < 4 or norm in common_words() \
            or norm in mostly_common_words() \
            or norm in function_words() or TANWEEN_FATH in text or ends_in_pronoun(text) or is_time_word(t) \
            or cue_word(text) or norm in lexicon.known_entities() or match_title(doc, k) \
            or known_entity_at(doc, k, ("Place", "Organization", "Person")) is not None:
        return False
    q = skip_space(doc, k + 1)
    nxt = doc[q] if q < len(doc) else None
    if nxt is None or not is_arabic_word(nxt) or nxt.text.startswith(("ال", "و")) or is_function_word(nxt) \
            or is_time_word(nxt) or cue_word(nxt.text) or normalize(nxt.text) in common_words() \
            or normalize(nxt.text) in mostly_common_words() or match_title(doc, q) \
            or known_entity_at(doc, q, ("Place", "Organization")) is not None:
        return False
    return clear_boundary(doc, skip_space(doc, q + 1))


# "دون", "ما", "غير", "لي", "هو": function words that also spell common foreign given or family names (Don, Ma, Geir,
# Lee, Ho); after a title, before foreign words of a name, they open the holder's name
FUNCTION_WORD_NAMES = lexicon.function_words().name_spelled_as_function_word
FOREIGN_NAME_WORDS_MAX = 3   # the words of a name after such a first word


def name_opened_by_function_word_end(doc: Doc, k: int) -> int:
    """End of a title holder's name whose first word at k is a function word spelling a foreign name ("الوزير
    دون فلانيرا، "), when the words after it are no word of news (no function, common, time or cue word, nothing
    definite, no known place or body) up to a clear boundary; k otherwise."""
    if k >= len(doc) or normalize(doc[k].text) not in FUNCTION_WORD_NAMES:
        return k
    end, words = k + 1, 0
    while words < FOREIGN_NAME_WORDS_MAX and (w := skip_space(doc, end)) < len(doc) and _foreign_name_word(doc, w):
        end, words = w + 1, words + 1
    if not words:
        return k
    return end if clear_boundary(doc, skip_space(doc, end)) else k


def _foreign_name_word(doc: Doc, k: int) -> bool:
    """A word of a foreign name: no word of news ANERcorp saw mostly outside names, no function, time, cue or title
    word, nothing definite, with و or with a preposition on the article ("بالتنحي"), no pronoun suffix, no
    nationality or known place or body."""
    t = doc[k]
    norm = normalize(t.text)
    return is_arabic_word(t) and len(norm) >= 3 and not t.text.startswith(("ال", "و", "لل", "بال", "كال")) \
        and TANWEEN_FATH not in t.text \
        and not is_function_word(t) and not is_time_word(t) and not cue_word(t.text) and norm not in common_words() \
        and norm not in mostly_common_words() and norm not in lexicon.titles() \
        and not ends_in_pronoun(t.text) and nisba_country(doc, k) is None and not match_title(doc, k) \
        and known_entity_at(doc, k, ("Place", "Organization")) is None


TATWEEL = "\u0640"   # the stretch a proclitic written apart carries: "بـ"
DETACHED_PROCLITICS = ("ب", "ل", "ك")


def _detached_proclitic(text: str) -> bool:
    """"بـ", "لـ": a preposition written apart from its noun (before quote marks or a figure), a clear boundary."""
    return len(text) >= 2 and text[0] in DETACHED_PROCLITICS and set(text[1:]) == {TATWEEL}

NAME_WORDS_BEFORE_BODY_WORD = 2   # the fewest words of the name a body's one-word name may close


def body_words_closing_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen persons, a name no table knows taken to the one word after it that the gazetteer knows as a body's
    whole name ("أوتشا", "فاغنر": an acronym or a foreign name) when a clear boundary closes it there and the article
    writes that word nowhere else: a transcribed family name spelled like a body's short name ("رئيس الوزراء فلان
    علان أوتشا."). The name finders stop before a known body; but a body the article names once, glued to a name of
    two unknown words and closed as a name closes, is that name's last word (a body the verb acts on, "اتهم الوزير
    فلان علان داعش", is named again in the article). The body's candidate there gives way."""
    by_start = {c.i: c for c in chosen}
    drop: set[int] = set()
    out = []
    for c in chosen:
        if c.type == "Person" and c.key is None and word_count(doc, c.i, c.j) >= NAME_WORDS_BEFORE_BODY_WORD \
                and not is_name_link(doc[c.j - 1].text) and (q := skip_space(doc, c.j)) < len(doc) \
                and (body := by_start.get(q)) is not None and _body_word_closing(doc, body, q):
            e = span_chars(doc, c.i, q + 1, 0)[1]
            c = replace(c, j=q + 1, end=e, form=clean_surface(text_of(doc)[c.start:e]))
            drop.add(id(body))
        out.append(c)
    return [c for c in out if id(c) not in drop]


def _body_word_closing(doc: Doc, body: Candidate, q: int) -> bool:
    """Is body, at token q, one word the gazetteer knows as a body, written bare (no clitic, no article), written once
    in the article and never in ANERcorp's news, before a clear boundary?"""
    if body.type != "Organization" or body.key is None or body.j != q + 1 or body.start != doc[q].idx \
            or doc[q].text.startswith("ال"):
        return False
    # (the Doc's normalised words, read off its per-Doc token readings only here: most Docs have no such name)
    norms = [info.norm for info in token_infos(doc)]
    if norms.count(norms[q]) > 1 or norms[q] in word_counts():
        return False   # (a body ANERcorp's news names, "حماس", "أوبك", is named by its word alone often)
    after = skip_space(doc, q + 1)
    return clear_boundary(doc, after) or (after < len(doc) and _detached_proclitic(doc[after].text))
