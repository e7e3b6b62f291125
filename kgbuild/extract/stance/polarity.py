"""What a word judges where it stands: the polarity it lends in its context (a document or a close tie, a
verb read for a noun, a word judging only after غير or negated, duty as a virtue, all turned round by a
negation), and a judgement aimed at what follows it rather than at who makes it."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import QUOTE_CHARS, next_word, prev_word, tokens_of
from .contact import kept_in_touch
from .negation import negated
from .words import (is_accepting, is_attacking, is_harmful, is_negated_only, is_one_of, is_verb_reading, of_kind,
                    polarity_table, word_before, word_of_class_before, word_polarity)

# the prepositions a verb of representing or of consistency takes its object with ("لا تعبر عن", "لا تتسق مع")
DISOWNED_AFTER = frozenset({normalize("عن"), normalize("مع")})
GHAYR_FORMS = frozenset(normalize(w) for w in ("غير", "الغير", "وغير"))   # before a negated_only word
LA_FORMS = frozenset(normalize(w) for w in ("لا", "ولا"))   # the لا of absolute negation before a grounding word


def is_aimed(doc: Doc, k: int, lo: int = 0) -> bool:
    """Is word k a judgement aimed at what follows it, not at who makes it: a verb of condemning,
    rejecting or accusing ("ندين", "ترفض", "اتهم"), or a negated verb of tolerating ("لن تسمح")? Its
    doer, named before it, is not judged by it ("X ترفض التدخل")."""
    text = tokens_of(doc).texts[k]
    if is_accepting(text):
        return word_polarity(text) == 0 and negated(doc, k, lo) and not _right_of_named(doc, k)
    return of_kind(text, polarity_table().condemning)


# ل with the pronoun of a holder named before ("X لا يحق لها"): not "لأحد", whose deed no one may do
HOLDER_PRONOUNS = frozenset(normalize(w) for w in ("له", "لها", "لهم", "لهما", "لهن"))


def _right_of_named(doc: Doc, k: int) -> bool:
    """Is word k the verb of having a right (يحق) with the pronoun of its holder right after it ("الأحزاب لا يحق لها
    الطعن")? Denied, it judges that holder, named before it, who oversteps its right; "لا يحق لأحد العبث بالدستور" names no
    holder and rejects the deed that follows."""
    q = next_word(doc, k)
    return is_one_of(tokens_of(doc).texts[k], RIGHT_VERB) and q is not None and \
        normalize(tokens_of(doc).texts[q]) in HOLDER_PRONOUNS


DOOR_REACH = 4        # words from the door to "في وجه" or "أمام" at most ("أبواب قاعة البرلمان في وجه النواب")
FACE = frozenset(normalize(w) for w in ("وجه", "بوجه"))   # "في وجه X", "بوجه X": in the face of X
BEFORE = frozenset({normalize("أمام")})
DIALOGUE = frozenset(normalize(w) for w in ("الحوار", "التفاوض", "المفاوضات", "النقاش"))   # "باب التفاوض"


def _door_shut_on(doc: Doc, k: int) -> bool:
    """Is the verb of closing at k followed by a door (polarity.tsv door), and the door by dialogue ("أغلق باب التفاوض")
    or, within a few words, by "في وجه" or "أمام" ("أغلق الباب في وجه X", "تغلق أبواب القاعة أمام النواب")?"""
    toks = tokens_of(doc)
    q = next_word(doc, k)
    if q is None or toks.punct[q] or not of_kind(toks.texts[q], polarity_table().door):
        return False
    r = q
    for step in range(DOOR_REACH):
        r = next_word(doc, r)
        if r is None or toks.punct[r]:
            return False
        word = normalize(toks.texts[r])
        if (step == 0 and word in DIALOGUE) or word in BEFORE or \
                (word in FACE and normalize(toks.texts[prev_word(doc, r)]) == normalize("في")) or word == normalize("بوجه"):
            return True
    return False


SILENCE_PRONOUNS = ("", "ه", "ها", "هم", "هما")   # "صمت", "صمتها": the bare construct noun or with its owner's pronoun


def _is_silence(text: str) -> bool:
    """Is the word, as written (no article, no clitic), the noun of silence (polarity.tsv silence) bare or with an
    owner's pronoun ("صمت", "صمتها")? Not "الصمت", "بصمت", nor the verb "صمتت"."""
    word, silence = normalize(text), polarity_table().silence
    return any(word.endswith(suffix) and word[:len(word) - len(suffix)] in silence for suffix in SILENCE_PRONOUNS)


def _silence_of(doc: Doc, k: int) -> bool:
    """Is the noun of silence at k the silence of someone: with an owner's pronoun ("صمتها"), or bare before a word
    that is no preposition (its owner in a construct: "صمت X", "صمت الحلفاء"), and not after a preposition or a
    noun of time ("في صمت", "دقيقة صمت")?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if normalize(toks.texts[k]) not in polarity_table().silence:
        return True           # "صمتها": the pronoun names its owner
    p, q = prev_word(doc, k), next_word(doc, k)
    if p is not None and not toks.punct[p] and (is_one_of(toks.texts[p], words.preposition) or
                                                 of_kind(toks.texts[p], words.silence_span)):
        return False
    return q is not None and not toks.punct[q] and not is_one_of(toks.texts[q], words.preposition)


def _after_ghayr(doc: Doc, k: int) -> bool:
    """Does word k stand right after غير ("غير قانوني", "الغير مسؤولة")?"""
    p = prev_word(doc, k)
    return p is not None and normalize(tokens_of(doc).texts[p]) in GHAYR_FORMS


RIGHT_VERB = frozenset(normalize(w) for w in ("يحق", "تحق"))   # the verb of a right; the noun counts only after من ("من حقها")
OF_FORMS = frozenset(normalize(w) for w in ("من", "ومن"))


def _after_of(doc: Doc, k: int) -> bool:
    """Does word k stand right after من ("ليس من حقها", "ليس من حق الوزارة")?"""
    p = prev_word(doc, k)
    return p is not None and normalize(tokens_of(doc).texts[p]) in OF_FORMS


def _after_la(doc: Doc, k: int) -> bool:
    """Does word k stand right after لا ("لا أساس لها", "ولا صحة لما نشر")?"""
    p = prev_word(doc, k)
    return p is not None and normalize(tokens_of(doc).texts[p]) in LA_FORMS


@dataclass(frozen=True)
class PolarityReading:
    """What polarity_at needs to know of a word alone, read once per word."""

    value: int            # word_polarity
    close_tie: bool       # "وثيقة": good after a noun of relation
    accepting: bool       # "نسمح": judges only when negated
    negated_only: bool    # "قانوني": judges only after غير
    disowning: bool       # "تمثل": disowns when negated
    lasting: bool = False     # "عودة", "يستمر": a rejection when denied right before ("لا عودة لـ")
    crossing: bool = False    # "تجاوز": a fault before a noun of a limit ("تجاوز الخطوط الحمراء")
    escaping: bool = False    # "يفلت": a wrongdoer's before a noun of a reckoning ("لن يفلت من العقاب")
    arousing: bool = False    # "يثير": a fault of its cause before a noun of a bad feeling ("يثير القلق")
    aroused: bool = False     # "الاستغراب": after a verb of arousing, it judges its cause, nothing after it
    causing: bool = False     # "تسبب": a fault of its doer before a crisis or a bad thing ("تسبب في الأزمة")
    sufficing: bool = False   # "تكفي": a shortcoming when negated ("لا تكفي"), nothing alone ("يكفي أن")
    submitting: bool = False  # "يركع": defiance when negated ("لن نركع"), nothing alone
    late: bool = False        # "متأخرا": too late right after a verb of coming ("جاء متأخرا"), nothing alone
    firing: bool = False      # "أطلق": a violent deed of its doer before a noun of gunfire ("أطلق الحراس الرصاص")
    exploiting: bool = False  # "تستخدم": exploitation before a noun of a card ("تستخدم ورقة الطاقة"), nothing alone
    grounding: bool = False   # "أساس": baseless right after لا ("لا أساس لها"), nothing alone ("على أساس")
    paying: bool = False      # "دفع": past, right before a price, a fault paid for ("دفعت ثمن أخطائها"), nothing alone
    stepping: bool = False    # "خطوة": before a word of forward, progress ("خطوة مهمة نحو"), nothing alone
    entitled: bool = False    # "يحق", "حق": a party denied a right ("لا يحق لها", "ليس من حقها"), nothing alone
    silence: bool = False     # "صمت": the silence of a party named with it ("صمت X عن"), nothing alone ("في صمت")
    closing: bool = False     # "أغلق": before a door shut on someone or on dialogue, hostility; nothing alone
    gloomy: bool = False      # "حزين": right after a noun of a day, a verdict of blame ("يوم حزين"), nothing alone

    @property
    def judges_nothing(self) -> bool:
        return not (self.value or self.close_tie or self.accepting or self.negated_only or self.disowning or
                    self.lasting or self.crossing or self.firing or self.escaping or self.arousing or self.causing or self.sufficing or
                    self.submitting or self.late or self.exploiting or self.grounding or self.paying or self.stepping or self.entitled or self.silence or self.closing or
                    self.gloomy)


def _after_coming(doc: Doc, k: int) -> bool:
    """Is word k right after a verb of coming (function_words coming_verb: "جاء", "جاءت"), or after it and its
    subject ("جاءت الاستقالة متأخرة"), not conceded ("قرار صائب وإن جاء متأخرا": function_words even_if)?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = prev_word(doc, k)
    for _ in range(2):
        if p is None or toks.punct[p]:
            return False
        if is_one_of(toks.texts[p], words.coming_verb):
            b = prev_word(doc, p)
            return b is None or normalize(toks.texts[b]) not in words.even_if
        p = prev_word(doc, p)
    return False


def _deserves_a_reckoning(doc: Doc, k: int) -> bool:
    """Is word k a verb of deserving (function_words deserving_verb) right before a punishment or a reckoning
    (function_words deserved_reckoning, a noun of sanctions, or a bad word: "يستحق العقاب", "تستحق المحاسبة")?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if not is_one_of(toks.texts[k], words.deserving_verb):
        return False
    q = next_word(doc, k)
    if q is None or toks.punct[q]:
        return False
    text = toks.texts[q]
    return of_kind(text, words.deserved_reckoning) or of_kind(text, polarity_table().punishing) or word_polarity(text) < 0


@lru_cache(maxsize=262144)   # asked of every word of every content
def polarity_reading(text: str) -> PolarityReading:
    """What polarity_at needs to know of a word alone."""
    table = polarity_table()
    return PolarityReading(word_polarity(text), of_kind(text, table.close_tie), is_accepting(text),
                           is_negated_only(text), of_kind(text, table.disowning), of_kind(text, table.lasting),
                           of_kind(text, table.crossing), of_kind(text, table.escaping), of_kind(text, table.arousing),
                           of_kind(text, table.aroused), of_kind(text, table.causing), of_kind(text, table.sufficing),
                           of_kind(text, table.submitting), of_kind(text, table.late), of_kind(text, table.firing),
                           of_kind(text, table.exploiting), of_kind(text, table.grounding),
                           is_one_of(text, table.paying), of_kind(text, table.step), of_kind(text, table.entitled),
                           _is_silence(text), of_kind(text, table.closing), gloomy=of_kind(text, table.gloomy))


def polarity_at(doc: Doc, k: int, lo: int = 0) -> int:
    """The polarity a word lends, turned round by a negation before it ("لا يمثل", "غير مبرر")."""
    toks = tokens_of(doc)
    text = toks.texts[k]
    reading = polarity_reading(text)
    if reading.judges_nothing:
        return 0              # most words: no class of the polarity table
    if kept_in_touch(doc, k):
        return 0              # "على اتصال دائم بـX", "على تشاور مستمر": a standing state of contact, no tie praised
    value = reading.value
    if value and reading.aroused and _stirred(doc, k):
        return 0              # "يثير الاستغراب": the feeling stirred judges its cause (the verb lends it), not what follows
    if reading.close_tie:
        # "علاقات وثيقة" is good; "وثيقة سرية", "الوثيقة" alone are a document (not وثيق + ة)
        return (-1 if negated(doc, k, lo) else 1) if _after_relation(doc, k) else 0
    if value and _advances(doc, k):
        return 0              # "حاولت القوات التقدم نحو المطار": moving forward, no progress
    if value > 0 and _legitimacy_at_stake(doc, k, lo):
        return 0              # "يمنح X شرعية", "إعادة بناء شرعيته": legitimacy given, sought or restored, no merit held
    if value and _put_forward_with(doc, k):
        return 0              # "تقدم بدعوى", "يتقدم بأكثر من عشر نقاط": filed, or leads by, no progress
    if value and is_verb_reading(doc, k):
        return 0              # "لم تقدم أي تنازلات", "أن تقدم مشروعها": she offers, no progress
    if value and _advice(doc, k):
        return 0              # "من الأفضل لها أن تنسحب", "الأفضل لها أن": advice, no merit of anyone's
    if value > 0 and _deserves_a_reckoning(doc, k):
        # "X تستحق العقاب", "يستحق المحاسبة": what X deserves is a punishment, a fault of X's ("لا يستحق": none)
        return 1 if negated(doc, k, lo) else -1
    if not value:
        if reading.gloomy:
            # "وصف فوز X بأنه يوم حزين لـY": a day or a moment called sad is a verdict of blame on the event told;
            # sorrow alone ("أنا حزين لرحيله") mourns, no blame
            return -1 if _after_day(doc, k) and not negated(doc, k, lo) else 0
        if reading.late:
            # "القرار جاء متأخرا", "جاءت الاستقالة متأخرة": what came too late is a fault of whoever delayed it;
            # "في وقت متأخر" (late at night) is a time, no judgement
            return -1 if _after_coming(doc, k) and not negated(doc, k, lo) else 0
        if reading.lasting:
            # "لا عودة لنفوذ X", "هذا الوضع لا يمكن أن يستمر": what may not last or come back is rejected
            return -1 if _lasting_denied(doc, k, lo) else 0
        if reading.crossing:
            # "X تجاوزت كل الخطوط الحمراء", "تخطى صلاحياته": overstepping a limit is a fault ("لم تتجاوز": none)
            return (1 if negated(doc, k, lo) else -1) if _reaches(doc, k, polarity_table().limit) else 0
        if reading.arousing:
            # "موقف X يثير القلق", "خطوة مثيرة للاستغراب": stirring a bad feeling is a fault of what stirs it;
            # "لا يثير القلق" only reassures, no merit
            q = next_word(doc, k)
            return -1 if q is not None and _stirred(doc, q) and not negated(doc, k, lo) else 0
        if reading.causing:
            # "X تسببت في الأزمة", "يتسبب بمقتل المدنيين": causing a crisis or a bad thing is a fault ("لم تتسبب": none)
            q = next_word(doc, k)
            if q is not None and normalize(toks.texts[q]) == IN:
                q = next_word(doc, q)     # "تسبب في الأزمة"
            return -1 if q is not None and not toks.punct[q] and _caused_bad(toks.texts[q]) and \
                not negated(doc, k, lo) else 0
        if reading.firing:
            # "أطلقت الشرطة النار على", "أطلق الحراس الرصاص": firing on people is a violent deed of the doer ("لم تطلق
            # النار": force denied); "أطلق مبادرة", "أطلق سراح" judge nothing
            return (1 if negated(doc, k, lo) else -1) if _reaches(doc, k, polarity_table().shot, FIRING_REACH) else 0
        if reading.exploiting:
            # "X تستخدم ورقة الطاقة", "تستخدم Y ورقة في لعبتها": playing a thing or a people as a card is exploitation,
            # a fault of the player ("لن تستخدم ورقة": none); "تملك ورقة ضغط" plays nothing
            return -1 if _reaches(doc, k, polarity_table().card, CARD_REACH) and not negated(doc, k, lo) else 0
        if reading.paying:
            # "X دفع ثمن تحالفه", "دفعت ثمن أخطائها": who has paid the price of a thing bears the cost of a choice of
            # their own, a fault; the verb is listed in the past only (what "سيدفعون الثمن" foretells, a threat or a
            # fear, is read by its own words), and the price bare, a construct: "يدفعون الثمن", "دفعوا ثمنا باهظا لحرب"
            # are borne by sufferers, no fault named
            q = next_word(doc, k)
            return -1 if q is not None and not toks.punct[q] and is_one_of(toks.texts[q], polarity_table().price) and \
                not negated(doc, k, lo) else 0
        if reading.stepping:
            # "خطوة مهمة نحو إنهاء الأزمة", "خطوة إلى الأمام": a step that goes forward is progress, a merit of whoever
            # takes it ("ليست خطوة إلى الأمام": none); a step towards a bad thing ("خطوة نحو التصعيد") is read by that word
            return (-1 if negated(doc, k, lo) else 1) if _goes_forward(doc, k) else 0
        if reading.grounding:
            # "هذا الادعاء لا أساس له", "لا صحة لما نشر": what has no grounds is baseless, a fault of whoever
            # claimed it; "على أساس", "وزارة الصحة" judge nothing
            return -1 if _after_la(doc, k) else 0
        if reading.entitled:
            # "ليس من حقها أن تعلق": a party denied the right to a deed oversteps in doing it; "من حق X أن" grants a right
            # and judges nothing, and the noun judges only as what one has ("من حق"): "لا يعترف بحق X" denies X's right
            return -1 if negated(doc, k, lo) and _after_of(doc, k) else 0
        if reading.closing:
            # "أغلق الباب في وجه X", "تغلق أبواب القاعة أمام النواب", "أغلق باب التفاوض": a door shut on someone, or on
            # dialogue, is hostility of whoever shuts it; "أغلقت المحال أبوابها ليلا" closes for the night, "لن نغلق الباب" is none
            return -1 if _door_shut_on(doc, k) and not negated(doc, k, lo) else 0
        if reading.silence:
            # "صمت X عن مسألة", "صمتها على الاعتقالات": the silence of a party named with it is a reproach of that party;
            # "في صمت", "بصمت", "التزم الصمت", "دقيقة صمت على" name no one's silence
            return -1 if _silence_of(doc, k) and not negated(doc, k, lo) else 0
        if reading.escaping:
            # "X أفلت من العقاب", "لن يفلت X من العدالة": escaping a reckoning or not, X is a wrongdoer either way
            return -1 if _reaches(doc, k, polarity_table().reckoning) else 0
        # "لن نقبل بتدخل", "لا نسمح بـ": refusing to tolerate is a rejection; "غير قانوني" is a bad word; "إجراءات لا
        # تكفي", "لم تكن تكفي": what is not enough falls short, and "يكفي أن" alone praises nothing
        if reading.accepting or reading.sufficing:
            return -1 if negated(doc, k, lo) else 0
        if reading.submitting:
            # "لن نركع", "لن تنحني": refusing to bow is defiance, a merit of who refuses; but before a bad thing
            # ("لن تخضع للتهديدات") the bad thing, not negated, carries the stance
            return 1 if negated(doc, k, lo) and not _bad_after(doc, k) else 0
        if reading.negated_only:
            if _after_ghayr(doc, k):
                # "غير مسؤول" is irresponsible, but "غير مسؤولة عن الهجوم" clears of the bad thing
                return 1 if _answerable_for_bad(doc, k) else -1
            # "X مسؤولة عن الهجوم", "المسؤول عن الأزمة": answerable for a bad thing is blamed for it
            return (1 if negated(doc, k, lo) else -1) if _answerable_for_bad(doc, k) else 0
        if reading.disowning:
            # "تصريحاته لا تمثل إلا نفسه": disowned; but "لا يمثل تهديدا" speaks of the threat, and "لا
            # يعكس بالضرورة" only hedges
            q = next_word(doc, k)
            words = lexicon.function_words()
            follows = q is not None and not toks.punct[q] and (
                word_polarity(toks.texts[q]) != 0 or is_one_of(toks.texts[q], words.hedge) or
                # "لن يمثل أمام المحكمة" appears before it: only "عن" ("لا تعبر عن") takes what is represented,
                # and "مع" what a figure does not square with ("لا تتسق مع")
                (is_one_of(toks.texts[q], words.preposition) and normalize(toks.texts[q]) not in DISOWNED_AFTER))
            return -1 if negated(doc, k, lo) and not follows else 0
        return 0
    if value < 0 and of_kind(text, polarity_table().duty):
        if _an_office(doc, k, lo):
            return 0          # "تسليم المسؤولية", "تولى مسؤولية الأمن": responsibility as an office handed over, no blame
        if _a_virtue(doc, k, lo):
            value = 1         # "الحس العالي بالمسؤولية", "تصرفت بمسؤولية": responsibility as a virtue, no blame
        elif not _for_a_bad_thing(doc, k):
            return 0          # "مسؤولية تنفيذ الاتفاق", "أتحمل المسؤولية كاملة": a task or a duty owned, no blame
    if not negated(doc, k, lo):
        return value
    # "لا ندين X", "لم تتهم X": a judgement not made is no praise of what it would judge ("لا نرفض", "لا نعارض" accept)
    return 0 if value < 0 and of_kind(text, polarity_table().condemning) and not of_kind(text, polarity_table().rejecting) else -value


SUBMITTED_REACH = 3   # words after a verb of submitting where what it submits to stands at most ("لن تخضع أمام تهديدات X")


def _bad_after(doc: Doc, k: int) -> bool:
    """Is there a bad word within SUBMITTED_REACH words after the verb of submitting at k, no punctuation between
    ("لن تخضع للتهديدات", "لن ننحني أمام الابتزاز"): what it refuses to submit to?"""
    toks = tokens_of(doc)
    q, words = k + 1, 0
    while q < len(doc) and words < SUBMITTED_REACH and not toks.punct[q]:
        if not toks.spaces[q]:
            if word_polarity(toks.texts[q]) < 0:
                return True
            words += 1
        q += 1
    return False


DUTY_REACH = 5        # words after a word of duty where what it is for stands at most ("مسؤولية ما وصفه بالفساد")
# "مسؤولية ما جرى", "المسؤولية عما حدث", "المسؤولية عن الأزمة": what happened, whatever the word for it
WHAT_HAPPENED = frozenset(normalize(w) for w in ("ما", "عما", "عن"))


def _for_a_bad_thing(doc: Doc, k: int) -> bool:
    """Is the word of duty at k responsibility for a bad thing: a bad word within DUTY_REACH words after it, quote marks
    aside and no other punctuation between ("مسؤولية الفوضى", "المسؤولية الكاملة عن «الفوضى»"), what happened
    ("مسؤولية ما جرى", "المسؤولية عن الأزمة"), or nothing named ("X تتحمل المسؤولية.": the one at fault)? Not a task
    ("مسؤولية تنفيذ الاتفاق", "من مسؤولية الشرطة") or a duty owned ("أتحمل المسؤولية كاملة"), which blame no one."""
    toks = tokens_of(doc)
    q, words = k + 1, 0
    while q < len(doc) and words < DUTY_REACH:
        text = toks.texts[q]
        if toks.spaces[q] or text in QUOTE_CHARS:
            q += 1
            continue
        if toks.punct[q]:
            return words == 0   # "X تتحمل المسؤولية.": the bare charge
        if word_polarity(text) < 0 or any(normalize(stem) in WHAT_HAPPENED for _, stem in clitic_variants(text)):
            return True
        words += 1
        q += 1
    return words == 0


def _an_office(doc: Doc, k: int, lo: int) -> bool:
    """Is the word of duty at k an office: after a word of handing over or taking on (polarity.tsv office), right
    before it or past one adjective ("تسليم المسؤولية", "تولي مسؤولية", "استلام المسؤولية الكاملة" reads forward)?"""
    office = polarity_table().office
    return word_of_class_before(doc, k, lo, lambda text: of_kind(text, office))


def _a_virtue(doc: Doc, k: int, lo: int) -> bool:
    """Is the word of duty at k a virtue: after a word of sense or bearing (polarity.tsv sense), right before it
    or past one adjective ("روح المسؤولية", "الحس العالي بالمسؤولية"), or indefinite after ب, a manner
    ("بمسؤولية": responsibly)?"""
    toks = tokens_of(doc)
    if any(clitic == "ب" and not normalize(stem).startswith("ال") for clitic, stem in clitic_variants(toks.texts[k])):
        return True
    sense = polarity_table().sense
    return word_of_class_before(doc, k, lo, lambda text: of_kind(text, sense))


DENYING_LASTING = frozenset(normalize(w) for w in ("لا", "ولا", "لن", "ولن"))   # not لم: "لم يستمر" tells a past
THAT = normalize("أن")
LASTING_REACH = 3     # words between the denial and the word of lasting at most ("لا يمكن أن يستمر")


def _lasting_denied(doc: Doc, k: int, lo: int) -> bool:
    """Is the word of lasting or returning at k denied by لا or لن right before it, or through verbs of being or
    ability and أن (function_words negation_through: "لا عودة", "لن يستمر", "لا يمكن أن يستمر")? A negation further
    off denies another verb ("لم يعلن عن عودة السفير": a return not announced, none rejected)."""
    toks = tokens_of(doc)
    through = lexicon.function_words().negation_through
    p = word_before(doc, k, lo)
    for _ in range(LASTING_REACH):
        if p < lo or toks.punct[p]:
            return False
        norm = normalize(toks.texts[p])
        if norm in DENYING_LASTING:
            return True
        if norm != THAT and norm not in through:
            return False
        p = word_before(doc, p, lo)
    return False


LIMIT_REACH = 2       # words from a verb of crossing or escaping to what it crosses or escapes at most ("تجاوز كثيرا حدود", "تخطت كل الخطوط")


FIRING_REACH = 3      # words from a verb of firing to its gunfire at most, its doer between ("أطلقت قوات الأمن النار")


def _reaches(doc: Doc, k: int, limit: frozenset[str], reach: int = LIMIT_REACH) -> bool:
    """Is a noun of `limit` (polarity.tsv limit: "حدود", "الخطوط", "صلاحيات"; reckoning: "العقاب") among the
    LIMIT_REACH words after the verb of crossing or escaping at k, no punctuation between, and no number after it
    ("تجاوز عدد الضحايا حدود 100" is a count)?"""
    toks = tokens_of(doc)
    q = k
    for _ in range(reach):
        q = next_word(doc, q)
        while q is not None and toks.texts[q] in QUOTE_CHARS:   # quote marks are no words ("تجاوز كثيرا" حدود)
            q = next_word(doc, q)
        if q is None or toks.punct[q]:
            return False
        if of_kind(toks.texts[q], limit):
            r = next_word(doc, q)
            return r is None or not (toks.texts[r][:1].isdigit() or is_one_of(toks.texts[r], lexicon.function_words().number))
    return False


# words after a verb of using where the card stands at most: past a file and what it is of ("تستخدم ملف الحدود ورقة مساومة")
CARD_REACH = 3
STEP_REACH = 3   # words after a step where its word of forward stands at most ("خطوة أولى مهمة نحو")


def _goes_forward(doc: Doc, k: int) -> bool:
    """Is a word of forward (polarity.tsv forward: "نحو", "قدما", "الأمام" after إلى) among the STEP_REACH words after the
    step at k, no punctuation between, and what it goes towards no bad word and no number ("نحو 20 خطوة": about)?"""
    toks = tokens_of(doc)
    q = k
    for _ in range(STEP_REACH):
        q = next_word(doc, q)
        while q is not None and toks.texts[q] in QUOTE_CHARS:
            q = next_word(doc, q)
        if q is None or toks.punct[q]:
            return False
        if of_kind(toks.texts[q], polarity_table().forward):
            r = next_word(doc, q)
            return r is None or toks.punct[r] or not (
                toks.texts[r][:1].isdigit() or is_one_of(toks.texts[r], lexicon.function_words().number)
                or word_polarity(toks.texts[r]) < 0)
    return False


IN = normalize("في")
CAUSED_CLITICS = ("", "و", "ب")   # "تسبب الأزمة", "تسبب بالأزمة" (في is a word of its own)


def _caused_bad(text: str) -> bool:
    """Is the word a crisis or a loss (function_words answered_for) or a bad thing, bare or after ب ("بالأزمة")? A word
    of في stands between too: the caller looks past it."""
    if is_harmful(text):
        return True
    answered = lexicon.function_words().answered_for
    return any(clitic in CAUSED_CLITICS and normalize(stem) in answered for clitic, stem in clitic_variants(text))


STIRRED_DEFINITE = ("ال", "لل")   # "يثير القلق", "مثير للقلق": the feeling with no one named as feeling it


def _stirred(doc: Doc, k: int) -> bool:
    """Is word k a noun of a bad feeling (polarity.tsv aroused) right after a verb of arousing (polarity.tsv arousing),
    with the article or the accusative alif, so that no one is named after it as feeling it ("يثير القلق", "أثار
    استغرابا واسعا"; not "أثار قلق X", whose feeling it is)?"""
    toks = tokens_of(doc)
    table = polarity_table()
    if not of_kind(toks.texts[k], table.aroused):
        return False
    p = prev_word(doc, k)
    if p is None or toks.punct[p] or not of_kind(toks.texts[p], table.arousing):
        return False
    form = normalize(toks.texts[k])
    return form.startswith(STIRRED_DEFINITE) or form.endswith("ا") or "\u064b" in toks.texts[k]


ADVICE_BEFORE = frozenset({normalize("من")})              # "من الأفضل لها أن ...": it is better that
ADVICE_AFTER = frozenset(normalize(w) for w in ("أن", "ان"))   # "الأفضل أن ..."
ADVICE_REACH = 3      # words of the one it is better for, between "الأفضل لـ" and أن, at most


def _advice(doc: Doc, k: int) -> bool:
    """Is the superlative at k (polarity.tsv superlative) advice rather than a merit: right after the preposition
    من, or with the particle أن after it, at once or past the one it is better for ("الأفضل لها أن"; but "الخيار
    الأفضل للعملاء" is a merit)?"""
    toks = tokens_of(doc)
    if not of_kind(toks.texts[k], polarity_table().superlative):
        return False
    p = prev_word(doc, k)
    if p is not None and normalize(toks.texts[p]) in ADVICE_BEFORE:
        return True
    q = next_word(doc, k)
    if q is not None and any(clitic.endswith("ل") for clitic, _ in clitic_variants(toks.texts[q])):
        for _ in range(ADVICE_REACH):   # past the one it is better for ("لنادي السد")
            q = next_word(doc, q)
            if q is None or toks.punct[q] or normalize(toks.texts[q]) in ADVICE_AFTER:
                break
    return q is not None and normalize(toks.texts[q]) in ADVICE_AFTER


RESPONSIBLE = frozenset({normalize("مسؤول")})   # a negated_only word that blames when a bad thing follows عن
FOR = normalize("عن")


def _answerable_for_bad(doc: Doc, k: int) -> bool:
    """Is word k "responsible" (RESPONSIBLE) right before عن, or past an adjective of degree ("المسؤول الأول عن"), and a
    bad word ("مسؤولة عن الهجوم", "المسؤولون عن الجرائم", "مسؤولة عن مقتل", "مسؤولة عن الأزمة"; not "المسؤول عن
    الأمن", an official in charge)?"""
    toks = tokens_of(doc)
    if not of_kind(toks.texts[k], RESPONSIBLE):
        return False
    words = lexicon.function_words()
    q = next_word(doc, k)
    if q is not None and not toks.punct[q] and is_one_of(toks.texts[q], words.blame_degree):
        q = next_word(doc, q)
    if q is None or normalize(toks.texts[q]) != FOR:
        return False
    r = next_word(doc, q)
    # a deed of violence or an attack is as bad a thing to answer for as a bad word ("مسؤولة عن مقتل", "عن الهجوم"),
    # and so is a crisis or a loss ("مسؤولة عن الأزمة")
    return r is not None and not toks.punct[r] and (is_harmful(toks.texts[r]) or is_attacking(toks.texts[r]) or
                                                    is_one_of(toks.texts[r], words.answered_for))


def _after_day(doc: Doc, k: int) -> bool:
    """Does word k stand right after a noun of a day or a moment (polarity.tsv day: "يوم", "لحظة", "ليلة"; the
    article and inflections undone: "اليوم الحزين", "لحظة حزينة")?"""
    p = prev_word(doc, k)
    return p is not None and not tokens_of(doc).punct[p] and of_kind(tokens_of(doc).texts[p], polarity_table().day)


def _after_relation(doc: Doc, k: int) -> bool:
    """Does word k stand right after a noun of relation (function_words relation_noun: "علاقات", "صلة"),
    with or without the article ("العلاقات الوثيقة")?"""
    p = prev_word(doc, k)
    if p is None or tokens_of(doc).punct[p]:
        return False
    relation = lexicon.function_words().relation_noun
    return any(normalize(stem) in relation or (normalize(stem).startswith("ال") and normalize(stem)[2:] in relation)
               for clitic, stem in clitic_variants(tokens_of(doc).texts[p]))


def _legitimacy_at_stake(doc: Doc, k: int, lo: int) -> bool:
    """Is word k legitimacy (polarity.tsv legitimacy), or a word of staking right before it, within two words after a word of giving, gaining, restoring,
    building, joining or abiding by (polarity.tsv staking: "يمنح الجيش شرعية", "استعادة الشرعية", "إعادة بناء
    شرعيتها", "التقيد بالشرعية"), not negated? The legitimacy is at stake, no merit of anyone; negated ("لن يمنح
    الشرعية") it is denied, and the negation reads it."""
    toks = tokens_of(doc)
    table = polarity_table()
    q = next_word(doc, k)
    if of_kind(toks.texts[k], table.staking) and q is not None and not toks.punct[q] and \
            of_kind(toks.texts[q], table.legitimacy):
        k = q                 # "إعادة بناء شرعيتها": the staking word (بناء, also "constructive") lends nothing either
    if not of_kind(toks.texts[k], table.legitimacy) or negated(doc, k, lo):
        return False
    p = k
    for _ in range(2):
        p = prev_word(doc, p)
        if p is None or p < lo or toks.punct[p]:
            return False
        if of_kind(toks.texts[p], table.staking):
            return True
    return False


def _put_forward_with(doc: Doc, k: int) -> bool:
    """Is word k a word of progress (polarity.tsv verb_homograph "تقدم") right before a word with the preposition بـ
    ("تقدم بطلب", "تقدمت بشكوى", "يتقدم بفارق كبير")? The verb تقدّم بـ puts forward a request or a suit, or leads by
    a margin: no progress, whatever the one named does."""
    toks = tokens_of(doc)
    if not of_kind(toks.texts[k], polarity_table().verb_homograph):
        return False
    q = next_word(doc, k)
    return q is not None and not toks.punct[q] and \
        any(clitic.endswith("ب") for clitic, _ in clitic_variants(toks.texts[q]))


def _advances(doc: Doc, k: int) -> bool:
    """Is word k a word of progress that has "towards" after it (polarity.tsv verb_homograph "تقدم", function_words
    direction: "التقدم نحو", "تتقدم باتجاه"): forces moving forward, no progress?"""
    toks = tokens_of(doc)
    if not of_kind(toks.texts[k], polarity_table().verb_homograph):
        return False
    q = next_word(doc, k)
    return q is not None and not toks.punct[q] and is_one_of(toks.texts[q], lexicon.function_words().direction)
