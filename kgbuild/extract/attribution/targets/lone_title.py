"""Whom a lone title ("الرئيس", "الملك": function_words lone_title) in what was said names when the article gave it
to several persons before: the one the article names most, the story's own holder of the office, not the last one
given it ("زار الرئيس X البلاد ... وقال محلل إن الرئيس أخطأ": the visiting president, named once, is not the one
meant)."""
from __future__ import annotations

from collections import Counter


def most_named_holder(holders: list[tuple[str, int]], named: Counter[str],
                      own: set[str] = frozenset()) -> tuple[str | None, int]:
    """Of the (key, token) mentions of the title's holders in text order, the one holder of the speaker's own side
    (`own`: "الرئيس" in what his office or government says is theirs), else the holder the article names most often
    (`named`: key -> its mentions), on a tie the one given the title last (as with one holder); and where that
    holder was last given the title. (None, -1) when there is none."""
    if not holders:
        return None, -1
    last = {key: at for key, at in holders}
    if len(own) == 1:
        key = next(iter(own))
        return key, last[key]
    key = max(last, key=lambda k: (named[k], last[k]))
    return key, last[key]
