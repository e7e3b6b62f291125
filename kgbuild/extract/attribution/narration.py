"""Where the writer's narration resumes inside what was said.

A content runs on from its cue until the writer takes the word back: "، وكان الوزير قد زار ..."
(background), "، حيث ينتشر الجنود" (where, after a place), "، جاء ذلك أثناء ندوة ..." (the writer
places what was said), "، واستقبل السفير" (a past event after an object content). boundary.clause_end
asks these detectors where to stop; they answer only that, and find no content or speaker.
"""
from __future__ import annotations

from ... import lexicon
from ...text import normalize
from ..words import CLOSE_QUOTES, PRONOUN_SUFFIXES, is_function_text, is_function_word
from .context import Context
from .cues import SPEECH_KINDS, entry_in
from .cursor import SEMICOLON

SAY_ACT = "say"     # the act of the statement nouns that name where something was said ("بيان", "كلمة")
ARTICLE = "ال"
WHAT = "ما"
GLUED_OBJECT = normalize("بال")   # "بالدور": ب glued to a definite object
OBJECT_PREPOSITIONS = frozenset(normalize(w) for w in ("إلى", "على", "عن"))   # "دعا إلى", "شدد على", "أعرب عن"
PARTICIPLE_PREFIX, ACCUSATIVE_ALIF = "م", "ا"   # "منهيا": the م of a derived participle, the alif of its tanween
AND = "و"
PLURAL_PAST = "وا"     # the ending of a past verb of a masculine plural subject: "رفعوا"
PLURAL_STEM_MIN = 3    # letters of a verb stem before it
PARTICIPLE_MIN_CHARS = 5   # shorter words of that shape are particles or nouns ("مما", "معا")
PASSIVE_WAW = "و"   # the و of the pattern مفعول ("مرسوم")
CONCESSIVE_SUBJECT_WORDS = 4   # "مصدر دبلوماسي كبير": the subject between "رغم أن" and its verb of saying


def named_at(ctx: Context, k: int) -> bool:
    """Does a person, body or place (or a title of one) start at token k?"""
    m = ctx.mentions
    named = m.start_at.get(k)
    return (named is not None and named.type != "Group") or k in m.titled or k in m.bare


def narration_after_comma(ctx: Context, k: int, end: int) -> bool:
    """Does the writer's narration resume at token k, right after a comma? "، وكان الوزير قد زار ..."
    (the past perfect of background), "، وقد عاد فلان إلى ..." / "، ولم تعلق الوزارة" (a particle, a
    verb and its own named subject), "، مانحا بذلك الأسر متنفسا" (thereby), "، تلاها فرض ..." (followed by),
    "، ويعتقد أن ..." (it is believed: the impersonal passive), "، غير أن ..." (however: the writer's contrast), "، الذي يحكم منذ ..." closing the sentence after a
    person's name (who that person is)."""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(k)
    nxt = tokens.next(k + 1, end)
    if nxt >= end:
        return False
    if norm in words.sequel_verb or tokens.norm(nxt) in words.thereby:
        return True
    if tokens.in_class(k, words.impersonal_verb) and tokens.norm(nxt) in words.complementizer:
        return True   # "، ويعتقد أن عائلته ...", "، يذكر أن": the writer's background, no one's words
    if norm[:1] == "و" and norm[1:] in words.relative:
        return True   # "، والتي تضم أكبر ميناء في البلاد": a relative clause joined by و, the writer's added word
    if norm in words.relative and _closing_note_on_person(ctx, k, end):
        return True   # "... بالتعاون مع فلان، الذي يقود الحزب منذ عقدين.": who that person is, the writer's note
    if norm in words.concessive:
        return _another_says(ctx, nxt, end)
    if norm in words.writer_contrast and tokens.in_class(nxt, words.complementizer):
        return True   # "، غير أن الأسعار ارتفعت بعد شهر": the writer's "however", set against what was said
    if norm in words.side_link and _verb_then_subject(ctx, nxt, end):
        return True   # "، كما رحب به رئيس المفوضية", "، فيما فضل الوسطاء ...": another's deed, set beside it
    if norm in words.side_link and norm in words.answered_link and _verb_opens(ctx, nxt):
        return True   # "، فيما تتابع السفن ...", "، بينما امتدت المظاهرات ...": the writer sets what goes on beside it
    if norm[:1] != "و" or len(norm) < 3:
        return False
    bare = norm[1:]
    if bare in words.kana:
        ahead = [q for q in range(nxt, min(end, nxt + 8)) if not tokens.is_space(q)][:4]
        return named_at(ctx, nxt) or any(tokens.norm(q) in words.narrative_particle for q in ahead[1:])
    if bare in words.narrative_particle:
        subject = tokens.next(nxt + 1, end)
        return subject < end and named_at(ctx, subject)
    return False


