"""A board named by the bare class noun of the body it runs ("مجلس إدارة الشركة", "مجلس أمناء المؤسسة"): the board
of a company, club or foundation the text named before, part of that body and no body of its own. News names such a
board in a title ("رئيس مجلس إدارة الشركة فلان"), and what it decides is the body's."""
from __future__ import annotations

from ... import lexicon
from ...text import normalize

BOARDS = lexicon.function_words().board_of_directors
UNNAMED_BODIES = lexicon.function_words().unnamed_body


def board_of_a_body_named_before(form: str) -> bool:
    """Is the name a board's head ("مجلس إدارة") and one definite class noun of bodies after it, nothing else?"""
    words = normalize(form).split()
    return len(words) == 3 and " ".join(words[:2]) in BOARDS and words[2] in UNNAMED_BODIES
