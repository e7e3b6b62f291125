"""Attribution when the people are new: a gold set scored again with every person's name swapped for an
invented one that no table of kgbuild knows.

usage (from the repository root, ../shared beside it):
    PYTHONPATH=$PWD .venv/bin/python scripts/eval_unseen_names.py --gold ../shared/gold/dev.gold.jsonl \
        --texts ../shared/gold/dev/texts [--seeds 1,2,3] [--keep-given] [--out /tmp/unseen] [--scorer PATH]
(the scorer defaults to ../shared/eval/score.py, else to eval/score.py beside the gold's folder: a checkout
elsewhere, such as a git worktree, finds it through the gold path)

Why: kgbuild's tables know many politicians (actors.tsv) and common Arab given names, and its NER was
trained on ANERcorp, so a gold set about well-known people flatters it; the articles it will read next
name people it has never seen. Each gold person's name words (not the particles عبد، أبو، بن ... nor
titles) are mapped, the same way within an article, to invented words; the article's text, the gold's
names and aliases and its quoted contents are rewritten with the same map, the clitics before a name kept
(وفلان، لفلان، للفلان). An invented word is built from consonant-vowel patterns, is no word of any
lexicon table nor of ANERcorp's word counts, reads as no ordinary word to kgbuild's name checks, and
keeps the old word's ending when that is the nisba's ي or ة, and ends in no pronoun's shape (ـها، ـهم); an
alias that is part of a name written as one word takes that word's replacement. With --keep-given, a given name the lexicon
lists is swapped for another listed given name instead (an unknown Arab with a common first name).
The texts and golds are written to a temporary directory only (they are the gold set's texts, whatever
its licence) and removed unless --out is given.

Prints, per seed, the scorer's summary line for the rewritten set, then the mean over seeds.
"""
from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from kgbuild import lexicon
from kgbuild.extract.words import ends_in_pronoun, name_like_text, word_counts
from kgbuild.text import normalize

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score.py"
ARABIC = "\u0621-\u064a"
# particles and God's name stay: they are the frame of a name, not the name
KEPT = {normalize(w) for w in "بن ابن بنت عبد أبو ابو أبي آل الله الدين أم ولد بو".split()}
CONSONANTS = "بتدرزسشكلمنفقجغهط"
ENDINGS = ("", "", "وف", "ين", "ان", "ي", "ا")
FIGURES = ("entities", "speakers", "edges", "quotes_R", "quotes_P")


def lexicon_words() -> set[str]:
    """Every Arabic word of every lexicon table, folded: an invented name must be none of them."""
    words: set[str] = set()
    for table in (ROOT / "kgbuild" / "lexicon").glob("*.tsv"):
        words |= {normalize(w) for w in re.findall(f"[{ARABIC}]+", table.read_text(encoding="utf-8"))}
    return words


def title_words() -> set[str]:
    return {normalize(t) for t in lexicon.titles() if " " not in t}


class NameInventor:
    """Invented name words, none known to kgbuild, none repeated."""

    def __init__(self, seed: int) -> None:
        self.random = random.Random(seed)
        self.taken = lexicon_words() | set(word_counts())

    def word(self, like: str) -> str:
        r = self.random
        while True:
            w = r.choice(CONSONANTS) + r.choice(("ا", "و", "ي", "")) + r.choice(CONSONANTS) + r.choice("اوي") \
                + r.choice(CONSONANTS) + r.choice(ENDINGS)
            if like.endswith(("ي", "ة")) and not w.endswith(like[-1]):
                w = w.rstrip("اوي") + like[-1]   # a nisba family name stays one
            # no word that reads as a noun with a pronoun on it ("...ها"), which few names of people do
            if len(w) >= 4 and normalize(w) not in self.taken and name_like_text(w) and not ends_in_pronoun(w):
                self.taken.add(normalize(w))
                return w


def name_map(doc: dict, inventor: NameInventor, keep_given: bool, kept: set[str]) -> dict[str, str]:
    """The article's person name words, each to its invented replacement."""
    given = lexicon.given_names() if keep_given else {}
    by_kind: dict[str, list[str]] = {}
    for n, kind in sorted(given.items()):
        by_kind.setdefault(kind, []).append(n)
    mapping: dict[str, str] = {}
    for ent in doc["entities"]:
        if ent["type"] != "Person":
            continue
        name_words = ent["name_ar"].split()
        for form in [ent["name_ar"], *ent.get("aliases_ar", [])]:
            for w in form.split():
                norm = normalize(w)
                if norm in kept or w in mapping:
                    continue
                # an alias that is part of a name written as one word ("سلفاكير" ... "كير") takes that
                # word's replacement, so the later short form still names the same person
                glued = next((n for n in name_words if n != w and w in n and n in mapping), None)
                if glued is not None:
                    mapping[w] = mapping[glued]
                    continue
                definite = w.startswith("ال") and len(w) > 4
                if norm in given:
                    new = inventor.random.choice([g for g in by_kind[given[norm]] if g != norm])
                else:
                    new = inventor.word(w)
                mapping[w] = "ال" + new if definite else new
    return mapping


