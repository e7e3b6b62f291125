"""Whom a statement is about: the entities and conflict groups named in its content (and the group
it addresses), less the speakers, the intermediaries and the writer's asides; a nationality adjective
stands for its country when the article names it; "بلاده" adds the speaker's own country. The stance
towards each comes from stance.py."""
from __future__ import annotations

from dataclasses import dataclass

from ..groups import CORE_GROUP_KINDS, kind_of
from ..mentions import Candidate, _nisba_country
from ..stance import target_stances
from .context import Context

END_OF_ASIDE = ("،", ",", ".")
NATIONALITY = "nationality"   # the source of a target read off a nationality adjective


@dataclass(frozen=True)
class Targets:
    about: list[str]                 # entity keys, in the order of their first mention
    stances: dict[str, str]          # key -> positive | negative | neutral
    stance: str                      # the statement's stance: towards its first target, else the act's prior


def asides(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the writer's explanatory asides ("، وهي تحالف عسكري يضم روسيا ..."): not what was said."""
    tokens = ctx.tokens
    out: set[int] = set()
    k = c_start
    while k < c_end:
        q = tokens.next(k + 1, c_end)
        if tokens.is_comma(k) and q < c_end and tokens.norm(q) in tokens.words.aside_opener:
            while q < c_end and tokens.text(q) not in END_OF_ASIDE:
                out.add(q)
                q += 1
            k = q
        k += 1
    return out


def target_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str],
                    skip_toks: set[int]) -> list[tuple[str, Candidate]]:
    """(key, first mention) of the entities named in tokens c_start..c_end-1; of the groups, only
    actors of political conflict."""
    found: list[tuple[str, Candidate]] = []
    skip_toks = skip_toks | asides(ctx, c_start, c_end)
    mentions = sorted(ctx.mentions.cands + nationality_mentions(ctx, c_start, c_end), key=lambda c: c.i)
    opening = ctx.tokens.next(c_start, c_end)
    for c in mentions:
        # of the groups, actors of political conflict anywhere; others as the addressee a call or
        # an accusation opens with ("دعا رجال الأعمال إلى")
        if c.type == "Group" and kind_of(c.key or "") not in CORE_GROUP_KINDS and c.i != opening:
            continue
        if c_start <= c.i and c.j <= c_end and c.i not in skip_toks:
            key = c.key if c.source == NATIONALITY else ctx.mentions.key(c)
            if key not in exclude and all(key != k for k, _ in found):
                found.append((key, c))
    return found


def nationality_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"الاعتداءات الإسرائيلية": a nationality adjective in what was said refers to its country when
    the article names that country (alone it is no mention of it)."""
    entities = ctx.mentions.entities
    out = []
    for k in range(c_start, c_end):
        if ctx.mentions.in_a_mention(k) or ctx.tokens.is_space(k):
            continue
        country = _nisba_country(ctx.doc, k)
        if country and country in entities and entities[country].type == "Place":
            tok = ctx.doc[k]
            c = Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", NATIONALITY, key=country)
            out.append(c)
    return out


def own_country(ctx: Context, speaker: str, c_start: int, c_end: int) -> str | None:
    """"بلاده" / "بلادها" in what was said: the speaker's own country, when the text names it."""
    tokens = ctx.tokens
    if not any(tokens.norm(k) in tokens.words.own_country for k in range(c_start, c_end)):
        return None
    entities = ctx.mentions.entities
    ent = entities.get(speaker)
    if ent is None:
        return None
    known = ctx.mentions.known.get(speaker)
    candidates = [r.of_key for r in ent.roles if r.of_key] + ([known.country_key] if known and known.country_key else [])
    for key in candidates:
        if key in entities and entities[key].type == "Place":
            return key
    return None


def targets_of(ctx: Context, c_start: int, c_end: int, speakers: list[str], via: list[str],
               via_toks: set[int], prior: str) -> Targets:
    """The targets of content c_start..c_end-1 said by `speakers` through `via`, and the stances;
    `prior` is the speech act's stance."""
    mentions = target_mentions(ctx, c_start, c_end, set(speakers) | set(via), via_toks)
    about = [key for key, _ in mentions]
    stances = target_stances(ctx.doc, mentions, c_start, c_end, prior)
    home = own_country(ctx, speakers[0], c_start, c_end)
    if home and home not in about and home not in speakers:
        about.append(home)
        stances[home] = "neutral"
    return Targets(about, stances, stances[about[0]] if about else prior)
