"""One article -> DocumentRecord, and the corpus step that gives entities their corpus-wide keys."""
from __future__ import annotations

import re
import unicodedata

from spacy.language import Language

from ..clean import mask_boilerplate, title_of
from ..records import DocumentRecord, EntityRecord
from .. import lexicon
from ..text import (clitic_variants, doubled_apostrophes_as_guillemets, final_maqsura_as_ya, fold_letter_forms, normalize,
                    reversed_quotes_turned, writes_final_ya_as_maqsura)
from .dates import document_date
from .groups import article_scope, needs_article_scope, recurring_group
from .mentions.titled_bodies import TITLED_BODY_SOURCE
from .mentions.unnamed_bodies import is_unnamed_body
from .resolve import CorpusIndex


# no-break and other fixed-width spaces separate words like a space does; same length, same offsets
_SPACES = str.maketrans({c: " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
                                         "\u2009\u200a\u202f\u205f\u3000"})
_HAS_SPACES = re.compile("[" + "".join(chr(c) for c in _SPACES) + "]")


# Invisible format characters: zero-width space and (non-)joiner, bidi marks and embeddings, a BOM
# inside the text. Between two letters one parts two words (a Persian keyboard's "half space" typed
# for a space); anywhere else it is dropped.
_INVISIBLE = "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"
# The conjunction و typed apart from its word ("و قال", "و أن"): one word to a reader, glued on as in
# every other text.
_DETACHED_AND = re.compile("(?<![\\w\u064b-\u0652])و (?=[\u0621-\u064a])")   # (not a word's last و: "أبُو")
# A Windows line end ("\r\n") is one line break; the "\r" alone would make a token of its own.
_CR_BEFORE_LF = re.compile("\r(?=\n)")
# Arabic presentation forms (the shapes of letters and the lam-alef ligature "ﻻ", found in text copied
# out of PDF files): the letters they draw, as NFKC writes them.
_PRESENTATION_RANGES = "\ufb50-\ufdff\ufe70-\ufefc"
_PRESENTATION_FORMS = re.compile("[" + _PRESENTATION_RANGES + "]")
# what tidy_text must look at besides the characters it drops: invisible characters, presentation forms,
# and a space or tab right after another, after an invisible character or after a vowel mark (which may
# have stood after a space). Two spaces between words are one to a reader; to the tokenizer the second
# is a token of its own that stands between the two words, as a paragraph break would.
_SPECIAL = re.compile("[" + _INVISIBLE + _PRESENTATION_RANGES + "]|(?<=[ \t" + _INVISIBLE + "\u064b-\u0652])[ \t]")
# Vowel marks of a partly or fully vowelled text (قالَ، الرئيسُ، مؤكدًا، عَلِي، المُتحدث): the rules read
# words as most news writes them, bare. Fatha, kasra, sukun, the tanween of damma and kasra and a damma
# go; every shadda stays, and a damma on a word's first letter (after و or ف): the passive's damma
# ("وأُعلن") and a doubled letter ("لبّى") are read on purpose. The tanween of fatha stays too: unvowelled
# news writes it ("أيضاً", "مذنباً") and it says the word is an indefinite accusative, which no name is.
_VOWEL_MARKS = re.compile("[\u064c-\u0650\u0652]")
_DAMMA = "\u064f"
_WORD_LETTERS = re.compile("[\u0621-\u064a]")


def _dropped_vowel_marks(text: str) -> set[int]:
    """The offsets of the vowel marks tidy_text drops (_VOWEL_MARKS)."""
    out: set[int] = set()
    for m in _VOWEL_MARKS.finditer(text):
        k = m.start()
        if text[k] == _DAMMA:
            # the letters of its word before it
            b = k
            while b > 0 and (_WORD_LETTERS.match(text, b - 1) or _VOWEL_MARKS.match(text, b - 1)
                             or text[b - 1] == "\u0651"):
                b -= 1
            letters = [c for c in text[b:k] if _WORD_LETTERS.match(c)]
            if len(letters) == 1 or (len(letters) == 2 and letters[0] in "وف"):
                continue   # on the word's first letter: a passive's damma
        out.add(k)
    return out


