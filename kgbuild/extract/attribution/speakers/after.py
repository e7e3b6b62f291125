"""The subject after the verb as a strategy: past adverbials and asides, and the verb's object slot
("دعا X إلى", "اتهم X بـ"), which holds no speaker."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article
from ..asides import framed_complementizer, opener_past_aside
from ..context import Context
from ..content import SAY_ACTS
from ..cues import SPEECH_KINDS
from .base import (CLAUSE_ENDS, GROUP_OBJECT, UNNAMED, carries_object_pronoun, cue_form, feminine_verb, is_participle, nominative_plural, oblique_plural,
                   passive_voice, Outcome, Query, Seen, Speakers)
from .slot import subjects_after
from .unnamed_sources import body_of_source
from .carry import (PREPOSITION_PRONOUNS, PREPOSITIONS, QUANTIFIERS, agrees_with_title, clause_opening,
                    is_unnamed_source, masculine_plural_verb, preposed_subject)
from ...words import PRONOUN_SUFFIXES
from ..cues.complements import BLAME_CLITICS, LAID_ON, LAID_ON_WORDS, opens_with_stem


ANSWERED_ON = normalize("علي")   # "عليه", "عليها": the preposition of what one replies or comments on, with its pronoun
ADVERBIAL_WALK = 14          # tokens of adverbial phrases a verb may put before its subject
ASIDE_CLOSERS = (")", "ـ", "-", "–")   # close an aside inside a subject: "مسؤول بالوزارة (البنتاغون) أبلغ"
ACCUSE = "accuse"            # the act of اتهم, حمّل
ANNOUNCE_OR_DENY = ("announce", "deny")   # acts whose verbs take what was said, never whom they address
DESCRIBE_LEMMA, DESCRIBED_AS = normalize("وصف"), normalize("بأن")   # "وصف X بأنه": X is described
# what follows the object of a verb of calling or accusing: "حث X على", "دعا X إلى"
OBJECT_COMPLEMENTS = lexicon.function_words().object_complement
# verbs of telling someone something: the group after them is whom they tell ("وأبلغ المحتجين أن")
TELLING_VERBS = lexicon.function_words().telling_verb


def _verbal_noun_object(ctx: Context, q: Query) -> bool:
    """"وتوقعت إعلان المبادرة", "وأعلنت رفض الطلب": a singular masculine statement noun right after a feminine
    verb cannot be its subject (the verb would not agree with it); it is the verb's object, and the subject is
    the one the verb continues. Not a feminine noun ("رسالة"), a plural ("تصريحات") or a masculine verb."""
    tokens = ctx.tokens
    nxt = tokens.next(q.cue.i + 1, q.end)
    noun = ctx.cues.at(nxt) if nxt < q.end else None
    if noun is None or noun.kind != "noun" or noun.prefix:
        return False
    lemma = normalize(noun.lemma)
    return strip_article(tokens.norm(nxt)) == lemma and not lemma.endswith("ه") \
        and feminine_verb(ctx, q.cue)


OBJECT_ASIDE_WALK = 8   # tokens of an aside between an object and its complement ("، بحسب ما أفاد مكتبه،")


def _past_comma_aside(ctx: Context, p: int, end: int) -> int:
    """"ودعا البرلمان، بحسب ما أفاد مكتبه، إلى": an aside between commas right after the object; the token
    after its closing comma, where the complement stands (p itself when no such aside opens there)."""
    tokens = ctx.tokens
    if p >= end or not tokens.is_comma(p):
        return p
    k = tokens.next(p + 1, end)
    for _ in range(OBJECT_ASIDE_WALK):
        if k >= end or tokens.text(k) in CLAUSE_ENDS:
            return p
        if tokens.is_comma(k):
            return tokens.next(k + 1, end)
        k = tokens.next(k + 1, end)
    return p


def _object_slot(ctx: Context, q: Query, found: Speakers) -> bool:
    """"وحث قادة المنطقة على ...", "كما ناشد منظمة الصحة العالمية بإرسال فرق": a verb that continues the
    last speaker, with an object and its complement (على، إلى، بـ) where a subject would stand. The
    object is a group, or a body the verb does not agree with (a masculine verb before a feminine
    name is no subject of it); a sound plural in -ين is never a subject, one in -ون always is."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if not q.last_speakers or not (q.cue.prefix or _after_clause_link(ctx, q)) \
            or normalize(q.cue.lemma) in tokens.words.clause_verb:
        return False  # "بينما يصر الأهلي على أن": a verb that takes no noun object has its subject there
    first = found.found[0]
    if first.i < 0:
        return False
    kind = mentions.speaks_as(first.key)
    head = normalize(tokens.text(first.i))
    if tokens.norm(first.i) in tokens.words.document_noun:
        return False  # "وأشار التقرير إلى": the document stands for its issuer, the verb agrees with the document
    if kind == "Group" and head.endswith("ين"):
        return True
    if nominative_plural(head):
        return False  # "وطالب مستثمرون بتعويضات": nominative, the verb's subject
    nxt = _past_comma_aside(ctx, tokens.next(found.after, q.end), q.end)
    if nxt >= q.end:
        return False
    word = tokens.text(nxt)
    # "بأن", "بأنه" opens what was said, no complement of an object ("وتوقع المسؤول بأنه"), but after a verb
    # of describing ("ووصف فلان بأنه")
    described = normalize(q.cue.lemma) == DESCRIBE_LEMMA and normalize(word).startswith(DESCRIBED_AS)
    complement = normalize(word) in OBJECT_COMPLEMENTS or described \
        or (word.startswith("ب") and len(word) > 3 and normalize(word) not in tokens.words.complementizer) \
        or _bi_before_quote(word)
    # "ويتهم لوند بالإهمال", "ووصف فلان بأنه": whom a continuing verb accuses or describes, even a person, is
    # its object
    if not complement or (kind == "Person" and q.cue.entry.act != ACCUSE and not described):
        return False
    if kind == "Organization" and not q.earlier and not feminine_verb(ctx, q.cue) \
            and not _feminine_name(ctx, first.i, first.j):
        # "ودعا الاتحاد الأفريقي إلى", "فيما حث مجلس الأمن على": a masculine body after a masculine verb that
        # opens its sentence's first statement is the verb's subject, as news writes a new speaker in
        return False
    if kind == "Group" and not q.earlier and feminine_verb(ctx, q.cue) and _crowd_of_men(ctx, q.last_speakers):
        # "... رافعين شعارات. وطالبت أحزاب المعارضة بـ": a feminine singular verb does not go on with a crowd
        # named by a sound masculine plural (that would be "وطالبوا"); the group after it is its subject
        return False
    # "وأدانت فرنسا الهجوم وطالبت إيران بالاعتذار": after a statement of its sentence, a verb joined by و
    # goes on with that subject, whatever the gender
    return kind == "Group" or not feminine_verb(ctx, q.cue) or (q.earlier and q.cue.prefix > 0)


