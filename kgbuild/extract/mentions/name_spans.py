"""The checks the title, subject-slot and NER finders make on a name span beside where name_end
closes it: a title in construct with the word after it, a span cut short after a particle or
holding a kunya, an adjective or accusative pair that is no name, an ordinary word alone, and a
definite word in a speech verb's slot that is a family name."""
from __future__ import annotations

from spacy.tokens import Doc, Token

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (is_called_text, is_time_text, QUOTE_CHARS, CALLED, NAMES_LIKE_FUNCTION_WORDS, PARTS_OF_DAY, common_words, has_non_name_shape,
                     ends_in_pronoun, is_function_text, is_known_name_word, is_name_like,
                     is_name_link, is_punct, mostly_common_words, next_word, prev_word, text_of,
                     tokens_of, word_counts, words_where)
from .base import COMPLEMENTIZERS, Candidate, TITLE_MODIFIERS, is_honorific, known_entity_at, match_title, nisba_country, skip_space
from .names import KUNYA, kin_with_pronoun, no_name_word
from .name_words import CORRESPONDENTS, outlet_head
from .particles import past_compound_particle


def construct_title(doc: Doc, i: int, k: int, title: str) -> bool:
    """A title of one indefinite word ("رئيس", "سائق") right before an unknown name-like word alone is
    in construct with it: the word names the body or country it heads ("رئيسة بيلباو الجديدة"); the
    holder goes after a definite title ("الرئيس فلان")."""
    words = title.split()
    nxt = skip_space(doc, k + 1)
    return len(words) == 1 and not words[0].startswith("ال") and skip_space(doc, i + 1) == k and k < len(doc) \
        and not is_honorific(title) and not verbal_noun_title(doc, i, title) \
        and is_name_like(doc[k]) and not doc[k].text.startswith("ال") \
        and (nxt >= len(doc) or not is_name_like(doc[nxt]))


def verbal_noun_title(doc: Doc, i: int, title: str) -> bool:
    """"لمساعدة", "بمساعدة": a preposition on a title shaped like a verbal noun reads "to help", "with
    the help of"."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    first = title.split()[0]
    return toks.texts[i] != first and toks.texts[i].endswith(first) and toks.texts[i][0] in "لب" \
        and has_non_name_shape(normalize(first))


def ordinary_word_alone(tok: Token) -> bool:
    """A word of ordinary news text that no name ANERcorp's annotators saw has (mostly_common_words),
    neither "علي" nor a part of the day that is also a name ("الشيخ صباح")."""
    norm = normalize(tok.text)
    return norm in mostly_common_words() and not is_known_name_word(norm) \
        and tok.text not in NAMES_LIKE_FUNCTION_WORDS and norm not in PARTS_OF_DAY


def preposition_on_a_word(tok: Token) -> bool:
    """"لمؤتمر", "لمجلس": the preposition لـ written on a word ANERcorp saw mostly outside names, the
    word itself no name anywhere (neither the whole nor its stem a name word, nor a given name of the
    lexicon, which keeps "لحسن", "لطفي", "لويس"). After a title such a word opens the body or event the
    title is of ("رئيس اللجنة المنظمة لمؤتمر المناخ فلان"), never the holder's name, which takes no preposition."""
    text = tok.text
    norm = normalize(text)
    if not text.startswith("ل") or text.startswith("لل") or len(norm) < 4:
        return False
    stem = norm[1:]
    seen, _ = word_counts().get(stem, (0, 0))
    return seen > 0 and not is_known_name_word(stem) and not is_known_name_word(norm) \
        and norm not in lexicon.given_names() and stem not in lexicon.given_names() \
        and not is_function_text(stem)   # "لولا": a name, and "if not" (لو + لا), no preposition on a noun


def described_before_called(doc: Doc, i: int, j: int) -> bool:
    """"وقال صياد عجوز يدعى فلان": the words right before "يدعى" describe the person whose name comes
    after it (a trade, a role: an indefinite noun and its adjective); they are no name themselves."""
    if not words_where(doc, is_called_text):
        return False   # (most articles hold no "يدعى": nothing to read on to)
    nxt = skip_space(doc, j)
    return nxt < len(doc) and (normalize(tokens_of(doc).texts[nxt]) in CALLED or _indefinite_noun_described_further(doc, i, j))


