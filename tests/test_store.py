"""kgbuild.store and kgbuild.publish: atomic builds, append/replace, crash safety, readers during
publishes, exports."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Dataset

from kgbuild import publish as P
from kgbuild import store as S
from kgbuild.export import EXPORT_FORMATS
from kgbuild.rdf import add_document
from kgbuild.records import DocumentRecord, EntityRecord, Role, StatementRecord

ROOT = Path(__file__).resolve().parent.parent
OXIGRAPH = Path(sys.executable).parent / "oxigraph"
KG = "https://w3id.org/kgbuild/ontology#"
QUOTE = 'إن "السلام" ممكن\nوقريب'
ABD = "عبد الله"


def make_doc(i: int, quote: str = QUOTE, speaker: str = ABD) -> DocumentRecord:
    skey = "person:" + speaker.replace(" ", "_")
    ents = {
        skey: EntityRecord(key=skey, type="Person", label=speaker, forms={speaker, "ل" + speaker},
                           roles=[Role(title="وزير الخارجية", of_key="Q7747")]),
        "Q7747": EntityRecord(key="Q7747", type="Organization", label="الأمم المتحدة", wikidata="Q1065",
                              label_en="United Nations"),
    }
    st = StatementRecord(speaker=skey, cue="قال", cue_lemma="قال", act="say", stance="neutral", quote=quote,
                         quote_type="direct", cue_span=(10, 13), quote_span=(14, 40), speaker_span=(0, 8),
                         sentence_span=(0, 50), sentence_index=0, about=["Q7747"])
    return DocumentRecord(doc_id=f"{i:03d}_doc.txt", title=f"خبر {i}", text="ن" * 60, entities=ents,
                          statements=[st])


def write_nquads(path: Path, docs: list[DocumentRecord]) -> Path:
    ds = Dataset()
    for d in docs:
        add_document(ds, d)
    ds.serialize(str(path), format="nquads", encoding="utf-8")
    return path


def all_quads(out: Path) -> set[tuple[str, str, str, str]]:
    r = S.query(out, "SELECT ?s ?p ?o ?g { GRAPH ?g { ?s ?p ?o } }")
    return {(str(x["s"]), str(x["p"]), str(x["o"]), x["g"].value) for x in r}


def published(out: Path) -> str:
    """Which build DIR publishes (the target of DIR/.current)."""
    return os.readlink(out / S.CURRENT_LINK)


def quotes(out: Path) -> set[str]:
    return {x["q"].value for x in S.query(out, f"SELECT ?q {{ ?s <{KG}quote> ?q }}")}


@pytest.fixture()
def built(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    nq = write_nquads(tmp_path / "a.nq", [make_doc(i) for i in range(3)])
    S.load_build(out, nq)
    return out


def test_same_input_twice_same_triples_and_iris(tmp_path: Path) -> None:
    docs = [make_doc(i) for i in range(3)]
    nq1 = write_nquads(tmp_path / "1.nq", docs)
    nq2 = write_nquads(tmp_path / "2.nq", docs)
    n1 = S.load_build(tmp_path / "o1", nq1)
    n2 = S.load_build(tmp_path / "o2", nq2)
    assert n1 == n2 > 0
    assert S.triple_count(tmp_path / "o1") == S.triple_count(tmp_path / "o2")
    assert all_quads(tmp_path / "o1") == all_quads(tmp_path / "o2")
    # rebuilding in place and appending the same input change nothing
    assert S.load_build(tmp_path / "o1", nq2) == n1
    assert S.load_build(tmp_path / "o1", nq2, append=True) == n1
    assert all_quads(tmp_path / "o1") == all_quads(tmp_path / "o2")
    assert len(S.graph_names(tmp_path / "o1")) == 4  # three articles and the entity graph
    assert ABD in {x["l"].value for x in S.query(tmp_path / "o1", "SELECT ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }")}


def test_append_keeps_old_and_replaces_rebuilt_documents(tmp_path: Path, built: Path) -> None:
    before = all_quads(built)
    old_g0 = {q for q in before if q[3].endswith("000_doc.txt")}
    new = write_nquads(tmp_path / "b.nq", [make_doc(1, quote="قول جديد"), make_doc(7)])
    n = S.load_build(built, new, append=True)
    after = all_quads(built)
    assert len(S.graph_names(built)) == 5  # four articles and the entity graph
    assert old_g0 and old_g0 <= after  # untouched document kept
    g1 = {q for q in after if q[3].endswith("001_doc.txt")}
    assert any(q[2] == str(ox.Literal("قول جديد", language="ar")) for q in g1)
    assert not any(q[2] == str(ox.Literal(QUOTE, language="ar")) for q in g1)  # the old graph of doc 1 was dropped, not merged
    assert n == len(after) == S.quad_count(built)
    # the same append again: no duplicates, no change
    assert S.load_build(built, new, append=True) == n
    assert all_quads(built) == after


def test_failed_load_leaves_previous_store(tmp_path: Path, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before, link = all_quads(built), published(built)
    # 1. malformed input half-way through the file
    good = (tmp_path / "good.nq")
    write_nquads(good, [make_doc(i) for i in range(10, 20)])
    bad = tmp_path / "bad.nq"
    lines = good.read_text(encoding="utf-8").splitlines(keepends=True)
    bad.write_text("".join(lines[: len(lines) // 2]) + "<broken> <quad\n" + "".join(lines[len(lines) // 2:]),
                   encoding="utf-8")
    for append in (False, True):
        with pytest.raises(SyntaxError):
            S.load_build(built, bad, append=append)
        assert published(built) == link
        assert all_quads(built) == before
    # 2. an exception after the data was written, just before the swap
    def boom(out_dir: Path, gen: Path) -> None:
        raise RuntimeError("simulated crash before publish")
    monkeypatch.setattr(P, "_publish", boom)
    with pytest.raises(RuntimeError):
        S.load_build(built, good)
    monkeypatch.undo()
    assert published(built) == link and all_quads(built) == before
    # 3. an exception in the middle of the bulk load
    def half(store: ox.Store, nquads: Path) -> None:
        store.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
        raise KeyboardInterrupt  # even Ctrl-C
    monkeypatch.setattr(P, "_bulk_load", half)
    with pytest.raises(KeyboardInterrupt):
        S.load_build(built, good, append=True)
    monkeypatch.undo()
    assert published(built) == link and all_quads(built) == before
    # leftovers are gone and the next build works
    assert not [p for p in (built / S.GEN_DIR).iterdir() if p.name.startswith("tmp-")]
    assert S.load_build(built, good, append=True) > len(before)


def _big_nquads(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            f.write(f'<https://w3id.org/kgbuild/resource/x{i}> <{KG}quote> "عبد الله {i}"@ar '
                    f'<https://w3id.org/kgbuild/resource/doc/big{i % 500}> .\n')


def test_sigkill_during_load_leaves_previous_store(tmp_path: Path, built: Path) -> None:
    before, link = all_quads(built), published(built)
    big = tmp_path / "big.nq"
    _big_nquads(big, 300_000)
    code = textwrap.dedent(f"""
        import sys; sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from kgbuild.store import load_build
        load_build(Path({str(built)!r}), Path({str(big)!r}), append=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code])
    gen_root = built / S.GEN_DIR
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        if any(p.name.startswith("tmp-") for p in gen_root.iterdir()):
            time.sleep(0.3)  # let it write for a while
            break
        time.sleep(0.005)
    assert proc.poll() is None, "the build finished before it could be killed; use a bigger input"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert published(built) == link
    assert all_quads(built) == before
    fresh = S.open_store(built)  # a new reader too
    assert len(fresh) == len(before)
    S.close_store(fresh)
    # the next build removes the dead build's folder
    small = write_nquads(tmp_path / "s.nq", [make_doc(30)])
    S.load_build(built, small, append=True)
    assert not [p for p in gen_root.iterdir() if p.name.startswith("tmp-")]


