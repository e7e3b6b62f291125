"""Two bodies named after one head noun in the dual ("حركتا فتح وحماس", "شركتي سوني وباناسونيك")."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import text_of
from .base import Candidate, known_entity_at, skip_space, span_chars
from .foreign_names import foreign_name_end_after
from .latin_names import latin_name_end


DUAL_FEMININE_ENDINGS = ("تا", "تي")   # the dual of a noun in ة, in construct: "حركتا", "شركتي"


@lru_cache(maxsize=131072)   # asked of every word by the body finder: a function of the text alone
def dual_head(text: str) -> str | None:
    """The singular of a feminine head noun in the dual, bare or with a clitic: "حركتا", "وشركتي" ->
    "حركه", "شركه" (ANERcorp and news name two bodies after it: "حركتا فتح وحماس")."""
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
        end = known[0] if known else foreign_name_end_after(doc, k, len(clitic))
        if end <= k and not clitic:
            end = latin_name_end(doc, k)  # "شركتي IBM وLenovo"
        if end <= k:
            break
        s, e = span_chars(doc, k, end, len(clitic))
        name = clean_surface(text_of(doc)[s:e])
        cand = Candidate(k, end, s, e, name, "Organization", "org")
        full = normalize(head + " " + name)
        known_full = lexicon.known_entities().get(full)
        cand.key = known[1] if known else (known_full[0].key if known_full and known_full[0].type == "Organization"
                                          else None)
        cand.extra_forms.add(clean_surface(normalize(head)[:-1] + "ة " + name))
        out.append(cand)
        k = skip_space(doc, end)
    return out
