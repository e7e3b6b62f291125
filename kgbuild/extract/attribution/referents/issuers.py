"""Who issued what a statement noun or an according-to marker names: the author after it ("بيان لوزارة
الخارجية", "بيان صادر عن الكرملين", "بحسب ما نقلت وكالة X"), or the speaker of the last statement whose
sentence named the same noun or document ("وقال البيان", "وأشار التقرير")."""
from __future__ import annotations

from typing import Callable, Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import clitic_variants, normalize, strip_article
from ...mentions import Candidate, match_title
from ...words import DEFINITE_OPENINGS, text_of
from ..context import Context
from ..cursor import IN
from ..index import Found
from .bodies_and_places import body_referent, described_body_named, unnamed_body
from .spokesmen import spoken_for, spokesmen_for
from .title_chains import person_ahead
from .title_holders import title_referent

ISSUED = "صادر"
TO = normalize("إلى")   # "منسوبة إلى": ascribed to


def issuers_of(ctx: Context, lemma: str, before: int, history: Sequence[StatementRecord],
               in_sentence: Sequence[StatementRecord] = ()) -> tuple[str, ...]:
    """The speakers of the last statement whose sentence used the statement noun `lemma` ("بيان"); first of the
    statements of this very sentence (in_sentence) with the noun before token `before` ("وانتقد بيان للوزارة القرار
    وقال البيان"). Every party of that statement: "وأعلنت X وY في بيان مشترك ... وأكد البيان أن": a statement made
    jointly (one statement per speaker on one cue) speaks again for each party, not its first party alone."""
    def names_it(word: str) -> bool:
        return (c := ctx.cues.in_word(word)) is not None and c.lemma == lemma
    last = _last_statement(ctx, names_it, before, history, in_sentence)
    if last is None:
        return ()
    return tuple(dict.fromkeys(st.speaker for st in [*history, *in_sentence] if st.cue_span == last.cue_span))


def issuer_of_document(ctx: Context, noun: str, before: int, history: Sequence[StatementRecord],
                       in_sentence: Sequence[StatementRecord] = ()) -> str | None:
    """"وأشار التقرير إلى أن": the speaker of the last statement whose sentence named the same document
    ("كشف تقرير صادر عن الهيئة أن", "نشرت الهيئة تقريرا"), as issuers_of does for a statement noun."""
    stem = strip_article(noun)

    def names_it(word: str) -> bool:
        # "تقريرا", "بتقرير", "وللتقرير": the noun with clitics, the article or the accusative ending
        return any(strip_article(bare) in (stem, stem + "ا") for _, bare in clitic_variants(normalize(word)))
    last = _last_statement(ctx, names_it, before, history, in_sentence)
    return last.speaker if last is not None else None


def _last_statement(ctx: Context, names_it: Callable[[str], bool], before: int, history: Sequence[StatementRecord],
                    in_sentence: Sequence[StatementRecord]) -> StatementRecord | None:
    """The last statement whose sentence has a word that `names_it` the document spoken of: first of the
    statements of this very sentence, with the word before token `before`."""
    doc, at = ctx.doc, ctx.tokens.starts[before]
    for st in reversed(in_sentence):
        said = text_of(doc)[st.sentence_span[0]:at]
        if st.cue_span[1] <= at and any(names_it(w) for w in said.split()):
            return st
    for n in range(len(history) - 1, -1, -1):
        st = history[n]
        sent_text = text_of(doc)[st.sentence_span[0]:st.sentence_span[1]]
        if st.sentence_span[1] <= at and any(names_it(w) for w in sent_text.split()):
            return _introducing(history[:n + 1], st, sent_text, names_it)
    return None


def _introducing(history: Sequence[StatementRecord], st: StatementRecord, sent_text: str,
                 names_it: Callable[[str], bool]) -> StatementRecord:
    """Of the statements of st's sentence (st the last of them), the last whose cue comes before the first word
    that names the document: the one that introduced it ("وجاء في نشرة للمكتب أن الرئيس أعلن ...، مشيدا": the
    office's bulletin, not the president's words it reports); st when none does."""
    offset = 0
    for word in sent_text.split():
        offset = sent_text.index(word, offset)
        if names_it(word):
            break
        offset += len(word)
    else:
        return st
    named_at = st.sentence_span[0] + offset
    return next((h for h in reversed(history) if h.sentence_span == st.sentence_span and h.cue_span[0] < named_at), st)


def named_authors(ctx: Context, k: int, end: int) -> list[Found]:
    """The authors named after the statement noun at k (author_after) that are no news agency: an agency
    relays what others said, it is not the one who said it."""
    return [a for a in author_after(ctx, k, end) if not ctx.mentions.is_agency(a.key)]


AUTHOR_TYPES = ("Person", "Organization", "Place")


