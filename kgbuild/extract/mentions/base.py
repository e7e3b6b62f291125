"""Shared ground of the mention finders: the Candidate record, per-token readings, table lookup,
and the small questions every finder asks (a title here? a known entity? a country's nisba?)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize, strip_article, ta_marbuta_lacks
from ..words import (QUOTE_CHARS, skip_space, is_function_text, text_of, is_time_text, is_name_like, is_ordinary_word, prev_word,
                     tokens_of, words_by_text, words_where)


RANK = {"gazetteer": 0, "title": 1, "org": 2, "place_head": 3, "given_name": 3, "nationality_name": 3, "possessed_role": 3, "group": 2, "subject": 4, "ner": 5, "propagated": 4, "coordinated": 4,
        "after_known": 4, "titled_body": 4, "aside": 3, "town": 3, "topic": 4,
        "setting": 4}
# words that may stand between a title and the name without being part of either
TITLE_MODIFIERS = lexicon.function_words().title_modifier
# adjectives that name a kind of body, after its name: "الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى"
BODY_MODIFIERS = lexicon.function_words().body_modifier
# the English word that closes a news outlet's name written in Arabic letters: "X نيوز", "X تايمز"
OUTLET_SUFFIXES = lexicon.function_words().outlet_suffix
# institutions named without their country ("الحكومة", "الشرطة", "الجيش", "البرلمان", "المحكمة العليا") have generic
# keys: each article's own, the body of the country it is about (organizations.tsv, "of the country in context")
# courts, councils, guards and the judiciary: with a nationality after them ("المحكمة العليا الكينية") a state's own
# body, named apart; "الحكومة/الشرطة الكينية" of a state with no row of its own stay the generic body, as the
# stance and target rules read them
STATE_INSTITUTIONS = ("org:supreme_court", "org:constitutional_court", "org:constitutional_council",
                      "org:republican_guard", "org:judiciary", "org:public_prosecution", "org:royal_family")
# the prosecution sits in each city and district: "النيابة العامة في <city>" is that city's office, named with it
LOCAL_INSTITUTIONS = ("org:public_prosecution",)
GOVERNMENT, POLICE = "org:government", "org:police"
GENERIC_INSTITUTIONS = (GOVERNMENT, POLICE, "org:army", "org:parliament") + STATE_INSTITUTIONS
# the bodies of the country in context that check its executive (its legislature, courts and prosecutors): an office
# holder of the state speaks for its government and forces, not for them ("قال الرئيس إن البرلمان ...")
SEPARATE_POWERS = frozenset({"org:parliament", "org:supreme_court", "org:constitutional_court", "org:constitutional_council",
                             "org:judiciary", "org:public_prosecution"})
# "رئاسة الحكومة", "تشكيل الحكومة": the office of a state institution's head, the act of forming it
OFFICES_OF_BODIES = lexicon.function_words().office_of_body
# indefinite adjectives that may stand inside an indefinite title as the modifiers do: "متحدثة رسمية باسم"
INNER_TITLE_MODIFIERS = lexicon.function_words().inner_title_modifier
# "المتحدث باسم الوزارة هو فلان": the pronoun that introduces the title holder's name
NAME_INTRODUCERS = lexicon.function_words().name_introducer

# the sort keys of mentions (Candidate, and any record with the same fields) in text order and by offset: no
# Python call per mention
BY_FIRST_TOKEN = attrgetter("i")
BY_START = attrgetter("start")


@dataclass
class Candidate:
    i: int                      # first token (the token may carry a clitic)
    j: int                      # one past the last token
    start: int                  # character offsets of the name, clitic excluded
    end: int
    form: str                   # the name as written, clitic excluded
    type: str                   # Person | Organization | Place | Group
    source: str
    key: str | None = None      # lexicon key, when the gazetteer knows the entity
    title: str | None = None    # "وزير الخارجية"
    role_of: str | None = None  # key of the country or organization of the title
    title_i: int | None = None  # first token of the title that introduced this person
    doc_text_before: str = ""   # the token right before the mention, when it is punctuation
    extra_forms: set[str] = field(default_factory=set)
    possessed: bool = False     # a group noun with a possessive pronoun: "مواطنينا", "منتقديه"
    inner: list["Candidate"] = field(default_factory=list)  # names inside this one: "جيش بوليفيا" names Bolivia
    # the body's names with the place a bare place noun in it refers to: "حكومة الإقليم" -> ("حكومة X", ...)
    refers_to: tuple[str, ...] = ()
    # a description that refers back to a body named before ("المنظمة الدولية"): a mention, no name of it
    described: bool = False

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class TokenInfo:
    blocks: bool                          # white space or punctuation: no phrase runs across it
    norm: str
    readings: tuple[tuple[int, str, str], ...]  # (clitic length, stem as written, normalised stem)
    norms: frozenset[str]                 # the readings' normalised stems
    odd: bool                             # a reading empty or of several words


@lru_cache(maxsize=131072)
def token_info(text: str, blocks: bool) -> TokenInfo:
    """The TokenInfo of a token's text; words recur, so one object serves every token of the text."""
    readings = () if blocks else tuple((len(c), stem, normalize(stem)) for c, stem in clitic_variants(text))
    norms = frozenset(norm for _, _, norm in readings)
    return TokenInfo(blocks, normalize(text), readings, norms, any(not n or " " in n for n in norms))


