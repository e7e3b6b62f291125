"""Candidate entity mentions in a Doc, from several general sources, then one non-overlapping set.

Sources, most trusted first: the gazetteer of known entities (lexicon), titles that introduce a
person's name ("وزير الخارجية البرازيلي جواو سيلفا"), organization heads with their genitive
chain ("وزارة الخارجية الكندية"), place heads ("منطقة القصيم"), unnamed collective actors
(groups), persons named by a known given name or after a nationality adjective (people), and the
statistical NER. A name found once is then found again wherever it recurs.

Modules: base, names (with name_words), gazetteer, groups (with group_forms, peoples, not_groups, sources, spans), slots (with
foreign_endings), one_of, coordinated,
slot_names, bodies (with foreign_names, latin_names, dual_bodies, portfolios, possessed_party_names, adjective_parties, counted_names), outlets (with clubs), places,
titles, people, possessed_roles (a name after a role noun with a possessive: "مرشحها فلان"), ner, selection (with quoted_adjectives: no one-word person of an adjective in a quotation), hyphenated (names in pieces at a tight hyphen), related_appositions (a relation noun in an aside, "، رفيق فلان", no given name), quoted_guesses (a one-word NER guess seen only in quotations, no name), unread_subjects (a one-word speaker guess of the speech slot the NER leaves untagged, no name), amma_topics (the name closing the topic of أما before the فـ of its answer), acronym_pieces (a known or guessed acronym inside a longer spelled one, no body), adjective_guesses (an NER body guess that is the adjective of the definite noun before it, no body); ner_name_tails (the family name a word test left off a title holder's name, where the NER reads the name on); bylines (the reporter named under the headline, no person of the story); holders, unnamed_bodies and titled_bodies (referents no name gives, kept when they
speak)."""
from __future__ import annotations

from .base import NAME_INTRODUCERS, PLACE_HEADS, RANK, TITLE_MODIFIERS, Candidate, headed_by, known_forms, match_title, nisba_country
from .gazetteer import gazetteer_candidates
from .groups import group_candidates
from .not_groups import is_number
from .slots import apposed_name_candidates, appositive_at, kana_qad_candidates, subject_slot_candidates
from .slot_names import slot_name_candidates
from .bodies import org_candidates
from .outlets import outlet_candidates
from .places import (bare_heads_as_places, names_a_place_of_the_article, place_head_candidates, point_back_to_places,
                     side_candidates, states_named_by_their_kind)
from .titles import led_by_candidates, title_candidates
from .people import given_name_candidates, nationality_candidates
from .ner import ner_candidates
from .selection import family_name, propagate, select

__all__ = [
    "NAME_INTRODUCERS",
    "PLACE_HEADS",
    "RANK",
    "TITLE_MODIFIERS",
    "apposed_name_candidates",
    "bare_heads_as_places",
    "appositive_at",
    "Candidate",
    "family_name",
    "gazetteer_candidates",
    "given_name_candidates",
    "headed_by",
    "known_forms",
    "group_candidates",
    "is_number",
    "kana_qad_candidates",
    "led_by_candidates",
    "match_title",
    "nationality_candidates",
    "ner_candidates",
    "nisba_country",
    "org_candidates",
    "outlet_candidates",
    "names_a_place_of_the_article",
    "place_head_candidates",
    "point_back_to_places",
    "propagate",
    "select",
    "side_candidates",
    "states_named_by_their_kind",
    "slot_name_candidates",
    "subject_slot_candidates",
    "title_candidates",
]
