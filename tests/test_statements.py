"""Statement extraction: one handmade Arabic sentence per construction, asserting speaker, cue,
content, targets and intermediaries."""
from __future__ import annotations

import pytest

from kgbuild.extract.document import extract_document
from kgbuild.records import DocumentRecord
from kgbuild.text import normalize


def run(nlp, text: str) -> DocumentRecord:
    return extract_document(nlp, "t.txt", text)


def label(rec: DocumentRecord, key: str) -> str:
    return normalize(rec.entities[key].label)


def speakers(rec: DocumentRecord) -> list[str]:
    return [label(rec, s.speaker) for s in rec.statements]


def has_form(rec: DocumentRecord, key: str, form: str) -> bool:
    return normalize(form) in {normalize(f) for f in rec.entities[key].forms | {rec.entities[key].label}}


CASES = [
    # (construction, text, speaker form, cue lemma, content must contain, about forms, via forms)
    ("VSO with title and name",
     "وقال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تدعم الحوار مع إيران.",
     "جان إيف لودريان", "قال", "تدعم الحوار", ["إيران"], []),
    ("SVO organization",
     "وزارة الداخلية العراقية أعلنت أن المحتجين اعتدوا على مقر الشرطة.",
     "وزارة الداخلية العراقية", "أعلن", "اعتدوا", ["المحتجين"], []),
    ("direct quote with guillemets",
     "وقال رئيس الوزراء البريطاني بوريس جونسون: «لن نقبل بهذا الاعتداء على أوكرانيا».",
     "بوريس جونسون", "قال", "لن نقبل بهذا الاعتداء", ["أوكرانيا"], []),
    ("call with addressee",
     "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس في السودان.",
     "أنطونيو غوتيريش", "دعا", "ضبط النفس", ["السودان"], []),
    ("condemnation by a country",
     "وأدانت فرنسا الهجوم على السفارة في بغداد.",
     "فرنسا", "أدان", "الهجوم", ["بغداد"], []),
    ("reported via an agency",
     "ونقلت وكالة رويترز عن وزير الدفاع التركي خلوصي أكار قوله إن القوات التركية لن تنسحب من سوريا.",
     "خلوصي أكار", "نقل", "لن تنسحب", ["سوريا"], ["رويترز"]),
    ("according to an agency",
     "وقال المتحدث باسم الخارجية الصينية وانغ وين بين إن بكين تعارض العقوبات على روسيا، بحسب وكالة شينخوا.",
     "وانغ وين بين", "قال", "تعارض العقوبات", ["روسيا"], ["شينخوا"]),
]


@pytest.mark.parametrize("name, text, speaker, lemma, content, about, via", CASES, ids=[c[0] for c in CASES])
def test_statement_construction(nlp, name, text, speaker, lemma, content, about, via) -> None:
    rec = run(nlp, text)
    assert rec.statements, "no statement found"
    st = next((s for s in rec.statements if has_form(rec, s.speaker, speaker)), None)
    assert st is not None, f"speaker {speaker} not found among {speakers(rec)}"
    assert normalize(st.cue_lemma) == normalize(lemma)
    assert content in st.quote
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    for a in about:
        assert normalize(a) in about_forms, f"{a} not among the targets"
    via_forms = [normalize(f) for k in st.via for f in rec.entities[k].forms | {rec.entities[k].label}]
    for v in via:
        assert normalize(v) in via_forms, f"{v} not among the intermediaries"


def test_several_speakers_share_one_cue(nlp) -> None:
    rec = run(nlp, "وأكد الرئيس الفرنسي إيمانويل ماكرون والمستشار الألماني أولاف شولتس أن الحل في أوكرانيا دبلوماسي.")
    assert len(rec.statements) == 2
    assert len({s.speaker for s in rec.statements}) == 2


def test_continuation_carries_the_previous_speaker(nlp) -> None:
    rec = run(nlp, "وقال رئيس الوزراء الكندي جاستن ترودو إن بلاده ستساعد. وأضاف أن المساعدات ستصل قريبا.")
    assert len(rec.statements) == 2
    assert rec.statements[0].speaker == rec.statements[1].speaker
    assert "المساعدات" in rec.statements[1].quote


def test_no_speaker_no_statement(nlp) -> None:
    rec = run(nlp, "وقال إن الوضع هادئ.")
    assert rec.statements == []


