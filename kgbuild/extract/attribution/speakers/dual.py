"""Two speakers named by a dual: a dual verb ("وأكدا", "يدعوان") or a dual noun as the verb's subject
("وأكد الرئيسان", "واتفق الجانبان") speaks for the two persons (or sides) just named."""
from __future__ import annotations

from ....text import normalize
from ..context import Context
from ..index import Found
from .base import QAD, UNNAMED, Outcome, Query, Seen, Speakers, cue_form, feminine_verb
from .title_subjects import title_subject


PERSONS, SIDES = ("Person",), ("Place", "Organization", "Group")
DUAL_ENDINGS = ("ا", "تا")            # the perfect dual: "أكدا", "أكدتا"
DEFECTIVE_DUAL = "يا"                # "دعا" -> "دعيا": the dual of a verb ending in alif, as news spells it
IMPERFECT_DUAL = "ان"                # "يؤكدان", "تدعوان"
IMPERFECT_DUAL_MIN = 5               # not "كان", "بيان"
SHORT_DUAL = 5                       # "أمرا", "قالا": as long as an accusative noun ("أمرا": a matter)
PAIR_REACH = 4                       # sentences back to the two persons a dual noun ("الوزيران") refers to


def dual_verb(ctx: Context, q: Query) -> bool:
    """"أكدا", "اتفقتا", "يدعوان": a verb whose ending says two subjects (not a participle "مؤكدا", whose
    stem is no form of the lemma)."""
    form, lemma = cue_form(ctx, q.cue), normalize(q.cue.lemma)
    if any(form == lemma + ending for ending in DUAL_ENDINGS) or _defective_dual(form, lemma):
        # "أمرا" is also a noun (a matter): a short form is a verb after و/ف or قد only
        prev = ctx.tokens.prev(q.cue.i, q.start)
        return q.cue.prefix > 0 or len(form) >= SHORT_DUAL or (prev is not None and ctx.tokens.norm(prev) == QAD)
    return len(form) >= IMPERFECT_DUAL_MIN and form[0] in "يت" and form.endswith(IMPERFECT_DUAL)


def _defective_dual(form: str, lemma: str) -> bool:
    """"دعيا" of "دعا": the final alif of the lemma turned to ya before the dual's alif."""
    return lemma.endswith("ا") and form == lemma[:-1] + DEFECTIVE_DUAL


def _coordinated_pair(ctx: Context, q: Query, types: tuple[str, ...]) -> tuple[Found, Found] | None:
    """"العراق والأمم المتحدة", "الحكومة ومتمردو الشرق": the two mentions of these types joined by و (the
    second maybe after its title) nearest before the cue in its sentence."""
    mentions, tokens = ctx.mentions, ctx.tokens
    before = [c for c in mentions.cands if q.start <= c.i < q.cue.i and c.type in types]
    for second in reversed(before):
        joined = second.title_i if second.title_i is not None else second.i
        if not tokens.text(joined).startswith("و") or (joined == second.i and second.start == tokens.starts[joined]):
            continue  # "وديع": a name whose و is its own
        first = mentions.end_at.get(tokens.prev(joined, q.start) if joined > q.start else -1)
        if first is not None and first.type in types and mentions.key(first) != mentions.key(second):
            return mentions.found(first), mentions.found(second)
    return None


def _title_and_person(ctx: Context, q: Query) -> tuple[Found, Found] | None:
    """"وكان الوزير الكيني وفلان قد صرحا": a bare title joined by و to the person after it, before the dual
    verb in its sentence: the person the title refers to (as a subject would: title_subject) and that person."""
    mentions, tokens = ctx.mentions, ctx.tokens
    for second in reversed([c for c in mentions.cands if q.start <= c.i < q.cue.i and c.type in PERSONS]):
        if not tokens.text(second.i).startswith("و"):
            continue
        bare = next((b for b in mentions.bare.values() if b.i >= q.start and tokens.next(b.stop, q.end) == second.i), None)
        if bare is None:
            continue
        titled = title_subject(ctx, bare.i, bare.stop, q.history)
        first = titled.found[0] if isinstance(titled, Speakers) and titled.found else None
        if first is not None and mentions.type_of(first.key) == "Person" and first.key != mentions.key(second):
            return first, mentions.found(second)
    return None


