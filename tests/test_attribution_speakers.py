"""Speakers alone: each strategy on one handmade sentence, then the ordered list they form."""
from __future__ import annotations

import pytest

from kgbuild.extract.attribution.attribute import attribute
from kgbuild.extract.attribution.speakers.authors import agent_of_governing_verb
from kgbuild.extract.attribution.speakers.base import feminine_verb
from kgbuild.extract.attribution.speakers import (GROUP_OBJECT, STRATEGIES, UNNAMED, Query, Seen, Speakers, Strategy,
                                                  author_of_noun, find_speakers, on_the_tongue_of, previous_speaker,
                                                  relayed_speech, source_after_relay,
                                                  subject_after, subject_before, subject_before_comma,
                                                  subject_with_relative_clause, antecedent_of_relative, said_in_it, said_during_it,
                                                  subject_of_kana, author_of_reference, plural_antecedent,
                                                  author_of_noun_before)
from kgbuild.text import normalize
from speaker_checks import assert_speaker_at_cue, speakers_at_cue


def query(ctx, word: str, earlier: bool = False, last: tuple[str, ...] = (), history=()) -> Query:
    """The query for the cue `word` (its last occurrence) in its sentence."""
    k = [t.i for t in ctx.doc if t.text == word][-1]
    sent = ctx.doc[k].sent
    cue = ctx.cues.at(k) or ctx.cues.statement_reference(k, sent.end)
    return Query(cue, sent.start, sent.end, earlier, last, list(history))


def names(ctx, speakers: Speakers) -> list[set[str]]:
    """Every form of each speaker found."""
    ents = ctx.mentions.entities
    return [{normalize(f) for f in ents[s.key].forms | {ents[s.key].label}} for s in speakers.found]


def key_of(ctx, form: str) -> str:
    return next(k for k, e in ctx.mentions.entities.items() if normalize(form) in {normalize(f) for f in e.forms})


STRATEGY_CASES = [
    # (strategy, text, cue, the speakers' forms)
    (relayed_speech, "ونقلت وكالة رويترز عن وزير الزراعة البرازيلي كارلوس فافارو قوله إن صادرات اللحوم سترتفع هذا العام.",
     "ونقلت", ["كارلوس فافارو"]),
    (relayed_speech, "ونقلت وكالة الأنباء الفرنسية عن أردوغان -الذي يزور بكين- قوله إن تركيا تريد تجارة أوسع مع الصين.",
     "ونقلت", ["أردوغان"]),
    # an unnamed source that a paper ascribes words to ("نسبت X إلى مسؤول قوله") speaks
    (relayed_speech, "ونسبت صحيفة دي فيلت إلى مسؤول ألماني قوله إن برلين سترسل دبابات إلى كييف.", "ونسبت",
     ["مسؤول ألماني"]),
    (author_of_noun, "وجاء ذلك في بيان لوزارة الصحة المغربية حول حملة التلقيح ضد الحصبة.", "بيان",
     ["وزارة الصحة المغربية"]),
    (subject_before, "وزارة الصحة اليابانية أعلنت أن عدد الإصابات بالإنفلونزا تراجع في طوكيو.", "أعلنت",
     ["وزارة الصحة اليابانية"]),
    # a negation particle between the subject and its verb: the subject is still the verb's
    (subject_before, "لكن وزارة الصحة اليابانية لا تستبعد أن ترتفع الإصابات بالإنفلونزا في الشتاء.", "تستبعد",
     ["وزارة الصحة اليابانية"]),
    # an unnamed official of a body before the verb: the body speaks, as it does after the verb
    (subject_before, "مسؤول رفيع في وزارة الطاقة النيجيرية قال إن إنتاج النفط سيرتفع.", "قال",
     ["وزارة الطاقة النيجيرية"]),
    (subject_with_relative_clause, "ماكرون الذي زار الجزائر الأسبوع الماضي، دعا إلى طي صفحة الماضي مع الجزائريين.",
     "دعا", ["ماكرون"]),
    (subject_after, "وأكدت ألمانيا وفرنسا أن الاتفاق التجاري مع كندا سيدخل حيز التنفيذ.", "وأكدت",
     ["ألمانيا", "فرنسا"]),
    (subject_after, "والتقى رئيس الوزراء الإسباني بيدرو سانشيز بالعاهل المغربي في الرباط. "
                    "وقال رئيس الوزراء إن التعاون في مجال الهجرة مثمر.", "وقال", ["بيدرو سانشيز"]),
    (subject_after, "وقال المتحدث باسم منظمة الصحة العالمية إن اللقاحات وصلت إلى اليمن.", "وقال",
     ["منظمة الصحة العالمية"]),
    (subject_after, "وأوضح بيان لوزارة الخارجية الأردنية أن المعبر سيفتح أمام الشاحنات.", "وأوضح",
     ["وزارة الخارجية الأردنية"]),
    (subject_after, "وأعلنت وزارة التربية التونسية تأجيل الامتحانات. وقالت الوزارة إن القرار جاء بسبب الفيضانات.",
     "وقالت", ["وزارة التربية التونسية"]),
    # a bare body noun is the body of that kind named before: by the lexicon's names of it ("حركة حماس")
    (subject_after, "وأعلنت حماس أنها ستطلق سراح رهينتين. وقالت الحركة إن الوسطاء تلقوا القائمة.",
     "وقالت", ["حماس"]),
    (subject_after, "وحذرت اليونيسف من انتشار الكوليرا في تشاد. وقالت المنظمة إن الأطفال هم الأكثر عرضة.",
     "وقالت", ["اليونيسف"]),
    (antecedent_of_relative, "وردت الوزارة على وزير المالية الألماني كريستيان ليندنر الذي طالب بخفض الإنفاق.", "طالب",
     ["كريستيان ليندنر"]),
    (said_in_it, "وألقى وزير التعليم الفنلندي أنديرس أدلركروتس كلمة قال فيها إن المدارس ستفتح غدا.", "قال",
     ["أنديرس أدلركروتس"]),
    # خلاله points back to the event a verb of meeting narrated: that verb's subject speaks
    (said_during_it, "وعقد وزير التعليم الفنلندي أنديرس أدلركروتس مؤتمرا صحافيا، شدد خلاله على أن المدارس ستفتح غدا.",
     "شدد", ["أنديرس أدلركروتس"]),
    (author_of_reference, "وجاء في بيان صادر عن وزارة الخارجية السعودية أن المملكة تدين الاعتداء.", "وجاء",
     ["وزارة الخارجية السعودية"]),
    # a definite verbal noun of saying governed by the verb of its subject
    (agent_of_governing_verb, "وحرص رئيس الوزراء الماليزي أنور إبراهيم على التأكيد على أن بلاده محايدة.", "التأكيد",
     ["أنور إبراهيم"]),
    (agent_of_governing_verb, "وسارعت وزارة الخارجية الكينية إلى الإشارة إلى أن السفارة لم تغلق.", "الإشارة",
     ["وزارة الخارجية الكينية"]),
    (agent_of_governing_verb, "وأعاد وزير المالية الكيني نجوغونا ندونغو التشديد على أن الضرائب لن ترتفع.", "التشديد",
     ["نجوغونا ندونغو"]),
    # past a title in apposition after the name; an indefinite verbal noun governed by its preposition
    (agent_of_governing_verb, "وبادر الدكتور سمير حداد رئيس جامعة القاهرة السابق إلى التأكيد أن الامتحانات ستجري في موعدها.",
     "التأكيد", ["سمير حداد"]),
    (agent_of_governing_verb, "وبادرت حركة النهضة التونسية إلى إعلان أنها سحبت مرشحها من السباق.", "إعلان",
     ["حركة النهضة"]),
    # the participle of issuing with the article: "البيان الصادر عن"
    (author_of_reference, "وورد في التقرير الصادر عن وزارة الاقتصاد الماليزية أن الصادرات تضاعفت.", "وورد",
     ["وزارة الاقتصاد الماليزية"]),
    (subject_after, "وأوضح البيان الصادر عن وزارة النقل البلجيكية أن القطارات ستتوقف يومين.", "وأوضح",
     ["وزارة النقل البلجيكية"]),
    (subject_before_comma, "رئيس البرلمان الإيراني محمد باقر قاليباف، قال إن طهران لن تتفاوض تحت الضغط.", "قال",
     ["محمد باقر قاليباف"]),
    (on_the_tongue_of, "وأكدت أنقرة على لسان وزير الخارجية التركي هاكان فيدان أن الممر سيبقى مفتوحا.", "وأكدت",
     ["هاكان فيدان"]),
    (subject_of_kana, "وكان وزير الزراعة الكيني ميثيكا لينتوري، في وقت سابق، قد أكد أن المحصول سيرتفع.", "أكد",
     ["ميثيكا لينتوري"]),
    (subject_of_kana, "وكانت وزارة الزراعة الكينية في بيانها الأخير قد أعلنت أن المحصول سيرتفع.", "أعلنت",
     ["وزارة الزراعة الكينية"]),
    (author_of_noun_before, "وفي تصريحات لوزير الزراعة الكيني ميثيكا لينتوري، شدد على أن المحصول سيرتفع.", "شدد",
     ["ميثيكا لينتوري"]),
    (author_of_noun_before, "وفي بيان أصدرته وزارة الزراعة الكينية، أكدت أن المحصول سيرتفع.", "أكدت",
     ["وزارة الزراعة الكينية"]),
    (author_of_noun_before, "وفي كلمة ألقاها وزير الزراعة الكيني ميثيكا لينتوري أمام البرلمان، أكد أن المحصول سيرتفع.",
     "أكد", ["ميثيكا لينتوري"]),
    (author_of_noun_before, "وبعد اجتماع وزير الزراعة الكيني ميثيكا لينتوري بالمزارعين، قال إن المحصول سيرتفع.",
     "قال", ["ميثيكا لينتوري"]),
    (author_of_noun_before, "وجاء تصريح الوزير متسقا مع خطاب الرئيس الكيني ويليام روتو أمس في نيروبي حين قال إن "
                            "كينيا لن تتراجع.", "قال", ["ويليام روتو"]),
    (source_after_relay, "وقالت وكالة رويترز نقلا عن وزير المالية الكيني نجوغونا ندونغو إن العجز تراجع.", "وقالت",
     ["نجوغونا ندونغو"]),
    # an unnamed source after نقلا عن speaks too, the outlet relays
    (source_after_relay, "وذكرت صحيفة الباييس نقلا عن مسؤولين إسبان أن مدريد ستغلق السفارة.", "وذكرت",
     ["مسؤولين إسبان"]),
    # a definite statement or document noun as subject, its issuer named in its relative clause
    (subject_after, "وقال البيان الذي أصدرته وزارة الدفاع التركية إن الطائرات عادت إلى قواعدها.", "وقال",
     ["وزارة الدفاع التركية"]),
    (subject_after, "وأكدت الرسالة التي بعث بها الرئيس الكيني وليام روتو إلى قمة نيروبي أن المناخ أولوية.", "وأكدت",
     ["وليام روتو"]),
    (subject_after, "وأفاد التقرير الذي نشرته منظمة العفو الدولية بأن السجون مكتظة.", "وأفاد", ["منظمة العفو الدولية"]),
    # a second subject joined by "ونظيره" and its nationality, then the name
    (subject_after, "وقال وزير الخارجية الغاني صامويل أبلاكوا ونظيره التوغولي روبرت دوسي إن المعبر سيفتح قريبا.",
     "وقال", ["صامويل أبلاكوا", "روبرت دوسي"]),
    # a second subject whose title runs on over its remit and a place before the name
    (subject_after, "وحث وزراء طاقة مجموعة السبع والمفوضة الأوروبية لشؤون الطاقة والمناخ في بروكسل كادري سيمسون "
                    "الشركات على خفض الانبعاثات.", "وحث", ["مجموعة السبع", "كادري سيمسون"]),
    # "one of" a class of persons described with a phrase in في, then the one person's name: he speaks
    (subject_after, "وقال أحد المشاركين في الاجتماع بيتروف ساليك إن الأجواء إيجابية.", "وقال", ["بيتروف ساليك"]),
]


@pytest.mark.parametrize("strategy, text, cue, speakers", STRATEGY_CASES,
                         ids=[f"{c[0].__name__}-{n}" for n, c in enumerate(STRATEGY_CASES)])
def test_each_strategy_alone(read, strategy, text: str, cue: str, speakers: list[str]) -> None:
    ctx = read(text)
    found = strategy(ctx, query(ctx, cue), Seen())
    assert isinstance(found, Speakers), found
    forms = names(ctx, found)
    assert len(forms) == len(speakers)
    for name, have in zip(speakers, forms):
        assert normalize(name) in have, (name, have)


@pytest.mark.parametrize("text, cue, author", [
    # a place governed by بـ or في after the noun tells where it was said, not who said it
    ("وقال في تصريحات بفنلندا إن المحادثات تتقدم.", "تصريحات", None),
    ("ونشرت في بيان في بروكسل أن الخطة جاهزة.", "بيان", None),
    ("وأكد بيان لوزارة الخارجية بالقاهرة أن الخطة جاهزة.", "بيان", "وزارة الخارجية"),
    ("ورحبت تصريحات موسكو بالخطة.", "تصريحات", "موسكو"),
])
def test_the_author_of_a_statement_noun_is_no_place_where_it_was_said(read, text: str, cue: str,
                                                                      author: str | None) -> None:
    ctx = read(text)
    found = author_of_noun(ctx, query(ctx, cue), Seen())
    if author is None:
        assert found is None, names(ctx, found)
    else:
        assert isinstance(found, Speakers) and normalize(author) in names(ctx, found)[0]


def test_relayed_speech_names_the_relay_as_intermediary(read) -> None:
    ctx = read(STRATEGY_CASES[0][1])
    found = relayed_speech(ctx, query(ctx, "ونقلت"), Seen())
    assert list(found.via) == [key_of(ctx, "وكالة رويترز")]


def test_what_a_relayed_speaker_said_opens_past_his_saying(read) -> None:
    # "عن فلان قوله في اتصال هاتفي ... إن": the phrase between "قوله" and إن is no part of what he said
    ctx = read("ونقلت وكالة رويترز عن وزير الزراعة البرازيلي كارلوس فافارو قوله في اتصال هاتفي مع مزارعي "
               "الجنوب إن الصادرات سترتفع.")
    found = relayed_speech(ctx, query(ctx, "ونقلت"), Seen())
    assert ctx.doc[found.after - 1].text == "قوله"


def test_svo_needs_no_comma_and_stops_at_one(read) -> None:
    ctx = read(next(c[1] for c in STRATEGY_CASES if c[0] is subject_before_comma))
    assert subject_before(ctx, query(ctx, "قال"), Seen()) is None


def test_a_statement_noun_names_the_issuer_of_the_last_statement_using_it(read) -> None:
    ctx = read("وأصدرت وزارة الخارجية الأردنية بيانا حول المعبر الحدودي. وأوضح البيان أن المعبر سيفتح أمام الشاحنات.")
    history = [st for st in attribute(ctx, list(ctx.doc.sents)) if st.sentence_index == 0]
    assert subject_after(ctx, query(ctx, "وأوضح"), Seen()) is UNNAMED      # no earlier statement: unnamed
    found = subject_after(ctx, query(ctx, "وأوضح", history=history), Seen())
    assert [s.key for s in found.found] == [key_of(ctx, "وزارة الخارجية الأردنية")]


