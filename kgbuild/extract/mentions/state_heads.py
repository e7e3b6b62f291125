"""A province or federal state named by its head noun and its name ("ولاية X") is a place, not a body.

ولاية heads both an organization's name (org_heads.tsv: a state's government) and a place's name
(function_words.tsv place_head: the head is no part of the place's name). News names the state far more
often as where things happen ("في ولاية X", "بولاية X") than as a body; a state that speaks is a Place
standing for its government, as a country is. So the body read off the head noun gives way: to the place
found in the words after the head where one covers them all, else it is retyped a Place itself."""
from __future__ import annotations

from spacy.tokens import Doc

from ... import lexicon
from .base import Candidate, skip_space, token_infos

# the heads whose name is the place's alone ("مدينة", "ولاية", "محافظة"), not the heads that are part of
# a site's name (مطار، قصر: place_head_kept)
STATE_LEVEL_HEADS = lexicon.function_words().place_head


def _headed_by_state_noun(doc: Doc, c: Candidate) -> bool:
    """The body found by a head-noun pattern opens with a place head noun (clitics aside) and has a name after it."""
    return c.source == "org" and c.type == "Organization" and skip_space(doc, c.i + 1) < c.j \
        and not token_infos(doc)[c.i].norms.isdisjoint(STATE_LEVEL_HEADS)


def states_named_by_their_head(doc: Doc, cands: list[Candidate]) -> list[Candidate]:
    """Drop the body read as "ولاية X" where a place candidate spans X exactly (the place finder's reading,
    which keeps the gazetteer's key and the bare name as a form); retype it a Place where none does
    ("بولاية عين X": a name whose first word is an ordinary word the place finder does not take)."""
    places = {(c.i, c.j) for c in cands if c.type == "Place"}
    out = []
    for c in cands:
        if _headed_by_state_noun(doc, c):
            if (skip_space(doc, c.i + 1), c.j) in places:
                continue
            c.type = "Place"
        out.append(c)
    return out
