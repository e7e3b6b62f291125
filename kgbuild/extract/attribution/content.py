"""What was said: the content span of a statement.

The quote that follows the cue (« » “ ” " and unbalanced quotes), or one placed before it; the
أن/إن clause; after a colon; or the rest of the clause. The content ends where the next cue of the
sentence starts a new clause. "أغلق مزارعون الطريق، حسبما ذكرت الشرطة" and "غرق 7 صيادين، كما أفادت
الوزارة": the content is the clause before the cue.

Where the content ends is boundary.py's (clause_end); the quote marks are read in quotes.py, and what
stands between the speaker and the content (asides, reply frames, adjuncts) in asides.py.
"""
from __future__ import annotations

from dataclasses import dataclass

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import PRONOUN_SUFFIXES, QUOTE_CHARS, text_of, words_between
from .asides import (FRAMED_SAY_WINDOW, framed_complementizer, opener_after, opener_past_aside, opens_aside,
                     past_addressee, past_anonymity, past_framing_aside, past_reply_frame, past_setting_place,
                     past_body_epithet, past_nickname, past_time_phrase, past_venue,
                     skip_adjuncts)
from ..mentions import nisba_country
from .boundary import HEADLINE_BREAKS, after_quote_framing, attribution_tail, clause_end, in_headline
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .cursor import GUILLEMET_CLOSERS
from .narration import named_at
from .quotes import (NAME_WORDS, PREPOSITION_CLITICS, after_preposition_clitic, closes_quote, past_closing_quote, past_open_quote,
                     past_short_name, quote_before, quote_words)

# acts whose content is introduced by إن/أن, a colon or a quote, maybe after a phrase ("في تصريح
# للتلفزيون"); the others (call, condemn, reject ...) take it as their object, right after the verb
SAY_LEMMA = "قال"
REPLY_LEMMA = normalize("رد")   # a reply may be a deed: "رد X على Y بإعلان ..." (by_deed)
ADDRESSEE_CLITIC = "ل"   # "لـ«الأنباء»": a quoted outlet after it is told, not what was said
OUTLET_NAME_WORDS = 6   # words of an outlet's quoted name, its letters spelled out ("إن بي سي")
OUTLET_KINDS = frozenset({"media", "agency"})   # org_heads.tsv kinds of the noun of an outlet ("إذاعة", "وكالة")
SAY_ACTS = {"say", "announce", "report", "warn", "deny", "accuse", "agree", "support"}
ADDRESSED_ACTS = {"call", "request", "warn"}   # acts whose object before a quote is the one called on or warned
SAY_WINDOW, OBJECT_WINDOW = 10, 2
TO = "ل"   # glued on whom "بالقول" tells: "بالقول للصحفيين"
BY_SAYING_WORDS = 20   # words after the speaker within which "بالقول" (by saying) opens what was said
WHAT = normalize("ما")
GOVERNED_WORDS = 16   # a relative clause or phrase of circumstance the governed preposition of the object comes past
OBJECT_CLITIC = "ب"   # "بفلان": the object of اعترف، رحب، أشاد
GOVERNED_PREFIXES = ("لل", "لـ", "بال")   # "للصحفيين:", "لـ«الأنباء»:": whom it was told, no object
GLUED_OBJECT = (normalize("بال"), normalize("بأن"))   # ب glued to a definite object or to أن
DESCRIBED_WORDS = 8   # a described object of more words carries the writer's framing (a relative may still describe it)
BY = normalize("ب")   # بأن, بأنه: the ب a verb of describing takes its description with
# what was said holds at least this many tokens (reported_span keeps no shorter span): an أن with fewer
# before a closing "حسب قوله" opens no reported clause of its own
REPORTED_MIN_TOKENS = 3
NEGATED_THAT = "ألا"   # أن + لا, as written: its hamza tells it from إلا (except), which folds to the same letters
# the texts after_cue's walk past a cue stops to read (a headline's dots, a quote mark, "ألا", a colon); a word that is
# none of them and no complementizer is walked past at once
WALK_STOPS = frozenset({*HEADLINE_BREAKS, *QUOTE_CHARS, NEGATED_THAT, ":"})
RESUMED_MIN_TOKENS = 2   # after the فإن that resumes a fronted source: a subject and its predicate


@dataclass(frozen=True)
class Content:
    """Tokens start..end-1 of what was said, its quote type, character offsets and text."""

    start: int
    end: int
    quote_type: str          # direct | indirect | mixed
    chars: tuple[int, int]
    text: str