def test_reader_keeps_its_snapshot_across_a_swap(tmp_path: Path, built: Path) -> None:
    """Documented behaviour: a store opened before a build keeps answering from the generation it
    opened (no error, old data); new opens and query() see the new build; the old generation is
    deleted by a later build once nobody holds it."""
    reader = S.open_store(built)
    old_gen = Path(os.path.realpath(built / "store"))
    n_old = len(reader)
    nq = write_nquads(tmp_path / "n.nq", [make_doc(i, quote="جديد") for i in range(5)])
    n_new = S.load_build(built, nq)
    assert n_new != n_old
    assert len(reader) == n_old
    assert len(list(reader.query("SELECT * { GRAPH ?g { ?s ?p ?o } }"))) == n_old
    assert S.quad_count(built) == n_new and quotes(built) == {"جديد"}  # handle follows the new build
    assert old_gen.exists()  # pinned by `reader`
    S.close_store(reader)
    del reader
    S.load_build(built, nq)
    assert not old_gen.exists()


def test_reader_in_another_process_during_swaps(tmp_path: Path, built: Path) -> None:
    n_old = S.quad_count(built)
    code = textwrap.dedent(f"""
        import sys, time; sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from kgbuild.store import open_store
        s = open_store(Path({str(built)!r}))
        print(len(s), flush=True)
        sys.stdin.readline()
        print(len(list(s.query("SELECT * {{ GRAPH ?g {{ ?s ?p ?o }} }}"))), flush=True)
    """)
    proc = subprocess.Popen([sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert int(proc.stdout.readline()) == n_old
        also_open = S.open_store(built)  # a second concurrent read-only reader
        assert len(also_open) == n_old
        S.close_store(also_open)
        for k in range(2):
            S.load_build(built, write_nquads(tmp_path / f"{k}.nq", [make_doc(40 + k)]))
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert int(proc.stdout.readline()) == n_old
    finally:
        proc.kill()
        proc.wait()


def test_no_store_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(S.StoreError) as e:
        S.open_store(tmp_path)
    assert "no store" in str(e.value) and "\n" not in str(e.value)
    with pytest.raises(S.StoreError):
        S.query(tmp_path / "nothing", "ASK {}")
    with pytest.raises(S.StoreError):
        S.load_build(tmp_path, tmp_path / "missing.nq")


def test_format_result(built: Path) -> None:
    sel = f"SELECT ?s ?q {{ ?s <{KG}quote> ?q }} ORDER BY ?s"
    table = S.format_result(S.query(built, sel), "table")
    lines = table.splitlines()
    assert lines[0].split("|")[0].strip() == "s" and "(3 rows)" in lines[-1]
    assert len({line.index("|") for line in lines[:-1] if "|" in line}) == 1  # aligned
    assert '"السلام"' in table
    csv_text = S.format_result(S.query(built, sel), "csv")
    assert csv_text.startswith("s,q") and '""السلام""' in csv_text
    data = json.loads(S.format_result(S.query(built, sel), "json"))
    assert data["head"]["vars"] == ["s", "q"] and len(data["results"]["bindings"]) == 3
    assert data["results"]["bindings"][0]["q"]["xml:lang"] == "ar"
    assert S.format_result(S.query(built, "ASK { ?s ?p ?o }"), "table").strip() == "true"
    assert S.format_result(S.query(built, "ASK { ?s ?p <urn:nothing> }"), "csv").strip() == "false"
    assert json.loads(S.format_result(S.query(built, "ASK {}"), "json"))["boolean"] is True
    ttl = S.format_result(S.query(built, "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"), "table")
    g = rdflib.Graph().parse(data=ttl, format="turtle")
    assert len(g) == S.triple_count(built)
    with pytest.raises(S.StoreError, match="malformed"):
        S.query(built, "SELECT * {")


def _oxigraph_count(tmp_path: Path, file: Path) -> tuple[int, bool]:
    loc = tmp_path / f"cli_{file.suffix[1:]}"
    subprocess.run([str(OXIGRAPH), "load", "--location", str(loc), "--file", str(file)], check=True,
                   capture_output=True)
    out = subprocess.run([str(OXIGRAPH), "query", "--location", str(loc), "--results-format", "csv", "--query",
                          "SELECT (COUNT(*) AS ?n) { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }"],
                         check=True, capture_output=True, text=True).stdout
    ask = subprocess.run([str(OXIGRAPH), "query", "--location", str(loc), "--results-format", "csv",
                          "--union-default-graph", "--query", f'ASK {{ ?s ?p "{ABD}"@ar }}'],
                         check=True, capture_output=True, text=True).stdout
    return int(out.split()[-1]), ask.strip() == "true"


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld"])
def test_export_roundtrips(tmp_path: Path, built: Path, fmt: str) -> None:
    dest = tmp_path / "exp" / f"kg.{fmt}"
    S.export(built, fmt, dest)
    assert dest.exists() and not list(dest.parent.glob(".*tmp*"))
    dataset = fmt in ("nq", "trig", "jsonld")
    expected = S.quad_count(built) if dataset else S.triple_count(built)
    # entity descriptions live once, in the entity graph: the union holds as many triples as there are quads
    assert expected == S.quad_count(built) or dataset
    rdf_format = EXPORT_FORMATS[fmt]
    # pyoxigraph
    st = ox.Store()
    st.load(path=str(dest), format=rdf_format)
    assert len(st) == expected
    lits = {q.object for q in st if isinstance(q.object, ox.Literal)}
    assert ox.Literal(ABD, language="ar") in lits
    assert ox.Literal(QUOTE, language="ar") in lits
    assert ox.Literal("United Nations", language="en") in lits
    if dataset:
        assert len(list(st.named_graphs())) == 4
    # rdflib
    rformat = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld"}[fmt]
    if dataset:
        ds = rdflib.Dataset()
        ds.parse(str(dest), format=rformat)
        rq = list(ds.quads((None, None, None, None)))
        assert len(rq) == expected
        objs = {q[2] for q in rq}
    else:
        g = rdflib.Graph().parse(str(dest), format=rformat)
        assert len(g) == expected
        objs = set(g.objects())
    assert rdflib.Literal(ABD, lang="ar") in objs and rdflib.Literal(QUOTE, lang="ar") in objs
    # oxigraph CLI
    n, found = _oxigraph_count(tmp_path, dest)
    assert n == expected and found


def test_export_rejects_unknown_format(tmp_path: Path, built: Path) -> None:
    with pytest.raises(ValueError):
        S.export(built, "xml", tmp_path / "x.xml")


def test_second_concurrent_build_is_refused(tmp_path: Path, built: Path) -> None:
    import fcntl

    before = all_quads(built)
    fd = os.open(built / S.GEN_DIR / "build.lock", os.O_RDWR)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)  # as a running build does
        with pytest.raises(S.StoreError, match="another build"):
            S.load_build(built, write_nquads(tmp_path / "c.nq", [make_doc(50)]), append=True)
    finally:
        os.close(fd)
    assert all_quads(built) == before


# -- the layout of a build folder (kgbuild.publish) -------------------------------------------


def _with_export(staging: Path) -> None:
    (staging / "graph.ttl").write_text(f"# {staging.name}\n", encoding="utf-8")


def test_store_and_exports_are_published_by_one_link(tmp_path: Path) -> None:
    out = tmp_path / "out"
    nq = write_nquads(tmp_path / "a.nq", [make_doc(1)])
    S.load_build(out, nq, before_publish=_with_export)
    build = out / published(out)
    assert build.parent == out / S.BUILDS_DIR and (build / "build.json").is_file()
    for name in ("store", "graph.ttl"):
        assert os.readlink(out / name) == f"{S.CURRENT_LINK}/{name}"
        assert (out / name).resolve().parent == build.resolve()
    first = (out / "graph.ttl").read_text(encoding="utf-8")
    S.load_build(out, nq, before_publish=_with_export)
    assert (out / "graph.ttl").read_text(encoding="utf-8") != first  # the new build's, through the same link
    assert S.current_generation(out) == out / published(out) / "store"
    assert len(list((out / S.BUILDS_DIR).iterdir())) == 2  # the build and build.lock: the old one is gone


def test_an_older_layout_is_taken_over(tmp_path: Path) -> None:
    out = tmp_path / "out"
    gen = out / S.LEGACY_GEN_DIR / "20250101T000000-1"
    gen.parent.mkdir(parents=True)
    old = ox.Store(str(gen))
    old.load(path=str(write_nquads(tmp_path / "old.nq", [make_doc(1)])), format=ox.RdfFormat.N_QUADS)
    old.flush()
    del old
    (out / S.LEGACY_GEN_DIR / "20250101T000000-1.readers").touch()
    os.symlink(os.path.relpath(gen, out), out / "store")
    (out / "graph.ttl").write_text("# old\n", encoding="utf-8")
    leftovers = [".build-1234.nq", ".graph.trig.part-ab12", "..graph.trig.part-1.tmp-2", ".store-link-9"]
    for name in leftovers:
        (out / name).write_text("x", encoding="utf-8")
    assert S.quad_count(out) > 0  # the older layout is read
    n = S.load_build(out, write_nquads(tmp_path / "new.nq", [make_doc(2)]), append=True,
                     before_publish=_with_export)
    assert S.quad_count(out) == n and len(S.graph_names(out)) == 3  # both articles and the entity graph
    assert os.readlink(out / "store") == f"{S.CURRENT_LINK}/store"
    assert (out / "graph.ttl").is_symlink() and (out / "graph.ttl").read_text(encoding="utf-8") != "# old\n"
    assert not [name for name in leftovers if (out / name).exists()]
    # the old generation goes with the first build after its last reader (this process) left it
    S.load_build(out, write_nquads(tmp_path / "new.nq", [make_doc(2)]), append=True)
    assert not (out / S.LEGACY_GEN_DIR).exists()


def test_a_killed_builds_folders_are_removed_by_the_next(tmp_path: Path, built: Path) -> None:
    dead = built / S.BUILDS_DIR / "tmp-20250101T000000-dead"
    (dead / "store").mkdir(parents=True)
    (dead / "build.nq").write_bytes(b"x" * 1000)
    unpublished = built / S.BUILDS_DIR / "20250101T000000-never"   # renamed, killed before the swap
    unpublished.mkdir()
    (unpublished / S.READERS_LOCK).touch()
    S.load_build(built, write_nquads(tmp_path / "n.nq", [make_doc(5)]))
    assert not dead.exists() and not unpublished.exists()


def test_export_without_dest_belongs_to_the_build(tmp_path: Path, built: Path) -> None:
    path = S.export(built, "nq")
    assert path == built / "graph.nq" and os.readlink(path) == f"{S.CURRENT_LINK}/graph.nq"
    assert len(list(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))) == S.quad_count(built)
    S.load_build(built, write_nquads(tmp_path / "n.nq", [make_doc(5)]))
    # the next build has no graph.nq: the link goes, no stale export of an older build stays
    assert not path.exists() and not path.is_symlink()
    # while a build runs, the export waits for nobody: one line, at once
    with P.build_lock(built):
        with pytest.raises(S.StoreError, match="another build"):
            S.export(built, "nq")


