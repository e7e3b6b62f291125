"""Which token is a cue: CueReader reads the lexicon's entry of a word against its neighbours, and the cues
read apart from the lexicon: "وعبر الوزير عن ارتياحه", "في رأيه", "، طالبا من", "، ووصفها بأنها", "وهو ما نفاه",
"وورد في الرسالة أن". With the speed prefilters (may_be_cue, in_text_verb) that copy these readers' first tests."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from functools import lru_cache, partial

from .... import lexicon
from ....text import clitic_variants, normalize, opens_with_clitic
from ...mentions.sources import OWN_NAME_WORDS
from ...words import PRONOUN_SUFFIXES
from ..cursor import SENTENCE_ENDS, Cursor
from ..index import MentionIndex
from ..referents.affiliated import person_past_affiliation
from . import FROM, SPEECH_KINDS, Cue, entry_in, governing_preposition
from .complements import OPENER_WORDS
from .other_readings import DEFINITE, OtherReadings

NOUN_BACK = 6                          # tokens back from "جاء فيها", "قال فيها" to the statement noun
SAY_ACT, NEUTRAL = "say", "neutral"   # the act and stance of a negated verb that still says something
RULED_WORDS = 10                       # words from "قضت" to what was ruled (past the court, a date between commas)
SPEECH_OPENER_WORDS = 20               # words after "وتابع", "ومضى" within which what they say opens (past a framing phrase)
DESCRIBED_AS, DESCRIBE = normalize("بأن"), normalize("وصف")   # "وصف X تصريحات Y بأنها": the described statement
DESCRIBED_WORDS = 7                    # words from a described statement noun to its بأن (past its author's title and name)
DESCRIPTION_WORDS = 8                  # words after "وصفها" within which its بأن / بـ comes (past its subject's title and name)
DESCRIBER_WORDS = 10                   # words from the verb of describing to the statement noun (past its subject and title)
WAVING_WORDS = 4                       # words after لوّح within which the thing waved comes ("لوّح عدد منهم بالرايات")
EXCHANGE_WORDS = 12                    # words after تبادل within which what is exchanged comes (past two titled names)
BLAME_WORDS = 20                       # words after a past "حمّل" within which the blame it lays comes (past a titled subject and an aside)
CAST_WORDS = 6                         # words after ألقى within which the blame it casts comes ("ألقت الحكومة الأردنية المسؤولية")
ASIDE_MARKS = 4                        # the two commas of an aside after a titled subject ("، من مركز Y،") and the
                                       # two quote marks of a name in it ("، من مؤسسة "X" للاستشارات،")
PARTICIPLE_OPENER_WORDS = 4            # words after an adjective-like participle ("مشددة") within which its أن comes
BYLINE_MARKS = ("-", "ـ", "–", ":")    # "كتب - فلان:", "كتب ـ فلان", "كتب: فلان"
AS_PUT_FIRST = frozenset(phrase.split()[0] for phrase in lexicon.function_words().as_put_by)
AS_PUT_WORDS = max(len(phrase.split()) for phrase in lexicon.function_words().as_put_by)   # "من وجهة نظره"
# every opening of an as_put_by phrase, letter by letter ("ف", "في", "في ", "في ر", ...): what a phrase of two words
# or more read from a token must open with, its first word, a space and the next word (whatever that word holds)
AS_PUT_OPENINGS = frozenset(phrase[:n] for phrase in lexicon.function_words().as_put_by for n in range(len(phrase) + 1))
AS_PUT_ACT = ("report", "neutral", "via")   # "على حد قوله", "على حد تعبير الوزير", "في رأيه": act, stance, kind
EXPRESSED_CUE = lexicon.Cue("عبر", "say", "neutral", "verb")   # "وعبر الوزير عن ارتياحه"
SOURCE_ASIDE_WORDS = 10   # tokens of an aside "، وفق بيان لمكتبه،" between the subject of عبر and its عن
EXPRESSED_WORDS = 12         # words after "عبر" within which "عن" and the feeling come (past a title, name and "في بيان")
MARKED_EXPRESSED_WORDS = 30  # the same after "عبّر" with its shadda, past commas (a long titled subject, an aside)
ABOUT = "عن"
SHADDA = "\u0651"   # the doubling mark: "عبّر" is the verb, the preposition is عَبْر
AND = "و"   # "ودعم": the conjunction glued on a verb spelled as its verbal noun (function_words joined_masdar)
BI = "ب"   # glued on a view: "برأيه"; standing alone before a quote: يعد بـ"..."
TATWEEL = "ـ"   # the stretching stroke of a detached بـ
WHAT = normalize("ما")
FOR_WHAT = normalize("لما")   # "وفقا لما قاله": ل of وفقا glued to ما
PRESENT_PREFIXES = ("ي", "ت", "م")   # present tense and participles: as often nouns with an owner there
CREDITED_NOUN_WORDS = 3   # words of the noun and its adjectives between "بحسب" and its relative pronoun ("النتائج شبه النهائية")
PURPOSE_LAM = "ل"   # "عاد ليؤكد أن": the ل of purpose before a present verb
PURPOSE_MEDIUM_WORDS = 8   # tokens of the medium between a purpose present and its أن ("ليعلن عبر إذاعة محلية أن")
REQUEST_LEMMA = "طلب"   # the verb whose participle "طالبا" is
OFFER_LEMMA = "عرض"     # the proposing verb that also offers (help, a truce, stepping down)
OFFERED_WORDS = 10      # words after "قدّم" within which what it offers comes (past a titled name and a date between commas)
REFUSED_WORDS = 12      # words after "رفض" (past its subject's title and name) within which what it declines comes
SENDING_WORDS = 12     # words after "بعث" within which the greeting it sends comes (past a long titled name)
REQUEST_WORDS = 6      # words after "طالبا" within which its بـ complement comes ("طالبا النقابات في المدن الكبرى بالتهدئة")


@lru_cache(maxsize=131072)
def may_be_cue(text: str) -> bool:
    """Can a word written so be a cue at all, whatever stands around it? The first test of each reading
    of CueReader._read, all of which look at the word alone: a verb of expressing (_expressed), the
    first word of an "as put by" phrase (_as_put), the participle of requesting (_requesting), an entry
    of the lexicon, as a participle too, or a verb with an object pronoun (_with_object_pronoun). Most
    words are none of these, and their neighbours need not be read. Kept per word."""
    norm = normalize(text)
    words = lexicon.function_words()
    return norm[_expressed_prefix(norm):] in words.expressed_verb or norm in AS_PUT_FIRST \
        or norm[1:] in AS_PUT_FIRST or norm in words.requesting_participle \
        or entry_in(text, True) is not None or verb_with_object_pronoun(text) or _purpose_present(text) is not None


@lru_cache(maxsize=131072)
def verb_with_object_pronoun(text: str) -> bool:
    """Can a word written so be a verb of the lexicon with its object pronoun ("ووصفها", "نفاه", "اتهموه"), bare
    or after و or ف: the word-alone part of CueReader._with_object_pronoun, whose two readings
    (_describing_with_pronoun, _past_with_pronoun) both look up a stem before a pronoun suffix. Most words
    ending as a pronoun does ("الوجه", "منها") have no such stem, and their neighbours need not be read. Kept
    per word."""
    if not text.endswith(PRONOUN_SUFFIXES):
        return False
    for prefix in ((0, 1) if text[:1] in ("و", "ف") else (0,)):
        for pronoun in PRONOUN_SUFFIXES:
            stem = text[prefix:-len(pronoun)] if text.endswith(pronoun) else ""
            if len(stem) >= 2 and (entry := stem_entry_before_pronoun(stem)) is not None and entry.kind == "verb":
                return True
    return False


def stem_entry_before_pronoun(stem: str) -> lexicon.Cue | None:
    """The lexicon's entry of a verb written before an object pronoun: a final ى is written ا there ("نفاه"),
    and the plural's alif falls ("وصفوه")."""
    cues = lexicon.cues()
    entry = cues.get(normalize(stem))
    if entry is None and stem.endswith("ا"):
        entry = cues.get(normalize(stem[:-1] + "ى"))
    if entry is None and stem.endswith("و"):
        entry = cues.get(normalize(stem + "ا"))
    return entry


def _purpose_present(text: str) -> lexicon.Cue | None:
    """"ليعلن", "ليؤكد": the present of a verb of saying with the ل of purpose glued on (in order to say),
    the verb's own entry; None for other words."""
    if not text.startswith(PURPOSE_LAM) or text[1:2] not in PRESENT_PREFIXES[:2]:
        return None
    entry = lexicon.cues().get(normalize(text[1:]))
    return entry if entry is not None and entry.kind == "verb" else None