DESCRIPTION_REACH = 8   # words (and commas) that may go on describing a person before "يدعى" ("مهاجر من بلد كذا يدعى")


def _indefinite_noun_described_further(doc: Doc, i: int, j: int) -> bool:
    """"وقالت لاجئة من بلدة كذا تدعى فلانة", "وروى عامل وصل إلى المدينة، يدعى فلان": one indefinite word,
    no listed given name, that a phrase (where from, what they did) goes on describing up to "يدعى" is a noun
    for the person named after it, no name; what was said (a quote, أن/إن, a colon) ends the search."""
    toks = tokens_of(doc)   # (not doc[k]: each builds a Token)
    texts = toks.texts
    text = texts[i]
    norm = normalize(text)
    if j != i + 1 or text.startswith("ال") or norm in lexicon.given_names() or is_known_name_word(norm):
        return False
    k = skip_space(doc, j)
    for _ in range(DESCRIPTION_REACH):
        if k >= len(texts):
            return False
        word = normalize(texts[k])
        if word in CALLED:
            return True
        if word in COMPLEMENTIZERS or (toks.punct[k] and texts[k] not in ("،", ",")) or "\n" in texts[k]:
            return False
        k = skip_space(doc, k + 1)
    return False


def past_name_links(doc: Doc, i: int, j: int, limit: int = 4) -> int:
    """"معاوية بن" cut short after a name particle: the name goes on with the word after each particle
    ("معاوية بن أبي سفيان")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    for _ in range(limit):
        last = prev_word(doc, j)
        nxt = skip_space(doc, j)
        if last is None or last < i or not is_name_link(toks.texts[last]) or nxt >= len(doc) \
                or not toks.arabic[nxt] or toks.punct[nxt] or toks.texts[nxt].startswith("و") \
                or kin_with_pronoun(toks.texts[nxt]) \
                or (is_function_text(toks.texts[nxt]) and not is_name_link(toks.texts[nxt])
                    and toks.texts[nxt] not in NAMES_LIKE_FUNCTION_WORDS):  # "الحسن بن علي"
            break
        j = nxt + 1
    return past_compound_particle(doc, i, j)


def adjective_before_name(doc: Doc, i: int, j: int) -> bool:
    """Token i is a definite nisba ("التشكيلي") and the span goes on with a word without the article."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    nxt = skip_space(doc, i + 1)
    return toks.texts[i].startswith("ال") and normalize(toks.texts[i]).endswith("ي") and nxt < j \
        and not toks.texts[nxt].startswith("ال") and not is_name_link(toks.texts[nxt])


def accusative_pair(doc: Doc, i: int) -> bool:
    """Token i ends in the accusative's ا next to an ordinary word in the accusative: "حظا سعيدا",
    "عفوا شاملا" (not "ماريا شارابوفا": neither stem is an ordinary word)."""
    if not normalize(doc[i].text).endswith("ا"):
        return False
    for k in (prev_word(doc, i), next_word(doc, i)):
        norm = normalize(doc[k].text) if k is not None else ""
        if norm.endswith("ا") and len(norm) >= 3 and (norm in common_words() or norm[:-1] in common_words()):
            return True
    return False


def accusative_common_noun(doc: Doc, i: int) -> bool:
    """Token i, read alone as a person, is an ordinary noun with the accusative's ا, the object of the verb
    before it: "قدم طعنا أمام المحكمة" (an appeal), not a name: its stem is a word of news and no table
    lists the whole word as a name ("رضا" is a given name)."""
    norm = normalize(doc[i].text)
    if not norm.endswith("ا") or len(norm) < 4 or norm in lexicon.given_names() or norm in lexicon.family_names():
        return False
    return norm[:-1] in common_words()


