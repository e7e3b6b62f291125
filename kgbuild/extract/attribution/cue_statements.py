"""What one cue adds to its sentence's reading: whether it tells a statement of its own, who says it, what
they say, whom it is about and through whom; or, with no one named, what it still passes on."""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ...records import StatementRecord
from ...text import normalize, without_article
from ..stance import firm_pledge
from ..stance.befalls import befalls_its_doer, doer_stance
from ..stance.verdicts import deemed_lean, elaborated_lean, unread_verdict
from .agent_nouns import agent_in_construct
from .assembly import elaborating, evaluative_act, jointly, mutually, record
from .clauses import (contrasted_subject_clause, described_noun_cue, glued_subject_clause, named_subject_clause,
                      new_main_clause, relative_clause_cue, relative_in_it,
                      relative_with_own_subject)
from .asides import past_body_epithet
from .content import Content, attribution_tail, content_of
from .context import Context
from .cursor import CLITIC_PREPOSITIONS
from .cues import SPEECH_KINDS, Cue
from .reading import Place, Reading
from .reports import inner_report, reported_speech
from .speakers import Query, Speakers, find_speakers, subject_of_its_own
from .speakers.base import is_participle, passive_voice
from .speakers.relay import relayed_saying
from .targets import Targets, targets_of
from .targets.deed import deed_doers, governed_deed_doers
from .targets.denied_words import answered_speaker
from .targets.results import rejected_results_body
from .targets.accepted_results import accepted_results_winner
from .targets.headline_sides import first_side
from .targets.answered import replied_before
from .targets.doer import _of_the_side, described_doer
from .targets.reciprocal import names_the_pair
from .targets.sides import own_bodies, own_side, the_state_itself
from .via import intermediaries, own_clause, told_outlets

BODY_TYPES = ("Organization", "Group")   # speakers an epithet may describe ("الحزب الحاكم"; after a person, a governor)


def read_cue(ctx: Context, place: Place, cue: Cue, reading: Reading,
             history: Sequence[StatementRecord]) -> Reading:
    """The sentence's reading after the cue: its statements added, the tokens they cover, who goes on."""
    start, end, earlier = place.start, place.end, reading.statements
    # "ردت الحكومة على إعراب الوزارة عن قلقها": a verbal noun with its agent tells that agent's own statement
    agent_noun = cue.kind == "noun" and agent_in_construct(ctx.cues, cue, end)
    if not agent_noun and not tells_its_own(ctx, place, cue, reading):
        return reading
    # "انتقدت الصحف خطاب فلان الذي اتهم فيه ...": the author of a statement described inside another's
    # content does not go on to the next verb
    described = cue.i in reading.covered and relative_in_it(ctx, cue, end)
    query = Query(cue, start, end, bool(earlier), reading.carry.speakers, history, earlier)
    speakers = find_speakers(ctx, query)
    if speakers is None:
        return no_one_named(ctx, place, query, reading, history)
    named = any(sp.i > cue.i for sp in speakers.found)
    tail_start = _person_tail_start(ctx, cue, speakers, start, earlier)
    body_speaks = named and all(ctx.mentions.type_of(sp.key) in BODY_TYPES for sp in speakers.found)
    content = content_of(ctx, cue, speakers.after, named, start, end, earlier=bool(earlier), earlier_start=tail_start,
                         body_speaks=body_speaks)
    if content is None:
        return _subject_goes_on(ctx, place, cue, speakers, reading)
    keys = list(dict.fromkeys(sp.key for sp in speakers.found))
    if tail_start is not None:
        _drop_intermediaries(earlier, keys)
    # "وقال دبلوماسيون إن واشنطن ترى أن": unnamed people telling what a state or body thinks or said make a
    # claim of their own (no one named relays it), so the group speaks and the inner report is what it says;
    # a person's own words they pass on ("قال مصدر إن الوزير فلان أكد أن") are still his
    unnamed_tellers = all(ctx.mentions.type_of(key) == "Group" for key in keys)
    inner = inner_report(ctx, cue, content, start, end, reading.carry.speakers, history, earlier,
                         persons_only=unnamed_tellers)
    if inner is not None:
        return relaying(reading, cue, inner, keys, speakers)
    via, via_tokens = intermediaries_of(ctx, place, cue, keys, speakers, reading, content.start)
    via = via or carried_via(speakers, keys, [*history, *earlier])
    object_start = quoted_object_start(ctx, cue, speakers.after if named else cue.i + 1, content)
    targets = statement_targets(ctx, cue, content, keys, via, via_tokens, earlier, object_start, history)
    reciprocal = normalize(cue.entry.lemma) in ctx.tokens.words.reciprocal_lemma
    # "أعلنت X وY استئناف علاقاتهما": the dual pronoun says the parties listed after the verb speak as a pair
    pair = len(keys) == 2 and names_the_pair(ctx, content.start, content.end)
    statements = tuple(record(ctx, place.sent, place.index, cue, sp, cue.entry.act, content,
                              mutually(targets, sp.key, keys) if reciprocal
                              else jointly(targets, sp.key, keys, (named and not pair) or not _as_one(speakers)),
                              via) for sp in speakers.found)
    if cue.i in reading.relayed_by:
        carry = place.carry(reading.relayed_by[cue.i])  # the one who reported it goes on ("مبينا أن")
    elif not embedded(cue, speakers) and not agent_noun and not described:
        carry = place.carry(keys)   # the agent of a verbal noun does not go on speaking
    else:
        carry = reading.carry
    return reading.updated(statements=earlier + statements, carry=carry,
                           covered=reading.covered | _statement_tokens(cue, speakers, content))


def _subject_goes_on(ctx: Context, place: Place, cue: Cue, speakers: Speakers, reading: Reading) -> Reading:
    """"وطمأن رئيس البلدية فلان السكان، موضحا أن": a verb of saying whose content is found nowhere still has
    its named subject, who goes on to the participle or verb after it."""
    tokens = ctx.tokens
    prev = tokens.prev(cue.i, place.start)
    words = tokens.words
    # "بحسب ما أفاد به مكتبه، موضحا": the source of an aside relays; the sentence's subject goes on
    aside = prev is not None and (tokens.norm(prev) in words.agent_link or tokens.norm(prev) in words.preposed_link)
    if aside or not speakers.found or not all(sp.i > cue.i for sp in speakers.found) or embedded(cue, speakers):
        return reading
    return reading.updated(carry=place.carry(dict.fromkeys(sp.key for sp in speakers.found)))


CARRIED_BY = ("previous_speaker", "earlier_speaker")   # the searches that carry the last speaker on


def carried_via(speakers: Speakers, keys: list[str], before: Sequence[StatementRecord]) -> list[str]:
    """"وقالت فلانة للأناضول إن ... . وأضافت أن ...": a speaker carried on from the statement before goes on
    speaking to the outlet, or through the agency, that statement named, when the new one names none."""
    if speakers.by not in CARRIED_BY or not before or before[-1].speaker not in keys:
        return []
    return [v for v in before[-1].via if v not in keys]


def _as_one(speakers: Speakers) -> bool:
    """Do the speakers say it as one, each about the others when nothing else is named? Not the issuers
    of a joint document a verb describes ("ووقع X ونظيره Y بيانا مشتركا جاء فيه"): they sign it, and it is
    about what it names."""
    return speakers.by != "said_in_it"


def tells_its_own(ctx: Context, place: Place, cue: Cue, reading: Reading) -> bool:
    """A cue inside content already found (unless it opens a new main or relative clause), or a verbal
    noun once the sentence has a statement, tells none of its own."""
    start, end, earlier = place.start, place.end, reading.statements
    inside = cue.i in reading.covered and not new_main_clause(ctx, cue, start, end, earlier) \
        and not (earlier and attribution_tail(ctx, cue.i, start) is not None) \
        and not relative_clause_cue(ctx, cue, start, end, reading.carry.speakers) \
        and not relative_with_own_subject(ctx, cue, start, end, earlier) \
        and not described_noun_cue(ctx, cue, start, end, earlier) \
        and not named_subject_clause(ctx, cue, start, end, earlier) \
        and not contrasted_subject_clause(ctx, cue, start, end, earlier) \
        and not glued_subject_clause(ctx, cue, start, end, earlier)
    return not (inside or (cue.kind == "noun" and bool(earlier)))


