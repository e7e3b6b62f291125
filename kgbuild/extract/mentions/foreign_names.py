"""Bodies named in words transcribed from another language after their head noun ("حزب بهاراتيا جاناتا",
"صحيفة ديلي تلغراف", "شركة فورد"): where such a name ends, and the candidate it makes."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, clitic_variants, normalize
from ..words import is_known_name_word, is_name_like, is_name_like_whole, is_ordinary_word, text_of
from .base import (ADJECTIVE_ENDINGS, NEWS_COMPLEMENT, PLURAL_ENDINGS, RELATIVE_PLURAL_ENDINGS, Candidate, known_entity_at, match_title,
                   nisba_country, skip_space, span_chars)


# kinds of org_heads.tsv whose indefinite head may be followed by a name transcribed from another language
FOREIGN_NAMED_KINDS = frozenset({"party", "media", "company", "agency"})
# heads that name a body by such a name only (no genitive chain, no definite head): "موقع"
FOREIGN_NAME_ONLY_HEADS = lexicon.function_words().foreign_name_only_head


def foreign_name_end(doc: Doc, k: int, limit: int = 3) -> int:
    """End of up to three name-like words without the article, no known name among them: a party's
    name transcribed from another language."""
    start = k
    if k < len(doc) and _lone_participle(doc, k):
        return k  # "شركة مسجلة في", "ائتلاف متنافر": a participle describing the head, no name
    while k < len(doc) and k - start < limit and (_foreign_word(doc, k) or (k == start and _fa_initial_name(doc, k))):
        # (not an Arabic adjective or plural: "تحالف انتخابي"; but "ديلي تلغراف": a word shaped so
        # before another foreign word is part of the name)
        if _adjective_or_plural_shape(doc, k) and not (k > start and _name_final_i(doc, k)) \
                and not (k == start and _agrees_with_no_head(doc, k)):
            nxt = skip_space(doc, k + 1)
            if nxt >= len(doc) or nxt - start >= limit or not _foreign_word(doc, nxt) \
                    or (_adjective_or_plural_shape(doc, nxt) and not _name_final_i(doc, nxt)):
                break  # (but "فلانيان كوماري": a name's last word in a bare ي closes a name the first word opened)
        k += 1
    return k


# a feminine singular head noun ends so ("شركة", "جامعة"): its adjective ends in ة too
FEMININE_ENDING = "ة"
MASCULINE_ADJECTIVE_ENDING = "ي"


def _agrees_with_no_head(doc: Doc, k: int) -> bool:
    """Token k, right after a body's indefinite singular head noun, ends like a word that cannot be that head's
    adjective: a sound plural ("-ين", "-ون", "-ات") after a singular, or a masculine "-ي" after a feminine head
    ("شركة فلانين", "جامعة فلانات", "مجموعة فلاناي"); so the shape says nothing, and the word is the body's
    foreign name, no Arabic adjective ("تحالف انتخابي" agrees: an adjective)."""
    p = k - 1
    while p >= 0 and doc[p].is_space:
        p -= 1
    if p < 0:
        return False
    heads = lexicon.org_heads()
    stems = [stem for _, stem in clitic_variants(doc[p].text) if normalize(stem) in heads]
    if not stems:
        return False
    norm = normalize(doc[k].text)
    if norm.endswith(RELATIVE_PLURAL_ENDINGS):
        return False  # "مجموعة فلسطينيين": a relative adjective's plural, the people the body gathers
    if norm.endswith(PLURAL_ENDINGS):
        return True
    return norm.endswith(MASCULINE_ADJECTIVE_ENDING) and stems[0].endswith(FEMININE_ENDING)


def _fa_initial_name(doc: Doc, k: int) -> bool:
    """Token k right after an indefinite head, beginning with ف, is one foreign name ("شركة فورد"), not
    the conjunction ف and a word ("ورد"): no conjunction joins a noun to the head in construct before it."""
    text = doc[k].text
    return text.startswith("ف") and len(normalize(text)) >= 4 and is_name_like_whole(doc[k]) \
        and known_entity_at(doc, k, ("Person", "Place", "Organization")) is None


def waw_initial_name(doc: Doc, k: int) -> bool:
    """Token k, beginning with و, is one foreign name ("ويكيليكس"), not و and a word: name-like, and
    without the و no ordinary word, no known name, no article."""
    text = doc[k].text
    rest = normalize(text[1:])
    return text.startswith("و") and len(rest) >= 4 and is_name_like(doc[k]) and not is_ordinary_word(rest) \
        and rest not in lexicon.known_entities() and not rest.startswith("ال")


def _name_final_i(doc: Doc, k: int) -> bool:
    """Token k, after a foreign word of the name, ends in a bare ي ("مارتي", "ليمباري"): no Arabic adjective, as
    an indefinite adjective agrees with no proper name before it; the name's own last word."""
    norm = normalize(doc[k].text)
    return norm.endswith("ي") and not norm.endswith(("يي", "وي")) and len(norm) >= 4


