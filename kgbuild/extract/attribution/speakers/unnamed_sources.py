"""Unnamed sources as the subject after a verb: the body an unnamed official or source belongs to ("مسؤول
بوزارة الداخلية", body_of_source), and the unnamed source a definite source noun refers back to ("وأضاف المصدر",
source_group_referent) when what was said follows it."""
from __future__ import annotations

from bisect import bisect_left
from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import clitic_variants, normalize, strip_article
from ...groups import kind_of
from ...mentions import Candidate, nisba_country
from ...words import is_common, is_function_text, is_name_like, is_time_text, text_of
from ..context import Context
from ..cues import SPEECH_KINDS
from ..cursor import SENTENCE_ENDS
from ..index import Found
from ..referents.bodies_and_places import body_referent, ministry_of_portfolio, unnamed_body


SOURCE_LINKS = lexicon.function_words().source_link
SOURCE_NOUNS = lexicon.source_nouns()   # "مصدر" -> sources: one unnamed person who speaks as a group
SOURCE_KINDS = frozenset(SOURCE_NOUNS.values())   # the group kinds one unnamed source speaks as
GENERIC_SOURCE = SOURCE_NOUNS.get(normalize("مصدر"))   # "المصدر": a source of any kind
# the group kinds of an unnamed official or source who speaks for the body he is in ("مسؤول في الوزارة")
OFFICIAL_KINDS = frozenset({"officials", "sources"})
# and of an unnamed member of it whose noun is a body_member ("قيادي في حزب X", "ضابط في شرطة X", "ناشط في
# حركة X"): he speaks for it as an official does (news style); not a commander ("قائد ميداني في X")
MEMBER_SOURCE_KINDS = frozenset({"leaders", "officers", "activists"})
BODY_SOURCE_KINDS = OFFICIAL_KINDS | MEMBER_SOURCE_KINDS
BODY_MEMBERS = lexicon.function_words().body_member
CARRY_BACK = 2               # sentences back to the statement a definite source noun refers to


