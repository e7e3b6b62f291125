"""The stance towards each target: the act's prior, the words next to its mentions, and the grammar of
who is fought, who suffers, whose doing is judged (the readings of a bad act or a demand live in acts.py)."""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..groups import kind_of
from ..mentions import Candidate
from ..words import PRONOUN_SUFFIXES, QUOTE_CHARS, next_word, tokens_of
from .acts import against, asked_to_stop, befallen, befalling_before, dative, is_criticism, object_of_relative, suffers, victim
from .clauses import opens_condition
from .overall import sign, weighed
from .phrases import Lent, phrase_values
from .settings import locative, opens, plain
from .words import (clitic_of, first_word, is_befalling, is_harming, is_negation, is_one_of, is_punishing,
                    is_reverser, judges_a_pronoun, polarity_table, title_heads, without_article, word_before,
                    word_polarity)

NEGATIVE_GROUPS = frozenset({"terrorists", "extremists", "rioters", "looters", "armed_groups", "gunmen", "attackers",
                             "insurgents", "militants"})
# groups.tsv kinds no speaker blames: the bad words near them are what befell them ("مقتل المدنيين")
VICTIM_GROUPS = frozenset({"civilians", "victims", "hostages", "displaced"})
# groups.tsv kinds that name a nation as a whole: what threatens its country is no doing of theirs ("التهديدات ضد
# X لن ترهب شعب X")
NATION_GROUPS = frozenset({"people"})
STATE_PLACES = frozenset({"country", "capital"})   # places.tsv kinds that may stand for a government
QUESTION_MARKS = frozenset({"؟", "?"})
WINDOW = 4            # words either side of a mention that speak of it


def target_stances(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                   prior: str, in_name: Callable[[int], bool] = lambda k: False,
                   own: frozenset[str] = frozenset(), wished: bool = False,
                   denial: bool = False) -> dict[str, str]:
    """{target key: positive | negative | neutral} for the (key, mentions in the content) pairs of a
    statement. For each target: the act's prior for the first one when the act is evaluative, else
    the words around its mentions, else (for the first target) the words of the whole content; a
    place named only as where something happens is neutral; a speaker speaks for their own side
    (`own`: their country, the bodies their titles name): positive towards it. The good words of a
    call or a request (`wished`) are what the speaker wishes for, not what a party is: they lend
    nothing ("دعا X إلى تعاون أوسع"). What a `denial` denies after أن is a happening, not a party
    ("نفى أن تكون الشرطة قد اعتقلته"): no prior."""
    if not targets:
        return {}   # a statement about no one (a fifth of them or more): no word need be weighed
    toks = tokens_of(doc)
    out: dict[str, str] = {}
    words = lexicon.function_words()
    first, before = first_word(doc, c_start), word_before(doc, c_start, 0)
    if any(0 <= k < c_end and is_one_of(toks.texts[k], words.speaking) for k in (first, before)):
        prior = "neutral"     # "رفض التعليق على X": declining to speak rejects no party
    if denial and before >= 0 and normalize(toks.texts[before]) in words.complementizer:
        prior = "neutral"
    # "نفى وجود خلافات مع X", "نفى أي تدخل": what is denied is a happening, no party's claim
    happening = denial and first < c_end and is_one_of(toks.texts[first], words.existence)
    if happening:
        prior = "neutral"
    inside = {k for _, cs in targets for c in cs for k in range(c.i, c.j)}
    settings = _joined_settings(doc, targets, c_start)
    bad_names = frozenset(c.i for key, cs in targets for c in cs
                          if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS and not plain(c))
    # the last words of the mentions of groups the speaker names badly ("ميليشيات", "عصابات"): a name right
    # after one is what they are of ("ميليشيات حركة X": X is called a militia)
    bad_group_ends = frozenset(c.j - 1 for key, cs in targets for c in cs if key.startswith("group:") and
                               (_named_badly(c) or (kind_of(key) in NEGATIVE_GROUPS and not plain(c))))
    values = phrase_values(doc, c_start, c_end, lambda k: k in inside or in_name(k), bad_names, wished, happening)
    others = _others_words(doc, targets[1:], c_start, c_end, values)
    content = _far_words(doc, values, others, c_start, c_end)
    asks = not QUESTION_MARKS.isdisjoint(toks.texts[c_start:c_end])   # (one set test, not one per word)
    titles = [all(_of_a_title(doc, c, c_start, in_name) for c in mentions) for _, mentions in targets]
    # the first target is the first not named only in another's title: "انتقد رئيس حزب X فلانا" criticizes the person
    lead = next((n for n, titled in enumerate(titles) if not titled), None)
    # a first target that only suffers what the content names leaves its far words to the next party ("الخطر
    # الأكبر على X هو Y": the danger is Y's, X only faces it)
    heir = _heir(doc, targets, lead, titles, own, values, c_start, c_end)
    heir_others: set[int] = set()
    heir_content = 0
    if heir is not None:
        heir_others = _others_words(doc, [t for n, t in enumerate(targets) if n != heir], c_start, c_end, values)
        heir_content = _far_words(doc, values, heir_others, c_start, c_end)
    for n, (key, mentions) in enumerate(targets):
        # a side named only in a relation or in another's title is no side the speaker speaks for, and a
        # title's country is not what the act condemns or praises (the person is); nor is one's own side
        # named in what a denial denies (a happening, not a side: "نفى أن تكون قوات بلاده قد قصفت")
        titled = titles[n]
        speaks_for = key in own and not denial and not all(titled or _in_relation(doc, c, c_start) for c in mentions)
        stance = _stance_of(doc, key, mentions, 0 if n in (lead, heir) else n + 1, values,
                            heir_content if n == heir else content, heir_others if n == heir else others,
                            c_start, c_end, "neutral" if titled else prior, speaks_for, heir=n == heir,
                            settings=settings)
        if key not in own and not key.startswith("group:") and \
                any(word_before(doc, c.i, c_start) in bad_group_ends and not clitic_of(doc, c) for c in mentions):
            stance = "negative"   # "قادة في ميليشيات حركة X": X is named a militia (not "الميليشيات وX": listed beside)
        if prior != "neutral" and not denial and key not in own and n != lead and \
                any(_doer_of_object(doc, c, c_start, in_name) for c in mentions):
            stance = prior        # "رفض الدعوة التي وجهها X", "أشاد بالإصلاحات التي تقوم بها X": X's doing is judged
        if prior != "neutral" and not denial and key not in own and any(_in_cause(doc, c, c_start) for c in mentions):
            stance = prior        # "أعرب عن قلقه جراء قرار X": X's doing is the cause of what the act judges
        if key not in own and any(asked_to_stop(doc, c, c_start, c_end, wished) for c in mentions):
            stance = "negative"   # "طالب X بوقف الهجمات", "على X أن يكف عن": X does what must stop
        if not denial and any(_criticized(doc, c, c_start, prior) for c in mentions):
            stance = "negative"   # "وجه انتقادات حادة لX", "اتهامات للرئيس X": X is the one criticized
        # "كيف يريد X حل الأزمة ولا يجتمع بأطرافها؟": a question put in a statement is a rhetorical reproach
        out[key] = "negative" if stance == "neutral" and asks and key not in own and not \
            all(c.i in settings for c in mentions) else stance
        if out[key] == "negative" and key.startswith("group:") and kind_of(key) in VICTIM_GROUPS:
            out[key] = "neutral"  # "X يتحمل المسؤولية عن مقتل المدنيين": civilians suffer, they are not blamed
    _joined_share_stance(doc, targets, c_start, c_end, out, own, prior, denial)
    _capital_shares_stance(doc, targets, c_start, out, settings)
    return out