# the Doc last read and its token_infos: the finders ask for them tens of thousands of times per pass, and an
# identity test is quicker than reading Doc.user_data each time (as words.tokens_of keeps its last)
_last_infos: list = [None, None]


def token_infos(doc: Doc) -> list[TokenInfo]:
    """Per-token normalised forms and clitic readings, computed once per Doc."""
    if doc is _last_infos[0]:
        return _last_infos[1]
    info = doc.user_data.get("kg_tokinfo")
    if info is None:
        toks = tokens_of(doc)
        # (the kept infos looked up by map, in C: only whether each token blocks is read here)
        info = doc.user_data["kg_tokinfo"] = list(map(token_info, toks.texts, [
            space or (punct and text != "-") for text, space, punct in zip(toks.texts, toks.spaces, toks.punct)]))
    _last_infos[0], _last_infos[1] = doc, info
    return info


_FIRSTS: dict[int, tuple[object, dict[str, int]]] = {}
_FIRST_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def first_words(table: dict) -> frozenset[str]:
    """The first words of a lexicon table's phrases, as a set (for positions)."""
    cached = _FIRST_WORDS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _FIRST_WORDS[id(table)] = (table, frozenset(table_firsts(table)))
    return cached[1]


def phrase_firsts(table: dict) -> dict[str, int]:
    """First word of every phrase of a table -> the longest phrase (in words) starting with it."""
    firsts: dict[str, int] = {}
    for phrase in table:
        words = phrase.split()
        if words:
            firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    return firsts


def table_firsts(table: dict) -> dict[str, int]:
    """phrase_firsts of a lexicon table, computed once."""
    cached = _FIRSTS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _FIRSTS[id(table)] = (table, phrase_firsts(table))
    return cached[1]


def table_prefixes(table: dict) -> frozenset[str]:
    """Every phrase of a lexicon table and each of its openings up to a space ("وزير", "وزير الخارجية" of
    "وزير الخارجية الفرنسي"), computed once: a phrase that is none of them opens no phrase of the table."""
    cached = _PREFIXES.get(id(table))
    if cached is None or cached[0] is not table:
        prefixes = {phrase[:k] for phrase in table for k, c in enumerate(phrase) if c == " "}
        cached = _PREFIXES[id(table)] = (table, frozenset(prefixes.union(table)))
    return cached[1]


_PREFIXES: dict[int, tuple[object, frozenset[str]]] = {}
# per lexicon table: (the table, its table_firsts, its table_prefixes), for longest_match
_TABLE_READINGS: dict[int, tuple[object, dict[str, int], frozenset[str]]] = {}


def longest_match(doc: Doc, i: int, table: dict, n_max: int = 8,
                  firsts: dict[str, int] | None = None) -> tuple[int, str, str, int] | None:
    """The longest phrase of `table` (normalised keys) starting at token i, its first token read with
    or without clitics: (number of tokens, normalised phrase, surface form, clitic length). A table
    made for one Doc passes its own `firsts` (phrase_firsts), so that it is not kept."""
    # (the kept readings of the Doc last read taken at once: this runs at every word a phrase may open)
    info = _last_infos[1] if doc is _last_infos[0] else token_infos(doc)
    size = len(info)
    if i >= size or info[i].blocks:
        return None
    # (the phrase is read on word by word, and a lexicon table's reading stops at a phrase that opens none of
    # its phrases; a Doc's own table is read to the end)
    prefixes = None
    if firsts is None:
        # (both read off one entry kept per table: this runs at every word a table's phrase may open)
        reading = _TABLE_READINGS.get(id(table))
        if reading is None or reading[0] is not table:
            reading = _TABLE_READINGS[id(table)] = (table, table_firsts(table), table_prefixes(table))
        firsts, prefixes = reading[1], reading[2]
    best = None
    for clitic_len, stem, stem_norm in info[i].readings:
        longest = firsts.get(stem_norm)
        if not longest:
            continue
        found = None   # (tokens, phrase) of the longest phrase of the table read so far
        phrase = stem_norm
        # (a token that blocks, or the Doc's end, stops the phrase where it is met: the words past the phrase's
        # reach are never looked at)
        for n in range(1, min(longest, n_max) + 1):
            if n > 1:
                q = i + n - 1
                if q >= size or info[q].blocks:
                    break
                word = info[q].norm
                if not word:
                    continue  # "اتحاد الكرة الآسيوي - وفق مصدر": a dash inside a name joins, one after it ends none
                phrase += " " + word
            if prefixes is not None and phrase not in prefixes:
                break
            if phrase in table:
                found = (n, phrase)
        # (a longer phrase of a later reading wins; of two as long, the earlier reading's)
        if found is not None and (best is None or found[0] > best[0]):
            texts = tokens_of(doc).texts
            surface = " ".join([stem] + [texts[q] for q in range(i + 1, i + found[0])])
            best = (found[0], found[1], surface, clitic_len)
    return best


