"""Cues alone: which words of a sentence anchor a statement."""
from __future__ import annotations

import pytest

from kgbuild.extract.attribution.anchors import statement_cues
from kgbuild.extract.attribution.cues import participle_forms
from kgbuild.extract.attribution.cues.reader import may_be_cue, verb_with_object_pronoun
from kgbuild.text import normalize


def cues_of(ctx) -> list[tuple[str, str, str, int]]:
    """(word, lemma, kind, conjunction length) of each statement cue, in text order."""
    quoted = ctx.tokens.inside_quotes(list(ctx.doc.sents))
    return [(ctx.doc[c.i].text, normalize(c.lemma), c.kind, c.prefix)
            for sent in ctx.doc.sents for c in statement_cues(ctx.cues, sent, quoted)]


@pytest.mark.parametrize("word, accusative", [("مؤكدة", "مؤكدا"), ("متفقين", "متفقا"), ("داعيتين", "داعيا")])
def test_participle_forms_give_the_accusative_singular(word: str, accusative: str) -> None:
    assert participle_forms(normalize(word)) == [normalize(word), normalize(accusative)]


def test_short_words_are_not_participles() -> None:
    assert participle_forms(normalize("قال")) == [normalize("قال")]


def test_a_verb_and_a_participle_of_manner(read) -> None:
    ctx = read("وقالت وزيرة الخارجية الكندية ميلاني جولي إن أوتاوا ستفتح سفارتها، مشيرة إلى أن القرار نهائي.")
    assert cues_of(ctx) == [("وقالت", normalize("قال"), "verb", 1), ("مشيرة", normalize("أشار"), "continuation", 0)]


def test_a_statement_noun_opening_its_line_is_a_heading(read) -> None:
    ctx = read("دعوة أممية إلى حماية المدنيين في السودان")
    assert ctx.cues.at(0) is not None and ctx.cues.at(0).kind == "noun"
    assert cues_of(ctx) == []


def test_a_cue_after_a_preposition_is_a_noun(read) -> None:
    ctx = read("وأعلنت اللجنة بناء على طلب الوزارة أن المهلة مددت.")
    assert [c[1] for c in cues_of(ctx)] == [normalize("أعلن")]


def test_cues_inside_a_quote_belong_to_it(read) -> None:
    ctx = read("وقالت الكاتبة: «قال لي الناشر إن الرواية ستصدر في الربيع».")
    assert [c[0] for c in cues_of(ctx)] == ["وقالت"]


@pytest.mark.parametrize("text, cues", [
    ("وجاء في التقرير أن الموسم الزراعي كان جيدا.", [("وجاء", normalize("جاء"), "continuation", 1)]),
    # an indefinite report, an article (with its author after it): texts that say something
    ("وجاء في تقرير لوزارة الزراعة أن الموسم كان جيدا.", [("وجاء", normalize("جاء"), "continuation", 1)]),
    ("وورد في مقال للكاتب رامي فارس أن الموسم كان جيدا.", [("وورد", normalize("ورد"), "continuation", 1)]),
    # "ما جاء في": what the text says, as a noun phrase; no clause of it follows
    ("وانتقدت النقابة ما جاء في تقرير الوزارة حول الأجور.", [("وانتقدت", normalize("انتقد"), "verb", 1)]),
    ("وارتفعت الأجور هذا العام، وفق ما جاء في الدراسة.", []),
])
def test_it_came_in_the_report(read, text: str, cues: list[tuple[str, str, str, int]]) -> None:
    assert cues_of(read(text)) == cues


def test_according_to_is_a_cue_but_anchors_no_statement_of_its_own(read) -> None:
    ctx = read("وارتفعت الصادرات بحسب وزارة التجارة.")
    k = [t.i for t in ctx.doc if t.text == "بحسب"][0]
    assert ctx.cues.at(k).kind == "via"
    assert cues_of(ctx) == []


