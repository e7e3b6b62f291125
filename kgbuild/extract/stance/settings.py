"""Where a mention stands in the content: a place named as where something happens, the act's object, a bare
collective."""

from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import PLACE_HEADS, Candidate
from ..words import prev_word, tokens_of
from .words import clitic_of, first_word, has_stem_in, is_one_of, word_before


def plain(c: Candidate) -> bool:
    """Is mention c a bare collective that judges no one ("الفصائل", not "الفصائل المسلحة" or "الميليشيات")?"""
    return normalize(c.form) in lexicon.function_words().plain_collective


def locative(doc: Doc, c: Candidate, lo: int = 0) -> bool:
    """"العنف في X": a place named as where something happens, not as a side; so is a town, district
    or street with ب after a word of the content ("مصنع جديد بمدينة X", "بحي X"; but "أشاد بمدينة X"
    praises it)."""
    toks = tokens_of(doc)
    if c.type != "Place":
        return False
    words = lexicon.function_words()
    q = first_word(doc, c.j)
    if q < len(doc) and is_one_of(toks.texts[q], words.relative):
        return False          # "في X التي تعد شريكا وثيقا لنا": the clause after it speaks of X itself
    p = prev_word(doc, c.i)
    if p is not None and is_one_of(toks.texts[p], words.demonstrative) and \
            (q := prev_word(doc, p)) is not None and q >= lo and is_one_of(toks.texts[q], words.locative):
        p = q                   # "العنف في هذه المدينة": the place referred back to is where it happens
    if p is not None and is_one_of(toks.texts[p], words.locative):
        # but "السلطات في X": X's own rulers, X is a side; so is X in "الأشقاء في X", its people called brothers
        return not _authorities_of(doc, p, words.authority_in) and not _authorities_of(doc, p, words.kin_in) and \
            not _authorities_of(doc, p, words.polity_in, ADJECTIVES_BEFORE_IN)
    if p is not None and not clitic_of(doc, c) and _known_place_below_country(c) and \
            has_stem_in(toks.texts[p], words.gathering_head):
        return True           # "قمة X", "محادثات X", "اتفاق X": the town the gathering is held in, no side
    if p is not None and p >= lo and is_one_of(toks.texts[p], words.place_head):
        # "في مدينة X", "داخل محافظة X": the place head stands between the locative word and the name
        q = prev_word(doc, p)
        if q is not None and q >= lo and is_one_of(toks.texts[q], words.locative):
            return True
    if _in_a_part_of(doc, p, lo):
        return True           # "في أحد أحياء X", "في شوارع X": a part of X is where it happens
    clitic, at = clitic_of(doc, c), c.i
    head = c.form.split()[0] if c.form.split() else ""
    if not clitic:
        # the head outside the name: "بمدينة X"
        if p is None or p < lo:
            return False
        readings = [(cl, st) for cl, st in clitic_variants(toks.texts[p]) if cl.endswith("ب")]
        if not readings:
            return False
        clitic, head, at = readings[0][0], readings[0][1], p
    if at <= first_word(doc, lo):
        return False
    first = normalize(head)
    return clitic.endswith("ب") and (first in PLACE_HEADS or (first.startswith("ال") and first[2:] in PLACE_HEADS))


AMID = normalize("وسط")   # "وسط صفوف X": amid the ranks of X
AMIDS = frozenset({AMID})   # (as a class: has_stem_in's test of the word past its clitics)