def pipeline_text(masked: str) -> str:
    """What the pipeline reads, before spaces are tidied, of a text whose boilerplate mask_boilerplate
    blanked: odd spaces folded, the Persian/Urdu keyboard forms of Arabic letters written as the Arabic
    ones, a text that writes every final ي as ى read with ي, one that quotes »like this« read as «like
    this», and so each quote written the other way round among quotes of the usual kind (the stages
    read quote marks one way only), quotes typed as two apostrophes (''...'') read as «...»; same
    length, same offsets."""
    text = masked
    if _HAS_SPACES.search(text):  # (a search is far quicker than a translation, and most texts have none)
        text = text.translate(_SPACES)
    text = fold_letter_forms(text)
    text = doubled_apostrophes_as_guillemets(reversed_quotes_turned(text))
    return final_maqsura_as_ya(text) if writes_final_ya_as_maqsura(text) else text


def tidy_text(text: str) -> tuple[str, list[int] | None]:
    """The text with runs of spaces made one, invisible format characters dropped (one between two
    letters read as a space), vowel marks dropped (_VOWEL_MARKS), presentation forms written as their
    letters, a lone و glued on its word and Windows line ends read as line breaks, and for each character of the result its offset
    in `text`; None when nothing changed (the offsets are the text's own)."""
    # the spaces after a lone و, the "\r" of each "\r\n", the vowel marks that go
    dropped = {m.end() - 1 for m in _DETACHED_AND.finditer(text)} | {m.start() for m in _CR_BEFORE_LF.finditer(text)} \
        | _dropped_vowel_marks(text)
    # Only these characters need a look; the runs between them are copied whole (most of the text)
    special = sorted(dropped | {m.start() for m in _SPECIAL.finditer(text)})
    if not special:
        return text, None
    out: list[str] = []
    where: list[int] = []
    last = ""   # the last character written
    done = 0    # text[:done] is read
    for k in special:
        if k > done:
            out.append(text[done:k])
            where.extend(range(done, k))
            last = text[k - 1]
        done = k + 1
        c = text[k]
        if c in _INVISIBLE:
            nxt = next((d for d in text[k + 1:k + 8] if d not in _INVISIBLE), " ")
            if not ((last or " ").isalpha() and nxt.isalpha()):
                continue
            c = " "
        if (c in " \t" and last in (" ", "\t")) or k in dropped:
            continue   # a second space: the first stands for both
        if _PRESENTATION_FORMS.match(c):
            # "ﻻ" -> "لا": every letter drawn points at the character drawn; an isolated mark's
            # form comes with a space before it, which is no part of the mark
            letters = unicodedata.normalize("NFKC", c).strip() or c
            out.append(letters)
            where.extend([k] * len(letters))
            last = letters[-1]
            continue
        out.append(c)
        where.append(k)
        last = c
    out.append(text[done:])
    where.extend(range(done, len(text)))
    where.append(len(text))   # the end of the text
    return "".join(out), where


def _to_text_offsets(doc, where: list[int], text: str) -> None:
    """Move every character offset the stages wrote on `doc` from the tidied text back into the `text`
    as read."""
    def start(s: int) -> int:
        return where[s]

    def end(e: int) -> int:
        if e <= 0:
            return where[0]
        k = where[e - 1] + 1
        while k < len(text) and _VOWEL_MARKS.match(text, k) and (text[k] != _DAMMA or k == len(text) - 1
                                                                    or not _WORD_LETTERS.match(text, k + 1)):
            k += 1   # the vowel marks the tidied text dropped belong to the word they end
        return k

    def span(sp: tuple[int, int]) -> tuple[int, int]:
        return start(sp[0]), end(sp[1]) if sp[1] > sp[0] else start(sp[0])

    moved: set[int] = set()   # a Mention shared by two records moves once
    for ent in doc._.kg_entities.values():
        for m in ent.mentions:
            if id(m) in moved:
                continue
            moved.add(id(m))
            m.start, m.end = start(m.start), end(m.end) if m.end > m.start else start(m.start)
    for st in doc._.kg_statements:
        st.cue_span, st.quote_span, st.sentence_span = span(st.cue_span), span(st.quote_span), span(st.sentence_span)
        if st.speaker_span is not None:
            st.speaker_span = span(st.speaker_span)


