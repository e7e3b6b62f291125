"""The stance towards each target of a statement: target_stances weighs each one (one_target.py), then lets
parties share a stance (one joined by و to the one before it, a country and its capital); when the first target
only suffers what the content names, the content's far words go to the next party (the heir). The readings of a
bad act or a demand live in acts.py, the grammar around a mention in roles.py, what a target is in kinds.py,
which words speak of which target in windows.py."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..groups import kind_of
from ..mentions import Candidate
from ..mentions.base import SEPARATE_POWERS
from ..words import QUOTE_CHARS, is_ordinary_word, next_word, tokens_of
from .calls import addressee_blamed
from .abandon import abandon_refused_to
from .apologies import apologized_to
from .cleared import no_deed_denied, tie_denied_of
from .duty import pressed_duty
from .deaths import death_told
from .outreach import reached_out_to
from .acts import against, asked_to_stop, defies, demanded_in_content, forces_attack_judged, nisba_attack_judged, reproached, suffers, suspected, victim
from .kinds import COMMONER_GROUPS, NATION_GROUPS, NEGATIVE_GROUPS, STATE_FORCE_GROUPS, VICTIM_GROUPS, bad_by_what_it_is, named_badly
from .neglect import neglect_told
from .negation import negated
from .one_target import stance_of
from .overall import grudging_respect, new_era
from .partners import worked_with
from .phrases import Lent, phrase_values
from .roles import (agent_of_harm, aided_in, blame_refused, harm_refused, answerable, held_responsible, doer_after_violence, doer_after_verb, doer_of_violence, object_of_verb_first, asked_for_help, beneficiary, ready_to_engage, ties_refused, counterpart, criticized, defended, denied_deed_of, denied_doer,
                    dissolved,
                    doer_of_object,
                    in_cause, in_relation, of_a_title, recognized, shielded)
from .settings import joined_settings, locative, opens, plain
from .windows import IMPERFECT_PREFIXES, far_words, opens_a_clause, others_words
from .words import clitic_of, first_word, has_stem_in, is_any_word, is_one_of, of_kind, word_before


QUESTION_MARKS = frozenset({"؟", "?"})
FROM = normalize("من")   # "فريق من المخربين": the من of a part
WITH = "ب"


def _before_charge(doc: Doc, c: Candidate, c_end: int) -> bool:
    """Is mention c followed, past closing quote marks, by a definite noun with ب ("X بالسعي إلى", "«X» بالفساد"): the
    charge or the description a judging act gives its object ("اتهم X بالتورط", "وصف X بالفاشل")? Not a fixed phrase
    of the function words ("بالإضافة إلى", "بالنسبة")."""
    toks = tokens_of(doc)
    k = c.j
    while k < c_end and toks.texts[k] in QUOTE_CHARS:
        k += 1
    if k >= c_end or toks.punct[k] or normalize(toks.texts[k]) in FUNCTION_WORDS:
        return False
    return any(clitic == WITH and normalize(stem).startswith("ال") for clitic, stem in clitic_variants(toks.texts[k]))


def _called_bad_group(doc: Doc, c: Candidate, c_end: int, bad_groups: dict[int, Candidate]) -> bool:
    """Is mention c followed right away, past quote marks and a pronoun of separation or بأن (function_words
    predicate_link), by the mention of a group the speaker names badly, bare (no و or preposition clitic: "المعارضين
    «مرتزقة»", "X إرهابيون", "وصف X بأنهم مرتزقة")? It is the predicate or the epithet of X: X is
    called so (but "X والإرهابيين" lists two, "X للإرهابيين" relates them)."""
    toks = tokens_of(doc)
    k = c.j
    while k < c_end and toks.texts[k] in QUOTE_CHARS:
        k += 1
    if k < c_end and is_one_of(toks.texts[k], lexicon.function_words().predicate_link):
        k += 1                # "X هم مرتزقة", "وصف X بأنهم مرتزقة": past the pronoun of separation or بأن
        while k < c_end and toks.texts[k] in QUOTE_CHARS:
            k += 1
    if k + 2 < c_end and of_kind(toks.texts[k], lexicon.function_words().partitive) and \
            normalize(toks.texts[k + 1]) == FROM:
        k += 2                # "بأنهم فريق من المخربين": the group the party is a part of
    group = bad_groups.get(k) if k < c_end else None
    return group is not None and not clitic_of(doc, group)


def _any_good_refused(doc: Doc, c_start: int, c_end: int, values: Lent) -> bool:
    """Does the content open, as the bare object of its cue (no أن or إن before it), with "any" and a good thing ("أي
    تعاون مع X", "أي دور في حكومة برئاسة X")? "Any" in an object asks for a negative verb: the cue refuses or
    rules out that good thing (استبعد، رفض), and the party it would be shared with is rejected."""
    toks = tokens_of(doc)
    first, before = first_word(doc, c_start), word_before(doc, c_start, 0)
    if first >= c_end or not is_any_word(toks.texts[first]) or \
            (before >= 0 and normalize(toks.texts[before]) in lexicon.function_words().complementizer):
        return False
    good = next_word(doc, first)
    return good is not None and good < c_end and values.alone.get(good, 0) > 0


# every word of function_words.tsv, of any kind
FUNCTION_WORDS = frozenset().union(*(getattr(lexicon.function_words(), f.name) for f in fields(lexicon.function_words())))


def _voted_for(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c, with its لـ, right after a verb of voting (function_words vote_verb: "صوتت لX", "صوتوا لX") that is
    not negated? Then the vote is cast for X."""
    p = word_before(doc, c.i, lo)
    return clitic_of(doc, c) == "ل" and p >= lo and not tokens_of(doc).punct[p] and \
        is_one_of(tokens_of(doc).texts[p], lexicon.function_words().vote_verb) and not negated(doc, p, lo)


def target_stances(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                   prior: str, in_name: Callable[[int], bool] = lambda k: False,
                   own: frozenset[str] = frozenset(), wished: bool = False,
                   denial: bool = False, threat: bool = False, launched: bool = False,
                   kin: frozenset[str] = frozenset(), ordering: bool = False, warning: bool = False) -> dict[str, str]:
    """{target key: positive | negative | neutral} for the (key, mentions in the content) pairs of a
    statement. For each target: the act's prior for the first one when the act is evaluative, else
    the words around its mentions, else (for the first target) the words of the whole content; a
    place named only as where something happens is neutral; a speaker speaks for their own side
    (`own`: their country, the bodies their titles name): positive towards it. The good words of a
    call or a request (`wished`) are what the speaker wishes for, not what a party is: they lend
    nothing ("دعا X إلى تعاون أوسع"). What a `denial` denies after أن is a happening, not a party
    ("نفى أن تكون الشرطة قد اعتقلته"): no prior. The fight a `threat` names is the speaker's own, no fight the
    act warns against ("هدد بمعاقبة X": X is threatened). The attack a `launched` cue names is the speaker's own
    ("شن هجوما حادا على X": X is the one attacked, not one suffering what the speaker condemns). `kin`: the persons
    and places of the speaker's own side beyond `own` (its leaders, its capital), whom a denial may clear. Under a cue
    of `ordering` the party the content opens with is the one told to carry the order out: no side. Under a
    `warning` (an act of warning that is no threat) whoever would undergo the harm warned of is its patient: no side."""
    if not targets:
        return {}   # a statement about no one (a fifth of them or more): no word need be weighed
    toks = tokens_of(doc)
    out: dict[str, str] = {}
    words = lexicon.function_words()
    first, before = first_word(doc, c_start), word_before(doc, c_start, 0)
    if any(0 <= k < c_end and is_one_of(toks.texts[k], words.speaking) for k in (first, before)):
        prior = "neutral"     # "رفض التعليق على X": declining to speak rejects no party
    if denial and before >= 0 and normalize(toks.texts[before]) in words.complementizer:
        prior = "neutral"
    # "نفى وجود خلافات مع X", "نفى أي تدخل": what is denied is a happening, no party's claim
    happening = denial and first < c_end and (is_one_of(toks.texts[first], words.existence) or
                                              _reported_happening(doc, first, c_end))
    if happening:
        prior = "neutral"
    inside = {k for _, cs in targets for c in cs for k in range(c.i, c.j)}
    settings = joined_settings(doc, targets, c_start)
    bad_names = frozenset(c.i for key, cs in targets for c in cs
                          if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS and not plain(c))
    # the mentions of groups the speaker names badly, picked once for the two readings below
    badly_named = [c for key, cs in targets for c in cs if key.startswith("group:") and
                   (named_badly(c) or (kind_of(key) in NEGATIVE_GROUPS and not plain(c)))]
    bad_groups = {c.i: c for c in badly_named}
    # the last words of the mentions of groups the speaker names badly ("ميليشيات", "عصابات"): a name right
    # after one is what they are of ("ميليشيات حركة X": X is called a militia)
    bad_group_ends = frozenset(c.j - 1 for c in badly_named)
    # the content's words inside a target or another name, found once: phrase_values' key reads every word of the
    # content (in_name is a set's look-up: the filter runs in C, no Python call per word)
    within = range(c_start, c_end)
    named_here = frozenset(inside.intersection(within).union(filter(in_name, within)))
    def named(k: int) -> bool:
        return k in inside or in_name(k)   # (any word, in the content or not: the rules ask around the mentions)
    values = phrase_values(doc, c_start, c_end, named, bad_names, wished, happening, named_here)
    others = others_words(doc, targets[1:], c_start, c_end, values)
    content = far_words(doc, values, others, c_start, c_end)
    asks = not QUESTION_MARKS.isdisjoint(toks.texts[c_start:c_end])   # (one set test, not one per word)
    titles = [all(of_a_title(doc, c, c_start, in_name) for c in mentions) for _, mentions in targets]
    # the first target is the first not named only in another's title: "انتقد رئيس حزب X فلانا" criticizes the person
    lead = next((n for n, titled in enumerate(titles) if not titled), None)
    if prior == "negative" and lead is not None:
        # "اتهم ...، X بالسعي إلى": the party right before the charge is the one the act judges, not one named before it
        lead = next((n for n, (_, mentions) in enumerate(targets) if not titles[n] and
                     any(_before_charge(doc, c, c_end) for c in mentions)), lead)
    if wished and content < 0 and lead is not None and any(opens(doc, c, c_start) for c in targets[lead][1]) and \
            not addressee_blamed(doc, c_start, c_end):
        # "دعا X إلى رفض العنف", "إلى تخطي الشكوك المتبادلة": the bad things of a call that does not mark them as its
        # addressee's are what X is asked to fight or shun, no blame of X (a party named inside what is called
        # for, "إلى تغيير سلوك X التي ...", is still described by them)
        content = 0
    # a first target that only suffers what the content names leaves its far words to the next party ("الخطر
    # الأكبر على X هو Y": the danger is Y's, X only faces it)
    heir = _heir(doc, targets, lead, titles, own, values, c_start, c_end)
    refused_good = _any_good_refused(doc, c_start, c_end, values)
    heir_others: set[int] = set()
    heir_content = 0
    if heir is not None:
        heir_others = others_words(doc, [t for n, t in enumerate(targets) if n != heir], c_start, c_end, values)
        heir_content = far_words(doc, values, heir_others, c_start, c_end)
    opens_new_era = new_era(doc, c_start, c_end)
    persons = frozenset(c.i for _, cs in targets for c in cs if c.type == "Person")
    grudging = grudging_respect(doc, c_start, c_end)
    neglected = neglect_told(doc, c_start, c_end)
    for n, (key, mentions) in enumerate(targets):
        # a side named only in a relation or in another's title is no side the speaker speaks for, and a
        # title's country is not what the act condemns or praises (the person is); nor is one's own side
        # named in what a denial denies (a happening, not a side: "نفى أن تكون قوات بلاده قد قصفت")
        titled = titles[n]
        speaks_for = key in own and not denial and not all(titled or in_relation(doc, c, c_start) for c in mentions)
        stance = stance_of(doc, key, mentions, 0 if n in (lead, heir) else n + 1, values,
                            heir_content if n == heir else content, heir_others if n == heir else others,
                            c_start, c_end, "neutral" if titled else prior, speaks_for, heir=n == heir,
                            settings=settings, threat=threat, wished=wished, ordering=ordering,
                            warning=warning and not threat)
        if stance == "neutral" and prior != "negative" and key not in own and \
                any(beneficiary(doc, c, c_start) for c in mentions):
            stance = "positive"   # "سيرسل مساعدات إنسانية إلى X": X is the beneficiary of announced help
        if stance == "neutral" and prior != "negative" and not denial and key not in own and \
                any(aided_in(doc, c, c_start, values, named) for c in mentions):
            stance = "positive"   # "لدعم المدارس الريفية في X": where the help goes is its beneficiary, no mere setting
        if stance == "neutral" and not denial and key not in own and any(_voted_for(doc, c, c_start) for c in mentions):
            stance = "positive"   # "صوتت لX لأن ...", "صوتنا لX": a vote cast for X backs X
        if stance == "neutral" and wished and key not in own and \
                any(asked_for_help(doc, c, c_start, c_end) for c in mentions):
            stance = "positive"   # "طلب من X مساعدة بلاده": asking a party for help trusts it
        if stance != "positive" and key not in own and not bad_by_what_it_is(doc, key, mentions, c_start, False) and \
                any(_release_called_for(doc, c, c_start, wished) for c in mentions):
            # "طالب بالإفراج عن X": the one whose release is called for is wronged by being held, whatever bad words
            # the content says further on ("الإفراج عن X ومحاسبة المسؤولين عن العنف": the violence is others')
            stance = "positive"
        if stance == "neutral" and not denial and key not in own and \
                any(reached_out_to(doc, c, c_start, c_end) for c in mentions):
            stance = "positive"   # "أمد يدي إلى X": the party a hand is held out to is offered good will
        if stance == "neutral" and not denial and key not in own and \
                any(abandon_refused_to(doc, c, c_start, c_end) for c in mentions):
            stance = "positive"   # "لن تتخلى عن X", "لن تترك X وحيدة": a pledge not to abandon X stands by it
        if stance != "positive" and not denial and key not in own and \
                any(apologized_to(doc, c, c_start) for c in mentions):
            stance = "positive"   # "اعتذر لـX عن", "قدم اعتذارا رسميا إلى X": the one apologized to is honoured
        if stance == "neutral" and not denial and any(defies(doc, c, c_end) for c in mentions):
            stance = "positive"   # "X لن تركع أمام الإرهاب", "X لن تخضع لتهديدات Y": X defies, a merit of the one who refuses
        if stance == "neutral" and n == lead and not denial and prior != "positive" and key not in own and neglected and \
                not (key.startswith("group:") and kind_of(key) in COMMONER_GROUPS):
            stance = "negative"   # "لم يسأل عنا أحد من البلدية", "X قطعت الوعود ولم نر أي تغيير": X is reproached for its neglect
        if stance == "positive" and grudging and key not in own:
            stance = "neutral"    # "سنحترم قرار القضاة وإن كانت لنا تحفظات عليه": the verdict is bowed to, not praised
        if stance == "neutral" and n == lead and not denial and not wished and key not in own and \
                opens_new_era and not all(c.i in settings or locative(doc, c, c_start) for c in mentions):
            stance = "positive"   # "العلاقات بين X وY تدخل عصرا جديدا": a new page or era the first party opens is welcomed
        if stance == "neutral" and not denial and key not in own:
            ready = max((ready_to_engage(doc, c, c_start) for c in mentions), key=abs, default=0)
            if ready:
                stance = "positive" if ready > 0 else "negative"   # "مستعدة للحوار مع X": readiness to engage with X
        if stance == "neutral" and not denial and key not in own and prior != "negative" and content >= 0 and \
                any(worked_with(doc, c, c_start) for c in mentions):
            stance = "positive"   # "ستعمل مع X", "سيتحالف مع X": working together or allying with X is good will towards X
        if stance == "neutral" and not denial and key not in own and any(recognized(doc, c, c_start) for c in mentions):
            stance = "positive"   # "أعلن اعتراف بلاده بـX", "قبلت بـX وسيطا": recognizing a party backs it
        if prior == "neutral" and key in own and all(dissolved(doc, c, c_start) for c in mentions):
            # "أعلن حل البرلمان": a measure the speaker announces on their own side's body is a procedure, no support
            # (a call to dissolve another's body opposes it: the words read it; so does a head of state dissolving
            # the legislature, no side of his: the measure is aimed at it, as "أعلن إقالة الوزير X" is)
            stance = "neutral"
        if prior == "negative" and key.partition("/")[0] in SEPARATE_POWERS and all(dissolved(doc, c, c_start) for c in mentions):
            stance = "positive"   # "أدان قرار حل البرلمان": the legislature or court whose dissolving is condemned suffers it
        if prior == "neutral" and all(counterpart(doc, c, c_start) for c in mentions):
            stance = "neutral"    # "بحث مع X سبل تعزيز التعاون": the counterpart of a consultation is merely involved
        if key not in own and not key.startswith("group:") and \
                any(word_before(doc, c.i, c_start) in bad_group_ends and not clitic_of(doc, c) for c in mentions):
            stance = "negative"   # "قادة في ميليشيات حركة X": X is named a militia (not "الميليشيات وX": listed beside)
        if stance != "negative" and not denial and key not in own and \
                any(_called_bad_group(doc, c, c_end, bad_groups) for c in mentions):
            stance = "negative"   # "إن المعارضين «مرتزقة»", "X إرهابيون": the group X is said to be is a bad one
        if prior != "neutral" and not denial and key not in own and n != lead and \
                any(doer_of_object(doc, c, c_start, in_name) for c in mentions):
            stance = prior        # "رفض الدعوة التي وجهها X", "أشاد بالإصلاحات التي تقوم بها X": X's doing is judged
        if prior != "neutral" and not denial and key not in own and any(in_cause(doc, c, c_start) for c in mentions):
            stance = prior        # "أعرب عن قلقه جراء قرار X": X's doing is the cause of what the act judges
        if prior != "positive" and not denial and key not in own and any(agent_of_harm(doc, c, c_start) for c in mentions):
            stance = "negative"   # "قتل على أيدي X", "تعرض للضرب على يد X": X did the harm (not what a praise hails)
        if prior != "positive" and not denial and key not in own and \
                any(held_responsible(doc, c, c_start, c_end) for c in mentions):
            stance = "negative"   # "محملين X المسؤولية عن الزيادات": X is held responsible, even in a call's content
        if not denial and key not in own and any(blame_refused(doc, c, c_start, c_end, prior) for c in mentions):
            stance = "positive"   # "رفض تحميل X مسؤولية انقطاع الكهرباء": the blame refused defends X
        if stance == "neutral" and prior != "positive" and not denial and key not in own and \
                any(answerable(doc, c, c_end) for c in mentions):
            stance = "negative"   # "X مسؤولة عن وفاة Y", "X مسؤول عما جرى": X is held responsible for a bad happening
        if prior != "positive" and not denial and key not in own and \
                any(doer_of_violence(doc, c, c_end) for c in mentions):
            stance = "negative"   # "الجنود أحرقوا البيوت": the doer of a violent act told is blamed
        if prior != "positive" and not denial and key not in own and \
                any(doer_after_violence(doc, c, c_start) for c in mentions):
            stance = "negative"   # "الذين اختطفتهم X": the verb's subject after its object pronoun did the harm
        if prior != "positive" and not denial and key not in own and \
                any(doer_after_verb(doc, c, c_start, c_end) for c in mentions):
            stance = "negative"   # "قمعت الشرطة المتظاهرين": the subject after a verb-first harm did it
        if stance == "negative" and not (key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS) and \
                all(object_of_verb_first(doc, c, c_start) for c in mentions):
            stance = "neutral"    # "قمعت الشرطة المتظاهرين": the object suffers the harm, no blame of it
        if stance == "neutral" and key not in own and not denial and nisba_attack_judged(doc, key, c_start, c_end, values, prior):
            stance = "negative"   # "الهجوم الإسرائيلي تجاوز الحدود" with إسرائيل a target: the attack judged is its doing
        if stance == "neutral" and key not in own and not denial and _armed(key) and \
                any(forces_attack_judged(doc, c, c_start, values, prior) for c in mentions):
            stance = "negative"   # "أنا مصدوم إلى حد بعيد من قصف القوات X": the attack judged bad is the force's doing
        if key not in own and not denial and any(suspected(doc, c, c_end, values) for c in mentions):
            stance = "negative"   # "احتجزت X للاشتباه في الخيانة", "اعتقال X بتهمة التجسس": X is held as a suspect
        if key not in own and any(asked_to_stop(doc, c, c_start, c_end, wished) for c in mentions):
            stance = "negative"   # "طالب X بوقف الهجمات", "على X أن يكف عن": X does what must stop
        if threat and key not in own and not denial and any(_threat_condition_subject(doc, c, c_start) for c in mentions):
            stance = "negative"   # "هدد بفرض قيود إذا مضت X في": what X may do is what the threat would punish
        if key not in own and not denial and any(reproached(doc, c, c_start) for c in mentions):
            stance = "negative"   # "كان على X أن", "كنا نتمنى لو أن X": a duty or a wish in the past reproaches X
        if stance == "neutral" and not wished and key not in own and not denial and \
                any(pressed_duty(doc, c, c_start, c_end) for c in mentions):
            stance = "negative"   # "X يجب أن تراجع سياستها": a party told what it must do is pressed to mend its ways
        if not denial and any(criticized(doc, c, c_start, prior) for c in mentions):
            stance = "negative"   # "وجه انتقادات حادة لX", "اتهامات للرئيس X": X is the one criticized
        if any(defended(doc, c, c_start, prior) for c in mentions):
            stance = "positive"   # "نفى الاتهامات الموجهة إلى X": the speaker defends X from what is denied
        if denial and (key in own or key in kin) and \
                any(denied_doer(doc, c, c_start) and suffers(doc, c, c_end, values) is None for c in mentions):
            # "نفى أن تكون قوات بلاده قد ...": the speaker clears their own side of what is said of it (not "أن يكون X
            # تعرض لأذى"; a third party in a denied clause is a happening's: "نفى أن تكون قوات Y قد عبرت الحدود")
            stance = "positive"
        if denial and stance != "positive" and (not key.startswith("group:") or kind_of(key) in STATE_FORCE_GROUPS) and \
                any(denied_doer(doc, c, c_start) and suffers(doc, c, c_end, values) is None and
                    not no_deed_denied(doc, c, c_end) for c in mentions):
            # "نفى أن تكون الشركة واجهة للتهريب": what is said of the named subject of the denied clause is what the
            # speaker denies of it, a charge whether or not its words are known bad ("نفى أن تكون الوزارة قد علمت
            # بالصفقة"): the party is cleared, defended (an unnamed group, "مقاتليه", is rather the claimant's own men
            # whose boast is denied; a state's forces or authorities are cleared as a named party is: "نفى أن تكون قوات
            # الأمن ارتكبت أي تجاوزات"). A plan, request or receipt denied is no deed to clear it of ("نفى أن يكون X
            # ينوي الانسحاب"): X stays neutral
            stance = "positive"
        if not denial and key not in own and any(ties_refused(doc, c, c_start) for c in mentions):
            stance = "negative"   # "لن ندخل في ائتلاف مع X", "رفض أي تحالف مع X": a tie refused with X opposes X
        if n == lead and not denial and key not in own and refused_good:
            stance = "negative"   # "استبعد أي تعاون مع X": the good thing ruled out would be shared with X, who is rejected
        if denial and (key in own or key in kin) and any(denied_deed_of(doc, c, c_start) for c in mentions):
            # "نفى أي تورط لبلاده", "نفى تورط جيش بلاده": the speaker clears their own side of the denied deed (a third
            # party's deed denied is a happening denied: "نفى أي تدخل لـY")
            stance = "positive"
        if denial and any(tie_denied_of(doc, c, c_start, c_end) for c in mentions):
            stance = "positive"   # "نفى أي علاقة لـX بالهجوم": the party whose tie to a wrong is denied is cleared
        if not denial and key not in own and any(shielded(doc, c, c_start, prior, values, threat) for c in mentions):
            stance = "positive"   # "رفض فرض عقوبات على X": the speaker shields X from the measure
        if not denial and key not in own and any(harm_refused(doc, c, c_start, prior, values) for c in mentions):
            stance = "positive"   # "لن نسمح لأحد بتهديد أمن X", "رفض التدخل في شؤون X": X is shielded from the harm refused
        if launched and key not in own and any(_launched_on(doc, c, c_start) for c in mentions):
            stance = "negative"   # "شن الوزير هجوما لاذعا على النقابة": the speaker's verbal attack is aimed at X
        if prior == "neutral" and not wished and any(death_told(doc, c, c_start, persons) for c in mentions):
            stance = "neutral"    # "أعلن وفاة الزعيم التاريخي X": a death announced is a fact told, its epithets no praise
        # "كيف يريد X حل الأزمة ولا يجتمع بأطرافها؟": a question put in a statement is a rhetorical reproach
        out[key] = "negative" if stance == "neutral" and asks and key not in own and not \
            all(c.i in settings for c in mentions) else stance
        if out[key] == "negative" and key.startswith("group:") and kind_of(key) in VICTIM_GROUPS | COMMONER_GROUPS:
            # "X يتحمل المسؤولية عن مقتل المدنيين": civilians suffer, they are not blamed; nor are the people, voters or
            # families told of: "الناخبون ضاقوا ذرعا بالفساد", the bad words are what they endure
            out[key] = "neutral"
    _joined_share_stance(doc, targets, c_start, c_end, out, own, prior, denial)
    _capital_shares_stance(doc, targets, c_start, out, settings)
    _state_shares_stance(out)
    return out


FROM_RELEASE = normalize("عن")   # "الإفراج عن X"
RELEASE_REACH = 4   # "الإفراج الفوري وغير المشروط عن X": the words between the release and its عن


def _release_called_for(doc: Doc, c: Candidate, c_start: int, wished: bool) -> bool:
    """Is mention c the one set free by a noun of release right before it (function_words releasing: "الإفراج عن
    X", "بالإفراج عن X", "إطلاق سراح X"), past "all" ("الإفراج عن جميع X"), in a call (`wished`) or after a word of
    demanding inside the content ("قالت إن القادة يطالبون بالإفراج عن X")?"""
    words = lexicon.function_words()
    toks = tokens_of(doc)
    titled = c.title_i is not None and c_start <= c.title_i < c.i
    p = word_before(doc, c.title_i if titled else c.i, c_start)   # "الإفراج عن الناشط X": before the title
    if p >= c_start and is_one_of(toks.texts[p], words.quantifier):
        p = word_before(doc, p, c_start)
    if p < c_start or toks.punct[p] or clitic_of(doc, c):
        return False
    if normalize(toks.texts[p]) == FROM_RELEASE:
        release = _release_before_from(doc, p, c_start, words.releasing)
    else:
        release = p if normalize(toks.texts[p]) in words.releasing else None   # "إطلاق سراح X"
    return release is not None and (wished or demanded_in_content(doc, release, c_start))


def _release_before_from(doc: Doc, k: int, c_start: int, releasing: frozenset[str]) -> int | None:
    """The noun of release among the few words before the عن at k, past the adverbs and adjectives of a demand
    ("بالإفراج عن", "«الإفراج فورا» عن", "الإفراج الفوري وغير المشروط عن"), with no punctuation or other عن between;
    None when there is none."""
    toks = tokens_of(doc)
    p = word_before(doc, k, c_start)
    for _ in range(RELEASE_REACH):
        if p < c_start or toks.punct[p] or normalize(toks.texts[p]) == FROM_RELEASE:
            return None
        if has_stem_in(toks.texts[p], releasing):
            return p
        p = word_before(doc, p, c_start)
    return None


def _threat_condition_subject(doc: Doc, c: Candidate, c_start: int) -> bool:
    """Is mention c the subject of the condition a threat sets, right after its verb, denied or not, or right
    after the word of condition ("هدد بضرب X إذا بدأت Y", "إذا لم يسلم Y السلطة", "إذا Y رفضت")? The one whose
    act would set off the threatened harm is the one warned off it."""
    words = lexicon.function_words()
    toks = tokens_of(doc)
    p = word_before(doc, c.i, c_start)
    if p < c_start or toks.punct[p] or clitic_of(doc, c):
        return False
    if is_one_of(toks.texts[p], words.condition):
        return True           # "إذا Y رفضت"
    q = word_before(doc, p, c_start)
    if q >= c_start and is_one_of(toks.texts[q], words.negation):
        q = word_before(doc, q, c_start)   # "إذا لم يسلم Y"
    return q >= c_start and is_one_of(toks.texts[q], words.condition)


def _launched_on(doc: Doc, c: Candidate, c_start: int) -> bool:
    """Is mention c the one the attack that opens the content is launched on, through على or ضد right after it
    or after its adjective ("هجوما على X", "هجوما لاذعا على X")? (The cue reader let شنّ speak only so.)"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, c_start)
    if p < c_start or clitic_of(doc, c) or not is_one_of(toks.texts[p], lexicon.function_words().against):
        return False
    first = first_word(doc, c_start)
    q = word_before(doc, p, c_start)
    if q > first and not toks.punct[q]:
        q = word_before(doc, q, c_start)   # past the attack's adjective
    return q == first


STATE_BODY_KINDS = frozenset({"government", "military"})   # organizations.tsv kinds of a state's own bodies
STATE_GROUP_KINDS = frozenset({"authorities", "security_forces", "military", "troops", "police_officers"})


ARMED_GROUP_KINDS = frozenset({"security_forces", "military", "troops"})   # groups.tsv kinds of forces that attack


def _armed(key: str) -> bool:
    """Is the target a state's armed force ("القوات X", "الجيش X": groups.tsv or organizations.tsv kind military)?"""
    if key.startswith("group:"):
        return kind_of(key) in ARMED_GROUP_KINDS
    body = lexicon.entity_by_key().get(key)
    return body is not None and body.kind == "military"


def _state_of(key: str) -> str | None:
    """The country whose government or forces a target is ("الحكومة الإثيوبية", "السلطات الإثيوبية"), None for any
    other target."""
    if key.startswith("group:"):
        affiliation = key.split("@", 1)[1].split("/", 1)[0] if "@" in key else None
        return affiliation if kind_of(key) in STATE_GROUP_KINDS else None
    body = lexicon.entity_by_key().get(key)
    return body.country_key if body is not None and body.kind in STATE_BODY_KINDS else None


def _state_shares_stance(out: dict[str, str]) -> None:
    """A country left neutral (often named only as where it happens: "القلق على الصحافة في X جراء قرار السلطات
    في X") takes the stance of its own government, authorities or forces judged in the same statement; when they
    are judged both ways, it stays neutral."""
    judged: dict[str, set[str]] = {}
    for key, stance in out.items():
        state = _state_of(key)
        if state is not None and state != key and stance != "neutral":
            judged.setdefault(state, set()).add(stance)
    for state, stances in judged.items():
        if out.get(state) == "neutral" and len(stances) == 1:
            out[state] = stances.pop()


def _capital_shares_stance(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int,
                           out: dict[str, str], settings: frozenset[int]) -> None:
    """A country and its capital named in one statement are one side: the capital stands for the government
    ("الاتفاق بين X والدول الكبرى لن يمس الدعم الذي تقدمه عاصمتها")."""
    known = lexicon.entity_by_key()
    mentions = dict(targets)
    for key in list(out):
        place = known.get(key)
        if place is None or place.kind != "capital" or place.country_key not in out:
            continue
        country = place.country_key
        for one, other in ((key, country), (country, key)):
            # the one judged passes its stance to the one left neutral, unless that is only where it happens
            if out[one] != "neutral" and out[other] == "neutral" and \
                    not all(c.i in settings or locative(doc, c, c_start) for c in mentions[other]):
                out[other] = out[one]


def _joined_share_stance(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                         out: dict[str, str], own: frozenset[str], prior: str, denial: bool) -> None:
    """A party joined by و to the target right before it shares that one's stance in `out` when no word of
    its own judges it ("رحب بالاتفاق بين X وY", "اتهم X وY بالفساد"), and under an evaluative act also when
    the one before opens the act's object ("اتهم X وY بدعم المتمردين": Y is charged too); not the speaker's
    own side, nor one joined to it, nor a party that opens a clause of its own."""
    ends = {c.j - 1: key for key, cs in targets for c in cs}
    opening = {key for key, cs in targets if any(opens(doc, c, c_start) for c in cs)}
    for key, mentions in targets[1:]:
        joined = {ends.get(word_before(doc, c.i, c_start)) for c in mentions if clitic_of(doc, c) == "و"}
        if key in own or len(mentions) != len(joined - {None}) or len(joined) != 1 or \
                any(opens_a_clause(doc, c, c_end) for c in mentions):
            continue          # "X تسلح الميليشيات وY تسعى إلى التهدئة": Y opens a clause of its own
        other = joined.pop()
        if other == key or other in own:
            continue
        if out.get(other, "neutral") == "neutral":
            # "X وY انتقلا إلى التيار المتطرف": a dual or plural verb right after the pair has both for its
            # subject, so what it says of Y it says of X (not "X وY الإرهابية": an adjective is Y's only)
            if out.get(key, "neutral") != "neutral" and not key.startswith("group:") and \
                    all(_joint_verb_after(doc, c, c_end) for c in mentions):
                out[other] = out[key]
            continue
        if out.get(key) == "neutral" or (prior != "neutral" and not denial and other in opening):
            out[key] = out[other]


JOINT_PERFECT = ("ا", "وا")           # the perfect dual and plural: "انتقلا", "انتقلوا", "انتقلتا"
JOINT_IMPERFECT = ("ان", "ون")         # the imperfect dual and plural: "يدعمان", "يدعمون"
JOINT_MIN = 4                          # letters of a verb at least ("قالا"); shorter forms are particles


def _joint_verb_after(doc: Doc, c: Candidate, hi: int) -> bool:
    """Is the word right after mention c a verb in the dual or plural ("X وY انتقلا", "X وY يدعمان"), whose
    subject is the pair that ends with c? A word with the article or with tanwin is a noun or an adverb."""
    toks = tokens_of(doc)
    q = first_word(doc, c.j)
    if q >= hi or toks.punct[q] or "\u064b" in toks.texts[q]:
        return False      # ("أيضاً", "معاً": an adverb)
    form = normalize(toks.texts[q])
    if len(form) < JOINT_MIN or form.startswith("ال"):
        return False
    if form.endswith(JOINT_IMPERFECT) and form[0] in IMPERFECT_PREFIXES:
        return True
    if not form.endswith(JOINT_PERFECT) or form[0] in IMPERFECT_PREFIXES + ("م",) or form.endswith("يا") or \
            form in lexicon.function_words().adjunct:
        return False      # ("رسميا", "حاليا": an adverb of a nisba; "أيضا")
    # an accusative noun or adjective without its tanwin ("بعيدا", "مثلا") has a feminine in ة ("بعيدة"), a verb none
    return form.endswith("وا") or form.endswith("تا") or not is_ordinary_word(form[:-1] + "ه")


def _heir(doc: Doc, targets: list[tuple[str, list[Candidate]]], lead: int | None, titles: list[bool],
          own: frozenset[str], values: Lent, c_start: int, c_end: int) -> int | None:
    """The party after the first target that the content's far words speak of when the first target only
    suffers what they name (a bad act done to it, a danger to it: "الخطر الأكبر على X هو Y", "أكبر تهديد لX هو
    Y"): the next one that is no title's, no own side, no setting and no sufferer itself; None otherwise."""
    if lead is None or lead + 1 >= len(targets) or not _only_suffers(doc, targets[lead][1], c_start, c_end, values):
        return None   # (no party after the first: no heir, whatever the first suffers)
    sufferers = {c.j - 1 for c in targets[lead][1]}   # "الهجمات على X وY": Y joined to X suffers with it
    for n in range(lead + 1, len(targets)):
        key, mentions = targets[n]
        if all(clitic_of(doc, c) == "و" and word_before(doc, c.i, c_start) in sufferers for c in mentions):
            sufferers.update(c.j - 1 for c in mentions)
            continue
        if titles[n] or key in own or all(locative(doc, c, c_start) for c in mentions) or \
                (key.startswith("group:") and kind_of(key) in VICTIM_GROUPS | NATION_GROUPS):
            continue
        return None if _only_suffers(doc, mentions, c_start, c_end, values) else n
    return None


def suffers_only(doc: Doc, mentions: list[Candidate], c_start: int, c_end: int,
                 in_name: Callable[[int], bool] = lambda k: False) -> bool:
    """Does every mention of a target only suffer a bad thing the content names ("العدوان على X", "تهديد
    لX")? Then its stance says what befell it, not what the statement is."""
    inside = {k for c in mentions for k in range(c.i, c.j)}
    values = phrase_values(doc, c_start, c_end, lambda k: k in inside or in_name(k))
    return _only_suffers(doc, mentions, c_start, c_end, values)


def _only_suffers(doc: Doc, mentions: list[Candidate], c_start: int, c_end: int, values: Lent) -> bool:
    """Does every mention of a target suffer a bad thing the content names (after it, before "على X" or
    "لX", or in what it lives through)?"""
    def suffering(c: Candidate) -> bool:
        side, bad = against(doc, c, c_start, values)
        return side > 0 or bad is not None or victim(doc, c, c_start, values) or bool(suffers(doc, c, c_end, values))
    return all(suffering(c) for c in mentions)


ABOUT = normalize("عن")


# the words of reports and unnamed sources (function_words unnamed_source, news_noun) at once: one set made once, since
# is_one_of keeps its answers per (word, set) and a union made per call is hashed and compared whole at each look-up
REPORTS = lexicon.function_words().unnamed_source | lexicon.function_words().news_noun


def _reported_happening(doc: Doc, first: int, c_end: int) -> bool:
    """Does the content open with reports about a happening ("تقارير عن وصول قوات من X", "أنباء عن دخول ...")? A
    denial of such reports denies the happening, as "نفى وصول" does: no party in it is blamed."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if not is_one_of(toks.texts[first], REPORTS):
        return False
    q = next_word(doc, first)
    r = next_word(doc, q) if q is not None and q < c_end and normalize(toks.texts[q]) == ABOUT else None
    return r is not None and r < c_end and is_one_of(toks.texts[r], words.existence)