def positions(doc: Doc, words: frozenset[str]) -> list[int]:
    """The tokens, in order, one of whose readings is among `words`, a set made once (a table's first words, a
    module's nouns): a scan over every token for the phrases of a table looks only at these, the tokens no
    phrase of it can start at left out at once. They come from words.words_where, whose one index of the Doc's
    words serves every such set and every finder's own test (each text is put to each set once, not each
    token's readings indexed anew per Doc); a punctuation mark, which has no readings, is left out."""
    info = token_infos(doc)
    return [i for i in words_where(doc, _reading_test(words)) if not info[i].blocks]


# per set of words: (the set, the test of a text that one of its readings is in the set); words_where keeps the
# tests it is asked with, so each set has one test for good
_READING_TESTS: dict[int, tuple[frozenset[str], Callable[[str], bool]]] = {}


def _reading_test(words: frozenset[str]) -> Callable[[str], bool]:
    cached = _READING_TESTS.get(id(words))
    if cached is None or cached[0] is not words:
        def test(text: str) -> bool:
            return not token_info(text, False).norms.isdisjoint(words)
        cached = _READING_TESTS[id(words)] = (words, test)
    return cached[1]


def positions_of_own_words(doc: Doc, words: frozenset[str]) -> list[int]:
    """positions of a set of words made for one Doc (the names it found): read off the Doc's distinct words,
    as a test kept for each such set would be asked once only."""
    info = token_infos(doc)
    out: list[int] = []
    for ks in words_by_text(doc).values():
        if not info[ks[0]].norms.isdisjoint(words):   # (the tokens of one text have its readings)
            out.extend(ks)
    return sorted(out)


# per titles table: (the table, its title_starts, its construct_titles), worked out once
_TITLE_SETS: dict[int, tuple[object, frozenset[str], frozenset[str]]] = {}


def _title_sets(titles: dict) -> tuple[object, frozenset[str], frozenset[str]]:
    cached = _TITLE_SETS.get(id(titles))
    if cached is None or cached[0] is not titles:
        construct = construct_titles(titles)
        starts = first_words(titles) | {title + "ا" for title in titles} | construct
        cached = _TITLE_SETS[id(titles)] = (titles, starts, construct)
    return cached


def title_starts(titles: dict) -> frozenset[str]:
    """The readings match_title can hit at: a title's first word, or a title and the dual's ا."""
    return _title_sets(titles)[1]


@lru_cache(maxsize=1)
def _lexicon_title_starts() -> frozenset[str]:
    """title_starts of the lexicon's titles (lexicon.titles(), made once)."""
    return title_starts(lexicon.titles())


def construct_titles_of(titles: dict) -> frozenset[str]:
    """construct_titles of a titles table, kept with its title_starts."""
    return _title_sets(titles)[2]


def construct_titles(titles: dict) -> frozenset[str]:
    """Titles the table lists only with the article ("المرشد", "القنصل"), without it: the form they take in
    the construct state before what they are of ("مرشد الجمهورية", "قنصل فرنسا"). Not the honorifics."""
    return frozenset(t[2:] for t, row in titles.items() if t.startswith("ال") and " " not in t
                     and t[2:] not in titles and row.kind != "honorific")


def span_chars(doc: Doc, i: int, j: int, clitic_len: int) -> tuple[int, int]:
    toks = tokens_of(doc)
    return toks.starts[i] + clitic_len, toks.starts[j - 1] + len(toks.texts[j - 1])


