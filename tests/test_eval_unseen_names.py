"""scripts/eval_unseen_names.py: the name swap on a handmade gold article."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kgbuild.extract.words import word_counts
from kgbuild.text import normalize

SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "eval_unseen_names.py"


@pytest.fixture(scope="module")
def unseen() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_unseen_names", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


ARTICLE = "وزير يزور القاهرة\n\nوقال وزير النقل عبد الرحمن الهاشمي إن الطريق مفتوح. وأشاد الهاشمي بالعمال، ثم التقى للهاشمي وفدا.\n"
GOLD = {"doc": "a.txt", "entities": [
    {"key": "hashemi", "type": "Person", "name_ar": "عبد الرحمن الهاشمي", "aliases_ar": ["الهاشمي"]},
    {"key": "cairo", "type": "Place", "name_ar": "القاهرة", "aliases_ar": []}],
    "statements": [{"speaker": "hashemi", "cue": "قال", "content_ar": "الطريق مفتوح", "about": []}]}


def test_a_persons_name_words_are_swapped_the_same_way_everywhere(unseen, tmp_path: Path) -> None:
    texts = tmp_path / "in"
    texts.mkdir()
    (texts / "a.txt").write_text(ARTICLE, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    out_gold = unseen.swapped_set(gold, texts, tmp_path / "out", seed=1, keep_given=False)
    doc = json.loads(out_gold.read_text(encoding="utf-8"))
    text = (tmp_path / "out" / "texts" / "a.txt").read_text(encoding="utf-8")
    person = doc["entities"][0]
    words = person["name_ar"].split()
    assert words[0] == "عبد" and words[2].startswith("ال") and words[2] != "الهاشمي"   # the particle stays
    assert words[2].endswith("ي")                                   # a nisba stays a nisba
    assert person["aliases_ar"] == [words[2]]
    assert "الهاشمي" not in text and person["name_ar"] in text
    assert "و" + words[2] in text or f" {words[2]} " in text
    assert "لل" + words[2][2:] in text                                # ل + ال written لل
    assert doc["entities"][1]["name_ar"] == "القاهرة" and "القاهرة" in text   # only persons change


def test_invented_words_are_new_and_never_repeat(unseen) -> None:
    inventor = unseen.NameInventor(seed=7)
    made = [inventor.word("x") for _ in range(50)]
    assert len(set(made)) == 50
    assert not any(normalize(w) in word_counts() for w in made)


def test_the_scorer_is_found_beside_the_gold_when_the_checkout_has_no_shared_beside_it(unseen, tmp_path: Path,
                                                                                      monkeypatch) -> None:
    monkeypatch.setattr(unseen, "SCORER", tmp_path / "nowhere" / "score.py")
    gold = tmp_path / "shared" / "gold" / "dev.gold.jsonl"
    assert unseen.default_scorer(gold) == (tmp_path / "shared" / "eval" / "score.py").resolve()
