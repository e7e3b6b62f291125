"""Which words of a content speak of which target: the window of words around a mention, the words near the
other targets, the far words that speak of the first party, and where the clause a mention stands in opens (a
clause break, a condition, a party joined by و with a verb of its own)."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate
from ..words import QUOTE_CHARS, tokens_of, words_between
from .acts import against, dative
from .clauses import may_open_condition, opens_condition
from .overall import weighed
from .phrases import Lent
from .words import clitic_of, first_word, of_kind, word_before


WINDOW = 4            # words either side of a mention that speak of it


def window_of(doc: Doc, c: Candidate, lo: int, hi: int) -> range:
    """The tokens within WINDOW words either side of mention c; quote marks and spaces are no words
    ("أن «سياستها» «الاستيطانية» مرفوضة"); they stop at a clause break ("لكن", "بينما"). Kept for the Doc: a
    mention's window is asked again for each word a target judges and for each other target's words."""
    if _windows[0] is not doc:
        _windows[0], _windows[1] = doc, {}
    key = (c.i, c.j, lo, hi)
    window = _windows[1].get(key)
    if window is None:
        window = _windows[1][key] = range(_reach(doc, c.i, -1, lo, hi), _reach(doc, c.j - 1, 1, lo, hi) + 1)
    return window


# the Doc last asked for windows and its windows, (first token, end token, lo, hi) -> window (a function of the Doc's
# tokens alone)
_windows: list = [None, {}]


def _reach(doc: Doc, k: int, step: int, lo: int, hi: int) -> int:
    """The last token within WINDOW words from k in the direction of step, inside [lo, hi), short of a clause break."""
    toks = tokens_of(doc)
    breaks = lexicon.function_words().clause_break
    words = 0
    while lo <= k + step < hi and words < WINDOW:
        text = toks.texts[k + step]
        if normalize(text) in breaks or (may_open_condition(text) and opens_condition(doc, k + step)):
            break         # "X تدعم السلام بينما Y ...", "... إذا Y": past it is another subject's clause
        k += step
        if not (toks.spaces[k] or toks.texts[k] in QUOTE_CHARS):
            words += 1
    return k


COMMAS = frozenset("،,")
ASIDE_WORDS = 15      # words a comma-set aside spans at most
ASIDE_STOPS = frozenset(".!?:؛;؟")   # a sentence or list ends before the aside would close
DESCRIBING = tuple(normalize(w) for w in ("بوصف", "بصفت"))   # "X، بصفته ...،": the capacity X acts in


def aside_after(doc: Doc, c: Candidate, hi: int) -> tuple[range, range] | None:
    """The comma-set aside right after mention c, opened by a relative pronoun or a word of capacity ("X، التي
    تأسست قبل عقد، تواجه ...", "X، بصفتها راعية الحوار، قررت ..."), and the WINDOW words after it: the aside tells
    in passing who c is or what it did once, the words after it are the predicate of c's clause, what the content
    says of c. None when no such aside stands right after c or it does not close by hi.
    (Not an apposition opened by a noun or adjective, "X، المتهم بالتزوير، ...": that one may be the charge itself.)"""
    found = _comma_after(doc, c, hi)
    if found is None:
        return None
    k, opener = found
    text = normalize(tokens_of(doc).texts[opener])
    if not (text in lexicon.function_words().relative or text.startswith(DESCRIBING)):
        return None
    return _aside_at(doc, k, hi)


def _comma_after(doc: Doc, c: Candidate, hi: int) -> tuple[int, int] | None:
    """The comma right after mention c and the word that opens what it sets off (before hi, no punctuation), or None:
    where an aside or an apposition may stand."""
    toks = tokens_of(doc)
    k = first_word(doc, c.j)
    if k >= hi or toks.texts[k] not in COMMAS:
        return None
    opener = first_word(doc, k + 1)
    if opener >= hi or toks.punct[opener]:
        return None
    return k, opener


AMONG = normalize("بين")   # "X، ومن بينهم Y، ...": the members of X named in passing
LISTED = normalize("وال")  # "X، الجزائر، والمغرب": a list goes on, no predicate follows


@cache
def _title_heads() -> frozenset[str]:
    """The first word of each title of titles.tsv ("ولي" of "ولي العهد", "رئيس"): a title in the construct opens an
    apposition as a definite noun does ("X، ولي العهد السابق، ...")."""
    return frozenset(normalize(title).split()[0] for title in lexicon.titles() if title.strip())


def apposition_after(doc: Doc, c: Candidate, hi: int) -> tuple[range, range] | None:
    """The comma-set apposition right after mention c, opened by a definite noun or a title ("X، المستشار السابق للرئيس،
    تورط في", "X، ولي العهد السابق، ..."), a word of part ("X، أحد منفذي الهجوم، ...") or "من بين" ("X، ومن بينهم Y، يشتبه في"), and the WINDOW words
    after it: the apposition names c again in passing, the words after it are the predicate of c's clause. None when
    no such apposition stands right after c, it does not close by hi, or a list goes on after it ("، والمغرب")."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    found = _comma_after(doc, c, hi)
    if found is None:
        return None
    k, opener = found
    text = normalize(toks.texts[opener])
    if text in words.relative:
        return None           # a relative clause is an aside of its own (aside_after)
    then = first_word(doc, opener + 1)
    among = then < hi and normalize(toks.texts[then]).startswith(AMONG)
    if not (text.startswith("ال") or text in _title_heads() or of_kind(toks.texts[opener], words.partitive) or
            (text in ("من", "ومن") and among)):
        return None
    found = _aside_at(doc, k, hi)
    if found is None or not found[1] or normalize(toks.texts[found[1].start]).startswith(LISTED):
        return None
    return found


def _aside_at(doc: Doc, k: int, hi: int) -> tuple[range, range] | None:
    """The aside opened by the comma at k, up to the comma that closes it, and the WINDOW words after that comma;
    None when a sentence or list ends first, nothing follows, or it spans more than ASIDE_WORDS words."""
    toks = tokens_of(doc)
    words = 0
    q = k + 1
    while q < hi and words <= ASIDE_WORDS:
        t = toks.texts[q]
        if t in ASIDE_STOPS:
            return None
        if t in COMMAS:
            after = first_word(doc, q + 1)
            if after >= hi or toks.punct[after]:
                return None
            return range(k, q + 1), range(q + 1, _reach(doc, q, 1, q, hi) + 1)
        if not (toks.spaces[q] or t in QUOTE_CHARS):
            words += 1
        q += 1
    return None


def others_words(doc: Doc, others: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                  values: Lent) -> set[int]:
    """The words that stand next to another target speak of that one, not of the first ("X سيجتمع
    لمناقشة العدوان العنيف الذي شنته Y"); but not what is done to or for another, which may be the
    first one's doing ("X لا يشكل تهديدا لـY", "العدوان على Y")."""
    out: set[int] = set()
    for _, mentions in others:
        for c in mentions:
            _, bad = against(doc, c, c_start, values)
            start = c.i if dative(doc, c) else c_start
            out.update(k for k in window_of(doc, c, start, c_end) if k != bad)
    return out


def far_words(doc: Doc, values: Lent, others: set[int], c_start: int, c_end: int) -> int:
    """The weight of the content's words that speak of its first party: not the words near the other parties,
    nor a judgement ("يرفضون", "ندين"), which speaks of its object next to it, nor the topic of a talk, which
    the parties discuss ("تناول اللقاء قضية الإرهاب")."""
    return weighed(doc, {k: v for k, v in values.phrase.items() if c_start <= k < c_end and
                         k not in others and k not in values.aimed and k not in values.topics}, c_start, c_end)


def clause_start(doc: Doc, mentions: list[Candidate], c_start: int) -> int:
    """Where the clause that all mentions of a target stand in opens: right after the last word before them that
    opens another subject's clause ("... لكن X", "... بينما X", "... إذا X": function_words contrast, clause_break,
    condition); c_start
    when none stands before them all."""
    toks = tokens_of(doc)
    first = min(c.i for c in mentions)
    # the words that may open a clause, from the Doc's index, the last first: most contents hold none before a mention
    for k in reversed(words_between(doc, _may_open_clause, c_start, first)):
        if normalize(toks.texts[k]) in CLAUSE_OPENERS or opens_condition(doc, k):
            return k + 1
    return c_start


def _may_open_clause(text: str) -> bool:
    """A word of contrast or of a clause break, or one that may open a condition (clause_start's test, words_between's)."""
    return normalize(text) in CLAUSE_OPENERS or may_open_condition(text)


# the words that open another subject's clause (function_words contrast, clause_break) at once, made once
CLAUSE_OPENERS = lexicon.function_words().contrast | lexicon.function_words().clause_break


IMPERFECT_PREFIXES = ("ي", "ت", "ن")   # the imperfect verb of a clause's own: "وطهران تدعم"


def opens_a_clause(doc: Doc, c: Candidate, hi: int) -> bool:
    """Does mention c, joined by و, open a clause of its own: an imperfect verb right after it
    ("... وY تمول المرتزقة"), so that the words before it belong to the clause before?"""
    clitic = clitic_of(doc, c)
    if clitic not in ("و", "ف"):
        return False
    q = first_word(doc, c.j)
    if q >= hi:
        return False
    text = normalize(tokens_of(doc).texts[q])
    return len(text) >= 4 and text.startswith(IMPERFECT_PREFIXES) and not tokens_of(doc).punct[q]


JOINED = ("و", "ف")      # the conjunctions that join a clause to the one before
VERB_PARTICLES = frozenset(normalize(w) for w in ("سوف", "قد", "لن", "لم"))   # before an imperfect verb only


def after_joined_verb(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand right after the verb of a clause joined by و or ف, known for a verb by the particle that
    marks it ("... الحادث المأساوي وسوف تبلغ X", "وستبلغ X", "ولن تسمح X"), so that the words before that verb
    belong to the clause before (its subject, object or both are the new clause's)?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or toks.punct[p]:
        return False
    verb = normalize(toks.texts[p])
    if verb[:1] in JOINED and verb[1:2] == "س" and verb[2:3] in IMPERFECT_PREFIXES and len(verb) >= 6 and \
            not verb.endswith("ه"):
        return True           # "وستبلغ X" (not a noun in وسي- such as "وسيطرة")
    q = word_before(doc, p, lo)
    if q < lo or len(verb) < 4 or not verb.startswith(IMPERFECT_PREFIXES):
        return False
    particle = normalize(toks.texts[q])
    return particle[:1] in JOINED and particle[1:] in VERB_PARTICLES


def after_clause_break(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand right after a word that opens another subject's clause ("لكن X", "بينما X":
    function_words clause_break)?"""
    p = word_before(doc, c.i, lo)
    return p >= lo and normalize(tokens_of(doc).texts[p]) in lexicon.function_words().clause_break


BARE_COMPLEMENTIZERS = frozenset(normalize(w) for w in ("أن", "إن", "بأن"))   # no pronoun of the clause's subject on them


def embedded_clause(doc: Doc, c: Candidate, mentions: list[Candidate], lo: int, hi: int) -> range:
    """The words of a clause that a bare "أن"/"إن" after mention c opens with a subject of its own ("X اعتبرت أن
    الرئيس Y تجاوز صلاحياته", "X سيبلغ بقرار Z التي اعتبرت أن Y ..."): they speak of that subject, not of c; up to
    the next mention of c's target or hi.
    Empty when the clause's subject is c's own, carried on the complementizer ("X أعلنت أنها تجاوزت ...") or named
    again ("X أكدت أن X ...", "أن الأخير"), or when the word after it is no named or definite noun (a verb: "أن تدعم"); and for a
    mention named before the content (lo), whose complementizer is the statement's own ("أبلغ X إن ...")."""
    if c.i < lo:
        return range(0)
    toks = tokens_of(doc)
    # the first bare complementizer after c, from the Doc's index (no scan of the words up to it)
    found = words_between(doc, _is_bare_complementizer, c.j, hi)
    if not found:
        return range(0)
    k = found[0]
    q = first_word(doc, k + 1)
    if q >= hi or toks.punct[q] or any(m.i == q for m in mentions):
        return range(0)
    subject = normalize(toks.texts[q])
    if not (subject.startswith("ال") or doc[q].ent_type_):
        return range(0)
    words = lexicon.function_words()
    if subject in words.latter or subject in words.regnal_ordinal:
        return range(0)       # "أن الأخير ...", "أن الأول ...": a party named before, maybe c's own

    end = min((m.i for m in mentions if m.i > k), default=hi)
    return range(k, end)


def _is_bare_complementizer(text: str) -> bool:
    """"أن", "إن", "بأن" (BARE_COMPLEMENTIZERS), no quote mark: embedded_clause's test, words_between's."""
    return text not in QUOTE_CHARS and normalize(text) in BARE_COMPLEMENTIZERS
