"""kgbuild's command line: a thin layer over the library (build, query, export, validate, viz, serve).

Every error a user can cause ends in one line on stderr and a non-zero exit; `--debug` shows the
traceback instead.
"""
from __future__ import annotations

import math
import re
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Callable, List, Optional, TypeVar

import typer
from typer.core import TyperCommand, TyperGroup


def _classic_metavar(param: Any) -> None:
    """Flags show no value, choices their values, other values and arguments a NAME (recent typer
    versions would show `--append <bool>`, `<list[Path]>` and `{inputs}...`)."""
    if param.metavar is not None:
        return
    kind = getattr(param, "type_descriptor", None) or getattr(param, "type", None)
    choices = getattr(kind, "choices", None)
    if getattr(param, "is_flag", False):
        param.metavar = ""
    elif choices:
        param.metavar = "[" + "|".join(str(getattr(c, "value", c)) for c in choices) + "]"
    else:
        param.metavar = (param.name or "value").upper()


class _Command(TyperCommand):
    """A command whose help reads as usual: flags as flags, arguments by name (INPUT...)."""

    def get_params(self, ctx: Any) -> list:
        params = super().get_params(ctx)
        for param in params:
            _classic_metavar(param)
            if getattr(param, "param_type_name", "") == "argument" and hasattr(param, "display_type_rich"):
                param.display_type_rich = lambda ctx: None  # its NAME says it; no `<list[Path]>` next to it
        return params

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        pieces = [self.options_metavar] if self.options_metavar else []
        for param in self.get_params(ctx):
            if getattr(param, "param_type_name", "") == "argument":
                name = (param.metavar or param.name or "ARG") + ("..." if param.nargs != 1 else "")
                pieces.append(name if param.required else f"[{name}]")
        return pieces


class _Group(TyperGroup):
    def get_params(self, ctx: Any) -> list:
        params = super().get_params(ctx)
        for param in params:
            _classic_metavar(param)
        return params


# pretty_exceptions_show_locals=False: a --debug traceback must not print a password (kgbuild push)
app = typer.Typer(add_completion=False, no_args_is_help=True, cls=_Group, pretty_exceptions_show_locals=False,
                  help="Who said what about whom: an RDF knowledge graph from Arabic news.")

DEFAULT_OUT = Path("output")
T = TypeVar("T")

# exit codes (documented in the README)
EXIT_OK = 0
EXIT_ERROR = 1          # nothing could be done: bad arguments, no usable input, no store
EXIT_USAGE = 2          # bad command line (as click says it), e.g. a value out of range
EXIT_PARTIAL = 3        # the build succeeded but some input files were skipped
_state = {"debug": False}


def _print_version(value: bool) -> None:
    if value:
        from . import __version__
        typer.echo(f"kgbuild {__version__}")
        raise typer.Exit()


@app.callback()
def main(debug: bool = typer.Option(False, "--debug", help="Show full tracebacks on errors."),
         version: bool = typer.Option(False, "--version", callback=_print_version, is_eager=True,
                                      help="Show the version and exit.")) -> None:
    _state["debug"] = debug


def fail(message: str, code: int = EXIT_ERROR) -> None:
    typer.echo(f"error: {message}".replace("\n", " "), err=True)
    raise typer.Exit(code)


def describe(exc: BaseException) -> str:
    """One line saying what went wrong and where."""
    if isinstance(exc, OSError) and exc.strerror:
        where = f"{exc.filename}: " if exc.filename is not None else ""
        if exc.filename2 is not None:
            where = f"{exc.filename} -> {exc.filename2}: "
        return f"{where}{exc.strerror}"
    if isinstance(exc, UnicodeDecodeError):
        return f"not UTF-8 text ({exc.reason} at byte {exc.start})"
    return str(exc) or exc.__class__.__name__


