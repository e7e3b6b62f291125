"""The one a cue verb accuses, calls on, warns or congratulates, named between the cue and what was said:
"اتهم فلان الحكومة بـ«...»", "دعت المنظمة، في بيان، السلطات إلى "..."", "حذر فلان إيران من أن ...",
"متهمة السلطات بـ"..."". When the content opens after the preposition the verb governs (the quote, the clause
after "من أن"), the party named before that preposition is left out of it; it is still whom the words are about."""
from __future__ import annotations

from collections.abc import Callable

from ....text import clitic_variants
from ...mentions import Candidate
from ..context import Context
from .read_off import NATIONALITY

FRAME_WORDS = 10   # words of a phrase of how it was said set off by commas before the object ("، في بيان،")
LINK_WORDS = 2     # words of the preposition the verb governs, at most ("من أن")
ADJECTIVE_WORDS = 2   # definite adjectives after the object's name, at most ("الحكومة المقبلة")
DEFINITE = "ال"
SUFFIXES = ("ه", "ها", "هم")   # a verb with its object pronoun ("أصدره") is no adjective of the statement noun
WARNED_OF = "من"   # the preposition of what one is warned of, before أن


def object_start(ctx: Context, c_start: int, c_end: int, speakers: set[str], exclude: set[str]) -> int | None:
    """Where the party named as the object of the cue right before the content, past the preposition the verb governs
    (function_words quote_object_link: "بـ", "إلى", "على", "من أن"), or right before a content whose first word carries
    that ب ("بحشد"); the object must follow the cue itself, the speaker's name, or a phrase of how it was said set
    off by commas after them. Not the speaker, an intermediary, nor a country read off a nationality word. The
    targets are then read from there, as when the content takes in the object (cue_statements.quoted_object_start).
    None when there is no such object."""
    tokens = ctx.tokens
    k = _before_quotes(ctx, c_start)
    links = 0
    while k is not None and links < LINK_WORDS and _links(ctx, k):
        k, links = tokens.prev(k), links + 1
    first = tokens.next(c_start, c_end)
    while first < c_end and tokens.is_quote(first):
        first = tokens.next(first + 1, c_end)
    if not links and not (first < c_end and tokens.norm(first)[:1] == "ب" and not ctx.mentions.in_a_mention(first)):
        return None
    k = _past_abbreviation(ctx, k)
    named = ctx.mentions.end_at.get(k) if k is not None else None
    if named is None and k is not None:
        named = _before_adjectives(ctx, k)   # "طالب فلان الحكومة المقبلة بـ"
    if named is None or named.source == NATIONALITY or (key := ctx.mentions.key(named)) is None or key in exclude:
        return None
    start = named.title_i if named.title_i is not None and named.title_i < named.i else named.i
    return start if _after_cue_or_speaker(ctx, start, speakers) else None


def _before_adjectives(ctx: Context, k: int) -> Candidate | None:
    """"الحكومة المقبلة", "السلطات المحلية الجديدة": the mention that ends right before the definite adjectives
    (ADJECTIVE_WORDS at most, each with the article, no name of its own) that end at k: the object is named with them."""
    tokens = ctx.tokens
    for _ in range(ADJECTIVE_WORDS):
        if tokens.is_punct(k) or not tokens.norm(k).startswith(DEFINITE) or ctx.mentions.in_a_mention(k):
            return None
        p = tokens.prev(k)
        if p is None:
            return None
        if (named := ctx.mentions.end_at.get(p)) is not None:
            return named
        k = p
    return None


def _links(ctx: Context, k: int) -> bool:
    """Is the word at k the preposition a cue verb governs after its object (function_words quote_object_link: "بـ",
    "إلى", "بأنه"), or the أن of "من أن" ("حذر X من أن")?"""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    if norm in tokens.words.quote_object_link:
        return True
    if norm not in tokens.words.complementizer:
        return False
    p = tokens.prev(k)
    return p is not None and tokens.norm(p) == WARNED_OF