# the fewest letters of an Arabic stem before an adjective's or a plural's ending: a triliteral root
ROOT_LETTERS = 3


def _adjective_or_plural_shape(doc: Doc, k: int) -> bool:
    """Token k ends like an Arabic relative adjective or a sound plural ("انتخابي", "مستقلين"), a root's
    letters before the ending: a short foreign word ("كين", "دون") only looks like one."""
    norm = normalize(doc[k].text)
    return any(norm.endswith(ending) and len(norm) - len(ending) >= ROOT_LETTERS
               for ending in ADJECTIVE_ENDINGS + PLURAL_ENDINGS)


def _foreign_word(doc: Doc, k: int) -> bool:
    """A name-like word without the article or و that starts no known name, and no dual of an ordinary word."""
    return is_name_like(doc[k]) and not doc[k].text.startswith(("ال", "و")) and not _dual_of_ordinary_word(doc[k].text) \
        and known_entity_at(doc, k, ("Person", "Place", "Organization")) is None


# the nominative endings of the dual, masculine and feminine ("خاصان", "خاصتان")
DUAL_ENDINGS = ("تان", "ان")


def _dual_of_ordinary_word(text: str) -> bool:
    """"خاصان", "رسميتان": the dual of an ordinary word, an adjective agreeing with two heads before it ("إذاعة
    وتلفزيون خاصان"), which the word lists, kept in the singular, miss; no foreign name."""
    norm = normalize(text)
    for ending in DUAL_ENDINGS:
        stem = norm[:-len(ending)]
        if norm.endswith(ending) and len(stem) >= 3 and is_ordinary_word(stem):
            return True
    return False


def foreign_name_end_after(doc: Doc, k: int, clitic_len: int) -> int:
    """foreign_name_end for a name whose first word carries a clitic ("وحماس"): the first word is
    read without it."""
    if not clitic_len:
        return foreign_name_end(doc, k)
    rest = normalize(doc[k].text[clitic_len:])
    if len(rest) < 3 or is_ordinary_word(rest):
        return k
    return k + 1


def proper_name_in(doc: Doc, k: int, end: int) -> str | None:
    """The body's own name in the words k..end after its head, its nationality left off: one or two words
    with no article, none an ordinary word of news, a title or a known place or body ("انرون" of "شركة
    انرون الأمريكية"); None when the words are a description ("شركة النفط الوطنية")."""
    words = [q for q in range(k, end) if not doc[q].is_space]
    while words and nisba_country(doc, words[-1]):
        words.pop()
    if not 1 <= len(words) <= 2:
        return None
    for q in words:
        t = doc[q]
        if t.text.startswith(("ال", "و")) or not is_name_like(t) or is_ordinary_word(normalize(t.text)) \
                or match_title(doc, q) or known_entity_at(doc, q, ("Place", "Organization", "Person")) is not None:
            return None
    return clean_surface(" ".join(doc[q].text for q in words))


# the most words of a body's own name before the words that describe it
DESCRIBED_NAME_WORDS = 2


