"""Token-level tests shared by the extractors: is this token punctuation, a function word, a name?"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Container
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from spacy.attrs import IDX, IS_PUNCT, IS_SPACE, LENGTH, LIKE_NUM, SENT_START
from spacy.tokens import Doc, Token

from .. import lexicon
from ..text import _DIACRITICS, clitic_variants, hamza_form_lacks, normalize

DATA = Path(__file__).resolve().parent / "data"

COMMAS = ("،", ",")   # the Arabic and the Latin comma: a pause within a sentence
DASHES = frozenset({"-", "–", "—"})   # hyphen, en dash, em dash: between the parts of a name
QUOTE_CHARS = set("\"'“”«»„‟‹›`")
OPEN_QUOTES = set("«“„‹")
CLOSE_QUOTES = set("»”‟›")
# the pronoun suffixes his, her, their, their two: a noun's owner or a verb's object ("بيانها", "ووصفهم"),
# longest first for stripping; read on the raw text, where the ة of a noun ("دعوة") is no ه
PRONOUN_SUFFIXES = ("هما", "هم", "ها", "ه")


def ends_in_pronoun(text: str) -> bool:
    """A raw word with a pronoun suffix on it ("سلفه", "أنصارها", "دعمهما"); not one ending in له, as
    الله and the names built on it do ("عبدالله")."""
    return text.endswith(PRONOUN_SUFFIXES) and not text.endswith("له")


# the conjunctions glued to a word: "وبشأن", "فكان", "ودعا"
CONJUNCTION_CLITICS = ("و", "ف")


def without_conjunction(norm: str, known: Container[str]) -> str:
    """A normalised word less a glued و or ف when what is left is in `known` ("وبشان" -> "بشان", "ودعا" ->
    "دعا"); else the word as it is."""
    return norm[1:] if norm[:1] in CONJUNCTION_CLITICS and norm[1:] in known else norm


def without_proclitic(norm: str, letters: str = "وف") -> str:
    """A normalised word of more than three letters less one glued proclitic of `letters` (the conjunctions و/ف, or
    with بـ: "وفب"): "وأعلنت" -> "أعلنت", "بفوز" -> "فوز"; else the word as it is."""
    return norm[1:] if len(norm) > 3 and norm[0] in letters else norm


# the article, bare or with و، بـ، لـ glued before it (لـ + ال is written "لل"): how a definite word begins
DEFINITE_OPENINGS = ("ال", "وال", "بال", "لل")
# with فـ too ("فالقرار"): a definite noun before a cue word, which takes no genitive and so is no verbal noun's
DEFINITE_OPENINGS_BEFORE_A_CUE = (*DEFINITE_OPENINGS, "فال")
# on the letters as written, as stance reads them (normalized, "إلغاء" would begin like an article), with ولل، فلل، كال
DEFINITE_OPENINGS_AS_WRITTEN = ("ال", "وال", "بال", "فال", "لل", "ولل", "فلل", "كال")
# names that fold onto a function word ("علي" / "على"): written with ي they are names; "آن" (Anne) and
# "آنا" (Anna) with their madda, which the particle أن/إن and the pronoun أنا never carry
NAMES_LIKE_FUNCTION_WORDS = {"علي", "عليّ", "آن", "آنا"}
# name particles that join the next word into the name: عبد الله، أبو مازن، محمد بن سلمان
NAME_LINKS = lexicon.function_words().name_link
# "يدعى", "ويدعى", "المدعو": the name one goes by follows
CALLED = lexicon.function_words().called
# royal and religious titles that with a one-word name make the usual name: الملك، الشيخ، الملا
NAME_TITLES = lexicon.function_words().name_title


def is_called_text(text: str) -> bool:
    """Is the word "يدعى", "ويدعى", "المدعو" (CALLED), which introduces the name someone goes by? A test of the word for
    words_where / words_between, which the finders and speaker searches that look for it ask (one index for them all)."""
    return normalize(text) in CALLED


@lru_cache(maxsize=131072)   # (the name finders ask it of each word of a name at each word they add)
def is_name_link(text: str) -> bool:
    """A name particle as written: "بن", "أبو", "فان" (van). A hamza past the first letter makes it
    another word that folds onto a particle: "فإن" (ف + إن, "then") is not "فان"; "إبن" stays a link."""
    norm = normalize(text)
    return norm in NAME_LINKS and not hamza_form_lacks(text, norm)


@cache
def _word_counts() -> dict[str, tuple[int, int]]:
    """ANERcorp's words: normalised word -> (times seen, times left outside every entity)."""
    counts = {}
    for line in (DATA / "word_counts.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        if line and not line.startswith("#") and not line.startswith("word\t"):
            word, seen, outside = line.split("\t")
            counts[word] = (int(seen), int(outside))
    return counts


@cache
def common_words() -> frozenset[str]:
    """Ordinary words of news: left untagged by ANERcorp's annotators in >= 98% of their sightings.
    The annotators tagged every name, so one untagged sighting is evidence enough, except for short
    words (جو) and definite ones (العلي، الصرخي), which are often names too: those need four and two
    (measured on the dev set: person precision 0.63 -> 0.70 against four sightings for all)."""
    return frozenset(w for w, (n, o) in _word_counts().items()
                     if o / n >= 0.98 and (n >= 4 or (len(w) >= 3 and (n >= 2 or not w.startswith("ال")))))


@cache
def mostly_common_words() -> frozenset[str]:
    """Words left untagged in >= 80% of two sightings or more: too common to extend a name
    ("بيوتر بوروشينكو الإدارة"), though some are first names too (كريم، سعيد)."""
    return frozenset(w for w, (n, o) in _word_counts().items() if n >= 2 and o / n >= 0.8)


def word_counts() -> dict[str, tuple[int, int]]:
    """ANERcorp's words, read once: normalised word -> (times seen, times left outside every entity)."""
    return _word_counts()


def is_ordinary_word(norm: str) -> bool:
    """A normalised word ANERcorp knows as an ordinary word of news: always, or mostly, outside names."""
    return norm in common_words() or norm in mostly_common_words()


def is_known_name_word(norm: str) -> bool:
    """A word ANERcorp's annotators found inside names at least half the times they saw it."""
    seen, outside = _word_counts().get(norm, (0, 0))
    return seen > 0 and outside / seen <= 0.5


def text_of(doc: Doc) -> str:
    """doc.text, computed once: spaCy rebuilds it from the tokens on every access."""
    text = doc.user_data.get("kg_text")
    if text is None:
        text = doc.user_data["kg_text"] = doc.text
    return text


def is_punct(tok: Token) -> bool:
    return tok.is_punct or _text_facts(tok.text)[0]   # (kept per text: the same test, not one scan per call)


def is_quote_text(text: str) -> bool:
    """is_quote of a token's text, a test of the word for words_where / words_between."""
    return len(text) == 1 and text in QUOTE_CHARS


def is_quote(tok: Token) -> bool:
    # (QUOTE_CHARS holds single marks only: a text of more characters is never in it; tok.text is read once)
    return tok.text in QUOTE_CHARS


_ARABIC_LETTER = re.compile("[\u0621-\u064a]")


def is_arabic_word(tok: Token) -> bool:
    return _text_facts(tok.text)[1]   # (kept per text: the same search, not one per call)


def is_arabic_text(text: str) -> bool:
    """is_arabic_word of a token's text."""
    return _text_facts(text)[1]


@dataclass(frozen=True)
class DocTokens:
    """What the extractors read of every token of one Doc, read once: each doc[k] builds a new Token
    object, and the extractors ask about the same tokens many times. Index k is token k."""

    texts: list[str]
    spaces: list[bool]   # Token.is_space
    starts: list[int]    # Token.idx, the character offset
    punct: list[bool]    # is_punct
    arabic: list[bool]   # is_arabic_word
    like_num: list[bool]  # Token.like_num
    spacy_punct: list[bool]   # Token.is_punct alone (punct above also takes any text with no letter or digit)
    # per index k (0..len): the first token from k on that is no space within a line (skip_space), and the
    # previous non-space token before k, -1 at the start (prev_word): read once per Doc, as the finders ask
    # them at almost every token
    line_words: list[int]
    prev_words: list[int]


@lru_cache(maxsize=131072)
def _text_facts(text: str) -> tuple[bool, bool]:
    """(no letter or digit in it, an Arabic letter in it) of a token's text; words recur, so kept."""
    return all(not c.isalnum() for c in text), _ARABIC_LETTER.search(text) is not None


def _word_steps(texts: list[str], space_at: list[int]) -> tuple[list[int], list[int]]:
    """DocTokens.line_words and .prev_words of a Doc's token texts, its space tokens at space_at (few: each
    index is its own word but around them)."""
    n = len(texts)
    line_words, prev_words = list(range(n + 1)), list(range(-1, n))
    for k in reversed(space_at):
        if "\n" not in texts[k]:
            line_words[k] = line_words[k + 1]
    for k in space_at:
        prev_words[k + 1] = prev_words[k]
    return line_words, prev_words


# the Doc last asked for and its DocTokens: the stages ask for the same Doc's tokens hundreds of
# thousands of times, and an identity test is far quicker than reading Doc.user_data each time (two module
# names, read quicker than the items of a list)
_last_read_doc: Doc | None = None
_last_read_tokens: DocTokens | None = None


def tokens_of(doc: Doc) -> DocTokens:
    """The DocTokens of a Doc, built on first use and kept with it."""
    global _last_read_doc, _last_read_tokens
    if doc is _last_read_doc:
        return _last_read_tokens
    toks = doc.user_data.get("kg_tokens")
    if toks is None:
        # the offsets, lengths and flags in one array read: each Token attribute read builds the Token
        # first; the texts are cut from the Doc's text (which the stages read anyway) at those offsets
        # (read as columns: one list per attribute)
        # (the flags made bools in the array, not one bool() per token each)
        if len(doc):
            columns = doc.to_array([IDX, LENGTH, IS_SPACE, IS_PUNCT, LIKE_NUM])
            starts, lengths = columns[:, 0].tolist(), columns[:, 1].tolist()
            spaces, puncts, like_nums = columns[:, 2:].astype(bool).T.tolist()
            space_at = columns[:, 2].nonzero()[0].tolist()
        else:
            starts, lengths, spaces, puncts, like_nums, space_at = [], [], [], [], [], []
        text = text_of(doc)
        texts = [text[s:s + n] for s, n in zip(starts, lengths)]
        facts = [_text_facts(word) for word in texts]
        toks = doc.user_data["kg_tokens"] = DocTokens(
            texts, spaces, starts, [p or fact[0] for p, fact in zip(puncts, facts)], [fact[1] for fact in facts],
            like_nums, puncts, *_word_steps(texts, space_at))
    _last_read_doc, _last_read_tokens = doc, toks
    return toks


# the Doc last grouped and its words by text (words_by_text)
_last_grouped: list = [None, None]


def words_by_text(doc: Doc) -> dict[str, list[int]]:
    """Each text of the Doc's words (no spaces) -> the tokens that have it, in order; built once per Doc."""
    if doc is _last_grouped[0]:
        return _last_grouped[1]
    groups = doc.user_data.get("kg_words_by_text")
    if groups is None:
        toks = tokens_of(doc)
        groups = {}
        for k, (text, space) in enumerate(zip(toks.texts, toks.spaces)):
            if not space:
                groups.setdefault(text, []).append(k)
        doc.user_data["kg_words_by_text"] = groups
    _last_grouped[0], _last_grouped[1] = doc, groups
    return groups


# The tests words_where was asked with, in the order met, and for each text met so far how many of them it was put
# to and those it passes (the tests are functions of the text alone, so a text's answers hold for every Doc). A text
# is put to the tests met since it was last read the next time it is read, not to all of them again.
_TEST_LIST: list[Callable[[str], object]] = []
_TESTS: set[Callable[[str], object]] = set()   # _TEST_LIST's tests, to tell a test met before at once
# text -> (number of tests it was put to, the tests it passes)
_PASSED_BY: dict[str, tuple[int, tuple[Callable[[str], object], ...]]] = {}
# the Doc last indexed and its index (each test met so far that a word passes -> the tokens that pass it); a test is
# met for the first time only in _passing, which indexes the Doc again right then, so the index knows every test
_indexed_doc: Doc | None = None
_index: dict[Callable[[str], object], list[int]] = {}


def _passed(text: str) -> tuple[int, tuple[Callable[[str], object], ...]]:
    known = _PASSED_BY.get(text)
    n = len(_TEST_LIST)
    if known is not None and known[0] == n:
        return known
    done, passed = known if known is not None else (0, ())
    known = _PASSED_BY[text] = (n, passed + tuple(test for test in _TEST_LIST[done:n] if test(text)))
    return known


def _trigger_index(doc: Doc) -> dict[Callable[[str], object], list[int]]:
    """Each test met so far that a word of the Doc passes -> the words that pass it, in order; one pass over the
    Doc's distinct words for all the tests at once."""
    global _indexed_doc, _index
    index: dict[Callable[[str], object], list[int]] = {}
    n = len(_TEST_LIST)
    for text, ks in words_by_text(doc).items():
        known = _PASSED_BY.get(text)   # (read here: most texts were put to every test before)
        if known is None or known[0] != n:
            known = _passed(text)
        for test in known[1]:
            got = index.get(test)
            if got is None:
                index[test] = list(ks)
            else:
                got.extend(ks)
    for ks in index.values():
        ks.sort()
    _indexed_doc, _index = doc, index
    return index


def words_where(doc: Doc, test: Callable[[str], object]) -> list[int]:
    """The tokens, in order, that are no space and whose text passes `test`, a function of the text alone
    defined once (a module's function, never a new closure per call). The finders that look at every word
    for the few that may open what they find ask this instead of scanning the tokens each: each text is put
    to every test once, and each Doc's words are looked up once for all of them."""
    # (_passing's look-up in the index of the Doc last read, made here at once: asked some sixty times per Doc)
    if doc is _indexed_doc:
        found = _index.get(test)
        if found is not None:
            return found.copy()
        if test in _TESTS:
            return []   # (a test met before that no word of the Doc passes)
    return list(_passing(doc, test))


def words_between(doc: Doc, test: Callable[[str], object], lo: int, hi: int) -> list[int]:
    """words_where's tokens among lo..hi-1: what a reader of every statement's content that looks at each word for
    a few rare ones asks instead (most contents hold none of them, and this is two bisections, not a scan)."""
    found = _passing(doc, test)
    return found[bisect_left(found, lo):bisect_left(found, hi)]


def _passing(doc: Doc, test: Callable[[str], object]) -> list[int]:
    """The Doc's index of `test` (words_where's, read only)."""
    # (asked ~100 times per Doc: the index kept for the Doc answers with a look-up or two; a test met before that it
    # lacks is one no word passes, a test met for the first time makes it again)
    if doc is _indexed_doc:
        found = _index.get(test)
        if found is not None:
            return found
        if test in _TESTS:
            return _NONE
    if test not in _TESTS:
        _TESTS.add(test)
        _TEST_LIST.append(test)
    return _trigger_index(doc).get(test, _NONE)


_NONE: list[int] = []   # (the index of a test no word of the Doc passes: shared, never written)


def sentence_bounds(doc: Doc) -> list[tuple[int, int]]:
    """(first token, end token) of each of doc.sents, in order, read off the sentence starts in one array read: a
    scan that needs only the bounds builds no Span per sentence. As Doc.sents reads them, the first token opens a
    sentence whatever its flag, and each token flagged 1 opens the next. The sentence splitter keeps the bounds it
    set with the Doc (pipeline.SentenceSplitter): read off those, no array is read."""
    kept = doc.user_data.get("kg_sentence_bounds")
    if kept is not None:
        return list(kept)
    n = len(doc)
    if not n:
        return []
    flags = doc.to_array(SENT_START).tolist()
    starts = [0] + [k for k in range(1, n) if flags[k] == 1]
    return list(zip(starts, starts[1:] + [n]))


# the Doc last asked for a sentence start and the first tokens of its sentences (sentence_start)
_last_sentence_starts: list = [None, None]


def sentence_start(doc: Doc, k: int) -> int:
    """doc[k].sent.start read off sentence_bounds: the last sentence start at or before token k. Token.sent has spaCy
    check the Doc's sentence annotation and scan for the bounds on every call; the starts are read once per Doc."""
    if doc is _last_sentence_starts[0]:
        starts = _last_sentence_starts[1]
    else:
        starts = [first for first, _ in sentence_bounds(doc)]
        _last_sentence_starts[0], _last_sentence_starts[1] = doc, starts
    return starts[bisect_right(starts, k) - 1]


def ner_ents(doc: Doc) -> list[tuple[int, int, str]]:
    """The statistical NER's entities as (first token, end token, label), read once per Doc: each read of
    doc.ents builds a Span per entity."""
    ents = doc.user_data.get("kg_ents")
    if ents is None:
        ents = doc.user_data["kg_ents"] = [(e.start, e.end, e.label_) for e in doc.ents]
    return ents


def word_count(doc: Doc, i: int, j: int) -> int:
    """The tokens i..j-1 that are no space: how many words a span has."""
    if i >= j:
        return 0
    # (the spaces counted in C, not one test per token; the Doc last read taken at once)
    toks = _last_read_tokens if doc is _last_read_doc else tokens_of(doc)
    return j - i - toks.spaces[i:j].count(True)


def stems(tok: Token) -> list[str]:
    """Normalised readings of a token: bare, then with each proclitic sequence removed."""
    return [normalize(stem) for _, stem in clitic_variants(tok.text)]


@cache
def function_words() -> frozenset[str]:
    """Closed-class words and time words (the stop list without its common nouns and verbs)."""
    open_class = {"common_noun", "common_verb"}
    return frozenset(normalize(r["word"]) for r in lexicon.read_tsv("stopwords.tsv")
                     if r.get("kind") not in open_class)


def is_function_word(tok: Token) -> bool:
    return is_function_text(tok.text)


@lru_cache(maxsize=131072)
def is_function_text(text: str) -> bool:
    """is_function_word of a token's text; kept per word, as the stop list is read once."""
    stop = function_words()
    norm = normalize(text)
    return norm in stop or any(s in stop for s in (normalize(stem) for _, stem in clitic_variants(text)[1:])
                               if len(s) <= 3)


def is_common(norm: str) -> bool:
    return norm in common_words() or norm in lexicon.stopwords()


@cache
def time_words() -> frozenset[str]:
    """Weekdays, months and time nouns: they follow names and titles but are never part of them."""
    kinds = {"weekday", "month", "time_noun"}
    return frozenset(normalize(r["word"]) for r in lexicon.read_tsv("stopwords.tsv") if r.get("kind") in kinds)


@cache
def stop_prepositions() -> frozenset[str]:
    """The prepositions of the stop list, written apart ("عن", "في", "على")."""
    return frozenset(normalize(r["word"]) for r in lexicon.read_tsv("stopwords.tsv") if r.get("kind") == "preposition")


# parts of the day are also personal names (صباح) and so not in the stop list: matched as whole words
PARTS_OF_DAY = lexicon.function_words().part_of_day


def is_time_word(tok: Token) -> bool:
    return is_time_text(tok.text)


@lru_cache(maxsize=131072)   # (asked of the same words again and again by the name and speaker finders)
def is_time_text(text: str) -> bool:
    stems_ = [normalize(stem) for _, stem in clitic_variants(text)]
    return any(s in time_words() for s in stems_[:2]) or normalize(text) in PARTS_OF_DAY


TANWEEN_FATH = "\u064b"


POSSESSIVES_AFTER_HAMZA = ("نا", "ه", "ها", "هم", "كم")   # possessive suffixes after a hamza's seat
HAMZA_SEATS = "يو"   # the letters a final hamza is written on before a suffix (ئ، ؤ, folded by normalize)


def hamza_seat_stem(stem: str) -> str | None:
    """The word a stem cut before a suffix stands for when its last letter is the seat of a final hamza:
    "ابناي" (of "أبنائنا"), "اعضاو" (of "أعضاؤه") -> ابناء, اعضاء. Only after ا, the long vowel of the
    plurals and verbal nouns that end in hamza (أفعلاء، فعلاء، فعال); None for a stem of three letters (a
    root's own ي or و: "بني") or one ending in no seat."""
    return stem[:-1] + "ء" if len(stem) >= 4 and stem[-1] in HAMZA_SEATS and stem[-2] == "ا" else None


def is_inflected_common(norm: str, raw: str = "") -> bool:
    """An ordinary word in an inflection names do not take: the indefinite accusative ("رفيعا",
    "تضامناً"), a sound plural or a possessive suffix on a common stem ("ملتزمون", "أبناؤنا"), a
    plural past verb ("أنقذوا"), or an imperfect verb of the derived forms ("يتوجه", "يحتدم")."""
    if TANWEEN_FATH in raw:
        return True
    common = common_words()
    # a stem of four letters at least: "ثريا" and "ألما" are names on three-letter common stems
    for suffix in ("ا", "وا", "ون", "ين", "نا", "هم", "كم"):
        stem = norm[: -len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 4 and stem in common:
            return True
    # "أبنائنا", "أعضاؤه": a noun ending in hamza writes it on ي or و before a possessive ("أبناء")
    for suffix in POSSESSIVES_AFTER_HAMZA:
        if norm.endswith(suffix) and hamza_seat_stem(norm[: -len(suffix)]) in common:
            return True
    # imperfect of forms V, VI, X (يتفعّل، يتفاعل، يستفعل) and VIII (يفتعل)
    return len(norm) >= 5 and norm[0] in "يت" and (norm[1] == "ت" or norm[1:3] == "ست"
                                                  or (norm[2] == "ت" and not _long_vowel_before_ta(norm, raw)))


# the letters of long vowels, which never stand for a root's first letter before the ت of form VIII
LONG_VOWELS = "اوي"
HAMZA_LETTERS = "أإؤئء"


def _long_vowel_before_ta(norm: str, raw: str) -> bool:
    """"تيتامورو", "توتيرانو", "ياتيكو": a ي/ت, a long vowel, then ت is a transcribed name's syllables, no
    imperfect of form VIII: its first root letter stands there, and a first root letter و or ي is
    assimilated to the ت ("يتّفق"). Only a hamza may be written on that seat ("يأتمر", "يؤتي"), which the
    normalised word no longer shows: without the word as written the imperfect reading stands."""
    letters = _DIACRITICS.sub("", raw)
    return norm[1] in LONG_VOWELS and len(letters) >= 2 and letters[1] not in HAMZA_LETTERS


# Word shapes no name takes, in normalised spelling; C is a root letter, W a root letter that is no
# weak letter (و، ي). Verbal nouns of the derived forms: II تفعيل ("تعزيز") and تفعية ("تسوية"), III
# مفاعلة ("مشاركة"), VI تفاعل ("تبادل"), VII انفعال ("انسحاب"), VIII افتعال ("اجتماع"), X استفعال
# ("استقلال"); the broken plural مفاعيل ("مشاريع"); sound plurals of participles of the derived
# forms ("متشددون", "مراقبون"). Each may carry the accusative's ا ("تكريما").
# Not form IV إفعال nor the plural أفعال: إحسان، إسلام، إيمان are given names. N is a last root letter
# other than و: a verbal noun of form VI whose last root letter is weak ends in ي ("تعاطي"), so a word
# shaped تفاعل ending in و is a transcribed name ("لويس تماسو").
_C, _W, _N = "[^ا ]", "[^اوي ]", "[^او ]"
NON_NAME_SHAPES = ("تWWيC", "تWCيه", "مCاWWه", "تWاCN", "انWWاC", "اWتCاC", "استWCاC", "مWاWيC",
                   # sound plurals of participles of the derived forms: "متشددون", "متعاملين", "مستثمرو"
                   "متWCCون", "متWCCين", "متWCCو", "متWاCCون", "متWاCCين", "متWاCCو",
                   "مستWCCون", "مستWCCين", "مستWCCو",
                   # and of forms II, III, IV: "مراقبون", "مقاتلين", "مؤيدون", "مسلحين"
                   "مCاWCون", "مCاWCين", "مWWCون", "مWWCين",
                   # feminine participles of form X, a predicate after a name: "مستقرة", "مستخدمة"
                   "مستWCه", "مستWCCه",
                   # participles of forms V, VI and X in the accusative, or feminine, after a name: a state
                   # the sentence gives it ("فلان متمسكا بالسلطة", "فلانة متوجهة إلى", "متفائلا", "مستنكرا")
                   "متCCCا", "متCاCCا", "مستCCCا", "متCCCه", "متCاCCه",
                   # the verbal noun of form V تفعّل in the indefinite accusative, an object no name is (a
                   # name takes no such ا): "أبدى تحفظا", "سجل تقدما"; not bare, as "ترمب" is so written
                   "تWWWا")
_NON_NAME_SHAPE = re.compile("|".join("(?:" + shape.replace("C", _C).replace("W", _W).replace("N", _N) + "ا?)"
                                      for shape in NON_NAME_SHAPES))
# the prepositions that may be written on a noun (with و/ف before them): "ببرقية"، "وبمجهودات"; not
# كـ, rare on nouns of news and the first letter of many names ("كمالا")
_PREPOSITION_CLITICS = ("ب", "ل", "وب", "ول", "فب", "فل")


# the construct plural of participles of forms II, III, IV, before the noun they govern: "منسقو الحملة",
# "منظمو", "مراقبو"; no given name is so shaped, so it is no name's first word either
_CONSTRUCT_PLURAL = re.compile("|".join(shape.replace("C", _C).replace("W", _W) for shape in ("مCاWCو", "مWWCو")))


def is_construct_plural(norm: str) -> bool:
    """A normalised word shaped as the construct plural of a participle ("منسقو"), no name ANERcorp saw."""
    return _CONSTRUCT_PLURAL.fullmatch(norm) is not None and not is_known_name_word(norm) \
        and norm not in lexicon.known_entities()


@lru_cache(maxsize=131072)
def has_non_name_shape(norm: str) -> bool:
    """A normalised word shaped like a verbal noun of a derived form or a plural no name takes. Some
    given names have such shapes too ("تحسين", "ابتسام"): callers ask only about a name's later words
    or a name of one word."""
    return _NON_NAME_SHAPE.fullmatch(norm) is not None and not is_known_name_word(norm) \
        and norm not in lexicon.known_entities()


def has_non_name_shape_as_written(text: str) -> bool:
    """has_non_name_shape of the word as written: a final ؤ is a hamza, no و ("تكافؤ", form VI, is a
    verbal noun though the fold ends it in و as it does a transcribed name, "تماسو")."""
    norm = normalize(text)
    if _DIACRITICS.sub("", text).endswith("ؤ"):
        norm = norm[:-1] + "ء"
    return has_non_name_shape(norm)


@lru_cache(maxsize=131072)
def is_plural_of_common(norm: str) -> bool:
    """A sound feminine plural or a feminine dual of an ordinary noun ("مقابلات" of "مقابلة",
    "دولتان"). Family names in ـات ("عبيدات") have no ordinary singular."""
    if len(norm) < 5 or is_known_name_word(norm):
        return False
    if norm.endswith(("تان", "تين")):
        return norm[:-3] + "ه" in mostly_common_words()  # the dual of a feminine noun: "دولتان"
    if not norm.endswith("ات"):
        return False
    stem = norm[:-2]
    return stem + "ه" in mostly_common_words() or stem in mostly_common_words()


@lru_cache(maxsize=131072)
def is_non_name_form(text: str) -> bool:
    """A word whose inflection no name takes, wherever it stands in a name: a noun with a preposition
    written on it ("ببرقية", "بمجهودات"), a noun with a possessive pronoun of the dual or plural
    ("دعمهما", "لماليتها"), a verb in the future ("سيلتقيان"). Names ANERcorp's annotators saw and
    names of the lexicon are never such forms."""
    norm = normalize(text)
    if len(norm) == 4 and _short_noun_with_preposition(norm):
        return True
    if first_person_verb(text):
        return True   # "وسأفي", "يؤسفني": quoted speech the NER or a speech verb's slot ran into
    if len(norm) < 5 or is_known_name_word(norm) or norm in lexicon.known_entities():
        return False
    if norm.endswith(("هما", "هم", "ها", "كما")):
        return True
    verb = norm[1:] if norm.startswith(("وس", "فس")) else norm
    # "سيتشين": a foreign family name in ـين shaped like a future verb of form V; a verb in the news
    # hardly ends so (the feminine "you" of the imperfect), unless its stem is an ordinary word
    foreign_in = norm.endswith("ين") and verb[1:] not in common_words()
    if verb.startswith("س") and verb[1:2] in ("ي", "ت", "ن") and not foreign_in and (
            is_inflected_common(verb[1:]) or verb[1:] in common_words()):
        return True  # "سيلتقيان", "فستمنح", "سيقرر": a verb in the future
    if text.endswith("ه") and norm[:-1] in common_words():
        return True  # "سلمه", "موقفه": an ordinary word with the pronoun ه (not the feminine ة)
    if is_verb_of_several(norm) or _preposition_on_the_article(norm):
        return True
    for clitic in _PREPOSITION_CLITICS:
        stem = norm[len(clitic):]
        if norm.startswith(clitic) and not stem.startswith("ال") and len(stem) >= 4 \
                and not is_known_name_word(stem) and stem not in lexicon.known_entities():
            # a feminine noun of five letters or more (given names in ـة have four: "لطيفة", "كريمة"),
            # a feminine plural, an ordinary word, a verbal noun; not a foreign name in يه written with
            # ه, no ة ("بينوشيه", "بوفيه": a French -et, -é, whose ب is the name's own)
            if (stem.endswith("ه") and len(stem) >= 5 and not text.endswith("يه")) or (stem.endswith("ات") and len(stem) >= 5) \
                    or stem in mostly_common_words() or has_non_name_shape(stem):
                return True
    return False


# "I will": the future's س on the first person's أ, as written (the fold makes it سا, as in "سامي")
FIRST_PERSON_FUTURE = "سأ"
# "me" on a verb: "يؤسفني", "تهمني"
FIRST_PERSON_OBJECT = "ني"
FIRST_PERSON_VERB_LETTERS = 6
LONG_VOWELS = ("ا", "و", "ي")


@lru_cache(maxsize=131072)
def first_person_verb(text: str) -> bool:
    """A verb in the first person, as written, which no name is: the future ("سأفي", "وسأعمل") or a
    third person's imperfect with "me" on it ("يؤسفني", "تهمني"). Listed names are never such verbs; the
    fold of ؤ to و reads "يؤسف" as a name, so the shape is read before it."""
    word = _DIACRITICS.sub("", text)
    if word[:1] in ("و", "ف") and len(word) > 4:
        word = word[1:]
    norm = normalize(word)
    if is_known_name_word(norm) or norm in lexicon.given_names() or norm in lexicon.known_entities():
        return False
    if word.startswith(FIRST_PERSON_FUTURE) and len(word) >= 4:
        return True
    # a long vowel right after the prefix or before ني is a transcribed name's ("تاوني", "تشيني")
    return word.startswith(IMPERFECT_OF_THIRD_PERSON) and word.endswith(FIRST_PERSON_OBJECT) \
        and 5 <= len(word) <= FIRST_PERSON_VERB_LETTERS and word[-3] not in LONG_VOWELS and word[1] not in LONG_VOWELS


_LAM_ARTICLE = "لل"   # "للحزب", "للفائز": ل before the article drops its alef


@lru_cache(maxsize=131072)   # asked of every word of every content: kept per word
def is_stem_under_clitics(norm: str, stems: frozenset[str], clitics: tuple[str, ...]) -> bool:
    """Is the normalised word one of `stems`, bare or with one of `clitics` glued on ("والحزب", "بالفائز"), or ل on the
    article less its alef ("للحزب")?"""
    if norm.startswith(_LAM_ARTICLE) and "ال" + norm[len(_LAM_ARTICLE):] in stems:
        return True
    return any(stem in stems for clitic, stem in clitic_variants(norm) if clitic in clitics)


# a preposition (after و or ف) written on the article, لـ + ال written "لل": "بالقمة", "للحكومة", "وبالعاصمة"
_ON_THE_ARTICLE = ("بال", "لل", "وبال", "ولل", "فبال", "فلل")
_DUAL_PLURAL_SUBJECT = ("ان", "ون")   # "يتعهدان", "يطالبون": the imperfect of a dual or plural subject
IMPERFECT_OF_THIRD_PERSON = ("ي", "ت")


def _preposition_on_the_article(norm: str) -> bool:
    """"بالقمة", "للحكومة": a preposition on a definite noun ANERcorp saw mostly outside names, of two
    letters at least after the article ("بالمر", Palmer, reads as بـ + المر: too short to tell)."""
    opening = next((o for o in _ON_THE_ARTICLE if norm.startswith(o)), None)
    if opening is None:
        return False
    noun = "ال" + norm[len(opening):]
    return len(noun) >= 5 and noun in mostly_common_words() and not is_known_name_word(noun)


@lru_cache(maxsize=131072)
def is_verb_of_several(norm: str) -> bool:
    """"يتعهدان", "تطالبون": an imperfect verb with the ending of a dual or plural subject, whose
    singular ("يتعهد", "يطالب") is a word of news; its stem of four letters at least keeps off names in
    ـان ("تيران")."""
    if len(norm) < 6 or not norm.startswith(IMPERFECT_OF_THIRD_PERSON) or not norm.endswith(_DUAL_PLURAL_SUBJECT):
        return False
    return norm[:-2] in common_words() and not is_known_name_word(norm) and norm not in lexicon.known_entities()


# the prepositions written on a noun of three letters: "بصحة", "لقمة", "كسنة"
_SHORT_NOUN_CLITICS = ("ب", "ل", "ك")


def _short_noun_with_preposition(norm: str) -> bool:
    """A word of four letters that is a preposition on a noun of three: "بصحة", "لقمة", "بطلب". The noun
    is ANERcorp's ordinary word or feminine in ة; one opening with ا، و، ي is often a name's own
    letters ("باول", "كاري", "لولا"). A word ANERcorp found mostly in names, a listed given name, and a
    given name after the preposition ("لعلي") are left alone. Of the 987 words ANERcorp (train outside the probe, and
    test) holds that read so, one was tagged a person's."""
    stem = norm[1:]
    if norm[0] not in _SHORT_NOUN_CLITICS or norm.startswith(("ال", "لل")) or stem[0] in "اوي" \
            or is_known_name_word(norm) or norm in lexicon.person_names().given or norm in lexicon.known_entities() \
            or stem in lexicon.person_names().given or is_known_name_word(stem) or stem in lexicon.known_entities():
        return False
    return stem.endswith("ه") or stem in common_words() or stem in mostly_common_words()


def is_name_like(tok: Token) -> bool:
    """A token that may be part of a proper name: an Arabic word that is neither a function word,
    nor an ordinary word of news text, nor a cue, title or nationality adjective."""
    return name_like_at(tok.doc, tok.i)


def name_like_at(doc: Doc, k: int) -> bool:
    """is_name_like of token k, read off the Doc's token lists (doc[k] would build a Token): no space,
    punctuation or number, an Arabic word, and name_like_text."""
    toks = _last_read_tokens if doc is _last_read_doc else tokens_of(doc)   # (the Doc last read taken at once)
    return not toks.spaces[k] and not toks.punct[k] and not toks.like_num[k] and toks.arabic[k] \
        and name_like_text(toks.texts[k])


def is_name_like_whole(tok: Token) -> bool:
    """is_name_like read as one word, with no proclitic split off: "باول" is a name that way, though
    بـ + "اول" reads as an ordinary word. For words a person's name already holds."""
    if tok.is_space or is_punct(tok) or tok.like_num or not is_arabic_word(tok):
        return False
    return _whole_name_like_text(tok.text)


@lru_cache(maxsize=131072)
def _whole_name_like_text(text: str) -> bool:
    if text in NAMES_LIKE_FUNCTION_WORDS:
        return True
    norm = normalize(text)
    if len(norm) < 2 or is_common(norm) or is_inflected_common(norm, text):
        return False
    if norm in lexicon.cues() or norm in lexicon.titles() or norm in lexicon.nisba_to_country():
        return False
    if norm in lexicon.groups() or norm in lexicon.org_heads() or is_time_text(text):
        return False
    # a proclitic before the article ("والشعور", "للبنية", "بالواجب") never starts a name; but a clitic and
    # ال before one letter is no definite word ("فالك", "بالي": a name of four letters)
    return not text.startswith(("لل", "وال", "بال", "فال", "كال", "ولل")) or _clitic_article_and_one_letter(text)


CLITIC_AND_ARTICLE_LETTERS = 3   # "بال", "فال": a proclitic and the article


def _clitic_article_and_one_letter(text: str) -> bool:
    """"فالك": a word that reads as a proclitic, the article and a single letter, which no definite word is."""
    return text.startswith(("وال", "بال", "فال", "كال")) and len(normalize(text)) == CLITIC_AND_ARTICLE_LETTERS + 1


@lru_cache(maxsize=131072)
def name_like_text(text: str) -> bool:
    """The part of is_name_like that reads the word alone; kept per word, as the lexicon is read once."""
    if text in NAMES_LIKE_FUNCTION_WORDS:
        return True
    if not _whole_name_like_text(text):
        return False
    # "ولاعب", "للسماح": a conjunction or preposition+article glued to an ordinary word
    for clitic, stem in clitic_variants(text)[1:]:
        if clitic in ("و", "ف", "ل", "ب", "ك") or stem.startswith("ال"):
            n = normalize(stem)
            if is_common(n) or n in lexicon.cues() or n in lexicon.org_heads() or n in lexicon.titles() \
                    or n in lexicon.known_entities():
                return False
    return True


def next_word(doc: Doc, i: int) -> int | None:
    """Index of the next non-space token after i, or None at the end of the doc."""
    spaces = tokens_of(doc).spaces   # not doc[j]: each builds a Token, and this is asked at most tokens
    j = i + 1
    while j < len(spaces) and spaces[j]:
        j += 1
    return j if j < len(spaces) else None


def prev_word(doc: Doc, i: int) -> int | None:
    """Index of the previous non-space token before i, or None at the start of the doc."""
    # (read off the per-Doc list, the Doc last read taken at once: asked at most tokens)
    toks = _last_read_tokens if doc is _last_read_doc else tokens_of(doc)
    j = toks.prev_words[i] if i > 0 else -1
    return j if j >= 0 else None


def skip_space(doc: Doc, k: int) -> int:
    """The first token from k on that is no space within a line (a line break stops the skip)."""
    # (read off the per-Doc list of where each skip ends, the Doc last read taken at once: this runs at almost
    # every token)
    toks = _last_read_tokens if doc is _last_read_doc else tokens_of(doc)
    try:
        return toks.line_words[k]
    except IndexError:   # (past the end)
        return k
