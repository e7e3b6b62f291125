"""A bare deed that befalls its own doer: "رحب بالاستقالة" after "أعلن X استقالته".

A welcome or a regret whose object is the bare noun of a deed (deeds.tsv) judges the deed's doer with the act's
stance ("رحب بالقرار": the one who decided is favoured); but when the deed is a loss to its own doer (a noun of
befalling, polarity.tsv: stepping down, resigning), welcoming it is hostility to the one who leaves and regretting
it is sympathy: the stance turns round for the doer."""
from __future__ import annotations

from spacy.tokens import Doc

from ..words import tokens_of
from .words import is_befalling

TURNED_ROUND = {"positive": "negative", "negative": "positive"}


def befalls_its_doer(doc: Doc, c_start: int, c_end: int) -> bool:
    """Is the content's last word (past punctuation) a noun of what befalls someone ("بالاستقالة")?"""
    toks = tokens_of(doc)
    k = c_end - 1
    while k >= c_start and toks.punct[k]:
        k -= 1
    return k >= c_start and is_befalling(toks.texts[k])


def doer_stance(stance: str, befalls: bool) -> str:
    """The stance towards the doer of a bare deed an act of `stance` names: turned round when the deed befalls them."""
    return TURNED_ROUND.get(stance, stance) if befalls else stance
