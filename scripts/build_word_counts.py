"""Regenerate kgbuild/extract/data/word_counts.tsv from ANERcorp's training split.

For every word of ANERcorp's training text (normalised with kgbuild.text.normalize): how often it
occurs, and how often its annotators left it outside every entity (tag O). The extractor reads
from it which words are ordinary words of news and never names (`kgbuild.extract.words`).
ANERcorp is CC BY-SA 4.0 (Benajiba & Rosso 2007; CAMeL Lab split, Obeid et al. 2020): the table is
a derivative and carries the same licence and attribution.

usage: python scripts/build_word_counts.py ../shared/data/anercorp/ANERCorp_CamelLab_train.txt
"""
from __future__ import annotations

import collections
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from kgbuild.text import normalize  # noqa: E402

OUT = Path(__file__).resolve().parent.parent / "kgbuild" / "extract" / "data" / "word_counts.tsv"


def main(path: str) -> None:
    total: collections.Counter[str] = collections.Counter()
    outside: collections.Counter[str] = collections.Counter()
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) != 2:
            continue
        word = normalize(parts[0])
        if not word or not any("\u0600" <= c <= "\u06ff" for c in word):
            continue
        total[word] += 1
        if parts[1] == "O":
            outside[word] += 1
    header = ("# Words of ANERcorp train, normalised with kgbuild.text.normalize: times seen, times tagged O.\n"
              "# Derived from ANERcorp, CC BY-SA 4.0: Benajiba & Rosso 2007; CAMeL Lab train/test split,\n"
              "# Obeid et al., LREC 2020. Regenerate: python scripts/build_word_counts.py <ANERCorp_CamelLab_train.txt>\n")
    rows = [f"{w}\t{total[w]}\t{outside[w]}" for w in sorted(total)]
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(header + "word\tseen\toutside\n" + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} words -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1])
