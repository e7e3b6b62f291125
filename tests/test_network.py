"""kgbuild.network: projections of handmade records, and GraphML / GEXF round trips."""
from __future__ import annotations

import networkx as nx
import pyoxigraph
import pytest

from kgbuild import network
from kgbuild.namespace import KG_IRI, RES_IRI
from kgbuild.build import document_nquads
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord

PUTIN, UKR, USA, RUS, UN = "Q7747", "Q212", "Q30", "Q159", "Q1065"
BLINKEN, PROT, MFA, MOSCOW = "person:أنتوني_بلينكن", "group:المتظاهرون", "organization:وزارة_الخارجية_الروسية", "Q649"
AMAL, SAMI = "organization:الأمل", "person:سامي"
AMAL_LABEL = 'مؤسسة "الأمل" & شركاه'
SAMI_LABEL = "سامي <b>العلي</b>"


def ent(key, type_, label, wd=None, en=None, forms=()):
    return EntityRecord(key=key, type=type_, label=label, forms={label, *forms}, wikidata=wd, label_en=en)


def stmt(speaker, act, stance, quote, about=(), pos=0, cue="قال", via=(), ts=None):
    """`ts`: stance towards some targets (the others take `stance`)."""
    return StatementRecord(
        speaker=speaker, cue=cue, cue_lemma=cue, act=act, stance=stance, quote=quote, quote_type="direct",
        cue_span=(pos, pos + len(cue)), quote_span=(pos + 8, pos + 8 + len(quote)),
        speaker_span=(pos - 6, pos - 1) if pos >= 6 else None, sentence_span=(max(pos - 6, 0), pos + 9 + len(quote)),
        sentence_index=pos // 100, about=list(about), via=list(via), target_stance=dict(ts or {}))


def corpus() -> list[DocumentRecord]:
    a = DocumentRecord(doc_id="000_a.txt", title="أزمة أوكرانيا", text="x" * 1000, entities={
        PUTIN: ent(PUTIN, "Person", "فلاديمير بوتين", "Q7747", "Vladimir Putin"),
        UKR: ent(UKR, "Place", "أوكرانيا", "Q212", "Ukraine"),
        USA: ent(USA, "Place", "الولايات المتحدة", "Q30", "United States"),
        RUS: ent(RUS, "Place", "روسيا", "Q159", "Russia"),
        UN: ent(UN, "Organization", "الأمم المتحدة", "Q1065", "United Nations"),
        BLINKEN: ent(BLINKEN, "Person", "أنتوني بلينكن", None, "Antony Blinken"),
        PROT: ent(PROT, "Group", "المتظاهرون"),
        MFA: ent(MFA, "Organization", "وزارة الخارجية الروسية"),
        MOSCOW: ent(MOSCOW, "Place", "موسكو", "Q649", "Moscow"),   # mentioned only: no node
    }, statements=[
        stmt(PUTIN, "condemn", "negative", "ندين التصعيد", [UKR, USA], pos=10, cue="أدان"),
        stmt(BLINKEN, "praise", "positive", "نشيد بالجهود", [UKR, UN], pos=100, cue="أشاد"),
        stmt(BLINKEN, "condemn", "negative", "هذا عدوان", [RUS], pos=200, cue="أدان"),
        stmt(UN, "say", "neutral", "نتابع الوضع", [UKR], pos=300),
        # two targets, two polarities: against the US, for Ukraine (kg:stance = towards the first, the US)
        stmt(PROT, "condemn", "negative", "لا للحرب على أوكرانيا", [USA, UKR], pos=400, cue="أدان",
             ts={UKR: "positive"}),
        stmt(MFA, "say", "neutral", "لا تعليق", [], pos=500),                       # no target
        stmt(PROT, "say", "neutral", "نراقب", [UKR], pos=600),
    ])
    b = DocumentRecord(doc_id="001_b.txt", title="ردود فعل", text="y" * 800, entities={
        PUTIN: ent(PUTIN, "Person", "بوتين", "Q7747", "Vladimir Putin"),
        UKR: ent(UKR, "Place", "أوكرانيا", "Q212", "Ukraine"),
        UN: ent(UN, "Organization", "الأمم المتحدة", "Q1065", "United Nations"),
        AMAL: ent(AMAL, "Organization", AMAL_LABEL),
        SAMI: ent(SAMI, "Person", SAMI_LABEL),
    }, statements=[
        stmt(SAMI, "accuse", "negative", 'اتهم "الأمل" & غيرها <x>', [AMAL], pos=20, cue="اتهم"),
        stmt(AMAL, "praise", "positive", "خطوة جيدة", [UKR, UN], pos=120, cue="أشاد"),
        stmt(PUTIN, "condemn", "negative", "ندين مرة أخرى", [UKR], pos=220, cue="أدان"),
    ])
    return [a, b]


def make_store(docs) -> pyoxigraph.Store:
    """The records as a build writes them (kgbuild.build.document_nquads), in an in-memory store."""
    store = pyoxigraph.Store()
    store.load(b"".join(document_nquads(d) for d in docs), format=pyoxigraph.RdfFormat.N_QUADS)
    return store


def iri(key: str, type_: str = "") -> str:
    from kgbuild.rdf import entity_iri
    return str(entity_iri(key, type_))


@pytest.fixture(scope="module")
def store():
    return make_store(corpus())


@pytest.fixture(scope="module")
def g(store):
    return network.speaker_target_graph(store)


def test_speaker_target_nodes(g):
    expected = {iri(PUTIN), iri(UKR), iri(USA), iri(RUS), iri(UN), iri(BLINKEN, "Person"), iri(PROT, "Group"),
                iri(MFA, "Organization"), iri(AMAL, "Organization"), iri(SAMI, "Person")}
    assert set(g.nodes) == expected
    assert iri(MOSCOW) not in g          # mentioned, never speaks nor spoken about
    p = g.nodes[iri(PUTIN)]
    assert p["type"] == "Person" and p["wikidata"] == "Q7747" and p["label_en"] == "Vladimir Putin"
    assert p["label"] == "فلاديمير بوتين"   # two articles, two labels: tie -> the fuller name
    assert (p["statements_made"], p["statements_received"]) == (2, 0)
    u = g.nodes[iri(UKR)]
    assert u["type"] == "Place" and u["statements_received"] == 7 and u["documents"] == 2
    m = g.nodes[iri(MFA, "Organization")]     # a statement without target keeps its speaker
    assert m["statements_made"] == 1 and m["statements_untargeted"] == 1 and g.degree(iri(MFA, "Organization")) == 0
    assert g.nodes[iri(AMAL, "Organization")]["label"] == AMAL_LABEL


def test_speaker_target_edges(g):
    assert g.number_of_edges() == 13
    edges = g.get_edge_data(iri(PUTIN), iri(UKR))
    assert len(edges) == 2
    by_doc = {d["document"]: d for d in edges.values()}
    assert set(by_doc) == {"000_a.txt", "001_b.txt"}
    d = by_doc["000_a.txt"]
    assert (d["act"], d["stance"], d["quote"], d["cue"]) == ("condemn", "negative", "ندين التصعيد", "أدان")
    assert (d["cue_start"], d["cue_end"], d["quote_start"], d["quote_end"]) == (10, 14, 18, 18 + len("ندين التصعيد"))
    assert d["title"] == "أزمة أوكرانيا" and d["statement"].startswith(RES_IRI + "statement/")
    negative = {(u, v) for u, v, s in g.edges(data="stance") if s == "negative"}
    assert negative == {(iri(PUTIN), iri(UKR)), (iri(PUTIN), iri(USA)), (iri(BLINKEN, "Person"), iri(RUS)),
                        (iri(PROT, "Group"), iri(USA)), (iri(SAMI, "Person"), iri(AMAL, "Organization"))}


def test_edges_carry_the_stance_towards_each_target(g):
    prot = iri(PROT, "Group")
    (to_usa,) = g.get_edge_data(prot, iri(USA)).values()
    by_act = {d["act"]: d for d in g.get_edge_data(prot, iri(UKR)).values()}
    to_ukr = by_act["condemn"]
    assert to_usa["statement"] == to_ukr["statement"]                   # one statement, two targets ...
    assert (to_usa["stance"], to_ukr["stance"]) == ("negative", "positive")   # ... two polarities
    assert to_usa["statement_stance"] == to_ukr["statement_stance"] == "negative"
    assert by_act["say"]["stance"] == "neutral"
    st = next(s for s in network.read_statements(_store()) if s.iri == to_usa["statement"])
    assert st.target_stances == {iri(USA): "negative", iri(UKR): "positive"}
    assert st.stance_towards(iri(UKR)) == "positive" and st.stance_towards(iri(RUS)) == "negative"   # fallback


def _store():
    return make_store(corpus())


def _drop(store, where: str) -> pyoxigraph.Store:
    store.update(f"""PREFIX kg: <{KG_IRI}>
DELETE {{ GRAPH ?g {{ ?s kg:targetStance ?ts . ?ts ?p ?o }} }} WHERE {{ GRAPH ?g {{ ?s kg:targetStance ?ts . ?ts ?p ?o . {where} }} }}""")
    return store


def test_graph_without_target_stances_uses_the_statement_stance():
    """Older graphs (and handmade ones) have only kg:stance: every target gets it."""
    store = _drop(_store(), "")
    assert not store.query(f"ASK {{ GRAPH ?g {{ ?s <{KG_IRI}targetStance> ?o }} }}")
    h = network.speaker_target_graph(store)
    prot = iri(PROT, "Group")
    assert {d["stance"] for d in h.get_edge_data(prot, iri(UKR)).values()} == {"negative", "neutral"}
    assert {d["stance"] for d in h.get_edge_data(prot, iri(USA)).values()} == {"negative"}
    # as before per-target stances: the protesters side with Putin on Ukraine, against Blinken and al-Amal
    assert _pairs(network.actor_congruence_graph(store, "congruence")) == {
        frozenset((iri(BLINKEN, "Person"), iri(AMAL, "Organization"))): 2,
        frozenset((iri(PUTIN), iri(PROT, "Group"))): 2,
    }
    assert _pairs(network.actor_congruence_graph(store, "conflict")) == {
        frozenset((iri(PUTIN), iri(BLINKEN, "Person"))): 1, frozenset((iri(PUTIN), iri(AMAL, "Organization"))): 1,
        frozenset((iri(BLINKEN, "Person"), iri(PROT, "Group"))): 1,
        frozenset((iri(PROT, "Group"), iri(AMAL, "Organization"))): 1,
    }


def test_missing_target_stance_falls_back_per_target():
    """A statement with a kg:targetStance for one target but not the other: the other takes kg:stance."""
    store = _drop(_store(), f"?ts kg:towards <{iri(USA)}> .")
    prot = iri(PROT, "Group")
    (edge,) = network.speaker_target_graph(store).get_edge_data(prot, iri(USA)).values()
    stmt_iri = edge["statement"]
    store.update(f"""PREFIX kg: <{KG_IRI}>
DELETE {{ GRAPH ?g {{ <{stmt_iri}> kg:stance ?x }} }} INSERT {{ GRAPH ?g {{ <{stmt_iri}> kg:stance kg:neutral }} }}
WHERE {{ GRAPH ?g {{ <{stmt_iri}> kg:stance ?x }} }}""")
    h = network.speaker_target_graph(store)
    (to_usa,) = h.get_edge_data(prot, iri(USA)).values()
    assert to_usa["stance"] == "neutral"                                   # no kg:targetStance: kg:stance
    assert {d["stance"] for d in h.get_edge_data(prot, iri(UKR)).values()} == {"positive", "neutral"}


def _pairs(h):
    return {frozenset((u, v)): d["weight"] for u, v, d in h.edges(data=True)}


def test_congruence(store):
    h = network.actor_congruence_graph(store, "congruence")
    assert _pairs(h) == {
        frozenset((iri(BLINKEN, "Person"), iri(AMAL, "Organization"))): 2,   # positive on Ukraine and the UN
        frozenset((iri(PUTIN), iri(PROT, "Group"))): 1,                     # negative on the US
        frozenset((iri(BLINKEN, "Person"), iri(PROT, "Group"))): 1,         # positive on Ukraine (per target:
        frozenset((iri(AMAL, "Organization"), iri(PROT, "Group"))): 1,      # the same statement is against the US)
    }
    d = h.get_edge_data(iri(BLINKEN, "Person"), iri(AMAL, "Organization"))
    assert d["targets"] == " | ".join(sorted(["أوكرانيا", "الأمم المتحدة"]))
    assert h.nodes[iri(PUTIN)]["label"] == "فلاديمير بوتين"


def test_conflict(store):
    h = network.actor_congruence_graph(store, "conflict")
    assert _pairs(h) == {
        frozenset((iri(PUTIN), iri(BLINKEN, "Person"))): 1,     # Ukraine: negative vs positive
        frozenset((iri(PUTIN), iri(AMAL, "Organization"))): 1,
        frozenset((iri(PUTIN), iri(PROT, "Group"))): 1,         # Ukraine; yet congruent with Putin on the US
    }


def test_neutral_only_when_asked(store):
    plain = network.actor_congruence_graph(store, "congruence")
    assert frozenset((iri(UN), iri(PROT, "Group"))) not in _pairs(plain)
    h = network.actor_congruence_graph(store, "congruence", include_neutral=True)
    assert _pairs(h)[frozenset((iri(UN), iri(PROT, "Group")))] == 1     # both neutral on Ukraine
    with pytest.raises(ValueError):
        network.actor_congruence_graph(store, "agreement")


def test_empty_store():
    s = pyoxigraph.Store()
    assert network.speaker_target_graph(s).number_of_nodes() == 0
    assert network.actor_congruence_graph(s, "conflict").number_of_edges() == 0


def test_graphml_round_trip(g, store, tmp_path):
    p = network.write_graphml(g, tmp_path / "st.graphml")
    assert "فلاديمير بوتين" in p.read_text(encoding="utf-8")
    r = nx.read_graphml(p, force_multigraph=True)
    assert r.is_directed() and r.number_of_nodes() == g.number_of_nodes() and r.number_of_edges() == g.number_of_edges()
    assert r.nodes[iri(PUTIN)]["label"] == "فلاديمير بوتين"
    assert r.nodes[iri(AMAL, "Organization")]["label"] == AMAL_LABEL
    assert r.nodes[iri(SAMI, "Person")]["label"] == SAMI_LABEL
    assert r.nodes[iri(PUTIN)]["statements_made"] == 2
    quotes = {d["quote"] for _, _, d in r.edges(data=True)}
    assert 'اتهم "الأمل" & غيرها <x>' in quotes
    c = network.write_graphml(network.actor_congruence_graph(store, "congruence"), tmp_path / "c.graphml")
    rc = nx.read_graphml(c)
    assert rc.number_of_edges() == 4
    assert rc.get_edge_data(iri(BLINKEN, "Person"), iri(AMAL, "Organization"))["weight"] == 2
    stances = {(u, v, d["stance"]) for u, v, d in r.edges(data=True)}
    assert (iri(PROT, "Group"), iri(UKR), "positive") in stances and (iri(PROT, "Group"), iri(USA), "negative") in stances


def test_gexf_round_trip(g, store, tmp_path):
    p = network.write_gexf(g, tmp_path / "st.gexf")
    r = nx.read_gexf(p)
    assert r.number_of_nodes() == g.number_of_nodes() and r.number_of_edges() == g.number_of_edges()
    assert r.nodes[iri(PUTIN)]["label"] == "فلاديمير بوتين"
    assert r.nodes[iri(AMAL, "Organization")]["label"] == AMAL_LABEL
    assert r.nodes[iri(UKR)]["type"] == "Place"
    c = network.write_gexf(network.actor_congruence_graph(store, "conflict"), tmp_path / "c.gexf")
    rc = nx.read_gexf(c)
    assert {frozenset(e) for e in rc.edges()} == {frozenset((iri(PUTIN), iri(BLINKEN, "Person"))),
                                                  frozenset((iri(PUTIN), iri(AMAL, "Organization"))),
                                                  frozenset((iri(PUTIN), iri(PROT, "Group")))}
    assert rc.nodes[iri(BLINKEN, "Person")]["label"] == "أنتوني بلينكن"


def test_export_drops_none_and_flattens(tmp_path):
    h = nx.Graph(name="t", tags=["أ", "ب"])
    h.add_node("a", label="عربي", missing=None, many={"x", "y"})
    h.add_edge("a", "b", weight=1)
    r = nx.read_graphml(network.write_graphml(h, tmp_path / "t.graphml"))
    assert r.nodes["a"]["label"] == "عربي" and r.nodes["a"]["many"] == "x | y" and "missing" not in r.nodes["a"]
    assert r.graph["tags"] == "أ | ب"


def test_congruence_links_name_their_witnesses(store):
    """Each link lists, per matching pair of polarities, the statements of both speakers that make it:
    what the HTML view checks against its filters instead of recomputing the projection."""
    statements = network.read_statements(store)
    by_iri = {i: st for i, st in enumerate(statements)}
    for kind in ("congruence", "conflict"):
        links = network.congruence_links(statements, kind)
        assert {p: set(ts) for p, ts in links.items()} == network.congruence_pairs(statements, kind)
        for (a, b), targets in links.items():
            assert a < b
            for t, alts in targets.items():
                assert alts
                for sa, sb in alts:
                    pa = {by_iri[i].stance_towards(t) for i in sa}
                    pb = {by_iri[i].stance_towards(t) for i in sb}
                    assert {by_iri[i].speaker for i in sa} == {a} and {by_iri[i].speaker for i in sb} == {b}
                    assert len(pa) == len(pb) == 1                      # one polarity per side
                    if kind == "congruence":
                        assert pa == pb and pa <= {"positive", "negative"}
                    else:
                        assert {*pa, *pb} == {"positive", "negative"}
    # the protesters side with Putin against the US only (they are for Ukraine, he is against)
    links = network.congruence_links(statements, "congruence")
    prot_putin = links[tuple(sorted((iri(PUTIN), iri(PROT, "Group"))))]
    assert set(prot_putin) == {iri(USA)}


def test_congruence_links_reject_unknown_kind(store):
    with pytest.raises(ValueError):
        network.congruence_links(network.read_statements(store), "agreement")
