"""Not abandoning a party: "لن نتخلى عن X", "لن تترك X وحيدة", "لن نتركه وحده", "لن أخذلكم", "X لن يترك وحيدا".

A negated verb of abandoning, leaving alone or letting down (function_words abandoning: تخلى عن; leaving_alone: ترك;
letting_down: خذل) said of a party is a pledge to stand by it, as "نقف إلى جانب X" is: the statement is positive when
the word alone follows the verb ("لن تترك حليفتها وحيدة", "لن نتركه وحده"), or when the one not abandoned or let down is a
party (named, a companion noun, "جيرانها", "حلفاءنا", or the verb's own pronoun, "لن أخذلكم"); a verb of leaving with
no word alone lets no one go ("لن نترك X يفلت من العقاب": a threat, not a pledge); and so is its stance towards the party named as the object ("لن تتخلى عن
X", "لن تترك X وحيدة") or as the subject of the passive left alone ("X لن يترك وحيدا"). What one does not give up that is
no party ("لن تتخلى عن خطتها", "لن تتخلى عن مطالبها") and a chance not let go ("لا يترك فرصة") pledge nothing."""
from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..mentions import Candidate
from ..words import next_word, tokens_of, words_between
from .roles import named_from
from .words import is_negation, is_one_of, word_before, word_of_class_before

FROM = normalize("عن")              # "تخلى عن X"
NOT_THAT_WORDS = frozenset({normalize("ألا")})   # "علينا ألا نخذلهم" (أن + لا)
NEGATION_GAP = 1                    # words between the negation and the verb at most ("لن أبدا نتخلى" is rare; "لن نتخلى")
ALONE_REACH = 3                     # words after the verb within which the word alone stands ("لن تترك حليفتها وحيدة")


def _negated_verb(doc: Doc, k: int, lo: int) -> bool:
    """A negation (function_words negation, or ألا) right before word k, or one word before it."""
    return word_of_class_before(doc, k, lo, _negates, NEGATION_GAP + 1)


def _negates(text: str) -> bool:
    return is_negation(text) or is_one_of(text, NOT_THAT_WORDS)


def _of_abandoning(text: str) -> bool:
    """Is the word a verb of abandoning, of leaving alone or of letting down (_verbs' three kinds)? words_between's test."""
    words = lexicon.function_words()
    return is_one_of(text, words.abandoning) or is_one_of(text, words.leaving_alone) or \
        is_one_of(text, words.letting_down)


def _verbs(doc: Doc, c_start: int, c_end: int) -> list[tuple[int, str]]:
    """(token, "from" | "alone" | "object") of the negated verbs of abandoning in the content: "from" for تخلى (its party
    after عن), "alone" for ترك (a pledge only with the word alone after it), "object" for خذل (the party right after, or
    the verb's own pronoun)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    out = []
    for k in words_between(doc, _of_abandoning, c_start, c_end):   # (most contents hold none)
        if toks.punct[k]:
            continue
        kind = "from" if is_one_of(toks.texts[k], words.abandoning) else \
            "alone" if is_one_of(toks.texts[k], words.leaving_alone) else \
            "object" if is_one_of(toks.texts[k], words.letting_down) else None
        if kind and _negated_verb(doc, k, c_start):
            out.append((k, kind))
    return out


def _alone_after(doc: Doc, k: int, c_end: int) -> bool:
    toks = tokens_of(doc)
    q = next_word(doc, k)
    for _ in range(ALONE_REACH):
        if q is None or q >= c_end or toks.punct[q]:
            return False
        if is_one_of(toks.texts[q], lexicon.function_words().alone_word):
            return True
        q = next_word(doc, q)
    return False


def not_abandoned(doc: Doc, c_start: int, c_end: int, in_name: Callable[[int], bool]) -> bool:
    """Does the content pledge not to abandon, leave alone or let down a party (see the module)?"""
    toks = tokens_of(doc)
    for k, kind in _verbs(doc, c_start, c_end):
        if _alone_after(doc, k, c_end):
            return True
        q = next_word(doc, k)
        if kind == "object":
            if _object_pronoun(toks.texts[k]) or \
                    (q is not None and q < c_end and (in_name(q) or _companion(toks.texts[q]))):
                return True     # "لن أخذلكم" (the verb's own pronoun), "لن نخذل X", "لن نخذل حلفاءنا"
        elif kind == "from" and q is not None and q < c_end and normalize(toks.texts[q]) == FROM:
            r = next_word(doc, q)
            if r is not None and r < c_end and (in_name(r) or _companion(toks.texts[r])):
                return True
    return False


OBJECT_PRONOUNS = tuple(normalize(p) for p in ("ه", "ها", "هم", "كم", "هما"))


def _object_pronoun(text: str) -> bool:
    """A verb of letting down with its object pronoun ("أخذلكم", "نخذلهم"), not a bare or plural form ("يخذلون")."""
    return any(clitic in ("", "و", "ف") and normalize(stem).endswith(OBJECT_PRONOUNS)
               for clitic, stem in clitic_variants(text))


def _companion(text: str) -> bool:
    """A noun of the parties one stands by, bare or with its owner's pronoun ("جيرانها", "حلفاءنا", "أصدقائه")."""
    stems = lexicon.function_words().companion_noun
    return any(normalize(stem).startswith(s) for _, stem in clitic_variants(text) for s in stems)


def abandon_refused_to(doc: Doc, c: Candidate, c_start: int, c_end: int) -> bool:
    """Is mention c the party a negated verb of abandoning names: after its عن ("لن تتخلى عن X"), right after a verb of
    leaving alone with the word alone after ("لن تترك X وحيدة"), or the subject right before a negated verb of leaving
    with the word alone after it ("X لن يترك وحيدا")?"""
    toks = tokens_of(doc)
    start = named_from(c, c_start)
    p = word_before(doc, start, c_start)
    for k, kind in _verbs(doc, c_start, c_end):
        if kind == "from" and p >= c_start and normalize(toks.texts[p]) == FROM and word_before(doc, p, c_start) == k:
            return True       # "لن تتخلى عن X"
        if kind == "object" and p == k:
            return True       # "لن نخذل X"
        if kind == "alone" and _alone_after(doc, k, c_end):
            if p == k:
                return True   # "لن تترك X وحيدة"
            neg = word_before(doc, k, c_start)
            if neg >= c_start and c.j <= neg and word_before(doc, neg, c_start) == c.j - 1:
                return True   # "X لن يترك وحيدا": the negation right after X
    return False
