"""A pronoun subject whose speaker was named further back than the carry reaches (speakers/earlier.py): one
handmade paragraph per construction, every name invented, sentences on lines of their own as news paragraphs."""
from __future__ import annotations

import pytest

from speaker_checks import assert_speaker_at_cue

SPEAKER = "قال وزير الري الموريتاني ماهر ولد سالمين إن السدود امتلأت بعد الأمطار."
SHE = "وقالت وزيرة الصحة الكينية نوالي موانغي إن حملة التلقيح بدأت في القرى."
QUIET = ["وتشهد البلاد أمطارا غزيرة منذ أسبوعين.", "وارتفع منسوب النهر في الجنوب.", "وغمرت المياه عشرات الحقول.",
         "وتوقفت الدراسة في ثلاث ولايات."]

EARLIER_CASES = [
    # (name, text, cue, speaker or None, a speaker it must not be)
    ("four sentences with no one in them: the person who spoke last goes on",
     "\n".join([SPEAKER, *QUIET, "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", "ماهر ولد سالمين", "-"),
    ("a feminine verb goes on with the woman who spoke last",
     "\n".join([SHE, *QUIET[:2], "وأوضحت أن اللقاحات وصلت إلى كل المحافظات."]), "وأوضحت", "نوالي موانغي", "-"),
    ("a body that spoke with a feminine verb goes on with one",
     "\n".join(["وقالت وزارة الزراعة الموريتانية إن المحصول تضرر.", *QUIET[:3], "وأضافت أن الخسائر ستحصى."]),
     "وأضافت", "وزارة الزراعة الموريتانية", "-"),
    ("a verb of the other gender takes no one",
     "\n".join([SPEAKER, *QUIET, "وأضافت أن الحكومة ستعوض المزارعين."]), "وأضافت", None, "ماهر ولد سالمين"),
    ("a plural verb takes no single person",
     "\n".join([SPEAKER, *QUIET, "وأضافوا أن الحكومة ستعوض المزارعين."]), "وأضافوا", None, "ماهر ولد سالمين"),
    ("another person named in between may be the subject: the look-back stops",
     "\n".join([SPEAKER, QUIET[0], "وزار رئيس الوزراء سيدو كامارا القرى المنكوبة.", QUIET[1],
                "وقال إن الحكومة ستعوض المزارعين."]), "وقال", None, "ماهر ولد سالمين"),
    ("a body named in between (no preposition before it) may be the subject: the look-back stops",
     "\n".join([SPEAKER, QUIET[0], "وتواجه شركة الكهرباء الوطنية صعوبات في الجنوب.", QUIET[1],
                "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", None, "ماهر ولد سالمين"),
    ("a woman named by her title in between does not stand for a masculine verb's subject",
     "\n".join([SPEAKER, QUIET[0], "وتفقدت وزيرة الصحة نوالي موانغي المستشفيات.", QUIET[1],
                "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", "ماهر ولد سالمين", "نوالي موانغي"),
    ("a man named by his title in between stops a masculine verb's look-back",
     "\n".join([SPEAKER, QUIET[0], "وتفقد وزير الصحة سيدو كامارا المستشفيات.", QUIET[1],
                "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", None, "ماهر ولد سالمين"),
    ("a person after a preposition in between is no subject: the look-back goes past him",
     "\n".join([SPEAKER, QUIET[0], "ووصلت إلى القرى مساعدات من رجل الأعمال سليم بن عمار.", QUIET[1],
                "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", "ماهر ولد سالمين", "سليم بن عمار"),
    # (the source speaks for the ministry it belongs to, which goes on)
    ("an unnamed source who spoke in between stops it",
     "\n".join([SPEAKER, QUIET[0], "وقال مصدر في الوزارة إن الخسائر كبيرة.", QUIET[1],
                "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", "وزارة الري الموريتانية", "ماهر ولد سالمين"),
    ("a definite bare title of the verb's gender in between stops it",
     "\n".join([SPEAKER, QUIET[0], "وتفقد المحافظ السدود صباح أمس.", QUIET[1],
                "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", None, "ماهر ولد سالمين"),
    ("too far back: five quiet sentences",
     "\n".join([SPEAKER, *QUIET, QUIET[0], "وأضاف أن الحكومة ستعوض المزارعين."]), "وأضاف", None, "ماهر ولد سالمين"),
    ("a fronted phrase before the verb: its subject is still the pronoun",
     "\n".join([SPEAKER, *QUIET[:3], "وفي هذا السياق أكد أن الطرق مقطوعة."]), "أكد", "ماهر ولد سالمين", "-"),
    ("a clause opener before the verb", "\n".join([SPEAKER, *QUIET[:3], "كما أكد أن الطرق مقطوعة."]), "أكد",
     "ماهر ولد سالمين", "-"),
    ("a person after a preposition in the fronted phrase is no subject",
     "\n".join([SPEAKER, *QUIET[:3], "وفي لقاء مع رئيس الوزراء سيدو كامارا أكد أن الطرق مقطوعة."]), "أكد",
     "ماهر ولد سالمين", "سيدو كامارا"),
    ("a noun before the verb is its subject (SVO): no look-back",
     "\n".join([SPEAKER, *QUIET[:3], "والتقرير أكد أن الطرق مقطوعة."]), "أكد", None, "ماهر ولد سالمين"),
]


@pytest.mark.parametrize("name, text, cue, speaker, not_speaker", EARLIER_CASES, ids=[c[0] for c in EARLIER_CASES])
def test_a_pronoun_subject_looks_back(nlp, name: str, text: str, cue: str, speaker: str | None,
                                      not_speaker: str) -> None:
    assert_speaker_at_cue(nlp, text, cue, speaker, not_speaker)
