"""Who a sentence hands on to the next verb with no subject of its own: the subject of a sentence with
no statement, and whether someone other than the last speaker comes on stage."""
from __future__ import annotations

from spacy.tokens import Span

from ... import lexicon
from ..mentions import Candidate, match_title
from ..mentions.base import is_nisba
from .boundary import agency_tag_at
from .context import Context
from .referents.issuers import named_authors
from .referents.title_chains import person_ahead
from .speakers import named_later
from .speakers.carry import governed_word
from ..words import COMMAS, without_conjunction

# "من جهة أخرى،": the longest phrase fronted before a sentence's verb, comma included
FRONTED_PHRASE = 5
FRONTED_PREPOSITIONAL = 10   # one that opens with a preposition: "وفي أول مؤتمر صحافي له بعد إعلان النتائج،"
DISCOURSE_OPENER_WORDS = 3   # words of the longest discourse_opener ("في سياق متصل")
# words that open a clause whose subject comes first: "غير أن سوليبرغ ...", "لكن الوزارة ..."
TOPIC_OPENERS = lexicon.function_words().topic_opener
# the adjuncts a clause may open with before its verb ("أيضا"), bare or with و glued on ("وأيضا"): one set, so that
# each of a sentence's first words is one look-up
LEADING_ADJUNCTS = lexicon.function_words().adjunct | frozenset("و" + word for word in lexicon.function_words().adjunct)
# tokens from a bare title opening a sentence's subject to the name it introduces ("المدرب البرتغالي فلان")
TITLE_TO_NAME = 6
COMMA_TEXTS = frozenset(COMMAS)   # (a set: the words of a phrase are asked at once, in C)
DASHES = ("-", "–", "—")   # "(رويترز) - وقال": the dash after an agency's tag
STATE_KINDS = ("country", "capital")   # places.tsv kinds that stand for a government


