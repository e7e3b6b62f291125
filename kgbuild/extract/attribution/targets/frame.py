"""What in a statement's content frames or explains the saying rather than says it: the writer's
asides, the phrase of where, when and before whom it was said, the speaker's own title or relative
clause, the mouthpiece ("على لسان"). Entities named there are no targets."""
from __future__ import annotations

import re

from .... import lexicon
from ....text import normalize
from ...mentions import Candidate
from ...mentions.base import is_nisba
from ...mentions.slots import appositive_at
from ...stance import expressed_feeling
from ...words import COMMAS, QUOTE_CHARS, is_function_text, is_quote_text, is_time_text, tokens_of, without_conjunction
from ..context import Context
from ..cursor import IN, SENTENCE_ENDS
from ..speakers.relay import ON, TONGUE
from .read_off import held_by_another
from .word_index import positions_where

END_OF_ASIDE = ("،", ",", ".")
YEAR = re.compile(r"(19|20|١٩|٢٠)[0-9٠-٩]{2}")   # a numeral that is a year: no noun counted follows it
RELATIVE_SPEECH_WORDS = 8   # "التي أعلن فيها الأمين العام للمنظمة فلان أن": the words before its أن/إن
FRAME_WORDS = 30  # the longest circumstantial phrase between a cue and the أن/إن or quote it frames
NAME_QUOTE_WORDS = 3   # a quote of at most this many words inside such a phrase is a name: "لصحيفة «الأيام»"
MOUTHPIECE_WORDS = 15  # the longest "على لسان" phrase: the mouthpiece's title and name
ONLY_PREFIX = "ف"   # "فحسب" (only) is no "according to"
SOURCE_WORDS = 4   # words between "حسب" and the source's name: its title ("حسب وزير خارجيتها فلان")
IMPERFECT_PREFIXES = "يت"   # a third person's imperfect: "يتوعد", "تفرض"
ABOUT = "عن"   # the preposition of the feeling an expressing cue takes: "أعرب عن قلقه"
CONJUNCTION_OR_PREPOSITION = "وبل"   # one-letter clitics before "نظيره": "ونظيره", "بنظيره", "لنظيره"


def not_said(ctx: Context, c_start: int, c_end: int, speakers: set[str]) -> set[int]:
    """Tokens of the content that frame or explain what was said rather than say it: the writer's
    asides, the circumstance of saying, the speaker's description, the mouthpiece."""
    return asides(ctx, c_start, c_end) | circumstance(ctx, c_start, c_end, speakers) | mouthpiece(ctx, c_start, c_end) \
        | others_speech(ctx, c_start, c_end) | narration_goes_on(ctx, c_start, c_end) | sources_inside(ctx, c_start, c_end) \
        | joined_clause(ctx, c_start, c_end)


