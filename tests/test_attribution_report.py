"""scripts/attribution_report.py: every stage on a handmade article, graph and gold of our own; and,
when ../shared is there, the same alignment and counts as the project's scorer."""
from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from kgbuild.build import document_nquads
from kgbuild.records import DocumentRecord, EntityRecord, StatementRecord

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "attribution_report.py"
ONTOLOGY = ROOT / "ontology" / "kgbuild.ttl"
SHARED = ROOT.parent / "shared"


def load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


ar = load("attribution_report", SCRIPT)

HEADLINE = "حداد: الرسوم لن ترتفع هذا العام"
SENTENCES = [
    "قال الوزير سامي حداد إن ميناء الصخرة سيفتح أمام سفن الصيد في الربيع.",
    "وأضاف حداد أن الحكومة ستدعم الصيادين بقروض ميسرة.",
    "من جهتها، قالت النائبة ليلى منصور إن المشروع تأخر كثيرا.",
    "ونقلت وكالة أنباء الساحل عن منصور قولها إن الميزانية لا تكفي.",
    "وأكد حداد أن العمل يسير وفق الخطة الموضوعة منذ عامين دون أي تأخير.",
    "ودعت منصور الوزارة إلى نشر التقارير الشهرية.",
    "وهمس حداد إلى أن الرسوم سترتفع.",
    "وقالت وزارة النقل إن حداد سيزور الصخرة غدا.",
    "وقال حداد ومنصور إنهما يتفقان على أهمية المشروع.",
    "وأشارت منصور إلى أن الصيادين ينتظرون منذ سنوات، وهو ما أثبته تقرير رسمي.",
    "وتقع الصخرة على الساحل الشرقي ويذكر أنها أقدم ميناء في المنطقة.",
    "وأوضح حداد أمس أن السفن الكبيرة ستنتظر عاما آخر.",
    "وشددت منصور على أن الرقابة ضرورية.",
]
TEXT = HEADLINE + "\n\n" + "\n".join(SENTENCES) + "\n"
DOC = "t01.txt"

GOLD_ENTITIES = [
    {"key": "haddad", "type": "Person", "name_ar": "سامي حداد", "aliases_ar": ["حداد"], "wikidata": None},
    {"key": "mansour", "type": "Person", "name_ar": "ليلى منصور", "aliases_ar": ["منصور"], "wikidata": None},
    {"key": "sahel_agency", "type": "Organization", "name_ar": "وكالة أنباء الساحل", "aliases_ar": [], "wikidata": None},
    {"key": "transport_ministry", "type": "Organization", "name_ar": "وزارة النقل", "aliases_ar": [], "wikidata": None},
    {"key": "sakhra", "type": "Place", "name_ar": "الصخرة", "aliases_ar": [], "wikidata": None},
    {"key": "fishermen", "type": "Group", "name_ar": "الصيادين", "aliases_ar": [], "wikidata": None},
]


def gold(speaker: str, cue: str, content: str, about=(), polarity: str = "neutral", via=()) -> dict:
    return {"speaker": speaker, "cue": cue, "act": "say", "about": list(about), "polarity": polarity,
            "content_ar": content, "via": list(via)}