def split_kunya(doc: Doc, i: int, j: int) -> tuple[int, set[str]]:
    """"أحمد سعيد أبو خالد": a kunya after a name of two words or more is another name of the
    person, not part of this one: the name ends before it and the kunya is kept as a form."""
    toks = tokens_of(doc)   # (not doc[k]: each builds a Token)
    words = [k for k in range(i, j) if not toks.spaces[k]]
    for n, k in enumerate(words):
        # (not after a particle: "عمر بن أبي ربيعة" is one name)
        if n >= 2 and normalize(toks.texts[k]) in KUNYA and n + 1 < len(words) \
                and not is_name_link(toks.texts[words[n - 1]]):
            end = words[n - 1] + 1
            return end, {clean_surface(text_of(doc)[doc[k].idx:doc[j - 1].idx + len(doc[j - 1].text)])}
    return j, set()


# sightings in ANERcorp past which a definite word is a word of every report ("اليوم", "الماضي", "الجديد"),
# no family name; "العمر" and "الشاعر" are seen a dozen times
FREQUENT_IN_NEWS = 40


def definite_family_name_after_given_name(doc: Doc, k: int, closed: bool = False) -> bool:
    """Token k, a definite word, stands between a listed given name and what was said ("إن", "أن", a
    colon), or a title in apposition the caller found after it (closed): in a speech verb's slot or
    before the person's role it can only be the family name, though an ordinary word ("العمر",
    "الشاعر"); not a title, a nationality, a group noun or a known place or body."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, k)
    nxt = skip_space(doc, k + 1)
    if p is None or not toks.texts[k].startswith("ال") or nxt >= len(doc) \
            or not (closed or toks.texts[nxt] == ":" or normalize(toks.texts[nxt]) in COMPLEMENTIZERS
                    or addressee_before_what_was_said(doc, nxt)):
        return False
    norm = normalize(toks.texts[k])
    return normalize(toks.texts[p]) in lexicon.person_names().given and not toks.texts[p].startswith("ال") \
        and len(norm) >= 5 and word_counts().get(norm, (0, 0))[0] <= FREQUENT_IN_NEWS \
        and not is_function_text(toks.texts[k]) and not is_time_text(toks.texts[k]) \
        and match_title(doc, k) is None and nisba_country(doc, k) is None and norm not in lexicon.groups() \
        and norm not in lexicon.titles() and norm not in TITLE_MODIFIERS \
        and known_entity_at(doc, k, ("Place", "Organization")) is None


ADDRESSEE_WORDS = 4   # "لـ«الصحيفة»", "لوكالة الأنباء الرسمية": whom it was said to is a few words long


def _said_to_an_outlet(doc: Doc, k: int) -> bool:
    """Token k is لـ before an outlet's name in quotation marks ("لـ«الصحيفة»"), or لـ on an outlet's head noun
    or a correspondent ("لوكالة", "للصحيفة", "لمراسل"); not لـ on another noun, a participle's complement
    ("الخاضع للرقابة")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    if not text.startswith("ل"):
        return False
    if text in ("ل", "لـ"):
        nxt = skip_space(doc, k + 1)
        return nxt < len(doc) and toks.texts[nxt] in QUOTE_CHARS
    base = normalize(text[2:] if text.startswith("لل") else text[1:])
    return outlet_head(base) or base in CORRESPONDENTS


def addressee_before_what_was_said(doc: Doc, k: int) -> bool:
    """"قال فلان الفلاني لـ«الصحيفة» إن", "لوكالة الأنباء إن": token k opens with the preposition لـ, and within a
    few words (no comma or full stop) what was said opens: whom it was said to, the name closed before it."""
    if not _said_to_an_outlet(doc, k):
        return False
    q, words = skip_space(doc, k + 1), 1
    while q < len(doc) and words <= ADDRESSEE_WORDS:
        text = doc[q].text
        if text == ":" or normalize(text) in COMPLEMENTIZERS:
            return True
        if text in ("،", ",", ".", "؛") or "\n" in text:
            return False
        words += not (is_punct(doc[q]) or doc[q].is_space)
        q = skip_space(doc, q + 1)
    return False


