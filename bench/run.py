"""kgbuild speed and scale benchmark (issue 8): figures to bench/results.json and a short table.

    .venv/bin/python bench/run.py [--quick] [--sizes 1000,10000] [--sentences N] [--skip view,serve ...]

Steps (each result is a flat key in bench/results.json):

corpus      bench/corpus_gen.py: N articles of real Arabic sentences (seeds + ANERcorp), git-ignored
extract     words/s of the full pipeline (kgbuild.build.extract_batch, as a build runs it), of spaCy's
            blank Arabic tokenizer alone, of kgbuild's tokenizer and of the trained NER alone
            (kgbuild.ner.load_ner; null when the model is absent), on the same sample; a cProfile
            of the pipeline gives the extraction hotspots (share of time per function)
parallel    `kgbuild build --workers 1|2` on the smallest corpus (subprocesses, interleaved runs,
            medians) and the speed-up at 2 workers; both outputs must be byte-identical
memory      peak RSS of a build of each corpus size (the build process plus its workers, sampled
            from /proc every 50 ms; also the largest single process from /usr/bin/time)
load        the N-Quads of the largest build, replicated with renamed documents to >= 1M quads:
            kgbuild.store.load_build vs pyoxigraph Store.bulk_load of the same file (triples/s)
queries     p50/p99 of every queries/*.rq on the 1M-quad store: kgbuild.store.query, through
            `kgbuild serve` (started as users start it, HTTP) and on a pyoxigraph in-memory store
view        kgbuild.viz.write_view at max_nodes 200 and 2000 on the largest build, and on a generated
            network of 2,000 actors (bench/network_gen.py); each page's load time in headless
            Chromium (until its first picture is labelled: window.kgView.generation)

--quick (the default sizes 1k and 10k with 2-sentence articles, fewer repetitions) takes < 10 min on
2 cores. Machine load from other processes is recorded (load average) since it skews the timings.
"""
from __future__ import annotations

import argparse
import cProfile
import gc
import http.client
import json
import os
import pstats
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT))

import corpus_gen  # noqa: E402

RESULTS = ROOT / "bench" / "results.json"
CORPUS = ROOT / "bench" / "corpus"
KGBUILD = [sys.executable, "-m", "kgbuild.cli"] if not (Path(sys.executable).parent / "kgbuild").exists() \
    else [str(Path(sys.executable).parent / "kgbuild")]
CHROMIUM = "/usr/bin/chromium"
CHROME_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--no-first-run"]
KG = "https://w3id.org/kgbuild/ontology#"

R: dict = {}


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", flush=True)


def save() -> None:
    RESULTS.write_text(json.dumps(R, ensure_ascii=False, indent=1, sort_keys=False) + "\n", encoding="utf-8")


def med(xs: list[float]) -> float:
    return statistics.median(xs)


def pct(xs: list[float], q: float) -> float:
    s = sorted(xs)
    if len(s) == 1:
        return s[0]
    k = (len(s) - 1) * q
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


# ------------------------------------------------------------------------------------------ extract

