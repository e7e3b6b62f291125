"""Whom a statement is about: the entities and conflict groups named in its content (and the group
it addresses), less the speakers, the intermediaries and the writer's asides; a nationality adjective
stands for its country when the article names it; "بلاده" adds the speaker's own country. The stance
towards each comes from the stance package.

    frame     what in the content frames the saying (asides, circumstance, the speaker's title, mouthpiece)
    read_off  targets read off words that name no entity alone (nationality, bare title, body, place, author)
    sides     the speaker's own country, bodies and side
    two_sides the two parties "the two sides" called on or spoken of are
    found     the entities of the content that may be targets, and the one replied to
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .... import lexicon
from ...stance import bare_worry, calls_to_account, content_stance, expressed_feeling, goodwill_expressed, judged_end, own_side_defended, pressed_at_once, suffers_only, target_stances
from ...stance.words import first_word, word_before
from ...stance.cleared import denied_tie_owner
from ....records import StatementRecord
from ....text import clitic_variants, normalize, without_article
from ...groups import kind_of
from ...mentions import Candidate
from ...words import tokens_of
from ..context import Context
from .allusion import alluded
from .deceased import mourned, names_no_party
from .antecedent import ANTECEDENT, not_the_speaker, possessor_not_the_speaker
from .addressee import addressee
from .cue_object import object_start
from .dwelling import dwelling
from .found import rebutted_target, replied_to, target_mentions
from .frame import asides, circumstance, frame_end, mouthpiece, not_said
from .read_off import NATIONALITY
from .two_sides import two_sides_mentions
from .neighbour import neighbour_mentions
from .between import own_between
from .held_office import drop_held_offices
from .election_setting import election_place
from .located_place import locates_a_place
from .apposed_party import describes_a_person
from .guessed_names import drop_guessed_names
from .statement_outlet import drop_statement_outlets
from .own_movement import own_movement
from .vote_held import vote_country
from .will_of_people import will_of_the_people
from .sides import own_bodies, own_body, own_body_at, own_country, own_country_at, own_side, resigned_government, \
    the_state_itself

# acts whose content is what the speaker wishes for ("دعا إلى تعاون أوسع"), not what a party is or does
WISHING_ACTS = frozenset({"call", "request"})
# acts whose object right after the verb is the one addressed ("حذر X من Y"), not the one judged
ADDRESSING_ACTS = frozenset({"warn"})
# acts (cues.tsv) that tell what is so and address no one: a group the content opens with is its subject, no addressee
NARRATING_ACTS = frozenset({"say", "report", "announce", "deny"})
AGREEING_ACTS = frozenset({"agree"})  # agreeing takes the side of what is agreed on, which may harm a party
DENYING_ACTS = frozenset({"deny"})   # what is denied after أن is a happening, not a party
ORDERING_ACTS = frozenset({"order"})   # the party an order's content opens with is the one told to carry it out


@dataclass(frozen=True)
class Targets:
    about: list[str]                 # entity keys, in the order of their first mention
    stances: dict[str, str]          # key -> positive | negative | neutral
    stance: str                      # the act's prior when evaluative, else towards the first target, else the words'


OWN_PEOPLE_KINDS = frozenset({"people", "citizens"})   # groups.tsv kinds that are a country's own people


def targets_of(ctx: Context, c_start: int, c_end: int, speakers: list[str], via: list[str],
               via_toks: set[int], prior: str, act: str = "say", rebuttal: bool = False, threat: bool = False,
               launched: bool = False, history: Sequence[StatementRecord] = ()) -> Targets:
    """The targets of content c_start..c_end-1 said by `speakers` through `via`, and the stances;
    `prior` is the speech act's stance, `act` the act; `rebuttal` when the cue is a reply ("رد على"), `threat`
    when it is a threat ("هدد بمعاقبة X": the fight it names is the speaker's own), `launched` when the cue launches
    an attack ("شن هجوما على X": X is attacked by the speaker); `history` the statements of the sentences before,
    whose speakers "هذه الاتهامات" points back to."""
    # "اتهم فلان الحكومة بـ«...»", "حذر فلان إيران من أن ...": the cue's object, left out of the content, is read with it
    # (the sets of who speaks, made once: a dozen readers below leave them out, and none writes to them)
    speaking = set(speakers)
    said_by = speaking | set(via)
    c_start = object_start(ctx, c_start, c_end, speaking, said_by) or c_start
    if prior == "neutral" and not bare_worry(ctx.doc, c_start, c_end):
        # "وأعرب الوزير عن قلقه إزاء X": the feeling expressed is the act's stance (a worry about nothing named,
        # "أعرب عن قلقه العميق", judges no one)
        prior = expressed_feeling(ctx.doc, c_start, c_end) or goodwill_expressed(ctx.doc, c_start, c_end) or prior
    if act in AGREEING_ACTS and prior == "positive" and \
            content_stance(ctx.doc, c_start, c_end, "neutral", ctx.mentions.in_a_mention) == "negative":
        # "اتفق المسلحون على قتل X": agreeing is no praise of a harmful deed agreed on; the content judges
        prior = "neutral"
    bodies = {b for sp in speakers for b in own_bodies(ctx, sp) | the_state_itself(ctx, sp)}
    own = frozenset(k for sp in speakers for k in own_side(ctx, sp))
    spared = said_by | bodies   # the speakers, the intermediaries and the bodies they speak for or are
    mentions = target_mentions(ctx, c_start, c_end, spared, via_toks, own, history,
                               narrated=act in NARRATING_ACTS)
    # "إن رئيس الحكومة سيقدم استقالته": a body named only in its head's title is no party (held_office)
    mentions = drop_held_offices(ctx, mentions)
    # a target named only as a setting or a description in what was said is no party (_named_only_as_setting)
    mentions = [(key, cs) for key, cs in mentions if not _named_only_as_setting(ctx, key, cs, c_start)]
    # "قالت إن بكين «تعارض بحزم» ...": a name guessed once from a verb's subject slot, never named again, is no party
    mentions = drop_guessed_names(ctx, mentions)
    # "نفى، في تصريحات لقناة X، ...", "في بيان بثه تلفزيون X": the outlet that carried the words is no party
    mentions = drop_statement_outlets(ctx, mentions)
    people = frozenset(key for key, _ in mentions if key.startswith("group:") and kind_of(key) in OWN_PEOPLE_KINDS
                       and key.rpartition("@")[2] in own)
    if rebuttal:
        # "ورد الجانب X بالتأكيد على حق الشعب X": a side replying speaks for its own people or citizens (elsewhere
        # they may be only warned or threatened: "حذرت الوزارة المواطنين من السفر")
        own = own | people
    # "قال وزير الداخلية العراقي إن الحدود العراقية ...": the speaker's own nationality says whose
    # things they are, it makes his country no target (named by name, it is one; so is "الدولة العراقية", the state)
    mentions = [(key, cs) for key, cs in mentions
                if not (key in own and all(c.source == NATIONALITY and not _names_the_state(ctx, c) for c in cs))]
    # "قال الوزير إن العلاقات بين البلدين متينة": of the two countries, the one the speaker is of is no target
    mentions = [(key, cs) for key, cs in mentions if not own_between(ctx, key, cs, own)]
    # "وقال فلان إنها فشلت": a man's "إنها" stands for a party named before, which opens what was said
    if not any(c.source == ANTECEDENT for _, cs in mentions for c in cs) and \
            (other := not_the_speaker(ctx, c_start, speakers, spared)
             or possessor_not_the_speaker(ctx, c_start, c_end, speakers, spared)) is not None:
        mentions = [(other.key, [other])] + [(key, cs) for key, cs in mentions if key != other.key]
    # "دعا الطرفين إلى ضبط النفس", "قال إن الطرفين اتفقا": the two sides called on or spoken of are the article's
    # two parties, first when called on, else where they are named
    named = {key for key, _ in mentions}
    sides = [(c.key, [c]) for c in two_sides_mentions(ctx, c_start, c_end, spared)
             if c.key not in named]
    if sides:
        at = 0 if act in WISHING_ACTS else next((n for n, (_, cs) in enumerate(mentions) if cs[0].i > sides[0][1][0].i),
                                                len(mentions))
        mentions = mentions[:at] + sides + mentions[at:]
    # "ستمد يدها إلى جارتها": the neighbour a country's speaker names by the word alone is the country next
    # door the story names most, not of the speaker's own side (neighbour)
    for c in neighbour_mentions(ctx, c_start, c_end, spared | own):
        if c.key not in named:
            at = next((n for n, (_, cs) in enumerate(mentions) if cs[0].i > c.i), len(mentions))
            mentions = mentions[:at] + [(c.key, [c])] + mentions[at:]
            named.add(c.key)
    about = [key for key, _ in mentions]
    # "نبهت البلدية السكان من ...": the one warned is the addressee, not the danger; but a state, body or
    # person of another side warned ("حذر X الحكومة السودانية من عواقب") is threatened: the act's prior holds
    addressed = act in ADDRESSING_ACTS and bool(mentions) and mentions[0][1][0].i == ctx.tokens.next(c_start, c_end) \
        and (mentions[0][0].startswith("group:") or mentions[0][0] in own)
    # "..., لكنه لم يوضح ما إذا كانت X ستشارك": the writer's note of what was left out names X but judges nothing
    end = judged_end(ctx.doc, c_start, c_end)
    stances = {key: "neutral" for key, cs in mentions if all(c.i >= end for c in cs)}
    stances.update(target_stances(ctx.doc, [(key, cs) for key, cs in mentions if key not in stances], c_start, end,
                                  "neutral" if addressed else prior, ctx.mentions.in_a_mention, own,
                                  wished=act in WISHING_ACTS, denial=act in DENYING_ACTS, threat=threat,
                                  launched=launched, kin=_kin(ctx, [key for key, _ in mentions], own)
                                  if act in DENYING_ACTS else frozenset(), ordering=act in ORDERING_ACTS,
                                  warning=act in ADDRESSING_ACTS))   # a warned harm's patient takes no side
    stances = {key: stances[key] for key, _ in mentions}
    # "ناخبي بوليفيا", "قادة في حركة X": the place or body a group is of shares the group's stance
    # (but a place after a preposition inside the group's words is no owner of it: "سحب دبلوماسييها من X" breaks with X
    # though the diplomats, the speaker's own, are no side)
    for key, owner in _owners_of_groups(mentions).items():
        if key in stances and owner in stances and key not in own and \
                not (stances[owner] == "neutral" and _after_preposition(ctx, dict(mentions)[key])):
            stances[key] = stances[owner]
    replies = rebuttal and replied_to(ctx, c_start, c_end)
    rebutted = rebutted_target(ctx, mentions, c_start, c_end) if replies else None
    if rebutted is not None and rebutted in own:
        # "ردت الحكومة X بالتأكيد على حق الشعب X": a reply that names one's own side or its people first
        # rebuts no one of them; it speaks for them
        replies, rebutted = False, None
    if rebutted is not None:
        stances[rebutted] = "negative"
    # "بلاده ستواصل المحادثات", "أوضح ناطق عن المفوضية أن منظمته ستراجع الخطة": the speaker's own country or
    # body named by a possessive is their own side like one named by name, and takes its stance by the same
    # rule (a speaker speaks for their own side, but not for what it suffers: "بلاده تعاني من أزمة")
    home = own_country(ctx, speakers[0], c_start, c_end)
    if home and home not in about and home not in speakers:
        about.append(home)
        stances[home] = _possessed_stance(ctx, home, own_country_at(ctx, speakers[0], c_start, c_end),
                                          c_start, c_end, prior, own, act)
    body = own_body(ctx, speakers[0], c_start, c_end)
    if body and body not in about and body not in speakers:
        about.append(body)
        stances[body] = _possessed_stance(ctx, body, own_body_at(ctx, speakers[0], c_start, c_end),
                                          c_start, c_end, prior, own, act)
    # "حركته ستبقى في صف المعارضة", "ائتلافها سيعمل": the speaker's own movement or alliance, as "حزبه" is (own_movement)
    moved = own_movement(ctx, speakers[0], c_start, c_end) if not body else None
    if moved is not None and moved[0] not in about and moved[0] not in speakers:
        about.append(moved[0])
        stances[moved[0]] = _possessed_stance(ctx, moved[0], moved[1], c_start, c_end, prior, own, act)
    # "أعلن استقالة حكومته": the government its head resigns is a party spoken about, as "استقالة الحكومة" is;
    # handing in its resignation judges it neither way
    resigned = resigned_government(ctx, speakers[0], c_start, c_end)
    if resigned and resigned not in about and resigned not in speakers:
        about.append(resigned)
        stances[resigned] = "neutral"
    # the statement's own stance: the act's when it is evaluative ("أدان الهجوم على X في Y"), else
    # that towards its first target, else that of its words; a target it is neutral towards, or the
    # speaker's own side, leaves the words to speak ("قال الوزير إن الفيضانات كارثة لبلاده" is negative
    # though positive towards his country), and only with no evaluative word does one's own side decide
    # "ردت X على Y": a reply is a rebuttal
    # (nor do the speaker's own people: "قال المسؤول إن شعبه يعرف نوايا X الخبيثة" judges X)
    others = [key for key in about if key not in own and key not in people and key not in (home, body, moved and moved[0])]
    if replies:
        overall = "negative"
    elif act in DENYING_ACTS and prior != "neutral" and _denies_a_clause(ctx, c_start, c_end):
        # "نفى أن تكون X قد ...": the denial clears the party it names, and judges no one when it clears none (the
        # bad words of what is denied are no one's)
        overall = next((stances[k] for k in others if stances[k] != "neutral"), "neutral")
    elif act in DENYING_ACTS and prior == "negative" and _denies_a_wrong(ctx, c_start, end):
        # "نفى ارتكاب أي تجاوزات", "نافيا إطلاق النار على أحد": a wrong denied outright, no charge or report named,
        # clears the side it is laid at: the denier defends it
        overall = "positive"
    elif prior == "negative" and not others and own_side_defended(ctx.doc, c_start, end):
        # "رفض تحميل حكومته تبعات العجز", "نفى المزاعم الموجهة إلى حزبه": the blame refused is laid on the speaker's own
        # side, named by a pronoun and no other party named: the rejection defends it
        overall = "positive"
    elif act in DENYING_ACTS and prior == "negative" and denied_tie_owner(ctx.doc, c_start, end) >= 0:
        # "نفى أي علاقة لجماعته بالحريق": the party whose tie to a wrong is denied is cleared, defended
        overall = "positive"
    elif prior != "neutral":
        overall = prior
    elif others and stances[others[0]] != "neutral" and not (
            stances[others[0]] == "positive" and suffers_only(ctx.doc, dict(mentions).get(others[0], []), c_start,
                                                              c_end, ctx.mentions.in_a_mention)):
        overall = stances[others[0]]
    elif others and stances[others[0]] == "positive":
        # "الخطر على X يأتي من Y", "العدوان على X انعكس سلبا": what X suffers is no stance of the statement's;
        # the next party judged, else the words, say it
        judged = [stances[k] for k in others[1:] if stances[k] != "neutral"]
        overall = judged[0] if judged else content_stance(ctx.doc, c_start, end, prior, ctx.mentions.in_a_mention)
    else:
        overall = content_stance(ctx.doc, c_start, end, prior, ctx.mentions.in_a_mention,
                                 wished=act in WISHING_ACTS and _addressed(ctx, c_start, end))
        if overall == "neutral" and act in WISHING_ACTS and \
                (pressed_at_once(ctx.doc, c_start, end) or calls_to_account(ctx.doc, c_start, end)):
            # "دعا إلى الوقف الفوري للعمليات", "طالب باستقالته الفورية": a demand pressed as urgent opposes the
            # conduct of whoever must act, named or not; "طالب بتحقيق مستقل": a call for a reckoning is against
            # whoever is to answer
            overall = "negative"
        if overall == "neutral" and about:
            overall = stances[about[0]]
    # "أعلنت الحداد ثلاثة أيام", "أعرب عن بالغ الحزن": mourning that names no one mourns the one the article told dying
    # (the mourning words first: most contents hold none, and naming no party is a scan of every mention)
    dead = mourned(ctx, c_start, c_end, said_by)
    dead = dead if dead is not None and names_no_party(ctx, c_start, c_end) else None
    if dead is not None and dead not in about:
        about.append(dead)
        stances[dead] = "positive"   # mourning and condolence honour the dead (polarity.tsv)
    # "..., في إشارة إلى X": whom the writer's gloss says the words point at is spoken about as they are judged
    for key in alluded(ctx, c_end, spared, via_toks, own, history):
        if key not in about:
            about.append(key)
            stances[key] = overall
    # "حث فلان، في اتصال هاتفي مع X، ...", "بعث برقية إلى X تمنى فيها ...": whom the words were said to is spoken to
    # as they are judged
    if (to := addressee(ctx, c_start, spared)) is not None and to not in about:
        about.append(to)
        stances[to] = overall
    # "قال سكان في حي X إن ...": the place the residents or witnesses who speak are in is what they speak of
    if (there := dwelling(ctx, c_start, speakers)) is not None and there not in about:
        about.append(there)
        stances[there] = "neutral"
    # "أشادت بسلاسة العملية الانتخابية", "رحب بإجراء الاقتراع في موعده": a welcome or praise naming no party but a vote
    # or its peaceful conduct praises the country that held it (vote_held)
    if not about and prior == "positive" and \
            (held := vote_country(ctx, c_start, c_end, spared | own)) is not None:
        about.append(held.key)
        stances[held.key] = overall
    # "طالب بصون إرادة الشعب", "فوز لإرادة الشعب X": the people whose will is spoken of (will_of_people)
    if (willing := will_of_the_people(ctx, c_start, c_end, said_by)) is not None \
            and willing not in about:
        about.append(willing)
        stances[willing] = "positive" if overall == "neutral" else overall
    return Targets(about, stances, overall)


def _named_only_as_setting(ctx: Context, key: str, cs: list[Candidate], c_start: int) -> bool:
    """Is every mention `cs` of the target `key` in what was said (c_start on), and all of them one setting or
    description there: "فاز في الانتخابات المبكرة في X", where a vote was held (election_setting; in a topic fronted
    before the saying, "وبشأن الانتخابات في X، أعرب ...", the election there is what was spoken of); "في مدينة X بولاية
    Y", the place glued to بـ after a town or venue that says where it lies (located_place); "فاز فلان، مرشح حزب X،
    بالرئاسة", the party in apposition after a name that describes him (apposed_party)? Named anywhere else, a target
    stays. (One pass over the targets for the three readings.)"""
    if any(c.i < c_start for c in cs):
        return False
    return all(election_place(ctx, c) for c in cs) or all(locates_a_place(ctx, c, key) for c in cs) \
        or all(describes_a_person(ctx, c) for c in cs)


def _names_the_state(ctx: Context, c: Candidate) -> bool:
    """Does the nationality adjective `c` follow a noun of the state itself ("للدولة X", function_words
    state_noun)? Then the two name the country."""
    p = ctx.tokens.prev(c.i)
    state = ctx.tokens.words.state_noun
    return p is not None and any(without_article(stem) in state for _, stem in clitic_variants(ctx.tokens.norm(p)))


def _kin(ctx: Context, keys: list[str], own: frozenset[str]) -> frozenset[str]:
    """The targets of the speaker's own side beyond `own`: a place or body whose country is one of its own (the
    capital), a person whose titles name one of its own (its leader)."""
    known, entities = ctx.mentions.known, ctx.mentions.entities
    def of_own(key: str) -> bool:
        k, ent = known.get(key), entities.get(key)
        return (k is not None and k.country_key in own) or \
            (ent is not None and any(r.of_key in own for r in ent.roles if r.of_key))
    return frozenset(key for key in keys if key not in own and of_own(key))


def _denies_a_clause(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does the content a denial denies open with أن, in it or right before it ("نفى أن يكون ...")?"""
    complementizer = lexicon.function_words().complementizer
    first, before = first_word(ctx.doc, c_start), word_before(ctx.doc, c_start, 0)
    texts = tokens_of(ctx.doc).texts
    return any(0 <= k < c_end and normalize(texts[k]) in complementizer for k in (first, before))


