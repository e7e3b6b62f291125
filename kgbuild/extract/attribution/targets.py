"""Whom a statement is about: the entities and conflict groups named in its content (and the group
it addresses), less the speakers, the intermediaries and the writer's asides; a nationality adjective
stands for its country when the article names it; "بلاده" adds the speaker's own country. The stance
towards each comes from the stance package."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import lexicon
from ...text import normalize
from ..groups import CORE_GROUP_KINDS, kind_of
from ..mentions import Candidate, nisba_country
from ..stance import content_stance, expressed_feeling, target_stances
from ..words import CLOSE_QUOTES, is_time_word
from .context import Context
from .referents import author_after, body_referent, place_referent, same_title
from .speakers.relay import ON, TONGUE

END_OF_ASIDE = ("،", ",", ".")
YEAR = re.compile(r"(19|20|١٩|٢٠)[0-9٠-٩]{2}")   # a numeral that is a year: no noun counted follows it
NATIONALITY = "nationality"   # the source of a target read off a nationality adjective
TITLE = "bare title"          # the source of a target read off a bare title ("الأمين العام للجامعة")
BODY = "bare body"            # the source of a target read off a bare body noun ("الصندوق" after "صندوق X")
AUTHOR = "author named earlier"   # the source of a target read off "التصريحات" (whose they are was said before)
PLACE = "bare place head"  # the source of a target read off a bare place head noun ("الإقليم" after "إقليم X")
KEYED = frozenset({NATIONALITY, TITLE, BODY, AUTHOR, PLACE})   # sources whose candidates carry their entity's key
REFERRED_BACK = 150   # tokens back to the statement noun with its author that "التصريحات" refers to
AUTHOR_WORDS = 15     # tokens after a statement noun within which its author is named
# acts whose content is what the speaker wishes for ("دعا إلى تعاون أوسع"), not what a party is or does
WISHING_ACTS = frozenset({"call", "request"})
# acts whose object right after the verb is the one addressed ("حذر X من Y"), not the one judged
ADDRESSING_ACTS = frozenset({"warn"})
DENYING_ACTS = frozenset({"deny"})   # what is denied after أن is a happening, not a party
REPLY_REACH = 4   # words after "رد على" in which the one replied to is named
FRAME_WORDS = 30  # the longest circumstantial phrase between a cue and the أن/إن or quote it frames
NAME_QUOTE_WORDS = 3   # a quote of at most this many words inside such a phrase is a name: "لصحيفة «الأيام»"
MOUTHPIECE_WORDS = 15  # the longest "على لسان" phrase: the mouthpiece's title and name
STATE_KINDS = frozenset({"government", "military"})   # organizations.tsv kinds of a state's own bodies
STATE_GROUP_KINDS = frozenset({"authorities"})   # groups.tsv kinds that are a state's own organs
MEDIA_KINDS = frozenset({"media", "agency"})   # org_heads.tsv kinds of a name that is an outlet ("صحيفة X")


@dataclass(frozen=True)
class Targets:
    about: list[str]                 # entity keys, in the order of their first mention
    stances: dict[str, str]          # key -> positive | negative | neutral
    stance: str                      # the act's prior when evaluative, else towards the first target, else the words'


def asides(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the writer's explanatory asides ("، وهي تحالف عسكري يضم روسيا ..."): not what was said."""
    tokens = ctx.tokens
    out: set[int] = set()
    k = c_start
    while k < c_end:
        q = tokens.next(k + 1, c_end)
        if tokens.is_comma(k) and q < c_end and tokens.norm(q) in tokens.words.aside_opener:
            while q < c_end and tokens.text(q) not in END_OF_ASIDE:
                out.add(q)
                q += 1
            k = q
        k += 1
    return out