TATWEEL = "ـ"


def _bi_before_quote(word: str) -> bool:
    """"بـ" written apart, its noun quoted after it ("وطالب الحكومة بـ«مراجعة شاملة»"): the complement بـ."""
    return word.startswith("ب") and len(word) > 1 and not word[1:].strip(TATWEEL)


SOUND_MASCULINE_PLURAL = ("ون", "ين")   # "المحتجون", "المحتجين"


def _crowd_of_men(ctx: Context, speakers: tuple[str, ...]) -> bool:
    """Are the speakers one group every name of which has a sound masculine plural for its head ("المحتجين",
    "مئات المحتجين الغاضبين"): people a verb with no subject of its own goes on with in the plural?"""
    if len(speakers) != 1 or ctx.mentions.speaks_as(speakers[0]) != "Group":
        return False
    ent = ctx.mentions.entities.get(speakers[0])
    if ent is None or not ent.forms:
        return False
    return all(any(normalize(word).endswith(SOUND_MASCULINE_PLURAL) and len(word) > 4 for word in form.split())
               for form in ent.forms)


def _feminine_name(ctx: Context, i: int, j: int) -> bool:
    """Does the body's name read feminine: its head or the word after it in -ة ("منظمة الصحة", "الأمم المتحدة",
    "الحكومة")? A masculine verb does not agree with it, so it stands there as the verb's object."""
    return any(ctx.tokens.text(k).endswith("ة") for k in range(i, min(j, i + 2)))