def after_cue(ctx: Context, pos: int, end: int, cue_tok: int, act: str, named: bool = True,
              anchor: Cue | None = None, body_speaks: bool = False) -> tuple[int, int, str] | None:
    """(start token, end token, quote type) of the content after position pos; `named` when the
    speaker is named after the cue (only then may the quote stand before it). `anchor`, the cue the
    statement was anchored on where the word alone reads as none ("وجاء في البيان ..."). `body_speaks` when the
    speakers are bodies or groups named right before pos (an epithet of theirs may follow)."""
    tokens = ctx.tokens
    cue = ctx.cues.at(cue_tok) or anchor
    if named and not (cue is not None and cue.prefix):  # "«...»، وثمن X": a new clause, not "«...»، قال X"
        before = quote_before(ctx, cue_tok)
        if before is not None:
            return before
    pos = past_closing_quote(ctx, cue_tok, pos, end)
    pos = past_anonymity(ctx, pos, end)   # "قال مسؤول طالبا عدم ذكر اسمه ' ' ...": what was said comes after
    if named:
        pos = past_short_name(ctx, pos, end)   # "أدانت المنظمة (إيغاد) الهجوم": the speaker's acronym, no content
        pos = past_nickname(ctx, pos, end)     # "توعد X، المعروف باسم «الصقر»، بمواصلة": the speaker's nickname
    if cue is not None and cue.kind in SPEECH_KINDS \
            and (said := _by_saying(ctx, pos, end, normalize(cue.lemma) == REPLY_LEMMA)) is not None:
        return said   # "وعقب X على اتهام Y له في خطابه بالقول إن": what he said follows "بالقول"
    if cue is not None and cue.kind in SPEECH_KINDS and act in SAY_ACTS and opens_aside(ctx, pos, end) \
            and (opener := opener_past_aside(ctx, pos, end)) is not None:
        # "قال X، مدير هيئة الموانئ، لـ«الصباح»، إنه", "قالت الحكومة، التي سبق أن ...، إنها",
        # "قال X -وهي ناطقة بلسان البعثة-: إن": what was said opens past an aside about the speaker
        if tokens.text(opener) == ":":
            return _after_colon(ctx, opener, end)
        if tokens.is_quote(opener):
            return _quoted_after(ctx, opener, end)
        return _after_complementizer(ctx, opener, end)
    if (frame_end := past_reply_frame(ctx, pos, end, act in SAY_ACTS)) is not None:
        if tokens.text(frame_end) == ":":
            return _after_colon(ctx, frame_end, end)
        if tokens.norm(frame_end) in tokens.words.complementizer:
            return _after_complementizer(ctx, frame_end, end)
        pos = frame_end   # "دعا X، ردا على مطالب النقابات، إلى الحوار": past the framing phrase
    if (first := tokens.next(pos, end)) < end and tokens.norm(first) in tokens.words.honorific_pronoun:
        pos = first + 1   # "وشدد جلالته، أثناء الاجتماع، ...": the honorific pronoun is the subject, not what was said
    lemma = normalize(cue.lemma) if cue is not None and cue.kind == "verb" else ""
    pos = past_time_phrase(ctx, pos, end)   # "أعلن X في يوليو الماضي إرسال ...": when, not what
    if act not in SAY_ACTS:   # (a verb of saying reads on to its أن, colon or quote past the venue anyway)
        pos = past_venue(ctx, pos, end)   # "رحب X في بيان بالقرار": where it was said, not what
    if body_speaks:
        pos = past_body_epithet(ctx, pos, end)   # "أعلن الحزب الحاكم في البلد ...": the body described, no content
    pos = skip_adjuncts(ctx, past_framing_aside(ctx, past_setting_place(ctx, pos, end), end, lemma), end)
    if named and pos < end and nisba_country(ctx.doc, pos):
        pos = skip_adjuncts(ctx, pos + 1, end)  # "أبدت بيلد الألمانية اهتماما": the speaker's nationality, no content
    if cue is not None and normalize(cue.lemma) in tokens.words.conversing_verb:
        pos = skip_adjuncts(ctx, past_addressee(ctx, pos, end), end)   # "تحدث مع X عن": X is no content
    if cue is not None and cue.kind == "verb":
        pos = _past_frame_to_object(ctx, cue, pos, end)   # "دعا فلان الذي ... إلى", "أعرب فلان خلال لقائه ... عن"
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
        if tokens.texts[k] not in WALK_STOPS and tokens.norms[k] not in tokens.words.complementizer:
            k += 1
            continue   # (no reading below stops at it)
        if tokens.text(k) in HEADLINE_BREAKS and in_headline(ctx, k):
            break   # "X يعلن كذا.. وY: «...»": the colon past the dots is the next side's
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and _told_outlet_noun(ctx, k) \
                and quote_words(ctx, k, end) <= OUTLET_NAME_WORDS and (close := tokens.closing_quote(k, end)) < end:
            # 'لإذاعة "X"', 'في حديث لقناة «X»': the quoted name of the outlet it was told to is no content, even
            # when one of its words reads as إن; what was said is read from past it
            k = close + 1
            if steps <= 2:
                pos = _past_frame_to_object(ctx, cue, k, end) if cue is not None and cue.kind == "verb" else k
                k, steps = pos, 0
            continue
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and not closes_quote(ctx, pos, k) \
                and (steps <= 2 or (act in SAY_ACTS and quote_words(ctx, k, end) >= 4)):
            close = tokens.closing_quote(k, end)
            # a quoted name ('لـ«الشروق» أن', 'على هامش "منتدى ..."، الذي عقد في جاكرتا: إن') is no content
            if steps > 2:
                opener = opener_after(ctx, close + 1, end)
            elif quote_words(ctx, k, end) <= NAME_WORDS and after_preposition_clitic(ctx, k):
                opener = opener_after(ctx, close + 1, end, within_clause=True) or _opener_past_comma(ctx, close + 1, end)
                if opener is None and close + 1 < end and tokens.text(k - 1).rstrip("ـ") == ADDRESSEE_CLITIC:
                    # "وصف X لـ«الأنباء» انتقال الوزارة ...، بأنه": the quoted name after لـ is the addressee,
                    # never the content; what was said is read from past it as if it were not there (after بـ
                    # it may be the description itself: 'وصف بـ"العملاقة" المشاريع')
                    pos = k = close + 1
                    if cue is not None and cue.kind == "verb":
                        pos = k = _past_frame_to_object(ctx, cue, pos, end)
                    steps = 0
                    continue
            else:
                opener = None
            if opener is not None:
                # 'على هامش "منتدى ..."، الذي عقد في جاكرتا: إن': a quoted name in an aside, the content comes after
                k, steps = opener, 0
                continue
            if act in ADDRESSED_ACTS and (addressee := _addressee_before(ctx, pos, k)) is not None:
                return addressee, close + 1, "mixed"   # "ناشد المواطنين «الحفاظ على ...»": the one called on, then the call
            if cue is not None and not _clause_only(cue) and steps <= 2:
                return _quoted_in_object(ctx, pos, k, end)
            return _quoted_after(ctx, k, end)
        if steps == 1 and tokens.text(k) == NEGATED_THAT:
            # "متوقعا ألا تعود ...": that ... not, a complementizer too; kept in what was said, it carries the negation
            _, stop, quote_type = _after_complementizer(ctx, k, end)
            return (k, stop + 1, "mixed") if quote_type == "direct" else (k, stop, quote_type)
        if tokens.norm(k) in tokens.words.complementizer and k > pos and _time_clause_that(ctx, k, pos):
            k += 1   # "أعلن X انسحابه، بعد أن أسقط النواب ...": a time clause, not what was said; read on past it
            continue
        if tokens.norm(k) in tokens.words.complementizer:
            if k > pos and _but_that(ctx, k, pos):
                break   # "واصفا إياه بالنصر، إلا أن النقابات رأت": "إلا أن" opens another clause, not this one's content
            if cue is not None and _described_object(ctx, cue, pos, k):
                # "وصف X القرار بأنه «جائر»": what is described and how, not the description alone
                _, stop, quote_type = _after_complementizer(ctx, k, end)
                return tokens.next(pos, k), stop + 1 if quote_type == "direct" else stop, "mixed"   # with its closing mark
            return _after_complementizer(ctx, k, end)
        if tokens.text(k) == ":":
            if cue is not None and not _clause_only(cue) and _object_before_colon(ctx, pos, k):
                return tokens.next(pos, k), tokens.trim_end(pos, k), "indirect"
            return _after_colon(ctx, k, end)
        k += 1
    late = framed_complementizer(ctx, pos, end) \
        if cue is not None and (_clause_only(cue) or (act in SAY_ACTS and _circumstance_at(ctx, pos, end))) else None
    if late is None and cue is not None and cue.kind in SPEECH_KINDS and act in SAY_ACTS and _clause_only(cue):
        late = opener_past_aside(ctx, pos, end, clause_only=True)   # "قال موظف بهيئة الموانئ، في تصريح مكتوب، مساء: إن"
    if late is not None:
        if tokens.text(late) == ":":
            return _after_colon(ctx, late, end)
        if tokens.is_quote(late):
            return late + 1, tokens.closing_quote(late, end), "direct"
        return _after_complementizer(ctx, late, end)
    if act in SAY_ACTS:
        # "توعد X في كلمة بملاحقة المهربين": no أن, colon or quote past the venue, so the verb takes an object, and
        # where it was said is no part of it (as for the verbs that take no clause)
        pos = past_venue(ctx, pos, end)
    stop = clause_end(ctx, pos, end, object_clause=True)
    start = tokens.next(pos, stop)
    while start < stop and ((tokens.is_punct(start) and not tokens.is_quote(start)) or tokens.is_space(start)
                            or resumptive_complementizer(ctx, start)):
        start += 1
    if start >= stop:
        return None
    return start, stop, "indirect"


