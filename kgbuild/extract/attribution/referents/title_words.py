"""How titles compare as words: one title with or without its article, the same words, the head word,
a one-word title heading a longer one in the same role, and a title's remit in titles.tsv."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize, strip_article

SPEAKING_FOR = "باسم"        # "المتحدث باسم الحكومة": the spokesman of
REMIT = " of "               # "minister of defence": the role's remit in titles.tsv


def same_title(a: str, b: str) -> bool:
    """"رئيس" and "الرئيس" are one title."""
    return strip_article(normalize(a)) == strip_article(normalize(b))


def same_words(a: str, b: str) -> bool:
    """"رئيس اركان" (in construct before the body or country it is of: "رئيس اركان القوات البرية الإسرائيلية") and
    "رئيس الاركان" (before its nationality) are one title: their words but for the articles are the same."""
    return [strip_article(w) for w in normalize(a).split()] == [strip_article(w) for w in normalize(b).split()]


def title_head(title: str) -> str:
    words = strip_article(normalize(title)).split()
    return words[0] if words else ""


def heads_title(held: str, bare: str) -> bool:
    """"الوزيرة" for "وزيرة التخطيط": a one-word title that is the first word of a longer one in the same role
    (its gender too); not "الرئيس" for "رئيس الوزراء", whose first word is another role ("head")."""
    word = strip_article(normalize(bare))
    words = strip_article(normalize(held)).split()
    one = lexicon.titles().get(normalize(bare)) or lexicon.titles().get(word)
    head = lexicon.titles().get(words[0]) if words else None
    return one is not None and not word.split()[1:] and words[1:] != [] and words[0] == word \
        and head is not None and head.role_en == one.role_en


def other_roles(held: str, bare: str) -> bool:
    """A bare title whose remit in titles.tsv ("وزير الدفاع": minister of defence) the title a person
    holds does not name ("وزير الخارجية", or "وزير" alone); "نائب الرئيس" names no remit to differ in."""
    remit_held, remit_bare = _remit(held), _remit(bare)
    return remit_bare is not None and remit_held != remit_bare


def _remit(title: str) -> str | None:
    """"minister of defence" -> "defence": the remit of a title the lexicon knows."""
    known = lexicon.titles().get(strip_article(normalize(title)))
    return known.role_en.split(REMIT, 1)[1] if known is not None and REMIT in known.role_en else None
