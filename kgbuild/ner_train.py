"""Train kgbuild's Arabic NER on ANERcorp (CAMeL Lab split) with spaCy's training API.

    convert_anercorp(path, nlp) -> DocBin   the corpus as spaCy Docs (its own tokens, our NORMs)
    train_ner(data_dir, out_dir, config=None, max_minutes=None, written=None) -> metrics dict

data_dir holds ANERCorp_CamelLab_train.txt and ANERCorp_CamelLab_test.txt. By default the model
learns from the whole training split for training.max_steps steps (configs/ner.cfg: 4000, found
with a held-out tenth of the training split, dev_fraction=0.1, on which the dev score levels off
from about step 2000 on); the test split is used only for the final scores, written with the
model to out_dir (out_dir/model-best, out_dir/metrics.json). ship_model() copies a trained model
into the package with its ATTRIBUTION.md. written: a folder of the team's written set (gold.jsonl +
texts/, e.g. eval/written/studied) whose articles, with their entity gold projected onto the tokens
(kgbuild/ner_written.py), are learnt from beside the training split; never a held-out set.

    python -m kgbuild.ner_train /work/shared/data/anercorp training/ner --written eval/written/studied \
        --ship kgbuild/models/ner_ar

configs/ner_finetune.cfg trains on from a trained pipeline's weights instead of from scratch (its tok2vec
and ner sourced from paths.base_model, --set paths.base_model='"DIR"'), e.g. the ANERcorp-only model on
ANERcorp plus the written set; --anercorp-repeat N weighs the ANERcorp docs N times in that mix and
--written-option key=value passes options to ner_written.written_docs (doubt_single_words=true).
"""
from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Optional

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin
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
              overrides: Optional[dict] = None, labels: Optional[set[str]] = None, dev_fraction: float = 0.0,
              written: Optional[Path] = None, written_options: Optional[dict] = None, anercorp_repeat: int = 1,
              log=sys.stdout) -> dict:
    """Convert ANERcorp, train tok2vec+ner with the project config, score on the test split.

    Writes out_dir/{train,dev,test}.spacy, out_dir/model-best (the checkpoint best on dev) and
    out_dir/metrics.json (test P/R/F1 overall and per label, training time); returns the metrics.
    max_minutes stops training after that much wall time (the best checkpoint so far is kept).
    dev_fraction: share of the training docs held out as dev; with 0 every training doc is learnt
    from, training runs to training.max_steps / max_epochs and the last weights are kept.
    labels: entity labels to learn (default: the four of the corpus).
    written: a written-set folder whose articles (kgbuild/ner_written.py) join the training docs (not dev);
    anercorp_repeat: how many times each ANERcorp training doc is learnt from beside them (their weight in the mix).
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
    written_stats = None
    if written is not None:
        from .ner_written import written_docs
        extra, written_stats = written_docs(Path(written), nlp0, read_anercorp(data_dir / TRAIN_FILE),
                                            **(written_options or {}))
        fit_docs = fit_docs * anercorp_repeat + extra
        print(f"written set {written}: {json.dumps(written_stats, ensure_ascii=False)}", file=log, flush=True)
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
    last_score, last_step = -1.0, 0
    t_train = time.perf_counter()
    for _batch, info, is_best in steps:
        if is_best is not None:
            score = info["score"]
            ents = info["other_scores"].get("ents_per_type", {})
            per = " ".join(f"{k}={100 * v['f']:.1f}" for k, v in sorted(ents.items()))
            print(f"[{(time.perf_counter() - t_start) / 60:5.1f} min] epoch {info['epoch']} step {info['step']} "
                  f"loss {info['losses'].get('ner', 0):.1f} dev F {100 * score:.2f} {per}", file=log, flush=True)
            if is_best and n_dev:
                best_score, best_step = score, info["step"]
                with nlp.use_params(optimizer.averages):
                    nlp.to_disk(best_dir)
            last_score, last_step = score, info["step"]
        if deadline and time.perf_counter() > deadline:
            print(f"time limit reached at step {info['step']}", file=log, flush=True)
            last_step = info["step"]
            break
    train_secs = time.perf_counter() - t_train
    if not n_dev or not best_dir.exists():  # no held-out dev: ship the last (averaged) weights
        best_score, best_step = last_score, last_step
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
        "dev_fraction": dev_fraction,
        "written": {"dir": str(written), **written_stats} if written_stats else None,
        "model_dir": str(best_dir),
    }
    (out_dir / "metrics.json").write_text(json.dumps(result, indent=2, ensure_ascii=False), encoding="utf-8")
    return result


ATTRIBUTION = """# Attribution: kgbuild Arabic NER model (ner_ar)

