"""The stages joined: for each sentence, its cues; for each cue, the speakers, the content, the
intermediaries and the targets; one StatementRecord per speaker."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Span

from ...records import StatementRecord
from ...text import normalize
from ..words import CLOSE_QUOTES, OPEN_QUOTES
from .agent_nouns import agent_in_construct
from .anchors import statement_cues
from .assembly import elaborating, jointly, record, repeats, reported_statement
from .clauses import (contrasted_subject_clause, described_noun_cue, named_subject_clause, new_main_clause,
                      relative_clause_cue, relative_in_it)
from .content import attribution_tail, content_of, span_content
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .headline import headline_speaker, reads_as_headline
from .speakers import Query, Speakers, find_speakers, subject_of_its_own
from .speakers.base import passive_voice
from .speakers.relay import relayed_saying
from .reports import inner_report, reported_speech
from .targets import targets_of
from .topics import another_actor, sentence_subject
from .via import intermediaries

# a speaker is carried over to verbs with no subject of their own for this many sentences
CARRY_SENTENCES = 2


@dataclass(frozen=True)
class Carry:
    """What a sentence passes on to the next: the last statement's speakers, and the sentence (counted
    as `attribute` counts them) and paragraph it is in."""

    speakers: tuple[str, ...] = ()
    sentence: int = -10
    paragraph: int = 0


def attribute(ctx: Context, sents: list[Span]) -> list[StatementRecord]:
    """The statements of a document, in text order."""
    quoted = ctx.tokens.inside_quotes(sents)
    out: list[StatementRecord] = []
    carry = Carry()
    # sentences that tell something new: a line break (a sentence of its own) does not count, nor does a
    # sentence that goes on with a quotation opened before it (it is part of that statement)
    order, paragraph = 0, 0
    running = running_quotes(ctx, sents)
    for index, sent in enumerate(sents):
        found, carry = attribute_sentence(ctx, sent, index, quoted, carry, out, order, paragraph, running[index])
        first = ctx.tokens.next(sent.start, sent.end)
        order += first < sent.end and not running[index]
        paragraph += any("\n" in ctx.tokens.text(k) for k in range(sent.start, sent.end) if ctx.tokens.is_space(k)) \
            and not (index + 1 < len(sents) and running[index + 1])
        for st in found:
            if not repeats(st, out):
                out.append(st)
    return out


QUOTE_RUN_SENTENCES = 8   # Doc sentences (line breaks among them) a quotation may run over and still be one


def running_quotes(ctx: Context, sents: list[Span]) -> list[bool]:
    """For each sentence: does it open inside a quotation opened in a sentence before it and closed in
    it or after it, over line breaks too ("قال: «... .\n... »")? A quote mark left open closes nothing."""
    tokens = ctx.tokens
    spans: list[tuple[int, int]] = []     # (sentence opened in, sentence closed in)
    stack: list[int] = []
    ascii_open: int | None = None
    stray = tokens.stray_quotes(sents)
    for n, sent in enumerate(sents):
        for k in range(sent.start, sent.end):
            t = tokens.text(k)
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
    start, end = sent.start, sent.end
    order = index if order is None else order
    gap = order - carry.sentence
    if gap > CARRY_SENTENCES or (gap > 1 and paragraph != carry.paragraph):
        # a new paragraph goes on only with the speaker of the last sentence before it
        carry = Carry((), carry.sentence, carry.paragraph)
    if (opening := ctx.tokens.next(start, end)) < end and ctx.cues.at(opening) is None and not quoted[opening] \
            and (topic := sentence_subject(ctx, sent)) is not None:
        # "العمدة يرفض الاستقالة ويتوعد بالتصعيد", "ويخشى البنك المركزي أن ... لكنه أضاف": the subject of a
        # verb that is no cue goes on to the next verb of its sentence, before any earlier speaker (not a
        # subject inside quoted words: «... وأعلن المحتجون ...»، مشيرا: the one quoted goes on after them)
        carry = Carry((topic,), order, paragraph)
    out: list[StatementRecord] = []
    covered: set[int] = set()   # tokens already inside a statement's cue..content: their cues belong to it
    told = False   # a verb of saying in the passive ("وأُبلغ الوزير أن"): its subject heard it, and does not go on
    # the first line is read as a headline only when its shape says so; else as body text, where a line of
    # its own may still be a subheading
    headline = headline_speaker(ctx, sent) if index == 0 and reads_as_headline(ctx, sent) else \
        headline_speaker(ctx, sent, subheading=True) if index == 0 or opens_line(ctx, sent) else None
    if headline is not None:
        colon, speaker, stop = headline
        content = span_content(ctx, ctx.tokens.next(colon.i + 1, stop), ctx.tokens.trim_end(colon.i + 1, stop),
                               "indirect")
        targets = targets_of(ctx, content.start, content.end, [speaker.key], [], set(), colon.entry.stance,
                             colon.entry.act)
        out.append(record(ctx, sent, index, colon, speaker, colon.entry.act, content, targets, []))
        covered.update(range(start, stop))
        if index > 0:
            carry = Carry((speaker.key,), order, paragraph)  # the paragraph under a subheading goes on with its speaker
    relayed_by: dict[int, list[str]] = {}   # an inner report's cue -> who relays it
    for cue in statement_cues(ctx.cues, sent, quoted):
        # "ردت الحكومة على إعراب الوزارة عن قلقها": a verbal noun with its agent tells that agent's own statement
        agent_noun = cue.kind == "noun" and agent_in_construct(ctx.cues, cue, end)
        # a cue inside content already found (unless it opens a new main or relative clause), or a verbal
        # noun once the sentence has a statement, tells none of its own; a verbal noun with its agent does
        if not agent_noun and ((cue.i in covered and not new_main_clause(ctx, cue, start, end, out)
                                and not (out and attribution_tail(ctx, cue.i, start) is not None)
                                and not relative_clause_cue(ctx, cue, start, end, carry.speakers)
                                and not described_noun_cue(ctx, cue, start, end, out)
                                and not named_subject_clause(ctx, cue, start, end, out)
                                and not contrasted_subject_clause(ctx, cue, start, end, out))
                               or (cue.kind == "noun" and out)):
            continue
        # "انتقدت الصحف خطاب فلان الذي اتهم فيه ...": the author of a statement described inside another's
        # content does not go on to the next verb
        described = cue.i in covered and relative_in_it(ctx, cue, end)
        query = Query(cue, start, end, bool(out), carry.speakers, history, out)
        speakers = find_speakers(ctx, query)
        if speakers is None:
            # (not a passive's subject, who was told or asked: the last speaker may go on after it)
            told = told or passive_voice(ctx, cue)
            if cue.kind in SPEECH_KINDS and carry.speakers and subject_of_its_own(ctx, query) and not told:
                carry = Carry((), order, paragraph)  # someone unnamed spoke: the last speaker does not carry on
            if (saying := relayed_saying(ctx, cue, end)) is not None \
                    and (said := content_of(ctx, cue, saying + 1, True, start, end, earlier=bool(out))) is not None \
                    and (inner := inner_report(ctx, cue, said, start, end, carry.speakers, history, out)) is not None \
                    and inner_report(ctx, cue, said, start, end, carry.speakers, history, out, persons_only=True) is None:
                # "ونقل عن السفير قوله إن الحكومة أكدت": the words of one the text does not name; the report of
                # a state's or body's words opening them is part of what he said, no statement of its own (as
                # with unnamed groups above; a person's words he passes on stay that person's, and a clause
                # after them may be a statement)
                covered.update(range(cue.i, inner + 1))
            continue
        named = any(sp.i > cue.i for sp in speakers.found)
        tail_start = _person_tail_start(ctx, cue, speakers, start, out)
        content = content_of(ctx, cue, speakers.after, named, start, end, earlier=bool(out), earlier_start=tail_start)
        if content is None:
            continue
        keys = list(dict.fromkeys(sp.key for sp in speakers.found))
        if tail_start is not None:
            # the person who said it after "حسب ما" is a speaker of the clause, not its intermediary
            for st in out:
                st.via[:] = [v for v in st.via if v not in keys]
        # "وقال دبلوماسيون إن واشنطن ترى أن": unnamed people telling what a state or body thinks or said make a
        # claim of their own (no one named relays it), so the group speaks and the inner report is what it says;
        # a person's own words they pass on ("قال مصدر إن الوزير فلان أكد أن") are still his
        unnamed_tellers = all(ctx.mentions.type_of(key) == "Group" for key in keys)
        inner = inner_report(ctx, cue, content, start, end, carry.speakers, history, out, persons_only=unnamed_tellers)
        if inner is not None:
            # "ذكرت صحيفة X أن الوزير Y أكد أن": Y speaks, X only relays what Y said
            relayed_by[inner] = relayed_by.get(cue.i, []) + keys + list(speakers.via)  # and whoever relayed them
            covered.update(range(cue.i, max(speakers.after, cue.i + 1)))
            continue
        k = cue.i
        covered.update(range(k, max(speakers.after, k + 1,
                                    content.end if content.quote_type != "direct" or content.start > k else k + 1)))
        relays = [key for key in relayed_by.get(cue.i, []) if key not in keys]
        via_found = intermediaries(ctx, start, end, set(keys))
        via = list(dict.fromkeys(relays + list(speakers.via)))
        via += [v.key for v in via_found if v.key not in via]
        via_toks = {t for v in via_found for t in range(v.i, v.j)}
        targets = targets_of(ctx, content.start, content.end, keys, via, via_toks, cue.entry.stance, cue.entry.act,
                             rebuttal=normalize(cue.lemma) in ctx.tokens.words.rebuttal)
        if reported_speech(ctx, content):
            targets = elaborating(cue, keys, out, targets)
        out += [record(ctx, sent, index, cue, sp, cue.entry.act, content, jointly(targets, sp.key, keys), via)
                for sp in speakers.found]
        if cue.i in relayed_by:
            carry = Carry(tuple(relayed_by[cue.i]), order, paragraph)  # the one who reported it goes on ("مبينا أن")
        elif not embedded(cue, speakers) and not agent_noun and not described:
            carry = Carry(tuple(keys), order, paragraph)   # the agent of a verbal noun does not go on speaking
    if not out and not told:
        reported = reported_statement(ctx, sent, index, carry.speakers, history)
        if reported is not None:
            out, carry = [reported], Carry((reported.speaker,), order, paragraph)
        elif not (opening < end and quoted[opening]) and (topic := sentence_subject(ctx, sent)) is not None:
            carry = Carry((topic,), order, paragraph)
        elif carry.speakers and not in_quotation and (first := ctx.tokens.next(start, end)) < end \
                and not quoted[first] and another_actor(ctx, sent, carry.speakers):
            # "وكان وفد برئاسة فلان قد وصل. وأكد أن": someone else comes on stage, and a verb past this
            # sentence may be theirs
            carry = Carry((), order, paragraph)
    return out, carry


def embedded(cue: Cue, speakers: Speakers) -> bool:
    """"هاجم X الرئيس Y بسبب تصريحاته التي ... ولوح فيها": a statement told inside a relative clause on
    another's statement noun; the clause's own subject, not its speaker, goes on to the next verb."""
    return speakers.by == "said_in_it" and cue.prefix > 0


def opens_line(ctx: Context, sent: Span) -> bool:
    """Does the sentence start a line of its own (a subheading "وزير الصحة: الوضع مستقر" may stand there)?"""
    return sent.start > 0 and "\n" in ctx.doc[sent.start - 1].text_with_ws


def _person_tail_start(ctx: Context, cue: Cue, speakers: Speakers, start: int,
                       earlier: Sequence[StatementRecord]) -> int | None:
    """"وقال فلان إن ...، حسب ما قال فلان آخر": when a speech verb after a tail marker (حسب ما، وفق ما،
    حسبما) has only persons as subject, and no relay, they say the clause the earlier statement reports;
    the first token of that clause. An agency or outlet there ("حسب ما نقلت وكالة X") stays the intermediary."""
    if not earlier or speakers.via or cue.kind in ("via", "noun") or cue.entry.act == "report" \
            or attribution_tail(ctx, cue.i, start) is None:
        return None
    ents = ctx.mentions.entities
    if not speakers.found or any(sp.key not in ents or ents[sp.key].type != "Person" for sp in speakers.found):
        return None
    last = earlier[-1]
    span = ctx.doc.char_span(last.quote_span[0], last.quote_span[1], alignment_mode="expand") if last.quote_span else None
    return span.start if span is not None and span.start >= start else None


