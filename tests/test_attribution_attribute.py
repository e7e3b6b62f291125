"""The stages joined: what one sentence passes to the next, explicitly."""
from __future__ import annotations

from kgbuild.extract.attribution.attribute import Carry, attribute, attribute_sentence
from kgbuild.text import normalize


def key_of(ctx, form: str) -> str:
    return next(k for k, e in ctx.mentions.entities.items() if normalize(form) in {normalize(f) for f in e.forms})


TEXT = ("وقال وزير الصحة الفرنسي أوليفييه فيران إن حملة التطعيم ستبدأ في باريس. "
        "وأوضح أن الجرعات وصلت. وارتفعت درجات الحرارة. وهطلت أمطار غزيرة. "
        "وأضاف أن الصيدليات ستشارك.")


def test_a_sentence_returns_its_statements_and_what_the_next_one_needs(read) -> None:
    ctx = read(TEXT)
    sents = list(ctx.doc.sents)
    quoted = ctx.tokens.inside_quotes(sents)
    minister = key_of(ctx, "أوليفييه فيران")
    first, carry = attribute_sentence(ctx, sents[0], 0, quoted, Carry(), [])
    assert [st.speaker for st in first] == [minister] and carry == Carry((minister,), 0)
    second, carry = attribute_sentence(ctx, sents[1], 1, quoted, carry, first)
    assert [st.speaker for st in second] == [minister] and second[0].speaker_span is None
    # the same sentence with nothing carried over and no statement before it: only the one person the article
    # has named can take it (sole_person, a portrait's subject) ...
    alone, _ = attribute_sentence(ctx, sents[1], 1, quoted, Carry(), [])
    assert [st.speaker for st in alone] == [minister]
    # ... and with two persons named, nobody does
    two = read("واستقبل أوليفييه فيران نظيره الألماني يوهان برغر في باريس. وأوضح أن الجرعات وصلت.")
    two_sents = list(two.doc.sents)
    assert {key_of(two, "أوليفييه فيران"), key_of(two, "يوهان برغر")} <= set(two.mentions.entities)
    assert attribute_sentence(two, two_sents[1], 1, two.tokens.inside_quotes(two_sents), Carry(), []) == ([], Carry())


def test_the_previous_speaker_is_carried_two_sentences_and_looked_back_to_past_them(read) -> None:
    ctx = read(TEXT)
    statements = attribute(ctx, list(ctx.doc.sents))
    assert [normalize(st.cue_lemma) for st in statements] == [normalize(w) for w in ("قال", "أوضح", "أضاف")]
    assert statements[2].speaker == statements[0].speaker   # earlier_speaker: no one else named in between
    # another person named in between: the verb goes on with him (the subject of his sentence), not further back
    ctx = read(TEXT.replace("وهطلت أمطار غزيرة.", "ووصل وزير الصحة الألماني يوهان برغر إلى باريس."))
    statements = attribute(ctx, list(ctx.doc.sents))
    assert statements[-1].speaker == key_of(ctx, "يوهان برغر") != statements[0].speaker