def test_offsets_point_into_the_text(nlp) -> None:
    text = "وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير في مالي."
    rec = run(nlp, text)
    st = rec.statements[0]
    assert text[st.cue_span[0]:st.cue_span[1]] == "قال"
    assert text[st.quote_span[0]:st.quote_span[1]] == st.quote
    assert "ماكرون" in text[st.speaker_span[0]:st.speaker_span[1]]


def test_stance_follows_the_speech_act(nlp) -> None:
    rec = run(nlp, "وأدانت مصر الهجوم على المدنيين في ليبيا. ورحبت تونس بالاتفاق بين الأطراف الليبية.")
    stances = {label(rec, s.speaker): s.stance for s in rec.statements}
    assert stances[normalize("مصر")] == "negative"
    assert stances[normalize("تونس")] == "positive"


MORE_CASES = [
    # (construction, text, speaker, cue lemma, content must contain, about, via, stance)
    ("SVO person", "الرئيس الأمريكي جو بايدن قال إن روسيا ارتكبت جرائم حرب في أوكرانيا.",
     "جو بايدن", "قال", "ارتكبت جرائم حرب", ["روسيا", "أوكرانيا"], [], "negative"),
    ("preposed quote", "«لن نتراجع عن دعم الشعب الفلسطيني»، قال وزير الخارجية التركي هاكان فيدان.",
     "هاكان فيدان", "قال", "لن نتراجع", ["الشعب الفلسطيني"], [], "positive"),
    ("unbalanced quote", "وقال رئيس الوزراء العراقي محمد شياع السوداني: \"إن الحكومة ماضية في الإصلاحات",
     "محمد شياع السوداني", "قال", "ماضية في الإصلاحات", [], [], "neutral"),
    ("according to, after the clause", "وقتل عشرة مدنيين في قصف على مدينة حلب، وفقا لوكالة الأنباء السورية سانا.",
     "سانا", "وفق", "قتل عشرة مدنيين", ["حلب"], [], "neutral"),
    ("participle continuation", "ورحبت قطر بالاتفاق بين الطرفين، مؤكدة أن الحوار هو السبيل الوحيد لحل الأزمة في السودان.",
     "قطر", "أكد", "الحوار هو السبيل الوحيد", ["السودان"], [], "neutral"),
    ("praise", "وأشاد الملك عبد الله الثاني بجهود مصر في التوصل إلى الهدنة.",
     "عبد الله الثاني", "أشاد", "بجهود مصر", ["مصر"], [], "positive"),
    ("statement issued, then continued", "وأعلن الكرملين في بيان أن المحادثات كانت بناءة. وجاء في البيان أن الطرفين اتفقا على مواصلة الاتصالات.",
     "الكرملين", "جاء", "اتفقا على مواصلة", [], [], "neutral"),
    ("negative target group", "واتهم وزير الداخلية الباكستاني محسن نقوي الإرهابيين بتنفيذ الهجوم على مسجد في بيشاور.",
     "محسن نقوي", "اتهم", "الإرهابيين", ["الإرهابيين"], [], "negative"),
    ("colon headline", "أردوغان للصحفيين: تركيا ستواصل محادثات الانضمام إلى الاتحاد الأوروبي\n\nقال الرئيس التركي إن بلاده مستعدة.",
     "أردوغان", ":", "ستواصل محادثات", ["تركيا"], [], "neutral"),
    ("on the tongue of", "وأكدت ماليزيا على لسان وزير خارجيتها محمد حسن أن المفاوضات مستمرة مع إندونيسيا.",
     "محمد حسن", "أكد", "المفاوضات مستمرة", ["إندونيسيا"], [], "neutral"),
    ("participle with its object", "وقال وزير الخارجية الكندي ميلاني جولي إن أوتاوا قلقة، مطالبة الأمم المتحدة بالتحقيق في الحادث.",
     "ميلاني جولي", "طالب", "الأمم المتحدة", ["الأمم المتحدة"], [], "neutral"),
    ("nationality adjective as a target", "وقال وزير الخارجية المصري سامح شكري إن الاعتداءات الإثيوبية على الحدود خطيرة. "
     "وأضاف أن إثيوبيا مطالبة بالحوار.", "سامح شكري", "قال", "الاعتداءات الإثيوبية", ["إثيوبيا"], [], "negative"),
    ("addressed group", "ودعا رئيس الوزراء الباكستاني شهباز شريف رجال الأعمال إلى الاستثمار في كراتشي.",
     "شهباز شريف", "دعا", "رجال الأعمال", ["رجال الأعمال"], [], "neutral"),
    ("the subject of a sentence with no statement carries on", "واستقبلت وزارة الخارجية الكويتية وفدا من البرلمان الأوروبي أمس. "
     "وقالت إن اللقاء تناول العلاقات مع المغرب.", "وزارة الخارجية الكويتية", "قال", "اللقاء تناول", ["المغرب"], [], "neutral"),
    ("given name that is also an ordinary word", "وقال وزير الخارجية الأردني أيمن الصفدي إن الزيارة مهمة. "
     "وأكد كريم الصفدي أن عمان ترحب بالوفد.", "الصفدي", "أكد", "ترحب بالوفد", [], [], "neutral"),
    ("sentence subject after an adjunct", "ومن جهته، استقبل وزير الخارجية القطري محمد الخليفي السفير الفرنسي. "
     "وقال إن العلاقات مع فرنسا متينة.", "محمد الخليفي", "قال", "العلاقات مع فرنسا", ["فرنسا"], [], "positive"),
    ("statements as what was condemned", "واستنكرت وزارة الخارجية الأردنية تصريحات نتنياهو.",
     "وزارة الخارجية الأردنية", "استنكر", "تصريحات نتنياهو", ["نتنياهو"], [], "negative"),
    ("a bare title by its head word", "وقال وزير الخارجية الياباني يوشيماسا هاياشي إن طوكيو قلقة. "
     "ومن جانبه أكد الوزير الياباني أن المحادثات مع سول ستستمر.", "يوشيماسا هاياشي", "أكد", "المحادثات مع سول", [], [], "neutral"),
    ("but he, continuing", "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. ولكنه أكد أن القرار لم يتخذ بعد.",
     "جاستن ترودو", "أكد", "القرار لم يتخذ", [], [], "neutral"),
    ("an unnamed official speaks for the body", "وقال مسؤول بوزارة الصحة الأردنية إن اللقاحات وصلت إلى إربد.",
     "وزارة الصحة الأردنية", "قال", "اللقاحات وصلت", [], [], "neutral"),
    ("a clause of names and a verb is what was said", "وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند تدعم الحكومة الصومالية.",
     "ناريندرا مودي", "قال", "الهند تدعم", ["الحكومة الصومالية"], [], "positive"),
    ("unnamed sources as a group", "وقالت مصادر طبية في غزة إن عشرين شخصا أصيبوا في القصف.",
     "مصادر طبية في غزة", "قال", "عشرين شخصا", [], [], "neutral"),
]


