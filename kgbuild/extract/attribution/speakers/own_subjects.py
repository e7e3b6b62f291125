"""Subjects of its own that no mention covers, or that tell the last speaker is not the one speaking: a name in
quotes ("وأكد «اتحاد الشغالين» أن"), a quantified group whose case does not show ("وطالب بعض المزارعين"), the
last speaker named as what is spoken of ("وقال إن خطاب فلان")."""
from __future__ import annotations

from typing import Sequence

from .... import lexicon
from ....text import normalize
from ...mentions import Candidate
from ...words import PRONOUN_SUFFIXES, is_time_word
from ..context import Context

# "معظم", "بعض", "كل": before a noun, the head of the phrase ("وقال معظم المشاركين")
QUANTIFIERS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv") if row["kind"] == "quantifier")
# words that are never a noun of a subject of its own: prepositions, particles, pronouns (stopwords.tsv, common nouns aside)
STOP_WORDS = frozenset(normalize(row["word"]) for row in lexicon.read_tsv("stopwords.tsv") if row["kind"] != "common_noun")
QUOTED_SUBJECT_WORDS = 6    # words of a name in quotes: "وأكد «الاتحاد العام للشغالين» أن"


def quoted_subject(ctx: Context, pos: int, end: int) -> bool:
    """"وأكد «اتحاد الشغالين» أن", 'وقالت "جمعية المستهلك" إن': a few words in quotes right after the verb and
    then إن/أن are a name the writer quotes, the verb's subject (what was said would be inside the quotes,
    or open after a colon, not after them)."""
    tokens = ctx.tokens
    if not tokens.is_quote(pos):
        return False
    k, words = tokens.next(pos + 1, end), 0
    while k < end and not tokens.is_quote(k):
        if tokens.is_punct(k) or tokens.norm(k) in tokens.words.complementizer or words >= QUOTED_SUBJECT_WORDS:
            return False
        k, words = tokens.next(k + 1, end), words + 1
    after = tokens.next(k + 1, end) if k < end else end
    return words > 0 and after < end and tokens.norm(after) in tokens.words.complementizer


NAMED_IN_WHAT_FOLLOWS = 4   # words after إن/أن in which the last speaker, named, is what is spoken of


def person_named_in_what_follows(ctx: Context, first: int, end: int, keys: Sequence[str]) -> bool:
    """Is the last speaker, a single person, named among the first words of what is said ("وقال إن خطاب
    الرئيس فلان يعني ..."; a person does not speak of himself by name in reported speech)?"""
    if len(keys) != 1 or ctx.mentions.type_of(keys[0]) != "Person":
        return False
    tokens, mentions = ctx.tokens, ctx.mentions
    k = tokens.next(first, end)
    for _ in range(NAMED_IN_WHAT_FOLLOWS):
        if k >= end or tokens.is_punct(k) or tokens.is_quote(k):
            return False
        c = mentions.start_at.get(k)
        if c is not None and c.type == "Person" and mentions.key(c) == keys[0]:
            return True
        k = tokens.next(k + 1, end)
    return False


def quantified_people(ctx: Context, pos: int, end: int) -> Candidate | None:
    """"وطالب بعض المزارعين بتعويضات", "ودعا معظم النواب إلى": a quantifier and then a group right after a
    verb that may take an object. The quantifier hides the case that would tell the subject ("طالب
    المزارعون") from the object ("طالب المزارعين"), so the last speaker is no safer a subject than the
    group: the group, when it spoke last or what it says follows it at once ("ويعتبر بعض المحللين أن"),
    else no one."""
    tokens = ctx.tokens
    if tokens.norm(pos) not in QUANTIFIERS:
        return None
    nxt = tokens.next(pos + 1, end)
    cand = ctx.mentions.start_at.get(nxt) if nxt < end else None
    return cand if cand is not None and cand.type == "Group" and not tokens.governed(cand) else None


POSSESSIVE_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")   # "حزبه", "رئيستها", "محاموهم": a noun with its owner's pronoun
POSSESSED_ADJECTIVES = 2   # definite adjectives after the possessed noun: "فريقه القانوني", "جاره المتقاعد"
TELLING_VERBS = lexicon.function_words().telling_verb
DEEMING_VERBS = lexicon.function_words().deeming_verb   # "وصف مسيرته بأنها": the object, then how it is deemed
ADDRESSEE_ACTS = ("call", "request", "order")   # "دعا أنصاره أن", "طالب حكومته بأن": whom the verb asks


