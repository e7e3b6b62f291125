"""Person names that the place they stand in vouches for, where no title introduces them.

slots.subject_slot_candidates reads the name right after a speech verb ("وقال X إن"). These are
the other slots of news style:
- a name after an ordinary noun that says who the speaker is: "وقالت الطالبة رنا قشوع:", "وقال
  المزارع سليم دوماني إن";
- a name before its speech verb, opening a sentence: "ماركو بيلا قال إن", "بيترسون قال للصحفيين إن";
- a name introduced as what someone is called: "شاب يدعى فادي نصري", "المدعو سامر الخطيب";
- a name closing a speech verb's long title phrase; two names joined by و in the verb's subject slot; a name
  in quotation marks right after a masculine speech verb ("كما يقول « فلان »").

A run of one to three words that are no ordinary Arabic words (words.is_name_like, the ANERcorp word
counts), closed by what follows a speaker's name (إن/أن, a colon, a comma, an aside "وهو ...", an
appositive title), is a person's name. Nothing the gazetteers know, nothing inside quotes.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (is_called_text, is_function_text, COMMAS, common_words, ends_in_pronoun, is_arabic_word, is_function_word, is_known_name_word, is_name_like,
                     is_name_link, is_quote, mostly_common_words, prev_word, stop_prepositions, text_of, tokens_of,
                     word_count, word_counts, is_time_text, words_where, QUOTE_CHARS, sentence_bounds, name_like_at)
from .base import (COMPLEMENTIZERS, Candidate, is_nisba, known_entity_at, known_place_or_body_ends_at, match_title,
                   skip_space, span_chars)
from .name_spans import definite_family_name
from .name_words import GREETING_MESSAGES, ordinary_word_with_pronoun, said_to_a_correspondent
from .names import cue_word, given_name_word, kin_with_pronoun, no_name_word
from .slots import SLOT_ADJUNCTS, appositive_at, cue_stem, past_time_words, perfects_in_alif, verbal_noun_opening_slot

ASIDE_OPENERS = lexicon.function_words().aside_opener
MAX_NAME_WORDS = 3
QAD = normalize("قد")
# words after which a clause, and its subject, begins: "لكن فلان قال", "بينما فلان قال", "أن فلان قال"
SUBJECT_OPENERS = lexicon.function_words().subject_opener | COMPLEMENTIZERS


def _name_word(doc: Doc, k: int, first: bool) -> bool:
    """Token k may be a word of an unknown person's name at this place in it."""
    text = tokens_of(doc).texts[k]   # (read off the Doc's token lists: each doc[k] builds a Token)
    if text in QUOTE_CHARS or not name_like_at(doc, k) or no_name_word(text, first=first) or kin_with_pronoun(text) \
            or said_to_a_correspondent(text):
        return False  # ("جدتي تقول": a kin noun with a pronoun on it is no name; "لمراسلنا": whom it was said to)
    if text.startswith("ال") and (first or not definite_family_name(doc, k, first=False)):
        return False  # a definite word opens no name; after a given name it may be the family name
    if not first and text.startswith(("و", "ف")) and not is_name_link(text):
        return False  # "ماركو وجان": a conjunction ends the name
    return known_entity_at(doc, k, ("Place", "Organization")) is None


def _with_proclitic(text: str) -> bool:
    """"بالتركية", "وسعيد": a conjunction or a preposition (with the article) written on the word."""
    return text.startswith(("و", "ف", "بال", "لل", "كال"))


