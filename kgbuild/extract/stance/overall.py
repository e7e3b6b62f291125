"""The statement's overall stance, weighed as the sentence weighs it ("رغم", "لكن"); the feeling a content opens
with."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import PRONOUN_SUFFIXES, QUOTE_CHARS, tokens_of, words_between
from .clauses import CONCESSIVE_REACH, RESUMING, is_contrast, may_open_condition, opens_condition
from .abandon import not_abandoned
from .claims import claims_own_deed
from .outreach import reaches_out
from .victims import opens_with_victim
from .mourning import mourns_a_loss
from .neglect import neglect_told
from .phrases import phrase_values
from .words import first_word, has_stem_in, is_any_word, is_one_of, is_punishing, is_winning, word_before


def sign(score: int) -> str:
    return "positive" if score > 0 else "negative" if score < 0 else "neutral"


def owner_stripped(norm: str) -> str:
    """"قلقه", "قلقها" -> قلق: a feeling without the pronoun of its owner."""
    for ending in PRONOUN_SUFFIXES:
        if norm.endswith(ending) and len(norm) - len(ending) >= 3:
            return norm[: -len(ending)]
    return norm


@cache
def _expressed_feelings() -> dict[str, str]:
    """The feelings of the "expressing" cues of cues.tsv ("أعرب عن قلقه", "أعرب عن تضامنه"), without
    their owner's ending -> the stance they give."""
    out: dict[str, str] = {}
    for cue in lexicon.cues().values():
        words = normalize(cue.lemma).split()
        if len(words) == 3 and words[1] == "عن" and cue.stance != "neutral":
            out[owner_stripped(words[2])] = cue.stance
    return out


def expressed_feeling(doc: Doc, c_start: int, c_end: int) -> str | None:
    """The stance of the feeling a content opens with, "(عن) قلقه إزاء X" after "أعرب", "عبر", "أبدى",
    when the speaker stands between the verb and it ("وأعرب الوزير عن قلقه"); None when there is none."""
    toks = tokens_of(doc)
    k = first_word(doc, c_start)
    if k < c_end and normalize(toks.texts[k]) == "عن":
        k = first_word(doc, k + 1)
    if k >= c_end or toks.punct[k]:
        return _feeling_before(doc, c_start)
    return _expressed_feelings().get(owner_stripped(normalize(toks.texts[k]))) or _feeling_before(doc, c_start)


FEELING_LINKS = frozenset({"في", "من"})   # the preposition between a feeling and the أن of what it is about


def feeling_named(doc: Doc, c_start: int, c_end: int) -> str | None:
    """The stance of the first feeling of the "expressing" cues named anywhere in c_start..c_end-1 ("عن
    استيائها من ..." past a relative clause on the speaker); None when the content names none."""
    toks, feelings = tokens_of(doc), _expressed_feelings()
    for k in range(c_start, c_end):
        if not toks.punct[k] and (stance := feelings.get(owner_stripped(normalize(toks.texts[k])))) is not None:
            return stance
    return None


def _feeling_before(doc: Doc, c_start: int) -> str | None:
    """"وأعرب الوزير عن ثقته بأن X ...", "عن قلقه من أن": the stance of the feeling right before the complementizer that opens
    the content, after "عن"; None when there is none."""
    toks = tokens_of(doc)
    p = word_before(doc, c_start, 0)
    q = word_before(doc, p, 0) if p >= 0 and normalize(toks.texts[p]) in lexicon.function_words().complementizer else -1
    if q >= 0 and normalize(toks.texts[q]) in FEELING_LINKS:
        q = word_before(doc, q, 0)   # "عن أمله في أن", "عن قلقه من أن"
    r = word_before(doc, q, 0) if q >= 0 else -1
    if r < 0 or normalize(toks.texts[r]) != "عن":
        return None
    return _expressed_feelings().get(owner_stripped(normalize(toks.texts[q])))


