"""The publication date of an article, when its first lines state one (a dateline).

Recognised: "2022-01-06", "06-يناير-2022", "6 يناير 2022", "6 كانون الثاني 2022", "06/01/2022" (day
first, as Arabic news writes it). Month names: the Egyptian/Gulf (يناير ...) and the Levantine
(كانون الثاني ...) series, the two in general use in Arabic news.
"""
from __future__ import annotations

import datetime as dt
import re

from ..text import normalize

MONTHS = {normalize(name): n for n, names in enumerate((
    ("يناير", "كانون الثاني"), ("فبراير", "شباط"), ("مارس", "آذار"), ("أبريل", "إبريل", "نيسان"),
    ("مايو", "أيار"), ("يونيو", "يونيه", "حزيران"), ("يوليو", "يوليه", "تموز"), ("أغسطس", "آب"),
    ("سبتمبر", "أيلول"), ("أكتوبر", "تشرين الأول"), ("نوفمبر", "تشرين الثاني"), ("ديسمبر", "كانون الأول")),
    start=1) for name in names}
_ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
_DIGITS = str.maketrans(_ARABIC_DIGITS, "0123456789")
_HAS_ARABIC_DIGITS = re.compile(f"[{_ARABIC_DIGITS}]")
_ANY_DIGIT = re.compile(r"\d")   # every pattern reads digits: a line without one is passed over at once
_MONTH_ALT = "|".join(sorted((re.escape(m) for m in MONTHS), key=len, reverse=True))
_PATTERNS = (
    (re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b"), ("y", "m", "d")),
    (re.compile(r"\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b"), ("d", "m", "y")),
    (re.compile(r"\b(\d{1,2})[\s\-/]+(" + _MONTH_ALT + r")[\s\-/]+(\d{4})\b"), ("d", "M", "y")),
)


def document_date(text: str, lines: int = 6) -> str | None:
    """ISO date (YYYY-MM-DD) from the article's first non-empty lines, or None."""
    head = [ln for ln in text.splitlines() if ln.strip()][:lines]
    for line in head:
        line = _western_digits(line)
        folded = normalize(line).replace(" ", " ")
        # normalize() turns "-" and "/" into spaces, so read the raw line for numeric forms too
        for candidate in (line, folded):
            if not _ANY_DIGIT.search(candidate):
                continue
            for pattern, order in _PATTERNS:
                m = pattern.search(candidate)
                if not m:
                    continue
                parts = dict(zip(order, m.groups()))
                try:
                    month = MONTHS[normalize(parts["M"])] if "M" in parts else int(parts["m"])
                    return dt.date(int(parts["y"]), month, int(parts["d"])).isoformat()
                except (KeyError, ValueError):
                    continue
    return None


def _western_digits(line: str) -> str:
    """The line with its Arabic-Indic digits written as 0-9."""
    # (a search is far quicker than a translation, which looks up every character, and most lines have none)
    return line.translate(_DIGITS) if _HAS_ARABIC_DIGITS.search(line) else line
