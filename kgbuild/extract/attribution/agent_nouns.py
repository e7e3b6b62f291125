"""Verbal nouns with their agent: "إعلان الحكومة أن", "بدعوة الأمين العام إلى".

A statement noun in construct with a named agent, what was said right after the agent, is that
agent's own statement. This module finds such agents (the speakers of noun cues), not cues: the
cue reader (cues.reader) finds the nouns, and anchors.py asks here whether one carries its own speaker.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ... import lexicon
from ...text import normalize
from ..words import PRONOUN_SUFFIXES
from .cues import SPEECH_KINDS, Cue
from .cues.reader import ABOUT, CueReader
from .cursor import SENTENCE_ENDS

# acts whose verbal noun has its agent for genitive ("إعلان الحكومة أن", "دعوة الرئيس إلى"); a noun of
# condemning, accusing, warning or congratulating has as often the one it is aimed at ("إدانة إسرائيل")
AGENT_GENITIVE_ACTS = frozenset({"say", "announce", "call", "request", "deny", "welcome"})
# ... of them, those whose noun has as often for genitive a group it is aimed at ("دعوة المواطنين إلى": calling them)
OBJECT_GENITIVE_ACTS = frozenset({"call", "request", "welcome"})
# ... of them, those whose noun takes what was said as its direct object ("إعلان الرئيس استقالته", "نفي
# الوزارة وجود"): read so only where the noun is governed (after a preposition), where no verb can follow its agent
OBJECT_TAKING_ACTS = frozenset({"announce", "deny"})
AGENT_ADJECTIVES = 2    # definite adjectives after the agent's name, before what was said: "الحزب الشيوعي الحاكم"
MEDIUM_WORDS = 12       # tokens of the medium a verbal noun's statement was made on, before what was said
DEFINITE = "ال"
ARABIC_LETTERS = re.compile("[\u0621-\u064a]+")
GOVERNING_CLITICS = ("وب", "ول", "فب", "ب", "ل")   # a preposition (after و or ف) glued before such a noun: "بدعوة"


def agent_in_construct(cues: CueReader, cue: Cue, end: int) -> bool:
    """"ردت الحكومة على إعراب وزارة الخارجية الصينية عن قلقها", "بعد دعوة الرئيس فلان إلى الحوار": a
    verbal noun of saying in construct with its named agent, what was said right after the agent (عن،
    إلى، على، أن): a statement of the agent's own, even inside the object of another's verb. Not a
    noun of condemning, accusing or warning, whose genitive is as often the one it is aimed at
    ("إدانة إسرائيل على"), nor one with an owner's pronoun ("دعوته إلى": the owner named before); a group
    is the agent of saying, announcing or denying only ("إعلان السلطات أن")."""
    tokens, mentions = cues.tokens, cues.mentions
    k = cue.i
    if cue.kind != "noun" or cue.entry.act not in AGENT_GENITIVE_ACTS or tokens.text(k).endswith(PRONOUN_SUFFIXES):
        return False
    p = tokens.prev(k)
    if p is not None and cues.kind_at(p) in SPEECH_KINDS:
        return False  # "وقال بيان المنظمة إن": the noun is the verb's subject, its author speaks through the verb
    if cues.after_masdar_governor(k):
        return False  # "لعدم دعوة فلان إلى القمة": not inviting him, he is its object
    if _medium_of_verb_before(cues, k):
        return False  # "وحث النادي في رسالة مشجعيه على": the statement the verb was made in, its object after it
    nxt = tokens.next(k + 1, end)
    agent = (mentions.start_at.get(nxt) or mentions.titled.get(nxt)) if nxt < end else None
    if agent is None or (agent.type == "Group" and cue.entry.act in OBJECT_GENITIVE_ACTS) or tokens.governed(agent) \
            or mentions.is_agency(mentions.key(agent)):
        return False
    after = _past_adjectives(cues, tokens.next(agent.j, end), end)
    if after < end and tokens.norm(after) in tokens.words.medium_preposition \
            and not tokens.norm(after) in tokens.words.object_complement:
        # "دعوة فلان عبر إذاعة «X» القريبة منه إلى": the medium it was made on, then what was said
        after = _past_medium(cues, after, end)
    if after < end and cue.entry.act in OBJECT_TAKING_ACTS and _governed_noun(cues, cue) and direct_object(cues, after):
        return True   # "عقب دقائق من إعلان الوزير فلان استقالته": what was announced, the noun's object
    return after < end and (tokens.norm(after) in tokens.words.complementizer or tokens.norm(after) == normalize(ABOUT)
                            or tokens.norm(after) in tokens.words.object_complement)


IN = normalize("في")
MEDIUM_REACH = 12   # tokens back from "في <noun>" to the verb of saying whose statement the noun is the medium of


def _medium_of_verb_before(cues: CueReader, k: int) -> bool:
    """"ناشدت الهيئة (X) في رسالة العمال أن", "فحث في تغريدة مؤيديه على": a statement noun after في with a
    verb of saying before it in its clause (no comma, quote nor sentence end between) is the medium that
    verb's statement was made in; the word after the noun is the verb's object, no agent of the noun. Not
    after a verb of what a text holds ("وجاء في بيان الحكومة أن": the government is the author)."""
    tokens = cues.tokens
    p = tokens.prev(k)
    if p is None or tokens.norm(p) != IN:
        return False
    for q in range(p - 1, max(-1, p - MEDIUM_REACH), -1):
        if tokens.is_comma(q) or tokens.is_quote(q) or tokens.text(q) in SENTENCE_ENDS:
            return False
        cue = cues.at(q)
        if cue is not None:
            form = normalize(tokens.text(q)[cue.prefix:])
            return cue.kind in SPEECH_KINDS \
                and form not in tokens.words.in_text_verb and normalize(cue.lemma) not in tokens.words.in_text_verb
    return False


def _past_adjectives(cues: CueReader, k: int, end: int) -> int:
    """The first word at or after k past up to AGENT_ADJECTIVES definite words that are no name nor cue
    ("إعلان الحزب الوطني الحاكم أنه": an adjective of the agent the name leaves out)."""
    tokens, mentions, words = cues.tokens, cues.mentions, cues.tokens.words
    for _ in range(AGENT_ADJECTIVES):
        norm = tokens.norm(k) if k < end else ""
        if not norm.startswith(DEFINITE) or norm in words.preposition or norm in words.object_complement \
                or norm in words.relative or k in mentions.start_at or cues.at(k) is not None or tokens.is_punct(k):
            return k   # not "إلى", "الذي": words of what follows the agent, spelled with the article's letters
        k = tokens.next(k + 1, end)
    return k


def _governed_noun(cues: CueReader, cue: Cue) -> bool:
    """Is the verbal noun governed: a preposition or time adverb before it ("بعد ساعات من إعلان", "غداة
    إعلان"), or glued on it ("بإعلان")? Then it cannot be a clause's subject with a verb after its agent."""
    tokens = cues.tokens
    p = tokens.prev(cue.i)
    return tokens.after_preposition(cue.i) or (p is not None and tokens.norm(p) in tokens.words.time_head) \
        or governed_noun(tokens.text(cue.i)) is not None


def direct_object(cues: CueReader, k: int) -> bool:
    """Can the word at k open a verbal noun's direct object, what was announced ("استقالته", "تقليص", "وفاة"): an
    indefinite Arabic word (a definite one is an adjective of the agent), no function word, name, number or cue."""
    tokens, words = cues.tokens, cues.tokens.words
    norm = tokens.norm(k)
    return len(norm) >= 2 and ARABIC_LETTERS.fullmatch(norm) is not None and not norm.startswith(DEFINITE) \
        and norm not in words.preposition and norm not in words.complementizer and norm not in words.adjunct \
        and norm not in words.number and k not in cues.mentions.start_at and cues.at(k) is None \
        and not tokens.is_punct(k)


def _past_medium(cues: CueReader, k: int, end: int) -> int:
    """The first word after a short phrase of the medium opened at k ("عبر إذاعة «X» القريبة منه") that
    opens what was said (أن، عن، إلى، على), or `end` when none comes before a comma, a clause end or a cue."""
    tokens = cues.tokens
    for q in range(k + 1, min(end, k + MEDIUM_WORDS)):
        norm = tokens.norm(q)
        if norm in tokens.words.complementizer or norm == normalize(ABOUT) or norm in tokens.words.object_complement:
            return q
        if tokens.is_comma(q) or tokens.text(q) in SENTENCE_ENDS or cues.kind_at(q) in SPEECH_KINDS:
            return end
    return end


def governed_agent_noun(cues: CueReader, k: int, end: int) -> Cue | None:
    """"ورحبت مصر بدعوة الأمين العام فلان إلى وقف القتال": a verbal noun after a glued preposition (بـ، لـ),
    in construct with its agent (agent_in_construct)."""
    found = governed_noun(cues.tokens.text(k))
    if found is None:
        return None
    cue = Cue(k, found[0], found[1])
    return cue if agent_in_construct(cues, cue, end) else None


@lru_cache(maxsize=131072)
def governed_noun(tok: str) -> tuple[int, lexicon.Cue] | None:
    """(length of the preposition, lexicon entry) of a statement noun with بـ or لـ glued before it
    ("بدعوة"); asked at every word, and a function of the text alone (the cue lexicon is read once)."""
    cues = lexicon.cues()
    for clitic in GOVERNING_CLITICS:
        if tok.startswith(clitic) and len(tok) - len(clitic) >= 3:
            entry = cues.get(normalize(tok[len(clitic):]))
            if entry is not None and entry.kind == "noun":
                return len(clitic), entry
    return None