def mouthpiece(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of an "على لسان" phrase ("أكدت الحكومة، على لسان المتحدث باسم مكتب رئيس الوزراء X،
    موقفها"): through whom the body spoke, up to the first person named, a comma or a complementizer;
    it may open before the content (the content then starts inside it)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    out: set[int] = set()
    for k in range(max(0, c_start - MOUTHPIECE_WORDS), c_end):
        if tokens.norm(k) not in (ON, "و" + ON) or (nxt := tokens.next(k + 1, c_end)) >= c_end \
                or tokens.norm(nxt) != TONGUE:
            continue
        q, words = nxt + 1, 0
        while q < c_end and words < MOUTHPIECE_WORDS and not tokens.is_comma(q) \
                and tokens.text(q) not in (":", ".", "؟", "!") and "\n" not in tokens.text(q) \
                and tokens.norm(q) not in tokens.words.complementizer:
            named = mentions.start_at.get(q)
            if named is not None and named.type == "Person":
                out.update(range(q, named.j))
                break
            out.add(q)
            words += not tokens.is_space(q)
            q += 1
    return out


def circumstance(ctx: Context, c_start: int, c_end: int, speakers: set[str]) -> set[int]:
    """Tokens of a phrase of where, when or before whom it was said ("خلال لقائه X في باريس أن ...",
    "في مقابلة مع صحيفة Y: «...»"), or of the speaker's title after the name ("قال X، مدير مكتب Y
    في Z، إن"), that opens the content and frames what was said: whom the speaker met, the outlet,
    the place and the speaker's own office are not what the statement is about."""
    tokens = ctx.tokens
    first = tokens.next(c_start, c_end)
    if first >= c_end or opened(ctx, c_start):
        return set()   # after "إنه" the phrase is said: "قال إنه بعد الجريمة التي ارتكبها X لا يحق ..."
    frame = frame_end(ctx, first, c_end)
    if speakers_title(ctx, first, speakers):
        # the title itself even when what was said follows with no أن: "أعلن X عضو مكتب Y عن ...",
        # with the body it is of: "دعت X وزيرة الدولة بالخارجية الهولندية إلى ..."
        t_end = title_end(ctx, ctx.mentions.bare[first].stop, c_end)
        if frame is not None and tokens.is_comma(frame) and not _circumstance_next(ctx, t_end, c_end):
            # "أعلن X عضو مكتب Y عن اجتماع يرأسه الأردن، في عمان": the cue's object follows the
            # title, the comma and preposition further on are inside what was said
            frame = None
        return set(range(c_start, max(frame or first, t_end)))
    if tokens.norm(first) in tokens.words.circumstance and frame is not None:
        return set(range(c_start, frame))
    if (addressee := ctx.mentions.start_at.get(first) or ctx.mentions.titled.get(first)) is not None:
        # "أبلغ X نظيره Y الثلاثاء خلال لقاء في جنيف أن ...": the one told, then
        # the phrase of when and where, then what was said
        k = tokens.next(addressee.j, c_end)
        while k < c_end and (is_time_word(ctx.doc[k]) or tokens.is_comma(k)):
            k = tokens.next(k + 1, c_end)
        if k < c_end and tokens.norm(k) in tokens.words.circumstance \
                and (late := frame_end(ctx, k, c_end)) is not None and tokens.text(late) != ":":
            return set(range(k, late))
    if describes_speaker(ctx, first, speakers):
        # "أعلن X، الذي عينه البرلمان قائدا للجيش، أن ...": a relative clause on the speaker; its own
        # verbs do not end it, the أن/إن or colon does
        frame = frame_end(ctx, first, c_end, relative=True)
        if frame is not None:
            return set(range(c_start, frame))
    return set()


def _circumstance_next(ctx: Context, k: int, c_end: int) -> bool:
    """Does a phrase of where or when open at k, past a comma ("، خلال لقائه")?"""
    tokens = ctx.tokens
    k = tokens.next(k, c_end)
    if k < c_end and tokens.is_comma(k):
        k = tokens.next(k + 1, c_end)
    return k < c_end and tokens.norm(k) in tokens.words.circumstance


def title_end(ctx: Context, stop: int, c_end: int) -> int:
    """Where a speaker's title ending at `stop` ends with the body or country it is of, when that is
    named right after it ("وزيرة الدولة بالخارجية الهولندية")."""
    named = ctx.mentions.start_at.get(stop) if stop < c_end else None
    return named.j if named is not None and named.type in ("Organization", "Place") else stop


def describes_speaker(ctx: Context, first: int, speakers: set[str]) -> bool:
    """Does the content open with a relative pronoun right after a speaker's name (a comma between)?"""
    tokens = ctx.tokens
    if tokens.norm(first) not in tokens.words.relative:
        return False
    named = _named_before(ctx, first)
    return named is not None and ctx.mentions.key(named) in speakers


def frame_end(ctx: Context, first: int, c_end: int, relative: bool = False) -> int | None:
    """Where what was said begins after a phrase opening at `first`: the أن/إن or colon or quote
    within FRAME_WORDS words (a short quote is a name inside the phrase), before any sentence end or
    other cue (`relative`: in a relative clause, its own verbs and its comma-and-preposition do not end it)."""
    tokens = ctx.tokens
    k, words = first, 0
    while k < c_end and words < FRAME_WORDS:
        if tokens.is_quote(k) and k > first:
            close = tokens.closing_quote(k, c_end)
            inner = sum(1 for q in range(k + 1, min(close, c_end)) if not tokens.is_space(q) and not tokens.is_punct(q))
            if inner > NAME_QUOTE_WORDS or close >= c_end:
                return k   # the quote of what was said
            k, words = close + 1, words + inner
            continue
        if tokens.text(k) in (".", "؟", "!") or (not relative and ctx.cues.kind_at(k) not in (None, "via", "noun")
                                                 and not _counted(ctx, k)):
            return None
        if tokens.text(k) == ":" or tokens.norm(k) in tokens.words.complementizer:
            return k
        if not relative and tokens.is_comma(k) and (q := tokens.next(k + 1, c_end)) < c_end \
                and tokens.norm(q) in tokens.words.preposition:
            return k   # "نوه X، خلال لقائه ... في Y، إلى ...": the cue's object comes after the comma
        if not tokens.is_space(k) and not tokens.is_punct(k):
            words += 1
        k += 1
    return None


def _counted(ctx: Context, k: int) -> bool:
    """Does the word at k follow a numeral or an ordinal ("3000 طالب", "ثاني رد")? Then it is the noun
    counted, no verb of saying (after a year it may be one: "في 2015 أعلن")."""
    p = ctx.tokens.prev(k)
    return p is not None and ctx.doc[p].like_num and not YEAR.fullmatch(ctx.tokens.text(p))


def speakers_title(ctx: Context, k: int, speakers: set[str]) -> bool:
    """Is token k a title with no name of its own right after a speaker's name (a comma between)?"""
    if k not in ctx.mentions.bare:
        return False
    p = ctx.tokens.prev(k)
    if p is not None and ctx.tokens.is_comma(p):
        p = ctx.tokens.prev(p)
    named = ctx.mentions.end_at.get(p) if p is not None else None
    return named is not None and ctx.mentions.key(named) in speakers


def opened(ctx: Context, c_start: int) -> bool:
    """Is the content opened by a complementizer, a colon or a quote mark (what follows is all what was said)?"""
    p = ctx.tokens.prev(c_start, 0)
    return p is not None and (ctx.tokens.norm(p) in ctx.tokens.words.complementizer or ctx.tokens.text(p) == ":"
                              or ctx.tokens.is_quote(p))


def target_mentions(ctx: Context, c_start: int, c_end: int, exclude: set[str],
                    skip_toks: set[int]) -> list[tuple[str, list[Candidate]]]:
    """(key, its mentions) of the entities named in tokens c_start..c_end-1, in the order of their
    first mention; of the groups, only actors of political conflict."""
    found: dict[str, list[Candidate]] = {}
    skip_toks = skip_toks | not_said(ctx, c_start, c_end, exclude)
    mentions = sorted(ctx.mentions.cands + nationality_mentions(ctx, c_start, c_end)
                      + title_mentions(ctx, c_start, c_end) + body_mentions(ctx, c_start, c_end, exclude) + author_mentions(ctx, c_start, c_end)
                      + place_mentions(ctx, c_start, c_end),
                      key=lambda c: c.i)
    openings = {_opening(ctx, c_start, c_end)}
    for c in mentions:
        # of the groups, actors of political conflict and groups tied to a country or an owner
        # anywhere; others as the addressee a call or an accusation opens with ("دعا المزارعين
        # إلى"), with its conjuncts ("والمستثمرين")
        if c.type == "Group" and kind_of(c.key or "") not in CORE_GROUP_KINDS and c.i not in openings \
                and not _specified(c):
            continue
        if c.type == "Group" and c.i in openings:
            openings = _conjuncts_after(ctx, c.j, c_end, {m.i: m.j for m in mentions})
        if c_start <= c.i and c.j <= c_end and c.i not in skip_toks:
            key = c.key if c.source in KEYED else ctx.mentions.key(c)
            if key not in exclude and not medium(ctx, c, key):
                found.setdefault(key, []).append(c)
            # "ناخبي بوليفيا": the place a group is of is named too
            for place in (x for x in c.inner if c.type == "Group" and x.type == "Place"):
                place_key = ctx.mentions.key(place)
                if place_key and place_key not in exclude:
                    found.setdefault(place_key, []).append(place)
    return list(found.items())


def medium(ctx: Context, c: Candidate, key: str) -> bool:
    """Is the mention where something was published or said: a platform after a page or account
    ("على صفحته في موقع X", "عبر حسابه على X") or an outlet after في/عبر ("مقال نشره في صحيفة X")?
    (After على alone an outlet may be what is replied to: "رد على صحيفة X".)"""
    if c.type != "Organization":
        return False
    tokens, words = ctx.tokens, ctx.tokens.words
    p1 = tokens.prev(c.i)
    p2 = tokens.prev(p1) if p1 is not None else None
    if p1 is None:
        return False
    if p2 is not None and ((tokens.norm(p1) in words.medium_noun and tokens.norm(p2) in words.medium_preposition)
                           or (tokens.norm(p1) in words.medium_preposition and tokens.norm(p2) in words.medium_noun)):
        return True
    head = normalize(c.form.split()[0]) if c.form else ""
    outlet = lexicon.org_heads().get(head) in MEDIA_KINDS or ctx.mentions.is_agency(key)
    return outlet and tokens.norm(p1) in words.medium_preposition and tokens.norm(p1) != ON


def not_said(ctx: Context, c_start: int, c_end: int, speakers: set[str]) -> set[int]:
    """Tokens of the content that frame or explain what was said rather than say it: the writer's
    asides, the circumstance of saying, the speaker's description, the mouthpiece."""
    return asides(ctx, c_start, c_end) | circumstance(ctx, c_start, c_end, speakers) | mouthpiece(ctx, c_start, c_end)


def _opening(ctx: Context, c_start: int, c_end: int) -> int:
    """The first word of what was said, past opening quote marks: "دعا «المزارعين» إلى"."""
    k = ctx.tokens.next(c_start, c_end)
    while k < c_end and ctx.tokens.is_quote(k):
        k = ctx.tokens.next(k + 1, c_end)
    return k


def _specified(c: Candidate) -> bool:
    """A group the text ties to a country ("الصيادين التونسيين", "مسؤولين كنديين كبار") or to
    its owner ("مواطنينا", "منتقديه"): a party to what was said, unlike a passing "الموظفين"."""
    return c.role_of is not None or c.possessed


def _conjuncts_after(ctx: Context, k: int, c_end: int, mention_end: dict[int, int], limit: int = 5) -> set[int]:
    """First tokens of the conjuncts that follow a mention ending at k: "والسياسيين والأكاديميين"."""
    out: set[int] = set()
    for _ in range(limit):
        k = ctx.tokens.next(k, c_end)
        if k >= c_end or not ctx.doc[k].text.startswith("و"):
            break
        out.add(k)
        k = mention_end.get(k, k + 1)
    return out


def nationality_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"الاعتداءات الإسرائيلية": a nationality adjective in what was said refers to its country when
    the article names that country (alone it is no mention of it)."""
    entities = ctx.mentions.entities
    titles = titles_of_persons(ctx, c_start, c_end)
    out = []
    for k in range(c_start, c_end):
        if ctx.mentions.in_a_mention(k) or ctx.tokens.is_space(k) or k in titles or describes_a_name(ctx, k):
            continue
        country = nisba_country(ctx.doc, k)
        if country and country in entities and entities[country].type == "Place":
            tok = ctx.doc[k]
            c = Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, "Place", NATIONALITY, key=country)
            out.append(c)
    return out


def describes_a_name(ctx: Context, k: int) -> bool:
    """Does the word at k follow a person's or a body's name ("شركة X اليابانية", "حركة Y الفلسطينية")?
    Then a nationality adjective there describes the one named, it is no target of its own."""
    p = ctx.tokens.prev(k)
    if p is not None and ctx.tokens.text(p) in CLOSE_QUOTES and ctx.tokens.is_quote(p):
        return True   # "«التجمع الوطني» التونسي": it describes the name in quotes
    named = ctx.mentions.end_at.get(p) if p is not None else None
    return named is not None and named.type in ("Person", "Organization")


def titles_of_persons(ctx: Context, c_start: int, c_end: int) -> set[int]:
    """Tokens of the titles that introduce a named person in c_start..c_end-1: "رئيس الوزراء
    اللبناني X" is about X; the adjective only describes him (it names no country by itself)."""
    return {k for c in ctx.mentions.cands if c.type == "Person" and c.title_i is not None
            and c_start <= c.i < c_end and c.title_i < c.i for k in range(max(c.title_i, c_start), c.i)}


def title_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"الأمين العام للجامعة" with no name after it, in what was said: the person the article named
    earlier with that very title (of the same country or body)."""
    out = []
    for i, bare in ctx.mentions.bare.items():
        if c_start <= i < c_end and names_one(ctx, bare.title, bare.role_of) \
                and (key := titled_earlier(ctx, bare.title, bare.role_of, i)) is not None:
            stop = max(i + 1, bare.stop)
            while stop - 1 > i and (ctx.tokens.is_punct(stop - 1) or ctx.tokens.is_space(stop - 1)):
                stop -= 1   # "والأمين العام للمنظمة،": the comma after it is not the title's
            first, last = ctx.doc[i], ctx.doc[stop - 1]
            out.append(Candidate(i, stop, first.idx, last.idx + len(last.text),
                                 ctx.doc[i:stop].text, "Person", TITLE, key=key))
    return out


def body_mentions(ctx: Context, c_start: int, c_end: int, speakers: set[str]) -> list[Candidate]:
    """"الصندوق", "المنظمة" alone in what was said: the body the article named earlier with that
    head noun ("الصندوق الدولي للتنمية"); not when a word with the article specifies it
    ("اللجنة العربية", "المنظمة المذكورة"), nor when it is the body a speaker's name is part of
    ("الأمانة العامة للمنظمة")."""
    tokens = ctx.tokens
    speaker_forms = [normalize(f) for sp in speakers if (ent := ctx.mentions.entities.get(sp)) for f in ent.forms]
    out = []
    for k in range(c_start, c_end):
        if ctx.mentions.in_a_mention(k) or tokens.is_space(k) or k in ctx.mentions.bare:
            continue
        nxt = tokens.next(k + 1, c_end)
        if nxt < c_end and tokens.norm(nxt).startswith("ال"):
            continue
        key = body_referent(ctx, k)
        body = ctx.mentions.entities.get(key) if key is not None else None
        if body is not None and not any(normalize(f) in sf for f in body.forms for sf in speaker_forms):
            out.append(_word_mention(ctx, k, "Organization", BODY, key))
    return out


def place_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"سكان الإقليم", "في المدينة" alone in what was said: the place the article named earlier with
    that head noun ("إقليم X", "مدينة Y"); not when a word with the article says which it is
    ("المدينة القديمة", "المحافظة الشمالية")."""
    tokens = ctx.tokens
    out = []
    for k in range(c_start, c_end):
        if ctx.mentions.in_a_mention(k) or tokens.is_space(k):
            continue
        nxt = tokens.next(k + 1, c_end)
        if nxt < c_end and tokens.norm(nxt).startswith("ال"):
            continue
        key = place_referent(ctx, k)
        if key is not None:
            out.append(_word_mention(ctx, k, "Place", PLACE, key))
    return out


def author_mentions(ctx: Context, c_start: int, c_end: int) -> list[Candidate]:
    """"استنكرت المنظمة التصريحات", "مثل هذه التصريحات": a definite statement noun with no
    author after it is the statement the text named just before with its author ("تصريحات أطلقها
    نائب الرئيس X"), and the statement is about that author."""
    tokens, mentions = ctx.tokens, ctx.mentions
    out = []
    for k in range(c_start, c_end):
        cue = ctx.cues.at(k)
        if cue is None or cue.kind != "noun" or not normalize(tokens.text(k)[cue.prefix:]).startswith("ال") \
                or author_after(ctx, k, c_end):
            continue
        key = earlier_author(ctx, cue.lemma, k)
        ent = mentions.entities.get(key) if key is not None else None
        if ent is not None:
            out.append(_word_mention(ctx, k, ent.type, AUTHOR, key))
    return out


def _word_mention(ctx: Context, k: int, type_: str, source: str, key: str) -> Candidate:
    """Token k as a mention of the entity `key`, read off it by `source` (a bare head, a statement noun)."""
    tok = ctx.doc[k]
    return Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, type_, source, key=key)


def earlier_author(ctx: Context, lemma: str, k: int) -> str | None:
    """The author named after the last statement noun of this lemma within REFERRED_BACK tokens before k."""
    for j in range(k - 1, max(-1, k - REFERRED_BACK), -1):
        cue = ctx.cues.at(j)
        if cue is not None and cue.kind == "noun" and cue.lemma == lemma:
            authors = author_after(ctx, j, min(ctx.tokens.size, j + AUTHOR_WORDS))
            if authors:
                return authors[0].key
    return None


def names_one(ctx: Context, title: str, role_of: str | None) -> bool:
    """Does a bare title name one person: it says of which country or body ("الأمين العام للجامعة"),
    it has several words ("رئيس الوزراء"), or it is a title that stands alone ("الرئيس")?"""
    norm = normalize(title)
    return role_of is not None or len(norm.split()) > 1 or norm in ctx.tokens.words.lone_title


def titled_earlier(ctx: Context, title: str, role_of: str | None, before: int) -> str | None:
    """The last person named before token `before` with this title, of the same country or body
    when both say which, given before the name or right after it ("فلان الأمين العام للمنظمة")."""
    found, at = None, -1
    mentions = ctx.mentions
    for c in mentions.cands:
        if c.i >= before:
            break
        ent = mentions.entities.get(mentions.key(c))
        if ent is not None and ent.type == "Person" and any(
                same_title(r.title, title) and (role_of is None or r.of_key in (None, role_of)) for r in ent.roles):
            found, at = ent.key, c.i
    for i, bare in mentions.bare.items():
        if at < i < before and same_title(bare.title, title) and (role_of is None or bare.role_of in (None, role_of)) \
                and (named := _named_before(ctx, i)) is not None and named.type == "Person":
            found, at = mentions.key(named), i
    return found


def _named_before(ctx: Context, k: int) -> Candidate | None:
    """The mention that ends right before token k (a comma between allowed)."""
    p = ctx.tokens.prev(k)
    if p is not None and ctx.tokens.is_comma(p):
        p = ctx.tokens.prev(p)
    return ctx.mentions.end_at.get(p) if p is not None else None


def own_country(ctx: Context, speaker: str, c_start: int, c_end: int) -> str | None:
    """"بلاده" / "بلادها" in what was said: the speaker's own country, when the text names it (not in
    the frame of saying: "أمام برلمان بلاده")."""
    tokens = ctx.tokens
    framing = not_said(ctx, c_start, c_end, {speaker})
    if not any(tokens.norm(k) in tokens.words.own_country for k in range(c_start, c_end) if k not in framing):
        return None
    entities = ctx.mentions.entities
    ent = entities.get(speaker)
    if ent is None:
        return None
    known = ctx.mentions.known.get(speaker)
    candidates = [r.of_key for r in ent.roles if r.of_key] + ([known.country_key] if known and known.country_key else [])
    for key in candidates:
        if key in entities and entities[key].type == "Place":
            return key
    return None


def rebutted_target(ctx: Context, mentions: list[tuple[str, list[Candidate]]], c_start: int,
                    c_end: int) -> str | None:
    """"رد X على تصريحات Y": the one replied to, named in the على phrase the content opens with (a
    nationality adjective is not: "على مقال الكاتب المصري X")."""
    tokens = ctx.tokens
    stop = tokens.next(tokens.next(c_start, c_end) + 1, c_end)
    for _ in range(REPLY_REACH):      # the thing replied to, then whose it is: "على رسالة بعثها النائب X"
        stop = tokens.next(stop + 1, c_end)
    first = next(((key, cs[0]) for key, cs in mentions if cs[0].source != NATIONALITY), None)
    return first[0] if first is not None and first[1].i <= stop else None


def replied_to(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does the content open with the على of "رد على"?"""
    opening = ctx.tokens.next(c_start, c_end)
    return opening < c_end and ctx.tokens.norm(opening) in ctx.tokens.words.reply_object


def own_bodies(ctx: Context, speaker: str) -> set[str]:
    """The organizations a spokesperson speaks for ("المتحدث باسم وزارة الصحة"): the body speaks
    through them, it is not what they speak about."""
    ent = ctx.mentions.entities.get(speaker)
    if ent is None:
        return set()
    spokesperson = ctx.tokens.words.spokesperson
    return {r.of_key for r in ent.roles if r.of_key and r.of_key in ctx.mentions.entities
            and ctx.mentions.entities[r.of_key].type == "Organization"
            and any(normalize(w) in spokesperson for w in r.title.split())}


def the_state_itself(ctx: Context, speaker: str) -> set[str]:
    """"ردت أنقرة على ...": a city that speaks speaks for its state, so its country and that
    country's authorities named in what it said ("روسيا", "السلطات الروسية") are the speaker itself."""
    if ctx.mentions.type_of(speaker) != "Place":
        return set()
    known = ctx.mentions.known.get(speaker)
    country = known.country_key if known is not None else None
    if not country or country == speaker:
        return set()
    return {country} | {key for key in ctx.mentions.entities
                        if key.endswith("@" + country) and kind_of(key) in STATE_GROUP_KINDS}


def own_side(ctx: Context, speaker: str) -> set[str]:
    """The speaker's own side: the countries and bodies its titles name, and their countries."""
    known = ctx.mentions.known
    ent = ctx.mentions.entities.get(speaker)
    side = {r.of_key for r in ent.roles if r.of_key} if ent is not None else set()
    side.add(speaker)
    for key in list(side):
        k = known.get(key)
        if k is not None and k.country_key:
            side.add(k.country_key)
    if ent is not None and any(state_office(ctx, r.title) for r in ent.roles):
        side.update(key for key in ctx.mentions.entities if _state_body_in_context(ctx, key))
    return side


def state_office(ctx: Context, title: str) -> bool:
    """"وزير الدفاع", "اللواء", "رئيس الوزراء": the title of a state's office holder (not "رئيس الحزب")."""
    offices = ctx.tokens.words.state_office
    norm = normalize(title)
    first = norm.split()[0] if norm else ""
    return norm in offices or first in offices or (first.startswith("ال") and first[2:] in offices)


def _state_body_in_context(ctx: Context, key: str) -> bool:
    """"الحكومة", "الجيش" with no country named: the body of the country in context, which for a
    state's official is their own."""
    k = ctx.mentions.known.get(key.partition("/")[0])
    return k is not None and k.kind in STATE_KINDS and not k.country_key


def targets_of(ctx: Context, c_start: int, c_end: int, speakers: list[str], via: list[str],
               via_toks: set[int], prior: str, act: str = "say", rebuttal: bool = False) -> Targets:
    """The targets of content c_start..c_end-1 said by `speakers` through `via`, and the stances;
    `prior` is the speech act's stance, `act` the act; `rebuttal` when the cue is a reply ("رد على")."""
    if prior == "neutral":
        # "وأعرب الوزير عن قلقه إزاء X": the feeling expressed is the act's stance
        prior = expressed_feeling(ctx.doc, c_start, c_end) or prior
    bodies = {b for sp in speakers for b in own_bodies(ctx, sp) | the_state_itself(ctx, sp)}
    mentions = target_mentions(ctx, c_start, c_end, set(speakers) | set(via) | bodies, via_toks)
    own = frozenset(k for sp in speakers for k in own_side(ctx, sp))
    # "قال وزير الداخلية العراقي إن الحدود العراقية ...": the speaker's own nationality says whose
    # things they are, it makes his country no target (named by name, it is one)
    mentions = [(key, cs) for key, cs in mentions if not (key in own and all(c.source == NATIONALITY for c in cs))]
    about = [key for key, _ in mentions]
    # "نبهت البلدية السكان من ...": the one warned is the addressee, not the danger; but a state, body or
    # person of another side warned ("حذر X الحكومة السودانية من عواقب") is threatened: the act's prior holds
    addressed = act in ADDRESSING_ACTS and bool(mentions) and mentions[0][1][0].i == ctx.tokens.next(c_start, c_end) \
        and (mentions[0][0].startswith("group:") or mentions[0][0] in own)
    stances = target_stances(ctx.doc, mentions, c_start, c_end, "neutral" if addressed else prior,
                             ctx.mentions.in_a_mention, own, wished=act in WISHING_ACTS,
                             denial=act in DENYING_ACTS)
    replies = rebuttal and replied_to(ctx, c_start, c_end)
    rebutted = rebutted_target(ctx, mentions, c_start, c_end) if replies else None
    if rebutted is not None and rebutted not in own:
        stances[rebutted] = "negative"
    home = own_country(ctx, speakers[0], c_start, c_end)
    if home and home not in about and home not in speakers:
        about.append(home)
        stances[home] = "positive"
    # the statement's own stance: the act's when it is evaluative ("أدان الهجوم على X في Y"), else
    # that towards its first target, else that of its words; a target it is neutral towards, or the
    # speaker's own side, leaves the words to speak ("قال الوزير إن الفيضانات كارثة لبلاده" is negative
    # though positive towards his country), and only with no evaluative word does one's own side decide
    # "ردت X على Y": a reply is a rebuttal
    others = [key for key in about if key not in own and key != home]
    if replies:
        overall = "negative"
    elif prior != "neutral":
        overall = prior
    elif others and stances[others[0]] != "neutral":
        overall = stances[others[0]]
    else:
        overall = content_stance(ctx.doc, c_start, c_end, prior, ctx.mentions.in_a_mention)
        if overall == "neutral" and about:
            overall = stances[about[0]]
    return Targets(about, stances, overall)
