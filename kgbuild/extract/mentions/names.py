"""Where a person's name ends (name_end): the tests that stop it (a verb after its subject, a preposition
or participle after the name, whom it was said to, a definite word too common to be a family name, على
written علي). Which words a name may hold is in name_words; the checks on a span once found are in
name_spans."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize, strip_article
from ..words import (IMPERFECT_OF_THIRD_PERSON, tokens_of, NAMES_LIKE_FUNCTION_WORDS, common_words, ends_in_pronoun, function_words,
                     has_non_name_shape, is_arabic_word, is_inflected_common, is_known_name_word,
                     is_name_like_whole, is_name_link, is_non_name_form, is_time_text, mostly_common_words,
                     prev_word, stems, without_proclitic,
                     word_counts, is_function_text, name_like_at)
from .base import COMPLEMENTIZERS, PREPOSITIONS, TITLE_MODIFIERS, known_entity_at, name_word_read_as_ka_and_place, match_title, nisba_country, skip_space
from .particles import compound_particle_at
from .derived_verbal_nouns import definite_object_after_name, verbal_noun_after_name
from .ala import after_verb_without_ala, ala_as_written, ala_before_that, preposition_spelled_as_name
from .name_words import (transcribed_word_like_clitic_article, rare_family_name_after_given, before_son_of, definite_given_name_opens, theophoric_family_name, east_asian_given_syllable, east_asian_name_opens, middle_name_in_yeh, clitic_shaped_family_name, conjoined_speech_verb, conjunction_on_ordinary_word, cue_word, definite_word_after_foreign_name, family_name_at_boundary,
                         family_name_before_amma_answer,
                         family_name_with_waw, foreign_name_in_yeh, given_name_word, indefinite_nisba_family_name,
                         kin_with_pronoun, nationality_family_name, nearly_always_outside_names, no_name_word,
                         ordinary_word_with_pronoun, particle_before_a_name, said_to_a_correspondent, seen_or_listed_name, seen_whole_in_names,
                         title_word_inside_name, unseen_given_name, word_before_family_particle)
# the word tests other finders import from here, as they did before name_words was split off
from .name_words import (DUAL_ENDINGS, IMPERFECT_PREFIXES, SON_OF, dual_of_common,  # noqa: F401
                         possessed_noun_after)


# endings of words transcribed from another language that no Arabic word has ("-ng": "تشانغ", "يونغ")
TRANSLITERATED_ENDINGS = ("نغ",)


def name_end(doc: Doc, start_name: int, known_until: int | None = None) -> int:
    """End of a person's name of up to four words starting at start_name, after a title or another
    word that introduces one; name particles do not count ("حمد بن جاسم آل ثاني"). The tokens before
    known_until are a name known already (a given name of several words: "صلاح الدين"). Kept per Doc: the
    finders and the speaker search ask it again at the same words (a third of the calls), and it reads the
    Doc and the tables alone."""
    memo = doc.user_data.get("kg_name_end")
    if memo is None:
        memo = doc.user_data["kg_name_end"] = {}
    key = (start_name, known_until)
    end = memo.get(key)
    if end is None:
        end = memo[key] = _name_end(doc, start_name, known_until)
    return end


def _name_end(doc: Doc, start_name: int, known_until: int | None) -> int:
    k = start_name
    toks = tokens_of(doc)
    texts = toks.texts   # (the particles so far counted off the texts: doc[a:b] builds a Token per word)
    # (the particles are counted only from a name's fourth token on: fewer tokens hold fewer than four words)
    while k < len(doc) and (k < start_name + 4 or words_in_name(doc, start_name, k) < 4):
        text = texts[k]   # (the text and flags off the lists: each doc[k] builds a new Token, each t.text a new string)
        if known_until is not None and k < known_until:
            k += 1
            continue
        if toks.spaces[k] and "\n" not in text:
            k += 1
            continue
        prev = texts[k - 1] if k > start_name else ""
        # (the word's normalised text, and whether a name particle stands before it, read once: the tests below ask
        # them again and again)
        norm, after_link = normalize(text), is_name_link(prev)
        if k >= start_name + 2 and words_in_name(doc, start_name, k) >= 2 and not after_link \
                and object_of_the_verb_before(doc, start_name, k):
            break  # "حث الوزير فلان علان طوكيو على": the verb's object before the preposition it takes next
        if k > start_name and ala_as_written(doc, k):
            break  # "كتب اللاعب فلان على حسابه": على with its ى in a text that dots ي, the preposition, never علي
        if k > start_name and (family := compound_particle_at(doc, k)) is not None:
            k = family + 1   # "جان دو لا روش": a two-word particle and the family name after it
            continue
        if k > start_name + 1 and norm in REGNAL_ORDINALS \
                and normalize(texts[k - 1]) in REGNAL_ORDINALS:
            k += 1   # "بنديكت السادس عشر": the tens of a regnal number go with its units
            continue
        if k == start_name and definite_given_name_opens(doc, k):
            k = skip_space(doc, k + 1) + 1   # "رئيس الحكومة الحبيب فلان": a given name with the article and the family name
            continue
        if k == start_name and east_asian_name_opens(doc, k):
            k += 2   # "الرئيسة بارك مين": a family name that reads as a verb, and a syllable of the given name
            continue
        if k > start_name and not after_link and theophoric_family_name(doc, k):
            k = skip_space(doc, k + 1) + 1   # "سامي جاب الله": a family name of a word and الله closes the name
            break
        if k == start_name + 1 and middle_name_in_yeh(doc, start_name, k):
            k += 1   # "الوزير جوزيف أولي فلان": a foreign middle name in ي, no possessive "my"
            continue
        if k == start_name + 2 and east_asian_given_syllable(doc, start_name, k):
            k += 1   # "الرئيسة بارك مين هي": the given name's last syllable, though it reads as a pronoun or و + a word
            continue
        # a later token starting with و is a conjunction ("بوتين ونظيره"), not a name part; but a
        # foreign family name may begin with و ("بوب وودورد", "جيف وليامز") right after a first name
        # (nor is "ولد" of a Mauritanian name, "son of", before a name: "محمد ولد فلان")
        if k > start_name and text.startswith("و") and not after_link \
                and not family_name_with_waw(doc, start_name, k) and not particle_before_a_name(doc, k):
            break
        if k > start_name and not after_link and verbal_noun_after_name(doc, k):
            break  # "رفض الرئيس فلان علان إلغاء القرار", "أعلن فلان تنحيه": a derived verbal noun, the verb's object
        if k > start_name and not after_link and definite_object_after_name(doc, k):
            break  # "وتلا الأمين العام فلان علان المراسيم": a broken plural or a verbal noun فعاء, the verb's object
        if k > start_name and clitic_shaped_family_name(doc, start_name, k):
            k += 1   # "فلانة بالسيرا إن": a transcribed family name read as بـ + a word, closing the name
            break
        if k > start_name and _predicate_after_name(doc, k, after_link):
            break  # "جاك فلان شذ عن القاعدة", "أعلن فلان علان الحداد الرسمي": the clause goes on after the name
        if kin_with_pronoun(text):
            break  # "فلان ابن أخيه", "فلان بن عمه": kinship to someone named before, the particle is dropped below
            # (and a kin noun with a pronoun opens no name: "جدتي تقول")
        # "فلان سلفه": a word with a possessive suffix after the name is not part of it
        if k > start_name and ends_in_pronoun(text) \
                and len(text) >= 4 and not after_link and not foreign_name_in_yeh(text) \
                and not _listed_name_in_ha(text) and not _nh_syllable_beside_ng(doc, start_name, k) \
                and not _waw_family_name_in_ha(doc, start_name, k):
            break
        # "ببرقية", "دعمهما", "هوغو سانشيز تكريما": a form or, after the first word, a shape no name takes
        # ("بن لقمان", "ولد لبات": after a particle a word of four letters is the father's name, no بـ or لـ on
        # a noun of three)
        # (a transliterated ending no Arabic word has, -ng written نغ, is a name word whatever its shape:
        # "لي تشانغ", read like a verbal noun تفاعل)
        if k > start_name and word_before_family_particle(doc, k):
            k += 1   # "جيرار آلان دي فلان": a middle name before دي, though it folds onto a function word
            continue
        # (a French family name in يه, "آلان جوبيه", is a name word whatever shape it folds onto)
        # (nor a second word shaped like a verbal noun where the name closes: "كامران تحسين قد", "فلان انتصار،")
        if no_name_word(text, first=k == start_name) and not norm.endswith(TRANSLITERATED_ENDINGS) \
                and not (k > start_name and after_link and len(norm) == 4) \
                and not (k > start_name and name_like_at(doc, k - 1) and foreign_name_in_yeh(text)) \
                and not (k == start_name + 1 and (not is_non_name_form(text) or family_name_before_amma_answer(doc, k))
                         and family_name_at_boundary(doc, k)):
            break
        if k == start_name + 1 and nationality_family_name(doc, k):
            k += 1  # "الوزير هاني المصري"
            break
        if k > start_name and _closes_the_name_before(doc, start_name, k, after_link):
            break  # "سامي فلان المكلف بالملف", "وقال سامي الحداد لميدياتيك إن": what follows the name opens
        if preposition_spelled_as_name(doc, k):
            break  # "الرئيس علي الشعب", "فلان علي سبيل المثال" in a text that writes إلي for إلى: the preposition على
        if k == start_name and _opens_no_name(doc, k):
            break  # "وسعيه", "الذي سلمه", "والتعاون الدولي": a word that opens no name after a title
        # "آل ثاني", "بن سلمان": a word after a name particle is a name, even an ordinary word
        # (a function word only through a proclitic it would carry, "فليس" as ف + ليس, is read whole there)
        # (after a Berber clan particle, any word but a conjoined one: "آيت بها")
        linked = k > start_name and after_link and toks.arabic[k] and len(norm) >= 2 \
            and (not is_function_text(text) or (norm not in function_words() and not text.startswith("و"))
                 or (normalize(prev) in CLAN_LINKS and not text.startswith("و")))
        if k >= start_name + 2 and not linked and nearly_always_outside_names(norm) \
                and norm not in KUNYA and norm not in lexicon.person_names().given \
                and not (text.startswith("ال") and byname_after_kunya_or_descent(doc, k, norm)):
            break  # "نجيب محفوظ ترك أثره": after two name words, a word nearly always seen outside names is the verb
        # the word is the name's when one of the readings below holds; each reading is asked only when those
        # before it failed (most name words are name-like, and the tests after it are the costly ones)
        # family names may carry the article (زيد العلي، عبد الكريم الحسني), first names do not
        if (not text.startswith("ال") or k > start_name) and (
                name_like_at(doc, k)
                # an indefinite nationality word before a name is a name ("تركي الحربي")
                or (not text.startswith("ال") and nisba_country(doc, k) is not None
                    and k + 1 < len(doc) and name_like_at(doc, skip_space(doc, k + 1)))
                # "راضي الشمري": a given name that is an ordinary word, before a family name
                or (k == start_name and (_ordinary_given_name(doc, k) or unseen_given_name(doc, k)
                                         or before_son_of(doc, k) or given_name_spelled_as_a_word(doc, k)))
                or linked
                # "... تشي لام": a later word that, read whole, ANERcorp saw inside names, though a clitic reading
                # (لـ + أم) makes it a function word
                or (k > start_name and (seen_whole_in_names(doc[k]) or _foreign_word_like_a_clitic(doc, start_name, k)))
                # "فلان ويا": a family name in و that reads as و and a particle, right after the given name
                or (k > start_name and text.startswith("و") and family_name_with_waw(doc, start_name, k))
                # "محمد الأمين ولد فلان": a definite word before a particle of descent ends the person's own name
                or (k > start_name and text.startswith("ال") and _before_descent_and_a_name(doc, k))
                # "أبو فلان العسكري", "ولد محمد الأمين": a byname or a father's compound name after a particle
                or (k > start_name and text.startswith("ال") and byname_after_kunya_or_descent(doc, k, normalize(text)))
                # "نور الدين فالنتان": a transcribed family name that reads as فـ or كـ on the article
                or (k > start_name and transcribed_word_like_clitic_article(text))
                or (k == start_name + 1 and title_word_inside_name(doc, start_name, k))
                or (k > start_name and not after_link and _middle_name_read_as_clitic(doc, k))):
            k += 1
        elif is_name_link(text) and k + 1 < len(doc):
            k += 1
        else:
            if k == start_name + 1 and (family_name_at_boundary(doc, k) or indefinite_nisba_family_name(doc, k)
                                        or (rare_family_name_after_given(doc, start_name, k)
                                            and not feminine_perfect_of_a_seen_verb(norm))):
                k += 1  # "وزير الدولة سامي كريم، ...": a family name that is also an ordinary word
            break
    if start_name < k < len(doc) and words_in_name(doc, start_name, k) < 4 and family_name_before_that(doc, k) \
            and not object_of_the_verb_before(doc, start_name, k):
        k += 1   # "قالت الوزيرة ماريا باين إن": the name's last word, right before what was said opens
        # (not the verb's object before the preposition it takes: "ووصف الوزير فلان علان بأنه", "بأنه" no إن)
    while k > start_name and (toks.spaces[k - 1] or is_name_link(texts[k - 1])):
        k -= 1
    if k == start_name + 1 and no_name_word(texts[start_name], first=False):
        return start_name  # "الوزير تكريما": a verbal noun alone is no name
    if k == start_name + 1 and form_iv_masdar_before_its_noun(doc, start_name):
        return start_name  # "أعلن الرئيس إعفاء وزير ...": the verbal noun governs the title, no name
    return k


# (the tests below are the ones name_end asks of a word after the name's first, or of the first alone, in the order
# it asks them: grouped so that one test of the word's place spares the others)


def _predicate_after_name(doc: Doc, k: int, after_link: bool) -> bool:
    """Token k, after a name word, goes on with the clause the name is the subject of: a verb, the verb's object
    and its adjective, a verbal noun with its noun, a participle of manner. After a name particle only the
    definite noun with its adjective counts (the rest may be the father's name)."""
    return ((not after_link and verb_after_name(doc, k))   # "جاك فلان شذ عن القاعدة", "فلان سيغيب"
            or definite_noun_with_its_adjective(doc, k)   # "أعلن فلان علان الحداد الرسمي": the object, its adjective
            or (not after_link and form_ii_masdar_before_its_noun(doc, k))   # "طلب من فلان تأجيل استقالته"
            # "غردت فلانة علان مهنئة ...": how the named person spoke, no family name
            or (not after_link and circumstantial_participle_of_a_cue(tokens_of(doc).texts[k])))


def _closes_the_name_before(doc: Doc, start_name: int, k: int, after_link: bool) -> bool:
    """Token k, after a name word, opens what follows the name: a known place or body or a common definite word
    (ends_name), the verb's object, whom it was said to, a preposition with its noun, a participle or a title
    in apposition."""
    return (ends_name(doc, k)
            # "اتهم الوزير جيرالد فلان الخلية بأنها": the verb's object after the name
            or (k >= start_name + 2 and tokens_of(doc).texts[k].startswith("ال")
                and definite_word_after_foreign_name(doc, start_name, k))
            or noun_after_patronymic(doc, k)   # "بعث الملك فلان بن عبد الرحيم رسالة": the verb's object
            or addressee_after_family_name(doc, k)   # "وقال سامي الحداد لميدياتيك إن": whom it was said to
            or _preposition_before_its_noun(doc, k)   # "الرئيس فلان فور وصوله" ("فور غناسينغبي" is a name)
            or _participle_in_apposition(doc, k)   # "سامي فلان المكلف بالملف", "فلان فلان المولود في"
            # "سامي حسن أمين عام الحزب": a title of two words or more in apposition, not a name word
            or (bool(title := match_title(doc, k)) and title[0] - k >= 2 and not after_link))


def _opens_no_name(doc: Doc, k: int) -> bool:
    """Token k, the first word after a title, opens no name: what follows the title is a clause or a list."""
    toks = tokens_of(doc)
    text = toks.texts[k]
    # "وبحسب المسؤول فان الجولة": فإن written without its hamza before its subject, not "van"
    return ((normalize(text) in RESUMING_FA_INNA and (q := skip_space(doc, k + 1)) < len(doc)
             and toks.texts[q].startswith("ال"))
            or (text.startswith("و") and ends_in_pronoun(text))   # "وسعيه": a conjoined noun with a possessive
            or said_to_a_correspondent(text)   # "وقال مسؤول في الوزارة لوكالتنا": whom the unnamed holder spoke to
            or noun_before_its_adjective(doc, k)   # "أعلن رئيس الوزراء حزمة اقتصادية": the verb's object
            # "القائد السابق للشرطة الذي أشرف على": a relative pronoun opens its clause's verb, no name
            or ((p := prev_word(doc, k)) is not None and normalize(toks.texts[p]) in RELATIVES)
            or ordinary_word_with_pronoun(text)   # "الذي سلمه": an ordinary word or verb with a pronoun suffix
            # "وزير الخارجية والتعاون الدولي", "رئيس الوزراء ودولة السيد": the title goes on or a list does
            or conjunction_on_ordinary_word(text))


OBJECT_THEN_PREPOSITION = lexicon.function_words().object_then_preposition
# how far before the name the verb whose subject it is may stand (a title of a few words between them)
VERB_BEFORE_NAME_WORDS = 8
SENTENCE_BREAKS = frozenset({".", "،", ",", "؛", ":", "«", "»", '"'})


def object_of_the_verb_before(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, after two words of a name, stands right before the preposition that a verb a few words before the
    name takes after its object (function_words.tsv object_then_preposition: "حث X على", "وصف X بأنه", "اتهم X
    بـ"): "وحث المتحدث فلان علان طوكيو على": the word is the verb's object, the name closed before it."""
    # (read off the per-Doc token lists: each doc[k] builds a Token, and this is asked at most words of most names)
    toks = tokens_of(doc)
    texts = toks.texts
    nxt = skip_space(doc, k + 1)
    if nxt >= len(texts) or not toks.arabic[k] or not toks.arabic[nxt]:
        return False
    after = normalize(texts[nxt])
    if not _governed_after_an_object(after):
        return False   # (most words after a name are none of the prepositions: the walk back to the verb is spared)
    cues = lexicon.cues()
    p: int | None = start_name
    for _ in range(VERB_BEFORE_NAME_WORDS):
        p = prev_word(doc, p)
        if p is None or texts[p] in SENTENCE_BREAKS or "\n" in texts[p]:
            return False
        norm = normalize(texts[p])
        cue = cues.get(norm) or (cues.get(norm[1:]) if norm[:1] in ("و", "ف") else None)
        if cue is None or cue.kind != "verb":
            continue
        if not _opens_its_clause(doc, p):
            return False   # "وكان فلان قد اتهم حكومة رئيس الوزراء علان بـ": the verb's subject went before it
        lemma = normalize(cue.lemma)
        return any(pair.startswith(lemma + " ") and _governed_word(pair[len(lemma) + 1:], after)
                   for pair in OBJECT_THEN_PREPOSITION)
    return False


def _opens_its_clause(doc: Doc, p: int) -> bool:
    """The verb at p opens its clause (و or ف on it, or punctuation or the text's start before it): a verb-first
    clause, whose subject comes after it."""
    toks = tokens_of(doc)
    if toks.texts[p].startswith(("و", "ف")):
        return True
    q = prev_word(doc, p)
    return q is None or toks.texts[q] in SENTENCE_BREAKS or toks.punct[q]


# what the verbs of object_then_preposition take after their object (the part of each pair after a space)
GOVERNED_AFTER_OBJECTS = frozenset(pair[at + 1:] for pair in OBJECT_THEN_PREPOSITION
                                   for at, letter in enumerate(pair) if letter == " ")


@lru_cache(maxsize=65536)
def _governed_after_an_object(word: str) -> bool:
    """Is `word` what one of the verbs of object_then_preposition takes after its object (_governed_word of one)?"""
    return any(_governed_word(governing, word) for governing in GOVERNED_AFTER_OBJECTS)


def _governed_word(governing: str, word: str) -> bool:
    """Is `word` the preposition (or noun) `governing`, or, for "ب", a word with بـ glued on ("بأنه", "بإصدار")?"""
    return word == governing or (governing == "ب" and word.startswith("ب") and len(word) > 2)


NH_ENDING = "نه"   # a final -nh as the press writes it: "مينه", "ثانه"
NH_SYLLABLE_LETTERS = 4


def _nh_syllable_beside_ng(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, a short word in نه (a Vietnamese syllable in -nh, "مينه", "دينه") that reads as a word with
    the pronoun ه, right after a word of the name or before a word that ends in -ng (نغ), which no Arabic
    word does: the names are of the same language, so the word is a syllable of the name too."""
    texts = tokens_of(doc).texts   # (read off the Doc's token lists: each doc[k] builds a Token)
    if not texts[k].endswith(NH_ENDING) or len(texts[k]) > NH_SYLLABLE_LETTERS:
        return False
    p, nxt = prev_word(doc, k), skip_space(doc, k + 1)
    beside = ([p] if p is not None and p >= start_name else []) + ([nxt] if nxt < len(doc) else [])
    return any(normalize(texts[q]).endswith(TRANSLITERATED_ENDINGS) for q in beside)


def _listed_name_in_ha(text: str) -> bool:
    """"عبده": a name word of the tables that reads as a noun with the possessive ه ("his servant"); in a
    name it is the name."""
    norm = normalize(text)
    return norm in lexicon.family_names() or norm in lexicon.given_names()


def _waw_family_name_in_ha(doc: Doc, start_name: int, k: int) -> bool:
    """Token k is a transcribed family name that begins with و right after the given name and ends in ـه
    ("سامي وانديرينه"): the family_name_with_waw test found no و and word in it, so its final ه is the
    name's last letter, no possessive pronoun."""
    return tokens_of(doc).texts[k].startswith("و") and family_name_with_waw(doc, start_name, k)


def words_in_name(doc: Doc, start_name: int, k: int) -> int:
    """Name words from start_name up to k, name particles not counted."""
    texts = tokens_of(doc).texts   # (doc[a:b] builds a Token per word)
    return k - start_name - sum(is_name_link(text) for text in texts[start_name:k])


def family_name_before_that(doc: Doc, k: int) -> bool:
    """Token k, after a name word, right before a complementizer ("إن", "أنه"): what was said opens after it,
    so it closes the name, though it reads as a clitic on a word ("باين" as بـ + أين), a possessive ("بلاها")
    or an ordinary word seldom seen ("كونيه"). Not a function, time or frequent word ("أيضا", "أمس",
    "مجددا"), a cue or title, a word opening with و, ف or لـ (a verb or whom it was said to), a
    preposition on a definite noun or a place or body."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text, nxt = toks.texts[k], skip_space(doc, k + 1)
    # (the word's own text first, kept per word: whom it was said to and the words around are looked for after)
    if nxt >= len(doc) or not toks.arabic[k] or not _may_close_before_that(text):
        return False
    from .name_spans import addressee_before_what_was_said   # (name_spans reads this module: imported here)
    # "قال فلان باين لقناة «الفستان» إن": whom it was said to stands between the name and what was said
    # (and no verb with ف on it comes before an addressee: "فيسال" there is a name)
    to_addressee = normalize(toks.texts[nxt]) not in COMPLEMENTIZERS and addressee_before_what_was_said(doc, nxt)
    if normalize(toks.texts[nxt]) not in COMPLEMENTIZERS and not to_addressee:
        return False
    if not name_like_at(doc, k - 1) or is_name_link(toks.texts[k - 1]):
        return False
    if text.startswith("ف") and not to_addressee:
        return False   # "فلان فيرى أن": the verb after its subject
    return known_entity_at(doc, k, ("Place", "Organization")) is None


@lru_cache(maxsize=131072)
def _may_close_before_that(text: str) -> bool:
    """The text-only tests of family_name_before_that: three letters at least, no function, frequent, time, cue or
    title word, no article, و or لـ, and no preposition on the article of an ordinary noun."""
    norm = normalize(text)
    if len(norm) < 3 or norm in function_words() or norm in mostly_common_words() or is_time_text(text) \
            or norm in lexicon.cues() or norm in lexicon.titles() or text.startswith(("ال", "و", "ل")):
        return False   # "فلان للصحفيين إن": whom it was said to
    readings = [normalize(stem) for _, stem in clitic_variants(text)]   # (words.stems of the text, no Token built)
    # "للصحفيين": a preposition and the article on an ordinary noun
    return not any(stem.startswith("ال") and strip_article(stem) in common_words() for stem in readings[1:])


def _foreign_word_like_a_clitic(doc: Doc, start_name: int, k: int) -> bool:
    """Token k, after a name word, reads as a proclitic on a stem only ("ليرا" as لـ + "يرا", "لايا" as
    لـ + "أيا"), but read whole is no word of news text, no function word and no hamza shows the clitic:
    a foreign family name ("آرثر ليرا"), not a preposition governing what follows the name ("كقائد")."""
    # (off the Doc's token lists, the word's Token built last: each doc[k] builds one)
    text, prev = tokens_of(doc).texts[k], tokens_of(doc).texts[k - 1]
    return k > start_name and not is_name_link(prev) and name_like_at(doc, k - 1) \
        and not text.startswith(("و", "ال")) and not any(h in text for h in "أإآ") \
        and len(normalize(text)) >= 4 and not is_function_text(text) and is_name_like_whole(doc[k]) \
        and not any(_content_word(normalize(stem)) for _, stem in clitic_variants(text)[1:])   # "كقائد": "as leader"


def _content_word(norm: str) -> bool:
    """A stem that is a noun, verb or title of news text, not a function word: "قائد", "رحيل". Short
    stems of three letters count only when mostly seen outside names: ANERcorp's untagged short words
    ("يرا", "ايا") are often syllables of foreign names."""
    return norm not in function_words() and (norm in mostly_common_words() or norm in lexicon.titles()
                                             or (len(norm) >= 4 and norm in common_words()))


# إفعاء, the verbal noun of form IV of a root whose last letter is weak ("إلغاء", "إنهاء", "إعفاء"),
# normalised: ا, a root letter that is no weak letter, a root letter, then اء
_FORM_IV_WEAK_MASDAR = re.compile("ا[^اوي ][^ا ]اء")


def _middle_name_read_as_clitic(doc: Doc, k: int) -> bool:
    """Token k, a word that is a function word only through a proclitic reading ("فكي" as ف + كي), standing
    before a listed given name: a middle name ("فلان فكي محمد"), no conjunction and particle; a word the
    table lists whole, or one with و, stays a function word."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    nxt = skip_space(doc, k + 1)
    return toks.arabic[k] and is_function_text(text) and normalize(text) not in function_words() \
        and not text.startswith(("و", "ال")) and len(normalize(text)) >= 3 \
        and nxt < len(doc) and normalize(toks.texts[nxt]) in lexicon.given_names()


def form_iv_masdar_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k, a lone word after a title, is a verbal noun of shape إفعاء with its object after it: a
    title ("الرئيس إعفاء وزير المالية", "أعلن إعفاء وزير") or a definite noun ("الحكومة إلغاء القرار"). No name word the
    tables or ANERcorp know; a given name of that shape ("إسراء") is followed by a family name or a verb."""
    norm = normalize(tokens_of(doc).texts[k])
    if norm.startswith("و") and len(norm) == 6:
        norm = norm[1:]  # "وإعفاء رئيس الحكومة": the conjunction on the verbal noun of a list of measures
    if _FORM_IV_WEAK_MASDAR.fullmatch(norm) is None or is_known_name_word(norm) \
            or norm in lexicon.person_names().given:
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and (tokens_of(doc).texts[nxt].startswith("ال") or match_title(doc, nxt) is not None)


_FORM_II_MASDAR = re.compile(r"ت..ي.")   # تفعيل: "تأجيل", "تمديد", "تسليم" (normalised)


def form_ii_masdar_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k, after a name word, is an indefinite verbal noun of shape تفعيل with its noun in construct after
    it, definite or with a pronoun ("طلب من فلان تأجيل استقالته", "فلان تمديد المهلة"): the verb's object, no
    family name. No name word the tables or ANERcorp know ("تغريد" is a given name)."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    norm = normalize(toks.texts[k])
    if _FORM_II_MASDAR.fullmatch(norm) is None or seen_or_listed_name(norm) or norm in lexicon.given_names():
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and toks.arabic[nxt] \
        and (toks.texts[nxt].startswith("ال") or ends_in_pronoun(toks.texts[nxt]))


NISBA_ENDINGS = ("ي", "يه")   # "الرسمي", "الرسمية" (normalised ة)


def _nisba_of_an_ordinary_noun(doc: Doc, q: int) -> bool:
    """Token q is a definite nisba adjective of an ordinary noun ("الرسمي" of رسم, "الوطنية" of وطن), no
    nationality or country's and no name word the tables or ANERcorp know."""
    norm = normalize(tokens_of(doc).texts[q])
    if not norm.startswith("ال") or not norm.endswith(NISBA_ENDINGS) or seen_or_listed_name(norm) \
            or nisba_country(doc, q) is not None:
        return False
    stem = strip_article(norm).removesuffix("ه").removesuffix("ي")
    common = mostly_common_words()
    return len(stem) >= 3 and any(w in common for w in (stem, stem + "ه", "ال" + stem, "ال" + stem + "ه"))


def definite_noun_with_its_adjective(doc: Doc, k: int) -> bool:
    """Token k, a definite word after an indefinite name word, followed by a definite nisba adjective of an
    ordinary noun agreeing with it ("أعلن الرئيس فلان علان الحداد الرسمي"): a noun phrase, the verb's object,
    no family name; a definite family name takes no such adjective. No nisba itself, no name word known."""
    texts = tokens_of(doc).texts   # (read off the kept list: asked at many name words, doc[k] builds a Token)
    norm = normalize(texts[k])
    if not texts[k].startswith("ال") or norm.endswith("ي") or seen_or_listed_name(norm):
        return False   # (the word's own text first: most words fail on it, before the word before is looked for)
    p = prev_word(doc, k)
    if p is None or texts[p].startswith("ال") or is_name_link(texts[p]):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and _nisba_of_an_ordinary_noun(doc, nxt)


PREPOSITIONS_ON_THE_ARTICLE = ("بال", "كال", "لل")   # بـ, كـ, لـ written on ال: "بالترشح", "للرئاسة"


def preposition_on_a_definite_word(text: str) -> bool:
    """A word with a one-letter preposition on the article ("بالترشح", "للرئاسة") after a name: the
    complement of the clause's verb or noun; names carry no article behind a preposition. Names that begin
    so ("بالقاسم") are kept when the tables or ANERcorp know the word or its stem, or the stem is no ordinary word."""
    norm = normalize(text)
    if not text.startswith(PREPOSITIONS_ON_THE_ARTICLE) or len(norm) < 5:
        return False
    stem = norm[1:]
    seen, outside = word_counts().get(stem, (0, 0))
    # (the definite word ANERcorp saw, and only outside names, or an ordinary word: "بالالو" is a family name)
    ordinary = (seen > 0 and outside == seen) or stem in mostly_common_words()
    return ordinary and not seen_or_listed_name(norm) and not seen_or_listed_name(stem) \
        and norm not in lexicon.given_names() and stem not in lexicon.given_names()


VERB_PREPOSITIONS = lexicon.function_words().verb_preposition
RELATIVES = lexicon.function_words().relative   # "الذي", "التي": what follows opens a clause
FUTURE_PREFIXES = ("سي", "ست", "سن")   # سـ on an imperfect verb: "سيغيب" (he will be absent); not سأ, as سا opens many names
# no verb of one subject in the future ends in ا ("سيعود", "سيبقى"): "سيلفا", "سينا" are family names
NO_FUTURE_ENDING = "ا"


def verb_after_name(doc: Doc, k: int) -> bool:
    """Token k, after a name word, is a verb with its subject before it: a word ANERcorp's annotators saw
    only outside names and no table lists as a name, either in the future (سـ on an imperfect, also when only
    the imperfect is a word of news) or before the preposition its object takes ("شذ عن")."""
    toks = tokens_of(doc)   # (the words off the per-Doc lists: this is asked at each word a name may take)
    text, texts = toks.texts[k], toks.texts
    norm = normalize(text)
    if not toks.arabic[k] or len(norm) < 2 or seen_or_listed_name(norm):
        return False
    if conjoined_speech_verb(norm):
        return True   # "أما فلان فنفى ذلك": the speech verb of the name's clause, with its ف or و
    if text.startswith("و"):
        return False
    seen, outside = word_counts().get(norm, (0, 0))
    only_outside = seen > 0 and outside == seen
    if not text.startswith("ال") and norm.startswith(FUTURE_PREFIXES) and len(norm) >= 4 \
            and not norm.endswith(NO_FUTURE_ENDING) and (only_outside or norm[1:] in mostly_common_words()):
        return True
    # (a definite participle so too: "فلان الحائز على الجائزة", "فلان العائد من")
    nxt = skip_space(doc, k + 1)
    if only_outside and nxt < len(texts) and normalize(texts[nxt]) in VERB_PREPOSITIONS:
        return True
    if (seen == 0 or only_outside) and nxt < len(texts) and normalize(texts[nxt]) in VERB_PREPOSITIONS \
            and feminine_perfect_of_a_seen_verb(norm):
        return True   # "فلانة استفادت من": the perfect with the feminine ت, before its preposition
    # "فلان يجمد البرلمان" (a headline): an imperfect of the third person, of three root letters or of a derived
    # form, that ANERcorp saw only outside names or never, before a definite word, its object
    return norm.startswith(IMPERFECT_OF_THIRD_PERSON) and (len(norm) == 4 or is_inflected_common(norm)) \
        and (seen == 0 or only_outside) and nxt < len(texts) and texts[nxt].startswith("ال") \
        and known_entity_at(doc, k, ("Person", "Place", "Organization")) is None


ACCUSATIVE_ALIF = "ا"   # the indefinite accusative of a masculine participle: مشيدا


@cache
def _cue_participles() -> frozenset[str]:
    """The participles of manner of the speech verbs (cues.tsv forms in مـ ... ـا, and function_words.tsv
    manner_participle), with each one's feminine in ة: "مشيدا", "مشيدة"."""
    masculine = {f for f in lexicon.cues() if f.startswith("م") and f.endswith(ACCUSATIVE_ALIF) and len(f) >= 4}
    masculine |= {f for f in lexicon.function_words().manner_participle if f.endswith(ACCUSATIVE_ALIF)}
    return frozenset(masculine | {f[:-1] + FEMININE_ENDING for f in masculine}
                     | set(lexicon.function_words().manner_participle))


@lru_cache(maxsize=131072)   # (of the text alone, asked at each word after a name's first)
def circumstantial_participle_of_a_cue(text: str) -> bool:
    """A word after a name that is a speech verb's participle of manner in the accusative, masculine or
    feminine ("مهنئا", "مهنئة", "مؤكدا"): the ḥāl of the name's clause, which no name word takes;
    a name ANERcorp saw or a listed one is kept."""
    norm = normalize(text)
    return norm in _cue_participles() and not seen_or_listed_name(norm)


FEMININE_PERFECT = "ت"   # "استفادت", "انسحبت": the perfect of a feminine subject


def feminine_perfect_of_a_seen_verb(norm: str) -> bool:
    """A normalised word of four letters or more ending in the feminine perfect's ت whose stem without
    it ANERcorp saw only outside names ("استفاد"), and no listed name (names in ت, "حكمت", are listed
    or seen inside names)."""
    if not norm.endswith(FEMININE_PERFECT) or len(norm) < 4 or seen_or_listed_name(norm):
        return False
    seen, outside = word_counts().get(norm[:-1], (0, 0))
    return seen > 0 and outside == seen and not seen_or_listed_name(norm[:-1])


NAME_LIKE_PREPOSITIONS = lexicon.function_words().name_like_preposition


def _preposition_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k is a preposition that is also a name word (function_words.tsv name_like_preposition) and the
    word after it is a noun it governs: one with a pronoun on it, a definite or an ordinary word."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if normalize(toks.texts[k]) not in NAME_LIKE_PREPOSITIONS:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or not toks.arabic[nxt]:
        return False
    text, norm = toks.texts[nxt], normalize(toks.texts[nxt])
    return ends_in_pronoun(text) or text.startswith("ال") or norm in mostly_common_words() \
        or has_non_name_shape(norm) or not name_like_at(doc, nxt)


def _participle_in_apposition(doc: Doc, k: int) -> bool:
    """Token k is a definite participle (الم + stem, or the active participle of a verb of three letters, ال +
    فاعل; no nisba, no name ANERcorp saw, no family name of the table) with its preposition right after it, separate ("المولود في") or on a definite noun ("المكلف
    بالملف"): it describes the name before it."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    norm = normalize(text)
    if not (text.startswith("الم") and len(norm) >= 6 or _definite_active_participle(norm)) or norm.endswith("ي") \
            or is_known_name_word(norm) or norm in lexicon.person_names().family:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc):
        return False
    after = toks.texts[nxt]
    return normalize(after) in lexicon.function_words().preposition or after.startswith(("بال", "لل"))


FORM_I_PARTICIPLE_LONG_VOWEL = "ا"   # the ا after the first root letter: خاضع, حائز (فاعل)
FEMININE_ENDING = normalize("ة")


def _definite_active_participle(norm: str) -> bool:
    """A normalised definite word shaped as the active participle of a verb of three letters, masculine or
    feminine ("الخاضع", "الحاصلة": ال + فاعل), whose bare form no name list holds and ANERcorp saw in no name
    ("الناصر", "الصالح" are kept: names on the same shape)."""
    if not norm.startswith("ال"):
        return False
    bare = strip_article(norm)
    masculine = bare[:-1] if bare.endswith(FEMININE_ENDING) else bare   # (normalize writes ة as ه)
    return len(masculine) == 4 and masculine[1] == FORM_I_PARTICIPLE_LONG_VOWEL \
        and not any(seen_or_listed_name(w) or w in lexicon.given_names() or w in lexicon.family_names()
                    for w in (bare, masculine))


def addressee_after_family_name(doc: Doc, k: int) -> bool:
    """Token k, a word with the preposition لـ (not on the article) right after a definite family name: whom
    the person spoke to or wrote for ("قال فلان الحداد لصحيفة ...", "لميدياتيك"), no further word of the name:
    an Arabic name closes with its definite family name. A name ANERcorp saw or a listed given name is kept."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    if not text.startswith("ل") or text.startswith("لل"):
        return False   # (the word's own text first: most words fail on it, before the word before is looked for)
    p = prev_word(doc, k)
    if p is None or not toks.texts[p].startswith("ال"):
        return False
    norm = normalize(text)
    return len(norm) >= 4 and not is_known_name_word(norm) and norm not in lexicon.given_names() \
        and norm not in lexicon.person_names().family


def outlet_said_to(doc: Doc, i: int) -> bool:
    """Token i, one word with the preposition لـ right before what was said (a complementizer, a colon),
    after a definite name, a comma or a word of news text:
    "وقال فلان الفلاني لفستان إن", "في تصريح لفستان أن", "فلان، وهو طالب، لفستان:": whom it was said to, which in
    news is the outlet that reports it; a person so addressed is named by a title or a name of the tables
    ("لنظيره", "لماكرون"), a state by its name ("لمصر"), so a stem no table knows (as a name, a person's
    name word or an entity) and no word of news text is the outlet's name, its clitic off."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[i]
    if not text.startswith("ل") or text.startswith("لل"):
        return False   # (most words: no stem is cut off them)
    stem = normalize(text[1:])
    if len(stem) < 4:
        return False
    nxt = skip_space(doc, i + 1)
    if nxt >= len(doc) or not (normalize(toks.texts[nxt]) in COMPLEMENTIZERS or toks.texts[nxt] == ":"):
        return False
    if _given_name_before(doc, i):
        return False  # "بيرتا لوندكفيست أن": a family name in ل after a given name alone
    return stem not in lexicon.known_entities() and stem not in common_words() and not is_known_name_word(stem) \
        and stem not in lexicon.given_names() and stem not in lexicon.family_names() \
        and normalize(text) not in lexicon.given_names() and not is_known_name_word(normalize(text))


def _given_name_before(doc: Doc, i: int) -> bool:
    """The word before token i may be a given name whose family name token i is: a name-like word with no
    article, no punctuation, no word of news text ("الإدريسي لفستان", "، لفستان", "تصريح لفستان" are not)."""
    texts = tokens_of(doc).texts   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    return p is not None and name_like_at(doc, p) and not texts[p].startswith("ال") \
        and normalize(texts[p]) not in common_words()


NISBA_FEMININE = "ية"
NISBA_LETTERS = 5   # "اقتصادية", "سياسية": a stem of three letters at least before ية


def noun_before_its_adjective(doc: Doc, k: int) -> bool:
    """"حزمة اقتصادية", "مبادرة سياسية": token k, an indefinite word in ة, right before an indefinite nisba
    adjective in ية (no name ANERcorp saw, no known entity): a feminine noun and the adjective agreeing with
    it. A person's name is followed by a definite adjective if any ("فاطمة المصرية")."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    nxt = skip_space(doc, k + 1)
    if not text.endswith("ة") or text.startswith(("ال", "و")) or nxt >= len(doc):
        return False
    adj = toks.texts[nxt]
    norm = normalize(adj)
    return adj.endswith(NISBA_FEMININE) and not adj.startswith(("ال", "و", "ب", "ل")) and len(norm) >= NISBA_LETTERS \
        and not is_known_name_word(norm) and norm not in lexicon.known_entities() \
        and not is_known_name_word(normalize(text))


DESCENT = lexicon.function_words().descent


def noun_after_patronymic(doc: Doc, k: int) -> bool:
    """"بعث الأمير فلان بن عبد الرحيم برقية": after a name whose father's name (after بن) ends in a definite
    word, an indefinite word in ة that no name list holds is a noun (the verb's object, read whole or as
    بـ + a feminine name), not a grandfather's name: further forebears take بن again, the house آل or a
    definite family name."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = toks.texts[k]
    norm = normalize(text)
    if text.startswith(("ال", "و")) or not norm.endswith("ه") or is_name_link(text) or not toks.arabic[k]:
        return False   # (the word's own text first: most words fail on it, before the word before is looked for)
    prev = prev_word(doc, k)
    if prev is None or not toks.texts[prev].startswith("ال"):
        return False
    # بن within the three words before the definite one ("بن عبد الرحيم", "بن سعود الفيصل")
    if not any(normalize(toks.texts[j]) in DESCENT for j in range(max(0, prev - 3), prev)):
        return False
    return not seen_or_listed_name(norm)


def _closed_after(doc: Doc, k: int) -> bool:
    """The name closes right after token k: the text ends, or a comma, a colon or إن/أن follows."""
    texts = tokens_of(doc).texts   # (read off the Doc's token lists: each doc[k] builds a Token)
    closer = skip_space(doc, k + 1)
    return closer >= len(doc) or texts[closer] in ("،", ",", ":") or normalize(texts[closer]) in COMPLEMENTIZERS


# shortest transcribed family name the homograph test trusts: shorter unseen words are as often rare Arabic ones
TRANSCRIBED_FAMILY_LETTERS = 4


def given_name_spelled_as_a_word(doc: Doc, k: int) -> bool:
    """"الوزير آلان فلان إن", "الطالبة آنا فلان للقناة", "الوزير دون فلان فصرح": token k, the name's first word,
    spells a function or ordinary word (الآن, أنا, دون: foreign given names the tables leave out for that), but the
    word after it is one no news text nor table holds, a transcribed family name, and the name closes right after
    it (a comma, إن/أن, a parenthesis, فـ on a speech verb, whom it was said to). Not a complementizer, a
    preposition, a time word, a cue or a title: "قال المتحدث إن فلان", "دون تردد"."""
    text, nxt = tokens_of(doc).texts[k], skip_space(doc, k + 1)   # (off the token lists: doc[k] builds a Token)
    norm = normalize(text)
    if nxt >= len(doc) or not tokens_of(doc).arabic[k] or text.startswith(("ال", "و")) or len(norm) < 3 \
            or norm in COMPLEMENTIZERS or norm in PREPOSITIONS or is_time_text(text) or cue_word(text) \
            or norm in lexicon.titles():
        return False
    if not _transcribed_family_word(doc, nxt):
        return False
    # "الوزيرة فلانة علانة تلانة فأوضحت": a family name of two transcribed words closes after the second
    last = nxt
    if (after := skip_space(doc, nxt + 1)) < len(doc) and _transcribed_family_word(doc, after):
        last = after
    return _closed_after(doc, last) or _closed_by_answer_or_addressee(doc, last) or _closed_by_a_particle(doc, last)


def _transcribed_family_word(doc: Doc, k: int) -> bool:
    """Token k is a word no news text nor table holds, of a family name's length and shape, no place or body:
    a family name transcribed from another language."""
    if k >= len(doc):
        return False
    family = doc[k]
    fam = normalize(family.text)
    return not (not is_arabic_word(family) or family.text.startswith(("ال", "و")) or len(fam) < TRANSCRIBED_FAMILY_LETTERS
                or fam in word_counts() or fam in lexicon.given_names() or fam in lexicon.family_names()
                or no_name_word(family.text, first=False) or ends_in_pronoun(family.text) and not foreign_name_in_yeh(family.text)
                or any(stem in common_words() or stem in mostly_common_words() for stem in stems(family)[1:])
                or known_entity_at(doc, k, ("Place", "Organization")) is not None)


def _closed_by_a_particle(doc: Doc, k: int) -> bool:
    """The name closes right after token k with a particle ("فلان علان في بيان", "فلان علان من أن", "فلان علان
    قد", "فلان علان بما"): a transcribed family name is followed by no particle inside the name."""
    closer = skip_space(doc, k + 1)
    if closer >= len(doc) or is_name_link(tokens_of(doc).texts[closer]):
        return False
    # the particle as written, or with بـ on it ("بما", "بأن"); not a clitic read off a noun ("بعقد")
    # (no time word: "بعقد" is a preposition on a noun)
    norm = normalize(tokens_of(doc).texts[closer])
    return any(word in function_words() and not is_time_text(word)
               for word in (norm, norm[1:] if norm.startswith("ب") else ""))


def _closed_by_answer_or_addressee(doc: Doc, k: int) -> bool:
    """The name closes right after token k with a parenthesis ("فلان (30 عاما)"), فـ on a speech verb ("أما
    الوزير فلان فصرح") or whom it was said to before what was said ("فلان للقناة إن")."""
    from .name_spans import addressee_before_what_was_said   # (name_spans reads this module: imported here)
    closer = skip_space(doc, k + 1)
    if closer >= len(doc):
        return False
    text = tokens_of(doc).texts[closer]
    return text == "(" or (text.startswith("ف") and cue_word(text)) or addressee_before_what_was_said(doc, closer)


def _ordinary_given_name(doc: Doc, k: int) -> bool:
    """"راضي الشمري": an ordinary word without clitic as a given name, when a family name follows it
    (a definite nisba; not an ordinary definite noun: "إنفاذ القانون", nor an unknown word: "ضباط إنفاذ"),
    or a word no news text holds with the name closed right after it ("كامل زعرور، أستاذ")."""
    texts = tokens_of(doc).texts   # (read off the Doc's token lists: each doc[k] builds a Token)
    text = texts[k]
    nxt = skip_space(doc, k + 1)
    if not given_name_word(text) or nxt >= len(doc):
        return False
    family = texts[nxt]
    norm = normalize(family)
    # (or one ANERcorp saw mostly in names: "وزيرة الصحة نادية سليمان إن", a given name that is an ordinary
    # word too, "نادية", "سلمى", before a family name that is a man's given name as often)
    if not text.startswith(("و", "ب", "ل")) and name_like_at(doc, nxt) and not family.startswith(("ال", "و")) \
            and (norm not in word_counts() or (is_known_name_word(norm) and _closed_after(doc, nxt))) \
            and not no_name_word(family, first=False) \
            and known_entity_at(doc, nxt, ("Place", "Organization")) is None:
        # "الدكتور كامل زعرور، أستاذ": a family name no news text holds, the name closed right after it
        # (كـ or فـ on an ordinary word, "كامل" read as ك + أمل, is seldom written so)
        return _closed_after(doc, nxt)
    if any(normalize(stem) in common_words() for _, stem in clitic_variants(text)[1:]):
        return False
    after = skip_space(doc, nxt + 1)
    if is_name_link(family) and after < len(doc) and name_like_at(doc, after) and not texts[after].startswith("ال"):
        return True  # "فاطمة بو زيد", "سعيد بن حمد": a name particle and a name follow
    return name_like_at(doc, nxt) and not ends_name(doc, nxt) and norm not in mostly_common_words() \
        and family.startswith("ال") and norm.endswith("ي")


KUNYA = lexicon.function_words().kunya
CLAN_LINKS = lexicon.function_words().clan_link
REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal
RESUMING_FA_INNA = lexicon.function_words().concessive_end   # "فإن", spelled as the particle "فان" without its hamza


def ends_name(doc: Doc, k: int) -> bool:
    """Token k cannot continue the person's name before it: it starts a known organization or place
    ("الرئيس لولا الأمم المتحدة"), or it is a definite word too common to be a family name
    ("غوميز الإدارة"), or a second definite word that is no nisba ("سامي الحلبي المقال")."""
    texts = tokens_of(doc).texts   # (the words off the per-Doc lists: this is asked at each word a name may take)
    text = texts[k]
    if (hit := known_entity_at(doc, k, ("Organization", "Place"))) is not None \
            and not (hit[0] == k + 1 and name_word_read_as_ka_and_place(doc, k, 1)) \
            and not _family_name_after_european_particle(doc, k):
        return True   # (not "ماركوس كلاوس": a name word read as كـ + a place)
    if ala_before_its_noun(doc, k):
        return True  # "وشدد الوزير فلان علي ضرورة": على spelled with ي, the verb's preposition
    if said_to_a_correspondent(text):
        return True  # "قالت فلانة علان لمراسلنا": whom she spoke to
    if not text.startswith("ال"):
        return False
    if _joined_by_particle(doc, k):
        return False  # "عبد السلام", "عبد الواحد", "أبو الفضل": the particle takes the word, common or not
    if _before_descent_and_a_name(doc, k):
        return False  # "محمد الأمين ولد فلان": a compound given name, the particle of descent after it
    norm = normalize(text)
    if norm in mostly_common_words():
        return not byname_after_kunya_or_descent(doc, k, norm)
    if norm.endswith("يه") and len(norm) >= 8 and not is_known_name_word(norm):
        return True  # "... السريالية": a long feminine nisba is an adjective; "العطية" is a family name
    prev = prev_word(doc, k)
    return prev is not None and texts[prev].startswith("ال") and not norm.endswith("ي") \
        and not _joined_by_particle(doc, prev) and not _family_name_after_family(norm)


BYNAME_PARTICLES = KUNYA | DESCENT   # "أبو", "أم", "بن", "ولد": a particle and one name word before a byname
NAME_STATES = TITLE_MODIFIERS | lexicon.function_words().body_state   # "السابق", "الجديد": a holder's standing


def byname_after_kunya_or_descent(doc: Doc, k: int, norm: str) -> bool:
    """"أبو فلان العسكري", "ولد محمد الأمين": right after a kunya's or a father's name (a particle and one name
    word), a definite adjective of the shapes bynames take, a nisba (فلاني) or فعيل, goes on with the name though
    it is a common word: a father's compound name or the holder's byname. Not a title ("بن فلان الوزير"), a
    nationality, nor a word of standing ("السابق", "الجديد"); a verb's object there is a noun of other shapes
    ("بن فلان البلاد", "الشكر", "الاتفاق")."""
    stem = norm[2:]
    if not (stem.endswith("ي") or (len(stem) == 4 and stem[2] == "ي")):
        return False
    texts = tokens_of(doc).texts
    if is_function_text(texts[k]):
        return False   # "بن فلان الذي": the relative pronoun opens a clause
    p = prev_word(doc, k)
    q = prev_word(doc, p) if p is not None else None
    return q is not None and normalize(texts[q]) in BYNAME_PARTICLES and not texts[p].startswith(("ال", "و")) \
        and norm not in NAME_STATES and norm not in lexicon.titles() \
        and nisba_country(doc, k) is None


EUROPEAN_PARTICLES = lexicon.function_words().european_particle
BODY_HEAD_WINDOW = 3   # "جامعة سانتو توماس دي": a body's head noun a few words before the given name


def _family_name_after_european_particle(doc: Doc, k: int) -> bool:
    """"ليلى دي ليما", "ماريا دا كوستا": token k right after a European family particle that follows a listed given
    name is the family name, though it spells a known place: the particle says a family name comes, not a place.
    (After a word no list holds, the particle may stand inside a body's or a place's name: "جامعة فلان دي مانيلا".)"""
    texts = tokens_of(doc).texts   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, k)
    q = prev_word(doc, p) if p is not None else None
    return q is not None and normalize(texts[p]) in EUROPEAN_PARTICLES and normalize(texts[q]) in lexicon.given_names() \
        and not texts[k].startswith(("و", "ال")) and not _after_a_body_head(doc, q)


def _after_a_body_head(doc: Doc, k: int) -> bool:
    """A body's head noun stands a few words before token k ("في جامعة سانتو توماس دي مانيلا"): a given name there is
    a word of the body's name, named after a saint or a founder, and the particle after it leads to the body's place."""
    p = k
    for _ in range(BODY_HEAD_WINDOW):
        p = prev_word(doc, p)
        if p is None:
            return False
        if without_proclitic(normalize(tokens_of(doc).texts[p]), "وفبل") in lexicon.org_heads():
            return True
    return False


def _before_descent_and_a_name(doc: Doc, k: int) -> bool:
    """Token k, a definite word, stands right before a particle of descent (بن، ابن، بنت، ولد) and a name word:
    the particle follows a person's own name, so the word ends that name ("محمد الأمين ولد فلان": a compound
    given name), no ordinary word after the name."""
    texts = tokens_of(doc).texts   # (read off the Doc's token lists: each doc[k] builds a Token)
    q = skip_space(doc, k + 1)
    if q >= len(doc) or normalize(texts[q]) not in DESCENT:
        return False
    r = skip_space(doc, q + 1)
    return r < len(doc) and name_like_at(doc, r) and not texts[r].startswith("ال")


def _family_name_after_family(norm: str) -> bool:
    """A second definite word ANERcorp saw inside names at least half the times, or a family name of the
    table, goes on the name: Gulf names chain a grandfather's or clan name and the house name
    ("سالم الجابر العلي", "فلان الحمد الصالح")."""
    return is_known_name_word(norm) or norm in lexicon.person_names().family


MASDAR_GOVERNORS = lexicon.function_words().masdar_governor
DEMONSTRATIVES = lexicon.function_words().demonstrative
ADJUNCTS = lexicon.function_words().adjunct   # "فلان علي اليوم": a time word after the name, no noun of على


def ala_before_its_noun(doc: Doc, k: int) -> bool:
    """Token k, "علي" after a name word, is على spelled with ي (as many writers do) when what follows is
    what a verb's على takes and no name word: أن ("أكد فلان علي أن"), a noun of need or importance
    ("علي ضرورة", "علي أهمية"), a noun with a possessive suffix ("علي موقفه"), or a word ANERcorp
    nearly never saw in a name that is no title, nisba, time word, cue or listed name, definite or in
    construct with a definite word ("علي الالتزام", "علي حضور الاجتماع"). "محمد علي الحسن", "علي حسن",
    "محمد علي كلاي", "محمد علي جناح", "محمد علي وزير ..." keep their علي."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, k)
    if toks.texts[k] not in NAMES_LIKE_FUNCTION_WORDS or p is None or not name_like_at(doc, p) \
            or is_name_link(toks.texts[p]):
        return False  # "الحسن بن علي": after a particle of descent علي is the father's name
    if ala_before_that(doc, k):
        # "وقال سامي علي أن": a sloppy أن after قال, the name goes on; "رأت الطالبة فلانة علي أن": رأى takes
        # أن with no على either, so after it علي is the name's
        return not after_verb_without_ala(doc, k)
    nxt = skip_space(doc, k + 1)
    if nxt < len(doc) and normalize(toks.texts[nxt]) in DEMONSTRATIVES:
        return True  # "ويعلق فلان علي ذلك": a demonstrative is على's noun, no name word
    if nxt >= len(doc) or not toks.arabic[nxt] or is_function_text(toks.texts[nxt]):
        return False
    text, norm = toks.texts[nxt], normalize(toks.texts[nxt])
    bare = strip_article(norm)
    if norm in MASDAR_GOVERNORS or bare in MASDAR_GOVERNORS or ordinary_word_with_pronoun(text):
        return True
    names = lexicon.person_names()
    after = skip_space(doc, nxt + 1)
    if not text.startswith("ال") and (after >= len(doc) or not toks.texts[after].startswith("ال")):
        return False  # "محمد علي جناح": an indefinite word is in construct with what follows, or a family name
    return norm in common_words() and not seen_or_listed_name(norm) and bare not in names.family and bare not in names.given \
        and not is_time_text(toks.texts[nxt]) and norm not in ADJUNCTS and not cue_word(text) and norm not in lexicon.titles() \
        and norm not in TITLE_MODIFIERS and norm not in lexicon.groups() and match_title(doc, nxt) is None \
        and nisba_country(doc, nxt) is None and not _participle_in_apposition(doc, nxt) \
        and known_entity_at(doc, nxt, ("Person", "Place", "Organization")) is None


def _joined_by_particle(doc: Doc, k: int) -> bool:
    """Is token k the word a name particle joins into the name before it ("عبد الرزاق", "أبو الفضل")? Then
    it is the given name's second half, not a family name, and a definite word after it may be the
    family name ("عبد الرزاق الفلاني")."""
    before = prev_word(doc, k)
    return before is not None and is_name_link(tokens_of(doc).texts[before])
