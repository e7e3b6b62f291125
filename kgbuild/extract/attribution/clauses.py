"""Cues inside what an earlier statement of the sentence was found to say that still tell a statement of
their own: a new main clause, a relative clause, a clause describing a noun, a named or contrasted subject, a
headline or caption run together with the lead."""
from __future__ import annotations

from typing import Sequence

from ...records import StatementRecord
from ...text import normalize
from ..words import PRONOUN_SUFFIXES
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .cursor import SEMICOLON
from .speakers import Query, Seen, Speakers, antecedent_of_relative, subjects_after
from .speakers.base import QAD, carries_object_pronoun, is_participle
from .speakers.before import apposed_person, glued_clause
from .speakers.relative import relative_before
from .topics import TOPIC_OPENERS


def new_main_clause(ctx: Context, cue: Cue, start: int, end: int, earlier: Sequence[StatementRecord]) -> bool:
    """"قال فلان إن ... كما دعا مندوب فرنسا X مجلس الأمن إلى ...": a verb after a clause link (كما،
    فيما، بينما) with a named subject of its own other than the speaker before opens a new statement,
    even inside what the speaker before was found to say."""
    p = ctx.tokens.prev(cue.i, start)
    if cue.kind not in SPEECH_KINDS or cue.prefix or p is None or ctx.tokens.norm(p) not in ctx.tokens.words.clause_link:
        return False
    found = subjects_after(ctx, cue.i + 1, end, earlier)
    said_before = {st.speaker for st in earlier}
    return isinstance(found, Speakers) and bool(found.found) and all(
        sp.i > cue.i and sp.key not in said_before for sp in found.found)


def relative_clause_cue(ctx: Context, cue: Cue, start: int, end: int,
                        last_speakers: tuple[str, ...]) -> bool:
    """"انتقد النائب X الوزير Y الذي قال إن ...": a verb right after a relative pronoun whose antecedent
    names someone speaks for them, even inside the object of the verb before; not inside what that verb
    reports ("وقال إن الطلاب الذين طالبوا بالمنح ..."): the clause is part of the report."""
    tokens = ctx.tokens
    p = relative_before(ctx, cue.i, start)
    if cue.kind not in SPEECH_KINDS or cue.prefix or p is None or tokens.norm(p) not in tokens.words.relative:
        return False
    for back in range(p - 1, start - 1, -1):
        if ctx.cues.kind_at(back) in SPEECH_KINDS:
            break
        quote = tokens.is_quote(back) and not any(ctx.mentions.in_a_mention(n) for n in (back - 1, back, back + 1))
        if tokens.norm(back) in tokens.words.complementizer or tokens.text(back) == ":" or quote:
            return False   # a quote mark around a name ('حركة "حماس" التي') opens no quotation
    found = antecedent_of_relative(ctx, Query(cue, start, end, True, last_speakers, ()), Seen())
    if not isinstance(found, Speakers) or not found.found:
        return False
    # "خطاب الرئيس فلان الذي اتهم فيه": فيه/فيها points back to the statement the clause describes, whose
    # author, the name before the pronoun, speaks
    return _reports_after(ctx, cue.i, end) or relative_in_it(ctx, cue, end)


WHAT = frozenset({normalize("ما")})   # "وهو ما نفته الحركة": what the clause before says, taken up as an object
OWN_SUBJECT_GAP = 1   # tokens from a relative clause's verb to its own subject ("التي تقول، الشرطة": the comma)


def relative_with_own_subject(ctx: Context, cue: Cue, start: int, end: int,
                              earlier: Sequence[StatementRecord]) -> bool:
    """"اتهم الوزير الحركة، التي تصنفها الحكومة منظمة إرهابية، بـ", "فلان، الذي تقول الشرطة إنه ...", "وهو ما
    نفته الحركة": a verb right after a relative pronoun (or the ما of "what") whose own subject, someone who has
    not spoken in the sentence, is named right after it; the antecedent is its object (the pronoun on the verb
    takes it back) or what it says something about (إن/أن after the subject). The clause tells that subject's
    statement even inside what the speaker before was found to say."""
    tokens = ctx.tokens
    p = relative_before(ctx, cue.i, start)
    if cue.kind not in SPEECH_KINDS or cue.prefix or is_participle(ctx, cue) or p is None \
            or tokens.norm(p) not in tokens.words.relative | WHAT:
        return False
    found = subjects_after(ctx, cue.i + 1, end, earlier)
    if not isinstance(found, Speakers) or not found.found:
        return False
    said_before = {st.speaker for st in earlier}
    first = min(sp.i for sp in found.found)
    if first <= cue.i or first - cue.i > OWN_SUBJECT_GAP + 1 or any(sp.key in said_before for sp in found.found):
        return False
    nxt = tokens.next(found.after, end)
    # (not فيه/فيها: "اللحظة التي تقرر فيها السلطات": the time or place of the clause, no statement)
    return carries_object_pronoun(ctx, cue) or (nxt < end and tokens.norm(nxt) in tokens.words.complementizer)


