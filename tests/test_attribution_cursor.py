"""The token cursor shared by the attribution stages, on handmade sentences."""
from __future__ import annotations

import pytest


def at(ctx, word: str, nth: int = 0) -> int:
    return [t.i for t in ctx.doc if t.text == word][nth]


def test_next_and_prev_skip_white_space(read) -> None:
    ctx = read("افتتح المعرض   أبوابه\nأمس.")
    tokens = ctx.tokens
    spaces = [t.i for t in ctx.doc if t.is_space]
    assert spaces, "the run of spaces is a token of its own"
    assert tokens.next(spaces[0], tokens.size) == at(ctx, "أبوابه")
    assert tokens.prev(at(ctx, "أبوابه")) == at(ctx, "المعرض")
    assert tokens.prev(at(ctx, "افتتح")) is None
    assert tokens.prev(at(ctx, "المعرض"), start=at(ctx, "المعرض")) is None


def test_next_past_one_comma(read) -> None:
    ctx = read("وصلت سلمى ، ، المهندسة إلى الموقع.")
    tokens = ctx.tokens
    first, second = [t.i for t in ctx.doc if t.text == "،"]
    assert tokens.next_past_comma(at(ctx, "سلمى") + 1, tokens.size) == second   # one comma only
    assert tokens.next_past_comma(second, tokens.size) == at(ctx, "المهندسة")
    assert tokens.next_past_comma(at(ctx, "وصلت"), tokens.size) == at(ctx, "وصلت")   # no comma: the word itself
    assert tokens.next_past_comma(first, first) == first   # nothing before `end`


def test_clause_starts_and_prepositions(read) -> None:
    ctx = read("وصل الوفد إلى القاهرة، وكان الطقس حارا في المدينة.")
    tokens = ctx.tokens
    assert tokens.clause_start_before(at(ctx, "وصل"), 0)             # the sentence start
    assert tokens.clause_start_before(at(ctx, "وكان"), 0)            # after a comma
    assert not tokens.clause_start_before(at(ctx, "الوفد"), 0)
    assert tokens.after_preposition(at(ctx, "القاهرة"))
    assert tokens.after_preposition(at(ctx, "المدينة"))
    assert not tokens.after_preposition(at(ctx, "الطقس"))
    assert tokens.is_comma(at(ctx, "،"))
    assert tokens.norm(at(ctx, "إلى")) == "الي"


def test_a_mention_after_a_preposition_is_governed(read) -> None:
    ctx = read("زار وزير الخارجية التركي أنقرة ثم سافر إلى بغداد.")
    by_form = {c.form: c for c in ctx.mentions.cands}
    assert ctx.tokens.governed(by_form["بغداد"])
    assert not ctx.tokens.governed(by_form["أنقرة"])


def test_closing_quote_and_trim(read) -> None:
    ctx = read("قال المدرب: «الفريق جاهز للمباراة» ثم غادر.")
    tokens = ctx.tokens
    assert tokens.closing_quote(at(ctx, "«"), tokens.size) == at(ctx, "»")
    end = tokens.size
    assert tokens.trim_end(0, end) == at(ctx, "غادر") + 1   # the final full stop is trimmed
    i, j = at(ctx, "الفريق"), at(ctx, "للمباراة") + 1
    assert ctx.doc.text[slice(*tokens.chars(i, j))] == "الفريق جاهز للمباراة"


def test_a_quote_runs_over_sentences_until_the_paragraph_ends(read) -> None:
    ctx = read("قالت الممرضة: «المستشفى ممتلئ. نحتاج أسرة» وغادرت.\nقال الطبيب «لا أدوية\nوصل الدواء أمس.")
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert len(list(ctx.doc.sents)) >= 3
    assert inside[at(ctx, "المستشفى")] and inside[at(ctx, "نحتاج")]    # across the full stop
    assert not inside[at(ctx, "وغادرت")]
    assert inside[at(ctx, "أدوية")]                                    # an unbalanced quote ...
    assert not inside[at(ctx, "وصل")]                                  # ... ends with its paragraph


def test_a_straight_quote_the_next_line_closes_runs_over_the_break(read) -> None:
    ctx = read('قالت الممرضة: "المستشفى ممتلئ.\nنحتاج أسرة" وغادرت.\nوقال الطبيب "لا أدوية\nوصل الدواء أمس.')
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert inside[at(ctx, "المستشفى")] and inside[at(ctx, "نحتاج")]    # across the line break
    assert not inside[at(ctx, "وغادرت")]
    assert inside[at(ctx, "أدوية")] and not inside[at(ctx, "وصل")]     # no mark pairs it on the next line
    tokens = ctx.tokens
    assert tokens.closing_quote(at(ctx, '"'), tokens.size) == at(ctx, '"', 1)


def test_a_quote_its_paragraph_never_closes_ends_with_its_sentence(read) -> None:
    ctx = read("قال المدرب: «الفريق جاهز للمباراة. وكان اللاعبون قد تدربوا مساء الجمعة.\nوغادر الوفد.")
    tokens = ctx.tokens
    assert tokens.text(tokens.closing_quote(at(ctx, "«"), tokens.size)) == "."
    assert tokens.closing_quote(at(ctx, "«"), tokens.size) < at(ctx, "وكان")


