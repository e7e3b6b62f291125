"""Train kgbuild's Arabic NER on ANERcorp (CAMeL Lab split) with spaCy's training API.

    convert_anercorp(path, nlp) -> DocBin   the corpus as spaCy Docs (its own tokens, our NORMs)
    train_ner(data_dir, out_dir, config=None, max_minutes=None) -> metrics dict

data_dir holds ANERCorp_CamelLab_train.txt and ANERCorp_CamelLab_test.txt. The last tenth of the
training documents is held out as the dev set that picks the best checkpoint; the test split is
used only for the final scores, written with the model to out_dir (out_dir/model-best,
out_dir/metrics.json).
"""
from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.training.iob_utils import biluo_tags_to_spans, iob_to_biluo

from . import ner as _ner  # noqa: F401  (registers kgbuild.ArabicEmbed.v1)
from .text import normalize
from .tokenizer import blank_arabic

TRAIN_FILE = "ANERCorp_CamelLab_train.txt"
TEST_FILE = "ANERCorp_CamelLab_test.txt"
DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "configs" / "ner.cfg"
LABELS = ("PERS", "LOC", "ORG", "MISC")


def read_anercorp(path: Path) -> list[list[tuple[str, str]]]:
    """Sentences of (token, IOB2 tag) from a `token TAG` file; blank lines separate sentences."""
    sentences: list[list[tuple[str, str]]] = []
    cur: list[tuple[str, str]] = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line:
            if cur:
                sentences.append(cur)
                cur = []
            continue
        parts = line.split()
        if len(parts) < 2:
            continue  # a token without tag: not in the release, but be tolerant
        token, tag = " ".join(parts[:-1]), parts[-1]
        cur.append((token, tag))
    if cur:
        sentences.append(cur)
    return sentences


def _fix_iob(tags: list[str]) -> list[str]:
    """Repair IOB2: an I- that does not continue an entity of its own label starts one."""
    out = []
    prev = "O"
    for tag in tags:
        if tag.startswith("I-") and prev[2:] != tag[2:]:
            tag = "B-" + tag[2:]
        out.append(tag)
        prev = tag
    return out


def sentences_to_doc(nlp: Language, sentences: list[list[tuple[str, str]]], labels: Optional[set[str]] = None) -> Doc:
    """One Doc from sentences: the corpus's tokens, NORM set as the tokenizer sets it, entities from IOB."""
    words = [t for s in sentences for t, _ in s]
    tags = [tag for s in sentences for tag in _fix_iob([t for _, t in s])]
    if labels is not None:
        tags = [t if t == "O" or t[2:] in labels else "O" for t in tags]
    sent_starts = [i == 0 for s in sentences for i in range(len(s))]
    doc = Doc(nlp.vocab, words=words, sent_starts=sent_starts)
    for token in doc:
        norm = normalize(token.text)
        token.norm_ = norm if norm else token.text
    doc.ents = biluo_tags_to_spans(doc, iob_to_biluo(tags))
    return doc


def convert_anercorp(path: Path, nlp: Language, sents_per_doc: int = 10, labels: Optional[set[str]] = None) -> DocBin:
    """The ANERcorp file at path as a DocBin of Docs of sents_per_doc sentences each.

    labels: keep only these entity labels (others become O); None keeps all four.
    """
    sentences = read_anercorp(path)
    db = DocBin(attrs=["ORTH", "NORM", "SENT_START", "ENT_IOB", "ENT_TYPE"], store_user_data=False)
    for i in range(0, len(sentences), sents_per_doc):
        db.add(sentences_to_doc(nlp, sentences[i:i + sents_per_doc], labels))
    return db


def _prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * f, 2), "tp": tp, "fp": fp, "fn": fn}


