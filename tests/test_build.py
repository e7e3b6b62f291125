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
    real = kbuild.store.load_build

    def spy(out_dir, nquads, append=False, **kwargs):
        got["nq"] = Path(nquads).read_bytes()
        return real(out_dir, nquads, append=append, **kwargs)

    monkeypatch.setattr(kbuild.store, "load_build", spy)
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