def _unread_given_name(doc: Doc, k: int) -> bool:
    """After "يدعى", a foreign given name the word tests read as an inflected word ("تاتيندا"): an Arabic word
    of three letters or more, no function word, before a word that may go on a name; what is called there
    is a name."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    nxt = skip_space(doc, k + 1)
    return toks.arabic[k] and not is_function_text(toks.texts[k]) and len(normalize(toks.texts[k])) >= 3 \
        and not toks.texts[k].startswith("ال") and nxt < len(doc) and _name_word(doc, nxt, False)


def name_run_end(doc: Doc, start: int, first_may_be_ordinary: bool = False) -> int:
    """One past the last word of the name starting at token start (start itself when there is none).
    first_may_be_ordinary: after "يدعى", a given name may be an ordinary word ("يدعى سعيد")."""
    k = start
    while k < len(doc) and (k - start) < MAX_NAME_WORDS * 2:
        first = k == start
        ordinary_first = first and first_may_be_ordinary and (given_name_word(tokens_of(doc).texts[k]) or _unread_given_name(doc, k)) \
            and not _with_proclitic(tokens_of(doc).texts[k])
        if not (ordinary_first or _name_word(doc, k, first)):
            break
        nxt = k + 1
        if nxt < len(doc) and doc[nxt].is_space and "\n" not in doc[nxt].text:
            nxt = skip_space(doc, nxt)
        k = nxt
    while k > start and doc[k - 1].is_space:
        k -= 1
    words = word_count(doc, start, k)
    return k if words <= MAX_NAME_WORDS else start


def _closes_name(doc: Doc, after: int) -> bool:
    """What may follow a speaker's name: إن/أن, a colon or comma, an aside ("وهو ..."), an appositive
    title or participle ("رئيس الرابطة", "العائد من ...")."""
    if after >= len(doc):
        return False
    text = tokens_of(doc).texts[after]
    norm = normalize(text)
    return text in (":", "،", ",") or norm in COMPLEMENTIZERS or norm in ASIDE_OPENERS \
        or appositive_at(doc, after) or said_to_a_correspondent(text)


def _person(doc: Doc, i: int, j: int) -> Candidate:
    s, e = span_chars(doc, i, j, 0)
    return Candidate(i, j, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject")


@cache
def _verb_cues() -> frozenset[str]:
    """Speech verbs and verbs of going on ("أضاف", "تابع"): "فلان أضاف أن" has its subject as "فلان قال إن"."""
    return frozenset(n for n, c in lexicon.cues().items() if c.kind in ("verb", "continuation"))


@lru_cache(maxsize=65536)
def _is_speech_verb(text: str) -> bool:
    """A speech verb (not a noun or participle cue), bare or after و/ف; kept per word, as words recur."""
    verbs = _verb_cues()
    return any(normalize(text[len(p):]) in verbs for p in ("", "و", "ف") if text.startswith(p)) \
        and (not normalize(text).endswith("ا") or cue_stem(normalize(text)) in perfects_in_alif())


def _generic_noun(doc: Doc, k: int) -> bool:
    """"الطالبة", "المزارع": a definite singular noun that may say who a speaker is; no title (titles
    have their own source), group, body, place, time word or nationality."""
    text = tokens_of(doc).texts[k]
    norm = normalize(text)
    if not text.startswith("ال") or norm.endswith(("ون", "ين", "ات")):
        return False
    return norm not in lexicon.titles() and norm not in lexicon.groups() and norm not in lexicon.org_heads() \
        and norm[2:] not in lexicon.org_heads() and norm not in lexicon.nisba_to_country() \
        and norm not in lexicon.known_entities() and not is_time_text(text)


def speech_verbs(doc: Doc) -> list[int]:
    """The tokens that are speech verbs or verbs of going on (no participles): where the finders that read
    a verb's slot start."""
    toks = tokens_of(doc)
    return [i for i in words_where(doc, cue_word) if not toks.punct[i] and _is_speech_verb(toks.texts[i])]


def after_generic_noun_candidates(doc: Doc, verbs: Sequence[int] | None = None) -> list[Candidate]:
    """"وقالت الطالبة رنا قشوع:": speech verb, an ordinary noun, a name, then what closes a speaker.
    verbs: speech_verbs(doc), when the caller has them."""
    out = []
    for i in (speech_verbs(doc) if verbs is None else verbs):
        noun = skip_space(doc, i + 1)
        if noun >= len(doc) or not _generic_noun(doc, noun):
            continue
        start = _past_noun_adjectives(doc, skip_space(doc, noun + 1))
        end = name_run_end(doc, start)
        if end > start and _closes_name(doc, skip_space(doc, end)) and _not_one_ordinary_word(doc, start, end):
            out.append(_person(doc, start, end))
    return out


NOUN_ADJECTIVES = 2   # relative adjectives after the ordinary noun: "الطالبة الجامعية", "الناشطة الحقوقية الكينية"


def _past_noun_adjectives(doc: Doc, k: int) -> int:
    """Past the definite relative adjectives (in -ي, -ية) that describe the ordinary noun before the name
    ("وقالت الطالبة الجامعية فلانة"): where the name starts."""
    for _ in range(NOUN_ADJECTIVES):
        text = tokens_of(doc).texts[k] if k < len(doc) else ""
        if not (text.startswith("ال") and normalize(text).endswith(("ي", "يه"))):
            break
        k = skip_space(doc, k + 1)
    return k


def _not_one_ordinary_word(doc: Doc, start: int, end: int) -> bool:
    """A name of one word must be a rare word of four letters or more."""
    words = [t for t in doc[start:end] if not t.is_space]
    if len(words) > 1:
        return True
    norm = normalize(words[0].text)
    return len(norm) >= 4 and norm not in mostly_common_words()


def _is_subject_opener(text: str) -> bool:
    """A word after which a clause opens with its subject (SUBJECT_OPENERS: "لكن", "بينما", "أن")."""
    return normalize(text) in SUBJECT_OPENERS