def bench_extract(folder: Path, n_docs: int, reps: int) -> None:
    from kgbuild.extract.document import extract_document
    from kgbuild.pipeline import make_pipeline
    import spacy

    files = sorted(folder.rglob("*.txt"))[:n_docs]
    texts = [p.read_text(encoding="utf-8") for p in files]
    words = sum(len(t.split()) for t in texts)
    R["extract_sample_docs"], R["extract_sample_words"] = len(texts), words

    def rate(fn) -> float:
        times = []
        for _ in range(reps):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return words / med(times)

    from kgbuild.build import SERIAL_BATCH_SIZE, extract_batch

    nlp = make_pipeline()
    extract_document(nlp, "warm", texts[0])
    items = [(str(i), t) for i, t in enumerate(texts)]
    # as a one-process build runs it: batches of SERIAL_BATCH_SIZE articles through nlp.pipe
    R["extract_words_per_s"] = round(rate(lambda: [extract_batch(nlp, items[i:i + SERIAL_BATCH_SIZE])
                                                   for i in range(0, len(items), SERIAL_BATCH_SIZE)]))
    R["extract_words_per_s_one_by_one"] = round(rate(lambda: [extract_document(nlp, i, t) for i, t in items]))
    blank = spacy.blank("ar")
    blank.tokenizer(texts[0])
    R["tokenizer_words_per_s"] = round(rate(lambda: [blank.tokenizer(t) for t in texts]))
    from kgbuild.tokenizer import blank_arabic
    kgtok = blank_arabic()
    R["kgbuild_tokenizer_words_per_s"] = round(rate(lambda: [kgtok(t) for t in texts]))
    try:
        from kgbuild.ner import load_ner
        ner = load_ner()
        ner(texts[0])
        R["ner_words_per_s"] = round(rate(lambda: list(ner.pipe(texts, batch_size=64))))
        R["ner_model"] = "present"
    except FileNotFoundError:
        R["ner_words_per_s"] = None
        R["ner_model"] = "absent (kgbuild/models/ner_ar not trained yet): ner_words_per_s is null"
    # where the pipeline's time goes
    prof = cProfile.Profile()
    prof.enable()
    for i, t in enumerate(texts):
        extract_document(nlp, str(i), t)
    prof.disable()
    st = pstats.Stats(prof)
    total = sum(v[3] for k, v in st.stats.items() if k[2] == "extract_document")  # cumulative
    rows = []
    for (fname, line, func), (cc, nc, tt, ct, callers) in st.stats.items():
        if "kgbuild" in fname or "spacy/tokens/doc.pyx" in fname:
            short = fname.split("kgbuild/", 1)[-1] if "kgbuild" in fname else fname.split("site-packages/")[-1]
            rows.append((ct, tt, f"{short}:{line}({func})", nc))
    rows.sort(reverse=True)
    R["extract_hotspots"] = [
        {"function": name, "cumulative_share": round(ct / total, 3), "self_share": round(tt / total, 3), "calls": nc}
        for ct, tt, name, nc in rows[:14]]
    save()


# ------------------------------------------------------------------------------------------ builds

