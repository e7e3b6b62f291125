"""Names in the subject slot of a speech verb ("وقال فلان إن"), which no table needs to know."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (QUOTE_CHARS, text_of, common_words, ends_in_pronoun, is_function_text, is_known_name_word, is_name_like, is_punct, name_like_at,
                     is_arabic_word, is_quote, mostly_common_words, prev_word, tokens_of, without_conjunction, word_counts, is_time_text,
                     stop_prepositions, words_where, is_arabic_text)
from .base import (COMPLEMENTIZERS, PREPOSITIONS, Candidate, known_entity_at, match_title, skip_space, token_infos,
                   span_chars, title_starts, token_info)
from .ala import ala_as_written, ala_before_that, preposition_spelled_as_name
from .dual_bodies import dual_head
from .foreign_endings import speaker_name_in_ha
from .name_spans import addressee_before_what_was_said, definite_family_name, definite_family_name_after_given_name
from .name_words import family_name_with_waw, kin_with_pronoun, said_to_a_correspondent
from .names import (ala_before_its_noun, cue_word, form_iv_masdar_before_its_noun, given_name_word, no_name_word,
                    noun_before_its_adjective)


SLOT_END = lexicon.function_words().slot_end
SLOT_ADJUNCTS = lexicon.function_words().adjunct | lexicon.function_words().slot_pronoun
THEOPHORIC = lexicon.function_words().theophoric   # "الله" in "ذبيح الله": the second half of a given name
# "بين": explained (بيّن) or between; bare and after a word that opens no clause it is the preposition (function_words
# clause_initial_verb, as the cue reader reads it), its noun no subject
CLAUSE_INITIAL_VERBS = lexicon.function_words().clause_initial_verb
CLAUSE_OPENERS = (lexicon.function_words().clause_opener | lexicon.function_words().adjunct) - lexicon.function_words().preposition


# a demonstrative right after the verb, before a word without the article, is the verb's object pointing
# back, and its subject follows: "وأكد ذلك فلان"; before a definite noun it is the subject ("ذلك الرجل")
OBJECT_POINTERS = frozenset(normalize(w) for w in ("هذا", "هذه", "ذلك", "تلك"))


def _past_slot_adjuncts(doc: Doc, k: int, limit: int = 2) -> int:
    """The first token after the words that may stand between a speech verb and its subject: "وقال
    أمس فلان", "وقال له فلان", "صرح به فلان", "وقال من جهته فلان", "وأكد ذلك فلان"."""
    toks = tokens_of(doc)   # (read off the kept lists: asked after every speech verb, doc[k] builds a Token)
    texts = toks.texts
    if k < len(doc) and normalize(texts[k]) in OBJECT_POINTERS:
        nxt = skip_space(doc, k + 1)
        if nxt < len(doc) and not texts[nxt].startswith("ال") and not toks.punct[nxt]:
            k = nxt
    for _ in range(limit + 1):
        if k >= len(doc) or normalize(texts[k]) not in SLOT_ADJUNCTS:
            return k
        nxt = skip_space(doc, k + 1)
        if normalize(texts[k]) == FROM and (nxt >= len(doc) or normalize(texts[nxt]) not in SLOT_ADJUNCTS):
            return k  # "وحذر من فلان": "from" opens the verb's object, "من جهته" is an adjunct
        k = nxt
    return k


FROM = normalize("من")
SAY = normalize("قال")
TIME_WORDS_AFTER_NAME = 2   # "وقال فلان الخميس إن", "وقال فلان يوم الخميس إن"


@cache
def perfects_in_alif() -> frozenset[str]:
    """"دعا", "عزا": a verb cue's own perfect that ends in alif, not an accusative participle ("مؤكدا")
    nor a dual ("قالا"); not one spelled like a function word ("هنا", here, for هنأ)."""
    return frozenset(normalize(c.lemma) for c in lexicon.cues().values()
                     if c.kind == "verb" and normalize(c.lemma).endswith("ا")
                     and normalize(c.lemma) not in lexicon.stopwords())


def cue_stem(norm: str) -> str:
    """The word without a و/ف before it when that leaves a cue ("ودعا" -> "دعا")."""
    return without_conjunction(norm, lexicon.cues())


def past_time_words(doc: Doc, k: int) -> int:
    """The first token after the time words that may stand between a speaker's name and what they said
    ("وقال فلان الخميس إن", "فلان قال مساء أمس إن"); k itself when there are none."""
    for _ in range(TIME_WORDS_AFTER_NAME):
        if k >= len(doc) or not is_time_text(doc[k].text):
            return k
        k = skip_space(doc, k + 1)
    return k


def _ala_before_that(doc: Doc, verb: int, k: int) -> bool:
    """"وشدد علي أن", "أكد علي ان": على spelled "علي" before أن is the preposition a verb of insisting
    takes; "وقال علي أن" is a man named علي (a sloppy أن after قال)."""
    if not ala_before_that(doc, k):
        return False
    cue = lexicon.cues().get(normalize(doc[verb].text)) or lexicon.cues().get(normalize(doc[verb].text[1:]))
    return cue is None or normalize(cue.lemma) != SAY


