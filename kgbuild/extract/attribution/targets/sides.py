"""Who the speaker is beside the speaker's name: the country a "بلاده" means, the bodies a
spokesperson speaks for, the state a capital speaks for, the speaker's own side."""
from __future__ import annotations

from collections.abc import Callable

from functools import lru_cache

from .... import lexicon
from ....text import clitic_variants, normalize
from ...groups import kind_of
from ...mentions import Candidate
from ...mentions.base import SEPARATE_POWERS
from ..context import Context
from ..index import BareTitle
from .frame import not_said
from .party_alongside import PARTY_KIND, party_alongside
from .read_off import held_by_another
from .word_index import holds

STATE_KINDS = frozenset({"government", "military"})   # organizations.tsv kinds of a state's own bodies
STATE_GROUP_KINDS = frozenset({"authorities"})   # groups.tsv kinds that are a state's own organs
AFFILIATION_PREPOSITIONS = frozenset({"من", "عن"})   # "فلان من حزب X", "فلان عن حزب X": the party a person is of
AND = "و"   # the conjunction glued on a possessed noun after a name: "فلان وحكومته"
GROUP_PREFIX, COUNTRY_MARK = "group:", "@"   # an unnamed group's key, with the country it is of: "group:officials@Q796"
# groups.tsv kinds that speak for their country's state ("مسؤولون عراقيون"); analysts, experts or citizens of a
# country speak for themselves ("محللون روس" may judge their own state)
STATE_VOICE_KINDS = frozenset({"officials", "sources", "authorities", "diplomats", "negotiators", "delegates"})


def own_country(ctx: Context, speaker: str, c_start: int, c_end: int) -> str | None:
    """"بلاده" / "بلادها" in what was said: the speaker's own country, when the text names it (not in
    the frame of saying: "أمام برلمان بلاده")."""
    said = own_country_at(ctx, speaker, c_start, c_end)
    if said is None:
        return None
    if ctx.mentions.type_of(speaker) != "Person" and _person_before(ctx, c_start, said, speaker):
        # "ذكرت الرئاسة أن الرئيس X ناقش الأزمة في بلده": a body has no بلده, the person named does: his country, when
        # it is another's than the body's own (of its own head it is its own country, no party spoken of)
        country = _persons_country(ctx, c_start, said, speaker)
        return None if country in own_side(ctx, speaker) or _named_of(ctx, speaker, country) else country
    return speakers_country(ctx, speaker)


def _persons_country(ctx: Context, c_start: int, k: int, speaker: str) -> str | None:
    """The country of the person named last in what was said before token k, not the speaker: the one a bare title
    is of ("الرئيس الكازاخستاني"), or a named person's (speakers_country), when the text names it; else None."""
    mentions = ctx.mentions
    named = max((c for c in mentions.cands if c_start <= c.i < k and c.type == "Person" and mentions.key(c) != speaker),
                key=lambda c: c.i, default=None)
    bare = max((b for i, b in mentions.bare.items() if c_start <= i < k), key=lambda b: b.i, default=None)
    if bare is not None and (named is None or bare.i > named.i):
        ent = mentions.entities.get(bare.role_of) if bare.role_of else None
        return bare.role_of if ent is not None and ent.type == "Place" else None
    return speakers_country(ctx, mentions.key(named)) if named is not None else None


def _named_of(ctx: Context, key: str, country: str | None) -> bool:
    """Is the entity `key` named with the nationality adjective of `country` ("الرئاسة الكينية")?"""
    nisba = lexicon.nisba_to_country()
    ent = ctx.mentions.entities.get(key)
    forms = (ent.forms | {ent.label}) if ent is not None else set()
    return country is not None and any(nisba.get(w) == country for form in forms for w in normalize(form).split())