def _closing_note_on_person(ctx: Context, k: int, end: int) -> bool:
    """Is the relative pronoun at k, right after a person's name and a comma, the head of a clause that runs
    to the end with no comma in it? Then it closes the sentence with the writer's note on who that person is
    ("، الذي يحكم منذ عقدين"). With a comma further on the clause may be an aside the predicate follows
    ("فلان، الذي ...، سيترشح"), part of what was said."""
    tokens = ctx.tokens
    comma = tokens.prev(k)
    name_end = tokens.prev(comma) if comma is not None else None
    if name_end is not None and tokens.is_quote(name_end):
        name_end = tokens.prev(name_end)   # '... مع فلان"، الذي': the quote closes on the name
    person = ctx.mentions.end_at.get(name_end) if name_end is not None else None
    if person is None or person.type != "Person":
        return False
    return not any(tokens.is_comma(q) or tokens.text(q) == SEMICOLON for q in range(k + 1, end))


def _verb_opens(ctx: Context, k: int) -> bool:
    """Does token k open a clause of its own with its verb ("فيما كانت", "بينما امتدت", "فيما لم"): a verb of being or a
    negation, or a word of content that is no function word, no name, no definite noun and no verb of a topic
    ("فيما يتعلق بـ": as regards, goes on with what was said)?"""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(k)
    if norm in words.kana or norm in words.negation:
        return True
    return not tokens.is_punct(k) and ctx.mentions.phrase_end(k) is None and not is_function_word(ctx.doc[k]) \
        and norm not in words.topic_verb and not norm.startswith(ARTICLE)


def _verb_then_subject(ctx: Context, k: int, end: int) -> bool:
    """Is token k a word of content (a verb: no function word, no name) with a party named right after it as
    its subject, a person, body, place or group ("رحب به الرئيس", "هتف الطلاب")?"""
    tokens = ctx.tokens
    if tokens.is_punct(k) or ctx.mentions.phrase_end(k) is not None or is_function_word(ctx.doc[k]):
        return False
    subject = tokens.next(k + 1, end)
    return subject < end and ctx.mentions.phrase_end(subject) is not None and not tokens.after_preposition(subject)


_WORDS = lexicon.function_words()
# the words a reading of writer_resumes outside an object content opens with (place_where, resumptive_that,
# consequence), and the words before a space in a narration formula ("جاء ذلك"): a word that is none of them, bare
# or past و, resumes nothing there, and clause_end asks this of every word of every content
RESUMING_WORDS = _WORDS.place_where | _WORDS.resumptive_that | _WORDS.consequence
FORMULA_OPENINGS = frozenset(formula[:at] for formula in _WORDS.narration_formula
                             for at, letter in enumerate(formula) if letter == " ")


def writer_resumes(ctx: Context, k: int, prev: int, end: int, comma: bool, object_clause: bool) -> bool:
    """Does the writer's narration resume at token k (`prev` the word or comma before it)? "في
    المدينة، حيث ينتشر الجنود" (where, after a place: what goes on there), "«...» مما أغضب ..." (the
    consequence of what was quoted) and, after an object content, a past verb of a meeting or a
    visit: "دعا إلى الحوار، واستقبل السفير", "الاجتماع الذي دعا إليه ... وترأسه الوزير"."""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(k)
    bare = norm[1:] if norm[:1] == "و" else norm
    if not object_clause and norm not in RESUMING_WORDS and bare not in FORMULA_OPENINGS:
        return False
    nxt = tokens.next(k + 1, end)
    if nxt >= end:
        return False
    if comma and norm in words.place_where and tokens.norm(nxt) not in words.complementizer:
        place = ctx.mentions.end_at.get(tokens.prev(prev) if tokens.prev(prev) is not None else -1)
        return place is not None and place.type == "Place"
    if (comma or bare != norm) and f"{bare} {tokens.norm(nxt)}" in words.narration_formula:
        return True   # "، جاء ذلك أثناء ندوة ...", "، علما بأن": the writer places what was said; not "أخذت علما بأن"
    if norm in words.resumptive_that and (tokens.norm(nxt) in words.circumstance or tokens.norm(nxt) in words.bare_clause_link):
        return True   # "، وذلك خلال زيارته للعاصمة", "وذلك بينما يستعد النادي ...": when or where it was done
    if norm in words.consequence:
        before = tokens.prev(prev) if comma else prev
        return before is not None and tokens.text(before) in CLOSE_QUOTES | {'"'}
    if not object_clause:
        return False
    if comma and _circumstantial_participle(norm) and tokens.norm(nxt) not in words.complementizer:
        return True   # "أعلن استقالته، منهيا عشرين عاما من الحكم": what the deed did, the writer's, not the object
    if norm in words.circumstance:
        # "أعلن فوز X بالرئاسة، عقب فرز الأصوات ...", "رفض الاتفاق، في خطوة ...", "رد على الانتقادات في مؤتمر
        # صحفي", "أشاد بالقرار في بيان أصدره حزبه": an object ends where the writer tells when, where or how
        # it was said, unless the object goes on past that phrase (it stood between the speaker and the object)
        if comma:   # not "، بعد أن تلقى ...": a clause of why, whose parties the object is about
            return tokens.norm(nxt) not in words.complementizer and _frame_ends_object(ctx, k, end)
        return _venue_at(ctx, nxt, end) and not _what_was_said(ctx, prev) and not _said_after(ctx, k, end) \
            and not _object_in_phrase(ctx, k, end)
    if _joined_plural_past(norm) and ctx.cues.at(k) is None and tokens.norm(prev) not in words.condition:
        # (after "إذا", "لو" the verb is the condition's, supposed within what was said: "من رد حاسم إذا واجهوا القوات")
        return True   # "ردد المحتجون هتافات ...، ورفعوا الأعلام": a second deed of the same subject, the writer's
    stem, suffixed, glued = event_stem(tokens.text(k), norm)
    # "أعلنت X الحرب على Y وتمكنت من ...": the ت of a feminine subject marks a verb as an object pronoun does
    return stem in words.event_verb and (comma or (glued and (suffixed or _feminine_past(norm, stem))))