def sentence_subject(ctx: Context, sent: Span, described: bool = True) -> str | None:
    """"هوّنت وزارة الخارجية من الخلاف. وقالت إن ...": a sentence with no statement that opens with a
    verb and its subject hands the subject on to the next sentence's verb without one; so does one
    whose clause opens with a person or body and its verb ("غير أن سوليبرغ تمسكت برأيها").
    `described`: a person that a trade noun or a nationality introduces counts too; asked for the verbs
    of the sentence itself, not the next sentence's, which may well go on with an earlier speaker."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norms, texts = tokens.norms, tokens.texts   # (read in place: asked of every sentence twice)
    end = sent.end
    first = _clause_opening(ctx, sent.start, end)
    # "ومن جهته، شبّه وزير الداخلية ...": adjuncts and commas before the verb
    while first < end and (norms[first] in LEADING_ADJUNCTS or texts[first] in COMMAS):
        first = tokens.next(first + 1, end)
    if first >= end:
        return None
    if mentions.in_a_mention(first) or norms[first] in TOPIC_OPENERS or first in mentions.titled:
        # (a title opening the sentence before its holder's name: "وزيرة الصحة فلانة تزور ...")
        return _topic_subject(ctx, first, sent.end, states=described)
    if tokens.in_class(first, tokens.words.act_negation):
        first = tokens.next(first + 1, sent.end)  # "ولم يوضح حالوتس هل ...": the verb after the negation
        if first >= sent.end:
            return None
    k = tokens.next(first + 1, sent.end)
    for _ in range(0 if described else VERB_SUBJECT_ADJUNCTS):
        # "ووقعت أمس الوزيرة فلانة اتفاقا. وقالت إن": a time word between the verb and its subject; for the
        # next sentence only: inside the sentence a verbal noun after it ("..., ودعم جهود") would take her
        if k >= sent.end or k in mentions.start_at or not _time_adjunct(tokens.words, tokens.norm(k)):
            break
        k = tokens.next(k + 1, sent.end)
    cand = mentions.start_at.get(k) if k < sent.end else None
    counted = None   # a crowd's count opens the subject: its من governs no object (_counted_group)
    if cand is None and k < sent.end and k in mentions.titled:
        cand = mentions.titled[k]
    if cand is None and k < sent.end and match_title(ctx.doc, k) is not None \
            and (person := person_ahead(ctx, k, sent.end, TITLE_TO_NAME)) is not None:
        cand = mentions.start_at[person.i]  # "وعقد المدرب فلان جلسة ... وقال إن": the person a title introduces
    if cand is None and k < sent.end and described:
        # "خرج آلاف المحتجين إلى الشوارع، ورددوا هتافات": for the sentence's own verbs only (the crowd is
        # seldom the one that speaks in the next sentence)
        cand = counted = _counted_group(ctx, k, sent.end)
    if cand is None and k < sent.end and described:
        cand = _described_person(ctx, k, sent.end)   # "وعقد المدرب فلان", "وعقد البرتغالي فلان جلسة ... وقال"
    if cand is None and k < sent.end and ctx.cues.kind_at(k) == "noun" and not tokens.is_comma(first) \
            and (authors := named_authors(ctx, k, sent.end)):
        return authors[0].key  # "وصدر بلاغ حمل توقيع فلان ويؤكد": the statement's author goes on to the next verb
    if cand is None or (tokens.governed(cand) and cand is not counted) or tokens.is_comma(first) \
            or tokens.norm(first) in tokens.words.preposition:
        return None
    if tokens.in_class(first, tokens.words.asking_verb):
        # "سأل الصحفيون الوزير فلان عن الخطة فاعتبر أن": the one asked answers, not the one asking
        return _asked(ctx, cand.j, sent.end)
    return mentions.key(cand)


# adjunct words ("أمس", "مساء أمس") that may stand between a verb and its subject
VERB_SUBJECT_ADJUNCTS = 2


def _time_adjunct(words: lexicon.FunctionWords, norm: str) -> bool:
    """A time word that stands between a verb and its subject ("أمس", "مساء", "اليوم"): an adjunct that is a
    part of the day, not "أيضا" ("وهناك أيضا فلان": there is, no verb before the name)."""
    return norm in words.adjunct and (norm in words.part_of_day or norm.removeprefix("ال") in words.part_of_day)


# words before a name that say what the person is, with no title of office: a trade ("المدرب") or a
# nationality ("البرتغالي"), one or two of them
DESCRIBING_WORDS = 2
PERSON_NOUNS = lexicon.function_words().person_noun


def _described_person(ctx: Context, pos: int, end: int) -> Candidate | None:
    """The person named right after a noun of trade or a nationality adjective that opens a verb's subject
    ("وعقد المدرب البرتغالي فلان جلسة", "والتقى الإيطالي فلان"): a title the lexicon does not list."""
    tokens, mentions = ctx.tokens, ctx.mentions
    q = pos
    for _ in range(DESCRIBING_WORDS):
        norm = tokens.norm(q)
        if not (norm in PERSON_NOUNS or (norm.startswith("ال") and is_nisba(norm))) or mentions.in_a_mention(q):
            return None
        q = tokens.next(q + 1, end)
        if q >= end:
            return None
        cand = mentions.start_at.get(q)
        if cand is not None:
            return cand if cand.type == "Person" else None
    return None


def _asked(ctx: Context, pos: int, end: int) -> str | None:
    """The person, body or group a verb of asking has for its object right after its subject ("الوزير فلان"
    through the title that introduces him); none when a preposition or punctuation comes first."""
    tokens, mentions = ctx.tokens, ctx.mentions
    q = tokens.next(pos, end)
    if q >= end or tokens.is_punct(q):
        return None
    cand = mentions.start_at.get(q) or mentions.titled.get(q)
    if cand is None and match_title(ctx.doc, q) is not None and (person := person_ahead(ctx, q, end, TITLE_TO_NAME)) is not None:
        cand = mentions.start_at[person.i]
    if cand is None or tokens.governed(cand) or cand.type not in ("Person", "Organization", "Group"):
        return None
    return mentions.key(cand)


def _clause_opening(ctx: Context, start: int, end: int) -> int:
    """The first token of the sentence start..end-1 past its dateline, a fronted phrase and an agency's tag. Asked
    of a sentence for its own verbs and again for the next sentence's (sentence_subject, `described` or not): kept."""
    key = ("clause_opening", start, end)
    if key not in ctx.memo:
        ctx.memo[key] = _after_agency_tag(ctx, _after_fronted_phrase(ctx, _after_dateline(ctx, start, end), end), end)
    return ctx.memo[key]


def _after_fronted_phrase(ctx: Context, start: int, end: int) -> int:
    """"من جهة أخرى، ...", "على صعيد آخر، ...": the first token after a short fronted phrase with no
    entity in it, closed by a comma; the sentence start when there is none."""
    tokens, mentions = ctx.tokens, ctx.mentions
    pos = tokens.next(start, end)
    if (after := _after_discourse_opener(ctx, pos, end)) is not None:
        return after
    # "وفي أول مؤتمر صحافي له بعد إعلان النتائج، ...": a phrase that opens with a preposition may run longer
    longest = FRONTED_PREPOSITIONAL if pos < end and _fronted_opener(tokens, tokens.norm(pos)) else FRONTED_PHRASE
    if COMMA_TEXTS.isdisjoint(tokens.texts[pos + 1:min(end, pos + longest)]):
        return pos   # (a fronted phrase ends at its comma: with none in reach, as in most sentences, none is read)
    governed_until = pos
    for k in range(pos, min(end, pos + longest)):
        if k in mentions.start_at and (tokens.governed(mentions.start_at[k]) or (
                longest == FRONTED_PREPOSITIONAL and mentions.start_at[k].type == "Place")):
            # "وفي القاهرة،": where, no subject; so too a place deeper in a phrase a preposition of where or when
            # opens ("وفي شوارع العاصمة X،")
            governed_until = mentions.start_at[k].j
        # (a statement noun may stand in a locative phrase: "وفي أول مؤتمر له بعد إعلان النتائج،"; a verb of
        # saying makes it a clause of its own)
        if (mentions.in_a_mention(k) and k >= governed_until) or (ctx.cues.at(k) is not None and not (
                longest == FRONTED_PREPOSITIONAL and ctx.cues.kind_at(k) == "noun")):
            return pos
        if tokens.texts[k] in COMMAS:   # (is_comma, read in place)
            return tokens.next(k + 1, end) if k > pos else pos
    return pos


