"""Which cues of a sentence anchor a statement: the cue reader's finds (cues.reader), with verbal nouns that
carry their own agent (agent_nouns.py) and without the cues that tell no statement of their own.

Its own module so that imports run one way: agent_nouns reads on top of the cue reader, and this
reads on top of both."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from functools import lru_cache

from spacy.tokens import Span

from ..mentions import Candidate

from ...text import normalize
from .agent_nouns import agent_in_construct, governed_agent_noun, governed_noun
from .cues import SPEECH_KINDS, Cue, entry_in
from .cues.reader import CueReader, in_text_verb, may_be_cue


def statement_cues(cues: CueReader, sent: Span, quoted: list[bool]) -> list[Cue]:
    """The cues of a sentence that may anchor a statement, in text order: not inside a quote, not
    an entity's first word, not a via marker, no verb right after a preposition, no statement
    noun opening its line or in a sentence whose verb carries the statement."""
    tokens = cues.tokens
    start, end = sent.start, sent.end
    out = []
    may_anchor = _anchor_positions(cues)
    # most words: no reading below can make a cue of them; only the others are read (no space among them: words_where)
    for k in may_anchor[bisect_left(may_anchor, start):bisect_left(may_anchor, end)]:
        if (quoted[k] and not quoted_report(cues, k, start, end)) \
                or (k in cues.mentions.start_at and not participle_over_group(cues, k, start, end)):
            continue
        cue = hastened_verbal_noun(cues, k, start) or cues.at(k) or cues.statement_reference(k, end) \
            or governed_agent_noun(cues, k, end)
        if not cue or cue.kind == "via":
            continue
        if cue.kind != "noun" and tokens.after_preposition(k) and tokens.prev(k) not in cues.mentions.end_at:
            # "بناء على طلبها": after a preposition the cue is a noun; a name's last word that reads as one
            # ("بن علي قال") is no preposition
            continue
        p = tokens.prev(k, start)
        if p is not None and tokens.norm(p) in tokens.words.wording:
            continue  # "على حد تعبيرها": her wording, a noun
        if normalize(tokens.text(k)[cue.prefix:]) in tokens.words.statement_giving_verb \
                and any(c.kind in SPEECH_KINDS for _, c in cues.cues_in(k + 1, end)):
            continue  # "أدلى بتصريحات أكد فيها": the verb that says it carries the statement
        if cue.kind == "noun":
            if tokens.prev(k, start) is None:
                continue  # a noun cue opening its line is a heading ("دعوة فلان")
            if any(c.kind in SPEECH_KINDS for _, c in cues.cues_in(k + 1, end)) and not agent_in_construct(cues, cue, end) \
                    and not opens_content_at_once(cues, k, end) and hastening_verb_before(cues, k, start) is None:
                # "في تصريحات لقناة X، أكد Y": the verb carries the statement; not a verb inside what a noun
                # says right after it ("حرص فلان على التأكيد على أن الحكومة تدعم")
                continue
        out.append(cue)
    return out


OBLIQUE_PLURAL = "ين"   # the sound masculine plural of a participle of manner, in the accusative: "منتقدين"
ARTICLE = "ال"


def participle_over_group(cues: CueReader, k: int, start: int, end: int) -> bool:
    """"، منتقدين الخطة", "، متهمين إياها بـ": an indefinite plural participle of manner right after a comma, with
    more of its clause after it, which the group finder also read as a group noun of one word (critics, suspects:
    the same spelling). After a comma a bare plural in -ين goes on with the clause's plural subject as a
    participle does; a group named there would stand in apposition, which a bare plural does not do. The cue
    reader has already told it from the passive ("، متهمين بالسرقة": accused, no cue)."""
    tokens = cues.tokens
    mention = cues.mentions.start_at[k]
    p = tokens.prev(k, start)
    if mention.type != "Group" or mention.j != k + 1 or p is None or not tokens.is_comma(p):
        return False
    norm = tokens.norm(k)
    nxt = tokens.next(k + 1, end)
    if norm.startswith(ARTICLE) or not norm.endswith(OBLIQUE_PLURAL) or nxt >= end or tokens.is_punct(nxt):
        return False
    cue = cues.at(k)
    return cue is not None and cue.kind in SPEECH_KINDS and cue.prefix == 0


def _anchor_positions(cues: CueReader) -> list[int]:
    """The tokens of the cue reader's Doc, in order, whose text (as the cursor reads it) _may_anchor: worked
    out once per Doc, each distinct word asked once (Cursor.words_where)."""
    found = getattr(cues, "_anchor_positions", None)
    if found is None:
        found = cues._anchor_positions = cues.tokens.words_where(_may_anchor)
    return found


def hastened_verbal_noun(cues: CueReader, k: int, start: int) -> Cue | None:
    """"وسارع فلان إلى رفض النتائج", "بادرت الشركة إلى نفي الاتهامات": a bare word spelled as a verb of saying
    right after the إلى of a verb of hastening is its verbal noun (no verb follows a preposition), read as a noun
    cue with the verb's act and stance; None elsewhere."""
    found = entry_in(cues.tokens.texts[k], False)
    if found is None or found[0] or found[1].kind not in SPEECH_KINDS or hastening_verb_before(cues, k, start) is None:
        return None
    return Cue(k, 0, replace(found[1], kind=NOUN))


