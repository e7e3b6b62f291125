"""Mentions from the statistical NER, with their spans repaired (clitics, titles, words no name takes)."""
from __future__ import annotations

import re
from bisect import bisect_left

from spacy.tokens import Doc

from ... import lexicon
from ...text import HAMZA_ALEFS, clitic_variants, normalize
from ..words import (name_like_at, name_like_text, tokens_of, ends_in_pronoun, is_function_text, is_name_like, is_name_like_whole,
                     common_words, is_known_name_word, mostly_common_words, prev_word, is_non_name_form,
                     is_inflected_common, is_name_link, is_ordinary_word, is_time_text, is_verb_of_several, next_word,
                     word_counts)
from .derived_verbal_nouns import definite_object_after_name, verbal_noun_after_name
from .base import (DESCENT, OUTLET_SUFFIXES, PLACE_HEADS, common_noun_outlet_out_of_place, look_alike_word, GOD, adjectival, ta_marbuta_folded, Candidate, cues_before, definite_given_name, known_entity_at, known_entity_match, match_title,
                   nisba_country, skip_space, span_chars, surface_form)
from .not_groups import is_number
from .places import adjective_named_like_a_place, describing_nisba
from .name_spans import accusative_common_noun, accusative_pair, adjective_before_name, construct_title, past_name_links, split_kunya
from .names import (DUAL_ENDINGS, IMPERFECT_PREFIXES, byname_after_kunya_or_descent, cue_word, dual_of_common, ends_name, kin_with_pronoun, no_name_word, ordinary_word_with_pronoun,
                    outlet_said_to, verb_after_name, circumstantial_participle_of_a_cue,
                    form_ii_masdar_before_its_noun, definite_noun_with_its_adjective,
                    preposition_on_a_definite_word)
from .name_words import DEFINITE_GIVEN_NAMES, noun_with_possessive
from .particles import in_compound_particle
from .slots import given_name_also_ordinary


COMPLEMENTIZERS = lexicon.function_words().complementizer
REGNAL_ORDINALS = lexicon.function_words().regnal_ordinal
RELATIVES = lexicon.function_words().relative
KUNYA = lexicon.function_words().kunya   # "أبو", "أم": what opens a kunya; "وأبو" is no name of its own
TYPE_OF_NER = {"PERS": "Person", "PER": "Person", "LOC": "Place", "GPE": "Place", "ORG": "Organization"}


