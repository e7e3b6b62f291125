"""kgbuild.extract.stance: the speaker's stance towards each target, from the act and the words."""
from __future__ import annotations

import pytest

from kgbuild.extract.document import extract_document
from kgbuild.text import normalize


def stance_towards(nlp, text: str, target: str) -> str:
    rec = extract_document(nlp, "t.txt", text)
    for st in rec.statements:
        for key, stance in st.target_stance.items():
            if normalize(target) in {normalize(f) for f in rec.entities[key].forms | {rec.entities[key].label}}:
                return stance
    raise AssertionError(f"{target} is no target")


@pytest.mark.parametrize("text, target, stance", [
    # an evaluative word next to the target
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن اعتداءات إسرائيل خطيرة.", "إسرائيل", "negative"),
    # a negation turns it round
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن موقف الحكومة العراقية غير مقبول وليس بناء.", "الحكومة العراقية", "negative"),
    # the content's words decide for the first target when none stands next to it
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن زيارته إلى اليابان كانت ناجحة ومثمرة وتعزز الشراكة.", "اليابان", "positive"),
    # an evaluative word in another inflection ("ندعمها", "المتغطرسة")
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند تدعم الحكومة الصومالية.", "الحكومة الصومالية", "positive"),
    # no evaluative word: neutral
    ("وقال وزير المالية الفرنسي برونو لومير إن البنك المركزي الأوروبي سيجتمع الخميس.", "البنك المركزي الأوروبي", "neutral"),
])
def test_stance_towards_a_target(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance
