"""A party's tie to a wrong denied: "نفى أي علاقة لجماعته بالحريق", "نفت أي صلة للشركة بالتفجير".

A denial whose content opens with a noun of tie or link (function_words relation_noun, past "أي") owned by a party named
with لـ right after it clears that party of the wrong it is said to be tied to: the speaker defends it, and the
statement's stance is positive, as when a denied deed of the speaker's own side clears it (roles.denied_deed_of). A tie
denied with no party named ("نفى أي صلة بالهجوم", "نفى أي صلة له بالهجوم": the denier's own) only distances the denier
from a wrong they judge (attribution.targets._names_a_tie)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import next_word, tokens_of
from .roles import named_from
from .words import first_word, is_any_word

OPENING_WORDS = 6   # words of the content within which "أي" and the noun of tie are looked for
OWNER_STEM = 3    # letters a noun after لـ has at least ("لحركته", "للشركة"); fewer is a bare pronoun ("له", "لها")


def denied_tie_owner(doc: Doc, c_start: int, c_end: int) -> int:
    """The token of the party, named with لـ, that owns the noun of tie the content opens with ("علاقة لحركته بـ"), or
    that follows "أي" within its first OPENING_WORDS words (past a time phrase or an aside the content may open with:
    "أمس أي علاقة لشقيقه بـ"); -1 when there is none."""
    toks = tokens_of(doc)
    relation = lexicon.function_words().relation_noun
    k, seen = first_word(doc, c_start), 0
    while k is not None and k < c_end and seen < OPENING_WORDS:
        if not toks.punct[k]:
            after_any = is_any_word(toks.texts[k])
            if after_any or seen == 0:
                t = next_word(doc, k) if after_any else k
                if t is not None and t < c_end and not toks.punct[t] and \
                        any(clitic == "" and normalize(stem) in relation for clitic, stem in clitic_variants(toks.texts[t])):
                    q = next_word(doc, t)
                    if q is not None and q < c_end and not toks.punct[q] and \
                            any(clitic.endswith("ل") and len(normalize(stem)) >= OWNER_STEM
                                for clitic, stem in clitic_variants(toks.texts[q])):
                        return q
            seen += 1
        k = next_word(doc, k)
    return -1


def tie_denied_of(doc: Doc, c: Candidate, c_start: int, c_end: int) -> bool:
    """Is mention c (or its title) the party whose tie a denial opens with ("نفى أي علاقة لـX بالهجوم")?"""
    q = denied_tie_owner(doc, c_start, c_end)
    return q >= 0 and named_from(c, c_start) <= q < c.j