def ner_candidates(doc: Doc, spans: list[tuple[int, int, str]]) -> list[Candidate]:
    known = lexicon.known_entities()
    toks = tokens_of(doc)   # (each doc[k] builds a Token: the words of the spans are read off these)
    texts, spaces, puncts = toks.texts, toks.spaces, toks.punct
    starts = toks.starts
    out = []
    for start, end, label in spans:
        type_ = TYPE_OF_NER.get(label)
        if type_ is None:
            continue
        # a span that opens where a token opens and closes where one closes (the NER's own, read off its tokens) is
        # found by two bisections of the offsets, no Span built; any other goes through char_span
        i, last = bisect_left(starts, start), bisect_left(starts, end) - 1
        if start < end and i < len(starts) and starts[i] == start and i <= last \
                and starts[last] + len(texts[last]) == end:
            j = last + 1
        else:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None:
                continue
            i, j = span.start, span.end
        if normalize(texts[j - 1]) in OUTLET_SUFFIXES:
            if sum(1 for k in range(i, j) if not spaces[k]) == 2 and not cue_word(texts[i]):
                continue   # "لأوراسيا نيوز": a word and News, Times, Post, the outlet finder's, its clitic off
            type_ = "Organization"   # a longer name closed by one is an outlet too, no place
        # drop leading titles and function words, trailing punctuation
        # ("وناشد محرم الراغب": a given name that is also a function word, right after a speech verb, stays)
        while i < j and (match_title(doc, i) or (is_function_text(texts[i]) and not (
                type_ == "Person" and j - i > 1 and given_name_also_ordinary(doc, i))) or puncts[i]):
            i = match_title(doc, i)[0] if match_title(doc, i) else i + 1
        while j > i and (puncts[j - 1] or spaces[j - 1] or is_function_text(texts[j - 1])):
            j -= 1
        # "وقالت المنظمة إن الأطفال ...": no name goes on past a complementizer, what was said begins there
        j = next((k for k in range(i + 1, j) if normalize(texts[k]) in COMPLEMENTIZERS), j)
        kunya: set[str] = set()
        if type_ == "Person":
            # "ببرقية فلان": a leading word no name takes is no part of it; "الرسام الإسباني خوان":
            # nor a definite nisba before a name without the article (first names have none)
            if _dual_and_its_adjective(doc, i, j):
                continue  # "بين بلدين جارين": a dual noun and the adjective agreeing with it
            while i < j and (spaces[i] or is_non_name_form(texts[i]) or adjective_before_name(doc, i, j)):
                i += 1
            if i >= j:
                continue  # every word was one no name takes
            if _definite_noun_before_given_name(doc, i, j):
                i = skip_space(doc, i + 1)   # "قال الطالب فلان علان": the noun describes the one named, no name word
            i = _past_known_place(doc, i, j)   # "في X Y فلان علان", Y also a given name: the place's words go
            if j - i == 1 and accusative_pair(doc, i):
                continue  # "حظا سعيدا": an adjective agreeing with an accusative noun
            if j - i == 1 and accusative_common_noun(doc, i):
                continue  # "رفع طعنا أمام القضاء": a verb's object in the accusative, no person
            if _accusative_phrase(doc, i, j):
                continue  # "حدثا تاريخيا" read whole: an accusative noun and its adjective
            p = prev_word(doc, i)
            title = match_title(doc, p) if p is not None else None
            # (a person the NER reads in that one word alone is the title's holder: "كابتن ماركو بأن")
            if title and title[0] == i and j - i > 1 and construct_title(doc, p, i, title[1]):
                i = skip_space(doc, i + 1)  # "سائق ماكلارين لويس هاملتون": the title's complement first
            if j - i == 1 and no_name_word(texts[i], first=False):
                continue  # "تكريما": a verbal noun alone
            # "حكم دام ثلاثين عاما": no name holds a cardinal number; a word before a count of time is a verb
            # of duration (lasted), no person
            j = next((k for k in range(i + 1, j) if is_number(doc, k)), j)
            while j > i and (spaces[j - 1] or _verb_before_a_duration(doc, j - 1)):
                j -= 1   # "نزاعا دام سبع سنوات": the verb goes, and the noun before it is tried alone
            if j == i:
                continue
            j = past_name_links(doc, i, j)
            i = _own_name_before_descent(doc, i)
            # "جواو سيلفا الإدارة", "حسن الجوار": the name ends where a name cannot go on
            # ("خايمي الثاني": a regnal number ending the span is part of the name, not a word ending it)
            # "فلان ابن أخيه": a noun of kinship with a pronoun tells whose kin, the particle before it goes too
            cut = next((k for k in range(i + 1, _regnal_number_at(doc, i, j)) if (ends_name(doc, k)
                        or (not spaces[k] and (no_name_word(texts[k], first=False)
                                               or kin_with_pronoun(texts[k]) or noun_with_possessive(texts[k])
                                               or (not is_name_link(texts[k - 1]) and (verb_after_name(doc, k)
                                                   or circumstantial_participle_of_a_cue(texts[k])
                                                   or form_ii_masdar_before_its_noun(doc, k)
                                                   or _object_after_name(doc, k)
                                                   or definite_noun_with_its_adjective(doc, k)
                                                   or preposition_on_a_definite_word(texts[k]))))))
                        and not _title_as_family_name(doc, i, k) and not in_compound_particle(doc, i, k)), j)
            if cut == i + 1 and j - i == 2 and not verb_after_name(doc, cut) \
                    and not form_ii_masdar_before_its_noun(doc, cut) \
                    and not _object_after_name(doc, cut):   # (a name, then the verb's object)
                continue  # "حسن الجوار": a word and its definite complement, not a name cut short
            while cut > i + 1 and (spaces[cut - 1] or is_name_link(texts[cut - 1])):
                cut -= 1
            j, kunya = split_kunya(doc, i, cut)
            if j - i == 1 and _unseen_family_name(doc, skip_space(doc, j)):
                j = skip_space(doc, j) + 1  # "ووصل يوهان كرامر صباح": the NER read the given name only
            elif j - i == 2 and (q := skip_space(doc, j)) < len(doc) and texts[q].startswith("ال") \
                    and byname_after_kunya_or_descent(doc, q, normalize(texts[q])):
                j = q + 1   # "أبو فلان العسكري": the NER read the kunya only, the byname after it goes with it
        if j <= i or not (any(name_like_at(doc, k) for k in range(i, j)) or _name_of_clitic_look_alikes(doc, i, j, type_)
                          or _name_after_its_clitic(doc, i, j, type_) or _known_name_like_a_clitic(doc, i, j, type_)):
            continue
        if j - i == 1 and normalize(texts[i]) in mostly_common_words():
            continue  # one ordinary word ("الصحراء", "ساحلي")
        if j - i == 1 and type_ == "Place" and normalize(texts[i]) in PLACE_HEADS:
            continue  # "أرخبيل" before a name: the head noun, which names no place alone
        if j - i == 1 and look_alike_word(doc, i):
            continue  # "للنيل من" (to undermine), "باكرا" (early): an ordinary word like a clitic and a name
        if j - i == 1 and type_ != "Person" and (_beside_an_accusative_noun(doc, i)
                                                 or is_verb_of_several(normalize(texts[i]))):
            continue  # "موقفا مزدوجا" (an adjective agreeing with an accusative noun), "يطالبان" (a verb), no place
        if j - i == 1 and normalize(texts[i]).endswith("ا") and (p := prev_word(doc, i)) is not None \
                and is_number(doc, p):
            continue  # "من 12 فصلا", "أحد عشر لاعبا": the counted noun after a number, in the accusative
        if j - i == 1 and texts[i].startswith(IMPERFECT_PREFIXES) and (p := prev_word(doc, i)) is not None \
                and normalize(texts[p]) in RELATIVES:
            continue  # "الحملة التي تشن": a relative clause opens with its verb, no name
        if type_ == "Person" and _servant_of_a_plural(doc, i, j):
            continue  # "-عبد الناصحين-": "slave of the advisers", a taunt, no name (عبد + God's name is)
        if j - i == 1 and type_ == "Organization" and _occasion_of_a_speech(doc, i):
            continue  # "خطاب النصر": the victory speech, no body named "النصر"
        if j - i == 1 and type_ != "Person" and _agreeing_adjective(doc, i):
            continue  # "قضية عالقة": an adjective agreeing with the indefinite noun before it
        if j - i == 1 and type_ == "Person" and _masculine_adjective_of_noun_before(doc, i):
            continue  # "في خطاب نادر": an adjective agreeing with the indefinite noun before it, no given name
        if j - i == 1 and _future_verb_after_its_subject(doc, i):
            continue  # "البنك سيمول المشروع": a verb in the future after its definite subject
        if j - i >= 2 and not texts[j - 1].startswith("ال") and normalize(texts[j - 1]) in lexicon.org_heads() \
                and type_ == "Person":
            continue  # "بيت ضابط شرطة": a noun of rank and the body it serves, no name
        # "صباح وهيفاء", "الروم والفرس": two names the NER read as one, each its own
        second = _second_name_after_waw(doc, i, j)
        if second is not None:
            j = prev_word(doc, second) + 1
        if j - i == 1 and type_ in ("Person", "Place") and outlet_said_to(doc, i):
            type_ = "Organization"   # "قال فلان لفستان إن": whom it was said to, an outlet; the clitic goes below
        clitic_len, stem_used = _ner_clitic(doc, i, j, person=type_ == "Person")
        if j - i == 1 and type_ == "Organization" and outlet_said_to(doc, i):
            clitic_len, stem_used = 1, texts[i][1:]
        s, e = span_chars(doc, i, j, clitic_len)
        form = surface_form(doc, i, j, stem_used)
        if j - i == 1 and any(e.type == "Organization" and e.kind == "media" for e in known.get(normalize(form), ())) \
                and common_noun_outlet_out_of_place(doc, i, j, normalize(form)):
            continue  # "تحيط بالجزيرة": the island, no channel the NER took it for
        if len(normalize(form)) < 3 and not _short_name_of_speaker(doc, i, j, type_):
            continue
        if j - i == 1 and ends_in_pronoun(texts[i]) \
                and normalize(form) not in known and not is_known_name_word(normalize(form)):
            continue  # "تياره": a noun with a possessive suffix
        if j - i == 1 and ta_marbuta_folded(doc, form):
            continue  # "وجده": a word with the pronoun ه, not the name in ة ("جدة") it folds onto
        if j - i == 1 and type_ == "Place" and adjectival(doc, i, texts[i]):
            continue  # "العاصمة السعودية"
        if j - i == 1 and type_ == "Place" and clitic_len == 0 and adjective_named_like_a_place(doc, i):
            continue  # "دعم مالي": an adjective spelled like a country
        if j - i == 1 and type_ == "Place" and not texts[i].startswith("ال") and describing_nisba(normalize(form)):
            continue  # "حي ساحلي": an adjective of a place, no place's name
        if j - i == 2 and normalize(texts[j - 1]) == GOD and texts[i].endswith(("ه", "ها", "هم")):
            continue  # "رحمه الله", "حفظه الله": a blessing, no name
        if normalize(form) == GOD:
            continue  # "فقال الله": God is named in quotations from scripture, no person of the news
        out.append(Candidate(i, j, s, e, form, type_, "ner", extra_forms=kunya))
        if second is not None:
            s2, e2 = span_chars(doc, second, second + 1, 1)
            out.append(Candidate(second, second + 1, s2, e2, texts[second][1:], type_, "ner"))
    return out