def given_name_spelled_like_a_place(doc: Doc, k: int) -> bool:
    """"وقال بيرو سانتوس إن": a one-word place or body the lexicon knows, first in the subject slot, with a
    word right after it that only a name holds (no article, no conjunction, no ordinary word, nothing
    known), is a given name spelled like it."""
    known = known_entity_at(doc, k, ("Place", "Organization"))
    if known is None or known[0] != k + 1 or known_entity_at(doc, k, ("Person",)) is not None:
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and is_name_like(doc[nxt]) and not doc[nxt].text.startswith(("ال", "و")) \
        and normalize(doc[nxt].text) not in mostly_common_words() and not no_name_word(doc[nxt].text, first=False) \
        and known_entity_at(doc, nxt, ("Person", "Place", "Organization")) is None


def given_name_also_ordinary(doc: Doc, k: int) -> bool:
    """"وناشد محرم الراغب", "ويعلق تيم سيباستيان": right after a speech verb (perfect or imperfect), a word
    that is also an ordinary or function word (محرم, 'forbidden' and a month) opens the speaker's name when
    it is a listed given name or a word ANERcorp mostly saw inside names, and a family name follows it (a
    definite family-name-like word, or a word no news text holds). An adverb or time word ANERcorp saw
    outside names ("وقال أمس الوزير", "وأكد مجددا الرئيس") is neither, so the slot stays as it was."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, k)
    if p is None or k >= len(doc) or skip_space(doc, p + 1) != k:
        return False
    cue = lexicon.cues().get(cue_stem(normalize(toks.texts[p])))
    if cue is None or cue.kind != "verb":
        return False
    text = toks.texts[k]
    norm = normalize(text)
    if text.startswith(("ال", "و")) or len(norm) < 3 or ends_in_pronoun(text) or text.endswith(("ًا", "اً")) \
            or not (norm in lexicon.person_names().given or is_known_name_word(norm)) \
            or known_entity_at(doc, k, ("Place", "Organization")) is not None:
        return False
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or not name_like_at(doc, nxt) or toks.texts[nxt] in QUOTE_CHARS:
        return False
    family = toks.texts[nxt]
    if family.startswith("ال"):
        return definite_family_name(doc, nxt, first=False)
    return normalize(family) not in word_counts() and not no_name_word(family, first=False) \
        and not family.startswith("و")


def _may_appose(text: str) -> bool:
    return is_arabic_text(text) and _may_open_apposition(text)


def appositive_at(doc: Doc, k: int) -> bool:
    """Token k opens what describes a name just read: a title ("رئيس الرابطة", "الناطق باسم ...") or a
    definite participle with its preposition ("العائد من", "المقيم في")."""
    texts = tokens_of(doc).texts   # asked at every token: the texts, not doc[k] (a Token built each time)
    if k >= len(texts):
        return False
    text = texts[k]
    if not _may_open_apposition(text):
        return False
    norm = normalize(text)
    if text.startswith(("و", "ف")):
        # "ووزير الخارجية": the conjunction opens something new; but "وزير", "والي", "وكيل" are titles
        # whose own first letter is و, with no clitic before it
        title = match_title(doc, k)
        return title is not None and normalize(title[1]).split()[0] == norm and not norm.endswith("ا")
    if match_title(doc, k) is not None:
        return not norm.endswith("ا")  # "عشر رئيسا": a dual or accusative title is no apposition
    if not _definite_participle(text):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(texts) and normalize(texts[nxt]) in PREPOSITIONS


def _definite_participle(text: str) -> bool:
    """"العائد", "المقيم": a word shaped as a definite participle (مُفعِل, فاعِل)."""
    norm = normalize(text)
    participle = norm.startswith("الم") or (len(norm) == 6 and norm[3] == "ا")
    return text.startswith("ال") and participle and len(norm) >= 5


@lru_cache(maxsize=131072)
def _may_open_apposition(text: str) -> bool:
    """Can a word written so open an apposition at all: a reading of it may begin a title (match_title's
    own first test) or it is shaped as a definite participle? appositive_at is asked at every token, and
    most words are neither; kept per word."""
    info = token_info(text, False)
    return info.odd or not info.norms.isdisjoint(title_starts(lexicon.titles())) or _definite_participle(text)


def _never_in_names(norm: str) -> bool:
    """An ordinary word ANERcorp saw several times and never inside a name, and no given name of
    person_names.tsv: "أكد حاجة فلان", "انتقد استقبال فلان" hold a noun in construct with the name
    after it, no given name."""
    seen, outside = word_counts().get(norm, (0, 0))
    return seen >= 2 and outside == seen and norm not in lexicon.person_names().given


def _short_unknown_word(doc: Doc, start: int, end: int) -> bool:
    """One word of fewer than RARE_NAME_LETTERS letters in the subject slot that ANERcorp never saw in a
    name and no table lists as a given name: more often a short verbal noun, the verb's object ("وأكد
    نمو الاقتصاد"), than a name. A definite word after it (which may be a participle: "المقيم في")
    does not close it; what was said (أن، إن، a colon) does."""
    if end != start + 1:
        return False
    norm = normalize(doc[start].text)
    return len(norm) < RARE_NAME_LETTERS and not is_known_name_word(norm) \
        and norm not in lexicon.person_names().given and norm not in lexicon.known_entities()


# "and he is", "and she is", "and they are": after them a cue word is a noun ("وهو طالب") or a verb they are
# the subject of ("وهو يقول"), never a verb with a name after it
PRONOUN_ASIDES = frozenset("و" + w for w in lexicon.function_words().subject_pronoun)


# a word right after one of these is a noun they govern ("من" is left out: "من قال" is "whoever said")
NOUN_GOVERNING_PREPOSITIONS = lexicon.function_words().preposition - {normalize("من")}
# بـ and لـ written apart, with the tatweel, before a quotation mark or a Latin word: 'بـ"...', 'لـ«...'
PREPOSITIONS_WRITTEN_APART = ("بـ", "لـ")


NO_LONGER = lexicon.function_words().no_longer
NEGATION_OF_THE_PAST = normalize("لم")


def _no_longer(doc: Doc, p: int, norm: str) -> bool:
    """The cue word (normalised `norm`) is the jussive of عاد after لم at p ("لم يعد", "ولم تعد": no longer)."""
    return norm in NO_LONGER and NEGATION_OF_THE_PAST in token_infos(doc)[p].norms


def _past_opening_quote(doc: Doc, p: int) -> int | None:
    """The word before token p when p is a quotation mark (the quotation opens on the word after it); else p."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    return prev_word(doc, p) if toks.texts[p] in QUOTE_CHARS else p