def content_stance(doc: Doc, c_start: int, c_end: int, prior: str, in_name: Callable[[int], bool],
                   wished: bool = False) -> str:
    """The statement's overall stance: the act's when it is evaluative, else that of its words."""
    if prior != "neutral":
        return prior
    if not wished and claims_own_deed(doc, c_start, c_end, in_name):
        return "neutral"      # "أعلنت الحركة مسؤوليتها عن الهجوم": a deed claimed is reported, no judgement of the claimant's
    if not wished and opens_with_victim(doc, c_start, c_end):
        return "positive"     # "مصرفه «ضحية احتيال»": the speaker sides with the party it calls wronged, whatever wronged it
    lent = phrase_values(doc, c_start, c_end, in_name, wished=wished)
    # "سيجتمع المجلس لمناقشة الاعتداءات": the bad things a talk is held on are its topic, no judgement of the statement's;
    # but sanctions under discussion are a judgement in the making ("ناقشوا فرض عقوبات على X")
    toks = tokens_of(doc)
    topics = {k for k in lent.topics if not is_punishing(toks.texts[k])}
    stance = sign(weighed(doc, {k: v for k, v in lent.phrase.items() if k not in topics}, c_start, c_end))
    if stance == "positive" and grudging_respect(doc, c_start, c_end):
        return "neutral"      # "سيحترم القرار رغم اعتراضه عليه": a verdict bowed to, not praised
    # "اتخذ القرار دون علم X", "لم يستشر أحد الحكومة": what was done unilaterally reproaches its doer, named or not
    if stance == "neutral" and acted_unconsulted(doc, c_start, c_end):
        return "negative"
    # "كل الخيارات مطروحة": keeping all options open is a veiled threat
    if stance == "neutral" and all_options(doc, c_start, c_end):
        return "negative"
    # "لن تغير العقوبات شيئا", "شيئا لم يتغير": nothing changed is futility or standstill
    if stance == "neutral" and nothing_changed(doc, c_start, c_end):
        return "negative"
    # "تفتح صفحة جديدة", "بداية فصل جديد": turning a new page is welcomed
    if stance == "neutral" and new_page(doc, c_start, c_end):
        return "positive"
    # "طالب بالإفراج عن شقيقه", "بإطلاق سراح الصحفيين فورا": the release a content opens with sides with whoever
    # is held, named as a target or not (whom the far words of an urgent demand oppose is the holder, unnamed)
    if stance == "neutral" and opens_with_release(doc, c_start, c_end):
        return "positive"
    # "يدنا ممدودة إلى كل القوى", "البلاد تتسع للجميع": a hand held out, room for all, is good will
    if stance == "neutral" and reaches_out(doc, c_start, c_end):
        return "positive"
    # "لن نتخلى عن جيراننا", "لن نتركه وحده": a pledge not to abandon a party stands by it
    if stance == "neutral" and not_abandoned(doc, c_start, c_end, in_name):
        return "positive"
    # "البلاد فقدت قائدا كبيرا", "فقدنا أبا": a loss mourned honours the one lost, as condolences do
    if stance == "neutral" and mourns_a_loss(doc, c_start, c_end):
        return "positive"
    # "لم يسأل عنا أحد من البلدية", "لم نر أي موظف": neglect complained of reproaches whoever should have come
    if stance == "neutral" and neglect_told(doc, c_start, c_end):
        return "negative"
    # "أعلن فوزه بولاية ثانية", "أعلنت فوز حزبها": a win told is good news for the winner, the speaker's own side too
    return "positive" if stance == "neutral" and opens_with_a_win(doc, c_start, c_end) else stance


