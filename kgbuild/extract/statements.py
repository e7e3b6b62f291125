"""Attributed speech in a Doc: who said (announced, called for, condemned ...) what, about whom.

Written against Arabic clause structure, not against particular articles:
- a cue (lexicon.cues: verbs, nouns, continuations, via markers) anchors each statement;
- the speaker is the entity right after the verb (VSO, the usual order in news), or right before it
  (SVO), or several coordinated entities (one statement each), or the entity that a bare title
  refers to ("وقال الرئيس"), or, for a verb with no subject of its own ("وأضاف أن"), the previous
  statement's speaker; a cue with no speaker gives no statement;
- the content is the quote that follows (« » “ ” " and unbalanced quotes), or the أن/إن clause, or
  the rest of the clause; it ends where the next cue of the sentence starts a new statement;
- "نقلت وكالة X عن Y" and "بحسب X" / "وفقا لـ X" make X the intermediary (reportedVia);
- the targets are the entities and groups inside the content.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from .. import lexicon
from ..records import EntityRecord, StatementRecord
from ..text import clean_surface, normalize, strip_article
from .groups import CORE_GROUP_KINDS, kind_of
from .stance import target_stances
from .mentions import TITLE_MODIFIERS, Candidate, _nisba_country, match_title
from .words import text_of, CLOSE_QUOTES, OPEN_QUOTES, is_punct, is_quote, is_time_word

COMPLEMENTIZERS = {normalize(w) for w in (
    "أن", "إن", "بأن", "أنه", "إنه", "أنها", "إنها", "بأنه", "بأنها", "أنهم", "إنهم", "بأنهم", "أنهما",
    "إنهما", "أنّ", "إنّ", "لأن")}
# what may stand between a cue and its subject: time words, "في بيان", "اليوم"
SKIPPABLE = {normalize(w) for w in ("اليوم", "أمس", "الليلة", "مساء", "صباح", "ظهر", "أيضا", "كذلك", "بدوره",
                                    "بدورها", "من", "جهته", "جهتها", "ناحيته", "ناحيتها", "جانبه", "جانبها", "قد")}
def participle_forms(norm: str) -> list[str]:
    """A word and, for a participle (مـ...), its accusative singular: "متفقين" / "مؤكدة" -> "متفقا" / "مؤكدا"."""
    forms = [norm]
    # derived participles (مُفعِل: مؤكدة، متفقين) and form I ones (فاعل: واصفة، داعين)
    if (norm.startswith("م") and len(norm) > 4) or (len(norm) > 4 and norm[1] == "ا"):
        for ending in ("تين", "تان", "ين", "ون", "ه", "ات"):
            if norm.endswith(ending):
                forms.append(norm[: -len(ending)] + "ا")
                break
    return forms


def same_title(a: str, b: str) -> bool:
    """"رئيس" and "الرئيس" are one title."""
    return strip_article(normalize(a)) == strip_article(normalize(b))


# unnamed human subjects: a verb followed by one has a speaker of its own, just not a named one
UNNAMED_SOURCES = {normalize(w) for w in (
    "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "متحدث", "متحدثة", "ناطق", "شاهد", "شهود", "مراقب",
    "مراقبون", "محلل", "محللون", "خبير", "خبراء", "دبلوماسي", "دبلوماسيون", "مراسل", "مراسلون", "وسائل",
    "صحيفة", "صحف", "تقارير", "تقرير", "مصدرا", "أوساط", "جهات", "مقربون", "أحد", "عدد")}
# words that open a new clause after a comma: "، كما أدان", "، فيما نفى", "، بينما قال"
CLAUSE_LINKS = {normalize(w) for w in ("كما", "ثم", "فيما", "بينما", "حين", "حيث", "لكن", "ولكن", "إلا")}
ASIDE_OPENERS = {normalize(w) for w in ("وهو", "وهي", "وهم", "وهما", "التي", "الذي", "الذين")}
RELATIVES = {normalize(w) for w in ("الذي", "التي", "الذين", "اللذان", "اللتان", "والذي", "والتي")}
OWN_COUNTRY = {normalize(w) for w in ("بلاده", "بلادها", "بلادهم", "بلده", "بلدها", "لبلاده", "لبلادها",
                                       "ببلاده", "ببلادها", "وبلاده", "وبلادها")}
PREPOSITIONS = {normalize(w) for w in ("في", "من", "إلى", "على", "عن", "مع", "حول", "ضد", "بين", "لدى", "عبر",
                                      "تجاه", "بشأن", "خلال", "بعد", "قبل", "أمام", "حتى", "منذ", "دون")}
CLAUSE_OPENERS = {normalize(w) for w in ("و", "كما", "ثم", "بينما", "فيما", "حيث", "لكن", "ولكن", "أما", "إذ", "بدوره",
                                         "بدورها", "قد", "وقد", "فقد", "لقد", "كان", "وكان", "كانت", "وكانت", "أما", "وأما")}
PASSIVE_AGENT = {normalize(w) for w in ("عن", "من")}
VIA_KINDS = ("agency", "media")
SAY_ACTS = {"say", "announce", "report", "warn", "deny", "accuse", "agree", "support"}


@dataclass
class Found:
    """A speaker found for a cue: the entity key and the token span of its mention."""

    key: str
    i: int
    j: int


class StatementFinder:
    """Finds the statements of one document, given its entities and their mentions."""

    def __init__(self, doc: Doc, cands: list[Candidate], key_of: dict[int, str],
                 entities: dict[str, EntityRecord], bare_titles: list[tuple[int, int, str, str | None]]) -> None:
        self.doc = doc
        self.entities = entities
        self.start_at: dict[int, Candidate] = {c.i: c for c in cands}
        self.end_at: dict[int, Candidate] = {c.j - 1: c for c in cands}
        self.cands = cands
        self.key_of = key_of
        self.bare = {i: (k, title, role_of) for i, k, title, role_of in bare_titles}
        # title start -> the person it introduces: "المتحدث باسم الشرطة، فلان" is one subject
        self.titled: dict[int, Candidate] = {c.title_i: c for c in cands if c.title_i is not None}
        self.cues = lexicon.cues()
        self.known = lexicon.entity_by_key()
        self.last_speakers: list[str] = []
        self._cue_cache: dict[int, tuple[lexicon.Cue, int] | None] = {}
        self.done: list[StatementRecord] = []     # statements found so far, in text order
        self.blocked = False                      # the last subject search met a subject we cannot name
        self.quote_state: tuple[int, bool] = (0, False)   # open quotes carried into the next sentence
        self.last_sentence = -10

    # --- small readers -------------------------------------------------------------------------
    def cue_at(self, k: int) -> tuple[lexicon.Cue, int] | None:
        """The cue at token k, with the length of its conjunction prefix (و، ف)."""
        if k not in self._cue_cache:
            self._cue_cache[k] = self._cue_at(k)
        return self._cue_cache[k]

    def _cue_at(self, k: int) -> tuple[lexicon.Cue, int] | None:
        tok = self.doc[k].text
        # inflected participles ("متفقين", "مؤكدة") only where a participle of manner stands: after a comma
        p = k - 1
        while p >= 0 and self.doc[p].is_space:
            p -= 1
        after_comma = p >= 0 and self.doc[p].text in ("،", ",")
        nxt = self.next_tok(k + 1, len(self.doc))
        if after_comma and nxt in self.start_at and self.start_at[nxt].type == "Place":
            after_comma = False  # "، مدينة ألماتي": a noun in apposition, not a participle
        for prefix in ("", "و", "ف"):
            if tok.startswith(prefix) and len(tok) - len(prefix) >= 2:
                norm = normalize(tok[len(prefix):])
                for form in (participle_forms(norm) if after_comma else [norm]):
                    cue = self.cues.get(form)
                    if cue:
                        return cue, len(prefix)
        return None

    def key(self, c: Candidate) -> str:
        return self.key_of[id(c)]

    def next_tok(self, k: int, end: int) -> int:
        while k < end and self.doc[k].is_space:
            k += 1
        return k

    def governed(self, c: Candidate) -> bool:
        """A mention with a preposition glued to it (لـ، بـ، كـ) is an object, never a subject."""
        clitic = self.doc[c.i].text[:c.start - self.doc[c.i].idx]
        return any(ch in "بلك" for ch in clitic) or self.prev_is_preposition(c.i)

    def prev_is_preposition(self, i: int) -> bool:
        p = i - 1
        while p >= 0 and self.doc[p].is_space:
            p -= 1
        return p >= 0 and (self.doc[p].text in ("لـ", "بـ") or normalize(self.doc[p].text) in PREPOSITIONS)

    def clause_start_before(self, i: int, start: int) -> bool:
        p = i - 1
        while p >= start and self.doc[p].is_space:
            p -= 1
        if p < start:
            return True
        t = self.doc[p]
        return t.text in ("،", ",", ".", ":", "؛") or is_quote(t) or normalize(t.text) in CLAUSE_OPENERS

    def is_agency(self, key: str) -> bool:
        ent = self.known.get(key)
        return bool(ent and ent.kind in VIA_KINDS)

    # --- speakers -----------------------------------------------------------------------------
    def title_referent(self, title: str, role_of: str | None, before: int) -> str | None:
        """The entity a bare title refers to: the last person given this title earlier in the text, or
        the one person the lexicon knows with this title in this country or organization."""
        exact = loose = None
        for c in self.cands:
            if c.i >= before:
                break
            key = self.key(c)
            ent = self.entities.get(key)
            if not ent or ent.type != "Person":
                continue
            for r in ent.roles:
                if same_title(r.title, title):
                    loose = key
                    if role_of is None or r.of_key in (None, role_of):
                        exact = key
        if exact or loose:
            return exact or loose
        if role_of:
            holders = [e.key for e in lexicon.holders_of(role_of) if any(same_title(t, title) for t, _ in e.roles)]
            if len(holders) == 1 and holders[0] in self.entities:
                return holders[0]
        return None

    def subjects_after(self, k: int, end: int) -> tuple[list[Found], int]:
        """Entities right after the cue (VSO), coordinated ones included; and where they end."""
        found: list[Found] = []
        pos = k
        steps = 0
        while pos < end and steps < 8:
            pos = self.next_tok(pos, end)
            if pos >= end:
                break
            tok = self.doc[pos]
            norm = normalize(tok.text)
            cand = self.start_at.get(pos)
            if pos in self.titled and (cand is None or cand.type != "Person"):
                cand = self.titled[pos]
            elif cand is not None and self.governed(cand):
                break
            if cand is not None:
                # a place directly followed by a person is the person's country: "وروسيا فلاديمير بوتين"
                nxt = self.next_tok(cand.j, end)
                follower = self.start_at.get(nxt)
                if cand.type == "Place" and follower is not None and follower.type == "Person":
                    cand = follower
                found.append(Found(self.key(cand), cand.i, cand.j))
                pos = cand.j
                # coordination: "، و<entity>" or "و<title> <entity>"
                after = self.next_tok(pos, end)
                if after < end and self.doc[after].text in ("،", ","):
                    after = self.next_tok(after + 1, end)
                if after < end and (self.doc[after].text.startswith("و") and
                                    (after in self.start_at or match_title(self.doc, after))):
                    pos = after
                    steps += 1
                    continue
                break
            if pos in self.bare and not found:
                stop, title, role_of = self.bare[pos]
                # the name may have been found by another source ("الأمير فيصل بن فرحان")
                person = self.person_ahead(pos + 1, end)
                if person is not None:
                    found.append(Found(self.key(person), person.i, person.j))
                    pos = person.j
                    break
                referent = self.title_referent(title, role_of, pos)
                if referent is None and "باسم" in title:
                    # "متحدث باسم الكرملين": the body speaks
                    inner = self.next_tok(match_title(self.doc, pos)[0], end)
                    c2 = self.start_at.get(inner)
                    if c2 is not None and c2.type in ("Organization", "Place"):
                        found.append(Found(self.key(c2), c2.i, c2.j))
                        return found, c2.j
                if referent is None:
                    # a title of an organization or country with no person named: the body it heads
                    if role_of and role_of in self.entities and self.entities[role_of].type == "Organization":
                        found.append(Found(role_of, pos, stop))
                        return found, stop
                    self.blocked = True  # "وأشاد السفير الأمريكي": a subject, unnamed
                    break
                found.append(Found(referent, pos, stop))
                return found, max(stop, pos + 1)
            title = match_title(self.doc, pos)
            if title:
                pos = title[0]
                steps += 1
                continue
            noun = self.cue_at(pos) if not found else None
            if noun is not None and noun[0].kind == "noun":
                agents = [a for a in self.agent_after_noun(pos, end) if not self.is_agency(a.key)]
                if agents:
                    return agents[:1], agents[0].j
                # "وأوضح البيان أن": the issuer of the statement last mentioned by that noun
                issuer = self.issuer_of(noun[0].lemma, pos)
                if issuer:
                    return [Found(issuer, pos, pos + 1)], pos + 1
                self.blocked = True
                break
            body = self.body_referent(pos) if not found else None
            if body is not None:
                found.append(Found(body, pos, pos + 1))
                return found, pos + 1
            if norm in SKIPPABLE or norm in TITLE_MODIFIERS or _nisba_country(self.doc, pos) or tok.text in ("،", ",") \
                    or is_quote(tok) or (norm in lexicon.org_heads() and not found):
                pos += 1
                steps += 1
                continue
            break
        return found, pos if found else k

    def relative_subject(self, k: int, start: int) -> list[Found]:
        """"توكاييف الذي ألقى خطابا ...، ناشد": a subject, its relative clause, a comma, then the verb."""
        p = self.prev_word_in(k, start)
        if p is None or self.doc[p].text not in ("،", ","):
            return []
        for c in self.cands:
            if c.i < start or c.i >= p:
                continue
            nxt = self.next_tok(c.j, p)
            if nxt < p and normalize(self.doc[nxt].text) in RELATIVES and not self.governed(c) \
                    and self.clause_start_before(c.title_i if c.title_i is not None else c.i, start) \
                    and not any(self.cue_at(q) and self.cue_at(q)[0].kind != "noun" for q in range(nxt, p)):
                return [Found(self.key(c), c.i, c.j)]
        return []

    def person_ahead(self, pos: int, end: int, limit: int = 12) -> Candidate | None:
        """The person a title chain introduces: "رئيس وكالة الفضاء ونائب رئيس الوزراء ديمتري روجوزين"."""
        for q in range(pos, min(end, pos + limit)):
            c = self.start_at.get(q)
            if c is not None and c.type == "Person":
                return c
            t = self.doc[q]
            if t.text in ("،", ",", ".", ":", "؛") or is_quote(t) or normalize(t.text) in COMPLEMENTIZERS \
                    or (self.cue_at(q) and self.cue_at(q)[0].kind != "noun"):
                return None
        return None

    def body_referent(self, pos: int) -> str | None:
        """"ودعت السفارة", "وقالت الوزارة": a bare definite head names the last such body in the text."""
        norm = normalize(self.doc[pos].text)
        if not norm.startswith("ال") or norm[2:] not in lexicon.org_heads():
            return None
        best = None
        for c in self.cands:
            if c.i >= pos:
                break
            if c.type == "Organization" and normalize(c.form).split()[:1] in ([norm], [norm[2:]]):
                best = self.key(c)
        return best

    def subject_before(self, k: int, start: int, allow_comma: bool = True) -> list[Found]:
        """An entity right before the cue (SVO): "وزارة الداخلية أعلنت"."""
        p = k - 1
        while p >= start and self.doc[p].is_space:
            p -= 1
        qad = False
        if p >= start and normalize(self.doc[p].text) == "قد":
            qad = True
            p -= 1
            while p >= start and self.doc[p].is_space:
                p -= 1
        if allow_comma and p >= start and self.doc[p].text in ("،", ","):
            p -= 1
            while p >= start and self.doc[p].is_space:
                p -= 1
        cand = self.end_at.get(p)
        if cand is None or cand.i < start or self.governed(cand):
            return []
        if cand.type in ("Place", "Organization"):
            for b_start, (stop, title, role_of) in self.bare.items():
                if b_start < cand.i and stop >= cand.j and b_start >= start:
                    ref = self.title_referent(title, role_of, b_start)
                    return [Found(ref, b_start, stop)] if ref else []
        head = cand.title_i if cand.title_i is not None else cand.i
        if not (qad or self.clause_start_before(cand.i, start) or self.clause_start_before(head, start)):
            return []
        return [Found(self.key(cand), cand.i, cand.j)]

    def agent_after_noun(self, k: int, end: int) -> list[Found]:
        """"بيان لوزارة الخارجية", "بيان صادر عن الكرملين", "تصريحات الرئيس بوتين"."""
        pos = k + 1
        for _ in range(6):
            pos = self.next_tok(pos, end)
            if pos >= end:
                break
            cand = self.start_at.get(pos)
            if cand is not None:
                return [Found(self.key(cand), cand.i, cand.j)]
            if pos in self.bare:
                stop, title, role_of = self.bare[pos]
                ref = self.title_referent(title, role_of, pos)
                return [Found(ref, pos, stop)] if ref else []
            norm = normalize(self.doc[pos].text)
            cue = self.cue_at(pos)
            # "بحسب ما نقلت وكالة X", "وفقا لما ذكرته صحيفة X", "بيان صادر عن X"
            if norm in PASSIVE_AGENT or norm.startswith("صادر") or norm in ("ل", "ما", "لما") or self.doc[pos].text == "لـ" \
                    or (cue is not None and cue[0].kind != "noun") or norm in lexicon.org_heads() or is_quote(self.doc[pos]):
                pos += 1
                continue
            break
        return []

    # --- content ------------------------------------------------------------------------------
    def clause_end(self, start: int, end: int) -> int:
        """Where the statement's content stops: the sentence end or a new cue after "،"/"و"."""
        k = start
        depth = 0
        while k < end:
            t = self.doc[k].text
            if t in OPEN_QUOTES:
                depth += 1
            elif t in CLOSE_QUOTES:
                depth = max(0, depth - 1)
            elif depth == 0 and k > start and not self.doc[k].is_space:
                prev = self.doc[k - 1] if not self.doc[k - 1].is_space else self.doc[max(k - 2, 0)]
                if normalize(prev.text) in CLAUSE_LINKS and prev.i > start:
                    before = self.prev_word_in(prev.i, start)
                    if before is not None and self.doc[before].text in ("،", ","):
                        prev = self.doc[before]
                cue = self.cue_at(k)
                if cue and (cue[0].kind != "via" or prev.text in ("،", ",")) and (prev.text in ("،", ",") or cue[1] > 0):
                    return prev.i if prev.text in ("،", ",") else k
            k += 1
        return end

    def content(self, pos: int, end: int, cue_tok: int, act: str, named: bool = True) -> tuple[int, int, str] | None:
        """(start token, end token, quote type) of the said content after position pos; `named` when
        the speaker is named after the cue (only then may the quote stand before it)."""
        doc = self.doc
        # a quote placed before the cue: «...»، قال X
        p = cue_tok - 1
        while p >= 0 and (doc[p].is_space or doc[p].text in ("،", ",")):
            p -= 1
        if named and p >= 0 and doc[p].text in CLOSE_QUOTES | {'"'}:
            q = p - 1
            while q >= 0 and not is_quote(doc[q]) and "\n" not in doc[q].text:
                q -= 1
            if q >= 0 and q < p - 1 and is_quote(doc[q]):
                return q + 1, p, "direct"
        pos = self.skip_adjuncts(pos, end)
        k = pos
        # say-type verbs introduce their content with إن/أن, a colon or a quote, sometimes after a
        # phrase ("في تصريح للتلفزيون"); other acts (call, condemn, reject ...) take it as their object
        window = 10 if act in SAY_ACTS else 2
        steps = 0
        while k < end and steps < window:
            t = doc[k]
            if t.is_space:
                k += 1
                continue
            steps += 1
            norm = normalize(t.text)
            if k > pos and self.cue_at(k) and self.cue_at(k)[0].kind not in ("via", "noun"):
                break
            if is_quote(t) and (steps <= 2 or (act in SAY_ACTS and self.quote_words(k, end) >= 4)):
                close = self.closing_quote(k, end)
                after = self.next_tok(close + 1, end)
                # a quote followed by more of the clause is a mixed quote: keep the clause
                if after < end and not is_punct(doc[after]) and self.clause_end(after, end) > after + 2:
                    return k, self.clause_end(k + 1, end), "mixed"
                return k + 1, close, "direct"
            if norm in COMPLEMENTIZERS:
                stop = self.clause_end(k + 1, end)
                inner = self.next_tok(k + 1, stop)
                if inner < stop and is_quote(doc[inner]):
                    close = self.closing_quote(inner, end)
                    if self.next_tok(close + 1, end) >= stop or is_punct(doc[self.next_tok(close + 1, end)]):
                        return inner + 1, close, "direct"
                has_quote = any(is_quote(x) for x in doc[k + 1:stop])
                return k + 1, stop, "mixed" if has_quote else "indirect"
            if t.text == ":":
                inner = self.next_tok(k + 1, end)
                if inner < end and is_quote(doc[inner]):
                    return inner + 1, self.closing_quote(inner, end), "direct"
                return k + 1, self.clause_end(k + 1, end), "direct"
            k += 1
        stop = self.clause_end(pos, end)
        start = self.next_tok(pos, stop)
        while start < stop and (is_punct(doc[start]) and not is_quote(doc[start])):
            start += 1
        if start >= stop:
            return None
        return start, stop, "indirect"

    def quote_words(self, k: int, end: int) -> int:
        """How many words the quote opened at token k holds."""
        close = self.closing_quote(k, end)
        return sum(1 for t in self.doc[k + 1:close] if not t.is_space and not is_punct(t))

    def skip_adjuncts(self, pos: int, end: int) -> int:
        """Past commas and time words that stand between the speaker and what was said."""
        k = pos
        while k < end:
            t = self.doc[k]
            if t.is_space or t.text in ("،", ",") or is_time_word(t) or normalize(t.text) in SKIPPABLE:
                k += 1
                continue
            break
        return k

    def closing_quote(self, k: int, end: int) -> int:
        """The token that closes the quote opened at k; the paragraph end for an unbalanced quote."""
        opener = self.doc[k].text
        closers = {"«": "»", "“": "”", "„": "“”", "‹": "›"}.get(opener, opener + "”»")
        q = k + 1
        while q < len(self.doc):
            t = self.doc[q].text
            if t in closers:
                return q
            if self.doc[q].is_space and "\n" in t:
                return q
            q += 1
        return min(q, len(self.doc))

    # --- main loop ----------------------------------------------------------------------------
    def find(self, sents: list[Span]) -> list[StatementRecord]:
        out: list[StatementRecord] = []
        for s_index, sent in enumerate(sents):
            for st in self.find_in_sentence(sent, s_index):
                # a lead paragraph repeated by the page (often cut short) is one statement
                q = normalize(st.quote)
                twin = next((o for o in out if o.speaker == st.speaker and o.cue_lemma == st.cue_lemma
                             and min(len(q), len(normalize(o.quote))) >= 25
                             and (normalize(o.quote).startswith(q) or q.startswith(normalize(o.quote)))), None)
                if twin is None:
                    out.append(st)
                    self.done.append(st)
        return out

    def via_in(self, start: int, end: int, exclude: set[str]) -> list[Found]:
        """Intermediaries of the sentence: "بحسب X", "وفقا لـ X", "نقلا عن X", "لوكالة X"."""
        found = []
        for k in range(start, end):
            cue = self.cue_at(k)
            cand = self.start_at.get(k)
            if cue and cue[0].kind == "via":
                agents = self.agent_after_noun(k, end)
                found.extend(a for a in agents if a.key not in exclude and all(a.key != f.key for f in found))
            elif cand is not None and self.is_agency(self.key(cand)) and self.key(cand) not in exclude \
                    and all(self.key(cand) != f.key for f in found):
                found.append(Found(self.key(cand), cand.i, cand.j))
        return found

    def find_in_sentence(self, sent: Span, s_index: int) -> list[StatementRecord]:
        doc = self.doc
        start, end = sent.start, sent.end
        out: list[StatementRecord] = []
        if s_index - self.last_sentence > 2:
            self.last_speakers = []
        covered: set[int] = set()   # tokens already inside a statement's cue..content
        # a quote can run over several sentences of a paragraph ("... العالم، من يدافع عن الشعب؟ ...")
        new_paragraph = start == 0 or (doc[start - 1].is_space and "\n" in doc[start - 1].text)
        depth, ascii_open = (0, False) if new_paragraph else self.quote_state
        for k in range(start, end):
            t = doc[k].text
            if t in OPEN_QUOTES:
                depth += 1
            elif t in CLOSE_QUOTES:
                depth = max(0, depth - 1)
            elif t == '"':
                ascii_open = not ascii_open
            self.quote_state = (depth, ascii_open)
            if depth or ascii_open or doc[k].is_space or k in self.start_at or k in covered:
                continue
            hit = self.cue_at(k) or self.statement_reference(k, end)
            if not hit or hit[0].kind == "via":
                continue
            cue, prefix_len = hit
            if cue.kind != "noun" and self.prev_is_preposition(k):
                continue  # "بناء على طلب كازاخستان": after a preposition the cue is a noun
            if cue.kind == "noun":
                if out or self.prev_word_in(k, start) is None:
                    continue  # a noun cue opening its line is a heading ("دعوة نزارباييف")
                if any(self.cue_at(q) and self.cue_at(q)[0].kind in ("verb", "continuation") for q in range(k + 1, end)):
                    continue  # "في تصريحات لقناة X، أكد Y": the verb carries the statement
                speakers = [a for a in self.agent_after_noun(k, end) if not self.is_agency(a.key)]
                after = speakers[-1].j if speakers else k + 1
            else:
                self.blocked = False
                # a subject right before the verb at the start of its clause is the speaker (SVO,
                # "نزارباييف يدعو الشعب"); otherwise the usual VSO order, then SVO across a comma
                speakers, after = self.subject_before(k, start, allow_comma=False), k + 1
                if not speakers:
                    speakers, after = self.relative_subject(k, start), k + 1
                if not speakers:
                    speakers, after = self.subjects_after(k + 1, end)
                if not speakers:
                    speakers, after = self.subject_before(k, start), k + 1
            object_group = bool(speakers and out and prefix_len and speakers[0].i > k
                                and self.entities.get(speakers[0].key) is not None
                                and self.entities[speakers[0].key].type == "Group")
            if object_group:
                # "حذرت حماس من ...، وطالبت المجتمع الدولي بـ": mid-sentence, the group is the object
                speakers = []
            via: list[str] = []
            if cue.lemma == "نقل":
                # "نقلت وكالة X [وY] عن Z": Z is the speaker, the relaying agencies the intermediaries
                relay = self.relayed(k, end)
                if relay is not None:
                    via, speakers, after = relay
            if not speakers and cue.kind != "noun" and self.last_speakers and not self.blocked:
                # a verb with no subject of its own continues the last speaker ("وأضاف أن", "وشددوا على",
                # "مشيرا إلى"); a bare imperfect ("يذكر أن": it is said) does not
                nxt = self.next_tok(k + 1, end)
                form = normalize(doc[k].text[prefix_len:])
                prev = self.prev_word_in(k, start)
                if prev is not None and normalize(doc[prev].text) == "قد":
                    before = self.prev_word_in(prev, start)
                    if before is not None and normalize(doc[before].text) not in CLAUSE_OPENERS:
                        continue  # "وكانت صحف روسية قد أشارت": a subject of its own, not one we know
                # participles of manner ("مشيرا", "داعيا", "قائلا") continue the clause's speaker
                participle = form.startswith("م") or (
                    (form.endswith("ا") or len(participle_forms(form)) > 1) and len(form) >= 4
                    and prev is not None and doc[prev].text in ("،", ","))
                continues = prefix_len > 0 or cue.kind == "continuation" or participle or \
                    (prev is not None and normalize(doc[prev].text) in CLAUSE_OPENERS)
                if continues and nxt < end and normalize(doc[nxt].text) in UNNAMED_SOURCES:
                    continues = False  # "وأكد مصدر مسؤول": a subject of its own, unnamed
                if continues and nxt < end and (nxt not in self.start_at or object_group
                                                or self.governed(self.start_at[nxt])):
                    speakers = [Found(key, -1, -1) for key in self.last_speakers]
                    after = k + 1
            if not speakers:
                continue
            if self.attribution_tail(k, start):
                if out:
                    continue  # "..., بحسب ما نقلت وكالة X": the intermediary of the statement before
                # "سيطر محتجون، حسبما ذكرت وكالة X": the sentence is the content
                s0 = self.next_tok(start, end)
                span = (s0, self.trim_end(s0, end), "indirect")
            else:
                span = self.content(after, end, k, cue.act, named=any(sp.i > k for sp in speakers))
                if span is None or span[1] <= span[0] or self.only_via(span[0], span[1]):
                    span = self.preposed_content(k, start)
            if span is None:
                continue
            c_start, c_end, quote_type = span
            quote_chars = (doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text))
            quote = text_of(doc)[quote_chars[0]:quote_chars[1]].strip()
            if not clean_surface(quote):
                continue
            # cues inside what was said belong to the quote, not to new statements
            covered.update(range(k, max(after, k + 1, c_end if quote_type != "direct" or c_start > k else k + 1)))
            speaker_keys = list(dict.fromkeys(s.key for s in speakers))
            via_found = self.via_in(start, end, set(speaker_keys))
            via += [v.key for v in via_found if v.key not in via]
            via_toks = {t for v in via_found for t in range(v.i, v.j)}
            mentions = self.target_mentions(c_start, c_end, set(speaker_keys) | set(via), via_toks)
            about = [key for key, _ in mentions]
            stances = target_stances(doc, mentions, c_start, c_end, cue.stance)
            home = self.own_country(speaker_keys[0], c_start, c_end)
            if home and home not in about and home not in speaker_keys:
                about.append(home)
                stances[home] = "neutral"
            stance = stances[about[0]] if about else cue.stance
            cue_start = doc[k].idx + prefix_len
            for sp in speakers:
                sp_span = (doc[sp.i].idx, doc[sp.j - 1].idx + len(doc[sp.j - 1].text)) if sp.i >= 0 else None
                out.append(StatementRecord(
                    speaker=sp.key, cue=clean_surface(doc[k].text[prefix_len:]), cue_lemma=cue.lemma, act=cue.act,
                    stance=stance, quote=quote, quote_type=quote_type, target_stance=dict(stances),
                    cue_span=(cue_start, doc[k].idx + len(doc[k].text)), quote_span=quote_chars,
                    speaker_span=sp_span, sentence_span=(sent.start_char, sent.end_char), sentence_index=s_index,
                    about=list(about), via=list(via)))
            self.last_speakers = speaker_keys
            self.last_sentence = s_index
        if not out:
            out.extend(self.reported_by(sent, s_index))
            if out:
                self.last_speakers, self.last_sentence = [out[0].speaker], s_index
        return out

    def statement_reference(self, k: int, end: int) -> tuple[lexicon.Cue, int] | None:
        """"وجاء في البيان أن ...": a continuation of whoever issued the statement, letter or report."""
        tok = self.doc[k].text
        prefix = 1 if tok[:1] in ("و", "ف") and len(tok) > 3 else 0
        if normalize(tok[prefix:]) not in ("جاء", "ورد"):
            return None
        p = self.next_tok(k + 1, end)
        while p < end and self.doc[p].text in ("،", ","):
            p = self.next_tok(p + 1, end)
        q = self.next_tok(p + 1, end) if p < end else end
        if q < end and normalize(self.doc[p].text) == "في":
            noun = self.cue_at(q)
            word = normalize(self.doc[q].text)
            if (noun and noun[0].kind == "noun") or word.startswith(("البيان", "الرساله", "التقرير", "التغريده")):
                return lexicon.Cue(normalize(tok[prefix:]), "say", "neutral", "continuation"), prefix
        return None

    def relayed(self, k: int, end: int) -> tuple[list[str], list[Found], int] | None:
        """"نقلت وكالات الأنباء X وY عن المتحدث باسم Z، فلان، قوله": ([X, Y], [فلان], end of subject)."""
        for p in range(k + 1, min(end, k + 30)):
            if normalize(self.doc[p].text) == "عن":
                inner, after = self.subjects_after(p + 1, end)
                if not inner:
                    return None
                relays = [self.key(c) for c in self.cands if k < c.i < p]
                return list(dict.fromkeys(relays)), inner, after
        return None

    def attribution_tail(self, k: int, start: int) -> bool:
        """Is the cue introduced by حسبما / كما / بحسب ما / وفق ما after the reported clause?"""
        p = self.prev_word_in(k, start)
        if p is None:
            return False
        norm = normalize(self.doc[p].text)
        if norm in ("حسبما", "وفقما", "مثلما", "طبقا لما"):
            return p > start + 2
        if norm == "ما":
            q = self.prev_word_in(p, start)
            return q is not None and normalize(self.doc[q].text) in ("بحسب", "حسب", "وفق", "وفقا", "طبقا", "تبعا") \
                and q > start + 2
        return False

    def prev_word_in(self, k: int, start: int) -> int | None:
        p = k - 1
        while p >= start and self.doc[p].is_space:
            p -= 1
        return p if p >= start else None

    def trim_end(self, s0: int, end: int) -> int:
        e = end
        while e > s0 and (self.doc[e - 1].is_space or (is_punct(self.doc[e - 1]) and not is_quote(self.doc[e - 1]))):
            e -= 1
        return e

    def only_via(self, c_start: int, c_end: int) -> bool:
        """Content that is nothing but an attribution ("، كما أفادت الوزارة")."""
        words = [t for t in self.doc[c_start:c_end] if not t.is_space and not is_punct(t)]
        return not words or len(words) <= 4 and all(self.cue_at(t.i) or t.i in self.start_at or
                                 any(c.i <= t.i < c.j for c in self.cands) for t in words)

    def preposed_content(self, k: int, start: int) -> tuple[int, int, str] | None:
        """"قتل 18 شخصا، كما أفادت الوزارة": the content comes before the cue."""
        p = k - 1
        while p >= start and (self.doc[p].is_space or normalize(self.doc[p].text) in ("كما", "حسبما", "وفقما")
                              or self.doc[p].text in ("،", ",")):
            p -= 1
        s0 = self.next_tok(start, p + 1)
        while s0 <= p and is_punct(self.doc[s0]) and not is_quote(self.doc[s0]):
            s0 += 1
        if p - s0 < 2:
            return None
        return s0, p + 1, "indirect"

    def targets(self, c_start: int, c_end: int, exclude: set[str], skip_toks: set[int]) -> list[str]:
        """Entities named in the content; of the groups, only actors of political conflict."""
        return [key for key, _ in self.target_mentions(c_start, c_end, exclude, skip_toks)]

    def target_mentions(self, c_start: int, c_end: int, exclude: set[str],
                        skip_toks: set[int]) -> list[tuple[str, Candidate]]:
        found: list[tuple[str, Candidate]] = []
        skip_toks = skip_toks | self.asides(c_start, c_end)
        for c in self.cands:
            if c.type == "Group" and kind_of(c.key or "") not in CORE_GROUP_KINDS:
                continue
            if c_start <= c.i and c.j <= c_end and c.i not in skip_toks:
                key = self.key(c)
                if key not in exclude and all(key != k for k, _ in found):
                    found.append((key, c))
        return found

    def asides(self, c_start: int, c_end: int) -> set[int]:
        """Tokens of the writer's explanatory asides ("، وهي تحالف عسكري يضم روسيا ..."): not what was said."""
        out: set[int] = set()
        k = c_start
        while k < c_end:
            q = self.next_tok(k + 1, c_end)
            if self.doc[k].text in ("،", ",") and q < c_end and normalize(self.doc[q].text) in ASIDE_OPENERS:
                while q < c_end and self.doc[q].text not in ("،", ",", "."):
                    out.add(q)
                    q += 1
                k = q
            k += 1
        return out

    def issuer_of(self, lemma: str, before: int) -> str | None:
        """The speaker of the last statement whose sentence used the statement noun `lemma` ("بيان")."""
        for st in reversed(self.done):
            sent_text = text_of(self.doc)[st.sentence_span[0]:st.sentence_span[1]]
            if st.sentence_span[1] <= self.doc[before].idx and any(
                    (c := self.cue_at_text(w)) is not None and c.lemma == lemma for w in sent_text.split()):
                return st.speaker
        return None

    def cue_at_text(self, word: str) -> lexicon.Cue | None:
        for prefix in ("", "و", "ف", "ب", "ل"):
            if word.startswith(prefix):
                cue = self.cues.get(normalize(word[len(prefix):]))
                if cue:
                    return cue
        return None

    def own_country(self, speaker: str, c_start: int, c_end: int) -> str | None:
        """"بلاده" / "بلادها" in what was said: the speaker's own country, when the text names it."""
        if not any(normalize(t.text) in OWN_COUNTRY for t in self.doc[c_start:c_end]):
            return None
        ent = self.entities.get(speaker)
        if ent is None:
            return None
        known = self.known.get(speaker)
        candidates = [r.of_key for r in ent.roles if r.of_key] + ([known.country_key] if known and known.country_key else [])
        for key in candidates:
            if key in self.entities and self.entities[key].type == "Place":
                return key
        return None

    def same_source(self, k: int, end: int) -> bool:
        """"المصدر نفسه", "المصدر ذاته", "ذات المصدر" right after an attribution."""
        p = self.next_tok(k + 1, end)
        q = self.next_tok(p + 1, end)
        if q >= end:
            return False
        a, b = normalize(self.doc[p].text), normalize(self.doc[q].text)
        return (a == "المصدر" and b in ("نفسه", "ذاته")) or (a == "ذات" and b == "المصدر")

    def reported_by(self, sent: Span, s_index: int) -> list[StatementRecord]:
        """"بحسب X" / "وفقا لـ X" with no other statement in the sentence: X reports the sentence."""
        doc = self.doc
        start, end = sent.start, sent.end
        for k in range(start, end):
            hit = self.cue_at(k)
            if not hit or hit[0].kind != "via":
                continue
            agents = self.agent_after_noun(k, end)
            if not agents and self.same_source(k, end) and self.last_speakers:
                # "ووفق المصدر نفسه، ...": the source of the statement before
                p = self.next_tok(k + 1, end)
                agents = [Found(self.last_speakers[0], p, min(end, self.next_tok(p + 1, end) + 1))]
            if not agents or agents[0].key not in self.entities:
                continue
            v = agents[0]
            # the content is the sentence without the attribution phrase
            if k - start > 2:
                c_start, c_end = self.next_tok(start, k), k
            else:
                c_start, c_end = self.next_tok(v.j, end), end
            while c_end > c_start and (doc[c_end - 1].is_space or (is_punct(doc[c_end - 1]) and not is_quote(doc[c_end - 1]))):
                c_end -= 1
            while c_start < c_end and is_punct(doc[c_start]) and not is_quote(doc[c_start]):
                c_start += 1
            if c_end - c_start < 3:
                continue
            qs, qe = doc[c_start].idx, doc[c_end - 1].idx + len(doc[c_end - 1].text)
            about = self.targets(c_start, c_end, {v.key}, set(range(v.i, v.j)))
            cue = hit[0]
            return [StatementRecord(
                speaker=v.key, cue=clean_surface(doc[k].text[hit[1]:]), cue_lemma=cue.lemma, act="report",
                stance="neutral", quote=text_of(doc)[qs:qe], quote_type="indirect",
                cue_span=(doc[k].idx + hit[1], doc[k].idx + len(doc[k].text)), quote_span=(qs, qe),
                speaker_span=(doc[v.i].idx, doc[v.j - 1].idx + len(doc[v.j - 1].text)),
                sentence_span=(sent.start_char, sent.end_char), sentence_index=s_index, about=about, via=[])]
        return []