def body_of_source(ctx: Context, pos: int, end: int) -> Found | None:
    """The organization an unnamed official or source belongs to: "مسؤول (أمني) بوزارة الداخلية",
    "مصدر في الرئاسة", "مسؤول لدى الأمم المتحدة"; none for a source close to a body ("مصدر مقرب من
    الحكومة"): it is no member of it, the source speaks."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if (p := tokens.prev(pos)) is not None and tokens.norm(p) in tokens.words.close_to:
        return None  # "مصدر مقرب" found as one mention: the word closing it
    # one unnamed official ("مسؤول في البلدية") speaks for a body named by its class noun too; plural sources
    # ("مصادر في البلدية") stay a group the text may take up again ("ونفت المصادر")
    singular = p is not None and tokens.norm(p) in SOURCE_NOUNS
    if not _speaks_for_body(ctx, pos):
        return None
    if p is not None and (glued := _body_glued_on(ctx, p)) is not None:
        return glued   # "مصدر بالمفوضية" found as one mention: the body its last word names
    for _ in range(3):
        pos = tokens.next(pos, end)
        # "مصدر قيادي في «حزب العمال»": the body's name in quote marks after its preposition
        quoted = pos < end and tokens.is_quote(pos) and pos not in mentions.start_at \
            and tokens.norm(tokens.prev(pos)) in SOURCE_LINKS
        if quoted:
            pos = tokens.next(pos + 1, end)
        if pos >= end:
            return None
        cand = mentions.start_at.get(pos)
        if cand is not None:
            # "مصدر قضائي لوكالة كيودو": the outlet told, not the body the source belongs to
            body = (cand.type == "Organization" or _seat(ctx, cand)) and (quoted or tokens.governed(cand)) \
                and not mentions.is_agency(mentions.key(cand)) and not tokens.text(cand.i).startswith("ل")
            return mentions.found(cand) if body and not _named_after(ctx, cand.j, end) else None
        if tokens.norm(pos) in tokens.words.close_to:
            return None
        if (glued := _body_glued_on(ctx, pos)) is not None:
            return glued   # "مسؤول كبير بالوزارة"
        if (p := tokens.prev(pos)) is not None and tokens.norm(p) in SOURCE_LINKS:
            if singular and (unnamed := _unnamed_body_after_link(ctx, pos)) is not None:
                return unnamed   # "مسؤول في البلدية", "مصدر في الوزارة": a body the text names by its class noun
            if not singular and (named := _named_body_after_link(ctx, pos, end)) is not None:
                return named     # "قياديون في الحزب الحاكم": leaders in a body the text named before speak for it
        if not (tokens.norm(pos) in SOURCE_LINKS or tokens.norm(pos).endswith(("ي", "يه"))):
            # only a preposition or an adjective ("أمني", "رفيع") stands between; or a unit the text names but
            # no entity stands for, then the body it belongs to: "مسؤول بقسم الجوازات التابع لوزارة النقل"
            return _body_of_unit(ctx, pos, end)
        pos += 1
    return None


GLUED_AT = "بال"   # "بالهيئة": the preposition بـ glued on a definite class noun of bodies


def _body_glued_on(ctx: Context, k: int) -> Found | None:
    """"مصدر بالمفوضية", "مسؤول كبير بالوزارة": the word at k, ending an unnamed source's phrase (or right after it),
    is بـ glued on a definite class noun of bodies (no mention of its own): the body of that head named before
    speaks through the source (body_referent), as after a preposition standing apart; None when none was named."""
    if not ctx.tokens.norm(k).startswith(GLUED_AT) or k in ctx.mentions.start_at:
        return None
    named = body_referent(ctx, k, governed=True) or ministry_of_portfolio(ctx, k, governed=True)
    return Found(named, k, k + 1) if named is not None else None


def _speaks_for_body(ctx: Context, pos: int) -> bool:
    """Does the unnamed source whose phrase ends at pos speak for the body after it: an official or a source
    ("مسؤول أمني", "مصدر"), or a member named by a body_member noun ("قيادي", "ضابط كبير"), not a
    commander ("قائد ميداني")?"""
    source = next((c for c in ctx.mentions.cands if c.j == pos and c.type == "Group"), None)
    if source is None or kind_of(source.key or "") not in MEMBER_SOURCE_KINDS:
        return True
    return ctx.tokens.norm(source.i) in BODY_MEMBERS


def _named_after(ctx: Context, pos: int, end: int) -> bool:
    """"قيادي في حزب X فلان", "مسؤول في الوزارة، فلان،": a person named in apposition right after the body (past
    a comma) is the source himself, who speaks; the body does not."""
    tokens = ctx.tokens
    q = tokens.next(pos, end)
    if q < end and tokens.is_comma(q):
        q = tokens.next(q + 1, end)
    named = ctx.mentions.start_at.get(q) if q < end else None
    return named is not None and named.type == "Person"


MEMBER_KINDS = frozenset({"lawmakers"})   # group kinds of a party's members who speak for it ("نواب من حزب X")
PARTY_KIND = "party"                      # org_heads.tsv kind of a party's head noun (حزب، حركة، كتلة ...)
PARTY_WALK = 3                            # tokens past من/في to the party's name: its head noun, a quote mark


def party_of_members(ctx: Context, cand: Candidate, end: int) -> Found | None:
    """"رفض نواب من حزب X", "طالب نواب في حزب «X»": indefinite lawmakers of a party, named by the party right
    after من/في, speak for it (the party's line, as the news tells it); not "النواب" nor lawmakers of a
    parliament or a body that is no party."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if kind_of(cand.key or "") not in MEMBER_KINDS or tokens.norm(cand.i).startswith("ال"):
        return None
    link = tokens.next(cand.j, end)
    if link >= end or tokens.norm(link) not in SOURCE_LINKS or tokens.norm(link) not in ("من", "في"):
        return None
    pos, party_head = tokens.next(link + 1, end), False
    for _ in range(PARTY_WALK):
        if pos >= end:
            return None
        body = mentions.start_at.get(pos)
        if body is not None:
            head = strip_article(tokens.norm(body.i))
            party = party_head or lexicon.org_heads().get(head) == PARTY_KIND
            return mentions.found(body) if body.type == "Organization" and party else None
        if tokens.is_quote(pos):
            pos = tokens.next(pos + 1, end)
            continue
        if lexicon.org_heads().get(strip_article(tokens.norm(pos))) != PARTY_KIND:
            return None
        party_head, pos = True, tokens.next(pos + 1, end)
    return None


def _unnamed_body_after_link(ctx: Context, pos: int) -> Found | None:
    """The body a definite class noun after the source's preposition names: the body named before with that
    head ("الوزارة" after "وزارة الصحة"), or else the unnamed body the phrase stands for."""
    named = body_referent(ctx, pos) or ministry_of_portfolio(ctx, pos)
    if named is not None:
        return Found(named, pos, pos + 1)
    return unnamed_body(ctx, pos)


def _named_body_after_link(ctx: Context, pos: int, end: int) -> Found | None:
    """"مسؤولون في الشركة", "مصادر في الحزب الليبرالي", "قياديون في الحزب الحاكم، جبهة X،": the body a definite class
    noun after plural sources' preposition refers back to: named before with that head when the noun stands
    alone, named before with the noun and its adjectives ("الحزب الليبرالي" of "الحزب الليبرالي الفلاني"), or
    named in apposition right after them; none for a body the text never named (the sources stay a group)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    last_of_head = body_referent(ctx, pos)
    q, words = tokens.next(pos + 1, end), [strip_article(tokens.norm(pos))]
    while q < end and tokens.norm(q).startswith("ال") and not mentions.in_a_mention(q):
        words.append(strip_article(tokens.norm(q)))   # the noun's adjectives: "الحزب الحاكم"
        q = tokens.next(q + 1, end)
    if last_of_head is None:
        # "مصادر في الهيئة المشرفة": no body of that head named before, the noun and its adjectives name one
        # the text never names otherwise (as for one source: _unnamed_body_after_link)
        return unnamed_body(ctx, pos) if words[1:] else None
    if q < end and tokens.is_comma(q) and (apposed := mentions.start_at.get(tokens.next(q + 1, end))) is not None \
            and apposed.type == "Organization":
        return mentions.found(apposed)   # "في الحزب الحاكم، جبهة X،": the name in apposition
    named = last_of_head if len(words) == 1 or _of_scope_only(ctx, pos, q) else _body_named_with(ctx, pos, words)
    return Found(named, pos, q) if named is not None else None


def _of_scope_only(ctx: Context, pos: int, q: int) -> bool:
    """"في المكتب الأممي", "في المنظمة الدولية": the adjectives after the class noun at pos (up to q) only say
    its scope (function_words body_scope), which a body's name seldom holds word for word ("مكتب الأمم المتحدة
    ..."): the noun refers back to the body of that head named last, as it does alone."""
    tokens = ctx.tokens
    adjectives = [k for k in range(pos + 1, q) if not tokens.is_space(k)]
    return bool(adjectives) and all(tokens.norm(k) in tokens.words.body_scope for k in adjectives)


def _body_named_with(ctx: Context, pos: int, words: list[str]) -> str | None:
    """The last organization named before pos one of whose names holds these words in a row, articles aside:
    "حزب ليبرالي" in "الحزب الليبرالي الفلاني"."""
    found = None
    for c, key in ctx.mentions.organizations_before(pos):
        ent = ctx.mentions.entities.get(key)
        forms = (ent.forms | {ent.label}) if ent is not None else {c.form}
        for form in forms:
            held = [strip_article(w) for w in normalize(form).split()]
            if any(held[k:k + len(words)] == words for k in range(len(held))):
                found = key
    return found


SEAT_HEADS = lexicon.function_words().seat_head   # "قصر X": a Place that speaks as a body


def _seat(ctx: Context, cand: Candidate) -> bool:
    """"مصدر رفيع بقصر X": a Place named with the head of a seat of power is the body its unnamed source
    speaks for, as for a spokesman ("متحدث باسم قصر X")."""
    if cand.type != "Place":
        return False
    norm = ctx.tokens.norm(cand.i)
    return any(norm[len(clitic):] in SEAT_HEADS for clitic in ("", "ب", "ل", "ال", "بال", "لل") if norm.startswith(clitic))


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


def body_in_construct(ctx: Context, group: Candidate, end: int) -> Found | None:
    """"مسؤولو وزارة الصحة": a sound plural of unnamed sources in the construct state (its ن dropped),
    whose complement is a body."""
    if group.j - group.i != 1 or not ctx.tokens.norm(group.i).endswith("و"):
        return None
    cand = ctx.mentions.start_at.get(ctx.tokens.next(group.j, end))
    return ctx.mentions.found(cand) if cand is not None and cand.type == "Organization" else None


def issuer_by_verb(ctx: Context, pos: int, end: int) -> Found | None:
    """"وأفاد تسجيل بثته الإذاعة الحكومية": a report and the verb that takes it as object (its
    pronoun), then the body that issued it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    verb = tokens.next(pos + 1, end)
    if verb >= end or not tokens.norm(verb).endswith(("ه", "ها")) or ctx.cues.at(verb) is not None \
            or mentions.in_a_mention(verb):
        return None
    cand = mentions.start_at.get(tokens.next(verb + 1, end))
    return mentions.found(cand) if cand is not None and cand.type == "Organization" else None


def source_group_referent(ctx: Context, pos: int, history: Sequence[StatementRecord],
                          content_after: bool = True) -> Found | None:
    """"وأضاف المصدر", "وقال المسؤول", "وتابعت المتحدثة": a definite singular source noun refers back to
    the unnamed source of its kind that spoke last ("قال مصدر أمني ... وأضاف المصدر"). As a verb's subject
    (`content_after`) what was said must follow it; after "بحسب" the marker tells it is the source."""
    norm = ctx.tokens.norm(pos)
    kind = SOURCE_NOUNS.get(strip_article(norm)) if norm.startswith("ال") else None
    if kind is None or (content_after and not content_right_after(ctx, pos)):
        return None
    # "المصدر" refers back to any one unnamed source ("قال مسؤول ليبي ... وأضاف المصدر"); others to their kind
    kinds = SOURCE_KINDS if kind == GENERIC_SOURCE else {kind}
    noun = strip_article(norm)
    # "قال سفير ياباني ... وقال السفير الصيني": a nationality after the noun names another source than one without it
    nxt = ctx.tokens.next(pos + 1, ctx.tokens.size)
    nationality = strip_article(ctx.tokens.norm(nxt)) if nxt < ctx.tokens.size and nisba_country(ctx.doc, nxt) else None

    def source_group(key: str) -> bool:
        return ctx.mentions.type_of(key) == "Group" and (kind_of(key) in kinds or _source_described_by(ctx, key, noun)) \
            and (nationality is None or _of_nationality(ctx, key, nationality))

    # the one who spoke last, when the noun fits him, before an unnamed source further back ("قال مسؤول
    # كبير ... وقال الوزير فلان ... وأضاف المسؤول": the minister)
    key = _last_speaker_of_source(ctx, pos, kind, history) if history and not source_group(history[-1].speaker) \
        else None
    if key is None:
        key = next((st.speaker for st in reversed(history) if source_group(st.speaker)), None)
    return Found(key, pos, pos + 1) if key is not None else None


def body_of_plural_source(ctx: Context, cand: Candidate, history: Sequence[StatementRecord]) -> Found | None:
    """"أفادت مصادر في الجيش أن ...، ونفت المصادر وقوع ...", "وقال مسؤولون في الوزارة إن ... وأضاف المسؤولون أن":
    a definite plural source noun after unnamed sources of its kind spoke for the body they are in (this sentence
    or at most CARRY_BACK sentences back) refers back to them, so the body speaks again."""
    norm = ctx.tokens.norm(cand.i)
    if cand.type != "Group" or not norm.startswith("ال") or cand.j != cand.i + 1 or strip_article(norm) in SOURCE_NOUNS:
        return None
    kind = _source_kind(norm)
    if kind not in BODY_SOURCE_KINDS or kind_of(cand.key or "") != kind:
        return None
    key = _last_speaker_of_source(ctx, cand.i, kind, history)
    return Found(key, cand.i, cand.j) if key is not None and ctx.mentions.type_of(key) == "Organization" else None


def _of_nationality(ctx: Context, key: str, nationality: str) -> bool:
    """Does a form of the group have the nationality adjective ("صيني"), with the article or without it?"""
    ent = ctx.mentions.entities.get(key)
    return ent is not None and any(nationality == strip_article(word) for form in ent.forms | {ent.label}
                                   for word in normalize(form).split()[1:])


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
    if sentence_ends_between(ctx, last.sentence_span[1], tokens.starts[pos]) > CARRY_BACK:
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


def sentence_ends_between(ctx: Context, start_char: int, end_char: int) -> int:
    """How many sentence ends stand between two character offsets."""
    tokens = ctx.tokens
    first, last = bisect_left(tokens.starts, start_char), bisect_left(tokens.starts, end_char)
    return sum(1 for q in range(first, last) if tokens.text(q) in SENTENCE_ENDS or "\n" in tokens.text(q))


def content_right_after(ctx: Context, pos: int, adjectives: int = 2) -> bool:
    """"وأضاف المصدر أن", "وقال المسؤول العراقي إن", "وتابعت المتحدثة:": what was said starts right after
    the noun and its definite adjectives; not "وأعلن المسؤول في قطاع السياحة فلان" (a person named on)."""
    tokens, end = ctx.tokens, len(ctx.tokens.texts)
    norms = tokens.norms   # (read in place: p < end, a token of the Doc, wherever it is read)
    p = tokens.next(pos + 1, end)
    own = ctx.mentions.start_at.get(pos)   # "المسؤول الكبير" found as one unnamed source (one declining to be named)
    for _ in range(adjectives):
        if p < end and norms[p].startswith("ال") \
                and (not ctx.mentions.in_a_mention(p) or (own is not None and p < own.j)):
            p = tokens.next(p + 1, end)
    if p < end and (norms[p] in tokens.words.circumstance or norms[p] in tokens.words.preposition):
        p = _past_circumstance(ctx, p, end)  # "قال المسؤول العراقي حول تقييمه نتائج الحوار، إن"
    return p < end and (norms[p] in tokens.words.complementizer or tokens.text(p) == ":"
                        or tokens.is_quote(p) or tokens.is_comma(p))


def object_right_after(ctx: Context, j: int, end: int) -> bool:
    """"وأعلنت اللجنة الانتخابية فوز فلان", "وأكدت المحكمة العليا تأجيل الجلسة": right after a body's
    phrase (ending at j) the verb's object opens, an indefinite ordinary word with no proclitic (the verbal
    noun of what was announced); no name, which the phrase would title ("... اللجنة فلان")."""
    tokens = ctx.tokens
    p = _past_place_and_time(ctx, tokens.next(j, end), end)
    if p >= end or ctx.mentions.in_a_mention(p) or ctx.cues.kind_at(p) in SPEECH_KINDS:
        return False
    norm, text = tokens.norm(p), tokens.text(p)
    return not norm.startswith("ال") and is_common(norm) and not is_name_like(ctx.doc[p]) \
        and not is_function_text(text) and not is_time_text(text) and not _preposition_on_a_noun(text)


PARENTHESIS_WORDS = 3   # words of a time phrase between commas: "، مساء السبت،"


def _past_place_and_time(ctx: Context, p: int, end: int) -> int:
    """Past the country the body belongs to ("في بلد") and a time phrase between commas ("، مساء السبت،")
    that may stand between a body's phrase and the verb's object; p itself when neither stands there."""
    tokens, mentions = ctx.tokens, ctx.mentions
    place = mentions.start_at.get(tokens.next(p + 1, end)) if p < end and tokens.norm(p) == "في" else None
    if place is not None and place.type == "Place":
        p = tokens.next(place.j, end)
    q = tokens.next(p + 1, end) if p < end and tokens.is_comma(p) else end
    if q < end and is_time_text(tokens.text(q)):
        for _ in range(PARENTHESIS_WORDS):
            q = tokens.next(q + 1, end)
            if q < end and tokens.is_comma(q):
                return tokens.next(q + 1, end)
    return p


def _preposition_on_a_noun(text: str) -> bool:
    """"بالانتخابات", "لإدارة": a preposition glued on a noun, the complement that goes on the body's phrase
    ("الهيئة المكلفة بالانتخابات"), no object: the rest opens with the article or a hamza on alif, which no
    stem opens with after those letters, or is an ordinary word of three letters or more; not "بدء", "لقاء"."""
    return any(set(clitic) & set("بلك") and len(normalize(stem)) >= 3
               and (stem.startswith(("ال", "أ", "إ", "آ")) or is_common(normalize(stem)))
               for clitic, stem in clitic_variants(text)[1:])


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
