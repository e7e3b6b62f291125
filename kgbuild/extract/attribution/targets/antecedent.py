"""The party a pronoun of what was said stands for, when the saying names it: "قال فلان عن الحكومة إنها ...",
"وصف فلان الحركة بأنها ..." (the one said about, between the cue and the complementizer's pronoun), and
"... معتبرا إياها ..." (the object named before the cue). The pronoun's gender and number pick the party."""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from .... import lexicon
from ....text import clitic_variants
from ...mentions import Candidate
from ...stance.settings import locative
from ..context import Context
from .opening import content_opening
from .read_off import country_of
from .titled_names import in_a_title

ANTECEDENT = "pronoun's antecedent"   # the source of a target read off a pronoun that stands for a party named
ABOUT_WORDS = 12   # the longest stretch between the mention of the one said about and its complementizer
TITLE_WORDS = 3   # words of a title without a name of its own between عن and the name ("عن نظيره الإيراني")
OBJECT_REACH = 25  # tokens back from "إياها" within which the party it stands for is named

# the suffixed pronoun of the third person -> the mention types it may stand for: "ه" a person or a body
# ("الاتحاد"), "ها" a state, place or body ("الحكومة"), "هم"/"هما" a group or a body of persons ("الحوثيون")
AGREES = {"ه": ("Person", "Organization"), "ها": ("Place", "Organization"),
          "هم": ("Group", "Organization"), "هما": ("Group", "Organization", "Place", "Person")}
SUFFIXES = tuple(sorted(AGREES, key=len, reverse=True))   # the pronouns, longest first: "هما" read before "ها"


@lru_cache(maxsize=131072)   # asked of the word before every content and more: kept per word
def pronoun_of(word: str, stems: frozenset[str]) -> str | None:
    """The third-person pronoun suffixed to `word` when the word less it is one of `stems` ("إنها" -> "ها"
    for the stem "إن"); None otherwise."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and word[:-len(suffix)] in stems:
            return suffix
    return None


FEMININE_END = "ة"   # a body named with a head noun that ends in it is feminine: "ها" stands for it, not "ه" ("إدارة", "حركة")


def _agrees(c: Candidate, pronoun: str) -> bool:
    """Can the pronoun stand for mention c: its type, and for "ه" a body with a masculine head noun?"""
    words = c.form.split()   # (a name of one word is no head noun: "برشلونة" may be "the team")
    feminine = len(words) > 1 and words[0].endswith(FEMININE_END)
    return c.type in AGREES[pronoun] and not (pronoun == "ه" and c.type == "Organization" and feminine)


def said_about(ctx: Context, c_start: int, exclude: set[str]) -> Candidate | None:
    """"قال فلان عن الحكومة إنها فشلت", "ووصف فلان الحركة بأنها ...": the content opens after a complementizer
    whose pronoun stands for the party named right before it, after "عن" or as the cue's object (right after
    the speaker's name or the cue). That party is what was said about: the pronoun, as its mention."""
    tokens, words, mentions = ctx.tokens, ctx.tokens.words, ctx.mentions
    p = tokens.prev(c_start)
    if p is None:
        return None
    pronoun = pronoun_of(tokens.norm(p), words.pronoun_host)
    if pronoun is None:
        return None
    named = mentions.end_at.get(q) if (q := tokens.prev(p)) is not None else None
    if named is None or not _agrees(named, pronoun) or (key := mentions.key(named)) is None or key in exclude:
        return None
    before = tokens.prev(named.title_i if named.title_i is not None and named.title_i < named.i else named.i)
    if before is None:
        return None
    # the cue's object: right after the cue or the speaker's name ("ووصف فلان الحركة بأنها")
    slot = ctx.cues.at(before) is not None or (mentions.end_at.get(before) is not None
                                               and mentions.key(mentions.end_at[before]) in exclude)
    # "عن X", "عن نظيره الإيراني X": a few words of its title may stand between
    k = before
    for _ in range(TITLE_WORDS + 1):
        if slot or k is None or tokens.is_punct(k) or mentions.in_a_mention(k):
            break
        slot = any(stem in words.about_preposition for clitic, stem in clitic_variants(tokens.norm(k))
                   if clitic in ("", "و"))
        k = tokens.prev(k)
    if not slot:
        return None
    return _at_pronoun(ctx, p, named.type, key)


