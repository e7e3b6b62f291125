"""The subject slot after a verb (VSO): names, titles, bodies, unnamed sources and statement nouns that
stand there, coordinated subjects, and a title whose holder is named later (subjects_after, named_later)."""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import normalize, strip_article
from ...groups import kind_of
from ...mentions import NAME_INTRODUCERS, TITLE_MODIFIERS, Candidate, nisba_country, match_title
from ...words import PRONOUN_SUFFIXES, is_name_like, text_of
from ..context import Context
from ..cues import SPEECH_KINDS
from ..cursor import GOVERNED_ARTICLE, SENTENCE_ENDS
from ..index import BareTitle, Found
from ..referents import (apposed_holder, body_referent, issuer_of, issuer_of_document, named_authors, named_with_bare_title,
                         last_speaker_titled, person_ahead, spoken_for, spokesmen_for, title_holder_after, title_referent,
                         unnamed_holder)
from .base import NO_SUBJECT, UNNAMED, Speakers, Unnamed, cue_form


SUBJECT_WALK = 8             # tokens the search for a subject after the verb may walk
NAMED_LATER_WALK = 8         # tokens between an unknown title's first word and the name
SOURCE_LINKS = lexicon.function_words().source_link
# "وأكد ذلك فلان": a demonstrative object before the subject, or "وقال هذا المسؤول": one opening it
DEMONSTRATIVES = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv")
                           if row["kind"] == "demonstrative")
SOURCE_NOUNS = lexicon.source_nouns()   # "مصدر" -> sources: one unnamed person who speaks as a group
SOURCE_KINDS = frozenset(SOURCE_NOUNS.values())   # the group kinds one unnamed source speaks as
GENERIC_SOURCE = SOURCE_NOUNS.get(normalize("مصدر"))   # "المصدر": a source of any kind
PLURAL_NISBA_ENDINGS = ("يين", "يون")
CARRY_BACK = 2               # sentences back to the statement a definite source noun refers to


def _honorific_pronouns() -> dict[str, str]:
    """"جلالته", "سموه", "معاليها" (function_words kind honorific_pronoun) -> the honorific it carries,
    normalised ("جلالة", "سمو", "معالي"): the pronoun dropped, its ت written as the ة it was."""
    out: dict[str, str] = {}
    for form in lexicon.function_words().honorific_pronoun:
        stem = form[:-2] if form.endswith("ها") else form[:-1]
        out[form] = normalize(stem[:-1] + "ة") if stem.endswith("ت") else stem
    return out


HONORIFIC_PRONOUNS = _honorific_pronouns()
HONORIFIC_REACH = 3          # tokens before a person's name where the honorific that introduced him stands


