"""networkx projections of the statement graph, read from a pyoxigraph Store with SPARQL.

Two projections:

* `speaker_target_graph`: a MultiDiGraph, one node per entity that speaks or is spoken about, one
  edge per (statement, target) from the speaker to the target. Statements without a target add no
  edge, but their speaker is still a node (and counted in `statements_untargeted`).
* `actor_congruence_graph`: a DNA-style actor network (Leifeld, Discourse Network Analyzer). Two
  speakers are linked when they take the same stance ("congruence") or opposite stances
  ("conflict") on the same target; the weight is the number of such shared targets. Only
  positive/negative stances count by default: a neutral report is not a position.
  `congruence_links` is the one place this rule lives: it also names, for each pair and target, the
  statements that witness it, so the HTML view (kgbuild.viz) filters those instead of recomputing.

Stances are per target: a statement carries `kg:targetStance [ a kg:TargetStance ; kg:towards ?t ;
kg:polarity kg:positive|kg:negative|kg:neutral ]` for each target (kgbuild.rdf.add_statement), so
one statement can praise one target and condemn another. Every speaker -> target edge and every
congruence/conflict position uses the polarity towards that target (`Statement.stance_towards`),
falling back to the statement's own `kg:stance` when the graph has no kg:targetStance for that
target (graphs written before per-target stances, handmade graphs).

The store's default graph is queried as the union of all named graphs, so a store holding one
named graph per article (kgbuild.rdf) and a store holding plain triples both work.

Node and edge attributes are plain str/int scalars (never None), so `write_graphml` and
`write_gexf` can write them as they are; Arabic text is kept as UTF-8.
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Iterator

import networkx as nx

from .namespace import ENTITY_TYPES, KG_IRI, WD_IRI

PREFIXES = f"""PREFIX kg: <{KG_IRI}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""

# the order in which a type wins when an entity carries several (e.g. typed differently by two articles)
_TYPE_PRIORITY = {t: i for i, t in enumerate(("Person", "Organization", "Group", "Place"))}


@dataclass
class Entity:
    iri: str
    type: str = "Entity"
    label: str = ""          # Arabic label
    label_en: str = ""
    wikidata: str = ""       # "Q7747" or ""
    alt_labels: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    documents: int = 0       # number of articles mentioning it


@dataclass
class Statement:
    iri: str
    speaker: str                          # entity IRI
    targets: list[str] = field(default_factory=list)
    via: list[str] = field(default_factory=list)
    act: str = ""                          # "condemn"
    stance: str = ""                       # "negative": the statement's kg:stance
    target_stances: dict[str, str] = field(default_factory=dict)   # target IRI -> kg:polarity towards it
    quote: str = ""
    cue: str = ""
    quote_type: str = ""                   # direct | indirect | mixed
    document: str = ""                     # document id (the article's file name)
    document_iri: str = ""
    title: str = ""                        # article title
    date: str = ""                         # the article's dcterms:date (ISO), "" when it states none
    quote_start: int = -1
    quote_end: int = -1
    cue_start: int = -1
    cue_end: int = -1
    speaker_start: int = -1
    speaker_end: int = -1
    sentence_index: int = -1

    def stance_towards(self, target: str) -> str:
        """The speaker's polarity towards `target` (kg:targetStance), else the statement's kg:stance."""
        return self.target_stances.get(target) or self.stance


def _val(sol: Any, var: str) -> str | None:
    term = sol[var]
    return None if term is None else term.value


def _int(v: str | None) -> int:
    try:
        return int(v) if v is not None else -1
    except ValueError:
        return -1


def _local(iri: str | None, prefix: str) -> str:
    if not iri:
        return ""
    return iri[len(prefix):] if iri.startswith(prefix) else iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _query(store: Any, q: str) -> Iterable[Any]:
    return store.query(PREFIXES + q, use_default_graph_as_union=True)


