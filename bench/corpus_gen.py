"""A corpus of N Arabic "news articles" made of real Arabic sentences, for benchmarks.

    .venv/bin/python bench/corpus_gen.py 10000 [--sentences 8] [--out bench/corpus]

Sentences come from the seed articles (seeds/*.txt, split at sentence ends) and from ANERcorp
(../shared/data/anercorp/ANERCorp_CamelLab_train.txt, tokens joined by spaces). Article i is made
from random.Random(SEED + i) alone, so a corpus of 1k articles is the first 1k files of the 10k
corpus, and any size (100k too) is written in one streaming pass: one article in memory at a time.
Each article: a title line (the first words of a sentence), then ~`sentences` sentences, one per
paragraph, about a third of them from the seeds (which carry reported speech) and the rest from
ANERcorp. Files go to OUT/articles_<N>_<sentences>/<i // 1000>/<i>.txt (bench/corpus/ is git-ignored);
a finished corpus is marked with a DONE file and is not written again.
"""
from __future__ import annotations

import argparse
import random
import re
import sys
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ANERCORP = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"
CORPUS = ROOT / "bench" / "corpus"
SEED = 20220105
SEED_SHARE = 0.35

_SENT_END = re.compile(r"(?<=[.!؟?])\s+")


@lru_cache(maxsize=1)
def seed_sentences() -> tuple[str, ...]:
    out = []
    for path in sorted(SEEDS.glob("*.txt")):
        for line in path.read_text(encoding="utf-8").splitlines():
            for s in _SENT_END.split(line.strip()):
                if len(s.split()) >= 5:
                    out.append(s.strip())
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=1)
def anercorp_sentences(path: Path = ANERCORP) -> tuple[str, ...]:
    if not path.exists():
        return ()
    out, cur = [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        tok = line.split(" ")[0].strip() if line.strip() else ""
        if tok:
            cur.append(tok)
            if tok in (".", "!", "؟", "?") and len(cur) >= 5:
                out.append(" ".join(cur))
                cur = []
        elif cur:
            if len(cur) >= 5:
                out.append(" ".join(cur))
            cur = []
    if len(cur) >= 5:
        out.append(" ".join(cur))
    return tuple(out)


def article(i: int, sentences: int = 8) -> str:
    """Article number i (deterministic)."""
    rnd = random.Random(SEED * 1_000_003 + i)
    seeds, aner = seed_sentences(), anercorp_sentences() or seed_sentences()
    n = max(1, sentences + rnd.randint(-sentences // 3, sentences // 3))
    body = [rnd.choice(seeds) if rnd.random() < SEED_SHARE else rnd.choice(aner) for _ in range(n)]
    title = " ".join(rnd.choice(body).split()[:8])
    return title + "\n\n" + "\n\n".join(body) + "\n"


def corpus_dir(n: int, sentences: int = 8, out: Path = CORPUS) -> Path:
    return Path(out) / f"articles_{n}_{sentences}"


def generate(n: int, sentences: int = 8, out: Path = CORPUS) -> Path:
    """Write the corpus of n articles (if not there yet); return its folder."""
    folder = corpus_dir(n, sentences, out)
    if (folder / "DONE").exists():
        return folder
    for i in range(n):
        sub = folder / f"{i // 1000:03d}"
        if i % 1000 == 0:
            sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{i:06d}.txt").write_text(article(i, sentences), encoding="utf-8")
    (folder / "DONE").write_text(f"{n}\n")
    return folder


def words_in(folder: Path) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in Path(folder).rglob("*.txt"))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of articles (1000, 10000, 100000 ...)")
    ap.add_argument("--sentences", type=int, default=8, help="mean sentences per article (default 8)")
    ap.add_argument("--out", type=Path, default=CORPUS)
    a = ap.parse_args(argv)
    folder = generate(a.n, a.sentences, a.out)
    print(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
