"""The command line, end to end on the seeds and on bad input (typer's CliRunner)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kgbuild.cli import EXIT_ERROR, EXIT_PARTIAL, app

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

runner = CliRunner()


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("cli_build")
    result = runner.invoke(app, ["build", str(SEEDS), "--out", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    assert "documents: 5" in result.output
    return out


def test_build_writes_graph_view_and_store(built: Path) -> None:
    for name in ("graph.ttl", "graph.trig", "graph.html"):
        assert (built / name).stat().st_size > 1000
    assert (built / "store").exists()


def test_every_command_has_help() -> None:
    for cmd in ("build", "query", "export", "validate", "viz", "serve", "push", "train-ner"):
        result = runner.invoke(app, [cmd, "--help"])
        assert result.exit_code == 0 and "Usage" in result.output


def test_version() -> None:
    from kgbuild import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"kgbuild {__version__}"


@pytest.mark.parametrize("cmd", ["build", "query", "export", "validate", "viz", "serve", "push", "train-ner"])
def test_help_shows_flags_as_flags_and_arguments_by_name(cmd: str) -> None:
    result = runner.invoke(app, [cmd, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"}, terminal_width=200)
    text = result.output
    assert result.exit_code == 0
    for noise in ("<bool>", "<list[", "<path>", "<int", "<float>", "<str>", "{"):
        assert noise not in text, (noise, text)
    if cmd == "build":
        assert "build [OPTIONS] INPUT..." in text
        assert "--out" in text and " DIR " in text and "--workers" in text and " N " in text
    if cmd == "push":
        assert "--user" in text and "NAME" in text and "KGBUILD_PUSH_PASSWORD" in text


def test_main_help_lists_version_and_debug() -> None:
    result = runner.invoke(app, ["--help"], env={"COLUMNS": "200"}, terminal_width=200)
    assert "--version" in result.output and "--debug" in result.output and "<bool>" not in result.output


def test_export_jsonld_has_context_and_named_graphs(built: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", "--store", str(built), "--format", "jsonld", "--out", str(tmp_path / "g.jsonld")])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert data["@context"]["kg"] == "https://w3id.org/kgbuild/ontology#"
    assert len([g for g in data["@graph"] if g["@id"].startswith("doc:")]) == 5


def test_query_select_json(built: Path) -> None:
    q = "PREFIX kg: <https://w3id.org/kgbuild/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?d a kg:Document }"
    result = runner.invoke(app, ["query", q, "--store", str(built), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["results"]["bindings"][0]["n"]["value"] == "5"


def test_query_file_ask_and_construct(built: Path) -> None:
    ask = "PREFIX kg: <https://w3id.org/kgbuild/ontology#> ASK { ?s a kg:Statement }"
    result = runner.invoke(app, ["query", ask, "--store", str(built)])
    assert result.exit_code == 0 and "true" in result.output
    construct = ("PREFIX kg: <https://w3id.org/kgbuild/ontology#> "
                 "CONSTRUCT { ?s kg:speaker ?p } WHERE { ?s kg:speaker ?p } LIMIT 3")
    result = runner.invoke(app, ["query", construct, "--store", str(built)])
    assert result.exit_code == 0 and "speaker" in result.output


def test_query_from_rq_file(built: Path) -> None:
    rq = Path(__file__).resolve().parent.parent / "queries" / "top_speakers.rq"
    result = runner.invoke(app, ["query", str(rq), "--store", str(built), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert len(result.output.strip().splitlines()) > 3


@pytest.mark.parametrize("fmt", ["ttl", "nt", "nq", "trig", "jsonld", "graphml", "gexf"])
def test_export_formats(built: Path, tmp_path: Path, fmt: str) -> None:
    dest = tmp_path / f"g.{fmt}"
    result = runner.invoke(app, ["export", "--store", str(built), "--format", fmt, "--out", str(dest)])
    assert result.exit_code == 0, result.output
    text = dest.read_text(encoding="utf-8")
    assert "كازاخستان" in text


def test_validate_passes_on_the_seeds(built: Path) -> None:
    result = runner.invoke(app, ["validate", "--store", str(built)])
    assert result.exit_code == 0, result.output
    assert "conforms" in result.output


def test_viz_command(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    result = runner.invoke(app, ["viz", "--store", str(built), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("<script") >= 1


def test_missing_input_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["build", str(tmp_path / "nope"), "--out", str(tmp_path / "o")])
    assert result.exit_code == EXIT_ERROR
    assert "no such file or folder" in result.output
    assert "Traceback" not in result.output


def test_query_without_store_is_one_line_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "ASK {}", "--store", str(tmp_path)])
    assert result.exit_code == EXIT_ERROR and "no kgbuild store" in result.output


def test_malformed_query_is_one_line_error(built: Path) -> None:
    result = runner.invoke(app, ["query", "SELEC nothing", "--store", str(built)])
    assert result.exit_code == EXIT_ERROR and "malformed query" in result.output
    assert "Traceback" not in result.output


def test_bad_files_are_skipped_and_named(tmp_path: Path) -> None:
    src = tmp_path / "in"
    src.mkdir()
    shutil.copy(next(SEEDS.glob("*.txt")), src / "good.txt")
    (src / "empty.txt").write_text("")
    (src / "latin1.txt").write_bytes("قال".encode("utf-8") + b" \xe9t\xe9")
    (src / "binary.txt").write_bytes(b"\x00\x01\x02PK")
    (src / "english.txt").write_text("Only Latin text here.")
    result = runner.invoke(app, ["build", str(src), "--out", str(tmp_path / "o"), "--quiet"])
    assert result.exit_code == EXIT_PARTIAL, result.output
    for name, reason in (("empty.txt", "empty file"), ("latin1.txt", "not UTF-8"),
                         ("binary.txt", "binary file"), ("english.txt", "no Arabic")):
        assert any(name in line and reason in line for line in result.output.splitlines()), name
    assert "documents: 1" in result.output


def test_nothing_usable_exits_with_error_and_keeps_previous_build(built: Path, tmp_path: Path) -> None:
    out = tmp_path / "o"
    shutil.copytree(built, out, symlinks=True)
    before = (out / "graph.ttl").read_bytes()
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_text("")
    result = runner.invoke(app, ["build", str(bad), "--out", str(out)])
    assert result.exit_code == EXIT_ERROR and "nothing to build" in result.output
    assert (out / "graph.ttl").read_bytes() == before
