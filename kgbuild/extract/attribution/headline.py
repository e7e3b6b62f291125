"""Colon headlines: "فيرهوفن: متمسكون بحماية الغابات" is a statement of the one named before the colon.

News headlines put the speaker, and at most a short phrase saying to whom ("سوليبرغ للنقابات:"), before
a colon and what was said after it. The article's first line is read so, and a subheading: a line of
its own in running text that a person or a body (not a place: "بيروت: قال ..." is a dateline; not a
news agency) opens.
"""
from __future__ import annotations

from spacy.tokens import Span

from ... import lexicon
from ..words import text_of
from .boundary import bare_present_verb, clause_end, joined_subject_deed, second_side
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .index import Found
from ..mentions import Candidate
from .referents.titled_speakers import title_holder_after

COLON = ":"
HEADLINE_CUE = lexicon.Cue(COLON, "say", "neutral", "verb")
SPEAKER_TOKENS = 6   # the speaker and its addressee fit in this many tokens before the colon
SUBHEADING_SPEAKERS = ("Person", "Organization")   # in running text a place before a colon is a dateline
SUBHEADING_WORDS = 20   # a subheading says this much at most after its colon
HEADLINE_WORDS = 20   # a first line closed by a full stop and longer than this is the report's first sentence
FULL_STOPS = (".", "!", "؟", "?")


def headline_speaker(ctx: Context, sent: Span, subheading: bool = False) -> tuple[Cue, Found, int] | None:
    """The colon of a headline (or of a `subheading` in running text), the speaker named before it
    and where what it says ends, if the line is one."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = tokens.next(sent.start, sent.end)
    if first >= sent.end or not _ends_line(ctx, sent):
        return None
    cand = mentions.start_at.get(first)
    if cand is None and not subheading and first in mentions.bare:
        return _bare_title_headline(ctx, sent, first)
    if cand is None or tokens.governed(cand):
        return None
    if subheading and (cand.type not in SUBHEADING_SPEAKERS or mentions.is_agency(mentions.key(cand))):
        return None
    k = _colon_after(ctx, sent, first, cand.j)
    if k is None:
        return None
    if not subheading:
        if cand.type == "Place" and _clause_of_its_own(ctx, k + 1, sent.end):
            return None   # "الكونغو: «سادك» تنذر بعقوبات": the place heads the topic; the clause after it speaks
        if cand.type == "Place" and _sides_act(ctx, k + 1, sent.end):
            return None   # "X: رئيس الحكومة يستقيل", "X: ... .. والاتحاد الأوروبي يعزز قواته": a topic, its news
        # "فلان: ... .. وY تطالب بـ": a second side with its own verb ends what the first said
        return Cue(k, 0, HEADLINE_CUE), mentions.found(cand), second_side(ctx, k + 1, sent.end)
    # "فلان: ... (الفرنسية) وقال ...": a caption glued to the report ends at its tag or the next cue
    stop = clause_end(ctx, k + 1, sent.end)
    if not _short_and_verbless(ctx, k + 1, stop):
        return None  # a line that goes on to report with verbs of its own is no subheading
    return Cue(k, 0, HEADLINE_CUE), mentions.found(cand), stop


def _bare_title_headline(ctx: Context, sent: Span, first: int) -> tuple[Cue, Found, int] | None:
    """"وزير الزراعة الأردني: ...": a bare title before the colon of a headline stands for the person the
    article then names with that title."""
    bare = ctx.mentions.bare[first]
    k = _colon_after(ctx, sent, first, bare.stop)
    holder = title_holder_after(ctx, bare.title, bare.role_of, sent.end) if k is not None else None
    if k is None or holder is None:
        return None
    return Cue(k, 0, HEADLINE_CUE), Found(holder, first, bare.stop), sent.end


def _colon_after(ctx: Context, sent: Span, first: int, stop: int) -> int | None:
    """The colon right after a speaker's phrase that opens the line at `first` and ends at `stop`, past a
    short phrase saying to whom ("سوليبرغ للنقابات:"), when something is said after it."""
    tokens = ctx.tokens
    k = tokens.next(stop, sent.end)
    while k < sent.end and k - first < SPEAKER_TOKENS and tokens.text(k) != COLON \
            and tokens.text(k).startswith("ل") and not tokens.is_comma(k):
        k = tokens.next(k + 1, sent.end)
    if k >= sent.end or tokens.text(k) != COLON or tokens.next(k + 1, sent.end) >= sent.end:
        return None
    return k


def _clause_of_its_own(ctx: Context, start: int, end: int) -> bool:
    """Does what follows a headline's colon open with a named subject of its own (past a quote mark) and
    hold a verb of saying ("سريلانكا: الرئيس يفر وفلان يعلن الطوارئ"), or name a side that speaks with its
    verb of saying right after it? Then the place before the colon is the story's topic, as a dateline is,
    and no speaker."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = _first_word(ctx, start, end)
    cand = mentions.start_at.get(first) if first < end else None
    if cand is not None \
            and any(ctx.cues.kind_at(q) in SPEECH_KINDS for q in tokens.word_tokens(cand.j, end)):
        return True
    return _second_side_speaks(ctx, start, end)


ACTING_SIDES = ("Person", "Organization", "Group")   # a place after the colon may be what the place before speaks of


