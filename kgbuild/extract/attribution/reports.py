"""Reports inside reports: is what a cue introduces what was said, and does it open with another speaker's
own verb of saying ("ذكرت صحيفة X أن الوزير Y أكد أن ...")?"""
from __future__ import annotations

from typing import Sequence

from ... import lexicon
from ...records import StatementRecord
from ...text import normalize
from ..words import OPEN_QUOTES
from .content import Content, content_of
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .speakers import Query, Speakers, find_speakers
from .speakers.dual import dual_subject_before
from .topics import TOPIC_OPENERS


# the strategies that find a subject before its verb: a report inside a report is told so
SUBJECT_FIRST = frozenset({"subject_before", "subject_before_comma", "subject_with_relative_clause",
                           "two_parties"})   # "أفادت الوكالة بأن البلدين X وY اتفقا على": a dual verb after its two
# verbs of telling someone something: "قال مصدر إن الوزير أبلغ حزبه رفضه" reports the minister's words even
# with no إن/أن after the inner verb (not "إن واشنطن تدعم «الدعوات»", a stance, nor "أن تكون القوات قد عبرت
# الحدود", another sense of a cue: what the speaker says)
TELLING_VERBS = lexicon.function_words().telling_verb
INNER_REPORT_WALK = 12   # tokens from the start of what was reported to the verb of a report inside it


def inner_report(ctx: Context, cue: Cue, content: Content, start: int, end: int,
                 last_speakers: tuple[str, ...], history: Sequence[StatementRecord], earlier: Sequence[StatementRecord],
                 persons_only: bool = False) -> int | None:
    """"وذكرت صحيفة X أن وزير الخارجية Y أكد أن ...": a report whose reported clause opens with a subject
    and its own verb of saying, itself followed by what was said: the token of that inner verb
    (`persons_only`: only when that subject is a person)."""
    tokens = ctx.tokens
    colon = (p := tokens.prev(content.start, start)) is not None and tokens.text(p) == ":"
    # "أن « الوزير فلان أعلن أن ...»": a quotation after أن reports as the clause would
    that_quote = p is not None and tokens.is_quote(p) and (pp := tokens.prev(p, start)) is not None \
        and tokens.norm(pp) in tokens.words.complementizer
    if cue.kind not in SPEECH_KINDS or not reported_speech(ctx, content) \
            or (content.quote_type == "direct" and not colon and not that_quote):
        return None  # "وأضاف: الرئيس X قال إن" reports; a quotation in quote marks is the speaker's own words
    walk_end = min(content.end, content.start + INNER_REPORT_WALK)
    if next(ctx.cues.cues_in(content.start, walk_end), None) is None:
        return None   # (no cue within the walk, as in most contents: the walk below would find no inner verb)
    first = tokens.next(content.start, content.end)
    for k in range(content.start, walk_end):
        kind = ctx.cues.kind_at(k)
        if kind is None:
            if k == first and tokens.text(k) in OPEN_QUOTES | {'"'}:
                continue   # "أن « الوزير فلان أعلن أن ...»": a quotation opening the report reports in turn
            if tokens.norm(k) in tokens.words.complementizer or tokens.is_quote(k) or tokens.text(k) in (":", ".") \
                    or tokens.norm(k) in TOPIC_OPENERS:
                return None   # "إن الوضع مستقر، لكن محللين قالوا": a contrast ends what was reported
            continue
        inner = ctx.cues.at(k)
        if kind not in SPEECH_KINDS or inner is None or inner.prefix:
            return None
        found = find_speakers(ctx, Query(inner, start, end, bool(earlier), last_speakers, history, earlier))
        pair_named = found is not None and found.by == "two_parties" and _persons(ctx, found) \
            and (subject := dual_subject_before(ctx, k, start)) is not None and subject >= content.start - 1
        if found is None or found.by not in SUBJECT_FIRST or (found.found[0].i < content.start and not pair_named):
            return None
        if persons_only and any(ctx.mentions.type_of(sp.key) != "Person" for sp in found.found):
            return None
        said = content_of(ctx, inner, found.after, False, start, end, earlier=bool(earlier))
        # "وقال السفير إن الزعيمين تعهدا بـ", "مضيفا أنهما تعهدا بـ": what two persons did together is theirs
        told = said is not None and (_opened_by_complementizer(ctx, said.start) or pair_named
                                     or (normalize(inner.lemma) in TELLING_VERBS and _takes_object(ctx, k, end))
                                     or (cue.entry.act == REPORT_ACT and _perfect_of(ctx, inner))
                                     or (_in_a_document(ctx, cue) and _perfect_of(ctx, inner) and _persons(ctx, found)))
        return k if told else None
    return None