def test_an_unnamed_subject_is_not_the_previous_speaker(read) -> None:
    ctx = read("وقالت الممثلة الخاصة إن المساعدات ستصل قريبا.")
    q = query(ctx, "وقالت", last=("Q1",))
    assert subject_after(ctx, q, Seen()) is UNNAMED
    assert previous_speaker(ctx, q, Seen(unnamed=True)) is None
    assert find_speakers(ctx, q) is None


def test_a_group_after_a_second_verb_is_its_object(read) -> None:
    ctx = read("ودعت الحكومة الفرنسية إلى الهدوء، وطالبت المحتجين بإخلاء الطرق السريعة.")
    government = key_of(ctx, "الحكومة الفرنسية")
    assert subject_after(ctx, query(ctx, "وطالبت", earlier=True), Seen()) is GROUP_OBJECT
    # with no statement before it, too: -ين is never the case of a subject, no speaker beats a wrong one
    assert subject_after(ctx, query(ctx, "وطالبت", earlier=False), Seen()) is GROUP_OBJECT
    found = find_speakers(ctx, query(ctx, "وطالبت", earlier=True, last=(government,)))
    assert found.by == "previous_speaker" and [s.key for s in found.found] == [government]


def test_a_continuation_carries_the_previous_speaker(read) -> None:
    ctx = read("وقالت رئيسة الوزراء الإيطالية جورجيا ميلوني إن روما ستستقبل القمة. "
               "وأضافت أن الدعوات أرسلت إلى القادة الأفارقة.")
    meloni = key_of(ctx, "جورجيا ميلوني")
    found = previous_speaker(ctx, query(ctx, "وأضافت", last=(meloni,)), Seen())
    assert [(s.key, s.i, s.j) for s in found.found] == [(meloni, -1, -1)]
    assert previous_speaker(ctx, query(ctx, "وأضافت"), Seen()) is None    # nobody spoke before


@pytest.mark.parametrize("text, cue", [
    ("وأكد مصدر دبلوماسي أن المفاوضات مستمرة في الدوحة.", "وأكد"),           # an unnamed source
])
def test_verbs_that_do_not_continue_the_previous_speaker(read, text: str, cue: str) -> None:
    ctx = read(text)
    assert previous_speaker(ctx, query(ctx, cue, last=("Q1",)), Seen()) is None


def test_the_first_strategy_that_names_the_speakers_wins(read) -> None:
    ctx = read(STRATEGY_CASES[0][1])
    q = query(ctx, "ونقلت")
    # read as a plain VSO verb, the agency would speak; relayed speech comes first
    assert [s.key for s in subject_after(ctx, q, Seen()).found] == [key_of(ctx, "وكالة رويترز")]
    found = find_speakers(ctx, q)
    assert found.by == "relayed_speech" and normalize("كارلوس فافارو") in names(ctx, found)[0]


def test_a_strategy_list_can_be_given(read) -> None:
    ctx = read("وأضاف أن الطريق سيفتح غدا.")
    q = query(ctx, "وأضاف", last=("Q1",))
    assert find_speakers(ctx, q).found[0].key == "Q1"
    unnamed_first = (Strategy("always_unnamed", lambda ctx, q, seen: UNNAMED), *STRATEGIES)
    assert find_speakers(ctx, q, unnamed_first) is None


def test_the_order_of_the_strategies() -> None:
    assert [s.name for s in STRATEGIES] == [
        "relayed_speech", "on_the_tongue_of", "agent_of_hastening_verb", "author_of_noun", "agent_of_governing_verb", "two_parties", "named_head_of_topic", "subject_before", "short_name_in_headline", "subject_of_headline_clause",
        "subject_of_kana", "subject_with_relative_clause",
        "antecedent_of_relative", "said_in_it", "said_during_it", "author_of_reference", "source_after_relay", "issuer_of_document",
        "person_topic_of_as_for", "subject_after", "topic_of_as_for",
        "author_of_noun_before", "subject_before_comma", "subject_of_opening_verb", "counted_states_of_opening_verb",
        "subject_of_main_clause", "subject_after_but", "last_speaker_after_but", "members_of_unnamed_subject",
        "agent_of_verbal_noun", "subject_of_resumptive_clause", "subject_of_disagreeing_participle", "subject_of_reported_deed", "previous_speaker", "earlier_speaker", "sole_person", "plural_antecedent", "owner_of_noun"]


def test_a_participle_of_manner_has_no_subject_after_it(read) -> None:
    ctx = read("وقال وزير الخارجية الكندي إن أوتاوا قلقة، مطالبا الأمم المتحدة بالتحقيق في الحادث.")
    q = query(ctx, "مطالبا", earlier=True, last=("Q1",))
    assert subject_after(ctx, q, Seen()) is GROUP_OBJECT
    assert find_speakers(ctx, q).found[0].key == "Q1"


@pytest.mark.parametrize("text, cue", [
    # a group with its complement after a verb that continues the last speaker
    ("وقال رئيس الوزراء الصومالي إن الجفاف يهدد الملايين. وحث زعماء العالم على تقديم المساعدات.", "وحث"),
    # a masculine verb before a feminine body: the body is the object
    ("وقال رئيس الوزراء الصومالي إن الجفاف يهدد الملايين. كما ناشد الأمم المتحدة بإرسال المساعدات.", "ناشد"),
])
def test_the_object_of_a_continuing_verb_is_not_its_subject(read, text: str, cue: str) -> None:
    ctx = read(text)
    q = query(ctx, cue, last=("Q1",))
    assert subject_after(ctx, q, Seen()) is GROUP_OBJECT
    assert find_speakers(ctx, q).found[0].key == "Q1"


@pytest.mark.parametrize("text, cue", [
    # a verb before its subject stays singular: the name after a plural verb is its object
    ("الأوروبيون يتهمون الصين بإغراق أسواقهم بالصلب الرخيص.", "يتهمون"),
    ("ثم اجتمع السفراء في المقر وطالبوا الحكومة بضمانات مكتوبة.", "وطالبوا"),
])
def test_the_name_after_a_plural_verb_is_its_object(read, text: str, cue: str) -> None:
    ctx = read(text)
    assert subject_after(ctx, query(ctx, cue), Seen()) is GROUP_OBJECT


def test_a_feminine_verb_agrees_with_the_body_after_it(read) -> None:
    ctx = read("وقال رئيس الوزراء الصومالي إن الجفاف يهدد الملايين. ودعت الأمم المتحدة إلى تقديم المساعدات.")
    found = subject_after(ctx, query(ctx, "ودعت", last=("Q1",)), Seen())
    assert isinstance(found, Speakers) and names(ctx, found)[0] & {normalize("الأمم المتحدة")}


@pytest.mark.parametrize("text, cue, feminine", [
    ("وتوقعت الوزارة أن ترتفع الأسعار.", "وتوقعت", True),
    ("وتدعو النقابة إلى إضراب عام.", "وتدعو", True),
    ("ولفتت الوزيرة إلى أن المدارس مغلقة.", "ولفتت", True),
    # a masculine past whose lemma opens with ت, or ends with it, is no feminine form
    ("وتوقع الوزير أن ترتفع الأسعار.", "وتوقع", False),
    ("ولفت الوزير إلى أن المدارس مغلقة.", "ولفت", False),
])
def test_a_feminine_verb_is_told_by_its_form_and_lemma(read, text: str, cue: str, feminine: bool) -> None:
    ctx = read(text)
    assert feminine_verb(ctx, query(ctx, cue).cue) is feminine


@pytest.mark.parametrize("text, noun, verb, agrees", [
    ("الرئيس يعلن الطوارئ والمعارضة تتهم الحكومة بالتصعيد", "والمعارضة", "تتهم", True),
    ("الرئيس يعلن الطوارئ والمعارضة تتحدث عن انقلاب", "والمعارضة", "تتحدث", True),
    # the past of a lemma that opens with ت is masculine and past: no present verb of the feminine group
    ("الرئيس يعلن الطوارئ والمعارضة تحدث عنها الوزير", "والمعارضة", "تحدث", False),
    ("الرئيس يعلن الطوارئ والمحتجون يطالبون بالحوار", "والمحتجون", "يطالبون", True),
])
def test_a_group_agrees_with_a_present_verb_of_its_gender(read, text: str, noun: str, verb: str, agrees: bool) -> None:
    from kgbuild.extract.attribution.boundary import group_agrees
    ctx = read(text)
    at = {t.text: t.i for t in ctx.doc}
    assert group_agrees(ctx, at[noun], at[verb]) is agrees


def test_a_plural_verb_does_not_carry_on_one_person(read) -> None:
    ctx = read("وقال وزير الخارجية الفرنسي جان نويل بارو إن القارب غرق. وقالوا إن المياه تسربت إليه.")
    salih = key_of(ctx, "جان نويل بارو")
    q = query(ctx, "وقالوا", last=(salih,))
    assert previous_speaker(ctx, q, Seen()) is None