@pytest.mark.parametrize("text, first, phrase, owner_word", [
    ("وستتراجع الصادرات في رأيه.", "في", "في رأيه", "رأيه"),
    ("وستتراجع الصادرات برأيه.", "برأيه", "برأيه", "برأيه"),
    ("وستتراجع الصادرات في نظرها.", "في", "في نظرها", "نظرها"),
    ("ومن وجهة نظرها فإن الصادرات ستتراجع.", "ومن", "من وجهة نظرها", "نظرها"),
    ("وستتراجع الصادرات بحسب رأيه.", "بحسب", "بحسب", "رأيه"),
    ("وستتراجع الصادرات على حد تعبيرها.", "على", "على حد", "تعبيرها"),
])
def test_a_view_owned_by_a_pronoun_is_an_according_to_marker(read, text: str, first: str, phrase: str,
                                                             owner_word: str) -> None:
    # the phrase is one "according to" cue at its first word; whose view it is, its pronoun tells
    ctx = read(text)
    k = [t.i for t in ctx.doc if t.text == first][0]
    cue = ctx.cues.at(k)
    assert cue is not None and cue.kind == "via" and normalize(cue.lemma) == normalize(phrase)
    sent = ctx.doc[k].sent
    assert ctx.doc[ctx.cues.own_view_at(cue, sent.end)].text == owner_word


def test_a_view_of_a_named_source_is_no_own_view(read) -> None:
    ctx = read("وستتراجع الصادرات بحسب وزارة التجارة.")
    k = [t.i for t in ctx.doc if t.text == "بحسب"][0]
    assert ctx.cues.own_view_at(ctx.cues.at(k), ctx.doc[k].sent.end) is None


def test_a_verb_form_after_adam_is_a_verbal_noun(read) -> None:
    # "عدم كشف هويته": كشف is the verbal noun, not the verb "he revealed"
    ctx = read("وقال مسؤول في الوزارة طالبا عدم كشف هويته إن الخطة جاهزة.")
    assert normalize("كشف") not in [c[1] for c in cues_of(ctx)]


@pytest.mark.parametrize("text, cue", [
    ("ولم تكن الخسارة مالية فحسب بل معنوية أيضا.", None),            # "only"
    ("ولا تصعيد قريبا، فحسب وزير الخارجية الألماني هانز مولر فإن المفاوضات مستمرة.", "فحسب"),  # for according to
])
def test_a_word_of_its_own_is_a_cue_only_before_a_source(read, text: str, cue: str | None) -> None:
    ctx = read(text)
    k = [t.i for t in ctx.doc if t.text == "فحسب"][0]
    assert (ctx.cues.at(k) is not None) == (cue is not None)


