"""Where attribution fails, stage by stage: a build's statements against a gold file.

usage (from the repository root):
    .venv/bin/python scripts/attribution_report.py --gold ../shared/gold/dev.gold.jsonl \
        --texts ../shared/gold/dev/texts [--graph OUT/graph.trig] [--details]

Without --graph the gold's articles are built (kgbuild's own build, into a temporary folder).
Every gold statement gets the first stage that failed for it, checked in this order (a right speaker
on the gold cue whose quote falls short is a content failure even when another speaker's statement
covers the content):
  ok                 a statement of the right speaker whose quote covers >= half of the gold content
                     words (the scorer's quote match); then targets (the about-sets) and stance
                     (as the scorer reads it) are checked on the closest such statement
  content not found  a statement sits on the gold cue occurrence with the right speaker, but its
                     quote does not cover the content
  speaker wrong      a statement covers the content, or sits on the gold cue, with another speaker
  cue not found      no statement there at all
System statements that sit on no gold statement (no shared cue occurrence, a quote that neither covers
nor overlaps any gold content) are counted as spurious, by cue lemma. The tables print as Markdown (docs/quality.md).

"On the gold cue occurrence": the gold names its cue word, not where it is, so the report finds
the occurrence of that word (clitics allowed) nearest to the gold content in the text; a system
statement sits on it when its kg:cueStart/kg:cueEnd overlap it, or when its sentence holds it and
its quote overlaps the gold content (the same attribution found through another cue word).

Alignment, quote matching and stance are those of ../shared/eval/score.py, re-implemented here
(normalize, words, covers, align, the read of the graph) rather than imported: the scorer lives
outside the project and is absent from a fresh clone, while this report and its tests must run
there. tests/test_attribution_report.py checks, when ../shared is present, that the alignment, the
ok count and the stance counts equal the scorer's on the seeds and the dev set.
"""
from __future__ import annotations

import argparse
import collections
import functools
import json
import re
import sys
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
KG = "https://w3id.org/kgbuild/ontology#"
TYPES = ("Person", "Organization", "Place", "Group")

OK, SPEAKER, CONTENT, CUE = "ok", "speaker wrong", "content not found", "cue not found"
STAGES = (OK, SPEAKER, CONTENT, CUE)

# --- the scorer's folds, copied exactly (kgbuild.text.normalize folds a few more spaces) ---------
_DIACRITICS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_PUNCT = re.compile(r"[\s\u200c-\u200f\u202a-\u202e\"'“”«»„‟\(\)\[\]{}:؛;,،.!?؟\-–—_/\\]+")
_LETTERS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي"})
# proclitics a gold cue word may carry in the text ("وقال", "فأكد", "بقوله")
_CUE_PREFIXES = ("", "و", "ف", "ب", "ل", "وب", "ول", "فل", "فب")


def normalize(text: str) -> str:
    text = unicodedata.normalize("NFKC", text)
    text = _DIACRITICS.sub("", text)
    text = text.translate(_LETTERS)
    text = _PUNCT.sub(" ", text)
    return text.strip().lower()


def words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if w]


def covers(quote_words: list[str], content_words: list[str]) -> bool:
    """The scorer's quote match: the quote holds at least half of the content's words."""
    if not content_words:
        return False
    qs = collections.Counter(quote_words)
    hit = sum(min(c, qs[w]) for w, c in collections.Counter(content_words).items())
    return hit / len(content_words) >= 0.5


def jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    a, b = set(a), set(b)
    return len(a & b) / (len(a | b) or 1)


