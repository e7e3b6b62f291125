"""SPARQL endpoint throughput: kgbuild's server vs `oxigraph serve-read-only` on the same store.

    .venv/bin/python bench/bench_sparql.py [--docs 1000] [--requests 2000] [--concurrency 8]

Generates a synthetic corpus (handmade-looking DocumentRecords -> kgbuild.rdf -> N-Quads, ~100k
triples) in bench/corpus/ (git-ignored), loads it with kgbuild.store.load_build, starts both servers
on free 127.0.0.1 ports, fires the same requests at each (keep-alive connections, N at a time) and
writes throughput, p50/p99 latency and the ratio to bench/results_sparql.json.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgbuild import store as kstore  # noqa: E402
from kgbuild.namespace import PREFIXES  # noqa: E402

CORPUS = ROOT / "bench" / "corpus"
RESULTS = ROOT / "bench" / "results_sparql.json"

FIRST = ["عبد الله", "محمد", "أحمد", "سلمان", "فاطمة", "ليلى", "خالد", "يوسف", "مريم", "حسن", "عمر", "نادية"]
LAST = ["الأحمد", "العلي", "بن سلمان", "الخطيب", "منصور", "حداد", "الشامي", "نصر", "عيسى", "القاسم"]
ORGS = ["الأمم المتحدة", "جامعة الدول العربية", "الاتحاد الأوروبي", "وزارة الخارجية", "البنك الدولي", "منظمة الصحة العالمية"]
PLACES = ["دمشق", "القاهرة", "بيروت", "عمان", "الرياض", "بغداد", "تونس", "الرباط"]
CUES = [("قال", "say"), ("أعلن", "announce"), ("دعا", "call"), ("أدان", "condemn"), ("حذر", "warn"), ("نفى", "deny")]

_HEAD = "".join(f"PREFIX {p}: <{PREFIXES[p]}>\n" for p in ("kg", "rdfs"))
QUERIES = [_HEAD + body for body in (
    # the kind of small queries an analyst's page fires
    "SELECT ?st ?q WHERE { ?st a kg:Statement ; kg:quote ?q } LIMIT 10",
    'SELECT ?p ?l WHERE { ?p a kg:Person ; rdfs:label ?l FILTER(lang(?l) = "ar") } LIMIT 20',
    "SELECT ?d WHERE { ?d a kg:Document } LIMIT 5",
    "ASK { ?s kg:speechAct kg:act_condemn }",
    "SELECT ?st ?cue WHERE { ?st kg:source <" + PREFIXES["res"] + "doc/00042.txt> ; kg:cue ?cue }",
)]


def make_nquads(n_docs: int, dest: Path) -> None:
    from rdflib import Dataset

    from kgbuild.rdf import add_document
    from kgbuild.records import DocumentRecord, EntityRecord, Role, StatementRecord

    rnd = random.Random(7)
    ds = Dataset()
    for i in range(n_docs):
        ents: dict[str, EntityRecord] = {}
        people = []
        for _ in range(rnd.randint(2, 4)):
            name = f"{rnd.choice(FIRST)} {rnd.choice(LAST)}"
            key = "person:" + name.replace(" ", "_")
            ents[key] = EntityRecord(key=key, type="Person", label=name, forms={name, "ال" + name})
            people.append(key)
        org = rnd.choice(ORGS)
        okey = "org:" + org.replace(" ", "_")
        ents[okey] = EntityRecord(key=okey, type="Organization", label=org)
        place = rnd.choice(PLACES)
        pkey = "place:" + place
        ents[pkey] = EntityRecord(key=pkey, type="Place", label=place)
        ents[people[0]].roles.append(Role(title="وزير الخارجية", of_key=pkey))
        sts = []
        for j in range(rnd.randint(2, 5)):
            cue, act = rnd.choice(CUES)
            pos = 40 * j
            sts.append(StatementRecord(
                speaker=rnd.choice(people), cue=cue, cue_lemma=cue, act=act,
                stance=rnd.choice(["positive", "negative", "neutral"]),
                quote=f'إن "{place}" ستبقى\nمستقرة {i}-{j}', quote_type=rnd.choice(["direct", "indirect"]),
                cue_span=(pos, pos + 3), quote_span=(pos + 4, pos + 30), speaker_span=(pos - 10, pos - 1),
                sentence_span=(pos - 10, pos + 35), sentence_index=j, about=[okey, pkey], via=[]))
        ds_rec = DocumentRecord(doc_id=f"{i:05d}.txt", title=f"خبر رقم {i} من {place}", text="ن" * 400,
                                entities=ents, statements=sts)
        add_document(ds, ds_rec)
    tmp = dest.with_suffix(".tmp")
    ds.serialize(str(tmp), format="nquads", encoding="utf-8")
    os.replace(tmp, dest)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(port: int, path: str, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", path)
            c.getresponse().read()
            c.close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server on port {port} did not come up")


def fire(port: int, path: str, n: int, concurrency: int) -> dict:
    targets = [f"{path}?query={quote(QUERIES[i % len(QUERIES)])}" for i in range(n)]
    lat: list[float] = []
    errors = [0]
    lock = threading.Lock()
    it = iter(range(n))

    def client() -> None:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        mine = []
        while True:
            with lock:
                i = next(it, None)
            if i is None:
                break
            t0 = time.perf_counter()
            try:
                conn.request("GET", targets[i], headers={"Accept": "application/sparql-results+json"})
                r = conn.getresponse()
                r.read()
                if r.status != 200:
                    errors[0] += 1
            except OSError:
                errors[0] += 1
                conn.close()
                conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
            mine.append(time.perf_counter() - t0)
        conn.close()
        with lock:
            lat.extend(mine)

    threads = [threading.Thread(target=client) for _ in range(concurrency)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    wall = time.perf_counter() - t0
    lat.sort()
    return {
        "requests": n, "concurrency": concurrency, "errors": errors[0], "seconds": round(wall, 3),
        "req_per_s": round(n / wall, 1),
        "p50_ms": round(statistics.median(lat) * 1000, 2),
        "p99_ms": round(lat[min(len(lat) - 1, int(len(lat) * 0.99))] * 1000, 2),
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--requests", type=int, default=2000)
    ap.add_argument("--concurrency", type=int, default=8)
    ap.add_argument("--rounds", type=int, default=1, help="repeat and keep each server's best round")
    args = ap.parse_args()

    CORPUS.mkdir(parents=True, exist_ok=True)
    nq = CORPUS / f"synthetic_{args.docs}.nq"
    if not nq.exists():
        t = time.perf_counter()
        make_nquads(args.docs, nq)
        print(f"generated {nq.name} in {time.perf_counter() - t:.1f} s")
    out = CORPUS / f"out_{args.docs}"
    if not (out / "store").exists():
        shutil.rmtree(out, ignore_errors=True)
        kstore.load_build(out, nq)
    triples = kstore.quad_count(out)
    store_dir = os.path.realpath(out / "store")

    kg_port, ox_port = free_port(), free_port()
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # both servers started as users start them, with the same query timeout
    kg = subprocess.Popen([sys.executable, "-m", "kgbuild.cli", "serve", "--store", str(out), "--port", str(kg_port),
                           "--timeout", "10"], env=env, stderr=subprocess.DEVNULL)
    oxi_bin = Path(sys.executable).parent / "oxigraph"
    oxi = subprocess.Popen([str(oxi_bin), "serve-read-only", "--location", store_dir,
                            "--bind", f"127.0.0.1:{ox_port}", "--union-default-graph", "--timeout-s", "10"],
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_up(kg_port, "/sparql?query=ASK%7B%7D")
        wait_up(ox_port, "/query?query=ASK%7B%7D")
        fire(kg_port, "/sparql", 100, args.concurrency)  # warm-up
        fire(ox_port, "/query", 100, args.concurrency)
        best: dict[str, dict] = {}
        for _ in range(args.rounds):
            for name, port, path in (("kgbuild", kg_port, "/sparql"), ("oxigraph", ox_port, "/query")):
                r = fire(port, path, args.requests, args.concurrency)
                if name not in best or r["req_per_s"] > best[name]["req_per_s"]:
                    best[name] = r
    finally:
        for p in (kg, oxi):
            p.terminate()
        for p in (kg, oxi):
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
    ratio = round(best["kgbuild"]["req_per_s"] / best["oxigraph"]["req_per_s"], 3)
    result = {"quads": triples, "docs": args.docs, "cpus": os.cpu_count(), "kgbuild": best["kgbuild"],
              "oxigraph_serve_read_only": best["oxigraph"], "ratio_kgbuild_over_oxigraph": ratio,
              "queries": len(QUERIES), "date": time.strftime("%Y-%m-%d %H:%M:%S")}
    RESULTS.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"{'server':<26}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'errors':>8}")
    for name, r in (("kgbuild serve", best["kgbuild"]), ("oxigraph serve-read-only", best["oxigraph"])):
        print(f"{name:<26}{r['req_per_s']:>9}{r['p50_ms']:>9}{r['p99_ms']:>9}{r['errors']:>8}")
    print(f"ratio kgbuild/oxigraph: {ratio}  ({triples} quads)  -> {RESULTS.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