def read_for_pipeline(text: str) -> tuple[str, str, list[int] | None]:
    """(the text with its boilerplate blanked, the tidied text the pipeline reads, the offset in `text` of
    each of its characters or None when they are the text's own)."""
    masked = mask_boilerplate(text)
    tidy, where = tidy_text(pipeline_text(masked))
    return masked, tidy, where


def extract_document(nlp: Language, doc_id: str, text: str) -> DocumentRecord:
    masked, tidy, where = read_for_pipeline(text)
    return record_of(nlp(tidy), doc_id, text, masked, where)


def extract_documents(nlp: Language, items: list[tuple[str, str]]) -> list[DocumentRecord]:
    """extract_document for several (doc_id, text) at once: the NER's network runs on them as one batch."""
    read = [read_for_pipeline(text) for _, text in items]
    docs = nlp.pipe((tidy for _, tidy, _ in read), batch_size=max(1, len(items)))
    return [record_of(doc, doc_id, text, masked, where)
            for doc, (doc_id, text), (masked, _, where) in zip(docs, items, read)]


def record_of(doc, doc_id: str, text: str, masked: str, where: list[int] | None = None) -> DocumentRecord:
    """The DocumentRecord of the Doc the stages read; `masked`: the text with its boilerplate blanked
    (read_for_pipeline); `where`: the offset in `text` of each of the Doc's characters, when the Doc read
    a tidied text (tidy_text)."""
    if where is not None:
        _to_text_offsets(doc, where, text)
    # a boilerplate line (a byline, a date stamp) is blank to the pipeline: a quote ending before it
    # must not take it in when trimmed back to the file's words
    for st in doc._.kg_statements:
        # what was said, verbatim from the file (the pipeline saw spaces folded)
        qs, qe = st.quote_span
        while qs < qe and masked[qs].isspace():
            qs += 1
        while qe > qs and masked[qe - 1].isspace():
            qe -= 1
        st.quote_span, st.quote = (qs, qe), text[qs:qe]
    rec = DocumentRecord(doc_id=doc_id, title=title_of(text), text=text, date=document_date(text),
                         entities=doc._.kg_entities, statements=doc._.kg_statements)
    return scope_to_article(prune_groups(rec))


def scope_to_article(rec: DocumentRecord) -> DocumentRecord:
    """Give the article's own referents (unaffiliated groups, institutions named without their country)
    keys of this article, so that the corpus step never joins them with another article's."""
    scoped = [k for k in rec.entities if needs_article_scope(k)]
    if not scoped:
        return rec
    scope = article_scope(rec.doc_id)   # (a hash of the id: made once, not once per key)
    renamed = {k: f"{k}/{scope}" for k in scoped}
    entities = {}
    for key, ent in rec.entities.items():
        ent.key = renamed.get(key, key)
        entities[ent.key] = ent
    for ent in entities.values():
        for role in ent.roles:
            role.of_key = renamed.get(role.of_key, role.of_key) if role.of_key else None
    for st in rec.statements:
        st.speaker = renamed.get(st.speaker, st.speaker)
        st.about = [renamed.get(k, k) for k in st.about]
        st.via = [renamed.get(k, k) for k in st.via]
        st.target_stance = {renamed.get(k, k): v for k, v in st.target_stance.items()}
    rec.entities = entities
    return rec


