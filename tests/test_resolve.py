"""Linking mentions to entities (kgbuild.extract.resolve): which names of one article name one actor."""
from __future__ import annotations

import pytest

from kgbuild.extract.mentions import Candidate
from kgbuild.extract.resolve import _toks, cluster, same_person, to_entity, without_nationality


def _clusters(forms: list[str], type_: str = "Person") -> list[set[str]]:
    cands = [Candidate(n, n + 1, 10 * n, 10 * n + len(f), f, type_, "title") for n, f in enumerate(forms)]
    return [{c.form for c in g} for g in cluster(cands)]


@pytest.mark.parametrize("a, b", [
    # one own name and one house, two fathers: cousins of a ruling house
    ("سالم بن خليفة آل فلان", "سالم بن راشد بن سعيد آل فلان"),
    # own names alike in spelling ("حمد" / "محمد"), fathers apart
    ("حمد بن سعيد آل فلان", "محمد بن عبد الكريم آل فلان"),
])
def test_two_names_of_descent_with_two_fathers_are_two_people(a: str, b: str) -> None:
    assert not same_person(_toks(a), _toks(b))
    assert len(_clusters([a, b])) == 2


@pytest.mark.parametrize("a, b", [
    # the same father, written with and without the house or the grandfather
    ("سالم بن راشد", "سالم بن راشد بن سعيد آل فلان"),
    # a compound father's name written with and without its space
    ("سالم بن عبدالكريم آل فلان", "سالم بن عبد الكريم آل فلان"),
])
def test_a_name_of_descent_with_one_father_is_one_person(a: str, b: str) -> None:
    assert same_person(_toks(a), _toks(b))


def _titled(forms: list[tuple[str, str | None]]) -> list[set[str]]:
    cands = [Candidate(n, n + 1, 10 * n, 10 * n + len(f), f, "Person", "title", title=t)
             for n, (f, t) in enumerate(forms)]
    return [{c.form for c in g} for g in cluster(cands)]


def test_a_titled_given_name_of_two_full_names_is_the_one_met_first() -> None:
    # "الشيخ سالم" after "سالم بن خليفة آل فلان" and before "سالم بن راشد بن سعيد آل فلان" is named: the one met first
    groups = _titled([("سالم بن خليفة آل فلان", "أمير"), ("سالم", "الشيخ"),
                      ("سالم بن راشد بن سعيد آل فلان", "وزير"), ("سالم", "الشيخ")])
    assert {"سالم بن خليفة آل فلان", "سالم"} in groups and {"سالم بن راشد بن سعيد آل فلان"} in groups, groups


def test_a_titled_given_name_written_after_two_full_names_joins_neither() -> None:
    groups = _titled([("سالم بن خليفة آل فلان", "أمير"), ("سالم بن راشد بن سعيد آل فلان", "وزير"), ("سالم", "الشيخ")])
    assert len(groups) == 3, groups


@pytest.mark.parametrize("full, short", [
    # a union named short by its head in construct with what it is for, its adjectives left out
    ("الاتحاد العام الفلاني للشغل", "اتحاد الشغل"),
    ("الاتحاد الفلاني للصناعة والتجارة والصناعات التقليدية", "اتحاد الصناعة والتجارة"),
    ("اللجنة الوطنية للانتخابات في فلانيا", "لجنة الانتخابات"),
])
def test_a_body_named_by_its_head_and_its_remit_is_the_body(full: str, short: str) -> None:
    assert {full, short} in _clusters([full, short], "Organization")


@pytest.mark.parametrize("full, short", [
    # a body the table knows by the short name is that body
    ("المجلس الأعلى للأمن", "مجلس الأمن"),
    # another remit
    ("الاتحاد العام للطلبة", "اتحاد الشغل"),
])
def test_a_head_and_another_body_s_remit_is_another_body(full: str, short: str) -> None:
    assert {full, short} not in _clusters([full, short], "Organization")


@pytest.mark.parametrize("form, bare", [
    ("وكالة فلانيا للأنباء الرسمية", "وكالة فلانيا للأنباء"),
    ("تلفزيون فلانيا الرسمي", "تلفزيون فلانيا"),
])
def test_a_body_described_as_official_is_named_without_the_description(form: str, bare: str) -> None:
    cands = [Candidate(0, 3, 0, len(form), form, "Organization", "org")]
    assert bare in to_entity(cands).forms


