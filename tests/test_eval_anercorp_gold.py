"""The attribution golds on ANERcorp text (eval/anercorp_attribution.jsonl, held out, train sentences
1800-2999; eval/anercorp_attribution_studied.jsonl, studied, train sentences 0-1799 and 3000-3971;
eval/anercorp_attribution_test.jsonl, held out, the whole test split): their schema,
without ../shared; and, when ../shared is there, that every item's sentence is the corpus sentence
it names."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"
TEST_CORPUS = CORPUS.with_name("ANERCorp_CamelLab_test.txt")
# gold file -> (corpus file, the stretches of sentence indices it covers: range(first, end) each)
GOLDS = {
    ROOT / "eval" / "anercorp_attribution.jsonl": (CORPUS, [(1800, 3000)]),
    ROOT / "eval" / "anercorp_attribution_studied.jsonl": (CORPUS, [(0, 1800), (3000, 3972)]),
    ROOT / "eval" / "anercorp_attribution_test.jsonl": (TEST_CORPUS, [(0, 925)]),
}
each_gold = pytest.mark.parametrize("gold_path", list(GOLDS), ids=lambda p: p.stem)
FIELDS = {"id", "sentence_index", "sentence", "cue", "speaker", "speaker_kind"}
KINDS = {"person", "org", "place", "group"}


def items(gold_path: Path) -> list[dict]:
    return [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]


@each_gold
def test_every_item_has_the_fields_and_sane_values(gold_path: Path):
    gold = items(gold_path)
    _, stretches = GOLDS[gold_path]
    assert len(gold) >= 250
    for it in gold:
        assert set(it) == FIELDS, it.get("id")
        index = it["sentence_index"]
        assert isinstance(index, int) and any(a <= index < b for a, b in stretches), it["id"]
        assert it["speaker_kind"] in KINDS, it["id"]
        assert it["speaker"].strip() and it["sentence"].strip() and it["cue"].strip(), it["id"]
        assert it["cue"] == ":" or it["cue"] in it["sentence"], it["id"]


@each_gold
def test_ids_unique_and_in_text_order(gold_path: Path):
    gold = items(gold_path)
    ids = [it["id"] for it in gold]
    assert len(ids) == len(set(ids))
    assert [it["sentence_index"] for it in gold] == sorted(it["sentence_index"] for it in gold)


@each_gold
def test_one_text_per_sentence_index(gold_path: Path):
    texts: dict[int, str] = {}
    for it in items(gold_path):
        assert texts.setdefault(it["sentence_index"], it["sentence"]) == it["sentence"], it["id"]


@each_gold
def test_sentences_are_the_corpus_sentences(gold_path: Path):
    corpus, stretches = GOLDS[gold_path]
    if not corpus.is_file():
        pytest.skip("../shared/data/anercorp absent")
    spec = importlib.util.spec_from_file_location("probe", ROOT / "scripts" / "eval_attribution_probe.py")
    probe = importlib.util.module_from_spec(spec)
    sys.modules["probe"] = probe       # dataclasses look their module up while the class is made
    spec.loader.exec_module(probe)
    sents = probe.read_sentences(corpus)
    kept = {i: text for a, b in stretches for i, text in probe.held_out(sents, a, b)}
    for it in items(gold_path):
        assert kept.get(it["sentence_index"]) == it["sentence"], it["id"]
