"""The speaker's own movement, alliance or front named by a possessive: "حركته ستبقى في صف المعارضة", "ائتلافها سيعمل
على ...", "تحالفه سيبقى في المعارضة". As "حزبه" is (sides.own_body), it is the party-like body the article ties the
speaker to (a role, a title before or after the name, "بزعامة فلان", "مرشح حزب X"). These nouns have other readings
("حركته": his moving), so the word counts only when the speaker has such a body whose name opens with one of
the nouns (function_words movement_noun): "رئيس حركة X", "زعيمة تحالف X"."""
from __future__ import annotations

from functools import cache

from ....text import clitic_variants, normalize, without_article
from ..context import Context
from .frame import not_said
from .party_alongside import party_alongside
from .sides import affiliated_bodies, another_persons, described_bodies, led_bodies, member_bodies, titled_bodies
from .word_index import positions

POSSESSIVES = ("ه", "ها", "هما", "هم")   # his, her, their (two), their
TA_MARBUTA, TA = normalize("ة"), "ت"   # "حركة" + "ه" is written "حركته"


@cache   # (asked for every statement, of the one table)
def _possessed_forms(nouns: frozenset[str]) -> frozenset[str]:
    """"حركته", "تحالفها": each noun with each possessive ending, normalised."""
    stems = {n[:-1] + TA if n.endswith(TA_MARBUTA) else n for n in nouns}
    return frozenset(stem + p for stem in stems for p in POSSESSIVES)


def _speakers_movements(ctx: Context, speaker: str) -> list[str]:
    """The speaker's party-like bodies whose name opens with a movement noun, in the order own_body reads them."""
    entities, nouns = ctx.mentions.entities, ctx.tokens.words.movement_noun
    ent = entities.get(speaker)
    if ent is None or ent.type != "Person":
        return []
    bodies = [r.of_key for r in ent.roles if r.of_key in entities and entities[r.of_key].type == "Organization"]
    bodies += described_bodies(ctx, speaker) + titled_bodies(ctx, speaker) + led_bodies(ctx, speaker) \
        + member_bodies(ctx, speaker) + affiliated_bodies(ctx, speaker)
    def opens_with_noun(key: str) -> bool:
        forms = entities[key].forms if key in entities else ()
        return any(without_article(normalize(f).split()[0]) in nouns for f in forms if f.split())
    return [key for key in dict.fromkeys(bodies) if opens_with_noun(key)]


def own_movement(ctx: Context, speaker: str, c_start: int, c_end: int) -> tuple[str, int] | None:
    """(the body, the token of the possessive) for the first "حركته", "ائتلافها" in what was said (not in its frame,
    nor after another person's name: "فلان وحركته"), when the speaker has a movement; None otherwise."""
    tokens = ctx.tokens
    forms = _possessed_forms(tokens.words.movement_noun)
    puncts, norms = tokens.puncts, tokens.norms
    # (only the words the word index gives may be such a form: each is read as before, the others are not read)
    said = [k for k in positions(ctx, forms, c_start, c_end)
            if not puncts[k] and any(stem in forms for _, stem in clitic_variants(norms[k]))]
    if not said:
        return None   # the common case: no such word
    movements = _speakers_movements(ctx, speaker)
    if not movements:
        # one whom nothing ties to a movement: the party named beside the speaker's name (party_alongside); elsewhere
        # "حركته" is his moving
        alongside = party_alongside(ctx, speaker, c_start)
        movements = [alongside] if alongside is not None else []
    if not movements:
        return None
    framing = not_said(ctx, c_start, c_end, {speaker})
    k = next((k for k in said if k not in framing and not another_persons(ctx, k, speaker)), None)
    return (movements[0], k) if k is not None else None