def _expressed_prefix(norm: str) -> int:
    """The length of the و or ف glued on a verb of expressing ("وعبر", "وعبرت"), where "عبر" may be "expressed"."""
    return 1 if norm[:1] in ("و", "ف") and norm[1:] in lexicon.function_words().expressed_verb else 0


@lru_cache(maxsize=131072)
def _read_apart(norm: str) -> tuple[bool, bool, bool]:
    """May a word (normalised) be read as a cue apart from the lexicon, as CueReader._expressed ("وعبر"),
    _as_put ("في رأيه") and _requesting ("، طالبا من") read one? Their first tests of the word; kept per word."""
    words = lexicon.function_words()
    return (norm[_expressed_prefix(norm):] in words.expressed_verb,
            norm in AS_PUT_FIRST or norm[1:] in AS_PUT_FIRST, norm in words.requesting_participle)


@lru_cache(maxsize=131072)
def in_text_verb(text: str) -> tuple[int, str] | None:
    """(length of the و or ف glued on, the verb normalised) of a verb of what a text says ("جاء", "وورد"):
    CueReader.statement_reference reads on only after one. None for most words; kept per word."""
    prefix = 1 if text[:1] in ("و", "ف") and len(text) > 3 else 0
    verb = normalize(text[prefix:])
    return (prefix, verb) if verb in lexicon.function_words().in_text_verb else None


def _derived_past(stem: str) -> bool:
    """"اتهم", "انتقد", "استنكر": a past stem of four letters or more opening with ا (the derived forms VII,
    VIII, X). With an object pronoun on it ("واتهمها") it is a verb: their verbal nouns are spelled otherwise
    ("اتهامها"), while a stem of form I is as often a noun with its owner ("ووصفه", "وطلبه") and one of
    form IV in أ reads as well as an elative ("وأبرزهم"), so after و with no comma only these open a statement."""
    return len(stem) >= 4 and stem[:1] == "ا"


# function words that head no relative clause: "لم يصفه", "كما وصفها", "بعد أن اعتبره"
HEAD_EXCLUDED = ("clause_opener", "preposition", "complementizer", "adjunct", "negation", "according_to",
                 "clause_link", "aside_opener", "agent_link", "preposed_link")


def _deeming_past(stem: str, deeming: frozenset[str]) -> bool:
    """"وصف", "وصفت", "اعتبرو" (اعتبروا before its pronoun): a past of a verb of describing or deeming."""
    norm = normalize(stem)
    return norm in deeming or (norm[-1:] in ("ت", "و") and norm[:-1] in deeming)


# acts whose verbs take a claim or a person charged as object: after the head of a relative clause, with the
# head taken back by their object pronoun and their subject named after them ("وهي تهمة نفاها محاموه", "الوزيرة
# التي اتهمها الحزب بـ"), they tell that subject's statement as a verb of deeming does; a verb of deeds there
# ("الغارات التي شنتها") tells none
CLAIM_ACTS = ("deny", "accuse")
CALLED_DESCRIPTION_WORDS = 5   # words of the description of a verb's subject before "يدعى" ("عامل في الميناء")
SAY_ACTS_OF_NAMING = ("say", "report")   # verbs of saying whose subject a description and "يدعى" may name
COORDINATED_BACK = 25   # words back from "واتهمها" within which the verb of saying it is joined to stands

_UNREAD = object()   # CueReader.at: a token not read yet (None is "no cue")

# the function_words classes of cue words with another reading that CueReader._read tells apart, in the two runs of
# its tests (before and after the test of a described statement): a word of none of them skips a run at once
_FW = lexicon.function_words()
OTHER_READING_FORMS_A = frozenset().union(*(getattr(_FW, name) for name in (
    "resumptive_only", "needs_opener", "clause_initial_verb", "sending_verb", "statement_giving_verb", "offering_verb",
    "by_saying_verb", "anonymity_verb", "convicting_word", "accusing_verb", "refusing_verb", "content_object_verb",
    "proposing_verb", "likening_verb", "touching_verb", "blame_verb", "cast_verb")))
OTHER_READING_FORMS_B = frozenset().union(*(getattr(_FW, name) for name in (
    "waving_verb", "attack_verb", "insist_verb", "consensus_verb", "exchange_verb", "linking_verb", "retort_verb",
    "suspending_verb", "adopting_verb", "renew_verb", "deploying_word", "assault_verb", "needs_speech_opener",
    "relay_verb", "issue_verb", "ruling_verb", "byline_verb", "plural_noun_verb", "enabling", "impersonal_verb")))


