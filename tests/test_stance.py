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
    # a party a cause drives somewhere is its patient: the bad cause is not its deed
    ("وحذر وزير الخارجية الكيني جون موانغي من أن تفاقم الخلاف قد يدفع أوغندا نحو روسيا.", "أوغندا", "neutral"),
    ("وقال وزير الخارجية الكيني جون موانغي إن العقوبات قد تدفع أوغندا إلى تقارب أوثق مع روسيا.", "أوغندا", "neutral"),
    ("وحذر وزير الخارجية الكيني جون موانغي من أن كل قرار منفرد \"سيدفع أوغندا إلى تعليق الاتفاق\".", "أوغندا", "neutral"),
    # a party called a victim is wronged: the speaker sides with it, the bad words are what it suffers; a count of victims
    # sides with no one
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا \"ضحية حملة من التشويه والعداء\".", "أوغندا", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا \"هي الطرف المتضرر\" من هذا النزاع.", "أوغندا", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن حصيلة ضحايا الفيضان في أوغندا تجاوزت الألف.", "أوغندا", "neutral"),
    # a matter deemed someone's internal affair is left to them: no verdict of the deeming verb (a label still is one)
    ("واعتبر المتحدث باسم الخارجية الكينية جون موانغي أن أحداث العاصمة \"شأن داخلي لأوغندا\".", "أوغندا", "neutral"),
    ("واعتبر المتحدث باسم الخارجية الكينية جون موانغي أن أحداث كمبالا «شأن أوغندي داخلي».", "كمبالا", "neutral"),
    ("ووصف الناطق باسم الخارجية الكينية جون موانغي وزارة الداخلية الأوغندية بأنها عصابة.", "وزارة الداخلية الأوغندية",
     "negative"),
    # a bare deed welcomed after the article told it: a deed that befalls its doer (resigning) turns the welcome round
    ("وأعلن رئيس الوزراء الكيني جون موانغي استقالته من منصبه يوم الأحد. ورحب زعيم المعارضة رايلا أودينغا بالاستقالة.",
     "جون موانغي", "negative"),
    ("وأعلن الرئيس الكيني جون موانغي قراره حل البرلمان يوم الأحد. ورحب زعيم المعارضة رايلا أودينغا بالقرار.",
     "جون موانغي", "positive"),
    # a state's forces as the subject of a denied clause are cleared of the bad words denied, as a named party is
    ("ونفى وزير الداخلية الكيني جوزيف أومولو أن تكون قوات الأمن ارتكبت أي تجاوزات.", "قوات الأمن", "positive"),
    # deeds of wrecking and erring said of a party; rewarding a bad party sides with it
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية تمزق ما تبقى من المؤسسات.", "الحكومة الكينية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية تكافئ الإرهابيين.", "الحكومة الكينية", "negative"),
    # what has no grounds is baseless, a fault of whoever claimed it; "على أساس" judges nothing
    ("وقال المتحدث باسم الحكومة الكينية جون موانغي إن رواية أوغندا لا أساس لها.", "أوغندا", "negative"),
    ("وقال المتحدث باسم الحكومة الكينية جون موانغي إن بلاده ستتعامل مع أوغندا على أساس القانون الدولي.", "أوغندا", "neutral"),
    # the words of blame and praise of reaction pieces: a clique of hirelings, a unilateral step, brave heroes
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية زمرة من الأبواق المأجورة.", "الحكومة الكينية", "negative"),
    ("وقال وزير الخارجية الأوغندي جون موانغي إن الحكومة الكينية اتخذت خطوة أحادية.", "الحكومة الكينية", "negative"),
    ("وقال وزير الخارجية الأوغندي جون موانغي إن جنود الجيش الكيني أبطال شجعان.", "الجيش الكيني", "positive"),
    # an evaluative word next to the target
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن اعتداءات إسرائيل خطيرة.", "إسرائيل", "negative"),
    # tear gas is force used on a crowd, a fault of whoever fires it; the crowd dispersed only undergoes it
    ("وقال المتحدث باسم حزب الأمة الكيني ديفيد موانغي إن الشرطة الكينية استعملت الغاز المسيل للدموع في تفريق المتظاهرين.",
     "الشرطة", "negative"),
    ("وقال المتحدث باسم حزب الأمة الكيني ديفيد موانغي إن الشرطة الكينية استعملت الغاز المسيل للدموع في تفريق المتظاهرين.",
     "المتظاهرين", "neutral"),
    # recalling an ambassador breaks with the side it is posted to; the summoned reserves are no side
    ("وقال المتحدث باسم الخارجية الأوغندية جون موانغي إن أوغندا قررت استدعاء سفيرها لدى كينيا للتشاور.", "كينيا",
     "negative"),
    ("وقال المتحدث باسم الجيش الكيني جون موانغي إن الجيش قرر استدعاء الاحتياط في مقاطعة مومباسا.", "مومباسا", "neutral"),
    # the host an envoy is posted in (في) is the party broken with when the envoy is recalled; posted there alone, a setting
    ("وأعلنت الخارجية الأوغندية استدعاء سفيرها في كينيا للتشاور.", "كينيا", "negative"),
    ("وقال المحلل السياسي جون موانغي إن سفير أوغندا في كينيا التقى وزير الخارجية.", "كينيا", "neutral"),
    # diplomats withdrawn from a country break with it, though the diplomats, named with it, are no side; a country's
    # residents still pass their stance to it
    ("وأعلنت الحكومة الأوغندية سحب دبلوماسييها من كينيا.", "كينيا", "negative"),
    ("وقال المحلل السياسي جون موانغي إن سكان كينيا تأثروا بالفيضانات.", "كينيا", "neutral"),
    # a body or a medium closed, banned or suspended is the one the measure is against; lifted or refused, none; a place
    # closed is closed to all
    ("وأعلنت الحكومة الأوغندية إغلاق إذاعة صوت الشعب.", "إذاعة صوت الشعب", "negative"),
    ("وقال المحلل السياسي جون موانغي إن السلطات الأوغندية حظرت تطبيق «واتساب» لأسباب أمنية.", "واتساب", "negative"),
    ("وأعلنت الحكومة الأوغندية رفع الحظر عن تطبيق «واتساب».", "واتساب", "neutral"),
    ("وأعلنت الحكومة الأوغندية أنها لن تغلق إذاعة صوت الشعب.", "إذاعة صوت الشعب", "neutral"),
    ("وأعلنت الحكومة الأوغندية إغلاق مطار عنتيبي الدولي.", "مطار عنتيبي الدولي", "neutral"),
    ("وأعلن الأمين العام جون موانغي إغلاق مؤتمر حزب الأمة من دون اتفاق.", "حزب الأمة", "neutral"),
    # a thing played as a card (استعمل like استخدم; past a file and what it is of) is exploitation; a card held is none
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا استعملت ورقة اللاجئين للضغط على كينيا.", "أوغندا", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا تستخدم ملف الحدود ورقة مساومة مع كينيا.", "أوغندا", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا تملك ورقة ضغط قوية.", "أوغندا", "neutral"),
    # a door shut in someone's face or on dialogue is hostility of whoever shuts it; shops closing their doors judge no one
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن الحكومة الكينية أغلقت الباب في وجه النواب.", "الحكومة", "negative"),
    ("وقال المحلل الكيني جون موانغي إن رئيس الحكومة الكيني ديفيد أومولو أغلق باب التفاوض بتصريحاته.", "ديفيد أومولو",
     "negative"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن المتاجر أغلقت مساء الجمعة في نيروبي.", "نيروبي", "neutral"),
    # the silence of a party named with it is a reproach; a minute's silence, or working in silence, is no one's silence
    ("وقال زعيم المعارضة الكيني رايلا أودينغا إن صمت الحكومة الكينية عن الانتهاكات مستمر منذ أشهر.", "الحكومة", "negative"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن الحكومة الكينية وقفت دقيقة صمت في افتتاح الجلسة.", "الحكومة", "neutral"),
    # a deed said to be deliberate charges its doer with intent, also after a word of cutting (the adverb is no object of it)
    ("وقال زعيم المعارضة الكيني رايلا أودينغا إن السلطات الكينية تدفع الاقتصاد عمدا نحو الركود.", "السلطات الكينية",
     "negative"),
    ("وقال زعيم المعارضة الكيني رايلا أودينغا إن السلطات الكينية أوقفت البث عمداً قبل الاقتراع.", "السلطات الكينية",
     "negative"),
    # a party called back to its barracks, or on to hand over power, is asked to stand down, as one asked to withdraw;
    # people called home are not
    ("ودعا الاتحاد الأفريقي الجيش الكيني إلى العودة سريعا إلى ثكنته.", "الجيش", "negative"),
    ("ودعا الاتحاد الأفريقي الجيش الكيني بتسليم السلطة إلى مجلس مدني.", "الجيش", "negative"),
    ("ودعت الحكومة الكينية سكان نيروبي إلى العودة لبيوتهم.", "سكان نيروبي", "neutral"),
    # a party called on to lift a restriction, or to withdraw or cancel what a pronoun names, is asked to undo a step of
    # its own; raising a good thing is no undoing
    ("وطالب زعيم المعارضة الكينية رايلا أودينغا الحكومة الكينية برفع حالة الطوارئ.", "الحكومة", "negative"),
    ("ودعا زعيم المعارضة الكينية رايلا أودينغا الحكومة الكينية إلى رفع القيود المفروضة على الصحف.", "الحكومة",
     "negative"),
    ("ودعا زعيم المعارضة الكينية رايلا أودينغا الحكومة الكينية إلى سحبه.", "الحكومة", "negative"),
    ("ودعا زعيم المعارضة الكينية رايلا أودينغا الحكومة الكينية إلى رفع الأجور.", "الحكومة", "neutral"),
    ("وطالب وزير الخارجية الكيني جون موانغي المجتمع الدولي برفع الحظر عن شحنات الوقود إلى أوغندا.", "المجتمع الدولي",
     "neutral"),
    # a party denied the right to a deed (its pronoun after يحق, or ليس من حقها) oversteps in doing it; a right granted
    # is no fault of the holder's
    ("وقال رئيس الوزراء الكيني جون موانغي إن المعارضة الكينية لا يحق لها الطعن في القانون.", "المعارضة الكينية", "negative"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن الحكومة الكينية ليس من حقها أن تعلق الدستور.", "الحكومة", "negative"),
    ("وقال رئيس الوزراء الكيني جون موانغي إنه يحق للمعارضة الكينية أن تطعن في النتائج.", "المعارضة الكينية", "neutral"),
    # the doer named before a perfect verb of armed attack or arson did the harm, past quote marks round the verb; a passive
    # told of the attacked names no doer
    ("وقال المتحدث باسم الجيش الكيني جون موانغي إن القوات الأوغندية «قصفت» قرى الضفة الأخرى من النهر.",
     "القوات الأوغندية", "negative"),
    ("وقال المتحدث باسم الشرطة الكينية جون موانغي إن محتجين أضرموا النيران بمستودع للسكر.", "محتجين", "negative"),
    ("وقال المتحدث باسم الجيش الكيني جون موانغي إن مواقع الجيش الكيني قصفت في الليل.", "الجيش", "neutral"),
    # suspending (تعليق) cuts ties and trade as freezing does: the side traded with is opposed; trade told judges nothing
    ("وقال وزير التجارة الكيني جون موانغي إن بلاده قررت تعليق استيراد الأسماك من أوغندا.", "أوغندا", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده قررت تعليق التعاون الأمني مع أوغندا.", "أوغندا", "negative"),
    ("وقال وزير التجارة الكيني جون موانغي إن صادرات الشاي إلى أوغندا ارتفعت.", "أوغندا", "neutral"),
    # a revision of ties (مراجعة) puts them in question by itself, past one word of extent; a revision of accounts judges no one
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده ستبدأ مراجعة جذرية للعلاقات التجارية مع أوغندا.", "أوغندا", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده قررت مراجعة الاتفاق مع أوغندا.", "أوغندا", "negative"),
    ("وقال وزير المالية الكيني جون موانغي إن الوزارة ستجري مراجعة شاملة للحسابات مع صندوق النقد الدولي.",
     "صندوق النقد الدولي", "neutral"),
    # rallying behind a party backs it (a verb of standing or uniting, past "صفا واحدا"); behind a deed it is a charge
    ("وقال زعيم حزب الأمة الكيني ديفيد موانغي إن الحزب سيقف صفا واحدا خلف الرئيس الكيني وليام روتو.", "وليام روتو",
     "positive"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن الكينيين اتحدوا خلف الحكومة الكينية.", "الحكومة الكينية", "positive"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن حركة الشباب تقف خلف الهجوم الإرهابي على الحافلة.", "حركة الشباب",
     "negative"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن حركة الشباب تقف خلف الهجوم على الحافلة.", "حركة الشباب", "negative"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن رجلا من حركة الشباب يقف خلف محاولة قتل الوزير.", "حركة الشباب",
     "negative"),
    # a tie refused with a party opposes it: a negation or refusal, a noun of ties, then مع X
    ("وقال رئيس حزب العدالة الكيني ديفيد موانغي إن حزبه لن يدخل في ائتلاف مع الحزب الديمقراطي.", "الحزب الديمقراطي", "negative"),
    ("وقال رئيس حزب العدالة الكيني ديفيد موانغي: لن نجلس إلى طاولة واحدة مع الحكومة الأوغندية بعد اليوم.", "الحكومة الأوغندية", "negative"),
    ("ورفض رئيس حزب العدالة الكيني ديفيد موانغي أي تحالف مع الحزب الديمقراطي.", "الحزب الديمقراطي", "negative"),
    ("وأعلن رئيس حزب العدالة الكيني ديفيد موانغي أن حزبه «لن يبرم أي تحالف»، سواء مع الحزب الديمقراطي أو مع الحكومة الأوغندية.",
     "الحكومة الأوغندية", "negative"),
    # an opposition denied sides with the party, or with the one whose doings it would have opposed
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن حزبه لن يصوت ضد الحكومة الكينية.", "الحكومة الكينية", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن نوابه لن يقفوا ضد سياسات الحكومة الكينية.", "الحكومة الكينية", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن حزبه سيصوت ضد الحكومة الكينية.", "الحكومة الكينية", "negative"),
    # a vote cast for a party (a verb of voting before لـX) backs it
    ("وقالت ناخبة كينية في نيروبي إنها صوتت لوليام روتو لأن الأسعار ارتفعت.", "وليام روتو", "positive"),
    # firing on people is a violent deed of the shooter; the ones fired on are no doers; launching or releasing judges nothing
    ("وأفاد سكان في نيروبي بأن قوات الأمن الكينية أطلقت النار على المتظاهرين.", "قوات الأمن الكينية", "negative"),
    ("وأفاد سكان في نيروبي بأن قوات الأمن الكينية أطلقت قنابل الغاز على المحتجين.", "المحتجين", "positive"),
    ("وأفاد سكان في نيروبي بأن الشرطة الكينية لم تطلق النار على المتظاهرين.", "المتظاهرين", "neutral"),
    ("وأفاد سكان في نيروبي بأن الشرطة الكينية أطلقت حملة تفتيش في العاصمة.", "الشرطة الكينية", "neutral"),
    # the من of a part heads no preposition phrase: the party after it is the actor the far words speak of
    ("وأوضح الحزب الحاكم أن عددا من المسؤولين الكبار، بينهم وزيران، \"ارتكبوا انتهاكات جسيمة\".", "المسؤولين الكبار", "negative"),
    # a group named badly right after a party, bare, is what the party is called; joined by و it is listed beside it
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن المعارضين «مرتزقة» تحركهم جهات خارجية.", "المعارضين", "negative"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن المحتجين إرهابيون تحركهم جهات خارجية.", "المحتجين", "negative"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن المعارضين والمرتزقة ينتشرون في البلاد.", "المعارضين", "neutral"),
    # past a pronoun of separation or بأن, and a word of a part; a negated copula says it is not so
    ("ووصف وزير الداخلية الكيني جوزيف أومولو المعارضين بأنهم \"فريق من المخربين\".", "المعارضين", "negative"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن المحتجين هم مرتزقة.", "المحتجين", "negative"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن المحتجين ليسوا مرتزقة.", "المحتجين", "neutral"),
    # silencing voices is a harm of the one who silences
    ("وقال المعارض الكيني رايلا أودينغا إن الحكومة الكينية تسعى إلى إسكات الصحفيين.", "الحكومة الكينية", "negative"),
    # "in protest at" opposes what is protested and its doer
    ("وأعلن زعيم المعارضة الكينية رايلا أودينغا انسحاب حزبه من البرلمان احتجاجا على سياسات الحكومة الأوغندية.",
     "الحكومة الأوغندية", "negative"),
    # withholding confidence is a vote against the one it is withheld from
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن حزبه سيحجب الثقة عن الحكومة الكينية.", "الحكومة الكينية", "negative"),
    # playing a thing or a people as a card is exploitation by the player; the one played is used, no doer
    ("وقال وزير الخارجية الكيني بيتر كاماو إن الحكومة الأوغندية تستخدم ورقة اللاجئين للضغط على جيرانها.",
     "الحكومة الأوغندية", "negative"),
    ("وقال وزير الخارجية الكيني بيتر كاماو إن الحكومة الأوغندية تستخدم اللاجئين ورقة في صراعها مع جيرانها.",
     "اللاجئين", "neutral"),
    ("وقال وزير الخارجية الكيني بيتر كاماو إن الحكومة الأوغندية تملك ورقة ضغط قوية.", "الحكومة الأوغندية", "neutral"),
    # a word of horror said of a party
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن هجمات الحكومة السورية مروعة.", "الحكومة السورية", "negative"),
    # weakness said of a party judges it
    ("وقال المحلل الكيني جون موانغي إن ضعف الحكومة الأوغندية بات واضحا للجميع.", "الحكومة الأوغندية", "negative"),
    # adjectives of fitness, sense and licence blame only after غير ("في الوقت المناسب" judges nothing)
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن خطوة الحكومة الليبية غير مفهومة.", "الحكومة الليبية", "negative"),
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن توقيت قرار الحكومة الليبية غير مناسب.", "الحكومة الليبية", "negative"),
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن الحكومة الليبية ستعلن قرارها في الوقت المناسب.", "الحكومة الليبية", "neutral"),
    # a negation turns it round
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن أداء الحكومة الليبية غير مقبول وليس بناء.", "الحكومة الليبية", "negative"),
    # the content's words decide for the first target when none stands next to it
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن زيارته إلى اليابان كانت ناجحة ومثمرة وتعزز الشراكة.", "اليابان", "positive"),
    # an evaluative word in another inflection ("ندعمها", "المتغطرسة")
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند تدعم الحكومة الصومالية.", "الحكومة الصومالية", "positive"),
    # the content's words that stand next to another target speak of that one, not of the first
    ("وقال وزير الخارجية النرويجي إسبن بارث إيدي إن وفد الاتحاد الأوروبي سيجتمع الخميس في أوسلو لمناقشة العدوان العنيف الذي شنته روسيا.",
     "الاتحاد الأوروبي", "neutral"),
    # the content's far words speak of its actors, not of a party named only after a preposition
    ("وقال وزير الزراعة المغربي محمد صديقي إن الخطة الاقتصادية الجديدة فاشلة ومكلفة، وإنها ستعرض الأسبوع المقبل للتصويت أمام البرلمان الليبي.",
     "البرلمان الليبي", "neutral"),
    ("وقال وزير الزراعة المغربي محمد صديقي إن الخطة الاقتصادية الجديدة فاشلة ومكلفة، وإن البرلمان الليبي سيصوت عليها الأسبوع المقبل.",
     "البرلمان الليبي", "negative"),
    # what is denied after أن is a charge against the party named as its subject, whatever its words: the party is
    # cleared (what befalls a party, "أن يكون X تعرض لأذى", is no charge)
    ("ونفى المتحدث باسم الجيش السوداني نبيل عبد الله أن تكون القوات الإثيوبية قد عبرت الحدود.",
     "القوات الإثيوبية", "positive"),
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو أن تكون الحكومة الأوغندية قد علمت بالصفقة مسبقا.",
     "الحكومة الأوغندية", "positive"),
    # but a plan, a request or a receipt denied of it is no deed done, no wrong to clear it of
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو أن تكون الحكومة الأوغندية تعتزم سحب سفيرها.",
     "الحكومة الأوغندية", "neutral"),
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو أن تكون الحكومة الأوغندية قد استلمت رسالة من الوسطاء.",
     "الحكومة الأوغندية", "neutral"),
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو أن يكون الرئيس الأوغندي موسى كاتو قد طلب تأجيل الزيارة.",
     "موسى كاتو", "neutral"),
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو أن تكون الشرطة الأوغندية قد تلقت أوامر بقمع المحتجين.",
     "الشرطة", "positive"),
    # a definite word right after a definite word of fighting is its adjective, not what is fought
    ("وقال المعارض الماليزي أنور داود إن العمال تمسكوا بالمقاومة السلمية.", "العمال", "positive"),
    ("وقال وزير الخارجية الياباني كينجي ساتو إن الحكومة الماليزية تدعم المكافحة الجادة للفساد.", "الحكومة الماليزية", "positive"),
    # the bare perfect "غادر" is leaving, no treachery
    ("وأفادت مصادر دبلوماسية بأن الرئيس المعزول خوسيه مارتينيز غادر إلى ليما.", "خوسيه مارتينيز", "neutral"),
    # a duty urged in a call is no blame of the one called on; laid on a party outside a call it is
    ("ودعا الرئيس الكيني وليام روتو الأحزاب إلى التصرف بمسؤولية.", "الأحزاب", "neutral"),
    ("ودعا الرئيس الكيني وليام روتو الأحزاب إلى تحمل مسؤوليتها.", "الأحزاب", "neutral"),
    ("وقال الرئيس الكيني وليام روتو إن الحكومة الأوغندية تتحمل المسؤولية.", "الحكومة الأوغندية", "negative"),
    # a word of avoiding reaches past "المزيد من" to what it avoids: no bad deed of the one called on
    ("ودعا وزير الخارجية الإيطالي ماركو روسي الجزائر إلى ضبط النفس وتجنب المزيد من التصعيد.", "الجزائر", "neutral"),
    # a call on a party to refrain from a bad thing ("X إلى عدم", "X على عدم", "ناشد X عدم") charges X with nothing;
    # asked to stop it, X is doing it
    ("ودعا وزير الداخلية الغاني كوفي مينساه الشبان إلى عدم الانجرار وراء دعوات العنف.", "الشبان", "neutral"),
    ("وناشد وزير الداخلية الغاني كوفي مينساه النقابات عدم اللجوء إلى التخريب.", "النقابات", "neutral"),
    ("وحث وزير الداخلية الغاني كوفي مينساه الأحزاب على «عدم التصعيد».", "الأحزاب", "neutral"),
    ("ودعا وزير الداخلية الغاني كوفي مينساه النقابات إلى وقف التخريب.", "النقابات", "negative"),
    # the bad words of what ordinary people endure are no blame of them
    ("وقال المحلل السياسي كريم منصور إن الناخبين ضاقوا ذرعا بالفساد والمحسوبية.", "الناخبين", "neutral"),
    ("وقال المحلل السياسي كريم منصور إن المواطنين باتوا عاجزين عن التعبير عن آرائهم خوفا من الاعتقال.", "المواطنين", "neutral"),
    # but the bad words said of the named subject of a denied clause are denied of it: the party is cleared
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو أن تكون الشرطة الأوغندية قد ارتكبت انتهاكات ضد المتظاهرين.",
     "الشرطة", "positive"),
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو اتهامات الشرطة الأوغندية.", "الشرطة", "negative"),
    # the arrival or entry of someone's men denied is a happening denied, no blame of them
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو دخول قوات من الصومال إلى البلاد.", "الصومال", "neutral"),
    ("ونفى المتحدث باسم الحكومة الكينية سامي أوتينو تقارير عن دخول قوات من الصومال إلى البلاد.", "الصومال", "neutral"),
    # what a party suffers or undergoes is not its own doing
    ("وقال وزير الصحة الكيني موسى كاغوا إن السودان يعاني من وضع سيئ وخطير.", "السودان", "neutral"),
    ("وقال وزير الصحة الكيني موسى كاغوا إن السودان الذي تعرض لعدوان وحشي سيعقد مؤتمرا الشهر المقبل.", "السودان", "neutral"),
    ("وقال وزير الصحة الكيني موسى كاغوا إن السودان يثير الفوضى والعنف.", "السودان", "negative"),
    # nor is facing something; and what one's own side lives through is no stance towards it
    ("وقال وزير الصحة الكيني موسى كاغوا إن السودان يواجه إرهابا وفوضى.", "السودان", "neutral"),
    ("وقال وزير الخارجية المغربي ناصر بوريطة إن المغرب يعاني اليوم من جفاف شديد.", "المغرب", "neutral"),
    # living through or sliding into a bad state is undergoing it; with no bad word it is mere living
    ("وحذر وزير الصحة الكيني موسى كاغوا من أن السودان ينزلق نحو الفوضى والعنف.", "السودان", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب يعيش مأساة حقيقية.", "المغرب", "neutral"),
    # one's own side told to live through, pass through, enter or find itself in a state is in it, no merit of its own;
    # a good state or a new era told of it is one
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب يمر منذ شهور بمرحلة دقيقة.", "المغرب", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب دخل مرحلة انتقالية طويلة.", "المغرب", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب وجد نفسه أمام قرار مؤلم.", "المغرب", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب يعيش حالة انتظار.", "المغرب", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب يعيش في أمن واستقرار.", "المغرب", "positive"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب دخل عهدا جديدا.", "المغرب", "positive"),
    # one's own side told to keep a matter under watch or study, or to wait, does nothing yet: no merit of its own
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب يتابع باهتمام ما يجري في المنطقة.", "المغرب", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب سيدرس العرض خلال الأيام المقبلة.", "المغرب", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب ينتظر ردا رسميا على مذكرته.", "المغرب", "neutral"),
    # a step one's own side is to take on a given day or within a given time is a schedule announced, no pledge; a step
    # with no time set is told in its favour
    ("وقال وزير الداخلية المغربي سمير الفاسي إن المغرب سيعقد الأسبوع المقبل اجتماعا لوزراء الداخلية في المنطقة.",
     "المغرب", "neutral"),
    ("وقال وزير الداخلية المغربي سمير الفاسي إن المغرب سيرسل وفدا إلى الرباط خلال ثلاثة أيام.", "المغرب", "neutral"),
    ("وقال وزير الداخلية المغربي سمير الفاسي إن المغرب سيرسل وفدا إلى الرباط.", "المغرب", "positive"),
    # a standing state of contact (على before a noun of contact) is the routine of diplomacy, no tie praised; a close
    # relation is one
    ("وقالت وزيرة الخارجية الكندية سارة لوبان إن بلادها على اتصال يومي بكينيا منذ اندلاع الأزمة.", "كينيا", "neutral"),
    ("وقالت وزيرة الخارجية الكندية سارة لوبان إن أوتاوا على تنسيق مستمر مع كينيا.", "كينيا", "neutral"),
    ("وقالت وزيرة الخارجية الكندية سارة لوبان إن بلادها تربطها بكينيا علاقات وثيقة.", "كينيا", "positive"),
    # what a party needs is no merit of it, nor a stance for one's own side
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب يحتاج إلى إصلاحات عميقة في التعليم.", "المغرب", "neutral"),
    ("وقال وزير الصحة الكيني موسى كاغوا إن تنزانيا بحاجة إلى دعم دولي عاجل.", "تنزانيا", "neutral"),
    # a party told it cannot is in a plight, no doing or merit of its own
    ("وحذر وزير الصحة الكيني موسى كاغوا من أن تنزانيا لا تحتمل المزيد من الفوضى.", "تنزانيا", "neutral"),
    ("وقال وزير الخارجية المغربي سمير الفاسي إن المغرب لا يستطيع تحمل أعباء الهجرة وحده.", "المغرب", "neutral"),
    # the far words of a content whose first party undergoes a harm tell the harm's causes, not that party's doing
    ("وحذر وزير الصحة الكيني موسى كاغوا من أن تنزانيا تواجه أزمة حادة بعد انهيار العملة وانتشار الفساد.", "تنزانيا", "neutral"),
    # a bare collective ("الفصائل") calls no one militias; "الفصائل المسلحة" does
    ("وقال وزير الخارجية المصري سامح شكري إن الفصائل توصلت إلى اتفاق حول الهدنة.", "الفصائل", "neutral"),
    ("وقال وزير الخارجية المصري سامح شكري إن الفصائل المسلحة توصلت إلى اتفاق حول الهدنة.", "الفصائل المسلحة", "negative"),
    # the topic of an event head is its genitive: a word after "عملية" with a preposition of its own is no topic
    # ("ترجمة عملية لالتزام X": a practical token of X's commitment; التزام is no definite noun)
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الانسحاب ترجمة عملية لالتزام كولومبيا بالاتفاق.", "كولومبيا", "positive"),
    # a verb of giving up in the perfect in ت denies the good thing given up
    ("وقال وزير الخارجية الكندي جون مارتن إن حكومة الإكوادور تراجعت عن التزاماتها الدولية.", "حكومة الإكوادور", "negative"),
    # whose good thing a bad act harms only suffers it: the words after X judge the harm, not X
    ("وقال وزير الخارجية الكيني موسى كاغوا إن محاولات زعزعة استقرار أوغندا ستفشل.", "أوغندا", "neutral"),
    ("وقال وزير الخارجية الكيني موسى كاغوا إن تقويض استقرار أوغندا أمر خطير.", "أوغندا", "neutral"),
    # but losing a person is mourning: the good words after the one lost praise them, nothing good is lost
    ("وقال الرئيس الكيني وليام روتو إن تنزانيا فقدت قائدا حكيما.", "تنزانيا", "positive"),
    ("وقال الرئيس الكيني وليام روتو إن أوغندا تفقد قائدا حكيما برحيله.", "أوغندا", "positive"),
    ("وقال الرئيس الكيني وليام روتو إن حكومة تنزانيا فقدت مصداقيتها.", "حكومة تنزانيا", "negative"),
    # a wrongdoing told with a plain verb of saying is an accusation; negated, a pledge
    ("وقال المعارض الماليزي أنور داود إن الحكومة الماليزية سرقت أصوات الناخبين.", "الحكومة الماليزية", "negative"),
    ("وقال المعارض الماليزي أنور داود إن الحكومة الماليزية داست على الدستور.", "الحكومة الماليزية", "negative"),
    ("وقال المعارض الماليزي أنور داود إن الحكومة الماليزية أخطأت في حساباتها.", "الحكومة الماليزية", "negative"),
    # "a stab in the back" is betrayal; an appeal in court (طعن) is none
    ("وقال الرئيس الكيني وليام روتو إن قرار الحكومة الأوغندية طعنة في الظهر.", "الحكومة الأوغندية", "negative"),
    ("وقال الرئيس الكيني وليام روتو إن الحكومة الأوغندية ستطعن في الحكم.", "الحكومة الأوغندية", "neutral"),
    # the consequences a warning holds over a party are bad ones
    ("وقال الرئيس الكيني وليام روتو إن تنزانيا ستتحمل العواقب.", "تنزانيا", "negative"),
    # understanding shown for a party's position is sympathy with it
    ("وقال الرئيس الكيني وليام روتو إن بلاده تتفهم موقف تنزانيا.", "تنزانيا", "positive"),
    # a party that demands a stop is no party asked to stop: what is to stop is the other's doing
    ("وقال الرئيس الكيني وليام روتو إن الحكومة الأوغندية تطالب بوقف الهجمات الإرهابية لحركة الشباب.", "الحكومة الأوغندية", "neutral"),
    ("وقال الرئيس الكيني وليام روتو إن الحكومة الأوغندية تطالب بوقف الهجمات الإرهابية لحركة الشباب.", "حركة الشباب", "negative"),
    ("وقال الرئيس الكيني وليام روتو إن الحكومة الأوغندية مطالبة بوقف الهجمات.", "الحكومة الأوغندية", "negative"),
    # a resignation welcomed is hostility to the one who resigns; regretted, sympathy
    ("ورحب الرئيس الكيني وليام روتو باستقالة رئيس الوزراء الأوغندي جون موسيفيني.", "جون موسيفيني", "negative"),
    ("وأعرب الرئيس الكيني وليام روتو عن أسفه لاستقالة رئيس الوزراء الأوغندي جون موسيفيني.", "جون موسيفيني", "positive"),
    ("ونعى الرئيس الكيني وليام روتو رحيل الرئيس الأوغندي جون موسيفيني.", "جون موسيفيني", "positive"),
    # the bare فقد before a feminine noun in construct is the verb "lost": the good thing lost is denied
    ("وقالت زعيمة المعارضة الفرنسية كلير دوبون إن الرئيس الفرنسي جان مارتان فقد ثقة الفرنسيين.", "جان مارتان", "negative"),
    # bare فقد before a quantifier is the verb (قد takes no noun): "lost all" of the good thing
    ("وقالت زعيمة المعارضة الفرنسية كلير دوبون إن الرئيس الفرنسي جان مارتان فقد كل مصداقية.", "جان مارتان", "negative"),
    ("وقالت زعيمة المعارضة الفرنسية كلير دوبون إن الحكومة فقد دعمت الرئيس الفرنسي جان مارتان.", "جان مارتان", "positive"),
    # a stunning performance is praise
    ("وقالت زعيمة المعارضة الفرنسية كلير دوبون إن حزب الشعب حقق أداء مذهلا في الانتخابات.", "حزب الشعب", "positive"),
    # who lost a contest or a stake is judged by the loss; a loss of a person is mourning, no fault
    ("وقال المحلل السياسي كريم منصور إن حزب الشعب خسر الانتخابات داخل البلاد.", "حزب الشعب", "negative"),
    ("وقال المحلل السياسي كريم منصور إن حكومة تنزانيا دخلت في رهان خاسر.", "حكومة تنزانيا", "negative"),
    # holding fast to a side supports it
    ("وجدد رئيس الوزراء الماليزي أنور إبراهيم تمسك حزبه بحكومة الرئيس الإندونيسي جوكو ويدودو.", "جوكو ويدودو", "positive"),
    # defending a side supports it; a call to include a party is positive towards it
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن ماليزيا تدافع عن الحكومة الفيتنامية.", "الحكومة الفيتنامية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن ماليزيا تدعو إلى إشراك الحكومة الفيتنامية في المحادثات.",
     "الحكومة الفيتنامية", "positive"),
    # declining to comment and then saying something is plain saying: no rejection of what was not commented on
    ("ورفض وزير الخارجية البرتغالي جواو غوميش التعليق على قرار الحكومة الإسبانية، قائلا إن الأمر لا يعنيه.",
     "الحكومة الإسبانية", "neutral"),
    # confidence in a party, and confidence lost: the bare فقد before a noun is the verb of losing, not ف + قد
    ("وأعرب رئيس الوزراء الماليزي أنور إبراهيم عن ثقته في الحكومة الفيتنامية.", "الحكومة الفيتنامية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الرأي العام فقد ثقته بالحكومة الفيتنامية.", "الحكومة الفيتنامية",
     "negative"),
    # displeasure said of the speaker is aimed at its cause
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده مستاءة من قرار الحكومة الفيتنامية.", "الحكومة الفيتنامية",
     "negative"),
    # answerable for a deed of violence is blamed for it
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفيتنامية مسؤولة عن مقتل الصيادين.", "الحكومة الفيتنامية",
     "negative"),
    # admiring a party's work, and the imperfect of doubting aimed at a party
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إنه معجب بأداء الحكومة الفيتنامية.", "الحكومة الفيتنامية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إنه يشك في نوايا الحكومة الفيتنامية.", "الحكومة الفيتنامية", "negative"),
    # words of malice and greed said of a party ("نوايا X خبيثة", "X طامعة في")
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن نوايا الحكومة الإيرانية خبيثة.", "الحكومة الإيرانية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإيرانية طامعة في ثروات جيرانها.", "الحكومة الإيرانية", "negative"),
    # shock aimed at its cause, slipping in covertly, breaking one's word: charges against a side
    ("وأعرب وزير الخارجية الكندي جون مارتن عن صدمته من قرار الحكومة الإيرانية.", "الحكومة الإيرانية", "negative"),
    ("وقالت الشرطة الكينية إن عناصر من حركة الشباب اندسوا في المدينة.", "حركة الشباب", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الإيرانية تواصل نكث وعودها.", "الحكومة الإيرانية", "negative"),
    # a side whose doings or reach a word of fighting or stopping governs is fought; condemned, it suffers
    ("وطالب جون مارتن بوقف أنشطة الحكومة الإيرانية ضد جيرانها.", "الحكومة الإيرانية", "negative"),
    ("وقال جون مارتن إن بلاده ستعمل على الحد من نفوذ الحكومة الإيرانية في المنطقة.", "الحكومة الإيرانية", "negative"),
    ("وقال جون مارتن إن الحكومة الإيرانية تنفذ سياسات جديدة.", "الحكومة الإيرانية", "neutral"),
    ("وأدان جون مارتن وقف أنشطة اليونيسف هناك.", "اليونيسف", "positive"),
    # whom an attack is made on is no doer of it: judged bad, the attack is their wrong; only reported, no stance
    ("وقال جون مارتن إن الهجوم الروسي على أوكرانيا غير مقبول.", "أوكرانيا", "positive"),
    ("وقال جون مارتن إن القصف على أوكرانيا مستمر منذ أسبوع.", "أوكرانيا", "neutral"),
    # but the attack a speaker launches (شنّ هجوما) is the speaker's own verbal attack: whom it is made on is attacked
    ("وشن وزير التربية الكيني جون موانغي هجوما حادا على نقابة المعلمين بسبب الإضراب.", "نقابة المعلمين", "negative"),
    ("وشن وزير التربية الكيني جون موانغي هجوما على نقابة المعلمين بسبب الإضراب.", "نقابة المعلمين", "negative"),
    ("وشن رئيس الوزراء الكندي جاستن ترودو هجوما لاذعا على حزب المحافظين بسبب الضرائب.", "حزب المحافظين", "negative"),
    ("وشن زعيم المعارضة بيتر كاماو هجوما عنيفا ضد شركة أمازون بسبب الأجور.", "أمازون", "negative"),
    ("وشن الرئيس البرازيلي لولا دا سيلفا هجوما حادا على البنك المركزي بسبب أسعار الفائدة.", "البنك المركزي", "negative"),
    ("وشن رئيس الوزراء الكندي جاستن ترودو هجوما لاذعا على الهند بسبب مقتل ناشط.", "الهند", "negative"),
    ("وشن وزير المالية الكيني جون موانغي هجوما حادا على نقابة المعلمين وحزب المعارضة.", "حزب المعارضة", "negative"),
    ("وأدان رئيس الوزراء الكندي جاستن ترودو الهجوم على الحكومة الهندية.", "الحكومة الهندية", "positive"),
    # the group among whose ranks something bad is found is not its doer
    ("وقالت الشرطة الكينية إن عناصر من حركة الشباب اندسوا وسط صفوف المتظاهرين في نيروبي.", "المتظاهرين", "neutral"),
    # doubts aimed at a side judge it, not who doubts
    ("وأبدى جون مارتن شكوكا حول نوايا الحكومة الإيرانية.", "الحكومة الإيرانية", "negative"),
    ("وقال جون مارتن إن الحكومة الإيرانية تشكك في نزاهة الانتخابات في كينيا.", "الحكومة الإيرانية", "neutral"),
    # a word of fundamentalism, as one of extremism, said of a group
    ("وقالت الشرطة الكينية إن الجماعات الأصولية تنشط في الشمال.", "الجماعات الأصولية", "negative"),
    # a party right after the verb of a clause joined by و (a future or negative particle says it is a verb) does not
    # take the words of the clause before ("الحادث المأساوي وسوف تبلغ X")
    ("وقال وزير الخارجية الكندي بيل بلير إن كندا تحقق في الحادث المأساوي وسوف تبلغ الأمم المتحدة بالنتائج.",
     "الأمم المتحدة", "neutral"),
    ("وقال وزير الخارجية الكندي بيل بلير إن كندا تحقق في الحادث المأساوي وستبلغ الأمم المتحدة بالنتائج.",
     "الأمم المتحدة", "neutral"),
    # sympathy shown to a party
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الشعب الكندي يشعر بتعاطف كبير مع الشعب الأوكراني.", "الشعب الأوكراني",
     "positive"),
    # no evaluative word: neutral
    ("وقال وزير المالية الفرنسي برونو لومير إن البنك المركزي الأوروبي سيجتمع الخميس.", "البنك المركزي الأوروبي", "neutral"),
    # a negation a few words before the evaluative word ("لا تسهم في تعزيز")
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن قرارات الحكومة الليبية لا تسهم في تعزيز الاستقرار.",
     "الحكومة الليبية", "negative"),
    # a state's office holder speaks for the government or army "in context" (no country named); a
    # columnist does not
    ("وقال العميد سامي الخطيب إن الجيش سيواصل عملياته في الشمال.", "الجيش", "positive"),
    ("وقال الكاتب الصحفي سامي الخطيب إن الحكومة سترفع الأسعار.", "الحكومة", "neutral"),
    # a question put in a statement is a rhetorical reproach
    ("وقال رئيس الوزراء الإثيوبي آبي أحمد: \"كيف تطالب مصر بالحوار وهي ترفض كل المقترحات؟\"", "مصر", "negative"),
    # "دون أن ترضخ لـ": the negation of a clause reaches its verb, not the verb's object two words on
    ("وقال وزير الخارجية الصيني وانغ يي إن الدول النامية تريد التنمية دون أن ترضخ لهيمنة الولايات المتحدة.",
     "الولايات المتحدة", "negative"),
    # a negation reaches through a verb of being or ability and a demonstrative to the evaluative word
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن أداء الحكومة الليبية لم يكن هذا العام مقبولا.",
     "الحكومة الليبية", "negative"),
    ("وقال وزير الدفاع التركي خلوصي أكار إن الجيش السوري لا يمكن أن يشكل تهديدا لتركيا.", "الجيش السوري", "positive"),
    # the good words a negated good word governs are denied with it
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن سياسة الحكومة الإسرائيلية لا تخدم السلام والاستقرار والتعاون في المنطقة.",
     "الحكومة الإسرائيلية", "negative"),
    # a word of fighting turns round the adjective of its object too
    ("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن الحكومة النيجيرية تقود مكافحة الإرهاب الوحشي.", "الحكومة النيجيرية", "positive"),
    # two negations cancel: a negated verb of giving up ("لن تتخلى عن دعم")
    ("وقال المستشار الألماني أولاف شولتس إن الحكومة الألمانية لن تتخلى عن دعم أوكرانيا.", "أوكرانيا", "positive"),
    # a word of fighting turns its object round, through words joined with و
    ("وقال المستشار الألماني أولاف شولتس إن الحكومة الصومالية تواصل مكافحة الإرهاب والقرصنة.", "الحكومة الصومالية", "positive"),
    # so is treating a problem ("معالجة الفساد")
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن الحكومة الإسبانية تعمل على معالجة الفساد.", "الحكومة الإسبانية", "positive"),
    # resisting and repelling are words of fighting too
    ("وقال رئيس الوزراء الإستوني كريستين ميكال إن ألمانيا تساعدنا على مقاومة الاحتلال.", "ألمانيا", "positive"),
    # quote marks part no phrase: the word of fighting reaches into the quote
    ("وقال رئيس الوزراء الإستوني كريستين ميكال إن بريطانيا تساعد في صد «الهجمات الإرهابية».", "بريطانيا", "positive"),
    ("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن فنزويلا تدعم «الإرهاب» في القارة.", "فنزويلا", "negative"),
    # a good word governing a bad one takes its side
    ("وقال وزير الخارجية الأمريكي أنتوني بلينكن إن فنزويلا تدعم الإرهاب في القارة.", "فنزويلا", "negative"),
    # a place named as where something happens is no side
    ("وقال الرئيس التشيلي غابرييل بوريتش إن العنف في ليبيا خطير.", "ليبيا", "neutral"),
    # a speaker speaks for their own country
    ("وقال وزير الخارجية المغربي ناصر بوريطة إن المغرب استعاد مكانته في أفريقيا.", "المغرب", "positive"),
    # the bad word the target stands right after is its own, even after a word of fighting
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن الأردن يقف في مواجهة عدوان إسرائيل على غزة.", "إسرائيل", "negative"),
    # supporting a group the speaker calls militias is bad, past the names of a list; fighting it is good
    ("وقال وزير الخارجية السعودي فيصل بن فرحان إن إريتريا تدعم حركة الشباب والميليشيات في الصومال.", "إريتريا", "negative"),
    ("وقال وزير الخارجية السعودي فيصل بن فرحان إن الجيش اليمني يواصل مكافحة الإرهاب والميليشيات.", "الجيش اليمني", "positive"),
    # inflections: the plural past ("أعدموا"), the accusative ("شريكا"), the feminine
    ("وقال الرئيس النيجيري بولا تينوبو إن مسلحي جماعة بوكو حرام خطفوا وأعدموا عمال إغاثة.", "بوكو حرام", "negative"),
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن اليابان كانت دائما شريكا موثوقا.", "اليابان", "positive"),
    # the one warned is the addressee, not the danger; the danger's words still speak of a party
    ("وحذرت وزارة الخارجية البريطانية المواطنين البريطانيين من السفر إلى لبنان.", "المواطنين البريطانيين", "neutral"),
    ("وحذر الرئيس الأمريكي جو بايدن إيران من مغبة التصعيد.", "إيران", "negative"),
    # a state or body of another side warned is threatened, even with no evaluative word
    ("وحذر وزير الخارجية الأمريكي أنتوني بلينكن فنزويلا من عواقب وخيمة.", "فنزويلا", "negative"),
    ("وحذر وزير الخارجية البريطاني ديفيد كاميرون الرئيس الفنزويلي نيكولاس مادورو من عواقب وخيمة.", "نيكولاس مادورو", "negative"),
    # the one replied to ("رد على تصريحات X") is rebutted; a reply's own words still count
    ("ورد وزير الخارجية الفرنسي جان إيف لودريان على تصريحات الرئيس الجزائري عبد المجيد تبون.", "عبد المجيد تبون", "negative"),
    ("وردت وزارة الخارجية الفرنسية بأن العلاقات مع الجزائر ممتازة.", "الجزائر", "positive"),
    # a side replying speaks for its own people: a reply naming them first rebuts none of them
    ("وردت الحكومة الموريتانية على حق الشعب الموريتاني في التعبير عن رأيه.", "الشعب الموريتاني", "positive"),
    # the good words of a call are wished for, not said of the party
    ("ودعت وزيرة الخارجية الألمانية أنالينا بيربوك حلف شمال الأطلسي إلى تعاون أوثق وتنسيق أفضل.", "حلف شمال الأطلسي", "neutral"),
    # quote marks are no words: the window around a mention counts words
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن مصر أبلغت «الحكومة الإسرائيلية» أن «سياستها» «الاستيطانية» مرفوضة.",
     "الحكومة الإسرائيلية", "negative"),
    # after a word of obligation the good words are wished for, and a bad thing wished away stays bad
    ("وقال رئيس الوزراء البريطاني ريشي سوناك إنه يجب على الاتحاد الأوروبي تقديم الدعم للمزارعين.",
     "الاتحاد الأوروبي", "neutral"),
    ("وقال الرئيس الليتواني جيتاناس نوسيدا إن روسيا يجب أن لا تتدخل في انتخابات مولدوفا.", "روسيا", "negative"),
    # so is what a party is said to need ("بحاجة إلى دعم")
    ("وقال رئيس الوزراء البريطاني ريشي سوناك إن الاتحاد الأوروبي بحاجة إلى دعم أكبر.", "الاتحاد الأوروبي", "neutral"),
    # what a colon opens after an obligation is still wished for
    ("وقال رئيس الوزراء البريطاني ريشي سوناك إنه يجب على الاتحاد الأوروبي أن يقدم: «دعما سخيا للمزارعين».",
     "الاتحاد الأوروبي", "neutral"),
    # but the one a wished good word is for is its object ("دعا إلى التعاون مع X"), past a "not only"
    ("ودعت وزيرة الخارجية الألمانية أنالينا بيربوك إلى التعاون ليس فقط مع كندا بل مع المكسيك أيضا.", "كندا", "positive"),
    # "ليس فقط" adds, it negates nothing
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن اليابان ليست فقط شريكا موثوقا بل صديق قديم.", "اليابان", "positive"),
    # hope is the speaker's attitude towards an outcome, not an evaluation of a party
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إنه يأمل أن تستضيف البرازيل القمة المقبلة.", "البرازيل", "neutral"),
    # what is fought is a negative target, even next to a good word; who suffers a condemned act is not
    ("وقال وزير الخارجية الفرنسي جان إيف لودريان إن فرنسا تدعم العمليات العسكرية ضد تنظيم داعش.", "داعش", "negative"),
    ("وقال الرئيس التركي رجب طيب أردوغان إن بلاده ستواصل مكافحة حزب العمال الكردستاني.", "حزب العمال الكردستاني", "negative"),
    ("وأدان وزير الخارجية الأردني أيمن الصفدي العدوان على غزة.", "غزة", "positive"),
    # also past the bad act's adjective
    ("وأدان وزير الخارجية الأردني أيمن الصفدي العدوان الإسرائيلي على غزة.", "غزة", "positive"),
    # the topic of a named event is no evaluation ("قمة التنمية"); the adjective of "عملية إرهابية" is
    ("وقال الرئيس الكيني وليام روتو إن البنك الدولي سيشارك في قمة التنمية في نيروبي.", "البنك الدولي", "neutral"),
    ("وقال الرئيس الكيني وليام روتو إن حركة الشباب نفذت عملية إرهابية في مومباسا.", "حركة الشباب", "negative"),
    # the plural of a topic head too ("برامج التنمية")
    ("وقال الرئيس الكيني وليام روتو إن البنك الدولي يمول برامج التنمية في الأرياف.", "البنك الدولي", "neutral"),
    # words inside a name lend nothing ("التعاون" of منظمة التعاون الإسلامي)
    ("وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن منظمة التعاون الإسلامي ستعقد اجتماعا في جدة.",
     "منظمة التعاون الإسلامي", "neutral"),
    # a compound preposition lends nothing: "بناء على طلب X" is at X's request, nothing constructive
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن الاجتماع عقد في لشبونة بناء على طلب إسبانيا.", "إسبانيا", "neutral"),
    # a bad thing for X (ل) is not X's own
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن بيع الطائرات يمثل خطرا كبيرا لإسبانيا.", "إسبانيا", "neutral"),
    # but a noun of criticism aimed through ل, at X or at X's title, criticizes X
    ("ووجه وزير الخارجية البرتغالي جواو غوميش انتقادات حادة للحكومة الإسبانية.", "الحكومة الإسبانية", "negative"),
    ("ووجه وزير الخارجية البرتغالي جواو غوميش انتقادات حادة لرئيس الوزراء الإسباني بيدرو سانشيز.", "بيدرو سانشيز", "negative"),
    # but ل before a word of opposition names the doer
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن التجسس لإسبانيا على المسؤولين البرتغاليين عمل عدائي خطير.",
     "إسبانيا", "negative"),
    # a speaker's own side named as one side of a relation is no side they speak for (the country of
    # another's title is no target at all: test_a_titles_country_is_no_target)
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن العلاقات بين الهند وبنغلاديش ستبحث في القمة المقبلة.", "الهند", "neutral"),
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند ستشارك في القمة المقبلة.", "الهند", "positive"),
    # a town with ب after a word of the content is where something happens; praised with ب it is a side
    ("وأعلنت وزارة الاستثمار المصرية عن إنشاء مصنعين جديدين بمدينة بورسعيد.", "بورسعيد", "neutral"),
    ("وأشاد محافظ الإسكندرية محمد الشريف بمدينة بورسعيد.", "بورسعيد", "positive"),
    # members of X counted by a number (a casualty report) are no stance towards X
    ("وقال المتحدث باسم الصليب الأحمر توماس شميت إن أعمال العنف الدامية أسفرت عن مقتل 20 عنصرا من الجيش المالي.",
     "الجيش", "neutral"),
    ("وقال المتحدث باسم الصليب الأحمر توماس شميت إن الهجوم الإرهابي قتل خمسة من الشرطة النيجيرية.", "الشرطة", "neutral"),
    # ruling out ("استبعد") a possibility says nothing of the party in it
    ("واستبعد وزير الخارجية البرتغالي جواو غوميش مشاركة إسبانيا في القمة المقبلة.", "إسبانيا", "neutral"),
    # a noun of help or auspices after ب is a compound preposition ("بمساعدة X" = with X's help)
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن الاتفاق وقع بمساعدة إسبانيا.", "إسبانيا", "neutral"),
    # the act's prior reaches a country, not a town or region, which is where, not a side
    ("وحذرت وزارة الداخلية المصرية من السفر إلى بورسعيد خلال العاصفة.", "بورسعيد", "neutral"),
    ("وانتقد وزير الخارجية المصري سامح شكري إثيوبيا بسبب ملء السد.", "إثيوبيا", "negative"),
    # "X وحده يتحمل المسؤولية" blames X: وحده (alone) is no وحدة (unity), though they fold alike
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن الحكومة الإسبانية وحدها تتحمل المسؤولية عن الأزمة.",
     "الحكومة الإسبانية", "negative"),
    # a good word takes the side of the bad one it governs past في ("شريكا في الجريمة")
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن الحكومة الإسبانية كانت شريكا في الجريمة.", "الحكومة الإسبانية", "negative"),
    # a bad word governs the good word right after it ("تهدد الاستقرار")
    ("وقال وزير الخارجية البرتغالي جواو غوميش إن سياسة الحكومة الإسبانية تهدد الاستقرار في المنطقة.",
     "الحكومة الإسبانية", "negative"),
    # the act's object keeps the act's prior, even when it is the speaker's own side
    ("واتهم رئيس الوزراء الباكستاني شهباز شريف الحكومة بالفساد.", "الحكومة", "negative"),
    # rejecting X's decision rejects X (declining to speak of it is no statement: test_declining_to_speak_rejects_no_one)
    ("ورفض وزير الخارجية البرتغالي جواو غوميش قرار الحكومة الإسبانية.", "الحكومة الإسبانية", "negative"),
    # words of competence, and of incompetence when negated ("ليست قادرة", "غير مؤهلة")
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية ليست قادرة على إدارة الاقتصاد.",
     "الحكومة الكينية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن البرلمان الكيني غير مؤهل لمناقشة الدستور.", "البرلمان الكيني", "negative"),
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الحكومة اليابانية قادرة على قيادة المنطقة.", "الحكومة اليابانية", "positive"),
    # ta marbuta is written ت before a pronoun ending ("حكمته" is حكمة)
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن رئيس الوزراء الياباني فوميو كيشيدا أثبت حكمته.", "فوميو كيشيدا", "positive"),
    # the act's prior reaches the doer of its object, named in a relative clause whose verb points back
    # to the object; not the one that verb is done to
    ("ورفض رئيس الوزراء الهندي ناريندرا مودي الدعوة إلى وقف القتال في كشمير التي وجهها رئيس الوزراء الباكستاني شهباز شريف.",
     "شهباز شريف", "negative"),
    ("وأشاد وزير الخارجية الأردني أيمن الصفدي بالمشاريع في مدينة بنغازي التي تقوم بها الحكومة الليبية.", "الحكومة الليبية", "positive"),
    # a word of illusion said of a party's plan
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن خطة الحكومة الكينية الوهمية لن تنجح.", "الحكومة الكينية", "negative"),
    # the act's object is the person, not the body of the title before the name (no target at all:
    # test_a_titles_country_is_no_target)
    ("وانتقد وزير الخارجية الأردني أيمن الصفدي رئيس حزب المؤتمر الهندي راهول غاندي.", "راهول غاندي", "negative"),
    # toppling, trying, punishing a party fights it
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الشعب يريد إسقاط الحكومة الكينية.", "الحكومة الكينية", "negative"),
    # negation scope: a derived verb read through its perfect ("لا تحترم"), lacking ("تفتقر إلى"), failing to do
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية لا تحترم الدستور.", "الحكومة الكينية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية تفتقر إلى الشفافية.", "الحكومة الكينية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية فشلت في تحقيق الاستقرار.", "الحكومة الكينية", "negative"),
    # a place with a relative clause after it is spoken of, not only where something happens
    ("وقال وزير الخارجية الياباني يوشيماسا هاياشي إن طوكيو تتابع الوضع في الهند التي تعد شريكا مهما.", "الهند", "positive"),
    ("وقال وزير الخارجية الياباني يوشيماسا هاياشي إن طوكيو تتابع الوضع في الهند باهتمام كبير.", "الهند", "neutral"),
    # the one a condemned fight is aimed at suffers it
    ("وأدان زعيم المعارضة الكينية رايلا أودينغا محاولات إسقاط الحكومة الكينية.", "الحكومة الكينية", "positive"),
    # the feeling expressed after "أعرب ... عن" is the act's stance, with the speaker between them
    ("وأعرب وزير الخارجية الأردني أيمن الصفدي عن قلقه إزاء قرار الحكومة الليبية.", "الحكومة الليبية", "negative"),
    ("وأعربت وزيرة الخارجية الأسترالية بيني وونغ عن أسفها لقرار الحكومة الليبية.", "الحكومة الليبية", "negative"),
    ("وعبر وزير الخارجية الأردني أيمن الصفدي عن تضامنه مع الحكومة الليبية.", "الحكومة الليبية", "positive"),
    # a negated verb of tolerating rejects what follows, and the bad thing it does not tolerate stays bad;
    # the same verb not negated judges nothing
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا لن تقبل بتدخل الحكومة الليبية في شؤونها.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا لن تسمح للحكومة الليبية بشراء الطائرات.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا لن تسمح للحكومة الليبية بشراء الطائرات.", "فرنسا", "neutral"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا سمحت للحكومة الليبية بفتح مكتب جديد.", "الحكومة الليبية", "neutral"),
    # two negations joined by و ("لم ولن") are one negation of two times, not two that cancel
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية لم ولن تكون شريكا موثوقا.", "الحكومة الليبية", "negative"),
    # a party joined by و with a verb of its own opens a clause: the words before it are the clause before's
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا حريصة على السلام والحكومة الليبية تمول الإرهاب.", "الحكومة الليبية", "negative"),
    # a group the speaker names with a bad word is negative, whatever stands near it
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا حريصة على السلام والحكومة الليبية تمول المرتزقة.", "المرتزقة", "negative"),
    # meddling in the affairs of X: X suffers it
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية تتدخل في شؤون تشاد.", "تشاد", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية تتدخل في شؤون تشاد.", "الحكومة الليبية", "negative"),
    # "على X أن ...": what X must do is wished for, and the bad thing X must stop stays bad
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن على الحكومة الليبية أن تتوقف عن قمع المتظاهرين.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن على الحكومة الليبية أن تدعم جهود السلام.", "الحكومة الليبية", "neutral"),
    # a bad act done to someone named right after it is not theirs
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية تواصل قمع المتظاهرين.", "المتظاهرين", "neutral"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية تواصل قمع المتظاهرين.", "الحكومة الليبية", "negative"),
    # also past the title that names them: the harm is done to the one the title names
    ("وقال رئيس الحكومة الكينية جون موانغي إن البلاد شهدت اغتيال الصحفي دانيال كيبتو.", "دانيال كيبتو", "neutral"),
    ("وقال رئيس الحكومة الكينية جون موانغي إن اغتيال الرئيس دانيال كيبتو هز البلاد.", "دانيال كيبتو", "neutral"),
    # a verb of giving up that also reads as a word of stopping ("التوقف" -> وقف) turns the next word round once
    ("وطالب زعيم المعارضة الكينية رايلا أودينغا الحكومة الليبية بالتوقف عن دعم الإرهاب.", "الحكومة الليبية", "negative"),
    # a negated word of belittling is praise
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الأخطاء لا تنتقص من مكانة الحكومة الليبية.", "الحكومة الليبية", "positive"),
    # "ما يسمى بـX": the speaker denies X its name; "التي تسمى X" only names it
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن ما يسمى بالحكومة الليبية لا تمثل أحدا.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن المنطقة التي تسمى ليبيا كانت مستعمرة.", "ليبيا", "neutral"),
    # the object of a relative clause's verb is not described by the words before the relative pronoun
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا تدين بشدة الهجوم الإرهابي الذي استهدف الحكومة الليبية.", "الحكومة الليبية", "neutral"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا تدين بشدة الهجوم الإرهابي الذي نفذته الحكومة الليبية.", "الحكومة الليبية", "negative"),
    # a verb of demanding or calling inside a content: its good words are wished for, but the good word the
    # target is the object of is its own
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا تدعو إلى تعزيز التعاون مع الحكومة الليبية.", "الحكومة الليبية", "positive"),
    # civilians, victims, hostages and the displaced are not blamed for what befell them
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية تتحمل المسؤولية الكاملة عن مقتل المدنيين.", "المدنيين", "neutral"),
    # a negation reaches through "any" to the good word it denies
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية لم تبد أي تعاون مع المحققين.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الليبية لا تملك أية شرعية.", "الحكومة الليبية", "negative"),
    # a warning is aimed at the one warned, through ل or as the object of a verb of warning; a warning of a
    # flood names no party
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا وجهت تحذيرا شديدا للحكومة الليبية.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا حذرت الحكومة الليبية من عواقب وخيمة.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا حذرت الحكومة الليبية من عواقب وخيمة.", "فرنسا", "neutral"),
    # words that judge only after غير
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن قرار الحكومة الليبية غير قانوني.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن المستشار القانوني للحكومة الليبية سيزور نيروبي.", "الحكومة الليبية", "neutral"),
    # a verb of condemning, rejecting or accusing judges its object, not its doer, nor is the charge a merit
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا تتهم الحكومة الليبية بدعم التمرد.", "الحكومة الليبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا تتهم الحكومة الليبية بدعم التمرد.", "فرنسا", "neutral"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا ترفض بشدة التدخل العسكري في المنطقة.", "فرنسا", "neutral"),
    # with its object as a pronoun, the name after it is its doer
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا طلبت تأجيل الانتخابات وهذا ما تنتقده الحكومة الليبية.",
     "الحكومة الليبية", "neutral"),
    # the one sanctions are imposed on is punished, not one who suffers a wrong
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن فرنسا فرضت عقوبات على الحكومة الليبية.", "الحكومة الليبية", "negative"),
    # an organization outlawed as terrorist is negative for a speaker who does not speak for it
    ("وصرح وزير الدفاع الكندي بيل بلير بأن الجيش العراقي ألحق خسائر كبيرة بتنظيم داعش.", "داعش", "negative"),
    # a place after a place head and a locative word ("في مدينة X") is where, no side
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الخطة الاقتصادية فاشلة، وإن الاحتجاجات ستتواصل في مدينة حلب.", "حلب", "neutral"),
    # a negated verb of changing or affecting denies the change: the good thing it would touch stands
    ("وأوضح رئيس البرلمان الجزائري صالح بوغالي أن الخلاف الأخير لن يمس المساندة الكبيرة التي تقدمها موسكو لنا.",
     "موسكو", "positive"),
    ("وقال وزير الخارجية الهندي سوبرامانيام جايشانكار إن الخلاف التجاري لن يغير الموقف الداعم الذي تتبناه فرنسا.", "فرنسا", "positive"),
    # a noun after an indefinite event or plan head is its topic, no evaluation ("محادثات سلام برعاية X")
    ("وأوضح رئيس البرلمان الجزائري صالح بوغالي أن الوقت مبكر للحديث عن محادثات سلام جديدة ترعاها الأمم المتحدة.",
     "الأمم المتحدة", "neutral"),
    # what is said not to represent or reflect a side is disowned; "not necessarily" only hedges, and a
    # negated verb of representing before an evaluative word speaks of that word
    ("وأوضح رئيس البرلمان الجزائري صالح بوغالي أن آراء حمدي الصباحي لا تعبر عن موقف الدولة.", "حمدي الصباحي", "negative"),
    ("وأوضح رئيس البرلمان الجزائري صالح بوغالي أن آراء حمدي الصباحي لا تعبر بالضرورة عن رأي الدولة.", "حمدي الصباحي", "neutral"),
    ("وأوضح رئيس البرلمان الجزائري صالح بوغالي أن حمدي الصباحي لا يمثل خطرا على أحد.", "حمدي الصباحي", "positive"),
    # "يمثل أمام المحكمة" is appearing before it, no representing
    ("وأوضح رئيس البرلمان الجزائري صالح بوغالي أن حمدي الصباحي لن يمثل أمام القضاء هذا الأسبوع.", "حمدي الصباحي", "neutral"),
    # a name right after a group the speaker names badly is what the group is of ("ميليشيات حركة X")
    ("وقال مسؤول ليبي إن الغارة أصابت عدة قادة من ميليشيات حركة النصر قرب المطار.", "حركة النصر", "negative"),
    # words of scorn for a faction's men and for a lust for power
    ("وصرح رئيس الحكومة التونسية أحمد الحشاني بأن حمدي الصباحي من فلول العهد البائد.", "حمدي الصباحي", "negative"),
    # a party named after a preposition deep in the content is inside the act's object, not the object: the
    # act's prior does not reach it (the object opening the content still takes it)
    ("ونفى المتحدث باسم الجيش السوداني نبيل عبد الله صحة التقارير المتداولة منذ أيام عن لقاءات سرية مع الحكومة الإثيوبية.",
     "الحكومة الإثيوبية", "neutral"),
    ("ونفى المتحدث باسم الجيش السوداني نبيل عبد الله اتهامات الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    # a party asked to stop or cease does what must stop; a ceasefire asked of it accuses it of nothing
    ("وطالبت وزيرة الخارجية الكندية ميلاني جولي القوات الروسية بوقف الغارات على الموانئ.", "القوات الروسية", "negative"),
    ("ودعت وزيرة الخارجية الكندية سارة بلوم الحكومة الإثيوبية إلى الكف عن احتجاز الصحفيين.", "الحكومة الإثيوبية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن على الحكومة الإثيوبية أن تتوقف عن احتجاز الصحفيين.",
     "الحكومة الإثيوبية", "negative"),
    ("ودعت وزيرة الخارجية الكندية سارة بلوم الحكومة الإثيوبية إلى وقف إطلاق النار فورا.", "الحكومة الإثيوبية", "neutral"),
    # the halt with the article and an adjective of at once ("بالوقف الفوري لـ"); a ceasefire past that adjective is none
    ("وطالبت وزيرة الخارجية الكندية سارة بلوم القوات الروسية بالوقف الفوري لغاراتها على الموانئ.", "القوات الروسية",
     "negative"),
    ("ودعت وزيرة الخارجية الكندية سارة بلوم الحكومة الإثيوبية إلى «الوقف الفوري للهجمات الجوية».", "الحكومة الإثيوبية",
     "negative"),
    ("ودعت وزيرة الخارجية الكندية سارة بلوم الحكومة الإثيوبية إلى الوقف الفوري لإطلاق النار.", "الحكومة الإثيوبية",
     "neutral"),
    # refusing to recognize is a rejection; losing a good thing is lacking it; standing by a party supports it
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن كندا لن تعترف بالحكومة الإثيوبية الجديدة.", "الحكومة الإثيوبية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية فقدت مصداقيتها أمام العالم.", "الحكومة الإثيوبية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن كندا ستقف إلى جانب الحكومة الأوكرانية حتى النهاية.",
     "الحكومة الأوكرانية", "positive"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن البنك الدولي سيعمل إلى جانب الحكومة الإثيوبية.", "الحكومة الإثيوبية", "neutral"),
    # "تقدم" after لم, لن, أن is the verb "offers", no progress
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية لم تقدم حتى الآن ردها على المقترح.", "الحكومة الإثيوبية", "neutral"),
    # but the negation reaches past that verb to the good thing it does not offer
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية لم تقدم دعما حقيقيا للاجئين.", "الحكومة الإثيوبية", "negative"),
    # objecting and displeasure judge what they are aimed at, not who feels them
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية أبدت استياءها من تصريحات الحكومة الصومالية.",
     "الحكومة الإثيوبية", "neutral"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن لدى كندا اعتراضات جدية على قرار الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    # the لا of "لا سيما" (especially) is no negation
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية حققت الكثير، ولا سيما دعم الاستقرار في الإقليم.",
     "الحكومة الإثيوبية", "positive"),
    # "X في خطر", "X في أزمة": the state X is in, not its doing; "في الإرهاب" names what X takes part in
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن حياة حمدي الصباحي في خطر.", "حمدي الصباحي", "neutral"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن دور الحكومة الإثيوبية في الإرهاب واضح.", "الحكومة الإثيوبية", "negative"),
    # and a warning does not reach one who only suffers what it warns of
    ("وحذرت وزيرة الخارجية الكندية ميلاني جولي من أن حياة حمدي الصباحي في خطر.", "حمدي الصباحي", "neutral"),
    # under a warning, the one who will face the harm or is exposed to it is its patient; the one who exposes others is not
    ("وحذر وزير المالية الكيني جون موانغي من أن الحكومة الأوغندية ستواجه عجزا كبيرا في الموازنة.", "الحكومة الأوغندية", "neutral"),
    ("وحذر وزير المالية الكيني جون موانغي من أن التأخير يعرض أموال الاتحاد الأفريقي للخطر.", "الاتحاد الأفريقي", "neutral"),
    ("وحذر وزير المالية الكيني جون موانغي من أن القانون سيضع حزب العدالة أمام مخاطر جسيمة.", "حزب العدالة", "neutral"),
    ("وحذر وزير المالية الكيني جون موانغي من أن الحرب ستجر أوغندا إلى الفوضى.", "أوغندا", "neutral"),
    ("وحذر وزير المالية الكيني جون موانغي من أن الحكومة الأوغندية تعرضت لهجوم عنيف.", "الحكومة الأوغندية", "neutral"),
    ("وحذر وزير المالية الكيني جون موانغي من أن الحكومة الأوغندية تعرض حياة المدنيين للخطر.", "الحكومة الأوغندية", "negative"),
    ("وحذر وزير المالية الكيني جون موانغي من أن رئيس الوزراء بول كاغامي قد يواجه امتحانا عسيرا.", "بول كاغامي", "neutral"),
    ("وحذر وزير المالية الكيني جون موانغي من أن القانون سيضع الشرطة الكينية أمام قرارات صعبة.", "الشرطة الكينية", "neutral"),
    # "وثيقة" is close only after a noun of relation; alone it is a document
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية نشرت وثيقة جديدة حول السدود.", "الحكومة الإثيوبية", "neutral"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن كندا تربطها بالحكومة الإثيوبية علاقات وثيقة.", "الحكومة الإثيوبية", "positive"),
    # blame laid on a party through على judges it; a bad act done on it is suffered
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن كندا تلقي باللوم على الحكومة الإثيوبية في تدهور الأوضاع.",
     "الحكومة الإثيوبية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن اللوم يقع على الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    # refusing a good thing speaks of the one who refuses; rejecting a bad thing does not
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية رفضت التعاون مع المحققين.", "الحكومة الإثيوبية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية ترفض التدخل الأجنبي.", "الحكومة الإثيوبية", "neutral"),
    # what a harmed good thing governs is harmed too ("تعرقل جهود السلام")
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحكومة الإثيوبية تعرقل جهود السلام.", "الحكومة الإثيوبية", "negative"),
    # one's own side as the subject of what a denial denies is cleared of it: defended, like one's own side elsewhere
    ("ونفى وزير الدفاع الكندي بيل بلير أن تكون كندا قد أرسلت جنودا إلى الحدود.", "كندا", "positive"),
    # "التقدم نحو" is moving forward, no progress
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن قوات الحكومة الإثيوبية حاولت التقدم نحو المطار.", "الحكومة الإثيوبية", "neutral"),
    # "تقدم بـ" files a request or a suit, or leads by a margin: no progress
    ("وقال وزير الخارجية الكيني جون موانغي إن الحكومة الأوغندية تقدمت بدعوى أمام المحكمة.", "الحكومة الأوغندية", "neutral"),
    ("وقال وزير الخارجية الكيني جون موانغي إن حزب العدالة يتقدم بأكثر من عشر نقاط.", "حزب العدالة", "neutral"),
    ("وقال وزير الخارجية الكيني جون موانغي إن حزب العدالة حقق تقدما كبيرا.", "حزب العدالة", "positive"),
    # legitimacy given, drawn or to be restored is at stake, no merit held; held, or denied, it judges
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية ستضطر إلى إعادة بناء شرعيتها.", "الحكومة الكينية", "neutral"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الاتفاق يمنح أوغندا شرعية جديدة.", "أوغندا", "neutral"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية هي الحكومة الشرعية الوحيدة.", "الحكومة الكينية", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية فقدت كل شرعية.", "الحكومة الكينية", "negative"),
    # dissolving a body fights it; "الحل" (the solution) fights nothing
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن المعارضة تطالب بحل البرلمان الإثيوبي.", "البرلمان الإثيوبي", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن الحل يمر عبر حوار مع الحكومة الإثيوبية.", "الحكومة الإثيوبية", "neutral"),
    # regret is aimed at its cause, not at the one it is told to
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن كندا تأسف لقرار الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إنها أبلغت الحكومة الإثيوبية أسفها لتأجيل الزيارة.", "الحكومة الإثيوبية", "neutral"),
    # an honorific before a title is no happiness
    ("وقالت وزيرة الخارجية الكندية ميلاني جولي إن سعادة السفير القطري سيزور الحكومة الإثيوبية غدا.", "الحكومة الإثيوبية", "neutral"),
    # the speaker's own country or body named by a possessive ("بلاده", "منظمته") is their own side like one
    # named by name, by the same rule: spoken for, but not for what it suffers nor where something happens
    ("وقال رئيس كينيا وليام روتو إن بلاده سترسل مساعدات إلى الصومال.", "كينيا", "positive"),
    ("وقال رئيس كينيا وليام روتو إن بلاده تعاني من جفاف شديد.", "كينيا", "neutral"),
    ("وقال رئيس كينيا وليام روتو إن العنف في بلاده تراجع كثيرا.", "كينيا", "neutral"),
    ("وصرح ماتياس برونر -وهو ناطق باسم برنامج الأغذية العالمي- بأن منظمته ستوزع الطحين في المخيمات.",
     "برنامج الأغذية العالمي", "positive"),
    ("وصرح ماتياس برونر -وهو ناطق باسم برنامج الأغذية العالمي- بأن منظمته تعاني من عجز كبير في التمويل.",
     "برنامج الأغذية العالمي", "neutral"),
    # violating, a worrying thing, trust denied, the perfect in ت of verbs of wrongdoing and of keeping one's word,
    # and "unwanted" after غير (persona non grata)
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا خالفت الاتفاق المبرم بين البلدين.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن سلوك بوليفيا على الحدود مثير للقلق.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا لا يمكن الوثوق بوعودها.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا أخفقت في حماية الصيادين.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا التزمت بوقف الصيد الجائر.", "بوليفيا", "positive"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا لم تلتزم بما وعدت به.", "بوليفيا", "negative"),
    ("وأعلنت وزارة الخارجية التشيلية أن نشاط منظمة السلام الأخضر بات غير مرغوب فيه هناك.", "منظمة السلام الأخضر", "negative"),
    # a town or capital right after the head of a gathering or accord is its site, no side; a country is a party
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن مؤتمر جنيف قد يكون آخر فرصة لإنقاذ الهدنة.", "جنيف", "neutral"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن محادثات فيينا حققت تقدما كبيرا.", "فيينا", "neutral"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن فيينا حققت تقدما كبيرا.", "فيينا", "positive"),
    # what is incumbent on X to stop, as a verbal noun with no أن, is X's doing
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن على بوليفيا التوقف عن إرسال السفن إلى الحدود.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن الضغوط على بوليفيا تتزايد.", "بوليفيا", "neutral"),
    # ignoring is bad; "far from" denies the good or bad word after it
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا تتجاهل قرارات المحكمة الدولية.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن دور بوليفيا لا يمكن تجاهله.", "بوليفيا", "positive"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا تتصرف بعيدا عن احترام القانون الدولي.", "بوليفيا", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن بوليفيا تعمل بعيدا عن العنف.", "بوليفيا", "positive"),
    # the good words of what is discussed are no one's merit; its bad words still judge
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن وفدا من بوليفيا سيصل غدا لمناقشة التعاون الاقتصادي.", "بوليفيا", "neutral"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن وفدا من بوليفيا سيصل غدا لتعزيز التعاون الاقتصادي.", "بوليفيا", "positive"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن الوزراء سيجتمعون لمناقشة اعتداءات بوليفيا على الصيادين.",
     "بوليفيا", "negative"),
    # a government "in context" named with another nation's adjective is that nation's, not the official's own side
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن الحكومة التشيلية ستواصل المحادثات.", "الحكومة التشيلية", "positive"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن الحكومة البوليفية ستواصل المحادثات.", "الحكومة البوليفية", "neutral"),
    ("واستنكر وزير الخارجية التشيلي ألبرتو فان كلافيرين قرار الحكومة البوليفية.", "الحكومة البوليفية", "negative"),
    # the words next to a mention do not reach across "but" or "while" into another subject's clause
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إثيوبيا حليف موثوق لكن إريتريا تزعزع استقرار المنطقة.", "إريتريا", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إثيوبيا حليف موثوق لكن إريتريا تزعزع استقرار المنطقة.", "إثيوبيا", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إثيوبيا تدعم السلام بينما إريتريا تسلح المتمردين.", "المتمردين", "neutral"),
    # a denial of a happening ("نفى وجود", "نفى أي") judges no party named in it; denying a party's charges does
    ("ونفى وزير الخارجية الكيني موساليا مودافادي وجود خلافات مع الحكومة الإثيوبية.", "الحكومة الإثيوبية", "neutral"),
    ("ونفى وزير الخارجية الكيني موساليا مودافادي أي تدخل للحكومة الإثيوبية في الشؤون الصومالية.", "الحكومة الإثيوبية", "neutral"),
    ("ونفى وزير الخارجية الكيني موساليا مودافادي اتهامات الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    # the one a condemned act was done to suffers it (as "أدان العدوان على X"): after a word of harm and a title,
    # the object of a relative clause on the act's object, the subject of a verb of suffering it, past X's noun
    ("وأدان وزير الخارجية الكيني موساليا مودافادي الهجوم الذي استهدف السفارة الإثيوبية في نيروبي.",
     "السفارة الإثيوبية في نيروبي", "positive"),
    ("وأدان وزير الخارجية الكيني موساليا مودافادي اغتيال الصحفي الصومالي عبد الله محمد.", "عبد الله محمد", "positive"),
    ("وأدان وزير الخارجية الكيني موساليا مودافادي الهجوم الإرهابي الذي تعرضت له إثيوبيا.", "إثيوبيا", "positive"),
    ("وأدان وزير الخارجية الكيني موساليا مودافادي الاعتداء على قافلة الأمم المتحدة.", "الأمم المتحدة", "positive"),
    ("وأدان وزير الخارجية الكيني موساليا مودافادي الهجوم الذي نفذته حركة الشباب.", "حركة الشباب", "negative"),
    # a party joined by و to the one before shares its stance when no word of its own judges it, and when it is
    # joined to the act's object; not one joined to the speaker's own side
    ("ورحب وزير الخارجية الكيني موساليا مودافادي بالاتفاق الموقع بين إثيوبيا وإريتريا.", "إريتريا", "positive"),
    ("واتهم وزير الخارجية الكيني موساليا مودافادي إثيوبيا وإريتريا بدعم المتمردين.", "إريتريا", "negative"),
    ("وأدان وزير الخارجية الكيني موساليا مودافادي الهجمات على إثيوبيا وإريتريا.", "إريتريا", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن كينيا وإريتريا ستعقدان قمة.", "إريتريا", "neutral"),
    # but a party joined by و with a verb of its own opens a clause, and one listed beside militias is not called so
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إريتريا تسلح الميليشيات وإثيوبيا تسعى إلى التهدئة.", "إثيوبيا", "neutral"),
    # "لا يزال", "لم يزل" (still) is no negation
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إريتريا لا تزال تنتهك القانون الدولي.", "إريتريا", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إثيوبيا لا تزال شريكا موثوقا.", "إثيوبيا", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إثيوبيا لم تزل ملتزمة بالسلام.", "إثيوبيا", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن إثيوبيا لا تدعم السلام.", "إثيوبيا", "negative"),
    # claiming marks the writer's doubt, not the speaker's stance: the claim's words decide
    ("وزعم وزير الخارجية الإريتري عثمان صالح أن الحكومة الإثيوبية تدعم السلام.", "الحكومة الإثيوبية", "positive"),
    ("وادعى وزير الخارجية الإريتري عثمان صالح أن الحكومة الإثيوبية تدعم الإرهاب.", "الحكومة الإثيوبية", "negative"),
    # the verb of stopping before its subject, after the أن of a demand or an obligation; not of a plan told
    ("وطالب وزير الخارجية الكيني موساليا مودافادي بأن تنسحب القوات الإريترية من الحدود.", "القوات الإريترية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إنه يجب أن تتوقف الحكومة الإريترية عن دعم المتمردين.", "الحكومة الإريترية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الخطة تقضي بأن تنسحب القوات الإريترية من الحدود غدا.",
     "القوات الإريترية", "neutral"),
    # a pivotal role in making a thing succeed is praise
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن البرازيل لعبت دورا محوريا في إنجاح المفاوضات.", "البرازيل", "positive"),
    # releasing whom X holds and withdrawing asked of X: X holds or stands where it must not
    ("وطالب وزير الخارجية الكيني موساليا مودافادي الحكومة الإثيوبية بالإفراج عن الصيادين.", "الحكومة الإثيوبية", "negative"),
    ("ودعا وزير الخارجية الكيني موساليا مودافادي الحكومة الإثيوبية إلى سحب قواتها من الحدود.", "الحكومة الإثيوبية", "negative"),
    # what a party suffers past its nationality adjective; foiling turns the bad thing round; excessive force is bad
    ("وقال مصدر أمني إن الجيش الكيني تعرض لهجوم عنيف قرب الحدود.", "الجيش", "neutral"),
    ("وقالت وزارة الداخلية الكينية إن الشرطة الكينية أحبطت محاولة تهريب أسلحة.", "الشرطة", "positive"),
    ("وقالت منظمة العفو الدولية إن الشرطة الكينية استخدمت القوة المفرطة ضد المحتجين.", "الشرطة", "negative"),
    # stepping down asked of X is what X must stop doing; على may stand before X's title
    ("ودعا زعيم المعارضة البيروفية كيكو فوجيموري الحكومة البيروفية إلى الاستقالة فورا.", "الحكومة البيروفية", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن على الرئيس البوليفي لويس آرسي أن يتنحى.", "لويس آرسي", "negative"),
    ("وقال وزير الخارجية التشيلي ألبرتو فان كلافيرين إن الرئيس البوليفي لويس آرسي يرفض الاستقالة.", "لويس آرسي", "neutral"),
    # facilitating a party's way is a help to it
    ("وصرح رئيس الحكومة الأردنية بشر الخصاونة بأن الحكومة قررت تسهيل إجراءات المستثمرين الكويتيين.", "المستثمرين الكويتيين", "positive"),
    # a negated "any" denies the good things of the phrase it opens, not the bad ones past its head
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية لم تبد أي رغبة في التعاون.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية لم تتخذ أي خطوة لوقف العنف.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية لا تريد أية مساعدة.", "الحكومة الإثيوبية", "negative"),
    # refusing all the good things named ("كل", "جميع") is refusing a good thing
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية رفضت كل المبادرات السلمية.", "الحكومة الإثيوبية", "negative"),
    # evading, manipulating; flexibility and being right said of a party
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية تتهرب من التزاماتها.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية تتلاعب بمشاعر الناس.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية أبدت مرونة كبيرة في المفاوضات.", "الحكومة الإثيوبية", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية محقة في موقفها.", "الحكومة الإثيوبية", "positive"),
    # failing to do is bad for the one who fails, whatever it fails at; a stumbling block is put in the way
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية فشلت في تنفيذ الاتفاق.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية فشلت في حماية المدنيين.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية تقف حجر عثرة أمام السلام.", "الحكومة الإثيوبية", "negative"),
    # a bad verb governs the good thing past في ("يماطل في تنفيذ"): the good thing is what is harmed
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية راوغت في الالتزام بالجدول الزمني.", "الحكومة الإثيوبية", "negative"),
    # X's support of a bad thing is X's as the phrase reads it, though the word of support stands right before X
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن دعم الحكومة الإريترية للمتمردين مرفوض.", "الحكومة الإريترية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن دعم الحكومة الإريترية للإرهاب لم يعد سرا.", "الحكومة الإريترية", "negative"),
    # the one a demand to stop is made of ("X مطالبة بوقف"), and the one pressed to stop ("الضغط على X لوقف")
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية مطالبة بوقف الاعتداءات.", "الحكومة الإريترية", "negative"),
    # the ب of the demand written apart before the quoted words asked for ("طالب X بـ«وقف»")
    ("وطالب وزير الخارجية الكندي جون مارتن الحكومة الإريترية بـ«وقف الاعتداءات على المدنيين».", "الحكومة الإريترية", "negative"),
    # a disclosure or an allowance demanded of a party owns what it withholds or blocks
    ("وطالب وزير الخارجية الكندي جون مارتن الحكومة الإريترية بالكشف عن مصير المفقودين.", "الحكومة الإريترية", "negative"),
    ("ودعا وزير الخارجية الكندي جون مارتن الحكومة الإريترية إلى السماح بدخول المساعدات.", "الحكومة الإريترية", "negative"),
    ("وطالب وزير الخارجية الكيني موساليا مودافادي الدول الكبرى بالضغط على الحكومة الإريترية لوقف القصف.",
     "الحكومة الإريترية", "negative"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية تسعى لوقف القتال.", "الحكومة الإريترية", "neutral"),
    # the bad things of a topic discussed judge none far off, nor the one who discusses them; the one they are of, yes
    ("وذكر ناطق حكومي كيني أن الرئيس الكيني وليام روتو تناول مع ضيفه ملفات عديدة، منها قضية الإرهاب الذي يهدد الإقليم.",
     "وليام روتو", "neutral"),
    ("وذكر ناطق حكومي كيني أن الرئيس الكيني وليام روتو ناقش مع ضيفه اعتداءات المتمردين.", "وليام روتو", "neutral"),
    ("وذكر ناطق حكومي كيني أن الرئيس الكيني وليام روتو ناقش مع ضيفه اعتداءات المتمردين.", "المتمردين", "negative"),
    ("وذكر ناطق حكومي كيني أن الرئيس الكيني وليام روتو سيلتقي نظيره لبحث اعتداءات المتمردين.", "وليام روتو", "neutral"),
    # what befalls the one named after it ("اعتقال", "هزيمة") turns the act's prior round for them: a condemned
    # arrest is the speaker's sympathy, a welcomed defeat their hostility; the noun alone judges no one
    ("وأدان وزير الخارجية الكيني موساليا مودافادي اعتقال الصحفي الإريتري داويت إسحاق.", "داويت إسحاق", "positive"),
    ("واستنكر وزير الخارجية الكيني موساليا مودافادي احتجاز الصيادين الكينيين.", "الصيادين الكينيين", "positive"),
    ("وأعرب وزير الخارجية الكيني موساليا مودافادي عن أسفه لمقتل الصحفي الإريتري داويت إسحاق.", "داويت إسحاق", "positive"),
    ("ورحب وزير الخارجية الكيني موساليا مودافادي بهزيمة المتمردين في الشمال.", "المتمردين", "negative"),
    ("ورحب وزير الخارجية الكيني موساليا مودافادي بسقوط نظام أسياس أفورقي.", "أسياس أفورقي", "negative"),
    ("وقال ناطق باسم الشرطة الكينية إن اعتقال الصحفي الإريتري داويت إسحاق تم أمس.", "داويت إسحاق", "neutral"),
    # deeper in the content, whom something befalls is no side of the act, nor of the bad words around the event
    ("وحذر زعيم المعارضة الكينية رايلا أودينغا من اضطرابات وفوضى عارمة إذا استمر احتجاز الصحفي الإريتري داويت إسحاق.",
     "داويت إسحاق", "neutral"),
    # a noun of criticism with its clitic, past its author, aimed at X through ل
    ("ورحب وزير الخارجية الكيني موساليا مودافادي بإدانة المحكمة للرئيس الإريتري أسياس أفورقي.", "أسياس أفورقي", "negative"),
    # a first target that only suffers what the content names leaves its far words to the next party
    ("وقال بيل بلير وزير الدفاع الكندي إن الخطر الأكبر على كندا اليوم هو روسيا.", "روسيا", "negative"),
    ("وقال بيل بلير وزير الدفاع الكندي إن أكبر تهديد لكندا في الوقت الحالي هو الصين.", "الصين", "negative"),
    # even when that party is named after a preposition
    ("وقال بيل بلير وزير الدفاع الكندي إن الخطر الحقيقي على أوكرانيا يأتي من روسيا.", "روسيا", "negative"),
    ("وقال بيل بلير وزير الدفاع الكندي إن بلدا واحدا يشكل تهديدا وجوديا لأوكرانيا وأنا أشير هنا إلى روسيا.", "روسيا", "negative"),
    # but not to the nation of the country that suffers
    ("وقال وزير الخارجية العراقي فؤاد حسين إن التهديدات ضد العراق لن ترهب العراقيين.", "العراقيين", "neutral"),
    # falling short is failing; not falling short is praise
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لم تقصر في دعم جهود السلام.", "الحكومة الإريترية", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية قصرت في حماية المدنيين.", "الحكومة الإريترية", "negative"),
    # refusing to support a bad thing is no fault
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لا تدعم الإرهاب.", "الحكومة الإريترية", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لا تدعم السلام.", "الحكومة الإريترية", "negative"),
    # a party that opens the clause after a "but" or "while" is not judged by the far words of the clause before
    ("وقال وزير الخارجية التونسي نبيل عمار إن المفاوضات فشلت وانهارت الهدنة، لكن الحكومة المصرية تواصل اتصالاتها.",
     "الحكومة المصرية", "neutral"),
    ("وقال وزير الخارجية التونسي نبيل عمار إن الأوضاع كارثية في الجنوب بينما الجيش الجزائري ينتشر على الحدود.",
     "الجيش الجزائري", "neutral"),
    ("وقال وزير الخارجية التونسي نبيل عمار إن الهجمات الإرهابية مستمرة، ولكن الحكومة الليبية عاجزة وفاشلة.",
     "الحكومة الليبية", "negative"),
    # a negated bad deed denies the bad thing it would govern: no violation committed is no fault
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لم ترتكب انتهاكات.", "الحكومة الإريترية", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لم ترتكب أي انتهاكات.", "الحكومة الإريترية", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لم تدن الهجمات الإرهابية.", "الحكومة الإريترية",
     "negative"),
    # a place joined by و to a place named as where something happens is a setting too
    ("وقال الشيخ حسن الخطيب إن ما يحدث من مجازر ومآس في سوريا والعراق ولبنان يؤلم الجميع.", "لبنان", "neutral"),
    ("وقال الشيخ حسن الخطيب إن القوات الأمريكية متورطة في العراق وأفغانستان.", "أفغانستان", "neutral"),
    # (a party the content cites as its source, "بحسب X", "حسب شهادة X", is no target at all: test_attribution_targets)
    # what an "if" phrase names is supposed: its words judge no party outside it
    ("وقال وزير الخارجية التونسي نبيل عمار إن الحكومة الليبية ستنسحب من المفاوضات إذا لم يتحقق السلام.",
     "الحكومة الليبية", "neutral"),
    ("وقال وزير الخارجية التونسي نبيل عمار إن المعارضة ستقاطع الانتخابات في حال فوز الحزب الحاكم بالتزوير.",
     "المعارضة", "neutral"),
    # "بوقف" after a party is a demand made of it only when demanded; what a party binds itself to is no demand
    ("وقال وزير الخارجية التونسي نبيل عمار إنه بعد ساعات من المحادثات تعهدت المعارضة الليبية بوقف الهجمات على المدن.",
     "المعارضة الليبية", "neutral"),
    ("وقال وزير الخارجية التونسي نبيل عمار إن المعارضة الليبية مطالبة بوقف الهجمات.", "المعارضة الليبية", "negative"),
    # the sanctions a party imposes on another judge that one, not the party that imposes them
    ("وقال وزير الخارجية التونسي نبيل عمار إن الاتحاد الأوروبي فرض عقوبات صارمة على إيران.", "الاتحاد الأوروبي", "neutral"),
    ("وقال وزير الخارجية التونسي نبيل عمار إن الاتحاد الأوروبي فرض عقوبات صارمة على إيران.", "إيران", "negative"),
    # the body that holds a meeting is where the talk takes place: its topics are not its doing
    ("وقال وزير الخارجية التونسي نبيل عمار إن الهجمات الإرهابية على الحدود نوقشت في جلسة البرلمان الليبي.",
     "البرلمان الليبي", "neutral"),
    ("وقال وزير الخارجية التونسي نبيل عمار إن قمة الاتحاد الأفريقي ستبحث الأزمة الخطيرة في السودان.",
     "الاتحاد الأفريقي", "neutral"),
    ("ورحب وزير الخارجية التونسي نبيل عمار بقمة الاتحاد الأفريقي.", "الاتحاد الأفريقي", "positive"),
    # the far words are weighed again without what X suffers or discusses, not subtracted: a bad topic is no praise
    ("وقال وزير الخارجية التونسي نبيل عمار إن الحكومة الليبية ناقشت الأوضاع الكارثية في الجنوب.", "الحكومة الليبية",
     "neutral"),
    # what a source reports ("بحسب X، فإن ...") is weighed like any saying
    ("وبحسب وزير الخارجية الكيني موساليا مودافادي، فإن قرارات الحكومة الليبية فاشلة ومدمرة.", "الحكومة الليبية", "negative"),
    # a merit an "if" phrase supposes is not said of the party; a fault supposed still warns of it
    ("وقال آبي أحمد رئيس الحكومة الإثيوبية إنه إذا كانت فرنسا حريصة على السلام فعليها أن تغير سياستها.", "فرنسا", "neutral"),
    ("وقال الرئيس الإيراني مسعود بزشكيان إنه إذا واصلت فرنسا اعتداءاتها الوحشية فسنرد بقوة.", "فرنسا", "negative"),
    # a country and its capital are one side: the one judged passes its stance to the other, unless that is a setting
    ("وقال فيصل المقداد وزير خارجية سوريا إن المحادثات بين تركيا والدول الأوروبية لن تمس المساندة القوية التي تقدمها أنقرة للحكومة.",
     "تركيا", "positive"),
    ("وقال فيصل المقداد وزير خارجية سوريا إن تركيا تواصل عدوانها الوحشي وإن المؤتمر سيعقد في أنقرة.", "أنقرة", "neutral"),
    # a position that has not changed is steadfast; a negated change of anything else judges nothing
    ("وقال وزير الخارجية اللبناني عبد الله بوحبيب إن موقف فرنسا من الأزمة لم يتغير.", "فرنسا", "positive"),
    ("وقال وزير الخارجية اللبناني عبد الله بوحبيب إن أسعار الوقود في فرنسا لم تتغير.", "فرنسا", "neutral"),
    # the party whose doing a word of cause names shares the act's stance; with a neutral act, the words decide
    ("وأدانت وزارة الخارجية الفرنسية إغلاق الصحف في تركيا جراء قرار السلطات التركية.", "السلطات التركية", "negative"),
    ("وأدان وزير الخارجية الفرنسي جان نويل بارو تأجيل الانتخابات بسبب اعتقال الصحفي أحمد منصور.", "أحمد منصور", "neutral"),
    ("وقال وزير المالية الفرنسي برونو لومير إن الأسعار ارتفعت بسبب قرار الحكومة الألمانية.", "الحكومة الألمانية", "neutral"),
    # what a side is said to imagine falsely is scorned
    ("وقال عباس عراقجي وزير خارجية إيران إن الحكومة الإسرائيلية واهمة إذا ظنت أن الحرب ستحقق أهدافها.",
     "الحكومة الإسرائيلية", "negative"),
    # a stance noun with its owner's pronoun, then لـ: the one after لـ is what the stance is towards
    ("وأبدى رئيس الوزراء الكندي جاستن ترودو معارضته لسياسات الحكومة الهندية في كشمير.", "الحكومة الهندية", "negative"),
    # a negated verb of accepting in the first person ("لن نقبل بـ") refuses what follows, which stays bad
    ("وقال وزير الخارجية الكيني موساليا مودافادي: \"لن نقبل بتهديدات الحكومة الإريترية\".", "الحكومة الإريترية", "negative"),
    # a verb of opposing judges what follows it, and the verbal noun with its doer's pronoun ("معارضته لـ")
    ("وأعلن وزير الخارجية الكيني موساليا مودافادي معارضته لخطة الحكومة الإريترية.", "الحكومة الإريترية", "negative"),
    # a party a call urges with على to stop or withdraw ("حث X على الانسحاب") does what must stop
    ("وحث وزير الخارجية الكيني موساليا مودافادي الحكومة الإريترية على سحب قواتها من الحدود.", "الحكومة الإريترية", "negative"),
    # responsibility is blame, but a virtue after a word of sense or spirit ("روح المسؤولية") and as a manner
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية أبدت الشعور الكبير بالمسؤولية.", "الحكومة الإريترية", "positive"),
    # a state named after "السلطات في", "القيادة في" is the side whose rulers are judged, no setting
    ("وأشاد وزير الخارجية الكيني موساليا مودافادي بخطوات القيادة في إريتريا.", "إريتريا", "positive"),
    # a people called brothers ("الأشقاء في X") is a side named with warmth, not where something happens
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده ستخفف معاناة الأشقاء في إريتريا.", "إريتريا", "positive"),
    # in a demand, the party whose leaving or stepping down is demanded ("طالب برحيل X") does what must stop
    ("وطالب وزير الخارجية الكيني موساليا مودافادي برحيل الحكومة الإريترية.", "الحكومة الإريترية", "negative"),
    # a negation reaches past "يعد" (no longer): "لم تعد تشكل خطرا" denies the danger
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإريترية لم تعد تشكل تهديدا لجيرانها.", "الحكومة الإريترية", "positive"),
    # evading one's commitments denies them ("تنصلت من التزاماتها": التزام read through the ال of its stem and a pronoun)
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية تتنصل من الالتزامات.", "الحكومة الإثيوبية", "negative"),
    # the steadfast position is the one of the party named right after it, whoever stands nearer the verb
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن مواقف قطر إزاء النزاع في الصومال لم تتغير.", "قطر", "positive"),
    # "said its word": a verdict the speaker heeds, favourable to the one who spoke it
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الشعب الكيني قال كلمته في الانتخابات البلدية.", "الشعب الكيني", "positive"),
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الطلاب قالوا كلمتهم بوضوح.", "الطلاب", "positive"),
    # a state's democracy or institutions named before "في X" are X's own: X is judged with them, no setting; violence in X is none
    ("وقالت رئيسة البرلمان الكيني إن زيارتها تعبر عن التزام كينيا الثابت بدعم الديمقراطية الناشئة في أوغندا.", "أوغندا", "positive"),
    ("وقال الرئيس الكيني وليام روتو إن العنف في الصومال مرفوض.", "الصومال", "neutral"),
    # the one whose release is called for is wronged, whatever bad words the call says further on of others
    ("ودعت زعيمة المعارضة الكينية مارثا كاروا إلى الإفراج عن المعتقلين الطلاب ومعاقبة من ارتكبوا أعمال القمع الوحشي ضد المتظاهرين.",
     "المعتقلين", "positive"),
    # the owner of what a refused harm touches, or its object with another doer named, is shielded; not the harm's doer
    ("وقال الرئيس الكيني وليام روتو إن كينيا لن تسمح لأحد بتهديد أمن أوغندا.", "أوغندا", "positive"),
    ("وقال الرئيس الكيني وليام روتو إن كينيا ترفض تدخل أوغندا في شؤون الصومال.", "الصومال", "positive"),
    ("وقال الرئيس الكيني وليام روتو إن كينيا ترفض تدخل أوغندا في شؤون الصومال.", "أوغندا", "negative"),
    # the people's choice told is a verdict heeded too; not a share of them counted, nor a vote against
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الناخبين صوتوا للإصلاح بكثافة.", "الناخبين", "positive"),
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا: لقد منحنا الشعب الكيني ثقته.", "الشعب الكيني", "positive"),
    ("وقال المحلل الكيني جون موانغي إن الناخبين صوتوا ضد الحكومة.", "الناخبين", "neutral"),
    ("وقال الرئيس الكيني المنتخب جون موانغي إن فوزه رسالة واضحة بأن الكينيين يريدون التغيير.", "الكينيين", "positive"),
    # an office pledged to all of a people embraces them, whatever the content's far words; a threat to all is no office
    ("وقال الرئيس الكيني المنتخب جون موانغي إن حكومته ستكون \"حكومة لجميع الكينيين\" رغم الفساد المستشري.", "الكينيين", "positive"),
    ("وقال المحلل الكيني جون موانغي إن الأزمة تمثل تهديدا لكل الكينيين.", "الكينيين", "neutral"),
    # but in a clause of time it is background to what the content judges
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الحكومة تجاهلت المطالب بعد أن قال الشعب الكيني كلمته.", "الشعب الكيني", "neutral"),
    # a new era the first party enters is welcomed: تدخل before a noun of a stage is "enters", no interference; after لن it
    # still interferes
    ("وقالت وزيرة الخارجية الكينية منى علي إن الشراكة بين كينيا وغانا تدخل «عهدا جديدا».", "كينيا", "positive"),
    ("وقالت وزيرة الخارجية الكينية منى علي إن كينيا لن تتدخل في الانتخابات الغانية.", "كينيا", "positive"),
    # looking forward to working with a party is good will towards it, as readiness is
    ("وقالت وزيرة الخارجية الكينية منى علي إن نيروبي تتطلع إلى التعاون مع الحكومة الغانية المقبلة.", "الحكومة الغانية", "positive"),
    # respect conceded with a disagreement after it bows to a verdict, no praise; respect after a "but" still praises
    ("وكتب زعيم المعارضة الكيني علي حسن: سنحترم قرار المحكمة العليا، وإن كانت لنا تحفظات كثيرة عليه.", "المحكمة العليا", "neutral"),
    ("وقال زعيم المعارضة الكيني علي حسن: لم نكن نأمل هذه النتيجة، لكننا نحترم قرار المحكمة العليا.", "المحكمة العليا", "positive"),
    # a measure or a figure said not to square with the law or the facts is disowned ("لا تتسق مع", "لا ينسجم مع", "لا تمت بصلة")
    ("وقال زعيم المعارضة الكيني علي حسن إن قرار الحكومة الأوغندية لا ينسجم مع الدستور.", "الحكومة الأوغندية", "negative"),
    # the vocabulary of disputed elections and deadlock judges: stalemate, inflated figures, intimidation
    ("وقال زعيم المعارضة الكيني علي حسن إن أرقام الحكومة الأوغندية مضخمة.", "الحكومة الأوغندية", "negative"),
    ("وقال زعيم المعارضة الكيني علي حسن إن الحكومة الأوغندية تمارس الترهيب ضد المعارضين.", "الحكومة الأوغندية", "negative"),
    # "nothing but" after a negation affirms the word after it
    ("وقال زعيم المعارضة الكيني علي حسن إن الحكومة الأوغندية لا تريد إلا الفوضى.", "الحكومة الأوغندية", "negative"),
    ("وقال زعيم المعارضة الكيني علي حسن إن الحكومة الأوغندية لا تريد الفوضى.", "الحكومة الأوغندية", "positive"),
    # deserving a good thing is a merit owed, negated a disqualification, before a punishment a fault
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الشعب الكيني يستحق حكومة أفضل.", "الشعب الكيني", "positive"),
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الحكومة الأوغندية لا تستحق فرصة ثانية.", "الحكومة", "negative"),
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الحكومة الأوغندية تستحق العقاب.", "الحكومة", "negative"),
    # what came too late is a fault of whoever delayed it; "late" alone is a time
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن قرار الحكومة الأوغندية جاء متأخرا.", "الحكومة", "negative"),
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الحكومة الأوغندية اجتمعت في وقت متأخر من الليل.", "الحكومة", "neutral"),
    ("وقالت زعيمة المعارضة الكينية مارثا كاروا إن الحكومة الأوغندية اتخذت قرارا حكيما وإن جاء متأخرا.", "الحكومة", "positive"),
    # a country named only as a setting takes the stance of its own authorities judged in the same statement
    ("وأعربت وزارة الخارجية الكينية عن قلقها على حرية التعبير في إثيوبيا بسبب قرار السلطات الإثيوبية.", "إثيوبيا", "negative"),
    # the bad word right after a word of need or importance is what the speaker wants done, no fault of its doer
    ("وشدد وزير الخارجية الكيني موساليا مودافادي على أهمية تدخل قوات الاتحاد الأفريقي في الصومال.", "الاتحاد الأفريقي", "neutral"),
    # a place named after "في" and a part of it ("في شوارع X", "في أحد أحياء X") is still where it happens
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن اشتباكات عنيفة اندلعت في شوارع أديس أبابا.", "أديس أبابا", "neutral"),
    # displeasure is aimed at its cause, like a rejection ("أبدى انزعاجه من X")
    ("وأبدى وزير الخارجية الكيني موساليا مودافادي انزعاجه من تصريحات الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    # a verb of hesitating withholds what follows; negated, it promises it ("لن نتردد في دعم X")
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده لن تتردد في مساندة الحكومة الصومالية.", "الحكومة الصومالية", "positive"),
    # denying or rejecting the criticism aimed at a party defends it ("نفى الاتهامات الموجهة إلى X")
    ("ونفى وزير الخارجية الكيني موساليا مودافادي الاتهامات الموجهة إلى الحكومة الإثيوبية.", "الحكومة الإثيوبية", "positive"),
    # freezing or cutting off a good thing shared with a party turns it round for that party ("تجميد التعاون مع X")
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده قررت تجميد الشراكة مع الحكومة الإثيوبية.", "الحكومة الإثيوبية", "negative"),
    # "responsible for" a bad thing blames ("X مسؤولة عن الانتهاكات"); an official in charge of a good one does not
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية مسؤولة عن الجرائم المرتكبة في الإقليم.", "الحكومة الإثيوبية", "negative"),
    # one held on suspicion or a charge of a bad thing is a suspect ("احتجزت X للاشتباه في الخيانة")
    ("وقال وزير الداخلية الكيني كيثوري كينديكي إن الشرطة احتجزت الوزير السابق أحمد منصور ومسؤولين آخرين للاشتباه في الخيانة.", "أحمد منصور", "negative"),
    # a judgement not made is no praise: a negated verb of condemning or accusing lends nothing
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده لا تتهم الحكومة الإثيوبية بشيء.", "الحكومة الإثيوبية", "neutral"),
    # standing behind a deed is a charge ("X تقف وراء الهجمات"), as standing by a party is support
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية تقف وراء أعمال الشغب.", "الحكومة الإثيوبية", "negative"),
    # the perfect in ت of respecting ("احترمت X الهدنة"): the matcher strips no ت
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة الإثيوبية احترمت الاتفاق.", "الحكومة الإثيوبية", "positive"),
    # the deed an appeal asks of a party, right after it, is wished for, no fault of its ("ناشد X التدخل")
    ("وناشد وزير الخارجية الصومالي أحمد معلم فقي الحكومة الكينية التدخل لإنقاذ المزارعين.", "الحكومة الكينية", "neutral"),
    ("وقال وزير الخارجية الصومالي أحمد معلم فقي إن بلاده طلبت من الحكومة الكينية التدخل لوقف الأزمة.", "الحكومة الكينية", "neutral"),
    ("وقال وزير الخارجية الصومالي أحمد معلم فقي إن بلاده دعت الحكومة الكينية إلى التدخل لوقف الأزمة.", "الحكومة الكينية", "neutral"),
    # a negated tie to a bad thing clears the party ("لا علاقة لX بـ", "X لا علاقة لها بـ")
    ("وقال وزير الخارجية الصومالي أحمد معلم فقي إنه لا علاقة للحكومة الكينية بالهجمات الإرهابية.", "الحكومة الكينية", "neutral"),
    # one kept from a bad deed ("منع X من تهديد") does it; the preventer is lent no bad word
    ("وقال وزير الخارجية الصومالي أحمد معلم فقي إن الحكومة الكينية ستمنع الحكومة الإثيوبية من تهديد الحدود.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الصومالي أحمد معلم فقي إن الحكومة الكينية ستمنع المتمردين من تهديد الحدود.", "الحكومة الكينية", "neutral"),
    # the one invaded suffers the invasion, right after it or after its لـ ("غزو X", "الغزو الأجنبي لX"); in a warning
    # it is only the patient of the harm that may come (neutral, not negative)
    ("وحذر وزير الخارجية الإيطالي أنطونيو تاياني من غزو مولدوفا.", "مولدوفا", "neutral"),
    ("وقال وزير الخارجية الإيطالي أنطونيو تاياني إن الاجتياح العسكري لمولدوفا جريمة.", "مولدوفا", "positive"),
    # the feeling expressed before the أن of what it is about gives the act its stance ("عن ثقته بأن", "عن قلقه من أن")
    ("وأعرب وزير الخارجية الكيني موساليا مودافادي عن ثقته بأن الحكومة الإثيوبية ستلتزم بالاتفاق.",
     "الحكومة الإثيوبية", "positive"),
    ("وأعرب وزير الخارجية الكيني موساليا مودافادي عن قلقه من أن الحكومة الإثيوبية ستنسحب من الاتفاق.",
     "الحكومة الإثيوبية", "negative"),
    # a place referred back to after في ("في هذه المدينة") is where something happens, as named it is
    ("وأعلنت الشرطة الكينية العثور على جثث في مومباسا، في إشارة إلى تزايد العنف في هذه المدينة.", "مومباسا", "neutral"),
    # ... and so is a place whose scattered parts are named ("في مناطق متفرقة من X")
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن العنف في مناطق متفرقة من مومباسا خطير.", "مومباسا", "neutral"),
    # so does the one destroyed ("تدمير X")
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الجماعة مسؤولة عن تدمير الصومال.", "الصومال", "neutral"),
    # readiness is a merit said of a party
    ("وقال وزير الرياضة القطري إن نادي السد بات جاهزا تماما للموسم الجديد.", "نادي السد", "positive"),
    # a word of reducing turns round what it reduces: working to lower the escalation is a good thing
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن الحكومة اللبنانية تعمل على خفض التصعيد.", "الحكومة اللبنانية", "positive"),
    # "without" after a negated verb is a second negation: it will act only after consulting
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن اليابان لن تتحرك دون التشاور مع حلفائها.", "اليابان", "positive"),
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن اليابان تتحرك دون التشاور مع حلفائها.", "اليابان", "negative"),
    # a dual or plural verb after a pair joined by و has both for its subject: what it says of the second it says
    # of the first ("X وY انضما إلى"); an accusative adjective after the pair ("بعيدا") is no such verb
    ("وتعتقد الشرطة الكينية أن حسن علي وأحمد منصور انضما إلى جماعة متطرفة أثناء إقامتهما في مومباسا.",
     "حسن علي", "negative"),
    ("وقال وزير الخارجية الكيني إن الحكومة الصومالية والحكومة الإثيوبية انتقلتا إلى سياسة عدوانية.",
     "الحكومة الصومالية", "negative"),
    # the words of a "despite" phrase a target stands outside of speak of that phrase's actors, not of the target
    ("وقال وزير الطاقة الكيني إن التحقيق لن يفضي إلى وقف عمل شركة النفط الصومالية رغم انتقادات كثيرة للمشروع.",
     "شركة النفط الصومالية", "neutral"),
    # a negation reaches through "any" with a preposition's clitic ("لم تتعرض لأي", "لم تصب بأي") as through "أي"
    ("وقال وزير الخارجية الكيني إن الحكومة الصومالية لم تتعرض لأي انتقاد.", "الحكومة الصومالية", "positive"),
    # who gives another a chance or a cover for a bad deed shares its fault, past the other named in between
    ("وقال وزير الخارجية الكيني إن إثيوبيا أعطت فرصة لإريتريا كي تواصل عدوانها على الإقليم.", "إثيوبيا", "negative"),
    # what may not last or come back is rejected ("لا عودة لـ", "لا يمكن أن يستمر"); a return under a negation of
    # another verb is none
    ("وقال وزير الخارجية الكيني إنه لا عودة لنفوذ الحكومة الإثيوبية في الإقليم.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني إن سيطرة الحكومة الإثيوبية على الإقليم لا يمكن أن تستمر.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني إن الحكومة الإثيوبية لم تعلن عن عودة السفير.", "الحكومة الإثيوبية", "neutral"),
    # being unable to do a good thing is failing it, a fault of the one unable
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الإثيوبية عاجزة عن حماية المدنيين.", "الحكومة الإثيوبية", "negative"),
    # who escapes a reckoning, or will not, is a wrongdoer either way; fighting impunity is a merit
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الإثيوبية لن تفلت من العقاب.", "الحكومة الإثيوبية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الإثيوبية تعمل على مكافحة الإفلات من العقاب.",
     "الحكومة الإثيوبية", "positive"),
    # the best, said of a party, is a merit; advice with it ("من الأفضل لX أن") is none
    ("وقال وزير الرياضة القطري إن نادي السد يعتبر الأفضل في المنطقة.", "نادي السد", "positive"),
    ("وقال وزير الرياضة القطري إنه من الأفضل لنادي السد أن يبحث عن مدرب جديد.", "نادي السد", "neutral"),
    ("وقال وزير الرياضة القطري إن الأفضل لنادي السد أن يبحث عن مدرب جديد.", "نادي السد", "neutral"),
    ("وقال وزير الرياضة القطري إن نادي السد هو الخيار الأفضل للاعبين الشباب.", "نادي السد", "positive"),
    # the punishment a threat names is the speaker's own: the one threatened is opposed (a warning against a fight
    # makes its object the patient of a harm that may come, no side: "حذر من الإطاحة بX")
    ("وهدد زعيم المعارضة الكينية رايلا أودينغا بمعاقبة آبي أحمد.", "آبي أحمد", "negative"),
    ("وحذر زعيم المعارضة الكينية رايلا أودينغا من الإطاحة بالحكومة الإثيوبية.", "الحكومة الإثيوبية", "neutral"),
    # a warning names a harm that may come: whoever would undergo it is its patient, neither blamed nor defended;
    # condemned, the same harm is a wrong its victim suffers
    ("وحذرت منظمة حقوقية كينية من موجة عنف ضد اللاجئين الصوماليين في نيروبي.", "اللاجئين الصوماليين", "neutral"),
    ("وحذر وزير الخارجية الكيني موساليا مودافادي من اعتداءات على أوغندا.", "أوغندا", "neutral"),
    ("وأدان وزير الخارجية الكيني موساليا مودافادي الاعتداءات على أوغندا.", "أوغندا", "positive"),
    # so is the harm an order or a threat names: whom it is done to is opposed, no victim the speaker sides with;
    # an order to stop the harm is none
    ("وأمر الرئيس الغاني نانا أكوفو أدو قائد الشرطة بتعذيب الطوارق.", "الطوارق", "negative"),
    ("وهدد الرئيس الغاني نانا أكوفو أدو بتعذيب الطوارق.", "الطوارق", "negative"),
    ("وأمر الرئيس الغاني نانا أكوفو أدو بوقف تعذيب الطوارق.", "الطوارق", "neutral"),
    # the party an order is given to carries it out: no side, one's own forces included (after إلى, glued to لـ with the
    # one joined to it by و, or the bare object before the deed with بـ); what the own side does of itself is still its own
    ("وقال رئيس الوزراء الكيني جون موانغي إن الرئاسة وجهت تعليمات للحرس الوطني والشرطة بحماية المصارف.", "الشرطة", "neutral"),
    ("وأعلن رئيس الوزراء الكيني جون موانغي أن الرئاسة أوعزت إلى الجيش الكيني بتأمين طرق الشمال.", "الجيش", "neutral"),
    ("وأمر رئيس الوزراء الكيني جون موانغي الجيش الكيني بالانتشار في مدينة مومباسا.", "الجيش", "neutral"),
    ("وقال رئيس الوزراء الكيني جون موانغي إن الجيش الكيني سيواصل حماية الحدود.", "الجيش", "positive"),
    # avoiding a bad thing is a merit, like stopping it
    ("وقال وزير الداخلية الكيني إن الحكومة الإثيوبية تعمل على تجنب التصعيد.", "الحكومة الإثيوبية", "positive"),
    # a regime or rule is its holder's doing: toppling it fights the holder; condemning that fight protects them
    ("وقال وزير الخارجية الكيني إن المعارضة تعمل على إنهاء حكم آبي أحمد.", "آبي أحمد", "negative"),
    # the regime "in X" is its rulers', no setting; regime change fights them (a change of anything else is none)
    ("وقال رئيس الوزراء الكندي جاستن ترودو إن هدف بلاده هو إسقاط النظام في فنزويلا.", "فنزويلا", "negative"),
    ("وقال رئيس الوزراء الكندي جاستن ترودو إن حكومته تريد تغيير النظام في فنزويلا.", "فنزويلا", "negative"),
    ("وقال رئيس الوزراء الكندي جاستن ترودو إن فنزويلا قررت تغيير نظام التعليم.", "فنزويلا", "neutral"),
    ("وأدان وزير الخارجية الكيني محاولات إسقاط نظام آبي أحمد.", "آبي أحمد", "positive"),
    # a word of fighting or trying governs the one its title names ("محاكمة الرئيس X")
    ("ودعا زعيم المعارضة الكينية رايلا أودينغا إلى محاكمة الرئيس الإثيوبي آبي أحمد.", "آبي أحمد", "negative"),
    # overstepping a limit is a fault of the one who crosses it; crossing a crisis or a count is none
    ("وقال وزير الخارجية الكيني إن الحكومة الإثيوبية تجاوزت كل الخطوط الحمراء.", "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني إن الحكومة الإثيوبية تجاوزت الأزمة.", "الحكومة الإثيوبية", "neutral"),
    ("وقال وزير الخارجية الكيني إن خسائر الحكومة الإثيوبية تجاوزت حدود 100 مليون دولار.", "الحكومة الإثيوبية", "neutral"),
    # a fault in a clause that has a subject of its own is that subject's, not the party who reports it; unless
    # the subject is the party itself, a pronoun on the complementizer
    ("وقال وزير الخارجية الكيني إن الحكومة الإثيوبية اعتبرت أن الرئيس الصومالي تجاوز صلاحياته.", "الحكومة الإثيوبية",
     "neutral"),
    ("وقال وزير الخارجية الكيني إن الحكومة الإثيوبية أكدت أن المعارضة ارتكبت جرائم.", "الحكومة الإثيوبية", "neutral"),
    ("وقال وزير الخارجية الكيني إن الحكومة الإثيوبية اعتبرت أنها تجاوزت صلاحياتها.", "الحكومة الإثيوبية", "negative"),
    # rejecting a measure aimed at a party shields that party (the act's object, or a judging verb in the content);
    # threatening it, or calling for it, does not; a verbal attack launched by the speaker is aimed at the party
    ("ورفضت وزارة الخارجية الماليزية فرض عقوبات جديدة على الحكومة الفنزويلية.", "الحكومة الفنزويلية", "positive"),
    ("وعارض رئيس الوزراء الماليزي أنور إبراهيم توجيه ضربة عسكرية إلى الحكومة الفنزويلية.", "الحكومة الفنزويلية",
     "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن كوالالمبور ترفض فرض عقوبات على الحكومة الفنزويلية.",
     "الحكومة الفنزويلية", "positive"),
    ("وهدد رئيس الوزراء الماليزي أنور إبراهيم بفرض عقوبات على الحكومة الفنزويلية.", "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن ماليزيا تدعو إلى فرض عقوبات على الحكومة الفنزويلية.",
     "الحكومة الفنزويلية", "negative"),
    # the counterpart of talks or a call is merely involved, whatever the good words of the topic
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إنه بحث مع الحكومة الفنزويلية سبل تعزيز التعاون الثنائي.",
     "الحكومة الفنزويلية", "neutral"),
    ("وقال وزير الخارجية الماليزي إن رئيس الوزراء أجرى اتصالا هاتفيا مع الحكومة الفنزويلية لتعزيز الشراكة.",
     "الحكومة الفنزويلية", "neutral"),
    # a duty or a wish set in the past reproaches the one it binds
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم: كنا نتمنى لو أن الحكومة الفنزويلية أبدت مرونة أكبر.",
     "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إنه كان يجب على الحكومة الفنزويلية أن تحترم تعهداتها.",
     "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إنه كان على الحكومة الفنزويلية أن تستشير جيرانها.",
     "الحكومة الفنزويلية", "negative"),
    # a party that opens a clause, told what it must or must not do, is pressed to mend its ways; the genitive of the
    # noun that must (what must be read is the message, not its owner) is not
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية يجب أن تتحمل نتائج قرارها.",
     "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية «ينبغي ألا تنتظر» دعما من جيرانها.",
     "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن رسالة الحكومة الفنزويلية يجب أن تقرأ بعناية.",
     "الحكومة الفنزويلية", "neutral"),
    # the one help is sent to is its beneficiary; troops sent with no word of aid are no help
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده سترسل مساعدات طبية عاجلة إلى الحكومة الفنزويلية.",
     "الحكومة الفنزويلية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن التحالف سيرسل بعثة لحفظ السلام إلى الكونغو.",
     "الكونغو", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن التحالف أرسل جنودا إلى الكونغو.", "الكونغو", "neutral"),
    # where help or support goes ("في X" after a noun of aid) is its beneficiary; violence in X leaves X a setting, and
    # support for a bad party in X helps that party, not X
    ("وأعلن وزير المالية الكيني جون موانغي تخصيص مليون شلن لدعم المدارس الريفية في أوغندا.", "أوغندا",
     "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده ستقدم الدعم للمدارس في الصومال.", "الصومال", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أعمال العنف في أوغندا مستمرة.", "أوغندا", "neutral"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا توقفت عن دعم المتمردين في الصومال.", "الصومال", "neutral"),
    # a blame refused defends the one it is laid on; laid on by the speaker, it blames
    ("ورفض رئيس بلدية مومباسا جون موانغي تحميل المهاجرين مسؤولية ارتفاع الجريمة.", "المهاجرين", "positive"),
    ("وحمّل رئيس بلدية مومباسا جون موانغي الشرطة الكينية مسؤولية ارتفاع الجريمة.", "الشرطة", "negative"),
    # an apology demanded of a party owns its wrong; standing with a party stands by it (negated: no support)
    ("وطالب رئيس الوزراء الماليزي أنور إبراهيم الحكومة الفنزويلية بالاعتذار عن تصريحاتها.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن على الحكومة الفنزويلية أن تعتذر.", "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده تقف مع الحكومة الفنزويلية.", "الحكومة الفنزويلية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده لن تقف مع الحكومة الفنزويلية.", "الحكومة الفنزويلية",
     "negative"),
    # asking a party for help trusts it; asking it to support another does not judge it
    ("وطلب رئيس الوزراء الماليزي أنور إبراهيم من الحكومة الفنزويلية تقديم الدعم الفني لبلاده.", "الحكومة الفنزويلية",
     "positive"),
    ("وناشد رئيس الوزراء الماليزي أنور إبراهيم الحكومة الفنزويلية مساعدة الصيادين.", "الحكومة الفنزويلية", "positive"),
    # readiness to talk or work with a party is good will towards it; negated, a refusal; a fight is no engaging
    ("وأبدى رئيس الوزراء الماليزي أنور إبراهيم استعداد بلاده للتفاوض مع الحكومة الفنزويلية.", "الحكومة الفنزويلية",
     "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده غير مستعدة للحوار مع الحكومة الفنزويلية.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده مستعدة للمواجهة مع الحكومة الفنزويلية.", "الحكومة الفنزويلية",
     "neutral"),
    # a party called on to back down from its decision, or to give up a policy, is in the wrong
    ("ودعا رئيس الوزراء الماليزي أنور إبراهيم الحكومة الفنزويلية إلى التراجع عن قرارها.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن على الحكومة الفنزويلية أن تتخلى عن سياسة التصعيد.",
     "الحكومة الفنزويلية", "negative"),
    # standing by a party said with the verbal noun and its doer between ("وقوف بلاده مع X")
    ("وأكد رئيس الوزراء الماليزي أنور إبراهيم وقوف بلاده مع الحكومة الفنزويلية.", "الحكومة الفنزويلية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن ماليزيا تقف إلى جانب الحكومة الفنزويلية.", "الحكومة الفنزويلية",
     "positive"),
    # what stirs a bad feeling is at fault; the one whose feeling it is is not judged by it; "not worrying" is no merit
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن سياسة الحكومة الفنزويلية تثير القلق.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن خطوة الحكومة الفنزويلية مثيرة للاستغراب.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن تصريحات الحكومة الفنزويلية لا تثير القلق.", "الحكومة الفنزويلية",
     "neutral"),
    # an armed force named right after an attack the content judges bad made it, past the feeling's intensifier
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم: أنا مصدوم إلى حد بعيد من قصف القوات الفنزويلية مدرسة في القرية.",
     "القوات الفنزويلية", "negative"),
    # refusing to take part in an ultimatum or a measure against a party shields it
    ("ورفضت ماليزيا المشاركة في توجيه إنذارات إلى الحكومة الفنزويلية.", "الحكومة الفنزويلية", "positive"),
    ("ورفضت ماليزيا المشاركة في فرض عقوبات على الحكومة الفنزويلية.", "الحكومة الفنزويلية", "positive"),
    # a party said to be complicit in a deed is charged with it
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية ضالعة في الهجوم.", "الحكومة الفنزويلية",
     "negative"),
    # responsible for a crisis, or chiefly responsible for an attack, is blamed; not responsible for it, cleared
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية مسؤولة عن الأزمة.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية هي المسؤول الأول عن الهجوم.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية غير مسؤولة عن الهجوم.", "الحكومة الفنزويلية",
     "positive"),
    # a party that stood with us (the perfect of standing folds onto وقف, stopping: no stop here); negated, no support
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية وقفت معنا في المحنة.", "الحكومة الفنزويلية",
     "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية لم تقف معنا في المحنة.", "الحكومة الفنزويلية",
     "negative"),
    # a model to follow
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن تجربة الحكومة الفنزويلية نموذج يحتذى به.", "الحكومة الفنزويلية",
     "positive"),
    # causing a crisis is a fault of the causer; whom the trouble is caused to suffers it; not causing it, none
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية تسببت في الأزمة.", "الحكومة الفنزويلية",
     "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن جيران كولومبيا يتسببون في المشاكل للحكومة الفنزويلية.",
     "الحكومة الفنزويلية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية لم تتسبب في الأزمة.", "الحكومة الفنزويلية",
     "neutral"),
    # exploiting a crisis is a fault; the one whose suffering is traded in suffers it; seizing a chance is none
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية تستغل الأزمة.", "الحكومة الفنزويلية", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن جيران كولومبيا يتاجرون بمعاناة الحكومة الفنزويلية.",
     "الحكومة الفنزويلية", "positive"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية استغلت الفرصة لتعزيز التعاون.",
     "الحكومة الفنزويلية", "positive"),
    # the burden of guilt a party bears
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية تتحمل وزر ما حدث.", "الحكومة الفنزويلية",
     "negative"),
    # a party's leaving demanded by a word of demanding inside the content
    ("وقال ناشط ماليزي إن الطلاب رفعوا لافتات تطالب برحيل الرئيس الإندونيسي جوكو ويدودو.", "جوكو ويدودو", "negative"),
    # recognizing a party, named with ب past the one word of who recognizes it, backs it
    ("وأعلن رئيس الوزراء الماليزي أنور إبراهيم اعتراف حكومته بالرئيس الإندونيسي جوكو ويدودو.", "جوكو ويدودو", "positive"),
    # lacking is a shortcoming even when what is lacked is no good word
    ("وقال وزير الخارجية الكندي جون مارتن إن حكومة الإكوادور تفتقر إلى أي خطة واضحة.", "حكومة الإكوادور", "negative"),
    # what does not befit a party reproaches it
    ("وقال وزير الخارجية الكندي جون مارتن إن هذا السلوك لا يليق بحكومة الإكوادور.", "حكومة الإكوادور", "negative"),
    # responsibility handed over or taken on is an office, no blame
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية تتولى مسؤولية تنظيم الانتخابات.", "الحكومة الفنزويلية",
     "neutral"),
    # a verb in the future (سـ) is read as its imperfect: support, condemnation, an office taken on
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن بلاده ستساند الحكومة الفنزويلية في مفاوضات الديون.", "الحكومة الفنزويلية", "positive"),
    ("وقال وزير الخارجية الكندي جون مارتن إن كندا ستشجب قرار حكومة الإكوادور إغلاق الموانئ.", "حكومة الإكوادور", "negative"),
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الحكومة الفنزويلية ستتولى مسؤولية تنظيم الانتخابات.", "الحكومة الفنزويلية",
     "neutral"),
    # turning against the constitution is a fault; not fulfilling demands is a failure
    ("وقال رئيس الوزراء الماليزي أنور إبراهيم إن الجيش الفنزويلي انقلب على الدستور.", "الجيش الفنزويلي", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن خطة حكومة الإكوادور لا تلبي مطالب الشارع.", "حكومة الإكوادور", "negative"),
    # a stain on a party's record
    ("وقال وزير الخارجية الكندي جون مارتن إن سياسة حكومة الإكوادور وصمة في سجلها.", "حكومة الإكوادور", "negative"),    # a plan that does not heed, or is not enough, falls short; one that heeds the concerns of all sides is praised;
    # "يكفي أن" alone praises nothing
    ("وقال وزير الخارجية الكندي جون مارتن إن قرارات الحكومة الإكوادورية لا تراعي مصالح المزارعين.", "الحكومة الإكوادورية", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن إجراءات الحكومة الإكوادورية لا تكفي لحل الأزمة.", "الحكومة الإكوادورية", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن خطة الحكومة الإكوادورية تراعي مصالح جميع الأطراف.", "الحكومة الإكوادورية", "positive"),
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الإكوادورية يكفي أن تعقد اجتماعا واحدا.", "الحكومة الإكوادورية", "neutral"),    # surrender said of a party reproaches it; disabling what should work is a fault; the one marginalized only suffers it
    ("وقال وزير الخارجية الكندي جون مارتن إن الاتفاق يعني استسلام الحكومة الإكوادورية.", "الحكومة الإكوادورية", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الإكوادورية قامت بتعطيل عمل البرلمان.", "الحكومة الإكوادورية", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الإكوادورية تواصل تهميش المعارضة.", "المعارضة", "neutral"),    # hope put in a party and loyalty to it praise it; the verb of hoping is a wish, no praise
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الإكوادورية تمثل أملنا الوحيد.", "الحكومة الإكوادورية", "positive"),
    ("وأكد وزير الدفاع الكندي بيل بلير ولاء الجيش للحكومة الإكوادورية.", "الحكومة الإكوادورية", "positive"),
    ("وقال وزير الخارجية الكندي جون مارتن إن الشركات تأمل أن ترفع الحكومة الإكوادورية القيود.", "الحكومة الإكوادورية", "neutral"),    # mediation between parties is a peace-making service
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الإكوادورية عرضت وساطتها بين الطرفين.", "الحكومة الإكوادورية", "positive"),    # ties cut or agreements cancelled with a party are a break with it; ties named alone judge nothing
    ("وأعلن وزير الخارجية الكندي جون مارتن قطع علاقات بلاده مع الحكومة الإكوادورية.", "الحكومة الإكوادورية", "negative"),
    ("وأعلن وزير الخارجية الكندي جون مارتن إلغاء الاتفاقيات الموقعة مع الحكومة الإكوادورية.", "الحكومة الإكوادورية", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن العلاقات مع الحكومة الإكوادورية تمر بمرحلة جديدة.", "الحكومة الإكوادورية", "neutral"),    # what is done by force is coercion; strength alone is no judgement
    ("وقال ناشط كندي إن الشرطة الإكوادورية فرقت المتظاهرين بالقوة.", "الشرطة الإكوادورية", "negative"),
    ("وقال ناشط كندي إن الشرطة الإكوادورية تملك القوة الكافية.", "الشرطة الإكوادورية", "neutral"),    # the party whose example others are asked to follow is a model
    ("ودعا ناشط كندي الدول الأخرى لتحذو حذو الحكومة الإكوادورية.", "الحكومة الإكوادورية", "positive"),    # a party that undergoes a harm (named with ب right after it, or owning the good thing it harms) is not its doer;
    # a condemnation named with ب still judges
    ("وقال وزير الخارجية الكندي جون مارتن إن التدخلات الخارجية تضر بالحكومة الإكوادورية.", "الحكومة الإكوادورية", "neutral"),
    ("وقال وزير الخارجية الكندي جون مارتن إن التدخلات الخارجية تقوض استقرار الحكومة الإكوادورية.", "الحكومة الإكوادورية",
     "neutral"),
    ("وقال وزير الخارجية الكندي جون مارتن إن بلاده تندد بالحكومة الإكوادورية.", "الحكومة الإكوادورية", "negative"),
    # what a "for fear of" phrase names is a danger shunned, no deed of the one who shuns it
    ("وقال ناشط كندي إن آلاف الإكوادوريين فروا إلى البيرو خوفا من اندلاع أعمال عنف.", "الإكوادوريين", "neutral"),
    ("وقال ناشط كندي إن الشرطة الإكوادورية أغلقت الطرق خشية وقوع هجمات.", "الشرطة الإكوادورية", "neutral"),
    # the subject of the clause a denial denies is cleared of it when it is the speaker's own side (but not one who only
    # suffers what is denied)
    ("ونفى وزير الخارجية الكندي جون مارتن أن تكون الحكومة الكندية قد سلحت المتمردين.", "الحكومة الكندية", "positive"),
    ("ونفى وزير الخارجية الكندي جون مارتن أن أوتاوا كانت على علم بالصفقة.", "أوتاوا", "positive"),
    ("ونفت الشرطة الكندية أن يكون المتظاهرون تعرضوا لأي أذى.", "المتظاهرون", "neutral"),
    # غير makes an adjective of the one word after it: a second adjective joined by و is neither negated nor governed
    ("وقال وزير الخارجية الكندي جون مارتن إن الحكومة الفنزويلية ردت برسالة غير ودية ومسيئة للشعب الكندي.", "الحكومة الفنزويلية", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن حكومة الإكوادور غير شرعية وفاسدة.", "حكومة الإكوادور", "negative"),
    ("وقال وزير الخارجية الكندي جون مارتن إن حكومة الإكوادور غير داعمة للإرهاب.", "حكومة الإكوادور", "positive"),
    # dissolving a body of one's own is a procedure announced: no stance towards it; the legislature a head of state
    # dissolves is no side of his, the measure is aimed at it; condemned, the body suffers it
    ("وقال وزير الداخلية الكيني جوزيف أومولو إنه قرر حل الشرطة قبل نهاية العام.", "الشرطة", "neutral"),
    ("وقال الرئيس الكيني إنه قرر حل البرلمان قبل نهاية ولايته.", "البرلمان", "negative"),
    ("وأدان الرئيس الكيني قرار حل البرلمان.", "البرلمان", "positive"),
    # a pledge to deal with a party firmly is a threat against it; a pledge of firm support is none
    ("وتعهد الرئيس الكيني بمواجهة المتظاهرين بكل حزم.", "المتظاهرين", "negative"),
    ("وتعهد وزير الداخلية التشيلي بالتصدي \"بصرامة\" للمحتجين في العاصمة.", "المحتجين", "negative"),
    ("وتعهد الرئيس الفرنسي بدعم حازم لأوكرانيا.", "أوكرانيا", "positive"),
    # a measure announced or ordered against someone is aimed at them; a misfortune announced is none, and one condemned
    # is suffered
    ("وأعلن الرئيس الكيني وليام روتو إقالة وزير الزراعة بيتر كيبتو.", "بيتر كيبتو", "negative"),
    ("وأمر الرئيس الكيني وليام روتو باعتقال بيتر كيبتو.", "بيتر كيبتو", "negative"),
    ("وأعلن الرئيس الكيني وليام روتو وفاة بيتر كيبتو.", "بيتر كيبتو", "neutral"),
    ("وأدان الرئيس الكيني وليام روتو اعتقال بيتر كيبتو.", "بيتر كيبتو", "positive"),
    # a measure named further into the content than its opening is aimed at its object as well; one that only dates
    # another event is not what is told
    ("وأعلنت وزارة الداخلية الكينية تشديد الرقابة على الحدود وترحيل الصحفي الأجنبي بيتر أوتينو.", "بيتر أوتينو",
     "negative"),
    ("وقرر البرلمان الكيني تشكيل لجنة تحقيق وإقالة وزير الزراعة بيتر كيبتو.", "بيتر كيبتو", "negative"),
    ("وأعلنت الحكومة الكينية زيادة رواتب الشرطة منذ اعتقال بيتر أوتينو.", "بيتر أوتينو", "neutral"),
    # a legal step taken "بحق" someone is against them, announced or reported; a harm done "بحق" someone wrongs them
    ("وأعلنت النيابة الكينية طلب أمر اعتقال بحق بيتر كيبتو.", "بيتر كيبتو", "negative"),
    ("وقال النائب العام الكيني جون موانغي إن القضاء الكيني نطق بالسجن عشر سنوات بحق بيتر أوتينو.", "بيتر أوتينو",
     "negative"),
    ("وقال زعيم المعارضة الكيني رايلا أودينغا إن الشرطة ارتكبت انتهاكات بحق المتظاهرين.", "المتظاهرين", "positive"),
    # a party's account that does not hold up is faulted
    ("وقال وزير الخارجية الكندي جون مارتن إن رواية الحكومة الإريترية لا تصمد أمام الأدلة.", "الحكومة الإريترية", "negative"),
    # remaining by a party's side stands by it; denied, it abandons it
    ("وقال وزير الخارجية الكندي جون مارتن إن كندا كانت وستبقى دائما إلى جانب أوكرانيا.", "أوكرانيا", "positive"),
    ("وقال وزير الخارجية الكندي جون مارتن إن كندا لن تبقى إلى جانب أوكرانيا.", "أوكرانيا", "negative"),
    # a nationality adjective spelled as its country closes the noun of the one asked, before the demand
    ("وطالب وزير الخارجية الكندي جون مارتن السلطات السعودية بالكشف عن مصير المفقودين.", "السلطات السعودية", "negative"),
    ("ودعا وزير الخارجية الكندي جون مارتن الدول الكبرى إلى الضغط على السلطات السعودية لوقف القصف.", "السلطات السعودية", "negative"),
    # the subject of the condition a threat sets is the one warned off, though another party is named first
    ("وهدد وزير الدفاع الكندي بيل بلير بمراجعة المساعدات المقدمة إلى جيبوتي إذا مضت الحكومة الإريترية في قرارها.",
     "الحكومة الإريترية", "negative"),
    ("وهدد وزير الدفاع الكندي بيل بلير بضرب ميناء عصب إذا بدأت الحكومة الإريترية الحفر فيه.", "الحكومة الإريترية", "negative"),
    # the one whose release a call asks for is wronged by being held; who holds it is asked to stop
    ("وطالب وزير الخارجية الكندي جون مارتن بالإفراج عن ناشطي المعارضة المعتقلين.", "ناشطي المعارضة المعتقلين", "positive"),
    ("ودعا وزير الخارجية الكندي جون مارتن إلى إطلاق سراح الصحفي الإريتري داويت إسحاق.", "داويت إسحاق", "positive"),
    ("ودعا وزير الخارجية الكندي جون مارتن الحكومة الإريترية إلى الإفراج عن الصحفي داويت إسحاق.", "الحكومة الإريترية", "negative"),
    # past the adverbs and adjectives of the demand, and past "all"; or after a word of demanding inside the content
    ("وطالب وزير الخارجية الكندي جون مارتن «بالإفراج الفوري وغير المشروط» عن الصحفي داويت إسحاق.", "داويت إسحاق", "positive"),
    ("وطالب وزير الخارجية الكندي جون مارتن بالإفراج عن جميع ناشطي المعارضة المعتقلين.", "ناشطي المعارضة المعتقلين", "positive"),
    ("وقال وزير الخارجية الكندي جون مارتن إن بلاده تطالب بالإفراج فورا عن الصحفي داويت إسحاق.", "داويت إسحاق", "positive"),
    # suspending or freezing a party's membership or participation falls on the party; its participation alone judges nothing
    ("وقرر الاتحاد الأفريقي تعليق عضوية إريتريا في جميع أنشطته.", "إريتريا", "negative"),
    ("وقرر الاتحاد الأفريقي تعليق مشاركة إريتريا في جميع أنشطته.", "إريتريا", "negative"),
    ("وقال الاتحاد الأفريقي إن مشاركة إريتريا في القمة مهمة.", "إريتريا", "neutral"),
    # refusing to bow is defiance, a merit of who refuses; the bad thing not bowed to stays the bad thing of its owner,
    # and who defies it only faces it
    ("وقال رئيس الوزراء الكندي جاستن ترودو إن شعب كندا لن يركع.", "شعب كندا", "positive"),
    ("وقال رئيس الوزراء الكندي جاستن ترودو إن كندا لن تخضع لتهديدات روسيا.", "روسيا", "negative"),
    # the one who will not bow defies the bad thing: a merit of theirs, not a fault
    ("وقال رئيس الوزراء الكندي ماثيو غرين إن كندا لن تخضع لتهديدات روسيا.", "كندا", "positive"),
    ("وقال وزير الداخلية الكيني جوزيف أومولو إن كينيا لن تركع أمام الإرهاب.", "كينيا", "positive"),
    # who marginalizes others is in the wrong
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الحكومة الكينية همشت سكان الشمال.", "الحكومة الكينية", "negative"),
    # a sham or a desperate act said of a party's doing
    ("ووصف زعيم المعارضة الكينية رايلا أودينغا الحوار الذي دعت إليه الحكومة الكينية بأنه مسرحية يائسة.", "الحكومة الكينية", "negative"),
    # ties resumed or mended are a rapprochement with the other side; ties alone judge nothing
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده قررت استئناف العلاقات الدبلوماسية مع جيبوتي.", "جيبوتي", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن العلاقات مع جيبوتي ستناقش الأسبوع المقبل.", "جيبوتي", "neutral"),
    # readiness said of a party is a merit; negated, unwillingness
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن قوات الاتحاد الأفريقي مستعدة للانتشار في أي وقت.", "الاتحاد الأفريقي", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن حكومة جيبوتي غير مستعدة للتفاوض.", "حكومة جيبوتي", "negative"),
    # but not of a party named after it
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده مستعدة للمنافسة مع جيبوتي.", "جيبوتي", "neutral"),
    # proving oneself is a merit of the one who proves; a bad thing proved stays bad
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن حكومة جيبوتي أثبتت قدرتها على إدارة الموانئ.", "حكومة جيبوتي", "positive"),
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن التحقيقات أثبتت تورط حكومة جيبوتي في التهريب.", "حكومة جيبوتي", "negative"),
    # a word of stopping reaches past "all forms of" to what it stops
    ("ودعا وزير الخارجية الكيني موساليا مودافادي إلى وقف فوري لكافة أشكال التعاون مع جيبوتي.", "جيبوتي", "negative"),
    # an embassy reopened is a rapprochement; an ambassador expelled, a break
    ("وأعلن وزير الخارجية الكيني موساليا مودافادي إعادة فتح سفارة بلاده لدى جيبوتي.", "جيبوتي", "positive"),
    ("وطالب وزير الخارجية الكيني موساليا مودافادي بطرد سفير جيبوتي.", "جيبوتي", "negative"),
    # straining ties is a fault; not seeking to strain them is good will
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده لا تسعى إلى توتير العلاقات مع جيبوتي.", "جيبوتي", "positive"),
    # ties assessed again are put in question: a threat to the other side
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن بلاده ستعيد النظر في علاقاتها مع جيبوتي.", "جيبوتي", "negative"),
    # a win told without judging it favours the winner; a judging act keeps its own stance
    ("وأعلنت اللجنة الانتخابية في كينيا فوز الرئيس وليام روتو بولاية ثانية.", "وليام روتو", "positive"),
    ("ورفض زعيم المعارضة الكينية رايلا أودينغا فوز الرئيس وليام روتو بولاية ثانية.", "وليام روتو", "negative"),
    # a party said to be responsible for a bad happening is blamed; responsible for a good duty, not
    ("وقال الرئيس الكيني وليام روتو إن الشرطة الأوغندية مسؤولة عن وفاة الصحفي.", "الشرطة", "negative"),
    ("وقال الرئيس الكيني وليام روتو إن حكومة أوغندا مسؤولة عما حدث للمعتقلين.", "حكومة أوغندا", "negative"),
    # the party a participle of holding responsible lays the duty on is blamed, even in a call's content
    ("وطالب المحتجون بخفض الأسعار محملين الحكومة الأوغندية المسؤولية عن تلك الزيادات.", "الحكومة الأوغندية", "negative"),
    # a bad deed of the speaker's own side that opens what a denial denies clears it, as a denied clause does
    ("ونفى وزير الخارجية الأوغندي جيجي أودونغو أي تورط لأوغندا في الهجوم.", "أوغندا", "positive"),
    ("ونفى وزير الخارجية الأوغندي جيجي أودونغو تورط أوغندا في الهجوم.", "أوغندا", "positive"),
    # "any" and a good thing as the bare object of a cue: the good thing is ruled out, the party it is with rejected
    ("واستبعد زعيم المعارضة الكينية رايلا أودينغا أي تعاون مع الحكومة الأوغندية.", "الحكومة الأوغندية", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن أي تعاون مع الحكومة الأوغندية سيكون مفيدا.", "الحكومة الأوغندية", "positive"),
    # the relatives of a charged word (its verb, verbal noun, participle) judge under a neutral verb of saying
    ("واعتبر زعيم المعارضة الكينية رايلا أودينغا أن وزراء الحكومة الأوغندية مفسدون ومحتالون.", "الحكومة الأوغندية", "negative"),
    # the verbs of repression under a neutral verb of saying
    ("وقال وزير الخارجية الكيني موساليا مودافادي إن الشرطة الأوغندية تنكل بالمعارضين وتضطهد الصحفيين.", "الشرطة الأوغندية", "negative"),
    # the verbs of misrule under a neutral verb of judging
    ("واعتبر المحلل السياسي كريم منصور أن البرلمان الليبي يعطل القوانين ويقصي المستقلين.", "البرلمان الليبي", "negative"),
    # the verbs of strengthening under a neutral verb of saying
    ("وقال الرئيس الكيني وليام روتو إن الحكومة الإثيوبية عززت الروابط بين البلدين ووطدتها.", "الحكومة الإثيوبية", "positive"),
    # the speaker's own first person singular in a direct quote: praise, and a rejection negated
    ("وقال الرئيس الكيني وليام روتو: «أرحب بقرار الحكومة الإثيوبية وأدعمه».", "الحكومة الإثيوبية", "positive"),
    ("وقال الرئيس الكيني وليام روتو: «لا أعارض مشاركة الحكومة الإثيوبية في المحادثات».", "الحكومة الإثيوبية", "positive"),
    # the relatives of deception (fabricating, fallacy) under a neutral verb of judging
    ("واعتبر وزير الخارجية البرازيلي ماورو فييرا أن الحكومة الفنزويلية تفبرك الأرقام وتنشر المغالطات.", "الحكومة الفنزويلية", "negative"),
    # the passive participle of thanking under a neutral verb of saying
    ("وقال المحلل السياسي كريم منصور إن جهود الحكومة الفنزويلية مشكورة.", "الحكومة الفنزويلية", "positive"),
    # the relatives of hostility (verbal attack, bias) under a neutral verb of saying
    ("وقال وزير الخارجية البرازيلي ماورو فييرا إن الحكومة الفنزويلية تتهجم على جيرانها بتحامل واضح.", "الحكومة الفنزويلية", "negative"),
    # the relatives of negligence under a neutral verb of seeing
    ("ورأى المحلل السياسي كريم منصور أن الحكومة الفنزويلية أهملت المستشفيات وتهاونت في حماية المرضى.", "الحكومة الفنزويلية", "negative"),
    # the participle of trusting under a neutral verb of saying
    ("وقال المحلل السياسي كريم منصور إن الحكومة الفنزويلية شريك موثوق في مكافحة التهريب.", "الحكومة الفنزويلية", "positive"),
    # coexistence and brotherhood under a neutral verb of judging
    ("واعتبر المحلل السياسي كريم منصور أن الحكومة الفنزويلية تعمل من أجل التعايش والتآخي بين الطوائف.", "الحكومة الفنزويلية", "positive"),
    # the verb of winning under a neutral verb of saying: its subject won
    ("وقال المتحدث باسم الحزب الحاكم الكيني جون موانغي إن الحزب الديمقراطي فاز بأغلبية المقاعد.", "الحزب الديمقراطي", "positive"),
    # the chant of leaving shouted at a ruler under a neutral verb of chanting
    ("وردد المتظاهرون في نيروبي هتاف: الرئيس وليام روتو ارحل.", "وليام روتو", "negative"),
    # a mandate the voters give backs the one who holds it; the formal charge to form a government judges nothing
    ("ورأى المحلل السياسي كريم منصور أن الناخبين منحوا الرئيس وليام روتو تفويضا واضحا.", "وليام روتو", "positive"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إنه سيسلم التفويض لتشكيل الحكومة إلى الحزب الديمقراطي.", "الحزب الديمقراطي", "neutral"),
    # a description or a deeming is a verdict: put in an image no table reads, it leans to blame; words of praise
    # still praise, and the same image said is no verdict
    ("ووصف زعيم المعارضة الكينية رايلا أودينغا خطة الحكومة الكينية بأنها قفزة في الظلام.", "الحكومة الكينية", "negative"),
    ("واعتبر زعيم المعارضة الكينية رايلا أودينغا أن الحكومة الكينية تسير بالبلاد نحو المجهول.", "الحكومة الكينية", "negative"),
    ("ووصف زعيم المعارضة الكينية رايلا أودينغا خطة الحكومة الكينية بأنها خطوة شجاعة.", "الحكومة الكينية", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن خطة الحكومة الكينية قفزة في الظلام.", "الحكومة الكينية", "neutral"),
    # the bad thing a call asks its addressee to act on is not the addressee's doing; what it is asked to stop is
    ("ودعا وزير الداخلية الكيني جون موانغي الحكومة الأوغندية إلى التصدي للإرهاب.", "الحكومة الأوغندية", "neutral"),
    ("وحث وزير الداخلية الكيني جون موانغي الحكومة الأوغندية على إدانة الهجمات.", "الحكومة الأوغندية", "neutral"),
    ("وطالب وزير الداخلية الكيني جون موانغي الحكومة الأوغندية بوقف دعم المتمردين.", "الحكومة الأوغندية", "negative"),
    ("ودعا وزير الداخلية الكيني جون موانغي الحكومة الأوغندية إلى مراجعة سياستها الخطيرة.", "الحكومة الأوغندية", "negative"),
    # a state office holder speaks for the government and forces of the country in context, not for its legislature,
    # courts or prosecutors, which check it: their deeds told are no stance of the speaker's
    ("وقال الرئيس الكيني وليام روتو إن البرلمان سيناقش مشروع القانون الأسبوع المقبل.", "البرلمان", "neutral"),
    ("وقال وزير العدل الكيني جون موانغي إن النيابة العامة تنظر في الملف.", "النيابة العامة", "neutral"),
    ("وقال الرئيس الكيني وليام روتو إن الحكومة ستعقد اجتماعا طارئا.", "الحكومة", "positive"),
    # the bad things a call names, unmarked as its addressee's, are what it is asked to fight or get past: no blame; a
    # pronoun of its owner marks them as the addressee's
    ("ودعا الرئيس الكيني وليام روتو المعلمين إلى تنظيم ندوات في المدارس عن نبذ العنف.", "المعلمين", "neutral"),
    ("ودعا الرئيس الكيني وليام روتو الحكومة الأوغندية إلى العمل مع جيرانها من أجل تخطي الشكوك المتبادلة.", "الحكومة الأوغندية",
     "neutral"),
    ("ودعا الرئيس الكيني وليام روتو الحكومة الأوغندية إلى إعادة النظر في قرارها الأخير وسياستها العدائية.", "الحكومة الأوغندية",
     "negative"),
    # responsibility for a task is no blame; for what happened, or as a bare charge, it is
    ("وقال وزير الداخلية الأوغندي جون موانغي إن الحكومة الكينية تتحمل مسؤولية إعادة إعمار القرى.", "الحكومة الكينية", "neutral"),
    ("وقال وزير الداخلية الأوغندي جون موانغي إن الحكومة الكينية تتحمل مسؤولية انهيار الجسر.", "الحكومة الكينية", "negative"),
    ("وقال وزير الداخلية الأوغندي جون موانغي إن الجيش الكيني يتحمل المسؤولية عن ما جرى في القرية.", "الجيش الكيني", "negative"),
    # working together or allying with a party is good will towards it; refused, it is none, and working with a bad
    # party for a bad end stays a charge
    ("وأعلن رئيس حزب العدالة الكيني ديفيد موانغي أنه سيتحالف مع حزب الفلاحين.", "حزب الفلاحين", "positive"),
    ("وقال الرئيس الأوغندي يويري موسيفيني إنه يراهن على مواصلة العمل مع الحكومة الكينية.", "الحكومة الكينية",
     "positive"),
    ("وقال رئيس حزب العدالة الكيني ديفيد موانغي إن حزبه لن يعمل مع حزب الفلاحين.", "حزب الفلاحين", "neutral"),
    ("وجدد رئيس حزب العدالة الكيني ديفيد موانغي وعده بعدم التحالف مع حزب الفلاحين.", "حزب الفلاحين", "neutral"),
    ("وبدأ رئيس حزب العدالة الكيني ديفيد موانغي المشاورات، مستبعدا التحالف مع حزب الفلاحين.", "حزب الفلاحين",
     "negative"),
    ("وقال رئيس حزب العدالة الكيني ديفيد موانغي إن الحكومة تعمل مع الميليشيات لزعزعة الاستقرار.", "الميليشيات", "negative"),
    # a tie or an exchange cut with a party breaks with it, whatever good words give the reason (stance/severed.py); a
    # cooperation strengthened is no cut
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده قررت قطع العلاقات مع أوغندا حفاظا على كرامة الشعب.", "أوغندا",
     "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده علقت بعض برامج المساعدات لأوغندا.", "أوغندا", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده ألغت الزيارة المقررة إلى أوغندا.", "أوغندا", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده ستعزز التعاون مع أوغندا.", "أوغندا", "positive"),
    # a cut itself lifted or cancelled cuts nothing
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده قررت رفع القيود على صادرات أوغندا.", "أوغندا", "neutral"),
    ("وقال وزير الخارجية الكيني جون موانغي إن بلاده قررت إلغاء تجميد أصول أوغندا.", "أوغندا", "neutral"),
    # the party that did not come, or promised and gave nothing, is reproached for its neglect (stance/neglect.py)
    ("وقال المزارع الكيني جون موانغي إن المياه غمرت القرية منذ أسبوع ولم يأت أحد من الحكومة الكينية.", "الحكومة",
     "negative"),
    ("وقال المزارع الكيني جون موانغي إن الحكومة الكينية وعدتنا كثيرا ولم نر شيئا.", "الحكومة", "negative"),
    # a deed of wrongdoing (storming, besieging, chasing) blames its doer; the party it is done to only undergoes it
    ("وقال وزير الخارجية الكيني جون موانغي إن الشرطة الأوغندية اقتحمت مخيم اللاجئين.", "الشرطة", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن الجيش الأوغندي يحاصر مدينة كيسومو.", "الجيش", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن الميليشيات تطارد المدنيين في الشمال.", "المدنيين", "neutral"),
    # a party said to try is charged with a design of its own; one that exerts itself is credited with its efforts
    ("وقال وزير الخارجية الكيني جون موانغي إن الحكومة الأوغندية تحاول التهرب من التزاماتها.", "الحكومة الأوغندية",
     "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن الحكومة الأوغندية تحاول كسب الوقت.", "الحكومة الأوغندية", "negative"),
    ("وقال وزير الخارجية الكيني جون موانغي إن الحكومة الأوغندية تبذل جهودا حثيثة لإنهاء الأزمة.", "الحكومة الأوغندية",
     "positive"),
])
def test_stance_towards_a_target(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, not_target", [
    # the country of a titled target's title says who the person is: neither the speaker's own side nor
    # what the act condemns (the person is); it is no target
    ("وقال وزير الخارجية القطري محمد بن عبد الرحمن إن أمير قطر تميم بن حمد سيزور باريس.", "قطر"),
    ("وهاجم الرئيس الإماراتي محمد بن زايد أمير قطر تميم بن حمد.", "قطر"),
    ("وانتقد وزير الخارجية الأردني أيمن الصفدي رئيس حزب المؤتمر الهندي راهول غاندي.", "حزب المؤتمر الهندي"),
])
def test_a_titles_country_is_no_target(nlp, text: str, not_target: str) -> None:
    with pytest.raises(AssertionError, match="is no target"):
        stance_towards(nlp, text, not_target)


