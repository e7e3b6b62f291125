"""The subject slot after a verb (VSO): subjects_after walks it and answers with what stands there: named
subjects (named_subjects.py), a title (title_subjects.py), an unnamed source or the body it belongs to
(unnamed_sources.py), a person taken up by an honorific pronoun (honorifics.py), a statement noun's author, a group
after a partitive. slot_words.py tells which words the walk passes and which mention at a word may be the subject."""
from __future__ import annotations

from functools import lru_cache
from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import normalize, opens_with_clitic
from ...groups import kind_of
from ...mentions import Candidate, match_title
from ...mentions.not_groups import is_number
from ...mentions.one_of import described_name_start
from ...words import PRONOUN_SUFFIXES, is_called_text, words_between
from ..context import Context
from ..index import Found
from ..referents.bodies_and_places import (body_class_kinds, body_referent, described_body_named, kind_of_body,
                                          refers_to_body, unnamed_body)
from ..referents.affiliated import person_past_affiliation
from ..referents.described import described_before_name, described_person, the_latter
from ..referents.issuers import issuer_of_document, issuers_of, named_authors
from ..referents.spokesmen import spokesmen_for
from ..referents.title_chains import person_ahead
from .base import UNNAMED, Speakers, Unnamed
from .counted_states import counted_states
from .honorifics import HONORIFIC_PRONOUNS, honored_person
from .named_subjects import given_name, names, named_later
from .slot_words import SUBJECT_WALK, addressee_before_subject, skippable, subject_at
from .title_subjects import (body_of_title_holders, head_of_body_by_pronoun, one_holder_named, spoken_for_by_pronoun,
                             title_subject)
from .unnamed_sources import (BODY_SOURCE_KINDS, party_of_members, CARRY_BACK, SOURCE_NOUNS, body_in_construct, body_of_plural_source,
                              content_right_after, issuer_by_verb, object_right_after,
                              sentence_ends_between, body_of_source, source_group_referent)


DUAL_ENDING = "ا"   # "رئيسا", "وزيرا": a title in the dual, in the construct state
PAIR_WORDS = 8      # the second person's own complement ("والمجلس الأوروبي") and name fit in this many tokens
CONJUNCTION = "و"


def _dual_title(title: str) -> bool:
    """"رئيسا", "وزيرا": the dual of a title's first word (not the title itself)."""
    norm = normalize(title.split()[0]) if title else ""
    return norm.endswith(DUAL_ENDING) and norm[:-1] in lexicon.titles()


def _pair_under_dual_title(ctx: Context, pos: int, end: int) -> Speakers | None:
    """The two persons a title in the dual at pos names, joined by و: "رئيسا الحكومة السابقان فلان وعلان",
    "وزيرا خارجية البلدين فلان وعلان", "رئيسا المفوضية فلان والمجلس علان" (each with a complement of its own)."""
    tokens = ctx.tokens
    bare = ctx.mentions.bare[pos]
    if not _dual_title(bare.title):
        return None
    first = person_ahead(ctx, bare.stop, end)
    if first is None:
        return None
    joint = tokens.next(first.j, end)
    if joint >= end or not opens_with_clitic(tokens.text(joint), CONJUNCTION):
        return None
    second = person_ahead(ctx, joint, end, PAIR_WORDS)
    if second is None or second.key == first.key:
        return None
    return Speakers((first, second), second.j)


# the words before a space in an "each of" phrase ("كل" of "كل من"): the pair is built only after one
EACH_OF_OPENINGS = frozenset(phrase[:at] for phrase in lexicon.function_words().each_of
                             for at, letter in enumerate(phrase) if letter == " ")


