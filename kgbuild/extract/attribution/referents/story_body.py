"""Whom a bare definite head noun in what was said stands for when the article has named several bodies with that
head: "الحزب" in a party leader's words, after a rival party was named in the paragraph before, is most often the
party the story is about, the one its headline or opening sentence named, not the last one named (a speaker names
a rival by its name; the bare head takes up the story's own body, as readers of the lead know it)."""
from __future__ import annotations

from .... import lexicon
from ....text import clitic_variants
from ...mentions import headed_by
from ..context import Context
from .bodies_and_places import bodies_with_head, body_referent


def story_body(ctx: Context, pos: int, speakers: set[str]) -> str | None:
    """The body the bare definite head at `pos` ("الحزب", "الحركة") stands for in a statement's content: the one
    body with that head that the article's lead named (story_lead_end), when the body named last is another one,
    named in a sentence before; otherwise body_referent's (the last one named). The lead's body is none of the
    speakers' own (their titles' bodies): when one of those was named last, it is the one taken up."""
    # "زعيم جديد للحزب", "الثقة بالحركة", "والحزب": a preposition or conjunction glued on leaves the bare head
    norm = definite_head(ctx.tokens.norm(pos))
    key = body_referent(ctx, pos, norm=norm)
    if key is None or not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
        return key
    head = norm[2:]
    own = speakers | _bodies_of_titles(ctx, speakers)
    named = bodies_with_head(ctx, pos, head)[0]
    # the speaker's own body named last is the one its "الحزب" takes up; and one named in the same sentence is
    # the one taken up ("... حزب X، وقال إن الحزب")
    if key in own or (named and named[-1][0].i >= ctx.tokens.sentence(pos).start):
        return key
    led = lead_bodies(ctx, head, own)
    if len(led) != 1 or key in led:
        return key
    return led.pop()


def definite_head(norm: str) -> str:
    """The definite head noun of bodies a normalised word is, with و, ف, بـ or لـ glued on ("والحزب", "بالحركة", "للحزب"
    less the article's alef): "الحزب"; else the word as it is."""
    heads = lexicon.org_heads()
    return next((stem for _, stem in clitic_variants(norm) if stem.startswith("ال") and stem[2:] in heads), norm)


def lead_bodies(ctx: Context, head: str, own: set[str]) -> set[str]:
    """The bodies with the head noun `head` that the article's lead names (story_lead_end), on their own or inside
    another mention, not one of `own`."""
    end = story_lead_end(ctx)
    named = {k for c, k in bodies_with_head(ctx, end, head)[0] if k is not None and k not in own and c.j <= end}
    return named | _inner_bodies_with_head(ctx, end, head, own)


def _bodies_of_titles(ctx: Context, speakers: set[str]) -> set[str]:
    """The bodies the speakers' titles are of ("رئيس مجلس الوزراء فلان"): their own, which "المجلس" in their words
    is no more than the story's body is when a title named it last."""
    entities = ctx.mentions.entities
    return {r.of_key for sp in speakers if (ent := entities.get(sp)) is not None for r in ent.roles if r.of_key}


def _inner_bodies_with_head(ctx: Context, end: int, head: str, speakers: set[str]) -> set[str]:
    """The bodies named with `head` inside another mention before token `end` ("نواب الحزب X", a group of the
    party's deputies, names the party too), not the speakers'."""
    mentions = ctx.mentions
    return {key for c in mentions.cands if c.j <= end for x in c.inner
            if x.type == "Organization" and headed_by(x.form, head)
            and (key := mentions.key(x)) is not None and key not in speakers}


def story_lead_end(ctx: Context) -> int:
    """The token after the article's lead: its headline (a first line of its own) and the sentence after it, or
    its first sentence when it opens with no headline."""
    doc = ctx.doc
    first = ctx.tokens.next(0, len(doc))
    if first >= len(doc):
        return len(doc)
    sent = doc[first].sent
    headline = any("\n" in doc[q].text for q in range(sent.start, sent.end)) or \
        (sent.end < len(doc) and "\n" in doc[sent.end - 1].text_with_ws)
    if not headline or sent.end >= len(doc):
        return sent.end
    # (past a dateline on a line of its own, "المدينة - الوكالة": the lead's sentence says something)
    end = sent.end
    while (nxt := ctx.tokens.next(end, len(doc))) < len(doc):
        end = doc[nxt].sent.end
        if sum(1 for t in doc[nxt:end] if not t.is_punct and not t.is_space) >= LEAD_WORDS:
            break
    return end


LEAD_WORDS = 6   # words at least of the lead's sentence after the headline; fewer make a dateline
