"""A subject before its verb (SVO, after a complementizer, before a comma), relative clauses
("فلان، الذي قال", "تصريحات ... قال فيها"), and the authors of statement nouns and references."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article
from ...mentions import Candidate, nisba_country, appositive_at
from ...words import DEFINITE_OPENINGS, PRONOUN_SUFFIXES
from ..agent_nouns import agent_in_construct
from ..context import Context
from ..cues import NOUN_BACK, SPEECH_KINDS, Cue
from ..index import Found
from ..referents import (TITLE_COMPLEMENT_WORDS, named_authors, spoken_for, spokesmen_for, title_holder_after,
                         title_referent)
from .base import CLAUSE_ENDS, IN, NO_SUBJECT, QAD, UNNAMED, cue_form, feminine_verb, Outcome, Query, Seen, Speakers
from .slot import subjects_after


# --- the subject before a verb (SVO) -------------------------------------------------------------
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


def _before(ctx: Context, q: Query, allow_comma: bool) -> Speakers | None:
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
    if not qad and p is not None:
        p = _before_photo_position(ctx, p, start)
    if not qad and p is not None:
        p = _before_adjuncts(ctx, p, start)
    # "مسؤولون تشيليون وبيروفيون قالوا": nationality adjectives joined to the subject by و
    while p is not None and p not in mentions.end_at and tokens.text(p).startswith("و") \
            and nisba_country(tokens.doc, p):
        p = tokens.prev(p, start)
    if p is not None and (spoken := _spokesman_before(ctx, q, p, qad)) is not None:
        return Speakers((spoken,), k + 1)
    cand = mentions.end_at.get(p) if p is not None else None
    if cand is None and p is not None:
        cand = _group_in_construct(ctx, p, start)
    if cand is None and p is not None:
        return _bare_title_before(ctx, q, p)
    if cand is not None and tokens.governed(cand):
        cand = _source_close_to(ctx, cand, start)  # "مصدر مقرب من الحكومة قال": the source, not the body
    if cand is None or cand.i < start or tokens.governed(cand):
        return None
    if cand.type in ("Place", "Organization"):
        # the complement of a bare title: "رئيس الوزراء البريطاني أعلن" -> the title's referent
        for bare in mentions.bare.values():
            if bare.i < cand.i and bare.stop >= cand.j and bare.i >= start:
                ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
                return Speakers((Found(ref, bare.i, bare.stop),), k + 1) if ref else None
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
    head = _subject_head(ctx, cand, start)
    if not (qad or any(_opens_clause(ctx, i, start) or _after_complementizer(ctx, i, start)
                       for i in (cand.i, head))):
        return None
    return Speakers(tuple(mentions.found(c) for c in found), k + 1)


def _spokesman_before(ctx: Context, q: Query, p: int, qad: bool) -> Found | None:
    """"والمتحدث باسم الجيش أكد", "ومتحدث باسم الوزارة قال", "ومتحدثون باسم الحزب قالوا": a spokesman's title,
    one or several, opening the clause, with what he speaks for ending at p right before the verb; the body,
    state or group speaks through him, as when he follows the verb ("وقال متحدث باسم الجيش")."""
    tokens, start = ctx.tokens, q.start
    heads = [(bare.i, spoken_for(ctx, bare.i, bare.title, q.cue.i)) for bare in ctx.mentions.bare.values()
             if start <= bare.i < p]
    heads += [(i, spokesmen_for(ctx, i, q.cue.i, joined=True)) for i in range(start, p)
              if not tokens.is_space(i) and not tokens.is_punct(i)]
    for i, spoken in heads:
        if spoken is not None and spoken.j == p + 1 \
                and (qad or _opens_clause(ctx, i, start) or _after_complementizer(ctx, i, start)):
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


def _opens_clause(ctx: Context, i: int, start: int) -> bool:
    """Does a clause start right before token i? Not after the quote mark that closes a quoted name
    ('في تصريح نشرته صحيفة " النهار " اللبنانية اتهم': the adjective goes with the newspaper)."""
    p = ctx.tokens.prev(i, start)
    if p is not None and ctx.tokens.is_quote(p) and ctx.mentions.in_a_mention(p):
        return False
    return ctx.tokens.clause_start_before(i, start)


def _subject_head(ctx: Context, cand: Candidate, start: int) -> int:
    """Where a subject phrase starts: its title, or a bare title right before the name ("الرئيس بوتين قال",
    the title not joined to the name), or the name."""
    # "لكن أحد السكان قال": the partitive opens the subject phrase
    head = cand.title_i if cand.title_i is not None else _partitive_before(ctx, cand.i, start)
    # a definite or several-word title ("الرئيس", "وزير الخارجية"); a bare indefinite word may be a given name
    # ("الرياض : مساعد الزياني ذكرت شركة ...": a byline)
    return next((bare.i for bare in ctx.mentions.bare.values() if bare.stop == head and bare.i >= start
                 and (bare.title.startswith("ال") or len(bare.title.split()) > 1)), head)


def _bare_title_before(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"الرئيس الفرنسي يدعو إلى ...": a bare title opening the clause and ending right before the verb;
    its referent, or in the headline the person the article gives that title."""
    for bare in ctx.mentions.bare.values():
        if bare.i >= q.start and _complement_to(ctx, bare.stop, p) and ctx.tokens.clause_start_before(bare.i, q.start):
            ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
            if ref is None and ctx.tokens.prev(q.start) is None:
                ref = title_holder_after(ctx, bare.title, bare.role_of, q.end)
            return Speakers((Found(ref, bare.i, bare.stop),), q.cue.i + 1) if ref else None
    return None


