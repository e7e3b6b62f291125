"""The last speaker goes on ("وأضاف", "مؤكدا"), unless the verb has a subject of its own or its gender
tells another; a plural verb speaks for the group before it."""
from __future__ import annotations

import bisect
from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import normalize, strip_article
from ...mentions.base import countries
from ...words import COMMAS, PRONOUN_SUFFIXES, stop_prepositions, without_conjunction
from ..context import Context
from ..cues import SPEECH_KINDS, Cue
from ..cursor import GOVERNED_ARTICLE
from ..index import Found
from .base import (CLAUSE_ENDS, NO_SUBJECT, QAD, SAY_LEMMA, SPEAKER_TYPES, UNNAMED, cue_form, feminine_verb,
                   is_participle, nominative_plural, oblique_plural, Outcome, Query, Seen, Speakers)
from .slot import subjects_after
from .own_subjects import (QUANTIFIERS, counted_crowd, person_named_in_what_follows, possessed_subject,
                           quantified_people, quoted_subject)
from .relay import RELAY_LEMMAS


# words that are never a name, common nouns aside (a common noun after "وأفادت" is its subject: "معلومات")
TOPIC_OPENERS = lexicon.function_words().topic_opener
PREPOSITIONS = stop_prepositions()
# words that join or open clauses: "عندما قال", "مثلما أكد", "الذي قال"
CONNECTIVES = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv")
                        if row["kind"] in ("conjunction", "particle", "relative", "interrogative"))
STOPWORDS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv") if row["kind"] != "common_noun")
STOP_OR_PREPOSITION = STOPWORDS | PREPOSITIONS   # (a function word before a verb: read as one set, not joined per call)
# the words that open a phrase fronted before the verb (prepositions, adjuncts, fronted heads; clause_opening asks it of
# every cue: one set, made once)
FRONTED_HEADS = lexicon.function_words().preposition | lexicon.function_words().adjunct | PREPOSITIONS | \
    lexicon.function_words().fronted_head
SUBJECT_PAST_ADJUNCT = 8      # tokens from a verb to what it says: "وقال في لقاء تلفزيوني الدبلوماسي إن"
ANTECEDENT_WALK = 12          # tokens back from a plural verb to the group it speaks for
REPORT = "report"            # the act of أفاد, ذكر, نقل, أورد
PRESENT_THIRD = ("ي", "ت")    # the prefixes of a present verb of the third person ("يؤكد", "تشير")
ACCUSATIVE_ENDING = "ا"          # "مؤكدا": the accusative singular of a participle
REPLY_STEM = normalize("رد")   # "رده", "ردها": his, her reply ("في ردها على الصحفيين")
FRONTED_SUBJECT_LINK = "ف"   # "أما فلان فقال": the ف that takes up a subject set before the verb
REPORTING_LINKS = lexicon.function_words().agent_link | lexicon.function_words().according_to


def previous_speaker(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """A verb with no subject of its own continues the last speaker ("وأضاف أن", "وشددوا على",
    "مشيرا إلى"); a bare imperfect ("يذكر أن": it is said) does not."""
    if seen.unnamed or not q.last_speakers:
        return None
    tokens, words = ctx.tokens, ctx.tokens.words
    k, start, end, prefix = q.cue.i, q.start, q.end, q.cue.prefix
    nxt = tokens.next(k + 1, end)
    form = cue_form(ctx, q.cue)
    prev = tokens.prev(k, start)
    if prev is not None and tokens.norm(prev) == QAD:
        before = tokens.prev(prev, start)
        if before is not None and tokens.norm(before) not in words.clause_opener:
            return None  # "وكانت نقابات محلية قد طالبت": a subject of its own, not one we know
    # participles of manner ("مشيرا", "داعيا", "قائلا") continue the clause's speaker
    participle = (form.startswith("م") and len(form) > 4) or is_participle(ctx, q.cue)  # not "ومضى"
    if participle and prev is None and not _opening_participle(ctx, form):
        return None  # "مطالبة صينية ...": opening its sentence, it is a noun, with no clause to go on with
    if participle and prev is not None and tokens.norm(prev) in words.copula:
        return None  # "التي تكون لافتة للأنظار": the predicate of a verb of being, no saying
    continues = prefix > 0 or q.cue.kind == "continuation" or participle or \
        (prev is not None and tokens.norm(prev) in words.clause_opener) or _bare_opening(ctx, q, nxt) \
        or _joined_negation(ctx, prev) or (nxt < end and _pronoun_subject(ctx, prev, nxt, start)) \
        or (nxt < end and _what_it_calls(ctx, prev, nxt, form))
    if continues and nxt < end and _heads_a_name_of(ctx, nxt, q.last_speakers):
        return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), nxt + 1)
    if continues and nxt < end and tokens.norm(nxt) in words.complementizer \
            and person_named_in_what_follows(ctx, nxt + 1, end, q.last_speakers):
        return None   # "وقال إن خطاب فلان ...": he is spoken of, so he is not the one who speaks
    # (a participle of manner has no subject of its own: a group or source after it is its object, "داعيا جميع
    # المواطنين إلى", "متهما جهات خارجية بـ")
    if continues and not participle and nxt < end and (some := quantified_people(ctx, nxt, end)) is not None:
        # "ويعتبر بعض المحللين أن": the group that spoke last, or one that says what follows it at once, speaks
        key = ctx.mentions.key(some)
        said = tokens.next(some.j, end)
        return Speakers((ctx.mentions.found(some),), some.j) if key in q.last_speakers or (
            said < end and (tokens.norm(said) in words.complementizer or tokens.is_quote(said)
                            or tokens.text(said) == ":")) else None
    if continues and not participle and nxt < end and ((is_unnamed_source(ctx, nxt) and not _plural_object(ctx, nxt))
                                                       or _unknown_name(ctx, q.cue, nxt)
                                                       or quoted_subject(ctx, nxt, end)
                                                       or possessed_subject(ctx, q.cue.lemma, q.cue.entry.act, nxt, end)
                                                       or counted_crowd(ctx, nxt, end, feminine_verb(ctx, q.cue))):
        # "وأكد مصدر مسؤول", "وأضاف المصدر", "وقال فلان", "وأعلن حزبه أنه", "كما أعلنت مصارف عدة أنها": a subject of
        # its own, unnamed or unknown
        return None
    if continues and not participle and nxt < end and _share_of_group(ctx, nxt, end):
        return None  # "وأيد 60 في المئة من الناخبين": a share of a group is the verb's own subject
    if continues and (_subject_past_pronoun(ctx, q.cue, nxt, end) or _subject_past_adjunct(ctx, q.cue, nxt, end)):
        return None  # "وقال عنه مسؤول آخر", "وقال في لقاء تلفزيوني الدبلوماسي إن": a subject after an adjunct
    if prefix and ctx.tokens.text(k).startswith(FRONTED_SUBJECT_LINK) and _titled_subject_of_another_country(ctx, q):
        return None   # "أما وزير الخارجية الكيني فلان فصرح": the subject before فـ, not the last speaker
    if not prefix and not participle and prev is not None and preposed_subject(ctx, prev) \
            and not _joined_negation(ctx, prev) and clause_opening(ctx, q) is not None:
        return None  # "لكن التجارب الماضية تشير إلى": the noun before the verb is its subject
    if continues and not participle and (titled := _person_past_unknown_title(ctx, q)) is not None:
        return Speakers((titled,), titled.j)   # "ووصف عميد الأطباء فلان الوضع بأنه": he, past a title no table lists
    if continues and not participle and seen.group_object and nxt < end \
            and (crowd := _indefinite_group_subject(ctx, nxt, end)) is not None and crowd.key not in q.last_speakers:
        return Speakers((crowd,), crowd.j)   # "فيما اتهم سكان السلطات بـ", "ووصف محامون التصريحات": its own subject
    if continues and (crowd := _group_of_plural_clause(ctx, q, form)) is not None:
        return Speakers((crowd,), k + 1)   # "وتجمع مئات المحتجين أمام المقر، ورددوا": the crowd, not the last speaker
    start_at = ctx.mentions.start_at
    if continues and prefix and not participle and nxt < end and (nxt not in start_at or tokens.governed(start_at[nxt])) \
            and (inner := _joined_clause_subject(ctx, q, form)) is not None and inner.key not in q.last_speakers:
        return Speakers((inner,), k + 1)   # "بعد أن رفض المجلس الطلب وأعلن": the clause's subject, not the outer speaker
    if continues and prefix and not participle and nxt < end and (nxt not in start_at or tokens.governed(start_at[nxt])) \
            and (titled := _titled_clause_subject(ctx, q, form)) is not None and titled.key not in q.last_speakers:
        return Speakers((titled,), k + 1)   # "وقبل الرئيس العرض، ودعا": the title's holder, not the last speaker
    if continues and prefix and not participle and nxt < end and (nxt not in start_at or tokens.governed(start_at[nxt])) \
            and (named := _named_clause_subject(ctx, q, form)) is not None and named.key not in q.last_speakers:
        return Speakers((named,), k + 1)   # "واتهم المتحدث فلان X، وقال": the clause's named subject, not the last speaker
    if continues and nxt < end and (nxt not in start_at or seen.group_object or participle
                                    or tokens.governed(start_at[nxt]) or _plural_object(ctx, nxt)) \
            and (agrees(ctx, form, q.last_speakers) or _spoken_through_members(ctx, q)):
        # a participle goes on with its clause's subject whatever its form, but not with a country whose verbs
        # told the other gender ("طالبت الصين ... وأعرب عن أسفه مشيرا إلى": the man who regretted)
        if same_gender(ctx, form, q.cue.lemma, q.last_speakers, [*q.history, *q.in_sentence]) \
                or _document_of_body(ctx, nxt, end, q.last_speakers) \
                or (participle and ctx.mentions.type_of(q.last_speakers[0]) != "Place"
                    and not _lone_person_of_earlier_sentence(ctx, q)):
            return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), k + 1)
        if opens_content(ctx, nxt) and (other := speaker_before_of_gender(ctx, q, form)) is not None:
            return Speakers((Found(other, -1, -1),), k + 1)
    return None


