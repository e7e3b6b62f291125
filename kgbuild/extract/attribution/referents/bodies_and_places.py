"""Whom a bare definite head noun refers to: "الوزارة", "الحركة" the last body named with that head (or
known by a name with it), "الإقليم", "المدينة" the last place so named."""
from __future__ import annotations

from collections import Counter
from typing import Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import normalize, strip_article
from ...mentions import Candidate, headed_by, known_forms, nisba_country
from ...mentions.places import places_named_before, referent_head
from ...mentions.titled_bodies import MINISTRY_HEAD, in_quoted_words, names_a_ministry, titled_body
from ...mentions.unnamed_bodies import body_phrase, is_unnamed_body, unnamed_body_key
from ..context import Context
from ..index import Found

CLUB_HEADS = lexicon.function_words().club_head
MINISTRY = normalize(MINISTRY_HEAD)


def body_referent(ctx: Context, pos: int, governed: bool = False, norm: str | None = None) -> str | None:
    """"ودعت السفارة", "وقالت الوزارة": a bare definite head names the last body in the text named with
    this head ("وزارة التربية"); with none, the last one the lexicon knows by a name with it ("حماس" is
    "حركة حماس": "وقالت الحركة"; "اليونيسف" is "منظمة الأمم المتحدة للطفولة"). `governed`: with لـ or بـ
    glued on too ("وفقا للصحيفة", "مصدر بالمفوضية"); `norm` the word as read there when not its text (less a clitic)."""
    norm = norm or ctx.tokens.norm(pos)
    if governed and norm.startswith(("لل", "بال")):
        norm = "ال" + norm[len("لل") if norm.startswith("لل") else len("بال"):]
    if not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
        return None
    head = norm[2:]
    titled = titled_body(ctx.doc, pos, ctx.mentions.cands)
    if titled is not None and titled.key in ctx.mentions.entities:
        return titled.key   # "وقال وزير الصحة فلان ... وأكدت الوزارة": the ministry its minister's title named last
    named, known = bodies_with_head(ctx, pos, head)
    return (named[-1][1] if named else None) or known


PORTFOLIOS = lexicon.function_words().portfolio   # "الخارجية": a ministry named by its portfolio


def ministry_of_portfolio(ctx: Context, pos: int, governed: bool = False) -> str | None:
    """"مصدر في الداخلية", "مسؤول بالخارجية": a bare definite portfolio (function_words portfolio; `governed`: with
    بـ or لـ glued on) names the last ministry named before it whose name holds that portfolio ("وزارة الشؤون
    الخارجية ...", "الخارجية الكينية"), a ministry's head noun being no word of it."""
    norm = ctx.tokens.norm(pos)
    if governed and norm.startswith(("بال", "لل")):
        norm = "ال" + norm[len("بال") if norm.startswith("بال") else len("لل"):]
    if norm not in PORTFOLIOS:
        return None
    last = None
    for c, key in ctx.mentions.organizations_before(pos):
        ent = ctx.mentions.entities.get(key) if key is not None else None
        forms = (ent.forms | {ent.label}) if ent is not None else {c.form}
        if any(names_a_ministry(f) and norm in normalize(f).split() for f in forms):
            last = key
    return last


def bodies_with_head(ctx: Context, pos: int, head: str) -> tuple[list[tuple[Candidate, str | None]], str | None]:
    """The mentions (with keys) of the bodies named before token `pos` with the head noun `head`, in text order,
    and the last body named before it that the lexicon knows by a name with that head (body_referent)."""
    # "فريق X ... وأعلن النادي": a club and its team are one body (function_words club_head)
    heads = CLUB_HEADS if head in CLUB_HEADS else frozenset((head,))
    named: list[tuple[Candidate, str | None]] = []
    known = None
    for c, key in ctx.mentions.organizations_before(pos):
        if any(headed_by(c.form, h) for h in heads) or _head_word_before(ctx, c.i, heads) in heads \
                or (head == MINISTRY and names_a_ministry(c.form) and not in_quoted_words(ctx.doc, c.i)) \
                or _named_with_head(ctx, key, heads):
            # "الخارجية الكينية ... وقالت الوزارة": a ministry named by its portfolio, not in another's quoted words
            if not _described(ctx, c.i, c.j):   # "الصحيفة البريطانية" is no name of a newspaper
                named.append((c, key))
        elif any(headed_by(f, head) for f in known_forms(key, "Organization")):
            known = key
    return named, known


def _named_with_head(ctx: Context, key: str | None, heads: frozenset[str]) -> bool:
    """"حزب X ... رأى فلان أن صعود X ... وأن الحزب": does the text name the body `key` with one of `heads` in
    any of its mentions? Then each of its mentions, the bare short one too, is a mention of a body of that head,
    and the nearest one before a bare head noun is the one it takes up (recency, as for a pronoun)."""
    ent = ctx.mentions.entities.get(key) if key is not None else None
    return ent is not None and any(headed_by(f, h) for f in ent.forms for h in heads)