@pytest.mark.parametrize("text, cues", [
    ("ويبلغ عدد سكان المدينة مليون نسمة.", []),
    # "أقسم": swore that, only before what is sworn; "أقسم اليمين" is an oath of office
    ("وأقسم الرئيس الجديد اليمين الدستورية أمام البرلمان.", []),
    ("وأقسم الرئيس الجديد أن حكومته ستحارب الفساد.", [normalize("أقسم")]),
    # bare "تطرق": touched on only with إلى or لـ on its topic; spelled alike, "she knocks"
    ("وتطرق الشرطة الأبواب بحثا عن المطلوبين.", []),
    ("وتطرق الوزير إلى أزمة المياه في الجنوب.", [normalize("تطرق")]),
    ("ويبلغ الوزير نظيره الفرنسي أن الاتفاق جاهز.", [normalize("أبلغ")]),
    ("وتعتبر المدينة من أقدم مدن المنطقة.", []),
    ("وتعتبر الحكومة أن القرار نهائي.", [normalize("اعتبر")]),
    # "أدلى": gave a statement only before بـ and a statement noun; the verb that says it carries it
    ("وأدلى الناخبون بأصواتهم في العاصمة.", []),
    ("وأدلى الوزير بتصريحات صحفية عن الموازنة.", [normalize("أدلى")]),
    ("وأدلى الوزير بتصريحات صحفية أكد فيها أن الموازنة جاهزة.", [normalize("أكد")]),
    # "بين": explained only at the head of its clause after و and before أن; otherwise "between"
    ("وقال الوزير إن الخلاف بين الطرفين أن يستمر الحوار.", [normalize("قال")]),
    ("وجرت مباحثات بين الوزيرين في القاهرة.", []),
    ("وبين وزير المالية أن العجز تراجع.", [normalize("بين")]),
    ("وبين البلدين علاقات قديمة.", []),
    # a line above with no full stop (a headline) still leaves "وبين" at the head of its clause
    ("الموازنة تتحسن\n\nوبين وزير المالية أن العجز تراجع.", [normalize("بين")]),
    ("الموازنة تتحسن\n\nوبين البلدين علاقات قديمة.", []),
    # bare, after a clause's opening words and before its أن: explained
    ("من جهته، بين وزير المالية أن العجز تراجع.", [normalize("بين")]),
    ("كما بين وزير المالية أن العجز تراجع.", [normalize("بين")]),
    ("وبدوره بين وزير المالية أن العجز تراجع.", [normalize("بين")]),
    # "فيما بين", "من بين": among; a bare "بين ...:" opens a heading
    ("ولا تجانس فيما بين اللاعبين خصوصا أن الفريق جديد.", []),
    ("وكان من بين الحضور وزير المالية الذي قال إن العجز تراجع.", [normalize("قال")]),
    ("بين الأمل والخوف: سكان المدينة ينتظرون المطر", []),
    # "يعتبر من": is counted among, even when a colon or أن follows
    ("وقال الباحث الذي يعتبر من أبرز خبراء المياه: السد سيضر بالزراعة.", [normalize("قال")]),
    ("ويعتبر من الضروري أن تتوقف المعارك فورا.", []),
    ("ويعتبر من جهته أن الحوار هو الحل.", [normalize("اعتبر")]),
    # "طرح", "عرض": put forward a proposal only with a proposal noun in its clause; floated, screened otherwise
    ("وطرحت النقابة مبادرة لإنهاء الإضراب في الموانئ.", [normalize("طرح")]),
    ("وكانت زامبيا عرضت مقترحات جديدة على جيرانها.", [normalize("عرض")]),
    ("وطرحت شركة الاتصالات أسهمها في البورصة.", []),
    ("وعرض المتحف لوحات نادرة من القرن الماضي.", []),
    ("وبعد عرض الخطة على البرلمان صوت النواب.", []),
    ("ويحمل الوزير شهادة في الاقتصاد من جامعة القاهرة.", []),
    ("وحمل الوزير الحكومة السابقة مسؤولية الأزمة.", [normalize("حمل")]),
    ("وحملت الوزارة المعارضة المسؤولية عن أعمال العنف.", [normalize("حمل")]),
    # the present with the noun of responsibility right after its named subject: bears it (يتحمّل), blames no one
    ("وتحمل شركة الكهرباء الوطنية مسؤولية تعويض السكان عن الانقطاع.", []),
    # a shadda on the letter after و makes the و the verb's own: ودّع (bade farewell) is not و + دعا
    ("وودّع اللاعبون مدربهم إلى المطار.", []),
    ("ودّعت الجماهير منتخبها إلى البطولة القارية.", []),
    ("ودعت الوزارة السكان إلى ترشيد المياه.", [normalize("دعا")]),
    # the forms of عبّر (expressed) other than the bare one are as often of عبَر (crossed): a cue only with عن
    # and a feeling of its owner after it; with a thing for subject ("تعبر الخطوة عن رغبة") no one speaks
    ("وعبرت القوات الحدود الشمالية فجر اليوم.", []),
    ("ويعبر آلاف اللاجئين النهر كل أسبوع.", []),
    ("وتعبر هذه الخطوة عن رغبة الطرفين في الحوار.", []),
    ("ويعبر وزير الزراعة عن ارتياحه لنتائج الموسم.", [normalize("عبر")]),
    # "وافق على" approves a plan or a request, an administrative act, no statement; agreeing that is one
    ("ووافق مجلس البلدية على توسيع السوق القديم.", []),
    ("ووافقت النقابة على أن الحوار هو الطريق الوحيد.", [normalize("وافق")]),
    # "يقدر": estimates that, only before أن; with a بـ complement at once it is the passive, "is estimated at"
    ("ويقدر خبراء النفط أن الإنتاج سيتراجع.", [normalize("قدر")]),
    ("وهي خسائر تقدر بالمليارات بعد أن توقف المصنع.", []),
    # "مجددا": again, a cue only before the stance it renews ("مجددة التأكيد", "مجددا دعوته")
    ("وعاد الفريق مجددا إلى الملعب بعد أن توقفت الأمطار.", []),
    ("وقال الوزير إن الحوار ممكن، مجددا رفضه لأي تدخل خارجي.", [normalize("قال"), normalize("جدد"), normalize("رفض")]),
    # "متابعا": went on saying, only before what is said; "متابعا المباراة" follows a match
    ("وقال المدرب إن الفريق جاهز، متابعا: «سنلعب للفوز».", [normalize("قال"), normalize("تابع")]),
    ("وجلس الوزير في المدرجات متابعا المباراة حتى نهايتها.", []),
    # و, a past verb of saying and its object pronoun, and أن at once: the verb, not a noun with its owner
    ("وشاهد المدرب تسجيل المباراة ووصفه بأنه درس مفيد.", [normalize("وصف")]),
    ("واتصلت الطبيبة بزوجها وأبلغته أن الطائرة هبطت.", [normalize("أبلغ")]),
])
def test_a_form_of_two_verbs_is_a_cue_only_before_its_complement(read, text: str, cues: list[str]) -> None:
    assert [c[1] for c in cues_of(read(text))] == cues


