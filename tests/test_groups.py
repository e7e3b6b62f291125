"""kgbuild.extract.groups: an unnamed group is a referent of its own article, or of the one country
the text ties it to; it keeps the label its article gives it and links to its kind."""
from __future__ import annotations

import pytest

from kgbuild.extract.document import apply_index, extract_document
from kgbuild.extract.resolve import CorpusIndex

# two articles of our own, each with "السلطات" of its own country speaking
NIGER = ("أعلنت السلطات في النيجر حظر التجول في العاصمة نيامي. وقالت السلطات إن الإجراء مؤقت.\n"
         "وقال المتحدث باسم الحكومة إن السلطات ستراجع القرار الأسبوع المقبل.")
PERU = ("قالت السلطات في بيرو إن الفيضانات أجبرت آلاف السكان على مغادرة منازلهم في ليما.\n"
        "وأضافت السلطات أن فرق الإنقاذ تعمل منذ الفجر.")
# a group tied to a country by a nationality adjective, in two articles
TIED_1 = "وقالت قوات الأمن التشادية إنها اعتقلت عشرة مسلحين قرب الحدود."
TIED_2 = "وأعلنت قوات الأمن التشادية أنها أغلقت الطريق الرئيسي إلى نجامينا."


def _groups(nlp, docs: dict[str, str]) -> dict[str, list]:
    index = CorpusIndex()
    out = {}
    for doc_id, text in docs.items():
        rec = apply_index(extract_document(nlp, doc_id, text), index)
        out[doc_id] = [e for e in rec.entities.values() if e.type == "Group"]
    return out


def test_the_authorities_of_two_articles_are_two_entities(nlp):
    groups = _groups(nlp, {"niger.txt": NIGER, "peru.txt": PERU})
    niger = [g for g in groups["niger.txt"] if g.kind == "authorities"]
    peru = [g for g in groups["peru.txt"] if g.kind == "authorities"]
    assert len(niger) == 1 and len(peru) == 1
    assert niger[0].key != peru[0].key
    # "السلطات في بيرو" ties them to the country; the label is a form the article gives them
    assert niger[0].label in ("السلطات", "السلطات في النيجر") and peru[0].label in ("السلطات", "السلطات في بيرو")


@pytest.mark.parametrize("text, forms", [
    # sources, or a state's authorities, "في" a known place: the phrase before the preposition names them too
    ("وقال دبلوماسيون غربيون في جنيف إن المحادثات متعثرة.", {"دبلوماسيون غربيون في جنيف", "دبلوماسيون غربيون"}),
    ("ودعت الوزيرة السلطات في كاراكاس إلى احترام الحريات.", {"السلطات في كاراكاس", "السلطات"}),
    # a one-word name the lexicon does not know after في is where they are, as a known place would be
    ("وقال سكان في كوريندا إن القصف استمر طوال الليل.", {"سكان في كوريندا", "سكان"}),
    # a common noun and its adjectives after في: where the sources work, which names them too
    ("ونقلت الإذاعة عن محللين في صناديق استثمارية أن الأسهم ستتراجع.", {"محللين في صناديق استثمارية", "محللين"}),
    # a partitive right before the group noun opens a name of it too
    ("وقال أحد المزارعين في كوريندا إن المحصول تلف.", {"أحد المزارعين", "المزارعين"}),
    # a source's relative clause declining to be named describes it: the phrase with it names the source too
    ("وقال مسؤول كندي طلب عدم الكشف عن هويته إن المفاوضات ستستأنف.",
     {"مسؤول كندي", "مسؤول كندي طلب عدم الكشف عن هويته"}),
    # the known name of the side a group takes names it too, with the participle's لـ
    ("وقال الوزير كريم حسن إن الميليشيات الموالية لإيران قصفت القاعدة.",
     {"الميليشيات الموالية", "الميليشيات الموالية لإيران"}),
    ("وحث الوزير كريم حسن القوى المؤيدة لأوروبا على التوحد قبل الاقتراع.", {"القوى المؤيدة", "القوى المؤيدة لأوروبا"}),
    # "other" after the group, in its definiteness, names it too
    ("وقال الوزير كريم حسن إن الأحزاب الأخرى رفضت الاقتراح.", {"الأحزاب", "الأحزاب الأخرى"}),
    # where an unnamed person of reportage is, of what origin or age, describes them too
    ("وقالت ممرضة في طرابلس إن المستشفى مكتظ.", {"ممرضة", "ممرضة في طرابلس"}),
    ("وقال شاب فرنسي من أصل جزائري للإذاعة إن الحي مهمش.", {"شاب فرنسي", "شاب فرنسي من أصل جزائري"}),
    ("وقالت امرأة في الستين من عمرها للإذاعة إن الحي مهمش.", {"امرأة", "امرأة في الستين من عمرها"}),
    # a source close to someone or informed on something is described by whom or what, with the preposition
    ("ونقلت الإذاعة عن مصدر مقرب من الأسرة أن الرحلة تأجلت.", {"مصدر مقرب", "مصدر مقرب من الأسرة"}),
    ("وقالت مصادر مطلعة على الملف إن الاتفاق بات وشيكا.", {"مصادر مطلعة", "مصادر مطلعة على الملف"}),
    ("ونقلت الإذاعة عن مصدر مقرب من مكتب حملته أن الموعد لم يحدد.", {"مصدر مقرب", "مصدر مقرب من مكتب حملته"}),
    # a common noun after في completed by a definite noun in the construct (or a chain of two) names them whole
    ("ورأى مسؤولون في قطاع الصيد البحري أن أسعار السردين سترتفع.", {"مسؤولون", "مسؤولون في قطاع الصيد البحري"}),
    ("وقالت ناشطات في مجال حماية الغابات إن الحرائق تتسع.", {"ناشطات", "ناشطات في مجال حماية الغابات"}),
    # any other group is named with where it is after في too (a common noun, a definite word, a known place)
    ("وقال باعة في أسواق الميناء العتيقة إن الزبائن قلة.", {"باعة", "باعة في أسواق الميناء العتيقة"}),
    ("وقال الوزير كريم حسن إن المسلمين في الأرياف يشعرون بالإقصاء.", {"المسلمين", "المسلمين في الأرياف"}),
    ("وقال الوزير كريم حسن إن المتقاعدين في تونس ينتظرون الزيادة.", {"المتقاعدين", "المتقاعدين في تونس"}),
    # the plural verb of a relative clause after an indefinite group (no relative pronoun), alone and with its
    # object noun, names the group too
    ("وقال أطباء يعالجون جرحى القصف إن الأدوية نفدت.", {"أطباء", "أطباء يعالجون", "أطباء يعالجون جرحى القصف"}),
    ("وقال بحارة نجوا من الغرق إن الموج كان عاليا.", {"بحارة", "بحارة نجوا"}),
    # the relative clause of a group a verb of saying calls on or advises, up to the preposition the call goes on with
    ("ودعا الوزير كريم حسن القوات التي تمركزت قرب الحدود إلى الانسحاب.",
     {"القوات", "القوات التي تمركزت قرب الحدود"}),
    ("ونصحت الوزارة السكان الذين يعانون أمراض القلب بالبقاء في منازلهم.",
     {"السكان", "السكان الذين يعانون أمراض القلب"}),
    # one unnamed source with two words read as its adjectives: the noun with its first one names it too (the second
    # may be the verb or participle of a clause that describes the person)
    ("وقال مراقب كندي حضر المزاد إن الأسعار جنونية.", {"مراقب كندي", "مراقب كندي حضر"}),
    ("ويعتقد دبلوماسي آسيوي مقيم في الميناء أن الرافعات قديمة.", {"دبلوماسي آسيوي", "دبلوماسي آسيوي مقيم"}),
    # unnamed sources in a body the lexicon does not know (named in guillemets), or in a definite word that may also be
    # a name ("المدينة"), are named with it too
    ("وقال مسؤولون في «الهيئة العليا» إن الانتخابات ستجرى في موعدها.", {"مسؤولون", "مسؤولون في «الهيئة العليا"}),
    ("وأكد سكان في المدينة أن المياه انقطعت منذ يومين.", {"سكان", "سكان في المدينة"}),
    # one unnamed source and the body it works in after في: a body's head noun with the words of its name, up to an
    # adjunct with a glued preposition or punctuation; or a name in guillemets
    ("وأفاد مسؤول في مكتب نائب المحافظ للإذاعة بأن الطريق سيفتح غدا.", {"مسؤول", "مسؤول في مكتب نائب المحافظ"}),
])
def test_a_group_tied_to_a_place_by_fi_is_named_with_and_without_it(nlp, text: str, forms: set[str]) -> None:
    rec = extract_document(nlp, "t.txt", text)
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and forms <= set(groups[0].forms)


@pytest.mark.parametrize("text, form", [
    # the body an unnamed source works in, after في: a body's head noun and the words of its name up to an adjunct
    # with a glued preposition or punctuation, or a name in guillemets; the source's mention names it with the body
    ("وأوضح مصدر في حزب اتحاد الفلاحين لإذاعة محلية أن الاجتماع تأجل.", "مصدر في حزب اتحاد الفلاحين"),
    ("وأضاف مسؤول في الإدارة المحلية للتلفزيون أن الطريق أغلق.", "مسؤول في الإدارة المحلية"),
    ("وقال قيادي في «تجمع الأحرار» إن المفاوضات متعثرة.", "قيادي في «تجمع الأحرار"),
])
def test_a_single_source_is_named_with_the_body_it_works_in(nlp, text: str, form: str) -> None:
    from kgbuild.extract.mentions.sources import source_subjects
    candidates = source_subjects(nlp(text))
    assert any(form in c.extra_forms for c in candidates)


def test_a_group_tied_to_a_country_is_one_entity_across_articles(nlp):
    groups = _groups(nlp, {"a.txt": TIED_1, "b.txt": TIED_2})
    first = [g for g in groups["a.txt"] if g.kind == "security_forces"]
    second = [g for g in groups["b.txt"] if g.kind == "security_forces"]
    assert first and second and first[0].key == second[0].key
    assert first[0].label == "قوات الأمن التشادية"


def test_groups_link_to_their_kind_in_rdf(nlp):
    from rdflib import Dataset
    from rdflib.namespace import DCTERMS, SKOS

    from kgbuild.rdf import add_document

    index = CorpusIndex()
    ds = Dataset()
    rec = apply_index(extract_document(nlp, "niger.txt", NIGER), index)
    add_document(ds, rec)
    quads = list(ds.quads((None, None, None, None)))
    kinds = {o for _, p, o, _ in quads if p == DCTERMS.type}
    assert kinds, "a group links to its kind"
    labels = {str(o) for s, p, o, _ in quads if s in kinds and p == SKOS.prefLabel}
    assert "authorities" in labels


def test_a_group_no_statement_involves_is_dropped(nlp):
    rec = extract_document(nlp, "t.txt", "وتفقد الوزير أحوال العمال في المصنع. وقال الوزير إن الأجور سترتفع قريبا.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


def test_a_group_the_article_names_again_and_again_is_kept(nlp):
    # no statement takes the workers, but the story follows them: named three times, they are an actor
    text = ("أضرب العمال في مصانع النسيج لليوم الثالث. واعتصم العمال أمام المصنع الرئيسي صباح الأحد.\n"
            "وقال الوزير كريم حسن إن الأجور سترتفع قريبا. وعاد بعض العمال إلى منازلهم مساء.")
    rec = extract_document(nlp, "t.txt", text)
    assert [e.kind for e in rec.entities.values() if e.type == "Group"] == ["workers"]


def test_casualties_counted_again_and_again_are_no_actor(nlp):
    text = ("ارتفع عدد القتلى في الفيضانات إلى عشرين. ونقل القتلى إلى مستشفى المدينة.\n"
            "وقال الوزير كريم حسن إن فرق الإغاثة تعمل بلا توقف. ودفن القتلى صباح الأحد.")
    rec = extract_document(nlp, "t.txt", text)
    assert "victims" not in {e.kind for e in rec.entities.values() if e.type == "Group"}


@pytest.mark.parametrize("text", [
    # a group completing a person's title before his name is his side, no actor (not even a standing party)
    "وهنأ الرئيس مرشح المعارضة كريم حسن على فوزه في الجولة الأولى.",
    "ونال الرئيس ستين بالمئة من الأصوات بينما نال مرشح المعارضة كريم حسن ثلثها.",
])
def test_a_group_completing_a_persons_title_is_no_group(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text, kind", [
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن بلاده ستستقبل اللاجئين في مراكز جديدة.", "refugees"),
    ("وأكد الوزير كريم حسن أن القصف أصاب المدنيين في الأحياء الشرقية.", "civilians"),
    ("وحذر الوزير كريم حسن من أن المستوطنين يوسعون البؤر في الضفة.", "settlers"),
    # forces tied to a country are its troops, a party
    ("وأكد الوزير كريم حسن أن القوات الفرنسية انسحبت من القاعدة.", "troops"),
    ("وأكد الوزير كريم حسن أن القوات الخاصة الفرنسية انسحبت من القاعدة.", "troops"),
    ("وأكد الوزير كريم حسن أن قوات النظام انسحبت من القاعدة.", "troops"),   # forces of an owner
    ("وأكد الوزير كريم حسن أن قوات بريطانية فرنسية مشتركة انسحبت من القاعدة.", "troops"),   # of two countries
    ("وأكد الوزير كريم حسن أن قوات إقليمية ستنتشر على الحدود.", "troops"),   # regional forces, like international ones
    # political camps of a conflict: Islamists and moderates are parties like extremists
    ("وقال الوزير كريم حسن إن الحكومة ستحاور الإسلاميين حول قانون الانتخابات البلدية.", "islamists"),
    # peoples of a region or civilisation, like nations
    ("وانتقد الوزير كريم حسن الغربيين لازدواجية المعايير.", "westerners"),
    # camps named by their place in power, and the outside parties a speaker accuses
    ("وطالب المعتصمون في الساحة برحيل الطبقة السياسية عن الحكم.", "ruling_class"),
    # the politicians at large, a camp blamed as the political class is
    ("وقال المعتصمون إنهم خرجوا لتذكير الساسة بوعودهم الانتخابية.", "politicians"),
    ("وقال الوزير كريم حسن إن أطراف خارجية تسعى إلى تأجيج الخلاف بين الجارتين.", "foreign_parties"),
    ("واتهم الوزير كريم حسن المعارضة بخدمة قوى أجنبية تطمع في ثروات البلاد.", "foreign_parties"),   # foreign powers
    # perpetrators of an attack are attackers
    ("وتوعد الوزير كريم حسن منفذي التفجير بعقاب صارم.", "attackers"),
    # states counted as one bloc: a definite plural of states with a definite cardinal
    ("وقال الوزير كريم حسن إن الدول الثلاث فرضت حصارا على البلاد.", "counted_states"),
    ("وأكد الوزير كريم حسن أن العلاقات بين البلدان الأربعة والعاصمة ستعود.", "counted_states"),
    # drug gangs and cartels are criminals, death squads armed groups
    ("وقال الوزير كريم حسن إن عصابات المخدرات تسيطر على الموانئ الجنوبية.", "criminals"),
    ("وقال الوزير كريم حسن إن الموانئ صارت مفتوحة أمام الكارتيلات.", "criminals"),
    ("واتهم الوزير كريم حسن فرق موت تابعة للميليشيات بخطف الناشطين.", "armed_groups"),
    # the political elite and the ruling system are the political class
    ("وحمّل الوزير كريم حسن المنظومة الحاكمة مسؤولية الفساد.", "ruling_class"),
    ("وقال الوزير كريم حسن إن النخب السياسية فقدت ثقة الشارع.", "ruling_class"),
    # a family named by the name after it, and the ruling family
    ("وقال الناشط كمال سعيد إن عائلة مونتالبان نهبت ثروة البلاد طوال عقود.", "ruling_family"),
    ("ودعا المعارض كمال سعيد عائلة مونتالبان إلى الرحيل.", "ruling_family"),   # the ruling house itself is a body (test_entities)
    # faith communities, parties of sectarian and religious-freedom news as the sects are
    ("وقال الوزير كريم حسن إن الهجمات على المسلمين تصاعدت هذا العام.", "muslims"),
    ("وأكد الأسقف كمال سعيد أن الحكومة لا تحمي المسيحيين من التمييز.", "christians"),
    # intelligence services named by their plural class noun, organs of security
    ("وقال الوزير كريم حسن إن أجهزة استخبارات غربية تقف وراء الاحتجاجات.", "intelligence"),
    ("وحذر الوزير كريم حسن من أن أجهزة المخابرات تراقب هواتف الصحفيين.", "intelligence"),
    # the capitals of a region stand for its governments: the Western capitals as the Western states, the
    # European or Arab capitals as the states of that region
    ("وقال الوزير كريم حسن إن العواصم الغربية تتابع الأزمة بقلق.", "international_community"),
    ("ويرى الباحث كمال سعيد أن العواصم الأوروبية تخشى موجة نزوح جديدة.", "regional_states"),
    # the labels of blame a speaker gives an unnamed adversary: instigators and infiltrators, occupiers, the corrupt
    ("وقال الوزير كريم حسن إن الشرطة ستلاحق المندسين بين المتظاهرين.", "agitators"),
    ("وأكد الوزير كريم حسن أن الحكومة لن تتهاون مع المحرضين على العنف.", "agitators"),
    ("وقال القائد كمال سعيد إن المقاومة ستطرد المحتلين من الأرض.", "occupiers"),
    ("وتعهد الرئيس كريم حسن بأن القضاء سيحاسب الفاسدين دون استثناء.", "the_corrupt"),
])
def test_the_parties_of_conflict_news_are_targets_wherever_named(nlp, text: str, kind: str) -> None:
    # civilians, refugees, displaced people, migrants, settlers and minorities are parties
    # to what is said about a conflict, not passing words like "العمال"
    rec = extract_document(nlp, "t.txt", text)
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert kind in about


