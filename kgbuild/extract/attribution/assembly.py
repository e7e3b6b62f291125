"""One StatementRecord from its parts (cue, speaker, content, targets, intermediaries), the targets a
statement takes from the one it goes on from or shares with its co-speakers, and repeated statements."""
from __future__ import annotations

from functools import cache
from typing import Sequence

from spacy.tokens import Span

from ... import lexicon
from ...records import StatementRecord
from ...text import clean_surface, normalize
from ..words import text_of
from ..stance import feeling_named
from .content import Content, span_content
from .context import Context
from .cues import Cue
from .index import Found
from .targets import DENYING_ACTS, Targets, targets_of
from .targets.antecedent import pronoun_of
from .via import reported_sentence


def record(ctx: Context, sent: Span, index: int, cue: Cue, speaker: Found, act: str, content: Content,
           targets: Targets, via: list[str], quote: str | None = None) -> StatementRecord:
    """The record of one speaker's statement at a cue of the index-th sentence (quote: the text to keep
    when it is not the content's own)."""
    tokens = ctx.tokens
    word, at = tokens.text(cue.i), tokens.starts[cue.i]
    return StatementRecord(
        speaker=speaker.key, cue=clean_surface(word[cue.prefix:]), cue_lemma=cue.lemma, act=act,
        stance=targets.stance, quote=content.text if quote is None else quote, quote_type=content.quote_type,
        target_stance=dict(targets.stances), cue_span=(at + cue.prefix, at + len(word)),
        quote_span=content.chars, speaker_span=ctx.tokens.chars(speaker.i, speaker.j) if speaker.i >= 0 else None,
        sentence_span=(sent.start_char, sent.end_char), sentence_index=index, about=list(targets.about), via=list(via))


def elaborating(ctx: Context, cue: Cue, keys: list[str], earlier: Sequence[StatementRecord],
                targets: Targets, c_start: int | None = None) -> Targets:
    """"استنكرت X تصريحات Y وقالت إنها ...": a saying joined by و to an evaluative act of the same
    speaker in the same sentence elaborates it: it is about the act's targets too (after its own),
    with the act's stance towards them, and the act's stance when it has no target of its own. So does a
    saying with no target of its own that takes up the act's object by a pronoun ("رحب X بالاستقالة، معتبرا أنها
    ...", content from `c_start`)."""
    if not (cue.prefix > 0 or (not targets.about and c_start is not None and _opens_with_pronoun(ctx, c_start))) \
            or cue.entry.stance != "neutral" or not earlier:
        return targets
    act = earlier[-1]
    if act.stance == "neutral" or act.speaker not in keys or not act.about or not evaluative_act(ctx, act):
        return targets
    inherited = [k for k in act.about if k not in targets.about]
    stances = {**targets.stances, **{k: act.target_stance.get(k, act.stance) for k in inherited}}
    return Targets(targets.about + inherited, stances, targets.stance if targets.about else act.stance)


def _opens_with_pronoun(ctx: Context, c_start: int) -> bool:
    """Does the content open after a complementizer carrying a third-person pronoun ("أنها", "إنه")?"""
    tokens = ctx.tokens
    p = tokens.prev(c_start)
    while p is not None and tokens.is_quote(p):   # "أنها «...»": the quotation opens after it
        p = tokens.prev(p)
    return p is not None and pronoun_of(tokens.norm(p), tokens.words.pronoun_host) is not None


def evaluative_act(ctx: Context, act: StatementRecord) -> bool:
    """Does the act judge by itself: a cue of a stance ("استنكر", "أشاد"), or one expressing a feeling
    ("أعرب عن استيائه")? "ذكرت X أن Y فعل كذا، وأوضحت أن ...": a report whose words judge Y is no act
    of judging; what is said next names its own targets, it does not take up the report's."""
    if act.act in DENYING_ACTS:
        return False   # "ينفي أن تكون الشرطة قد اعتقلته، ويضيف أنه ...": a denial judges a claim, not the party in it
    if _lemma_stances().get(normalize(act.cue_lemma), "neutral") != "neutral":
        return True
    span = ctx.doc.char_span(*act.quote_span, alignment_mode="expand") if act.quote_span else None
    return span is not None and feeling_named(ctx.doc, span.start, span.end) is not None


@cache
def _lemma_stances() -> dict[str, str]:
    """cues.tsv: a cue's normalised lemma -> the stance of its act."""
    return {normalize(c.lemma): c.stance for c in lexicon.cues().values()}