@pytest.mark.parametrize("text, target, stance", [
    # the doer of a harmful act named through an agent phrase did the harm
    ("وقال وزير الخارجية الكيني إن الصحفي تعرض للضرب على يد الشرطة الإثيوبية.", "الشرطة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الأردني أيمن الصفدي إن ثلاثة مدنيين قتلوا على أيدي الجيش السوري.", "الجيش السوري", "negative"),
    ("وقال وزير الخارجية الكيني إن السجين توفي بعد إجباره من قبل الشرطة الإثيوبية على تناول دواء.",
     "الشرطة الإثيوبية", "negative"),
    # a neutral or good act by X judges nothing bad of X
    ("وقال وزير الخارجية الكيني إن المستشفى الجديد تم افتتاحه من قبل الحكومة الإثيوبية.", "الحكومة الإثيوبية", "neutral"),
    ("وقال وزير الخارجية الكيني إن الرهائن تم تحريرهم على يد الجيش الإثيوبي.", "الجيش الإثيوبي", "neutral"),
    # "على يد" of a teacher or trainer: no harm
    ("وقال وزير الخارجية الكيني إن الضابط تلقى تدريبه على يد الجيش الإثيوبي.", "الجيش الإثيوبي", "neutral"),
    # a denied harm, and a harm the speaker hails, make no fault of its doer
    ("ونفى وزير الخارجية الكيني أن يكون الصحفي قد تعرض للضرب على يد الشرطة الإثيوبية.", "الشرطة الإثيوبية", "neutral"),
    ("وأشاد وزير الخارجية الكيني باعتقال قادة العصابة على أيدي الشرطة الإثيوبية.", "الشرطة الإثيوبية", "positive"),
    # the subject of an active perfect verb of violence with its object did the harm, past a partial quote's mark
    ("وقال وزير الخارجية الكيني إن الشرطة الإثيوبية قتلت عشرات المدنيين.", "الشرطة الإثيوبية", "negative"),
    ("وقالت المنظمة إن عناصر من الشرطة وآخرين «أحرقوا المنازل».", "الشرطة", "negative"),
    # a passive told of victims (a preposition after the verb), and a verbal noun, name no doer
    ("وقال وزير الخارجية الكيني إن عناصر الجيش الإثيوبي قتلوا في الهجوم.", "الجيش الإثيوبي", "neutral"),
    # the subject after a verb of violence that carries its object as a pronoun did the harm, not a noun's owner
    ("وقال وزير الخارجية الكيني إن مصير الصيادين الذين اختطفتهم الحكومة الإثيوبية ما زال مجهولا.",
     "الحكومة الإثيوبية", "negative"),
    ("وقال وزير الخارجية الكيني إن إصابة الجيش الإثيوبي كانت خفيفة.", "الجيش الإثيوبي", "neutral"),
    # the imperfect, and the bare perfect right after its subject before a definite object, name the doer too; the
    # bare form before a preposition is a passive told
    ("وقال وزير الخارجية الكيني إن الجيش الإثيوبي يقتل المدنيين في القرى.", "الجيش الإثيوبي", "negative"),
    ("وقال وزير الخارجية الكيني إن الجيش الإثيوبي قتل المدنيين في القرى.", "الجيش الإثيوبي", "negative"),
    ("وقال مصدر في الحزب الكيني إن الأمين العام للحزب جون موانغي قتل معه.", "جون موانغي", "neutral"),
    # a passive of violence (أصيب) names the one hurt, no doer, and a prepositional phrase after the verb is no object
    ("وقال وزير الداخلية الكيني إن عناصر الشرطة الكينية أصيبوا بجروح أثناء المواجهات.", "عناصر الشرطة الكينية", "neutral"),
    ("وقال وزير الداخلية الكيني إن بعض رجال الشرطة أصيبوا بالاختناق.", "رجال الشرطة", "neutral"),
    # verb-first: the subject right after a verb of harm that opens its clause did it; the object past it suffers it
    ("وقال زعيم المعارضة الكيني موسى كاماو إنه قمعت الشرطة الكينية المتظاهرين في نيروبي.", "الشرطة", "negative"),
    ("وقال زعيم المعارضة الكيني موسى كاماو إنه قمعت الشرطة الكينية المتظاهرين في نيروبي.", "المتظاهرين", "neutral"),
    ("وقال زعيم المعارضة الكيني موسى كاماو: «يقتل الجيش الإثيوبي المدنيين كل يوم».", "الجيش الإثيوبي", "negative"),
])
def test_the_agent_of_a_harmful_act(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text", [
    "ورفض وزير الخارجية البرتغالي جواو غوميش التعليق على قرار الحكومة الإسبانية.",
    "ورفض وزير الخارجية البرتغالي جواو غوميش الكشف عن موقف الحكومة الإسبانية.",
])
def test_declining_to_speak_rejects_no_one(nlp, text: str) -> None:
    """"رفض التعليق على X": declining to speak makes no statement, so no stance towards X."""
    assert extract_document(nlp, "t.txt", text).statements == []