# (construction, text, the cue as written, the speaker's form or None for no statement, a form that must not speak)
SPEAKER_CHOICE_CASES = [
    ("a headline's second clause, a name with و glued on and its own verb, no comma: that side speaks, not the first",
     "أوسلو تدين الاعتداء على السفارة وكوبنهاغن تنفي أي تورط\nقال مسؤول نرويجي إن الاعتداء وقع ليلا.",
     "تنفي", "كوبنهاغن", "أوسلو"),
    ("a participle of saying after a clause whose verb tells no statement: the subject named right after "
     "that verb speaks, also after a fronted phrase closed by a comma",
     "وفي رد على الاتهامات الأخيرة، أغلقت اليابان موانئها أمام سفن جارتها قائلة إنها تهدد أمن المنطقة.",
     "قائلة", "اليابان", "جارتها"),
    ("an accusative participle of manner opening a sentence (a full stop for a comma) goes on with the speaker "
     "before, not with the person its object names",
     "أعلن وزير النقل الكيني كيبشومبا موركومين أن الميناء سيفتح قريبا. مستبعدا أن يتأخر الطريق الذي انتقده "
     "النائب جون مبادي.", "مستبعدا", "كيبشومبا موركومين", "جون مبادي"),
    ("according to an unnamed spokesman (بحسب متحدث باسم + body), then فإن: the body reports the clause",
     "وبحسب متحدث باسم وزارة الزراعة المصرية فإن أسعار القمح سترتفع خلال فصل الشتاء.",
     "وبحسب", "وزارة الزراعة المصرية", "متحدث"),
    ("according to (وفقا لـ, glued) an unnamed spokesman of an unnamed group: the group reports the clause",
     "ووفقا لمتحدث باسم المتظاهرين، فإن الاعتصام أمام البرلمان سيستمر حتى تلبية المطالب.",
     "ووفقا", "المتظاهرين", "متحدث"),
    ("plural spokesmen (متحدثون باسم) of a body speak for it, as one spokesman does; they are no group",
     "وقال متحدثون باسم وزارة الصحة الفلسطينية إن مستشفيات الجنوب تعاني من نقص الوقود.",
     "وقال", "وزارة الصحة الفلسطينية", "متحدثون"),
    ("plural spokesmen (ناطقون باسم) of an unnamed group speak for the group",
     "وأكد ناطقون باسم المحتجين أن المسيرة الكبرى ستنطلق ظهر الجمعة.",
     "وأكد", "المحتجين", "ناطقون"),
    ("according to plural spokesmen (وفقا لمتحدثين باسم): the body they speak for reports the clause",
     "ووفقا لمتحدثين باسم حركة حماس، فإن المفاوضات مع الوسطاء متوقفة منذ أسبوع كامل.",
     "ووفقا", "حركة حماس", "متحدثين"),
    ("an unnamed spokesman of an unnamed group (متحدث باسم + group) speaks for the group, as for a body",
     "وقال متحدث باسم المحتجين إن الشرطة فرقت الاعتصام بالقوة قرب الجسر.",
     "وقال", "المحتجين", "الشرطة"),
    ("a definite spokesman (المتحدث باسم) of a group: the group speaks, also with a verb other than قال",
     "وشدد المتحدث باسم اللاجئين على أن الخيام لا تقي الأطفال من البرد.",
     "وشدد", "اللاجئين", "الأطفال"),
    ("an unnamed spokesman before his verb (SVO) speaks for the body, as after the verb",
     "ومتحدث باسم البحرية التركية قال إن السفينة غادرت الميناء دون إذن.",
     "قال", "البحرية التركية", "متحدث"),
    ("a definite spokesman of a body before his verb (والمتحدث باسم X أكد): the body speaks",
     "والمتحدث باسم حزب العمال أكد أن الحزب سيصوت ضد الموازنة الجديدة.",
     "أكد", "حزب العمال", "المتحدث"),
    ("plural spokesmen with و before their verb (ومتحدثون باسم X قالوا): the body speaks",
     "ومتحدثون باسم وزارة الداخلية العراقية قالوا إن الطرق أغلقت حول المطار.",
     "قالوا", "وزارة الداخلية العراقية", "متحدثون"),
    ("the spokesman of a bare body noun before his verb speaks for the body of that kind named before",
     "وأعلنت وزارة المالية الأردنية خفض الضرائب. والمتحدث باسم الوزارة قال إن القرار يبدأ الشهر المقبل.",
     "قال", "وزارة المالية الأردنية", "المتحدث"),
    ("a verb of saying marked passive (وأُبلغ X أن): X was told, he does not say it",
     "وأُبلغ السفير الإسباني كارلوس مورينو أن الاجتماع تأجل إلى الخميس.",
     "وأُبلغ", None, "كارلوس مورينو"),
    ("after a passive's subject (وأُبلغ X أن) the last real speaker goes on (وأضاف), not X",
     "وقال وزير الزراعة سامر يوسف إن الموسم جيد. وأُبلغ المزارع حسن البقالي أن الدعم سيتأخر. "
     "وأضاف أن الأمطار كانت كافية.",
     "وأضاف", "سامر يوسف", "حسن البقالي"),
    ("an impersonal passive (وأُعلن عن) is no one's statement; the last speaker goes on after it",
     "وقال وزير الزراعة سامر يوسف إن الموسم جيد. وأُعلن عن خطة لدعم الري. "
     "وأكد أن الأمطار كانت كافية.",
     "وأُعلن", None, "سامر يوسف"),
    ("the one quoted by a passive relay (ونُقل عن X قوله) goes on, not the speaker before",
     "وقال وزير الزراعة سامر يوسف إن الموسم جيد. ونُقل عن الخبير سمير الوزاني قوله إن الجفاف "
     "مستمر. وأضاف أن السدود شبه فارغة.",
     "وأضاف", "سمير الوزاني", "سامر يوسف"),
    ("ناطق باسم, the other word for spokesman, before a group: the group speaks",
     "وقال ناطق باسم المتظاهرين إن المسيرة ستنطلق بعد صلاة الجمعة.",
     "وقال", "المتظاهرين", "المسيرة"),
    ("a named spokesman of a group speaks himself, as a named spokesman of a body does",
     "وقال سامر يوسف، الناطق باسم المعتصمين، إن الشرطة لم تعتقل أحدا.",
     "وقال", "سامر يوسف", "المعتصمين"),
    ("a group's spokesman whom an outlet quotes (نقلت عن): the group is the one who said it",
     "ونقلت الإذاعة عن متحدث باسم المزارعين قوله إن المحصول تلف بسبب الصقيع.",
     "ونقلت", "المزارعين", "الإذاعة"),
    ("a group named again after a verb of saying joined by و, right before إن/أن, says it: no object of the verb",
     "وقال مسؤولون في الميناء إن السفينة رست فجرا، وأضاف المسؤولون أن الحمولة سليمة.",
     "وأضاف", "المسؤولون", "الميناء"),
    ("\"itself\" after the group named again (المصادر نفسها) keeps it the subject of the verb of saying",
     "أفادت مصادر طبية بأن الجرحى نقلوا إلى المستشفى، وأوضحت المصادر نفسها أن حالتهم مستقرة.",
     "وأوضحت", "مصادر طبية", "الجرحى"),
    ("a new group after a verb of saying joined by و, right before أن, speaks after the first group",
     "وذكرت مصادر طبية أن المصابين نقلوا إلى المستشفى، وأكد الشهود أن الانفجار وقع ظهرا.",
     "وأكد", "الشهود", "مصادر طبية"),
    ("a group in the oblique plural after a verb of telling, before أن, is whom it tells, not the teller",
     "وكانت اللجنة قد اجتمعت صباحا. وأبلغ المعتصمين بأن البرلمان سيناقش مطالبهم الشهر المقبل.",
     "وأبلغ", None, "المعتصمين"),
    ("a group after a contrast opener (لكن), with its own verb of saying and إن, speaks inside the statement before",
     "وقالت الوزارة إن المخزون يكفي حتى الصيف، لكن محللين قالوا إن الأسعار سترتفع.",
     "قالوا", "محللين", "الوزارة"),
    ("a contrast opener ends what was reported: the speaker before keeps its statement, no mere relay",
     "وقالت وزارة التجارة إن المخزون يكفي حتى الصيف، لكن محللين قالوا إن الأسعار سترتفع.",
     "وقالت", "وزارة التجارة", "محللين"),
    ("a group after غير أن, with its own verb of saying and إن, speaks inside the statement before",
     "وأكد المحافظ رامي نصار أن الطرق سالكة، غير أن السكان قالوا إن الثلوج تغلق القرى.",
     "قالوا", "السكان", "رامي نصار"),
    ("a group in the oblique plural right after a verb of appealing to someone is whom it addresses",
     "وقال النائب كريم ناصر إن البرلمان سيناقش المطالب. وناشد المعتصمين فتح الطريق أمام سيارات الإسعاف.",
     "وناشد", "كريم ناصر", "المعتصمين"),
    ("a group that spoke before in the sentence, named again after a verb joined by و, goes on speaking "
     "even with no إن/أن after it",
     "أفادت مصادر في البلدية أن المياه ستعود مساء، ونفت المصادر وجود تلوث في الشبكة.",
     "ونفت", "المصادر", "الشبكة"),
    ("\"circles\" with an adjective of politics (أوساط سياسية) are unnamed sources that speak",
     "وقالت أوساط سياسية في كيتو إن البرلمان سيصوت على الموازنة الأسبوع المقبل.",
     "وقالت", "أوساط سياسية في كيتو", "البرلمان"),
    ("a name right after أن is what was said, not the subject",
     "وقال الكاتب البرتغالي نونو فيغيرا إن المدن تتغير. ويصف أن ماريو سيلفا كان رساما عظيما.",
     "ويصف", "نونو فيغيرا", "ماريو سيلفا"),
    ("a noun before a full name is no given name: the name is its genitive",
     "وتحدث المدرب سعيد الحفناوي عن المباراة. وهدد مرمى حمزة البدري مرتين.",
     "وهدد", "سعيد الحفناوي", "حمزة البدري"),
    ("a bare title with a country refers to no holder of that title in another country: its holder speaks unnamed",
     "والتقى الرئيس الفرنسي جاك شيراك بالرئيس اللبناني. وأشار الرئيس اللبناني إلى أن العلاقات جيدة.",
     "وأشار", "الرئيس اللبناني", "جاك شيراك"),
    ("a bare title with a country is not one named by the bare title alone in a text with holders of other "
     "countries",
     "التقى الرئيس الفرنسي جاك شيراك الرئيس كمال داود أمس في باريس. وقال الرئيس الروماني إن العلاقات بين "
     "البلدين جيدة.",
     "وقال", None, "كمال داود"),
    ("a bare title with a country is the one holder named by the bare title alone when no other country's is",
     "التقى الرئيس كمال داود وفدا من رجال الأعمال أمس. وقال الرئيس الروماني إن العلاقات بين البلدين جيدة.",
     "وقال", "كمال داود", "-"),
    ("a spokesman in its name (باسمها) speaks for the body that spoke last",
     "وقالت هيئة الموانئ إن الرصيف الجديد جاهز. وأضاف المتحدث باسمها أن السفن ستصل غدا.",
     "وأضاف", "هيئة الموانئ", "-"),
    ("a spokesman in his name is not the person who spoke last",
     "وقال رئيس البلدية كمال الزواري إن الطريق سيفتح. وأوضح المتحدث باسمه لاحقا أن العمال جاهزون.",
     "وأوضح", None, "كمال الزواري"),
    ("a title with its remit refers to no minister of another remit: its holder speaks unnamed",
     "وأعلن وزير الخارجية الماليزي حمدان يوسف أن المفاوضات انتهت. وأعلن وزير الدفاع الماليزي أن الجيش مستعد.",
     "وأعلن", "وزير الدفاع الماليزي", "حمدان يوسف"),
    ("a bare title the last speaker was already called by refers to him",
     "وقرر المدعي العام يوسف كامل ملاحقة وزير العدل سامي الحداد قضائيا. وصرح الدكتور فريد منصور وزير الزراعة "
     "للصحفيين بأن المحصول جيد. وقال الوزير في تصريحاته إن الأمطار كانت غزيرة. وأوضح أن السدود ممتلئة، "
     "وأضاف الوزير أن الصادرات سترتفع.",
     "وأضاف", "فريد منصور", "سامي الحداد"),
    ("a title after a preposition introduces the verb's object",
     "والتقى الرئيس الكيني دانيال موي بالرئيس التنزاني. وطلب من الرئيس كيكويتي التدخل لدى الأمم المتحدة.",
     "وطلب", "دانيال موي", "كيكويتي"),
    ("a plural in construct (-و) is a subject of its own, unnamed people who speak: the last speaker does not "
     "carry on",
     "وقال السائق النرويجي يان هولم إن السباق كان نظيفا. واعتبر منظمو السباق أن هولم أخطأ في المنعطف الأخير.",
     "واعتبر", "منظمو السباق", "يان هولم"),
    ("a demonstrative object stands between the verb and its subject",
     "وقال الوزير التونسي كمال العياري إن الحوار مستمر. وأكد ذلك النائب فتحي الجلاصي في تصريح للإذاعة.",
     "وأكد", "فتحي الجلاصي", "كمال العياري"),
    ("the verb عبر is no preposition before its subject's title",
     "عبر رئيس الوزراء الكوري الجديد هان دوك سو عن رغبته في تعديل الدستور.",
     "عبر", "هان دوك سو", "-"),
    ("a plural nationality after a bare title is the verb's object, not the title's country",
     "وزار رئيس الوزراء الهندي مانموهان سينغ باريس أمس. ودعا رئيس الوزراء الفرنسيين إلى الاستثمار في الهند.",
     "ودعا", "مانموهان سينغ", "-"),
    ("a bare title with a country prefers the holder of that country's title to one named without a country",
     "وانتقد الرئيس البرازيلي لولا دا سيلفا سياسة الأرجنتين. وقال إن الرئيس ميلي أخطأ في قراره. "
     "وأشار الرئيس البرازيلي إلى أن العلاقات بين البلدين قوية.",
     "وأشار", "لولا دا سيلفا", "ميلي"),
    ("a deputy's title names no remit: the head word still finds the one deputy of that country",
     "وأعلن نائب رئيس الجمهورية الغاني جون ماهاما أن الانتخابات ستجري في موعدها. "
     "وأكد نائب الرئيس الغاني أن الجيش محايد.",
     "وأكد", "جون ماهاما", "-"),
    ("a demonstrative after a comma is no object before the verb's subject",
     "وكان الكاتب يتحدث عن الصداقة، ذاك الرباط بين الناس، في كتابه الأخير.",
     "يتحدث", None, "الرباط"),
    ("a definite body noun is the whole subject: the person after it is the object",
     "وقال المحامي سمير الحداد إن موكله بريء. ودانت المحكمة أبو خالد وأبو سمرة بالرشوة وحكمت على الأول بالسجن.",
     "ودانت", None, "أبو خالد"),
    ("a verb joined by و to a relative clause on a statement noun speaks for the noun's owner",
     "هاجم رئيس الوزراء الكيني ويليام روتو المستشار الألماني أولاف شولتس بسبب تصريحاته التي أدلى بها أمس "
     "في برلين ولوح فيها بوقف المساعدات عن كينيا.",
     "ولوح", "أولاف شولتس", "ويليام روتو"),
    ("a statement told inside a relative clause does not carry on: the clause's subject does",
     "هاجم رئيس الوزراء الكيني ويليام روتو المستشار الألماني أولاف شولتس بسبب تصريحاته التي أدلى بها أمس "
     "في برلين ولوح فيها بوقف المساعدات عن كينيا. كما انتقد استبعاد حكومته من المؤتمر.",
     "انتقد", "ويليام روتو", "أولاف شولتس"),
    ("a verb with فيه and a named subject after it is no part of an earlier relative clause",
     "وركز الخطاب على تصريحات المستشار الألماني أولاف شولتس التي ربط فيها العنف بالهجرة، أما المحور الثالث "
     "فدعا فيه الكاتب سمير أمين المثقفين إلى الحوار.",
     "فدعا", "سمير أمين", "أولاف شولتس"),
    ("the person a continuing verb of describing describes (وصف X بأنه) is its object",
     "وقال الوزير التونسي كمال العياري إن الحوار مستمر. ووصف رئيس البرلمان راشد الغنوشي بأنه رجل حوار.",
     "ووصف", "كمال العياري", "راشد الغنوشي"),
    ("the person before the object of وصف is its subject",
     "وقال الوزير التونسي كمال العياري إن الحوار مستمر. ووصف رئيس البرلمان راشد الغنوشي الوضع بأنه خطير.",
     "ووصف", "راشد الغنوشي", "كمال العياري"),
    ("the relaying outlet is the verb's subject, the person after نقلا عن speaks",
     "وقالت وكالة رويترز نقلا عن وزير المالية الكيني نجوغونا ندونغو إن العجز تراجع.",
     "وقالت", "نجوغونا ندونغو", "رويترز"),
    ("نقل عنه: the pronoun names the last speaker, the outlet after it relays",
     "وقال رئيس الوزراء الكندي مارك كارني إن الاقتصاد قوي. ونقلت عنه صحيفة تورونتو ستار قوله إن الضرائب ستنخفض.",
     "ونقلت", "مارك كارني", "تورونتو ستار"),
    ("a trailing كما نقلت عنه names where a statement came from, no statement of its own",
     "وقال الوزير الكندي مارك كارني إن الضرائب ستنخفض، كما نقلت عنه مصادر برلمانية كندية.",
     "نقلت", None, "مارك كارني"),
    ("نقلت عن Y after a subject of its own: Y speaks",
     "وكانت وسائل الاعلام قد نقلت عن الوزير الكندي مارك كارني قوله إن الضرائب ستنخفض.",
     "نقلت", "مارك كارني", "وسائل الاعلام"),
    ("a feminine continuation after a man's statement goes on with the woman who spoke just before him",
     "وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين قلقة. وقال نظيرها الفرنسي جان نويل بارو إن باريس "
     "تشاطرها القلق. وأضافت أن العقوبات ممكنة.",
     "وأضافت", "أنالينا بيربوك", "جان نويل بارو"),
    ("a feminine verb with a subject of its own after it carries on no earlier woman (the companies, a group)",
     "وقالت وزيرة الخارجية الألمانية أنالينا بيربوك إن برلين قلقة. وقال نظيرها الفرنسي جان نويل بارو إن باريس "
     "تشاطرها القلق. ورفضت الشركات تحديد موعد للسفر.",
     "ورفضت", "الشركات", "أنالينا بيربوك"),
    ("a bare title with a country names the last speaker introduced by that title after his name",
     "وقال إسماعيل بقائي المتحدث باسم الخارجية الإيرانية إن طهران مستعدة للحوار. "
     "وأضاف المتحدث الإيراني أن العقوبات غير قانونية.",
     "وأضاف", "إسماعيل بقائي", "-"),
    ("a bare title names the last speaker introduced by a bare title with that head before his name",
     "وقال المسؤول الأممي مارتن غريفيث إن الوضع الإنساني كارثي. وأضاف المسؤول الدولي أن المساعدات لا تكفي.",
     "وأضاف", "مارتن غريفيث", "-"),
    ("a bare title of another country is not the last speaker: its holder speaks unnamed",
     "وقال وزير الخارجية الأمريكي ماركو روبيو إن واشنطن قلقة. وقال الوزير الروسي إن موسكو لن تتراجع.",
     "وقال", "الوزير الروسي", "ماركو روبيو"),
    ("the unnamed spokesman of a bare body noun speaks for the body of that kind named before",
     "وأعلنت وزارة الصحة الكينية تسجيل إصابات جديدة. وقال المتحدث باسم الوزارة إن الوضع تحت السيطرة.",
     "وقال", "وزارة الصحة الكينية", "-"),
    ("the unnamed spokesman of a bare body noun is the person the article names as that body's spokesman",
     "وأعلنت حركة النهضة انسحابها من الحكومة. ونفى المتحدث باسم الحركة وجود خلافات داخلية. "
     "وقال عماد الخميري، المتحدث باسم حركة النهضة، إن القرار نهائي.",
     "ونفى", "عماد الخميري", "حركة النهضة"),
    ("a bare portfolio after a speech verb is the ministry of the state the article is about",
     "واستقبل الرئيس التونسي سفراء جددا في قصر قرطاج بتونس. وقالت الخارجية إن السفراء سيباشرون مهامهم.",
     "وقالت", "وزارة الخارجية التونسية", "-"),
    ("a bare portfolio is the ministry of that portfolio the article named last",
     "ونفت الخارجية الإيرانية تقارير عن الوساطة العمانية. وقالت الخارجية إن طهران لم تتلق أي رسالة.",
     "وقالت", "الخارجية الإيرانية", "الخارجية العمانية"),
    ("a bare portfolio with no state known is the ministry by that name, which speaks",
     "وقالت الخارجية إن المحادثات مستمرة.", "وقالت", "الخارجية", "المحادثات"),
    ("a bare title with a country is not the last speaker introduced by that title without one",
     "والتقى وزير الخارجية الأمريكي ماركو روبيو نظيره العماني. وقال الوزير بدر البوسعيدي إن مسقط تدعم الحوار. "
     "من جانبه أكد الوزير الأمريكي أن واشنطن ملتزمة بأمن الخليج.",
     "أكد", "ماركو روبيو", "بدر البوسعيدي"),
    ("a verb after حيث with no subject of its own goes on with the subject of the clause before",
     "وتحدث وزير الزراعة الكيني ميثيكا لينتوري في مؤتمر صحفي حيث أكد أن المحصول سيرتفع.",
     "أكد", "ميثيكا لينتوري", "-"),
    ("a source close to a body (مقرب من) speaks itself, not for the body",
     "وقال مصدر مقرب من الحكومة الكينية إن الانتخابات ستؤجل إلى الربيع.",
     "وقال", "مصدر مقرب", "الحكومة الكينية"),
    ("sources close to a body (قريبة من) speak themselves, not for the body",
     "وقالت مصادر قريبة من الرئاسة الكينية إن الرئيس سيزور أوغندا.",
     "وقالت", "مصادر", "الرئاسة الكينية"),
    ("a source close to a body opening the clause before its verb (SVO) speaks itself",
     "مصدر مقرب من الحكومة الكينية قال إن الانتخابات ستؤجل إلى الربيع.",
     "قال", "مصدر مقرب", "الحكومة الكينية"),
    ("an unnamed source with و glued on, opening its clause before its verb (SVO), speaks itself",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن الضرائب سترتفع. ومسؤول كيني آخر قال إن الميزانية ستتأخر.",
     "قال", "مسؤول كيني آخر", "نجوغونا ندونغو"),
    ("البعض with its definite adjective الآخر before its verb (SVO) speaks",
     "وانقسم النواب الكينيون حول الضرائب. و البعض الآخر يقول إن الميزانية ستتأخر.",
     "يقول", "البعض الآخر", "النواب الكينيون"),
    ("whom it was said to (one word with لـ) between the verb and an unnamed source: the source speaks",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن الضرائب سترتفع. وأكد للصحفيين مصدر برلماني أن الميزانية ستتأخر.",
     "أكد", "مصدر برلماني", "نجوغونا ندونغو"),
    ("whom it was said to (one word with لـ) between the verb and a party: the party speaks",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن الضرائب سترتفع. وقال للصحيفة حزب الوفاق الكيني إن الميزانية ستتأخر.",
     "قال", "حزب الوفاق الكيني", "نجوغونا ندونغو"),
    ("whom it was said to (one word with لـ) before a title and its holder: the holder speaks",
     "وقال للصحفيين وزير الخارجية الكيني جون موانغي إن الاتفاق جاهز.", "وقال", "جون موانغي", "الصحفيين"),
    ("a title with لـ after the verb is the one spoken to: the last speaker goes on",
     "وقال الرئيس الكيني جون موانغي إن الاتفاق جاهز. وأكد للرئيس الأوغندي يوري موسيني أن الحدود ستفتح.",
     "وأكد", "جون موانغي", "يوري موسيني"),
    ("what a call is for (لـ) is no addressee: no subject is taken past it, the last speaker goes on",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن الضرائب سترتفع. ودعا للإضراب عمال الموانئ في ممباسا.",
     "دعا", "نجوغونا ندونغو", "عمال الموانئ"),
    ("a head noun in the dual before the two bodies it names: both speak",
     "وأكدت حركتا فتح وحماس أن الحوار سيستأنف في القاهرة.", "وأكدت", "حماس", "القاهرة"),
    ("two bodies in quotes joined by a lone و after a dual head: the second speaks too",
     "وأكدت حركتا « الجبهة الشعبية » و« الجهاد الإسلامي » أن الهدنة انتهت.", "وأكدت", "الجهاد الإسلامي", "الهدنة"),
    ("a dual head before quoted bodies is no person's name in the subject slot: the bodies speak",
     "وأكدت منظمتا « العفو الدولية » و« هيومن رايتس ووتش » أن السجناء تعرضوا للتعذيب.", "وأكدت",
     "هيومن رايتس ووتش", "منظمتا"),
    ("an unnamed source between كان and قد is the subject of the verb",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن الضرائب سترتفع. وكان مصدر دبلوماسي قد قال إن الانتخابات ستؤجل.",
     "قال", "مصدر دبلوماسي", "نجوغونا ندونغو"),
    ("the antecedent of a relative pronoun in the object of the verb before speaks",
     "وانتقد النائب الكيني سامي موانغي وزير المالية جون مبادي الذي قال إن الضرائب سترتفع.",
     "قال", "جون مبادي", "سامي موانغي"),
    ("a group before الذين in the object of the verb before speaks",
     "وانتقد النائب الكيني سامي موانغي المحتجين الذين قالوا إن الشرطة اعتدت عليهم.",
     "قالوا", "المحتجين", "سامي موانغي"),
    ("a name in brackets before التي speaks",
     "وانتقد النائب الكيني سامي موانغي حركة (حماس) التي قالت إن الهدنة انتهت.",
     "قالت", "حماس", "سامي موانغي"),
    ("a name in quotes before التي speaks",
     'وانتقد النائب الكيني سامي موانغي حركة "حماس" التي قالت إن الهدنة انتهت.',
     "قالت", "حماس", "سامي موانغي"),
    ("a bare title before الذي speaks for the person it refers to",
     "وزار وزير الزراعة الكيني ميثيكا لينتوري نيروبي. وانتقد النائب سامي موانغي وزير الزراعة الذي أكد أن "
     "الأسعار ستنخفض.",
     "أكد", "ميثيكا لينتوري", "سامي موانغي"),
    ("a masculine verb after التي has a subject of its own: the antecedent is its object, and does not go on",
     "وأكد رئيس الوزراء الكيني موساليا مودافادي دعمه لحكومة ويليام روتو التي أثنى على أدائها وقال إنها نجحت.",
     "أثنى", None, "ويليام روتو"),
    ("a relative clause whose verb reports nothing describes the antecedent: no statement",
     "وانتقد النائب الكيني سامي موانغي وزير المالية جون مبادي الذي صادق البرلمان، أمس، على تعيينه.",
     "صادق", None, "جون مبادي"),
    ("a relative clause inside what was reported is part of the report",
     "وقال وزير المالية الكيني جون مبادي إن المزارعين الذين طالبوا بالدعم سيحصلون عليه.",
     "طالبوا", None, "المزارعين"),
    ("the outlet that reports a report makes no statement of its own",
     "وذكرت صحيفة الغارديان البريطانية أن وزير المالية الكيني نجوغونا ندونغو أكد أن الضرائب سترتفع.",
     "وذكرت", None, "الغارديان"),
    ("after a report inside a report, the one who reported it goes on",
     "وذكرت صحيفة الغارديان البريطانية أن وزير المالية الكيني نجوغونا ندونغو أكد أن الضرائب سترتفع، مضيفة أن "
     "البرلمان سيصوت غدا.",
     "مضيفة", "الغارديان", "نجوغونا ندونغو"),
    ("a speaker who reports another's words after a colon makes no statement of them",
     "وقال وزير الخارجية المجري بيتر سيارتو إن بودابست تريد السلام. وتابع: الرئيس بوتين قال صراحة إن موسكو "
     "مستعدة للتفاوض.",
     "وتابع", None, "بيتر سيارتو"),
    ("a country adjective after a quoted newspaper name is no subject before the verb",
     'وفي تصريح نشرته صحيفة " عكاظ " السعودية اتهم وزير المالية الكيني نجوغونا ندونغو البرلمان بعرقلة الإصلاح .',
     "اتهم", "نجوغونا ندونغو", "السعودية"),
    ("a cue in another sense inside what was said (عبرت الحدود: crossed) is no report inside a report",
     "ونفى المتحدث باسم الجيش الكيني بول نجوغونا أن تكون القوات الصومالية قد عبرت الحدود.",
     "ونفى", "بول نجوغونا", "القوات الصومالية"),
    ("an inner verb of telling with no object after it (a passive: أُبلغ بـ) is what the speaker says",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن البرلمان أبلغ بقرار الحكومة أمس.",
     "وقال", "نجوغونا ندونغو", "البرلمان"),
    ("a verb after حين with no subject speaks for the author of the statement noun before, not the last speaker",
     "وقال وزير المالية الكيني نجوغونا ندونغو إن الاقتصاد ينمو. وجاء تصريحه متسقا مع خطاب الرئيس الكيني ويليام "
     "روتو أمس حين قال إن كينيا لن تتراجع.",
     "قال", "ويليام روتو", "نجوغونا ندونغو"),
    ("a stance verb inside what was said, with no إن/أن after it, is what the speaker says",
     "وقال مصدر في الحكومة الكينية إن وزير المالية نجوغونا ندونغو دعم الضرائب الجديدة.",
     "وقال", "الحكومة الكينية", "نجوغونا ندونغو"),
    ("a clause whose verb takes a quoted object is what was said, no report inside a report",
     'وقال وزير المالية الكيني نجوغونا ندونغو إن البنك الدولي يرفض "الشروط الجديدة للقروض".',
     "وقال", "نجوغونا ندونغو", "البنك الدولي"),
    ("a bare title after كان that refers to no one known is an unnamed holder: the last speaker does not go on",
     "وقال وزير الزراعة الكيني ميثيكا لينتوري إن المحصول سيرتفع. وكان الرئيس الأوغندي قد قال إن الأسعار ستنخفض.",
     "قال", "الرئيس الأوغندي", "ميثيكا لينتوري"),
    ("a time clause whose event noun a pronoun owns goes on with the last speaker, not the name after the noun",
     "وقال وزير الزراعة الكيني ميثيكا لينتوري إن المحصول سيرتفع. وخلال لقائه وزير التجارة الأوغندي فرانسيس "
     "موانغا، أكد أن الصادرات ستزيد.",
     "أكد", "ميثيكا لينتوري", "فرانسيس موانغا"),
    ("a verb with a subject of its own after a fronted statement noun speaks for that subject",
     "وفي تصريحات لوزير الزراعة الكيني ميثيكا لينتوري، قال الرئيس الأوغندي يويري موسيفيني إن المحصول سيرتفع.",
     "قال", "يويري موسيفيني", "ميثيكا لينتوري"),
    ("a group after a verb of calling linked by حيث is its object: the speaker before goes on",
     "وشرح وزير الزراعة الكيني ميثيكا لينتوري خطته للإصلاح، حيث دعا رجال الأعمال في نيروبي ومومباسا إلى دعم "
     "المزارعين.",
     "دعا", "ميثيكا لينتوري", "رجال الأعمال"),
    ("a definite source noun refers back to the body a source of its kind spoke for, named by the noun itself",
     "أعلن مسؤول رفيع في وزارة المالية أن العجز تراجع. وأوضح المسؤول الرفيع أن الإيرادات ارتفعت. وقال المسؤول "
     "إن الضرائب لن تزيد.",
     "وقال", "وزارة المالية", "الإيرادات"),
    ("a definite source noun refers back to plural unnamed sources of its kind; بأنه after it opens what was said",
     "وقال مسؤولون في شركة الموانئ إن الشحن لن يستأنف قريبا. وتوقع المسؤول بأنه سيتأخر حتى الصيف.",
     "وتوقع", "شركة الموانئ", "الشحن"),
    ("a definite source noun refers back to a titled person carried on by a verb with no name of its own",
     "وقال نائب رئيس شركة الموانئ كمال سعيد إن الرافعات تعطلت. وقال: الإصلاح سيستغرق أسبوعا. وتوقع المسؤول أن "
     "تعود الحركة قريبا.",
     "وتوقع", "كمال سعيد", "الرافعات"),
    ("a partitive and a group noun in construct opening the clause before the verb (SVO) are its subject",
     "وقال الوزير كمال سعيد إن التحقيق بدأ. لكن أحد أقرباء السائق أكد أن الشرطة تأخرت في الوصول.",
     "أكد", "أقرباء السائق", "كمال سعيد"),
    ("the person named right after a partitive group (أحد قادة ... فلان) is the speaker, not the group",
     "وقال أحد زعماء القبائل الشمالية سالم العبيدي إن الطريق إلى الميناء أغلق منذ أسبوع.",
     "وقال", "سالم العبيدي", "القبائل الشمالية"),
    ("a name before a side adjunct (من جهته) then the verb is its subject (SVO), not the previous speaker",
     "وقال الوزير كمال سعيد إن المصنع سيغلق. النائب ناصر حداد من جهته أكد أن الإدارة لم تبلغ النقابة.",
     "أكد", "ناصر حداد", "كمال سعيد"),
    ("a side adjunct between commas after the name (فلان، من جانبه، قال)",
     "وقال الوزير كمال سعيد إن المصنع سيغلق. النائب ناصر حداد، من جانبه، قال إن القرار متسرع.",
     "قال", "ناصر حداد", "كمال سعيد"),
    ("a side adjunct بالمقابل between the name and the verb",
     "وقال الوزير كمال سعيد إن المصنع سيغلق. النائب ناصر حداد بالمقابل أعلن أنه سيطلب جلسة عاجلة.",
     "أعلن", "ناصر حداد", "كمال سعيد"),
    ("a crowd counted roughly (عشرات، آلاف) before a group noun after the verb: the group speaks",
     "وقال عشرات المزارعين إن الأسعار لا تغطي كلفة البذور.",
     "وقال", "المزارعين", "الأسعار"),
    ("a share of people after أن is what a survey found, no speaker",
     "وتظهر الأرقام الجديدة أن غالبية المزارعين يرفضون الخطة الحكومية للري.",
     "يرفضون", None, "المزارعين"),
    ("the definite source noun المصدر refers back to an unnamed source of any kind that spoke last",
     "وقال مسؤول تشادي إن الوسطاء وصلوا إلى العاصمة. وتابع المصدر بأن المحادثات ستستأنف غدا.",
     "وتابع", "مسؤول تشادي", "الوسطاء"),
    ("a definite source noun with a nationality refers back to the last speaker, a person of that country",
     "وأوضح وزير الخارجية التونسي كمال سعيد أن الاتفاق قريب. وأضاف الدبلوماسي التونسي أن التوقيع سيتم في الربيع.",
     "وأضاف", "كمال سعيد", "الاتفاق"),
    ("a dual noun after the verb speaks for the two persons of the sentence before",
     "واستقبل رئيس غانا جون ماهاما نظيره التوغولي فور غناسينغبي في أكرا. وشدد الزعيمان على أهمية أمن الحدود.",
     "وشدد", "فور غناسينغبي", "أكرا"),
    ("a dual verb speaks for the two persons before it in its sentence",
     "وناقش رئيس غانا جون ماهاما مع نظيره التوغولي فور غناسينغبي ملف الطاقة، وأكدا ضرورة تسريع مد خط الغاز.",
     "وأكدا", "جون ماهاما", "-"),
    ("a dual noun whose two are not named is a subject of its own: the last speaker does not go on",
     "وقال رئيس غانا جون ماهاما إن الأمطار تأخرت. وأكد الطرفان أن المحادثات ستستمر.",
     "وأكد", None, "جون ماهاما"),
    ("an accusative noun that looks like a dual verb (أمرا: a matter) makes no statement",
     "وأصبحت عودة اللاعبين أنيس البدري وفرجاني ساسي إلى التشكيلة أمرا محسوما.",
     "أمرا", None, "أنيس البدري"),
    ("an honorific with a pronoun (جلالته) after the verb is the person last named after that honorific",
     "واستقبل جلالة الملك محمد السادس وزير الخارجية الإسباني خوسيه مانويل ألباريس في الرباط. "
     "وأكد جلالته أن الشراكة بين البلدين متينة.",
     "وأكد", "محمد السادس", "خوسيه مانويل ألباريس"),
    ("an honorific with a pronoun (سموه) goes back to the one introduced by صاحب السمو, not to a later person",
     "وزار صاحب السمو الشيخ تميم بن حمد مستشفى الدوحة برفقة الدكتور يوسف المسلماني، ثم أشاد سموه بجهود الأطباء.",
     "أشاد", "تميم بن حمد", "يوسف المسلماني"),
    ("a verb after a comma with a colon after it goes on with the subject spoken of",
     "وقال الروائي التونسي كمال العياري إن اللغة ذاكرة الشعوب. وهو يحب الكتابة بلغته، قال: إنها بيتي الأول.",
     "قال", "كمال العياري", "-"),
    ("a statement noun with a possessive pronoun after a continuing verb is its object: the last speaker goes on",
     "وقالت وزيرة الخارجية الكينية موساليا مودافادي إن الحدود آمنة. وجددت دعوتها إلى الحوار مع الصومال.",
     "وجددت", "موساليا مودافادي", "-"),
    ("a statement noun with a possessive pronoun, object of a verb that is no cue, is its subject's statement",
     "وتابع المدرب الكيني إنجين أوكوث انتقاده للحكام بعد المباراة.",
     "انتقاده", "إنجين أوكوث", "-"),
    ("a statement noun with a possessive pronoun after a verb that begins with ب and opens the sentence",
     "بعث المدرب الكيني إنجين أوكوث دعوته إلى اللاعبين للعودة إلى التدريب.",
     "دعوته", "إنجين أوكوث", "-"),
    ("a statement noun with a possessive pronoun inside a prepositional phrase is no object of the clause's verb",
     "وقال الوزير الكيني موساليا مودافادي إن الحدود آمنة، متهما الصومال بالتقصير لعدم دعوته إلى القمة.",
     "دعوته", None, "الصومال"),
    ("a verb with فيه after an indefinite noun of no statement speaks for the subject of the clause that holds it",
     "وألقى وزير التعليم الكيني إزكيل ماتشوغو محاضرة في جامعة نيروبي تحدث فيها عن إصلاح المناهج.",
     "تحدث", "إزكيل ماتشوغو", "جامعة نيروبي"),
    ("a name in quotes right after the verb, then أن: a subject of its own, the last speaker does not carry on",
     "وقال وزير الفلاحة المغربي محمد صديقي إن الموسم جيد. وأكد «الاتحاد العام للشغالين» أن الأجور متدنية.",
     "وأكد", "الاتحاد العام للشغالين", "محمد صديقي"),
    ("the last speaker named among the first words of what is said is spoken of, not speaking: no carry",
     "وقال جاستن ترودو رئيس حكومة كندا إن الاقتصاد قوي. وقال إن خطاب ترودو أمام البرلمان كان ضعيفا.",
     "وقال", None, "جاستن ترودو"),
    ("a definite noun right after a verb that takes no noun object (اتفق على) is its subject: no carry",
     "وقال وزير الخارجية المغربي ناصر بوريطة إن المحادثات جيدة. واتفق الطرفان على مواصلة الحوار.",
     "واتفق", None, "ناصر بوريطة"),
    ("a plural outlet class right after وأشارت (أشار takes إلى, never a noun object) is its subject, no object",
     "واتهم المجلس الوطني للأمن جهة أجنبية بالتدخل في الانتخابات. وأشارت صحف محلية إلى أن الجهة المتهمة دولة مجاورة.",
     "وأشارت", "صحف محلية", "المجلس الوطني للأمن"),
    ("a quantifier and people right after a verb that may take an object: the last speaker does not carry on",
     "وقال وزير الفلاحة المغربي محمد صديقي إن الموسم جيد. وطالب بعض المزارعين بتعويضات عن الجفاف.",
     "وطالب", None, "محمد صديقي"),
    ("a quantifier and a group with what it says right after it: the group speaks, not the last speaker",
     "وقال وزير الفلاحة المغربي محمد صديقي إن الموسم جيد. ويرى بعض المزارعين أن الأمطار تأخرت.",
     "ويرى", "المزارعين", "محمد صديقي"),
    ("a verb with فيه speaks for the person a title follows, not for the body the title names",
     "وقدم المهندس كريم العبيدي مدير شركة النفط الوطنية ورقة عمل تحدث فيها عن خطط زيادة الإنتاج.",
     "تحدث", "كريم العبيدي", "شركة النفط الوطنية"),
    ("a name in a fronted topic phrase that no comma closes is no subject of the clause after it",
     "وفيما يخص مشروع انتقال اللاعب يوسف بلعمري إلى الرجاء أرسل النادي أمس رسالة إلى الاتحاد يطلب فيها تأجيل المباراة.",
     "يطلب", None, "يوسف بلعمري"),
    ("after a fronted topic phrase closed by a comma, the clause's own subject speaks",
     "وفيما يخص مشروع انتقال اللاعب يوسف بلعمري، أرسل وكيله رضا الحسني رسالة إلى الاتحاد يطلب فيها تأجيل المباراة.",
     "يطلب", "رضا الحسني", "يوسف بلعمري"),
    ("a verb with فيه and a subject of its own after it speaks for that subject, not the clause's",
     "وزار الوزير الكيني إزكيل ماتشوغو مدرسة قال فيها المعلمون إن الرواتب متأخرة.",
     "قال", "المعلمون", "إزكيل ماتشوغو"),
    ("a title whose construct chain closes with a club's name, then the person: the person speaks",
     "وأعلن مدرب نادي برشلونة ألبرتو فيرنانديز أن الفريق سيعود إلى التدريبات الأسبوع المقبل.",
     "وأعلن", "ألبرتو فيرنانديز", "برشلونة"),
    ("a bare verb opening its sentence, what was said right after it, goes on with the last speaker",
     "وقال الروائي البيروفي ماريو فارغاس يوسا إن الرواية لا تموت. يقول: «الكتابة هي ما يبقى بعدنا».",
     "يقول", "ماريو فارغاس يوسا", "الرواية"),
    ("a verb after a fronted phrase, what was said right after it, goes on with the last speaker",
     "وقال الروائي البيروفي ماريو فارغاس يوسا إن الرواية لا تموت. وعن جائزة نوبل يقول إنها جاءت متأخرة.",
     "يقول", "ماريو فارغاس يوسا", "نوبل"),
    ("a verb after 'but he' (لكنه) with no comma opens a statement of its own, of the same speaker",
     "وانتقد وزير المالية التشيلي ماريو مارسيل سياسة البنك المركزي لكنه رجح تراجع التضخم في بيرو قريبا.",
     "رجح", "ماريو مارسيل", "البنك المركزي"),
    ("after 'but she' (لكنها) the verb speaks for the clause's subject, not for the author of a noun before",
     "وقالت مراسلة وكالة رويترز إن المحكمة رفضت اتهامات الادعاء ضد الوزير كمال سعيد لكنها رجحت أن تستأنف القضية.",
     "رجحت", "رويترز", "كمال سعيد"),
    ("after 'but' and أن with the subject's pronoun (إلا أنه), a verb with what was said right after it goes on "
     "with the last speaker",
     "وقال المدرب الغاني أوتو أدو إن الفريق جاهز للمباراة في أكرا.\nإلا أنه يقول إن الإصابات تقلقه كثيرا.",
     "يقول", "أوتو أدو", "أكرا"),
    ("a pronoun subject before the verb (وهو يعتبر أن) goes on with the last speaker",
     "وقال المدرب الغاني أوتو أدو إن الفريق جاهز للمباراة في أكرا.\nوهو يعتبر أن الجمهور سيصنع الفارق.",
     "يعتبر", "أوتو أدو", "أكرا"),
    ("after a bare pronoun the word of a verb of saying with no أن/إن, colon or quote after it is no saying "
     "(وهو طالب في: a student)",
     "وقال المدرب الغاني أوتو أدو إن الفريق جاهز للمباراة في أكرا.\nوهو طالب في جامعة غانا.",
     "طالب", None, "أوتو أدو"),
    ("after إلا أنها, a verb with no opener after it may be of anyone named before: no carry-over",
     "وقالت الوزيرة الغانية سارة أدو إن اللجنة طلبت تأجيل الاجتماع، إلا أنها رفضت ذلك.",
     "رفضت", None, "سارة أدو"),
    ("a group after a verb of saying linked by حيث is its subject",
     "وشرح وزير الزراعة الكيني ميثيكا لينتوري خطته للإصلاح، حيث قال شهود عيان إن الحقول احترقت.",
     "قال", "شهود عيان", "ميثيكا لينتوري"),
    # the carry-over of the last speaker
    ("a subject after a preposition with a pronoun (عنه) is the verb's own: the unnamed source speaks, the last "
     "speaker does not go on",
     "وقال وزير المالية سامر حداد إن العجز سينخفض. وقال عنه مسؤول آخر إنه رجل حذر.",
     "وقال", "مسؤول", "سامر حداد"),
    ("a title after a phrase before what was said is the verb's own subject",
     "وقال وزير المالية سامر حداد إن العجز سينخفض. وقال في لقاء تلفزيوني الدبلوماسي الغربي إن المفاوضات متعثرة.",
     "وقال", None, "سامر حداد"),
    ("a quantified subject (معظم) after a verb of saying is the verb's own",
     "وقال وزير المالية سامر حداد إن العجز سينخفض. وقال معظم المشاركين إن المفاوضات متعثرة.",
     "وقال", "المشاركين", "سامر حداد"),
    ("sentences that go on with a quotation are part of its statement: the speaker goes on past them",
     "وقال وزير المالية سامر حداد: «العجز سينخفض. والأسعار ستستقر. والاستثمار سيعود». واستطرد مؤكدا أن الصبر مطلوب.",
     "واستطرد", "سامر حداد", "الأسعار"),
    ("past a sentence that said nothing, in the same paragraph, a verb with what was said right after it goes on",
     "وقال وزير المالية سامر حداد إن العجز سينخفض. وارتفعت الأسعار في الأسواق أمس. وأضاف أن الحل بعيد.",
     "وأضاف", "سامر حداد", "الأسواق"),
    ("a quotation that runs over a line break is one statement: the speaker goes on past it",
     "وقال وزير المالية سامر حداد: «العجز سينخفض هذا العام.\nوالأسعار ستستقر في الربيع».\nوأضاف أن الاستثمار سيعود.",
     "وأضاف", "سامر حداد", "الأسعار"),
    ("a participle's phrase may hold a title: it has no subject of its own and goes on with the speaker",
     "وقال وزير المالية سامر حداد إن العجز سينخفض، معربا عن تقديره للغرفة التجارية ورئيسها رئيس البلدية السابق.",
     "معربا", "سامر حداد", "الغرفة التجارية"),
    ("past a new paragraph with no one else in it, a verb opening its sentence goes on with the last speaker "
     "whose verbs told its gender (earlier_speaker; tests/test_attribution_earlier.py holds where it stops)",
     "وقال وزير المالية سامر حداد إن العجز سينخفض.\nوارتفعت الأسعار في الأسواق أمس.\nوأضاف أن الحل بعيد.",
     "وأضاف", "سامر حداد", "-"),
    ("a sentence that says nothing but names another person ends the carry-over past it",
     "وقال وزير المالية سامر حداد إن العجز سينخفض. وكان وفد برئاسة كريم منصور قد وصل إلى العاصمة أمس. "
     "وأكد أن المباحثات ستكون صعبة.",
     "وأكد", None, "سامر حداد"),
    ("a definite office noun takes up the titled person who spoke last, before an unnamed source further back",
     "وقال مسؤول كبير إن الأسعار سترتفع. وقال وزير الخارجية الكيني موساليا مودافادي إن المحادثات جيدة. "
     "وأضاف المسؤول أن الاتفاق قريب.",
     "وأضاف", "موساليا مودافادي", "مسؤول كبير"),
    ("a verb right after an indefinite document noun speaks for whoever issued or signed it, not its object",
     "ووقع ناشطون من دول في آسيا وأفريقيا وأوروبا إعلانا يحض الحكومات على تمويل البحث العلمي.",
     "يحض", "ناشطون من دول في آسيا", "الحكومات"),
    ("a verb describing a statement a body issued speaks for the body",
     "ووزعت وزارة الصحة الكينية بلاغا يدعو السكان إلى غلي مياه الشرب.",
     "يدعو", "وزارة الصحة الكينية", "السكان"),
    ("a communiqué bearing someone's signature as the subject of a sentence's first verb: he goes on to the next verb",
     "ويسعى الرئيس الكيني وليام روتو لمواصلة الحوار. وبعد الجولة الأولى، صدر بلاغ حمل توقيع زعيم المعارضة "
     "رايلا أودينغا ويؤيد فيما يبدو استئناف المحادثات.",
     "ويؤيد", "رايلا أودينغا", "وليام روتو"),
    ("an unnamed official of a unit no entity stands for speaks for the body the unit belongs to",
     "وأوضح مسؤول بقطاع الموانئ التابع لوزارة النقل المصرية أن الرصيف مفتوح. وأضاف أن الحركة طبيعية.",
     "وأضاف", "وزارة النقل المصرية", "مسؤول"),
    ("the masculine relative after a person's title that ends with a body takes up the person",
     "وانتقد النائب سامي الجميل موقف جبران باسيل رئيس التيار الوطني الحر الذي قال إن الحكومة فشلت.",
     "قال", "جبران باسيل", "التيار الوطني الحر"),
    ("a bare title with a nationality is no president of another country; an indefinite noun after the "
     "nationality is what he did, not the title's complement",
     "وقال الرئيس الفنزويلي نيكولاس مادورو إن بلاده لن ترضخ للعقوبات. وأيد الرئيس البرازيلي منح "
     "الأوروبيين مهلة جديدة للحوار.",
     "وأيد", "الرئيس البرازيلي", "نيكولاس مادورو"),
    ("a reported clause inside an impersonal statement with no speaker stays its own subject's statement: "
     "the report says the farmers demanded it",
     "وأشير في التقرير السنوي إلى أن المزارعين طالبوا بتعويضات عن تلف المحاصيل.",
     "طالبوا", "المزارعين", "التقرير"),
    ("a verb joined by و right after a clause whose own subject follows its verb goes on with that subject, "
     "not with the speaker outside the clause",
     "قال وزير الزراعة المصري أحمد فوزي إن الحكومة لن تغير سياستها بعد أن انتقد النائب محمود سليمان القرار "
     "وأعلن أنه سيقدم استجوابا في البرلمان.",
     "وأعلن", "محمود سليمان", "أحمد فوزي"),
    ("the clause's verb need be no cue when a word that opens a verbal clause stands before it",
     "وقال الوزير كمال حسن إن الخطة ناجحة عندما غادر النائب سمير نادر الجلسة وأكد أنها فاشلة.",
     "وأكد", "سمير نادر", "كمال حسن"),
    ("a joined verb whose gender differs from the clause's verb goes on with the outer speaker",
     "وقال الوزير كمال حسن إن الخطة ناجحة بعد أن انتقدت النائبة سلمى نادر الخطة وأكد أنها فاشلة.",
     "وأكد", "كمال حسن", "سلمى نادر"),
    ("a name with a preposition after it may be the clause verb's object: the outer speaker goes on",
     "وقال الوزير كمال حسن إن الخطة ناجحة بعد أن التقى الرئيس سمير نادر في القاهرة وأكد أنها فاشلة.",
     "وأكد", "كمال حسن", "سمير نادر"),
    ("a title with a body names the person the article named with that title after him, not the body",
     "ووصل سامر الخطيب الأمين العام لجامعة الدول العربية إلى بغداد أمس. وقال الأمين العام لجامعة الدول "
     "العربية إن الحوار ممكن.",
     "وقال", "سامر الخطيب", "جامعة الدول العربية"),
    ("a title with a body names the person the article introduced with that title, not the body",
     "ووصل الأمين العام لجامعة الدول العربية سامر الخطيب إلى بغداد أمس. وقال الأمين العام لجامعة الدول "
     "العربية إن الحوار ممكن.",
     "وقال", "سامر الخطيب", "جامعة الدول العربية"),
    ("a title with a body no one was given in the article stands for the body",
     "وقال الأمين العام لجامعة الدول العربية إن الحوار ممكن.",
     "وقال", "جامعة الدول العربية", "سامر الخطيب"),
    ("a bare title names the person given that very title in apposition after his name, with no comma",
     "ووقع أمس نبيل الصافي وزير الزراعة الأردني اتفاقية مع البنك الدولي. وأوضح وزير الزراعة الأردني أن "
     "الإنتاج تضاعف.",
     "وأوضح", "نبيل الصافي", "البنك الدولي"),
    ("a one-word bare title names the person given a longer title with that head word after her name",
     "ووقعت أمس سميرة الحداد وزيرة التخطيط خمس اتفاقيات مع البنك الدولي. وأوضحت الوزيرة أن هذه الاتفاقيات "
     "تشمل قطاع الصحة.",
     "وأوضحت", "سميرة الحداد", "البنك الدولي"),
    ("after a verb of asking, the one asked (its object) answers with the next verb, not the ones asking",
     "سأل الصحفيون الوزير هانس كولر عن موعد الانتخابات فاعتبر أن الوقت مبكر للحديث عنه.",
     "فاعتبر", "هانس كولر", "الصحفيون"),
    ("an unnamed holder of a title with a definite complement speaks for the body he serves, named after في",
     "وقال مدير الجوازات في وزارة الداخلية الأردنية إن المعبر سيفتح قريبا.",
     "وقال", "وزارة الداخلية الأردنية", "المعبر"),
    ("an unnamed holder of a title in construct with a named body speaks for the body he heads",
     "وقال مدير شركة فيليبس إن المصنع الجديد سيفتتح في الربيع.",
     "وقال", "شركة فيليبس", "المصنع"),
    ("a title whose construct chain runs through indefinite nouns to a named body speaks for that body",
     "وأكد رئيس مجلس إدارة شركة سيمنس أن الطلبات زادت.",
     "وأكد", "شركة سيمنس", "الطلبات"),
    ("an honorific before an unnamed title of a body leaves the body he heads the speaker",
     "وأوضح سعادة رئيس مجلس الإدارة أن الأرباح تضاعفت هذا العام.",
     "وأوضح", "مجلس الإدارة", "الأرباح"),
    ("a title in construct with a body's definite head noun alone speaks for the body named before with it",
     "وتراجعت مبيعات شركة فيليبس هذا العام. وقال رئيس الشركة إن المصنع الجديد سيعوض الخسائر.",
     "وقال", "شركة فيليبس", "المصنع"),
    ("a definite title with the body's definite head noun in لـ speaks for the body named before with it",
     "وتعاقد نادي بنفيكا مع مدافع شاب. وقال المدير الرياضي للنادي إن الصفقة اكتملت.",
     "وقال", "بنفيكا", "الصفقة"),
    ("an honorific before a bare title leaves the title to refer to the person named with it before",
     "ووصل الشيخ راشد بن حمدان رئيس الدولة إلى تونس. وأكد صاحب السمو رئيس الدولة أن العلاقات متينة.",
     "وأكد", "راشد بن حمدان", "تونس"),
    ("a bare title that gave a speech speaks with the verb that describes it ('قال فيها')",
     "ووصل الشيخ راشد بن حمدان رئيس الدولة إلى تونس. وألقى رئيس الدولة كلمة في البرلمان قال فيها إن العلاقات متينة.",
     "قال", "راشد بن حمدان", "تونس"),
    ("a title right after a name that gave a speech is his apposition: the named person speaks, not his body",
     "وكان السيد سامي الراشد رئيس قسم التسويق بشركة فيليبس قد ألقى كلمة قال فيها إن الأرباح ارتفعت.",
     "قال", "سامي الراشد", "شركة فيليبس"),
    ("a title with a body's definite head noun takes back the body that spoke last under a bare name",
     "وأعلنت فيليبس أن مبيعاتها تراجعت. وقال رئيس الشركة إن المصنع الجديد سيعوض الخسائر.",
     "وقال", "فيليبس", "المصنع"),
    ("a title with a body's definite head noun of another kind than the body that spoke last: it does not speak",
     "وأعلنت وزارة الزراعة أن المحصول وفير. وقال رئيس الشركة إن المصنع الجديد سيعوض الخسائر.",
     "وقال", None, "وزارة الزراعة"),
    ("a body named past an adverb and a preposition after a title is no body he heads: it does not speak",
     "وأعلن رئيس الدولة أيضا عن حل البرلمان.",
     "وأعلن", None, "البرلمان"),
    ("'the club' takes back a body named before as a team: a club and its team are one body",
     "وخسر فريق إشبيلية أمام ضيفه. وأعلن النادي أمس أن المدرب باق في منصبه.",
     "وأعلن", "إشبيلية", "المدرب"),
    ("a definite office with its adjective and the body it serves in لـ and a head noun is one body that speaks",
     "وأوضح المكتب الإعلامي لوزارة الزراعة أن موسم الحصاد بدأ مبكرا.",
     "وأوضح", "المكتب الإعلامي لوزارة الزراعة", "موسم"),
    ("an indefinite title holder in a body is one of its many, an unnamed source: the body does not speak",
     "وقال قائد ميداني في الشرطة البريطانية إن الطرق ستغلق غدا.",
     "وقال", "قائد ميداني", "الشرطة"),
    ("an indefinite title whose construct chain runs on to a name introduces that person",
     "وقال قائد فريق برشلونة يوهان كريستنسن إن اللاعبين جاهزون للمباراة.",
     "وقال", "يوهان كريستنسن", "قائد"),
    ("an indefinite title holder before a noun in construct holds one office, no unnamed source",
     "وأكد رئيس الوزراء سامي داود أن الأمن مستتب. وقال قائد شرطة المدينة العقيد فارس منصور إن الطرق آمنة.",
     "وقال", "فارس منصور", "قائد"),
    ("a definite statement noun takes up the issuer of a statement noun earlier in the same sentence",
     "وانتقد بيان لوزارة الزراعة المصرية قرار الاستيراد وقال البيان الذي صدر أمس إن القرار يضر بالمزارعين.",
     "وقال", "وزارة الزراعة المصرية", "المزارعين"),
    ("a statement noun with 'another' is another statement: the issuer of the earlier one does not speak it",
     "وانتقد بيان لوزارة الزراعة المصرية قرار الاستيراد. وقال بيان آخر إن القرار يضر بالمزارعين.",
     "وقال", None, "وزارة الزراعة المصرية"),
    ("a title after a name that a verb of meeting governs is the name's object, another person: no referent, "
     "its holder speaks unnamed",
     "واستقبل أمس نبيل الصافي وزير الزراعة الأردني في مكتبه. وأوضح وزير الزراعة الأردني أن الإنتاج تضاعف.",
     "وأوضح", "وزير الزراعة الأردني", "نبيل الصافي"),
    ("a word of time between a title and its holder's name leaves the title his: he speaks, no unnamed holder",
     "وقال وزير النقل التونسي أمس رشيد عمار إن القطارات ستعود إلى العمل.",
     "وقال", "رشيد عمار", "وزير النقل التونسي"),
    ("a title made definite by its nationality is the one given before in construct with the body it is of",
     "وحذر رئيس اركان القوات المسلحة المصرية سامي عنان من الفوضى. وقال رئيس الاركان المصري إن الجيش مستعد لحماية المنشآت.",
     "وقال", "سامي عنان", "رئيس الاركان المصري"),
    ("a bare title is the person named right after the same title before, when no role of his records it",
     "وحذر رئيس اركان القوات البرية الإسرائيلية دان شومرون من التصعيد. وقال رئيس الاركان الإسرائيلي إن الجيش مستعد.",
     "وقال", "دان شومرون", "رئيس الاركان الإسرائيلي"),
    ("a spokesman for a bare portfolio speaks for the ministry of that portfolio the article named before",
     "ونفت الخارجية البولندية عودة السفير إلى مينسك. وشرح الناطق باسم الخارجية أن الوزارة ترفض التدخل.",
     "وشرح", "الخارجية البولندية", "الناطق"),
    ("a -ين plural after a cue that opens its clause is its loose subject (the verbal-noun reading needs a noun "
     "phrase before the cue)",
     "ذكر مسؤولين أمنيين أن الهجوم على القافلة فشل.", "ذكر", "مسؤولين أمنيين", "القافلة"),
    ("the sentence's subject, an adverbial phrase between, governs the verbal noun of saying",
     "ولم يتردد الرئيس الكيني وليام روتو خلال زيارته للمزارع في التأكيد أن المحصول وفير.", "التأكيد", "وليام روتو",
     "المزارع"),
    ("whom a verb of calling calls on to stress something does not stress it",
     "ودعا النائب البرلماني الحكومة الكينية إلى التأكيد على أن الدعم مستمر.", "التأكيد", None, "الحكومة الكينية"),
    ("a definite class noun of bodies (الشركة) with no body of its head named refers to the body of a bare name "
     "that spoke last, its kind fitting the noun",
     "وأعلنت سامسونغ أن أرباحها تراجعت في الربع الثالث. وأوضحت الشركة أن الطلب على الرقائق ضعف.",
     "وأوضحت", "سامسونغ", "الرقائق"),
    ("a definite class noun of bodies that fits no body named before (الوزارة after a newspaper) is a body the "
     "text does not name, which speaks (an Organization labelled with the noun): the last speaker does not go on",
     "وقالت كلارين إن البرلمان الأرجنتيني سيصوت غدا. وأكدت الوزارة أن المعارضة ستقاطع الجلسة.",
     "وأكدت", "الوزارة", "كلارين"),
    ("a bare class noun of bodies refers back to the body named only by that noun and its adjective that spoke",
     "وقال المكتب الإعلامي إن الحريق أخمد بعد ساعتين. وأضاف المكتب أن التحقيق في أسبابه بدأ.",
     "وأضاف", "المكتب الإعلامي", "الحريق"),
    ("a body named only by its class noun after the speaker's cue is no speaker: the person named speaks",
     "وقال وزير العدل الأردني سامي الحديد إن المحكمة العليا ستنظر في الطعن.",
     "وقال", "سامي الحديد", "المحكمة العليا"),
    ("a bare title right after إلا أن, before its verb (SVO), refers back to the person named with that title",
     "وزارت وزيرة الصحة البريطانية سارة جونز المستشفى أمس. إلا أن الوزيرة قالت إنها لا تعرف عدد الجرحى.",
     "قالت", "سارة جونز", "المستشفى"),
    ("a definite source noun before its verb (SVO) refers back to the unnamed source of its kind that spoke",
     "وقال مصدر أمني إن الهجوم على القافلة فشل. إلا أن المصدر قال إن المهاجمين فروا.",
     "قال", "مصدر أمني", "القافلة"),
    ("a definite class noun of bodies before its verb (SVO) refers back to the body of a bare name that spoke",
     "وأعلنت سامسونغ أن أرباحها تراجعت في الربع الثالث. غير أن الشركة قالت إن الطلب سيتحسن.",
     "قالت", "سامسونغ", "الطلب"),
    ("a definite common noun (no title) after its verb is the person the text described with it in apposition",
     "وأصيب جون سميث، وهو سائق الحافلة، بجروح طفيفة. وقال السائق إن المكابح تعطلت فجأة.",
     "وقال", "جون سميث", "الحافلة"),
    ("a definite common noun before its verb (SVO) is the person described with it after her name (، وهي ...)",
     "وكانت سارة جونز، وهي ممرضة في المستشفى، تعالج الجرحى. إلا أن الممرضة قالت إنها لا تعرف عددهم.",
     "قالت", "سارة جونز", "المستشفى"),
    ("a bare title with a country is not the person named before with the title alone when the text speaks of "
     "that title in other countries too: its unnamed holder speaks",
     "وقال الرئيس جوزيف أوتينو إن القمة ناجحة. وأكد الرئيس الأوغندي أن الحدود ستفتح، فيما دعا الرئيس الكيني "
     "إلى مكافحة التهريب.",
     "وأكد", "الرئيس الأوغندي", "جوزيف أوتينو"),
    ("'the latter' (الأخير) as a verb's subject is the person named last before it, not the subject of the "
     "sentence before going on",
     "والتقى وزير الزراعة الكيني ميثيكا لينتوري السفير الفرنسي جان مارك دولا. وقال الأخير إن فرنسا ستدعم المزارعين.",
     "وقال", "جان مارك دولا", "ميثيكا لينتوري"),
    ("'the latter' before its verb (SVO, after لكن) is the person named last before it",
     "واستقبل سامي داود رئيس البرلمان الصومالي وفدا من رجال الأعمال برئاسة فارس منصور، لكن الأخير قال إن "
     "الاستثمارات ستزيد.",
     "قال", "فارس منصور", "سامي داود"),
    ("a class noun of bodies with a nationality adjective (الصحيفة البريطانية) is no name of its own: it is the body "
     "of that country that spoke before",
     "وقالت الغارديان إن رئيس الوزراء سيزور الهند. وأضافت الصحيفة البريطانية أن الزيارة ستستمر يومين.",
     "وأضافت", "الغارديان", "الصحيفة البريطانية"),
    ("after an according-to marker (وبحسب), a class noun of bodies with a nationality adjective is the body named "
     "before with that head, not a body of its own",
     "ذكرت صحيفة لوفيغارو أن الاجتماع عقد في جنيف. وبحسب الصحيفة الفرنسية فقد تناول الاجتماع الملف النووي.",
     "بحسب", "لوفيغارو", "الصحيفة الفرنسية"),
    ("after an according-to marker, a class noun of bodies with a nationality adjective is the last body of that "
     "kind named before, when none was named with that head",
     "صرحت الغارديان بأن الوزير سيستقيل قريبا. وحسب الصحيفة البريطانية فإن الحكومة ستجتمع غدا لبحث الأزمة.",
     "حسب", "الغارديان", "الصحيفة البريطانية"),
    ("a bare class noun of bodies after one described with a nationality adjective is the body named before, "
     "the description being no name of its own",
     "ذكرت صحيفة لوفيغارو أن الاجتماع عقد في جنيف. وبحسب الصحيفة الفرنسية فقد تناول الاجتماع الملف النووي. "
     "وأضافت الصحيفة أن الوزير غادر مبكرا.",
     "وأضافت", "لوفيغارو", "الصحيفة الفرنسية"),
    ("the generic official (المسؤول) of a country is the one person named before with an office of that country, "
     "though another spoke since",
     "قال كبير المفاوضين الكينيين جوزيف كيبيتو إن الشروط جديدة. وقال وزير الخارجية الأوغندي سام موسيفي إن "
     "الحدود مفتوحة. وشدد المسؤول الكيني على أن الجولة المقبلة حاسمة.",
     "وشدد", "جوزيف كيبيتو", "المسؤول الكيني"),
    ("the generic official of a country after an unnamed official of that country is that unnamed official, not "
     "the one person named with an office of the country",
     "وقال الرئيس الكيني جوزيف كيبيتو إن الانتخابات ستجرى في موعدها. وصرح مسؤول كيني بأن الحوار مفيد. "
     "وأضاف المسؤول الكيني أن الجولة المقبلة حاسمة.",
     "وأضاف المسؤول", "مسؤول كيني", "جوزيف كيبيتو"),
    ("a title that runs into a known body as its complement, then a field (لصناعة السيارات) and a name: the person "
     "named after the whole title speaks, not the body",
     "وصرح نائب رئيس شركة تويوتا اليابانية لصناعة السيارات خوسيه مارتينيز بأن المصنع سيغلق.",
     "وصرح", "خوسيه مارتينيز", "تويوتا"),
    ("a body described by its head noun, its field and a nationality adjective, then its name in apposition: "
     "the named body speaks, not the description",
     "وكشفت شركة الصناعات اليابانية تويوتا عن خطة لخفض الإنتاج في أوروبا.",
     "وكشفت", "تويوتا", "شركة الصناعات اليابانية"),
    ("a class noun of bodies with the nationality adjective of another country than the body that spoke is another body",
     "وقالت الغارديان إن رئيس الوزراء سيزور الهند. وأضافت الصحيفة الفرنسية أن الزيارة ستستمر يومين.",
     "وأضافت", "الصحيفة الفرنسية", "الغارديان"),
    ("a class noun of bodies with an adjective of scope (المنظمة الدولية) is no name: it is the body that spoke before",
     "وقالت منظمة الصحة العالمية إن الكوليرا تنتشر في المخيمات. وأضافت المنظمة الدولية أن اللقاحات نفدت.",
     "وأضافت", "منظمة الصحة العالمية", "المنظمة الدولية"),
    ("a title with a possessive pronoun (رئيسها) and no name takes back the body that spoke last, which speaks "
     "through its head",
     "وأعلنت شركة بوينغ أن الطائرة الجديدة جاهزة للتسليم. وقال رئيسها التنفيذي إن الاختبارات نجحت.",
     "وقال", "بوينغ", "الاختبارات"),
    ("an impersonal 'it is worth noting' has no speaker, the one before does not go on into it",
     "وقال وزير الزراعة الكيني ميثيكا لينتوري إن المحصول وفير. وتجدر الإشارة إلى أن الأمطار تأخرت.",
     "الإشارة", None, "ميثيكا لينتوري"),
    ("an unnamed envoy in construct with a state (مندوب + country) speaks in its name: the state is the speaker, "
     "not the body he is posted to",
     "وأكد مندوب النرويج لدى الاتحاد الأفريقي أن المساعدات ستصل قبل الشتاء.",
     "وأكد", "النرويج", "الاتحاد الأفريقي"),
    ("the envoy's title alone with its article (وأضاف المندوب) takes back the state whose unnamed envoy spoke last",
     "وقال مندوب البرتغال إن الاقتراح يحتاج إلى تعديل. وأضاف المندوب أن التصويت سيتأجل.",
     "وأضاف", "البرتغال", "التصويت"),
    ("an envoy's title with a place he is posted at (ممثل المنظمة في + country) does not make that place speak",
     "وقال ممثل المنظمة في بوليفيا إن اللقاحات وصلت.",
     "وقال", None, "بوليفيا"),
    ("a report issued by (صادر عن) a bare definite body head: the body the text named before with that head",
     "نشر مجلس البحوث الزراعية نتائجه السنوية. وأوضح تقرير صادر عن المجلس أن المحاصيل تراجعت.",
     "وأوضح", "مجلس البحوث الزراعية", "المحاصيل"),
    ("a study with a nationality adjective, then a verb whose object pronoun takes it up (أعدتها): the body after "
     "the verb is its author",
     "وأفادت دراسة أسترالية أعدتها جامعة ملبورن أن النوم المبكر يحسن الذاكرة.",
     "وأفادت", "جامعة ملبورن", "النوم"),
    ("a sister of كان (لا تزال, ما زال, ظل) opens the clause: its subject, then the verb of saying (SVO), as after كانت",
     "ولا تزال أوسلو تعتبر أن المفاوضات هي الطريق الوحيد.",
     "تعتبر", "أوسلو", "المفاوضات"),
    ("according to (وفقا لـ) a study, then a verb whose object pronoun takes it up (أعدتها): the body after the "
     "verb is the source",
     "ووفقا لدراسة أعدتها جامعة أوتاغو فإن النوم المبكر يحسن الذاكرة لدى الأطفال.",
     "ووفقا", "جامعة أوتاغو", "الأطفال"),
    ("a report with the adjective حديث (recent) before its author in لـ: the author is the speaker",
     "وكشف تقرير حديث لمنظمة الأغذية والزراعة أن أسعار القمح ارتفعت في معظم الدول.",
     "وكشف", "منظمة الأغذية والزراعة", "القمح"),
    ("a definite leadership noun with its adjectives, then the body with لل glued on (القيادة العامة للقوات "
     "المسلحة): the command is named whole with its forces, a body of its own that speaks",
     "وأعلنت القيادة العامة للقوات المسلحة المصرية أن المناورات انتهت بنجاح.",
     "وأعلنت", "القيادة العامة للقوات المسلحة المصرية", "المناورات"),
    ("a verb of blaming with one name before the noun of responsibility: the name is whom it blames, the "
     "speaker before goes on",
     "وقال وزير الخارجية الكوبي برونو رودريغيث إن الحصار ظالم. وحمل واشنطن المسؤولية الكاملة عن معاناة السكان.",
     "وحمل", "برونو رودريغيث", "واشنطن"),
    ("a verb of blaming in a relative clause, one name before the noun of responsibility with its pronoun: "
     "whom it is laid on, no speaker",
     "وقتل ثلاثة جنود في سلسلة تفجيرات حمل متمردون مسؤوليتها في الشهر الماضي.",
     "حمل", None, "متمردون"),
    ("a verb of blaming whose responsibility is laid on someone with لـ right after it: the name before it "
     "is the subject",
     "وحمل وزير الداخلية الكيني كيثوري كينديكي المسؤولية للعصابات المسلحة.",
     "وحمل", "كيثوري كينديكي", "العصابات"),
    ("a verb of blaming with a preposition and pronoun before the one name and a quantifier with a pronoun "
     "after it (حمل فيها X كلها المسؤولية): the name is whom it blames",
     "وكتب الشاعر قصيدة شهيرة حمل فيها الأمم المتحدة كلها مسؤولية الحرب.",
     "حمل", None, "الأمم المتحدة"),
    ("a verb with a preposition and pronoun, then إحدى (one of, f.) and a definite plural: a subject of its own, "
     "unnamed, so the speaker before does not go on",
     "وقالت المحامية سارة كوهين إن موكلها بريء. ووجهت إليه إحدى المحاكم العسكرية تهمة التآمر.",
     "ووجهت", None, "سارة كوهين"),
    ("a relative pronoun whose verb has a subject of its own after it, in the nominative plural (التي توقع "
     "الكثيرون): the name before the pronoun is what it is about, not who speaks",
     "وتقام المباراة النهائية بين منتخبي البرازيل والأرجنتين والتي توقع الكثيرون أن تكون الأقوى في البطولة.",
     "توقع", "الكثيرون", "الأرجنتين"),
    ("a verb with الله after it (whose stem without the article, له, is a stop word): a subject of its own, "
     "so the speaker before does not go on",
     "وقال الواعظ محمد حسان إن الصبر مفتاح الفرج. وقال الله تعالى إن مع العسر يسرا.",
     "وقال الله", None, "محمد حسان"),
    ("a contrast (إلا أن) with a subject and its preposition phrase before its own verb of saying ends what "
     "was said before it; a plural verb after it goes on with that subject, not with the speaker before the "
     "contrast",
     "ويقول البعض إن اللاجئين الجدد أكثر عرضة للفقر، إلا أن باحثين في علم الاجتماع يؤكدون أن الفقر لا يرتبط "
     "بالهجرة، ويشيرون إلى أن هناك عوامل أخرى.",
     "ويشيرون", "باحثين", "البعض"),
    ("an unnamed group, then a preposition phrase describing it (quote marks in it), before its plural verb: "
     "the group speaks",
     "لكن خبراء في « الاقتصاد الأخضر » يرون أن الطاقة الشمسية أرخص من الفحم.", "يرون", "خبراء", "الفحم"),
    ("a body in the preposition phrase after unnamed officials before their plural verb: the body speaks",
     "لكن مسؤولين في وزارة الدفاع الكينية يقولون إن الهجوم فشل.", "يقولون", "وزارة الدفاع الكينية", "مسؤولين"),
    ("a noun of news (أنباء) after a verb of saying, taken for a name by the tagger, names no speaker, and the "
     "speaker before does not go on",
     "وقال وزير الصحة الكيني سوزان ناكومشا إن المستشفى تعرض للقصف. وقالت أنباء إن عشرة أشخاص أصيبوا.",
     "وقالت", None, "أنباء"),
    ("a masculine verb with no subject after a country that spoke with a feminine verb: the country does not go "
     "on (its verbs agree with it as a person's do); the man who spoke just before it does",
     "وقال السفير الكيني في الأمم المتحدة جون موانغي إن المجلس لم يتلق أي تقرير. وطالبت الهند باكستان بالاعتذار "
     "عن القصف. وأضاف أن الهجوم لن يمر دون عقاب.", "وأضاف", "جون موانغي", "الهند"),
    ("a masculine participle after a masculine verb that a country with feminine verbs did not say goes on "
     "with that verb's speaker, not with the country",
     "وقال السفير الكيني في الأمم المتحدة جون موانغي إن المجلس لم يتلق أي تقرير. وطالبت الهند باكستان بالاعتذار "
     "عن القصف. وأعرب عن أسفه الشديد مشيرا إلى أنه سيطلب تحقيقا.", "مشيرا", "جون موانغي", "الهند"),
    ("a feminine verb with no subject goes on with the country that spoke with a feminine verb",
     "وطالبت الهند باكستان بالاعتذار عن القصف. وأضافت أن الهجوم لن يمر دون عقاب.", "وأضافت", "الهند", "باكستان"),
    ("a bare 'the ministry' after a minister's title is the ministry the title names (with the title's state), not "
     "a body the text leaves unnamed",
     "وقالت وزيرة التربية الكينية سارة موانغي إن المدارس ستفتح. وأوضحت الوزارة في بيان أن الدراسة تبدأ غدا.",
     "وأوضحت", "وزارة التربية الكينية", "سارة موانغي"),
    ("'the ministry' a statement noun is of with لـ (بيان للوزارة) is the ministry the text named before",
     "وأعلنت وزارة الزراعة المغربية أن المحصول وفير. وجاء في بيان للوزارة أن الأسعار ستنخفض.",
     "وجاء", "وزارة الزراعة المغربية", "الوزارة"),
    ("... or the one a minister's title named before",
     "وقال وزير الزراعة المغربي سامي داود إن المحصول وفير. وجاء في بيان للوزارة أن الأسعار ستنخفض.",
     "وجاء", "وزارة الزراعة المغربية", "سامي داود"),
    ("a minister of state heads no ministry: 'the ministry' after his title is no ministry of 'the state'",
     "وقال وزير الدولة سامي داود إن الصحف حرة. وأكدت الوزارة أن الرقابة ألغيت.",
     "وأكدت", "الوزارة", "وزارة الدولة"),
    ("a minister's title in construct with a state's name names the ministry of that state",
     "وقال وزير خارجية كينيا إن السفير سيعود قريبا. وقالت الوزارة إن العلاقات متينة.",
     "وقالت", "وزارة خارجية كينيا", "الوزارة"),
    ("of a ministry named by its name and a minister's title after it, the nearer one is what 'the ministry' means",
     "وأعلنت وزارة الزراعة أن المحصول وفير. وقال وزير الصحة منير الهادي إن المستشفيات جاهزة. "
     "وأكدت الوزارة أن حملة التلقيح ستبدأ.",
     "وأكدت", "وزارة الصحة", "وزارة الزراعة"),
    ("a minister's title inside another's quoted words is no antecedent of 'the ministry' in the narration after them",
     "وأعلنت وزارة الدفاع الصينية أن «تصريحات وزير الدفاع الياباني استفزازية». "
     "وأضافت الوزارة أن المناورات ستستمر.",
     "وأضافت", "وزارة الدفاع الصينية", "وزارة الدفاع اليابانية"),
    ("'the ministry' with another state's nationality is not the ministry of a minister's title of one state",
     "وقال وزير الصحة التونسي منير الهادي إن المستشفيات جاهزة. وأكدت الوزارة الجزائرية أن الحدود مغلقة.",
     "وأكدت", "الوزارة الجزائرية", "وزارة الصحة التونسية"),
    ("a spokesman for a bare portfolio of no state told speaks for the ministry by that name (the body speaks)",
     "وقال المتحدث باسم الخارجية إن السفير سيعود قريبا.", "وقال", "الخارجية", "السفير"),
    ("a bare portfolio as a speech verb's subject with no state told is the ministry by that name",
     "وأعلنت الداخلية اعتقال عشرة أشخاص في العاصمة.", "وأعلنت", "الداخلية", "العاصمة"),
    ("'the ministry' after a spokesman for a bare portfolio is that ministry",
     "وقال المتحدث باسم الخارجية إن السفير سيعود قريبا. وقالت الوزارة إن العلاقات متينة.",
     "وقالت", "الخارجية", "الوزارة"),
    ("a ministry named by its portfolio and state alone is what a bare 'the ministry' after it refers to",
     "وقال المتحدث باسم الخارجية الكينية إن السفير سيعود قريبا. وقالت الوزارة إن العلاقات متينة.",
     "وقالت", "الخارجية الكينية", "الوزارة"),
    ("a past verb in ى with its object pronoun (ى written ا: نفاه) after 'وهذا ما' is the cue of its subject",
     "واتهمت المعارضة الحكومة بتزوير الانتخابات، وهذا ما نفاه وزير الداخلية الكيني كيثوري كينديكي.",
     "نفاه", "كيثوري كينديكي", "المعارضة"),
    ("the present after 'قبل أن' narrates what then took place: its subject speaks, not the one of the clause before",
     "واحتجز الجنود الرئيس الكيني وليام روتو، قبل أن يؤكد رئيس الوزراء رايلا أودينغا أن البرلمان حل.",
     "يؤكد", "رايلا أودينغا", "وليام روتو"),
    ("a verb of blaming joined after a statement, one name and the responsibility in quotes: the name is blamed, "
     "the speaker before goes on",
     "واتهم زعيم المعارضة الكيني رايلا أودينغا الحكومة بتزوير الانتخابات، وحمّل روتو «مسؤولية "
     "أعمال العنف».", "وحمّل", "رايلا أودينغا", "روتو"),
    ("a joined verb of demanding, a feminine body and بـ written apart before a quote: the body is its object, "
     "the speaker before goes on",
     "وانتقد النائب الكيني جون مبادي قرار رفع الضرائب، وطالب الحكومة بـ«التراجع الفوري عنه».",
     "وطالب", "جون مبادي", "الحكومة"),
    ("an unnamed source in a palace named with its head (a Place) speaks for the palace, as for a body",
     "وقال مصدر رفيع في قصر قرطاج إن الرئيس سيكلف وزير المالية بتشكيل الحكومة.", "وقال", "قصر قرطاج", "مصدر رفيع"),
    ("a verb of accusing with its object pronoun after a relative pronoun: the body named after it accuses, the "
     "antecedent the pronoun takes back is accused",
     "وأفرجت الشرطة عن الصحفي كريم داوود، الذي اتهمته النيابة العامة بنشر أخبار كاذبة.", "اتهمته",
     "النيابة العامة", "كريم داوود"),
    ("a person with a preposition glued on after a partitive group is whom the group speaks of, not its member "
     "named: the group speaks",
     "وأشاد عدد من النواب بسمير حداد، مؤكدين أنه خدم البلاد بإخلاص.", "وأشاد", "عدد من النواب", "سمير حداد"),
    ("an indefinite plural closed by an adjective of number right after a joined verb is its own subject, an "
     "unnamed group: the body that spoke before does not go on",
     "وأعلنت وزارة النقل أنها ستطبق القاعدة فورا. كما أعلنت مصارف عدة أنها ستطبق القاعدة أيضا.", "أعلنت",
     None, "وزارة النقل"),
    ("an indefinite plural drawn from a whole by من right after a verb is its own subject, an unnamed group: the "
     "person who spoke before does not go on",
     "وقال رئيس الوزراء الأسبق كريم داوود إن الاستفتاء نظم على عجل. وانتقدت منظمات من المجتمع المدني الحكومة "
     "لاستغلالها موارد الدولة.", "وانتقدت", None, "كريم داوود"),
    ("a noun of times before an adjective of number is no subject: the body that spoke before goes on",
     "وقالت الحكومة إنها ترفض التدخل، وأكدت مرات عدة أنها لن تتراجع.", "وأكدت", "الحكومة", "مرات"),
    ("a singular noun before من is no plural drawn from a whole: the person who spoke before goes on",
     "هاجم رئيس الوزراء الكيني ويليام روتو المستشار الألماني أولاف شولتس بسبب تصريحاته. كما انتقد استبعاد "
     "حكومته من المؤتمر.", "انتقد", "ويليام روتو", "أولاف شولتس"),
    ("a plural in the indefinite accusative before an adjective of number is whom the verb calls: the speaker "
     "before goes on",
     "وقال وزير الخارجية سمير حداد إن الحكومة ترفض التدخل. ودعا دولا عدة إلى احترام سيادة البلاد.", "ودعا",
     "سمير حداد", "دولا"),
    ("a masculine verb with no subject does not go on with a body whose own verbs were feminine",
     "أعلنت هيئة الانتخابات المستقلة في كينيا فوز المرشح بنسبة كبيرة. وقال أمام أنصاره في نيروبي: «لقد انتصرنا جميعا».",
     "وقال", None, "هيئة الانتخابات"),
    ("a document of the body as the verb's subject speaks for it whatever the body's gender",
     "رفضت وزارة الخارجية الكينية في بيان الاتهامات الأخيرة. واتهم البيان جهات خارجية بتأجيج الأزمة.",
     "واتهم", "وزارة الخارجية الكينية", "جهات"),
    ("a verbal noun spelled as a verb (نفي after إلى) tells no gender: the body's feminine verb goes on with it",
     "وبادرت شركة المياه الوطنية إلى نفي التقارير، وقالت في تعميم إن مياهها صالحة للشرب.",
     "وقالت", "شركة المياه الوطنية", "التقارير"),
    ("a participle whose gender disagrees with the last speaker goes on with the subject of the nearest clause "
     "whose verb agrees with it (subject_of_disagreeing_participle)",
     "قال الرئيس جون كاماو إن المحادثات مستمرة، وقبلت وزيرة الخارجية سارة موانغي الدعوة، مؤكدة أنها ستسافر غدا.",
     "مؤكدة", "سارة موانغي", "جون كاماو"),
    ("a participle after \"وهو ما نفاه <subject>\" agrees with that subject; one no finder reads does not hand the "
     "claim's speaker on (subject_of_resumptive_clause)",
     "وكانت وسائل إعلام محلية قد ذكرت أن المرضى نقلوا ليلا، وهو ما نفاه الطبيب المناوب، مؤكدا أنهم نقلوا صباحا.",
     "مؤكدا", None, "وسائل إعلام محلية"),
    ("a participle after a body's report of a named person's deed (أفاد X بأن <person> <verb>) goes on with the "
     "person, not the body that reports (subject_of_reported_deed)",
     "وأفادت الرئاسة الكينية بأن الرئيس جون كاماو هنأ نظيره خلال مكالمة، مؤكدا حرص بلاده على التعاون.",
     "مؤكدا", "جون كاماو", "الرئاسة"),
    ("the bulletin taken up after a participle of the person it reports is the issuer's, the body that introduced it "
     "in its sentence (issuer_of_document), not the person's",
     "وجاء في بلاغ للرئاسة الكينية أن الرئيس جون كاماو «يعلن بارتياح كبير» قرار اللجنة، مشيدا بعمل الوزراء. "
     "وأضاف البلاغ أن الاتصال كان وديا.", "وأضاف", "الرئاسة الكينية", "جون كاماو"),
    ("a participle after a bulletin's report of a person's words quoted from their verb goes on with the person "
     "(subject_of_reported_deed)",
     "وجاء في بلاغ للرئاسة الكينية أن الرئيس جون كاماو «يعلن بارتياح كبير» قرار اللجنة، مشيدا بعمل الوزراء.",
     "مشيدا", "جون كاماو", "الرئاسة"),
    ("a participle whose gender is not the reported person's stays with the body that reports",
     "وأفادت الرئاسة الكينية بأن الرئيس جون كاماو هنأ نظيره في اتصال هاتفي، مؤكدة أن الاتصال كان وديا.",
     "مؤكدة", "الرئاسة الكينية", "جون كاماو"),
    ("a headline's dots close its first clause: the name right after them opens the next one and is its verb's "
     "subject",
     "الحزب الحاكم يفوز بالأغلبية .. كاماو يقر بالهزيمة\nأعلنت اللجنة النتائج. وقال زعيم المعارضة جون كاماو إن "
     "حزبه سيقبل النتيجة.", "يقر", "جون كاماو", "الحزب الحاكم"),
    ("a headline's subject written short, the NER finding no name in it: the report's body or person whose name "
     "ends or starts with those words speaks",
     "الأمطار تغمر الطرق في المدينة .. و«الأرصاد» تحذر من سيول جديدة\nقالت الهيئة العامة للأرصاد إن الأمطار "
     "ستستمر يومين.", "تحذر", "الهيئة العامة للأرصاد", "المدينة"),
]


