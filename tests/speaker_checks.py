"""The check the speaker case tables share: which entity speaks at a cue of a handmade text."""
from __future__ import annotations

from kgbuild.text import normalize


def speakers_at_cue(nlp, text: str, cue: str) -> dict[str, set[str]]:
    """The speakers of the statements whose cue is the last `cue` in `text`, each with its normalized forms."""
    from kgbuild.extract.document import extract_document
    rec = extract_document(nlp, "t.txt", text)
    at = text.rindex(cue)
    return {st.speaker: {normalize(f) for f in rec.entities[st.speaker].forms | {rec.entities[st.speaker].label}}
            for st in rec.statements if at <= st.cue_span[0] < at + len(cue)}


def assert_speaker_at_cue(nlp, text: str, cue: str, speaker: str | None, not_speaker: str) -> None:
    """The statements whose cue is the last `cue` in `text` have `speaker` among their speaker's forms
    (none at all when `speaker` is None) and never `not_speaker`."""
    forms = list(speakers_at_cue(nlp, text, cue).values())
    assert all(normalize(not_speaker) not in have for have in forms), forms
    if speaker is None:
        assert forms == []
    else:
        assert any(normalize(speaker) in have for have in forms), forms
