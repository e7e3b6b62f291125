"""What stands between the speaker and what was said, and what opens it past them: commas and time
words; an aside about the speaker ("، مدير ...،", "-وهي ناطقة بلسان ...-", "، التي ..."); a phrase
framing a reply ("ردا على سؤال"); a phrase opened by a preposition ("عقب اجتماعه بممثلي النقابات").
Each answers with the colon, the quote or the أن/إن that opens the content, or where the object starts.
"""
from __future__ import annotations

from ...text import normalize
from ..mentions.sources import declined_name
from ..nicknames import nickname_end
from ..words import is_time_word
from .context import Context
from .cues import GLUED_BY, entry_in, governing_preposition
from .cursor import ASIDE_DASHES, GUILLEMET_CLOSERS, SENTENCE_ENDS
from .quotes import NAME_WORDS, closes_quote, quote_words

IN = normalize("في")
TOLD = "ل"   # glued on whom it was told: "لإذاعة", "لوكالة"
DEFINITE = normalize("ال")   # a statement noun with it is another's, not where the speaker spoke
WHAT = normalize("ما")
SAY_ACT = "say"
FROM = normalize("من")
DATE_MARKS = ("/", "(", ")")   # "يناير/كانون الثاني", "يوليو (تموز)": a month's other name beside it

# a verb whose complement is always a clause, then a phrase opened by a preposition: its إن may come
# this many words on
FRAMED_SAY_WINDOW = 20
ASIDE_WORDS = 8   # an aside after a quoted name ends within this many words in the colon or أن that opens the content
FRAMING_ASIDES = 3   # framing phrases set off by commas one after another between the speaker and the object
ADJUNCT_WORDS = 4   # "خلال جلسة التنصيب": a phrase of time or place between an aside and its أن
WITH = normalize("مع")   # "تحدث مع X": with whom one talked
ADVERB_ENDING = "ا"      # "هاتفيا": an adverb of manner between the verb phrase and مع
NISBA = "ي"              # "الأمريكي": a nationality after "نظيره"
RELATIVE_WHAT = frozenset({normalize("ما")})   # "ما كشفه الموقع": what the site revealed, a noun phrase


def skip_adjuncts(ctx: Context, pos: int, end: int) -> int:
    """Past commas and time words that stand between the speaker and what was said."""
    tokens = ctx.tokens
    k = pos
    while k < end and (tokens.is_space(k) or tokens.is_comma(k) or is_time_word(ctx.doc[k])
                       or tokens.norm(k) in tokens.words.adjunct):
        k += 1
    return k


def past_anonymity(ctx: Context, pos: int, end: int) -> int:
    """Past a source's asking not to be named ("مقرب من الحكومة طالبا عدم الكشف عن اسمه"، "، التي فضلت عدم ذكر
    اسمها،") when it ends within ANONYMITY_WORDS words of pos, before what was said opens or another verb of
    saying: what was said comes after it. pos itself otherwise."""
    name = declined_name(ctx.doc, pos, end)
    return pos if name is None else skip_adjuncts(ctx, name + 1, end)


def past_nickname(ctx: Context, pos: int, end: int) -> int:
    """"توعد X، المعروف باسم «الصقر»، بمواصلة الهجمات": past the name the speaker goes by, an aside about
    them and never what was said; pos itself when no nickname is introduced there."""
    nick_end = nickname_end(ctx.doc, pos)
    return pos if nick_end is None or nick_end > end else nick_end