def _person_before(ctx: Context, c_start: int, k: int, speaker: str) -> bool:
    """Is a person other than the speaker named (or given a bare title) in what was said before token k?"""
    mentions = ctx.mentions
    return any(c_start <= c.i < k and c.type == "Person" and mentions.key(c) != speaker for c in mentions.cands) \
        or any(c_start <= i < k for i in mentions.bare)


def own_country_at(ctx: Context, speaker: str, c_start: int, c_end: int) -> int | None:
    """The token of the first "بلاده" in what was said (not in its frame); None when there is none."""
    tokens = ctx.tokens
    if not holds(ctx, tokens.words.own_country, c_start, c_end):
        return None   # the common case: no "بلاده" (the index says so without reading the words)
    said = [k for k in range(c_start, c_end) if tokens.norm(k) in tokens.words.own_country]
    if not said:
        return None
    framing = not_said(ctx, c_start, c_end, {speaker})
    return next((k for k in said if k not in framing), None)


def speakers_country(ctx: Context, speaker: str) -> str | None:
    """The country the speaker's titles are of, or the lexicon gives the speaker, when the text names it."""
    entities = ctx.mentions.entities
    ent = entities.get(speaker)
    if ent is None:
        return None
    known = ctx.mentions.known.get(speaker)
    # "فلان وزير داخلية X" / "فلان، وزير الداخلية X،": a title given after the name says so too
    candidates = [r.of_key for r in ent.roles if r.of_key] + [t.role_of for t in described_titles(ctx, speaker) if t.role_of] \
        + ([known.country_key] if known and known.country_key else [])
    for key in candidates:
        if key in entities and entities[key].type == "Place":
            return key
    return None


GOVERNMENT_KIND = "government"   # organizations.tsv kind of a state's cabinet ("الحكومة", "الحكومة اللبنانية")