def _joined_plural_past(norm: str) -> bool:
    """Is `norm` a past verb of a plural subject with و glued on ("ورفعوا", "وأحرقوا": و, a stem of three letters
    or more, the وا of the plural)? No noun is spelled so ("وجوا", "وعضوا": the stem is shorter). After an object
    it is a second predicate of the subject, not part of what it said."""
    return norm[:1] == AND and norm.endswith(PLURAL_PAST) and len(norm) - 1 - len(PLURAL_PAST) >= PLURAL_STEM_MIN


def _circumstantial_participle(norm: str) -> bool:
    """Is `norm` the shape of an indefinite active participle in the accusative of state (حال: م..., ending in
    the ا of its tanween: "منهيا", "متقدما", "مستندا")? After an object and a comma it tells how the deed
    went or what it did: the writer's."""
    if norm[:1] != PARTICIPLE_PREFIX or norm[-1:] != ACCUSATIVE_ALIF or len(norm) < PARTICIPLE_MIN_CHARS:
        return False
    # "مرسوما", "مشروعا": the مفعول of a noun (a decree, a draft), an object after an aside, not a state
    passive_noun = len(norm) == PARTICIPLE_MIN_CHARS + 1 and norm[3] == PASSIVE_WAW
    return not passive_noun and not is_function_text(norm)


def _phrase_end(ctx: Context, k: int, end: int) -> int:
    """The comma (or semicolon) that closes the phrase opened at k, or `end`."""
    tokens = ctx.tokens
    q = k + 1
    while q < end and not (tokens.is_comma(q) or tokens.text(q) == SEMICOLON):
        q += 1
    return q