def subjects_after(ctx: Context, k: int, end: int, history: Sequence[StatementRecord],
                   in_sentence: Sequence[StatementRecord] = ()) -> Speakers | Unnamed | None:
    """The subject after the verb (VSO), walking past time words, titles and adjectives: named
    entities (coordinated ones included), a bare title's referent, a statement noun's author, a body.
    in_sentence: the statements of this sentence before the verb (a statement noun may take one up)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norms = tokens.norms
    pos, steps = k, 0
    while pos < end and steps < SUBJECT_WALK:
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        nxt = tokens.next(pos + 1, end)
        norm = norms[pos]   # (the word's normal form, read once for the tests below)
        if nxt < end and norm in EACH_OF_OPENINGS \
                and f"{norm} {tokens.norm(nxt)}" in tokens.words.each_of:
            pos, steps = nxt + 1, steps + 1  # "وأكد كل من X وY": the names after "كل من" are the subjects
            continue
        if (listed := counted_states(ctx, tokens.prev(k), pos, end)) is not None:
            return listed   # "وأعلنت الدول الثلاث": the states the text listed before
        if steps == 0 and (apposed := _person_apposed_to_title(ctx, pos, end)) is not None:
            return Speakers((mentions.found(apposed),), apposed.j)   # "وقال محامي فلان، علان، إن": the lawyer speaks
        cand, governed = subject_at(ctx, pos)
        if governed and steps == 0 and addressee_before_subject(ctx, pos):
            pos, steps = pos + 1, steps + 1   # "وقال للصحفيين مسؤول أمني إن": whom it was said to, then the subject
            continue
        if governed:
            break
        if (named := _named_in_called_aside(ctx, pos, end)) is not None:
            return Speakers((mentions.found(named),), named.j)  # "وقال أحد السكان، ويدعى فلان، إن": he, named
        if (spokesmen := spokesmen_for(ctx, pos, end)) is not None:
            return Speakers((spokesmen,), spokesmen.j)  # "وقال متحدثون باسم الوزارة": the ministry speaks
        if cand is None and (expert := person_past_affiliation(tokens, mentions, pos, end)) is not None:
            return Speakers((mentions.found(expert),), expert.j)  # "وقال الباحث في مركز «X» فلان": he, not the centre
        if cand is None and norm in HONORIFIC_PRONOUNS:
            # "وأكد جلالته": the person last introduced with that honorific ("جلالة الملك فلان")
            honored = honored_person(ctx, pos, HONORIFIC_PRONOUNS[norm])
            return Speakers((honored,), pos + 1) if honored is not None else None
        if cand is None and (group := _group_of_partitive_pronoun(ctx, pos)) is not None:
            return Speakers((mentions.found(group),), pos + 1)  # "تجمع المحتجون ... وقال أحدهم": the protesters
        if cand is None and (group := _group_after_partitive(ctx, pos, end)) is not None:
            named = mentions.start_at.get(tokens.next(group.j, end))
            if named is None and (at := described_name_start(ctx.doc, pos)) is not None and at < end:
                named = mentions.start_at.get(at)   # "أحد المشاركين في الاجتماع فلان": past the description
            # (not one a preposition governs: "وأشاد عدد من النواب بفلان": whom they praised)
            if named is not None and named.type == "Person" and not tokens.governed(named):
                return Speakers((mentions.found(named),), named.j)  # "وقال أحد قادة المتمردين فلان": he, named
            return Speakers((mentions.found(group),), group.j)  # "وقال أحد السكان": the residents speak
        if cand is None and norm in tokens.words.spokesperson \
                and (spoken := spoken_for_by_pronoun(ctx, pos, pos + 1, end, [*history, *in_sentence])) is not None:
            return Speakers((spoken,), spoken.j)   # "حذرت الوزارة ...، وقال متحدث باسمها": the body that spoke
        if (cand is None and norm in tokens.words.unnamed_source) or \
                (cand is not None and cand.type == "Group" and kind_of(cand.key or "") in BODY_SOURCE_KINDS):
            body = body_of_source(ctx, cand.j if cand is not None else pos + 1, end) or \
                (issuer_by_verb(ctx, pos, end) if cand is None else body_in_construct(ctx, cand, end))
            if body is not None and (one := one_holder_named(ctx, pos, body.j, end)) is not None:
                return Speakers((mentions.found(one),), one.j)   # "وقال أحد قادة حركة X فلان": he, named
            if body is not None:
                return Speakers((body,), body.j)  # "وقال مسؤول بوزارة الداخلية": the body speaks
        if cand is not None and cand.type == "Group" and (party := party_of_members(ctx, cand, end)) is not None:
            return Speakers((party,), party.j)  # "رفض نواب من حزب X": the party speaks
        if cand is not None and _definite_source(ctx, pos, cand) \
                and (source := source_group_referent(ctx, pos, history)) is not None:
            # "قال مسؤول في الإدارة ... وأوضح المسؤول، طالبا عدم ذكر اسمه، أن": the source that spoke before
            return Speakers((source,), cand.j)
        if cand is not None and (body := body_of_plural_source(ctx, cand, [*history, *in_sentence])) is not None:
            return Speakers((body,), cand.j)   # "أفادت مصادر في الجيش أن ...، ونفت المصادر": the army again
        if cand is not None and (body := _described_body(ctx, cand, history)) is not None:
            return Speakers((Found(body, cand.i, cand.j),), cand.j)   # "وأضافت الصحيفة البريطانية": the one named before
        if cand is not None:
            return names(ctx, pos, end, steps)
        if (source := source_group_referent(ctx, pos, history)) is not None and pos not in mentions.bare:
            return Speakers((source,), pos + 1)  # "وأضاف المصدر": the unnamed source that spoke before
        if (body := body_of_title_holders(ctx, pos, end)) is not None:
            if (one := one_holder_named(ctx, pos, mentions.start_at[body].j, end)) is not None:
                return Speakers((mentions.found(one),), one.j)   # "وقال أحد قادة حركة X فلان": he, named
            if tokens.governed(mentions.start_at[body]):  # "أعضاء في مجلس الأمن": that body alone
                return Speakers((mentions.found(mentions.start_at[body]),), mentions.start_at[body].j)
            return names(ctx, body, end, steps)
        if (head := head_of_body_by_pronoun(ctx, pos, end, [*history, *in_sentence])) is not None:
            return Speakers((head,), pos + 1)   # "وقال رئيسها التنفيذي": the body that spoke, through its head
        if pos in mentions.bare and (pair := _pair_under_dual_title(ctx, pos, end)) is not None:
            return pair   # "وأكد رئيسا الحكومة السابقان فلان وعلان": both persons the dual title names speak
        if pos in mentions.bare and (person := _person_past_workplace(ctx, mentions.bare[pos].stop, end)) is not None:
            return Speakers((person,), person.j)
        if pos in mentions.bare:
            titled = title_subject(ctx, pos, end, history)
            # "وتابعت المتحدثة": a title that names no one known refers back to the unnamed spokeswoman
            return Speakers((source,), pos + 1) if titled is UNNAMED and source is not None else titled
        title = match_title(tokens.doc, pos)
        if title and (person := _person_past_complement(ctx, pos, title[0], end)) is not None:
            return Speakers((person,), person.j)
        if title and (person := _person_past_workplace(ctx, title[0], end)) is not None:
            return Speakers((person,), person.j)
        if title:
            pos = title[0]
            steps += 1
            continue
        if ctx.cues.kind_at(pos) == "noun":
            if tokens.text(pos).endswith(PRONOUN_SUFFIXES):
                return None  # "وكررت دعوتها إلى": a statement noun of the subject's own is the verb's object
            return _statement_noun(ctx, pos, end, history, in_sentence)
        if norm in tokens.words.document_noun and (authors := named_authors(ctx, pos, end)):
            # "وأكدت الرسالة التي بعث بها الرئيس فلان أن"
            return Speakers(tuple(authors), authors[-1].j)   # (several only for a joint statement)
        if norm in tokens.words.document_noun and not norm.startswith("ال") \
                and (nxt := tokens.next(pos + 1, end)) < end and (body := body_referent(ctx, nxt)) is not None:
            # "ويشير تقرير المنظمة إلى أن": the report of the body the text named before with that head
            return Speakers((Found(body, pos, nxt + 1),), nxt + 1)
        if norm in tokens.words.document_noun and norm.startswith("ال"):
            # "وأشار التقرير إلى أن": the issuer of the report the text named before, if a statement gave one
            nxt = tokens.next(pos + 1, end)
            issuer = None if nxt < end and tokens.norm(nxt) in tokens.words.another else \
                issuer_of_document(ctx, norm, pos, history, in_sentence)
            if issuer is not None:
                return Speakers((Found(issuer, pos, pos + 1),), pos + 1)
        given = given_name(ctx, pos, end)
        if given is not None:
            return given
        body = body_referent(ctx, pos) or body_spoken_before(ctx, pos, history) or body_named_before(ctx, pos)
        if body is not None:
            return Speakers((Found(body, pos, pos + 1),), pos + 1)
        if (person := described_person(ctx, pos) or the_latter(ctx, pos)
                or (described_before_name(ctx, pos) if content_right_after(ctx, pos) else None)) is not None:
            # "وقالت الممرضة", "وبيّن المفاوض، ...، أن": the one the text so described, or named with that noun
            return Speakers((Found(person, pos, pos + 1),), pos + 1)   # "وقالت الممرضة": the one the text so described
        if (unnamed := unnamed_body(ctx, pos, history)) is not None \
                and (content_right_after(ctx, pos) or tokens.next(unnamed.j, end) >= end
                     or object_right_after(ctx, unnamed.j, end)):
            # "وأكدت المحكمة العليا أن" with no court named, "وكانت المحكمة العليا قد أكدت" (the phrase fills the
            # slot before قد): that body speaks
            return Speakers((unnamed,), unnamed.j)
        if body_class_kinds(ctx, pos) is not None and content_right_after(ctx, pos):
            return UNNAMED   # "وأكدت الوزارة أن" with no ministry named: a body the text does not name speaks
        if _definite_body_before_person(ctx, pos, end):
            return UNNAMED
        if skippable(ctx, pos, named=False):
            pos += 1
            steps += 1
            continue
        return named_later(ctx, pos, end)
    return None


APPOSED_TITLE_WORDS = 8   # words of a title phrase before the comma that sets off the name of the one it describes


def _partitive_at(ctx: Context, pos: int) -> bool:
    """Is token pos a partitive ("أحد", "بعض"), bare or with a plural pronoun on it ("أحدهم")?"""
    norm = ctx.tokens.norm(pos)
    return norm in ctx.tokens.words.partitive or _partitive_with_pronoun(norm)


def _person_apposed_to_title(ctx: Context, pos: int, end: int) -> Candidate | None:
    """"وقال محامي فلان، علان، إن", "وأكدت المتحدثة باسم فلان، علانة، أن", "قال رئيس اللجنة للدورة الحالية، المندوب
    الفرنسي فلان، للصحفيين إن": a title phrase opening the slot after the verb (its owner, a person or body, named
    inside it), then a person set off by commas (with a title of his own or not) and closed by a comma or by
    أن/إن: the title describes that person, who speaks, not the owner named inside the title. A name opening the
    slot is the subject itself ("وقال فلان، نجل علان، إن"). A partitive opens the slot as a title does ("وقال أحد
    المعتصمين، فلان، إن", "وقال أحدهم، النائب فلان، إن"): the one of the group the text then names speaks, not the group."""
    tokens, mentions = ctx.tokens, ctx.mentions
    opening = mentions.start_at.get(pos)
    if (opening is not None and opening.type == "Person") \
            or not (pos in mentions.bare or match_title(tokens.doc, pos) or _partitive_at(ctx, pos)):
        return None
    k, words = tokens.next(pos + 1, end), 0
    while k < end and not tokens.is_comma(k):
        if words >= APPOSED_TITLE_WORDS or tokens.is_punct(k) or tokens.is_quote(k) or ctx.cues.at(k) is not None \
                or tokens.norm(k) in tokens.words.complementizer:
            return None
        k, words = tokens.next(k + 1, end), words + 1
    first = tokens.next(k + 1, end)
    if k >= end or first >= end:
        return None
    person = mentions.titled.get(first) or mentions.start_at.get(first)
    if person is None or person.type != "Person" or tokens.governed(person):
        return None
    after = tokens.next(person.j, end)
    return person if after < end and (tokens.is_comma(after) or tokens.norm(after) in tokens.words.complementizer) else None


WORKPLACE_DESCRIPTION_WORDS = 8   # words describing a workplace before the comma of its worker's name ("للأبحاث في <city>")


def _person_past_complement(ctx: Context, pos: int, title_end: int, end: int) -> Found | None:
    """"صرح مدير نادي X الإسباني لكرة السلة فلان بأن": a title from pos whose words run on into a bare title
    that spans a known body as its complement (the body's mention opens where the title words end): the person
    named after the whole title, not the body."""
    bare = next((b for b in ctx.mentions.bare.values() if pos <= b.i < title_end < b.stop), None)
    if bare is None or title_end not in ctx.mentions.start_at:
        return None
    return person_ahead(ctx, bare.stop, end)


def _person_past_workplace(ctx: Context, title_end: int, end: int) -> Found | None:
    """"قال المحلل في مركز «X» فلان إن", "قال الباحث لدى معهد X فلان": a title, في or لدى and the body where
    he works, then his name: the person speaks, not the body."""
    tokens, mentions = ctx.tokens, ctx.mentions
    p = tokens.next(title_end, end)
    if p >= end or tokens.norm(p) not in tokens.words.posted_at:   # في, لدى: where the one titled works
        return None
    body = mentions.start_at.get(tokens.next(p + 1, end))
    if body is None or body.type != "Organization":
        return None
    q = tokens.next(body.j, end)
    if q < end and tokens.is_quote(q):
        q = tokens.next(q + 1, end)   # the quote mark closing the body's name
    person = mentions.start_at.get(q)
    if person is None:
        person = _name_in_commas_past_description(ctx, q, end)
    return mentions.found(person) if person is not None and person.type == "Person" else None


def _name_in_commas_past_description(ctx: Context, q: int, end: int) -> Candidate | None:
    """"المحلل في مركز «X» للأبحاث في <city>، فلان، أن": words that describe the body where the titled one works
    (its field, its city) from q, then his name set off by commas, or closed by what was said: the person."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for _ in range(WORKPLACE_DESCRIPTION_WORDS):
        if q >= end or tokens.norm(q) in tokens.words.complementizer or ctx.cues.at(q) is not None:
            return None
        if tokens.is_comma(q):
            break
        if tokens.is_punct(q) and not tokens.is_quote(q):
            return None
        q = tokens.next(q + 1, end)
    else:
        return None
    person = mentions.start_at.get(tokens.next(q + 1, end))
    if person is None or person.type != "Person":
        return None
    after = tokens.next(person.j, end)
    closed = after >= end or tokens.is_comma(after) or tokens.norm(after) in tokens.words.complementizer
    return person if closed else None


def _statement_noun(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord],
                    in_sentence: Sequence[StatementRecord] = ()) -> Speakers | Unnamed:
    """"وأوضح بيان لوزارة الخارجية": its author; "وأوضح البيان": the issuer of the last statement
    that used that noun."""
    authors = named_authors(ctx, pos, end)
    if authors:
        return Speakers(tuple(authors), authors[-1].j)   # "بيان مشترك لفرنسا وألمانيا": each speaks
    after = ctx.tokens.next(pos + 1, end)
    if after < end and ctx.tokens.norm(after) in ctx.tokens.words.another:
        return UNNAMED   # "وأكد بيان آخر", "تغريدة أخرى": another statement than the one named before
    issuers = issuers_of(ctx, ctx.cues.at(pos).lemma, pos, history, in_sentence)
    if issuers:   # (all the parties of a joint statement)
        return Speakers(tuple(Found(issuer, pos, pos + 1) for issuer in issuers), pos + 1)
    return UNNAMED


def body_spoken_before(ctx: Context, pos: int, history: Sequence[StatementRecord],
                       content_after: bool = True) -> str | None:
    """"وقالت تايمز إن ... وأكدت الصحيفة أن": a definite class noun of bodies that names no body of its head
    before, with what was said right after it (`content_after`: as the subject after its verb), refers to the
    last body that spoke, at most CARRY_BACK sentences back, when its kind fits the noun (a person who spoke
    since does not break the chain)."""
    if not history or (content_after and not content_right_after(ctx, pos)):
        return None
    last = next((st for st in reversed(history) if ctx.mentions.type_of(st.speaker) == "Organization"), None)
    if last is None or sentence_ends_between(ctx, last.sentence_span[1], ctx.tokens.starts[pos]) > CARRY_BACK:
        return None
    return last.speaker if refers_to_body(ctx, pos, last.speaker) else None


def body_named_before(ctx: Context, pos: int) -> str | None:
    """"ارتفعت أسهم تويوتا ... وقالت الشركة إن": a definite class noun of bodies that names no body of its head
    and follows no body that spoke refers to the last body named at most CARRY_BACK sentences before it whose kind
    (the lexicon's, or its name's head noun) the noun names, with what was said right after the noun. A body whose
    kind nothing tells is not taken: here it did not speak, so nothing ties it to the noun. Nor a government body
    ("الوزارة" is no parliament): those are named with their head noun, which body_referent finds."""
    kinds = (body_class_kinds(ctx, pos) or frozenset()) - {"government"}
    if not kinds or not content_right_after(ctx, pos):
        return None
    at = ctx.tokens.starts[pos]
    for c in reversed(ctx.mentions.cands):
        if c.i >= pos or c.type != "Organization":
            continue
        if sentence_ends_between(ctx, ctx.tokens.starts[c.i], at) > CARRY_BACK:
            return None
        key = ctx.mentions.key(c)
        if kind_of_body(ctx, key) in kinds:
            return key
    return None


def _described_body(ctx: Context, cand: Candidate, history: Sequence[StatementRecord]) -> str | None:
    """"وقالت الغارديان ... وأضافت الصحيفة البريطانية أن": a class noun of bodies with a nationality adjective (or
    one of scope, "المنظمة الدولية"), found as a mention of its own, is no name: it refers to the body named before with that head, or else to the last
    body that spoke (as the bare noun does), of that country when the country of that body is known."""
    if cand.type != "Organization":
        return None
    return described_body_named(ctx, cand.i, cand.j, body_spoken_before(ctx, cand.i, history, content_after=False))


def _definite_body_before_person(ctx: Context, pos: int, end: int) -> bool:
    """"ودانت المحكمة فلانا بالرشوة": a definite body noun is a whole subject; the person right after it
    is the verb's object (an organization's name opens with an indefinite head: "محكمة الاستئناف")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    norm = tokens.norm(pos)
    if not (norm.startswith("ال") and norm[2:] in lexicon.org_heads()) or mentions.in_a_mention(pos):
        return False
    nxt = tokens.next(pos + 1, end)
    cand = mentions.start_at.get(nxt) or mentions.titled.get(nxt) if nxt < end else None
    return cand is not None and cand.type == "Person"


