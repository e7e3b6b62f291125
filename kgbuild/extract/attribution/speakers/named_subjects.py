"""Named subjects in the slot after a verb: the name there and those coordinated with it ("وقال X وY",
"ونظيره فلان"), the same one named again in apposition, a given name that is an ordinary word too ("وقال كريم
فلان"), and a subject whose title the lexicon does not know, named later (named_later)."""
from __future__ import annotations

from ....text import normalize
from ...words import CALLED, PRONOUN_SUFFIXES
from ...mentions import NAME_INTRODUCERS, TITLE_MODIFIERS, Candidate, nisba_country, match_title
from ...mentions.name_words import said_to_a_correspondent
from ..context import Context
from ..cursor import GOVERNED_ARTICLE
from ..index import Found
from ..referents.title_chains import person_ahead
from .base import NO_SUBJECT, Speakers
from .slot_words import DEMONSTRATIVES, SUBJECT_WALK, skippable, subject_at


NAMED_LATER_WALK = 8         # tokens between an unknown title's first word and the name
FULL_NAME_TOKENS = 2         # words of a full name (given name and family name)


def names(ctx: Context, pos: int, end: int, steps: int) -> Speakers:
    """The named subject at pos and those coordinated with it: "وقال X وY", "و<title> <name>"."""
    tokens, mentions = ctx.tokens, ctx.mentions
    found: list[Found] = []
    joined = False               # a conjunction stands before pos: a second subject opens there
    while pos < end and steps < SUBJECT_WALK:
        pos = tokens.next(pos, end)
        if pos >= end:
            break
        cand, governed = subject_at(ctx, pos)
        if governed:
            break
        if cand is not None:
            # a place directly followed by a person is the person's country: "وكينيا فلان الفلاني"
            follower = mentions.start_at.get(tokens.next(cand.j, end))
            # (not after a state joined to another: "هنأت حكومتا X وY فلانا", the person is their object)
            if cand.type == "Place" and follower is not None and follower.type == "Person" \
                    and not (joined and found and ctx.mentions.type_of(found[-1].key) == "Place"):
                cand = follower
            elif follower is not None and follower.type == "Organization" and _described_org(ctx, cand):
                cand = follower   # "صرحت شركة الطيران الهندية X": the description, then the company's name
            elif cand.type == "Organization" and follower is not None and follower.type == "Person" and joined \
                    and found and ctx.mentions.type_of(found[-1].key) == "Person":
                # "رئيسا المفوضية فلان والمجلس علان": after a person, the body a second person heads comes
                # before his name, as the title's complement (the dual title is said once)
                cand = follower
            found.append(mentions.found(cand))
            pos = _past_apposition(ctx, cand, end)
            after = tokens.next_past_comma(pos, end)
            if after < end and conjoined(ctx, after):
                pos, joined = after, True
                steps += 1
                continue
            if (quoted := _quoted_conjunct(ctx, after, end)) is not None:
                pos, steps = quoted, steps + 1   # "حركتا « X » و« Y »": the next name in quotes after a lone و
                continue
            break
        if joined and (state := _state_named_after_head(ctx, pos, end)) is not None:
            pos, joined = state, False   # "ومملكة هولندا": the state's head noun, then its name
            continue
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
        if skippable(ctx, pos, named=True):
            pos += 1
            steps += 1
            continue
        break
    return Speakers(tuple(found), pos)


def _described_org(ctx: Context, cand: Candidate) -> bool:
    """"شركة الطيران الهندية": an organization mention that is a head noun and definite common words only, the
    last a nationality adjective, no name of its own: a description a name in apposition may follow."""
    tokens = ctx.tokens
    words = [k for k in range(cand.i + 1, cand.j) if not tokens.is_space(k)]
    return cand.type == "Organization" and len(words) >= 2 and ctx.mentions.known.get(ctx.mentions.key(cand)) is None \
        and all(tokens.norm(k).startswith("ال") for k in words) and nisba_country(ctx.doc, words[-1]) is not None


def _past_apposition(ctx: Context, cand: Candidate, end: int) -> int:
    """Where the subject `cand` ends, past the same one named again right after it: an epithet, then
    the name ("خادم الحرمين الشريفين الملك فلان") is one subject, and what was said starts after both."""
    again = ctx.mentions.start_at.get(ctx.tokens.next(cand.j, end))
    if again is not None and ctx.mentions.key(again) == ctx.mentions.key(cand):
        return again.j
    return cand.j


QUOTE_RUN = 3   # quote marks around a name and its conjunction ("« X « » و « Y »": a stray mark too)