@pytest.mark.parametrize("text, cues", [
    # "رد": an answer in deeds when بـ and a noun of no saying come before anything said ("ردت بحظر", "رد بطرد السفير")
    ("وردت الحكومة على العقوبات بإغلاق المعابر الحدودية.", []),
    ("ورد الوزير على أسئلة الصحفيين بالقول إن الخطة ناجحة.", [normalize("رد")]),
    # "صادق على": ratified, certified (a law, the results), a body's deed; no cue
    ("وصادق مجلس الشيوخ على المعاهدة التجارية الجديدة.", []),
    # "علق": commented on (على) or suspended, with a thing suspended for object ("علقت عضويته", "يعلق المساعدات")
    ("وعلقت المنظمة الإقليمية عضوية البلد في جميع هيئاتها.", []),
    ("وعلق الوزير على استئناف العمل في الميناء بالقول إنه خبر سار.", [normalize("علق")]),
    # "أقر": admitted only before what is admitted (بـ, أن); "أقر البرلمان قانونا" passes a law, a deed
    ("وأقر مجلس الشيوخ، مساء الخميس، قانونا جديدا للضرائب.", []),
    ("ويقر البرلمان مشروع الموازنة العامة للعام المقبل.", []),
    ("وأقر مجلس الشيوخ بأن القانون يحتاج إلى تعديل.", [normalize("أقر")]),
    # bylines: "كتب - فلان:" signs the article, it says nothing
    ("كتب - سامر الحداد: افتتح المعرض الدولي للزهور أبوابه أمس.", []),
    ("كتب ـ سامر الحداد أعلنت اللجنة أن الخطة جاهزة.", [normalize("أعلن")]),
    ("وكتب الوزير في مقاله أن الإصلاح ضروري.", [normalize("كتب")]),
    # "يذكر أن": the impersonal passive has no speaker
    ("يذكر أن الملعب افتتح عام 1990.", []),
    ("ويتوقع أن يصل الوفد غدا إلى العاصمة.", []),
    ("ويتوقع البنك المركزي أن يتراجع التضخم.", [normalize("توقع")]),
    ("ويعتقد أن السفينة غرقت قرب الساحل.", []),
    ("ويعتقد علماء الآثار أن المدينة بنيت قبل الميلاد.", [normalize("اعتقد")]),
    ("وتعتقد الشرطة الإيطالية أن المهاجم تصرف بمفرده.", [normalize("اعتقد")]),
    # a form V past after لم/لن/أن is the present of another verb
    ("ولم توقع الشركة أي عقود جديدة هذا العام.", []),
    ("وتوقعت الشركة أن ترتفع أرباحها.", [normalize("توقع")]),
    # "تابع": followed, affiliated, unless what is said follows
    ("ويتابع المدرب تدريبات الفريق كل صباح.", []),
    ("وأعلن فصيل تابع للمعارضة انسحابه من المفاوضات.", [normalize("أعلن")]),
    ("وتابع الوزير قائلا إن الحوار مستمر.", [normalize("تابع"), normalize("قال")]),
    ("وتابع: «لن نتراجع عن قرارنا».", [normalize("تابع")]),
    # "أضاف": added a goal, unless what is said follows
    ("وأضاف المهاجم الهدف الثاني بضربة رأسية.", []),
    ("وأضاف المدرب بعد المباراة أمام الصحفيين في الملعب أن الفريق قدم أداء جيدا.", [normalize("أضاف")]),
    # "واصل", "أكمل": continued, went on (saying) only before what is said
    ("وتواصل الأمطار هطولها على العاصمة منذ يومين.", []),
    ("ويواصل مجلس النواب الليلة مناقشة الميزانية قبل أن يصوت عليها.", []),
    ('ويواصل الفريق انتصاراته على ملعب "الوحدة" في العاصمة.', []),
    ("وواصل الوزير قائلا إن الحوار مستمر.", [normalize("واصل"), normalize("قال")]),
    ("ويتابع المدرب التدريبات اليومية للفريق ثم قال إن اللاعبين جاهزون.", [normalize("قال")]),
    ("وأضاف ' ' لن نتراجع عن قرارنا مهما حدث ' '.", [normalize("أضاف")]),
    # "أضاف" after what was said, quoted before it: the cue
    ("«سنعيد بناء الجسر قبل الصيف»، أضاف الوزير.", [normalize("أضاف")]),
    ('"سنعيد بناء الجسر قبل الصيف"، أضاف الوزير.', [normalize("أضاف")]),
    # "مضى": passed / went
    ("ومضى الأسبوع الأول دون أي حوادث في المدينة.", []),
    # "نقل": moved, unless its source or what it relays follows
    ("ونقلت الجريحة إلى مستشفى المدينة.", []),
    ("وأصيب الحارس ونقل إلى المستشفى، مؤكدا أن إصابته طفيفة.", [normalize("أكد")]),
    ("ونقلت الوكالة عن الوزير أن المحادثات مستمرة.", [normalize("نقل")]),
    # "نسب": ascribed a saying, unless it ascribes a cause or counts percentages
    ("وتنسب الشرطة الحادث إلى خلل فني في المحطة.", []),
    ("وارتفعت نسب النمو في القطاع الزراعي.", []),
    ("ونسبت الصحيفة إلى الوزير قوله إن المحادثات مستمرة.", [normalize("نسب"), normalize("قال")]),
    # the ascribed saying "قوله" tells the relay even when its إن comes after a long phrase
    ("ونسبت صحيفة الأيام اليومية الصادرة في عمان إلى وزير المياه قوله في اتصال هاتفي مساء أمس إن السد جاهز.",
     [normalize("نسب"), normalize("قال")]),
    # an act negated by لم/لن says nothing, unless what was said follows ("لم يستبعد أن")
    ("ولم يعلن الوزير موعد زيارته المقبلة إلى باريس.", []),
    ("ولن يكشف النادي عن قيمة الصفقة.", []),
    ("ولم يستبعد الوزير أن تتأجل الزيارة.", [normalize("استبعد")]),
    ("ولا يرى الوزير أن الزيارة ستتأجل.", [normalize("رأى")]),
    # a negated act whose subject is "أحد" (nobody did it): no one says anything, what follows or not
    ("لم يتوقع أحد في وزارة الخارجية أن تنهار المحادثات بهذه السرعة.", []),
    # an act to come (سوف، the subjunctive after أن) says nothing yet
    ("وسوف يعلن الوزير نتائج التحقيق الأسبوع المقبل.", []),
    ("ومن المنتظر أن يعلن الوزير نتائج التحقيق الأسبوع المقبل.", []),
    ("وتقول الوزارة إن التحقيق انتهى.", [normalize("قال")]),
    # "أصدر": a statement, a decision or an order, not any product
    ("وأصدرت الشركة هاتفا جديدا بشاشة أكبر.", []),
    ("وأصدرت الوزارة بيانا أكدت فيه أن الوضع مستقر.", [normalize("أصدر"), normalize("أكد")]),
    ("وأصدر الرئيس قرارا بتعيين محافظ جديد.", [normalize("أصدر")]),
    # "ورد في": it appeared in, not "and he replied"
    ("والتزمت الحكومة بما ورد في الاتفاق الموقع بين الطرفين.", []),
    ("ورد الوزير على المنتقدين بأن الخطة ناجحة.", [normalize("رد")]),
    ("وطالب الحزب بإجراء الانتخابات في موعدها كما ورد بالدستور.", [normalize("طالب")]),
    # "تُدعى": is called, not "claims"
    ("وتعمل في المدينة جمعية صغيرة تدعى «أصدقاء النهر».", []),
    ("وتدعي الشركة أن منتجاتها آمنة.", [normalize("ادعى")]),
    # a participle other than the accusative singular: an adjective or a noun unless its clause follows
    ("وفرضت الشرطة إجراءات مشددة في محيط الملعب.", []),
    ("وغاب عن المباراة مهاجمه الدولي بسبب الإصابة.", []),
    # "محتجا" is a protester as often as "protesting": no participle of manner in the table
    ("وأعلنت الشرطة مقتل ستة وعشرين محتجا، خلال المظاهرات في العاصمة.", [normalize("أعلن")]),
    ("وأكدت الوزارة التزامها بالاتفاق مشددة على أن الحوار هو الحل.",
     [normalize("أكد"), normalize("شدد")]),
    # a cue form right after a numeral is the noun counted: "طالب" is a student there
    ("وشارك في المسيرة نحو 900 طالب من جامعات الجنوب.", []),
    ("وفي 2019 طالب النقابيون برفع الأجور.", [normalize("طالب")]),
    # after "مجرد" (the mere) a cue form is its verbal noun: "لمجرد ذكر اسمه" is the mere mention
    ("ويغضب المدرب لمجرد ذكر الصحفيين اسم اللاعب.", []),
    # after "any", "every" a cue form is a noun ("أي ذكر": any male); "فحسب" is "only"
    ("ولا يقبل القطيع أي ذكر غريب في المرعى.", []),
    ("وشارك في الدورة كل طالب من طلاب السنة الأولى.", []),
    ("ولم تكن الخسارة مالية فحسب بل معنوية أيضا.", []),
    ("وقال الوزير إن الخسارة مالية فحسب.", [normalize("قال")]),
    # after a comma, و and a past verb of saying with its object pronoun: the next statement
    ("وانتقد الوزير القرار، ووصفه بأنه متسرع.", [normalize("انتقد"), normalize("وصف")]),
    ("وأعجب القراء بالكتاب ووصفه الدقيق للرحلة.", []),
    # "وهو ما نفته X": a verb of saying that takes ما back, the answer of another
    ("وأعلنت الوزارة أن المصنع سيغلق، وهو ما نفته النقابة.", [normalize("أعلن"), normalize("نفى")]),
    # the present too after that ما ("وهو ما تنفيه X"): no noun with its owner stands there
    ("وتتهم أثينا أنقرة بخرق الأجواء، وهو ما تنفيه تركيا.", [normalize("اتهم"), normalize("نفى")]),
    # "رد فعل": a compound noun (reaction), not "replied"
    ("وجاء ثاني رد فعل للنقابة بعد يومين من القرار.", []),
    # "كتب" before a definite group of persons: their books, unless -ون marks the subject or a clause follows
    ("وارتفعت أسعار كتب التلاميذ في الأردن هذا العام.", []),
    ("وتباع كتب الأطفال في المعرض بنصف ثمنها.", []),
    ("وكتب الطلاب على لافتاتهم أن الامتحانات صعبة.", [normalize("كتب")]),
    ("كتب الصحفيون في مقالاتهم أن الأزمة عميقة.", [normalize("كتب")]),
    # "كتب" with no claim after it (articles, a story, about a tale): writing, no statement
    ("وكتب الروائي ثلاث روايات عن الحرب الأهلية.", []),
    ('وكتبت الصحيفة في افتتاحيتها " الحكومة فشلت في إدارة الأزمة ".', [normalize("كتب")]),
    # "طالبا": requesting after a comma, before من or whom it asks and a بـ complement; a student otherwise
    ("وانتقد الوزير الشركات، طالبا من البرلمان سن قانون جديد.", [normalize("انتقد"), normalize("طلب")]),
    ("وأشاد الوزير بالاتفاق، طالبا النقابات بالتهدئة.", [normalize("أشاد"), normalize("طلب")]),
    ("وقال المسؤول، طالبا عدم نشر اسمه، إن الخطة جاهزة.", [normalize("قال")]),
    ("وكان الروائي، طالبا بكلية الآداب، يعمل في مطعم ليلا.", []),
    # "ساند": backed (with troops, fire, votes), a deed and no speech act
    ("وساندت الطائرات الحربية القوات البرية في هجومها على الجسر.", []),
    # "شدد": insisted only with على (or what is said) in its clause, nothing tightened before it
    ("وشددت الشرطة الإجراءات الأمنية على المعابر قبل العيد.", []),
    ("وشدد وزير المالية في كلمته أمام النواب على أن العجز تراجع.", [normalize("شدد"), normalize("كلمة")]),
    # a bare past spelled as its verbal noun ("رد", "دعم", "نشر") is the noun where no verb can stand
    ("وجاء رد النقابة سريعا على قرار الوزارة.", []),
    ("وتحدث الوزير عن خطة دعم المزارعين في الجنوب.", [normalize("تحدث")]),
    ("وأكد الوزير أن رفض النقابة للخطة لن يغير شيئا.", [normalize("أكد")]),
    ("ومن جهته رد الوزير على المنتقدين بأن الخطة ناجحة.", [normalize("رد")]),
    # "تـ" + a past of saying before a masculine subject is the form V past of the root ("تطلّب": required)
    ("وتطلب الأمر تدخل فرق الدفاع المدني لساعات.", []),
    ("وتطلب وزارة الصحة من المواطنين الحذر.", [normalize("طلب")]),
    # the present of a lemma in ى, written with ي, is no form V past even before a masculine word ("تنفي ذلك")
    ("لكن مالطا تنفي ذلك.", [normalize("نفى")]),
    # a cue word inside a name ("جمعية دعم المرضى") is a word of the name
    ("وطالبت جمعية دعم المرضى بتوفير الأدوية في المستشفيات.", [normalize("طالب")]),
    # "جدد": renewed a stance or a speech act, not a contract, nor shelling resumed
    ("وجدد النادي عقد مهاجمه حتى نهاية الموسم المقبل.", []),
    ("وجدد وزير الخارجية الكويتي في بيان رفضه للتصعيد في المنطقة.", [normalize("جدد"), normalize("بيان"), normalize("رفض")]),
    # a participle after a verb of being (and its subject) is its predicate: no surprise, an adviser
    ("ولم يكن مستغربا أن تتأخر الرحلة بسبب العاصفة.", []),
    ("وكان جاره ناصحا له في تجارته.", []),
    ("وقال المدير إن الموسم كان صعبا مؤكدا أن الأرباح ستتحسن.", [normalize("قال"), normalize("أكد")]),
    # a participle after a noun counted in the accusative is its adjective: votes in favour
    ("وحصل مشروع القانون على 45 صوتا مؤيدا في البرلمان.", []),
    # convicting of a charge: a court's verdict, no one speaks; condemning with لـ or its object is a statement
    ("وأيدت محكمة الاستئناف إدانة المدير السابق للمصرف بتهمة الاختلاس.", [normalize("أيد")]),
    ("وأدانت المحكمة العسكرية الضابطين بالتجسس.", []),
    ("وأعرب الاتحاد الأفريقي عن إدانته للانقلاب في البلاد.", [normalize("أعرب"), normalize("إدانة")]),
    # refusing to comment, to disclose, to say: declining to speak is no statement; a rejected reply is one
    ("ورفض مدرب المنتخب الوطني التعليق على نتيجة القرعة.", []),
    ("ورفضت الشركة الإفصاح عن قيمة الصفقة.", []),
    ("ورفضت النقابة الرد الحكومي على مطالبها.", [normalize("رفض")]),
    ("ورفض المدرب التعليق على القرعة قائلا إن كل المنتخبات قوية.", [normalize("رفض"), normalize("قال")]),
    # declining with أن and the verb of saying ("أن تعلق", "أن يكشف"); أن with another verb and its own
    # subject is a position rejected
    ("ورفضت المتحدثة أن تعلق على نتيجة القرعة.", []),
    ("ورفض المصدر أن يكشف عن اسمه.", []),
    ("ورفض اللاجئ أن يكشف عن اسمه، ورغم أنه يعيش في المدينة منذ سنوات فإنه لا يملك أوراقا.", []),
    ("ورفض الوزير أن تتحول البلاد إلى ساحة للصراع.", [normalize("رفض")]),
    # a form of اتّهم written as its passive (was accused): the charge at once or past a comma; the active takes the
    # accused before the charge, its subject named or carried over from the clause before
    ("واعتقلت الشرطة الشاب الذي اتهم بسرقة سيارة جاره.", []),
    ("وغادر المدرب منصبه حيث اتهم، بإهمال التدريبات.", []),
    ("وانتقد الوزير الصحيفة واتهم رئيس تحريرها بالكذب.", [normalize("انتقد"), normalize("اتهم")]),
    ("واتهم وزير الداخلية المعارضة بإثارة الفوضى في الشوارع.", [normalize("اتهم")]),
    ("واتهمت النقابة الإدارة بتجاهل مطالب العمال.", [normalize("اتهم")]),
    # "ثمن" bare is the noun (price) unless its subject stands by it; with و, or with a name by it, the verb
    ("وكان ثمن هذه الصفقة باهظا على الشركة.", []),
    ("وارتفع ثمن الخبز في الأسواق.", []),
    ("وثمن رئيس الوزراء جهود فرق الإنقاذ.", [normalize("ثمن")]),
    ("من جهته ثمن وزير الزراعة موقف النقابة من الإصلاحات.", [normalize("ثمن")]),
])
def test_a_cue_form_of_another_sense_is_no_cue(read, text: str, cues: list[str]) -> None:
    assert [c[1] for c in cues_of(read(text))] == cues


