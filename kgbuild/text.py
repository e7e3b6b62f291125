"""Arabic orthographic normalisation and clitic handling, shared by every step that compares names.

Matching names in Arabic news needs the usual folds (Habash 2010, ch. 2): diacritics and tatweel
dropped, hamzated alefs to bare alef, alef maqsura to ya, ta marbuta to ha. Clitics are not split by
the tokenizer (a token like "وروسيا" keeps its conjunction), so lookups strip them here instead.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069\"'“”«»„‟\(\)\[\]{}:؛;,،.!?؟\-–—_/\\]+")
_ALEFS = re.compile("[أإآٱ]")
SHADDA = "\u0651"
DAMMA = "\u064f"
_SPACES = re.compile(r"[\s\u00a0\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")

# Proclitic sequences that can stand before a noun, longest first (conjunction, preposition,
# comparison). "لل" is ل + the article ال with its alef dropped, so it maps back to "ال".
PROCLITICS: tuple[str, ...] = ("وبال", "وكال", "فبال", "وال", "فال", "بال", "كال", "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك")


# Letters of Persian and Urdu keyboards that some Arabic sites type for an Arabic letter they merely
# draw differently (Farsi yeh, keheh, heh doachashmee and heh goal, Urdu teh marbuta, swash kaf). They
# are the same letters to a reader, so an article is read with the Arabic ones; one code point for
# one, so every character offset still points into the text as written.
_LETTER_FORMS = str.maketrans({
    "\u06cc": "\u064a",  # ی -> ي
    "\u06a9": "\u0643",  # ک -> ك
    "\u06aa": "\u0643",  # ڪ -> ك
    "\u06be": "\u0647",  # ھ -> ه
    "\u06c1": "\u0647",  # ہ -> ه
    "\u06c3": "\u0629",  # ۃ -> ة
})
# Letters Arabic writers add for foreign sounds (v, p, ch, zh, g): other letters, kept in the text, but
# names are compared with the Arabic letter the same name is usually written with ("ڤلاديمير" and
# "فلاديمير", "پوتين" and "بوتين"). Only for lookups (normalize), never in the text.
_FOREIGN_SOUNDS = str.maketrans({"ڤ": "ف", "پ": "ب", "چ": "ج", "ژ": "ز", "گ": "غ"})
_LOOKUP_LETTERS = {**_LETTER_FORMS, **_FOREIGN_SOUNDS}   # what normalize folds of both, in one translation


_ANY_LETTER_FORM = re.compile("[" + "".join(map(chr, _LETTER_FORMS)) + "]")


def has_letter_forms(text: str) -> bool:
    """Does the text type any Arabic letter in its Persian/Urdu keyboard form?"""
    return _ANY_LETTER_FORM.search(text) is not None


def fold_letter_forms(text: str) -> str:
    """The text with the Persian/Urdu keyboard forms of Arabic letters written as the Arabic letters
    (same length: offsets into the result are offsets into the text as written)."""
    # (a search is far quicker than a translation, and most texts have none)
    return text.translate(_LETTER_FORMS) if has_letter_forms(text) else text


# A word-final ي or ى (no Arabic letter after it).
_FINAL_YA = re.compile("ي(?![ء-ي])")
_FINAL_MAQSURA = re.compile("ى(?![ء-ي])")


def writes_final_ya_as_maqsura(text: str) -> bool:
    """Does the text write every final ي as ى, as Egyptian typing does ("فى", "الذى", "المصرى")? Then
    its words end in ى several times as often as in ي, where standard spelling ends fewer words in ى
    (على, إلى, حتى) than in ي (في, الذي, every nisba). A standard text taken for one loses little: its
    ى read as ي is the spelling of a text that writes "علي" for على, which the stages read too."""
    maqsura = len(_FINAL_MAQSURA.findall(text))
    return maqsura >= 5 and maqsura > 3 * len(_FINAL_YA.findall(text))


def final_maqsura_as_ya(text: str) -> str:
    """The text with every final ى written ي (same length, same offsets): the spelling of a text
    that writes ي for ى ("علي" for على), which the stages read, instead of the one that hides the ي of
    a nisba or a name ("الحسنى", "على" for علي) in an alef maqsura."""
    return _FINAL_MAQSURA.sub("ي", text)


# Guillemets written the other way round, »...« (German typography, and some Maghreb papers): the stages
# take « for the mark that opens a quote, so such a text read as written has every quote open where it
# closes, and the sentences after a quote are read as quoted words.
_GUILLEMET_OR_LINE = re.compile("[«»\n]")
_SWAP_GUILLEMETS = str.maketrans("«»", "»«")


def writes_guillemets_reversed(text: str) -> bool:
    """Does the text quote »like this«? Its guillemets, taken two by two in each paragraph, pair as »...«
    more often than as «...»."""
    if "»" not in text:   # (most texts have none: a search is far quicker than the pairing)
        return False
    reversed_, standard = 0, 0
    first = ""   # the paragraph's unpaired mark so far
    for m in _GUILLEMET_OR_LINE.finditer(text):
        mark = m.group()
        if mark == "\n" or not first:
            first = "" if mark == "\n" else mark
            continue
        reversed_ += (first, mark) == ("»", "«")
        standard += (first, mark) == ("«", "»")
        first = ""
    return reversed_ > standard


def guillemets_swapped(text: str) -> str:
    """The text with « and » swapped (same length, same offsets): a text that quotes »like this« read as
    one that quotes «like this»."""
    return text.translate(_SWAP_GUILLEMETS)


# A quote written the other way round in a text that otherwise quotes «like this» ("أن » ... «"), with
# guillemets or curly quotes: the stages take the closing mark for one that closes nothing and the
# opening mark after it for one that opens a quote running on over the next sentences.
_QUOTE_MARK_OR_LINE = re.compile("[«»“”„‟‹›\n]")
_OPENERS = "«“„‹"
_FORWARD = {"»": "«", "”": "“", "›": "‹"}   # a closing mark used as an opener -> the opener it stands for
_SENTENCE_END = re.compile(r"[.؟!]\s")


def reversed_quotes_turned(text: str) -> str:
    """The text with its quote marks written the other way round turned (same length, same offsets):
    every guillemet of a text that quotes »like this« (writes_guillemets_reversed), then each quote of
    its sentences that opens with a closing mark and closes with the opening one (_reversed_pairs)."""
    if "»" not in text and "”" not in text and "›" not in text:   # (most texts: a search is far quicker)
        return text
    if writes_guillemets_reversed(text):
        text = guillemets_swapped(text)
    pairs = _reversed_pairs(text)
    if not pairs:
        return text
    chars = list(text)
    for opens, closes in pairs:
        chars[opens], chars[closes] = text[closes], text[opens]
    return "".join(chars)


def _reversed_pairs(text: str) -> list[tuple[int, int]]:
    """The offsets (opening, closing mark) of the quotes written the other way round: a closing mark
    written apart from the word before it (a closer is glued to the word it ends, "بثبات»") where no
    quote is open, closed by its own opening mark before the sentence or the line ends. A quote left
    open at a sentence end is dropped when the next mark opens one, and at a line break unless the next
    line's first mark closes it ("قال: «لن نتراجع.\nسنبقى هنا»")."""
    pairs: list[tuple[int, int]] = []
    marks = list(_QUOTE_MARK_OR_LINE.finditer(text))
    depth = 0                   # quotes open the usual way
    turned: int | None = None   # the closing mark that opened a quote the other way round
    read = 0                    # the text before this is read
    for n, m in enumerate(marks):
        mark, at = m.group(), m.start()
        if mark == "\n":
            following = marks[n + 1].group() if n + 1 < len(marks) else "\n"
            if following in _OPENERS or following == "\n":
                depth = 0
            turned, read = None, at
            continue
        if _SENTENCE_END.search(text, read, at):
            turned = None
            if mark in _OPENERS:
                depth = 0
        read = at + 1
        if mark in _OPENERS and turned is not None:
            if _FORWARD[text[turned]] == mark:
                pairs.append((turned, at))
            turned = None
        elif mark in _OPENERS:
            depth += 1
        elif depth:
            depth -= 1
        elif turned is None and mark in _FORWARD and (at == 0 or text[at - 1].isspace()):
            turned = at
    return pairs


