"""The doer of a deed a welcome, condemnation or rejection names bare: "ورحب X بالقرار" after "قررت Y ...",
"رحب X بالاستقالة" after "أعلن Y استقالته", "أدان X الهجوم" after "شنت Y هجوما". The definite noun takes up the
story's deed, which news style tells first (in the lead); the party that did it is the one welcomed or condemned, as
when the noun names it ("بقرار Y")."""
from __future__ import annotations

from .... import lexicon
from ....text import without_article
from ...mentions import Candidate
from ...stance.settings import locative
from ...words import without_proclitic
from ..context import Context
from ..cues import Cue
from .opening import content_opening

PARTY_TYPES = ("Person", "Organization", "Place")
JUDGING_ACTS = frozenset({"welcome", "praise", "condemn", "reject", "support"})
PROCLITICS = ("وب", "فب", "ب", "و", "ف")   # "بالقرار", "وبالاتفاق", "والهجوم"
VERB_SUBJECT_SPAN = 6     # words from a deed's verb to its subject ("قررت الحكومة", "أعلن رئيس البلاد فلان")
DATELINE_WORDS = 8        # words a dateline may take before its dash ("مدينة، 6 ديسمبر 2024 -")
DASHES = frozenset({"-", "–", "—"})
GOVERNED_DEED_SPAN = 3     # words after a content's opening a deed's noun its opening governs may stand at
                           # ("سحب القرار", "الإصرار على القرار", "التراجع الفوري عن القرار")
NAMED_AFTER_SPAN = 6       # words after a governed deed's noun within which a party named is its own (its doer)
NOUN_DOER_SPAN = 12       # words before a deed's noun that may name its doer ("أعلن رئيس البلاد فلان، أمس، استقالته")


def deed_doers(ctx: Context, cue: Cue, c_start: int, c_end: int, exclude: set[str]) -> list[str]:
    """The key of the party that did the deed the content names bare by its definite noun (the content's last
    word), read off where the article first told it; [] when the content is no bare deed or none is told."""
    if cue.entry.act not in JUDGING_ACTS:
        return []
    tokens = ctx.tokens
    last = tokens.prev(c_end, c_start)
    while last is not None and ctx.doc[last].is_punct:   # "بالقرار." ends on its full stop
        last = tokens.prev(last, c_start)
    deed = _deed(tokens.norm(last)) if last is not None else None
    return _first_doers(ctx, deed, min(cue.i, c_start), exclude) if deed is not None else []


def governed_deed_doers(ctx: Context, c_start: int, c_end: int, before: int, exclude: set[str]) -> list[str]:
    """"سحب القرار فورا", "التراجع عن القرار", "الإصرار على القرار": a content that opens on a verbal noun of acting on
    a decision (deed_handling) governing a deed's bare definite noun a few words on judges the party that did the
    deed the article told before `before` (the cue), as when the noun is the content's subject; [] when no such noun
    is there, when a party is named after it (its own doer: "القرار الذي اتخذته X"), or no doer is told."""
    tokens = ctx.tokens
    k = content_opening(ctx, c_start, c_end)
    if k >= c_end or _bare_stem(tokens.norm(k)) not in tokens.words.deed_handling:
        return []
    for _ in range(GOVERNED_DEED_SPAN):
        k = tokens.next(k + 1, c_end)
        if k >= c_end or ctx.doc[k].is_punct:
            return []
        deed = _deed(tokens.norm(k))
        if deed is not None:
            return [] if _named_after(ctx, k, c_end) else _first_doers(ctx, deed, min(before, c_start), exclude)
    return []


def _bare_stem(word: str) -> str:
    """A verbal noun without a glued preposition or conjunction and its article ("بالتراجع" -> "تراجع")."""
    return without_article(without_proclitic(word, "وفب"))


def _named_after(ctx: Context, k: int, c_end: int) -> bool:
    """Whether a party is named within the clause after the deed's noun at k, its own doer or the one it befalls."""
    return any(k < c.i < c_end and c.i - k <= NAMED_AFTER_SPAN for c in ctx.mentions.cands if c.type in PARTY_TYPES)