def no_one_named(ctx: Context, place: Place, query: Query, reading: Reading,
                 history: Sequence[StatementRecord]) -> Reading:
    """A cue with no speaker found: whether the last speaker goes on past it, and the tokens of a
    report it passes on that tell no statement of their own."""
    cue, start, end, earlier = query.cue, place.start, place.end, reading.statements
    # (not a passive's subject, who was told or asked: the last speaker may go on after it)
    told = reading.told or passive_voice(ctx, cue)
    carry = reading.carry
    if cue.kind in SPEECH_KINDS and carry.speakers and subject_of_its_own(ctx, query) and not told:
        carry = place.carry(())  # someone unnamed spoke: the last speaker does not carry on
    covered = reading.covered
    if (saying := relayed_saying(ctx, cue, end)) is not None \
            and (said := content_of(ctx, cue, saying + 1, True, start, end, earlier=bool(earlier))) is not None \
            and (inner := inner_report(ctx, cue, said, start, end, carry.speakers, history, earlier)) is not None \
            and inner_report(ctx, cue, said, start, end, carry.speakers, history, earlier, persons_only=True) is None:
        # "ونقل عن السفير قوله إن الحكومة أكدت": the words of one the text does not name; the report of
        # a state's or body's words opening them is part of what he said, no statement of its own (as
        # with unnamed groups above; a person's words he passes on stay that person's, and a clause
        # after them may be a statement)
        covered = covered | frozenset(range(cue.i, inner + 1))
    return reading.updated(told=told, carry=carry, covered=covered)


def relaying(reading: Reading, cue: Cue, inner: int, keys: list[str], speakers: Speakers) -> Reading:
    """"ذكرت صحيفة X أن الوزير Y أكد أن": Y speaks at the inner cue, X (and whoever relayed X) only relays
    what Y said."""
    relays = reading.relayed_by.get(cue.i, []) + keys + list(speakers.via)
    return reading.updated(relayed_by={**reading.relayed_by, inner: relays},
                           covered=reading.covered | frozenset(range(cue.i, max(speakers.after, cue.i + 1))))


def intermediaries_of(ctx: Context, place: Place, cue: Cue, keys: list[str], speakers: Speakers,
                      reading: Reading, content_start: int) -> tuple[list[str], set[int]]:
    """Whoever relays the statement (an outer report, the speaker construction, "بحسب X" in the sentence, an
    outlet the speaker spoke to before what was said), and the tokens of those the sentence names."""
    relays = [key for key in reading.relayed_by.get(cue.i, []) if key not in keys]
    clause = own_clause(ctx, cue, content_start, place.start, place.end, reading.statements, keys)
    via_found = intermediaries(ctx, place.start, place.end, set(keys), clause)
    via_found += [o for o in told_outlets(ctx, place.start, content_start, set(keys), reading.covered)
                  if all(o.key != v.key for v in via_found)]
    via = list(dict.fromkeys(relays + named_relays(ctx, list(speakers.via))))
    via += [key for key in named_relays(ctx, [v.key for v in via_found]) if key not in via]
    return via, {t for v in via_found for t in range(v.i, v.j)}


def named_relays(ctx: Context, via: list[str]) -> list[str]:
    """The intermediaries the text names: unnamed press or bodies named by a plural ("بحسب وسائل إعلام
    محلية", "نقلت صحف روسية عن", "وفق ما أفادت النقابات") relay no one the reader can trace, so the
    statement has no intermediary (its tokens still are no target). Not the unnamed source of a report
    inside a report ("نقلت صحيفة X عن مصدر أن الوزير أكد"): it stays one link of the chain."""
    return [key for key in via if ctx.mentions.type_of(key) != "Group"]