def resigned_government(ctx: Context, speaker: str, c_start: int, c_end: int) -> str | None:
    """"أعلن استقالة حكومته", "قدم استقالة حكومته إلى الرئيس": the government whose resignation its head hands in
    is a party spoken about, though "حكومته" otherwise is the head speaking of himself (own_body): its key, when
    the article names the government of the speaker's own side; else None."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if not holds(ctx, words.resignation_noun, c_start, c_end):
        return None   # the common case: no noun of resignation (the index says so without reading the words)
    resigned = [q for k in range(c_start, c_end) if _own_body_word(tokens.norm(k), words.resignation_noun)
                and (q := tokens.next(k + 1, c_end)) < c_end and _own_body_word(tokens.norm(q), words.own_government)]
    if not resigned:
        return None
    framing = not_said(ctx, c_start, c_end, {speaker})
    return _own_government(ctx, speaker) if any(q not in framing for q in resigned) else None


def _own_government(ctx: Context, speaker: str) -> str | None:
    """The government of the speaker's own side the article names, one of the speaker's country before one of the
    country in context ("الحكومة"), in the order of the entities; None when it names none."""
    known, homes = ctx.mentions.known, _nations_of(ctx, speaker)
    governments = [key for key in own_side(ctx, speaker)
                   if (k := known.get(key.partition("/")[0])) is not None and k.kind == GOVERNMENT_KIND]
    order = {key: n for n, key in enumerate(ctx.mentions.entities)}
    governments.sort(key=lambda key: (known[key.partition("/")[0]].country_key not in homes, order.get(key, len(order))))
    return governments[0] if governments else None


def own_body(ctx: Context, speaker: str, c_start: int, c_end: int) -> str | None:
    """"منظمته", "حزبها" in what was said (not in the frame of saying): the body the speaker's title is of
    ("المتحدث باسم المفوضية"). "حكومته" is none of them (function_words own_body): a head of government
    speaking of "his government" speaks of himself, no party spoken about."""
    said = _own_body_words(ctx, speaker, c_start, c_end)
    ent = ctx.mentions.entities.get(speaker)
    if not said or ent is None or ent.type != "Person":
        return None
    entities = ctx.mentions.entities
    bodies = [r.of_key for r in ent.roles if r.of_key in entities and entities[r.of_key].type == "Organization"]
    if bodies or (bodies := described_bodies(ctx, speaker)) or (bodies := titled_bodies(ctx, speaker)) \
            or (bodies := led_bodies(ctx, speaker)) or (bodies := member_bodies(ctx, speaker)) \
            or (bodies := affiliated_bodies(ctx, speaker)):
        return bodies[0]
    # "حزبه" of one whom nothing ties to a party: the party named beside the speaker's name (party_alongside)
    if any(_party_word(word) for _, word in said):
        return party_alongside(ctx, speaker, c_start)
    return None


def _party_word(word: str) -> bool:
    """Is the own-body word a party noun with its possessive ("حزبه", "حزبها": org_heads.tsv kind party)?"""
    heads = lexicon.org_heads()
    return any(word.endswith(p) and heads.get(word[:-len(p)]) == PARTY_KIND for p in ("ها", "ه"))


def affiliated_bodies(ctx: Context, speaker: str) -> list[str]:
    """The bodies named right after "من" / "عن" after the speaker's name ("قال فلان من حزب X إن", "حصل فلان عن حزب X
    على"), in text order: the party a person is of, or ran for, said with a preposition where no title says it.
    Only when exactly one such body is named: a person said to have left one party for another is of neither reading."""
    out = _bodies_after_name(ctx, speaker, ctx.tokens.next, AFFILIATION_PREPOSITIONS)
    return out if len(out) == 1 else []


def member_bodies(ctx: Context, speaker: str) -> list[str]:
    """The bodies named right after a noun of party membership in apposition after the speaker's name ("فلان، مرشح
    حزب X", "فلانة زعيمة حزب X": function_words party_member), in text order: a candidate's party, which the
    titles do not give when "مرشح" is no title or the name took none."""
    return _bodies_after_name(ctx, speaker, ctx.tokens.next_past_comma, ctx.tokens.words.party_member)


def _bodies_after_name(ctx: Context, speaker: str, step: Callable[[int, int], int], words: frozenset[str]) -> list[str]:
    """The party bodies named right after a word of `words` that `step` reaches from the end of one of the speaker's
    names, in text order."""
    tokens, mentions = ctx.tokens, ctx.mentions
    out: list[str] = []
    for named in mentions.cands:
        if mentions.key(named) != speaker:
            continue
        k = step(named.j, tokens.size)
        if k >= tokens.size or tokens.norm(k) not in words:
            continue
        key = _party_body(ctx, mentions.start_at.get(tokens.next(k + 1, tokens.size)))
        if key is not None and key not in out:
            out.append(key)
    return out


def led_bodies(ctx: Context, speaker: str) -> list[str]:
    """The bodies the article says the speaker leads ("حزب X بزعامة فلان", "تحالف "X"، الذي يقوده فلان": function_words
    leader_introducer, past quote marks, a comma or a relative pronoun before it; a title may come between the
    introducer and the name), in text order."""
    tokens, mentions, words = ctx.tokens, ctx.mentions, ctx.tokens.words
    # "حزب X بقيادة وزير المالية السابق فلان": a title between the introducer and the name, which the name took or
    # which was read alone right before it, still leaves the body led by the one named
    title_at = {bare.stop: bare.i for bare in mentions.bare.values()}
    out: list[str] = []
    for named in mentions.cands:
        first = named.title_i if named.title_i is not None else title_at.get(named.i, named.i)
        p = tokens.prev(first)
        if p is None or mentions.key(named) != speaker or tokens.norm(p) not in words.leader_introducer:
            continue
        q = tokens.prev(p)
        while q is not None and (tokens.is_quote(q) or tokens.is_comma(q) or tokens.norm(q) in words.relative):
            q = tokens.prev(q)
        key = _party_body(ctx, mentions.end_at.get(q) if q is not None else None)
        if key is not None and key not in out:
            out.append(key)
    return out


def titled_bodies(ctx: Context, speaker: str) -> list[str]:
    """The bodies named inside a title before the speaker's name ("زعيم الحزب X فلان", "رئيسة حركة X فلانة"),
    in text order: the title's body when the gazetteer does not know it, so no role names it. Not the state's own
    government or army ("رئيس الحكومة فلان"): "حزبه" said by a head of government is his party."""
    mentions = ctx.mentions
    # a title the name took, or one read alone that ends right before the name
    title_at = {bare.stop: bare.i for bare in mentions.bare.values()}
    out: list[str] = []
    for named in mentions.cands:
        first = named.title_i if named.title_i is not None else title_at.get(named.i)
        if first is None or mentions.key(named) != speaker:
            continue
        for k in range(first + 1, named.i):
            body = mentions.start_at.get(k)
            key = _party_body(ctx, body) if body is not None and body.j <= named.i else None
            if key is not None and key not in out:
                out.append(key)
    return out


def own_body_at(ctx: Context, speaker: str, c_start: int, c_end: int) -> int | None:
    """The token of the first "منظمته", "حكومته" in what was said (not in its frame); None when there is none."""
    return next((k for k, _ in _own_body_words(ctx, speaker, c_start, c_end)), None)


def _own_body_words(ctx: Context, speaker: str, c_start: int, c_end: int) -> list[tuple[int, str]]:
    """(token, word) of the own-body words ("منظمته", "لحكومته") in what was said, not in its frame."""
    tokens = ctx.tokens
    if not holds(ctx, tokens.words.own_body, c_start, c_end):
        return []     # the common case: no such word (the index says so without reading the words)
    own = [(k, w) for k in range(c_start, c_end) if (w := _own_body_word(tokens.norm(k), tokens.words.own_body))]
    if not own:
        return []     # the common case: no such word, so the frame of saying need not be read
    framing = not_said(ctx, c_start, c_end, {speaker})
    return [(k, w) for k, w in own if k not in framing and not another_persons(ctx, k, speaker)]


def another_persons(ctx: Context, k: int, speaker: str) -> bool:
    """Is the possessive word at k joined by و right after the name of a person other than the speaker ("فقد
    الناس ثقتهم بفلان وحكومته")? Then "his" is that person's: the body is theirs, not the speaker's."""
    tokens = ctx.tokens
    if not tokens.norm(k).startswith(AND):
        return False
    p = tokens.prev(k)
    named = ctx.mentions.end_at.get(p) if p is not None else None
    return named is not None and named.type == "Person" and ctx.mentions.key(named) != speaker


@lru_cache(maxsize=131072)   # asked of every word of every content: kept per (word, class), as is_one_of
def _own_body_word(word: str, own_words: frozenset[str]) -> str:
    """The word, less a clitic glued before it ("ومنظمته", "لحكومته"), when it is one of `own_words`, else ""."""
    return next((stem for _, stem in clitic_variants(word) if stem in own_words), "")


def described_titles(ctx: Context, speaker: str) -> list[BareTitle]:
    """The titles given the speaker right after the name ("فلان، المتحدث باسم المفوضية،", "فلان -وهو
    مدير الوكالة-", "فلان وزير داخلية X"), in text order: the text's titles before a name are its roles,
    these are read here."""
    # asked for each statement of the speaker, and each time a scan of all the mentions: read once per speaker
    found = ctx.memo.get(("described_titles", speaker))
    if found is None:
        found = ctx.memo[("described_titles", speaker)] = _described_titles(ctx, speaker)
    return list(found)


def _described_titles(ctx: Context, speaker: str) -> list[BareTitle]:
    tokens, mentions = ctx.tokens, ctx.mentions
    out: list[BareTitle] = []
    for named in mentions.cands:
        if mentions.key(named) == speaker and (i := tokens.apposition_after(named.j - 1, tokens.size)) is not None \
                and (bare := mentions.bare.get(i)) is not None and not held_by_another(ctx, i):
            out.append(bare)
    return out


def described_bodies(ctx: Context, speaker: str) -> list[str]:
    """The bodies named in a title given the speaker right after the name, in text order."""
    mentions = ctx.mentions
    out: list[str] = []
    for bare in described_titles(ctx, speaker):
        body = next((c for q in range(bare.i + 1, bare.stop) if (c := mentions.start_at.get(q)) is not None
                     and c.type == "Organization"), None)
        if body is not None and (key := mentions.key(body)) not in out:
            out.append(key)
    return out


def own_bodies(ctx: Context, speaker: str) -> frozenset[str]:
    """The organizations a spokesperson speaks for ("المتحدث باسم وزارة الصحة"): the body speaks
    through them, it is not what they speak about."""
    # (asked several times for each statement, as own_side is: read once per speaker, and handed out as kept, frozen:
    # the askers only read it)
    bodies = ctx.memo.get(("own_bodies", speaker))
    if bodies is None:
        bodies = ctx.memo[("own_bodies", speaker)] = frozenset(_own_bodies(ctx, speaker))
    return bodies


def _own_bodies(ctx: Context, speaker: str) -> set[str]:
    ent = ctx.mentions.entities.get(speaker)
    if ent is None:
        return set()
    spokesperson = ctx.tokens.words.spokesperson
    return {r.of_key for r in ent.roles if r.of_key and r.of_key in ctx.mentions.entities
            and ctx.mentions.entities[r.of_key].type == "Organization"
            and any(normalize(w) in spokesperson for w in r.title.split())}


def the_state_itself(ctx: Context, speaker: str) -> frozenset[str]:
    """"ردت أنقرة على ...": a city that speaks speaks for its state, so its country and that
    country's authorities and government named in what it said ("روسيا", "السلطات الروسية", "الحكومة
    الروسية", a bare "الحكومة") are the speaker itself."""
    # (asked several times for each statement, and a place's reads every entity of the article: once per speaker,
    # handed out as kept, frozen)
    state = ctx.memo.get(("the_state_itself", speaker))
    if state is None:
        state = ctx.memo[("the_state_itself", speaker)] = frozenset(_the_state_itself(ctx, speaker))
    return state


def _the_state_itself(ctx: Context, speaker: str) -> set[str]:
    if ctx.mentions.type_of(speaker) != "Place":
        return set()
    known = ctx.mentions.known.get(speaker)
    country = known.country_key if known is not None else None
    if not country or country == speaker:
        return set()
    # its state's own bodies too: "ردت أنقرة بأن الحكومة التركية ...", a bare "الحكومة" in what it said
    return {country} | {key for key in ctx.mentions.entities
                        if (key.endswith("@" + country) and kind_of(key) in STATE_GROUP_KINDS)
                        or _state_body_in_context(ctx, key) or _state_body_of(ctx, key, country)}


def _party_body(ctx: Context, body: Candidate | None) -> str | None:
    """The key of `body` when it is an organization that is not a state's government or army (a party, a movement,
    a union: a body a speaker belongs to or leads); None otherwise."""
    if body is None or body.type != "Organization":
        return None
    key = ctx.mentions.key(body)
    return None if _state_body(ctx, key) else key


def _state_body(ctx: Context, key: str) -> bool:
    """Is entity `key` a government or military body, of any country or of the one in context?"""
    k = ctx.mentions.known.get(key.partition("/")[0])
    return k is not None and k.kind in STATE_KINDS


def _state_body_of(ctx: Context, key: str, country: str) -> bool:
    """Is entity `key` a government or military body of `country` ("الحكومة اليونانية")?"""
    k = ctx.mentions.known.get(key.partition("/")[0])
    return k is not None and k.kind in STATE_KINDS and k.country_key == country


def own_side(ctx: Context, speaker: str) -> frozenset[str]:
    """The speaker's own side: the countries and bodies its titles name, and their countries."""
    # asked three times for each statement (what the statement is about leaves it out): read once per speaker, and
    # handed out as kept, frozen (the askers only read it; a copy for each cost more than the reading)
    side = ctx.memo.get(("own_side", speaker))
    if side is None:
        side = ctx.memo[("own_side", speaker)] = frozenset(_own_side(ctx, speaker))
    return side


def _own_side(ctx: Context, speaker: str) -> set[str]:
    known = ctx.mentions.known
    ent = ctx.mentions.entities.get(speaker)
    described = described_titles(ctx, speaker) if ent is not None and ent.type == "Person" else []
    side = {r.of_key for r in ent.roles if r.of_key} if ent is not None else set()
    side |= {t.role_of for t in described if t.role_of}
    side.add(speaker)
    if (country := group_country(ctx, speaker)) is not None:
        side.add(country)   # "قال مسؤولون عراقيون إن ...": the officials, sources or people of a country speak for it
    for key in list(side):
        k = known.get(key)
        if k is not None and k.country_key:
            side.add(k.country_key)
    if ent is not None and any(state_office(ctx, title) for title in [r.title for r in ent.roles] + [t.title for t in described]):
        homes = _nations_of(ctx, speaker)
        side.update(key for key in ctx.mentions.entities
                    if _state_body_in_context(ctx, key) and not _of_another_nation(ctx, key, homes)
                    # (one whose title is of a legislature or a court still speaks for it: its roles name it)
                    and key.partition("/")[0] not in SEPARATE_POWERS)
    return side


def group_country(ctx: Context, speaker: str) -> str | None:
    """The country whose state an unnamed group speaker speaks for ("مسؤولون عراقيون", "مصادر أمنية X": the key
    after its "@"), when the text names it; None for a group of no country, of another kind, or another speaker."""
    if not speaker.startswith(GROUP_PREFIX) or COUNTRY_MARK not in speaker or kind_of(speaker) not in STATE_VOICE_KINDS:
        return None
    country = speaker.rpartition(COUNTRY_MARK)[2]
    ent = ctx.mentions.entities.get(country)
    return country if ent is not None and ent.type == "Place" else None


def state_office(ctx: Context, title: str) -> bool:
    """"وزير الدفاع", "اللواء", "رئيس الوزراء": the title of a state's office holder (not "رئيس الحزب")."""
    offices = ctx.tokens.words.state_office
    norm = normalize(title)
    first = norm.split()[0] if norm else ""
    return norm in offices or first in offices or (first.startswith("ال") and first[2:] in offices)


def _nations_of(ctx: Context, speaker: str) -> set[str]:
    """The countries the speaker is of: named by their titles ("وزير الخارجية التشيلي") or given them."""
    nisba = lexicon.nisba_to_country()
    ent = ctx.mentions.entities.get(speaker)
    roles = ent.roles if ent is not None else []
    homes = {r.of_key for r in roles if r.of_key} | {nisba[w] for r in roles for w in normalize(r.title).split() if w in nisba}
    home = speakers_country(ctx, speaker)
    return homes | ({home} if home else set())


def _of_another_nation(ctx: Context, key: str, homes: set[str]) -> bool:
    """Is entity `key` named with the nationality adjective of a country the speaker is not of ("الحكومة
    البوليفية" said by a Chilean minister): that country's body, not the speaker's?"""
    nisba = lexicon.nisba_to_country()
    ent = ctx.mentions.entities.get(key)
    forms = (ent.forms | {ent.label}) if ent is not None else set()
    return any(w in nisba and nisba[w] not in homes for form in forms for w in normalize(form).split()[1:])


def _state_body_in_context(ctx: Context, key: str) -> bool:
    """"الحكومة", "الجيش" with no country named: the body of the country in context, which for a
    state's official is their own."""
    k = ctx.mentions.known.get(key.partition("/")[0])
    return k is not None and k.kind in STATE_KINDS and not k.country_key