def _nearest_two(ctx: Context, q: Query, types: tuple[str, ...]) -> tuple[Found, Found] | None:
    """The two entities of these types nearest before the cue in its sentence, in text order."""
    mentions = ctx.mentions
    keys: dict[str, Found] = {}
    for c in reversed([c for c in mentions.cands if q.start <= c.i < q.cue.i and c.type in types]):
        keys.setdefault(mentions.key(c), mentions.found(c))
    if len(keys) < 2:
        return None
    near, far = list(keys.values())[:2]
    return far, near


def _first_two_before(ctx: Context, q: Query, types: tuple[str, ...]) -> tuple[Found, Found] | None:
    """The first two entities of these types in the sentence before (the meeting the dual goes back to:
    "استقبل X نظيره Y. وأكد الجانبان")."""
    if q.start == 0:
        return None
    mentions, prev = ctx.mentions, ctx.tokens.sentence(q.start - 1)
    keys: dict[str, Found] = {}
    for c in mentions.cands:
        if prev.start <= c.i < prev.end and c.type in types:
            keys.setdefault(mentions.key(c), mentions.found(c))
    return tuple(list(keys.values())[:2]) if len(keys) >= 2 else None  # type: ignore[return-value]


def _pair_further_back(ctx: Context, q: Query) -> tuple[Found, Found] | None:
    """The first two persons of the nearest of the PAIR_REACH sentences before (paragraph breaks not
    counted) that names two: the pair a dual noun goes back to past sentences naming one of them ("وقال X
    في مؤتمر مع نظيره Y ... . أما Y فحذر ... . واتفق الوزيران")."""
    mentions, start, left = ctx.mentions, q.start, PAIR_REACH
    while left > 0 and start > 0:
        sent = ctx.tokens.sentence(start - 1)
        start = sent.start
        if not sent.text.strip():
            continue  # a paragraph break is no sentence
        left -= 1
        keys: dict[str, Found] = {}
        for c in mentions.cands:
            if sent.start <= c.i < sent.end and c.type in PERSONS:
                keys.setdefault(mentions.key(c), mentions.found(c))
        if len(keys) >= 2:
            first, second = list(keys.values())[:2]
            return first, second
    return None


def _last_pair(ctx: Context, q: Query, types: tuple[str, ...]) -> tuple[Found, Found] | None:
    """The two speakers of the last joint statement, when of these types ("وكرر X وY ... وأكد الرجلان")."""
    statements = [*q.history, *q.in_sentence]
    for st in reversed(statements):
        joint = dict.fromkeys(o.speaker for o in statements if o.cue_span == st.cue_span)
        if len(joint) == 2 and all(ctx.mentions.type_of(key) in types for key in joint):
            first, second = joint
            return Found(first, -1, -1), Found(second, -1, -1)
    return None


OBLIQUE_DUAL, NOMINATIVE_DUAL = "ين", "ان"   # "الرئيسين" after إن/أن, "الرئيسان" as a subject
DUAL_PRONOUN = "هما"                          # "أنهما", "بأنهما": إن/أن with the pronoun of two


def _subject_word_before(ctx: Context, cue_i: int, start: int) -> int | None:
    """The word right before the verb at cue_i, past a quote mark ("أن الزعيمين «تعهدا")."""
    tokens = ctx.tokens
    p = tokens.prev(cue_i, start)
    if p is not None and tokens.is_quote(p):
        p = tokens.prev(p, start)
    return p