def test_a_spokesperson_does_not_speak_about_their_own_body(nlp) -> None:
    rec = extract_document(nlp, "t.txt", "وقالت المتحدثة باسم وزارة الخارجية الروسية ماريا زاخاروفا إن وزارة الخارجية "
                                         "الروسية ترفض العقوبات الأمريكية على إيران.")
    st = rec.statements[0]
    assert [rec.entities[k].label for k in st.about] == [rec.entities[k].label for k in st.about
                                                         if "وزارة" not in rec.entities[k].label]
    assert st.about


@pytest.mark.parametrize("word, polarity", [
    ("المتغطرسة", -1), ("ندعمها", 1), ("أعدموا", -1), ("تقدما", 1), ("إيجابيا", 1), ("الأكاذيب", -1),
    ("كامل", 0), ("الأمانة", 0), ("الأيدي", 0),    # homographs of أمل, أمان, أيد are no evaluative words
    # every ending that fits is a reading: the accusative ا after a stem in ن ("متعاونا" is not متعاو + نا)
    ("جبانا", -1), ("غادرا", -1),
    # a final hamza sits on ي or و before an ending ("شركائنا", "حلفاؤها"); broken plurals ("أعداء")
    ("شركائنا", 1), ("حلفاؤها", 1), ("بأعدائهم", -1), ("الطغاة", -1),
    # but a final ة is no pronoun: "البناية" is a building, "بنائه" his building up
    ("البناية", 0), ("بنائه", 1),
    # words of welcome, love, steadfastness and praise
    ("مرحبا", 1), ("أحبها", 1), ("صمودهم", 1), ("بتفوق", 1),
    # ta marbuta written ت before a pronoun ending; words of competence
    ("حكمته", 1), ("كفاءتها", 1), ("نزاهتهم", 1), ("قادرون", 1), ("مؤهلة", 1),
    # reassuring, the counterpart of مقلق
    ("مطمئنة", 1), ("مقلقة", -1),
    # extremism as a bare noun, cheating, harassment, harm; reforms, improving, easing
    ("تطرف", -1), ("الغش", -1), ("مضايقات", -1), ("الأذى", -1), ("الإصلاحات", 1), ("تحسين", 1), ("انفراج", 1),
    # more evaluative words of general news usage
    ("المستبد", -1), ("أكذوبة", -1), ("مروعة", -1), ("سعادتها", 1), ("مرموقة", 1), ("متفائلون", 1),
    ("وحده", 0), ("وحدها", 0), ("وحدة", 1),
    # verbs of harm done to others, in the perfect and imperfect; words of sorrow
    ("يدمر", -1), ("دمرت", -1), ("هددت", -1), ("يعيق", -1), ("أساءوا", -1), ("يشوه", -1), ("المحزن", -1),
    # intimidation, illusion, going astray
    ("ترهيب", -1), ("الوهمية", -1), ("الضالة", -1), ("بسوء", -1),
    # the imperfect of a derived verb is read through its perfect in ا ("تحترم" -> احترم)
    ("تحترم", 1), ("يلتزم", 1), ("ينتهك", -1),
    # عميل, عملاء are as often clients and customers as agents of a foreign power: no evaluative word
    ("العملاء", 0), ("عميل", 0), ("العمالة", -1),
    # the counterpart of إيجابي; weakness; balance
    ("سلبية", -1), ("ضعيفة", -1), ("متوازنة", 1),
    # harm done to others, obstacles, menace; material damage reported (أضرار) is no judgement
    ("يضر", -1), ("الضارة", -1), ("عراقيل", -1), ("العقبات", -1), ("يتوعد", -1), ("أضرار", 0),
    # verbs of condemning, rejecting and accusing; دين (religion) is no verb of condemning
    ("ندين", -1), ("يرفضون", -1), ("نستنكر", -1), ("يتهم", -1), ("الدين", 0),
    # a verb of tolerating and a word that judges only after غير are nothing alone
    ("نسمح", 0), ("قانونية", 0),
    # sanctions are bad; the singular is no entry ("بعقوبة" is a town)
    ("العقوبات", -1), ("بعقوبة", 0),
    # merit, talent, pride, trust; not the verb "preferred", "worth mentioning", "strong", "better"
    ("موهوبة", 1), ("بتألق", 1), ("نفتخر", 1), ("يثق", 1), ("بفضل", 1), ("فضل", 0), ("الجدير", 0), ("قوي", 0), ("أفضل", 0),
    # folly, arrogance, bias, pretexts
    ("بغباء", -1), ("المتعجرفة", -1), ("انحيازها", -1), ("ذرائع", -1),
    # inflections of verbs of praise, thanks and welcome; نوّه (pointed out) is none
    ("أشادت", 1), ("نهنئ", 1), ("رحبت", 1), ("يمتدح", 1), ("نوه", 0),
    # the perfect in ت and the imperfect of verbs of wrongdoing
    ("ارتكبت", -1), ("عرقلت", -1), ("تقوض", -1), ("يزعزع", -1), ("يبتز", -1),
    # fuelling and stoking conflict
    ("تأجيج", -1), ("وإذكاء", -1),
    # belittling and scorn
    ("ينتقص", -1), ("باستخفاف", -1), ("ازدراء", -1),
    # evading commitments, stalling, double standards
    ("يتنصل", -1), ("تماطل", -1), ("بمكيالين", -1),
    # a relative adjective in -ائي is no hamza noun with "my" ("الثنائي" is bilateral, not ثناء); a noun in ن
    # is no imperfect ("نضالهم" is their struggle, not ضال)
    ("الثنائي", 0), ("ثنائية", 0), ("حلفائه", 1), ("نضالهم", 1),
    # common words that fold onto an evaluative one: "هنا" (here) is no هنأ, "اثنتين" (two) no أثنت
    ("وهنا", 0), ("اثنتين", 0), ("التقديرات", 0), ("هنأت", 1), ("يخطر", 0),
    # a word with the article is no imperfect verb: "النساء" (women) is no أساء, "التحكيم" no حكيم
    ("النساء", 0), ("التحكيم", 0), ("التدخل", -1),
    # the verb forms of leaving are no غادر (treacherous)
    ("تغادر", 0), ("وغادروا", 0), ("الغادر", -1),
    # the bare perfect of leaving is no adjective of treachery ("قد غادر البلاد"); with the article it is
    ("غادر", 0), ("وغادر", 0), ("الغادرة", -1),
    # regret is a bad word; an explosive is no regret
    ("بالأسف", -1), ("للأسف", -1), ("ناسفة", 0), ("بتحكيم", 0),
    # the perfect in ت of verbs of success and failure; "worrying"; the bare feeling and "wanted" are none
    ("نجحت", 1), ("خالفت", -1), ("للقلق", -1), ("القلق", 0), ("مرغوب", 0), ("تجاهلت", -1), ("يتجاهل", -1),
    # "far from" denies what follows, it is no bad word of its own; a verb of failing denies it and is one
    ("أخفقت", -1), ("بعيدا", 0), ("المفرطة", -1), ("أحبطت", 0), ("لإنجاح", 1), ("السخية", 1), ("البارز", 0),
    # an imperfect verb whose last letters read as an ending ("هم") is read without that ending too
    ("يتوهم", -1), ("تتوهم", -1),
    # the perfect's ت is read off any listed verb ("دعمت", "تدهورت"), not off a passive written with its damma ("نُهبت")
    ("دعمت", 1), ("وتدهورت", -1), ("نُهبت", 0), ("أخطرت", 0), ("صادقت", 0),
    # holding fast to, admiring, winning, doubting; "لاشك" (no doubt) written as one word is none
    ("متمسكة", 1), ("تمسكها", 1), ("معجبون", 1), ("تنتصر", 1), ("نشك", -1), ("لاشك", 0),
    # defending (not the bare دافع, a motive), including a party, keeping and breaking one's word
    ("ندافع", 1), ("دافعت", 1), ("بدافع", 0), ("بإشراك", 1), ("تفي", 1), ("إخلاف", -1),
    # a noun of three letters in ة before a pronoun ending ("ثقتها": her confidence)
    ("ثقتها", 1), ("وثقتهم", 1),
    # displeasure and astonishment as disapproval; the words of anger describe who is angered ("ردود فعل غاضبة")
    ("مستاءة", -1), ("منزعجون", -1), ("نستغرب", -1), ("غاضبة", 0), ("غضب", 0),
    # complicity a charge, valour a praise; the bare feelings a verb of arousing stirs lend nothing alone
    ("ضالعة", -1), ("ضلوعها", -1), ("ببسالة", 1), ("الباسل", 1), ("القلق", 0), ("يثير", 0),
    # the future's سـ before an imperfect is read off ("سيدعم", "سندين", "وستحترم"); a verb_homograph after it is its
    # neutral verb ("ستقدم": she will offer); nouns in سي, ست, سن keep their reading
    ("سيدعم", 1), ("سندين", -1), ("وستحترم", 1), ("ستقدم", 0), ("سيارة", 0), ("سياسة", 0), ("ستار", 0),
    ("سيطرة", 0), ("سياحة", 0), ("ستة", 0), ("سيادة", 0), ("سنوات", 0), ("سيناريو", 0), ("سيغادر", 0),
    # disarray and desperation said of a side, a sham, martial law; congratulations (not هشام, a name)
    ("المسرحية", -1), ("يائسة", -1), ("مشرذمة", -1), ("مرتبكة", -1), ("الهشة", -1), ("العرفية", -1), ("هشام", 0),
    ("بالتهاني", 1), ("تهانينا", 1),
    # holding firm, in the verb and the participle
    ("صمدت", 1), ("الصامدة", 1), ("صمام", 0),
    # "historic" praises; the noun of a date or of history is none
    ("تاريخية", 1), ("التاريخي", 1), ("بتاريخ", 0), ("التاريخ", 0),
    # cracking, collapse, nullity; the verb of marginalizing; a communiqué is no nullity
    ("يتصدع", -1), ("منهارة", -1), ("لاغيا", -1), ("بلاغ", 0), ("همّش", -1), ("يهمش", -1),
    # the relatives of corruption, fraud and extortion the inflection reader does not derive; يزور visits
    ("يفسدون", -1), ("المفسدين", -1), ("يحتكرون", -1), ("مختلسين", -1), ("تبتز", -1), ("يزور", 0),
    # the relatives of aggression, repression, contempt and provocation; بذل (exert, a merit) and آباد hold no ذل or أباد
    ("يعتدي", -1), ("المعتدين", -1), ("ينكل", -1), ("يحتقرون", -1), ("يستفز", -1), ("بذل", 1), ("آباد", 0),
    # the relatives of wasting, circumventing, obstructing and lawlessness; fact-finding and a crisis judge nothing
    ("يهدر", -1), ("أهدرت", -1), ("يتحايل", -1), ("الانفلات", -1), ("المزيفة", -1), ("تقصي", 0), ("أزمة", 0),
    # the relatives of strengthening, prospering, achieving; a given name and أنصاف (halves) are none
    ("يعزز", 1), ("وطدت", 1), ("المزدهرة", 1), ("ينجز", 1), ("متعاونا", 1), ("محسن", 0), ("لأنصاف", 0),
    # the first person singular of the verbs of judging; the given name نادين is no ن + أدين
    ("أدين", -1), ("وأرفض", -1), ("أدعمه", 1), ("أرحب", 1), ("أشيد", 1), ("نادين", 0),
    # the relatives of slander and fabrication; the Tigris (دجلة) holds no دجل
    ("يفتري", -1), ("يلفقون", -1), ("مفبركا", -1), ("المغالطات", -1), ("تحريف", -1), ("دجلة", 0),
    # the relatives of thanking; a given name is none
    ("مشكورة", 1), ("شاكرين", 1), ("عرفانا", 1), ("شاكر", 0), ("عرفان", 0),
    # the relatives of enmity, verbal attack and bias; a number exceeded (تعدى) is no encroachment
    ("يتهجم", -1), ("تهجمات", -1), ("المتحاملين", -1), ("يعادون", -1), ("عداوة", -1), ("تعدى", 0),
    # the relatives of neglecting and laxity; licences (تراخيص) hold no تراخي
    ("أهملت", -1), ("يهملون", -1), ("يتهاون", -1), ("متقاعسة", -1), ("اللامبالاة", -1), ("تراخيص", 0),
    # the relatives of trust; ratifying (صدق) and a secretary (أمين) are none
    ("موثوقة", 1), ("موثوقين", 1), ("موثوقية", 1), ("مؤتمنا", 1), ("صدق", 0), ("أمين", 0),
    # the relatives of coexistence; interests (مصالح) are no reconciliations
    ("التعايش", 1), ("يتعايش", 1), ("المصالحات", 1), ("مصالح", 0),
    # weakness as a noun and the comparative, fragility; the imperfect of "to weaken" and multiples (أضعاف) judge nothing
    ("ضعف", -1), ("وضعفها", -1), ("أضعف", -1), ("هشاشة", -1), ("سيضعف", 0), ("تضعف", 0), ("أضعاف", 0),
    # praise and eulogy, blame (hirelings, cliques, bias); the symbolic (رمزي), annuls (يبطل), feet (الأقدام), "worth
    # mentioning" (جدير) and supervising (مشرفة) judge nothing
    ("والأبطال", 1), ("شجعان", 1), ("محنكا", 1), ("المأجورة", -1), ("شرذمة", -1), ("الأحادية", -1), ("تمييزية", -1),
    ("رمزي", 0), ("يبطل", 0), ("الأقدام", 0), ("جدير", 0), ("مشرفة", 0),
    # efforts praised and a milestone; performs (يؤدي) holds no ودي
    ("الحثيثة", 1), ("جبارة", 1), ("فارقة", 1), ("يؤدي", 0), ("وديان", 0),
    # wrecking a deal, demonising, populism; the treasury (الخزينة) holds no خزي
    ("ينسف", -1), ("أجهضت", -1), ("شيطنة", -1), ("الشعبوي", -1), ("الخزينة", 0),
    # the verb of winning through its conjugations; the noun (a role) and the winner judge nothing alone
    ("فازت", 1), ("فزنا", 1), ("سيفوز", 1), ("يفوزون", 1), ("فوز", 0), ("الفائز", 0),
    # the imperative of leaving; the noun of leaving judges nothing alone
    ("ارحل", -1), ("ارحلوا", -1), ("الرحيل", 0),
    # the bare mandate; the definite one, a formal charge, judges nothing
    ("تفويضا", 1), ("تفويض", 1), ("التفويض", 0), ("بالتفويض", 0),
    # congratulating, honouring, inspiration, glory, sharing grief, a prop, legitimacy; bonds, a project and the
    # generous one of a name are none
    ("مهنئا", 1), ("تكريما", 1), ("ملهم", 1), ("مجيدة", 1), ("تشاطر", 1), ("سنداً", 1), ("المشروعة", 1),
    ("سندات", 0), ("مشروع", 0), ("الكريم", 0), ("المهنية", 0), ("الهام", 0),
    # trying (the imperfect and the plural noun: a design charged; the perfect and the singular noun tell a plain move
    # too); exerting oneself, but not "بذلك" (thereby)
    ("تحاول", -1), ("يحاولون", -1), ("ستحاول", -1), ("محاولات", -1), ("حاولت", 0), ("محاولة", 0), ("تبذل", 1), ("سيبذلون", 1), ("بذلتها", 1),
    ("بذلك", 0),
])
def test_word_polarity_through_inflections(word: str, polarity: int) -> None:
    from kgbuild.extract.stance import word_polarity
    assert word_polarity(word) == polarity