# (gold statement, expected stage, a phrase of the expected kind)
CASES = [
    (gold("haddad", ":", "الرسوم لن ترتفع هذا العام"), ar.CUE, "headline colon"),
    (gold("haddad", "قال", "إن ميناء الصخرة سيفتح أمام سفن الصيد في الربيع", ["sakhra"]), ar.OK, "all right"),
    (gold("haddad", "أضاف", "أن الحكومة ستدعم الصيادين بقروض ميسرة", ["fishermen"], "positive"),
     ar.OK, "target wrong, stance wrong"),
    (gold("mansour", "قالت", "إن المشروع تأخر كثيرا"), ar.SPEAKER, "earlier sentence"),
    (gold("mansour", "قولها", "إن الميزانية لا تكفي", via=["sahel_agency"]), ar.SPEAKER, "intermediary"),
    (gold("haddad", "أكد", "أن العمل يسير وفق الخطة الموضوعة منذ عامين دون أي تأخير"), ar.CONTENT, "too short"),
    (gold("mansour", "دعت", "الوزارة إلى نشر التقارير الشهرية", ["transport_ministry"]), ar.CUE, "in the lexicon (verb)"),
    (gold("haddad", "همس", "إلى أن الرسوم سترتفع"), ar.CUE, "not in the cue lexicon"),
    (gold("transport_ministry", "قالت", "إن حداد سيزور الصخرة غدا", ["haddad", "sakhra"]), ar.SPEAKER, "inside the content"),
    (gold("haddad", "قال", "إنهما يتفقان على أهمية المشروع"), ar.OK, "all right"),
    (gold("mansour", "قال", "إنهما يتفقان على أهمية المشروع"), ar.SPEAKER, "joint statement"),
    (gold("mansour", "أشارت", "إلى أن الصيادين ينتظرون منذ سنوات", ["fishermen"]), ar.CONTENT, "elsewhere"),
    (gold("haddad", "أوضح", "أن السفن الكبيرة ستنتظر عاما آخر"), ar.SPEAKER, "second entity"),
    (gold("mansour", "شددت", "على أن الرقابة ضرورية"), ar.SPEAKER, "carried over"),
]


def at(needle: str, after: str = "") -> tuple[int, int]:
    """Offsets of `needle` in TEXT, searched from where `after` starts."""
    start = TEXT.index(needle, TEXT.index(after) if after else 0)
    return start, start + len(needle)


def entity(key: str, type_: str, label: str, *forms: str) -> EntityRecord:
    return EntityRecord(key=key, type=type_, label=label, forms={label, *forms})


def statement(n: int, speaker: str, cue: str, lemma: str, quote: str, speaker_at: str | None = None,
              speaker_in: int | None = None, about=(), stance: str = "neutral") -> StatementRecord:
    """A system statement on sentence n (0 = headline); its speaker mention found in sentence speaker_in."""
    sentence = SENTENCES[n - 1] if n else HEADLINE
    sp_sentence = SENTENCES[speaker_in - 1] if speaker_in else sentence
    return StatementRecord(
        speaker=speaker, cue=cue, cue_lemma=lemma, act="say", stance=stance, quote=quote, quote_type="indirect",
        cue_span=at(cue, sentence), quote_span=at(quote, sentence),
        speaker_span=at(speaker_at, sp_sentence) if speaker_at else None,
        sentence_span=at(sentence), sentence_index=n, about=list(about))


def system_record() -> DocumentRecord:
    ents = [entity("person:سامي_حداد", "Person", "سامي حداد", "حداد"),
            entity("person:ليلى_منصور", "Person", "ليلى منصور", "منصور"),
            entity("person:حداد_أمس", "Person", "حداد أمس"),   # a name span run past the name
            entity("org:وكالة_أنباء_الساحل", "Organization", "وكالة أنباء الساحل"),
            entity("org:وزارة_النقل", "Organization", "وزارة النقل"),
            entity("place:الصخرة", "Place", "الصخرة")]
    haddad, mansour, agency, sakhra = "person:سامي_حداد", "person:ليلى_منصور", "org:وكالة_أنباء_الساحل", "place:الصخرة"
    statements = [
        statement(1, haddad, "قال", "قال", "إن ميناء الصخرة سيفتح أمام سفن الصيد في الربيع", "سامي حداد",
                  about=[sakhra]),
        statement(2, haddad, "أضاف", "أضاف", "أن الحكومة ستدعم الصيادين بقروض ميسرة", "حداد", about=[sakhra]),
        statement(3, haddad, "قالت", "قال", "إن المشروع تأخر كثيرا", "حداد", speaker_in=2),
        statement(4, agency, "نقلت", "نقل", "إن الميزانية لا تكفي", "وكالة أنباء الساحل"),
        statement(5, haddad, "أكد", "أكد", "أن العمل يسير", "حداد"),
        statement(8, haddad, "قالت", "قال", "إن حداد سيزور الصخرة غدا", "حداد"),
        statement(9, haddad, "قال", "قال", "إنهما يتفقان على أهمية المشروع", "حداد"),
        statement(10, mansour, "أشارت", "أشار", "تقرير رسمي", "منصور"),
        statement(11, sakhra, "يذكر", "ذكر", "أنها أقدم ميناء في المنطقة", "الصخرة"),
        statement(12, "person:حداد_أمس", "أوضح", "أوضح", "أن السفن الكبيرة ستنتظر عاما آخر", "حداد أمس"),
        statement(13, haddad, "شددت", "شدد", "على أن الرقابة ضرورية"),   # carried over: no mention
    ]
    return DocumentRecord(doc_id=DOC, title=HEADLINE, text=TEXT,
                          entities={e.key: e for e in ents}, statements=statements)


