"""An article's extraction must not hang on the other articles built in the same process, nor on their order, nor
on which Python objects happen to be alive (scripts/determinism_check.py, run on the seeds and generated articles)."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from kgbuild.extract.mentions import Candidate
from kgbuild.extract.mentions.keys import MentionKeys

ROOT = Path(__file__).resolve().parent.parent


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


check = load("determinism_check", ROOT / "scripts" / "determinism_check.py")

# handmade: unnamed holders and bodies (the mentions the entity stage keys but keeps in no list of the Doc)
HANDMADE = [
    ("holders", "قال السفير الأمريكي إن بلاده تدعم الحوار.\n\nوأضاف المكتب الإعلامي أن الوزير سيزور العاصمة.\n\n"
                "وقال وزير الصحة التونسي إن الوزارة ستفتح مراكز جديدة، بينما انتقدت المعارضة الخطة."),
    ("agencies", "نقلت وكالة رويترز عن الرئيس الفرنسي قوله إن باريس لن تتراجع.\n\n"
                 "ورد المتحدث باسم الحكومة الألمانية بأن برلين تدرس الاقتراح."),
]


def _mention(k: int) -> Candidate:
    return Candidate(k, k + 1, k, k + 1, "x", "Group", "holder")


def test_a_dropped_mention_lends_its_key_to_no_later_one() -> None:
    keys = MentionKeys()
    keys[_mention(0)] = "group:holder"   # kept in no list: only the map holds it
    later = [_mention(k) for k in range(1, 200)]   # (CPython hands a freed object's address to the next one)
    assert not any(c in keys for c in later)
    assert len(keys) == 1


def test_each_article_reads_the_same_alone_in_batches_and_reversed(nlp) -> None:
    items = check.articles([ROOT / "seeds"], bench=24) + HANDMADE
    assert check.differences(nlp, items, seed=48) == {}
