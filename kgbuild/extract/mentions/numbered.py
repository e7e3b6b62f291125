"""Numbered groups that speak ("وقال ثلاثة مسؤولين أمريكيين إن", "وقال 14 نائبا إن", "أكد خمسة شهود أن",
"ثلاثة دبلوماسيين غربيين قالوا إن"): a number, in figures or words, and the group noun it counts, as the
subject of a speech verb (right after a singular one, or opening the clause before a plural one) or as
the source a report relays ("نقلت X عن ثلاثة مسؤولين"); elsewhere, the fullest form of a group the text
names again after it. Otherwise a numbered group is persons counted ("قتل ثلاثة جنود",
not_groups.counted), no actor.

The mention runs from the number to the noun's adjectives, the phrase as written, as the project's gold
names an unnamed source. After 3-10 the noun is a genitive plural (a groups.tsv form); after 11-99 an
accusative singular ("نائبا", "شاهدا"), read through source_nouns.tsv; after the partitive من a definite
plural ("ثلاثة من المسؤولين"); a definite noun right after عشرات/مئات ("عشرات المحتجين") is read by
group_candidates itself, the number in its phrase (spans.crowd_number_before)."""
from __future__ import annotations

from itertools import compress

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import is_punct, prev_word, text_of, tokens_of, words_where
from .base import Candidate, longest_match, skip_space, span_chars, token_info, token_infos
from .not_groups import is_number
from .sources import SOURCE_NOUNS, SVO_OPENERS, _past_slot_adjuncts, _singular_adjectives, _speech_verb_gender, \
    relays_a_source
from .spans import group_modifiers

NUMBER_WORDS = lexicon.function_words().number
# the singular nouns a number in 11-99 counts in the accusative: the sources, and words that name a source only
# after a number ("14 نائبا": alone, نائب heads titles)
COUNTED_NOUNS = {**SOURCE_NOUNS, **lexicon.slot_source_nouns("counted")}
PARTITIVE_FROM = normalize("من")     # "ثلاثة من المسؤولين": persons counted among a group
PLURAL_VERB_ENDINGS = ("وا", "ون")   # "قالوا", "يقولون": a verb of a plural subject
COMPOUND_UNITS = frozenset(normalize(w) for w in ("أحد", "إحدى", "اثنا", "اثني", "اثنتا", "اثنتي"))   # "أحد عشر"


def numbered_groups(doc: Doc, named: list[Candidate]) -> list[Candidate]:
    """Every number + group noun in the subject slot of a speech verb, or relayed, as a Group of the
    noun's kind (see the module); and every other one whose kind the text names again after it, with no
    adjective ("يزور 30 طفلا من المخيمات ... وقال الأطفال"), as the fullest form of that group: the
    persons counted are the group the text then refers to. `named`: the other group mentions."""
    later, starts = {}, {c.i for c in named}
    for c in named:
        if c.type == "Group" and c.key and c.role_of is None:
            later[c.key] = max(later.get(c.key, -1), c.i)
    toks, info = tokens_of(doc), token_infos(doc)
    table = lexicon.groups()
    out = []
    # the tokens that may be a number (the test below reads only these): figures and number words from the Doc's
    # word index, and the tokens spaCy finds number-like, rather than a look at every token
    maybe = words_where(doc, _may_be_number_text)
    # (the number-like tokens picked by compress, not a test per token in Python)
    maybe = sorted({*maybe, *compress(range(len(toks.like_num)), toks.like_num)})
    for p in maybe:
        if p >= len(doc) - 1:
            break
        if toks.spaces[p] or not (toks.like_num[p] or toks.texts[p][:1].isdigit()
                                  or not info[p].norms.isdisjoint(NUMBER_WORDS)):
            continue
        k = skip_space(doc, p + 1)
        if k >= len(doc) or k != p + 1 or not toks.arabic[k]:   # (off the token lists: doc[k] builds a Token)
            continue
        partitive = info[k].norm == PARTITIVE_FROM
        noun = _group_among(doc, k, table) if partitive else \
            _counted_noun(doc, k, table) if not toks.texts[k].startswith("ال") else None
        if noun is None:
            continue
        j, kind, affiliation = noun
        if partitive and k + 1 in starts:
            continue   # "عدد من المتظاهرين": the group itself is read already (no figure counts it), and speaks
        first = _first_number_word(doc, p)
        if not (_verb_before(doc, first) or _plural_verb_after(doc, first, j)
                or (not partitive and affiliation is None and later.get("group:" + kind, -1) >= j)):
            continue
        word = normalize(toks.texts[first])
        clitic = 1 if word[:1] in "وف" and word not in NUMBER_WORDS and not word.isdigit() else 0   # "وثلاثة"
        s, e = span_chars(doc, first, j, clitic)
        out.append(Candidate(first, j, s, e, clean_surface(text_of(doc)[s:e]), "Group", "group", key="group:" + kind,
                             role_of=affiliation))
    return out


