"""The person a chain of titles introduces ("رئيس هيئة الموانئ ونائب وزير النقل فلان"), not the genitive
of a common noun that breaks the chain ("مقترح لافروف")."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article
from ...mentions import NAME_INTRODUCERS, TITLE_MODIFIERS, match_title, nisba_country
from ...words import DEFINITE_OPENINGS, PRONOUN_SUFFIXES, is_time_word
from ..context import Context
from ..cursor import CLAUSE_PUNCT
from ..index import Found

POSSESSIVE_ENDINGS = (*PRONOUN_SUFFIXES, "هن")   # and theirs (f.): a noun whose owner is a pronoun


QUOTED_NAME_WORDS = 3   # words of a short name in quote marks inside a chain of titles ("تيار «X»")
OPENING_QUOTES, CLOSING_QUOTES = ("«", "“"), ("»", "”")
QUOTED_NAME_HEAD = 3   # tokens of a body's head noun before the quote marks inside its name ("حزب «X»")


def person_ahead(ctx: Context, pos: int, end: int, limit: int = 12) -> Found | None:
    """The person a title chain introduces: "رئيس هيئة الموانئ ونائب وزير النقل فلان الفلاني"; not
    the genitive of a common noun after the title ("رفض السفير الفرنسي مقترح لافروف": Lavrov's proposal,
    the ambassador rejects it)."""
    tokens = ctx.tokens
    title_until, construct = pos, False
    stop = min(end, pos + limit)
    q = pos - 1
    while q + 1 < stop:
        q += 1
        c = ctx.mentions.start_at.get(q)
        if c is not None and c.type == "Person":
            return None if construct else ctx.mentions.found(c)
        if (past := _past_short_name(ctx, q, end)) is not None:
            # "رئيس حزب التجمع الوطني "تواصل" فلان", "الأمين العام لنقابة X (س ف ت) فلان": the body's short
            # name or acronym in brackets or quote marks after its full name; its words are no common noun
            stop = min(end, stop + (past - q))
            q = past - 1
            continue
        if (hit := match_title(ctx.doc, q)) is not None:
            title_until = max(title_until, hit[0])
        if not tokens.is_space(q) and q >= title_until and _common_noun_in_construct(ctx, q) \
                and _person_or_title_at(ctx, tokens.next(q + 1, end), end):
            construct = True  # "وقرر المدعي العام ملاحقة وزير العدل فلان": the chain of titles is broken
        if tokens.is_comma(q):
            # "قائد الأسطول، إريك لوند": the name in apposition after a comma, maybe after a title of its
            # own ("مدير المعهد، البروفيسور فلان")
            c = ctx.mentions.start_at.get(_past_titles(ctx, tokens.next(q + 1, end), end))
            return ctx.mentions.found(c) if c is not None and c.type == "Person" else None
        if tokens.is_quote(q) and _wraps_body(ctx, q, end):
            # "الأمين العام لحزب «الأمة» فلان": the body's name in quote marks inside the chain; the marks
            # count no word of it
            stop = min(end, stop + 1)
            continue
        if tokens.text(q) in CLAUSE_PUNCT or tokens.is_quote(q) or tokens.norm(q) in tokens.words.complementizer \
                or ctx.cues.kind_at(q) not in (None, "noun"):
            return None
    return None


SHORT_NAME_WORDS = 4   # words of a body's acronym or short name in brackets after its name ("(س ف د ت)")
# the marks a short name opens with, each with the one that closes it
SHORT_NAME_CLOSERS = {"(": ")", "«": "»", "“": "”", '"': '"'}


def _past_short_name(ctx: Context, q: int, end: int) -> int | None:
    """The token after a short name in brackets or quote marks that opens at q right after an organization's
    name ("حزب العمال (ع ع)", "التجمع الوطني "تواصل""): one to SHORT_NAME_WORDS words and no punctuation
    between the marks; None when no such name opens at q."""
    tokens, mentions = ctx.tokens, ctx.mentions
    opener = tokens.text(q)
    before = tokens.prev(q)
    body = mentions.end_at.get(before) if before is not None else None
    if opener not in SHORT_NAME_CLOSERS or body is None or body.type != "Organization":
        return None
    k, words = q + 1, 0
    while k < end and words <= SHORT_NAME_WORDS:
        if tokens.text(k) == SHORT_NAME_CLOSERS[opener]:
            return k + 1 if words > 0 else None
        if tokens.is_punct(k) or tokens.is_quote(k) or k in mentions.start_at:
            return None
        if not tokens.is_space(k):
            words += 1
        k += 1
    return None


def _wraps_body(ctx: Context, q: int, end: int) -> bool:
    """Is the quote mark at q one of the pair around a body's name (an organization right after it, or
    one ending right before it), or inside an organization's name that holds it ("حزب «الخضر»")?"""
    mentions, tokens = ctx.mentions, ctx.tokens
    after = mentions.start_at.get(tokens.next(q + 1, end))
    before = mentions.end_at.get(tokens.prev(q)) if tokens.prev(q) is not None else None
    holding = (mentions.start_at.get(k) for k in range(max(0, q - QUOTED_NAME_HEAD), q))
    return any(c is not None and c.type == "Organization" for c in (after, before)) \
        or any(c is not None and c.type == "Organization" and c.j > q for c in holding) \
        or _short_quoted_name(ctx, q, end)