def read_statements(store: Any) -> list[Statement]:
    """Every kg:Statement with its speaker, targets, act, stance, quote, cue, source and offsets."""
    rows = _query(store, """
SELECT ?s ?speaker ?act ?stance ?quote ?cue ?qtype ?doc ?docid ?title ?date ?qs ?qe ?cs ?ce ?ss ?se ?si WHERE {
  ?s a kg:Statement ; kg:speaker ?speaker .
  OPTIONAL { ?s kg:speechAct ?act }
  OPTIONAL { ?s kg:stance ?stance }
  OPTIONAL { ?s kg:quote ?quote }
  OPTIONAL { ?s kg:cue ?cue }
  OPTIONAL { ?s kg:quoteType ?qtype }
  OPTIONAL { ?s kg:source ?doc
             OPTIONAL { ?doc dcterms:identifier ?docid }
             OPTIONAL { ?doc dcterms:title ?title }
             OPTIONAL { ?doc dcterms:date ?date } }
  OPTIONAL { ?s kg:quoteStart ?qs } OPTIONAL { ?s kg:quoteEnd ?qe }
  OPTIONAL { ?s kg:cueStart ?cs } OPTIONAL { ?s kg:cueEnd ?ce }
  OPTIONAL { ?s kg:speakerStart ?ss } OPTIONAL { ?s kg:speakerEnd ?se }
  OPTIONAL { ?s kg:sentenceIndex ?si }
}""")
    out: dict[str, Statement] = {}
    for sol in rows:
        iri = _val(sol, "s")
        if iri in out:   # a malformed statement with two values of a property: keep the first row
            continue
        doc_iri = _val(sol, "doc") or ""
        qtype = _local(_val(sol, "qtype"), KG_IRI)
        out[iri] = Statement(
            iri=iri,
            speaker=_val(sol, "speaker"),
            act=_local(_val(sol, "act"), KG_IRI).removeprefix("act_"),
            stance=_local(_val(sol, "stance"), KG_IRI),
            quote=_val(sol, "quote") or "",
            cue=_val(sol, "cue") or "",
            quote_type={"DirectQuote": "direct", "IndirectQuote": "indirect", "MixedQuote": "mixed"}.get(qtype, qtype),
            document=_val(sol, "docid") or _local(doc_iri, ""),
            document_iri=doc_iri,
            title=_val(sol, "title") or "",
            date=(_val(sol, "date") or "")[:10],
            quote_start=_int(_val(sol, "qs")), quote_end=_int(_val(sol, "qe")),
            cue_start=_int(_val(sol, "cs")), cue_end=_int(_val(sol, "ce")),
            speaker_start=_int(_val(sol, "ss")), speaker_end=_int(_val(sol, "se")),
            sentence_index=_int(_val(sol, "si")),
        )
    for prop, attr in (("about", "targets"), ("reportedVia", "via")):
        for sol in _query(store, f"SELECT ?s ?t WHERE {{ ?s a kg:Statement ; kg:{prop} ?t }}"):
            st = out.get(_val(sol, "s"))
            t = _val(sol, "t")
            if st is not None and t != st.speaker and t not in getattr(st, attr):
                getattr(st, attr).append(t)
    # per-target polarity; a malformed statement with two polarities towards one target keeps the
    # alphabetically first, so the result does not depend on the store's row order
    per_target: dict[tuple[str, str], str] = {}
    for sol in _query(store, """
SELECT ?s ?t ?p WHERE { ?s a kg:Statement ; kg:targetStance ?ts . ?ts kg:towards ?t ; kg:polarity ?p }"""):
        key = (_val(sol, "s"), _val(sol, "t"))
        p = _local(_val(sol, "p"), KG_IRI)
        if key[0] in out and p and (key not in per_target or p < per_target[key]):
            per_target[key] = p
    for (s, t), p in per_target.items():
        out[s].target_stances[t] = p
    for st in out.values():
        st.targets.sort()
        st.via.sort()
    # document order, then position in the document: a stable, readable order
    return sorted(out.values(), key=lambda s: (s.document, s.cue_start, s.iri))


