"""Faults: bad input through the CLI, failed and killed builds, random Unicode into the extractor,
hostile clients at the endpoint, one-line errors (issue 7)."""
from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import unicodedata
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import quote

import pyoxigraph as ox
import pytest
import typer
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rdflib import Dataset
from typer.testing import CliRunner

from kgbuild import serve as srv
from kgbuild import store as S
from kgbuild.cli import EXIT_ERROR, EXIT_OK, EXIT_PARTIAL, app
from kgbuild.extract.document import extract_document
from kgbuild.rdf import add_document
from serving import Server, niced

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
KGBUILD = [sys.executable, "-m", "kgbuild.cli"]
EXPORTS = ("graph.ttl", "graph.trig", "graph.html")
COUNT = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"
AR = "قال الرئيس إن الوضع مستقر في البلاد وإن الحكومة ستعمل على حل الأزمة.\n"

runner = CliRunner()


def seed(i: int = 0) -> Path:
    return sorted(SEEDS.glob("*.txt"))[i]


def snapshot(out: Path) -> dict:
    """What a reader sees of a build: the store's link, its quads and the exports' bytes."""
    s = S.open_store(out)
    try:
        quads = sorted(str(q) for q in s)
    finally:
        S.close_store(s)
    return {"link": os.readlink(out / S.CURRENT_LINK), "quads": hashlib.sha256("\n".join(quads).encode()).hexdigest(),
            "n": len(quads), **{n: hashlib.sha256((out / n).read_bytes()).hexdigest() for n in EXPORTS}}


@pytest.fixture()
def previous(seed_build: Path, tmp_path: Path) -> Path:
    """An output folder holding a complete build of the seeds."""
    out = tmp_path / "out"
    shutil.copytree(seed_build, out, symlinks=True)
    return out


