"""Token reading shared by the attribution stages: the next word, the word before, clause starts,
prepositions, quotes. Positions are token indices of one Doc; `start`/`end` bound a sentence."""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import compress
from operator import attrgetter

from spacy.tokens import Doc, Span

from ... import lexicon
from ...text import normalize
from ..mentions import Candidate, appositive_at
from ..mentions.base import token_infos
from ..words import (CLOSE_QUOTES, COMMAS, OPEN_QUOTES, QUOTE_CHARS, sentence_bounds, text_of, tokens_of, without_conjunction,
                     words_where)

SEMICOLON = "؛"   # parts a clause from the next as a comma does
CLAUSE_PUNCT = (*COMMAS, ".", ":", SEMICOLON)
SENTENCE_ENDS = (".", "؟", "!")
IN = normalize("في")   # "على لسان X في ...", "جاء في بيان", "تصريحات في باريس"
# "-وهي ناطقة بلسان البعثة-", "فلان -وهو ناطق باسم X-": an aside (a clause, a title) between dashes; a
# tatweel standing alone is written as one
ASIDE_DASHES = ("-", "ـ", "–", "—")
GUILLEMET_CLOSERS = ("»", "›")   # closing guillemets never open a quote (the curly “ ” are written either way round)
# the prepositions بـ and لـ as the tokenizer splits them off a word
CLITIC_PREPOSITIONS = ("لـ", "بـ")
# a preposition glued on the article ("للرئيس", "بالمسؤول", "كالوزير"): the word is governed, an object, never a subject
GOVERNED_ARTICLE = ("لل", "بال", "كال")
NESTING_QUOTES = ("«", "‹")   # openers that differ from their closers, so quotes in them can nest
STRAIGHT_QUOTE = '"'   # the same mark opens and closes
ABBREVIATION_DOT = "\u2027"   # what an abbreviation's stop reads as (pipeline.abbreviation_dots)
# the marks that open or close a quotation as the quote scans read them (inside_quotes, running_quotes, stray_quotes)
QUOTE_MARKS = frozenset(OPEN_QUOTES | CLOSE_QUOTES | {STRAIGHT_QUOTE})
QUOTE_CLOSERS = {"«": "»", "“": "”", "„": "“”", "‹": "›"}