OCCASION_NOUNS = lexicon.function_words().occasion_noun


def _object_after_name(doc: Doc, k: int) -> bool:
    """"أعلن فلان تنحيه", "وحضرت الأميرة فلانة المراسم": a derived verbal noun or a definite noun of a shape no family
    name takes, the object of the verb before the name (derived_verbal_nouns)."""
    return verbal_noun_after_name(doc, k) or definite_object_after_name(doc, k)


def _occasion_of_a_speech(doc: Doc, i: int) -> bool:
    """One definite word at i in construct after a speech or celebration ("خطاب النصر", "احتفالات الاستقلال"),
    no name a table knows: the occasion, no organization."""
    p = prev_word(doc, i)
    return p is not None and doc[i].text.startswith("ال") and normalize(doc[p].text) in OCCASION_NOUNS \
        and known_entity_at(doc, i, ("Organization", "Place", "Person")) is None


def _accusative_phrase(doc: Doc, i: int, j: int) -> bool:
    """Every word of the span (two or more) ends in the accusative's ا, none in a pronoun's (ها, نا), and one
    is an ordinary word of news with that ا: a noun and its adjective in the accusative ("حدثا تاريخيا"), no
    name ("ماريا شارابوفا": no stem of it is an ordinary word)."""
    toks = tokens_of(doc)   # (asked of every span the NER finds: no Token built per word)
    words = [normalize(toks.texts[k]) for k in range(i, j) if not toks.spaces[k]]
    return len(words) >= 2 and all(w.endswith("ا") and not w.endswith(("ها", "نا")) for w in words) \
        and any(len(w) >= 4 and w[:-1] in common_words() for w in words)