def evaluate_ner(nlp: Language, gold_docs: list[Doc], labels: Optional[set[str]] = None) -> dict:
    """Exact-match entity P/R/F1, overall (micro) and per label, of nlp's ner on the gold docs' tokens.

    labels: score only these gold/predicted labels (None: all).
    """
    from collections import Counter
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    t0 = time.perf_counter()
    n_words = 0
    # the corpus's own tokens, as in published results on this split (not re-tokenised)
    preds = nlp.pipe((Doc(nlp.vocab, words=[t.text for t in d]) for d in gold_docs), batch_size=64)
    for gold, pred in zip(gold_docs, preds):
        n_words += len(gold)
        g = {(e.start, e.end, e.label_) for e in gold.ents if labels is None or e.label_ in labels}
        p = {(e.start, e.end, e.label_) for e in pred.ents if labels is None or e.label_ in labels}
        for _, _, lab in g & p:
            tp[lab] += 1
        for _, _, lab in p - g:
            fp[lab] += 1
        for _, _, lab in g - p:
            fn[lab] += 1
    secs = time.perf_counter() - t0
    all_labels = sorted(set(tp) | set(fp) | set(fn))
    return {
        "overall": _prf(sum(tp.values()), sum(fp.values()), sum(fn.values())),
        "per_label": {lab: _prf(tp[lab], fp[lab], fn[lab]) for lab in all_labels},
        "words": n_words,
        "words_per_second": round(n_words / secs) if secs else None,
    }


