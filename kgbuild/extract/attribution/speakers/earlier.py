"""A verb with a pronoun subject opening its clause ("وقال إن", "وأضافت أن", "كما أشار إلى أن") whose speaker
was named further back than the carry reaches (two sentences, one across a paragraph break): the person or
body that spoke last, when nobody who could be its subject stands in between."""
from __future__ import annotations

import bisect
from dataclasses import replace

from ...mentions import Candidate
from ...mentions.base import is_honorific
from ..context import Context
from ..cues import SPEECH_KINDS
from .base import Outcome, Query, Seen, cue_form, is_participle
from .carry import clause_opening, governed_word, opens_content, previous_speaker, spoken_gender, verb_gender

# sentences with words between the last statement's sentence and the verb's: news paragraphs of one or two
# sentences often put a speaker's next words a few sentences after their name
EARLIER_BACK = 4
FEMININE_TITLE_END = "ة"   # "الوزيرة", "المتحدثة": a bare title of a woman
ARTICLE = "ال"             # a definite bare title refers to someone ("الوزير"); "أمام" may be a preposition


def earlier_speaker(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"قال فلان إن ... . (up to four more sentences with no one else in them) وأضاف أن": the verb with no
    subject of its own opens its sentence, or its clause after openers or a fronted phrase ("كما أكد أن",
    "وفي هذا السياق أوضح أن"; not after a noun, its subject: "والتقرير أكد"), and what was said follows it at
    once; the last statement's single speaker is a person or body ("وقالت الوزارة ... وأضافت أن") whose verbs
    told the same gender as this one (a plural or dual verb, or one whose form does not tell, takes no one);
    nothing between that statement's sentence and the verb (the fronted phrase too) could be the subject
    instead (_competes). The checks previous_speaker makes still apply."""
    if seen.unnamed or q.last_speakers or q.in_sentence or not q.history or is_participle(ctx, q.cue):
        return None
    tokens = ctx.tokens
    if tokens.next(q.start, q.end) != q.cue.i and clause_opening(ctx, q) is not None:
        return None   # "والوزير قال إن": a subject before the verb
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt >= q.end or not opens_content(ctx, nxt):
        return None
    now = verb_gender(cue_form(ctx, q.cue), q.cue.lemma)
    last = q.history[-1]
    speaker = last.speaker
    if now is None or ctx.mentions.type_of(speaker) not in ("Person", "Organization") or last.via \
            or any(st.speaker != speaker for st in q.history if st.sentence_index == last.sentence_index) \
            or spoken_gender(ctx, speaker, q.history) != now:
        return None
    first = bisect.bisect_left(tokens.starts, last.sentence_span[1])
    if _sentences_between(ctx, first, q.start) > EARLIER_BACK \
            or any(_competes(ctx, k, speaker, now, q) for k in range(first, q.cue.i)):
        return None
    return previous_speaker(ctx, replace(q, last_speakers=(speaker,)), seen)


def sole_person(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """A portrait or interview: "ولد فلان في ... . وهو يدرس ... . يقول: «...»": a verb with a pronoun subject
    opening its clause, what was said following it at once, in an article where no one has spoken yet and a
    single person has been named so far: that person (of the verb's gender; a title of the other gender, or
    anyone else who could be the subject after the last mention, takes no one). The checks previous_speaker
    makes still apply."""
    if seen.unnamed or q.last_speakers or q.in_sentence or q.history or is_participle(ctx, q.cue):
        return None
    tokens = ctx.tokens
    if tokens.next(q.start, q.end) != q.cue.i and clause_opening(ctx, q) is not None:
        return None   # "والكاتب يقول إن": a subject before the verb
    nxt = tokens.next(q.cue.i + 1, q.end)
    now = verb_gender(cue_form(ctx, q.cue), q.cue.lemma)
    if nxt >= q.end or not opens_content(ctx, nxt) or now is None:
        return None
    named = list(ctx.mentions.persons_before(q.cue.i))
    keys = {ctx.mentions.key(c) for c, _ in named}
    if len(keys) != 1:
        return None
    last = named[-1][0]
    person = keys.pop()
    if (_title_gender(last) or "m") != now \
            or any(_competes(ctx, k, person, now, q) for k in range(last.j, q.cue.i)):
        return None
    return previous_speaker(ctx, replace(q, last_speakers=(person,)), seen)


def _competes(ctx: Context, k: int, speaker: str, gender: str, q: Query) -> bool:
    """Could the word at k stand for the verb's subject instead of the speaker: another person no preposition
    governs ("من رجل الأعمال فلان" is no subject; nor one whose verbs or title told the other gender), a body or group
    no preposition governs, a definite bare title of the verb's gender no preposition governs, or a verb of
    saying (someone spoke whom no statement names)?"""
    mentions = ctx.mentions
    cand = mentions.start_at.get(k)
    if cand is not None and cand.type == "Person" and not _governed(ctx, cand) and (key := mentions.key(cand)) != speaker:
        return (spoken_gender(ctx, key, q.history) or _title_gender(cand)) in (None, gender)
    if cand is not None and cand.type in ("Organization", "Group") and not _governed(ctx, cand):
        return True
    if k in mentions.bare and ctx.tokens.norm(k).startswith(ARTICLE) and not governed_word(ctx, k):
        return ctx.tokens.text(k).endswith(FEMININE_TITLE_END) == (gender == "f")
    cue = ctx.cues.at(k)
    return cue is not None and cue.kind in SPEECH_KINDS


def _title_gender(cand: Candidate) -> str | None:
    """The gender the title before a person's name tells: "وزيرة الصحة فلانة" a woman, "وزير الصحة فلان" a man
    (the title's first word past honorifics, which tell none: "سعادة", "فضيلة"; no title tells none)."""
    words = [w for w in (cand.title or "").split() if not is_honorific(w)] if cand.title_i is not None else []
    return None if not words else "f" if words[0].endswith(FEMININE_TITLE_END) else "m"


def _governed(ctx: Context, cand: Candidate) -> bool:
    """A mention a preposition governs, at its name or at the title before it ("من رجل الأعمال فلان")."""
    first = cand.title_i if cand.title_i is not None and cand.title_i < cand.i else cand.i
    return ctx.tokens.governed(cand) or governed_word(ctx, first)


def _sentences_between(ctx: Context, first: int, last: int) -> int:
    """The sentences with a word in them among tokens first..last-1 (a line break or a lone full stop is none)."""
    doc, count, worded = ctx.doc, 0, False
    for k in range(first, last):
        if doc[k].is_sent_start:
            count, worded = count + worded, False
        worded = worded or doc[k].is_alpha
    return count + worded