def _group_after_partitive(ctx: Context, pos: int, end: int) -> Candidate | None:
    """"أحد السكان", "بعض الشهود", "عدد من المسؤولين": a partitive, maybe من, then a group noun."""
    tokens = ctx.tokens
    if tokens.norm(pos) not in tokens.words.partitive:
        return None
    nxt = tokens.next(pos + 1, end)
    if nxt < end and tokens.norm(nxt) in tokens.words.source_link:
        nxt = tokens.next(nxt + 1, end)   # "عدد من"
    group = ctx.mentions.start_at.get(nxt) if nxt < end else None
    return group if group is not None and group.type == "Group" else None


def _named_in_called_aside(ctx: Context, pos: int, end: int) -> Candidate | None:
    """"أحد السكان، ويدعى فلان،", "أحد زعماء القبيلة المحلية، ويدعى فلان،", "عامل في الميناء يدعى فلان",
    "إحدى الحاضرات، وهي ممرضة تدعى فلانة،": one of a class of persons or an indefinite noun describing one,
    then the name after "(و)يدعى" (is called), set off by commas or not, or after an aside saying what she is
    ("، وهي معلمة"): the person named speaks, the description only describes him. The description runs to
    "يدعى" or the comma before it, within CALLED_ASIDE_REACH words."""
    if not words_between(ctx.doc, is_called_text, pos + 1, end):
        return None   # (no "يدعى" ahead in the sentence, as in most: the walk below would find none)
    tokens = ctx.tokens
    first = tokens.norm(pos)
    described = ctx.mentions.start_at.get(pos)
    if first not in tokens.words.partitive and (first.startswith(DEFINITE) or tokens.is_punct(pos)
                                                 or (described is not None and described.type not in DESCRIBED_TYPES)):
        return None
    k = tokens.next(pos + 1, end)
    for _ in range(CALLED_ASIDE_REACH):
        if k >= end or tokens.norm(k) in tokens.words.called:
            break
        if tokens.is_quote(k) or tokens.norm(k) in tokens.words.complementizer:
            return None   # "قال فلان إن شابا يدعى ...": the one named is in what was said
        if tokens.is_punct(k):
            k = tokens.next(k + 1, end) if tokens.is_comma(k) else end   # "، ويدعى"
            if k < end and tokens.norm(k) in tokens.words.personal_aside:
                k = tokens.next(k + 1, end)   # "، وهي معلمة تدعى فلانة،": an aside saying what she is, then her name
                continue
            break
        k = tokens.next(k + 1, end)
    if k >= end or tokens.norm(k) not in tokens.words.called:
        return None
    named = ctx.mentions.start_at.get(tokens.next(k + 1, end))
    return named if named is not None and named.type == "Person" else None