@pytest.mark.parametrize("name, text, cue, speaker, not_speaker", SPEAKER_CHOICE_CASES,
                         ids=[c[0] for c in SPEAKER_CHOICE_CASES])
def test_the_speaker_chosen_for_a_cue(nlp, name: str, text: str, cue: str, speaker: str | None,
                                      not_speaker: str) -> None:
    assert_speaker_at_cue(nlp, text, cue, speaker, not_speaker)


@pytest.mark.parametrize("text, cue, group", [
    ("والتقى الوزير المحتجين وقالوا له إنهم لن يغادروا الساحة.", "وقالوا", "المحتجين"),
    ("وقال الوزير إن المحتجين غادروا الساحة وأكدوا أن المطالب تحققت.", "وأكدوا", None),  # inside what was said
    ("والتقى الوزير المحتجين ثم أعلن موقفه وقالوا إن الحوار فشل.", "وقالوا", None),     # a speech verb between
])
def test_a_plural_verb_speaks_for_the_group_before_it(read, text: str, cue: str, group: str | None) -> None:
    ctx = read(text)
    found = plural_antecedent(ctx, query(ctx, cue), Seen())
    if group is None:
        assert found is None
    else:
        assert normalize(group) in names(ctx, found)[0]


@pytest.mark.parametrize("text, cue, both", [
    ("واستقبل رئيس غانا جون ماهاما نظيره التوغولي فور غناسينغبي في أكرا. وشدد الزعيمان على أهمية أمن الحدود.",
     "وشدد", {"جون ماهاما", "فور غناسينغبي"}),
    ("وناقش رئيس غانا جون ماهاما مع نظيره التوغولي فور غناسينغبي ملف الطاقة، وأكدا ضرورة تسريع مد خط الغاز.",
     "وأكدا", {"جون ماهاما", "فور غناسينغبي"}),
    ("والتقت وزيرة الخارجية الغانية شيرلي بوتشوي بنظيرها التوغولي روبرت دوسي. وأعلن الجانبان أن الحدود ستفتح.",
     "وأعلن", {"شيرلي بوتشوي", "روبرت دوسي"}),
    # states or bodies joined by و before a dual verb, when no two persons stand before it
    ("ووقعت كينيا وأوغندا مذكرة تفاهم في كمبالا، وأكدتا أهمية إلغاء الرسوم الجمركية.",
     "وأكدتا", {"كينيا", "أوغندا"}),
    # a dual noun with no two persons near goes back to the last two who spoke together
    ("وقال رئيس غانا جون ماهاما ورئيس توغو فور غناسينغبي إن الحدود ستفتح. وقال ماهاما إن التجارة ستنمو. "
     "وأكد الزعيمان أن الأمن أولوية.", "وأكد", {"جون ماهاما", "فور غناسينغبي"}),
    # a bare title joined by و to a person before a dual verb: the person the title refers to, and that person
    ("قال وزير الخارجية الكيني جوزيف كيبيتو إن المفاوضات صعبة. وقال مندوزا إن الشروط جديدة. "
     "وكان الوزير الكيني ومندوزا قد صرحا أمس بأن الجولة ناجحة.", "صرحا", {"جوزيف كيبيتو", "مندوزا"}),
    # two bare titles joined by و after "كل من": the two persons named before with those titles
    ("التقى رئيس البرلمان الكيني جوزيف موانغي ورئيس الوزراء الكيني صامويل أوتينو الوفد. "
     "وشدد كل من رئيس البرلمان ورئيس الوزراء على تمسك كينيا بالاتفاق.", "وشدد", {"جوزيف موانغي", "صامويل أوتينو"}),
    # "البلدان" after a masculine verb is the dual (the two countries named before), not the plural "the countries"
    ("ووقعت زامبيا وملاوي اتفاقا لتقاسم مياه النهر. وقال البلدان في بيان مشترك إن اللجنة ستجتمع كل عام.",
     "وقال", {"زامبيا", "ملاوي"}),
    # a dual noun of persons after إن, before a dual verb inside a report: the two persons named before, not the reporter
    ("والتقى رئيس غانا كويسي أبواكو ورئيس توغو إيتيان كوفيغا في لومي أمس. وقال سفير غانا ياو أدجاي للصحفيين إن "
     "الزعيمين اتفقا بدورهما على فتح المعابر.", "اتفقا", {"كويسي أبواكو", "إيتيان كوفيغا"}),
    # إن/أن with the pronoun of two before a dual verb inside a report: the two persons named some sentences back
    ("وأعلنت الرئاسة الغانية أن الرئيس كويسي أبواكو ونظيره التوغولي إيتيان كوفيغا أجريا محادثة هاتفية. "
     "وأوضح البيان الرئاسي أن المحادثة تناولت أمن الحدود، مضيفا أنهما اتفقا بدورهما على مواصلة التنسيق.",
     "اتفقا", {"كويسي أبواكو", "إيتيان كوفيغا"}),
    # a dual noun with the two persons named in apposition right after it: the persons speak, no unnamed group
    ("وقال الناشطان كريم داوود، مؤسس الحركة، وسمير حداد، عضو الائتلاف، إنهما مستمران في الاعتصام.",
     "وقال", {"كريم داوود", "سمير حداد"}),
    ("وكان المرشحان الخاسران في الجولة الماضية، كريم داوود وسمير حداد، قد دعوا مؤيديهما إلى انتخاب الرئيس.",
     "دعوا", {"كريم داوود", "سمير حداد"}),
])
def test_a_dual_speaks_for_two(nlp, text: str, cue: str, both: set[str]) -> None:
    found = speakers_at_cue(nlp, text, cue)
    speakers, forms = set(found), list(found.values())
    assert len(speakers) == 2 and all(any(normalize(n) in have for n in both) for have in forms), forms