def _quoted_conjunct(ctx: Context, pos: int, end: int) -> int | None:
    """Where the next subject's name starts when the name before closes with a quote mark and a lone و opens
    another in quotes ("نفت حركتا « X » و« Y »", '"X" و"Y"'); None otherwise."""
    tokens = ctx.tokens
    marks = 0
    while pos < end and tokens.is_quote(pos) and marks < QUOTE_RUN:
        pos, marks = tokens.next(pos + 1, end), marks + 1
    if not marks or pos >= end or tokens.text(pos) != "و":
        return None
    pos = tokens.next(pos + 1, end)
    if pos >= end or not tokens.is_quote(pos):
        return None
    pos = tokens.next(pos + 1, end)
    return pos if pos < end and pos in ctx.mentions.start_at else None


def _counterpart(ctx: Context, pos: int) -> bool:
    """"ونظيره", "ونظيرتها": "and his (her) counterpart", which a name follows."""
    norm = ctx.tokens.norm(pos)
    return norm.startswith("و") and norm[1:] in ctx.tokens.words.counterpart


def _state_named_after_head(ctx: Context, pos: int, end: int) -> int | None:
    """"ومملكة هولندا", "وجمهورية تشيلي": a state's head noun (kingdom, republic, sultanate, state) carrying the
    conjunction و, the state's name right after it, which the name's mention leaves out: where the name starts."""
    tokens, words = ctx.tokens, ctx.tokens.words
    norm = tokens.norm(pos)
    if not norm.startswith("و") or norm[1:] not in words.state_head | words.place_referent_head | words.state_noun:
        return None
    nxt = tokens.next(pos + 1, end)
    named = ctx.mentions.start_at.get(nxt) if nxt < end else None
    return nxt if named is not None and named.type in ("Place", "Organization") else None


def conjoined(ctx: Context, pos: int) -> bool:
    """"وY", "ووزير الخارجية", "ونظيره", "ومملكة Y": a name or title that carries the conjunction و (or a
    state's head noun before its name); the و of "وزير" or "وديع" is the word's own."""
    tokens = ctx.tokens
    text = tokens.text(pos)
    if not text.startswith("و"):
        return False
    if _counterpart(ctx, pos) or _state_named_after_head(ctx, pos, len(ctx.doc)) is not None:
        return True
    cand = ctx.mentions.start_at.get(pos)
    if cand is not None:
        return cand.start > tokens.starts[pos]
    title = match_title(tokens.doc, pos)
    return bool(title) and not normalize(text).startswith(normalize(title[1]).split()[0])


def given_name(ctx: Context, pos: int, end: int) -> Speakers | None:
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
    found = names(ctx, nxt, end, 0)
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
                    or not (definite or (prev is not None and tokens.norm(prev) in NAME_INTRODUCERS | CALLED)
                            or (construct and (_content_follows(ctx, cand.j, end)
                                               or (_full_bare_name(ctx, cand) and not _object_passed(ctx, pos, q))))):
                return None
            return names(ctx, q, end, 0) if q in mentions.start_at else Speakers((mentions.found(cand),), cand.j)
        if cand is not None:  # "باسم الحكومة": the body a title is of
            # "مدرب نادي برشلونة": a proper name is the definite word that closes a construct chain
            definite, construct, q = False, True, cand.j
            continue
        norm = tokens.norm(q)
        if norm in tokens.words.acting_link and q > pos and tokens.norm(tokens.prev(q, pos)) in tokens.words.acting_holder:
            q += 1   # "القائم بأعمال السفير", "القائمة بأعمال المندوب": the acting holder, one title with what follows
            continue
        if q > pos and tokens.is_comma(q):
            # "ورأى سائق حافلة، فلان، أن": the name the description is set off from by commas
            return _name_set_off(ctx, q, end)
        if q > pos and norm in tokens.words.preposition and not tokens.is_punct(q):
            # "وقالت زميلته في الفريق فلانة إن": a description with a phrase of its own; the name closes it
            # only when what was said follows it (definite and construct no longer tell)
            definite, construct, q = False, True, q + 1
            continue
        if tokens.is_punct(q) or tokens.is_quote(q) or norm in NO_SUBJECT or ctx.cues.kind_at(q) is not None:
            return None
        nxt = tokens.next(q + 1, stop)
        # "ولاعب الشطرنج": a second title, a noun joined by و and completed by a definite word
        joined = q > pos and norm.startswith("و") and nxt < stop and tokens.norm(nxt).startswith("ال")
        # "مرشحها", "زوجته": a noun with its owner's pronoun is definite, and closes a construct chain as a name does
        owned = q == pos and _owned_noun(tokens.text(q))
        definite = definite and (norm.startswith("ال") or bool(nisba_country(tokens.doc, q))
                                 or norm in TITLE_MODIFIERS or joined or owned)
        # "مدرب المنتخب الألماني", "مدرب نادي برشلونة": indefinite heads in construct are definite too once a
        # definite word or a name closes the chain; a head still open when the person comes is no title of theirs
        # "المالك الجديد للملعب": لـ glued on a definite noun ("of the company") closes the description as one does
        construct = norm.startswith(("ال", "لل")) or bool(nisba_country(tokens.doc, q)) or norm in TITLE_MODIFIERS or owned
        q += 1
    return None


