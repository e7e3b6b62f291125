"""What a target is, which fixes its stance whatever the words near it say: a group the speaker calls
terrorists or names with a bad word, one denied its name ("ما يسمى بـX"), an organization outlawed as terrorist;
the group kinds no speaker blames or that name a nation; places that are no state."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..groups import kind_of
from ..mentions import Candidate
from ..words import tokens_of
from .settings import plain
from .words import polarity_table, word_before, word_polarity


NEGATIVE_GROUPS = frozenset({"terrorists", "extremists", "rioters", "looters", "armed_groups", "gunmen", "attackers",
                             "insurgents", "militants"})
# groups.tsv kinds no speaker blames: the bad words near them are what befell them ("مقتل المدنيين")
VICTIM_GROUPS = frozenset({"civilians", "victims", "hostages", "displaced"})
# groups.tsv kinds that name a nation as a whole: what threatens its country is no doing of theirs ("التهديدات ضد
# X لن ترهب شعب X")
NATION_GROUPS = frozenset({"people"})
# groups.tsv kinds of ordinary members of a society: a report of what they feel or endure ("الناخبون ضاقوا ذرعا
# بالفساد", "العائلات ستبقى في الشارع ما دام هناك من يعرقل التحقيق") blames whoever wrongs them, not them
COMMONER_GROUPS = frozenset({"people", "citizens", "voters", "residents", "families", "relatives", "public"})
# groups.tsv kinds of a state's armed or security men and its authorities: what a denial denies of them is an
# official account cleared ("نفى أن تكون قوات الأمن ارتكبت أي تجاوزات"), no boast of a side's own fighters
STATE_FORCE_GROUPS = frozenset({"security_forces", "police_officers", "soldiers", "forces", "troops", "officers", "authorities"})
STATE_PLACES = frozenset({"country", "capital"})   # places.tsv kinds that may stand for a government


def bad_by_what_it_is(doc: Doc, key: str, mentions: list[Candidate], c_start: int, own: bool) -> bool:
    """Is the target bad whatever the words near it say: a group the speaker calls terrorists, names with a
    bad word or denies its name, or an organization outlawed as terrorist (unless the speaker speaks for it)?"""
    if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS and not all(plain(c) for c in mentions):
        return True
    if own:
        return False
    if key.startswith("group:") and any(named_badly(c) for c in mentions):
        return True           # "المرتزقة", "العصابات المسلحة": the speaker names the group with a bad word
    # "ما يسمى بالمجلس العسكري": the speaker denies X its name; "عناصر تنظيم داعش": outlawed as terrorist
    return any(_so_called(doc, c, c_start) or _outlawed(c) for c in mentions)


def _so_called(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand right after a word of "so-called" after ما (polarity.tsv kind so_called: "ما
    يسمى بـX", "بما تسمى X")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    q = word_before(doc, p, lo) if p >= lo else lo - 1
    if q < lo or normalize(toks.texts[p]) not in polarity_table().so_called:
        return False
    return normalize(toks.texts[q]) == "مما" or \
        any(normalize(stem) == "ما" for clitic, stem in clitic_variants(toks.texts[q]) if clitic in ("", "و", "ب", "ل"))


def named_badly(c: Candidate) -> bool:
    """Is group mention c named with a bad word (polarity.tsv) of its own ("المرتزقة", "عصابات التهريب")?"""
    return _bad_form(c.form)


@lru_cache(maxsize=16384)   # a function of the form alone, asked of each group mention several times per statement
def _bad_form(form: str) -> bool:
    """Has the written form a bad word (polarity.tsv) among its words?"""
    return any(word_polarity(word) < 0 for word in form.split())


def _outlawed(c: Candidate) -> bool:
    """Is mention c an organization outlawed as terrorist across the region (polarity.tsv kind outlawed:
    "داعش", "تنظيم القاعدة", "بوكو حرام"), by the form written or by a form of the entity it names?"""
    return _outlawed_name(c.form, c.key)


@lru_cache(maxsize=16384)
def _outlawed_name(form: str, key: str | None) -> bool:
    """_outlawed of a mention written `form` with entity key `key`: the tables are fixed, so kept per (form, key)
    (every target's mentions are asked it twice per statement, and a known entity's forms are many)."""
    names = polarity_table().outlawed
    if normalize(form) in names:
        return True
    known = lexicon.entity_by_key().get(key) if key else None
    return known is not None and any(normalize(form) in names for form in known.forms)


def no_state(c: Candidate) -> bool:
    """Is mention c a place that is no state: a town, a region, a place the gazetteer does not know (a
    country or its capital may stand for its government)?"""
    if c.type != "Place":
        return False
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    return known is None or known.kind not in STATE_PLACES
