"""The body or country a title's possessive pronoun points back to: "المتحدث باسمها فلان" (its spokesman),
"وزير خارجيتها فلان" (its foreign minister), "رئيس مجلسه فلان" (the head of its council). The title finder
reads such a title with no complement named, so the holder's role is of no one; the pronoun takes back the
nearest body or place named before it whose grammatical gender it agrees with (ها: a country, all but a few
feminine in Arabic, or a body whose head noun is feminine; ه: a body whose head noun is masculine). A person
named nearer than that body leaves it open (the pronoun may be the person's: "قالت فلانة ... المتحدث
باسمها")."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...records import EntityRecord
from ...text import normalize
from ..words import is_arabic_text, tokens_of
from .base import Candidate
from .keys import MentionKeys

FEMININE, MASCULINE = "ها", "ه"   # the singular possessive pronouns on the title's complement
MAX_DISTANCE = 60   # tokens between the antecedent and the title: further back the pronoun is rarely its
FEMININE_ENDING = "ه"   # a normalised noun ending in ة (normalize writes it ه): feminine
SPEAKING_FOR = normalize("باسم")   # "المتحدث باسمها": a spokesman speaks for a body before a state


def pronoun_title_roles(doc: Doc, chosen: list[Candidate], key_of: MentionKeys,
                        entities: dict[str, EntityRecord]) -> None:
    """Give each title holder whose title's complement is a possessive pronoun the body or country it takes
    back (on the candidate and on the entity's role of that title), when one is found."""
    toks = tokens_of(doc)
    named = [c for c in chosen if c.type in ("Person", "Place", "Organization") and c in key_of]
    for c in chosen:
        if c.type != "Person" or not c.title or c.role_of or c.title_i is None or c not in key_of:
            continue
        pronoun = _pronoun_complement(toks.texts, c.title_i, c.i)
        if pronoun is None:
            continue
        stem, gender = pronoun
        antecedent = _antecedent(named, key_of, entities, c.title_i, gender, _prefers_body(stem))
        if antecedent is None:
            continue
        c.role_of = antecedent
        for role in entities[key_of[c]].roles:
            if role.title == c.title and role.of_key is None:
                role.of_key = antecedent


def _pronoun_complement(texts: list[str], title_i: int, name_i: int) -> tuple[str, str] | None:
    """(the normalised noun, the pronoun's gender) of an indefinite word between the title's first word and the
    holder's name that ends in a singular possessive pronoun ("باسمها", "خارجيتها", "مجلسه"); None if none."""
    for k in range(title_i + 1, name_i):
        text = texts[k]
        if not is_arabic_text(text) or text.startswith(("ال", "وال")):
            continue
        for suffix, gender in ((FEMININE, FEMININE), (MASCULINE, MASCULINE)):
            if text.endswith(suffix) and len(text) - len(suffix) >= 3 and not text.endswith(("هم", "هما")):
                return normalize(text[:-len(suffix)]), gender
    return None


def _prefers_body(stem: str) -> bool:
    """"باسمها", "مجلسها": a spokesman or a council is a body's first; "خارجيتها", "وزرائها": a state's portfolio."""
    stem = stem[:-1] + FEMININE_ENDING if stem.endswith("ت") else stem
    return stem == SPEAKING_FOR or stem in lexicon.org_heads()


def _head_noun(ent: EntityRecord) -> str | None:
    """The first word of the entity's label, normalised, without its article ("الوزارة" -> "وزاره"); None for no word."""
    words = normalize(ent.label).split()
    if not words:
        return None
    return words[0][2:] if words[0].startswith("ال") else words[0]


def _gender_fits(ent: EntityRecord, gender: str) -> bool:
    """Can the pronoun of `gender` take back `ent`? A place is feminine; a body by its head noun: one ending in ة
    feminine, another head noun of the lexicon masculine, a proper name either (the gender is its kind's)."""
    if ent.type == "Place":
        return gender == FEMININE
    head = _head_noun(ent)
    if head is None:
        return False
    if head.endswith(FEMININE_ENDING):
        return gender == FEMININE
    return gender == MASCULINE or head not in lexicon.org_heads()


# organizations.tsv kinds of a news outlet or agency (a head noun of the kind "media" too: "إذاعة", "صحيفة")
OUTLET_KINDS = frozenset({"media", "agency"})
PLATFORMS = lexicon.function_words().platform   # "تويتر": where something was posted


def _news_outlet(ent: EntityRecord) -> bool:
    """A news outlet or a social platform, by the lexicon's kind of it or of its head noun ("إذاعة", "صحيفة")."""
    known = lexicon.entity_by_key().get(ent.key.partition("/")[0])
    if known is not None and known.kind in OUTLET_KINDS:
        return True
    return lexicon.org_heads().get(_head_noun(ent) or "") == "media" or normalize(ent.label) in PLATFORMS


def _antecedent(named: list[Candidate], key_of: MentionKeys, entities: dict[str, EntityRecord], title_i: int,
                gender: str, body_first: bool) -> str | None:
    """The key of the nearest body or place before token title_i the pronoun agrees with (a body before a place
    for a spokesman or a council, a place before a body for a state's portfolio), within MAX_DISTANCE tokens and
    with no person named nearer; None otherwise."""
    before = sorted((c for c in named if c.j <= title_i and title_i - c.j <= MAX_DISTANCE),
                    key=lambda c: (c.j, c.j - c.i), reverse=True)
    fits: list[tuple[str, str]] = []   # (type, key) nearest first
    for c in before:
        ent = entities.get(key_of[c])
        if ent is None:
            continue
        if ent.type == "Person":
            break
        if _news_outlet(ent):
            continue   # "نقلت وكالة X عن المتحدث باسمها": the outlet relays; the pronoun is of the one named before
        if _gender_fits(ent, gender):
            fits.append((ent.type, ent.key))
    if not fits:
        return None
    preferred = "Organization" if body_first else "Place"
    return next((key for type_, key in fits if type_ == preferred), fits[0][1])
