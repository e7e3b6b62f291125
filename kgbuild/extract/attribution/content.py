"""What was said: the content span of a statement.

The quote that follows the cue (« » “ ” " and unbalanced quotes), or one placed before it; the
أن/إن clause; after a colon; or the rest of the clause. The content ends where the next cue of the
sentence starts a new clause. "أغلق مزارعون الطريق، حسبما ذكرت الشرطة" and "غرق 7 صيادين، كما أفادت
الوزارة": the content is the clause before the cue.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...text import clean_surface, normalize
from ..words import CLOSE_QUOTES, OPEN_QUOTES, is_time_word, text_of
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .cursor import ASIDE_DASHES, GUILLEMET_CLOSERS, SEMICOLON, SENTENCE_ENDS
from .narration import contrasted_report, named_at, narration_after_comma, writer_resumes

# acts whose content is introduced by إن/أن, a colon or a quote, maybe after a phrase ("في تصريح
# للتلفزيون"); the others (call, condemn, reject ...) take it as their object, right after the verb
SAY_LEMMA = "قال"
SAY_ACTS = {"say", "announce", "report", "warn", "deny", "accuse", "agree", "support"}
SAY_WINDOW, OBJECT_WINDOW = 10, 2
# a verb whose complement is always a clause, then a phrase opened by a preposition: its إن may come
# this many words on
FRAMED_SAY_WINDOW = 20
NAME_WORDS = 3   # a quote of at most this many words inside such a phrase is a name ("لصحيفة «وول ستريت جورنال»")
ASIDE_WORDS = 8   # an aside after a quoted name ends within this many words in the colon or أن that opens the content
# a quote before the cue that says something, not a quoted name ("وبحسب إذاعة "مونت كارلو"، قال")
PREPOSED_WORDS = 3
PREPOSITION_CLITICS = ("ل", "ب")   # written apart before a quoted name: "لـ«الشروق»"
TAG_TOKENS = 8   # "(د ب أ)": an agency tag closes its parenthesis within this many tokens
ON_WHAT = normalize("على")
WHAT = normalize("ما")
# what was said holds at least this many tokens (reported_span keeps no shorter span): an أن with fewer
# before a closing "حسب قوله" opens no reported clause of its own
REPORTED_MIN_TOKENS = 3
ADJUNCT_WORDS = 4   # "خلال جلسة التنصيب": a phrase of time or place between an aside and its أن
RELATIVE_WHAT = frozenset({normalize("ما")})   # "ما كشفه الموقع": what the site revealed, a noun phrase   # "على ما أفادت الوزارة": "as the ministry said", like "بحسب ما"


@dataclass(frozen=True)
class Content:
    """Tokens start..end-1 of what was said, its quote type, character offsets and text."""

    start: int
    end: int
    quote_type: str          # direct | indirect | mixed
    chars: tuple[int, int]
    text: str


def clause_end(ctx: Context, start: int, end: int, object_clause: bool = False) -> int:
    """Where content starting at `start` stops: the sentence end, or a new cue after "،" (or
    "، فيما", "، كما" ...) or with و/ف glued to it, outside quotes, or where the writer's narration
    resumes; `object_clause` when the content is the verb's object, not a clause opened by أن/إن,
    a colon or a quote."""
    tokens = ctx.tokens
    k, depth = start, 0
    while k < end:
        t = tokens.text(k)
        if t in OPEN_QUOTES:
            depth += 1
        elif t in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif depth == 0 and k > start and not tokens.is_space(k):
            prev = k - 1 if not tokens.is_space(k - 1) else max(k - 2, 0)
            # "حيث أكد", "لكنه أشار": a verb right after a bare clause link opens a clause of its own
            bare_link = (tokens.norm(prev) in tokens.words.bare_clause_link
                         or tokens.norm(prev) in tokens.words.pronoun_clause_link) and prev > start
            if tokens.norm(prev) in tokens.words.clause_link and prev > start:
                before = tokens.prev(prev, start)
                if before is not None and before > start and tokens.norm(before) in tokens.words.preposition:
                    before = tokens.prev(before, start)  # "، في حين قال": a link of two words
                if before is not None and tokens.is_comma(before):
                    prev = before
            if agency_tag_at(ctx, k, end):
                return k  # "... في ليبيا (الفرنسية) أعلنت ...": the tag ends the report
            if (tokens.norm(k) in tokens.words.clause_link and _named_subject_with_cue(ctx, k, end)) \
                    or contrasted_report(ctx, k, end):
                # "...، لكن موسكو أشارت إلى أن ...", "...، غير أن خبراء أكدوا أن ...": a clause link, a
                # subject and its own verb of saying open the next statement
                p = tokens.prev(k, start)
                return p if p is not None and tokens.is_comma(p) else k
            cue = ctx.cues.at(k)
            comma = tokens.is_comma(prev) or tokens.text(prev) == SEMICOLON   # a semicolon parts clauses too
            if comma and narration_after_comma(ctx, k, end):
                return prev
            if writer_resumes(ctx, k, prev, end, comma, object_clause):
                return prev if comma else k
            if ctx.cues.what_resumed_at(k):
                return prev if comma else k   # "..., وهذا ما نفته النقابة": another's answer to what was said
            if tokens.norm(k) in tokens.words.manner_participle and not tokens.after_preposition(k):
                # "... ولم تقدم حلا مشيرا إلى أن ...": a participle of manner opens the next statement
                return prev if comma else k
            # "من أضرار ومخاطر التلوث": a noun joined by و goes on with the clause
            if cue and not tokens.is_punct(prev) and _coordinated_present(ctx, cue):
                k += 1
                continue   # "أن بلاده تساند لبنان وترفض التدخل": a second verb of the same subject
            if cue and (cue.kind not in ("via", "noun") or comma) and (comma or cue.prefix > 0):
                return prev if comma else k
            if cue and cue.kind in SPEECH_KINDS and bare_link:
                return prev  # "تحدث في مؤتمر صحفي حيث أكد أن": a verb after a clause link opens a clause of its own
        k += 1
    return end


def _coordinated_present(ctx: Context, cue: Cue) -> bool:
    """Is the cue a present-tense verb glued to و ("... تساند لبنان وترفض التدخل")? Right after a
    word (no comma, no "..": a headline's second verb stands after one), news narrates in the past;
    a present verb joined so goes on with the clause before, a second predicate of the same
    subject, not a new statement."""
    tokens = ctx.tokens
    word = tokens.norm(cue.i)[cue.prefix:]
    if cue.prefix != 1 or tokens.norm(cue.i)[:1] != "و" or cue.kind != "verb":
        return False
    nxt = tokens.next(cue.i + 1, tokens.size)
    if nxt >= tokens.size or tokens.text(nxt) == ":" or tokens.norm(nxt) in tokens.words.complementizer:
        return False   # "... وتؤكد أن": a verb of saying with its own clause opens the next statement
    if named_at(ctx, nxt):
        return False   # "وتساند روسيا ...": a name right after the verb may be a new subject
    lemma = normalize(cue.lemma)
    # "وتذرع", "وتابع": a past tense that itself begins with ت is no present
    return word[:1] == "ي" or (word[:1] == "ت" and lemma[:1] != "ت")



def _named_subject_with_cue(ctx: Context, k: int, end: int) -> bool:
    """Does a person, body or place named right after token k come with its own verb of saying?"""
    tokens = ctx.tokens
    named = ctx.mentions.start_at.get(tokens.next(k + 1, end))
    if named is None or named.type == "Group":
        return False
    cue = ctx.cues.at(tokens.next(named.j, end)) if tokens.next(named.j, end) < end else None
    return cue is not None and cue.kind not in ("via", "noun") and cue.prefix == 0


def agency_tag_at(ctx: Context, k: int, end: int) -> bool:
    """Is token k the "(" of a news agency's tag, "(رويترز)", "(د ب أ)", "(أ.ف.ب)"? News copy closes
    a report with it, and the next report may follow in the same paragraph."""
    tokens = ctx.tokens
    if tokens.text(k) != "(":
        return False
    close = next((q for q in range(k + 1, min(end, k + TAG_TOKENS)) if tokens.text(q) == ")"), None)
    if close is None or close == k + 1:
        return False
    a, b = tokens.chars(k + 1, close)
    # "(الفرنسية - أرشيف)": a photo's tag names the agency before the dash
    if " ".join(normalize(text_of(ctx.doc)[a:b].split("-")[0]).split()) in tokens.words.agency_tag:
        return True
    inner = tokens.next(k + 1, close)
    cand = ctx.mentions.start_at.get(inner)
    return cand is not None and tokens.next(cand.j, close) >= close and ctx.mentions.is_agency(ctx.mentions.key(cand))


def _quote_words(ctx: Context, k: int, end: int) -> int:
    """How many words the quote opened at token k holds."""
    close = ctx.tokens.closing_quote(k, end)
    tokens = ctx.tokens
    return sum(1 for q in range(k + 1, close) if not tokens.is_space(q) and not tokens.is_punct(q))


def _skip_adjuncts(ctx: Context, pos: int, end: int) -> int:
    """Past commas and time words that stand between the speaker and what was said."""
    tokens = ctx.tokens
    k = pos
    while k < end and (tokens.is_space(k) or tokens.is_comma(k) or is_time_word(ctx.doc[k])
                       or tokens.norm(k) in tokens.words.adjunct):
        k += 1
    return k


def _past_closing_quote(ctx: Context, cue_tok: int, pos: int, end: int) -> int:
    """Past the quote mark that closes a speaker named in quotes ('قال "فيرهوفن" في مؤتمر صحفي: إن'):
    it opens no quote."""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    if k < end and tokens.text(k) == '"' and sum(tokens.text(q) == '"' for q in range(cue_tok + 1, k)) % 2 == 1:
        return k + 1
    return pos


def _closes_quote(ctx: Context, pos: int, k: int) -> bool:
    """Does the straight quote mark at k close one opened after pos ('في جريدة "الأيام" اليومية')?"""
    tokens = ctx.tokens
    return tokens.text(k) == '"' and sum(tokens.text(q) == '"' for q in range(pos, k)) % 2 == 1


def _after_preposition_clitic(ctx: Context, k: int) -> bool:
    """Is the quote opened at k glued to a preposition ("لـ«الشروق»", "ل"الأهرام"")? It is a name then."""
    p = ctx.tokens.prev(k)
    return p is not None and p == k - 1 and ctx.tokens.text(p).rstrip("ـ") in PREPOSITION_CLITICS


def _opener_after(ctx: Context, k: int, end: int, within_clause: bool = False) -> int | None:
    """A colon or a complementizer within ASIDE_WORDS words from k, before any other quote or the
    sentence end (or comma, `within_clause`): what opens the content after an aside."""
    tokens = ctx.tokens
    words = 0
    while k < end and words < ASIDE_WORDS:
        if tokens.is_quote(k) or tokens.text(k) in (*SENTENCE_ENDS, "\n") or (within_clause and tokens.is_comma(k)):
            return None
        if tokens.text(k) == ":" or tokens.norm(k) in tokens.words.complementizer:
            return k
        if not tokens.is_space(k) and not tokens.is_punct(k):
            words += 1
        k += 1
    return None


def _quote_before(ctx: Context, cue_tok: int) -> tuple[int, int, str] | None:
    """«...»، قال X: a quote that ends right before the cue (with a comma between)."""
    tokens = ctx.tokens
    p = cue_tok - 1
    while p >= 0 and (tokens.is_space(p) or tokens.is_comma(p)):
        if "\n" in tokens.text(p):
            return None  # a quote that closes the line before (a headline) is not this cue's
        p -= 1
    if p >= 0 and tokens.text(p) in CLOSE_QUOTES | {'"'}:
        q = p - 1
        while q >= 0 and not tokens.is_quote(q) and "\n" not in tokens.text(q):
            q -= 1
        if q >= 0 and q < p - 1 and tokens.is_quote(q) and _quote_words(ctx, q, p + 1) >= PREPOSED_WORDS \
                and _opens_clause(ctx, q):
            return q + 1, p, "direct"
    return None


def _opens_clause(ctx: Context, q: int) -> bool:
    """Does the quote opened at q start its clause (text start, a new line, punctuation)? A quote
    inside a phrase ("ردا على مطالبته بإخضاع الميناء «لإدارة دولية»، أكد X") is not what X said."""
    p = ctx.tokens.prev(q)
    return p is None or "\n" in ctx.tokens.text(q - 1) or ctx.tokens.is_punct(p)


def after_cue(ctx: Context, pos: int, end: int, cue_tok: int, act: str, named: bool = True) -> tuple[int, int, str] | None:
    """(start token, end token, quote type) of the content after position pos; `named` when the
    speaker is named after the cue (only then may the quote stand before it)."""
    tokens = ctx.tokens
    cue = ctx.cues.at(cue_tok)
    if named and not (cue is not None and cue.prefix):  # "«...»، وثمن X": a new clause, not "«...»، قال X"
        before = _quote_before(ctx, cue_tok)
        if before is not None:
            return before
    pos = _past_closing_quote(ctx, cue_tok, pos, end)
    if cue is not None and cue.kind in SPEECH_KINDS and act in SAY_ACTS and _opens_aside(ctx, pos, end) \
            and (opener := _opener_past_aside(ctx, pos, end)) is not None:
        # "قال X، مدير هيئة الموانئ، لـ«الصباح»، إنه", "قالت الحكومة، التي سبق أن ...، إنها",
        # "قال X -وهي ناطقة بلسان البعثة-: إن": what was said opens past an aside about the speaker
        if tokens.text(opener) == ":":
            return _after_colon(ctx, opener, end)
        if tokens.is_quote(opener):
            return _quoted_after(ctx, opener, end)
        return _after_complementizer(ctx, opener, end)
    if (frame_end := _past_reply_frame(ctx, pos, end, act in SAY_ACTS)) is not None:
        if tokens.text(frame_end) == ":":
            return _after_colon(ctx, frame_end, end)
        if tokens.norm(frame_end) in tokens.words.complementizer:
            return _after_complementizer(ctx, frame_end, end)
        pos = frame_end   # "دعا X، ردا على مطالب النقابات، إلى الحوار": past the framing phrase
    pos = _skip_adjuncts(ctx, pos, end)
    k = pos
    window = SAY_WINDOW if act in SAY_ACTS else OBJECT_WINDOW
    steps = 0
    while k < end and steps < window:
        if tokens.is_space(k):
            k += 1
            continue
        steps += 1
        if k > pos and ctx.cues.kind_at(k) not in (None, "via", "noun"):
            break
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and not _closes_quote(ctx, pos, k) \
                and (steps <= 2 or (act in SAY_ACTS and _quote_words(ctx, k, end) >= 4)):
            close = tokens.closing_quote(k, end)
            # a quoted name ('لـ«الشروق» أن', 'على هامش "منتدى ..."، الذي عقد في جاكرتا: إن') is no content
            if steps > 2:
                opener = _opener_after(ctx, close + 1, end)
            elif _quote_words(ctx, k, end) <= NAME_WORDS and _after_preposition_clitic(ctx, k):
                opener = _opener_after(ctx, close + 1, end, within_clause=True)
            else:
                opener = None
            if opener is not None:
                # 'على هامش "منتدى ..."، الذي عقد في جاكرتا: إن': a quoted name in an aside, the content comes after
                k, steps = opener, 0
                continue
            return _quoted_after(ctx, k, end)
        if tokens.norm(k) in tokens.words.complementizer:
            if k > pos and _but_that(ctx, k, pos):
                break   # "واصفا إياه بالنصر، إلا أن النقابات رأت": "إلا أن" opens another clause, not this one's content
            return _after_complementizer(ctx, k, end)
        if tokens.text(k) == ":":
            return _after_colon(ctx, k, end)
        k += 1
    late = _framed_complementizer(ctx, pos, end) if cue is not None and _clause_only(cue) else None
    if late is None and cue is not None and cue.kind in SPEECH_KINDS and act in SAY_ACTS and _clause_only(cue):
        late = _opener_past_aside(ctx, pos, end, clause_only=True)   # "قال موظف بهيئة الموانئ، في تصريح مكتوب، مساء: إن"
    if late is not None:
        if tokens.text(late) == ":":
            return _after_colon(ctx, late, end)
        if tokens.is_quote(late):
            return late + 1, tokens.closing_quote(late, end), "direct"
        return _after_complementizer(ctx, late, end)
    stop = clause_end(ctx, pos, end, object_clause=True)
    start = tokens.next(pos, stop)
    while start < stop and ((tokens.is_punct(start) and not tokens.is_quote(start)) or tokens.is_space(start)
                            or resumptive_complementizer(ctx, start)):
        start += 1
    if start >= stop:
        return None
    return start, stop, "indirect"


def _but_that(ctx: Context, k: int, lo: int) -> bool:
    """Is the أن at k the second word of "but" ("إلا أن", "غير أن", "بيد أن": a topic_opener before it)?"""
    tokens = ctx.tokens
    p = tokens.prev(k, lo)
    while p is not None and tokens.is_punct(p):
        p = tokens.prev(p, lo)
    return p is not None and tokens.norm(p) in tokens.words.topic_opener and tokens.norm(p) not in tokens.words.complementizer


def _quoted_after(ctx: Context, k: int, end: int) -> tuple[int, int, str]:
    """The quote opened at k; with the rest of its clause when more of the clause follows it (mixed)."""
    tokens = ctx.tokens
    close = tokens.closing_quote(k, end)
    after = tokens.next(close + 1, end)
    if after < end and not tokens.is_punct(after) and tokens.norm(after) not in tokens.words.manner_participle \
            and clause_end(ctx, after, end) > after + 2:
        return k, clause_end(ctx, k + 1, end), "mixed"
    return k + 1, close, "direct"


def _relative_after(ctx: Context, close: int, stop: int) -> bool:
    """Does a bare relative clause follow the quote closed at `close`, after a comma, within the
    clause ('أن الخطة "تعكس رؤية واضحة"، التي وضعها المجلس')? It is still what was said."""
    tokens = ctx.tokens
    comma = tokens.next(close + 1, stop)
    if comma >= stop or not tokens.is_comma(comma):
        return False
    rel = tokens.next(comma + 1, stop)
    return rel < stop and tokens.norm(rel) in tokens.words.relative


def _after_colon(ctx: Context, k: int, end: int) -> tuple[int, int, str]:
    """What follows the colon at k: the quote it opens, or the rest of the clause."""
    tokens = ctx.tokens
    inner = tokens.next(k + 1, end)
    if inner < end and tokens.is_quote(inner):
        return inner + 1, tokens.closing_quote(inner, end), "direct"
    return k + 1, clause_end(ctx, k + 1, end), "direct"


def _after_complementizer(ctx: Context, k: int, end: int) -> tuple[int, int, str]:
    """The clause opened by the complementizer at k: a quote when it is all quoted."""
    tokens = ctx.tokens
    stop = clause_end(ctx, k + 1, end)
    inner = tokens.next(k + 1, stop)
    if inner < stop and tokens.is_quote(inner):
        close = tokens.closing_quote(inner, end)
        after = tokens.next(close + 1, end)
        if (after >= stop or tokens.is_punct(after)) and not _relative_after(ctx, close, stop):
            return inner + 1, close, "direct"
    has_quote = any(tokens.is_quote(q) for q in range(k + 1, stop))
    return k + 1, stop, "mixed" if has_quote else "indirect"


def _framed_complementizer(ctx: Context, pos: int, end: int) -> int | None:
    """"وقال خلال مؤتمر صحفي عقده في القاهرة بعد لقائه الرئيس ... إن": the إن/أن, the colon or the
    opening quote of more than a name after a phrase that opens with a preposition, within
    FRAMED_SAY_WINDOW words, before any other cue or the sentence end."""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    if k >= end or tokens.norm(k) not in tokens.words.preposition:
        return None
    words = 0
    while k < end and words < FRAMED_SAY_WINDOW:
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and _quote_words(ctx, k, end) <= NAME_WORDS:
            k = tokens.closing_quote(k, end) + 1  # a name in quotes: "لصحيفة «وول ستريت جورنال»"
            words += 1
            continue
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and not _closes_quote(ctx, pos, k):
            # 'في بيان مقتضب "الحوار هو السبيل"'; a longer name in quotes has its own إن or colon after it
            return _opener_after(ctx, tokens.closing_quote(k, end) + 1, end) or k
        if tokens.text(k) == ":":
            return k  # 'بعد لقائه نظيره: لن نقبل'
        if tokens.is_quote(k) or tokens.text(k) in SENTENCE_ENDS or "\n" in tokens.text(k) \
                or ctx.cues.kind_at(k) not in (None, "via", "noun"):
            return None
        if tokens.norm(k) in tokens.words.complementizer:
            return k
        if not tokens.is_space(k):
            words += 1
        k += 1
    return None


def _opens_aside(ctx: Context, pos: int, end: int) -> bool:
    """Does an aside about the speaker open at pos: a comma, a dash or a relative pronoun
    ("، مدير ...،", "-وهي ناطقة بلسان ...-", "، التي تنتظر نتائج ...")?"""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    return k < end and (tokens.is_comma(k) or tokens.text(k) in ASIDE_DASHES or tokens.norm(k) in tokens.words.relative
                        or tokens.norm(k) in tokens.words.aside_opener)


def _opener_past_aside(ctx: Context, pos: int, end: int, clause_only: bool = False) -> int | None:
    """The colon, the opening quote of more than a name, or the إن (or an أن right after a comma or a
    dash) that opens what was said within FRAMED_SAY_WINDOW words past an aside, before the sentence
    end or another verb of saying outside a relative clause. A bare أن inside the aside is its own
    ("بعد أن", "الذي سبق أن زار"). After a verb that takes no object (`clause_only`: قال) any quote of
    more than a name is what was said."""
    tokens = ctx.tokens
    k, words = tokens.next(pos, end), 0
    while k < end and words < FRAMED_SAY_WINDOW:
        text = tokens.text(k)
        if text in SENTENCE_ENDS or "\n" in text:
            return None
        if tokens.is_quote(k) and text not in GUILLEMET_CLOSERS and not _closes_quote(ctx, pos, k):
            if _quote_words(ctx, k, end) > NAME_WORDS:
                # the quote that opens what was said stands right after the aside; one further on is
                # a quoted phrase inside a clause ("أكد، في بيان، تصريحات الوزير «...»")
                return k if clause_only or _after_aside_mark(ctx, k, pos) else None
            k, words = tokens.closing_quote(k, end) + 1, words + 1   # a name in quotes: "لـ«الصباح»"
            continue
        if text == ":":
            return k
        if tokens.norm(k) in tokens.words.complementizer:
            if text.startswith("إن") or _after_aside_mark(ctx, k, pos) or _after_aside_adjunct(ctx, k, pos):
                return k
        elif ctx.cues.kind_at(k) not in (None, "via", "noun") and tokens.norm(k) not in tokens.words.own_words:
            # "نقلت الوكالة عن فلان -الذي قاد الفرق- قوله في المؤتمر إن": the saying the relay ascribes goes on
            p = tokens.prev(k, pos)
            if p is None or tokens.norm(p) not in tokens.words.relative | RELATIVE_WHAT:
                return None   # another verb of saying: "ما كشفه الموقع" inside a relative clause is no such verb
        if not tokens.is_space(k) and not tokens.is_punct(k):
            words += 1
        k += 1
    return None


def _past_reply_frame(ctx: Context, pos: int, end: int, says: bool) -> int | None:
    """Where what was said starts past a phrase that frames it as a reply, right after the speaker
    ("ردا على سؤال من النواب", "تعليقا على القرار"): for a verb of saying (`says`) the أن/إن or
    colon within FRAMED_SAY_WINDOW words; else, or when there is none, the word after the comma that
    closes the phrase. None when no such phrase opens at pos or neither closes it before the
    sentence end or a quote."""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    if k < end and tokens.is_comma(k):
        k = tokens.next(k + 1, end)
    link = tokens.next(k + 1, end)
    if link >= end or tokens.norm(k) not in tokens.words.reply_frame or tokens.norm(link) not in tokens.words.preposition:
        return None
    q, words = link + 1, 0
    while q < end and words < FRAMED_SAY_WINDOW:
        text = tokens.text(q)
        if text in SENTENCE_ENDS or "\n" in text or tokens.is_quote(q):
            return None
        if says and (text == ":" or tokens.norm(q) in tokens.words.complementizer):
            p = tokens.prev(q, link)
            if p is None or tokens.norm(p) not in tokens.words.adverbial_head:
                return q
        if tokens.is_comma(q):
            return q + 1
        if not tokens.is_space(q):
            words += 1
        q += 1
    return None


def _after_aside_mark(ctx: Context, k: int, pos: int) -> bool:
    """Does a comma or a dash that closes an aside stand right before token k?"""
    p = ctx.tokens.prev(k, pos)
    return p is not None and (ctx.tokens.is_comma(p) or ctx.tokens.text(p) in ASIDE_DASHES)


def _after_aside_adjunct(ctx: Context, k: int, pos: int) -> bool:
    """Does a phrase opened by a preposition, of two to ADJUNCT_WORDS words, stand between the comma
    or dash that closes an aside and the أن at k ('، الذي ...، خلال جلسة التنصيب أنه')? Not when
    the word right before أن is itself a preposition ('، بعد أن')."""
    tokens = ctx.tokens
    p = tokens.prev(k, pos)
    if p is None or tokens.norm(p) in tokens.words.preposition:
        return False
    words: list[int] = []
    while p is not None and not tokens.is_punct(p) and len(words) <= ADJUNCT_WORDS:
        words.append(p)
        p = tokens.prev(p, pos)
    return (p is not None and 2 <= len(words) <= ADJUNCT_WORDS and _after_aside_mark(ctx, words[-1], pos)
            and tokens.norm(words[-1]) in tokens.words.preposition)


def _clause_only(cue: Cue) -> bool:
    """Is the cue قال or a continuation (أضاف، أوضح، تابع ...): verbs whose complement is a clause, never an object?"""
    return cue.lemma == SAY_LEMMA or cue.kind == "continuation"


def attribution_tail(ctx: Context, k: int, start: int) -> int | None:
    """The marker (حسبما / بحسب ما / وفق ما / على ما) that introduces the cue after the reported
    clause: the clause ends there."""
    tokens = ctx.tokens
    p = tokens.prev(k, start)
    if p is None:
        return None
    norm = tokens.norm(p)
    if norm in tokens.words.tail_attribution:
        return p if p > start + 2 else None
    if norm == "ما":
        q = tokens.prev(p, start)
        # "، على ما أفادت الوزارة": as the ministry said
        if q is not None and (tokens.norm(q) in tokens.words.according_to or tokens.norm(q) == ON_WHAT) and q > start + 2:
            return q
    return None


def _reported_clause_in(ctx: Context, s0: int, marker: int) -> int | None:
    """The أن/إن that opens what was said in a clause closed by "حسب قوله" (or "وفقا لـ X"): "وبيّن الوزير، ردا على
    سؤال من النواب، أن الخطة جاهزة، حسب قوله": the speaker is named before it, and what stands
    between (his verb, a framing "ردا على ...") is the writer's. Within FRAMED_SAY_WINDOW words, before
    any quote; an أن after بعد/قبل/منذ is adverbial."""
    tokens = ctx.tokens
    k, words, named = s0, 0, False
    while k < marker and words < FRAMED_SAY_WINDOW:
        if tokens.is_quote(k):
            return None
        if not tokens.is_space(k):
            if tokens.norm(k) in tokens.words.complementizer:
                p = tokens.prev(k, s0)
                adverbial = p is not None and tokens.norm(p) in tokens.words.adverbial_head
                return k if named and not adverbial and marker - (k + 1) >= REPORTED_MIN_TOKENS else None
            named = named or named_at(ctx, k)
            words += 1
        k += 1
    return None


def only_via(ctx: Context, c_start: int, c_end: int) -> bool:
    """Content that is nothing but an attribution ("، كما أفادت الوزارة")."""
    tokens = ctx.tokens
    words = [q for q in range(c_start, c_end) if not tokens.is_space(q) and not tokens.is_punct(q)]
    # only a reporting verb attributes ("كما أفادت الوزارة"); a statement noun is what was condemned
    # ("استنكرت تصريحات العمدة"), another verb what was said ("إن الهند تدعم الحكومة الصومالية")
    return not words or len(words) <= 4 and all(_reporting(ctx, q) or ctx.mentions.in_a_mention(q) for q in words)


def _reporting(ctx: Context, q: int) -> bool:
    cue = ctx.cues.at(q)
    return cue is not None and cue.kind != "noun" and (cue.kind == "via" or cue.entry.act == "report")


def before_cue(ctx: Context, k: int, start: int) -> tuple[int, int, str] | None:
    """"قتل 18 شخصا، كما أفادت الوزارة": the content comes before the cue."""
    tokens = ctx.tokens
    p = k - 1
    while p >= start and (tokens.is_space(p) or tokens.norm(p) in tokens.words.preposed_link or tokens.is_comma(p)
                          or tokens.norm(p) in tokens.words.resumptive_what or tokens.norm(p) == WHAT):
        p -= 1   # "..., وهو ما أكده الوزير": without "وهو ما"
    s0 = tokens.next(start, p + 1)
    while s0 <= p and tokens.is_punct(s0) and not tokens.is_quote(s0):
        s0 += 1
    if p - s0 < 2:
        return None
    return s0, p + 1, "indirect"


def _past_open_quote(ctx: Context, s: int, e: int) -> int:
    """The end of a content that runs to its sentence end with a quote opened in it still open
    ('أنه «إذا أردتم ... الأولوية. وإذا نظرتم ... مقلق»'): the quote goes on into the next sentence
    of its paragraph, to its closing mark (Cursor.closing_quote); otherwise `e`."""
    tokens = ctx.tokens
    opener, depth = None, 0
    for q in range(s, e):
        t = tokens.text(q)
        if t in OPEN_QUOTES:
            if depth == 0:
                opener = q
            depth += 1
        elif t in CLOSE_QUOTES and depth:
            depth -= 1
    if opener is None or depth == 0:
        return e
    close = tokens.closing_quote(opener, tokens.size)
    return close + 1 if e <= close < tokens.size and tokens.text(close) in CLOSE_QUOTES else e


def span_content(ctx: Context, start: int, end: int, quote_type: str) -> Content:
    chars = ctx.tokens.chars(start, end)
    return Content(start, end, quote_type, chars, text_of(ctx.doc)[chars[0]:chars[1]].strip())


def content_of(ctx: Context, cue: Cue, after: int, named: bool, start: int, end: int, earlier: bool,
               earlier_start: int | None = None) -> Content | None:
    """The content of the statement anchored at `cue` whose speaker phrase ends at `after`;
    `earlier` when the sentence already has a statement before this cue; `earlier_start`, the first
    token of that statement's content when a person speaks after the tail marker and so says it too."""
    k = cue.i
    if (marker := attribution_tail(ctx, k, start)) is not None:
        if earlier and earlier_start is None:
            return None  # "..., بحسب ما نقلت وكالة X": the intermediary of the statement before
        # "وقال فلان إن ...، حسب ما قال فلان آخر": the second person says what the first clause reports
        s0 = ctx.tokens.next(start, end) if earlier_start is None else earlier_start
        if s0 >= marker:
            return None
        span = (s0, ctx.tokens.trim_end(s0, marker), "indirect")  # what was said, without "، حسبما أفادت X"
    else:
        span = after_cue(ctx, after, end, k, cue.entry.act, named)
        if span is None or span[1] <= span[0] or only_via(ctx, span[0], span[1]):
            span = before_cue(ctx, k, start)
        elif span[1] >= end:
            span = (span[0], _past_open_quote(ctx, span[0], span[1]), span[2])
    if span is None:
        return None
    content = span_content(ctx, *span)
    return content if clean_surface(content.text) else None


def reported_span(ctx: Context, k: int, source_end: int, start: int, end: int) -> tuple[int, int] | None:
    """"بحسب X، ..." / "...، وفقا لـ X": the sentence without the attribution phrase that starts at
    k and whose source ends at `source_end`; None when fewer than REPORTED_MIN_TOKENS tokens are left."""
    tokens = ctx.tokens
    if k - start > 2:
        c_start, c_end = tokens.next(start, k), k
        if (opener := _reported_clause_in(ctx, c_start, k)) is not None:
            c_start = tokens.next(opener + 1, k)   # "وبيّن الوزير ... أن ...، حسب قوله": the أن clause
    else:
        c_start, c_end = tokens.next(source_end, end), end
    c_end = tokens.trim_end(c_start, c_end)
    while c_start < c_end and ((tokens.is_punct(c_start) and not tokens.is_quote(c_start))
                               or tokens.is_space(c_start) or resumptive_complementizer(ctx, c_start)):
        c_start += 1
    return (c_start, c_end) if c_end - c_start >= REPORTED_MIN_TOKENS else None


def resumptive_complementizer(ctx: Context, k: int) -> bool:
    """"فإن" after a fronted phrase ("بحسب الوزير، فإن ...", "وفي رأيه فإن ..."): it opens what was said."""
    norm = ctx.tokens.norm(k)
    return norm[:1] == "ف" and norm[1:] in ctx.tokens.words.complementizer
