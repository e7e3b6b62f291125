"""Content alone: the span of what was said, given the cue and where the speaker's name ends."""
from __future__ import annotations

import pytest

from kgbuild.extract.attribution.content import before_cue, clause_end, content_of
from kgbuild.text import reversed_quotes_turned


def at(ctx, word: str) -> int:
    return [t.i for t in ctx.doc if t.text == word][0]


def name_end(ctx, form: str) -> int:
    """The token after the mention of `form` (where a speaker phrase ends)."""
    return next(c.j for c in ctx.mentions.cands if c.form == form)


def content(ctx, cue_word: str, speaker: str | None, earlier: bool = False):
    k = at(ctx, cue_word)
    sent = ctx.doc[k].sent
    after = name_end(ctx, speaker) if speaker else k + 1
    return content_of(ctx, ctx.cues.at(k), after, speaker is not None, sent.start, sent.end, earlier)


CASES = [
    # (construction, text, cue, speaker, quote type, the content exactly)
    ("a verb of describing: the object described and its description after بأن",
     "ووصف وزير الخارجية الأمريكي أنتوني بلينكن الاتفاق بأنه «خطوة شجاعة».",
     "ووصف", "أنتوني بلينكن", "mixed", "الاتفاق بأنه «خطوة شجاعة»"),
    ("a verb of describing: an object with a relative clause in it is described too",
     "ووصف زعيم المعارضة الكيني رايلا أودينغا الاتفاق الذي وقعته الحكومة الشهر الماضي بأنه «مذل».",
     "ووصف", "رايلا أودينغا", "mixed", "الاتفاق الذي وقعته الحكومة الشهر الماضي بأنه «مذل»"),
    ("a verb of describing with an object pronoun: the description alone, past where it was said",
     "وانتقد وزير الخارجية الأمريكي أنتوني بلينكن القرار، ووصفه في مؤتمر صحفي بأنه «خطوة متهورة».",
     "ووصفه", None, "direct", "خطوة متهورة"),
    ("a quote past a framing phrase set off by commas after the verb: the frame is no part of it",
     "وكان مجلس الأمن الدولي قد قرر، في اجتماع عقده الأسبوع الماضي، «تمديد المهمة» في البلاد.",
     "قرر", None, "mixed", "«تمديد المهمة» في البلاد."),
    ("a framing phrase with a quoted channel name in it, between the speaker and the object",
     'ودعا الرئيس الكيني وليام روتو، في مقابلة مع قناة "المدار نيوز"، الشباب إلى الحوار مع الحكومة.',
     "ودعا", "وليام روتو", "indirect", "الشباب إلى الحوار مع الحكومة."),
    ("an object ends before a participle of state after a comma (what the deed did, the writer's)",
     "وأعلن الرئيس البيروفي خوان تورريس استقالته من منصبه، منهيا عشرين عاما من العمل السياسي.",
     "وأعلن", "خوان تورريس", "indirect", "استقالته من منصبه"),
    ("an object ends before a phrase of when followed by a participle of state",
     "وأعلنت رئيسة الوزراء الفنلندية سانا مارين فوز حزبها بولاية ثانية، بعد حصوله على 60 في المئة من "
     "الأصوات، متقدما على منافسه الرئيسي.",
     "وأعلنت", "سانا مارين", "indirect", "فوز حزبها بولاية ثانية"),
    ("an object ends before 'وسط' (amid) after a comma: the writer sets the scene",
     "وعزا وزير الصحة البيروفي خوان تورريس الوفاة إلى أزمة قلبية، وسط انتقادات واسعة من المعارضة.",
     "وعزا", "خوان تورريس", "indirect", "الوفاة إلى أزمة قلبية"),
    ("a quote after the complementizer goes on past a comma and 'لكن' that opens another quote at once",
     'وقال الرئيس البيروفي خوان تورريس إن "الاحتجاج حق مشروع"، لكن "الاعتداء على الممتلكات جريمة".',
     "وقال", "خوان تورريس", "mixed", '"الاحتجاج حق مشروع"، لكن "الاعتداء على الممتلكات جريمة"'),
    ("a phrase of capacity ('بصفته ...') set off by commas after the speaker is no part of the object",
     "وطالب الرئيس البيروفي خوان تورريس، بصفته رئيسا للمجموعة الإقليمية، الحكومة بالاستقالة.",
     "وطالب", "خوان تورريس", "indirect", "الحكومة بالاستقالة."),
    ("an object ends before 'ليصبح' (thereby becoming) after a comma: the outcome the writer adds",
     "وأعلن الرئيس البيروفي خوان تورريس استقالته من منصبه، ليصبح أول رئيس يستقيل في تاريخ البلاد.",
     "وأعلن", "خوان تورريس", "indirect", "استقالته من منصبه"),
    ("ends before 'بينما' and a verb after a comma: the writer sets what goes on beside it",
     "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن المحادثات مثمرة، بينما امتدت الاشتباكات إلى مدن أخرى.",
     "وقال", "أنتوني بلينكن", "indirect", "المحادثات مثمرة"),
    ("goes on past 'فيما يتعلق' (as regards) after a comma",
     "وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الخلاف قائم، فيما يتعلق بالملف النووي.",
     "وقال", "أنتوني بلينكن", "indirect", "الخلاف قائم، فيما يتعلق بالملف النووي."),
    ("a place after في past the speaker and a time phrase, set off by commas, are no part of the object",
     "وأعلنت منظمة الصحة العالمية في جنيف، الاثنين، انتهاء حالة الطوارئ الصحية.",
     "وأعلنت", "منظمة الصحة العالمية", "indirect", "انتهاء حالة الطوارئ الصحية."),
    ("ends before the writer's comment 'وهو ما' after a comma",
     "وقال رئيس الوزراء الكندي جاستن ترودو إن أوتاوا «لن تتراجع عن دعم حلفائها»، وهو ما دفع السفارة إلى إصدار بيان.",
     "وقال", "جاستن ترودو", "mixed", "أوتاوا «لن تتراجع عن دعم حلفائها»"),
    ("ends before the writer's gloss 'في إشارة إلى' after a comma",
     "وقالت وزيرة الداخلية البلجيكية أنيليس فيرليندن إن المتاجرين بالأزمة يضرون بالبلاد، في إشارة إلى أحزاب المعارضة.",
     "وقالت", "أنيليس فيرليندن", "indirect", "المتاجرين بالأزمة يضرون بالبلاد"),
    ("quote after a colon",
     "وقالت رئيسة الوزراء الدنماركية ميته فريدريكسن: «الدنمارك لن تتخلى عن حلفائها».",
     "وقالت", "ميته فريدريكسن", "direct", "الدنمارك لن تتخلى عن حلفائها"),
    ("complementizer clause", "وقال رئيس الوزراء الهندي ناريندرا مودي إن نيودلهي ستستضيف قمة المناخ.",
     "وقال", "ناريندرا مودي", "indirect", "نيودلهي ستستضيف قمة المناخ."),
    ("colon with no quote", "وقالت المستشارة الألمانية أنغيلا ميركل: اللاجئون مرحب بهم في برلين.",
     "وقالت", "أنغيلا ميركل", "direct", "اللاجئون مرحب بهم في برلين."),
    ("object of a call", "ودعا الرئيس البرازيلي لولا دا سيلفا إلى حماية غابات الأمازون.",
     "ودعا", "لولا دا سيلفا", "indirect", "إلى حماية غابات الأمازون."),
    ("ends where the next statement starts",
     "واتهمت الحكومة الصومالية كينيا بعرقلة المفاوضات، فيما نفى وزير الخارجية الكيني موساليا مودافادي هذه الاتهامات.",
     "واتهمت", "الحكومة الصومالية", "indirect", "كينيا بعرقلة المفاوضات"),
    ("ends before 'لكن' with an unnamed group as subject and its own verb of saying",
     "قالت الحكومة الأردنية إن الاقتصاد ينمو بثبات، لكن محللين قالوا إن البطالة ما زالت مرتفعة.",
     "قالت", "الحكومة الأردنية", "indirect", "الاقتصاد ينمو بثبات"),
    ("ends before 'غير أن' with a subject of two words and its own verb of saying",
     "وأعلنت وزارة المالية أن العجز تراجع، غير أن خبراء اقتصاديين أكدوا أن الديون تتزايد.",
     "وأعلنت", "وزارة المالية", "indirect", "العجز تراجع"),
    ("goes on past 'لكن' when the verb of saying after it has no subject of its own before it",
     "وقال الوزير الأردني أيمن الصفدي إن الحدود آمنة، لكن المشكلة كما قال مسؤولون ما زالت قائمة.",
     "وقال", "أيمن الصفدي", "indirect", "الحدود آمنة، لكن المشكلة كما قال مسؤولون ما زالت قائمة."),
    ("ends at a clause link whose named subject has its own cue",
     "وقالت وزارة الخارجية التركية إن المحادثات كانت مثمرة، لكن موسكو أشارت إلى أن الخلافات ما زالت قائمة.",
     "وقالت", "وزارة الخارجية التركية", "indirect", "المحادثات كانت مثمرة"),
    ("quote before the cue", "«سنعيد بناء المدينة خلال عامين»، قال رئيس بلدية كييف فيتالي كليتشكو.",
     "قال", "فيتالي كليتشكو", "direct", "سنعيد بناء المدينة خلال عامين"),
    ("quoted word inside the clause", 'وقال الرئيس الفنزويلي نيكولاس مادورو إن "الحصار" الأمريكي يضر بالاقتصاد.',
     "وقال", "نيكولاس مادورو", "mixed", '"الحصار" الأمريكي يضر بالاقتصاد.'),
    ("adjuncts before the clause",
     "وقال رئيس الوزراء الياباني فوميو كيشيدا خلال زيارته لسيول إن طوكيو ترغب في علاقات أفضل.",
     "وقال", "فوميو كيشيدا", "indirect", "طوكيو ترغب في علاقات أفضل."),
    ("a statement noun joined by و goes on with the clause",
     "وقال وزير الصحة الكندي إن تجاهل نصائح وتحذيرات الأطباء يعرض المرضى للخطر.",
     "وقال", None, "indirect", "تجاهل نصائح وتحذيرات الأطباء يعرض المرضى للخطر."),
    ("a closing guillemet opens no quote",
     "وأبلغ رئيس الوزراء البولندي دونالد توسك المفوضية الأوروبية رغبته في شراء طائرات «رافال» لتأمين الأجواء. "
     "وأوضح في مقابلة مع إذاعة «زد إف» أن وارسو تنتظر الرد.",
     "وأبلغ", "دونالد توسك", "indirect", "المفوضية الأوروبية رغبته في شراء طائرات «رافال» لتأمين الأجواء."),
    ("a quote before a verb with و belongs to an earlier clause",
     "وقال الرئيس الكيني وليام روتو: «سنبني مدارس جديدة في كل مقاطعة»، وثمن وزراء التعليم في الاتحاد الأفريقي مبادرة نيروبي.",
     "وثمن", "الاتحاد الأفريقي", "indirect", "مبادرة نيروبي."),
    ("a quote inside a fronted phrase is not what was said",
     "وردا على مطالبة النائب بوضع الميناء «تحت إدارة مستقلة بالكامل»، أكد المتحدث باسم الحكومة الكينية أن نيروبي ترفض ذلك.",
     "أكد", "الحكومة الكينية", "indirect", "نيروبي ترفض ذلك."),
    ("a quoted name before the cue is no quote",
     'ونقلا عن إذاعة "مونت كارلو"، قال وزير الخارجية البلجيكي ماكسيم بريفو إن بروكسل ستستضيف المؤتمر.',
     "قال", "ماكسيم بريفو", "indirect", "بروكسل ستستضيف المؤتمر."),
    ("a speaker named in quotes and a quoted name in an aside: the content opens after the colon",
     'وقال "بوريل" في كلمة ألقاها خلال "منتدى الأمن البحري في المتوسط"، الذي استضافته أثينا: إن التعاون ضروري.',
     "وقال", "بوريل", "direct", "إن التعاون ضروري."),
    ("a long circumstantial phrase before the clause",
     "وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش خلال مؤتمر صحفي مشترك في جنيف بعد لقائه وزراء خارجية "
     "دول الساحل الأفريقي إن المنظمة ستزيد مساعداتها.",
     "وقال", "أنطونيو غوتيريش", "indirect", "المنظمة ستزيد مساعداتها."),
    ("a straight quote mark that closes a quoted name opens no quote",
     'وقال أنطونيو غوتيريش في مقابلة مع صحيفة "الغد" الأردنية اليومية الصادرة أمس إن "المنظمة باقية في المنطقة".',
     "وقال", "أنطونيو غوتيريش", "direct", "المنظمة باقية في المنطقة"),
    ("clause before the cue", "وانهار جسر في مدينة جنوى الإيطالية، كما أفادت وزارة النقل الإيطالية.",
     "أفادت", "وزارة النقل الإيطالية", "indirect", "وانهار جسر في مدينة جنوى الإيطالية"),
    ("an agency tag in parentheses ends the report",
     "وقال رئيس الوزراء الهندي ناريندرا مودي إن نيودلهي ستستضيف قمة المناخ (أ ف ب) وأعلنت باكستان إغلاق حدودها.",
     "وقال", "ناريندرا مودي", "indirect", "نيودلهي ستستضيف قمة المناخ"),
    ("a photo's agency tag ends the report",
     "وقال رئيس الوزراء الهندي ناريندرا مودي إن نيودلهي ستستضيف قمة المناخ (رويترز - أرشيف) وأعلنت باكستان إغلاق حدودها.",
     "وقال", "ناريندرا مودي", "indirect", "نيودلهي ستستضيف قمة المناخ"),
    ("a participle of manner with no comma before it opens the next statement",
     "وقال رئيس الوزراء الهندي ناريندرا مودي إن المحادثات لم تحقق تقدما مشيرا إلى أن نيودلهي ستواصل الحوار.",
     "وقال", "ناريندرا مودي", "indirect", "المحادثات لم تحقق تقدما"),
    ("a quote followed by a participle of manner is a direct quote",
     'وقال رئيس الوزراء الهندي ناريندرا مودي " إن الحوار مستمر " مضيفا " لن نتراجع ".',
     "وقال", "ناريندرا مودي", "direct", "إن الحوار مستمر"),
    ("a first-person complementizer opens the content",
     "وقال رئيس الوزراء الهندي ناريندرا مودي إننا سنستضيف قمة المناخ.",
     "وقال", "ناريندرا مودي", "indirect", "سنستضيف قمة المناخ."),
    ("a long phrase opened by a preposition between قال and its إن",
     "وقال رئيس الوزراء الهندي ناريندرا مودي خلال مؤتمر صحفي عقده في نيودلهي بعد لقائه رئيس الوزراء الياباني "
     "فوميو كيشيدا إن الهند ستستضيف قمة المناخ.",
     "وقال", "ناريندرا مودي", "indirect", "الهند ستستضيف قمة المناخ."),
    ("a name in quotes inside the phrase before إن",
     "وأضاف رئيس الوزراء الهندي ناريندرا مودي في حديث أدلى به لصحيفة «تايمز أوف إنديا» في ختام زيارته لطوكيو "
     "أمس إن الهند ستستضيف قمة المناخ.",
     "وأضاف", "ناريندرا مودي", "indirect", "الهند ستستضيف قمة المناخ."),
    ("a verb that takes an object keeps the short window: its أن further on is another clause",
     "وأكد رئيس الوزراء الهندي ناريندرا مودي في كلمته ضرورة حماية الغابات والأنهار وأن الهند ستستضيف قمة المناخ.",
     "وأكد", "ناريندرا مودي", "indirect", "ضرورة حماية الغابات والأنهار وأن الهند ستستضيف قمة المناخ."),
    ("an aside whose verbal noun follows عدم is passed over",
     "وقال رئيس الوزراء الهندي ناريندرا مودي، طالبا عدم نقل كلامه حرفيا، إن نيودلهي ستستضيف قمة المناخ.",
     "وقال", "ناريندرا مودي", "indirect", "نيودلهي ستستضيف قمة المناخ."),
    ("a speech verb after حيث opens a clause of its own, even with no comma before it",
     "وتحدث وزير الزراعة الكيني ميثيكا لينتوري في مؤتمر صحفي حيث أكد أن المحصول سيرتفع.",
     "وتحدث", "ميثيكا لينتوري", "indirect", "في مؤتمر صحفي"),
    ("a clause link of two words after a comma ends the content: في حين",
     "وقال رئيس الوزراء الهندي ناريندرا مودي إن نيودلهي ستستضيف القمة، في حين قال وزير خارجيته إن الموعد لم يحدد.",
     "وقال", "ناريندرا مودي", "indirect", "نيودلهي ستستضيف القمة"),
    ("a title and a newspaper named in quotes stand between the speaker and إن",
     "وقال سامي الخطيب، مدير هيئة الموانئ في تونس، لـ«الصباح»، إن الرصيف الجديد سيفتتح في مايو.",
     "وقال", "سامي الخطيب", "indirect", "الرصيف الجديد سيفتتح في مايو."),
    ("a relative clause about the speaker, with a verb of its own, before إن",
     "وقالت الحكومة الإسبانية، التي تنتظر نتائج التحقيق الذي نشره موقع محلي عن الصفقة، إنها ستتخذ الإجراءات اللازمة.",
     "وقالت", "الحكومة الإسبانية", "indirect", "ستتخذ الإجراءات اللازمة."),
    ("an aside between dashes before the colon",
     "وقال ماركو روسي -وهو الناطق بلسان الصليب الأحمر الإيطالي-: إن فرق الإنقاذ وصلت إلى الجزيرة.",
     "وقال", "ماركو روسي", "direct", "إن فرق الإنقاذ وصلت إلى الجزيرة."),
    ("the saying a relay ascribes, past a dash aside, goes on to its إن",
     "ونقلت وكالة الأنباء الإيطالية عن ماركو روسي -الذي قاد فرق الإنقاذ- قوله في المؤتمر إن الجزيرة آمنة.",
     "ونقلت", "ماركو روسي", "indirect", "الجزيرة آمنة."),
    ("a bare أن inside the aside is the aside's own",
     "وقال وزير النقل التونسي سامي الخطيب، الذي سبق أن زار الميناء مرتين هذا العام، إن الرصيف الجديد سيفتتح في مايو.",
     "وقال", "سامي الخطيب", "indirect", "الرصيف الجديد سيفتتح في مايو."),
    ("the past perfect of background after a comma is the writer's: ، وكان ... قد",
     "وقال وزير المالية المغربي محمد الصديقي إن الميزانية ستعرض على البرلمان الشهر المقبل، وكان الوزير قد التقى "
     "ممثلي النقابات أمس.",
     "وقال", "محمد الصديقي", "indirect", "الميزانية ستعرض على البرلمان الشهر المقبل"),
    ("a particle, a verb and its own named subject after a comma: ، وقد زار فلان",
     "وأعلنت الشرطة النرويجية أن التحقيق في الحريق لا يزال جاريا، وقد زار رئيس الوزراء يوناس غار ستوره موقع الحادث.",
     "وأعلنت", "الشرطة النرويجية", "indirect", "التحقيق في الحريق لا يزال جاريا"),
    ("a negated verb and its own named subject after a comma: ، ولم تعلق الوزارة",
     "وصرح رئيس الحكومة الكندية جاستن ترودو بأن الصفقة ألغيت، ولم تعلق وزارة الخارجية الفرنسية على التقرير.",
     "وصرح", "جاستن ترودو", "indirect", "الصفقة ألغيت"),
    ("a particle and a verb with no named subject go on with what was said",
     "وقال المدرب الإسباني تشافي هيرنانديز إن الفريق استعد جيدا، وقد تدرب اللاعبون ساعتين كل يوم.",
     "وقال", "تشافي هيرنانديز", "indirect", "الفريق استعد جيدا، وقد تدرب اللاعبون ساعتين كل يوم."),
    ("a participle with بذلك after a comma is the writer's comment",
     "وأعلنت الحكومة الكينية إلغاء الرسوم على الوقود، مانحة بذلك الأسر متنفسا قبل الأعياد.",
     "وأعلنت", "الحكومة الكينية", "indirect", "إلغاء الرسوم على الوقود"),
    ("what followed, after a comma, is the writer's: ، تلاها",
     "وأعلنت الحكومة البيروفية حظر التجول في العاصمة ليما، تلاها إغلاق المدارس والجامعات.",
     "وأعلنت", "الحكومة البيروفية", "indirect", "حظر التجول في العاصمة ليما"),
    ("a relative clause joined by و after a comma is the writer's added word",
     "وأعلنت الشرطة البيروفية حظر التجول في مدينة كوسكو، والتي يقطنها نصف مليون نسمة.",
     "وأعلنت", "الشرطة البيروفية", "indirect", "حظر التجول في مدينة كوسكو"),
    ("a bare relative clause after a comma goes on with what was said",
     "وقالت الشرطة البيروفية إن المتظاهرين، الذين تجمعوا في الساحة، غادروا المكان.",
     "وقالت", "الشرطة البيروفية", "indirect", "المتظاهرين، الذين تجمعوا في الساحة، غادروا المكان."),
    ("despite, a subject and its own verb of saying after a comma: another's words set against it",
     "وقال وزير الطاقة البولندي ميلوش موتيكا إن المحطة ستعمل في الربيع، رغم أن خبيرا ألمانيا بارزا أكد أن "
     "التجارب لم تكتمل.",
     "وقال", "ميلوش موتيكا", "indirect", "المحطة ستعمل في الربيع"),
    ("despite with no verb of saying goes on with what was said",
     "وقال وزير الطاقة البولندي ميلوش موتيكا إن المحطة ستعمل في الربيع، رغم أن التجارب لم تكتمل.",
     "وقال", "ميلوش موتيكا", "indirect", "المحطة ستعمل في الربيع، رغم أن التجارب لم تكتمل."),
    ("another's answer to what was said ends it: وهو ما نفته X",
     "وأعلنت وزارة الصناعة التشيكية أن المصنع سيغلق في الصيف، وهو ما نفته النقابة.",
     "وأعلنت", "وزارة الصناعة التشيكية", "indirect", "المصنع سيغلق في الصيف"),
    ("an accusation after وهو ما: the accused party and the charge that takes ما back follow the speaker",
     "وتسربت الوثائق السرية إلى الصحف، وهو ما اتهم المتظاهرون الطبقة السياسية بالوقوف وراءه.",
     "اتهم", "المتظاهرون", "indirect", "الطبقة السياسية بالوقوف وراءه."),
    # news style: after a comma "وهو ما" with any verb is the writer's comment on what was said
    ("وهو ما with a verb that does not take ما back is the writer's comment, no part of what was said",
     "وأعلنت وزارة الصناعة التشيكية أن المصنع سيغلق في الصيف، وهو ما يفسر تراجع الإنتاج.",
     "وأعلنت", "وزارة الصناعة التشيكية", "indirect", "المصنع سيغلق في الصيف"),
    ("a quote its paragraph never closes ends with its sentence",
     "وقال المدرب البرتغالي جوزيه مورينيو: «الفريق جاهز للنهائي. وكان اللاعبون قد تدربوا مساء الجمعة في لشبونة.\nوغادر الوفد.",
     "وقال", "جوزيه مورينيو", "direct", "الفريق جاهز للنهائي"),
    ("a present verb joined by و is a second predicate of the same subject, not a new statement",
     "وأكد الرئيس التشيلي غابرييل بوريتش أن سانتياغو تساند ليما وترفض أي وصاية على قرارها.",
     "وأكد", "غابرييل بوريتش", "indirect", "سانتياغو تساند ليما وترفض أي وصاية على قرارها."),
    ("a present verb of saying joined by و with its own أن opens the next statement",
     "تقول المغنية الألمانية هيلينا فيشر إنها تلقت رسائل كثيرة من جمهورها وتؤكد أن أغلبها كان لطيفا.",
     "تقول", "هيلينا فيشر", "indirect", "تلقت رسائل كثيرة من جمهورها"),
    ("a bare relative clause after a comma goes on past the quote it describes",
     'ونوه رئيس الوزراء الهندي ناريندرا مودي بأنها "تشهد على نضج كبير"، الذي أبداه الطرفان في المفاوضات.',
     "ونوه", "ناريندرا مودي", "mixed", '"تشهد على نضج كبير"، الذي أبداه الطرفان في المفاوضات.'),
    ("a participle after a comma still ends the quote",
     'وقال ناريندرا مودي زعيم الهند إن "الحوار هو الطريق"، لافتا إلى أن نيودلهي ستدعم المفاوضات.',
     "وقال", "ناريندرا مودي", "direct", "الحوار هو الطريق"),
    ("a quote opened in the clause and closed in the next sentence of the paragraph goes on to its close",
     "وقال الرئيس الكيني وليام روتو في خطاب أمام البرلمان الذي اجتمع في جلسة طارئة مساء الأحد بعد الفيضانات "
     "أن الحكومة «لن تترك أحدا. وكل المتضررين سيحصلون على تعويض» في الأيام المقبلة.",
     "وقال", "وليام روتو", "mixed", "الحكومة «لن تترك أحدا. وكل المتضررين سيحصلون على تعويض»"),
    ("a phrase opened by a preposition between an aside and أن",
     "وأعلن الرئيس الكيني وليام روتو، الذي يزور الإقليم منذ يومين، أمام حشد من المزارعين أن المحصول تضاعف.",
     "وأعلن", "وليام روتو", "indirect", "المحصول تضاعف."),
    ("an أن after بعد in the aside is the aside's own",
     "وأعلن الرئيس الكيني وليام روتو، الذي يزور الإقليم منذ يومين، بعد أن التقى المزارعين أن المحصول تضاعف.",
     "وأعلن", "وليام روتو", "indirect", "المحصول تضاعف."),
    ("where, after a place and a comma, is the writer's: what goes on there",
     "وقال الرئيس الكيني وليام روتو إن الأمطار أغرقت قرى مقاطعة كيسومو، حيث تنتشر فرق الإغاثة منذ يومين.",
     "وقال", "وليام روتو", "indirect", "الأمطار أغرقت قرى مقاطعة كيسومو"),
    ("، حيث إن (because) goes on with what was said",
     "وقال الرئيس الكيني وليام روتو إن الأمطار أغرقت قرى مقاطعة كيسومو، حيث إن السدود لم تصمد.",
     "وقال", "وليام روتو", "indirect", "الأمطار أغرقت قرى مقاطعة كيسومو، حيث إن السدود لم تصمد."),
    ("what the quote led to (مما) right after it is the writer's",
     "وحث الرئيس الكيني وليام روتو المزارعين على «زراعة الأشجار في كل حقل» مما أثار سخرية نواب المعارضة.",
     "وحث", "وليام روتو", "indirect", "المزارعين على «زراعة الأشجار في كل حقل»"),
    ("a past verb of a meeting after an object content and a comma: the writer's narration",
     "ودعا الرئيس الكيني وليام روتو إلى إصلاح نظام الضرائب، واستقبل وفدا من المستثمرين الصينيين بقصر الرئاسة.",
     "ودعا", "وليام روتو", "indirect", "إلى إصلاح نظام الضرائب"),
    ("a past verb of a meeting with its own subject after a comma: the writer's narration",
     "وأعلنت الحكومة الكينية خفض أسعار الخبز، عقدت النقابات اجتماعا طارئا في المساء.",
     "وأعلنت", "الحكومة الكينية", "indirect", "خفض أسعار الخبز"),
    ("a past verb of a meeting glued to و with the event's pronoun: the writer's narration",
     "وانتقد الرئيس الكيني وليام روتو تأجيل المؤتمر الذي نظمته جامعة نيروبي وترأسه وزير التعليم.",
     "وانتقد", "وليام روتو", "indirect", "تأجيل المؤتمر الذي نظمته جامعة نيروبي"),
    ("the impersonal passive after a comma (، ويعتقد أن) is the writer's background",
     "وقال الرئيس التشيلي غابرييل بوريتش إن الشركة خسرت عقودا كثيرة في أفريقيا، ويعتقد أن مالكها يملك حصصا في مصارف أوروبية.",
     "وقال", "غابرييل بوريتش", "indirect", "الشركة خسرت عقودا كثيرة في أفريقيا"),
    ("a phrase framing what was said as a reply (ردا على ...) before أن is the writer's",
     "وأكد الرئيس الكيني وليام روتو ردا على سؤال من أحد المراسلين حول مستقبل العلاقات مع الصومال وإثيوبيا "
     "أن نيروبي لن تتدخل في شؤون جيرانها.",
     "وأكد", "وليام روتو", "indirect", "نيروبي لن تتدخل في شؤون جيرانها."),
    ("a reply framing between commas before the object of a call is the writer's",
     "ودعا الرئيس الكيني وليام روتو، ردا على مطالب النقابات في مقاطعة كيسومو، إلى استئناف الحوار.",
     "ودعا", "وليام روتو", "indirect", "إلى استئناف الحوار."),
    ("a past verb of talks after an object content and a comma: the writer's narration",
     "ودعا الرئيس الكيني وليام روتو إلى تعزيز التجارة الإقليمية، وبحث مع نظيره الأوغندي ملف الطاقة.",
     "ودعا", "وليام روتو", "indirect", "إلى تعزيز التجارة الإقليمية"),
    ("a semicolon parts what was said from the writer's 'as he put it' as a comma does",
     "وقال الرئيس الكيني وليام روتو إن الحكومة ستخفض الرسوم على الأسمدة؛ على حد زعمه.",
     "وقال", "وليام روتو", "indirect", "الحكومة ستخفض الرسوم على الأسمدة"),
    ("'، جاء ذلك أثناء ...': the writer places what was said",
     "ودعا الرئيس الكيني وليام روتو إلى مضاعفة الاستثمار في الطاقة الشمسية، جاء ذلك أثناء ندوة لطلاب الهندسة.",
     "ودعا", "وليام روتو", "indirect", "إلى مضاعفة الاستثمار في الطاقة الشمسية"),
    ("'وذلك' before a word of circumstance: the writer says when it was done",
     "وقال الرئيس الكيني وليام روتو إن نيروبي ستفتح سفارة في هانوي، وذلك خلال زيارته الأولى لفيتنام.",
     "وقال", "وليام روتو", "indirect", "نيروبي ستفتح سفارة في هانوي"),
    ("'وذلك' before a purpose goes on with what was said",
     "وقال الرئيس الكيني وليام روتو إن نيروبي ستفتح سفارة في هانوي، وذلك لتعزيز تجارة الشاي.",
     "وقال", "وليام روتو", "indirect", "نيروبي ستفتح سفارة في هانوي، وذلك لتعزيز تجارة الشاي."),
    ("'، علما بأن' after what was said is the writer's note",
     "وقال الرئيس الكيني وليام روتو إن المنتخب سيلعب مباراتين وديتين في الربيع، علما بأن عقد مدربه ينتهي في أغسطس.",
     "وقال", "وليام روتو", "indirect", "المنتخب سيلعب مباراتين وديتين في الربيع"),
    ("a past verb of a meeting in a clause opened by إن goes on with what was said",
     "وقال الرئيس الكيني وليام روتو إن الوفد وصل إلى نيروبي، والتقى ممثلي المزارعين.",
     "وقال", "وليام روتو", "indirect", "الوفد وصل إلى نيروبي، والتقى ممثلي المزارعين."),
    ("the أن of 'إلا أن' opens another clause, not the object clause of the cue before it",
     "ووصف الرئيس الكيني وليام روتو الاتفاق بأنه تاريخي، معتبرا إياه نصرا للمزارعين، إلا أن النقابات أعلنت أنها سترفضه.",
     "معتبرا", None, "indirect", "إياه نصرا للمزارعين"),
    # a newspaper named in quotes after لـ, then the quote of what was said, in each house style of quote marks
    ("a newspaper named in guillemets after a framing phrase, then the quote",
     "وقال المتحدث سامي الخطيب في حديث هاتفي لـ«الشروق»، إن «الميناء سيفتح قبل الصيف».",
     "وقال", "سامي الخطيب", "direct", "الميناء سيفتح قبل الصيف"),
    ("a newspaper named in curly quotes: its closing ” opens nothing",
     "وقال المتحدث سامي الخطيب في حديث هاتفي لـ“الشروق”، إن “الميناء سيفتح قبل الصيف”.",
     "وقال", "سامي الخطيب", "direct", "الميناء سيفتح قبل الصيف"),
    ("a quote that the next line closes runs on over the line break (a sentence a line)",
     "وقال وزير النقل الكيني كيبشومبا موركومين: «لن نرفع أسعار التذاكر هذا العام.\nوسنحمي المسافرين من الغلاء».",
     "وقال", "كيبشومبا موركومين", "direct", "لن نرفع أسعار التذاكر هذا العام.\nوسنحمي المسافرين من الغلاء"),
    ("a quote left open at a line end whose next line opens a quote of its own ends with its line",
     "وقال وزير النقل الكيني كيبشومبا موركومين: «لن نرفع أسعار التذاكر هذا العام.\nوقالت النقابة: «سنراقب الأسعار».",
     "وقال", "كيبشومبا موركومين", "direct", "لن نرفع أسعار التذاكر هذا العام"),
    ("a straight quote that the next line closes runs on over the line break, as guillemets do",
     'وقال وزير النقل الكيني كيبشومبا موركومين: "لن نرفع أسعار التذاكر هذا العام.\nوسنحمي المسافرين من الغلاء".',
     "وقال", "كيبشومبا موركومين", "direct", "لن نرفع أسعار التذاكر هذا العام.\nوسنحمي المسافرين من الغلاء"),
    ("a straight quote left open at a line end whose next line pairs its own marks ends with its line",
     'وقال وزير النقل الكيني كيبشومبا موركومين: "لن نرفع أسعار التذاكر هذا العام.\nوقالت النقابة: "سنراقب الأسعار".',
     "وقال", "كيبشومبا موركومين", "direct", "لن نرفع أسعار التذاكر هذا العام"),
    ("a newspaper named in quotes right after the speaker, a comma, then إن",
     "قال وزير النقل الكيني كيبشومبا موركومين لـ«الشروق»، إن أسعار التذاكر لن ترتفع.",
     "قال", "كيبشومبا موركومين", "indirect", "أسعار التذاكر لن ترتفع."),
    ("a newspaper named in single quotes: its closing mark opens nothing",
     "وقال المتحدث سامي الخطيب في حديث هاتفي لـ'الشروق'، إن 'الميناء سيفتح قبل الصيف'.",
     "وقال", "سامي الخطيب", "direct", "الميناء سيفتح قبل الصيف"),
    ("a verb that may take an object, then a long phrase of where and before whom, then its أن",
     "وأكد وزير الزراعة التونسي سمير الطيب أثناء مؤتمر صحافي مع نظيره المغربي عزيز أخنوش في الرباط أن الموسم واعد.",
     "وأكد", "سمير الطيب", "indirect", "الموسم واعد."),
    ("ends before an attribution tail to another source with no comma before it",
     "وقال وزير المالية سمير الهادي إن الحكومة سترفع الأجور في العام المقبل حسب ما قال الخبير كريم الناصري.",
     "وقال", "سمير الهادي", "indirect", "الحكومة سترفع الأجور في العام المقبل"),
    ("ends before 'وذلك بينما': the writer's time frame",
     "وأوضح المدرب سليم الحداد أن خط الدفاع هو أضعف خطوط الفريق وذلك بينما يستعد النادي لشراء لاعبين جدد.",
     "وأوضح", "سليم الحداد", "indirect", "خط الدفاع هو أضعف خطوط الفريق"),
    ("ends before 'بينما لم' with a verb and another named subject: what the other left unsaid",
     "وأكد الرئيس عادل المنصوري أن هدف بلاده هو إصلاح الاقتصاد بينما لم يشر الوزير ناصر الجابري إلى ذلك.",
     "وأكد", "عادل المنصوري", "indirect", "هدف بلاده هو إصلاح الاقتصاد"),
    ("a relative clause about the speaker, then the preposition that governs the object",
     "وأعربت الوزيرة سلمى الكردي التي كانت تشغل منصب وزيرة الصحة في الحكومة السابقة عن استيائها من قرار البرلمان.",
     "وأعربت", "سلمى الكردي", "indirect", "عن استيائها من قرار البرلمان."),
    ("a phrase of when and before whom, then the governed preposition",
     "ودعا وزير الخارجية سامر الحلبي خلال كلمة له أمس أمام البرلمان إلى عقد مؤتمر دولي للسلام.",
     "ودعا", "سامر الحلبي", "indirect", "إلى عقد مؤتمر دولي للسلام."),
    ("the governed ب glued to a definite object past a phrase of where",
     "وأشاد الرئيس عادل المنصوري في مقابلة مع صحيفة محلية الأسبوع الماضي بالاتفاق التجاري الجديد.",
     "وأشاد", "عادل المنصوري", "indirect", "بالاتفاق التجاري الجديد."),
    ("the governed ب glued to أن past a phrase of where: what was said opens after it",
     "وأفاد المكتب الوطني للإحصاء في تقرير نشر اليوم بأن البطالة تراجعت.",
     "وأفاد", "المكتب الوطني للإحصاء", "indirect", "البطالة تراجعت."),
    ("a relative clause about the speaker, then a noun of need or importance: the object of أكد",
     "وأكد مندوب السويد الذي تترأس بلاده الدورة الحالية في كلمته أمام المؤتمر أهمية التعاون بين الدول الأعضاء.",
     "وأكد", "السويد", "indirect", "أهمية التعاون بين الدول الأعضاء."),
    ("ends before 'دون أن' and a verb of specifying: the writer notes what was left out",
     "وقال وزير الدفاع سامر الحلبي إن القوات ستنسحب من المدينة قريبا، دون أن يحدد موعدا لذلك.",
     "وقال", "سامر الحلبي", "indirect", "القوات ستنسحب من المدينة قريبا"),
    ("'قبل أن' and a verb goes on with what was said",
     "وأعلن وزير الدفاع سامر الحلبي أن الوزارة ستدرس الخطة قبل أن تقدم مشروعها إلى البرلمان.",
     "وأعلن", "سامر الحلبي", "indirect", "الوزارة ستدرس الخطة قبل أن تقدم مشروعها إلى البرلمان."),
    ("the governed preposition before a place is still the frame",
     "ودعا الوزير سامر الحلبي خلال زيارته إلى القاهرة إلى وقف القتال فورا.",
     "ودعا", "سامر الحلبي", "indirect", "إلى وقف القتال فورا."),
    ("guillemets the other way round close at their own mark, not in the next sentence",
     "وقال الوزير سامر الحلبي إن المصانع » ستعود إلى العمل قريبا «.\nوأضاف الحلبي أن » الحكومة ستدعمها «.",
     "وقال", "سامر الحلبي", "mixed", "المصانع « ستعود إلى العمل قريبا »."),
    ("a quoted outlet after لـ is the addressee; the description after بأنه is the content",
     "ووصف الوزير سامر الحلبي لـ « الأنباء » انتقال الوزارة إلى المبنى الجديد في غضون شهر، بأنه خطوة مهمة.",
     "ووصف", "سامر الحلبي", "indirect", "خطوة مهمة."),
    ("a dotted abbreviation ends no sentence",
     "وقال الوزير سامر الحلبي لشبكة سي.أن.أن إن المصانع ستعود إلى العمل قريبا.",
     "وقال", "سامر الحلبي", "indirect", "المصانع ستعود إلى العمل قريبا."),
    ("a dotted era after a year ends no sentence",
     "وقال المؤرخ سامر الحلبي إن المدينة بنيت عام 300 ق.م. على ضفة النهر.",
     "وقال", "سامر الحلبي", "indirect", "المدينة بنيت عام 300 ق.م. على ضفة النهر."),
    ("ends before 'إذ' and the verb of saying after it",
     "وأبدى الاتحاد الأوروبي قلقه من حملة الاعتقالات في جورجيا، إذ حذرت رئيسة المفوضية الأوروبية أورسولا فون "
     "دير لاين من أن القمع سيضر بالعلاقات.",
     "وأبدى", "الاتحاد الأوروبي", "indirect", "قلقه من حملة الاعتقالات في جورجيا"),
    ("a quote, then a second clause joined by وأن",
     'وكتب وزير الخارجية النرويجي إسبن بارث إيدي أن "الحرب لن تنتهي بالقوة"، وأن الحل "يبدأ بالتفاوض".',
     "وكتب", "إسبن بارث إيدي", "mixed", '"الحرب لن تنتهي بالقوة"، وأن الحل "يبدأ بالتفاوض".'),
    ("a framing phrase set off by commas after the speaker: the object comes past it",
     "ورفضت وزيرة الخارجية الكندية ميلاني جولي، في مؤتمر صحفي من العاصمة أوتاوا، الانتقادات الموجهة لحكومتها.",
     "ورفضت", "ميلاني جولي", "indirect", "الانتقادات الموجهة لحكومتها."),
    ("an aside opened by 'وهو' set off by commas after the speaker, then the object",
     "وحث الرئيس البيروفي خوان تورريس، وهو قائد سابق للجيش وصل إلى السلطة بانقلاب، الشباب على الهدوء.",
     "وحث", "خوان تورريس", "indirect", "الشباب على الهدوء."),
    ("an apposition opened by a bare title set off by commas after the speaker, then the object",
     "وانتقد وزير الخارجية الكندي ميلاني جولي، الرئيسة السابقة للجنة الحقوقية، القانون الجديد.",
     "وانتقد", "ميلاني جولي", "indirect", "القانون الجديد."),
    ("a relative clause about the speaker set off by commas, then the object",
     "وأبدت النرويج، التي تملك علاقات قديمة مع الطرفين، استعدادها لاستضافة المحادثات.",
     "وأبدت", "النرويج", "indirect", "استعدادها لاستضافة المحادثات."),
    ("two framing phrases one after another, the second an intermediary's",
     "وأكد وزير الخارجية البلجيكي ماكسيم بريفو، أثناء الزيارة، بحسب ما نقلت صحيفة لوسوار، تمسك بلاده بالحوار.",
     "وأكد", "ماكسيم بريفو", "indirect", "تمسك بلاده بالحوار."),
    ("an object ends before a phrase of when after a comma that runs to the sentence end",
     "وأعلنت لجنة الانتخابات المركزية الفلسطينية فوز المرشح بالرئاسة، عقب فرز أصوات الناخبين في كل الدوائر.",
     "وأعلنت", "لجنة الانتخابات المركزية الفلسطينية", "indirect", "فوز المرشح بالرئاسة"),
    ("an object ends before a phrase of 'after' past a comma once the object has begun: when it was done",
     "وأعلن وزير الزراعة التشيلي ماتياس رويث استقالته من الحكومة، بعد أسبوعين من احتجاج المزارعين، رافضا التعليق.",
     "وأعلن", "ماتياس رويث", "indirect", "استقالته من الحكومة"),
    ("an object ends before 'بعدما' and its clause past a comma",
     "وأعلنت الحكومة التشيلية قطع علاقاتها مع الجارة، بعدما طردت السلطات هناك قنصلها من العاصمة.",
     "وأعلنت", "الحكومة التشيلية", "indirect", "قطع علاقاتها مع الجارة"),
    ("an object ends before the statement it was said in",
     "ورحب رئيس الوزراء الكيني ويليام روتو بالاتفاق في بيان أصدره حزبه مساء السبت.",
     "ورحب", "ويليام روتو", "indirect", "بالاتفاق"),
    ("an object goes on past a phrase of where when more of it follows",
     "ودعا الرئيس الكيني ويليام روتو، في خطبة الجمعة بالمسجد الكبير، الأطراف إلى الحوار.",
     "ودعا", "ويليام روتو", "indirect", "الأطراف إلى الحوار."),
    ("what was said in another's statement is the object",
     "ورفض الرئيس الكيني ويليام روتو ما ورد في بيان وزارة الخارجية.",
     "ورفض", "ويليام روتو", "indirect", "ما ورد في بيان وزارة الخارجية."),
    ("a name alone after the cue is its object, not an attribution",
     "وسارعت السويد وأيرلندا إلى الاعتراف بفلسطين.", "الاعتراف", None, "indirect", "بفلسطين."),
    ("ends before 'كما', a verb and its named subject after a comma: another's deed set beside it",
     "وسارعت كينيا وأوغندا إلى الاعتراف بالحكومة الجديدة، كما هنأها الأمين العام للاتحاد الأفريقي موسى فكي.",
     "الاعتراف", None, "indirect", "بالحكومة الجديدة"),
    ("goes on past 'لكن' and a noun: the speaker's own contrast",
     "وقال الوزير سامر الحلبي إن معظم الضحايا دفنوا، لكن جثامين الجنود سلمت إلى المستشفى.",
     "وقال", "سامر الحلبي", "indirect", "معظم الضحايا دفنوا، لكن جثامين الجنود سلمت إلى المستشفى."),
    ("a reported clause ends before the writer's 'at a time when' after a comma",
     "وقال رئيس الوزراء البلجيكي شارل ميشيل إن الحكومة ستعوض المزارعين، في وقت يتواصل فيه الجفاف في الجنوب.",
     "وقال", "شارل ميشيل", "indirect", "الحكومة ستعوض المزارعين"),
    ("a reported clause ends before the writer's 'in a new escalation' after a comma",
     "وقال وزير الخارجية البلجيكي ديدييه ريندرز إن بلاده ستطرد السفير، في تصعيد جديد للأزمة بين البلدين.",
     "وقال", "ديدييه ريندرز", "indirect", "بلاده ستطرد السفير"),
    ("a headline's object ends before a second side: a definite noun with و and its own present verb",
     "رئيس الوزراء الكندي ماثيو غرين يعلن خطة لإعمار المدن الشمالية والأسواق تستعيد نشاطها\nوقال غرين إن الخطة ستنفذ.",
     "يعلن", None, "indirect", "خطة لإعمار المدن الشمالية"),
    ("a headline's object ends before a second side named after a place its preposition governs",
     "وزير الدفاع البريطاني بن والاس يعلن إرسال قوات إلى لاتفيا وإستونيا تستقبل الدفعة الأولى\n"
     "وقال والاس إن القوات ستصل.",
     "يعلن", None, "indirect", "إرسال قوات إلى لاتفيا"),
    ("a headline's object before a colon and a quote: the quote is no object of the verb",
     'ترودو يعلن ترشحه لولاية رابعة في الانتخابات المقبلة: "سنواصل العمل"\nأوتاوا - أعلن جاستن ترودو أنه سيترشح.',
     "يعلن", None, "indirect", "ترشحه لولاية رابعة في الانتخابات المقبلة"),
    ("a name told after the cue ('لوكالة ...') is no content: what was said stands before it",
     "وقال الوزير سامر الحلبي إن الأزمة ستنتهي قريبا، كما أشارت أمس قناة الجزيرة لوكالة فرانس برس.",
     "أشارت", "قناة الجزيرة", "indirect", "الأزمة ستنتهي قريبا"),
    ("an honorific pronoun after the verb is its subject, not what was said",
     "وشدد جلالته، أثناء الاجتماع، على دعم بلاده للحوار.", "وشدد", None, "indirect", "على دعم بلاده للحوار."),
    ("a quote in the object, then a participle of saying and its بأن: the بأن is the participle's",
     'وأكد وزير الخارجية البلجيكي ماكسيم بريفو رغبة حكومته في "دعم الحوار بين الأطراف"، مبديا أمله بأن "الحل قريب".',
     "وأكد", "ماكسيم بريفو", "direct", "دعم الحوار بين الأطراف"),
    ("a reply by a deed: what the verbal noun after بـ governs",
     "ورد الرئيس الفنزويلي نيكولاس مادورو على العقوبات الأوروبية، أمس، بإعلان تجميد التعاون مع الاتحاد، قبل سفره إلى موسكو.",
     "ورد", "نيكولاس مادورو", "indirect", "تجميد التعاون مع الاتحاد"),
    ("a frame before the colon: what follows the colon was said",
     'وأعلن رئيس الوزراء الكندي جاستن ترودو في مؤتمر صحفي: "لن نتراجع".',
     "وأعلن", "جاستن ترودو", "direct", "لن نتراجع"),
    ("what a verb of describing says of what وهو ما takes back is the description after its speaker",
     "ورفعت الحكومة الكينية أسعار الوقود، وهو ما وصفه الزعيم المعارض رايلا أودينغا بأنه «عقاب جماعي».",
     "وصفه", "رايلا أودينغا", "direct", "عقاب جماعي"),
    ("what a verb of deeming says of what وهو ما takes back is the judgement after its speaker",
     "ورفعت الحكومة الكينية أسعار الوقود، وهو ما اعتبره الزعيم المعارض رايلا أودينغا محاولة لتحميل الفقراء ثمن الأزمة.",
     "اعتبره", "رايلا أودينغا", "indirect", "محاولة لتحميل الفقراء ثمن الأزمة."),
    ("a statement noun after في right past the speaker tells where it was said: the object opens past it",
     "ورحبت وزارة الخارجية الكينية في بيان بقرار مجلس الأمن.",
     "ورحبت", "وزارة الخارجية الكينية", "indirect", "بقرار مجلس الأمن."),
    ("a statement noun after في and a platform, then ما: the object opens at ما",
     "ورفضت وزارة الخارجية الكينية في تغريدة على تويتر ما وصفته بالادعاءات الكاذبة.",
     "ورفضت", "وزارة الخارجية الكينية", "indirect", "ما وصفته بالادعاءات الكاذبة."),
    ("a statement noun after في, then ب glued on ما: the object opens at بما",
     "ورحبت وزارة الخارجية الكينية في تغريدة بما عدته «بادرة طيبة» نحو السلام.",
     "ورحبت", "وزارة الخارجية الكينية", "indirect", "بما عدته «بادرة طيبة» نحو السلام."),
    ("a verb that may take a clause, with no أن, colon or quote past the venue: the object opens past the venue",
     "وتوعد الرئيس الكيني وليام روتو في كلمة بملاحقة مهربي الأسلحة عبر الحدود.",
     "وتوعد", "وليام روتو", "indirect", "بملاحقة مهربي الأسلحة عبر الحدود."),
    ("a month after في right past the speaker tells when: the object opens past it",
     "وأعلن الرئيس الكيني وليام روتو في يوليو (تموز) الماضي إرسال ألف جندي إلى هايتي.",
     "وأعلن", "وليام روتو", "indirect", "إرسال ألف جندي إلى هايتي."),
    ("a day of a month after في right past the speaker tells when: the object opens past it",
     "وأصدرت وزارة الخارجية الكينية في السادس من يناير تحذيرا من السفر إلى الصومال.",
     "وأصدرت", "وزارة الخارجية الكينية", "indirect", "تحذيرا من السفر إلى الصومال."),
    ("the preposition the verb governs right after a frame set off by commas opens its object, no second frame",
     "ودعا رئيس الوزراء الكيني وليام روتو، قبل انطلاق الجلسة، إلى تأجيل التصويت على الموازنة، غير أن النواب رفضوا ذلك.",
     "ودعا", "وليام روتو", "indirect", "إلى تأجيل التصويت على الموازنة"),
    ("a title, then a frame, set off by commas before the preposition and أن the verb governs",
     "وحذر رئيس الوزراء الكيني وليام روتو، الرئيس الحالي للجنة الإقليمية، في مقابلة مع التلفزيون، من أن الجفاف سيطول.",
     "وحذر", "وليام روتو", "indirect", "الجفاف سيطول."),
    ("a phrase of after past the quoted object tells when it was said, the writer's: the object ends before it",
     'وتعهد الرئيس الكيني وليام روتو "بداية جديدة" لكينيا بعد أدائه اليمين الدستورية في نيروبي.',
     "وتعهد", "وليام روتو", "mixed", '"بداية جديدة" لكينيا'),
    ("a phrase of after past a quote in the أن clause, after a comma: the clause ends before it",
     'وأكد وزير الداخلية الكيني كيثوري كينديكي أن الوضع "تحت السيطرة"، بعدما شهدت العاصمة مواجهات عنيفة.',
     "وأكد", "كيثوري كينديكي", "mixed", 'الوضع "تحت السيطرة"'),
]