DECIMAL_MARKS = (".", ",", "٫")
SHARE_WORDS = 3   # words of a share between its number and من: "في المئة", "بالمئة", "%"
# number words of stopwords.tsv ("بالمئة", "في المئة", "ألف"): what may follow a number in digits
NUMBER_WORDS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv") if row["kind"] == "number")


def _share_of_group(ctx: Context, pos: int, end: int) -> bool:
    """"وأيد 60 في المئة من الناخبين", "ورفض 40% من المشاركين": a number in digits right after the verb, the words
    of its share, and a partitive من before a group (or a sound plural noun, "المقترعين"): the verb's subject is
    that share of the group."""
    tokens = ctx.tokens
    if not any(ch.isdigit() for ch in tokens.text(pos)):
        return False
    k = tokens.next(pos + 1, end)
    while k < end and (tokens.text(k) in DECIMAL_MARKS or tokens.text(k).isdigit()):
        k = tokens.next(k + 1, end)   # "66.4": a number the tokenizer split at its decimal mark
    first_share_word = k
    for _ in range(SHARE_WORDS):
        if k >= end:
            return False
        if tokens.norm(k) == PARTITIVE_FROM:
            people = tokens.next(k + 1, end)
            group = ctx.mentions.start_at.get(people)
            plural = people < end and (oblique_plural(tokens.norm(people)) or nominative_plural(tokens.norm(people)))
            return k > first_share_word and ((group is not None and group.type == "Group") or plural)
        two = tokens.next(k + 1, end)
        if two < end and f"{tokens.norm(k)} {tokens.norm(two)}" in NUMBER_WORDS:
            k = two   # "في المئة": a share of two words
        elif not (tokens.norm(k) in NUMBER_WORDS or tokens.in_class(k, tokens.words.number) or tokens.text(k) == "%"):
            return False
        k = tokens.next(k + 1, end)
    return False


def _plural_object(ctx: Context, nxt: int) -> bool:
    """"ودعا المسؤولين إلى": a group right after the verb in the oblique plural (-ين) is its object, never
    its subject (a subject is nominative: "وقال المسؤولون"), so the verb may still go on with the speaker."""
    group = ctx.mentions.start_at.get(nxt)
    return group is not None and group.type == "Group" and oblique_plural(ctx.tokens.norm(nxt))


INDEFINITE_GROUP_LINKS = frozenset({"من", "في"})   # "منظمات من المجتمع المدني", "ناجون في المدينة": no construct