@pytest.fixture
def handmade(tmp_path: Path) -> tuple[Path, Path, Path]:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / DOC).write_text(TEXT, encoding="utf-8")
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({"doc": DOC, "entities": GOLD_ENTITIES, "statements": [c[0] for c in CASES]},
                                    ensure_ascii=False) + "\n", encoding="utf-8")
    graph = tmp_path / "graph.nq"
    graph.write_bytes(document_nquads(system_record()))
    return gold_file, texts, graph


def test_each_gold_statement_gets_its_first_failing_stage(handmade):
    gold_file, texts, graph = handmade
    verdicts, spurious, n_system = ar.report(gold_file, texts, [graph], [ONTOLOGY])
    got = [(v.gold["speaker"], v.gold["cue"], v.stage, v.kind) for v in verdicts]
    for (g, stage, phrase), (_, _, got_stage, got_kind) in zip(CASES, got):
        assert (got_stage, phrase in got_kind) == (stage, True), (g["cue"], g["content_ar"], got_stage, got_kind)
    assert n_system == 11
    assert [(s.system.cue, s.system.cue_lemma) for s in spurious] == [("يذكر", "ذكر")]


def test_targets_and_stance_of_the_found_statements(handmade):
    gold_file, texts, graph = handmade
    verdicts, _, _ = ar.report(gold_file, texts, [graph], [ONTOLOGY])
    added = next(v for v in verdicts if v.gold["cue"] == "أضاف")
    assert (added.target_missed, added.target_spurious) == (["fishermen"], ["sakhra"])
    assert added.target_missed_absent == 1   # the build has no entity for the fishermen at all
    assert (added.stance_scored, added.stance_right) == (True, False)
    first = next(v for v in verdicts if v.gold["cue"] == "قال" and v.stage == ar.OK and v.gold["about"])
    assert (first.target_missed, first.target_spurious, first.stance_right) == ([], [], True)
    # the speaker found in the text is named as the gold names it, or by its own label when unaligned
    assert next(v for v in verdicts if v.gold["cue"] == "أوضح").system_speaker == "sys:حداد أمس"
    assert next(v for v in verdicts if v.gold["cue"] == "قولها").system_speaker == "sahel_agency"