def _frame_ends_object(ctx: Context, k: int, end: int) -> bool:
    """Does the phrase of when or where opened at k after a comma close what was said: it runs to the sentence
    end, or past its comma comes another such phrase, a clause link, an attribution, a participle of manner or a
    verb of saying with و/ف on it? Not when more of the object follows it ("طالب X، في خطبة الجمعة بالمسجد الكبير،
    بـ«محاسبة المسؤولين»"), nor a bare verb, which may say what the phrase holds ("تقرير أعدته، في مجلة ...، هاجمت فيه")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    close = _phrase_end(ctx, k, end)
    nxt = tokens.next(close + 1, end)
    if close >= end or nxt >= end or tokens.is_punct(nxt):
        return True
    return any(tokens.in_class(nxt, c) for c in (words.circumstance, words.clause_link, words.according_to,
                                                   words.aside_opener, words.resumptive_that, words.sequel_verb)) \
        or tokens.norm(nxt) in words.manner_participle or _circumstantial_participle(tokens.norm(nxt)) or ((cue := ctx.cues.at(nxt)) is not None and cue.prefix > 0)


def _object_in_phrase(ctx: Context, k: int, end: int) -> bool:
    """Does an object governed by a preposition stand in the phrase at k, before its comma ("في تصريح للتلفزيون مساء الأحد
    بالدور الذي ..."): the object comes past the statement noun, which then framed it?"""
    tokens = ctx.tokens
    return any(tokens.norm(q).startswith(GLUED_OBJECT) or tokens.norm(q) in OBJECT_PREPOSITIONS
               for q in range(k + 1, _phrase_end(ctx, k, end)))


def _said_after(ctx: Context, k: int, end: int) -> bool:
    """Does what was said open within the phrase at k, before its comma: an إن/أن (not "بعد أن"), a colon or a
    quote ("خلال مؤتمر صحفي مع نظيره أن ...")?"""
    tokens, words = ctx.tokens, ctx.tokens.words
    for q in range(k + 1, _phrase_end(ctx, k, end)):
        if tokens.text(q) == ":" or tokens.is_quote(q):
            return True
        if tokens.norm(q) in words.complementizer:
            p = tokens.prev(q, k)
            if p is None or tokens.norm(p) not in words.adverbial_head:
                return True
    return False


def _what_was_said(ctx: Context, prev: int) -> bool:
    """Is the word at prev a verb after ما ("ما ورد في بيان", "ما جاء في كلمة"): what the statement said?"""
    p = ctx.tokens.prev(prev)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.resumptive_what | {WHAT}


def _venue_at(ctx: Context, k: int, end: int) -> bool:
    """Is token k a statement noun where something was said ("بيان", "مؤتمر صحفي", "كلمة"), indefinite or
    with the speaker's own pronoun ("في بيان أصدره", "في كلمته"), not another's ("في بيان الوزارة": what it
    said may be the object)? Read off the lexicon: the cue reader anchors no statement on such a noun."""
    tokens = ctx.tokens
    nxt = tokens.next(k + 1, end)
    entry = entry_in(tokens.text(k), False)
    if entry is None and nxt < end:
        entry = entry_in(f"{tokens.text(k)} {tokens.text(nxt)}", False)   # "مؤتمر صحفي"
        nxt = tokens.next(nxt + 1, end)
    if entry is None or entry[0] or entry[1].kind != "noun" or entry[1].act != SAY_ACT or tokens.norm(k).startswith(ARTICLE):
        return False
    return nxt >= end or not (tokens.norm(nxt).startswith(ARTICLE) or named_at(ctx, nxt))


def _feminine_past(norm: str, stem: str) -> bool:
    """"وتمكنت", "وعقدت": و, the stem and the ت of a feminine subject, a past verb as no noun is spelled."""
    return norm == "و" + stem + "ت"


def event_stem(raw: str, norm: str) -> tuple[str, bool, bool]:
    """The stem of a past verb as the event_verb table holds it, whether an object pronoun was on
    it and whether و was glued before it: "وترأسه" -> ("ترأس", True, True), "عقدت" -> ("عقد", False,
    False). The ة of a noun ("حضرة") is no pronoun."""
    events = lexicon.function_words().event_verb
    for word in (norm, norm[1:]) if norm[:1] == "و" else (norm,):
        glued, suffixed = word != norm, False
        for suffix in PRONOUN_SUFFIXES:   # longest first
            if word.endswith(suffix) and len(word) > len(suffix) + 2 and not raw.rstrip().endswith("ة"):
                word, suffixed = word[: -len(suffix)], True
                break
        for stem in (word, word[:-1] if word.endswith("ت") else word, word[:-1] + "ي" if word.endswith("ا") else word):
            if stem in events:
                return stem, suffixed, glued
    return "", False, False


def contrasted_narration(ctx: Context, k: int, end: int) -> bool:
    """"... بينما لم يشر الوزير فلان إلى ذلك", "في حين قد غادر فلان": a clause link, a particle of the past
    (لم، قد), a verb and a named subject right after it: the writer sets what another did or left unsaid
    against what was said, which ends before the link."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if tokens.norm(k) not in words.clause_link:
        return False
    particle = tokens.next(k + 1, end)
    if particle >= end or tokens.norm(particle) not in words.narrative_particle:
        return False
    verb = tokens.next(particle + 1, end)
    subject = tokens.next(verb + 1, end) if verb < end else end
    return subject < end and not tokens.is_punct(verb) and named_at(ctx, subject)


def withheld_detail(ctx: Context, k: int, end: int) -> bool:
    """"... قريبا، دون أن يحدد موعدا", "من دون أن يكشف عن ...": "without" and أن, then a verb of specifying or
    disclosing (unspecifying_verb): the writer notes what the speaker left out. ("لكنه لم يكشف عن موقفه من X" is left
    alone: X is often what the statement is about.)"""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(k)
    if not (norm in words.adverbial_head and norm in words.negation):   # "دون أن", not "قبل أن يقدم"
        return False
    q = tokens.next(k + 1, end)
    if q >= end or tokens.norm(q) not in words.complementizer:
        return False
    verb = tokens.next(q + 1, end)
    return verb < end and tokens.norm(verb) in words.unspecifying_verb


def _another_says(ctx: Context, k: int, end: int) -> bool:
    """"، رغم أن خبيرا ألمانيا أكد أن ...": after "despite", a أن (past "الرغم من" when written so),
    a subject of one to CONCESSIVE_SUBJECT_WORDS words and its own verb of saying: the writer sets
    another's words against what was said."""
    tokens = ctx.tokens
    q, steps = k, 0
    while q < end and steps < 3 and tokens.norm(q) not in tokens.words.complementizer:
        if not tokens.is_space(q):
            steps += 1   # "الرغم من أن"
        q += 1
    if q >= end or tokens.norm(q) not in tokens.words.complementizer:
        return False
    return _subject_then_saying(ctx, tokens.next(q + 1, end), end)


def contrasted_report(ctx: Context, k: int, end: int) -> bool:
    """"...، لكن محللين قالوا إن ...", "...، غير أن خبراء اقتصاديين أكدوا أن ...": "but" (لكن alone, or غير/بيد/إلا
    with أن), a subject of one to CONCESSIVE_SUBJECT_WORDS plain words and its own verb of saying: the writer
    sets another's report against what was said, which ends before "but"."""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(k)
    if norm not in words.topic_opener:
        return False
    q = tokens.next(k + 1, end)
    if q < end and tokens.norm(q) in words.complementizer:
        q = tokens.next(q + 1, end)   # "غير أن", "بيد أن", "لكن أن" is no Arabic but harmless
    elif norm not in words.bare_clause_link:
        return False   # "غير" alone is "non-", "إلا" alone "except"
    # "لكن المشكلة كما قال": a function word before the verb leaves it no subject of its own
    return _subject_then_saying(ctx, q, end, plain=True) or _apposed_then_saying(ctx, q, end)


APPOSED_AHEAD = 16   # words from "but" to the verb past a person's name and the title in apposition to it


def _apposed_then_saying(ctx: Context, q: int, end: int) -> bool:
    """From q on: a person's name, a comma and a title in apposition to it, then the person's own verb of
    saying ("، غير أن فلان، المتحدث باسم الحزب في البرلمان قال"): the first verb of saying ahead, with
    nothing glued before it, is that person's (speakers.before.apposed_person)."""
    from .speakers.before import apposed_person   # imported here: the speaker searches import this module
    tokens = ctx.tokens
    k = q
    for _ in range(APPOSED_AHEAD):
        if k >= end or tokens.text(k) in (".", ":", "؛"):
            return False
        cue = ctx.cues.at(k)
        if cue is not None and cue.kind in SPEECH_KINDS:
            return cue.prefix == 0 and apposed_person(ctx, k, q) is not None
        k = tokens.next(k + 1, end)
    return False


def _subject_then_saying(ctx: Context, q: int, end: int, plain: bool = False) -> bool:
    """From q on: a subject of one to CONCESSIVE_SUBJECT_WORDS words, then its own verb of saying with
    nothing glued before it; punctuation ends the search, and with `plain` a quote mark or a function word
    too, but a preposition after the subject's first word ("باحثين في علم الاجتماع يؤكدون"), and quote marks
    past it."""
    tokens = ctx.tokens
    subject, complement = 0, False
    while q < end and subject <= CONCESSIVE_SUBJECT_WORDS:
        cue = ctx.cues.at(q)
        if cue is not None and cue.kind in SPEECH_KINDS:
            return subject > 0 and cue.prefix == 0
        if tokens.is_quote(q) and complement:
            q = tokens.next(q + 1, end)   # 'خبراء في «الاقتصاد الإسلامي» قالوا': the complement's term quoted
            continue
        if tokens.is_punct(q) or (plain and (tokens.is_quote(q) or is_function_word(ctx.doc[q]))
                                  and not (subject > 0 and tokens.norm(q) in tokens.words.preposition)):
            # (a preposition after the subject's first word opens its complement: "خبراء في الاقتصاد قالوا")
            return False
        complement = complement or (subject > 0 and tokens.norm(q) in tokens.words.preposition)
        subject += 1
        # "لكن وزير الداخلية الكيني فلان قال": a name with the title that introduces it is one subject
        named = ctx.mentions.titled.get(q) or ctx.mentions.start_at.get(q)
        q = tokens.next(named.j if named is not None and named.j > q else q + 1, end)
    return False
