"""Arabic normalisation, clitics and the tokenizer."""
from __future__ import annotations

import pytest

from kgbuild.text import (clean_surface, clitic_variants, fold_letter_forms, hamza_form_lacks, normalize,
                         opens_with_clitic, slug)
from kgbuild.tokenizer import blank_arabic


@pytest.mark.parametrize("a, b", [
    ("أحمد", "احمد"), ("إيران", "ايران"), ("مصطفى", "مصطفي"), ("الحكومة", "الحكومه"),
    ("مُحَمَّد", "محمد"), ("تونـــس", "تونس"), ("«روسيا»", "روسيا"),
    ("المسئولون", "المسؤولون"), ("شئون", "شؤون"),   # the hamza before و on a ya (Egyptian) or a waw
])
def test_normalize_folds_spelling_variants(a: str, b: str) -> None:
    assert normalize(a) == normalize(b)


@pytest.mark.parametrize("word, stem", [
    ("وروسيا", "روسيا"), ("بموسكو", "موسكو"), ("للحكومة", "الحكومة"), ("والرئيس", "الرئيس"),
    ("فالشرطة", "الشرطة"), ("وبالعاصمة", "العاصمة"), ("وللجيش", "الجيش"), ("كالعادة", "العادة"),
])
def test_clitic_variants_include_the_stem(word: str, stem: str) -> None:
    assert stem in [s for _, s in clitic_variants(word)]


def test_clitic_variants_keep_the_bare_word_first() -> None:
    assert clitic_variants("وليد")[0] == ("", "وليد")


@pytest.mark.parametrize("word, clitic, glued", [
    ("وكتب", "و", True), ("فكتب", "ف", True), ("كتب", "", True), ("كتب", "و", False),
    ("ودّعوا", "و", False),   # the shadda on د: the و is the verb's own (bade farewell)
    ("ودّعوا", "", True), ("بدّقة", "ب", False),
])
def test_opens_with_clitic_unless_the_rest_opens_doubled(word: str, clitic: str, glued: bool) -> None:
    assert opens_with_clitic(word, clitic) is glued


@pytest.mark.parametrize("written, form, lacks", [
    ("ترأس", "تراس", True),         # chaired, not the name Truss
    ("فإن", "فان", True),           # ف + إن, not the particle van (the check words.is_name_link makes)
    ("إبن", "ابن", False),          # a word's first letter: the hamza comes and goes freely
    ("مأرب", "مأرب", False), ("سأل", "سال", True), ("فان", "فان", False),
    ("بن سأل", "بن", False),        # not the same number of words: no verdict
])
def test_hamza_form_lacks_inside_the_word_only(written: str, form: str, lacks: bool) -> None:
    assert hamza_form_lacks(written, form) is lacks


def test_slug_is_safe_for_iris() -> None:
    s = slug('عبد الله "الثاني" <x>')
    assert " " not in s and '"' not in s and "<" not in s and s


def test_clean_surface_strips_marks_and_punctuation() -> None:
    assert clean_surface(" «بوريتش»، ") == "بوريتش"


@pytest.mark.parametrize("text, tokens", [
    ('بـ”إطلاق', ["بـ", "”", "إطلاق"]),
    ('تونس".', ["تونس", '"', "."]),
    ("وقال الرئيس، إن", ["وقال", "الرئيس", "،", "إن"]),
    ("«نعم»", ["«", "نعم", "»"]),
    ("3.5 مليون", ["3.5", "مليون"]),
    ("لـ\"رويترز\"", ["لـ", '"', "رويترز", '"']),
    ("لـمنظمة", ["لـ", "منظمة"]),
    # a tatweel inside a word only draws it out: the word stays whole
    ("الحكـومة", ["الحكـومة"]),
    ("الـمدينة", ["الـمدينة"]),
    ("فـي", ["فـي"]),
    ("وقـال", ["وقـال"]),
])
def test_tokenizer_splits_punctuation_and_tatweel_prepositions(text: str, tokens: list[str]) -> None:
    nlp = blank_arabic()
    assert [t.text for t in nlp(text) if not t.is_space] == tokens


def test_tokenizer_writes_normalised_norms() -> None:
    doc = blank_arabic()("الحكومة أعلنت")
    assert [t.norm_ for t in doc] == ["الحكومه", "اعلنت"]


def test_tokenizer_norms_hold_for_words_met_again_and_after_loading() -> None:
    # a word's NORM id is kept by the tokenizer: the second document, and one after a load, read the same
    nlp = blank_arabic()
    first = nlp("أعلنت الحكومة، ثم أعلنت الوزارة.")
    nlp.tokenizer.from_bytes(b"")
    second = nlp("الحكومة أعلنت")
    assert [t.norm_ for t in first] == ["اعلنت", "الحكومه", "،", "ثم", "اعلنت", "الوزاره", "."]
    assert [t.norm_ for t in second] == ["الحكومه", "اعلنت"]


@pytest.mark.parametrize("text, iso", [
    ("06-يناير-2022\n\nنص", "2022-01-06"),
    ("السبت 8 كانون الثاني 2022\nنص", "2022-01-08"),
    ("نشر في 2023-11-05", "2023-11-05"),
    ("١٢/٠٣/٢٠٢٤", "2024-03-12"),
    ("لا تاريخ هنا", None),
    ("32 يناير 2022", None),
])
def test_document_date(text: str, iso: str | None) -> None:
    from kgbuild.extract.dates import document_date
    assert document_date(text) == iso


@pytest.mark.parametrize("typed, arabic", [
    ("روسیه", "روسيه"),            # Farsi yeh
    ("الکرملین", "الكرملين"),      # keheh and Farsi yeh
    ("ھذه", "هذه"),                # heh doachashmee
    ("مدرسۃ", "مدرسة"),            # Urdu teh marbuta
])
def test_fold_letter_forms_writes_the_arabic_letter_one_for_one(typed: str, arabic: str) -> None:
    assert fold_letter_forms(typed) == arabic and len(fold_letter_forms(typed)) == len(typed)