This model is a **derivative work of ANERcorp**: a spaCy tok2vec + ner pipeline trained from scratch
(no pretrained vectors or weights) by `kgbuild/ner_train.py` with `configs/ner.cfg` on the training
split of ANERcorp in the CAMeL Lab train/test split. ANERcorp is licensed under the
**Creative Commons Attribution-ShareAlike 4.0 International licence (CC BY-SA 4.0)**,
https://creativecommons.org/licenses/by-sa/4.0/ ; this model is shared under the same licence
(CC BY-SA 4.0), whatever the licence of the kgbuild code around it.

Please cite, as the data's authors ask:

- Benajiba, Yassine, Paolo Rosso, and José Miguel Benedí Ruiz. "ANERsys: An Arabic named entity
  recognition system based on maximum entropy." In International Conference on Intelligent Text
  Processing and Computational Linguistics (CICLing), pp. 143-153. Springer, Berlin, Heidelberg,
  2007. https://link.springer.com/chapter/10.1007/978-3-540-70939-8_13
- Ossama Obeid, Nasser Zalmout, Salam Khalifa, Dima Taji, Mai Oudah, Bashar Alhafni, Go Inoue,
  Fadhl Eryani, Alexander Erdmann, and Nizar Habash. "CAMeL Tools: An Open Source Python Toolkit
  for Arabic Natural Language Processing." In Proceedings of the Conference on Language Resources
  and Evaluation (LREC 2020), Marseille, 2020. https://www.aclweb.org/anthology/2020.lrec-1.868.pdf
  (the train/test split used here)

Changes: none to the data; the corpus's tokens and IOB2 tags were converted to spaCy Docs, with
each token's NORM set to kgbuild's Arabic normalisation. {holdout}
{written}
## Scores on the ANERcorp CAMeL Lab test split (25,008 words, exact entity match, corpus tokens)

| label | P | R | F1 |
| --- | --- | --- | --- |
{rows}

