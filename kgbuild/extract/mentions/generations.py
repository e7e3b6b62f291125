"""A person's name followed by the word that tells a son from the father of the same name ("الابن", Jr.;
"الأب", Sr.): the word is the end of the name, and the name is another person's than the bare one.

Arabic news writes "فلان علان الابن" for a namesake son (a president's namesake son, a dynasty's heir) and
"فلان علان الأب" for the father when both are named. The name finders stop before the word (a definite common
noun, "the son") and the gazetteer reads the bare name as the father: the son's deeds and words go to him.
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import tokens_of, text_of, word_count
from .base import Candidate, skip_space, span_chars
from .name_tails import clear_boundary
from .names import verb_after_name

# "الابن", "الأب": the word after a name that tells which of two namesakes, son or father, it is
GENERATION_WORDS = lexicon.function_words().generation_suffix
# the fewest words of the name before it: a family name alone with the word ("فلان الابن") may be any son of the
# family (a son of another given name than his father's), and is left to the name it recurs as
FULL_NAME_WORDS = 2


def generation_suffixed_names(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen persons, each full name (two words or more) followed by a generation word (GENERATION_WORDS)
    that a clear boundary or the verb of its subject closes taken to that word, with no gazetteer key: "وصل فلان
    علان الابن إلى" names the son, whom the gazetteer's bare name is not. A word after the generation word that
    is neither (an adjective, a genitive: "فلان علان الابن الأكبر لعلان") leaves it a noun in apposition."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    taken = {k for c in chosen for k in range(c.i, c.j)}
    out = []
    for c in chosen:
        if c.type == "Person" and word_count(doc, c.i, c.j) >= FULL_NAME_WORDS \
                and (q := skip_space(doc, c.j)) < len(doc) and not toks.spaces[q] and q not in taken \
                and normalize(toks.texts[q]) in GENERATION_WORDS and normalize(toks.texts[c.j - 1]) not in GENERATION_WORDS:
            after = skip_space(doc, q + 1)
            if clear_boundary(doc, after) or (after < len(doc) and verb_after_name(doc, after)):
                e = span_chars(doc, c.i, q + 1, 0)[1]
                c = replace(c, j=q + 1, end=e, form=clean_surface(text_of(doc)[c.start:e]), key=None)
        out.append(c)
    return out
