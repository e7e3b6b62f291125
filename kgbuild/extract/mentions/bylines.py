"""The reporter's byline under the headline: "CITY – Name Surname", "CITY - «Paper» من مراسلها Name Surname".

A line of its own near the top that opens with the city the report is filed from, a dash, maybe the paper's name
in quotation marks and "من (مراسلها)", and then two to four words, names the one who wrote the report. The writer
is no person of the story: the name finders (a known given name, the NER) read the line as any other, and the
writer became an entity of the article, a speaker's target or a referent. A person named there is dropped; the
same name found in the body stays (each mention is judged where it stands).
"""
from __future__ import annotations

import re

from .base import Candidate

_WORD = r"(?:[^\W\d_]|[\u064B-\u0652])+"   # letters, and the short vowels and shadda a writer may put on them ("عمّان")
_PLACE = rf"{_WORD}(?:\s+{_WORD})?"
# the city (or two, "دمشق، بيروت"), the dash, the paper's name in quotes, "من" and the correspondent's noun, the
# name, and nothing after it on the line
_BYLINE = re.compile(rf"[ \t]*{_PLACE}(?:\s*[،,/]\s*{_PLACE}){{0,2}}\s*[-–—]\s*(?:«[^»\n]{{1,40}}»\s*)?"
                     rf"(?:و?من\s+)?(?:مراسل{_WORD}\s+)?(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,3}})[ \t]*$")
BYLINE_LINES = 3   # the lines that are not empty from the text's start among which the byline stands (headline, byline)


def byline_name_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the names in a byline among the first BYLINE_LINES lines that are not empty."""
    spans = []
    pos, lines = 0, 0
    while pos < len(text) and lines < BYLINE_LINES:
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            lines += 1
            if (m := _BYLINE.fullmatch(text, pos, end)) is not None:
                spans.append(m.span("name"))
        pos = end + 1
    return spans


def without_byline_people(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """The chosen mentions but the persons named in a byline (they wrote the report)."""
    spans = byline_name_spans(text)
    if not spans:
        return chosen
    return [c for c in chosen if not (c.type == "Person" and any(c.start < e and s < c.end for s, e in spans))]
