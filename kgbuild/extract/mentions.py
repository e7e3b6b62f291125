"""Candidate entity mentions in a Doc, from several general sources, then one non-overlapping set.

Sources, most trusted first: the gazetteer of known entities (lexicon), titles that introduce a
person's name ("وزير الخارجية البرازيلي جواو سيلفا"), organization heads with their genitive
chain ("وزارة الخارجية الكندية"), place heads ("منطقة مانجيستاو"), unnamed collective actors
(groups), and the statistical NER. A name found once is then found again wherever it recurs.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from spacy.tokens import Doc

from .. import lexicon
from ..text import clean_surface, clitic_variants, normalize
from .words import (text_of, NAME_LINKS, NAMES_LIKE_FUNCTION_WORDS, TANWEEN_FATH, is_arabic_word, is_common, is_function_word, is_name_like,
                    is_punct, is_quote, is_time_word, stems, common_words, function_words, is_inflected_common,
                    is_known_name_word, mostly_common_words, prev_word, next_word, tokens_of, is_non_name_form,
                    has_non_name_shape, is_plural_of_common, PARTS_OF_DAY)

RANK = {"gazetteer": 0, "title": 1, "org": 2, "place_head": 3, "group": 2, "subject": 4, "ner": 5, "propagated": 4}
# words that may stand between a title and the name without being part of either
TITLE_MODIFIERS = lexicon.function_words().title_modifier
# adjectives that name a kind of body, after its name: "الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى"
BODY_MODIFIERS = lexicon.function_words().body_modifier
# "المتحدث باسم الوزارة هو فلان": the pronoun that introduces the title holder's name
NAME_INTRODUCERS = lexicon.function_words().name_introducer
# place head nouns -> whether the head is part of the name ("مطار ألماتي") or not ("مدينة الطائف")
PLACE_HEADS = {**dict.fromkeys(lexicon.function_words().place_head, False),
               **dict.fromkeys(lexicon.function_words().place_head_kept, True)}
STATE_HEADS = lexicon.function_words().state_head
# heads whose name may be an ordinary definite word: "حي الكرامة", "ميدان التحرير", "شارع الاستقلال"
NAMED_BY_WORD = lexicon.function_words().named_by_word_head
LOCATED_HEADS = lexicon.function_words().located_head
# adjectives that follow an organization's name without being part of it
CHAIN_STOP = lexicon.function_words().chain_stop
# "لشؤون الطفولة": a body's remit, part of its name
REMIT = lexicon.function_words().remit
TYPE_OF_NER = {"PERS": "Person", "PER": "Person", "LOC": "Place", "GPE": "Place", "ORG": "Organization"}


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

    @property
    def length(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class _TokenInfo:
    blocks: bool                          # white space or punctuation: no phrase runs across it
    norm: str
    readings: tuple[tuple[int, str, str], ...]  # (clitic length, stem as written, normalised stem)
    norms: frozenset[str]                 # the readings' normalised stems
    odd: bool                             # a reading empty or of several words


@lru_cache(maxsize=131072)
def _token_info(text: str, blocks: bool) -> _TokenInfo:
    """The _TokenInfo of a token's text; words recur, so one object serves every token of the text."""
    readings = () if blocks else tuple((len(c), stem, normalize(stem)) for c, stem in clitic_variants(text))
    norms = frozenset(norm for _, _, norm in readings)
    return _TokenInfo(blocks, normalize(text), readings, norms, any(not n or " " in n for n in norms))


def _info(doc: Doc) -> list[_TokenInfo]:
    """Per-token normalised forms and clitic readings, computed once per Doc."""
    info = doc.user_data.get("kg_tokinfo")
    if info is None:
        toks = tokens_of(doc)
        info = doc.user_data["kg_tokinfo"] = [
            _token_info(text, space or (punct and text != "-"))
            for text, space, punct in zip(toks.texts, toks.spaces, toks.punct)]
    return info


_FIRSTS: dict[int, tuple[object, dict[str, int]]] = {}
_FIRST_WORDS: dict[int, tuple[object, frozenset[str]]] = {}


def _first_words(table: dict) -> frozenset[str]:
    """The first words of a lexicon table's phrases, as a set (for _positions)."""
    cached = _FIRST_WORDS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _FIRST_WORDS[id(table)] = (table, frozenset(_firsts(table)))
    return cached[1]


def _phrase_firsts(table: dict) -> dict[str, int]:
    """First word of every phrase of a table -> the longest phrase (in words) starting with it."""
    firsts: dict[str, int] = {}
    for phrase in table:
        words = phrase.split()
        if words:
            firsts[words[0]] = max(firsts.get(words[0], 0), len(words))
    return firsts


def _firsts(table: dict) -> dict[str, int]:
    """_phrase_firsts of a lexicon table, computed once."""
    cached = _FIRSTS.get(id(table))
    if cached is None or cached[0] is not table:
        cached = _FIRSTS[id(table)] = (table, _phrase_firsts(table))
    return cached[1]


def longest_match(doc: Doc, i: int, table: dict, n_max: int = 8,
                  firsts: dict[str, int] | None = None) -> tuple[int, str, str, int] | None:
    """The longest phrase of `table` (normalised keys) starting at token i, its first token read with
    or without clitics: (number of tokens, normalised phrase, surface form, clitic length). A table
    made for one Doc passes its own `firsts` (_phrase_firsts), so that it is not kept."""
    info = _info(doc)
    if i >= len(info) or info[i].blocks:
        return None
    if firsts is None:
        firsts = _firsts(table)
    best = None
    for clitic_len, stem, stem_norm in info[i].readings:
        longest = firsts.get(stem_norm)
        if not longest:
            continue
        for n in range(min(longest, n_max), 0, -1):
            if best is not None and n <= best[0]:
                break
            if i + n > len(info) or any(info[q].blocks for q in range(i + 1, i + n)):
                continue
            norm = " ".join([stem_norm] + [info[q].norm for q in range(i + 1, i + n) if info[q].norm])
            if norm in table:
                texts = tokens_of(doc).texts
                surface = " ".join([stem] + [texts[q] for q in range(i + 1, i + n)])
                best = (n, norm, surface, clitic_len)
                break
    return best


def _positions(info: list[_TokenInfo], words: frozenset[str]) -> list[int]:
    """The tokens one of whose readings is among `words`: a scan over every token for the phrases of
    a table looks only at these, the tokens no phrase of it can start at left out at once."""
    return [i for i, inf in enumerate(info) if not inf.norms.isdisjoint(words)]


_TITLE_STARTS: dict[int, tuple[object, frozenset[str]]] = {}


def _title_starts(titles: dict) -> frozenset[str]:
    """The readings match_title can hit at: a title's first word, or a title and the dual's ا."""
    cached = _TITLE_STARTS.get(id(titles))
    if cached is None or cached[0] is not titles:
        starts = _first_words(titles) | {title + "ا" for title in titles}
        cached = _TITLE_STARTS[id(titles)] = (titles, starts)
    return cached[1]


def _span_chars(doc: Doc, i: int, j: int, clitic_len: int) -> tuple[int, int]:
    return doc[i].idx + clitic_len, doc[j - 1].idx + len(doc[j - 1].text)


def _surface(doc: Doc, i: int, j: int, stem: str) -> str:
    """The name as written from token i (read as `stem`, its clitic removed) to token j."""
    end = doc[j - 1].idx + len(doc[j - 1].text)
    return clean_surface(stem + text_of(doc)[doc[i].idx + len(doc[i].text):end])


def gazetteer_candidates(doc: Doc) -> list[Candidate]:
    known = lexicon.known_entities()
    n_max = lexicon.max_form_tokens()
    toks = tokens_of(doc)
    out = []
    for i in _positions(_info(doc), _first_words(known)):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, known, n_max)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        ent = known[norm][0]
        j = i + n
        if n == 1 and ent.type == "Place" and _adjectival(doc, i, surface):
            continue  # "العاصمة السعودية": a nationality adjective, not the country
        if ent.type == "Place" and norm in _outlets_by_name() and _quoted(doc, i, j):
            ent = _outlets_by_name()[norm]  # "لـ«الرياض»": a quoted name is the outlet, not the city
        if ent.type == "Organization" and j + 1 < len(doc) and doc[j].text == "-" \
                and doc[j].idx == doc[j - 1].idx + len(doc[j - 1].text) and is_arabic_word(doc[j + 1]) \
                and doc[j + 1].idx == doc[j].idx + 1:
            s, e = _span_chars(doc, i, j + 2, cl)
            out.append(Candidate(i, j + 2, s, e, clean_surface(surface + "-" + doc[j + 1].text),
                                 "Organization", "gazetteer"))
            continue
        if ent.type == "Organization":
            # "الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى الصومالي": modifiers and a nationality
            # that follow a known body's name belong to the name as written
            k = j
            while (q := skip_space(doc, k)) < len(doc) and q - j < 3 and (
                    normalize(doc[q].text) in BODY_MODIFIERS or _nisba_country(doc, q)) \
                    and doc[q].text.startswith("ال"):
                k = q + 1
            if k > j:
                surface = clean_surface(surface + text_of(doc)[doc[j - 1].idx + len(doc[j - 1].text):
                                                               doc[k - 1].idx + len(doc[k - 1].text)])
                j = k
        s, e = _span_chars(doc, i, j, cl)
        before = doc[i - 1].text if i > 0 and is_punct(doc[i - 1]) else ""
        out.append(Candidate(i, j, s, e, clean_surface(surface), ent.type, "gazetteer", key=ent.key,
                             doc_text_before=before))
    return out


# "الخارجية الكندية": a ministry named by its portfolio, when a nationality follows
PORTFOLIOS = lexicon.function_words().portfolio


def _after_definite_noun(doc: Doc, i: int) -> bool:
    """Token i follows a definite noun it may qualify ("الأوضاع الداخلية الكينية") or completes a title
    ("وزير الخارجية"); but "وكيل الوزارة بالخارجية": a preposition opens a phrase of its own."""
    if doc[i].text.startswith(("بال", "لل")):
        return False
    p = prev_word(doc, i)
    if p is not None and (title := match_title(doc, p)) and title[0] > i:
        return True  # "وزير الخارجية البرازيلي": the portfolio of a title
    return p is not None and doc[p].text.startswith(("ال", "وال", "بال", "لل")) and not is_function_word(doc[p]) \
        and not match_title(doc, p)


_OUTLETS: dict[str, lexicon.KnownEntity] = {}


def _outlets_by_name() -> dict[str, lexicon.KnownEntity]:
    """Known bodies named by a head noun and a name ("صحيفة الرياض"): the name alone -> the body."""
    if not _OUTLETS:
        heads = lexicon.org_heads()
        for e in lexicon.entity_by_key().values():
            for f in e.forms if e.type == "Organization" else ():
                words = normalize(f).split()
                if len(words) >= 2 and words[0] in heads:
                    _OUTLETS.setdefault(" ".join(words[1:]), e)
    return _OUTLETS


def _quoted(doc: Doc, i: int, j: int) -> bool:
    """The tokens i..j stand between quotation marks: «الرياض»."""
    before = prev_word(doc, i)
    after = skip_space(doc, j)
    return before is not None and after < len(doc) and is_quote(doc[before]) and is_quote(doc[after])


def _adjectival(doc: Doc, i: int, surface: str) -> bool:
    """A country name shaped like a feminine nisba (السعودية) right after a definite noun is an adjective."""
    if not surface.startswith("ال") or not normalize(surface).endswith("يه") or surface != doc[i].text:
        return False
    p = prev_word(doc, i)
    return p is not None and doc[p].text.startswith("ال") and not is_function_word(doc[p])


_GROUP_STARTS: dict[tuple[int, int], tuple[object, object, frozenset[str]]] = {}


def _group_starts(table: dict, nisba: dict) -> frozenset[str]:
    """Every reading at which one of group_candidates' matchers may hit, so that the scan skips the
    other tokens without trying the matchers one by one: a phrase's first word (longest_match,
    _lam_construct_match), a noun with the accusative's ا, the dual of a sound plural, a noun with a
    possessive pronoun, a collective head with or without the article, a definite nationality."""
    cached = _GROUP_STARTS.get((id(table), id(nisba)))
    if cached is None or cached[0] is not table or cached[1] is not nisba:
        starts = set(_firsts(table))
        starts.update(noun + "ا" for noun in table)
        starts.update(noun[:-2] + "ان" for noun in table if noun.endswith("ون"))
        for noun in table:
            for suffix in POSSESSIVE_SUFFIXES:
                starts.add(noun + suffix)
                if noun.endswith(("ون", "ين")):
                    starts.add(noun[:-1] + suffix)  # "مواطني" + "نا": the ن goes before a pronoun
        starts.update(COLLECTIVE_HEADS)
        starts.update("ال" + head for head in COLLECTIVE_HEADS)
        starts.update(norm for norm in nisba if norm.startswith("ال"))
        cached = _GROUP_STARTS[(id(table), id(nisba))] = (table, nisba, frozenset(starts))
    return cached[2]


