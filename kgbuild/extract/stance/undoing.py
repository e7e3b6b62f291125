"""A deed asked of a party that undoes a step of its own: lifting or cancelling a restriction ("دعا X إلى رفع
حالة الطوارئ", "طالب X برفع الإجراءات العقابية", "إلى إلغاء الحظر"), or withdrawing, cancelling or stopping what
a pronoun names as already there ("دعا X إلى سحبه", "طالب X بإلغائه": the law, the decision the article told).

Asked of the party a call or demand opens with, that is to back down from what it imposed or decided, as a word of
stopping asks it to give up what it does (acts.asked_to_stop): the party is in the wrong (negative). Lifting a good
thing is no undoing ("رفع مستوى التعاون", "رفع الأجور": raising), so a word of lifting undoes only before a word of
restriction: a word of cutting or banning (function_words severing: "القيود", "الحظر", "التجميد"), of sanctions
(polarity.tsv punishing: "العقابية"), a bad word ("الحصار"), or a state of exception (function_words lifted_state:
"الطوارئ"), right after it or past one noun ("رفع حالة الطوارئ"); not one lifted off a party named after عن ("رفع الحظر
عن شحنات الدواء لـY": help asked for Y)."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import PRONOUN_SUFFIXES, next_word, tokens_of
from .words import is_one_of, is_punishing, of_kind, word_polarity

RESTRICTION_REACH = 2   # words from the word of lifting to the restriction it lifts ("رفع حالة الطوارئ")
OFF = normalize("عن")   # "رفع العقوبات عن Y": what is lifted off a party
HAMZA_SEAT = (normalize("ئ"), normalize("ء"))   # "إلغائه" -> إلغاء: the hamza's seat before a pronoun


def undoes(doc: Doc, q: int, hi: int) -> bool:
    """Is word q (its clitics aside: "برفع", "إلى إلغاء") a word of lifting or cancelling before a restriction within
    RESTRICTION_REACH words, or a word of stopping, withdrawing or cancelling with a pronoun of its object ("سحبه",
    "بإلغائها")?"""
    toks = tokens_of(doc)
    stems = {normalize(stem) for _, stem in clitic_variants(toks.texts[q])}
    if any(_owned_stop(stem) for stem in stems):
        return True
    if not stems & lexicon.function_words().undoing:
        return False
    r = q
    for _ in range(RESTRICTION_REACH):
        r = next_word(doc, r)
        if r is None or r >= hi or toks.punct[r]:
            return False
        if _restriction(toks.texts[r]):
            # "رفع الحظر عن شحنات الدواء لـY": a ban lifted off a third party's trade is help asked for Y, no step of
            # the addressee's own to undo
            after = next_word(doc, r)
            return after is None or after >= hi or normalize(toks.texts[after]) != OFF
    return False


def _restriction(text: str) -> bool:
    """Is the word one of restriction: cutting or banning, sanctions, a bad word, a state of exception?"""
    words = lexicon.function_words()
    return of_kind(text, words.severing) or is_one_of(text, words.lifted_state) or is_punishing(text) or \
        word_polarity(text) < 0


def _owned_stop(stem: str) -> bool:
    """Is the normalised stem a word of stopping or cancelling with a pronoun of its object ("سحبه" -> سحب, "إلغائها"
    -> إلغاء)? The pronoun names what the party holds or did, which it is asked to give up."""
    words = lexicon.function_words()
    for suffix in PRONOUN_SUFFIXES:
        if not stem.endswith(suffix) or len(stem) - len(suffix) < 3:
            continue
        bare = stem[: -len(suffix)]
        if bare.endswith(HAMZA_SEAT[0]):
            bare = bare[:-1] + HAMZA_SEAT[1]
        return bare in words.stopping or bare in words.undoing
    return False