def _told_outlet_noun(ctx: Context, k: int) -> bool:
    """Is the quote opened at k right after the noun of an outlet with لـ glued on ('لإذاعة "X"', "لصحيفة «X»")?
    The quoted words are the name of the outlet it was told to, never what was said."""
    p = ctx.tokens.prev(k)
    word = ctx.tokens.norm(p) if p is not None else ""
    return word.startswith(ADDRESSEE_CLITIC) and lexicon.org_heads().get(word[len(ADDRESSEE_CLITIC):]) in OUTLET_KINDS


def _addressee_before(ctx: Context, pos: int, quote: int) -> int | None:
    """The start of the group addressed right before the quote that opens a call ("ناشد البوليفيين «...»",
    "حث العمال «...»"): a group mention that is the first word after the cue and ends at the quote."""
    first = ctx.tokens.next(pos, quote)
    c = ctx.mentions.start_at.get(first)
    if c is None or c.type != "Group" or ctx.tokens.next(c.j, quote + 1) != quote:
        return None
    return c.i


def _object_before_colon(ctx: Context, pos: int, colon: int) -> bool:
    """"فلان يعلن ترشحه للرئاسة: «...»": do the words between the speaker and the colon make the object of a
    verb that takes one: two words or more, not opened by a preposition, a word of circumstance or a name (the
    frame or the addressee: "أعلن في مؤتمر صحفي:", "أكد لفلان:"), with no quote or other verb of saying in
    them? What follows the colon is then a quote of its own, not this verb's object."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = tokens.next(pos, colon)
    said = tokens.word_tokens(first, colon)
    if len(said) < 2 or tokens.norm(first) in words.preposition or tokens.norm(first) in words.circumstance \
            or tokens.norm(first) in words.adjunct or tokens.text(first).startswith(GOVERNED_PREFIXES) \
            or ctx.mentions.phrase_end(first) is not None:
        return False
    after = tokens.next(colon + 1, tokens.size)
    if after >= tokens.size or "\n" in tokens.text(colon + 1) or tokens.is_punct(after) and not tokens.is_quote(after):
        return False   # "كتب مراسل الصحيفة:" at a line's end: a byline, the text follows
    return not any(tokens.is_quote(q) or ctx.cues.kind_at(q) not in (None, "noun") or tokens.in_class(q, words.in_text_verb)
                   for q in range(first, colon))   # "كتب رسالة ورد فيها:": what the text says follows


def _past_frame_to_object(ctx: Context, cue: Cue, pos: int, end: int) -> int:
    """"ووصف فلان الذي قام بجولة ...", "دعا فلان خلال كلمة له أمام المجلس إلى عقد مؤتمر": a relative clause about
    the speaker or a phrase of where and when opens at pos; what was said opens at the preposition that governs
    the verb's object (governed_object: "دعا إلى", "أعرب عن", "أشاد ب"), when it comes within GOVERNED_WORDS
    words, before another verb of saying, a complementizer, a colon or a quote. Not a preposition before a
    place ("خلال زيارته إلى القاهرة"): that is still the frame. pos itself otherwise."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = tokens.next(pos, end)
    before = tokens.prev(first, max(0, first - 3)) if first < end else None
    # the relative pronoun may have been read with the speaker's phrase ("ممثل X الذي | رأست دولته ...")
    lemma = normalize(cue.lemma)
    if first >= end or not (tokens.norm(first) in words.relative or tokens.norm(first) in words.circumstance
                            or (before is not None and tokens.norm(before) in words.relative)
                            or _speaker_tail_before_object(ctx, lemma, first)):
        return pos
    glued = f"{lemma} ب" in words.governed_object
    takes_object = not _clause_only(cue)   # قال and أضاف take a clause: "قال في كلمته لا بد من إدراك أهمية ..."
    k, steps = first, 0
    while k < end and steps < GOVERNED_WORDS:
        if tokens.is_space(k):
            k += 1
            continue
        norm = tokens.norm(k)
        # the bare preposition, or ب glued to a definite object or to أن ("بالاتفاق", "أفاد ... بأن"); or a noun
        # of need or importance that governs a verbal noun, the object itself ("أكد ... أهمية التعاون")
        if k > first and takes_object and norm in words.masdar_governor and norm in words.content_object:
            return k
        if k > first and (f"{lemma} {norm}" in words.governed_object
                          or (glued and norm.startswith(GLUED_OBJECT) and not ctx.mentions.in_a_mention(k))):
            place = ctx.mentions.start_at.get(tokens.next(k + 1, end))
            if place is None or place.type != "Place":
                return _addressee_ending_before(ctx, k, first) or k
        if k > first and (_new_saying(ctx, k, first) or norm in words.complementizer
                          or tokens.text(k) == ":" or tokens.is_quote(k)):
            return pos
        steps += 1
        k += 1
    return pos