def _after_clause_link(ctx: Context, q: Query) -> bool:
    p = ctx.tokens.prev(q.cue.i, q.start)
    return p is not None and ctx.tokens.norm(p) in ctx.tokens.words.clause_opener


def _says_that(ctx: Context, q: Query, found: Speakers) -> bool:
    """"قالت مصادر إن ...، وأضافت المصادر أن ...": a verb of saying (no verb of telling someone, "وأبلغ
    المحتجين أن") whose group is followed by إن/أن, at once or past a phrase of where or how it was said
    ("وقال مئات المتظاهرين في بيان إنهم", "، في بيان، إنهم"): the group says it, it is no object."""
    tokens = ctx.tokens
    nxt = tokens.next(found.after, q.end)
    if nxt < q.end and tokens.norm(nxt) in tokens.words.self_intensifier:
        nxt = tokens.next(nxt + 1, q.end)   # "وأوضحت المصادر نفسها أن"
    if nxt < q.end and _takes_no_person_object(ctx, q):
        # (not past such a phrase after a verb that may take whom it addresses: "ووصف المتظاهرين في بيانه
        # بأنهم", "وحذر المواطنين في الخارج من أن")
        if tokens.norm(nxt) in tokens.words.preposition:
            nxt = framed_complementizer(ctx, nxt, q.end) or nxt
        elif tokens.is_comma(nxt):
            nxt = opener_past_aside(ctx, nxt + 1, q.end) or nxt
    return q.cue.entry.act in SAY_ACTS and normalize(q.cue.lemma) not in TELLING_VERBS \
        and nxt < q.end and tokens.norm(nxt) in tokens.words.complementizer


def _takes_no_person_object(ctx: Context, q: Query) -> bool:
    """A verb whose complement is a clause (قال، ذكر، أفاد), a continuation (أضاف، أوضح), or one of
    announcing or denying: none takes a person or a group as its object."""
    return normalize(q.cue.lemma) in ctx.tokens.words.clause_verb or q.cue.kind == "continuation" \
        or q.cue.entry.act in ANNOUNCE_OR_DENY


def _told_group(ctx: Context, q: Query, found: Speakers) -> bool:
    """"أبلغ المتظاهرين بأن ...": a group in the oblique plural (-ين) after a verb of telling, right before
    what is told, is whom the verb tells, not who tells it ("وأبلغ المسؤولون الصحفيين أن" keeps its subject)."""
    tokens = ctx.tokens
    nxt = tokens.next(found.after, q.end)
    return normalize(q.cue.lemma) in TELLING_VERBS and ctx.mentions.speaks_as(found.found[0].key) == "Group" \
        and not _nominative_group(ctx, found) and nxt < q.end and tokens.norm(nxt) in tokens.words.complementizer


def _spoke_before(q: Query, found: Speakers) -> bool:
    """"ذكرت مصادر أن ...، وأكدت المصادر عدم علمها": the group that already spoke in the sentence, named
    again after a verb joined by و, goes on speaking; it is no object of its own next verb."""
    return found.found[0].key in {st.speaker for st in q.in_sentence}


