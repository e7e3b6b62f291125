"""Where the ontology, SHACL shapes and SPARQL queries live.

In a source checkout they are the repository's top-level ``ontology/`` and ``queries/`` folders; an
installed package carries copies under ``kgbuild/ontology`` and ``kgbuild/queries`` (package data,
see pyproject.toml), used when the top-level folders are not there.
"""
from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_REPO = _PACKAGE.parent


def _locate(name: str, marker: str) -> Path:
    """The first of <repo>/<name>, <package>/<name> holding files matching `marker`."""
    for candidate in (_REPO / name, _PACKAGE / name):
        if candidate.is_dir() and any(candidate.glob(marker)):
            return candidate
    raise FileNotFoundError(
        f"no {name}/ folder with {marker} found in {_REPO} or {_PACKAGE}")


def ontology_dir() -> Path:
    """Folder holding kgbuild.ttl (the ontology) and shapes.ttl (the SHACL shapes)."""
    return _locate("ontology", "kgbuild.ttl")


def queries_dir() -> Path:
    """Folder holding the stock SPARQL queries (*.rq)."""
    return _locate("queries", "*.rq")


def ontology_path() -> Path:
    return ontology_dir() / "kgbuild.ttl"


def shapes_path() -> Path:
    return ontology_dir() / "shapes.ttl"


def query_files() -> dict[str, Path]:
    """Stock queries by name (file name without .rq), sorted."""
    return {p.stem: p for p in sorted(queries_dir().glob("*.rq"))}