PERS/LOC/ORG only (the labels kgbuild uses): F1 {core_f}.
For orientation, published entity F1 on the same split: AraBERTv0.1 83.1, mBERT 78.4.
Training: {minutes} minutes on 2 CPU cores; {checkpoint}.
Exact settings: `configs/ner.cfg` and this directory's config.cfg.
"""


WRITTEN_NOTE = """
The model also learns from the **kgbuild written set**, studied half ({docs} modern Arabic news
articles of 2016-2025, written and annotated by the kgbuild team for the project, Apache-2.0; in the
repository under `eval/written/studied`; its held-out half is not used): the entity gold of each
article (Person, Organization, Place; not Groups) projected onto the article's tokens by
`kgbuild/ner_written.py`, {mentions} entity mentions, {found} of {entities} entities placed at least
once. Those articles' entity figures in kgbuild's own evaluation are therefore measured on training data.
"""


def _written_note(written: Optional[dict]) -> str:
    """The ATTRIBUTION.md paragraph on the written-set articles learnt from, or nothing."""
    if not written:
        return ""
    return WRITTEN_NOTE.format(docs=written["docs"], mentions=written["mentions"],
                               found=written["entities_found"], entities=written["entities"])


def ship_model(src: Path, dst: Path, metrics: dict) -> int:
    """Copy a trained pipeline to dst (e.g. kgbuild/models/ner_ar) for shipping; returns its size in bytes.

    Sets meta.json, clears the training paths from config.cfg, drops the training vocabulary's
    strings (the features are hashed from the text; labels live in ner/moves) and writes
    ATTRIBUTION.md with the test scores from metrics (as returned by train_ner).
    """
    import shutil
    from spacy.util import load_config
    src, dst = Path(src), Path(dst)
    if dst.exists():
        shutil.rmtree(dst)
    shutil.copytree(src, dst)
    cfg = load_config(dst / "config.cfg", interpolate=False)
    cfg["paths"]["train"] = None
    cfg["paths"]["dev"] = None
    cfg.to_disk(dst / "config.cfg")
    meta = json.loads((dst / "meta.json").read_text(encoding="utf-8"))
    test = metrics["test"]
    meta.update({
        "name": "ner_ar", "version": "0.1.0",
        "description": "kgbuild Arabic NER (PERS, LOC, ORG, MISC), trained from scratch on ANERcorp"
                       + (" and the kgbuild written set" if metrics.get("written") else ""),
        "license": "CC BY-SA 4.0 (derivative of ANERcorp, see ATTRIBUTION.md)",
        "sources": [
            {"name": "ANERcorp (CAMeL Lab split)", "license": "CC BY-SA 4.0",
             "author": "Benajiba & Rosso 2007; Obeid et al. LREC 2020"},
        ] + ([{"name": "kgbuild written set (studied half)", "license": "Apache-2.0",
               "author": "the kgbuild team"}] if metrics.get("written") else []),
        "performance": {"ents_f": test["overall"]["f"] / 100, "ents_p": test["overall"]["p"] / 100,
                        "ents_r": test["overall"]["r"] / 100,
                        "ents_per_type": {k: {m: v[m] / 100 for m in "prf"} for k, v in test["per_label"].items()}},
    })
    (dst / "meta.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False), encoding="utf-8")
    (dst / "vocab" / "strings.json").write_text("[]", encoding="utf-8")
    rows = [f"| {lab} | {v['p']:.1f} | {v['r']:.1f} | {v['f']:.1f} |" for lab, v in sorted(test["per_label"].items())]
    o = test["overall"]
    rows.append(f"| **all (micro)** | {o['p']:.1f} | {o['r']:.1f} | **{o['f']:.1f}** |")
    holdout = ("The last tenth of the training split was held out to pick the best checkpoint."
               if metrics.get("dev_fraction", 0.1) else "All of the training split was used for training.")
    if metrics.get("dev_fraction", 0.1):
        checkpoint = f"the checkpoint best on the held-out tenth, step {metrics['best_step']} (dev F1 {metrics['dev_best_f']})"
    else:
        checkpoint = f"the averaged weights after {metrics['best_step']} steps"
    (dst / "ATTRIBUTION.md").write_text(ATTRIBUTION.format(
        rows="\n".join(rows), core_f=f"{metrics['test_pers_loc_org']['f']:.1f}", minutes=metrics["train_minutes"],
        checkpoint=checkpoint, holdout=holdout, written=_written_note(metrics.get("written"))), encoding="utf-8")
    return sum(f.stat().st_size for f in dst.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> None:
    """python -m kgbuild.ner_train DATA_DIR OUT_DIR [--config C] [--max-minutes M] [--set key=value ...]"""
    import argparse
    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("data_dir", type=Path)
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--config", type=Path, default=None)
    ap.add_argument("--max-minutes", type=float, default=None)
    ap.add_argument("--dev-fraction", type=float, default=0.0,
                    help="share of training docs held out to pick the best checkpoint (default 0: train on all, "
                         "keep the weights after training.max_steps)")
    ap.add_argument("--written", type=Path, default=None,
                    help="a written-set folder (gold.jsonl + texts/) to learn from as well, e.g. eval/written/studied")
    ap.add_argument("--written-option", action="append", default=[],
                    help="keyword=value (JSON value) passed to ner_written.written_docs")
    ap.add_argument("--anercorp-repeat", type=int, default=1,
                    help="with --written: each ANERcorp training doc this many times in the mix (its weight)")
    ap.add_argument("--labels", default=None, help="comma-separated labels to learn (default all)")
    ap.add_argument("--ship", type=Path, default=None, help="copy the best model here (kgbuild/models/ner_ar)")
    ap.add_argument("--set", action="append", default=[], help="config override key=value (JSON value)")
    a = ap.parse_args(argv)
    overrides = {}
    for kv in a.set:
        k, v = kv.split("=", 1)
        try:
            overrides[k] = json.loads(v)
        except json.JSONDecodeError:
            overrides[k] = v
    written_options = {k: json.loads(v) for k, v in (kv.split("=", 1) for kv in a.written_option)}
    labels = set(a.labels.split(",")) if a.labels else None
    res = train_ner(a.data_dir, a.out_dir, a.config, a.max_minutes, overrides=overrides, labels=labels,
                    dev_fraction=a.dev_fraction, written=a.written, written_options=written_options,
                    anercorp_repeat=a.anercorp_repeat)
    print(json.dumps({k: res[k] for k in ("test", "test_pers_loc_org", "dev_best_f", "train_minutes")}, indent=1))
    if a.ship:
        size = ship_model(Path(res["model_dir"]), a.ship, res)
        print(f"shipped to {a.ship}: {size / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
