"""The written set (eval/written/: articles written and annotated blind by the team): every gold line
names an article that is there, its keys resolve, and every content it quotes is in the article."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

WRITTEN = Path(__file__).resolve().parent.parent / "eval" / "written"
# Articles per part: writers A-BP are studied (C-D were held out in stop 33, E-H in stop 34, I-L in stop 35,
# M-P in stop 36, Q-T in stop 37, U-X in stop 38, Y-AB in stop 39, AC-AF in stop 40, AG-AJ in stop 41, AK-AN in
# stop 42, AO-AR in stop 43, AS-AV in stops 44-45, AW-AZ in stops 46-47, BA-BD in stops 48-49, BE-BH in stops
# 50-51, BI-BL in stops 52-53, BM-BP in stops 54-55), BQ, BR, BS and BT held out.
ARTICLES = {"studied": 408, "held_out": 24}
PARTS = sorted(ARTICLES)
ACTS = {"say", "announce", "call", "condemn", "praise", "deny", "warn", "order", "request", "accuse",
        "support", "reject", "agree", "report"}
TYPES = {"Person", "Organization", "Place", "Group"}


def documents(part: str) -> list[dict]:
    lines = (WRITTEN / part / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.mark.parametrize("part", PARTS)
def test_one_gold_line_per_article(part: str):
    docs = documents(part)
    texts = sorted(p.name for p in (WRITTEN / part / "texts").glob("*.txt"))
    assert sorted(d["doc"] for d in docs) == texts
    assert len(texts) == ARTICLES[part]


@pytest.mark.parametrize("part", PARTS)
def test_statements_resolve_and_quote_their_article(part: str):
    for doc in documents(part):
        text = (WRITTEN / part / "texts" / doc["doc"]).read_text(encoding="utf-8")
        keys = {e["key"] for e in doc["entities"]}
        assert all(e["type"] in TYPES for e in doc["entities"]), doc["doc"]
        for st in doc["statements"]:
            assert st["speaker"] in keys and set(st["about"]) <= keys and set(st["via"]) <= keys, st
            assert st["act"] in ACTS and st["polarity"] in {"positive", "negative", "neutral"}, st
            assert st["content_ar"] in text, st["content_ar"]
