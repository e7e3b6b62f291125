"""Persons introduced by a title or role ("وزير الخارجية البرازيلي جواو سيلفا") or by a "led by" word."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clean_surface, normalize
from ..words import (text_of, is_quote, QUOTE_CHARS, TANWEEN_FATH, name_like_at, is_arabic_word, is_function_word, is_function_text, is_name_like,
                     is_time_word, stems, common_words, is_inflected_common, mostly_common_words, prev_word, tokens_of,
                     is_name_link, is_non_name_form, is_plural_of_common, word_count, PRONOUN_SUFFIXES,
                     is_known_name_word, words_where)
from .base import (BODY_MODIFIERS, COMPLEMENTIZERS, LEADER_INTRODUCERS, NAME_INTRODUCERS, PLACE_HEADS, POSTED_AT,
                   TITLE_MODIFIERS, Candidate, is_honorific, is_nisba, known_entity_at, known_entity_match, match_title,
                   name_word_read_as_ka_and_place, nisba_country,
                   longest_match, positions, skip_space, span_chars, title_starts, token_info)
from .ala import ala_before_that
from .name_spans import (foreign_body_before_holder, accusative_common_noun, addressee_before_what_was_said, clause_word_after_title, construct_title, definite_family_name_after_given_name, ordinary_word_alone,
                         preposition_on_a_word, split_kunya, verbal_noun_title)
from .names import (SON_OF, addressee_after_family_name, circumstantial_participle_of_a_cue, cue_word, kin_with_pronoun, name_end,
                    nearly_always_outside_names, object_of_the_verb_before, ordinary_word_with_pronoun, verb_after_name)
from .name_words import compound_given_name_as_place, noun_with_possessive
from .slots import SLOT_ADJUNCTS, given_name_spelled_like_a_place
from .bodies import body_chain_end, remit_end
from .party_names import wing_end
from .quoted_names import quoted_name_end
from .syllable_names import syllable_name_end
from .title_word_given_names import given_name_spelled_as_title_or_time
from .name_tails import (definite_family_name_end, given_name_read_as_clitic, name_before_amma_answer_end,
                         name_opened_by_function_word_end, name_to_boundary_end)
from .governed_after_title import title_ends_at_governed_object
from .described_holder_names import name_past_description, rare_words_name_end
from .derived_verbal_nouns import derived_verbal_noun_before_object

TITLE_LINKS = lexicon.function_words().title_link   # "باسم", "عن", "لشؤون": the title's body or field follows


def title_candidates(doc: Doc) -> tuple[list[Candidate], list[tuple[int, int, str, str | None]]]:
    """Persons introduced by a title, and bare titles (title with no name after it)."""
    people, bare = [], []
    toks = tokens_of(doc)
    texts = toks.texts   # (read off the lists: each doc[k] builds a Token, and a title is read over many words)
    for i in positions(doc, title_starts(lexicon.titles())):
        if toks.spaces[i]:
            continue
        m = match_title(doc, i)
        if not m:
            continue
        k, title = m
        # "لمساعدة دولة", "بمساعدة فلان": a preposition before a title shaped like a verbal noun reads
        # "to help", "with the help of": a name may follow it, an ordinary word is no name there
        verbal = verbal_noun_title(doc, i, title)
        # "رئيس البنك الدولي": when the title runs into a known organization, the
        # organization is the title's complement ("رئيس" of the World Bank)
        for inner in range(i + 1, k):
            known = known_entity_at(doc, inner, ("Place", "Organization"))
            if known and known[0] > k:
                k, title = inner, clean_surface(text_of(doc)[toks.starts[i]:toks.starts[inner - 1] + len(texts[inner - 1])])
                break
        role_of = None
        after_body = False
        nationality_read = False   # a nationality adjective closes the title's construct chain
        words = normalize(title).split()
        if len(words) == 2 and words[0] + " ال" + words[1] in lexicon.titles() and k < len(doc) \
                and texts[skip_space(doc, k)] not in QUOTE_CHARS:
            # "وزير خارجية كندا فلان": the word after a construct title is its country (a quoted name after
            # "رئيس حزب" is the party's, read below)
            known = known_entity_at(doc, skip_space(doc, k), ("Place", "Organization"))
            k, role_of = known if known else (skip_space(doc, k) + 1, None)
        # modifiers: nationality adjectives, "باسم <organization>", places and organizations, "السابق"
        for _ in range(6):
            k = skip_space(doc, k)
            if k >= len(doc) or title_ends_at_governed_object(doc, i, k):
                break   # "وتعهد رئيس الحكومة الجديد بمواصلة": the verb's object in بـ, no complement of the title
            norm = normalize(texts[k])
            country = nisba_country(doc, k) if texts[k].startswith(("ال", "وال")) else None
            if country:
                role_of = role_of or country
                nationality_read = True
                k += 1
                continue
            # "وزيرة الصحة في الحكومة الكندية": the body the title holder belongs to
            if norm in POSTED_AT:
                inner = known_entity_at(doc, skip_space(doc, k + 1), ("Place", "Organization"))
                if inner:
                    k, role_of = inner[0], role_of or inner[1]
                    continue
                # "المسؤول في وزارة النقل فلان": a body named by its head noun and chain, as after باسم
                head = skip_space(doc, k + 1)
                if (field_end := _field_of_study_end(doc, head)) is not None:
                    k = field_end   # "الباحث في الشؤون الأفريقية فلان": the holder's field, then the name
                    continue
                if (city_end := _body_of_a_place_end(doc, head, normalize(texts[head]) if head < len(doc) else "")):
                    k = city_end   # "الباحث في جامعة ليون فلان": a body named by its head and the city it is of
                    continue
                # "المسؤول في الوزارة فلان": a body named by its definite head noun alone, before a name
                if _definite_body_before_name(doc, head):
                    k, after_body = head + 1, True
                    continue
                if (close := _quoted_body_after_posted_at(doc, head)) is not None:
                    k, after_body = close, True   # "الباحث في مركز «فلان» [في المدينة]، فلان علان": the body named in quotes
                    continue
                if _correspondent_s_city_before_name(doc, title, head):
                    k = head + 1   # "مراسلنا في نوميا فلان علان": a correspondent is posted in a city, one word
                    continue
                if head < len(doc) and normalize(texts[head]) in lexicon.org_heads() \
                        and body_chain_end(doc, head + 1) > head + 1:
                    k = body_chain_end(doc, head + 1)
                    continue
            # "الأستاذ بجامعة ليون فلان": the head noun with ب written on it, and the city the body is of
            if texts[k].startswith("ب") and (city_end := _body_of_a_place_end(doc, k, norm[1:])):
                k = city_end
                continue
            # "العقيد بسلاح الجو فلان", "الباحث بمعهد الدراسات فلان": the body the holder serves in, its
            # head noun with the preposition ب written on it, and its chain
            if texts[k].startswith("ب") and not texts[k].startswith("بال") and norm[1:] in lexicon.org_heads() \
                    and body_chain_end(doc, k + 1) > k + 1:
                k = body_chain_end(doc, k + 1)
                continue
            # "الرئيس السابق للجنة فلان فلان": the body the title is of, its definite head noun in لـ
            if (body_end := _body_in_li_before_name(doc, k)) is not None:
                k, after_body = body_end, True
                continue
            # "مدير المعهد الدولي للحوار فلان": the remit in لـ a body noun and its adjectives go on with
            if after_body and (remit := remit_end(doc, k)) > k:
                k = remit
                continue
            # "مدير «المعهد الدولي للحوار» فلان": a body named in quotation marks, its head a body noun
            if texts[k] in QUOTE_CHARS and k + 1 < len(doc) and texts[k + 1].startswith("ال") \
                    and normalize(texts[k + 1])[2:] in lexicon.org_heads() \
                    and (close := quoted_name_end(doc, k + 1)) > k + 1 \
                    and (after := skip_space(doc, close + 1)) < len(doc) and not texts[after].startswith("ال") \
                    and name_end(doc, after) > after:
                k = close + 1   # only before a name: "مجلس النواب «البرلمان» العراقي" is a gloss
                continue
            # "زعيم حزب «النهضة» فلان", "الأمين العام لحزب «النهضة» المعارض فلان": a body's head noun and its
            # name in quotation marks, then the name of the one who holds the title
            if (close := _quoted_body_before_name(doc, k)) is not None:
                k, after_body = close, True
                continue
            # "ممثل المنظمة في بوليفيا ...": a definite body noun is the title's complement
            body_noun = texts[k].startswith("ال") and norm[2:] in lexicon.org_heads()
            # "زعيم الحزب الاشتراكي الديمقراطي فلان": after a body noun its nisbas are adjectives, not names
            adjective = texts[k].startswith("ال") and (norm.endswith("يه") or norm in BODY_MODIFIERS or (
                norm.endswith("ي") and (after_body or not name_like_at(doc, k))))
            nxt = skip_space(doc, k + 1)
            # a nationality adjective closes the chain: "الرئيس الكيني القادة الأفارقة" is the title, then the
            # verb's object (a definite noun and its adjective no longer complete the title)
            complement = not nationality_read and _definite_complement(doc, k, nxt)
            # "سفير دولة البحرين", "رئيس قسم التحقيقات": an ordinary noun in construct with a definite
            # noun or a known place completes the title; a given name before a family name does not
            # after a nationality adjective an indefinite noun is no complement: "الرئيس الأميركي منح
            # الأوروبيين" is the title, then what he did
            construct_end = None if nationality_read else _construct_after_title(doc, k, nxt)
            if construct_end is not None:
                known = known_entity_at(doc, nxt, ("Place", "Organization"))
                k, role_of = construct_end, role_of or (known[1] if known else None)
                continue
            group_pair = not nationality_read and _group_noun_pair(doc, k, nxt)
            if norm in TITLE_MODIFIERS or body_noun or adjective or norm in NAME_INTRODUCERS or complement or group_pair:
                after_body = body_noun or (after_body and adjective)
                k += 1
                continue
            if norm in TITLE_LINKS or texts[k].startswith("باسم"):
                k = skip_space(doc, k + 1)
                known_org = known_entity_at(doc, k, ("Organization", "Place"))
                if (foreign := foreign_body_before_holder(doc, k)) is not None:
                    k, after_body = foreign, True   # "المتحدث باسم قصر فلانيا مارك علان": the holder after it
                    break
                if known_org:
                    k, role_of = known_org[0], role_of or known_org[1]
                elif k < len(doc) and normalize(texts[k]) in lexicon.org_heads():
                    k = body_chain_end(doc, k + 1)
                while k < len(doc) and not toks.spaces[k] and (texts[k].startswith("ال") or nisba_country(doc, k)):
                    k += 1
                continue
            known = known_entity_match(doc, k, ("Place", "Organization"))
            if known and not (known[0] == k + 1 and name_word_read_as_ka_and_place(doc, k, known[2])) \
                    and not compound_given_name_as_place(doc, k, known[0]) \
                    and not _given_name_after_a_complete_title(doc, k):
                k, role_of = known[0], role_of or known[1]
                continue   # (not "الرئيس كلاوس فلان": a given name read as كـ + a place is no title's country,
                # nor "الوزير صلاح الدين فلان" a compound given name that names a place too)
            # "رئيس شركة فلانكس مارك علان": a body named by one foreign word, then the holder's name
            if (foreign := foreign_body_before_holder(doc, k)) is not None:
                k, after_body = foreign, True
                break
            # "المتحدث باسم ائتلاف الوسط ...", "رئيس حزب العمال ...": a body named by head and chain
            if norm in lexicon.org_heads() and not texts[k].startswith("ال"):
                # "زعيم حزب الرابطة - جناح X فلان": the wing after a dash is part of the party's name
                chain_end = wing_end(doc, lexicon.org_heads().get(norm), body_chain_end(doc, k + 1))
                if chain_end > k + 1:
                    k = chain_end
                    continue
            if given_name_spelled_as_title_or_time(doc, k):
                break   # "العميد أمير فلان علان": no second title, the holder's given name
            nested = match_title(doc, k)
            if nested and nested[0] > k:
                if is_honorific(title):
                    title = nested[1]   # "معالي وزير الصحة فلان": his office is the title, not the honorific
                k = nested[0]
                continue
            break
        after_comma = k < len(doc) and texts[k] in ("،", ",")
        if after_comma:
            k = skip_space(doc, k + 1)
        elif k < len(doc) and title_ends_at_governed_object(doc, i, k):
            pass   # "وأبلغ النائب العام بأنه": بـ on أن or on the verb's object, no complement of the title
        elif construct_title(doc, i, k, title):
            k = skip_space(doc, k + 1)  # "سائق ماكلارين", "رئيسة بيلباو": the word is the title's complement
        elif (named := _complement_before_a_name(doc, i, k, title)) > k:
            k = named  # "زعيم فلانيا أندريه فلان", "زعيم «فلانيا» فلان": the party led, then its leader's name
        elif possessed_body_after_title(doc, k):
            k = skip_space(doc, k + 1)  # "رئيس مجلسها فلان": its council, the body of the one named before
        elif (described := _name_after_definite_words(doc, k)) > k:
            k = described  # "المحامي الحقوقي فلان علان": definite words the modifiers above did not read, then the name
        elif name_end(doc, k) == k and _in_speech_slot(doc, i) and (past := name_past_description(doc, i, k)) > k:
            k = past  # "زعيم حركة سبعة أقمار فلان علان": the rest of the title's description, then the name
        if k < len(doc) and normalize(texts[k]) in SON_OF and (p := prev_word(doc, k)) is not None and p >= i \
                and toks.arabic[p] and not texts[p].startswith("ال") and not is_function_text(texts[p]):
            k = p   # "السفير مساعد بن فلان": the indefinite word a title read, right before بن, is the given name
        start_name = k
        run_end = name_end(doc, k)
        if run_end == k and (normalize(title).startswith("ال") or len(title.split()) > 1) \
                and _given_name_spelled_as_a_word(doc, i, k):
            run_end = name_end(doc, k, known_until=k + 1)   # "الرئيس <a word> <a foreign name>": the word is the given name
        elif run_end == k and given_name_read_as_clitic(doc, k):
            run_end = skip_space(doc, k + 1) + 1   # "المستشار ويلي فلان، ": a given name that seems و + a word
        elif run_end == k and (opened := name_opened_by_function_word_end(doc, k)) > k:
            run_end = opened   # "الوزير دون فلانيرا إن": a foreign given name spelled as a function word
        if run_end == k and given_name_spelled_as_title_or_time(doc, k):
            run_end = name_end(doc, skip_space(doc, k + 1))   # "الشيخ صباح فلان الفلاني": a given name spelled as a time word
        if run_end == k and _in_speech_slot(doc, i) and (rare := rare_words_name_end(doc, k)) > k:
            run_end = rare   # "وقالت الأمينة العامة للحزب نبيلة فلان إن": a given name that is a rare word too
        if (syllables := syllable_name_end(doc, k)) > run_end:
            run_end = syllables   # "المتحدث ليو بين تاو قوله": a name of syllables, some spelled as function words
        k = _up_to_the_known_name_s_end(doc, start_name, run_end)
        if k < run_end:
            people += _name_after_a_known_name(doc, k)
        found = k
        if k > start_name and _in_speech_slot(doc, i) and not _known_person_s_whole_name(doc, start_name, k):
            k = _name_to_slot_end(doc, k, i)
        elif k > start_name and _family_name_before_what_was_said(doc, k):
            k += 1  # "... العقيد حامد الدوري إن": a title deeper in the phrase, the name closed the same way
        if k == found > start_name and not _known_person_s_whole_name(doc, start_name, k):
            k = name_to_boundary_end(doc, start_name, k)  # "التقى الوزير فلان لعلان السبت": a family name read as لـ + a word
            k = definite_family_name_end(doc, start_name, k)  # "الوزير فلان الفلاني،": a family name with the article
        if k > start_name:
            k = name_before_amma_answer_end(doc, i, start_name, k)  # "أما الوزيرة فلانة علان الفلاني فكشفت"
        if (k == start_name + 1 or verbal) and k > start_name and ordinary_word_alone(doc[start_name]):
            k = start_name  # "لمساعدة دولة حليفة": an ordinary word after a title is no name on its own
        if k == start_name + 1 and accusative_common_noun(doc, start_name):
            k = start_name  # "المحامي طعنا أمام": the subject after its verb, then the verb's object, no name
        if k == start_name + 1 and preposition_on_a_word(doc[start_name]):
            k = start_name  # "رئيس اللجنة المنظمة لمؤتمر المناخ فلان": the title's event, the name further on
        if k == start_name + 1 and ala_before_that(doc, start_name):
            k = start_name  # "وشدد الوزير علي أن": على spelled with ي, no name
        if k > start_name and clause_word_after_title(doc, start_name, k, after_comma):
            k = start_name  # "..., وأضرموا النار", "لاعبة كرة القدم": a clause or the title's complement, no name
        if k == start_name + 1 and any(normalize(c.title or "") == normalize(title) for c in people) \
                and _word_seen_once(doc, start_name):
            # "أن المستشار همّش أبناء الإقليم" after "المستشار X فلان": the title refers back to the one
            # named with it, and a word the text writes once, no name known, is the verb after it
            k = start_name
        if k - start_name in (1, 2) and k <= skip_space(doc, start_name + 1) + 1 \
                and _verb_before_its_definite_object(doc, start_name):
            k = start_name  # "إن الرئيس ربح الرهان": a word seen once after a bare title, then its object, is the verb
        if k > start_name and derived_verbal_noun_before_object(doc, start_name):
            k = start_name  # "طلب من الرئيس إقالة المدير": the verb's object after the title, no name
        if k > start_name and _conjoined_name(doc, start_name):
            k = start_name  # "وكان الوزير الكيني وفلان قد صرحا": a second person joined by و, no name of the title's
        if k > start_name:
            k, kunya = split_kunya(doc, start_name, k)
            s, e = span_chars(doc, start_name, k, 0)
            people.append(Candidate(start_name, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title",
                                    title=title, role_of=role_of, title_i=i, extra_forms=kunya))
            people += _second_dual_holder(doc, i, k, title, after_comma=prev_word(doc, start_name) is not None
                                          and texts[prev_word(doc, start_name)] in ("،", ","))
        elif not verbal:
            bare.append((i, k, title, role_of))
    return people, bare


def _given_name_after_a_complete_title(doc: Doc, k: int) -> bool:
    """"مدير الوكالة ليون فلان": after a title whose complement is already a definite body, a one-word
    place with a word right after it that only a name holds is a given name spelled like the place, no
    country of the title's (still "سفير روسيا فلان": the bare title in construct with its country)."""
    p = prev_word(doc, k)
    return p is not None and doc[p].text.startswith("ال") and not is_function_word(doc[p]) \
        and known_entity_at(doc, k, ("Place",)) is not None and given_name_spelled_like_a_place(doc, k)