def among(doc: Doc, c: Candidate, lo: int, amid: bool = True) -> bool:
    """Is mention c the group among whose members, ranks or circles something is found (function_words among_head
    right before it, after بين, function_words among, or with `amid` after وسط: "بين صفوف X", "وسط أوساط X",
    "تأييد متزايد بين أفراد الشعب X")? It is where, not the doer of a bad thing there. ("التوتر بين X وY", "يميز
    بين X": the sides stay; so does the group after "في صفوف", "حالة طوارئ في صفوف الجيش", which is what it is
    about.) Targets ask it with amid=False: they drop such a group as no party to what was said after بين only;
    after وسط it stays a target, neutral ("اندسوا وسط صفوف X" in test_stance). Whether وسط should drop it too is
    open: no measured set (seeds, dev, probe, pool samples) changes either way."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p = word_before(doc, c.i, lo)
    if p < lo or clitic_of(doc, c) or toks.punct[p] or \
            not has_stem_in(toks.texts[p], words.among_head):
        return False
    q = word_before(doc, p, lo)
    return q >= lo and not toks.punct[q] and (is_one_of(toks.texts[q], words.among) or (
        amid and has_stem_in(toks.texts[q], AMIDS)))


IN = normalize("في")
FROM = normalize("من")   # "في مناطق متفرقة من X": the part is of X
PLACE_PARTS = 2       # words naming a part of a place between في and the place at most ("في أحد أحياء X")


def _in_a_part_of(doc: Doc, p: int | None, lo: int) -> bool:
    """Do the words ending at p name a part of a place (function_words place_part, place_head) right after a
    locative في ("في أحد أحياء", "في ضواحي"), with an adjective of spread and "من" before the place ("في مناطق
    متفرقة من")?"""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if p is not None and p > lo and normalize(toks.texts[p]) == FROM and (q := prev_word(doc, p)) is not None \
            and q >= lo and is_one_of(toks.texts[q], words.place_spread):
        p = prev_word(doc, q)
    parts = 0
    while p is not None and p >= lo and not toks.punct[p] and parts < PLACE_PARTS and \
            (is_one_of(toks.texts[p], words.place_part) or is_one_of(toks.texts[p], words.place_head)):
        p, parts = prev_word(doc, p), parts + 1
    return parts > 0 and p is not None and p >= lo and normalize(toks.texts[p]) == IN


ADJECTIVES_BEFORE_IN = 2   # adjectives between a noun of polity and في at most ("الأنظمة غير الشرعية في X")
NOT = normalize("غير")


def _authorities_of(doc: Doc, p: int, nouns: frozenset[str], adjectives: int = 0) -> bool:
    """Is the word at p the في of "السلطات في X", "القيادة في X" (function_words authority_in before it): the
    rulers of X, who make X a side, not where something happens? (or of "الأشقاء في X", kin_in: its people; or of
    "الديمقراطية الناشئة في X", polity_in past up to `adjectives` definite adjectives or غير: its polity)"""
    toks = tokens_of(doc)
    if normalize(toks.texts[p]) != IN:
        return False
    q = prev_word(doc, p)
    for _ in range(adjectives):
        if q is None or toks.punct[q] or is_one_of(toks.texts[q], nouns) or \
                not (normalize(toks.texts[q]).startswith("ال") or normalize(toks.texts[q]) == NOT):
            break
        q = prev_word(doc, q)
    return q is not None and not toks.punct[q] and is_one_of(toks.texts[q], nouns)


def _known_place_below_country(c: Candidate) -> bool:
    """Is mention c a town or capital the gazetteer knows (not a country: "محادثات إيران" are talks with it)?"""
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    return known is not None and known.type == "Place" and known.kind != "country"


def opens(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c open the content, alone or after its place head ("بمدينة X"): the act's object?"""
    first = first_word(doc, lo)
    if c.i <= first:
        return True
    return word_before(doc, c.i, lo) == first and any(
        normalize(stem) in PLACE_HEADS or normalize(stem)[2:] in PLACE_HEADS
        for _, stem in clitic_variants(tokens_of(doc).texts[first]))


def joined_settings(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int) -> frozenset[int]:
    """The first tokens of the place mentions named as where something happens: those `locative` finds ("في X"),
    and a place joined by و to one of them ("المجازر في X وY وZ": Y and Z are settings too)."""
    places = [c for _, cs in targets for c in cs if c.type == "Place"]
    found = {c.i: c for c in places if locative(doc, c, c_start)}
    grown = True
    while grown:
        ends = {c.j - 1 for c in found.values()}
        joined = {c.i: c for c in places if c.i not in found and clitic_of(doc, c) == "و" and
                  word_before(doc, c.i, c_start) in ends}
        found.update(joined)
        grown = bool(joined)
    return frozenset(found)
