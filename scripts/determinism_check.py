"""Does an article's extraction depend on the other articles built in the same process?

    .venv/bin/python scripts/determinism_check.py DIR_OR_FILE ... [--limit N] [--bench N] [--seed S]

Each article is extracted (kgbuild.build.extract_batch, as a build runs it) five ways in one process:
alone, one at a time, in a shuffled order; in build batches (kgbuild.build.BATCH_SIZE) in input order;
all in one batch in reversed order; alone again in another shuffled order; and alone with every mention
(Candidate) ever made kept alive, so that no id() is handed on from a dead one. Its N-Quads
(kgbuild.build.document_nquads) must be the same every way. An article whose output differs is named
with the quads that differ. Exit status 1 when any differs.

--bench N adds the first N articles of the benchmark corpus (bench/corpus_gen.py, made in memory).
--save FILE writes each article's quads (of the first way) as JSON; --against FILE compares them with a file
saved by another process (another PYTHONHASHSEED, another tree): set orders change between processes.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgbuild.build import BATCH_SIZE, ExtractionFailure, document_nquads, extract_batch  # noqa: E402
from kgbuild.extract.mentions import Candidate  # noqa: E402

Item = tuple[str, str]


def _output(rec) -> frozenset[str]:
    if isinstance(rec, ExtractionFailure):
        return frozenset({f"FAILED {rec.reason}"})
    return frozenset(document_nquads(rec).decode("utf-8").splitlines())


def _run(nlp, batches: Sequence[list[Item]]) -> dict[str, frozenset[str]]:
    out: dict[str, frozenset[str]] = {}
    for batch in batches:
        for (doc_id, _), rec in zip(batch, extract_batch(nlp, batch)):
            out[doc_id] = _output(rec)
    return out


def orders(items: list[Item], seed: int) -> dict[str, list[list[Item]]]:
    """The ways each article is extracted: name -> the batches, in the order they run."""
    rnd = random.Random(seed)
    alone_a, alone_b = items[:], items[:]
    rnd.shuffle(alone_a)
    rnd.shuffle(alone_b)
    return {
        "alone, shuffled": [[it] for it in alone_a],
        f"batches of {BATCH_SIZE}": [items[k:k + BATCH_SIZE] for k in range(0, len(items), BATCH_SIZE)],
        "one batch, reversed": [items[::-1]],
        "alone, shuffled again": [[it] for it in alone_b],
    }


@contextmanager
def mentions_kept_alive() -> Iterator[None]:
    """Every Candidate made meanwhile stays alive: a stage that looks a mention up by id() could otherwise read
    what it found for a dead one whose address a new one took (the answer then hangs on the allocator)."""
    kept: list[Candidate] = []
    made = Candidate.__init__

    def init(self, *args, **kwargs) -> None:
        made(self, *args, **kwargs)
        kept.append(self)
    Candidate.__init__ = init
    try:
        yield
    finally:
        Candidate.__init__ = made


def differences(nlp, items: list[Item], seed: int = 0, log: Callable[[str], None] = lambda _: None,
                before: dict[str, frozenset[str]] | None = None,
                runs: dict[str, dict[str, frozenset[str]]] | None = None) -> dict[str, list[str]]:
    """doc_id -> a description of how its output differs between the orders (and from `before`, another
    process's output, when given); empty when none does. `runs`, when given, receives each way's output."""
    runs = {} if runs is None else runs
    if before is not None:
        runs["the saved run"] = before
    for name, batches in orders(items, seed).items():
        runs[name] = _run(nlp, batches)
        log(f"{name}: {len(runs[name])} articles")
    with mentions_kept_alive():
        runs["alone, mentions kept alive"] = _run(nlp, [[it] for it in items])
    first, *rest = runs
    out: dict[str, list[str]] = {}
    for doc_id, _ in items:
        base = runs[first].get(doc_id, frozenset())
        for name in rest:
            other = runs[name].get(doc_id, frozenset())
            if other != base:
                lines = [f"{first} vs {name}:"]
                lines += [f"  - {q}" for q in sorted(base - other)]
                lines += [f"  + {q}" for q in sorted(other - base)]
                out.setdefault(doc_id, []).extend(lines)
    return out


def articles(paths: list[Path], bench: int = 0) -> list[Item]:
    items: list[Item] = []
    for p in paths:
        files = sorted(p.rglob("*.txt")) if p.is_dir() else [p]
        items += [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    if bench:
        sys.path.insert(0, str(ROOT / "bench"))
        import corpus_gen
        items += [(f"bench{i:06d}", corpus_gen.article(i)) for i in range(bench)]
    return items


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", type=Path, help="article files or folders of them (*.txt)")
    ap.add_argument("--bench", type=int, default=0, help="add the first N articles of the bench corpus")
    ap.add_argument("--limit", type=int, default=0, help="at most N articles (a seeded sample)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--no-ner", action="store_true")
    ap.add_argument("--save", type=Path, help="write each article's quads here (JSON)")
    ap.add_argument("--against", type=Path, help="compare with quads saved by --save in another process")
    a = ap.parse_args(argv)
    items = articles(a.paths, a.bench)
    if a.limit and len(items) > a.limit:
        items = sorted(random.Random(a.seed).sample(items, a.limit))
    from kgbuild.pipeline import make_pipeline
    nlp = make_pipeline(use_ner=not a.no_ner)
    before = None
    if a.against:
        saved = json.loads(a.against.read_text(encoding="utf-8"))
        before = {doc_id: frozenset(quads) for doc_id, quads in saved.items()}
    runs: dict[str, dict[str, frozenset[str]]] = {}
    diff = differences(nlp, items, a.seed, log=lambda m: print(m, file=sys.stderr, flush=True), before=before,
                       runs=runs)
    if a.save:
        first = runs["alone, shuffled"]
        a.save.write_text(json.dumps({k: sorted(v) for k, v in first.items()}, ensure_ascii=False), encoding="utf-8")
    for doc_id, lines in diff.items():
        print(doc_id)
        print("\n".join(lines))
    print(f"{len(diff)} of {len(items)} articles differ between orders", file=sys.stderr)
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