OBJECT_WORDS = 6   # words at most of the object before a quote and its link ("الائتلاف الحاكم بقيادة حزب X مسؤولية")
SETTING_WORDS = 4  # words at most of a phrase of where or how it was said before that object ("في مؤتمر صحفي")


def quoted_object_start(ctx: Context, cue: Cue, after: int, content: Content) -> int:
    """"اتهم X بـ«...»", "وصف X بأنه «...»", "حمّل X مسؤولية «...»": where the cue's object opens, when the content
    is a quote right after the object and the word that links the two (quote_object_link); the object is a target of
    what was said. content.start otherwise: nothing but words between the speaker and the quote, the first no
    preposition ("قال أمام البرلمان «...»": a setting, no object)."""
    tokens = ctx.tokens
    quote = tokens.prev(content.start, after)
    if cue.kind in ("via", "noun") or quote is None or not tokens.is_quote(quote):
        return content.start
    gap = [k for k in range(_past_speaker_aside(ctx, after, quote), quote) if not tokens.is_space(k)]
    # "حمّل X «المسؤولية ...»": the link may open the quote; else it ends the words before it
    inside = content.start < content.end and without_article(tokens.norm(content.start)) in tokens.words.quote_object_link
    obj = gap if inside else gap[:-1]
    if not 1 <= len(obj) <= OBJECT_WORDS + SETTING_WORDS or any(tokens.is_punct(k) for k in gap) or \
            not (inside or tokens.norm(gap[-1]) in tokens.words.quote_object_link):
        return content.start
    if _opens_with_preposition(ctx, obj[0]):
        # "قال للصحفيين «...»", "رد على ذلك بـ«...»": no object of the verb's; but "وصف في مؤتمر صحفي القرار بأنه
        # «...»": past a setting, the object right before the link
        return _object_past_setting(ctx, obj) or content.start
    return obj[0] if len(obj) < OBJECT_WORDS else content.start


def _past_speaker_aside(ctx: Context, after: int, quote: int) -> int:
    """"اتهم حزب X (المنحل)، الذي يتزعمه فلان، الرئيس بـ«...»": past an epithet of the speaker and an aside about him
    set off by commas (a relative clause), where the object opens; `after` itself when no such aside follows."""
    tokens = ctx.tokens
    pos = past_body_epithet(ctx, after, quote)
    first = tokens.next(pos, quote)
    relative = tokens.next(first + 1, quote) if first < quote and tokens.is_comma(first) else quote
    if relative >= quote or tokens.norm(relative) not in tokens.words.relative:
        return after
    closing = next((k for k in range(relative + 1, quote) if tokens.is_comma(k)), None)
    return closing + 1 if closing is not None else after


def _opens_with_preposition(ctx: Context, k: int) -> bool:
    """Is the word at k a preposition, a link of an object to a quote, or one with لـ/بـ glued on ("للصحفيين")?"""
    tokens = ctx.tokens
    first = tokens.norm(k)
    return first in tokens.words.preposition or first in tokens.words.quote_object_link or first.startswith("لل") or \
        tokens.text(k) in CLITIC_PREPOSITIONS


def _object_past_setting(ctx: Context, words: list[int]) -> int | None:
    """"وصف X في خطاب متلفز الحكومة بأنها «...»": the cue's object after a phrase of where or how it was said (the
    words before the link), the name or the one definite word last, not governed by a preposition of that phrase
    ("دعا في موسكو إلى «...»": the place is the setting); None when there is none."""
    tokens = ctx.tokens
    last = words[-1]
    named = ctx.mentions.end_at.get(last)
    first = named.i if named is not None and named.i > words[0] else last
    if named is None and not tokens.norm(last).startswith("ال"):
        return None
    before = tokens.prev(first)
    return None if before is None or _opens_with_preposition(ctx, before) or first == words[0] else first