def _head_word_before(ctx: Context, i: int, heads: frozenset[str] = frozenset()) -> str | None:
    """The word right before a mention, without و: "نادي" of "ونادي برشلونة", whose name the mention
    holds without its head noun; a club's head (`heads`) also without the preposition glued on ("لفريق X")."""
    p = ctx.tokens.prev(i)
    if p is None:
        return None
    norm = ctx.tokens.norm(p)
    if norm[:1] in ("و", "ل", "ب") and norm[1:] in heads:
        return norm[1:]
    return norm[1:] if norm[:1] == "و" and norm[1:] in lexicon.org_heads() else norm


def body_named_after(ctx: Context, pos: int) -> str | None:
    """"... والجبهة تتهم X" in a headline: a bare definite head (org_heads.tsv, و glued on or not) that names no
    body before it names the first body the text names after it with that head ("جبهة تحرير ..."), as a
    headline's bare title names the person the article names after it."""
    norm = ctx.tokens.norm(pos)
    norm = norm[1:] if norm.startswith("وال") else norm
    if not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
        return None
    head = norm[2:]
    later = (c for c in ctx.mentions.cands if c.i > pos and c.type == "Organization" and headed_by(c.form, head))
    found = next(later, None)
    return ctx.mentions.key(found) if found is not None else None


def unnamed_body(ctx: Context, pos: int, history: Sequence[StatementRecord] = ()) -> Found | None:
    """"وقال المكتب الإعلامي في بيان إن", "وأكدت المحكمة العليا أن": the body that a definite class noun of bodies
    and its adjectives name when no name of the text resolves the noun (mentions/unnamed_bodies.py; the callers
    ask body_referent first). The bare noun ("وأضاف المكتب") is the unnamed body with that head that spoke last."""
    found = body_phrase(ctx.doc, pos, ctx.mentions.in_a_mention)
    if found is None:
        return None
    end, _, phrase = found
    key = unnamed_body_key(phrase)
    if end == pos + 1:
        head = normalize(phrase)
        key = next((st.speaker for st in reversed(history) if is_unnamed_body(st.speaker)
                    and normalize(ctx.mentions.entities[st.speaker].label).split()[:1] == [head]), key)
    return Found(key, pos, end) if key in ctx.mentions.entities else None


def place_referent(ctx: Context, pos: int, home: str | None = None) -> str | None:
    """"سكان الإقليم", "في المدينة": a definite place head noun alone (clitics allowed) names the place before
    it that the text named with that head ("إقليم X", "شمال مدينة Y") or that the lexicon knows by a name with
    it ("Z" is "محافظة Z"; any city for "المدينة"). Of several, the one the text named most before it, the
    story's own place, and of those as often named the last: "the city" of a report on a town is that town,
    not the capital where an official spoke once since. `home`: the place the speakers are in ("قال سكان في
    مدينة X إن المدينة ..."), which their "المدينة" names when it may."""
    head = referent_head(ctx.doc, pos)
    if head is None:
        return None
    keys = [key for c in places_named_before(ctx.doc, ctx.mentions.cands, pos, head, ctx.mentions.key)
            if (key := ctx.mentions.key(c)) is not None]
    if home is not None and (home in keys or _names_inside(ctx, pos, head, home)):
        return home
    if not keys:
        return None
    counts = Counter(keys)
    last = {key: n for n, key in enumerate(keys)}
    return max(counts, key=lambda key: (counts[key], last[key]))


def _names_inside(ctx: Context, pos: int, head: str, key: str) -> bool:
    """Is the place `key` named before pos inside another mention ("سكان في مدينة X", one group's mention) in a way
    the bare head noun `head` at pos may take up (places_named_before)?"""
    mentions = ctx.mentions
    inner = [x for c in mentions.cands if c.i < pos for x in c.inner if mentions.key(x) == key]
    return bool(inner) and bool(places_named_before(ctx.doc, inner, pos, head, mentions.key))


def body_class_kinds(ctx: Context, pos: int) -> frozenset[str] | None:
    """"الصحيفة", "الوزارة": the organization kinds a definite class noun of bodies at pos (body_classes.tsv) may
    refer back to, or None when the token is no such noun."""
    norm = ctx.tokens.norm(pos)
    return lexicon.body_classes().get(norm[2:]) if norm.startswith("ال") else None