def test_the_command_prints_the_stage_table_and_the_details(handmade, capsys):
    gold_file, texts, graph = handmade
    assert ar.main(["--gold", str(gold_file), "--texts", str(texts), "--graph", str(graph), "--details"]) == 0
    out = capsys.readouterr().out
    n = {stage: sum(1 for c in CASES if c[1] == stage) for stage in ar.STAGES}
    for stage in ar.STAGES:
        assert f"| **{stage}** |  | {n[stage]} | {100 * n[stage] / len(CASES):.1f}% |" in out
    assert f"gold statements: {len(CASES)}   system statements: 11   spurious system statements: 1" in out
    assert "| ذكر | 1 |" in out
    # the joint statement's one system statement counts once, as found
    assert ("System statements: 3 found a gold statement, 5 sit on one with the wrong speaker, 2 with the right"
            " speaker but not its content, 0 sit on one another statement was chosen for, 1 on none") in out
    detail_lines = [ln for ln in out.splitlines() if ln.startswith(DOC + "\t")]
    assert len(detail_lines) == len(CASES) + 1
    assert detail_lines[-1].startswith(f"{DOC}\tspurious\t")


def test_bad_input_is_one_line_and_exit_1(tmp_path, capsys):
    assert ar.main(["--gold", str(tmp_path / "none.jsonl"), "--texts", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("error: cannot read the gold file") and err.count("\n") == 1


def test_one_command_builds_the_articles_when_no_graph_is_given(tmp_path):
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / DOC).write_text(TEXT, encoding="utf-8")
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text(json.dumps({"doc": DOC, "entities": GOLD_ENTITIES, "statements": [CASES[1][0]]},
                                    ensure_ascii=False) + "\n", encoding="utf-8")
    run = subprocess.run([sys.executable, str(SCRIPT), "--gold", str(gold_file), "--texts", str(texts)],
                         capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert "built 1 articles" in run.stderr
    assert "gold statements: 1   system statements: " in run.stdout
    assert not (tmp_path / "output").exists()   # built into a temporary folder, not into output/


# --- the same numbers as the project's scorer (../shared, absent from a fresh clone) ---------------
needs_shared = pytest.mark.skipif(not (SHARED / "eval" / "score.py").is_file(), reason="../shared/eval absent")


def scorer_agrees(gold_file: Path, texts: Path, graph: Path) -> None:
    score = load("shared_score", SHARED / "eval" / "score.py")
    gold_docs = [json.loads(ln) for ln in gold_file.read_text(encoding="utf-8").splitlines() if ln.strip()]
    theirs = score.read_system(score.load_graph([str(graph), str(ONTOLOGY)]))
    ours = ar.read_system(ar.load_graph([graph, ONTOLOGY]))
    for gdoc in gold_docs:
        their_ents = theirs.get(gdoc["doc"], {"entities": {}})["entities"]
        our_ents = ours[gdoc["doc"]].entities if gdoc["doc"] in ours else {}
        assert our_ents == their_ents, gdoc["doc"]
        assert ar.align(gdoc["entities"], our_ents) == score.align(gdoc["entities"], their_ents), gdoc["doc"]
    result = score.score(gold_docs, theirs)
    verdicts, _, _ = ar.report(gold_file, texts, [graph], [ONTOLOGY])
    ok = [v for v in verdicts if v.stage == ar.OK]
    scored = [v for v in ok if v.stance_scored]
    assert round(len(ok) / len(verdicts), 4) == result["quotes"]["recall"]
    assert len(verdicts) == result["quotes"]["gold"]
    assert len(scored) == result["stance"]["scored"]
    assert round(sum(v.stance_right for v in scored) / len(scored), 4) == result["stance"]["accuracy"]


@needs_shared
def test_same_counts_as_the_scorer_on_the_seeds(seed_build):
    scorer_agrees(SHARED / "gold" / "seeds.gold.jsonl", ROOT / "seeds", seed_build / "graph.ttl")


@needs_shared
@pytest.mark.skipif(not (SHARED / "gold" / "dev" / "texts").is_dir(), reason="../shared/gold/dev absent")
def test_same_counts_as_the_scorer_on_the_dev_set(tmp_path):
    from kgbuild.build import build

    texts = SHARED / "gold" / "dev" / "texts"
    build([texts], tmp_path, view=False)
    scorer_agrees(SHARED / "gold" / "dev.gold.jsonl", texts, tmp_path / "graph.ttl")