# The standing parties of political and unrest news: security forces, the opposition, protesters and the
# (unnamed) authorities are actors of the story wherever they are named (they clash, are blamed, are called
# on, decide), so they stay though no statement takes them; other groups named in passing are topics, no
# actors (citizens, soldiers, residents are most often such passing words: kept, they cost precision).
_STANDING_PARTIES = frozenset({"security_forces", "opposition", "protesters", "authorities",
                               # the rights and aid organisations whose reports a story cites, the rescue teams of a
                               # disaster story and the investors of an economy story: actors of their story, which
                               # the press names once as often as again
                               "ngos", "rescuers", "investors",
                               # a family named by its name ("عائلة فلان") or the ruling family: one collective the
                               # text names as it names a body, kept wherever named as a named body is
                               "ruling_family"})


def prune_groups(rec: DocumentRecord) -> DocumentRecord:
    """Keep the groups a statement involves (speaker, target, intermediary): a group named only in
    passing ("مخيمات المهجرين", "القوات الخاصة" as a topic) is no actor of who-said-what-about-whom, unless the
    article names it again and again (groups.recurring_group); so
    too a body named only by its class noun ("المحكمة العليا" no statement takes), or only through its minister's
    title ("وزير الصحة ... الوزارة"). The standing parties (_STANDING_PARTIES) stay wherever named."""
    used = {k for st in rec.statements for k in (st.speaker, *st.about, *st.via)}
    # (whether a statement takes it asked first: the title readings of every mention are the dearer question)
    rec.entities = {k: e for k, e in rec.entities.items()
                    if k in used or (e.type != "Group" and not is_unnamed_body(k) and e.source != TITLED_BODY_SOURCE
                                     and not _only_in_titles(rec.text, e)) or _state_office_titling(rec, e)
                    or (e.type == "Group" and e.kind in _STANDING_PARTIES)
                    or (e.type == "Group" and recurring_group(e.kind, len(e.mentions)))}
    return rec


# "الرئاسة": a state's own body named by a noun that is as often its office ("تولى الرئاسة"), an unnamed body
STATE_OFFICE_BODIES = lexicon.function_words().state_office_body


def _state_office_titling(rec: DocumentRecord, ent: EntityRecord) -> bool:
    """"المتحدث باسم الرئاسة فلان", "مستشار الرئاسة فلان": a state's own body named by its bare noun, right before a
    person the text names, is in that person's title: the body, kept though no statement takes it."""
    if not is_unnamed_body(ent.key) or normalize(ent.label) not in STATE_OFFICE_BODIES:
        return False
    starts = {m.start for p in rec.entities.values() if p.type == "Person" for m in p.mentions}
    return any(_next_word_start(rec.text, m.end) in starts for m in ent.mentions)


def _next_word_start(text: str, end: int) -> int | None:
    """Where the word after white space from `end` starts (None when no white space follows)."""
    rest = text[end:end + 40]
    gap = len(rest) - len(rest.lstrip())
    return end + gap if gap else None


TITLE_WORDS_BEFORE = 3   # the longest title before a body's name: "نائب رئيس الحكومة"
# "رئيس الحكومة" and "رئيس مجلس الوزراء" are the prime minister's titles, as "رئيس الوزراء" is, which names
# no body; the head of a parliament or a council ("رئيس البرلمان") heads a body that acts as one, and it stays
HEAD_OF_GOVERNMENT_ROLES = ("head of government", "prime minister")   # titles.tsv role_en


def _only_in_titles(text: str, ent: EntityRecord) -> bool:
    """"رئيس الحكومة فلان", "نائب رئيس مجلس الوزراء", "وزيرة الخارجية الفلانية": a government, cabinet or
    ministry named only within the head of government's or its minister's title is the person's office, no
    actor of the article's own; so is one named besides only as the premiership, its forming or its seat
    ("العودة إلى رئاسة الحكومة", "تشكيل الحكومة", "مقر الحكومة")."""
    return ent.type == "Organization" and bool(ent.mentions) \
        and all(_ends_an_office_title(text, m.start, m.end) or _in_office_of_body(text, m.start, m.end)
                for m in ent.mentions)


