"""A subject before its verb: SVO ("فلان يدعو"), after a complementizer ("غير أن فلان قال"), across a
comma ("وزارة الخارجية، قالت"), a spokesman or bare title opening the clause, and the subject of كان
before the قد of the past perfect. Relative clauses and appositions are relative.py's; the authors of
statement nouns, references and documents authors.py's."""
from __future__ import annotations

from ....text import normalize
from ...mentions import Candidate, nisba_country
from ...words import QUOTE_CHARS
from ..context import Context
from ..cues import SPEECH_KINDS, Cue
from ..boundary import HEADLINE_BREAKS, group_agrees, in_headline
from ..index import Found
from ..referents.spokesmen import may_be_spokesmen, spoken_for, spokesmen_for
from ..referents.title_holders import title_referent, unnamed_holder
from ..referents.titled_speakers import TITLE_COMPLEMENT_WORDS, title_holder_after
from .base import CLAUSE_ENDS, QAD, UNNAMED, cue_form, Outcome, Query, Seen, Speakers
from ..referents.bodies_and_places import body_named_after, body_referent, unnamed_body
from ..referents.affiliated import description_before
from ..referents.described import described_person, the_latter
from ..targets.word_index import positions_where
from .slot import body_spoken_before, subjects_after
from .unnamed_sources import SOURCE_LINKS, SOURCE_NOUNS, source_group_referent
from .title_subjects import body_of_title_holders

TITLE_HOLDERS_BACK = 2    # words back from a body to the plural title of its holders ("وزراء خارجية الجامعة")
PHOTO_POSITION_WALK = 4   # tokens inside the brackets of a caption's "(الثاني من اليمين)"


def _before_photo_position(ctx: Context, p: int, start: int) -> int | None:
    """"فلان (يسار) قال إن": a caption puts the subject's place in the photo in brackets before the verb;
    the token before the brackets stands where the subject does (p itself when there are none)."""
    tokens = ctx.tokens
    if tokens.text(p) != ")":
        return p
    words = []
    k = tokens.prev(p, start)
    while k is not None and tokens.text(k) != "(" and len(words) < PHOTO_POSITION_WALK:
        words.append(tokens.norm(k))
        k = tokens.prev(k, start)
    if k is None or tokens.text(k) != "(" or not any(w in tokens.words.photo_position for w in words):
        return p
    return tokens.prev(k, start)


ADJUNCT_WALK = 3   # tokens of "من جهته", "بدوره", "في المقابل" between a subject and its verb


def _before_adjuncts(ctx: Context, p: int, start: int) -> int | None:
    """"فلان من جهته أكد", "فلان، من جانبه، قال", "فلان بالمقابل أعلن": an adjunct phrase (between commas
    or not) between the subject and its verb; the token before it stands where the subject does (p itself
    when there is none)."""
    tokens = ctx.tokens
    closing = tokens.is_comma(p)
    k = tokens.prev(p, start) if closing else p
    walked = 0
    while k is not None and walked < ADJUNCT_WALK and k not in ctx.mentions.end_at \
            and tokens.norm(k) in tokens.words.adjunct:
        k, walked = tokens.prev(k, start), walked + 1
    if not walked or k is None:
        return p
    if closing:
        if not tokens.is_comma(k):
            return p
        k = tokens.prev(k, start)
    return k


QUOTED_NAME_ADJECTIVES = 3   # relation adjectives after a quoted name ("«X» الحقوقية الهايتية")
NISBA_ENDINGS = ("ي", "يه")   # normalised endings of a relation adjective (الحقوقي, البريطانية)