# --- the subject slot after a verb (VSO) ---------------------------------------------------------
def _skippable(ctx: Context, pos: int, named: bool) -> bool:
    """Words that stand between a verb and its subject, or inside a subject: time words, "بدوره",
    title modifiers, nationality adjectives, commas, quotes, organization heads with no name yet, the
    resumptive "فيه" of a relative clause ("في الوقت الذي أكد فيه الوزير فلان"), a demonstrative object
    right after the verb ("وأكد ذلك فلان"), a preposition with a pronoun right after it ("وقال لنا فلان",
    "وقال عنه مسؤول")."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    after_verb = (p := tokens.prev(pos)) is not None and ctx.cues.kind_at(p) in SPEECH_KINDS
    return norm in tokens.words.adjunct or norm in TITLE_MODIFIERS or bool(nisba_country(tokens.doc, pos)) \
        or (norm in DEMONSTRATIVES and after_verb) or (norm in tokens.words.slot_pronoun and after_verb
                                                        and not _relays(ctx, p)) \
        or norm in tokens.words.resumptive_in \
        or tokens.is_comma(pos) or tokens.is_quote(pos) or (norm in lexicon.org_heads() and not named)


def _relays(ctx: Context, p: int) -> bool:
    """Is the verb at p one that relays ("نقلت عنه وكالة X": the agency relays from him, it does not speak)?"""
    cue = ctx.cues.at(p)
    return cue is not None and cue_form(ctx, cue) in ctx.tokens.words.relay_verb


def _subject_at(ctx: Context, pos: int) -> tuple[Candidate | None, bool]:
    """The mention at pos that may be a subject (the person a title introduces first), and whether
    the walk stops there: a mention governed by a preposition is an object."""
    mentions = ctx.mentions
    cand = mentions.start_at.get(pos)
    if pos in mentions.titled and (cand is None or cand.type != "Person"):
        # "وطلب من الرئيس فلان", "ونقل للرئيس فلان": a title after a preposition introduces an object
        tokens = ctx.tokens
        p = tokens.prev(pos)   # not the verb itself: "عبر" is a preposition and a verb of saying
        governed = tokens.after_preposition(pos) and p is not None and ctx.cues.at(p) is None
        return mentions.titled[pos], (governed and not _after_each_of(ctx, pos)) \
            or tokens.text(pos).startswith(GOVERNED_ARTICLE)
    return cand, cand is not None and ctx.tokens.governed(cand) and not _after_each_of(ctx, pos)


def _after_each_of(ctx: Context, pos: int) -> bool:
    """Does "كل من" stand right before pos ("وأكد كل من X وY")? Its من governs no object: X is a subject."""
    tokens = ctx.tokens
    p = tokens.prev(pos)
    pp = tokens.prev(p) if p is not None else None
    return pp is not None and f"{tokens.norm(pp)} {tokens.norm(p)}" in tokens.words.each_of


def _names(ctx: Context, pos: int, end: int, steps: int) -> Speakers:
    """The named subject at pos and those coordinated with it: "وقال X وY", "و<title> <name>"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    found: list[Found] = []
    joined = False               # a conjunction stands before pos: a second subject opens there
    while pos < end and steps < SUBJECT_WALK:
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        cand, governed = _subject_at(ctx, pos)
        if governed:
            break
        if cand is not None:
            # a place directly followed by a person is the person's country: "وكينيا فلان الفلاني"
            follower = mentions.start_at.get(tokens.next(cand.j, end))
            if cand.type == "Place" and follower is not None and follower.type == "Person":
                cand = follower
            found.append(mentions.found(cand))
            pos = _past_apposition(ctx, cand, end)
            after = tokens.next_past_comma(pos, end)
            if after < end and _conjoined(ctx, after):
                pos, joined = after, True
                steps += 1
                continue
            break
        if joined and (_counterpart(ctx, pos) or match_title(tokens.doc, pos)):
            # "والمفوضة الأوروبية لشؤون الطاقة في بروكسل فلانة", "ونظيره الإسباني فلان": a second subject whose
            # title (or "his counterpart") runs on for some words before the name
            person = person_ahead(ctx, pos + 1, end)
            if person is not None and all(person.key != f.key for f in found):
                pos, joined = person.i, False
                continue
        title = match_title(tokens.doc, pos)
        if title:
            pos = title[0]
            steps += 1
            continue
        if _skippable(ctx, pos, named=True):
            pos += 1
            steps += 1
            continue
        break
    return Speakers(tuple(found), pos)


def _past_apposition(ctx: Context, cand: Candidate, end: int) -> int:
    """Where the subject `cand` ends, past the same one named again right after it: an epithet, then
    the name ("خادم الحرمين الشريفين الملك فلان") is one subject, and what was said starts after both."""
    again = ctx.mentions.start_at.get(ctx.tokens.next(cand.j, end))
    if again is not None and ctx.mentions.key(again) == ctx.mentions.key(cand):
        return again.j
    return cand.j


def _counterpart(ctx: Context, pos: int) -> bool:
    """"ونظيره", "ونظيرتها": "and his (her) counterpart", which a name follows."""
    norm = ctx.tokens.norm(pos)
    return norm.startswith("و") and norm[1:] in ctx.tokens.words.counterpart


def _conjoined(ctx: Context, pos: int) -> bool:
    """"وY", "ووزير الخارجية", "ونظيره": a name or title that carries the conjunction و; the و of "وزير"
    or "وديع" is the word's own."""
    tokens = ctx.tokens
    text = tokens.text(pos)
    if not text.startswith("و"):
        return False
    if _counterpart(ctx, pos):
        return True
    cand = ctx.mentions.start_at.get(pos)
    if cand is not None:
        return cand.start > tokens.starts[pos]
    title = match_title(tokens.doc, pos)
    return bool(title) and not normalize(text).startswith(normalize(title[1]).split()[0])