def _verb_before_a_duration(doc: Doc, i: int) -> bool:
    """Token i comes right before a count of time ("ثلاثة أسابيع", "ثلاثين عاما", "20 يوما"), also an
    approximate one ("نحو ثلاثة عقود", "أكثر من عامين"): a verb of duration ("دام", "استمر") or a noun of time, no name; names stand before a count of time only with a verb
    between."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    norm = normalize(texts[i])
    if norm in lexicon.given_names() or norm in lexicon.family_names():
        return False   # "المواطن أحمد سالم 45 عاما": a listed name before the age
    num = past_approximation(doc, skip_space(doc, i + 1))
    if num >= len(doc) or not is_number(doc, num):
        return False
    unit = skip_space(doc, num + 1)
    if unit >= len(doc):
        return False
    text = texts[unit]
    return is_time_text(text) or (text.endswith("ا") and is_time_text(text[:-1]))   # "عاما": the accusative


def past_approximation(doc: Doc, k: int) -> int:
    """The token after the words of approximation that may open a count at k ("نحو", "قرابة", "أكثر من"): where
    the count itself should stand; k itself when there are none."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    words = lexicon.function_words()
    if k >= len(doc):
        return k
    norm = normalize(toks.texts[k])
    if norm in words.approximator:
        return skip_space(doc, k + 1)
    if norm in words.count_comparative and (frm := skip_space(doc, k + 1)) < len(doc) \
            and normalize(toks.texts[frm]) == normalize("من"):
        return skip_space(doc, frm + 1)
    return k


def _dual_and_its_adjective(doc: Doc, i: int, j: int) -> bool:
    """The span opens with the dual of an ordinary noun ("بلدين") and every word of it ends as a dual does:
    the noun and the adjectives agreeing with it ("بلدين جارين"), no name."""
    toks = tokens_of(doc)   # (asked of every span the NER finds: no Token built per word)
    words = [normalize(toks.texts[k]) for k in range(i, j) if not toks.spaces[k]]
    return bool(words) and dual_of_common(words[0]) and all(w.endswith(DUAL_ENDINGS) for w in words)


