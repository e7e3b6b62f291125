"""Foreign names whose last letter reads as the pronoun suffix ه ("بيكيه", "موراتينه": a French -et or -é,
a Spanish or Italian -e, as the Arabic press writes them), in the subject slot of a speech verb.

A word ending in ه right after a speech verb is mostly a noun with "his" on it ("وأكد دعمه", "وقال
محاميه إن"); it is a name when neither the word nor what is left without the ه (nor, for ته, the noun
in ة) is a word ANERcorp's news ever uses outside names, and what was said follows at once (أن، إن،
a colon), so the word can only be the verb's subject."""
from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc

from ...text import normalize
from ..words import ends_in_pronoun, is_known_name_word, word_counts
from .base import COMPLEMENTIZERS, skip_space

MIN_LETTERS = 5   # "بيكيه": shorter words in ه are mostly a short noun and its pronoun ("أخوه", "ابنه")


def speaker_name_in_ha(doc: Doc, start: int, end: int) -> bool:
    """The words start..end in a speech verb's subject slot end in a foreign name in ه, not a suffix:
    what was said follows them at once."""
    after = skip_space(doc, end)
    if after >= len(doc) or not (doc[after].text == ":" or normalize(doc[after].text) in COMPLEMENTIZERS):
        return False
    return foreign_name_in_ha(doc[end - 1].text)


@lru_cache(maxsize=65536)
def foreign_name_in_ha(text: str) -> bool:
    """A word ending in the letter ه (not ها، هم، هما) that no ordinary word with a pronoun is: ANERcorp
    saw it in names, or neither it nor its stem (ت read back as ة) is a word its news used outside names."""
    if not text.endswith("ه") or not ends_in_pronoun(text) or text.endswith(("اه", "وه")):
        return False
    norm = normalize(text)
    if len(norm) < MIN_LETTERS:
        return False
    if is_known_name_word(norm):
        return True
    counts = word_counts()
    stem = norm[:-1]
    stems = {stem, "ال" + stem} | ({stem[:-1] + "ه", "ال" + stem[:-1] + "ه"} if stem.endswith("ت") else set())
    return not any(counts.get(s, (0, 0))[1] for s in stems | {norm})   # seen outside a name: a word
