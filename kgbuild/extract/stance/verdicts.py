"""The verdict of a verb of describing or deeming ("وصف X بأنه ...", "اعتبر أن X ..."): a speaker who is reported
to describe or deem a party gives a judgement of it by the act itself, whatever words it is put in. When no word of
the content reads either way (an image, a likening, a label the tables do not hold: "وصفه بأنه زلزال"), the
verdict leans to blame: in news a description reported as such is mostly a charge (a reproach, a label pinned on a
party), praise being said with words of praise the tables know."""
from __future__ import annotations

from collections.abc import Set


def unread_verdict(stances: dict[str, str], overall: str, spared: Set[str]) -> tuple[dict[str, str], str]:
    """The stances and overall stance of a deeming verb's statement: unchanged when any is read (not neutral);
    else negative towards each target but the speaker's own side (`spared`), and overall."""
    if overall != "neutral" or any(s != "neutral" for s in stances.values()):
        return stances, overall
    judged = {key: (s if key in spared else "negative") for key, s in stances.items()}
    return judged, "negative"