def object_pronoun(ctx: Context, c_start: int, c_end: int, exclude: set[str],
                   where: Callable[[Candidate], bool] = lambda c: True) -> Candidate | None:
    """"اعتبر فلان إيران خطرا، معتبرا إياها ...": a content that opens with "إياه/إياها/إياهم" is about the
    last party named before it in the sentence that the pronoun agrees with (not the speaker) and that passes
    `where`; not a place named as where something happens ("يعيش في بلد X"): the one charged or called on is a party."""
    tokens, words = ctx.tokens, ctx.tokens.words
    k = tokens.next(c_start, c_end)
    if k >= c_end:
        return None
    pronoun = pronoun_of(tokens.norm(k), words.object_pronoun_host)
    if pronoun is None:
        return None
    sent = ctx.tokens.sentence(k).start
    # nor a body named in a person's title ("رحب الأمين العام للمنظمة X بالاتفاق، واصفا إياه ..."): it says whose
    # office he holds, the pronoun goes on about what he judged (titled_names)
    party = lambda c: where(c) and not locative(ctx.doc, c, sent) and not in_a_title(ctx, c)
    return _state_of_capital(ctx, _last_agreeing(ctx, k, pronoun, exclude, where=party), exclude)


def _state_of_capital(ctx: Context, c: Candidate | None, exclude: set[str]) -> Candidate | None:
    """"قطعت علاقاتها مع العاصمة X، متهمة إياها بكذا": a capital taken up by "إياها" is the state it stands for,
    which is what is charged or called on, when the text names that state (and it is not the speaker's own)."""
    state = country_of(ctx, c.key) if c is not None else None
    if c is None or state is None or state == c.key or state in exclude:
        return c
    return Candidate(c.i, c.j, c.start, c.end, c.form, c.type, c.source, key=state)


def cue_object(ctx: Context, c_start: int, exclude: set[str]) -> Candidate | None:
    """"، واتهمه بالسعي إلى ...", "، ووصفها بأنها ...": a cue verb with its object pronoun right before what was
    said (its complementizer between or not) is said of the last party named before it that the pronoun
    agrees with (not the speaker): that party is a target, its mention the verb."""
    tokens = ctx.tokens
    k = tokens.prev(c_start)
    if k is not None and tokens.norm(k) in tokens.words.complementizer:
        k = tokens.prev(k)
    cue = ctx.cues.at(k) if k is not None else None
    if cue is None:
        return None
    pronoun = _object_suffix(tokens.norm(k)[cue.prefix:])
    if pronoun is None:
        return None
    # the one a cue verb addresses or charges is a party, not a place named as where something happens;
    # after an earlier cue of the sentence it is the first cue's first object ("حذرت X من عواقب إذا رفضت نشر قوات في
    # إقليم Y أمام Z، ودعتها إلى ...": "ها" is X, not Y nor Z)
    sent = ctx.tokens.sentence(k).start
    party = lambda c: not locative(ctx.doc, c, sent)
    for j in range(max(sent, k - ANTECEDENT_REACH), k):   # the sentence's first cue whose object can be meant
        if ctx.cues.at(j) is not None and (first := _first_agreeing(ctx, k, pronoun, exclude, j + 1, party)) is not None:
            return _state_of_capital(ctx, first, exclude)
    return _state_of_capital(ctx, _last_agreeing(ctx, k, pronoun, exclude, where=party), exclude)


