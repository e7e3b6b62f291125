"""Attribution on held-out text: kgbuild's statements against eval/anercorp_attribution.jsonl.

usage (from the repository root, ../shared/data beside it):
    PYTHONPATH=$PWD .venv/bin/python scripts/eval_attribution_probe.py [--details]
    ... --gold eval/anercorp_attribution_studied.jsonl --stretch 0:1800 --stretch 3000:3972 [--details]
        (the studied gold, which may be read; --first/--end give one stretch, --stretch any number)
    ... --swap-names SEED   (every person speaker's name invented anew, see swap_names below)

The gold (eval/README_anercorp_attribution.md) names, for ANERcorp train sentences 1800-2999, every
statement's sentence, cue word and speaker as written. This script rebuilds the same sentences
(exact duplicates of an earlier sentence skipped, as in the gold) as articles of 15 consecutive
sentences: a headline line "خبر", a blank line, then one sentence per line. kgbuild extracts them
(make_pipeline + extract_batch, as scripts/eval_anercorp_entities.py does), and each system
statement is placed on the sentence line that holds its cue.

Scores:
  speaker P/R/F1  a system statement matches a gold item when both are on the same sentence and
                  a name of the speaker entity (its label, forms and mention surfaces, folded by
                  kgbuild.text.normalize) equals the gold speaker or contains it, or is contained
                  in it, as whole words; matching is one-to-one within a sentence.
  cue recall      per sentence, min(gold items, system statements) over gold items: how much of
                  the gold is met by some statement in its sentence, whatever the speaker.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "eval" / "anercorp_attribution.jsonl"
CORPUS = ROOT.parent / "shared" / "data" / "anercorp" / "ANERCorp_CamelLab_train.txt"
FIRST, END = 1800, 3000          # sentence indices range(FIRST, END), 0-based
ARTICLE_SIZE = 15                # sentences per rebuilt article
HEADLINE = "خبر"


# --- the sentences, as the gold has them ---------------------------------------------------------

def read_sentences(path: Path) -> list[list[str]]:
    """ANERcorp: one 'token TAG' per line, a blank line between sentences -> token lists."""
    sents: list[list[str]] = []
    cur: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            if cur:
                sents.append(cur)
                cur = []
            continue
        cur.append(parts[0])
    if cur:
        sents.append(cur)
    return sents


def detokenize(tokens: list[str]) -> str:
    """Tokens joined by spaces, no space before . , ، : ؛ ! ? ؟ ) ] nor after ( [."""
    text = " ".join(tokens)
    text = re.sub(r" ([.,،:؛!?؟)\]])", r"\1", text)
    return re.sub(r"([(\[]) ", r"\1", text)


def held_out(sents: list[list[str]], first: int = FIRST, end: int = END) -> list[tuple[int, str]]:
    """(index, text) of sentences first..end-1, skipping any that repeats an earlier sentence
    of the whole file (so that no duplicate of a studied sentence counts as held out)."""
    seen: set[str] = set()
    kept: list[tuple[int, str]] = []
    for i, toks in enumerate(sents[:end]):
        text = detokenize(toks)
        if i >= first and text not in seen:
            kept.append((i, text))
        seen.add(text)
    return kept


# --- unseen names (--swap-names) -----------------------------------------------------------------
# kgbuild's NER was trained on ANERcorp and its tables know many of these people, so the gold's
# persons flatter it; with --swap-names every person speaker's name words are replaced, in every
# sentence of the stretch and in the gold, by invented words from scripts/eval_unseen_names.py.

def unseen_names_module():
    spec = importlib.util.spec_from_file_location("eval_unseen_names", ROOT / "scripts" / "eval_unseen_names.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def ordinary_words(path: Path) -> set[str]:
    """Words the corpus tags outside a person's name more often than inside one (علي written for على,
    الأميركي, الثاني, أمين): they stay, like the particles of a name, or the swap would rewrite ordinary
    text. A word seen outside names fewer than 5 times is a name whatever its tags (tagging slips)."""
    inside, outside = Counter(), Counter()
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            (inside if parts[1].endswith("PERS") else outside)[parts[0]] += 1
    return {w for w in outside if outside[w] > inside[w] and outside[w] >= 5}


def name_mapping(gold: list[dict], seed: int, ordinary: set[str]) -> dict[str, str]:
    """Each name word of the gold's person speakers -> an invented word, one map for the whole stretch."""
    unseen = unseen_names_module()
    from kgbuild.text import normalize

    inventor = unseen.NameInventor(seed)
    kept = unseen.KEPT | unseen.title_words() | {normalize(w) for w in ordinary}
    speakers = sorted({g["speaker"] for g in gold if g["speaker_kind"] == "person"})
    doc = {"entities": [{"type": "Person", "name_ar": s, "aliases_ar": []} for s in speakers]}
    return unseen.name_map(doc, inventor, keep_given=False, kept=kept)


def swap_names(kept: list[tuple[int, str]], gold: list[dict], mapping: dict[str, str]
               ) -> tuple[list[tuple[int, str]], list[dict]]:
    """The sentences and the gold with every mapped word replaced (clitics before it kept)."""
    rewrite = unseen_names_module().rewrite
    sentences = [(i, rewrite(text, mapping)) for i, text in kept]
    items = [{**g, "speaker": rewrite(g["speaker"], mapping), "sentence": rewrite(g["sentence"], mapping)}
             for g in gold]
    return sentences, items


# --- articles -------------------------------------------------------------------------------------

@dataclass
class Article:
    doc_id: str
    text: str
    lines: list[tuple[int, int, int]]    # (sentence index, start, end) of each sentence line


def make_articles(kept: list[tuple[int, str]], size: int = ARTICLE_SIZE) -> list[Article]:
    articles = []
    for k in range(0, len(kept), size):
        text, lines = HEADLINE + "\n\n", []
        for idx, sent in kept[k:k + size]:
            lines.append((idx, len(text), len(text) + len(sent)))
            text += sent + "\n"
        articles.append(Article(f"anercorp_{kept[k][0]}", text, lines))
    return articles


def sentence_at(article: Article, offset: int) -> int | None:
    for idx, start, end in article.lines:
        if start <= offset <= end:
            return idx
    return None


# --- system statements ----------------------------------------------------------------------------

@dataclass
class SysStatement:
    sentence_index: int
    cue: str
    speaker_names: list[str]     # normalized label, forms, mention surfaces


def speaker_names(rec, st, normalize) -> list[str]:
    names: list[str] = []
    ent = rec.entities.get(st.speaker)
    if ent is not None:
        names += [ent.label, *ent.forms]
        names += [m for mention in ent.mentions for m in (mention.text, mention.form)]
    if st.speaker_span:
        names.append(rec.text[st.speaker_span[0]:st.speaker_span[1]])
    folded = {normalize(n) for n in names if n}
    return sorted(n for n in folded if n)


def system_statements(articles: list[Article]) -> list[SysStatement]:
    from kgbuild.build import extract_batch
    from kgbuild.pipeline import make_pipeline
    from kgbuild.text import normalize

    nlp = make_pipeline()
    recs = extract_batch(nlp, [(a.doc_id, a.text) for a in articles])
    found: list[SysStatement] = []
    for art, rec in zip(articles, recs):
        if not hasattr(rec, "statements"):
            print(f"extraction failed for {art.doc_id}: {getattr(rec, 'reason', rec)}", file=sys.stderr)
            continue
        for st in rec.statements:
            at = st.cue_span[0] if st.cue_span else (st.speaker_span or st.sentence_span)[0]
            idx = sentence_at(art, at)
            if idx is None:   # on the headline line: no gold there, and none expected
                print(f"{art.doc_id}: statement off the sentence lines ({st.cue})", file=sys.stderr)
                continue
            found.append(SysStatement(idx, st.cue, speaker_names(rec, st, normalize)))
    return found


# --- matching -------------------------------------------------------------------------------------

def contains_words(longer: str, shorter: str) -> bool:
    return f" {shorter} " in f" {longer} "


def same_speaker(gold: str, names: Iterable[str]) -> bool:
    return any(n == gold or contains_words(n, gold) or contains_words(gold, n) for n in names)


def same_cue(gold_cue: str, sys_cue: str, normalize) -> bool:
    g, c = normalize(gold_cue), normalize(sys_cue)
    return bool(g and c) and (g in c or c in g)


def max_matching(gold: list[dict], system: list[SysStatement], normalize) -> list[tuple[int, int]]:
    """One-to-one gold/system pairs with the same speaker, as many as possible (augmenting paths).
    A system statement on the gold's cue word is tried first, so that --details pairs them up."""
    edges = []
    for g in gold:
        fits = [j for j, s in enumerate(system) if same_speaker(normalize(g["speaker"]), s.speaker_names)]
        edges.append(sorted(fits, key=lambda j: not same_cue(g["cue"], system[j].cue, normalize)))
    owner: dict[int, int] = {}

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j not in seen:
                seen.add(j)
                if j not in owner or augment(owner[j], seen):
                    owner[j] = i
                    return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


@dataclass
class Score:
    gold: int = 0
    system: int = 0
    matched: int = 0
    cue_found: int = 0
    by_kind: dict[str, list[int]] = field(default_factory=dict)   # kind -> [matched, gold]

    def prf(self) -> tuple[float, float, float]:
        p = self.matched / self.system if self.system else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def by_sentence(items: Iterable, key) -> dict[int, list]:
    out: dict[int, list] = {}
    for it in items:
        out.setdefault(key(it), []).append(it)
    return out


def score(gold: list[dict], system: list[SysStatement], details: bool = False) -> Score:
    from kgbuild.text import normalize

    g_by = by_sentence(gold, lambda g: g["sentence_index"])
    s_by = by_sentence(system, lambda s: s.sentence_index)
    result = Score(gold=len(gold), system=len(system))
    misses, spurious = [], []
    for idx in sorted(set(g_by) | set(s_by)):
        g, s = g_by.get(idx, []), s_by.get(idx, [])
        pairs = max_matching(g, s, normalize)
        result.matched += len(pairs)
        result.cue_found += min(len(g), len(s))
        hit_g, hit_s = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, x in enumerate(g):
            tally = result.by_kind.setdefault(x["speaker_kind"], [0, 0])
            tally[0] += i in hit_g
            tally[1] += 1
        misses += [(idx, x, s) for i, x in enumerate(g) if i not in hit_g]
        spurious += [(idx, x) for j, x in enumerate(s) if j not in hit_s]
    if details:
        print_details(misses, spurious)
    return result


def print_details(misses: list, spurious: list) -> None:
    print(f"\n## misses ({len(misses)}): gold items with no statement of the right speaker")
    for idx, g, s in misses:
        found = "; ".join(f"{x.cue}:{'|'.join(x.speaker_names[:3]) or '?'}" for x in s) or "no statement"
        print(f"  [{idx}] {g['cue']} / {g['speaker']} ({g['speaker_kind']})  system: {found}")
    print(f"\n## false positives ({len(spurious)}): system statements on no gold item")
    for idx, x in spurious:
        print(f"  [{idx}] {x.cue} / {' | '.join(x.speaker_names[:3]) or '?'}")


def load_gold(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=GOLD)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--first", type=int, default=FIRST, help="first sentence index of the stretch")
    ap.add_argument("--end", type=int, default=END, help="sentence index after the stretch")
    ap.add_argument("--stretch", action="append", metavar="FIRST:END",
                    help="a stretch of sentence indices range(FIRST, END); repeatable, replaces --first/--end")
    ap.add_argument("--details", action="store_true", help="list the misses and the false positives")
    ap.add_argument("--swap-names", type=int, metavar="SEED",
                    help="replace every person speaker's name by invented words (this seed) before extraction")
    args = ap.parse_args(argv)

    gold = load_gold(args.gold)
    sents = read_sentences(args.corpus)
    stretches = [tuple(map(int, x.split(":"))) for x in args.stretch] if args.stretch else [(args.first, args.end)]
    kept = [x for first, end in stretches for x in held_out(sents, first, end)]
    known = {i for i, _ in kept}
    outside = [g["id"] for g in gold if g["sentence_index"] not in known]
    if outside:
        print(f"gold items on sentences not rebuilt: {outside}", file=sys.stderr)
        return 1
    if args.swap_names is not None:
        mapping = name_mapping(gold, args.swap_names, ordinary_words(args.corpus))
        kept, gold = swap_names(kept, gold, mapping)
        print(f"names swapped (seed {args.swap_names}): {len(mapping)} name words")
    articles = make_articles(kept)
    system = system_statements(articles)
    s = score(gold, system, details=args.details)
    p, r, f = s.prf()
    print(f"\nsentences {len(kept)} in {len(articles)} articles; gold items {s.gold}, system statements {s.system}")
    print(f"statement with the right speaker: P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({s.matched} matched)")
    print(f"cue recall (a statement in the gold sentence at all): R {s.cue_found / s.gold if s.gold else 0:.3f}")
    kinds = ", ".join(f"{k} {m}/{n} ({m / n:.3f})" for k, (m, n) in sorted(s.by_kind.items()))
    print(f"right-speaker recall by speaker kind: {kinds}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