def test_a_family_without_its_name_is_one_household_no_group(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الحكومة ستدعم أسرة الجندي.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text", [
    "وقال الوزير كريم حسن إن تأهيل القوات الخاصة سيبدأ في الربيع.",
    "وأكد الوزير كريم حسن أن الخطة تقضي بتشكيل قوات مهنية جديدة.",
])
def test_forces_tied_to_no_one_are_no_party(nlp, text: str) -> None:
    # bare "القوات" with a generic adjective names no actor of its own: no target
    rec = extract_document(nlp, "t.txt", text)
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text, named, bare", [
    # the kind has two affiliations in the text: the bare place noun says which
    ("وصل الوفد إلى مدينة حلب صباح اليوم. وقال سكان المدينة إن الماء شحيح، وأكد سكان دمشق أن الكهرباء "
     "مقطوعة، وقال سكان حلب إن الخبز نفد.", "سكان حلب", "سكان المدينة"),
    ("دعا رئيس ولاية كسلا إلى الهدوء. وقال ناخبو الولاية إنهم سيصوتون، وقال ناخبو الخرطوم إنهم غاضبون، "
     "وقال ناخبو كسلا إنهم ينتظرون.", "ناخبو كسلا", "ناخبو الولاية"),
], ids=["city", "state"])
def test_a_group_of_a_bare_place_noun_is_the_group_of_the_place_named_before(nlp, text, named, bare):
    groups = _groups(nlp, {"t.txt": text})["t.txt"]
    hit = next((g for g in groups if named in g.forms), None)
    assert hit is not None and bare in hit.forms and hit.label == named, [(g.key, g.forms) for g in groups]


@pytest.mark.parametrize("text, form, not_of", [
    # a definite word after the place noun says which place it is: not the city named before
    ("وصل الوفد إلى مدينة حلب صباح اليوم. وقال سكان المدينة القديمة إن الماء شحيح، وأكد سكان دمشق أن "
     "الكهرباء مقطوعة، وقال سكان حلب إن الخبز نفد.", "سكان المدينة", "aleppo"),
], ids=["adjective"])
def test_a_group_of_a_place_noun_with_an_adjective_is_no_group_of_the_place_named_before(nlp, text, form, not_of):
    groups = _groups(nlp, {"t.txt": text})["t.txt"]
    hit = next((g for g in groups if form in g.forms), None)
    assert hit is not None and not_of not in hit.key, [(g.key, g.forms) for g in groups]


def test_an_adjective_of_an_earlier_group_names_it_again(nlp):
    # "المتشددين" alone, after "المسلحين المتشددين", is the same group: one entity with both forms
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن المسلحين المتشددين هاجموا القرية ليلا. "
                                          "وأكد الوزير كريم حسن أن المتشددين فروا إلى الجبال.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and groups[0].kind == "militants"


def test_an_indefinite_adjective_of_an_earlier_group_names_it_again_with_the_article(nlp):
    # "المتشددين" after "مسلحين متشددين": the adjective, now definite, names the same group again
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن مسلحين متشددين هاجموا القرية ليلا. "
                                          "وأكد الوزير كريم حسن أن المتشددين فروا إلى الجبال.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and groups[0].kind == "gunmen", [(g.kind, g.forms) for g in groups]


def test_a_nationality_alone_names_the_people_not_an_earlier_group(nlp):
    # "العراقيين" alone, after "المسلحين العراقيين", are the Iraqis, not the gunmen again
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن المسلحين العراقيين هاجموا القرية ليلا. "
                                          "وأكد الوزير كريم حسن أن العراقيين يرفضون العنف.")
    assert {e.kind for e in rec.entities.values() if e.type == "Group"} == {"gunmen", "people"}


@pytest.mark.parametrize("text, people", [
    # a plural nationality after a person's name cannot qualify him (an adjective agrees in number): his object
    ("ودعا الوزير كريم الحسني الليبيين إلى «الهدوء والوحدة».", True),
    ("وحث رئيس الحزب سامي الدريدي التونسيين على «التحلي بالصبر».", True),
    # after a plural noun it is that noun's adjective, no people of their own
    ("وقال الخبراء الاقتصاديين المصريين إن «الوضع صعب».", False),
    # after a construct, it qualifies the construct's plural head ("مصدري الغاز الطبيعي")
    ("وقال الوزير كريم حسن إن الاتفاق «يخدم مصدري الغاز الطبيعي الأستراليين».", False),
])
def test_a_plural_nationality_after_a_singular_name_is_the_people(nlp, text: str, people: bool) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert any(e.kind == "people" for e in rec.entities.values() if e.type == "Group") == people


@pytest.mark.parametrize("text", [
    "وأكد الرئيس أن الشعب المالي يرفض أي تدخل أجنبي.",
    "وطالب الشعب المالي بإصلاحات سريعة.",
])
def test_a_country_named_like_its_adjective_ties_the_people_after_sha3b(nlp, text: str) -> None:
    # "المالي" is Malian after الشعب, though the word also means financial: no nisba table may hold it
    rec = extract_document(nlp, "t.txt", text)
    assert [e.key for e in rec.entities.values() if e.type == "Group"] == ["group:people@Q912"]


@pytest.mark.parametrize("text, key", [
    ("وطالبت منظمة العفو الدولية السلطات السعودية بنشر نتائج التحقيق.", "group:authorities@Q851"),
    ("وقالت السلطات السعودية إن الطريق سيفتح غدا.", "group:authorities@Q851"),
])
def test_a_country_named_like_its_feminine_adjective_ties_a_plural_in_at(nlp, text: str, key: str) -> None:
    # "السعودية" is the country's name, which the nisba table leaves out; after a plural in ات it is the adjective
    rec = extract_document(nlp, "t.txt", text)
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert [e.key for e in groups] == [key] and groups[0].label == "السلطات السعودية"


def test_a_country_named_like_its_feminine_adjective_after_persons_is_their_object(nlp) -> None:
    # after a plural of persons the adjective would be "السعوديين": the feminine is the country, the verb's object
    rec = extract_document(nlp, "t.txt", "واتهم المحتجون السعودية بالتدخل في شؤون بلادهم.")
    assert [e.key for e in rec.entities.values() if e.type == "Group"] == ["group:protesters/t_txt_5c5ed9"]


@pytest.mark.parametrize("text, key", [
    ("وقال مسؤولون جنوب أفريقيون إن الاتفاق صامد.", "group:officials@Q258"),
    ("وأكد الشعب الجنوب سوداني رفضه للحرب.", "group:people@Q958"),
    ("وقال الجنود الكوريون الجنوبيون إن الحدود هادئة.", "group:soldiers@Q884"),
])
def test_a_nationality_of_two_words_ties_the_group_to_its_country(nlp, text: str, key: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [e.key for e in rec.entities.values() if e.type == "Group"] == [key]


def test_a_relative_adjective_alone_names_persons_of_its_own(nlp):
    # "الإسلاميين" alone, after "المسلحين الإسلاميين", are the Islamists, not the gunmen again
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن المسلحين الإسلاميين هاجموا القرية ليلا. "
                                          "ودعا الوزير كريم حسن الإسلاميين إلى الحوار.")
    assert {e.kind for e in rec.entities.values() if e.type == "Group"} == {"gunmen", "islamists"}