def name_before_description(doc: Doc, k: int, end: int) -> str | None:
    """The body's own name in the words k..end after its indefinite head when definite words describe it after
    the name: its nationality of two words ("الكورية الجنوبية"), an adjective of its standing ("العمومي"), a
    nationality and its field in لل ("الدنماركية للشحن"). One or two words with no article, none an ordinary
    word, title or known name, then only definite or لل words; None when the words are no such pair."""
    words = [q for q in range(k, end) if not doc[q].is_space]
    n = 0
    while n < len(words) and not doc[words[n]].text.startswith(("ال", "لل")):
        n += 1
    if not 1 <= n <= DESCRIBED_NAME_WORDS or n == len(words):
        return None
    if not all(doc[q].text.startswith(("ال", "لل")) for q in words[n:]):
        return None
    for q in words[:n]:
        t = doc[q]
        if t.text.startswith("و") or not is_name_like(t) or is_ordinary_word(normalize(t.text)) \
                or match_title(doc, q) or known_entity_at(doc, q, ("Place", "Organization", "Person")) is not None:
            return None
    return clean_surface(" ".join(doc[q].text for q in words[:n]))


def foreign_named_body(doc: Doc, k: int, end: int, words: list[str]) -> Candidate:
    """The outlet or company named by the foreign words k..end after its indefinite head ("صحيفة ديلي
    تلغراف", "لشركة أنفرايرو"): its own name; the head noun and name (`words`) are a form too, as the
    head says what it is, and the name alone recurs later."""
    s, e = span_chars(doc, k, end, 0)
    cand = Candidate(k, end, s, e, clean_surface(text_of(doc)[s:e]), "Organization", "org")
    cand.extra_forms.add(clean_surface(" ".join(words)))
    # "وكالة مهر للأنباء": an agency's full name ends in "for news"
    after = skip_space(doc, end)
    if after < len(doc) and normalize(doc[after].text) == NEWS_COMPLEMENT:
        cand.extra_forms.add(clean_surface(" ".join(words + [doc[after].text])))
    return cand


# the endings a participle takes after its stem: feminine, sound plurals (normalised: ة is ه)
PARTICIPLE_ENDINGS = ("ات", "ين", "ون", "ه")
# the letters of a participle's stem: مفعل (4) to مستفعل (6)
PARTICIPLE_LETTERS = (4, 6)


def participle_shape(norm: str) -> bool:
    """A normalised word of the shape of a derived Arabic participle or noun of place (مُفَعِّل، مُفاعِل، مُتَفاعِل،
    مُسْتَفْعِل, with ة or a sound plural after it: "مسجلة", "مقاولات", "متنافر"): م, then the root with no long
    vowel but the ا of the مفاعل / متفاعل patterns (and a weak root's و or ي after it). A transcribed foreign
    name spells its vowels out with و and ي ("موديز", "مرسيدس")."""
    stem = norm
    for ending in PARTICIPLE_ENDINGS:
        if stem.endswith(ending) and len(stem) - len(ending) >= PARTICIPLE_LETTERS[0]:
            stem = stem[:-len(ending)]
            break
    if not stem.startswith("م") or not PARTICIPLE_LETTERS[0] <= len(stem) <= PARTICIPLE_LETTERS[1]:
        return False
    alefs = [n for n, c in enumerate(stem) if c == "ا"]
    if alefs not in ([], [2]) and not (alefs == [3] and stem.startswith("مت")):
        return False
    weak = [n for n, c in enumerate(stem) if c in "وي"]
    return not weak or (alefs == [2] and weak == [3])


def _lone_participle(doc: Doc, k: int) -> bool:
    """Token k, right after a body's indefinite head, is a word of a participle's shape no known name and no
    name-like word after it: an adjective or a genitive that describes the head ("شركة مسجلة في", "شركة
    مقاولات منذ", "ائتلاف متنافر على"), no one-word foreign name."""
    if not participle_shape(normalize(doc[k].text)) or is_known_name_word(normalize(doc[k].text)):
        return False
    q = skip_space(doc, k + 1)
    return q >= len(doc) or not _foreign_word(doc, q)
