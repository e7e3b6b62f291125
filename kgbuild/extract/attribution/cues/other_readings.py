"""The tests that tell a cue word's other reading: a noun ("أي ذكر", "نحو 900 طالب", "أسعار كتب التلاميذ"), an
adjective ("إجراءات مشددة"), another verb ("بين" between, "توقع" signs, "يعتبر من"), an act not done or to come
("لم يعلن", "وسوف يعلن"), or one whose content stands before it ("«...»، أضاف")."""
from __future__ import annotations

import re
from functools import partial

from .... import lexicon
from ....text import normalize
from ...words import DEFINITE_OPENINGS_BEFORE_A_CUE, without_conjunction
from ..cursor import GUILLEMET_CLOSERS, SENTENCE_ENDS
from . import FROM, PARTICIPLE_ENDINGS, SPEECH_KINDS
from .complements import Complements

CLITIC_LETTERS = ("و", "ف", "ب", "ل")   # glued before a verbal noun's governor: "بعدم", "وضرورة"
# acts whose content is a clause (أن/إن, a colon, a quote): their participles ("مشددة", "مهاجمة") are adjectives
# or nouns ("إجراءات مشددة", "مهاجمه الدولي") unless the clause follows
CLAUSE_ACTS = frozenset({"say", "announce", "report", "warn", "deny", "accuse", "agree", "support"})
DEFINITE = "ال"
IN = normalize("في")
THAT = normalize("أن")
PRONOUN_ENDINGS = ("ه", "ها", "هم", "هما", "هن")   # as written (ة is not ه): a noun owned by a pronoun takes no genitive
ACCUSATIVE_ENDING = "ا"   # "صعبا": an accusative predicate already in place after a verb of being
FEMININE_ENDING = "ة"   # as written: "عملية نقل", "خطة دعم", the indefinite noun a verbal noun completes
GLUED_PREPOSITIONS = ("ل", "ب")   # "لمنحة دعم", "بمثابة رد": an indefinite noun after a preposition, in construct
COORDINATED_WALK = 8   # words from a verbal noun's complement back to it: "توفير الكهرباء للقرى النائية ودعم"
GLUED_NOUN_LETTERS = 5   # "بمكافحة", "لتطوير": not "بارك", "باشر" (verbs opening with ب), "لدعم" left to the verb reading
NOMINATIVE_PLURAL = "ون"   # "الصحفيون": the sound plural of a subject; "الصحفيين" (genitive) may own a noun
ALEF_MAQSURA, YA = "ى", "ي"   # as written: a lemma's final ى ("نفى"), the present's final ي ("تنفي")
YEAR = re.compile(r"(19|20|١٩|٢٠)[0-9٠-٩]{2}")   # a numeral that is a year: a verb may follow it