def guarded(fn: Callable[[], T]) -> T:
    """Run fn; turn errors into one line on stderr and exit code 1 (`--debug`: raise them).

    Errors a user can cause (bad input, no store, a malformed query, a file system problem) are
    told as they are; anything else is a bug, reported in one line as an internal error.
    """
    from .inputs import InputError
    from .store import StoreError
    try:
        return fn()
    except typer.Exit:
        raise
    except KeyboardInterrupt:
        if _state["debug"]:
            raise
        fail("interrupted", 130)
    except (InputError, StoreError, OSError, ValueError, SyntaxError) as exc:
        if _state["debug"]:
            raise
        fail(describe(exc))
    except Exception as exc:  # a bug: still one line, the traceback is one --debug away
        if _state["debug"]:
            raise
        fail(f"internal error: {exc.__class__.__name__}: {describe(exc)} (run with --debug for the traceback)")
    raise AssertionError("unreachable")


def _require_store(store: Path) -> None:
    from .store import StoreError, current_generation
    if current_generation(store) is None:
        raise StoreError(f"{store}: no kgbuild store here (run `kgbuild build ... --out {store}` first)")


@app.command(cls=_Command)
def build(
    inputs: List[Path] = typer.Argument(..., metavar="INPUT", help="Article .txt files or folders of them."),
    out: Path = typer.Option(DEFAULT_OUT, "--out", "-o", metavar="DIR",
                             help="Output folder (store, graph.ttl, graph.trig, graph.html)."),
    append: bool = typer.Option(False, "--append", help="Add to the existing store instead of replacing it."),
    no_ner: bool = typer.Option(False, "--no-ner", help="Skip the statistical NER (gazetteers and patterns only)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, metavar="N",
                                help="Extraction processes (same output as 1; at most one per article and CPU)."),
) -> None:
    """Build the knowledge graph of the articles INPUT... into DIR (store, graph.ttl, graph.trig, graph.html)."""
    from rich.progress import Progress

    from . import build as build_module
    from .build import build as run_build
    from .inputs import collect, display_path

    build_module.STRICT = _state["debug"]  # --debug: an extractor error stops with its traceback
    if out.exists() and not out.is_dir():
        fail(f"{display_path(out)}: exists and is not a folder (--out takes a folder)")
    files = guarded(lambda: collect(inputs, exclude=out))
    with Progress(disable=quiet or len(files) < 2, transient=True) as progress:
        task = progress.add_task("extracting", total=len(files))
        summary = guarded(lambda: run_build(inputs, out, append=append, use_ner=not no_ner,
                                            on_file=lambda _p: progress.advance(task), workers=workers))
    for s in summary.skipped:
        typer.echo(f"skipped: {display_path(s.path)}: {s.reason}", err=True)
    for note in summary.notes:
        typer.echo(f"note: {note}", err=True)
    ents = ", ".join(f"{n} {t}" for t, n in sorted(summary.entities.items()))
    typer.echo(f"documents: {summary.documents}  entities: {sum(summary.entities.values())} ({ents})  "
               f"statements: {summary.statements}  triples: {summary.triples}  seconds: {summary.seconds:.1f}")
    shown = display_path(out)
    typer.echo(f"wrote {shown}/graph.ttl, {shown}/graph.trig, {shown}/graph.html and the store {shown}/store")
    if summary.skipped:
        raise typer.Exit(EXIT_PARTIAL)


class ResultFormat(str, Enum):
    table = "table"
    csv = "csv"
    json = "json"


QUERY_TIMEOUT_MAX = 86_400.0    # a day
SERVE_TIMEOUT_MAX = 3_600.0     # an hour for one HTTP request is already a lot


def check_range(option: str, value: float, low: float, high: float, *, above: bool = False,
                unit: str = "") -> None:
    """Exit 2 with one line unless low <= value <= high (low < value with `above`), finite."""
    ok = math.isfinite(value) and (value > low if above else value >= low) and value <= high
    if not ok:
        bound = f"above {low:g}" if above else f"at least {low:g}"
        fail(f"{option} must be {bound} and at most {high:g}{unit} (got {value:g})", EXIT_USAGE)


