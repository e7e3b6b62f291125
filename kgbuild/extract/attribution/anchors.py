"""Which cues of a sentence anchor a statement: the cue reader's finds (cues.py), with verbal nouns that
carry their own agent (agent_nouns.py) and without the cues that tell no statement of their own.

Its own module so that imports run one way: agent_nouns reads on top of the cue reader, and this
reads on top of both."""
from __future__ import annotations

from spacy.tokens import Span

from ...text import normalize
from .agent_nouns import agent_in_construct, governed_agent_noun
from .cues import SPEECH_KINDS, Cue, CueReader


def statement_cues(cues: CueReader, sent: Span, quoted: list[bool]) -> list[Cue]:
    """The cues of a sentence that may anchor a statement, in text order: not inside a quote, not
    an entity's first word, not a via marker, no verb right after a preposition, no statement
    noun opening its line or in a sentence whose verb carries the statement."""
    tokens = cues.tokens
    start, end = sent.start, sent.end
    out = []
    for k in range(start, end):
        if quoted[k] or tokens.is_space(k) or k in cues.mentions.start_at:
            continue
        cue = cues.at(k) or cues.statement_reference(k, end) or governed_agent_noun(cues, k, end)
        if not cue or cue.kind == "via":
            continue
        if cue.kind != "noun" and tokens.after_preposition(k):
            continue  # "بناء على طلبها": after a preposition the cue is a noun
        p = tokens.prev(k, start)
        if p is not None and tokens.norm(p) in tokens.words.wording:
            continue  # "على حد تعبيرها": her wording, a noun
        if normalize(tokens.text(k)[cue.prefix:]) in tokens.words.statement_giving_verb \
                and any(cues.kind_at(q) in SPEECH_KINDS for q in range(k + 1, end)):
            continue  # "أدلى بتصريحات أكد فيها": the verb that says it carries the statement
        if cue.kind == "noun":
            if tokens.prev(k, start) is None:
                continue  # a noun cue opening its line is a heading ("دعوة فلان")
            if any(cues.kind_at(q) in SPEECH_KINDS for q in range(k + 1, end)) and not agent_in_construct(cues, cue, end):
                continue  # "في تصريحات لقناة X، أكد Y": the verb carries the statement
        out.append(cue)
    return out
