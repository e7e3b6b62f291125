"""Other RDF tools the tests hold kgbuild's exports and stock queries against: Debian's Virtuoso
(virtuoso-t, started on free ports with its own database folder), Raptor (rapper), Serd (serdi)
and rdflib. They are external programs used by tests only (Virtuoso: GPL-2; Raptor: LGPL-2.1+ /
Apache-2.0; Serd: ISC); kgbuild does not depend on them. `.ci/run` installs them from Debian.

Terms from every tool are compared in one normal form (`term`): IRIs as they are, literals as
(text, language) or (text, datatype), numbers as numbers (stores type COUNT differently).
"""
from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.parse
import urllib.request
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox
import rdflib

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMBERS = {XSD + t for t in ("integer", "int", "long", "short", "decimal", "nonNegativeInteger", "double", "float")}
Term = tuple


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _literal(value: str, lang: str | None, datatype: str | None) -> Term:
    if lang:
        return ("lit", value, lang.lower())
    if datatype in NUMBERS:
        try:
            return ("num", Decimal(value).normalize())
        except InvalidOperation:
            pass
    return ("lit", value, datatype if datatype and datatype != XSD + "string" else None)


def term(t: object) -> Term | None:
    """A pyoxigraph or rdflib term in the common normal form (None for unbound)."""
    if t is None or isinstance(t, ox.DefaultGraph) or t == rdflib.graph.DATASET_DEFAULT_GRAPH_ID:
        return None
    if isinstance(t, (ox.NamedNode, rdflib.URIRef)):
        return ("iri", t.value if isinstance(t, ox.NamedNode) else str(t))
    if isinstance(t, ox.Literal):
        return _literal(t.value, t.language, t.datatype.value if t.datatype else None)
    if isinstance(t, rdflib.Literal):
        return _literal(str(t), t.language, str(t.datatype) if t.datatype else None)
    if isinstance(t, (ox.BlankNode, rdflib.BNode)):
        return ("bnode",)
    raise TypeError(f"not a term: {t!r}")


def json_term(b: dict | None) -> Term | None:
    """A SPARQL JSON results binding in the common normal form."""
    if b is None:
        return None
    if b["type"] == "uri":
        return ("iri", b["value"])
    if b["type"] == "bnode":
        return ("bnode",)
    return _literal(b["value"], b.get("xml:lang"), b.get("datatype"))


def oxigraph_quads(store: ox.Store) -> set[tuple]:
    return {(term(q.subject), term(q.predicate), term(q.object), term(q.graph_name)) for q in store}


def parse_quads(data: bytes | Path, fmt: ox.RdfFormat) -> set[tuple]:
    quads = ox.parse(path=str(data), format=fmt) if isinstance(data, Path) else ox.parse(data, format=fmt)
    out = set()
    for q in quads:
        g = getattr(q, "graph_name", None)
        out.add((term(q.subject), term(q.predicate), term(q.object), term(g)))
    return out


def rdflib_quads(path: Path, fmt: str) -> set[tuple]:
    ds = rdflib.Dataset()
    ds.parse(str(path), format=fmt)
    return {(term(s), term(p), term(o), term(g)) for s, p, o, g in ds.quads((None, None, None, None))}


def with_raptor(path: Path, syntax: str) -> set[tuple]:
    """What Raptor's rapper reads from `path` (syntax: turtle, trig, nquads), as quads."""
    out = subprocess.run(["rapper", "-q", "-i", syntax, "-o", "nquads", str(path)], capture_output=True,
                         check=True, timeout=300).stdout
    return parse_quads(out, ox.RdfFormat.N_QUADS)


def with_serd(path: Path, syntax: str) -> set[tuple]:
    """What Serd's serdi reads from `path` (syntax: turtle, trig, nquads), as quads."""
    out = subprocess.run(["serdi", "-i", syntax, "-o", "nquads", str(path)], capture_output=True, check=True,
                         timeout=300).stdout
    return parse_quads(out, ox.RdfFormat.N_QUADS)


def select_rows(result: ox.QuerySolutions) -> list[tuple]:
    names = [v.value for v in result.variables]
    return [tuple(term(row[n]) for n in names) for row in result]


def rdflib_rows(result: rdflib.query.Result) -> list[tuple]:
    return [tuple(term(row[v]) for v in result.vars) for row in result]


class Virtuoso:
    """A Virtuoso server of its own: free ports, a database in `root`, loads through the bulk loader
    (ld_dir + rdf_loader_run, via isql-vt), SPARQL over HTTP. The default graph of its queries is
    the union of all graphs, as in kgbuild."""

    INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