def possessed_subject(ctx: Context, lemma: str, act: str, pos: int, end: int) -> bool:
    """"وأعلن حزبه أنه", "بينما أكد جاره المتقاعد أن", "وأعلن فريقه القانوني أنه": a noun with an owner's pronoun
    right after a verb of saying, then at most two definite adjectives and at once أن/إن, is the verb's subject:
    someone tied to the last speaker (their party, team, neighbour), not the last speaker, who would be its owner.
    A verb's object stands there only after a verb of telling, calling, asking or describing ("أبلغ نظيره أن",
    "دعا أنصاره أن", "وصف مسيرته بأنها"); a verbal noun with a pronoun ("أكد دعمه") is followed by a preposition
    or noun, never at once by أن."""
    tokens = ctx.tokens
    if pos >= end or normalize(lemma) in TELLING_VERBS | DEEMING_VERBS or act in ADDRESSEE_ACTS:
        return False
    norm = tokens.norm(pos)
    if tokens.is_punct(pos) or not norm.isalpha() or ctx.mentions.in_a_mention(pos) or ctx.cues.at(pos) is not None \
            or not norm.endswith(POSSESSIVE_SUFFIXES) or norm.startswith("ال") or tokens.text(pos)[:1] in "بلك" \
            or any(norm[:-len(s)] in tokens.words.complementizer | tokens.words.preposition
                   for s in POSSESSIVE_SUFFIXES if norm.endswith(s)) \
            or norm in tokens.words.complementizer or norm in tokens.words.preposition or norm in tokens.words.subject_pronoun:
        return False
    k = tokens.next(pos + 1, end)
    for _ in range(POSSESSED_ADJECTIVES):
        if k < end and tokens.norm(k).startswith("ال") and tokens.norm(k).isalpha() and ctx.cues.at(k) is None \
                and not ctx.mentions.in_a_mention(k):
            k = tokens.next(k + 1, end)
    # a bare أن/إن: "بأن" follows the object of a verb of describing ("ووصف مسيرته بأنها")
    return k < end and tokens.norm(k) in tokens.words.complementizer and not tokens.text(k).startswith("ب")


INDEFINITE_ACCUSATIVE = ("ا", "اً")   # "دولا", "دولاً": a plural in the accusative, the verb's object
FEMININE_PLURAL = "ات"                # "شركات", "نقابات": a plural of things or bodies takes a feminine verb
DEFINITE_OPENINGS = ("ال", "وال", "بال", "لل", "فال", "كال")
PARTITIVE = normalize("من")         # "منظمات من المجتمع المدني": some of a whole
SOUND_PLURALS = ("ات", "ون", "ين")   # "منظمات", "ناشطون", "ناشطين": plurals by their ending


def counted_crowd(ctx: Context, pos: int, end: int, feminine: bool) -> bool:
    """"كما أعلنت مصارف عدة أنها", "وأكدت نقابات كثيرة أن", "وانتقدت منظمات من المجتمع المدني": an indefinite plural
    right after the verb, closed by an adjective of number (function_words quantity_after) or by a partitive من
    before a definite noun, maybe past one adjective of its own, is the verb's
    own subject, an unnamed group; the last speaker does not go on. Not a
    noun in the indefinite accusative ("ودعا دولا عدة إلى": whom he called), nor a plural in -ات after a masculine
    verb (its object: such plurals take a feminine verb)."""
    tokens, words = ctx.tokens, ctx.tokens.words
    if pos >= end or not _indefinite_word(ctx, pos):
        return False
    text = tokens.text(pos)
    if text.endswith(INDEFINITE_ACCUSATIVE) or (tokens.norm(pos).endswith(FEMININE_PLURAL) and not feminine):
        return False
    k = tokens.next(pos + 1, end)
    if k < end and tokens.norm(k) not in words.quantity_after and _indefinite_word(ctx, k):
        k = tokens.next(k + 1, end)   # "أحزاب معارضة أخرى": one adjective of the noun's own first
    if k < end and tokens.norm(k) == PARTITIVE:
        # "وانتقدت منظمات من المجتمع المدني الحكومة": the whole a sound plural is drawn from, a definite noun after
        # من (not "انتقد استبعاد حكومته من المؤتمر": a singular noun and where from)
        nxt = tokens.next(k + 1, end)
        return tokens.norm(pos).endswith(SOUND_PLURALS) and nxt < end \
            and tokens.norm(nxt).startswith(DEFINITE_OPENINGS[0])
    return k < end and tokens.norm(k) in words.quantity_after


def _indefinite_word(ctx: Context, k: int) -> bool:
    """An Arabic word with no article, no pronoun suffix, in no mention, no cue, no function word, no word of time
    or of how many times ("مرات عدة": many times): a noun or adjective standing alone."""
    tokens = ctx.tokens
    norm = tokens.norm(k)
    return tokens.text(k).isalpha() and not norm.startswith(DEFINITE_OPENINGS) and not ctx.mentions.in_a_mention(k) \
        and not tokens.text(k).endswith(PRONOUN_SUFFIXES) and not is_time_word(ctx.doc[k]) \
        and ctx.cues.at(k) is None and norm not in QUANTIFIERS and norm not in STOP_WORDS \
        and norm not in ctx.tokens.words.frequency_noun