def before_verb_candidates(doc: Doc) -> list[Candidate]:
    """"ماركو بيلا قال إن": a name opening a sentence or a clause ("لكن", "بينما", "أن", "وكان"), right
    before its speech verb in the perfect (قد aside), with what was said after it (إن/أن or a colon,
    or one prepositional phrase first)."""
    toks = tokens_of(doc)
    openers = words_where(doc, _is_subject_opener)   # (the few words that open a clause, in order)
    verbs = words_where(doc, _bare_speech_verb)      # (the words that may be the name's verb, in order)
    out = []
    # (the sentences' bounds, not doc.sents: no Span built per sentence; no doc[k] either, each a Token built)
    for start, sent_end in sentence_bounds(doc):
        while start < sent_end and (toks.spaces[start] or toks.punct[start]) and toks.texts[start] not in QUOTE_CHARS:
            start += 1
        starts = [start] + [skip_space(doc, k + 1)
                            for k in openers[bisect_left(openers, start):bisect_left(openers, sent_end)]]
        for begin in starts:
            # the verb _name_before_verb reads stands after the name's first word and before the sentence's end:
            # with no such word there it finds nothing, and the name's run (the costly part) is not read
            if bisect_right(verbs, begin) >= bisect_left(verbs, sent_end):
                continue
            found = _name_before_verb(doc, begin, sent_end)
            if found is not None:
                out.append(found)
    return out


def _name_before_verb(doc: Doc, start: int, stop: int) -> Candidate | None:
    toks = tokens_of(doc)
    if start >= stop:
        return None
    end = name_run_end(doc, start)
    if end == start and _definite_name_before_verb(toks.texts[start]) and definite_family_name(doc, start, first=True):
        end = start + 1   # "لكن الدوكوفاني قال إن": a family name alone, as in the speech verb's own slot
    verb = _past_apposition(doc, skip_space(doc, end), stop)
    if verb < stop and normalize(toks.texts[verb]) == QAD:
        verb = skip_space(doc, verb + 1)  # "وكان فلان قد قال إن"
    if end == start or verb >= stop or toks.texts[verb].startswith(("و", "ف")) \
            or not _is_speech_verb(toks.texts[verb]) or not _not_one_ordinary_word(doc, start, end):
        return None
    nxt = past_time_words(doc, skip_space(doc, verb + 1))   # "فلان قال الخميس إن"
    if nxt < stop and toks.texts[nxt].startswith("ل") and not _closes_name(doc, nxt):
        nxt = skip_space(doc, nxt + 1)  # "قال للصحفيين إن"
    if nxt < stop and (toks.texts[nxt] == ":" or normalize(toks.texts[nxt]) in COMPLEMENTIZERS):
        return _person(doc, start, end)
    if _call_to(doc, verb, nxt, stop):
        return _person(doc, start, end)
    return None


def _bare_speech_verb(text: str) -> bool:
    """A speech verb with no و or ف on it: what _name_before_verb takes for the verb after a name."""
    return _is_speech_verb(text) and not text.startswith(("و", "ف"))


def _definite_name_before_verb(text: str) -> bool:
    """A definite word that may be a family name standing alone before its verb: a nisba ("الدوكوفاني"), or
    a word with neither a feminine ending nor a participle's م ("الممرضة قالت" is the nurse: a common noun
    ANERcorp never saw is most often a noun of a calling before a verb)."""
    return text.startswith("ال") and (text.endswith("ي") or not (text.endswith(("ة", "ه")) or text.startswith("الم")))


CALL_OBJECT_WORDS = 3   # words of the addressee between a verb of calling and its إلى: "دعا أنصار الحزب إلى"
CALLED_TO = lexicon.function_words().object_complement   # "دعا X إلى", "حث X على"


def _call_to(doc: Doc, verb: int, k: int, stop: int) -> bool:
    """"فلان دعا أنصاره إلى الهدوء": a verb of calling whose إلى or على (after at most a short addressee,
    with no punctuation, quote or other verb between) tells what the call asks for."""
    toks = tokens_of(doc)
    cue = lexicon.cues().get(normalize(toks.texts[verb]))   # the verb carries no و/ف here
    if cue is None or cue.act != "call":
        return False
    words = 0
    while k < stop and words <= CALL_OBJECT_WORDS:
        if toks.spaces[k]:
            k += 1
            continue
        if normalize(toks.texts[k]) in CALLED_TO:
            return True
        if toks.punct[k] or is_quote(doc[k]) or cue_word(toks.texts[k]):
            return False
        words += 1
        k += 1
    return False


APPOSITION_MAX = 12   # tokens between the commas of "فلان، الخبير في شؤون الطاقة، قال"


def _past_apposition(doc: Doc, k: int, end: int) -> int:
    """"فلان، الخبير في شؤون الطاقة، قال": the token after an apposition between commas that opens
    with what describes a name (a title, a participle, "وهو"); k itself when there is none."""
    toks = tokens_of(doc)
    if k >= end or toks.texts[k] not in ("،", ","):
        return k
    opener = skip_space(doc, k + 1)
    if opener >= end:
        return k   # the comma ends the sentence: no apposition after it
    if not (appositive_at(doc, opener) or normalize(toks.texts[opener]) in ASIDE_OPENERS
            or (toks.texts[opener].startswith("ال") and opener + 1 < end and not toks.punct[opener])):
        return k
    for n in range(opener + 1, min(end, opener + APPOSITION_MAX)):
        if toks.texts[n] in ("،", ","):
            return skip_space(doc, n + 1)
        if toks.punct[n] and not toks.spaces[n]:
            return k
    return k


