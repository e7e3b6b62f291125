"""The stance towards one target of a statement (stance_of): by what the target is, where it stands (a setting,
the act's object, one's own side, persons counted), what its mentions stand in (what befalls them, who cites them,
the meeting they hold, the sanctions they impose, what they refuse), else by the words near its mentions (the
content's words for the first target)."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..groups import kind_of
from ..mentions import Candidate
from ..words import next_word, tokens_of, words_between
from .calls import asked_deed
from .acts import (against, attacked, befallen, befalling_before, enables_a_bad_deed, exposed, pushed, measure_against, measure_taken, measure_within,
                   object_of_relative, played,
                   prevented,
                   suffers, victim, winner)
from .kinds import COMMONER_GROUPS, bad_by_what_it_is, no_state
from .negation import steadfast_position
from .ordered import ordered, ordered_first
from .overall import overcome_spans, sign
from .phrases import Lent
from .plight import own_plight
from .schedule import scheduled_step
from .watching import keeps_watch
from .roles import deep, fought_in_object, governed
from .settings import among, locative, opens
from .severed import severed
from .victims import called_victim
from .windows import (after_clause_break, after_joined_verb, apposition_after, aside_after, clause_start, embedded_clause, far_words,
                      opens_a_clause, window_of)
from .words import (clitic_of, first_word, is_harming, is_negation, is_one_of, is_punishing, judges_a_pronoun, without_article,
                    word_before, word_polarity)


def stance_of(doc: Doc, key: str, mentions: list[Candidate], n: int, values: Lent, content: int, others: set[int],
               c_start: int, c_end: int, prior: str, own: bool, heir: bool = False,
               settings: frozenset[int] = frozenset(), threat: bool = False, wished: bool = False,
               ordering: bool = False, warning: bool = False) -> str:
    """The stance towards one target (the n-th, with these mentions): by what the target is (a group the
    speaker calls terrorists), where it stands (a setting, the act's object, one's own side, persons
    counted), else by the words near its mentions (the content's words for the first target). In a call or a
    request (`wished`), the deed asked of the party the content opens with says what it is to do, not what it is; under
    a cue of ordering (`ordering`) the party it opens with is the one told to carry the order out. Under a warning
    (`warning`, no threat) whoever would undergo the harm warned of is its patient: neutral, not defended as the victim
    of a condemned harm is."""
    if bad_by_what_it_is(doc, key, mentions, c_start, own):
        return "negative"
    if all(c.i in settings or locative(doc, c, c_start) for c in mentions) and \
            not (prior != "negative" and not own and all(severed(doc, c, c_start) for c in mentions)):
        return "neutral"      # (but "استدعاء سفيرها في X": the host of the envoy recalled is no setting)
    if prior != "negative" and not wished and any(called_victim(doc, c, c_end) for c in mentions):
        return "positive"     # "X «ضحية حملة من العداء»": a party called a victim is wronged, the bad words are what it suffers
    if all(ordered(doc, c, c_start) or (ordering and ordered_first(doc, c, c_start)) for c in mentions):
        return "neutral"      # "أوعز إلى الجيش بتأمين الطرق", "أوامر للشرطة": the one told to carry an order out
    if not own and all(played(doc, c, c_start, c_end) for c in mentions):
        return "neutral"      # "تستخدم ورقة اللاجئين": the party played as a card is used, no doer of the exploitation
    if prior != "neutral" and n == 0 and not own and all(befallen(doc, c, c_start, values) for c in mentions) and \
            not (threat and all(_harm_aimed(doc, c, c_start, values) for c in mentions)):
        # "أدان اعتقال الصحفي X", "رحب بهزيمة X": what befalls X is what the act judges, X suffers it (but the
        # harm a threat names is the speaker's own: "هدد باعتقال X")
        return "neutral" if warning else "positive" if prior == "negative" else "negative"
    if prior == "neutral" and n == 0 and not own and all(measure_taken(doc, c, c_start, values) for c in mentions):
        return "negative"     # "أعلن إقالة الوزير X", "أمر باعتقال X": the measure announced is aimed at X
    if prior == "neutral" and not own and all(measure_within(doc, c, c_start, values) for c in mentions):
        return "negative"     # "أعلنت الوزارة تشديد الرقابة وترحيل X": a measure named further in is aimed at X too
    if prior == "neutral" and not own and all(measure_against(doc, c, c_start) for c in mentions):
        return "negative"     # "طلبت النيابة أمر اعتقال بحق X": the legal step is taken against X
    if prior != "negative" and not own and all(severed(doc, c, c_start) for c in mentions):
        return "negative"     # "قطع علاقاتها مع X", "علقت المساعدات لX": a tie or an exchange cut with X breaks with X
    if prior != "neutral" and n == 0 and any(opens(doc, c, c_start) and not _patient(doc, c, c_start, c_end, values)
                                             for c in mentions):
        # (but "حذر من أن X ستواجه عجزا": the one the content opens with undergoes the harm warned of)
        return prior          # "اتهم الحكومة بالفساد": the act's object, even the speaker's own side
    if own and not all(_patient(doc, c, c_start, c_end, values) or own_plight(doc, c, c_end, values) is not None or
                       keeps_watch(doc, c, c_end) or scheduled_step(doc, c, c_end) for c in mentions):
        # but "X يعاني من أزمة", "يضع X أمام خيارات صعبة": what one's own side lives through is no stance, nor a state
        # it is told to pass through or be in ("المملكة مرت بظروف قاسية", "دخلت طورا دقيقا"), nor its watch or
        # study of a matter ("حكومته تراقب التطورات باهتمام", "ستدرس المقترح"), nor a step set for a day or a term, a schedule
        # announced ("الوزارة ستجتمع الخميس بالنقابات", "ستجري الاقتراع في غضون شهرين")
        return "positive"
    if prior == "neutral" and all(_counted(doc, c, c_start) for c in mentions):
        return "neutral"      # "قتل 12 عنصرا من الشرطة": members of X counted, a report of fact
    if prior == "neutral" and any(_holds_steadfast(doc, c, c_start, c_end, values) for c in mentions):
        return "positive"     # "مواقف X حيال النزاع في Y لم تتغير": X's position is steadfast, whoever stands nearer the verb
    if prior != "negative" and any(_spoke_its_word(doc, c, c_start, c_end) for c in mentions):
        return "positive"     # "قال الشعب كلمته": a verdict the speaker heeds, favourable to the one who spoke it
    if prior != "negative" and any(_people_chose(doc, key, c, c_start, c_end) for c in mentions):
        return "positive"     # "الشعب اختار التغيير", "منحنا الناخبون ثقتهم": the people's choice, a verdict the speaker heeds
    if prior != "negative" and any(_served_all(doc, c, c_start) for c in mentions):
        return "positive"     # "سأكون رئيسا لكل X", "حكومة لجميع X": an office pledged to all of X embraces them
    # whether every mention undergoes a bad thing the content names (_patient's readings, which the loop below reads
    # of each mention anyway)
    all_patients = True
    near: set[int] = set()
    owned: set[int] = set()   # "مواجهة العدوان الإسرائيلي": the word the target stands right after is its own
    reversed_heads: set[int] = set()   # owned words through a preposition that a reverser turned round: read as a phrase
    suffered: set[int] = set()   # "العدوان على X": the bad act X suffers is not its own
    sides = 0                 # +1 for each mention that suffers a bad act, -1 for each that is fought
    judgements: set[int] = set()   # the words of a judgement a mention of X makes ("X ترفض التدخل")
    judged_object = False     # a mention stands right after a judgement: "ندين X", "تتهم X بـ", "لن نسمح لX"
    refusals = 0              # the judgements X makes of a good thing right after them ("X ترفض الحوار")
    # mentions right after a noun of what befalls them ("وفاة X", "اعتقال X") or cited as a source ("بحسب X")
    befallen_mentions = 0
    despite = [range(i, j) for i, j in overcome_spans(doc, c_start, c_end, conditions=False)]
    for c in mentions:
        window = window_of(doc, c, c_start, c_end)
        near.update(window)
        aside = aside_after(doc, c, c_end)
        if aside is not None:
            # "X، التي تأسست قبل عقد، تواجه أزمة": the aside tells who X is in passing, the words after it are
            # what the clause says of X
            described, predicate = aside
            suffered.update(described)
            near.update(predicate)
        elif (apposed := apposition_after(doc, c, c_end)) is not None:
            # "X، المستشار السابق للرئيس Y، تورط في": the apposition names X again and the words after it are what the
            # clause says of X (not of a party the apposition names in passing)
            near.update(apposed[0])
            near.update(apposed[1])
        # "X مستعدة للمواجهة مع Y": readiness is a merit of the one ready, named before it, not of a party after it
        suffered.update(_readiness_before(doc, c, window))
        # "لن يفضي التحقيق إلى إلغاء ترخيص X رغم الانتقادات للمشروع": what a "despite" phrase the mention stands
        # outside of names speaks of that phrase's own actors, not of X
        suffered.update(k for span in despite if c.i not in span for k in window if k in span)
        # "X ناقش مع ضيفه اعتداءات المتمردين": the bad things of a topic after X are not X's
        suffered.update(k for k in window if k in values.topics and k >= c.j)
        p = word_before(doc, c.i, c_start)
        if p in values.aimed and judges_a_pronoun(tokens_of(doc).texts[p]):
            suffered.add(p)   # "وهذا ما انتقدته X", "رفضها X": X is who judges, the object is the pronoun
        owned.add(p)
        head = _head_before(doc, p, c_start)
        owned.add(head)
        if values.phrase.get(head, 0) == -values.alone.get(head, 0) != 0:
            reversed_heads.add(head)   # "تجميد التعاون مع X": the cooperation with X is what is frozen
        side, bad = against(doc, c, c_start, values)
        sides += side
        if bad is not None:
            suffered.add(bad)
        suffering = suffers(doc, c, c_end, values)
        suffered.update(suffering or ())
        if own:
            suffered.update(own_plight(doc, c, c_end, values) or ())   # "المغرب وجد نفسه أمام قرار مؤلم": its state
        exposure = exposed(doc, c, c_start, c_end, values)
        suffered.update(exposure or ())   # "يعرض X للخطر": the danger X is put in
        driven = pushed(doc, c, c_start, c_end)
        if driven:
            suffered.update(window)   # "الأزمة قد تدفع X إلى تعليق Y": the cause and where X is driven are not X's doing
        all_patients = all_patients and (suffering is not None or exposure is not None or driven)
        if _harmed(doc, c, c_start, values):
            # "التدخلات تقوض استقرار X", "انتهاك سيادة X": X undergoes the harm to what is its own, like what befalls
            # it; the words before speak of the harm and its doer
            befallen_mentions += 1
            suffered.update(k for k in near if k < c.i)
            # "محاولات زعزعة استقرار X ستفشل", "انتهاك سيادة X مرفوض": the harm is the subject the words after X
            # judge, not X
            suffered.update(k for k in window if k >= c.j)
        befalls = befalling_before(doc, c, c_start, values)
        if befalls is None:
            befalls = _cited_by(doc, c, c_start)
        if befalls is not None:
            befallen_mentions += 1
            # "حذر من موجات عنف في حالة وفاة X": what stands before the noun of what befalls X speaks of the event;
            # "X يعاني من وضع سيئ بحسب شهادة Y": what stands before "according to" is what Y tells, not Y's
            suffered.update(k for k in near if k < befalls)
        if _holds_a_meeting(doc, c, c_start) and (prior == "neutral" or p != first_word(doc, c_start)):
            # (but "رحب بقمة X": the meeting is the act's object, its holder takes the act's side)
            befallen_mentions += 1
            # "الأزمة الخطيرة نوقشت في جلسة X", "قمة X ستبحث الأزمة": the body is where the talk takes place
            suffered.update(window)
        head = object_of_relative(doc, c, c_start)
        if head is not None:
            # "الهجوم الإرهابي الذي استهدف X": the words before the relative pronoun describe its head, not X
            suffered.update(k for k in near if k < head)
        if among(doc, c, c_start):
            # "عناصر مندسة وسط صفوف X", "انتشار الفساد بين أوساط X": X is where the bad thing is found, not its doer
            suffered.update(k for k in near if k < c.i)
        if opens_a_clause(doc, c, c_end) or after_clause_break(doc, c, c_start) or after_joined_verb(doc, c, c_start):
            # "X ملتزمة بالاستقرار وY تدعم الإرهاب", "X حليف لكن Y تزعزع الاستقرار", "الحادث المأساوي وسوف تبلغ Y":
            # the words before Y belong to the clause before
            suffered.update(k for k in near if k < c.i)
        # "X ترفض التدخل", "X تتهم Y بالتحريض": a judgement X makes, and what it judges, are not of X
        judged = min((k for k in values.aimed if k >= c.j and k in near), default=None)
        if judged is not None:
            judgements.update(k for k in near | set(values.phrase) if k >= judged)
            if _refused(doc, judged, c_end, values) > 0:
                refusals += 1     # "X ترفض الحوار", "X رفضت التعاون": X refuses a good thing
        # "X اعتبرت أن الرئيس Y تجاوز صلاحياته": the fault in a clause with a subject of its own is that subject's
        suffered.update(embedded_clause(doc, c, mentions, c_start, c_end))
        # "X ستفرض عقوبات صارمة على Y": the sanctions X imposes on another are Y's judgement, not a fault of X's
        suffered.update(_imposed(doc, c, near, c_end, values))
        if p in values.aimed and p not in suffered:
            judged_object = True
        if wished:
            # "دعا X إلى التصدي للإرهاب", "حث X على إدانة الهجمات": the bad things named in the deed asked of X are what
            # X is to act on (what X is asked to stop, "طالب X بوقف", targets.py still reads as X's own)
            suffered.update(asked_deed(doc, c, c_start, c_end))
    # but a judgement made before another mention of X speaks of X ("X تخشى ... ونرفض X")
    suffered.update(k for k in judgements if not any(k < c.i and k in window_of(doc, c, c_start, c_end)
                                                     for c in mentions))
    # (but a good word of X's that governs a bad thing is X's as the phrase reads it: "دعم X للمتمردين")
    # (summed over the near words that lend a value, a few: the others add 0)
    valued = near & (values.alone.keys() | values.phrase.keys())
    score = sum(values.alone.get(k, 0) if k in owned and k not in values.governing and k not in reversed_heads
                else values.phrase.get(k, 0) for k in valued if k not in suffered) - refusals
    if threat and all(_harm_aimed(doc, c, c_start, values) for c in mentions):
        return "negative"     # "هدد بقمع X", "أمر قواته بقمع X": the harm is the speaker's own, aimed at X
    if (prior == "negative" or score < 0 or content < 0) and all(attacked(doc, c, c_start, values) for c in mentions):
        return "neutral" if warning else "positive"     # "الهجوم الروسي على X غير مقبول": X is attacked, not the doer of the attack judged bad
    all_victims = all(victim(doc, c, c_start, values) for c in mentions)
    if all_victims and prior == "negative" and n == 0:
        return "neutral" if warning else "positive"     # "أدان الهجوم الذي استهدف X", "أدان اغتيال الصحفي X": X suffers what is condemned
    if sides > 0:
        return "neutral" if warning else "positive"     # "أدان العدوان على X": X suffers what is condemned
    if sides < 0:
        if prior == "negative" and not threat and any(fought_in_object(doc, c, c_start) for c in mentions):
            return "neutral" if warning else "positive"   # "أدان محاولات إسقاط X": X suffers the fight the act condemns (not "هدد بمعاقبة X")
        return "negative"     # "العمليات ضد X", "مكافحة X": X is what is fought
    if all(no_state(c) and not opens(doc, c, c_start) for c in mentions):
        # "وافق على مشروع في مدينة X": a town or region is where, not whom the act takes sides with;
        # unless it is the act's object ("أشاد بمدينة X")
        prior = "neutral"
    if any(prevented(doc, c, c_start, c_end) for c in mentions):
        return "negative"     # "منع X من تهديد جيرانها": X is kept from a bad deed of its own
    if judged_object:
        return "negative"     # "الحكومة تتهم X بدعم المتمردين": what the charge names is not X's merit
    if not score and any(enables_a_bad_deed(doc, c, c_end, values) for c in mentions):
        return "negative"     # "X أعطت فرصة لY كي تتابع عدوانها": who lets a bad deed be done shares its fault
    # the act's prior reaches the first target, but not one deep inside its object, nor one that only suffers
    # what the act names ("حذر من أن حياة X في خطر")
    # ("يضع X في مأزق": the one put in harm's way is its patient, the warning is of the harm, not of X)
    takes_prior = n == 0 and not all(deep(doc, c, c_start) for c in mentions) and \
        not all_patients and \
        not all_victims and \
        befallen_mentions < len(mentions)
    if prior != "neutral" and takes_prior:
        return prior
    if score:
        return sign(score)
    # what X suffers says nothing of X
    # (weighed again without them, not subtracted: a topic or a word of a "despite" or "if" phrase was never
    # counted, "ناقشت X الأوضاع الكارثية" is no praise of X)
    # "قتل كثيرون في جرائم، لكن الجيش سلم الجثث": the words before a "but" belong to the clause before, whose
    # actors are not X
    opening = clause_start(doc, mentions, c_start)
    if suffered or opening > c_start:
        content = far_words(doc, values, others | suffered, opening, c_end)
    if n == 0 and content and befallen_mentions < len(mentions) and \
            not all_patients and \
            (heir or not all(governed(doc, c, c_start) for c in mentions)):
        # the words far off speak of the content's actors; not of a place or party named only after a
        # preposition ("الخمور السرية في X", "خرج أمام X", "عدو لدود للولايات المتحدة"), unless it is the
        # party left when the first one only suffers ("الخطر على X يأتي من Y"); nor of one named only as whom
        # something befalls ("العنف في حالة وفاة X"); nor of one that undergoes what the content names ("X تواجه
        # أزمة حادة بعد انهيار العملة": the far words tell the harm's causes and course, not X's doing)
        return sign(content)
    if prior == "neutral" and n == 0 and any(winner(doc, c, c_start) for c in mentions):
        return "positive"     # "أعلنت اللجنة فوز X بالانتخابات": a win told without judging it favours the winner
    return prior if takes_prior else "neutral"


def _patient(doc: Doc, c: Candidate, c_start: int, c_end: int, values: Lent) -> bool:
    """Does mention c undergo a bad thing the content names: the subject of a verb of suffering or facing it ("X
    ستواجه عجزا", "حياة X في خطر"), or the object of a verb of exposing to it ("يعرض X للخطر")? The harm is what a
    warning or a condemnation is of; X is its patient, not the doer."""
    return suffers(doc, c, c_end, values) is not None or exposed(doc, c, c_start, c_end, values) is not None or \
        pushed(doc, c, c_start, c_end)


def _readiness_before(doc: Doc, c: Candidate, window: range) -> set[int]:
    """The words of readiness (function_words readiness: "مستعدة", "جاهز") in mention c's window before it."""
    return set(words_between(doc, _is_readiness, window.start, min(window.stop, c.i)))


def _is_readiness(text: str) -> bool:
    """"مستعدة", "جاهز" (function_words readiness): words_between's test."""
    return is_one_of(text, lexicon.function_words().readiness)


def _harmed(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Does mention c undergo a harm: the party named with ب right after a bad word ("تضر بـX", "التنكيل بـX"), or the
    owner of a good thing (right before it) that the bad word right before that harms ("تقوض استقرار X")? Not when
    the bad word is a judgement aimed at what follows ("تندد بـX", "رفض دعم X": they speak of X) or a sanction."""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or toks.punct[p]:
        return False
    q = p
    clitic = clitic_of(doc, c)
    if clitic != "ب":
        if clitic or values.alone.get(p, 0) <= 0:
            return False
        q = word_before(doc, p, lo)   # "تقوض استقرار X": past the good thing of X's that is harmed
    # a bad word of the table, not a good one negated ("فقد ثقته بـX": trust in X lost speaks of X)
    return q >= lo and values.alone.get(q, 0) < 0 and word_polarity(toks.texts[q]) < 0 and q not in values.aimed and \
        not is_punishing(toks.texts[q])


def _harm_aimed(doc: Doc, c: Candidate, lo: int, values: Lent) -> bool:
    """Is mention c the one a word of harm right before it is done to, the harm still bad as the phrase reads
    ("بقمع X", "بتعذيب X"; not "بوقف قصف X": stopped)?"""
    p = word_before(doc, c.i, lo)
    return p >= lo and not clitic_of(doc, c) and is_harming(tokens_of(doc).texts[p]) and \
        values.alone.get(p, 0) < 0 and values.phrase.get(p, values.alone.get(p, 0)) < 0


def _holds_steadfast(doc: Doc, c: Candidate, lo: int, hi: int, values: Lent) -> bool:
    """Is mention c the one whose position, named right before it ("موقف X", "مواقف X"), a negated verb of changing
    after it says is steadfast?"""
    p = word_before(doc, c.i, lo)
    return p >= lo and any(k >= c.j and v > 0 and steadfast_position(doc, k, lo) == p
                           for k, v in values.alone.items() if k < hi)


def _spoke_its_word(doc: Doc, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c the subject of "said its word" (function_words verdict_said, verdict_word): "قال الشعب كلمته",
    "قال شعب X كلمته" (one noun between the verb and the name), "الناخبون قالوا كلمتهم"?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    after = next_word(doc, c.j - 1)
    if after is None or after >= hi or toks.punct[after]:
        return False
    if is_one_of(toks.texts[after], words.verdict_said):
        then = next_word(doc, after)
        return then is not None and then < hi and is_one_of(toks.texts[then], words.verdict_word)
    if not is_one_of(toks.texts[after], words.verdict_word):
        return False
    p = word_before(doc, c.i, lo)
    if p >= lo and not toks.punct[p] and not is_one_of(toks.texts[p], words.verdict_said):
        p = word_before(doc, p, lo)    # "قال شعب X كلمته": the people of X spoke
    if p < lo or toks.punct[p] or not is_one_of(toks.texts[p], words.verdict_said):
        return False
    # "بعد أن قال الناخبون كلمتهم": a verdict in a clause of time is background, the content judges others
    q = word_before(doc, p, lo)
    return not (q >= lo and is_one_of(toks.texts[q], words.verdict_backgrounded))


def _people_chose(doc: Doc, key: str, c: Candidate, lo: int, hi: int) -> bool:
    """Is mention c a people (a group of ordinary members of a society, or "شعب X") whose choice the content tells:
    the subject before a verb of choosing or granting ("الشعب اختار التغيير", "شعب X اختار", "منحنا الناخبون
    ثقتهم": function_words choice_verb, either side of the subject) or of voting for ("الناخبون صوتوا للتغيير",
    "صوتوا من أجل": vote_verb before ل, ب or من)? Not a share of them counted ("ثلث الناخبين اختاروا"), nor a vote
    against."""
    words = lexicon.function_words()
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if key.startswith("group:"):
        if kind_of(key) not in COMMONER_GROUPS:
            return False
    elif p < lo or not is_one_of(toks.texts[p], words.country_noun):
        return False
    else:
        p = word_before(doc, p, lo)      # "شعب X اختار": the people of X
    if p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], SHARES):
        return False
    if p >= lo and not toks.punct[p] and is_one_of(toks.texts[p], words.choice_verb):
        return True                      # "اختار الشعب", "منحنا الشعب ثقته"
    verb = first_word(doc, c.j)
    if verb >= hi or toks.punct[verb]:
        return False
    if is_one_of(toks.texts[verb], words.choice_verb):
        return True
    if not is_one_of(toks.texts[verb], words.vote_verb):
        return False
    then = next_word(doc, verb)
    if then is None or then >= hi or is_one_of(toks.texts[then], words.vote_against):
        return False
    return normalize(toks.texts[then]) == FROM_CHOICE or \
        any(clitic in ("ل", "ب") for clitic, _ in clitic_variants(toks.texts[then]))


# the words of a part or a share (function_words partitive, share_of) at once: one set made once, since is_one_of
# keeps its answers per (word, set) and a union made per call is hashed and compared whole at each look-up
SHARES = lexicon.function_words().partitive | lexicon.function_words().share_of


FROM_CHOICE = normalize("من")   # "صوتوا من أجل التغيير"


def _served_all(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the people an office is held for, all of them: right after لكل or لجميع (function_words
    quantifier with ل) right after a noun of office (serving_office: "رئيسا لكل X", "حكومة لجميع X")?"""
    words = lexicon.function_words()
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or toks.punct[p] or clitic_of(doc, c) or \
            not any(clitic == "ل" and normalize(stem) in words.quantifier for clitic, stem in clitic_variants(toks.texts[p])):
        return False
    q = word_before(doc, p, lo)
    return q >= lo and not toks.punct[q] and is_one_of(toks.texts[q], words.serving_office)


def _holds_a_meeting(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the body that holds a meeting named right before it ("اجتماع X", "في جلسة X", "قمة X";
    function_words meeting_head)?"""
    if clitic_of(doc, c):
        return False
    p = word_before(doc, c.i, lo)
    return p >= lo and not tokens_of(doc).punct[p] and _is_meeting_head(tokens_of(doc).texts[p])


@lru_cache(maxsize=65536)   # a function of the word alone: asked of the word before each mention of each target
def _is_meeting_head(text: str) -> bool:
    """"اجتماع", "جلسة", "قمة" (function_words meeting_head), past any clitic and the article."""
    heads = lexicon.function_words().meeting_head
    return any(without_article(normalize(stem)) in heads for _, stem in clitic_variants(text))


CITED_WORDS = 2       # words between "according to" and the source it names at most ("بحسب شهادة هيئة X")


def _cited_by(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The word of "according to" (function_words according_to) that cites mention c as the source of what the
    content tells, right before it or past up to CITED_WORDS nouns ("بحسب X", "وفقا لتقديرات X", "حسب شهادة
    Y"); None when c is cited by none."""
    if not words_between(doc, _is_according, lo, c.i):
        return None           # (most contents: no word of "according to" before the mention)
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    for _ in range(CITED_WORDS + 1):
        if p < lo or toks.punct[p]:
            return None
        if _is_according(toks.texts[p]):
            return p          # (not "فحسب", only)
        if is_one_of(toks.texts[p], lexicon.function_words().preposition) or word_polarity(toks.texts[p]):
            return None       # "... في X", "... الفاشلة X": no cited source's phrase
        p = word_before(doc, p, lo)
    return None


@lru_cache(maxsize=65536)   # a function of the word alone: asked of the words before each mention of each target
def _is_according(text: str) -> bool:
    """"بحسب", "وفقا", "حسب" (function_words according_to), bare or after و."""
    according = lexicon.function_words().according_to
    return any(normalize(stem) in according for clitic, stem in clitic_variants(text) if clitic in ("", "و"))


def _imposed(doc: Doc, c: Candidate, near: set[int], hi: int, values: Lent) -> set[int]:
    """The nouns of sanctions after mention c that are imposed on another ("X فرضت عقوبات على Y": a word of
    opposition right after them, or after their adjective), with that adjective."""
    toks = tokens_of(doc)
    out: set[int] = set()
    # (the content's bad words, a few, looked for in the window, not each word of the window looked up in them)
    for k, value in values.alone.items():
        if value >= 0 or k < c.j or k not in near or not is_punishing(toks.texts[k]):
            continue
        q = next_word(doc, k)
        adjective = q
        if q is not None and q < hi and not toks.punct[q] and not is_one_of(toks.texts[q], lexicon.function_words().against):
            q = next_word(doc, q)   # past the adjective: "عقوبات صارمة على Y"
        if q is not None and q < hi and is_one_of(toks.texts[q], lexicon.function_words().against):
            out.update({k, adjective} if adjective != q else {k})
    return out


REFUSED_WORDS = 2     # words of the object of a judgement in which its first evaluative word is looked for


def _refused(doc: Doc, judged: int, hi: int, values: Lent) -> int:
    """The value of what the judgement at `judged` is aimed at: the first evaluative word of its object within
    REFUSED_WORDS words, past "all", "any" ("رفضت كل المبادرات السلمية"), up to a preposition or a stop; 0
    when there is none."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    q, seen = next_word(doc, judged), 0
    while q is not None and q < hi and not toks.punct[q] and seen < REFUSED_WORDS:
        if values.alone.get(q, 0):
            return values.alone[q]
        if is_one_of(toks.texts[q], words.preposition):
            break
        if not is_one_of(toks.texts[q], words.quantifier):
            seen += 1
        q = next_word(doc, q)
    return 0


def _counted(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c what a number counts members of: "من X" right after a number, or after a number
    and its counted noun ("ثلاثة من الجنود", "12 عنصرا من الشرطة")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or normalize(toks.texts[p]) not in ("من", "ومن"):
        return False
    numbers = lexicon.function_words().number
    q = word_before(doc, p, lo)
    for _ in range(2):
        if q < lo or toks.punct[q]:
            return False
        text = toks.texts[q]
        if any(ch.isdigit() for ch in text) or is_one_of(text, numbers):
            return True
        q = word_before(doc, q, lo)
    return False


def _head_before(doc: Doc, p: int, lo: int) -> int:
    """The word that governs a mention through the preposition at p, past a "not only" ("التضامن مع X",
    "الدعم ليس فقط إلى X"); lo - 1 when p is no preposition."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if p < lo or not is_one_of(toks.texts[p], words.preposition):
        return lo - 1
    q = word_before(doc, p, lo)
    if q >= lo and is_one_of(toks.texts[q], words.only):
        q = word_before(doc, q, lo)
        if q >= lo and is_negation(toks.texts[q]):
            q = word_before(doc, q, lo)
    return q
