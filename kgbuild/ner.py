"""The shipped Arabic NER (trained on ANERcorp, see models/ner_ar/ATTRIBUTION.md) and its features.

The model is a spaCy tok2vec + ner pipeline. Its embedding layer ("kgbuild.ArabicEmbed.v1",
registered here so that loading the model needs nothing but this module) embeds, for each token,
hashed features of its NORM (the tokenizer's normalised form, text.normalize) and of the NORM with
the proclitics stripped ("والحكومة" -> clitics "و+ال", core "حكومه"): the core itself, the clitic
string, core prefixes/suffixes of 2 and 3 letters, the core's length and the token's SHAPE. Arabic
names carry conjunctions, prepositions and the article glued to them, so the core is what repeats
across a document and a corpus ("وباريس", "لباريس", "باريس" share it).

Use:
    load_ner()            -> the cached spaCy pipeline (tokenizer is kgbuild's, so offsets match)
    ner_spans(doc_or_text) -> [(char_start, char_end, label)], labels PERS / LOC / ORG (/ MISC)

ner_spans runs the NER pipeline once on the text (``ner_nlp(doc.text)``) rather than copying a
foreign Doc token by token: the NER pipeline uses the same tokenizer as the main one, so the
character offsets it returns are offsets into ``doc.text`` and line up with the main doc's tokens
(``doc.char_span(start, end)``). Tokenising twice costs far less than the CNN itself. For many texts
use ner_spans_many(), which batches with nlp.pipe.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Iterable, List, Sequence

import numpy
import spacy
from spacy.attrs import ORTH, SHAPE
from spacy.language import Language
from spacy.strings import hash_string
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from . import tokenizer as _tokenizer  # noqa: F401  (registers kgbuild.arabic_tokenizer.v1)
from .text import normalize

MODEL_DIR = Path(__file__).parent / "models" / "ner_ar"

# --------------------------------------------------------------------------------------------------
# features

_CLITIC_LETTERS = frozenset("وفبلك")


def split_clitics(norm: str) -> tuple[str, str]:
    """(clitics, core) of a normalised word, greedy and context-free: up to three leading letters
    from و ف ب ل ك (while three letters remain), then the article ال (while two remain).

    The rule ignores whether a letter is really a clitic, so that every clitic-bearing form of a
    word gets the same core as the bare word: "باريس", "لباريس" and "وباريس" all give "اريس";
    "للحكومه", "والحكومه" and "حكومه" all give "حكومه". Over-stripping merges some words, which the
    full NORM (embedded as well) tells apart.
    """
    i = 0
    while i < 3 and len(norm) - i >= 4 and norm[i] in _CLITIC_LETTERS:
        i += 1
    clitics, core = norm[:i], norm[i:]
    if core.startswith("ال") and len(core) >= 4:
        clitics, core = clitics + "ال", core[2:]
    return clitics, core


N_FEATURES = 8  # columns produced by _features; SHAPE is appended as column 8


def _features(norm: str) -> List[int]:
    clitics, core = split_clitics(norm)
    strings = (
        norm,
        core,
        "c:" + clitics,
        "p2:" + core[:2],
        "p3:" + core[:3],
        "s2:" + core[-2:],
        "s3:" + core[-3:],
        "l:" + str(min(len(core), 12)),
    )
    return [hash_string(s) for s in strings]


_CACHE: dict[int, List[int]] = {}
_CACHE_MAX = 400_000


def doc_features(doc: Doc) -> numpy.ndarray:
    """An (n_tokens, N_FEATURES + 1) uint64 array of feature hashes for one Doc.

    The features are computed from normalize(token.text), which is what kgbuild's tokenizer writes
    to NORM, but without relying on NORM: spaCy's training corpus makes Docs from words without
    going through the tokenizer, and the features must not differ between training and use.
    """
    arr = doc.to_array([ORTH, SHAPE])
    out = numpy.empty((len(doc), N_FEATURES + 1), dtype="uint64")
    cache = _CACHE
    if len(cache) > _CACHE_MAX:
        cache.clear()
    for i in range(len(doc)):
        key = int(arr[i, 0])
        row = cache.get(key)
        if row is None:
            text = doc[i].text
            row = _features(normalize(text) or text)
            cache[key] = row
        out[i, :N_FEATURES] = row
    out[:, N_FEATURES] = arr[:, 1]
    return out


def ArabicFeatureExtractor() -> Model[List[Doc], List[Ints2d]]:
    def forward(model: Model, docs: List[Doc], is_train: bool):
        features = [model.ops.asarray2i(doc_features(doc), dtype="uint64") for doc in docs]
        return features, lambda d_features: []

    return Model("arabic_features", forward)


@registry.architectures("kgbuild.ArabicEmbed.v1")
def ArabicEmbed(width: int, rows: List[int]) -> Model[List[Doc], List[Floats2d]]:
    """Hash embeddings of the features of doc_features() (one table per column, rows[i] rows; a
    column with 0 rows is left out), concatenated and mixed by a Maxout layer, like spaCy's
    MultiHashEmbed."""
    if len(rows) != N_FEATURES + 1:
        raise ValueError(f"ArabicEmbed needs {N_FEATURES + 1} row counts, got {len(rows)}")
    embeddings = [HashEmbed(width, nr, column=i, seed=11 + i, dropout=0.0) for i, nr in enumerate(rows) if nr > 0]
    max_out = with_array(Maxout(width, width * len(embeddings), nP=3, dropout=0.0, normalize=True))
    return chain(
        ArabicFeatureExtractor(),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        max_out,
        ragged2list(),
    )


# --------------------------------------------------------------------------------------------------
# the shipped model

@lru_cache(maxsize=1)
def load_ner() -> Language:
    """The shipped NER pipeline (cached); raises FileNotFoundError if the model is missing."""
    if not (MODEL_DIR / "config.cfg").exists():
        raise FileNotFoundError(f"NER model not found at {MODEL_DIR}")
    return spacy.load(MODEL_DIR)


def _spans(ner_doc: Doc) -> list[tuple[int, int, str]]:
    return [(e.start_char, e.end_char, e.label_) for e in ner_doc.ents]


def ner_spans(doc: Doc | str) -> list[tuple[int, int, str]]:
    """Entities of a text or a main-pipeline Doc as (char start, char end, label), offsets into doc.text."""
    text = doc if isinstance(doc, str) else doc.text
    return _spans(load_ner()(text))


def ner_spans_many(docs: Iterable[Doc | str], batch_size: int = 64) -> list[list[tuple[int, int, str]]]:
    """ner_spans for many texts at once (nlp.pipe batches the CNN)."""
    texts: Sequence[str] = [d if isinstance(d, str) else d.text for d in docs]
    return [_spans(d) for d in load_ner().pipe(texts, batch_size=batch_size)]
