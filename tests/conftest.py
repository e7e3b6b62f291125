from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from kgbuild.pipeline import make_pipeline
    return make_pipeline()


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seeds built once for the whole session: the output folder."""
    from kgbuild.build import build
    out = tmp_path_factory.mktemp("seed_build")
    build([SEEDS], out)
    return out
