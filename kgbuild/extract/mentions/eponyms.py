"""Universities, institutes and research centres named after a person: the indefinite head noun in construct
with the person's name ("جامعة <رئيس راحل>", "جامعة الإمام <فلان>", "مركز <أمير> للفضاء"). The name-finders
read such a name as the person alone, and the foreign-name reading of the head (foreign_names) stops at any
name the lexicon knows; here the person is part of the body's name."""
from __future__ import annotations

from spacy.tokens import Doc

from .base import known_entity_at, match_title, skip_space
from .names import name_end


def eponym_end(doc: Doc, k: int) -> int:
    """End of the name of the person an institution is named after, right after its indefinite head (k is the
    word after the head): a person the lexicon knows, or a title and the name it introduces ("الإمام فلان",
    "القاضي فلان"); k when no person's name stands there."""
    if k >= len(doc) or skip_space(doc, k) != k:
        return k
    known = known_entity_at(doc, k, ("Person",))
    if known is not None:
        return known[0]
    title = match_title(doc, k)
    if title is not None and (start := skip_space(doc, title[0])) < len(doc) and (end := name_end(doc, start)) > start:
        return end
    return k