def _title(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord]) -> Speakers | Unnamed:
    """A bare title as subject: the person it introduces further on, the person it refers to, the
    body or group a spokesman speaks for ("متحدث باسم الكرملين") or the organization it heads."""
    bare = ctx.mentions.bare[pos]
    person = person_ahead(ctx, pos + 1, end)
    if person is not None:
        return Speakers((person,), person.j)
    role_of, stop = bare.role_of, bare.stop
    if role_of is not None and _plural_nisba(ctx.tokens.norm(stop - 1)):
        role_of, stop = None, stop - 1   # "ودعا البابا العراقيين": a plural nationality is the verb's object
    referent = last_speaker_titled(ctx, bare.title, role_of, history) or title_referent(ctx, bare.title, role_of, pos) \
        or apposed_holder(ctx, bare.title, bare.role_of, pos)
    sent = ctx.doc[pos].sent
    if referent is None and ctx.tokens.prev(sent.start) is None:
        referent = title_holder_after(ctx, bare.title, role_of, sent.end)  # a headline's bare title
    if referent is not None:
        return Speakers((Found(referent, pos, stop),), max(stop, pos + 1))
    # "متحدث باسم الكرملين", "ورد الناطق باسم المصلحة": the body or group speaks through him
    if (spoken := spoken_for(ctx, pos, bare.title, end)) is not None:
        return Speakers((spoken,), spoken.j)
    if (spoken := _spoken_for_by_pronoun(ctx, bare.i, bare.stop, end, history)) is not None:
        return Speakers((spoken,), spoken.j)
    if bare.role_of and ctx.mentions.type_of(bare.role_of) == "Organization":
        # "وقال الأمين العام للمنظمة": the person the article named with this title, or else the body
        holder = named_with_bare_title(ctx, bare.title, bare.role_of, pos)
        return Speakers((Found(holder or bare.role_of, pos, bare.stop),), bare.stop)
    if bare.role_of is None and (body := _body_of_title(ctx, bare.i, bare.stop, end)) is not None:
        return Speakers((body,), body.j)   # "وقال مدير الأمن في وزارة الداخلية": the body he serves speaks
    if source_group_referent(ctx, pos, history) is None \
            and (holder := unnamed_holder(ctx, BareTitle(bare.i, stop, bare.title, role_of), history)) is not None:
        # "وأشاد السفير الأمريكي": he speaks, unnamed (after an unnamed source or official it may refer back to)
        return Speakers((holder,), max(stop, pos + 1))
    return UNNAMED  # "وأشاد الوزير": someone the text does not name


SPEAKING_FOR = normalize("باسم")


def _spoken_for_by_pronoun(ctx: Context, start: int, stop: int, end: int,
                           history: Sequence[StatementRecord]) -> Found | None:
    """"وقالت الوزارة إن ... وأضاف المتحدث باسمها أن": a spokesman "in its name" (the word in the bare title
    or right after it), the pronoun taking back the body, state or group whose statement came last (not a
    person: "his spokesman" is another who speaks)."""
    if not history:
        return None
    k = next((q for q in range(start + 1, min(end, ctx.tokens.next(stop, end) + 1))
              if ctx.tokens.norm(q).startswith(SPEAKING_FOR)
              and ctx.tokens.norm(q)[len(SPEAKING_FOR):] in PRONOUN_SUFFIXES), None)
    if k is None:
        return None
    last = history[-1].speaker
    if ctx.mentions.speaks_as(last) not in ("Organization", "Place", "Group"):
        return None
    return Found(last, k, k + 1)


TITLE_COMPLEMENT = 4   # words completing a title before the body it serves, a preposition among them ("قائد وحدة مكافحة الإرهاب في الشرطة")


def _body_of_title(ctx: Context, start: int, stop: int, end: int) -> Found | None:
    """The organization an unnamed title holder serves, named after a preposition past a few words of his
    title's definite complement: "مدير الأمن في وزارة الداخلية", "قائد وحدة مكافحة الإرهاب بالشرطة"; none
    for an indefinite one ("قائد ميداني في الحركة": one of its many, an unnamed source), one close to the body
    ("المسؤول المقرب من"), past any other name, punctuation or what he said, nor a news agency he spoke to."""
    tokens, mentions = ctx.tokens, ctx.mentions
    last = stop - 1   # the last word before the body: the title's own when nothing completes it
    q = stop
    for _ in range(TITLE_COMPLEMENT + 1):
        q = tokens.next(q, end)
        if q >= end or tokens.is_punct(q) or tokens.is_quote(q) or tokens.norm(q) in tokens.words.complementizer \
                or ctx.cues.at(q) is not None or tokens.norm(q) in tokens.words.close_to:
            return None
        cand = mentions.start_at.get(q)
        if cand is not None:
            body = cand.type == "Organization" and tokens.governed(cand) and not mentions.is_agency(mentions.key(cand))
            definite = tokens.norm(last).startswith("ال")
            return mentions.found(cand) if body and definite else None
        if tokens.norm(q) not in SOURCE_LINKS:
            last = q   # a preposition on its own ("في", "لدى") is no word of the complement
        q += 1
    return None


def _plural_nisba(norm: str) -> bool:
    """"العراقيين", "الفرنسيون": a nationality in the plural, which no singular title agrees with."""
    return strip_article(norm).endswith(PLURAL_NISBA_ENDINGS)


