"""A subject with a relative clause or an apposition before its verb ("فلان الذي ترأس الاجتماع، طالب",
"فلان، الخبير في شؤون الطاقة، قال", "فلان وهو طالب جامعي يقول"), and the antecedent of a relative pronoun right before the verb
("تصريحات ناكامورا الذي أقر بأن")."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article
from ...mentions import Candidate, appositive_at
from ...words import is_arabic_word, is_function_word
from ..context import Context
from ..index import Found
from ...mentions.unnamed_bodies import PHRASE_ADJECTIVES
from ..referents.bodies_and_places import body_referent, unnamed_body
from ..referents.title_holders import title_referent, unnamed_holder
from .base import QAD, UNNAMED, carries_object_pronoun, feminine_verb, nominative_plural, Outcome, Query, Seen, Speakers
from .before import after_complementizer, subject_head

APPOSITION_MAX = 12   # tokens of "، الخبير في شؤون الطاقة،"
NAME_CLOSERS = (")", "]")   # close a name written in brackets before its relative pronoun
APPOSITION_BACK = 8   # tokens of a person's title between the person and the body that closes it
ASIDE_WORDS = 6       # words of "وهو طالب جامعي" between a person's name and the verb, with no commas
WHAT = normalize("ما")   # "وهو ما يقول": "which is what", of the clause before, no person described


def subject_with_relative_clause(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"فلان الذي ترأس الاجتماع ...، طالب": a subject, its relative clause, a comma (and قد), then the verb;
    or a person's apposition between commas: "فلان، الخبير في شؤون الطاقة، قال"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    k, start = q.cue.i, q.start
    p = tokens.prev(k, start)
    if p is not None and tokens.norm(p) == QAD:
        p = tokens.prev(p, start)  # "وكانت فرنسا التي ...، قد قالت"
    if p is None:
        return None
    if not tokens.is_comma(p):
        return _subject_with_aside(ctx, q)
    for c in mentions.cands:
        if c.i < start or c.i >= p:
            continue
        nxt = tokens.next(c.j, p)
        if nxt < p and (tokens.norm(nxt) in tokens.words.relative or _apposition(ctx, c, nxt, p)
                        or _relative_past_comma(ctx, nxt, p)) \
                and not tokens.governed(c) \
                and _opens_clause(ctx, subject_head(ctx, c, start), start) \
                and not any(_verb_at(ctx, r, start) for r in range(nxt, p)):
            return Speakers((mentions.found(c),), k + 1)
    return None


def _relative_past_comma(ctx: Context, k: int, p: int) -> bool:
    """"غير أن الحزب، الذي يقود المعارضة منذ سنوات، رحب": a comma (after a closing quote mark of a quoted
    name: «الحزب»، الذي) at k, then the relative pronoun that opens the clause describing the subject; the
    closing comma of that clause stands at p, right before the verb (any subject, not only a person)."""
    tokens = ctx.tokens
    while k < p and tokens.is_quote(k):
        k = tokens.next(k + 1, p)
    if k >= p or not tokens.is_comma(k):
        return False
    rel = tokens.next(k + 1, p)
    return rel < p and tokens.norm(rel) in tokens.words.relative


def _verb_at(ctx: Context, r: int, start: int) -> bool:
    """A cue verb at token r, not right after وهو/وهي ("، وهو طالب جامعي،": a noun there, a student)."""
    tokens = ctx.tokens
    b = tokens.prev(r, start)
    return ctx.cues.kind_at(r) not in (None, "noun") and (b is None or tokens.norm(b) not in tokens.words.personal_aside)


def _opens_clause(ctx: Context, i: int, start: int) -> bool:
    """A clause opens right before token i, or أن/إن stands there ("غير أن فلانة، الخبيرة في ...، تقول")."""
    return ctx.tokens.clause_start_before(i, start) or after_complementizer(ctx, i, start)


def _subject_with_aside(ctx: Context, q: Query) -> Outcome:
    """"لكن فلان وهو طالب جامعي يقول إن": a person's name opening the clause, وهو/وهي and a few words that
    describe the person, no punctuation, then the verb (no conjunction on it: "وقال" would open a clause)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if q.cue.prefix:
        return None
    p = tokens.prev(q.cue.i, q.start)
    for _ in range(ASIDE_WORDS):
        b = tokens.prev(p, q.start) if p is not None else None
        if p is None or b is None or tokens.is_punct(p) or tokens.is_quote(p):
            return None
        aside = tokens.norm(b) in tokens.words.personal_aside
        if not aside and ctx.cues.kind_at(p) not in (None, "noun"):
            return None  # a verb of its own between; right after وهو a noun ("وهو طالب": a student)
        if aside:
            name = tokens.prev(b, q.start)
            c = mentions.end_at.get(name) if name is not None else None
            if c is None or c.type != "Person" or c.i < q.start or tokens.governed(c) \
                    or tokens.norm(p) == WHAT or not _opens_clause(ctx, subject_head(ctx, c, q.start), q.start):
                return None  # "وهو ما يقول": what was said before, no person described
            return Speakers((mentions.found(c),), q.cue.i + 1)
        p = b
    return None


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
                              or tokens.text(opener).startswith("ال") or _indefinite_description(ctx, opener, last))