# Quote marks typed as two apostrophes, ''...'' or ' '...' ' (how some news sites and corpora render ”
# and “): the stages read each apostrophe as a straight mark of its own, so such a quote reads as an
# empty quote and its words as unquoted, and a quote that runs over two sentences pairs its closing
# marks with the next quote's opening ones. A doubled apostrophe is one mark; a lone apostrophe (a
# name's "O'Brien", a transliteration's hamza) is none of these and stays as it is.
_DOUBLED_APOSTROPHE_OR_LINE = re.compile("' ?'|\n")
# a quote left open at a paragraph's end runs on into the next paragraph that holds doubled marks,
# if that one opens on a closing mark, across at most this many lines without marks between
_QUOTE_RUN_ON_LINES = 3


def doubled_apostrophes_as_guillemets(text: str) -> str:
    """The text with each pair of doubled apostrophes that quote something written «...» (same length,
    same offsets: the guillemet stands on the mark's last apostrophe, spaces on the rest), so that the
    stages read them as they read any quote (_doubled_apostrophe_pairs). An odd doubled mark that
    pairs with none is left as written."""
    if "''" not in text and "' '" not in text:   # (most texts have none: a search is far quicker)
        return text
    pairs = _doubled_apostrophe_pairs(text)
    if not pairs:
        return text
    chars = list(text)
    for pair in pairs:
        for (start, end), mark in zip(pair, "«»"):
            chars[start:end] = " " * (end - start - 1) + mark
    return "".join(chars)


