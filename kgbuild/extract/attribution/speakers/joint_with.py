"""A partner named with مع in a joint statement: "حذرت فلانة، في بيان مشترك مع الوزير علان، من أن", "وقالت
الهيئة في بيان مشترك مع نظيرتها X إن": the partner speaks too (a joint statement is one statement per speaker).
Not a press conference held with a counterpart ("في مؤتمر صحفي مشترك مع ضيفه"): each there says their own."""
from __future__ import annotations

from ..context import Context
from ..index import Found
from ..referents.issuers import AUTHOR_TYPES, joint_adjective_at
from .base import Query, Speakers

WITH = "مع"
PARTNER_REACH = 6        # tokens from مع to the partner's name, past a title or "its partner" and adjectives


# "اتفقت X مع Y على": Y is the other side of the agreement; "تحدثوا مع X", "أفاد مع": the one spoken to or
# with; a joint act is a call, a warning, a condemnation ... done together ("ودعت مع فلان")
NOT_JOINT_ACTS = frozenset({"agree", "say", "report"})


def with_joint_partner(ctx: Context, q: Query, found: Speakers) -> Speakers:
    """The speakers found and, when "في <statement noun> مشترك مع <partner>" follows their phrase (a comma
    may stand before it), the partner named there; also the partner of "مع" right after a verb whose subject
    stands before it or goes on from before ("ودعت مع الرئيس فلان الأحزاب إلى": they called together). What
    was said starts past the partner's name."""
    tokens, end = ctx.tokens, q.end
    if q.cue.kind != "noun" and q.cue.entry.act not in NOT_JOINT_ACTS and all(f.i < q.cue.i for f in found.found):
        k = tokens.next(q.cue.i + 1, end)
        if k < end and tokens.text(k) == WITH and (partner := _partner_after(ctx, k + 1, end)) is not None \
                and partner.key not in {f.key for f in found.found}:
            return Speakers(found.found + (partner,), partner.j, found.via, found.by)
    k = tokens.next(found.after, end)
    if k < end and tokens.is_comma(k):
        k = tokens.next(k + 1, end)
    if k >= end or tokens.norm(k) != "في":
        return found
    noun = tokens.next(k + 1, end)
    joint = tokens.next(noun + 1, end)
    with_ = tokens.next(joint + 1, end)
    if with_ >= end or not _statement_noun(ctx, noun) or not joint_adjective_at(ctx, joint) or tokens.norm(with_) != WITH:
        return found
    partner = _partner_after(ctx, with_ + 1, end)
    if partner is None or partner.key in {f.key for f in found.found}:
        return found
    return Speakers(found.found + (partner,), partner.j, found.via, found.by)


def _statement_noun(ctx: Context, k: int) -> bool:
    """"بيان", "رسالة", "إعلان": a noun of what was said or written (a statement cue or a document)."""
    return ctx.cues.kind_at(k) == "noun" or ctx.tokens.norm(k) in ctx.tokens.words.document_noun


def _partner_after(ctx: Context, k: int, end: int) -> Found | None:
    """The first person, body or state named within PARTNER_REACH tokens from k, with no punctuation before it
    ("المفوض التجاري علان", "شريكتها الأمريكية X")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for q in range(k, min(end, k + PARTNER_REACH)):
        if tokens.is_punct(q) or tokens.is_quote(q):
            return None
        cand = mentions.start_at.get(q)
        if cand is not None:
            return mentions.found(cand) if cand.type in AUTHOR_TYPES else None
    return None