@pytest.mark.parametrize("text, cue, each", [
    # a verb of hastening, its coordinated subjects (states), then إلى and a verbal noun of saying: each state speaks
    ("وسارعت النمسا والبرتغال واليونان إلى الاعتراف بالحكومة الجديدة، فيما أكدت السويد أنها تنتظر.",
     "الاعتراف", {"النمسا", "البرتغال", "اليونان"}),
    # "كل من" before a list of states
    ("واعترفت كل من النمسا والبرتغال واليونان بالحكومة الجديدة.", "واعترفت", {"النمسا", "البرتغال", "اليونان"}),
    # "الدول الثلاث" after a feminine verb: the three states the text listed before
    ("اجتمع وزراء خارجية النمسا والبرتغال واليونان في أثينا أمس. وأعلنت الدول الثلاث دعمها للحكومة الجديدة.",
     "وأعلنت", {"النمسا", "البرتغال", "اليونان"}),
    # after a masculine verb the counted states are its object: the one who warned them speaks
    ("وقال المستشار الألماني أولاف شولتس إن النمسا والبرتغال واليونان تتدخل في الشأن الداخلي وحذر الدول الثلاث "
     "من عواقب ذلك على الاتحاد.", "وحذر", {"أولاف شولتس"}),
    # the joint statement taken up later by its noun: each of its parties speaks again, not the last one alone
    ("وأعلنت النمسا والبرتغال، في بيان مشترك صدر أمس، اتفاقهما على فتح الحدود. وأكد البيان المشترك أن البلدين "
     "سيعقدان اجتماعا الشهر المقبل.", "وأكد", {"النمسا", "البرتغال"}),
    # "جاء في البيان المشترك": the parties of the joint statement named before, not the last one who spoke
    ("وأعلنت النمسا والبرتغال، في بيان مشترك صدر أمس، اتفاقهما على فتح الحدود. وقال وزير الداخلية النمساوي كارل "
     "برونر إن القرار يخدم المواطنين. وجاء في البيان المشترك أن البلدين سيعقدان اجتماعا الشهر المقبل.",
     "وجاء", {"النمسا", "البرتغال"}),
    # the counted states as the subject of a pluperfect, then a participle of manner: each state accuses
    ("اجتمع وزراء خارجية النمسا والبرتغال واليونان في أثينا أمس. وكانت الدول الثلاث قد استدعت سفراءها من "
     "بلغراد، متهمة إياها بخرق الاتفاق.", "متهمة", {"النمسا", "البرتغال", "اليونان"}),
])
def test_a_joint_statement_speaks_for_each(nlp, text: str, cue: str, each: set[str]) -> None:
    found = speakers_at_cue(nlp, text, cue)
    speakers, forms = set(found), list(found.values())
    assert len(speakers) == len(each) and all(any(normalize(n) in have for n in each) for have in forms), forms


