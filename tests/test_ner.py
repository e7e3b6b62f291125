"""The shipped Arabic NER model and the ANERcorp conversion (no training here)."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgbuild.ner import MODEL_DIR, load_ner, ner_spans, ner_spans_many, split_clitics
from kgbuild.ner_train import convert_anercorp, read_anercorp
from kgbuild.text import normalize
from kgbuild.tokenizer import blank_arabic

SAMPLE = """\
وقال B-ORG
الرئيس O
(د O
ب O
أ) O
إن O
جورج B-PERS
بوش I-PERS
زار O
الولايات B-LOC
المتحدة I-LOC
.. O

وأعلنت O
منظمة B-ORG
الأمم I-ORG
المتحدة I-ORG
في O
جنيف B-LOC
عن O
مؤتمر B-MISC
دولي O
وسوريا B-LOC
. O

قال O
محمد B-PERS
I-PERS
"""


def _sample(tmp_path: Path) -> Path:
    # the last "I-PERS" line has no token: tolerated and skipped
    p = tmp_path / "sample.txt"
    p.write_text(SAMPLE, encoding="utf-8")
    return p


def test_convert_anercorp_entities(tmp_path):
    nlp = blank_arabic()
    db = convert_anercorp(_sample(tmp_path), nlp, sents_per_doc=2)
    docs = list(db.get_docs(nlp.vocab))
    assert len(docs) == 2  # 3 sentences, 2 per doc
    d0, d1 = docs
    assert [t.text for t in d0][:5] == ["وقال", "الرئيس", "(د", "ب", "أ)"]
    assert [(e.text, e.label_) for e in d0.ents] == [
        ("وقال", "ORG"), ("جورج بوش", "PERS"), ("الولايات المتحدة", "LOC"),
        ("منظمة الأمم المتحدة", "ORG"), ("جنيف", "LOC"), ("مؤتمر", "MISC"), ("وسوريا", "LOC"),
    ]
    assert [(e.text, e.label_) for e in d1.ents] == [("محمد", "PERS")]
    # NORM exactly as kgbuild's tokenizer sets it
    assert all(t.norm_ == (normalize(t.text) or t.text) for d in docs for t in d)
    assert d0[0].norm_ == "وقال" and d0[13].norm_ == "منظمه" and d0[14].norm_ == "الامم"
    # sentence boundaries kept
    assert [s.text.split()[0] for s in d0.sents] == ["وقال", "وأعلنت"]


def test_convert_anercorp_label_filter_and_bad_iob(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("في O\nالمتحدة I-LOC\nقال O\nمؤتمر B-MISC\n", encoding="utf-8")
    nlp = blank_arabic()
    doc = next(convert_anercorp(p, nlp).get_docs(nlp.vocab))
    assert [(e.text, e.label_) for e in doc.ents] == [("المتحدة", "LOC"), ("مؤتمر", "MISC")]
    doc = next(convert_anercorp(p, nlp, labels={"PERS", "LOC", "ORG"}).get_docs(nlp.vocab))
    assert [(e.text, e.label_) for e in doc.ents] == [("المتحدة", "LOC")]
    assert len(read_anercorp(p)) == 1


def test_split_clitics_is_consistent():
    assert split_clitics("والحكومه")[1] == split_clitics("للحكومه")[1] == split_clitics("حكومه")[1] == "حكومه"
    assert split_clitics("وباريس")[1] == split_clitics("لباريس")[1] == split_clitics("باريس")[1]
    assert split_clitics("محمد") == ("", "محمد")


needs_model = pytest.mark.skipif(not (MODEL_DIR / "config.cfg").exists(), reason="NER model not shipped")


@needs_model
def test_model_loads_and_is_cached():
    nlp = load_ner()
    assert nlp is load_ner()
    assert nlp.pipe_names == ["tok2vec", "ner"]
    assert {"PERS", "LOC", "ORG"} <= set(nlp.get_pipe("ner").labels)
    assert (MODEL_DIR / "ATTRIBUTION.md").exists()


@needs_model
def test_finds_person_and_location():
    text = "وقال المستشار الألماني أولاف شولتس في برلين إن ألمانيا ستدعم الاتفاق."
    spans = ner_spans(text)
    found = {(text[s:e], lab) for s, e, lab in spans}
    assert any(lab == "PERS" and "شولتس" in surface for surface, lab in found), found
    assert ("برلين", "LOC") in found, found


@needs_model
def test_spans_align_with_main_pipeline_doc():
    text = "التقى وزير الخارجية الأمريكي جون كيري نظيره الروسي سيرغي لافروف في جنيف يوم الاثنين."
    doc = blank_arabic()(text)
    spans = ner_spans(doc)
    assert spans, "no entity found"
    for s, e, lab in spans:
        assert doc.char_span(s, e) is not None  # offsets fall on the main doc's token boundaries
        assert lab in {"PERS", "LOC", "ORG", "MISC"}
    labels = {(text[s:e], lab) for s, e, lab in spans}
    assert ("جنيف", "LOC") in labels, labels
    assert any(lab == "PERS" for _, lab in labels), labels
    assert ner_spans_many([doc, text]) == [spans, spans]