def surface_form(doc: Doc, i: int, j: int, stem: str) -> str:
    """The name as written from token i (read as `stem`, its clitic removed) to token j."""
    toks = tokens_of(doc)
    end = toks.starts[j - 1] + len(toks.texts[j - 1])
    return clean_surface(stem + text_of(doc)[toks.starts[i] + len(toks.texts[i]):end])


def is_quoted(doc: Doc, i: int, j: int) -> bool:
    """The tokens i..j stand between quotation marks: «الرياض»."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    before = prev_word(doc, i)
    after = skip_space(doc, j)
    return before is not None and after < len(doc) and toks.texts[before] in QUOTE_CHARS and toks.texts[after] in QUOTE_CHARS


def writes_ta_marbuta(doc: Doc) -> bool:
    """Does the text write ة anywhere? Then a word it ends in ه is no name the lexicon writes in ة
    (text.ta_marbuta_lacks); a text that writes every ة as ه tells nothing so. Kept per Doc."""
    seen = doc.user_data.get("kg_writes_ta_marbuta")
    if seen is None:
        seen = doc.user_data["kg_writes_ta_marbuta"] = "ة" in text_of(doc)
    return seen


def ta_marbuta_folded(doc: Doc, written: str) -> bool:
    """Is a word written in ه ("جده" of "وجده") a known name only because normalize folds ة onto ه
    ("جدة")? So when, less its ه, it is an ordinary word of news the pronoun ه sits on ("جد", "وجد"),
    and the text writes ة elsewhere (writes_ta_marbuta). A foreign name written in ه ("لشبونه") is
    no word less it, and stays the name."""
    norm = normalize(written)
    if " " in norm or not norm.endswith("ه") or not is_ordinary_word(norm[:-1]):
        return False
    forms = [f for e in lexicon.known_entities().get(norm, ()) for f in e.forms if normalize(f) == norm]
    return bool(forms) and all(ta_marbuta_lacks(written, f) for f in forms) and writes_ta_marbuta(doc)


def adjectival(doc: Doc, i: int, surface: str) -> bool:
    """A country name shaped like a feminine nisba (السعودية) right after a definite noun is an adjective."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not surface.startswith("ال") or not normalize(surface).endswith("يه") or surface != toks.texts[i]:
        return False
    p = prev_word(doc, i)
    return p is not None and toks.texts[p].startswith("ال") and not is_function_text(toks.texts[p])


# endings of relative and plural adjectives: عسكريون، طبية، أمنيين، كبار is no adjective we can tell
ADJECTIVE_ENDINGS = ("يون", "يين", "يه", "يان", "ي")
# the first two of them: a relative adjective in the sound masculine plural ("السياسيون", "العسكريين")
RELATIVE_PLURAL_ENDINGS = ADJECTIVE_ENDINGS[:2]
# sound masculine plural (nominative, oblique) and sound feminine plural endings
PLURAL_ENDINGS = ("ون", "ين", "ات")
PREPOSITIONS = lexicon.function_words().preposition
# "في", "لدى" before the body or place a post or a mission is in ("السفير لدى X", "السفارة في X")
POSTED_AT = lexicon.function_words().posted_at
# head nouns of places ("مدينة", "محافظة"), those kept in the name and those left out of it
PLACE_HEADS = lexicon.function_words().place_head | lexicon.function_words().place_head_kept


def match_title(doc: Doc, i: int) -> tuple[int, str] | None:
    """A title starting at token i: (end token, title as written without clitic). Kept per Doc: the
    stages ask about the same tokens again."""
    if doc is _last_titles[0]:
        memo = _last_titles[1]
    else:
        memo = doc.user_data.get("kg_title_at")
        if memo is None:
            memo = doc.user_data["kg_title_at"] = {}
        _last_titles[0], _last_titles[1] = doc, memo
    if i not in memo:
        memo[i] = _match_title(doc, i)
    return memo[i]


# the Doc last asked and its match_title memo (read off an identity test, as token_infos' are)
_last_titles: list = [None, None]


