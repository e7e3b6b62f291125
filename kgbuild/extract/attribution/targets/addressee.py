"""Whom the words were said to: "وحث فلان، في اتصال هاتفي مع X، ...", "بعث فلان برقية إلى X تمنى فيها ...",
"أجرى اتصالا هاتفيا بـX أكد خلاله ...", "قال فلان خلال استقباله X إن ...". The one called, cabled or received
in the sentence of the saying, before what was said, is a party the words are about (congratulated, urged,
assured)."""
from __future__ import annotations

from ....text import normalize
from ..context import Context

CONTACT_REACH = 4   # words from the noun of contact to the one addressed ("اتصالا هاتفيا مع نظيره الهندي X")
ADDRESS_LINKS = frozenset(normalize(w) for w in ("مع", "إلى"))   # the prepositions before the one addressed
ADDRESS_CLITICS = ("ب", "ل")    # glued on the one addressed ("بأردوغان", "لتبون")
ADDRESSED_TYPES = ("Person", "Place")   # a leader or a state: a body after "مع" is as often an outlet interviewing
CUES_BETWEEN = 1    # cues at most between the one addressed and what was said: the saying's own


def addressee(ctx: Context, c_start: int, exclude: set[str]) -> str | None:
    """The key of the person or state the saying was addressed to, named after a noun of contact (function_words
    addressed_contact) in the sentence before the content, past "مع"/"إلى", with بـ/لـ glued on, or right after
    a noun of receiving; not one of `exclude` (the speakers, intermediaries), and with no other saying between it
    and the content (whose addressee it would be); not a cable of condolence (function_words mourning_word). None
    when there is none."""
    tokens, mentions = ctx.tokens, ctx.mentions
    sent = tokens.sentence(c_start).start if c_start < tokens.size else c_start
    norms, contact = tokens.norms, tokens.words.addressed_contact   # (read directly: every word before the content)
    if contact.isdisjoint(norms[sent:c_start]):
        return None   # (the common case, told by one set test in C: no noun of contact before the content)
    for k in range(sent, c_start):
        if norms[k] not in contact:
            continue
        q, seen = tokens.next(k + 1, c_start), 0
        while q < c_start and seen <= CONTACT_REACH and not tokens.is_punct(q):
            if tokens.norm(q) in tokens.words.mourning_word:
                break   # "برقية تعزية إلى X": condolences speak of the dead, not of the one they are sent to
            named = mentions.start_at.get(q) or mentions.titled.get(q)
            if named is not None:
                before = tokens.norm(tokens.prev(q)) if tokens.prev(q) is not None else ""
                # ("بالرئيس التركي X": the clitic on the title the name follows)
                glued = tokens.clitic(named) if named.i == q else _title_clitic(tokens.norm(q))
                linked = before in ADDRESS_LINKS or glued in ADDRESS_CLITICS or \
                    (tokens.prev(q) == k and tokens.norm(k).startswith(RECEIVING))
                key = mentions.key(named)
                if linked and key is not None and key not in exclude and named.type in ADDRESSED_TYPES and \
                        sum(ctx.cues.at(t) is not None for t in range(named.j, c_start)) <= CUES_BETWEEN:
                    return key
                break
            q, seen = tokens.next(q + 1, c_start), seen + 1
    return None


RECEIVING = normalize("استقبال")   # the noun of receiving someone: the one received follows it at once


def _title_clitic(word: str) -> str:
    """The preposition glued on a title with the article: "بالرئيس" -> "ب", "للرئيس" -> "ل"; "" when none."""
    if word.startswith("لل"):
        return "ل"
    return word[:1] if word[1:3] == "ال" else ""
