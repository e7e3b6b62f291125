"""scripts/eval_attribution_probe.py --swap-names: person speakers' names invented anew, on handmade lines."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_attribution_probe.py"


@pytest.fixture(scope="module")
def probe() -> ModuleType:
    spec = importlib.util.spec_from_file_location("probe", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules["probe"] = module       # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


SENTENCES = [(0, "وقال وزير المالية سليم الكرداني إن العجز تراجع."),
             (1, "وأضاف الكرداني أن الخطة تنجح، ونقل عن للكرداني مساعده قوله إنه علي حق."),
             (2, "وأكدت وزارة المالية أن سليم سيسافر غدا.")]
GOLD = [{"sentence_index": 0, "sentence": SENTENCES[0][1], "cue": "قال", "speaker": "سليم الكرداني",
         "speaker_kind": "person"},
        {"sentence_index": 1, "sentence": SENTENCES[1][1], "cue": "أضاف", "speaker": "الكرداني",
         "speaker_kind": "person"},
        {"sentence_index": 2, "sentence": SENTENCES[2][1], "cue": "أكدت", "speaker": "وزارة المالية",
         "speaker_kind": "org"}]


def test_person_name_words_are_swapped_everywhere_the_same_way(probe) -> None:
    mapping = probe.name_mapping(GOLD, seed=1, ordinary={"علي"})
    sents, gold = probe.swap_names(SENTENCES, GOLD, mapping)
    given, family = gold[0]["speaker"].split()
    assert given != "سليم" and family.startswith("ال") and family != "الكرداني"
    assert gold[1]["speaker"] == family                         # one map for the whole stretch
    assert f" {given} {family} " in sents[0][1]
    assert f"وأضاف {family} " in sents[1][1]                    # whole word after its cue
    assert "لل" + family[2:] in sents[1][1]                     # ل + ال written لل
    assert "علي حق" in sents[1][1]                              # an ordinary word stays
    assert f" {given} " in sents[2][1] and "سليم" not in sents[2][1]   # every sentence, not the gold's only
    assert gold[2]["speaker"] == "وزارة المالية"                # only persons' words change
    assert all(g["sentence"] == s for g, (_, s) in zip(gold, sents))


def test_words_used_mostly_outside_names_are_ordinary(probe, tmp_path: Path) -> None:
    corpus = tmp_path / "c.txt"
    lines = ["علي B-PERS"] + ["علي O"] * 6 + ["سليم B-PERS", "سليم O", "الكرداني I-PERS"]
    corpus.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert probe.ordinary_words(corpus) == {"علي"}
