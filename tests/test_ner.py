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


# --------------------------------------------------------------------------------------------------
# the written set as training data (kgbuild/ner_written.py): an invented article and its gold

WRITTEN_TEXT = (
    "وصل الوزير سامر الخطيب إلى وادي النخيل صباح الأحد.\n\n"
    "وقال الخطيب إن مجلس المياه الوطني سيبدأ العمل، وأضاف أن المجلس سيجتمع بوادي النخيل.\n\n"
    "وشارك السكان في لقاء مع الملك سليم الأول والخطيب."
)
WRITTEN_GOLD = {"doc": "x01.txt", "entities": [
    {"key": "samer", "type": "Person", "name_ar": "سامر الخطيب", "aliases_ar": ["الخطيب"]},
    {"key": "valley", "type": "Place", "name_ar": "وادي النخيل", "aliases_ar": []},
    {"key": "water_council", "type": "Organization", "name_ar": "مجلس المياه الوطني", "aliases_ar": ["المجلس"]},
    {"key": "king", "type": "Person", "name_ar": "الملك سليم الأول", "aliases_ar": []},
    {"key": "residents", "type": "Group", "name_ar": "السكان", "aliases_ar": []},
    {"key": "absent", "type": "Place", "name_ar": "جزيرة المرجان", "aliases_ar": []},
]}
# ANERcorp-like sentences: "المجلس" untagged (a common noun), "الملك" left outside the name after it
WRITTEN_ANERCORP = [[("المجلس", "O"), ("قرر", "O")]] * 3 + [[("الملك", "O"), ("سليم", "B-PERS"), ("الأول", "I-PERS")]] * 3


def _written_folder(tmp_path: Path) -> Path:
    import json
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "x01.txt").write_text(WRITTEN_TEXT, encoding="utf-8")
    (tmp_path / "gold.jsonl").write_text(json.dumps(WRITTEN_GOLD, ensure_ascii=False) + "\n", encoding="utf-8")
    return tmp_path


def test_first_word_matches_with_proclitics():
    from kgbuild.ner_written import first_word_matches
    assert first_word_matches("المدينه", "المدينه")
    assert first_word_matches("للمدينه", "المدينه") and first_word_matches("وبالمدينه", "المدينه")
    assert first_word_matches("بوادي", "وادي") and first_word_matches("الوادي", "وادي")
    assert not first_word_matches("مدينتي", "مدينه") and not first_word_matches("المدينه", "مدين")


def test_anercorp_leads_common_nouns_and_titles():
    from kgbuild.ner_written import anercorp_leads
    names = [("المجلس",), ("الملك", "سليم", "الاول"), ("وادي", "النخيل")]
    assert anercorp_leads(WRITTEN_ANERCORP, names) == {("المجلس",): 1, ("الملك", "سليم", "الاول"): 1}
    # seen fewer than three times: no verdict
    assert anercorp_leads(WRITTEN_ANERCORP[:2], names) == {}


def test_written_docs_project_gold_names(tmp_path):
    from kgbuild.ner_written import written_docs
    nlp = blank_arabic()
    docs, stats = written_docs(_written_folder(tmp_path), nlp, WRITTEN_ANERCORP)
    (doc,) = docs
    assert [(e.text, e.label_) for e in doc.ents] == [
        ("سامر الخطيب", "PERS"), ("وادي النخيل", "LOC"), ("الخطيب", "PERS"), ("مجلس المياه الوطني", "ORG"),
        ("بوادي النخيل", "LOC"),            # the preposition stays in the entity token, as in ANERcorp
        ("سليم الأول", "PERS"),             # the title ANERcorp leaves outside
        ("والخطيب", "PERS"),
    ]
    council = next(t for t in doc if t.text == "المجلس")
    assert council.ent_iob_ == ""           # a common-noun alias: neither entity nor O
    assert next(t for t in doc if t.text == "السكان").ent_iob_ == "O"   # a Group is no NER entity
    assert next(t for t in doc if t.text == "الملك").ent_iob_ == "O"
    # sentences as the pipeline splits them: at the full stops and the paragraph breaks
    assert [s.text.strip() for s in doc.sents if s.text.strip()][0].startswith("وصل") and \
        len([s for s in doc.sents if s.text.strip()]) == 3
    assert all(t.norm_ == (normalize(t.text) or t.text) for t in doc)
    assert stats["entities"] == 5 and stats["entities_found"] == 4      # the Group is not counted; one absent
    assert stats["names_generic"] == 1 and stats["names_trimmed"] == 1 and stats["mentions"] == 7
    # the training DocBin keeps the entities, the missing alias and the text
    from spacy.tokens import DocBin
    back = next(DocBin(docs=docs, attrs=["ORTH", "NORM", "SENT_START", "ENT_IOB", "ENT_TYPE"]).get_docs(nlp.vocab))
    assert back.text == WRITTEN_TEXT and [e.text for e in back.ents] == [e.text for e in doc.ents]
    assert next(t for t in back if t.text == "المجلس").ent_iob_ == ""