def _capital_shares_stance(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int,
                           out: dict[str, str], settings: frozenset[int]) -> None:
    """A country and its capital named in one statement are one side: the capital stands for the government
    ("الاتفاق بين X والدول الكبرى لن يمس الدعم الذي تقدمه عاصمتها")."""
    known = lexicon.entity_by_key()
    mentions = dict(targets)
    for key in list(out):
        place = known.get(key)
        if place is None or place.kind != "capital" or place.country_key not in out:
            continue
        country = place.country_key
        for one, other in ((key, country), (country, key)):
            # the one judged passes its stance to the one left neutral, unless that is only where it happens
            if out[one] != "neutral" and out[other] == "neutral" and \
                    not all(c.i in settings or locative(doc, c, c_start) for c in mentions[other]):
                out[other] = out[one]


def _joined_share_stance(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                         out: dict[str, str], own: frozenset[str], prior: str, denial: bool) -> None:
    """A party joined by و to the target right before it shares that one's stance in `out` when no word of
    its own judges it ("رحب بالاتفاق بين X وY", "اتهم X وY بالفساد"), and under an evaluative act also when
    the one before opens the act's object ("اتهم X وY بدعم المتمردين": Y is charged too); not the speaker's
    own side, nor one joined to it, nor a party that opens a clause of its own."""
    ends = {c.j - 1: key for key, cs in targets for c in cs}
    opening = {key for key, cs in targets if any(opens(doc, c, c_start) for c in cs)}
    for key, mentions in targets[1:]:
        joined = {ends.get(word_before(doc, c.i, c_start)) for c in mentions if clitic_of(doc, c) == "و"}
        if key in own or len(mentions) != len(joined - {None}) or len(joined) != 1 or \
                any(_opens_a_clause(doc, c, c_end) for c in mentions):
            continue          # "X تسلح الميليشيات وY تسعى إلى التهدئة": Y opens a clause of its own
        other = joined.pop()
        if other == key or other in own or out.get(other, "neutral") == "neutral":
            continue
        if out.get(key) == "neutral" or (prior != "neutral" and not denial and other in opening):
            out[key] = out[other]


