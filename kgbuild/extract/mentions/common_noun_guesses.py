"""One-word Place guesses of the statistical NER that the next word shows to be common nouns.

A place's name is definite by itself: it takes no genitive after it, no indefinite adjective and no
asyndetic relative clause (an indefinite noun's "that ..." without الذي). A word the NER tagged as a place
(an unknown town, "مشهد", "ريف", "نيل" also name places) that is followed by one of these is the common noun:
"في مشهد رمزي" (a scene), "في ريف المدينة" (its countryside), "بعد نيل الوزارة ثقة النواب" (obtaining), "أكاذيب
يروجها" (lies they spread). Only guesses no table knows are judged: a listed place after a preposition keeps
its reading ("في باريس الأحد")."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import is_function_word, is_time_word, text_of
from .base import ADJECTIVE_ENDINGS, Candidate, known_entity_match, skip_space

# the particles of a negated verb ("مشهد لم يعهدوه"): a verb follows them
VERB_NEGATIONS = lexicon.function_words().imperfect_particle & lexicon.function_words().negation
# "مشهد غير مسبوق": the word that negates an adjective describing the noun before it
ADJECTIVE_NEGATION = "غير"
# object pronouns on a present verb that take back the noun before it ("أكاذيب يروجها")
OBJECT_SUFFIXES = ("ها", "ه", "هم", "هن", "هما")
PRESENT_PREFIXES = ("ي", "ت")


def common_noun_guess(doc: Doc, c: Candidate) -> bool:
    """Is the one-word Place guess c (no article on it) followed by its genitive, an indefinite adjective or a
    clause describing it?"""
    if c.type != "Place" or c.j - c.i != 1 or c.key is not None:
        return False
    if text_of(doc)[c.start:c.end].startswith("ال"):
        return False   # a definite name ("البحيرة") is judged by what stands before it, not here
    n = skip_space(doc, c.j)
    if n >= len(doc) or not doc[n].text.strip() or is_time_word(doc[n]):
        return False
    nxt = doc[n].text
    if nxt.startswith("ال"):
        # "ريف اللاذقية", "نيل الحكومة": in construct with its genitive; a definite word shaped like an adjective
        # may describe the place itself ("في كاندارو الساحلية", "الواقعة"), unless a known name
        if is_function_word(doc[n]):
            return False
        return _bare_known_name_at(doc, n, ("Place", "Organization")) or not _adjective_shaped(nxt)
    if nxt.startswith(("وال", "فال")) or _coordinated_known_name_at(doc, n):
        return False   # "إلى X وغرداية", "X والمدن المجاورة": a second name or noun joined to it, no description
    if _bare_known_name_at(doc, n, ("Place",)):
        return True   # "ريف إدلب": a place's name right after it is its genitive
    if normalize(nxt) == ADJECTIVE_NEGATION:
        return True
    if is_function_word(doc[n]) and normalize(nxt) not in VERB_NEGATIONS:
        return False
    if normalize(nxt) in VERB_NEGATIONS:
        k = skip_space(doc, n + 1)
        return k < len(doc) and _present_verb(doc[k].text)   # "مشهد لم يعهدوه"
    return _indefinite_adjective(nxt) or _verb_taking_it_back(nxt)


def _present_verb(text: str) -> bool:
    return len(text) >= 3 and text.startswith(PRESENT_PREFIXES)


def _verb_taking_it_back(text: str) -> bool:
    """"يروجها": a present verb whose object pronoun takes back the noun before it (an asyndetic relative
    clause, which only an indefinite noun takes)."""
    return len(text) >= 5 and _present_verb(text) and text.endswith(OBJECT_SUFFIXES)


def _indefinite_adjective(text: str) -> bool:
    """"رمزي", "وعرة": an indefinite word with a relative adjective's ending or ة, agreeing with a noun before."""
    return len(text) >= 4 and text.endswith(ADJECTIVE_ENDINGS + ("ة",))


def _adjective_shaped(text: str) -> bool:
    """"الساحلية", "الواقعة", "المجاورة": a relative adjective, or a participle of the derived forms in ة."""
    return text.endswith(ADJECTIVE_ENDINGS) or text.endswith("ية") or (text.startswith("الم") and text.endswith("ة"))


def _bare_known_name_at(doc: Doc, n: int, types: tuple[str, ...]) -> bool:
    """A known name of one of `types` opens at token n with no clitic on it: a genitive takes none ("X وغرداية"
    joins a second place)."""
    match = known_entity_match(doc, n, types)
    return match is not None and match[2] == 0


def _coordinated_known_name_at(doc: Doc, n: int) -> bool:
    """A known name opens at token n with a clitic on it, the conjunction و or ف ("وغرداية")."""
    match = known_entity_match(doc, n, ("Place", "Organization", "Person"))
    return match is not None and match[2] > 0 and doc[n].text[:1] in ("و", "ف")