def called_candidates(doc: Doc) -> list[Candidate]:
    """"شاب يدعى فادي نصري", "المدعو سامر الخطيب": the name someone is introduced by."""
    toks = tokens_of(doc)
    out = []
    for i in words_where(doc, is_called_text):
        start = skip_space(doc, i + 1)
        end = name_run_end(doc, start, first_may_be_ordinary=True)
        if end > start and (end - start > 1 or len(normalize(toks.texts[start])) >= 3):
            out.append(_person(doc, start, end))
    return out


TITLE_PHRASE_MAX = 16   # tokens from a speech verb's title to the name closing its phrase
# what closes the name at the end of a title's phrase: what was said, or the preposition a verb of feeling
# or pointing takes ("أعرب ... عن", "أشار ... إلى")
AFTER_TITLED_NAME = frozenset(normalize(w) for w in ("عن", "إلى"))
# what else may follow the name there: a circumstance of the saying ("فلان خلال لقائه"), or the verb's object
# pointed at ("ويرى عمدة المدينة فلان هذا الحدث فرصة"); like عن/إلى, they may also stand inside the phrase
AFTER_TITLED_NAME_TOO = lexicon.function_words().circumstance | lexicon.function_words().demonstrative


def _past_adjuncts(doc: Doc, t: int) -> int:
    """The first token from t that is no adjunct a speech verb may have before its subject ("أمس", "له")."""
    toks = tokens_of(doc)
    while t < len(doc) and normalize(toks.texts[t]) in SLOT_ADJUNCTS:
        t = skip_space(doc, t + 1)
    return t


def after_long_title_candidates(doc: Doc, verbs: Sequence[int] | None = None) -> list[Candidate]:
    """"وقال المتحدث باسم وزارة خارجية البلد سامر دوكوفان إن": a speech verb, a title whose phrase runs on
    (bodies, places, adjectives), then a name right before what was said. However the title's complement
    parses, two or three words there that no sentence of ANERcorp holds (or that its annotators mostly
    found in names), at least one never seen, with no article on the first, are the holder's name: the
    ordinary words of a title's phrase are all in the word counts."""
    out = []
    for i in (speech_verbs(doc) if verbs is None else verbs):
        t = _past_adjuncts(doc, skip_space(doc, i + 1))
        if t >= len(doc) or match_title(doc, t) is None:
            continue
        for close in _phrase_closers(doc, t):
            if (run := _unseen_name_before(doc, t, close)) is not None and _name_after_the_phrase(doc, run, close):
                out.append(_person(doc, run, _trim_space(doc, close)))
                break
    return out


def _phrase_closers(doc: Doc, t: int) -> list[int]:
    """The tokens after the title at t that may close its phrase with what was said, within TITLE_PHRASE_MAX
    tokens: عن/إلى, a circumstance word or a demonstrative (which may also be inside the title's phrase:
    "رئيس البعثة إلى البطولة"), then the first
    إن/أن, colon, comma, or quotation mark before إن/أن, which ends the search; none past a cue or other
    punctuation."""
    toks = tokens_of(doc)
    out = []
    for k in range(t + 1, min(len(doc), t + TITLE_PHRASE_MAX)):
        if toks.spaces[k]:
            continue
        norm = normalize(toks.texts[k])
        if norm in AFTER_TITLED_NAME or norm in AFTER_TITLED_NAME_TOO or said_to_a_correspondent(toks.texts[k]) \
                or _governed_by_bi(toks.texts[k]) or _verb_s_object_at(doc, k):
            out.append(k)   # ("لمراسلنا": whom the holder spoke to, after the name)
            continue
        if toks.texts[k] in (":", "،", ",") or norm in COMPLEMENTIZERS:
            return out + [k]
        if toks.texts[k] in QUOTE_CHARS:
            nxt = skip_space(doc, k + 1)
            return out + [k] if nxt < len(doc) and normalize(toks.texts[nxt]) in COMPLEMENTIZERS else out
        if toks.punct[k] or cue_word(toks.texts[k]):
            return out
    return out


def _governed_by_bi(text: str) -> bool:
    """"أشاد ... فلان علان بالتنظيم", "ندد ... بعرقلة": the preposition بـ written on a noun of news, which the
    verbs of praise, condemnation, welcome and demand (أشاد، ندد، رحب، طالب) take after their subject, as أعرب
    takes عن; it may also stand inside the title's phrase ("بالوكالة"), like عن/إلى. (بـ on the article, on a
    word ANERcorp saw mostly outside names or on a feminine noun in ة: no transcribed name's first letters, as
    "بالاك" may be.)"""
    if text in ("بـ", "ب"):
        return True   # "رحب ... فلان علان بـ«الاتفاق»": the preposition written apart before a quotation
    if len(text) < 4 or not text.startswith("ب"):
        return False
    stem = normalize(text[1:])
    return (text.startswith("بال") and len(stem) >= 5) or stem in mostly_common_words() \
        or (stem.endswith("ه") and len(stem) >= 4 and not is_known_name_word(stem))