def read_entities(store: Any, iris: set[str] | None = None) -> dict[str, Entity]:
    """Type, labels, Wikidata id, roles and article count of the entities `iris` (default: all)."""
    ents: dict[str, Entity] = {}

    def get(iri: str) -> Entity | None:
        if iris is not None and iri not in iris:
            return None
        if iri not in ents:
            ents[iri] = Entity(iri=iri)
        return ents[iri]

    def answers(query: str, var: str) -> Iterator[tuple[Entity, str | None]]:
        """(entity, ?var) for each answer of `query` about an entity read here (its ?e)."""
        for sol in _query(store, query):
            e = get(_val(sol, "e"))
            if e is not None:
                yield e, _val(sol, var)

    if iris is not None:
        for iri in iris:
            get(iri)
    types = ", ".join(f"kg:{t}" for t in ENTITY_TYPES)
    for e, type_iri in answers(f"SELECT ?e ?t WHERE {{ ?e a ?t FILTER(?t IN ({types})) }}", "t"):
        t = _local(type_iri, KG_IRI)
        if e.type == "Entity" or _TYPE_PRIORITY.get(t, 9) < _TYPE_PRIORITY.get(e.type, 9):
            e.type = t
    # labels: the one most articles use wins; ties go to the longest (fullest name), then alphabetical
    votes: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for sol in _query(store, """
SELECT ?e ?l (COUNT(DISTINCT ?d) AS ?n) WHERE {
  ?e rdfs:label ?l . OPTIONAL { GRAPH ?d { ?e rdfs:label ?l } }
} GROUP BY ?e ?l"""):
        e = get(_val(sol, "e"))
        if e is None:
            continue
        lit = sol["l"]
        lang = (lit.language or "").split("-")[0] if hasattr(lit, "language") else ""
        votes[e.iri]["en" if lang == "en" else "ar"][lit.value] += int(_val(sol, "n") or 0) + 1
    for iri, by_lang in votes.items():
        for lang, c in by_lang.items():
            best = sorted(c.items(), key=lambda kv: (-kv[1], -len(kv[0]), kv[0]))[0][0]
            if lang == "en":
                ents[iri].label_en = best
            else:
                ents[iri].label = best
    for e, alt in answers("SELECT ?e ?l WHERE { ?e skos:altLabel ?l }", "l"):
        if alt not in e.alt_labels:
            e.alt_labels.append(alt)
    for e, match in answers("SELECT ?e ?w WHERE { ?e skos:exactMatch ?w }", "w"):
        w = match or ""
        if w.startswith(WD_IRI):
            e.wikidata = e.wikidata or w[len(WD_IRI):]
    for e, title in answers("SELECT ?e ?t WHERE { ?e kg:hasRole ?r . ?r kg:roleTitle ?t }", "t"):
        if title not in e.roles:
            e.roles.append(title)
    for e, n in answers("SELECT ?e (COUNT(DISTINCT ?d) AS ?n) WHERE { ?e kg:mentionedIn ?d } GROUP BY ?e", "n"):
        e.documents = int(n or 0)
    for e in ents.values():
        e.alt_labels.sort()
        e.roles.sort()
        if not e.label:
            e.label = e.label_en or e.wikidata or _local(e.iri, "")
        if not e.wikidata and _local(e.iri, "")[:1] == "Q" and _local(e.iri, "")[1:].isdigit():
            e.wikidata = _local(e.iri, "")
    return ents


def _node_attrs(e: Entity) -> dict[str, Any]:
    return {
        "type": e.type, "label": e.label, "label_ar": e.label, "label_en": e.label_en,
        "wikidata": e.wikidata, "iri": e.iri, "roles": " | ".join(e.roles),
        "documents": e.documents,
    }


def _edge_attrs(st: Statement, target: str) -> dict[str, Any]:
    return {
        "statement": st.iri, "act": st.act, "stance": st.stance_towards(target),
        "statement_stance": st.stance, "quote": st.quote, "cue": st.cue,
        "quote_type": st.quote_type, "document": st.document, "title": st.title, "date": st.date,
        "quote_start": st.quote_start, "quote_end": st.quote_end,
        "cue_start": st.cue_start, "cue_end": st.cue_end,
        "speaker_start": st.speaker_start, "speaker_end": st.speaker_end,
        "reported_via": " ".join(st.via),
    }


def build_speaker_target_graph(statements: list[Statement], entities: dict[str, Entity]) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    made: Counter = Counter()
    received: Counter = Counter()
    untargeted: Counter = Counter()
    for st in statements:
        made[st.speaker] += 1
        if not st.targets:
            untargeted[st.speaker] += 1
        for t in st.targets:
            received[t] += 1
    for iri in sorted(set(made) | set(received)):
        e = entities.get(iri) or Entity(iri=iri, label=_local(iri, ""))
        g.add_node(iri, **_node_attrs(e), statements_made=made[iri], statements_received=received[iri],
                   statements_untargeted=untargeted[iri])
    for st in statements:
        for t in st.targets:
            g.add_edge(st.speaker, t, key=f"{st.iri}|{t}", **_edge_attrs(st, t))
    return g


def speaker_target_graph(store: Any) -> nx.MultiDiGraph:
    """Entities as nodes; one edge speaker -> target per (statement, target), its `stance` the
    speaker's polarity towards that target (`statement_stance`: the statement's kg:stance)."""
    statements = read_statements(store)
    iris = {st.speaker for st in statements} | {t for st in statements for t in st.targets}
    return build_speaker_target_graph(statements, read_entities(store, iris))


# the one place that says which positions make two speakers agree or clash (the page only evaluates
# these precomputed links under its filters, it does not re-derive them)
_OPPOSITE = {"positive": "negative", "negative": "positive"}

# (a, b) with a < b -> target -> alternatives; each alternative is (statements of a, statements of b)
# (indices into the list given) whose polarities towards the target make the pair hold
PairLinks = dict[tuple[str, str], dict[str, list[tuple[list[int], list[int]]]]]


