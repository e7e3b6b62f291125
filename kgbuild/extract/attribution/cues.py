"""Cues: the words that anchor a statement (lexicon.cues: verbs, statement nouns, continuations and
"according to" markers), with participles of manner ("، مؤكدة أن") and "وجاء في البيان"."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from spacy.tokens import Span

from ... import lexicon
from ...text import normalize
from .cursor import Cursor
from .index import MentionIndex

CONJUNCTIONS = ("", "و", "ف")          # what may be glued before a cue
PREPOSITION_CLITICS = ("", "و", "ف", "ب", "ل")   # ... and before a statement noun in running text
PARTICIPLE_ENDINGS = ("تين", "تان", "ين", "ون", "ه", "ات")
SPEECH_KINDS = ("verb", "continuation")
CLITIC_LETTERS = ("و", "ف", "ب", "ل")   # glued before a verbal noun's governor: "بعدم", "وضرورة"
BLAME_CLITICS = ("", "ال", "وال")       # before the noun of blame: "المسؤولية", "والمسؤولية"
NOUN_BACK = 6                          # tokens back from "جاء فيها", "قال فيها" to the statement noun
OPENER_WORDS = 10                      # words after "يعتبر", "حمّل" ... within which their أن/إن, colon or blame comes
SENTENCE_ENDS = (".", "؟", "!")


@dataclass(frozen=True)
class Cue:
    """A cue at token i, after a conjunction of `prefix` characters (و، ف)."""

    i: int
    prefix: int
    entry: lexicon.Cue

    @property
    def kind(self) -> str:
        return self.entry.kind

    @property
    def lemma(self) -> str:
        return self.entry.lemma


def participle_forms(norm: str) -> list[str]:
    """A word and, for a participle (مـ...), its accusative singular: "متفقين" / "مؤكدة" -> "متفقا" / "مؤكدا"."""
    forms = [norm]
    # derived participles (مُفعِل: مؤكدة، متفقين) and form I ones (فاعل: واصفة، داعين)
    if (norm.startswith("م") and len(norm) > 4) or (len(norm) > 4 and norm[1] == "ا"):
        for ending in PARTICIPLE_ENDINGS:
            if norm.endswith(ending):
                forms.append(norm[: -len(ending)] + "ا")
                break
    return forms


@lru_cache(maxsize=131072)
def _entry_in(word: str, participles: bool) -> tuple[int, lexicon.Cue] | None:
    """(length of the conjunction, lexicon entry) of the cue a word is, after و or ف or bare; read
    as a participle of manner too when `participles`. Kept per word: the lexicon is read once."""
    cues = lexicon.cues()
    for prefix in CONJUNCTIONS:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            norm = normalize(word[len(prefix):])
            for form in (participle_forms(norm) if participles else [norm]):
                entry = cues.get(form)
                if entry:
                    return len(prefix), entry
    return None


class CueReader:
    """Which token is a cue. Answers are kept per token: the stages ask about the same tokens often."""

    def __init__(self, tokens: Cursor, mentions: MentionIndex) -> None:
        self.tokens = tokens
        self.mentions = mentions
        self.lexicon = lexicon.cues()
        self._at: dict[int, Cue | None] = {}

    def at(self, k: int) -> Cue | None:
        """The cue at token k, if it is one."""
        if k not in self._at:
            self._at[k] = self._read(k)
        return self._at[k]

    def kind_at(self, k: int) -> str | None:
        cue = self.at(k)
        return cue.kind if cue else None

    def _read(self, k: int) -> Cue | None:
        tokens = self.tokens
        tok = tokens.text(k)
        if _entry_in(tok, True) is None:
            return None  # no reading of the word is a cue, participle or not
        # inflected participles ("متفقين", "مؤكدة") only where a participle of manner stands: after a comma
        p = tokens.prev(k)
        after_comma = p is not None and tokens.is_comma(p)
        nxt = tokens.next(k + 1, tokens.size)
        start_at = self.mentions.start_at
        if after_comma and nxt in start_at and start_at[nxt].type == "Place":
            after_comma = False  # "، مدينة ألماتي": a noun in apposition, not a participle
        found = _entry_in(tok, after_comma)
        if found is None:
            return None
        if found[1].kind in SPEECH_KINDS and self._after_masdar_governor(k):
            return None  # "طالبا عدم كشف هويته", "أكد ضرورة دعم": a verbal noun, not a verb
        form = normalize(tok[found[0]:])
        if form in tokens.words.needs_opener and not self._followed_by(k, self._opens_content):
            return None  # "يبلغ من العمر", "يعتبر من أبرز": the other verb; "يعتبر الوزير أن" is the cue
        if form in tokens.words.blame_verb and not self._followed_by(k, self._blame_noun):
            return None  # "يحمل شهادة", "حمل اسم": carrying; "حمّل الحكومة المسؤولية" is the cue
        return Cue(k, found[0], found[1])

    def _after_masdar_governor(self, k: int) -> bool:
        """Is the word before token k one whose next word is a verbal noun ("عدم", "بعدم", "ضرورة")?"""
        p = self.tokens.prev(k)
        if p is None:
            return False
        norm, governors = self.tokens.norm(p), self.tokens.words.masdar_governor
        return norm in governors or (norm[:1] in CLITIC_LETTERS and norm[1:] in governors)

    def _opens_content(self, q: int) -> bool:
        return self.tokens.text(q) == ":" or self.tokens.norm(q) in self.tokens.words.complementizer

    def _blame_noun(self, q: int) -> bool:
        """"المسؤولية", "مسؤوليتها", "تبعات": what one is made to bear ("حمّل X مسؤولية ...")."""
        norm = self.tokens.norm(q)
        for clitic in BLAME_CLITICS:
            if norm.startswith(clitic) and norm[len(clitic):].startswith(tuple(self.tokens.words.blame_noun)):
                return True
        return False

    def _followed_by(self, k: int, test: Callable[[int], bool]) -> bool:
        """Does a token passing `test` follow token k within OPENER_WORDS words of its sentence?"""
        tokens = self.tokens
        q, words = k + 1, 0
        while q < tokens.size and words < OPENER_WORDS:
            text = tokens.text(q)
            if text in SENTENCE_ENDS or "\n" in text:
                return False
            if test(q):
                return True
            if not tokens.is_space(q):
                words += 1
            q += 1
        return False

    def in_word(self, word: str) -> lexicon.Cue | None:
        """The cue a word of running text is, with or without و، ف، بـ، لـ glued to it."""
        for prefix in PREPOSITION_CLITICS:
            if word.startswith(prefix):
                entry = self.lexicon.get(normalize(word[len(prefix):]))
                if entry:
                    return entry
        return None

    def statement_reference(self, k: int, end: int) -> Cue | None:
        """"وجاء في البيان أن ...": a continuation of whoever issued the statement, letter or report."""
        tokens, words = self.tokens, self.tokens.words
        tok = tokens.text(k)
        prefix = 1 if tok[:1] in ("و", "ف") and len(tok) > 3 else 0
        verb = normalize(tok[prefix:])
        if verb not in words.in_text_verb:
            return None
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

    def _noun_before(self, k: int) -> bool:
        """Is there a statement noun among the few words before token k?"""
        tokens = self.tokens
        return any((entry := self.in_word(tokens.text(p))) is not None and entry.kind == "noun"
                   for p in range(max(0, k - NOUN_BACK), k))

    def statement_cues(self, sent: Span, quoted: list[bool]) -> list[Cue]:
        """The cues of a sentence that may anchor a statement, in text order: not inside a quote, not
        an entity's first word, not a via marker, no verb right after a preposition, no statement
        noun opening its line or in a sentence whose verb carries the statement."""
        tokens = self.tokens
        start, end = sent.start, sent.end
        out = []
        for k in range(start, end):
            if quoted[k] or tokens.is_space(k) or k in self.mentions.start_at:
                continue
            cue = self.at(k) or self.statement_reference(k, end)
            if not cue or cue.kind == "via":
                continue
            if cue.kind != "noun" and tokens.after_preposition(k):
                continue  # "بناء على طلب كازاخستان": after a preposition the cue is a noun
            if cue.kind == "noun":
                if tokens.prev(k, start) is None:
                    continue  # a noun cue opening its line is a heading ("دعوة نزارباييف")
                if any(self.kind_at(q) in SPEECH_KINDS for q in range(k + 1, end)):
                    continue  # "في تصريحات لقناة X، أكد Y": the verb carries the statement
            out.append(cue)
        return out
