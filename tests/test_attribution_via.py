"""Intermediaries alone, and the sentence an "according to X" reports."""
from __future__ import annotations

import pytest

from kgbuild.extract.attribution.via import intermediaries, reported_sentence, same_source
from kgbuild.text import normalize


def key_of(ctx, form: str) -> str:
    return next(k for k, e in ctx.mentions.entities.items() if normalize(form) in {normalize(f) for f in e.forms})


def test_according_to_and_a_named_agency(read) -> None:
    ctx = read("وقال رئيس الوزراء الهندي ناريندرا مودي لوكالة رويترز إن المحادثات مستمرة، بحسب وزارة الخارجية الهندية.")
    sent = ctx.doc[0].sent
    found = intermediaries(ctx, sent.start, sent.end, {key_of(ctx, "ناريندرا مودي")})
    assert [f.key for f in found] == [key_of(ctx, "وكالة رويترز"), key_of(ctx, "وزارة الخارجية الهندية")]
    assert intermediaries(ctx, sent.start, sent.end, {f.key for f in found} | {key_of(ctx, "ناريندرا مودي")}) == []


def test_a_sentence_reported_by_an_agency(read) -> None:
    ctx = read("وقتل خمسة جنود في هجوم على قاعدة عسكرية شمال مالي، وفقا لوكالة فرانس برس.")
    sent = ctx.doc[0].sent
    reported = reported_sentence(ctx, sent.start, sent.end, ())
    assert reported.source.key == key_of(ctx, "وكالة فرانس برس")
    said = ctx.doc[reported.start:reported.end].text
    assert said.startswith("وقتل خمسة جنود") and said.endswith("مالي")


def test_the_same_source_is_the_previous_speaker(read) -> None:
    ctx = read("وقالت وزارة الداخلية اليونانية إن الحرائق اندلعت في جزيرة رودس. "
               "ووفق المصدر نفسه، فإن الحرائق أتت على مئات الهكتارات من الغابات.")
    sent = list(ctx.doc.sents)[1]
    k = [t.i for t in ctx.doc if t.text == "ووفق"][0]
    assert same_source(ctx, k, sent.end)
    assert reported_sentence(ctx, sent.start, sent.end, ()) is None     # nobody spoke before
    ministry = key_of(ctx, "وزارة الداخلية اليونانية")
    reported = reported_sentence(ctx, sent.start, sent.end, (ministry,))
    assert reported.source.key == ministry and reported.source.i > k
    assert ctx.doc[reported.start:reported.end].text.startswith("الحرائق")   # the resumptive فإن is not said


@pytest.mark.parametrize("text, source, said", [
    # "وفقا لما ذكرته X", "حسب ما أعلنته X": the verb's object pronoun stands for the marker's "ما"
    ("وارتفعت أسعار القمح بنسبة عشرة في المئة، وفقا لما ذكرته وكالة رويترز.", "وكالة رويترز",
     "وارتفعت أسعار القمح بنسبة عشرة في المئة"),
    ("وارتفعت أسعار القمح بنسبة عشرة في المئة، حسب ما أعلنته وزارة الزراعة المغربية.", "وزارة الزراعة المغربية",
     "وارتفعت أسعار القمح بنسبة عشرة في المئة"),
    ("وبحسب ما نقلته وكالة رويترز، فإن أسعار القمح ارتفعت بنسبة عشرة في المئة.", "وكالة رويترز",
     "أسعار القمح ارتفعت بنسبة عشرة في المئة"),
    # a named speaker, his verb and a framing "ردا على ..." before أن: what was said is the أن clause
    ("وبيّن محافظ البنك المركزي المغربي عبد اللطيف الجواهري، ردا على سؤال من أعضاء اللجنة، أن التضخم "
     "سيتراجع في الخريف، وفقا لوكالة رويترز.", "وكالة رويترز", "التضخم سيتراجع في الخريف"),
    # an أن after بعد is adverbial: the whole clause is reported
    ("وعاد محافظ البنك المركزي المغربي عبد اللطيف الجواهري إلى الرباط بعد أن أنهى زيارته لباريس، وفقا لوكالة رويترز.",
     "وكالة رويترز", "وعاد محافظ البنك المركزي المغربي عبد اللطيف الجواهري إلى الرباط بعد أن أنهى زيارته لباريس"),
    # set off by commas on both sides, the source sits inside the clause it credits: what follows goes on with it
    ("وتراجعت صادرات البن، حسب وزارة الزراعة الكينية، بسبب الجفاف الذي ضرب المرتفعات الوسطى.",
     "وزارة الزراعة الكينية",
     "وتراجعت صادرات البن، حسب وزارة الزراعة الكينية، بسبب الجفاف الذي ضرب المرتفعات الوسطى"),
    # ... but not into a new statement opened after the second comma
    ("وتراجعت صادرات البن، حسب وزارة الزراعة الكينية، وقال مصدرون إن الأسعار سترتفع.",
     "وزارة الزراعة الكينية", "وتراجعت صادرات البن"),
])
def test_a_sentence_reported_after_what_a_source_said(read, text: str, source: str, said: str) -> None:
    ctx = read(text)
    sent = ctx.doc[0].sent
    reported = reported_sentence(ctx, sent.start, sent.end, ())
    assert reported is not None and reported.source.key == key_of(ctx, source)
    assert ctx.doc[reported.start:reported.end].text == said