@pytest.mark.parametrize("text, sentences", [
    ("وقالت شبكة سي.أن.أن إن الوفد وصل. وغادر الوزير.", 2),   # stops inside an abbreviation
    ("بنيت المدينة عام 300 ق.م. على ضفة النهر.", 1),   # the stop closing an era after a year
    ("نقلت ذلك وكالة أ.ف.ب. وغادر الوزير.", 2),   # a dotted tag at a sentence end keeps its stop
])
def test_abbreviation_stops_end_no_sentence(read, text: str, sentences: int) -> None:
    assert len(list(read(text).doc.sents)) == sentences


@pytest.mark.parametrize("name, text, cue, speaker, quote_type, said", CASES, ids=[c[0] for c in CASES])
def test_content_span(read, name, text, cue, speaker, quote_type, said) -> None:
    ctx = read(reversed_quotes_turned(text))   # quote marks as the pipeline reads them (document.pipeline_text)
    found = content(ctx, cue, speaker)
    assert (found.quote_type, found.text) == (quote_type, said)
    assert ctx.doc.text[found.chars[0]:found.chars[1]].strip() == said


def test_the_clause_after_according_to_what_is_reported(read) -> None:
    ctx = read("وانخفضت أسعار النفط بنسبة ثلاثة في المئة، بحسب ما ذكرت وكالة بلومبرغ.")
    found = content(ctx, "ذكرت", "وكالة بلومبرغ")
    assert found.text.startswith("وانخفضت أسعار النفط") and found.quote_type == "indirect"
    # after a statement of its own, the tail only names that statement's intermediary
    assert content(ctx, "ذكرت", "وكالة بلومبرغ", earlier=True) is None


