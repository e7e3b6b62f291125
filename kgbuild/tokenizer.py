"""The Arabic tokenizer kgbuild uses everywhere (training and extraction alike).

spaCy's blank Arabic tokenizer leaves punctuation glued to words in news text ("بـ”إطلاق",
"تونس\"."). This one splits every quote mark and punctuation sign off a word, splits the
preposition written with tatweel ("بـ", "لـ") off its noun, and sets each token's NORM to the
normalised form (text.normalize), which the statistical NER uses as a feature. Clitics written
solid (وروسيا) stay in the token: name lookups strip them (text.clitic_variants).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

import numpy
from spacy.attrs import IDX, LENGTH, NORM
from spacy.lang.ar import Arabic
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_prefix_regex, compile_suffix_regex, registry

from .text import normalize

if TYPE_CHECKING:
    from spacy.tokenizer import Tokenizer

QUOTES = "\"'“”«»„‟‹›`"
PUNCT = "،؛؟.,;:!?()[]{}<>/\\|*…" + "\u2013\u2014-"
_PUNCT_CLASS = "[" + re.escape(QUOTES + PUNCT) + "]"
_INFIX_CLASS = "[" + re.escape(QUOTES + PUNCT.replace(".", "").replace(",", "")) + "]"
_TATWEEL_PREPOSITION = r"[وف]?[بلك]ـ+(?!\w(?:\W|$))|[وف]ـ+(?!\w(?:\W|$))"
# words whose NORM id a tokenizer keeps (as many as text.normalize keeps); the table starts afresh when full
MAX_NORM_IDS = 262144


def _rule_tokenizer(nlp: Language) -> Tokenizer:
    d = nlp.Defaults
    # a preposition written with tatweel ("بـ", "لـ") splits off its word; a tatweel elsewhere in a word
    # only draws the word out ("الحكـومة", "الـرئيس", "فـي"), so the word stays one token (its NORM drops
    # the tatweel). A single letter left after the tatweel is the end of a two-letter word, not a word.
    prefixes = list(d.prefixes) + [_PUNCT_CLASS, _TATWEEL_PREPOSITION]
    suffixes = list(d.suffixes) + [_PUNCT_CLASS, "ـ+"]
    # "." and "," inside numbers (3.5, 1,000) stay; everywhere else they split
    infixes = list(d.infixes) + [_INFIX_CLASS, r"(?<=\D)[.,]|[.,](?=\D)"]
    from spacy.tokenizer import Tokenizer
    tok = Tokenizer(nlp.vocab)
    tok.prefix_search = compile_prefix_regex(prefixes).search
    tok.suffix_search = compile_suffix_regex(suffixes).search
    tok.infix_finditer = compile_infix_regex(infixes).finditer
    # default exceptions and url matching would keep some of these glued; news text needs neither
    tok.rules = {}
    tok.token_match = None
    tok.url_match = None
    return tok


class NormalisingTokenizer:
    """Wraps spaCy's rule tokenizer and writes normalised NORMs onto every token."""

    def __init__(self, nlp: Language) -> None:
        self.inner = _rule_tokenizer(nlp)
        # a word's text -> the id of its NORM in this vocab's strings, which keep every string added
        # (words recur across documents: each is normalised and added once); a vocab loaded from disk
        # anew drops them, so loading clears the table
        self._norm_ids: dict[str, int] = {}

    def __call__(self, text: str) -> Doc:
        doc = self.inner(text)
        # the tokenizer keeps every character, so the Doc's text is this one: words.text_of reads it here
        # rather than have spaCy rebuild it from the tokens
        doc.user_data["kg_text"] = text
        if len(doc):
            # the NORMs written in one array: each Token read and each norm_ set builds a Token first; a
            # token's text is cut from the text at its offset
            starts, lengths = doc.to_array([IDX, LENGTH]).T.tolist()
            ids = self._norm_ids
            norms = [ids[word] if word in ids else self._norm_id(word)
                     for word in [text[start:start + length] for start, length in zip(starts, lengths)]]
            doc.from_array([NORM], numpy.array(norms, dtype=numpy.uint64))
        return doc

    def _norm_id(self, word: str) -> int:
        """The id of a word's NORM (text.normalize, the text itself when that is empty), added to the strings."""
        if len(self._norm_ids) >= MAX_NORM_IDS:
            self._norm_ids.clear()
        norm = normalize(word)
        norm_id = self._norm_ids[word] = self.inner.vocab.strings.add(norm if norm else word)
        return norm_id

    # spaCy serialises the tokenizer with the pipeline; the rules live in code, so nothing to save
    def to_disk(self, path, **kwargs) -> None:  # noqa: D102
        pass

    def from_disk(self, path, **kwargs) -> "NormalisingTokenizer":  # noqa: D102
        self._norm_ids.clear()
        return self

    def to_bytes(self, **kwargs) -> bytes:  # noqa: D102
        return b""

    def from_bytes(self, data: bytes, **kwargs) -> "NormalisingTokenizer":  # noqa: D102
        self._norm_ids.clear()
        return self


@registry.tokenizers("kgbuild.arabic_tokenizer.v1")
def create_arabic_tokenizer() -> Callable[[Language], NormalisingTokenizer]:
    return NormalisingTokenizer


def blank_arabic() -> Language:
    """A blank Arabic pipeline with kgbuild's tokenizer."""
    return Arabic.from_config({"nlp": {"tokenizer": {"@tokenizers": "kgbuild.arabic_tokenizer.v1"}}})