def align(gold_entities: list[dict], sys_entities: dict[str, dict]) -> dict[str, str]:
    """gold key -> system IRI, one to one, greedy on shared normalised forms (+10 for a shared QID)."""
    candidates = []
    for g in gold_entities:
        forms = {normalize(x) for x in [g["name_ar"], *g.get("aliases_ar", [])] if normalize(x)}
        for iri, e in sys_entities.items():
            shared = len(forms & {normalize(x) for x in e["labels"]})
            if g.get("wikidata") and e["qid"] == g["wikidata"]:
                shared += 10
            if shared:
                candidates.append((shared, g["key"], iri))
    candidates.sort(key=lambda c: -c[0])
    mapping: dict[str, str] = {}
    used: set[str] = set()
    for _, key, iri in candidates:
        if key not in mapping and iri not in used:
            mapping[key] = iri
            used.add(iri)
    return mapping


# --- the system's statements, with the offsets the scorer does not read --------------------------
Span = tuple[int, int]


@dataclass
class SysStatement:
    iri: str
    speaker: str | None = None
    quote: str = ""
    about: set[str] = field(default_factory=set)
    via: set[str] = field(default_factory=set)
    stance: str | None = None
    towards: dict[str, str] = field(default_factory=dict)
    cue: str = ""
    cue_lemma: str = ""
    cue_span: Span | None = None
    quote_span: Span | None = None
    speaker_span: Span | None = None
    sentence_span: Span | None = None


@dataclass
class SysDoc:
    entities: dict[str, dict] = field(default_factory=dict)   # iri -> {types, labels, qid}
    statements: list[SysStatement] = field(default_factory=list)


def load_graph(paths: list[Path]):
    import pyoxigraph as ox

    formats = {".nt": ox.RdfFormat.N_TRIPLES, ".nq": ox.RdfFormat.N_QUADS,
               ".trig": ox.RdfFormat.TRIG, ".ttl": ox.RdfFormat.TURTLE}
    store = ox.Store()
    for path in paths:
        store.bulk_load(path=str(path), format=formats.get(path.suffix, ox.RdfFormat.TURTLE))
    return store


def _select(store, query: str) -> list:
    prefixes = (f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\nPREFIX owl: <http://www.w3.org/2002/07/owl#>\n"
                "PREFIX dcterms: <http://purl.org/dc/terms/>\n")
    return list(store.query(prefixes + query, use_default_graph_as_union=True))


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1]