@pytest.mark.parametrize("foreign, usual", [("ڤلاديمير", "فلاديمير"), ("پاريس", "باريس"), ("گوتيريش", "غوتيريش")])
def test_normalize_compares_letters_of_foreign_sounds_with_the_usual_ones(foreign: str, usual: str) -> None:
    assert normalize(foreign) == normalize(usual) and fold_letter_forms(foreign) == foreign  # kept in the text


@pytest.mark.parametrize("text, egyptian", [
    ("وقال الوزير المصرى فى المؤتمر الذى عقده إن الموسم الزراعى سيبدأ فى الربيع.", True),
    ("وقال الوزير المصري في المؤتمر الذي عقده إن الموسم الزراعي سيبدأ في الربيع حتى على الساحل.", False),
    # words with an alef maqsura of their own, in a text that writes its ي
    ("ومضى الوفد إلى المرفأ حتى التقى موسى على الرصيف في الصباح الذي تلا العاصفة، وقال إن الوضع الأمني"
     " في الميناء عادي.", False),
])
def test_a_text_that_writes_final_ya_as_maqsura(text: str, egyptian: bool) -> None:
    from kgbuild.text import final_maqsura_as_ya, writes_final_ya_as_maqsura
    assert writes_final_ya_as_maqsura(text) is egyptian
    folded = final_maqsura_as_ya(text)
    assert len(folded) == len(text) and "ى" not in folded


@pytest.mark.parametrize("text, reversed_", [
    ("وأكد الوزير أن البلد » يشهد نموا «.\nوأضاف أن » الأمن مستتب «، بفضل » يقظة الأجهزة «.", True),
    ("وأكد الوزير أن البلد « يشهد نموا ».\nوأضاف أن « الأمن مستتب »، بفضل « يقظة الأجهزة ».", False),
    # a quote of the usual kind with one inside it, and a stray mark in a paragraph of its own
    ("وقال إن «بيان «القمة» خال من الالتزامات».\nالرئيسية »\nوأضاف أن «الأمن مستتب».", False),
    ("وقال الوزير إن الأمن مستتب.", False),
])
def test_a_text_that_writes_guillemets_reversed(text: str, reversed_: bool) -> None:
    from kgbuild.text import guillemets_swapped, writes_guillemets_reversed
    assert writes_guillemets_reversed(text) is reversed_
    swapped = guillemets_swapped(text)
    assert len(swapped) == len(text) and guillemets_swapped(swapped) == text


@pytest.mark.parametrize("text, turned", [
    # a whole text that quotes »like this«, a mark glued to a colon too
    ("وقال الوزير:»لن نتراجع«.\nوأضاف أن » الأمن مستتب «.", "وقال الوزير:«لن نتراجع».\nوأضاف أن « الأمن مستتب »."),
    # one quote the other way round among quotes of the usual kind, guillemets or curly quotes
    ("وقال إن «الأمن مستتب». وأكد الوزير أن » الحكومة ستدعمها «. وأضاف أن «المصانع ستعود».",
     "وقال إن «الأمن مستتب». وأكد الوزير أن « الحكومة ستدعمها ». وأضاف أن «المصانع ستعود»."),
    ("وقال إن “الأمن مستتب”. وأكد الوزير أن ”الحكومة ستدعمها“.", "وقال إن “الأمن مستتب”. وأكد الوزير أن “الحكومة ستدعمها”."),
    # a closing mark glued to its word closes a quote whose opener was lost: nothing turned
    ("وقال إن «الأمن» مستتب» و«المصانع ستعود».", None),
    # a quote that runs on over a line break closes on the next line: nothing turned
    ("وقال: «لن نتراجع» و«سنبقى».\nوقال: «لن نتراجع.\nسنبقى هنا » وأضاف أن «المصانع ستعود».", None),
    # a closing mark apart from its word and an opening one in the next sentence are no pair
    ("وقال إن «الأمن» و«الغذاء» مستتبان » وقال. وأضاف أن «المصانع ستعود».", None),
])
def test_quotes_written_the_other_way_round_are_turned(text: str, turned: str | None) -> None:
    from kgbuild.text import reversed_quotes_turned
    assert reversed_quotes_turned(text) == (turned or text)


@pytest.mark.parametrize("text, read", [
    # apostrophes doubled with or without a space between, each pair of them a quote
    ("وقال الوزير ' ' لن نتراجع ' '، وأضاف '' المصانع ستعود ''.",
     "وقال الوزير   « لن نتراجع   »، وأضاف  « المصانع ستعود  »."),
    # a quoted name inside a sentence, then a quote that runs on over the next line
    ("ونقلت صحيفة ' ' الصباح ' ' عن الوزير ' ' لن نتراجع.\nسنبقى هنا ' '.",
     "ونقلت صحيفة   « الصباح   » عن الوزير   « لن نتراجع.\nسنبقى هنا   »."),
    # a lone apostrophe in a name or a transliteration is no quote mark
    ("وقال مدير شركة O'Brien إن قرية ba'ath ستستفيد.", None),
    # an odd doubled mark that pairs with none stays as it is
    ("وقال الوزير '' لن نتراجع.\nوأضاف أن المصانع ستعود.", None),
])
def test_quotes_typed_as_doubled_apostrophes_read_as_guillemets(text: str, read: str | None) -> None:
    from kgbuild.text import doubled_apostrophes_as_guillemets
    out = doubled_apostrophes_as_guillemets(text)
    assert out == (read or text) and len(out) == len(text)
