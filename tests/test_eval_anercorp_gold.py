"""The held-out attribution gold (eval/anercorp_attribution.jsonl): its schema, without ../shared;
and, when ../shared is there, that every item's sentence is the corpus sentence it names."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "anercorp_attribution.jsonl"
CORPUS = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"
FIELDS = {"id", "sentence_index", "sentence", "cue", "speaker", "speaker_kind"}
KINDS = {"person", "org", "place", "group"}


def items() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_item_has_the_fields_and_sane_values():
    gold = items()
    assert len(gold) >= 150
    for it in gold:
        assert set(it) == FIELDS, it.get("id")
        assert isinstance(it["sentence_index"], int) and 1800 <= it["sentence_index"] < 3000, it["id"]
        assert it["speaker_kind"] in KINDS, it["id"]
        assert it["speaker"].strip() and it["sentence"].strip() and it["cue"].strip(), it["id"]
        assert it["cue"] == ":" or it["cue"] in it["sentence"], it["id"]


def test_ids_unique_and_in_text_order():
    gold = items()
    ids = [it["id"] for it in gold]
    assert len(ids) == len(set(ids))
    assert [it["sentence_index"] for it in gold] == sorted(it["sentence_index"] for it in gold)


def test_one_text_per_sentence_index():
    texts: dict[int, str] = {}
    for it in items():
        assert texts.setdefault(it["sentence_index"], it["sentence"]) == it["sentence"], it["id"]


@pytest.mark.skipif(not CORPUS.is_file(), reason="../shared/data/anercorp absent")
def test_sentences_are_the_corpus_sentences():
    spec = importlib.util.spec_from_file_location("probe", ROOT / "scripts" / "eval_attribution_probe.py")
    probe = importlib.util.module_from_spec(spec)
    sys.modules["probe"] = probe       # dataclasses look their module up while the class is made
    spec.loader.exec_module(probe)
    kept = dict(probe.held_out(probe.read_sentences(CORPUS)))
    for it in items():
        assert kept.get(it["sentence_index"]) == it["sentence"], it["id"]
