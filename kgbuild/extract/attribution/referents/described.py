"""Whom a definite common noun refers to when the article described a person with that very noun in
apposition to the name: "سارة جونز، وهي ممرضة في المستشفى، ... وقالت الممرضة" (no title of the lexicon: an
occupation, a role in the story, that only the text itself gives); and whom "the latter" ("الأخير") refers to."""
from __future__ import annotations

from .... import lexicon
from ..context import Context

MIN_NOUN = 3   # letters of a describing noun, without ال: shorter words are particles or pronouns


def described_person(ctx: Context, pos: int) -> str | None:
    """The last person named before token `pos` with the indefinite form of the definite noun at pos in
    apposition right after the name ("فلانة، وهي ممرضة", "فلان، سائق الحافلة")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(pos)
    if not norm.startswith("ال") or len(norm) - 2 < MIN_NOUN or mentions.in_a_mention(pos):
        return None
    noun, holder = norm[2:], None
    for c in mentions.cands:
        if c.i >= pos:
            break
        if c.type == "Person" and _described_as(ctx, c.j, noun, pos):
            holder = mentions.key(c)
    return holder


def _described_as(ctx: Context, j: int, noun: str, before: int) -> bool:
    """Does the noun stand in apposition right after a name ending before token j: after a comma, maybe
    with "وهو"/"وهي" (he/she is) between?"""
    tokens = ctx.tokens
    q = tokens.next(j, before)
    if q >= before or not tokens.is_comma(q):
        return False
    q = tokens.next(q + 1, before)
    if q < before and tokens.in_class(q, tokens.words.subject_pronoun) and tokens.norm(q)[:1] == "و":
        q = tokens.next(q + 1, before)
    return q < before and tokens.norm(q) == noun


DESCRIPTION_WORDS = 10   # words of the description before a name ("الخبير في شؤون الطاقة لدى مركز X، فلان")
DESCRIPTION_CLITICS = ("", "و", "ف")   # "والمفاوض فلان"; not ل/ب: "الأمين العام للحزب فلان" is no party


def described_before_name(ctx: Context, pos: int) -> str | None:
    """"وقال المفاوض الأممي فلان ... وبيّن المفاوض أن", "نقلت الإذاعة عن محامي X، فلان، قوله ... وأضاف المحامي
    أن": the last person named before token `pos` whose description right before the name opens with the definite
    noun at pos (with its article or in the construct state), in its clause: no cue, complementizer or sentence end
    between the noun and the name. News names a person once with his role and later by the role alone."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(pos)
    if not norm.startswith("ال") or len(norm) - 2 < MIN_NOUN or mentions.in_a_mention(pos) \
            or norm.endswith(PLURAL_ENDINGS):
        return None   # "وذكرت التقديرات": a plural describes no one person
    noun = norm[2:]
    if noun in lexicon.org_heads() or noun in lexicon.body_classes():
        return None   # "وقال الحزب": a body's class noun, body_referent's
    forms = {clitic + stem for clitic in DESCRIPTION_CLITICS for stem in (noun, "ال" + noun)}
    holder = None
    for c in mentions.cands:
        if c.i >= pos:
            break
        if c.type == "Person" and _description_opens_with(ctx, c.i, forms):
            holder = mentions.key(c)
    return holder


def _description_opens_with(ctx: Context, i: int, forms: set[str]) -> bool:
    """Does a word of `forms` stand among the DESCRIPTION_WORDS words before token i, in its clause?"""
    tokens = ctx.tokens
    k = tokens.prev(i)
    for _ in range(DESCRIPTION_WORDS):
        if k is None or tokens.text(k) in SENTENCE_STOPS or "\n" in tokens.text(k) \
                or tokens.norm(k) in tokens.words.complementizer or ctx.cues.at(k) is not None:
            return False
        if tokens.norm(k) in forms:
            return True
        k = tokens.prev(k)
    return False


PLURAL_ENDINGS = ("ات", "ون", "ين")   # sound plurals ("التقديرات", "المحللون")
SENTENCE_STOPS = frozenset({".", "!", "?", "؟", ":", "«", "»", "\""})


LATTER_TYPES = ("Person", "Organization")


def the_latter(ctx: Context, pos: int) -> str | None:
    """"والتقى فلان بالسفير علان، وقال الأخير إن": "the latter" (function_words.tsv) standing alone is the person
    or body named last before it, in its sentence or the one before; not as an adjective after a noun ("الأسبوع
    الأخير"): the word before it is a cue, a word of time or place between verb and subject, or opens the clause."""
    tokens = ctx.tokens
    if not tokens.in_class(pos, tokens.words.latter):
        return None
    sent = ctx.tokens.sentence(pos)
    p = tokens.prev(pos, sent.start)
    if p is not None and ctx.cues.at(p) is None and tokens.norm(p) not in tokens.words.adjunct \
            and not tokens.clause_start_before(pos, sent.start):
        return None
    return named_last(ctx, pos)


def named_last(ctx: Context, pos: int) -> str | None:
    """The person or body named last before the word at pos ("the latter"), in its sentence or the one before."""
    mentions = ctx.mentions
    sent = ctx.tokens.sentence(pos)
    first = ctx.tokens.sentence(sent.start - 1).start if sent.start > 0 else 0
    for c in reversed(mentions.cands):
        if c.j <= pos and c.i >= first and c.type in LATTER_TYPES:
            return mentions.key(c)
        if c.i < first:
            break
    return None
