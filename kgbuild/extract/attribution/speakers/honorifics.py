"""An honorific pronoun as the subject after a verb ("وأكد جلالته", "سموه"): the honorific it carries and the
person last introduced with it ("جلالة الملك فلان"); the targets read it too."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize
from ..context import Context
from ..index import Found


def _honorific_pronouns() -> dict[str, str]:
    """"جلالته", "سموه", "معاليها" (function_words kind honorific_pronoun) -> the honorific it carries,
    normalised ("جلالة", "سمو", "معالي"): the pronoun dropped, its ت written as the ة it was."""
    out: dict[str, str] = {}
    for form in lexicon.function_words().honorific_pronoun:
        stem = form[:-2] if form.endswith("ها") else form[:-1]
        out[form] = normalize(stem[:-1] + "ة") if stem.endswith("ت") else stem
    return out


HONORIFIC_PRONOUNS = _honorific_pronouns()
HONORIFIC_REACH = 3          # tokens before a person's name where the honorific that introduced him stands


def honored_person(ctx: Context, pos: int, honorific: str) -> Found | None:
    """The person named last before pos right after the honorific (or a title it opens: "جلالة الملك"), also
    with the article after صاحب ("صاحب السمو الشيخ فلان")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    forms = {honorific, "ال" + honorific}
    for c in reversed([c for c in mentions.cands if c.j <= pos and c.type == "Person"]):
        first = c.title_i if c.title_i is not None else c.i
        if any(tokens.norm(p) in forms for p in range(max(0, first - HONORIFIC_REACH), c.i)):
            return mentions.found(c)
    return None
