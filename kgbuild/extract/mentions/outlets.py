"""News outlets and other bodies found apart from a head noun: the quoted name a source spoke to
("لـ«الرياض»"), Latin acronyms, spelled acronyms in parentheses, sports clubs."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_quote, text_of
from .base import Candidate, skip_space, span_chars, token_infos
from .quoted_names import quoted_name_end
from .clubs import club_candidates
from .latin_names import latin_acronyms, spelled_acronyms_in_parentheses


_LAM = (normalize("لـ"), normalize("ل"))


def outlet_candidates(doc: Doc) -> list[Candidate]:
    """"أوضح مسؤول لـ"النهار" أن ...", "في حديث لـ«الرياض»،": the quoted name a source spoke to
    is the outlet that reports it."""
    complementizers = lexicon.function_words().complementizer
    info = token_infos(doc)
    out = []
    for i in range(len(doc)):
        if info[i].norm not in _LAM or i + 2 >= len(doc) or not is_quote(doc[i + 1]):
            continue
        end = quoted_name_end(doc, i + 2)
        after = skip_space(doc, end + 1)
        if end == i + 2 or after >= len(doc):
            continue
        if normalize(doc[after].text) in complementizers or doc[after].text in ("،", ",", ":"):
            s, e = span_chars(doc, i + 2, end, 0)
            out.append(Candidate(i + 2, end, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    return out + latin_acronyms(doc) + club_candidates(doc) + spelled_acronyms_in_parentheses(doc)