def relative_in_it(ctx: Context, cue: Cue, end: int) -> bool:
    """Is the verb at cue followed by فيه/فيها, which points back to the statement noun it describes?"""
    nxt = ctx.tokens.next(cue.i + 1, end)
    return nxt < end and ctx.tokens.norm(nxt) in ctx.tokens.words.resumptive_in


ACCUSE = "accuse"   # the act of اتهم (cues.tsv): its charge after بـ is what it says
CHARGE_MIN = 3      # letters of a charge with its بـ ("بالكذب"); shorter words so spelled are rarely one
RELATIVE_SAY_WINDOW = 6   # tokens from a verb in a relative clause to the إن/أن, colon or quote of what it says


def _reports_after(ctx: Context, k: int, end: int) -> bool:
    """"الوزير الذي قال إن": the verb at k reports something (إن/أن, a colon or a quote soon after it; إلى
    or على after a verb of calling), so
    the relative clause is a statement, not a description ("الوكالة التي أوردت النبأ")."""
    tokens = ctx.tokens
    cue = ctx.cues.at(k)
    calls = cue is not None and cue.entry.act == "call"
    accuses = cue is not None and cue.entry.act == ACCUSE
    for p in range(k + 1, min(end, k + RELATIVE_SAY_WINDOW)):
        if tokens.norm(p) in tokens.words.complementizer or tokens.text(p) == ":" or tokens.is_quote(p):
            return True
        if calls and tokens.norm(p) in tokens.words.object_complement:
            return True   # "فلان الذي دعا المتمردين إلى إلقاء السلاح": إلى opens what a call asks for
        if accuses and p > k + 1 and _charge(ctx, p):
            return True   # "فلان، الذي اتهم الحكومة بالكذب": the charge after the accused is what it says
        if tokens.is_comma(p) or tokens.text(p) in (".", SEMICOLON):
            return False
    return False


def _charge(ctx: Context, p: int) -> bool:
    """بـ glued on a word that is no part of a name ("بالكذب", "بتزوير"): the charge of an accusation."""
    text = ctx.tokens.text(p)
    return text.startswith("ب") and len(text) > CHARGE_MIN and not ctx.mentions.in_a_mention(p) \
        and not ctx.tokens.is_punct(p)


def described_noun_cue(ctx: Context, cue: Cue, start: int, end: int, earlier: Sequence[StatementRecord]) -> bool:
    """"قالت الوزيرة إن المحادثات ستستأنف، وهو شرط قال الناطق فلان إنه ...": a verb right after an
    indefinite noun opens a clause that describes the noun (no relative pronoun before an indefinite one);
    with a named subject of its own, other than the speaker before, and then what it says (إن، أن), it is
    that subject's statement, even inside what the speaker before was found to say."""
    tokens = ctx.tokens
    p = tokens.prev(cue.i, start)
    if cue.kind not in SPEECH_KINDS or cue.prefix or p is None or not _indefinite_noun(ctx, p):
        return False
    found = subjects_after(ctx, cue.i + 1, end, earlier)
    if not isinstance(found, Speakers) or not found.found:
        return False
    said_before = {st.speaker for st in earlier}
    nxt = tokens.next(found.after, end)
    return all(sp.i > cue.i and sp.key not in said_before for sp in found.found) \
        and nxt < end and tokens.norm(nxt) in tokens.words.complementizer


def named_subject_clause(ctx: Context, cue: Cue, start: int, end: int, earlier: Sequence[StatementRecord]) -> bool:
    """"اعتبرت المحكمة أن الرئيس تجاوز صلاحياته وفي أول ظهور له أكد الأمين العام فلان أن ...": a speech verb
    (no participle) whose own named person comes right after it (other than anyone who spoke before in the
    sentence), followed at once by what he says (إن، أن), tells that person's statement even inside what
    was found for the speaker before; a verb whose subject is a pronoun ("عندما أكد أن") stays inside it."""
    tokens = ctx.tokens
    if cue.kind not in SPEECH_KINDS or cue.prefix or is_participle(ctx, cue):
        return False  # "مؤكدا أن": a participle goes on with the speaker before
    said_before = {st.speaker for st in earlier}
    ents = ctx.mentions.entities
    found = subjects_after(ctx, cue.i + 1, end, earlier)
    if not isinstance(found, Speakers) or not found.found:
        return False
    if not all(sp.i > cue.i and sp.key not in said_before and sp.key in ents and ents[sp.key].type == "Person"
               for sp in found.found):
        return False
    # "أكد فلان الأمين العام للحزب أن": the person's title in apposition may come before what he says
    k = tokens.next(found.after, end)
    for _ in range(NAMED_CLAUSE_APPOSITION):
        if k >= end or tokens.is_quote(k) or ctx.cues.kind_at(k) is not None \
                or (tokens.text(k) in CLAUSE_END_MARKS):
            return False
        if tokens.norm(k) in tokens.words.complementizer:
            return True
        k = tokens.next(k + 1, end)
    return False