def _beside_an_accusative_noun(doc: Doc, i: int) -> bool:
    """Token i, a word in the accusative's ا, right before or after an ordinary noun in the accusative with
    no pronoun on it ("موقفا مزدوجا", "بندا بندا"): an adjective or a repeated noun, no place's name
    ("عليها نوميديا", "وطنها ميديا": a pronoun's ا is no accusative)."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    if not normalize(texts[i]).endswith("ا"):
        return False
    for k in (prev_word(doc, i), next_word(doc, i)):
        if k is None or is_function_text(texts[k]):
            continue
        norm = normalize(texts[k])
        if norm.endswith("ا") and not norm.endswith(("ها", "نا")) and len(norm) >= 4 and norm[:-1] in common_words():
            return True
    return False


def _second_name_after_waw(doc: Doc, i: int, j: int) -> int | None:
    """The span is two words, the second و and a name ANERcorp's annotators saw inside names, a listed given
    name or a known entity ("صباح وهيفاء", "بري والسنيورة"), which with its و is none ("وايت", "وليد"
    are names whole): the token of the second name, which the first is not part of."""
    toks = tokens_of(doc)   # (asked of every span the NER finds: no Token built per word)
    texts = toks.texts
    words = [k for k in range(i, j) if not toks.spaces[k]]
    if len(words) != 2 or is_name_link(texts[words[0]]) or not texts[words[1]].startswith("و"):
        return None
    whole, stem = normalize(texts[words[1]]), normalize(texts[words[1]][1:])
    if len(stem) < 3 or whole in lexicon.person_names().given or whole in lexicon.known_entities() \
            or is_function_text(texts[words[1]]) or is_function_text(texts[words[0]]):
        return None
    listed = stem in lexicon.person_names().given or stem in lexicon.known_entities()
    if _two_definite_names(normalize(texts[words[0]]), stem):
        return words[1]   # "الأهلي والزمالك": two clubs; ANERcorp's annotators tagged some such pairs whole
    # (ANERcorp tags "والسنيورة" in a list too: the whole must be seen in names far less often than the bare name)
    in_names = {w: seen - outside for w, (seen, outside) in ((w, word_counts().get(w, (0, 0))) for w in (whole, stem))}
    if not listed and (in_names[whole] * NAME_OVER_WAW > in_names[stem] or not is_known_name_word(stem)):
        return None
    return words[1]


def _two_definite_names(first: str, second: str) -> bool:
    """Two definite words joined by و ("الأهلي والزمالك", "الوداد والرجاء"), each a name ANERcorp's annotators
    saw inside names at least half the times and no ordinary word of news: two names (two clubs, two villages),
    no one name of two nouns as "العدالة والتنمية" (ordinary words, the body's own name)."""
    return first.startswith(DEFINITE) and second.startswith(DEFINITE) and all(
        is_known_name_word(w) and not is_ordinary_word(w) for w in (first, second))


DEFINITE = "ال"
NAME_OVER_WAW = 3   # "السنيورة" 25 times in names, "والسنيورة" once; "وايت" as often as "ايت": a name itself


def _unseen_family_name(doc: Doc, k: int) -> bool:
    """Token k, right after a one-word name the NER tags, is its family name: a word no text of news holds
    (ANERcorp never saw it), with no article or و, no verb's imperfect prefix (ي ت ن: "يتوعد"), no
    accusative of an ordinary noun ("مقرا"), no word no name takes, no cue, title or known name."""
    if k >= len(doc):
        return False
    t = doc[k]
    norm = normalize(t.text)
    return is_name_like(t) and len(norm) >= 4 and norm not in word_counts() and not t.text.startswith(("ال", "و")) \
        and not t.text.startswith(IMPERFECT_PREFIXES) and not is_inflected_common(norm, t.text) \
        and not no_name_word(t.text, first=False) and not cue_word(t.text) and match_title(doc, k) is None \
        and nisba_country(doc, k) is None and known_entity_at(doc, k, ("Person", "Place", "Organization")) is None \
        and not ordinary_word_with_pronoun(t.text) and not (norm.endswith("ا") and norm[:-1] in common_words()) \
        and not ends_name(doc, k) and not verb_after_name(doc, k)   # "فلانة استفادت من": the name's verb


SERVANT = normalize("عبد")
PLURAL_ENDINGS = ("ين", "ون", "ات")


def _servant_of_a_plural(doc: Doc, i: int, j: int) -> bool:
    """The span is عبد and a definite sound plural ("عبد الناصحين", "عبد الدولارات"): names in عبد take one
    of God's names, which are singular; their ين or ون closes a stem of two letters ("المعين", "الحسين")."""
    k = skip_space(doc, i + 1)
    if j - i > 3 or k >= j or normalize(doc[i].text) != SERVANT or skip_space(doc, k + 1) < j:
        return False
    norm = normalize(doc[k].text)
    return norm.startswith("ال") and norm.endswith(PLURAL_ENDINGS) and len(norm) - 4 >= 3 \
        and not is_known_name_word(norm) and norm not in lexicon.person_names().family


# adjective shapes of a feminine indefinite word, in normalised spelling: فاعلة ("عالقة"), فعيلة
# ("خطيرة"), مفعولة ("معقولة"); C a letter, the ة written ه
_FEMININE_ADJECTIVE = re.compile(r"[^ ]ا[^ ][^ ]ه|[^ ][^ ]ي[^ ]ه|م[^ ][^ ]و[^ ]ه")


def _agreeing_adjective(doc: Doc, i: int) -> bool:
    """Token i, a feminine indefinite word of an adjective's shape that ANERcorp never saw in a name,
    right after an indefinite ordinary noun in ة that heads no place or body: an adjective agreeing
    with that noun ("قضية عالقة"), no place's or body's name ("مدينة X", "جامعة X" are heads)."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    text = texts[i]
    norm = normalize(text)
    if not text.endswith("ة") or text.startswith("ال") or is_known_name_word(norm) or norm in lexicon.known_entities() \
            or _FEMININE_ADJECTIVE.fullmatch(norm) is None:
        return False
    p = prev_word(doc, i)
    if p is None or not texts[p].endswith("ة") or texts[p].startswith("ال"):
        return False
    head = normalize(texts[p])
    return head in mostly_common_words() and head not in lexicon.org_heads() and head not in lexicon.titles() \
        and head not in lexicon.function_words().place_head and head not in lexicon.function_words().place_head_kept


# adjective shapes of a masculine indefinite word, in normalised spelling: فاعل ("نادر"), فعيل ("خطير"),
# مفعول ("مزور"), مفعل and مفيل of the hollow verbs ("مدان", "مهين"); many given names share them
_MASCULINE_ADJECTIVE = re.compile(r"[^ ]ا[^ ][^ ]|[^ ][^ ]ي[^ ]|م[^ ][^ ]و[^ ]|م[^ ][اي][^ ]")


_NOUN_PROCLITICS = ("ب", "ل", "ك")
_GOVERNING_A_NOUN = lexicon.function_words().preposition | lexicon.function_words().any_word \
    | lexicon.function_words().quantifier


def _masculine_adjective_of_noun_before(doc: Doc, i: int) -> bool:
    """Token i, a bare word of a masculine adjective's shape read alone as a person, right after an
    indefinite ordinary noun that is no title, no head of a body or place ("في خطاب نادر"), and written
    nowhere else in the text: an adjective agreeing with that noun. A given name alone after a noun in
    construct ("مقتل X") is a person the text names in full elsewhere, so a word seen again stays a name."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    text, norm = toks.texts[i], normalize(toks.texts[i])
    if text.startswith("ال") or norm in lexicon.known_entities() or _MASCULINE_ADJECTIVE.fullmatch(norm) is None:
        return False
    p = prev_word(doc, i)
    if p is None or toks.texts[p].startswith("ال") or toks.texts[p].endswith("ة"):
        return False
    head = normalize(toks.texts[p])
    if head[:1] in _NOUN_PROCLITICS and head[1:] in common_words() and not head[1:].startswith("ال"):
        head = head[1:]   # "بخطاب": a noun after its preposition
    elif (q := prev_word(doc, p)) is None or normalize(toks.texts[q]) not in _GOVERNING_A_NOUN:
        return False      # the word before is a noun only after a preposition or "أي", "كل": no verb ("وصل X")
    if head not in common_words() or head in lexicon.org_heads() or head in lexicon.titles() \
            or head in lexicon.function_words().place_head or head in lexicon.function_words().place_head_kept:
        return False
    return sum(1 for t in doc if normalize(t.text) == norm) == 1


def _future_verb_after_its_subject(doc: Doc, i: int) -> bool:
    """Token i is shaped like a verb in the future (س and an imperfect prefix: "سيمول", "ستصمد"), no name
    ANERcorp's annotators saw, right after a definite noun that is no title, no place head and no word of
    a name: the noun is the verb's subject ("الحكومة ستصمد"; not "العاصمة سيول"). A body's head noun
    does not take a name after it with the article ("الشركة" + name is no way to name a company)."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    text = texts[i]
    if not (text.startswith("س") and text[1:2] in IMPERFECT_PREFIXES):
        return False   # (the word's own shape first: most words are no verb in the future)
    norm = normalize(text)
    if len(norm) < 4 or is_known_name_word(norm) or norm in lexicon.known_entities():
        return False
    p = prev_word(doc, i)
    if p is None or not texts[p].startswith("ال") or match_title(doc, p) is not None:
        return False
    head = normalize(texts[p])[2:]
    return head not in lexicon.function_words().place_head and head not in lexicon.function_words().place_head_kept \
        and not name_like_at(doc, p)


def name_clitic(doc: Doc, i: int, j: int) -> tuple[int, str]:
    """The proclitic on the first word of a name no table knows, as for the NER's spans (length, stem)."""
    return _ner_clitic(doc, i, j)


def _ner_clitic(doc: Doc, i: int, j: int, person: bool = False) -> tuple[int, str]:
    """The proclitic the NER left on a name's first word (ANERcorp tags "ونايفة" whole): stripped
    when the lexicon knows the rest, the article follows it, the rest is a common head ("بحي
    الكرامة"), or a conjunction joins the name to a list ("وحمص وحماة"); kept when the
    whole word is a name ANERcorp knows ("وليد") or the rest is no word ("ويكيليكس"), and in a
    person's name when كال (or بال in a speech verb's subject slot) opens a foreign name ("كالديرون",
    "واعترف بالاسيوس")."""
    known = lexicon.known_entities()
    texts = tokens_of(doc).texts   # (the per-Doc list: doc[k] and a Span's tokens are each a Token built anew)
    word = texts[i]
    if normalize(word) in known:
        return 0, word
    for clitic, stem in clitic_variants(word)[1:]:
        rest = normalize(" ".join([stem] + texts[i + 1:j]))
        stem_norm = normalize(stem)
        if person and stem.startswith("ال") and rest not in known and _foreign_after_article(stem_norm) \
                and (clitic == "ك" or (clitic == "ب" and _right_after_saying_verb(doc, i))):
            # "كالديرون": كـ (like) seldom stands before a name; بـ does ("باليساندرو": with Alessandro),
            # save right after a speech verb, in its subject's place ("واعترف بالاسيوس")
            return 0, word
        if rest in known or (stem.startswith("ال") and clitic):
            return len(clitic), stem
        if clitic in ("و", "ف") and stem_norm in KUNYA and j > i + 1:
            return len(clitic), stem   # "وأبو خالد الحلبي": a conjunction before a kunya
        if clitic and len(clitic) == 1 and stem[:1] in HAMZA_ALEFS and len(stem_norm) >= 3:
            return 1, stem   # "وأودي", "لأولمبياكوس": no word or name opens with و/ل/ب/ف and a hamza on alef
        if clitic in ("و", "ب", "ل") and len(stem_norm) >= 4 and _better_name_without(normalize(word), stem_norm):
            return 1, stem   # "لارسنال", "وابراهيم": the name ANERcorp saw far more often without the letter
        # ANERcorp tags names with their clitics ("وصلاح"): the word is a name there only if its
        # stem is not one too
        whole_is_name = is_known_name_word(normalize(word)) and not is_known_name_word(stem_norm) \
            and _listed_name_unless_conjunction(normalize(word), clitic)
        # ("لإبراهيم": لـ before a given name the lexicon knows, the whole word no given name; not بـ, which
        # as often begins a foreign name: "بريان")
        if clitic in ("و", "ب", "ل") and len(stem_norm) >= 2 and not whole_is_name \
                and (stem_norm in common_words() or (clitic in ("ب", "ل") and stem_norm in mostly_common_words())
                     or (clitic == "و" and len(stem_norm) >= 3
                                                     and stem_norm[0] not in "اوي")
                     or (person and clitic == "ل" and len(stem_norm) >= 4 and stem_norm in lexicon.given_names()
                         and normalize(word) not in lexicon.given_names())):
            return len(clitic), stem
    return 0, word


def _better_name_without(whole: str, stem: str) -> bool:
    """The stem is a name word ANERcorp saw at least three times as often as the whole word ("ارسنال"
    against "لارسنال"), and the whole word is no listed name ("وليد", "لبنان" are seen more often whole)."""
    seen_stem, seen_whole = word_counts().get(stem, (0, 0))[0], word_counts().get(whole, (0, 0))[0]
    return is_known_name_word(stem) and seen_stem >= 3 * max(seen_whole, 1) \
        and whole not in lexicon.given_names() and whole not in lexicon.family_names() \
        and whole not in lexicon.known_entities()


def _listed_name_unless_conjunction(whole: str, clitic: str) -> bool:
    """ANERcorp counts a name with the conjunction it was written with ("وباسكال", "وتنزانيا" are name
    words there), so for و its counts alone cannot tell "Walid" from "and Pascal": the whole word is
    then a name only when the name lists know it ("وليد", "وديعة")."""
    return clitic != "و" or whole in lexicon.given_names() or whole in lexicon.family_names()


SAYING_ACTS = frozenset({"say", "announce", "deny"})   # verbs that take no object with بـ before a name


def _right_after_saying_verb(doc: Doc, i: int) -> bool:
    """Right after a verb of saying, announcing or denying ("واعترف", "وقال"); not one whose object a
    بـ opens ("رحب بـ", "أشاد بـ")."""
    return any(cue.kind in ("verb", "continuation") and cue.act in SAYING_ACTS for cue in cues_before(doc, i))


FOREIGN_STEM_LETTERS = 4   # letters after the article of what can be a foreign name's tail ("ديرون")


def _foreign_after_article(stem_norm: str) -> bool:
    """"الديرون" (of "كالديرون"), "الاسيوس" (of "بالاسيوس"): what follows بـ/كـ reads as a definite word
    but is none: no word of news, no family name ANERcorp knows ("العقاد"), no nisba or feminine
    ending ("الكبيسي"), nothing the lexicon knows. The letters are the foreign name's own."""
    return len(stem_norm) >= 2 + FOREIGN_STEM_LETTERS and not stem_norm.endswith(("ي", "ه")) \
        and stem_norm not in common_words() and stem_norm not in mostly_common_words() \
        and not is_known_name_word(stem_norm) and stem_norm not in lexicon.known_entities()


PLACE_BEFORE_NAME_REACH = 2   # tokens back from a person's span where a known place's name may begin
NAME_WORDS_LEFT = 2           # words of a name that must remain after the place's words


def _past_known_place(doc: Doc, i: int, j: int) -> int:
    """"الباحث في X Y فلان علان", "حاكم ولاية X فلان علان", "بجامعة X بمدينة Y فلان علان": the NER's person
    span (tokens i..j-1) opening with the last words of a place the lexicon knows, begun before the span, or with
    a whole place of several words or a place with a preposition glued on: the holder's name begins after the
    place, so long as two words of a name remain. A bare one-word place opening the span stays (a given name
    spelled like a place, "إسرائيل كاتس")."""
    for s in range(max(0, i - PLACE_BEFORE_NAME_REACH), i + 1):
        known = known_entity_match(doc, s, ("Place",))
        if known is None or not i < known[0] < j:
            continue
        if s == i and known[0] - i == 1 and not known[2]:
            continue
        rest = [k for k in range(known[0], j) if not doc[k].is_space]
        if len(rest) >= NAME_WORDS_LEFT and all(is_name_like(doc[k]) for k in rest):
            return rest[0]
    return i


def _own_name_before_descent(doc: Doc, i: int) -> int:
    """"الوليد بن طلال" read from بن: a given name with the article right before the particle of
    descent is the person's own name, where the name begins."""
    toks = tokens_of(doc)   # (read off the Doc's token lists: each doc[k] builds a Token)
    if normalize(toks.texts[i]) not in DESCENT:
        return i
    p = prev_word(doc, i)
    if p is not None and definite_given_name(doc, p):
        return p
    return i


def _name_of_clitic_look_alikes(doc: Doc, i: int, j: int, type_: str) -> bool:
    """"كولن باول": a person's name of two words or more, each of which reads as a proclitic on an
    ordinary word ("ب" + "اول") but none of which is an ordinary word whole. The NER read them
    together as one name, and no ordinary phrase is made of such words alone."""
    words = [doc[k] for k in range(i, j) if not doc[k].is_space]
    return type_ == "Person" and len(words) >= 2 and all(is_name_like_whole(t) for t in words)


def _short_name_of_speaker(doc: Doc, i: int, j: int, type_: str) -> bool:
    """"وأوضح شو أن": a name of two letters (Chinese and Korean names have them) is kept where the NER
    reads one word as a person right after a cue verb, the word is no ordinary one and ANERcorp's
    annotators found it inside names. Elsewhere two letters are too often initials or particles."""
    p = prev_word(doc, i)
    return type_ == "Person" and j - i == 1 and p is not None and cue_word(doc[p].text) \
        and is_name_like(doc[i]) and is_known_name_word(normalize(doc[i].text))


def _name_after_its_clitic(doc: Doc, i: int, j: int, type_: str) -> bool:
    """"والعقاد": a conjunction or preposition written on a definite family name hides it from the word
    tests (a proclitic before the article starts no ordinary name); what _ner_clitic strips is asked
    about instead. A body's or place's name so hidden ("والزمالك" after "الأهلي": two clubs) only when ANERcorp's
    annotators saw the bare word inside names at least half the times, no ordinary word of news."""
    clitic_len, stem = _ner_clitic(doc, i, j)
    if clitic_len == 0 or not stem.startswith("ال") or normalize(stem) in mostly_common_words():
        return False
    if type_ == "Person":
        return name_like_text(stem)
    return is_known_name_word(normalize(stem)) and not is_ordinary_word(normalize(stem))


def _regnal_number_at(doc: Doc, i: int, j: int) -> int:
    """Where the regnal number ending a person's span i..j begins ("فرناندو الثالث", "بنديكت السادس
    عشر"), or j when it ends in none. The name before it is one word at least."""
    words = [k for k in range(i + 1, j) if not doc[k].is_space]
    n = len(words)
    while n > 0 and normalize(doc[words[n - 1]].text) in REGNAL_ORDINALS:
        n -= 1
    return words[n] if n < len(words) else j


def _title_as_family_name(doc: Doc, i: int, k: int) -> bool:
    """"طارق السيد", "محمد الأمير": a definite title right after a given name the table lists is the
    person's family name, where the NER reads both as one name; a title in apposition comes with a
    complement or a country ("خالد وزير الخارجية")."""
    nxt = skip_space(doc, k + 1)
    return prev_word(doc, k) == i and _stem_is_given_name(doc[i].text) and doc[k].text.startswith("ال") \
        and normalize(doc[k].text) in lexicon.titles() \
        and (nxt >= len(doc) or not (is_name_like(doc[nxt]) or doc[nxt].text.startswith("ال")))


def _stem_is_given_name(text: str) -> bool:
    """The word, or the word after a conjunction or preposition, is a given name the table lists."""
    given = lexicon.person_names().given
    return any(normalize(stem) in given for _, stem in clitic_variants(text)[:2])


def _known_name_like_a_clitic(doc: Doc, i: int, j: int, type_: str) -> bool:
    """"كيلي", "فيصل": a person's one-word name the NER tags, that reads as كـ or فـ (seldom written on
    the nouns of news) before an ordinary word, and that ANERcorp's annotators found inside names."""
    text = doc[i].text
    return type_ == "Person" and j - i == 1 and text.startswith(("ك", "ف")) and is_name_like_whole(doc[i]) \
        and is_known_name_word(normalize(text)) and not is_known_name_word(normalize(text[1:]))


def _definite_noun_before_given_name(doc: Doc, i: int, j: int) -> bool:
    """"الطالب خوان فلان", "البائع سامي": a definite word opening a person's span, right before a given name the
    lists know (without the article): a name opens with its given name, so the word before is a noun of the
    person's calling, no word of the name; not a given name written with the article ("الحبيب", "الوليد")."""
    nxt = skip_space(doc, i + 1)
    if nxt >= j or not doc[i].text.startswith("ال") or doc[nxt].text.startswith(("ال", "و")):
        return False
    if normalize(doc[i].text) in DEFINITE_GIVEN_NAMES or definite_given_name(doc, i):
        return False
    return normalize(doc[nxt].text) in lexicon.given_names()