def jointly(targets: Targets, speaker: str, keys: list[str], named_after: bool = False) -> Targets:
    """"الرباط ونواكشوط تدعوان إلى التكامل": what several named parties say together with no target of its
    own is about them together: each one's statement is about the others (unnamed sources and witnesses who
    tell the same, "قالت مصادر وشهود", are no parties to it). Only parties named before the verb, which
    agrees with them all ("تدعوان"), speak as one; a verb before a list agrees with the first alone, and the
    parties it lists each said it ("رحبت X وY وZ بالاتفاق": none is what the others welcomed)."""
    others = [k for k in keys if k != speaker]
    if targets.about or not others or named_after or any(k.startswith("group:") for k in keys):
        return targets
    return Targets(others, {k: targets.stance for k in others}, targets.stance)


def mutually(targets: Targets, speaker: str, keys: list[str]) -> Targets:
    """"تتبادل X وY الاتهامات بدعم المهربين": in a reciprocal act each party's statement is about the others,
    with the act's stance towards them; what the content names besides is what they accuse each other of."""
    others = [k for k in keys if k != speaker]
    if not others:
        return targets
    return Targets(others, {k: targets.stance for k in others}, targets.stance)


MIN_ALONGSIDE_TOKENS = 3   # tokens at least of what "بحسب X" reports before the sentence's own statement


def reported_statement(ctx: Context, sent: Span, index: int, last_speakers: tuple[str, ...],
                       history: Sequence[StatementRecord] = (),
                       taken: frozenset[int] = frozenset()) -> StatementRecord | None:
    """"بحسب X، ..." in a sentence with no statement of its own: X reports the sentence. With `taken` (the
    tokens of the sentence's own statements, their speakers with them), an "according to X" opening the
    sentence reports the clause after it when a statement joined to that clause follows ("بحسب X، فإن Y خسر،
    وهو ما وصفه Z بأنه", "بحسب X، ارتفعت الأسعار، فيما دعت Z"); not when the statement is the clause's own
    ("بحسب X، قال Y إن", "بحسب X، وعلى هامش القمة، اتفق Y": X relays it)."""
    reported = reported_sentence(ctx, sent.start, sent.end, last_speakers, history)
    if reported is None:
        return None
    source, end = reported.source, reported.end
    if taken:
        if reported.start < reported.cue.i or reported.start in taken \
                or any(k in taken for k in range(source.i, source.j)):
            return None
        end = _before_joined_clause(ctx, reported.start, next((k for k in range(reported.start, end) if k in taken), end))
        if end is None or end - reported.start < MIN_ALONGSIDE_TOKENS:
            return None
    content = span_content(ctx, reported.start, end, "indirect")
    # the words of what X reports judge its targets like those of any saying ("بحسب X، فإن Y فشلت")
    targets = targets_of(ctx, reported.start, end, [source.key], [], set(range(source.i, source.j)),
                         "neutral", "report")
    return record(ctx, sent, index, reported.cue, source, "report", content, targets, [],
                  quote=text_of(ctx.doc)[content.chars[0]:content.chars[1]])


JOINING_WORDS = 3   # words at most between a clause's comma and the next statement's cue ("، فيما", "، وهو ما")


def _before_joined_clause(ctx: Context, start: int, stop: int) -> int | None:
    """The end of the clause from `start` that a statement at `stop` is joined to: the comma before the few
    words that open a new clause ("...، فيما دعت", "...، وهو ما وصفه", "...، وقال"). None when no such
    comma stands there."""
    tokens = ctx.tokens
    comma = next((k for k in range(stop - 1, start, -1) if tokens.is_comma(k)), None)
    if comma is None or len(tokens.word_tokens(comma + 1, stop)) > JOINING_WORDS:
        return None
    opener = tokens.next(comma + 1, stop + 1)
    cue = ctx.cues.at(opener)
    words = tokens.words
    if not (tokens.in_class(opener, words.clause_link) or tokens.in_class(opener, words.aside_opener)
            or (cue is not None and cue.prefix > 0 and tokens.text(opener).startswith("و"))):
        return None
    return tokens.trim_end(start, comma)


def repeats(st: StatementRecord, earlier: list[StatementRecord]) -> bool:
    """A lead paragraph repeated by the page (often cut short) is one statement."""
    q = normalize(st.quote)
    return any(o.speaker == st.speaker and o.cue_lemma == st.cue_lemma and min(len(q), len(normalize(o.quote))) >= 25
               and (normalize(o.quote).startswith(q) or q.startswith(normalize(o.quote))) for o in earlier)