# the words of where or when (locative, circumstance) that may open a fronted phrase: one set, not a union per sentence
PLACE_OR_TIME_WORDS = lexicon.function_words().locative | lexicon.function_words().circumstance


def _fronted_opener(tokens, norm: str) -> bool:
    """"وفي", "وفور", "وعقب": a word of where or when (locative, circumstance) that opens a fronted phrase,
    with و/ف or not; not "وعبر", "وبين", as often the verbs "expressed", "explained"."""
    words = tokens.words
    bare = without_conjunction(norm, PLACE_OR_TIME_WORDS)
    return bare in words.locative or (bare in words.circumstance and bare not in words.expressed_verb
                                      and bare not in words.clause_initial_verb)


DATELINE_TOKENS = 12   # tokens from a dateline's place to its dash: "المدينة، 6 تشرين الأول/أكتوبر 2020 -"


def _after_dateline(ctx: Context, start: int, end: int) -> int:
    """"المدينة، 6 ديسمبر 2024 - ألغت المحكمة ...": the first token after a dateline (a place, a date with
    digits in it, a dash) that opens the sentence; the sentence's start when none does. The place is where the
    report is filed from, no subject, and the verb after the dash opens the clause."""
    tokens, mentions = ctx.tokens, ctx.mentions
    pos = tokens.next(start, end)
    place = mentions.start_at.get(pos) if pos < end else None
    if place is None or place.type != "Place":
        return start
    dated = False
    for k in range(place.j, min(end, place.j + DATELINE_TOKENS)):
        if tokens.text(k) in DASHES:
            return tokens.next(k + 1, end) if dated else start
        if ctx.cues.at(k) is not None or (k in mentions.start_at and mentions.start_at[k].type != "Place"):
            return start
        dated = dated or any(ch.isdigit() for ch in tokens.text(k))
    return start


def _after_agency_tag(ctx: Context, pos: int, end: int) -> int:
    """"(رويترز) وقال إن ...": a news agency's tag that a sentence split left at the head of the next
    sentence credits the report before it; it is no subject, so the first word after it (and after a dash)
    is read instead, and the speaker before goes on."""
    tokens = ctx.tokens
    if pos >= end or not agency_tag_at(ctx, pos, end):
        return pos
    close = next((q for q in range(pos + 1, end) if tokens.text(q) == ")"), end)
    after = tokens.next(close + 1, end)
    return tokens.next(after + 1, end) if after < end and tokens.text(after) in DASHES else after


# the words before a space in a linking phrase ("من", "من جهة" of "من جهة أخرى"): a phrase's first word is one
DISCOURSE_OPENINGS = frozenset(phrase[:at] for phrase in lexicon.function_words().discourse_opener
                               for at, letter in enumerate(phrase) if letter == " ")


def _after_discourse_opener(ctx: Context, pos: int, end: int) -> int | None:
    """"من جهة أخرى قدم فلان ...", "وفي سياق متصل، أعلن ...": the first token after a fixed linking phrase
    (function_words.tsv discourse_opener) that opens the sentence, a comma after it or not; None when none does."""
    tokens, words = ctx.tokens, []
    k = pos
    if k < end and not tokens.puncts[k]:
        norm = tokens.norms[k]   # (the cursor's lists read in place: asked of every sentence)
        if (norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 2 else norm) not in DISCOURSE_OPENINGS:
            return None   # (the first word, bare, opens no linking phrase, as in most sentences: read no further)
    while k < end and len(words) < DISCOURSE_OPENER_WORDS:
        if tokens.is_punct(k):
            break
        norm = tokens.norm(k)
        words.append(norm[1:] if not words and norm[:1] in ("و", "ف") and len(norm) > 2 else norm)
        k = tokens.next(k + 1, end)
        if len(words) > 1 and " ".join(words) in tokens.words.discourse_opener:
            return tokens.next(k + 1, end) if k < end and tokens.is_comma(k) else k
    return None