class Cursor:
    """Reads the tokens of one Doc. Token texts are read once (each doc[k] builds a Token) and
    normalised texts computed once each."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.size = len(doc)
        self.words = lexicon.function_words()
        toks = tokens_of(doc)   # shared with the entity stages, which read the same tokens
        self.texts: list[str] = toks.texts
        self.spaces: list[bool] = toks.spaces
        self.starts: list[int] = toks.starts     # character offset of each token
        self.puncts: list[bool] = toks.punct     # words.is_punct of each token
        # normalize() of every token's text, as the entity stages worked them out (token_infos, kept per Doc); the
        # hot loops of the later stages read this list (and texts, spaces) directly: a call of norm() per token costs
        # more than the reading
        self.norms: list[str] = list(map(attrgetter("norm"), token_infos(doc)))   # (the loop in C)
        dots = doc.user_data.get("kg_abbreviation_dots")
        if dots:   # a stop inside an abbreviation ("سي.أن.أن", "د. فلان") ends no clause: read as a letter
            self.texts, self.puncts = list(self.texts), list(self.puncts)
            for k in dots:
                self.texts[k], self.puncts[k] = ABBREVIATION_DOT, False
                self.norms[k] = normalize(ABBREVIATION_DOT)
                for j in (k - 1, k + 1):   # its letter groups ("أن" in "سي.أن.أن") are no function words
                    self.norms[j] = self.texts[j] + ABBREVIATION_DOT
        self._sentence_starts: list[int] | None = None   # (sentence, read on first use)
        # sentence number -> its Span, built on first use: the target finders ask sentence() of every statement,
        # mostly of the same few sentences, and each doc[a:b] builds a new Span
        self._sentences: dict[int, Span] = {}
        # the sentence list stray_quotes was last asked of and its answer: inside_quotes and running_quotes ask it
        # of the same list, and it reads every token
        self._stray: tuple[list[Span], frozenset[int]] | None = None
        self._quote_marks: bool | None = None   # (quote_marks_in_text, read on first use)
        self._quote_tokens: list[int] | None = None   # (quote_mark_tokens, read on first use)
        self._words: list[bool] | None = None   # (for each token: a word, no space or punctuation? word_tokens, on first use)

    def text(self, k: int) -> str:
        return self.texts[k]

    def quote_marks_in_text(self) -> bool:
        """Is any mark that opens or closes a quotation (OPEN_QUOTES, CLOSE_QUOTES, the straight quote) written in the
        Doc's text? When none is, no token is one, and the scans for quotations need not read the tokens; one
        search of the text, in C, per mark."""
        if self._quote_marks is None:
            text = text_of(self.doc)
            self._quote_marks = any(mark in text for mark in QUOTE_MARKS)
        return self._quote_marks

    def quote_mark_tokens(self) -> list[int]:
        """The tokens, in order, that are one of QUOTE_MARKS, found once: the quote scans (inside_quotes,
        running_quotes, stray_quotes) go from one mark to the next, not through every token."""
        if self._quote_tokens is None:
            self._quote_tokens = list(compress(range(self.size), map(QUOTE_MARKS.__contains__, self.texts))) \
                if self.quote_marks_in_text() else []
        return self._quote_tokens

    def quote_marks_between(self, start: int, end: int) -> list[int]:
        """quote_mark_tokens among start..end-1."""
        found = self.quote_mark_tokens()
        return found[bisect_left(found, start):bisect_left(found, end)]

    def norm(self, k: int) -> str:
        """normalize() of token k's text; "" past the last token (the word after a document's last one)."""
        return self.norms[k] if k < self.size else ""

    def sentence(self, k: int) -> Span:
        """doc[k].sent, found from the Doc's sentence starts, read once: Token.sent has spaCy scan the whole Doc
        for sentence annotation on every call (Doc.has_annotation), and the target finders ask it of every
        statement. The same span: from the last sentence start at or before k to the next one (or the end)."""
        if k < 0:
            k += self.size   # (as doc[k] reads a negative index)
        if not 0 <= k < self.size:
            raise IndexError(f"token {k} out of a Doc of {self.size}")
        starts = self._sentence_starts
        if starts is None:
            starts = self._sentence_starts = [first for first, _ in sentence_bounds(self.doc)]
        n = bisect_right(starts, k) - 1
        span = self._sentences.get(n)
        if span is None:
            span = self._sentences[n] = self.doc[starts[n]:starts[n + 1] if n + 1 < len(starts) else self.size]
        return span

    def apposition_after(self, last: int, end: int) -> int | None:
        """Where a title (or a participle) describing the name that ends at token `last` opens, past a
        comma, an aside dash or "وهو" ("فلان، المتحدث باسم ...", "فلان -وهو مدير ...-", "فلان وزير
        خارجية ..."); None when nothing that describes a name opens there. The one reading of a title
        in apposition after a name for the speaker, referent and target stages."""
        k = self.next(last + 1, end)
        while k < end and (self.is_comma(k) or self.texts[k] in ASIDE_DASHES or self.norm(k) in self.words.aside_opener):
            k = self.next(k + 1, end)
        return k if k < end and appositive_at(self.doc, k) else None

    def words_where(self, test: Callable[[str], object]) -> list[int]:
        """The tokens, in order, that are no space and whose text as the cursor reads it passes `test` (a function
        of the text alone, defined once): words.words_where, each distinct word of the Doc asked once, with the
        cursor's own texts at the stops it reads as letters."""
        dots = self.doc.user_data.get("kg_abbreviation_dots")
        if not dots:
            return words_where(self.doc, test)   # (a new list, in order, each token once: the common case)
        found = set(words_where(self.doc, test))
        for k in dots:
            found.discard(k)
            if not self.spaces[k] and test(self.texts[k]):
                found.add(k)
        return sorted(found)

    def in_class(self, k: int, words: frozenset[str]) -> bool:
        """Is token k one of `words` (normalised), bare or with the conjunction و or ف on it ("ولم", "فكان")?"""
        norm = self.norms[k] if k < self.size else ""   # (norm(k), read in place: asked of many words per cue)
        return norm in words or (norm[:1] in ("و", "ف") and norm[1:] in words)

    def is_space(self, k: int) -> bool:
        return self.spaces[k]

    def is_comma(self, k: int) -> bool:
        return self.texts[k] in COMMAS

    def is_punct(self, k: int) -> bool:
        return self.puncts[k]

    def is_quote(self, k: int) -> bool:
        """words.is_quote of token k (the set holds single marks only, so no text of more characters is in it; a
        check of the length first costs a call to len on every token of the walks that ask this)."""
        return self.texts[k] in QUOTE_CHARS

    def word_tokens(self, i: int, j: int) -> list[int]:
        """The tokens i..j-1 that are words: neither spaces nor punctuation."""
        if not 0 <= i <= j <= self.size:
            spaces, puncts = self.spaces, self.puncts   # (as the lists read those bounds)
            return [k for k in range(i, j) if not spaces[k] and not puncts[k]]
        if self._words is None:   # (which tokens are words, found once: several walks a content ask this)
            self._words = [not (space or punct) for space, punct in zip(self.spaces, self.puncts)]
        return list(compress(range(i, j), self._words[i:j]))

    def next(self, k: int, end: int) -> int:
        """The first non-space token at or after k (`end` when there is none before it)."""
        spaces = self.spaces
        while k < end and spaces[k]:
            k += 1
        return k

    def next_past_comma(self, k: int, end: int) -> int:
        """The first word at or after k, past one comma ("فلان، المتحدث باسم ..."): `end` when there is none."""
        k = self.next(k, end)
        return self.next(k + 1, end) if k < end and self.is_comma(k) else k

    def prev(self, k: int, start: int = 0) -> int | None:
        """The last non-space token before k, not before `start`."""
        spaces = self.spaces
        p = k - 1
        while p >= start and spaces[p]:
            p -= 1
        return p if p >= start else None

    def prev_on_line(self, k: int) -> int | None:
        """The last non-space token before k on k's own line (none when a line break comes first: a
        line ending in a figure or a time does not count the next line's first word)."""
        spaces = self.spaces   # (prev(k) read in place)
        p = k - 1
        while p >= 0 and spaces[p]:
            p -= 1
        if p < 0:
            return None
        texts = self.texts
        for q in range(p + 1, k):   # (the spaces between, most often one: a loop, not a generator per call)
            if "\n" in texts[q]:
                return None
        return p

    def after_preposition(self, i: int) -> bool:
        """Is the word before token i a preposition ("في", "لـ"), or a locative one with و/ف glued on ("وفي
        القاهرة، زار الوزير ...": the place the sentence opens with is where, not who; not "وبين", "وعبر",
        which are as often the verbs "explained", "expressed")?"""
        spaces = self.spaces   # (prev(i) and norm(p) read in place)
        p = i - 1
        while p >= 0 and spaces[p]:
            p -= 1
        if p < 0:
            return False
        norm = self.norms[p]
        return self.texts[p] in CLITIC_PREPOSITIONS or norm in self.words.preposition \
            or without_conjunction(norm, self.words.locative) != norm

    def clitic(self, c: Candidate) -> str:
        """The clitics glued to mention c's first word before the name ("ل" of "لتركيا", "وب" of "وبالقاهرة")."""
        return self.texts[c.i][:max(0, c.start - self.starts[c.i])]

    def governed(self, c: Candidate) -> bool:
        """A mention with a preposition glued to it (لـ، بـ، كـ) or before it is an object, never a subject."""
        # (a test of each letter on the clitic, most often empty: a generator over its letters cost more than the rest)
        clitic = self.clitic(c)
        return "ب" in clitic or "ل" in clitic or "ك" in clitic or self.after_preposition(c.i)

    def clause_start_before(self, i: int, start: int) -> bool:
        """Does a clause start right before token i (sentence start, punctuation, quote, "و", "كما" ...)?"""
        p = self.prev(i, start)
        if p is None:
            return True
        return self.texts[p] in CLAUSE_PUNCT or self.is_quote(p) or self.norm(p) in self.words.clause_opener

    def trim_end(self, s0: int, end: int) -> int:
        """`end` moved back over trailing spaces and punctuation other than quotes."""
        e = end
        while e > s0 and (self.spaces[e - 1] or (self.puncts[e - 1] and not self.is_quote(e - 1))):
            e -= 1
        return e

    def closing_quote(self, k: int, end: int) -> int:
        """The token that closes the quote opened at k. A quote its paragraph never closes ends with
        its sentence: the writer forgot the closing mark, and the next sentence is most often the
        writer's own ("قال: «لن نتراجع. وكان الوزير قد ...")."""
        opener = self.texts[k]
        closers = QUOTE_CLOSERS.get(opener, opener + "”»")
        nested = 0   # "«بيان القمة «يخلو من أي التزام»...»": a guillemet quote inside another
        sentence_end: int | None = None
        q = k + 1
        while q < self.size:
            t = self.texts[q]
            if t == opener and opener in NESTING_QUOTES:
                nested += 1
            elif t in closers and nested:
                nested -= 1
            elif t in closers:
                return q
            if self.spaces[q] and "\n" in t and not self.closed_on_next_line(q, opener):
                return sentence_end if sentence_end is not None else q
            if sentence_end is None and t in SENTENCE_ENDS and q > k + 1:
                sentence_end = q
            q += 1
        return sentence_end if sentence_end is not None else min(q, self.size)

    def chars(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens i..j-1."""
        return self.starts[i], self.starts[j - 1] + len(self.texts[j - 1])

    def inside_quotes(self, sents: list[Span]) -> list[bool]:
        """For each token: is it inside a quotation? A quote may run over the sentences of its
        paragraph ("«لماذا تأخر الرد؟ لا أحد يجيب.»"); a new paragraph closes every quote."""
        inside = [False] * self.size
        if not self.quote_marks_in_text():
            return inside   # (no mark opens or closes a quotation: more than half the articles)
        depth, ascii_open = 0, False
        stray = self.stray_quotes(sents)
        marks = [k for k in self.quote_mark_tokens() if self.texts[k] != STRAIGHT_QUOTE]
        for sent in sents:
            start = sent.start
            if self._opens_paragraph(start):
                # the last opener before the paragraph, looked for only while a quote is open: the walk back may
                # cross the whole text before it
                opened = next((self.texts[q] for q in range(start - 1, -1, -1) if self.texts[q] in OPEN_QUOTES),
                              None) if depth and start else None
                if not (depth and start and opened and self.closed_on_next_line(start - 1, opened)):
                    depth = 0
                if not (ascii_open and start and self.closed_on_next_line(start - 1, STRAIGHT_QUOTE)):
                    ascii_open = False
            elif depth and self._opens_before_closing(marks, start):
                depth = 0   # the quote open before this sentence was never closed: a new one opens first
            # (only a mark changes what is inside: the tokens up to the next mark are as the last one left them)
            k = start
            for m in self.quote_marks_between(start, sent.end):
                if depth or ascii_open:
                    inside[k:m] = [True] * (m - k)
                t = self.texts[m]
                if t in OPEN_QUOTES:
                    depth += 1
                elif t in CLOSE_QUOTES and depth:
                    depth -= 1
                elif t == '"' and m not in stray:
                    ascii_open = not ascii_open
                inside[m] = bool(depth or ascii_open)
                k = m + 1
            if depth or ascii_open:
                inside[k:sent.end] = [True] * (sent.end - k)
        return inside

    def _opens_before_closing(self, marks: list[int], k: int) -> bool:
        """Is the next quote mark from token k on an opener? A quotation that runs on over sentences closes
        before another opens ("«... . ...»"); when the text opens one first, the quote still open was left
        open by its writer, and a text without paragraph breaks would be a quotation to its end."""
        at = bisect_left(marks, k)
        return at < len(marks) and self.texts[marks[at]] in OPEN_QUOTES

    def closed_on_next_line(self, brk: int, opener: str) -> bool:
        """Does the line after the line break at `brk` close a quote `opener` opened, before it opens
        one of its own? Then the quote runs on over the break, as in a text that puts every sentence
        on a line of its own ("قال: «لن نتراجع.\nسنبقى هنا»")."""
        if opener == STRAIGHT_QUOTE:
            return self._odd_marks_in_line(brk + 1)
        if opener not in QUOTE_CLOSERS:
            return False   # a single straight quote: as often an apostrophe or a doubled mark ("' '")
        closers = QUOTE_CLOSERS[opener]
        for q in range(brk + 1, self.size):
            t = self.texts[q]
            if self.spaces[q] and "\n" in t:
                return False
            if t in closers:
                return True
            if t in OPEN_QUOTES:
                return False
        return False

    def _odd_marks_in_line(self, k: int) -> bool:
        """Does the line from token k on hold an odd number of straight quote marks, the first written
        as a closer (glued to the word before it)? After a line that leaves a straight quote open, that
        mark closes the quote: the marks pair up over the break ('قال: "لن نتراجع.\nسنبقى هنا"'), as
        guillemets do. A first mark standing apart ('وأضاف " كنا') opens a quote of its own."""
        marks: list[int] = []
        for q in range(k, self.size):
            t = self.texts[q]
            if self.spaces[q] and "\n" in t:
                break
            if t == STRAIGHT_QUOTE:
                marks.append(q)
        return len(marks) % 2 == 1 and self._glued_to_word_before(marks[0])

    def _glued_to_word_before(self, q: int) -> bool:
        """Is token q written right after a word, with no space between ('الغلاء"')?"""
        p = q - 1
        return p >= 0 and not self.spaces[p] and not self.puncts[p] \
            and self.starts[p] + len(self.texts[p]) == self.starts[q]

    def _glued_to_word_after(self, q: int) -> bool:
        """Is the word after token q written right after it, with no space between ('"الغلاء')?"""
        n = q + 1
        return n < self.size and not self.spaces[q] and not self.spaces[n] and not self.puncts[n] \
            and self.starts[q] + len(self.texts[q]) == self.starts[n]

    def _opens_paragraph(self, start: int) -> bool:
        return start == 0 or (self.spaces[start - 1] and "\n" in self.texts[start - 1])

    def stray_quotes(self, sents: list[Span]) -> frozenset[int]:
        """ASCII quote marks that open nothing, in a paragraph with an odd number of them: its first word
        ('" وقال المعهد إن ...': the closer of a quotation the paragraph before ended, left at the start
        of the next by whoever cut the text), or else the first mark written as a closer where no quote
        is open ('نشر "قائمة" تضم أسماء" ...': an opener lost). Left to open, such a mark would make the
        rest of the paragraph a quotation, and a text without paragraph breaks the rest of the article."""
        if self._stray is not None and self._stray[0] is sents:
            return self._stray[1]
        found = self._stray_quotes(sents)
        self._stray = (sents, found)
        return found

    def _stray_quotes(self, sents: list[Span]) -> frozenset[int]:
        """stray_quotes, worked out."""
        if STRAIGHT_QUOTE not in text_of(self.doc):
            return frozenset()   # (no straight mark in the text: none is stray)
        stray: set[int] = set()
        marks: list[int] = []
        first: int | None = None
        left_open = False   # the paragraph before left a straight quote open that this one closes
        for sent in sents:
            if self._opens_paragraph(sent.start):
                self._stray_in_paragraph(marks, first, left_open, stray)
                left_open = bool(sum(m not in stray for m in marks) % 2 and sent.start
                                 and self.closed_on_next_line(sent.start - 1, STRAIGHT_QUOTE))
                marks, first = [], None
            if first is None:
                k = sent.start
                while k < sent.end and self.spaces[k]:
                    k += 1
                first = k if k < sent.end else None
            marks.extend(m for m in self.quote_marks_between(sent.start, sent.end) if self.texts[m] == '"')
        self._stray_in_paragraph(marks, first, left_open, stray)
        return frozenset(stray)

    def _stray_in_paragraph(self, marks: list[int], first: int | None, left_open: bool, stray: set[int]) -> None:
        """Add the stray mark of one paragraph's straight quote marks, if they are odd in number."""
        if not len(marks) % 2 or left_open:
            return
        if marks[0] == first:
            stray.add(marks[0])
            return
        is_open = False
        for q in marks:
            if not is_open and self._glued_to_word_before(q) and not self._glued_to_word_after(q):
                stray.add(q)
                return
            is_open = not is_open