def _holds_a_meeting(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the body that holds a meeting named right before it ("اجتماع X", "في جلسة X", "قمة X";
    function_words meeting_head)?"""
    if clitic_of(doc, c):
        return False
    p = word_before(doc, c.i, lo)
    if p < lo or tokens_of(doc).punct[p]:
        return False
    heads = lexicon.function_words().meeting_head
    return any(without_article(normalize(stem)) in heads for _, stem in clitic_variants(tokens_of(doc).texts[p]))


CITED_WORDS = 2       # words between "according to" and the source it names at most ("بحسب شهادة هيئة X")


def _cited_by(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The word of "according to" (function_words according_to) that cites mention c as the source of what the
    content tells, right before it or past up to CITED_WORDS nouns ("بحسب X", "وفقا لتقديرات X", "حسب شهادة
    Y"); None when c is cited by none."""
    toks = tokens_of(doc)
    according = lexicon.function_words().according_to
    p = word_before(doc, c.i, lo)
    for _ in range(CITED_WORDS + 1):
        if p < lo or toks.punct[p]:
            return None
        if any(normalize(stem) in according for clitic, stem in clitic_variants(toks.texts[p]) if clitic in ("", "و")):
            return p          # (not "فحسب", only)
        if is_one_of(toks.texts[p], lexicon.function_words().preposition) or word_polarity(toks.texts[p]):
            return None       # "... في X", "... الفاشلة X": no cited source's phrase
        p = word_before(doc, p, lo)
    return None


def _imposed(doc: Doc, c: Candidate, near: set[int], hi: int, values: Lent) -> set[int]:
    """The nouns of sanctions after mention c that are imposed on another ("X فرضت عقوبات على Y": a word of
    opposition right after them, or after their adjective), with that adjective."""
    toks = tokens_of(doc)
    out: set[int] = set()
    for k in sorted(near):
        if k < c.j or values.alone.get(k, 0) >= 0 or not is_punishing(toks.texts[k]):
            continue
        q = next_word(doc, k)
        adjective = q
        if q is not None and q < hi and not toks.punct[q] and not is_one_of(toks.texts[q], lexicon.function_words().against):
            q = next_word(doc, q)   # past the adjective: "عقوبات صارمة على Y"
        if q is not None and q < hi and is_one_of(toks.texts[q], lexicon.function_words().against):
            out.update({k, adjective} if adjective != q else {k})
    return out


def _joined_settings(doc: Doc, targets: list[tuple[str, list[Candidate]]], c_start: int) -> frozenset[int]:
    """The first tokens of the place mentions named as where something happens: those `locative` finds ("في X"),
    and a place joined by و to one of them ("المجازر في X وY وZ": Y and Z are settings too)."""
    places = [c for _, cs in targets for c in cs if c.type == "Place"]
    found = {c.i: c for c in places if locative(doc, c, c_start)}
    grown = True
    while grown:
        ends = {c.j - 1 for c in found.values()}
        joined = {c.i: c for c in places if c.i not in found and clitic_of(doc, c) == "و" and
                  word_before(doc, c.i, c_start) in ends}
        found.update(joined)
        grown = bool(joined)
    return frozenset(found)


def _far_words(doc: Doc, values: Lent, others: set[int], c_start: int, c_end: int) -> int:
    """The weight of the content's words that speak of its first party: not the words near the other parties,
    nor a judgement ("يرفضون", "ندين"), which speaks of its object next to it, nor the topic of a talk, which
    the parties discuss ("تناول اللقاء قضية الإرهاب")."""
    return weighed(doc, {k: v for k, v in values.phrase.items() if c_start <= k < c_end and
                         k not in others and k not in values.aimed and k not in values.topics}, c_start, c_end)


def _clause_start(doc: Doc, mentions: list[Candidate], c_start: int) -> int:
    """Where the clause that all mentions of a target stand in opens: right after the last word before them that
    opens another subject's clause ("... لكن X", "... بينما X", "... إذا X": function_words contrast, clause_break,
    condition); c_start
    when none stands before them all."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    breaks = words.contrast | words.clause_break
    first = min(c.i for c in mentions)
    for k in range(first - 1, c_start - 1, -1):
        if not toks.spaces[k] and (normalize(toks.texts[k]) in breaks or opens_condition(doc, k)):
            return k + 1
    return c_start


def _heir(doc: Doc, targets: list[tuple[str, list[Candidate]]], lead: int | None, titles: list[bool],
          own: frozenset[str], values: Lent, c_start: int, c_end: int) -> int | None:
    """The party after the first target that the content's far words speak of when the first target only
    suffers what they name (a bad act done to it, a danger to it: "الخطر الأكبر على X هو Y", "أكبر تهديد لX هو
    Y"): the next one that is no title's, no own side, no setting and no sufferer itself; None otherwise."""
    if lead is None or lead + 1 >= len(targets) or not _only_suffers(doc, targets[lead][1], c_start, c_end, values):
        return None   # (no party after the first: no heir, whatever the first suffers)
    sufferers = {c.j - 1 for c in targets[lead][1]}   # "الهجمات على X وY": Y joined to X suffers with it
    for n in range(lead + 1, len(targets)):
        key, mentions = targets[n]
        if all(clitic_of(doc, c) == "و" and word_before(doc, c.i, c_start) in sufferers for c in mentions):
            sufferers.update(c.j - 1 for c in mentions)
            continue
        if titles[n] or key in own or all(locative(doc, c, c_start) for c in mentions) or \
                (key.startswith("group:") and kind_of(key) in VICTIM_GROUPS | NATION_GROUPS):
            continue
        return None if _only_suffers(doc, mentions, c_start, c_end, values) else n
    return None


def suffers_only(doc: Doc, mentions: list[Candidate], c_start: int, c_end: int,
                 in_name: Callable[[int], bool] = lambda k: False) -> bool:
    """Does every mention of a target only suffer a bad thing the content names ("العدوان على X", "تهديد
    لX")? Then its stance says what befell it, not what the statement is."""
    inside = {k for c in mentions for k in range(c.i, c.j)}
    values = phrase_values(doc, c_start, c_end, lambda k: k in inside or in_name(k))
    return _only_suffers(doc, mentions, c_start, c_end, values)


def _only_suffers(doc: Doc, mentions: list[Candidate], c_start: int, c_end: int, values: Lent) -> bool:
    """Does every mention of a target suffer a bad thing the content names (after it, before "على X" or
    "لX", or in what it lives through)?"""
    def suffering(c: Candidate) -> bool:
        side, bad = against(doc, c, c_start, values)
        return side > 0 or bad is not None or victim(doc, c, c_start, values) or bool(suffers(doc, c, c_end, values))
    return all(suffering(c) for c in mentions)


def _aimed_at(doc: Doc, c: Candidate, lo: int) -> int | None:
    """The token whose ل aims a thing at mention c: c's own ("لX"), or that of the title right before
    it ("للرئيس X", "لوزير الخارجية X"); None when there is none."""
    if dative(doc, c):
        return c.i
    toks = tokens_of(doc)
    heads = title_heads()
    p = word_before(doc, c.i, lo)
    for _ in range(3):
        if p < lo or toks.punct[p]:
            return None
        for clitic, stem in clitic_variants(toks.texts[p]):
            if clitic.endswith("ل") and without_article(normalize(stem)) in heads:
                return p
        p = word_before(doc, p, lo)
    return None


CAUSE_NOUNS = 2       # nouns between a word of cause and the party whose doing it names at most ("جراء قرار سلطات X")


def _in_cause(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c the party whose doing a word of cause names (polarity.tsv cause: "جراء قرار X", "بسبب سياسات
    X"), right after it or past up to CAUSE_NOUNS nouns, with no punctuation or preposition between? Not the one
    what is named befalls ("بسبب اعتقال الصحفي X", "بسبب وفاة X": X suffers it)."""
    toks = tokens_of(doc)
    causes = polarity_table().cause
    words = lexicon.function_words()
    p = word_before(doc, c.i, lo)
    for _ in range(CAUSE_NOUNS + 1):
        if p < lo or toks.punct[p]:
            return False
        if is_one_of(toks.texts[p], causes):
            return True
        if is_one_of(toks.texts[p], words.preposition) or is_one_of(toks.texts[p], words.complementizer) or \
                is_befalling(toks.texts[p]) or is_harming(toks.texts[p]):
            return False
        p = word_before(doc, p, lo)
    return False


def _criticized(doc: Doc, c: Candidate, lo: int, prior: str) -> bool:
    """Is mention c the one a noun of criticism is aimed at through ل ("انتقادات حادة لX", "اتهام
    للرئيس X")? Not when the speaker rejects the criticism that opens the content ("رفض الانتقادات
    الموجهة لX")."""
    toks = tokens_of(doc)
    aim = _aimed_at(doc, c, lo)
    if aim is None:
        return False
    q = word_before(doc, aim, lo)
    if q >= lo and not is_criticism(toks.texts[q]):
        # past the criticism's adjective or its author: "انتقادات حادة لX", "بإدانة المحكمة لX"
        q = word_before(doc, q, lo)
    if q < lo or toks.punct[q] or not is_criticism(toks.texts[q]):
        return False
    return not (prior == "negative" and q <= first_word(doc, lo))


OBJECT_WORDS = 6      # words of the act's object before its relative pronoun ("الدعوة الى وقف اطلاق النار التي")
DOER_WORDS = 4        # words of the doer's phrase before a mention of it ("وجهها زعيم الانفصاليين الاكراد X")
# بـ or لـ with a pronoun after a relative clause's verb, taking up the act: "الدور الذي تقوم به X"
RESUMPTIVE_OBJECTS = lexicon.function_words().resumptive_bi | lexicon.function_words().resumptive_li
def _doer_of_object(doc: Doc, c: Candidate, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is mention c the doer of the act's object, in a relative clause right after it whose verb points
    back to the object ("رفض الدعوة التي وجهها X", "أدان الهجوم الذي نفذته X", "أشاد بالدور الذي تقوم
    به X")? Not the object of that verb ("الهجوم الذي استهدف X": X suffers it)."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    p, steps = word_before(doc, c.i, lo), 0
    while p >= lo and steps <= DOER_WORDS:
        if toks.punct[p]:
            return False
        text = toks.texts[p]
        q = word_before(doc, p, lo)
        if q >= lo and is_one_of(toks.texts[q], words.relative):
            verb = p
        elif q >= lo and is_one_of(toks.texts[p], RESUMPTIVE_OBJECTS) and \
                word_before(doc, q, lo) >= lo and is_one_of(toks.texts[word_before(doc, q, lo)], words.relative):
            verb, q = q, word_before(doc, q, lo)
        else:
            if is_one_of(text, words.preposition) or is_one_of(text, words.complementizer) or \
                    is_one_of(text, words.relative):
                return False
            p, steps = q, steps + (0 if in_name(p) else 1)
            continue
        if verb == p and not normalize(toks.texts[verb]).endswith(PRONOUN_SUFFIXES):
            return False      # "الذي استهدف X": X is what the clause's verb is done to
        first, words_before = first_word(doc, lo), 0
        k = q
        while k > first:
            k = word_before(doc, k, lo)
            if k < lo or toks.punct[k]:
                return False
            words_before += 1
        return k == first and words_before <= OBJECT_WORDS
    return False


def _others_words(doc: Doc, others: list[tuple[str, list[Candidate]]], c_start: int, c_end: int,
                  values: Lent) -> set[int]:
    """The words that stand next to another target speak of that one, not of the first ("X سيجتمع
    لمناقشة العدوان العنيف الذي شنته Y"); but not what is done to or for another, which may be the
    first one's doing ("X لا يشكل تهديدا لـY", "العدوان على Y")."""
    out: set[int] = set()
    for _, mentions in others:
        for c in mentions:
            _, bad = against(doc, c, c_start, values)
            start = c.i if dative(doc, c) else c_start
            out.update(k for k in _window(doc, c, start, c_end) if k != bad)
    return out


def _in_relation(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c one side of a relation ("العلاقات بين X و Y")?"""
    p = word_before(doc, c.i, lo)
    return p >= lo and is_one_of(tokens_of(doc).texts[p], lexicon.function_words().between)


def _of_a_title(doc: Doc, c: Candidate, lo: int, in_name: Callable[[int], bool]) -> bool:
    """Is mention c the country or body of another's title ("رئيس الوزراء X فؤاد", "الأمير X سلمان"):
    a title (titles.tsv) right before it, and another name right after it (not joined with و)?"""
    toks = tokens_of(doc)
    titles = lexicon.titles()
    words: list[str] = []
    p = word_before(doc, c.i, lo)
    for _ in range(3):
        if p < lo or toks.punct[p]:
            break
        words.insert(0, normalize(toks.texts[p]))
        p = word_before(doc, p, lo)
        if " ".join(words) in titles:
            break
    else:
        return False
    if " ".join(words) not in titles:
        return False
    q = next_word(doc, c.j - 1)
    return q is not None and not toks.punct[q] and in_name(q) and not toks.texts[q].startswith("و")


def _no_state(c: Candidate) -> bool:
    """Is mention c a place that is no state: a town, a region, a place the gazetteer does not know (a
    country or its capital may stand for its government)?"""
    if c.type != "Place":
        return False
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    return known is None or known.kind not in STATE_PLACES


def _counted(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c what a number counts members of: "من X" right after a number, or after a number
    and its counted noun ("ثلاثة من الجنود", "12 عنصرا من الشرطة")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    if p < lo or normalize(toks.texts[p]) not in ("من", "ومن"):
        return False
    numbers = lexicon.function_words().number
    q = word_before(doc, p, lo)
    for _ in range(2):
        if q < lo or toks.punct[q]:
            return False
        text = toks.texts[q]
        if any(ch.isdigit() for ch in text) or is_one_of(text, numbers):
            return True
        q = word_before(doc, q, lo)
    return False


def _stance_of(doc: Doc, key: str, mentions: list[Candidate], n: int, values: Lent, content: int, others: set[int],
               c_start: int, c_end: int, prior: str, own: bool, heir: bool = False,
               settings: frozenset[int] = frozenset()) -> str:
    """The stance towards one target (the n-th, with these mentions): by what the target is (a group the
    speaker calls terrorists), where it stands (a setting, the act's object, one's own side, persons
    counted), else by the words near its mentions (the content's words for the first target)."""
    if _bad_by_what_it_is(doc, key, mentions, c_start, own):
        return "negative"
    if all(c.i in settings or locative(doc, c, c_start) for c in mentions):
        return "neutral"
    if prior != "neutral" and n == 0 and not own and all(befallen(doc, c, c_start, values) for c in mentions):
        # "أدان اعتقال الصحفي X", "رحب بهزيمة X": what befalls X is what the act judges, X suffers it
        return "positive" if prior == "negative" else "negative"
    if prior != "neutral" and n == 0 and any(opens(doc, c, c_start) for c in mentions):
        return prior          # "اتهم الحكومة بالفساد": the act's object, even the speaker's own side
    if own and not all(suffers(doc, c, c_end, values) is not None for c in mentions):
        return "positive"     # but "X يعاني من أزمة": what one's own side lives through is no stance
    if prior == "neutral" and all(_counted(doc, c, c_start) for c in mentions):
        return "neutral"      # "قتل 12 عنصرا من الشرطة": members of X counted, a report of fact
    near: set[int] = set()
    owned: set[int] = set()   # "مواجهة العدوان الإسرائيلي": the word the target stands right after is its own
    suffered: set[int] = set()   # "العدوان على X": the bad act X suffers is not its own
    sides = 0                 # +1 for each mention that suffers a bad act, -1 for each that is fought
    judgements: set[int] = set()   # the words of a judgement a mention of X makes ("X ترفض التدخل")
    judged_object = False     # a mention stands right after a judgement: "ندين X", "تتهم X بـ", "لن نسمح لX"
    refusals = 0              # the judgements X makes of a good thing right after them ("X ترفض الحوار")
    # mentions right after a noun of what befalls them ("وفاة X", "اعتقال X") or cited as a source ("بحسب X")
    befallen_mentions = 0
    for c in mentions:
        window = _window(doc, c, c_start, c_end)
        near.update(window)
        # "X ناقش مع ضيفه اعتداءات المتمردين": the bad things of a topic after X are not X's
        suffered.update(k for k in window if k in values.topics and k >= c.j)
        p = word_before(doc, c.i, c_start)
        if p in values.aimed and judges_a_pronoun(tokens_of(doc).texts[p]):
            suffered.add(p)   # "وهذا ما انتقدته X", "رفضها X": X is who judges, the object is the pronoun
        owned.add(p)
        owned.add(_head_before(doc, p, c_start))
        side, bad = against(doc, c, c_start, values)
        sides += side
        if bad is not None:
            suffered.add(bad)
        suffered.update(suffers(doc, c, c_end, values) or ())
        befalls = befalling_before(doc, c, c_start, values)
        if befalls is None:
            befalls = _cited_by(doc, c, c_start)
        if befalls is not None:
            befallen_mentions += 1
            # "حذر من موجات عنف في حالة وفاة X": what stands before the noun of what befalls X speaks of the event;
            # "X يعاني من وضع سيئ بحسب شهادة Y": what stands before "according to" is what Y tells, not Y's
            suffered.update(k for k in near if k < befalls)
        if _holds_a_meeting(doc, c, c_start) and (prior == "neutral" or p != first_word(doc, c_start)):
            # (but "رحب بقمة X": the meeting is the act's object, its holder takes the act's side)
            befallen_mentions += 1
            # "الأزمة الخطيرة نوقشت في جلسة X", "قمة X ستبحث الأزمة": the body is where the talk takes place
            suffered.update(window)
        head = object_of_relative(doc, c, c_start)
        if head is not None:
            # "الهجوم الإرهابي الذي استهدف X": the words before the relative pronoun describe its head, not X
            suffered.update(k for k in near if k < head)
        if _opens_a_clause(doc, c, c_end) or _after_clause_break(doc, c, c_start):
            # "X ملتزمة بالاستقرار وY تدعم الإرهاب", "X حليف لكن Y تزعزع الاستقرار": the words before Y belong
            # to the clause before
            suffered.update(k for k in near if k < c.i)
        # "X ترفض التدخل", "X تتهم Y بالتحريض": a judgement X makes, and what it judges, are not of X
        judged = min((k for k in values.aimed if k >= c.j and k in near), default=None)
        if judged is not None:
            judgements.update(k for k in near | set(values.phrase) if k >= judged)
            if _refused(doc, judged, c_end, values) > 0:
                refusals += 1     # "X ترفض الحوار", "X رفضت التعاون": X refuses a good thing
        # "X ستفرض عقوبات صارمة على Y": the sanctions X imposes on another are Y's judgement, not a fault of X's
        suffered.update(_imposed(doc, c, near, c_end, values))
        if p in values.aimed and p not in suffered:
            judged_object = True
    # but a judgement made before another mention of X speaks of X ("X تخشى ... ونرفض X")
    suffered.update(k for k in judgements if not any(k < c.i and k in _window(doc, c, c_start, c_end)
                                                     for c in mentions))
    # (but a good word of X's that governs a bad thing is X's as the phrase reads it: "دعم X للمتمردين")
    score = sum(values.alone.get(k, 0) if k in owned and k not in values.governing else values.phrase.get(k, 0)
                for k in near if k not in suffered) - refusals
    all_victims = all(victim(doc, c, c_start, values) for c in mentions)
    if all_victims and prior == "negative" and n == 0:
        return "positive"     # "أدان الهجوم الذي استهدف X", "أدان اغتيال الصحفي X": X suffers what is condemned
    if sides > 0:
        return "positive"     # "أدان العدوان على X": X suffers what is condemned
    if sides < 0:
        if prior == "negative" and any(_fought_in_object(doc, c, c_start) for c in mentions):
            return "positive"     # "أدان محاولات إسقاط X": X suffers the fight the act condemns
        return "negative"     # "العمليات ضد X", "مكافحة X": X is what is fought
    if all(_no_state(c) and not opens(doc, c, c_start) for c in mentions):
        # "وافق على مشروع في مدينة X": a town or region is where, not whom the act takes sides with;
        # unless it is the act's object ("أشاد بمدينة X")
        prior = "neutral"
    if judged_object:
        return "negative"     # "الحكومة تتهم X بدعم المتمردين": what the charge names is not X's merit
    # the act's prior reaches the first target, but not one deep inside its object, nor one that only suffers
    # what the act names ("حذر من أن حياة X في خطر")
    takes_prior = n == 0 and not all(_deep(doc, c, c_start) for c in mentions) and \
        not all(suffers(doc, c, c_end, values) for c in mentions) and not all_victims and \
        befallen_mentions < len(mentions)
    if prior != "neutral" and takes_prior:
        return prior
    if score:
        return sign(score)
    # what X suffers says nothing of X
    # (weighed again without them, not subtracted: a topic or a word of a "despite" or "if" phrase was never
    # counted, "ناقشت X الأوضاع الكارثية" is no praise of X)
    # "قتل كثيرون في جرائم، لكن الجيش سلم الجثث": the words before a "but" belong to the clause before, whose
    # actors are not X
    opening = _clause_start(doc, mentions, c_start)
    if suffered or opening > c_start:
        content = _far_words(doc, values, others | suffered, opening, c_end)
    if n == 0 and content and befallen_mentions < len(mentions) and \
            (heir or not all(_governed(doc, c, c_start) for c in mentions)):
        # the words far off speak of the content's actors; not of a place or party named only after a
        # preposition ("الخمور السرية في X", "خرج أمام X", "عدو لدود للولايات المتحدة"), unless it is the
        # party left when the first one only suffers ("الخطر على X يأتي من Y"); nor of one named only as whom
        # something befalls ("العنف في حالة وفاة X")
        return sign(content)
    return prior if takes_prior else "neutral"


REFUSED_WORDS = 2     # words of the object of a judgement in which its first evaluative word is looked for


def _refused(doc: Doc, judged: int, hi: int, values: Lent) -> int:
    """The value of what the judgement at `judged` is aimed at: the first evaluative word of its object within
    REFUSED_WORDS words, past "all", "any" ("رفضت كل المبادرات السلمية"), up to a preposition or a stop; 0
    when there is none."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    q, seen = next_word(doc, judged), 0
    while q is not None and q < hi and not toks.punct[q] and seen < REFUSED_WORDS:
        if values.alone.get(q, 0):
            return values.alone[q]
        if is_one_of(toks.texts[q], words.preposition):
            break
        if not is_one_of(toks.texts[q], words.quantifier):
            seen += 1
        q = next_word(doc, q)
    return 0


def _deep(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c named after a preposition more than OBJECT_WORDS words into the content ("نفى صحة التقارير
    المتداولة منذ أيام عن لقاءات سرية مع X"): a party inside the act's object, not the object itself?"""
    if not _governed(doc, c, lo):
        return False
    first, words, p = first_word(doc, lo), 0, c.i
    while p > first and words <= OBJECT_WORDS:
        p = word_before(doc, p, lo)
        words += 1
    return words > OBJECT_WORDS


def _bad_by_what_it_is(doc: Doc, key: str, mentions: list[Candidate], c_start: int, own: bool) -> bool:
    """Is the target bad whatever the words near it say: a group the speaker calls terrorists, names with a
    bad word or denies its name, or an organization outlawed as terrorist (unless the speaker speaks for it)?"""
    if key.startswith("group:") and kind_of(key) in NEGATIVE_GROUPS and not all(plain(c) for c in mentions):
        return True
    if own:
        return False
    if key.startswith("group:") and any(_named_badly(c) for c in mentions):
        return True           # "المرتزقة", "العصابات المسلحة": the speaker names the group with a bad word
    # "ما يسمى بالمجلس العسكري": the speaker denies X its name; "عناصر تنظيم داعش": outlawed as terrorist
    return any(_so_called(doc, c, c_start) or _outlawed(c) for c in mentions)


def _so_called(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand right after a word of "so-called" after ما (polarity.tsv kind so_called: "ما
    يسمى بـX", "بما تسمى X")?"""
    toks = tokens_of(doc)
    p = word_before(doc, c.i, lo)
    q = word_before(doc, p, lo) if p >= lo else lo - 1
    if q < lo or normalize(toks.texts[p]) not in polarity_table().so_called:
        return False
    return normalize(toks.texts[q]) == "مما" or \
        any(normalize(stem) == "ما" for clitic, stem in clitic_variants(toks.texts[q]) if clitic in ("", "و", "ب", "ل"))


def _named_badly(c: Candidate) -> bool:
    """Is group mention c named with a bad word (polarity.tsv) of its own ("المرتزقة", "عصابات التهريب")?"""
    return any(word_polarity(word) < 0 for word in c.form.split())


def _outlawed(c: Candidate) -> bool:
    """Is mention c an organization outlawed as terrorist across the region (polarity.tsv kind outlawed:
    "داعش", "تنظيم القاعدة", "بوكو حرام"), by the form written or by a form of the entity it names?"""
    names = polarity_table().outlawed
    if normalize(c.form) in names:
        return True
    known = lexicon.entity_by_key().get(c.key) if c.key else None
    return known is not None and any(normalize(form) in names for form in known.forms)


IMPERFECT_PREFIXES = ("ي", "ت", "ن")   # the imperfect verb of a clause's own: "وطهران تدعم"


def _opens_a_clause(doc: Doc, c: Candidate, hi: int) -> bool:
    """Does mention c, joined by و, open a clause of its own: an imperfect verb right after it
    ("... وY تمول المرتزقة"), so that the words before it belong to the clause before?"""
    clitic = clitic_of(doc, c)
    if clitic not in ("و", "ف"):
        return False
    q = first_word(doc, c.j)
    if q >= hi:
        return False
    text = normalize(tokens_of(doc).texts[q])
    return len(text) >= 4 and text.startswith(IMPERFECT_PREFIXES) and not tokens_of(doc).punct[q]


def _after_clause_break(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand right after a word that opens another subject's clause ("لكن X", "بينما X":
    function_words clause_break)?"""
    p = word_before(doc, c.i, lo)
    return p >= lo and normalize(tokens_of(doc).texts[p]) in lexicon.function_words().clause_break


def _fought_in_object(doc: Doc, c: Candidate, lo: int) -> bool:
    """Is mention c fought by a word of fighting that is part of the act's object, within its first
    OBJECT_WORDS words ("أدان محاولات إسقاط X", "حذر من الإطاحة بX")?"""
    p = word_before(doc, c.i, lo)
    if p < lo or not is_reverser(tokens_of(doc).texts[p]):
        return False
    first, words = first_word(doc, lo), 0
    while p > first and words <= OBJECT_WORDS:
        p = word_before(doc, p, lo)
        if p < lo or tokens_of(doc).punct[p]:
            return False
        words += 1
    return p == first and words <= OBJECT_WORDS


def _governed(doc: Doc, c: Candidate, lo: int) -> bool:
    """Does mention c stand after a preposition, a word or a clitic ب/ل/ك ("في X", "أمام X", "بX", "لX")?"""
    clitic = clitic_of(doc, c)
    if clitic and clitic[-1] in "بلك":
        return True
    p = word_before(doc, c.i, lo)
    return p >= lo and is_one_of(tokens_of(doc).texts[p], lexicon.function_words().preposition)


def _window(doc: Doc, c: Candidate, lo: int, hi: int) -> range:
    """The tokens within WINDOW words either side of mention c; quote marks and spaces are no words
    ("أن «سياستها» «الاستيطانية» مرفوضة"); they stop at a clause break ("لكن", "بينما")."""
    toks = tokens_of(doc)
    breaks = lexicon.function_words().clause_break

    def reach(k: int, step: int) -> int:
        words = 0
        while lo <= k + step < hi and words < WINDOW:
            if normalize(toks.texts[k + step]) in breaks or opens_condition(doc, k + step):
                break         # "X تدعم السلام بينما Y ...", "... إذا Y": past it is another subject's clause
            k += step
            if not (toks.spaces[k] or toks.texts[k] in QUOTE_CHARS):
                words += 1
        return k
    return range(reach(c.i, -1), reach(c.j - 1, 1) + 1)


def _head_before(doc: Doc, p: int, lo: int) -> int:
    """The word that governs a mention through the preposition at p, past a "not only" ("التضامن مع X",
    "الدعم ليس فقط إلى X"); lo - 1 when p is no preposition."""
    toks = tokens_of(doc)
    words = lexicon.function_words()
    if p < lo or not is_one_of(toks.texts[p], words.preposition):
        return lo - 1
    q = word_before(doc, p, lo)
    if q >= lo and is_one_of(toks.texts[q], words.only):
        q = word_before(doc, q, lo)
        if q >= lo and is_negation(toks.texts[q]):
            q = word_before(doc, q, lo)
    return q