def rewrite(text: str, mapping: dict[str, str]) -> str:
    """The text with every mapped word replaced, clitics before it kept."""
    for old in sorted(mapping, key=len, reverse=True):
        new = mapping[old]
        text = re.sub(f"(?<![{ARABIC}])([وفبك]{{0,2}}|[وف]?ل)?{re.escape(old)}(?![{ARABIC}])",
                      lambda m: (m.group(1) or "") + new, text)
        if old.startswith("ال"):   # ل + ال written لل: "للفلاني"
            text = re.sub(f"(?<![{ARABIC}])([وفبك]?)لل{re.escape(old[2:])}(?![{ARABIC}])",
                          lambda m: m.group(1) + "لل" + new[2:], text)
    return text


def swapped_set(gold: Path, texts: Path, out: Path, seed: int, keep_given: bool) -> Path:
    """Write out/texts and out/gold.jsonl; return the gold's path."""
    inventor, kept = NameInventor(seed), KEPT | title_words()
    (out / "texts").mkdir(parents=True, exist_ok=True)
    docs = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    for doc in docs:
        mapping = name_map(doc, inventor, keep_given, kept)
        text = (texts / doc["doc"]).read_text(encoding="utf-8")
        (out / "texts" / doc["doc"]).write_text(rewrite(text, mapping), encoding="utf-8")
        for ent in doc["entities"]:
            ent["name_ar"] = rewrite(ent["name_ar"], mapping)
            ent["aliases_ar"] = [rewrite(a, mapping) for a in ent.get("aliases_ar", [])]
        for st in doc["statements"]:
            st["content_ar"] = rewrite(st["content_ar"], mapping)
    path = out / "gold.jsonl"
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs), encoding="utf-8")
    return path


def default_scorer(gold: Path) -> Path:
    """../shared/eval/score.py beside the repository, else the one beside the gold file's folder."""
    return SCORER if SCORER.exists() else gold.resolve().parent.parent / "eval" / "score.py"


def build_and_score(out: Path, gold: Path, scorer: Path) -> dict[str, float]:
    """Build the rewritten texts with this checkout's kgbuild and score them with the shared scorer."""
    build = out / "build"
    subprocess.run([sys.executable, "-m", "kgbuild.cli", "build", str(out / "texts"), "--out", str(build)],
                   check=True, capture_output=True, cwd=ROOT)
    result = subprocess.run([sys.executable, str(scorer), "--gold", str(gold), "--graph", str(build / "graph.ttl"),
                             "--ontology", str(ROOT / "ontology" / "kgbuild.ttl")],
                            check=True, capture_output=True, text=True)
    line = next(x for x in result.stdout.splitlines() if x.startswith("entities F1="))
    print(line)
    scores = {k: float(v) for k, v in re.findall(r"(\w+) F1=([\d.]+)", line)}
    quotes = re.search(r"quotes R=([\d.]+) P=([\d.]+)", line)
    if quotes:
        scores["quotes_R"], scores["quotes_P"] = float(quotes.group(1)), float(quotes.group(2))
    return scores


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--gold", type=Path, required=True)
    ap.add_argument("--texts", type=Path, required=True)
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--keep-given", action="store_true", help="swap listed given names for other listed ones")
    ap.add_argument("--out", type=Path, help="keep the rewritten sets here")
    ap.add_argument("--scorer", type=Path, help="score.py of the shared eval (default: see usage)")
    args = ap.parse_args(argv)
    scorer = args.scorer or default_scorer(args.gold)
    scores = []
    with tempfile.TemporaryDirectory() as tmp:
        for seed in (int(s) for s in args.seeds.split(",")):
            out = (args.out or Path(tmp)) / f"seed{seed}"
            gold = swapped_set(args.gold, args.texts, out, seed, args.keep_given)
            scores.append(build_and_score(out, gold, scorer))
    print("mean over seeds: " + "  ".join(f"{k} {sum(s.get(k, 0.0) for s in scores) / len(scores):.3f}"
                                          for k in FIGURES))
    return 0


if __name__ == "__main__":
    sys.exit(main())