def definite_family_name(doc: Doc, k: int, first: bool) -> bool:
    """A definite word in a speech verb's subject slot that is a family name: a nisba no ordinary word
    of news takes ("وأشار الكبيسي إلى أن"), alone or after a given name ("وقال سامر الدباغي إن"); not a
    nationality (is_name_like turns those away) nor a definite noun that names no one ("الحكومي")."""
    text = tokens_of(doc).texts[k]
    norm = normalize(text)
    if norm in mostly_common_words() or no_name_word(text, first=False) or len(norm) < 5 or norm in BODY_NOUNS:
        return False
    if _unseen_definite_word(text):
        return True
    if not first:
        # "الكبيسي", or a family name ANERcorp knows ("الخطيب"); not a participle in apposition ("العائد")
        return text.endswith("ي") or is_known_name_word(norm)
    # the nisba's ي as written: "الفتى" ends in alif maqsura
    return text.endswith("ي") and not _nisba_of_common_noun(norm)


BODY_NOUNS = lexicon.function_words().unnamed_body   # "النقابة", "المعهد": a body's class noun, no family name
UNSEEN_NAME_LETTERS = 6   # the article and four letters: "الدويك", "السنيورة"
PLURAL_ENDINGS = ("ون", "ين", "ات", "ان")   # "المحللون", "الطرفان": a plural or dual subject, no family


def _unseen_definite_word(text: str) -> bool:
    """"وكشف الجعافرة أن", "وقال سامر الدويك إن": a definite word that no sentence of ANERcorp holds, in
    the speaker's slot, is a family name that is no nisba; ordinary definite words of news are in the
    word counts, save plurals and duals of rare nouns (left out by their endings). A nisba has its own
    tests (an unseen "الحقوقي" is still a calling). The pronoun test reads the word as written: folded, a
    name's ة (السنيورة) would read as the pronoun ه."""
    norm = normalize(text)
    return norm not in word_counts() and len(norm) >= UNSEEN_NAME_LETTERS and not norm.endswith(PLURAL_ENDINGS) \
        and not text.endswith("ي") and not ends_in_pronoun(text)


def _nisba_of_common_noun(norm: str) -> bool:
    """"الحقوقي", "النقابي", "الروائي": a definite nisba of an ordinary noun (حقوق، نقابة، رواية) names
    someone by their calling, not by their family; "الدباغي", "الكبيسي" come from no ordinary word."""
    stem, common = norm[2:-1], mostly_common_words()
    # the noun's forms only: a bare stem may be a verb ("ساعد" of الساعدي)
    return any(w in common for w in (stem + "ه", "ال" + stem, "ال" + stem + "ه"))


def _listed_or_seen_name(norm: str) -> bool:
    return norm in lexicon.person_names().given or norm in lexicon.known_entities() or is_known_name_word(norm)


def clause_word_after_title(doc: Doc, start: int, k: int, after_comma: bool) -> bool:
    """The one word from start to k, after a title, opens a clause and names no holder: a verb in the plural
    with و or ف on it ("الرئيس ...، وأضرموا": its وا is the verb's, no name's); after the title and a comma, a
    word with the conjunction و (a list or a clause going on: an apposed name takes none) or with a possessive
    pronoun ("...، تحفظه على"). A word the tables or ANERcorp's names know stays a name."""
    words = [n for n in range(start, k) if not doc[n].is_space]
    if len(words) != 1:
        return False
    first, norm = doc[words[0]].text, normalize(doc[words[0]].text)
    if _listed_or_seen_name(norm):
        return False
    stem = norm[1:]
    if first[:1] in "وف" and len(stem) >= 4 and stem.endswith("وا") and stem[-3] != "ا" and not _listed_or_seen_name(stem):
        return True   # "وأضرموا", "فقالوا"; not "-اوا" of a foreign name ("ناكاغاوا")
    if not after_comma:
        return False
    if first.startswith("و") and len(stem) >= 3 and not _listed_or_seen_name(stem):
        return True
    return ends_in_pronoun(first) and not first.endswith("يه")   # foreign names end in يه ("بيكيه")


# a syllable of an East Asian name written like the pronoun "he" ("كيم دونغ هو", "نغوين فان هو")
PRONOUN_SYLLABLES = frozenset({normalize("هو")})