def refers_to_body(ctx: Context, pos: int, key: str) -> bool:
    """"وقالت تايمز ... وأكدت الصحيفة": may the definite class noun of bodies at pos (body_classes.tsv) refer to
    the organization `key`, named before without that noun? Yes when its kind, known to the lexicon or read off the
    head noun its name opens with ("جريدة X" is media), is one the noun names; or when nothing tells its kind, for
    a noun of bodies that may go by a bare name (not "الوزارة": a ministry is named with its head noun, which
    body_referent finds)."""
    kinds = body_class_kinds(ctx, pos)
    if not kinds or ctx.mentions.type_of(key) != "Organization":
        return False
    kind = kind_of_body(ctx, key)
    return kind in kinds if kind is not None else bool(kinds - {"government"})


def kind_of_body(ctx: Context, key: str) -> str | None:
    """The organization's kind: the lexicon's, or that of the head noun one of its names opens with."""
    known = ctx.mentions.known.get(key)
    if known is not None and known.kind:
        return known.kind
    ent = ctx.mentions.entities[key]
    heads = lexicon.org_heads()
    for form in sorted(ent.forms | {ent.label}):
        words = normalize(form).split()
        if words and strip_article(words[0]) in heads:
            return heads[strip_article(words[0])]
    return None


def described_country(ctx: Context, i: int, j: int) -> str | None:
    """"الصحيفة البريطانية", "الشركة الكورية الجنوبية": is the mention at tokens i..j-1 no name but a definite
    class noun of bodies (body_classes.tsv) with a nationality adjective (one more definite word may follow it)?
    Its country, or None."""
    tokens = ctx.tokens
    if body_class_kinds(ctx, i) is None or ctx.mentions.known.get(
            ctx.mentions.key(ctx.mentions.start_at[i])) is not None:
        return None
    words = [k for k in range(i + 1, j) if not tokens.is_space(k)]
    country = nisba_country(ctx.doc, words[0]) if words and tokens.norm(words[0]).startswith("ال") else None
    if country is None or len(words) > 2 or not all(tokens.norm(k).startswith("ال") for k in words):
        return None
    return country


def described_body_named(ctx: Context, i: int, j: int, fallback: str | None = None) -> str | None:
    """"وقالت الغارديان ... وبحسب الصحيفة البريطانية": the organization mention at tokens i..j-1 is no name but a
    class noun of bodies with a nationality adjective (or one of scope, "المنظمة الدولية"): the body named before
    with that head (or `fallback`, a body that spoke before), of that country when the country of that body is
    known; None when it is a name or refers to none."""
    country = described_country(ctx, i, j)
    if country is None and not described_scope(ctx, i, j):
        return None
    body = body_referent(ctx, i) or fallback or _last_body_of_kind(ctx, i)
    return body if body is not None and (country is None or country_of_body(ctx, body) in (None, country)) else None


def _last_body_of_kind(ctx: Context, i: int) -> str | None:
    """The last organization before token i whose kind is known and one the class noun at i names ("هآرتس" is
    a newspaper: "الصحيفة الإسرائيلية"), itself no such description."""
    kinds = body_class_kinds(ctx, i) or frozenset()
    last = None
    for c in ctx.mentions.cands:
        if c.i >= i:
            break
        if c.type == "Organization" and kind_of_body(ctx, key := ctx.mentions.key(c)) in kinds \
                and not _described(ctx, c.i, c.j):
            last = key
    return last


def _described(ctx: Context, i: int, j: int) -> bool:
    """Is the mention at tokens i..j-1 a description ("الصحيفة البريطانية", "المنظمة الدولية"), no name?"""
    return described_country(ctx, i, j) is not None or described_scope(ctx, i, j)


def described_scope(ctx: Context, i: int, j: int) -> bool:
    """"المنظمة الدولية", "المنظمة الحقوقية": is the mention at tokens i..j-1 a definite class noun of bodies with
    one adjective of scope or field (function_words.tsv body_scope), no name the lexicon knows?"""
    tokens = ctx.tokens
    words = [k for k in range(i + 1, j) if not tokens.is_space(k)]
    return body_class_kinds(ctx, i) is not None and len(words) == 1 \
        and tokens.norm(words[0]) in tokens.words.body_scope \
        and ctx.mentions.known.get(ctx.mentions.key(ctx.mentions.start_at[i])) is None


def country_of_body(ctx: Context, key: str) -> str | None:
    """The country an organization belongs to: the lexicon's, or the nationality adjective in its name."""
    known = ctx.mentions.known.get(key)
    if known is not None:
        return known.country_key
    ent = ctx.mentions.entities.get(key)
    if ent is None:
        return None
    return next((c for w in ent.label.split() if (c := _nisba_of_word(w)) is not None), None)


def _nisba_of_word(word: str) -> str | None:
    return lexicon.nisba_to_country().get(normalize(word))