def past_addressee(ctx: Context, pos: int, end: int) -> int:
    """"تحدث ماكرون (هاتفيا) مع نظيره الياباني عن الحرب": past "مع" and whom the speaker talked with
    (names, titles, "نظيره", nationality words) to what was talked about; pos itself when no مع opens there."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k = tokens.next(pos, end)
    if k < end and tokens.norm(k) != WITH and tokens.text(k).endswith(ADVERB_ENDING):
        k = tokens.next(k + 1, end)   # "هاتفيا"
    if k >= end or tokens.norm(k) != WITH:
        return pos
    k, past = tokens.next(k + 1, end), 0
    while k < end:
        phrase_end = mentions.phrase_end(k)
        if phrase_end is not None:
            k = phrase_end
        elif tokens.norm(k) in tokens.words.counterpart or (past and tokens.norm(k).startswith("ال")
                                                               and tokens.norm(k).endswith(NISBA)):
            k += 1   # "نظيره", "الأمريكي"
        else:
            break
        past += 1
        k = tokens.next(k, end)
    return k if past else pos


def opener_after(ctx: Context, k: int, end: int, within_clause: bool = False) -> int | None:
    """A colon or a complementizer within ASIDE_WORDS words from k, before any other quote, verb of saying or the
    sentence end (or comma, `within_clause`): what opens the content after an aside."""
    tokens = ctx.tokens
    words = 0
    while k < end and words < ASIDE_WORDS:
        if tokens.is_quote(k) or tokens.text(k) in (*SENTENCE_ENDS, "\n") or (within_clause and tokens.is_comma(k)):
            return None
        if tokens.text(k) == ":" or tokens.norm(k) in tokens.words.complementizer:
            return k
        if ctx.cues.kind_at(k) not in (None, "via", "noun"):
            return None   # "، مبديا أمله بأن": the opener past another verb of saying is that verb's
        if not tokens.is_space(k) and not tokens.is_punct(k):
            words += 1
        k += 1
    return None


def framed_complementizer(ctx: Context, pos: int, end: int) -> int | None:
    """"وقال في ندوة عقدها في ليما إثر اجتماعه بالوزير ... إن": the إن/أن, the colon or the
    opening quote of more than a name after a phrase that opens with a preposition, within
    FRAMED_SAY_WINDOW words, before any other cue or the sentence end."""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    if k >= end or tokens.norm(k) not in tokens.words.preposition:
        return None
    words = 0
    while k < end and words < FRAMED_SAY_WINDOW:
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and quote_words(ctx, k, end) <= NAME_WORDS:
            k = tokens.closing_quote(k, end) + 1  # a name in quotes: "لمجلة «دير شبيغل»"
            words += 1
            continue
        if tokens.is_quote(k) and tokens.text(k) not in GUILLEMET_CLOSERS and not closes_quote(ctx, pos, k):
            # 'في بيان مقتضب "الحوار هو السبيل"'; a longer name in quotes has its own إن or colon after it
            return opener_after(ctx, tokens.closing_quote(k, end) + 1, end) or k
        if tokens.text(k) == ":":
            return k  # 'بعد لقائه نظيره: لن نقبل'
        if tokens.is_quote(k) or tokens.text(k) in SENTENCE_ENDS or "\n" in tokens.text(k) \
                or ctx.cues.kind_at(k) not in (None, "via", "noun"):
            return None
        if tokens.norm(k) in tokens.words.complementizer \
                and ((p := tokens.prev(k, pos)) is None or tokens.norm(p) not in tokens.words.adverbial_head):
            return k   # (not the أن of "قبل أن" / "بعد أن": a clause of when, not what was said)
        if not tokens.is_space(k):
            words += 1
        k += 1
    return None


def opens_aside(ctx: Context, pos: int, end: int) -> bool:
    """Does an aside about the speaker open at pos: a comma, a dash or a relative pronoun
    ("، مدير ...،", "-وهي ناطقة بلسان ...-", "، التي تنتظر نتائج ...")?"""
    tokens = ctx.tokens
    k = tokens.next(pos, end)
    return k < end and (tokens.is_comma(k) or tokens.text(k) in ASIDE_DASHES or tokens.norm(k) in tokens.words.relative
                        or tokens.norm(k) in tokens.words.aside_opener)


def opener_past_aside(ctx: Context, pos: int, end: int, clause_only: bool = False) -> int | None:
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
        if tokens.is_quote(k) and text not in GUILLEMET_CLOSERS and not closes_quote(ctx, pos, k):
            if quote_words(ctx, k, end) > NAME_WORDS:
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


def past_reply_frame(ctx: Context, pos: int, end: int, says: bool) -> int | None:
    """Where what was said starts past a phrase that frames it as a reply, right after the speaker
    ("ردا على سؤال من النواب", "تعليقا على القرار"): for a verb of saying (`says`) the أن/إن or
    colon within FRAMED_SAY_WINDOW words; else, or when there is none, the word after the comma that
    closes the phrase. None when no such phrase opens at pos or neither closes it before the
    sentence end or a quote."""
    tokens = ctx.tokens
    k = tokens.next_past_comma(pos, end)
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


def past_time_phrase(ctx: Context, pos: int, end: int) -> int:
    """"أعلن X في يوليو (تموز) الماضي إرسال ...", "أصدرت X في السادس من يناير تحذيرا": a phrase of when, في and a
    month (with its day, year, other name and "الماضي"), right past the speaker, is the writer's, no part of the
    object: where the object opens past it (its comma, when one follows), or pos itself."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = tokens.next(pos, end)
    if first >= end or tokens.norm(first) != IN:
        return pos
    k, month = tokens.next(first + 1, end), False
    if k < end and not is_time_word(ctx.doc[k]) and not tokens.text(k).isdigit():
        day_of = tokens.next(k + 1, end)   # "السادس من يناير": the day, then من and the month
        after = tokens.next(day_of + 1, end) if day_of < end else end
        if day_of >= end or tokens.norm(day_of) != FROM or after >= end or not is_time_word(ctx.doc[after]):
            return pos
        k = after
    while k < end:
        text = tokens.text(k)
        if is_time_word(ctx.doc[k]):
            month = True
        elif not (text.isdigit() or text in DATE_MARKS or (month and tokens.norm(k) in words.time_placing)):
            break
        k = tokens.next(k + 1, end)
    return k if month else pos