def read_system(store) -> dict[str, SysDoc]:
    """doc id -> its entities (as the scorer reads them) and statements (with offsets and cue)."""
    docs = {r["d"].value: r["id"].value.rsplit("/", 1)[-1]
            for r in _select(store, "SELECT ?d ?id { ?d a kg:Document ; dcterms:identifier ?id }")}
    system = {doc_id: SysDoc() for doc_id in docs.values()}
    type_of: dict[str, set[str]] = {}
    for t in TYPES:
        for r in _select(store, f"SELECT DISTINCT ?e {{ ?e a/rdfs:subClassOf* kg:{t} }}"):
            type_of.setdefault(r["e"].value, set()).add(t)
    labels: dict[str, set[str]] = collections.defaultdict(set)
    for r in _select(store, "SELECT ?e ?l { ?e rdfs:label|skos:prefLabel|skos:altLabel ?l }"):
        labels[r["e"].value].add(r["l"].value)
    qids = {}
    for r in _select(store, "SELECT ?e ?w { ?e owl:sameAs|skos:exactMatch ?w }"):
        m = re.search(r"wikidata\.org/(?:entity|wiki)/(Q\d+)", r["w"].value)
        if m:
            qids[r["e"].value] = m.group(1)

    def entity(iri: str) -> dict:
        return {"types": type_of[iri], "labels": labels.get(iri, set()), "qid": qids.get(iri)}

    for r in _select(store, "SELECT DISTINCT ?e ?d { ?e kg:mentionedIn ?d }"):
        doc_id, iri = docs.get(r["d"].value), r["e"].value
        if doc_id is not None and iri in type_of:
            system[doc_id].entities[iri] = entity(iri)

    stmts: dict[str, tuple[str, SysStatement]] = {}
    for r in _select(store, "SELECT ?s ?d { ?s a kg:Statement ; kg:source ?d }"):
        if r["d"].value in docs:
            stmts[r["s"].value] = (docs[r["d"].value], SysStatement(r["s"].value))
    for r in _select(store, "SELECT ?s ?p ?o { ?s a kg:Statement ; ?p ?o }"):
        if r["s"].value not in stmts:
            continue
        st, p, o = stmts[r["s"].value][1], _local(r["p"].value), r["o"].value
        if p == "speaker":
            st.speaker = o
        elif p == "quote" and len(o) > len(st.quote):
            st.quote = o
        elif p in ("about", "reportedVia"):
            (st.about if p == "about" else st.via).add(o)
        elif p == "stance":
            st.stance = _local(o)
        elif p in ("cue", "cueLemma"):
            setattr(st, "cue" if p == "cue" else "cue_lemma", o)
    offsets = {"cue": "cue_span", "quote": "quote_span", "speaker": "speaker_span", "sentence": "sentence_span"}
    for prop, attr in offsets.items():
        q = f"SELECT ?s ?a ?b {{ ?s a kg:Statement ; kg:{prop}Start ?a ; kg:{prop}End ?b }}"
        for r in _select(store, q):
            if r["s"].value in stmts:
                setattr(stmts[r["s"].value][1], attr, (int(r["a"].value), int(r["b"].value)))
    for r in _select(store, "SELECT ?s ?x ?p { ?s a kg:Statement ; kg:targetStance ?t . ?t kg:towards ?x ; kg:polarity ?p }"):
        if r["s"].value in stmts:
            stmts[r["s"].value][1].towards[r["x"].value] = _local(r["p"].value)
    for doc_id, st in stmts.values():
        sysdoc = system[doc_id]
        sysdoc.statements.append(st)
        # an entity used in a statement counts as mentioned in its document (as in the scorer)
        for iri in [st.speaker, *st.about, *st.via]:
            if iri and iri in type_of and iri not in sysdoc.entities:
                sysdoc.entities[iri] = entity(iri)
    for sysdoc in system.values():
        sysdoc.statements.sort(key=lambda s: (s.cue_span or (0, 0), s.iri))
    return system


# --- placing the gold in the article text ----------------------------------------------------------
class FoldedText:
    """The article folded as the scorer folds words, with each folded character's offset in the original."""

    def __init__(self, text: str) -> None:
        out: list[str] = []
        self.origin: list[int] = []
        for i, ch in enumerate(text):
            for c in unicodedata.normalize("NFKC", ch):
                if _DIACRITICS.match(c):
                    continue
                c = " " if _PUNCT.match(c) else c.translate(_LETTERS).lower()
                if c == " " and (not out or out[-1] == " "):
                    continue
                out.append(c)
                self.origin.append(i)
        self.text = "".join(out)

    def span(self, start: int, end: int) -> Span:
        """Original offsets of the folded range [start, end)."""
        return self.origin[start], self.origin[end - 1] + 1

    def find_all(self, needle: str) -> list[Span]:
        if not needle:
            return []
        return [self.span(m.start(), m.end()) for m in re.finditer(re.escape(needle), self.text)]


