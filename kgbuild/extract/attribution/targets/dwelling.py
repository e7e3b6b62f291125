"""Where the residents or witnesses who speak are: "وقال سكان في حي X إن ...", "وأفاد شهود عيان في مدينة X بأن
...", "ونقل سكان من مدينة X أن ...", and the place the sentence opens with before them: "وفي X، قال أحد السكان إن
...", "وفي بلدة X التي شهدت مواجهات، قال شهود عيان إن ...". Unnamed people of a place speak of what happens there:
the place named right after them, past "في" or "من" and a place head noun, or named first in their sentence after
"في", is what their words are about."""
from __future__ import annotations

from ...groups import kind_of
from ..context import Context
from ....text import normalize
from ...words import without_conjunction
from ..cursor import IN

LOCAL_KINDS = frozenset({"residents", "witnesses"})   # groups.tsv kinds of people who speak of the place they are in
HEAD_WORDS = 1   # place head nouns between "في" and the name, at most ("في حي X", "في مدينة X")
FROM = normalize("من")   # "سكان من مدينة X": the people from a place are its residents too
OPENING_WORDS = 3   # words before a fronted "في X" that open the sentence at most ("ميدانياً، وفي X")


def dwelling(ctx: Context, c_start: int, speakers: list[str]) -> str | None:
    """The key of the place named right after the residents or witnesses who speak (groups.tsv kinds residents,
    witnesses), in the sentence before the content: "في" or "من" then the place's mention, a place head noun
    (function_words place_head) between or inside it; else of the place their sentence opens with after "في". None
    when the speakers are no such group or no place is so named."""
    tokens, mentions = ctx.tokens, ctx.mentions
    local = {sp for sp in speakers if sp.startswith("group:") and kind_of(sp) in LOCAL_KINDS}
    if not local or c_start >= len(ctx.doc):
        return None
    sent = ctx.tokens.sentence(c_start).start
    named = next((c for c in sorted(mentions.cands, key=lambda c: -c.i)
                  if sent <= c.i and c.j <= c_start and mentions.key(c) in local), None)
    if named is None:
        return None
    q = tokens.next(named.j, c_start)
    if q < c_start and tokens.norm(q) in (IN, FROM):
        return _place_at(ctx, tokens.next(q + 1, c_start), c_start)
    return _fronted(ctx, sent, named.i)


PLACE_MARK = "@"   # an unnamed group's key, with the place it is of after it: "group:residents@place:X"


def home_place(ctx: Context, c_start: int, speakers: list[str]) -> str | None:
    """The place the residents or witnesses who speak are in: where dwelling finds them, else the place their group's
    own mention names ("سكان من مدينة X" read as one mention: "group:residents@place:X"). Their bare "المدينة" is that
    place (read_off.place_mentions), though it is no target of theirs by itself."""
    if not any(sp.startswith("group:") for sp in speakers):
        return None   # the common case: no unnamed group speaks
    found = dwelling(ctx, c_start, speakers)
    if found is not None:
        return found
    entities = ctx.mentions.entities
    places = [place for sp in speakers if sp.startswith("group:") and kind_of(sp) in LOCAL_KINDS and PLACE_MARK in sp
              and (place := sp.rpartition(PLACE_MARK)[2]) in entities and entities[place].type == "Place"]
    return places[0] if places else None


def _fronted(ctx: Context, sent: int, stop: int) -> str | None:
    """The key of the place the sentence opens with, after "في" ("وفي X، قال سكان"), past a few opening words ("ميدانياً،
    وفي X"), before `stop` (the residents or witnesses); None when the sentence opens otherwise."""
    tokens = ctx.tokens
    q = tokens.next(sent, stop)
    for _ in range(OPENING_WORDS + 1):
        if q >= stop:
            return None
        if without_conjunction(tokens.norm(q), (IN,)) == IN:
            return _place_at(ctx, tokens.next(q + 1, stop), stop)
        q = tokens.next(q + 1, stop)
    return None


def _place_at(ctx: Context, q: int, stop: int) -> str | None:
    """The key of the place named at token q, a place head noun (function_words place_head) before it or not;
    None when no place is named there (before `stop`)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for _ in range(HEAD_WORDS + 1):
        place = mentions.start_at.get(q) if q < stop else None
        if place is not None:
            key = mentions.key(place)
            return key if place.type == "Place" and key is not None else None
        if q >= stop or tokens.norm(q) not in tokens.words.place_head:
            return None
        q = tokens.next(q + 1, stop)
    return None