def _statement_noun(ctx: Context, pos: int, end: int, history: Sequence[StatementRecord],
                    in_sentence: Sequence[StatementRecord] = ()) -> Speakers | Unnamed:
    """"وأوضح بيان لوزارة الخارجية": its author; "وأوضح البيان": the issuer of the last statement
    that used that noun."""
    authors = named_authors(ctx, pos, end)
    if authors:
        return Speakers(tuple(authors[:1]), authors[0].j)
    after = ctx.tokens.next(pos + 1, end)
    if after < end and ctx.tokens.norm(after) in ctx.tokens.words.another:
        return UNNAMED   # "وأكد بيان آخر", "تغريدة أخرى": another statement than the one named before
    issuer = issuer_of(ctx, ctx.cues.at(pos).lemma, pos, history, in_sentence)
    if issuer:
        return Speakers((Found(issuer, pos, pos + 1),), pos + 1)
    return UNNAMED


def body_of_source(ctx: Context, pos: int, end: int) -> Found | None:
    """The organization an unnamed official or source belongs to: "مسؤول (أمني) بوزارة الداخلية",
    "مصدر في الرئاسة", "مسؤول لدى الأمم المتحدة"; none for a source close to a body ("مصدر مقرب من
    الحكومة"): it is no member of it, the source speaks."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if (p := tokens.prev(pos)) is not None and tokens.norm(p) in tokens.words.close_to:
        return None  # "مصدر مقرب" found as one mention: the word closing it
    for _ in range(3):
        pos = tokens.next(pos, end)
        if pos >= end:
            return None
        cand = mentions.start_at.get(pos)
        if cand is not None:
            # "مصدر قضائي لوكالة كيودو": the outlet told, not the body the source belongs to
            body = cand.type == "Organization" and tokens.governed(cand) and not mentions.is_agency(mentions.key(cand)) \
                and not tokens.text(cand.i).startswith("ل")
            return mentions.found(cand) if body else None
        if tokens.norm(pos) in tokens.words.close_to:
            return None
        if not (tokens.norm(pos) in SOURCE_LINKS or tokens.norm(pos).endswith(("ي", "يه"))):
            # only a preposition or an adjective ("أمني", "رفيع") stands between; or a unit the text names but
            # no entity stands for, then the body it belongs to: "مسؤول بقسم الجوازات التابع لوزارة النقل"
            return _body_of_unit(ctx, pos, end)
        pos += 1
    return None


UNIT_WORDS = 4   # words of an unnamed unit between a source and "التابع لـ" the body it belongs to


def _body_of_unit(ctx: Context, pos: int, end: int) -> Found | None:
    """The organization after "التابع لـ" / "التابعة لـ" a few words on from pos, in a phrase with no
    comma, cue or other entity before it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    for q in range(pos, min(end, pos + UNIT_WORDS)):
        if tokens.is_punct(q) or ctx.cues.at(q) is not None or mentions.in_a_mention(q):
            return None
        if tokens.norm(q) in tokens.words.affiliated:
            cand = mentions.start_at.get(tokens.next(q + 1, end))
            return mentions.found(cand) if cand is not None and cand.type == "Organization" \
                and tokens.text(cand.i).startswith("ل") else None
    return None


def _body_in_construct(ctx: Context, group: Candidate, end: int) -> Found | None:
    """"مسؤولو وزارة الصحة": a sound plural of unnamed sources in the construct state (its ن dropped),
    whose complement is a body."""
    if group.j - group.i != 1 or not ctx.tokens.norm(group.i).endswith("و"):
        return None
    cand = ctx.mentions.start_at.get(ctx.tokens.next(group.j, end))
    return ctx.mentions.found(cand) if cand is not None and cand.type == "Organization" else None