def _indefinite_description(ctx: Context, opener: int, last: int) -> bool:
    """"فلان، سائق أجرة منذ عشر سنوات، يقول": an indefinite noun that is no title (a trade, a role) opens what
    describes the person; not a conjunction (a list of subjects: "فلان، ووزير ..."), a function word, nor a
    person, place or body named in it (another subject, or what the verb is about)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    text = tokens.text(opener)
    return is_arabic_word(ctx.doc[opener]) and not text.startswith(("و", "ف", "ال")) \
        and not is_function_word(ctx.doc[opener]) \
        and not any(k in mentions.start_at and mentions.start_at[k].type != "Group" for k in range(opener, last))


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
    nxt = tokens.next(q.cue.i + 1, q.end)
    if nxt < q.end and nominative_plural(tokens.norm(nxt)):
        # "المباراة التي توقع الكثيرون أن", "القرار الذي قال مسؤولون إنه": a subject of the verb's own, in
        # the nominative plural; the antecedent is what it is about
        return UNNAMED
    if nxt < q.end and (subject := mentions.start_at.get(nxt)) is not None \
            and (after := tokens.next(subject.j, q.end)) < q.end and tokens.norm(after) in tokens.words.complementizer:
        # "الوزير، الذي قالت وسائل إعلام محلية إنه", "الذي قالت صحيفة X إنه": a subject of the verb's own named
        # right after it, then what it said; the other readings find it
        return None
    if nxt < q.end and carries_object_pronoun(ctx, q.cue) and (subject := mentions.start_at.get(nxt)) is not None \
            and not tokens.governed(subject):
        # "الصحفي فلان، الذي اتهمته النيابة بـ": the pronoun on the verb takes the antecedent back as its object;
        # the one named right after the verb is its subject, whom the search of the subject after it finds
        return None
    before = tokens.prev(rel, q.start)
    closed = before is not None and tokens.is_comma(before)
    if closed:
        before = tokens.prev(before, q.start)  # "متحدث باسم الشرطة، الذي قال": the phrase before the comma
    if before is not None and before not in mentions.end_at \
            and (tokens.is_quote(before) or tokens.text(before) in NAME_CLOSERS):
        before = tokens.prev(before, q.start)  # 'حركة "حماس" التي قالت', "حركة (حماس) التي قالت"
    cand = mentions.end_at.get(before) if before is not None else None
    if cand is None and before is not None:
        return _bare_title_antecedent(ctx, q, before) or _body_antecedent(ctx, q, before)
    if cand is None or cand.i < q.start:
        return None
    head = tokens.prev(cand.i, q.start)
    if head is not None and _org_head(ctx, head) and not _definite(ctx, head):
        # "حكومة كيبيك التي طالبت": the body the name completes is the antecedent; a definite body noun
        # heads no construct, it closes a title ("رئيس البرلمان فلان، الذي قال": the person)
        return None
    if cand.type in ("Organization", "Place") and tokens.norm(rel) not in tokens.words.feminine_relative:
        cand = _titled_person_before(ctx, cand, q.start, closed) or cand
    return Speakers((mentions.found(cand),), q.cue.i + 1)


def _titled_person_before(ctx: Context, body: Candidate, start: int, closed: bool = False) -> Candidate | None:
    """"تعليقات فلان عضو مجلس إدارة البنك المركزي الذي صرح": a body that closes the title in apposition
    to a person: the person, whom "الذي" takes up, not the body inside his title. `closed`: a comma stands
    before the pronoun, so the apposition may be set off by commas and name the body in quotes: "فلان،
    القادم من صفوف «الحزب الفلاني»، الذي أعلن" is the person too."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for p in range(body.i - 1, max(start, body.i - APPOSITION_BACK) - 1, -1):
        person = mentions.end_at.get(p)
        if person is not None:
            return person if person.type == "Person" and tokens.apposition_after(p, body.i + 1) is not None else None
        if closed and tokens.is_quote(p):
            continue
        if closed and tokens.is_comma(p):
            # the comma that opens the apposition, right after the person's name
            last = tokens.prev(p, start)
            person = mentions.end_at.get(last) if last is not None else None
            return person if person is not None and person.type == "Person" \
                and tokens.apposition_after(last, body.i + 1) is not None else None
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
            if ref is None and (holder := unnamed_holder(ctx, bare, q.history)) is not None:
                return Speakers((Found(holder.key, bare.i, last + 1),), q.cue.i + 1)   # "السفير الفرنسي الذي أكد"
            return Speakers((Found(ref, bare.i, last + 1),), q.cue.i + 1) if ref else UNNAMED
    return None


def _body_antecedent(ctx: Context, q: Query, last: int) -> Speakers | None:
    """"حكم المحكمة العليا التي رأت أن": a definite class noun of bodies and its adjectives ending at token
    `last` before the relative pronoun: the body the text named before that the noun refers to, else the body
    the phrase names (mentions/unnamed_bodies.py)."""
    i: int | None = last
    for _ in range(PHRASE_ADJECTIVES + 1):
        if i is None or i < q.start:
            return None
        if (unnamed := unnamed_body(ctx, i, q.history)) is not None:
            if unnamed.j != last + 1:
                return None
            body = body_referent(ctx, i)
            return Speakers((Found(body, i, last + 1) if body is not None else unnamed,), q.cue.i + 1)
        i = ctx.tokens.prev(i, q.start)
    return None


def _definite(ctx: Context, pos: int) -> bool:
    """Does the word at pos carry the article, with or without و ("البرلمان", "والحكومة")?"""
    norm = ctx.tokens.norm(pos)
    return norm.startswith("ال") or (norm.startswith("وال") and len(norm) > 4)


def _org_head(ctx: Context, pos: int) -> bool:
    """"حكومة", "والوزارة": an organization's head noun, with or without و and the article."""
    norm = ctx.tokens.norm(pos)
    forms = (norm, norm[1:]) if norm.startswith("و") else (norm,)
    return any(strip_article(form) in lexicon.org_heads() for form in forms)
