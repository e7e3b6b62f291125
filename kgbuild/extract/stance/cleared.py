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
from .words import first_word, is_any_word, is_one_of, word_polarity

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


DEED_REACH = 2   # words after the subject of a denied clause within which its verb stands (past "قد")


def no_deed_denied(doc: Doc, c: Candidate, c_end: int) -> bool:
    """Is what a denied clause says of its subject, mention c, a plan, a request or a receipt (function_words no_deed,
    right after c or past "قد": "نفى أن يكون X بصدد الانسحاب", "أن تكون X قد طلبت", "أن تكون X تلقت رسالة") of nothing
    bad? No deed is denied of X, so no wrong it is cleared of: X is no more than named. A plan or an order of a wrong
    is a charge all the same ("نفى أن تكون X تلقت أوامر بقمع المحتجين": X cleared)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    k: int | None = c.j
    for _ in range(DEED_REACH):
        if k is None or k >= c_end or toks.punct[k]:
            return False
        if is_one_of(toks.texts[k], words.no_deed):
            # only then the rest of the clause is read, for a word of a wrong (a rare case: a denied clause's verb)
            return not any(not toks.punct[q] and word_polarity(toks.texts[q]) < 0 for q in range(k + 1, c_end))
        if normalize(toks.texts[k]) not in words.adjunct:
            return False
        k = next_word(doc, k)
    return False