def _group_positions(info: list[_TokenInfo], starts: frozenset[str]) -> list[int]:
    """_positions for groups; a reading that is empty or of several words may start a phrase
    _lam_construct_match joins, whatever its first word."""
    return [i for i, inf in enumerate(info) if inf.odd or not inf.norms.isdisjoint(starts)]


def group_candidates(doc: Doc) -> list[Candidate]:
    table = lexicon.groups()
    toks, info = tokens_of(doc), _info(doc)
    starts = _group_starts(table, lexicon.nisba_to_country())
    out = []
    for i in _group_positions(info, starts):
        if info[i].blocks or not toks.arabic[i]:
            continue
        readings = info[i].readings
        possessed = None
        hit = _lam_construct_match(doc, i, table) or longest_match(doc, i, table, 4) \
            or _accusative_match(readings, table) or _dual_match(readings, table) \
            or (possessed := _possessed_match(readings, table))
        if hit is None:
            out += _collective(doc, i) + _nationals(doc, i)
            continue
        n, norm, surface, cl = hit
        if _counted(doc, i) or _members_of_a_body(doc, i, n, surface):
            continue
        j = i + n
        if normalize(surface).endswith("و"):
            j = _construct_complement(doc, j)  # "مفاوضو البلدين": the construct's complement
        j, affiliation = _group_modifiers(doc, j, surface, definite=possessed is not None)
        nxt = skip_space(doc, j)
        if not affiliation and table[norm].kind in SOURCE_KINDS and nxt < len(doc) \
                and normalize(doc[nxt].text) in AFFILIATING:
            # "مسؤولون في دارفور", "قادة في حزب العمال": unnamed sources tied to a known place or body,
            # or to a site in a known place ("مصادر في مستشفى بالمدينة")
            q = skip_space(doc, nxt + 1)
            known = _known_at(doc, q, ("Place", "Organization")) or _site_in_place(doc, q)
            if known:
                j, affiliation = known
        s, e = _span_chars(doc, i, j, cl)
        form = clean_surface(surface + text_of(doc)[doc[i + n - 1].idx + len(doc[i + n - 1].text):e])
        kind = table[norm].kind
        if possessed and j > i + 1:
            # "سلطاتنا الأمنية" is "السلطات الأمنية" with a pronoun: the kind of the definite phrase
            definite = " ".join(["ال" + norm] + [normalize(w) for w in form.split()[1:]])
            kind = table[definite].kind if definite in table else kind
        out.append(Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation,
                             possessed=possessed is not None))
    return out + _source_subjects(doc)


# singular nouns of an unnamed human source and the group kind they speak as: "وقال مصدر أمني"
SOURCE_NOUNS = lexicon.source_nouns()
SPEAKING_FOR = normalize("باسم")     # "متحدث باسم X": a title whose body speaks, read by the title rules
SVO_OPENERS = lexicon.function_words().clause_opener | lexicon.function_words().complementizer
ACCORDING_TO = lexicon.function_words().according_to   # "بحسب", "وفقا"
RELAY_FROM = normalize("عن")                            # "نقلت وكالة X عن مصدر": the source quoted


def _source_subjects(doc: Doc) -> list[Candidate]:
    """"وقال مصدر أمني فلسطيني إن", "لكن مسؤولا رفيعا قال": one unnamed person (a source, an official, a
    spokesman, a witness) as the subject of a speech verb, right after it or opening the clause right
    before it, speaks as a group of its kind. Only there: elsewhere "مصدر" is a source of anything."""
    out = []
    toks = tokens_of(doc)
    for k in range(len(doc)):
        if toks.spaces[k] or not toks.arabic[k]:
            continue
        norm = normalize(doc[k].text)
        p = prev_word(doc, k)
        # "وفقا لمصدر أمني", "بحسب مسؤول": the source an according-to marker names (ل glued after وفقا)
        marker = normalize(doc[p].text) if p is not None else ""
        according = marker in ACCORDING_TO or (marker[:1] in "وف" and marker[1:] in ACCORDING_TO)
        clitic = 1 if according and norm[:1] == "ل" and norm[1:] in SOURCE_NOUNS else 0
        norm = norm[clitic:]
        accusative = norm.endswith("ا") and norm[:-1] in SOURCE_NOUNS   # "لكن مسؤولا ... قال"
        kind = SOURCE_NOUNS.get(norm[:-1] if accusative else norm)
        if kind is None:
            continue
        if according and not accusative and not _speaks_for_named_body(doc, k):
            j = _singular_adjectives(doc, k + 1)
            s, e = _span_chars(doc, k, j, clitic)
            out.append(Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + kind))
            continue
        feminine = norm.endswith("ه")
        nxt = skip_space(doc, k + 1)
        if nxt < len(doc) and doc[nxt].text.startswith("ال") and not _nisba_country(doc, nxt):
            continue  # "مراقب الدولة", "مسؤول الملف": a head in construct, a title of one office
        j, affiliation = _group_modifiers(doc, k + 1, doc[k].text)
        j = _singular_adjectives(doc, j, accusative)
        after = skip_space(doc, j)
        if _speaks_for_named_body(doc, k):
            continue  # "متحدث (آخر) باسم الرئاسة", "متحدث باسمه": the title rules name the body or person
        for _ in range(2):  # "وقال أمس مصدر", "وقال من جهته مسؤول"
            if p is not None and normalize(doc[p].text) in SLOT_ADJUNCTS:
                p = prev_word(doc, p)
        relayed = p is not None and normalize(doc[p].text) == RELAY_FROM and not accusative   # "نقلت X عن مصدر"
        verb_before = p is not None and not accusative and _speech_verb_gender(doc[p].text, prefixed=True) == feminine
        opens = p is None or is_punct(doc[p]) or normalize(doc[p].text) in SVO_OPENERS
        verb_after = opens and after < len(doc) and _speech_verb_gender(doc[after].text, prefixed=False) == feminine
        if not (verb_before or verb_after or relayed):
            continue
        s, e = _span_chars(doc, k, j, 0)
        out.append(Candidate(k, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + kind,
                             role_of=affiliation))
    return out


def _speaks_for_named_body(doc: Doc, k: int, window: int = 3) -> bool:
    """"متحدث باسم الرئاسة", "متحدث آخر باسم", "متحدث باسمه": "باسم" a few words after the noun."""
    n = k
    for _ in range(window):
        n = skip_space(doc, n + 1)
        if n >= len(doc) or is_punct(doc[n]):
            return False
        if normalize(doc[n].text).startswith(SPEAKING_FOR):
            return True
    return False


def _singular_adjectives(doc: Doc, j: int, accusative: bool = False, limit: int = 2) -> int:
    """End of the indefinite adjectives after a singular source noun ("مسؤول رفيع", "مصدر مطلع",
    "مسؤولا ليبيا رفيعا"): Arabic words with no article, conjunction or preposition glued to them, that
    are no function word, known name or cue verb (a participle in م- is an adjective: "مطلع"). After an
    accusative noun, a word in the accusative's ا that spells a country ("ليبيا", "روسيا") is its
    nationality adjective."""
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc):
            break
        text, norm = doc[k].text, normalize(doc[k].text)
        participle = text.startswith("م") and len(text) >= 4   # "مطلع" (also "beginning of")
        nisba = norm.endswith(("ي", "يه", "يا")) and len(norm) >= 4   # "لبناني", "فلسطينية", "ليبيا"
        if _nisba_country(doc, k) or (accusative and nisba and _known_at(doc, k, ("Place",))):
            j = k + 1
            continue
        if not is_arabic_word(doc[k]) or (is_function_word(doc[k]) and not participle) or text.startswith("ال") \
                or (text.startswith(("و", "ف", "ب", "ل")) and not nisba) \
                or (norm in lexicon.cues() and not participle) \
                or _known_at(doc, k, ("Place", "Organization", "Person")):
            break
        j = k + 1
    return j


def _speech_verb_gender(text: str, prefixed: bool) -> bool | None:
    """Is the word a speech verb of a feminine (True) or masculine (False) singular subject ("قالت",
    "تؤكد" / "قال", "يؤكد", "دعا"), with و/ف before it when prefixed? None when it is none (a participle,
    a dual or plural verb, no cue)."""
    forms = [text[1:]] if prefixed and text[:1] in "وف" else []
    cues = lexicon.cues()
    for form in forms + [text]:
        norm = normalize(form)
        entry = cues.get(norm)
        if entry is None or entry.kind not in ("verb", "continuation"):
            continue
        lemma = normalize(entry.lemma)
        if (norm.startswith("م") and not lemma.startswith("م")) or norm.endswith(("وا", "ون", "ان", "تا")) \
                or (norm.endswith("ا") and not lemma.endswith("ا")):
            return None
        return (norm.endswith("ت") and not lemma.endswith("ت")) or (norm.startswith("ت") and not lemma.startswith("ت"))
    return None


SIDE_NOUNS = lexicon.function_words().side


def side_candidates(doc: Doc) -> list[Candidate]:
    """"الجانب الإسرائيلي", "للطرف الفلسطيني": a side named by its nationality is the country (its
    government), in talks or a conflict; it speaks and is spoken about as the country."""
    out = []
    toks = tokens_of(doc)
    for i in range(len(doc)):
        if toks.spaces[i] or not toks.arabic[i]:
            continue
        reading = next(((cl, stem) for cl, stem in clitic_variants(toks.texts[i]) if normalize(stem) in SIDE_NOUNS), None)
        k = skip_space(doc, i + 1)
        if reading is None or k >= len(doc) or not doc[k].text.startswith("ال"):
            continue
        country = _nisba_country(doc, k)
        if country is None:
            continue
        s, e = _span_chars(doc, i, k + 1, len(reading[0]))
        form = clean_surface(reading[1] + text_of(doc)[doc[i].idx + len(doc[i].text):e])   # "للجانب" -> "الجانب"
        out.append(Candidate(i, k + 1, s, e, form, "Place", "place_head", key=country))
    return out


def _nationals(doc: Doc, i: int) -> list[Candidate]:
    """"السودانيون", "الأتراك": a definite plural nationality that modifies no noun before it names the
    people of that country ("قال السودانيون", "بين اليابانيين والكوريين")."""
    nisba = lexicon.nisba_to_country()
    reading = next(((cl, stem, norm) for cl, stem, norm in _info(doc)[i].readings
                    if norm.startswith("ال") and norm in nisba and _plural_nisba(norm)), None)
    if reading is None:
        return []
    p = prev_word(doc, i)
    if p is not None and (doc[p].text.startswith("ال") or doc[p].like_num) and not is_function_word(doc[p]):
        return []  # "الخبراء السودانيين": an adjective of the noun before it
    cl, stem, norm = reading
    s, e = _span_chars(doc, i, i + 1, cl)
    return [Candidate(i, i + 1, s, e, clean_surface(stem), "Group", "group", key="group:people",
                      role_of=nisba[norm])]


def _plural_nisba(norm: str) -> bool:
    """"السودانيون", "السودانيين", "الأتراك": a nationality in the plural, not the singular ـي/ـية."""
    return norm.endswith(PLURAL_ENDINGS[:2]) or not norm.endswith(("ي", "يه"))


def _collective(doc: Doc, i: int) -> list[Candidate]:
    """"القوى المتشددة", "جماعات انفصالية": a collective noun that an adjective makes a group; of the
    kind the adjective's plural names ("الانفصالية" -> "الانفصاليون"), else of the noun's own kind."""
    reading = next(((cl, stem) for cl, stem, norm in _info(doc)[i].readings
                    if (norm[2:] if norm.startswith("ال") else norm) in COLLECTIVE_HEADS), None)
    if reading is None:
        return []
    k = skip_space(doc, i + 1)
    if k >= len(doc) or not is_arabic_word(doc[k]) or _nisba_country(doc, k):
        return []
    cl, stem = reading
    j, affiliation = _group_modifiers(doc, i + 1, stem)
    if j == i + 1:
        return []
    adjective = normalize(doc[k].text)
    if not adjective.endswith("ه"):
        return []
    table = lexicon.groups()
    head = normalize(stem)
    kind = next((table[p].kind for p in (adjective[:-1] + "ون", adjective[:-1] + "ين") if p in table),
                COLLECTIVE_HEADS[head[2:] if head.startswith("ال") else head])
    s, e = _span_chars(doc, i, j, cl)
    form = clean_surface(stem + text_of(doc)[doc[i].idx + len(doc[i].text):e])
    return [Candidate(i, j, s, e, form, "Group", "group", key="group:" + kind, role_of=affiliation)]