def _addressed_group(ctx: Context, q: Query, found: Speakers) -> bool:
    """"وناشد المسيحيين في العالم مساعدتها", "وحذر المواطنين الأجانب من", "ونصح الجهاز الفني اللاعبين": a
    group right after the verb whose words are in the oblique plural (-ين, never a subject's case: the head or
    its adjective, "السكان المحليين"), none in the nominative (-ون), is whom the verb addresses, not who
    speaks; whether someone spoke before or not (then the statement has no speaker, better than a wrong one).
    Not the loose subject of a verb of saying right before its إن ("وقال المسؤولين إن"), nor the agent of
    a verbal noun spelled as the verb ("ونقلت الدراسة توقع الباحثين أن": _object_of_verbal_noun reads it)."""
    first, tokens, cue = found.found[0], ctx.tokens, q.cue
    if ctx.mentions.speaks_as(first.key) != "Group" or first.i != tokens.next(cue.i + 1, q.end):
        return False
    if not cue.prefix and cue_form(ctx, cue) == normalize(cue.entry.lemma) and tokens.prev(cue.i, q.start) is not None:
        return False
    words = [normalize(tokens.text(k)) for k in range(first.i, first.j)]
    if any(nominative_plural(w) for w in words) or not any(oblique_plural(w) for w in words):
        return False
    return not (cue.entry.act in SAY_ACTS and _says_that(ctx, q, found))


def _object_of_verbal_noun(ctx: Context, q: Query, found: Speakers) -> bool:
    """"وبدأت الشرطة نشر مدربين أجانب", "تشمل المبادرة نشر مهندسين": a bare cue written as its lemma (a
    past spelled like its verbal noun: نشر, توقع) right after a noun phrase (a definite noun or a name, no
    relative pronoun or time word) stands in a clause that already has its verb and subject: it is the
    verbal noun, object of that verb, or (SVO, "الجيش نشر جنودا") the verb after its own subject. Either
    way an indefinite group in the oblique plural (-ين) right after it is its object, never who speaks; a
    definite one may be the verbal noun's agent ("ونقل التقرير توقع المحللين أن": the analysts expect)."""
    tokens, mentions, cue = ctx.tokens, ctx.mentions, q.cue
    if cue.prefix or cue_form(ctx, cue) != normalize(cue.entry.lemma):
        return False
    p = tokens.prev(cue.i, q.start)
    if p is None:
        return False
    before = tokens.norm(p)
    noun_phrase = p in mentions.end_at or (before.startswith("ال") and before not in tokens.words.relative
                                           and before not in tokens.words.adjunct)
    first = found.found[0]
    return noun_phrase and first.i == tokens.next(cue.i + 1, q.end) and mentions.speaks_as(first.key) == "Group" \
        and not tokens.norm(first.i).startswith("ال") \
        and any(oblique_plural(normalize(tokens.text(k))) for k in range(first.i, first.j))