DESCRIPTION_WORDS = 3   # definite words a title's description may run on by before the holder's name


def _name_after_definite_words(doc: Doc, k: int) -> int:
    """Start of the holder's name past up to DESCRIPTION_WORDS definite words where the title's modifiers stopped
    ("المحامي الحقوقي فلان علان", "مسؤولة الاستفتاء فلانة علان": an adjective or a complement no table lists),
    when a name of two words or more follows them at once; k otherwise. A definite word is a noun or an
    adjective, never a verb, so the words before the name still describe the title; a title among them opens
    another person's title ("التقى الوزير الأمين العام فلان"), a known person is the verb's object."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    if k >= len(doc) or not texts[k].startswith("ال") or name_end(doc, k) > k:
        return k
    names = lexicon.person_names()
    q = k
    for _ in range(DESCRIPTION_WORDS):
        if q >= len(doc) or not texts[q].startswith("ال") or is_function_text(texts[q]) or is_time_word(doc[q]) \
                or match_title(doc, q) or known_entity_at(doc, q, ("Person", "Organization")) is not None \
                or normalize(texts[q]) in names.given or normalize(texts[q]) in names.family:
            break   # (a definite given or family name, "الشيخ الوليد بن فلان", is the name itself)
        q = skip_space(doc, q + 1)
    if q == k or q >= len(doc) or doc[q].text.startswith(("ال", "و")) or not is_name_like(doc[q]) \
            or ordinary_word_alone(doc[q]) or is_name_link(doc[q].text) or nisba_country(doc, q) is not None \
            or verb_after_name(doc, q) or match_title(doc, q) \
            or known_entity_at(doc, q, ("Organization", "Person")) is not None:
        return k   # (not a number, a verb, a particle of descent or a nationality: "الجنوب إفريقي فلان")
    end = name_end(doc, q)
    return q if word_count(doc, q, end) >= 2 else k


def _given_name_spelled_as_a_word(doc: Doc, i: int, k: int) -> bool:
    """"والرئيس الغيني <thousand> <foreign name>", "الطالبة <a word> <foreign name>": token k, right after a complete
    title, is a bare word of news (a noun, a place's name) the name finder reads as no name, before a word no
    news text holds and no list knows: the holder's given name spelled like an ordinary word, and the name goes on.
    Only after a definite or construct title ("قائدا حكيما": an indefinite one is described, no name follows);
    no body's head noun ("حزب", "شركة") nor a word with لـ or بـ, nor a plural ("محاولات إسقاط": the verb's object), which go on with the title's complement. Not after a
    complementizer or كان, nor with no word before the title (a headline): there the title may be a
    subject before its verb ("أن الوزير <verb> <name>"), and a verb with the prefix of the imperfect is refused too;
    nor before a known name or given name, which a verb before its object would have after it."""
    if k >= len(doc) or not is_arabic_word(doc[k]) or doc[k].text.startswith(("ال", "و", "ل", "ب", "ي", "ت", "ن", "س")) \
            or is_function_word(doc[k]) or is_time_word(doc[k]) or cue_word(doc[k].text) or TANWEEN_FATH in doc[k].text \
            or ordinary_word_with_pronoun(doc[k].text) or nisba_country(doc, k) is not None or match_title(doc, k) \
            or normalize(doc[k].text) in lexicon.groups() or normalize(doc[k].text) in lexicon.org_heads() \
            or normalize(doc[k].text).endswith("ات") or is_plural_of_common(normalize(doc[k].text)) \
            or known_entity_at(doc, k, ("Organization", "Person")) is not None:
        return False
    p = prev_word(doc, i)
    if p is None or not is_arabic_word(doc[p]) or (w := prev_word(doc, k)) is None or is_function_word(doc[w]):
        return False   # (after "الباحث عن": what the title is about, no name)
    before = normalize(doc[p].text)
    opener = lexicon.function_words()
    if before in COMPLEMENTIZERS or before in opener.kana or before[1:] in opener.kana:
        return False
    q = skip_space(doc, k + 1)
    if q >= len(doc) or doc[q].text.startswith(("ال", "و")) or not is_name_like(doc[q]) or is_function_word(doc[q]) \
            or normalize(doc[q].text) in common_words() or ordinary_word_alone(doc[q]) or is_non_name_form(doc[q].text) \
            or normalize(doc[q].text) in lexicon.person_names().given \
            or known_entity_at(doc, q, ("Person", "Place", "Organization")) is not None:
        return False
    return name_end(doc, q) > q


def _complement_before_a_name(doc: Doc, i: int, k: int, title: str) -> int:
    """Start of the holder's name after a title ending in an indefinite noun and the one-word name of what it
    heads, in construct ("زعيم فلانيا أندريه فلان": a word no list knows as a given name, then a known given name;
    "رئيس أساقفة فلانيا أندريه فلان": the last noun of a longer title governs the name as a one-word title does,
    and there, its noun wanting a genitive, any name of two words or more may follow it; "زعيم «فلانيا» فلان": a
    quoted name, then a name-like word); k when the words there are not so."""
    words = title.split()
    if words[-1].startswith("ال") or is_honorific(title) or word_count(doc, i, k) != len(words) or k >= len(doc):
        return k
    if is_quote(doc[k]) and (close := quoted_name_end(doc, k + 1, 1)) > k + 1:
        after = skip_space(doc, close + 1)
        return after if after < len(doc) and is_name_like(doc[after]) and not doc[after].text.startswith(("ال", "و")) \
            and name_end(doc, after) > after else k
    nxt = skip_space(doc, k + 1)
    given = lexicon.given_names()
    if is_name_like(doc[k]) and not doc[k].text.startswith(("ال", "و")) and normalize(doc[k].text) not in given \
            and normalize(doc[k].text) not in SON_OF and not is_name_link(doc[k].text) \
            and nxt < len(doc) and (normalize(doc[nxt].text) in given or len(words) > 1) \
            and name_end(doc, nxt) > skip_space(doc, nxt + 1):
        return nxt
    return k


def _word_seen_once(doc: Doc, k: int) -> bool:
    """Is token k, alone after a title, a word the text writes nowhere else and no name the lexicon knows (a given
    name, a known entity)? A one-word name after a title is a surname the article gave in full before ("الرئيس
    روتو" after "وليام روتو"); a word seen once there is the verb after a bare title ("إن الرئيس أخطأ")."""
    norm = normalize(doc[k].text)
    names = lexicon.person_names()
    if norm in names.given or norm in lexicon.known_entities() or len(norm) < 3:
        return False
    return sum(1 for t in tokens_of(doc).texts if len(t) >= len(norm) - 2 and normalize(t).endswith(norm)) == 1


def _verb_before_its_definite_object(doc: Doc, k: int) -> bool:
    """Token k, the first word after a title, that the text writes nowhere else and no lexicon knows, right
    before a definite word that is no time word, no nisba (a family name's usual shape), no known entity and no
    name ANERcorp saw: the verb after its subject (the title) and the verb's object ("إن الوزير يرمي الكرة"),
    however the name's end read them; the clause goes on after the object with a function word (no relative
    pronoun, no complementizer). A surname alone after a title is one the text gave in full before."""
    nxt = skip_space(doc, k + 1)
    if nxt >= len(doc) or not doc[nxt].text.startswith("ال") or is_time_word(doc[nxt]) or is_nisba(doc[nxt].text) \
            or is_known_name_word(normalize(doc[nxt].text)) or known_entity_at(doc, nxt, ("Person", "Place", "Organization")) is not None:
        return False
    after = skip_space(doc, nxt + 1)
    if after >= len(doc) or not is_function_text(doc[after].text) or normalize(doc[after].text) in COMPLEMENTIZERS \
            or normalize(doc[after].text) in lexicon.function_words().relative:
        return False  # "المسؤول كريم الجلالي إن", "... لصحيفة": a name closed by what was said, whom to, punctuation
    return _word_seen_once(doc, k) and not is_known_name_word(normalize(doc[k].text))


def _conjoined_name(doc: Doc, k: int) -> bool:
    """"الوزير الكيني وموانغي": is token k, right after a title, a name with the conjunction و on it, whose
    whole word is no name ("وليد", "وائل") but whose rest is: a given name, a name the lexicon knows, or a word the
    text writes on its own elsewhere? Then the title stands bare and the name is another person's."""
    text = doc[k].text
    norm = normalize(text)
    # (not whether ANERcorp saw the word inside names: its annotators tag "وفلان" with the و as a name)
    if not text.startswith("و") or len(norm) < 4 or norm in lexicon.person_names().given \
            or norm in lexicon.known_entities():
        return False
    stem = norm[1:]
    if stem in lexicon.person_names().given or stem in lexicon.known_entities():
        return True
    return any(w == stem for w in (normalize(t) for t in tokens_of(doc).texts) if len(w) == len(stem))


def _up_to_the_known_name_s_end(doc: Doc, start: int, end: int) -> int:
    """"عيّن الرئيس فلان الفلاني فلان آخر": a full name the lexicon knows (two words or more) opening the
    name after a title ends it, unless a name particle carries it on ("حمد بن جاسم آل ثاني")."""
    if end > start + 1 and (first := _known_person_at(doc, start)) is not None and _another_known_person_after(doc, first):
        return first[0]   # "هنأ الرئيس أوباما بايدن": two persons the lexicon knows, side by side, are two
    known = _known_person_at(doc, start) if end > start + 2 else None
    if known is None or known[0] >= end or known[0] - start < 2 or _family_name_of_several_words(doc, start, known):
        return end
    nxt = skip_space(doc, known[0])
    return end if is_name_link(doc[nxt].text) else known[0]


def _known_person_s_whole_name(doc: Doc, start: int, end: int) -> bool:
    """The name from start to end is a person's whole name as the lexicon knows it ("بنيامين نتنياهو"): no word
    between it and what was said is more of it ("ووصف رئيس الوزراء فلان علان X بأنه": X is whom he described)."""
    known = _known_person_at(doc, start)
    return known is not None and known[0] == end


def _another_known_person_after(doc: Doc, known: tuple[int, str]) -> bool:
    """Right after a person's name the lexicon knows (ending at known[0]), a name of another person it knows
    opens: the verb's object or a second person, no further word of the first name (the lexicon's longest
    form from the start would have held both)."""
    nxt = skip_space(doc, known[0])
    other = _known_person_at(doc, nxt) if nxt < len(doc) else None
    return other is not None and other[1] != known[1] and not is_name_link(doc[nxt].text)


def _known_person_at(doc: Doc, start: int) -> tuple[int, str] | None:
    """(end token, key) of the longest person's name the lexicon knows from token start, however many words it
    has ("محمد بن زايد آل نهيان": five; known_entity_at reads four)."""
    known = lexicon.known_entities()
    hit = longest_match(doc, start, known, lexicon.max_form_tokens())
    if hit is None or known[hit[1]][0].type != "Person":
        return None
    return start + hit[0], known[hit[1]][0].key


def possessed_body_after_title(doc: Doc, k: int) -> bool:
    """Token k, right after a title, is a noun of news with a possessive pronoun ("مجلسها", "مفوضيته": its
    council, its commission; a ت before the suffix is the noun's ة) before a name-like word: the title's
    complement, the body of the state or organization named before, and the holder's name comes after it."""
    toks = tokens_of(doc)   # (the words read off the Doc's token lists: no Token built for each)
    if k >= len(doc) or not toks.arabic[k] or toks.texts[k].startswith(("ال", "و")):
        return False
    text = toks.texts[k]
    suffix = next((x for x in PRONOUN_SUFFIXES if text.endswith(x) and len(text) - len(x) >= 3), None)
    nxt = skip_space(doc, k + 1)
    if suffix is None or nxt >= len(doc) or not name_like_at(doc, nxt) or is_known_name_word(normalize(text)):
        return False
    stem = text[:-len(suffix)]
    stem = stem[:-1] + "ة" if stem.endswith("ت") else stem
    norm = normalize(stem)
    return norm in lexicon.org_heads() or norm in mostly_common_words()


def _family_name_of_several_words(doc: Doc, start: int, known: tuple[int, str]) -> bool:
    """The known words are the end of a longer form of the person the lexicon knows, their family name of
    two words ("جان بيير" of "كارين جان بيير"): after a title they open another person's name, the given
    names before a family name of that person's own ("السفير جان بيير فلان")."""
    ent = lexicon.entity_by_key().get(known[1])
    words = normalize(" ".join(t.text for t in doc[start:known[0]] if not t.is_space))
    return ent is not None and any(normalize(f).endswith(" " + words)
                                   and not _title_before(normalize(f)[:-len(words) - 1]) for f in ent.forms)


def _title_before(prefix: str) -> bool:
    """The words of a known form before the name are a title ("الملك" of "الملك سلمان بن فلان"): the name after
    them is the person's own whole name, no family name of several words."""
    titles = lexicon.titles()
    return prefix in titles or prefix.split()[-1] in titles


def _name_after_a_known_name(doc: Doc, k: int) -> list[Candidate]:
    """The name of two words or more right after a known person's full name that a title introduced: another
    person, the object of what the first did ("عيّن الرئيس فلان الفلاني علان العلاني")."""
    q = skip_space(doc, k)
    end = name_end(doc, q)
    if sum(not t.is_space for t in doc[q:end]) < 2:
        return []
    if any(is_function_word(t) and not is_name_link(t.text) for t in doc[q:end]):
        return []   # "الملك فلان بن علان أبرق إلى فلان": the verb and its preposition after the name, no second name
    s, e = span_chars(doc, q, end, 0)
    return [Candidate(q, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "after_known")]


def _second_dual_holder(doc: Doc, i: int, k: int, title: str, after_comma: bool = False) -> list[Candidate]:
    """"رئيسا بيلاروسيا فلان، وروسيا فلان": after a dual title, its first place and the first holder's
    name (ending at token k), a comma, و with a second known place and a name: the second holder of
    the title, of that place. "رئيسا البلدين، فلان، وفلان": when the first name stood after a comma,
    و on the second holder's name of two words or more. Only for a dual title of one word (رئيسا، وزيرا)."""
    words = normalize(title).split()
    if len(words) != 1 or not words[0].endswith("ا") or words[0][:-1] not in lexicon.titles():
        return []
    comma = skip_space(doc, k)
    if comma >= len(doc) or doc[comma].text not in ("،", ","):
        return []
    place_i = skip_space(doc, comma + 1)
    if place_i >= len(doc) or not doc[place_i].text.startswith("و") or len(doc[place_i].text) < 3:
        return []
    place = known_entity_at(doc, place_i, ("Place",))
    if place is None and after_comma:
        stem = doc[place_i].text[1:]
        end = name_end(doc, place_i)
        if stem.startswith("ال") or normalize(stem) in common_words() or cue_word(doc[place_i].text) \
                or is_function_word(doc[place_i]) or word_count(doc, place_i, end) < 2:
            return []
        s, e = span_chars(doc, place_i, end, 1)
        return [Candidate(place_i, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title",
                          title=words[0][:-1])]
    if place is None:
        return []
    start_name = skip_space(doc, place[0])
    end = name_end(doc, start_name)
    if end <= start_name or (end == start_name + 1 and ordinary_word_alone(doc[start_name])):
        return []
    s, e = span_chars(doc, start_name, end, 0)
    return [Candidate(start_name, end, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title",
                      title=words[0][:-1], role_of=place[1])]  # no title_i: the dual title is the first holder's


def _speech_verb_before(doc: Doc, i: int) -> lexicon.Cue | None:
    """The cues.tsv verb right before the title at token i, adjuncts aside ("وقال وزير الإعلام ..."); None when the
    word there is no speech verb."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    p = prev_word(doc, i)
    while p is not None and normalize(texts[p]) in SLOT_ADJUNCTS:
        p = prev_word(doc, p)
    if p is None or not cue_word(texts[p]):
        return None
    cue = lexicon.cues().get(normalize(texts[p])) or lexicon.cues().get(normalize(texts[p][1:]))
    return cue if cue is not None and cue.kind == "verb" else None


def _in_speech_slot(doc: Doc, i: int) -> bool:
    """The title at token i stands right after a speech verb (adjuncts aside): "وقال وزير الإعلام ..."."""
    return _speech_verb_before(doc, i) is not None


def _evaluating_verb_before(doc: Doc, i: int) -> bool:
    """The speech verb before the title at token i judges (cues.tsv stance positive or negative: "انتقد", "أشاد",
    "هنأ"): such a verb takes what it judges as its object right after its subject, as a saying verb does not."""
    cue = _speech_verb_before(doc, i)
    return cue is not None and cue.stance in EVALUATING_STANCES


EVALUATING_STANCES = frozenset({"positive", "negative"})


def _judged_target_before_comma(doc: Doc, k: int, comma: int, title_i: int) -> bool:
    """The words between the name found (ending at k) and a comma are the object of a judging verb before the title
    (_evaluating_verb_before): they end in a person, place or body the gazetteer knows ("سياسة موسكو", "حكومة
    باريس"), the one whose deed is judged, whom no name's last word names."""
    last = prev_word(doc, comma)
    return last is not None and last >= k and _evaluating_verb_before(doc, title_i) \
        and known_entity_at(doc, last, ("Person", "Place", "Organization")) is not None


SLOT_TAIL_MAX = 2   # words a title holder's name goes on by before what they said


def _name_to_slot_end(doc: Doc, k: int, title_i: int) -> int:
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
        if text in ("،", ",") and _judged_target_before_comma(doc, k, nxt, title_i):
            return k   # "وانتقد الزعيم فلان علان سياسة موسكو،": the words before the comma are what the verb judges
        if text in (":", "،", ",") or normalize(text) in COMPLEMENTIZERS:
            return nxt if nxt > k else k
        if _place_or_month_closing_the_name(doc, nxt) and not object_of_the_verb_before(doc, title_i, nxt):
            return nxt + 1  # "وقال المراسل فلان مايو إن": a family name spelled like a month or a place
            # (not the object of a verb that takes one before بأن: "واتهم المتحدث فلان علان <state> بأنها")
        if is_time_word(doc[nxt]) and _closed_past_time(doc, nxt):
            return end  # "قال الوزير فلان الثلاثاء إن": the day stands between the name and what was said
        if end > k and doc[end - 1].text.startswith("ال") and addressee_before_what_was_said(doc, nxt):
            return end  # "قال المحلل فلان الفلاني لوكالة الأنباء إن": whom it was said to, after the family name
        if not _slot_tail_word(doc, nxt):
            return k
        end = nxt + 1
    after = skip_space(doc, end)
    if after < len(doc) and doc[after].text in ("،", ",") and _judged_target_before_comma(doc, k, after, title_i):
        return k
    return end if _closed_past_time(doc, after) else k


@cache
def _month_names() -> frozenset[str]:
    """The months of the stop list ("مايو", "شباط"): never a time adverb on their own without في or a date."""
    return frozenset(normalize(r["word"]) for r in lexicon.read_tsv("stopwords.tsv") if r.get("kind") == "month")


def _place_or_month_closing_the_name(doc: Doc, k: int) -> bool:
    """Token k, one bare word after a name in a speech verb's slot and right before what was said (a
    complementizer, a colon, a comma), is a month or a one-word place the gazetteer knows: the name's last word
    spelled like one ("توماس مايو", "فلان عدن"). A month or a place that tells when or where something was said
    takes في or a date ("في مايو", "من لندن"), and a weekday alone ("الثلاثاء") is read as the time it was said."""
    text = doc[k].text
    if not is_arabic_word(doc[k]) or text.startswith(("ال", "و", "ف")) or TANWEEN_FATH in text:
        return False
    after = skip_space(doc, k + 1)
    if after >= len(doc) or not (doc[after].text in (":", "،", ",") or normalize(doc[after].text) in COMPLEMENTIZERS):
        return False
    if normalize(text) in _month_names():
        return True
    place = known_entity_at(doc, k, ("Place",))
    return place is not None and place[0] == k + 1 and normalize(text) in lexicon.known_entities()


SLOT_TIME_WORDS = 3   # time words between a speaker's name and what was said: "أمس الأول", "اليوم الثلاثاء"


def _closed_past_time(doc: Doc, q: int) -> bool:
    """Does a complementizer, a colon or a comma come at q, past at most SLOT_TIME_WORDS time words?"""
    for _ in range(SLOT_TIME_WORDS + 1):
        q = skip_space(doc, q)
        if q >= len(doc):
            return False
        if doc[q].text in (":", "،", ",") or normalize(doc[q].text) in COMPLEMENTIZERS:
            return True
        if not is_time_word(doc[q]):
            return False
        q += 1
    return False


def _slot_tail_word(doc: Doc, k: int) -> bool:
    t = doc[k]
    text, norm = t.text, normalize(t.text)
    if not is_arabic_word(t) or is_function_word(t) or is_time_word(t) or len(norm) < 2 or TANWEEN_FATH in text:
        return False
    if text.startswith("ال") and _definite_family_name_shape(doc, k):
        return True  # "وقال العقيد حامد الدوري إن": a definite nisba closing the name before what was said
    if text.startswith("ال") and definite_family_name_after_given_name(doc, k):
        return True  # "وقال المتحدث خالد العمر إن": a family name that is an ordinary word ("the age")
    if text.startswith("ال") or any(stem.startswith("ال") or stem in common_words() for stem in stems(t)[1:]):
        return False  # "للصحفيين", "وأضاف": a proclitic on an ordinary word
    if norm.endswith("ا") or is_inflected_common(norm, text) or is_non_name_form(text) or cue_word(text) \
            or circumstantial_participle_of_a_cue(text):
        return False   # ("غردت فلانة مهنئة علان،": how she spoke, and whom she congratulated)
    if addressee_after_family_name(doc, k):
        return False  # "وقال الخبير فلان الحداد لميدياتيك إن": whom it was said to
    if (text.endswith("ه") and norm[:-1] in common_words()) or kin_with_pronoun(text) or noun_with_possessive(text):
        return False  # "بدوره", "نفسه", "بن عمه", "استقالته": a pronoun on an ordinary word or a noun of kinship
    return norm not in lexicon.titles() and norm not in lexicon.groups() and nisba_country(doc, k) is None \
        and known_entity_at(doc, k, ("Place", "Organization")) is None


def _group_noun_pair(doc: Doc, k: int, nxt: int) -> bool:
    """Token k is a definite group noun and token nxt a definite adjective or second group noun after it:
    the two complete a title ("زعيم الانفصاليين الأكراد فلان")."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    return texts[k].startswith("ال") and normalize(texts[k]) in lexicon.groups() and nxt < len(doc) \
        and texts[nxt].startswith("ال") and (normalize(texts[nxt]) in lexicon.groups() or is_nisba(texts[nxt]))


def _family_name_before_what_was_said(doc: Doc, k: int) -> bool:
    """Token k is a definite family name of nisba shape right before a complementizer or a colon."""
    if k >= len(doc) or doc[k].is_space or not doc[k].text.startswith("ال") or not _definite_family_name_shape(doc, k):
        return False
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and (doc[nxt].text == ":" or normalize(doc[nxt].text) in COMPLEMENTIZERS)


def _definite_family_name_shape(doc: Doc, k: int) -> bool:
    """A definite masculine nisba that is no nationality, no modifier of a title or a body ("السابق",
    "الحالي"), no ordinal and no known place or body: the shape of a family name ("الدوري")."""
    norm = normalize(doc[k].text)
    return norm.endswith("ي") and not norm.endswith("يي") and len(norm) >= 5 and nisba_country(doc, k) is None \
        and norm not in TITLE_MODIFIERS and norm not in BODY_MODIFIERS \
        and norm not in lexicon.function_words().regnal_ordinal and norm not in lexicon.titles() \
        and known_entity_at(doc, k, ("Place", "Organization")) is None


def _definite_body_before_name(doc: Doc, head: int) -> bool:
    """Token head is a definite body noun ("الوزارة", "الشركة") with a name right after it: the body a
    title's holder serves in, after في. Before anything else the title ends at في ("المسؤول في الشركة
    عن الملف"), as it does before a bare title."""
    if head >= len(doc) or not doc[head].text.startswith("ال") or normalize(doc[head].text)[2:] not in lexicon.org_heads():
        return False
    nxt = skip_space(doc, head + 1)
    return nxt < len(doc) and not doc[nxt].text.startswith(("ال", "و")) and name_end(doc, nxt) > nxt + 1


FIELDS_OF_STUDY = lexicon.function_words().field_of_study
FIELD_WORDS = 3   # definite words of a field after its head noun: "الشؤون الأمنية", "شؤون الشرق الأوسط"


def _field_of_study_end(doc: Doc, head: int) -> int | None:
    """End of an expert's field at `head` after في ("الشؤون الأفريقية", "شؤون الاتحاد الأوروبي", "علم الاجتماع"):
    its head noun, then a known place or body or up to FIELD_WORDS definite words; only when a name follows,
    which is then the title holder's, not more of a body's name. None otherwise."""
    if head >= len(doc) or normalize(doc[head].text) not in FIELDS_OF_STUDY:
        return None
    end = skip_space(doc, head + 1)
    known = known_entity_at(doc, end, ("Place", "Organization"))
    if known is not None:
        end = skip_space(doc, known[0])
    for _ in range(FIELD_WORDS):
        if end < len(doc) and doc[end].text.startswith("ال") and not match_title(doc, end):
            end = skip_space(doc, end + 1)
    # "الأستاذة في علم الاقتصاد بجامعة ليون فلانة": the body the expert works at, with ب, after the field
    if end < len(doc) and doc[end].text.startswith("ب") \
            and (city_end := _body_of_a_place_end(doc, end, normalize(doc[end].text)[1:])):
        end = skip_space(doc, city_end)
    if end >= len(doc) or end == skip_space(doc, head + 1) and not doc[head].text.startswith("ال") \
            or doc[end].text.startswith(("ال", "و")) or name_end(doc, end) <= end:
        return None
    return end


def _body_of_a_place_end(doc: Doc, head: int, head_norm: str) -> int | None:
    """End of an indefinite body head noun at `head` (its normalised form without a preposition `head_norm`)
    in construct with a place the gazetteer knows ("جامعة ليون", "معهد باريس"), when a name follows the place;
    None otherwise. The place closes the body's name, so the words after it are the title holder's name, not
    more of the body's."""
    if head >= len(doc) or head_norm.startswith("ال") or head_norm not in lexicon.org_heads():
        return None
    place = known_entity_at(doc, skip_space(doc, head + 1), ("Place",))
    if place is None:
        return None
    after = skip_space(doc, place[0])
    if after >= len(doc) or doc[after].text.startswith(("ال", "و")) or name_end(doc, after) <= after:
        return None
    return place[0]


QUOTED_BODY_ADJECTIVES = 3   # definite adjectives after a quoted body's name ("المعارض", "اليميني المتطرف")


def _quoted_body_before_name(doc: Doc, k: int) -> int | None:
    """Past the closing quotation mark of an indefinite body head noun, bare or with لـ ("حزب", "لحزب"), and its
    name in quotation marks, when a name follows (past the body's definite adjectives); None otherwise: with no
    name after it the quoted body is the title's complement and the title is bare. k is the head noun, or the
    opening mark when the title itself ends in the head noun ("رئيس حزب")."""
    texts = tokens_of(doc).texts   # (is_quote and the words read off the Doc's token lists: no Token built for each)
    opening = k if texts[k] in QUOTE_CHARS else skip_space(doc, k + 1)
    head = prev_word(doc, opening) if opening == k else k
    if head is None or opening >= len(doc) or texts[opening] not in QUOTE_CHARS or not _body_head(normalize(texts[head])):
        return None
    close = quoted_name_end(doc, opening + 1)
    if close <= opening + 1:
        return None
    after = skip_space(doc, close + 1)
    for _ in range(QUOTED_BODY_ADJECTIVES):
        if after < len(doc) and texts[after].startswith("ال"):
            after = skip_space(doc, after + 1)
    if after >= len(doc) or texts[after].startswith(("ال", "و")) or name_end(doc, after) <= after:
        return None
    return close + 1


def _quoted_body_after_posted_at(doc: Doc, head: int) -> int | None:
    """"الباحث في مركز «دراسات الجبال»": after في, an indefinite body head noun ("مركز", "معهد") and its name in
    quotation marks say where the holder works: past the closing mark, where the title goes on (a place after في,
    a comma) or the holder's name follows. None when no quoted name follows the head noun."""
    if head >= len(doc) or doc[head].text.startswith("ال") or not _body_head(normalize(doc[head].text)):
        return None
    opening = skip_space(doc, head + 1)
    if opening >= len(doc) or not is_quote(doc[opening]):
        return None
    close = quoted_name_end(doc, opening + 1)
    return close + 1 if close > opening + 1 else None


CORRESPONDENT_TITLES = frozenset(normalize(t) for t, row in lexicon.titles().items() if row.role_en == "correspondent")


def _correspondent_s_city_before_name(doc: Doc, title: str, head: int) -> bool:
    """After "مراسلنا في", "مراسل القناة في": token head, one indefinite name-like word, is the city the
    correspondent reports from when a name of two words or more follows it; a correspondent is posted in a place."""
    if normalize(title).split()[0] not in CORRESPONDENT_TITLES or head >= len(doc) or doc[head].text.startswith(("ال", "و")) \
            or not is_name_like(doc[head]):
        return False
    start = skip_space(doc, head + 1)
    return start < len(doc) and not doc[start].text.startswith(("ال", "و")) and word_count(doc, start, name_end(doc, start)) >= 2


def _definite_genitive_after(doc: Doc, k: int) -> bool:
    """The word after token k is definite: an indefinite head noun is then in construct with it ("لمجلس الوزراء")."""
    nxt = skip_space(doc, k + 1)
    return nxt < len(doc) and doc[nxt].text.startswith("ال")


def _body_head(norm: str) -> bool:
    """An indefinite body head noun, bare or with لـ: "حزب", "لحزب"."""
    heads = lexicon.org_heads()
    return not norm.startswith("ال") and (norm in heads or (norm.startswith("ل") and norm[1:] in heads))


def _body_in_li_before_name(doc: Doc, k: int) -> int | None:
    """End of a definite body noun with لـ on it ("للجنة", "للمنظمة") and its genitive chain, when a name
    of two words or more follows at once; None otherwise ("قال الوزير للحكومة إن": said to the body). So too
    an indefinite body noun with لـ in construct with its genitive ("الأمين العام لمجلس الوزراء فلان علان")."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    text = texts[k]
    if not text.startswith("ل") or len(text) < 4:
        return None
    if text.startswith("لل"):
        norm = normalize(text)[2:]
        # ل + ال + a noun: the article's ا is dropped, and with a noun beginning with ل its ل too ("للجنة")
        if norm not in lexicon.org_heads() and "ل" + norm not in lexicon.org_heads():
            return None
    elif normalize(text)[1:] not in lexicon.org_heads() or not _definite_genitive_after(doc, k):
        return None
    end = body_chain_end(doc, k + 1)
    nxt = skip_space(doc, end)
    if nxt >= len(doc) or texts[nxt].startswith(("ال", "و")) and not given_name_read_as_clitic(doc, nxt) \
            or name_end(doc, nxt) <= nxt + 1 and not given_name_read_as_clitic(doc, nxt):
        return None   # (a given name that seems و + a word opens the name too: "للجنة ويلي فلان")
    return end


def _definite_complement(doc: Doc, k: int, nxt: int) -> bool:
    """Is token k an ordinary definite noun the title is of (its complement), by what stands at nxt after it?
    Not a nisba, which is the title's adjective."""
    text = tokens_of(doc).texts[k]   # (read off the Doc's token lists: doc[k] builds a Token)
    if not text.startswith("ال") or is_nisba(text) or nxt >= len(doc):
        return False
    norm = normalize(text)
    after = doc[nxt]
    # (a given name spelled like a nationality, "تركي", opens a name of two words or more there too)
    if (is_name_like(after) or (nisba_country(doc, nxt) is not None and name_end(doc, nxt) > nxt + 1)
            or given_name_read_as_clitic(doc, nxt)) and not after.text.startswith("ال"):
        # "زعيم المعارضة كريم ساسي": before a name; so is a noun of an unnamed group ("قائد المسلحين فلان"),
        # however rare in news; not before a clitic on an ordinary word ("الشقيقة بسلامة")
        return (norm in common_words() or norm in lexicon.groups()) \
            and not any(stem in common_words() for stem in stems(after)[1:])
    if after.text.startswith("ال"):
        # "قائد الثورة الليبية فلان": a nationality adjective on it
        return norm in common_words() and nisba_country(doc, nxt) is not None
    if after.text in ("،", ","):
        # "رئيسا البلدين، فلان وفلان": a comma and a name (a dual's noun too: البلدين، الدولتين)
        name = skip_space(doc, nxt + 1)
        return (norm in common_words() or is_plural_of_common(norm[2:])) and name_end(doc, name) > name
    return False


def _construct_after_title(doc: Doc, k: int, nxt: int) -> int | None:
    """End of "دولة البحرين", "قسم التحقيقات" after a title: an indefinite word of ordinary news text
    (no name ANERcorp's annotators saw) and an ordinary definite noun after it, not a nisba nor a rare
    word ("سلام الكعبي", "سلام العتيق" are a given and a family name); or a feminine noun and a known
    place or body."""
    texts = tokens_of(doc).texts   # (the words read off the Doc's token lists: no Token built for each)
    norm = normalize(texts[k])
    if texts[k].startswith(("ال", "و")) or not ordinary_word_alone(doc[k]) or is_function_text(texts[k]) \
            or norm in lexicon.cues() or nxt >= len(doc):
        return None
    # a feminine noun before a known state: "أمير دولة قطر" (not a verb: "الوزير زار لندن"); a place
    # head noun before a known place, masculine too: "رئيس إقليم كردستان"
    known = known_entity_at(doc, nxt, ("Place", "Organization")) \
        if norm.endswith("ه") or norm in PLACE_HEADS else None
    if known:
        return known[0]
    # the complement an ordinary definite noun ("التحقيقات"), not a family name ("سلام العتيق")
    complement = texts[nxt]
    norm = normalize(complement)
    if complement.startswith("ال") and not is_nisba(complement) and not is_function_text(complement) \
            and (norm in mostly_common_words() or is_plural_of_common(norm[2:])):
        return nxt + 1
    # "لاعب كرة السلة فلان": a word nearly always outside names in ANERcorp, that no table lists as a given
    # name, governs any definite noun that is no family name the tables know nor a known name ("سلام", a
    # given name often enough, may take an unknown family name instead)
    if nearly_always_outside_names(normalize(doc[k].text)) and normalize(doc[k].text) not in lexicon.person_names().given \
            and complement.startswith("ال") \
            and not is_nisba(complement) and not is_function_word(doc[nxt]) \
            and norm not in lexicon.person_names().family \
            and known_entity_at(doc, nxt, ("Place", "Organization", "Person")) is None:
        return nxt + 1
    return None


# "his counterpart" with what may be written on it ("ونظيره", "بنظيره", "لنظيرته"): a name may follow as after a title
COUNTERPARTS = lexicon.function_words().counterpart
COUNTERPART_CLITICS = frozenset({"", "و", "ب", "ل", "وب", "ول"})


def _counterpart(readings: tuple[tuple[int, str, str], ...], text: str) -> bool:
    return any(norm in COUNTERPARTS and text[:n] in COUNTERPART_CLITICS for n, _, norm in readings)


def _may_introduce_leader(text: str) -> bool:
    """A "led by" word or "his counterpart" (the words led_by_candidates reads on from). (A word of letters
    is never punctuation, so its token_info is the one of a word that blocks nothing.)"""
    return normalize(text) in LEADER_INTRODUCERS or _counterpart(token_info(text, False).readings, text)


def led_by_candidates(doc: Doc) -> list[Candidate]:
    """Persons named after "led by": "كتلة الوفاق بزعامة راضي الشمري", "فصيل يقوده فلان", or after "his
    counterpart" ("التقى نظيره فلان الفلاني", unknown names the given-name finder cannot start). The word
    is no title: a name must follow it directly (a known body or place after it is no person)."""
    out = []
    for i in words_where(doc, _may_introduce_leader):
        start = skip_space(doc, i + 1)
        if start >= len(doc) or doc[start].text.startswith("ال") \
                or known_entity_at(doc, start, ("Place", "Organization")) or match_title(doc, start):
            continue
        k = name_end(doc, start)
        if k - start >= 1 and word_count(doc, start, k) >= 2:
            s, e = span_chars(doc, start, k, 0)
            out.append(Candidate(start, k, s, e, clean_surface(text_of(doc)[s:e]), "Person", "title"))
    return out
