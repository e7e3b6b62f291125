"""Two bodies named after one head noun in the dual ("حركتا فتح وحماس", "شركتي سوني وباناسونيك")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import is_function_word, text_of
from .base import Candidate, is_nisba, known_entity_at, skip_space, span_chars
from .foreign_names import foreign_name_end_after
from .latin_names import latin_name_end


DUAL_FEMININE_ENDINGS = ("تا", "تي")   # the dual of a noun in ة, in construct: "حركتا", "شركتي"
MASCULINE_DUAL_HEADS = lexicon.function_words().masculine_dual_head   # "حزبا", "مجلسي"
DUAL_ADJECTIVE_ENDINGS = ("ان", "ين")   # "المعارضان": an adjective agreeing with the dual head closes the names
DEFINITE_NAME_WORDS = 3


@lru_cache(maxsize=131072)   # asked of every word by the body finder: a function of the text alone
def dual_head(text: str) -> str | None:
    """The singular of a feminine head noun in the dual, bare or with a clitic: "حركتا", "وشركتي" ->
    "حركه", "شركه" (ANERcorp and news name two bodies after it: "حركتا فتح وحماس")."""
    if normalize(text).endswith(("ا", "ي")):
        for _, stem in clitic_variants(text):
            if normalize(stem) in MASCULINE_DUAL_HEADS:
                return normalize(stem)[:-1]   # "حزبا" -> "حزب"
    if not normalize(text).endswith(DUAL_FEMININE_ENDINGS):
        return None   # most words: a clitic before it does not change how it ends
    heads = lexicon.org_heads()
    for _, stem in clitic_variants(text):
        norm = normalize(stem)
        if norm.endswith(DUAL_FEMININE_ENDINGS) and len(norm) >= 5 and norm[:-2] + "ه" in heads:
            return norm[:-2] + "ه"
    return None


def dual_named_bodies(doc: Doc, i: int, head: str) -> list[Candidate]:
    """The two bodies named after a dual head: "حركتا فتح وحماس", "شركتي سوني وباناسونيك"; each a
    known body or one to three foreign words (the second after و), the head noun and name a form."""
    out = []
    k = skip_space(doc, i + 1)
    for n in range(2):
        if k >= len(doc):
            break
        clitic = "و" if n == 1 and doc[k].text.startswith("و") else ""
        if n == 1 and not clitic:
            break
        known = known_entity_at(doc, k, ("Organization",))
        # "حزبا العمل الوطني والتقدم الشعبي": a masculine head's bodies are named in definite words
        definite = not known and _masculine(head) and (end := _definite_name_end(doc, k, len(clitic))) > k
        if not definite:
            end = known[0] if known else foreign_name_end_after(doc, k, len(clitic))
        if end <= k and not clitic:
            end = latin_name_end(doc, k)  # "شركتي IBM وLenovo"
        if end <= k:
            break
        s, e = span_chars(doc, k, end, len(clitic))
        name = clean_surface(text_of(doc)[s:e])
        with_head = clean_surface(_singular(head) + " " + name)
        cand = Candidate(k, end, s, e, with_head if definite else name, "Organization", "org")
        full = normalize(head + " " + name)
        known_full = lexicon.known_entities().get(full) or lexicon.known_entities().get(normalize(with_head))
        cand.key = known[1] if known else (known_full[0].key if known_full and known_full[0].type == "Organization"
                                          else None)
        cand.extra_forms.add(name if definite else with_head)
        out.append(cand)
        k = skip_space(doc, end)
    # "حزبي" is also an adjective ("العمل الحزبي") or "my party": a masculine dual names bodies only as a pair
    return out if len(out) == 2 or not _masculine(head) else []


def _masculine(head: str) -> bool:
    return not head.endswith("ه")


def _singular(head: str) -> str:
    """The head noun as written before one body's name: "حركه" -> "حركة", "حزب" stays."""
    return head if _masculine(head) else head[:-1] + "ة"


def _definite_name_end(doc: Doc, k: int, clitic_len: int) -> int:
    """End of a name in definite words at k ("حزبا العمل الوطني والتقدم الشعبي"): a definite word and the
    relative adjectives after it, up to an adjective in the dual that agrees with the head ("المعارضان") or
    a word of another kind (the verb's object: "القرار"); the second name carries و."""
    if not doc[k].text[clitic_len:].startswith("ال") or is_function_word(doc[k]):
        return k
    end = k + 1
    while end < len(doc) and end - k < DEFINITE_NAME_WORDS and doc[end].text.startswith("ال") \
            and is_nisba(doc[end].text) and not normalize(doc[end].text).endswith(DUAL_ADJECTIVE_ENDINGS) \
            and not known_entity_at(doc, end, ("Organization", "Place", "Person")):
        end += 1
    return end