def _blamed_object(ctx: Context, q: Query, found: Speakers) -> bool:
    """"وحملت واشنطن المسؤولية عن فشل المحادثات", "ونددت الحركة بالهجوم وحملت إسرائيل مسؤولية التصعيد": a
    verb of blaming (حمّل) takes whom it blames first and the responsibility second; with one name only between
    the verb and the noun of responsibility, the name is whom it blames and the subject is the speaker before
    ("حمّل الوزير الحكومة المسؤولية" names both). Unless that responsibility is laid on someone with لـ
    right after it ("وحمل الوزير المسؤولية للحكومة": the name is the subject). A preposition with a pronoun
    may stand before the name ("حمّل فيها العالم كله المسؤولية": in it, a poem, a speech), a quantifier with
    a pronoun after it ("كله", "جميعهم")."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if cue_form(ctx, q.cue) not in words.blame_verb:
        return False
    first, start = found.found[0], tokens.next(q.cue.i + 1, q.end)
    if start < q.end and tokens.norm(start) in PREPOSITIONS and tokens.norm(start).endswith(PREPOSITION_PRONOUNS):
        start = tokens.next(start + 1, q.end)
    if first.i < 0 or first.i != start:
        return False
    blame = tokens.next(found.after, q.end)
    if blame < q.end and _owned_quantifier(tokens.norm(blame)):
        blame = tokens.next(blame + 1, q.end)
    if blame < q.end and tokens.is_quote(blame):
        blame = tokens.next(blame + 1, q.end)   # "وحمّل فلان «مسؤولية التصعيد»": the blame quoted
    if blame >= q.end or not opens_with_stem(tokens.norm(blame), tuple(words.blame_noun), BLAME_CLITICS):
        return False
    p, seen = tokens.next(blame + 1, q.end), 0
    while p < q.end and seen < LAID_ON_WORDS and not tokens.is_punct(p):
        if tokens.text(p).startswith(LAID_ON) and tokens.norm(p) not in words.preposition:
            return False   # "المسؤولية (الكاملة) للحكومة": laid on someone, the name before is the subject
        seen += 1
        p = tokens.next(p + 1, q.end)
    return True


def _accused_object(ctx: Context, q: Query, found: Speakers) -> bool:
    """"واتهم حزب X بالتحريض", "واتهمت الوزيرة بالكذب": a form of اتّهم with one name right after it and the
    charge (بـ glued on) right after the name takes the name as whom it accuses; written without vowels it is
    also the passive ("X was accused of"). Either way the name is no accuser: the speaker before goes on, or
    none speaks. "واتهم فلان علان بـ" names both, the first the accuser. Not "بأن" (what was said), nor an
    adverbial ("بدوره"), nor a name governed by a preposition."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = found.found[0]
    if cue_form(ctx, q.cue) not in words.accusing_verb or is_participle(ctx, q.cue) or first.i < 0 \
            or first.i != _past_quote(ctx, tokens.next(q.cue.i + 1, q.end), q.end):
        return False
    # 'واتهم "منظمات أجنبية" بضخ أموال': the one accused may stand in quotes, with words of its own after the name
    # before the closing mark ('واتهم "نواب الحزب في المدينة" بـ')
    opened = tokens.next(q.cue.i + 1, q.end)
    charge = _past_quote(ctx, _closing_quote(ctx, found.after, q.end) if tokens.is_quote(opened)
                         else tokens.next(found.after, q.end), q.end)
    if charge >= q.end:
        return False
    if not _charge_word(ctx, charge):
        return False
    # "واتهم فلان بوضوح خصومه بالتحريض": a second charge after a noun tells the first بـ word was an adverb
    p, seen = tokens.next(charge + 1, q.end), 0
    while p < q.end and seen < CHARGE_WALK and not tokens.is_punct(p):
        if _charge_word(ctx, p) and seen > 0:
            return False
        p, seen = tokens.next(p + 1, q.end), seen + 1
    return True


STOPWORDS = frozenset(normalize(w) for w in lexicon.stopwords())


QUOTED_ACCUSED_WALK = 8   # words of a quoted accused after its name, up to the closing quotation mark


def _closing_quote(ctx: Context, k: int, end: int) -> int:
    """The first quotation mark from k on within QUOTED_ACCUSED_WALK words, no comma or clause end before it;
    k itself when there is none."""
    tokens, p = ctx.tokens, ctx.tokens.next(k, end)
    for _ in range(QUOTED_ACCUSED_WALK):
        if p >= end or tokens.is_comma(p) or tokens.text(p) in CLAUSE_ENDS:
            break
        if tokens.is_quote(p):
            return p
        p = tokens.next(p + 1, end)
    return tokens.next(k, end)


def _past_quote(ctx: Context, k: int, end: int) -> int:
    """Token k, or the token after it when k is a quotation mark."""
    return ctx.tokens.next(k + 1, end) if k < end and ctx.tokens.is_quote(k) else k


QUOTED_CHARGE = "بـ"   # the preposition written apart with a tatweel before a quote
CHARGE_WALK = 4   # words after a charge within which a second one shows the first was an adverb ("بوضوح")


# the third-person pronouns on بأن that take up the one accused right before it ("بأنه", "بأنها", "بأنهم")
ACCUSED_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")