def _topic_subject(ctx: Context, pos: int, end: int, states: bool = True) -> str | None:
    """The person or body that opens a clause (after "غير أن", "لكن"), when a word that is no entity
    (its verb) follows: "غير أن سوليبرغ تمسكت برأيها"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    while pos < end and tokens.norm(pos) in TOPIC_OPENERS:
        pos = tokens.next(pos + 1, end)
    cand = (mentions.start_at.get(pos) or mentions.titled.get(pos)) if pos < end else None
    if cand is None and pos < end and (later := named_later(ctx, pos, end)) is not None:
        cand = mentions.start_at.get(later.found[0].i)  # "لكن الليبرالي يان كوفالسكي تجنب": a title the lexicon lacks
    # "غير أن مئات من العمال ردوا ...، ورددوا": a crowd's count opens the clause, for the sentence's
    # own verbs only (`states`), as after a verb (_counted_group); its من governs no object
    counted = _counted_group(ctx, pos, end) if cand is None and pos < end and states else None
    if counted is not None:
        cand = counted
    # a state only for the sentence's own verbs (`states`): a place opening a sentence is seldom the one
    # that speaks in the next one
    if cand is None or (tokens.governed(cand) and cand is not counted) \
            or not (cand.type in ("Person", "Organization") or cand is counted or (states and _state(ctx, cand))):
        return None
    after = tokens.next(cand.j, end)
    if after < end and tokens.is_comma(after):
        after = _past_aside(ctx, after, end)   # "غير أن فلان، الرجل الثاني في الحزب، خرج ليعلن"
    if after >= end or tokens.is_punct(after) or mentions.in_a_mention(after):
        return None
    return mentions.key(cand)


TOPIC_ASIDE_WORDS = 12   # words of a description in apposition between two commas after a clause's subject


def _past_aside(ctx: Context, comma: int, end: int) -> int:
    """The word after the comma that closes a description in apposition opened by the comma at `comma`
    ("، نائب قائد الفرقة الثالثة،"), or `end` when none closes within a few words, a clause end or a cue
    stands in it, or it opens with another name (a list: "فلان، علان، ...")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = tokens.next(comma + 1, end)
    if first >= end or first in mentions.start_at:
        return end
    for k in range(first, min(end, first + TOPIC_ASIDE_WORDS)):
        if tokens.is_comma(k):
            return tokens.next(k + 1, end)
        if (tokens.is_punct(k) and not tokens.is_quote(k)) or ctx.cues.at(k) is not None:
            return end
    return end


def _state(ctx: Context, cand: Candidate) -> bool:
    """A country or its capital, standing for its government as a clause's subject ("موسكو تطرد الدبلوماسيين
    وتهدد بإجراءات"); no other place acts (a city or region opening a clause is where things happen)."""
    known = ctx.mentions.known.get(ctx.mentions.key(cand)) if cand.type == "Place" else None
    return known is not None and known.kind in STATE_KINDS


COUNT_WORDS = 2   # words that count a crowd roughly before its group noun: "عشرات الآلاف من المتظاهرين"


def _counted_group(ctx: Context, pos: int, end: int) -> Candidate | None:
    """The group a crowd's rough count introduces ("آلاف المحتجين", "عشرات الآلاف من المتظاهرين"): one or two
    partitive words, maybe من, then the group noun, governed by no preposition."""
    tokens, seen = ctx.tokens, 0
    while pos < end and seen < COUNT_WORDS and tokens.norm(pos) in tokens.words.partitive:
        pos, seen = tokens.next(pos + 1, end), seen + 1
    if not seen:
        return None
    partitive_from = pos < end and tokens.norm(pos) in tokens.words.source_link
    if partitive_from:
        pos = tokens.next(pos + 1, end)   # "آلاف من"
    group = ctx.mentions.start_at.get(pos) if pos < end else None
    if group is None or group.type != "Group":
        return None
    # the من of the count governs the group as no verb's object does: only a preposition glued on it does
    governed = any(ch in "بلك" for ch in tokens.clitic(group)) if partitive_from else tokens.governed(group)
    return None if governed else group


def another_actor(ctx: Context, sent: Span, speakers: tuple[str, ...]) -> bool:
    """Does the sentence name a person, body or group other than the speakers, or a title with no name
    ("الوزيرة"), where a subject may stand (no preposition before it)?"""
    tokens, mentions = ctx.tokens, ctx.mentions
    for k in range(sent.start, sent.end):
        cand = mentions.start_at.get(k)
        if cand is not None and cand.type in ("Person", "Organization", "Group") and not tokens.governed(cand) \
                and mentions.key(cand) not in speakers:
            return True
        if k in mentions.bare and not governed_word(ctx, k):
            return True
    return False
