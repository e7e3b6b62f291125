"""Who speaks: the speaker searches as named strategies in one ordered list; the first that names
the speakers wins.

Each strategy looks at the cue in its sentence and answers with the speakers it found, or with
UNNAMED (the verb has a subject the text does not name: "وأشاد السفير الأمريكي"; the previous
speaker is then not inherited), or with GROUP_OBJECT (the subject slot of a second verb holds its
object: no other subject is sought, the previous speaker may continue), or with None (no opinion).

Modules: base, slot (the subject slot after a verb, with slot_words, named_subjects, title_subjects, unnamed_sources and
honorifics), relay, before (a subject before its verb), relative (relative clauses and appositions),
authors (of statement nouns, references, documents), fronted (the topic after أما), agreeing_subject (a participle
that disagrees with the last speaker), resumptive (a participle after "وهو ما نفاه فلان"), carry, earlier (a pronoun subject past the carry's reach), owner (of a statement noun with a pronoun), after,
dual, headline_short (a headline subject written short, the report naming it in full), strategies; fronted also reads the named head of an "as for" topic after its verb."""
from __future__ import annotations

from .base import GROUP_OBJECT, UNNAMED, Query, Seen, Speakers, Strategy
from .slot import subjects_after
from .named_subjects import named_later
from .relay import on_the_tongue_of, relayed_speech, source_after_relay
from .before import subject_before, subject_before_comma, subject_of_kana
from .relative import antecedent_of_relative, subject_with_relative_clause
from .authors import author_of_noun, author_of_noun_before, author_of_reference, said_during_it, said_in_it
from .carry import plural_antecedent, previous_speaker, subject_of_its_own
from .earlier import earlier_speaker
from .owner import owner_of_noun
from .after import subject_after
from .dual import two_parties
from .strategies import STRATEGIES, find_speakers

__all__ = [
    "GROUP_OBJECT",
    "STRATEGIES",
    "UNNAMED",
    "antecedent_of_relative",
    "author_of_noun",
    "author_of_noun_before",
    "author_of_reference",
    "earlier_speaker",
    "find_speakers",
    "named_later",
    "on_the_tongue_of",
    "owner_of_noun",
    "plural_antecedent",
    "previous_speaker",
    "Query",
    "relayed_speech",
    "said_during_it",
    "said_in_it",
    "Seen",
    "source_after_relay",
    "Speakers",
    "Strategy",
    "subject_after",
    "subject_before",
    "subject_before_comma",
    "subject_of_kana",
    "subject_of_its_own",
    "subject_with_relative_clause",
    "two_parties",
    "subjects_after",
]
