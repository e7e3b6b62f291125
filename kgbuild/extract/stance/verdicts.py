"""The verdict of a verb of describing or deeming ("وصف X بأنه ...", "اعتبر أن X ..."): a speaker who is reported
to describe or deem a party gives a judgement of it by the act itself, whatever words it is put in. When no word of
the content reads either way (an image, a likening, a label the tables do not hold: "وصفه بأنه زلزال"), the
verdict leans to blame: in news a description reported as such is mostly a charge (a reproach, a label pinned on a
party), praise being said with words of praise the tables know. But a description that ranks its object high (an
elative of size, rank or height: "الحدث الأكبر", "الأهم منذ سنوات", "أعلى نسبة في تاريخه") leans to praise: what
is made the greatest of its kind is acclaimed. So does one that names it with a noun or adjective of acclaim (a model,
a crowning, a giant, a leap, important, prominent: "وصفه بأنه نموذج يحتذى", "اعتبره تتويجا لجهود"), not negated
("ليس نموذجا"). A description put as a participle of manner right after an act of the same speaker that judges by itself
("رحب X بالقرار، معتبرا أنه ...", "أشاد بـ...، واصفا إياه بأنه ...") goes on with that act: it leans as the act does, unless
a "but" between turns it ("هنأ الرئيس المنتخب، لكنه اعتبر أن ...")."""
from __future__ import annotations

from collections.abc import Set

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import next_word, tokens_of
from .words import is_negation, is_one_of, of_kind, polarity_table

# "أكبر من", "أكثر مما": a comparison ("more than half", "more than it cures"), no rank
THAN = frozenset(normalize(w) for w in ("من", "مما", "ممن", "منه", "منها", "منهم"))


def unread_verdict(stances: dict[str, str], overall: str, spared: Set[str],
                   lean: str = "negative") -> tuple[dict[str, str], str]:
    """The stances and overall stance of a deeming verb's statement: unchanged when any is read (not neutral);
    else `lean` (blame, or praise for a description that ranks high: ranked_high) towards each target but the
    speaker's own side (`spared`), and overall."""
    if overall != "neutral" or any(s != "neutral" for s in stances.values()):
        return stances, overall
    judged = {key: (s if key in spared else lean) for key, s in stances.items()}
    return judged, lean


def ranked_high(doc: Doc, start: int, end: int) -> bool:
    """Does tokens start..end-1 hold an elative of size, rank or height (polarity.tsv eminent: "الأكبر", "أهم",
    "أعلى") that is no comparison with من ("أكثر من نصف", "أكثر مما")?"""
    toks = tokens_of(doc)
    eminent = polarity_table().eminent
    for k in range(start, end):
        if toks.punct[k] or not is_one_of(toks.texts[k], eminent):
            continue
        q = next_word(doc, k)
        if q is None or q >= end or normalize(toks.texts[q]) not in THAN:
            return True
    return False


def acclaimed(doc: Doc, start: int, end: int) -> bool:
    """Does tokens start..end-1 hold a noun or adjective of acclaim (polarity.tsv acclaim: "نموذج", "تتويج",
    "عملاق", "مهمة"), read through its inflections, that no word of negation right before it denies ("ليس
    نموذجا", "غير مهم")?"""
    toks = tokens_of(doc)
    table = polarity_table()
    for k in range(start, end):
        # (a common word that folds onto one, polarity.tsv neutral: "مهما" is "whatever")
        if toks.punct[k] or is_one_of(toks.texts[k], table.neutral) or not of_kind(toks.texts[k], table.acclaim):
            continue
        if k == start or not is_negation(toks.texts[k - 1]):
            return True
    return False


AFFAIR_TO_INTERNAL = 2   # words from a noun of a matter to "internal" ("شأن داخلي", "شأن يمني داخلي")


def internal_affair(doc: Doc, start: int, end: int) -> bool:
    """Does tokens start..end-1 hold a noun of a matter (polarity.tsv affair: "شأن", "مسألة") followed within
    AFFAIR_TO_INTERNAL words, no punctuation between, by "internal" (polarity.tsv internal: "شأن داخلي لـX", "شأن X
    داخلي")? A matter deemed someone's internal affair is left to them, no verdict of the deeming verb."""
    toks = tokens_of(doc)
    table = polarity_table()
    for k in range(start, end):
        if toks.punct[k] or not is_one_of(toks.texts[k], table.affair):
            continue
        q = k
        for _ in range(AFFAIR_TO_INTERNAL):
            q = q + 1
            if q >= end or toks.punct[q]:
                break
            if is_one_of(toks.texts[q], table.internal):
                return True
    return False


def deemed_lean(doc: Doc, start: int, end: int) -> str:
    """The lean of a deeming verb's content that no table reads: none for an internal affair, praise for a description
    that ranks high or acclaims, else blame."""
    if internal_affair(doc, start, end):
        return "neutral"
    return "positive" if praised(doc, start, end) else "negative"


def praised(doc: Doc, start: int, end: int) -> bool:
    """Does a description in tokens start..end-1 lean to praise: ranks its object high or acclaims it?"""
    return ranked_high(doc, start, end) or acclaimed(doc, start, end)


def elaborated_lean(doc: Doc, act_stance: str, start: int, end: int) -> str | None:
    """The lean of a description that elaborates an act of the speaker's told in tokens before `start` (its cue's end)
    up to the describing participle at `end`: the act's stance, when it judges (not neutral) and no word of contrast
    (function_words contrast: "لكن", "لكنه") stands between; None otherwise."""
    if act_stance == "neutral":
        return None
    toks, contrast = tokens_of(doc), lexicon.function_words().contrast
    if any(not toks.punct[k] and normalize(toks.texts[k]) in contrast for k in range(start, end)):
        return None
    return act_stance
