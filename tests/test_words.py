"""Token tests of kgbuild.extract.words: which words may be part of a name."""
from __future__ import annotations

import pytest

from kgbuild.extract.words import ends_in_pronoun, hamza_seat_stem, is_inflected_common
from kgbuild.text import normalize


@pytest.mark.parametrize("word", [
    "تضامناً",     # tanween: an indefinite accusative
    "رفيعا",       # accusative of a common adjective
    "ملتزمون",     # sound plural of a common participle
    "يتوجه",       # imperfect, form V
    "يستعرض",     # imperfect, form X
    "يحتدم",       # imperfect, form VIII
    "يأتمرون",     # imperfect, form VIII of a root whose first letter is a hamza, on its seat
])
def test_inflected_common_words_are_no_names(word: str) -> None:
    assert is_inflected_common(normalize(word), word)


@pytest.mark.parametrize("word", ["ثريا", "ميازاوا", "أوباما", "يوسف", "ياسر", "روبرت", "ألما",
                                  # transcribed names in ي/ت, a long vowel and ت: no imperfect of form VIII
                                  "تيتامورو", "توتيرانو", "ياتيكو"])
def test_names_are_not_taken_for_inflected_words(word: str) -> None:
    assert not is_inflected_common(normalize(word), word)


@pytest.mark.parametrize("stem, word", [
    ("أعضاؤ", "اعضاء"),   # "أعضاؤهم": the hamza on و before a possessive
    ("زملائ", "زملاء"),   # "زملائنا": on ي
    ("كتاب", None),       # no seat at the end
    ("بني", None),        # three letters: a root's own ي
    ("شاطي", None),       # no ا before the seat
])
def test_hamza_seat_stem(stem: str, word: str | None) -> None:
    assert hamza_seat_stem(normalize(stem)) == word


@pytest.mark.parametrize("word, suffixed", [
    ("سلفه", True), ("أنصارها", True), ("دعمهما", True),
    ("عبدالله", False),   # the name of God ends in له
    ("دعوة", False),      # a ة, no ه
])
def test_ends_in_pronoun(word: str, suffixed: bool) -> None:
    assert ends_in_pronoun(word) is suffixed