def sources_inside(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of an "according to" phrase inside the content ("... لأنها تمضي حسب وزير خارجيتها فلان إلى ...",
    "وفقا لوزارة الصحة"): from its word to the end of the person, body or group named within SOURCE_WORDS words
    after it. Who the words are owed to is their source, no party to what was said."""
    tokens = ctx.tokens
    out: set[int] = set()
    norms, according_to = tokens.norms, tokens.words.according_to
    # (only the words that may be one are read: most contents hold none)
    for k in positions_where(ctx, _may_be_according_to, c_start, min(c_end, len(norms))):
        # bare or after و only: "فحسب" is "only" ("ليس للبلد فحسب بل للعالم كله")
        norm = norms[k]
        if without_conjunction(norm, according_to) not in according_to or norm.startswith(ONLY_PREFIX):
            continue
        q, words = k + 1, 0
        while q < c_end and words < SOURCE_WORDS and not tokens.is_punct(q):
            named = ctx.mentions.start_at.get(q)
            if named is not None and named.type in ("Person", "Organization", "Group"):
                out.update(range(k, named.j))
                break
            if named is not None:
                break   # "حسب اتفاق X", "وفقا للقانون X": what the words follow, not whom
            words += not tokens.is_space(q)
            q += 1
    return out


def narration_goes_on(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens from a "then" (narration_link: "ثم") followed by a verb and a subject of its own ("... في
    التشكيلة ثم أجرى اللاعبون تدريبا", "طلب النادي من الاتحاد الانتظار ثم حرر مدير النادي محضرا"): the writer
    tells what happened next, the speaker's words ended before it; what is named there is no target. Not
    inside quote marks (the speaker's own "ثم"), nor before a verb with no subject after it ("هاجموا القرية
    ثم انسحبوا": the same actors, still what was said), nor before a verb of saying (a statement of its own)."""
    tokens, words = ctx.tokens, ctx.tokens.words
    p = tokens.prev(c_start, 0)
    if p is not None and (tokens.is_quote(p) or tokens.text(p) == ":"):
        return set()   # a quotation, all the speaker's own words
    # (a quote mark ends the search: only the words that may be a "then" before the first one are read)
    quote = next(iter(positions_where(ctx, is_quote_text, c_start, c_end)), c_end)
    for k in positions_where(ctx, _may_be_narration_link, c_start, quote):
        if without_conjunction(tokens.norm(k), words.narration_link) not in words.narration_link:
            continue
        verb = tokens.next(k + 1, c_end)
        subject = tokens.next(verb + 1, c_end) if verb < c_end else c_end
        if subject < c_end and _past_verb_like(ctx, verb) and _subject_like(ctx, subject):
            return set(range(k, c_end))
    return set()


def joined_clause(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens from a party joined by و and followed by a verb of its own ("يهدد بالرد على المتمردين وباريس تجمد
    المساعدات لـX", a headline's second clause): when what was said is the cue's object, not a clause opened
    by أن/إن, a colon or a quote, the new subject and its verb begin the writer's next piece of news; what is named
    there is no target. A quote inside the object is skipped whole."""
    if opened(ctx, c_start):
        return set()
    tokens = ctx.tokens
    k = c_start
    while k < c_end:
        if tokens.is_quote(k):
            k = tokens.closing_quote(k, c_end) + 1
            continue
        named = ctx.mentions.start_at.get(k) if k > c_start else None
        if named is not None and tokens.text(k).startswith("و") and (verb := tokens.next(named.j, c_end)) < c_end \
                and _clause_verb(ctx, verb):
            return set(range(k, c_end))
        k += 1
    return set()


def _clause_verb(ctx: Context, k: int) -> bool:
    """Is the word at k a verb after its subject: a verb of saying, or an imperfect ("تفرض", "يتوعد"), not an
    indefinite accusative noun ("تمهيدا")?"""
    norm = ctx.tokens.norm(k)
    if ctx.cues.kind_at(k) == "verb":
        return True
    return _past_verb_like(ctx, k) and norm[:1] in IMPERFECT_PREFIXES and not norm.endswith("ا") and len(norm) > 3


def _past_verb_like(ctx: Context, k: int) -> bool:
    """May the word at k be a verb opening a clause: no article, no function word, no mention, no number, no cue?"""
    tokens, toks = ctx.tokens, tokens_of(ctx.doc)   # (the Doc's own texts and like_num, read off its lists)
    return not tokens.norm(k).startswith("ال") and not is_function_text(toks.texts[k]) and not tokens.is_punct(k) \
        and not ctx.mentions.in_a_mention(k) and not toks.like_num[k] and ctx.cues.at(k) is None


def _subject_like(ctx: Context, k: int) -> bool:
    """May the word at k open the subject of a verb before it: a mention, or a noun with the article, or a noun
    in construct before one ("مدير النادي"); not a preposition or another function word."""
    tokens, toks = ctx.tokens, tokens_of(ctx.doc)
    if k in ctx.mentions.start_at or tokens.norm(k).startswith("ال"):
        return True
    if is_function_text(toks.texts[k]) or tokens.is_punct(k) or toks.like_num[k]:
        return False
    nxt = tokens.next(k + 1, tokens.size)
    return nxt < tokens.size and tokens.norm(nxt).startswith("ال") and not is_function_text(toks.texts[nxt])


def _relative_opener(ctx: Context, first: int, c_end: int) -> int | None:
    """The أن/إن within RELATIVE_SPEECH_WORDS words from `first` (its resumptive "فيها" and its speaker), before
    any comma or sentence end; None when there is none."""
    tokens = ctx.tokens
    k, words = first, 0
    while k < c_end and words < RELATIVE_SPEECH_WORDS and tokens.text(k) not in END_OF_ASIDE:
        if tokens.norm(k) in tokens.words.complementizer:
            return k
        if not tokens.is_space(k) and not tokens.is_punct(k):
            words += 1
        k += 1
    return None


def others_speech(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of what another says inside a relative clause of the content ("... القمة التي أعلن فيها فلان أن
    X ..."): from after the clause's أن/إن to the next comma or sentence end. They belong to that other
    speech, not to the statement: what is named there is no target of it."""
    tokens = ctx.tokens
    out: set[int] = set()
    k = c_start   # (only the relative pronouns are read, those past the last clause taken)
    for r in positions_where(ctx, _may_be_relative, c_start, c_end):
        if r < k:
            continue
        v = tokens.next(r + 1, c_end)
        if tokens.norm(r) in tokens.words.relative and v < c_end and ctx.cues.kind_at(v) not in (None, "via", "noun"):
            opener = _relative_opener(ctx, v + 1, c_end)
            if opener is not None:
                k = _up_to_aside_end(ctx, opener + 1, c_end, out) + 1
    return out


def asides(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the writer's explanatory asides ("، وهي هيئة حكومية تأسست عام 1990 ...", "فلانة، كبرى مدن
    X،"): not what was said."""
    tokens = ctx.tokens
    out: set[int] = set()
    k = c_start   # (only the commas are read, those past the last aside taken)
    for comma in positions_where(ctx, _is_comma_text, c_start, c_end):
        if comma < k:
            continue
        q = tokens.next(comma + 1, c_end)
        # a relative clause after the comma ("، الذي يقوده X") goes on with what was said: only
        # "، وهو/وهي ..." opens the writer's explanation, and so does a description of the place before it
        if tokens.is_comma(comma) and q < c_end and ((tokens.norm(q) in tokens.words.aside_opener
                                                     and tokens.norm(q) not in tokens.words.relative)
                                                    or _describes_place(ctx, comma, q)):
            k = _up_to_aside_end(ctx, q, c_end, out) + 1
    return out


def _up_to_aside_end(ctx: Context, q: int, c_end: int, out: set[int]) -> int:
    """Add the tokens from q up to the next comma or sentence end (END_OF_ASIDE) to out; return where it stopped."""
    while q < c_end and ctx.tokens.text(q) not in END_OF_ASIDE:
        out.add(q)
        q += 1
    return q


def _describes_place(ctx: Context, comma: int, q: int) -> bool:
    """Does the word at q, after a comma that follows a place's name, open the writer's description of it?"""
    p = ctx.tokens.prev(comma)
    named = ctx.mentions.end_at.get(p) if p is not None else None
    return named is not None and named.type == "Place" and ctx.tokens.norm(q) in ctx.tokens.words.place_apposition


def mouthpiece(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of an "على لسان" phrase ("أكدت الحكومة، على لسان الناطق باسمها X،
    موقفها"): through whom the body spoke, up to the first person named, a comma or a complementizer;
    it may open before the content (the content then starts inside it)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    out: set[int] = set()
    norms, on = tokens.norms, (ON, "و" + ON)   # (read directly: this loop reads every word of every content)
    for k in positions_where(ctx, _may_be_on, max(0, c_start - MOUTHPIECE_WORDS), min(c_end, len(norms))):
        if norms[k] not in on or (nxt := tokens.next(k + 1, c_end)) >= c_end \
                or tokens.norm(nxt) != TONGUE:
            continue
        q, words = nxt + 1, 0
        while q < c_end and words < MOUTHPIECE_WORDS and not tokens.is_comma(q) \
                and tokens.text(q) not in (":", *SENTENCE_ENDS) and "\n" not in tokens.text(q) \
                and tokens.norm(q) not in tokens.words.complementizer:
            named = mentions.start_at.get(q)
            if named is not None and named.type == "Person":
                out.update(range(q, named.j))
                break
            out.add(q)
            words += not tokens.is_space(q)
            q += 1
    return out


def circumstance(ctx: Context, c_start: int, c_end: int, speakers: set[str]) -> set[int]:
    """Tokens of a phrase of where, when or before whom it was said ("خلال لقائه X في باريس أن ...",
    "في مقابلة مع صحيفة Y: «...»"), or of the speaker's title after the name ("قال X، مدير مكتب Y
    في Z، إن"), that opens the content and frames what was said: whom the speaker met, the outlet,
    the place and the speaker's own office are not what the statement is about."""
    tokens = ctx.tokens
    first = tokens.next(c_start, c_end)
    if first >= c_end or opened(ctx, c_start):
        return set()   # after "إنه" the phrase is said: "قال إنه بعد الجريمة التي ارتكبها X لا يحق ..."
    frame = frame_end(ctx, first, c_end)
    if (where := place_of_speaker(ctx, first, c_end)) is not None:
        return set(range(c_start, where))
    if speakers_title(ctx, first, speakers):
        # the title itself even when what was said follows with no أن: "أعلن X عضو مكتب Y عن ...",
        # with the body it is of: "دعت X وزيرة الدولة بالخارجية الهولندية إلى ..."
        t_end = title_end(ctx, ctx.mentions.bare[first].stop, c_end)
        if frame is not None and tokens.is_comma(frame) and not _circumstance_next(ctx, t_end, c_end):
            # "أعلن X عضو مكتب Y عن اجتماع يرأسه الأردن، في عمان": the cue's object follows the
            # title, the comma and preposition further on are inside what was said
            frame = None
        return set(range(c_start, max(frame or first, t_end)))
    if (where := speakers_whereabouts(ctx, first, c_end, speakers)) is not None:
        # "دعا X، الموجود في فلانة لحضور مؤتمر، إلى ...": where the speaker is describes him
        return set(range(c_start, where))
    if tokens.norm(first) in tokens.words.circumstance and frame is not None:
        return set(range(c_start, frame))
    if tokens.norm(first) in tokens.words.circumstance and (met := counterpart_met(ctx, first, c_end)) is not None:
        # "شدد إثر مكالمته مع نظيره المصري X على دعم ...": with no أن, the phrase ends with the counterpart met
        return set(range(c_start, met))
    if (addressee := ctx.mentions.start_at.get(first) or ctx.mentions.titled.get(first)) is not None:
        # "أبلغ X نظيره Y الثلاثاء خلال لقاء في جنيف أن ...": the one told, then
        # the phrase of when and where, then what was said
        k = tokens.next(addressee.j, c_end)
        while k < c_end and (is_time_text(tokens_of(ctx.doc).texts[k]) or tokens.is_comma(k)):
            k = tokens.next(k + 1, c_end)
        if k < c_end and tokens.norm(k) in tokens.words.circumstance \
                and (late := frame_end(ctx, k, c_end)) is not None and tokens.text(late) != ":":
            return set(range(k, late))
    if (members := members_end(ctx, first, c_end, speakers)) is not None:
        # "طالب المحتجون، وبينهم الكاتب X والناشطة Y، الحكومة بـ": who the speakers are, not what they said
        return set(range(c_start, members))
    if describes_speaker(ctx, first, speakers):
        # "أعلن X، الذي عينه البرلمان قائدا للجيش، أن ...": a relative clause on the speaker; its own
        # verbs do not end it, the أن/إن or colon does
        frame = frame_end(ctx, first, c_end, relative=True) or feeling_opens(ctx, first, c_end)
        if frame is not None:
            return set(range(c_start, frame))
    return set()


def feeling_opens(ctx: Context, first: int, c_end: int) -> int | None:
    """"أعربت X، التي كانت وزيرة في حكومة Y، عن استيائها من ...": the عن of the feeling an expressing cue takes,
    within FRAME_WORDS words of a relative clause on the speaker, ends that clause; None when there is none."""
    tokens, k, words = ctx.tokens, first, 0
    while k < c_end and words < FRAME_WORDS:
        if tokens.text(k) in SENTENCE_ENDS:
            return None
        if tokens.norm(k) == ABOUT and expressed_feeling(ctx.doc, k, c_end) is not None:
            return k
        words += not tokens.is_space(k) and not tokens.is_punct(k)
        k += 1
    return None


def place_of_speaker(ctx: Context, first: int, c_end: int) -> int | None:
    """"ذكرت الشرطة في فلانة، أمس، سقوط ...": "في" and a place, then a comma, opening what
    follows the speaker: where the speaker is or spoke, not what was said; the token after the place."""
    tokens = ctx.tokens
    if tokens.norm(first) != IN:
        return None
    place = ctx.mentions.start_at.get(tokens.next(first + 1, c_end))
    if place is None or place.type != "Place":
        return None
    after = tokens.next(place.j, c_end)
    return place.j if after < c_end and tokens.is_comma(after) else None


def counterpart_met(ctx: Context, first: int, c_end: int) -> int | None:
    """Where a phrase of when or where opening at `first` ends with the counterpart the speaker met or
    called, named after "نظيره" (a nationality may stand between) within FRAME_WORDS words: the token
    after the name; None when a sentence end or a comma comes first, or the name is followed by a comma."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, words = first, 0
    while k < c_end and words < FRAME_WORDS:
        if tokens.text(k) in SENTENCE_ENDS or tokens.is_comma(k):
            return None
        if tokens.norm(k) in tokens.words.counterpart \
                or (tokens.norm(k)[:1] in CONJUNCTION_OR_PREPOSITION and tokens.norm(k)[1:] in tokens.words.counterpart):
            q = tokens.next(k + 1, c_end)
            named = mentions.start_at.get(q) or (mentions.start_at.get(tokens.next(q + 1, c_end)) if q < c_end else None)
            if named is None or named.type != "Person":
                return _unnamed_counterpart_end(ctx, q, c_end)
            after = tokens.next(named.j, c_end)
            return named.j if after < c_end and not tokens.is_comma(after) and not tokens.is_punct(after) else None
        words += not tokens.is_space(k)
        k += 1
    return None


def _unnamed_counterpart_end(ctx: Context, q: int, c_end: int) -> int | None:
    """"بعد لقائه نظيره الفرنسي في باريس «...»": a counterpart met, named only by a nationality (token q), and the
    place of the meeting after في or بـ: the token after them when the cue's object or a quote follows (the
    nationality's country and the place are the setting, not what was said); None otherwise."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if q >= c_end or q in mentions.start_at or not is_nisba(tokens.text(q)) or not tokens.norm(q).startswith("ال"):
        return None
    end = q + 1
    k = tokens.next(end, c_end)
    place = mentions.start_at.get(k) if k < c_end else None
    if place is None and k < c_end and tokens.norm(k) == IN:
        place = mentions.start_at.get(tokens.next(k + 1, c_end))
    if place is not None and place.type == "Place" and (place.i == k or tokens.norm(k) == IN):
        end = place.j
    after = tokens.next(end, c_end)
    return end if after < c_end and not tokens.is_comma(after) and \
        (tokens.is_quote(after) or not tokens.is_punct(after)) else None


def speakers_whereabouts(ctx: Context, first: int, c_end: int, speakers: set[str]) -> int | None:
    """"فلان، المقيم في X،", "فلان، العائد من Y": a definite participle and its preposition right after a
    speaker's name, then a place or body named: the token after that name (the speaker's whereabouts
    describe him, they are not what he said); None when the content opens otherwise."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if first in mentions.bare or not appositive_at(ctx.doc, first):
        return None
    named = named_before(ctx, first)
    if named is None or mentions.key(named) not in speakers:
        return None
    place = mentions.start_at.get(tokens.next(tokens.next(first + 1, c_end) + 1, c_end))
    return place.j if place is not None and place.type in ("Place", "Organization") and place.j <= c_end else None


def _circumstance_next(ctx: Context, k: int, c_end: int) -> bool:
    """Does a phrase of where or when open at k, past a comma ("، خلال لقائه")?"""
    tokens = ctx.tokens
    k = tokens.next_past_comma(k, c_end)
    return k < c_end and tokens.norm(k) in tokens.words.circumstance


def title_end(ctx: Context, stop: int, c_end: int) -> int:
    """Where a speaker's title ending at `stop` ends with the body or country it is of, when that is
    named right after it ("وزيرة الدولة بالخارجية الهولندية")."""
    named = ctx.mentions.start_at.get(stop) if stop < c_end else None
    return named.j if named is not None and named.type in ("Organization", "Place") else stop


def members_end(ctx: Context, first: int, c_end: int, speakers: set[str]) -> int | None:
    """Where a list of the speakers' members ("وبينهم X وY،", "ومن بينهم X،") opening the content right after a
    speaker's name ends: the token after its comma; None when there is no such list or no comma closes it."""
    tokens = ctx.tokens
    k = first
    if tokens.norm(k) in ("من", "ومن"):
        k = tokens.next(k + 1, c_end)
    if k >= c_end or tokens.norm(k) not in tokens.words.members_aside or (k == first and tokens.norm(k) == "بينهم"):
        return None
    named = named_before(ctx, first)
    if named is None or ctx.mentions.key(named) not in speakers:
        return None
    q, words = k + 1, 0
    while q < c_end and words < FRAME_WORDS:
        if tokens.text(q) in SENTENCE_ENDS or tokens.is_quote(q) or tokens.text(q) == ":":
            return None
        if tokens.is_comma(q):
            return q + 1
        words += not tokens.is_space(q)
        q += 1
    return None


def describes_speaker(ctx: Context, first: int, speakers: set[str]) -> bool:
    """Does the content open with a relative pronoun, or "وهو"/"وهي" opening an aside ("قالت X، وهي أستاذة بكلية
    Y: «...»"), right after a speaker's name (a comma between)?"""
    tokens = ctx.tokens
    if tokens.norm(first) not in tokens.words.relative and tokens.norm(first) not in tokens.words.personal_aside:
        return False
    named = named_before(ctx, first)
    return named is not None and ctx.mentions.key(named) in speakers


def frame_end(ctx: Context, first: int, c_end: int, relative: bool = False) -> int | None:
    """Where what was said begins after a phrase opening at `first`: the أن/إن or colon or quote
    within FRAME_WORDS words (a short quote is a name inside the phrase), before any sentence end or
    other cue (`relative`: in a relative clause, its own verbs and its comma-and-preposition do not end it)."""
    tokens = ctx.tokens
    # (the cursor's lists read directly, as is_quote, is_comma, norm, is_space and is_punct read them: each word of the
    # phrase is asked all of these)
    texts, norms, spaces, puncts = tokens.texts, tokens.norms, tokens.spaces, tokens.puncts
    complementizer = tokens.words.complementizer
    k, words = first, 0
    while k < c_end and words < FRAME_WORDS:
        text = texts[k]
        if text in QUOTE_CHARS and k > first:
            close = tokens.closing_quote(k, c_end)
            inner = len(tokens.word_tokens(k + 1, min(close, c_end)))
            if inner > NAME_QUOTE_WORDS or close >= c_end:
                return k   # the quote of what was said
            k, words = close + 1, words + inner
            continue
        if text in SENTENCE_ENDS or (not relative and ctx.cues.kind_at(k) not in (None, "via", "noun")
                                     and not _counted(ctx, k)):
            return None
        if text == ":" or norms[k] in complementizer:
            return k
        if not relative and text in COMMAS and (q := tokens.next(k + 1, c_end)) < c_end \
                and tokens.norm(q) in tokens.words.preposition:
            return k   # "نوه X، خلال لقائه ... في Y، إلى ...": the cue's object comes after the comma
        if not spaces[k] and not puncts[k]:
            words += 1
        k += 1
    return None


def _counted(ctx: Context, k: int) -> bool:
    """Does the word at k follow a numeral or an ordinal ("3000 طالب", "ثاني رد")? Then it is the noun
    counted, no verb of saying (after a year it may be one: "في 2015 أعلن")."""
    p = ctx.tokens.prev(k)
    return p is not None and tokens_of(ctx.doc).like_num[p] and not YEAR.fullmatch(ctx.tokens.text(p))


def speakers_title(ctx: Context, k: int, speakers: set[str]) -> bool:
    """Is token k a title with no name of its own right after a speaker's name (a comma between)? Only a person has
    a title: after a body's name a title word is an adjective of the body ("كتلة حزب X البرلمانية قرارات ..."), and
    what follows it is what was said."""
    if k not in ctx.mentions.bare or held_by_another(ctx, k):
        return False   # "وطالب فلان رئيسة الوزراء بالاستقالة": another's title, the verb's object
    if ctx.tokens.norm(k) in ctx.tokens.words.late_one:
        return False   # "ووصف فلان الراحل بأنه": the late one is whom he speaks of, no title of a living speaker
    p = ctx.tokens.prev(k)
    if p is not None and ctx.tokens.is_comma(p):
        p = ctx.tokens.prev(p)
    named = ctx.mentions.end_at.get(p) if p is not None else None
    return named is not None and named.type == "Person" and ctx.mentions.key(named) in speakers


def opened(ctx: Context, c_start: int) -> bool:
    """Is the content opened by a complementizer, a colon or a quote mark (what follows is all what was said)?"""
    p = ctx.tokens.prev(c_start, 0)
    return p is not None and (ctx.tokens.norm(p) in ctx.tokens.words.complementizer or ctx.tokens.text(p) == ":"
                              or ctx.tokens.is_quote(p))


def named_before(ctx: Context, k: int) -> Candidate | None:
    """The mention that ends right before token k (a comma between allowed)."""
    p = ctx.tokens.prev(k)
    if p is not None and ctx.tokens.is_comma(p):
        p = ctx.tokens.prev(p)
    return ctx.mentions.end_at.get(p) if p is not None else None


# The tests of a word's text by which the readers above find the few words they look for in a content (word_index's
# positions_where, one per document). Each passes every text whose normalised form the reader's own test takes, so
# a word it turns away would have been passed over: the readers still ask each word their own question.

def _is_comma_text(text: str) -> bool:
    return text in COMMAS


def _may_be_according_to(text: str) -> bool:
    according_to = lexicon.function_words().according_to
    return without_conjunction(normalize(text), according_to) in according_to


def _may_be_narration_link(text: str) -> bool:
    links = lexicon.function_words().narration_link
    return without_conjunction(normalize(text), links) in links


def _may_be_relative(text: str) -> bool:
    return normalize(text) in lexicon.function_words().relative


def _may_be_on(text: str) -> bool:
    return normalize(text) in (ON, "و" + ON)