DirsAllowed = ., {data}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
CheckpointInterval = 0
[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {root}
ServerThreads = 4
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
"""

    def __init__(self, root: Path):
        self.root = root
        self.db = root / "db"
        self.data = root / "data"
        self.sql_port = free_port()
        self.http_port = free_port()
        self.proc: subprocess.Popen | None = None
        self._n = 0

    @staticmethod
    def installed() -> bool:
        return shutil.which("virtuoso-t") is not None and shutil.which("isql-vt") is not None

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.http_port}/sparql"

    def start(self, timeout: float = 120) -> "Virtuoso":
        self.db.mkdir(parents=True)
        self.data.mkdir()
        ini = self.root / "virtuoso.ini"
        ini.write_text(self.INI.format(db=self.db, data=self.data, root=self.root, sql_port=self.sql_port,
                                       http_port=self.http_port), encoding="utf-8")
        log = open(self.root / "stdout.log", "wb")
        self.proc = subprocess.Popen(["virtuoso-t", "+foreground", "+configfile", str(ini)], cwd=self.db,
                                     stdout=log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + timeout
        while True:
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                tail = (self.db / "virtuoso.log").read_text(errors="replace")[-2000:] \
                    if (self.db / "virtuoso.log").exists() else ""
                raise RuntimeError(f"virtuoso-t did not start: {tail}")
            try:
                self.isql("status();", timeout=10)
                urllib.request.urlopen(f"{self.endpoint}?query=ASK%7B%7D", timeout=10).read()
                return self
            except (RuntimeError, OSError, subprocess.TimeoutExpired):
                time.sleep(0.3)

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()

    def isql(self, sql: str, timeout: float = 300) -> str:
        done = subprocess.run(["isql-vt", f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={sql}"],
                              capture_output=True, timeout=timeout)
        out = done.stdout.decode("utf-8", "replace") + done.stderr.decode("utf-8", "replace")
        if done.returncode != 0 or "*** Error" in out:
            raise RuntimeError(f"isql-vt: {sql[:200]}: {out[-1000:]}")
        return out

    def load(self, path: Path, graph: str = "urn:kgbuild:test") -> None:
        """The bulk loader on a copy of `path` (triples of .ttl/.nt go into `graph`)."""
        self._n += 1
        name = f"{self._n:03d}-{path.name}"
        shutil.copy(path, self.data / name)
        self.isql(f"DELETE FROM DB.DBA.load_list; ld_dir('{self.data}', '{name}', '{graph}'); rdf_loader_run();")
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        if "0 Rows" not in errors:
            raise RuntimeError(f"Virtuoso could not load {path.name}: {errors}")

    def clear(self, prefixes: tuple[str, ...] = ("https://w3id.org/kgbuild/", "urn:kgbuild:")) -> None:
        """Drop every graph whose IRI starts with one of `prefixes`."""
        for g in self.graphs(prefixes):
            self.isql(f"SPARQL CLEAR GRAPH <{g}>;")

    def graphs(self, prefixes: tuple[str, ...] = ("https://w3id.org/kgbuild/", "urn:kgbuild:")) -> list[str]:
        cond = " || ".join(f'STRSTARTS(STR(?g), "{p}")' for p in prefixes)
        _, rows = self.select(f"SELECT DISTINCT ?g {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({cond}) }}")
        return [r[0][1] for r in rows]

    def select(self, query: str) -> tuple[list[str], list[tuple]]:
        """(variables, rows) of a SELECT, through the SPARQL endpoint (SPARQL JSON results)."""
        req = urllib.request.Request(self.endpoint, data=urllib.parse.urlencode({"query": query}).encode(),
                                     headers={"Accept": "application/sparql-results+json"})
        try:
            with urllib.request.urlopen(req, timeout=300) as r:
                data = json.loads(r.read())
        except urllib.error.HTTPError as e:
            raise RuntimeError(f"Virtuoso answered {e.code}: {e.read()[:500]!r}") from None
        names = data["head"]["vars"]
        return names, [tuple(json_term(b.get(n)) for n in names) for b in data["results"]["bindings"]]

    def quads(self, graphs: tuple[str, ...] = ("https://w3id.org/kgbuild/", "urn:kgbuild:")) -> set[tuple]:
        """Every quad in the graphs whose IRI starts with one of `graphs` (triples of a Turtle
        file loaded into urn:kgbuild:... come back with the default graph, as a parser gives them)."""
        cond = " || ".join(f'STRSTARTS(STR(?g), "{p}")' for p in graphs)
        _, rows = self.select(f"SELECT ?s ?p ?o ?g {{ GRAPH ?g {{ ?s ?p ?o }} FILTER ({cond}) }}")
        return {(s, p, o, None if g[1].startswith("urn:kgbuild:") else g) for s, p, o, g in rows}