def _indefinite_group_subject(ctx: Context, pos: int, end: int) -> Found | None:
    """"فيما ناشد ناجون الحكومة", "واتهمت جمعيات من الريف الشركة بـ", "هاجم دعاة محافظون القرار": an
    indefinite group right after a finite verb (no article, no pronoun on it, no definite noun or name in construct
    after it, not in the oblique case of an object) is the verb's subject, VSO, not its object: an object group
    after a verb of news is definite ("وطالبت المجتمع الدولي", "ودعا أنصاره")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    group = mentions.start_at.get(pos)
    if group is None or group.type != "Group":
        return None
    text, norm = tokens.text(pos), tokens.norm(pos)
    if norm.startswith("ال") or text.endswith(PRONOUN_SUFFIXES) or oblique_plural(norm):
        return None
    nxt = tokens.next(pos + 1, end)
    if nxt < end and not nominative_plural(tokens.norm(nxt)) and tokens.norm(nxt) not in INDEFINITE_GROUP_LINKS \
            and (nxt < group.j or tokens.norm(nxt).startswith("ال") or mentions.in_a_mention(nxt)):
        return None   # "أنصار الحزب", "سكان عاصمة الإقليم": in construct, as an object may be
    return mentions.found(group)


def plural_cue(form: str) -> bool:
    """"رددوا", "يهتفون", "مرددين": a verb or participle of a masculine plural subject."""
    return masculine_plural_verb(form) or (len(form) >= 5 and form.startswith("م") and form.endswith("ين"))


def _group_of_plural_clause(ctx: Context, q: Query, form: str) -> Found | None:
    """"وسرعان ما تجمع مئات المحتجين أمام المقر، وأضرموا النار، ورددوا هتافات", "فتجمع عشرات الطلاب مرددين",
    "قال شهود إن المحتجين أغلقوا الطريق، ورددوا شعارات": a plural verb or participle whose clause chain opened
    with a group as the subject of another verb in its own sentence (after the last statement's cue there) goes
    on with that group, not with a speaker named before it. The group is the nearest one before the verb, no
    preposition governs it, its head is nominative (a sound plural in -ين only after إن/أن or a number: "إن
    المحتجين", "عشرات المحتجين"), a plural verb follows it or a verb stands before it, and no other cue stands
    between. Inside the last statement's content a verb of continuing or saying ("وأضافوا", "وقالوا"), or one
    with أن/إن right after it ("مؤكدين أن"), still goes on with that statement's speaker."""
    if not plural_cue(form):
        return None
    tokens, mentions = ctx.tokens, ctx.mentions
    first = q.start
    if q.in_sentence:
        first = bisect.bisect_left(tokens.starts, q.in_sentence[-1].cue_span[1])
        if q.cue.kind == "continuation" or normalize(q.cue.lemma) == SAY_LEMMA:
            return None
    group = next((c for c in sorted(mentions.cands, key=lambda c: -c.i)
                  if first <= c.i and c.j <= q.cue.i and c.type == "Group"), None)
    if group is None or tokens.governed(group) or mentions.key(group) in q.last_speakers \
            or any(ctx.cues.at(p) is not None for p in range(group.j, q.cue.i)):
        return None
    before = tokens.prev(group.i, first)
    after = tokens.next(group.j, q.cue.i)
    said = tokens.next(q.cue.i + 1, q.end)
    if before is not None and tokens.norm(before) in tokens.words.complementizer \
            and said < q.end and tokens.norm(said) in tokens.words.complementizer:
        return None   # "نقل سكان أن المسلحين انسحبوا، مؤكدين أن": the group is inside what was said; its tellers go on
    if oblique_plural(tokens.norm(group.i)) and not (
            before is not None and (tokens.norm(before) in tokens.words.complementizer
                                    or tokens.in_class(before, tokens.words.number))):
        return None   # "قمع المتظاهرين": a genitive or object, no subject
    if before is not None and tokens.in_class(before, tokens.words.number):
        before = tokens.prev(before, first)   # "تجمع عشرات الطلاب": the verb before the number
    verb_after = after < q.cue.i and masculine_plural_verb(tokens.norm(after))
    verb_before = before is not None and _opening_verb_word(ctx, before)
    return mentions.found(group) if verb_after or verb_before else None


def _opening_verb_word(ctx: Context, k: int) -> bool:
    """Can the word at k be a verb opening a clause before its subject ("تجمع", "فتجمع", "احتفل"): an Arabic word
    of three letters or more, no cue, name, article, function word, number or punctuation."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    bare = norm[1:] if norm[:1] in ("و", "ف") and len(norm) > 3 else norm
    return norm.isalpha() and len(bare) >= 3 and not bare.startswith("ال") and ctx.cues.at(k) is None \
        and not ctx.mentions.in_a_mention(k) and norm not in NO_SUBJECT and bare not in NO_SUBJECT \
        and norm not in STOPWORDS and bare not in STOPWORDS and not tokens.in_class(k, tokens.words.number)


UNKNOWN_TITLE_WORDS = 5   # words of a title phrase no table lists, between a verb and the name it describes
TELLING_VERBS = lexicon.function_words().telling_verb


def _person_past_unknown_title(ctx: Context, q: Query) -> Found | None:
    """"ووصف عميد الأطباء فلان الوضع بأنه", "وناشد كاهن الكنيسة الأب فلان المصلين": a person named a few words
    after the verb, past words that open no mention (a title the tables do not list), and then at once the verb's
    object (a definite noun or a quote), is the verb's subject: a name inside the object ("وانتقد قرار الرئيس فلان
    بشدة") leaves no room for a second definite object after it ("اعتبر قرار فلان خطوة" deems the decision with an
    indefinite one). Not after a verb of telling, whose object may come first ("أبلغ نظيره فلان أن")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    lemma = normalize(q.cue.lemma)
    if lemma in TELLING_VERBS:
        return None
    first = tokens.next(q.cue.i + 1, q.end)
    if first >= q.end or first in mentions.start_at or first in mentions.titled or governed_word(ctx, first) \
            or tokens.norm(first) in NO_SUBJECT or tokens.norm(first) in STOPWORDS:
        return None
    k, words = first, 0
    while k < q.end and words <= UNKNOWN_TITLE_WORDS:
        if tokens.is_punct(k) or tokens.is_quote(k) or ctx.cues.at(k) is not None \
                or tokens.norm(k) in tokens.words.complementizer or tokens.norm(k) in PREPOSITIONS:
            return None
        person = mentions.start_at.get(k)
        if person is not None and k > first and person.type == "Person" and not tokens.governed(person):
            after = tokens.next(person.j, q.end)
            if after >= q.end or not (tokens.is_quote(after) or (object_word(ctx, after) and tokens.text(after).startswith("ال"))) \
                    or mentions.key(person) in q.last_speakers:
                return None
            return mentions.found(person)
        k, words = tokens.next(k + 1, q.end), words + 1
    return None


def _what_it_calls(ctx: Context, prev: int | None, nxt: int, form: str) -> bool:
    """"وقصفت الطائرات ما قالت إنها مواقع للمسلحين", "هاجموا ما قالوا إنه مقر": the relative ما, the verb, and
    at once إن/أن: what the clause's subject calls the thing it acted on. The verb has no subject of its own
    (one named after it, "ما قاله الوزير", is no such clause), so the clause's subject goes on as its speaker."""
    if prev is None:
        return False
    tokens = ctx.tokens
    before = tokens.prev(prev)
    # not "وهو ما يؤكد أن", "ما يشير إلى أن": a fact that confirms or points to something (a present verb, or
    # ما taken back by a pronoun before it), no one saying it
    return tokens.in_class(prev, tokens.words.what_relative) and tokens.norm(nxt) in tokens.words.complementizer \
        and not (before is not None and tokens.in_class(before, tokens.words.resumptive_what)) \
        and not form.startswith(PRESENT_THIRD)


def _pronoun_subject(ctx: Context, prev: int | None, nxt: int, start: int) -> bool:
    """"وهو يقول إن", "فهم يرون أن"; "إلا أنه قال إن", "غير أنها أشارت إلى أن" (أن with the pronoun after a
    word of "but", topic_opener): a pronoun is the verb's subject, and the speaker before goes on (as after
    "لكنه") when what was said opens at `nxt`, right after the verb ("إلا أنها رفضت ذلك" may be anyone named
    before). After a bare pronoun only أن/إن, a colon or a quote open it: "وهو يتحدث عن", "وهو طالب في" (a
    student) are no saying."""
    if prev is None:
        return False
    tokens = ctx.tokens
    if tokens.in_class(prev, tokens.words.subject_pronoun):
        return tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":" or tokens.is_quote(nxt)
    if not opens_content(ctx, nxt):
        return False
    norm = ctx.tokens.norm(prev)
    pronoun = next((suffix for suffix in PRONOUN_SUFFIXES if norm.endswith(suffix)), None)
    if pronoun is None or norm[:-len(pronoun)] not in ctx.tokens.words.complementizer:
        return False
    but = ctx.tokens.prev(prev, start)
    return but is not None and ctx.tokens.in_class(but, TOPIC_OPENERS)


def _opening_participle(ctx: Context, form: str) -> bool:
    """"... إن المحصول سيزيد. مؤكدا أن الأسعار ستبقى": a listed participle of manner in the accusative
    (ـا) that opens a sentence still goes on with the speaker before, cut off by a full stop the writer put
    for a comma. A noun opening a sentence is never accusative, so "مطالبة صينية" stays a noun."""
    return form in ctx.tokens.words.manner_participle and form.endswith(ACCUSATIVE_ENDING)


JOINED_CLAUSE_WORDS = 10   # words back from a verb joined by و to the subject of the clause it follows
VERB_CLAUSE_OPENERS = lexicon.function_words().verb_clause_opener


def _titled_subject_of_another_country(ctx: Context, q: Query) -> bool:
    """"أما وزير الخارجية الكيني فلان فصرح": a bare title of a country between the clause's last punctuation
    and the verb is the verb's subject fronted (a name after it the finders may miss); when no last speaker
    holds an office of that country, the verb does not go on with them."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k = tokens.prev(q.cue.i, q.start)
    while k is not None and not tokens.is_punct(k) and not tokens.is_quote(k) and ctx.cues.at(k) is None:
        bare = mentions.bare.get(k)
        if bare is not None and bare.stop <= q.cue.i and bare.role_of is not None and bare.role_of in countries() \
                and not any(r.of_key == bare.role_of for key in q.last_speakers
                            if (ent := mentions.entities.get(key)) is not None for r in ent.roles):
            return True
        k = tokens.prev(k, q.start)
    return False


def _joined_clause_subject(ctx: Context, q: Query, form: str) -> Found | None:
    """"قال فلان إن ... بعد أن انتقد النائب علان القرار وأعلن أنه ...": a verb joined by و right after a
    clause that opens with its verb, its own subject named after it and then an object, goes on with that
    subject, not with a speaker before it. The clause's verb is a cue or follows a word that opens a verbal
    clause ("بعد أن", "عندما"); an object after the subject tells it is no object itself ("بعد أن التقى
    الرئيس فلان في" may be "after he met"); no punctuation, أن/إن or other cue stands between, and the
    verbs agree in gender when both tell it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, seen = tokens.prev(q.cue.i, q.start), 0
    while k is not None and seen < JOINED_CLAUSE_WORDS:
        if tokens.is_punct(k) or tokens.is_quote(k) or tokens.norm(k) in tokens.words.complementizer:
            return None
        c = mentions.end_at.get(k)
        if c is None:
            if ctx.cues.at(k) is not None:
                return None
            k, seen = tokens.prev(k, q.start), seen + 1
            continue
        first = c.title_i if c.title_i is not None and c.title_i < c.i else c.i
        verb = tokens.prev(first, q.start)
        after = tokens.next(c.j, q.cue.i)
        if c.type in SPEAKER_TYPES and not tokens.governed(c) and verb is not None \
                and after < q.cue.i and object_word(ctx, after) and _opens_with_verb(ctx, verb, q.start):
            key = mentions.key(c)
            then = _clause_verb_gender(ctx, verb)
            now = verb_gender(form, q.cue.lemma)
            if not agrees(ctx, form, (key,)) or (then is not None and now is not None and then != now):
                return None
            return mentions.found(c)
        k, seen = tokens.prev(first, q.start), seen + 1
    return None


def _titled_clause_subject(ctx: Context, q: Query, form: str) -> Found | None:
    """"وقبل الرئيس العرض، ودعا في كلمة إلى": a verb joined by و right after a comma that closes a clause of
    its sentence opened by a verb (no cue) with a bare title as its subject goes on with the person that title
    refers to, not with the last speaker; the title's person agrees with the verb."""
    from ..referents.title_holders import title_referent   # here: the referents import the speakers
    tokens, mentions = ctx.tokens, ctx.mentions
    comma = tokens.prev(q.cue.i, q.start)
    if comma is None or not tokens.is_comma(comma):
        return None
    k = tokens.prev(comma, q.start)
    while k is not None and not tokens.is_punct(k) and not tokens.is_quote(k):
        if ctx.cues.at(k) is not None or tokens.norm(k) in tokens.words.complementizer:
            return None
        k = tokens.prev(k, q.start)
    verb = q.start if k is None else tokens.next(k + 1, comma)
    bare = mentions.bare.get(verb + 1)
    if bare is None or bare.stop >= comma or tokens.is_punct(verb) or mentions.in_a_mention(verb) \
            or tokens.norm(verb) in NO_SUBJECT:
        return None
    function_word = without_conjunction(tokens.norm(verb), STOPWORDS) in STOP_OR_PREPOSITION
    if function_word and not object_word(ctx, bare.stop):
        return None   # "وقبل الرئيس، قال": a preposition ("before"); a verb ("accepted") has its object after the title
    key = title_referent(ctx, bare.title, bare.role_of, bare.i)
    if key is None or mentions.type_of(key) != "Person" or not agrees(ctx, form, (key,)):
        return None
    return Found(key, bare.i, bare.stop)


def _named_clause_subject(ctx: Context, q: Query, form: str) -> Found | None:
    """"واتهم المتحدث باسم الحكومة فلان «جهات» بإشعال الأزمة، وقال إن": a verb joined by و right after a comma that
    closes a clause opening its sentence with a verb (no cue that made a statement), its subject a named person or
    body (with its title) right after that verb and an object after the subject, goes on with that subject, not
    with the last speaker of a sentence before; the subject agrees with the verb."""
    tokens, mentions = ctx.tokens, ctx.mentions
    comma = tokens.prev(q.cue.i, q.start)
    if comma is None or not tokens.is_comma(comma):
        return None
    k = tokens.prev(comma, q.start)
    # (quotation marks of a quoted object are no end of the clause: "اتهم فلان «جهات» بـ")
    while k is not None and (not tokens.is_punct(k) or tokens.is_quote(k)):
        if tokens.norm(k) in tokens.words.complementizer:
            return None
        k = tokens.prev(k, q.start)
    if k is not None:
        return None   # the clause opens the sentence: not one after another clause's punctuation
    verb = q.start
    if tokens.is_punct(verb) or tokens.is_quote(verb) or mentions.in_a_mention(verb) or tokens.norm(verb) in NO_SUBJECT \
            or without_conjunction(tokens.norm(verb), STOPWORDS) in STOP_OR_PREPOSITION:
        return None
    first = tokens.next(verb + 1, comma)
    c = mentions.titled.get(first) or mentions.start_at.get(first)
    if c is None or c.type not in ("Person", "Organization") or c.j >= comma or tokens.governed(c):
        return None
    after = tokens.next(c.j, comma)
    if after >= comma or not (object_word(ctx, after) or tokens.is_quote(after)):
        return None
    key = mentions.key(c)
    if key is None or not agrees(ctx, form, (key,)):
        return None
    then, now = _clause_verb_gender(ctx, verb), verb_gender(form, q.cue.lemma)
    if then is not None and now is not None and then != now:
        return None
    return mentions.found(c)


def object_word(ctx: Context, p: int) -> bool:
    """A word that can open a verb's object: no punctuation, function word, preposition, nor a word a
    preposition governs ("للقرار", "بالمشروع")."""
    tokens = ctx.tokens
    norm = tokens.norm(p)
    if tokens.is_punct(p) or tokens.is_quote(p) or not norm.isalpha() \
            or norm in NO_SUBJECT or norm in STOPWORDS or norm in PREPOSITIONS:
        return False
    cand = ctx.mentions.start_at.get(p)
    if cand is not None:
        return not tokens.governed(cand)
    return not tokens.text(p).startswith(GOVERNED_ARTICLE)


def _opens_with_verb(ctx: Context, verb: int, start: int) -> bool:
    """Is the word at `verb` the verb opening its clause: a verb cue, or any word after "بعد أن", "عندما" ...?"""
    tokens = ctx.tokens
    cue = ctx.cues.at(verb)
    if cue is not None:
        return cue.kind in SPEECH_KINDS and not is_participle(ctx, cue)
    if tokens.is_punct(verb) or ctx.mentions.in_a_mention(verb) or tokens.norm(verb) in NO_SUBJECT:
        return False
    one = tokens.prev(verb, start)
    if one is None:
        return False
    two = tokens.prev(one, start)
    opener = [tokens.norm(one)] if two is None else [tokens.norm(one), f"{tokens.norm(two)} {tokens.norm(one)}"]
    return any(without_conjunction(w, VERB_CLAUSE_OPENERS) in VERB_CLAUSE_OPENERS for w in opener)   # "وبعد أن"


def _clause_verb_gender(ctx: Context, verb: int) -> str | None:
    """The gender of the clause's verb: a cue's as its form tells; another perfect verb in -ت is feminine."""
    cue = ctx.cues.at(verb)
    if cue is not None:
        return verb_gender(cue_form(ctx, cue), cue.lemma)
    norm = ctx.tokens.norm(verb)
    return "f" if norm.endswith("ت") else "m" if not norm.endswith(("وا", "ا")) else None


def _joined_negation(ctx: Context, prev: int | None) -> bool:
    """"ولم يستبعد أن", "ولم ينف": لم/لن carrying و or ف joins the verb after it to the clause before."""
    return prev is not None and ctx.tokens.text(prev)[:1] in ("و", "ف") \
        and ctx.tokens.in_class(prev, ctx.tokens.words.act_negation)


def _bare_opening(ctx: Context, q: Query, nxt: int) -> bool:
    """"قال إن ...", "يقول: «...»", "وعن الأزمة يقول إن ...": a verb with no conjunction that opens its
    sentence, or its clause after a fronted phrase, with what was said right after it: it has no subject; so
    too one after a comma with a colon or quote right after it ("...، قال: «...»")."""
    tokens = ctx.tokens
    if nxt >= q.end or not (tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":"
                            or tokens.is_quote(nxt)):
        return False
    prev = tokens.prev(q.cue.i, q.start)
    if prev is not None and tokens.is_comma(prev):
        # "...، قال: «...»": the clause's subject goes on; so after a fronted phrase of reply or comment that
        # opens the sentence ("وفي معرض ردوده على الأسئلة، أكد أن")
        return tokens.text(nxt) == ":" or tokens.is_quote(nxt) or _fronted_reply(ctx, q.start, prev)
    return prev is None or clause_opening(ctx, q) is None


FRONTED_REPLY_WORDS = 3   # words from a sentence's start to the word of reply that opens its fronted phrase ("وفي معرض رده")


def _fronted_reply(ctx: Context, start: int, comma: int) -> bool:
    """Does the sentence open with a phrase of reply or comment ("ردا على سؤال", "وفي ردها على", "وتعليقا
    على") that runs to the comma, with no name in it that could be a subject?"""
    tokens, words = ctx.tokens, ctx.tokens.words
    k, seen = tokens.next(start, comma), 0
    reply = False
    while k < comma and seen < FRONTED_REPLY_WORDS and not reply:
        norm = tokens.norm(k)
        bare = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm
        reply = bare in words.fronted_head or (seen > 0 and strip_article(bare).startswith(REPLY_STEM)
                                               and bare.endswith(PRONOUN_SUFFIXES))
        seen += 1
        k = tokens.next(k + 1, comma)
    return reply and not any(c.type in SPEAKER_TYPES and not tokens.governed(c)
                             for c in ctx.mentions.cands if start <= c.i < comma)


def plural_antecedent(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"والتقى الوزير المحتجين وقالوا له إن", "سألت عددا من السكان فقالوا": a masculine plural verb joined
    by و/ف with no subject of its own, that no earlier speaker agrees with, speaks for the nearest
    group named before it in its sentence."""
    tokens, mentions = ctx.tokens, ctx.mentions
    form = cue_form(ctx, q.cue)
    if seen.unnamed or not q.cue.prefix or is_participle(ctx, q.cue) or not masculine_plural_verb(form):
        return None
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt < q.end and (nxt in mentions.start_at or is_unnamed_source(ctx, nxt) or _unknown_name(ctx, q.cue, nxt)):
        return None  # "وقال المحتجون", "وقال مسؤولون": a subject of its own
    # the nearest group, in a clause with no other speech verb (whose subject it would be) nor أن/إن
    # before the verb (the group would be inside what someone said)
    if any(ctx.cues.kind_at(p) in SPEECH_KINDS or tokens.norm(p) in tokens.words.complementizer
           for p in range(q.start, q.cue.i)):
        return None
    for p in range(q.cue.i - 1, max(q.start, q.cue.i - ANTECEDENT_WALK) - 1, -1):
        c = mentions.end_at.get(p)
        if c is not None and c.i >= q.start and c.type == "Group":
            return Speakers((mentions.found(c),), q.cue.i + 1)
    return None


PREPOSITION_PRONOUNS = (*PRONOUN_SUFFIXES, "هن")   # "عنه", "لها", "عليهم", "لهن": a preposition with a pronoun


def _subject_past_pronoun(ctx: Context, cue: Cue, pos: int, end: int) -> bool:
    """"وقال عنه مصدر آخر", "وقالت لهم مسؤولة": a preposition with a pronoun object right after the verb,
    then a subject of the verb's own: an unnamed source, a name no entity covers, or a mention."""
    tokens = ctx.tokens
    norm = tokens.norm(pos) if pos < end else ""
    if norm not in PREPOSITIONS or not norm.endswith(PREPOSITION_PRONOUNS) or len(norm) < 2:
        return False
    subj = tokens.next(pos + 1, end)
    if subj >= end:
        return False
    cand = ctx.mentions.start_at.get(subj)
    return is_unnamed_source(ctx, subj) or _unknown_name(ctx, cue, subj) \
        or (cand is not None and not tokens.governed(cand) and cand.type in SPEAKER_TYPES)


def _subject_past_adjunct(ctx: Context, cue: Cue, pos: int, end: int) -> bool:
    """"وقال في لقاء تلفزيوني الدبلوماسي إن", "وأضاف أمس مسؤول أن": a verb whose complement is a clause,
    with a phrase before its subject: a title with no name or an unnamed source before the إن/أن, colon or
    quote that opens what was said is the verb's subject (a name there may be the subject of a clause
    inside the phrase: "في ندوة نظمتها المنظمة"); a participle has no subject of its own ("معربا عن شكره
    لرئيس البلدية")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not (normalize(cue.lemma) in tokens.words.clause_verb or cue.kind == "continuation" or cue.entry.act == REPORT) \
            or is_participle(ctx, cue) or pos >= end or tokens.norm(pos) not in PREPOSITIONS | tokens.words.preposition | tokens.words.adjunct:
        return False
    for p in range(pos + 1, min(end, pos + SUBJECT_PAST_ADJUNCT)):
        if tokens.norm(p) in tokens.words.complementizer or tokens.text(p) in (":", *CLAUSE_ENDS) \
                or tokens.is_quote(p) or ctx.cues.at(p) is not None:
            return False
        if (p in mentions.bare or is_unnamed_source(ctx, p)) and not governed_word(ctx, p) \
                and not _describes_governed_noun(ctx, pos, p):
            return True
    return False


def _describes_governed_noun(ctx: Context, pos: int, p: int) -> bool:
    """"وقال في مؤتمر صحافي بالقاهرة إن": an indefinite word right after the preposition's indefinite noun
    is that noun's adjective (a press conference), not the verb's subject; a subject there is definite
    ("وقال في لقاء تلفزيوني الدبلوماسي إن") or follows an adverb ("وأضاف أمس مسؤول أن")."""
    tokens = ctx.tokens
    noun = tokens.next(pos + 1, p)
    return noun < p and tokens.next(noun + 1, p + 1) == p and tokens.norm(pos) in PREPOSITIONS | tokens.words.preposition \
        and not tokens.norm(noun).startswith("ال") and not tokens.norm(p).startswith("ال")


def governed_word(ctx: Context, p: int) -> bool:
    """"للوزير", "بالمسؤول", "مع الوزير": a word a preposition governs, never a subject."""
    return ctx.tokens.after_preposition(p) or ctx.tokens.text(p).startswith(GOVERNED_ARTICLE)


def masculine_plural_verb(form: str) -> bool:
    """"قالوا", "أكدوا", "يقولون": a verb of a masculine plural subject."""
    return len(form) >= 4 and (form.endswith("وا") or (form.endswith("ون") and form[0] in "يت"))


def _heads_a_name_of(ctx: Context, pos: int, speakers: tuple[str, ...]) -> bool:
    """"دعت القوى الوطنية والإسلامية ... وقالت القوى": a definite noun that is the first word of the
    last speaker's name (without its article) refers back to that speaker."""
    norm = ctx.tokens.norm(pos)
    if not norm.startswith("ال") or ctx.mentions.in_a_mention(pos):
        return False
    head = strip_article(norm)
    return any(strip_article(normalize(form).split()[0]) == head
               for key in speakers if (ent := ctx.mentions.entities.get(key)) is not None
               for form in ent.forms | {ent.label} if len(normalize(form).split()) > 1)


def preposed_subject(ctx: Context, p: int) -> bool:
    """The word before a verb with no conjunction is a noun of its own clause (SVO), not punctuation, a
    function word or connective, an adverb in -ًا or قد."""
    tokens = ctx.tokens
    norm = tokens.norm(p)
    return not (tokens.is_punct(p) or tokens.is_quote(p) or norm in NO_SUBJECT or norm in CONNECTIVES or norm == QAD
                or norm in tokens.words.clause_opener or norm.endswith("ا") or not norm.isalpha())


def agrees_with_title(ctx: Context, cue: Cue, pos: int) -> bool:
    """A verb agrees in gender with the title at pos that precedes it: "السفيرة ... أبلغت", "المدير ... أبلغ"
    ("الرياض: مساعد فلان ذكرت شركة": a byline, no subject)."""
    return ctx.tokens.text(pos).endswith("ة") == feminine_verb(ctx, cue)


def clause_opening(ctx: Context, q: Query) -> int | None:
    """The first word of the cue's clause past its openers ("لكن", "غير أن"), or None when the clause
    opens with a fronted phrase ("وفي رده على سؤال قال", "وبشأن الأزمة ندد"): the verb's subject follows it."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = q.start
    texts = tokens.texts   # (read in place: every word back to the clause's start)
    for p in range(q.cue.i - 1, q.start - 1, -1):
        if texts[p] in CLAUSE_ENDS or texts[p] in COMMAS:
            first = p + 1
            break
    first = tokens.next(first, q.cue.i)
    while first < q.cue.i and (tokens.norm(first) in TOPIC_OPENERS or tokens.norm(first) in words.clause_opener):
        first = tokens.next(first + 1, q.cue.i)
    if first >= q.cue.i:
        return None
    norm = tokens.norm(first)
    bare = norm[1:] if norm[:1] in "وف" and len(norm) > 2 else norm
    return None if norm in FRONTED_HEADS or bare in FRONTED_HEADS else first


def is_unnamed_source(ctx: Context, pos: int) -> bool:
    """"مصدر", "المصدر", "مسؤولون": an unnamed human subject, with or without the article."""
    return strip_article(ctx.tokens.norm(pos)) in ctx.tokens.words.unnamed_source


def _unknown_name(ctx: Context, cue: Cue, pos: int) -> bool:
    """"وقال إريك لوند كبير المفاوضين", "وأفادت أنباء أن", "وذكرت الصحف المحلية أن", "ودعا ناشطون":
    a subject the text gives but no entity covers, so the last speaker does not carry on. After a verb
    whose complement is a clause (قال, the continuations أضاف، أوضح، تابع ..., the reporting verbs أفاد،
    ذكر ...), a word that is no function word, stop word, cue, mention, adverb in -ًا or word with a
    preposition glued to it (a definite one only after a verb that never takes a noun object); after
    any verb, a sound masculine plural in -ون, which is nominative: a subject, never an object."""
    tokens, norm, text = ctx.tokens, ctx.tokens.norm(pos), ctx.tokens.text(pos)
    if norm in QUANTIFIERS and normalize(cue.lemma) in tokens.words.clause_verb \
            and (nxt := tokens.next(pos + 1, len(ctx.doc))) < len(ctx.doc) and tokens.norm(nxt).isalpha():
        return True   # "وقال معظم المشاركين", "وأوضح كل من الطرفين": a quantified subject
    if tokens.is_punct(pos) or tokens.is_quote(pos) or ctx.mentions.in_a_mention(pos) or ctx.cues.at(pos) is not None \
            or norm in NO_SUBJECT or norm in STOPWORDS or _stopword_behind_article(norm) or not norm.isalpha() \
            or text[:1] in "بلكف" or norm in tokens.words.complementizer:
        return False
    if nominative_plural(norm):
        return True
    if norm.endswith("ا"):
        return False
    if norm.startswith("ال"):
        return normalize(cue.lemma) in tokens.words.clause_verb and strip_article(norm) not in tokens.words.adjunct
    return cue.lemma == SAY_LEMMA or cue.kind == "continuation" or cue.entry.act == REPORT


def _stopword_behind_article(norm: str) -> bool:
    """A stop word with the article before it ("الآن" now); not a two-letter stem, which is no word with the
    article but a noun of its own ("الله": "فقال الله", God said, is a subject, not له)."""
    stem = strip_article(norm)
    return stem != norm and len(stem) > 2 and stem in STOPWORDS


def subject_of_its_own(ctx: Context, q: Query) -> bool:
    """A verb no strategy found a speaker for, whose subject the text gives without naming it:
    "لكن مسؤولا رفيعا قال" (a subject before it that is no mention), "وأكدت مصادر" (an unnamed source
    after it), "وأشاد السفير الأمريكي" (a title that refers to no one known). Whoever spoke before
    does not carry on past such a verb."""
    tokens, words = ctx.tokens, ctx.tokens.words
    p = tokens.prev(q.cue.i, q.start)
    if is_participle(ctx, q.cue) or (p is not None and tokens.norm(p) in REPORTING_LINKS):
        return False  # "وفق ما ذكرت وسائل إعلام": a source of what was said, not a new speaker
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt < q.end and (is_unnamed_source(ctx, nxt) or _unknown_name(ctx, q.cue, nxt) or quantified_people(ctx, nxt, q.end) is not None
                        or quoted_subject(ctx, nxt, q.end) or possessed_subject(ctx, q.cue.lemma, q.cue.entry.act, nxt, q.end)
                        or _subject_past_pronoun(ctx, q.cue, nxt, q.end) or _subject_past_adjunct(ctx, q.cue, nxt, q.end)):
        return True
    if subjects_after(ctx, q.cue.i + 1, q.end, q.history) is UNNAMED:
        return True
    if q.cue.prefix or p is None:
        return False
    if tokens.norm(p) == QAD:  # "وكانت نقابات محلية قد طالبت"
        p = tokens.prev(p, q.start)
        return p is not None and not tokens.is_punct(p) and tokens.norm(p) not in words.clause_opener
    return not (tokens.is_punct(p) or tokens.is_quote(p) or tokens.norm(p) in NO_SUBJECT)


def _lone_person_of_earlier_sentence(ctx: Context, q: Query) -> bool:
    """Is the last speaker a single person who spoke in an earlier sentence only? Asked of a participle of manner
    whose form the caller found to tell the other gender than that person's own verbs ("وقال فلان ... . أما
    فلانة، ...، فتعهدت ...، مؤكدة أن"): it goes on with someone else (the subject of its own sentence's clause, a
    woman the text did not resolve), not with him. Only across sentences: in the person's own sentence the verb
    may agree with a masculine title ("وقال وزير الخارجية فلانة ...، مطالبة")."""
    speakers = q.last_speakers
    return len(speakers) == 1 and ctx.mentions.type_of(speakers[0]) == "Person" \
        and not any(st.speaker in speakers for st in q.in_sentence)


def agrees(ctx: Context, form: str, speakers: tuple[str, ...]) -> bool:
    """A plural verb or participle ("قالوا", "يقولون", "مشيدين") carries on no single person or body."""
    plural = len(form) >= 4 and (form.endswith("وا") or (form.endswith("ون") and form[0] in "يتم")
                                 or (form.endswith("ين") and form[0] == "م"))
    return not (plural and len(speakers) == 1
                and ctx.mentions.type_of(speakers[0]) in ("Person", "Organization", "Place"))


TITLE_HOLDERS_BACK = 2   # words back from a body's name to the plural title of those who spoke for it ("وزراء خارجية")


def _spoken_through_members(ctx: Context, q: Query) -> bool:
    """"وأشاد وزراء خارجية الرابطة بـ...، مشيدين بـ...": the last speaker is a body whose plural title
    holders were the subject of its statement, so a plural verb or participle goes on with it."""
    last = next((st for st in reversed([*q.history, *q.in_sentence]) if st.speaker in q.last_speakers), None)
    if last is None or last.speaker_span is None or len(q.last_speakers) != 1:
        return False
    tokens = ctx.tokens
    k = bisect.bisect_left(tokens.starts, last.speaker_span[0])
    if _partitive_members(ctx, k):
        return True
    for _ in range(TITLE_HOLDERS_BACK):
        p = tokens.prev(k)
        if p is None or tokens.is_punct(p):
            return False
        if tokens.in_class(p, tokens.words.plural_title):   # "وزراء", "ووزراء"
            return True
        k = p
    return False


PARTITIVE_FROM = normalize("من")


def _partitive_members(ctx: Context, k: int) -> bool:
    """"انتقد نواب من حزب «X» ...، وطالبوا", "أعضاء من المجلس": the body at token k is named after the
    partitive من of a plural group of its members (a Group mention ending right before من, quotation marks
    aside), who are the clause's subject and speak for it."""
    tokens = ctx.tokens
    p = tokens.prev(k)
    while p is not None and tokens.is_quote(p):
        p = tokens.prev(p)
    if p is None or tokens.norm(p) != PARTITIVE_FROM:
        return False
    before = tokens.prev(p)
    group = ctx.mentions.end_at.get(before) if before is not None else None
    return group is not None and group.type == "Group" and not tokens.governed(group)


def verb_gender(form: str, lemma: str) -> str | None:
    """The gender of a singular verb or participle as written: "قالت", "تقول", "مشيرة" are feminine; "قال",
    "يقول", "مشيرا" masculine; None when the form does not tell (plurals, duals, "تابع")."""
    form, lemma = normalize(form), normalize(lemma)
    if len(form) < 3 or form.endswith(("وا", "ون", "ين", "ان", "تا")):
        return None
    if form.startswith("م") and not lemma.startswith("م"):  # participles: مشيرة / مشيرا
        return "f" if form.endswith("ه") else "m" if form.endswith("ا") else None
    if (form.endswith("ت") and not lemma.endswith("ت")) or (form.startswith("ت") and not lemma.startswith("ت")):
        return "f"
    if form == lemma or (form.startswith("ي") and not lemma.startswith("ي")):
        return "m"
    return None


def same_gender(ctx: Context, form: str, lemma: str, speakers: tuple[str, ...],
                history: Sequence[StatementRecord]) -> bool:
    """"وقال فلان ... ورأت في ذلك": a verb (a participle of manner goes on with its clause's subject
    whatever its form) that carries on one person or group agrees in gender with the
    verb (not noun) that last spoke for it, when both forms tell it (a body may speak through a statement
    noun of either gender, "قالت الوزارة ... وأشار البيان", but that noun is the verb's own subject; a verb
    with none takes the body's gender: "أعلنت اللجنة ... وقال إن" is someone else). A country speaks through its
    government with verbs of one gender too ("طالبت الصين ... وأعرب عن": someone else, a man, goes on)."""
    if len(speakers) != 1 or normalize(lemma) in ctx.tokens.words.in_text_verb \
            or ctx.mentions.type_of(speakers[0]) not in ("Person", "Group", "Place", "Organization"):
        return True
    now = verb_gender(form, lemma)
    then = spoken_gender(ctx, speakers[0], history)
    return now is None or then is None or now == then


def _document_of_body(ctx: Context, pos: int, end: int, speakers: tuple[str, ...]) -> bool:
    """"رفضت الوزارة ... واتهم البيان": the word after the verb is a document that speaks for the body that spoke
    last; the verb agrees with the document, whatever the body's gender."""
    return pos < end and len(speakers) == 1 and ctx.mentions.type_of(speakers[0]) != "Person" \
        and ctx.tokens.norm(pos) in ctx.tokens.words.document_noun


def opens_content(ctx: Context, pos: int) -> bool:
    """"وأضافت أن", "وأشارت إلى", "وتابعت:": what was said follows the verb, no subject of its own
    ("ورفضت الشركات" has one)."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    return norm in tokens.words.complementizer or norm in tokens.words.preposition or tokens.is_quote(pos) \
        or tokens.text(pos) == ":"


def spoken_gender(ctx: Context, key: str, history: Sequence[StatementRecord]) -> str | None:
    """The gender of the verbs the speaker last spoke with, when they tell it; a relayed statement's
    verb ("نقلت وكالة X عن فلان") agrees with the relay, not the speaker."""
    return next((g for st in reversed(history) if st.speaker == key and not st.via
                 and st.cue_lemma not in RELAY_LEMMAS and normalize(st.cue_lemma) not in ctx.tokens.words.in_text_verb
                 and (entry := ctx.cues.in_word(st.cue)) is not None and entry.kind in SPEECH_KINDS
                 and not _read_as_noun(ctx, st)
                 for g in [verb_gender(st.cue, st.cue_lemma)] if g is not None), None)


def _read_as_noun(ctx: Context, st: StatementRecord) -> bool:
    """Was the statement's cue read as a noun where it stands ("سارعت X إلى نفي الاتهامات": نفي, a verbal noun
    spelled as the verb نفى, after a preposition no verb follows), so that its form tells no gender?"""
    k = bisect.bisect_right(ctx.tokens.starts, st.cue_span[0]) - 1
    return k >= 0 and (ctx.cues.kind_at(k) not in (None, *SPEECH_KINDS) or ctx.tokens.after_preposition(k))


def speaker_before_of_gender(ctx: Context, q: Query, form: str) -> str | None:
    """"وقالت فلانة ... وقال نظيرها فلان ... وأضافت أن": a continuing verb that agrees with none of the last
    speakers goes on with the person who spoke just before them (in the sentence before theirs), when her
    verbs told the verb's gender."""
    now = verb_gender(form, q.cue.lemma)
    history = [*q.history, *q.in_sentence]
    if now is None or not history or len(q.last_speakers) != 1:
        return None
    earliest = history[-1].sentence_index - 1
    for st in reversed(history):
        if st.sentence_index < earliest:
            return None
        if st.speaker in q.last_speakers:
            continue
        if ctx.mentions.type_of(st.speaker) != "Person":
            return None
        return st.speaker if spoken_gender(ctx, st.speaker, history) == now else None
    return None
