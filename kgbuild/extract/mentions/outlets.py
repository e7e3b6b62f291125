"""News outlets and other bodies found apart from a head noun: the quoted name a source spoke to
("لـ«الرياض»"), Latin acronyms, spelled acronyms in parentheses, sports clubs."""
from __future__ import annotations

import re

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import (is_function_text, ends_in_pronoun, is_arabic_word, is_function_word, is_ordinary_word, name_like_text,
                     is_quote_text, prev_word, text_of, tokens_of, words_where)
from .base import OUTLET_SUFFIXES, Candidate, known_entity_at, skip_space, span_chars, token_infos
from .names import cue_word
from .ner import name_clitic
from .quoted_names import quoted_name_end
from .clubs import club_candidates
from .latin_names import latin_acronyms, spelled_acronyms_in_parentheses


_LAM = (normalize("لـ"), normalize("ل"))


# "<city> - " (up to three places, each closed by a dash) opening a line: a dateline, before the outlet's name
_DATELINE_PLACES = re.compile(r"\s*(?:[^\W\d_][^\n\d:.،,؛!?؟«»\"()-]{0,40}?\s*[-–—]\s*){1,3}\Z")


def _dateline_outlet_end(doc: Doc, q: int) -> int | None:
    """"<مدينة> - «X»:", "<مدينة> - «X»، وكالات:": the quote at token q opens the name of the outlet that
    files the report, after the dateline's places; the end of the name, or None."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = text_of(doc)
    line_start = text.rfind("\n", 0, toks.starts[q]) + 1
    if not _DATELINE_PLACES.match(text, line_start, toks.starts[q]):
        return None
    end = quoted_name_end(doc, q + 1)
    after = skip_space(doc, end + 1)
    if end == q + 1 or after >= len(doc) or toks.texts[after] not in ("،", ",", ":"):
        return None
    return end


def quoted_outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    """"أوضح مسؤول لـ"النهار" أن ...", "في حديث لـ«الرياض»،": the tokens of the quoted name a source spoke to,
    before what was said or a comma; and the quoted outlet's name after a dateline. Found once per Doc (the
    outlet finder and selection both ask)."""
    spans = doc.user_data.get("kg_quoted_outlets")
    if spans is None:
        spans = doc.user_data["kg_quoted_outlets"] = _quoted_outlet_spans(doc)
    return list(spans)


def _quoted_outlet_spans(doc: Doc) -> list[tuple[int, int]]:
    complementizers = lexicon.function_words().complementizer
    info, texts = token_infos(doc), tokens_of(doc).texts   # (texts: not doc[i], which builds a Token per word)
    out = []
    # each reading below opens at a quote mark (i) or right before one (i + 1): only those tokens are looked at,
    # the quote marks found from the Doc's word index, not by a scan of every token
    quotes = words_where(doc, is_quote_text)
    for i in sorted({*quotes, *(q - 1 for q in quotes if q > 0)}):
        if is_quote_text(texts[i]) and i + 1 < len(doc) and (end := _dateline_outlet_end(doc, i)) is not None:
            out.append((i + 1, end))
            continue
        # (the quote mark after it first: rare, and asking it spares the correspondent test at nearly every word)
        if i + 2 >= len(doc) or not is_quote_text(texts[i + 1]) or info[i].norm not in _LAM and not _correspondent(doc, i):
            continue
        end = quoted_name_end(doc, i + 2)
        after = skip_space(doc, end + 1)
        if end == i + 2 or after >= len(doc):
            continue
        if normalize(doc[after].text) in complementizers or doc[after].text in ("،", ",", ":") \
                or _correspondent(doc, i) or _after_interview_noun(doc, i):
            out.append((i + 2, end))
    return out


CORRESPONDENTS = lexicon.function_words().correspondent


def _correspondent(doc: Doc, i: int) -> bool:
    """Token i is a correspondent or envoy, bare or with its proclitics ("لمراسل", "ومراسلة"): a quoted name
    in construct with it is the outlet he reports for, whatever follows."""
    return any(normalize(stem) in CORRESPONDENTS for _, stem in clitic_variants(tokens_of(doc).texts[i]))


def _after_interview_noun(doc: Doc, i: int) -> bool:
    """"في حديث لـ«X» إلى أن": لـ at i right after a noun of an interview given; the quoted name is the
    outlet, whatever follows it (here the preposition the speaker's pointing out governs)."""
    p = prev_word(doc, i)
    return p is not None and normalize(doc[p].text) in INTERVIEW_NOUNS


INTERVIEW_NOUNS = lexicon.function_words().interview_noun


def _is_interview_noun(text: str) -> bool:
    return normalize(text) in INTERVIEW_NOUNS


def _interviewing_outlet(doc: Doc, i: int) -> Candidate | None:
    """"في تصريح لـX،", "في حديث لX إن": one name-like word no table knows after لـ, right after a noun of
    a statement or interview given, before what was said or a comma: the outlet it was given to."""
    p = prev_word(doc, i)
    # (asked at every word: read off the Doc's token texts, not doc[p], which builds a Token)
    if p is None or normalize(tokens_of(doc).texts[p]) not in INTERVIEW_NOUNS:
        return None
    text = doc[i].text
    if normalize(text) in _LAM:
        k, clitic = skip_space(doc, i + 1), 0
    elif text.startswith("ل") and len(text) > 4:
        k, clitic = i, 1
    else:
        return None
    after = skip_space(doc, k + 1)
    if k >= len(doc) or after >= len(doc) or not (normalize(doc[after].text) in lexicon.function_words().complementizer
                                                   or doc[after].text in ("،", ",", ":")):
        return None
    name = doc[k].text[clitic:]
    # no given name ("لسامي"), no word with a pronoun on it ("لقناتنا": "our channel")
    if not is_arabic_word(doc[k]) or name.startswith("ال") or is_ordinary_word(normalize(name)) \
            or is_function_word(doc[k]) or not name_like_text(name) or normalize(name) in lexicon.person_names().given \
            or ends_in_pronoun(name) or (name.endswith("تنا") and is_ordinary_word(normalize(name[:-3] + "ة"))) \
            or known_entity_at(doc, k, ("Person", "Place", "Organization")) is not None:
        return None
    s, e = span_chars(doc, k, k + 1, clitic)
    return Candidate(k, k + 1, s, e, clean_surface(name), "Organization", "org")


def outlet_candidates(doc: Doc) -> list[Candidate]:
    """The quoted name a source spoke to is the outlet that reports it, even a place's name (a paper
    named «الخليج», «المغرب»: selection lets it win over the place)."""
    out = []
    for i, end in quoted_outlet_spans(doc):
        if _own_outlet(doc, i, end):
            continue
        s, e = span_chars(doc, i, end, 0)
        out.append(Candidate(i, end, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    # (only the word right after a noun of interview may be one: the first word past the noun's spaces)
    spaces = tokens_of(doc).spaces
    for p in words_where(doc, _is_interview_noun):
        i = p + 1
        while i < len(spaces) and spaces[i]:
            i += 1
        if i < len(spaces) and (c := _interviewing_outlet(doc, i)) is not None:
            out.append(c)
    return out + _named_with_outlet_suffix(doc) + latin_acronyms(doc) + club_candidates(doc) + spelled_acronyms_in_parentheses(doc)


# the kinds of body a definite class noun of bodies names when it stands for an outlet (body_classes.tsv)
_OUTLET_KINDS = frozenset({"media"})


def _own_outlet(doc: Doc, i: int, end: int) -> bool:
    """"قال مسؤول لـ«الصحيفة» إن": one definite class noun of outlets alone in the quotes is the paper that
    prints the article speaking of itself (house style), no name of a body; the article names it nowhere."""
    words = [t.text for t in doc[i:end] if not t.is_space]
    if len(words) != 1:
        return False
    norm = normalize(words[0])
    return norm.startswith("ال") and bool(lexicon.body_classes().get(norm[2:], frozenset()) & _OUTLET_KINDS)


def _is_outlet_suffix(text: str) -> bool:
    return normalize(text) in OUTLET_SUFFIXES


def _named_with_outlet_suffix(doc: Doc) -> list[Candidate]:
    """"لأوراسيا نيوز", "ذكرت لندن تايمز": a name word and the English word closing an outlet's name
    (News, Times, Post) are one outlet, even one no table knows and one whose first word is a place."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    info = token_infos(doc)
    out = []
    # (the few words that are such a suffix, off the Doc's index of words: most texts hold none)
    for k in words_where(doc, _is_outlet_suffix):
        if (p := prev_word(doc, k)) is None:
            continue
        if not toks.arabic[p] or is_function_text(toks.texts[p]) or toks.texts[p].startswith("ال") or cue_word(toks.texts[p]) \
                or known_entity_at(doc, p, ("Organization",)) is not None:
            continue   # a known outlet is the gazetteer's; "وقالت تايمز": the verb the bare outlet is subject of
        clitic, _ = name_clitic(doc, p, k + 1)
        word = info[p].norm
        if not clitic and word[:1] in "لب" and len(word) >= 4 and word[1] not in "اي" \
                and known_entity_at(doc, p, ("Place", "Organization", "Person")) is None:
            clitic = 1   # "في حديث لصدى نيوز": one speaks to an outlet with لـ; "لبنان نيوز" keeps its place
        s, e = span_chars(doc, p, k + 1, clitic)
        out.append(Candidate(p, k + 1, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    return out