def _read_query(query_or_file: str) -> str:
    path = Path(query_or_file)
    if query_or_file.endswith(".rq") or (len(query_or_file) < 400 and "\n" not in query_or_file and path.is_file()):
        if not path.is_file():
            raise ValueError(f"{path}: no such query file")
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ValueError(f"{path}: not UTF-8 text (byte {exc.start})") from exc
    return query_or_file


@app.command(cls=_Command)
def query(
    query_or_file: str = typer.Argument(..., help="A SPARQL query, or a .rq file holding one."),
    store: Path = typer.Option(DEFAULT_OUT, "--store", "-s", help="Build folder holding the store."),
    format: ResultFormat = typer.Option(ResultFormat.table, "--format", "-f",
                                        help="SELECT/ASK: table, csv or json (SPARQL JSON); "
                                             "CONSTRUCT/DESCRIBE: table (Turtle) or json (JSON-LD)."),
    timeout: float = typer.Option(600.0, "--timeout", help="Seconds before the query is stopped (at most a day)."),
    allow_service: bool = typer.Option(False, "--allow-service",
                                       help="Let SERVICE clauses query other endpoints over the network "
                                            "(off: kgbuild makes no outbound requests)."),
) -> None:
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) on a build's store.

    kgbuild's prefixes (kg:, res:, rdfs:, schema:, ...) are known without PREFIX lines. The query runs
    in a separate process: Ctrl-C or --timeout stops it, and a query that crashes the query engine
    is reported in one line."""
    check_range("--timeout", timeout, 0, QUERY_TIMEOUT_MAX, above=True, unit=" seconds")
    from . import store as st
    from .query_worker import QueryStopped, request, run_once
    from .sparql_formats import JSON_RESULTS, TURTLE
    from .sparql_guard import check

    def run() -> str:
        import pyoxigraph as ox

        text = _read_query(query_or_file)
        shape = check(text, allow_service=allow_service, service_hint=" (kgbuild query --allow-service runs it)")
        _require_store(store)
        if shape.gives_graph and format is ResultFormat.csv:
            raise ValueError("--format csv is for SELECT and ASK; CONSTRUCT and DESCRIBE give Turtle (table) "
                             "or JSON-LD (json)")
        if shape.gives_graph:
            media_type = "application/ld+json" if format is ResultFormat.json else TURTLE
        else:
            media_type = JSON_RESULTS
        payload = request(text, media_type, union=not shape.has_dataset, prefixes=True)
        try:
            status, ctype, body = run_once(store, payload, timeout)
        except QueryStopped as exc:
            raise st.StoreError(str(exc)) from None
        if status != 200:
            raise st.StoreError(body.decode("utf-8", "replace").strip())
        if ctype.startswith(JSON_RESULTS):
            return st.format_result(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON), format.value)
        out = body.decode("utf-8")
        return out if out.endswith("\n") else out + "\n"

    typer.echo(guarded(run), nl=False)


class ExportFormat(str, Enum):
    ttl = "ttl"
    nt = "nt"
    nq = "nq"
    trig = "trig"
    jsonld = "jsonld"
    graphml = "graphml"
    gexf = "gexf"


@app.command(cls=_Command)
def export(
    store: Path = typer.Option(DEFAULT_OUT, "--store", "-s", metavar="DIR", help="Build folder holding the store."),
    format: ExportFormat = typer.Option(ExportFormat.ttl, "--format", "-f",
                                        help="Serialisation: Turtle, N-Triples, N-Quads, TriG, JSON-LD (with a "
                                             "@context and one named graph per article), GraphML, GEXF."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", metavar="FILE",
                                       help="File to write (default: DIR/graph.<format>, which belongs to the "
                                            "current build: the next build removes it)."),
) -> None:
    """Export the graph (RDF formats) or the speaker->target network (GraphML, GEXF)."""
    from . import store as st
    from .export import export as export_rdf
    from .export import export_into_build, write_atomic
    from .inputs import display_path

    def network_file(s, dest: Path) -> Path:
        from . import network
        write = network.write_graphml if format.value == "graphml" else network.write_gexf
        return write_atomic(dest, lambda tmp: write(network.speaker_target_graph(s), tmp))

    def run() -> Path:
        _require_store(store)
        if format.value not in ("graphml", "gexf"):
            return export_rdf(store, format.value, out)
        if out is None:
            return export_into_build(store, f"graph.{format.value}", network_file)
        s = st.open_store(store)
        try:
            return network_file(s, out)
        finally:
            st.close_store(s)

    typer.echo(f"wrote {display_path(guarded(run))}")


@app.command(cls=_Command)
def validate(
    store: Path = typer.Option(DEFAULT_OUT, "--store", "-s", help="Build folder holding graph.ttl."),
) -> None:
    """Check the build's graph against the SHACL shapes of the ontology."""
    from .validate import validate_path

    def run() -> tuple[bool, str]:
        _require_store(store)
        return validate_path(store / "graph.ttl")

    ok, report = guarded(run)
    if ok:
        typer.echo("conforms: the graph satisfies ontology/shapes.ttl")
    else:
        typer.echo(report)
        fail("the graph does not conform to the shapes (report above)")


