"""What follows a cue word in its clause: the walk over the words after it (_followed_by) and the tests it
applies there: what opens the content (أن/إن, a colon, a quote, "قائلا"), the noun a verb takes (a
statement, a blame, an attack, an issued document), a relay's source, the subject after the verb."""
from __future__ import annotations

from typing import Callable, Iterator

from ....lexicon import Cue as LexiconCue
from ....text import normalize, opens_with_clitic, strip_article
from ...words import COMMAS, PRONOUN_SUFFIXES, without_conjunction
from ..cursor import SENTENCE_ENDS, Cursor
from ..index import MentionIndex
from . import SPEECH_KINDS, entry_in

PREPOSITION_CLITICS = ("", "و", "ف", "ب", "ل")   # what may be glued before a statement noun in running text
BLAME_CLITICS = ("", "ال", "وال")       # before the noun of blame: "المسؤولية", "والمسؤولية"
WAVED_CLITICS = ("بال", "ب")           # before a thing waved: "بالرايات", "برايات"
OPENER_WORDS = 10                      # words after "يعتبر", "حمّل" ... within which their أن/إن, colon or blame comes
SAY_LEMMA = "قال"
QUOTE_WORDS = 3   # a quote of fewer words after "يواصل", "تابع" is a name ("استاد "فارول""), not what was said
ON = normalize("على")   # "شدد على": insisted on
FROM = normalize("من")   # "بدعوة من": at the invitation of
OPINION = normalize("رأي")   # the noun "opinion", spelled as the verb رأى once ى/ي are folded
INSIST_WORDS = 20       # words after "شدد" within which its على comes (past two titled names and a time)
RENEWED_WORDS = 3       # words after "جدد" (past its subject's name and title) among which what it renews comes
RENEWED_CLITICS = ("", "ال", "و", "وال", "ب", "بال")   # "دعوته", "التأكيد", "بالقول"
ON_TOPIC = normalize("على")   # "علق على القرار": what is commented on, no object acted on
ADOPTED_WORDS = 4        # words after "أقر" (past its subject's name and title, asides and dates) where what it adopts comes
ADOPTED_CLITICS = ("", "ال")   # "قانونا", "القانون"; "بالقانون" (بـ) is what one admits to
DEPLOYED_WORDS = 3      # words after "نشر" (past its subject's name or title and a count) among which the forces deployed come
DEPLOYED_CLITICS = ("", "ال", "و", "وال")   # "الجنود", "وقوات"
ASSAULT_WORDS = 4       # words after "هاجم" among which an armed subject or object makes it a raid
PRESENT_TENSE = ("ي", "ت")   # "يحمل", "تحمل": as often يتحمّل / تتحمّل (bears) written short
LAID_ON = "ل"            # "حمّل المسؤولية للحكومة": لـ glued on whom it is laid on
LAID_ON_WORDS = 3        # words after the noun of responsibility within which that لـ comes ("المسؤولية الكاملة عن")
GLUED_ON = ("ب",)        # "رفض الإدلاء بأي تصريح": بـ glued on what is withheld
CHARGE_WORDS = 8         # words after "إدانة" (its object's title and name) within which the charge comes
ATTACK_TARGET_WORDS = 3      # words after "هجوما" within which على/ضد (an `against` word) comes ("هجوما لاذعا وغير مسبوق على")


def opens_with_stem(norm: str, stems: tuple[str, ...], clitics: tuple[str, ...] = BLAME_CLITICS) -> bool:
    """Is the folded word one of `stems` (or a longer form of one) behind one of `clitics` ("المسؤولية",
    "بالتأكيد", "والمسلحون")?"""
    return any(norm.startswith(clitic) and norm[len(clitic):].startswith(stems) for clitic in clitics)