class OtherReadings(Complements):
    """Tests on the neighbours of a word that reads as a cue alone."""

    def _owned_plural(self, k: int) -> bool:
        """Is the word at k (كتب) the plural noun with its owners: a definite group of persons right after
        it, not in the nominative -ون (its subject: "كتب الصحفيون"), and nothing in the clause that opens
        what a verb would say (أن/إن, a colon, a quote)?"""
        tokens = self.tokens
        q = self._next(k)
        owner = self.mentions.start_at.get(q)
        if owner is None or owner.type != "Group" or not tokens.norm(q).startswith(DEFINITE):
            return False
        if tokens.norm(q).endswith(NOMINATIVE_PLURAL):
            return False
        return not self._followed_by(k, partial(self._opens_speech, k), stop_at_comma=True)

    def _clause_head(self, k: int) -> bool:
        """Does a clause start at token k: at the start of a line (a headline above has no full stop) or
        after a comma, a sentence end or a colon?"""
        p = self.tokens.prev_on_line(k)
        return p is None or self.tokens.is_comma(p) or self.tokens.text(p) in SENTENCE_ENDS + (":",)

    def _opens_clause(self, k: int, conjoined: bool) -> bool:
        """Is the verb reading of the word at k ("بين": explained / between) the one: with و/ف glued to it
        (`conjoined`), at a clause head and before its أن/إن or colon; bare, at a clause head or right after a
        word that opens a clause or stands before its verb ("من جهته، بين", "كما بين", "وبدوره بين"), and
        before its أن/إن (a bare "بين ...:" opens a heading: "بين الأمل والخوف:")."""
        if conjoined:
            return self._clause_head(k) and self._followed_by(k, self._opens_content)
        p = self.tokens.prev_on_line(k)
        words = self.tokens.words
        before = without_conjunction(self.tokens.norm(p), words.adjunct) if p is not None else ""
        # (not after "فيما", also في + ما: "فيما بين اللاعبين" is among them; nor "من بين": among)
        opener = (before in words.clause_opener and before not in words.topic_relative) \
            or (before in words.adjunct and before not in words.preposition)
        return (self._clause_head(k) or opener) \
            and self._followed_by(k, lambda q: self.tokens.norm(q) in words.complementizer)

    def _is_among(self, k: int) -> bool:
        """"الذي يعتبر من الوجوه المعتدلة:", "يعد من الضروري أن": "من" right after the verb makes it the
        passive "is counted among" (not "من جهته", an adjunct of the speaker)."""
        tokens = self.tokens
        q = self._next(k)
        after = self._next(q) if q < tokens.size else tokens.size
        return q < tokens.size and tokens.norm(q) == FROM \
            and (after >= tokens.size or tokens.norm(after) not in tokens.words.adjunct)

    def _present_of_another_verb(self, k: int, form: str, entry: lexicon.Cue) -> bool:
        """Is the form-V/VI past of the cue ("توقع", "تحدث") after "لم", "لن", "أن": the present tense of
        another verb (تُوقّع "signs", تحدث "happens")?"""
        lemma = normalize(entry.lemma)
        if form != lemma or not lemma.startswith("ت"):
            return False
        p = self.tokens.prev(k)
        if p is None:
            return False
        return self.tokens.in_class(p, self.tokens.words.imperfect_particle)  # "ولم توقع"

    def _form_v_past(self, k: int, form: str, entry: lexicon.Cue) -> bool:
        """Is "تـ" + the past of the cue ("تطلب", "تذكر", "ترد": she asks, mentions, replies) the form V past of
        its root or another verb, by what follows: a masculine subject ("تطلّب ذلك", "تذكّر الوزير": a title
        not in -ة), or في after a present of ورد ("ترد في التقرير أرقام": appear in)?"""
        tokens, mentions = self.tokens, self.mentions
        if not form.startswith("ت") or form[1:] != normalize(entry.lemma):
            return False
        if entry.lemma.endswith(ALEF_MAQSURA) and tokens.text(k).endswith(YA):
            return False  # "تنفي" (she denies), written with ي: the form V past of a lemma in ى ends in ى ("تروّى")
        q = self._next(k)
        if q >= tokens.size:
            return False
        words = tokens.words
        if tokens.norm(q) in words.masculine_subject or (form in words.appear_present and tokens.norm(q) == IN):
            return True
        titled = q in mentions.bare or q in mentions.titled
        return titled and not tokens.text(q).endswith(FEMININE_ENDING)

    def _after_quote(self, k: int) -> bool:
        """"«...»، أضاف الوزير": does a quote close right before the verb at k, with a comma between?
        What was said stands before the verb."""
        tokens = self.tokens
        p = tokens.prev(k)
        if p is None or not tokens.is_comma(p):
            return False
        q = tokens.prev(p)
        if q is None:
            return False
        if tokens.text(q) in GUILLEMET_CLOSERS:
            return True
        if tokens.text(q) != '"':
            return False
        marks, r = 0, q
        while r >= 0 and "\n" not in tokens.text(r):
            marks += tokens.text(r) == '"'
            r -= 1
        return marks % 2 == 0  # the second mark of a pair in its line closes the quote

    def _act_to_come(self, k: int, form: str, entry: lexicon.Cue) -> bool:
        """Is the present tense of the verb at k after سوف, or after أن/كي/لكي (the subjunctive:
        "من المنتظر أن يعلن", "قرر أن يعلن"): an act to come or wished for, not one done?"""
        if form[:1] not in ("ي", "ت") or form == normalize(entry.lemma):
            return False
        p = self.tokens.prev(k)
        if p is None:
            return False
        norm, words = self.tokens.norm(p), self.tokens.words
        bare = norm[1:] if norm[:1] in ("و", "ف") else norm
        if bare == THAT and (q := self.tokens.prev(p)) is not None and self.tokens.norm(q) in words.narrative_head:
            return False   # "، قبل أن تؤكد الشرطة مقتل المهاجم": narration of what then took place
        # إن written with its hamza below is "if" or the emphatic particle, never the subjunctive's أن
        return bare in words.future_particle or \
            (bare in words.imperfect_particle and bare not in words.act_negation and self.tokens.text(p)[-2:] != "إن")

    def _negated(self, k: int) -> bool:
        """Does لم or لن (with و/ف or bare) stand right before token k?"""
        p = self.tokens.prev(k)
        if p is None:
            return False
        return self.tokens.in_class(p, self.tokens.words.act_negation)

    @staticmethod
    def _adjective_participle(form: str, entry: lexicon.Cue) -> bool:
        """A listed participle of a clause-taking cue that is not in the accusative singular ("مشددة",
        "مهاجمه", "مؤيدين"): as often an adjective or a noun as a participle of manner ("مشددا")."""
        if entry.kind not in SPEECH_KINDS or entry.act not in CLAUSE_ACTS or not _participle_shaped(form):
            return False
        return form.endswith(PARTICIPLE_ENDINGS) and not form.endswith("ات")

    def _copula_predicate(self, k: int, form: str) -> bool:
        """Is the participle at k ("مستغربا", "ناصحا") the predicate of a verb of being right before it, or
        before it and one word, its subject: "لم يكن مستغربا أن" (it was no surprise that), "وليس مستبعدا أن",
        "وكان الأخير ناصحا له" (an adviser)? It says how a thing is, not how someone spoke."""
        if not _participle_shaped(form):
            return False
        tokens, copula = self.tokens, self.tokens.words.copula
        p = tokens.prev_on_line(k)
        for _ in range(2):
            if p is None or tokens.is_punct(p):
                return False
            if tokens.in_class(p, copula):
                return True
            if tokens.norm(p).endswith(ACCUSATIVE_ENDING):
                return False   # "كان صعبا، مؤكدا": the verb of being has its predicate already
            p = tokens.prev_on_line(p)
        return False

    def _counted(self, k: int) -> bool:
        """Does token k follow a numeral that is no year ("1500 طالب", not "في 2015 أعلن") on its line?"""
        p = self.tokens.prev_on_line(k)
        if p is None:
            return False
        text = self.tokens.text(p)
        return self.tokens.doc[p].like_num and not YEAR.fullmatch(text)

    def _after_counted_noun(self, k: int, form: str) -> bool:
        """Is the participle at k the adjective of a noun counted in the accusative right before it ("14 صوتا
        مؤيدا": 14 votes in favour, "20 نائبا معارضا"), not a participle of manner?"""
        if not _participle_shaped(form):
            return False
        p = self.tokens.prev_on_line(k)
        return p is not None and not self.tokens.is_punct(p) and self.tokens.text(p).endswith(ACCUSATIVE_ENDING) \
            and self._counted(p)

    def _source_next(self, k: int) -> bool:
        """Does a name, or a title that introduces one, start right after token k?"""
        q, mentions = self._next(k), self.mentions
        return q in mentions.start_at or q in mentions.titled or q in mentions.bare

    def _after_quantifier(self, k: int) -> bool:
        """Does token k follow "أي", "كل", "جميع" on its line? A word after one is a noun ("أي ذكر", "كل طالب")."""
        p = self.tokens.prev_on_line(k)
        return p is not None and self.tokens.norm(p) in self.tokens.words.quantifier

    def _subject_of_verb_before(self, p: int) -> bool:
        """Does a name, body or group end at p that stands right after a verb cue, as its subject? A bare verb after
        them is no second verb (one would be joined by و): the word is the first verb's object."""
        tokens = self.tokens
        subject = self.mentions.end_at.get(p)
        if subject is None or subject.type not in ("Person", "Organization", "Group"):
            return False
        first = subject.title_i if subject.title_i is not None and subject.title_i < subject.i else subject.i
        verb = tokens.prev_on_line(first)
        if verb is None or tokens.is_punct(verb):
            return False
        cue = self.at(verb)
        return cue is not None and cue.kind == "verb" and not any(ch in "بلك" for ch in tokens.text(subject.i)[:1])

    def _verbal_noun_place(self, k: int) -> bool:
        """Does the bare word at k ("دعم", "رد", "نشر": a verb spelled as its verbal noun) stand where no verb can:
        after a preposition ("على رد الحكومة"), after أن/إن that take a noun ("أكد أن رفض الحكومة نهائي"), or
        in construct after an indefinite noun: one in -ة ("عملية نقل", "خطة دعم") or with لـ/بـ glued on
        ("لمنحة دعم", "بمثابة رد")? Not before the resumptive of a relative clause ("في وقت حذر فيه"). Other
        words before it (names, titles, definite nouns, adjectives, adverbs) may end a subject or a fronted
        phrase, after which the verb stands ("وفي مؤتمر صحفي رد الوزير")."""
        tokens = self.tokens
        p = tokens.prev_on_line(k)
        if p is None or tokens.is_punct(p):
            return False
        norm, words, text = tokens.norm(p), tokens.words, tokens.text(p)
        q = self._next(k)
        if q < tokens.size and (tokens.norm(q) in words.resumptive_in or tokens.norm(q) in words.resumptive_bi):
            return False   # "في وقت حذر فيه الوزير", "ببيان حث فيه": a relative clause on the noun before, its verb
        if without_conjunction(norm, words.preposition) in words.preposition:
            return True   # "على رد الحكومة", "وبعد عرض الخطة": و before the preposition too
        if norm in words.complementizer:
            before = tokens.prev_on_line(p)
            # "أكد أن رفض الحكومة نهائي": أن/إن take a noun; "أنه رفض", "بعد أن رد الوزير" the verb
            return not text.endswith(PRONOUN_ENDINGS) and (before is None or tokens.norm(before) not in words.preposition)
        if self._subject_of_verb_before(p):
            return True    # "انتقد سياسيون معارضون نشر القوات": after a verb and its subject, the verb's object
        if norm.startswith(DEFINITE_OPENINGS_BEFORE_A_CUE) or text.endswith(PRONOUN_ENDINGS) or self.mentions.in_a_mention(p) \
                or any(b.i <= p < b.stop for b in self.mentions.bare.values()):
            return False   # a definite or owned noun takes no genitive; a name or title is the verb's subject
        bare = norm[1:] if norm[:1] in ("و", "ف") else norm
        if any(bare in kind or norm in kind for kind in (words.clause_opener, words.adjunct, words.relative,
                                                         words.clause_link, words.verb_clause_opener, words.kana,
                                                         words.imperfect_particle, words.subject_pronoun,
                                                         words.unnamed_source)):
            return False   # "حيث رد", "بدوره رد", "الذي رد", "بعدما رد", "وهو طلب", "مسؤول رفض"
        return text.endswith(FEMININE_ENDING) or text[:1] in GLUED_PREPOSITIONS

    def _coordinated_verbal_noun(self, k: int) -> bool:
        """Is the word at k, و and a verb spelled as its verbal noun ("ودعم": joined_masdar), joined to a verbal noun before
        it, with that noun's complement between ("على تحسين الخدمات ودعم الفقراء", "في تطبيق الخطة ودعم",
        "لمشروعات توفير المياه في المناطق الريفية ودعم")? Walking back over definite words, prepositions and one
        indefinite word in construct, it finds a word that stands where only a noun can: with a preposition glued
        on ("بمكافحة"), or after a preposition, a word governing a verbal noun or an indefinite noun in construct
        (_verbal_noun_place). Then the word at k is that noun's fellow, no verb "and supported". A name,
        punctuation or a second indefinite word on the way keeps the verb ("وافتتح الرئيس المعرض ودعم")."""
        tokens = self.tokens
        p, walked, indefinite = tokens.prev_on_line(k), 0, 0
        while p is not None and walked < COORDINATED_WALK and not tokens.is_punct(p) and not tokens.is_quote(p) \
                and not self.mentions.in_a_mention(p):
            norm, text = tokens.norm(p), tokens.text(p)
            if not (norm.startswith(DEFINITE_OPENINGS_BEFORE_A_CUE) or norm in tokens.words.preposition):
                if text.endswith(PRONOUN_ENDINGS) or norm[:1] in ("و", "ف") and norm[1:].startswith(DEFINITE):
                    return False   # an owned noun takes no genitive; "والـ" joins another noun phrase
                if (text[:1] in GLUED_PREPOSITIONS and len(norm) >= GLUED_NOUN_LETTERS) or self._verbal_noun_place(p) \
                        or self.after_masdar_governor(p):
                    return walked > 0   # "بمكافحة", "على تحسين", "ضرورة تعزيز": a verbal noun with its complement
                indefinite += 1
                if indefinite > 1:
                    return False
            p, walked = tokens.prev_on_line(p), walked + 1
        return False

    def _subject_beside(self, k: int) -> bool:
        """Does the bare verb at k stand by its subject: a name or title right after it ("ثمن الوزير"), or right
        before it one, a subject pronoun or a word that opens a clause before its verb ("الوزير ثمن", "وهو ثمن",
        "بدوره ثمن")? A cue verb spelled as a common noun ("كان ثمن هذه المواقف": the price) is the verb only so."""
        if self._source_next(k):
            return True
        tokens, mentions = self.tokens, self.mentions
        p = tokens.prev_on_line(k)
        if p is None or tokens.is_punct(p):
            return False
        if mentions.in_a_mention(p) or any(b.i <= p < b.stop for b in mentions.bare.values()):
            return True
        words = tokens.words
        norm = tokens.norm(p)
        if without_conjunction(norm, words.kana) in words.kana:
            return False   # "وكان ثمن هذه المواقف": كان takes the noun; with its verb it is "كان الوزير ثمن", "كان قد ثمن"
        bare = without_conjunction(norm, words.adjunct)
        return any(bare in kind for kind in (words.subject_pronoun, words.clause_opener, words.adjunct,
                                               words.relative, words.clause_link))

    def _passive_accusation(self, k: int) -> bool:
        """Is the form of اتّهم at k its passive, written alike (اُتُّهم "was accused"): the charge (بـ glued on)
        right after it or past a comma ("الذي اتهم بالفساد", "حيث اتهم، بالكذب")? The active takes the accused
        before the charge ("واتهم الوزير خصومه بـ"); with one name before the charge it may be either, its subject
        carried over from the clause before ("وانتقد الوزير الصحيفة واتهم رئيسها بـ"), so it stays a cue."""
        tokens, size = self.tokens, self.tokens.size
        q = self._next(k)
        if q < size and tokens.is_comma(q):
            q = self._next(q)
        return q < size and self._charge_at(q)

    def _charge_at(self, q: int) -> bool:
        """بـ glued on a noun, or standing alone before one ("ب ـ"), that is no word of a name ("بوش")."""
        if self.mentions.in_a_mention(q) or q in self.mentions.titled or q in self.mentions.bare:
            return False
        return self.tokens.text(q) in ("ب", "بـ") or self._bi_complement(q)

    def after_masdar_governor(self, k: int) -> bool:
        """Is the word before token k on its line one whose next word is a verbal noun ("عدم", "بعدم", "ضرورة")?"""
        p = self.tokens.prev_on_line(k)
        if p is None:
            return False
        norm, governors = self.tokens.norm(p), self.tokens.words.masdar_governor
        return norm in governors or (norm[:1] in CLITIC_LETTERS and norm[1:] in governors)


def _participle_shaped(form: str) -> bool:
    """Longer than four letters and shaped as an active participle: مـ before the root of derived forms
    ("مستغربا"), or the long ا after the first root letter of form I ("ناصحا")."""
    return len(form) > 4 and (form.startswith("م") or form[1] == "ا")