def _may_be_number_text(text: str) -> bool:
    """A word in figures or one a reading of which is a number word: what numbered_groups looks at (with the
    tokens spaCy finds number-like)."""
    return text[:1].isdigit() or not token_info(text, False).norms.isdisjoint(NUMBER_WORDS)


def _counted_noun(doc: Doc, k: int, table: dict) -> tuple[int, str, str | None] | None:
    """The group noun a number counts at token k, with its adjectives: (end, kind, country) or None. A plural
    of groups.tsv without the article ("مسؤولين", "شهود عيان"), or a singular source noun in the
    accusative ("نائبا", "شاهدا") with its accusative adjectives."""
    hit = longest_match(doc, k, table, 4)
    if hit is not None and hit[3] == 0 and not hit[1].startswith("ال"):
        n, norm, surface, _ = hit
        j, affiliation = group_modifiers(doc, k + n, surface)
        return j, table[norm].kind, affiliation
    norm = normalize(doc[k].text)
    if norm.endswith("ا") and norm[:-1] in COUNTED_NOUNS:
        return _accusative_adjectives(doc, k + 1), COUNTED_NOUNS[norm[:-1]], None
    return None


def _group_among(doc: Doc, k: int, table: dict) -> tuple[int, str, str | None] | None:
    """"ثلاثة من المسؤولين الأمريكيين": a definite group of groups.tsv after the partitive من at token k, with
    its adjectives: (end, kind, country) or None. As a speaker the persons counted among the group speak."""
    q = skip_space(doc, k + 1)
    hit = longest_match(doc, q, table, 4) if q == k + 1 and q < len(doc) else None
    if hit is None or hit[3] != 0 or not hit[1].startswith("ال"):
        return None
    n, norm, surface, _ = hit
    j, affiliation = group_modifiers(doc, q + n, surface)
    return j, table[norm].kind, affiliation


def _accusative_adjectives(doc: Doc, j: int, limit: int = 2) -> int:
    """End of the adjectives of a counted accusative noun ("نائبا معارضا", "مسؤولا كينيا"): indefinite words
    in the accusative's ا, as _singular_adjectives reads them ("14 شخصا إضرابهم" has no adjective)."""
    end = _singular_adjectives(doc, j, accusative=True, limit=limit)
    while end > j and not normalize(doc[end - 1].text).endswith("ا"):
        end -= 1
    return end


def _first_number_word(doc: Doc, p: int) -> int:
    """The first word of a number of several ("أحد عشر", "خمسة وعشرين") ending at token p."""
    first = p
    for _ in range(3):
        q = prev_word(doc, first)
        if q is None or not (is_number(doc, q) or normalize(doc[q].text) in COMPOUND_UNITS):
            break
        first = q
    return first


def _verb_before(doc: Doc, p: int) -> bool:
    """"وقال ثلاثة ...", "وقال أمس خمسة ...": a singular speech verb (it comes before its plural subject)
    right before the number, past adjuncts; or the عن of a relayed report ("نقلت X عن ثلاثة مسؤولين"), the
    إلى of an ascribed one."""
    q = _past_slot_adjuncts(doc, prev_word(doc, p))
    if q is None:
        return False
    return _speech_verb_gender(doc[q].text, prefixed=True) is not None or relays_a_source(doc, q)


def _plural_verb_after(doc: Doc, p: int, j: int) -> bool:
    """"ثلاثة دبلوماسيين غربيين قالوا": the number opens the clause and a plural speech verb follows the
    group right away."""
    q = prev_word(doc, p)
    before = normalize(doc[q].text) if q is not None else ""
    opens = q is None or is_punct(doc[q]) or before in SVO_OPENERS or (before[:1] == "و" and before[1:] in SVO_OPENERS)
    after = skip_space(doc, j)
    if not opens or after >= len(doc):
        return False
    norm = normalize(doc[after].text)
    entry = lexicon.cues().get(norm)
    return entry is not None and entry.kind == "verb" and norm.endswith(PLURAL_VERB_ENDINGS)