# -- what the exports look like --------------------------------------------------------------


def test_turtle_and_trig_have_no_escaped_names(tmp_path: Path) -> None:
    from kgbuild.export import has_escaped_names

    docs = [make_doc(1), make_doc(2, speaker="نور الدين")]
    docs[1].doc_id = "a b (2).txt"
    out = tmp_path / "o"
    S.load_build(out, write_nquads(tmp_path / "a.nq", docs))
    for fmt in ("ttl", "trig"):
        data = S.export(out, fmt, tmp_path / f"g.{fmt}").read_bytes()
        assert not has_escaped_names(data), data.decode()[:2000]
        assert "person:نور_الدين" in data.decode() and "doc:001_doc.txt" in data.decode()
    assert has_escaped_names(rb'@prefix r: <http://r/> . r:a\/b r:p "x\\/y" .')
    assert not has_escaped_names(rb'@prefix r: <http://r/> . r:a r:p "x\\/y \"q\" \n" .')


def test_an_iri_no_prefix_can_cover_is_written_in_full(tmp_path: Path) -> None:
    """A store built elsewhere may hold IRIs under kgbuild's folders that are not plain names."""
    from kgbuild.export import has_escaped_names, write_file

    odd = "https://w3id.org/kgbuild/resource/entity/person/%D8%B9/x~"
    st = ox.Store()
    st.add(ox.Quad(ox.NamedNode(odd), ox.NamedNode(KG + "quote"), ox.Literal("ق", language="ar"),
                   ox.NamedNode("https://w3id.org/kgbuild/resource/doc/x.txt")))
    for fmt in ("ttl", "trig"):
        data = write_file(st, fmt, tmp_path / f"odd.{fmt}").read_bytes()
        assert not has_escaped_names(data) and f"<{odd}>".encode() in data
        back = ox.Store()
        back.load(data, format=EXPORT_FORMATS[fmt])
        assert {q.subject.value for q in back} == {odd}


