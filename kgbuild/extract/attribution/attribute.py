"""The stages joined: for each sentence, its cues; for each cue, the speakers, the content, the
intermediaries and the targets; one StatementRecord per speaker."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from spacy.tokens import Span

from ...records import StatementRecord
from ...text import clean_surface, normalize
from ..words import text_of
from .content import Content, content_of, span_content
from .context import Context
from .cues import Cue
from .headline import headline_speaker
from .index import Found
from .speakers import Query, find_speakers
from .targets import Targets, target_mentions, targets_of
from .via import intermediaries, reported_sentence

# a speaker is carried over to verbs with no subject of their own for this many sentences
CARRY_SENTENCES = 2


@dataclass(frozen=True)
class Carry:
    """What a sentence passes on to the next: the last statement's speakers and its sentence index."""

    speakers: tuple[str, ...] = ()
    sentence: int = -10


def attribute(ctx: Context, sents: list[Span]) -> list[StatementRecord]:
    """The statements of a document, in text order."""
    quoted = ctx.tokens.inside_quotes(sents)
    out: list[StatementRecord] = []
    carry = Carry()
    for index, sent in enumerate(sents):
        found, carry = attribute_sentence(ctx, sent, index, quoted, carry, out)
        for st in found:
            if not repeats(st, out):
                out.append(st)
    return out


def attribute_sentence(ctx: Context, sent: Span, index: int, quoted: list[bool], carry: Carry,
                       history: Sequence[StatementRecord]) -> tuple[list[StatementRecord], Carry]:
    """The statements of one sentence, and what the next sentence needs to know."""
    start, end = sent.start, sent.end
    if index - carry.sentence > CARRY_SENTENCES:
        carry = Carry((), carry.sentence)
    out: list[StatementRecord] = []
    covered: set[int] = set()   # tokens already inside a statement's cue..content: their cues belong to it
    headline = headline_speaker(ctx, sent) if index == 0 else None
    if headline is not None:
        colon, speaker = headline
        content = span_content(ctx, ctx.tokens.next(colon.i + 1, end), ctx.tokens.trim_end(colon.i + 1, end),
                               "indirect")
        targets = targets_of(ctx, content.start, content.end, [speaker.key], [], set(), colon.entry.stance)
        out.append(record(ctx, sent, index, colon, speaker, colon.entry.act, content, targets, []))
        covered.update(range(start, end))
    for cue in ctx.cues.statement_cues(sent, quoted):
        if cue.i in covered or (cue.kind == "noun" and out):
            continue
        speakers = find_speakers(ctx, Query(cue, start, end, bool(out), carry.speakers, history))
        if speakers is None:
            continue
        named = any(sp.i > cue.i for sp in speakers.found)
        content = content_of(ctx, cue, speakers.after, named, start, end, earlier=bool(out))
        if content is None:
            continue
        k = cue.i
        covered.update(range(k, max(speakers.after, k + 1,
                                    content.end if content.quote_type != "direct" or content.start > k else k + 1)))
        keys = list(dict.fromkeys(sp.key for sp in speakers.found))
        via_found = intermediaries(ctx, start, end, set(keys))
        via = list(speakers.via) + [v.key for v in via_found if v.key not in speakers.via]
        via_toks = {t for v in via_found for t in range(v.i, v.j)}
        targets = targets_of(ctx, content.start, content.end, keys, via, via_toks, cue.entry.stance)
        out += [record(ctx, sent, index, cue, sp, cue.entry.act, content, targets, via) for sp in speakers.found]
        carry = Carry(tuple(keys), index)
    if not out:
        reported = reported_statement(ctx, sent, index, carry.speakers)
        if reported is not None:
            out, carry = [reported], Carry((reported.speaker,), index)
        elif (topic := sentence_subject(ctx, sent)) is not None:
            carry = Carry((topic,), index)
    return out, carry


def sentence_subject(ctx: Context, sent: Span) -> str | None:
    """"هوّنت وزارة الخارجية من الخلاف. وقالت إن ...": a sentence with no statement that opens with a
    verb and its subject hands the subject on to the next sentence's verb without one."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = tokens.next(sent.start, sent.end)
    # "ومن جهته، شبّه وزير الداخلية ...": adjuncts and commas before the verb
    while first < sent.end and (tokens.norm(first) in tokens.words.adjunct or tokens.is_comma(first)
                                or (tokens.norm(first)[:1] == "و" and tokens.norm(first)[1:] in tokens.words.adjunct)):
        first = tokens.next(first + 1, sent.end)
    if first >= sent.end or mentions.in_a_mention(first):
        return None
    k = tokens.next(first + 1, sent.end)
    cand = mentions.start_at.get(k) if k < sent.end else None
    if cand is None and k < sent.end and k in mentions.titled:
        cand = mentions.titled[k]
    if cand is None or tokens.governed(cand) or tokens.is_comma(first) or tokens.norm(first) in tokens.words.preposition:
        return None
    return mentions.key(cand)


def reported_statement(ctx: Context, sent: Span, index: int, last_speakers: tuple[str, ...]) -> StatementRecord | None:
    """"بحسب X، ..." in a sentence with no statement of its own: X reports the sentence."""
    reported = reported_sentence(ctx, sent.start, sent.end, last_speakers)
    if reported is None:
        return None
    source = reported.source
    content = span_content(ctx, reported.start, reported.end, "indirect")
    about = [key for key, _ in target_mentions(ctx, reported.start, reported.end, {source.key},
                                               set(range(source.i, source.j)))]
    return record(ctx, sent, index, reported.cue, source, "report", content, Targets(about, {}, "neutral"), [],
                  quote=text_of(ctx.doc)[content.chars[0]:content.chars[1]])


def record(ctx: Context, sent: Span, index: int, cue: Cue, speaker: Found, act: str, content: Content,
           targets: Targets, via: list[str], quote: str | None = None) -> StatementRecord:
    tokens = ctx.tokens
    word, at = tokens.text(cue.i), tokens.starts[cue.i]
    return StatementRecord(
        speaker=speaker.key, cue=clean_surface(word[cue.prefix:]), cue_lemma=cue.lemma, act=act,
        stance=targets.stance, quote=content.text if quote is None else quote, quote_type=content.quote_type,
        target_stance=dict(targets.stances), cue_span=(at + cue.prefix, at + len(word)),
        quote_span=content.chars, speaker_span=ctx.tokens.chars(speaker.i, speaker.j) if speaker.i >= 0 else None,
        sentence_span=(sent.start_char, sent.end_char), sentence_index=index, about=list(targets.about), via=list(via))


def repeats(st: StatementRecord, earlier: list[StatementRecord]) -> bool:
    """A lead paragraph repeated by the page (often cut short) is one statement."""
    q = normalize(st.quote)
    return any(o.speaker == st.speaker and o.cue_lemma == st.cue_lemma and min(len(q), len(normalize(o.quote))) >= 25
               and (normalize(o.quote).startswith(q) or q.startswith(normalize(o.quote))) for o in earlier)