def _counted(doc: Doc, i: int) -> bool:
    """"3 جنود", "ثلاثة مسلحين": a number of persons counted (casualties, arrests), no actor."""
    p = prev_word(doc, i)
    return p is not None and doc[p].like_num and not doc[i].text.startswith("ال")


def _members_of_a_body(doc: Doc, i: int, n: int, surface: str) -> bool:
    """"قادة الاتحاد الأفريقي", "حراس رئيس الوزراء": persons in construct with a known body or a
    title holder act for them; the body or the person is the actor, not a group of its own."""
    if n != 1 or surface.startswith("ال"):
        return False
    k = skip_space(doc, i + 1)
    return k < len(doc) and (_known_at(doc, k, ("Organization", "Person")) is not None
                             or match_title(doc, k) is not None)


def _possessed_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"منتقديه", "مواطنينا", "قواتنا", "معارضوه": a plural group noun with a possessive pronoun; a
    sound plural loses its ن before it ("مواطني" + "نا")."""
    for clitic_len, stem, stem_norm in readings:
        if stem_norm.startswith("ال") or not stem_norm.endswith(POSSESSIVE_SUFFIXES) or stem.endswith("ة"):
            continue  # "مسؤولية" ends in the feminine ة, no pronoun
        for suffix in POSSESSIVE_SUFFIXES:
            bare = stem_norm[:-len(suffix)]
            if not stem_norm.endswith(suffix) or len(bare) < 3:
                continue
            for noun in (bare, bare + "ن" if bare.endswith(("و", "ي")) else None):
                if noun and noun in table and not noun.startswith("ال"):
                    return 1, noun, stem, clitic_len
    return None


def _lam_construct_match(doc: Doc, i: int, table: dict) -> tuple[int, str, str, int] | None:
    """"قوات لحفظ السلام", "قوة لحفظ السلام": an indefinite head joined to its complement by لـ
    instead of the construct ("قوات حفظ السلام")."""
    info = _info(doc)
    k = i + 1
    if k >= len(info) or not doc[i].whitespace_ or info[i].blocks:
        return None
    second = info[k]
    if second.blocks or not second.norm.startswith("ل") or second.norm.startswith("لل") or len(second.norm) < 4:
        return None
    for clitic_len, stem, stem_norm in info[i].readings:
        if stem_norm.startswith("ال"):
            continue
        best = None
        for n in (1, 2):
            rest = [info[q].norm for q in range(k + 1, k + n) if q < len(info) and not info[q].blocks]
            phrase = " ".join([stem_norm, second.norm[1:]] + rest)
            if len(rest) == n - 1 and phrase in table:
                best = (n + 1, phrase, " ".join([stem] + [doc[q].text for q in range(k, k + n)]), clitic_len)
        if best:
            return best
    return None


def _dual_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"مسؤولان", "دبلوماسيان": two persons of a kind whose sound plural is a group noun."""
    for clitic_len, stem, stem_norm in readings:
        plural = stem_norm[:-2] + "ون"
        if stem_norm.endswith("ان") and len(stem_norm) >= 5 and plural in table:
            return 1, plural, stem, clitic_len
    return None


def _accusative_match(readings: tuple[tuple[int, str, str], ...], table: dict) -> tuple[int, str, str, int] | None:
    """"طلابا", "عمالا": an indefinite broken plural in the accusative, its tanween written as alef."""
    for clitic_len, stem, stem_norm in readings:
        bare = stem_norm[:-1]
        if stem_norm.endswith("ا") and bare in table and not bare.startswith("ال") \
                and not bare.endswith(PLURAL_ENDINGS) and len(bare) >= 3:
            return 1, bare, stem, clitic_len
    return None


# unnamed human sources, which the text ties to a place or body with a preposition
SOURCE_KINDS = frozenset({"officials", "sources", "leaders", "residents", "witnesses", "diplomats", "experts",
                          "critics", "lawmakers", "activists"})
AFFILIATING = lexicon.function_words().affiliating
# endings of relative and plural adjectives: عسكريون، طبية، أمنيين، كبار is no adjective we can tell
ADJECTIVE_ENDINGS = ("يون", "يين", "يه", "يان", "ي")
# sound masculine plural (nominative, oblique) and sound feminine plural endings
PLURAL_ENDINGS = ("ون", "ين", "ات")
# elatives, numerals and broken-plural adjectives that follow a plural group noun: "القوى الكبرى"
GROUP_MODIFIERS = lexicon.function_words().group_modifier
# plural nouns of collectives that name a group only with an adjective after them: "القوى المتشددة"
COLLECTIVE_HEADS = lexicon.collective_heads()
PREPOSITIONS = lexicon.function_words().preposition
# possessive pronouns attached to a noun, longest first: "قواتهم", "مواطنينا", "منتقديه"
POSSESSIVE_SUFFIXES = ("هما", "هم", "هن", "ها", "كم", "نا", "ه")


def _site_in_place(doc: Doc, q: int) -> tuple[int, str] | None:
    """"مستشفى بالموصل", "سجن في حلب": an indefinite noun, then a known place after بـ or في."""
    if q >= len(doc) or not is_arabic_word(doc[q]) or doc[q].text.startswith(("ال", "و")) or is_function_word(doc[q]):
        return None
    r = skip_space(doc, q + 1)
    if r < len(doc) and normalize(doc[r].text) == "في":
        r = skip_space(doc, r + 1)
    elif r >= len(doc) or not doc[r].text.startswith("ب"):
        return None
    return _known_at(doc, r, ("Place",))


def _construct_complement(doc: Doc, j: int, limit: int = 2) -> int:
    """End of the definite words (and numbers) that complete a noun in the construct state."""
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc) or not (doc[k].text.startswith("ال") or doc[k].like_num) or is_function_word(doc[k]):
            break
        j = k + 1
    return j


def _group_modifiers(doc: Doc, j: int, surface: str, definite: bool = False,
                     limit: int = 4) -> tuple[int, str | None]:
    """End of the words after a group noun that belong to it, and the country a nationality among
    them ties it to: agreeing adjectives ("المسلحين المتشددين", "القوى المتشددة"), elatives and
    numerals ("القوى الكبرى", "الدول الثلاث"), nationalities, also coordinated ("خبراء كنديون
    وبرازيليون"). Definiteness is the construct's last word's ("زعماء القبائل" is definite); a
    conjunct that is a noun of its own ("والسياسيين") is a group of its own. A noun with a possessive
    pronoun is definite ("سلطاتنا الأمنية")."""
    words = surface.split()
    definite = definite or words[-1].startswith("ال")
    head = normalize(words[0])
    case = _sound_plural_case(head)
    countries: list[str] = []
    for _ in range(limit):
        k = skip_space(doc, j)
        if k >= len(doc) or not is_arabic_word(doc[k]):
            break
        word = doc[k].text
        country = _nisba_country(doc, k)
        if country and (not word.startswith("و") or countries):  # "كنديون وبرازيليون"
            countries.append(country)
            j = k + 1
            continue
        norm = normalize(word)
        if word.startswith("ال") != definite or (word.startswith("و") and _a_noun_conjunct(norm[1:])):
            break
        if norm in GROUP_MODIFIERS or (not is_function_word(doc[k]) and _agreeing_adjective(norm, head, case)
                                       and norm not in lexicon.cues() and not _governs_a_preposition(doc, k)
                                       and not _known_at(doc, k, ("Place", "Organization", "Person"))):
            j = k + 1
            continue
        break
    distinct = list(dict.fromkeys(countries))
    return j, (distinct[0] if len(distinct) == 1 else None)


def _a_noun_conjunct(rest: str) -> bool:
    """"ومهندسين", "والسياسيين": after و, a group noun or a plural of persons is a conjunct of its own
    (a group of its own); coordinated adjectives ("دينية وقبلية") belong to the group."""
    return rest in lexicon.groups() or rest.endswith(PLURAL_ENDINGS[:2])


def _governs_a_preposition(doc: Doc, k: int) -> bool:
    """"العاملين في كندا": a plural participle with its complement after it works as a relative
    clause ("who live in"), not as a name of the group; a relative adjective does not ("دبلوماسيون
    غربيون عن")."""
    norm = normalize(doc[k].text)
    if not norm.endswith(PLURAL_ENDINGS[:2]) or norm.endswith(ADJECTIVE_ENDINGS[:2]):
        return False  # a relative adjective ("غربيون عن", "محليون في") is no participle with a complement
    q = skip_space(doc, k + 1)
    return q < len(doc) and normalize(doc[q].text) in PREPOSITIONS


def _sound_plural_case(head: str) -> str | None:
    """"ون" / "ين" for a sound masculine plural head, whose adjectives take its ending; None for a
    broken or feminine plural ("القوى", "الجماعات", "قادة")."""
    return next((e for e in PLURAL_ENDINGS[:2] if head.endswith(e) and len(head) >= 5), None)


def _agreeing_adjective(norm: str, head: str, case: str | None) -> bool:
    """A word shaped like an adjective of a plural group noun: a relative adjective ("عسكريون",
    "الطبية"); a sound plural in the noun's own case ("المستقلين" after "النواب", "المتشددين" after
    "المسلحين", never "المعتقلين" after "المسلحون"); after a broken or feminine plural, a feminine
    participle ("المسلحة", "المتشددة")."""
    bare = norm[2:] if norm.startswith("ال") else norm
    if len(bare) < 3:
        return False
    ending = next((e for e in PLURAL_ENDINGS[:2] if bare.endswith(e) and len(bare) >= 5), None)
    if ending is not None and norm.startswith("ي") and not norm.endswith(ADJECTIVE_ENDINGS[:2]):
        return False  # an imperfect verb ("يكذبون"), unless a relative adjective ("يابانيون")
    if ending is not None:
        # a feminine plural ("جماعات") takes no masculine plural: "جماعات مسلحة قريتين" ends at the dual
        return ending == case if case else not head.endswith(PLURAL_ENDINGS[2])
    if norm.endswith(ADJECTIVE_ENDINGS) and len(norm) >= 4:
        return True
    return case is None and bare.startswith("م") and bare.endswith("ه") and len(bare) >= 5


def match_title(doc: Doc, i: int) -> tuple[int, str] | None:
    """A title starting at token i: (end token, title as written without clitic). Kept per Doc: the
    stages ask about the same tokens again."""
    memo = doc.user_data.get("kg_title_at")
    if memo is None:
        memo = doc.user_data["kg_title_at"] = {}
    if i not in memo:
        memo[i] = _match_title(doc, i)
    return memo[i]


def _match_title(doc: Doc, i: int) -> tuple[int, str] | None:
    titles = lexicon.titles()
    hit = longest_match(doc, i, titles, 4)
    info = _info(doc)
    if hit and hit[0] == 1:
        # "وزير خارجية البرتغال": the portfolio in the construct state before the country's name
        nxt = skip_space(doc, i + 1)
        if nxt < len(doc) and not info[nxt].blocks and not doc[nxt].text.startswith("ال") \
                and hit[1] + " ال" + info[nxt].norm in titles:
            return nxt + 1, clean_surface(hit[2] + " " + doc[nxt].text)
    if hit:
        return i + hit[0], clean_surface(hit[2])
    # dual: رئيسا / وزيرا
    if i < len(info):
        for _, stem, stem_norm in info[i].readings:
            if stem_norm.endswith("ا") and len(stem_norm) >= 4 and stem_norm[:-1] in titles:
                return i + 1, clean_surface(stem)
    return None


def _nisba_country(doc: Doc, k: int) -> str | None:
    return _nisba_country_of(tokens_of(doc).texts[k])


@lru_cache(maxsize=131072)
def _nisba_country_of(word: str) -> str | None:
    """The country whose nationality adjective a reading of the word is; kept per word, as the
    lexicon is read once."""
    nisba = lexicon.nisba_to_country()
    for norm in (normalize(stem) for _, stem in clitic_variants(word)):
        if norm in nisba:
            return nisba[norm]
    return None