@pytest.mark.parametrize("name, text, speaker, lemma, content, about, via, stance", MORE_CASES,
                         ids=[c[0] for c in MORE_CASES])
def test_more_constructions(nlp, name, text, speaker, lemma, content, about, via, stance) -> None:
    rec = run(nlp, text)
    st = next((s for s in rec.statements if has_form(rec, s.speaker, speaker)
               and normalize(s.cue_lemma) == normalize(lemma)), None)
    assert st is not None, f"speaker {speaker} with {lemma} not found among {speakers(rec)}"
    assert content in st.quote
    assert text[st.quote_span[0]:st.quote_span[1]] == st.quote
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    for a in about:
        assert normalize(a) in about_forms, f"{a} not among the targets"
    via_forms = [normalize(f) for k in st.via for f in rec.entities[k].forms | {rec.entities[k].label}]
    for v in via:
        assert normalize(v) in via_forms
    assert st.stance == stance


def test_unnamed_source_speaks_as_a_group_and_does_not_inherit(nlp) -> None:
    rec = run(nlp, "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الحوار. وأكد مصدر مسؤول أن المفاوضات مستمرة.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال"), normalize("أكد")]
    assert rec.entities[rec.statements[1].speaker].type == "Group"


def test_statement_noun_names_its_issuer(nlp) -> None:
    rec = run(nlp, "وذكر بيان للرئاسة المصرية أن الرئيس عبد الفتاح السيسي تلقى اتصالا هاتفيا.")
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize("الرئاسة المصرية")]


