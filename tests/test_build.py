"""kgbuild.build: parallel builds are byte-identical to serial ones; the direct N-Quads writer gives
exactly the quads of rdflib's Dataset + serializer."""
from __future__ import annotations

import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kgbuild import build as kbuild
from kgbuild.rdf import add_document
from kgbuild.records import DocumentRecord, EntityRecord, Role, StatementRecord

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """The seeds plus renamed copies of them (more documents than one worker batch, names recur)."""
    d = tmp_path_factory.mktemp("corpus")
    for k, p in enumerate(sorted(SEEDS.glob("*.txt"))):
        shutil.copy(p, d / p.name)
        text = p.read_text(encoding="utf-8")
        # a shorter variant: later paragraphs first, so the corpus index meets names in another order
        paras = [x for x in text.split("\n\n") if x.strip()]
        (d / f"x{k}_{p.name}").write_text("\n\n".join(paras[len(paras) // 2:] + paras[:2]), encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")  # skipped in both builds
    return d


def _build_capturing(monkeypatch, inputs, out, workers) -> tuple[bytes, kbuild.BuildSummary]:
    got = {}
    real = kbuild.Build.load

    def spy(self, nquads, append=False):
        got["nq"] = Path(nquads).read_bytes()
        return real(self, nquads, append=append)

    monkeypatch.setattr(kbuild.Build, "load", spy)
    summary = kbuild.build(inputs, out, workers=workers, view=False)
    return got["nq"], summary


def test_workers_output_is_byte_identical(corpus, tmp_path, monkeypatch):
    monkeypatch.setattr(kbuild, "BATCH_SIZE", 2)  # several batches in flight, window refilled
    nq1, s1 = _build_capturing(monkeypatch, [corpus], tmp_path / "w1", 1)
    nq2, s2 = _build_capturing(monkeypatch, [corpus], tmp_path / "w2", 2)
    nq3, s3 = _build_capturing(monkeypatch, [corpus], tmp_path / "w3", 3)
    assert nq1 and nq1 == nq2 == nq3
    assert (tmp_path / "w1" / "graph.trig").read_bytes() == (tmp_path / "w2" / "graph.trig").read_bytes()
    for s in (s2, s3):
        assert (s.documents, s.statements, s.triples, s.entities) == (s1.documents, s1.statements, s1.triples, s1.entities)
        assert [x.path.name for x in s.skipped] == ["empty.txt"]
    assert s1.documents == 10 and s1.statements > 0


def test_cli_workers_option(tmp_path):
    from typer.testing import CliRunner

    from kgbuild.cli import app
    files = [str(p) for p in sorted(SEEDS.glob("*.txt"))[:2]]
    r = CliRunner().invoke(app, ["build", *files, "--out", str(tmp_path / "o"), "-q", "--workers", "2"])
    assert r.exit_code == 0, r.output
    assert "documents: 2" in r.output
    r = CliRunner().invoke(app, ["build", *files, "--out", str(tmp_path / "o"), "-w", "0"])
    assert r.exit_code != 0


def _quads(data: bytes) -> list[str]:
    return sorted(str(q) for q in ox.parse(data, format=ox.RdfFormat.N_QUADS))


def _rdflib_nquads(rec: DocumentRecord) -> bytes:
    ds = Dataset()
    add_document(ds, rec)
    return ds.serialize(format="nquads", encoding="utf-8")


def test_direct_nquads_equal_rdflib_on_seeds(nlp):
    from kgbuild.inputs import read_article
    arts = [read_article(p) for p in sorted(SEEDS.glob("*.txt"))]
    for rec in kbuild.records(arts):
        direct = kbuild.document_nquads(rec)
        assert _quads(direct) == _quads(_rdflib_nquads(rec))
        assert len(direct.splitlines()) == len(_quads(direct))  # no duplicate quads written


def test_direct_nquads_escapes():
    weird = 'قال "لا" \\ و\nسطر\rآخر\t«نص»'
    ent = EntityRecord(key="person:أ_ب", type="Person", label='أ "ب"', forms={weird, "ب\\"}, wikidata="Q1",
                       label_en='A "B"', roles=[Role(title=weird, of_key=None)])
    st = StatementRecord(speaker="person:أ_ب", cue="قال", cue_lemma="قال", act="say", stance="neutral",
                         quote=weird, quote_type="direct", cue_span=(0, 3), quote_span=(4, 10), speaker_span=None,
                         sentence_span=(0, 12), sentence_index=0)
    rec = DocumentRecord(doc_id='a "b" \\c.txt', title=weird, text=weird + " " * 20,
                         entities={ent.key: ent}, statements=[st])
    assert _quads(kbuild.document_nquads(rec)) == _quads(_rdflib_nquads(rec))


# -- one build at a time; one document per file; never its own outputs (issue 14) -------------

import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402

from typer.testing import CliRunner  # noqa: E402

from kgbuild import store as kstore  # noqa: E402
from kgbuild.cli import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, app  # noqa: E402
from kgbuild.rdf import doc_iri, plain_name  # noqa: E402

ROOT = SEEDS.parent
runner = CliRunner()
DOC_IDS = ("PREFIX kg: <https://w3id.org/kgbuild/ontology#> PREFIX dcterms: <http://purl.org/dc/terms/> "
           "SELECT ?d ?id { ?d a kg:Document ; dcterms:identifier ?id }")


def doc_ids(out: Path) -> dict[str, str]:
    return {r["id"].value: r["d"].value for r in kstore.query(out, DOC_IDS)}


def seed_text(i: int = 0) -> str:
    return sorted(SEEDS.glob("*.txt"))[i].read_text(encoding="utf-8")


def test_a_second_build_fails_at_once_and_leaves_the_first_alone(tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    for i in range(80):
        (src / f"{i:03d}.txt").write_text(seed_text(i % 5), encoding="utf-8")
    out = tmp_path / "out"
    first = subprocess.Popen([sys.executable, "-m", "kgbuild.cli", "build", str(src), "--out", str(out), "-q",
                              "--no-ner"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        staged: list[Path] = []
        while time.monotonic() < deadline and first.poll() is None:  # the first build is extracting
            staged = [p for p in (out / kstore.BUILDS_DIR).glob("tmp-*/build.nq") if p.stat().st_size > 0]
            if staged:
                break
            time.sleep(0.02)
        assert staged and first.poll() is None, "the first build ended before the second started"
        files_before = sorted(p.name for p in staged[0].parent.iterdir())
        t0 = time.monotonic()
        second = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "-q"])
        assert time.monotonic() - t0 < 5  # at once, before extracting anything
        assert second.exit_code == EXIT_ERROR
        errors = [line for line in second.output.splitlines() if line.startswith("error:")]
        assert len(errors) == 1 and "another build is running" in errors[0], second.output
        assert staged[0].exists() and {p.name for p in staged[0].parent.iterdir()} >= set(files_before)
        stdout, stderr = first.communicate(timeout=300)
    finally:
        first.kill()
        first.wait()
    assert first.returncode == EXIT_OK, stderr
    assert "documents: 80 " in stdout
    assert len(doc_ids(out)) == 80
    assert b"080.txt" not in (out / "graph.ttl").read_bytes() and b"079.txt" in (out / "graph.ttl").read_bytes()


def test_file_names_that_slug_alike_are_two_documents(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a b.txt").write_text(seed_text(0), encoding="utf-8")
    (src / "a_b.txt").write_text(seed_text(1), encoding="utf-8")
    (src / "خبر (1).txt").write_text(seed_text(2), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "-q", "--no-ner"])
    assert result.exit_code == EXIT_OK, result.output
    ids = doc_ids(out)
    assert set(ids) == {"a b.txt", "a_b.txt", "خبر (1).txt"} and len(set(ids.values())) == 3
    assert ids["a_b.txt"] == str(doc_iri("a_b.txt")) and ids["a_b.txt"].endswith("/doc/a_b.txt")
    titles = kstore.query(out, "PREFIX dcterms: <http://purl.org/dc/terms/> "
                               "SELECT ?d (COUNT(?t) AS ?n) { ?d dcterms:title ?t } GROUP BY ?d")
    assert all(int(r["n"].value) == 1 for r in titles)  # no document with two titles


def test_two_names_on_one_document_iri_are_refused(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "a b.txt").write_text(seed_text(0), encoding="utf-8")
    taken = plain_name("a b.txt")  # a file named like the other's document IRI: made up, but possible
    assert taken != "a b.txt" and str(doc_iri(taken)) == str(doc_iri("a b.txt"))
    (src / taken).write_text(seed_text(1), encoding="utf-8")
    out = tmp_path / "out"
    result = runner.invoke(app, ["build", str(src / "a b.txt"), str(src / taken), "--out", str(out), "-q", "--no-ner"])
    assert result.exit_code == EXIT_PARTIAL, result.output
    skipped = [line for line in result.output.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 1 and taken in skipped[0] and "document IRI" in skipped[0], result.output
    assert set(doc_ids(out)) == {"a b.txt"}


def test_the_build_never_reads_its_own_outputs(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    for p in sorted(SEEDS.glob("*.txt"))[:2]:
        (folder / p.name).write_text(p.read_text(encoding="utf-8"), encoding="utf-8")
    for _ in range(2):  # the second build sees graph.html, graph.ttl, the store... in its input folder
        result = runner.invoke(app, ["build", str(folder), "--out", str(folder), "-q", "--no-ner"])
        assert result.exit_code == EXIT_OK, result.output
        assert "documents: 2 " in result.output and "skipped" not in result.output
    assert set(doc_ids(folder)) == {p.name for p in sorted(SEEDS.glob("*.txt"))[:2]}
    result = runner.invoke(app, ["build", str(folder / "graph.html"), "--out", str(folder), "-q"])
    assert result.exit_code == EXIT_ERROR and "is an output of the build" in result.output


def test_skip_reports_cannot_be_forged_by_a_file_name(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    (src / "good.txt").write_text(seed_text(0), encoding="utf-8")
    (src / "x\nskipped: fake.txt: injected.txt").write_bytes(b"")
    (src / "\u202eevil.txt").write_bytes(b"")
    result = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "o"), "-q", "--no-ner"])
    assert result.exit_code == EXIT_PARTIAL, result.output
    lines = result.output.splitlines()
    skipped = [line for line in lines if line.startswith("skipped:")]
    assert len(skipped) == 2, result.output
    assert any("x\\nskipped: fake.txt: injected.txt: empty file" in line for line in skipped)
    assert any("\\u202eevil.txt: empty file" in line for line in skipped)
    assert not any(line.startswith("skipped: fake.txt") for line in lines)


def test_workers_are_capped_at_articles_and_cpus(tmp_path: Path, monkeypatch) -> None:
    assert kbuild.worker_count(12, 5) <= min(5, os.cpu_count() or 1)
    assert kbuild.worker_count(12, 1) == 1 and kbuild.worker_count(1, 100) == 1 and kbuild.worker_count(0, 3) == 1
    pools: list[int] = []
    real = kbuild.ProcessPoolExecutor

    def spy(max_workers: int, **kwargs):
        pools.append(max_workers)
        return real(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(kbuild, "ProcessPoolExecutor", spy)
    files = sorted(SEEDS.glob("*.txt"))[:2]
    summary = kbuild.build(files, tmp_path / "o", workers=12, use_ner=False, view=False)
    assert summary.documents == 2
    assert all(n <= 2 for n in pools)


# -- same input, same graph whatever the process's string hashing ------------------------------

# invented: a place with an English label, a group kind, bodies, unnamed sources and several statements
HASH_SEED_TEXT = """\
باريس - قال وزير الخارجية الفرنسي في باريس إن القوى الكبرى تدعم الاتفاق النووي مع إيران، مضيفا أن الحكومة الإيرانية لم ترد بعد على المقترح الأخير.

من جهتها، رحبت الأمم المتحدة بالاتفاق، وقال المتحدث باسم المنظمة إن الأمين العام يأمل في تنفيذه سريعا.

وانتقد مسؤولون في طهران موقف واشنطن، واتهموا الولايات المتحدة بعرقلة المفاوضات، فيما قالت مصادر دبلوماسية إن القوى الكبرى ستجتمع الأسبوع المقبل في باريس.
"""


def test_the_graph_does_not_depend_on_the_hash_seed(tmp_path: Path) -> None:
    """Two builds of one text in processes with different PYTHONHASHSEED write the same bytes: no label,
    entity, statement or order comes from iterating a set or dict of strings (users diff builds)."""
    src = tmp_path / "in"
    src.mkdir()
    (src / "article.txt").write_text(HASH_SEED_TEXT, encoding="utf-8")
    builds = {}
    for seed in ("1", "2"):  # both at once: a few seconds in all
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(ROOT)}
        command = [sys.executable, "-m", "kgbuild.cli", "build", str(src), "--out", str(out), "-q"]
        builds[out] = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                       text=True)
    for out, proc in builds.items():
        _, stderr = proc.communicate(timeout=300)
        assert proc.returncode == EXIT_OK, stderr
    (a, b) = builds
    for name in ("graph.ttl", "graph.trig"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name
    assert (a / "graph.ttl").read_bytes().count(b"a kg:Statement") >= 3  # the text was read, not skipped