def dual_persons_before(ctx: Context, cue_i: int, start: int) -> int | None:
    """"إن الوزيرين تعهدا", "أن الزعيمين «تعهدا": the token of a dual noun of two persons (dual_persons, in
    the nominative or the oblique case that إن/أن governs) as the subject right before the verb at cue_i."""
    p = _subject_word_before(ctx, cue_i, start)
    if p is None:
        return None
    norm = ctx.tokens.norm(p)
    nominative = norm[:-len(OBLIQUE_DUAL)] + NOMINATIVE_DUAL if norm.endswith(OBLIQUE_DUAL) else norm
    return p if nominative in ctx.tokens.words.dual_persons else None


def dual_subject_before(ctx: Context, cue_i: int, start: int) -> int | None:
    """The token that names the two subjects of the dual verb at cue_i right before it: a dual noun of persons
    (dual_persons_before) or إن/أن with the pronoun of two ("مضيفا أنهما تعهدا بـ")."""
    p = _subject_word_before(ctx, cue_i, start)
    if p is None:
        return None
    norm, tokens = ctx.tokens.norm(p), ctx.tokens
    if norm.endswith(DUAL_PRONOUN) and norm[:-len(DUAL_PRONOUN)] in tokens.words.complementizer:
        return p
    return dual_persons_before(ctx, cue_i, start)


def two_parties(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """"وكان الرئيس X والملك Y قد التقيا، وأكدا", "وبحث X مع نظيره Y ... واتفقا على": a dual verb speaks for
    the two persons before it; "وأكد الرئيسان", "وأعلن الجانبان": a dual noun after the verb for the two
    persons (or, for the sides, states or bodies) named just before. A dual noun whose two are not found
    is a subject the text does not name."""
    tokens = ctx.tokens
    nxt = tokens.next(q.cue.i + 1, q.end)
    noun = tokens.norm(nxt) if nxt < q.end else ""
    persons_noun, sides_noun = noun in tokens.words.dual_persons, noun in tokens.words.dual_sides
    dual = dual_verb(ctx, q)   # (read once: both tests below ask it)
    # "وقال السفير إن الزعيمين تعهدا بـ": the two persons the dual noun before the dual verb stands for;
    # "مضيفا أنهما تعهدا بـ": the pronoun of two, maybe of the pair named some sentences back
    subject = dual_subject_before(ctx, q.cue.i, q.start) if not persons_noun and dual else None
    persons_before = subject is not None and dual_persons_before(ctx, q.cue.i, q.start) is not None
    # "وقال البلدان": the dual after a masculine verb; "وقالت البلدان" is the plural (the countries, unnamed)
    sides_noun = sides_noun or (noun in tokens.words.dual_or_plural_sides and not feminine_verb(ctx, q.cue))
    if not (persons_noun or sides_noun or dual):
        return None
    # persons first; states, bodies and groups joined by و ("وقعت الحكومة ومتمردو الشرق ... واتفقا") before
    # the two nearest of them
    persons_noun = persons_noun or persons_before
    in_sentence = _nearest_two(ctx, q, PERSONS) if persons_noun else \
        _nearest_two(ctx, q, PERSONS) or _title_and_person(ctx, q) or _coordinated_pair(ctx, q, SIDES) \
        or _nearest_two(ctx, q, SIDES)
    types = PERSONS if persons_noun else PERSONS + SIDES
    two = in_sentence or _first_two_before(ctx, q, PERSONS) or _last_pair(ctx, q, types) \
        or (None if persons_noun else _first_two_before(ctx, q, SIDES)) \
        or (_pair_further_back(ctx, q) if persons_noun or subject is not None else None)
    if persons_before:
        return Speakers(two, q.cue.i + 1) if two is not None else UNNAMED
    if persons_noun or sides_noun:
        return Speakers(two, nxt + 1) if two is not None else UNNAMED
    return Speakers(two, q.cue.i + 1) if two is not None else None