PERFECT_ENDINGS = ("", "ت", "ا", "وا", "تا")   # he, she, they two, they, they two (f.) did
REPORT_ACT = "report"   # the act of the verbs that pass news on (ذكر، أفاد، نقل، أورد in cues.tsv)


def _in_a_document(ctx: Context, cue: Cue) -> bool:
    """"وورد في نشرة القصر أن الأمير فلان دعا الوزراء إلى", "وورد في البيان أن الرئيس أمر بـ": a verb of what a
    document holds (function_words in_text_verb) passes on what the person it names did, as a verb of passing news
    on does: the document's author only relays it."""
    return normalize(ctx.tokens.text(cue.i)[cue.prefix:]) in ctx.tokens.words.in_text_verb \
        or normalize(cue.lemma) in ctx.tokens.words.in_text_verb


def _persons(ctx: Context, found: Speakers) -> bool:
    """Are all the speakers found persons? A document tells what a person it names did; the parties that issued it
    named again after أن ("جاء في بيان الدول الخمس أن الدول الخمس قررت") are its own authors, no one it relays."""
    return all(ctx.mentions.type_of(sp.key) == "Person" for sp in found.found)


def _perfect_of(ctx: Context, inner: Cue) -> bool:
    """"ذكرت الرئاسة أن الرئيس فلان أمر بإرسال", "أفادت الوكالة بأن البلدين اتفقا على": a verb of the
    perfect after its subject inside what a verb of passing news on reported tells an act that subject did,
    the reporter only relaying it, whatever follows the verb (after قال, أعلن the speaker's own claim about
    another stays his: "قال الوزير إن الجيش نشر قوات"); not a present ("أن واشنطن تدعم", a stance the reporter
    ascribes) nor a subjunctive ("أن تكون القوات قد عبرت")."""
    form = normalize(ctx.tokens.text(inner.i)[inner.prefix:])
    lemma = normalize(inner.lemma)
    return any(form == lemma + ending for ending in PERFECT_ENDINGS)


def _takes_object(ctx: Context, k: int, end: int) -> bool:
    """"أبلغ البرلمان رفضه": a noun object right after the verb; not "أبلغ بمقتل" (was informed of: a
    passive the text writes the same way) nor a preposition."""
    tokens = ctx.tokens
    nxt = tokens.next(k + 1, end)
    return nxt < end and not tokens.is_punct(nxt) and tokens.norm(nxt) not in tokens.words.preposition \
        and not tokens.text(nxt).startswith(("ب", "ل"))


def _opened_by_complementizer(ctx: Context, pos: int) -> bool:
    """Does what was said at pos follow إن/أن or a colon (maybe with a quote mark)? Not a verb's object
    that happens to be quoted: "إن البرلمان يرفض «التعديلات المقترحة على القانون»"."""
    tokens = ctx.tokens
    p = tokens.prev(pos, 0)
    if p is not None and tokens.is_quote(p):
        p = tokens.prev(p, 0)
    return p is not None and (tokens.norm(p) in tokens.words.complementizer or tokens.text(p) == ":")


def reported_speech(ctx: Context, content: Content) -> bool:
    """Is the content what was said: a quote, or a clause opened by إن/أن or a colon (not the object
    of another sense of the verb: "صرح للشركات بـ")?"""
    if content.quote_type == "direct":
        return True
    p = ctx.tokens.prev(content.start, 0)
    return p is not None and (ctx.tokens.norm(p) in ctx.tokens.words.complementizer or ctx.tokens.text(p) == ":")
