"""Entity extraction on small handmade Arabic sentences: one pattern or variant each."""
from __future__ import annotations

import pytest

from kgbuild.extract.document import extract_document
from kgbuild.text import normalize


def entities(nlp, text: str) -> dict[str, tuple[str, set[str]]]:
    """normalised label -> (type, normalised forms)"""
    rec = extract_document(nlp, "t.txt", text)
    return {normalize(e.label): (e.type, {normalize(f) for f in e.forms}) for e in rec.entities.values()}


def find(ents: dict, form: str) -> tuple[str, set[str]] | None:
    n = normalize(form)
    return next((v for k, v in ents.items() if k == n or n in v[1]), None)


@pytest.mark.parametrize("text, form, type_", [
    ("وصل الوفد إلى روسيا أمس.", "روسيا", "Place"),
    ("اجتمع الوزراء في وروسيا وفرنسا.", "فرنسا", "Place"),
    ("قدمت المساعدة للحكومة العراقية.", "الحكومة العراقية", "Organization"),
    ("وقال الرئيس الفرنسي إيمانويل ماكرون إن الوضع خطير.", "إيمانويل ماكرون", "Person"),
    ("أعلنت وزارة الخارجية الروسية أن الوفد وصل.", "وزارة الخارجية الروسية", "Organization"),
    ("وقال المتحدث باسم الحكومة زيد العلي إن القرار نهائي.", "زيد العلي", "Person"),
    ("وتجمع المتظاهرون أمام البرلمان.", "المتظاهرون", "Group"),
    ("وقالت مصادر طبية إن عشرة جرحى نقلوا إلى المستشفى.", "مصادر طبية", "Group"),
    ("وقال مسؤولون عسكريون إن القصف استمر طوال الليل.", "مسؤولون عسكريون", "Group"),
    ("وقال مسؤولون في الأمم المتحدة إن المساعدات تأخرت.", "مسؤولون في الأمم المتحدة", "Group"),
    ("وأعلن مفاوضو الدول الأعضاء أنهم توصلوا إلى اتفاق.", "مفاوضو الدول الأعضاء", "Group"),
    ("وأعلنت منظمة الصحة العالمية حالة الطوارئ.", "منظمة الصحة العالمية", "Organization"),
    ("وأنقذ خفر السواحل اليوناني عشرين مهاجرا.", "خفر السواحل اليوناني", "Organization"),
    ("وقصف سلاح الجو مواقع المسلحين.", "سلاح الجو", "Organization"),
    ("وفرض حظر التجول في منطقة زارينوفسك.", "زارينوفسك", "Place"),
    ("واندلعت اشتباكات في حي الزهور شرق المدينة.", "حي الزهور", "Place"),
    ("وقال المتحدث باسم الحكومة هو سامي يوسف إن الاجتماع تأجل.", "سامي يوسف", "Person"),
    ("وقال فرج بوزقيبة وهو قائد ميداني إن القوات تقدمت.", "فرج بوزقيبة", "Person"),
    ("ووقع الاتفاق في مدينة الطائف.", "مدينة الطائف", "Place"),
])
def test_entity_found_with_type(nlp, text: str, form: str, type_: str) -> None:
    hit = find(entities(nlp, text), form)
    assert hit is not None, f"{form} not found"
    assert hit[0] == type_


def test_short_name_joins_full_name_in_a_document(nlp) -> None:
    ents = entities(nlp, "وقال رئيس الوزراء الهولندي مارك روته إن الحكومة مستعدة. وأضاف روته أن القرار نهائي.")
    persons = [v for v in ents.values() if v[0] == "Person"]
    assert len(persons) == 1 and normalize("روته") in persons[0][1]


def test_spelling_variants_of_a_full_name_merge(nlp) -> None:
    ents = entities(nlp, "قال الرئيس قاسم جومارت توكاييف إن الوضع هادئ. واتصل الرئيس قاسم جومرت توكاييف بنظيره.")
    persons = [v for v in ents.values() if v[0] == "Person"]
    assert len(persons) == 1


@pytest.mark.parametrize("text, short", [
    # a name written as one word with its given name, then the family name alone
    ("قال رئيس الوزراء الماليزي عبدالرزاق نجيب إن الانتخابات ستجرى في موعدها. وأضاف رزاق أن الحكومة مستعدة.",
     "رزاق"),
    # first and last name without the middle name
    ("وقال وزير المالية الكيني هنري كيبتو روتيتش إن الميزانية متوازنة. وأكد هنري روتيتش أن العجز تراجع.",
     "هنري روتيتش"),
])
def test_short_forms_join_the_full_name(nlp, text: str, short: str) -> None:
    persons = [v for v in entities(nlp, text).values() if v[0] == "Person"]
    assert len(persons) == 1 and normalize(short) in persons[0][1]


def test_a_kunya_after_a_name_is_another_form_of_it(nlp) -> None:
    ents = entities(nlp, "وقال القائد العسكري سالم حداد أبو علي إن الهدنة صامدة. وأضاف أبو علي أن الطريق مفتوح.")
    persons = [v for v in ents.values() if v[0] == "Person"]
    assert len(persons) == 1 and normalize("أبو علي") in persons[0][1]


