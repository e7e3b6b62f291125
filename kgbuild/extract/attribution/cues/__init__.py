"""Cues: the words that anchor a statement (lexicon.cues: verbs, statement nouns, continuations and
"according to" markers), with participles of manner ("، مؤكدة أن") and "وجاء في البيان".

This module: the Cue record and the lexicon's reading of a word alone (after و or ف, as a participle too).

    reader          CueReader: which token is a cue, and the cues read apart from the lexicon
                    ("وعبر عن", "في رأيه", "، طالبا", "ووصفها", "وورد في الرسالة"); the speed prefilters
    other_readings  the tests that tell a cue word's other reading (a noun, an adjective, another verb,
                    an act not done or to come)
    complements     what follows a cue word in its clause (أن/إن, a colon, a quote, the noun it takes)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from .... import lexicon
from ....text import normalize, opens_with_clitic

CONJUNCTIONS = ("", "و", "ف")          # what may be glued before a cue
PARTICIPLE_ENDINGS = ("تين", "تان", "ين", "ون", "ه", "ات")
SPEECH_KINDS = ("verb", "continuation")
FROM = "من"
GLUED_BY = normalize("ب")   # glued on the object of a verb that governs it so: "طالب بالإفراج"


@dataclass(frozen=True)
class Cue:
    """A cue at token i, after a conjunction of `prefix` characters (و، ف)."""

    i: int
    prefix: int
    entry: lexicon.Cue
    # the entry's kind and lemma, read off it once: the stages ask them of every cue thousands of times a document
    kind: str = field(init=False, repr=False, compare=False)
    lemma: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", self.entry.kind)
        object.__setattr__(self, "lemma", self.entry.lemma)


def governing_preposition(lemma: str, norm: str) -> str | None:
    """How the verb `lemma` (normalised) governs the normalised word `norm` (function_words governed_object:
    "دعا إلى", "أعرب عن", "طالب ب"): "bare" when the word is that preposition, "glued" when it is ب glued to the
    object ("بالإفراج"), None otherwise."""
    governed = lexicon.function_words().governed_object
    if f"{lemma} {norm}" in governed:
        return "bare"
    if norm.startswith(GLUED_BY) and len(norm) > len(GLUED_BY) + 1 and f"{lemma} {GLUED_BY}" in governed:
        return "glued"
    return None


def feminine_form(form: str, lemma: str) -> bool:
    """"دعت", "تدعو", "طالبت", "لفتت": a verb form (normalised, no conjunction) that agrees with a feminine
    subject; not "توقع", "تحدث" (a masculine past whose lemma opens with ت) nor "لفت" (one whose lemma ends
    with it). `lemma` normalised; "" when unknown, and then a ت at either end counts."""
    past = form.endswith("ت") and (not lemma.endswith("ت") or form.endswith("تت"))
    present = form.startswith("ت") and (not lemma.startswith("ت") or form.startswith("تت"))
    return past or present


def present_form(form: str, lemma: str) -> bool:
    """"يتهم", "تدعو", "تتحدث": a present verb form (normalised, no conjunction); not "تحدث", "توقع", the past
    of a lemma that opens with ت. `lemma` normalised; "" when unknown."""
    if form.startswith("ت") and lemma.startswith("ت"):
        return form.startswith("تت")
    return form.startswith(("ي", "ت"))


def participle_forms(norm: str) -> list[str]:
    """A word and, for a participle (مـ...), its accusative singular: "متفقين" / "مؤكدة" -> "متفقا" / "مؤكدا"."""
    forms = [norm]
    # derived participles (مُفعِل: مؤكدة، متفقين) and form I ones (فاعل: واصفة، داعين)
    if (norm.startswith("م") and len(norm) > 4) or (len(norm) > 4 and norm[1] == "ا"):
        for ending in PARTICIPLE_ENDINGS:
            if norm.endswith(ending):
                forms.append(norm[: -len(ending)] + "ا")
                break
    return forms


@lru_cache(maxsize=131072)
def entry_in(word: str, participles: bool) -> tuple[int, lexicon.Cue] | None:
    """(length of the conjunction, lexicon entry) of the cue a word is, after و or ف or bare; read
    as a participle of manner too when `participles`. Kept per word: the lexicon is read once."""
    cues = lexicon.cues()
    for prefix in CONJUNCTIONS:
        if opens_with_clitic(word, prefix) and len(word) - len(prefix) >= 2:
            norm = normalize(word[len(prefix):])
            for form in (participle_forms(norm) if participles else [norm]):
                entry = cues.get(form)
                if entry:
                    return len(prefix), entry
    return None