def past_venue(ctx: Context, pos: int, end: int) -> int:
    """"رحب X في بيان بالقرار", "رفضت X في تغريدة على تويتر ما وصفته بـ", "أشاد في تغريدة بما عده", "أشاد X في تصريح لوكالة رويترز بالاتفاق": في
    and an indefinite statement noun right past the speaker (with whom it was told, on what platform) tell where it
    was said, the writer's, no part of the object. Where the object opens past them, when it opens there plainly:
    ب glued on its word (the preposition a verb of welcoming or praising governs) or ما ("what it called"); pos
    itself otherwise ("في بيان مشترك ...", "في بيان الأربعاء ...": the noun's adjective, its day; a quote is read on
    as before)."""
    tokens = ctx.tokens
    first = tokens.next(pos, end)
    noun = tokens.next(first + 1, end) if first < end and tokens.norm(first) == IN else end
    if noun >= end or not _statement_noun(tokens.text(noun)):
        return pos
    k = tokens.next(noun + 1, end)
    if k < end and tokens.norm(k)[:1] == TOLD and len(tokens.norm(k)) > 2 and not tokens.is_punct(k):
        k = tokens.next(_past_name(ctx, tokens.next(k + 1, end), end), end)   # "لإذاعة «...»", "لوكالة رويترز"
    if k < end and tokens.norm(k) != IN and tokens.norm(k) in tokens.words.medium_preposition:
        k = tokens.next(_past_name(ctx, tokens.next(k + 1, end), end), end)   # "على تويتر"
    if k >= end or tokens.is_punct(k) or ctx.mentions.in_a_mention(k):
        return pos
    norm = tokens.norm(k)
    governed = norm[:1] == GLUED_BY and len(norm) > 3
    # "بما عده": ب glued on ما, the object of a verb that governs ب ("أشاد في تغريدة بما عده «...»")
    return k if governed or norm in (WHAT, GLUED_BY + WHAT) else pos


def _statement_noun(text: str) -> bool:
    """Is `text` an indefinite statement noun of saying, bare ("بيان", "تغريدة", "مؤتمر صحفي")?"""
    found = entry_in(text, False)
    return found is not None and not found[0] and found[1].kind == "noun" and found[1].act == SAY_ACT \
        and not normalize(text).startswith(DEFINITE)


def _past_name(ctx: Context, k: int, end: int) -> int:
    """The token right past a name at k: a mention, a quoted name of at most NAME_WORDS words, or one word."""
    tokens = ctx.tokens
    if k >= end:
        return k
    if tokens.is_quote(k):
        close = tokens.closing_quote(k, end)
        return close + 1 if close < end and len(tokens.word_tokens(k + 1, close)) <= NAME_WORDS else end
    phrase_end = ctx.mentions.phrase_end(k)
    past = phrase_end if phrase_end is not None else k + 1
    q = tokens.next(past, end)
    if q < end and tokens.is_quote(q) and tokens.text(q) not in GUILLEMET_CLOSERS \
            and len(tokens.word_tokens(q + 1, tokens.closing_quote(q, end))) <= NAME_WORDS:
        return _past_name(ctx, q, end)   # "لإذاعة «...»": the outlet's kind, then its quoted name
    return past