def glued_subject_clause(ctx: Context, cue: Cue, start: int, end: int, earlier: Sequence[StatementRecord]) -> bool:
    """"الحكومة تدعو إلى الحوار الوطني فلان يقول إن ...": a headline or caption run together with the lead
    (speakers.before.glued_clause), its subject someone who has not spoken in the sentence, tells a statement
    of its own inside what was found for the speaker before."""
    p = ctx.tokens.prev(cue.i, start)
    subject = ctx.mentions.end_at.get(p) if p is not None else None
    return bool(earlier) and subject is not None and ctx.mentions.key(subject) not in {st.speaker for st in earlier} \
        and glued_clause(ctx, cue, subject, start, end)


def contrasted_subject_clause(ctx: Context, cue: Cue, start: int, end: int,
                              earlier: Sequence[StatementRecord]) -> bool:
    """"قالت الحكومة إن الوضع مستقر، لكن محللين قالوا إن ...": a verb of saying (no participle) whose own
    subject (a person, body or group other than anyone who spoke before in the sentence) stands right before
    it after a contrast opener (لكن، غير أن), followed at once by إن/أن, tells that subject's statement even
    inside what the speaker before was found to say."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if cue.kind not in SPEECH_KINDS or cue.prefix or is_participle(ctx, cue):
        return False
    nxt = tokens.next(cue.i + 1, end)
    p = tokens.prev(cue.i, start)
    subject = mentions.end_at.get(p) if p is not None else None
    if (apposed := apposed_person(ctx, cue.i, start)) is not None:
        # "لكن فلان، المتحدث باسم الحزب في البرلمان قال للصحفيين أمس إن": a title in apposition (its body no
        # subject), then whom and when
        subject, nxt = apposed, _complementizer_ahead(ctx, cue.i, end)
    if subject is None or nxt >= end or tokens.norm(nxt) not in tokens.words.complementizer \
            or mentions.type_of(mentions.key(subject)) not in ("Person", "Organization", "Group") \
            or mentions.key(subject) in {st.speaker for st in earlier}:
        return False
    # "لكن وزير الخارجية فلان قال إن": the opener stands before the title that introduces the name
    opener = tokens.prev(subject.title_i if subject.title_i is not None else subject.i, start)
    if opener is not None and tokens.norm(opener) in tokens.words.complementizer:
        opener = tokens.prev(opener, start)   # "غير أن": the complementizer of a two-word opener
    return opener is not None and tokens.norm(opener) in TOPIC_OPENERS \
        and tokens.norm(opener) not in tokens.words.complementizer


def _complementizer_ahead(ctx: Context, verb: int, end: int) -> int:
    """The إن/أن within NAMED_CLAUSE_APPOSITION tokens after the verb (past whom it was said to and when, a
    quoted outlet's name too), before any clause end or other cue; end when there is none."""
    tokens = ctx.tokens
    k = tokens.next(verb + 1, end)
    for _ in range(NAMED_CLAUSE_APPOSITION):
        if k >= end or tokens.text(k) in CLAUSE_END_MARKS or ctx.cues.kind_at(k) is not None:
            return end
        if tokens.norm(k) in tokens.words.complementizer:
            return k
        k = tokens.next(k + 1, end)
    return end


NAMED_CLAUSE_APPOSITION = 8   # tokens of a title after the named subject, before إن/أن
CLAUSE_END_MARKS = (".", ":", "؛", ";", "!", "؟", "(", ")")


def _indefinite_noun(ctx: Context, p: int) -> bool:
    """A word with no article, no pronoun suffix, in no mention, and none of the closed classes that stand
    before a verb (a complementizer, a relative pronoun, a clause link, قد, a negation)."""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm, text = tokens.norm(p), tokens.text(p)
    return text.isalpha() and not norm.startswith(("ال", "وال", "بال", "لل", "فال", "كال")) \
        and not text.endswith(PRONOUN_SUFFIXES) and not ctx.mentions.in_a_mention(p) \
        and ctx.cues.kind_at(p) is None and norm != QAD \
        and not any(norm in cls for cls in (words.complementizer, words.relative, words.clause_link,
                                             words.verb_negation, words.act_negation, words.clause_opener))
