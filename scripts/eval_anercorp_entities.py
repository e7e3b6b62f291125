"""Full entity system (gazetteers, patterns, NER, resolution) on the ANERcorp test split: exact-span P/R/F1.

usage: python scripts/eval_anercorp_entities.py [--train]  (from the repository root, ../shared/data beside it)
  --train  score ANERcorp TRAIN sentences outside the held-out attribution probe instead (sentences
           1800-2999 and every repeat of one of them left out): the split to study errors on, as the
           test split is the honest measure
  --errors (with --train only) print each missed gold span (-) and each wrong system span (+) with its sentence
"""
import sys
from pathlib import Path
from kgbuild.pipeline import make_pipeline
from kgbuild.build import extract_batch
TRAIN = "--train" in sys.argv[1:]
ERRORS = TRAIN and "--errors" in sys.argv[1:]   # never list the test split's errors
split = "train" if TRAIN else "test"
lines = Path(f"../shared/data/anercorp/ANERCorp_CamelLab_{split}.txt").read_text(encoding="utf-8").splitlines()
sents, cur = [], []
for ln in lines:
    p = ln.split()
    if not p:
        if cur: sents.append(cur); cur = []
        continue
    if len(p) != 2:
        if TRAIN: continue      # as the probe reads the file: only a blank line ends a sentence
        if cur: sents.append(cur); cur = []
        continue
    cur.append(p)
if cur: sents.append(cur)
if TRAIN:
    held = {" ".join(t for t, _ in s) for s in sents[1800:3000]}
    sents = [s for i, s in enumerate(sents) if not 1800 <= i < 3000 and " ".join(t for t, _ in s) not in held]
TYPE = {"PERS": "Person", "LOC": "Place", "ORG": "Organization"}
docs = []
for i in range(0, len(sents), 10):
    text, gold, pos = "", set(), 0
    for s in sents[i:i+10]:
        ent = None
        for tok, tag in s:
            start = len(text); text += tok + " "
            if tag.startswith("B-") or (tag.startswith("I-") and ent is None):
                if ent: gold.add(ent)
                ent = (start, start + len(tok), tag[2:])
            elif tag.startswith("I-") and ent:
                ent = (ent[0], start + len(tok), ent[2])
            else:
                if ent: gold.add(ent); ent = None
        if ent: gold.add(ent)
        text += "\n"
    docs.append((text, {g for g in gold if g[2] in TYPE}))
nlp = make_pipeline()
tp = sys_n = gold_n = 0
by = {t: [0, 0, 0] for t in TYPE.values()}
recs = extract_batch(nlp, [(str(i), t) for i, (t, _) in enumerate(docs)])
for (text, gold), rec in zip(docs, recs):
    sysm = set()
    for e in rec.entities.values():
        if e.type not in by: continue
        for m in e.mentions:
            # ANERcorp keeps clitics in the token: compare from the token start
            s = m.start
            while s > 0 and text[s-1] != " " and text[s-1] != "\n": s -= 1
            sysm.add((s, m.end, e.type))
    g = {(a, b, TYPE[t]) for a, b, t in gold}
    tp += len(sysm & g); sys_n += len(sysm); gold_n += len(g)
    for t in by:
        gs = {x for x in g if x[2] == t}; ss = {x for x in sysm if x[2] == t}
        by[t][0] += len(gs & ss); by[t][1] += len(ss); by[t][2] += len(gs)
    if ERRORS:
        for a, b, t in sorted((g - sysm) | (sysm - g)):
            ls = text.rfind("\n", 0, a) + 1; le = text.find("\n", b)
            print("-" if (a, b, t) in g else "+", t, text[a:b], "||", text[ls:le].strip())
def f(tp, s, g):
    p = tp / s if s else 0; r = tp / g if g else 0
    return round(p, 3), round(r, 3), round(2*p*r/(p+r), 3) if p + r else 0
print("all", f(tp, sys_n, gold_n))
for t, v in by.items(): print(t, f(*v))