def _before_quoted_name_adjectives(ctx: Context, p: int, start: int) -> int:
    """"مركز «X» الحقوقي أكد", "وكانت صحيفة «X» البريطانية قد ذكرت": a body's name in quote marks ends its
    mention at the closing mark, and the relation adjectives that describe the body follow it; the closing mark
    stands where the subject does (p itself when there are none)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, walked = p, 0
    while k is not None and walked < QUOTED_NAME_ADJECTIVES and _relation_adjective(ctx, k):
        k, walked = tokens.prev(k, start), walked + 1
    if not walked or k is None or not tokens.is_quote(k) or k not in mentions.end_at:
        return p
    return k


def _relation_adjective(ctx: Context, k: int) -> bool:
    """A definite relation adjective (nisba) outside any mention and no cue: "الحقوقية", "البريطانية"."""
    norm = ctx.tokens.norm(k)
    return norm.startswith("ال") and len(norm) > 4 and norm.endswith(NISBA_ENDINGS) \
        and k not in ctx.mentions.end_at and not ctx.mentions.in_a_mention(k) and ctx.cues.at(k) is None


LED_BY_WALK = 16   # tokens of "، بقيادة رئيس الوزراء الأسبق فلان زعيم حزب X،" between a subject and its verb


def _before_led_by(ctx: Context, p: int, start: int) -> int | None:
    """"غير أن المعارضة، بقيادة فلان زعيم حزب X، رفضت": an aside between commas that opens with "led by"
    (بقيادة، بزعامة، برئاسة) and names the leader; the token before its opening comma stands where the
    subject does (p itself when there is no such aside; p is the token before the closing comma)."""
    tokens = ctx.tokens
    k, walked = p, 0
    while k is not None and walked < LED_BY_WALK and not tokens.is_comma(k):
        if tokens.text(k) in CLAUSE_ENDS or ctx.cues.at(k) is not None:
            return p
        k, walked = tokens.prev(k, start), walked + 1
    if k is None or not tokens.is_comma(k):
        return p
    opening = tokens.next(k + 1, p + 1)
    if tokens.norm(opening) not in tokens.words.leader_introducer:
        return p
    before = tokens.prev(k, start)
    return before if before is not None else p


def _before(ctx: Context, q: Query, allow_comma: bool) -> Speakers | None:
    if q.cue.prefix and ctx.tokens.text(q.cue.i).startswith("و"):
        return None  # "... التدخل الأجنبي واتهمها": و joins the verb to the clause before, whose subject it shares
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    qad = p is not None and tokens.norm(p) == QAD
    if qad:
        p = tokens.prev(p, start)
    if not qad and p is not None and tokens.norm(p) in tokens.words.verb_negation:
        p = tokens.prev(p, start)  # "أودينغا لا يستبعد أن": the subject, then the negation, then its verb
    if allow_comma and p is not None and tokens.is_comma(p):
        p = tokens.prev(p, start)
        if p is not None:
            p = _before_led_by(ctx, p, start)
    if not qad and p is not None:
        p = _before_photo_position(ctx, p, start)
    if not qad and p is not None:
        p = _before_adjuncts(ctx, p, start)
    if p is not None:
        p = _before_quoted_name_adjectives(ctx, p, start)
    # "مسؤولون تشيليون وبيروفيون قالوا": nationality adjectives joined to the subject by و
    while p is not None and p not in mentions.end_at and tokens.text(p).startswith("و") \
            and nisba_country(tokens.doc, p):
        p = tokens.prev(p, start)
    if p is not None and (spoken := _spokesman_before(ctx, q, p, qad)) is not None:
        return Speakers((spoken,), k + 1)
    opening = _quoted_name_before(ctx, q, p, start) if p is not None else None
    if opening is not None:
        p = tokens.prev(p, start)   # "وكانت «سادك» قد أنذرت", "لكن «حماس» هددت": the name inside the quote marks
    cand = mentions.end_at.get(p) if p is not None else None
    if cand is None and p is not None:
        cand = _group_in_construct(ctx, p, start) or _source_informed_on(ctx, p, start) \
            or _group_before_phrase(ctx, q, p, start)
    if cand is None and p is not None:
        return _bare_title_before(ctx, q, p) or _definite_referent_before(ctx, q, p) or _headline_body_head(ctx, q, p)
    if cand is not None and tokens.governed(cand):
        if (body := _body_of_source_before(ctx, cand, start)) is not None:
            return Speakers((mentions.found(body),), k + 1)  # "مسؤول في وزارة الدفاع قال": the body speaks
        cand = _source_close_to(ctx, cand, start)  # "مصدر مقرب من الحكومة قال": the source, not the body
    if cand is None or cand.i < start or tokens.governed(cand):
        return None
    if cand.type in ("Place", "Organization"):
        # the complement of a bare title: "رئيس الوزراء البريطاني أعلن" -> the title's referent
        for bare in mentions.bare.values():
            if bare.i < cand.i and bare.stop >= cand.j and bare.i >= start:
                ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
                if ref:
                    return Speakers((Found(ref, bare.i, bare.stop),), k + 1)
                if not in_headline(ctx, bare.i):
                    found = unnamed_holder(ctx, bare, q.history)
                    return Speakers((found,), k + 1) if found is not None else None
                break   # no holder named before it: a headline's title names the one the article names after it
        if (titled := _bare_title_before(ctx, q, p)) is not None:
            return titled  # "رئيس إقليم الباسك يدعو": a complement the title does not take in
    found = [cand]
    # "أوسلو وهلسنكي تطالبان": a dual or plural verb after "X وY" has both for subject
    while _plural_verb(ctx, q.cue) and tokens.text(found[0].i).startswith("و"):
        before = tokens.prev(found[0].i, start)
        other = mentions.end_at.get(before) if before is not None else None
        if other is None or other.i < start or tokens.governed(other):
            break
        found.insert(0, other)
    cand = found[0]
    head = subject_head(ctx, cand, start)
    if not (qad or any(_opens_clause(ctx, i, start) or after_complementizer(ctx, i, start)
                       for i in (cand.i, head) + ((opening,) if opening is not None else ())) or glued_clause(ctx, q.cue, cand, start, q.end)
            or _answered_with_fa(ctx, q.cue, cand, start) or _joined_in_headline(ctx, cand)):
        return None
    return Speakers(tuple(mentions.found(c) for c in found), k + 1)


def _quoted_name_before(ctx: Context, q: Query, p: int, start: int) -> int | None:
    """"«سادك» أنذرت": a closing quote mark at p right after a name that the matching opening mark opens (the
    mark no part of the mention); the opening mark's token, where the subject phrase starts. Not when a named
    subject follows the verb ("بغداد: «الصحيفة» هددت الحكومة بـ": a byline's outlet, then VSO)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not tokens.is_quote(p) or p in mentions.end_at or mentions.in_a_mention(p):
        return None
    after = mentions.start_at.get(tokens.next(q.cue.i + 1, q.end))
    if after is not None and after.type != "Place" and not tokens.governed(after):
        return None
    inner = tokens.prev(p, start)
    cand = mentions.end_at.get(inner) if inner is not None else None
    opening = tokens.prev(cand.i, start) if cand is not None else None
    if opening is None or not tokens.is_quote(opening) or mentions.in_a_mention(opening):
        return None
    return opening if tokens.next(opening + 1, p) == cand.i else None


def _joined_in_headline(ctx: Context, cand: Candidate) -> bool:
    """"X تعلن فوزها وY تنفي": in a headline, a person, body or place with و glued on, its own verb right after
    it, opens the headline's second clause (news headlines set the two sides so, with no comma)."""
    tokens = ctx.tokens
    glued = tokens.clitic(cand) == "و" or (cand.title_i is not None and tokens.norm(cand.title_i).startswith("وال"))
    # "والأمير فلان يتحدث": the title before the name carries the و; "والمعارضة تتهم": a group whose verb agrees
    verb = tokens.next(cand.j, tokens.size)
    return (cand.type != "Group" or (verb < tokens.size and group_agrees(ctx, cand.j - 1, verb))) \
        and glued and in_headline(ctx, cand.i)


def _headline_body_head(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"X يأمر بكذا والجبهة تتهم Y": in a headline a bare definite body head with و glued on, right before a present
    verb that agrees with it, opens the second clause; it names the body the article names after it with that head."""
    tokens = ctx.tokens
    if not tokens.norm(p).startswith("وال") or not in_headline(ctx, p) or not group_agrees(ctx, p, q.cue.i):
        return None
    key = body_named_after(ctx, p)
    return Speakers((Found(key, p, p + 1),), q.cue.i + 1) if key is not None else None


GLUED_CLOSERS = (")", "»")


def glued_clause(ctx: Context, cue: Cue, subject: Candidate, start: int, end: int) -> bool:
    """"الحكومة تدعو إلى الحوار الوطني فلان يقول إن": a headline, a caption and the lead run together with no
    punctuation; a person or body right after a definite word or a closing bracket or quote (the end of the
    phrase before: no preposition, relative or adverb, no title in construct with it), its verb of saying
    (no participle) right after it and what it says at once, opens a clause of its own."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if cue.kind not in SPEECH_KINDS or cue.prefix or subject.type not in ("Person", "Organization") \
            or tokens.prev(cue.i, start) != subject.j - 1 or tokens.governed(subject):
        return False
    nxt = tokens.next(cue.i + 1, end)
    if nxt >= end or not (tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":"):
        return False
    head = subject.title_i if subject.title_i is not None else subject.i
    before = tokens.prev(head, start)
    if before is None or ctx.cues.at(before) is not None or mentions.in_a_mention(before):
        return False
    word = tokens.norm(before)
    closes = tokens.text(before) in GLUED_CLOSERS or (tokens.is_quote(before) and not tokens.is_quote(head))
    return closes or (word.startswith("ال") and word not in tokens.words.relative
                      and word not in tokens.words.adjunct and word not in tokens.words.preposition)


FA = "ف"


def _answered_with_fa(ctx: Context, cue: Cue, subject: Candidate, start: int) -> bool:
    """"وسألت الصحيفة المدرب فلان فقال إن", "وتحدث فلان للصحفيين ... فلان فأجاب بأن": a verb of saying with ف
    glued on (then, so) right after a person's name goes on with the person named last, who answers or
    speaks next; its own subject would stand after it. The name ends right before the verb."""
    tokens = ctx.tokens
    return cue.kind in SPEECH_KINDS and cue.prefix == 1 and tokens.text(cue.i).startswith(FA) \
        and subject.type == "Person" and tokens.prev(cue.i, start) == subject.j - 1


def _spokesman_before(ctx: Context, q: Query, p: int, qad: bool) -> Found | None:
    """"والمتحدث باسم الجيش أكد", "ومتحدث باسم الوزارة قال", "ومتحدثون باسم الحزب قالوا": a spokesman's title,
    one or several, opening the clause, with what he speaks for ending at p right before the verb; the body,
    state or group speaks through him, as when he follows the verb ("وقال متحدث باسم الجيش")."""
    tokens, start = ctx.tokens, q.start
    heads = [(bare.i, spoken_for(ctx, bare.i, bare.title, q.cue.i)) for bare in ctx.mentions.bare.values()
             if start <= bare.i < p]
    # (only the words that may be spokesmen are read, not every word before each cue)
    heads += [(i, spokesmen_for(ctx, i, q.cue.i, joined=True)) for i in positions_where(ctx, may_be_spokesmen, start, p)
              if not tokens.is_punct(i)]
    for i, spoken in heads:
        if spoken is not None and spoken.j == p + 1 \
                and (qad or _opens_clause(ctx, i, start) or after_complementizer(ctx, i, start)):
            return spoken
    return None


def _group_in_construct(ctx: Context, p: int, start: int) -> Candidate | None:
    """"أحد أقارب الضحية أكد": an indefinite group noun, then the definite word it is in construct with
    (ending at p, right before the verb)."""
    tokens = ctx.tokens
    if not tokens.norm(p).startswith("ال") or ctx.mentions.in_a_mention(p):
        return None
    before = tokens.prev(p, start)
    cand = ctx.mentions.end_at.get(before) if before is not None else None
    if cand is None or cand.type != "Group" or cand.j - cand.i != 1 or tokens.norm(cand.i).startswith("ال"):
        return None
    return cand


def _partitive_before(ctx: Context, i: int, start: int) -> int:
    """Where a partitive that opens a clause before token i starts ("لكن أحد السكان", "وعدد من المحللين"), or i
    itself; not after أن, where a share of people is what a poll or a report found ("تبين أن معظم المزارعين
    يعارضون")."""
    tokens = ctx.tokens
    p = tokens.prev(i, start)
    if p is not None and tokens.norm(p) in tokens.words.source_link:
        pp = tokens.prev(p, start)
        p = pp if pp is not None and tokens.norm(pp) in tokens.words.partitive else None
    partitive = p is not None and tokens.norm(p) in tokens.words.partitive and tokens.clause_start_before(p, start)
    return p if partitive else i


def _source_close_to(ctx: Context, body: Candidate, start: int) -> Candidate | None:
    """"مصدر مقرب من الحكومة العراقية قال": the unnamed source that ends with a close_to word before the
    preposition governing the body, or None."""
    tokens = ctx.tokens
    prep = tokens.prev(body.i, start)
    close = tokens.prev(prep, start) if prep is not None else None
    if close is None or tokens.norm(close) not in tokens.words.close_to:
        return None
    return ctx.mentions.end_at.get(close)


SOURCE_TO_BODY = 3   # words from an unnamed source noun to the body it belongs to ("مسؤول رفيع في")


def _body_of_source_before(ctx: Context, body: Candidate, start: int) -> Candidate | None:
    """"مسؤول رفيع في وزارة المالية قال", "مصدر في الرئاسة أكد": a body governed by a preposition, after an
    unnamed official or source (a singular source noun opening its clause, maybe with adjectives or a link
    word between) and before the verb: the body speaks, as after the verb (unnamed_sources.body_of_source)."""
    tokens = ctx.tokens
    if body.type != "Organization" or tokens.text(body.i).startswith("ل"):
        return None  # "مصدر قضائي لوكالة": the outlet told
    k = tokens.prev(body.i, start)
    for _ in range(SOURCE_TO_BODY):
        if k is None or tokens.is_punct(k):
            return None
        norm = tokens.norm(k)
        if norm in SOURCE_NOUNS:
            return body if _opens_clause(ctx, k, start) or after_complementizer(ctx, k, start) else None
        if not (norm in SOURCE_LINKS or norm.endswith(("ي", "يه"))):
            return None
        k = tokens.prev(k, start)
    return None


INFORMED_WALK = 6   # tokens back from the verb to the على after "مطلع"
ON = normalize("على")


def _source_informed_on(ctx: Context, p: int, start: int) -> Candidate | None:
    """"لكن مصدرا مطلعا على الملف قال": the unnamed source that ends with an informed_on word before the على
    of what it is informed on (ending at p, right before the verb, with no punctuation), or None."""
    tokens = ctx.tokens
    k = p
    for _ in range(INFORMED_WALK):
        if k is None or tokens.is_punct(k):
            return None
        if tokens.norm(k) == ON:
            word = tokens.prev(k, start)
            cand = ctx.mentions.end_at.get(word) if word is not None else None
            informed = word is not None and tokens.norm(word) in tokens.words.informed_on
            return cand if informed and cand is not None and cand.type == "Group" else None
        k = tokens.prev(k, start)
    return None


GROUP_PHRASE_WORDS = 5   # words of the preposition phrase between an unnamed group and its plural verb


def _group_before_phrase(ctx: Context, q: Query, p: int, start: int) -> Candidate | None:
    """"إلا أن باحثين في علم الأحياء يؤكدون": an unnamed group, then a preposition phrase of a few words that
    describes it (ending at p, right before a plural verb that agrees with it), or None. The phrase has no
    punctuation but quote marks, no cue, and no person or body in it (a body after an unnamed official is
    the one who speaks: _body_of_source_before)."""
    if not _plural_verb(ctx, q.cue):
        return None
    tokens, mentions = ctx.tokens, ctx.mentions
    k = p
    for _ in range(GROUP_PHRASE_WORDS):
        if k is None or (tokens.is_punct(k) and not tokens.is_quote(k)) or ctx.cues.at(k) is not None:
            return None
        inside = mentions.start_at.get(k)
        if inside is not None and inside.type in ("Person", "Organization"):
            return None
        before = tokens.prev(k, start)
        if before is not None and tokens.norm(k) in tokens.words.preposition:
            cand = mentions.end_at.get(before)
            return cand if cand is not None and cand.type == "Group" else None
        k = before
    return None


def _opens_clause(ctx: Context, i: int, start: int) -> bool:
    """Does a clause start right before token i? Not after the quote mark that closes a quoted name
    ('في تصريح نشرته صحيفة " النهار " اللبنانية اتهم': the adjective goes with the newspaper)."""
    p = ctx.tokens.prev(i, start)
    if p is not None and ctx.tokens.is_quote(p) and ctx.mentions.in_a_mention(p):
        return False
    # "X يفوز .. فلان يقر بالهزيمة": a headline sets its clauses apart with dots, as a comma or a full stop does
    return ctx.tokens.clause_start_before(i, start) \
        or (p is not None and ctx.tokens.text(p) in HEADLINE_BREAKS and in_headline(ctx, p))


def subject_head(ctx: Context, cand: Candidate, start: int) -> int:
    """Where a subject phrase starts: its title, or a bare title right before the name ("الرئيس بوتين قال",
    the title not joined to the name), or the name."""
    # "لكن أحد السكان قال": the partitive opens the subject phrase
    head = cand.title_i if cand.title_i is not None else _partitive_before(ctx, cand.i, start)
    if head == cand.i and (described := description_before(ctx.tokens, ctx.mentions, cand, start)) is not None:
        return described   # "لكن المحلل في معهد «X» بلندن فلان قال": the description opens the phrase
    # a definite or several-word title ("الرئيس", "وزير الخارجية"); a bare indefinite word may be a given name
    # ("الرياض : مساعد الزياني ذكرت شركة ...": a byline)
    head = next((bare.i for bare in ctx.mentions.bare.values() if bare.stop == head and bare.i >= start
                 and (bare.title.startswith("ال") or len(bare.title.split()) > 1)), head)
    # "قادة الناتو طالبوا", "لكن وزراء خارجية الجامعة قالوا": the plural title whose holders speak for the body
    p = head
    for _ in range(TITLE_HOLDERS_BACK):
        p = ctx.tokens.prev(p, start)
        if p is None:
            break
        if body_of_title_holders(ctx, p, cand.j) == cand.i:
            return p
    return head


def _bare_title_before(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"الرئيس الفرنسي يدعو إلى ...": a bare title opening the clause and ending right before the verb;
    its referent, or in the headline the person the article gives that title."""
    for bare in ctx.mentions.bare.values():
        if bare.i < q.start or not _complement_to(ctx, bare.stop, p):
            continue
        if (person := _apposed_to(ctx, q, bare.i)) is not None:
            return Speakers((ctx.mentions.found(person),), q.cue.i + 1)   # "لكن فلان وزير الخارجية المصري قال"
        if ctx.tokens.clause_start_before(bare.i, q.start) or after_complementizer(ctx, bare.i, q.start):
            ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
            if ref is None and ctx.tokens.prev(q.start) is None:
                ref = title_holder_after(ctx, bare.title, bare.role_of, q.end)
            if ref is None and (holder := unnamed_holder(ctx, bare, q.history)) is not None:
                return Speakers((holder,), q.cue.i + 1)   # "السفير الفرنسي أبلغ الوزير أن": he, unnamed
            return Speakers((Found(ref, bare.i, bare.stop),), q.cue.i + 1) if ref else None
    return None


DEFINITE_ADJECTIVES = 2   # definite adjectives after a source or body noun before its verb ("المسؤول الأمريكي الكبير")


def _definite_referent_before(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"إلا أن المصدر قال", "لكن الشركة أكدت": a definite source noun or class noun of bodies, maybe with definite
    adjectives, opening the clause (or right after أن) and ending right before the verb, refers back as it does
    after the verb: to the unnamed source of its kind, or to the body, that spoke before; a common noun to the
    person the text described with it ("فلانة، وهي ممرضة ... إلا أن الممرضة قالت")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if (key := the_latter(ctx, p)) is not None:
        return Speakers((Found(key, p, p + 1),), q.cue.i + 1)   # "والأخير قال": the one named last
    i = p
    for _ in range(DEFINITE_ADJECTIVES + 1):
        if not tokens.norm(i).startswith("ال") or mentions.in_a_mention(i):
            return None
        if tokens.clause_start_before(i, q.start) or after_complementizer(ctx, i, q.start):
            break
        b = tokens.prev(i, q.start)
        if b is None:
            return None
        i = b
    else:
        return None
    source = source_group_referent(ctx, i, q.history, content_after=False)
    key = source.key if source is not None else body_referent(ctx, i) \
        or body_spoken_before(ctx, i, q.history, content_after=False) or described_person(ctx, i)
    if key is None and (unnamed := unnamed_body(ctx, i, q.history)) is not None and unnamed.j == p + 1:
        return Speakers((unnamed,), q.cue.i + 1)   # "لكن المحكمة العليا أكدت": a body the text does not name
    return Speakers((Found(key, i, p + 1),), q.cue.i + 1) if key is not None else None


def _apposed_to(ctx: Context, q: Query, i: int) -> Candidate | None:
    """"لكن فلان وزير الخارجية المصري قال", "أن فلان رئيس الحزب يرفض": the person named right before a bare
    title (its apposition, no comma between) who opens the clause, or after أن/إن, is the subject."""
    tokens, mentions = ctx.tokens, ctx.mentions
    p = tokens.prev(i, q.start)
    person = mentions.end_at.get(p) if p is not None else None
    if person is None or person.type != "Person" or person.i < q.start or tokens.governed(person):
        return None
    return person if _opens_clause(ctx, person.i, q.start) or after_complementizer(ctx, person.i, q.start) else None


def _complement_to(ctx: Context, stop: int, p: int) -> bool:
    """Do the tokens from `stop` (where a bare title ends) to p (the word before the verb) complete the title
    with a place or body it does not take in ("رئيس إقليم الباسك", "رئيس وزراء «الباسك»"): none, or a few
    words holding a place or body mention, with no punctuation but quote marks?"""
    tokens, mentions = ctx.tokens, ctx.mentions
    if stop == p + 1:
        return True
    if stop > p:
        return False
    spaces, texts = tokens.spaces, tokens.texts   # (read in place)
    words = [k for k in range(stop, p + 1) if not spaces[k] and texts[k] not in QUOTE_CHARS]
    if len(words) > TITLE_COMPLEMENT_WORDS or any(tokens.is_punct(k) for k in words):
        return False
    return any(k in mentions.start_at and mentions.start_at[k].type in ("Place", "Organization") for k in words)


def after_complementizer(ctx: Context, i: int, start: int) -> bool:
    """"يذكر أن الحزب الحاكم زعم", "غير أن ماكرون قال": the noun right after أن is the subject of the
    clause it opens; so after the فإن that opens a main clause ("ورغم ذلك فإن الوزارة أعلنت", "فيما أكد
    فلان ... فإن علانا أعلن")."""
    p = ctx.tokens.prev(i, start)
    return p is not None and (ctx.tokens.norm(p) in ctx.tokens.words.complementizer
                              or ctx.tokens.norm(p) in ctx.tokens.words.concessive_end)


def _plural_verb(ctx: Context, cue: Cue) -> bool:
    """"تدعوان", "قالا", "يطالبون": a verb with a dual or plural subject."""
    form = cue_form(ctx, cue)
    return len(form) >= 4 and form.endswith(("ان", "وا", "ون", "تا")) or (len(form) >= 3 and form.endswith("ا")
                                                                         and form != cue.lemma)


def subject_before(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO, the subject at the start of the clause right before the verb: "فلان يدعو الناس"."""
    return _before(ctx, q, allow_comma=False)


def subject_before_comma(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO across a comma: "وزارة الخارجية، قالت"; or across a title in apposition to a person's name:
    "غير أن الدكتور فلان، المتحدث باسم الحزب في البرلمان قال إن"."""
    if seen.group_object:
        return None
    return _before(ctx, q, allow_comma=True) or _subject_before_apposition(ctx, q)


APPOSITION_BACK = 12   # words of a title in apposition between a person's name (and its comma) and the verb


def _subject_before_apposition(ctx: Context, q: Query) -> Speakers | None:
    """"فلان، المتحدث باسم الحزب في البرلمان قال إن": the person apposed_person finds before the verb, which
    carries no conjunction."""
    if q.cue.prefix or q.cue.kind not in SPEECH_KINDS:
        return None
    cand = apposed_person(ctx, q.cue.i, q.start)
    return Speakers((ctx.mentions.found(cand),), q.cue.i + 1) if cand is not None else None


def apposed_person(ctx: Context, verb: int, start: int) -> Candidate | None:
    """The person whose name opens its clause before a comma and a bare title in apposition to it, the title
    and its complements (no other punctuation nor verb of saying; a body's name may be quoted) running up to the
    verb at `verb`: the title describes the name, whose verb it is ("فلان، المتحدث باسم الحزب في البرلمان قال")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    p = tokens.prev(verb, start)
    for _ in range(APPOSITION_BACK):
        if p is None or tokens.text(p) in CLAUSE_ENDS or ctx.cues.at(p) is not None:
            return None
        if tokens.is_comma(p):
            break
        p = tokens.prev(p, start)
    else:
        return None
    title = tokens.next(p + 1, verb)
    before = tokens.prev(p, start)
    cand = mentions.end_at.get(before) if before is not None else None
    if title not in mentions.bare or cand is None or cand.type != "Person" or cand.i < start \
            or tokens.governed(cand):
        return None
    head = subject_head(ctx, cand, start)
    return cand if _opens_clause(ctx, head, start) or after_complementizer(ctx, head, start) else None


KANA_WALK = 16   # tokens from كان to the قد before the verb: a subject with its title, an aside between commas


def subject_of_kana(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وكان وزير الخارجية الأردني فلان، في وقت سابق، قد أكد", "وكان الرئيس الفرنسي قد قال": the past
    perfect puts the verb's subject after كان, before قد; it is sought there as after any verb."""
    tokens = ctx.tokens
    qad = tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or qad is None or tokens.norm(qad) != QAD:
        return None
    for p in range(qad - 1, max(q.start, qad - KANA_WALK) - 1, -1):
        norm = tokens.norm(p)
        if tokens.in_class(p, tokens.words.kana):
            if tokens.next(p + 1, qad) >= qad:
                return None  # "وكان قد أكد": no subject of its own
            found = subjects_after(ctx, p + 1, qad, q.history)
            if isinstance(found, Speakers) and found.found:
                return Speakers(found.found, q.cue.i + 1)
            return found if found is UNNAMED else None
        if ctx.cues.kind_at(p) in SPEECH_KINDS or norm in tokens.words.complementizer or tokens.text(p) in CLAUSE_ENDS \
                or tokens.is_quote(p):
            return None
    return None