class Complements:
    """The words after a cue word, read for CueReader (which sets these attributes)."""

    tokens: Cursor
    mentions: MentionIndex
    lexicon: dict[str, LexiconCue]

    def _bi_complement(self, q: int) -> bool:
        """"بالتهدئة", "بتعزيز": بـ glued on a noun (no preposition or particle of its own: "بعد", "بين", "بأن")."""
        text, norm, words = self.tokens.text(q), self.tokens.norm(q), self.tokens.words
        return text.startswith("ب") and len(norm) > 3 and norm not in words.preposition \
            and norm not in words.complementizer and norm not in words.adverbial_head

    def _on_topic(self, q: int) -> bool:
        """"إلى الأزمة", "للأزمة": the topic a verb of touching on is about."""
        norm = self.tokens.norm(q)
        return norm in self.tokens.words.touched_topic or (norm.startswith("لل") and len(norm) > 4)

    def _next(self, k: int) -> int:
        """The next word after token k (the token count when none)."""
        tokens = self.tokens   # (next(k + 1, size), read in place: asked of most cue words)
        spaces, size = tokens.spaces, tokens.size
        k += 1
        while k < size and spaces[k]:
            k += 1
        return k

    def _next_text(self, k: int) -> str:
        q = self._next(k)
        return self.tokens.text(q) if q < self.tokens.size else ""

    def _opens_content(self, q: int) -> bool:
        return self.tokens.text(q) == ":" or self.tokens.norm(q) in self.tokens.words.complementizer

    def _opens_slogan(self, k: int, q: int) -> bool:
        """What a chanting participle at k ("مرددين") says opens at q: what opens any speech, or a quote of any
        length, since a slogan is often of one or two words ('مرددين "ارحل"')."""
        tokens = self.tokens
        if tokens.is_quote(q) and tokens.text(q) not in ("»", "›") \
                and sum(tokens.text(p) == tokens.text(q) for p in range(k + 1, q)) % 2 == 0:  # not a closing '"'
            return True
        return self._opens_speech(k, q)

    def _opens_speech(self, k: int, q: int) -> bool:
        """A colon, أن/إن, an opening quote or "قائلا"/"يقول": what a continuation says starts here."""
        tokens = self.tokens
        if self._opens_content(q):
            p = tokens.prev(q)
            return p is None or tokens.norm(p) not in tokens.words.adverbial_head  # not "قبل أن"
        if tokens.is_quote(q) and tokens.text(q) not in ("»", "›") \
                and sum(tokens.text(p) == tokens.text(q) for p in range(k + 1, q)) % 2 == 0:  # not a closing '"'
            nxt = self._next(q)
            if nxt < tokens.size and tokens.text(nxt) == tokens.text(q):
                return True  # "' '": a quote mark written twice
            close = tokens.closing_quote(q, tokens.size)
            return sum(1 for p in range(q + 1, close) if not tokens.is_space(p) and not tokens.is_punct(p)) >= QUOTE_WORDS
        # "قائلا" anywhere before what is said; "يقول" only right after the verb ("ومضى يقول"): further on
        # it is a verb of its own ("يتابع المدرب التدريبات ثم قال")
        found = entry_in(tokens.text(q), False)
        if found is None or found[1].lemma != SAY_LEMMA:
            return False
        norm = tokens.norm(q)[found[0]:]
        return norm in tokens.words.saying_participle or q == self._next(k)

    def _ruled_thing(self, q: int) -> bool:
        """"بأن", "ببطلان", "بعدم دستورية": what a court ruled, after بـ (not a preposition of its own: "بعد", "بسبب"; function_words.tsv causal_preposition)."""
        norm = self.tokens.norm(q)
        if norm.startswith("ب") and norm[1:] in self.tokens.words.complementizer:
            return True   # "بأن", "بأنه"
        return norm.startswith("ب") and len(norm) >= 4 and norm not in self.tokens.words.preposition \
            and norm not in self.tokens.words.adverbial_head and norm not in self.tokens.words.causal_preposition

    def _given_statement(self, q: int) -> bool:
        """"بتصريحات", "بحديث صحفي": بـ and a statement noun, what one gives ("أدلى بتصريحات")."""
        text = self.tokens.text(q)
        entry = self.in_word(text) if text.startswith("ب") else None
        return entry is not None and entry.kind == "noun"

    def _by_saying(self, q: int) -> bool:
        """"بالقول": what a verb of commenting or of making do says follows it."""
        return self.tokens.norm(q) in self.tokens.words.by_saying

    def _by_speech_noun(self, q: int) -> bool:
        """"بدعوة الأطراف", "بالإشارة إلى أن": بـ glued to a verbal noun of saying, what a verb of making do
        ("اكتفى") says; not "بدعوة من" (at the invitation of), which tells who invited."""
        text = self.tokens.text(q)
        entry = self.in_word(text) if text.startswith("ب") else None
        if entry is None or entry.kind != "noun":
            return False
        nxt = self.tokens.next(q + 1, self.tokens.size)
        return nxt >= self.tokens.size or self.tokens.norm(nxt) != FROM

    def _opinion_noun(self, k: int) -> bool:
        """Is the word at k bare "رأي" right after a noun that takes it as its genitive ("في مقال رأي",
        "استطلاع رأي")? It is the noun "opinion" then, not the verb رأى (saw, deemed) that ى/ي folding spells alike."""
        tokens = self.tokens
        p = tokens.prev_on_line(k)
        if tokens.norm(k) != OPINION or p is None or tokens.is_punct(p):
            return False
        norm, heads = tokens.norm(p), tokens.words.opinion_head
        return norm in heads or (norm[:1] in PREPOSITION_CLITICS and norm[1:] in heads)

    def _own_name(self, q: int) -> bool:
        """"اسمه", "هويتها": the name a source declining to be named withholds."""
        return self.tokens.norm(q) in self.tokens.words.own_name

    def _withheld_saying(self, q: int) -> bool:
        """"التعليق", "الإفصاح" as the whole object of a refusing verb: followed by the clause's end, a
        preposition ("التعليق على", "الإفصاح عن"), one glued on ("الإدلاء بأي تصريح"), ما or أو ("القول ما
        إذا"); not a noun with its adjective ("الرد الإسرائيلي": a reply rejected). Or أن and the verb of
        such a noun ("أن يكشف", "أن تعلق")."""
        tokens = self.tokens
        if tokens.norm(q) in tokens.words.complementizer:
            # "رفض أن يكشف عن اسمه", "رفضت أن تعلق على": the verb of saying after أن, declined
            r = self._next(q)
            return r < tokens.size and tokens.norm(r) in tokens.words.withheld_saying_verb
        if tokens.norm(q) not in tokens.words.withheld_saying:
            return False
        r = self._next(q)
        if r >= tokens.size or tokens.is_punct(r):
            return True
        norm = tokens.norm(r)
        return norm in tokens.words.preposition or norm in tokens.words.withheld_after or tokens.text(r)[:1] in GLUED_ON

    def _convicted(self, k: int) -> bool:
        """"إدانة الوزير السابق بتهمة الرشوة", "أدانت المحكمة الرجل بالاحتيال": a charge (بـ glued on) within
        CHARGE_WORDS words of the convicting word at k, with no new clause (و) between. A condemnation takes
        its object bare or with لـ ("إدانته للهجوم"), no charge."""
        tokens, words = self.tokens, self.tokens.words
        q, seen = self._next(k), 0
        while q < tokens.size and seen < CHARGE_WORDS:
            text, norm = tokens.text(q), tokens.norm(q)
            if tokens.is_punct(q) or text[:1] == "و":
                return False
            if text[:1] == "ب" and norm[1:] in words.charge:
                return True
            q, seen = self._next(q), seen + 1
        return False

    def _puts_forward(self, q: int) -> bool:
        """أن/إن (not "بعد أن", "قبل أن") or a colon, or a content_object noun with or without ال and its
        owner's pronoun ("أهمية", "تحفظه", "الارتياح"): what "أبرز", "سجل" put forward."""
        tokens = self.tokens
        norm = tokens.norm(q)
        if self._opens_content(q):
            p = tokens.prev(q)
            return p is None or tokens.norm(p) not in tokens.words.adverbial_head
        stem = strip_article(norm)
        objects = tokens.words.content_object
        return stem in objects or any(stem.endswith(pronoun) and stem[:-len(pronoun)] in objects
                                      for pronoun in PRONOUN_SUFFIXES)

    def _proposal(self, q: int) -> bool:
        """A proposal_noun with or without ال and its owner's pronoun ("مبادرة", "خطته", "مقترحاتها"): what
        "طرح", "عرض" put forward when they are a proposal."""
        stem = strip_article(self.tokens.norm(q))
        nouns = self.tokens.words.proposal_noun
        owned = [stem[:-len(pronoun)] for pronoun in PRONOUN_SUFFIXES if stem.endswith(pronoun)]
        # the ة of "خطة" is written ت before the pronoun: "خطته"
        return stem in nouns or any(o in nouns or (o.endswith("ت") and o[:-1] + "ه" in nouns) for o in owned)

    def _offer(self, q: int) -> bool:
        """A proposal_noun or an offer_noun with or without ال and its owner's pronoun ("مساعدة", "وساطته",
        "التنحي"): what "عرض" offers when it is an offer, not a display."""
        if self._proposal(q):
            return True
        stem = strip_article(self.tokens.norm(q))
        nouns = self.tokens.words.offer_noun
        return stem in nouns or any(stem.endswith(pronoun) and stem[:-len(pronoun)] in nouns
                                    for pronoun in PRONOUN_SUFFIXES)

    def _offered_word(self, q: int) -> bool:
        """An offered_word with or without ال and its owner's pronoun ("تعازيه", "الاعتذار", "استقالته"): what
        "قدّم" offers in words."""
        stem = strip_article(self.tokens.norm(q))
        words = self.tokens.words.offered_word
        owned = [stem[:-len(pronoun)] for pronoun in PRONOUN_SUFFIXES if stem.endswith(pronoun)]
        # the ة of "استقالة" is written ت before the pronoun: "استقالته"
        return stem in words or any(o in words or (o.endswith("ت") and o[:-1] + "ه" in words) for o in owned)

    def _relay_source(self, q: int) -> bool:
        return self.tokens.norm(q) in self.tokens.words.relay_source

    def _own_words(self, q: int) -> bool:
        """"قوله", "قولها": the saying a relay verb ascribes to its source."""
        return self.tokens.norm(q) in self.tokens.words.own_words

    def _issued_noun(self, q: int) -> bool:
        """"بيانا", "قرارا", "أوامر", "البيان": what one issues that says something."""
        norm = self.tokens.norm(q)
        nouns = tuple(self.tokens.words.issued_noun)
        return opens_with_stem(norm, nouns)

    def _person_subject(self, k: int) -> bool:
        """Is the word after the verb at k a person, a title introducing one or a bare title?"""
        q = self._next(k)
        mentions = self.mentions
        cand = mentions.start_at.get(q) or mentions.titled.get(q)
        return (cand is not None and cand.type == "Person") or q in mentions.bare

    def _attack_on(self, q: int) -> bool:
        """"هجوما (عنيفا) على", "هجوماً ضد": the noun of attack, with what it is on within a few words."""
        tokens = self.tokens
        if not tokens.norm(q).startswith(tuple(tokens.words.attack_noun)):
            return False
        p, words = tokens.next(q + 1, tokens.size), 0
        while p < tokens.size and words < ATTACK_TARGET_WORDS and not tokens.is_punct(p):
            # what a verbal attack is on: the `against` words of function_words.tsv ("هجوما على", "هجوما ضد")
            if tokens.norm(p) in tokens.words.against:
                return True
            words += 1
            p = tokens.next(p + 1, tokens.size)
        return False

    def _insists_on(self, k: int) -> bool:
        """"شدد الوزير على أن", "شدد على ضرورة": على in the clause of the verb at k (or what is said opening
        there), with nothing tightened before it: "شددت الشرطة الإجراءات الأمنية على الحدود" tightened."""
        tokens, words = self.tokens, self.tokens.words
        for q in self._clause_tokens(k + 1):
            if tokens.is_punct(q):
                if tokens.text(q) == ":":
                    return True
                continue
            norm = tokens.norm(q)
            if norm == ON or self._opens_content(q):
                return True
            if opens_with_stem(norm, tuple(words.tightened_noun)):
                return False
        return False

    def _agrees_that(self, k: int) -> bool:
        """"أجمع المشاركون على أن", "يجمع المراقبون على أن": على followed at once by أن in the clause of the verb
        at k; "العالم أجمع" (all) and "يجمع التبرعات" (collects) have none."""
        tokens = self.tokens
        for q in self._clause_tokens(k + 1):
            if not tokens.is_punct(q) and tokens.norm(q) == ON:
                nxt = self._next(q)
                return nxt < tokens.size and tokens.norm(nxt) in tokens.words.complementizer
        return False

    def _links_between(self, k: int) -> bool:
        """"يربط مراقبون بين الأمرين": بين in the clause of the verb at k past its subject (not the next word,
        "يربط بين المدينتين" is a road's), and no relative pronoun right before the verb ("الذي يربط")."""
        tokens = self.tokens
        p = tokens.prev(k)
        if p is not None and tokens.norm(p) in tokens.words.relative:
            return False
        nxt = self._next(k)
        if nxt >= tokens.size or tokens.norm(nxt) in tokens.words.between:
            return False
        return self._followed_by(k, lambda q: tokens.norm(q) in tokens.words.between, INSIST_WORDS, stop_at_comma=True)

    def _active_estimate(self, k: int) -> bool:
        """"تقدر منظمات إنسانية عدد النازحين بنحو": past a subject, the noun of what is estimated, and then بـ
        the figure, all in the clause of the verb at k; "تقدر قيمة الصفقة بنحو" (that noun at once) is the passive."""
        tokens = self.tokens
        stems = tuple(tokens.words.estimated_noun)
        first, estimated = True, False
        for q in self._clause_tokens(self._next(k), stop_at_comma=True):
            if tokens.is_punct(q):
                continue
            norm = tokens.norm(q)
            if first and (norm.startswith("ب") or opens_with_stem(norm, stems)):
                return False
            if estimated and norm.startswith("ب"):
                return True
            first, estimated = False, estimated or opens_with_stem(norm, stems)
        return False

    def _answers_with_a_deed(self, k: int) -> bool:
        """"ردت الحكومة بحظر الواردات", "سترد على الرسوم بفرض رسوم", "رد بطرد السفير": in the clause of the verb at k,
        بـ glued on a noun that is no noun of saying comes before anything said (أن/إن, a colon, a quote): the
        answer is a deed; "رد الوزير بالقول إن", "ردت ببيان", "رد على الانتقادات قائلا" say something."""
        tokens, mentions = self.tokens, self.mentions
        past = self._next(k)
        for q in self._clause_tokens(self._next(k), stop_at_comma=True):
            if q < past:
                continue   # inside the subject's title and name
            if self._opens_content(q) or tokens.is_quote(q):
                return False
            if (end := mentions.title_phrase_end(q)) is not None:
                past = end   # "المتحدث باسم الوزارة فلان": the subject's title, whose بـ is no answer
                continue
            if mentions.in_a_mention(q):
                continue   # a name in بـ ("بايدن") is the subject, no answer
            if self._bi_complement(q):
                return not (self._by_saying(q) or self._by_speech_noun(q)
                            or tokens.norm(q) in tokens.words.spoken_answer)
        return False

    def _adopts_a_measure(self, k: int) -> bool:
        """"أقر البرلمان، أمس، قانونا", "يقر مشروع الموازنة": among the first ADOPTED_WORDS words after the verb at k
        that are no name, title, preposition or adjunct, an adopted_noun (a law, a bill, a budget) comes before
        anything it would say (بـ glued on a noun, أن/إن, a colon): adopting a measure, a deed; "أقر الوزير
        بالهزيمة", "أقر بأن" admit."""
        return self._object_first(k, tuple(self.tokens.words.adopted_noun))

    def _suspends_a_thing(self, k: int) -> bool:
        """"علقت المنظمة عضوية البلد", "يعلق الاتحاد المساعدات", "علقت الشركة رحلاتها": a suspended_noun for object
        (read as _adopts_a_measure reads its own) is a thing suspended, a deed; "علق الوزير على القرار" comments."""
        return self._object_first(k, tuple(self.tokens.words.suspended_noun))

    def _object_first(self, k: int, stems: tuple[str, ...]) -> bool:
        """Among the first ADOPTED_WORDS words after the verb at k that are no name, title, preposition or
        adjunct, does a word opening with one of `stems` come before anything said (بـ glued on a noun, أن/إن, a
        colon, على of what is commented on)? The verb's direct object, what it acts on."""
        tokens = self.tokens
        return self._stem_after_subject(k, stems, ADOPTED_CLITICS, ADOPTED_WORDS, lambda q: self._opens_content(q)
                                        or self._bi_complement(q) or tokens.norm(q) == ON_TOPIC)

    def _stem_after_subject(self, k: int, stems: tuple[str, ...], clitics: tuple[str, ...], most: int,
                            stops: Callable[[int], bool]) -> bool:
        """Among the first `most` words after the verb at k that are no name, title, preposition or adjunct, does a
        word opening with one of `stems` (after one of `clitics`) come before the sentence ends or `stops` holds?"""
        tokens, mentions = self.tokens, self.mentions
        q, seen = self._next(k), 0
        while q < tokens.size and seen < most:
            text = tokens.text(q)
            if text in SENTENCE_ENDS or "\n" in text or stops(q):
                return False
            end = mentions.title_phrase_end(q)
            if end is not None:   # the subject's title, and the name it introduces
                q = self._next(max(end - 1, q))
                continue
            if not (tokens.is_punct(q) or mentions.in_a_mention(q) or tokens.norm(q) in tokens.words.adjunct
                    or tokens.norm(q) in tokens.words.preposition):
                if opens_with_stem(tokens.norm(q), stems, clitics):
                    return True
                seen += 1
            q = self._next(q)
        return False

    def _renews_a_stance(self, k: int) -> bool:
        """"جدد الوزير دعوته إلى", "جددت الحكومة رفضها": among the first RENEWED_WORDS words after the verb at k
        that are no name or title (its subject), a stance or speech act renewed; "جدد النادي عقد لاعبه" renews
        a contract, "تجدد القتال في" is fighting resumed."""
        stems = tuple(self.tokens.words.renewed_noun)
        return self._stem_after_subject(k, stems, RENEWED_CLITICS, RENEWED_WORDS, lambda q: False)

    def _deploys_forces(self, k: int) -> bool:
        """"نشر الجيش آلاف الجنود", "الجيش نشر نحو ثلاثمئة جندي", "نشرت البحرية فرقاطة": forces or arms
        (deployed_noun, in an unnamed group's words too) among the first DEPLOYED_WORDS words of the clause after
        the verb at k that are no name, title, preposition or count (function_words approximator,
        count_comparative, crowd_number, number, a numeral): troops deployed, nothing published; "نشر الوزير بيانا"
        is the cue. What was said opening first (أن/إن, a colon, a quote) ends the search."""
        tokens, mentions, words = self.tokens, self.mentions, self.tokens.words
        counts = words.approximator | words.count_comparative | words.crowd_number | words.number
        stems = tuple(words.deployed_noun)
        q, seen = self._next(k), 0
        while q < tokens.size and seen < DEPLOYED_WORDS:
            text = tokens.text(q)
            if text in SENTENCE_ENDS or "\n" in text or tokens.is_comma(q) or self._opens_speech(k, q):
                return False
            end = mentions.title_phrase_end(q)
            if end is not None:   # the subject's title, and the name it introduces
                q = self._next(max(end - 1, q))
                continue
            norm = tokens.norm(q)
            named = mentions.in_a_mention(q) and not self._in_group(q)   # "قوات الأمن" names a body, its subject
            if not named and opens_with_stem(norm, stems, DEPLOYED_CLITICS):
                return True
            if not (tokens.is_punct(q) or named or norm in words.adjunct or norm in words.preposition
                    or norm in counts or norm.isdigit()):
                seen += 1
            q = self._next(q)
        return False

    def _in_group(self, q: int) -> bool:
        """Is token q in the words of an unnamed group ("آلاف الجنود")?"""
        return any(c.i <= q < c.j and c.type == "Group" for c in self.mentions.cands)

    def _armed_assault(self, k: int) -> bool:
        """"هاجم مسلحون مركزا للشرطة", "هاجمت طائرات مسيرة قاعدة عسكرية": an armed word among the first
        ASSAULT_WORDS words of the clause after the verb at k (who attacks, or what): a raid, no verbal attack."""
        tokens = self.tokens
        stems = tuple(tokens.words.armed_word)
        q, seen = self._next(k), 0
        while q < tokens.size and seen < ASSAULT_WORDS:
            text = tokens.text(q)
            if text in SENTENCE_ENDS or "\n" in text or tokens.is_comma(q):
                return False
            if not tokens.is_punct(q):
                norm = tokens.norm(q)
                if opens_with_stem(norm, stems):
                    return True
                seen += 1
            q = self._next(q)
        return False

    def _bears_it(self, k: int) -> bool:
        """"وتحمل الشركة مسؤولية التعويض", "يحمل الوزير مسؤولية الملف": the noun of responsibility right after
        the verb's named subject, with no one after it that it is laid on ("المسؤولية للاحتلال"): the subject
        bears or holds it (تحمّل), it blames no one. "حمّل X الحكومة المسؤولية" has its object between."""
        tokens, mentions = self.tokens, self.mentions
        if not without_conjunction(tokens.norm(k), tokens.words.blame_verb).startswith(PRESENT_TENSE):
            return False   # "حملت واشنطن المسؤولية", "محملا الميليشيات مسؤولية": a carried subject, the name its object
        q = self._next(k)
        end = mentions.phrase_end(q) if q < tokens.size else None
        if end is None:
            return False   # a subject the text does not name as one: the walk of _blame_noun decides
        q = self._next(end - 1)
        if q >= tokens.size or not self._blame_noun(q):
            return False
        p, seen = self._next(q), 0
        while p < tokens.size and seen < LAID_ON_WORDS and not tokens.is_punct(p):
            if tokens.text(p).startswith(LAID_ON) and tokens.norm(p) not in tokens.words.preposition:
                return False   # "المسؤولية (الكاملة) للاحتلال": laid on someone
            seen += 1
            p = self._next(p)
        return True

    def _blame_noun(self, q: int) -> bool:
        """"المسؤولية", "مسؤوليتها", "تبعات": what one is made to bear ("حمّل X مسؤولية ...")."""
        return opens_with_stem(self.tokens.norm(q), tuple(self.tokens.words.blame_noun))

    def _exchanged_noun(self, q: int) -> bool:
        """"الاتهامات", "انتقادات": what two parties say against each other ("تبادل الطرفان الاتهامات")."""
        return opens_with_stem(self.tokens.norm(q), tuple(self.tokens.words.exchanged_noun))

    def _waved_thing(self, q: int) -> bool:
        """"بالرايات", "بلافتات", "بأيديهم": a thing waved or held up after بـ ("لوّح الطلاب بالرايات")."""
        return opens_with_stem(self.tokens.norm(q), tuple(self.tokens.words.waved_thing), WAVED_CLITICS)

    def _clause_tokens(self, start: int, stop_at_comma: bool = False) -> Iterator[int]:
        """The tokens from `start` on that are no space, up to INSIST_WORDS words (punctuation is no word), the
        walk ending at the sentence's end, a line break or, when `stop_at_comma`, a comma: the clause of a verb
        whose complement is looked for (على after "شدد", "على أن" after "أجمع", the figure after "تقدر")."""
        tokens = self.tokens
        q, words = start, 0
        while q < tokens.size and words < INSIST_WORDS:
            text = tokens.text(q)
            if text in SENTENCE_ENDS or "\n" in text or (stop_at_comma and tokens.is_comma(q)):
                return
            if not tokens.is_space(q):
                yield q
                if not tokens.is_punct(q):
                    words += 1
            q += 1

    def _followed_by(self, k: int, test: Callable[[int], bool], limit: int = OPENER_WORDS,
                     stop_at_comma: bool = False, stop_at_verb: bool = False) -> bool:
        """Does a token passing `test` follow token k within `limit` words of its sentence (of its
        clause when `stop_at_comma`; before another verb of saying when `stop_at_verb`)?"""
        tokens = self.tokens
        texts, spaces, puncts = tokens.texts, tokens.spaces, tokens.puncts   # (read in place: a walk of several words)
        q, words = k + 1, 0
        while q < tokens.size and words < limit:
            text = texts[q]
            if text in SENTENCE_ENDS or "\n" in text or (stop_at_comma and text in COMMAS):
                return False
            if stop_at_verb and q > k + 1 and not test(q) and (found := entry_in(text, False)) is not None \
                    and found[1].kind in SPEECH_KINDS and tokens.norm(q) not in tokens.words.own_words \
                    and not (found[0] == 0 and self._opinion_noun(q)) \
                    and normalize(text[found[0]:]) not in tokens.words.statement_giving_verb \
                    and not (found[0] == 0 and tokens.norm(q) in tokens.words.preposition):  # "حديث أدلى به"
                # ("في كلمة عقب الاجتماع:": bare "عقب" is "after" there, the preposition, not "commented")
                return False  # "يتابع المدرب التدريبات ثم قال إن": the إن is that verb's
            if test(q):
                return True
            # (words only: the commas and quote marks of an aside or a quoted name are no part of the reach)
            if not spaces[q] and not puncts[q]:
                words += 1
            q += 1
        return False

    def in_word(self, word: str) -> lexicon.Cue | None:
        """The cue a word of running text is, with or without و، ف، بـ، لـ glued to it."""
        for prefix in PREPOSITION_CLITICS:
            if opens_with_clitic(word, prefix):
                entry = self.lexicon.get(normalize(word[len(prefix):]))
                if entry:
                    return entry
        return None