def _complement_to(ctx: Context, stop: int, p: int) -> bool:
    """Do the tokens from `stop` (where a bare title ends) to p (the word before the verb) complete the title
    with a place or body it does not take in ("رئيس إقليم الباسك", "رئيس وزراء «الباسك»"): none, or a few
    words holding a place or body mention, with no punctuation but quote marks?"""
    tokens, mentions = ctx.tokens, ctx.mentions
    if stop == p + 1:
        return True
    if stop > p:
        return False
    words = [k for k in range(stop, p + 1) if not tokens.is_space(k) and not tokens.is_quote(k)]
    if len(words) > TITLE_COMPLEMENT_WORDS or any(tokens.is_punct(k) for k in words):
        return False
    return any(k in mentions.start_at and mentions.start_at[k].type in ("Place", "Organization") for k in words)


def _after_complementizer(ctx: Context, i: int, start: int) -> bool:
    """"يذكر أن الحزب الحاكم زعم", "غير أن ماكرون قال": the noun right after أن is the subject of the
    clause it opens."""
    p = ctx.tokens.prev(i, start)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.complementizer


def _plural_verb(ctx: Context, cue: Cue) -> bool:
    """"تدعوان", "قالا", "يطالبون": a verb with a dual or plural subject."""
    form = cue_form(ctx, cue)
    return len(form) >= 4 and form.endswith(("ان", "وا", "ون", "تا")) or (len(form) >= 3 and form.endswith("ا")
                                                                         and form != cue.lemma)


def author_of_noun(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات الرئيس بوتين", "بيان لوزارة الخارجية": a statement noun's author (not a news agency;
    not an unnamed group, which after a verbal noun is its object: "دعوة المزارعين", unless the noun is
    one whose agent a group is, what it said right after: "إعلان السلطات أن")."""
    group_agent = agent_in_construct(ctx.cues, q.cue, q.end)
    authors = [a for a in named_authors(ctx, q.cue.i, q.end) if group_agent or ctx.mentions.type_of(a.key) != "Group"]
    return Speakers(tuple(authors), authors[-1].j) if authors else None


def subject_before(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO, the subject at the start of the clause right before the verb: "فلان يدعو الناس"."""
    return _before(ctx, q, allow_comma=False)


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