def test_a_longer_form_joins_the_person_the_lexicon_knows(nlp) -> None:
    ents = entities(nlp, "وقال وزير الدولة للشؤون الخارجية الإماراتي أنور بن محمد قرقاش إن بلاده تدعم الحل. وأضاف قرقاش أن الحوار مستمر.")
    persons = [v for v in ents.values() if v[0] == "Person"]
    assert len(persons) == 1


def test_bare_government_is_the_one_named_last(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وانتقدت الحكومة الكينية الحكومة الصومالية. وقالت الحكومة إنها لن ترد.")
    last = max((m.start, e) for e in rec.entities.values() for m in e.mentions if e.type == "Organization")[1]
    assert normalize("الحكومة الصومالية") in {normalize(f) for f in last.forms}


def test_a_body_s_remit_is_part_of_its_name(nlp) -> None:
    ents = entities(nlp, "وقالت المفوضية العليا لشؤون الإغاثة إن المساعدات وصلت.")
    assert find(ents, "المفوضية العليا لشؤون الإغاثة") is not None


def test_nationality_adjective_alone_is_not_a_country_mention(nlp) -> None:
    ents = entities(nlp, "وقال الرئيس الروسي إن الأزمة انتهت.")
    assert find(ents, "روسيا") is None


def test_clitic_is_not_part_of_the_label(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وسافر الوفد إلى موسكو وبكين.")
    labels = {normalize(e.label) for e in rec.entities.values()}
    assert normalize("بكين") in labels and normalize("وبكين") not in labels


def test_known_actor_gets_wikidata_id(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال الرئيس الأمريكي جو بايدن إن بلاده ستدعم أوكرانيا.")
    biden = [e for e in rec.entities.values() if e.type == "Person"]
    assert biden and biden[0].wikidata == "Q6279"


@pytest.mark.parametrize("text, form", [
    ("وصل الوفد وروسيا.", "روسيا"),
    ("سافر الوزير بموسكو أمس.", "موسكو"),
    ("قدمت المساعدة لفرنسا.", "فرنسا"),
    ("فالصين ترفض ذلك.", "الصين"),
    ("كالعراق تماما.", "العراق"),
    ("وجهت الدعوة للجزائر.", "الجزائر"),
    ("وبالسعودية اجتمع الوزراء.", "السعودية"),
])
def test_every_proclitic_is_stripped(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    labels = {normalize(f) for e in rec.entities.values() for f in e.forms}
    assert normalize(form) in labels


def test_spelling_variants_of_a_place_are_one_entity(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "تظاهر الآلاف في ألماتي. وفي ألما آتا أغلقت المتاجر.")
    places = [e for e in rec.entities.values() if e.type == "Place"]
    assert len(places) == 1 and {normalize("ألماتي"), normalize("ألما آتا")} <= {normalize(f) for f in places[0].forms}


def test_role_is_recorded_with_its_country(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة للحوار مع روسيا.")
    lavrov = next(e for e in rec.entities.values() if e.type == "Person")
    assert any(normalize(r.title).endswith(normalize("وزير الخارجية")) for r in lavrov.roles)


def test_organization_named_with_and_without_its_head(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وأعلنت وزارة الخارجية الأردنية أن الوفد وصل. وقالت الخارجية الأردنية إن المحادثات بدأت.")
    orgs = [e for e in rec.entities.values() if e.type == "Organization"]
    assert len(orgs) == 1


def test_one_entity_across_documents_with_a_short_name() -> None:
    from kgbuild.build import records
    from kgbuild.inputs import Article
    from pathlib import Path
    arts = [Article(Path("a.txt"), "a.txt", "وقال رئيس الوزراء الهولندي مارك روته إن الحكومة مستعدة."),
            Article(Path("b.txt"), "b.txt", "وأكد روته أن القرار نهائي.")]
    recs = list(records(arts))
    key_a = next(k for k, e in recs[0].entities.items() if e.type == "Person")
    assert key_a in recs[1].entities


def test_groups_of_one_kind_are_one_referent_of_the_article(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "واشتبك المحتجون مع الشرطة. وقال المتظاهرين إنهم لن يغادروا.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and groups[0].kind == "protesters" and groups[0].key.startswith("group:protesters/")


def test_country_name_used_as_an_adjective_is_no_mention(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "استضافت العاصمة السعودية الرياض قمة عربية. ووصل الوفد إلى السعودية أمس.")
    places = {normalize(f) for e in rec.entities.values() if e.type == "Place" for m in e.mentions for f in [m.form]}
    assert normalize("الرياض") in places
    saudi = [e for e in rec.entities.values() if e.wikidata == "Q851"]
    assert saudi and len(saudi[0].mentions) == 1   # only "إلى السعودية", not "العاصمة السعودية"


def test_cognate_accusative_is_no_name(nlp) -> None:
    rec = extract_document(nlp, "t.txt", 'وقال ولي العهد إن المملكة "ترفض رفضا قاطعا" استمرار العمليات.')
    assert not any(normalize(e.label) == normalize("قاطعا") for e in rec.entities.values())