def _known_at(doc: Doc, k: int, types: tuple[str, ...]) -> tuple[int, str] | None:
    known = lexicon.known_entities()
    hit = longest_match(doc, k, known, min(lexicon.max_form_tokens(), 4))
    if hit and known[hit[1]][0].type in types:
        return k + hit[0], known[hit[1]][0].key
    return None


def skip_space(doc: Doc, k: int) -> int:
    while k < len(doc) and doc[k].is_space and "\n" not in doc[k].text:
        k += 1
    return k


def title_candidates(doc: Doc) -> tuple[list[Candidate], list[tuple[int, int, str, str | None]]]:
    """Persons introduced by a title, and bare titles (title with no name after it)."""
    people, bare = [], []
    toks = tokens_of(doc)
    for i in _positions(_info(doc), _title_starts(lexicon.titles())):
        if toks.spaces[i]:
            continue
        m = match_title(doc, i)
        if not m:
            continue
        k, title = m
        # "لمساعدة دولة", "بمساعدة فلان": a preposition before a title shaped like a verbal noun reads
        # "to help", "with the help of": a name may follow it, an ordinary word is no name there
        verbal = _verbal_noun_title(doc, i, title)
        # "رئيسة المفوضية الأوروبية": when the title runs into a known organization, the
        # organization is the title's complement ("رئيسة" of the European Commission)
        for inner in range(i + 1, k):
            known = _known_at(doc, inner, ("Place", "Organization"))
            if known and known[0] > k:
                k, title = inner, clean_surface(text_of(doc)[doc[i].idx:doc[inner - 1].idx + len(doc[inner - 1].text)])
                break
        role_of = None
        after_body = False
        words = normalize(title).split()
        if len(words) == 2 and words[0] + " ال" + words[1] in lexicon.titles() and k < len(doc):
            # "وزير خارجية كندا فلان": the word after a construct title is its country
            known = _known_at(doc, skip_space(doc, k), ("Place", "Organization"))
            k, role_of = known if known else (skip_space(doc, k) + 1, None)
        # modifiers: nationality adjectives, "باسم <organization>", places and organizations, "السابق"
        for _ in range(6):
            k = skip_space(doc, k)
            if k >= len(doc):
                break
            norm = normalize(doc[k].text)
            country = _nisba_country(doc, k) if doc[k].text.startswith(("ال", "وال")) else None
            if country:
                role_of = role_of or country
                k += 1
                continue
            # "وزيرة الصحة في الحكومة الكندية": the body the title holder belongs to
            if norm in (normalize("في"), normalize("لدى")):
                inner = _known_at(doc, skip_space(doc, k + 1), ("Place", "Organization"))
                if inner:
                    k, role_of = inner[0], role_of or inner[1]
                    continue
            # "ممثل المنظمة في بوليفيا ...": a definite body noun is the title's complement
            body_noun = doc[k].text.startswith("ال") and norm[2:] in lexicon.org_heads()
            # "زعيم الحزب الاشتراكي الديمقراطي فلان": after a body noun its nisbas are adjectives, not names
            adjective = doc[k].text.startswith("ال") and (norm.endswith("يه") or norm in BODY_MODIFIERS or (
                norm.endswith("ي") and (after_body or not is_name_like(doc[k]))))
            # "زعيم المعارضة كريم ساسي": an ordinary definite noun before a name is the title's complement
            nxt = skip_space(doc, k + 1)
            complement = doc[k].text.startswith("ال") and norm in common_words() and nxt < len(doc) \
                and is_name_like(doc[nxt]) and not doc[nxt].text.startswith("ال") and not _nisba(doc[k].text) \
                and not any(stem in common_words() for stem in stems(doc[nxt])[1:])  # "الشقيقة بسلامة"
            # "سفير دولة البحرين", "رئيس قسم التحقيقات": an ordinary noun in construct with a definite
            # noun or a known place completes the title; a given name before a family name does not
            construct_end = _construct_after_title(doc, k, nxt)
            if construct_end is not None:
                known = _known_at(doc, nxt, ("Place", "Organization"))
                k, role_of = construct_end, role_of or (known[1] if known else None)
                continue
            if norm in TITLE_MODIFIERS or body_noun or adjective or norm in NAME_INTRODUCERS or complement:
                after_body = body_noun or (after_body and adjective)
                k += 1
                continue
            if norm in ("باسم", "عن", normalize("لشؤون"), normalize("للشؤون"), normalize("بشؤون")) or doc[k].text.startswith("باسم"):
                k = skip_space(doc, k + 1)
                known_org = _known_at(doc, k, ("Organization", "Place"))
                if known_org:
                    k, role_of = known_org[0], role_of or known_org[1]
                elif k < len(doc) and normalize(doc[k].text) in lexicon.org_heads():
                    k = _chain(doc, k + 1)
                while k < len(doc) and not doc[k].is_space and (doc[k].text.startswith("ال") or _nisba_country(doc, k)):
                    k += 1
                continue
            known = _known_at(doc, k, ("Place", "Organization"))
            if known:
                k, role_of = known[0], role_of or known[1]
                continue
            # "المتحدث باسم ائتلاف الوسط ...", "رئيس حزب العمال ...": a body named by head and chain
            if norm in lexicon.org_heads() and not doc[k].text.startswith("ال"):
                chain_end = _chain(doc, k + 1)
                if chain_end > k + 1:
                    k = chain_end
                    continue
            nested = match_title(doc, k)
            if nested and nested[0] > k:
                k = nested[0]
                continue
            break
        if k < len(doc) and doc[k].text in ("،", ","):
            k = skip_space(doc, k + 1)
        elif _construct_title(doc, i, k, title):
            k = skip_space(doc, k + 1)  # "سائق ماكلارين", "رئيسة بيلباو": the word is the title's complement
        start_name = k
        k = _name_end(doc, k)
        if k > start_name and _in_speech_slot(doc, i):
            k = _name_to_slot_end(doc, k)
        if (k == start_name + 1 or verbal) and k > start_name and _ordinary_word_alone(doc[start_name]):
            k = start_name  # "لمساعدة دولة حليفة": an ordinary word after a title is no name on its own
        if k > start_name:
            k, kunya = _kunya(doc, start_name, k)
            s, e = _span_chars(doc, start_name, k, 0)
            people.append(Candidate(start_name, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title",
                                    title=title, role_of=role_of, title_i=i, extra_forms=kunya))
        elif not verbal:
            bare.append((i, k, title, role_of))
    return people, bare


def _in_speech_slot(doc: Doc, i: int) -> bool:
    """The title at token i stands right after a speech verb (adjuncts aside): "وقال وزير الإعلام ..."."""
    p = prev_word(doc, i)
    while p is not None and normalize(doc[p].text) in SLOT_ADJUNCTS:
        p = prev_word(doc, p)
    if p is None or not _cue_word(doc[p].text):
        return False
    cue = lexicon.cues().get(normalize(doc[p].text)) or lexicon.cues().get(normalize(doc[p].text[1:]))
    return cue is not None and cue.kind == "verb"


SLOT_TAIL_MAX = 2   # words a title holder's name goes on by before what they said


def _name_to_slot_end(doc: Doc, k: int) -> int:
    """"وقال وزير الإعلام طارق عظيم خان، إن", "قال المتحدث جوناثان تود إنه": after a speech verb and a
    title, the words between the name found and what was said (a complementizer, a colon, a comma)
    are the rest of the name, when they are words a name may hold: no function, time or cue word, no
    article or proclitic, no adverb in -ا, no ordinary noun with a possessive."""
    end = k
    for _ in range(SLOT_TAIL_MAX):
        nxt = skip_space(doc, end)
        if nxt >= len(doc):
            return k
        text = doc[nxt].text
        if text in (":", "،", ",") or normalize(text) in COMPLEMENTIZERS:
            return nxt if nxt > k else k
        if not _slot_tail_word(doc, nxt):
            return k
        end = nxt + 1
    nxt = skip_space(doc, end)
    closed = nxt < len(doc) and (doc[nxt].text in (":", "،", ",") or normalize(doc[nxt].text) in COMPLEMENTIZERS)
    return end if closed else k


def _slot_tail_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    if not is_arabic_word(t) or is_function_word(t) or is_time_word(t) or len(norm) < 2 or TANWEEN_FATH in text:
        return False
    if text.startswith("ال") or any(stem.startswith("ال") or stem in common_words() for stem in stems(t)[1:]):
        return False  # "للصحفيين", "وأضاف": a proclitic on an ordinary word
    if norm.endswith("ا") or is_inflected_common(norm, text) or is_non_name_form(text) or _cue_word(text):
        return False
    if text.endswith("ه") and norm[:-1] in common_words():
        return False  # "بدوره", "نفسه": a pronoun on an ordinary word
    return norm not in lexicon.titles() and norm not in lexicon.groups() and _nisba_country(doc, k) is None \
        and _known_at(doc, k, ("Place", "Organization")) is None


def _construct_title(doc: Doc, i: int, k: int, title: str) -> bool:
    """A title of one indefinite word ("رئيس", "سائق") right before an unknown name-like word alone is
    in construct with it: the word names the body or country it heads ("رئيسة بيلباو الجديدة"); the
    holder goes after a definite title ("الرئيس فلان")."""
    words = title.split()
    known = lexicon.titles().get(normalize(title))
    nxt = skip_space(doc, k + 1)
    return len(words) == 1 and not words[0].startswith("ال") and skip_space(doc, i + 1) == k and k < len(doc) \
        and (known is None or known.kind != "honorific") and not _verbal_noun_title(doc, i, title) \
        and is_name_like(doc[k]) and not doc[k].text.startswith("ال") \
        and (nxt >= len(doc) or not is_name_like(doc[nxt]))


def _verbal_noun_title(doc: Doc, i: int, title: str) -> bool:
    """"لمساعدة", "بمساعدة": a preposition on a title shaped like a verbal noun reads "to help", "with
    the help of"."""
    first = title.split()[0]
    return doc[i].text != first and doc[i].text.endswith(first) and doc[i].text[0] in "لب" \
        and has_non_name_shape(normalize(first))


def _construct_after_title(doc: Doc, k: int, nxt: int) -> int | None:
    """End of "دولة البحرين", "قسم التحقيقات" after a title: an indefinite word of ordinary news text
    (no name ANERcorp's annotators saw) and an ordinary definite noun after it, not a nisba nor a rare
    word ("سلام الكعبي", "سلام العتيق" are a given and a family name); or a feminine noun and a known
    place or body."""
    norm = normalize(doc[k].text)
    if doc[k].text.startswith(("ال", "و")) or not _ordinary_word_alone(doc[k]) or is_function_word(doc[k]) \
            or norm in lexicon.cues() or nxt >= len(doc):
        return None
    # a feminine noun before a known state: "أمير دولة قطر" (not a verb: "الوزير زار لندن")
    known = _known_at(doc, nxt, ("Place", "Organization")) if norm.endswith("ه") else None
    if known:
        return known[0]
    # the complement an ordinary definite noun ("التحقيقات"), not a family name ("سلام العتيق")
    complement = doc[nxt].text
    norm = normalize(complement)
    if complement.startswith("ال") and not _nisba(complement) and not is_function_word(doc[nxt]) \
            and (norm in mostly_common_words() or is_plural_of_common(norm[2:])):
        return nxt + 1
    return None