def _charge_word(ctx: Context, k: int) -> bool:
    """A word with بـ glued on that may be an accusation's charge: not bare بأن (what was said), an adjunct
    ("بدوره") or a preposition; بأن with a pronoun of the third person ("بأنها"), which takes up the one accused;
    or بـ written apart before a quoted charge ("بـ«تضليل البرلمان»")."""
    words, norm = ctx.tokens.words, ctx.tokens.norm(k)
    if norm.startswith(DESCRIBED_AS) and norm[len(DESCRIBED_AS):] in ACCUSED_PRONOUNS:
        return True   # "اتهم اللجنة بأنها منحازة": بأن with the pronoun of the one accused opens the charge
    if ctx.tokens.text(k) == QUOTED_CHARGE:
        nxt = ctx.tokens.next(k + 1, ctx.tokens.size)
        return nxt < ctx.tokens.size and ctx.tokens.is_quote(nxt)
    # (a charge of two letters after بـ, "بضخ", but not a pronoun or particle: "بها", "بعد")
    return norm.startswith("ب") and (len(norm) > 3 or (len(norm) == 3 and norm not in STOPWORDS)) \
        and norm not in words.complementizer \
        and not norm.startswith(DESCRIBED_AS) and norm not in words.adjunct and norm not in words.preposition


def _news_noun(ctx: Context, found: Speakers) -> bool:
    """Is the speaker found a name of one word that is a noun of news ("أنباء", news_noun), read as a person?"""
    first = found.found[0]
    return first.i >= 0 and first.j == first.i + 1 and ctx.mentions.speaks_as(first.key) == "Person" \
        and ctx.tokens.norm(first.i) in ctx.tokens.words.news_noun


def _owned_quantifier(norm: str) -> bool:
    """"كله", "كلها", "جميعهم": a quantifier with a pronoun that takes up the noun before it."""
    return any(norm.endswith(suffix) and norm[:-len(suffix)] in QUANTIFIERS for suffix in PRONOUN_SUFFIXES)


def _nominative_group(ctx: Context, found: Speakers) -> bool:
    first = found.found[0]
    return first.i >= 0 and nominative_plural(normalize(ctx.tokens.text(first.i)))


def _past_adverbials(ctx: Context, k: int, end: int) -> int | None:
    """"وأوضح، مساء الخميس، في مؤتمر صحفي عقده في نيروبي، وزير الزراعة ...", "وقال خلال لقائه وفدا،
    الرئيس ...": the last comma of the adverbial phrases between a verb and its subject (they open with a
    comma, a preposition or a time word), before what was said begins."""
    tokens, words = ctx.tokens, ctx.tokens.words
    first = tokens.next(k + 1, end)
    if first >= end or not (tokens.is_comma(first) or tokens.norm(first) in words.preposition
                            or tokens.norm(first) in words.adjunct):
        return None
    last = None
    for p in range(first, min(end, first + ADVERBIAL_WALK)):
        if tokens.norm(p) in words.complementizer or tokens.is_quote(p) or tokens.text(p) in CLAUSE_ENDS \
                or ctx.cues.kind_at(p) in SPEECH_KINDS:
            break
        if tokens.is_comma(p) and p > first:
            last = p
    return last


def _past_pronoun_object(ctx: Context, k: int, end: int) -> int | None:
    """"ورد عليه الوزير فلان بالقول", "وعلق عليها النائب فلان": على with its pronoun right after the
    verb at k, the one answered or spoken of, before the subject (VSO keeps the pronoun next to its verb);
    the token after it, where the subject stands. None when no such preposition follows the verb."""
    tokens = ctx.tokens
    first = tokens.next(k + 1, end)
    if first >= end:
        return None
    norm = tokens.norm(first)
    if norm not in PREPOSITIONS or not norm.startswith(ANSWERED_ON) or not norm.endswith(PREPOSITION_PRONOUNS):
        return None   # (not "نقلت عنه الوكالة": whom a relay quotes, the agency an intermediary)
    nxt = tokens.next(first + 1, end)
    return nxt if nxt < end else None