def _short_quoted_name(ctx: Context, q: int, end: int) -> bool:
    """Is the quote mark at q one of a pair around a short name of one to three words with no punctuation,
    within a chain of titles ("رئيس تيار «X» النائب فلان"): the name of a movement or list the mentions do not
    hold as a body, read as one?"""
    text = ctx.tokens.text(q)
    steps = (1,) if text in OPENING_QUOTES else (-1,) if text in CLOSING_QUOTES else (1, -1)
    return any(_pair_within(ctx, q, step, end) for step in steps)


def _pair_within(ctx: Context, q: int, step: int, end: int) -> bool:
    """Does the other quote mark of the pair come within QUOTED_NAME_WORDS words from q in direction
    `step`, past at least one word and no other punctuation?"""
    tokens = ctx.tokens
    k, words = q + step, 0
    while 0 <= k < end and words <= QUOTED_NAME_WORDS:
        if tokens.is_quote(k):
            return words > 0
        if tokens.is_punct(k):
            return False
        if not tokens.is_space(k):
            words += 1
        k += step
    return False


def _past_titles(ctx: Context, q: int, end: int, most: int = 2) -> int:
    """The first token after up to `most` titles that begin at q (q itself when none does)."""
    for _ in range(most):
        if q >= end or ctx.mentions.start_at.get(q) is not None or (hit := match_title(ctx.doc, q)) is None:
            break
        q = ctx.tokens.next(hit[0], end)
    return q


def _person_or_title_at(ctx: Context, q: int, end: int) -> bool:
    """A person or a person's title at q: the genitive of a common noun before it ("مقترح لافروف",
    "ملاحقة وزير العدل"), not of a head noun inside a title ("لاعب خط وسط نادي تشلسي")."""
    if q >= end:
        return False
    c = ctx.mentions.start_at.get(q)
    return (c is not None and c.type == "Person") or q in ctx.mentions.titled or match_title(ctx.doc, q) is not None


def _ends_two_word_nisba(ctx: Context, q: int) -> bool:
    """"الرئيس الجنوب أفريقي فلان": the word at q ends a nationality adjective of two words with the one before it
    (the nisba table holds "الجنوب أفريقي", "الجنوب سوداني"), so it is no indefinite noun with a genitive."""
    before = ctx.tokens.prev(q)
    return before is not None \
        and f"{normalize(ctx.tokens.text(before))} {normalize(ctx.tokens.text(q))}" in lexicon.nisba_to_country()


def _common_noun_in_construct(ctx: Context, q: int) -> bool:
    """A bare indefinite word in no title or mention ("مقترح", "خطة"): a noun whose genitive follows it
    (one with a possessive pronoun, "وزير خارجيتها", has its genitive already)."""
    tokens = ctx.tokens
    norm = tokens.norm(q)
    if tokens.text(q).endswith(POSSESSIVE_ENDINGS) or norm in tokens.words.adjunct or is_time_word(ctx.doc[q]):
        return False   # "وقال الوزير الفرنسي أمس فلان": a word of time stands between the title and its name
    return norm.isalpha() and not norm.startswith(DEFINITE_OPENINGS) and not ctx.mentions.in_a_mention(q) \
        and norm not in TITLE_MODIFIERS and not nisba_country(ctx.doc, q) and not _ends_two_word_nisba(ctx, q) \
        and norm not in NAME_INTRODUCERS \
        and norm not in tokens.words.preposition and len(norm) > 2 and not tokens.is_punct(q) \
        and strip_article(norm) not in lexicon.org_heads()