def subject_with_relative_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"فلان الذي ترأس الاجتماع ...، طالب": a subject, its relative clause, a comma (and قد), then the verb;
    or a person's apposition between commas: "فلان، الخبير في شؤون الطاقة، قال"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    if p is not None and tokens.norm(p) == QAD:
        p = tokens.prev(p, start)  # "وكانت فرنسا التي ...، قد قالت"
    if p is None or not tokens.is_comma(p):
        return None
    for c in mentions.cands:
        if c.i < start or c.i >= p:
            continue
        nxt = tokens.next(c.j, p)
        if nxt < p and (tokens.norm(nxt) in tokens.words.relative or _apposition(ctx, c, nxt, p)) \
                and not tokens.governed(c) \
                and tokens.clause_start_before(_subject_head(ctx, c, start), start) \
                and not any(ctx.cues.kind_at(r) not in (None, "noun") for r in range(nxt, p)):
            return Speakers((mentions.found(c),), k + 1)
    return None


APPOSITION_MAX = 12   # tokens of "، الخبير في شؤون الطاقة،"
NAME_CLOSERS = (")", "]")   # close a name written in brackets before its relative pronoun
RELATIVE_BACK = 12    # tokens back from "ولوح فيها" to the relative pronoun after the statement noun


def _apposition(ctx: Context, c: Candidate, comma: int, last: int) -> bool:
    """"فلان، الخبير في شؤون الطاقة، قال": a person's name, then between commas what describes them
    (a title, a participle, "وهو ..."), the comma at token comma and the next one at last."""
    tokens = ctx.tokens
    if c.type != "Person" or not tokens.is_comma(comma) or last - comma > APPOSITION_MAX:
        return False
    if any(tokens.is_comma(n) for n in range(comma + 1, last)):
        return False
    opener = tokens.next(comma + 1, last)
    return opener < last and (appositive_at(tokens.doc, opener) or tokens.norm(opener) in tokens.words.aside_opener
                              or tokens.text(opener).startswith("ال"))


def relative_before(ctx: Context, k: int, start: int) -> int | None:
    """The token before the verb at k, past a كان and a قد of the past perfect ("الذي كان قد حذر",
    "التي كانت أعلنت"): where a relative pronoun stands when the verb opens a relative clause."""
    tokens = ctx.tokens
    p = tokens.prev(k, start)
    if p is not None and tokens.norm(p) == QAD:
        p = tokens.prev(p, start)
    if p is not None and tokens.in_class(p, tokens.words.kana):
        before = tokens.prev(p, start)
        if before is not None and tokens.norm(before) in tokens.words.relative:
            return before
    return tokens.prev(k, start)