def train_ner(data_dir: Path, out_dir: Path, config: Path | None = None, max_minutes: float | None = None,
              overrides: Optional[dict] = None, labels: Optional[set[str]] = None, dev_fraction: float = 0.1,
              log=sys.stdout) -> dict:
    """Convert ANERcorp, train tok2vec+ner with the project config, score on the test split.

    Writes out_dir/{train,dev,test}.spacy, out_dir/model-best (the checkpoint best on dev) and
    out_dir/metrics.json (test P/R/F1 overall and per label, training time); returns the metrics.
    max_minutes stops training after that much wall time (the best checkpoint so far is kept).
    labels: entity labels to learn (default: the four of the corpus).
    """
    from spacy.training.initialize import init_nlp
    from spacy.training.loop import create_evaluation_callback, create_train_batches, train_while_improving
    from spacy.schemas import ConfigSchemaTraining
    from spacy.util import load_config, registry, resolve_dot_names
    from thinc.api import fix_random_seed

    data_dir, out_dir = Path(data_dir), Path(out_dir)
    config = Path(config) if config else DEFAULT_CONFIG
    out_dir.mkdir(parents=True, exist_ok=True)
    t_start = time.perf_counter()

    # 1. data
    nlp0 = blank_arabic()
    train_db = convert_anercorp(data_dir / TRAIN_FILE, nlp0, labels=labels)
    test_db = convert_anercorp(data_dir / TEST_FILE, nlp0, labels=labels)
    train_docs = list(train_db.get_docs(nlp0.vocab))
    n_dev = max(1, int(len(train_docs) * dev_fraction)) if dev_fraction > 0 else 0
    fit_docs, dev_docs = (train_docs[:-n_dev], train_docs[-n_dev:]) if n_dev else (train_docs, train_docs[-20:])
    DocBin(docs=fit_docs, attrs=["ORTH", "NORM", "SENT_START", "ENT_IOB", "ENT_TYPE"]).to_disk(out_dir / "train.spacy")
    DocBin(docs=dev_docs, attrs=["ORTH", "NORM", "SENT_START", "ENT_IOB", "ENT_TYPE"]).to_disk(out_dir / "dev.spacy")
    test_db.to_disk(out_dir / "test.spacy")

    # 2. pipeline from the config
    over = {"paths.train": str(out_dir / "train.spacy"), "paths.dev": str(out_dir / "dev.spacy")}
    over.update(overrides or {})
    cfg = load_config(config, overrides=over, interpolate=False)
    nlp = init_nlp(cfg, use_gpu=-1)
    ncfg = nlp.config.interpolate()
    if ncfg["training"]["seed"] is not None:
        fix_random_seed(ncfg["training"]["seed"])
    T = registry.resolve(ncfg["training"], schema=ConfigSchemaTraining)
    train_corpus, dev_corpus = resolve_dot_names(ncfg, [T["train_corpus"], T["dev_corpus"]])
    optimizer = T["optimizer"]
    steps = train_while_improving(
        nlp, optimizer,
        create_train_batches(nlp, train_corpus, T["batcher"], T["max_epochs"]),
        create_evaluation_callback(nlp, dev_corpus, T["score_weights"]),
        dropout=T["dropout"], accumulate_gradient=T["accumulate_gradient"], patience=T["patience"],
        max_steps=T["max_steps"], eval_frequency=T["eval_frequency"], exclude=T["frozen_components"],
        annotating_components=T["annotating_components"], before_update=T["before_update"],
    )

    # 3. train, keeping the best checkpoint on dev
    best_dir = out_dir / "model-best"
    deadline = t_start + 60 * max_minutes if max_minutes else None
    best_score, best_step = -1.0, 0
    t_train = time.perf_counter()
    for _batch, info, is_best in steps:
        if is_best is not None:
            score = info["score"]
            ents = info["other_scores"].get("ents_per_type", {})
            per = " ".join(f"{k}={100 * v['f']:.1f}" for k, v in sorted(ents.items()))
            print(f"[{(time.perf_counter() - t_start) / 60:5.1f} min] epoch {info['epoch']} step {info['step']} "
                  f"loss {info['losses'].get('ner', 0):.1f} dev F {100 * score:.2f} {per}", file=log, flush=True)
            if is_best:
                best_score, best_step = score, info["step"]
                with nlp.use_params(optimizer.averages):
                    nlp.to_disk(best_dir)
            if deadline and time.perf_counter() > deadline:
                print("time limit reached", file=log, flush=True)
                break
    train_secs = time.perf_counter() - t_train
    if not best_dir.exists():
        with nlp.use_params(optimizer.averages):
            nlp.to_disk(best_dir)

    # 4. score the best checkpoint on the test split
    best = spacy.load(best_dir)
    test_docs = list(test_db.get_docs(best.vocab))
    metrics = evaluate_ner(best, test_docs)
    metrics_core = evaluate_ner(best, test_docs, labels={"PERS", "LOC", "ORG"})
    result = {
        "test": metrics,
        "test_pers_loc_org": metrics_core["overall"],
        "dev_best_f": round(100 * best_score, 2),
        "best_step": best_step,
        "train_minutes": round(train_secs / 60, 1),
        "total_minutes": round((time.perf_counter() - t_start) / 60, 1),
        "config": str(config),
        "overrides": overrides or {},
        "labels": sorted(labels) if labels else list(LABELS),
        "model_dir": str(best_dir),
    }
    (out_dir / "metrics.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


def main(argv: list[str] | None = None) -> None:
    """python -m kgbuild.ner_train DATA_DIR OUT_DIR [--config C] [--max-minutes M] [--set key=value ...]"""
    import argparse
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--config", type=Path, default=None)
    ap.add_argument("--max-minutes", type=float, default=None)
    ap.add_argument("--labels", default=None, help="comma-separated labels to learn (default all)")
    ap.add_argument("--set", action="append", default=[], help="config override key=value (JSON value)")
    a = ap.parse_args(argv)
    overrides = {}
    for kv in a.set:
        k, v = kv.split("=", 1)
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v
    labels = set(a.labels.split(",")) if a.labels else None
    res = train_ner(a.data_dir, a.out_dir, a.config, a.max_minutes, overrides=overrides, labels=labels)
    print(json.dumps({k: res[k] for k in ("test", "test_pers_loc_org", "dev_best_f", "train_minutes")}, indent=1))


if __name__ == "__main__":
    main()
