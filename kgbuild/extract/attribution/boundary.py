"""Where what was said ends: the sentence end, or the point where a new clause takes over (another
cue after a comma or with و/ف glued to it, a clause link with its own named subject and verb, a news
agency's tag, the writer's narration resuming). content.py opens what was said; this module closes it.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from ... import lexicon
from ...text import normalize
from ..words import CLOSE_QUOTES, COMMAS, OPEN_QUOTES, QUOTE_CHARS, ends_in_pronoun, text_of, without_conjunction
from .context import Context
from .cues import SPEECH_KINDS, Cue, feminine_form, governing_preposition, present_form
from .cursor import GUILLEMET_CLOSERS, SEMICOLON, SENTENCE_ENDS
from .narration import (FORMULA_OPENINGS, RESUMING_WORDS, contrasted_narration, contrasted_report, named_at, withheld_detail,
                        narration_after_comma, writer_resumes)

TAG_TOKENS = 8     # "(د ب أ)": an agency tag closes its parenthesis within this many tokens
TITLE_TOKENS = 8   # tokens from a title to the name it goes with
FROM = normalize("من")
ON_WHAT = normalize("على")   # "على ما أفادت الوزارة": "as the ministry said", like "بحسب ما"
AND = "و"   # glued on the next side's name: "، وإثيوبيا تصر"
IN, WHEN = normalize("في"), normalize("حين")   # "في حين", while
CLAIMED_ACTS = ("support", "act")   # deeds a headline's speaker may claim of another side: no second side
OBJECT_BEGUN_WORDS = 2   # words of an object before a comma that show it has begun
HEADLINE_BREAKS = ("..", "...", "…")
STRAIGHT_QUOTE = '"'   # the same mark opens and closes a quote   # the dots a headline sets between its clauses (each side's deed or words)


_WORDS = lexicon.function_words()
# the words clause_end reads a new clause at by their own form (a link, a negation, a word the writer's narration
# resumes with, a participle of manner, ...): a word that is none of them, with no comma, no clause link and no
# headline before it and no cue at it, ends nothing, and the loop reads on at once; in an object content, so long as
# it is no phrase of when or where (circumstance) and bears no و (writer_resumes: a second deed of the subject)
CLAUSE_END_WORDS = _WORDS.concessive_end | _WORDS.clause_link | _WORDS.topic_opener | _WORDS.negation \
    | RESUMING_WORDS | _WORDS.resumptive_what | _WORDS.manner_participle
CLAUSE_END_TEXTS = frozenset({"(", *HEADLINE_BREAKS, *COMMAS, SEMICOLON})   # (a tag, a headline's dots, a comma before)


def clause_end(ctx: Context, start: int, end: int, object_clause: bool = False) -> int:
    """Where content starting at `start` stops: the sentence end, or a new cue after "،" (or
    "، فيما", "، كما" ...) or with و/ف glued to it, outside quotes, or where the writer's narration
    resumes; `object_clause` when the content is the verb's object, not a clause opened by أن/إن,
    a colon or a quote."""
    tokens, words = ctx.tokens, ctx.tokens.words
    norms, spaces = tokens.norms, tokens.spaces   # (read directly: this loop reads every word of every content)
    # (so too the texts and offsets, and the end of the headline's line, read once for the loop, not once a word);
    # the detectors below are asked only of the words that pass their own first test, most words pass none
    texts, starts, line_end = tokens.texts, tokens.starts, _first_line_end(ctx)
    for k in _outside_quotes(ctx, start, end):
        if not spaces[k]:
            prev = k - 1 if not spaces[k - 1] else max(k - 2, 0)
            norm, norm_prev = norms[k], norms[prev]
            if norm not in CLAUSE_END_WORDS and norm_prev not in words.clause_link \
                    and (not object_clause or (norm[:1] != AND and norm not in words.circumstance)) \
                    and texts[k] not in CLAUSE_END_TEXTS and texts[prev] not in CLAUSE_END_TEXTS \
                    and (norm[1:] if norm[:1] == AND else norm) not in FORMULA_OPENINGS \
                    and 0 <= line_end <= starts[k] and ctx.cues.at(k) is None:
                continue   # (none of the readings below can end the content here: CLAUSE_END_WORDS)
            # "حيث أكد", "لكنه أشار": a verb right after a bare clause link opens a clause of its own
            bare_link = (norm_prev in words.bare_clause_link or norm_prev in words.pronoun_clause_link) and prev > start
            if norm_prev in words.clause_link and prev > start:
                before = tokens.prev(prev, start)
                if before is not None and before > start and tokens.norm(before) in words.preposition:
                    before = tokens.prev(before, start)  # "، في حين قال": a link of two words
                if before is not None and tokens.is_comma(before):
                    prev = before
            if texts[k] == "(" and agency_tag_at(ctx, k, end):
                return k  # "... في ليبيا (الفرنسية) أعلنت ...": the tag ends the report
            if texts[k] in HEADLINE_BREAKS and in_headline(ctx, k):
                return k  # "X تعلن فوز Y.. و«Z» ترفض النتائج": a headline's dots part its clauses
            if norm in words.concessive_end and answers_fronted_link(ctx, k, start):
                # "فيما أكد فلان أن ... فإن علانا أعلن ...": the main clause, set against the first
                p = tokens.prev(k, start)
                return p if p is not None and tokens.is_comma(p) else k
            if (norm in words.clause_link and _named_subject_with_cue(ctx, k, end)) \
                    or (norm in words.topic_opener and contrasted_report(ctx, k, end)):
                # "...، لكن موسكو أشارت إلى أن ...", "...، غير أن خبراء أكدوا أن ...": a clause link, a
                # subject and its own verb of saying open the next statement
                p = tokens.prev(k, start)
                return p if p is not None and tokens.is_comma(p) else k
            if norm in words.negation and withheld_detail(ctx, k, end):
                p = tokens.prev(k, start)   # "من دون أن يحدد": with its من, and the comma before
                if p is not None and p > start and tokens.norm(p) == FROM:
                    p = tokens.prev(p, start)
                return p if p is not None and tokens.is_comma(p) else (p + 1 if p is not None else k)
            if norm in words.clause_link and contrasted_narration(ctx, k, end):
                p = tokens.prev(k, start)   # "، في حين لم ...": the link of two words and its comma too
                if p is not None and p > start and tokens.norm(p) in words.preposition:
                    p = tokens.prev(p, start)
                return p if p is not None and tokens.is_comma(p) else (p + 1 if p is not None else k)
            cue = ctx.cues.at(k)
            if cue is not None and cue.kind in SPEECH_KINDS and (marker := attribution_tail(ctx, k, start)) is not None:
                # "... في العام المقبل حسب ما قال الخبير فلان": the tail gives what stands before it to
                # another source, it is no part of this content (with or without a comma before it)
                p = tokens.prev(marker, start)
                return p if p is not None and tokens.is_comma(p) else marker
            comma = texts[prev] in COMMAS or texts[prev] == SEMICOLON   # a semicolon parts clauses too
            headline = line_end < 0 or starts[k] < line_end   # (in_headline)
            if (comma or headline) and (_joined_subject_cue(ctx, k, end, headline) is not None
                                        or (headline and joined_subject_deed(ctx, k, end))
                                        or (headline and object_clause and joined_noun_deed(ctx, k, end))):
                # "يطالبان المجلس بالتدخل، وإثيوبيا تصر على أن": the next side and its own verb; a headline
                # sets two sides so with no comma ("X تعلن فوزها وY تنفي")
                return prev if comma else k
            if headline and not comma and headline_second_clause(ctx, k, end, object_clause):
                return k   # "X يرحب بكذا و«Y» يصفه بكذا", "X يرفض القرار ويتحدث عن ظلم": a headline's next clause
            if comma and narration_after_comma(ctx, k, end):
                return prev
            if object_clause and comma and norm in words.event_after \
                    and tokens.norm(tokens.next(k + 1, end)) not in words.complementizer \
                    and len(tokens.word_tokens(start, prev)) >= OBJECT_BEGUN_WORDS:
                # "أعلن استقالته من منصبه، بعد أسابيع من الاحتجاجات": the object has begun before the comma;
                # the phrase of "after" past it tells when the deed was done, the writer's (set between the
                # speaker and the object, "دعا، بعد الاجتماع، إلى ...", it comes before any object word).
                # Not "، بعد أن تلقى ...": a clause of why, whose parties the object is about (writer_resumes)
                return prev
            if writer_resumes(ctx, k, prev, end, comma, object_clause):
                return prev if comma else k
            if norm in words.resumptive_what and ctx.cues.what_resumed_at(k):
                return prev if comma else k   # "..., وهذا ما نفته النقابة": another's answer to what was said
            if norm in words.manner_participle and not tokens.after_preposition(k):
                # "... ولم تعرض مخرجا موضحا أن ...": a participle of manner opens the next statement
                return prev if comma else k
            # "من أضرار ومخاطر التلوث": a noun joined by و goes on with the clause
            if cue and not tokens.is_punct(prev) and _coordinated_present(ctx, cue):
                continue   # "أن بلاده تساند لبنان وترفض التدخل": a second verb of the same subject
            if cue and not object_clause and not tokens.is_punct(prev) and _coordinated_in_report(ctx, cue, start):
                continue   # "قال إن حكومته طردت السفير وحذرت ...": the clause's subject's second deed
            if cue and (cue.kind not in ("via", "noun") or comma) and (comma or cue.prefix > 0):
                return prev if comma else k
            if cue and cue.kind in SPEECH_KINDS and bare_link:
                return prev  # "تكلم في لقاء متلفز حيث أكد أن": a verb after a clause link opens a clause of its own
            if cue and cue.kind in SPEECH_KINDS and _linked_verb_with_named_subject(ctx, cue, prev, start, end):
                return prev  # "أكد فلان أن ... فيما انتقدت النقابة ذلك": the link, the verb and its own subject
    return end


def after_quote_framing(ctx: Context, start: int, end: int) -> int:
    """Where what was said ends when, past the speaker's quoted words, a phrase of "after" with no quote of its own
    follows ('يتعهد بحكومة "لكل المواطنين" بعد أدائه اليمين', 'أكد أن الأمور "عادت إلى طبيعتها" بعد يومين من المواجهات',
    'أن بلاده "باقية على عهدها"، بعدما لوح خصمه بمراجعته'): it tells when or upon what it was said, the writer's
    framing. Before the phrase (and its comma); `end` when there is none. Not "على بعد" (at a distance of)."""
    tokens = ctx.tokens
    texts = tokens.texts   # (is_quote read in place: every word of the content is asked)
    k, quoted = start, False
    while k < end:
        if texts[k] in QUOTE_CHARS:
            if tokens.text(k) in GUILLEMET_CLOSERS:
                quoted, k = True, k + 1
                continue
            close = tokens.closing_quote(k, end)
            if close >= end:
                return end   # the rest is quoted
            quoted, k = True, close + 1
            continue
        if quoted and tokens.norm(k) in tokens.words.event_after and not tokens.after_preposition(k) \
                and (nxt := tokens.next(k + 1, end)) < end and not tokens.is_punct(nxt) \
                and not any(texts[q] in QUOTE_CHARS for q in range(k + 1, end)):
            return tokens.trim_end(start, k)
        k += 1
    return end


def _outside_quotes(ctx: Context, start: int, end: int) -> Iterable[int]:
    """The tokens after `start` and before `end` that stand outside quotes (quote marks themselves not
    included): where clause_end and second_side look for a new clause."""
    if not ctx.tokens.quote_marks_between(start, end):
        return range(start + 1, end)   # (no quote mark in the span, as in most contents: every token after start)
    return _outside_quote_marks(ctx, start, end)


def _outside_quote_marks(ctx: Context, start: int, end: int) -> Iterator[int]:
    """_outside_quotes of a span with quote marks in it."""
    tokens, texts, depth = ctx.tokens, ctx.tokens.texts, 0
    straight_close = -1   # where a straight quote opened in the span closes ('فرض رقابة "مشددة" على ...')
    for k in range(start, end):
        t = texts[k]
        if t in OPEN_QUOTES:
            depth += 1
        elif t in CLOSE_QUOTES:
            depth = max(0, depth - 1)
        elif t == STRAIGHT_QUOTE and k > straight_close:
            if _opens_straight(ctx, k):
                close = tokens.closing_quote(k, end)
                straight_close = close if close < end and tokens.text(close) == STRAIGHT_QUOTE else -1
        elif depth == 0 and k > start and k > straight_close:
            yield k


def _opens_straight(ctx: Context, k: int) -> bool:
    """Does the straight quote mark at k open a quote: an even number of them before it in its sentence?"""
    first = ctx.tokens.sentence(k).start
    return sum(ctx.tokens.text(q) == STRAIGHT_QUOTE for q in range(first, k)) % 2 == 0


def answers_fronted_link(ctx: Context, k: int, start: int) -> bool:
    """Is the فإن at k the answer of a "while" clause that opens the sentence (answered_link: "فيما",
    "بينما", "في حين", with و or not) and holds the content that starts at `start` ("فيما أكد فلان أن
    ... فإن علانا أعلن أن ...")? Not when a condition or a "despite" within the content comes first:
    فإن answers that one ("قال إنه إذا ... فإن")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    for q in range(start, k):
        norm = tokens.norm(q)
        if without_conjunction(norm, words.condition) in words.condition \
                or without_conjunction(norm, words.concessive) in words.concessive:
            return False
    first = start   # the sentence's first word
    q = start - 1
    while q >= 0 and tokens.text(q) not in SENTENCE_ENDS and "\n" not in tokens.text(q):
        if not tokens.is_space(q):
            first = q
        q -= 1
    if first >= start:
        return False
    if without_conjunction(tokens.norm(first), (IN,)) == IN:   # "في حين", "وفي حين"
        second = tokens.next(first + 1, start)
        return second < start and tokens.norm(second) == WHEN
    link = without_conjunction(tokens.norm(first), words.answered_link)
    return link in words.answered_link and link != WHEN   # "حين" alone is "when"


def _linked_verb_with_named_subject(ctx: Context, cue: Cue, prev: int, start: int, end: int) -> bool:
    """Is the cue a bare verb right after a clause link with no comma before it ("فيما", "كما"), with a person,
    body or place named right after it as its subject ("... فيما انتقدت النقابة ذلك")? Then it opens a clause
    of its own. (With a comma the link ends what was said anyway; "فيما قاله الوزير", in what the minister
    said, has the verb's object glued on.)"""
    tokens = ctx.tokens
    if cue.prefix or prev <= start or tokens.norm(prev) not in tokens.words.clause_link:
        return False
    if ends_in_pronoun(tokens.text(cue.i)):
        return False
    nxt = tokens.next(cue.i + 1, end)
    named = ctx.mentions.start_at.get(nxt)
    if named is None:   # "فيما انتقد الدكتور فلان": the name after its title
        named = next((c for q in range(nxt + 1, min(end, nxt + TITLE_TOKENS))
                      if (c := ctx.mentions.start_at.get(q)) is not None and c.title_i == nxt), None)
    return named is not None and named.type != "Group" and not tokens.governed(named)


def _coordinated_present(ctx: Context, cue: Cue) -> bool:
    """Is the cue a present-tense verb glued to و ("... تساند لبنان وترفض التدخل")? Right after a
    word (no comma, no "..": a headline's second verb stands after one), news narrates in the past;
    a present verb joined so goes on with the clause before, a second predicate of the same
    subject, not a new statement."""
    tokens = ctx.tokens
    word = tokens.norm(cue.i)[cue.prefix:]
    if cue.prefix != 1 or tokens.norm(cue.i)[:1] != "و" or cue.kind != "verb":
        return False
    nxt = tokens.next(cue.i + 1, tokens.size)
    if nxt >= tokens.size or tokens.text(nxt) == ":" or tokens.norm(nxt) in tokens.words.complementizer:
        return False   # "... وتؤكد أن": a verb of saying with its own clause opens the next statement
    if named_at(ctx, nxt):
        return False   # "وتساند روسيا ...": a name right after the verb may be a new subject
    lemma = normalize(cue.lemma)
    # "وتذرع", "وتابع": a past tense that itself begins with ت is no present
    return word[:1] == "ي" or (word[:1] == "ت" and lemma[:1] != "ت")


def _coordinated_in_report(ctx: Context, cue: Cue, start: int) -> bool:
    """Is the cue a past verb glued to و within a reported clause that opens at `start` ("قال الوزير إن حكومته
    طردت السفير وحذرت من ..."), whose gender differs from the speaker's verb before the clause? It cannot
    share the speaker as its subject; it goes on with the reported clause, a second deed of its subject."""
    tokens = ctx.tokens
    if cue.prefix != 1 or tokens.norm(cue.i)[:1] != AND or cue.kind != "verb":
        return False
    said = next((ctx.cues.at(q) for q in range(start - 1, max(start - SPEAKER_VERB_TOKENS, 0) - 1, -1)
                 if (c := ctx.cues.at(q)) is not None and c.kind in SPEECH_KINDS and c.kind != "via"), None)
    if said is None or said.i >= cue.i:
        return False
    form, lemma = tokens.norm(cue.i)[cue.prefix:], normalize(cue.lemma)
    said_form, said_lemma = tokens.norm(said.i)[said.prefix:], normalize(said.lemma)
    if present_form(form, lemma) or present_form(said_form, said_lemma) or form.endswith(PLURAL_PAST) \
            or said_form.endswith(PLURAL_PAST):
        return False   # a present is _coordinated_present's; a plural may be either's
    nxt = tokens.next(cue.i + 1, tokens.size)
    if nxt >= tokens.size or tokens.text(nxt) == ":" or tokens.norm(nxt) in tokens.words.complementizer:
        return False   # "... وأكدت أن": a verb of saying with its own clause opens the next statement
    named = ctx.mentions.start_at.get(nxt)
    if named is not None:   # "وحذرت الجارة من ...": a name the verb governs on is its object; else its new subject
        after = tokens.next(named.j, tokens.size)
        if after >= tokens.size or governing_preposition(lemma, tokens.norm(after)) is None:
            return False
    return feminine_form(form, lemma) != feminine_form(said_form, said_lemma)


SPEAKER_VERB_TOKENS = 24   # tokens back from the reported clause within which the speaker's verb stands
PLURAL_PAST = "وا"


def _named_subject_with_cue(ctx: Context, k: int, end: int) -> bool:
    """Does a person, body or place named right after token k come with its own verb of saying?"""
    tokens = ctx.tokens
    named = ctx.mentions.start_at.get(tokens.next(k + 1, end))
    if named is None or named.type == "Group":
        return False
    cue = ctx.cues.at(tokens.next(named.j, end)) if tokens.next(named.j, end) < end else None
    return cue is not None and cue.kind not in ("via", "noun") and cue.prefix == 0


LEADING_SPACE = re.compile(r"\s*")


def _first_line_end(ctx: Context) -> int:
    """The character offset of the line break that ends the text's first line with words on it (-1 when
    there is none), found once per Doc: clause_end asks in_headline of every word of every content."""
    user_data = ctx.doc.user_data
    line_end = user_data.get("kg_first_line_end")
    if line_end is None:
        text = text_of(ctx.doc)
        line_end = user_data["kg_first_line_end"] = text.find("\n", LEADING_SPACE.match(text).end())
    return line_end


def in_headline(ctx: Context, k: int) -> bool:
    """Is token k on the text's first line, the headline (which news writes in clauses, not sentences)?
    Blank lines before it do not count: the first line is the first one with words on it."""
    line_end = _first_line_end(ctx)
    return line_end < 0 or ctx.tokens.starts[k] < line_end


def second_side(ctx: Context, start: int, end: int) -> int:
    """Where a headline's second clause opens between `start` and `end` ("فلان: ... .. وY تطالب بـ"): a
    person, body or place with و glued on and its own verb of saying right after it; else `end`. What
    the first speaker said after a colon stops there, outside quotes. Not a verb of backing ("فلان:
    ملتزمون بكذا وY تدعم الإرهاب"): what a side backs is as often the first speaker's claim about it."""
    for k in _outside_quotes(ctx, start, end):
        cue = _joined_subject_cue(ctx, k, end, True)
        if cue is not None and cue.entry.act not in CLAIMED_ACTS:
            return k
    return end


PRESENT_PREFIXES = ("ي", "ت")
PRESENT_MIN_CHARS = 4   # shorter words of that shape are particles or short nouns
COMMON_VERB = "common_verb"   # the stopwords' kind of a verb: the one kind that may be the second side's verb


def joined_subject_deed(ctx: Context, k: int, end: int) -> bool:
    """Does a headline set a second side at token k: a person, body or place with و glued on and a present
    verb of its own right after it, no verb of saying ("X يعلن كذا وY تستدعي سفيرها")? A headline tells each
    side's deed in the present; the second clause is no part of what the first side said."""
    tokens = ctx.tokens
    named = ctx.mentions.start_at.get(k)
    if named is None or named.type == "Group" or tokens.clitic(named) != AND or not _text_goes_on(ctx):
        return False
    before = tokens.prev(k, 0)
    listed = ctx.mentions.end_at.get(before) if before is not None else None
    if listed is not None and not tokens.governed(listed):
        # "X وY وZ تتدخل": the last of subjects listed together, no second side; a name governed by a preposition
        # ("يعلن تدخلا في X وY تفتح أجواءها") is no subject, the verb after the next name is that one's own
        return False
    after = tokens.next(named.j, end)
    return after < end and bare_present_verb(ctx, after)


SECOND_SUBJECT_WORDS = 3   # words of a headline's second subject between its و and its verb ("وحصيلة الانهيار تتجاوز")


def headline_second_clause(ctx: Context, k: int, end: int, object_clause: bool) -> bool:
    """Does a headline's next clause open at token k, a و glued on or standing alone? A headline joins its clauses
    with و and no stop, each with its own present verb: a second subject, definite and of up to SECOND_SUBJECT_WORDS
    words (a name, quoted or not; a noun in construct with a definite one; a noun with its pronoun), then its bare
    present verb ("X يرحب بكذا و«Y» يصفه بكذا", "X يعلن كذا وحصيلة الانهيار تتجاوز مئة"); or, when what was said is
    the first verb's object, a second present verb of the same subject glued on the و ("X يرفض النتائج ويتحدث عن
    تزوير"): the subject's next deed, no part of the object. An indefinite noun before a verb is described by it
    ("وحلول تضمن الاستقرار"): no subject of a clause of its own."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    if not norm.startswith(AND) or not _text_goes_on(ctx):
        return False
    if norm == AND:
        first = tokens.next(k + 1, end)
        glued = False
    else:
        if ctx.mentions.in_a_mention(k) and k not in ctx.mentions.start_at:
            return False
        first, glued = k, True
        if object_clause and _present_after_and(ctx, k):
            return True
    return first < end and _definite_subject_then_verb(ctx, first, end, glued)


def _present_after_and(ctx: Context, k: int) -> bool:
    """Is token k و glued on a present verb of the third person masculine ("ويتحدث", "ويتجه"), in no mention and no
    word the lexicon knows as other than a verb? (ت-forms are as often verbal nouns: "وتشكيل", "وتقدم".)"""
    stem = ctx.tokens.norm(k)[len(AND):]
    if not stem.startswith("ي") or len(stem) < PRESENT_MIN_CHARS or ctx.mentions.in_a_mention(k):
        return False
    return lexicon.stopword_kinds().get(stem, COMMON_VERB) == COMMON_VERB \
        and stem not in lexicon.titles() and stem not in lexicon.source_nouns()


def _definite_subject_then_verb(ctx: Context, q: int, end: int, glued: bool) -> bool:
    """Do a definite subject of up to SECOND_SUBJECT_WORDS words and then a bare present verb start at q (the و glued
    on q when `glued`)?"""
    tokens, words = ctx.tokens, ctx.tokens.words
    count, definite = 0, False
    while q < end and count < SECOND_SUBJECT_WORDS:
        if tokens.is_quote(q) and tokens.text(q) not in GUILLEMET_CLOSERS:
            close = tokens.closing_quote(q, end)
            if close >= end or close - q > SECOND_SUBJECT_WORDS + 1:
                return False
            q, count, definite = tokens.next(close + 1, end), count + 1, True   # a quoted name
        elif q in ctx.mentions.start_at:
            q, count, definite = tokens.next(ctx.mentions.start_at[q].j, end), count + 1, True
        else:
            norm = tokens.norm(q)[len(AND):] if glued and count == 0 else tokens.norm(q)
            if tokens.is_punct(q) or norm in words.relative or norm in words.preposition \
                    or lexicon.stopword_kinds().get(norm, COMMON_VERB) != COMMON_VERB \
                    or (count > 0 and bare_present_verb(ctx, q)) or ctx.cues.at(q) is not None:
                return False
            definite = norm.startswith("ال") or ends_in_pronoun(tokens.text(q))
            q, count = tokens.next(q + 1, end), count + 1
        if definite and q < end and bare_present_verb(ctx, q):
            return True
    return False


def joined_noun_deed(ctx: Context, k: int, end: int) -> bool:
    """Does a headline set a second side at token k by a common definite noun with و glued on, in no mention, and a
    present verb that agrees with it right after ("X يتعهد بكذا والعواصم تتوافد إلى ...")? The noun is the second
    clause's subject, no part of the object the first side's verb took."""
    tokens = ctx.tokens
    if not tokens.norm(k).startswith(AND + "ال") or ctx.mentions.in_a_mention(k) or not _text_goes_on(ctx):
        return False
    after = tokens.next(k + 1, end)
    return after < end and bare_present_verb(ctx, after) and group_agrees(ctx, k, after)


def _text_goes_on(ctx: Context) -> bool:
    """Has the text a line after its first one? A text of one line is a sentence, no headline over a report."""
    line_end = _first_line_end(ctx)
    return line_end >= 0 and bool(text_of(ctx.doc)[line_end:].strip())


def bare_present_verb(ctx: Context, q: int) -> bool:
    """Is token q a present verb with nothing glued on ("تستدعي", "يفرض"): ي/ت before a stem, in no mention,
    and no word the lexicon knows as other than a verb (a function word, a noun, a title, a noun of a source)?"""
    norm = ctx.tokens.norm(q)
    if not norm.startswith(PRESENT_PREFIXES) or len(norm) < PRESENT_MIN_CHARS or ctx.mentions.in_a_mention(q):
        return False
    cue = ctx.cues.at(q)
    if cue is not None:
        return cue.prefix == 0 and cue.kind not in ("via", "noun")
    return lexicon.stopword_kinds().get(norm, COMMON_VERB) == COMMON_VERB \
        and norm not in lexicon.titles() and norm not in lexicon.source_nouns()


def _own_verb(ctx: Context, after: int, end: int) -> Cue | None:
    """The verb of saying at `after`, right after a subject, with nothing glued on it and no "via"."""
    cue = ctx.cues.at(after) if after < end else None
    return cue if cue is not None and cue.kind in SPEECH_KINDS and cue.kind != "via" and cue.prefix == 0 else None


def _joined_subject_cue(ctx: Context, k: int, end: int, headline: bool = False) -> Cue | None:
    """Is a person, body or place named at token k with و glued on ("وإثيوبيا"), its own verb of saying
    right after it ("، وإثيوبيا تصر على أن")? That verb's cue, else None. Subject first, the writer sets
    another side's words beside what was said. In a `headline` a group too, when a present verb agrees with
    it ("X يأمر بكذا والمعارضة تتهم"): in running text a group after و is as often a second object of the
    verb before."""
    tokens = ctx.tokens
    named = ctx.mentions.start_at.get(k)
    if named is None and tokens.norm(k).startswith(AND + "ال"):
        # "والأمير فلان يتحدث": the title carries the و, the name after it is the mention
        named = ctx.mentions.titled.get(k)
    elif named is not None and tokens.clitic(named) != AND:
        named = None
    if named is None and headline and _bare_body_head(ctx, k):
        # "X يأمر بكذا والجبهة تتهم Y": a bare body head the article names after (speakers/before.py)
        after = tokens.next(k + 1, end)
        cue = _own_verb(ctx, after, end)
        return cue if cue is not None and group_agrees(ctx, k, after) else None
    if named is None or (named.type == "Group" and not headline):
        return None
    after = tokens.next(named.j, end)
    cue = _own_verb(ctx, after, end)
    return cue if cue is not None and (named.type != "Group" or group_agrees(ctx, named.j - 1, after)) else None


def _bare_body_head(ctx: Context, k: int) -> bool:
    """Is token k a definite head noun of bodies with و glued on ("والجبهة", "والحركة"), in no mention?"""
    norm = ctx.tokens.norm(k)
    return norm.startswith(AND + "ال") and norm[3:] in lexicon.org_heads() and not ctx.mentions.in_a_mention(k)


FEMININE_ENDINGS = ("ة", "ات")   # "المعارضة", "النقابات": a present verb with ت
MASCULINE_PLURAL = "ون"          # "المحتجون": a present verb with ي and its ون


def group_agrees(ctx: Context, last: int, verb: int) -> bool:
    """Does the present verb at `verb` agree with the group noun whose last word is `last` ("والمعارضة تتهم",
    "والمحتجون يطالبون", "والنقابات تدعو")? A past verb or one that does not agree reads the group as the
    object of what came before; so does "والمعارضة تحدث", the past of a lemma that opens with ت."""
    noun, form = ctx.tokens.text(last), ctx.tokens.norm(verb)
    cue = ctx.cues.at(verb)
    lemma = normalize(cue.lemma) if cue is not None else ""
    if not present_form(form, lemma):
        return False
    if noun.endswith(FEMININE_ENDINGS):
        return feminine_form(form, lemma)
    if noun.endswith(MASCULINE_PLURAL):
        return form.startswith("ي") and form.endswith(MASCULINE_PLURAL)
    return True


def agency_tag_at(ctx: Context, k: int, end: int) -> bool:
    """Is token k the "(" of a news agency's tag, "(رويترز)", "(د ب أ)", "(أ.ف.ب)"? News copy closes
    a report with it, and the next report may follow in the same paragraph."""
    tokens = ctx.tokens
    if tokens.text(k) != "(":
        return False
    close = next((q for q in range(k + 1, min(end, k + TAG_TOKENS)) if tokens.text(q) == ")"), None)
    if close is None or close == k + 1:
        return False
    a, b = tokens.chars(k + 1, close)
    # "(الفرنسية - أرشيف)": a photo's tag names the agency before the dash
    if " ".join(normalize(text_of(ctx.doc)[a:b].split("-")[0]).split()) in tokens.words.agency_tag:
        return True
    inner = tokens.next(k + 1, close)
    cand = ctx.mentions.start_at.get(inner)
    return cand is not None and tokens.next(cand.j, close) >= close and ctx.mentions.is_agency(ctx.mentions.key(cand))


def attribution_tail(ctx: Context, k: int, start: int) -> int | None:
    """The marker (حسبما / بحسب ما / وفق ما / على ما) that introduces the cue after the reported
    clause: the clause ends there."""
    tokens = ctx.tokens
    p = tokens.prev(k, start)
    if p is None:
        return None
    nxt = tokens.next(k + 1, tokens.size)
    if nxt < tokens.size and tokens.norm(nxt) in tokens.words.complementizer:
        return None   # "قصفت ما قالت إنها مواقع": the verb opens a clause of its own, it credits nothing before it
    norm = tokens.norm(p)
    if norm in tokens.words.tail_attribution:
        return p if p > start + 2 else None
    marker = ctx.cues.credited_marker(p)
    if marker is not None and marker > start + 2:
        return marker   # "، بحسب النتائج التي أعلنتها اللجنة": according to the results the commission announced
    if norm == "ما":
        q = tokens.prev(p, start)
        # "، على ما أفادت الوزارة": as the ministry said
        if q is not None and (tokens.norm(q) in tokens.words.according_to or tokens.norm(q) == ON_WHAT) and q > start + 2:
            return q
    return None
