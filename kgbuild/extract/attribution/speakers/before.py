"""A subject before its verb (SVO, after a complementizer, before a comma), relative clauses
("فلان، الذي قال", "تصريحات ... قال فيها"), and the authors of statement nouns and references."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article
from ...mentions import Candidate, nisba_country, appositive_at
from ..context import Context
from ..cues import NOUN_BACK, Cue
from ..index import Found
from ..referents import author_after, title_holder_after, title_referent
from .base import CLAUSE_ENDS, IN, QAD, cue_form, Outcome, Query, Seen, Speakers


# --- the subject before a verb (SVO) -------------------------------------------------------------
def _before(ctx: Context, q: Query, allow_comma: bool) -> Speakers | None:
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    qad = p is not None and tokens.norm(p) == QAD
    if qad:
        p = tokens.prev(p, start)
    if allow_comma and p is not None and tokens.is_comma(p):
        p = tokens.prev(p, start)
    # "مسؤولون تشيليون وبيروفيون قالوا": nationality adjectives joined to the subject by و
    while p is not None and p not in mentions.end_at and tokens.text(p).startswith("و") \
            and nisba_country(tokens.doc, p):
        p = tokens.prev(p, start)
    cand = mentions.end_at.get(p) if p is not None else None
    if cand is None and p is not None:
        return _bare_title_before(ctx, q, p)
    if cand is None or cand.i < start or tokens.governed(cand):
        return None
    if cand.type in ("Place", "Organization"):
        # the complement of a bare title: "رئيس الوزراء البريطاني أعلن" -> the title's referent
        for bare in mentions.bare.values():
            if bare.i < cand.i and bare.stop >= cand.j and bare.i >= start:
                ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
                return Speakers((Found(ref, bare.i, bare.stop),), k + 1) if ref else None
    found = [cand]
    # "أوسلو وهلسنكي تطالبان": a dual or plural verb after "X وY" has both for subject
    while _plural_verb(ctx, q.cue) and tokens.text(found[0].i).startswith("و"):
        before = tokens.prev(found[0].i, start)
        other = mentions.end_at.get(before) if before is not None else None
        if other is None or other.i < start or tokens.governed(other):
            break
        found.insert(0, other)
    cand = found[0]
    head = cand.title_i if cand.title_i is not None else cand.i
    if not (qad or any(tokens.clause_start_before(i, start) or _after_complementizer(ctx, i, start)
                       for i in (cand.i, head))):
        return None
    return Speakers(tuple(mentions.found(c) for c in found), k + 1)


def _bare_title_before(ctx: Context, q: Query, p: int) -> Speakers | None:
    """"الرئيس الفرنسي يدعو إلى ...": a bare title opening the clause and ending right before the verb;
    its referent, or in the headline the person the article gives that title."""
    for bare in ctx.mentions.bare.values():
        if bare.stop == p + 1 and bare.i >= q.start and ctx.tokens.clause_start_before(bare.i, q.start):
            ref = title_referent(ctx, bare.title, bare.role_of, bare.i)
            if ref is None and ctx.tokens.prev(q.start) is None:
                ref = title_holder_after(ctx, bare.title, bare.role_of, q.end)
            return Speakers((Found(ref, bare.i, bare.stop),), q.cue.i + 1) if ref else None
    return None


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
    not an unnamed group, which after a verbal noun is its object: "دعوة المزارعين")."""
    authors = [a for a in author_after(ctx, q.cue.i, q.end) if not ctx.mentions.is_agency(a.key)
               and ctx.mentions.type_of(a.key) != "Group"]
    return Speakers(tuple(authors), authors[-1].j) if authors else None


def subject_before(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO, the subject at the start of the clause right before the verb: "نزارباييف يدعو الشعب"."""
    return _before(ctx, q, allow_comma=False)


def subject_with_relative_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"توكاييف الذي ألقى خطابا ...، ناشد": a subject, its relative clause, a comma (and قد), then the verb;
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
                and tokens.clause_start_before(c.title_i if c.title_i is not None else c.i, start) \
                and not any(ctx.cues.kind_at(r) not in (None, "noun") for r in range(nxt, p)):
            return Speakers((mentions.found(c),), k + 1)
    return None


APPOSITION_MAX = 12   # tokens of "، الخبير في شؤون الطاقة،"
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


def antecedent_of_relative(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"تصريحات ناكامورا الذي أقر بأن", "متحدث باسم الشرطة، الذي قال": the verb right after a relative
    pronoun has the name before the pronoun (and its comma) for subject, whatever governs that name."""
    tokens, mentions = ctx.tokens, ctx.mentions
    rel = tokens.prev(q.cue.i, q.start)
    if q.cue.prefix or rel is None or tokens.norm(rel) not in tokens.words.relative:
        return None
    before = tokens.prev(rel, q.start)
    if before is not None and tokens.is_comma(before):
        before = tokens.prev(before, q.start)  # "متحدث باسم الشرطة، الذي قال": the phrase before the comma
    cand = mentions.end_at.get(before) if before is not None else None
    if cand is None or cand.i < q.start:
        return None
    head = tokens.prev(cand.i, q.start)
    if head is not None and _org_head(ctx, head):
        return None  # "حكومة كيبيك التي طالبت": the body the name completes is the antecedent
    return Speakers((mentions.found(cand),), q.cue.i + 1)


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
        return None
    authors = [a for a in author_after(ctx, noun, q.cue.i) if not mentions.is_agency(a.key)]
    if authors:
        return Speakers(authors[:1], nxt + 1)
    # not a name inside a quotation before the noun
    since = next((p + 1 for p in range(noun - 1, q.start - 1, -1) if tokens.is_quote(p)), q.start)
    before = [c for c in mentions.cands if since <= c.i < noun and c.type in ("Person", "Organization")
              and not tokens.governed(c)]
    return Speakers((mentions.found(before[-1]),), nxt + 1) if before else None


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
    authors = [a for a in author_after(ctx, noun, q.end) if not ctx.mentions.is_agency(a.key)]
    return Speakers(tuple(authors[:1]), authors[0].j) if authors else None


def subject_before_comma(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """SVO across a comma: "وزارة الخارجية، قالت"."""
    return None if seen.group_object else _before(ctx, q, allow_comma=True)