def congruence_links(statements: list[Statement], kind: str = "congruence",
                     include_neutral: bool = False) -> PairLinks:
    """For every pair of speakers, the targets on which they agree (congruence: the same polarity
    towards the target) or clash (conflict: opposite polarities), each with the statements that
    witness it: one alternative per matching pair of polarities, so a filter that drops statements
    can be applied later by checking that some alternative keeps a statement on both sides."""
    if kind not in ("congruence", "conflict"):
        raise ValueError(f"kind must be 'congruence' or 'conflict', not {kind!r}")
    # target -> speaker -> polarity -> statement indices
    by_target: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    for i, st in enumerate(statements):
        for t in st.targets:
            p = st.stance_towards(t)
            if p in ("positive", "negative") or (kind == "congruence" and include_neutral and p == "neutral"):
                by_target[t][st.speaker][p].append(i)
    links: PairLinks = defaultdict(dict)
    for t in sorted(by_target):
        speakers = by_target[t]
        for a, b in combinations(sorted(speakers), 2):
            pa, pb = speakers[a], speakers[b]
            if kind == "congruence":
                alts = [(pa[p], pb[p]) for p in sorted(pa) if p in pb]
            else:
                alts = [(pa[p], pb[_OPPOSITE[p]]) for p in sorted(pa) if _OPPOSITE.get(p) in pb]
            if alts:
                links[(a, b)][t] = alts
    return dict(links)


def congruence_pairs(statements: Iterable[Statement], kind: str = "congruence",
                     include_neutral: bool = False) -> dict[tuple[str, str], set[str]]:
    """(speaker a, speaker b) with a < b -> the targets on which they agree (congruence) or clash (conflict)."""
    links = congruence_links(list(statements), kind, include_neutral)
    return {pair: set(targets) for pair, targets in links.items()}


def build_congruence_graph(statements: list[Statement], entities: dict[str, Entity], kind: str = "congruence",
                           include_neutral: bool = False) -> nx.Graph:
    g = nx.Graph(kind=kind)
    for (a, b), targets in sorted(congruence_pairs(statements, kind, include_neutral).items()):
        for n in (a, b):
            if n not in g:
                e = entities.get(n) or Entity(iri=n, label=_local(n, ""))
                g.add_node(n, **_node_attrs(e))
        labels = sorted((entities[t].label if t in entities else _local(t, "")) for t in targets)
        g.add_edge(a, b, weight=len(targets), targets=" | ".join(labels), target_iris=" ".join(sorted(targets)))
    return g


def actor_congruence_graph(store: Any, kind: str = "congruence", include_neutral: bool = False) -> nx.Graph:
    """DNA-style actor network: speakers linked by the number of targets on which they take the same
    (kind="congruence") or opposite (kind="conflict") polarity towards that target. Neutral
    positions are ignored unless include_neutral (congruence only: neutral is never the opposite of
    anything)."""
    if kind not in ("congruence", "conflict"):
        raise ValueError(f"kind must be 'congruence' or 'conflict', not {kind!r}")
    statements = read_statements(store)
    iris = {st.speaker for st in statements} | {t for st in statements for t in st.targets}
    return build_congruence_graph(statements, read_entities(store, iris), kind, include_neutral)


def _exportable(g: nx.Graph) -> nx.Graph:
    """A copy whose graph/node/edge attributes are all str, int, float or bool (None dropped,
    anything else turned into a string), as GraphML and GEXF require."""
    def clean(d: dict) -> dict:
        out = {}
        for k, v in d.items():
            if v is None:
                continue
            if isinstance(v, bool) or isinstance(v, (int, float, str)):
                out[str(k)] = v
            elif isinstance(v, (list, tuple, set, frozenset)):
                out[str(k)] = " | ".join(str(x) for x in (sorted(v) if isinstance(v, (set, frozenset)) else v))
            else:
                out[str(k)] = str(v)
        return out

    h = g.__class__()
    h.graph.update(clean(g.graph))
    for n, d in g.nodes(data=True):
        h.add_node(n, **clean(d))
    if g.is_multigraph():
        for u, v, k, d in g.edges(keys=True, data=True):
            h.add_edge(u, v, key=k, **clean(d))
    else:
        for u, v, d in g.edges(data=True):
            h.add_edge(u, v, **clean(d))
    return h


def write_graphml(g: nx.Graph, path: str | Path) -> Path:
    """GraphML (UTF-8) readable by networkx, Gephi, yEd, Cytoscape."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_graphml(_exportable(g), path, encoding="utf-8", prettyprint=True)
    return path


def write_gexf(g: nx.Graph, path: str | Path) -> Path:
    """GEXF 1.2 (UTF-8) for Gephi; the node label is the Arabic label."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    nx.write_gexf(_exportable(g), path, encoding="utf-8", prettyprint=True, version="1.2draft")
    return path
