"""Ministries the text names only through their minister's title: "وقال وزير الصحة التونسي فلان ... وأكدت الوزارة
أن" — the bare "الوزارة" is the Tunisian ministry of health, which speaks, as the gold keys it (the organization a
generic anaphor refers to), not a body the text leaves unnamed (unnamed_bodies.py). The nearest one before the
noun outside another's quoted words wins: a ministry the text names by its name after the title ("وزارة الزراعة",
"الخارجية الكينية") takes the noun over the title (attribution/referents/bodies_and_places.body_referent), and a
nationality after the noun that is not the title's ("الوزارة الجزائرية") keeps the two apart. The mention stage
makes one such ministry per noun that refers to it, with the key its name would have (the lexicon's when it knows
the name); the article keeps it only when a statement takes it (document.prune_groups)."""
from __future__ import annotations

from typing import NamedTuple, Sequence

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from .base import (Candidate, headed_by, known_entity_match, known_forms, label_key, match_title, nisba_country,
                   positions, skip_space, span_chars, token_infos)
from .portfolios import PORTFOLIOS
from .unnamed_bodies import body_noun_stem

TITLED_BODY_SOURCE = "titled_body"
# "وزير", "وزيرة": the first word of a title whose words after it name a ministry's portfolio
MINISTRY_OFFICES = lexicon.function_words().ministry_office
NO_PORTFOLIO = lexicon.function_words().no_portfolio   # "الدولة" of "وزير الدولة"
MINISTRY_HEAD = "وزارة"   # the head noun of what such a title names, and of the bare noun that refers to it
_BARE_MINISTRY = normalize("ال" + MINISTRY_HEAD)
_BARE_MINISTRIES = frozenset({_BARE_MINISTRY})
OPENING_QUOTES, CLOSING_QUOTES = frozenset("«“"), frozenset("»”")   # marks that tell which way they face


class TitledBody(NamedTuple):
    key: str
    name: str     # "وزارة الصحة التونسية": the name the title gives it


def names_a_ministry(form: str, key: str | None = None) -> bool:
    """Is the organization of this form (and lexicon key) a ministry named by its name: "وزارة الزراعة", or its
    portfolio and state alone ("الخارجية الكينية"), or one the lexicon knows by such a name?"""
    forms = (form, *known_forms(key, "Organization"))
    return any(headed_by(f, normalize(MINISTRY_HEAD)) or (normalize(f).split() or [""])[0] in PORTFOLIOS
               for f in forms)


def ministry_key(name: str) -> str:
    """The key a ministry of this name has: the lexicon's, else the one resolve.to_entity makes from its label."""
    known = lexicon.known_entities().get(normalize(name), [])
    return next((e.key for e in known if e.type == "Organization"), label_key("Organization", name))


def _title_ministry(doc: Doc, k: int) -> tuple[str, str | None] | None:
    """(the ministry's name, its country key) when a minister's title starts at token k: "وزير الصحة التونسي"
    gives "وزارة الصحة التونسية", "وزيرة التربية" gives "وزارة التربية"."""
    found = match_title(doc, k)
    if found is None:
        return None
    end, title = found
    words = title.split()
    if len(words) < 2 or normalize(words[0]) not in MINISTRY_OFFICES or normalize(words[1]) in NO_PORTFOLIO:
        return None   # "وزير الدولة": a minister of state heads no ministry
    name = " ".join([MINISTRY_HEAD, *words[1:]])
    q = skip_space(doc, end)
    country = nisba_country(doc, q) if q < len(doc) else None
    if not words[1].startswith("ال"):
        # "وزير خارجية كينيا": the portfolio in construct before the state's name, which the name goes on with
        place = known_entity_match(doc, q, ("Place",)) if q < len(doc) else None
        if place is None:
            return None
        return name + " " + clean_surface(doc[q:place[0]].text), place[1]
    if country is not None:
        adjective = clean_surface(doc[q].text)
        name += " " + (adjective + "ة" if adjective.endswith("ي") else adjective)   # the ministry is feminine
    return name, country


def in_quoted_words(doc: Doc, k: int) -> bool:
    """Does token k stand inside words quoted with opening and closing marks (« », “ ”) in its paragraph? A body
    named in another's quoted words ("وأعلنت وزارة الدفاع الصينية أن «تصريحات وزير الدفاع الياباني ...»") is
    no antecedent of a bare noun in the narration after them."""
    for p in range(k - 1, -1, -1):
        text = doc[p].text
        if "\n" in text:
            return False
        if text in OPENING_QUOTES:
            return True
        if text in CLOSING_QUOTES:
            return False
    return False


def _last_named_ministry(doc: Doc, cands: Sequence[Candidate], i: int) -> int:
    """The first token of the last ministry named by its name before token i, outside quoted words (-1 for
    none)."""
    return max((c.i for c in cands if c.i < i and c.type == "Organization" and names_a_ministry(c.form, c.key)
                and not in_quoted_words(doc, c.i)), default=-1)


def titled_body(doc: Doc, i: int, cands: Sequence[Candidate]) -> TitledBody | None:
    """The ministry that the bare "الوزارة" at token i (clitics allowed) refers to through the title of its
    minister named before it, nearer than any ministry named by its name (`cands`: the article's chosen
    mentions); None when the noun is no such word, a nationality after it is not the title's, or no title
    comes first."""
    found = body_noun_stem(doc, i)
    if found is None or normalize(found[1]) != _BARE_MINISTRY:
        return None
    nxt = skip_space(doc, i + 1)
    own = nisba_country(doc, nxt) if nxt < len(doc) else None
    info = token_infos(doc)
    for k in range(i - 1, _last_named_ministry(doc, cands, i), -1):
        if info[k].blocks or info[k].norms.isdisjoint(MINISTRY_OFFICES) or in_quoted_words(doc, k):
            continue
        titled = _title_ministry(doc, k)
        if titled is None:
            continue
        name, country = titled
        if own is not None and own != country:
            return None   # "وزير الصحة التونسي ... الوزارة الجزائرية": another state's ministry
        return TitledBody(ministry_key(name), name)
    return None


def titled_body_candidates(doc: Doc, cands: Sequence[Candidate]) -> list[Candidate]:
    """One Organization mention per bare "الوزارة" that refers to a ministry named through its minister's title:
    the ministry by that name, at the noun."""
    out = []
    info = token_infos(doc)
    for i in positions(doc, _BARE_MINISTRIES):   # (the tokens a reading of which is the bare noun)
        titled = titled_body(doc, i, cands)
        if titled is None:
            continue
        start, stop = span_chars(doc, i, i + 1, body_noun_stem(doc, i)[0])
        out.append(Candidate(i, i + 1, start, stop, titled.name, "Organization", TITLED_BODY_SOURCE,
                             key=titled.key))
    return out