def _doubled_apostrophe_pairs(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """The (opening, closing) doubled marks that quote something, as (start, end) offsets: taken two by
    two in each paragraph; a paragraph with an odd number of them leaves its last one open, which
    closes on the first mark of the next paragraph that holds some when that one has an odd number
    too (a quote over two paragraphs, or over two sentences of a text written a sentence a line)."""
    pairs = []
    line: list[tuple[int, int]] = []   # the doubled marks of the paragraph read so far
    left_open: tuple[int, int] | None = None   # the last paragraph's unpaired mark
    lines_since = 0                    # paragraphs without marks read since that mark
    line_start = 0
    for m in _DOUBLED_APOSTROPHE_OR_LINE.finditer(text + "\n"):
        if m.group() != "\n":
            line.append(m.span())
            continue
        blank, line_start = not text[line_start:m.start()].strip(), m.end()
        if not line:
            lines_since += not blank
            if lines_since > _QUOTE_RUN_ON_LINES:
                left_open = None
            continue
        if left_open is not None and len(line) % 2 == 1:
            pairs.append((left_open, line[0]))
            line = line[1:]
        left_open = line[-1] if len(line) % 2 == 1 else None
        pairs.extend(zip(line[0:len(line) - 1:2], line[1::2]))
        line, lines_since = [], 0
    return pairs


@lru_cache(maxsize=262144)
def normalize(text: str) -> str:
    """Fold an Arabic string for comparison: the project scorer's folds, plus the keyboard letter
    forms and the letters of foreign sounds above, and the hamza of ئو/ؤو on one seat."""
    text = unicodedata.normalize("NFKC", text).translate(_LOOKUP_LETTERS)
    text = _DIACRITICS.sub("", text)
    text = _ALEFS.sub("ا", text)
    # the hamza before a و sits on a ya in Egyptian spelling ("مسئول", "شئون"), on a waw elsewhere
    # ("مسؤول", "شؤون"): one word either way
    text = text.replace("ئو", "ؤو")
    text = text.replace("ى", "ي").replace("ة", "ه").replace("ؤ", "و").replace("ئ", "ي")
    text = _PUNCT.sub(" ", text)
    return text.strip().lower()


def _doubled_first_letter(stem: str) -> bool:
    """The stem's first letter carries a shadda ("دّعوا" of "ودّعوا")."""
    marks = re.match(r"[^\u064b-\u065f\u0670]([\u064b-\u065f\u0670]*)", stem)
    return marks is not None and SHADDA in marks.group(1)


def opens_with_clitic(word: str, clitic: str) -> bool:
    """The word can be read as `clitic` glued before the rest (the empty clitic always). Not when the
    rest opens on a shadda: no word opens on a doubled consonant, so that letter was the word's own,
    not a conjunction glued on ("ودّعوا", bade farewell, is not و + دعوا)."""
    return word.startswith(clitic) and not (clitic and _doubled_first_letter(word[len(clitic):]))


HAMZA_ALEFS = "أإآ"


@lru_cache(maxsize=65536)
def hamza_form_lacks(written: str, form: str) -> bool:
    """The text writes a hamza on an alef inside a word where the known form has a bare alef: another
    word that folds onto the form ("ترأس", chaired, is not "تراس", Truss; "فإن" is not "فان", van).
    A word's first letter is left aside: writers drop and add the hamza there freely ("إبن", "اسطنبول").
    The one such check: gazetteer forms and name particles (words.is_name_link) both ask it; kept per
    pair, as the same names recur."""
    words, forms = _DIACRITICS.sub("", written).split(), _DIACRITICS.sub("", form).split()
    return len(words) == len(forms) and any(
        len(w) == len(f) and any(a in HAMZA_ALEFS and b == "ا" for a, b in zip(w[1:], f[1:]))
        for w, f in zip(words, forms))


def ta_marbuta_lacks(written: str, form: str) -> bool:
    """The text writes a word ending in ه where the known form ends in ة: normalize folds the two, but
    ه is as often a pronoun on an ordinary word ("وجده", found it, is not "جدة", Jeddah). Asked only of
    a text that writes ة elsewhere, where a name's ة would have been written as ة."""
    words, forms = _DIACRITICS.sub("", written).split(), _DIACRITICS.sub("", form).split()
    return len(words) == len(forms) and any(
        w.endswith("ه") and f.endswith("ة") and len(w) == len(f) for w, f in zip(words, forms))


@lru_cache(maxsize=65536)
def clean_surface(text: str) -> str:
    """A display form: diacritics, tatweel and surrounding punctuation removed, spaces collapsed."""
    text = unicodedata.normalize("NFC", text)
    text = _DIACRITICS.sub("", text)
    text = _SPACES.sub(" ", text)
    return text.strip(" \"'“”«»„‟()[]{}:؛;,،.!?؟-–—_/\\")


@lru_cache(maxsize=131072)
def clitic_variants(word: str) -> tuple[tuple[str, str], ...]:
    """(clitic, stem) readings of a word, the bare word first. "للحكومة" -> ("لل", "الحكومة") among others.

    A stem keeps at least two letters so that short words are not cut to nothing. Kept per word, and
    the same tuple handed to every caller (the stages ask about the same words over and over).
    """
    return tuple(_readings(word))


def _readings(word: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = [("", word)]
    if word.startswith("لل") and len(word) > 4:
        out.append(("ل", "ال" + word[2:]))
    if word.startswith(("ولل", "فلل")) and len(word) > 5:
        out.append((word[:2], "ال" + word[3:]))
    for clitic in PROCLITICS:
        if word.startswith(clitic) and len(word) - len(clitic) >= 2:
            stem = word[len(clitic):]
            if clitic.endswith("ال"):
                stem = "ال" + stem
                clitic = clitic[:-2]
            out.append((clitic, stem))
    seen: set[str] = set()
    unique = []
    for c, s in out:
        if s not in seen:
            seen.add(s)
            unique.append((c, s))
    return unique


def strip_article(word: str) -> str:
    """"الروسي" -> "روسي"; words shorter than four letters keep their ال."""
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


def without_article(word: str) -> str:
    """The word without its article ("الرئيس" -> "رئيس"); unlike strip_article, a word of four letters keeps it
    too ("الله", "الان", "آلية"): for lookups of stems that must not lose a radical to an ال that is none."""
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def slug(text: str) -> str:
    """A safe, deterministic IRI segment from any name: normalised letters and digits joined by '_'."""
    norm = normalize(text)
    parts = re.findall(r"\w+", norm)
    s = "_".join(parts)[:80]
    return s or "x"
