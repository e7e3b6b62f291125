"""Knowledge tables for recognising actors, places, attribution cues and titles in Arabic news.

The tables are plain TSV files next to this module (UTF-8, one header line, ``#`` comment lines,
``|`` between values of one cell); SOURCES.md says where each one comes from. Every lookup dict is
keyed by ``kgbuild.text.normalize(form)`` so callers normalise their token n-grams the same way.
Nothing here imports Babel, pycountry or Faker: those are needed only by the build_*.py generators.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import Iterator, TypeVar

from kgbuild.text import normalize

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


@dataclass(frozen=True)
class FunctionWords:
    """Closed-class words by the role they play in the attribution rules (function_words.tsv), normalised."""

    complementizer: frozenset[str]
    adjunct: frozenset[str]
    unnamed_source: frozenset[str]
    clause_link: frozenset[str]
    bare_clause_link: frozenset[str]
    pronoun_clause_link: frozenset[str]
    clause_opener: frozenset[str]
    subject_opener: frozenset[str]
    aside_opener: frozenset[str]
    circumstance: frozenset[str]
    lone_title: frozenset[str]
    relative: frozenset[str]
    telling_verb: frozenset[str]
    self_intensifier: frozenset[str]
    feminine_relative: frozenset[str]
    time_clause: frozenset[str]
    verb_clause_opener: frozenset[str]
    own_country: frozenset[str]
    own_body: frozenset[str]
    country_pair: frozenset[str]
    epithet: frozenset[str]
    land_noun: frozenset[str]
    venue_event: frozenset[str]
    this_country: frozenset[str]
    seat_noun: frozenset[str]
    apparatus_noun: frozenset[str]
    place_apposition: frozenset[str]
    group_modifier: frozenset[str]
    people_adjective: frozenset[str]
    preposition: frozenset[str]
    preposition_head: frozenset[str]
    after_bi: frozenset[str]
    between: frozenset[str]
    speaking: frozenset[str]
    number: frozenset[str]
    passive_agent: frozenset[str]
    agent_link: frozenset[str]
    tail_attribution: frozenset[str]
    according_to: frozenset[str]
    preposed_link: frozenset[str]
    in_text_verb: frozenset[str]
    document_noun: frozenset[str]
    same_source: frozenset[str]
    negation: frozenset[str]
    negation_through: frozenset[str]
    change_verb: frozenset[str]
    dissolving: frozenset[str]
    direction: frozenset[str]
    relation_noun: frozenset[str]
    especially: frozenset[str]
    still: frozenset[str]
    honorific: frozenset[str]
    standing_by: frozenset[str]
    stopping: frozenset[str]
    stopping_noun: frozenset[str]
    stopped_from: frozenset[str]
    ceasefire: frozenset[str]
    hedge: frozenset[str]
    obligation: frozenset[str]
    appealing: frozenset[str]
    preventing: frozenset[str]
    obliged_on: frozenset[str]
    discussing: frozenset[str]
    clause_break: frozenset[str]
    existence: frozenset[str]
    any_word: frozenset[str]
    quantifier: frozenset[str]
    capacity: frozenset[str]
    only: frozenset[str]
    locative: frozenset[str]
    authority_in: frozenset[str]
    place_part: frozenset[str]
    place_spread: frozenset[str]
    posted_at: frozenset[str]
    spokesperson: frozenset[str]
    against: frozenset[str]
    aimed_at: frozenset[str]
    plain_collective: frozenset[str]
    suffering: frozenset[str]
    saying_participle: frozenset[str]
    criticism: frozenset[str]
    suspicion: frozenset[str]
    concessive: frozenset[str]
    concessive_end: frozenset[str]
    condition: frozenset[str]
    condition_noun: frozenset[str]
    meeting_head: frozenset[str]
    contrast: frozenset[str]
    alone: frozenset[str]
    partner_in: frozenset[str]
    state_office: frozenset[str]
    topic_head: frozenset[str]
    service_head: frozenset[str]
    members_aside: frozenset[str]
    gathering_head: frozenset[str]
    topic_noun: frozenset[str]
    rebuttal: frozenset[str]
    compound_noun_tail: frozenset[str]
    word_of_its_own: frozenset[str]
    narrative_particle: frozenset[str]
    sequel_verb: frozenset[str]
    thereby: frozenset[str]
    place_where: frozenset[str]
    consequence: frozenset[str]
    event_verb: frozenset[str]
    asking_verb: frozenset[str]
    another: frozenset[str]
    reply_frame: frozenset[str]
    narration_formula: frozenset[str]
    resumptive_that: frozenset[str]
    resumptive_what: frozenset[str]
    what_relative: frozenset[str]
    reply_object: frozenset[str]
    title_modifier: frozenset[str]
    body_modifier: frozenset[str]
    name_introducer: frozenset[str]
    leader_introducer: frozenset[str]
    called: frozenset[str]
    slot_pronoun: frozenset[str]
    movement_head: frozenset[str]
    office_head: frozenset[str]
    portfolio: frozenset[str]
    state_body_head: frozenset[str]
    abstract_head: frozenset[str]
    verbal_head: frozenset[str]
    name_title: frozenset[str]
    state_head: frozenset[str]
    named_by_word_head: frozenset[str]
    located_head: frozenset[str]
    chain_stop: frozenset[str]
    remit: frozenset[str]
    concerned: frozenset[str]
    dedicated: frozenset[str]
    event_head: frozenset[str]
    name_scope: frozenset[str]
    title_link: frozenset[str]
    affiliating: frozenset[str]
    kunya: frozenset[str]
    regnal_ordinal: frozenset[str]
    slot_end: frozenset[str]
    name_link: frozenset[str]
    theophoric: frozenset[str]
    descent: frozenset[str]
    family_particle: frozenset[str]
    compound_particle: frozenset[str]
    pair: frozenset[str]
    person_noun: frozenset[str]
    club_context: frozenset[str]
    club_prefix: frozenset[str]
    club_suffix: frozenset[str]
    owned_thing_head: frozenset[str]
    named_after_head: frozenset[str]
    latin_letter: frozenset[str]
    latin_letter_word: frozenset[str]
    inner_title_modifier: frozenset[str]
    foreign_name_only_head: frozenset[str]
    service_branch: frozenset[str]
    plural_place_head: frozenset[str]
    part_of_day: frozenset[str]
    source_link: frozenset[str]
    close_to: frozenset[str]
    partitive: frozenset[str]
    side: frozenset[str]
    object_complement: frozenset[str]
    clause_verb: frozenset[str]
    copula: frozenset[str]
    kana: frozenset[str]
    topic_opener: frozenset[str]
    resumptive_in: frozenset[str]
    resumptive_bi: frozenset[str]
    resumptive_li: frozenset[str]
    foreign: frozenset[str]
    people_of: frozenset[str]
    owned_thing: frozenset[str]
    kin_plural: frozenset[str]
    public_noun: frozenset[str]
    public_adjective: frozenset[str]
    plural_title: frozenset[str]
    leadership_noun: frozenset[str]
    plural_spokesperson: frozenset[str]
    place_head: frozenset[str]
    place_head_kept: frozenset[str]
    place_referent_head: frozenset[str]
    place_referent_blocker: frozenset[str]
    place_referent_genitive: frozenset[str]
    city_head: frozenset[str]
    masdar_governor: frozenset[str]
    needs_opener: frozenset[str]
    agency_tag: frozenset[str]
    manner_participle: frozenset[str]
    blame_verb: frozenset[str]
    blame_noun: frozenset[str]
    attack_verb: frozenset[str]
    attack_noun: frozenset[str]
    insist_verb: frozenset[str]
    tightened_noun: frozenset[str]
    renew_verb: frozenset[str]
    renewed_noun: frozenset[str]
    assault_verb: frozenset[str]
    armed_word: frozenset[str]
    masdar_spelled: frozenset[str]
    conversing_verb: frozenset[str]
    masculine_subject: frozenset[str]
    appear_present: frozenset[str]
    byline_verb: frozenset[str]
    impersonal_verb: frozenset[str]
    imperfect_particle: frozenset[str]
    needs_speech_opener: frozenset[str]
    clause_initial_verb: frozenset[str]
    statement_giving_verb: frozenset[str]
    relay_verb: frozenset[str]
    relay_source: frozenset[str]
    issue_verb: frozenset[str]
    issued_noun: frozenset[str]
    authoring_verb: frozenset[str]
    appeared_next: frozenset[str]
    own_words: frozenset[str]
    expressed_verb: frozenset[str]
    by_saying_verb: frozenset[str]
    by_saying: frozenset[str]
    anonymity_verb: frozenset[str]
    own_name: frozenset[str]
    refusing_verb: frozenset[str]
    withheld_saying: frozenset[str]
    withheld_after: frozenset[str]
    convicting_word: frozenset[str]
    charge: frozenset[str]
    content_object_verb: frozenset[str]
    content_object: frozenset[str]
    likening_verb: frozenset[str]
    as_put_by: frozenset[str]
    wording: frozenset[str]
    adverbial_head: frozenset[str]
    medium_noun: frozenset[str]
    medium_preposition: frozenset[str]
    office_holder: frozenset[str]
    pronoun_host: frozenset[str]
    object_pronoun_host: frozenset[str]
    about_preposition: frozenset[str]
    demonstrative: frozenset[str]
    aforementioned: frozenset[str]
    latter: frozenset[str]
    body_scope: frozenset[str]
    each_of: frozenset[str]
    counterpart: frozenset[str]
    bearing_name: frozenset[str]
    figure_noun: frozenset[str]
    informed_on: frozenset[str]
    document_adjective: frozenset[str]
    fronted_head: frozenset[str]
    affiliated: frozenset[str]
    dual_persons: frozenset[str]
    dual_sides: frozenset[str]
    honorific_pronoun: frozenset[str]
    act_negation: frozenset[str]
    verb_negation: frozenset[str]
    photo_position: frozenset[str]
    future_particle: frozenset[str]
    topic_preposition: frozenset[str]
    topic_relative: frozenset[str]
    topic_verb: frozenset[str]
    plural_noun_verb: frozenset[str]
    requesting_participle: frozenset[str]
    subject_pronoun: frozenset[str]
    negated_saying: frozenset[str]
    vessel: frozenset[str]
    name_like_preposition: frozenset[str]


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
        forms = tuple(split_cell(row["forms_ar"]))
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
    return {normalize(r["noun_ar"]): r["kind"] for r in read_tsv("source_nouns.tsv")}


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




@dataclass(frozen=True)
class PersonNames:
    """Arabic given and family names (person_names.tsv, generated by build_person_names.py), normalised."""

    given_male: frozenset[str]
    given_female: frozenset[str]
    family: frozenset[str]

    @property
    def given(self) -> frozenset[str]:
        return self.given_male | self.given_female


PERSON_NAME_KINDS = frozenset(f.name for f in fields(PersonNames))


@cache
def person_names() -> PersonNames:
    return _words_by_kind(PersonNames, "person_names.tsv", "name")


@cache
def given_names() -> dict[str, str]:
    """normalize(given name) -> its kind, as a phrase table for longest_match ("صلاح الدين")."""
    names = person_names()
    return {n: "given_female" for n in names.given_female} | {n: "given_male" for n in names.given_male}


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
