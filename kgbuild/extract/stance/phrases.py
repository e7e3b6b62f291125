"""What the words of a content lend, read as phrases: negation, fighting, governing, wishing, supposing.

The phrase reader goes through the words one by one; what single words do in a phrase is read by
phrase_words, the bad words that charge no party next to them by uncharged."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields, replace
from functools import lru_cache

from spacy.tokens import Doc

from ... import lexicon
from ...text import clitic_variants, normalize
from ..words import COMMAS, DEFINITE_OPENINGS_AS_WRITTEN, QUOTE_CHARS, DocTokens, tokens_of
from .bygone import EndedEra, ended_era
from .clauses import CONCESSIVE_REACH, RESUMING, may_open_condition, opens_condition
from .phrase_words import (SIDES, dealt_to_good, is_after_bi, after_service_head, after_topic_head, heads_preposition, honours,
                           incumbent_clause, is_obligation, joined, stands_by)
from .negation import NON, negated, steadfast
from .polarity import is_aimed, polarity_at, polarity_reading
from .uncharged import asked_of, object_of, prevented_from, unrelated
from .words import first_word, is_any_word, is_one_of, is_reverser, of_kind, polarity_table, word_before, word_polarity

REVERSE_REACH = 2     # a word of fighting or stopping turns round an evaluative word this many words on
DENIED_REACH = 3      # the good words a negated good word governs follow within this many words
URGED_ON = normalize("على")   # "حث X على": what the one urged is urged to do follows
IMPORTANCE = frozenset({normalize("أهمية")})   # "أكد أهمية تدخل X": what is important is wished for, like "ضرورة"
ANY_REACH = 3         # words of the phrase a negated "any" opens ("لم تبد أي رغبة في التعاون"), prepositions not counted
FROM = normalize("من")   # "المزيد من التصعيد": the من of an amount
NON_WORDS = frozenset({NON})   # "غير شرعية": the negation that makes an adjective of the word after it
ARTICLE = normalize("ال")


@dataclass(frozen=True)
class Lent:
    """What the words of a content lend: as phrases, and each word alone (negation counted)."""

    phrase: dict[int, int]
    alone: dict[int, int]
    aimed: frozenset[int] = frozenset()   # judging words aimed at what follows them ("ندين", "لن نسمح")
    governing: frozenset[int] = frozenset()   # good words that govern a bad thing after them ("دعم X للمتمردين")
    topics: frozenset[int] = frozenset()      # bad words of what is discussed: they judge only a party next to them


def phrase_values(doc: Doc, start: int, end: int, in_name: Callable[[int], bool],
                  bad_names: frozenset[int] = frozenset(), wished: bool = False, denied: bool = False,
                  named_here: frozenset[int] | None = None) -> Lent:
    """The polarity each of tokens start..end-1 lends, read as phrases: a word of fighting or
    stopping turns the next evaluative word round ("مكافحة الإرهاب" is good); a good word right before
    a bad one governs it and takes its side ("تدعم الإرهاب" is bad), past the names of a list ("تدعم
    حركة النصر والميليشيات"); names lend nothing, but a good word governing a group the speaker calls
    militias or terrorists (`bad_names`: the first tokens of its mentions) turns bad. The bad things of a
    happening a denial denies (`denied`: "نفى وجود خلافات") lend nothing. What is wished
    for (the whole content of a call, `wished`, or a clause after a word of obligation: "يجب على X
    المساعدة") lends no good word, and a bad thing wished away stays bad ("يجب ألا يكون تدخلا")."""
    # the target and the overall stances of one statement read the same content with the same names (a third of
    # the reads): kept per Doc, keyed on all the reading depends on (in_name is asked only of start..end-1; filter
    # asks it with no generator step per token, a key is made of every content)
    # (`named_here`: the tokens of start..end-1 in_name holds, when the caller has them already)
    named = tuple(filter(in_name, range(start, end))) if named_here is None else tuple(sorted(named_here))
    key = (start, end, named, bad_names, wished, denied)
    memo = doc.user_data.get("kg_phrase_values")
    if memo is None:
        memo = doc.user_data["kg_phrase_values"] = {}
    lent = memo.get(key)
    if lent is None:
        reader = _PhraseReader(doc, start, end, in_name, bad_names, wished, denied, frozenset(named))
        for k in range(start, end):
            reader.read(k)
        lent = memo[key] = reader.lent()
    return lent


IN_REVIEW = normalize("في")   # "إعادة النظر في العلاقات"


@dataclass(frozen=True)
class _WordRoles:
    """What the phrase reader asks of a word as written, whatever stands around it. The reader goes through
    every word of every content, most of them plain words, and asks each a dozen such questions: read once
    per word (_roles_of)."""

    obligation: bool        # "يجب": opens a clause of wishing (is_obligation)
    discussing: bool        # "لمناقشة": opens the topic of a talk
    honorific: bool         # "سعادة": an honorific before a title or a name (honours)
    capacity: bool          # "بصفة": the word after it names the role one acts in (_PhraseReader.last_capacity)
    preposition_head: bool  # "بناء", "برعاية": may be the noun of a compound preposition (heads_preposition)
    any_word: bool          # "أي": negated, opens a phrase of what is not there
    reverser: bool          # "مكافحة": turns round the evaluative word after it (is_reverser)
    side: bool              # "جانب" of "يقف إلى جانب X" (stands_by)
    polarity: int           # word_polarity
    judges_nothing: bool    # no class of the polarity table: polarity_at is 0
    partner: bool           # "شريكا", "ساهم": governs past في (function_words partner_in)
    preposition: bool       # not counted among the words of an "any" phrase
    resuming: bool          # "فإن", "أن": ends an "if" phrase (_suppose)
    condition: bool         # "إذا", "لو", "حال": may open an "if" phrase (_suppose)
    tie: bool = False       # "العلاقات", "اتفاقيات": good only as what a reverser cuts ("قطع العلاقات مع X")
    envoy: bool = False     # "السفير": good only as what a reverser cuts ("طرد السفير"), not mended
    attacking: bool = False  # "ضربة", "هجوم": a blow dealt to a good thing harms it (dealt_to_good)
    duty: bool = False      # "مسؤولية": blame alone, a virtue as a manner or after a word of sense (polarity.tsv duty)
    refrain: bool = False   # "عدم": a negating verbal noun, what a call asks one to refrain from (_asked_to_refrain)
    unchanging: bool = False  # "يتغير": a verb of becoming different, steadfast when negated after a position (steadfast)
    plain: bool = False     # no role above, no value (_is_plain): most words; the reader takes its short way (_read_plain)


@lru_cache(maxsize=131072)
def _roles_of(text: str) -> _WordRoles:
    words = lexicon.function_words()
    roles = _WordRoles(
        obligation=is_obligation(text), discussing=is_one_of(text, words.discussing),
        honorific=is_one_of(text, words.honorific), capacity=is_one_of(text, words.capacity),
        preposition_head=is_after_bi(text) or is_one_of(text, words.preposition_head),
        any_word=is_any_word(text), reverser=is_reverser(text), side=is_one_of(text, SIDES),
        polarity=word_polarity(text), judges_nothing=polarity_reading(text).judges_nothing,
        partner=normalize(text) in words.partner_in, preposition=is_one_of(text, words.preposition),
        resuming=normalize(text) in RESUMING, condition=may_open_condition(text),
        tie=of_kind(text, polarity_table().tie), envoy=of_kind(text, polarity_table().envoy),
        attacking=of_kind(text, polarity_table().attacking), duty=of_kind(text, polarity_table().duty),
        refrain=is_one_of(text, words.refrain_noun), unchanging=of_kind(text, polarity_table().unchanging))
    return replace(roles, plain=_is_plain(roles))


# the fields of _WordRoles a plain word may have: a preposition counts only in an "any" phrase, which _read_plain reads
NOT_ROLES = frozenset({"polarity", "judges_nothing", "preposition", "plain"})


def _is_plain(roles: _WordRoles) -> bool:
    """Has the word no role of _WordRoles (a role added there makes a word that has it no plain word) and no value in
    the polarity table, whatever stands around it? Then reading it only counts down the phrases it stands in."""
    return roles.polarity == 0 and roles.judges_nothing and \
        not any(getattr(roles, f.name) for f in fields(_WordRoles) if f.name not in NOT_ROLES)


def _determines(text: str) -> bool:
    """Is the word "all" or a noun of kinds after it ("كل", "لكل", "جميع", "أشكال", "أوجه"): the determiner of the noun
    a word of fighting or stopping reaches, no word of the reach?"""
    words = lexicon.function_words()
    stems = {normalize(stem) for _, stem in clitic_variants(text)}
    return not stems.isdisjoint(words.quantifier) or not stems.isdisjoint(words.kind_noun)


@dataclass
class _PhraseReader:
    """Reads a content's words one by one as phrases: what each lends, and what it changes for the words
    after it (a reverser still acting, a good word that governs the next, a clause of wishing ...)."""

    doc: Doc
    start: int
    end: int
    in_name: Callable[[int], bool]
    bad_names: frozenset[int]
    wished: bool
    denied: bool
    # the tokens of start..end-1 in_name holds (phrase_values' key has them): what the reader asks of each word it
    # reads is one set look-up (the helpers it calls still ask in_name)
    named: frozenset[int]
    phrase: dict[int, int] = field(default_factory=dict)
    alone: dict[int, int] = field(default_factory=dict)
    governing: set[int] = field(default_factory=set)   # good words whose phrase value a bad thing they govern changed
    topics: set[int] = field(default_factory=set)      # bad words in the topic of a word of discussing
    wishing: bool = False           # in a clause after a word of obligation
    judging: bool = False           # in a clause after a judgement aimed at what follows ("تتهم", "لن نقبل")
    discussed: bool = False         # in the topic of a word of discussing ("لمناقشة سبل تعزيز التعاون")
    reverse_left: int = 0           # words left in which a reverser still acts
    chained: bool = False           # the word before was turned round by a reverser
    last: int | None = None         # the word before, when it lent a positive value
    assaulted: int | None = None    # the good word a blow before it is dealt to ("ضربة قاسية للإصلاحات")
    bad_head: bool = False          # the word before lent a negative value: it governs a good word right after it
    denied_left: int = 0            # words left in which a negated good word's object goes on
    last_reversed: int = -1         # the last word a reverser turned round
    any_left: int = 0               # words left of a phrase a negated "any" opens: its good things are denied
    any_head: int = -1              # the noun right after that "any": the one thing the negation itself reaches
    in_topics: bool = False         # in the topics of a word of discussing, which go on past a comma ("تناول X، وY")
    refused_support: int | None = None   # the word before, a good word a negation turned round ("لا تدعم")
    supposing_left: int = 0         # words left of an "if" phrase: its good words are supposed, not said of anyone
    denied_deed: int | None = None  # a bad verb a negation turned round ("لم ترتكب"): its bad object is denied
    before: int = -1                # the word read before (past spaces and quote marks): word_before of this one
    last_capacity: bool = False     # the word read last is "بصفة" (_WordRoles.capacity): the next one names a role
    definite_reverser: int = -1     # a reverser with the article ("المقاومة"): a definite word right after it is its adjective
    refraining: bool = False        # in what the one a call appeals to is asked to refrain from ("دعا X إلى عدم التصعيد")
    toks: DocTokens = field(init=False)
    incumbent: int | None = field(init=False)   # the أن of "على X أن": what follows is wished for
    ended: EndedEra | None = field(init=False)  # an era of a bad thing said to be over ("زمن الرشوة في الموانئ انتهى")

    def __post_init__(self) -> None:
        self.before = self.start - 1
        self.toks = tokens_of(self.doc)
        self.incumbent = incumbent_clause(self.doc, self.start, self.end)
        self.ended = ended_era(self.doc, self.start, self.end, self.in_name)

    def lent(self) -> Lent:
        """What the words read so far lend."""
        aimed = frozenset(k for k, v in self.alone.items() if v < 0 and is_aimed(self.doc, k, self.start))
        return Lent(self.phrase, self.alone, aimed, frozenset(self.governing), frozenset(self.topics))

    def read(self, k: int) -> None:
        """What word k lends, alone and as part of a phrase."""
        text = self.toks.texts[k]
        if self.toks.spaces[k] or text in QUOTE_CHARS:
            return            # quote marks part no phrase: "تدعم «الإرهاب»"
        before, self.before = self.before, k
        roles = _roles_of(text)
        capacity_before, self.last_capacity = self.last_capacity, roles.capacity
        if k == self.incumbent:
            self.wishing = True    # "على X أن تتوقف عن قمع المتظاهرين": what X must do is wished for
            return
        if roles.plain and not self.toks.punct[k] and not self.reverse_left and self.ended is None and \
                k not in self.bad_names:
            self._read_plain(k, capacity_before, roles)
            return
        if self.toks.punct[k]:
            self.refraining = False
        elif roles.refrain and self._asked_to_refrain(before):
            self.refraining = True
            return
        if self.refraining and roles.polarity < 0:
            return            # "ناشد X عدم الانجرار إلى العنف": X is asked to refrain, no fault of X's is told
        after_bad, self.bad_head = self.bad_head, False
        if k == self.assaulted:
            after_bad, self.assaulted = True, None   # the good thing a blow is dealt to is harmed, past its adjective
        self._suppose(k, roles)
        if self.ended is not None and self._in_ended_era(k):
            return
        if self._lends_nothing(k, text, roles, before, capacity_before):
            return
        in_any = self.any_left > 0
        if in_any and not roles.preposition:
            self.any_left -= 1
        if self._opens_a_phrase(k, roles):
            return
        if roles.attacking and (good := dealt_to_good(self.doc, k, self.end)) is not None:
            # "ضربة قاسية للإصلاحات", "هجوم على الديمقراطية": a blow dealt to a good thing is a harm (alone, a
            # blow or an attack is a report: whom it is made on is read in acts.attacked)
            self.assaulted, self.last = good, None
            self.phrase[k] = self.alone[k] = -1
            return
        valued = self._word_value(k, roles)
        if valued is None:
            return
        value, raw = valued
        value = self._denied_in_any(k, raw, self._reversed(k, text, value), in_any)
        value = self._governed(k, value)
        harmed = value > 0 and after_bad and not joined(text)
        if harmed:
            # "تهديد الأمن", "تقويض الاستقرار", "أزمة ثقة": the good thing a bad word governs is what is
            # harmed, no good word of its own (but "الإرهاب والسلام" are two things)
            value = 0
        self._lend(k, value, raw, after_bad, harmed, roles)

    def _read_plain(self, k: int, capacity_before: bool, roles: _WordRoles) -> None:
        """Read word k, a plain word (_WordRoles.plain, no punctuation, no bad group's name) with no reverser acting
        and no era said to be over: what read's steps do with such a word, in their order, without asking each step
        of it (most words of a content are plain, and the reader is asked of every word of every content). It lends
        nothing and ends the phrase before it: no good word before governs past it, nothing is chained or refused."""
        self.bad_head = False
        if k == self.assaulted:
            self.assaulted = None
        if self.supposing_left:
            self.supposing_left -= 1
        if k in self.named:
            self.chained = False
            return
        if capacity_before:
            return
        if self.any_left > 0 and not roles.preposition:
            self.any_left -= 1
        self.denied_left = max(0, self.denied_left - 1)
        self.chained = False
        self.last = self.refused_support = None

    def _in_ended_era(self, k: int) -> bool:
        """Is word k a word of an era of a bad thing said to be over, or the verb that says so? The era's bad words
        lend nothing (the bad thing is gone); the verb of ending lends a good word, unless supposed or wished for."""
        era = self.ended
        assert era is not None
        if k != era.verb and not era.first <= k <= era.last:
            return False
        if k == era.verb and not (self.supposing_left or self.wished or self.wishing):
            self.phrase[k] = self.alone[k] = 1
        self.last, self.reverse_left, self.chained, self.bad_head = None, 0, False, False
        return True

    def _asked_to_refrain(self, before: int) -> bool:
        """Is the word, a negating verbal noun (function_words refrain_noun: "عدم", _WordRoles.refrain), right after the
        party a call appeals to, or its إلى or على ("دعا X إلى عدم التصعيد", "ناشد X عدم الانجرار", "حث X على عدم")? What
        follows is what X is asked not to do: a call for restraint, no charge that X does it."""
        if before >= self.start and normalize(self.toks.texts[before]) == URGED_ON:
            before = word_before(self.doc, before, self.start)   # "حث X على عدم"
        return asked_of(self.doc, before, self.start, self.in_name, self.wished or self.wishing)

    def _suppose(self, k: int, roles: _WordRoles) -> None:
        """Count down the "if" phrase word k stands in, or open one at a condition word ("إذا", "لو", "في حال"):
        it runs to punctuation, a resuming فإن/أن, or CONCESSIVE_REACH words, as `weighed` reads it."""
        if self.toks.punct[k] or roles.resuming:
            self.supposing_left = 0
        elif roles.condition and opens_condition(self.doc, k):
            self.supposing_left = CONCESSIVE_REACH + 1
        if self.supposing_left:
            self.supposing_left -= 1

    def _lends_nothing(self, k: int, text: str, roles: _WordRoles, before: int, capacity_before: bool) -> bool:
        """Punctuation (which ends every phrase), a word of obligation or discussing (which opens a clause),
        a name, an honorific, a role (the word `before` it "بصفة"), the noun of a compound preposition: no
        value of its own."""
        doc, start, end = self.doc, self.start, self.end
        if self.toks.punct[k]:
            # what a colon opens is still the object of an obligation ("يجب على X أن يقدم: «دعما ...»")
            self.reverse_left, self.chained, self.last, self.denied_left, self.any_left, self.refused_support = \
                0, False, None, 0, 0, None
            self.wishing = self.wishing and text == ":"
            self.judging = self.discussed = False
            self.in_topics = self.in_topics and text in COMMAS
            return True
        if roles.obligation:
            self.wishing = True
            return True
        if roles.polarity < 0 and before >= start and (_roles_of(self.toks.texts[before]).obligation or
                                                       is_one_of(self.toks.texts[before], IMPORTANCE)):
            # "ضرورة التدخل", "أهمية تدخل X": the bad word right after a word of need is what the speaker wants
            # done, no fault of anyone's (but "ضرورة عدم التدخل" names a thing wished away, and stays bad)
            return True
        if roles.polarity < 0 and asked_of(doc, before, start, self.in_name, self.wished or self.wishing):
            # "ناشد X التدخل لإنقاذ", "طلب من X التدخل", "دعا X إلى التدخل": the deed asked of the one appealed to,
            # right after it, is what is wanted done, no fault of X's (what X is asked to stop, "دعا X إلى وقف",
            # asked_to_stop reads)
            return True
        if roles.discussing:
            self.discussed = self.in_topics = True  # "سيصل وفد لمناقشة التعاون": the topic of a talk is no one's merit
            return True
        if k in self.named and k not in self.bad_names:
            self.reverse_left, self.chained = 0, False
            return True
        # "سعادة السفير", "سعادة الشيخ X": an honorific, no happiness; "وبصفتنا حلفاء": the role one acts
        # in, no judgement; "بناء على طلب", "برعاية X": a compound preposition, nothing constructive
        return (roles.honorific and honours(doc, k, end, self.in_name)) or \
            capacity_before or \
            (roles.preposition_head and heads_preposition(doc, k, end))

    def _opens_a_phrase(self, k: int, roles: _WordRoles) -> bool:
        """A negated "any", a reverser, or the name of a bad group: it acts on the words after it (or the
        good word before it), with no value of its own."""
        if roles.any_word and negated(self.doc, k, self.start):
            # "لم تبد أي رغبة في التعاون": none of it is there
            self.any_left, self.any_head = ANY_REACH, first_word(self.doc, k + 1)
            return True
        if roles.reverser:
            # "محاكمته غير شرعية", "حظر غير مبرر": an indefinite غير phrase right after the word of fighting says
            # what the fighting is (its adjective or predicate), it is not what is fought
            reach = 0 if self._non_phrase(first_word(self.doc, k + 1), definite=False) else REVERSE_REACH
            # "وقفت معنا", "وقفوا إلى جانب X": the perfect of standing folds onto وقف (stopping); standing by is no stop
            after = first_word(self.doc, k + 1)
            if after < self.end and not _roles_of(self.toks.texts[after]).side:
                after = first_word(self.doc, after + 1)   # "وقفت إلى جانب": past إلى
            if after < self.end and stands_by(self.doc, after, self.start) > 0:
                reach = 0
            self.reverse_left, self.chained, self.last = reach, False, None
            self.definite_reverser = k if _definite(self.toks.texts[k]) else -1
            return True
        if k not in self.bad_names:
            return False
        # "تدعم الميليشيات": supporting a bad group is bad; the group's name itself lends nothing
        if self.last is not None and not self.chained and not self.reverse_left:   # not "مكافحة الإرهاب والميليشيات"
            self.governing.add(self.last)
            self.phrase[self.last], self.last = -1, None
        elif self.refused_support is not None:
            # "لا تدعم الميليشيات": not supporting a bad group is no fault
            self.governing.add(self.refused_support)
            self.phrase[self.refused_support], self.refused_support = 1, None
        self.reverse_left, self.chained = 0, False
        return True

    def _word_value(self, k: int, roles: _WordRoles) -> tuple[int, int] | None:
        """The value word k lends alone (negation and wishing counted), and its value in the table; None when
        it lends nothing here: the topic of a named event, a good thing a negated good word governs, a bad
        thing a denial denies."""
        doc, start = self.doc, self.start
        value = (0 if roles.judges_nothing else polarity_at(doc, k, start)) or \
            (stands_by(doc, k, start) if roles.side else 0) or (steadfast(doc, k, start) if roles.unchanging else 0) or \
            (1 if (roles.tie or roles.envoy) and self.reverse_left else 0) or \
            (1 if roles.tie and self._mended(k) else 0) or \
            (-1 if roles.tie and self._reviewed(k) else 0)   # "قطع العلاقات مع X", "إعادة النظر في العلاقات مع X"
        if (self.wished or self.wishing) and roles.duty and (self.wished or value >= 0):
            value = 0         # "دعا X إلى تحمل مسؤولياته", "إلى التصرف بمسؤولية": a duty urged is no blame (but "يجب
            #                   أن تتحمل X المسؤولية" still lays it on X)
        elif (self.wished or self.wishing) and roles.polarity < 0:
            value = -1        # "دعا إلى عدم التدخل": the bad thing named, negated or not
        if (value and after_topic_head(doc, k, start)) or (value > 0 and after_service_head(doc, k, start)):
            # "عملية السلام", "قمة التنمية": the topic of a named event or body, not an evaluation; "قوارب الإنقاذ":
            # the good service a crew or an operation is named for
            self.reverse_left, self.chained, self.last = 0, False, None
            return None
        raw = roles.polarity
        if self.denied_left and raw > 0 and value > 0:
            # "لا تخدم السلام والاستقرار": what a negated good word governs is denied with it
            self.denied_left = DENIED_REACH
            return None
        self.denied_left = DENIED_REACH if raw > 0 > value else 0 if raw < 0 else max(0, self.denied_left - 1)
        if self.denied and value < 0:
            return None       # "نفى وجود خلافات مع X": the disagreement is denied, X is not judged by it
        if value < 0 and prevented_from(doc, k, start, self.in_name):
            # "منع X من تهديد جيرانها": the bad deed is X's (acts.prevented reads it), no fault of the preventer's
            self.denied_deed, self.last = k, None
            return None
        if value < 0 and unrelated(doc, k, start, self.in_name):
            # "لا علاقة لX بالهجمات الإرهابية": the tie to the bad thing is denied, it clears X (its adjective too)
            self.denied_deed, self.last = k, None
            return None
        if value < 0 and object_of(doc, k, self.denied_deed, start):
            # "لم ترتكب انتهاكات", "لم تمارس أي عنف": the bad thing a negated bad deed would govern is denied with it
            self.denied_deed, self.last = None, None
            return None
        if value:
            self.denied_deed = k if raw < 0 < value and not is_aimed(doc, k, start) else None
        if value:
            self.alone[k] = value
        return value, raw

    def _mended(self, k: int) -> bool:
        """Is word k (a noun of ties) right after a word of resuming or mending ("استئناف العلاقات مع X", "تطبيع
        العلاقات", "فتح علاقات رسمية مع X")? Ties resumed or mended are a rapprochement with the other side."""
        p = word_before(self.doc, k, self.start)
        return p >= self.start and of_kind(self.toks.texts[p], polarity_table().mending)

    def _reviewed(self, k: int) -> bool:
        """Is word k (a noun of ties) what is assessed again, right after the word of assessing or past its في
        ("إعادة النظر في العلاقات مع X", "سيعيد تقييم العلاقة مع X")? Ties put in question are a threat to them."""
        table = polarity_table()
        p = word_before(self.doc, k, self.start)
        if p >= self.start and normalize(self.toks.texts[p]) == IN_REVIEW:
            p = word_before(self.doc, p, self.start)
        if self._revised(k, p):
            return True
        if p < self.start or not of_kind(self.toks.texts[p], table.reviewing):
            return False
        q = word_before(self.doc, p, self.start)
        return q >= self.start and of_kind(self.toks.texts[q], table.again)

    def _revised(self, k: int, p: int) -> bool:
        """Is word k (a noun of ties) what a word of revising assesses again by itself ("مراجعة العلاقات مع X"), right
        after it or, with its ل, past one word of extent ("مراجعة جذرية للعلاقات مع X")? Revising is reconsidering: no
        word of again is needed, and ties under revision are put in question as when they are "looked at again"."""
        revising = polarity_table().revising
        if p < self.start:
            return False
        if of_kind(self.toks.texts[p], revising):
            return True
        q = word_before(self.doc, p, self.start)
        with_li = any(clitic == "ل" for clitic, _ in clitic_variants(self.toks.texts[k]))
        return with_li and q >= self.start and not self.toks.punct[p] and of_kind(self.toks.texts[q], revising)

    def _reversed(self, k: int, text: str, value: int) -> int:
        """The value turned round by a reverser still acting: "مكافحة الفساد والتهريب", "مكافحة الإرهاب
        التكفيري": the reverser's object goes on through words joined with و and the adjective right after it."""
        if self.reverse_left and self.definite_reverser == word_before(self.doc, k, self.start) and _definite(text) and \
                not joined(text):
            # "المقاومة السلمية", "للمكافحة الفعالة": a definite noun is in no construct, the definite word after it is
            # its adjective (what the fighting is), not what is fought; the reach goes on past it (but "المواجهة والعداء"
            # are two things)
            return value
        if self.reverse_left and of_kind(text, polarity_table().manner):
            # "أوقفت البث عمدا": a word of manner says how the deed was done, it is not what the deed stops; the reach
            # goes on past it
            return value
        goes_on = self.chained and (joined(text) or self.last_reversed == word_before(self.doc, k, self.start))
        if value and (self.reverse_left or goes_on):
            self.reverse_left, self.chained, self.last_reversed = 0, True, k
            return -value
        self.chained = False
        if self.reverse_left and not self._non_phrase(k, definite=True) and not _determines(text) and not self._amount(k):
            # "مكافحة الهجرة غير الشرعية": a definite غير phrase is the adjective of the noun fought, the reach goes on;
            # so it does past "all forms of" ("وقف كل أشكال العنف", "تجميد كافة أوجه التعاون مع X") and "المزيد من"
            self.reverse_left -= 1
        return value

    def _amount(self, k: int) -> bool:
        """Is word k "more" (function_words amount: "المزيد") or the من after it? "تجنب المزيد من التصعيد": the
        reach of a word of stopping or avoiding goes past them to the noun they measure."""
        amount = lexicon.function_words().amount
        if normalize(self.toks.texts[k]) in amount:
            return True
        p = word_before(self.doc, k, self.start)
        return normalize(self.toks.texts[k]) == FROM and p >= self.start and normalize(self.toks.texts[p]) in amount

    def _non_phrase(self, k: int, definite: bool) -> bool:
        """Is word k the غير of a غير phrase whose word has the article (`definite`: "غير الشرعية", an adjective of the
        definite noun before it) or has none ("غير شرعية")?"""
        if k >= self.end or normalize(self.toks.texts[k]) != NON:
            return False
        q = first_word(self.doc, k + 1)
        return q < self.end and not self.toks.punct[q] and \
            normalize(self.toks.texts[q]).startswith(ARTICLE) == definite

    def _after_non(self, k: int) -> bool:
        """Is word k right after غير ("غير شرعية", "وغير مقبولة")?"""
        p = word_before(self.doc, k, self.start)
        return p >= self.start and is_one_of(self.toks.texts[p], NON_WORDS)

    def _denied_in_any(self, k: int, raw: int, value: int, in_any: bool) -> int:
        """"لم تتخذ أي خطوة لوقف العنف": the good thing the "any" phrase names is denied; but the bad thing
        inside it past its head is not ("لم تقدم أي دليل على اتهاماتها": the charges stand unproven)."""
        turned = raw < 0 < self.alone.get(k, 0)   # a bad word the negation turned round
        if in_any and ((value > 0 and not turned) or (turned and k != self.any_head)):
            value = -value
            if self.alone.get(k, 0) > 0:
                self.alone[k] = -self.alone[k]
        return value

    def _governed(self, k: int, value: int) -> int:
        """A bad thing governed by the good word before it: that word lends nothing ("تدعم الإرهاب"), or
        good when a negation turned it round ("لا تدعم الإرهاب"), and then the bad thing lends nothing. But a bad
        adjective joined by و to a غير phrase is a second adjective, governed by nothing ("غير شرعية وفاسدة")."""
        if value < 0 and self.refused_support is not None and joined(self.toks.texts[k]) and \
                self._after_non(self.refused_support):
            self.refused_support = None
        if value < 0 and self.last is not None:
            self.phrase[self.last] = 0
            self.governing.add(self.last)
        if value < 0 and self.refused_support is not None and not self.reverse_left and not self.chained:
            # "لا تدعم الإرهاب", "لم تعد تمول المتمردين": refusing to support a bad thing is no fault, and the
            # bad thing is none of the one who refuses it
            self.governing.add(self.refused_support)
            self.phrase[self.refused_support], value = 1, 0
        return value

    def _lend(self, k: int, value: int, raw: int, after_bad: bool, harmed: bool, roles: _WordRoles) -> None:
        """Word k lends its phrase value (unless what is wished, charged or discussed takes it), and tells
        the next word what it governs."""
        if value:
            self.phrase[k] = value
        partner = roles.partner
        if not value and self.last is not None and partner:
            return            # "شريكا في القتل", "ساهم في التخريب": the good word governs the bad one past في
        if not value and after_bad and partner:
            self.bad_head = True   # "تماطل في تنفيذ", "راوغ في الالتزام": the bad verb governs the good thing past في
            return
        self.last = k if value > 0 else None
        self.refused_support = k if raw > 0 > self.alone.get(k, 0) else None
        self.bad_head = value < 0 or harmed   # "تعرقل جهود السلام": the harmed thing's own object is harmed too
        if (self.wished or self.wishing) and value > 0:
            self.phrase.pop(k, None)   # but "دعا إلى التضامن مع X": the good word X is the object of is its own
        if self.supposing_left and value > 0:
            # "إذا كانت X حريصة على السلام": a merit supposed is none said of X (a fault supposed still warns)
            self.phrase.pop(k, None)
        if self.in_topics and value < 0:
            self.topics.add(k)     # "تناول اللقاء قضية الإرهاب": the topic judges no one far off
        if (self.judging or self.discussed) and value > 0:
            self.phrase.pop(k, None)   # "تتهم X بدعم المتمردين": the good word of a charge or of what is rejected
        self.judging = self.judging or (value < 0 and is_aimed(self.doc, k, self.start))


def _definite(text: str) -> bool:
    """Has the word the article, with or without a clitic before it ("المقاومة", "للمقاومة", "والسلمية")? Read on the
    letters as written: normalized, "إلغاء" would begin like an article."""
    return text.startswith(DEFINITE_OPENINGS_AS_WRITTEN)
