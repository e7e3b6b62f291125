"""The winner a statement speaks of: "الفائز" (the winner), "المرشح الفائز", "الحزب الفائز", "هنأ الفائزين" in what was
said is the party the article first told winning before it: the subject of a verb of winning or topping ("فاز X
بالانتخابات", "X يفوز برئاسة ...", "تصدر حزب X الانتخابات") or the one a noun of winning is of ("أعلنت اللجنة فوز X",
"أعلن X فوزه"). News style tells the win in the headline or the lead, before anyone comments on it."""
from __future__ import annotations

from ...mentions import Candidate
from ...words import is_stem_under_clitics, without_proclitic
from ..context import Context
from .word_index import holds
from .first_told import first_told_key
from .read_off import WINNER

WINNER_CLITICS = ("", "و", "ب", "ل", "ف")   # what may be glued on the word ("بالفائز", "وللفائز" less its alef)
WINNER_TYPES = ("Person", "Organization")
SUBJECT_SPAN = 8     # words from a verb of winning to its subject ("فاز مرشح الحزب X فلان")
OWNER_SPAN = 8       # words from a noun of winning to the party it is of ("فوز زعيم المعارضة فلان")
POSSESSOR_SPAN = 12  # words before a possessed noun of winning within which its owner is named ("أعلن فلان، مساء أمس، فوزه")
NAME_GAP = 1         # tokens between a body and the person it describes (a closing quote: "مرشح حزب «X» فلان")
BI = "ب"   # a word glued to the preposition ب after the verb is its object ("بالانتخابات", "برئاسة")
WIN_VERB_CLITICS = ("", "و", "ف")   # glued on a verb of winning ("وفازت")
WIN_NOUN_CLITICS = ("", "و", "ف", "ب", "وب")   # glued on a noun of winning ("بفوز", "وبفوزه")
WIN_NOUN_PROCLITICS = "وفب"   # glued on a noun of winning or a list's head ("وفوز", "بفوز", "والحزب")


def winner_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str]) -> list[Candidate]:
    """Each winner word of what was said as a mention of the party the article first told winning before the content
    (not one of `exclude`, the speakers); none when no win is told. After a noun of a party or list ("الحزب الفائز",
    "التحالف الفائز") the winner must be a body: a person told winning leaves the winning list unnamed."""
    tokens, words, out = ctx.tokens, ctx.tokens.words, []
    if not holds(ctx, words.winner_word, c_start, c_end):
        return out   # the common case: no winner word (the index says so without reading the words)
    winner: str | None = None
    for k in range(c_start, c_end):
        if tokens.is_space(k) or not is_stem_under_clitics(tokens.norm(k), words.winner_word, WINNER_CLITICS):
            continue
        winner = winner or _told_winner(ctx, c_start)
        if winner is None or winner in exclude:
            return []
        kind = ctx.mentions.type_of(winner)
        head = tokens.prev(k)
        if head is not None and without_proclitic(tokens.norm(head), WIN_NOUN_PROCLITICS) in words.list_head \
                and kind != "Organization":
            continue
        # "مؤكدا أنه الفائز الحقيقي": the winner word as the predicate of a pronoun claims the win for its subject
        if head is not None and tokens.norm(head) in words.claimant_pronoun:
            continue
        tok = ctx.doc[k]
        out.append(Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, kind or "Person", WINNER, key=winner))
    return out


def _told_winner(ctx: Context, before: int) -> str | None:
    """The key of the party the article first tells winning before token `before`."""
    return first_told_key(ctx, before, _winners_at)


def _winners_at(ctx: Context, k: int) -> list[Candidate]:
    """The party the word at k tells winning: the subject of a verb of winning, or the owner of a noun of winning
    (after it, or before it when the noun is possessed); [] when the word tells no win."""
    word, words = ctx.tokens.norm(k), ctx.tokens.words
    # (as written or less a glued clitic: "فازت" and "فوزه" open with the letter of فـ themselves)
    if is_stem_under_clitics(word, words.win_verb, WIN_VERB_CLITICS):
        return _subject(ctx, k)
    if is_stem_under_clitics(word, words.win_noun, WIN_NOUN_CLITICS):
        return _owner_after(ctx, k)
    if is_stem_under_clitics(word, words.win_noun_possessed, WIN_NOUN_CLITICS):
        return _owner_before(ctx, k)
    return []


def _parties(ctx: Context, lo: int, hi: int) -> list[Candidate]:
    """The persons and bodies named within tokens lo..hi-1, not inside a person's title ("مرشح الحزب X فلان": the
    person)."""
    titles = [(c.title_i, c.i) for c in ctx.mentions.cands
              if c.type == "Person" and c.title_i is not None and c.title_i < c.i]
    return sorted((c for c in ctx.mentions.cands if lo <= c.i and c.j <= hi and c.type in WINNER_TYPES
                   and not any(t <= c.i < i for t, i in titles)), key=lambda c: c.i)


def _object_start(ctx: Context, k: int, stop: int) -> int:
    """The first word after k, before `stop`, that opens the verb's or noun's complement: a preposition or a word
    glued to ب ("بالانتخابات", "في", "على"), outside a name."""
    tokens = ctx.tokens
    for q in range(k + 1, stop):
        if ctx.mentions.in_a_mention(q):
            continue
        word = tokens.norm(q)
        if word in tokens.words.preposition or (word.startswith(BI) and len(word) > 3):
            return q
    return stop


def _subject(ctx: Context, k: int) -> list[Candidate]:
    """The subject of the verb of winning at k: the first party after it before its object ("فاز X بالانتخابات"),
    else the last one before it in its sentence ("X يفوز برئاسة ...")."""
    sent = ctx.tokens.sentence(k)
    stop = _object_start(ctx, k, min(sent.end, k + 1 + SUBJECT_SPAN))
    after = _parties(ctx, k + 1, stop)
    return _first(after) or _parties(ctx, sent.start, k)[-1:]


def _owner_after(ctx: Context, k: int) -> list[Candidate]:
    """The party a noun of winning at k is construct to ("فوز X", "فوز زعيم المعارضة فلان"), before its complement."""
    sent = ctx.tokens.sentence(k)
    stop = _object_start(ctx, k, min(sent.end, k + 1 + OWNER_SPAN))
    return _first(_parties(ctx, k + 1, stop))


def _first(parties: list[Candidate]) -> list[Candidate]:
    """The first of `parties`; but a body right before a person is the person's description ("مرشح الحزب X فلان"),
    when the title is not read as his: the person."""
    if len(parties) > 1 and parties[0].type == "Organization" and parties[1].type == "Person" \
            and parties[1].i - parties[0].j <= NAME_GAP:
        return parties[1:2]
    return parties[:1]


def _owner_before(ctx: Context, k: int) -> list[Candidate]:
    """The owner of a possessed noun of winning at k ("أعلن X فوزه"): the last party named a few words before it."""
    sent = ctx.tokens.sentence(k)
    return _parties(ctx, max(sent.start, k - POSSESSOR_SPAN), k)[-1:]