class CueReader(OtherReadings):
    """Which token is a cue. Answers are kept per token: the stages ask about the same tokens often."""

    def __init__(self, tokens: Cursor, mentions: MentionIndex) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.lexicon = lexicon.cues()
        # the answer at each token, worked out once: None at the words may_be_cue turns away (most words; found
        # for the whole Doc at once, each distinct word asked once), the others read on first use
        self._at: list[Cue | None | object] = [None] * tokens.size
        # (the tokens may_be_cue lets through, in order: a scan for the cues of a stretch looks at these alone)
        self._may_be: list[int] = tokens.words_where(may_be_cue)
        for k in self._may_be:
            self._at[k] = _UNREAD

    def at(self, k: int) -> Cue | None:
        """The cue at token k, if it is one."""
        cue = self._at[k]
        if cue is _UNREAD:
            cue = self._at[k] = self._read(k)
        return cue

    def cues_in(self, start: int, end: int) -> Iterator[tuple[int, Cue]]:
        """(token, cue) of each token of start..end-1 at() finds a cue at, in order, read as the caller goes on (as a
        scan asking at() of each token would read them); at() is asked of the tokens it may find one at only."""
        may_be, answers = self._may_be, self._at
        for n in range(bisect_left(may_be, start), bisect_left(may_be, end)):
            k = may_be[n]
            cue = answers[k]   # (at(k), its kept answer read in place)
            if cue is _UNREAD:
                cue = answers[k] = self._read(k)
            if cue is not None:
                yield k, cue

    def kind_at(self, k: int) -> str | None:
        cue = self._at[k]   # (at(k), its kept answer read in place: asked of every word of many walks)
        if cue is _UNREAD:
            cue = self._at[k] = self._read(k)
        return cue.kind if cue else None

    def _read(self, k: int) -> Cue | None:
        """The cue at token k, a word may_be_cue lets through (at reads no other)."""
        tokens = self.tokens
        tok, norm_k = tokens.texts[k], tokens.norms[k]   # (the word and its normal form, read once for the tests below)
        # (most cue words open none of the three readings apart from the lexicon, and "في", "من" only one: each is
        # read only where the word may open it)
        expressed_word, as_put_word, requesting_word = _read_apart(norm_k)
        if expressed_word and (expressed := self._expressed(k)) is not None:
            return expressed
        if as_put_word and (as_put := self._as_put(k)) is not None:
            return as_put
        if requesting_word and (requesting := self._requesting(k)) is not None:
            return requesting
        if (purpose := _purpose_present(tok)) is not None:
            # "ثم عاد ليؤكد أن", "وظهر في مقطع مصور ليعلن أن": only with what is said opening at once, where
            # the verb cannot be a noun ("لتقول" is not "for a saying"); the subject is the clause's own;
            # or past the medium it was said on ("ليعلن عبر التلفزيون أن")
            said = self._content_next(k) or self._content_past_medium(k)
            return Cue(k, len(PURPOSE_LAM), purpose) if said else None
        if entry_in(tok, True) is None:
            return self._with_object_pronoun(k)  # no reading of the word is a cue, participle or not
        if (resumed := self._verb_taking_back(k)) is not None:
            return resumed   # "، وهو ما رفضه المجلس": the verb, not the noun with its owner ("his rejection")
        if self.mentions.in_a_mention(k) and k not in self.mentions.start_at:
            return None  # "ائتلاف دعم الشرعية", "حزب نداء تونس": a word of a name, no cue
        # inflected participles ("متفقين", "مؤكدة") only where a participle of manner stands: after a comma
        p = tokens.prev(k)
        after_comma = p is not None and tokens.is_comma(p)
        nxt = tokens.next(k + 1, tokens.size)
        start_at = self.mentions.start_at
        if after_comma and nxt in start_at and start_at[nxt].type == "Place" \
                and not self._governs_past(k, start_at[nxt].j):
            after_comma = False  # "، مدينة حمص": a noun in apposition, not a participle
        found = entry_in(tok, after_comma)
        if found is None or (norm_k in tokens.words.word_of_its_own and not self._source_next(k)):
            return None  # "فحسب": only; "فحسب الوزير فلان" is "for according to"
        if found[1].kind in SPEECH_KINDS and not found[0] and self._after_quantifier(k):
            return None  # "أي ذكر غريب": a noun after "any", "every", not "mentioned"
        if found[1].kind in SPEECH_KINDS and self.after_masdar_governor(k):
            return None  # "طالبا عدم كشف هويته", "أكد ضرورة دعم": a verbal noun, not a verb
        if found[1].kind in SPEECH_KINDS and not found[0] and norm_k in tokens.words.masdar_spelled \
                and self._verbal_noun_place(k):
            return None  # "جاء رد الحكومة", "في إطار نشر القوات": the verbal noun, not "replied", "deployed"
        if found[1].kind in SPEECH_KINDS and found[0] and tok[:found[0]] == AND \
                and normalize(tok[found[0]:]) in tokens.words.joined_masdar and self._coordinated_verbal_noun(k):
            return None  # "على تحسين الخدمات ودعم الفقراء": a verbal noun joined to the one before, not "and supported"
        if not found[0] and self._opinion_noun(k):
            return None  # "في مقال رأي بصحيفة": the noun opinion (ى/ي fold alike), not "saw, deemed"
        if not found[0] and norm_k in tokens.words.noun_spelled and not self._subject_beside(k):
            return None  # "كان ثمن هذه المواقف": the price, not "appreciated"; "ثمن الوزير الجهود" is the cue
        if found[1].kind in SPEECH_KINDS and not found[0] and self._counted(k):
            return None  # "نحو 900 طالب": the noun counted (students), not "demanded"
        if found[1].kind in SPEECH_KINDS and (q := self._next(k)) < tokens.size \
                and tokens.norm(q) in tokens.words.compound_noun_tail:
            return None  # "ثاني رد فعل للنقابة": the first word of a compound noun (reaction), not "replied"
        form = normalize(tok[found[0]:])
        words = tokens.words
        if found[1].kind in SPEECH_KINDS and not found[0] and self._copula_predicate(k, form):
            return None  # "لم يكن مستغربا أن", "كان الأخير ناصحا له": the predicate of a verb of being
        if found[1].kind in SPEECH_KINDS and not found[0] and self._after_counted_noun(k, form):
            return None  # "حصل على 14 صوتا مؤيدا": the adjective of a noun counted
        # (the other readings of a cue word of a few classes, one test of the word for the lot: most cue words are of
        # none of them, OTHER_READING_FORMS)
        if form in OTHER_READING_FORMS_A:
            if form in words.resumptive_only and not self._judging_what(k):
                return None  # "قرأ الوزير البيان": read; "، وهو ما قرأ فيه دبلوماسيون رسالة إلى" is the cue
            if form in words.needs_opener and not (form in words.estimate_verb and self._active_estimate(k)) \
                    and not (form in words.promise_verb and self._promises(k)) \
                    and (not self._opener_past_subject(k) or self._is_among(k)
                         or self._passive_estimate(k) or self._called_by_name(k)):
                # "يبلغ من العمر", "يعتبر من أبرز": the other verb; "يعتبر الوزير أن" is the cue; "تقدر بالملايين",
                # (but "تقدر منظمات العدد بنحو": an active estimate, its subject before the number it estimates)
                # "يعتبر بمثابة": a بـ complement at once makes it the passive (is estimated at, is deemed)
                return None
            if form in words.clause_initial_verb and not self._opens_clause(k, bool(found[0])):
                return None  # "بين الطرفين": between; "وبين الوزير أن", "من جهته، بين الوزير أن" are the cue
            if form in words.sending_verb and not self._followed_by(k, self._greeting_sent, SENDING_WORDS, stop_at_comma=True):
                return None  # "أرسلت الحكومة قوات": no greeting; "بعث الملك برقية تهنئة إلى" is the cue
            if form in words.statement_giving_verb and not self._followed_by(k, self._given_statement):
                return None  # "أدلى بصوته": voted; "أدلى بتصريحات" is the cue
            if form in words.offering_verb and not self._followed_by(k, self._offered_word, OFFERED_WORDS, stop_at_verb=True):
                return None  # "قدم الفريق أداء جيدا": no words offered; "قدّم الوزير تعازيه" is the cue
            if form in words.by_saying_verb \
                    and not self._followed_by(k, self._by_saying, SPEECH_OPENER_WORDS, stop_at_comma=True) \
                    and not (form in words.making_do_verb and self._followed_by(k, self._by_speech_noun, stop_at_comma=True)):
                # "اكتفى الفريق بالتعادل", "عقب الاجتماع": no saying; "اكتفى الوزير بالقول إن" is the cue, and so is
                # "اكتفت الحكومة بدعوة الأطراف إلى" (a verbal noun of saying after بـ)
                return None
            if form in words.anonymity_verb and self._followed_by(k, self._own_name, OWN_NAME_WORDS, stop_at_comma=True):
                return None  # "طالبا عدم ذكر اسمه", "فضل عدم الكشف عن هويته": a source declining to be named says nothing
            if form in words.convicting_word and self._convicted(k):
                return None  # "إدانة المتهم بتهمة الرشوة", "أدانت المحكمة الرجل بالاحتيال": a court convicts, no one speaks
            if form in words.accusing_verb and self._passive_accusation(k):
                return None  # "الذي اتهم بالفساد", "حيث اتهم، بالكذب": he was accused; "واتهم الوزير خصومه بـ" is the cue
            if form in words.refusing_verb and self._followed_by(k, self._withheld_saying, REFUSED_WORDS, stop_at_comma=True):
                if not self._followed_by(k, partial(self._speech_past_declined, k), SPEECH_OPENER_WORDS):
                    # "رفض الوزير التعليق على", "رفضت الشركة الإفصاح عن": declining to speak says nothing
                    return None
                # "رفض التعليق، قائلا إن" says what follows: plain saying, no rejection of what it declined to speak of
                return Cue(k, found[0], lexicon.Cue(found[1].lemma, SAY_ACT, NEUTRAL, found[1].kind))
            if form in words.content_object_verb and not ((self._clause_head(k) or found[0] or after_comma)
                                                          and self._followed_by(k, self._puts_forward, stop_at_comma=True)):
                return None  # "من أبرز اللاعبين", "وسجل اللاعب هدفا"; "وأبرز الوزير أهمية الحوار" is the cue
            if form in words.proposing_verb and not self._followed_by(k, self._proposal, stop_at_comma=True) \
                    and not (found[1].lemma == OFFER_LEMMA and self._offers(k)):
                return None  # "طرحت الشركة أسهمها", "عرض الفيلم"; "وطرحت الحكومة مبادرة للحوار" is the cue
            if form in words.likening_verb and not ((self._clause_head(k) or found[0] or after_comma)
                                                    and self._followed_by(k, self._bi_complement, stop_at_comma=True)):
                return None  # "في شبه جزيرة", "شبه رسمي": semi-, quasi-; "وشبه الوزير الحصار بالعقاب" is the cue
            if form in words.touching_verb and not self._followed_by(k, self._on_topic, stop_at_comma=True):
                return None  # "وتطرق الشرطة الأبواب": she knocks; "وتطرق الوزير إلى الأزمة" is the cue
            if form in words.blame_verb and (not self._lays_blame(k, form) or self._bears_it(k)):
                # "يحمل شهادة", "حمل اسم": carrying; "تحمل الشركة مسؤولية التعويض": bearing it;
                # "حمّل الحكومة المسؤولية" is the cue
                return None
            if form in words.cast_verb and not self._followed_by(k, self._blame_noun, CAST_WORDS, stop_at_comma=True):
                return None  # "ألقى كلمة", "ألقت الشرطة القبض على": no blame; "ألقى الوزير باللوم على" is the cue
        if found[1].kind == "noun" and self._described_statement(k):
            return None  # "وصف فلان تصريحات علان بأنها «...»": the statement described is the verb's object, and the
            # description after بأن is what the describer says
        opens_speech = partial(self._opens_speech, k)
        if form in OTHER_READING_FORMS_B:
            if form in words.waving_verb and self._followed_by(k, self._waved_thing, WAVING_WORDS, stop_at_comma=True):
                return None  # "لوّح الطلاب بالرايات": waving banners; "لوّح الوزير بفرض عقوبات" is the cue
            if form in words.attack_verb and not (self._person_subject(k) and self._followed_by(k, self._attack_on)):
                return None  # "شن الجيش هجوما على مواقع": a raid; "شن الوزير فلان هجوما حادا على خصومه" is the cue
            if form in words.insist_verb and not self._insists_on(k):
                return None  # "شددت الشرطة الإجراءات": tightened; "شدد الوزير على أن" is the cue
            if form in words.consensus_verb and not self._agrees_that(k):
                return None  # "العالم أجمع", "يجمع التبرعات": all, collects; "يجمع المراقبون على أن" is the cue
            if form in words.exchange_verb and not self._followed_by(k, self._exchanged_noun, EXCHANGE_WORDS,
                                                                     stop_at_comma=True):
                return None  # "تبادل الأسرى", "تبادلوا إطلاق النار": no speech; "تبادل الطرفان الاتهامات" is the cue
            if form in words.linking_verb and not self._links_between(k):
                return None  # "الطريق الذي يربط بين", "يربط الإقليم بالعاصمة": a road; "يربط مراقبون بين" is the cue
            if form in words.retort_verb and self._answers_with_a_deed(k):
                return None  # "ردت الحكومة بحظر الواردات": an answer in deeds; "رد الوزير بالقول إن" says it
            if form in words.suspending_verb and self._suspends_a_thing(k):
                return None  # "علقت المنظمة عضوية البلد": suspended it, a deed; "علق الوزير على القرار" comments
            if form in words.adopting_verb and self._adopts_a_measure(k):
                return None  # "أقر البرلمان قانونا": a law passed, a deed; "أقر الوزير بالهزيمة" admits
            if form in words.renew_verb and not self._renews_a_stance(k):
                return None  # "جدد النادي عقد لاعبه", "تجدد القتال": no speech; "جدد الوزير دعوته" is the cue
            if form in words.deploying_word and self._deploys_forces(k):
                return None  # "نشر الجيش آلاف الجنود": troops deployed; "نشر الوزير بيانا" is the cue
            if form in words.assault_verb and self._armed_assault(k):
                return None  # "هاجم مسلحون مركزا للشرطة": a raid; "هاجم الوزير المعارضة" is the cue
            if form in words.needs_speech_opener and not self._after_quote(k) \
                    and not self._followed_by(k, opens_speech, SPEECH_OPENER_WORDS, stop_at_verb=True):
                return None  # "يتابع أعماله", "جناحا تابعا لـ", "مضى الأسبوع": not "وتابع قائلا", nor "«...»، أضاف"
            if form in words.relay_verb and not self._followed_by(k, self._relay_source) \
                    and not self._followed_by(k, self._opens_content, stop_at_comma=True) \
                    and not self._followed_by(k, self._own_words, stop_at_comma=True):
                # "نقلت إلى المستشفى": moved; "نقلت الوكالة عن الوزير", "نسبت الصحيفة إلى الوزير قوله" is the cue
                return None
            if form in words.issue_verb and not self._followed_by(k, self._issued_noun):
                return None  # "أصدرت الشركة ملفا أمنيا", "تصدر الترتيب"; "أصدرت الوزارة بيانا" is the cue
            if form in words.ruling_verb and not self._followed_by(k, self._ruled_thing, RULED_WORDS, stop_at_verb=True):
                return None  # "قضى ليلته في", "قضت على": spent, put an end to; "قضت المحكمة بأن" is the cue
            if form in words.byline_verb and self._next_text(k) in BYLINE_MARKS:
                return None  # "كتب - فلان:": the byline of the article, no statement
            if form in words.plural_noun_verb and self._owned_plural(k):
                return None  # "أسعار كتب التلاميذ": the pupils' books, not "the pupils wrote"
            if form in words.enabling and (p := tokens.prev(k)) is not None and tokens.norm(p) in words.negation:
                return None  # "لن تسمح بأن", "لا نسمح بـ": refusing to let a deed be done, a deed's stance and part of
                # what the sentence's speaker says, no statement of its own
            if form in words.impersonal_verb and tokens.norm(self._next(k)) in words.complementizer \
                    and not (found[0] == 0 and (p := tokens.prev(k)) is not None and self._full_name_ends_at(p)):
                return None  # "يذكر أن ...": the impersonal passive, no speaker; "لكن المحللة فلانة تعتقد أن": her subject before it
        if found[1].kind in SPEECH_KINDS and self._negated(k):   # (asked once for the three readings below)
            if form in words.negated_saying:
                # "لم يستبعد فلان فرض عقوبات", "لم تنف الوزارة": not ruling out, not denying, still says something;
                # the act is plain saying, not the rejecting or denying the verb names
                return Cue(k, found[0], lexicon.Cue(found[1].lemma, SAY_ACT, NEUTRAL, found[1].kind))
            if tokens.norm(self._next(k)) in words.nobody_subject:
                return None  # "لم يتوقع أحد أن": nobody expected, no one said it
            if not self._followed_by(k, self._opens_content):
                return None  # "ولم يعلن الوزير موعد الزيارة": an act not done says nothing; "لم يستبعد أن" does
        if found[1].kind in SPEECH_KINDS and self._act_to_come(k, form, found[1]):
            return None  # "وسوف يعلن", "ومن المنتظر أن يعلن": an act to come says nothing yet
        if found[1].kind in SPEECH_KINDS and self._form_v_past(k, form, found[1]):
            return None  # "وتطلب الأمر تدخل الجيش": it required; "ترد في التقرير": appears in
        if self._present_of_another_verb(k, form, found[1]):
            return None  # "لم توقع الحكومة أي عقود": did not sign, not "expected"
        if found[0] and normalize(tok) in words.in_text_verb and (tokens.norm(self._next(k)) in words.appeared_next
                                                                 or ((p := tokens.prev(k)) is not None
                                                                     and tokens.in_class(p, words.preposed_link))):
            return None  # "ورد في الاتفاق", "ورد ذكرها", "كما ورد بالاتفاق": it appeared, not "and he replied"
        # a chanting participle says a slogan, which may be shorter than a quoted name
        opens_said = partial(self._opens_slogan, k) if form in words.chanting_participle else opens_speech
        if not after_comma and self._adjective_participle(form, found[1]) \
                and not self._followed_by(k, opens_said, PARTICIPLE_OPENER_WORDS):
            return None  # "إجراءات مشددة", "بإصابة مهاجمه": an adjective or a noun, not a participle of manner
        return Cue(k, found[0], found[1])

    def _lays_blame(self, k: int, form: str) -> bool:
        """"حمّل X المسؤولية": the noun of blame within OPENER_WORDS words of a form of حمّل; a past or a participle
        (no present prefix, where "يحمل" is as often "carries") reaches further in its sentence, up to BLAME_WORDS
        words, past a long titled subject and an aside ("حمّل وزير الداخلية فلان، الذي عاد من زيارته، «مجموعات»
        مسؤولية"). Never past أن/إن nor another verb of saying (an anonymous source's "طلب عدم الكشف عن هويته"
        is none), whose clause the noun is in ("وحمل الجنود الجرحى، وقال الطبيب إن المسؤولية")."""
        tokens, words = self.tokens, self.tokens.words
        reach = OPENER_WORDS if form.startswith(PRESENT_PREFIXES[:2]) else BLAME_WORDS
        q, seen = self._next(k), 0
        while q < tokens.size and seen < reach:
            text = tokens.text(q)
            if text in SENTENCE_ENDS or "\n" in text or tokens.norm(q) in words.complementizer:
                return False
            if self._blame_noun(q):
                return True
            found = entry_in(text, False)
            if found is not None and found[1].kind in SPEECH_KINDS and not (
                    normalize(text[found[0]:]) in words.anonymity_verb
                    and self._followed_by(q, self._own_name, OWN_NAME_WORDS, stop_at_comma=True)):
                return False
            seen += 1
            q = self._next(q)
        return False

    def _speech_past_declined(self, k: int, q: int) -> bool:
        """What a refusing verb at k that declines to speak says anyway opens at q: "قائلا", a colon or a
        quote after it ("رفض التعليق، قائلا إن"); not an أن/إن, which opens the declined verb ("رفض أن يكشف")
        or a clause of its own further on ("رفض أن يكشف عن اسمه، ورغم أنه ..."), and a verb of saying before
        it is a cue of its own ("مؤكدا أن")."""
        return not self._opens_content(q) or self.tokens.text(q) == ":" if self._opens_speech(k, q) else False

    def _requesting(self, k: int) -> Cue | None:
        """"، طالبا من الحكومة التدخل", "، طالبا النقابات بالتهدئة": the participle of طلب (a student, too)
        after a comma, with من right after it or a بـ complement in its clause: a request of the clause's subject."""
        tokens = self.tokens
        if tokens.norm(k) not in tokens.words.requesting_participle:
            return None
        p = tokens.prev(k)
        if p is None or not tokens.is_comma(p):
            return None
        nxt = self._next(k)
        if nxt >= tokens.size:
            return None
        asks_of = tokens.norm(nxt) == FROM
        # whom he asks, then what of him: "طالبا النقابات بالتهدئة"; a preposition right after it tells where a
        # student studies ("طالبا في الجامعة", "طالبا بكلية الطب")
        asked = not tokens.is_punct(nxt) and not tokens.text(nxt).startswith(("ب", "ل")) \
            and tokens.norm(nxt) not in tokens.words.preposition
        if not asks_of and not (asked and self._followed_by(k, self._bi_complement, REQUEST_WORDS, stop_at_comma=True)):
            return None
        return Cue(k, 0, self.lexicon[normalize(REQUEST_LEMMA)])

    def _as_put(self, k: int) -> Cue | None:
        """"في رأيه", "برأيه", "من وجهة نظره", "على حد": a phrase of as_put_by (one to AS_PUT_WORDS words)
        starting at token k, after و or ف or bare: the view of whoever its pronoun or its noun names."""
        tokens = self.tokens
        first = tokens.norm(k)
        if first not in AS_PUT_FIRST and first[1:] not in AS_PUT_FIRST:
            return None
        # most "في", "من", "على" open no phrase: the word after them tells so before the phrase's words are read
        second = self._next(k)
        phrase_words = tokens.words.as_put_by
        if not any(first[prefix:] in phrase_words
                   or (second < tokens.size and f"{first[prefix:]} {tokens.norm(second)}" in AS_PUT_OPENINGS)
                   for prefix in ((0, 1) if first[:1] in ("و", "ف") else (0,))):
            return None
        ks = [k]
        while len(ks) < AS_PUT_WORDS and (q := self._next(ks[-1])) < tokens.size:
            ks.append(q)
        for prefix in (0, 1):  # "وفي رأيه": after و or ف
            if prefix and first[:1] not in ("و", "ف"):
                continue
            for n in range(len(ks), 0, -1):
                words = [first[prefix:], *(tokens.norm(q) for q in ks[1:n])]
                if " ".join(words) in tokens.words.as_put_by:
                    phrase = " ".join([tokens.text(k)[prefix:], *(tokens.text(q) for q in ks[1:n])])
                    return Cue(k, prefix, lexicon.Cue(phrase, *AS_PUT_ACT))
        return None

    def own_view_at(self, cue: Cue, end: int) -> int | None:
        """The word of a "according to" marker that is the words or view of whom its pronoun names: "برأيه"
        (the marker itself, بـ glued on), "رأيه" of "في رأيه" / "بحسب رأيه", "تعبيرها" of "على حد تعبيرها", "نظره" of
        "من وجهة نظره" (past the wording words before it); None when the marker names its source otherwise."""
        if cue.kind != "via":
            return None
        tokens = self.tokens
        p = cue.i if self._own_view(cue.i) else tokens.next(cue.i + 1, end)
        while p < end and tokens.norm(p) in tokens.words.wording:
            p = tokens.next(p + 1, end)  # "على حد تعبيرها"
        return p if p < end and self._own_view(p) else None

    def _own_view(self, p: int) -> bool:
        """"قوله", "رأيه", "نظره", or "برأيه" with بـ glued on."""
        own = self.tokens.words.own_words
        return any(stem in own for clitic, stem in clitic_variants(self.tokens.norm(p)) if clitic in ("", BI))

    def _verb_taking_back(self, k: int) -> Cue | None:
        """"، وهو ما رفضه المجلس", "، وهو قرار رفضه المجلس": right after the ما of "وهو ما" or the noun of "،
        وهو قرار", a word that is a verb of saying with its object pronoun or a noun with its owner ("رفضه":
        rejected it / his rejection) is the verb, its subject named after it: a noun there would leave the
        relative clause no verb."""
        tokens = self.tokens
        p = tokens.prev(k)
        if p is None or not tokens.text(k).endswith(PRONOUN_SUFFIXES) or not self._subject_next(k):
            return None
        if not (self._what_resumed(p) or self._noun_resumed(p)):
            return None
        cue = self._with_object_pronoun(k)
        return cue if cue is not None and cue.prefix == 0 else None

    def _with_object_pronoun(self, k: int) -> Cue | None:
        """"، ووصفها بأنها ...", "، ودعاهم إلى ...": after a comma, و and a past verb of saying with its
        object pronoun open the next statement of the same subject; so too without the comma when أن/إن
        follows at once ("ووصفه بأنه", "وأبلغها أن": a noun with its owner takes no أن there). Bare, such a
        word is as often a noun with its owner ("وصفه", "دعوته"), so only this clause head reads it as a verb."""
        tokens = self.tokens
        tok = tokens.text(k)
        if not verb_with_object_pronoun(tok):
            return None   # most words, and most with a pronoun on them: the word before need not be read
        p = tokens.prev(k)
        if p is None:
            return None
        if (described := self._describing_with_pronoun(k)) is not None:
            return described
        for prefix, derived_only, deeming_only in self._object_pronoun_readings(k, p):
            cue = self._past_with_pronoun(k, p, prefix, derived_only, deeming_only)
            if cue is not None:
                return cue
        return None

    def _describing_with_pronoun(self, k: int) -> Cue | None:
        """"لما وصفوه بمحاولات", "ويصفها بأنها", "قد وصفه أثناء المؤتمر بـ«...»", "في خطوة وصفتها بأنها": a verb of
        describing (past or present, و or ف glued on or not) with its object pronoun, its description (بأن or a
        بـ complement) following in its clause. Wherever the word stands, that second complement makes it the
        verb: a noun with its owner ("وصفه", his description) takes none, and no noun is spelled as a present."""
        tokens = self.tokens
        tok = tokens.text(k)
        p = tokens.prev(k)
        if p is not None and tokens.norm(p) in (WHAT, FOR_WHAT):
            return None  # "على ما وصفه بـ": a description inside what is being said, its own subject not named
        if self.mentions.in_a_mention(k) or not self._followed_by(k, self._description, DESCRIPTION_WORDS,
                                                                    stop_at_comma=True):
            return None
        prefixes = (0, 1) if tok[:1] in ("و", "ف") else (0,)
        for prefix in prefixes:
            for pronoun in PRONOUN_SUFFIXES:
                if not tok.endswith(pronoun) or len(tok) - prefix - len(pronoun) < 2:
                    continue
                entry = stem_entry_before_pronoun(tok[prefix:-len(pronoun)])
                if entry is not None and entry.kind == "verb" \
                        and normalize(entry.lemma) in tokens.words.deeming_verb:
                    return Cue(k, prefix, entry)
        return None

    def _description(self, q: int) -> bool:
        """"بأنها", "بأنه", "بالخطوة", or a detached "بـ" before a quote: the description a verb of describing
        gives its object."""
        tokens = self.tokens
        text, norm = tokens.text(q), tokens.norm(q)
        return (norm in tokens.words.complementizer and text.startswith(BI)) or self._bi_complement(q) \
            or normalize(text.rstrip(TATWEEL)) == BI

    def _object_pronoun_readings(self, k: int, p: int) -> list[tuple[int, bool, bool]]:
        """The readings of token k as a verb with its object pronoun, in order, as (length of the و read as
        a conjunction, past stems without a noun twin only, verbs of describing and deeming only). A word
        opening on the root letter و ("وصفها") reads as و and a verb joined to a verb of saying before it, and
        also as a whole verb after the head of a relative clause ("في خطوة وصفها محللون"): both are tried."""
        tokens = self.tokens
        tok = tokens.text(k)
        readings: list[tuple[int, bool, bool]] = []
        if opens_with_clitic(tok, "و") and (tokens.is_comma(p) or self._content_next(k)):
            return [(1, False, False)]   # "ووصفه بأنه", "وأبلغها أن": what was said opens at once, no owned noun stands so
        if self._what_resumed(p) or self._according_to_what(p):
            return [(0, False, False)]   # "وهذا ما نفته النقابة": ما taken back by the pronoun, what was said before it
        if self._noun_resumed(p) and self._subject_next(k):
            return [(0, False, False)]   # "، وهو قرار رفضه المجلس": the noun the pronoun takes back, another side speaks on it
        if (self._credited_relative(p) or self._shown_by_relative(p)) \
                and (self._subject_next(k) or self._body_head_next(k)):
            return [(0, False, False)]   # "بحسب النتائج التي أعلنتها اللجنة": the side the phrase credits speaks
        if opens_with_clitic(tok, "و") and self._said_before_in_sentence(k):
            readings.append((1, True, False))
        if self._relative_head(p) and self._subject_next(k):
            # "في خطوة اعتبرتها المعارضة غير قانونية", "القرار الذي وصفه محللون بأنه": see _relative_head; only
            # verbs of describing and deeming, and of denying and accusing (CLAIM_ACTS: "وسط شائعات نفتها الوزارة");
            # other verbs there report deeds: "الغارات التي شنتها"
            readings.append((0, False, True))
        return readings

    def _past_with_pronoun(self, k: int, p: int, prefix: int, derived_only: bool, deeming_only: bool) -> Cue | None:
        """The verb of saying token k is under one reading of _object_pronoun_readings, if any."""
        tokens = self.tokens
        tok = tokens.text(k)
        for pronoun in PRONOUN_SUFFIXES:   # "ووصفها", "ودعاهم": a past verb with its object
            stem = tok[prefix:-len(pronoun)] if tok.endswith(pronoun) else ""
            if derived_only and not _derived_past(stem):
                continue
            # after the ما of "، وهو ما" the present is a verb too ("، وهو ما تنفيه طهران"): no noun stands there,
            # and the comma ends what was said before (without it the clause may go on in what was said)
            if len(stem) >= 2 and (stem[:1] not in PRESENT_PREFIXES or (prefix == 0 and self._what_resumed_after_comma(p))):
                entry = stem_entry_before_pronoun(stem)
                if entry is not None and normalize(entry.lemma.split()[0]) in tokens.words.cast_verb:
                    continue   # "في خطبة ألقاها ممثله": delivered it; the blame ألقى casts is a noun, never a pronoun
                if entry is not None and entry.kind == "verb" and (not deeming_only or _deeming_past(
                        stem, tokens.words.deeming_verb) or entry.act in CLAIM_ACTS):
                    return Cue(k, prefix, entry)
        return None

    def _opener_past_subject(self, k: int) -> bool:
        """Does أن/إن (or a colon) follow token k within OPENER_WORDS words, counted from the end of the
        titled subject right after it when there is one: "ويعتبر الباحث في العلاقات الدولية بجامعة X، فلان،
        من مركز Y، أن" puts a long title, the name and an aside between the verb and its أن, while the
        passive "يعتبر هذا القرار ..." has no titled person after it."""
        if self._followed_by(k, self._opens_content):
            return True
        q = self._next(k)
        expert = person_past_affiliation(self.tokens, self.mentions, q, self.tokens.size) if q < self.tokens.size else None
        # "يعتقد الباحث في معهد "X" بمرسيليا، فلان، أن": the description (its noun maybe a bare title), then the name
        end = expert.j if expert is not None else self.mentions.title_phrase_end(q) if q < self.tokens.size else None
        if end is None and q < self.tokens.size:
            end = self._described_person_end(q)
        # the aside after the name ("، من مركز Y،") brings two commas, which the walk counts as words
        return end is not None and self._followed_by(end - 1, self._opens_content, OPENER_WORDS + ASIDE_MARKS)

    def _offers(self, k: int) -> bool:
        """Is the عرض at k an offer: an offer_noun in its clause ("عرض الوزير إرسال مساعدات", "عرضت الحركة
        هدنة") or أن/إن past its subject ("عرض الرئيس، الذي ...، أن تستضيف بلاده")? Not "عرض الفيلم", "تعرض
        لهجوم" (underwent), "عرضت القناة صورا"."""
        return self._followed_by(k, self._offer, stop_at_comma=True) or self._opener_past_subject(k)

    def _full_name_ends_at(self, p: int) -> bool:
        """Does a person's name of two words or more end at token p? Before a present verb it is its subject; a
        one-word mention there is as often an indefinite noun ("موكبا يعتقد أنه": a convoy believed to)."""
        named = self.mentions.end_at.get(p)
        return named is not None and named.type == "Person" and named.j - named.i >= 2

    def _described_person_end(self, q: int) -> int | None:
        """"تعتقد الاقتصادية فلانة": one definite word describing a person (a trade the titles do not list) right
        before a person's name: the end of the name; None otherwise."""
        r = self._next(q)
        named = self.mentions.start_at.get(r) if r < self.tokens.size else None
        if not self.tokens.norm(q).startswith(DEFINITE) or self.tokens.is_punct(q) or named is None \
                or named.type != "Person":
            return None
        return named.j

    def _called_by_name(self, k: int) -> bool:
        """Is token k "يدعى" (is called) with a person's name right after it and an indefinite word right
        before it ("وقال عامل يدعى فلان إن": the name of the one described, who speaks through the verb
        before; "ويدعي فلان أن" claims). After a definite word or a comma the verb before may not reach the
        name, and the word stays the cue that gives it its words."""
        q, p = self._next(k), self.tokens.prev(k)
        named = self.mentions.start_at.get(q) if q < self.tokens.size else None
        if self.tokens.norm(k) not in self.tokens.words.called or named is None or named.type != "Person" or p is None:
            return False
        if self._called_in_aside(k, p, named.j) or self._described_after_saying(k):
            return True
        return not self._clause_head(k) and not self.tokens.is_punct(p) and not self.tokens.norm(p).startswith(DEFINITE)

    def _described_after_saying(self, k: int) -> bool:
        """"وقال عامل في الميناء يدعى فلان لـ...": "يدعى" (no و) within CALLED_DESCRIPTION_WORDS words of a verb of saying
        before it, nothing but the description of its subject between (no punctuation, quote or أن): the verb's
        subject is named, though the description ends in a definite word."""
        tokens = self.tokens
        if tokens.text(k).startswith("و"):
            return False
        p = tokens.prev(k)
        for _ in range(CALLED_DESCRIPTION_WORDS):
            if p is None or tokens.is_punct(p) or tokens.is_quote(p) or "\n" in tokens.text(p) \
                    or tokens.norm(p) in tokens.words.complementizer:
                return False
            cue = self.at(p)
            if cue is not None:
                return cue.kind == "verb" and cue.entry.act in SAY_ACTS_OF_NAMING
            p = tokens.prev(p)
        return False

    def _called_in_aside(self, k: int, p: int, name_end: int) -> bool:
        """"وقال أحد السكان، ويدعى فلان، إن", "وقال لاجئ فر من القصف، يدعى فلان، إن": "(و)يدعى" and the name set off
        by commas after the one described,
        a verb of saying earlier in the sentence speaking for the name; "، ويدعي فلان أن" (claims) has no comma
        closing the name."""
        tokens = self.tokens
        return tokens.is_comma(p) and name_end < tokens.size and tokens.is_comma(name_end) \
            and self._said_before_in_sentence(k)

    def _passive_estimate(self, k: int) -> bool:
        """Is token k followed at once by a بـ complement ("تقدر بالملايين", "يعتبر بمثابة")?"""
        q = self._next(k)
        return q < self.tokens.size and self._bi_complement(q)

    def _promises(self, k: int) -> bool:
        """"فلان يعد بحكومة جديدة", "يفوز بالرئاسة ويعد بإصلاحات": بـ on the thing promised right after the verb at
        k, its subject named just before it or the verb joined by و to the clause of its subject; "يعد بمثابة",
        "تعد بالآلاف" (a deemed_bi_word) keep "is deemed, counted"."""
        tokens = self.tokens
        q = self._next(k)
        if q >= tokens.size or tokens.norm(q) in tokens.words.deemed_bi_word:
            return False
        if not (self._bi_complement(q) or normalize(tokens.text(q).rstrip(TATWEEL)) == BI):
            return False
        p = tokens.prev(k)
        named_before = p is not None and p in self.mentions.end_at
        return named_before or tokens.text(k).startswith(AND)

    def _content_next(self, k: int) -> bool:
        """Does أن/إن (بأن, أنه ...) follow token k at once?"""
        q = self._next(k)
        return q < self.tokens.size and self.tokens.norm(q) in self.tokens.words.complementizer

    def _content_past_medium(self, k: int) -> bool:
        """Does أن/إن open after a short phrase of the medium right after token k ("عبر إذاعة محلية أن",
        "في مؤتمر صحفي أن"), with no comma, clause end nor other cue in that phrase?"""
        tokens = self.tokens
        q = self._next(k)
        if q >= tokens.size or tokens.norm(q) not in tokens.words.medium_preposition:
            return False
        for p in range(q + 1, min(tokens.size, q + PURPOSE_MEDIUM_WORDS)):
            if tokens.norm(p) in tokens.words.complementizer:
                return True
            if tokens.is_punct(p) or tokens.is_quote(p) or self.kind_at(p) is not None:
                return False
        return False

    def _said_before_in_sentence(self, k: int) -> bool:
        """A verb of saying earlier in the sentence ("انتقد الوزير ... واتهمها"), whose subject a verb joined
        to it by و shares: without one the subject of that verb is another verb's, not known to be a speaker."""
        tokens = self.tokens
        p = tokens.prev(k)
        for _ in range(COORDINATED_BACK):
            if p is None or tokens.text(p) in SENTENCE_ENDS or "\n" in tokens.text(p):
                return False
            cue = self.at(p)
            if cue is not None and cue.kind in SPEECH_KINDS:
                return True
            p = tokens.prev(p)
        return False

    def what_resumed_at(self, k: int) -> bool:
        """Do "وهو ما" / "وهذا ما" start at token k, before a verb of saying that takes ما back? Or "وهي"
        and an indefinite noun, a verb of saying that takes it back with its pronoun and the verb's own
        subject named after it ("، وهي نتيجة وصفتها المعارضة بأنها"): a relative clause on the noun, where
        another side speaks."""
        tokens = self.tokens
        if k >= tokens.size or (not tokens.spaces[k] and tokens.norms[k] not in tokens.words.resumptive_what):
            # (both readings open with "وهو", "وهذا", "وهي" at k, the word before the next one: clause_end asks
            # this of every word of every content, and almost none is one)
            return False
        what = self._next(k)
        verb = self._next(what) if what < tokens.size else tokens.size
        if verb < tokens.size and self._noun_resumed(what) and self.at(verb) is not None \
                and self.at(verb).prefix == 0 and self._takes_noun_back(verb, subject_named=True):
            return True
        if not (tokens.norm(k) in tokens.words.resumptive_what and verb < tokens.size and self._what_resumed(what)
                and self.at(verb) is not None):
            return False
        # ما taken back by the verb's pronoun ("وهو ما نفته") or by بـ with one after it ("وهو ما رحب به")
        after = self._next(verb)
        return tokens.text(verb).endswith(PRONOUN_SUFFIXES) \
            or (after < tokens.size and tokens.norm(after) in tokens.words.resumptive_bi)

    def _judging_what(self, k: int) -> bool:
        """Is token k right after the ما of "وهو ما" / "وهذا ما", taking it back by a preposition with its pronoun,
        its subject named after that ("، وهو ما قرأ فيه دبلوماسيون رسالة إلى")? The clause judges what the writer told.
        So too after the noun of "، وهو/وهي <noun>" that names what was told ("، وهو تأجيل قرأ فيه محللون رسالة"):
        the same judging clause with a noun for ما; after any other noun "قرأ فيه" stays read (a book read in)."""
        p = self.tokens.prev(k)
        return p is not None and (self._what_resumed(p) or self._noun_resumed(p)) and self.taken_back_by_preposition(k) \
            and self._subject_next(self._next(k))

    def _governs_past(self, k: int, j: int) -> bool:
        """Does the word at k, read as a participle, govern the word at or after j by its preposition
        ("، داعية إثيوبيا إلى الحوار", "، مطالبة مصر بوقف"): the place before it is its object, the word
        a participle of manner, not a noun the place stands in apposition to ("، مدينة حمص")?"""
        tokens = self.tokens
        found = entry_in(tokens.text(k), True)
        q = tokens.next(j, tokens.size)
        if found is None or q >= tokens.size:
            return False
        return governing_preposition(normalize(found[1].lemma), tokens.norm(q)) is not None

    def takes_what_back(self, k: int) -> bool:
        """Is the cue at token k right after the ما of "وهو ما" / "وهذا ما" ("وهو ما أكده فلان")? What it says
        is what was said before it."""
        p = self.tokens.prev(k)
        if p is not None and self._noun_resumed(p) and (cue := self.at(k)) is not None \
                and self._takes_noun_back(k, subject_named=False):
            # "، وهو قرار رفضه المجلس": the noun and what stands before it; a verb of describing says its
            # own second complement ("، وهي نتيجة وصفتها المعارضة بأنها مزورة")
            return normalize(cue.entry.lemma) not in self.tokens.words.deeming_verb and not self.sees_in(k)
        return p is not None and self._what_resumed(p)

    def sees_in(self, k: int) -> bool:
        """Is the cue at k a verb of seeing or reading with في and its pronoun right after it ("وهي خطوة رأى فيها
        مراقبون تحديا", "وهو ما قرأ فيه محللون تمهيدا")? Like a verb of deeming it says, past its subject, what the
        thing taken back is seen as."""
        cue = self.at(k)
        return cue is not None and normalize(cue.entry.lemma) in self.tokens.words.seeing_in_verb \
            and (after := self._next(k)) < self.tokens.size and self.tokens.norm(after) in self.tokens.words.resumptive_in

    def taken_back_by_preposition(self, verb: int) -> bool:
        """Does a preposition with its pronoun follow the verb at once ("شككت فيها", "رحب بها")? The pronoun is
        the thing the verb acts on, so no other object (an accused party, a charge) follows it."""
        after = self._next(verb)
        words = self.tokens.words
        return after < self.tokens.size and self.tokens.norm(after) in words.resumptive_in | words.resumptive_bi

    def _takes_noun_back(self, verb: int, subject_named: bool) -> bool:
        """Does the verb at `verb` take back the noun before it: by its object pronoun ("وهي نتيجة رفضتها"), or by
        a preposition with one right after it ("وهو رقم طعنت فيه", "وهو قرار رحبت به")? With `subject_named`,
        the verb's own subject must be named right after that pronoun."""
        tokens = self.tokens
        if tokens.text(verb).endswith(PRONOUN_SUFFIXES):
            return not subject_named or self._subject_next(verb)
        return self.taken_back_by_preposition(verb) and (not subject_named or self._subject_next(self._next(verb)))

    def _what_resumed(self, p: int) -> bool:
        """Is token p the ما of "وهو ما", "وهذا ما"?"""
        tokens = self.tokens
        q = tokens.prev(p)
        return tokens.norm(p) == WHAT and q is not None and tokens.norm(q) in tokens.words.resumptive_what

    def _noun_resumed(self, p: int) -> bool:
        """Is token p an indefinite noun right after "وهو" / "وهي" / "وهذا" that open a clause after a comma
        ("، وهي نتيجة", "، وهو قرار")? A verb of saying after it with its pronoun takes it back."""
        tokens = self.tokens
        q = tokens.prev(p)
        c = tokens.prev(q) if q is not None else None
        return q is not None and tokens.norm(q) in tokens.words.resumptive_what and tokens.norm(p) != WHAT \
            and c is not None and tokens.is_comma(c) and self._relative_head(p)

    def _relative_head(self, p: int) -> bool:
        """Is token p the head of a relative clause: a relative pronoun ("التي", "الذي", "ما") or an indefinite noun or
        adjective ("في خطوة", "في قرار مفاجئ"), which takes a relative clause with no pronoun? The verb after it
        takes the head back with its object pronoun, and a subject named right after the verb
        (_subject_next) tells a verb, not a noun with its owner ("وصفه"), stands there. A noun of speech heads
        one too ("في كلمة عدّها خصومه تهديدا مبطنا"): the speech is what the other side deems, no verb of
        saying stands there."""
        tokens = self.tokens
        norm = tokens.norm(p)
        if norm in tokens.words.relative or norm == WHAT:
            return True   # (ما after a preposition too: "إلى ما وصفته الحكومة بأنه")
        head_cue = self.at(p)
        return norm.isalpha() and len(norm) >= 3 and not norm.startswith("ال") and not tokens.is_punct(p) \
            and not self.mentions.in_a_mention(p) and (head_cue is None or head_cue.kind == "noun") \
            and not any(norm in getattr(tokens.words, kind) for kind in HEAD_EXCLUDED)

    def _subject_next(self, k: int) -> bool:
        """Is the word after k the start of a named subject: a mention no preposition governs, or the title
        before a person's name ("التي أعلنها رئيس اللجنة فلان": the verb's subject is the titled person)?"""
        q = self._next(k)
        cand = self.mentions.start_at.get(q) or self.mentions.titled.get(q)
        return cand is not None and not self.tokens.governed(cand)

    def _greeting_sent(self, q: int) -> bool:
        """"برقية تهنئة", "ببرقية مماثلة": a cable or letter (greeting_message) at q, a congratulation right after it."""
        tokens = self.tokens
        nxt = self._next(q)
        return tokens.norm(q) in tokens.words.greeting_message and nxt < tokens.size \
            and tokens.norm(nxt) in tokens.words.greeting_kind

    def _body_head_next(self, k: int) -> bool:
        """Is the word after k a bare definite head of bodies (org_heads) that a body named before opens with
        ("أعلنت المحكمة العليا للانتخابات ... بحسب النتائج التي أعلنتها المحكمة"): that body, named again by its
        head noun?"""
        tokens = self.tokens
        q = self._next(k)
        if q >= tokens.size or not tokens.norm(q).startswith(DEFINITE) \
                or tokens.norm(q)[len(DEFINITE):] not in lexicon.org_heads():
            return False
        head = tokens.norm(q)
        return any(c.type == "Organization" and c.i < k and tokens.norm(c.i) == head for c in self.mentions.cands)

    def _what_resumed_after_comma(self, p: int) -> bool:
        """Is token p the ما of "، وهو ما", "، وهذا ما": a comma before the resumptive pronoun?"""
        tokens = self.tokens
        q = tokens.prev(p)
        c = tokens.prev(q) if q is not None else None
        return self._what_resumed(p) and c is not None and tokens.is_comma(c)

    def _credited_relative(self, p: int) -> bool:
        """Is token p the relative pronoun after the noun of an "according to" phrase ("بحسب النتائج الأولية
        التي", "وفق البيان الذي")? The verb after it, with its pronoun taking the noun back, names who said
        what the sentence credits to the phrase."""
        return self.credited_marker(p) is not None

    def _shown_by_relative(self, p: int) -> bool:
        """Is token p the relative pronoun after the subject of a verb of showing that opens its clause ("وأظهرت
        النتائج الأولية التي")? The verb after it, with its pronoun taking the results back, names who gave what
        they show."""
        q = self._word_of_class_before_relative(p, self.tokens.words.showing_verb)   # "أظهرت", "وأظهرت"
        return q is not None and self._clause_head(q)

    def credited_marker(self, p: int) -> int | None:
        """The "according to" word (بحسب، وفق ...) whose noun the relative pronoun at token p describes
        ("بحسب الأرقام التي"), if it is one; None otherwise."""
        return self._word_of_class_before_relative(p, self.tokens.words.according_to)   # "بحسب", "وبحسب"

    def _word_of_class_before_relative(self, p: int, kind: frozenset[str]) -> int | None:
        """When token p is a relative pronoun, the word of `kind` up to CREDITED_NOUN_WORDS words before it with no
        punctuation between (the noun the relative describes stands after that word); None otherwise."""
        tokens = self.tokens
        if tokens.norm(p) not in tokens.words.relative:
            return None
        q = tokens.prev(p)
        for _ in range(CREDITED_NOUN_WORDS + 1):
            if q is None or tokens.is_punct(q):
                return None
            if tokens.in_class(q, kind):
                return q
            q = tokens.prev(q)
        return None

    def _according_to_what(self, p: int) -> bool:
        """Is token p the ما of "وحسب ما", "وبحسب ما", "ووفقا لما" opening a clause ("وحسب ما ذكره الوزير فإن"):
        what the verb after it takes back with its pronoun is what its subject says next. Not after a comma
        ("، طبقا لما أعلنه فلان"): there what he said came before, and the phrase only credits it."""
        tokens = self.tokens
        q = tokens.prev(p)
        if q is None or tokens.norm(p) not in (WHAT, FOR_WHAT):
            return False
        marker = tokens.norm(q)
        joined = marker[:1] in ("و", "ف") and marker[1:] in tokens.words.according_to
        if joined:
            return True   # "وحسب ما": a conjunction opens the clause
        before = tokens.prev(q)
        return marker in tokens.words.according_to and (before is None or (tokens.is_punct(before)
                                                                            and not tokens.is_comma(before)))

    def _expressed(self, k: int) -> Cue | None:
        """"وعبر الوزير عن ارتياحه": the bare "عبر" is "expressed" when "عن" and a feeling with its
        owner's pronoun follow; otherwise it is "via, across" ("عبر الحدود", "عبر الإنترنت عن طريق"). So
        too its other forms, otherwise "crossed" ("وعبرت القوات الحدود")."""
        tokens = self.tokens
        norm = tokens.norm(k)
        prefix = _expressed_prefix(norm)
        if norm[prefix:] not in tokens.words.expressed_verb:
            return None
        # "عبّر": a shadda on the ب writes the verb, never "via" (عَبْر), so its عن may come past a long titled
        # subject, a relative clause or a second subject between commas ("وعبّر محافظ الإقليم X، الذي ...، عن")
        marked = SHADDA in tokens.text(k)
        q, words = k + 1, 0
        while q < tokens.size and words < (MARKED_EXPRESSED_WORDS if marked else EXPRESSED_WORDS):
            text = tokens.text(q)
            if tokens.is_comma(q) and (closing := self._source_aside_end(q)) is not None:
                q = closing + 1   # "عبر فلان، وفق بيان لمكتبه، عن": the source of the news between commas
                continue
            if text in SENTENCE_ENDS or "\n" in text or (tokens.is_comma(q) and not marked):
                return None
            if tokens.norm(q) == ABOUT:
                feeling = tokens.next(q + 1, tokens.size)
                if feeling < tokens.size and tokens.is_quote(feeling):
                    feeling = tokens.next(feeling + 1, tokens.size)  # 'عبر عن "صدمته"': the feeling in quotes
                if feeling < tokens.size and (tokens.text(feeling).endswith(PRONOUN_SUFFIXES)
                                              or (SHADDA in tokens.text(k) and not tokens.is_punct(feeling))):
                    # "عبّر ... عن خيبة أملهم": a shadda on the verb's ب writes "expressed", never "via" (عَبْر)
                    return Cue(k, prefix, EXPRESSED_CUE)
                return None
            if not tokens.is_space(q):
                words += 1
            q += 1
        return None

    def _source_aside_end(self, comma: int) -> int | None:
        """The comma that closes an aside opened at `comma` by "according to" ("، وفق بيان لمكتبه،",
        "، بحسب وكالة X،"), within a few words and no other punctuation; None when there is none."""
        tokens = self.tokens
        first = tokens.next(comma + 1, tokens.size)
        if first >= tokens.size or tokens.norm(first) not in tokens.words.according_to:
            return None
        for q in range(first + 1, min(tokens.size, first + SOURCE_ASIDE_WORDS)):
            if tokens.is_comma(q):
                return q
            if tokens.is_punct(q) or "\n" in tokens.text(q):
                return None
        return None

    def statement_reference(self, k: int, end: int) -> Cue | None:
        """"وجاء في البيان أن ...": a continuation of whoever issued the statement, letter or report."""
        tokens, words = self.tokens, self.tokens.words
        found = in_text_verb(tokens.text(k))
        if found is None:
            return None
        prefix, verb = found
        before = tokens.prev(k)
        if not prefix and before is not None and tokens.in_class(before, words.what_relative):
            return None  # "وفق ما جاء في الرسالة", "رفض ما جاء في الدراسة": what it says, named, not opened
        p = tokens.next(k + 1, end)
        while p < end and tokens.is_comma(p):
            p = tokens.next(p + 1, end)
        if p < end and tokens.norm(p) in words.resumptive_in and self._noun_before(k):
            # "تغريدة للناشط فلان، جاء فيها": in it, the statement noun just before
            return Cue(k, prefix, lexicon.Cue(verb, "say", "neutral", "continuation"))
        q = tokens.next(p + 1, end) if p < end else end
        if q < end and tokens.norm(p) == "في":
            noun = self.at(q)
            if (noun and noun.kind == "noun") or tokens.norm(q).startswith(tuple(words.document_noun)):
                return Cue(k, prefix, lexicon.Cue(verb, "say", "neutral", "continuation"))
        return None

    def _described_statement(self, k: int) -> bool:
        """Is the statement noun at k what a verb of describing before it in its clause takes as object, with the
        description (بأن) a few words after it: "وصف الوزير تصريحات نظيره بأنها مستفزة"?"""
        tokens = self.tokens
        described = self._followed_by(k, lambda q: tokens.norm(q).startswith(DESCRIBED_AS), DESCRIBED_WORDS,
                                      stop_at_comma=True)
        if not described:
            return False
        p, seen = tokens.prev(k), 0
        while p is not None and seen < DESCRIBER_WORDS and not tokens.is_punct(p):
            entry = self.in_word(tokens.text(p))
            if entry is not None and entry.kind != "noun":
                return normalize(entry.lemma) == DESCRIBE
            p, seen = tokens.prev(p), seen + 1
        return False

    def _noun_before(self, k: int) -> bool:
        """Is there a statement noun among the few words before token k?"""
        tokens = self.tokens
        return any((entry := self.in_word(tokens.text(p))) is not None and entry.kind == "noun"
                   for p in range(max(0, k - NOUN_BACK), k))
