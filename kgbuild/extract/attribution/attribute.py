"""The stages joined: for each sentence, who goes on into it, its headline, what each of its cues tells
(cue_statements: the speakers, the content, the intermediaries and the targets; one StatementRecord per
speaker), and what a sentence that told nothing passes on."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import compress
from typing import Sequence

from spacy.tokens import Span

from ...records import StatementRecord
from ..words import CLOSE_QUOTES, OPEN_QUOTES, text_of
from .anchors import statement_cues
from .assembly import record, repeats, reported_statement
from .content import span_content
from .context import Context
from .cue_statements import read_cue
from .headline import COLON, headline_speaker, reads_as_headline
from .reading import Carry, Place, Reading
from .targets import targets_of
from .targets.referred import referred_back
from .topics import another_actor, sentence_subject

# a speaker is carried over to verbs with no subject of their own for this many sentences
CARRY_SENTENCES = 2


def attribute(ctx: Context, sents: list[Span]) -> list[StatementRecord]:
    """The statements of a document, in text order."""
    quoted = ctx.tokens.inside_quotes(sents)
    out: list[StatementRecord] = []
    carry = Carry()
    # sentences that tell something new: a line break (a sentence of its own) does not count, nor does a
    # sentence that goes on with a quotation opened before it (it is part of that statement)
    order, paragraph = 0, 0
    running = running_quotes(ctx, sents)
    texts, spaces = ctx.tokens.texts, ctx.tokens.spaces
    # the spaces that break a line, found once for the Doc: a sentence with one among its tokens ends a paragraph
    # (compress picks the spaces out in C: the words, most tokens, are never read)
    breaks = [k for k in compress(range(len(spaces)), spaces) if "\n" in texts[k]]
    for index, sent in enumerate(sents):
        found, carry = attribute_sentence(ctx, sent, index, quoted, carry, out, order, paragraph, running[index])
        first = ctx.tokens.next(sent.start, sent.end)
        order += first < sent.end and not running[index]
        paragraph += bisect_left(breaks, sent.start) < bisect_left(breaks, sent.end) \
            and not (index + 1 < len(sents) and running[index + 1])
        for st in found:
            if not repeats(st, out):
                out.append(st)
    return referred_back(ctx, out)


QUOTE_RUN_SENTENCES = 8   # Doc sentences (line breaks among them) a quotation may run over and still be one


def running_quotes(ctx: Context, sents: list[Span]) -> list[bool]:
    """For each sentence: does it open inside a quotation opened in a sentence before it and closed in
    it or after it, over line breaks too ("قال: «... .\n... »")? A quote mark left open closes nothing."""
    tokens = ctx.tokens
    if not tokens.quote_marks_in_text():
        return [False] * len(sents)   # (no quotation anywhere)
    spans: list[tuple[int, int]] = []     # (sentence opened in, sentence closed in)
    stack: list[int] = []
    ascii_open: int | None = None
    stray = tokens.stray_quotes(sents)
    texts = tokens.texts
    for n, sent in enumerate(sents):
        for k in tokens.quote_marks_between(sent.start, sent.end):   # (the marks alone change what runs on)
            t = texts[k]
            if t in OPEN_QUOTES:
                stack.append(n)
            elif t in CLOSE_QUOTES and stack:
                spans.append((stack.pop(), n))
            elif t == '"' and k not in stray:
                if ascii_open is None:
                    ascii_open = n
                else:
                    spans.append((ascii_open, n))
                    ascii_open = None
    running = [False] * len(sents)
    for opened, closed in spans:
        if closed - opened <= QUOTE_RUN_SENTENCES:
            for n in range(opened + 1, closed + 1):
                running[n] = True
    return running


def attribute_sentence(ctx: Context, sent: Span, index: int, quoted: list[bool], carry: Carry,
                       history: Sequence[StatementRecord], order: int | None = None,
                       paragraph: int = 0, in_quotation: bool = False) -> tuple[list[StatementRecord], Carry]:
    """The statements of one sentence (the index-th of the Doc, the order-th that tells something new, in
    the paragraph-th paragraph; in_quotation when it goes on with a quotation opened before it), and what
    the next sentence needs to know."""
    place = Place(sent, index, index if order is None else order, paragraph)
    reading = read_headline(ctx, place, Reading(carried_into(ctx, place, quoted, carry)))
    for cue in statement_cues(ctx.cues, sent, quoted):
        reading = read_cue(ctx, place, cue, reading, history)
    reading = read_untold(ctx, place, quoted, in_quotation, reading, history)
    return list(reading.statements), reading.carry


def carried_into(ctx: Context, place: Place, quoted: list[bool], carry: Carry) -> Carry:
    """Who goes on into the sentence: the last speaker while near enough, or the sentence's own subject."""
    start, end = place.start, place.end
    gap = place.order - carry.sentence
    if carry.speakers and (gap > CARRY_SENTENCES or (gap > 1 and place.paragraph != carry.paragraph)):
        # a new paragraph goes on only with the speaker of the last sentence before it (a carry of no one is
        # kept as it is: most sentences far from a statement carry no one already)
        carry = Carry((), carry.sentence, carry.paragraph)
    if (opening := ctx.tokens.next(start, end)) < end and ctx.cues.at(opening) is None and not quoted[opening] \
            and (topic := sentence_subject(ctx, place.sent)) is not None:
        # "العمدة يرفض الاستقالة ويتوعد بالتصعيد", "ويخشى البنك المركزي أن ... لكنه أضاف": the subject of a
        # verb that is no cue goes on to the next verb of its sentence, before any earlier speaker (not a
        # subject inside quoted words: «... وأعلن المحتجون ...»، مشيرا: the one quoted goes on after them)
        carry = place.carry((topic,))
    return carry


