"""Mentions of the entities the lexicon knows (gazetteer), outlets included."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import text_of, is_arabic_word, is_punct, tokens_of
from .base import (BODY_MODIFIERS, adjectival, Candidate, first_words, is_quoted, longest_match,
                   nisba_country, positions, skip_space, span_chars, token_infos)


def gazetteer_candidates(doc: Doc) -> list[Candidate]:
    known = lexicon.known_entities()
    n_max = lexicon.max_form_tokens()
    toks = tokens_of(doc)
    out = []
    for i in positions(token_infos(doc), first_words(known)):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, known, n_max)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        ent = known[norm][0]
        j = i + n
        if n == 1 and ent.type == "Place" and adjectival(doc, i, surface):
            continue  # "العاصمة السعودية": a nationality adjective, not the country
        if ent.type == "Place" and norm in _outlets_by_name() and is_quoted(doc, i, j):
            ent = _outlets_by_name()[norm]  # "لـ«الرياض»": a quoted name is the outlet, not the city
        if ent.type == "Organization" and j + 1 < len(doc) and doc[j].text == "-" \
                and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) and is_arabic_word(doc[j + 1]) \
                and doc[j + 1].idx == doc[j].idx + 1:
            s, e = span_chars(doc, i, j + 2, cl)
            out.append(Candidate(i, j + 2, s, e, clean_surface(surface + "-" + doc[j + 1].text),
                                 "Organization", "gazetteer"))
            continue
        if ent.type == "Organization":
            # "الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى الصومالي": modifiers and a nationality
            # that follow a known body's name belong to the name as written
            k = j
            while (q := skip_space(doc, k)) < len(doc) and q - j < 3 and (
                    normalize(doc[q].text) in BODY_MODIFIERS or nisba_country(doc, q)) \
                    and doc[q].text.startswith("ال"):
                k = q + 1
            if k > j:
                surface = clean_surface(surface + text_of(doc)[doc[j - 1].idx + len(doc[j - 1].text):
                                                               doc[k - 1].idx + len(doc[k - 1].text)])
                j = k
        s, e = span_chars(doc, i, j, cl)
        before = doc[i - 1].text if i > 0 and is_punct(doc[i - 1]) else ""
        out.append(Candidate(i, j, s, e, clean_surface(surface), ent.type, "gazetteer", key=ent.key,
                             doc_text_before=before))
    return out


_OUTLETS: dict[str, lexicon.KnownEntity] = {}


def _outlets_by_name() -> dict[str, lexicon.KnownEntity]:
    """Known bodies named by a head noun and a name ("صحيفة الرياض"): the name alone -> the body."""
    if not _OUTLETS:
        heads = lexicon.org_heads()
        for e in lexicon.entity_by_key().values():
            for f in e.forms if e.type == "Organization" else ():
                words = normalize(f).split()
                if len(words) >= 2 and words[0] in heads:
                    _OUTLETS.setdefault(" ".join(words[1:]), e)
    return _OUTLETS