def _first_agreeing(ctx: Context, k: int, pronoun: str, exclude: set[str], start: int,
                    where: Callable[[Candidate], bool]) -> Candidate | None:
    """The pronoun at token k as a mention of the first party named from `start` on, before k, that it agrees
    with, that is not excluded (the speaker) and that passes `where`."""
    mentions = ctx.mentions
    for c in sorted((c for c in mentions.cands if start <= c.i and c.j <= k), key=lambda c: c.i):
        key = mentions.key(c)
        if key is not None and key not in exclude and _agrees(c, pronoun) and where(c):
            return _at_pronoun(ctx, k, c.type, key)
    return None


def _last_agreeing(ctx: Context, k: int, pronoun: str, exclude: set[str], start: int | None = None,
                   stop: int | None = None, where: Callable[[Candidate], bool] = lambda c: True) -> Candidate | None:
    """The pronoun at token k as a mention of the last party named between `start` and `stop` (by default in
    k's sentence, within OBJECT_REACH tokens before k) that it agrees with and that is not excluded (the
    speaker)."""
    mentions = ctx.mentions
    start = max(ctx.tokens.sentence(k).start, k - OBJECT_REACH) if start is None else start
    stop = k if stop is None else stop
    for c in sorted((c for c in mentions.cands if start <= c.i and c.j <= stop), key=lambda c: -c.i):
        key = mentions.key(c)
        if key is not None and key not in exclude and _agrees(c, pronoun) and where(c):
            return _at_pronoun(ctx, k, c.type, key)
    return None


def _at_pronoun(ctx: Context, k: int, type_: str, key: str) -> Candidate:
    """A mention of the party `key` at the pronoun token k."""
    tok = ctx.doc[k]
    return Candidate(k, k + 1, tok.idx, tok.idx + len(tok.text), tok.text, type_, ANTECEDENT, key=key)