def past_body_epithet(ctx: Context, pos: int, end: int) -> int:
    """"أعلن الحزب الحاكم في البلد، الاثنين، ...", "اتهم حزب X المنحل، الذي ...، الرئيس بـ": an adjective describing
    the body that speaks right past its name (body_epithet), no part of what was said: the token past it, or pos
    itself. Only after a body: after a person "الحاكم" is the governor spoken to."""
    tokens = ctx.tokens
    first = tokens.next(pos, end)
    return first + 1 if first < end and tokens.norm(first) in tokens.words.body_epithet else pos


def past_setting_place(ctx: Context, pos: int, end: int) -> int:
    """"أعلنت اللجنة الانتخابية في البلد، الاثنين، فوز ...": a place after في right past the speaker, closed by a comma,
    is where the speaker is or speaks, no part of what was said: the comma past it (where past_framing_aside goes on
    with a time phrase set off by commas), or pos itself."""
    tokens = ctx.tokens
    first = tokens.next(pos, end)
    if first >= end or tokens.norm(first) != IN:
        return pos
    place = ctx.mentions.start_at.get(tokens.next(first + 1, end))
    if place is None or place.type != "Place":
        return pos
    comma = tokens.next(place.j, end)
    if comma < end and tokens.is_comma(comma):
        return comma
    # "ردد المحتجون في ساحة الجامعة شعار ...": with no comma, a word that may open the object past the place (no
    # preposition, complementizer or punctuation, which go on with the phrase or open what was said themselves)
    words = tokens.words
    return comma if comma < end and not tokens.is_punct(comma) and tokens.norm(comma) not in words.preposition \
        and tokens.norm(comma) not in words.complementizer and not is_time_word(ctx.doc[comma]) \
        and ctx.cues.at(comma) is None else pos


def past_framing_aside(ctx: Context, pos: int, end: int, lemma: str = "") -> int:
    """"انتقد X، في حوار مع التلفزيون، القرار", "أبدت X، التي تجاور Y، رغبتها في الوساطة", "جددت X،
    وعلى لسان الناطق باسمها، موقفها": a phrase set off by commas right after the speaker, opened by a
    preposition, a relative pronoun or an "according to" (where, when, through whom it was said, or who the
    speaker is), holds no part of what was said: the verb's object comes past its closing comma. Up to
    FRAMING_ASIDES such phrases one after another ("، أثناء الزيارة، بحسب ما نقلت الصحيفة،"). pos itself when
    none opens there, none closes within FRAMED_SAY_WINDOW words before another verb of saying, a quote or
    the sentence end, or a new clause (a link, a verb of saying) follows it."""
    tokens = ctx.tokens
    k = _comma_taken_with_speaker(ctx, pos, end)
    past: int | None = None   # past the asides read so far, when a phrase of the object's own opens there
    for index in range(FRAMING_ASIDES):
        comma = tokens.next(k, end)
        if comma >= end or not tokens.is_comma(comma):
            break
        first = tokens.next(comma + 1, end)
        if index > 0 and first < end and _governed_by(ctx, lemma, first):
            return first   # "دعا X، قبل انطلاق الجلسة، إلى تأجيل ...": the preposition the verb governs opens its object
        # who the speaker is, right after the speaker only: past a frame a bare title is the object ("طالب X، في
        # مؤتمر صحفي، الرئيس بالاستقالة")
        if first >= end or not (_frames(ctx, first) or (index == 0 and _says_who(ctx, first))):
            break
        close = _closing_comma(ctx, first, end)
        if close is None:
            # "حذر X، مدير ...، في تصريح للصحفيين، من أن", "أعرب X، وفق بيان، عن أمله": the phrase no comma closes
            # is the object's, opened by the preposition the verb governs; past the first aside, which holds none
            # of it (not past a second, which may be that object: "دعا X، في كلمة، إلى الحوار، في خطوة ...")
            return past if past is not None else pos
        nxt = tokens.next(close + 1, end)
        if nxt < end and _frames(ctx, nxt):
            k = close   # another framing phrase follows its comma
            past = close + 1 if past is None else past
            continue
        # a quote past the comma is what was said ("قرر X، في اجتماع عقده أمس، «...»"); other punctuation ends it
        if nxt >= end or (tokens.is_punct(nxt) and not tokens.is_quote(nxt)) or ctx.cues.kind_at(nxt) not in (None, "noun") \
                or tokens.in_class(nxt, tokens.words.clause_link) or tokens.norm(nxt) in tokens.words.complementizer:
            break
        return close + 1
    return pos