def _verb_s_object_at(doc: Doc, k: int) -> bool:
    """"وحمّل ... فلان علان الأمم المتحدة", "ورفض ... فلان علان اتهامات المحافظ": the verb's object right after
    its subject's name: a body or place the lexicon knows, or a noun ANERcorp saw mostly outside names that is no
    nisba (a family name's shape: "فلان الخالدي" goes on the name). Like عن/إلى, it may stand inside the title's phrase
    too ("مدير الأمن العام"), where no unseen name stands before it."""
    text = tokens_of(doc).texts[k]
    if known_entity_at(doc, k, ("Place", "Organization")) is not None:
        return True
    # ("نفى ... فلان علان وجود تجاوزات"; not a noun with و on it, "ورئيس", which joins a second subject: "فلان
    # ورئيس الهيئة علان"; nor a definite word right after another, the adjective of the object's noun: "حمّل
    # الوزير فلان المنظومة الحاكمة")
    norm = normalize(text)
    p = prev_word(doc, k)
    return not is_nisba(text) and norm in mostly_common_words() and len(norm) >= 4 \
        and not is_time_text(text) and not is_function_word(doc[k]) \
        and not (norm[0] in "وف" and norm[1:] in common_words()) \
        and not (text.startswith("ال") and p is not None and tokens_of(doc).texts[p].startswith("ال"))


def _name_after_the_phrase(doc: Doc, run: int, close: int) -> bool:
    """A definite noun that closes the run at `run` ("دعا المبعوث الأممي فلان علان الأطراف") is the object after the
    name only when the run opens right after the title's phrase, which closes on a definite word or on a place or
    body the lexicon knows ("المبعوث الأممي إلى البلد فلان علان"); after another indefinite word the run may be the
    object's noun, which ANERcorp never saw, with its genitive: "حث الوزير فلان أولياء الأمور على"."""
    if not tokens_of(doc).texts[close].startswith("ال") or known_entity_at(doc, close, ("Place", "Organization")):
        return True
    p = prev_word(doc, run)
    return p is not None and (tokens_of(doc).texts[p].startswith("ال") or known_place_or_body_ends_at(doc, p))