def statement_targets(ctx: Context, cue: Cue, content: Content, keys: list[str], via: list[str], via_tokens: set[int],
                      earlier: Sequence[StatementRecord], object_start: int | None = None,
                      history: Sequence[StatementRecord] = ()) -> Targets:
    """Whom the statement is about and the stance towards each, read from `object_start` (the cue's object
    before a quote) or the content's start; a saying that elaborates an act before it takes up that act's
    targets."""
    start = content.start if object_start is None else min(object_start, content.start)
    lemma = normalize(cue.lemma)
    # "تعهد بالتصدي بحزم لـX": a pledge of a firm hand is a threat against the one dealt with
    firm = lemma in ctx.tokens.words.pledging and firm_pledge(ctx.doc, start, content.end)
    targets = targets_of(ctx, start, content.end, keys, via, via_tokens, "negative" if firm else cue.entry.stance,
                         cue.entry.act, rebuttal=lemma in ctx.tokens.words.rebuttal,
                         threat=firm or lemma in ctx.tokens.words.threatening,
                         launched=normalize(cue.lemma) in ctx.tokens.words.attack_verb, history=history)
    if lemma in ctx.tokens.words.deeming_verb:
        # "وصف X القرار بأنه زلزال", "اعتبر أن X ...": describing or deeming is a verdict, even in words no table reads
        spared = set(keys) | set(via) | _own_sides(ctx, keys)
        # (a description that ranks high, "الحدث الأكبر", or acclaims, "نموذج يحتذى", leans to praise)
        lean = _act_lean(ctx, cue, keys, earlier) or deemed_lean(ctx.doc, start, content.end)
        stances, stance = unread_verdict(targets.stances, targets.stance, spared, lean)
        targets = replace(targets, stances=stances, stance=stance)
    targets = _with_described_doer(ctx, cue, keys, via, targets)
    targets = _with_deed_doers(ctx, cue, start, content.end, keys, via, targets)
    targets = _with_headline_side(ctx, cue, start, content.end, keys, via, targets)
    if lemma in ctx.tokens.words.rebuttal:
        targets = _with_replied(ctx, cue, content, keys, via, targets, history)
    targets = _with_answered(ctx, cue, start, content.end, keys, via, targets, [*history, *earlier])
    if cue.entry.stance == "neutral" and lemma not in ctx.tokens.words.deeming_verb and cue.entry.act not in NOT_GOING_ON:
        targets = _with_welcome_gone_on(ctx, cue, keys, via, earlier, targets)
    return elaborating(ctx, cue, keys, earlier, targets, content.start) if reported_speech(ctx, content) else targets


def _own_sides(ctx: Context, keys: list[str]) -> set[str]:
    """The speakers' own side: for each speaker, its party or camp, the bodies it belongs to or speaks for, and the
    state it is or stands for; what a statement's readers spare (no target of its own words)."""
    return {k for sp in keys for k in own_side(ctx, sp) | own_bodies(ctx, sp) | the_state_itself(ctx, sp)}


# acts whose content is no more of the welcome before them: what a call asks, a warning fears, a denial denies
NOT_GOING_ON = frozenset({"call", "request", "warn", "deny"})


def _with_welcome_gone_on(ctx: Context, cue: Cue, keys: list[str], via: list[str], earlier: Sequence[StatementRecord],
                          targets: Targets) -> Targets:
    """"رحب X بالقرار، مشيرا إلى أن Y ...", "أشاد بـ...، قائلا إن ...": a neutral participle of manner right after a
    welcome or a praise of the same speaker goes on with it: what it says is part of the welcome, so the targets
    its words leave neutral take the act's positive stance (not the speaker's own side); the statement's own stance
    stays as its words read (what it says may be a fact: "مضيفة أن المفاوضات مستمرة"). A condemnation goes on
    with facts as often (its victims, its settings): no side is read off it."""
    if _act_lean(ctx, cue, keys, earlier) != "positive":
        return targets
    spared = set(keys) | set(via) | _own_sides(ctx, keys)
    stances = {k: ("positive" if s == "neutral" and k not in spared else s) for k, s in targets.stances.items()}
    return replace(targets, stances=stances)