def _governed_by(ctx: Context, lemma: str, k: int) -> bool:
    """Is the word at k the preposition the verb `lemma` takes its object with (governed_object: "دعا إلى", "أعرب
    عن"), bare or, for ب, glued to the object ("طالب بالإفراج")?"""
    how = governing_preposition(lemma, ctx.tokens.norm(k)) if lemma else None
    return how == "bare" or (how == "glued" and not ctx.mentions.in_a_mention(k))


def _comma_taken_with_speaker(ctx: Context, pos: int, end: int) -> int:
    """"حث رئيس الوزراء، وهو ضابط سابق ...، الشباب على": the speaker's phrase may end past the comma after the
    name, when an aside about the speaker ("وهو", a relative, a bare title) opens right at pos; the comma then
    opens that aside: where past_framing_aside reads from. pos itself otherwise."""
    tokens = ctx.tokens
    first = tokens.next(pos, end)
    before = tokens.prev(first, max(0, pos - 2)) if first < end else None
    if before is None or before >= pos or not tokens.is_comma(before):
        return pos
    return before if _says_who(ctx, first) or tokens.norm(first) in tokens.words.relative else pos


def _frames(ctx: Context, k: int) -> bool:
    """Does the word at k open a framing phrase: a preposition (with و on it or not: "وعلى لسان"), a
    relative pronoun, an "according to", an "in his capacity as" ("، بصفته رئيسا للجنة،": who the speaker is)?"""
    words = ctx.tokens.words
    return ctx.tokens.in_class(k, words.preposition) or ctx.tokens.in_class(k, words.circumstance) \
        or ctx.tokens.norm(k) in words.relative or ctx.tokens.norm(k) in words.according_to \
        or ctx.tokens.in_class(k, words.capacity)


def _says_who(ctx: Context, k: int) -> bool:
    """Does the word at k, after the comma right past the speaker, open an apposition that says who he is: "وهو"/"وهي" ("، وهو قائد سابق للجيش،")
    or a title with no name after it ("، الرئيسة السابقة للبلاد،")?"""
    return ctx.tokens.norm(k) in ctx.tokens.words.personal_aside or (k in ctx.mentions.bare and k not in ctx.mentions.titled)


def _quoted_name_end(ctx: Context, k: int, end: int) -> int | None:
    """The closing mark of a quote opened at k that holds a name (at most NAME_WORDS words, right after a noun or
    a preposition's clitic, no verb of saying in it), or None."""
    tokens = ctx.tokens
    before = tokens.prev(k)
    if before is None or tokens.is_punct(before):
        return None
    close = tokens.closing_quote(k, end)
    if close is None or close >= end or close <= k + 1 or len(tokens.word_tokens(k + 1, close)) > NAME_WORDS:
        return None
    return None if any(ctx.cues.kind_at(q) not in (None, "via", "noun") for q in range(k + 1, close)) else close


def _closing_comma(ctx: Context, k: int, end: int) -> int | None:
    """The comma that closes the phrase opened at k, within FRAMED_SAY_WINDOW words, before a quote, a colon,
    the sentence end or a verb of saying of its own (an intermediary's "نقلت" and statement nouns may stand in
    it: "بحسب ما نقلت الوكالة")."""
    tokens = ctx.tokens
    words = 0
    while k < end and words < FRAMED_SAY_WINDOW:
        text = tokens.text(k)
        if tokens.is_comma(k):
            return k
        if tokens.is_quote(k) and (close := _quoted_name_end(ctx, k, end)) is not None:
            k = close + 1   # 'في مقابلة مع قناة "فلان نيوز"،': a quoted name of a channel or a paper in the phrase
            continue
        if tokens.is_quote(k) or text == ":" or text in SENTENCE_ENDS or "\n" in text \
                or ctx.cues.kind_at(k) not in (None, "via", "noun"):
            return None
        if not tokens.is_space(k) and not tokens.is_punct(k):
            words += 1
        k += 1
    return None
