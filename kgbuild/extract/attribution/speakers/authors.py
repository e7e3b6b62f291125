"""The authors of what a cue refers to: a statement noun's author ("بيان لوزارة الخارجية"), the noun a
verb with فيه/فيها describes ("بيانات للحكومة أكدت فيها"), the text a statement came in ("وجاء في
بيان صادر عن ..."), a fronted phrase with a statement noun ("وفي تصريحات للوزير X، شدد"), and the
issuer of a document that a verb describes ("وزعت الوزارة بلاغا يدعو إلى"), and the subject of the verb
that governs a verbal noun of saying ("حرص فلان على التأكيد على أن")."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article
from ...mentions import Candidate
from ...words import DEFINITE_OPENINGS, PRONOUN_SUFFIXES, without_conjunction, without_proclitic
from ..agent_nouns import agent_in_construct
from ..anchors import hastening_verb_before, opens_content_at_once, subject_before_hastening
from ..context import Context
from ..cues import SPEECH_KINDS
from ..cues.reader import NOUN_BACK
from ..cursor import IN
from ..index import Found
from ..narration import event_stem
from ..referents.issuers import issuers_of, joint_adjective_at, named_authors
from .base import (CLAUSE_ENDS, NO_SUBJECT, QAD, SPEAKER_TYPES, UNNAMED, carries_object_pronoun, Outcome, Query, Seen,
                   Speakers)
from .slot import subjects_after
from .title_subjects import title_subject


def author_of_noun(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات الرئيس بوتين", "بيان لوزارة الخارجية": a statement noun's author (not a news agency;
    not an unnamed group, which after a verbal noun is its object: "دعوة المزارعين", unless the noun is
    one whose agent a group is, what it said right after: "إعلان السلطات أن")."""
    group_agent = agent_in_construct(ctx.cues, q.cue, q.end)
    authors = [a for a in named_authors(ctx, q.cue.i, q.end) if (group_agent or ctx.mentions.type_of(a.key) != "Group")
               and not _object_of_bi(ctx, a)]
    return Speakers(tuple(authors), authors[-1].j) if authors else None


def _object_of_bi(ctx: Context, found: Found) -> bool:
    """"الاعتراف بالحكومة": a name with بـ glued on it after a statement noun is what the noun is about, never
    its author (an author comes in construct, with لـ or after صادر عن)."""
    cand = ctx.mentions.start_at.get(found.i)
    return cand is not None and "ب" in ctx.tokens.clitic(cand)


