"""Intermediaries: who relays a statement ("بحسب X", "وفقا لـ X", "نقلا عن X", a news agency named in
the sentence), and the sentence with no statement of its own that an "according to X" attributes."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from typing import Sequence

from ... import lexicon
from ...records import StatementRecord
from ...text import normalize

from .content import reported_span
from .context import Context
from .cues import SPEECH_KINDS, Cue
from .index import VIA_KINDS, Found
from .referents.issuers import author_after
from .speakers.unnamed_sources import source_group_referent


@dataclass(frozen=True)
class Reported:
    """A sentence that `source` reports ("وفقا لوكالة X"): the marker cue and content tokens start..end-1."""

    cue: Cue
    source: Found
    start: int
    end: int


def intermediaries(ctx: Context, start: int, end: int, exclude: set[str],
                   clause: tuple[int, int] | None = None) -> list[Found]:
    """The sources after "according to" markers of the sentence and the news agencies it names (within the
    statement's own `clause` when given), other than the speakers in `exclude`."""
    mentions = ctx.mentions
    lo, hi = clause or (start, end)
    found: list[Found] = []
    # the markers and the agencies' mentions, in text order: the only tokens that may give one (a token with no cue
    # and no mention gives none, and reading each of the sentence's tokens for them cost more than the rest)
    markers = {k for k, cue in ctx.cues.cues_in(start, end) if cue.kind == "via"}
    agencies = mentions.agency_starts()
    named = agencies[bisect_left(agencies, max(lo, start)):bisect_left(agencies, min(hi, end))]
    for k in sorted(markers.union(named)):
        if k in markers:
            found.extend(a for a in author_after(ctx, k, end) if a.key not in exclude and all(a.key != f.key for f in found))
            continue
        cand = mentions.start_at[k]
        key = mentions.key(cand)
        if key not in exclude and all(key != f.key for f in found) and not dateline_tag(ctx, cand.i, cand.j, end):
            found.append(mentions.found(cand))
    return found


def own_clause(ctx: Context, cue: Cue, content_start: int, start: int, end: int,
               earlier: Sequence[StatementRecord], keys: Sequence[str]) -> tuple[int, int]:
    """The tokens of the sentence whose agencies may relay the statement of `cue`: "قال شهود لوكالة X إن ...،
    وأفاد سكان بأن": the agency told the first clause, not the one another speaker opens after it; "انتقدت
    المنظمة القانون، ونقلت وكالة X عن ...": nor does the one named in the next clause relay the first. A clause
    opens at a speech verb after a clause link ("فيما"، "بينما"، "كما") or with و glued on after a comma; the
    statement's own clause opens at its cue when another speaker spoke earlier in the sentence, and closes at the
    next clause opened past what was said begins."""
    lo = cue.i if _opens_clause(ctx, cue, start) and any(st.speaker not in keys for st in earlier) else start
    hi = next((k for k, later in ctx.cues.cues_in(max(content_start, cue.i + 1), end)
               if _opens_clause(ctx, later, start)), end)
    return lo, hi


def _opens_clause(ctx: Context, cue: Cue, start: int) -> bool:
    """"، فيما ذكرت"، "، ونقلت": a speech verb after a clause link, or with و glued on after a comma."""
    tokens = ctx.tokens
    p = tokens.prev(cue.i, start)
    return cue.kind in SPEECH_KINDS and p is not None \
        and (tokens.norm(p) in tokens.words.clause_link or (cue.prefix > 0 and tokens.is_comma(p)))


TOLD_CLITIC = "ل"   # "لقناة X", "لوكالة X": the outlet the speaker spoke to


def told_outlets(ctx: Context, start: int, stop: int, exclude: set[str], covered: frozenset[int]) -> list[Found]:
    """The outlets the speaker spoke to, named before what was said and outside the sentence's earlier
    statements: "قال X لقناة Y إن", "قالت X، في مقابلة مع إذاعة Y، إن", "وفي تصريحات لصحيفة Y، أكد X أن". An outlet
    is a name headed by a noun of the press ("صحيفة", "قناة", "وكالة") or one the lexicon knows as such, with لـ on
    it or after a word of interviewing with (interview_with: "مع")."""
    tokens, mentions = ctx.tokens, ctx.mentions
    found: list[Found] = []
    for c in mentions.cands:
        if not start <= c.i < stop or c.i in covered or c.type != "Organization":
            continue
        key = mentions.key(c)
        head = normalize(c.form.split()[0]) if c.form else ""
        if key in exclude or any(f.key == key for f in found) \
                or not (lexicon.org_heads().get(head) in VIA_KINDS or mentions.is_agency(key)):
            continue
        told = tokens.norm(c.i).startswith(TOLD_CLITIC) and not head.startswith(TOLD_CLITIC)
        p = tokens.prev(c.i, start)
        while p is not None and tokens.is_quote(p):
            p = tokens.prev(p, start)
        if told or (p is not None and tokens.norm(p) in tokens.words.interview_with):
            found.append(mentions.found(c))
    return found


DATELINE_DASHES = frozenset({"-", "–", "—"})


def dateline_tag(ctx: Context, i: int, j: int, end: int) -> bool:
    """Is the agency named at i..j the tag of a dateline, "دبي (رويترز) - ..."? It names who wrote the article,
    not one who relays a statement in it."""
    tokens = ctx.tokens
    opening = tokens.prev(i)
    closing = tokens.next(j, end)
    dash = tokens.next(closing + 1, end) if closing < end else end
    return opening is not None and tokens.text(opening) == "(" and closing < end and tokens.text(closing) == ")" \
        and dash < end and tokens.text(dash) in DATELINE_DASHES


def same_source(ctx: Context, k: int, end: int) -> bool:
    """"المصدر نفسه", "المصدر ذاته", "ذات المصدر" right after the marker at k."""
    tokens = ctx.tokens
    p = tokens.next(k + 1, end)
    q = tokens.next(p + 1, end)
    return q < end and f"{tokens.norm(p)} {tokens.norm(q)}" in tokens.words.same_source


def reported_sentence(ctx: Context, start: int, end: int, last_speakers: tuple[str, ...],
                      history: Sequence[StatementRecord] = ()) -> Reported | None:
    """"بحسب X، ..." / "...، وفقا لـ X" in a sentence with no other statement: X reports it; "وبحسب
    المصدر"، "وبحسب الدبلوماسي": the unnamed source that spoke before (of the history of statements)."""
    tokens = ctx.tokens
    for k, cue in ctx.cues.cues_in(start, end):   # (the tokens with a cue: at() is None at every other)
        if cue.kind != "via":
            continue
        sources = author_after(ctx, k, end)
        p = tokens.next(k + 1, end)
        while p < end and tokens.norm(p) in tokens.words.wording:
            p = tokens.next(p + 1, end)  # "على حد تعبير المصدر": the source is past the wording words
        view = ctx.cues.own_view_at(cue, end)
        if not sources and last_speakers and view is not None:
            sources = [Found(last_speakers[0], view, view + 1)]  # "...، بحسب قوله", "برأيه": the last speaker's own words
        if not sources and same_source(ctx, k, end) and last_speakers:
            # "ووفق المصدر نفسه، ...": the source of the statement before
            p = tokens.next(k + 1, end)
            sources = [Found(last_speakers[0], p, min(end, tokens.next(p + 1, end) + 1))]
        if not sources and p < end and (source := source_group_referent(ctx, p, history, content_after=False)) is not None:
            sources = [source]
        if not sources or sources[0].key not in ctx.mentions.entities:
            continue
        span = reported_span(ctx, k, sources[0].j, start, end)
        if span is not None:
            return Reported(cue, sources[0], *span)
    return None