def opens_content_at_once(cues: CueReader, k: int, end: int) -> bool:
    """Does what the noun at k says open right after it: أن/إن, or a preposition and then أن ("التأكيد على أن")?"""
    tokens = cues.tokens
    nxt = tokens.next(k + 1, end)
    if nxt < end and tokens.norm(nxt) in tokens.words.preposition:
        nxt = tokens.next(nxt + 1, end)
    return nxt < end and tokens.norm(nxt) in tokens.words.complementizer


@lru_cache(maxsize=131072)
def _may_anchor(text: str) -> bool:
    """Can a word written so be one of the three cues statement_cues reads, whatever stands around it: a
    cue (cues.reader.may_be_cue), a verb of what a text says (cues.reader.in_text_verb) or a statement noun after a
    glued preposition (agent_nouns.governed_noun)? Kept per word."""
    return may_be_cue(text) or in_text_verb(text) is not None or governed_noun(text) is not None


NOUN = "noun"
QUOTED_SUBJECT_ADJUNCTS = 2   # words of "بالمقابل", "من جهته" between a quoted report's subject and its verb


def quoted_report(cues: CueReader, k: int, start: int, end: int) -> bool:
    """"وأضاف الدبلوماسي أن « فلان بالمقابل أعلن أن ...»": a quotation that opens with a person, his verb
    of saying and then إن/أن reports what that person said; the verb anchors his statement though it
    stands inside quote marks."""
    tokens = cues.tokens
    cue = cues.at(k)
    if cue is None or cue.kind not in SPEECH_KINDS or cue.prefix:
        return False
    nxt = tokens.next(k + 1, end)
    if nxt >= end or tokens.norm(nxt) not in tokens.words.complementizer:
        return False
    p = tokens.prev(k, start)
    for _ in range(QUOTED_SUBJECT_ADJUNCTS):
        if p is None or tokens.norm(p) not in tokens.words.adjunct:
            break
        p = tokens.prev(p, start)
    subject = cues.mentions.end_at.get(p) if p is not None else None
    if subject is None or subject.type != "Person":
        return False
    head = subject.title_i if subject.title_i is not None else subject.i   # "« الوزير فلان أكد أن"
    opener = tokens.prev(head, start)
    return opener is not None and tokens.is_quote(opener)


HASTEN_WALK = 12   # words from a verb of hastening to the إلى before the verbal noun ("سارعت X وY وZ إلى")


def hastening_verb_before(cues: CueReader, k: int, start: int) -> int | None:
    """"وسارعت فرنسا وألمانيا إلى إدانة الهجوم": the verb of hastening (hastening_verb) whose إلى stands right
    before the verbal noun at k, its subjects between them (up to HASTEN_WALK words, no punctuation, quote or
    other cue); None when there is none. Its subjects say what the noun says, whatever follows in the sentence."""
    tokens = cues.tokens
    p = tokens.prev(k, start)
    if p is None or tokens.norm(p) not in tokens.words.hasten_to:
        return None
    verb, words = tokens.prev(p, start), 0
    while verb is not None and words < HASTEN_WALK:
        if tokens.in_class(verb, tokens.words.hastening_verb):
            return verb
        if tokens.is_punct(verb) or tokens.is_quote(verb) or cues.kind_at(verb) in SPEECH_KINDS:
            return None
        verb, words = tokens.prev(verb, start), words + 1
    return None


def subject_before_hastening(cues: CueReader, verb: int, start: int) -> Candidate | None:
    """"غير أن زعيم المعارضة فلان سارع إلى رفض النتائج", "وفلان بادر إلى": the verb of hastening's subject named
    right before it (SVO), its clause opening right before that name (the sentence's start, a conjunction, a comma,
    "لكن", or the أن of "غير أن"); None when another word stands between."""
    tokens, mentions = cues.tokens, cues.mentions
    p = tokens.prev(verb, start)
    subject = mentions.end_at.get(p) if p is not None else None
    if subject is None or tokens.governed(subject):
        return None
    head = subject.title_i if subject.title_i is not None else subject.i
    before = tokens.prev(head, start)
    if before is not None and not tokens.clause_start_before(head, start) and not tokens.is_comma(before) \
            and tokens.norm(before) not in tokens.words.complementizer:
        return None
    return subject
