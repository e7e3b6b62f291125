"""What the walk along the subject slot after a verb reads at each word: the words that stand between a verb
and its subject or inside a subject and are passed over (time words, title modifiers, a demonstrative or pronoun
object), and the mention at a word that may be the subject (not one a preposition governs)."""
from __future__ import annotations

from .... import lexicon
from ....text import normalize
from ...mentions import TITLE_MODIFIERS, Candidate, nisba_country
from ...mentions.dual_bodies import dual_head
from ...mentions.sources import ADDRESSEE_MIN, CALLING_ACTS
from ..context import Context
from ..cues import SPEECH_KINDS
from ..cursor import GOVERNED_ARTICLE
from .base import cue_form


SUBJECT_WALK = 8             # tokens the search for a subject after the verb may walk
# "وأكد ذلك فلان": a demonstrative object before the subject, or "وقال هذا المسؤول": one opening it
DEMONSTRATIVES = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv")
                           if row["kind"] == "demonstrative")
# "وأعلنت اليوم الخميس وزارة الصحة", "حسب ما أعلن مساء الخميس النادي": the day named between a verb and its subject
WEEKDAYS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv")
                     if row["kind"] == "weekday" and " " not in row["word"] and row["word"].startswith("ال"))


def skippable(ctx: Context, pos: int, named: bool) -> bool:
    """Words that stand between a verb and its subject, or inside a subject: time words, "بدوره",
    title modifiers, nationality adjectives, commas, quotes, organization heads with no name yet, the
    resumptive "فيه" of a relative clause ("في الوقت الذي أكد فيه الوزير فلان"), a demonstrative object
    right after the verb ("وأكد ذلك فلان"), a preposition with a pronoun right after it ("وقال لنا فلان",
    "وقال عنه مسؤول")."""
    tokens = ctx.tokens
    norm = tokens.norm(pos)
    after_verb = (p := tokens.prev(pos)) is not None and ctx.cues.kind_at(p) in SPEECH_KINDS
    return norm in tokens.words.adjunct or norm in WEEKDAYS or norm in TITLE_MODIFIERS or bool(nisba_country(tokens.doc, pos)) \
        or (norm in DEMONSTRATIVES and after_verb) or (norm in tokens.words.slot_pronoun and after_verb
                                                        and not _relays(ctx, p)) \
        or norm in tokens.words.resumptive_in \
        or tokens.is_comma(pos) or tokens.is_quote(pos) or (norm in lexicon.org_heads() and not named) \
        or (after_verb and addressee_before_subject(ctx, pos)) or _dual_head_before_names(ctx, pos)


def _dual_head_before_names(ctx: Context, pos: int) -> bool:
    """"ونفت حركتا X وY": the head noun in the dual before the two bodies it names (each a mention of its own)."""
    tokens = ctx.tokens
    if dual_head(tokens.text(pos)) is None:
        return False
    nxt = tokens.next(pos + 1, tokens.size)
    if nxt < tokens.size and tokens.is_quote(nxt):
        nxt = tokens.next(nxt + 1, tokens.size)   # "حركتا « X » و« Y »"
    return nxt in ctx.mentions.start_at


def addressee_before_subject(ctx: Context, pos: int) -> bool:
    """"وأكد للصحيفة مصدر مسؤول أن", "وقال للصحفيين حزب X إن": one word with لـ glued on right after the verb, naming
    no one (whom it was said to: a word or a one-word group, "للصحفيين"), before a mention that opens the subject
    (VPS). A name, title or body there ("قال للرئيس فلان") is the one spoken to, and the walk stops at it."""
    tokens, mentions = ctx.tokens, ctx.mentions
    text = tokens.text(pos)
    verb = ctx.cues.at(tokens.prev(pos))
    if verb is None or verb.entry.act in CALLING_ACTS:
        return False   # "ودعا للإضراب": what a call is for, its content, not whom it is said to
    group = mentions.start_at.get(pos)
    one_group = group is not None and group.type == "Group" and tokens.next(pos + 1, tokens.size) >= group.j
    if not text.startswith("ل") or len(text) < ADDRESSEE_MIN or (mentions.in_a_mention(pos) and not one_group) \
            or pos in mentions.titled \
            or pos in mentions.bare or tokens.norm(pos) in tokens.words.slot_pronoun or ctx.cues.at(pos) is not None:
        return False
    nxt = tokens.next(pos + 1, tokens.size)
    subject = mentions.start_at.get(nxt)
    # (or a title that opens it: "وقال للصحفيين وزير الخارجية فلان")
    return (subject is not None and not tokens.governed(subject)) or nxt in mentions.titled or nxt in mentions.bare


def _relays(ctx: Context, p: int) -> bool:
    """Is the verb at p one that relays ("نقلت عنه وكالة X": the agency relays from him, it does not speak)?"""
    cue = ctx.cues.at(p)
    return cue is not None and cue_form(ctx, cue) in ctx.tokens.words.relay_verb


def subject_at(ctx: Context, pos: int) -> tuple[Candidate | None, bool]:
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
    return cand, cand is not None and _governed(ctx, cand) and not _after_each_of(ctx, pos)


def _governed(ctx: Context, cand: Candidate) -> bool:
    """Is the mention an object of a preposition? Not after a word the cue reader took for the verb itself: the
    bare "عبر" is "via" and "expressed" ("عبّر مواطنون عن غضبهم"), read as the verb when "عن" and a feeling follow."""
    tokens = ctx.tokens
    if not tokens.governed(cand):
        return False
    p = tokens.prev(cand.i)
    return any(ch in "بلك" for ch in tokens.clitic(cand)) or p is None or ctx.cues.at(p) is None


def _after_each_of(ctx: Context, pos: int) -> bool:
    """Does "كل من" stand right before pos ("وأكد كل من X وY")? Its من governs no object: X is a subject."""
    tokens = ctx.tokens
    p = tokens.prev(pos)
    pp = tokens.prev(p) if p is not None else None
    return pp is not None and f"{tokens.norm(pp)} {tokens.norm(p)}" in tokens.words.each_of