def test_clause_end_stops_at_a_cue_after_a_comma(read) -> None:
    ctx = read("ورحب رئيس الوزراء الكندي جاستن ترودو بالاتفاق، وقال إن أوتاوا ستدعم تنفيذه.")
    sent = ctx.doc[0].sent
    assert clause_end(ctx, at(ctx, "بالاتفاق"), sent.end) == at(ctx, "،")
    assert clause_end(ctx, at(ctx, "أوتاوا"), sent.end) == sent.end


def test_too_short_a_clause_before_the_cue_is_no_content(read) -> None:
    ctx = read("وفي الصباح، كما أفادت الشرطة، عاد الهدوء إلى الحي.")
    assert before_cue(ctx, at(ctx, "أفادت"), 0) is None


@pytest.mark.parametrize("text, noun", [
    ("وتم الإعلان عن ذلك في بيان أصدرته وزارة النقل صباح اليوم.", "بيان"),
    ("جاء هذا خلال كلمة ألقاها رئيس البرلمان الكيني أمام النواب.", "كلمة"),
])
def test_what_stands_before_a_statement_noun_after_a_preposition_is_not_its_content(read, text: str, noun: str) -> None:
    ctx = read(text)
    assert before_cue(ctx, at(ctx, noun), 0) is None


def test_another_verb_of_saying_and_its_complementizer_are_not_preposed_content(read) -> None:
    # "وقال السفير إن واشنطن تدعم ...": what this cue would have said starts after قال ... إن: one word, none
    ctx = read("وقال السفير الكندي إن أوتاوا تدعم الجيش المالي.")
    assert before_cue(ctx, at(ctx, "تدعم"), 0) is None
    ctx = read("وأوضح الناطق أن المحادثات مستمرة في جنيف، وهو ما أكده الوزير.")
    s0, _, _ = before_cue(ctx, at(ctx, "أكده"), 0)
    assert ctx.doc[s0].text == "المحادثات"