def test_anercorp_leads_ignore_the_start_of_a_longer_entity():
    from kgbuild.ner_written import anercorp_leads
    # "المجلس" begins a tagged longer name three times: no evidence for the word alone
    longer = [[("المجلس", "B-ORG"), ("البلدي", "I-ORG")]] * 3
    assert anercorp_leads(WRITTEN_ANERCORP + longer, [("المجلس",)]) == {("المجلس",): 1}
    assert anercorp_leads(longer, [("المجلس",)]) == {}


# a second invented article: it names the first article's minister in passing (not in its own gold) and
# an organisation whose name has an inner و
WRITTEN_TEXT_2 = "التقى سامر الخطيب أعضاء هيئة البحر والنهر في المدينة."
WRITTEN_GOLD_2 = {"doc": "x02.txt", "entities": [
    {"key": "sea_river", "type": "Organization", "name_ar": "هيئة البحر والنهر", "aliases_ar": []},
]}


def test_written_docs_names_of_other_articles_and_inner_waw(tmp_path):
    import json
    from kgbuild.ner_written import written_docs
    folder = _written_folder(tmp_path)
    (folder / "texts" / "x02.txt").write_text(WRITTEN_TEXT_2, encoding="utf-8")
    with (folder / "gold.jsonl").open("a", encoding="utf-8") as f:
        f.write(json.dumps(WRITTEN_GOLD_2, ensure_ascii=False) + "\n")
    docs, stats = written_docs(folder, blank_arabic(), WRITTEN_ANERCORP)
    doc = docs[1]
    # the full name of another article's person is placed; its single-word alias would not be
    assert [(e.text, e.label_) for e in doc.ents] == [("سامر الخطيب", "PERS")]
    # a name with a later word starting with و: neither entity nor O
    assert [t.ent_iob_ for t in doc if t.text in ("هيئة", "البحر", "والنهر")] == ["", "", ""]
    assert next(t for t in doc if t.text == "المدينة").ent_iob_ == "O"
    assert stats["names_unsure"] == 1 and stats["mentions_other"] == 1


def test_attribution_names_the_written_set_only_when_learnt_from():
    from kgbuild.ner_train import _written_note
    assert _written_note(None) == ""
    note = _written_note({"docs": 2, "mentions": 9, "entities_found": 4, "entities": 5})
    assert "Apache-2.0" in note and "2 modern Arabic news" in note and "4 of 5 entities" in note


def test_doubtful_single_words():
    from kgbuild.ner_written import doubtful_single_words
    # invented counts: "سعيد" a name 2 times, a word once (not 3 times a name per word: doubtful);
    # "نبيل" a name 3 times, a word once (a name); "الهيئه" never tagged (a definite common noun);
    # "كارلو" unknown to the corpus and not definite (kept); names of two words are not judged here
    sents = [[("سعيد", "B-PERS")]] * 2 + [[("سعيد", "O")]] + [[("نبيل", "B-PERS")]] * 3 + [[("نبيل", "O")]]
    names = [("سعيد",), ("نبيل",), ("الهيئه",), ("كارلو",), ("سعيد", "نبيل")]
    assert doubtful_single_words(sents, names) == {("سعيد",), ("الهيئه",)}


def test_written_docs_leave_doubtful_single_words_unannotated(tmp_path):
    from kgbuild.ner_written import written_docs
    anercorp = WRITTEN_ANERCORP + [[("الخطيب", "O")]]   # the alias is a common word there ("the preacher")
    docs, _ = written_docs(_written_folder(tmp_path), blank_arabic(), anercorp, doubt_single_words=True)
    # inside the full name, then the alias alone twice: neither entity nor O
    assert [t.ent_iob_ for t in docs[0] if t.text in ("الخطيب", "والخطيب")] == ["I", "", ""]
    assert ("سامر الخطيب", "PERS") in [(e.text, e.label_) for e in docs[0].ents]
    docs, _ = written_docs(tmp_path, blank_arabic(), anercorp)   # by default: placed as the name
    assert ("الخطيب", "PERS") in [(e.text, e.label_) for e in docs[0].ents]


def test_finetune_config_sources_the_base_model():
    from kgbuild.ner_train import DEFAULT_CONFIG
    from spacy.util import load_config
    cfg = load_config(DEFAULT_CONFIG.parent / "ner_finetune.cfg", interpolate=False)
    assert cfg["components"]["tok2vec"]["source"] == cfg["components"]["ner"]["source"] == "${paths.base_model}"
    assert cfg["training"]["max_steps"] < load_config(DEFAULT_CONFIG)["training"]["max_steps"]