def _speaker_tail_before_object(ctx: Context, lemma: str, first: int) -> bool:
    """"أعرب رئيس مجلس إدارة الشركة، المسؤول عن ...، فلان، عن صدمته", "ندد مجلس العلاقات الإسلامية (X) بالهجوم": a verb
    whose governed preposition opens the whole of what was said (whole_governed) takes no word before it; what stands
    between the speaker as read and that preposition is the rest of the speaker's phrase (its apposition, acronym or
    name) or the setting, not what was said. Not when the first word is the preposition itself ("أشاد بجهود ...")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    whole = [g.split(" ", 1)[1] for g in words.whole_governed if g.split(" ", 1)[0] == lemma]
    if not whole:
        return False
    norm = tokens.norm(first)
    before = tokens.prev(first, max(0, first - 2))
    if norm in words.complementizer or tokens.is_quote(first) or tokens.text(first) == ":" or ctx.cues.at(first) \
            or (before is not None and (tokens.text(before) == ":" or tokens.is_quote(before))):
        return False   # "كشف المصدر أن ...", "X يكشف: ...": what was said opens at once
    # the preposition itself, with its pronoun ("عنه") or fused with ما/من ("مما", "عما"), or ب glued on ("بشدة")
    return not any(norm.startswith(p) or (p.endswith("ن") and norm.startswith(p[:-1] + "م")) for p in whole)


def _addressee_ending_before(ctx: Context, k: int, lo: int) -> int | None:
    """"دعا فلان في كلمة بثها التلفزيون المواطنين إلى الهدوء": the group named right before the governed
    preposition at k, past the phrase of where and when, is the verb's object, the addressee what was said opens
    with; its start. None when the group is governed itself: glued to a preposition ("للمواطنين"), after a
    preposition, or in construct after a bare noun or the verb of a relative clause ("الذي يرأس النقابات")."""
    tokens = ctx.tokens
    p = tokens.prev(k, lo)
    c = ctx.mentions.end_at.get(p) if p is not None else None
    if c is None or c.type != "Group" or c.i <= lo or c.start != ctx.doc[c.i].idx:
        return None
    before = tokens.prev(c.i, lo)
    if before is None or tokens.norm(before) in tokens.words.preposition:
        return None
    ends_a_phrase = tokens.is_punct(before) or tokens.norm(before).startswith("ال") or before in ctx.mentions.end_at
    return c.i if ends_a_phrase else None


def _new_saying(ctx: Context, k: int, lo: int) -> bool:
    """Does a verb of saying open a clause of its own at k (و/ف glued to it, or after a comma)? A bare one
    inside the frame is a passive or a relative's verb ("في تقرير نشر اليوم")."""
    cue = ctx.cues.at(k)
    if cue is None or cue.kind in ("via", "noun"):
        return False
    p = ctx.tokens.prev(k, lo)
    return cue.prefix > 0 or (p is not None and ctx.tokens.is_comma(p))


