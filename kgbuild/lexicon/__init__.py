"""Knowledge tables for recognising actors, places, attribution cues and titles in Arabic news.

The tables are plain TSV files next to this module (UTF-8, one header line, ``#`` comment lines,
``|`` between values of one cell); SOURCES.md says where each one comes from. Every lookup dict is
keyed by ``kgbuild.text.normalize(form)`` so callers normalise their token n-grams the same way.
Nothing here imports Babel, pycountry or Faker: those are needed only by the build_*.py generators.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from functools import cache, cached_property
from pathlib import Path
from typing import Iterator, TypeVar

from kgbuild.text import normalize

from .function_words import FunctionWords

WordTable = TypeVar("WordTable")   # a frozen dataclass of one frozenset of words per kind

HERE = Path(__file__).parent

ACTS = frozenset({"say", "announce", "call", "request", "condemn", "praise", "welcome", "warn", "deny",
                  "reject", "accuse", "order", "support", "agree", "report"})
STANCES = frozenset({"positive", "negative", "neutral"})
CUE_KINDS = frozenset({"verb", "noun", "continuation", "via"})
PLACE_KINDS = frozenset({"country", "city", "region", "capital"})
ORG_KINDS = frozenset({"intl_org", "agency", "media", "government", "military", "party", "company", "other"})
TITLE_KINDS = frozenset({"person_title", "honorific"})


@dataclass(frozen=True)
class KnownEntity:
    key: str            # QID if known else "place:...", "org:...", "person:..."
    type: str           # Person | Organization | Place
    kind: str
    label_ar: str       # first form: the canonical Arabic name
    label_en: str
    wikidata: str | None
    forms: tuple[str, ...]
    country_key: str | None = None
    roles: tuple[tuple[str, str], ...] = ()   # (title_ar, place_or_org_key)


@dataclass(frozen=True)
class Cue:
    lemma: str
    act: str
    stance: str
    kind: str


@dataclass(frozen=True)
class Title:
    title_ar: str
    role_en: str
    kind: str


@dataclass(frozen=True)
class GroupKind:
    kind: str
    label_ar: str
    label_en: str


def read_tsv(name: str) -> Iterator[dict[str, str]]:
    """Rows of a lexicon table as dicts (comments and blank lines skipped, cells stripped)."""
    with (HERE / name).open(encoding="utf-8") as fh:
        lines = [ln for ln in fh if ln.strip() and not ln.startswith("#")]
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        yield {k: (v or "").strip() for k, v in row.items() if k is not None}


def split_cell(cell: str) -> list[str]:
    return [v.strip() for v in (cell or "").split("|") if v.strip()]


def _entity_rows() -> Iterator[KnownEntity]:
    for row in read_tsv("places.tsv"):
        forms = tuple(split_cell(row["forms_ar"]))
        yield KnownEntity(row["key"], row["type"] or "Place", row["kind"], forms[0], row["name_en"],
                          row["wikidata"] or None, forms, row["country_key"] or None)
    for row in read_tsv("organizations.tsv"):
        forms = _with_affairs(tuple(split_cell(row["forms_ar"])))
        yield KnownEntity(row["key"], row["type"] or "Organization", row["kind"], forms[0], row["name_en"],
                          row["wikidata"] or None, forms, row.get("country_key") or None)
    for row in read_tsv("actors.tsv"):
        forms = tuple(split_cell(row["forms_ar"]))
        roles = []
        for r in split_cell(row["roles"]):
            title, _, target = r.partition("@")
            roles.append((title.strip(), target.strip()))
        yield KnownEntity(row["key"], row["type"] or "Person", row.get("kind") or "person", forms[0],
                          row["name_en"], row["wikidata"] or None, forms, None, tuple(roles))


MINISTRY = "وزارة"
AFFAIRS = "الشؤون"


def _with_affairs(forms: tuple[str, ...]) -> tuple[str, ...]:
    """"وزارة الخارجية X" is also "وزارة الشؤون الخارجية X": a portfolio adjective that names a ministry
    alone (الخارجية، الداخلية) qualifies the "affairs" an official name writes out (Arabic usage)."""
    portfolios = function_words().portfolio
    extra = tuple(f"{MINISTRY} {AFFAIRS} {' '.join(words[1:])}" for f in forms
                  if len(words := f.split()) >= 2 and words[0] == MINISTRY and normalize(words[1]) in portfolios)
    return forms + tuple(f for f in extra if f not in forms)


@cache
def entity_by_key() -> dict[str, KnownEntity]:
    return {e.key: e for e in _entity_rows()}


@cache
def known_entities() -> dict[str, list[KnownEntity]]:
    """normalize(form) -> entries having that form (more than one when a name is ambiguous)."""
    out: dict[str, list[KnownEntity]] = {}
    for e in entity_by_key().values():
        for f in e.forms:
            n = normalize(f)
            if n and e not in out.setdefault(n, []):
                out[n].append(e)
    # a person's family name of two words or more ("دي ميستورا") names them alone too; not a
    # father's name after بن ("سلمان بن عبد العزيز": "بن عبد العزيز" is part of many princes' names)
    descent = function_words().descent
    for e in entity_by_key().values():
        if e.type != "Person":
            continue
        for f in e.forms:
            toks = normalize(f).split()
            if len(toks) >= 3 and normalize(toks[1]) not in stopwords() and toks[1] not in descent:
                out.setdefault(" ".join(toks[1:]), [e])
    return out


@cache
def nisba_to_country() -> dict[str, str]:
    """normalize(nationality adjective) -> place key ("الروسية" -> "Q159")."""
    out: dict[str, str] = {}
    for row in read_tsv("places.tsv"):
        for f in split_cell(row["nisba_ar"]):
            out.setdefault(normalize(f), row["key"])
    # a broken plural is written with or without the article, like the others: "الأفغان", "مسؤولون أفغان";
    # a masculine singular has its dual: "مسؤولان أفغانيان"
    for norm, key in list(out.items()):
        if norm.startswith("ال") and len(norm) >= 5:
            out.setdefault(norm[2:], key)
        if norm.endswith("ي") and len(norm) >= 4:
            out.setdefault(norm + "ان", key)
    return out


@cache
def cues() -> dict[str, Cue]:
    out: dict[str, Cue] = {}
    for row in read_tsv("cues.tsv"):
        cue = Cue(row["lemma"], row["act"], row["stance"], row["kind"])
        # The lemma is matched only when it is listed among the forms (some lemmas, e.g. عبر, are
        # frequent non-cue words in their bare form).
        for f in split_cell(row["forms"]) or [row["lemma"]]:
            out.setdefault(normalize(f), cue)
    return out


@cache
def titles() -> dict[str, Title]:
    out: dict[str, Title] = {}
    for row in read_tsv("titles.tsv"):
        out.setdefault(normalize(row["title_ar"]), Title(row["title_ar"], row["role_en"], row["kind"]))
    return out


@cache
def source_nouns() -> dict[str, str]:
    """Singular noun of an unnamed human source (normalised, indefinite: "مصدر", "مسؤولة") -> the group
    kind it speaks as."""
    return {normalize(r["noun_ar"]): r["kind"] for r in read_tsv("source_nouns.tsv") if r["slot"] == "any"}


@cache
def slot_source_nouns(slot: str) -> dict[str, str]:
    """The source nouns read in one slot only ("counted": after a number, "relayed": the source a report
    relays), besides those of source_nouns: noun -> group kind."""
    return {normalize(r["noun_ar"]): r["kind"] for r in read_tsv("source_nouns.tsv") if r["slot"] == slot}


@dataclass(frozen=True)
class Deed:
    verbs: frozenset[str]     # the verb forms that tell the deed ("قرر", "قررت")
    nouns: frozenset[str]     # its indefinite or possessed noun forms ("قرار", "استقالته")


@cache
def deeds() -> dict[str, Deed]:
    """Definite noun of a deed (normalised, with the article: "القرار") -> the forms that tell it with its doer
    earlier in an article (deeds.tsv)."""
    return {normalize(r["noun_ar"]): Deed(frozenset(normalize(v) for v in split_cell(r["verbs"])),
                                          frozenset(normalize(n) for n in split_cell(r["nouns"])))
            for r in read_tsv("deeds.tsv")}


@cache
def collective_heads() -> dict[str, str]:
    """Plural collective noun (normalised, without the article) -> the group kind it names with an
    adjective whose own plural is no kind in groups.tsv ("القوى المحافظة" -> factions)."""
    return {normalize(r["head_ar"]): r["kind"] for r in read_tsv("collective_heads.tsv")}


@cache
def org_heads() -> dict[str, str]:
    return {normalize(r["head_ar"]): r["kind"] for r in read_tsv("org_heads.tsv")}


@cache
def body_classes() -> dict[str, frozenset[str]]:
    """Class noun of bodies ("صحيفة") -> the organization kinds of the bodies it may refer back to ("media")."""
    out: dict[str, set[str]] = {}
    for r in read_tsv("body_classes.tsv"):
        out.setdefault(normalize(r["noun_ar"]), set()).add(r["kind"])
    return {noun: frozenset(kinds) for noun, kinds in out.items()}


@cache
def groups() -> dict[str, GroupKind]:
    out: dict[str, GroupKind] = {}
    for row in read_tsv("groups.tsv"):
        g = GroupKind(row["kind"], row["label_ar"], row["name_en"])
        for f in [row["label_ar"]] + split_cell(row["forms_ar"]):
            out.setdefault(normalize(f), g)
    return out


@cache
def group_kinds() -> dict[str, GroupKind]:
    """Group kind id ("security_forces") -> its kind, as groups.tsv describes it."""
    return {g.kind: g for g in groups().values()}


@cache
def stopwords() -> set[str]:
    return {normalize(r["word"]) for r in read_tsv("stopwords.tsv")}


@cache
def stopword_kinds() -> dict[str, str]:
    """Stopword (normalised) -> its kind ("common_verb", "common_noun", "preposition" ...)."""
    return {normalize(r["word"]): r["kind"] for r in read_tsv("stopwords.tsv")}


@dataclass(frozen=True)
class PersonNames:
    """Arabic given and family names (person_names.tsv, generated by build_person_names.py), normalised."""

    given_male: frozenset[str]
    given_female: frozenset[str]
    family: frozenset[str]

    @cached_property
    def given(self) -> frozenset[str]:
        """Both kinds of given name: made once (the stages ask for it at many words of every article)."""
        return self.given_male | self.given_female


PERSON_NAME_KINDS = frozenset(f.name for f in fields(PersonNames))


@cache
def person_names() -> PersonNames:
    return _words_by_kind(PersonNames, "person_names.tsv", "name")


@cache
def foreign_given_names() -> PersonNames:
    """Given names of other languages as Arabic news writes them (foreign_given_names.tsv): the Faker
    tables are Arabic names only, and the statistical NER misses most foreign persons it never saw."""
    return _words_by_kind(PersonNames, "foreign_given_names.tsv", "name")


@cache
def given_names() -> dict[str, str]:
    """normalize(given name) -> its kind, as a phrase table for longest_match ("صلاح الدين"): the
    Arabic names of person_names.tsv and the foreign ones of foreign_given_names.tsv."""
    out: dict[str, str] = {}
    for names in (foreign_given_names(), person_names()):
        out |= {n: "given_female" for n in names.given_female} | {n: "given_male" for n in names.given_male}
    return out


@cache
def family_names() -> dict[str, str]:
    """normalize(family name) -> "family", as a phrase table for longest_match ("آل سعود")."""
    return dict.fromkeys(person_names().family, "family")


@cache
def function_words() -> FunctionWords:
    return _words_by_kind(FunctionWords, "function_words.tsv", "word")


def _words_by_kind(table_class: type[WordTable], name: str, column: str) -> WordTable:
    """A table of closed word classes (one row per word and kind) as `table_class`, one frozenset of
    normalised words per kind; a kind the class does not have is an error in the table."""
    kinds: dict[str, set[str]] = {f.name: set() for f in fields(table_class)}
    for row in read_tsv(name):
        if row["kind"] not in kinds:
            raise ValueError(f"{name}: unknown kind {row['kind']!r} of {row[column]!r}")
        kinds[row["kind"]].add(normalize(row[column]))
    return table_class(**{kind: frozenset(words) for kind, words in kinds.items()})


@cache
def max_form_tokens() -> int:
    """Longest known form (entities, titles, cues, groups) in whitespace tokens, for n-gram matching."""
    forms = list(known_entities()) + list(titles()) + list(cues()) + list(groups()) + list(nisba_to_country())
    return max((len(f.split()) for f in forms), default=1)


@cache
def _holders() -> dict[str, tuple[KnownEntity, ...]]:
    out: dict[str, list[KnownEntity]] = {}
    for e in entity_by_key().values():
        for _, of in e.roles:
            out.setdefault(of, []).append(e)
    return {k: tuple(v) for k, v in out.items()}


def holders_of(key: str) -> tuple[KnownEntity, ...]:
    """The known actors holding a role in the country or organization `key`."""
    return _holders().get(key, ())
