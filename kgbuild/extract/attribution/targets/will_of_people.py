"""The people whose will is spoken of: "صون إرادة الشعب", "فوز لإرادة الشعب X", "تجاهلوا إرادة الشعب". The
fixed phrase makes "الشعب" no people acting (mentions/not_groups), but what is said is about them: the people, voters
or citizens the article names as a group (the kind it names first of these, the one named most of that kind)."""
from __future__ import annotations

from collections import Counter

from .... import lexicon

from ...groups import kind_of
from ..context import Context
from .opening import past_quotes
from .vote_held import most_named_country
from .word_index import positions, readings

# groups.tsv kinds whose will "إرادة الشعب" names, in the order they are looked for
WILLING_KINDS = ("people", "voters", "citizens")
PEOPLE = ("الشعب", "شعب")   # the noun after the will, with or without its article (normalised)


def will_of_the_people(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> str | None:
    """The key of the people whose will (function_words will_noun) tokens c_start..c_end-1 speak of right before
    "الشعب": the article's group of the people, else of its voters or citizens; None when no such phrase is said, the
    article names no such group, or it is one of `exclude` (the speakers)."""
    tokens, wills = ctx.tokens, ctx.tokens.words.will_noun
    people = next((q for k in positions(ctx, wills, c_start, c_end) if not wills.isdisjoint(readings(tokens.norm(k)))
                   and (q := _people_after(ctx, k, c_end)) is not None), None)
    if people is None:
        return None
    # "إرادة الشعب X": the people of the country its nationality adjective names, not another country's; a group of
    # no country is the people of the country the article is about (named most), no other's
    nxt = tokens.next(people + 1, c_end)
    country = lexicon.nisba_to_country().get(tokens.norm(nxt)) if nxt < c_end else None
    unaffiliated = country is None or country == most_named_country(ctx, c_end)
    counts: dict[int, Counter[str]] = {}
    for c in ctx.mentions.cands:
        key = ctx.mentions.key(c) if c.type == "Group" else None
        if key is not None and kind_of(key) in WILLING_KINDS and key not in exclude \
                and (country is None or key.rpartition("@")[2] == country or ("@" not in key and unaffiliated)):
            counts.setdefault(WILLING_KINDS.index(kind_of(key)), Counter())[key] += 1
    return counts[min(counts)].most_common(1)[0][0] if counts else None


def _people_after(ctx: Context, k: int, c_end: int) -> int | None:
    """The word after k (past quote marks) when it is "the people" ("إرادة الشعب", "إرادة «الشعب", "إرادة شعب X")."""
    nxt = past_quotes(ctx, ctx.tokens.next(k + 1, c_end), c_end)
    return nxt if nxt < c_end and ctx.tokens.norm(nxt) in PEOPLE else None