def _opener_past_comma(ctx: Context, k: int, end: int) -> int | None:
    """"قال X لـ«الشروق»، إن": the complementizer or colon right past one comma after a quoted name."""
    tokens = ctx.tokens
    comma = tokens.next(k, end)
    if comma >= end or not tokens.is_comma(comma):
        return None
    nxt = tokens.next(comma + 1, end)
    if nxt < end and (tokens.text(nxt) == ":" or tokens.norm(nxt) in tokens.words.complementizer):
        return nxt
    return None


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


def _quoted_in_object(ctx: Context, pos: int, k: int, end: int) -> tuple[int, int, str]:
    """The quote opened at k within the object of a verb that takes one, at most one word past pos ("أدان
    X "بلا تحفظ" القصف"، "أعلن انسحابه "بلا رجعة""، "دعا إلى "هدنة إنسانية" لإجلاء الجرحى"): the quote is a
    part of the object, not all of it. With the word before it when that is a word of the object, not a
    preposition, a name the quote completes or a pronoun after ل/ب (whom it was told); with the rest of the
    clause when any word of it follows the quote."""
    tokens = ctx.tokens
    close = tokens.closing_quote(k, end)
    lead = tokens.next(pos, k)
    start = lead if lead < k and _object_word(ctx, lead, k) else k
    after = tokens.next(close + 1, end)
    if after < end and not tokens.is_punct(after) and tokens.norm(after) not in tokens.words.manner_participle \
            and clause_end(ctx, after, end) > after:
        return start, clause_end(ctx, k + 1, end), "mixed"
    return (start, close + 1, "mixed") if start < k else (k + 1, close, "direct")


def _object_word(ctx: Context, lead: int, quote: int) -> bool:
    """Is the word at `lead`, right before the quote at `quote`, a word of the verb's object ("انسحابه "...""،
    "نجاح «...»")? Not a preposition ("إلى «الحوار»": it adds nothing), a word of a name the quote goes on
    with ("حزب «...»"), nor "له", "لهم" (to whom it was said)."""
    tokens = ctx.tokens
    norm = tokens.norm(lead)
    return not tokens.after_preposition(quote) and not tokens.is_punct(lead) and not ctx.mentions.in_a_mention(lead) \
        and not (norm[:1] in PREPOSITION_CLITICS and norm[1:] in PRONOUN_SUFFIXES)


def _relative_after(ctx: Context, close: int, stop: int) -> bool:
    """Does a bare relative clause follow the quote closed at `close`, after a comma, within the
    clause ('أن الخطة "تعكس رؤية واضحة"، التي وضعها المجلس')? It is still what was said."""
    tokens = ctx.tokens
    comma = tokens.next(close + 1, stop)
    if comma >= stop or not tokens.is_comma(comma):
        return False
    rel = tokens.next(comma + 1, stop)
    return rel < stop and tokens.norm(rel) in tokens.words.relative


def _joined_clause_after(ctx: Context, close: int, stop: int) -> bool:
    """Does a second clause of what was said follow the quote closed at `close`, after a comma, opened by the
    complementizer with و ('أن "الأزمة لن تحل بالقوة"، وأن الحل "يبدأ بالحوار"'), within the clause? It is
    said too: the content runs on to its end."""
    tokens = ctx.tokens
    comma = tokens.next(close + 1, stop)
    if comma >= stop or not tokens.is_comma(comma):
        return False
    joined = tokens.next(comma + 1, stop)
    norm = tokens.norm(joined) if joined < stop else ""
    return norm[:1] == "و" and norm[1:] in tokens.words.complementizer


def _contrasted_quote_after(ctx: Context, close: int, end: int) -> int | None:
    """Does the speaker's own contrast follow the quote closed at `close`: a comma, "but" and at once another
    quote ('أن "الاحتجاج حق"، لكن "التخريب جريمة"')? With no subject or verb of its own the contrast is
    still what was said: where its quote closes, else None."""
    tokens = ctx.tokens
    comma = tokens.next(close + 1, end)
    if comma >= end or not tokens.is_comma(comma):
        return None
    link = tokens.next(comma + 1, end)
    if link >= end or tokens.norm(link) not in tokens.words.contrast:
        return None
    opener = tokens.next(link + 1, end)
    if opener >= end or not tokens.is_quote(opener):
        return None
    return tokens.closing_quote(opener, end)


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
        if (contrast_close := _contrasted_quote_after(ctx, close, end)) is not None:
            return k + 1, tokens.trim_end(k + 1, max(stop, contrast_close + 1)), "mixed"
        after = tokens.next(close + 1, end)
        if (after >= stop or tokens.is_punct(after)) and not _relative_after(ctx, close, stop) \
                and not _joined_clause_after(ctx, close, stop):
            return inner + 1, close, "direct"
    has_quote = any(tokens.is_quote(q) for q in range(k + 1, stop))
    return k + 1, stop, "mixed" if has_quote else "indirect"