def agent_of_governing_verb(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وحرص الرئيس فلان على التأكيد على أن", "وسارعت الوزارة إلى الإشارة إلى أن", "ولم يتردد فلان في
    التشديد على أن": a definite verbal noun of saying governed by a preposition, what was said opening right
    after it (أن، or على/إلى and then أن), is said by the subject of the verb before the preposition: the
    person or body named right before it (after its verb), or right before that verb; so is one that is the
    verb's object right after its subject ("وأعاد الوزير فلان التأكيد على أن")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start, end = q.cue.i, q.start, q.end
    if not opens_content_at_once(ctx.cues, k, end):
        return None
    p = tokens.prev(k, start)
    if not tokens.norm(k).startswith("ال") and (p is None or tokens.norm(p) not in tokens.words.preposition):
        return None   # an indefinite one only governed by its preposition: "بادرت النقابة إلى إعلان أنها"
    if p is not None and (object_of := mentions.end_at.get(p)) is not None and _verbs_subject(ctx, object_of, start):
        return Speakers((mentions.found(object_of),), k + 1)   # "وأعاد الوزير فلان التأكيد على أن"
    if p is None or tokens.norm(p) not in tokens.words.preposition:
        return None
    before = tokens.prev(p, start)
    if before is None:
        return None
    subject = mentions.end_at.get(before)
    if subject is None and ctx.cues.at(before) is None and not mentions.in_a_mention(before) \
            and (prior := tokens.prev(before, start)) is not None:
        subject = mentions.end_at.get(prior)   # SVO: "والشركات الأوروبية تحرص على الإشارة إلى أن"
    if subject is None or not _verbs_subject(ctx, subject, start):
        subject = _clause_topic_before(ctx, q, p) or _subject_past_apposition(ctx, q, p)
    return Speakers((mentions.found(subject),), k + 1) if subject is not None else None


def agent_of_hastening_verb(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وسارعت فرنسا وألمانيا إلى إدانة الهجوم", "بادر الوزير فلان إلى الاعتراف بـ": a verbal noun of saying
    right after the إلى of a verb of hastening (anchors.hastening_verb_before) is said by that verb's subjects, the
    names right after it (coordinated ones each speak; a state speaks for its government)."""
    verb = hastening_verb_before(ctx.cues, q.cue.i, q.start)
    if verb is None:
        return None
    p = ctx.tokens.prev(q.cue.i, q.start)
    if ctx.tokens.next(verb + 1, p) == p and (subject := subject_before_hastening(ctx.cues, verb, q.start)) is not None:
        return Speakers((ctx.mentions.found(subject),), q.cue.i + 1)   # "غير أن فلان سارع إلى رفض النتائج"
    found = subjects_after(ctx, verb + 1, p, q.history)
    if not isinstance(found, Speakers) or not found.found or ctx.tokens.next(found.after, p) != p:
        return None   # the subjects must reach the إلى: "سارعت الحكومة بعد X إلى" names X as no subject
    return Speakers(found.found, q.cue.i + 1)


APPOSITION_WORDS = 8   # words of a title in apposition ("نقيب المحامين السابق") between the verb's subject and its preposition


def _subject_past_apposition(ctx: Context, q: Query, p: int) -> Candidate | None:
    """"وبادر الوزير فلان رئيس اللجنة إلى التأكيد أن": the verb's subject named right after its verb, with a
    title in apposition after the name (up to APPOSITION_WORDS words, no verb of saying, comma, أن or clause end;
    a body, place or group named there is part of the title) before the preposition at p."""
    tokens, mentions = ctx.tokens, ctx.mentions
    w, words = tokens.prev(p, q.start), 0
    while w is not None and words < APPOSITION_WORDS:
        if (subject := mentions.end_at.get(w)) is not None:
            if _verbs_subject(ctx, subject, q.start):
                return subject
            # "رئيس جامعة القاهرة", "في البلاد": a body or place in the title; walk on to the name before it
            # ("ودعا الوزير الحكومة إلى التأكيد": past the one called on, the verb of saying stops the walk)
            w, words = tokens.prev(subject.title_i if subject.title_i is not None else subject.i, q.start), words + 1
            continue
        if ctx.cues.kind_at(w) in SPEECH_KINDS or tokens.is_punct(w) or tokens.text(w) in CLAUSE_ENDS \
                or tokens.norm(w) in tokens.words.complementizer:
            return None
        w, words = tokens.prev(w, q.start), words + 1
    return None


def _clause_topic_before(ctx: Context, q: Query, p: int) -> Candidate | None:
    """"وسارع الدكتور فلان مفتي البلاد إلى التأكيد على أن": the sentence's subject, which goes on to its
    verbs (the carry), named in it before the preposition at p, with no verb of saying, أن or clause end
    between them."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for c in reversed([c for c in mentions.cands if q.start <= c.i and c.j <= p]):
        if mentions.key(c) not in q.last_speakers:
            continue
        between = range(c.j, p)
        if tokens.governed(c) or any(ctx.cues.kind_at(t) in SPEECH_KINDS or tokens.text(t) in CLAUSE_ENDS
                                     or tokens.norm(t) in tokens.words.complementizer for t in between):
            return None
        return c
    return None


def _verbs_subject(ctx: Context, subject: Candidate, start: int) -> bool:
    """Can the mention be its verb's subject: a person, body or group with no preposition on it, not right
    after a verb of saying or another name ("ودعا الرئيس الحكومة إلى التأكيد": the government is called on,
    it does not speak)?"""
    tokens, mentions = ctx.tokens, ctx.mentions
    if subject.type not in SPEAKER_TYPES or tokens.governed(subject):
        return False
    head = subject.title_i if subject.title_i is not None else subject.i
    w = tokens.prev(head, start)
    return w is None or not (ctx.cues.kind_at(w) in SPEECH_KINDS or mentions.in_a_mention(w) or w in mentions.bare)


RELATIVE_BACK = 12    # tokens back from "ولوح فيها" to the relative pronoun after the statement noun


def said_in_it(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"بيانات للحكومة التشيلية أكدت فيها أن", "بتدوينة قال فيها": a verb that describes a statement
    noun (فيه/فيها points back to it) speaks for the noun's author, or else for the nearest name before
    the noun that no preposition governs."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt < q.end and tokens.norm(nxt) in tokens.words.resumptive_li:
        nxt = tokens.next(nxt + 1, q.end)   # "تمنى له فيها": whom it wished well stands before the فيها
    if nxt >= q.end or tokens.norm(nxt) not in tokens.words.resumptive_in:
        return None
    back = q.cue.i
    if q.cue.prefix:
        # "تصريحاته التي أدلى بها في باريس ولوح فيها": a verb joined by و to a relative clause on the noun,
        # with no comma between and no subject of its own after فيها ("فدعا فيه الظواهري")
        after = tokens.next(nxt + 1, q.end)
        if after < q.end and (after in mentions.start_at or after in mentions.titled or after in mentions.bare):
            return None
        back = next((p for p in range(q.cue.i - 1, max(q.start, q.cue.i - RELATIVE_BACK) - 1, -1)
                     if tokens.norm(p) in tokens.words.relative or tokens.is_comma(p) or tokens.text(p) in CLAUSE_ENDS),
                    None)
        if back is None or tokens.norm(back) not in tokens.words.relative:
            return None
    noun = next((p for p in range(back - 1, max(q.start, back - NOUN_BACK) - 1, -1)
                 if ((entry := ctx.cues.in_word(tokens.text(p))) is not None and entry.kind == "noun")
                 or tokens.norm(p) in tokens.words.greeting_message), None)   # "بعث برقية تمنى فيها": a cable is his words too
    far = False
    if noun is None and (noun := _noun_before_its_author(ctx, q, back)) is None:
        found = _subject_of_event(ctx, q, nxt) or _subject_of_relative_verb(ctx, q, nxt) \
            or _subject_past_noun_complement(ctx, q, nxt) or _holder_of_far_noun(ctx, q, nxt)
        if found is not None or q.cue.prefix or (noun := _noun_past_its_phrase(ctx, q, back)) is None:
            return found
        far = True
    # not a name inside a quotation before the noun
    since = next((p + 1 for p in range(noun - 1, q.start - 1, -1) if tokens.is_quote(p)), q.start)
    before = [c for c in mentions.cands if since <= c.i < noun and c.type in ("Person", "Organization")
              and not tokens.governed(c) and not _no_subject_here(ctx, c, q.start)
              and not _after_governed_head(ctx, c.i)]
    # "ألقى X كلمة بلاده نيابة عن Y، شدد فيها": past a long phrase of the noun, the one who gave it before it
    # speaks rather than the land or body the noun is in construct with
    authors = [] if far and before else named_authors(ctx, noun, q.cue.i)
    if authors:
        return Speakers(tuple(authors), nxt + 1)   # (several only for a joint statement)
    titled = _title_subject_before(ctx, q, noun, before[-1].j if before else since)
    if titled is not None:
        return Speakers(titled.found, nxt + 1)   # "وألقى رئيس الدولة كلمة قال فيها"
    if not before:
        return None
    joint = _joint_issuers(ctx, q, noun, before[-1])
    return Speakers(joint or (mentions.found(before[-1]),), nxt + 1)


# tokens (spaces among them) back from "قال فيه/فيها" over what follows the statement noun (its addressee, a time,
# a relative clause): how far _noun_past_its_phrase and _holder_of_far_noun look for it
FAR_NOUN_BACK = 40


def _noun_past_its_phrase(ctx: Context, q: Query, back: int) -> int | None:
    """"وجه رسالة إلى رئيس الوزراء X، اعتبر فيها", "ألقى كلمة أمام النقابة صباح الأحد قال فيها", "نشر
    تسجيلا بثته قناة X، قال فيه": a statement noun further back than NOUN_BACK, the words of its own phrase (to
    whom, where, when, through whom) between it and the verb: no other verb or noun of saying, no أن/إن, quote
    mark or sentence end stands between. The nearest such noun, or None."""
    tokens = ctx.tokens
    for p in range(back - 1, max(q.start, back - FAR_NOUN_BACK) - 1, -1):
        if tokens.text(p) in CLAUSE_ENDS or tokens.is_quote(p) or tokens.norm(p) in tokens.words.complementizer \
                or ctx.cues.kind_at(p) in SPEECH_KINDS:
            return None
        entry = ctx.cues.in_word(tokens.text(p))
        if entry is not None and entry.kind == "noun":
            return p
    return None


def _joint_issuers(ctx: Context, q: Query, noun: int, last: Candidate) -> tuple[Found, ...] | None:
    """"ووقع الوزير X ونظيره Y بيانا مشتركا جاء فيه": the subjects joined by و of the verb that opens the
    clause and has the statement noun as its object, each an issuer (one statement each), when the name
    nearest the noun is the last of them."""
    opening = ctx.tokens.next(q.start, noun)
    if opening >= noun or opening in ctx.mentions.start_at:
        return None   # the clause opens with a name, not with its verb
    subjects = subjects_after(ctx, opening + 1, noun, q.history)
    if not isinstance(subjects, Speakers) or len(subjects.found) < 2:
        return None
    return subjects.found if subjects.found[-1].key == ctx.mentions.key(last) else None


def _holder_of_far_noun(ctx: Context, q: Query, resumptive: int) -> Speakers | None:
    """"ألقى فلان كلمة عبر التلفزيون ليل الأحد أكد فيها", "نشر فلان تسجيلا بثته قناة X، قال فيه", "رسالة مصورة بثها
    فلان في آب، قال فيها", "وجه رسالة إلى علان، اعتبر فيها": the statement noun (or the recording, letter or
    article: message_medium) that فيه/فيها points back to stands further back, past its own phrases, with no
    quote, أن/إن, clause end or other verb of saying between. Its holder speaks: the noun's own author (a
    country named after the noun is whose words they are, not who spoke them), else the subject of the clause
    that holds the noun (before it, no verb of saying between), else the one a relative verb after the noun
    names as its writer or broadcaster (not an outlet that carried it), else, when the sentence names no one
    before the noun, the last speaker ("تصريحات أدلى بها لإذاعة X، أكد فيها")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if q.cue.prefix or _own_subject_after(ctx, q, resumptive):
        return None
    noun = None
    for p in range(q.cue.i - 1, max(q.start, q.cue.i - FAR_NOUN_BACK) - 1, -1):
        if tokens.is_quote(p) or tokens.text(p) in CLAUSE_ENDS or tokens.norm(p) in tokens.words.complementizer:
            return None
        if not mentions.in_a_mention(p) and _holds_words(ctx, p):
            noun = p
            break
        if ctx.cues.kind_at(p) in SPEECH_KINDS:
            return None
    if noun is None:
        return None
    authors = [a for a in named_authors(ctx, noun, q.cue.i) if mentions.type_of(a.key) != "Place"]
    if authors:
        return Speakers(tuple(authors), resumptive + 1)
    # the verb that made or sent the noun may be one of saying too ("وجه رسالة", "نشر تسجيلا"): the subject stands before it
    sent = tokens.prev(noun, q.start)
    stop = sent if sent is not None and ctx.cues.kind_at(sent) in SPEECH_KINDS else noun
    found = _subject_before(ctx, q, noun, stop, resumptive) or _writer_after(ctx, q, noun)
    if found is not None:
        return Speakers(found.found, resumptive + 1)
    if q.last_speakers and not any(q.start <= c.i and c.j <= noun and c.type in ("Person", "Organization")
                                   for c in mentions.cands):
        return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), resumptive + 1)
    return None


def _holds_words(ctx: Context, k: int) -> bool:
    """A statement noun, a cable or letter sent, or a recording or article (message_medium), with و/بـ/لـ glued on."""
    if (entry := ctx.cues.in_word(ctx.tokens.text(k))) is not None and entry.kind == "noun":
        return True
    norm = ctx.tokens.norm(k)
    words = ctx.tokens.words
    return any(form in words.greeting_message or form in words.message_medium
               for form in (norm, without_proclitic(norm, "وبل"), without_proclitic(without_proclitic(norm), "بل")))


def _writer_after(ctx: Context, q: Query, noun: int) -> Speakers | None:
    """"رسالة مصورة بثها الملك فلان": the subject of a verb of writing, sending or broadcasting with its object
    pronoun after the noun (not an outlet: "تسجيلا بثته قناة X" was carried, not said, by it)."""
    tokens, mentions, titles = ctx.tokens, ctx.mentions, lexicon.titles()
    for c in mentions.cands:
        if not noun < c.i < q.cue.i or c.type not in ("Person", "Organization") or mentions.is_agency(mentions.key(c)):
            continue
        verb, n = tokens.prev(c.title_i if c.title_i is not None else c.i, noun), 0
        while verb is not None and n < TITLE_WORDS_BACK and (strip_article(tokens.norm(verb)) in titles
                                                              or tokens.norm(verb) in tokens.words.name_title):
            verb, n = tokens.prev(verb, noun), n + 1   # "أذاعها الشيخ فلان": past the title words before the name
        if verb is not None and (_authored(ctx, verb) or _carried(ctx, verb)):
            return Speakers((mentions.found(c),), c.j)
    return None


def _carried(ctx: Context, k: int) -> bool:
    """"بثها", "أذاعته": a past verb of broadcasting or publishing with its object pronoun (carrying_verb)."""
    norm = ctx.tokens.norm(k)
    return any(norm.endswith(pronoun) and norm[:-len(pronoun)] in ctx.tokens.words.carrying_verb
               for pronoun in PRONOUN_SUFFIXES)


AUTHORED_NOUN_BACK = 24   # tokens (spaces among them) back from "اتهم فيها" over the noun's author to the statement noun


def _noun_before_its_author(ctx: Context, q: Query, back: int) -> int | None:
    """"بعد كلمة متلفزة لوزير الخارجية فلان، اتهم فيها": a statement noun further back than NOUN_BACK, whose
    author phrase (a title and a name) runs up to the verb, a comma at most between."""
    tokens = ctx.tokens
    for p in range(back - 1, max(q.start, back - AUTHORED_NOUN_BACK) - 1, -1):
        entry = ctx.cues.in_word(tokens.text(p))
        if entry is None or entry.kind != "noun":
            continue
        authors = named_authors(ctx, p, q.cue.i)
        if not authors:
            return None
        k = tokens.next(authors[-1].j, q.cue.i)
        # the author's title and its complement ("للأمين العام لحزب «الأمة»"), then his name
        named = next((c for c in ctx.mentions.cands if k <= c.i < q.cue.i
                      and ctx.mentions.key(c) == authors[-1].key), None)
        if named is not None and not any(tokens.is_comma(t) or tokens.text(t) in CLAUSE_ENDS
                                         for t in range(k, named.i)):
            k = tokens.next(named.j, q.cue.i)
        if k < q.cue.i and tokens.is_comma(k):
            k = tokens.next(k + 1, q.cue.i)
        return p if k >= q.cue.i else None
    return None


EVENT_BACK = 16   # words back from "أكد خلاله" to the verb of the event (its subject, object and complement)
SPEAKING_TYPES = ("Person", "Organization", "Place")


def said_during_it(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"أجرى فلان اتصالا هاتفيا بنظيره، أكد خلاله أن", "بأن الملك فلان أجرى اتصالا ...، شدد خلاله على": a
    verb of saying with خلاله/خلالها (during it) points back to the event that a verb of meeting or talking
    narrated (event_verb); that verb's subject, named right after it or right before it, speaks. No quote,
    أن/إن, sentence end or other verb of saying stands between."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(q.cue.i + 1, q.end)
    if q.cue.prefix or nxt >= q.end or tokens.norm(nxt) not in tokens.words.resumptive_during:
        return None
    p, words = tokens.prev(q.cue.i, q.start), 0
    while p is not None and words < EVENT_BACK:
        if tokens.is_quote(p) or tokens.text(p) in CLAUSE_ENDS or tokens.norm(p) in tokens.words.complementizer \
                or ctx.cues.kind_at(p) in SPEECH_KINDS:
            return None
        if not mentions.in_a_mention(p) and event_stem(tokens.text(p), tokens.norm(p))[0]:
            return _event_subject(ctx, q, p, nxt)
        words += not tokens.is_punct(p)
        p = tokens.prev(p, q.start)
    return None


def _event_subject(ctx: Context, q: Query, verb: int, resumptive: int) -> Speakers | None:
    """The subject of the event's verb: the person (through the title that introduces him) or body right
    after it (VSO), else the one that ends right before it ("أن الملك فلان أجرى")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    after = tokens.next(verb + 1, q.cue.i)
    cand = mentions.titled.get(after) or mentions.start_at.get(after)
    if cand is None and (before := tokens.prev(verb, q.start)) is not None:
        cand = mentions.end_at.get(before)
    if cand is None or cand.type not in SPEAKING_TYPES or tokens.governed(cand):
        return None
    return Speakers((mentions.found(cand),), resumptive + 1)


TITLE_WORDS_BACK = 3   # words of a title between a person and the body it heads: "فلان نائب رئيس شركة X"


def _no_subject_here(ctx: Context, c: Candidate, start: int) -> bool:
    """A name before a verb with فيه/فيها that cannot be the subject of the clause holding the noun: the body
    a title after a person names ("قدم فلان مدير شركة X ورقة تحدث فيها": فلان heads it and speaks), or a
    name inside a phrase fronted before the clause that says what it is about, with no comma closing it
    yet ("وفيما يخص انتقال اللاعب فلان أرسل النادي خطابا يطلب فيه", "وبخصوص قضية فلان قدم ..."): the clause's
    subject comes after that phrase."""
    return _heads_title_after_person(ctx, c) or _in_open_topic_phrase(ctx, c, start)


def _heads_title_after_person(ctx: Context, c: Candidate) -> bool:
    """Is the body `c` named in a title standing right after a person's name ("فلان مدير شركة X")?"""
    if c.type == "Person":
        return False
    tokens, mentions, titles = ctx.tokens, ctx.mentions, lexicon.titles()
    p, n = tokens.prev(c.i), 0
    while p is not None and n < TITLE_WORDS_BACK and strip_article(tokens.norm(p)) in titles:
        p, n = tokens.prev(p), n + 1
    owner = mentions.end_at.get(p) if p is not None and n else None
    return owner is not None and owner.type == "Person"


def _in_open_topic_phrase(ctx: Context, c: Candidate, start: int) -> bool:
    """Does the sentence open with a topic phrase (topic_preposition; topic_relative + topic_verb: "وفيما
    يخص") that no comma has closed before `c`?"""
    tokens, words = ctx.tokens, ctx.tokens.words
    k = tokens.next(start, c.i)
    if k >= c.i:
        return False
    first = without_conjunction(tokens.norm(k), words.topic_preposition | words.topic_relative)
    if first in words.topic_relative:
        k = tokens.next(k + 1, c.i)
        if k >= c.i or tokens.norm(k) not in words.topic_verb:
            return False
    elif first not in words.topic_preposition:
        return False
    return not any(tokens.is_comma(p) for p in range(k + 1, c.i))


def _own_subject_after(ctx: Context, q: Query, resumptive: int) -> bool:
    """A name or title right after the cue's فيه/فيها: the cue's own subject ("فيها الرئيس فلان")."""
    mentions = ctx.mentions
    after = ctx.tokens.next(resumptive + 1, q.end)
    return after < q.end and (after in mentions.start_at or after in mentions.titled or after in mentions.bare)


def _subject_before(ctx: Context, q: Query, end: int, stop: int, resumptive: int) -> Speakers | None:
    """The subject of the clause that holds or sends what فيه/فيها points back to: a titled subject before end, or
    the nearest person or body ending by end that no preposition governs, with no verb of saying between it and
    stop."""
    tokens, mentions = ctx.tokens, ctx.mentions
    before = [c for c in mentions.cands if q.start <= c.i and c.j <= end and c.type in ("Person", "Organization")
              and not tokens.governed(c) and not _no_subject_here(ctx, c, q.start)
              and not _after_governed_head(ctx, c.i)]
    titled = _title_subject_before(ctx, q, end, before[-1].j if before else q.start)
    if titled is not None:
        return Speakers(titled.found, resumptive + 1)
    if not before or any(ctx.cues.kind_at(p) in SPEECH_KINDS for p in range(before[-1].j, stop)):
        return None
    return Speakers((mentions.found(before[-1]),), resumptive + 1)


def _subject_of_event(ctx: Context, q: Query, resumptive: int) -> Speakers | None:
    """"وعقد الوزير فلان مؤتمرا صحافيا نفى فيه أن", "وألقى فلان محاضرة تحدث فيها عن": an indefinite noun of
    no statement right before the verb, which فيه/فيها points back to, is what the subject of the clause
    held; that subject (the nearest name before it that no preposition governs, with no other verb of
    saying between) speaks. Not with a subject of its own after فيه ("فيها الرئيس فلان")."""
    tokens = ctx.tokens
    prev = tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or prev is None or tokens.is_punct(prev) or tokens.is_quote(prev) \
            or tokens.norm(prev).startswith("ال") or tokens.norm(prev) in NO_SUBJECT \
            or _own_subject_after(ctx, q, resumptive):
        return None
    return _subject_before(ctx, q, prev, q.cue.i, resumptive)


def _comma_before_subjectless_cue(ctx: Context, q: Query, resumptive: int) -> int | None:
    """The comma right before the cue, when the cue has no و/ف on it and no subject of its own after its فيه/فيها;
    None otherwise."""
    comma = ctx.tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or comma is None or not ctx.tokens.is_comma(comma) or _own_subject_after(ctx, q, resumptive):
        return None
    return comma


def _subject_past_noun_complement(ctx: Context, q: Query, resumptive: int) -> Speakers | None:
    """"وبعث الملك فلان برقية تعزية إلى الرئيس علان، أدان فيها", "وألقى فلان كلمة نيابة عن علان، شدد فيها": the
    statement noun the clause's subject sent or gave, its addressee or other complement after it, then a comma
    and the verb whose فيه/فيها points back to the noun; the subject (the nearest name before the noun that no
    preposition governs) speaks. No quote, أن/إن, sentence end or verb of saying between the noun and the verb."""
    tokens, mentions = ctx.tokens, ctx.mentions
    comma = _comma_before_subjectless_cue(ctx, q, resumptive)
    if comma is None:
        return None
    noun = None
    for p in range(comma - 1, max(q.start, comma - AUTHORED_NOUN_BACK) - 1, -1):
        if tokens.is_quote(p) or tokens.is_comma(p) or tokens.text(p) in CLAUSE_ENDS \
                or tokens.norm(p) in tokens.words.complementizer or ctx.cues.kind_at(p) in SPEECH_KINDS:
            return None
        if not mentions.in_a_mention(p) and (entry := ctx.cues.in_word(tokens.text(p))) is not None \
                and entry.kind == "noun":
            noun = p
    window = max(q.start, comma - AUTHORED_NOUN_BACK)
    if noun is None:
        noun = _object_after_subject(ctx, window, comma)   # "برقية", "رسالة": the indefinite object the subject sent
    if noun is None or named_authors(ctx, noun, q.cue.i):
        return None   # a noun with its own author is said_in_it's
    return _subject_before(ctx, q, noun, noun, resumptive)


def _object_after_subject(ctx: Context, since: int, comma: int) -> int | None:
    """"وبعث الملك فلان برقية تعزية إلى": the indefinite noun right after an ungoverned name (the object of the
    clause's verb, VSO), no name, not definite; None when there is none before the comma."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for c in mentions.cands:
        if not since <= c.i or c.j > comma or c.type not in ("Person", "Organization") or tokens.governed(c):
            continue
        k = tokens.next(c.j, comma)
        if k < comma and k not in mentions.start_at and not mentions.in_a_mention(k) and not tokens.is_punct(k) \
                and not tokens.norm(k).startswith(("ال", "بال", "لل")) and tokens.norm(k) not in tokens.words.preposition:
            return k
    return None


def _title_subject_before(ctx: Context, q: Query, prev: int, since: int) -> Speakers | None:
    """"وألقى صاحب السمو رئيس الدولة كلمة قال فيها": a bare title as the subject of the clause, after the last
    name before the noun and governed by no preposition, speaks as it would after a verb of saying (the
    person it refers to, the body he heads, an unnamed holder); none with another verb of saying between."""
    tokens = ctx.tokens
    titles = [b for b in ctx.mentions.bare.values() if since <= b.i and b.stop <= prev
              and not tokens.after_preposition(b.i) and tokens.norm(b.i)[:1] not in ("ل", "ب")
              and not _apposed(ctx, b.i)]
    if not titles or any(ctx.cues.kind_at(p) in SPEECH_KINDS for p in range(titles[-1].stop, prev)):
        return None
    found = title_subject(ctx, titles[-1].i, prev, q.history)
    return found if isinstance(found, Speakers) and found.found else None


def _after_governed_head(ctx: Context, i: int) -> bool:
    """"بشركة X", "لنادي X": a body named after its head noun with a preposition glued on is governed too."""
    p = ctx.tokens.prev(i)
    norm = ctx.tokens.norm(p) if p is not None else ""
    return norm[:1] in ("ب", "ل") and norm[1:] in lexicon.org_heads()


def _apposed(ctx: Context, i: int) -> bool:
    """"فلان رئيس قسم X"، "فلان، رئيس قسم X": a title right after a name (maybe past a comma) is his apposition."""
    p = ctx.tokens.prev(i)
    if p is not None and ctx.tokens.is_comma(p):
        p = ctx.tokens.prev(p)
    return p is not None and (c := ctx.mentions.end_at.get(p)) is not None and c.type in ("Person", "Organization")


RELATIVE_VERB_WALK = 16   # tokens back from the verb to the subject of the relative clause on the noun فيه points to


def _subject_of_relative_verb(ctx: Context, q: Query, resumptive: int) -> Speakers | None:
    """"في تحليل كتبه المحلل فلان في مجلة X، انتقد فيه ...", "رسالة بعثها الوزير فلان إلى نظيره، أكد فيها":
    the noun فيه/فيها points back to is described by a verb with its object pronoun ("نشره", "بعثها") whose
    subject, a person or body right after it, wrote it and speaks. The verb of saying follows a comma and
    has no subject of its own after فيه; no other verb of saying stands between."""
    tokens, mentions = ctx.tokens, ctx.mentions
    prev = _comma_before_subjectless_cue(ctx, q, resumptive)
    if prev is None:
        return None
    for c in reversed(mentions.cands):
        if c.j > prev or c.i < max(q.start, q.cue.i - RELATIVE_VERB_WALK):
            continue
        if any(ctx.cues.kind_at(p) in SPEECH_KINDS for p in range(c.j, q.cue.i)):
            return None
        if c.type not in ("Person", "Organization") or tokens.governed(c):
            continue  # "في صحيفة X": where it was published, no subject
        head = c.title_i if c.title_i is not None else c.i
        verb = tokens.prev(head, q.start)
        noun = tokens.prev(verb, q.start) if verb is not None else None
        if verb is None or noun is None or not _authored(ctx, verb) \
                or tokens.is_punct(noun) or tokens.norm(noun).startswith("ال") or tokens.norm(noun) in NO_SUBJECT:
            return None
        return Speakers((mentions.found(c),), resumptive + 1)
    return None


def _authored(ctx: Context, k: int) -> bool:
    """"نشره", "بعثها", "كتبه": a past verb of writing or sending with its object pronoun (not "نظمتها":
    who organized a seminar did not speak in it)."""
    norm = ctx.tokens.norm(k)
    return any(norm.endswith(pronoun) and norm[:-len(pronoun)] in ctx.tokens.words.authoring_verb
               for pronoun in PRONOUN_SUFFIXES)


def author_of_reference(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وورد في بيان صادر عن الخارجية البيروفية أن": the author of the text it came in."""
    tokens = ctx.tokens
    if normalize(q.cue.lemma) not in tokens.words.in_text_verb:
        return None
    p = tokens.next(q.cue.i + 1, q.end)
    while p < q.end and tokens.is_comma(p):
        p = tokens.next(p + 1, q.end)
    noun = tokens.next(p + 1, q.end)
    if p >= q.end or noun >= q.end or tokens.norm(p) != IN:
        return None
    authors = named_authors(ctx, noun, q.end)
    if authors:
        return Speakers(tuple(authors), authors[-1].j)   # (several: a joint statement)
    return _parties_of_joint_noun(ctx, q, noun)


JOINT_AFTER = 3   # words from a statement noun to its joint adjective: "البيان الختامي الثلاثي المشترك"


def _parties_of_joint_noun(ctx: Context, q: Query, noun: int) -> Outcome:
    """"وجاء في البيان المشترك أن", "وجاء في بيان مشترك صدر في ختام المحادثات أن X وY اتفقتا": a joint statement
    whose authors are not named after it is no single speaker's, so no speaker goes on to it from before: the
    parties of the joint statement the text named before with this noun speak, each; else the verb has a subject
    the text does not name here (its parties are named in what it says, whose own verb then speaks for them)."""
    tokens = ctx.tokens
    k, joint = noun, False
    for _ in range(JOINT_AFTER):
        k = tokens.next(k + 1, q.end)
        if k >= q.end or tokens.is_punct(k) or ctx.mentions.in_a_mention(k):
            break
        if joint_adjective_at(ctx, k):
            joint = True
            break
    if not joint:
        return None
    entry = ctx.cues.in_word(tokens.text(noun))
    issuers = issuers_of(ctx, entry.lemma, noun, q.history, q.in_sentence) if entry is not None and entry.kind == "noun" else ()
    if len(issuers) >= 2:
        return Speakers(tuple(Found(key, noun, noun + 1) for key in issuers), k + 1)
    return UNNAMED


FRONTED_WALK = 16   # tokens from the opening circumstance word to the comma before the verb


def author_of_noun_before(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وفي تصريحات للوزير X، شدد على أن", "وفي بيان أصدرته الوزارة، أكدت أن", "وبعد اجتماع الرئيس X بالوفد،
    قال إن": a verb with no subject after it, opening its clause after a fronted phrase (a circumstance word,
    then a statement noun or the event noun of a time clause, then a comma), speaks for that noun's author;
    a noun owned by a pronoun ("وخلال لقائه الوزير X، أكد") for the last speaker, not for the name after it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if seen.unnamed:
        return None
    link = tokens.prev(q.cue.i, q.start)
    if link is not None and tokens.norm(link) in tokens.words.bare_clause_link:
        return _author_before_link(ctx, q, link)
    comma = tokens.prev(q.cue.i, q.start)
    if comma is not None and tokens.norm(comma) == QAD:
        comma = tokens.prev(comma, q.start)
    opener = tokens.next(q.start, q.end)
    if comma is None or not tokens.is_comma(comma) or opener >= comma or comma - opener > FRONTED_WALK:
        return None
    if any(tokens.is_comma(p) or ctx.cues.kind_at(p) in SPEECH_KINDS for p in range(opener, comma)):
        return None
    norm = tokens.norm(opener)
    if not (norm in tokens.words.circumstance or (norm[:1] == "و" and norm[1:] in tokens.words.circumstance)):
        return None
    if has_own_subject(ctx, q):
        return None  # "وفي تصريحات للوزير X، قال الرئيس Y": the verb has a subject of its own
    noun = tokens.next(opener + 1, comma)
    if noun >= comma:
        return None
    entry = ctx.cues.in_word(tokens.text(noun))
    word = tokens.norm(noun)
    if _owned(ctx, word):
        # "وخلال لقائه", "وفي كلمته": the noun's owner is the one who spoke last
        return Speakers(tuple(Found(key, -1, -1) for key in q.last_speakers), q.cue.i + 1) if q.last_speakers else None
    if not ((entry is not None and entry.kind == "noun") or word in tokens.words.time_clause):
        return None
    authors = named_authors(ctx, noun, comma)
    verb = tokens.next(noun + 1, comma)
    if not authors and verb < comma and tokens.norm(verb).endswith(("ه", "ها")) and not mentions.in_a_mention(verb):
        # "وفي كلمة ألقاها الرئيس المصري X أمام البرلمان،": the subject of the verb whose object is the noun
        given = subjects_after(ctx, verb + 1, comma, q.history)
        authors = [a for a in given.found if not mentions.is_agency(a.key)] if isinstance(given, Speakers) else []
    return Speakers(tuple(authors), q.cue.i + 1) if authors else None


LINK_BACK = 20   # tokens back from حيث/حين to the statement noun whose author speaks after it


def _author_before_link(ctx: Context, q: Query, link: int) -> Outcome:
    """"متسقا مع خطاب الرئيس X أمس حين قال إن", "بدأت بكلمة للسيد X رئيس المجلس حيث أكد فيها": a verb with no
    subject after a bare clause link speaks for the author of the statement noun before the link (no verb
    of saying between: then that verb's speaker goes on)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if has_own_subject(ctx, q):
        return None
    for p in range(link - 1, max(q.start, link - LINK_BACK) - 1, -1):
        if ctx.cues.kind_at(p) in SPEECH_KINDS or tokens.text(p) in CLAUSE_ENDS:
            return None
        entry = ctx.cues.at(p) or ctx.cues.in_word(tokens.text(p))
        if entry is None or ctx.cues.kind_at(p) not in (None, "noun") or getattr(entry, "kind", "noun") != "noun":
            continue
        authors = named_authors(ctx, p, link)
        if not authors:
            # "بكلمة لسعادة السيد X": the first person or body named between the noun and the link
            authors = [mentions.found(c) for c in mentions.cands
                       if p < c.i < link and c.type in ("Person", "Organization")][:1]
        if not authors and tokens.after_preposition(p):
            continue   # "من دعوة فلان، في خطاب ألقاه، إلى ...، إذ قال": where it was said, the call before it
        return Speakers(tuple(authors), q.cue.i + 1) if authors else None
    return None


def has_own_subject(ctx: Context, q: Query) -> bool:
    """Does the verb have a subject after it, named or not ("قال الرئيس X", "قال مسؤولون")?"""
    after = subjects_after(ctx, q.cue.i + 1, q.end, q.history)
    return after is UNNAMED or (isinstance(after, Speakers) and bool(after.found))


def _owned(ctx: Context, word: str) -> bool:
    """"لقائه", "زيارتها", "كلمته": an event or statement noun with a possessive pronoun (not "كلمة", whose
    normalised ه is its own)."""
    words = ctx.tokens.words
    if word in words.time_clause:
        return False
    for suffix in PRONOUN_SUFFIXES:   # "لقائه", "بيانها": the noun's owner is a pronoun
        if word.endswith(suffix) and len(word) > len(suffix) + 2:
            stem = word[: -len(suffix)]
            # the noun's ة is written ت before a pronoun ("زيارته"), its final hamza ئ ("لقائه")
            for form in (stem, stem[:-1] + "ه", stem[:-1] + "ء"):
                entry = ctx.cues.in_word(form)
                if form in words.time_clause \
                        or (entry is not None and entry.kind == "noun" and normalize(form) != word):
                    return True
    return False


ISSUER_BACK = 14   # tokens back from a document noun to the one who issued or signed it


def issuer_of_document(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"ووقع ناشطون من دول أفريقية إعلانا يحض الحكومات على", "وزعت الوزارة بلاغا يدعو إلى", "حمل العمال
    يافطات تندد بـ": a verb right after an indefinite document noun (or placard) describes it (the noun is its
    subject): the one who issued or signed the document (or raised the placard) speaks, the nearest actor before
    the noun that no preposition governs; what follows the verb is its object. With no such actor the verb has a subject the text does not name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    p = tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or p is None or not _indefinite_document(ctx, p) or _own_subject_speaks(ctx, q) \
            or carries_object_pronoun(ctx, q.cue) or ctx.cues.takes_what_back(q.cue.i):
        return None   # (and "قرار وصفه محللون بأنه", "، وهو قرار رفضه المجلس": the verb takes the document back)
    for k in range(p - 1, max(q.start, p - ISSUER_BACK) - 1, -1):
        if ctx.cues.kind_at(k) in SPEECH_KINDS or tokens.norm(k) in tokens.words.complementizer \
                or tokens.text(k) in CLAUSE_ENDS or tokens.is_quote(k):
            break
        cand = mentions.end_at.get(k)
        # "من دول في آسيا وأفريقيا وأوروبا": a name joined by و belongs to the list its first name heads
        joined = cand is not None and cand.start > tokens.starts[cand.i] and tokens.text(cand.i).startswith("و")
        if cand is not None and cand.i >= q.start and not tokens.governed(cand) and not joined:
            return Speakers((mentions.found(cand),), q.cue.i + 1)
    return UNNAMED


def _own_subject_speaks(ctx: Context, q: Query) -> bool:
    """"وهو قرار قال الوزير فلان إنه مؤقت": a named subject right after the verb and then what was said
    (إن، أن): the verb is a relative clause with a speaker of its own, not the document's content."""
    found = subjects_after(ctx, q.cue.i + 1, q.end, q.history)
    if not isinstance(found, Speakers) or not found.found:
        return False
    nxt = ctx.tokens.next(found.after, q.end)
    return nxt < q.end and ctx.tokens.norm(nxt) in ctx.tokens.words.complementizer


def _indefinite_document(ctx: Context, p: int) -> bool:
    """"بيانا", "إعلانا", "تقريرا", "مذكرة": a document or statement that one issues (function_words
    issued_noun), indefinite and with no owner's pronoun; or a placard or slogan people raise or chant ("لافتات",
    "شعارات": function_words raised_sign), whose bearers say what the verb after it says."""
    text, norm = ctx.tokens.text(p), ctx.tokens.norm(p)
    return not norm.startswith(DEFINITE_OPENINGS) and not text.endswith(PRONOUN_SUFFIXES) \
        and (norm in ctx.tokens.words.issued_noun or (norm.endswith("ا") and norm[:-1] in ctx.tokens.words.issued_noun)
             or norm in ctx.tokens.words.raised_sign)