def test_an_official_adjective_right_after_the_head_stays_in_the_name() -> None:
    # "الجريدة الرسمية": the adjective names the body
    cands = [Candidate(0, 2, 0, 14, "الجريدة الرسمية", "Organization", "org")]
    assert to_entity(cands).forms == {"الجريدة الرسمية"}


def test_a_body_s_own_name_with_its_nationality_is_named_without_it() -> None:
    form = "وكالة فلانيا للأنباء الكينية"
    cands = [Candidate(0, 4, 0, len(form), form, "Organization", "org")]
    assert "وكالة فلانيا للأنباء" in to_entity(cands).forms


@pytest.mark.parametrize("form", [
    "وزارة الداخلية الفرنسية",  # any state's ministry: the nationality tells which
    "الحكومة الفرنسية",  # a head alone left
])
def test_a_generic_body_keeps_its_nationality(form: str) -> None:
    assert without_nationality(form) is None


def _keyed(rows: list[tuple[str, str, str | None]]) -> list[set[str]]:
    cands = [Candidate(n, n + 1, 10 * n, 10 * n + len(f), f, t, "gazetteer", key=k) for n, (f, t, k) in enumerate(rows)]
    return [{c.form for c in g} for g in cluster(cands)]


def test_the_bare_government_of_an_article_on_one_state_is_not_a_foreign_one() -> None:
    groups = _keyed([("المغرب", "Place", "Q1028"), ("الحكومة", "Organization", "org:government"),
                     ("الرباط", "Place", "Q3551"), ("الحكومة الفرنسية", "Organization", "org:french_government"),
                     ("المغرب", "Place", "Q1028")])
    assert {"الحكومة"} in groups and {"الحكومة الفرنسية"} in groups, groups


def test_the_bare_government_of_an_article_on_the_state_named_is_its_government() -> None:
    groups = _keyed([("فرنسا", "Place", "Q142"), ("الحكومة الفرنسية", "Organization", "org:french_government"),
                     ("الحكومة", "Organization", "org:government")])
    assert {"الحكومة الفرنسية", "الحكومة"} in groups, groups


def test_the_bare_police_of_an_article_naming_one_city_s_police_is_that_police() -> None:
    groups = _keyed([("شرطة كابل", "Organization", None), ("الشرطة", "Organization", "org:police")])
    assert {"شرطة كابل", "الشرطة"} in groups, groups


def test_the_bare_police_beside_a_police_branch_stays_apart() -> None:
    groups = _keyed([("شرطة المرور", "Organization", None), ("الشرطة", "Organization", "org:police")])
    assert len(groups) == 2, groups


@pytest.mark.parametrize("named", ["حكومة الإنقاذ الوطني", "حكومة تصريف الأعمال"])
def test_the_bare_government_of_an_article_naming_one_government_by_a_construct_is_that_government(named: str) -> None:
    # a government named for what it is (national unity, caretaker), no state after its head noun
    groups = _keyed([(named, "Organization", None), ("الحكومة", "Organization", "org:government")])
    assert {named, "الحكومة"} in groups, groups


@pytest.mark.parametrize("named", ["حكومة الظل", "حكومة الإقليم", "شرطة الحدود"])
def test_the_bare_body_beside_a_branch_or_a_region_s_body_stays_apart(named: str) -> None:
    bare = "ال" + named.split()[0]
    groups = _keyed([(named, "Organization", None),
                     (bare, "Organization", "org:government" if named.startswith("حكومة") else "org:police")])
    assert len(groups) == 2, groups


def test_the_bare_police_of_an_article_naming_the_republic_s_police_is_that_police() -> None:
    groups = _keyed([("شرطة الجمهورية", "Organization", None), ("الشرطة", "Organization", "org:police")])
    assert {"شرطة الجمهورية", "الشرطة"} in groups, groups


def test_the_bare_police_of_an_article_naming_a_state_s_police_with_a_description_is_that_police() -> None:
    # "بنما" is a state and its capital: the police named for it with an adjective after is the one in context
    groups = _keyed([("شرطة بنما الوطنية", "Organization", None), ("الشرطة", "Organization", "org:police")])
    assert {"شرطة بنما الوطنية", "الشرطة"} in groups, groups


def test_the_council_of_ministers_alone_is_the_bare_government_of_the_article() -> None:
    groups = _keyed([("مجلس الوزراء", "Organization", None), ("الحكومة", "Organization", "org:government")])
    assert {"مجلس الوزراء", "الحكومة"} in groups, groups
    # with a state named after it, the council stays that state's own body
    groups = _keyed([("مجلس الوزراء الكيني", "Organization", None), ("الحكومة", "Organization", "org:government"),
                     ("الحكومة الأوغندية", "Organization", None)])
    assert not any("مجلس الوزراء الكيني" in g and "الحكومة" in g for g in groups), groups