def subject_after(ctx: Context, q: Query, seen: Seen) -> Outcome:
    """VSO, the usual order in news: "وقال الوزير الكندي فلان الفلاني", "وقال X وY", "وقال
    الرئيس" (its referent), "وأوضح البيان" (its issuer), "وقالت الوزارة" (the last such body).
    A participle of manner has no subject after it: what follows is its object."""
    if is_participle(ctx, q.cue):
        return GROUP_OBJECT
    if passive_voice(ctx, q.cue):
        return UNNAMED  # "وأُبلغ الوزير أن": the minister was told; who told him the text does not say
    p = ctx.tokens.prev(q.cue.i, q.start)
    first = clause_opening(ctx, q)
    if not q.cue.prefix and p is not None and (preposed_subject(ctx, p) or ctx.tokens.text(p) in ASIDE_CLOSERS) \
            and first is not None \
            and (is_unnamed_source(ctx, first) or (first in ctx.mentions.bare and agrees_with_title(ctx, q.cue, first))):
        # SVO with an unnamed subject: "مسؤول كبير في وزارة الدفاع أبلغ صحيفة X أن", "السفير الفرنسي أبلغ
        # الوزير أن": what follows the verb is its object; an unnamed source speaks for its body
        body = body_of_source(ctx, first + 1, q.cue.i) if is_unnamed_source(ctx, first) else None
        return Speakers((body,), q.cue.i + 1) if body is not None else UNNAMED
    if _verbal_noun_object(ctx, q):
        return None   # "وتوقعت إعلان المبادرة": what the verb takes, no subject: the speaker is sought elsewhere
    found = subjects_after(ctx, q.cue.i + 1, q.end, q.history, q.in_sentence)
    if found is None and (comma := _past_adverbials(ctx, q.cue.i, q.end)) is not None:
        found = subjects_after(ctx, comma + 1, q.end, q.history)
    if found is None and (past := _past_pronoun_object(ctx, q.cue.i, q.end)) is not None:
        found = subjects_after(ctx, past, q.end, q.history)
    if isinstance(found, Speakers) and found.found and _news_noun(ctx, found):
        return UNNAMED  # "وقالت أنباء إن": news, no one named, though a tagger took the word for a name
    if isinstance(found, Speakers) and found.found and carries_object_pronoun(ctx, q.cue):
        return found   # "في خطوة وصفتها النقابات بأنها", "ودعاهم الوزير إلى": the pronoun is the object, the name the subject
    if isinstance(found, Speakers) and found.found and q.earlier \
            and ctx.mentions.speaks_as(found.found[0].key) == "Group" \
            and (q.cue.prefix or (_after_clause_link(ctx, q) and q.cue.entry.act not in SAY_ACTS
                                  and not _nominative_group(ctx, found))) \
            and not _says_that(ctx, q, found) and not _spoke_before(q, found):
        # "وعرض X خطته، حيث دعا رجال الأعمال إلى": after a statement of its sentence, the group after a
        # linked verb that takes a noun object (not one of saying: "حيث قال شهود") is its object, unless a
        # nominative plural ("حيث طالب المحتجون")
        return GROUP_OBJECT
    if isinstance(found, Speakers) and found.found and (_object_slot(ctx, q, found) or _blamed_object(ctx, q, found)
                                                         or _accused_object(ctx, q, found)):
        return GROUP_OBJECT
    if isinstance(found, Speakers) and found.found and masculine_plural_verb(cue_form(ctx, q.cue)) \
            and not _nominative_group(ctx, found):
        # "الأوروبيون يتهمون الصين بـ": a verb before its subject stays singular; after a plural verb the
        # name is its object (only a nominative plural, "وقالوا المحتجون", is read as a loose subject)
        return GROUP_OBJECT
    if isinstance(found, Speakers) and found.found and (_told_group(ctx, q, found) or _addressed_group(ctx, q, found)
                                                             or _object_of_verbal_noun(ctx, q, found)):
        return GROUP_OBJECT
    return found