@app.command(cls=_Command)
def viz(
    store: Path = typer.Option(DEFAULT_OUT, "--store", "-s", help="Build folder holding the store."),
    out: Path = typer.Option(Path("graph.html"), "--out", "-o", help="HTML file to write."),
    max_nodes: int = typer.Option(300, "--max-nodes", help="Above this many nodes, show the top actors only."),
) -> None:
    """Write the self-contained HTML view of who said what about whom."""
    from . import store as st
    from .viz import write_view

    def run() -> dict:
        _require_store(store)
        s = st.open_store(store)
        try:
            return write_view(s, out, max_nodes=max_nodes)
        finally:
            st.close_store(s)

    counts = guarded(run)
    typer.echo(f"wrote {out} ({counts.get('nodes', 0)} nodes, {counts.get('edges', 0)} edges)")


@app.command(cls=_Command)
def serve(
    store: Path = typer.Option(DEFAULT_OUT, "--store", "-s", help="Build folder holding the store."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(7878, "--port", "-p", help="Port to listen on."),
    timeout: float = typer.Option(10.0, "--timeout", help="Seconds before a query is stopped (503; at most 3600)."),
    max_body: int = typer.Option(1_000_000, "--max-body", help="Largest request body in bytes (413 above)."),
    workers: Optional[int] = typer.Option(None, "--workers", "-w", show_default=False,
                                          help="Query processes kept ready (default: CPUs + 1; more start "
                                               "while queries run long)."),
    max_queries: int = typer.Option(32, "--max-queries", help="Queries running at once, at most "
                                    "(each in its own process)."),
    max_memory: int = typer.Option(2048, "--max-memory", help="MB of memory one query may use (503 above)."),
    read_timeout: float = typer.Option(10.0, "--read-timeout", help="Seconds a client has to send a request's "
                                       "headers, and its body (at most 60)."),
    cors: List[str] = typer.Option([], "--cors", help="Origin (e.g. http://localhost:3000, or *) whose pages "
                                   "may read the answers; repeatable. Default: none."),
    allow_host: List[str] = typer.Option([], "--allow-host", help="Another name clients reach the server by "
                                         "(the Host header); repeatable."),
) -> None:
    """Serve the store as a read-only SPARQL 1.1 endpoint at http://HOST:PORT/sparql."""
    from .serve import DEFAULT_WORKERS, ServeSettings
    from .serve import serve as run_serve

    workers = DEFAULT_WORKERS if workers is None else workers
    check_range("--port", port, 1, 65535)
    check_range("--timeout", timeout, 0, SERVE_TIMEOUT_MAX, above=True, unit=" seconds")
    check_range("--max-body", max_body, 1_000, 100_000_000, unit=" bytes")
    check_range("--workers", workers, 1, 64)
    check_range("--max-queries", max_queries, workers + 1, 1024)
    check_range("--max-memory", max_memory, 64, 1_000_000, unit=" MB")
    check_range("--read-timeout", read_timeout, 1, 60, unit=" seconds")
    for origin in cors:
        if origin != "*" and not re.fullmatch(r"https?://[^/\s]+", origin):
            fail(f"--cors takes an origin such as http://localhost:3000 (scheme and host, no path) or *; "
                 f"got {origin!r}", EXIT_USAGE)
    settings = ServeSettings(store=store, host=host, port=port, timeout_s=timeout, max_body=max_body,
                             workers=workers, max_queries=max_queries, max_memory_mb=max_memory,
                             read_timeout_s=read_timeout, cors=tuple(cors), allow_hosts=tuple(allow_host))
    guarded(lambda: _require_store(store))
    shown = f"[{host}]" if ":" in host else host
    typer.echo(f"SPARQL endpoint: http://{shown}:{port}/sparql  (query page: http://{shown}:{port}/)", err=True)
    guarded(lambda: run_serve(settings))


@app.command(cls=_Command)
def push(
    to: str = typer.Option(..., "--to", metavar="URL",
                           help="Graph Store Protocol endpoint that accepts writes, e.g. http://127.0.0.1:7878/store "
                                "(`oxigraph serve`) or http://127.0.0.1:8890/sparql-graph-crud-auth (Virtuoso)."),
    user: Optional[str] = typer.Option(None, "--user", "-u", metavar="NAME",
                                       help="Log in as NAME; the password comes from the environment variable "
                                            "KGBUILD_PUSH_PASSWORD, else from a hidden prompt."),
    store: Path = typer.Option(DEFAULT_OUT, "--store", "-s", metavar="DIR", help="Build folder holding the store."),
    timeout: float = typer.Option(30.0, "--timeout", min=0.1, max=3600, metavar="SECONDS",
                                  help="Seconds to wait for the server on each request."),
) -> None:
    """Send every named graph to a remote SPARQL 1.1 Graph Store Protocol endpoint (replacing them there)."""
    import os

    from .push import PASSWORD_ENV, public_url, split_credentials
    from .push import push as run_push

    guarded(lambda: _require_store(store))  # before asking for a password
    password = None
    if user is not None:
        password = os.environ.get(PASSWORD_ENV)
        if password is None:
            password = typer.prompt(f"password for {user} at {public_url(to)}", hide_input=True, err=True)
    elif split_credentials(to)[1] is not None and split_credentials(to)[2] is None:
        user = split_credentials(to)[1]  # http://user@host/...: ask for the password too
        password = os.environ.get(PASSWORD_ENV) or typer.prompt(f"password for {user} at {public_url(to)}",
                                                                hide_input=True, err=True)

    def run() -> dict:
        _require_store(store)
        return run_push(store, to, timeout=timeout, user=user, password=password)

    counts = guarded(run)
    typer.echo(f"pushed {len(counts)} graphs to {public_url(to)}")


@app.command("train-ner", cls=_Command)
def train_ner(
    data: Path = typer.Option(Path("../shared/data/anercorp"), "--data", help="Folder with the ANERcorp train/test files."),
    out: Path = typer.Option(Path("training/ner"), "--out", "-o", help="Where to write the trained pipeline."),
    config: Optional[Path] = typer.Option(None, "--config", help="spaCy config (default: configs/ner.cfg)."),
    max_minutes: Optional[float] = typer.Option(None, "--max-minutes", help="Stop training after this long."),
    written: Optional[Path] = typer.Option(None, "--written", help="Also learn from this written-set folder "
                                           "(gold.jsonl + texts/, e.g. eval/written/studied; never a held-out set)."),
) -> None:
    """Train the Arabic NER on ANERcorp (CC BY-SA 4.0; the model keeps its attribution)."""
    from .ner_train import train_ner as run_train

    def run() -> dict:
        for folder in (data, written):
            if folder is not None and not folder.is_dir():
                raise ValueError(f"{folder}: no such folder")
        return run_train(data, out, config=config, max_minutes=max_minutes, written=written)

    metrics = guarded(run)
    typer.echo(f"trained: {out}  test F1: {metrics.get('ents_f', metrics)}")


if __name__ == "__main__":  # pragma: no cover
    sys.exit(app())
