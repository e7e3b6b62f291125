"""The speaker searches in the order they are tried, and the loop that tries them."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..context import Context
from .base import GROUP_OBJECT, NOUNS, QUOTED_UNNAMED, UNNAMED, VERBS, Query, Seen, Speakers, Strategy
from .relay import on_the_tongue_of, relayed_speech, source_after_relay
from .before import subject_before, subject_of_kana, subject_before_comma
from .relative import antecedent_of_relative, subject_with_relative_clause
from .authors import (agent_of_governing_verb, agent_of_hastening_verb, author_of_noun, author_of_noun_before, author_of_reference,
                      said_in_it, said_during_it, issuer_of_document)
from .carry import plural_antecedent, previous_speaker
from .earlier import earlier_speaker, sole_person
from .owner import owner_of_noun
from .after import subject_after
from .manner import counted_states_of_opening_verb, subject_of_opening_verb
from .dual import two_parties
from .members import members_of_unnamed_subject, with_named_members
from .titled_conjuncts import with_titled_conjuncts
from .named_pair import with_named_persons
from .joint_with import with_joint_partner
from .main_clause import subject_of_main_clause
from .fronted import named_head_of_topic, person_topic_of_as_for, topic_of_as_for
from .contrast import last_speaker_after_but, subject_after_but
from .noun_agent import agent_of_verbal_noun
from .agreeing_subject import subject_of_disagreeing_participle
from .resumptive import subject_of_resumptive_clause
from .reported_deed import subject_of_reported_deed
from .headline_joined import subject_of_headline_clause
from .headline_short import short_name_in_headline


# tried in this order; a cue of a kind a strategy does not take skips it
STRATEGIES: tuple[Strategy, ...] = (
    Strategy("relayed_speech", relayed_speech, VERBS | NOUNS),        # "نقلت وكالة X عن Y": Y
    Strategy("on_the_tongue_of", on_the_tongue_of),                    # "أكدت X على لسان Y": Y
    Strategy("agent_of_hastening_verb", agent_of_hastening_verb, NOUNS),  # "سارعت X وY إلى إدانة الهجوم"
    Strategy("author_of_noun", author_of_noun, NOUNS),                 # "بيان لوزارة الخارجية"
    Strategy("agent_of_governing_verb", agent_of_governing_verb, NOUNS),  # "حرص X على التأكيد على أن"
    Strategy("two_parties", two_parties),                              # "وأكد الرئيسان", "واتفقا على"
    Strategy("named_head_of_topic", named_head_of_topic),              # "أما الحركة فاعتبر رئيسها فلان أن"
    Strategy("subject_before", subject_before),                        # "فلان يدعو"
    Strategy("short_name_in_headline", short_name_in_headline),        # "كاماو يطالب": "جون كاماو" below
    Strategy("subject_of_headline_clause", subject_of_headline_clause),  # "فلان يقر بالهزيمة ويهنئ علانا"
    Strategy("subject_of_kana", subject_of_kana),                      # "وكان الوزير X، أمس، قد أكد"
    Strategy("subject_with_relative_clause", subject_with_relative_clause),  # "X الذي ...، ناشد"
    Strategy("antecedent_of_relative", antecedent_of_relative),        # "ناكامورا الذي أقر بأن"
    Strategy("said_in_it", said_in_it),                                # "بتدوينة قال فيها"
    Strategy("said_during_it", said_during_it),                        # "أجرى X اتصالا، أكد خلاله"
    Strategy("author_of_reference", author_of_reference),              # "وجاء في بيان للوزارة أن"
    Strategy("source_after_relay", source_after_relay),                # "وقالت وكالة X نقلا عن Y إن": Y
    Strategy("issuer_of_document", issuer_of_document),                # "أصدرت X بيانا يدعو إلى": X
    Strategy("person_topic_of_as_for", person_topic_of_as_for),      # "أما الوزير فلان فقد ناشد الرئيس"
    Strategy("subject_after", subject_after),                          # "وقال X", "وقال الرئيس", "وأوضح البيان"
    Strategy("topic_of_as_for", topic_of_as_for),                      # "أما زعيم الحزب فلان، ...، فقال"
    Strategy("author_of_noun_before", author_of_noun_before),         # "وفي تصريحات للوزير X، شدد على أن"
    Strategy("subject_before_comma", subject_before_comma),            # "وزارة الخارجية، قالت"
    Strategy("subject_of_opening_verb", subject_of_opening_verb),      # "أغلقت X الحدود قائلة إن"
    Strategy("counted_states_of_opening_verb", counted_states_of_opening_verb),  # "وكانت الدول الثلاث قد ...، متهمة"
    Strategy("subject_of_main_clause", subject_of_main_clause),        # "وأثار X جدلا حين قال إن"
    Strategy("subject_after_but", subject_after_but),                  # "غير أن المركز الحقوقي أكد", "لكن والدها فلان اتهم"
    Strategy("last_speaker_after_but", last_speaker_after_but),        # "قال فلان ...، غير أنه انتقد"
    Strategy("members_of_unnamed_subject", members_of_unnamed_subject),  # "أعلنت شركات عدة، بينها X وY، تطبيق"
    Strategy("agent_of_verbal_noun", agent_of_verbal_noun),            # "مع استقالة المدير X من ...، معتبرا أن"
    Strategy("subject_of_resumptive_clause", subject_of_resumptive_clause),  # "وهو ما نفاه فلان، مؤكدا أن"
    Strategy("subject_of_disagreeing_participle", subject_of_disagreeing_participle),  # "قالت فلانة ... وهو ما نفاه علان، مؤكدا"
    Strategy("subject_of_reported_deed", subject_of_reported_deed),    # "أفاد الديوان بأن الملك أعرب عن ...، مؤكدا"
    Strategy("previous_speaker", previous_speaker),                    # "وأضاف أن", "، مشيرا إلى"
    Strategy("earlier_speaker", earlier_speaker),                      # "قال فلان ... . ... . ... . وأضاف أن"
    Strategy("sole_person", sole_person),                              # "ولد فلان في ... . يقول: «...»"
    Strategy("plural_antecedent", plural_antecedent),                  # "والتقى المحتجين وقالوا إن"
    Strategy("owner_of_noun", owner_of_noun, NOUNS),                   # "وكررت دعوتها إلى"
)


# the strategies a cue of each kind tries, in STRATEGIES' order: find_speakers is asked for every cue, and a test of
# each strategy's kinds costs more than the choosing (filled on first use of a kind)
_STRATEGIES_OF_KIND: dict[str, tuple[Strategy, ...]] = {}


def _strategies_of(kind: str, strategies: Sequence[Strategy]) -> Sequence[Strategy]:
    """The strategies of `strategies` a cue of this kind tries, in order."""
    if strategies is not STRATEGIES:
        return [strategy for strategy in strategies if kind in strategy.cue_kinds]
    found = _STRATEGIES_OF_KIND.get(kind)
    if found is None:
        found = _STRATEGIES_OF_KIND[kind] = tuple(strategy for strategy in STRATEGIES if kind in strategy.cue_kinds)
    return found


NOTHING_SEEN = Seen()   # (what a search starts with: one frozen value, not a new one per cue)


def find_speakers(ctx: Context, q: Query, strategies: Sequence[Strategy] = STRATEGIES) -> Speakers | None:
    """The speakers of the first strategy that names them, or None: a cue with no speaker gives no statement."""
    seen = NOTHING_SEEN
    for strategy in _strategies_of(q.cue.kind, strategies):
        outcome = strategy.find(ctx, q, seen)
        if outcome is None:
            continue   # (what most strategies answer: no test of what it is)
        if isinstance(outcome, Speakers) and outcome.found:
            # "انتقدت منظمات عدة، من بينها X وY، القرار": the members named right after the subject speak too
            # "وأعلن عمدة المدينة فلان وحاكم الولاية علان": a second person after a title of their own speaks too
            found = with_titled_conjuncts(ctx, q, Speakers(outcome.found, outcome.after, outcome.via, strategy.name))
            # "وقال الناشطان فلان وعلان إن": the persons the dual or plural noun describes speak, not a group
            found = with_named_persons(ctx, q, found)
            # "حذرت فلانة، في بيان مشترك مع علان، من أن": the partner of a joint statement speaks too
            return with_joint_partner(ctx, q, with_named_members(ctx, q, found))
        if outcome is QUOTED_UNNAMED:
            return None   # one the text does not name speaks through the outlet: no statement of the outlet
        if outcome is UNNAMED:
            seen = replace(seen, unnamed=True)
        elif outcome is GROUP_OBJECT:
            seen = replace(seen, group_object=True)
    return None