@lru_cache(maxsize=131072)   # kept per word, as pronoun_of
def _object_suffix(word: str) -> str | None:
    """The object pronoun of a verb of saying ("اتهمه" -> "ه", "وصفها" -> "ها"): the word less it is a cue verb."""
    cues = lexicon.cues()
    for suffix in SUFFIXES:
        stem = word[:-len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and (entry := cues.get(stem)) is not None and entry.kind == "verb":
            return suffix
    return None


FEMININE_VERB_ENDS = ("ت", "ة")   # "قالت", "مؤكدة": a feminine subject; a man says "قال", "مؤكدا"
NOT_A_MAN = ("ها", "هم")            # pronouns that cannot stand for a man who speaks of himself
CUE_REACH = 12                      # tokens back from the complementizer to the cue it follows
ANTECEDENT_REACH = 60               # tokens back from the cue in which the party the pronoun stands for is named


def not_the_speaker(ctx: Context, c_start: int, speakers: list[str], exclude: set[str]) -> Candidate | None:
    """"هاجمت المعارضة الحكومة. وقال زعيمها فلان إنها فشلت": a man says "إنها"/"إنهم" of another party, not of
    himself (a masculine cue, a person as the only speaker); the party is the last one named before the cue
    that the pronoun agrees with, in its sentence or the one before."""
    tokens = ctx.tokens
    p = tokens.prev(c_start)
    pronoun = pronoun_of(tokens.norm(p), tokens.words.pronoun_host) if p is not None else None
    return _of_another_party(ctx, p, pronoun, speakers, exclude) if p is not None else None


def possessor_not_the_speaker(ctx: Context, c_start: int, c_end: int, speakers: list[str],
                              exclude: set[str]) -> Candidate | None:
    """"وتحدث فلان عن المعارضة، لافتا إلى أن قدرتها محدودة": the subject that opens what a man says carries a
    possessive "ها"/"هم" that cannot be his own; it stands for the last party named before the cue that it agrees
    with, as "إنها" does."""
    tokens = ctx.tokens
    k = content_opening(ctx, c_start, c_end)
    if k >= c_end:
        return None
    word = tokens.norm(k)
    pronoun = next((s for s in NOT_A_MAN if word.endswith(s) and len(word) - len(s) >= POSSESSED_STEM), None)
    if pronoun is None or word.startswith(DEFINITE) or word[:-len(pronoun)] in \
            tokens.words.pronoun_host | tokens.words.object_pronoun_host:
        return None   # (a definite noun carries no possessive; "إنها", "إياها" are no subject's)
    # (the party may be named in what he said first: "رأى فلان أن X تواجه اختبارا، موضحا أن صمتها ...")
    return _of_another_party(ctx, k, pronoun, speakers, exclude, up_to_pronoun=True)


POSSESSED_STEM = 3   # letters of the least noun a possessive is suffixed to ("صمت" + "ها")
DEFINITE = "ال"


def _of_another_party(ctx: Context, p: int, pronoun: str | None, speakers: list[str],
                      exclude: set[str], up_to_pronoun: bool = False) -> Candidate | None:
    """The pronoun at token p as a mention of the party it stands for, when a man says it (a masculine cue, a
    person as the only speaker) and it cannot be himself: the last party named before the cue that it agrees with,
    in its sentence or the one before (or, `up_to_pronoun`, the last one named before the pronoun)."""
    tokens, mentions = ctx.tokens, ctx.mentions
    if len(speakers) != 1 or mentions.type_of(speakers[0]) != "Person" or pronoun not in NOT_A_MAN:
        return None
    cue = _cue_of(ctx, p, speakers[0])
    if cue is None or tokens.norm(cue).endswith(FEMININE_VERB_ENDS):
        return None
    sent = ctx.tokens.sentence(cue)
    before = ctx.tokens.sentence(sent.start - 1).start if sent.start > 0 else sent.start
    return _last_agreeing(ctx, p, pronoun, exclude, start=max(before, cue - ANTECEDENT_REACH),
                          stop=p if up_to_pronoun else cue)


def _cue_of(ctx: Context, p: int, speaker: str) -> int | None:
    """The cue whose content the complementizer at p opens: the one before the speaker's name when it is named
    in the sentence ("وأوضحت رئيسة الوفد فلانة في خطاب ألقته ... أنهم"), or after it ("فلان قال إنها"); else
    the last cue before p; a later verb of the speaker's between the name and p wins over the one before it."""
    mentions = ctx.mentions
    sent_start = ctx.tokens.sentence(p).start
    named = next((c for c in sorted(mentions.cands, key=lambda c: -c.i)
                  if sent_start <= c.i and c.j <= p and mentions.key(c) == speaker), None)
    if named is not None:
        # "وأكد فلان تمسكه بالخطة وقال إنها ...": a second verb of his joined by و after his name, nearer the
        # complementizer, is the one whose content it opens; a party named after the first verb may be what the
        # pronoun means. (Not a participle, "أشاد بالحملة ...، معتبرا أنها": it goes on about the first verb's
        # object, which is most often a thing, not a party named inside it.)
        later = next((k for k in range(p - 1, max(named.j - 1, p - CUE_REACH), -1) if _verb_cue(ctx, k)), None)
        if later is not None and _joined_verb(ctx, later):
            return later
        first = named.title_i if named.title_i is not None and named.title_i < named.i else named.i
        before = next((k for k in range(first - 1, max(sent_start - 1, first - CUE_REACH), -1)
                       if _verb_cue(ctx, k)), None)
        if before is not None:
            return before
        return next((k for k in range(named.j, p) if _verb_cue(ctx, k)), None)
    return next((k for k in range(p - 1, max(sent_start - 1, p - CUE_REACH), -1) if _verb_cue(ctx, k)), None)


def _joined_verb(ctx: Context, k: int) -> bool:
    """Is the cue at token k a verb glued to و ("وقال", "وأضاف"), a second verb of the same subject?"""
    cue = ctx.cues.at(k)
    return cue is not None and cue.kind == "verb" and cue.prefix > 0 and ctx.tokens.norm(k)[:1] == "و"


def _verb_cue(ctx: Context, k: int) -> bool:
    """Is token k a cue that is a verb or participle (a statement noun, "تصريحات", has no gender of the speaker)?"""
    cue = ctx.cues.at(k)
    return cue is not None and cue.kind != "noun"