def antecedent_of_relative(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات ناكامورا الذي أقر بأن", "متحدث باسم الشرطة، الذي قال": the verb right after a relative
    pronoun has the name before the pronoun (and its comma) for subject, whatever governs that name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    rel = relative_before(ctx, q.cue.i, q.start)
    if q.cue.prefix or rel is None or tokens.norm(rel) not in tokens.words.relative:
        return None
    if tokens.norm(rel) in tokens.words.feminine_relative and not feminine_verb(ctx, q.cue):
        return None  # "حكومة X التي أثنى على أدائها": a verb of another subject, the antecedent its object
    before = tokens.prev(rel, q.start)
    if before is not None and tokens.is_comma(before):
        before = tokens.prev(before, q.start)  # "متحدث باسم الشرطة، الذي قال": the phrase before the comma
    if before is not None and before not in mentions.end_at \
            and (tokens.is_quote(before) or tokens.text(before) in NAME_CLOSERS):
        before = tokens.prev(before, q.start)  # 'حركة "حماس" التي قالت', "حركة (حماس) التي قالت"
    cand = mentions.end_at.get(before) if before is not None else None
    if cand is None and before is not None:
        return _bare_title_antecedent(ctx, q, before)
    if cand is None or cand.i < q.start:
        return None
    head = tokens.prev(cand.i, q.start)
    if head is not None and _org_head(ctx, head):
        return None  # "حكومة كيبيك التي طالبت": the body the name completes is the antecedent
    if cand.type in ("Organization", "Place") and tokens.norm(rel) not in tokens.words.feminine_relative:
        cand = _titled_person_before(ctx, cand, q.start) or cand
    return Speakers((mentions.found(cand),), q.cue.i + 1)


APPOSITION_BACK = 8   # tokens of a person's title between the person and the body that closes it


def _titled_person_before(ctx: Context, body: Candidate, start: int) -> Candidate | None:
    """"تعليقات فلان عضو مجلس إدارة البنك المركزي الذي صرح": a body that closes the title in apposition
    to a person: the person, whom "الذي" takes up, not the body inside his title."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for p in range(body.i - 1, max(start, body.i - APPOSITION_BACK) - 1, -1):
        person = mentions.end_at.get(p)
        if person is not None:
            return person if person.type == "Person" and tokens.apposition_after(p, body.i + 1) is not None else None
        if tokens.is_punct(p) or tokens.is_quote(p) or ctx.cues.at(p) is not None:
            return None
    return None


def _bare_title_antecedent(ctx: Context, q: Query, last: int) -> Outcome:
    """"انتقد تصريحات الوزير الذي أكد أن": a bare title ending at token `last` before the relative pronoun;
    the person it refers to, or else someone the text does not name (no earlier speaker goes on)."""
    for bare in ctx.mentions.bare.values():
        # the bare title's span may take the pronoun in as a definite word: "الوزير الذي"
        if bare.i <= last < bare.stop <= q.cue.i and bare.i >= q.start:
            ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
            return Speakers((Found(ref, bare.i, last + 1),), q.cue.i + 1) if ref else UNNAMED
    return None


def _org_head(ctx: Context, pos: int) -> bool:
    """"حكومة", "والوزارة": an organization's head noun, with or without و and the article."""
    norm = ctx.tokens.norm(pos)
    forms = (norm, norm[1:]) if norm.startswith("و") else (norm,)
    return any(strip_article(form) in lexicon.org_heads() for form in forms)


def said_in_it(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات للحكومة الكينية قالت فيها إن", "بتدوينة قال فيها": a verb that describes a statement
    noun (فيه/فيها points back to it) speaks for the noun's author, or else for the nearest name before
    the noun that no preposition governs."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(q.cue.i + 1, q.end)
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
                 if (entry := ctx.cues.in_word(tokens.text(p))) is not None and entry.kind == "noun"), None)
    if noun is None:
        return _subject_of_event(ctx, q, nxt) or _subject_of_relative_verb(ctx, q, nxt)
    authors = named_authors(ctx, noun, q.cue.i)
    if authors:
        return Speakers(authors[:1], nxt + 1)
    # not a name inside a quotation before the noun
    since = next((p + 1 for p in range(noun - 1, q.start - 1, -1) if tokens.is_quote(p)), q.start)
    before = [c for c in mentions.cands if since <= c.i < noun and c.type in ("Person", "Organization")
              and not tokens.governed(c)]
    return Speakers((mentions.found(before[-1]),), nxt + 1) if before else None