def _name_set_off(ctx: Context, comma: int, end: int) -> Speakers | None:
    """The person named right after the comma at comma, set off by a second comma or not, when what was said
    follows the name ("سائق حافلة، فلان، أن"): the description before the comma is his."""
    tokens, mentions = ctx.tokens, ctx.mentions
    first = tokens.next(comma + 1, end)
    cand = mentions.start_at.get(first) if first < end else None
    if cand is None or cand.type != "Person" or tokens.governed(cand):
        return None
    after = tokens.next(cand.j, end)
    if after < end and tokens.is_comma(after):
        after = after + 1
    return Speakers((mentions.found(cand),), cand.j) if _content_follows(ctx, after, end) else None


OWNED_MIN = 5   # letters of a noun with its pronoun ("زوجته", "مرشحها"); shorter words ending so are rarely one


def _owned_noun(text: str) -> bool:
    """"مرشحها", "زوجته", "محاميهم": a noun as written with an owner's pronoun glued on (ه written as such, not
    the ة a normalised word ends with), no article."""
    return len(text) >= OWNED_MIN and text.endswith(PRONOUN_SUFFIXES) and not text.startswith("ال") and text.isalpha()


def _full_bare_name(ctx: Context, cand: Candidate) -> bool:
    """Is the person a full name of two words or more with no title of its own ("وصف محامي الحزب فلان علان القرار
    بأنه")? After a description closed by a definite word, such a name is set beside it (apposition), the subject
    even when the verb's object follows; a titled name there ("محامي الرئيس فلان") is as often whose the description
    is, and its title is read first (mentions.titled)."""
    return cand.j - cand.i >= FULL_NAME_TOKENS and len(ctx.tokens.word_tokens(cand.i, cand.j)) >= FULL_NAME_TOKENS


ACCUSATIVE_ENDINGS = ("ً", "اً")   # the indefinite accusative, written with its tanween ("حكماً")


def _object_passed(ctx: Context, start: int, stop: int) -> bool:
    """Does a word in the indefinite accusative stand between `start` and `stop` ("أصدر القضاء الشهر الماضي حكماً
    بالسجن على الزعيم فلان")? The verb's object came before the name, which its phrase then governs: no subject."""
    return any(ctx.tokens.text(q).endswith(ACCUSATIVE_ENDINGS) for q in range(start, stop))


def _content_follows(ctx: Context, pos: int, end: int) -> bool:
    """What was said starts right after the name (إن/أن، a colon, a quote): the name closes the subject
    ("وقال مدرب المنتخب الألماني فلان إن"), it is no object followed by its complement."""
    tokens = ctx.tokens
    nxt = _past_age_and_addressee(ctx, tokens.next(pos, end), end)
    return nxt < end and (tokens.norm(nxt) in tokens.words.complementizer or tokens.text(nxt) == ":"
                          or tokens.is_quote(nxt))


BRACKETED_WORDS = 4   # words of "(34 عاما)" after a name: the person's age or town


def _past_age_and_addressee(ctx: Context, k: int, end: int) -> int:
    """Past what may stand between a subject's name and what they said: a short aside in brackets ("(34
    عاما)") and one word of whom it was told, لـ glued on ("لمراسلنا", "للصحفيين"): "وقال سائق الأجرة فلان
    (34 عاما) لمراسلنا: ..."."""
    tokens = ctx.tokens
    if k < end and tokens.text(k) == "(":
        close = next((q for q in range(k + 1, min(end, k + 2 * BRACKETED_WORDS + 2)) if tokens.text(q) == ")"), None)
        if close is not None:
            k = tokens.next(close + 1, end)
    if k < end and tokens.text(k).startswith("ل") and not ctx.mentions.in_a_mention(k) \
            and (tokens.text(k).startswith("لل") or said_to_a_correspondent(tokens.text(k))):
        k = tokens.next(k + 1, end)
    return _past_setting(ctx, k, end)


SETTING_WORDS = 3   # words of "في مؤتمر صحفي", "في حديث إذاعي" between a preposition and what was said


def _past_setting(ctx: Context, k: int, end: int) -> int:
    """Past a short phrase of where or how it was said, opened by a preposition and closed by what was said
    ("فلان في مؤتمر صحفي إن", "فلان في حديث إذاعي:"); else k itself."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if k >= end or tokens.norm(k) not in tokens.words.preposition:
        return k
    q = tokens.next(k + 1, end)
    for _ in range(SETTING_WORDS):
        if q >= end or tokens.is_punct(q) or tokens.is_quote(q):
            return k
        cand = mentions.start_at.get(q)
        if cand is not None and cand.type == "Person":
            return k
        q = tokens.next(q + 1, end)
        if q < end and (tokens.norm(q) in tokens.words.complementizer or tokens.text(q) == ":"):
            return q
    return k