def all_options(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content keep "all the options" open (function_words quantifier before options_noun: "كل الخيارات
    مطروحة", "جميع الخيارات تبقى على الطاولة")?"""
    words = lexicon.function_words()
    return _word_after(doc, c_start, c_end, _is_options_noun, lambda t: is_one_of(t, words.quantifier))


def _is_options_noun(text: str) -> bool:
    """"الخيارات" (function_words options_noun): words_between's test."""
    return normalize(text) in lexicon.function_words().options_noun


def _is_new_word(text: str) -> bool:
    """"جديدة", "جديد" (function_words new_word): words_between's test."""
    return normalize(text) in lexicon.function_words().new_word


def _is_altering_verb(text: str) -> bool:
    """"يغير", "تتغير" (function_words altering_verb, under any proclitic): words_between's test."""
    return has_stem_in(text, lexicon.function_words().altering_verb)


def _word_after(doc: Doc, c_start: int, c_end: int, word: Callable[[str], bool], before: Callable[[str], bool]) -> bool:
    """Is there a word of the content that passes `word` (a test of the text alone defined once, words_between's:
    most contents hold none, and the document's index says so at once) right after one of the content that passes
    `before`?"""
    toks = tokens_of(doc)
    for k in words_between(doc, word, c_start, c_end):
        if not toks.punct[k]:
            p = word_before(doc, k, c_start)
            if p >= c_start and before(toks.texts[p]):
                return True
    return False


NOTHING_REACH = 3   # words between a verb of changing and its "anything", or its negation, at most


def nothing_changed(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content say that nothing changed or will change (a negated function_words altering_verb with a
    nothing_word near it: "لم يغير شيئا في الواقع", "لم تكن لتغير شيئا", "شيئا لم يتغير")?"""
    toks, words = tokens_of(doc), lexicon.function_words()
    def near(k: int, step: int, test) -> bool:
        q = k
        for _ in range(NOTHING_REACH):
            q = word_before(doc, q, c_start) if step < 0 else first_word(doc, q + 1)
            if q < c_start or q >= c_end or toks.punct[q]:
                return False
            if test(toks.texts[q]):
                return True
        return False
    nothing = lambda t: normalize(t) in words.nothing_word
    for k in words_between(doc, _is_altering_verb, c_start, c_end):   # (most contents hold no such verb)
        if not toks.punct[k] and \
                near(k, -1, lambda t: normalize(t) in words.negation) and (near(k, 1, nothing) or near(k, -1, nothing)):
            return True
    return False


def new_page(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content name a new page, stage or era (function_words era_noun before new_word: "صفحة جديدة",
    "بداية فصل جديد", "عهد جديد")?"""
    words = lexicon.function_words()
    return _word_after(doc, c_start, c_end, _is_new_word, lambda t: has_stem_in(t, words.era_noun))


GRUDGE_REACH = 4   # words between a concessive and the disagreement it concedes at most ("وإن كانت لنا تحفظات عليه")


def _is_respecting(text: str) -> bool:
    """"سيحترم", "نحترم" (function_words respecting): words_between's test."""
    return is_one_of(text, lexicon.function_words().respecting)


def grudging_respect(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content respect something (function_words respecting: "سيحترم القرار", "نحترم نتيجة التصويت") and then
    concede a disagreement with it ("رغم اعتراضه عليه", "وإن كانت لنا تحفظات عليه", "رغم اختلافنا معه"; function_words concessive,
    even_if, disagreement)? A loser who bows to a verdict he disputes accepts it, no praise of it."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    respect = next((k for k in words_between(doc, _is_respecting, c_start, c_end) if not toks.punct[k]), None)
    if respect is None:
        return False
    for k in range(respect + 1, c_end):
        text = toks.texts[k]
        if toks.spaces[k] or not (has_stem_in(text, words.concessive) or normalize(text) in words.even_if):
            continue
        q, seen = k + 1, 0
        while q < c_end and seen < GRUDGE_REACH and toks.texts[q] not in ".؛!?؟":
            if not toks.spaces[q]:
                seen += 1
                if has_stem_in(toks.texts[q], words.disagreement):
                    return True
            q += 1
    return False


def new_era(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content name a new page or era, not a mere new stage (new_page without function_words plain_stage:
    "عصر جديد", "عهد جديد", "صفحة جديدة"; not "تمر بمرحلة جديدة")? A turn the parties take, welcomed for them."""
    return _word_after(doc, c_start, c_end, _is_new_word, _is_turn)


def _is_turn(text: str) -> bool:
    """A noun of a new page or era that is no mere stage (function_words era_noun without plain_stage), past any clitic."""
    return has_stem_in(text, TURNS)


TURNS = lexicon.function_words().era_noun - lexicon.function_words().plain_stage   # era_noun without plain_stage, made once


def opens_with_a_win(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content open with a noun of winning (polarity.tsv winning), bare or with its owner's pronoun ("فوز",
    "بفوزه", "انتصارهم")?"""
    k = first_word(doc, c_start)
    if k >= c_end:
        return False
    text = tokens_of(doc).texts[k]
    return is_winning(text) or is_winning(owner_stripped(normalize(text)))


RELEASE_OPENING = 2   # words a content opens with in which its noun of release is looked for ("إطلاق سراح")


def opens_with_release(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content open with a noun of setting free (function_words releasing), bare or with ب ("بالإفراج عن",
    "«الإفراج» عن", "إطلاق سراح")?"""
    toks, releasing = tokens_of(doc), lexicon.function_words().releasing
    k = first_word(doc, c_start)
    for _ in range(RELEASE_OPENING):
        if k >= c_end or toks.punct[k]:
            return False
        if any(clitic in ("", "ب") and normalize(stem) in releasing for clitic, stem in clitic_variants(toks.texts[k])):
            return True
        k = first_word(doc, k + 1)
    return False


def pressed_at_once(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content press for something to be done at once ("الوقف الفوري", "العودة فورا", function_words
    immediacy)? In a call or a demand it presses whoever must act: the speaker opposes what they do."""
    toks, immediacy = tokens_of(doc), lexicon.function_words().immediacy
    return any(not toks.punct[k] and is_one_of(toks.texts[k], immediacy) for k in range(c_start, c_end))


def bare_worry(doc: Doc, c_start: int, c_end: int) -> bool:
    """Is the content only a worry and its degree ("عن قلقه العميق", "«قلق بالغ»": function_words worry_noun,
    degree_word), naming nothing it is about? Then it judges no one."""
    if not words_between(doc, _is_worry, c_start, c_end):
        return False   # (most contents: no word of worry to read them for)
    toks, words = tokens_of(doc), lexicon.function_words()
    said = [normalize(toks.texts[k]) for k in range(c_start, c_end)
            if not toks.punct[k] and not toks.spaces[k] and toks.texts[k] not in QUOTE_CHARS]
    return any(w in words.worry_noun for w in said) and all(w in words.worry_noun | words.degree_word for w in said)


def _is_worry(text: str) -> bool:
    """"قلق" (function_words worry_noun): words_between's test."""
    return normalize(text) in lexicon.function_words().worry_noun


def calls_to_account(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content open with a reckoning (function_words account_noun: "محاسبة صارمة لكل المتورطين", "بمعاقبة
    المسؤولين"), or an inquiry ("بتحقيق مستقل", "فتح تحقيق في"; inquiry_open before an inquiry_mark)? In a call it is
    against whoever is to answer."""
    toks, words = tokens_of(doc), lexicon.function_words()
    k = first_word(doc, c_start)
    if k < c_end and has_stem_in(toks.texts[k], words.opening_verb):
        k = first_word(doc, k + 1)   # "فتح تحقيق"
    if k >= c_end or toks.punct[k]:
        return False
    if has_stem_in(toks.texts[k], words.account_noun):
        return True
    mark = first_word(doc, k + 1)
    return has_stem_in(toks.texts[k], words.inquiry_open) and mark < c_end and \
        normalize(toks.texts[mark]) in words.inquiry_mark




def _consent_or_consulting(text: str) -> bool:
    """A noun of consent or a verb of consulting (function_words consent_noun, consulted_verb): words_between's test."""
    words = lexicon.function_words()
    return is_one_of(text, words.consent_noun) or is_one_of(text, words.consulted_verb)


def acted_unconsulted(doc: Doc, c_start: int, c_end: int) -> bool:
    """Does the content tell that something was done without consulting, informing or the consent of a party: a
    noun of consent after "without" (past "أي": "من دون أي نقاش", "دون علم X"), or "to consult" after لم ("لم
    يستشر")? (function_words without_word, consent_noun, consulted_verb)"""
    toks, words = tokens_of(doc), lexicon.function_words()
    # (only the nouns of consent and verbs of consulting are read: the word before is looked for at them alone, not at
    # every word of every content)
    for k in words_between(doc, _consent_or_consulting, c_start, c_end):
        if toks.punct[k]:
            continue
        consent, consulted = is_one_of(toks.texts[k], words.consent_noun), is_one_of(toks.texts[k], words.consulted_verb)
        before = word_before(doc, k, c_start)
        if before >= c_start and is_any_word(toks.texts[before]):
            before = word_before(doc, before, c_start)
        if before < c_start:
            continue
        if consent and is_one_of(toks.texts[before], words.without_word):
            return True
        if consulted and normalize(toks.texts[before]) == "لم":
            return True
    return False


def weighed(doc: Doc, lent: dict[int, int], c_start: int, c_end: int) -> int:
    """The sum of what the content's words lend, weighed as the sentence weighs them: what a "despite"
    phrase names is overcome, no judgement ("الاقتصاد قادر على النمو رغم المخاطر"), and what an "if" phrase
    names is supposed ("ستنسحب X إذا لم يتحقق السلام"); when the words after
    a "but" judge, they outweigh those before ("حصل على أكثر العقوبات، لكنه من أفضل السائقين")."""
    overcome = set().union(*(range(i, j) for i, j in overcome_spans(doc, c_start, c_end)))
    contrast = max((k for k in words_between(doc, is_contrast, c_start, c_end) if k not in overcome), default=-1)
    after = sum(v for k, v in lent.items() if k > contrast >= 0 and k not in overcome)
    return after if after else sum(v for k, v in lent.items() if k not in overcome)


# what a "for fear of" phrase names is shunned, no deed of the one who shuns it ("فروا خوفا من العنف"), like what a
# "despite" phrase names is overcome
OVERCOMING = lexicon.function_words().concessive | lexicon.function_words().feared


def _overcoming(text: str) -> bool:
    """May the word open a "despite" phrase (OVERCOMING)? words_between's test."""
    return is_one_of(text, OVERCOMING)


def _overcoming_or_condition(text: str) -> bool:
    """May the word open a "despite" phrase or an "if" phrase (may_open_condition)? words_between's test."""
    return is_one_of(text, OVERCOMING) or may_open_condition(text)


def overcome_spans(doc: Doc, c_start: int, c_end: int, conditions: bool = True) -> list[tuple[int, int]]:
    """The token spans of the content's "despite" phrases (and, with `conditions`, its "if" phrases), each
    without its opening word: to punctuation, a resuming فإن/أن, or CONCESSIVE_REACH words."""
    toks = tokens_of(doc)
    out: list[tuple[int, int]] = []
    k = c_start   # the content from k on is still to read (a phrase read takes in the words up to its end)
    # only the words that may open a phrase are looked at (asked for each target of each statement: a step per word
    # of the content cost more than the rest of the reading)
    for o in words_between(doc, _overcoming_or_condition if conditions else _overcoming, c_start, c_end):
        if o < k:
            continue
        # what an "if" phrase names is supposed, not said: like what a "despite" phrase overcomes, no judgement
        if is_one_of(toks.texts[o], OVERCOMING) or (conditions and opens_condition(doc, o)):
            reach, q = 0, o + 1
            while q < c_end and reach < CONCESSIVE_REACH and not toks.punct[q] and \
                    normalize(toks.texts[q]) not in RESUMING:
                reach += 0 if toks.spaces[q] else 1
                q += 1
            out.append((o + 1, q))
            k = q
    return out