@pytest.mark.parametrize("text, lemmas", [
    # "قضت المحكمة بأن", "قضى المجلس ببطلان": a court rules what follows بـ
    ("وقضت المحكمة العليا بأن الانتخابات باطلة.", [normalize("قضى")]),
    ("وقضى المجلس الدستوري ببطلان القانون.", [normalize("قضى")]),
    # "قضى ليلته", "قضى نحبه": spent, died; بسبب is no thing ruled
    ("وقضى الصيادون ليلتهم في المرفأ بسبب العاصفة.", []),
    ("وقضى الجندي نحبه في الهجوم.", []),
])
def test_a_ruling_verb_is_a_cue_only_before_what_was_ruled(read, text: str, lemmas: list[str]) -> None:
    assert [c[1] for c in cues_of(read(text))] == lemmas


@pytest.mark.parametrize("word, verb", [("ووصفها", True), ("نفاه", True), ("اتهموه", True), ("ودعاهم", True),
                                        ("منها", False), ("حكومته", False), ("الوجه", False)])
def test_only_a_verb_stem_before_a_pronoun_is_read_further(word: str, verb: bool) -> None:
    assert verb_with_object_pronoun(word) is verb


@pytest.mark.parametrize("text", [
    "وقال الوزير إن الخطة جاهزة، ووصفها بأنها خطوة أولى.",
    "وكانت الصحيفة قد نشرت الخبر، وهو ما نفاه المتحدث باسم الحكومة.",
    "وفي رأيه فإن حكومته لن تتراجع عن قرارها، مؤكدا أنها ماضية فيه.",
])
def test_the_word_alone_prefilter_hides_no_cue(read, text: str) -> None:
    # may_be_cue answers from the word alone; every token it turns away must be one the reader finds no cue at
    ctx = read(text)
    assert all(ctx.cues.at(k) is None for k in range(len(ctx.doc)) if not may_be_cue(ctx.tokens.text(k)))
    assert any(ctx.cues.at(k) is not None for k in range(len(ctx.doc)))