def _unseen_name_before(doc: Doc, t: int, close: int) -> int | None:
    """The first token of a run of two or three unseen or name words right before close (and after the
    title at t), the word before it no such word and no body noun ("شركة", a body's name would follow)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    words: list[int] = []
    k = close - 1
    while k > t and len(words) <= MAX_NAME_WORDS:
        if toks.spaces[k]:
            k -= 1
            continue
        text = toks.texts[k]
        norm = normalize(text)
        if not name_like_at(doc, k) or toks.texts[k] in QUOTE_CHARS or known_entity_at(doc, k, ("Place", "Organization")) \
                or not (norm not in word_counts() or is_known_name_word(norm)) or text.startswith(("و", "ف")) \
                or (words and text.startswith("ال") and not _compound_name_head(doc, k)) \
                or norm in GREETING_MESSAGES or ordinary_word_with_pronoun(text):
            break   # the article only on the last word, a family name: "النادي الأهلي فلان" ends a body's name
            # (nor the cable a head of state sends: "وأرسل الرئيس برقية تعزية إلى"; nor the verb's object with a
            # possessive before the preposition the verb takes: "اتهم الرئيس فلان خصومه بإشعال")
        words.append(k)
        k -= 1
    if not 2 <= len(words) <= MAX_NAME_WORDS \
            or all(normalize(toks.texts[w]) in word_counts() for w in words):
        return None
    before = normalize(toks.texts[k])
    if before in lexicon.org_heads() or before[2:] in lexicon.org_heads():
        return None
    return words[-1]


COMPOUND_NAME_HEADS = frozenset(normalize(w) for w in ("عبد", "أبو", "أبي"))


def _compound_name_head(doc: Doc, k: int) -> bool:
    """"عبد الفلاني", "أبو الفلان": a definite word after عبد or أبو is the second half of one given name."""
    p = prev_word(doc, k)
    return p is not None and normalize(doc[p].text) in COMPOUND_NAME_HEADS


def _trim_space(doc: Doc, k: int) -> int:
    while k > 0 and doc[k - 1].is_space:
        k -= 1
    return k


def coordinated_subject_candidates(doc: Doc, verbs: Sequence[int] | None = None) -> list[Candidate]:
    """"ووصف سامر وكوفاني المحادثات بأنها", "وأكد سامر دوكوفان وهاني كيروفا أن": two names joined by و in a
    speech verb's subject slot. The first is a known person or one to three unseen or name words; the
    second, its و read off, is one to three such words, at least one never seen, each no ordinary word
    (an object or a second verb after و is made of words the counts know). Whatever follows closes it: the
    verb's object, or what was said."""
    out = []
    for i in (speech_verbs(doc) if verbs is None else verbs):
        start = skip_space(doc, i + 1)
        first = _slot_names_run(doc, start, joined=False)
        if not first:
            continue
        second = _slot_names_run(doc, skip_space(doc, first[-1] + 1), joined=True)
        if not second:
            continue
        if known_entity_at(doc, first[0], ("Person",)) is None:
            out.append(_person(doc, first[0], first[-1] + 1))
        s, e = span_chars(doc, second[0], second[-1] + 1, 1)
        out.append(Candidate(second[0], second[-1] + 1, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


def _slot_names_run(doc: Doc, k: int, joined: bool) -> list[int]:
    """The tokens of one to three words from k, each unseen or mostly a name (the first read without its و
    when joined), at least one unseen; the first word alone may instead be a person already known. No
    article on the first word, no و inside; [] when there is no such run."""
    words: list[int] = []
    unseen = False
    toks = tokens_of(doc)   # (read off the kept lists: doc[k] builds a Token, and this is asked at many words)
    while k < len(doc) and len(words) < MAX_NAME_WORDS and not toks.spaces[k]:
        text = toks.texts[k]
        norm = normalize(text)
        if not words and joined:
            if not text.startswith("و") or len(norm) < 4:
                return []
            norm = norm[1:]
        elif text.startswith("و"):
            break
        elif not words and verbal_noun_opening_slot(doc, k):
            return []   # "واصفة ترشح فلان": the verb's object, a verbal noun, opens the slot
        if not name_like_at(doc, k) or text in QUOTE_CHARS or no_name_word(text, first=not words) \
                or known_entity_at(doc, k, ("Place", "Organization")) is not None \
                or (not words and norm.startswith("ال") and not joined):
            break
        known = known_entity_at(doc, k, ("Person",)) is not None
        if not (norm not in word_counts() or is_known_name_word(norm) or known):
            break
        unseen = unseen or norm not in word_counts() or (known and not joined)
        words.append(k)
        k = skip_space(doc, k + 1)
    return words if unseen else []


def quoted_name_candidates(doc: Doc, verbs: Sequence[int] | None = None) -> list[Candidate]:
    """"كما يقول « سامر دوكوفان » فإن": a name set in quotation marks right after a speech verb of the masculine
    (a paper or channel quoted so takes the feminine, "كما تقول « ...»"): two or three unseen or name words, at
    least one never seen, and nothing else before the closing mark (what was said in quotes runs longer, in
    words the counts know)."""
    toks = tokens_of(doc)
    out = []
    for i in (speech_verbs(doc) if verbs is None else verbs):
        norm = normalize(toks.texts[i])
        if norm.startswith(("ت", "وت", "فت")) or norm.endswith(("ت", "وا")):
            continue
        q = skip_space(doc, i + 1)
        if q >= len(doc) or toks.texts[q] not in QUOTE_CHARS:
            continue
        run = _slot_names_run(doc, skip_space(doc, q + 1), joined=False)
        if not 2 <= len(run) <= MAX_NAME_WORDS or known_entity_at(doc, run[0], ("Person",)) is not None:
            continue
        close = skip_space(doc, run[-1] + 1)
        if close < len(doc) and toks.texts[close] in QUOTE_CHARS:
            out.append(_person(doc, run[0], run[-1] + 1))
    return out


# nouns of a role held for someone, in construct with whom it serves: "محامي فلان" (possessed_role)
ROLE_NOUNS = lexicon.function_words().possessed_role


def title_then_name_in_commas_candidates(doc: Doc, verbs: Sequence[int] | None = None) -> list[Candidate]:
    """"وقال محامي فلان، سامر دوكوفان، إن", "وقالت المتحدثة باسم الحزب، هالة كيروفا، في بيان:": a speech verb,
    a title and its complement (a body, or a person whom the holder speaks for), a comma, then the holder's name
    in apposition, closed by a comma, إن/أن or a colon. The commas vouch for the name as the aside does
    (_aside_name_word): two or three words, at least one that no sentence of ANERcorp holds, none definite but a
    family name, the first and last no particle nor "وهو" (an aside after the holder's name: "رئيس الحكومة فلان، وهو
    من ..."), and no person already known ("وقال المتحدث باسم الحكومة، الأربعاء، إن":
    a time word there)."""
    toks = tokens_of(doc)
    out = []
    for i in (speech_verbs(doc) if verbs is None else verbs):
        t = _past_adjuncts(doc, skip_space(doc, i + 1))
        if t >= len(doc) or not (match_title(doc, t) is not None or normalize(toks.texts[t]) in ROLE_NOUNS):
            continue
        comma = _first_comma_of_title_phrase(doc, t)
        if comma is None:
            continue
        words = _words_before_closer(doc, skip_space(doc, comma + 1))
        if 2 <= len(words) <= MAX_NAME_WORDS and known_entity_at(doc, words[0], ("Person",)) is None \
                and all(_aside_name_word(doc, k, first=n == 0) for n, k in enumerate(words)) \
                and not any(is_function_word(doc[k]) for k in (words[0], words[-1])) \
                and normalize(toks.texts[words[0]]) not in ASIDE_OPENERS \
                and any(normalize(toks.texts[k]) not in word_counts() for k in words):
            # the title is the holder's, as the title finder records it: the speaker walk passes it to the name
            s, e = span_chars(doc, words[0], words[-1] + 1, 0)
            out.append(Candidate(words[0], words[-1] + 1, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject",
                                 title=_title_text(doc, t), title_i=t))
    return out


def _title_text(doc: Doc, t: int) -> str:
    """The title at t as written (a role noun's own word when no title is listed)."""
    title = match_title(doc, t)
    return title[1] if title is not None else clean_surface(doc[t].text)


def _words_before_closer(doc: Doc, start: int, complementizer_closes: bool = True) -> list[int]:
    """The tokens of one to three words from start that a comma closes (or a colon or إن/أن, unless
    complementizer_closes is False); [] when nothing closes them so soon or a line ends first."""
    toks = tokens_of(doc)
    words: list[int] = []
    k = start
    while k < len(doc) and len(words) <= MAX_NAME_WORDS:
        if toks.spaces[k]:
            if "\n" in toks.texts[k]:
                return []
            k += 1
            continue
        if toks.texts[k] in COMMAS or (complementizer_closes and (
                toks.texts[k] == ":" or normalize(toks.texts[k]) in COMPLEMENTIZERS)):
            return words
        words.append(k)
        k += 1
    return []


def _first_comma_of_title_phrase(doc: Doc, t: int) -> int | None:
    """The comma that closes the title's phrase from t, within TITLE_PHRASE_MAX tokens; None when other
    punctuation, a quotation mark, a cue or what was said (إن/أن) comes first."""
    toks = tokens_of(doc)
    for k in range(t + 1, min(len(doc), t + TITLE_PHRASE_MAX)):
        if toks.spaces[k]:
            if "\n" in toks.texts[k]:
                return None
            continue
        if toks.texts[k] in ("،", ","):
            return k
        if toks.punct[k] or toks.texts[k] in QUOTE_CHARS or cue_word(toks.texts[k]) or normalize(toks.texts[k]) in COMPLEMENTIZERS:
            return None
    return None


FRONTED_TOPIC = lexicon.function_words().fronted_topic   # "أما": its answer opens with فـ


def _is_fronted_topic(text: str) -> bool:
    return normalize(text) in FRONTED_TOPIC
QAD_ANSWER = normalize("فقد")


def fronted_described_name_candidates(doc: Doc) -> list[Candidate]:
    """"أما الطالب فلان علان فقال", "أما زعيمة حزب كذا فلانة فأعلنت": "as for", a title or an ordinary noun of a
    calling with its phrase, then the name, closed by the answer of أما (فـ on a cue, or فقد) or by an aside after a
    comma ("، الذي"). The name is two or three unseen or name words right before the close (_unseen_name_before),
    after a definite word (the description's last), and no person the gazetteer knows."""
    out = []
    for i in words_where(doc, _is_fronted_topic):
        d = skip_space(doc, i + 1)
        if d >= len(doc) or not (match_title(doc, d) is not None or _generic_noun(doc, d)):
            continue
        close = _answer_or_aside(doc, d)
        if close is None or (run := _unseen_name_before(doc, d, close)) is None \
                or known_entity_at(doc, run, ("Person",)) is not None or not _after_a_definite_word(doc, run):
            continue
        end = _trim_space(doc, close)
        s, e = span_chars(doc, run, end, 0)
        out.append(Candidate(run, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject",
                             title=_title_text(doc, d), title_i=d))
    return out


def _answer_or_aside(doc: Doc, d: int) -> int | None:
    """The token after the description at d that closes the name: فـ on a cue or فقد (the answer of أما), or a
    comma before an aside opener, or an opening parenthesis; None past other punctuation, a quote or a new line."""
    toks = tokens_of(doc)
    for k in range(d + 1, min(len(doc), d + TITLE_PHRASE_MAX)):
        if toks.spaces[k]:
            if "\n" in toks.texts[k]:
                return None
            continue
        text = toks.texts[k]
        if text.startswith("ف") and len(text) > 3 and (cue_word(text) or normalize(text) == QAD_ANSWER):
            return k
        if text in ("،", ",", "("):
            nxt = skip_space(doc, k + 1)
            return k if text == "(" or (nxt < len(doc) and normalize(toks.texts[nxt]) in ASIDE_OPENERS) else None
        if toks.punct[k] or is_quote(doc[k]):
            return None
    return None


def _after_a_definite_word(doc: Doc, k: int) -> bool:
    """The word before token k is definite: the description ends there, so the run is the whole name ("وزيرة
    المالية فلانة": an indefinite word before the run may be the name's first word the run left out)."""
    p = prev_word(doc, k)
    return p is not None and normalize(doc[p].text).startswith(("ال", "وال"))


# the singular asides, by the gender of the speech verb they must agree with
ASIDE_HE, ASIDE_SHE = normalize("وهو"), normalize("وهي")


def aside_closed_candidates(doc: Doc, verbs: Sequence[int] | None = None) -> list[Candidate]:
    """"وقالت فلانة فلان، وهي بائعة في السوق، إن": a speech verb, one to three words, a comma, then "وهو" or
    "وهي" agreeing with the verb, which says who the speaker is. The aside vouches for the words before it as
    the speaker's name even where they are ordinary words or particles elsewhere (a foreign name spelled like
    one): none may be punctuation, a quote, a cue, a time word, a known place or body, or definite (but a family
    name after the first word); a preposition opens none, and at least one word is no function word. An ordinary
    noun of a calling before the name ("وقالت المعلمة فلانة") is no part of it."""
    toks = tokens_of(doc)
    out = []
    if not words_where(doc, is_aside_pronoun):
        return out   # (no "وهو"/"وهي" in the article, most of them: no aside to close a name)
    for i in (speech_verbs(doc) if verbs is None else verbs):
        start = skip_space(doc, i + 1)
        if start < len(doc) and (_generic_noun(doc, start) or _one_word_title(doc, start)):
            start = _past_noun_adjectives(doc, skip_space(doc, start + 1))
        words = _words_before_closer(doc, start, complementizer_closes=False)
        if not words:
            continue
        opener = skip_space(doc, skip_space(doc, words[-1] + 1) + 1)
        if opener >= len(doc) or normalize(toks.texts[opener]) != (ASIDE_SHE if _feminine_verb(toks.texts[i]) else ASIDE_HE):
            continue
        if all(_aside_name_word(doc, k, first=n == 0) for n, k in enumerate(words)) \
                and not all(is_function_word(doc[k]) for k in words) \
                and normalize(toks.texts[words[0]]) not in stop_prepositions() \
                and (len(words) > 1 or _one_word_aside_name(doc, words[0])):
            s, e = span_chars(doc, words[0], words[-1] + 1, 0)
            out.append(Candidate(words[0], words[-1] + 1, s, e, clean_surface(text_of(doc)[s:e]), "Person", "aside"))
    return out


def is_aside_pronoun(text: str) -> bool:
    """"وهو", "وهي" (ASIDE_HE, ASIDE_SHE), which open an aside on who the speaker is: a test of the word for words_where."""
    norm = normalize(text)
    return norm == ASIDE_HE or norm == ASIDE_SHE


def _one_word_title(doc: Doc, k: int) -> bool:
    """"المعلمة", "الناخبة": a definite title of one word, the person's calling before the name."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    title = match_title(doc, k)
    return toks.texts[k].startswith("ال") and title is not None and title[0] <= skip_space(doc, k + 1)


def _feminine_verb(text: str) -> bool:
    """"قالت", "وأضافت", "تقول": a speech verb of the feminine (the perfect's ت, the imperfect's)."""
    norm = normalize(text)
    bare = norm[1:] if norm.startswith(("و", "ف")) and len(norm) > 3 else norm
    return bare.startswith("ت") or bare.endswith("ت")


def _aside_name_word(doc: Doc, k: int, first: bool) -> bool:
    """Token k may be a word of a name that an aside vouches for (see aside_closed_candidates)."""
    text = tokens_of(doc).texts[k]
    if tokens_of(doc).punct[k] or is_quote(doc[k]) or not (is_arabic_word(doc[k]) or is_name_like(doc[k])) \
            or cue_word(text) or is_time_text(text) or kin_with_pronoun(text) or said_to_a_correspondent(text):
        return False
    if text.startswith("ال") and (first or not definite_family_name(doc, k, first=False)):
        return False
    return known_entity_at(doc, k, ("Place", "Organization")) is None


def _one_word_aside_name(doc: Doc, k: int) -> bool:
    """A name of one word before the aside: a given name the tables know, or a word no text uses mostly
    outside names, with no pronoun suffix ("وقال حينها، وهو": a time adverb)."""
    norm = normalize(doc[k].text)
    return len(norm) >= 3 and not is_function_word(doc[k]) and not ends_in_pronoun(doc[k].text) \
        and (norm in lexicon.given_names() or is_known_name_word(norm) or norm not in mostly_common_words())


def slot_name_candidates(doc: Doc) -> list[Candidate]:
    verbs = speech_verbs(doc)   # read once for the finders that start at a speech verb
    return after_generic_noun_candidates(doc, verbs) + before_verb_candidates(doc) + called_candidates(doc) \
        + after_long_title_candidates(doc, verbs) + coordinated_subject_candidates(doc, verbs) \
        + quoted_name_candidates(doc, verbs) + aside_closed_candidates(doc, verbs) \
        + title_then_name_in_commas_candidates(doc, verbs) + fronted_described_name_candidates(doc)