def _name_end(doc: Doc, start_name: int) -> int:
    """End of a person's name of up to four words starting at start_name, after a title or another
    word that introduces one; name particles do not count ("حمد بن جاسم آل ثاني")."""
    k = start_name
    while k < len(doc) and k - start_name - sum(normalize(t.text) in NAME_LINKS for t in doc[start_name:k]) < 4:
        t = doc[k]
        if t.is_space and "\n" not in t.text:
            k += 1
            continue
        prev = normalize(doc[k - 1].text) if k > start_name else ""
        # a later token starting with و is a conjunction ("بوتين ونظيره"), not a name part
        if k > start_name and t.text.startswith("و") and prev not in NAME_LINKS:
            break
        # "توكاييف سلفه": a word with a possessive suffix after the name is not part of it
        if k > start_name and t.text.endswith(("ه", "ها", "هم", "هما")) and not t.text.endswith("له") \
                and len(t.text) >= 4 and prev not in NAME_LINKS:
            break
        # "ببرقية", "دعمهما", "هوغو سانشيز تكريما": a form or, after the first word, a shape no name takes
        if _no_name_word(t.text, first=k == start_name):
            break
        # family names may carry the article (زيد العلي، عبد الكريم الحسني), first names do not
        # an indefinite nationality word before a name is a name ("تركي الحربي")
        nisba_name = (not t.text.startswith("ال") and _nisba_country(doc, k) is not None
                      and k + 1 < len(doc) and is_name_like(doc[skip_space(doc, k + 1)]))
        if k == start_name + 1 and _nationality_family_name(doc, k):
            k += 1  # "الوزير هاني المصري"
            break
        if k > start_name and _ends_name(doc, k):
            break
        if k == start_name and _preposition_spelled_as_name(doc, k):
            break  # "الرئيس علي الشعب" in a text that writes إلي for إلى: the preposition على
        if k == start_name and t.text.startswith("و") and t.text.endswith(("ه", "ها", "هم")) \
                and not t.text.endswith("له"):
            break  # "وسعيه": a conjoined noun with a possessive, no name
        # "راضي الشمري": a given name that is an ordinary word, before a family name
        given = k == start_name and _ordinary_given_name(doc, k)
        # "آل ثاني", "بن سلمان": a word after a name particle is a name, even an ordinary word
        linked = k > start_name and prev in NAME_LINKS and is_arabic_word(t) and not is_function_word(t) \
            and len(normalize(t.text)) >= 2
        if (is_name_like(t) or nisba_name or given or linked) and (not t.text.startswith("ال") or k > start_name):
            k += 1
        elif normalize(t.text) in NAME_LINKS and k + 1 < len(doc):
            k += 1
        else:
            if k == start_name + 1 and _family_name_at_boundary(doc, k):
                k += 1  # "وزير الدولة سامي كريم، ...": a family name that is also an ordinary word
            break
    while k > start_name and (doc[k - 1].is_space or normalize(doc[k - 1].text) in NAME_LINKS):
        k -= 1
    if k == start_name + 1 and _no_name_word(doc[start_name].text, first=False):
        return start_name  # "الوزير تكريما": a verbal noun alone is no name
    return k


def _ordinary_word_alone(tok) -> bool:
    """A word of ordinary news text that no name ANERcorp's annotators saw has (mostly_common_words),
    neither "علي" nor a part of the day that is also a name ("الشيخ صباح")."""
    norm = normalize(tok.text)
    return norm in mostly_common_words() and not is_known_name_word(norm) \
        and tok.text not in NAMES_LIKE_FUNCTION_WORDS and norm not in PARTS_OF_DAY


def _past_name_links(doc: Doc, i: int, j: int, limit: int = 4) -> int:
    """"معاوية بن" cut short after a name particle: the name goes on with the word after each particle
    ("معاوية بن أبي سفيان")."""
    for _ in range(limit):
        last = prev_word(doc, j)
        nxt = skip_space(doc, j)
        if last is None or last < i or normalize(doc[last].text) not in NAME_LINKS or nxt >= len(doc) \
                or not is_arabic_word(doc[nxt]) or is_punct(doc[nxt]) or doc[nxt].text.startswith("و") \
                or (is_function_word(doc[nxt]) and normalize(doc[nxt].text) not in NAME_LINKS):
            break
        j = nxt + 1
    return j


def _adjective_before_name(doc: Doc, i: int, j: int) -> bool:
    """Token i is a definite nisba ("التشكيلي") and the span goes on with a word without the article."""
    nxt = skip_space(doc, i + 1)
    return doc[i].text.startswith("ال") and normalize(doc[i].text).endswith("ي") and nxt < j \
        and not doc[nxt].text.startswith("ال") and normalize(doc[nxt].text) not in NAME_LINKS


def _accusative_pair(doc: Doc, i: int) -> bool:
    """Token i ends in the accusative's ا next to an ordinary word in the accusative: "حظا سعيدا",
    "عفوا شاملا" (not "ماريا شارابوفا": neither stem is an ordinary word)."""
    if not normalize(doc[i].text).endswith("ا"):
        return False
    for k in (prev_word(doc, i), next_word(doc, i)):
        norm = normalize(doc[k].text) if k is not None else ""
        if norm.endswith("ا") and len(norm) >= 3 and (norm in common_words() or norm[:-1] in common_words()):
            return True
    return False


@lru_cache(maxsize=131072)
def _no_name_word(text: str, first: bool) -> bool:
    """A word that cannot be part of a person's name: an inflection no name takes ("ببرقية",
    "دعمهما"); unless it is the name's first word, a verbal noun or plural shape ("تكريما",
    "مشاريع"), which some given names have ("تحسين"), or the plural of an ordinary noun ("مقابلات")."""
    return is_non_name_form(text) or (not first and (has_non_name_shape(normalize(text))
                                                     or is_plural_of_common(normalize(text))))


# "إلي", "الي": إلى written with a dotted ي, which tells that the text writes على as "علي" too
FINAL_YA_SPELLINGS = frozenset({"إلي", "الي"})


def _writes_final_alef_as_ya(doc: Doc) -> bool:
    """Does the text write the final ى as ي ("إلي")? Kept per Doc."""
    flag = doc.user_data.get("kg_final_ya")
    if flag is None:
        flag = doc.user_data["kg_final_ya"] = not FINAL_YA_SPELLINGS.isdisjoint(tokens_of(doc).texts)
    return flag


def _preposition_spelled_as_name(doc: Doc, k: int) -> bool:
    """Token k is "علي" in a text that writes على so, and no name word follows it ("علي الشعب", "علي
    ان"; but "علي حسن", "علي الصادق" are names)."""
    if doc[k].text not in NAMES_LIKE_FUNCTION_WORDS or not _writes_final_alef_as_ya(doc):
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or normalize(doc[nxt].text) in mostly_common_words():
        return True
    return not is_name_like(doc[nxt]) and not doc[nxt].text.startswith("ال")  # "علي السويدي" is a name


def _nationality_family_name(doc: Doc, k: int) -> bool:
    """"الوزير هاني المصري": a definite masculine nationality right after a one-word given name is
    its family name; not after a name known alone, nor before another name ("بوتين الفرنسي ماكرون"),
    nor after a full name ("محمد صالح المصري": an adjective there)."""
    t = doc[k]
    nxt = skip_space(doc, k + 1)
    given = prev_word(doc, k)
    return t.text.startswith("ال") and normalize(t.text).endswith("ي") and _nisba_country(doc, k) is not None \
        and (nxt >= len(doc) or not is_name_like(doc[nxt])) \
        and given is not None and _known_at(doc, given, ("Person",)) is None  # "بوتين الفرنسي ماكرون"


def _ordinary_given_name(doc: Doc, k: int) -> bool:
    """"راضي الشمري": an ordinary word without clitic as a given name, when a family name follows it
    (a definite nisba; not an ordinary definite noun: "إنفاذ القانون", nor an unknown word: "ضباط إنفاذ")."""
    t = doc[k]
    nxt = skip_space(doc, k + 1)
    if not _given_name_word(t) or any(stem in common_words() for stem in stems(t)[1:]) or nxt >= len(doc):
        return False
    family = doc[nxt]
    norm = normalize(family.text)
    after = skip_space(doc, nxt + 1)
    if norm in NAME_LINKS and after < len(doc) and is_name_like(doc[after]) and not doc[after].text.startswith("ال"):
        return True  # "فاطمة بو زيد", "سعيد بن حمد": a name particle and a name follow
    return is_name_like(family) and not _ends_name(doc, nxt) and norm not in mostly_common_words() \
        and family.text.startswith("ال") and norm.endswith("ي") \
        and not (family.text.endswith(("ه", "ها", "هم")) and not family.text.endswith("له"))


# words after which a name cannot go on: a clause opens ("، الذي", "وهو") or a list goes on
NAME_CLOSERS = lexicon.function_words().relative | lexicon.function_words().aside_opener
IMPERFECT_PREFIXES = ("ي", "ت", "ن")


def _family_name_at_boundary(doc: Doc, k: int) -> bool:
    """Token k, an ordinary word right after a given name, is its family name when the name closes
    right after it (punctuation, a conjunction, a relative pronoun): "سامي كريم ووزير", "ساسي،".
    Verbs (imperfect prefixes), adverbs in -ا, definite words, possessives and time words are not."""
    t = doc[k]
    norm = normalize(t.text)
    if any(stem.startswith("ال") for stem in stems(t)[1:]):
        return False  # "بالقول": a preposition and the article, no name
    if not is_arabic_word(t) or t.text.startswith(("ال", "و")) or is_function_word(t) or is_time_word(t) \
            or len(norm) < 3 or norm.startswith(IMPERFECT_PREFIXES) or norm.endswith(("ا", "ه", "هم", "ها")) \
            or TANWEEN_FATH in t.text or norm in lexicon.cues() or norm in lexicon.titles() \
            or norm in lexicon.groups() or _nisba_country(doc, k) or _known_at(doc, k, ("Place", "Organization")):
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or doc[nxt].is_space or (is_punct(doc[nxt]) and not is_quote(doc[nxt])):
        return True
    return doc[nxt].text.startswith("و") and len(doc[nxt].text) > 2 or normalize(doc[nxt].text) in NAME_CLOSERS \
        or is_function_word(doc[nxt])


LEADER_INTRODUCERS = lexicon.function_words().leader_introducer