def test_a_preposition_opening_no_phrase_of_view_is_no_cue(read) -> None:
    ctx = read("وقال الوزير في المؤتمر ومن على المنصة إن الصادرات ستتراجع.")
    assert [ctx.tokens.text(k) for k in range(len(ctx.doc)) if ctx.cues.at(k) is not None] == ["وقال"]


def _gated_classes(gate: str) -> list[str]:
    """The function_words classes whose tests CueReader._read runs under `if form in <gate>:` (the first
    `form in words.X` of each test in that block)."""
    import ast
    import inspect
    import textwrap

    from kgbuild.extract.attribution.cues.reader import CueReader

    tree = ast.parse(textwrap.dedent(inspect.getsource(CueReader._read)))
    blocks = [node for node in ast.walk(tree) if isinstance(node, ast.If) and isinstance(node.test, ast.Compare)
              and isinstance(node.test.comparators[0], ast.Name) and node.test.comparators[0].id == gate]
    assert len(blocks) == 1
    names = []
    for test in (stmt.test for stmt in blocks[0].body if isinstance(stmt, ast.If)):
        first = test.values[0] if isinstance(test, ast.BoolOp) else test
        assert isinstance(first, ast.Compare) and isinstance(first.comparators[0], ast.Attribute), ast.unparse(test)
        names.append(first.comparators[0].attr)
    return names


@pytest.mark.parametrize("gate", ["OTHER_READING_FORMS_A", "OTHER_READING_FORMS_B"])
def test_the_other_reading_gate_holds_every_class_its_tests_ask(gate: str) -> None:
    """CueReader._read skips its other-reading tests of a word of none of their classes with one test: each test in
    the gated block must open with `form in words.X`, and X's words must all be in the gate (a test added there
    without its class in the gate would never run)."""
    from kgbuild import lexicon
    from kgbuild.extract.attribution.cues import reader

    words = lexicon.function_words()
    gated = getattr(reader, gate)
    classes = _gated_classes(gate)
    assert classes
    for name in classes:
        assert getattr(words, name) <= gated, name