def _first_doers(ctx: Context, deed: lexicon.Deed, stop: int, exclude: set[str], last: bool = False) -> list[str]:
    """The keys of the party that did `deed` where the article first (or, `last`, last) tells it before token
    `stop` (its verb's subject, or the party its noun is of), not of `exclude`."""
    tokens = ctx.tokens
    for k in (range(stop - 1, -1, -1) if last else range(stop)):
        word = without_proclitic(tokens.norm(k))
        if word in deed.verbs:
            doers = _subject(ctx, k, joined=word != tokens.norm(k))
        elif word in deed.nouns:
            doers = _of_noun(ctx, k)
        else:
            continue
        keys = [key for c in doers if (key := ctx.mentions.key(c)) is not None and key not in exclude]
        if keys:
            return list(dict.fromkeys(keys))
    return []


def _deed(word: str) -> lexicon.Deed | None:
    """The deed a definite noun names, past a proclitic preposition or conjunction."""
    table = lexicon.deeds()
    return next((table[w] for w in (word, *(word[len(p):] for p in PROCLITICS if word.startswith(p)))
                 if w in table), None)


def _parties(ctx: Context, lo: int, hi: int) -> list[Candidate]:
    """The named persons, bodies and places within tokens lo..hi-1 of one sentence, not named as a setting nor in
    a person's title ("رئيس البلاد فلان": the person, not the country)."""
    sent = ctx.tokens.sentence(lo).start
    named = [c for c in ctx.mentions.cands if lo <= c.i and c.j <= hi]
    titles = [(c.title_i, c.i) for c in ctx.mentions.cands
              if c.type == "Person" and c.title_i is not None and c.title_i < c.i]
    return [c for c in named if c.type in PARTY_TYPES and not locative(ctx.doc, c, sent)
            and not any(t <= c.i < i for t, i in titles)]


def _subject(ctx: Context, k: int, joined: bool = False) -> list[Candidate]:
    """The subject of the verb at k: the first party a few words after it, else the last one before it in its
    sentence; for a verb `joined` by و to a clause before it ("ألغت X نتائج ... التي تصدرها Y، وقررت ..."), the
    subject it shares with that clause, the sentence's first party past its dateline (the later ones are objects)."""
    sent = ctx.tokens.sentence(k)
    after = _parties(ctx, k + 1, min(sent.end, k + 1 + VERB_SUBJECT_SPAN))
    if after:
        return after[:1]
    if joined:
        return _parties(ctx, _past_dateline(ctx, sent.start, k), k)[:1]
    before = _parties(ctx, sent.start, k)
    return before[-1:]


def _past_dateline(ctx: Context, start: int, stop: int) -> int:
    """The first token after the dash that ends a dateline opening the sentence at `start` ("مدينة، تاريخ - ..."),
    within DATELINE_WORDS words; `start` when there is none."""
    for q in range(start, min(stop, start + DATELINE_WORDS)):
        if ctx.tokens.text(q) in DASHES:
            return q + 1
    return start


def _of_noun(ctx: Context, k: int) -> list[Candidate]:
    """The doer of a deed's noun at k: the party it is construct to ("قرار فلان"), else the last one named a few
    words before it in its sentence ("أعلن فلان استقالته")."""
    sent, tokens = ctx.tokens.sentence(k), ctx.tokens
    nxt = tokens.next(k + 1, sent.end)
    after = [c for c in _parties(ctx, nxt, sent.end) if c.i == nxt]
    # a party after a preposition is where or whom the deed goes to ("وصولها إلى X في زيارة"), not its doer
    before = [c for c in _parties(ctx, max(sent.start, k - NOUN_DOER_SPAN), k)
              if (p := tokens.prev(c.i)) is None or tokens.norm(p) not in tokens.words.preposition]
    return after[:1] or before[-1:]