def _match_title(doc: Doc, i: int) -> tuple[int, str] | None:
    info = _last_infos[1] if doc is _last_infos[0] else token_infos(doc)   # (as longest_match reads them)
    # every reading below (a title's first word, past a modifier too, or the dual) is one of title_starts
    # unless it is odd (of several words): most words are neither, and are let go before the longer reads
    # (the lexicon's title starts read once, not the table and its sets at each word asked)
    if i >= len(info) or (not info[i].odd and info[i].norms.isdisjoint(_lexicon_title_starts())):
        return None
    titles = lexicon.titles()
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    hit = longest_match(doc, i, titles, 4)
    if hit and hit[0] == 1:
        # "وزير خارجية البرتغال": the portfolio in the construct state before the country's name
        nxt = skip_space(doc, i + 1)
        if nxt < len(doc) and not info[nxt].blocks and not toks.texts[nxt].startswith("ال") \
                and hit[1] + " ال" + info[nxt].norm in titles:
            return nxt + 1, clean_surface(hit[2] + " " + toks.texts[nxt])
    if hit:
        end = i + hit[0]
        if len(hit[1]) == 1 and end < len(doc) and toks.texts[end] == "." and not doc[end - 1].whitespace_:
            end += 1   # "د. فلان": a one-letter abbreviation takes its stop, and the name follows that
        return end, clean_surface(hit[2])
    past = _past_modifier(doc, i, titles)
    if past:
        return past
    # "قنصل فرنسا", "قنصل الجمهورية الفرنسية": a title listed with the article, in the construct state
    # before what it is of, a known place or body, or a definite noun a nationality adjective qualifies
    nxt = skip_space(doc, i + 1)
    if nxt < len(doc) and not info[i].norms.isdisjoint(construct_titles_of(titles)) \
            and (known_entity_at(doc, nxt, ("Place", "Organization")) is not None
                 or (toks.texts[nxt].startswith("ال") and skip_space(doc, nxt + 1) < len(doc)
                     and nisba_country(doc, skip_space(doc, nxt + 1)) is not None)):
        stem = next(stem for _, stem, norm in info[i].readings if norm in construct_titles_of(titles))
        return i + 1, clean_surface(stem)
    # dual: رئيسا / وزيرا
    if i < len(info):
        for _, stem, stem_norm in info[i].readings:
            if stem_norm.endswith("ا") and len(stem_norm) >= 4 and stem_norm[:-1] in titles:
                return i + 1, clean_surface(stem)
    return None


MODIFIED_TITLE_WORDS = 3   # words of a title after a modifier inside it: "ناطقة أخرى باسم" is "ناطقة باسم"


def _past_modifier(doc: Doc, i: int, titles: dict) -> tuple[int, str] | None:
    """"متحدثة أخرى باسم", "ناطق آخر باسم": a title whose first word a modifier (آخر، أخرى) follows, read
    without it: (end token, the title as written)."""
    info, texts = token_infos(doc), tokens_of(doc).texts
    mod = skip_space(doc, i + 1)
    if i >= len(info) or mod >= len(info) or (info[mod].norm not in TITLE_MODIFIERS
                                              and info[mod].norm not in INNER_TITLE_MODIFIERS):
        return None
    words, q, best = [], mod, None
    for _ in range(MODIFIED_TITLE_WORDS):
        q = skip_space(doc, q + 1)
        if q >= len(info) or info[q].blocks or not info[q].norm:
            break
        words.append(q)
        for _, stem, stem_norm in info[i].readings:
            if " ".join([stem_norm] + [info[w].norm for w in words]) in titles:
                best = (q + 1, clean_surface(" ".join([stem] + [texts[w] for w in words])))
    return best


def nisba_country(doc: Doc, k: int) -> str | None:
    return _nisba_country_of(tokens_of(doc).texts[k])


def is_nisba_text(text: str) -> bool:
    """Is a reading of the word a nationality adjective (nisba_country's)? A test of the word for words.words_where."""
    return bool(_nisba_country_of(text))


def two_word_nisba_at(doc: Doc, k: int) -> bool:
    """Tokens k and the next word are one nationality adjective of two words that the nationality table
    holds whole ("الجنوب أفريقية", "الجنوب سوداني"): a compass word and a nisba, read as one."""
    toks = tokens_of(doc)   # (read off the kept lists: asked at most words, doc[k] builds a Token)
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or nxt > k + 2 or not (toks.arabic[k] and toks.arabic[nxt]) \
            or nisba_country(doc, k) is not None:
        return False   # (a nationality of one word before a comma is no nationality of two)
    return normalize(f"{toks.texts[k]} {toks.texts[nxt]}") in lexicon.nisba_to_country()


@lru_cache(maxsize=131072)
def _nisba_country_of(word: str) -> str | None:
    """The country whose nationality adjective a reading of the word is; kept per word, as the
    lexicon is read once."""
    nisba = lexicon.nisba_to_country()
    for norm in (normalize(stem) for _, stem in clitic_variants(word)):
        if norm in nisba:
            return nisba[norm]
    return None


def label_key(type_: str, label: str) -> str:
    """The key of an entity the lexicon does not know, made from its type and label ("organization:وزاره الصحه")."""
    return f"{type_.lower()}:{normalize(label)}"