def joint_adjective_at(ctx: Context, k: int) -> bool:
    """"مشترك", "المشتركة": a "joint" adjective (joint_adjective) at k, its article and feminine ending read off."""
    norm = strip_article(ctx.tokens.norm(k))
    words = ctx.tokens.words.joint_adjective
    return norm in words or (norm.endswith("ه") and norm[:-1] in words)


def _joint(ctx: Context, k: int, pos: int) -> bool:
    """"بيان مشترك لـ", "البيان المشترك الصادر عن": a "joint" adjective between the noun at k and its first
    author at pos."""
    return any(joint_adjective_at(ctx, q) for q in range(k + 1, pos))


def _joined_authors(ctx: Context, first: Candidate, end: int) -> list[Found]:
    """The authors joined by و to the first one of a joint statement ("لفرنسا وألمانيا وإيطاليا")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    found, cand = [], first
    while (nxt := tokens.next(cand.j, end)) < end and (cand := mentions.start_at.get(nxt)) is not None \
            and cand.type in AUTHOR_TYPES and tokens.clitic(cand) == "و":
        found.append(mentions.found(cand))
    return found


def _where_said(ctx: Context, place: Candidate) -> bool:
    """Is the place governed by "بـ" or "في" ("بيان بالقاهرة", "تصريحات في باريس"): the place where?"""
    tokens = ctx.tokens
    return "ب" in tokens.clitic(place) or (p := tokens.prev(place.i)) is not None and tokens.norm(p) == IN


def author_after(ctx: Context, k: int, end: int) -> list[Found]:
    """Who issued what the noun or marker at k names: "بيان لوزارة الخارجية", "بيان صادر عن الكرملين",
    "تصريحات الرئيس بوتين", "بحسب ما نقلت وكالة X"."""
    tokens, mentions, words = ctx.tokens, ctx.mentions, ctx.tokens.words
    pos = k + 1
    for _ in range(6):
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        if (spokesmen := spokesmen_for(ctx, pos, end, governed=True)) is not None:
            return [spokesmen]   # "وفقا لمتحدثين باسم الحركة": the movement is the source
        cand = mentions.start_at.get(pos)
        if cand is not None and cand.type == "Place" and _where_said(ctx, cand):
            pos = cand.j   # "في تصريحات بفنلندا": where it was said, not who said it
            continue
        if cand is not None and cand.type == "Organization" \
                and (body := described_body_named(ctx, cand.i, cand.j)) is not None:
            return [Found(body, cand.i, cand.j)]   # "وبحسب الصحيفة البريطانية": the newspaper named before
        if cand is not None:
            return [mentions.found(cand)] + (_joined_authors(ctx, cand, end) if _joint(ctx, k, pos) else [])
        if pos in mentions.bare:
            bare = mentions.bare[pos]
            ref = title_referent(ctx, bare.title, bare.role_of, pos)
            if ref:
                return [Found(ref, pos, bare.stop)]
            # "وبحسب متحدث باسم الوزارة": the body the unnamed spokesman speaks for is the source
            spoken = spoken_for(ctx, pos, bare.title, end) or person_ahead(ctx, pos, end)
            return [spoken] if spoken is not None else []   # (person_ahead: "للأمين العام لحزب «الأمة» فلان")
        if match_title(ctx.doc, pos) is not None and (person := person_ahead(ctx, pos, end)) is not None:
            return [person]  # "بحسب وزير المالية الكندي فلان": the person the title introduces
        if pos == tokens.next(k + 1, end) and (past := _credited_noun_end(ctx, k, pos, end)) is not None:
            pos = past   # "بحسب أرقام شبه رسمية نشرتها الهيئة", "بحسب آخر حصيلة لوزارة X": past what is credited
            continue
        norm = tokens.norm(pos)
        if norm in words.relative and pos == tokens.next(k + 1, end):
            pos += 1  # "البيان الذي أصدرته الوزارة": a definite noun's relative clause, its verb next
            continue
        if _resumes_noun(ctx, k, pos, end) and (nxt := tokens.next(pos + 1, end)) < end \
                and not norm.endswith(("ه", "ها")) and tokens.norm(nxt) in words.resumptive_bi \
                and (tokens.next(nxt + 1, end) in mentions.start_at or tokens.next(nxt + 1, end) in mentions.titled):
            pos = nxt + 1  # "الرسالة التي بعث بها الرئيس": the noun taken up by "بها" after the verb
            continue
        # (an object pronoun as written: "حاجة" ends in a ta marbuta, which normalises to the same ه)
        if _resumes_noun(ctx, k, pos, end) and norm.endswith(("ه", "ها")) and not tokens.text(pos).endswith("ة") \
                and ((nxt := tokens.next(pos + 1, end)) in mentions.start_at or nxt in mentions.titled
                     or (nxt in mentions.bare and pos != tokens.next(k + 1, end))):   # "الذي وقعه الرئيس"
            # "بيان أصدرته وزارة الزراعة", "شريط عرضه التلفزيون البيروفي", "تصريحات أطلقها وزير الخارجية
            # التركي فلان": a verb whose object is the noun; "وفقا لما ذكرته الإذاعة", "حسب ما أعلنه
            # النادي": a verb whose object is the marker's "ما"; "الميثاق الذي وقعه فلان": after a relative
            pos += 1
            continue
        if tokens.in_class(k, words.according_to) and (body := body_referent(ctx, pos, governed=True)) is not None:
            return [Found(body, pos, pos + 1)]  # "وبحسب الصحيفة": the last newspaper the text named
        if norm in words.ascribed_participle:
            # "تصريحات منسوبة للرئيس فلان", "المنسوبة إلى الوزير": the one it is ascribed to is its author
            nxt = tokens.next(pos + 1, end)
            pos = nxt + 1 if nxt < end and tokens.norm(nxt) == TO else pos + 1
            continue
        if _issued_by(ctx, k, pos) and (body := body_referent(ctx, pos)) is not None:
            return [Found(body, pos, pos + 1)]  # "تقرير صادر عن المنتدى": the last forum the text named
        if (_issued_by(ctx, k, pos) or tokens.in_class(k, words.according_to)
                or (pos == tokens.next(k + 1, end) and tokens.text(pos).startswith("لل"))) \
                and (unnamed := unnamed_body(ctx, pos)) is not None:
            if unnamed.j == pos + 1 and tokens.text(pos).startswith("لل") \
                    and (body := body_referent(ctx, pos, governed=True)) is not None:
                return [Found(body, pos, pos + 1)]  # "بيان للوزارة": the ministry the text named before
            return [unnamed]  # "بيان صادر عن المكتب الصحفي", "بيان للجنة المنظمة": a body the text does not name
        # "بيان صادر عن", "البيان الصادر عن": the participle of issuing, indefinite or definite
        if norm in words.passive_agent or strip_article(norm).startswith(ISSUED) or norm in words.agent_link or norm in words.wording \
                or norm in words.bearing_name or _figures(norm, words.figure_noun) \
                or ctx.cues.kind_at(pos) not in (None, "noun") or norm in lexicon.org_heads() or norm in words.leadership_noun \
                or tokens.is_quote(pos) or _describes(ctx, k, pos, end) or _document(ctx, k, pos) \
                or _source_noun_in_construct(ctx, k, pos, end):
            pos += 1
            continue
        break
    return []


def _issued_by(ctx: Context, k: int, pos: int) -> bool:
    """Does "صادر عن" ("الصادرة عن", "صادرة من") stand right before pos, past the noun at k: the participle of
    issuing and its agent's preposition, after which a bare definite head of a body names the issuer?"""
    tokens = ctx.tokens
    link = tokens.prev(pos)
    issued = tokens.prev(link) if link is not None and link > k else None
    return issued is not None and issued > k and tokens.norm(link) in tokens.words.passive_agent \
        and strip_article(tokens.norm(issued)).startswith(ISSUED)