def _before_quotes(ctx: Context, c_start: int) -> int | None:
    """The last token before c_start that is no quote mark."""
    k = ctx.tokens.prev(c_start)
    while k is not None and ctx.tokens.is_quote(k):
        k = ctx.tokens.prev(k)
    return k


def _past_abbreviation(ctx: Context, k: int | None) -> int | None:
    """Before "(الناتو)" after a name: the name's last token; else k."""
    tokens = ctx.tokens
    if k is None or tokens.text(k) != ")":
        return k
    p = k
    for _ in range(4):
        p = tokens.prev(p)
        if p is None:
            return k
        if tokens.text(p) == "(":
            return tokens.prev(p)
    return k


def _after_cue_or_speaker(ctx: Context, start: int, speakers: set[str]) -> bool:
    """Is the token before `start` the end of the speaker's name ("اتهم فلان الحكومة"), a verb of saying that goes on
    after a comma with its subject left out ("، متهمة السلطات"), or a comma closing a phrase of how it was said that
    itself follows one of them ("دعت المنظمة، في بيان، السلطات")? Not a cue of another subject: what a back-reference
    ("وهو ما أكده X") points at may follow "وأفادت مصادر في X بأن", whose X is not this speaker's object."""
    tokens, mentions = ctx.tokens, ctx.mentions
    def slot(p: int | None) -> bool:
        if p is None:
            return False
        if ctx.cues.at(p) is not None:
            before = tokens.prev(p)
            return before is not None and tokens.is_comma(before)
        named = mentions.end_at.get(p)
        if named is not None:
            return mentions.key(named) in speakers
        # "واتهم الرئيس البيلاروسي الحلف بـ": a bare title right after the cue is its subject, the speaker
        title = next((b for b in mentions.bare.values() if b.stop - 1 == p), None)
        return title is not None and (q := tokens.prev(title.i)) is not None and ctx.cues.at(q) is not None
    p = tokens.prev(start)
    if slot(p):
        return True
    if p is not None and not tokens.is_punct(p):
        return _after_statement_phrase(ctx, p, slot)
    if p is None or not tokens.is_comma(p):
        return False
    q = p
    for _ in range(FRAME_WORDS):
        q = tokens.prev(q)
        if q is None or tokens.text(q) in (".", "؟", "!", ":"):
            return False
        if tokens.is_comma(q):
            return slot(tokens.prev(q)) and tokens.norm(tokens.next(q + 1, p)) in tokens.words.preposition
    return False


def _after_statement_phrase(ctx: Context, p: int, slot: Callable[[int | None], bool]) -> bool:
    """Does the word at p end a phrase of how it was said, no commas around it, right after the cue or the speaker's
    name: a preposition of circumstance and a statement or meeting noun, maybe with one adjective ("دعت المنظمة في
    بيان السلطات إلى", "حث فلان في بيان مشترك الطرفين على")? Not a longer phrase: what follows a relative clause or
    an audience ("في بيان أصدره X بالأمير", "في كلمة أمام البرلمان من أن") is no object of the cue."""
    tokens = ctx.tokens
    noun = p
    if not _statement_noun(ctx, noun):
        if tokens.norm(p).endswith(SUFFIXES) or tokens.norm(p) in tokens.words.preposition:
            return False
        noun = tokens.prev(p)   # "بيان مشترك"
    if noun is None or tokens.is_punct(noun) or ctx.mentions.in_a_mention(noun) or not _statement_noun(ctx, noun):
        return False
    q = tokens.prev(noun)
    return q is not None and tokens.norm(q) in tokens.words.circumstance and slot(_past_abbreviation(ctx, tokens.prev(q)))


def _statement_noun(ctx: Context, k: int) -> bool:
    """Is the word at k a statement noun (a cue that is a noun: "بيان", "كلمته") or a meeting noun ("اتصال", "مؤتمر")?"""
    cue = ctx.cues.at(k)
    return (cue is not None and cue.kind == "noun") or \
        any(stem in ctx.tokens.words.venue_event for _, stem in clitic_variants(ctx.tokens.norm(k)))