def known_forms(key: str | None, type_: str) -> tuple[str, ...]:
    """The names the lexicon knows the entity of this key by, if it is of this type (none for one found
    in the text only)."""
    known = lexicon.entity_by_key().get(key) if key else None
    return known.forms if known is not None and known.type == type_ else ()


def headed_by(form: str, head: str) -> bool:
    """"مدينة حلب", "الوزارة الأردنية": the name opens with the head noun, with or without the article."""
    words = normalize(form).split()
    return bool(words) and strip_article(words[0]) == head


KNOWN_MATCH_TOKENS = 4   # the longest known name known_entity_match reads, in tokens


def _known_at_memo(doc: Doc) -> dict[int, tuple[int, str, str, int] | None]:
    """known_entity_match's longest_match at each token asked so far, kept per Doc, as match_title is: the finders
    ask about the same tokens again, of one type or another."""
    if doc is _last_known[0]:
        return _last_known[1]
    memo = doc.user_data.get("kg_known_at")
    if memo is None:
        memo = doc.user_data["kg_known_at"] = {}
    _last_known[0], _last_known[1] = doc, memo
    return memo


# the Doc last asked and its known_entity_match memo (read off an identity test, as token_infos' are)
_last_known: list = [None, None]


def remember_known_match(doc: Doc, k: int, hit: tuple[int, str, str, int] | None) -> None:
    """Keep for known_entity_match the longest_match of the known names at token k read over more tokens (the
    gazetteer's): when it is none, or of KNOWN_MATCH_TOKENS tokens or fewer, it is the one known_entity_match reads
    (no reading found a longer phrase that the shorter reach would leave out)."""
    if hit is None or hit[0] <= KNOWN_MATCH_TOKENS:
        _known_at_memo(doc).setdefault(k, hit)


def known_entity_match(doc: Doc, k: int, types: tuple[str, ...]) -> tuple[int, str, int] | None:
    """(end token, key, clitic length) of the known entity of one of `types` whose name starts at token
    k (its first word read with or without a clitic); None when none does."""
    known = lexicon.known_entities()
    memo = _last_known[1] if doc is _last_known[0] else _known_at_memo(doc)   # (the Doc last asked's, at once)
    if k in memo:
        hit = memo[k]
    else:
        hit = memo[k] = longest_match(doc, k, known, min(lexicon.max_form_tokens(), KNOWN_MATCH_TOKENS))
    if hit and known[hit[1]][0].type in types:
        return k + hit[0], known[hit[1]][0].key, hit[3]
    return None


def name_word_read_as_ka_and_place(doc: Doc, i: int, clitic_len: int) -> bool:
    """A word that is كـ ("as, like") glued on a one-word place, among a person's name words: after a title
    or a name word, or before a name word. كـ on a proper name is rare in news, and never inside a name."""
    toks = tokens_of(doc)
    if clitic_len != 1 or not toks.texts[i].startswith("ك"):
        return False
    p, q = prev_word(doc, i), skip_space(doc, i + 1)
    titled = p is not None and normalize(doc[p].text) in lexicon.titles()
    after_name = p is not None and is_name_like(doc[p]) and known_entity_at(doc, p, ("Place", "Organization")) is None
    before_name = q < len(doc) and is_name_like(doc[q]) and known_entity_at(doc, q, ("Place", "Organization")) is None
    return titled or after_name or before_name


def known_entity_at(doc: Doc, k: int, types: tuple[str, ...]) -> tuple[int, str] | None:
    """(end token, key) of known_entity_match."""
    match = known_entity_match(doc, k, types)
    return None if match is None else match[:2]


KNOWN_NAME_REACH = 3   # tokens of a known place's or body's name looked back over


def known_place_or_body_ends_at(doc: Doc, p: int, reach: int = KNOWN_NAME_REACH) -> bool:
    """Does the name of a place or body the lexicon knows, starting `reach` tokens back at most, end at token p
    ("بجامعة X فلانة", "المقيمة في X"): a phrase that closes there?"""
    return any((known := known_entity_at(doc, s, ("Place", "Organization"))) is not None and known[0] == p + 1
               for s in range(max(0, p - reach + 1), p + 1))