def test_persons_after_a_plural_subject_that_go_on_to_the_verbs_complement_are_its_objects(nlp) -> None:
    # "ودعا المتظاهرون الرئيس فلان والوزير علان إلى": the persons are called on, the crowd speaks
    found = speakers_at_cue(nlp, "ودعا المتظاهرون الرئيس كريم داوود والوزير سمير حداد إلى الاستقالة.", "ودعا")
    forms = list(found.values())
    assert len(found) == 1 and not any(normalize("كريم داوود") in have for have in forms), forms


def test_the_first_line_is_the_headline_not_the_first_body_line(read) -> None:
    # one test for the speakers before a cue and for where a headline's clause ends (boundary)
    from kgbuild.extract.attribution.boundary import in_headline
    ctx = read("\nرئيس الهيئة يطالب بالحوار\n\nرئيس اللجنة وصل أمس.")
    heads = [t.i for t in ctx.doc if t.text == "رئيس"]
    assert in_headline(ctx, heads[0])        # blank lines before the headline do not count
    assert not in_headline(ctx, heads[1])    # the body's first word is on a line of its own


@pytest.mark.parametrize("text, cue, speaker", [
    ("أما حزب النهضة الوطني، الذي قاطع الاقتراع، فرأى رئيسه سمير حداد أن نسبة المشاركة مبالغ فيها.",
     "فرأى", "سمير حداد"),
    ("أما نقابة المعلمين، التي دعت إلى الإضراب، فاعتبرت رئيستها منى داوود أن الإضراب ناجح.", "فاعتبرت", "منى داوود"),
    ("أما حزب النهضة الوطني فرأى أن نسبة المشاركة مبالغ فيها.", "فرأى", None),   # no title after the verb
])
def test_the_named_head_of_a_topic_after_as_for(read, text: str, cue: str, speaker: str | None) -> None:
    from kgbuild.extract.attribution.speakers.fronted import named_head_of_topic
    ctx = read(text)
    found = named_head_of_topic(ctx, query(ctx, cue), Seen())
    if speaker is None:
        assert found is None or not isinstance(found, Speakers)
    else:
        assert normalize(speaker) in names(ctx, found)[0]