def test_a_guillemet_quote_inside_another_does_not_close_it(read) -> None:
    ctx = read("وقالت الوزارة إن «بيان واشنطن «يفتقر إلى الدقة» ولا يخدم الحوار» كما أكدت.")
    tokens = ctx.tokens
    assert tokens.closing_quote(at(ctx, "«"), tokens.size) == at(ctx, "»", 1)


def test_a_word_class_bare_or_with_a_conjunction(read) -> None:
    ctx = read("لم يعلن الوزير موعد الزيارة، ولم يحدد مكانها، فلن يسافر لندن.")
    tokens, negations = ctx.tokens, ctx.tokens.words.act_negation
    assert tokens.in_class(at(ctx, "لم"), negations)
    assert tokens.in_class(at(ctx, "ولم"), negations)
    assert tokens.in_class(at(ctx, "فلن"), negations)
    assert not tokens.in_class(at(ctx, "يعلن"), negations)
    assert not tokens.in_class(at(ctx, "لندن"), negations)


@pytest.mark.parametrize("text, name, title", [
    ("وقال كريم العساف، المتحدث باسم البلدية، إن الطريق مغلق.", "العساف", "المتحدث"),   # past a comma
    ("وقال كريم العساف -وهو مدير الميناء- إن الطريق مغلق.", "العساف", "مدير"),          # past a dash and وهو
    ("وقال كريم العساف رئيس البلدية إن الطريق مغلق.", "العساف", "رئيس"),               # right after the name
    ("وقال كريم العساف إن الطريق مغلق.", "العساف", None),                              # nothing describes him
])
def test_a_title_in_apposition_after_a_name(read, text: str, name: str, title: str | None) -> None:
    ctx = read(text)
    opener = ctx.tokens.apposition_after(at(ctx, name), ctx.tokens.size)
    assert opener == (at(ctx, title) if title else None)


def test_a_quote_mark_opening_a_paragraph_that_never_pairs_opens_nothing(read) -> None:
    # the closer of a quotation cut off with the paragraph before; the pair after it is a quotation
    ctx = read('" وأعلنت الهيئة أن الموسم " سيكون ممطرا " هذا العام.\nوغادر الوفد.')
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert not inside[at(ctx, "وأعلنت")] and not inside[at(ctx, "الموسم")]
    assert inside[at(ctx, "ممطرا")]
    assert not inside[at(ctx, "هذا")]


def test_a_straight_mark_written_as_a_closer_where_none_is_open_opens_nothing(read) -> None:
    # an opener lost by the writer: the third mark closes nothing, and the text after it (the rest of an
    # article delivered as one paragraph) is no quotation
    ctx = read('نشرت الهيئة "تقريرا سنويا" عن المدارس الخاصة" في المدن. وقال الوزير إن الأرقام مقلقة. '
               'وأضاف أن الحكومة ستراجع "الرسوم" قريبا.')
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert inside[at(ctx, "تقريرا")]
    assert not inside[at(ctx, "المدن")] and not inside[at(ctx, "وقال")] and not inside[at(ctx, "وأضاف")]
    assert inside[at(ctx, "الرسوم")]


def test_a_balanced_straight_quote_glued_to_its_verb_still_opens(read) -> None:
    # 'وأضاف" ...' is a careless opener, not a stray closer: the paragraph's marks pair up
    ctx = read('وأضاف" لن نتراجع عن القرار" ثم غادر القاعة.')
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert inside[at(ctx, "نتراجع")] and not inside[at(ctx, "غادر")]


def test_a_guillemet_left_open_ends_where_the_next_quotation_opens(read) -> None:
    # in a text with no paragraph breaks, a quote its writer never closed must not run to the article's end
    ctx = read("وقالت الوزارة إن «القرار «جاء متأخرا» وأضافت. وقال المتحدث «نرفض التدخل» أمام الصحفيين. "
               "وأعلن الجيش أن العملية انتهت.")
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert inside[at(ctx, "جاء")]
    assert not inside[at(ctx, "وقال")] and inside[at(ctx, "نرفض")]
    assert not inside[at(ctx, "وأعلن")]


def test_a_guillemet_quote_over_sentences_stays_open_until_it_closes(read) -> None:
    ctx = read("قال المدير: «المصنع مغلق. العمال في بيوتهم. ننتظر القرار» ثم غادر.")
    inside = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    assert inside[at(ctx, "العمال")] and inside[at(ctx, "ننتظر")] and not inside[at(ctx, "غادر")]


def test_sentence_is_the_span_token_sent_gives(read) -> None:
    # Cursor.sentence reads the sentence starts once; it must give what spaCy's Token.sent gives, for every
    # token (a line break, a full stop, an abbreviation's stop that ends nothing, and the last sentence)
    ctx = read("زار الوفد المدينة أمس. وقال د. سمير إن الزيارة ناجحة\nوأضاف أن اللقاء القادم في الربيع")
    for k in range(len(ctx.doc)):
        mine, spacys = ctx.tokens.sentence(k), ctx.doc[k].sent
        assert (mine.start, mine.end) == (spacys.start, spacys.end)
    assert ctx.tokens.sentence(-1).end == len(ctx.doc)
    with pytest.raises(IndexError):
        ctx.tokens.sentence(len(ctx.doc))