def _act_lean(ctx: Context, cue: Cue, keys: list[str], earlier: Sequence[StatementRecord]) -> str | None:
    """"رحب X بالقرار، معتبرا أنه ...": the stance of the judging act of the same speaker that a describing participle of
    manner goes on with (the sentence's last statement), None when it does not follow one."""
    if not earlier or not is_participle(ctx, cue):
        return None
    act = earlier[-1]
    if act.speaker not in keys or not evaluative_act(ctx, act):
        return None
    span = ctx.doc.char_span(act.cue_span[0], act.cue_span[1], alignment_mode="expand")
    return None if span is None or span.end > cue.i else elaborated_lean(ctx.doc, act.stance, span.end, cue.i)


def _with_described_doer(ctx: Context, cue: Cue, keys: list[str], via: list[str], targets: Targets) -> Targets:
    """"وكانت X قد أعلنت كذا، وهو ما انتقدته Y": the party whose deed the cue takes up is a target too (after those
    of what was said), with the statement's stance; not the speakers' own side."""
    exclude = set(keys) | set(via) | _own_sides(ctx, keys)
    doer = described_doer(ctx, cue, exclude)
    if doer is None or doer in targets.about:
        return targets
    return replace(targets, about=targets.about + [doer], stances={**targets.stances, doer: targets.stance})


def _with_headline_side(ctx: Context, cue: Cue, start: int, end: int, keys: list[str], via: list[str],
                        targets: Targets) -> Targets:
    """"X يعلّق الدستور.. وY يتحدث عن «خرق»": the side a headline's first clause tells acting is what the
    second clause's speaker reacts to, a target too (after those of what was said), with the statement's stance;
    not the speakers' own side."""
    exclude = set(keys) | set(via) | _own_sides(ctx, keys)
    side = first_side(ctx, cue, start, end, set(keys), exclude)
    if side is None or side in targets.about:
        return targets
    return replace(targets, about=targets.about + [side], stances={**targets.stances, side: targets.stance})


def _with_deed_doers(ctx: Context, cue: Cue, start: int, end: int, keys: list[str], via: list[str],
                     targets: Targets) -> Targets:
    """"ورحب X بالقرار" after "قررت Y ...": the party whose deed the content start..end-1 (from the cue's object
    before a quote, "وصف في خطاب القرار بأنه «...»") names bare as the act's object, or governs after a noun of acting
    on it, is a target too, with the statement's stance; not the speakers' own side. (A deed's noun as the subject of
    what is said, "وقال X إن القرار سياسي", is read no more: in the studied set the first party told doing it was
    a target 9 times in 29, the speaker often judging the deed's effect or another party of the story.)"""
    # "ودافع رئيس الوزراء عن القرار": a deed its speaker defends is most often his own side's (his government's), a
    # target all the same; other acts spare the speaker's own side
    own = set() if normalize(cue.lemma) in ctx.tokens.words.defending_verb else _own_sides(ctx, keys)
    exclude = set(keys) | set(via) | own
    # (a deed the content takes as its subject may be the speaker's own side's, told by its capital or a body of
    # it: "قرار العاصمة X" said by X's ministry judges no other party)
    # "رفض X النتائج": rejecting or contesting the results is aimed at the body the article told announcing them;
    # "رحب X بالنتيجة": welcoming or conceding them takes the side of the party the article told winning
    bare = deed_doers(ctx, cue, start, end, exclude)
    found = bare or \
        [d for d in governed_deed_doers(ctx, start, end, cue.i, exclude) if not _of_the_side(ctx, d, exclude)] or \
        rejected_results_body(ctx, cue, start, end, exclude) or \
        accepted_results_winner(ctx, cue, start, end, exclude)
    doers = [d for d in found if d not in targets.about]
    if not doers:
        return targets
    # "رحب بالاستقالة": a bare deed that befalls its doer turns the act's stance round for them
    stance = doer_stance(targets.stance, bool(bare) and befalls_its_doer(ctx.doc, start, end))
    return replace(targets, about=targets.about + doers,
                   stances={**targets.stances, **{d: stance for d in doers}})