def locate_content(text: str, folded: FoldedText, content: str) -> Span | None:
    """Where the gold content is in the text: verbatim, else folded, else by its first and last words."""
    content = content.strip()
    if not content:
        return None
    at = text.find(content)
    if at >= 0:
        return at, at + len(content)
    hits = folded.find_all(normalize(content))
    if hits:
        return hits[0]
    ws = normalize(content).split()
    n = min(5, max(1, len(ws) // 2))
    for head in folded.find_all(" ".join(ws[:n])):
        tails = [t for t in folded.find_all(" ".join(ws[-n:])) if t[0] >= head[0]]
        if tails and tails[0][1] - head[0] <= 3 * len(content) + 50:
            return head[0], tails[0][1]
    return None


def cue_occurrences(text: str, folded: FoldedText, cue: str) -> list[Span]:
    """Every occurrence of the gold cue word in the text, proclitics allowed; ":" is the colon itself."""
    if cue.strip() in (":", "："):
        return [(m.start(), m.end()) for m in re.finditer("[:：]", text)]
    cue_words = normalize(cue).split()
    if not cue_words:
        return []
    toks = [(m.start(), m.end()) for m in re.finditer(r"\S+", folded.text)]
    out = []
    for i, (s, e) in enumerate(toks):
        tok = folded.text[s:e]
        pre = next((p for p in _CUE_PREFIXES if tok == p + cue_words[0]), None)
        rest = toks[i + 1:i + len(cue_words)]
        if pre is None or [folded.text[a:b] for a, b in rest] != cue_words[1:]:
            continue
        out.append(folded.span(s + len(pre), (rest[-1] if rest else (s, e))[1]))
    return out


def nearest_cue(occurrences: list[Span], content: Span | None) -> Span | None:
    """The cue occurrence nearest to the content; one inside the content only when nothing is outside."""
    if content is None:
        return occurrences[0] if len(occurrences) == 1 else None

    def distance(c: Span) -> int:
        if c[1] <= content[0]:
            return content[0] - c[1]
        if c[0] >= content[1]:
            return c[0] - content[1]
        return 1_000_000
    return min(occurrences, key=distance, default=None)


def overlaps(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def inside(a: Span | None, b: Span | None) -> bool:
    return a is not None and b is not None and b[0] <= a[0] and a[1] <= b[1]


# --- the verdicts -----------------------------------------------------------------------------------
@dataclass
class Verdict:
    doc: str
    stage: str
    kind: str
    gold: dict
    system: SysStatement | None = None
    system_speaker: str = ""          # gold key, or "sys:<label>" for an entity the gold does not have
    cue_span: Span | None = None
    content_span: Span | None = None
    speaker_aligned: bool = True      # the gold speaker has an entity in the build
    target_missed: list[str] = field(default_factory=list)
    target_spurious: list[str] = field(default_factory=list)
    target_missed_absent: int = 0     # missed targets that have no entity in the build
    stance_scored: bool = False
    stance_right: bool = False


@dataclass
class Spurious:
    doc: str
    system: SysStatement
    system_speaker: str


@functools.cache
def _cue_lexicon() -> dict[str, tuple[str, str]]:
    """normalised cue form -> (lemma, kind) from kgbuild's cue table."""
    from kgbuild.lexicon import cues
    return {normalize(form): (cue.lemma, cue.kind) for form, cue in cues().items()}


@functools.cache
def _outlets() -> frozenset[str]:
    """Normalised names of the news agencies and media in kgbuild's organization table."""
    from kgbuild.lexicon import known_entities
    return frozenset(normalize(f) for f, ents in known_entities().items() if any(e.kind in ("agency", "media") for e in ents))


def lexicon_entry(cue: str) -> tuple[str, str] | None:
    """(lemma, kind) of a gold cue word in kgbuild's cue table, clitics allowed."""
    n, lexicon = normalize(cue), _cue_lexicon()
    return lexicon.get(n) or next((lexicon[n[len(p):]] for p in _CUE_PREFIXES[1:]
                                   if n.startswith(p) and n[len(p):] in lexicon), None)


def cue_kind(cue: str) -> str:
    """Why a gold cue may have been missed, from the cue word alone."""
    if cue.strip() in (":", "："):
        return "headline colon ':'"
    entry = lexicon_entry(cue)
    return "cue word not in the cue lexicon" if entry is None else f"in the lexicon ({entry[1]}), not used"


class ArticleView:
    """One article seen three ways: its text, the gold placed in it, the system aligned to the gold."""

    def __init__(self, gdoc: dict, sysdoc: SysDoc, text: str) -> None:
        self.doc, self.sysdoc = gdoc["doc"], sysdoc
        self.mapping = align(gdoc["entities"], sysdoc.entities)
        self.inverse = {iri: key for key, iri in self.mapping.items()}
        self.gold_entities = {g["key"]: g for g in gdoc["entities"]}
        self.folded = FoldedText(text)
        # (gold statement, its content span, its cue span) in the text
        self.placed: list[tuple[dict, Span | None, Span | None]] = []
        for g in gdoc["statements"]:
            content = locate_content(text, self.folded, g.get("content_ar", ""))
            self.placed.append((g, content, nearest_cue(cue_occurrences(text, self.folded, g.get("cue", "")), content)))

    def key_of(self, iri: str | None) -> str:
        """The gold key of a system entity, as the scorer names it ("sys:<iri>" when it does not align)."""
        return self.inverse.get(iri, "sys:" + (iri or "none")) if iri else "sys:none"

    def shown(self, iri: str | None) -> str:
        """The gold key, or "sys:" + the entity's longest Arabic label."""
        if iri in self.inverse:
            return self.inverse[iri]
        labels = self.sysdoc.entities.get(iri or "", {}).get("labels") or {iri or "none"}
        arabic = [x for x in labels if re.search("[\u0600-\u06ff]", x)] or list(labels)
        return "sys:" + max(sorted(arabic), key=len)

    def mentions(self, key: str) -> list[Span]:
        """Where the gold entity's name or aliases occur in the text."""
        g = self.gold_entities.get(key)
        forms = {normalize(x) for x in [g["name_ar"], *g.get("aliases_ar", [])]} if g else set()
        return [sp for f in forms if f for sp in self.folded.find_all(f)]


def classify_doc(gdoc: dict, sysdoc: SysDoc, text: str) -> tuple[list[Verdict], list[Spurious]]:
    """The verdict of every gold statement of one article, and the system statements on no gold one."""
    view = ArticleView(gdoc, sysdoc, text)
    verdicts = [verdict(view, g, content, cue) for g, content, cue in view.placed]
    related = {s.iri for s in sysdoc.statements for g, content, cue in view.placed
               if on_cue(s, cue, content) or overlaps(s.quote_span, content)
               or covers(words(s.quote), words(g.get("content_ar", "")))}
    return verdicts, [Spurious(view.doc, s, view.shown(s.speaker)) for s in sysdoc.statements if s.iri not in related]


def on_cue(s: SysStatement, cue: Span | None, content: Span | None) -> bool:
    """The system statement sits on the gold cue occurrence (or reaches the content from its sentence)."""
    return overlaps(s.cue_span, cue) or (inside(cue, s.sentence_span) and overlaps(s.quote_span, content))


def verdict(view: ArticleView, g: dict, content: Span | None, cue: Span | None) -> Verdict:
    cw = words(g.get("content_ar", ""))
    v = Verdict(view.doc, CUE, "", g, cue_span=cue, content_span=content, speaker_aligned=g["speaker"] in view.mapping)
    statements = view.sysdoc.statements
    covering = [s for s in statements if covers(words(s.quote), cw)]
    near = [s for s in statements if on_cue(s, cue, content)
            or (cue is None and overlaps(s.quote_span, content) and view.key_of(s.speaker) == g["speaker"])]
    if right := [s for s in covering if view.key_of(s.speaker) == g["speaker"]]:
        v.stage, v.system = OK, max(right, key=lambda s: jaccard(words(s.quote), cw))
        check_targets_and_stance(view, v)
    elif mine := [s for s in near if view.key_of(s.speaker) == g["speaker"]]:
        v.stage, v.system = CONTENT, max(mine, key=lambda s: jaccard(words(s.quote), cw))
        v.kind = content_kind(v.system, content, cue)
    elif others := sorted({s.iri: s for s in covering + near}.values(),
                          key=lambda s: (s not in covering, s not in near)):
        v.stage, v.system = SPEAKER, others[0]
        v.kind = speaker_kind(view, g, others[0], content, cue)
    else:
        v.kind = cue_kind(g.get("cue", ""))
        if v.kind.startswith("in the lexicon") and any(inside(cue, s.quote_span) for s in statements):
            v.kind = "in the lexicon, inside another statement's quote"
        if cue is None and g.get("cue", "").strip() not in (":", "："):
            v.kind += "; cue occurrence not placed"
    if v.system is not None:
        v.system_speaker = view.shown(v.system.speaker)
    return v


def check_targets_and_stance(view: ArticleView, v: Verdict) -> None:
    """For a found statement: its about-set against the gold's, and its stance as the scorer reads it."""
    g, s = v.gold, v.system
    gold_about, sys_about = set(g.get("about", [])), {view.key_of(a) for a in s.about}
    v.target_missed = sorted(gold_about - sys_about)
    v.target_spurious = sorted({view.shown(a) for a in s.about if view.key_of(a) not in gold_about})
    v.target_missed_absent = sum(k not in view.mapping for k in v.target_missed)
    if g.get("about") and g.get("polarity") in ("positive", "negative", "neutral"):
        target = view.mapping.get(g["about"][0])
        got = (s.towards.get(target) if target else None) or s.stance
        v.stance_scored, v.stance_right = True, got == g["polarity"]
    wrong = [k for k, bad in (("target wrong", v.target_missed or v.target_spurious),
                              ("stance wrong", v.stance_scored and not v.stance_right)) if bad]
    v.kind = ", ".join(wrong) or "all right"


def content_kind(s: SysStatement, content: Span | None, cue: Span | None) -> str:
    if not s.quote.strip():
        return "empty quote"
    if overlaps(s.quote_span, content):
        return "quote too short or shifted (overlaps the content)"
    if s.quote_span and cue and s.quote_span[1] <= cue[0]:
        return "quote before the cue, not on the content"
    return "quote elsewhere (does not overlap the content)"


def speaker_kind(view: ArticleView, g: dict, s: SysStatement, content: Span | None, cue: Span | None) -> str:
    """Which wrong speaker the system chose, where the text says so."""
    if s.speaker is None:
        return "no speaker"
    key = view.key_of(s.speaker)
    labels = {normalize(x) for x in view.sysdoc.entities.get(s.speaker, {}).get("labels", set())}
    if key in g.get("via", []) or g["speaker"] in {view.key_of(x) for x in s.via} or labels & _outlets():
        return "the intermediary (a gold via, agency or outlet)"
    if any(h is not g and h["speaker"] == key and (overlaps(c, content) or (k is not None and k == cue))
           for h, c, k in view.placed):
        return "another speaker of a joint statement"
    if s.speaker_span is None:
        named = any(inside(m, s.sentence_span) for m in view.mentions(g["speaker"]))
        return ("carried over from an earlier statement; the gold speaker is named in the sentence" if named
                else "carried over from an earlier statement; the gold speaker is not named in the sentence")
    if inside(s.speaker_span, content):
        return "an entity inside the content"
    if key.startswith("sys:"):
        if not any(overlaps(s.speaker_span, m) for m in view.mentions(g["speaker"])):
            return "an entity the gold does not have"
        if g["speaker"] in view.mapping:
            return "the gold speaker's mention, but a second entity for it (the gold aligns another)"
        return "the gold speaker's mention, as an entity that does not align (span or label)"
    if inside(s.speaker_span, s.sentence_span):
        return "another entity of the sentence"
    if s.sentence_span and s.speaker_span[0] < s.sentence_span[0]:
        return "an entity from an earlier sentence"
    return "an entity from a later sentence"


# --- the report -----------------------------------------------------------------------------------
def _table(header: list[str], rows: list[list]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join(" --- " for _ in header) + "|"]
    out += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return out


def _share(n: int, total: int) -> str:
    return f"{100 * n / total:.1f}%" if total else "-"


def summary(verdicts: list[Verdict], spurious: list[Spurious], n_system: int, top: int = 15) -> list[str]:
    total = len(verdicts)
    lines = [f"gold statements: {total}   system statements: {n_system}   spurious system statements: {len(spurious)}", ""]
    rows = []
    for stage in STAGES:
        mine = [v for v in verdicts if v.stage == stage]
        alone = collections.Counter(v.kind for v in mine if not v.speaker_aligned)
        rows.append([f"**{stage}**", "", len(mine), _share(len(mine), total), sum(alone.values())])
        for kind, n in collections.Counter(v.kind for v in mine).most_common():
            rows.append(["", kind, n, _share(n, total), alone[kind]])
    lines += _table(["stage", "kind", "statements", "share of gold", "of which the gold speaker has no entity"], rows)

    best: dict[str, int] = {}
    for v in verdicts:
        if v.system is not None:
            best[v.system.iri] = min(best.get(v.system.iri, 9), STAGES.index(v.stage))
    per_stage = collections.Counter(STAGES[i] for i in best.values())
    lines += ["", f"System statements: {per_stage[OK]} found a gold statement, {per_stage[SPEAKER]} sit on one with"
              f" the wrong speaker, {per_stage[CONTENT]} with the right speaker but not its content,"
              f" {n_system - len(best) - len(spurious)} sit on one another statement was chosen for,"
              f" {len(spurious)} on none (spurious)."]

    ok = [v for v in verdicts if v.stage == OK]
    scored = [v for v in ok if v.stance_scored]
    exact = sum(not (v.target_missed or v.target_spurious) for v in ok)
    lines += [f"Of the {len(ok)} ok: targets exactly right in {exact}"
              f" ({sum(len(v.target_missed) for v in ok)} gold targets missed, of which"
              f" {sum(v.target_missed_absent for v in ok)} have no entity in the build;"
              f" {sum(len(v.target_spurious) for v in ok)} spurious targets, of which"
              f" {sum(t.startswith('sys:') for v in ok for t in v.target_spurious)} are entities the gold does not have);"
              f" stance right in {sum(v.stance_right for v in scored)} of the {len(scored)} scored."]

    by_cue: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for v in verdicts:
        by_cue[normalize(v.gold.get("cue", "")) or ":"][v.stage] += 1
    cue_rows = sorted(by_cue.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:top]
    lines += ["", f"Per gold cue word (top {top}; folded as the scorer folds):", ""]
    lines += _table(["cue", "gold", *STAGES, "in lexicon as"],
                    [[c, sum(n.values()), *(n[s] for s in STAGES),
                      "-" if c == ":" else "{} ({})".format(*entry) if (entry := lexicon_entry(c)) else "no"]
                     for c, n in cue_rows])

    by_lemma = collections.Counter(sp.system.cue_lemma or sp.system.cue for sp in spurious)
    lines += ["", f"Spurious system statements per cue lemma (top {top}):", ""]
    lines += _table(["cue lemma", "spurious"], [[c, n] for c, n in by_lemma.most_common(top)])
    return lines


def _excerpt(text: str, n: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[:n] + "…"


def details(verdicts: list[Verdict], spurious: list[Spurious]) -> list[str]:
    lines = []
    for v in verdicts:
        extra = ""
        if v.stage == OK and (v.target_missed or v.target_spurious):
            extra = f" [targets missed {','.join(v.target_missed) or '-'}; spurious {','.join(v.target_spurious) or '-'}]"
        sys_cue = v.system.cue if v.system else "-"
        lines.append(f"{v.doc}\t{v.stage}: {v.kind}\tgold {v.gold['speaker']}\tsystem {v.system_speaker or '-'}"
                     f"\tcue {v.gold.get('cue', '')}/{sys_cue}\t{_excerpt(v.gold.get('content_ar', ''))}{extra}")
    for sp in spurious:
        lines.append(f"{sp.doc}\tspurious\tgold -\tsystem {sp.system_speaker}\tcue -/{sp.system.cue}"
                     f"\t{_excerpt(sp.system.quote)}")
    return lines


def build_graph(texts: Path, doc_ids: list[str], out: Path) -> Path:
    """The gold's articles built by kgbuild into `out`; the TriG export."""
    from kgbuild.build import build

    files = [texts / d for d in doc_ids if (texts / d).is_file()]
    if not files:
        raise ReportError(f"none of the gold's articles is in {texts}")
    s = build(files, out, view=False)
    print(f"built {s.documents} articles: {s.statements} statements", file=sys.stderr)
    for skip in s.skipped:
        print(f"skipped: {skip.path}: {skip.reason}", file=sys.stderr)
    return out / "graph.trig"


class ReportError(Exception):
    """Bad input for the report: printed as one line."""


def report(gold: Path, texts: Path, graphs: list[Path], ontology: list[Path]) -> tuple[list[Verdict], list[Spurious], int]:
    from kgbuild.inputs import Article, InputError, read_article

    try:
        gold_docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, ValueError) as exc:
        raise ReportError(f"cannot read the gold file: {gold}: {exc}") from exc
    if not texts.is_dir():
        raise ReportError(f"no texts folder: {texts}")
    if not all(isinstance(d, dict) and isinstance(d.get("doc"), str) for d in gold_docs):
        raise ReportError(f"malformed gold file: {gold}: every line must be an object with a \"doc\" name")
    with tempfile.TemporaryDirectory(prefix="attribution-report-") as tmp:
        if not graphs:
            try:
                graphs = [build_graph(texts, [d["doc"] for d in gold_docs], Path(tmp))]
            except InputError as exc:
                raise ReportError(f"cannot build the articles: {exc}") from exc
        for p in [*graphs, *ontology]:
            if not p.is_file():
                raise ReportError(f"no such file: {p}")
        try:
            system = read_system(load_graph([*graphs, *ontology]))
        except (OSError, SyntaxError, ValueError) as exc:
            raise ReportError(f"cannot read the graph: {exc}") from exc
    verdicts: list[Verdict] = []
    spurious: list[Spurious] = []
    n_system = 0
    for gdoc in gold_docs:
        art = read_article(texts / gdoc["doc"])
        text = art.text if isinstance(art, Article) else ""
        if not isinstance(art, Article):
            print(f"note: {gdoc['doc']}: no text ({art.reason}): its statements are not placed", file=sys.stderr)
        sysdoc = system.get(gdoc["doc"], SysDoc())
        n_system += len(sysdoc.statements)
        try:
            v, s = classify_doc(gdoc, sysdoc, text)
        except (KeyError, TypeError, AttributeError) as exc:
            raise ReportError(f"malformed gold record for {gdoc['doc']}: {type(exc).__name__}: {exc}") from exc
        verdicts += v
        spurious += s
    return verdicts, spurious, n_system


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, required=True, help="gold .jsonl (../shared/eval/GOLD_SCHEMA.md)")
    ap.add_argument("--texts", type=Path, required=True, help="folder of the gold's article files")
    ap.add_argument("--graph", type=Path, nargs="+", default=[],
                    help="a build's graph.ttl / graph.trig / .nt / .nq; without it the articles are built")
    ap.add_argument("--ontology", type=Path, nargs="*", default=[ROOT / "ontology" / "kgbuild.ttl"])
    ap.add_argument("--details", action="store_true", help="one line per gold and spurious statement")
    ap.add_argument("--top", type=int, default=15, help="rows of the per-cue tables")
    args = ap.parse_args(argv)
    if args.top < 1:
        ap.error("--top must be at least 1")
    try:
        verdicts, spurious, n_system = report(args.gold, args.texts, args.graph, args.ontology)
    except ReportError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    if args.details:
        print("\n".join(details(verdicts, spurious)) + "\n")
    print("\n".join(summary(verdicts, spurious, n_system, args.top)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