def test_channel_addressed_is_an_intermediary_not_the_speaker(nlp) -> None:
    rec = run(nlp, "وفي تصريحات لقناة الجزيرة، أكد المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري أن الوساطة مستمرة.")
    assert len(rec.statements) == 1
    st = rec.statements[0]
    assert label(rec, st.speaker) == normalize("ماجد الأنصاري")
    assert [label(rec, v) for v in st.via] == [normalize("الجزيرة")]


def test_name_that_folds_onto_a_preposition(nlp) -> None:
    rec = run(nlp, "ونفى المتحدث باسم الحكومة الإيرانية علي بهادري جهرمي صحة هذه الاتهامات.")
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize("علي بهادري جهرمي")]


@pytest.mark.parametrize("text, speaker", [
    ("وقال ممثل المنظمة في اليمن أدهم إسماعيل إن الوضع الصحي حرج.", "أدهم إسماعيل"),
    ("ونفى المتحدث باسم التحالف العميد تركي المالكي هذه الاتهامات.", "تركي المالكي"),
    ("وأعربت الممثلة الأممية للشؤون الإنسانية ليز غراندي عن قلقها من نقص الوقود.", "ليز غراندي"),
    ("وقالت وزيرة الصحة في الحكومة اليمنية إشراق السباعي لوكالة الأنباء الفرنسية إن الوزارة تعمل مع الشركاء.",
     "إشراق السباعي"),
])
def test_unknown_people_introduced_by_titles(nlp, text: str, speaker: str) -> None:
    rec = run(nlp, text)
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize(speaker)]


def test_clause_linked_by_fiima_is_a_new_statement(nlp) -> None:
    rec = run(nlp, "واتهمت جماعة الحوثي التحالف بمنع دخول الأدوية، فيما نفى المتحدث باسم التحالف العميد تركي المالكي "
                   "هذه الاتهامات.")
    assert len(rec.statements) == 2
    assert "نفى" not in rec.statements[0].quote


def test_subject_with_a_relative_clause(nlp) -> None:
    rec = run(nlp, "توكاييف الذي ألقى خطابا ثانيا في غضون ساعات، ناشد منظمة معاهدة الأمن الجماعي، وهي تحالف عسكري "
                   "يضم روسيا وأرمينيا، مساعدة بلاده.")
    st = rec.statements[0]
    assert label(rec, st.speaker) == normalize("قاسم جومارت توكاييف")
    about = {label(rec, a) for a in st.about}
    assert normalize("منظمة معاهدة الأمن الجماعي") in about
    assert normalize("روسيا") not in about   # the writer's aside, not what was said


@pytest.mark.parametrize("text, speaker", [
    ("وقال المتحدث باسم ائتلاف دولة القانون عقيل الفتلاوي إن قرار المقاطعة يضر بالعملية السياسية.", "عقيل الفتلاوي"),
    ("أما المفوضية العليا المستقلة للانتخابات فأكدت في بيان أن الاستعدادات تجري.", "المفوضية العليا المستقلة للانتخابات"),
    ('"نحن مع أي قرار يحفظ وحدة العراق"، قال رئيس مجلس النواب محمد الحلبوسي في مؤتمر صحفي.', "محمد الحلبوسي"),
])
def test_bodies_and_topics_as_speakers(nlp, text: str, speaker: str) -> None:
    rec = run(nlp, text)
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize(speaker)]


def test_unnamed_official_does_not_inherit_the_last_speaker(nlp) -> None:
    rec = run(nlp, "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الحوار. "
                   "وأشاد السفير الأمريكي في بغداد بجهود المفوضية.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال")]


def test_quote_running_over_sentences_hides_its_verbs(nlp) -> None:
    rec = run(nlp, 'وقال المعارض الروسي غاري كاسباروف "هل يولي الغرب اهتماما؟ الحكام يدعمون الدكتاتوريات في العالم".')
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال")]


def test_plural_with_pronoun_as_collective_speaker(nlp) -> None:
    rec = run(nlp, "ويقول معارضوه إنه يملك قوة واسعة في العاصمة.")
    assert len(rec.statements) == 1
    speaker = rec.entities[rec.statements[0].speaker]
    assert speaker.type == "Group" and normalize(speaker.label) == normalize("معارضوه")


def test_a_dual_verb_after_two_names_has_both_for_speakers(nlp) -> None:
    rec = run(nlp, "وباريس وبرلين تدعوان إلى وقف القتال في السودان.")
    assert sorted(speakers(rec)) == sorted([normalize("باريس"), normalize("برلين")])