def _with_replied(ctx: Context, cue: Cue, content: Content, keys: list[str], via: list[str],
                  targets: Targets, history: Sequence[StatementRecord]) -> Targets:
    """"ترد على X: ...", "ورد فلان على ذلك بالقول إن ...": the one replied to ahead of what was said is a target,
    opposed (a reply is a rebuttal): named there, or for "ذلك" the speaker of the last statement of the sentences
    before; not the speakers' own side."""
    exclude = set(keys) | set(via) | _own_sides(ctx, keys)
    last = next((st.speaker for st in reversed(history) if st.speaker not in exclude), None)
    replied = replied_before(ctx, cue.i, content.start, exclude, last)
    if replied is None or replied in targets.about or _of_the_side(ctx, replied, exclude):
        return targets
    return replace(targets, about=[replied] + targets.about, stances={**targets.stances, replied: "negative"},
                   stance="negative" if targets.stance == "neutral" else targets.stance)


def _with_answered(ctx: Context, cue: Cue, start: int, end: int, keys: list[str], via: list[str], targets: Targets,
                   history: Sequence[StatementRecord]) -> Targets:
    """"ونفت X هذه الاتهامات", "رفض Y هذه الأرقام", "نفى ذلك": a denial or rejection that names no party and points back
    with a demonstrative answers the one who last spoke before its cue (`history`: the statements before, of the
    sentences before and of its own): a target, opposed; not the speakers' own side."""
    if targets.about or start <= cue.i:
        return targets   # (what was said before its cue, "..., نفتها الحكومة", points back to nothing said before)
    exclude = set(keys) | set(via) | _own_sides(ctx, keys)
    who = answered_speaker(ctx, cue.entry.act, start, end, history, exclude, ctx.doc[cue.i].idx)
    if who is None or _of_the_side(ctx, who, exclude):
        return targets
    return replace(targets, about=[who], stances={who: "negative"},
                   stance="negative" if targets.stance == "neutral" else targets.stance)


def _statement_tokens(cue: Cue, speakers: Speakers, content: Content) -> frozenset[int]:
    """The tokens from the cue through the speakers and what they say (a quotation before the cue covers
    only the cue): cues among them belong to this statement."""
    k = cue.i
    return frozenset(range(k, max(speakers.after, k + 1,
                                  content.end if content.quote_type != "direct" or content.start > k else k + 1)))


def _drop_intermediaries(earlier: Sequence[StatementRecord], keys: list[str]) -> None:
    """The person who said it after "حسب ما" is a speaker of the clause, not its intermediary: the
    sentence's earlier statements lose them from their via (in place)."""
    for st in earlier:
        st.via[:] = [v for v in st.via if v not in keys]


def embedded(cue: Cue, speakers: Speakers) -> bool:
    """"هاجم X الرئيس Y بسبب تصريحاته التي ... ولوح فيها": a statement told inside a relative clause on
    another's statement noun; the clause's own subject, not its speaker, goes on to the next verb."""
    return speakers.by == "said_in_it" and cue.prefix > 0


def _person_tail_start(ctx: Context, cue: Cue, speakers: Speakers, start: int,
                       earlier: Sequence[StatementRecord]) -> int | None:
    """"وقال فلان إن ...، حسب ما قال فلان آخر": when a speech verb after a tail marker (حسب ما، وفق ما،
    حسبما) has only persons as subject, and no relay, they say the clause the earlier statement reports;
    the first token of that clause. An agency or outlet there ("حسب ما نقلت وكالة X") stays the intermediary."""
    if not earlier or speakers.via or cue.kind in ("via", "noun") or cue.entry.act == "report" \
            or attribution_tail(ctx, cue.i, start) is None:
        return None
    ents = ctx.mentions.entities
    if not speakers.found or any(sp.key not in ents or ents[sp.key].type != "Person" for sp in speakers.found):
        return None
    last = earlier[-1]
    span = ctx.doc.char_span(last.quote_span[0], last.quote_span[1], alignment_mode="expand") if last.quote_span else None
    return span.start if span is not None and span.start >= start else None