def _tree_rss_kb(pid: int) -> int:
    """RSS of pid and all its descendants (kB)."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
                        break
            for tid in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{tid}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            pass
    return total


def run_build(folder: Path | list[Path], out: Path, workers: int) -> dict:
    """`kgbuild build` as a subprocess: wall seconds, peak tree RSS, largest process RSS."""
    shutil.rmtree(out, ignore_errors=True)
    timefile = out.parent / (out.name + ".time")
    inputs = [str(x) for x in (folder if isinstance(folder, list) else [folder])]
    cmd = KGBUILD + ["build", *inputs, "--out", str(out), "-q", "--workers", str(workers)]
    if Path("/usr/bin/time").exists():
        cmd = ["/usr/bin/time", "-f", "%M %U %S", "-o", str(timefile)] + cmd
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, own_cpu = 0, 0.0
    tick = os.sysconf("SC_CLK_TCK")
    while proc.poll() is None:
        peak = max(peak, _tree_rss_kb(proc.pid))
        try:  # the build process itself (child of /usr/bin/time): its own CPU time, workers excluded
            with open(f"/proc/{proc.pid}/task/{proc.pid}/children") as f:
                kids = f.read().split()
            pid = int(kids[0]) if kids and cmd[0] == "/usr/bin/time" else proc.pid
            with open(f"/proc/{pid}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            own_cpu = (int(fields[11]) + int(fields[12])) / tick
        except (OSError, IndexError, ValueError):
            pass
        time.sleep(0.05)
    wall = time.perf_counter() - t0
    out_s, err_s = proc.communicate()
    if proc.returncode not in (0, 3):
        raise RuntimeError(f"build failed ({proc.returncode}): {err_s[-2000:]}")
    single = cpu = None
    if timefile.exists():
        try:
            rss, user, sys_s = timefile.read_text().strip().splitlines()[-1].split()
            single, cpu = int(rss) / 1024, float(user) + float(sys_s)
        except ValueError:
            pass
        timefile.unlink()
    m = re.search(r"documents: (\d+).*triples: (\d+)", out_s)
    return {"wall_s": wall, "cpu_s": cpu, "own_cpu_s": own_cpu, "peak_tree_rss_mb": peak / 1024, "max_process_rss_mb": single,
            "documents": int(m.group(1)) if m else None, "triples": int(m.group(2)) if m else None}


def bench_parallel(folder: Path | list[Path], pairs: int, words: int) -> dict:
    runs: dict[int, list[dict]] = {1: [], 2: []}
    outs = {w: CORPUS / f"out_par_w{w}" for w in (1, 2)}
    for k in range(pairs):
        for w in ((1, 2) if k % 2 == 0 else (2, 1)):
            r = run_build(folder, outs[w], w)
            log(f"  build --workers {w}: {r['wall_s']:.1f} s, peak {r['peak_tree_rss_mb']:.0f} MB")
            runs[w].append(r)
    same = (outs[1] / "graph.trig").read_bytes() == (outs[2] / "graph.trig").read_bytes()
    t1, t2 = med([r["wall_s"] for r in runs[1]]), med([r["wall_s"] for r in runs[2]])
    c1 = med([r["cpu_s"] for r in runs[1]]) if all(r["cpu_s"] for r in runs[1]) else None
    c2 = med([r["cpu_s"] for r in runs[2]]) if all(r["cpu_s"] for r in runs[2]) else None
    p2 = med([r["own_cpu_s"] for r in runs[2]]) if all(r["own_cpu_s"] for r in runs[2]) else None
    R.update({
        "parallel_corpus_docs": runs[1][0]["documents"], "parallel_corpus_words": words,
        "build_seconds_1_worker": round(t1, 2), "build_seconds_2_workers": round(t2, 2),
        "build_words_per_s_1_worker": round(words / t1), "build_words_per_s_2_workers": round(words / t2),
        "speedup_2_workers": round(t1 / t2, 2), "parallel_runs_each": pairs,
        "build_cpu_seconds_1_worker": c1, "build_cpu_seconds_2_workers": c2,
        "build_parent_cpu_seconds_2_workers": p2,
        # what 2 idle cores would give (the machine is shared): CPU time of the 1-worker build over
        # parent CPU + workers' CPU / 2 of the 2-worker build (an upper bound of its wall time)
        "speedup_2_workers_idle_estimate": round(c1 / (p2 + (c2 - p2) / 2), 2) if c1 and c2 and p2 else None,
        "parallel_output_identical": same,
    })
    save()
    return runs[2][0]


# ------------------------------------------------------------------------------------------ load

DOC_RE = re.compile(rb"/resource/(doc|statement)/")
ID_LINE = b"<http://purl.org/dc/terms/identifier> \""


ENTITY_GRAPH_END = b" <https://w3id.org/kgbuild/resource/graph/entities> ."


def replicate(src: Path, dest: Path, target_quads: int) -> int:
    """Copies of the N-Quads in `src` with renamed documents and statements until >= target quads.

    The article graphs are copied (more articles mentioning the same entities); the entity graph
    (kgbuild.rdf.ENTITY_GRAPH: one description per entity) is written once, as a build of all the
    copies would write it. Returns the number of quads written (all distinct)."""
    lines = src.read_bytes().splitlines(keepends=True)
    articles = [line for line in lines if not line.rstrip().endswith(ENTITY_GRAPH_END)]
    n = 0
    with open(dest, "wb") as f:
        k = 0
        while n < target_quads:
            if k == 0:
                f.writelines(lines)
                n += len(lines)
            else:
                tag = b"c%d-" % k
                for line in articles:
                    line = DOC_RE.sub(rb"/resource/\1/" + tag, line)
                    if ID_LINE in line:
                        line = line.replace(ID_LINE, ID_LINE + tag, 1)
                    f.write(line)
                n += len(articles)
            k += 1
    return n


def bench_load(nq: Path, quads: int, reps: int) -> None:
    import pyoxigraph as ox

    from kgbuild import store

    ks, ps = [], []
    for _ in range(reps):
        d = Path(tempfile.mkdtemp(dir=CORPUS, prefix="load-kg-"))
        gc.collect()
        t0 = time.perf_counter()
        store.load_build(d, nq)
        ks.append(time.perf_counter() - t0)
        shutil.rmtree(d)
        d = Path(tempfile.mkdtemp(dir=CORPUS, prefix="load-ox-"))
        gc.collect()
        t0 = time.perf_counter()
        s = ox.Store(str(d / "store"))
        s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
        s.flush()
        del s
        ps.append(time.perf_counter() - t0)
        shutil.rmtree(d)
    R["load_quads"] = quads
    R["load_triples_per_s"] = round(quads / med(ks))
    R["pyoxigraph_load_triples_per_s"] = round(quads / med(ps))
    R["load_vs_pyoxigraph"] = round(med(ps) / med(ks), 2)
    save()


# ------------------------------------------------------------------------------------------ queries

def _queries(mem, pattern: str = "") -> list[tuple[str, str, str]]:
    """(name, kind, sparql) for the stock queries/*.rq, parameters bound to entities that exist: the
    target with the most statements (worst case) and one with the median number."""
    counts = [(int(s["n"].value), s["l"].value) for s in mem.query(
        f"""PREFIX kg: <{KG}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
        SELECT ?l (COUNT(DISTINCT ?s) AS ?n) {{ ?s kg:about ?t . ?t rdfs:label ?l FILTER(lang(?l) = "ar") }}
        GROUP BY ?l ORDER BY DESC(?n) ?l""", use_default_graph_as_union=True)]
    top = counts[0] if counts else (0, "روسيا")
    median = counts[len(counts) // 2] if counts else top
    R["query_entity_label"], R["query_entity_statements"] = top[1], top[0]
    R["query_entity_median_label"], R["query_entity_median_statements"] = median[1], median[0]
    out = []
    for p in sorted((ROOT / "queries").glob("*.rq")):
        text = p.read_text(encoding="utf-8")
        if "# param:" in text:
            kind = "entity"
            for suffix, (_, name) in (("", top), ("_median_entity", median)):
                bound = re.sub(r'COALESCE\((\?\w+), "[^"]*"\)',
                               lambda m: f"COALESCE({m.group(1)}, {json.dumps(name, ensure_ascii=False)})", text)
                out.append((p.stem + suffix, kind, bound))
            continue
        kind = "aggregation" if re.search(r"GROUP\s+BY", text, re.I) else "listing"
        out.append((p.stem, kind, text))
    return [q for q in out if re.search(pattern, q[0])]


def _time_query(fn, max_reps: int, budget_s: float, report=None) -> list[float]:
    times: list[float] = []
    t_end = time.perf_counter() + budget_s
    fn()  # warm
    if report:
        report("W")
    while len(times) < max_reps and (len(times) < 3 or time.perf_counter() < t_end):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
        if report:
            report(f"T {times[-1]}")
    return times


def _forked(fn, cap_s: float) -> dict:
    """Run fn(report) in a forked child, which reports each execution; an execution that runs longer
    than cap_s gets the child killed ({"timeout": cap_s, "times": those done}). Oxigraph cannot
    interrupt a query from Python, so a runaway query is stopped by killing its process."""
    import select
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        os.close(r)
        try:
            out = json.dumps({"ok": fn(lambda line: os.write(w, (line + "\n").encode()))})
        except BaseException as e:  # noqa: BLE001
            out = json.dumps({"error": f"{type(e).__name__}: {e}"[:500]})
        os.write(w, ("R " + out + "\n").encode())
        os._exit(0)
    os.close(w)
    buf, times, deadline = b"", [], time.monotonic() + cap_s
    result = None
    while result is None:
        left = deadline - time.monotonic()
        ready = select.select([r], [], [], max(0.0, left))[0] if left > 0 else []
        if not ready:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
            os.close(r)
            return {"timeout": cap_s, "times": times}
        data = os.read(r, 1 << 20)
        if not data:
            result = {"error": "child died"}
            break
        buf += data
        while b"\n" in buf:
            line, buf = buf.split(b"\n", 1)
            if line.startswith(b"R "):
                result = json.loads(line[2:])
            else:
                deadline = time.monotonic() + cap_s
                if line.startswith(b"T "):
                    times.append(float(line[2:]))
    os.close(r)
    os.waitpid(pid, 0)
    return result


def _record(name: str, where: str, got: dict) -> str:
    if "ok" in got:
        ts = got["ok"]["times"]
        R[f"query_{name}_{where}_p50_ms"] = round(pct(ts, 0.5) * 1000, 1)
        R[f"query_{name}_{where}_p99_ms"] = round(pct(ts, 0.99) * 1000, 1)
        R[f"query_{name}_{where}_n"] = len(ts)
        if got["ok"].get("rows") is not None:
            R[f"query_{name}_rows"] = got["ok"]["rows"]
        return f"{where} p50 {pct(ts, .5) * 1000:.0f} ms"
    if got.get("times"):  # stopped after some executions: keep those (p50 is then a lower bound)
        R[f"query_{name}_{where}_completed_runs_before_stop"] = len(got["times"])
    R[f"query_{name}_{where}_p50_ms"] = R[f"query_{name}_{where}_p99_ms"] = None
    if "timeout" in got:
        R[f"query_{name}_{where}_timeout_s"] = got["timeout"]
        return f"{where} > {got['timeout']:.0f} s (stopped)"
    R[f"query_{name}_{where}_error"] = got.get("error")
    return f"{where} error {got.get('error')}"


def bench_queries(store_dir: Path, nq: Path, max_reps: int, budget_s: float, cap_s: float, serve: bool,
                  pattern: str = "") -> None:
    import pyoxigraph as ox

    from kgbuild import store

    if not pattern:  # all the queries are measured again: drop an earlier run's figures (other queries)
        for k in [k for k in R if k.startswith("query_")]:
            del R[k]
    mem = ox.Store()
    mem.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    R["query_quads"] = len(mem)
    R["query_triples"] = int(next(iter(mem.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { ?s ?p ?o } }",
                                                  use_default_graph_as_union=True)))["n"].value)
    R["query_cap_s"] = cap_s
    qs = _queries(mem, pattern)
    for name, kind, text in qs:
        R[f"query_{name}_kind"] = kind

        def in_store(report):
            rows = []
            ts = _time_query(lambda: rows.append(len(list(store.query(store_dir, text)))), max_reps, budget_s, report)
            return {"times": ts, "rows": rows[-1]}

        def in_mem(report):
            return {"times": _time_query(lambda: list(mem.query(text, use_default_graph_as_union=True)),
                                         max_reps, budget_s, report)}

        msgs = [_record(name, "store", _forked(in_store, cap_s)), _record(name, "pyoxigraph_mem", _forked(in_mem, cap_s))]
        log(f"  {name} ({kind}, {R.get(f'query_{name}_rows')} rows): " + ", ".join(msgs))
        save()
    del mem
    gc.collect()
    if not serve:
        return
    import socket
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "kgbuild.cli", "serve", "--store", str(store_dir),
                               "--port", str(port), "--timeout", f"{cap_s:g}"], cwd=ROOT, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while True:  # up when it answers
        try:
            probe = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            probe.request("GET", "/")
            probe.getresponse().read()
            probe.close()
            break
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError("kgbuild serve did not start")
            time.sleep(0.2)
    try:
        for name, kind, text in qs:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=cap_s + 30)
            path = "/sparql?query=" + quote(text)
            timed_out = []

            def via_http():
                conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
                r = conn.getresponse()
                body = r.read()
                if r.status == 503:
                    timed_out.append(True)
                    raise TimeoutError
                if r.status != 200:
                    raise RuntimeError(f"{name}: HTTP {r.status} {body[:200]!r}")

            try:
                got = {"ok": {"times": _time_query(via_http, max_reps, budget_s)}}
            except TimeoutError:
                got = {"timeout": cap_s}
            except Exception as e:  # noqa: BLE001
                got = {"error": str(e)[:300]}
            conn.close()
            log(f"  {name} via kgbuild serve: {_record(name, 'serve', got)}")
            save()
    finally:
        server.terminate()
        server.wait(timeout=30)


# ------------------------------------------------------------------------------------------ view

def _page_load_s(browser, html: Path, reps: int = 3) -> float:
    """Median seconds from navigation to the page's first labelled picture (window.kgView.generation),
    polled from Python: the page's CSP forbids the eval that Playwright's wait_for_function uses."""
    times = []
    for _ in range(reps):
        ctx = browser.new_context(viewport={"width": 1600, "height": 1000})
        pg = ctx.new_page()
        t0 = time.perf_counter()
        pg.goto(html.resolve().as_uri(), wait_until="commit", timeout=300_000)
        while not pg.evaluate("() => !!(window.kgView && window.kgView.generation > 0)"):
            if time.perf_counter() - t0 > 300:
                raise TimeoutError(f"{html} did not load in 300 s")
            time.sleep(0.01)
        times.append(time.perf_counter() - t0)
        ctx.close()
    return med(times)


def bench_view(store_dir: Path, sizes=(200, 2000), generated: int = 2000) -> None:
    """write_view on the largest build (when there is one) at max_nodes 200 and 2000, and on a
    generated network of `generated` actors (bench/network_gen.py: always that many nodes), then
    each page's load time in headless Chromium."""
    import pyoxigraph

    import network_gen
    from kgbuild import store
    from kgbuild.viz import write_view

    pages: dict[str, Path] = {}
    if (store_dir / "store").exists():
        st = store.open_store(store_dir)
        try:
            for n in sizes:
                out = CORPUS / f"view_{n}.html"
                t0 = time.perf_counter()
                counts = write_view(st, out, max_nodes=n)
                R[f"view_{n}_write_s"] = round(time.perf_counter() - t0, 2)
                R[f"view_{n}_nodes"], R[f"view_{n}_edges"] = counts["nodes"], counts["edges"]
                R[f"view_{n}_html_mb"] = round(out.stat().st_size / 1e6, 2)
                pages[f"view_{n}"] = out
        finally:
            store.close_store(st)
    gen = pyoxigraph.Store()
    gen.load(network_gen.nquads(generated), format=pyoxigraph.RdfFormat.N_QUADS)
    out = CORPUS / f"view_generated_{generated}.html"
    t0 = time.perf_counter()
    counts = write_view(gen, out, max_nodes=generated)
    key = f"view_generated_{generated}"
    R[f"{key}_write_s"] = round(time.perf_counter() - t0, 2)
    R[f"{key}_nodes"], R[f"{key}_edges"] = counts["nodes"], counts["edges"]
    R[f"{key}_html_mb"] = round(out.stat().st_size / 1e6, 2)
    pages[key] = out
    if not Path(CHROMIUM).exists():
        R["view_browser"] = f"{CHROMIUM} missing: load times not measured"
        return
    from playwright.sync_api import sync_playwright
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROME_ARGS)
        try:
            for key, html in pages.items():
                R[f"{key}_load_s"] = round(_page_load_s(browser, html), 2)
                R[f"{key}_loadavg"] = round(os.getloadavg()[0], 2)
                log(f"  {key}: {R[f'{key}_nodes']} nodes, {R[f'{key}_edges']} edges, load {R[f'{key}_load_s']:.2f} s")
        finally:
            browser.close()
    save()


# ------------------------------------------------------------------------------------------ main

def table() -> str:
    def f(k, unit=""):
        v = R.get(k)
        return "-" if v is None else f"{v:,}{unit}" if isinstance(v, (int, float)) else str(v)
    rows = [
        ("full pipeline, 1 process", f("extract_words_per_s", " words/s"), ">= 10,000 words/s"),
        ("spaCy blank ar tokenizer", f("tokenizer_words_per_s", " words/s"), ""),
        ("kgbuild tokenizer", f("kgbuild_tokenizer_words_per_s", " words/s"), ""),
        ("trained NER alone", f("ner_words_per_s", " words/s"), ""),
        ("build, 1 / 2 workers", f"{f('build_seconds_1_worker', ' s')} / {f('build_seconds_2_workers', ' s')}", ""),
        ("speed-up at 2 workers", f("speedup_2_workers", "x"), ">= 1.6x"),
        ("  same, idle-cores estimate", f("speedup_2_workers_idle_estimate", "x"), ""),
        ("load into the store", f("load_triples_per_s", " quads/s"), ""),
        ("pyoxigraph bulk load", f("pyoxigraph_load_triples_per_s", " quads/s"), ""),
        ("load / pyoxigraph", f("load_vs_pyoxigraph", "x"), ">= 0.5x"),
    ]
    for k in sorted(R):
        m = re.match(r"query_(\w+)_kind$", k)
        if m:
            q = m.group(1)
            tgt = "< 50 ms" if R[k] == "entity" else "< 2 s"
            def qf(where):
                if R.get(f"query_{q}_{where}_timeout_s"):
                    return f">{R[f'query_{q}_{where}_timeout_s']:g}s"
                return f"{f(f'query_{q}_{where}_p50_ms')}/{f(f'query_{q}_{where}_p99_ms')}"
            rows.append((f"{q} ({R[k]}) p50/p99 ms",
                         f"store {qf('store')}  serve {qf('serve')}  mem {qf('pyoxigraph_mem')}",
                         f"store p50 {tgt}"))
    sizes = sorted(int(m.group(1)) for k in R for m in [re.match(r"peak_rss_mb_(\d+)k$", k)] if m)
    for s in sizes:
        rows.append((f"peak RSS, {s}k-article build", f(f"peak_rss_mb_{s}k", " MB"), ""))
    rows.append(("peak RSS ratio (largest/1k)", f("peak_rss_ratio", "x"), "<= 1.5x"))
    for n in (200, 2000):
        rows.append((f"view max_nodes={n}", f"{f(f'view_{n}_nodes')} nodes, write {f(f'view_{n}_write_s', ' s')}, "
                     f"Chromium load {f(f'view_{n}_load_s', ' s')}", ""))
    rows.append(("view, generated 2,000 actors", f"{f('view_generated_2000_nodes')} nodes, "
                 f"{f('view_generated_2000_edges')} edges, write {f('view_generated_2000_write_s', ' s')}, "
                 f"Chromium load {f('view_generated_2000_load_s', ' s')}", "< 2 s"))
    w = max(len(r[0]) for r in rows)
    return "\n".join(f"{a:<{w}}  {b}  {('(target ' + c + ')') if c else ''}".rstrip() for a, b, c in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="short articles, fewer repetitions (< 10 min)")
    ap.add_argument("--sizes", default="1000,10000", help="corpus sizes in articles (e.g. 1000,10000,100000)")
    ap.add_argument("--sentences", type=int, default=None, help="sentences per article (default 8; --quick 2)")
    ap.add_argument("--quads", type=int, default=1_000_000, help="store size for load and query figures")
    ap.add_argument("--queries", default="", help="only the queries whose name matches this regex")
    ap.add_argument("--skip", default="", help="comma-separated steps to skip: extract,parallel,memory,load,queries,serve,view")
    a = ap.parse_args(argv)
    skip = set(filter(None, a.skip.split(",")))
    sentences = a.sentences or (2 if a.quick else 8)
    sizes = sorted(int(s) for s in a.sizes.split(","))
    CORPUS.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()
    R.clear()
    if skip and RESULTS.exists():  # a partial run updates the figures of the last full one
        R.update(json.loads(RESULTS.read_text(encoding="utf-8")))
    R.update({"mode": "quick" if a.quick else "full", "sentences_per_article": sentences, "sizes": sizes,
              "cpus": os.cpu_count(), "loadavg_start": [round(x, 2) for x in os.getloadavg()],
              "started": time.strftime("%Y-%m-%dT%H:%M:%S")})
    log(f"corpora {sizes} x ~{sentences} sentences")
    folders = {n: corpus_gen.generate(n, sentences) for n in sizes}
    words = {n: corpus_gen.words_in(folders[n]) for n in sizes}
    for n in sizes:
        R[f"corpus_words_{n // 1000}k"] = words[n]
    save()
    if "extract" not in skip:
        log("extraction words/s")
        bench_extract(folders[sizes[0]], 120 if a.quick else 500, 3)
        log(f"  pipeline {R['extract_words_per_s']}, tokenizer {R['tokenizer_words_per_s']}, NER {R['ner_words_per_s']}")
    first_w2 = None
    if "parallel" not in skip:
        # at least 3k articles (from the largest corpus) so that start-up (~2 s of imports) and the
        # exports do not dominate; the whole smallest corpus when it is that large
        par_n = sizes[0] if sizes[0] >= 3000 or len(sizes) == 1 else 3000
        if par_n == sizes[0]:
            par_in, par_words = folders[sizes[0]], words[sizes[0]]
        else:
            par_in = [folders[sizes[-1]] / f"{k:03d}" for k in range(par_n // 1000)]
            par_words = sum(corpus_gen.words_in(d) for d in par_in)
        log(f"parallel builds of {par_n} articles")
        w2 = bench_parallel(par_in, 1 if a.quick else 2, par_words)
        first_w2 = w2 if par_n == sizes[0] else None
    big_out = CORPUS / f"out_mem_{sizes[-1]}"
    if "memory" not in skip:
        log("memory (builds with --workers 2)")
        for n in sizes:
            if n == sizes[0] and first_w2 is not None:
                r = first_w2
            else:
                r = run_build(folders[n], CORPUS / f"out_mem_{n}", 2)
            R[f"peak_rss_mb_{n // 1000}k"] = round(r["peak_tree_rss_mb"])
            R[f"max_process_rss_mb_{n // 1000}k"] = round(r["max_process_rss_mb"]) if r["max_process_rss_mb"] else None
            R[f"build_seconds_{n // 1000}k"] = round(r["wall_s"], 1)
            R[f"build_triples_{n // 1000}k"] = r["triples"]
            log(f"  {n}: {r['wall_s']:.0f} s, peak {r['peak_tree_rss_mb']:.0f} MB (largest process "
                f"{r['max_process_rss_mb']} MB), {r['triples']} triples")
            save()
        R["peak_rss_ratio"] = round(R[f"peak_rss_mb_{sizes[-1] // 1000}k"] / R[f"peak_rss_mb_{sizes[0] // 1000}k"], 2)
        save()
    if not (CORPUS / f"out_mem_{sizes[-1]}" / "store").exists():
        big_out = CORPUS / "out_par_w2" if (CORPUS / "out_par_w2" / "store").exists() else big_out
    if {"load", "queries"} - skip:
        from kgbuild import store
        src = CORPUS / "largest_build.nq"
        nq = CORPUS / f"replicated_{a.quads}.nq"
        built = (big_out / "store").resolve()
        if skip and nq.exists() and built.exists() \
                and nq.stat().st_mtime > built.stat().st_mtime:  # a partial run: reuse the last one's data
            with open(nq, "rb") as f:
                quads = sum(1 for _ in f)
        else:
            store.export(big_out, "nq", src)
            quads = replicate(src, nq, a.quads)
        log(f"{quads} quads in {nq.name} (from {big_out.name})")
        if "load" not in skip:
            log("load")
            bench_load(nq, quads, 1 if a.quick else 3)
            log(f"  store {R['load_triples_per_s']} quads/s, pyoxigraph {R['pyoxigraph_load_triples_per_s']} quads/s")
        if "queries" not in skip:
            log("queries")
            qdir = CORPUS / "out_1m"
            shutil.rmtree(qdir, ignore_errors=True)
            store.load_build(qdir, nq)
            bench_queries(qdir, nq, 10 if a.quick else 50, 8 if a.quick else 60, 10 if a.quick else 60,
                          "serve" not in skip, a.queries)
    if "view" not in skip:
        log("view")
        bench_view(big_out)
    R["loadavg_end"] = [round(x, 2) for x in os.getloadavg()]
    R["total_seconds"] = round(time.perf_counter() - t_start)
    save()
    print(table())
    log(f"wrote {RESULTS} in {R['total_seconds']} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