def _sides_act(ctx: Context, start: int, end: int) -> bool:
    """Does what follows a place's colon tell what someone did: open with a person, body or group (or a bare
    title) with a present verb right after it ("البلد: رئيس الحكومة يستقيل تحت الضغط", "البلد: فلان يفوز"), or set
    a second side, و glued on, with a present verb ("البلد: مذكرة توقيف بحق فلان.. والاتحاد يعزز قواته")? Then the
    place is the story's topic and the line its news. A claim of the place names another state as the subject
    ("البلد: الدولة الجارة تدعم التمرد") or opens with a common noun ("البلد: تلويح فلان بالعقوبات لن يجدي")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = _first_word(ctx, start, end)
    if first >= end:
        return False
    cand = mentions.titled.get(first) or mentions.start_at.get(first) or _person_after_title_word(ctx, first, end)
    stop = cand.j if cand is not None and cand.type in ACTING_SIDES and not tokens.governed(cand) else \
        mentions.bare[first].stop if cand is None and first in mentions.bare else None
    if stop is not None and (verb := tokens.next(stop, end)) < end and bare_present_verb(ctx, verb):
        return True
    return any(joined_subject_deed(ctx, k, end) or _joined_title_acts(ctx, k, end)
               for k in range(first, end) if not tokens.is_space(k))


ARTICLE = "ال"
AND = "و"


def _person_after_title_word(ctx: Context, first: int, end: int) -> Candidate | None:
    """"البلد: الإمبراطور فلان يتنحى": a definite word the title tables do not know (no mention, no bare title),
    then a person named at once: the word is the person's title and the person the line's subject; else None."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if first in mentions.bare or mentions.in_a_mention(first) or not tokens.norm(first).startswith(ARTICLE):
        return None
    person = mentions.start_at.get(tokens.next(first + 1, end))
    return person if person is not None and person.type == "Person" else None


def _joined_title_acts(ctx: Context, k: int, end: int) -> bool:
    """"البلد: حصيلة الهجوم ترتفع والرئيس يعلن الحداد", "... والنائب العام يتعهد بكذا": a bare title with و glued on
    and a present verb right after it sets a second side acting in the line, as a named side does
    (joined_subject_deed); the holder is named in the report below."""
    tokens, bare = ctx.tokens, ctx.mentions.bare.get(k)
    if bare is None or not tokens.norm(k).startswith(AND):
        return False
    verb = tokens.next(bare.stop, end)
    return verb < end and bare_present_verb(ctx, verb)


def _first_word(ctx: Context, start: int, end: int) -> int:
    """The first word after a headline's colon, past spaces and punctuation (`end` when there is none)."""
    tokens = ctx.tokens
    first = start
    while first < end and (tokens.is_space(first) or tokens.is_punct(first)):
        first += 1
    return first


def _second_side_speaks(ctx: Context, start: int, end: int) -> bool:
    """"<بلد>: «نعم» للتعديل.. والمعارضة تحتج على «التزوير»": a side named after the colon with a
    verb of saying right after it speaks in the headline; the place before the colon is the story's topic."""
    tokens = ctx.tokens
    for c in ctx.mentions.cands:
        if start <= c.i < end and not tokens.governed(c):
            nxt = tokens.next(c.j, end)
            if nxt < end and ctx.cues.kind_at(nxt) in SPEECH_KINDS:
                return True
    return False


def _short_and_verbless(ctx: Context, start: int, end: int) -> bool:
    """At most SUBHEADING_WORDS words and no verb of saying: what a subheading says after its colon."""
    tokens = ctx.tokens
    words = tokens.word_tokens(start, end)
    return len(words) <= SUBHEADING_WORDS and all(ctx.cues.kind_at(q) not in SPEECH_KINDS for q in words)


def reads_as_headline(ctx: Context, sent: Span) -> bool:
    """Is the article's first line, where the sentence stands, a headline? A headline has a body after it,
    and is no full sentence closed by a full stop that is long or reports with a verb of saying: a pasted
    sentence or a wire item with no headline is body text."""
    doc = ctx.doc
    first = ctx.tokens.next(sent.start, sent.end)
    if first >= sent.end:
        return False
    text = text_of(doc)   # (doc.text is rebuilt from the tokens on every access)
    line_start = ctx.tokens.starts[first]
    line_end = text.find("\n", line_start)
    if line_end < 0 or not text[line_end:].strip():
        return False   # one line only: nothing to head
    line = text[line_start:line_end].strip()
    if not line.endswith(FULL_STOPS):
        return True
    starts, q = ctx.tokens.starts, first
    while q < len(doc) and starts[q] < line_end:   # (token offsets only grow: stop at the line's end)
        q += 1
    in_line = range(first, q)
    words = [q for q in in_line if not ctx.tokens.is_space(q) and not ctx.tokens.is_punct(q)]
    return len(words) <= HEADLINE_WORDS and all(ctx.cues.kind_at(q) not in SPEECH_KINDS for q in words)


def _ends_line(ctx: Context, sent: Span) -> bool:
    """Does the sentence end its line (or the text)?"""
    doc = ctx.doc
    if "\n" in doc[sent.end - 1].text_with_ws + _following(ctx, sent):
        return True
    return all(doc[q].is_space for q in range(sent.end, len(doc)))


def _following(ctx: Context, sent: Span) -> str:
    """The white space after the sentence: a headline ends its line."""
    doc = ctx.doc
    return doc[sent.end].text if sent.end < len(doc) and doc[sent.end].is_space else ""
