"""Parties named by their definite class noun and two adjectives ("الحزب الريفي المتجدد", "الاتحاد العمالي الليبرالي").

A party, movement or union is often named by its head noun and two agreeing adjectives, one of them the relative
adjective of its creed or field and the other free ("modern", "militant", "Christian"). Two relative adjectives of
no country after a party's head already name it. With one free adjective the words may as well describe a
movement of people ("الحركة الاحتجاجية الواسعة"), so that reading needs the party's frame: a leader's title, a
member's place or a spokesman's "باسم" right before it, or "حزبه" in apposition. Where a party stands
("المعارض", "الحاكم") describes it, no word of its name. The name ends at the second adjective: a definite word after it may be one more word of a longer name,
which no reading here cuts short."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..words import is_arabic_word, is_function_word, is_time_word
from .base import is_elative, is_nisba, known_entity_at, nisba_country, skip_space

# "الجديد", "السابق", "المنتخب": the state of a term or office, no word of a party's name
BODY_STATE = lexicon.function_words().body_state
# adjectives that follow a body's name without being part of it
CHAIN_STOP = lexicon.function_words().chain_stop
# "المعارض", "الحاكم", "المحظور": where a party stands (opposing, ruling, banned) describes it, no word of its name
STANDING = lexicon.function_words().stance_participle | lexicon.function_words().body_epithet
# "المسؤولية", "الشرعية": nouns in ـية after a party's name are the verb's object, no adjective of it
IYYA_NOUNS = lexicon.function_words().iyya_noun
# "الاتحاد": a union named like a party (Christian, social unions); the parties' own heads are of kind party
UNION_HEAD = "اتحاد"


def _feminine(norm: str) -> bool:
    return norm.endswith("ه")


def _adjective(doc: Doc, m: int, feminine: bool, country_ok: bool = False) -> bool:
    """Token m is a definite adjective that may be a word of a party's name and agrees with its head in gender:
    no function or time word, no state of a term, no elative, no known name, and no nationality unless
    `country_ok` (the last word: "الحركة المناضلة <الجنسية>", the party's state closing its name)."""
    if m >= len(doc) or doc[m].is_space or not doc[m].text.startswith("ال") or not is_arabic_word(doc[m]):
        return False
    norm = normalize(doc[m].text)
    return _feminine(norm) == feminine and not is_function_word(doc[m]) and not is_time_word(doc[m]) \
        and norm not in BODY_STATE and norm not in CHAIN_STOP and norm not in IYYA_NOUNS and not is_elative(norm) \
        and norm not in STANDING and norm[2:] not in STANDING \
        and (country_ok or nisba_country(doc, m) is None) \
        and known_entity_at(doc, m, ("Place", "Organization", "Person")) is None


def two_adjective_party_end(doc: Doc, head: str, kind: str | None, k: int, framed: bool) -> int | None:
    """End of a party's name whose definite head (normalised, no article: `head`, of org kind `kind`) stands
    right before k and two agreeing adjectives follow at k and k+1, one a relative adjective: both relative, or
    one free and the party `framed` (led, a member's or spokesman's word before it, or in apposition to "his
    party"). None when the words name no party this way."""
    if kind != "party" and head != UNION_HEAD:
        return None
    feminine = _feminine(head)
    second = skip_space(doc, k + 1)
    if second != k + 1 or not (_adjective(doc, k, feminine) and _adjective(doc, second, feminine, country_ok=True)):
        return None
    nisbas = sum(1 for m in (k, second) if is_nisba(doc[m].text))
    if nisbas == 0 or (nisbas == 1 and not framed):
        return None
    after = skip_space(doc, second + 1)
    if after < len(doc) and doc[after].text.startswith("ال") and is_arabic_word(doc[after]) \
            and not is_time_word(doc[after]):
        return None  # "الحزب الديمقراطي الاجتماعي الألماني ...": the name may run on, no reading cuts it
    return second + 1