def test_a_quote_closing_the_line_before_is_not_preposed(read) -> None:
    ctx = read("بريفو للصحفيين: الخطة «تحمي الموانئ من التلوث»\n\nدافع وزير الخارجية البلجيكي ماكسيم بريفو عن خطة الحكومة أمام الصحفيين.")
    found = content(ctx, "دافع", "ماكسيم بريفو")
    assert "خطة الحكومة" in found.text


@pytest.mark.parametrize("text, cue, first", [
    ("وقطعت الدول الثلاث علاقاتها مع كوبا، متهمة إياها بتهريب الأسلحة، وهو ما نفته هافانا بشدة.", "نفته", "بتهريب"),
    ("ويرى الباحث سامر الحلبي أن الأزمة ستطول، لافتا إلى تقارير عن وصول مرتزقة إلى الحدود، وهو ما نفته الحكومة.",
     "نفته", "تقارير"),
])
def test_what_is_taken_back_after_a_verb_of_saying_is_its_object(read, text: str, cue: str, first: str) -> None:
    # "...، متهمة إياها بـ ...، وهو ما نفته X": X denies the accusation, not the writer's clause that carries it
    ctx = read(text)
    s0, _, _ = before_cue(ctx, at(ctx, cue), 0)
    assert ctx.doc[s0].text == first