def cues_before(doc: Doc, i: int) -> list[lexicon.Cue]:
    """The cues the word right before token i reads as, bare or less its proclitics ("وقالت", "فأعلن");
    none when no word stands before it."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None:
        return []
    cues = lexicon.cues()
    return [cue for _, stem in clitic_variants(toks.texts[p]) if (cue := cues.get(normalize(stem))) is not None]


# "في": the preposition of the place a body's branch is in ("النيابة العامة في <مدينة>")
IN_PLACE = frozenset({normalize("في")})


def placed_end(doc: Doc, end: int, located: bool, country_ok: bool = True) -> int:
    """End of "في <known country or city>" right after a body's name ending at `end` (also "لدى" after an
    embassy's or mission's head, `located`); `end` when no such place follows. A state's own institution
    "في <country>" (not `country_ok`) is that country's, named by it apart, no branch of its own."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, end)
    if q >= len(doc) or q > end + 1 or normalize(toks.texts[q]) not in (POSTED_AT if located else IN_PLACE):
        return end
    k = skip_space(doc, q + 1)
    place = known_entity_at(doc, k, ("Place",))
    if place is None and located and normalize(toks.texts[q]) == ACCREDITED_TO:
        return _accredited_body_end(doc, k) or end   # "البعثة الكندية لدى الأمم المتحدة"
    if place is None or (not country_ok and place[1] in countries()):
        return end
    return place[0]


# "لدى": the preposition of the body a mission or an embassy is accredited to ("البعثة لدى الأمم المتحدة")
ACCREDITED_TO = normalize("لدى")


def _accredited_body_end(doc: Doc, k: int) -> int | None:
    """End of the body a mission is accredited to at token k: a known body ("الأمم المتحدة", "حلف الناتو") or one
    named by its definite head noun alone ("الحلف", "المنظمة"); None for anything else."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    body = known_entity_at(doc, k, ("Organization",))
    if body is not None:
        return body[0]
    if k < len(doc) and toks.arabic[k] and toks.texts[k].startswith("ال") \
            and normalize(toks.texts[k])[2:] in lexicon.org_heads():
        return k + 1
    return None


@lru_cache(maxsize=1)
def countries() -> frozenset[str]:
    """The keys of the places the lexicon knows a nationality of: countries."""
    return frozenset(lexicon.nisba_to_country().values())


LEADER_INTRODUCERS = lexicon.function_words().leader_introducer


# "سليمان بن موسى": the particles of descent between a person's own name and their father's
DESCENT = lexicon.function_words().descent


def definite_given_name(doc: Doc, k: int) -> bool:
    """Token k is a given name with the article, as one may be written before بن ("الوليد بن طلال")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    return toks.texts[k].startswith("ال") and normalize(toks.texts[k])[2:] in lexicon.given_names()


def is_nisba(word: str) -> bool:
    """A relative adjective: الإسلامي، الوطنية، الدولي."""
    return normalize(word).endswith(("ي", "يه"))


def is_elative(norm: str) -> bool:
    """A definite elative adjective (أفعل): الأوسط، الأعلى، الأكبر."""
    return len(norm) == 6 and norm.startswith("الا")


COMPLEMENTIZERS = lexicon.function_words().complementizer
GOD = normalize("الله")
# "for news": the word that may close a news agency's name, after its head and name
NEWS_COMPLEMENT = normalize("للأنباء")


def is_honorific(title: str) -> bool:
    """Is the title only an honorific ("معالي", "صاحب السمو", "فضيلة"; titles.tsv kind honorific)?"""
    known = lexicon.titles().get(normalize(title))
    return known is not None and known.kind == "honorific"


# pronoun suffixes no word of a body's name ends in ("ه" alone is also the last letter of "توجيه", "ترفيه")
PLAIN_PRONOUN_SUFFIXES = ("هما", "هم", "ها")


def body_or_group_word(text: str) -> bool:
    """"للحكومة", "للمجموعة", "للصحفيين": a word in لل that is a body's head noun or a group is whom or what a
    body or office belongs to or speaks to ("الرئاسة الدورية للمجموعة": the rotating chair of a bloc), no remit."""
    norm = normalize("ال" + text[2:])
    return norm in lexicon.groups() or norm[2:] in lexicon.org_heads()


# ordinary words that look like a proclitic and a known name ("باكرا", "للنيل من"; function_words name_look_alike)
NAME_LOOK_ALIKES = lexicon.function_words().name_look_alike


def look_alike_word(doc: Doc, i: int) -> bool:
    """Token i, written whole, is a word the table lists as an ordinary word that looks like a proclitic and
    a known name, alone or before the word the table gives after it."""
    norms = token_infos(doc)   # (normalize() of each token's text, kept per Doc: no doc[k], which builds a Token)
    word = norms[i].norm
    if word in NAME_LOOK_ALIKES:
        return True
    nxt = skip_space(doc, i + 1)
    return nxt < len(doc) and f"{word} {norms[nxt].norm}" in NAME_LOOK_ALIKES


INTERVIEW_NOUNS = lexicon.function_words().interview_noun
UNNAMED_SOURCES = lexicon.function_words().unnamed_source