def read_headline(ctx: Context, place: Place, reading: Reading) -> Reading:
    """A headline or subheading "وزير الصحة: الوضع مستقر": the speaker before the colon says what follows it."""
    sent, index = place.sent, place.index
    start_char, end_char = ctx.tokens.chars(place.start, place.end)
    if text_of(ctx.doc).find(COLON, start_char, end_char) < 0:
        return reading   # (every headline speaks through its colon: a sentence with none is no headline, read at once)
    # the first line is read as a headline only when its shape says so; else as body text, where a line of
    # its own may still be a subheading
    headline = headline_speaker(ctx, sent) if index == 0 and reads_as_headline(ctx, sent) else \
        headline_speaker(ctx, sent, subheading=True) if index == 0 or opens_line(ctx, sent) else None
    if headline is None:
        return reading
    colon, speaker, stop = headline
    content = span_content(ctx, ctx.tokens.next(colon.i + 1, stop), ctx.tokens.trim_end(colon.i + 1, stop),
                           "indirect")
    targets = targets_of(ctx, content.start, content.end, [speaker.key], [], set(), colon.entry.stance,
                         colon.entry.act)
    statement = record(ctx, sent, index, colon, speaker, colon.entry.act, content, targets, [])
    # the paragraph under a subheading goes on with its speaker
    carry = place.carry((speaker.key,)) if index > 0 else reading.carry
    return reading.updated(statements=reading.statements + (statement,), carry=carry,
                           covered=reading.covered | frozenset(range(place.start, stop)))


def read_untold(ctx: Context, place: Place, quoted: list[bool], in_quotation: bool, reading: Reading,
                history: Sequence[StatementRecord]) -> Reading:
    """A sentence whose cues told nothing (and no passive saying): "بحسب X، ..." makes X its speaker; else
    its subject goes on to the next verb, or someone other than the last speaker comes on stage."""
    if reading.told:
        return reading
    if reading.statements:
        return with_report_before(ctx, place, reading, history)
    sent, start, end, carry = place.sent, place.start, place.end, reading.carry
    opening = ctx.tokens.next(start, end)
    reported = reported_statement(ctx, sent, place.index, carry.speakers, history)
    if reported is not None:
        return reading.updated(statements=(reported,), carry=place.carry((reported.speaker,)))
    if not (opening < end and quoted[opening]) and (topic := sentence_subject(ctx, sent, described=False)) is not None:
        return reading.updated(carry=place.carry((topic,)))
    if carry.speakers and not in_quotation and opening < end and not quoted[opening] \
            and another_actor(ctx, sent, carry.speakers):
        # "وكان وفد برئاسة فلان قد وصل. وأكد أن": someone else comes on stage, and a verb past this
        # sentence may be theirs
        return reading.updated(carry=place.carry(()))
    return reading


def with_report_before(ctx: Context, place: Place, reading: Reading,
                       history: Sequence[StatementRecord]) -> Reading:
    """"بحسب X، فإن Y خسر، وهو ما وصفه Z بأنه": X reports the clause before the sentence's own statements,
    and relays none of those after it (Z said his words himself)."""
    taken = reading.covered | speaker_tokens(ctx, reading.statements)
    reported = reported_statement(ctx, place.sent, place.index, reading.carry.speakers, history, taken)
    if reported is None or any(st.speaker == reported.speaker for st in reading.statements):
        return reading
    after = tuple(replace(st, via=[v for v in st.via if v != reported.speaker])
                  if st.cue_span[0] >= reported.quote_span[1] else st for st in reading.statements)
    return reading.updated(statements=(reported,) + after)


def speaker_tokens(ctx: Context, statements: Sequence[StatementRecord]) -> frozenset[int]:
    """The tokens of the named speakers of the statements ("فإن الوزير فلان قال": the minister's)."""
    starts = ctx.tokens.starts
    return frozenset(k for st in statements if st.speaker_span is not None
                     for k in range(bisect_left(starts, st.speaker_span[0]), bisect_left(starts, st.speaker_span[1])))


def opens_line(ctx: Context, sent: Span) -> bool:
    """Does the sentence start a line of its own (a subheading "وزير الصحة: الوضع مستقر" may stand there)?"""
    return sent.start > 0 and "\n" in ctx.doc[sent.start - 1].text_with_ws