DEFINITE = "ال"   # an indefinite noun describes one person before "يدعى"; a definite one may be named itself
# what the noun before "يدعى" may have been read as: a group noun, or the person it describes ("لاجئ ... يدعى فلان")
DESCRIBED_TYPES = ("Group", "Person")
CALLED_ASIDE_REACH = 6   # words of the class of persons between "أحد" and the comma before "ويدعى"
PLURAL_PRONOUNS = ("هم", "هن")   # "أحدهم", "بعضهن": one or some of them
PARTITIVE_PRONOUN_WALK = 40      # tokens back from "أحدهم" to the group it is one of


@lru_cache(maxsize=65536)
def _partitive_with_pronoun(norm: str) -> bool:
    """"أحدهم", "بعضهن": a partitive with a plural pronoun on it (a normalised word). The walk along the subject
    slot asks it of each word it passes, twice: kept per word."""
    partitive = lexicon.function_words().partitive
    return any(norm.endswith(pronoun) and norm[:-len(pronoun)] in partitive for pronoun in PLURAL_PRONOUNS)


def _group_of_partitive_pronoun(ctx: Context, pos: int) -> Candidate | None:
    """"تجمع مئات المحتجين أمام البرلمان. وقال أحدهم إن": a partitive with a plural pronoun ("أحدهم",
    "بعضهم") in the subject slot is one or some of the nearest group named before it: the group speaks."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    if not _partitive_with_pronoun(norm):
        return None
    # the plural pronoun of persons: a body or a place named between is "it", no antecedent of "them"
    groups = [c for c in ctx.mentions.cands if c.type == "Group" and c.j <= pos and pos - c.j <= PARTITIVE_PRONOUN_WALK]
    nearest = max(groups, key=lambda c: c.j, default=None)
    if nearest is not None and _persons_counted_between(ctx, nearest.j, pos):
        return None   # "حكم عائلة X ... وظهر اثنا عشر ضابطا، وقال أحدهم": one of the persons counted, no group
    return nearest


def _persons_counted_between(ctx: Context, start: int, end: int) -> bool:
    """Is a number of persons ("اثنا عشر ضابطا", "ثلاثة جنود") named between tokens start and end? Persons counted
    are no group, but they are the nearer plural that "أحدهم" takes back."""
    doc, table = ctx.doc, lexicon.groups()
    for k in range(start + 1, end):
        if not is_number(doc, k - 1):
            continue
        word = normalize(doc[k].text)
        stem = word[:-1] if word.endswith("ا") else word   # the accusative of a count from eleven ("ضابطا")
        if word in table or word in SOURCE_NOUNS or stem in SOURCE_NOUNS:
            return True
    return False


def _definite_source(ctx: Context, pos: int, cand: Candidate) -> bool:
    """Is the group at pos a definite source noun ("المسؤول", not "الكثيرون" of the table itself), found as an
    unnamed source because it declines to be named: it may still refer back to one that spoke before."""
    norm = ctx.tokens.norm(pos)
    return cand.type == "Group" and norm.startswith("ال") and norm not in SOURCE_NOUNS and norm[2:] in SOURCE_NOUNS
