"""A second person joined to the subject by و and named after a title of their own: "وأعلن عمدة المدينة فلان
وحاكم الولاية علان، في مؤتمر مشترك، ..." (the title after و runs on for some words before the name), and, before a
verb of several ("وكان الرئيس فلان ورئيس المجلس علان قد دعوا"), the first person in front of the one found. Each
person of the coordinated subject speaks (a joint statement is one statement per speaker)."""
from __future__ import annotations

from ....text import normalize
from ...mentions import match_title
from ..context import Context
from ..index import Found
from ..referents.title_chains import person_ahead
from .base import Query, Speakers, cue_form
from .carry import masculine_plural_verb
from .dual import dual_verb

MAX_CONJUNCTS = 4       # persons of one coordinated subject followed from the first
TITLE_REACH = 12        # tokens back from a person's name to the و of the title before it


def with_titled_conjuncts(ctx: Context, q: Query, found: Speakers) -> Speakers:
    """The persons found, and after the last, each person joined by و and a title ("وحاکم الولاية علان") up to
    the end of the subject; before the first, when the verb is dual or plural and one person was found, the
    person the و of that one's title joins ("فلان ورئيس المجلس علان قد دعوا")."""
    if not found.found or ctx.mentions.type_of(found.found[-1].key) != "Person":
        return found
    persons, after = list(found.found), found.after
    if 0 <= persons[-1].i < q.cue.i:
        if len(persons) == 1 and _several_verb(ctx, q) and (first := _titled_before(ctx, q, persons[0])) is not None:
            return Speakers((first, persons[0]), found.after, found.via, found.by)
        return found
    if persons[-1].i < 0:
        return found   # carried over from an earlier statement: no subject named here
    for _ in range(MAX_CONJUNCTS):
        nxt = _titled_after(ctx, q, after, {p.key for p in persons})
        if nxt is None:
            break
        persons.append(nxt)
        after = nxt.j
    return found if len(persons) == len(found.found) else Speakers(tuple(persons), after, found.via, found.by)


def _titled_after(ctx: Context, q: Query, pos: int, keys: set[str]) -> Found | None:
    """The person named after "و<title> ..." right at pos: a title that carries the conjunction (not a title
    beginning with و itself, "وزير"), the title chain running on to the name (person_ahead)."""
    tokens = ctx.tokens
    k = tokens.next(pos, q.end)
    if k >= q.end or not _joined_title(ctx, k):
        return None
    person = _titled_person(ctx, k) or person_ahead(ctx, k + 1, q.end)
    return person if person is not None and person.key not in keys else None


def _titled_person(ctx: Context, k: int) -> Found | None:
    """The person whose mention was found with its title opening at k ("وحاكم الولاية علان")."""
    cand = ctx.mentions.titled.get(k)
    return ctx.mentions.found(cand) if cand is not None and cand.type == "Person" else None


def _joined_title(ctx: Context, k: int) -> bool:
    """"وحاكم", "والمفوض": a title with the conjunction و glued on (the title's own first letter is no و)."""
    text = ctx.tokens.text(k)
    title = match_title(ctx.tokens.doc, k)
    return text.startswith("و") and bool(title) and k not in ctx.mentions.start_at \
        and not normalize(text).startswith(normalize(title[1]).split()[0])


def _titled_before(ctx: Context, q: Query, second: Found) -> Found | None:
    """"فلان ورئيس المجلس علان قد دعوا": the person whose name ends right before the "و<title>" that leads to
    the person found (second), within TITLE_REACH tokens before that person's name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if second.i < 0:
        return None
    for k in range(second.i - 1, max(q.start, second.i - TITLE_REACH) - 1, -1):
        if tokens.is_punct(k) or tokens.is_quote(k):
            return None
        if not _joined_title(ctx, k):
            continue
        ahead = _titled_person(ctx, k) or person_ahead(ctx, k + 1, q.cue.i)
        prev = tokens.prev(k, q.start)
        first = mentions.end_at.get(prev) if prev is not None else None
        if ahead is None or ahead.key != second.key or first is None or first.type != "Person" \
                or mentions.key(first) == second.key:
            return None
        return mentions.found(first)
    return None


def _several_verb(ctx: Context, q: Query) -> bool:
    """"دعوا", "يؤكدون", "أكدا", "يدعوان": a verb whose ending says its subject is more than one."""
    return masculine_plural_verb(cue_form(ctx, q.cue)) or dual_verb(ctx, q)