ADDRESS_REACH = 4   # words of the one called on before the preposition of what they are called to, at most
CALLED_TO = frozenset({normalize("إلى"), normalize("على")})   # the prepositions of what one is called to


def _addressed(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does the content of a call name whom it calls on before what they are called to ("الطرفين إلى ضبط النفس",
    "جميع الأطراف إلى الحوار", "السلطات على احترام الحقوق")? The good things are then wished of them, no praise;
    but support or aid called for (function_words aid_noun: "المواطنين إلى دعم الخطة") takes a side."""
    toks = tokens_of(ctx.doc)   # (the words' texts and spaCy's is_punct, read off the lists: no Token built)
    texts, puncts = toks.texts, toks.spacy_punct
    k, seen = first_word(ctx.doc, c_start), 0
    if k >= c_end or normalize(texts[k]) in CALLED_TO:
        return False
    while k < c_end and seen <= ADDRESS_REACH and not puncts[k]:
        if normalize(texts[k]) in CALLED_TO:
            return seen > 0 and not _calls_for_aid(ctx, first_word(ctx.doc, k + 1), c_end)
        seen += 1
        k = first_word(ctx.doc, k + 1)
    return False


def _calls_for_aid(ctx: Context, k: int, c_end: int) -> bool:
    """Is word k, past a quote mark, a noun of aid or support (function_words aid_noun: "دعم", "مساندة")?"""
    toks = tokens_of(ctx.doc)
    while k < c_end and toks.spacy_punct[k]:
        k += 1
    aid = lexicon.function_words().aid_noun
    return k < c_end and any(without_article(stem) in aid or stem in aid
                             for _, stem in clitic_variants(normalize(toks.texts[k])))


def _names_a_charge(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does the content name a charge, a criticism, a claim or a report (function_words criticism, suspicion, claim_noun,
    unnamed_source, news_noun: "الاتهامات", "هذه التهم", "مزاعم", "تقارير عن")? Then a denial rebuts whoever made it."""
    words = lexicon.function_words()
    charges = words.criticism | words.suspicion | words.claim_noun | words.unnamed_source | words.news_noun
    toks = tokens_of(ctx.doc)
    return any(not toks.spacy_punct[k] and
               any(without_article(stem) in charges for _, stem in clitic_variants(normalize(toks.texts[k])))
               for k in range(c_start, c_end))


def _names_a_tie(ctx: Context, c_start: int, c_end: int) -> bool:
    """Does the content name a tie to something or the blame for it (function_words relation_noun, blame_noun as a
    word's start: "أي صلة بالهجوم", "مسؤوليتها عن التفجير")? Denied, it distances the denier from a wrong they judge."""
    words = lexicon.function_words()
    def tie(stem: str) -> bool:
        bare = without_article(stem)
        return bare in words.relation_noun or any(bare.startswith(b) for b in words.blame_noun)
    toks = tokens_of(ctx.doc)
    return any(not toks.spacy_punct[k] and any(tie(stem) for _, stem in clitic_variants(normalize(toks.texts[k])))
               for k in range(c_start, c_end))


def _denies_a_wrong(ctx: Context, c_start: int, c_end: int) -> bool:
    """Is the denied content a wrong named outright ("ارتكاب أي تجاوزات", "أي تدخل في الانتخابات"), no charge or report
    of it, nor a tie to it? Its own words bad, or, after the verb of denying in its sentence, a deed denied bare whatever
    its words ("نفى التطهير العرقي", "نافيا استخدام الرصاص الحي"): a deed laid at the denier's side. Not good words, nor
    what points back to a charge told before ("نفى ذلك", "وهو ما نفته X")."""
    if _names_a_charge(ctx, c_start, c_end) or _names_a_tie(ctx, c_start, c_end):
        return False
    stance = content_stance(ctx.doc, c_start, c_end, "neutral", ctx.mentions.in_a_mention)
    if stance != "neutral":
        return stance == "negative"
    first = first_word(ctx.doc, c_start)
    demonstratives, cues = lexicon.function_words().demonstrative, lexicon.cues()
    def denying(text: str) -> bool:
        return any(clitic in ("", "و", "ف") and stem in cues and cues[stem].act in DENYING_ACTS
                   for clitic, stem in clitic_variants(normalize(text)))
    texts = tokens_of(ctx.doc).texts
    denied_after = any(denying(texts[k]) for k in range(ctx.tokens.sentence(c_start).start, c_start))
    return first < c_end and denied_after and \
        not any(stem in demonstratives for _, stem in clitic_variants(normalize(texts[first])))


def _possessed_stance(ctx: Context, key: str, k: int | None, c_start: int, c_end: int, prior: str,
                      own: frozenset[str], act: str) -> str:
    """The stance towards the speaker's own country or body `key`, named by the possessive at token k
    ("بلاده", "منظمته"): read as a mention of it there, and as their own side."""
    if k is None:
        return "neutral"
    token = ctx.doc[k]
    here = Candidate(i=k, j=k + 1, start=token.idx, end=token.idx + len(token.text), form=token.text,
                     type=ctx.mentions.type_of(key) or "Place", source="possessive")
    stances = target_stances(ctx.doc, [(key, [here])], c_start, c_end, prior, ctx.mentions.in_a_mention,
                             own | {key}, wished=act in WISHING_ACTS, denial=act in DENYING_ACTS)
    return stances.get(key, "neutral")


def _after_preposition(ctx: Context, mentions: list[Candidate]) -> bool:
    """Does a preposition (function_words preposition: "من", "في") stand right before every mention ("دبلوماسييها
    من X")? Then the group's words only relate X, X does not own the group as in a construct ("سكان X")."""
    texts, prepositions = ctx.tokens.texts, lexicon.function_words().preposition
    return all((p := word_before(ctx.doc, c.i, 0)) >= 0 and normalize(texts[p]) in prepositions for c in mentions)


def _owners_of_groups(mentions: list[tuple[str, list[Candidate]]]) -> dict[str, str]:
    """key -> the key of the group whose mention holds all its mentions (the place or body it is of)."""
    groups = [(key, c) for key, cs in mentions if key.startswith("group:") for c in cs]
    out: dict[str, str] = {}
    for key, cs in mentions:
        holders = {gkey for c in cs for gkey, g in groups if gkey != key and g.i <= c.i and c.j <= g.j}
        if len(holders) == 1 and all(any(g.i <= c.i and c.j <= g.j for _, g in groups) for c in cs):
            out[key] = holders.pop()
    return out


__all__ = ["Targets", "targets_of", "target_mentions", "asides", "circumstance", "frame_end", "mouthpiece",
           "not_said", "own_country"]
