"""What every speaker search shares: the query (a cue in its sentence), the forms of an answer,
the strategy record, and the closed word sets and verb forms several searches read."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Sequence

from .... import lexicon
from ....records import StatementRecord
from ....text import DAMMA, normalize, strip_article
from ..context import Context
from ..cues import SPEECH_KINDS, Cue, entry_in, feminine_form, participle_forms
from ...words import PRONOUN_SUFFIXES
from ..cursor import SEMICOLON
from ..index import Found


VERBS = frozenset(SPEECH_KINDS)
NOUNS = frozenset({"noun"})
QAD = "قد"                   # particle before a perfect verb: "وزارة الداخلية قد أعلنت"
CLAUSE_ENDS = (":", ".", SEMICOLON)
# the kinds of entity that can be the subject who speaks: a person, a body, an unnamed group
SPEAKER_TYPES = ("Person", "Organization", "Group")
# closed-class words before a verb that are no subject of it: "كما قال", "الذي قال", "بحسب ما ذكرت", "لم يقل"
NO_SUBJECT = frozenset().union(*(getattr(lexicon.function_words(), kind) for kind in (
    "clause_opener", "relative", "preposition", "complementizer", "adjunct", "negation", "according_to",
    "agent_link", "preposed_link", "clause_link", "aside_opener")))
SAY_LEMMA = "قال"
NOMINATIVE_PLURAL_MIN = 6     # "ناشطون" (not "قانون", "مليون")
CONSTRUCT_PLURAL_MIN = 5      # "ممثلو" (not "مترو")


@dataclass(frozen=True)
class Query:
    """A cue whose speaker is sought, in its sentence (tokens start..end-1)."""

    cue: Cue
    start: int
    end: int
    earlier: bool                        # the sentence has a statement before this cue
    last_speakers: tuple[str, ...]       # the speakers of the previous statement (none after 2 sentences)
    history: Sequence[StatementRecord]   # statements of the sentences before
    in_sentence: Sequence[StatementRecord] = ()   # statements of this sentence before this cue


@dataclass(frozen=True)
class Speakers:
    """Speakers found: who, where their phrase ends (the content is sought from there), the
    intermediaries the construction names ("نقلت وكالة X عن Y": X), and the strategy's name."""

    found: tuple[Found, ...]
    after: int
    via: tuple[str, ...] = ()
    by: str = ""


class Unnamed:
    """The verb has a subject of its own that the text does not name."""


class GroupObject:
    """"حذرت حماس من ...، وطالبت المجتمع الدولي بـ": after a second verb of the sentence, the group in
    the subject slot is the verb's object."""


class Relayed:
    """"نقلت صحيفة X عن جيران للعائلة قولهم": the construction names one who speaks through another, whom no entity
    stands for; no one else (the outlet) speaks, so the cue gives no statement."""


UNNAMED, GROUP_OBJECT, QUOTED_UNNAMED = Unnamed(), GroupObject(), Relayed()
Outcome = Speakers | Unnamed | GroupObject | Relayed | None


@dataclass(frozen=True)
class Seen:
    """What the strategies tried so far have met."""

    unnamed: bool = False
    group_object: bool = False


@dataclass(frozen=True)
class Strategy:
    name: str
    find: Callable[[Context, Query, Seen], Outcome]
    cue_kinds: frozenset[str] = field(default=VERBS)


def cue_form(ctx: Context, cue: Cue) -> str:
    """The cue word as written, without its conjunction, normalised: "وقالوا" -> "قالوا"."""
    return normalize(ctx.tokens.texts[cue.i][cue.prefix:])


def carries_object_pronoun(ctx: Context, cue: Cue) -> bool:
    """"ووصفها", "اعتبرته", "دعاهم": a verb read with its object pronoun glued on (no form of the lexicon
    as written): its object is that pronoun, so a noun right after it is its subject, never a second object."""
    text = ctx.tokens.text(cue.i)
    return cue.kind in SPEECH_KINDS and text.endswith(PRONOUN_SUFFIXES) and entry_in(text, True) is None


PRESENT_PREFIXES = "يتن"   # a damma on these opens an active present ("يُعلن"), not a passive


def passive_voice(ctx: Context, cue: Cue) -> bool:
    """"وأُبلغ الوزير أن", "وذُكر أن", "وأُعلن عن": a past verb the writer marks as passive (a damma on its
    first letter, which is no present prefix): the noun after it is the one told or asked, not a speaker."""
    text = ctx.tokens.text(cue.i)[cue.prefix:]
    return len(text) > 1 and text[1] == DAMMA and text[0] not in PRESENT_PREFIXES


def is_participle(ctx: Context, cue: Cue) -> bool:
    """A participle of manner ("مؤكدا", "مطالبة", "، قائلا"): it continues its clause's subject and
    has no subject of its own; what follows it is its object."""
    tokens = ctx.tokens
    form = cue_form(ctx, cue)
    prev = tokens.prev(cue.i)
    # "، ووصفها زعيم الحزب بأنها": the alif of an object pronoun glued on a verb is no participle's ending
    return form in tokens.words.manner_participle or (form.startswith("م") and len(form) >= 4 and cue.lemma != form) or (
        (form.endswith("ا") or len(participle_forms(form)) > 1) and len(form) >= 4
        and prev is not None and tokens.is_comma(prev) and not carries_object_pronoun(ctx, cue))


def feminine_verb(ctx: Context, cue: Cue) -> bool:
    """"دعت", "تدعو", "طالبت", "لفتت": a verb that agrees with a feminine subject; not "توقع", "تحدث" (a
    masculine past whose lemma opens with ت) nor "لفت" (one whose lemma ends with it)."""
    return feminine_form(cue_form(ctx, cue), normalize(cue.lemma))


def oblique_plural(norm: str) -> bool:
    """"المتظاهرين", "مسيحيين": a sound masculine plural noun in the accusative or genitive, the case of an
    object (not an imperfect verb "يحتاجين", nor a word as short as "سنين")."""
    stem = strip_article(norm)
    return stem.endswith("ين") and len(stem) >= NOMINATIVE_PLURAL_MIN and not stem.startswith("ي")


def nominative_plural(norm: str) -> bool:
    """"ناشطون", "المزارعون": a sound masculine plural noun (not an imperfect verb "يقولون", not "قانون");
    "مراقبو", "مسؤولو": one in construct, which drops its ن (a participle's plural: it starts with م)."""
    stem = strip_article(norm)
    return (stem.endswith("ون") and len(stem) >= NOMINATIVE_PLURAL_MIN and not stem.startswith("ي")) \
        or (stem == norm and stem.startswith("م") and stem.endswith("و") and len(stem) >= CONSTRUCT_PLURAL_MIN)