def one_line_error(result, *needles: str) -> str:
    """The result failed with exactly one 'error: ...' line (stderr is mixed into output)."""
    lines = [ln for ln in result.output.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1, result.output
    assert "Traceback" not in result.output
    for n in needles:
        assert n in lines[0], result.output
    return lines[0]


# -- bad input through `kgbuild build` -------------------------------------------------------


BAD_FILES = {  # name -> (bytes, reason printed on its line)
    "empty.txt": (b"", "empty file"),
    "binary.txt": (b"\x00\x01\x02\x03PK", "binary file"),
    "scan.txt": (b"%PDF-1.4\n%\xe2\xe3", "binary file (a PDF document)"),
    "cp1256.txt": (AR.encode("cp1256"), "not UTF-8"),
    "latin1.txt": ("Le président a déclaré".encode("latin-1"), "not UTF-8"),
    "utf16-nobom.txt": (("Reuters " + AR).encode("utf-16-le"), "UTF-16 without a byte order mark"),
    "english.txt": (b"Only Latin text in this file.\n", "no Arabic text"),
    "js.txt": ("Sorry, you need to enable JavaScript to visit this website.\nاقرأ أيضا: الرئيس\n".encode(),
               "only page boilerplate"),
    "blank.txt": (b"   \n\n", "no text"),
}


def mixed_folder(tmp_path: Path) -> Path:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(seed(0), src / "good one.txt")
    shutil.copy(seed(1), src / "خبر.txt")
    text = seed(3).read_text(encoding="utf-8")
    (src / "page.txt").write_text(f"<html><body><nav>menu</nav><p>{text}</p><script>x()</script></body></html>",
                                  encoding="utf-8")
    (src / "utf16.txt").write_bytes(seed(4).read_text(encoding="utf-8").encode("utf-16"))
    for name, (data, _) in BAD_FILES.items():
        (src / name).write_bytes(data)
    return src


def test_mixed_folder_builds_the_good_files_and_names_each_bad_one(tmp_path: Path) -> None:
    out = tmp_path / "o"
    result = runner.invoke(app, ["build", str(mixed_folder(tmp_path)), "--out", str(out), "--quiet"])
    assert result.exit_code == EXIT_PARTIAL, result.output
    lines = result.output.splitlines()
    for name, (_, reason) in BAD_FILES.items():
        mine = [ln for ln in lines if ln.startswith("skipped: ") and ln.split(": ")[1].endswith("/" + name)]
        assert len(mine) == 1 and reason in mine[0], (name, result.output)
    assert len([ln for ln in lines if ln.startswith("skipped: ")]) == len(BAD_FILES)
    assert any("page.txt: HTML page: markup stripped" in ln for ln in lines if ln.startswith("note: "))
    assert any("utf16.txt: decoded from UTF-16" in ln for ln in lines if ln.startswith("note: "))
    assert "documents: 4 " in result.output and "Traceback" not in result.output
    r = S.query(out, "PREFIX kg: <https://w3id.org/kgbuild/ontology#> SELECT (COUNT(*) AS ?n) { ?s a kg:Statement }")
    assert int(next(iter(r))["n"].value) > 20
    for name in EXPORTS:
        assert (out / name).stat().st_size > 1000


def test_all_good_is_exit_0(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(seed(0)), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == EXIT_OK and "documents: 1 " in result.output


@pytest.mark.parametrize("case, message", [
    ("missing", "no such file or folder"),
    ("empty folder", "folder has no .txt or .html files"),
    ("no txt", "folder has no .txt or .html files"),
    ("all bad", "nothing to build: no usable article"),
    ("out is a file", "exists and is not a folder"),
])
def test_nothing_usable_is_exit_1_and_keeps_the_previous_build(previous: Path, tmp_path: Path, case: str,
                                                              message: str) -> None:
    before = snapshot(previous)
    src, out = tmp_path / "src", previous
    if case != "missing":
        src.mkdir()
    if case == "no txt":
        (src / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    elif case == "all bad":
        for name, (data, _) in BAD_FILES.items():
            (src / name).write_bytes(data)
    elif case == "out is a file":
        shutil.copy(seed(0), src / "a.txt")
        out = previous / "graph.ttl"
    result = runner.invoke(app, ["build", str(src), "--out", str(out), "--quiet"])
    assert result.exit_code == EXIT_ERROR, result.output
    one_line_error(result, message)
    if case == "all bad":  # the reasons of the first files are in the one line
        assert "empty.txt: empty file" in result.output or "binary.txt: binary file" in result.output
    assert snapshot(previous) == before
    assert not list(previous.glob(".build-*")) and not list(previous.glob(f"{S.BUILDS_DIR}/tmp-*"))


def test_extractor_crash_on_one_document_skips_it_with_one_line(
        previous: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kgbuild.build as B

    before = snapshot(previous)
    calls = {"n": 0}
    real = B.extract_document

    def flaky(nlp, doc_id, text):
        calls["n"] += 1
        if calls["n"] == 3:
            raise IndexError("simulated extractor bug")
        return real(nlp, doc_id, text)

    def batch_fails(nlp, items):
        raise IndexError("simulated extractor bug")  # a batch fails: retried one article at a time

    monkeypatch.setattr(B, "extract_document", flaky)
    monkeypatch.setattr(B, "extract_documents", batch_fails)
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(previous), "--quiet"])
    # one document the extractor fails on is skipped and named; the others are built
    assert result.exit_code == EXIT_PARTIAL, result.output
    failed = [ln for ln in result.output.splitlines() if "extraction failed" in ln]
    assert len(failed) == 1 and "IndexError: simulated extractor bug" in failed[0] and "Traceback" not in result.output
    assert "documents: 4" in result.output
    assert not list(previous.glob(".build-*"))
    # --debug: the exception itself comes through
    calls["n"] = 0
    result = runner.invoke(app, ["--debug", "build", str(SEEDS), "--out", str(previous), "--quiet"])
    assert isinstance(result.exception, IndexError)


def test_failed_export_leaves_all_exports_of_the_previous_build(previous: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import kgbuild.viz as V

    before = snapshot(previous)

    def broken(*a, **kw):
        raise OSError(28, "No space left on device", str(previous / "graph.html"))

    monkeypatch.setattr(V, "write_view", broken)
    result = runner.invoke(app, ["build", str(seed(0)), "--out", str(previous), "--quiet"])
    assert result.exit_code == EXIT_ERROR
    one_line_error(result, "graph.html: No space left on device")
    after = snapshot(previous)
    assert {n: after[n] for n in EXPORTS} == {n: before[n] for n in EXPORTS}
    assert not [p for p in previous.iterdir() if p.name.startswith((".graph", "graph.")) and p.name not in EXPORTS]


def test_next_build_removes_a_killed_builds_temporary_files(tmp_path: Path) -> None:
    out = tmp_path / "o"
    (out / S.BUILDS_DIR / "tmp-20250101T000000-dead").mkdir(parents=True)
    (out / S.BUILDS_DIR / "tmp-20250101T000000-dead" / "build.nq").write_text("<a:b> <a:b> <a:b> .\n")
    # and what builds of the older layout left in the folder itself (issue 14, row 13)
    for name in (".build-deadbeef.nq", "..graph.trig.part-1a2b.tmp-3c4d", ".graph.ttl.part-1a2b"):
        (out / name).write_bytes(b"x" * 1000)
    result = runner.invoke(app, ["build", str(seed(0)), "--out", str(out), "--quiet"])
    assert result.exit_code == EXIT_OK, result.output
    assert sorted(p.name for p in out.iterdir() if p.name.startswith(".")) == [S.BUILDS_DIR, S.CURRENT_LINK]
    assert not list((out / S.BUILDS_DIR).glob("tmp-*"))


def test_sigkill_mid_build_leaves_the_previous_build(previous: Path, tmp_path: Path) -> None:
    src = tmp_path / "many"
    src.mkdir()
    seeds = sorted(SEEDS.glob("*.txt"))
    for i in range(200):
        shutil.copy(seeds[i % len(seeds)], src / f"{i:03d}_{seeds[i % len(seeds)].name}")
    before = snapshot(previous)
    proc = subprocess.Popen(KGBUILD + ["build", str(src), "--out", str(previous), "--quiet"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    try:
        while time.monotonic() < deadline and proc.poll() is None:  # extracting: documents written
            tmp = list(previous.glob(f"{S.BUILDS_DIR}/tmp-*/build.nq"))
            if tmp and tmp[0].exists() and tmp[0].stat().st_size > 0:
                break
            time.sleep(0.02)
        assert proc.poll() is None, "the build ended before it could be killed: " + proc.stderr.read().decode()
        time.sleep(0.5)
        proc.send_signal(signal.SIGKILL)
    finally:
        proc.kill()
        proc.wait()
    assert proc.returncode == -signal.SIGKILL
    assert snapshot(previous) == before  # same store (answers the same quads) and the same exports
    # a new build in the same folder succeeds
    result = runner.invoke(app, ["build", str(seed(0)), "--out", str(previous), "--quiet"])
    assert result.exit_code == EXIT_OK, result.output
    assert "documents: 1 " in result.output
    assert snapshot(previous)["n"] < before["n"]
    assert not [p for p in (previous / S.GEN_DIR).iterdir() if p.name.startswith("tmp-")]


DCTERMS_ID = "http://purl.org/dc/terms/identifier"


def _ids_in_rdf(path: Path, fmt: ox.RdfFormat) -> set[str]:
    return {q.object.value for q in ox.parse(path=str(path), format=fmt) if q.predicate.value == DCTERMS_ID}


def _published(out: Path, markers: list[str]) -> dict[str, set[str]]:
    """The marker articles each of store, graph.ttl, graph.trig and graph.html holds."""
    s = S.open_store(out)
    try:
        in_store = {r["id"].value for r in s.query(f"SELECT ?id {{ ?d <{DCTERMS_ID}> ?id }}",
                                                   use_default_graph_as_union=True)}
    finally:
        S.close_store(s)
    html = (out / "graph.html").read_text(encoding="utf-8")
    found = {
        "store": in_store,
        "graph.ttl": _ids_in_rdf(out / "graph.ttl", ox.RdfFormat.TURTLE),
        "graph.trig": _ids_in_rdf(out / "graph.trig", ox.RdfFormat.TRIG),
        "graph.html": {m for m in markers if m in html},
    }
    return {k: {m for m in v if m in markers} for k, v in found.items()}


def test_builds_killed_at_random_instants_never_half_publish(tmp_path: Path) -> None:
    """30 builds SIGKILLed at random instants: uniformly over a build's run, and (every third one) at
    the moment its store is staged and its exports are being written. Each build has its own marker
    article; afterwards store, graph.ttl, graph.trig and graph.html always hold the same one (the
    previous build's or the killed one's), and a build then succeeds. Builds are forked from a
    process that imported spaCy once, so that each starts at once."""
    import random

    from kgbuild.build import build

    src, out = tmp_path / "in", tmp_path / "out"
    src.mkdir()
    shutil.copy(seed(0), src / "base.txt")
    marker_text = seed(1).read_text(encoding="utf-8")
    markers = [f"m{i:02d}.txt" for i in range(31)]

    # builds run in processes forked by a fork server that imported kgbuild (and spaCy) once and has
    # never opened a store: a process that has (like this one) cannot be forked safely, RocksDB's
    # background threads do not survive the fork
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["kgbuild.build", "kgbuild.viz", "kgbuild.export"])

    def run_build(i: int, kill_after: float | None = None, at_staged_store: bool = False) -> int:
        for old in src.glob("m*.txt"):
            old.unlink()
        (src / markers[i]).write_text(marker_text, encoding="utf-8")
        proc = ctx.Process(target=build, args=([src], out), kwargs={"use_ner": False})
        proc.start()
        if at_staged_store:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline and proc.exitcode is None:
                if list(out.glob(f"{S.BUILDS_DIR}/tmp-*/store/CURRENT")):
                    break
                time.sleep(0.001)
        elif kill_after is not None:
            proc.join(kill_after)
        if kill_after is not None or at_staged_store:
            proc.kill()
        proc.join(120)
        assert proc.exitcode is not None, "a build did not end"
        return proc.exitcode

    t0 = time.monotonic()
    assert run_build(0) == 0
    duration = time.monotonic() - t0
    rng = random.Random(14)
    outcomes = []
    for i in range(1, 31):
        staged = i % 3 == 0
        code = run_build(i, kill_after=None if staged else rng.uniform(0, duration * 1.1), at_staged_store=staged)
        got = _published(out, markers)
        assert len({frozenset(v) for v in got.values()}) == 1, (i, code, got)  # one build, whole
        assert len(got["store"]) == 1 and got["store"] <= {markers[i], *markers[:i]}, (i, got)
        if code == 0:
            assert got["store"] == {markers[i]}
        outcomes.append((code, markers[i] in got["store"]))
    assert any(code == -signal.SIGKILL and not new for code, new in outcomes)  # some died before publishing
    # a build after all that succeeds and leaves nothing of the killed ones
    assert run_build(30) == 0 and _published(out, markers)["graph.html"] == {markers[30]}
    assert not list(out.glob(f"{S.BUILDS_DIR}/tmp-*")) and not list(out.glob(f"{S.BUILDS_DIR}/trash-*"))
    assert len([p for p in (out / S.BUILDS_DIR).iterdir() if p.is_dir()]) == 1


# -- errors are one line; --debug shows the traceback ----------------------------------------


def test_debug_shows_the_traceback_and_otherwise_one_line(seed_build: Path) -> None:
    plain = subprocess.run(KGBUILD + ["query", "SELEC", "--store", str(seed_build)], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert plain.returncode == EXIT_ERROR
    assert plain.stderr.strip().count("\n") == 0 and plain.stderr.startswith("error: malformed query")
    debug = subprocess.run(KGBUILD + ["--debug", "query", "SELEC", "--store", str(seed_build)], cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert debug.returncode != 0
    assert "Traceback" in debug.stderr and "StoreError" in debug.stderr


@pytest.mark.parametrize("args, message", [
    (["query", "ASK {{}}", "--store", "{tmp}/nowhere"], "no kgbuild store"),
    (["query", "{tmp}/q.rq", "--store", "{store}"], "no such query file"),
    (["query", "{tmp}/latin1.rq", "--store", "{store}"], "latin1.rq: not UTF-8"),
    (["export", "--store", "{store}", "--out", "{tmp}"], ": Is a directory"),
    (["viz", "--store", "{store}", "--out", "{tmp}"], ": Is a directory"),
    (["validate", "--store", "{tmp}"], "no kgbuild store"),
    (["serve", "--store", "{tmp}"], "no kgbuild store"),
    (["push", "--to", "http://127.0.0.1:9/store", "--store", "{tmp}"], "no kgbuild store"),
    (["train-ner", "--data", "{tmp}/none"], "no such folder"),
])
def test_user_errors_are_one_line(seed_build: Path, tmp_path: Path, args: list[str], message: str) -> None:
    (tmp_path / "q.rq").mkdir()  # a folder where a query file is expected
    (tmp_path / "latin1.rq").write_bytes("SELECT * { ?s ?p \"été\" }".encode("latin-1"))
    argv = [a.format(tmp=tmp_path, store=seed_build) for a in args]
    result = runner.invoke(app, argv)
    assert result.exit_code == EXIT_ERROR, result.output
    one_line_error(result, message)


def test_a_bug_is_one_line_too(monkeypatch: pytest.MonkeyPatch, seed_build: Path) -> None:
    import kgbuild.store as st

    monkeypatch.setattr(st, "format_result", lambda *a: {}["boom"])
    result = runner.invoke(app, ["query", "ASK {}", "--store", str(seed_build)])
    assert result.exit_code == EXIT_ERROR
    one_line_error(result, "internal error: KeyError", "--debug")


# -- the extractor on random Unicode ---------------------------------------------------------

_WORDS = ["قال", "وقال", "أكد", "أعلن", "نفى", "حذر", "الرئيس", "قاسم جومارت توكاييف", "إن", "أن", "الأمم المتحدة",
          "كازاخستان", "وزير الخارجية الروسي", "المحتجين", "بحسب", "وكالة", "رويترز", "لـ", "بـ", "و", "ال"]
_PIECE = st.one_of(
    st.sampled_from(_WORDS),
    st.characters(min_codepoint=0x0621, max_codepoint=0x064A),        # letters
    st.characters(min_codepoint=0x064B, max_codepoint=0x065F),        # harakat and other marks
    st.sampled_from(["\u0640", "\u0670", "\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e",
                     "\u2066", "\u2067", "\u2068", "\u2069", "\u200c", "\u200d", "\ufeff",
                     '"', "“", "”", "«", "»", "'", "‘", "’", "،", "؛", "؟", ".", ":", "!", "(", ")", "-",
                     "\n", "\n\n", "\r\n", "\u2028", "\x00", "\t", " ", " ", " "]),
    st.text(alphabet="0123456789٠١٢٣٤٥٦٧٨٩", min_size=1, max_size=4),
    st.text(alphabet="abcXYZ Sorry JavaScript", min_size=1, max_size=8),
)
_TEXT = st.lists(_PIECE, max_size=120).map("".join)
_CONTENT = st.lists(st.one_of(st.sampled_from(["الوضع", "مستقر", "في", "البلاد", "الحكومة", "ستعمل", "على", "حل",
                                                "الأزمة", "المحتجين", "روسيا", "كازاخستان", "قوات"]), _PIECE),
                    min_size=3, max_size=15).map(" ".join)
_SENTENCE = st.tuples(st.sampled_from(["قال ", "وأكد ", "أعلن ", "ونفى "]),
                      st.sampled_from(["الرئيس الكازاخستاني قاسم جومارت توكاييف", "المتحدث نيد برايس", "المحتجون",
                                       "وزير الخارجية الروسي سيرغي لافروف"]),
                      st.sampled_from([" إن ", ": ", " «", ' "', " “", " أن "]), _CONTENT,
                      st.sampled_from(["»", '"', "”", "", "."]), _TEXT).map("".join)


def _letters(s: str) -> str:
    """The letters of s: what a mention's text keeps of its span (marks and controls may go; a letter
    and a combining hamza may be written composed, "و" + U+0654 as "ؤ", in the NFC display form)."""
    return "".join(c for c in unicodedata.normalize("NFD", s)
                   if c.isalnum() and c != "\u0640" and not unicodedata.category(c).startswith("M"))


def _check_extraction(nlp, text: str) -> None:
    rec = extract_document(nlp, "random.txt", text)
    n = len(text)
    for s in rec.statements:
        for span in (s.cue_span, s.quote_span, s.sentence_span, s.speaker_span):
            if span is not None:
                assert 0 <= span[0] <= span[1] <= n, (span, n)
        assert text[s.cue_span[0]:s.cue_span[1]] != "" or s.cue_span[0] == s.cue_span[1]
    for ent in rec.entities.values():
        for m in ent.mentions:
            assert 0 <= m.start < m.end <= n, (m, n)
            assert _letters(text[m.start:m.end]) == _letters(m.text), (m, text[m.start:m.end])
    ds = Dataset()
    add_document(ds, rec)
    data = ds.serialize(format="nquads", encoding="utf-8")
    quads = list(ox.parse(data, format=ox.RdfFormat.N_QUADS))
    assert quads


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(text=st.one_of(_TEXT, st.lists(_SENTENCE, min_size=1, max_size=3).map("\n".join)))
@example(text="قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن الوضع مستقر وو\u0654")  # no name word left
@example(text="قال الرئيس الكازاخستاني قاسم جومارت توكاييفو\u0654 إن الوضع مستقر")  # a combining hamza
@example(text="قال الرئيس الكازاخستاني قاسم جومارت توكاييف إن الوضع الوضع الحكومة»")  # a head and a nisba at the end
@example(text="توكاييف الوضع الوضع ولد إن ،")  # a comma that ends the text after a name
@example(text="الوضع ورد")  # a verb that may be "it appeared" as the last word
@example(text="الشيخ قاسم جومارت توكاييف قال، أكد")  # a royal title that opens the text before a name
@example(text="قال الرئيس إن الوضع هادئ في منطقة")  # a place head as the last word
def test_extractor_never_crashes_on_random_unicode(nlp, text: str) -> None:
    _check_extraction(nlp, text)


# -- the endpoint ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def endpoint_server(tmp_path_factory: pytest.TempPathFactory):
    from kgbuild.build import build

    out = tmp_path_factory.mktemp("faults_serve")
    build([seed(0)], out, view=False)
    server = Server(out, "--timeout", "2", "--max-body", "10000")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def endpoint(endpoint_server: Server) -> str:
    return endpoint_server.base


def call(url: str, data: bytes | None = None, headers: dict | None = None, method: str | None = None,
         timeout: float = 30) -> tuple[int, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return r.status, r.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def count(base: str) -> int:
    status, body = call(f"{base}/sparql?query={quote(COUNT)}")
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


@pytest.mark.parametrize("q, status, needle", [
    ("SELECT * WHERE { ?s ?p ", 400, b"malformed query"),
    ("SELEC ?x", 400, b"malformed query"),
    ("SELECT * { ?s ?p \x00 }", 400, b"malformed query"),
    ("SELECT * { ?s ?p \"\u202eقال\" ", 400, b"malformed query"),
    ("ASK { ?s ?p ?o } LIMIT -1", 400, b"malformed query"),
])
def test_malformed_queries_get_400_with_a_message(endpoint: str, q: str, status: int, needle: bytes) -> None:
    got, body = call(f"{endpoint}/sparql?query={quote(q)}")
    assert got == status and needle in body, body
    assert count(endpoint) > 0


def test_deeply_nested_query_does_not_take_the_server_down(endpoint: str) -> None:
    q = "SELECT * WHERE " + "{ " * 2000 + "?s ?p ?o " + "} " * 2000  # 8 KB, under --max-body
    status, body = call(f"{endpoint}/sparql", q.encode(), {"Content-Type": "application/sparql-query"})
    assert status == 400 and body.startswith(b"query too deeply nested") and body.count(b"\n") == 1
    for _ in range(3):
        assert count(endpoint) > 0


def test_not_utf8_and_bad_requests(endpoint: str) -> None:
    status, body = call(f"{endpoint}/sparql", b"SELECT * { ?s ?p \"\xe9\" }", {"Content-Type": "application/sparql-query"})
    assert status == 400 and b"UTF-8" in body
    status, _ = call(f"{endpoint}/sparql?query=ASK%7B%7D&query=ASK%7B%7D")
    assert status == 400
    status, _ = call(f"{endpoint}/nowhere")
    assert status == 404
    assert count(endpoint) > 0


def test_oversized_body_url_and_chunked_body(endpoint: str) -> None:
    big = b"ASK {} #" + b"x" * 20_000
    status, body = call(f"{endpoint}/sparql", big, {"Content-Type": "application/sparql-query"})
    assert status == 413 and b"over 10000 bytes" in body
    status, _ = call(f"{endpoint}/sparql?query={quote('ASK {} #' + 'x' * 70_000)}")
    assert status in (413, 414)

    # a chunked body over the limit: 413 (or the connection closed on the rest of the body)
    host, port = endpoint.rsplit("/", 1)[1].split(":")
    chunk = b"3e8\r\n#" + b"x" * 999 + b"\r\n"
    with socket.create_connection((host, int(port)), timeout=30) as sock:
        sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/sparql-query\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n" + chunk * 12)
        try:
            head = sock.recv(4096)
        except ConnectionResetError:
            head = b""
    assert head.startswith(b"HTTP/1.1 413") or head == b"", head
    assert count(endpoint) > 0


def test_unsupported_function_is_answered_and_server_keeps_serving(endpoint: str) -> None:
    q = "PREFIX x: <http://x/> SELECT * { ?s ?p ?o . FILTER(x:undefined(?o)) }"
    status, body = call(f"{endpoint}/sparql?query={quote(q)}")
    assert status in (400, 500) and b"not supported" in body  # 400 would be better: the client's mistake
    assert count(endpoint) > 0


def test_updates_refused_in_every_spelling_and_data_unchanged(endpoint: str) -> None:
    before = count(endpoint)
    for upd in ("# comment\nPREFIX ex: <http://example.com/>\nDELETE WHERE { ?s ?p ?o }",
                "load <file:///etc/passwd>", "CLEAR ALL", "  drop   silent graph <urn:x>",
                "WITH <urn:g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }"):
        status, body = call(f"{endpoint}/sparql?query={quote(upd)}")
        assert status == 403 and b"read-only" in body, upd
        status, _ = call(f"{endpoint}/sparql?update={quote(upd)}")
        assert status == 403
    for method in ("PUT", "DELETE", "PATCH"):
        status, _ = call(f"{endpoint}/sparql", b"<a:b> <a:b> <a:b> .", {"Content-Type": "application/n-triples"},
                         method=method)
        assert status == 405
    assert count(endpoint) == before


def test_fifty_concurrent_clients_are_all_answered(endpoint: str) -> None:
    expected = count(endpoint)
    queries = [COUNT, "ASK { ?s ?p ?o }", "SELECT ?s { ?s ?p ?o } LIMIT 5", "SELEC broken"]

    def client(i: int) -> tuple[int, int, bytes]:
        q = queries[i % len(queries)]
        status, body = call(f"{endpoint}/sparql?query={quote(q)}", timeout=60)
        return i, status, body

    with ThreadPoolExecutor(50) as pool:
        results = list(pool.map(client, range(50)))
    assert len(results) == 50
    for i, status, body in results:
        if i % 4 == 3:
            assert status == 400
        else:
            assert status == 200, (i, status, body)
        if i % 4 == 0:
            assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected
    assert count(endpoint) == expected


def count_seconds(base: str) -> float:
    t0 = time.monotonic()
    assert count(base) > 0
    return time.monotonic() - t0


def test_slow_query_is_stopped_while_a_simple_one_answers(endpoint_server: Server) -> None:
    endpoint = endpoint_server.base
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    # a count's time on this machine now, nothing else running: the bound below is relative to it,
    # so a busy machine (a CI neighbour) does not fail it
    baseline = sorted(count_seconds(endpoint) for _ in range(3))[1]
    before = niced(endpoint_server.processes())  # slow processes of earlier tests may still be ending
    got: dict = {}
    t = threading.Thread(target=lambda: got.setdefault("slow", call(f"{endpoint}/sparql?query={quote(slow)}")))
    t.start()
    # wait until the slow query runs as slow (its process reniced to 19), not a fixed sleep that a
    # loaded machine may outlast before the query even starts
    deadline = time.monotonic() + 30
    while not niced(endpoint_server.processes()) - before:
        assert "slow" not in got, ("the slow query ended before it was seen running", got.get("slow"))
        assert time.monotonic() < deadline, "the slow query was not seen running as slow within 30 s"
        time.sleep(0.01)
    seconds = count_seconds(endpoint)  # answered beside the slow one, not after it
    assert seconds < 1.5 + 10 * baseline, (seconds, baseline)
    t.join(20)
    status, body = got["slow"]
    assert status == 503 and b"timed out" in body
    assert count(endpoint) > 0


def test_listens_on_localhost_by_default() -> None:
    assert srv.ServeSettings(Path("x")).host == "127.0.0.1"
    cmd = typer.main.get_command(app).commands["serve"]
    assert next(p for p in cmd.params if p.name == "host").default == "127.0.0.1"