ADJECTIVE_ENDINGS = ("ه", "ات")   # "الرسمية", "الختامية", "رسميات": the feminine and its plural, normalised


def _describes(ctx: Context, k: int, pos: int, end: int) -> bool:
    """"بيان رسمي لوزارة X", "التقرير السنوي لمنظمة X", "حسب تقرير سنوي للوزارة": an adjective of a statement
    or document (function_words document_adjective) right after the noun at k (or the document noun right
    after an according-to marker at k), or after another such adjective, with the noun's article or without
    it as the noun has it: the author comes after it."""
    tokens = ctx.tokens
    head = tokens.prev(pos)
    while head is not None and head > k and _adjective(ctx, head):
        head = tokens.prev(head)
    if head is None or head < k or (head > k and not _document(ctx, k, head)) \
            or (head == k and tokens.in_class(k, tokens.words.according_to)):
        return False   # "وفقا لآليات": no adjective right after an according-to marker
    return _adjective(ctx, pos) and tokens.norm(pos).startswith("ال") == tokens.norm(head).startswith(DEFINITE_OPENINGS)


def _document(ctx: Context, k: int, p: int) -> bool:
    """"حسب تقرير لمنظمة X", "وفقا للتقرير السنوي للوزارة": a document noun right after an according-to
    marker, between it and its author."""
    tokens = ctx.tokens
    return p == tokens.next(k + 1, len(ctx.doc)) and tokens.in_class(k, tokens.words.according_to) \
        and any(bare in tokens.words.document_noun for _, bare in clitic_variants(tokens.norm(p)))