def _issuer_by_verb(ctx: Context, pos: int, end: int) -> Found | None:
    """"وأفاد تسجيل بثته الإذاعة الحكومية": a report and the verb that takes it as object (its
    pronoun), then the body that issued it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    verb = tokens.next(pos + 1, end)
    if verb >= end or not tokens.norm(verb).endswith(("ه", "ها")) or ctx.cues.at(verb) is not None \
            or mentions.in_a_mention(verb):
        return None
    cand = mentions.start_at.get(tokens.next(verb + 1, end))
    return mentions.found(cand) if cand is not None and cand.type == "Organization" else None


def _given_name(ctx: Context, pos: int, end: int) -> Speakers | None:
    """"وقال كريم بنزيما": a person found by the family name alone, whose given name is an ordinary
    word too (كريم، أمين، جميل): the word before the name belongs to the subject."""
    tokens, mentions = ctx.tokens, ctx.mentions
    nxt = tokens.next(pos + 1, end)
    cand = mentions.start_at.get(nxt) if nxt < end else None
    word = tokens.text(pos)
    if cand is None or cand.type != "Person" or word.startswith("ال") or word[:1] in "وفبلك" \
            or tokens.norm(pos) in tokens.words.preposition or ctx.cues.at(pos) or match_title(tokens.doc, pos) \
            or tokens.is_quote(pos) or tokens.is_comma(pos) or _function_word(ctx, pos) \
            or not _named_in_full_elsewhere(ctx, cand):
        return None
    found = _names(ctx, nxt, end, 0)
    return Speakers(found.found, found.after) if found.found else None


def _function_word(ctx: Context, pos: int) -> bool:
    """"ويصف أن فلان": a closed-class word is never a given name."""
    norm = ctx.tokens.norm(pos)
    return norm in NO_SUBJECT or norm in DEMONSTRATIVES or norm in ctx.tokens.words.complementizer


def _named_in_full_elsewhere(ctx: Context, cand: Candidate) -> bool:
    """A one-word mention, or a person with a longer name than this mention ("الصفدي" of "أيمن الصفدي"):
    only then may the word before the mention be a given name the mention left out ("وأكد كريم الصفدي");
    before a full name of several words ("مرمى حمزة الحفناوي") it is a noun whose genitive the name is."""
    ent = ctx.mentions.entities.get(ctx.mentions.key(cand))
    words = len(normalize(cand.form).split())
    return ent is not None and (words == 1 or any(len(normalize(form).split()) > words
                                                  for form in ent.forms | {ent.label}))


def subjects_after(ctx: Context, k: int, end: int, history: Sequence[StatementRecord],
                   in_sentence: Sequence[StatementRecord] = ()) -> Speakers | Unnamed | None:
    """The subject after the verb (VSO), walking past time words, titles and adjectives: named
    entities (coordinated ones included), a bare title's referent, a statement noun's author, a body.
    in_sentence: the statements of this sentence before the verb (a statement noun may take one up)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    pos, steps = k, 0
    while pos < end and steps < SUBJECT_WALK:
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        nxt = tokens.next(pos + 1, end)
        if nxt < end and f"{tokens.norm(pos)} {tokens.norm(nxt)}" in tokens.words.each_of:
            pos, steps = nxt + 1, steps + 1  # "وأكد كل من X وY": the names after "كل من" are the subjects
            continue
        cand, governed = _subject_at(ctx, pos)
        if governed:
            break
        if (spokesmen := spokesmen_for(ctx, pos, end)) is not None:
            return Speakers((spokesmen,), spokesmen.j)  # "وقال متحدثون باسم الوزارة": the ministry speaks
        if cand is None and tokens.norm(pos) in HONORIFIC_PRONOUNS:
            # "وأكد جلالته": the person last introduced with that honorific ("جلالة الملك فلان")
            honored = honored_person(ctx, pos, HONORIFIC_PRONOUNS[tokens.norm(pos)])
            return Speakers((honored,), pos + 1) if honored is not None else None
        if cand is None and (group := _group_after_partitive(ctx, pos, end)) is not None:
            named = mentions.start_at.get(tokens.next(group.j, end))
            if named is not None and named.type == "Person":
                return Speakers((mentions.found(named),), named.j)  # "وقال أحد قادة المتمردين فلان": he, named
            return Speakers((mentions.found(group),), group.j)  # "وقال أحد السكان": the residents speak
        if (cand is None and tokens.norm(pos) in tokens.words.unnamed_source) or \
                (cand is not None and cand.type == "Group" and kind_of(cand.key or "") in ("officials", "sources")):
            body = body_of_source(ctx, cand.j if cand is not None else pos + 1, end) or \
                (_issuer_by_verb(ctx, pos, end) if cand is None else _body_in_construct(ctx, cand, end))
            if body is not None:
                return Speakers((body,), body.j)  # "وقال مسؤول بوزارة الداخلية": the body speaks
        if cand is not None:
            return _names(ctx, pos, end, steps)
        if (source := source_group_referent(ctx, pos, history)) is not None and pos not in mentions.bare:
            return Speakers((source,), pos + 1)  # "وأضاف المصدر": the unnamed source that spoke before
        if (body := _body_of_title_holders(ctx, pos, end)) is not None:
            if tokens.governed(mentions.start_at[body]):  # "أعضاء في مجلس الأمن": that body alone
                return Speakers((mentions.found(mentions.start_at[body]),), mentions.start_at[body].j)
            return _names(ctx, body, end, steps)
        if pos in mentions.bare:
            titled = _title(ctx, pos, end, history)
            # "وتابعت المتحدثة": a title that names no one known refers back to the unnamed spokeswoman
            return Speakers((source,), pos + 1) if titled is UNNAMED and source is not None else titled
        title = match_title(tokens.doc, pos)
        if title:
            pos = title[0]
            steps += 1
            continue
        if ctx.cues.kind_at(pos) == "noun":
            if tokens.text(pos).endswith(PRONOUN_SUFFIXES):
                return None  # "وكررت دعوتها إلى": a statement noun of the subject's own is the verb's object
            return _statement_noun(ctx, pos, end, history, in_sentence)
        if tokens.norm(pos) in tokens.words.document_noun and (authors := named_authors(ctx, pos, end)):
            # "وأكدت الرسالة التي بعث بها الرئيس فلان أن"
            return Speakers(tuple(authors[:1]), authors[0].j)
        if tokens.norm(pos) in tokens.words.document_noun and tokens.norm(pos).startswith("ال"):
            # "وأشار التقرير إلى أن": the issuer of the report the text named before, if a statement gave one
            nxt = tokens.next(pos + 1, end)
            issuer = None if nxt < end and tokens.norm(nxt) in tokens.words.another else \
                issuer_of_document(ctx, tokens.norm(pos), pos, history, in_sentence)
            if issuer is not None:
                return Speakers((Found(issuer, pos, pos + 1),), pos + 1)
        given = _given_name(ctx, pos, end)
        if given is not None:
            return given
        body = body_referent(ctx, pos)
        if body is not None:
            return Speakers((Found(body, pos, pos + 1),), pos + 1)
        if _definite_body_before_person(ctx, pos, end):
            return UNNAMED
        if _skippable(ctx, pos, named=False):
            pos += 1
            steps += 1
            continue
        return named_later(ctx, pos, end)
    return None