@pytest.mark.parametrize("text, stance", [
    # the speaker's own side (their country) is positive, but the statement's stance is that of its words
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الفيضانات كارثة مؤلمة للهند.", "negative"),
    # a place named only as where something happens stays neutral; the statement's words still speak
    ("وقال وزير الدفاع الكندي بيل بلير إن المناورات التي جرت في البرازيل كانت ناجحة ومثمرة.", "positive"),
    # with no evaluative word, a speaker's own side still decides ("بلاده ستواصل المحادثات")
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند ستواصل المحادثات مع اليابان.", "positive"),
    # an evaluative verb: what a party does to others
    ("وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند ستواصل العمل بينما كان الفيضان يدمر القرى.", "negative"),
    # what a "despite" phrase names is overcome; the words after a "but" outweigh those before
    ("وقال وزير المالية الفرنسي برونو لومير إن الاقتصاد قادر على النمو رغم المخاطر والأزمات.", "positive"),
    ("وقال وزير المالية الفرنسي برونو لومير إن الشركة ارتكبت أخطاء كثيرة، لكنها حققت نجاحا كبيرا في النهاية.", "positive"),
    # what the first party only suffers is no stance of the statement's: the party judged next, else the words
    ("وقال بيل بلير وزير الدفاع الكندي إن الخطر الحقيقي على أوكرانيا يأتي من روسيا.", "negative"),
    ("وقال الخبير المالي سامي نصار إن العدوان على أوكرانيا أضر كثيرا بأسواق المال.", "negative"),
    # the role after "بصفة" is no judgement: the words that judge decide
    ("وقال وزير المالية الفرنسي برونو لومير إن بلاده بصفتها شريكا تجاريا قديما ترى الرسوم الجديدة مؤسفة.", "negative"),
    # the bad things a talk is held on are its topic, no judgement; sanctions under discussion are one
    ("وقال أنطونيو تاياني وزير خارجية إيطاليا إن مجلس الجامعة سيجتمع الأسبوع المقبل لمناقشة الاعتداءات والجرائم والمجازر.",
     "neutral"),
    ("وقال أنطونيو تاياني وزير خارجية إيطاليا إن الوزراء ناقشوا فرض عقوبات جديدة على الشركات الأجنبية.", "negative"),
    # a verb of fighting in the future ("سنحارب") turns the bad thing round, as its verbal noun does
    ("وقال رئيس الوزراء الكيني وليام روتو إن حكومته ستحارب الفساد والتهريب في الموانئ.", "positive"),
    # the service a crew or an operation is named for is no merit of anyone's ("عمليات الإغاثة", "قوارب الإنقاذ")
    ("وقال متحدث باسم الشرطة الكينية إن عمليات الإغاثة ستستمر أسبوعا.", "neutral"),
    ("وقال متحدث باسم الشرطة الكينية إن عمليات الاغتيال ستستمر أسبوعا.", "negative"),
    # love after a "but" outweighs the bad words before it
    ("وقال المحامي الكيني سامي أوتينو إن الشاب عاش حياة الفساد، ولكنه وجد في النهاية المحبة في قلوب الناس.", "positive"),
    # an indefinite غير phrase right after a word of fighting says what the fighting is, nothing fought; a definite
    # one is the adjective of the noun fought
    ("وقال المحامي الكيني سامي أوتينو إن محاكمته غير شرعية.", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن حظر غير مبرر فرض على الحزب.", "negative"),
    ("وقال وزير الداخلية الإيطالي ماتيو بيانتيدوزي إن مكافحة الهجرة غير الشرعية ضرورية.", "positive"),
    # the speaker's own people are their own side: what the content says of another decides
    ("وقال وزير الخارجية الموريتاني إن الشعب الموريتاني الصامد يعرف جيدا النوايا الخبيثة للمعتدين الطامعين.", "negative"),
    # a blow or an attack dealt to a good thing harms it (a report of strikes alone judges no one)
    ("وقال المحامي الكيني سامي أوتينو إن القرار يمثل ضربة موجعة للمصالحة الوطنية.", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن القانون هجوم على الاستقرار.", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن الجيش شن ضربات على مواقع في الشمال.", "neutral"),
    # a pledge of a decisive answer is a threat, whoever is answered
    ("وتعهد رئيس الوزراء الأسترالي بأن ترد الحكومة ردا حاسما على كل من يعتدي على المحلات.", "negative"),
    # a right denied forbids what no one may do, a reproach; a right granted judges nothing
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إنه لا يحق لأحد أن يغلق أبواب البرلمان أمام النواب.", "negative"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إنه يحق للمواطنين التصويت.", "neutral"),
    # refusing to bow to a bad thing: the bad thing, not turned round by the negation, gives the stance
    ("وقال رئيس الوزراء الكندي جاستن ترودو إن بلاده لن تخضع للتهديدات.", "negative"),
    # mourning honours the dead, as a condolence does
    ("وأعلنت الحكومة الكندية الحداد العام يومين.", "positive"),
    ("ونعى رئيس الوزراء الكندي جاستن ترودو في بيان الزعيم الراحل.", "positive"),
    # what was done without consulting or informing a party reproaches its doer, named or not; talks held do not
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن القرار اتخذ من دون أي نقاش مع النواب.", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن أحدا لم يستشر المزارعين قبل توقيع العقد.", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن الشركة باعت الأراضي دون علم أصحابها.", "negative"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن القرار اتخذ بعد نقاش طويل مع النواب.", "neutral"),
    # a call or a demand pressed as immediate opposes whoever must act, named or not; the same call unpressed
    # judges no one, nor does "at once" outside a call
    ("ودعا رئيس البرلمان الكيني موسى ويتانغولا إلى الوقف الفوري للأشغال في الميناء.", "negative"),
    ("وطالب المحامي الكيني سامي أوتينو بالعودة فورا إلى طاولة الحوار.", "negative"),
    ("ودعا رئيس البرلمان الكيني موسى ويتانغولا إلى وقف الأشغال في الميناء.", "neutral"),
    ("وقال المحامي الكيني سامي أوتينو إن الأشغال ستتوقف فورا.", "neutral"),
    # a win told is good news for the winner, the speaker or their own side too; results alone judge nothing, and a
    # judging act keeps its own stance
    ("وأعلن الرئيس الكيني وليام روتو فوزه بولاية ثانية.", "positive"),
    ("وأعلنت زعيمة المعارضة الكينية فوز حزبها في الانتخابات البلدية.", "positive"),
    ("وأعلن الرئيس الكيني وليام روتو نتائج الانتخابات البلدية.", "neutral"),
    ("ورفض زعيم المعارضة الكيني فوز الحزب الحاكم في الانتخابات.", "negative"),
    # a call for a reckoning or an inquiry is against whoever is to answer, named or not; "تحقيق" of a good thing
    # (achieving it) is no inquiry
    ("وطالب المحامي الكيني سامي أوتينو بتحقيق مستقل.", "negative"),
    ("وطالب المحامي الكيني سامي أوتينو بفتح تحقيق في الحادث.", "negative"),
    ("ودعا رئيس البرلمان الكيني موسى ويتانغولا إلى تحقيق السلام في المنطقة.", "positive"),
    # a worry about nothing named judges no one; a worry about a bad thing, or displeasure, does
    ("وأعرب رئيس البرلمان الكيني موسى ويتانغولا عن قلقه العميق.", "neutral"),
    ("وأعرب رئيس البرلمان الكيني موسى ويتانغولا عن \"قلق بالغ\".", "neutral"),
    ("وأعرب رئيس البرلمان الكيني موسى ويتانغولا عن قلقه العميق من أعمال العنف في الميناء.", "negative"),
    ("وأعرب رئيس البرلمان الكيني موسى ويتانغولا عن استيائه الشديد.", "negative"),
    # keeping all options open is a veiled threat
    ("وقال وزير الدفاع الكيني إن جميع الخيارات مطروحة أمام جيشه.", "negative"),
    # turning a new page is welcomed; a new stage of a bad thing is not
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن الاتفاق يفتح صفحة جديدة.", "positive"),
    ("وقال رئيس البرلمان الكيني موسى ويتانغولا إن الحرب دخلت مرحلة جديدة من التصعيد.", "negative"),
    # nothing changed is futility or standstill; nothing affected reassures
    ("وقال المحامي الكيني سامي أوتينو إن القانون الجديد لم يغير شيئا في حياة المزارعين.", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن \"شيئا لم يتغير\".", "negative"),
    ("وقال المحامي الكيني سامي أوتينو إن القانون الجديد لن يؤثر على شيء في حياة المزارعين.", "neutral"),
    # a wrong denied outright defends the side it was laid at; a denied claim, or a denied tie to a wrong, does not
    ("ونفى وزير الزراعة الغاني كوابينا أوتو ارتكاب أي تجاوزات في صفقة الأسمدة.", "positive"),
    ("ونفى وزير الزراعة الغاني كوابينا أوتو المزاعم حول صفقة الأسمدة.", "negative"),
    ("ونفت حركة التجديد الغانية أي صلة لها بالهجوم الإرهابي.", "negative"),
    # a deed denied bare after the verb of denying defends the denier's side, its words bad or not; a demonstrative
    # points back to a charge, and a deed told before "وهو ما نفته" is the charge itself
    ("ونفى وزير الداخلية الغاني كوابينا أوتو استخدام الغاز المسيل للدموع في الجامعة.", "positive"),
    ("ونفى وزير الداخلية الغاني كوابينا أوتو ذلك.", "negative"),
    # support called for of a party takes its side, whoever is called on
    ("ودعا الرئيس الغاني جون ماهاما في خطاب متلفز مواطنيه إلى \"دعم الحكومة\".", "positive"),
    # a release a demand opens with sides with whoever is held, named or not, pressed as urgent or not
    ("وطالب زعيم المعارضة الغانية كوفي مينسا بالإفراج عن شقيقه فورا.", "positive"),
    ("وطالبت منظمة حقوقية غانية بإطلاق سراح الصحفيين المحتجزين فورا.", "positive"),
    # a feeling of good will expressed, past its degree, is the act's stance: condolences, grief, looking forward;
    # told of after a verb of speaking about, it expresses none
    ("وأعرب الرئيس الغاني جون ماهاما عن خالص تعازيه.", "positive"),
    ("وأعرب مكتب الرئيس الغاني، في بيان، عن عميق الحزن على ضحايا العاصفة.", "positive"),
    ("وأعرب الرئيس الغاني جون ماهاما عن تطلعه إلى العمل مع الحكومة النيجيرية.", "positive"),
    ("وتحدث الرئيس الغاني جون ماهاما عن الحزن الذي خلفته الفيضانات.", "neutral"),
    # a loss of a person mourned honours the one lost; a loss of a thing judges nothing by itself
    ("وقال رئيس الوزراء الغاني كوابينا أوتو إن المدينة فقدت قائدا كبيرا.", "positive"),
    ("وقال رئيس الوزراء الغاني كوابينا أوتو إن المزارعين فقدوا محاصيلهم.", "neutral"),
    # a blame or a charge refused that is laid on the speaker's own side, named by a pronoun, defends it; one refused
    # whose author alone is named judges its author
    ("ورفض المتحدث باسم الحكومة الغانية كوابينا أوتو تحميل حكومته تبعات عجز الموازنة.", "positive"),
    ("ورفض وزير المالية الكيني جون موانغي الانتقادات الموجهة إلى بلاده.", "positive"),
    ("ورفض المتحدث باسم الحكومة الغانية كوابينا أوتو الاتهامات التي وجهتها المعارضة الغانية.", "negative"),
    # neglect complained of (nobody came, listened; we saw no one) reproaches whoever should have come; never having
    # seen the like, or no one hurt, is no neglect (stance/neglect.py)
    ("وقال المزارع الغاني كوفي مينساه: \"طالبنا البلدية مرارا ولم يسأل عنا أحد\".", "negative"),
    ("وقال المزارع الغاني كوفي مينساه: \"لم نر أي موظف حكومي طوال الأسبوع\".", "negative"),
    ("وقال المسعف الغاني كوفي مينساه: \"لم نر مثل هذا الحشد في حياتنا\".", "neutral"),
    ("وقال المتحدث باسم الشرطة الغانية كوفي مينساه إنه لم يصب أحد في الحادث.", "neutral"),
    # a deed done without warning, oversight or competition skips due process, a reproach as one done without
    # consulting is; a win without a rival is still a win
    ("وقال شاهد غاني يدعى كوفي مينساه إن الجنود أطلقوا النار على الحشد «بلا إنذار».", "negative"),
    ("وقال زعيم المعارضة الغاني جون ماهاما إن ما جرى انتخابات بلا منافسة.", "negative"),
    ("وقال رئيس اللجنة الغاني كوفي مينساه إن المرشح فاز بلا منافس.", "positive"),
])
def test_overall_stance(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert rec.statements and rec.statements[0].stance == stance


@pytest.mark.parametrize("text, judged", [
    # an attack named with a state's nationality adjective is that state's doing when its clause judges it bad
    ("قال الوزير إن القصف الروسي على المدينة تجاوز كل الحدود.", True),
    # a harm bad in itself is judged by naming it
    ("قال الوزير إن القمع الروسي مستمر منذ شهر.", True),
    # an attack merely reported judges no one; nor does a loss the state suffers
    ("قال الوزير إن القصف الروسي على المدينة استمر ساعتين.", False),
    ("قال الوزير إن الخسائر الروسية كبيرة.", False),
])
def test_nisba_attack_judged(nlp, text, judged):
    from kgbuild.extract.stance.acts import nisba_attack_judged
    from kgbuild.extract.stance.phrases import phrase_values
    doc = nlp(text)
    lo = next(t.i for t in doc if t.text == "إن") + 1
    values = phrase_values(doc, lo, len(doc), lambda k: False)
    assert nisba_attack_judged(doc, "Q159", lo, len(doc), values, "neutral") is judged


def test_the_party_before_the_charge_is_the_one_judged(nlp) -> None:
    """"اتهم الحزب، الذي يتزعمه X، الرئيس Y بالسعي إلى": the party right before the charge (a definite noun with ب) takes
    the act's stance, though another is named before it in the content."""
    from kgbuild.extract.mentions.base import Candidate
    from kgbuild.extract.stance import target_stances
    doc = nlp("واتهم الحزب، الذي يتزعمه المعارض رايلا أودينغا، الرئيس وليام روتو بالسعي إلى البقاء في السلطة.")
    texts = [t.text for t in doc]

    def named(first: str, words: int) -> Candidate:
        i = texts.index(first)
        last = doc[i + words - 1]
        return Candidate(i, i + words, doc[i].idx, last.idx + len(last.text), " ".join(texts[i:i + words]), "Person", "test")

    targets = [("opposition", [named("رايلا", 2)]), ("president", [named("وليام", 2)])]
    assert target_stances(doc, targets, texts.index("،") + 1, len(doc) - 1, "negative")["president"] == "negative"


@pytest.mark.parametrize("content, addressed", [
    # a call naming whom it calls on before what they are called to: its good things are wished of them
    ("الأحزاب المتنافسة إلى «احترام نتائج الاقتراع»", True),
    ("السلطات المحلية على صون الحريات العامة", True),
    # but support called for takes a side, and a call opening on what is called for names no one called on
    ("المواطنين إلى «دعم الحكومة الجديدة»", False),
    ("إلى احترام نتائج الاقتراع", False),
])
def test_a_call_addressed_to_a_party(nlp, content: str, addressed: bool) -> None:
    from types import SimpleNamespace
    from kgbuild.extract.attribution.targets import _addressed
    doc = nlp(content)
    assert _addressed(SimpleNamespace(doc=doc), 0, len(doc)) == addressed


@pytest.mark.parametrize("text, target, stance", [
    # who has paid the price of a thing (a past verb of paying, the bare construct ثمن) bore the cost of a fault of theirs
    ("وقال المحلل الكيني جون موانغي إن الحزب الديمقراطي دفع ثمن تحالفه مع رجال الأعمال.", "الحزب الديمقراطي", "negative"),
    ("ورأى المحلل الكيني جون موانغي أن الحكومة الكينية «دفعت ثمن سياساتها الاقتصادية».", "الحكومة", "negative"),
    # a cost borne (الثمن, ثمنا) or foretold (the present, the future) names no fault
    ("وقال المحلل الكيني جون موانغي إن المزارعين في كينيا يدفعون الثمن الأكبر.", "المزارعين", "neutral"),
    ("وقال المحلل الكيني جون موانغي إن الحكومة الكينية ستدفع ثمن أي تنازل.", "الحكومة", "neutral"),
    ("وقال المحلل الكيني جون موانغي إن الحكومة الكينية دفعت ثمنا باهظا لأزمة لم تصنعها.", "الحكومة", "neutral"),
])
def test_a_price_paid_for_a_choice(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a step that goes forward (a noun of a step, then نحو, قدما or إلى الأمام) is progress, a merit of the one taking it
    ("ووصف وزير الخارجية الأوغندي جون موانغي قرار كينيا بأنه خطوة أولى مهمة نحو إنهاء الأزمة.", "كينيا", "positive"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن قرار كينيا خطوة إلى الأمام.", "كينيا", "positive"),
    # a step towards a bad thing is read by that thing; steps alone judge nothing
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن قرار كينيا خطوة نحو التصعيد.", "كينيا", "negative"),
    ("وقال وزير الخارجية الأوغندي جون موانغي إن كينيا ستتخذ الخطوات اللازمة.", "كينيا", "neutral"),
])
def test_a_step_forward(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a description no table reads leans to blame, but one that ranks its object high (an elative) leans to praise
    ("ووصف وزير الخارجية الأوغندي جون موانغي زيارة الرئيس الكيني وليام روتو بأنها الحدث الأكبر في تاريخ البلدين.",
     "وليام روتو", "positive"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن قرار كينيا هو الأهم منذ سنوات.", "كينيا", "positive"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن قرار كينيا زلزال سياسي.", "كينيا", "negative"),
    # a comparison with من ranks nothing
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن كينيا خسرت أكثر من نصف صادراتها.", "كينيا", "negative"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن خطة كينيا تغير الشكل أكثر مما تغير المضمون.", "كينيا", "negative"),
])
def test_a_description_that_ranks_high(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a description that names its object with a noun or adjective of acclaim (a model, a crowning, important) leans to praise
    ("ووصف وزير الخارجية الأوغندي جون موانغي انتخابات كينيا بأنها نموذج للقارة.", "كينيا", "positive"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن اتفاق كينيا تتويج لسنوات من العمل.", "كينيا", "positive"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي قرار كينيا خطوة أولى مهمة.", "كينيا", "positive"),
    # negated, it acclaims nothing; "مهما" (whatever) is no مهم
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن انتخابات كينيا ليست نموذجا لأحد.", "كينيا", "negative"),
    ("واعتبر وزير الخارجية الأوغندي جون موانغي أن كينيا ستدفع الثمن مهما طال الزمن.", "كينيا", "negative"),
])
def test_a_description_that_acclaims(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a description put as a participle right after a judging act of the same speaker leans as the act does
    ("ورحب وزير الخارجية الأوغندي جون موانغي بالاتفاق، معتبرا أن كينيا تسير في طريق جديد.", "كينيا", "positive"),
    ("وأشاد وزير الخارجية الأوغندي جون موانغي بالانتخابات، واصفا كينيا بأنها بيت الجميع.", "كينيا", "positive"),
    # a "but" between turns it; a verb of saying before it judges nothing, and the unread verdict leans to blame
    ("وهنأ وزير الخارجية الأوغندي جون موانغي الرئيس المنتخب، لكنه اعتبر أن كينيا تسير في طريق جديد.", "كينيا", "negative"),
    ("وقال وزير الخارجية الأوغندي جون موانغي إن الاقتراع انتهى، معتبرا أن كينيا تسير في طريق جديد.", "كينيا", "negative"),
])
def test_a_description_that_goes_on_with_an_act(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a neutral participle right after a welcome of the same speaker goes on with it: what it names is welcomed too
    ("ورحب وزير الخارجية الأوغندي جون موانغي بالاتفاق، مشيرا إلى أن كينيا ستفتح حدودها الشهر المقبل.", "كينيا",
     "positive"),
    # after a condemnation, or after a saying that judges nothing, it tells what it tells
    ("وأدان وزير الخارجية الأوغندي جون موانغي الهجوم، مشيرا إلى أن كينيا ستفتح حدودها الشهر المقبل.", "كينيا", "neutral"),
    ("وقال وزير الخارجية الأوغندي جون موانغي إن الاتفاق وقع أمس، مشيرا إلى أن كينيا ستفتح حدودها الشهر المقبل.",
     "كينيا", "neutral"),
])
def test_a_saying_that_goes_on_with_a_welcome(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a death announced is a fact told: the epithets of the dead and the manner of the death are no praise
    ("وأعلن الرئيس الكيني كوفي منصور وفاة الزعيم التاريخي يوسف مبارو عن 90 عاما.", "يوسف مبارو", "neutral"),
    ("وأعلنت الرئاسة الكينية وفاة الرئيس السابق يوسف مبارو بسلام في منزله.", "يوسف مبارو", "neutral"),
    # a person named after the dead is no dead one: the words of the succession still judge
    ("وأعلنت الرئاسة الكينية وفاة الرئيس السابق يوسف مبارو بسلام وتقدم نجله سامي مبارو خلفا عظيما.", "سامي مبارو",
     "positive"),
])
def test_a_death_announced(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a day or a moment called sad is a verdict of blame on the event told
    ("ووصف زعيم المعارضة الكينية رايلا أودينغا فوز وليام روتو بأنه يوم حزين لكينيا.", "وليام روتو", "negative"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن قرار الحكومة الكينية يمثل لحظة حزينة للديمقراطية.", "الحكومة الكينية",
     "negative"),
    # sorrow alone mourns: no blame
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إنه حزين لرحيل الرئيس الكيني السابق مواي كيباكي.", "مواي كيباكي",
     "neutral"),
])
def test_a_sad_day(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # the party an apology is made to (لـX, إلى X, past words of manner) is honoured; a refused apology honours no one
    ("وقال رئيس الوزراء الكيني جون موانغي إن حكومته تعتذر بشدة للشعب الأوغندي عن الحادث.", "الشعب الأوغندي", "positive"),
    ("وقال المتحدث باسم الحكومة الكينية جون موانغي إن الرئيس قدم اعتذارا رسميا إلى أوغندا عن مقتل الصيادين.", "أوغندا",
     "positive"),
    ("وقال المتحدث باسم الحكومة الكينية جون موانغي إن بلاده لن تعتذر لأوغندا عن أي شيء.", "أوغندا", "neutral"),
])
def test_the_one_apologized_to(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a negative act whose object is the blaming of a party judges the blaming: the party is defended; blaming told is blame
    ("ورفض رئيس حزب العدالة الكيني ديفيد موانغي تحميل الحكومة الكينية مسؤولية انهيار المفاوضات.", "الحكومة", "positive"),
    ("وانتقد وزير الخارجية الكيني جون موانغي تحميل اللاجئين الصوماليين مسؤولية الهجمات.", "اللاجئين الصوماليين", "positive"),
    ("وحمل رئيس حزب العدالة الكيني ديفيد موانغي الحكومة الكينية مسؤولية انهيار المفاوضات.", "الحكومة", "negative"),
])
def test_blame_refused(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a negated verb of abandoning or leaving alone pledges to stand by the party; what is not given up that is no party
    # pledges nothing
    ("وقال وزير الخارجية الكيني جون موانغي إن كينيا لن تترك أوغندا وحيدة في محنتها.", "أوغندا", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن كينيا لن تتخلى عن أوغندا.", "أوغندا", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن الشعب الأوغندي لن يترك وحيدا.", "الشعب الأوغندي", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن الحكومة الأوغندية لن تتخلى عن خطتها.", "الحكومة الأوغندية", "neutral"),
])
def test_a_party_not_abandoned(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, target, stance", [
    # a denial of a named party's tie to a wrong clears the party (past an aside the content opens with)
    ("ونفت الحكومة الأوغندية أي صلة للجيش الأوغندي بالتفجير.", "الجيش", "positive"),
    ("ونفى رئيس حزب العدالة الكيني ديفيد موانغي، المقيم في لندن، أي علاقة لحزبه بالهجوم.", "حزب العدالة الكيني", "positive"),
])
def test_a_partys_tie_denied(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, stance", [
    # the statement clears the party whose tie is denied; the denier's own tie denied only distances the denier
    ("ونفى رئيس حزب العدالة الكيني ديفيد موانغي، المقيم في لندن، أي علاقة لابنه بالهجوم.", "positive"),
    ("ونفى رئيس حزب العدالة الكيني ديفيد موانغي أي صلة له بالهجوم.", "negative"),
])
def test_a_denied_tie_overall(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [st.stance for st in rec.statements] == [stance]


@pytest.mark.parametrize("text, target, stance", [
    # a hand held out is good will towards the party it is held out to; negated it offers nothing
    ("وقال زعيم المعارضة الكينية رايلا أودينغا: أمد يدي إلى الحكومة الكينية.", "الحكومة", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إنه لن يمد يده إلى الحكومة الكينية.", "الحكومة", "neutral"),
])
def test_a_hand_held_out(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, stance", [
    # room for all embraces every side; a thing that spreads has room for no one
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن الاتفاق يتسع للجميع.", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن يده ممدودة للجميع بلا تمييز.", "positive"),
    ("وقال زعيم المعارضة الكينية رايلا أودينغا إن رقعة الاحتجاجات تتسع كل يوم.", "neutral"),
])
def test_outreach_overall(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [st.stance for st in rec.statements] == [stance]


@pytest.mark.parametrize("text, stance", [
    # a verb of leaving with the word alone after it pledges support; with a deed after it, it lets no one go (a threat)
    ("وقال وزير الخارجية الكيني جون موانغي: لن نتركه وحده.", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي: لن نتركهم يفلتون من العقاب.", "negative"),
    ("وقال زعيم المعارضة الكيني رايلا أودينغا لأنصاره: لن أخذلكم.", "positive"),
])
def test_not_abandoned_overall(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [st.stance for st in rec.statements] == [stance]


@pytest.mark.parametrize("text, target, stance", [
    # a comma-set aside after a party (a relative clause, a capacity) tells who it is in passing: the words after the
    # aside are what the content says of it (stance/windows.py aside_after)
    ("وقال المحلل الكيني جون موانغي إن حزب الفلاحين، الذي فشل في الانتخابات السابقة، يحقق تقدما كبيرا.",
     "حزب الفلاحين", "positive"),
    ("وقال المحلل الكيني جون موانغي إن حزب الفلاحين، الذي حقق نجاحا باهرا قبل عامين، يعاني انقساما داخليا.",
     "حزب الفلاحين", "neutral"),
    # an apposition opened by a noun may be the charge itself: it still speaks of the party
    ("وقال المحلل الكيني جون موانغي إن حزب الفلاحين، المتهم بتزوير الانتخابات، سيشارك في الحكومة.",
     "حزب الفلاحين", "negative"),
    # an apposition opened by a definite noun or a title names the party again: the words after it are its predicate,
    # not those of a party the apposition names in passing (stance/windows.py apposition_after)
    ("وقال المتحدث باسم الحكومة الكينية ديفيد أومولو إن الوزير السابق جون موانغي، المستشار السابق للرئيس، تورط في "
     "تهريب الذهب وتبييض عائداته.", "جون موانغي", "negative"),
    ("وقال المتحدث باسم الحكومة الكينية ديفيد أومولو إن رجل الأعمال جون موانغي، رئيس الغرفة التجارية سابقا وشريك "
     "المحافظ بيتر كاماو، تورط في تهريب الذهب وتبييض عائداته.", "جون موانغي", "negative"),
    ("وقال المتحدث باسم الحكومة الكينية ديفيد أومولو إن رئيس الوزراء جون موانغي، الزعيم التاريخي للحزب، نجح في إنقاذ "
     "الاقتصاد.", "جون موانغي", "positive"),
])
def test_the_words_after_an_aside(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, stance", [
    # a deed claimed by its doer (the noun of responsibility with the speaker's pronoun) is reported, no judgement; the
    # responsibility another party is said to bear for a bad thing is blame
    ("وأعلنت جماعة النصر المسلحة في بيان مسؤوليتها عن الهجوم الدامي الذي وقع أمس.", "neutral"),
    ("وقال وزير الداخلية الكيني جون موانغي إن الحكومة تتحمل مسؤوليتها عن الفوضى.", "negative"),
    ("وأعلنت جماعة النصر المسلحة مسؤوليتها عن التفجير.", "neutral"),
    # a duty asked of another is no claim of the speaker's
    ("وطالب وزير الداخلية الكيني جون موانغي شركات الإنترنت بتحمل مسؤوليتها عن نشر الكراهية.", "negative"),
])
def test_a_claim_of_responsibility_overall(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [st.stance for st in rec.statements] == [stance]


@pytest.mark.parametrize("text, target, stance", [
    # a word of removing or ending turns round the bad thing it removes: the obstacle gone is good news
    ("وقال وزير الخارجية الكيني جون موانغي إن الاتفاق مع أوغندا يزيل العقبات الباقية في وجه التجارة.", "أوغندا", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا تسعى إلى إزالة العراقيل التي تواجه التجارة.", "أوغندا", "positive"),
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا أنهت الفوضى في جيشها.", "أوغندا", "positive"),
    # "لازال" (still) is no word of removing
    ("وقال وزير الخارجية الكيني جون موانغي إن أوغندا لازال أمامها الكثير من العقبات.", "أوغندا", "negative"),
])
def test_a_bad_thing_removed(nlp, text: str, target: str, stance: str) -> None:
    assert stance_towards(nlp, text, target) == stance


@pytest.mark.parametrize("text, stance", [
    # an era of a bad thing said to be over is good news (stance/bygone.py), before or after the verb of ending
    ("وقال رئيس المحكمة الكيني جون موانغي إن زمن الرشوة في الموانئ انتهى.", "positive"),
    ("وقال رئيس المحكمة الكيني جون موانغي: انتهى عهد الظلم والاستبداد.", "positive"),
    ("وقال رئيس المحكمة الكيني جون موانغي إن مرحلة عدم الاستقرار انتهت.", "positive"),
    # not ended, or a stage of no bad thing, is none
    ("وقال رئيس المحكمة الكيني جون موانغي إن زمن الرشوة في الموانئ لم ينته بعد.", "negative"),
    ("وقال رئيس المحكمة الكيني جون موانغي إن مرحلة فرز الأصوات انتهت.", "neutral"),
])
def test_a_bad_era_over(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert rec.statements and rec.statements[0].stance == stance


@pytest.mark.parametrize("text, stance", [
    # a content that opens with a party called a victim sides with it, named as a target or not
    ("وقال رئيس شركة كينية جون موانغي إن مصرفه \"ضحية احتيال منظم عبر الحدود\".", "positive"),
    ("وقال رئيس شركة كينية جون موانغي إن عدد ضحايا الحادث بلغ عشرين.", "neutral"),
])
def test_a_victim_named_overall(nlp, text: str, stance: str) -> None:
    rec = extract_document(nlp, "t.txt", text)
    assert [st.stance for st in rec.statements] == [stance]