def _source_noun_in_construct(ctx: Context, k: int, p: int, end: int) -> bool:
    """"بحسب تقارير منظمة X", "وفق مراسلي وكالة X": a noun of unnamed sources or correspondents right after
    an according-to marker with a name in construct right after it: the named body is the source, the noun only
    says through whom (its reports, its correspondents)."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if p != tokens.next(k + 1, end) or not tokens.in_class(k, words.according_to):
        return False
    norm = tokens.norm(p)
    return (norm in words.unnamed_source or norm in words.correspondent) and tokens.next(p + 1, end) in ctx.mentions.start_at


RELATIVE_STEM_MIN = 4   # letters of a relative adjective with its ي: "مالي", "سنوي", not "في", "الذي"


def _adjective(ctx: Context, p: int) -> bool:
    """Is the word at p an adjective of statements or documents (document_adjective) or a relative adjective
    ("المالي", "الاقتصادية"), with or without its article and with its feminine or plural ending ("الرسمية",
    "صحفية")? Not a name: a mention there is the author."""
    tokens = ctx.tokens
    words, norm = tokens.words, tokens.norm(p)
    if ctx.mentions.in_a_mention(p) or tokens.is_punct(p):
        return False
    stem = norm[2:] if norm.startswith("ال") else norm
    for e in ("",) + ADJECTIVE_ENDINGS:
        if stem.endswith(e):
            bare = stem[:len(stem) - len(e)]
            # a relative adjective masculine or feminine only: "روايات", "آليات" are nouns
            if bare in words.document_adjective or (e != "ات" and bare.endswith("ي") and len(bare) >= RELATIVE_STEM_MIN):
                return True
    return False


FIGURE_CLITICS = ("", "ال", "ل", "لل")   # "تقديرات", "الأرقام", "لإحصاءات", "للإحصائيات"


def _figures(norm: str, nouns: frozenset[str]) -> bool:
    """Is the word a noun of figures or estimates ("حسب تقديرات الأمم المتحدة"), with its clitics?"""
    return any(norm.startswith(c) and norm[len(c):] in nouns for c in FIGURE_CLITICS)


def _resumes_noun(ctx: Context, k: int, pos: int, end: int) -> bool:
    """Does the word at pos come right after the noun or marker at k, or after the "ما" / "لما" that
    follows the marker ("بحسب ما", "وفقا لما")? Its object pronoun then stands for that noun or "ما"."""
    tokens = ctx.tokens
    first = tokens.next(k + 1, end)
    if first < pos and (past := _credited_noun_end(ctx, k, first, end)) is not None:
        return pos == past   # "بحسب أرقام شبه رسمية نشرتها الهيئة": the verb right after the noun credited
    if first < pos and _document(ctx, k, first):
        first = tokens.next(first + 1, end)   # "وفقا لدراسة أعدتها الجامعة": the document after the marker
    while first < pos and _adjective(ctx, first):
        first = tokens.next(first + 1, end)   # "دراسة كندية أعدها المجلس": the noun's adjectives before the verb
    return pos == first or ((tokens.norm(first) in tokens.words.agent_link or tokens.norm(first) in tokens.words.relative)
                            and pos == tokens.next(first + 1, end))


def _credited_noun_end(ctx: Context, k: int, first: int, end: int) -> int | None:
    """Past the indefinite noun an "according to" marker at k credits, with its adjectives (each maybe after a
    word of degree: "شبه نهائية", "غير رسمي"), when a verb taking it back with its pronoun comes next ("بحسب
    أرقام شبه رسمية نشرتها الهيئة", "بحسب إحصاء غير رسمي أعده المرصد": the one who gave them follows);
    or past a figure or document noun after a word of recency ("بحسب آخر حصيلة لوزارة X"). None otherwise."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if not tokens.in_class(k, words.according_to):
        return None
    p = first
    latest = tokens.norm(p) in words.latest_first
    if latest:
        p = tokens.next(p + 1, end)
    norm = tokens.norm(p) if p < end else ""
    if p >= end or ctx.mentions.in_a_mention(p) or tokens.is_punct(p) or norm in words.relative \
            or norm in words.agent_link or norm in words.according_to:
        return None
    noun = p
    p = tokens.next(p + 1, end)
    while p < end and (_adjective(ctx, p) or (tokens.norm(p) in words.adjective_degree
                                             and _adjective(ctx, tokens.next(p + 1, end)))):
        p = tokens.next(p + 1, end)
    if latest:
        credited = _figures(tokens.norm(noun), words.figure_noun) or any(
            bare in words.document_noun for _, bare in clitic_variants(tokens.norm(noun)))
        return p if credited else None
    resumes = p < end and tokens.norm(p).endswith(("ه", "ها")) and not tokens.text(p).endswith("ة")
    return p if resumes else None