def _inside_a_clause(doc: Doc, i: int) -> bool:
    """Does a word of the clause stand right before token i (no punctuation, line start or clause opener)?"""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    p = prev_word(doc, i)
    if p is None or toks.punct[p] or "\n" in text_of(doc)[toks.starts[p] + len(toks.texts[p]):toks.starts[i]]:
        return False
    return without_conjunction(normalize(toks.texts[p]), CLAUSE_OPENERS) not in CLAUSE_OPENERS


def subject_slot_candidates(doc: Doc) -> list[Candidate]:
    """Unknown names in the subject slot of a speech verb: "وأشار أزعور إلى أن", "قال غروسي، ...".

    Arabic news puts the speaker right after the verb; one to three name-like words there, closed
    by a complementizer, a preposition or punctuation, are taken as a person's name.
    """
    cues = lexicon.cues()
    toks = tokens_of(doc)
    out = []
    for i in words_where(doc, cue_word):
        norm = normalize(toks.texts[i])
        if (stem := norm if norm in cues else cue_stem(norm)) in cues and cues[stem].kind in ("noun", "via"):
            continue  # (also with و or ف on it: "وتهنئة مشروطة", a verbal noun and its adjective, no subject)
        if norm.endswith("ا") and cue_stem(norm) not in perfects_in_alif():
            continue  # "رفضا قاطعا": a verbal noun or participle in the accusative has no subject after it
        if norm in CLAUSE_INITIAL_VERBS and _inside_a_clause(doc, i):
            continue  # "يسكن بين ظهرانينا", "مواجهة بين جارين": the preposition, its noun no speaker
        if (p := prev_word(doc, i)) is not None and (g := _past_opening_quote(doc, p)) is not None \
                and (normalize(toks.texts[g]) in NOUN_GOVERNING_PREPOSITIONS or toks.texts[g] in PREPOSITIONS_WRITTEN_APART) \
                and not toks.texts[i].startswith(("و", "ف")):
            continue  # "على اتصال دائم": a preposition governs a noun, never a verb; the cue word is a noun here
            # (so too with a quotation opening between them: 'دعا إلى "رد حازم"', 'طالب بـ"رد حازم"')
        if p is not None and _no_longer(doc, p, norm):
            continue  # "لم يعد يصدق أن": no longer (عاد), no promise (وعد) with a speaker after it
        if p is not None and normalize(toks.texts[p]) in PRONOUN_ASIDES:
            continue  # "فلان، وهو طالب جامعي،": a noun after "and he is" (or a verb whose subject he is)
        k = _past_slot_adjuncts(doc, skip_space(doc, i + 1))
        if k < len(doc) and kin_with_pronoun(toks.texts[k]) and (q := skip_space(doc, k + 1)) < len(doc) \
                and toks.texts[q].startswith("ال"):
            continue  # "وأكد جاره المتقاعد أنه": the kin noun and its adjective are the subject, no name after them
        if k < len(doc) and kin_with_pronoun(toks.texts[k]) and (q := skip_space(doc, k + 1)) < len(doc) \
                and name_like_at(doc, q):
            k = q   # "وقالت شقيقته فلانة فلان إن": whose kin she is, then her name; the noun is no part of it
        if k < len(doc) and dual_head(toks.texts[k]) is not None:
            continue  # "وأكدت منظمتا « X » و« Y »": the dual of a body's head noun, the bodies it names after it
        start_name = k
        if k < len(doc) and _preposition_with_pronoun(toks.texts[k]):
            continue  # "وجه إلينا رسالة": the verb's preposition with a pronoun, whom it was addressed to, no name
        if k < len(doc) and (title := match_title(doc, k)) is not None and title[0] > skip_space(doc, k + 1):
            continue  # "وقال بائع الخضار فلان": a title of several words opens the slot; the name after it is its own
        if k < len(doc) and ala_as_written(doc, k):
            continue  # "وافق على الاستقالة": the verb's preposition, no name علي
        if k < len(doc) and _ba_on_ordinary_noun(toks.texts[k]):
            continue  # "تنادي بإقالة فلان": the verb's complement in بـ, the name governed by it, no speaker
        if k < len(doc) and verbal_noun_opening_slot(doc, k):
            continue  # "قررت تنحية فلان": the verb's object, a verbal noun, the name its own object
        # "وقال راضي بوزيان": a given name that is an ordinary word, before a rare family name
        nxt = skip_space(doc, k + 1)
        if k < len(doc) and nxt < len(doc) and given_name_word(toks.texts[k]) and name_like_at(doc, nxt) \
                and not no_name_word(toks.texts[k], first=True) and not _never_in_names(normalize(toks.texts[k])) \
                and normalize(toks.texts[nxt]) not in mostly_common_words() and not toks.texts[nxt].startswith("ال"):
            k = nxt
        elif given_name_also_ordinary(doc, k):
            k = nxt   # "وناشد محرم الراغب": a given name that is also a function word, before a family name
        while k < len(doc) and k - start_name < 3 and name_like_at(doc, k) \
                and (not toks.texts[k].startswith("ال") or definite_family_name(doc, k, first=k == start_name)
                     or (k == start_name + 1 and normalize(toks.texts[k]) in THEOPHORIC)
                     or (k > start_name and _rare_family_name_closing_slot(doc, k))) \
                and not (k > start_name and toks.texts[start_name].startswith("ال")) \
                and toks.texts[k] not in QUOTE_CHARS and not (k > start_name and toks.texts[k].startswith("و")
                                                  and not family_name_with_waw(doc, start_name, k)) \
                and not (k > start_name and ala_before_its_noun(doc, k)) \
                and not said_to_a_correspondent(toks.texts[k]) \
                and not no_name_word(toks.texts[k], first=k == start_name) \
                and (known_entity_at(doc, k, ("Person", "Place", "Organization")) is None
                     or (k == start_name and given_name_spelled_like_a_place(doc, k))):
            k = skip_space(doc, k + 1) if k + 1 < len(doc) and toks.spaces[k + 1] and "\n" not in toks.texts[k + 1] else k + 1
        while k > start_name and toks.spaces[k - 1]:
            k -= 1
        if k == start_name + 1 and (q := skip_space(doc, k)) < len(doc) and definite_family_name_after_given_name(doc, q):
            k = q + 1   # "وقال خالد العمر إن": a family name that is an ordinary word, closed by what was said
        if k == start_name or (k == start_name + 1 and (no_name_word(toks.texts[start_name], first=False)
                                                        or _adjective_then_conjoined_word(doc, i, start_name)
                                                        or preposition_spelled_as_name(doc, start_name)
                                                        or _ala_before_that(doc, i, start_name)
                                                        or form_iv_masdar_before_its_noun(doc, start_name)
                                                        or _abstract_noun(toks.texts[start_name])
                                                        or _nisba_of_a_common_noun(toks.texts[start_name]))) \
                or noun_before_its_adjective(doc, start_name):
            continue  # no name, or a verbal noun alone: "وأكد تمسكا"; an abstract noun ("جاهزية"); a noun and
            # its adjective ("وطرح مبادرة سياسية")
        after = skip_space(doc, k)
        # "وقال فلان الخميس إن", "ودعا فلان أمس الحكومة إلى": a time word right after a rare word in the
        # subject slot closes it (an object before a time word is a noun of its own, no rare word)
        timed = past_time_words(doc, after) > after
        if k == start_name + 1 and toks.texts[start_name].startswith("ال") and not (
                after < len(doc) and (toks.texts[after] == ":" or normalize(toks.texts[after]) in COMPLEMENTIZERS
                                      or (normalize(toks.texts[after]) == normalize("إلى")
                                          and not _goal_after_object(doc, i, after))
                                      or _unseen_definite_name_before_title(doc, start_name, after))):
            continue  # a definite word alone names someone only before what they said: "وأشار الكبيسي إلى أن"
        closed = timed or after >= len(doc) or toks.punct[after] or normalize(toks.texts[after]) in SLOT_END \
            or normalize(toks.texts[after]) in lexicon.function_words().aside_opener \
            or toks.texts[after].startswith(("لل", "بال")) or said_to_a_correspondent(toks.texts[after]) \
            or (appositive_at(doc, after) and not _short_unknown_word(doc, start_name, k)) \
            or (k == start_name + 1 and _rare_name_before_object(doc, i, start_name, after)) \
            or (k - start_name > 1 and _circumstance_after_names(doc, start_name, k, after)) \
            or _unseen_words_in_slot(doc, i, start_name, k) \
            or (k - start_name > 1 and toks.texts[k - 1].startswith("ال") and addressee_before_what_was_said(doc, after))
        # ("وقال فلان الفلاني لوكالة الأنباء إن": a definite family name, then whom it was said to)
        # "ويقول معارضوه": a plural noun with a pronoun in the subject slot is a collective actor
        word = toks.texts[start_name]
        if k - start_name == 1 and word.endswith(("وه", "وها", "وهم")) and len(word) >= 5 and closed:
            s_, e_ = span_chars(doc, start_name, k, 0)
            out.append(Candidate(start_name, k, s_, e_, clean_surface(word), "Group", "subject",
                                 key="group:" + normalize(word)))
            continue
        # "معارضوه", "أنصارها": a noun with a possessive suffix is no name; "تكتلاً": an indefinite
        # accusative is the verb's object
        # (but "وأضاف بيكيه أن": a foreign name ends in ه too, right before what was said)
        suffixed = ends_in_pronoun(toks.texts[k - 1]) and not speaker_name_in_ha(doc, start_name, k)
        suffixed = suffixed or any(toks.texts[q].endswith(("ًا", "اً")) for q in range(start_name, k))
        if closed and not suffixed and (k - start_name > 1 or len(normalize(toks.texts[start_name])) >= 3):
            s, e = span_chars(doc, start_name, k, 0)
            out.append(Candidate(start_name, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


# the pronoun suffixes a preposition takes ("إلينا", "عليكم", "معه")
_PREPOSITION_PRONOUNS = ("نا", "كم", "كما", "هما", "هم", "ها", "ه", "ك")


@lru_cache(maxsize=131072)
def _preposition_with_pronoun(text: str) -> bool:
    """A preposition of the stop list with a pronoun suffix: "إلينا" (to us), "عليكم", "معه". (Kept per text:
    asked of the same words at every cue.)"""
    norm = normalize(text)
    return any(norm.endswith(suffix) and norm[:-len(suffix)] in stop_prepositions() for suffix in _PREPOSITION_PRONOUNS)


def _adjective_then_conjoined_word(doc: Doc, cue: int, start: int) -> bool:
    """"تعيين مدير صادق ونزيه": a cue word written without a conjunction right after an indefinite noun
    (no article, no function or time word, no punctuation between) is an adjective agreeing with that noun
    ("صادق": honest, not "approved"), and the one word with و after it, punctuation closing it, is the next
    adjective, no name. A masculine adjective agrees with a masculine noun (none in ة); a name ANERcorp knows that
    opens with و (وانغ) stays; a name the speech verb's subject is followed by what was said ("أعلن ويليامز أن").
    A speech verb opening its clause follows a conjunction, punctuation or a function word."""
    word, cue_text = doc[start].text, doc[cue].text
    if not word.startswith("و") or cue_text.startswith(("و", "ف")) or is_known_name_word(normalize(word)):
        return False
    p = prev_word(doc, cue)
    if p is None or skip_space(doc, p + 1) != cue:
        return False
    prev = doc[p].text
    after = skip_space(doc, start + 1)
    return is_arabic_word(doc[p]) and not prev.startswith("ال") and not is_function_text(prev) \
        and not is_time_text(prev) and not prev.endswith(("ا", "ه", "ة")) and match_title(doc, p) is None \
        and (after >= len(doc) or is_punct(doc[after]))


def _rare_family_name_closing_slot(doc: Doc, k: int) -> bool:
    """"وقال سامر الفلانة وزير ...", "وأضاف سامر الفلانة إن": after a first name, a definite word no news text
    ANERcorp holds (no nisba ending needed: العطية، الصباح) right before what closes the slot (a
    complementizer, a colon or comma, a title in apposition) is the family name."""
    norm = normalize(doc[k].text)
    if len(norm) < 5 or norm in word_counts() or no_name_word(doc[k].text, first=False):
        return False
    after = skip_space(doc, k + 1)
    return after < len(doc) and (doc[after].text in (":", "،", ",") or normalize(doc[after].text) in COMPLEMENTIZERS
                                 or normalize(doc[after].text) in SLOT_END or appositive_at(doc, after))


def _unseen_words_in_slot(doc: Doc, verb: int, start: int, end: int) -> bool:
    """"وقال سامر دوكوفان محلل الأسواق:", "وقال سامر دوكوفان بلقاء مع": two or three words right after a speech
    verb, the first without the article, none with و, each one no sentence of ANERcorp holds or one its annotators
    mostly found in names, and at least one never seen: a foreign or rare name, the verb's subject, whatever
    word follows it (what follows may be a noun in apposition no title table lists). An object of the verb is
    made of ordinary words, which the counts know."""
    if end - start < 2:
        return False
    cue = lexicon.cues().get(cue_stem(normalize(doc[verb].text)))
    if cue is None or cue.kind not in ("verb", "continuation"):
        return False   # "وأضاف", "وأشار" take a subject as "وقال" does
    words = [t for t in doc[start:end] if not t.is_space]
    norms = [normalize(t.text) for t in words]
    if words[0].text.startswith(("ال", "و")) or any(t.text.startswith("و") for t in words[1:]):
        return False   # a و opens a second verb or noun ("تهاجم وتشعل حرائق"); a ف may be the name's own ("فيصل")
    unseen = [n not in word_counts() for n in norms]
    return any(unseen) and all(u or is_known_name_word(n) for u, n in zip(unseen, norms))


def _unseen_definite_name_before_title(doc: Doc, k: int, after: int) -> bool:
    """"وقال الدوكوفاني مدير الفريق إن": one definite word no sentence of ANERcorp holds, alone in the subject
    slot, then a title with its complement in apposition: a family name standing for the person, as before
    what they said. The title must be indefinite, in construct with its complement: a definite one may be an
    adjective of the word before ("وقالت السكرتيرة الصحفية"), a noun no table lists as a title."""
    return after < len(doc) and normalize(doc[k].text) not in word_counts() and not doc[after].text.startswith("ال") \
        and appositive_at(doc, after) and _title_with_complement(doc, after)


CIRCUMSTANCE = lexicon.function_words().circumstance


def _circumstance_after_names(doc: Doc, start: int, end: int, after: int) -> bool:
    """"ولاحظت سامر دوكان أمام الصحفيين ان", "وقال سامر دوكان بعد لقائه": two or three rare words in the
    subject slot, then a word of where, when or before whom it was said (أمام، بعد، عقب، لدى ...): a
    name, though nothing that closes a speaker comes right after it. The first word must be no common
    word and carry no article, so "وأكد استمرار الحوار بعد" stays a verb and its object."""
    if after >= len(doc) or normalize(doc[after].text) not in CIRCUMSTANCE:
        return False
    words = [t for t in doc[start:end] if not t.is_space]
    return all(normalize(t.text) not in mostly_common_words() and not t.text.startswith("ال") for t in words[:1])


RARE_NAME_LETTERS = 4   # a one-word name read before the verb's object: "ونفى كوشنر وجود خلافات"


def _rare_name_before_object(doc: Doc, verb: int, k: int, after: int) -> bool:
    """"ونفى كوشنر وجود خلافات", "ووصف فلان القرار بأنه": one word right after a speech verb in the perfect (the
    masculine the lexicon lists), which ANERcorp never saw outside a name (or never saw), with no article, before
    an ordinary or a definite word (the verb's object): the verb's subject, the speaker, though nothing closes it."""
    text = doc[k].text
    norm = normalize(text)
    stem = cue_stem(normalize(doc[verb].text))
    cue = lexicon.cues().get(stem)
    if cue is None or cue.kind != "verb" or normalize(cue.lemma) != stem:
        return False   # the perfect itself only: an imperfect ("ويؤكد") may have its subject before it
    p = prev_word(doc, verb)
    if not (normalize(doc[verb].text) != stem or p is None or is_punct(doc[p])
            or normalize(doc[p].text) in lexicon.function_words().clause_opener):
        return False   # a verb opening its clause (و/ف on it, first, "حيث"): "ثمن فضائح" mid-clause is a noun
    if norm in lexicon.titles() or normalize("ال" + text) in lexicon.titles():
        return False   # "دعا بابا الفاتيكان": a title in construct, no name
    outside = word_counts().get(norm, (0, 0))[1]
    # a proclitic glued to an ordinary word reads as no name (is_name_like); the article opens none here
    if text.startswith("ال") or len(norm) < RARE_NAME_LETTERS or outside > 0 \
            or ends_in_pronoun(text) or no_name_word(text, first=True) or _abstract_noun(text):
        return False
    if after >= len(doc) or not is_name_like(doc[k]) or is_quote(doc[after]):
        return False
    nxt = doc[after].text
    return nxt.startswith("ال") or normalize(nxt) in mostly_common_words()


# the verbal nouns of the derived forms that no given name shares, normalised (ة as ه), with no long vowel
# where a foreign name would have one: تفعلة ("تنحية"), تفعّل ("ترشح"), تفاعل ("تنافس"), استفعال
# ("استقبال"); not تفعيل nor افتعال, shapes of women's names too ("تغريد", "ابتسام")
_DERIVED_MASDAR = re.compile(
    "ت[^اوي ][^اوي ][^ ]ه"       # تفعلة
    "|ت[^اوي ]{3}"               # تفعّل
    "|ت[^اوي ]ا[^اوي ][^اوي ]"   # تفاعل
    "|است[^اوي ][^اوي ]ا[^ ]")   # استفعال
MASDAR_LETTERS = 3   # فعل: a verbal noun of the simple verb ("فتح"), told from a name by the word counts only


def verbal_noun_opening_slot(doc: Doc, k: int) -> bool:
    """"وقرر فتح الوصية", "قررت تنحية فلان", "واصفة ترشح فلان": right after a verb of deciding, describing or
    revealing, a verbal noun is its object, and the noun or name after it is the verbal noun's own object
    (in construct), no speaker. A derived form's verbal noun by its shape; the simple verb's (three letters)
    when ANERcorp mostly saw it outside names and a definite noun follows. Nothing the tables know as a name."""
    texts = tokens_of(doc).texts   # (read off the kept list: asked at many slot words, doc[k] builds a Token)
    text = texts[k]
    norm = normalize(text)
    names = lexicon.person_names()
    if text.startswith("ال") or is_known_name_word(norm) or norm in names.given \
            or norm in names.family or known_entity_at(doc, k, ("Person", "Place", "Organization")) is not None:
        return False
    if _DERIVED_MASDAR.fullmatch(norm):
        return True
    nxt = skip_space(doc, k + 1)
    return len(norm) == MASDAR_LETTERS and norm in mostly_common_words() and nxt < len(doc) \
        and texts[nxt].startswith("ال")


def _ba_on_ordinary_noun(text: str) -> bool:
    """"تنادي بإقالة فلان", "رحب بعودة فلان": بـ on a word of four letters or more that ANERcorp saw outside
    names is the speech verb's complement, whose noun may govern a name; a subject takes no preposition.
    Names in ب are no ordinary word without it ("بوتين", "بايدن"), or are listed ("باراك"). With و or ف
    before بـ ("وبرفض"), a second complement joined to the first."""
    norm = normalize(text)
    if norm.startswith(("وب", "فب")) and normalize(text[1:]) not in word_counts():
        norm = norm[1:]   # "وبرفض قاطع": the conjunction before بـ, the noun a second complement of the verb
        if norm[1:] in common_words():
            return True   # a word of three letters ANERcorp always left outside names ("رفض")
    stem = norm[1:]
    if not norm.startswith("ب") or len(stem) < 4 or stem.startswith("ال") or is_known_name_word(norm):
        return False
    names = lexicon.person_names()
    return word_counts().get(stem, (0, 0))[1] >= 1 and not is_known_name_word(stem) \
        and norm not in names.given and norm not in names.family and stem not in names.given and stem not in names.family


def _goal_after_object(doc: Doc, verb: int, k: int) -> bool:
    """"إلى" (token k) before a noun after a verb of issuing ("أصدر", "تصدّر الفائض إلى الجيران"): the goal
    of the thing the verb sends out, its object the definite word before; not "إلى أن" (what was said,
    "وأشار الكبيسي إلى أن"), nor after a verb of calling or pointing, whose subject a name is ("دعا فلان إلى")."""
    norm, cues = normalize(doc[verb].text), lexicon.cues()
    cue = cues.get(norm) or (cues.get(norm[1:]) if norm[:1] in ("و", "ف") else None)
    nxt = skip_space(doc, k + 1)
    return cue is not None and cue.act == "announce" and nxt < len(doc) \
        and normalize(doc[nxt].text) not in COMPLEMENTIZERS


def _nisba_of_a_common_noun(text: str) -> bool:
    """"إقليمي", "دولي": a relative adjective in ـي of a noun of news ("إقليم", "دولة") alone in the slot, an
    adjective (a headline's "وحذر إقليمي", caution), no name; names of that shape are listed ("فتحي", "مجدي")."""
    norm = normalize(text)
    if not norm.endswith("ي") or norm.endswith("يي") or len(norm) < 5 or text.startswith(("ال", "و")):
        return False
    if norm in lexicon.person_names().given or norm in lexicon.family_names() or is_known_name_word(norm):
        return False
    return norm[:-1] in mostly_common_words() or norm[:-1] + "ه" in mostly_common_words()


def _abstract_noun(text: str) -> bool:
    """"جاهزية", "مشروعية": a word of six letters or more in ـية, an abstract noun (or a feminine
    adjective) as the verb's object; given names in ـية are shorter ("سمية", "نادية") or listed. Of 455
    such words in ANERcorp (train outside the probe, and test) 10 are tagged persons', 7 of them معاوية."""
    return text.endswith("ية") and len(normalize(text)) >= 6 and normalize(text) not in lexicon.person_names().given


APPOSED_NAME_WORDS = 3   # words of a name before the title in apposition to it


def apposed_name_candidates(doc: Doc) -> list[Candidate]:
    """Unknown names right before a title in apposition to them: "حضر اللقاء فلان فلان المتحدث باسم
    الحزب", "واعترف فلان فلان رئيس الشركة". News puts a person's role after their name; two or three
    words that may be a name's, closed by such a title, are taken as a person's name (one word alone
    is as often the end of the phrase before). The first may carry no conjunction, and only the last
    the article (a family name: "فلان العلي رئيس ...")."""
    out = []
    for k in words_where(doc, _may_appose):   # (appositive_at opens only at such words)
        if _joined_by_conjunction(doc, k) or not appositive_at(doc, k) or not _title_with_complement(doc, k):
            continue
        words: list[int] = []
        p = prev_word(doc, k)
        while p is not None and len(words) < APPOSED_NAME_WORDS and _apposed_name_word(doc, p, last=not words):
            words.append(p)
            p = prev_word(doc, p)
        # the word before the name closes it: no name word (that would make it longer than names are)
        if len(words) < 2 or (p is not None and is_name_like(doc[p]) and not doc[p].text.startswith("ال")
                              and not cue_word(doc[p].text)):
            continue
        start, end = words[-1], words[0] + 1
        if doc[start].text.startswith(("و", "ف", "ال")) or no_name_word(doc[start].text, first=True):
            continue
        s, e = span_chars(doc, start, end, 0)
        out.append(Candidate(start, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


def _joined_by_conjunction(doc: Doc, k: int) -> bool:
    """Token k carries و or ف as a conjunction, not as its title's own first letter ("وزيرة", "والي")."""
    text = tokens_of(doc).texts[k]
    if not text.startswith(("و", "ف")):
        return False
    title = match_title(doc, k)
    return title is None or clean_surface(title[1]).split()[0] != clean_surface(text)


def _title_with_complement(doc: Doc, k: int) -> bool:
    """A title at k that says whose role it is: of two words or more ("وزير الخارجية"), or followed by
    what it heads ("رئيس الشركة", "مندوب اليونان", "المتحدث باسم"); a bare title ("الأمير") may end a
    place's name or stand alone."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    title = match_title(doc, k)
    if title is None:
        return False
    if len(title[1].split()) >= 2:
        return True
    nxt = skip_space(doc, title[0])
    if nxt >= len(doc) or toks.punct[nxt]:
        return False
    text = toks.texts[nxt]
    return text.startswith(("ال", "باسم", "لل")) or known_entity_at(doc, nxt, ("Place", "Organization")) is not None


def _apposed_name_word(doc: Doc, p: int, last: bool) -> bool:
    """A word of a name before a title: name-like, no word no name takes, no cue, no known place or body;
    the article on the last word only, and then on a family name."""
    t = doc[p]
    if last and definite_family_name_after_given_name(doc, p, closed=True):
        return True   # "ماهر الشاعر مدير المكتب": a family name that is an ordinary word, after a given name
    if not is_name_like(t) or is_quote(t) or cue_word(t.text) or no_name_word(t.text, first=False) \
            or said_to_a_correspondent(t.text) \
            or known_entity_at(doc, p, ("Place", "Organization")) is not None or match_title(doc, p) is not None:
        return False
    if t.text.startswith("ال"):
        return last and definite_family_name(doc, p, first=False)
    return True


KANA = lexicon.function_words().kana   # the auxiliary of a past perfect: "كان", "كانت"
QAD = normalize("قد")


def _is_kana(text: str) -> bool:
    return without_conjunction(normalize(text), KANA) in KANA


def kana_qad_candidates(doc: Doc) -> list[Candidate]:
    """"وكان فلان فلان قد أعلن": one to three name-like words between كان and قد before a speech verb
    are the speaker's name, the subject كان puts before the verb (a known place or body first is a given
    name spelled like it only with a name word after it, as in the speech verb's slot)."""
    out = []
    for i in words_where(doc, _is_kana):   # "وكان", "فكانت"
        start = k = skip_space(doc, i + 1)
        while k < len(doc) and k - start < 3 and is_name_like(doc[k]) and not doc[k].text.startswith(("ال", "و")) \
                and not no_name_word(doc[k].text, first=k == start) and match_title(doc, k) is None \
                and (known_entity_at(doc, k, ("Person", "Place", "Organization")) is None
                     or (k == start and given_name_spelled_like_a_place(doc, k))):
            k = skip_space(doc, k + 1)
        qad = k
        # "وكان فلان فلان قد أعلن", or with no قد: "وكان فلان فلان قال في تصريح" (a verb cue right after)
        verb = skip_space(doc, qad + 1) if qad < len(doc) and normalize(doc[qad].text) == QAD else qad
        if k - start < 2 or verb >= len(doc) or not cue_word(doc[verb].text) \
                or (verb == qad and not _verb_cue(doc[verb].text)):
            continue
        end = k
        while end > start and doc[end - 1].is_space:
            end -= 1
        s, e = span_chars(doc, start, end, 0)
        out.append(Candidate(start, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "subject"))
    return out


def _verb_cue(text: str) -> bool:
    """A speech verb (not a verbal noun) as written, with or without و/ف before it."""
    cue = lexicon.cues().get(cue_stem(normalize(text)))
    return cue is not None and cue.kind == "verb"
