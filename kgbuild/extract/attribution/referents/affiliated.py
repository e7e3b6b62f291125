"""The person a description by profession and institution introduces: "الباحث في مركز «X» بباريس فلان",
"الاقتصادي في مجموعة «X» للاستشارات في دبي فلان", "الباحث في معهد "X" بمرسيليا، فلان،". Analysts and experts are
named so in every kind of news; the description (a definite noun of what they do, its adjectives, في/من/لدى or
a glued بـ with the institution's name, the city it is in) stands where a title would, so the name after it is the
one it describes, though the title list has no such title and the institution's name may be quoted."""
from __future__ import annotations

from ...mentions import Candidate
from ..cursor import Cursor
from ..index import MentionIndex

DEFINITE = "ال"
DESCRIPTION_WORDS = 3      # "الباحث", "الخبير الاقتصادي", "الباحثة الاقتصادية البارزة"
AFFILIATION_LINKS = frozenset({"في", "من", "لدى"})   # "الباحث في مركز X", "الخبيرة من معهد X", "المحلل لدى شركة X"
GLUED_AT = "ب"             # "الباحث بمعهد X", "بباريس": a preposition glued to the institution or its city
INSTITUTION_TAIL = 4       # a closing quote mark, a complement glued with لل ("للاستشارات"), the city and its في
GLUED_COMPLEMENT = "لل"    # "مجموعة «X» للاستشارات": what the institution does, glued to its name
DESCRIPTION_BACK = 16      # tokens from a description's first word to the name it introduces


def person_past_affiliation(tokens: Cursor, mentions: MentionIndex, pos: int, end: int) -> Candidate | None:
    """The person named after a description by profession and institution starting at pos, or None: the
    definite words, the institution's name after في/من/لدى (or glued بـ), its city, then the name (after a comma
    or not), a person no preposition governs."""
    k, words = pos, 0
    while k < end and words < DESCRIPTION_WORDS and _description_word(tokens, mentions, k):
        k, words = tokens.next(k + 1, end), words + 1
    if not words:
        return None
    institution = _institution_at(tokens, mentions, k, end)
    if institution is None:
        return None
    k = tokens.next(institution.j, end)
    for _ in range(INSTITUTION_TAIL + 1):
        if k >= end:
            return None
        if tokens.is_comma(k):
            named = mentions.start_at.get(tokens.next(k + 1, end))
            return named if named is not None and named.type == "Person" and not tokens.governed(named) else None
        c = mentions.start_at.get(k)
        if c is not None and c.type == "Person" and not tokens.governed(c):
            return c
        if c is not None and c.type == "Place" and tokens.governed(c):
            k = tokens.next(c.j, end)   # "بباريس", "في دبي": the city of the institution
        elif tokens.norm(k) in AFFILIATION_LINKS or tokens.is_quote(k) or tokens.norm(k).startswith(GLUED_COMPLEMENT):
            k = tokens.next(k + 1, end)
        else:
            return None
    return None


def description_before(tokens: Cursor, mentions: MentionIndex, person: Candidate, start: int) -> int | None:
    """Where a description by profession and institution that introduces `person` starts, when one ends at the
    person's name ("لكن المحلل في معهد «X» بلندن فلان قال"); None when none does."""
    p = tokens.prev(person.i, start)
    for _ in range(DESCRIPTION_BACK):
        if p is None:
            return None
        if person_past_affiliation(tokens, mentions, p, person.j) is person:
            return p
        p = tokens.prev(p, start)
    return None


def _description_word(tokens: Cursor, mentions: MentionIndex, k: int) -> bool:
    """A definite word of the description ("الباحث", "الاقتصادية"): no name, no closed-class word."""
    norm = tokens.norm(k)
    return norm.startswith(DEFINITE) and len(norm) > len(DEFINITE) + 2 and not mentions.in_a_mention(k) \
        and not tokens.is_punct(k) and norm not in tokens.words.relative and norm not in tokens.words.adjunct


def _institution_at(tokens: Cursor, mentions: MentionIndex, k: int, end: int) -> Candidate | None:
    """The institution's name at k: after في/من/لدى (a quote mark may open it), or glued to بـ."""
    if k >= end:
        return None
    if tokens.norm(k) in AFFILIATION_LINKS:
        k = tokens.next(k + 1, end)
        if k < end and tokens.is_quote(k) and k not in mentions.start_at:
            k = tokens.next(k + 1, end)
        c = mentions.start_at.get(k) if k < end else None
        return c if c is not None and c.type == "Organization" and not tokens.clitic(c) else None
    c = mentions.start_at.get(k)
    return c if c is not None and c.type == "Organization" and tokens.clitic(c) == GLUED_AT else None