BODY_STATES = lexicon.function_words().body_state   # "الجديد", "السابق", "المنتهية ولايته"
OFFICES_OF_BODIES = lexicon.function_words().office_of_body   # "رئاسة الحكومة", "تشكيل الحكومة", "مقر الحكومة"


def _in_office_of_body(text: str, start: int, end: int) -> bool:
    """Does the word right before start..end (a proclitic allowed: "لرئاسة") make with the mention, a bare
    institution's name of one word, the office of its head, the act of forming it or its seat (office_of_body)?
    One named with its kind ("رئاسة الحكومة المؤقتة") is still named there, as mentions/gazetteer.py reads it."""
    before = text[max(0, start - 30):start]
    if not before or not before[-1].isspace() or not before.split() or len(text[start:end].split()) != 1:
        return False
    word, name = before.split()[-1], normalize(text[start:end])
    return any(f"{normalize(stem)} {name}" in OFFICES_OF_BODIES for _, stem in clitic_variants(word))


def _without_body_state(name: str) -> str:
    """"الحكومة الجديد", "الحكومة المنتهية ولايته": a bare institution's name and an adjective of time or standing
    after it ("رئيس الحكومة الجديد", the new prime minister): the name without it; the name otherwise."""
    words = name.split()
    for n in (2, 1):
        if len(words) > n and normalize(" ".join(words[-n:])) in BODY_STATES:
            return " ".join(words[:-n])
    return name


def _ends_an_office_title(text: str, start: int, end: int) -> bool:
    """The words right before start..end and the words there make a head of government's title of titles.tsv
    (an adjective of time after the body's name, "رئيس الحكومة السابق", kept out of the lookup), or a minister's
    title (the ministry's nationality may follow it)."""
    before = text[max(0, start - 60):start]
    if before and not before[-1].isspace():
        return False
    words = before.split()
    titles = lexicon.titles()
    name = _without_body_state(text[start:end])
    found = (titles.get(normalize(" ".join(words[-n:] + [name])))
             for n in range(1, min(TITLE_WORDS_BEFORE, len(words)) + 1))
    if any(t is not None and any(r in t.role_en for r in HEAD_OF_GOVERNMENT_ROLES) for t in found):
        return True
    # "وزيرة الخارجية السودانية فلانة": the ministry in its minister's title, its nationality after it
    minister = titles.get(normalize(" ".join(words[-1:] + text[start:end].split()[:1])))
    return minister is not None and minister.role_en.startswith("minister of")


def apply_index(rec: DocumentRecord, index: CorpusIndex) -> DocumentRecord:
    """Re-key the document's entities to their corpus-wide keys, merging any that meet."""
    renamed: dict[str, str] = {}
    merged: dict[str, EntityRecord] = {}
    for old_key, ent in rec.entities.items():
        ent = index.resolve(ent, article_scope(rec.doc_id))
        renamed[old_key] = ent.key
        if ent.key in merged:
            keep = merged[ent.key]
            keep.forms |= ent.forms
            keep.mentions = sorted(keep.mentions + ent.mentions, key=lambda m: m.start)
            keep.roles += [r for r in ent.roles if r not in keep.roles]
        else:
            merged[ent.key] = ent
    for ent in merged.values():
        for role in ent.roles:
            if role.of_key:
                role.of_key = renamed.get(role.of_key, role.of_key)
    seen: set[tuple[int, str]] = set()
    statements = []
    for st in rec.statements:
        st.speaker = renamed.get(st.speaker, st.speaker)
        st.about = list(dict.fromkeys(renamed.get(k, k) for k in st.about if renamed.get(k, k) != st.speaker))
        st.target_stance = {renamed.get(k, k): v for k, v in st.target_stance.items()}
        st.via = list(dict.fromkeys(renamed.get(k, k) for k in st.via))
        if (st.cue_span[0], st.speaker) not in seen:
            seen.add((st.cue_span[0], st.speaker))
            statements.append(st)
    rec.entities, rec.statements = merged, statements
    return rec