def test_two_governments_named_by_constructs_leave_the_bare_one_apart() -> None:
    groups = _keyed([("حكومة الإنقاذ الوطني", "Organization", None), ("حكومة التكنوقراط", "Organization", None),
                     ("الحكومة", "Organization", "org:government")])
    assert {"الحكومة"} in groups, groups


def test_the_military_establishment_is_the_army_the_article_names() -> None:
    # a periphrasis of the institution opens no body's name: it joins the army named by its head noun
    groups = _keyed([("الجيش الأردني", "Organization", "org:jordanian_armed_forces"),
                     ("المؤسسة العسكرية", "Organization", "org:army")])
    assert {"الجيش الأردني", "المؤسسة العسكرية"} in groups, groups


def test_the_military_establishment_with_no_army_named_is_the_army_in_context() -> None:
    groups = _keyed([("المؤسسة العسكرية", "Organization", "org:army"), ("الجيش", "Organization", "org:army")])
    assert {"المؤسسة العسكرية", "الجيش"} in groups, groups


def _person_keyed(forms: list[tuple[str, str | None]]) -> list[set[str]]:
    cands = [Candidate(n, n + 1, 10 * n, 10 * n + len(f), f, "Person", "title", key=k)
             for n, (f, k) in enumerate(forms)]
    return [{c.form for c in g} for g in cluster(cands)]


def test_a_known_name_of_descent_written_out_with_its_house_is_that_actor() -> None:
    # the lexicon knows "حمد بن عيسى": the full name with grandfather and house is he, though his own
    # mention is the title and the lexicon's name, with no family name the two share
    groups = _person_keyed([("الملك حمد بن عيسى", "person:hamad_bin_isa_al_khalifa"),
                     ("حمد بن عيسى بن سلمان آل خليفة", None)])
    assert len(groups) == 1
    # another man's name of descent (another own name) stays apart
    groups = _person_keyed([("الملك حمد بن عيسى", "person:hamad_bin_isa_al_khalifa"),
                     ("راشد بن عيسى بن سلمان آل خليفة", None)])
    assert len(groups) == 2


@pytest.mark.parametrize("named, bare, key", [
    ("مجلس الشورى الموريتاني", "البرلمان", "org:parliament"),   # a legislature by another of its kind's names
    ("الكنيست", "البرلمان", "org:parliament"),
    ("قوات الدفاع الغانية", "الجيش", "org:army"),               # the armed forces by their other name
])
def test_the_bare_body_of_an_article_naming_one_body_of_its_kind_is_that_body(named: str, bare: str, key: str) -> None:
    groups = _keyed([(named, "Organization", None), (bare, "Organization", key)])
    assert {named, bare} in groups, groups


def test_the_bare_parliament_beside_two_legislatures_or_a_foreign_one_stays_apart() -> None:
    # two bodies of the kind: which one is meant is not told
    groups = _keyed([("مجلس الشورى الموريتاني", "Organization", None), ("مجلس الأمة الجزائري", "Organization", None),
                     ("البرلمان", "Organization", "org:parliament")])
    assert {"البرلمان"} in groups, groups
    # the one named is another state's than the article's home
    groups = _keyed([("المغرب", "Place", "Q1028"), ("المغرب", "Place", "Q1028"),
                     ("الكونغرس الأمريكي", "Organization", "org:united_states_congress"),
                     ("البرلمان", "Organization", "org:parliament")])
    assert {"البرلمان"} in groups, groups


def test_a_bare_chamber_beside_a_legislature_of_another_name_stays_apart() -> None:
    # "مجلس النواب" is one chamber of the legislature named, not the whole of it
    groups = _keyed([("الكنيست", "Organization", None), ("مجلس النواب", "Organization", "org:parliament")])
    assert {"مجلس النواب"} in groups, groups


def test_the_bare_parliament_beside_a_lower_and_an_upper_chamber_or_a_senate_alone_stays_apart() -> None:
    groups = _keyed([("مجلس الشعب", "Organization", None), ("مجلس الشيوخ", "Organization", None),
                     ("البرلمان", "Organization", "org:parliament")])
    assert {"البرلمان"} in groups, groups
    groups = _keyed([("مجلس الشيوخ", "Organization", None), ("البرلمان", "Organization", "org:parliament")])
    assert {"البرلمان"} in groups, groups