def led_by_candidates(doc: Doc) -> list[Candidate]:
    """Persons named after "led by": "كتلة الوفاق بزعامة راضي الشمري", "فصيل يقوده فلان". The word
    is no title: a name must follow it directly (a known body or place after it is no person)."""
    toks, info = tokens_of(doc), _info(doc)
    out = []
    for i in range(len(doc)):
        if toks.spaces[i] or info[i].norm not in LEADER_INTRODUCERS:
            continue
        start = skip_space(doc, i + 1)
        if start >= len(doc) or doc[start].text.startswith("ال") \
                or _known_at(doc, start, ("Place", "Organization")) or match_title(doc, start):
            continue
        k = _name_end(doc, start)
        if k - start >= 1 and sum(not t.is_space for t in doc[start:k]) >= 2:
            s, e = _span_chars(doc, start, k, 0)
            out.append(Candidate(start, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title"))
    return out


KUNYA = lexicon.function_words().kunya


def _kunya(doc: Doc, i: int, j: int) -> tuple[int, set[str]]:
    """"أحمد سعيد أبو خالد": a kunya after a name of two words or more is another name of the
    person, not part of this one: the name ends before it and the kunya is kept as a form."""
    words = [k for k in range(i, j) if not doc[k].is_space]
    for n, k in enumerate(words):
        # (not after a particle: "عمر بن أبي ربيعة" is one name)
        if n >= 2 and normalize(doc[k].text) in KUNYA and n + 1 < len(words) \
                and normalize(doc[words[n - 1]].text) not in NAME_LINKS:
            end = words[n - 1] + 1
            return end, {clean_surface(text_of(doc)[doc[k].idx:doc[j - 1].idx + len(doc[j - 1].text)])}
    return j, set()


def _ends_name(doc: Doc, k: int) -> bool:
    """Token k cannot continue the person's name before it: it starts a known organization or place
    ("الرئيس لولا الأمم المتحدة"), or it is a definite word too common to be a family name
    ("غوميز الإدارة"), or a second definite word that is no nisba ("سامي الحلبي المقال")."""
    t = doc[k]
    if _known_at(doc, k, ("Organization", "Place")) is not None:
        return True
    if not t.text.startswith("ال"):
        return False
    norm = normalize(t.text)
    if norm in mostly_common_words():
        return True
    if norm.endswith("يه") and len(norm) >= 8 and not is_known_name_word(norm):
        return True  # "... السريالية": a long feminine nisba is an adjective; "العطية" is a family name
    prev = prev_word(doc, k)
    return prev is not None and doc[prev].text.startswith("ال") and not norm.endswith("ي")


def _nisba(word: str) -> bool:
    """A relative adjective: الإسلامي، الوطنية، الدولي."""
    return normalize(word).endswith(("ي", "يه"))


def _elative(norm: str) -> bool:
    """A definite elative adjective (أفعل): الأوسط، الأعلى، الأكبر."""
    return len(norm) == 6 and norm.startswith("الا")


def _chain(doc: Doc, k: int, limit: int = 5) -> int:
    """End of a definite genitive/adjective chain starting at k: الخارجية الكندية, معاهدة الأمن الجماعي."""
    start = k
    while k < len(doc) and k - start < limit:
        t = doc[k]
        if t.is_space or is_punct(t) or is_function_word(t):
            break
        if normalize(t.text) in CHAIN_STOP or match_title(doc, k):
            break  # "حكومة رئيس الجمهورية": a title starts a phrase of its own
        if _nisba_country(doc, k):
            if k == start and not t.text.startswith(("ال", "وال")):
                return start  # "صحيفة بريطانية": an indefinite head and nationality describe, they name nothing
            return k + 1  # a nationality adjective closes the name: "وزارة الخارجية الكندية جون ..."
        if t.text.startswith("ال"):
            norm = normalize(t.text)
            prev_definite = k > start and doc[k - 1].text.startswith("ال")
            if prev_definite and not (norm.endswith(("ي", "يه", "ه", "ين", "ون", "ات")) or _elative(norm)):
                break  # "جماعة الحوثي التحالف": two definite nouns are two phrases
            if prev_definite and _nisba(doc[k - 1].text) and not _nisba(t.text):
                break  # "منظمة العمل الدولية القرارات": after a nisba only nisbas follow
            k += 1
            continue
        if t.text.startswith("وال") and k > start and doc[k - 1].text.startswith("ال") \
                and normalize(t.text[1:]) not in function_words() \
                and _known_at(doc, k, ("Place", "Organization", "Person")) is None \
                and normalize(t.text[1:]) not in lexicon.groups():
            k += 1  # "حزب العدالة والتنمية"; but "قوات الشرطة والجيش" are two
            break
        if normalize(t.text) in REMIT and k > start:
            # "مكتب الأمم المتحدة لشؤون الطفولة": the body's remit is part of its name
            nxt = skip_space(doc, k + 1)
            if nxt < len(doc) and doc[nxt].text.startswith("ال") and not is_function_word(doc[nxt]):
                return nxt + 1
            break
        if t.text[0] in "لبك":
            break  # "لغرض", "بهدف": a preposition ends the name
        if k > start and doc[k - 1].text.startswith("ال"):
            break  # "دولة القانون عقيل": a definite noun closes the genitive chain
        nxt = k + 1
        if nxt < len(doc) and doc[nxt].text.startswith("ال") and is_arabic_word(t) and not is_function_word(doc[nxt]):
            k += 1
            continue
        break
    return k


def _adjectives_to_nationality(doc: Doc, k: int, limit: int = 3) -> int:
    """End of the adjectives after a definite body head when a nationality is among them, with the
    body's kind after it ("الحكومة الصومالية الانتقالية", "المجلس الوطني الأعلى الصومالي"); k when there is none."""
    q, end = k, k
    while q < len(doc) and q - k < limit + 1 and doc[q].text.startswith("ال"):
        norm = normalize(doc[q].text)
        if is_function_word(doc[q]) and norm not in BODY_MODIFIERS:
            break  # but "العام" is "general" here, not "the year"
        if _nisba_country(doc, q):
            end = q + 1
        elif end > k and norm in BODY_MODIFIERS:
            end = q + 1
        elif end > k or not (norm in BODY_MODIFIERS or _nisba(doc[q].text)) or norm in CHAIN_STOP:
            break
        q += 1
    return end


def _office_end(doc: Doc, k: int) -> int | None:
    """End of "لرئيس الوزراء" after a definite office noun and its adjectives ("المكتب الصحفي لرئيس
    الجمهورية"); a nationality may follow. Not "مكتب رئيس البلدية": that is often the building."""
    q = k
    while q < len(doc) and q - k < 2 and doc[q].text.startswith("ال") and _nisba(doc[q].text):
        q += 1
    if q == k or q >= len(doc) or not doc[q].text.startswith("ل"):
        return None
    title = match_title(doc, q)
    if not title:
        return None
    end = title[0]
    nxt = skip_space(doc, end)
    return nxt + 1 if nxt < len(doc) and _nisba_country(doc, nxt) else end


def _quoted_name_end(doc: Doc, k: int, limit: int = 4) -> int:
    """End of the words from k to a closing quotation mark, at most `limit` Arabic words: a name
    quoted after its head noun. k when no quote closes them."""
    q = k
    while q < len(doc) and q - k <= limit and not is_quote(doc[q]):
        if not (doc[q].is_space or is_arabic_word(doc[q])) or is_punct(doc[q]):
            return k
        q += 1
    return q if q < len(doc) and is_quote(doc[q]) and q > k else k


_LAM = (normalize("لـ"), normalize("ل"))


def outlet_candidates(doc: Doc) -> list[Candidate]:
    """"أوضح مسؤول لـ"النهار" أن ...", "في حديث لـ«الرياض»،": the quoted name a source spoke to
    is the outlet that reports it."""
    complementizers = lexicon.function_words().complementizer
    info = _info(doc)
    out = []
    for i in range(len(doc)):
        if info[i].norm not in _LAM or i + 2 >= len(doc) or not is_quote(doc[i + 1]):
            continue
        end = _quoted_name_end(doc, i + 2)
        after = skip_space(doc, end + 1)
        if end == i + 2 or after >= len(doc):
            continue
        if normalize(doc[after].text) in complementizers or doc[after].text in ("،", ",", ":"):
            s, e = _span_chars(doc, i + 2, end, 0)
            out.append(Candidate(i + 2, end, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org"))
    return out


def _foreign_name_end(doc: Doc, k: int, limit: int = 3) -> int:
    """End of up to three name-like words without the article, no known name among them: a party's
    name transcribed from another language."""
    start = k
    while k < len(doc) and k - start < limit and is_name_like(doc[k]) and not doc[k].text.startswith(("ال", "و")) \
            and not normalize(doc[k].text).endswith(ADJECTIVE_ENDINGS + ("ين", "ون", "ات")) \
            and _known_at(doc, k, ("Person", "Place", "Organization")) is None:
        k += 1  # (not an Arabic adjective or plural: "تحالف انتخابي")
    return k


@lru_cache(maxsize=131072)
def _may_head_org(text: str) -> bool:
    """Can a reading of the word head an organization's name (a head noun, with or without the
    article, or a portfolio)? The lexicon tables are read once, so the answer is kept per word."""
    heads = lexicon.org_heads()
    for _, stem in clitic_variants(text):
        norm = normalize(stem)
        if norm in heads or normalize(stem[2:] if stem.startswith("ال") else "") in heads or norm in PORTFOLIOS:
            return True
    return False


def org_candidates(doc: Doc) -> list[Candidate]:
    heads = lexicon.org_heads()
    toks, info = tokens_of(doc), _info(doc)
    out = []
    for i in range(len(doc)):
        if toks.spaces[i] or not toks.arabic[i] or not _may_head_org(toks.texts[i]):
            continue
        if info[i].norm in LEADER_INTRODUCERS:
            continue  # "برئاسة البرازيل": chaired by Brazil, no presidency
        for clitic, stem in clitic_variants(toks.texts[i]):
            norm = normalize(stem)
            portfolio = norm in PORTFOLIOS and not _after_definite_noun(doc, i)
            if norm not in heads and normalize(stem[2:] if stem.startswith("ال") else "") not in heads \
                    and not portfolio:
                continue
            k = i + 1
            k = skip_space(doc, k)
            quoted = k < len(doc) and is_quote(doc[k])
            if quoted:
                k += 1
            definite = stem.startswith("ال")
            if clitic and norm in lexicon.function_words().abstract_head:
                break  # "للأمن الأميركي": security as a concept, not a body
            office = _office_end(doc, k) if definite and norm in lexicon.function_words().office_head else None
            if office:
                end = office  # "المكتب الصحفي لرئيس الجمهورية": the office of a title holder
            elif portfolio:
                # "الداخلية البرتغالية": a ministry named by its portfolio and its state only
                end = k + 1 if k < len(doc) and _nisba_country(doc, k) else k
            elif definite:
                # "الحكومة الكازاخستانية": a definite head needs a nationality adjective after it,
                # or a known body it belongs to ("الأمانة العامة لجامعة الدول العربية")
                end = _adjectives_to_nationality(doc, k)
                if end == k:
                    q = k
                    # adjectives (nisba-like -ي/-ية, elatives -ى/-ا), not nouns ("البلدين")
                    while q < len(doc) and q - k < 2 and doc[q].text.startswith("ال") and \
                            normalize(doc[q].text).endswith(("ه", "ي", "ا")) and not is_function_word(doc[q]):
                        q += 1
                    # "الدعم للجيش التونسي": a bare head before a known body is its object, not its part
                    owner = _known_at(doc, q, ("Organization",)) if q > k and q < len(doc) \
                        and doc[q].text[:1] == "ل" else None
                    if owner:
                        end = owner[0]
                    elif q > k and q < len(doc) and normalize(doc[q].text) in REMIT \
                            and skip_space(doc, q + 1) < len(doc) and doc[skip_space(doc, q + 1)].text.startswith("ال"):
                        end = skip_space(doc, q + 1) + 1  # "اللجنة العليا لشؤون الانتخابات"
                    elif q > k and q < len(doc) and doc[q].text.startswith("لل") and not match_title(doc, q):
                        # "المفوضية العليا المستقلة للانتخابات", "الهيئة الوطنية للإعلام (الليبية)"
                        end = q + 1
                        if end < len(doc) and _nisba_country(doc, skip_space(doc, end)):
                            end = skip_space(doc, end) + 1
                    elif q > k and _nisba(doc[k].text) and normalize(doc[q - 1].text) in BODY_MODIFIERS:
                        end = q  # "المجلس الوطني الانتقالي", "المجلس الاقتصادي الأعلى": a kind of body
            else:
                end = _chain(doc, k)
                if quoted and end == k:
                    end = _quoted_name_end(doc, k)  # "قناة «الفجر»", "مركز "تواصل"": the name is quoted
                if end == k and heads.get(norm) == "party":
                    end = _foreign_name_end(doc, k)  # "حزب بهاراتيا جاناتا": a name in foreign words
                place = _known_at(doc, k, ("Place",)) if end == k and k < len(doc) and not doc[k].text.startswith("ال") \
                    and norm in lexicon.function_words().state_body_head else None
                if place:
                    end = place[0]  # "جيش بوليفيا", "شرطة نيروبي": a body of a state or city named by its name
            if end == k:
                break
            # an embassy or consulate "في/لدى <country or city>" is named with its place
            if normalize(stem[2:] if definite else stem) in LOCATED_HEADS:
                q = skip_space(doc, end)
                if q < len(doc) and normalize(doc[q].text) in (normalize("في"), normalize("لدى")):
                    place = _known_at(doc, skip_space(doc, q + 1), ("Place",))
                    if place:
                        end = place[0]
            if quoted and end < len(doc) and is_quote(doc[end]):
                end += 1  # the closing quote of "صحيفة "الشروق"" belongs to the name, not to what follows
            s, e = _span_chars(doc, i, end, len(clitic))
            words = [stem] + [t.text for t in doc[i + 1:end] if not t.is_space and not is_quote(t)]
            cand = Candidate(i, end, s, e, clean_surface(" ".join(words)), "Organization", "org")
            if quoted:
                cand.extra_forms.add(clean_surface(" ".join(t.text for t in doc[k:end] if not is_quote(t))))
            out.append(cand)
            break
    return out


@lru_cache(maxsize=131072)
def _may_head_place(text: str) -> bool:
    """Is a reading of the word a place head noun? Kept per word, as PLACE_HEADS is fixed."""
    return any(normalize(stem) in PLACE_HEADS for _, stem in clitic_variants(text))


def place_head_candidates(doc: Doc) -> list[Candidate]:
    """Places named after a head noun: "مدينة الطائف", "منطقة وادي حلفا", "حي الكرامة". Where the
    head is no part of the name (مدينة، منطقة) the form with it is recorded too: texts use both."""
    toks = tokens_of(doc)
    out = []
    for i in range(len(doc)):
        if toks.spaces[i] or not _may_head_place(toks.texts[i]):
            continue
        for clitic, stem in clitic_variants(toks.texts[i]):
            head = normalize(stem)
            keep = PLACE_HEADS.get(head)
            if keep is None:
                continue
            start_name = k = skip_space(doc, i + 1)
            known = _known_at(doc, k, ("Place",)) if k < len(doc) else None
            if known and head in STATE_HEADS:
                break  # "جمهورية روسيا الاتحادية" is Russia: the gazetteer's
            if known:
                k = known[0]  # "ولاية بافاريا ماركوس زودر": the known place ends the name
            else:
                while k < len(doc) and k - start_name < 3 and _place_name_word(doc, k, k == start_name, head) \
                        and not (doc[k].text.endswith(("ه", "ها", "هم")) and not doc[k].text.endswith("له")):
                    k += 1
                if k == start_name + 1 and not doc[start_name].text.startswith("ال") and k < len(doc) \
                        and _family_name_at_boundary(doc, k):
                    k += 1  # "مدينة بير زيت بعد": a second word of the name that is also an ordinary word
            if k > start_name:
                s, e = _span_chars(doc, i, k, len(clitic))
                with_head = _surface(doc, i, k, stem)
                bare = clean_surface(text_of(doc)[doc[start_name].idx:e])
                if keep:  # "مطار ألماتي" is not ألماتي: the head stays, the bare name is no form of it
                    cand = Candidate(i, k, s, e, with_head, "Place", "place_head")
                else:
                    s = doc[start_name].idx
                    cand = Candidate(start_name, k, s, e, bare, "Place", "place_head", extra_forms={with_head})
                out.append(cand)
            break
    return out


def _place_name_word(doc: Doc, k: int, first: bool, head: str) -> bool:
    """A word of a place's name after its head: a name, or for streets and quarters ("حي الكرامة")
    one definite word; the article only on the first word."""
    t = doc[k]
    definite = t.text.startswith("ال")
    if not first and (definite or doc[k - 1].text.startswith("ال")):
        return False  # a definite word closes the name: "حي الزهور شرق المدينة
    if is_name_like(t):
        return True
    return first and definite and head in NAMED_BY_WORD and is_arabic_word(t) and not is_function_word(t)


SLOT_END = lexicon.function_words().slot_end
COMPLEMENTIZERS = lexicon.function_words().complementizer


def _given_name_word(tok) -> bool:
    """An ordinary word that may be a given name: Arabic, no article, no function word,
    cue or title."""
    norm = normalize(tok.text)
    return is_arabic_word(tok) and not tok.text.startswith("ال") and len(norm) >= 3 \
        and not is_function_word(tok) and norm not in lexicon.cues() and norm not in lexicon.titles() \
        and norm not in lexicon.groups() and not is_inflected_common(norm, tok.text)


@lru_cache(maxsize=131072)
def _cue_word(text: str) -> bool:
    """Is the word a cue, bare or after و/ف? Kept per word, as the lexicon is read once."""
    cues = lexicon.cues()
    return any(normalize(text[len(p):]) in cues for p in ("", "و", "ف") if text.startswith(p))


SLOT_ADJUNCTS = lexicon.function_words().adjunct | lexicon.function_words().slot_pronoun


def _past_slot_adjuncts(doc: Doc, k: int, limit: int = 2) -> int:
    """The first token after the words that may stand between a speech verb and its subject: "وقال
    أمس فلان", "وقال له فلان", "صرح به فلان", "وقال من جهته فلان"."""
    for _ in range(limit + 1):
        if k >= len(doc) or normalize(doc[k].text) not in SLOT_ADJUNCTS:
            return k
        nxt = skip_space(doc, k + 1)
        if normalize(doc[k].text) == FROM and (nxt >= len(doc) or normalize(doc[nxt].text) not in SLOT_ADJUNCTS):
            return k  # "وحذر من فلان": "from" opens the verb's object, "من جهته" is an adjunct
        k = nxt
    return k


FROM = normalize("من")


SAY = normalize("قال")


def _ala_before_that(doc: Doc, verb: int, k: int) -> bool:
    """"وشدد علي أن", "أكد علي ان": على spelled "علي" before أن is the preposition a verb of insisting
    takes; a man named علي says "إن" after قال ("وقال علي إن")."""
    if doc[k].text not in NAMES_LIKE_FUNCTION_WORDS:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or normalize(doc[nxt].text) not in COMPLEMENTIZERS or doc[nxt].text.startswith("إ"):
        return False
    cue = lexicon.cues().get(normalize(doc[verb].text)) or lexicon.cues().get(normalize(doc[verb].text[1:]))
    return cue is None or normalize(cue.lemma) != SAY


def appositive_at(doc: Doc, k: int) -> bool:
    """Token k opens what describes a name just read: a title ("رئيس الرابطة", "الناطق باسم ...") or a
    definite participle with its preposition ("العائد من", "المقيم في")."""
    if k >= len(doc) or doc[k].text.startswith(("و", "ف")):
        return False
    text = doc[k].text
    norm = normalize(text)
    if match_title(doc, k) is not None:
        return not norm.endswith("ا")  # "عشر رئيسا": a dual or accusative title is no apposition
    participle = norm.startswith("الم") or (len(norm) == 6 and norm[3] == "ا")  # مُفعِل, فاعِل
    nxt = skip_space(doc, k + 1)
    return text.startswith("ال") and participle and len(norm) >= 5 and nxt < len(doc) \
        and normalize(doc[nxt].text) in PREPOSITIONS


def _definite_family_name(doc: Doc, k: int, first: bool) -> bool:
    """A definite word in a speech verb's subject slot that is a family name: a nisba no ordinary word
    of news takes ("وأشار الكبيسي إلى أن"), alone or after a given name ("وقال سامر الدباغي إن"); not a
    nationality (is_name_like turns those away) nor a definite noun that names no one ("الحكومي")."""
    text = tokens_of(doc).texts[k]
    norm = normalize(text)
    if norm in mostly_common_words() or _no_name_word(text, first=False) or len(norm) < 5:
        return False
    if not first:
        # "الكبيسي", or a family name ANERcorp knows ("الخطيب"); not a participle in apposition ("العائد")
        return text.endswith("ي") or is_known_name_word(norm)
    # the nisba's ي as written: "الفتى" ends in alif maqsura
    return text.endswith("ي") and not _nisba_of_common_noun(norm)


def _nisba_of_common_noun(norm: str) -> bool:
    """"الحقوقي", "النقابي", "الروائي": a definite nisba of an ordinary noun (حقوق، نقابة، رواية) names
    someone by their calling, not by their family; "الدباغي", "الكبيسي" come from no ordinary word."""
    stem, common = norm[2:-1], mostly_common_words()
    # the noun's forms only: a bare stem may be a verb ("ساعد" of الساعدي)
    return any(w in common for w in (stem + "ه", "ال" + stem, "ال" + stem + "ه"))


def subject_slot_candidates(doc: Doc) -> list[Candidate]:
    """Unknown names in the subject slot of a speech verb: "وأشار أزعور إلى أن", "قال غروسي، ...".

    Arabic news puts the speaker right after the verb; one to three name-like words there, closed
    by a complementizer, a preposition or punctuation, are taken as a person's name.
    """
    cues = lexicon.cues()
    toks = tokens_of(doc)
    out = []
    for i in range(len(doc)):
        if toks.spaces[i] or not _cue_word(toks.texts[i]):
            continue
        tok = doc[i]
        norm = normalize(tok.text)
        if norm in cues and cues[norm].kind in ("noun", "via"):
            continue
        if norm.endswith("ا"):
            continue  # "رفضا قاطعا": a verbal noun or participle in the accusative has no subject after it
        k = _past_slot_adjuncts(doc, skip_space(doc, i + 1))
        start_name = k
        # "وقال راضي بوزيان": a given name that is an ordinary word, before a rare family name
        nxt = skip_space(doc, k + 1)
        if k < len(doc) and nxt < len(doc) and _given_name_word(doc[k]) and is_name_like(doc[nxt]) \
                and normalize(doc[nxt].text) not in mostly_common_words() and not doc[nxt].text.startswith("ال"):
            k = nxt
        while k < len(doc) and k - start_name < 3 and is_name_like(doc[k]) \
                and (not doc[k].text.startswith("ال") or _definite_family_name(doc, k, first=k == start_name)) \
                and not (k > start_name and doc[start_name].text.startswith("ال")) \
                and not is_quote(doc[k]) and not (k > start_name and doc[k].text.startswith("و")) \
                and not _no_name_word(doc[k].text, first=k == start_name) \
                and _known_at(doc, k, ("Person", "Place", "Organization")) is None:
            k = skip_space(doc, k + 1) if k + 1 < len(doc) and doc[k + 1].is_space and "\n" not in doc[k + 1].text else k + 1
        while k > start_name and doc[k - 1].is_space:
            k -= 1
        if k == start_name or (k == start_name + 1 and (_no_name_word(doc[start_name].text, first=False)
                                                        or _preposition_spelled_as_name(doc, start_name)
                                                        or _ala_before_that(doc, i, start_name))):
            continue  # no name, or a verbal noun alone: "وأكد تمسكا"
        after = skip_space(doc, k)
        if k == start_name + 1 and doc[start_name].text.startswith("ال") and not (
                after < len(doc) and (doc[after].text == ":" or normalize(doc[after].text) in COMPLEMENTIZERS
                                      or normalize(doc[after].text) == normalize("إلى"))):
            continue  # a definite word alone names someone only before what they said: "وأشار الكبيسي إلى أن"
        closed = after >= len(doc) or is_punct(doc[after]) or normalize(doc[after].text) in SLOT_END \
            or normalize(doc[after].text) in lexicon.function_words().aside_opener \
            or doc[after].text.startswith(("لل", "بال")) \
            or appositive_at(doc, after)
        # "ويقول معارضوه": a plural noun with a pronoun in the subject slot is a collective actor
        word = doc[start_name].text
        if k - start_name == 1 and word.endswith(("وه", "وها", "وهم")) and len(word) >= 5 and closed:
            s_, e_ = _span_chars(doc, start_name, k, 0)
            out.append(Candidate(start_name, k, s_, e_, clean_surface(word), "Group", "subject",
                                 key="group:" + normalize(word)))
            continue
        # "معارضوه", "أنصارها": a noun with a possessive suffix is no name; "تكتلاً": an indefinite
        # accusative is the verb's object
        suffixed = doc[k - 1].text.endswith(("ه", "ها", "هم", "هما")) and not doc[k - 1].text.endswith("له")
        suffixed = suffixed or any(t.text.endswith(("ًا", "اً")) for t in doc[start_name:k])
        if closed and not suffixed and (k - start_name > 1 or len(normalize(doc[start_name].text)) >= 3):
            s, e = _span_chars(doc, start_name, k, 0)
            out.append(Candidate(start_name, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


def ner_candidates(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Candidate]:
    known = lexicon.known_entities()
    out = []
    for start, end, label in spans:
        type_ = TYPE_OF_NER.get(label)
        if type_ is None:
            continue
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        i, j = span.start, span.end
        # drop leading titles and function words, trailing punctuation
        while i < j and (match_title(doc, i) or is_function_word(doc[i]) or is_punct(doc[i])):
            i = match_title(doc, i)[0] if match_title(doc, i) else i + 1
        while j > i and (is_punct(doc[j - 1]) or doc[j - 1].is_space or is_function_word(doc[j - 1])):
            j -= 1
        kunya: set[str] = set()
        if type_ == "Person":
            # "ببرقية فلان": a leading word no name takes is no part of it; "الرسام الإسباني خوان":
            # nor a definite nisba before a name without the article (first names have none)
            while i < j and (doc[i].is_space or is_non_name_form(doc[i].text) or _adjective_before_name(doc, i, j)):
                i += 1
            if j - i == 1 and _accusative_pair(doc, i):
                continue  # "حظا سعيدا": an adjective agreeing with an accusative noun
            p = prev_word(doc, i)
            title = match_title(doc, p) if p is not None else None
            if title and title[0] == i and _construct_title(doc, p, i, title[1]):
                i = skip_space(doc, i + 1)  # "سائق ماكلارين لويس هاملتون": the title's complement first
            if j - i == 1 and _no_name_word(doc[i].text, first=False):
                continue  # "تكريما": a verbal noun alone
            j = _past_name_links(doc, i, j)
            # "جواو سيلفا الإدارة", "حسن الجوار": the name ends where a name cannot go on
            cut = next((k for k in range(i + 1, j) if _ends_name(doc, k)
                        or (not doc[k].is_space and _no_name_word(doc[k].text, first=False))), j)
            if cut == i + 1 and j - i == 2:
                continue  # "حسن الجوار": a word and its definite complement, not a name cut short
            j, kunya = _kunya(doc, i, cut)
        if j <= i or not any(is_name_like(t) for t in doc[i:j]):
            continue
        if j - i == 1 and normalize(doc[i].text) in mostly_common_words():
            continue  # one ordinary word ("الصحراء", "ساحلي")
        clitic_len, stem_used = _ner_clitic(doc, i, j)
        s, e = _span_chars(doc, i, j, clitic_len)
        form = _surface(doc, i, j, stem_used)
        if len(normalize(form)) < 3:
            continue
        if j - i == 1 and doc[i].text.endswith(("ه", "ها", "هم", "هما")) and not doc[i].text.endswith("له") \
                and normalize(form) not in known:
            continue  # "تياره": a noun with a possessive suffix
        if j - i == 1 and type_ == "Place" and _adjectival(doc, i, doc[i].text):
            continue  # "العاصمة السعودية"
        if j - i == 2 and normalize(doc[j - 1].text) == GOD and doc[i].text.endswith(("ه", "ها", "هم")):
            continue  # "رحمه الله", "حفظه الله": a blessing, no name
        if normalize(form) == GOD:
            continue  # "فقال الله": God is named in quotations from scripture, no person of the news
        out.append(Candidate(i, j, s, e, form, type_, "ner", extra_forms=kunya))
    return out


GOD = normalize("الله")


def _ner_clitic(doc: Doc, i: int, j: int) -> tuple[int, str]:
    """The proclitic the NER left on a name's first word (ANERcorp tags "ونايفة" whole): stripped
    when the lexicon knows the rest, the article follows it, the rest is a common head ("بحي
    الكرامة"), or a conjunction joins the name to a list ("وحمص وحماة"); kept when the
    whole word is a name ANERcorp knows ("وليد") or the rest is no word ("ويكيليكس")."""
    known = lexicon.known_entities()
    word = doc[i].text
    if normalize(word) in known:
        return 0, word
    for clitic, stem in clitic_variants(word)[1:]:
        rest = normalize(" ".join([stem] + [t.text for t in doc[i + 1:j]]))
        stem_norm = normalize(stem)
        if rest in known or (stem.startswith("ال") and clitic):
            return len(clitic), stem
        # ANERcorp tags names with their clitics ("وصلاح"): the word is a name there only if its
        # stem is not one too
        whole_is_name = is_known_name_word(normalize(word)) and not is_known_name_word(stem_norm)
        if clitic in ("و", "ب", "ل") and len(stem_norm) >= 2 and not whole_is_name \
                and (stem_norm in common_words() or (clitic == "و" and len(stem_norm) >= 3
                                                     and stem_norm[0] not in "اوي")):
            return len(clitic), stem
    return 0, word


def select(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates: longer first, then the more trusted source."""
    groups_at = {c.i: c for c in cands if c.type == "Group"}
    for c in cands:
        g = groups_at.get(c.i)
        if c.source == "org" and g is not None and g.j <= c.j:
            c.type, c.key, c.source, c.role_of = "Group", g.key, "group", g.role_of
    # "وتجمع المتظاهرون": a head noun that is also a verb, with a group after it, is no organization
    cands = [c for c in cands if not (c.source == "org" and any(k in groups_at for k in (c.i + 1, c.i + 2)
                                                                 if k < c.j))]
    # a known body's name is not lengthened by a pattern with words that are not part of names
    # ("تنظيم القاعدة المتطرف"): a pattern wins only with a nationality or a complement (للـ) more
    # "ولاية النيل الأزرق الجديدة": a known place with a head-noun pattern over it is that place, described
    places_at = {c.i: c for c in cands if c.source == "gazetteer" and c.type == "Place"}
    for c in cands:
        if c.source == "org" and c.i in places_at and places_at[c.i].j < c.j:
            c.type = "Place"
    known_at = {c.i: c for c in cands if c.source == "gazetteer" and c.type == "Organization"}
    cands = [c for c in cands if not (c.source == "org" and c.i in known_at and known_at[c.i].j < c.j
                                      and not _adds_name_words(c, known_at[c.i]))]
    # "قالت يديعوت أحرونوت إن": a speaker slot vouches for a name, the NER knows it names a body
    ner_orgs = {k for c in cands if c.source == "ner" and c.type == "Organization" for k in range(c.i, c.j)}
    cands = [c for c in cands if not (c.source == "subject" and c.type == "Person"
                                      and all(k in ner_orgs for k in range(c.i, c.j)))]
    # the statistical NER only fills gaps: it never overrides a name the other sources found
    primary = [c for c in cands if c.source not in ("ner", "subject")]
    chosen = _appositions(doc, sorted(_non_overlapping(primary), key=lambda c: c.i))
    _nest(doc, chosen, primary)
    taken = {k for c in chosen for k in range(c.i, c.j)}
    for c in _non_overlapping([c for c in cands if c.source in ("ner", "subject")]):
        if not any(k in taken for k in range(c.i, c.j)):
            chosen.append(c)
    return _title_countries_inside(doc, sorted(chosen, key=lambda c: c.i))


def _title_countries_inside(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"لارس هانسن وزير داخلية الدنمارك": the country of a construct title belongs to the title
    holder's name phrase; it stays an entity of the article (inner of the person) but no mention a
    statement could take as a speaker of its own."""
    out: list[Candidate] = []
    for c in chosen:
        p1 = prev_word(doc, c.i) if c.type == "Place" and c.source == "gazetteer" else None
        p2 = prev_word(doc, p1) if p1 is not None else None
        title = match_title(doc, p2) if p2 is not None else None
        person = next((x for x in reversed(out) if x.type == "Person"), None)
        if title and title[0] == c.i and len(title[1].split()) == 2 and person is not None \
                and (person.title_i == p2 or prev_word(doc, p2) == person.j - 1):
            person.inner.append(c)
            continue
        out.append(c)
    return out


LOCATED_BY = frozenset({normalize("في"), normalize("لدى")})


def _nest(doc: Doc, chosen: list[Candidate], primary: list[Candidate]) -> None:
    """A body or group named after another body or a place mentions that one too: "المكتب التنفيذي
    لحزب العمال" names the party, "قوات الحكومة الصومالية" the Somali government, "حكومة نيروبي" Nairobi.
    Known names only, ending a name a pattern built: a known name, or a name that goes on after the
    inner one ("صندوق الأمم المتحدة للطفولة", "ولاية النيل الأزرق الجديدة"), is one proper name."""
    inside = [c for c in primary if c.source == "gazetteer" and c.type in ("Organization", "Place")]
    starts: dict[int, list[Candidate]] = {}
    for c in inside:
        starts.setdefault(c.i, []).append(c)
    for outer in chosen:
        if outer.type not in ("Organization", "Group"):
            continue
        located = {k for k in range(outer.i + 1, outer.j) if normalize(doc[k].text) in LOCATED_BY}
        # a known name names its place apart: "منظمة الأمن والتعاون في أوروبا"
        places = [c for k in located for c in starts.get(skip_space(doc, k + 1), ())
                  if c.type == "Place" and c.j == outer.j]
        if places:
            outer.inner.append(max(places, key=lambda c: c.j - c.i))
        if outer.source == "gazetteer":
            continue
        # the name ends the outer one, or the part before its place ("المكتب السياسي لحماس في الدوحة")
        for end in {outer.j} | located:
            fits = [c for k in range(outer.i + 1, end) for c in starts.get(k, ()) if c.j == end
                    and c not in places]
            if fits:
                outer.inner.append(max(fits, key=lambda c: c.j - c.i))


def _adds_name_words(longer: Candidate, known: Candidate) -> bool:
    rest = longer.form.split()[len(known.form.split()):]
    return all(w.startswith("لل") or _nisba(w) for w in rest)


def _appositions(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """"وكالة الأنباء السورية سانا": a described organization followed by its known name is one."""
    out: list[Candidate] = []
    for c in chosen:
        prev = out[-1] if out else None
        # "وكالة الأنباء العراقية واع" or "... (واع)"
        gap = c.i - prev.j if prev is not None else -1
        # "وكالة ... ومنظمة الصحة العالمية": a conjunction joins two bodies, it names none twice
        conjoined = c.start > doc[c.i].idx and doc[c.i].text.startswith(("و", "ف"))
        if prev is not None and prev.source == "org" and c.source == "gazetteer" and c.type == "Organization" \
                and (gap == 0 or (gap == 1 and c.doc_text_before == "(")) and not conjoined:
            c.extra_forms |= {prev.form} | prev.extra_forms
            c.i, c.start = prev.i, prev.start
            out[-1] = c
            continue
        out.append(c)
    return out


def _non_overlapping(cands: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    taken: dict[int, Candidate] = {}
    for c in sorted(cands, key=lambda c: (-(c.j - c.i), RANK[c.source], c.i)):
        clash = [taken[k] for k in range(c.i, c.j) if k in taken]
        if clash:
            winner = clash[0]
            # the same person from a title pattern and from the gazetteer: keep what each knows
            if c.title and winner.type == "Person" and winner.title is None:
                winner.title, winner.role_of, winner.title_i = c.title, c.role_of, c.title_i
            if winner.i == c.i and winner.j == c.j:
                winner.key = winner.key or c.key
                winner.extra_forms |= c.extra_forms  # "مدينة الطائف" for the gazetteer's الطائف
            continue
        chosen.append(c)
        for k in range(c.i, c.j):
            taken[k] = c
    return chosen


def _family_names_over_places(chosen: list[Candidate]) -> None:
    """"القائد مظلوم كوباني ... وأضاف كوباني": a one-word place name that is the family name of
    a person the article names in full is that person (here not the town of Kobani)."""
    family = {normalize(c.form.split()[-1]): c for c in chosen if c.type == "Person" and len(c.form.split()) >= 2}
    for c in chosen:
        if c.type == "Place" and c.source == "gazetteer" and c.j - c.i == 1 and normalize(c.form) in family:
            c.type, c.key, c.source = "Person", None, "propagated"


REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal


def _family_name(c: Candidate) -> bool:
    """Is the last word of a person's name a family name that names them alone? Not a regnal ordinal
    ("عبد الله الثاني", "بنديكت السادس عشر"), nor God's name ("نصر الله"), nor a nationality after a
    title ("العاهل الأردني"); a family name that is a nationality ("هاني المصري") is one."""
    words = normalize(c.form).split()
    title_and_nationality = words[0] in lexicon.titles() and words[-1] in lexicon.nisba_to_country()
    return words[-1] not in REGNAL_ORDINALS and words[-1] != GOD and not title_and_nationality


def propagate(doc: Doc, chosen: list[Candidate]) -> list[Candidate]:
    """Find again every name already found: a name recognised once is the same name elsewhere."""
    _family_names_over_places(chosen)
    forms: dict[str, Candidate] = {}
    # names from the trusted sources first: their forms and types win over the NER's guesses
    for c in sorted(chosen, key=lambda c: c.source in ("ner", "subject")):
        if c.type == "Group":
            continue
        forms.setdefault(normalize(c.form), c)
        toks = c.form.split()
        if c.type == "Person" and len(toks) >= 2 and len(normalize(toks[-1])) >= 3:
            last = normalize(toks[-1])
            # a family name the lexicon or a title vouches for may be a common word too (المعلم)
            trusted = c.source in ("gazetteer", "title") and not is_function_word(doc[c.j - 1])
            if last not in forms and (is_name_like(doc[c.j - 1]) or trusted) and _family_name(c):
                forms[last] = c
    # the statistical NER only fills gaps: a name found by a trusted source, found again, wins
    guesses = [c for c in chosen if c.source == "ner" and c.j - c.i == 1]
    chosen = [c for c in chosen if not (c.source == "ner" and c.j - c.i == 1)]
    taken = {k for c in chosen for x in [c, *c.inner] for k in range(x.i, x.j)}
    extra = []
    toks, firsts = tokens_of(doc), _phrase_firsts(forms)
    for i in _positions(_info(doc), frozenset(firsts)):
        if i in taken or toks.spaces[i] or not toks.arabic[i]:
            continue
        hit = longest_match(doc, i, forms, firsts=firsts)
        if hit is None:
            continue
        n, norm, surface, cl = hit
        src = forms[norm]
        if any(k in taken for k in range(i, i + n)) or (n == 1 and src.type == "Place" and _adjectival(doc, i, surface)):
            continue
        if n == 1 and is_function_word(doc[i]) and surface not in NAMES_LIKE_FUNCTION_WORDS:
            continue  # "على" folds onto the name "علي": the preposition as written is no mention
        if n == 1 and _preposition_spelled_as_name(doc, i):
            continue  # "العدوان علي الشعب" in a text that writes إلي: the preposition, not the name found before
        s, e = _span_chars(doc, i, i + n, cl)
        extra.append(Candidate(i, i + n, s, e, clean_surface(surface), src.type, "propagated", key=src.key))
        taken.update(range(i, i + n))
    kept = [c for c in guesses if not any(k in taken for k in range(c.i, c.j))]
    return sorted(chosen + extra + kept, key=lambda c: c.i)