def test_jsonld_has_a_context_and_one_graph_per_article(tmp_path: Path, built: Path) -> None:
    from kgbuild.namespace import EXPORT_PREFIXES

    dest = S.export(built, "jsonld", tmp_path / "g.jsonld")
    data = json.loads(dest.read_text(encoding="utf-8"))
    assert data["@context"] == EXPORT_PREFIXES
    graphs = {g["@id"]: g["@graph"] for g in data["@graph"]}
    assert sorted(graphs) == sorted(["doc:000_doc.txt", "doc:001_doc.txt", "doc:002_doc.txt",
                                     "https://w3id.org/kgbuild/resource/graph/entities"])
    doc = next(n for n in graphs["doc:001_doc.txt"] if n["@id"] == "doc:001_doc.txt")
    assert doc["@type"] == ["kg:Document"] and doc["dcterms:identifier"] == [{"@value": "001_doc.txt"}]
    nq = set(ox.parse(path=str(S.export(built, "nq", tmp_path / "g.nq")), format=ox.RdfFormat.N_QUADS))
    assert set(ox.parse(path=str(dest), format=ox.RdfFormat.JSON_LD)) == nq
    ds = rdflib.Dataset()
    ds.parse(str(dest), format="json-ld")
    assert len(list(ds.quads((None, None, None, None)))) == len(nq)


def test_append_replaces_an_article_an_older_kgbuild_named_otherwise(tmp_path: Path, built: Path) -> None:
    """--append on a store whose article graph has another IRI (e.g. minted by an older kgbuild)."""
    old_iri = "https://w3id.org/kgbuild/resource/doc/old%20form"
    nq = tmp_path / "old.nq"
    nq.write_text(f'<{old_iri}> <http://purl.org/dc/terms/identifier> "009_doc.txt" <{old_iri}> .\n'
                  f'<{old_iri}> <{KG}quote> "قديم"@ar <{old_iri}> .\n', encoding="utf-8")
    S.load_build(built, nq, append=True)
    assert old_iri in S.graph_names(built)
    S.load_build(built, write_nquads(tmp_path / "new.nq", [make_doc(9)]), append=True)
    assert old_iri not in S.graph_names(built) and "قديم" not in quotes(built)
    assert len(S.graph_names(built)) == 5  # 000-002, 009 and the entity graph