def _subject_of_event(ctx: Context, q: Query, resumptive: int) -> Speakers | None:
    """"وعقد الوزير فلان مؤتمرا صحافيا نفى فيه أن", "وألقى فلان محاضرة تحدث فيها عن": an indefinite noun of
    no statement right before the verb, which فيه/فيها points back to, is what the subject of the clause
    held; that subject (the nearest name before it that no preposition governs, with no other verb of
    saying between) speaks. Not with a subject of its own after فيه ("فيها الرئيس فلان")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    prev = tokens.prev(q.cue.i, q.start)
    after = tokens.next(resumptive + 1, q.end)
    if q.cue.prefix or prev is None or tokens.is_punct(prev) or tokens.is_quote(prev) \
            or tokens.norm(prev).startswith("ال") or tokens.norm(prev) in NO_SUBJECT \
            or (after < q.end and (after in mentions.start_at or after in mentions.titled or after in mentions.bare)):
        return None
    before = [c for c in mentions.cands if q.start <= c.i and c.j <= prev and c.type in ("Person", "Organization")
              and not tokens.governed(c)]
    if not before or any(ctx.cues.kind_at(p) in SPEECH_KINDS for p in range(before[-1].j, q.cue.i)):
        return None
    return Speakers((mentions.found(before[-1]),), resumptive + 1)


RELATIVE_VERB_WALK = 16   # tokens back from the verb to the subject of the relative clause on the noun فيه points to


def _subject_of_relative_verb(ctx: Context, q: Query, resumptive: int) -> Speakers | None:
    """"في تحليل كتبه المحلل فلان في مجلة X، انتقد فيه ...", "رسالة بعثها الوزير فلان إلى نظيره، أكد فيها":
    the noun فيه/فيها points back to is described by a verb with its object pronoun ("نشره", "بعثها") whose
    subject, a person or body right after it, wrote it and speaks. The verb of saying follows a comma and
    has no subject of its own after فيه; no other verb of saying stands between."""
    tokens, mentions = ctx.tokens, ctx.mentions
    prev = tokens.prev(q.cue.i, q.start)
    after = tokens.next(resumptive + 1, q.end)
    if q.cue.prefix or prev is None or not tokens.is_comma(prev) \
            or (after < q.end and (after in mentions.start_at or after in mentions.titled or after in mentions.bare)):
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
    """"وجاء في بيان صادر عن الداخلية الأردنية أن": the author of the text it came in."""
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
    return Speakers(tuple(authors[:1]), authors[0].j) if authors else None


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
    if _has_own_subject(ctx, q):
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
    return Speakers(tuple(authors[:1]), q.cue.i + 1) if authors else None


LINK_BACK = 16   # tokens back from حيث/حين to the statement noun whose author speaks after it


def _author_before_link(ctx: Context, q: Query, link: int) -> Outcome:
    """"متسقا مع خطاب الرئيس X أمس حين قال إن", "بدأت بكلمة للسيد X رئيس المجلس حيث أكد فيها": a verb with no
    subject after a bare clause link speaks for the author of the statement noun before the link (no verb
    of saying between: then that verb's speaker goes on)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if _has_own_subject(ctx, q):
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
        return Speakers(tuple(authors[:1]), q.cue.i + 1) if authors else None
    return None


def _has_own_subject(ctx: Context, q: Query) -> bool:
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


def subject_before_comma(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO across a comma: "وزارة الخارجية، قالت"."""
    return None if seen.group_object else _before(ctx, q, allow_comma=True)


ISSUER_BACK = 14   # tokens back from a document noun to the one who issued or signed it


def issuer_of_document(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"ووقع ناشطون من دول أفريقية إعلانا يحض الحكومات على", "وزعت الوزارة بلاغا يدعو إلى": a
    verb right after an indefinite document noun describes it (the noun is its subject): the one who issued
    or signed the document speaks, the nearest actor before the noun that no preposition governs; what
    follows the verb is its object. With no such actor the verb has a subject the text does not name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    p = tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or p is None or not _indefinite_document(ctx, p) or _own_subject_speaks(ctx, q):
        return None
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
    issued_noun), indefinite and with no owner's pronoun."""
    text, norm = ctx.tokens.text(p), ctx.tokens.norm(p)
    return not norm.startswith(DEFINITE_OPENINGS) and not text.endswith(PRONOUN_SUFFIXES) \
        and any(norm == noun or norm == noun + "ا" for noun in ctx.tokens.words.issued_noun)