def _outlet_context(doc: Doc, i: int) -> bool:
    """Token i stands where an outlet is named: right after a cue or "according to" ("ذكرت", "بحسب"), a noun of
    an interview given ("في حديث لـ", "في مقابلة مع"), a source noun ("مراسل"), a body's head noun ("قناة") or an
    opening bracket, or with لـ on it within a clause a cue opens ("وقال الوزير للجزيرة")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None or toks.texts[i].startswith(("ب", "وب", "فب")):
        return False  # "تعترف بالجزيرة": a verb's object in بـ is the thing, an outlet is its subject or in لـ
    norm = normalize(toks.texts[p])
    if cues_before(doc, i) or norm in INTERVIEW_NOUNS or norm in UNNAMED_SOURCES or norm in lexicon.org_heads():
        return True
    if toks.texts[p] == "(":
        return True  # "(الجزيرة)": the credit of the outlet a report is taken from
    if norm == normalize("مع") and any(normalize(toks.texts[q]) in INTERVIEW_NOUNS for q in range(max(0, p - 3), p)):
        return True  # "في مقابلة خاصة مع الجزيرة": an interview given to the outlet
    return toks.texts[i].startswith("ل") and any(cues_before(doc, q) for q in range(max(0, i - 4), i))


def common_noun_outlet_out_of_place(doc: Doc, i: int, j: int, norm: str) -> bool:
    """A known outlet's one-word name that is a common noun with the article ("الجزيرة": the island, "الأهرام":
    the pyramids) names the outlet only quoted or where an outlet stands (_outlet_context)."""
    return norm.startswith("ال") and is_ordinary_word(norm[2:]) and not is_quoted(doc, i, j) \
        and not _outlet_context(doc, i)


def opens_office_of_body(doc: Doc, p: int) -> bool:
    """Do token p (a clitic allowed: "لرئاسة", "بتشكيل") and the bare state institution right after it make the
    office of its head or the act of forming it ("رئاسة الحكومة", "تشكيل الحكومة"), no mention of the body?"""
    # (read off the token readings: a Span and its text per call cost more than the test; the tokens skip_space
    # passes are spaces within the line, so no word stands between the two)
    q = skip_space(doc, p + 1)
    info = token_infos(doc)
    if q >= len(info) or info[p].blocks:
        return False
    word = info[q].norm
    return any(f"{stem} {word}" in OFFICES_OF_BODIES for stem in info[p].norms)


OFFICE_NOUNS = lexicon.function_words().office_noun
OFFICE_TAKING = lexicon.function_words().office_taking
# the prepositions that join a verb of moving into or out of an office to it: "عاد إلى رئاسة", "تنحى عن رئاسة"
OFFICE_PREPOSITIONS = frozenset(normalize(w) for w in ("إلى", "الى", "من", "عن"))


def _without_pronoun(norm: str) -> set[str]:
    """A normalised word and its stems without a pronoun suffix ("استقالته" -> "استقاله", "توليه" -> "تولي")."""
    out = {norm}
    for suffix in (*PLAIN_PRONOUN_SUFFIXES, "ه"):
        stem = norm[:-len(suffix)]
        if norm.endswith(suffix) and len(stem) >= 3:
            out |= {stem, stem[:-1] + "ه"} if stem.endswith("ت") else {stem}
    return out


def takes_office(doc: Doc, i: int) -> bool:
    """Is token i a verbal noun of heading ("رئاسة", a clitic allowed: "لرئاسة") after a word of taking, holding,
    winning or leaving it ("تتولى رئاسة البلاد", "استقالته من رئاسة الحزب")? Then it is the office, no body."""
    info = token_infos(doc)
    if not info[i].norms & OFFICE_NOUNS or (p := prev_word(doc, i)) is None:
        return False
    if info[p].norm in OFFICE_PREPOSITIONS and (q := prev_word(doc, p)) is not None:
        p = q
    return any(_without_pronoun(n) & OFFICE_TAKING for n in info[p].norms | {info[p].norm})


TIME_PLACING = lexicon.function_words().time_placing   # "المقبل", "الماضي", "الجاري"


def time_noun_and_its_placing(doc: Doc, k: int) -> bool:
    """Token k, a definite time noun ("العام", "الشهر"), with a word placing it in time right after it
    ("العام المقبل", "الأسبوع الماضي"): a time phrase, though "العام" also reads as "general"."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    nxt = skip_space(doc, k + 1)
    return toks.texts[k].startswith("ال") and is_time_text(toks.texts[k]) and nxt < len(doc) \
        and normalize(toks.texts[nxt]) in TIME_PLACING
