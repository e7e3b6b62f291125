"""A participle of manner that disagrees in gender or number with the last speaker ("قالت فلانة ...، وهو ما
نفاه علان، مؤكدا أن", "رحب فلان بالقرار، كما رحبت الهيئة به، معتبرة أن") cannot go on with that speaker: an
Arabic participle agrees with the subject of the clause it hangs on. It goes on with the subject of the
nearest clause before it in its sentence whose verb tells the participle's gender and number."""
from __future__ import annotations

import bisect
from typing import Sequence

from ....records import StatementRecord
from ....text import normalize
from ...words import PRONOUN_SUFFIXES
from ..context import Context
from ..cues import SPEECH_KINDS
from .base import NO_SUBJECT, QAD, SPEAKER_TYPES, Outcome, Query, Seen, Speakers, cue_form, is_participle
from .carry import STOPWORDS, plural_cue, verb_gender
from .relay import RELAY_LEMMAS


PLURAL = "pl"


def subject_of_disagreeing_participle(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """The participle after a comma, the one last speaker whose own verbs told another gender or number than
    the participle's; the subject named right after a verb (a cue that made no statement, or any verb, its
    object pronoun glued on: "نفاه", "رحبت") between the last statement of the sentence and the participle,
    nearest first, that agrees with it. None when there is none: the search goes on as before."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if seen.unnamed or len(q.last_speakers) != 1 or not is_participle(ctx, q.cue):
        return None
    comma = tokens.prev(q.cue.i, q.start)
    if comma is None or not tokens.is_comma(comma):
        return None
    form = cue_form(ctx, q.cue)
    now = PLURAL if plural_cue(form) else verb_gender(form, q.cue.lemma)
    last = q.last_speakers[0]
    then = _spoken_kind(ctx, last, [*q.history, *q.in_sentence])
    if now is None or then is None or now == then:
        return None
    if then != PLURAL and now == PLURAL and mentions.type_of(last) == "Group":
        return None   # "وقال قضاة المحكمة ...، مشيرين": a verb before its plural subject is singular
    first = q.start
    if q.in_sentence:
        first = bisect.bisect_left(tokens.starts, q.in_sentence[-1].cue_span[1])
    for c in sorted(mentions.cands, key=lambda c: -c.i):
        if c.j > comma or c.i < first:
            continue
        key = mentions.key(c)
        if c.type not in SPEAKER_TYPES or tokens.governed(c) or key is None or key in q.last_speakers:
            continue
        opening = c.title_i if c.title_i is not None and c.title_i < c.i else c.i
        verb = tokens.prev(opening, first)
        if verb is None or not _verb_word(ctx, verb) or not _opens_clause(ctx, verb, q.start):
            continue
        told = _verb_kind(tokens.norm(verb))
        if told == now and (now != PLURAL or c.type == "Group") and (now == PLURAL or c.type != "Group"
                                                                     or told == "f"):
            return Speakers((mentions.found(c),), q.cue.i + 1)
        return None   # the nearest clause's subject disagrees: no guess past it
    return None


def _spoken_kind(ctx: Context, key: str, history: Sequence[StatementRecord]) -> str | None:
    """The gender ("m", "f") or plural number of the verb the speaker last spoke with as its subject, when its
    form tells it (not a relay's verb, nor a noun's)."""
    for st in reversed(history):
        if st.speaker != key or st.via or st.cue_lemma in RELAY_LEMMAS:
            continue
        entry = ctx.cues.in_word(st.cue)
        if entry is None or entry.kind not in SPEECH_KINDS:
            continue
        form = normalize(st.cue)
        kind = PLURAL if plural_cue(form) else verb_gender(form, st.cue_lemma)
        if kind is not None:
            return kind
    return None


def _verb_word(ctx: Context, k: int) -> bool:
    """Can the word at k be a verb before its subject: an Arabic word of three letters or more, no name, no
    article, no function word (a cue is one)."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    return norm.isalpha() and len(bare) >= 3 and not bare.startswith("ال") and not ctx.mentions.in_a_mention(k) \
        and norm not in NO_SUBJECT and bare not in NO_SUBJECT and norm not in STOPWORDS and bare not in STOPWORDS


def _opens_clause(ctx: Context, verb: int, start: int) -> bool:
    """Does the verb open its clause (and so is no noun in construct before a name: "بدعم الحكومة"): it
    carries و or ف, opens the sentence, or follows punctuation, قد or a word that opens a clause ("ما نفاه",
    "كما رحبت", "بينما اتهم")?"""
    tokens = ctx.tokens
    if tokens.text(verb)[:1] in ("و", "ف") and len(tokens.norm(verb)) > 3:
        return True
    before = tokens.prev(verb, start)
    if before is None or tokens.is_punct(before):
        return True
    norm = tokens.norm(before)
    return norm == QAD or norm in tokens.words.clause_opener or tokens.in_class(before, tokens.words.what_relative)


def _verb_kind(norm: str) -> str | None:
    """The subject a perfect verb tells, its object pronoun aside: "نفته", "رحبت" feminine; "نفاه", "رحب"
    masculine; "رحبوا" plural; None for a dual."""
    stem = norm
    for suffix in PRONOUN_SUFFIXES:   # longest first
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            stem = norm[:-len(suffix)]
            break
    if stem.endswith("وا"):
        return PLURAL
    if stem.endswith("تا"):
        return None
    return "f" if stem.endswith("ت") else "m"