@pytest.mark.parametrize("text", [
    # officials of two countries, then officials in a city: two groups, the first of no one affiliation
    "وصرح مسؤولون مصريون وسودانيون بأن المفاوضات مستمرة. وفي الجنوب، أكد مسؤولون في أسوان أن الطريق مغلق.",
    "وأكد خبراء ألمان وفرنسيون أن التقرير دقيق. وقال خبراء في القاهرة إن التقرير ناقص.",
])
def test_a_group_of_several_nationalities_takes_no_affiliation_from_another(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    speakers = {st.speaker for st in rec.statements}
    assert len(speakers) == 2 and all(rec.entities[k].type == "Group" for k in speakers)


def _group_forms(nlp, text: str) -> set[str]:
    from kgbuild.text import normalize
    rec = extract_document(nlp, "t.txt", text)
    return {normalize(f) for e in rec.entities.values() if e.type == "Group" for f in e.forms}


@pytest.mark.parametrize("text, form", [
    # an adjective in the noun's own case belongs to it; definiteness comes from the construct's last word
    ("وقال المزارعين المتضررين إن المحصول ضاع.", "المزارعين المتضررين"),
    ("وقال الناشطون المعتقلون إنهم تعرضوا للضرب.", "الناشطون المعتقلون"),
    # a participle of taking sides with its لـ complement names the side the group takes
    ("وقال ناشطون مؤيدون للإصلاح إن الشرطة اعتقلت العشرات.", "ناشطون مؤيدون للإصلاح"),
    ("وأكد رجال الدين المعتدلين أن الفتوى باطلة.", "رجال الدين المعتدلين"),
    # a relative adjective before a preposition is no participle with its complement
    ("وأعرب دبلوماسيون غربيون عن قلقهم من التصعيد على الحدود.", "دبلوماسيون غربيون"),
    # after a broken or feminine plural: a feminine participle, an elative, a numeral
    ("وقالت القوى المعارضة إن الانتخابات مزورة.", "القوى المعارضة"),
    ("وأعلنت القوى العظمى أنها ستعقد جولة جديدة.", "القوى العظمى"),
    ("وقال المسؤولون الثلاثة إن التحقيق مستمر.", "المسؤولون الثلاثة"),
    # nationalities, also coordinated and broken plurals without the article, then more adjectives
    ("وقال مسؤولون ألمان وفرنسيون إن القمة تأجلت.", "مسؤولون ألمان وفرنسيون"),
    ("وقال دبلوماسيون أتراك كبار إن الحدود ستفتح.", "دبلوماسيون أتراك كبار"),
    # coordinated adjectives belong to the group
    ("وقالت تيارات دينية وقبلية إن الإصلاحات متأخرة.", "تيارات دينية وقبلية"),
    # an indefinite head joined to its complement by لـ instead of the construct
    ("وأعلنت شرطة لمكافحة الشغب المحلية أنها وصلت إلى الملعب.", "شرطة لمكافحة الشغب المحلية"),
    # unnamed sources at a site in a known place
    ("وقالت مصادر في مستشفى بحلب إن عشرة جرحى وصلوا.", "مصادر في مستشفى بحلب"),
    ("وقال مسؤولون في سجن في حلب إن السجناء بخير.", "مسؤولون في سجن في حلب"),
    # two persons of a kind, with a nationality in the dual
    ("وقال مسؤولان أمريكيان إن المحادثات ستستأنف.", "مسؤولان أمريكيان"),
    # a plural nationality that modifies no noun names the people of the country
    ("وأكد الوزير كريم حسن أن الأتراك سيقررون مصيرهم.", "الأتراك"),
    ("وقال الرئيس كريم حسن إن السودانيين يرفضون التدخل الأجنبي.", "السودانيين"),
    # broken plurals and the adjectives of states that lacked them in the nationality table
    ("وأكد الوزير كريم حسن أن القبارصة سيقررون مصيرهم.", "القبارصة"),
    ("وقال مسؤولون تيموريون إن الانتخابات جرت بهدوء.", "مسؤولون تيموريون"),
    ("وقال مسؤولون هايتيون إن المساعدات وصلت.", "مسؤولون هايتيون"),
    # a collective noun that an adjective makes a group
    ("وحذر الوزير كريم حسن من أن عناصر متطرفة تخطط لهجمات.", "عناصر متطرفة"),
    ("وقالت الجمعيات الخيرية إن التبرعات تراجعت.", "الجمعيات الخيرية"),
    # a definite collective with a nationality: that country's groupings of the kind
    ("وقالت القوى العراقية إنها ترفض التمديد.", "القوى العراقية"),
    # "parties" (أطراف) with an adjective: the sides of a conflict or talks
    ("وحث المبعوث كريم حسن الأطراف السودانية على وقف القتال.", "الأطراف السودانية"),
    ("وقالت الأطراف المتفاوضة إن الجولة انتهت.", "الأطراف المتفاوضة"),
    # a plural with a possessive pronoun, definite: its adjectives have the article
    ("واتهم الرئيس كريم حسن منتقديه بتدبير المؤامرة.", "منتقديه"),
    ("وقال الرئيس كريم حسن إن معارضيه يكذبون.", "معارضيه"),
    ("وقال الرئيس كريم حسن إن سلطاتنا الأمنية تلاحق المسلحين.", "سلطاتنا الأمنية"),
    # an indefinite broken plural in the accusative
    ("لكن شهودا قالوا إن الشرطة أطلقت النار.", "شهودا"),
    # a sound plural in the construct state (its ن dropped) with its complement: a known place, a definite word
    ("وقال الوزير كريم حسن إن ناخبي بوليفيا سيختارون برلمانا جديدا.", "ناخبي بوليفيا"),
    ("وقال مواطنو المدينة إنهم يرفضون القرار.", "مواطنو المدينة"),
    # an adjective negated by غير
    ("وقال الوزير كريم حسن إن الجماعات المسلحة غير النظامية تهدد الأمن.", "الجماعات المسلحة غير النظامية"),
    # a kinship plural with a known place after it names the people of that place
    ("وقال الرئيس كريم حسن إن المساعدات ستصل إلى كل أبناء سوريا.", "أبناء سوريا"),
    # professions, faiths and political camps as kinds of people
    ("وقال الأطباء إن المستشفى يفتقر إلى الأدوية.", "الأطباء"),
    ("وأكد المحامون أن المحاكمة باطلة.", "المحامون"),
    ("وقال الإسلاميون إنهم سيقاطعون الانتخابات.", "الإسلاميون"),
    # parties to a conflict and political camps: kidnappers, enemies, supporters, fighters
    ("وأكد الوزير كريم حسن أن الخاطفين طلبوا فدية.", "الخاطفين"),
    ("واتهم النائب سامي فؤاد أعداءه بالتحريض.", "أعداءه"),
    ("وقال المؤيدون إن المرشح سيفوز.", "المؤيدون"),
    # professions and people of the news: investigators, inspectors, economists, paramedics, passengers
    ("وقال المحققون إن الحريق كان متعمدا.", "المحققون"),
    ("وأكد المفتشون أنهم لم يجدوا أسلحة.", "المفتشون"),
    ("وقال اقتصاديون إن التضخم سيتراجع.", "اقتصاديون"),
    ("وقال مسعفون إن الجرحى نقلوا إلى المستشفى.", "مسعفون"),
    ("وقال ركاب إن الطائرة اهتزت بقوة.", "ركاب"),
    # an indefinite broken plural in the construct: a definite complement, or a known place it is tied to
    ("وقال سكان القرية إن المياه انقطعت.", "سكان القرية"),
    ("وقال أهالي الحي إن المياه انقطعت.", "أهالي الحي"),
    ("وقال سكان حلب إن القصف توقف.", "سكان حلب"),
    # sects and peoples with no one country, also as the adjective of a group noun; sit-in protesters, snipers
    ("وقال الأكراد إنهم سيقاطعون التصويت.", "الأكراد"),
    ("وقال الزعماء الدروز إن الهدنة صامدة.", "الزعماء الدروز"),
    ("وقال المقاتلون الأكراد إنهم استعادوا التلة.", "المقاتلون الأكراد"),
    ("وقال المعتصمون إنهم لن يغادروا الساحة.", "المعتصمون"),
    ("وأكد الوزير كريم حسن أن القناصة انتشروا فوق الأسطح.", "القناصة"),
    ("وقالت الجالية السورية إنها تدعم المبادرة.", "الجالية السورية"),
    # a collective in construct with a doctrine is a group of the doctrine's followers, with its adjective
    ("وقال الوزير كريم حسن إن الجيش يطارد قوى الإرهاب في الجبال.", "قوى الإرهاب"),
    ("وقال الوزير كريم حسن إن الدولة تواجه حركات الإسلام الجهادي منذ سنوات.", "حركات الإسلام الجهادي"),
    # an indefinite noun with a definite complement of its own is the first link of a broken plural's construct
    ("ولكن خبراء سوق النفط يعتقدون أن الأسعار سترتفع.", "خبراء سوق النفط"),
    # a verbal noun in construct is the first link of the complement, no adjective of the group
    ("وقال مسؤولو إدارة الموانئ إن الرسوم سترتفع.", "مسؤولو إدارة الموانئ"),
    # rivals with a possessive, putschists, participants and shareholders are group nouns
    ("واتهم الرئيس كريم حسن خصومه بإشعال الفتنة.", "خصومه"),
    ("وقال الوزير كريم حسن إن الجيش طرد الانقلابيين من المدينة.", "الانقلابيين"),
    ("وقال المشاركون في الندوة إن التوصيات ستنشر.", "المشاركون"),
    ("وقال المساهمون إن الأرباح تراجعت.", "المساهمون"),
    # smugglers, pirates and killers are parties of conflict news; specialists and priests speak as groups
    ("وقال الوزير كريم حسن إن خفر السواحل اعتقل المهربين قرب الشاطئ.", "المهربين"),
    ("وقال الوزير كريم حسن إن القراصنة خطفوا سفينة شحن.", "القراصنة"),
    ("وقال الوزير كريم حسن إن الشرطة ستلاحق القتلة أينما كانوا.", "القتلة"),
    ("وقال المختصون إن المياه ملوثة.", "المختصون"),
    ("وقال القساوسة إن الكنيسة ستفتح أبوابها.", "القساوسة"),
    ("وقال المسلمون السنة في المدينة إنهم يرفضون العنف.", "المسلمون السنة"),
    # the six powers of multilateral talks are world powers; obstructors of a process are its opponents
    ("وقال الوزير كريم حسن إن المفاوضات مع القوى الست ستستأنف في جنيف.", "القوى الست"),
    ("وقال الوزير كريم حسن إن مجلس الأمن سيعاقب معرقلي الحوار الوطني.", "معرقلي الحوار الوطني"),
    # countries grouped by wealth or development are parties of climate and economy news
    ("وقال الوزير كريم حسن إن الدول النامية تدفع ثمن التلوث.", "الدول النامية"),
    # "the street" of a people or sect is its public
    ("وقال الكاتب سامي نور إن الشارع المصري غاضب من القرار.", "الشارع المصري"),
    ("وقال الوزير كريم حسن إن الشارع الكردي يرفض التقسيم.", "الشارع الكردي"),
    # "outside the law" is one lexicalised adjective, "outlaw": the group keeps it in its name
    ("وقال الوزير كريم حسن إن الجيش يطارد العصابات الخارجة عن القانون في الجبال.", "العصابات الخارجة عن القانون"),
    # the broken plural of a minority people or faith as an adjective of a group noun
    ("وقال المسيحيون الكاثوليك إن الكنيسة ستفتح أبوابها.", "المسيحيون الكاثوليك"),
    # the broken plural of a people as an adjective of a group noun
    ("وقال الوزير كريم حسن إن المهاجرين الأفارقة غرقوا قبالة السواحل.", "المهاجرين الأفارقة"),
    # a number of a crowd (عشرات، مئات، آلاف) before a definite plural is part of the group's phrase, with its
    # partitive من and a number of thousands before it; the noun alone names the group too
    ("وقال مئات المحتجين إن الحكومة فشلت في توفير الخبز.", "مئات المحتجين"),
    ("وقال مئات المحتجين إن الحكومة فشلت في توفير الخبز.", "المحتجين"),
    ("وقال الوزير كريم حسن إن الشرطة اعتقلت عشرات الآلاف من المحتجين.", "عشرات الآلاف من المحتجين"),
    ("وأكد لمئات الصحفيين أن المؤتمر سيعقد غدا. وقال الصحفيون إن القاعة صغيرة.", "مئات الصحفيين"),
    # a crowd counted roughly with its partitive (عشرات، مئات، آلاف من) is an actor, no figure of persons among a group
    ("وقال آلاف من أنصار حزب العمال إن الانتخابات مزورة.", "أنصار حزب العمال"),
    ("وهتف آلاف من مؤيدي المعارضة بأن الحكومة فاسدة. وقال مؤيدو المعارضة إن الانتخابات مزورة.", "مؤيدي المعارضة"),
    # a phrase of the table that opens with the crowd's number: its adjectives agree with the crowd counted, and the
    # crowd without the number names the group too
    ("وقال الوزير كريم حسن إن الشرطة فرقت مئات المتظاهرين الغاضبين مساء أمس.", "مئات المتظاهرين الغاضبين"),
    ("وقال الوزير كريم حسن إن الشرطة فرقت مئات المتظاهرين الغاضبين مساء أمس.", "المتظاهرين الغاضبين"),
    ("وقال آلاف المتظاهرين إن الحكومة فاسدة.", "المتظاهرين"),
    # families (الأسر, alone also "captivity") only after such a number
    ("وطالب عشرات الأسر بالحصول على تعويضات عن منازلهم.", "عشرات الأسر"),
    # a band of the crowd (مجموعة، حفنة، عدد) with its partitive opens the phrase too
    ("وقالت مجموعة من المعلمين في بيان إن الرواتب تأخرت.", "مجموعة من المعلمين"),
    ("وقالت مجموعات من المعلمين في بيان إن الرواتب تأخرت.", "مجموعات من المعلمين"),
    # commentators weigh in on the news as analysts and observers do, with a nationality after them
    ("وقال معلقون مصريون إن المباراة كانت مملة.", "معلقون مصريون"),
    # the phrase without an adjective that ties it to no one names the group too
    ("وقال صيادو الأسماك الغاضبون إن الشباك صودرت.", "صيادو الأسماك الغاضبون"),
    ("وقال صيادو الأسماك الغاضبون إن الشباك صودرت.", "صيادو الأسماك"),
    # a relative adjective coordinated with the one before it belongs to the group too
    ("وقال ناشطون حقوقيون وبيئيون إن المشروع يهدد القرية.", "ناشطون حقوقيون وبيئيون"),
    # a relational noun in construct with a name the lexicon does not know ends at the name: the definite word
    # after it is the verb's object, no adjective of the group
    ("وقال المرشح بيدرو غالاردو إن النتائج مزورة. واتهم أنصار غالاردو الحكومة بالتزوير.", "أنصار غالاردو"),
])
def test_group_span_takes_what_belongs_to_the_noun(nlp, text: str, form: str) -> None:
    from kgbuild.text import normalize
    assert normalize(form) in _group_forms(nlp, text)


@pytest.mark.parametrize("text, form", [
    # a plural participle of the group before a preposition and an indefinite noun (where or how the event
    # happened) names the group with it, with the number or partitive before the noun too
    ("وطالب نواب غاضبون في جلسة مسائية بتأجيل التصويت.", "نواب غاضبون"),
    ("وندد عدد من الوزراء السابقين في رسالة مفتوحة بقرار الرئيس.", "الوزراء السابقين"),
    ("وندد عدد من الوزراء السابقين في رسالة مفتوحة بقرار الرئيس.", "عدد من الوزراء السابقين"),
    ("وقال أحد المرشحين الخاسرين في مقابلة إذاعية إن النتائج مزورة.", "أحد المرشحين الخاسرين"),
])
def test_a_participle_before_a_preposition_names_the_group_with_it(nlp, text: str, form: str) -> None:
    from kgbuild.text import normalize
    assert normalize(form) in _group_forms(nlp, text)


@pytest.mark.parametrize("text, form", [
    # subject and object: the object's case differs from the subject's
    ("وهاجم المسلحون المدنيين في القرية، وقال الجنود إن المسلحين فروا.", "المسلحون المدنيين"),
    ("واتهم المتظاهرون المعتقلين بإثارة الشغب، وقال المتظاهرون إنهم سلميون.", "المتظاهرون المعتقلين"),
    # a feminine plural takes no masculine plural: the dual after it is another noun
    ("وقال الوزير كريم حسن إن جماعات مسلحة قريتين تتقاتل.", "جماعات مسلحة قريتين"),
    # a participle with its complement is a relative clause, not the group's name
    ("وناشدت الوزارة العمال الأجانب العاملين في المصانع العودة إلى أعمالهم.", "العمال الأجانب العاملين"),
    # "peoples" is generic, no nation as a collective
    ("وقال الرئيس كريم حسن إن الإرهاب يهدد الشعوب كلها.", "الشعوب"),
    # witnesses and sources after و are each a speaker of their own (mixed crowds of other nouns are one
    # group: test_two_indefinite_group_nouns_joined_by_wa_are_one_group); "other" says nothing of the group
    ("وقال شهود ومصادر طبية إن القصف استمر ليلا.", "شهود ومصادر"),
    ("وقال مسؤولين آخرين إن الوضع هادئ.", "مسؤولين آخرين"),
    # an imperfect verb is no adjective
    ("وقال الرئيس كريم حسن إن معارضيه يكذبون.", "معارضيه يكذبون"),
    # a masculine singular in bare ي agrees with no sound masculine plural: a masdar after a preposition
    ("وأقر مسؤولون بتلقي تحذيرات مسبقة من الهجوم.", "مسؤولون بتلقي"),
    ("وتعهد محققون بتحري الحقيقة كاملة.", "محققون بتحري"),
    # a conjunct that is a noun of its own is a group of its own
    ("وطالب الرئيس كريم حسن شيوخ القبائل والسياسيين بدعم المبادرة.", "شيوخ القبائل والسياسيين"),
    # a verb after an indefinite plural is no link of its construct, nor the head of a body's name
    ("وقال خبراء أكدوا الاتفاق إن الأسعار سترتفع.", "خبراء أكدوا الاتفاق"),
    ("وقال الوزير كريم حسن إن طلبة كلية الهندسة سيتخرجون في الصيف.", "طلبة كلية الهندسة"),
    # a time word after an indefinite plural is no construct complement
    ("وقال خبراء الثلاثاء إن الأسعار سترتفع.", "خبراء الثلاثاء"),
    ("وقال خبراء اليوم إن الأسعار سترتفع.", "خبراء اليوم"),
    ("وقال علماء الفلك اليوم إن المذنب سيقترب.", "علماء الفلك اليوم"),
    # the holders of a plural title speak for the country after it: the country is the actor
    ("وشكر الرئيس كريم حسن زعماء فرنسا على دعمهم.", "زعماء فرنسا"),
    # ministers in construct with their remit or their body speak for it; the ministers of a prime minister's
    # title are no group
    ("وأشاد وزراء خارجية المجموعة الأفريقية بجهود الوسطاء.", "وزراء خارجية"),
    ("وقال وزراء الحكومة الانتقالية إن الاتفاق سيوقع.", "وزراء الحكومة الانتقالية"),
    ("وقال الوزير كريم حسن إن رئيس الوزراء سيزور المدينة.", "الوزراء"),
    # a participle with its complement behind a glued preposition is a relative clause too
    ("وقال الوزير كريم حسن إن العقوبات تطال المسؤولين الإيرانيين المرتبطين بالبرنامج النووي.",
     "المسؤولين الإيرانيين المرتبطين"),
    # an elative after the doctrine belongs to the collective, not to the doctrine's name
    ("وقال الوزير كريم حسن إن الجيش يطارد قوى الإرهاب الأخرى في الجبال.", "قوى الإرهاب الأخرى"),
    # a preposition glued to the article is no adjective
    ("وقال الوزير كريم حسن إن دول فقيرة للغاية تحتاج الدعم.", "دول فقيرة للغاية"),
    # a body's head noun behind a single لـ is a name of its own, not cut into the side the group takes
    ("وقال ناشطون مؤيدون لحركة التغيير إن الشرطة اعتقلت العشرات.", "ناشطون مؤيدون لحركة"),
    # a street with any other adjective is a street
    ("وقال الوزير كريم حسن إن الحكومة أغلقت الشارع الرئيسي في المدينة.", "الشارع الرئيسي"),
    # a number in quote marks stands apart from the noun; الأسر alone is captivity, no group
    ('وقال الوزير كريم حسن إن “عشرات” المحتجين اعتقلوا.', "عشرات المحتجين"),
    ("وقال الوزير كريم حسن إن الجندي أمضى عامين في الأسر.", "الأسر"),
])
def test_group_span_stops_at_what_is_not_its_own(nlp, text: str, form: str) -> None:
    from kgbuild.text import normalize
    assert normalize(form) not in _group_forms(nlp, text)


def test_each_conjunct_the_call_opens_with_is_a_target(nlp):
    rec = extract_document(nlp, "t.txt", "ودعا وزير الداخلية أحمد سالم الطلاب والعمال والصحفيين إلى الحوار.")
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert {"students", "workers", "journalists"} <= about


@pytest.mark.parametrize("text, about", [
    # leaders a told clause opens with are the ones who acted in what it reports, no party it is about
    ("وقال الأمين العام سامي فارس إن القادة اتفقوا على إنشاء صندوق مشترك للطوارئ.", False),
    ("وأعلن المدعي العام سامي فارس أن المحققين استجوبوا عشرة شهود في مقر البلدية.", False),
    # addressed by a call, they are
    ("ودعا الأمين العام سامي فارس القادة إلى الإسراع في إنشاء صندوق مشترك للطوارئ.", True),
])
def test_leaders_a_told_clause_opens_with_are_no_target(nlp, text: str, about: bool) -> None:
    rec = extract_document(nlp, "t.txt", text)
    kinds = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert bool(kinds & {"leaders", "investigators"}) == about


@pytest.mark.parametrize("text, kind", [
    ("وقال وزير الإعلام أحمد سالم إن بعض الصحفيين الأجانب «ينشرون الأكاذيب».", "journalists"),   # some of
    ("ودعا وزير الزراعة أحمد سالم جميع المزارعين إلى ترشيد المياه.", "farmers"),              # all of
    ("وقال وزير التعليم أحمد سالم إن عددا من الطلاب فصلوا من الجامعة.", "students"),           # a number of
    ("وقال وزير الصحة أحمد سالم إن عدد المرضى ارتفع إلى مئة.", None),                         # a count, no party
    ("وأكد مسعفون أن معظم الضحايا نقلوا إلى مستشفى المدينة.", None),                          # casualties counted
])
def test_a_partitive_opening_the_content_passes_to_its_group(nlp, text: str, kind: str | None) -> None:
    rec = extract_document(nlp, "t.txt", text)
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert (kind in about) if kind else not about & {"students", "patients", "victims"}


@pytest.mark.parametrize("text, form", [
    ("وقال مصدر مطلع إن الاجتماع تأجل إلى الأسبوع المقبل.", "مصدر مطلع"),           # VSO
    ("وأكد شاهد عيان أن النيران اشتعلت في الطابق الثاني.", "شاهد عيان"),
    ("لكن دبلوماسيا غربيا قال إن المحادثات لم تحقق تقدما.", "دبلوماسيا غربيا"),     # SVO after لكن
    ("غير أن مسؤولا روسيا كبيرا قال إن المحادثات لم تحقق تقدما.", "مسؤولا روسيا كبيرا"),  # a nationality spelled as its country
    ("لكن مصدرا لبنانيا مطلعا قال إن الحكومة لن تستقيل.", "مصدرا لبنانيا مطلعا"),
    ("ويقول البعض إن الحكومة فشلت في إدارة الأزمة.", "البعض"),                   # "some" as a speaker
    ("وأكد سفراء غربيون أن الحوار سيستأنف قريبا.", "سفراء غربيون"),          # a plural title and a region
    ("وقال وزراء فرنسيون وألمان إن الاتفاق ممكن.", "وزراء فرنسيون وألمان"),    # and coordinated nationalities
    ("وصرح وزراء المالية الأوروبيون بأن العجز سيتقلص.", "وزراء المالية الأوروبيون"),  # with the office's remit
    ("وقال متعاملون إن أسعار القمح سترتفع.", "متعاملون"),                      # a plural agent noun
    ("وأكد منظمو المهرجان أن التذاكر نفدت.", "منظمو المهرجان"),               # in construct with its complement
    ("وقال الزائرون الأجانب إن الفنادق ممتلئة.", "الزائرون الأجانب"),          # the pattern فاعلون with the article
    ("وألغت البلدية القرار الذي وصفه مستأجرون بأنه ظالم.", "مستأجرون"),        # the verb with its object pronoun
    ("ورفعت البلدية الرسوم، وهو ما اعتبره كثيرون ظلما للسكان.", "كثيرون"),       # a source noun after it too
    ("ونقلت الإذاعة عن مقربين منه أنه سيستقيل.", "مقربين منه"),               # relayed: "نقلت X عن" an agent plural
    ("وقال ماريون لوفيفر إن الفيلم سيعرض قريبا.", None),                     # a name of that shape: no group
    # ordinary people a report quotes without a name speak as one of their group
    ("وقال ناخب أمام مركز الاقتراع إن الطوابير طويلة.", "ناخب"),
    ("وقالت متظاهرة للإذاعة إن الشرطة أغلقت الساحة.", "متظاهرة"),
    # after a feminine noun a word in ت opens a relative clause, no adjective of hers
    ("وقالت موظفة حكومية فقدت عملها للإذاعة إن الرواتب تأخرت.", "موظفة حكومية"),
    # investigators and lawyers a report relays, or one of them in the speech verb's slot
    ("ونقلت الإذاعة عن محققين قولهم إن المشتبه به اعترف.", "محققين"),
    ("وقالت محامية للصحيفة إن موكلها بريء.", "محامية"),
    # the outlet told, with its ل, after a noun in construct: no complement of the construct
    ("وقال سائق شاحنة لوكالة فرانس برس إن الطريق مغلق منذ يومين.", "سائق شاحنة"),
])
def test_a_single_unnamed_source_speaks_as_a_group(nlp, text: str, form: str | None) -> None:
    from kgbuild.text import normalize
    forms = _group_forms(nlp, text)
    assert (normalize(form) in forms) if form else not forms


@pytest.mark.parametrize("text, form", [
    ("وقالت الصحف إن الحكومة ستستقيل قبل نهاية الشهر.", "الصحف"),
    ("وذكرت صحف برتغالية أن المدرب سيرحل في الصيف.", "صحف برتغالية"),
    ("وأفادت وسائل إعلام محلية بأن الانفجار وقع قرب السوق.", "وسائل إعلام محلية"),
    ("وأكدت الصحافة الإيطالية أن الصفقة اكتملت.", "الصحافة الإيطالية"),
])
def test_the_press_speaks_as_a_group_of_journalists(nlp, text: str, form: str) -> None:
    from kgbuild.extract.document import extract_document
    from kgbuild.text import normalize
    rec = extract_document(nlp, "t.txt", text)
    speakers = [rec.entities[st.speaker] for st in rec.statements]
    assert any(e.type == "Group" and normalize(form) in {normalize(f) for f in e.forms} for e in speakers), speakers


@pytest.mark.parametrize("text", [
    "وتبقى السياحة مصدر الدخل الأول للبلاد، وقال الوزير كريم حسن إن الموسم واعد.",   # no speaking slot
    "وتعتبر الزراعة مصدر رزق لآلاف الأسر.",                                      # a feminine verb, masculine noun
    "وقال الوزير كريم حسن إن مسؤول الملف سيزور المدينة.",                          # inside what was said
    "وقرر مراقب الحسابات العام إحالة الملف إلى القضاء.",                             # a head in construct: an office
    "وقتل ثلاثة أشخاص وأصيب 12 آخرون بجروح، وقال الوزير كريم حسن إن التحقيق بدأ.",  # counted, no speaker
])
def test_a_single_source_noun_outside_a_speaking_slot_is_no_group(nlp, text: str) -> None:
    from kgbuild.text import normalize
    assert not any(normalize(f).startswith(("مصدر", "مسؤول", "اخرون")) for f in _group_forms(nlp, text))


def test_a_participle_with_its_complement_ends_the_group(nlp):
    forms = _group_forms(nlp, "وناشدت الوزارة العمال الأجانب العاملين في المصانع العودة إلى أعمالهم.")
    from kgbuild.text import normalize
    assert normalize("العمال الأجانب") in forms


@pytest.mark.parametrize("text, kind", [
    # persons counted are casualties or arrests, no actor
    ("وقال المتحدث باسم الجيش كريم حسن إن 4 جنود قتلوا في الهجوم.", "soldiers"),
    # also by a number word, or a number with و glued to it
    ("وقال المتحدث باسم الجيش كريم حسن إن الهجوم أدى إلى مقتل ضابط وأربعة جنود.", "soldiers"),
    ("وقال المتحدث باسم الجيش كريم حسن إن الهجوم أدى إلى مقتل ضابط و4 جنود.", "soldiers"),
    # fighters drawn from a known body act for it
    ("وقال الوزير كريم حسن إن مقاتلين من حركة حماس هاجموا الموقع.", "militants"),
    # a figure of persons among a group: "N من X"
    ("وقال الوزير كريم حسن إن المسلحين قتلوا 120 من مواطني البلدة.", "citizens"),
    # persons in construct with a known body speak for the body
    ("وقال قادة الاتحاد الأفريقي إن القمة ستعقد في موعدها.", "leaders"),
    # or with a body named again by its definite head noun: they lead that body
    ("وحثت المنظمة قادة التحالف على احترام حقوق الأقليات.", "leaders"),
    # or with a title holder: his forces act for him
    ("وقال الوزير كريم حسن إن قوات وزير الدفاع تتحمل المسؤولية.", "forces"),
    # the member states of a body are its members, not the international community
    ("وقالت منظمة التعاون الإسلامي إن الهجوم لا يخدم التضامن بين الدول الأعضاء في المنظمة.", "international_community"),
    # indefinite "معارضة" is the verbal noun "opposing", no camp
    ("وقال الوزير كريم حسن إن عدم معارضة فرنسا للخطة أمر مشجع.", "opposition"),
    # after a word that governs a verbal noun, the group noun's spelling is the verbal noun's: "following"
    ("وقال الوزير كريم حسن إن اللاعب عوقب لعدم اتباعه التعليمات.", "supporters"),
    # a group noun with "his" that names a thing of its owner: his powers
    ("وقال الوزير كريم حسن إن الرئيس مارس سلطاته وفق الدستور.", "authorities"),
    # people at large are no nation
    ("وقال الوزير كريم حسن إن الحكومة ستحذر الناس من الفيضانات.", "people"),
    # a nationality after a definite noun with a glued preposition is that noun's adjective
    ("وقال الوزير كريم حسن إن الحكومة ستمنح قروضا للمهندسين المصريين.", "people"),
    # a plural in ة that reads as a verb with "him" once ة is written ه is a group only with the article
    ("وقال الوزير كريم حسن إن الجار قتله بعد شجار.", "attackers"),
    # a verb with "her, it" spelled like a plural in ة with the accusative's alef: "led it", "spent it"
    ("وقال الوزير كريم حسن إن الحملة التي قادها نجحت.", "leaders"),
    ("وقال الوزير كريم حسن إن العطلة التي قضاها في الريف كانت هادئة.", "judges"),
    # a nationality in the dual is two persons, no people
    ("وقال الوزير كريم حسن إن الأميركيان جون سميث وبيتر براون فازا بالجائزة.", "people"),
    # the countries of the world at large are no party: no target where they are only named
    ("وقال الوزير كريم حسن إن بلاده تحتل المرتبة الأولى بين دول العالم في تصدير التمور.", "world_countries"),
    # a plural of kin with a pronoun is one's own family, no group
    ("وقال الوزير كريم حسن إنه سيقضي العطلة مع أطفاله في الريف.", "children"),
    ("وقالت الممثلة سلمى نور إن الأمهات يعرفن أطفالهن أكثر من غيرهن.", "children"),
    # a sound plural with a body glued to the preposition after it: members who act for the body
    ("وقال الوزير كريم حسن إن مسلحين لحركة حماس هاجموا الموقع.", "gunmen"),
    # a people of a region after a noun with a pronoun is its adjective, as a nationality is
    ("وطالب الوزير كريم حسن نظراءه الأوروبيين بالتضامن مع اليونان.", "europeans"),
    # the facets of a state listed after its name (tamyiz): its people is the state's, no group of its own
    ("وأكد الوزير كريم حسن تضامن بلاده الكامل مع اليونان حكومة وشعبا.", "people"),
    # "outside hands" is a metaphor the text most often says whose they are, no group of foreign parties
    ("وقال الوزير كريم حسن إن أيادي خارجية تعبث باستقرار البلاد.", "foreign_parties"),
    # the political forces at large quantified as all of them are the whole field of politics, no party
    ("ودعا الرئيس كريم حسن جميع القوى السياسية إلى الحوار.", "factions"),
    ("ودعت الوزارة القوى السياسية كافة إلى التهدئة.", "factions"),
    # a state's own nationals, named by the noun with the feminine owner's pronoun alone, are named in passing
    ("ونصحت الوزارة الإيطالية رعاياها بمغادرة البلاد فورا.", "citizens"),
    ("وقال الوزير كريم حسن إن الحكومة ستحمي مصالح مواطنيها في الخارج.", "citizens"),
    # the speaker's own followers before whom or to whom a speech is given are its audience, named in passing
    ("وقال المرشح كريم حسن أمام حشد من أنصاره إن الحكومة فاسدة.", "supporters"),
    ("وخاطب الرئيس كريم حسن مؤيديه من الشرفة قائلا إن المعركة لم تنته.", "supporters"),
    ("وقال المرشح كريم حسن لأنصاره: «المعركة لم تنته بعد».", "supporters"),
    # a leader's or state's own people, the noun with its owner's pronoun alone, is named in passing
    ("وقال الرئيس كريم حسن إنه يفخر بإنجازات شعبه.", "people"),
    ("وقالت الوزارة إن الحكومة تعمل من أجل رخاء شعبها.", "people"),
    # an owner's own delegates, observers or staff, the noun with the owner's pronoun alone, are named in passing
    ("وأكد الحزب أن مندوبيه طردوا من لجان الفرز.", "delegates"),
    ("وحذرت الشركة من أن أي هجوم على موظفيها سيدفعها إلى مغادرة البلاد.", "workers"),
    ("وقال المرشح كريم حسن إن مراقبيه سجلوا تجاوزات خطيرة.", "experts"),
    # "the people" in a fixed phrase of political language ("إرادة الشعب", "باسم الشعب") is no people acting
    ("ودعا الوزير كريم حسن جميع الأطراف إلى النزول عند إرادة الشعب.", "people"),
    ("وقال الرئيس كريم حسن إن على الجيش الخضوع لإرادة الشعب اليوناني.", "people"),
    # supporters with their owner's pronoun alone, named otherwise than as those it calls on, are named in passing
    ("وقال المرشح كريم حسن إن مناصريه تعرضوا لمضايقات من الشرطة.", "supporters"),
    ("وقال الحزب إنه لا يتحمل مسؤولية ما يكتبه أنصاره على الإنترنت.", "supporters"),
    # the opposition as the role a party takes after a vote (being, staying or moving in it, leading it) is no group
    ("وقال رئيس الحزب كريم حسن إن حزبه سيبقى في صفوف المعارضة ولن يشارك في الحكومة.", "opposition"),
    ("وقال رئيس الحزب كريم حسن إن حزبه سيقود المعارضة في البرلمان الجديد.", "opposition"),
    # "المعارضة" as the participle "opposing", the adjective of a name in brackets, a non-human plural, a party's
    # head noun or a title before a person's name, is no opposition acting
    ("وأعلنت حركة التجديد الوطني (تجديد) المعارضة أنها ستقاطع الانتخابات المحلية.", "opposition"),
    ("وقالت المنظمة إن القانون الجديد يهدف إلى إسكات الأصوات المعارضة في البلاد.", "opposition"),
    ("ورأى الناطق باسم الجبهة المعارضة كريم حسن أن الموازنة غير واقعية.", "opposition"),
    ("وانتقدت النائبة المعارضة ليلى كريم قرار الحكومة رفع أسعار الوقود.", "opposition"),
    # the plural of "responsible" before عن is whoever did the deed, no officials
    ("وقال الوزير كريم حسن إن الهجوم مدبر وإن المسؤولين عنه سيحاكمون.", "officials"),
    ("ودعا الوزير كريم حسن إلى محاسبة المسؤولين عن أعمال العنف.", "officials"),
    # hostages named inside what is said are the tally of a hostage-taking, no party the statement is about
    ("وقال الوزير كريم حسن إن المسلحين احتجزوا رهائن داخل الفندق لساعات قبل فرارهم.", "hostages"),
    # military men at large, named inside what is said, are no party the statement is about (unlike soldiers)
    ("وقال الوزير كريم حسن إن الحكومة سترفع رواتب العسكريين والمعلمين العام المقبل.", "servicemen"),
    # opponents with their owner's pronoun alone, after a preposition or a noun, are the owner's rivals in passing
    ("وقال الوزير كريم حسن إن الرئيس بعث برسالة طمأنة إلى خصومه في البرلمان.", "opponents"),
    ("وقال المحلل كمال سعيد إن الحكومة سحبت البساط من تحت أقدام أعدائها.", "opponents"),
    # soldiers right after a verb or verbal noun of deploying, maybe counted roughly, are what is deployed
    ("وقال الوزير كريم حسن إن الجيش نشر جنودا لفرض حظر التجول.", "soldiers"),
    ("وقال الوزير كريم حسن إن الحكومة أمرت بنشر مئات الجنود في المحطات.", "soldiers"),
    # fighters in construct with a body named again by its head noun fight for that body, as its leaders lead it
    ("وقال الناطق باسم الحكومة سامر داود إن مقاتلي الحركة انسحبوا من القرى الجبلية.", "militants"),
])
def test_no_group_where_the_noun_is_counted_or_a_body_speaks(nlp, text: str, kind: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert not [e for e in rec.entities.values() if e.type == "Group" and e.kind == kind]


@pytest.mark.parametrize("text", [
    # after a state institution or a person that is the subject of a verb, "المعارضة" is its object: the camp
    "ووصفت الحكومة المعارضة بأنها غير مسؤولة.",
    "واتهم الرئيس كريم حسن المعارضة بالتحريض على العنف.",
])
def test_the_opposition_after_a_subject_is_the_camp(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [e for e in rec.entities.values() if e.type == "Group" and e.kind == "opposition"]


@pytest.mark.parametrize("text", [
    # right after a verb of saying or accusing, the owner's opponents speak or are the ones accused: a group
    "أعلن الرئيس كريم حسن تأجيل الانتخابات، وهو قرار وصفه خصومه بأنه تلاعب بالدستور.",
    "وندد الرئيس كريم حسن بالحملة، متهما خصومه بإثارة الفتنة بين الطوائف.",
])
def test_own_opponents_after_a_verb_of_saying_stay_a_group(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert "opponents" in {e.kind for e in rec.entities.values() if e.type == "Group"}


def test_persons_in_construct_with_a_body_speak_as_the_body(nlp):
    rec = extract_document(nlp, "t.txt", "وقال قادة الاتحاد الأفريقي إن القمة ستعقد في موعدها.")
    assert [rec.entities[st.speaker].wikidata for st in rec.statements] == ["Q7159"]


@pytest.mark.parametrize("text, speaker", [
    # officials "in" a country are its state speaking, relayed or not
    ("ونقلت وكالة رويترز عن مسؤولين في باكستان قولهم إن الاتفاق سيوقع قريبا.", "Q843"),
    ("وقال مسؤولون في تونس إن الاتفاق سيوقع قريبا.", "Q948"),
])
def test_officials_in_a_country_speak_as_the_country(nlp, text: str, speaker: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [rec.entities[st.speaker].wikidata for st in rec.statements] == [speaker]
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text", [
    # officials of a nationality, or in a province, stay a group of persons
    "وقال مسؤولون باكستانيون إن الاتفاق سيوقع قريبا.",
    "وقال مسؤولون في هلمند إن الاتفاق سيوقع قريبا.",
])
def test_officials_of_a_nationality_or_a_province_stay_a_group(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [e.kind for e in rec.entities.values() if e.type == "Group"] == ["officials"]


def test_the_putschists_are_the_military_men_named_before(nlp):
    rec = extract_document(nlp, "t.txt", "وأعلن عسكريون في البلاد استيلاءهم على السلطة. وقال الانقلابيون إن الرئيس "
                                         "قيد الإقامة الجبرية.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and {"عسكريون", "الانقلابيون"} <= set(groups[0].forms)


def test_putschists_with_no_military_men_named_are_a_group_of_their_own(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الانقلابيين يهددون البلاد.")
    assert [e.kind for e in rec.entities.values() if e.type == "Group"] == ["putschists"]


def test_analysts_and_observers_are_two_sources(nlp):
    rec = extract_document(nlp, "t.txt", "وقال محللون إن الأسواق ستتعافى قريبا. ورأى مراقبون أن الحكومة أخطأت في "
                                         "تقدير الأزمة. وأضاف المحللون أن الثقة ستعود.")
    experts = [e for e in rec.entities.values() if e.type == "Group" and e.kind == "experts"]
    assert len(experts) == 2 and {"مراقبون"} in [set(e.forms) for e in experts]
    assert any({"محللون", "المحللون"} <= set(e.forms) for e in experts)


def test_the_gunmen_attackers_and_kidnappers_of_one_article_are_one_group(nlp):
    rec = extract_document(nlp, "t.txt", "وقال مسلحون في بيان إنهم يحتجزون عشرين نزيلا في الفندق. واتهمت الشرطة "
                                         "المهاجمين بقتل حارسين. وقال الوزير كريم حسن إن الخاطفين سيحاسبون.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and groups[0].kind == "gunmen" and {"مسلحون", "المهاجمين", "الخاطفين"} <= set(groups[0].forms)


def test_a_states_nationals_with_a_number_are_a_group(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الحكومة تجهل أسباب اختطاف رعاياها الأربعة في الصحراء.")
    assert [e.kind for e in rec.entities.values() if e.type == "Group"] == ["citizens"]


def test_the_complement_of_a_construct_named_again_is_no_group_named_again(nlp):
    rec = extract_document(nlp, "t.txt", "وقال أنصار المعارضة إن الانتخابات مزورة. وقالت المعارضة إن النتائج باطلة.")
    kinds = {e.kind: e.forms for e in rec.entities.values() if e.type == "Group"}
    assert set(kinds) == {"supporters", "opposition"} and "المعارضة" not in kinds["supporters"]


def test_a_call_to_ones_followers_keeps_them_a_group(nlp):
    rec = extract_document(nlp, "t.txt", "ودعا الزعيم كريم حسن أنصاره إلى الهدوء.")
    assert [e.kind for e in rec.entities.values() if e.type == "Group"] == ["supporters"]


def test_a_call_with_a_participle_to_ones_followers_keeps_them_a_group(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الزعيم كريم حسن إن الانتخابات مزورة، مطالبا مؤيديه بالاعتصام.")
    assert "supporters" in [e.kind for e in rec.entities.values() if e.type == "Group"]


def test_a_possessed_plural_takes_the_kind_of_its_definite_phrase(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الرئيس كريم حسن إن سلطاتنا الأمنية تلاحق المسلحين.")
    assert {e.kind for e in rec.entities.values() if e.type == "Group"} == {"security_forces", "gunmen"}


def test_a_nationality_after_its_noun_is_its_adjective_not_a_people(nlp):
    rec = extract_document(nlp, "t.txt", "وقال المسؤولون اليمنيون إن الهدنة صامدة.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert [g.kind for g in groups] == ["officials"]


def test_a_group_tied_to_a_country_is_a_target_anywhere_in_what_was_said(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الحكومة ستسهل دخول المستثمرين الفرنسيين إلى السوق.")
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert "investors" in about


def test_investors_are_a_party_of_economy_news_anywhere_in_what_was_said(nlp):
    # no call opens with them, no country ties them: the parties of the markets a speaker reassures
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الإصلاحات الجديدة ستعيد ثقة المستثمرين بالاقتصاد.")
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert "investors" in about


def test_emigrants_are_their_countrys_diaspora_a_party_anywhere_in_what_was_said(nlp):
    # a country's own community abroad, not foreigners; the votes they cast make them a party of election news
    rec = extract_document(nlp, "t.txt", "وقال المرشح كريم حسن إنه فاز بفضل أصوات المغتربين التي رجحت الكفة.")
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert "diaspora" in about


def test_the_addressee_in_quote_marks_is_a_target(nlp):
    rec = extract_document(nlp, "t.txt", "ودعا الرئيس كريم حسن «رجال الأعمال» إلى الاستثمار في البلاد.")
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert "businessmen" in about


def test_an_owned_group_is_a_target_anywhere_in_what_was_said(nlp):
    rec = extract_document(nlp, "t.txt", "وحمل الوزير كريم حسن الحكومة مسؤولية الهجوم على مواطنينا.")
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert "citizens" in about
    assert "officials" not in about  # "مسؤولية" ends in the feminine ة: no "مسؤولي" + pronoun


def test_the_place_a_group_is_of_is_a_target_too(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن ناخبي بوليفيا سيختارون برلمانا جديدا.")
    about = {rec.entities[k].type for st in rec.statements for k in st.about if k in rec.entities}
    assert {"Group", "Place"} <= about


def test_a_group_called_foreign_takes_no_country_of_its_kind(nlp):
    rec = extract_document(nlp, "t.txt", "وأكد الوزير كريم حسن أن الحكومة تحمي المواطنين الأتراك. "
                                         "وحذرت الشرطة المواطنين الأجانب من السفر إلى الجنوب.")
    forms = [e.forms for e in rec.entities.values() if e.type == "Group" and e.kind == "citizens"]
    assert len(forms) == 2, forms


@pytest.mark.parametrize("text", [
    "وقالت نقابة المحامين إن المحاكمة باطلة.",
    "وأعلن اتحاد الصحفيين أنه سيضرب عن العمل غدا.",
    "وأعلنت جماعة «المتطوعون» أنها ستوزع الغذاء على الأسر.",   # the body's name in quote marks
])
def test_a_group_noun_completing_a_body_name_is_no_group(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text, kind", [
    # a sound plural that keeps its ن is in no construct: the body after it is the verb's object
    ("واتهم معارضون الحكومة بتزوير نتائج الاقتراع.", "opposition"),
    # a nominative plural after a head noun that is also a verb is its subject, no complement of a body's name
    ("وتجمع المحتجون أمام الوزارة، وطالبوا الحكومة بفتح تحقيق.", "protesters"),
    # plural nouns of persons of the news: women, engineers, users of social media, rescuers, tourists,
    # retirees, children
    ("وقالت نساء إن الجنود اقتحموا البيوت ليلا.", "women"),
    ("وقال المهندسون إن الجسر يحتاج إلى صيانة عاجلة.", "engineers"),
    ("وقال رواد مواقع التواصل الاجتماعي إن المقطع مفبرك.", "netizens"),
    ("وقال عمال الإنقاذ إن الناجين نقلوا إلى المستشفى.", "rescuers"),
    ("ويشكو السياح من غلاء الفنادق في الجزيرة.", "tourists"),
    ("وطالب المتقاعدون برفع المعاشات قبل الشتاء.", "retirees"),
    ("وقال الأطفال إن المدرسة أغلقت أبوابها منذ شهر.", "children"),
    # "figures" with an adjective, a collective head
    ("وقالت شخصيات دينية إن الحوار هو السبيل الوحيد.", "notables"),
    # "many" with the article as the subject of a verb of saying
    ("وتوقع الكثيرون أن يفوز الفريق بالكأس.", "others"),
    ("ويقول الأوروبيون إن المعاهدة التجارية لم تعد تنفعهم.", "europeans"),
    # peoples and faiths of minority news, as Kurds and Druze are
    ("وقال الأمازيغ إنهم يرفضون القانون الجديد.", "amazigh"),
    ("وقال البهائيون إن السلطات أغلقت مدارسهم.", "bahais"),
    # more persons of the news and political camps: unionists, depositors, exporters, Baathists
    ("وقال النقابيون إن الإضراب سيستمر حتى نهاية الشهر.", "unionists"),
    ("وقال المودعون إن المصارف تحتجز أموالهم منذ عامين.", "depositors"),
    ("وقال المصدرون إن الرسوم الجديدة ستضر بالتجارة.", "traders"),
    ("وقال البعثيون إنهم سيقاطعون الانتخابات.", "baathists"),
    # a phrase of persons has the kind of what they are: officers of law enforcement are security
    # forces, not officers of an army; asylum seekers claim refugee status: refugees, not migrants
    ("وقال ضباط إنفاذ القانون المحليون إن المشتبه به اعتقل قرب الحدود.", "security_forces"),
    ("وقال طالبو اللجوء إن المخيم مكتظ منذ أسابيع.", "refugees"),
])
def test_plural_nouns_of_persons_speak_as_groups(nlp, text: str, kind: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    speakers = [rec.entities[st.speaker] for st in rec.statements]
    assert any(e.type == "Group" and e.kind == kind for e in speakers), [(e.type, e.kind, e.label) for e in speakers]


@pytest.mark.parametrize("text, kind", [
    ("وحث الوزير كريم حسن أولياء الأمور على متابعة دروس أبنائهم.", "parents"),
    ("ودعا المدرب سامي نور اللاعبين إلى التركيز في المباراة.", "athletes"),
    ("وطالب الوزير كريم حسن المستشارين بتقرير مفصل.", "advisers"),
    # the countries of the world at large as the addressee of a call
    ("ودعا الوزير كريم حسن دول العالم إلى دعم اللاجئين.", "world_countries"),
])
def test_plural_nouns_of_persons_are_addressees(nlp, text: str, kind: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert kind in about, about


@pytest.mark.parametrize("text", [
    # a group noun in construct with the eponym whose followers' plural names a known body
    "وقال الوزير كريم حسن إن مسلحي الحوثي قصفوا الميناء ليلا.",
    # a definite group noun whose adjective is the known body's name
    "وقال الوزير كريم حسن إن العناصر الحوثية قصفت الميناء ليلا.",
    # the bare group noun later names the body its members were named after
    "وقال الوزير كريم حسن إن مقاتلي الحوثي قصفوا الميناء. وأضاف الوزير أن المقاتلين انسحبوا من المدينة.",
])
def test_the_members_of_a_known_movement_are_the_movement(nlp, text: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    about = {rec.entities[k].key for st in rec.statements for k in st.about if k in rec.entities}
    assert "org:houthis" in about
    assert not [e for e in rec.entities.values() if e.type == "Group"], about


def test_a_group_before_a_body_it_accuses_keeps_its_own_referent(nlp):
    # the subject of a verb before its object is no member of the body: it stays a group later on
    rec = extract_document(nlp, "t.txt", "واتهم المتظاهرون الحكومة بالفساد. وقال المتظاهرون إنهم سيعودون غدا.")
    assert any(rec.entities[st.speaker].kind == "protesters" for st in rec.statements)


def test_the_employees_of_a_body_named_again_are_no_body(nlp):
    # employees are persons of their own, not the body they work for
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن رواتب موظفي الحكومة تأخرت. وأكد الوزير أن الموظفين "
                                         "سيحصلون على رواتبهم قريبا.")
    forms = {f for e in rec.entities.values() if e.type == "Organization" for f in e.forms}
    assert "الموظفين" not in forms


def test_the_west_is_a_region_not_a_group(nlp):
    # "the West" is a geopolitical region like the Middle East; Western countries are a group
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الغرب يتجاهل معاناة اللاجئين، وإن الدول الغربية "
                                         "أغلقت حدودها.")
    about = {(rec.entities[k].type, rec.entities[k].key.split("/")[0]) for st in rec.statements for k in st.about
             if k in rec.entities}
    assert ("Place", "place:the_west") in about and ("Group", "group:international_community") in about, about


def test_a_nationality_alone_after_citizens_of_that_country_names_them_again(nlp):
    # "the French" after "the French citizens" are those citizens, not the whole people
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن المسلحين يحاصرون المواطنين الفرنسيين في الفندق. "
                                         "وأكد الوزير كريم حسن أن إجلاء الفرنسيين سيبدأ غدا.")
    groups = {e.kind: e.forms for e in rec.entities.values() if e.type == "Group"}
    assert "people" not in groups and "الفرنسيين" in groups.get("citizens", set()), groups


def test_nationals_are_citizens(nlp):
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن الحكومة ستحمي رعايانا في الخارج.")
    assert {e.kind for e in rec.entities.values() if e.type == "Group"} == {"citizens"}


@pytest.mark.parametrize("text, first, second", [
    # one qualifier more, of the same country: another official
    ("وقال مسؤول أردني إن المعبر سيفتح غدا. وأكد المسؤولون الفنيون الأردنيون أن الصيانة انتهت.",
     "مسؤول أردني", "المسؤولون الفنيون الأردنيون"),
    # two descriptions of sources of one country
    ("وقالت مصادر عسكرية سودانية إن الطريق أغلق. وذكرت مصادر طبية سودانية أن المستشفى امتلأ بالجرحى.",
     "مصادر عسكرية سودانية", "مصادر طبية سودانية"),
    # another adjective, no country
    ("وقال دبلوماسيون غربيون إن المحادثات تعثرت. وقال دبلوماسيون آسيويون إن الوفد سيعود قريبا.",
     "دبلوماسيون غربيون", "دبلوماسيون آسيويون"),
], ids=["qualifier", "adjective", "region"])
def test_unnamed_sources_described_otherwise_are_groups_of_their_own(nlp, text, first, second):
    groups = _groups(nlp, {"t.txt": text})["t.txt"]
    a = next((g for g in groups if first in g.forms), None)
    b = next((g for g in groups if second in g.forms), None)
    assert a is not None and b is not None and a.key != b.key, [(g.key, g.forms) for g in groups]
    assert a.label == first and b.label == second


@pytest.mark.parametrize("text, first, again", [
    # the same words again
    ("وقال مصدر عسكري إن الهجوم صد. وأضاف مصدر عسكري أن الخسائر محدودة.", "مصدر عسكري", "مصدر عسكري"),
    # the definite noun with the adjective it had
    ("وقال خبراء ماليون إن السوق ستتعافى. وأكد الخبراء الماليون أن الفائدة سترتفع.", "خبراء ماليون",
     "الخبراء الماليون"),
    # the bare definite noun
    ("وقال دبلوماسيون أوروبيون إن العقوبات ستشدد. وأضاف الدبلوماسيون أن القرار نهائي.", "دبلوماسيون أوروبيون",
     "الدبلوماسيون"),
], ids=["same-words", "definite", "bare"])
def test_an_unnamed_source_named_again_stays_one_group(nlp, text, first, again):
    groups = _groups(nlp, {"t.txt": text})["t.txt"]
    hit = next((g for g in groups if first in g.forms), None)
    assert hit is not None and again in hit.forms, [(g.key, g.forms) for g in groups]
    assert len([g for g in groups if g.kind == hit.kind]) == 1


# (construction, one handmade sentence, the group that speaks (its label), its kind)
GROUP_SPEAKERS = [
    ("a group noun subject of a verb of saying with لـ and an outlet after it speaks to the outlet",
     "وقال سكان لوكالة فرانس برس إن الجيش انسحب من البلدة.", "سكان", "residents"),
    ("opponents in construct with a body are a group of their own, and the verb's object after the body is not "
     "part of their name", "واتهم معارضو الحكومة السلطات بقمع المظاهرات السلمية.", "معارضو الحكومة", "opposition"),
    ("supporters in construct with a named body are a group named with the body",
     "وقال أنصار حزب العمال إنهم سيصوتون ضد مشروع القانون.", "أنصار حزب العمال", "supporters"),
    ("experts in construct with a named body speak for themselves, not for the body",
     "وقال خبراء الأمم المتحدة إن الوضع الإنساني يزداد سوءا.", "خبراء الأمم المتحدة", "experts"),
    ("a collective noun of people (فريق، مجموعة) and من before a group noun is a partitive: the group speaks",
     "وقال فريق من المحققين إن الحريق بدأ في الطابق الأرضي.", "المحققين", "investigators"),
    ("rights groups named by the rights they defend (جماعات حقوق الإنسان) are non-governmental organisations",
     "وتقول جماعات حقوق الإنسان إن المعتقلين يحرمون من المحامين.", "جماعات حقوق الإنسان", "ngos"),
    ("relief agencies speak as non-governmental organisations",
     "وحذرت وكالات الإغاثة من نقص حاد في الغذاء.", "وكالات الإغاثة", "ngos"),
    ("the states of a region (الدول العربية) speak as a group of states",
     "وطالبت الدول العربية بعقد جلسة طارئة لمجلس الأمن.", "الدول العربية", "regional_states"),
    ("ذوو (\"those of\") in construct with persons names their families",
     "وقال ذوو المخطوفين إنهم لم يتلقوا أي اتصال.", "ذوو المخطوفين", "families"),
    ("aid workers in the indefinite construct (عمال إغاثة) are named with their field",
     "وقال عمال إغاثة إن المخيمات تفتقر إلى المياه.", "عمال إغاثة", "rescuers"),
    ("residents an agency quotes (نقلت X عن سكان قولهم) speak, the agency relays",
     "ونقلت وكالة رويترز عن سكان قولهم إن الطائرات قصفت الجسر.", "سكان", "residents"),
    ("two witnesses (the dual شاهدان) are witnesses, no person's name",
     "وقال شاهدان إن سيارة مفخخة انفجرت قرب مدخل السوق.", "شاهدان", "witnesses"),
    ("one of them (أحدهم) in the subject slot is one of the group named last, past a body named between",
     "تجمع مئات العمال أمام مقر الشركة صباح اليوم. وقال أحدهم إن الرواتب لم تصرف منذ شهرين.",
     "مئات العمال", "workers"),
    ("a plural unnamed source (آخرون) takes no singular word after it as its adjective",
     "وقال آخرون دونما تفصيل إن المشروع الجديد أقرب إلى الأول.", "آخرون", "others"),
    ("a preposition with a pronoun after an unnamed source is no adjective of it",
     "وأوضح متحدث منها أن اللجنة ستجتمع غدا.", "متحدث", "officials"),
    ("ministers named by their plural title alone (وزراء) speak as officials",
     "وقال وزراء إن الاتفاق التجاري سيوقع الأسبوع المقبل.", "وزراء", "officials"),
    ("a definite source noun with no one named before it to refer to speaks as a source of its kind",
     "وكشف الدبلوماسي أن المفاوضات متعثرة منذ أسابيع.", "الدبلوماسي", "diplomats"),
    ("the same after an according-to marker and فإن",
     "وبحسب المراقب فإن الانتخابات جرت في هدوء.", "المراقب", "experts"),
]


@pytest.mark.parametrize("construction, text, speaker, kind", GROUP_SPEAKERS,
                         ids=[c[0][:60] for c in GROUP_SPEAKERS])
def test_group_speakers(nlp, construction, text, speaker, kind):
    rec = extract_document(nlp, "t.txt", text)
    said = [rec.entities[s.speaker] for s in rec.statements]
    assert said, construction
    assert said[0].type == "Group" and said[0].label == speaker and said[0].kind == kind, \
        [(e.type, e.label, e.kind) for e in said]


@pytest.mark.parametrize("text, kind", [
    # security forces, the opposition and protesters are actors of the story wherever named, though no
    # statement takes them; a passing group noun is no actor
    ("وانتشرت قوات الأمن قرب الجسر منذ الصباح.", "security_forces"),
    ("وقاطعت المعارضة جلسة البرلمان أمس.", "opposition"),
    ("وتجمع المتظاهرون أمام مبنى البلدية مساء الأحد.", "protesters"),
    ("وفرضت السلطات حظر التجول ليلا في البلدة.", "authorities"),
    # the rights organisations a story cites, the rescue teams of a disaster, the investors of an economy story
    ("ووثقت منظمات حقوقية عشرات حالات الاعتقال في البلدة.", "ngos"),
    ("وواصلت فرق الإنقاذ البحث تحت الأنقاض طوال الليل.", "rescuers"),
    ("وسحب المستثمرون أموالهم من السوق خلال أسبوع.", "investors"),
    # a family named by its name, as a body named by its name is
    ("وغادرت عائلة كرماني البلاد بعد أسابيع من الانقلاب.", "ruling_family"),
])
def test_the_standing_parties_stay_though_no_statement_takes_them(nlp, text: str, kind: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert not rec.statements
    assert [e for e in rec.entities.values() if e.type == "Group" and e.kind == kind]


def test_a_group_named_in_passing_is_dropped(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وزار الوزير كريم حسن مخيمات المهجرين في الشمال.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text", [
    "وقال مزارع فقد أرضه في السيول، يدعى سامر الخطيب، إن المياه غمرت القرية.",   # a relative clause before يدعى
    "وقال أحد سكان البلدة، ويدعى سامر الخطيب، إن المياه غمرت القرية.",             # one of a group, then named
    "وروى شاب يدعى سامر الخطيب، في الثلاثين من عمره، أن المياه غمرت القرية.",      # named right after the noun
    "ونقلت الإذاعة عن لاجئة في المخيم تدعى سلمى الخطيب قولها إن المياه غمرت الخيام.",  # the feminine تدعى
    # a definite noun named by a first name right after it, though he withholds his full name
    "وفي سوق المدينة القديمة، قال الشاب ياسر، وهو بائع خضار طلب ألا ينشر اسم عائلته، إنه قاطع الاقتراع.",
])
def test_a_person_described_by_a_group_noun_and_named_after_yud3a_is_no_group(nlp, text: str) -> None:
    assert not _group_forms(nlp, text)


@pytest.mark.parametrize("text, form", [
    # two indefinite plural group nouns joined by و name one mixed crowd, with the adjectives after both
    ("وانتقد محامون وصحفيون غاضبون قرار الوزارة بحظر النشر.", "محامون وصحفيون غاضبون"),
    ("وقال أطباء وصيادلة إن المستشفى يفتقر إلى الأدوية.", "أطباء وصيادلة"),
])
def test_two_indefinite_group_nouns_joined_by_wa_are_one_group(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and form in groups[0].forms


def test_a_mixed_crowd_is_no_group_of_its_first_noun_alone(nlp):
    rec = extract_document(nlp, "t.txt", "وقال محامون إن المحكمة أجلت الجلسة. وانتقد محامون وصحفيون قرار التأجيل.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    mixed = [g for g in groups if "محامون وصحفيون" in g.forms]
    assert len(mixed) == 1 and "محامون" not in mixed[0].forms


@pytest.mark.parametrize("text, form", [
    # after a fronted phrase the bare verb "عبر" opens the clause, read as "expressed" (not "via") when "عن" and a
    # feeling follow; the group after it is its subject, no object of a preposition
    ("وعلى الحدود، عبر صيادون تونسيون عن غضبهم من إغلاق الميناء.", "صيادون تونسيون"),
    # a shadda on its ب writes the verb, whatever the feeling after "عن" ("خيبة أملهم": the pronoun on its second word)
    ("وفي الميناء، عبّر صيادون تونسيون عن خيبة أملهم من القرار.", "صيادون تونسيون"),
])
def test_a_group_after_the_verb_of_expressing_speaks(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    speakers = [rec.entities[st.speaker] for st in rec.statements]
    assert any(e.type == "Group" and form in e.forms for e in speakers), speakers


@pytest.mark.parametrize("text, body", [
    # one unnamed official or source "in" a known body, quoted after "نقل عن": the body speaks, as after a verb of
    # saying ("وقال مسؤول في الوزارة"), no group of one official
    ("ونقلت الوكالة عن مسؤول في البيت الأبيض قوله إن الزيارة تأجلت.", "البيت الأبيض"),
    ("ونقل عن مصدر في وزارة الخارجية الفرنسية قوله إن السفير استدعي.", "وزارة الخارجية الفرنسية"),
])
def test_an_official_in_a_body_quoted_after_naqala_an_speaks_as_the_body(nlp, text: str, body: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    speakers = [rec.entities[st.speaker] for st in rec.statements]
    assert speakers and all(e.type == "Organization" and body in e.forms for e in speakers), speakers


@pytest.mark.parametrize("text, form", [
    # a crowd counted with the partitive من ("مئات من", "الآلاف من") opening a verb's subject goes on to the
    # participle after it: the من of the count governs no object
    ("وتجمع مئات من المزارعين أمام مبنى البلدية، مطالبين الحكومة بتعويضهم.", "مئات من المزارعين"),
    ("واحتشد الآلاف من المعلمين قرب الوزارة، مطالبين الحكومة برفع الأجور.", "الآلاف من المعلمين"),
])
def test_a_crowd_counted_with_min_speaks_through_the_participle_after_it(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    speakers = [rec.entities[st.speaker] for st in rec.statements]
    assert any(e.type == "Group" and form in e.forms for e in speakers), speakers


def test_a_place_deep_in_a_fronted_phrase_leaves_the_crowd_after_it_the_subject(nlp):
    # "وفي شوارع العاصمة X،": a place in a phrase a preposition of where opens is where, no subject; the crowd
    # after the verb is, and goes on to the verb joined to it
    rec = extract_document(nlp, "t.txt", "وفي ساحات العاصمة نيامي، تجمع آلاف الطلاب، ورددوا هتافات تندد بالحكومة.")
    speakers = [rec.entities[st.speaker] for st in rec.statements]
    assert any(e.type == "Group" and "آلاف الطلاب" in e.forms for e in speakers), speakers


def test_a_verbal_noun_after_a_verb_and_its_group_subject_is_the_object(nlp):
    # "نشر" spelled as the verb "published" right after a verb and its subject is the verbal noun "deployment",
    # the first verb's object: the group speaks, the forces after it are no speaker
    rec = extract_document(nlp, "t.txt", "وانتقد نقابيون غاضبون نشر القوات، مؤكدين أن الحكومة تخشى الإضراب.")
    speakers = {rec.entities[st.speaker].kind for st in rec.statements}
    assert speakers == {"unionists"}, speakers


@pytest.mark.parametrize("text, kind, label", [
    # bodies named as a class: the addressee a call opens with is a target, in apposition with "members"
    ("وحثت منظمة الصحة العالمية الحكومات على زيادة تمويل المستشفيات.", "governments", "الحكومات"),
    ("ودعت منظمة الصحة العالمية النقابات الأعضاء إلى الالتزام بالإضراب.", "unions", "النقابات الأعضاء"),
    ("وحث الوزير كريم حسن الدول الأعضاء على رفض الاتفاق.", "member_states", "الدول الأعضاء"),
    ("ودعا الوزير كريم حسن الأحزاب إلى حوار وطني شامل.", "parties", "الأحزاب"),
    # states named by their relation to the speaker or to the matter, or as the participants of a meeting
    ("ودعا الرئيس كريم حسن الدول الصديقة إلى تقديم دعم عاجل للمتضررين.", "addressed_states", "الدول الصديقة"),
    ("وحث الرئيس كريم حسن الدول الأخرى على عدم التدخل في شؤون بلاده.", "addressed_states", "الدول الأخرى"),
    ("وطالب الناشط كمال سعيد الدول المشاركة باتخاذ خطوات حاسمة لمواجهة الجفاف.", "member_states", "الدول المشاركة"),
])
def test_bodies_named_as_a_class_are_the_addressee_of_a_call(nlp, text: str, kind: str, label: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    about = {(rec.entities[k].kind, rec.entities[k].label) for st in rec.statements for k in st.about if k in rec.entities}
    assert (kind, label) in about


def test_a_federation_named_with_a_bare_plural_of_bodies_stays_one_body(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "ودعا اتحاد نقابات المعلمين إلى إضراب عام يوم الأحد.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text, addressed", [
    # past a phrase of where and how the call was made, the group right before its governed preposition
    ("ودعا الرئيس كريم حسن في كلمة متلفزة بثها التلفزيون الرسمي المواطنين إلى الهدوء.", "المواطنين"),
    ("ودعا الرئيس كريم حسن، في اتصال هاتفي مع قناة محلية، الطلاب إلى العودة إلى الجامعات.", "الطلاب"),
    # the object of a relative clause's verb is not the one called on
    ("ودعا الرئيس كريم حسن الذي يرأس النقابات إلى الهدوء.", None),
])
def test_the_group_called_on_past_the_frame_of_the_call(nlp, text: str, addressed: str | None) -> None:
    rec = extract_document(nlp, "t.txt", text)
    about = {rec.entities[k].label for st in rec.statements for k in st.about if k in rec.entities}
    assert (addressed in about) if addressed else not about


@pytest.mark.parametrize("text, form", [
    # persons "من" a community or a body named by its class noun are named with it too
    ("وقال سكان من الجالية الأرمنية في المدينة إنهم يخشون على أطفالهم.", "سكان من الجالية الأرمنية"),
    ("وانتقد نواب من الحزب الحاكم قرار الحكومة رفع الأسعار.", "نواب من الحزب الحاكم"),
    # and where they come from, a place named by its head noun or two bodies
    ("وقال سكان من البلدة إنهم سمعوا دوي انفجارات طوال الليل.", "سكان من البلدة"),
    ("وانتقد نواب من المنطقة الجنوبية الحكومة بسبب انقطاع المياه.", "نواب من المنطقة الجنوبية"),
    ("ووصف مسؤولون من الحزبين الاتفاق بأنه خطوة أولى.", "مسؤولون من الحزبين"),
])
def test_a_group_from_a_community_is_named_with_it(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and form in groups[0].forms


def test_the_object_of_a_verb_governing_min_names_no_group(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وحذر مسؤولون من الانهيار الاقتصادي الوشيك.")
    assert all(f == "مسؤولون" for e in rec.entities.values() if e.type == "Group" for f in e.forms)


def test_a_group_from_a_place_ends_before_the_verbs_object(nlp) -> None:
    # "نواب من المدينة الحكومة": the definite word after the place is the object of the verb, no adjective
    rec = extract_document(nlp, "t.txt", "واتهم نواب من المدينة الحكومة بالتقصير.")
    forms = {f for e in rec.entities.values() if e.type == "Group" for f in e.forms}
    assert "نواب من المدينة" in forms and not any("الحكومة" in f for f in forms), forms


@pytest.mark.parametrize("text, form", [
    # the quantifier of all before a definite group names it too, as the writers name it
    ("ودعا الوزير كريم حسن جميع الأحزاب إلى حوار وطني.", "جميع الأحزاب"),
    ("ودعا الوزير كريم حسن كافة النقابات إلى وقف الإضراب.", "كافة النقابات"),
])
def test_a_group_quantified_as_all_is_named_with_its_quantifier(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and form in groups[0].forms


@pytest.mark.parametrize("text, about", [
    # the subject of a second clause a complementizer with و opens is what that clause is about
    ("وقال الوزير كريم حسن إن المؤسسات ما زالت قائمة وإن الطلاب سيدافعون عن الجامعة.", "الطلاب"),
    ("وأكد الوزير كريم حسن أن الأزمة انتهت، وأن العمال سيعودون إلى المصانع.", "العمال"),
])
def test_the_group_a_joined_clause_of_what_was_said_opens_with(nlp, text: str, about: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert about in {rec.entities[k].label for st in rec.statements for k in st.about if k in rec.entities}


def test_a_count_opening_a_joined_clause_names_no_group(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وأكد الوزير كريم حسن أن الأزمة انتهت، وأن عدد العمال سيرتفع.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text, about", [
    # the party right after the verbal noun of the act a call asks for (past its own preposition)
    ("وطالبت منظمة العفو الدولية بالإفراج عن جميع المعتقلين.", "المعتقلين"),
    ("ودعت منظمة العفو الدولية إلى حماية الصحفيين في مناطق النزاع.", "الصحفيين"),
])
def test_the_group_a_demanded_act_is_done_to(nlp, text: str, about: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert about in {rec.entities[k].label for st in rec.statements for k in st.about if k in rec.entities}


def test_a_group_whose_thing_a_demanded_act_touches_is_no_target(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وطالبت منظمة العفو الدولية بزيادة رواتب المعلمين.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


def test_a_group_counted_by_a_compound_numeral_after_it_is_named_with_all_of_it(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "ودعا الوزير كريم حسن إلى محاكمة المعتقلين الثلاثة عشر أمام القضاء.")
    groups = [e for e in rec.entities.values() if e.type == "Group"]
    assert len(groups) == 1 and "المعتقلين الثلاثة عشر" in groups[0].forms


@pytest.mark.parametrize("text, gangs", [
    # the gangs are criminals, a party wherever what was said names them
    ("وقال الوزير كريم حسن إن العصابات تسيطر على الأحياء الفقيرة.", True),
    # not in guerrilla war, a way of fighting
    ("وحذر الوزير كريم حسن من أن المتمردين قد يلجؤون إلى حرب العصابات في الغابات.", False),
])
def test_the_gangs_are_criminals_but_not_in_guerrilla_war(nlp, text: str, gangs: bool) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert any(e.kind == "criminals" for e in rec.entities.values() if e.type == "Group") == gangs


def test_a_nations_society_is_its_public(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن المجتمع التشيلي يجب أن يكون شريكا في صياغة الدستور.")
    about = {(rec.entities[k].kind, rec.entities[k].label) for st in rec.statements for k in st.about if k in rec.entities}
    assert ("public", "المجتمع التشيلي") in about


def test_the_people_of_a_place_named_with_ahl(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن أهل غزة يعانون من الحصار منذ سنوات.")
    about = {rec.entities[k].label for st in rec.statements for k in st.about if k in rec.entities}
    assert "أهل غزة" in about


def test_junior_ranks_of_a_class_are_the_class(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن صغار الضباط فقدوا الثقة بقيادة الجيش.")
    about = {(rec.entities[k].kind, rec.entities[k].label) for st in rec.statements for k in st.about if k in rec.entities}
    assert ("officers", "صغار الضباط") in about


def test_a_group_that_speaks_in_a_relative_clause_on_another_is_the_speaker(nlp) -> None:
    text = "وقدم وزير الدفاع كريم حسن، الذي قالت وسائل إعلام محلية إنه أيد تأجيل الانتخابات، استقالته."
    rec = extract_document(nlp, "t.txt", text)
    assert [rec.entities[s.speaker].label for s in rec.statements] == ["وسائل إعلام محلية"]


@pytest.mark.parametrize("text, form", [
    # "young" as a broken-plural adjective after a plural group noun belongs to the group
    ("غير أن ناشطين شبابا رفضوا عرض الحوار مع الحكومة.", "ناشطين شبابا"),
    ("ورفض ناشطون شباب عرض الحوار مع الحكومة.", "ناشطون شباب"),
])
def test_young_after_a_group_noun_is_its_adjective(nlp, text: str, form: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [rec.entities[s.speaker].label for s in rec.statements] == [form]


def test_own_opponents_are_the_opposition_the_article_names(nlp):
    # "خصومه" with the pronoun alone, in an article that names one opposition, is that opposition named again
    text = ("وقالت المعارضة إن الانتخابات مزورة. وقال رئيس الوزراء إن خطته لاقت رفضا، "
            "وهو ما انتقده خصومه بشدة.")
    groups = _groups(nlp, {"t.txt": text})["t.txt"]
    opposition = [g for g in groups if g.kind == "opposition"]
    assert len(opposition) == 1 and "خصومه" in opposition[0].forms
    assert not [g for g in groups if g.kind == "opponents"]


def test_opponents_of_a_named_owner_stay_a_group(nlp):
    text = "وقالت المعارضة إن الانتخابات مزورة. وقال الوزير كريم حسن إن خصوم الحكومة يحرضون على العنف."
    groups = _groups(nlp, {"t.txt": text})["t.txt"]
    assert [g for g in groups if g.kind == "opponents"]


@pytest.mark.parametrize("text", [
    "وقال الوزير كريم حسن إن الحلف يحشد قواته على حدود البلاد.",
    "ونفت الوزارة أن تكون قواتها قد عبرت الحدود ليلا.",
    "وقالت الجبهة في بيان إن مقاتليها سيطروا على المعبر الحدودي.",
])
def test_an_owners_own_forces_named_by_a_pronoun_are_no_group(nlp, text: str) -> None:
    # "قواته": the owner's own forces, which the owner answers for; with an adjective ("قواتنا الأمنية") they are one
    rec = extract_document(nlp, "t.txt", text)
    assert not [e for e in rec.entities.values() if e.type == "Group" and e.kind in ("troops", "forces", "militants")]


def test_residents_named_by_an_indefinite_plural_alone_are_those_of_another_place(nlp):
    # "سكان" with no place, after residents of the city named before, are residents of wherever the story moved
    text = ("دعا رئيس البلدية عمر حسين سكان المدينة إلى الهدوء. وفي العاصمة، قال سكان للقناة إن الأحياء "
            "سهرت حتى الصباح.")
    groups = [g for g in _groups(nlp, {"t.txt": text})["t.txt"] if g.kind == "residents"]
    assert len(groups) == 2 and {"سكان"} in [set(g.forms) for g in groups]


def test_the_residents_named_again_with_the_article_are_those_named_before(nlp):
    text = "وقال سكان إن الجنود انسحبوا من البلدة. وأضاف السكان أن الهتافات علت في الشوارع."
    groups = [g for g in _groups(nlp, {"t.txt": text})["t.txt"] if g.kind == "residents"]
    assert len(groups) == 1 and {"سكان", "السكان"} <= set(groups[0].forms)


@pytest.mark.parametrize("text, people", [
    ("وقال الوزير كريم حسن: سنعيد الكلمة إلى الشعب بعد اليوم.", False),
    ("وقال الوزير كريم حسن إن الحكومة ستقف مع الشعب في محنته.", False),
    # with a nationality after it, or as the one called on, the people stay a group
    ("وقال الوزير كريم حسن إن الرسالة موجهة إلى الشعب العراقي.", True),
    ("ودعا الوزير كريم حسن الشعب إلى الهدوء.", True),
])
def test_the_bare_people_after_a_preposition_of_rhetoric_is_no_group(nlp, text: str, people: bool) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert bool([e for e in rec.entities.values() if e.type == "Group" and e.kind == "people"]) == people


def test_members_named_by_their_institution_are_the_body_the_article_names(nlp):
    # "عناصر الشرطة" after "الشرطة البيروفية": the police acting, one body, no group of its own
    text = "وقالت الشرطة البيروفية إنها أغلقت الطريق. وقال شاهد عيان إن عناصر الشرطة تسلقوا الجدار."
    rec = apply_index(extract_document(nlp, "t.txt", text), CorpusIndex())
    police = [e for e in rec.entities.values() if e.type == "Organization" and "عناصر الشرطة" in e.forms]
    assert police and not [e for e in rec.entities.values() if e.type == "Group" and e.kind == "police_officers"]


def test_all_the_candidates_are_the_whole_race_no_group(nlp):
    # "كل المرشحين": the whole field of an election, no party of its own; "المرشحين" alone stays a group
    rec = extract_document(nlp, "t.txt", "وقالت هيئة الانتخابات إن كل المرشحين سيحصلون على وقت متساو في الإعلام.")
    assert not [e for e in rec.entities.values() if e.type == "Group" and e.kind == "candidates"]


def test_one_of_persons_counted_after_a_group_is_no_member_of_the_group(nlp) -> None:
    # "أحدهم" takes back the officers counted nearer to it, not the family named before them
    text = ("وانتهى حكم عائلة مونتالبان للبلاد. وظهر اثنا عشر ضابطا على الشاشة، وقال أحدهم إن الانتخابات مزورة.")
    rec = extract_document(nlp, "t.txt", text)
    speakers = {rec.entities[st.speaker].kind for st in rec.statements if st.speaker in rec.entities}
    assert "ruling_family" not in speakers


@pytest.mark.parametrize("text, body", [
    # unnamed officials, sources or leaders in a known body are the body speaking, as one official in it is
    ("وقال مسؤولون في وزارة الخارجية الفرنسية إن الزيارة تأجلت.", "org:quai_d_orsay"),
    ("ونقلت الإذاعة عن قياديين في حزب العمال البريطاني قولهم إن الزيارة تأجلت.", "org:labour_party"),
])
def test_sources_in_a_known_body_are_the_body_speaking(nlp, text: str, body: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [st.speaker for st in rec.statements] == [body]
    assert not [e for e in rec.entities.values() if e.type == "Group"]


def test_sources_of_a_country_stay_a_group(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال مسؤولون عراقيون إن الزيارة تأجلت.")
    assert [rec.entities[st.speaker].type for st in rec.statements] == ["Group"]


def test_a_collective_with_the_adjective_of_politics_is_no_politicians(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقال الوزير كريم حسن إن تيارات سياسية تعرقل الإصلاح.")
    assert not [e for e in rec.entities.values() if e.type == "Group" and e.kind == "politicians"]


def test_the_followers_of_a_named_leader_are_a_group_of_their_own(nlp):
    # "أنصار فلان": followers named by the one they follow are not the followers another leader calls on
    text = ("وقال الزعيم سامر داود في تجمع حاشد داعيا أنصاره إلى الهدوء.\n"
            "وفي المقابل، اتهم أنصار كالديرون الحكومة بتزوير النتائج.")
    supporters = [g for g in _groups(nlp, {"followers.txt": text})["followers.txt"] if g.kind == "supporters"]
    assert len(supporters) == 2
    named = [g for g in supporters if "أنصار كالديرون" in g.forms]
    assert len(named) == 1 and "أنصاره" not in named[0].forms


@pytest.mark.parametrize("text, form", [
    ("وقال سكان في حي المنارة إن الشرطة أطلقت الغاز المسيل للدموع.", "سكان في حي المنارة"),
    ("وقال أحد سكان مخيم الأمل إن المياه انقطعت منذ أيام.", "أحد سكان مخيم الأمل"),
    # the head noun kept in the place's forms, its mention the bare name ("بلدة X", "مدينة X")
    ("وقال سكان في بلدة كاريبا إن الجسر انهار فجرا.", "سكان في بلدة كاريبا"),
    # the wider place the first lies in, after في, ends their phrase
    ("وقال أحد سكان شارع النصر في مدينة كاريبا إن إطلاق النار استمر ساعة.", "أحد سكان شارع النصر في مدينة كاريبا"),
])
def test_residents_of_a_place_named_by_a_head_noun_are_that_places(nlp, text, form):
    # residents named by an indefinite plural before a place the text names by a head noun and a name
    # ("حي X", "مخيم X"): the phrase through the name names them, one referent per place
    residents = [g for g in _groups(nlp, {"quarter.txt": text})["quarter.txt"] if g.kind == "residents"]
    assert len(residents) == 1 and form in residents[0].forms


@pytest.mark.parametrize("text, form", [
    ("وحذرت الناشطة كريمة حسن من أن المسلمين في باريس سيدفعون ثمن الطوارئ.", "المسلمين في باريس"),
    ("واتهم الرئيس كريم حسن ساسة في بغداد بالسعي إلى تقسيم البلاد.", "ساسة في بغداد"),
])
def test_a_group_before_in_and_a_named_place_is_named_by_the_whole_phrase(nlp, text, form):
    # "X في Y": the group of that place; the phrase through the place names it, beside the noun alone
    groups = _groups(nlp, {"in_place.txt": text})["in_place.txt"]
    assert any(form in g.forms and form.split()[0] in g.forms for g in groups)


def test_the_people_of_an_election_article_are_its_voters(nlp):
    # "the people" that a winner thanks or a loser invokes, in an article that names the voters, are the voters
    # named again; so is the nationality's plural ("البيروفيين") where the people's noun names that nation too
    text = ("وشكر الرئيس المنتخب الناخبين على ثقتهم بعد إعلان النتائج.\n"
            "وقال المرشح الخاسر إن الشعب البيروفي قال كلمته، مضيفا أن البيروفيين سيحكمون على الحكومة الجديدة.")
    groups = _groups(nlp, {"vote.txt": text})["vote.txt"]
    voters = [g for g in groups if g.kind == "voters"]
    assert len(voters) == 1 and {"الشعب البيروفي", "البيروفيين"} <= voters[0].forms


def test_a_nationality_alone_in_an_election_article_stays_the_nation(nlp):
    # no noun of the people names the nation: its plural ("البيروفيين") is not the voters named again
    text = ("وشكر الرئيس المنتخب الناخبين على ثقتهم بعد إعلان النتائج.\n"
            "وقال المرشح الخاسر إن البيروفيين سيحكمون على الحكومة الجديدة.")
    groups = _groups(nlp, {"vote.txt": text})["vote.txt"]
    assert not any("البيروفيين" in g.forms for g in groups if g.kind == "voters")


def test_citizens_of_the_one_people_are_that_people(nlp):
    # citizens with no country, in an article that names one people, are that people; all of them addressed one
    # by one ("جميع المواطنين") and foreign citizens stay their own
    text = ("وقال المعارض جون كاماو إن آلاف المواطنين سيخرجون إلى الشوارع احتجاجا على الغلاء.\n"
            "واتهم كاماو الحكومة بتجويع الشعب الكيني.")
    people = [g for g in _groups(nlp, {"kenya.txt": text})["kenya.txt"] if g.kind == "people"]
    assert len(people) == 1 and {"آلاف المواطنين", "الشعب الكيني"} <= people[0].forms
    called = text + "\nودعا كاماو جميع المواطنين إلى الهدوء، وطالب المواطنين الأجانب بمغادرة المنطقة."
    people = [g for g in _groups(nlp, {"kenya2.txt": called})["kenya2.txt"] if g.kind == "people"]
    assert not any(g.forms & {"المواطنين الأجانب", "جميع المواطنين"} for g in people)


@pytest.mark.parametrize("text", [
    # citizens named by an indefinite plural are some persons met in one street or report: their own, no people
    "وعبر مواطنون عن ارتياحهم للقرار.\nودعا المعارض جون كاماو الشعب الكيني إلى الهدوء.",
])
def test_citizens_named_by_an_indefinite_plural_are_not_the_people(nlp, text: str) -> None:
    groups = _groups(nlp, {"crowd.txt": text})["crowd.txt"]
    assert not any(g.kind == "people" and any("مواطن" in f for f in g.forms) for g in groups)


@pytest.mark.parametrize("text, noun, is_counted", [
    # a verb spelled as a number word ("عدّه", "considered it") before a sound plural in the nominative: its subject
    ("وهو ما عده محللون ضربة للمستثمرين.", "محللون", False),
    # persons counted take the genitive
    ("وقتل عدة مسلحين في الاشتباك.", "مسلحين", True),
])
def test_a_nominative_sound_plural_is_never_counted(nlp, text: str, noun: str, is_counted: bool) -> None:
    from kgbuild.extract.mentions.not_groups import counted
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == noun)
    assert counted(doc, i) is is_counted


@pytest.mark.parametrize("text", [
    # a plural title in construct that is no group form of its own (قياديي, منسقي) before a body or a title
    "واجتمع الرئيس مع قياديي الحزب الحاكم أمس.",
    "وقال قياديي الحزب إن الحزب سيشارك.",
    "والتقى الوزير منسقي الحملة الوطنية في العاصمة.",
])
def test_a_plural_title_that_is_no_group_form_is_read_without_error(nlp, text: str) -> None:
    record = extract_document(nlp, "d", text)
    assert record.entities is not None


def test_a_crowd_that_chants_is_a_group_of_its_own(nlp):
    # the crowd of a rally, no party of conflict, is the speaker of what it chants; the Iraqi body named by a longer
    # phrase of the same noun stays that body
    rec = extract_document(nlp, "t.txt", "وهتفت الحشود «الماء حق للجميع» أمام مبنى البلدية في مومباسا.")
    assert [e.kind for e in rec.entities.values() if e.type == "Group"] == ["crowds"]
    rec = extract_document(nlp, "t.txt", "وقال القائد في الحشد الشعبي كريم حسن إن الطريق فتح.")
    assert not [e for e in rec.entities.values() if e.type == "Group"]


@pytest.mark.parametrize("text, kind, target", [
    # soldiers, the Arabs at large and the ruling coalition named inside what is said are no party of it
    ("وقال الوزير كريم حسن إن القائد زار الجنود في القاعدة أمس.", "soldiers", False),
    ("وقال الوزير كريم حسن إن القمة تهم كل العرب في المنطقة.", "arabs", False),
    ("وقال حزب المستقبل المعارض إن الاقتصاد تراجع في عهد الائتلاف الحاكم.", "ruling_coalition", False),
    # as the addressee a call opens with they are
    ("ودعا الوزير كريم حسن الجنود إلى العودة إلى ثكناتهم.", "soldiers", True),
])
def test_soldiers_arabs_and_the_ruling_coalition_are_targets_only_when_addressed(nlp, text: str, kind: str,
                                                                                  target: bool) -> None:
    rec = extract_document(nlp, "t.txt", text)
    about = {rec.entities[k].kind for st in rec.statements for k in st.about if k in rec.entities}
    assert (kind in about) == target


@pytest.mark.parametrize("text, one", [
    # relatives or parents in an article that names one group of families are those families again
    ("وطالبت أسر الضحايا بمحاسبة المسؤولين. وقال أحد أقارب الضحايا إن التحقيق بطيء.", True),
    ("وتظاهرت عائلات الطلاب أمام الوزارة. وقال آباء الطلاب إن الشرطة لم تتحرك.", True),
    # with no families named, relatives stay a group of their own
    ("وقال أقارب الضحايا إن التحقيق بطيء.", False),
])
def test_kin_in_an_article_of_families_are_those_families(nlp, text: str, one: bool) -> None:
    doc = nlp(text)
    kin = [c for c in doc._.kg_candidates if c.type == "Group" and (c.key or "").split(":", 1)[-1].split("@")[0]
           in ("relatives", "parents", "families")]
    assert kin and (len({c.key for c in kin}) == 1) and (kin[0].key.startswith("group:families") == one)


@pytest.mark.parametrize("text, people", [
    # the bare indefinite noun of a people is a predicate or a manner, no people acting
    ("وقال المتظاهر كمال سعيد: «نحن شعب لا يقبل الظلم».", False),
    ("وهنأ الوزير كريم حسن الدولة قيادة وشعبا بالإنجاز.", False),
    # with its country, or definite, it is the people
    ("وقال الوزير كريم حسن إن شعب مالاوي سيختار رئيسه بحرية.", True),
])
def test_a_bare_indefinite_people_is_no_group(nlp, text: str, people: bool) -> None:
    doc = nlp(text)
    found = [c for c in doc._.kg_candidates if c.type == "Group" and (c.key or "").startswith("group:people")]
    assert bool(found) == people


@pytest.mark.parametrize("text, voters", [
    # the definite singular voter names the electorate at large, a party of what is said about a vote
    ("وقال المحلل كريم حسن إن «الناخب الفرنسي لم يعد يثق بالأحزاب».", True),
    ("وقال المحلل كريم حسن إن «الناخب عاقب الحكومة على الغلاء».", True),
    # before any other definite word a kind of voter ("اليساري") or the national team's coach ("الوطني")
    ("وقال المحلل كريم حسن إن «الناخب اليساري سيبقى في بيته».", False),
    ("وقال الناخب الوطني كريم حسن إن «الفريق جاهز للمباراة».", False),
])
def test_the_singular_voter_names_the_electorate(nlp, text: str, voters: bool) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert ("voters" in {e.kind for e in rec.entities.values() if e.type == "Group"}) is voters