def test_a_statement_read_off_a_verb_of_what_a_text_says_opens_past_its_description(read) -> None:
    # "وجاء في البيان ...": the word alone reads as no cue; what the statement said opens at the أن after the
    # long description of the statement, read as for any continuation
    ctx = read("وجاء في البيان المشترك للاجتماع الذي استضافته وزارة الخارجية النرويجية في أوسلو، أن الحوار هو الحل الوحيد.")
    k = at(ctx, "وجاء")
    sent = ctx.doc[k].sent
    cue = ctx.cues.statement_reference(k, sent.end)
    found = content_of(ctx, cue, k + 1, False, sent.start, sent.end, False)
    assert found.text == "الحوار هو الحل الوحيد."


def test_an_object_ends_before_the_statement_it_was_said_in_unless_it_comes_after_it(read) -> None:
    ctx = read("ورحب الوزير سامر الحلبي بالاتفاق في بيان أصدره حزبه.")
    assert clause_end(ctx, at(ctx, "بالاتفاق"), len(ctx.doc), object_clause=True) == at(ctx, "في")
    # the statement noun frames the object after it ("في تصريح للتلفزيون مساء الأحد بالدور ..."): read on
    ctx = read("وأشاد سامر الحلبي وزير النفط في تصريح للتلفزيون مساء الأحد بالدور الذي تلعبه النرويج.")
    assert clause_end(ctx, at(ctx, "وزير"), len(ctx.doc), object_clause=True) > at(ctx, "بالدور")


@pytest.mark.parametrize("headline", [
    "لجنة الانتخابات الكينية تعلن فوز وليام روتو.. و«الحركة الديمقراطية» ترفض النتائج",
    'لجنة الانتخابات الكينية تعلن فوز وليام روتو... ورايلا أودينغا: "النتائج مزورة"',
])
def test_a_headlines_dots_end_what_its_first_side_said(read, headline: str) -> None:
    ctx = read(headline + "\nوأعلنت اللجنة النتائج مساء الثلاثاء.")
    assert content(ctx, "تعلن", None).text == "فوز وليام روتو"