def _described_object(ctx: Context, cue: Cue, pos: int, k: int) -> bool:
    """Does the بأن at k follow the object of a verb of describing or deeming ("وصف الاتفاق بأنه", "واصفا إياه
    بأنها")? The object is part of what was said: the description is said of it. Not a phrase of where or how
    after an object pronoun ("وصفها على صفحته بأنها"), nor an object set off by commas ("وصف ما جرى، في مقابلة، بأنه"),
    nor one with a quoted name in it, nor one of more than DESCRIBED_WORDS words: the writer's, framing the
    description. A relative clause within that length still tells which thing was described ("وصف الاتفاق الذي وقعته
    الحكومة بأنه «مذل»")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = tokens.next(pos, k)
    return k > first and tokens.norm(k).startswith(BY) and normalize(cue.lemma) in words.deeming_verb \
        and tokens.norm(first) not in words.preposition and tokens.norm(first) not in words.circumstance \
        and not any(tokens.is_comma(q) or tokens.is_quote(q) for q in range(first, k)) \
        and len(tokens.word_tokens(first, k)) <= DESCRIBED_WORDS


def _circumstance_at(ctx: Context, pos: int, end: int) -> bool:
    """Does a phrase of where, when or before whom it was said open at pos ("أكد X أثناء مؤتمر صحافي مع
    نظيره ... أن")? Past it a verb that may take an object still takes its أن/إن."""
    k = ctx.tokens.next(pos, end)
    return k < end and ctx.tokens.norm(k) in ctx.tokens.words.circumstance


def is_by_saying_word(text: str) -> bool:
    """"بالقول" (function_words by_saying) as written: a test of the word for words.words_between."""
    return normalize(text) in lexicon.function_words().by_saying


def is_by_deed_word(text: str) -> bool:
    """A by_deed word ("بإعلان") as written: a test of the word for words.words_between."""
    return normalize(text) in lexicon.function_words().by_deed


def _by_saying(ctx: Context, pos: int, end: int, reply: bool = False) -> tuple[int, int, str] | None:
    """The content after "بالقول" (by saying) and the إن/أن, colon or quote right after it, when "بالقول" stands
    within BY_SAYING_WORDS words of pos, before any other verb of saying: "رد X على منتقديه بالقول إن",
    "برر المتحدث القرار بالقول: ...". Everything before it is the framing of the verb (on what, whom)."""
    tokens = ctx.tokens
    if not words_between(ctx.doc, is_by_saying_word, pos, end) \
            and not (reply and words_between(ctx.doc, is_by_deed_word, pos, end)):
        return None   # (no "بالقول" in the sentence from pos on, as in most: the walk below would find none)
    k, words = pos, 0
    while k < end and words < BY_SAYING_WORDS:
        if tokens.is_space(k):
            k += 1
            continue
        if reply and tokens.norm(k) in tokens.words.by_deed and (deed := tokens.next(k + 1, end)) < end:
            return deed, clause_end(ctx, deed, end, object_clause=True), "indirect"   # "رد X على Y بإعلان طرد ..."
        if tokens.norm(k) in tokens.words.by_saying:
            nxt = tokens.next(k + 1, end)
            if nxt < end and tokens.text(nxt).startswith(TO) and len(tokens.text(nxt)) > len(TO) + 1:
                nxt = tokens.next(nxt + 1, end)   # "بالقول للصحفيين:": whom he told, then what he said
            if nxt >= end:
                return None
            if tokens.text(nxt) == ":":
                return _after_colon(ctx, nxt, end)
            if tokens.is_quote(nxt):
                return _quoted_after(ctx, nxt, end)
            return _after_complementizer(ctx, nxt, end) if tokens.norm(nxt) in tokens.words.complementizer else None
        if (k > pos and ctx.cues.kind_at(k) in SPEECH_KINDS) or tokens.norm(k) in tokens.words.complementizer \
                or tokens.text(k) == ":" or tokens.is_quote(k):
            return None   # another verb of saying ("بالقول" is its own), or what was said opened before it
        words += 1
        k += 1
    return None


def _time_clause_that(ctx: Context, k: int, pos: int) -> bool:
    """Is the أن at k the one of "بعد أن" / "قبل أن" (adverbial_head), opening a clause of when it happened
    ("أعلن X انسحابه، بعد أن أسقط النواب الخطة", "أعلنت X النتيجة، قبل أن يصوت المجلس")? Then it
    opens no content of the cue before it."""
    p = ctx.tokens.prev(k, pos)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.adverbial_head


def _clause_only(cue: Cue) -> bool:
    """Is the cue قال or a continuation (أضاف، أوضح، تابع ...): verbs whose complement is a clause, never an object?"""
    return cue.lemma == SAY_LEMMA or cue.kind == "continuation"


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
    words = tokens.word_tokens(c_start, c_end)
    # only a reporting verb attributes ("كما أفادت الوزارة"); a statement noun is what was condemned
    # ("استنكرت تصريحات العمدة"), another verb what was said ("إن الهند تدعم الحكومة الصومالية")
    if not words:
        return True
    if len(words) > 4 or not all(_reporting(ctx, q) or ctx.mentions.in_a_mention(q) for q in words):
        return False
    # "اعترف بفلان": a name governed by ب with no reporting verb is the object, not whom it was told
    # ("لوكالة فرانس برس") or who reported it
    return any(_reporting(ctx, q) for q in words) or not ctx.tokens.norm(words[0]).startswith(OBJECT_CLITIC)


def _named_object(ctx: Context, cue: Cue, named: bool, c_start: int, c_end: int) -> bool:
    """"انتقد فلان الحكومة", "هنأ فلان الشعب الفرنسي": a verb whose act takes its target as its object
    (condemn, praise, reject, call ...), its speaker named after it, then a name with no preposition on it
    and no reporting verb: the one criticised or congratulated is what was said, no attribution."""
    tokens = ctx.tokens
    words = tokens.word_tokens(c_start, c_end)
    return named and cue.kind == "verb" and cue.entry.act not in SAY_ACTS and bool(words) \
        and not any(_reporting(ctx, q) for q in words) \
        and not tokens.norm(words[0]).startswith((ADDRESSEE_CLITIC, OBJECT_CLITIC))


def _reporting(ctx: Context, q: int) -> bool:
    cue = ctx.cues.at(q)
    return cue is not None and cue.kind != "noun" and (cue.kind == "via" or cue.entry.act == "report")


def before_cue(ctx: Context, k: int, start: int) -> tuple[int, int, str] | None:
    """"قتل 18 شخصا، كما أفادت الوزارة": the content comes before the cue. Not before a statement noun
    a preposition governs ("جاء هذا في بيان أصدرته الوزارة", "أعلن ذلك في كلمة"): what stands before it
    tells where something was said, not what."""
    tokens = ctx.tokens
    if ctx.cues.kind_at(k) == "noun" and tokens.after_preposition(k):
        return None
    p = k - 1
    if ctx.cues.takes_what_back(k) and tokens.norm(tokens.prev(k, start) or k) != WHAT:
        p = tokens.prev(k, start) - 1   # "..., وهو قرار رفضه المجلس": without the noun either
    while p >= start and (tokens.is_space(p) or tokens.norm(p) in tokens.words.preposed_link or tokens.is_comma(p)
                          or tokens.norm(p) in tokens.words.resumptive_what or tokens.norm(p) == WHAT):
        p -= 1   # "..., وهو ما أكده الوزير": without "وهو ما"
    s0 = tokens.next(start, p + 1)
    # "وقال السفير إن واشنطن تدعم ...": another verb of saying and its أن/إن before the cue open what that
    # verb says; what this cue would have said starts after them, if anything is left
    said = [q for q in range(s0, p + 1) if ctx.cues.kind_at(q) in SPEECH_KINDS]
    opened = [q for q in range(said[0] + 1, p + 1) if tokens.norm(q) in tokens.words.complementizer] if said else []
    least = 2
    if said and (not opened or (said[-1] > opened[-1] and _opens_clause(ctx, said[-1], s0))):
        # "...، متهما إياه بتهريب السلاح، وهو ما نفاه الجيش", "...، مشيرا إلى أنباء عن ...، وهو ما نفاه":
        # what is taken back is what that verb said, its object (two words make one), not the writer's
        # clause that carries it
        s0, least = _object_after(ctx, said[-1], p + 1), 1
    elif opened:
        s0 = tokens.next(opened[-1] + 1, p + 1)
    while s0 <= p and tokens.is_punct(s0) and not tokens.is_quote(s0):
        s0 += 1
    if p - s0 < least:
        return None
    return s0, p + 1, "indirect"


def _subject_right_before(ctx: Context, k: int, start: int) -> bool:
    """"... والاتحاد وفرنسا يدينان": the cue right after a name, its subject before it, with nothing after
    it: the clause says nothing; what stands before the subject is another clause, not what was said
    (unlike "قتل 18 شخصا، كما أفادت الوزارة", where the speaker follows the cue)."""
    p = ctx.tokens.prev(k, start)
    return p is not None and p in ctx.mentions.end_at and ctx.cues.kind_at(k) not in ("noun",)


def _opens_clause(ctx: Context, cue_tok: int, lo: int) -> bool:
    """Does the verb of saying at cue_tok open a clause of its own: after a comma, or with و/ف glued to it?"""
    cue = ctx.cues.at(cue_tok)
    p = ctx.tokens.prev(cue_tok, lo)
    return cue is not None and (cue.prefix > 0 or (p is not None and ctx.tokens.is_comma(p)))


def _object_after(ctx: Context, cue_tok: int, end: int) -> int:
    """Where the object of the verb of saying at cue_tok starts: past its named subject ("اتهمت الحكومة"), a
    detached object pronoun ("إياها") and the preposition that governs the object ("لافتا إلى")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    k = tokens.next(cue_tok + 1, end)
    if k < end and (phrase_end := ctx.mentions.phrase_end(k)) is not None:
        k = tokens.next(phrase_end, end)
    if k < end and any(tokens.norm(k).startswith(host) and 0 < len(tokens.norm(k)) - len(host) <= 2
                       for host in words.object_pronoun_host):
        k = tokens.next(k + 1, end)
    if k < end and tokens.norm(k) in words.preposition:
        k = tokens.next(k + 1, end)
    return k


def _doubted_noun_back(ctx: Context, k: int, start: int) -> bool:
    """"، وهو رقم طعنت فيه X": the verb takes the noun back by a preposition with its pronoun, so the noun
    (what was said before it) is what it acts on, not a party named after its subject ("وهو ما اتهم فيه X Y بـ"
    keeps ما, whose verb may name the accused)."""
    return ctx.tokens.norm(ctx.tokens.prev(k, start) or k) != WHAT and ctx.cues.taken_back_by_preposition(k)


def span_content(ctx: Context, start: int, end: int, quote_type: str) -> Content:
    chars = ctx.tokens.chars(start, end)
    return Content(start, end, quote_type, chars, text_of(ctx.doc)[chars[0]:chars[1]].strip())


def content_of(ctx: Context, cue: Cue, after: int, named: bool, start: int, end: int, earlier: bool,
               earlier_start: int | None = None, body_speaks: bool = False) -> Content | None:
    """The content of the statement anchored at `cue` whose speaker phrase ends at `after`;
    `earlier` when the sentence already has a statement before this cue; `earlier_start`, the first
    token of that statement's content when a person speaks after the tail marker and so says it too;
    `body_speaks` when the speakers named after the cue are bodies or groups."""
    k = cue.i
    if (marker := attribution_tail(ctx, k, start)) is not None:
        if earlier and earlier_start is None:
            return None  # "..., بحسب ما نقلت وكالة X": the intermediary of the statement before
        # "وقال فلان إن ...، حسب ما قال فلان آخر": the second person says what the first clause reports
        s0 = ctx.tokens.next(start, end) if earlier_start is None else earlier_start
        if s0 >= marker:
            return None
        span = (s0, ctx.tokens.trim_end(s0, marker), "indirect")  # what was said, without "، حسبما أفادت X"
    elif ctx.cues.takes_what_back(k) and _says_of_what(ctx, cue) and not _doubted_noun_back(ctx, k, start) \
            and (accused := after_cue(ctx, after, end, k, cue.entry.act, named, cue)) is not None \
            and accused[1] > accused[0] and (cue.entry.act == "accuse" or _description_at(ctx, accused[0])):
        # "...، وهو ما اتهم فلان الحكومة بإخفائه": the accused party and the charge (ما taken back by its
        # pronoun) follow the speaker; the clause before is only what the charge refers to. So does the
        # description a verb of describing or deeming says of it ("، وهو ما وصفه منتقدوه بأنه «خدعة»",
        # "، وهو ما عدته النقابات تراجعا عن وعوده")
        span = accused
    elif ctx.cues.takes_what_back(k) and cue.kind in SPEECH_KINDS \
            and (said := _by_saying(ctx, after, end)) is not None:
        span = said   # "، وهو ما رد عليه فلان بالقول إن": ما is what he answered; his answer follows "بالقول"
    elif ctx.cues.takes_what_back(k) and (back := before_cue(ctx, k, start)) is not None:
        span = back   # "..., وهو ما أكده فلان في حديث للصحفيين": ما takes back what was said before it
    else:
        span = after_cue(ctx, after, end, k, cue.entry.act, named, cue, body_speaks)
        if span is None or span[1] <= span[0] \
                or (only_via(ctx, span[0], span[1]) and not _named_object(ctx, cue, named, span[0], span[1])):
            span = None if _subject_right_before(ctx, k, start) else before_cue(ctx, k, start)
        elif span[1] >= end:
            span = (span[0], past_open_quote(ctx, span[0], span[1]), span[2])
        if span is not None:
            span = (span[0], after_quote_framing(ctx, span[0], span[1]), span[2])
    if span is None:
        return None
    content = span_content(ctx, *span)
    return content if clean_surface(content.text) else None


def _says_of_what(ctx: Context, cue: Cue) -> bool:
    """Does the cue say something of what "وهو ما" takes back, after its speaker: a charge, or a description or a
    judgement (a verb of describing or deeming)?"""
    return cue.entry.act == "accuse" or normalize(cue.entry.lemma) in ctx.tokens.words.deeming_verb \
        or ctx.cues.sees_in(cue.i)   # "، وهو ما قرأ فيه محللون تمهيدا لكذا"


def _description_at(ctx: Context, k: int) -> bool:
    """Does a description open at token k, not a phrase of where or when it was said ("وهو ما اعتبره
    معارضون في مؤتمر صحفي": no description follows, what ما takes back is all that was said)?"""
    tokens = ctx.tokens
    return not (tokens.norm(k) in tokens.words.circumstance or tokens.norm(k) in tokens.words.preposition)


def reported_span(ctx: Context, k: int, source_end: int, start: int, end: int) -> tuple[int, int] | None:
    """"بحسب X، ..." / "...، وفقا لـ X": the sentence without the attribution phrase that starts at
    k and whose source ends at `source_end`; None when fewer than REPORTED_MIN_TOKENS tokens are left
    (RESUMED_MIN_TOKENS past a فإن)."""
    tokens = ctx.tokens
    if k - start > 2:
        c_start, c_end = tokens.next(start, k), k
        if (opener := _reported_clause_in(ctx, c_start, k)) is not None:
            c_start = tokens.next(opener + 1, k)   # "وبيّن الوزير ... أن ...، حسب قوله": the أن clause
        c_end = _past_parenthetical(ctx, k, source_end, end) or c_end
    else:
        c_start, c_end = tokens.next(source_end, end), end
    c_end = tokens.trim_end(c_start, c_end)
    least = REPORTED_MIN_TOKENS
    while c_start < c_end and ((tokens.is_punct(c_start) and not tokens.is_quote(c_start))
                               or tokens.is_space(c_start) or resumptive_complementizer(ctx, c_start)):
        if resumptive_complementizer(ctx, c_start):
            least = RESUMED_MIN_TOKENS   # "وبحسب شهود فإن الكهرباء مقطوعة": فإن opens a clause, two words make one
        c_start += 1
    return (c_start, c_end) if c_end - c_start >= least else None


def _past_parenthetical(ctx: Context, k: int, source_end: int, end: int) -> int | None:
    """"ارتفعت الأسعار، حسب التجار، بسبب نقص الوقود": an attribution set off by commas on both sides sits
    inside the clause it credits, and what follows its second comma goes on with that clause, up to where
    a new clause takes over. None when the attribution is not so set off, or a cue follows it."""
    tokens = ctx.tokens
    before = tokens.prev(k, 0)
    comma = tokens.next(source_end, end)
    if before is None or not tokens.is_comma(before) or comma >= end or not tokens.is_comma(comma):
        return None
    rest = tokens.next(comma + 1, end)
    if rest >= end or ctx.cues.at(rest) is not None or tokens.is_punct(rest):
        return None   # "...، حسب الوزارة، وقال الوزير ...": the next statement, not more of this one
    stop = tokens.trim_end(rest, clause_end(ctx, rest, end))
    return stop if stop - rest >= REPORTED_MIN_TOKENS else None


def resumptive_complementizer(ctx: Context, k: int) -> bool:
    """"فإن" after a fronted phrase ("بحسب الوزير، فإن ...", "وفي رأيه فإن ..."): it opens what was said."""
    norm = ctx.tokens.norm(k)
    return norm[:1] == "ف" and norm[1:] in ctx.tokens.words.complementizer