def honored_person(ctx: Context, pos: int, honorific: str) -> Found | None:
    """The person named last before pos right after the honorific (or a title it opens: "جلالة الملك"), also
    with the article after صاحب ("صاحب السمو الشيخ فلان")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    forms = {honorific, "ال" + honorific}
    for c in reversed([c for c in mentions.cands if c.j <= pos and c.type == "Person"]):
        first = c.title_i if c.title_i is not None else c.i
        if any(tokens.norm(p) in forms for p in range(max(0, first - HONORIFIC_REACH), c.i)):
            return mentions.found(c)
    return None


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


def source_group_referent(ctx: Context, pos: int, history: Sequence[StatementRecord],
                          content_after: bool = True) -> Found | None:
    """"وأضاف المصدر", "وقال المسؤول", "وتابعت المتحدثة": a definite singular source noun refers back to
    the unnamed source of its kind that spoke last ("قال مصدر أمني ... وأضاف المصدر"). As a verb's subject
    (`content_after`) what was said must follow it; after "بحسب" the marker tells it is the source."""
    norm = ctx.tokens.norm(pos)
    kind = SOURCE_NOUNS.get(strip_article(norm)) if norm.startswith("ال") else None
    if kind is None or (content_after and not _content_right_after(ctx, pos)):
        return None
    # "المصدر" refers back to any one unnamed source ("قال مسؤول ليبي ... وأضاف المصدر"); others to their kind
    kinds = SOURCE_KINDS if kind == GENERIC_SOURCE else {kind}
    noun = strip_article(norm)

    def source_group(key: str) -> bool:
        return ctx.mentions.type_of(key) == "Group" and (kind_of(key) in kinds or _source_described_by(ctx, key, noun))

    # the one who spoke last, when the noun fits him, before an unnamed source further back ("قال مسؤول
    # كبير ... وقال الوزير فلان ... وأضاف المسؤول": the minister)
    key = _last_speaker_of_source(ctx, pos, kind, history) if history and not source_group(history[-1].speaker) \
        else None
    if key is None:
        key = next((st.speaker for st in reversed(history) if source_group(st.speaker)), None)
    return Found(key, pos, pos + 1) if key is not None else None


def _source_described_by(ctx: Context, key: str, noun: str) -> bool:
    """"قال مصدر دبلوماسي غربي ... وأضاف الدبلوماسي": an unnamed source of another kind whose phrase has
    the noun as its adjective."""
    ent = ctx.mentions.entities.get(key)
    return ent is not None and kind_of(key) in SOURCE_KINDS \
        and any(noun in normalize(form).split()[1:] for form in ent.forms | {ent.label})


def _last_speaker_of_source(ctx: Context, pos: int, kind: str, history: Sequence[StatementRecord]) -> str | None:
    """The speaker of the last statement, at most CARRY_BACK sentences back, that a definite source noun
    refers to when no unnamed group of its kind spoke: the body such a source spoke for ("قال مسؤول في
    الإدارة الأميركية ... وأوضح المسؤول"), or, for a holder of any office ("المسؤول"), a person with a
    title, of the country the noun names if it names one ("أعلن نائب الرئيس العراقي فلان ... وأضاف
    المسؤول العراقي"), also when the last statement carried him on with no name of its own ("وقال: ...")."""
    if not history:
        return None
    tokens, mentions = ctx.tokens, ctx.mentions
    last = history[-1]
    if _sentence_ends_between(ctx, last.sentence_span[1], tokens.starts[pos]) > CARRY_BACK:
        return None
    kind_of_speaker = mentions.type_of(last.speaker)
    if kind_of_speaker == "Organization":
        if last.speaker_span is None or last.cue_span is None:
            return None
        # the source noun between the cue and the body ("أعلن مسؤول كبير في الإدارة الأميركية"), or as the
        # speaker's phrase itself when that statement found the body through it ("وأوضح المسؤول الكبير")
        between = text_of(ctx.doc)[last.cue_span[1]:max(last.speaker_span)].split()
        return last.speaker if any(_source_kind(w) == kind for w in between) else None
    ent = mentions.entities.get(last.speaker)
    if kind_of_speaker != "Person" or ent is None or not ent.roles:
        return None
    nxt = tokens.next(pos + 1, len(tokens.texts))
    nationality = nisba_country(tokens.doc, nxt) if nxt < len(tokens.texts) else None
    if strip_article(tokens.norm(pos)) not in tokens.words.office_holder:
        # another source noun names him with his country ("وأوضح وزير الخارجية التونسي فلان ... وأضاف
        # الدبلوماسي التونسي") or as a title of his with that head ("وقال فلان المتحدث باسم الهيئة ... وأضاف
        # المتحدث")
        noun = strip_article(tokens.norm(pos))
        titled = any(strip_article(normalize(r.title)).split()[:1] == [noun] for r in ent.roles)
        return last.speaker if titled or (nationality is not None and any(r.of_key == nationality for r in ent.roles)) \
            else None
    country = mentions.bare[pos].role_of if pos in mentions.bare else nationality
    if country is not None and all(r.of_key not in (None, country) for r in ent.roles):
        return None  # "وأضاف المسؤول الأمريكي" is not the Iraqi minister who spoke last
    return last.speaker


def _source_kind(word: str) -> str | None:
    """The group kind a source noun speaks as, singular ("مسؤول") or plural ("مسؤولون", of groups.tsv)."""
    norm = strip_article(normalize(word))
    group = lexicon.groups().get(norm)
    return SOURCE_NOUNS.get(norm) or (group.kind if group is not None else None)


def _sentence_ends_between(ctx: Context, start_char: int, end_char: int) -> int:
    """How many sentence ends stand between two character offsets."""
    tokens = ctx.tokens
    first, last = bisect_left(tokens.starts, start_char), bisect_left(tokens.starts, end_char)
    return sum(1 for q in range(first, last) if tokens.text(q) in SENTENCE_ENDS or "\n" in tokens.text(q))


def _content_right_after(ctx: Context, pos: int, adjectives: int = 2) -> bool:
    """"وأضاف المصدر أن", "وقال المسؤول العراقي إن", "وتابعت المتحدثة:": what was said starts right after
    the noun and its definite adjectives; not "وأعلن المسؤول في قطاع السياحة فلان" (a person named on)."""
    tokens, end = ctx.tokens, len(ctx.tokens.texts)
    p = tokens.next(pos + 1, end)
    for _ in range(adjectives):
        if p < end and tokens.norm(p).startswith("ال") and not ctx.mentions.in_a_mention(p):
            p = tokens.next(p + 1, end)
    if p < end and (tokens.norm(p) in tokens.words.circumstance or tokens.norm(p) in tokens.words.preposition):
        p = _past_circumstance(ctx, p, end)  # "قال المسؤول العراقي حول تقييمه نتائج الحوار، إن"
    return p < end and (tokens.norm(p) in tokens.words.complementizer or tokens.text(p) == ":"
                        or tokens.is_quote(p) or tokens.is_comma(p))


CIRCUMSTANCE_WORDS = 8   # words of a phrase of where, when or about what, between a source noun and what it said


def _past_circumstance(ctx: Context, p: int, end: int) -> int:
    """Past a phrase of circumstance that opens at p ("حول تقييمه نتائج الحوار"، "في مؤتمر صحفي"), to
    the comma, إن/أن or colon that closes it; p itself when a person (or a word that may be a name the
    lexicon does not know), another cue or a quote stands in it (the person is named on: "المسؤول في
    قطاع السياحة فلان")."""
    tokens = ctx.tokens
    q, words = tokens.next(p + 1, end), 0
    while q < end and words < CIRCUMSTANCE_WORDS:
        cand = ctx.mentions.start_at.get(q)
        if (cand is not None and cand.type == "Person") or tokens.is_quote(q) or ctx.cues.kind_at(q) in SPEECH_KINDS \
                or (is_name_like(ctx.doc[q]) and not tokens.norm(q).startswith("ال") and cand is None):
            return p
        if tokens.is_comma(q) or tokens.text(q) == ":" or tokens.norm(q) in tokens.words.complementizer:
            return q
        words += 1
        q = tokens.next(q + 1, end)
    return p


def _body_of_title_holders(ctx: Context, pos: int, end: int) -> int | None:
    """"وزراء مالية مجموعة العشرين", "سفراء الدول الآسيوية", "أعضاء في مجلس الأمن": where the body or
    country whose title holders speak starts (the plural title, maybe one word of its remit or a
    preposition of affiliation, then the name)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if tokens.norm(pos) not in tokens.words.plural_title:
        return None
    first = tokens.next(pos + 1, end)
    for q in (first, tokens.next(first + 1, end)):
        cand = mentions.start_at.get(q) if q < end else None
        if cand is not None:
            # "أعضاء في مجلس الأمن", "سفراء لدى الاتحاد الأوروبي": members of the body that "في"/"لدى" governs
            linked = q != first and tokens.norm(first) in SOURCE_LINKS and cand.type == "Organization"
            return q if cand.type in ("Organization", "Place") and (linked or not tokens.governed(cand)) else None
    return None


def named_later(ctx: Context, pos: int, end: int) -> Speakers | None:
    """A subject whose title the lexicon does not know, then its name: "طالب المرجع الديني البارز
    فلان" (definite words and nationality adjectives before the person), "وقال مدرب المنتخب الألماني فلان
    إن" (a head in construct with a definite word, when what was said follows the name), "قال مسؤول ثان
    باسم البلدية هو فلان" (the name introduced by هو)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    definite, construct, q, stop = True, True, pos, min(end, pos + NAMED_LATER_WALK)
    while (q := tokens.next(q, stop)) < stop:
        cand = mentions.start_at.get(q) or mentions.titled.get(q)
        if cand is not None and cand.type == "Person":
            prev = tokens.prev(q, pos)
            if tokens.governed(cand) or tokens.text(q).startswith(GOVERNED_ARTICLE) \
                    or not (definite or (prev is not None and tokens.norm(prev) in NAME_INTRODUCERS)
                            or (construct and _content_follows(ctx, cand.j, end))):
                return None
            return _names(ctx, q, end, 0) if q in mentions.start_at else Speakers((mentions.found(cand),), cand.j)
        if cand is not None:  # "باسم الحكومة": the body a title is of
            # "مدرب نادي برشلونة": a proper name is the definite word that closes a construct chain
            definite, construct, q = False, True, cand.j
            continue
        norm = tokens.norm(q)
        if tokens.is_punct(q) or tokens.is_quote(q) or norm in NO_SUBJECT or ctx.cues.kind_at(q) is not None:
            return None
        nxt = tokens.next(q + 1, stop)
        # "ولاعب الشطرنج": a second title, a noun joined by و and completed by a definite word
        joined = q > pos and norm.startswith("و") and nxt < stop and tokens.norm(nxt).startswith("ال")
        definite = definite and (norm.startswith("ال") or bool(nisba_country(tokens.doc, q))
                                 or norm in TITLE_MODIFIERS or joined)
        # "مدرب المنتخب الألماني", "مدرب نادي برشلونة": indefinite heads in construct are definite too once a
        # definite word or a name closes the chain; a head still open when the person comes is no title of theirs
        construct = norm.startswith("ال") or bool(nisba_country(tokens.doc, q)) or norm in TITLE_MODIFIERS
        q += 1
    return None


def _content_follows(ctx: Context, pos: int, end: int) -> bool:
    """What was said starts right after the name (إن/أن، a colon, a quote): the name closes the subject
    ("وقال مدرب المنتخب الألماني فلان إن"), it is no object followed by its complement."""
    tokens = ctx.tokens
    nxt = tokens.next(pos, end)
    return nxt < end and (tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":"
                          or tokens.is_quote(nxt))