def syllable_spelled_as_pronoun(doc: Doc, c: Candidate) -> None:
    """"الخبير لي تشانغ هو، في تصريح": a person's name of two short words (at most four letters each, the
    shape of East Asian family and given-name syllables) right before "هو" with a comma, colon or full stop
    after it: the pronoun has no clause there (a pronoun subject comes before its predicate), so it is the
    name's third syllable. The span grows to hold it."""
    if c.type != "Person":
        return
    toks = tokens_of(doc)   # (asked of every person found: the token lists, not doc[c.i:c.j], which builds Tokens)
    texts = toks.texts
    words = [texts[q] for q in range(c.i, c.j) if not toks.spaces[q]]
    if len(words) != 2 or any(len(normalize(w)) > 4 or w.startswith("ال") for w in words):
        return
    k = skip_space(doc, c.j)
    after = skip_space(doc, k + 1)
    if k >= len(texts) or normalize(texts[k]) not in PRONOUN_SYLLABLES or after >= len(texts) \
            or texts[after] not in ("،", ",", ":", "."):
        return
    c.j, c.end = k + 1, toks.starts[k] + len(texts[k])
    c.form = clean_surface(text_of(doc)[c.start:c.end])


HOLDER_NAME_WORDS = 2   # the holder's name after a body's foreign name: a given name and a family name at least


def holder_opens_in_foreign_body_name(doc: Doc, k: int, end: int) -> int | None:
    """Where, inside a body's name in foreign words at k..end after a title ("زعيمة تحالف فلانيا سامية
    علان", "المتحدث باسم قصر فلانكو مارك علان"), the title holder's own name opens: the first word after
    the body name's first one that the tables list as a given name, with a name of two words or more
    from it. The body's name ends there; None when no such word stands in it. The body is named by the
    title that precedes it, so its holder's name follows its name at once."""
    for q in range(k + 1, end):
        if doc[q].is_space or normalize(doc[q].text) not in lexicon.given_names():
            continue
        stop = max(end, _name_end(doc, q))
        if sum(not t.is_space for t in doc[q:stop]) >= HOLDER_NAME_WORDS:
            return q
    return None


def _name_end(doc: Doc, q: int) -> int:
    from .names import name_end   # (names is imported above already; name_end read late keeps the import order)
    return name_end(doc, q)


def foreign_body_before_holder(doc: Doc, head: int) -> int | None:
    """End of a body named by an indefinite head noun at `head` and a word in foreign letters no news
    text holds ("شركة فلانكس", "قصر فلانيا" after "باسم"), when a title holder's name of two words or more
    follows: the body's name is that one word, the rest the holder's ("نائب رئيس شركة فلانكس مارك
    علان"). None otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if head >= len(doc) or toks.texts[head].startswith("ال") or not toks.arabic[head]:
        return None
    if (p := prev_word(doc, head)) is not None and normalize(toks.texts[p]) in lexicon.org_heads() \
            and (opens := _holder_after_foreign_word(doc, head)) is not None:
        return opens   # "نائب رئيس شركة فلانكس مارك علان": a title that took the head noun in, at the foreign word
    norm = normalize(toks.texts[head])
    from .sources import spoken_for   # (sources reads the finders that read this module: imported here)
    if norm not in lexicon.org_heads() and not spoken_for(doc, head):
        return None
    return _holder_after_foreign_word(doc, skip_space(doc, head + 1))


def _holder_after_foreign_word(doc: Doc, word: int) -> int | None:
    """Where a holder's name of two words or more opens right after token `word`, a word in foreign letters
    no news text holds that names a body; None otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if word >= len(doc) or not toks.arabic[word] or toks.texts[word].startswith(("ال", "و")) \
            or normalize(toks.texts[word]) in word_counts() or is_known_name_word(normalize(toks.texts[word])):
        return None
    opens = holder_opens_in_foreign_body_name(doc, word, _name_end(doc, word))
    return opens if opens == skip_space(doc, word + 1) else None


def held_body_name_end(doc: Doc, head: int, k: int, end: int) -> int:
    """End of a body's name at k..end after its head noun at `head`, cut where its title holder's name
    opens when a title stands right before the head ("زعيمة تحالف فلانيا سامية علان"): the leader's name
    follows the body's. `end` unchanged otherwise."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    from .sources import spoken_for   # (sources reads the finders that read this module: imported here)
    p = prev_word(doc, head)
    if p is None or not (normalize(toks.texts[p]) in lexicon.titles() or spoken_for(doc, head)):
        return end
    opens = holder_opens_in_foreign_body_name(doc, k, end)
    return opens if opens is not None else end
