"""Statement extraction: one handmade Arabic sentence per construction, asserting speaker, cue,
content, targets and intermediaries."""
from __future__ import annotations

import pytest

from kgbuild.extract.document import extract_document
from kgbuild.records import DocumentRecord
from kgbuild.text import normalize


def run(nlp, text: str) -> DocumentRecord:
    return extract_document(nlp, "t.txt", text)


def label(rec: DocumentRecord, key: str) -> str:
    return normalize(rec.entities[key].label)


def speakers(rec: DocumentRecord) -> list[str]:
    return [label(rec, s.speaker) for s in rec.statements]


def has_form(rec: DocumentRecord, key: str, form: str) -> bool:
    return normalize(form) in {normalize(f) for f in rec.entities[key].forms | {rec.entities[key].label}}


CASES = [
    # (construction, text, speaker form, cue lemma, content must contain, about forms, via forms)
    # "وقال أحد قياديي حزب X": a partitive and a plural title in construct before the body: the body speaks
    ("one of a body's title holders after a partitive speaks for the body named after the plural title",
     "وقال أحد قياديي حركة حماس للصحفيين إن الحركة ستواصل المفاوضات.",
     "حماس", "قال", "ستواصل المفاوضات", [], []),
    ("title holders speak for the body past the nouns in construct between the plural title and the body",
     "وأكد وزراء دفاع دول مجلس التعاون الخليجي دعمهم الكامل للحكومة الجديدة.",
     "مجلس التعاون الخليجي", "أكد", "دعمهم الكامل", [], []),
    # "ورأى سائق حافلة، فلان، أن": a description no title list knows, then the name set off by commas
    ("a person named between commas after a description of him speaks",
     "ورأى صاحب مخبز صغير، كريم داوود، أن الأسعار سترتفع.",
     "كريم داوود", "رأى", "الأسعار سترتفع", [], []),
    ("a person named after a description with a phrase of its own speaks when what was said follows",
     "وقالت زميلته في الحزب سعاد الخطيب إن القرار غير عادل.",
     "سعاد الخطيب", "قال", "غير عادل", [], []),
    # "وقال أحد قادة النقابة فلان في مؤتمر صحفي إن": a phrase of how it was said between the name and what was said
    ("a named subject after an unknown description speaks past a phrase of where it was said",
     "وقال أحد أبرز قادة النقابة كريم داوود في مؤتمر صحفي إن العمال لن يتراجعوا.",
     "كريم داوود", "قال", "لن يتراجعوا", [], []),
    # "ونفى المالك الجديد للملعب فلان علان وجود": a description closed by لل + a definite noun, a full name, the object
    ("a full name after a description closed by a definite phrase speaks though the verb's object follows it",
     "وبعد المباراة، نفى المالك الجديد للملعب عادل منصور وجود أي ديون على النادي.",
     "عادل منصور", "نفى", "وجود أي ديون", [], []),
    ("the person named in apposition after 'one of' a body's title holders speaks, not the body",
     "وقال أحد قادة حركة حماس، سمير حداد، إن الحركة لن تتراجع.",
     "سمير حداد", "قال", "لن تتراجع", [], []),
    # "وقال أحد المعتصمين، فلان، إن", "وقال أحدهم، النائب فلان، إن": one of a group, then named between commas
    ("the person named in apposition after 'one of' an unnamed group speaks, not the group",
     "واعتصم عشرات العمال أمام المصنع. وقال أحد المعتصمين، سمير حداد، إن الإدارة لم تدفع الأجور منذ شهرين.",
     "سمير حداد", "قال", "لم تدفع الأجور", [], []),
    ("the person named in apposition after 'one of them' speaks, not the group the pronoun takes back",
     "وانتقد نواب من الحزب المعارض الموازنة، وقال أحدهم، النائب كريم داوود، للصحفيين إن الضرائب سترهق الأسر.",
     "كريم داوود", "قال", "سترهق الأسر", [], []),
    # "المدينة، 12 مارس 2019 - ألغت المحكمة ...، وأكدت أن": the subject after a dateline goes on to the joined verb
    ("a verb joined to a clause that opens after a dateline (place, date, dash) goes on with that clause's subject",
     "عنوان الخبر\n\nباريس، 12 مارس 2019 - ألغت المحكمة الإدارية العليا قرار الحكومة بحل النقابة، وأكدت أن "
     "القرار يخالف الدستور.",
     "المحكمة الإدارية العليا", "أكد", "يخالف الدستور", [], []),
    # "وأبدى فلان قلقه ...، ودعا المسؤولين إلى": an oblique plural (-ين) after the verb is its object, no subject
    ("a verb joined to its subject's clause with a group in the oblique plural after it goes on with that subject",
     "وقالت الحكومة إن الحوار متعثر. وأبدى الأمين العام للأمم المتحدة كريم داوود قلقه من تصاعد التوتر في "
     "المنطقة، ودعا المسؤولين المحليين إلى ضبط النفس.",
     "كريم داوود", "دعا", "ضبط النفس", [], []),
    # "غير أن مئات من العمال تجمعوا ...، ورددوا": a crowd's count opens the clause after "but"
    ("a plural verb joined to a clause that 'but' opens with a crowd's count goes on with the crowd",
     "وقال وزير الداخلية سمير حداد إن الهدوء عاد إلى العاصمة. غير أن مئات من العمال تجمعوا ثانية "
     "في الساحة ليل الخميس، ورددوا شعارات تندد بغلاء الأسعار.",
     "العمال", "ردد", "شعارات", [], []),
    # "وانتقد نواب من حزب X ...، وطالبوا": members named by a partitive من speak for their body, plural verbs too
    ("a plural verb joined to a clause whose subject is members 'of' a body (partitive من) goes on with the body",
     "وقال وزير المالية سمير حداد إن الاتفاق مفيد للبلاد. وانتقد نواب من «حزب التجديد» المعارض غياب أي نقاش "
     "حول الاتفاق، وطالبوا الحكومة بنشر بنوده كاملة.",
     "حزب التجديد", "طالب", "بنشر بنوده", [], []),
    # "غير أن X الحقوقية أكدت أن": the subject "but" puts first, its adjectives between it and its verb
    ("the subject after 'however' (غير أن) speaks though adjectives stand between it and its verb",
     "وأعلنت الحكومة رفع الأسعار. غير أن منظمة «صوت المستهلك» الأهلية المستقلة حذرت من موجة غلاء جديدة.",
     "صوت المستهلك", "حذر", "موجة غلاء", [], []),
    ("a name after a noun with its owner's pronoun, opened by 'but', is the subject of the verb after it",
     "وقالت الشرطة إن الشاب توفي بنوبة قلبية. لكن شقيقه كريم داوود اتهم الشرطة بإخفاء الحقيقة.",
     "كريم داوود", "اتهم", "إخفاء الحقيقة", [], []),
    # "قال فلان إن ...، غير أنه انتقد": the pronoun the writer's "however" carries is the last speaker
    ("the pronoun after the writer's 'however' (غير أنه) takes up the last speaker",
     "ورأى النائب سمير حداد أن الموازنة متوازنة، غير أنه انتقد خفض الإنفاق على التعليم.",
     "سمير حداد", "انتقد", "خفض الإنفاق", [], []),
    # "وأعلن المتحدث باسم حكومة فلان، علان، أن": the person the commas set off after a title phrase speaks, not its owner
    ("a person set off by commas after a title phrase that names its owner is the speaker, not the owner",
     "وقالت المتحدثة باسم الرئيس كريم داوود، ليلى حسن، إن الحكومة باقية.",
     "ليلى حسن", "قال", "الحكومة باقية", [], []),
    ("a person with a title of his own set off by commas after a title phrase is the speaker",
     "وقال رئيس اللجنة للدورة الحالية، السفير الكندي سمير حداد، للصحفيين إن اللجنة لا تملك الخبرة.",
     "سمير حداد", "قال", "اللجنة لا تملك الخبرة", [], []),
    # "ووصف عميد الأطباء فلان الوضع بأنه": a name past a title no table lists, then the verb's object: the subject
    ("a person named past a title no table lists, with the verb's definite object after the name, is the subject",
     "وقال السكان إنهم خائفون. ووصف عميد الأطباء سمير حداد الوضع بأنه كارثي.",
     "سمير حداد", "وصف", "الوضع", [], []),
    # "وقال X إن ... . وتجمع مئات المحتجين أمام المقر، ورددوا": a plural verb goes on with the crowd of its own clause
    ("a plural verb after a clause whose subject is a crowd speaks for that crowd, not the last speaker",
     "وقال الناشطون إنهم سيواصلون الإضراب. وتجمع مئات العمال أمام مقر الشركة، وأغلقوا الطريق، ورددوا هتافات ضد الإدارة.",
     "العمال", "ردد", "هتافات ضد الإدارة", [], []),
    ("a plural participle after a verb whose subject is a counted crowd speaks for that crowd",
     "وقال المزارعون إنهم خسروا المحصول. أما في المدينة فتجمع عشرات الطلاب قرب الكلية مرددين «الجامعة لنا».",
     "الطلاب", "ردد", "الجامعة لنا", [], []),
    # "بعث فلان برقية تمنى فيها": a cable of greeting is a statement noun "in it" takes up; its sender speaks
    ("a verb of saying with 'in it' after a cable of greeting speaks for the sender of the cable",
     "كما بعث الرئيس كريم داوود برقية تمنى فيها للرئيس الجديد التوفيق.",
     "كريم داوود", "تمنى", "التوفيق", [], []),
    # "أجرى فلان اتصالين ...، دعا خلالهما إلى": the dual "during them two" takes up an event told in the dual
    ("a verb of saying with the dual 'during them' speaks for the subject of the event told in the dual",
     "وأجرى كريم داوود اتصالين بالزعيمين، دعا خلالهما إلى وقف التصعيد فورا.",
     "كريم داوود", "دعا", "وقف التصعيد", [], []),
    # "ذكرت الرئاسة أن الرئيس فلان دعا X إلى": a perfect verb of the subject inside passed-on news is his own act
    ("an act in the perfect inside what a verb of passing news on reported is its subject's statement",
     "وذكرت الرئاسة التونسية أن الرئيس كريم داوود دعا الحكومة إلى فتح تحقيق في الحادث.",
     "كريم داوود", "دعا", "فتح تحقيق", [], []),
    ("an act in the perfect after bi-anna inside passed-on news is its subject's statement",
     "وأفادت الوكالة الرسمية بأن الرئيس كريم داوود أشاد بجهود فرق الإنقاذ.",
     "كريم داوود", "أشاد", "فرق الإنقاذ", [], []),
    # "وقال فلان إن ... . وأكد النائب المعارض أن": a new description of the person just quoted names him again
    ("a bare title nobody holds, with what was said right after it, names again the person just quoted",
     "وقال زعيم حزب الأمة سمير حداد إن الانتخابات مزورة. وأكد النائب المعارض أن أنصاره سيقاطعون البرلمان.",
     "سمير حداد", "أكد", "أنصاره سيقاطعون البرلمان", [], []),
    ("a bare title nobody holds before the complement of a verb of calling names the person just quoted",
     "وتحدث سمير حداد أمام أنصاره في الساحة مساء الأحد قائلا: «لن نتراجع». ودعا المحامي المعارض إلى إضراب عام.",
     "سمير حداد", "دعا", "إضراب عام", [], []),
    # "وبعث فلان برقية إلى علان، أدان فيها": the noun sent, its addressee after it, a comma, then the verb with فيها
    ("the subject who sent or gave a statement, its addressee between it and the verb with fiha, says it",
     "وبعث الملك سمير حداد برقية تعزية إلى الرئيس كريم داوود، أدان فيها \"الهجوم الجبان على المدنيين\".",
     "سمير حداد", "أدان", "الهجوم الجبان", [], []),
    # "غير أن منظمة «X» الحقوقية المحلية حذرت": relation adjectives after a body's quoted name, before its verb
    ("a body whose name is quoted, its relation adjectives after it, is the subject of the verb after them",
     "وأعلنت الحكومة الإفراج عن المعتقلين. غير أن مركز «النور» الحقوقي المحلي أكد أن عشرات منهم ما زالوا في السجون.",
     "مركز النور", "أكد", "ما زالوا في السجون", [], []),
    # "أفاد المكتب بأن الرئيس فلان هنأ نظيره": a body reporting a named subject's past act of saying relays it
    ("a body's report of a named subject's past act of saying, with no أن after the act, is the subject's",
     "وأفاد مكتب الرئاسة بأن الرئيس كريم داوود هنأ نظيره سمير حداد هاتفيا بفوزه في الانتخابات.",
     "كريم داوود", "هنأ", "هاتفيا", ["سمير حداد"], ["مكتب الرئاسة"]),
    # "قال X إن ...، في وقت تواصل فيه ...": the writer's "at a time when" after a comma closes the reported clause
    ("a reported clause ends before the writer's 'at a time when' after a comma",
     "وقال رئيس الوزراء البلجيكي شارل ميشيل إن الحكومة ستعوض المزارعين، في وقت يتواصل فيه الجفاف في الجنوب.",
     "شارل ميشيل", "قال", "الحكومة ستعوض المزارعين", [], []),
    # "X يعلن كذا في Y وZ تفعل": a headline's second side, a name or a common definite noun with و and its present verb
    ("a headline's object before a second side: a definite noun with و and its own present verb",
     "رئيس الوزراء الكندي ماثيو غرين يعلن خطة لإعمار المدن الشمالية والأسواق تستعيد نشاطها\n\n"
     "وقال غرين إن الخطة ستنفذ خلال عام.",
     "ماثيو غرين", "أعلن", "خطة لإعمار المدن الشمالية", [], []),
    # "يعتقد الباحث في معهد «X» بمدينة، فلان، أن": a description by profession and institution stands where a title would
    ("the person named after a description by profession and institution",
     "وقعت هجمات في المدينة أمس.\n\nيعتقد الباحث في معهد \"الشرق للدراسات الأمنية\" بمرسيليا، كريم داوود، أن البلاد "
     "\"دخلت مرحلة صعبة\"، موضحا أن \"الخلايا لن تفكك بسهولة\".",
     "كريم داوود", "اعتقد", "دخلت مرحلة صعبة", [], []),
    # "أما الوزير فلان فقد ناشد الرئيس": a person topic after أما speaks; the title after the verb is its object
    ("a person topic after 'as for' before a title object after the verb",
     "وقال رئيس الوزراء كريم داوود إن الحكومة لن تتراجع. أما رئيس البرلمان سمير حداد فقد طالب الرئيس، في خطاب "
     "متلفز، \"تأجيل الاستفتاء\"، محذرا من \"انقسام خطير\".",
     "سمير حداد", "طالب", "", [], []),   # (the speaker is checked; where the demand's content ends is the contents')
    # "أما X، فـ<verb>": the فـ takes up the phrase after أما as the verb's subject, not the speaker before
    ("the topic after 'as for' as the speaker of the verb its fa takes up",
     "وقال رئيس الوزراء كريم داوود إن الحكومة ستواصل الإصلاحات. أما زعيم حزب الأحرار من أجل العدالة سمير حداد، "
     "فكتب على فيسبوك أن \"المدينة صمدت\"، واعدا بمحاسبة الحكومة.",
     "سمير حداد", "كتب", "المدينة صمدت", [], []),
    # "أما الحركة، التي ...، فاعتبر رئيسها فلان أن": the topic's head, named after the verb with a pronoun, speaks
    ("the named head of the topic after 'as for', taken back by a pronoun after the verb, speaks",
     "وقال وزير الداخلية كريم داوود إن الاقتراع جرى بهدوء. أما حزب النهضة الوطني، الذي قاطع الاقتراع، فرأى "
     "رئيسه سمير حداد أن نسبة المشاركة مبالغ فيها.",
     "سمير حداد", "رأى", "نسبة المشاركة", [], []),
    # "فازت X بالانتخابات ... سيتصل بالفائز": a verb of winning that opens with the letter of فـ is no glued فـ
    ("the winner told by a feminine verb of winning opening the article",
     "فازت جبهة التجديد الوطني بالانتخابات التشريعية. وقال زعيم المعارضة سمير نجار إنه سيتصل بالفائز لتهنئته.",
     "سمير نجار", "قال", "بالفائز", ["جبهة التجديد الوطني"], []),
    # "أعلن X فوزه ... سيتصل بالفائز": the possessed noun of winning as written, its فـ its own
    ("the winner told announcing his own win",
     "أعلن المرشح كريم داوود فوزه بالانتخابات الرئاسية. وقال الرئيس المنتهية ولايته سمير نجار إنه سيتصل "
     "بالفائز لتهنئته.",
     "سمير نجار", "قال", "بالفائز", ["كريم داوود"], []),
    # "قال عمال المصنع ... وقال الوزير إن الحكومة ستدفع أجور العمال": a group no party of conflict is spoken of once an
    # earlier statement involves it (here it spoke)
    ("a group that spoke before is spoken of where what is said names it",
     "وقال عمال مصنع النسيج في المدينة إنهم لم يتقاضوا أجورهم منذ ثلاثة أشهر. وقال وزير العمل سالم نجار إن الحكومة "
     "ستدفع أجور العمال خلال أيام.",
     "سالم نجار", "قال", "ستدفع أجور العمال خلال أيام", ["العمال"], []),
    # a group the article names again and again is one of its actors, and so spoken of where what is said names it
    ("a group the article names again and again is spoken of where what is said names it",
     "أضرب العمال في ميناء المدينة صباح الأحد. وتوقفت السفن عن التفريغ بعد انسحاب العمال من الأرصفة. ويطالب العمال "
     "بزيادة الأجور. وقال وزير النقل سالم نجار إن الحكومة ستلتقي العمال يوم الاثنين.",
     "سالم نجار", "قال", "ستلتقي العمال يوم الاثنين", ["العمال"], []),
    # "أعلنت الرئاسة وفاة X ... ووصف فلان الراحل بأنه": the late one is the person the article told dying
    ("the late one in what was said, the person told dying in the lead",
     "أعلنت الرئاسة مساء الأحد وفاة الرئيس الأسبق كمال زيدان عن 88 عاما. ووصف رئيس الوزراء مراد حلمي الراحل "
     "بأنه \"رجل دولة من طراز نادر\".",
     "مراد حلمي", "وصف", "رجل دولة", ["كمال زيدان"], []),
    # "وفاة الأمير X ... وأدى الأمير Y اليمين ... الأمير الراحل": a title with the late one is the one who died, not the
    # office's holder named last
    ("a title with the late one, the person told dying rather than the new holder",
     "أعلن الديوان الأميري وفاة الأمير نبيل الصالح عن 91 عاما. وأدى الأمير عادل الصالح اليمين الدستورية أمام "
     "البرلمان. وأكد رئيس البرلمان مروان الحسن أن الأمير الراحل \"كان ركيزة لاستقرار البلاد\".",
     "مروان الحسن", "أكد", "ركيزة لاستقرار", ["نبيل الصالح"], []),
    # "وفاة X ... وأعلنت حكومة Y الحداد ثلاثة أيام": mourning that names no one mourns the one told dying
    ("mourning that names no one, of the person told dying",
     "وفاة الرئيس الأسبق كمال زيدان عن 88 عاما\n\nأعلنت الرئاسة وفاة الرئيس الأسبق كمال زيدان مساء الأحد. "
     "وأعلنت حكومة الجزر الشمالية الحداد ثلاثة أيام.",
     "حكومة الجزر الشمالية", "أعلن", "الحداد ثلاثة أيام", ["كمال زيدان"], []),
    # "أعلن رئيس الحكومة استقالة حكومته": the government its head resigns is a party spoken about
    ("the government whose resignation its head announces, as a target",
     "تواجه الحكومة احتجاجات واسعة منذ أسابيع. وأعلن رئيس الحكومة كريم داوود، مساء الأحد، استقالة حكومته.",
     "كريم داوود", "أعلن", "استقالة حكومته", ["الحكومة"], []),
    # "المتحدث باسم الجبهة X فلان ... ونفى المتحدث باسم الحكومة": a spokesman's bare title of a body the article found
    # is not the spokesman named before of a body it left unfound
    ("a spokesman's bare title of a found body, not the spokesman named before of an unfound one",
     "وأعلنت اللجنة الانتخابية النتائج أمس. وقال المتحدث باسم الهيئة العليا سمير حداد لـ«الصحيفة» إن الفرز "
     "«مسرحية».\n\nونفى المتحدث باسم الحكومة وقوع أي خروقات.",
     "الحكومة", "نفى", "وقوع أي خروقات", [], []),
    # "واتهم فلان «X» بـ...، وقال إن": a second verb after a comma goes on with the clause's named subject, not with
    # the speaker of a paragraph before
    ("a verb after a comma going on with the named subject of its sentence's first clause",
     "وقال رئيس الوزراء كريم داود في بيان إن الوضع هادئ.\n\nواتهم المتحدث باسم الحكومة سمير حداد \"جهات خارجية\" "
     "بإشعال الأزمة، وقال لمحطة إذاعية إن \"ما يجري فوضى منظمة\".",
     "سمير حداد", "قال", "فوضى منظمة", [], []),
    # "توعد X، المعروف باسم «الصقر»، بمواصلة القتال": the nickname is an aside about the speaker, not what was said
    ("a nickname given after the speaker's name, not the start of what was said",
     "وتوعد قائد الفصيل ماتيو لاروش، المعروف باسم «الغراب»، بمواصلة الهجمات على الطرق.",
     "ماتيو لاروش", "توعد", "بمواصلة الهجمات", [], []),
    # "فلان، مرشح حزب X ... قال إن حزبه": the party named after a noun of membership in apposition is his party
    ("the party named after the speaker's candidacy in apposition, as what his party means",
     "وحصل كريم داوود، مرشح حزب التجديد الوطني، على 30 في المئة. وقال داوود إن حزبه سيحترم إرادة الناخبين.",
     "كريم داوود", "قال", "حزبه سيحترم", ["حزب التجديد الوطني"], []),
    # "حزب X بزعامة فلان ... قال فلان إن حزبه": the body the article says he leads is the one "حزبه" means
    ("the party the speaker is said to lead, as what his party means",
     "وحل حزب التجديد الوطني بزعامة كريم داوود ثانيا. وقال داوود إن حزبه سيحترم إرادة الناخبين.",
     "كريم داوود", "قال", "حزبه سيحترم", ["حزب التجديد الوطني"], []),
    # "حزب X بقيادة وزير المالية السابق فلان": a title between the introducer and the leader's name
    ("the party the speaker is said to lead past a title before his name, as what his party means",
     "وحصل حزب النهضة الريفية بقيادة وزير المالية السابق كريم داوود على 40 مقعدا. وقال داوود إن حزبه سيبقى في المعارضة.",
     "كريم داوود", "قال", "حزبه سيبقى", ["حزب النهضة الريفية"], []),
    # "حصل فلان عن حزب X على ...", "قال فلان من حزب X": the party after a preposition right after the name
    ("the party named after a preposition right after the speaker's name, as what his party means",
     "وحصل كريم داوود عن حزب الأمل الوطني على عشرة في المئة. ودعا داوود أعضاء حزبه إلى الصبر.",
     "كريم داوود", "دعا", "الصبر", ["حزب الأمل الوطني"], []),
    ("the party named after 'of' right after the speaker's name in the frame, as what his party means",
     "وقال سمير حداد من حزب الأمل الوطني إن حزبه سيشارك في الحكومة.",
     "سمير حداد", "قال", "حزبه سيشارك", ["حزب الأمل الوطني"], []),
    # "قال إن الحكومة فشلت في إقناع الناخبين": the voters, a party of election news, are a target wherever named
    ("the voters named anywhere in what was said, as a target",
     "وقال زعيم الحزب كريم داوود إن الحكومة فشلت في إقناع الناخبين بالإصلاح.",
     "كريم داوود", "قال", "فشلت في إقناع", ["الحكومة", "الناخبين"], []),
    # "قال إن البلاد تدخل مرحلة خطيرة": "the country" opening what was said is the country the article named most
    ("the country as the subject opening what was said, the country named most",
     "وتشهد كينيا احتجاجات واسعة منذ أسابيع. وزار الرئيس الكيني نيروبي. "
     "وقال المحلل سامر الخطيب إن البلاد تدخل مرحلة خطيرة.",
     "سامر الخطيب", "قال", "البلاد تدخل", ["كينيا"], []),
    # "حزب X الحاكم ... قال إن الحزب الحاكم": the ruling party is the party named before with that epithet
    ("the ruling party as the party named before with the ruling epithet",
     "وحافظ حزب العدالة الوطنية الحاكم على أغلبية محدودة في البرلمان. "
     "وقال زعيم المعارضة كريم داوود إن الحزب الحاكم استغل موارد الدولة.",
     "كريم داوود", "قال", "الحزب الحاكم استغل", ["حزب العدالة الوطنية"], []),
    # "قال إنه اتصل بمنافسه": a candidate's rival is the other person of the contest, the one named most before
    ("a candidate's rival as the person the article named most, not the speaker",
     "فاز المرشح كريم داوود بالانتخابات الرئاسية. وحصل داوود على 58 في المئة من الأصوات، وقال داوود إنه "
     "سيخدم الجميع. وقال الرئيس المنتهية ولايته سمير نجار إنه اتصل بمنافسه لتهنئته.",
     "سمير نجار", "قال", "بمنافسه", ["كريم داوود"], []),
    # "فاز X بالانتخابات ... سيتصل بالفائز": the winner is the party the article told winning before
    ("the winner as the party the article told winning",
     "فاز المرشح كريم داوود بالانتخابات الرئاسية. وقال الرئيس المنتهية ولايته سمير نجار إنه سيتصل بالفائز لتهنئته.",
     "سمير نجار", "قال", "بالفائز", ["كريم داوود"], []),
    # "أعلنت اللجنة فوز X ... ورفض فلان النتائج": rejecting the results is aimed at the body that announced them
    ("rejecting the results as aimed at the body told announcing them",
     "أعلنت الهيئة العليا للانتخابات، مساء الأحد، فوز الرئيس كريم داوود بولاية ثانية. ورفض زعيم المعارضة سمير نجار النتائج.",
     "سمير نجار", "رفض", "النتائج", ["الهيئة العليا للانتخابات"], []),
    # "فاز X ... ورحب فلان بالنتيجة": welcoming the results takes the side of the party the article told winning
    ("welcoming the results as aimed at the party told winning them",
     "فاز المرشح كريم داوود بالانتخابات الرئاسية يوم الأحد. ورحب وزير الخارجية سمير نجار بالنتيجة.",
     "سمير نجار", "رحب", "بالنتيجة", ["كريم داوود"], []),
    # "X يعلّق الدستور.. والنقابات تتحدث عن «خرق»": a headline's second side reacts to the first side's deed
    ("a headline's second clause condemning or speaking of the first clause's side",
     "كريم داوود يعلّق العمل بالدستور.. والنقابات تتحدث عن \"خرق خطير\"\n\nعلّق الرئيس كريم داوود العمل بالدستور مساء الأحد.",
     "النقابات", "تحدث", "خرق خطير", ["كريم داوود"], []),
    # "البلد: X يفوز.. وY يندد بـ«التزوير»": the topic before the colon is no side; the winner is
    ("a headline's second clause past the topic before its colon",
     "بلاد الأرز: كريم داوود يفوز بولاية ثانية وسمير نجار يندد بـ\"التزوير\"\n\nأعلنت اللجنة النتائج.",
     "سمير نجار", "ندد", "التزوير", ["كريم داوود"], []),
    # "أعلنت حركة X ... وقال فلان إن مقاتلي الحركة ...": the body a group is of, named by its bare head noun at the
    # group's end, is spoken of; its fighters so named are the body fighting, no group of their own
    ("the body a group is of, named by a bare head noun that ends the group's mention",
     "أعلنت حركة التحرير الوطني السيطرة على المدينة. وقال كريم داوود إن مقاتلي الحركة سيبقون في مواقعهم حتى نهاية الشهر.",
     "كريم داوود", "قال", "سيبقون في مواقعهم", ["حركة التحرير الوطني"], []),
    # "X تنشر صواريخ.. وY تتوعد بـ«رد حازم»": a threat in the second clause reacts to the first side
    ("a headline's second clause threatening the first clause's side",
     "النرويج تنشر صواريخ على حدودها.. وبكين تتوعد بـ\"رد حازم\"\n\nنشرت النرويج صواريخ جديدة أمس.",
     "بكين", "توعد", "رد حازم", ["النرويج"], []),
    # "X يستقيل.. والنقابات تعلن الإضراب": a second side announcing a deed of its own reacts to no one
    ("a headline's second clause announcing its own deed, no reaction to the first side",
     "كريم داوود يستقيل.. والنقابات تعلن الإضراب العام\n\nاستقال الرئيس كريم داوود مساء الأحد.",
     "النقابات", "أعلن", "الإضراب العام", [], []),
    # "مدينة، تاريخ — فاز X ...، في نتيجة وصفها خبراء": the doer of the deed described is X, not the dateline's city
    ("the doer of a described deed past the dateline's place and its date",
     "براغ، 10 تشرين الأول/أكتوبر 2024 — فاز حزب النهضة الوطنية بالانتخابات التشريعية، "
     "في نتيجة وصفها خبراء بأنها مفاجأة كبرى.",
     "خبراء", "وصف", "مفاجأة كبرى", ["حزب النهضة الوطنية"], []),
    # "زعيم الحزب X فلان ... قال إن حزبه": the party named inside the speaker's title is the one "حزبه" means,
    # when the gazetteer does not know it (so no role names it)
    ("the speaker's party named inside the title before the name, as what his party means",
     "وقال زعيم الحزب الاشتراكي كريم داوود إن حزبه سيحترم إرادة الناخبين.",
     "كريم داوود", "قال", "حزبه سيحترم", ["الحزب الاشتراكي"], []),
    # "وهنأ <title> فلان الرئيس المنتخب": a title said to be new right after the speaker's name is the verb's object,
    # the one the story sees into office, not a second title of the speaker's
    # "رئيس مجلس النواب" after "رئيس مجلس النواب الأمريكي فلان": the title shortened to the body's shorter name is his
    ("a title given again with the body's shorter name",
     "زار رئيس مجلس النواب الأمريكي مايك جونسون تونس أمس. وقال جونسون إن العلاقات قوية. "
     "وأشاد الوزير نبيل عمار بدور رئيس مجلس النواب في دعم تونس.",
     "نبيل عمار", "أشاد", "بدور رئيس مجلس النواب", ["مايك جونسون"], []),
    ("a title said to be new after a titled speaker's name as the object",
     "فاز المرشح أحمد سالم بالانتخابات الرئاسية في موريتانيا. وقال سالم إنه سيخدم الجميع. وأعلن سالم برنامجه. "
     "وهنأ وزير الخارجية الفرنسي جان نويل بارو الرئيس المنتخب.",
     "جان نويل بارو", "هنأ", "الرئيس المنتخب", ["أحمد سالم"], []),
    # "فوز فلان" then "هنأ X الرئيس المنتخب": the elected one is the person named with the win, not the outgoing
    # president named most; failing that, the one named most who is not said to concede ("أقر فلان بالهزيمة")
    ("a title said to be new as the person named with the win",
     "أعلنت اللجنة الانتخابية فوز المعارض كريم داوود بالرئاسة. وقال الرئيس سمير نجار إنه يحترم النتيجة. "
     "وأضاف نجار أنه سيسلم السلطة. ودعا نجار أنصاره إلى الهدوء. وهنأ الرئيس الفرنسي إيمانويل ماكرون الرئيس المنتخب.",
     "إيمانويل ماكرون", "هنأ", "الرئيس المنتخب", ["كريم داوود"], []),
    ("a title said to be new as the one named most who did not concede",
     "أقر الرئيس سمير نجار، مساء الأحد، بالهزيمة في الانتخابات. وقال نجار إنه يحترم النتيجة. ودعا نجار أنصاره إلى الهدوء. "
     "وحصد حزب الأمل بزعامة كريم داوود غالبية المقاعد. وقال داوود إن الشعب اختار التغيير. "
     "وهنأ الرئيس الفرنسي إيمانويل ماكرون الرئيس المنتخب.",
     "إيمانويل ماكرون", "هنأ", "الرئيس المنتخب", ["كريم داوود"], []),
    # "أكد دعمه لنظيره التشادي": the counterpart is the person named before with the same office of that country
    ("a counterpart of a nationality as the person holding the same office there",
     "والتقى الرئيس المصري عبد الفتاح السيسي بالرئيس التشادي محمد كاكا. وأكد السيسي \"الدعم الكامل\" لنظيره التشادي.",
     "عبد الفتاح السيسي", "أكد", "لنظيره التشادي", ["محمد كاكا"], []),
    # "يجمع X على أن": the present and bare masculine of أجمع, a cue only before "على أن" (also "all", "collects")
    ("agreement of many, present tense, before على أن",
     "ويجمع الخبراء الاقتصاديون على أن الأزمة ستطول في البرازيل.",
     "الخبراء الاقتصاديون", "أجمع", "الأزمة ستطول", [], []),
    # "تتبادل X وY الاتهامات": a reciprocal verb of two parties, a cue only when accusations or criticism follow
    ("reciprocal accusations of two parties",
     "وتتبادل كولومبيا وفنزويلا الاتهامات بدعم المهربين على الحدود.",
     "فنزويلا", "تبادل", "الاتهامات بدعم", [], []),
    # "انتقد X الحكومة", "هنأ X الشعب الفرنسي": a verb of blame or praise whose object is a bare name (no
    # preposition, no reporting verb): the one blamed or congratulated is what was said, no attribution
    ("a verb of praise with a bare name as its object",
     "وهنأ وزير الخارجية البرازيلي ماورو فييرا الشعب التشيلي، وأكد أن بلاده ستدعم الحكومة الجديدة.",
     "ماورو فييرا", "هنأ", "الشعب التشيلي", [], []),
    # "غير أن «الحزب»، الذي ...، رحب": a body (not only a person) opening the clause, a comma and the relative
    # clause that describes it, a comma, then its verb
    ("a body before its verb past a relative clause between commas",
     "وتمسك الوزير بالخطة. غير أن «حزب الأمة الوطني»، الذي يقود حملة ضد الحكومة، رحب بالقرار الجديد.",
     "حزب الأمة الوطني", "رحب", "بالقرار الجديد", [], []),
    # "اكتفى X بدعوة Y إلى": a verb of making do before بـ and a verbal noun of saying (not only بالقول)
    ("making do with a call, a verbal noun after بـ",
     "وأدانت عدة دول الهجوم. أما الحكومة البرتغالية، فقد اكتفت بدعوة الجميع إلى التهدئة.",
     "الحكومة البرتغالية", "اكتفى", "الجميع إلى التهدئة", [], []),
    # "في مقال رأي": bare رأي after a noun that takes it as its genitive is "opinion", not the verb رأى (ى/ي fold alike)
    ("an opinion piece, رأي a noun after مقال",
     "وكتب الوزير السابق كريم منصور في مقال رأي بصحيفة محلية أن الإصلاحات تأخرت كثيرا.",
     "كريم منصور", "كتب", "الإصلاحات تأخرت", [], []),
    # "أعاد X اتهام Y بـ": a verb of doing again before the speech act it repeats, as جدد is; its subject speaks,
    # not the genitive after the verbal noun
    ("repeating an accusation, أعاد before the verbal noun",
     "وانسحب نواب المعارضة من الجلسة. وأعاد رئيس الوزراء كريم منصور اتهام فرنسا بتأجيج الأزمة.",
     "كريم منصور", "أعاد", "اتهام فرنسا", [], []),
    # "تصريحات منسوبة للرئيس X شكك فيها": the participle "ascribed to" between a statement noun and its author;
    # the verb with فيها that describes the noun speaks for the one it is ascribed to
    ("a statement ascribed to its author, a verb with فيها after it",
     "واستدعت الخارجية السفير ردا على تصريحات منسوبة إلى رئيس الوزراء كريم منصور شكك فيها في نزاهة الاقتراع.",
     "كريم منصور", "شكك", "نزاهة الاقتراع", [], []),
    # "نقلت الوكالة عن محققين قولهم إن": a group of any kind after عن whose "قولهم" follows is the one quoted,
    # the outlet relays
    ("a group of investigators quoted by an agency",
     "ونقلت وكالة رويترز عن محققين قولهم إن المشتبه به اعترف بالتخطيط للهجوم.",
     "محققين", "نقل", "المشتبه به اعترف", [], ["رويترز"]),
    # "وقال سائق الحافلة فلان (45 عاما) لمراسلنا:": a trade the lexicon does not know before the name; the age in
    # brackets and whom it was told stand between the name and what was said
    ("a trade before the name, the age in brackets and the correspondent told",
     "وقال وزير الاقتصاد جمال الدين فرحات إن الأسعار ستنخفض. وقال سائق الحافلة يوسف كمال (45 عاما) لمراسلنا: «الأسعار ترتفع كل أسبوع».",
     "يوسف كمال", "قال", "الأسعار ترتفع", [], []),
    # "يربط X بين A وB": linking two things is a judgement said, its subject between the verb and بين
    ("linking two things as a statement",
     "ويربط محللون بين تراجع الاستثمار وارتفاع أسعار الفائدة في مصر.",
     "محللون", "ربط", "تراجع الاستثمار", [], []),
    # "تقدر X العدد بـ": an active estimate reported, its subject before the number it estimates (not "تقدر قيمته بنحو")
    ("an estimate reported, present tense, without أن",
     "وقتل ألف شخص وفق الحكومة، فيما تقدر منظمات حقوقية العدد الحقيقي بنحو ثلاثة آلاف.",
     "منظمات حقوقية", "قدر", "العدد الحقيقي بنحو", [], []),
    # "سارع X إلى الترحيب بـ", "بادر X إلى الدعوة لـ": the definite verbal noun of a speech act after a verb of doing
    ("definite verbal noun of welcoming after a verb of hastening",
     "وسارعت الحكومة الفرنسية إلى الترحيب بالقرار الأممي.",
     "الحكومة الفرنسية", "ترحيب", "بالقرار", [], []),
    ("definite verbal noun of calling after a verb of hastening",
     "وبادر الرئيس التونسي قيس سعيد إلى الدعوة لحوار وطني شامل.",
     "قيس سعيد", "دعوة", "لحوار وطني", [], []),
    # "عقب دقائق من إعلان X استقالته": a governed verbal noun of announcing, its agent in construct, what was
    # announced its direct object; a statement of its own in a sentence whose verb carries another
    ("governed verbal noun of announcing with its agent and a direct object",
     "وأعلن الجيش تشكيل مجلس انتقالي، عقب دقائق من إعلان الوزير سمير حداد استقالته.",
     "سمير حداد", "إعلان", "استقالته", [], []),
    ("verbal noun of announcing with its agent's adjective before what was said",
     "وقال وزير الخارجية فؤاد الخطيب إن الوضع هادئ، بعد يوم من إعلان حزب التجديد الحاكم أنه يتحمل المسؤولية.",
     "حزب التجديد", "إعلان", "يتحمل المسؤولية", [], []),
    # "غير أن X سارع إلى رفض القرار": a verb-spelled cue after the إلى of a verb of hastening is its verbal noun,
    # said by the verb's subject, named before it too (SVO)
    ("verb-spelled verbal noun of rejecting after a verb of hastening whose subject comes first",
     "غير أن زعيم المعارضة سمير حداد سارع إلى رفض القرار، وقال في بيان إن الحكومة أخطأت.",
     "سمير حداد", "رفض", "القرار", [], []),
    ("definite verbal noun of demanding after a verb of hastening",
     "وسارع رئيس حزب التجديد سمير حداد إلى المطالبة بتشكيل حكومة وحدة.",
     "سمير حداد", "مطالبة", "حكومة وحدة", [], []),
    # "رغم تلويح X بـ": the verbal noun of brandishing a threat, its author the genitive after it (not waving flags)
    ("verbal noun of brandishing a threat",
     "وبقي الرئيس الغامبي في منصبه، رغم تلويح الاتحاد الأفريقي بفرض عقوبات عليه.",
     "الاتحاد الأفريقي", "تلويح", "بفرض عقوبات", [], []),
    # "، وهو قرار رفضه X ووصفه بأنه": after the resumed noun, a word that is a verb with its object pronoun or a
    # noun with its owner ("رفضه") is the verb, its subject named after it; the joined verb shares that subject
    ("verb with object pronoun after a resumed noun, before a joined verb",
     "وكانت وزارة الداخلية قد منعت التجمعات الليلية، وهو قرار رفضه الاتحاد الأوروبي ووصفه بأنه \"تعسفي\".",
     "الاتحاد الأوروبي", "رفض", "منعت التجمعات الليلية", [], []),
    # "أعلن X ...، في خطوة وصفها Y بأنها": a describing verb opening on the root letter و after the head of a
    # relative clause, with a verb of saying before it in the sentence: not و and a verb joined to that one
    ("describing verb opening on و after an indefinite head, a verb of saying before it",
     "وأعلنت وزارة المالية رفع أسعار الخبز، في خطوة وصفها نقابيون تونسيون بأنها \"ضربة للفقراء\".",
     "نقابيون تونسيون", "وصف", "ضربة للفقراء", [], []),
    # "أكد X أن Y لن تسمح بأن": a negated verb of allowing inside what is said is no statement of its own
    ("negated verb of allowing inside what is said",
     "وأكد رئيس الوزراء الليبي عبد الحميد الدبيبة أن ليبيا لن تسمح بأن يعرقل أحد الانتخابات المقبلة.",
     "عبد الحميد الدبيبة", "أكد", "ليبيا لن تسمح بأن يعرقل", [], []),
    # "ثم عاد ليؤكد أن", "وخرج X ليقول إن": the present of a verb of saying with the ل of purpose glued on,
    # what is said opening right after it; its subject is the clause's own
    ("present verb of saying with the lam of purpose",
     "وخرج وزير الخارجية المصري سامح شكري ليقول إن \"القاهرة لن تتراجع عن موقفها\".",
     "سامح شكري", "قال", "القاهرة لن تتراجع", [], []),
    # "، بحسب النتائج التي أعلنتها X": a relative clause on the noun of an "according to" phrase names its source,
    # the verb taking the noun back with its pronoun; what is credited is the clause before the phrase
    ("according to a noun described by a relative clause naming the source",
     "وفاز الحزب الحاكم بأغلبية المقاعد، وفق الأرقام الأولية التي نشرتها اللجنة الانتخابية الكينية مساء الأحد.",
     "اللجنة الانتخابية الكينية", "نشر", "بأغلبية المقاعد", [], []),
    # "، وهو رقم طعنت فيه X": after the resumed noun a verb taking it back by a preposition with its pronoun
    # ("فيها", "بها"), its subject named after that pronoun: X speaks on what was said before the noun
    ("verb taking a resumed noun back by a preposition with its pronoun",
     "وأصدر البنك المركزي تقريره، موضحا أن معدل البطالة بلغ 12 في المئة، وهو رقم شككت فيه النقابات.",
     "النقابات", "شكك", "معدل البطالة بلغ", [], []),
    # "، وهو رقم شككت فيه X واعتبرته «...»": a verb of doubting takes the noun back by في and its pronoun, so
    # it doubts what was said before the noun; the joined verb after it says its own words
    ("verb of doubting a resumed noun, before a joined verb",
     "وأصدر البنك المركزي تقريره، موضحا أن معدل البطالة بلغ 12 في المئة، وهو رقم شككت فيه النقابات "
     "واعتبرته \"مخففا\".",
     "النقابات", "شكك", "معدل البطالة بلغ", [], []),
    # "وأضاف X، في كلمة عقب الاجتماع: «...»": bare "عقب" between the verb and its colon is "after", no verb of
    # saying that would take the colon from the verb before it
    ("continuation verb past a setting with the preposition عقب",
     "وأضاف الرئيس الكيني ويليام روتو، في كلمة عقب لقائه الوفد الأوروبي: «لن نقبل بأي شروط مسبقة».",
     "ويليام روتو", "أضاف", "لن نقبل بأي شروط", [], []),
    # "X، بقيادة فلان زعيم حزب Y، رفضت": a "led by" aside between commas stands between the subject and its verb
    ("subject before a led-by aside between commas",
     "وأقر البرلمان الميزانية. لكن المعارضة، بقيادة النائب السابق كريم العلوي رئيس حزب الوفاق، "
     "رفضت خفض دعم الخبز، معتبرة الخطوة \"مجحفة\".",
     "المعارضة", "رفض", "خفض دعم الخبز", [], []),
    # "أفاد مراسلنا في <city> فلان بأن": the outlet's own correspondent, a title with the possessive "our"
    ("our correspondent in a city, named after it",
     "وأفاد مراسلنا في لشبونة جواو سيلفا بأن الشرطة أطلقت الغاز المسيل للدموع على المحتجين.",
     "جواو سيلفا", "أفاد", "الشرطة أطلقت", [], []),
    # "ووقع X ونظيره Y بيانا مشتركا جاء فيه": the subjects joined by و of the verb whose object the joint
    # document is are its issuers, one statement each (the first as much as the one nearest the noun)
    ("joint issuers of a document a verb describes",
     "ووقع وزير الخارجية البرازيلي ماورو فييرا ونظيره الأرجنتيني دييغو كافييرو في برازيليا بيانا مشتركا "
     "جاء فيه أن البلدين «يرفضان الحمائية».",
     "ماورو فييرا", "جاء", "يرفضان الحمائية", [], []),
    # "اتفق الزعيمان": a dual noun goes back to the two persons named together sentences before, past
    # sentences naming one other speaker
    ("dual noun of persons named together three sentences back",
     "وقع الرئيس الكيني ويليام روتو والرئيس الأوغندي يوويري موسيفيني، الإثنين، في نيروبي اتفاقا للتجارة الحرة.\n\n"
     "وقال وزير الإعلام الكيني إدوين سيفونا إن الاتفاق «يفتح عهدا جديدا».\n\n"
     "وأضاف سيفونا أن البلدين سيعملان معا.\n\n"
     "وبحسب نص الاتفاق، اتفق الزعيمان على فتح الحدود وإلغاء الرسوم.",
     "ويليام روتو", "اتفق", "فتح الحدود", [], []),
    # "اتفق الوزيران في ختام اللقاء على": what is agreed opens at على past a phrase of when
    ("agreement on, past a phrase of when, opens at على",
     "والتقى وزير الخارجية المصري سامح شكري نظيره الأردني أيمن الصفدي في عمان. "
     "واتفق الوزيران في ختام اللقاء على «مواصلة التنسيق».",
     "أيمن الصفدي", "اتفق", "مواصلة التنسيق", ["سامح شكري"], []),
    # "تبادل X وY الانتقادات": in a reciprocal act each party's statement is about the other
    ("reciprocal criticism, each party the other's target",
     "وتبادل الرئيس الكيني ويليام روتو ورئيس الوزراء الإثيوبي آبي أحمد الانتقادات بشأن السد.",
     "آبي أحمد", "تبادل", "الانتقادات بشأن", ["ويليام روتو"], []),
    # "رحب X بالقرار" after "قرر Y ...": the bare definite deed takes up the story's deed, its doer is the target
    ("a bare definite deed noun welcomed is its doer's deed, told first in the story",
     "قرر رئيس غواتيمالا ألبرتو مينديث حل البرلمان أمس. وتجمع مئات في الساحة الكبرى. "
     "ورحب زعيم المعارضة رافاييل كوردوبا بالقرار.",
     "رافاييل كوردوبا", "رحب", "بالقرار", ["ألبرتو مينديث"], []),
    # "ألغت X ... التي تصدرها Y، وقررت ..." then "ندد Z بالقرار": a deed verb joined by و shares the subject of the
    # clause before it (the sentence's first party), not the party named last in that clause
    ("the doer of a deed told by a verb joined by و is the subject of the clause before it",
     "ألغت المحكمة العليا في ملاوي أمس نتائج الاقتراع التي تصدرها المرشح بيتر موتاريكا، وقررت إعادته بالكامل. "
     "وندد المرشح لازاروس تشاكويرا بالقرار.",
     "لازاروس تشاكويرا", "ندد", "بالقرار", ["المحكمة العليا"], []),
    # "للدولة X" in what a national of X says: a noun of the state with his own nationality adjective names his
    # country itself, a target (his nationality alone, "الحدود X", only says whose things they are)
    ("the speaker's own nationality after a noun of the state names his country",
     "واستدعت غانا سفيرها لدى بريطانيا. وقال الرئيس الغاني جون ماهاما إن عودة السفير إلى لندن "
     "مشروطة «بالاحترام الكامل للدولة الغانية».",
     "جون ماهاما", "قال", "عودة السفير", ["غانا"], []),
    # "وصف X في مؤتمر صحفي Y بأنه «...»": past a phrase of where it was said, the object before the link is a target
    ("the object described after a phrase of where it was said is a target",
     "ووصف الرئيس البوليفي لويس آرسي في مؤتمر صحفي الحكومة البيروفية بأنها «غير مسؤولة».",
     "لويس آرسي", "وصف", "غير مسؤولة", ["الحكومة البيروفية"], []),
    # "حمّل X Y «المسؤولية ...»": the link word may open the quote; the object before it is still a target
    ("the object held responsible before a quote that opens with the responsibility is a target",
     "وحمّل زعيم المعارضة الزامبي موسى بواليا الحكومة الزامبية «المسؤولية الكاملة عن أعمال العنف».",
     "موسى بواليا", "حمل", "المسؤولية الكاملة", ["الحكومة الزامبية"], []),
    # "في بلدة X بمحافظة Y": the town is where it happened; the province glued to بـ after it only locates the town
    ("a town named with its head noun stays a target when a province glued to bi- after it locates it",
     "وقال المتحدث باسم الدفاع المدني رامز قبلان إن السيول جرفت عشرات المنازل في بلدة العامرية بمحافظة الأنبار.",
     "رامز قبلان", "قال", "جرفت عشرات المنازل", ["العامرية"], []),
    # "خسر أمام فلان، مرشح حزب X،": the candidate is a target; his party in apposition only says who he is
    ("a candidate named before his party in apposition is a target",
     "وقال المحلل سمير داوود إن الرئيس المنتهية ولايته خسر أمام كريم حداد، مرشح حزب «التجديد»، بفارق كبير.",
     "سمير داوود", "قال", "خسر أمام كريم حداد", ["كريم حداد"], []),
    # "ورفض X هذه الأرقام" after "أعلن Y أن ...": a rejection or denial naming no party that points back with a
    # demonstrative answers the one who spoke last before it
    ("a rejection of words pointed back to answers the one who said them",
     "وأعلن وزير الداخلية الكيني أحمد موسى أن الإقبال على الصناديق تجاوز سبعين بالمئة. ورفض تحالف المعارضة هذه الأرقام.",
     "تحالف المعارضة", "رفض", "هذه الأرقام", ["أحمد موسى"], []),
    # "ستمد يدها إلى جارتها": the neighbour a country's speaker names by the word alone is the country next
    # door the story named last, not his own
    ("a word for the neighbour alone is the country next door named before",
     "تعرضت أوغندا لفيضانات واسعة الأسبوع الماضي. وقال رئيس الوزراء الكيني أحمد موسى إن بلاده «ستقف مع جارتها» "
     "في محنتها.",
     "أحمد موسى", "قال", "ستقف مع جارتها", ["أوغندا"], []),
    # "زعيم جديد للحزب", "الثقة بالحزب": the bare head of a body with a preposition glued on is the body named with it
    ("a bare body head with a preposition glued on stands for the body named before with that head",
     "حقق حزب الأمل الوطني تقدما في الانتخابات أمس. وقال النائب كريم داوود إن اختيار رئيس جديد للحزب سيتم قريبا.",
     "كريم داوود", "قال", "رئيس جديد للحزب", ["حزب الأمل الوطني"], []),
    ("a bare body head with a preposition glued on stands for the body named before, after a noun of its own",
     "أعلنت منظمة الأمل الدولية خطة جديدة أمس. وقال المدير كريم داوود إن المكتب الإقليمي للمنظمة أغلق أبوابه.",
     "كريم داوود", "قال", "المكتب الإقليمي للمنظمة", ["منظمة الأمل الدولية"], []),
    # "ودافع وزير المالية عن القرار" after "قررت الحكومة ...": a deed its speaker defends is his own side's, a target
    ("a deed defended bare is its doer's deed even when the doer is the defender's own government",
     "قررت الحكومة التشيلية تمديد العام الدراسي أمس. "
     "ودافع وزير التعليم التشيلي خوان بيريز عن القرار.",
     "خوان بيريز", "دافع", "القرار", ["الحكومة التشيلية"], []),
    # "وطالب X بالتراجع عن القرار" after "قررت Y ...": a deed's bare noun governed by the content's opening word
    ("a deed's definite noun governed by the verbal noun the content opens with is its doer's deed",
     "قررت الحكومة الأوروغوايانية خفض دعم الخبز أمس. "
     "وطالب زعيم النقابات سيرخيو مورا بالتراجع الفوري عن القرار.",
     "سيرخيو مورا", "طالب", "التراجع الفوري", ["الحكومة الأوروغوايانية"], []),
    # "وقال فلان إن أوضاعهم تحسنت": the possessive on the subject a man's content opens with is another party's
    ("a possessive هم on the subject a man says is of the party named before",
     "التقى وزير الخارجية الكويتي بممثلين عن المهاجرين السوريين أمس. "
     "وقال المحلل السياسي خوسيه مارتينيز إن أوضاعهم الاقتصادية تحسنت كثيرا.",
     "خوسيه مارتينيز", "قال", "أوضاعهم", ["المهاجرين السوريين"], []),
    # "ورد فلان على ذلك بالقول إن ...": the one replied to is the speaker of the statement "ذلك" takes up
    ("a reply on a demonstrative ahead of what was said rebuts the last speaker before",
     "وقال رئيس الوزراء البلجيكي ألكسندر دي كرو إن الميناء يحتاج إلى تمويل. "
     "ورد وزير المالية الهولندي ماركوس فان دام على ذلك بالقول إن الخطة مكلفة جدا.",
     "ماركوس فان دام", "رد", "مكلفة", ["ألكسندر دي كرو"], []),
    # "ترد على X: ...": the one replied to, named between the verb and what was said
    ("a reply names whom it rebuts between the verb and what was said",
     "الوزيرة لينا فارس ترد على رئيس البرلمان يوسف داود: الميزانية ليست للمساومة",
     "لينا فارس", "رد", "الميزانية", ["يوسف داود"], []),
    # "وتعهد الرئيس المنتخب": a lone title said to be new is the one the story sees into office (named most before),
    # not the predecessor last given the title
    ("a lone title said to be new speaks for the one the story sees into office",
     "وكان الرئيس جوزيف ماتيو قد حكم البلاد عشر سنوات. وفاز المعارض بيير لوران بالانتخابات. "
     "واحتفل أنصار بيير لوران في الشوارع. وتعهد الرئيس المنتخب بإصلاح القضاء.",
     "بيير لوران", "تعهد", "بإصلاح القضاء", [], []),
    # "قضت المحكمة بأن", "قضى المجلس ببطلان": a court's ruling, what it ruled after بـ; "قضى ليلته" is no cue
    ("a court's ruling with what it ruled after bi",
     "وتظاهر مئات المحامين أمام البرلمان. وقضت المحكمة الدستورية في رومانيا ببطلان قانون الانتخابات الجديد.",
     "المحكمة الدستورية", "قضى", "ببطلان قانون الانتخابات", [], []),
    # "وقال في مؤتمر صحافي بالعاصمة إن": the indefinite word after the preposition's noun is its adjective, no
    # subject of the verb; the verb goes on with the last speaker
    ("an adjective of the setting noun that is also a person noun, after a verb with no subject",
     "وأغلق وزير الخارجية الإسباني خوسيه ألباريس الباب أمام أي وساطة. وقال في مؤتمر صحافي بمدريد إن "
     "المفاوضات انتهت.",
     "خوسيه ألباريس", "قال", "المفاوضات انتهت", [], []),
    # "قاضي" in construct with the court before a name is the judge's title: the name orders, the
    # participle after it is the judge's too
    ("a judge's title in construct with the court before the name",
     "وأكد وزير العدل أن التحقيق مستمر. وأمر قاضي محكمة الاستئناف في باريس جان ميشال لوران بتوقيف "
     "المتهمين، معتبرا أن الأدلة كافية.",
     "جان ميشال لوران", "أمر", "توقيف", [], []),
    # "ناشد المواطنين «...»": the group called on right before the quoted call is part of what was said, a target
    ("the group a call addresses right before the quoted call",
     "وناشد زعيم المعارضة البيروفي خوان تورريس المزارعين «الحفاظ على الهدوء».",
     "خوان تورريس", "ناشد", "الحفاظ على الهدوء", ["المزارعين"], []),
    # "قطعت علاقاتها مع العاصمة X، متهمة إياها": the capital taken up by the object pronoun is its state
    ("a capital taken up by an object pronoun is the state it stands for",
     "وتوترت العلاقات بين كينيا وأوغندا منذ أشهر. وأغلقت الحكومة الكينية حدودها مع كمبالا، متهمة إياها "
     "بدعم المتمردين.",
     "الحكومة", "اتهم", "بدعم المتمردين", ["أوغندا"], []),
    # "، وهي نتيجة وصفتها X بأنها": a noun taken back by a verb of describing, another side speaks on it
    ("a result another side describes after and-it-is and a noun",
     "وأعلن رئيس الوزراء المجري فيكتور أوربان فوز حزبه بثلثي المقاعد، وهي نتيجة وصفتها منظمة الشفافية الدولية "
     "بأنها غير نزيهة.",
     "منظمة الشفافية الدولية", "وصف", "غير نزيهة", [], []),
    # "، وهو إجراء انتقدته X": what it criticised is what stands before the noun
    ("a measure another side criticises after and-it-is and a noun",
     "وفرضت الحكومة الإيرانية قيودا على الإنترنت، وهو إجراء انتقدته منظمة العفو الدولية بشدة.",
     "منظمة العفو الدولية", "انتقد", "قيودا على الإنترنت", [], []),
    # "رئيس البرلمان فلان، الذي قال": a definite body noun closes the title, the relative takes up the person
    ("a relative clause on a person whose title ends in a definite body",
     "وتأجلت الجلسة بعد انسحاب رئيس مجلس الشيوخ كارلوس مندوزا، الذي قال إنه يرفض التصويت تحت الضغط.",
     "كارلوس مندوزا", "قال", "يرفض التصويت", [], []),
    # "فلان، القادم من صفوف «حزب X»، الذي أعلن": an apposition set off by commas names a body in quotes;
    # the relative after its closing comma takes up the person, not the body
    ("a relative clause after a comma-closed apposition that names a body in quotes",
     "ويبقى القرار بيد الرئيس ماركو ليندغرين، القادم من صفوف «حزب الخضر»، الذي أعلن أنه سيستشير الكتل كلها.",
     "ماركو ليندغرين", "أعلن", "سيستشير الكتل", [], []),
    # "فلان، الذي تقول X إنه ...": a relative clause with a subject of its own named after its verb, inside
    # what the speaker before was found to say, tells X's statement
    ("a relative clause with its own subject inside the content of another",
     "وطالبت نقابة المحامين النيابة بالتحقيق مع شركة البناء، التي يقول السكان إن عمالها هدموا المنازل ليلا.",
     "السكان", "قال", "هدموا المنازل", [], []),
    # "رئيس حزب X "Y" فلان": the party's short name in quote marks (here a word that also reads as a verb of
    # saying) after its full name is skipped whole; the person after it holds the title and speaks
    ("a person after a body's short name in quote marks inside his title",
     "وطالب رئيس حزب الاتحاد الوطني للعدالة والتنمية \"تابع\" كريم بنعلي الحكومة بالاستقالة.",
     "كريم بنعلي", "طالب", "بالاستقالة", [], []),
    # "وصف X تصريحات Y بأنها «...»": the statement described is the verb's object; the description is X's words
    ("a statement noun described by a verb of describing before it",
     "وفي تعليق على الخطاب، وصف الناطق باسم الخارجية النمساوية كارل هوبر تصريحات الرئيس الروسي فلاديمير بوتين "
     "بأنها «مستفزة وغير مقبولة».",
     "كارل هوبر", "وصف", "مستفزة", [], []),
    # "... رافعين شعارات. وطالبت أحزاب المعارضة بـ": a feminine verb does not go on with a crowd named by a sound
    # masculine plural; the group after it is its subject, not its object
    ("a group after a feminine verb that cannot go on with the crowd before",
     "وأغلق عشرات المزارعين الغاضبين الطريق السريع، رافعين شعارات ضد الوزير. وطالبت أحزاب المعارضة بإقالة "
     "الوزير، معتبرة أن القرار ظالم.",
     "أحزاب المعارضة", "طالب", "إقالة الوزير", [], []),
    # 'لكنه اتهم "X" بضخ أموال': the accused in quotes, the charge a short verbal noun after بـ; the accuser goes on
    ("an accusation whose object stands in quotes before a short charge",
     'وخسر رئيس الوزراء ماركوس فيلدر الأغلبية في البرلمان، لكنه اتهم "منظمات أجنبية" بضخ أموال لدعم خصومه.',
     "ماركوس فيلدر", "اتهم", "بضخ أموال", [], []),
    # "قيادي في حزب X": an unnamed leader, activist or officer of a named body speaks for it, as an official does
    ("an unnamed leader in a named party speaks for the party",
     "وقال قيادي في حزب العدالة الوطني، فضل عدم الكشف عن اسمه، إن الحزب لن يشارك في الحكومة.",
     "حزب العدالة الوطني", "قال", "لن يشارك", [], []),
    ("an unnamed activist in a named movement speaks for the movement",
     "وأكد ناشط في حركة الشباب الديمقراطي أن الشرطة اعتقلت عشرة متظاهرين.",
     "حركة الشباب الديمقراطي", "أكد", "اعتقلت عشرة", [], []),
    # "قيادي في حزب X": an unnamed leading member (officer, activist) of a named body speaks for it, as an
    # official does; named in apposition after the body, he speaks himself
    ("an unnamed leading member of a named party speaks for the party",
     "فاز حزب التجديد الوطني بالانتخابات. ورفض قيادي في حزب التجديد الوطني، فضل عدم الكشف عن اسمه، "
     "تحميل حزبه مسؤولية الأزمة.",
     "حزب التجديد الوطني", "رفض", "تحميل حزبه", [], []),
    ("a leading member of a party named after it speaks himself",
     "اندلعت احتجاجات في العاصمة. وقال قيادي في حزب التجديد الوطني سالم الحداد إن الحزب يرفض العنف.",
     "سالم الحداد", "قال", "الحزب يرفض", [], []),
    # "فيما ناشد ناجون الحكومة": an indefinite group right after a linked verb is its subject (VSO), not its object;
    # the earlier speaker does not go on
    ("an indefinite group after a linked verb is its own subject",
     "قال قائد الشرطة سامر الحلبي إن الحصيلة مرتفعة، فيما ناشد ناجون في المدينة الحكومة إرسال الغذاء.",
     "ناجون", "ناشد", "إرسال الغذاء", [], []),
    ("a group in construct after a linked verb stays its object",
     "وقال الوزير سامر الحلبي إن القوات ستحمي المدنيين. ودعا سكان عاصمة الولاية إلى التزام بيوتهم.",
     "سامر الحلبي", "دعا", "التزام بيوتهم", [], []),
    # "مسؤول في البلدية": an unnamed official speaks for the body a class noun after his preposition names
    ("an unnamed official of a body named by its class noun",
     "وأعلنت الحكومة الكينية حظر التجول في العاصمة. وقال مسؤول في البلدية، فضل عدم كشف هويته، إن الطرق "
     "ستفتح مساء اليوم.",
     "البلدية", "قال", "ستفتح مساء", [], []),
    # "من دعوة فلان، في خطاب، إلى ...، إذ قال": after إذ a verb with no subject speaks for the call's author,
    # past the noun of where it was said, not for the last speaker
    ("a verb after since speaks for the author of the call before it",
     "وأعربت الحكومة الإسبانية عن قلقها. وجاء الاتفاق بعد أيام من دعوة الرئيس البرتغالي مارسيلو ريبيلو دي سوزا، "
     "في خطاب متلفز، إلى الحوار، إذ قال إن الخلاف يضر بالبلدين.",
     "مارسيلو ريبيلو دي سوزا", "قال", "الخلاف يضر", [], []),
    # "انتقد X Y، الذي اتهم Z بكذا": the relative clause on the object makes its own accusation, the charge its words
    ("an accusation in a relative clause on the object of another verb of saying",
     "وانتقد رئيس الوزراء أنتوني ألبانيزي زعيم المعارضة بيتر داتون، الذي اتهم الحكومة بإخفاء أرقام العجز.",
     "بيتر داتون", "اتهم", "إخفاء أرقام العجز", [], []),
    # a headline's second clause opened by a group with و and a present verb that agrees with it: the group speaks
    ("a headline's second clause opened by a group with its own agreeing verb",
     "الرئيس السويدي يأمر بنشر الجيش في العاصمة والمعارضة تتهم الحكومة بقمع المتظاهرين\n"
     "وقال الرئيس السويدي وليام روتو إن الجيش سيحمي المنشآت العامة.",
     "المعارضة", "اتهم", "قمع المتظاهرين", [], []),
    # a headline's second clause opened by a bare body head with و: the body the article names after it with that head
    ("a headline's second clause opened by a bare body head the article names later",
     "غوستافو بيترو يأمر بهجوم في الجنوب والجبهة تتهم بوغوتا بقصف القرى\n"
     "وأعلن الجيش الكولومبي بدء عملية عسكرية. وقالت جبهة التحرير الوطني إن القصف طال قرى مدنية.",
     "جبهة التحرير الوطني", "اتهم", "قصف القرى", [], []),
    # "يدعى" (is called) after an indefinite noun names the one described: the verb before speaks for the name,
    # "يدعى" is no cue of its own
    ("a described person named after is-called speaks through the verb before",
     "وقال مزارع يدعى ماركو بيريز إن المحصول تراجع بسبب الجفاف.",
     "ماركو بيريز", "قال", "المحصول تراجع", [], []),
    # "أحد X، ويدعى فلان،": one of a class, his name set off by commas after "ويدعى": he speaks through the verb
    # before, and "ويدعى" after the comma is no cue of claiming
    ("one of a class named in an aside after and-is-called",
     "وقال أحد صيادي القرية الساحلية، ويدعى ماركو بيريز، للصحفيين إن المحصول تراجع بسبب الجفاف.",
     "ماركو بيريز", "قال", "المحصول تراجع", [], []),
    # "عن بائعة في السوق تدعى فلانة قولها", "إحدى الحاضرات، وهي ممرضة تدعى فلانة،": the feminine "تدعى" names
    # the woman described, also past an aside saying what she is; she speaks, the relaying agency is the via
    ("a woman described and named after the feminine is-called, in a relay",
     "ونقلت «رويترز» عن إحدى الحاضرات في التجمع، وهي ممرضة تدعى سلمى حداد، قولها: «نريد التغيير».",
     "سلمى حداد", "نقل", "نريد التغيير", [], ["رويترز"]),
    # "أعلنت X ومملكة Y": a second subject whose state head noun (kingdom, republic) carries the و before its
    # name: the joint announcement is each state's
    ("a second state subject after and-kingdom",
     "وأعلنت البرتغال ومملكة السويد استئناف التعاون الكامل في مجال الطاقة.",
     "السويد", "أعلن", "استئناف التعاون", [], []),
    # "هنأت حكومتا X وY فلانا": a person right after the second of two states joined is their object, not a
    # person of that country in apposition ("وكينيا فلان"): the second state speaks
    ("the second of two joined states before the person they address",
     "وأعاد البرلمان انتخاب الرئيس فرناندو موراليس. وهنأت حكومتا الأرجنتين والأوروغواي موراليس بـ«فوزه المستحق».",
     "الأوروغواي", "هنأ", "فوزه المستحق", [], []),
    # "اتهم حزب X، الذي يتزعمه فلان، الرئيس بـ«...»": past a relative clause on the speaker, set off by commas,
    # the one accused before the quoted charge is a target
    ("the one accused after a relative aside on the speaker, before a quoted charge",
     "وأعلن الرئيس فيكتور مانديلو تمديد حالة الطوارئ. كما اتهم حزب \"الفجر\"، الذي يتزعمه المعارض كريم بوزيد، "
     "الرئيس بالسعي إلى \"البقاء في الحكم بأي ثمن\".",
     "الفجر", "اتهم", "البقاء في الحكم", ["فيكتور مانديلو"], []),
    # "قال عامل في المصنع يدعى فلان لـ...": a description of the subject ending in a definite word (a phrase in في)
    # before "يدعى": the person named speaks through the verb before, "يدعى" is no cue
    ("a described person named after is-called past a prepositional phrase",
     "وفي المدينة، قال عامل في المصنع يدعى ماركو بيريز لوكالة رويترز \"سنبقى هنا حتى النهاية\".",
     "ماركو بيريز", "قال", "سنبقى هنا", [], ["رويترز"]),
    # "قال لاجئ وصل إلى البلدة، يدعى فلان، لـ... إن": a described person, a clause on him, then "يدعى" and his name
    # set off by commas (no و): the named person speaks through the verb before
    ("a described person named in a comma aside after is-called, past a clause on him",
     "وقال لاجئ فر من القصف قبل يومين، يدعى ماركو بيريز، لرويترز إن الطريق كان خطيرا.",
     "ماركو بيريز", "قال", "الطريق كان خطيرا", [], []),
    # after "يدعى" a foreign given name the word tests read as an inflected verb is still the name's first word
    ("a foreign given name shaped like a verb after is-called",
     "وقال مزارع يدعى تستوني أوكافور إن المحصول تراجع بسبب الجفاف.",
     "تستوني أوكافور", "قال", "المحصول تراجع", [], []),
    # a colon headline's second side "فلان: ... .. وY تطالب بـ" speaks for itself
    ("a colon headline's second side with its own verb",
     "شولتس: أوروبا تواجه شتاء صعبا.. ووارسو تطالب بعقوبات أشد على موسكو\n"
     "وقال المستشار الألماني أولاف شولتس إن الوضع صعب.",
     "وارسو", "طالب", "عقوبات أشد", [], []),
    # the و on the title of the second side's name: "والأمير فلان يتحدث عن"
    ("a headline's second side named after a title with و",
     "المغرب يعلن فتح الحدود والأمير علي بن نايف يتحدث عن مرحلة جديدة\n"
     "وقال وزير الداخلية إن القرار نهائي.",
     "علي بن نايف", "تحدث", "مرحلة جديدة", [], []),
    # what the clause's subject calls the thing it acted on: "ما قال إنها" (recall on unseen text)
    ("what the subject says it hit",
     "وقصف الجيش السوداني ما قال إنها مواقع لقوات الدعم السريع في دارفور.",
     "الجيش السوداني", "قال", "مواقع لقوات الدعم السريع", [], []),
    # "المحقق العدلي" (judicial investigator) is a title: alone in what was said, the one the article gave it
    ("the judicial investigator named earlier by his title",
     "تظاهر العشرات دعما للمحقق العدلي القاضي فادي صوان. وقال النائب علي حسن خليل إن الضغوط على المحقق العدلي "
     "بلغت حدا كبيرا.",
     "علي حسن خليل", "قال", "الضغوط على المحقق العدلي", ["فادي صوان"], []),
    # "هذه الاتهامات" with no author after it: the words of the subject of the last verb of that act
    ("these accusations are those the last accuser made",
     "واتهم زعيم المعارضة كير ستارمر الحكومة بالتفريط في السيادة. ورفض رئيس الوزراء ريشي سوناك هذه الاتهامات.",
     "ريشي سوناك", "رفض", "هذه الاتهامات", ["كير ستارمر"], []),
    # "وجدد فلان اتهاماته ... ونفت Y هذه الاتهامات": the accusations are the last statement's that opened with them,
    # whatever its verb, not those of an accuser named before it
    ("these accusations are those renewed last",
     "وقاطع حزب التجمع الشعبي جلسة البرلمان في العاصمة، متهما الحكومة بالفساد. وجدد زعيم الحزب سالم العبيدي "
     "اتهاماته بشراء الأصوات في الدوائر الريفية، مطالبا بإعادة الاقتراع. ونفت الهيئة العليا للانتخابات هذه الاتهامات.",
     "الهيئة العليا للانتخابات", "نفى", "هذه الاتهامات", ["سالم العبيدي"], []),
    ("a reply to these criticisms answers the last critic",
     "وانتقد زعيم المعارضة البريطانية كير ستارمر الاتفاق بشدة. ورد وزير الخارجية جيمس كليفرلي على هذه الانتقادات.",
     "جيمس كليفرلي", "رد", "هذه الانتقادات", ["كير ستارمر"], []),
    # "المؤسسة العسكرية" (the military establishment) is the army the article named before
    ("the military establishment is the army named before",
     "انتشرت وحدات من الجيش الوطني الشعبي في العاصمة. ويرى المحلل أحمد سالم أن الرئيس الجديد مطالب بعدم "
     "إغضاب المؤسسة العسكرية.",
     "أحمد سالم", "رأى", "المؤسسة العسكرية", ["الجيش الوطني الشعبي"], []),
    # "رئيس الجمهورية" is another name of the lone "الرئيس": the president the article named before
    ("the president of the republic is the president named before",
     "أعلن الرئيس الغاني نانا أكوفو أدو حل البرلمان. وقال رئيس الحكومة كوفي مينساه إنه مستعد لتسليم المسؤولية "
     "إلى الشخصية التي سيكلفها رئيس الجمهورية.",
     "كوفي مينساه", "قال", "سيكلفها رئيس الجمهورية", ["نانا أكوفو أدو"], []),
    # a masculine body after a masculine verb of calling that opens its sentence is its subject, not its object
    ("a body after a verb of calling that opens its sentence speaks",
     "وقال وزير الخارجية الكندي مارك جولي إن أوتاوا تتابع الوضع بقلق. ودعا الاتحاد الأوروبي إلى وقف فوري للقتال.",
     "الاتحاد الأوروبي", "دعا", "وقف فوري للقتال", [], []),
    # a verb of deeming with its object pronoun in a relative clause after an indefinite head names its own subject
    ("a relative clause of deeming after an indefinite head",
     "وأغلقت السلطات المعبر الحدودي أمس، في خطوة اعتبرتها المعارضة غير قانونية.",
     "المعارضة", "اعتبر", "غير قانونية", [], []),
    # "، وهو ما عدّه X ...": the past of عدّ (deemed) with its object pronoun after the ما of the resumptive clause
    ("the resumptive clause of deeming with عدّ",
     "ورفعت الحكومة الضرائب على الوقود مطلع الشهر، وهو ما عده اقتصاديون عبئا ثقيلا على الأسر الفقيرة.",
     "اقتصاديون", "عد", "عبئا ثقيلا", [], []),
    ("عدّ with its object pronoun after the indefinite head of a relative clause",
     "وأوقفت البلدية توزيع المياه على الأحياء الشرقية، في خطوة عدها ناشطون حقوقيون عقابا جماعيا.",
     "ناشطون حقوقيون", "عد", "عقابا جماعيا", [], []),
    # a verb of accusing (CLAIM_ACTS) with its object pronoun after a relative pronoun: the body named after it accuses
    ("a relative clause of accusing after a relative pronoun names its own subject, not the antecedent",
     "وأفرجت الشرطة عن الصحفي كريم داوود، الذي اتهمته النيابة العامة بنشر أخبار كاذبة عن الجيش.",
     "النيابة العامة", "اتهم", "بنشر أخبار كاذبة", [], []),
    ("a relative clause of accusing after a feminine relative pronoun",
     "وأقالت الحكومة الوزيرة سعاد الخطيب، التي اتهمها حزب العمال بالتستر على صفقات فاسدة.",
     "حزب العمال", "اتهم", "بالتستر على صفقات", [], []),
    # "وأثار X جدلا حين قال إن": a verb with no subject after a link of time hangs on the clause before it
    ("a subjectless verb after a link of time, the main clause's subject",
     "وقال الوزير سمير نجار إن الاقتصاد يتعافى. وأثار النائب كريم داوود غضب زملائه أمس حين قال إن البرلمان فقد شرعيته.",
     "كريم داوود", "قال", "البرلمان فقد شرعيته", [], []),
    # "رئيسا الحكومة السابقان فلان وعلان": a title in the dual names two persons; the second speaks too
    ("two persons under a title in the dual",
     "وشدد وزيرا الخارجية السابقان سمير نجار وكريم داوود، في رسالة مشتركة، على ضرورة الحوار.",
     "كريم داوود", "شدد", "ضرورة الحوار", [], []),
    # "رئيسا المجلس فلان والهيئة علان": the second person's own body comes before his name
    ("the second person under a dual title, after the body he heads",
     "وقال رئيسا البرلمان العربي سمير نجار والمجلس الاقتصادي كريم داوود إن التعاون ضروري.",
     "كريم داوود", "قال", "التعاون ضروري", [], []),
    # "في خطاب عدّه X ...": a noun of speech heads the relative clause; the other side deems the speech
    ("a noun of speech heading a relative clause of deeming",
     "وهاجم رئيس الحزب سليم منصور خصومه بشدة، في خطاب اعتبره نقابيون إعلانا للقطيعة.",
     "نقابيون", "اعتبر", "إعلانا للقطيعة", [], []),
    # "، وهو ما قرأ فيه X ...": قرأ (read) is a cue only there, taking ما back by في with its pronoun; what X reads
    # into it is the predicate after X (seeing_in_verb), not the clause taken back
    ("the resumptive clause of reading into what was told",
     "وأغلقت الحكومة ثلاث صحف مستقلة دفعة واحدة، وهو ما قرأ فيه صحفيون تضييقا على حرية التعبير.",
     "صحفيون", "قرأ", "تضييقا على حرية التعبير", [], []),
    # "القائمة بأعمال X" (the acting X): the بـ of بأعمال does not break the title before the name
    ("the acting holder of a post named after a long title",
     "وحثت القائمة بأعمال المندوب الدائم لدى المنظمة ماريا لوبيز الحكومة على فتح الحدود.",
     "ماريا لوبيز", "حث", "فتح الحدود", [], []),
    # a noun with its owner's pronoun ("مرشحها", "زوجته") is a definite title: the name after it is the subject,
    # even with the verb's complement after the name
    ("a person named after a noun with its owner's pronoun",
     "وأعلنت الهيئة الانتخابية فوز الرئيس بولاية ثانية. وطالب مرشحها المنافس بيتر غرانت بإعادة فرز الأصوات.",
     "بيتر غرانت", "طالب", "إعادة فرز الأصوات", [], []),
    ("an unnamed ambassador speaks as the diplomats",
     "وقال سفير آسيوي في نيروبي إن المحادثات تعثرت بسبب الخلاف على الحدود.",
     "سفير آسيوي", "قال", "المحادثات تعثرت", [], []),
    # an unnamed spokesman of a place named with its head (مطار، قصر، ميناء) speaks for it, as for a body
    ("an unnamed spokesman speaks for an airport",
     "وقال متحدث باسم مطار الريان إن الرحلات عادت إلى طبيعتها.",
     "مطار الريان", "قال", "الرحلات عادت", [], []),
    ("an unnamed envoy speaks as the diplomats",
     "وقال مبعوث أوروبي إن الهدنة في الساحل صامدة رغم الخروقات.",
     "مبعوث أوروبي", "قال", "الهدنة في الساحل صامدة", [], []),
    ("an unnamed doctor speaks as the doctors",
     "وقالت طبيبة سودانية إن المستشفى يعاني نقصا حادا في الأدوية.",
     "طبيبة سودانية", "قال", "نقصا حادا في الأدوية", [], []),
    ("an unnamed farmer of reportage speaks as the farmers",
     "وقال مزارع من سهل البقاع إن موجة الحر أتلفت محصول البطاطا.",
     "مزارع", "قال", "أتلفت محصول البطاطا", [], []),
    # bodies the text names only by a definite class noun and its adjectives, nothing named before that it
    # refers to: the body speaks, an Organization labelled with the phrase (GOLD_SCHEMA: an unnamed speaker's body)
    ("VSO a body named only by its class noun and adjective, then where it said it (في بيان)",
     "وقال المكتب الإعلامي في بيان إن الطريق الساحلي أعيد فتحه أمام السيارات.",
     "المكتب الإعلامي", "قال", "الطريق الساحلي أعيد فتحه", [], []),
    ("VSO a court named only by its class noun and an elative adjective",
     "وأكدت المحكمة العليا أن قانون الانتخابات الجديد لا يخالف الدستور.",
     "المحكمة العليا", "أكد", "لا يخالف الدستور", [], []),
    ("VSO a committee named only by its class noun and a participle",
     "وأعلنت اللجنة المنظمة أن معرض الكتاب سيفتح أبوابه الأحد.",
     "اللجنة المنظمة", "أعلن", "معرض الكتاب سيفتح", [], []),
    ("VSO a bare class noun of bodies no name resolves (no family name in the subject slot)",
     "وقالت النقابة إن إضراب المعلمين سيستمر حتى نهاية الشهر.",
     "النقابة", "قال", "إضراب المعلمين", [], []),
    ("past perfect: كان, a body named only by its class noun, قد, the verb",
     "وكانت المحكمة الإدارية قد أكدت أن الطعن قدم بعد انتهاء المهلة.",
     "المحكمة الإدارية", "أكد", "الطعن قدم", [], []),
    ("SVO a body named only by its class noun after لكن",
     "لكن اللجنة الفنية قالت إن الملعب غير جاهز لاستضافة المباراة.",
     "اللجنة الفنية", "قال", "الملعب غير جاهز", [], []),
    ("a body named only by its class noun before a relative pronoun and its verb",
     "وجاء القرار بعد حكم المحكمة الابتدائية التي اعتبرت أن العقد باطل.",
     "المحكمة الابتدائية", "اعتبر", "العقد باطل", [], []),
    ("a statement issued by a body named only by its class noun",
     "وأكد بيان صادر عن المكتب الصحفي أن فرق الإنقاذ انتشلت جثتين من تحت الأنقاض.",
     "المكتب الصحفي", "أكد", "فرق الإنقاذ انتشلت", [], []),
    ("according to a body named only by its class noun",
     "وبحسب اللجنة المنظمة، فإن عدد الزوار تجاوز عشرة آلاف.",
     "اللجنة المنظمة", "بحسب", "عدد الزوار تجاوز", [], []),
    # several bodies named only by their plural class noun: a group, as unnamed newspapers are
    ("VSO companies of an industry named only by their plural class noun",
     "وقالت شركات النفط إن الإنتاج سيتراجع في الربع المقبل.",
     "شركات النفط", "قال", "الإنتاج سيتراجع", [], []),
    ("VSO banks named only by their plural class noun and a nationality",
     "وأعلنت المصارف اللبنانية أنها ستغلق أبوابها يومين.",
     "المصارف اللبنانية", "أعلن", "ستغلق أبوابها", [], []),
    ("a weekday between the verb and a body as its subject",
     "وأعلنت مساء الخميس وزارة الصحة الأردنية أن الإصابات تراجعت في عمان.",
     "وزارة الصحة الأردنية", "أعلن", "الإصابات تراجعت", [], []),
    # reporting verbs added for unseen news (cuevocab29): touching on, swearing, rebuking, instructing, issuing a fatwa
    ("touching on a topic",
     "وتطرق وزير الزراعة المغربي كريم بناني في كلمته إلى أزمة الجفاف في الجنوب.",
     "كريم بناني", "تطرق", "أزمة الجفاف", [], []),
    ("swearing that",
     "وأقسم زعيم المعارضة التنزانية جوزيف موانغا أن حزبه لن يقاطع الانتخابات.",
     "جوزيف موانغا", "أقسم", "لن يقاطع الانتخابات", [], []),
    ("rebuking",
     "ووبخ رئيس الوزراء الكيني صامويل أوتينو وزير النقل بسبب تأخر مشروع السكك الحديدية.",
     "صامويل أوتينو", "وبخ", "وزير النقل", [], []),
    ("instructing",
     "وأوعز وزير الداخلية الأردني سامر الخطيب إلى المحافظين بتشديد الرقابة على الأسواق.",
     "سامر الخطيب", "أوعز", "بتشديد الرقابة", [], []),
    ("issuing a fatwa",
     "وأفتى المفتي العام للبلاد الشيخ حسن العمري بأن صيام المرضى غير واجب.",
     "حسن العمري", "أفتى", "صيام المرضى", [], []),
    ("VSO with title and name",
     "وقال وزير الخارجية الفرنسي جان إيف لودريان إن باريس تدعم الحوار مع إيران.",
     "جان إيف لودريان", "قال", "تدعم الحوار", ["إيران"], []),
    ("SVO organization",
     "وزارة الداخلية العراقية أعلنت أن المحتجين اعتدوا على مقر الشرطة.",
     "وزارة الداخلية العراقية", "أعلن", "اعتدوا", ["المحتجين"], []),
    ("direct quote with guillemets",
     "وقال رئيس الوزراء البريطاني بوريس جونسون: «لن نقبل بهذا الاعتداء على أوكرانيا».",
     "بوريس جونسون", "قال", "لن نقبل بهذا الاعتداء", ["أوكرانيا"], []),
    ("guillemets the other way round on the line before leave this line's cue outside any quote",
     "وقال الوزير سامر الحلبي إن المصانع » ستعود إلى العمل قريبا «.\nوأضاف وزير المالية نادر العطار أن » الحكومة ستدعمها «.",
     "نادر العطار", "أضاف", "الحكومة ستدعمها", [], []),
    ("call with addressee",
     "ودعا الأمين العام للأمم المتحدة أنطونيو غوتيريش جميع الأطراف إلى ضبط النفس في السودان.",
     "أنطونيو غوتيريش", "دعا", "ضبط النفس", ["السودان"], []),
    ("SVO subject with a nationality adjective joined by و, then قد",
     "وكان مسؤولون أمريكيون وبريطانيون قد قالوا إن المفاوضات ستستأنف في جنيف.",
     "مسؤولون أمريكيون وبريطانيون", "قال", "المفاوضات ستستأنف", ["جنيف"], []),
    ("the holders of a plural title speak for the body after it",
     "ودعا وزراء خارجية رابطة آسيان ميانمار إلى إطلاق سراح المعتقلين السياسيين.",
     "رابطة آسيان", "دعا", "إطلاق سراح", ["ميانمار"], []),
    ("the holders of a plural title speak for the countries after it",
     "وأكد وزراء خارجية مصر والأردن أن التهجير من غزة مرفوض.",
     "الأردن", "أكد", "التهجير من غزة", ["غزة"], []),
    ("a report and the verb that takes it as object, then its issuer",
     "وأفاد تقرير أعدته منظمة هيومن رايتس ووتش بأن المستشفيات في هايتي تفتقر إلى الأدوية.",
     "منظمة هيومن رايتس ووتش", "أفاد", "المستشفيات في هايتي", ["هايتي"], []),
    ("the leaders of a body speak for it",
     "وتعهد قادة الاتحاد الأفريقي في قمتهم بتمويل مشاريع الري في النيجر.",
     "الاتحاد الأفريقي", "تعهد", "تمويل مشاريع الري", ["النيجر"], []),
    ("downplaying: هوّن من",
     "وهونت وزارة الدفاع الأرجنتينية من أهمية التدريبات البحرية قرب جزر فوكلاند.",
     "وزارة الدفاع الأرجنتينية", "هون", "أهمية التدريبات", ["جزر فوكلاند"], []),
    ("pleading a pretext: تذرع بأن",
     "وتذرعت شركة تويوتا بأن نقص الرقائق أخر تسليم السيارات في البرازيل.",
     "شركة تويوتا", "تذرع", "نقص الرقائق", ["البرازيل"], []),
    ("commenting by saying: عقّب ... بالقول إن",
     "وعقب النائب المغربي سمير الحداد على قرار الحكومة بالقول إن الضرائب الجديدة ستضر بالتجار في الرباط.",
     "سمير الحداد", "عقب", "الضرائب الجديدة", ["الرباط"], []),
    ("a definite source declining to be named is an unnamed source",
     "وقال الدبلوماسي الأوروبي، طالبا عدم الكشف عن اسمه، إن المفاوضات حول الحدود مع صربيا متعثرة.",
     "الدبلوماسي الأوروبي", "قال", "المفاوضات حول الحدود", ["صربيا"], []),
    ("parties with an adjective (جهات + adjective) are an unnamed source",
     "وقالت جهات رسمية في الخرطوم إن شحنات القمح وصلت إلى ميناء بورتسودان.",
     "جهات رسمية", "قال", "شحنات القمح", ["ميناء بورتسودان"], []),
    ("a verb of saying with ف right after a person's name goes on with that person",
     "وسألت الإذاعة المحلية الطبيب سامي الخطيب فقال إن المستشفى في حلب يحتاج إلى الأدوية.",
     "سامي الخطيب", "قال", "المستشفى في حلب", ["حلب"], []),
    ("وهو ما + a verb with بـ and its pronoun: the speaker after it says what came before",
     "وأعلنت شركة أرامكو أن أسعار الوقود ستنخفض في الرياض، وهو ما رحب به النائب سمير الحداد.",
     "سمير الحداد", "رحب", "أسعار الوقود ستنخفض", ["الرياض"], []),
    ("highlighting what it puts forward: أبرز + a content object",
     "وأبرز وزير الزراعة التونسي محمد الهادي أهمية تخزين مياه الأمطار في القيروان.",
     "محمد الهادي", "أبرز", "تخزين مياه الأمطار", ["القيروان"], []),
    ("likening: شبّه X بـ Y",
     "وشبهت منظمة العفو الدولية مراكز الاحتجاز في ليبيا بالسجون السرية.",
     "منظمة العفو الدولية", "شبه", "مراكز الاحتجاز", ["ليبيا"], []),
    ("the holders of a plural title before their verb (SVO) speak for the body after the title",
     "لكن قادة رابطة آسيان طالبوا بإطلاق سراح المعتقلين في ميانمار.",
     "رابطة آسيان", "طالب", "إطلاق سراح", ["ميانمار"], []),
    ("a report in construct with a definite head that names a body named before",
     "وزار وفد من منظمة العفو الدولية السجون الليبية الشهر الماضي. ويشير تقرير المنظمة إلى أن السجناء في ليبيا يتعرضون للتعذيب.",
     "منظمة العفو الدولية", "أشار", "السجناء في ليبيا", ["ليبيا"], []),
    ("one of an unnamed agent plural after a partitive speaks as that group",
     "وقال أحد المنظمين إن المهرجان في قرطاج سيستقبل آلاف الزوار.",
     "المنظمين", "قال", "المهرجان في قرطاج", ["قرطاج"], []),
    ("condemnation with the form-I verb دان",
     "ودان مجلس التعاون الخليجي الهجوم على ناقلة النفط قرب ميناء الفجيرة.",
     "مجلس التعاون الخليجي", "أدان", "الهجوم على ناقلة", ["ميناء الفجيرة"], []),
    ("deemed likely: رجح",
     "ورجح المحلل السياسي اللبناني جوزيف أبو فاضل أن تتشكل الحكومة قبل نهاية الشهر في بيروت.",
     "جوزيف أبو فاضل", "رجح", "تتشكل الحكومة", ["بيروت"], []),
    ("refuted: دحض",
     "ودحض وزير الداخلية التونسي خالد النوري الاتهامات الموجهة إلى الشرطة في صفاقس.",
     "خالد النوري", "دحض", "الاتهامات", ["صفاقس"], []),
    ("condemnation by a country",
     "وأدانت فرنسا الهجوم على السفارة في بغداد.",
     "فرنسا", "أدان", "الهجوم", ["بغداد"], []),
    ("reported via an agency",
     "ونقلت وكالة رويترز عن وزير الدفاع التركي خلوصي أكار قوله إن القوات التركية لن تنسحب من سوريا.",
     "خلوصي أكار", "نقل", "لن تنسحب", ["سوريا"], ["رويترز"]),
    ("a person who speaks after حسب ما says what the earlier statement of the sentence reports",
     "وقال النائب ناصر حداد إن مصنع الإسمنت في طرابلس سيغلق نهاية الشهر، حسب ما قال وزير الصناعة كمال سعيد.",
     "كمال سعيد", "قال", "سيغلق نهاية الشهر", ["طرابلس"], []),
    ("the same after وفق ما with another speech verb",
     "وأعلن النائب ناصر حداد أن مصنع الإسمنت في طرابلس سيغلق قريبا، وفق ما أكد وزير الصناعة كمال سعيد للصحفيين.",
     "كمال سعيد", "أكد", "سيغلق قريبا", ["طرابلس"], []),
    ("a person after حسب ما with no comma before it, inside the earlier statement's content, speaks too",
     "وقال النائب ناصر حداد إن مصنع الإسمنت في طرابلس سيغلق نهاية الشهر حسب ما قال وزير الصناعة كمال سعيد.",
     "كمال سعيد", "قال", "سيغلق نهاية الشهر", ["طرابلس"], []),
    ("an agency after وفق ما stays the intermediary of the earlier statement",
     "وقال النائب ناصر حداد إن مصنع الإسمنت في طرابلس سيغلق نهاية الشهر، وفق ما ذكرت وكالة رويترز.",
     "ناصر حداد", "قال", "سيغلق نهاية الشهر", ["طرابلس"], ["رويترز"]),
    ("according to an agency",
     "وقال المتحدث باسم الخارجية الصينية وانغ وين بين إن بكين تعارض العقوبات على روسيا، بحسب وكالة شينخوا.",
     "وانغ وين بين", "قال", "تعارض العقوبات", ["روسيا"], ["شينخوا"]),
    ("subject of a clause opened by أن",
     "يذكر أن الاتحاد الأوروبي، زعم أن الشركة الأجنبية لوثت الأنهار في بوليفيا.",
     "الاتحاد الأوروبي", "زعم", "الشركة الأجنبية لوثت", ["بوليفيا"], []),
    ("a title the lexicon does not know, then the name",
     "طالب الحقوقي المغربي المعروف أحمد بنشمسي الحكومة المغربية بحماية الصحفيين.",
     "أحمد بنشمسي", "طالب", "بحماية الصحفيين", ["الحكومة المغربية"], []),
    ("unknown titles joined by و before the name",
     "من جهته هاجم الكاتب التشيلي المعروف والناشط البيئي البارز ماريو فيغا قرارات الحكومة بشأن فنزويلا.",
     "ماريو فيغا", "هاجم", "قرارات الحكومة", ["فنزويلا"], []),
    ("a title, a prepositional phrase, the name after a comma",
     "وأوضح العقيد بسلاح الجو الفرنسي، بيار لوران، أن الطائرات عادت إلى قاعدتها في جيبوتي.",
     "بيار لوران", "أوضح", "الطائرات عادت", ["جيبوتي"], []),
    ("the name introduced by هو",
     "وقال ناطق ثالث باسم الجامعة هو أحمد السعيدي، إن الجسر الجديد في صفاقس سيفتتح قريبا.",
     "أحمد السعيدي", "قال", "الجسر الجديد", ["صفاقس"], []),
    ("the antecedent of a relative pronoun",
     "وتناول المقال خطة رئيس البنك الدولي أجاي بانغا الذي حذر من أن الديون ستثقل كاهل زامبيا.",
     "أجاي بانغا", "حذر", "الديون ستثقل", ["زامبيا"], []),
    ("a verb describing a statement noun speaks for its author",
     "وجاء ذلك بعد بيان للحكومة الكينية أكدت فيه أن المدارس في مومباسا ستفتح أبوابها.",
     "الحكومة الكينية", "أكد", "المدارس في مومباسا", ["مومباسا"], []),
    ("it came in it: جاء فيها after a statement noun",
     "وأرسل وزير الخارجية التركي هاكان فيدان إلى نظرائه رسالة، جاء فيها أن المساعدات إلى السودان ستزداد.",
     "هاكان فيدان", "جاء", "المساعدات إلى السودان", ["السودان"], []),
    ("the subject after adverbial phrases closed by a comma",
     "وأكد، اليوم الأحد، في مؤتمر صحفي عقده في عمان، وزير الخارجية الأردني أيمن الصفدي أن المملكة ترفض التهجير من غزة.",
     "أيمن الصفدي", "أكد", "المملكة ترفض التهجير", ["غزة"], []),
    ("the subject after a prepositional phrase and a comma",
     "وقال خلال لقائه وفدا من رجال الأعمال، الرئيس السويدي وليام روتو إن الاقتصاد الكيني يتعافى.",
     "وليام روتو", "قال", "الاقتصاد الكيني يتعافى", [], []),
    ("a statement noun, a verb with it as object, its author",
     "وأكد بيان أصدرته وزارة الخارجية المغربية أن الرباط ترفض القرار الأوروبي.",
     "وزارة الخارجية المغربية", "أكد", "الرباط ترفض القرار", ["الرباط"], []),
    ("subject after غير أن, no comma",
     "وتوقعت الأسواق تراجع الأسعار، غير أن البنك المركزي المصري أعلن أن الفائدة ستبقى دون تغيير.",
     "البنك المركزي المصري", "أعلن", "الفائدة ستبقى", [], []),
    ("a first-person complementizer: إننا",
     "وقال رئيس الوزراء الماليزي أنور إبراهيم إننا لن نقبل بأي تدخل في شؤون ماليزيا.",
     "أنور إبراهيم", "قال", "لن نقبل بأي تدخل", ["ماليزيا"], []),
    ("predicted: تكهن بأن",
     "وتكهن وزير المالية الألماني كريستيان ليندنر بأن الاقتصاد سينمو العام المقبل.",
     "كريستيان ليندنر", "تكهن", "الاقتصاد سينمو", [], []),
    ("insisted: أصر على أن",
     "وأصر رئيس الوزراء الإسباني بيدرو سانشيز على أن الميزانية ستقر قبل نهاية العام.",
     "بيدرو سانشيز", "أصر", "الميزانية ستقر", [], []),
    ("told: أخبر, the addressee before the complementizer",
     "وأخبر وزير الخارجية الأردني أيمن الصفدي الصحفيين أن عمان ترفض التهجير.",
     "أيمن الصفدي", "أخبر", "ترفض التهجير", [], []),
    ("believed that: اعتقد with its complementizer",
     "واعتقد وزير الخارجية الأردني أيمن الصفدي أن الحل السياسي ممكن في سوريا.",
     "أيمن الصفدي", "اعتقد", "الحل السياسي ممكن", ["سوريا"], []),
    ("according to a titled person, then فإن: the clause after it is theirs",
     "وبحسب وزير الزراعة التونسي كمال العياري، فإن محصول القمح سيتضاعف هذا الموسم في الشمال.",
     "كمال العياري", "بحسب", "محصول القمح سيتضاعف", [], []),
    ("according to unnamed witnesses, then فإن and a clause of two words",
     "وبحسب شهود فإن الكهرباء مقطوعة.",
     "شهود", "بحسب", "الكهرباء مقطوعة", [], []),
    ("an adjective between a report and its author: التقرير السنوي لـ",
     "وكشف التقرير السنوي لمنظمة الصحة العالمية أن معدلات السمنة ارتفعت في الكويت.",
     "منظمة الصحة العالمية", "كشف", "معدلات السمنة ارتفعت", ["الكويت"], []),
    ("according to a report, then its author: وفقا لتقرير صادر عن",
     "ووفقا لتقرير صادر عن البنك الدولي فإن النمو الاقتصادي سيتباطأ في تونس.",
     "البنك الدولي", "وفق", "النمو الاقتصادي سيتباطأ", ["تونس"], []),
    ("an unnamed title holder of a unit in a body named after its head word: في شركة X",
     "وقال مدير المبيعات في شركة تويوتا إن مصنع السيارات في البرازيل سيغلق مؤقتا.",
     "تويوتا", "قال", "مصنع السيارات", ["البرازيل"], []),
    ("SVO: an unnamed source informed on something (مطلعا على ...), then the verb",
     "لكن مصدرا مطلعا على المفاوضات قال إن الاتفاق مع صربيا بات وشيكا.",
     "مصدرا مطلعا", "قال", "الاتفاق مع صربيا", ["صربيا"], []),
    ("SVO: a name, its title as apposition with no comma, then the verb",
     "لكن كمال العياري وزير الزراعة التونسي أكد أن محصول القمح سيتضاعف في القيروان.",
     "كمال العياري", "أكد", "محصول القمح سيتضاعف", ["القيروان"], []),
    ("a body's leadership speaks for the body: قيادة + the body",
     "وقالت قيادة الجيش الأردني إن الحدود مع سوريا آمنة بالكامل.",
     "الجيش الأردني", "قال", "الحدود مع سوريا آمنة", ["سوريا"], []),
    ("a study and the body that prepared it: دراسة أعدتها",
     "وأكدت دراسة أعدتها جامعة أكسفورد أن تلوث الهواء يضر بصحة الأطفال في لندن.",
     "جامعة أكسفورد", "أكد", "تلوث الهواء يضر", ["لندن"], []),
    ("وفقا لـ a titled person after the clause",
     "وتراجعت صادرات الزيتون بنسبة الثلث هذا العام، وفقا لوزير الزراعة التونسي كمال العياري.",
     "كمال العياري", "وفق", "تراجعت صادرات الزيتون", [], []),
    ("expressed: the bare عبر with عن and a feeling of its owner",
     "وعبر وزير الزراعة التونسي كمال العياري عن ارتياحه لنتائج الموسم الزراعي.",
     "كمال العياري", "عبر", "ارتياحه", [], []),
    ("in the words of: على حد تعبير X after the clause",
     "وسيتضاعف محصول القمح هذا الموسم في الشمال، على حد تعبير وزير الزراعة التونسي كمال العياري.",
     "كمال العياري", "على حد", "سيتضاعف محصول القمح", [], []),
    ("a quoted outlet glued to لـ before أن is no content",
     "وأوضح وزير الزراعة التونسي كمال العياري لـ«الصباح» أن محصول القمح سيتضاعف هذا الموسم.",
     "كمال العياري", "أوضح", "محصول القمح سيتضاعف", [], []),
    ("relayed: نقلت with a list of agencies, then عن",
     "ونقلت وكالات أنباء محلية، ووكالة رويترز، عن وزير الزراعة التونسي كمال العياري قوله إن محصول القمح سيتضاعف.",
     "كمال العياري", "نقل", "محصول القمح سيتضاعف", [], []),
    ("present يعتبر is a cue when its complementizer follows",
     "ويعتبر وزير الخارجية الأردني أيمن الصفدي أن الحل السياسي هو الطريق الوحيد في سوريا.",
     "أيمن الصفدي", "اعتبر", "الحل السياسي", ["سوريا"], []),
    # speakers no title introduces: the place of the name vouches for it
    ("SVO person with an apposition between commas",
     "ديميتار زلاتيف، الخبير في شؤون الطاقة، قال إن الأسعار سترتفع في أوروبا.",
     "ديميتار زلاتيف", "قال", "الأسعار سترتفع", [], []),
    ("SVO person with an indefinite description between commas",
     "لكن مروان شحادة، بائع خضار منذ عشرين عاما، يقول إن الزبائن تراجعوا.",
     "مروان شحادة", "قال", "الزبائن تراجعوا", [], []),
    ("SVO person with a description between commas after أن",
     "غير أن سلوى دباغ، المعلمة في مدرسة القرية، تقول إن الصفوف مكتظة.",
     "سلوى دباغ", "قال", "الصفوف مكتظة", [], []),
    ("SVO person with وهو and a description, no commas",
     "لكن مروان شحادة وهو طالب هندسة يقول إن الرسوم مرتفعة.",
     "مروان شحادة", "قال", "الرسوم مرتفعة", [], []),
    ("SVO person with وهو and a description between commas (طالب a noun there, no verb)",
     "لكن مروان شحادة، وهو طالب هندسة، يقول إن الرسوم مرتفعة.",
     "مروان شحادة", "قال", "الرسوم مرتفعة", [], []),
    ("VSO name after an ordinary noun that says who the speaker is",
     "وقالت الطالبة رنا قشوع: لن نتراجع عن الاعتصام.",
     "رنا قشوع", "قال", "لن نتراجع", [], []),
    ("VSO name after an adjunct",
     "وقال أمس زدرافكو تشوليتش إن المفاوضات تعثرت.",
     "زدرافكو تشوليتش", "قال", "المفاوضات تعثرت", [], []),
    ("VSO one unnamed source with its adjectives speaks as a group",
     "وقال مصدر أمني أردني إن الحدود مع العراق مغلقة منذ الصباح.",
     "مصدر أمني أردني", "قال", "الحدود مع العراق مغلقة", [], []),
    ("VSO an indefinite commander in a movement is an unnamed source",
     "وقال قائد ميداني في الجبهة الشعبية إن المقاتلين انسحبوا من التلال.",
     "قائد ميداني", "قال", "المقاتلين انسحبوا", [], []),
    # an unnamed officer of a named body speaks for it, as an unnamed official does (the gold's convention)
    ("VSO an indefinite officer with his adjective in a named body speaks for the body",
     "وأكد ضابط كبير في حرس الحدود أن الدوريات زادت هذا الشهر.",
     "حرس الحدود", "أكد", "الدوريات زادت", [], []),
    ("VSO unnamed spokeswoman after an adjunct",
     "وقالت أمس متحدثة عسكرية إن الدوريات ستستمر على الحدود.",
     "متحدثة عسكرية", "قال", "الدوريات ستستمر", [], []),
    ("SVO accusative unnamed official after لكن",
     "وأعلنت الحكومة تأجيل الانتخابات. لكن مسؤولا رفيعا قال إن الموعد الجديد لم يحدد بعد.",
     "مسؤولا رفيعا", "قال", "الموعد الجديد لم يحدد", [], []),
    ("VSO one of a group speaks as the group",
     "وقال أحد السكان إن المياه مقطوعة عن الحي منذ أسبوع.",
     "السكان", "قال", "المياه مقطوعة", [], []),
    ("VSO a number of a group speaks as the group",
     "وأكد عدد من المتظاهرين أن الشرطة فرقتهم بالقوة.",
     "المتظاهرين", "أكد", "الشرطة فرقتهم", [], []),
    ("VSO unnamed officials in the construct state",
     "وقال مسؤولو الإغاثة إن المساعدات وصلت إلى المخيمات.",
     "مسؤولو الإغاثة", "قال", "المساعدات وصلت", [], []),
    ("VSO unnamed officials in construct with a body: the body speaks",
     "وقال مسؤولو وزارة الصحة إن اللقاحات وصلت إلى المطار.",
     "وزارة الصحة", "قال", "اللقاحات وصلت", [], []),
    ("VSO a side named by its nationality is the country",
     "وأكد الجانب الأمريكي أن المفاوضات مع كوبا مستمرة.",
     "الولايات المتحدة", "أكد", "المفاوضات مع كوبا مستمرة", [], []),
    ("according to what a person said, the verb taking ما back with its pronoun",
     "وحسب ما ذكره المهندس نبيل عساف فإن الجسر سيفتح الشهر المقبل.",
     "نبيل عساف", "ذكر", "الجسر سيفتح", [], []),
    ("according to what, with ل glued to ما after وفقا",
     "ووفقا لما أعلنه المهندس نبيل عساف فإن الجسر سيفتح الشهر المقبل.",
     "نبيل عساف", "أعلن", "الجسر سيفتح", [], []),
    ("according to one unnamed source, with ل glued",
     "ووفقا لمسؤول أمني فإن القوات انسحبت من المدينة أمس.",
     "مسؤول أمني", "وفق", "القوات انسحبت من المدينة", [], []),
    ("according to one unnamed source",
     "وبحسب مصدر طبي فإن ثلاثة أشخاص قتلوا في القصف على السوق.",
     "مصدر طبي", "بحسب", "ثلاثة أشخاص قتلوا", [], []),
    ("relayed: an agency quotes one unnamed source",
     "ونقلت وكالة رويترز عن مصدر أمني قوله إن القوات انسحبت من المدينة.",
     "مصدر أمني", "نقل", "القوات انسحبت", [], ["وكالة رويترز"]),
    ("relayed: an agency quotes unnamed sources",
     "ونقلت وكالة رويترز عن مصادر أمنية قولها إن القوات انسحبت من المدينة.",
     "مصادر أمنية", "نقل", "القوات انسحبت", [], ["وكالة رويترز"]),
    ("relayed: an agency quotes an unnamed official in a named body, who speaks for that body",
     "ونقلت وكالة رويترز عن مسؤول في وزارة الخارجية التشيلية قوله إن الحكومة لن تقبل أي ضغوط.",
     "وزارة الخارجية التشيلية", "نقل", "الحكومة لن تقبل أي ضغوط", [], ["وكالة رويترز"]),
    ("spokesman of a body named with باسم is no group",
     "وقال متحدث باسم وزارة الصحة إن اللقاحات وصلت إلى المطار.",
     "وزارة الصحة", "قال", "اللقاحات وصلت", [], []),
    ("VSO definite family name alone",
     "وأشار الدباغي إلى أن الميزانية لم تقر بعد.",
     "الدباغي", "أشار", "الميزانية لم تقر", [], []),
    ("VSO definite family name alone, no nisba and unseen",
     "وكشف الجعافرة أن العقد وقع أمس في العاصمة.",
     "الجعافرة", "كشف", "العقد وقع", [], []),
    # "يون داي سيك ... وقال يون": a Korean or Chinese name puts the family name first, and news names the
    # person by it alone; the speaker is the person named in full before
    ("VSO family name written first, alone after the full name",
     "واستقبل رئيس الوزراء الكوري الجنوبي يون داي سيك وفدا تجاريا في سيول. وقال يون إن الاستثمارات ستتضاعف.",
     "يون داي سيك", "قال", "الاستثمارات ستتضاعف", [], []),
    # "محمد المختار ولد فلان ... وقال ولد فلان": a name of descent after a given name of two words, named again
    # from the particle on, as Mauritanian news does
    ("VSO name of descent from its particle on, after a double given name",
     "وحضر الاجتماع وزير المالية محمد المختار ولد بباه. وقال ولد بباه إن الحكومة ستفتح الحدود الأسبوع المقبل.",
     "محمد المختار ولد بباه", "قال", "الحكومة ستفتح الحدود", [], []),
    # classes of speech verbs: explained, denounced, praised, complained, attributed, warned, disowned, foretold
    ("explained: شرح before أن",
     "وشرح وزير الطاقة الجزائري محمد عرقاب أن الإنتاج سيرتفع في حاسي مسعود.",
     "محمد عرقاب", "شرح", "الإنتاج سيرتفع", ["حاسي مسعود"], []),
    ("denounced: استهجن with its object",
     "واستهجن حزب العمال البريطاني قرار الحكومة خفض المساعدات لليمن.",
     "حزب العمال", "استهجن", "خفض المساعدات", ["اليمن"], []),
    ("praised: امتدح with its object",
     "وامتدح رئيس الوزراء الإيطالي ماريو دراغي أداء الشرطة في نابولي.",
     "ماريو دراغي", "امتدح", "أداء الشرطة", ["نابولي"], []),
    ("complained: اشتكى من",
     "واشتكت منظمة العفو الدولية من تقييد عمل الصحفيين في القاهرة.",
     "منظمة العفو الدولية", "اشتكى", "تقييد عمل الصحفيين", ["القاهرة"], []),
    ("attributed: أرجع X إلى",
     "وأرجع وزير النفط العراقي حيان عبد الغني تراجع الصادرات إلى أعطال في ميناء البصرة.",
     "حيان عبد الغني", "أرجع", "تراجع الصادرات", ["ميناء البصرة"], []),
    ("warned: أنذر X بـ",
     "وأنذر الجيش الإسرائيلي سكان رفح بإخلاء منازلهم.",
     "الجيش الإسرائيلي", "أنذر", "بإخلاء منازلهم", ["رفح"], []),
    ("disowned: تبرأ من",
     "وتبرأت حركة النهضة التونسية من البيان المنسوب إليها في سوسة.",
     "حركة النهضة", "تبرأ", "البيان المنسوب", [], []),
    ("explained the cause: فسر X بـ",
     "وفسر رئيس الوزراء العراقي محمد شياع السوداني العجز بتراجع أسعار النفط في البصرة.",
     "محمد شياع السوداني", "فسر", "العجز بتراجع", ["البصرة"], []),
    ("a communiqué (بلاغ) names its issuer",
     "وذكر بلاغ لوزارة الداخلية المغربية أن الشرطة اعتقلت ثلاثة أشخاص في طنجة.",
     "وزارة الداخلية المغربية", "ذكر", "الشرطة اعتقلت", ["طنجة"], []),
    ("reminding: the participle مذكرا opens a statement of its own",
     "واستقبل وزير الخارجية المصري سامح شكري نظيره الأردني في القاهرة، مذكرا بأن البلدين وقعا اتفاق الغاز في شرم الشيخ.",
     "سامح شكري", "ذكّر", "البلدين وقعا", ["شرم الشيخ"], []),
    # "وهو ما نفته X": the cue's object pronoun takes up the deed told before; the party that did it is a target
    ("the doer of a deed a resumptive clause takes up is a target",
     "وكان حزب التجمع الوطني قد اتهم الحكومة بتزوير نتائج الانتخابات، وهو ما نفته المفوضية العليا للانتخابات "
     "مؤكدة أن الفرز جرى بشفافية.",
     "المفوضية العليا للانتخابات", "نفى", "", ["حزب التجمع الوطني"], []),
    # "البلدين" after a third country named in passing: the two countries named most, not the last two
    ("the two countries a dual noun names, the two named most before it",
     "وتصاعد التوتر بين فنلندا وإستونيا بعد أن اتهمت فنلندا إستونيا بخرق اتفاق الصيد، فيما عرضت السويد الوساطة. "
     "وقال المحلل السياسي توماس برغر إن البلدين لا يريدان التصعيد.",
     "توماس برغر", "قال", "البلدين", ["فنلندا", "إستونيا"], []),
    # "الشعبين": the two peoples are those of the two countries named last before the word
    ("the two peoples a dual noun names, the two countries named before it",
     "ووقعت فنلندا وإستونيا اتفاقا لتسهيل التنقل عبر الحدود. وقال المحلل السياسي توماس برغر إن الشعبين "
     "ينتظران هذه الخطوة منذ سنوات.",
     "توماس برغر", "قال", "الشعبين", ["فنلندا", "إستونيا"], []),
    # "الرئيس المنتخب": a lone title said to be new names the person the article named most, not the last president
    ("the president-elect a lone title with an adjective of newness names",
     "فاز المرشح ماركو سيلفا بالانتخابات الرئاسية، وحصل سيلفا على 55 في المئة، فيما هنأه الرئيس البرازيلي جواو "
     "مينديز. وقال المحلل السياسي توماس برغر إن الرئيس المنتخب سيواجه برلمانا منقسما.",
     "توماس برغر", "قال", "الرئيس المنتخب", ["ماركو سيلفا"], []),
    # "الزعيمين" in what was said: the two persons the article named most before it
    ("the two leaders a dual noun names, the persons named most before it",
     "التقى الرئيس السويدي ماركوس ليندبرغ الرئيس الهولندي توماس فيرهوفن في ستوكهولم. وقال ليندبرغ إن المحادثات بناءة، "
     "فيما أكد فيرهوفن أن التعاون سيتوسع. ورحب رئيس المفوضية الأوروبية كارل برونر بما وصفه بحكمة الزعيمين.",
     "كارل برونر", "رحب", "حكمة الزعيمين", ["ماركوس ليندبرغ", "توماس فيرهوفن"], []),
    ("expressed: عبر عن with the feeling in quotes",
     'وعبر الأمين العام للجامعة العربية أحمد أبو الغيط في بيان عن "ارتياحه" لنتائج القمة في الجزائر.',
     "أحمد أبو الغيط", "عبر", "لنتائج القمة", ["الجزائر"], []),
    ("ascribed: نسبت X إلى Y قوله, Y speaks and X relays",
     "ونسبت صحيفة الأهرام إلى وزير الخارجية المصري سامح شكري قوله إن المفاوضات مستمرة مع إثيوبيا.",
     "سامح شكري", "نسب", "المفاوضات مستمرة", ["إثيوبيا"], ["الأهرام"]),
    ("responding: the participle رادا opens a statement of its own",
     "واستقبل رئيس الوزراء الماليزي أنور إبراهيم وفدا من التجار، رادا على المعارضة بأن الاقتصاد يتعافى في آسيا.",
     "أنور إبراهيم", "رد", "الاقتصاد يتعافى", ["آسيا"], []),
    ("a quote after a long framing phrase opened by a preposition",
     'وقال وزير الخارجية الفرنسي جان نويل بارو خلال لقائه نظيره الإيراني في باريس في بيان مقتضب للخارجية '
     '"الحوار هو السبيل الوحيد لحل الأزمة مع طهران".',
     "جان نويل بارو", "قال", "الحوار هو السبيل", ["طهران"], []),
    ("a colon after a long framing phrase opened by a preposition",
     "وقال وزير الخارجية المصري سامح شكري في مؤتمر صحفي عقده في القاهرة بعد لقائه نظيره الأردني أيمن الصفدي: "
     "لن نقبل بتهجير الفلسطينيين من غزة.",
     "سامح شكري", "قال", "لن نقبل بتهجير", ["غزة"], []),
    ("explained: the bare past وبين (بيّن) at the head of its clause",
     "وبين رئيس الوزراء العراقي محمد شياع السوداني أن الصادرات النفطية ارتفعت من ميناء البصرة.",
     "محمد شياع السوداني", "بين", "الصادرات النفطية ارتفعت", ["ميناء البصرة"], []),
    ("gave a statement: أدلى بتصريحات",
     "وأدلى وزير الخارجية المصري سامح شكري بتصريحات لقناة الجزيرة عن المفاوضات مع إثيوبيا.",
     "سامح شكري", "أدلى", "المفاوضات مع إثيوبيا", ["إثيوبيا"], []),
    ("foretold: تنبأ بـ",
     "وتنبأ الخبير الاقتصادي اللبناني مروان إسكندر بانهيار الليرة.",
     "مروان إسكندر", "تنبأ", "بانهيار الليرة", [], []),
    ("a report inside a report: the inner subject speaks, the outlet that reports it relays",
     "وذكرت صحيفة الغارديان البريطانية أن وزير المالية الكيني نجوغونا ندونغو أكد أن الضرائب سترتفع في نيروبي.",
     "نجوغونا ندونغو", "أكد", "الضرائب سترتفع", ["نيروبي"], ["الغارديان"]),
    ("a report inside a report whose inner content follows a colon",
     'وأفادت وكالة رويترز بأن وزير المالية الكيني نجوغونا ندونغو قال: "الضرائب سترتفع في نيروبي".',
     "نجوغونا ندونغو", "قال", "الضرائب سترتفع", ["نيروبي"], ["رويترز"]),
    ("a report inside a report whose inner verb tells someone something, with no إن/أن after it",
     "وقال مصدر في الحكومة الكينية إن وزير المالية نجوغونا ندونغو أبلغ البرلمان رفضه للضرائب الجديدة.",
     "نجوغونا ندونغو", "أبلغ", "البرلمان رفضه", [], ["الحكومة"]),
    ("a report inside a relayed report: the outlet and the source it quotes both relay",
     "ونقلت صحيفة الغارديان البريطانية عن مصدر دبلوماسي أن وزير المالية الكيني نجوغونا ندونغو أكد أن الضرائب "
     "سترتفع في نيروبي.",
     "نجوغونا ندونغو", "أكد", "الضرائب سترتفع", ["نيروبي"], ["الغارديان", "مصدر دبلوماسي"]),
    ("a report after a colon: a bare title and a known name before the inner verb speak, the reporter relays",
     "وقال وزير الخارجية المجري بيتر سيارتو إن بودابست تريد السلام. وتابع: الرئيس بوتين قال صراحة إن موسكو "
     "مستعدة للتفاوض.",
     "بوتين", "قال", "موسكو مستعدة للتفاوض", ["موسكو"], ["بيتر سيارتو"]),
    ("a club named after its head noun نادي",
     "وأعلن نادي الوداد المغربي أنه تعاقد مع المدافع لمدة موسمين بعد مفاوضات مع الرجاء.",
     "نادي الوداد المغربي", "أعلن", "تعاقد مع المدافع", [], []),
    ("unnamed holders of an office with a nationality after the plural title",
     "وذكر وزراء أوروبيون أن الاتفاق التجاري مع كندا سيوقع قبل الصيف.",
     "وزراء أوروبيون", "ذكر", "سيوقع قبل الصيف", [], []),
    ("unnamed holders: a definite plural title with its remit and a people's broken plural (العرب) after it",
     "وقال وزراء الخارجية العرب إن القمة المقبلة ستعقد في الربيع.",
     "وزراء الخارجية العرب", "قال", "ستعقد في الربيع", [], []),
    ("unnamed holders: a definite plural title with a plural nationality adjective",
     "وأكد السفراء الأوروبيون أن المساعدات الغذائية ستستمر.",
     "السفراء الأوروبيون", "أكد", "المساعدات الغذائية ستستمر", [], []),
    ("a plural agent noun in construct after the verb is its subject",
     "واعتبر منظمو المهرجان أن الإقبال فاق التوقعات هذا العام.",
     "منظمو المهرجان", "اعتبر", "الإقبال فاق التوقعات", [], []),
    ("an office named after its head noun ديوان",
     "وأكد ديوان المحاسبة الكويتي أن الهدر في المال العام تراجع خلال العام الماضي.",
     "ديوان المحاسبة الكويتي", "أكد", "الهدر في المال العام", [], []),
    ("a verbal noun in construct with its agent, inside the object of another's verb",
     "وردت طوكيو على إعراب وزارة الخارجية الصينية عن قلقها من التدريبات العسكرية.",
     "وزارة الخارجية الصينية", "إعراب", "قلقها من التدريبات", [], []),
    ("a verbal noun after a glued preposition, in construct with its agent",
     "ورحبت مصر بدعوة الأمين العام للأمم المتحدة أنطونيو غوتيريش إلى وقف القتال في غزة.",
     "أنطونيو غوتيريش", "دعوة", "وقف القتال", [], []),
    ("a verbal noun with its agent and the medium it was made on, before the main verb of the sentence",
     "وتعليقا على دعوة الرئيس السويدي وليام روتو عبر قناة «سيتيزن» المقربة من حزبه إلى حل البرلمان، أكد المتحدث "
     "باسم المعارضة أحمد سالم أن الدعوة غير دستورية.",
     "وليام روتو", "دعوة", "حل البرلمان", [], []),
    ("a group as the agent of a verbal noun of announcing",
     "وانتقدت المعارضة إعلان السلطات الكينية أن الاحتجاجات ممنوعة.",
     "السلطات الكينية", "إعلان", "الاحتجاجات ممنوعة", [], []),
    ("VSO with a titled name in apposition between commas",
     "أكد مدير المرصد، المهندس كريم الصافي، أن منسوب النهر ارتفع.",
     "كريم الصافي", "أكد", "منسوب النهر", [], []),
    ("a named subject of its own after a document noun",
     "ورفعت الحكومة الرسوم، وهو قرار قال رئيس النقابة كريم الصافي إنه يضر بالتجار.",
     "كريم الصافي", "قال", "يضر بالتجار", [], []),
    ("caption: photo position in brackets between subject and verb",
     "انتهى الاجتماع مساء. كريم الصافي (يسار) قال إن المفاوضات تعثرت.",
     "كريم الصافي", "قال", "المفاوضات تعثرت", [], []),
    ("a verb describing an indefinite noun, with its own named subject, inside what another said",
     "وقالت الوزيرة هدى سالم إن الامتحانات ستؤجل، وهو تأجيل قال رئيس النقابة كريم الصافي إنه يربك الطلاب.",
     "كريم الصافي", "قال", "يربك الطلاب", [], []),
    ("relative clause in the past perfect: antecedent, الذي كان, verb",
     "وافتتح المعرض الوزير كريم الصافي الذي كان أكد أن الصناعة المحلية تتعافى.",
     "كريم الصافي", "أكد", "الصناعة المحلية تتعافى", [], []),
    ("VSO with a church title in construct with its see",
     "وشدد مطران حمص جورج حداد على أن الكنائس ستبقى مفتوحة.",
     "جورج حداد", "شدد", "الكنائس ستبقى مفتوحة", [], []),
    ("a relative clause with فيه on a named author's statement noun, inside another's content",
     "وانتقدت الصحف خطاب الوزير كريم الصافي الذي اتهم فيه العمال بعرقلة الإنتاج.",
     "كريم الصافي", "اتهم", "العمال", [], []),
    ("the person a title introduces, subject of a verb that is no cue, goes on to the verb of saying after it",
     "وعقد المسؤول الأممي ستيفان دوجاريك لقاء مع الصحفيين وقال إن المساعدات ستصل إلى اليمن.",
     "ستيفان دوجاريك", "قال", "المساعدات ستصل", ["اليمن"], []),
    ("a bare body head names the body the text named after that head word (the name without it)",
     "تعاقد نادي برشلونة الإسباني مع مهاجم جديد. وقال النادي في بيان إن العقد يمتد ثلاثة مواسم.",
     "برشلونة", "قال", "العقد يمتد", [], []),
    ("according to a bare body head: the last body named with it",
     "أجرت صحيفة الغارديان البريطانية تحقيقا مطولا عن الشركة. وبحسب الصحيفة فإن شركة الطيران ستقاضي الحكومة.",
     "الغارديان", "بحسب", "ستقاضي الحكومة", [], []),
    ("a stray quote mark opening the paragraph (a quotation cut before it) quotes nothing",
     "\" وأعلنت وزارة الصحة العراقية أن عدد الإصابات تراجع في بغداد.",
     "وزارة الصحة العراقية", "أعلن", "عدد الإصابات تراجع", ["بغداد"], []),
    ("according to a bare body head with لـ glued on",
     "أجرت صحيفة الغارديان البريطانية تحقيقا مطولا عن الشركة. ووفقا للصحيفة فإن شركة الطيران ستقاضي الحكومة.",
     "الغارديان", "وفق", "ستقاضي الحكومة", [], []),
    ("according to the estimates of a body: the body reports the sentence",
     "وقتل ثلاثمئة شخص في الفيضانات حسب تقديرات الأمم المتحدة.",
     "الأمم المتحدة", "بحسب", "الفيضانات", [], []),
    ("according to the statistics of a body, with لـ glued on",
     "وارتفع عدد المصابين في غزة إلى خمسين وفقا لإحصاءات وزارة الصحة الفلسطينية.",
     "وزارة الصحة الفلسطينية", "وفق", "عدد المصابين", ["غزة"], []),
    ("time words between an unknown name after the verb and إن",
     "وقال شتيبانيك يوم الاثنين إن المصنع سيغلق أبوابه نهاية الشهر.",
     "شتيبانيك", "قال", "سيغلق أبوابه", [], []),
    ("a time word after an unknown name after a verb of calling, then the addressee",
     "ودعا كوفاتشيتش أمس النقابات إلى وقف الإضراب.",
     "كوفاتشيتش", "دعا", "وقف الإضراب", [], []),
    ("an unknown name opening the sentence before a verb of calling, its addressee, then إلى",
     "غرابوفسكي دعا العمال إلى العودة إلى المصانع.",
     "غرابوفسكي", "دعا", "العودة", [], []),
    ("an unknown name opening the sentence, its verb, a time word, then إن",
     "ياروسلافسكي قال الثلاثاء إن المفاوضات مع الشركة فشلت.",
     "ياروسلافسكي", "قال", "المفاوضات", [], []),
    ("a verb with a named person of its own inside what a body was found to say, no link word before it",
     "رأت وزارة الداخلية أن الاقتراع جرى بهدوء في معظم المناطق وفي مؤتمر صحفي مسائي أكد المرشح المستقل "
     "سامر حداد رئيس حزب التجديد أن النتائج مزورة.",
     "سامر حداد", "أكد", "النتائج مزورة", [], []),
    ("a relative clause of calling (its إلى) inside the object of another's verb",
     "رفض الوزير كمال سعيد اقتراح النائبة ريم حداد التي كانت دعت الحكومة إلى تجميد الضرائب.",
     "ريم حداد", "دعا", "تجميد الضرائب", [], []),
    ("a quotation that opens with a titled person, his verb of saying, then أن",
     "وأوضح مصدر مطلع أن « المدير العام عادل نصار أعلن أن المصرف سيرفع الفائدة ».",
     "عادل نصار", "أعلن", "سيرفع الفائدة", [], []),
    ("a foreign name opening with كال after the verb: no preposition on the article",
     "وقال كالدارو إن الفريق جاهز للمباراة.",
     "كالدارو", "قال", "الفريق جاهز", [], []),
    ("a foreign name opening with بال right after a verb of saying",
     "وأكد بالاسكو أن الفريق جاهز للمباراة.",
     "بالاسكو", "أكد", "الفريق جاهز", [], []),
    ("plural spokesmen of a body the lexicon does not know, named by its head and foreign words",
     "وقال متحدثون باسم رابطة كورانا للصيادين إن مخزون السمك تراجع في البحيرة.",
     "رابطة كورانا", "قال", "مخزون السمك تراجع", [], []),
    ("plural spokesmen of a company named by foreign words after its head",
     "وقال متحدثون باسم شركة سولار تيك إن أسعار الألواح انخفضت.",
     "شركة سولار تيك", "قال", "أسعار الألواح انخفضت", [], []),
    ("plural spokesmen for what names no body speak as a group",
     "وأكد ناطقون باسم تاكاشيرو أن مخزون السمك تراجع في البحيرة.",
     "ناطقون", "أكد", "مخزون السمك تراجع", [], []),
    ("an unnamed group telling what a state thinks speaks itself, the state's view is its content",
     "وقال دبلوماسيون إن كندا ترى أن المفاوضات التجارية يجب أن تستأنف.",
     "دبلوماسيون", "قال", "كندا ترى أن المفاوضات", ["كندا"], []),
    ("a contrast after the words of an unnamed one a relay quotes tells its own statement",
     "ونقل عن السفير قوله إن المعبر سيفتح، لكن وزير النقل المغربي عبد الصمد قيوح قال إن الرحلات لن تستأنف.",
     "عبد الصمد قيوح", "قال", "الرحلات لن تستأنف", [], []),
    ("a person's words passed on by an unnamed one a relay quotes stay his",
     "ونقل عن السفير قوله إن وزير النقل المغربي عبد الصمد قيوح أكد أن السفارة ستفتح.",
     "عبد الصمد قيوح", "أكد", "السفارة ستفتح", [], []),
    ("a contrast opener, a title and its name, then a verb of saying: a new statement, the first ends before it",
     "وقال مسؤولون إن الوضع مستقر، لكن وزير الداخلية الكيني كيثوري كينديكي قال إن الاحتجاجات ستستمر.",
     "كيثوري كينديكي", "قال", "الاحتجاجات ستستمر", [], []),
    ("an unnamed source quoted by a relay says the report inside its words",
     "ونقل عن مصدر دبلوماسي قوله إن الحكومة النرويجية أكدت أن السفارة ستفتح.",
     "مصدر دبلوماسي", "نقل", "أكدت أن السفارة", [], []),
    ("a verb of saying joined to a clause whose subject a trade noun introduces goes on with that person",
     "وعقد المدرب الهولندي يوريان فان دايك مؤتمرا صحفيا في أمستردام وقال فيه إن فريقه جاهز للنهائي.",
     "يوريان فان دايك", "قال", "فريقه جاهز", [], []),
    ("the subject of a sentence with no statement, after a time word between its verb and it, goes on to the next sentence's verb",
     "ووقعت أمس وزيرة التخطيط التونسية سلمى العياري اتفاقيات تمويل مع البنك الدولي. وقالت إن القروض ستذهب إلى المدارس.",
     "سلمى العياري", "قال", "القروض ستذهب", [], []),
    ("a verb of saying joined to a clause whose subject a nationality adjective introduces",
     "والتقى الفنزويلي كارلوس مارتينيز بالصحفيين في الميناء وأكد أن الشحنة وصلت كاملة.",
     "كارلوس مارتينيز", "أكد", "الشحنة وصلت", [], []),
    ("a name whose last word reads as the preposition على, then its verb",
     "أما النائب الليبي فرج بن علي فقال إن البرلمان سيصوت على الميزانية الأسبوع المقبل.",
     "فرج بن علي", "قال", "البرلمان سيصوت", [], []),
    ("not ruling out, negated, still says something (plain saying)",
     "ولم يستبعد وزير الطاقة النرويجي تيري آسلاند خفض صادرات الغاز هذا الشتاء.",
     "تيري آسلاند", "استبعد", "خفض صادرات الغاز", [], []),
    ("not denying, in the jussive after لم, still says something",
     "ولم تنف شركة الطيران الكندية أن رحلاتها إلى المكسيك ستتأخر.",
     "شركة الطيران الكندية", "نفى", "رحلاتها إلى المكسيك", ["المكسيك"], []),
    ("a headline and the lead run together: a name after the headline's last definite word, its verb of saying",
     "الحكومة النرويجية تدعو إلى الحوار الوطني يوناس غار ستوره يقول إن الباب مفتوح للجميع",
     "يوناس غار ستوره", "قال", "الباب مفتوح", [], []),
    ("concluding: خلص إلى أن",
     "وخلصت هيئة الرقابة المالية السويدية إلى أن المصرف أخفى خسائره عن المساهمين.",
     "هيئة الرقابة المالية السويدية", "خلص", "أخفى خسائره", [], []),
    # the body or event a title is of, in لـ, before the holder's name: no name of its own (sperson)
    ("a title's event in لـ before the holder's name",
     "وأكد رئيس الهيئة الوطنية المنظمة لكأس آسيا للسيدات خالد المطيري أن الملاعب جاهزة.",
     "خالد المطيري", "أكد", "الملاعب جاهزة", [], []),
    # a number and the group noun it counts, as the subject of a speech verb, speak as a group (invented wording)
    ("a numbered group after the verb speaks",
     "وقال ثلاثة مسؤولين تشاديين إن القوات ستنسحب من المنطقة الحدودية قبل نهاية الشهر.",
     "ثلاثة مسؤولين تشاديين", "قال", "القوات ستنسحب", [], []),
    ("a number in figures with an accusative singular noun speaks",
     "وقال 17 نائبا إن مشروع قانون الضرائب لن يمر في جلسة الخميس.",
     "17 نائبا", "قال", "مشروع قانون الضرائب", [], []),
    ("a compound number with an accusative noun and its adjective speaks",
     "وأكد أحد عشر نائبا مستقلا أن التصويت على الموازنة جرى دون نصاب.",
     "أحد عشر نائبا مستقلا", "أكد", "التصويت على الموازنة", [], []),
    ("a number word with a plural noun speaks",
     "وأكد ستة شهود أن النيران اندلعت في السوق قبل الفجر.",
     "ستة شهود", "أكد", "النيران اندلعت", [], []),
    ("a numbered group opening the clause before its plural verb speaks",
     "أربعة أطباء قالوا إن المستشفى الميداني يفتقر إلى الوقود والأدوية.",
     "أربعة أطباء", "قال", "المستشفى الميداني", [], []),
    ("several of a group, a number word of its own, speak",
     "وقال عدة دبلوماسيين آسيويين إن الجولة المقبلة من المحادثات ستعقد في جاكرتا.",
     "عدة دبلوماسيين آسيويين", "قال", "الجولة المقبلة", [], []),
    ("a numbered group a report relays speaks, not the agency",
     "ونقلت وكالة رويترز عن ثلاثة مسؤولين تشاديين قولهم إن القوات ستنسحب.",
     "ثلاثة مسؤولين تشاديين", "نقل", "القوات ستنسحب", [], ["رويترز"]),
    ("a number of a definite group after the partitive speaks",
     "وقال خمسة من المزارعين الكينيين إن الجفاف أتلف محصول الذرة.",
     "خمسة من المزارعين الكينيين", "قال", "الجفاف أتلف", [], []),
    # an indefinite title with an adjective, relayed by a report, is the unnamed source that speaks
    ("a minister a report relays speaks, not the agency",
     "ونقلت وكالة رويترز عن وزير تشادي قوله إن الانتخابات ستجري في موعدها.",
     "وزير تشادي", "نقل", "الانتخابات ستجري", [], ["رويترز"]),
    ("a minister a paper ascribes words to speaks",
     "ونسبت الصحيفة إلى وزير سابق قوله إن الحكومة أخفت أرقام العجز.",
     "وزير سابق", "نسب", "الحكومة أخفت", [], []),
    # sports roles are titles: the unseen name after them speaks, not the role noun (unkname3)
    ("a coach's title before an unseen name",
     "وقال مدرب المنتخب هاروتي بلوكسان إن الفريق جاهز للمباراة.",
     "هاروتي بلوكسان", "قال", "الفريق جاهز", [], []),
    ("a defender's title before an unseen name",
     "وأكد مدافع الفريق هاروتي بلوكسان أن الفوز ممكن.",
     "هاروتي بلوكسان", "أكد", "الفوز ممكن", [], []),
    ("a goalkeeper's title of two words before an unseen name",
     "وقال حارس مرمى النادي هاروتي بلوكسان إن الدفاع تحسن.",
     "هاروتي بلوكسان", "قال", "الدفاع تحسن", [], []),
    ("يعتبر with a long title, a comma and the name between it and its أن",
     "ويعتبر الخبير في الشؤون الاقتصادية بجامعة القاهرة، حسام الدين فريد، أن الأسعار سترتفع خلال العام.",
     "حسام الدين فريد", "اعتبر", "الأسعار سترتفع", [], []),
    ("a place after a fronted وفي is where, the subject of the clause's verb goes on to its joined cue",
     "وأعلن الوزير كمال يوسف أمس أن الحكومة ستخفض الضرائب. وفي القاهرة، زار رئيس الوزراء خالد منصور "
     "المصابين في المستشفى، وكتب في تغريدة: \"نحن معكم حتى النهاية\".",
     "خالد منصور", "كتب", "نحن معكم", [], []),
    ("a longer fronted phrase opened by في before the clause's verb and subject",
     "وأعلن الوزير كمال يوسف أمس أن الحكومة ستخفض الضرائب. وفي أول لقاء له بعد فوزه، صافح رئيس الحزب "
     "سعيد الهاشمي أنصاره في القاعة، وقال: «سنعمل معا من أجل مستقبل أفضل».",
     "سعيد الهاشمي", "قال", "سنعمل معا", [], []),
    ("a crowd counted roughly, after a fronted phrase of time, goes on to its joined verb of saying",
     "وقال الوزير كمال يوسف إن الانتخابات نزيهة. وفور إعلان النتائج، خرج آلاف المحتجين إلى شوارع العاصمة، "
     "ورددوا هتافات \"لا للتزوير\".",
     "آلاف المحتجين", "ردد", "لا للتزوير", [], []),
    # "تجمع X مرددين "..."": a chanting participle with no comma before it says a slogan, often of two words,
    # shorter than a quote that opens what other participles say
    ("a crowd chants a short slogan through a participle right after a verb of gathering",
     "وتجمع مئات الطلاب قرب الجامعة مرددين \"نريد العدالة\".",
     "مئات الطلاب", "ردد", "نريد العدالة", [], []),
    ("a locative fronted phrase may hold a statement noun before the clause's verb and subject",
     "وأعلن الوزير كمال يوسف أمس أن الحكومة ستخفض الضرائب. وفي أول لقاء له بعد إعلان فوزه، صافح رئيس "
     "الحزب سعيد الهاشمي أنصاره في القاعة، وقال: «سنعمل معا من أجل مستقبل أفضل».",
     "سعيد الهاشمي", "قال", "سنعمل معا", [], []),
    ("a verb of saying with خلاله: the subject of the event's verb speaks, the agency after بحسب relays",
     "وأجرى رئيس الوزراء الأردني كمال يوسف اتصالا هاتفيا بنظيره المصري، أكد خلاله \"وقوف الأردن إلى جانب "
     "مصر\"، بحسب ما ذكرت وكالة الأنباء الأردنية.",
     "كمال يوسف", "أكد", "وقوف الأردن", [], ["وكالة الأنباء الأردنية"]),
    # a country or capital opening its clause (SVO) stands for its government: the subject of a verb of saying
    # joined to its first verb, as a person or body is
    ("SVO a state opening the clause is the subject of the joined verb of saying",
     "طوكيو تطرد الملحق العسكري الكوري وتتوعد بإجراءات مماثلة.",
     "طوكيو", "توعد", "بإجراءات مماثلة", [], []),
    # a name in quote marks as the subject before its verb, past كان ... قد or after لكن
    ("SVO a quoted name before قد and its verb",
     "وكانت «حماس» قد هددت بالرد على الغارة.",
     "حماس", "هدد", "بالرد على الغارة", [], []),
    ("SVO a quoted name after لكن",
     "لكن «حماس» هددت بالرد على الغارة.",
     "حماس", "هدد", "بالرد على الغارة", [], []),
    # the present of "concluded that" (خلص إلى أن), an analyst's closing judgement
    ("a present verb of concluding before إلى أن",
     "ويخلص الباحث الألماني كارل فيبر إلى أن الأزمة ستطول.",
     "كارل فيبر", "خلص", "الأزمة ستطول", [], []),
    # an unnamed official of a body whose name stands in quote marks after the preposition speaks for the body
    ("an unnamed official of a body named in quote marks",
     "وأكد مصدر قيادي في «حركة النهضة» لوكالة محلية أن الحركة لن تشارك في الحكومة المقبلة.",
     "حركة النهضة", "أكد", "لن تشارك في الحكومة المقبلة", [], []),
    # a verb with فيها after a statement noun whose author (a title and a name, then a comma) stands between
    # them: the author speaks, the name after فيها is the object
    ("a verb with فيها after a statement noun and its titled author",
     "ويأتي ذلك بعد كلمة متلفزة لوزير الخارجية الكيني موسى كاماو، اتهم فيها المعارض بيتر أوديامبو بالتحريض.",
     "موسى كاماو", "اتهم", "بالتحريض", [], []),
    ("a verb with فيها after a statement noun, its author's title with a quoted body before the name",
     "وجاء التصعيد بعد خطاب متلفز لرئيس «حزب الأمة» موسى كاماو، اتهم فيه الحكومة بالفشل.",
     "موسى كاماو", "اتهم", "بالفشل", [], []),
    # a title's body named by its head noun with the name in quote marks (the head bare or with لـ, adjectives
    # after the closing mark), then the person's name: the person speaks, not the body
    ("a title of a body whose name stands in quote marks after its head, then the person",
     "فقد اعتبر الأمين العام لحزب «التجديد الوطني» المعارض بوريس ميلانوفيتش أن الانتخابات لم تكن نزيهة.",
     "بوريس ميلانوفيتش", "اعتبر", "لم تكن نزيهة", [], []),
    ("a leader of a movement whose name stands in quote marks, then the person",
     'وقال زعيم حركة "الأمل الجديد" كارلوس فيغا إن الحكومة فشلت في إدارة الأزمة.',
     "كارلوس فيغا", "قال", "الحكومة فشلت", [], []),
    # a construct title whose second word is the body's head ("رئيس حزب"), the name in quote marks after it
    ("a construct title ending in a body head, the body's name in quote marks, then the person",
     "واعتبر رئيس حزب «النهضة الجديدة» بوريس ميلانوفيتش أن الحكومة فشلت في إدارة الأزمة.",
     "بوريس ميلانوفيتش", "اعتبر", "الحكومة فشلت", [], []),
    # "في جامعة <city>" / "بجامعة <city>": the body named by its head and a known place closes at the place, and
    # the name after it is the title holder's, not more of the body's name
    ("a researcher at a university named by its city, then the person",
     "ويرى الباحث في جامعة ليون فرانسوا دوبريه أن الإصلاح جاء متأخرا.",
     "فرانسوا دوبريه", "رأى", "الإصلاح جاء متأخرا", [], []),
    ("a professor at a university named by its city with ب, then the person",
     "وقالت أستاذة التاريخ بجامعة ليون ماري دوبريه إن الإصلاح جاء متأخرا.",
     "ماري دوبريه", "قال", "الإصلاح جاء متأخرا", [], []),
    # an analyst or expert qualified by a field adjective ("المحلل العسكري", "الخبيرة الاقتصادية") is one title
    ("an expert qualified by a field adjective, posted at a university, then the person",
     "ويرى الخبير الاقتصادي في جامعة ليون فرانسوا دوبريه أن الإصلاح جاء متأخرا.",
     "فرانسوا دوبريه", "رأى", "الإصلاح جاء متأخرا", [], []),
    # an ordinary noun that says who the speaker is, its relative adjective, then a name of common given names
    ("an ordinary noun and its relative adjective before a speaker's name",
     "وقال سائق إن الطرق مغلقة، بينما رأت الطالبة الجامعية نوال علي أن الامتحانات تأجلت.",
     "نوال علي", "رأى", "الامتحانات تأجلت", [], []),
    # an expert's field after في between the title and the name: the name after it is the holder's, even with a
    # family name the lexicon knows for another person
    ("an expert's field after in between the title and the name",
     "ويقول الخبير في الشؤون الأمنية بيتر نوفاك إن الدعم العسكري لن يتغير.",
     "بيتر نوفاك", "قال", "الدعم العسكري لن يتغير", [], []),
    ("a researcher's field named by a known body between the title and the name",
     "وتعتبر الباحثة في شؤون الاتحاد الأوروبي سعاد المنصوري أن الاتفاق سيصمد.",
     "سعاد المنصوري", "اعتبر", "الاتفاق سيصمد", [], []),
    # an unnamed spokesman of another body than the named spokesman before: that body speaks, not the one named
    ("an unnamed spokesman of another body after a named spokesman",
     "وقال المتحدث باسم وزارة الخارجية الروسية ماريا زاخاروفا إن الأزمة داخلية. من جهته، قال متحدث باسم "
     "الاتحاد الأوروبي إن الحوار ضروري.",
     "الاتحاد الأوروبي", "قال", "الحوار ضروري", [], []),
    # "أعلنت اللجنة الانتخابية (في بلد)، مساء الأحد، تأجيل ...": a body named only by its class noun, then the
    # verb's object, an indefinite verbal noun, with no إن/أن: that body announces it
    ("an unnamed body announcing a verbal noun object, past its country and a time phrase",
     "وأعلنت اللجنة الانتخابية في تونس، مساء الأحد، تأجيل الجولة الثانية أسبوعين.",
     "اللجنة الانتخابية", "أعلن", "تأجيل الجولة الثانية", [], []),
    # "وقالت المتحدثة فلانة بانا إن": a family name that reads as a clitic on a word (بـ + أنا), right before the
    # complementizer: the name closes there, the whole name speaks
    ("a family name read as a clitic on a word, right before the complementizer",
     "وقالت المتحدثة باسم الحكومة هيلينا بانا إن الحوار مستمر.",
     "هيلينا بانا", "قال", "الحوار مستمر", [], []),
    # "نقلت وكالة X عن مصدر في الحكومة Y قوله إن": an unnamed source of a named body, relayed by an outlet, speaks for
    # that body, as it does as a verb's subject; the outlet relays
    ("an unnamed source of a named body quoted by an outlet speaks for the body",
     "ونقلت وكالة الأنباء الوطنية عن مصدر في وزارة الزراعة قوله إن المحصول تضاعف هذا العام.",
     "وزارة الزراعة", "نقل", "المحصول تضاعف", [], ["وكالة الأنباء الوطنية"]),
    # "نقلت وكالة X عن مصادر في الحزب الليبرالي أن": plural sources in a body the text named before, told by its
    # head noun and adjective, speak for that body, not for another named with the same head
    ("plural sources in a body named before by its head noun and adjective speak for that body",
     "وأعلن حزب العمال الموحد رفضه للنتائج. وتصدر الحزب الليبرالي البلجيكي السباق بفارق كبير. ونقلت وكالة "
     "الأنباء الوطنية عن مصادر في الحزب الليبرالي أن زعيمه سيشكل الحكومة خلال أسبوع.",
     "الحزب الليبرالي البلجيكي", "نقل", "سيشكل الحكومة", [], ["وكالة الأنباء الوطنية"]),
    # "أكدت مصادر في المكتب الأممي": plural sources in a body named by its class noun and an adjective of scope only
    # (function_words body_scope), which the body's name does not hold word for word: the body of that head named last
    ("plural sources in a body named by its class noun and an adjective of scope speak for the body named before",
     "وافتتح مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية فرعا في الوادي. وأكدت مصادر في المكتب الأممي أن "
     "المخازن ستمتلئ قبل الشتاء.",
     "مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية", "أكد", "المخازن ستمتلئ", [], []),
    # "ذكرت مصادر في الهيئة المشرفة أن": plural sources in a body the text names by its class noun and adjectives
    # alone, no body of that head named before: that unnamed body speaks, as it does through one source
    ("plural sources in an unnamed body named by its class noun and adjectives speak for that body",
     "وذكرت مصادر في الهيئة المشرفة على الميناء أن السفن الثلاث غادرت الرصيف فجرا.",
     "الهيئة المشرفة", "ذكر", "السفن الثلاث غادرت", [], []),
    # "قال مصدر رفيع بالمفوضية": an unnamed source whose phrase ends with بـ glued on a definite class noun of bodies
    # (or has it right after): the body of that head named before speaks through him
    ("an unnamed source with bi glued on the class noun of a body named before speaks for that body",
     "وأعلنت المفوضية الوطنية للانتخابات موعد الجولة الثانية. وقال مصدر رفيع بالمفوضية إن صناديق الاقتراع "
     "ستصل إلى القرى يوم الخميس.",
     "المفوضية الوطنية للانتخابات", "قال", "صناديق الاقتراع", [], []),
    ("an unnamed official with bi glued on the class noun of a ministry named before speaks for the ministry",
     "وأصدرت وزارة النقل تعليمات جديدة للسائقين. وقال مسؤول كبير بالوزارة إن الطرق الجبلية ستغلق ليلا.",
     "وزارة النقل", "قال", "الطرق الجبلية", [], []),
    # "قال مصدر في الداخلية": an unnamed source of a ministry named by its portfolio alone (function_words portfolio),
    # the ministry named before whose name holds that portfolio speaks; not one of another portfolio
    ("an unnamed source of a ministry named by its portfolio speaks for the ministry named before with it",
     "أصدرت وزارة الشؤون الداخلية والبلديات تعميما جديدا. وقال مصدر في الداخلية إن الحواجز سترفع الأسبوع المقبل.",
     "وزارة الشؤون الداخلية والبلديات", "قال", "الحواجز سترفع", [], []),
    # "قال المحلل في مركز «X» فلان إن": a title, في or لدى and the body where he works, then his name: he speaks
    ("a title, the body where its holder works after في, then his name: the person speaks",
     "وقال الخبير في مركز «آفاق للدراسات» كريم حداد إن الحكومة تراهن على الوقت.",
     "كريم حداد", "قال", "الحكومة تراهن على الوقت", [], []),
    # "قال مسؤول في إدارة الجمارك إن": after an official and في, a head that is also a verbal noun (إدارة: managing)
    # names the department he works in, which speaks through him
    ("an official in a department whose head is also a verbal noun: the department speaks",
     "وقال مسؤول في إدارة الجمارك إن الشحنة احتجزت في الميناء.",
     "إدارة الجمارك", "قال", "الشحنة احتجزت", [], []),
    # "قال المحلل في مركز «X» للأبحاث في <city>، فلان، إن": words that describe the workplace (its field, its city)
    # after its name, then the worker's name set off by commas: he speaks, not the body
    ("a title, the body where its holder works and words describing it, then his name in commas",
     'وترى الباحثة في مركز "النخيل" للدراسات الأوروبية في تونس، ليلى حداد، أن الائتلاف الجديد هش.',
     "ليلى حداد", "رأى", "الائتلاف الجديد هش", [], []),
    # "بحسب النتائج التي أعلنتها المحكمة": the side an according-to phrase credits, named again by the bare head of
    # a body named before in full, says what the sentence before the phrase tells
    ("an according-to phrase crediting a body named again by its head noun",
     "وتسلمت المحكمة العليا للانتخابات الطعون أمس. وفاز المرشح كريم داوود بنحو 58 في المئة من الأصوات، "
     "بحسب الحصيلة الرسمية التي أعلنتها المحكمة.",
     "المحكمة العليا للانتخابات", "أعلن", "فاز المرشح كريم داوود", [], []),
    # "وأظهرت النتائج التي أعلنتها اللجنة أن": results a named side gave, the subject of a verb of showing; that
    # side says what they show
    ("results shown, the side a relative clause on them names says what they show",
     "وأظهرت النتائج الجزئية التي نشرتها الهيئة الوطنية للانتخابات أن حزب الأمل حصد غالبية المقاعد.",
     "الهيئة الوطنية للانتخابات", "نشر", "حصد غالبية المقاعد", [], []),
    # "بعث فلان برقية تهنئة إلى": a congratulation reported as the cable sent; the sender speaks, about whom it is sent to
    ("a cable of congratulation sent",
     "فاز المرشح كريم داوود بالانتخابات الرئاسية. وبعث الرئيس الفرنسي إيمانويل ماكرون برقية تهنئة إلى داوود.",
     "إيمانويل ماكرون", "بعث", "برقية تهنئة", ["كريم داوود"], []),
    # "ودعيا": the dual of a verb ending in alif (دعا) as news spells it, with ya, goes on for the two named before
    ("the dual of a verb ending in alif spelled with ya, for the two subjects before it",
     "وأشاد رئيس الوزراء جان مارتان ووزير الخارجية كارل شميت، خلال مؤتمر صحافي، بالهدنة، ودعيا الطرفين إلى احترامها.",
     "كارل شميت", "دعا", "احترامها", [], []),
    # "وطمأن فلان السكان، موضحا أن": a verb of saying with no content of its own found, its named subject goes on
    # to the participle after it
    ("a participle after a verb of saying that tells no content, its named subject speaking",
     "وطمأن رئيس البلدية كمال العياري السكان، موضحا أن المياه ستعود خلال يومين.",
     "كمال العياري", "أوضح", "المياه ستعود", [], []),
    # 'وقال فلان لإذاعة "X": «...»': the quoted name after the noun of an outlet told is no content, what was
    # said opens past it
    ("the quoted name of an outlet told after its noun with لـ, before a colon and a quote",
     "وقالت وزيرة الصحة ليلى منصور لإذاعة \"صوت الشمال\": «المستشفيات جاهزة لاستقبال المصابين».",
     "ليلى منصور", "قال", "المستشفيات جاهزة", [], []),
    # "رفض نواب من حزب X": indefinite lawmakers of a party named right after من/في speak for the party
    ("lawmakers of a party after the verb, the party speaking",
     "ورفض نواب من حزب الأمل مشروع الموازنة الجديد.",
     "حزب الأمل", "رفض", "مشروع الموازنة", [], []),
    # "X وY تنددان": the present dual of a verb of saying, two parties speaking at once in a headline
    ("two parties with a present dual verb in a headline",
     "القاهرة والخرطوم تنددان بالهجوم على الحدود\n\nوقع الهجوم أمس في منطقة حدودية.",
     "الخرطوم", "ندد", "بالهجوم", ["القاهرة"], []),
    # "فلان يعد بـ": the present of وعد (promises), also يُعدّ (is deemed), is a cue before بـ and the thing promised,
    # its subject named just before it or the verb joined by و to its subject's clause; "يعد بمثابة" stays deemed
    ("a promise in the present before بـ, the verb joined to its subject's clause",
     "فاز المرشح كريم داوود بالانتخابات الرئاسية ويعد بإصلاحات واسعة. ويعد هذا الفوز بمثابة زلزال سياسي.",
     "كريم داوود", "وعد", "بإصلاحات واسعة", [], []),
    # "واتهموه", "واعتبروها": the plural past drops the alif of وا before its object pronoun
    ("a plural past verb of saying with its object pronoun",
     "وتظاهر المحتجون أمام مقر الرئيس كريم داوود، واتهموه بالكذب على الناخبين.",
     "المحتجون", "اتهم", "بالكذب", [], []),
    # "أقر البرلمان قانونا" passes a law (a deed); "أقر فلان بالهزيمة" admits it: the statement is the admission
    ("admitting with بـ after a law passed with the same verb",
     "وأقر البرلمان، أمس، قانونا جديدا للانتخابات. وأقر الرئيس كريم داوود بالهزيمة في الانتخابات.",
     "كريم داوود", "أقر", "بالهزيمة", [], []),
    # "ردت الحكومة بحظر الواردات" answers in deeds; "رد فلان بالقول إن" answers in words
    ("an answer in words after an answer in deeds with the same verb",
     "وردت الحكومة بحظر الواردات من الجارة الشمالية. ورد الرئيس كريم داوود بالقول إن الحظر لن يدوم.",
     "كريم داوود", "رد", "الحظر لن يدوم", [], []),
    # "علقت المنظمة عضوية البلد" suspends (a deed); "علق فلان على القرار" comments
    ("a comment on a suspension told with the same verb",
     "وعلقت المنظمة الإقليمية عضوية البلد. وعلق الرئيس كريم داوود على القرار بأنه ظالم.",
     "كريم داوود", "علق", "ظالم", [], []),
    # "بحسب X، <clause>، فيما حذر Y": an according-to opening the sentence reports its first clause even when a
    # statement joined to that clause follows
    ("according to, opening a clause that a joined statement follows",
     "ووفقا لوكالة الأنباء الوطنية، تراجعت صادرات الزيتون بنسبة الثلث هذا العام، فيما حذر وزير الزراعة كمال "
     "العياري من أزمة في الأرياف.",
     "وكالة الأنباء الوطنية", "وفق", "تراجعت صادرات الزيتون", [], []),
    # "بحسب <noun> <adjectives> <verb>ها X": an indefinite noun's relative clause needs no relative pronoun; the verb
    # taking the noun back names its source, past a word of degree before an adjective ("شبه رسمية")
    ("according to an indefinite noun whose relative clause names the source, an adjective of degree between",
     "ونزح آلاف السكان من القرى الحدودية، بحسب تسجيلات شبه رسمية نشرتها هيئة الرقابة المستقلة.",
     "هيئة الرقابة المستقلة", "بحسب", "نزح آلاف السكان", [], []),
    # "وفق أحدث أرقام X": a word of recency before the figures
    ("according to the latest figures of a body",
     "وتضرر ثلاثة آلاف منزل جراء العاصفة، وفق أحدث أرقام منظمة الهلال الأحمر.",
     "الهلال الأحمر", "وفق", "ثلاثة آلاف منزل", [], []),
    # "قال X لصحيفة Y إن", "في حديث مع قناة Y": the outlet the speaker spoke to, named before what was said, relays it
    ("an outlet the speaker spoke to, with لـ on its head noun",
     "وقالت النائبة ليلى حداد لصحيفة «الصباح» إن الحكومة ستسقط قريبا.",
     "ليلى حداد", "قال", "الحكومة ستسقط", [], ["صحيفة الصباح"]),
    ("an outlet the speaker talked with, set off by commas",
     "وحذر وزير الداخلية كمال العياري، في حديث مع قناة «الوطنية الأولى»، من موجة احتجاجات جديدة.",
     "كمال العياري", "حذر", "موجة احتجاجات", [], ["قناة الوطنية الأولى"]),
    # 'أعلن انسحابه "بلا رجعة"', 'أدان "بلا تحفظ" القصف': a quote inside the object of a verb that takes one is
    # part of the object; the word of the object before it and the words after it are what was said too
    ("a quote inside the object, after a word of it",
     'وأعلن رئيس الوزراء البيروفي خوان تورريس انسحابه "بلا رجعة" من السباق الرئاسي.',
     "خوان تورريس", "أعلن", 'انسحابه "بلا رجعة"', [], []),
    ("a quote inside the object, with a word of it after the quote",
     'وأدان وزير الخارجية الكيني ألفريد موتوا "بلا تحفظ" القصف، ودعا إلى التهدئة.',
     "ألفريد موتوا", "أدان", '"بلا تحفظ" القصف', [], []),
    # 'فرض رقابة "مشددة" على المعابر': a word in straight quotes that reads as a participle of saying is the
    # speaker's own word, no new clause, as inside « »
    ("a participle of saying inside straight quotes goes on with what was said",
     'وأعلنت الحكومة البيروفية فرض رقابة "مشددة" على المعابر تمنع عبور الشاحنات.',
     "الحكومة البيروفية", "أعلن", "على المعابر تمنع", [], []),
    # "من رد حاسم إذا واجهوا القوات": a plural past verb with و after "إذا" is the condition's, within what was said,
    # not a second deed of the subject
    ("a plural past verb after a condition goes on with what was said",
     'ووجه وزير الداخلية الكيني كيثوري كينديكي تحذيرا إلى المسلحين من "رد حاسم" إذا واجهوا القوات على الحدود، '
     "واصفا تحركاتهم بأنها استفزازية.",
     "كيثوري كينديكي", "وجه", "إذا واجهوا القوات", [], []),
    # "إن حكومته طردت الدبلوماسي وحذرت سفارته من ...": a past verb with و whose gender is not the speaker's verb's
    # cannot share the speaker as subject; it is the reported clause's second deed, within what was said
    ("a second past verb of the reported clause's subject goes on with what was said",
     "وقال وزير الداخلية البيروفي سمير حداد إن الحكومة طردت الدبلوماسي الأجنبي وحذرت سفارته من أي تدخل.",
     "سمير حداد", "قال", "وحذرت سفارته من أي تدخل", [], []),
    # "مرجحا ألا تتراجع ...": ألا (أن + لا, its hamza written) opens what was said as أن does, and stays in it: it
    # carries the negation
    ("a negated complementizer right after the verb opens what was said, kept in it",
     "وقال المحلل السياسي سمير حداد إن الأزمة طويلة، مرجحا ألا تتراجع الحكومة عن قرارها \"في المدى القريب\".",
     "سمير حداد", "رجح", "ألا تتراجع الحكومة عن قرارها", [], []),
    # "قال إن «...»، في إشارة إلى X": whom the writer's gloss says the words point at is a target
    ("the party named in the writer's gloss 'in reference to' after what was said",
     "وقال زعيم المعارضة سمير نجار إن \"بعض الأطراف تعبث بمستقبل البلاد\"، في إشارة إلى حزب التجديد الوطني.",
     "سمير نجار", "قال", "بعض الأطراف تعبث", ["حزب التجديد الوطني"], []),
    # "غير أن فلان، الرجل الثاني في الحزب، خرج ... مشيرا إلى": a description between commas after the subject that
    # opens the clause leaves it the subject the clause's participle goes on with, not the last speaker
    ("a contrasted clause's subject goes on past a description between commas",
     "وقال وزير الدفاع سمير داود إن الجيش سيحمي المؤسسات.\n\n"
     "لكن رئيس البرلمان نبيل حداد، المنافس الأبرز للحكومة، عاد إلى العاصمة أمس، مشيرا إلى أن الأزمة لم تنته.",
     "نبيل حداد", "أشار", "الأزمة لم تنته", [], []),
    # "خرج فلان ليعلن عبر التلفزيون أن": the present of saying with the ل of purpose, the medium it was said on
    # between it and its أن
    ("a purpose present of saying with the medium between it and what was said",
     "لكن العقيد كريم سلوم خرج مساء الأحد ليعلن عبر التلفزيون الرسمي أن الانتخابات ستجرى في موعدها.",
     "كريم سلوم", "أعلن", "الانتخابات ستجرى في موعدها", [], []),
    # "تمسك رئيس حزب «X» النائب فلان بموقفه، فكتب": quote marks inside a body's name in a title chain neither
    # break the chain nor count as its words, so the chain's person opens the sentence and goes on to its verbs
    ("a title chain holding a body's name in quote marks introduces the sentence's subject",
     "وقال وزير الدفاع سمير داود إن الجيش سيحمي المؤسسات.\n\n"
     "في المقابل، تمسك رئيس حزب «الخضر» النائب كريم سلوم بموقفه، فكتب بأن «الميزانية لا تخدم الفقراء».",
     "كريم سلوم", "كتب", "الميزانية لا تخدم الفقراء", [], []),
    # "رئيس تيار «X» النائب فلان": a short name in quote marks after a common noun no body's name heads, inside the
    # chain of titles, is read as a body's name there too
    ("a title chain holding a short quoted name after a common noun introduces the sentence's subject",
     "وقال وزير الدفاع سمير داود إن الجيش سيحمي المؤسسات.\n\n"
     "وفي المقابل، تمسك رئيس تيار «الشروق» النائب كريم سلوم بموقفه، فكتب بأن «الميزانية لا تخدم الفقراء».",
     "كريم سلوم", "كتب", "الميزانية لا تخدم الفقراء", [], []),
    # "عبّر فلان، وفق بيان لمكتبه، عن «قلقه»": the source of the news between commas, after the subject of the verb
    # of expressing and before its عن
    ("an 'according to' aside between the subject of 'expressed' and its 'about'",
     "وقال وزير الدفاع سمير داود إن الجيش سيحمي المؤسسات، بينما عبّر الأمين العام للمنظمة كريم سلوم، "
     "وفق بيان لمكتبه، عن «قلقه العميق» من التصعيد.",
     "كريم سلوم", "عبر", "قلقه العميق", [], []),
    # "قالت فلانة فلان، وهي بائعة": an aside of who the speaker is, agreeing with the verb, vouches for the words
    # before it as a name, even words that are ordinary words or particles elsewhere
    ("an aside 'and she is' after the comma names the words between the speech verb and the comma",
     "وقالت نادين كوفالو، وهي بائعة في سوق المدينة، إن الأسعار ارتفعت كثيرا.",
     "نادين كوفالو", "قال", "الأسعار ارتفعت", [], []),
    # "قال محامي فلان، علان، إن": a title or role noun and whom it serves, then the holder's name between commas
    ("the holder's name between commas after a role noun and the person it serves is the speaker",
     "وقال محامي كريم داوود، إستيفان دوروكو، إن موكله نقل إلى سجن آخر.",
     "إستيفان دوروكو", "قال", "موكله نقل", [], []),
    ("the holder's name between commas after a spokesman's title and the person it speaks for is the speaker",
     "وأكدت المتحدثة باسم كريم داوود، ليرا كوفانيش، أن فريقه لم يتلق أي إخطار.",
     "ليرا كوفانيش", "أكد", "فريقه لم يتلق", [], []),
    # "أما التاجرة فلانة فأكدت": as for, a calling, the name, then the answer's فـ on the verb
    ("a name after 'as for' and a calling, closed by the answer's fa on a cue, is the speaker",
     "وقال وزير الدفاع سمير داود إن الجيش سيحمي المؤسسات. أما التاجرة ميرينا كاتوفي فأكدت أن الأسواق مغلقة.",
     "ميرينا كاتوفي", "أكد", "الأسواق مغلقة", [], []),
    # "في خطوة وصفتها بأنها", "وفلان يصفها بـ«...»": a verb of describing with its object pronoun and its description
    # (بأن or بـ) after it is the verb wherever it stands, past or present
    ("a verb of describing with its object pronoun and a description after it, after an indefinite noun",
     "وأعلنت شركة الموانئ الوطنية افتتاح الرصيف الجديد، في خطوة وصفتها بأنها «نقلة كبيرة» للتجارة.",
     "شركة الموانئ الوطنية", "وصف", "نقلة كبيرة", [], []),
    ("a present verb of describing with its object pronoun and a بـ description in a headline",
     "فوز كريم سلوم في الانتخابات ونبيل حداد يصفها بـ«المهزلة»\n\nوأعلنت اللجنة فوز سلوم.",
     "نبيل حداد", "وصف", "المهزلة", [], []),
    # verbs of saying from general MSA vocabulary: apologizing, holding fast to a stance, fearing that
    ("apologizing to whom and for what is a statement of its subject",
     "وفي العاصمة، اعتذر الرئيس كريم سلوم لمواطنيه عن تأخر المشروع.",
     "كريم سلوم", "اعتذر", "تأخر المشروع", [], []),
    ("a present of holding fast to a stance in a headline's second side",
     "الحكومة تعلن موعد الانتخابات والمعارضة تتمسك بـ\"الميثاق الوطني\"\n\nوقال الوزير نبيل حداد إن الموعد نهائي.",
     "المعارضة", "تمسك", "الميثاق الوطني", [], []),
    # "حمّل الوزير فلان، الذي ...، «X» مسؤولية": the past of laying blame reaches its noun past an aside after its subject
    ("a past of laying blame reaches its noun of responsibility past a relative aside after a titled subject",
     "وحمّل وزير الداخلية كريم سلوم، الذي قطع زيارته وعاد إلى العاصمة، «عصابات منظمة» مسؤولية أعمال الشغب.",
     "كريم سلوم", "حمل", "عصابات منظمة", [], []),
    # "لكن المحلل فلان يعتقد أن": a verb read as the impersonal passive before أن has its subject, a full name, before it
    ("a verb of believing right before أن with a person's full name before it as its subject",
     "وقال الوزير كريم سلوم إن الاتفاق قريب.\n\nلكن المحلل سمير داود يعتقد أن الطريق إلى الحكم «لا يزال مسدودا».",
     "سمير داود", "اعتقد", "لا يزال مسدودا", [], []),
    # "يعتقد الاقتصادي فلان، من مؤسسة "X" للاستشارات في المدينة، أن": a described name and an aside holding a quoted name
    ("a verb of believing reaches its أن past a described name and an aside holding a quoted name",
     "في المقابل، يعتقد الاقتصادي سمير داود، من مؤسسة \"أفق\" للاستشارات في العاصمة، أن الأسواق ستمنح الحكومة فرصة قصيرة.",
     "سمير داود", "اعتقد", "ستمنح الحكومة فرصة", [], []),
    # "أشاد بنظيره الجديد": his counterpart said to be new is the one the story told winning
    ("a counterpart said to be new is the one the story told winning",
     "أعلنت اللجنة الانتخابية فوز كريم داوود بالانتخابات الرئاسية. وأشاد الرئيس البرازيلي لويس داسيلفا بنظيره "
     "الجديد.",
     "لويس داسيلفا", "أشاد", "بنظيره", ["كريم داوود"], []),
    # "للرئيسة الجديدة": a one-word title said to be new names the one the story told winning, lone title or not
    ("a feminine title said to be new is the one the story told winning",
     "أعلنت اللجنة الانتخابية فوز سعاد الخطيب بالانتخابات الرئاسية. وتمنى الرئيس البرازيلي لويس داسيلفا للرئيسة "
     "الجديدة التوفيق في مهامها.",
     "لويس داسيلفا", "تمنى", "التوفيق في مهامها", ["سعاد الخطيب"], []),
    # "حذر فلان X من أن ...": the one warned, named before the preposition the content opens after, is a target
    ("the one a cue verb warns, named before the preposition the content opens after, is a target",
     "وحذر وزير الخارجية الألماني كريم داوود تركيا من أن العقوبات ستتوسع.",
     "كريم داوود", "حذر", "العقوبات ستتوسع", ["تركيا"], []),
    # "في اتصال هاتفي مع X": whom the words were said to on a call, before what was said, is a target
    ("the one called before what was said is a target",
     "وأكد وزير الخارجية الفرنسي كريم داوود في اتصال هاتفي مع الرئيس التونسي قيس سعيد دعم بلاده للإصلاحات.",
     "كريم داوود", "أكد", "دعم بلاده", ["قيس سعيد"], []),
    # "وقال سكان في مدينة X إن": the place the residents who speak are in is what they speak of
    ("the place residents speak from is a target",
     "وقال سكان في مدينة حلب إن القصف استمر طوال الليل.",
     "سكان", "قال", "القصف استمر", ["حلب"], []),
    # "أعلنت X وY استئناف علاقاتهما": the dual pronoun makes the two listed after the verb speak of each other
    ("two parties listed after the verb whose content names the two of them speak of each other",
     "وأعلنت تونس والمغرب استئناف علاقاتهما الدبلوماسية.",
     "المغرب", "أعلن", "استئناف علاقاتهما", ["تونس"], []),
    # "أعلن X انسحابه، بعد أن أسقط النواب ...، في نتيجة اعتبرها محللون": the أن of "بعد أن" opens a clause of
    # when, not what was announced; the unnamed analysts after it speak on their own
    ("a time clause after the object is no content, and the observers of a relative clause after it speak",
     "أعلن وزير المالية سمير حداد مساء الخميس انسحابه من الحكومة، بعد أن أسقط النواب بفارق كبير خطة "
     "الموازنة التي قدمها الشهر الماضي، في نتيجة اعتبرها محللون انتكاسة كبيرة للائتلاف الحاكم.",
     "محللون", "اعتبر", "انتكاسة كبيرة", [], []),
    ("a time clause after the object is no content: the object is what was announced",
     "أعلن وزير المالية سمير حداد مساء الخميس انسحابه من الحكومة، بعد أن أسقط النواب بفارق كبير خطة "
     "الموازنة التي قدمها الشهر الماضي.",
     "سمير حداد", "أعلن", "انسحابه", [], []),
    # "وتعهد <title> <adjective> بـ<verbal noun>": the verb's object in بـ ends a title with no name after it
    ("a title with no name ends before the verbal noun in بـ the verb before it governs; the one it names speaks",
     "وقال رئيس الحكومة الجديد كريم داوود إن الجلسة ناجحة. وتعهد رئيس الحكومة الجديد بمواصلة الإصلاحات.",
     "كريم داوود", "تعهد", "بمواصلة الإصلاحات", [], []),
    # "حمل العمال يافطات تتهم X بـ": the verb after an indefinite placard or slogan says what it says, and
    # those who raised it speak (as the issuer of "بيانا يدعو إلى" does)
    ("the bearers of placards speak what the verb after the placards says",
     "وحمل العمال المضربون لافتات تتهم شركة الإسمنت الأردنية بتأخير الرواتب.",
     "العمال المضربون", "اتهم", "بتأخير الرواتب", ["شركة الإسمنت الأردنية"], []),
    # "ذكرت الهيئة أن الجيش نشر جنودا": نشر with forces after it is a deed the authority reports, no inner
    # statement of the army's that the authority would only relay
    ("a deploying verb with troops after it inside a report is no inner cue: the reporter speaks",
     "وذكرت هيئة الموانئ السودانية أن الجيش نشر نحو ثلاثمئة جندي قرب الأرصفة لتأمين السفن.",
     "هيئة الموانئ السودانية", "ذكر", "نحو ثلاثمئة جندي", [], []),
    # "أذاع فلان تسجيلا صوره في بيته، أكد فيه": فيه points back past a relative clause and a time to the recording the
    # clause's subject put out; that subject speaks
    ("a verb with فيه speaks for the subject that put out the recording further back",
     "وأذاع المعارض كريم داوود تسجيلا قصيرا صوره في منزله مساء الأحد، أكد فيه أنه بريء من كل التهم.",
     "كريم داوود", "أكد", "بريء من كل التهم", [], []),
    # "بعد خطبة أذاعها الشيخ فلان في الربيع، أوضح فيها": with no subject before the noun, its broadcaster after it
    ("a verb with فيها speaks for the one a relative verb after the sermon names as its broadcaster",
     "وجاءت الاستقالة بعد خطبة مسجلة أذاعها الشيخ كريم داوود في الربيع الماضي، أوضح فيها أن المرض أنهكه.",
     "كريم داوود", "أوضح", "المرض أنهكه", [], []),
    # "وجه الحزب خطابا مفتوحا إلى علان يوم الأحد، حذر فيه": the sending verb is one of saying too; its subject speaks
    ("a verb with فيه speaks for the subject of the verb of saying that sent the letter it points back to",
     "وكان حزب التجديد قد وجه خطابا مفتوحا إلى رئيس الحكومة سمير حداد يوم الأحد، حذر فيه من انهيار الاقتصاد.",
     "حزب التجديد", "حذر", "انهيار الاقتصاد", [], []),
    # "كما اتهم X بأنها": بأن with the pronoun of the one accused is the charge; X is whom the verb accuses
    ("the body an accusing verb names before بأن with its pronoun is accused, and the last speaker goes on",
     "وقال زعيم المعارضة كريم داوود إن النتائج مزورة. كما اتهم هيئة الرقابة بأنها منحازة للحكومة.",
     "كريم داوود", "اتهم", "منحازة للحكومة", [], []),
    # 'واتهم "نواب X في المدينة" بـ': the accused quoted whole, words of its own after the name, then the charge
    ("a quoted accused with words after its name before the closing mark is accused, and the last speaker goes on",
     'وقال زعيم الحزب كريم داوود إن المحكمة لا سلطة لها. واتهم "نواب المعارضة في العاصمة" بالسعي إلى "إسقاط الحكومة".',
     "كريم داوود", "اتهم", "بالسعي", [], []),
    # "وأكد رئيس اللجنة": the title's own last word is the definite head noun of the body the text named before
    ("an unnamed holder of a title that ends with a body's bare head noun speaks for the body named with that head",
     "أعلنت لجنة التحكيم الموسيقية النتائج الأولية. وأكد رئيس اللجنة أمام الصحفيين أن المنافسة كانت صعبة.",
     "لجنة التحكيم الموسيقية", "أكد", "المنافسة كانت صعبة", [], []),
    # "ورحب رئيس مجلس X": the title holds the body's name in construct; the body named before with it speaks
    ("an unnamed holder of a title holding a body's name in construct speaks for the body named before with it",
     "وأصدر مجلس السيادة الانتقالي بيانا مقتضبا. ورحب رئيس مجلس السيادة بالقانون الجديد، معتبرا أنه خطوة مهمة.",
     "مجلس السيادة الانتقالي", "اعتبر", "خطوة مهمة", [], []),
    # "حذرت المنظمة من ...، وقال متحدث باسمها": an unnamed spokesman "in its name" speaks for the body that spoke
    # last, in the same sentence too
    ("an unnamed spokesman whose باسم takes a pronoun speaks for the body whose statement came just before",
     "وحذرت منظمة أطباء العالم من نقص الأدوية، وقال متحدث باسمها للصحفيين إن المستشفيات تعمل بنصف طاقتها.",
     "منظمة أطباء العالم", "قال", "بنصف طاقتها", [], []),
    # "وأعلن X فوز حزبه، قبل أن يقول إن", "واستقال X، بعد أن أعلن أن": the subject of the main clause goes on past
    # "قبل أن"/"بعد أن" to a verb with no subject of its own
    ("the subject of the main clause speaks at a verb after 'before'/'after' and أن",
     "واستقال رئيس البلدية نزار العطار في الربيع الماضي، بعد أن أعلن أن المجلس البلدي عاجز عن العمل.",
     "نزار العطار", "أعلن", "المجلس البلدي عاجز", [], []),
    ("the speaker of the sentence's statement goes on past 'before' and أن, told to the press",
     "وأعلنت الوزيرة هالة الدباغ خطة جديدة للنقل، قبل أن تقول للصحفيين إن التمويل مضمون.",
     "هالة الدباغ", "قال", "التمويل مضمون", [], []),
    # "وجه X رسالة إلى Y، اعتبر فيها": the statement noun's own phrase (to whom, where, when) between it and فيها
    ("a verb with فيها speaks for the subject of a statement noun further back, past the noun's phrase",
     "أما وزيرة الثقافة ليلى النمر، فقد وجهت رسالة إلى رئيس نقابة الفنانين جميل الساعدي، اعتبرت فيها أن "
     "«الدعم الحكومي سيستمر».",
     "ليلى النمر", "اعتبر", "الدعم الحكومي سيستمر", [], []),
    # "اعتذار X عن": the verbal noun of اعتذر with its agent in construct, a noun of speech
    ("the apology noun with its agent in construct tells the agent's statement",
     "وجاء القرار بعد يوم من اعتذار وزير النقل فادي العموري عن تأخر رحلات القطارات.",
     "فادي العموري", "اعتذر", "تأخر رحلات القطارات", [], []),
    # "بحسب تقارير X", "وفق مراسلي X": the reports or correspondents of a named body, the body is the source
    ("the body named in construct after an according-to marker's noun of reports or correspondents reports the clause",
     "وارتفع منسوب النهر إلى مستوى قياسي في الأسبوع الماضي، بحسب تقارير منظمة الأغذية والزراعة.",
     "منظمة الأغذية والزراعة", "بحسب", "منسوب النهر", [], []),
    # "وعبّر X، الذي ...، عن": the shadda writes the verb of expressing, whose عن comes past an aside
    ("the verb of expressing written with its shadda reaches its عن past a relative clause between commas",
     "وعبّر محافظ الإقليم نزار العطار، الذي يحظى بتأييد واسع بين الطلاب، عن دعمه للإضراب.",
     "نزار العطار", "عبر", "دعمه للإضراب", [], []),
    # "مع استقالة المدير فلان من ...، معتبرا أن": the participle goes on with the agent of the verbal noun the
    # sentence names, not with the last speaker of the sentence before
    ("a participle after a verbal noun that a preposition governs goes on with the person in construct after it",
     "وقال النائب سمير حداد إن الحكومة فشلت. وتزامنت الاحتجاجات مع استقالة مدير الشركة كريم داوود من منصبه، "
     "معتبرا أن الإدارة أخطأت في حق العمال.",
     "كريم داوود", "اعتبر", "الإدارة أخطأت", [], []),
    ("a participle after a statement noun whose author is named goes on with that author, not the last speaker",
     "وقال النائب سمير حداد إن الحكومة فشلت. واشتعل الخلاف بعد إعلان وزير الداخلية كريم داوود وقف منح "
     "التأشيرات، متهما الدول المجاورة برفض التعاون.",
     "كريم داوود", "اتهم", "برفض التعاون", [], []),
    # عرض "offered": an offer of help, a truce or stepping down (an offer_noun) is a statement, not only a plan
    ("the verb of offering with what it offers (a verbal noun of help) after its subject",
     "وعرض رئيس الوزراء الفنلندي ماتي كورهونن إرسال فرق إنقاذ إلى المنطقة المنكوبة.",
     "ماتي كورهونن", "عرض", "إرسال فرق إنقاذ", [], []),
    ("the present of the verb of offering with a truce after it, not the verb of undergoing",
     "وتعرض جبهة النهوض الوطني هدنة لمدة شهر على الحكومة.",
     "جبهة النهوض الوطني", "عرض", "هدنة", [], []),
    # قدّم "offered" with what one offers in words after it: condolences, an apology, a resignation
    ("the verb of offering with a resignation after its subject and a day between commas",
     "وقدّم رئيس الوزراء الكيني صامويل أوتينو، الأحد، استقالة حكومته إلى الرئيس.",
     "صامويل أوتينو", "قدم", "استقالة حكومته", [], []),
    ("the participle of offering with condolences after a verb of condemning",
     "وأدان وزير الخارجية سمير حداد الهجوم، مقدما تعازيه لأسر الضحايا.",
     "سمير حداد", "قدم", "تعازيه لأسر الضحايا", [], []),
    # "رد عليه X بالقول إن": the preposition with its pronoun (the one answered) stands between the verb and its subject
    ("the subject of a reply past the preposition with its pronoun right after the verb",
     "ورد عليه وزير المالية سمير حداد بالقول إن القرار نهائي.",
     "سمير حداد", "رد", "القرار نهائي", [], []),
    ("what a reply to what 'وهو ما' takes back says after 'by saying'",
     "وطالب نواب المعارضة بإلغاء القرار، وهو ما رد عليه وزير المالية سمير حداد بالقول إن القرار نهائي.",
     "سمير حداد", "رد", "القرار نهائي", [], []),
    ("what a reply says after 'by saying' and whom it was said to",
     "ورد الجنرال سمير حداد نفسه بالقول للصحفيين: «لا أخشى أي تحقيق».",
     "سمير حداد", "رد", "لا أخشى أي تحقيق", [], []),
    # "، وهو تأجيل قرأ فيه X رسالة": "قرأ فيه" after the noun of "وهو/وهي <noun>" judges what was told, as after "وهو ما"
    ("a reading-into clause after the noun of a resumed clause makes its indefinite subject speak",
     "وأرجأ الرئيس زيارته إلى العاصمة، وهو تأجيل قرأ فيه محللون رسالة إلى الحكومة.",
     "محللون", "قرأ", "رسالة إلى الحكومة", [], []),
    # "في موقف فسره X بأنه": "فسّر" takes a second complement after its object pronoun, as the verbs of deeming do
    ("an interpreting verb with its object pronoun after the head of a relative clause makes its subject speak",
     "وتغيب الوزير عن القمة، في موقف فسره مراقبون بأنه رسالة احتجاج.",
     "مراقبون", "فسر", "رسالة احتجاج", [], []),
    # "وانتقد رئيس الاتحاد الفلاني فلان علان خطة": the holder's name right after the body the title names
    ("a title holder named right after the body a finder named speaks",
     "وانتقد رئيس الاتحاد الوطني للمزارعين بيرند دراغوميريسكو خطة الحكومة الجديدة لدعم القمح.",
     "بيرند دراغوميريسكو", "انتقد", "خطة الحكومة", [], []),
    # "، منتقدين الخطة", "، متهمين إياها بـ": a bare plural participle of manner after a comma, spelled as a group noun
    ("a plural participle of manner spelled as a group noun goes on with the clause's plural subject",
     "وتظاهر عشرات الصيادين أمام الميناء، منتقدين قرار الوزارة رفع أسعار الوقود.",
     "الصيادين", "انتقد", "قرار الوزارة", [], []),
    # "بحسب الأرقام التي أعلنها رئيس اللجنة فلان": the verb with its object pronoun after the head of an "according
    # to" phrase, its subject a person named after a title
    ("a titled person after a verb with its object pronoun in an according-to phrase speaks what the sentence says",
     "وحصل حزب الوسط على أكثر المقاعد في المجلس، بحسب الأرقام التي أعلنها رئيس لجنة الفرز سمير حداد مساء الأحد.",
     "سمير حداد", "أعلن", "أكثر المقاعد", [], []),
    # "أمهل X Y ثلاثة أيام لـ": giving a deadline, an order to the one given it
    ("a verb of giving a deadline is an order of its subject",
     "وأمهل رئيس الوزراء سمير حداد شركات النقل خمسة أيام لإعادة الحافلات إلى الخدمة.",
     "سمير حداد", "أمهل", "خمسة أيام", [], []),
    # "وأعلن ويا أن", "وحثت بيا": a family name that only a proclitic reading makes a function word (و + يا, بـ + يا),
    # named alone after the full name a title gave, speaks past the speaker named in between
    ("a family name read as a clitic on a function word names the titled person again",
     "وقال وزير المالية الليبيري جيمس ويا إن العجز تراجع. وقال رئيس البرلمان سامي داوود إن الموازنة متأخرة. "
     "ودعا ويا النواب إلى إقرار الموازنة.",
     "جيمس ويا", "دعا", "إقرار الموازنة", [], []),
    ("a family name read as a preposition on a function word names the titled person again",
     "وقالت وزيرة الصحة الغانية أكوسوا بيا إن اللقاحات وصلت. وقال رئيس البرلمان سامي داوود إن الموازنة متأخرة. "
     "وحثت بيا النواب على إقرار الموازنة.",
     "أكوسوا بيا", "حث", "إقرار الموازنة", [], []),
    # "وكتب فلان، TITLE، في تدوينة على «فيسبوك» أن": the reach of a verb that needs its أن counts words, not the
    # commas and quote marks of the subject's long phrase
    ("a verb that needs what it says to open speaks past the commas and quote marks of a long subject phrase",
     "وكتب وزير الدولة للشؤون الخارجية الدكتور سامي بن خالد داوود، مستشار رئيس الحكومة، في تدوينة على حسابه "
     "في «فيسبوك» أن الاتفاق «خطوة مهمة».",
     "سامي بن خالد داوود", "كتب", "خطوة مهمة", [], []),
    # "وورد في نشرة القصر أن الأمير فلان دعا": a document passes on what the person it names did, as a verb of
    # passing news on does; the person speaks, the document's author relays
    ("a person's act of saying in the perfect inside what a document holds is the person's, its author relays it",
     "وورد في رسالة من الديوان الملكي أن الملك كريم الأول دعا الوزراء إلى تسريع إصلاح المدارس.",
     "كريم الأول", "دعا", "تسريع إصلاح", [], ["الديوان الملكي"]),
    ("the parties that issued a document, named again after what it holds, speak for themselves, no one relayed",
     "وجاء في بيان مشترك أصدرته السعودية والإمارات والبحرين أن الدول الثلاث قررت «تلبية دعوة الرئيس».",
     "البحرين", "جاء", "قررت", [], []),
]


@pytest.mark.parametrize("text, not_speaker", [
    # a report inside what an unnamed group says is part of its words
    ("وقال دبلوماسيون إن كندا ترى أن المفاوضات التجارية يجب أن تستأنف.", "كندا"),
    ("وقال مسؤولون إن الحكومة النرويجية أبلغت حلفاءها أن السفارة ستفتح.", "الحكومة النرويجية"),
    # a relay that names no one: the verb inside the quoted words is no statement of its own
    ("ونقل عن السفير قوله إن الحكومة النرويجية أكدت أن السفارة ستفتح.", "الحكومة النرويجية"),
    ("ونقلت الإذاعة عن المتحدث قوله إن الحكومة النرويجية أكدت أن السفارة ستفتح.", "الحكومة النرويجية"),
    # "نقلت X عن سائحة أجنبية قولها": one no entity stands for speaks through the outlet, the outlet does not speak
    ("افتتح المهرجان أمس. ونقلت وكالة رويترز عن سائحة ألمانية قولها إن التنظيم ممتاز.",
     "وكالة رويترز"),
])


def test_a_report_inside_unnamed_words_is_no_statement_of_its_own(nlp, text: str, not_speaker: str) -> None:
    rec = run(nlp, text)
    assert all(not has_form(rec, s.speaker, not_speaker) for s in rec.statements), speakers(rec)


def test_an_outlet_quoting_its_own_reporter_speaks(nlp) -> None:
    rec = run(nlp, "افتتح المهرجان أمس. ونقلت وكالة رويترز عن مراسلها قوله إن التنظيم ممتاز.")
    assert any(has_form(rec, s.speaker, "وكالة رويترز") for s in rec.statements), speakers(rec)


def test_what_a_group_said_ends_before_a_contrasted_titled_speaker(nlp) -> None:
    rec = run(nlp, "وقال مسؤولون إن الوضع مستقر، لكن وزير الداخلية الكيني كيثوري كينديكي قال إن الاحتجاجات ستستمر.")
    first = next(s for s in rec.statements if has_form(rec, s.speaker, "مسؤولون"))
    assert "لكن" not in first.quote and first.about == []


@pytest.mark.parametrize("text", [
    # the contrasted subject with a preposition phrase, its term in quote marks or not
    "ويقول البعض إن اللاجئين الجدد أكثر عرضة للفقر، إلا أن باحثين في علم الاجتماع يؤكدون أن الفقر لا يرتبط بالهجرة.",
    "ويقول البعض إن اللاجئين الجدد أكثر عرضة للفقر، إلا أن باحثين في « علم الاجتماع » يؤكدون أن الفقر لا يرتبط بالهجرة.",
])


def test_what_was_said_ends_before_a_contrasted_subject_with_its_complement(nlp, text: str) -> None:
    first = next(s for s in run(nlp, text).statements if s.cue == "يقول")
    assert "إلا" not in first.quote and "باحثين" not in first.quote


@pytest.mark.parametrize("text, cue, kept, cut", [
    # a verb of seeing or reading with في and the pronoun taking back a noun or ما: what it is seen as follows the subject
    ("وأعلنت الحكومة خفض أسعار الوقود، وهي خطوة رأى فيها محللون محاولة لتهدئة الشارع.",
     "رأى", "محاولة لتهدئة الشارع", "خفض أسعار"),
    ("وأعلن الرئيس إطلاق حوار وطني شامل، وهو ما قرأ فيه محللون تمهيدا لتعديل وزاري واسع.",
     "قرأ", "تمهيدا لتعديل وزاري", "حوار وطني"),
    # what stands between the speaker as read and the preposition that opens a prepositional verb's whole object
    ("وأعرب رئيس مجلس إدارة مجموعة النور، الشركة الأم لمصانع الشمال، كريم داوود، عن صدمته البالغة.",
     "أعرب", "عن صدمته البالغة", "الشركة الأم"),
])
def test_what_was_said_starts_where_the_cue_s_complement_opens(
        nlp, text: str, cue: str, kept: str, cut: str) -> None:
    # past the thing a verb of seeing takes back, and past the speaker's apposition before a verb's preposition
    st = next(s for s in run(nlp, text).statements if s.cue == cue)
    assert kept in st.quote and cut not in st.quote


@pytest.mark.parametrize("text, first_cue, kept, cut", [
    # a second subject (a quoted name, a noun in construct with a definite one, a noun with its pronoun) and its verb
    ("الوزير سامي الأحمر يرحب بالاتفاق الجديد و«جبهة الإنقاذ» تصفه بالخديعة\n\nوقال الأحمر إن الاتفاق جيد.",
     "يرحب", "بالاتفاق الجديد", "تصفه"),
    ("الشرطة تعلن توقيف المشتبه به وحصيلة الحريق ترتفع إلى عشرين\n\nوقالت الشرطة إن التحقيق مستمر.",
     "تعلن", "توقيف المشتبه به", "ترتفع"),
    ("الرئيس كمال داود يعلن فوزه بولاية ثانية ومنافسوه يرفضون النتائج\n\nوقال داود إنه سيعمل للجميع.",
     "يعلن", "فوزه بولاية ثانية", "يرفضون"),
    # the same subject's next present verb, past the object of the first
    ("الرئيس كمال داود يعلن فوزه بولاية ثانية ويتجه إلى تشكيل حكومة\n\nوقال داود إنه سيعمل للجميع.",
     "يعلن", "فوزه بولاية ثانية", "يتجه"),
])
def test_a_headlines_next_clause_joined_by_and_is_no_part_of_the_first(nlp, text: str, first_cue: str, kept: str,
                                                                        cut: str) -> None:
    first = next(s for s in run(nlp, text).statements if s.cue == first_cue)
    assert kept in first.quote and cut not in first.quote


@pytest.mark.parametrize("text, not_speaker", [
    ("ورفضت الحكومة دعوة المحتجين إلى الإضراب.", "المحتجين"),          # a group called on, not calling
    ("وطالبت المعارضة بإدانة إسرائيل على الغارات.", "إسرائيل"),          # a noun of condemning: its genitive is aimed at
    ("وجددت الوزارة دعوتها المواطنين إلى الحذر.", "المواطنين"),          # the owner's pronoun names the agent before
    ("وانتقدت حركة فتح عدم دعوة الرئيس سامر حداد إلى المؤتمر.", "سامر حداد"),   # after عدم: the one not invited
    ("ماتشيكوفا دعت الممرضين إلى العودة إلى العمل.", "الممرضين"),    # the addressee of a call after its caller
    # a cue spelled like its verbal noun, object of the verb and subject before it: the -ين plural is its genitive
    ("وباشرت الوكالة نشر مفتشين متخصصين في الموانئ.", "مفتشين"),
    ("وتشمل المبادرة نشر مهندسين وخبراء زراعيين في القرى.", "مهندسين"),
    ("وتشمل المبادرة نشر مهندسين وخبراء زراعيين في القرى.", "خبراء زراعيين"),
    # "في بيان" after a verb of saying is the medium of the verb's statement: the group after it is the verb's object
    ("وحث حزب الوفاق في بيان مناصريه على التصويت بكثافة.", "مناصريه"),
    ("وناشدت نقابة الأطباء (النقابة) في بيان العمال إلى الهدوء.", "العمال"),
])


def test_the_genitive_of_a_verbal_noun_that_is_no_agent(nlp, text: str, not_speaker: str) -> None:
    rec = run(nlp, text)
    assert all(not has_form(rec, s.speaker, not_speaker) for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, not_speaker", [
    # a headline's cue right after its named subjects, nothing after it: what stands before them is no content
    ("مناورات عسكرية قرب جزيرة تايوان.. واليابان والفلبين ترحبان\n\nمانيلا - وكالات\n\n"
     "بدأت القوات البحرية مناورات واسعة فجر اليوم.", "اليابان"),
    ("مناورات عسكرية قرب جزيرة تايوان.. واليابان والفلبين ترحبان\n\nمانيلا - وكالات\n\n"
     "بدأت القوات البحرية مناورات واسعة فجر اليوم.", "الفلبين"),
])


def test_a_cue_after_its_subject_with_nothing_after_it_says_nothing(nlp, text: str, not_speaker: str) -> None:
    rec = run(nlp, text)
    assert all(not has_form(rec, s.speaker, not_speaker) for s in rec.statements), speakers(rec)


def test_a_statement_noun_that_is_the_verbs_subject_makes_no_second_statement(nlp) -> None:
    rec = run(nlp, "وقال بيان منظمة العمل الدولية إن الأجور ارتفعت.")
    assert len(rec.statements) == 1 and normalize(rec.statements[0].cue_lemma) == normalize("قال")


@pytest.mark.parametrize("text, speaker, lemma", [
    # a second verb of saying joined by و with its object pronoun, no comma: the first verb's subject
    ("وانتقد وزير الخارجية الكيني موسى كاماو التدخل الأجنبي واتهمها بتأجيج النزاع.", "موسى كاماو", "اتهم"),
    ("واستنكرت النائبة البرتغالية ماريا فونسيكا قرار البلدية واعتبرته مخالفا للقانون.", "ماريا فونسيكا", "اعتبر"),
])


def test_a_joined_verb_with_its_object_shares_the_subject(nlp, text: str, speaker: str, lemma: str) -> None:
    rec = run(nlp, text)
    joined = [s for s in rec.statements if normalize(s.cue_lemma) == normalize(lemma)]
    assert joined and all(has_form(rec, s.speaker, speaker) for s in joined), speakers(rec)


@pytest.mark.parametrize("text, first, second, content", [
    # "but" and a person's name with a title in apposition after a comma, then the person's verb of saying
    ("وقال الوزير الكيني جون موانغي إن المحادثات نجحت، غير أن الدكتور بيتر كاماو، المتحدث باسم حزب المعارضة "
     "في البرلمان الكيني قال للصحافيين أمس إنه « لم يحصل أي اتفاق ».", "جون موانغي", "بيتر كاماو", "لم يحصل أي اتفاق"),
    ("وقال الوزير التشيلي كارلوس سوتو إن الميزانية متوازنة، لكن النائب خوان روخاس، رئيس كتلة « الوسط » "
     "في مجلس النواب قال ل « الإذاعة » إن العجز سيرتفع.", "كارلوس سوتو", "خوان روخاس", "العجز سيرتفع"),
])


def test_a_contrasted_person_with_a_title_in_apposition_speaks(nlp, text: str, first: str, second: str,
                                                               content: str) -> None:
    rec = run(nlp, text)
    one = next(s for s in rec.statements if has_form(rec, s.speaker, first))
    two = next((s for s in rec.statements if has_form(rec, s.speaker, second)), None)
    assert two is not None and content in two.quote, speakers(rec)
    assert normalize(second.split()[0]) not in normalize(one.quote)


def test_a_participle_of_repeating_after_a_quote_opens_a_statement_of_the_speaker(nlp) -> None:
    rec = run(nlp, 'وتابع الوزير الكندي جون ماكلين " إن الخطر حقيقي على المنطقة كلها " مكررا القول ان بلاده '
                   'ستقدم الأدلة خلال أسابيع.')
    repeated = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("كرر"))
    assert has_form(rec, repeated.speaker, "جون ماكلين") and "ستقدم الأدلة" in repeated.quote
    assert all("مكررا" not in s.quote for s in rec.statements)


@pytest.mark.parametrize("text, topic, speaker, lemma", [
    # a headline's place before the colon, then a clause with a named subject and its verb of saying: the place
    # heads the story (as a dateline does), the clause's subjects speak
    ("كوسوفو: الاتحاد الأوروبي يلوح بعقوبات وصربيا تحذر من التصعيد\n\nبريشتينا - وكالات:\n\nعقد المجلس اجتماعا أمس.",
     "كوسوفو", "صربيا", "حذر"),
    # a news phrase after the colon, then a second side named with its verb of saying: the place heads the story
    ("مالاوي: «نعم» واسعة للدستور الجديد والمعارضة تندد بالتزوير\n\nليلونغوي - وكالات:\n\nأعلنت اللجنة النتائج أمس.",
     "مالاوي", "المعارضة", "ندد"),
])


def test_a_place_heading_a_headline_with_a_clause_of_its_own_is_no_speaker(nlp, text: str, topic: str,
                                                                           speaker: str, lemma: str) -> None:
    rec = run(nlp, text)
    assert not any(has_form(rec, s.speaker, topic) for s in rec.statements), speakers(rec)
    assert any(has_form(rec, s.speaker, speaker) and normalize(s.cue_lemma) == normalize(lemma)
               for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, topic, said", [
    # "البلد: رئيس الحكومة يستقيل": a title with a present verb after a place's colon is the story's news, no claim
    ("مالاوي: رئيس الحكومة يستقيل تحت ضغط الشارع\n\nأعلن رئيس الحكومة استقالته أمس.", "مالاوي", ""),
    # "البلد: ... .. والاتحاد الأوروبي يعزز قواته": a second side with its deed
    ("مالاوي: أوامر اعتقال بحق قادة المعارضة.. والاتحاد الأفريقي يرسل وفدا\n\nأصدرت المحكمة أوامر أمس.",
     "مالاوي", ""),
    # a claim of the place opening with a common noun stays the place's
    ("مالاوي: تهديد الجيران بالعقوبات لن يجدي نفعا\n\nقالت حكومة مالاوي إن العقوبات لن تجدي.", "مالاوي",
     "تهديد الجيران"),
    # "البلد: ... والرئيس يعلن كذا": a second side named by a bare title with و and its present verb
    ("مالاوي: حصيلة الفيضانات ترتفع إلى مئة قتيل والرئيس يعلن الحداد\n\nأعلن الرئيس كريم داوود الحداد ثلاثة أيام.",
     "مالاوي", ""),
    # "البلد: المغني فلان يعتزل": a title the tables do not know, then the person and a present verb
    ("مالاوي: المغني كريم داوود يعتزل الغناء ويشكر جمهوره\n\nأعلن المغني كريم داوود اعتزاله أمس.", "مالاوي", ""),
])


def test_a_place_heading_a_headline_of_deeds_is_no_speaker(nlp, text: str, topic: str, said: str) -> None:
    rec = run(nlp, text)
    claims = [s for s in rec.statements if has_form(rec, s.speaker, topic) and s.cue_span[0] < text.index("\n")]
    assert (said in claims[0].quote) if said else not claims, speakers(rec)


def test_a_topic_after_as_for_that_names_no_entity_is_not_the_last_speaker(nlp) -> None:
    # "أما فلان، رئيس حزب X، فدعا": a name the finders miss after أما is still the verb's own subject
    rec = run(nlp, "وقال رئيس الوزراء كريم داوود إن الحكومة ستواصل الإصلاحات. أما تيغو ماسولا، زعيم حزب \"الأحرار\"، "
                   "فدعا المواطنين إلى التظاهر سلميا.")
    assert not any((has_form(rec, s.speaker, "كريم داوود") or has_form(rec, s.speaker, "حزب الأحرار"))
                   and normalize(s.cue_lemma) == normalize("دعا") for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, authors", [
    # a joint statement ("بيان مشترك") names several authors joined by و: one statement each (GOLD_SCHEMA)
    ("وورد في البيان المشترك لكينيا وأوغندا أن الحدود ستفتح الشهر المقبل.", ["كينيا", "أوغندا"]),
    ("وأوضح البيان المشترك الصادر عن تشيلي والبيرو أن المفاوضات ستستأنف.", ["تشيلي", "البيرو"]),
    # "وقال الوزير فلان ووزير الخارجية علان إن": a second person joined by و after a title of their own speaks too
    ("وقال رئيس الوزراء كريم داوود ووزير الخارجية سمير حداد إن المفاوضات ستستأنف.", ["كريم داوود", "سمير حداد"]),
    # before a verb of several, the person in front of the title joined by و as well
    ("وكان الرئيس الأسبق كريم داوود ورئيس مجلس الشورى سمير حداد قد حثوا مؤيديهما على انتخاب المرشح.",
     ["كريم داوود", "سمير حداد"]),
])
def test_each_author_of_a_joint_statement_speaks(nlp, text: str, authors: list[str]) -> None:
    rec = run(nlp, text)
    for author in authors:
        assert any(has_form(rec, s.speaker, author) for s in rec.statements), speakers(rec)


def test_a_full_name_after_the_verbs_accusative_object_is_no_subject(nlp) -> None:
    # "وكان القضاء قد أصدر أمس حكماً بالإعدام على القائد فلان": the object (tanween) came first; the name is whom it is about
    rec = run(nlp, "وقال المحامي إن موكله بريء. وكان القضاء الميداني قد أصدر أمس حكماً بالإعدام على القائد المتمرد "
                   "كريم داوود وثلاثة من رفاقه.")
    assert not any(has_form(rec, s.speaker, "كريم داوود") for s in rec.statements), speakers(rec)


def test_a_joined_verb_after_no_verb_of_saying_is_no_statement(nlp) -> None:
    # the subject of "زار" is not known to speak: the joined verb's object pronoun alone opens nothing
    rec = run(nlp, "وزار رئيس الوزراء الكيني صامويل أوتينو المعسكر واتهمها الجنود بالتقصير.")
    assert all(normalize(s.cue_lemma) != normalize("اتهم") for s in rec.statements), speakers(rec)


def test_a_noun_with_the_last_speakers_pronoun_before_anna_is_a_subject_of_its_own(nlp) -> None:
    # "وأعلن حزبه أنه", "بينما أكد جاره أن": his party, his neighbour speaks, not he; "وصف مسيرته بأنها" is his object
    rec = run(nlp, "وقال المرشح كريم داوود إن النتائج مزورة. وأعلن فريقه القانوني أنه سيطعن أمام المحكمة.")
    assert all(normalize(s.cue_lemma) != normalize("أعلن") for s in rec.statements), speakers(rec)
    rec = run(nlp, "وقال المرشح كريم داوود إن النتائج مزورة، ووصف حملته بأنها انتصار للشعب.")
    assert any(normalize(s.cue_lemma) == normalize("وصف") for s in rec.statements), speakers(rec)


def test_the_premiership_and_the_forming_of_the_government_are_no_target(nlp) -> None:
    # "تشكيل الحكومة", "رئاسة الحكومة": the act of forming it and the office of its head, no party spoken about
    rec = run(nlp, "وقالت الحكومة إن الوضع مستقر. وقال المحلل سامر الخطيب إن تشكيل الحكومة سيستغرق أشهرا "
                   "وإن الحزب لا يطمح إلى رئاسة الحكومة.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "سامر الخطيب"))
    assert not st.about, [label(rec, k) for k in st.about]


@pytest.mark.parametrize("name, text, speaker, lemma, content, about, via", CASES, ids=[c[0] for c in CASES])
def test_statement_construction(nlp, name, text, speaker, lemma, content, about, via) -> None:
    rec = run(nlp, text)
    assert rec.statements, "no statement found"
    # the speaker's statement of this cue (a speaker may say more than one thing in the sentence)
    by_speaker = [s for s in rec.statements if has_form(rec, s.speaker, speaker)]
    assert by_speaker, f"speaker {speaker} not found among {speakers(rec)}"
    st = next((s for s in by_speaker if normalize(s.cue_lemma) == normalize(lemma)), by_speaker[0])
    assert normalize(st.cue_lemma) == normalize(lemma)
    assert content in st.quote
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    for a in about:
        assert normalize(a) in about_forms, f"{a} not among the targets"
    via_forms = [normalize(f) for k in st.via for f in rec.entities[k].forms | {rec.entities[k].label}]
    for v in via:
        assert normalize(v) in via_forms, f"{v} not among the intermediaries"


def test_a_share_of_a_group_after_a_joined_verb_is_its_own_subject(nlp) -> None:
    # "وأيد 60 في المئة من الناخبين التعديل": a share of a group is the verb's subject, not the last speaker
    rec = run(nlp, "وقال وزير الداخلية سمير حداد إن الاستفتاء جرى بهدوء. وأيد 60 في المئة من الناخبين "
                   "التعديل الدستوري.")
    assert not any(normalize(s.cue_lemma) == normalize("أيد") and has_form(rec, s.speaker, "سمير حداد")
                   for s in rec.statements), speakers(rec)


def test_an_epithet_of_the_body_that_speaks_is_no_part_of_what_it_said(nlp) -> None:
    # "أعلن المجلس الحاكم في البلد، مساء الأحد، X": "ruling in the country" describes the body, no content nor target
    rec = run(nlp, "وأعلن الحزب الحاكم في بوليفيا، مساء الأحد، تعليق مشاركته في الحكومة.")
    st = rec.statements[0]
    assert normalize(st.quote).startswith(normalize("تعليق مشاركته")), st.quote
    assert not any(label(rec, k) == "بوليفيا" for k in st.about)


def test_a_person_after_according_to_what_is_a_speaker_not_an_intermediary(nlp) -> None:
    rec = run(nlp, "وقال النائب ناصر حداد إن مصنع الإسمنت في طرابلس سيغلق نهاية الشهر، حسب ما قال وزير الصناعة كمال سعيد.")
    assert sorted(speakers(rec)) == sorted(["ناصر حداد", "كمال سعيد"]), speakers(rec)
    assert all(s.via == [] for s in rec.statements)


def test_the_source_of_an_opening_according_to_relays_no_statement_joined_after_its_clause(nlp) -> None:
    # "بحسب X، <clause>، وهو ما انتقده Y": X reports the clause, Y says his own words, X relays none of them
    rec = run(nlp, "وبحسب صحيفة الأهرام، ارتفعت أسعار الخبز في القاهرة بنسبة كبيرة هذا الأسبوع، وهو ما انتقده "
                   "النائب سامر الخطيب بشدة.")
    assert speakers(rec) == ["الاهرام", "سامر الخطيب"], speakers(rec)
    assert all(s.via == [] for s in rec.statements)
    # "بحسب X، قال Y إن": X relays Y's words, and reports nothing of its own
    rec = run(nlp, "وبحسب وكالة رويترز، قال وزير المالية كمال العياري إن الأسعار سترتفع.")
    assert speakers(rec) == ["كمال العياري"] and rec.statements[0].via, speakers(rec)


def test_the_agency_of_a_dateline_relays_no_statement(nlp) -> None:
    # "القاهرة (رويترز) - قال X": the tag names who wrote the article; "، بحسب وكالة رويترز" still relays
    rec = run(nlp, "القاهرة (رويترز) - قال وزير المالية المصري كمال العياري يوم الأحد إن الأسعار سترتفع.")
    assert speakers(rec) == ["كمال العياري"] and rec.statements[0].via == [], [s.via for s in rec.statements]
    rec = run(nlp, "وقال وزير المالية المصري كمال العياري إن الأسعار سترتفع، بحسب وكالة رويترز.")
    assert speakers(rec) == ["كمال العياري"] and rec.statements[0].via, speakers(rec)


def test_a_pronoun_after_the_relaying_outlet_names_the_last_speaker(nlp) -> None:
    # "ونقلت وكالة X عنه قوله إن": عنه past the outlet takes back the person who spoke last; the outlet relays
    rec = run(nlp, "وقال وزير الزراعة نبيل السعدي إن المحصول جيد هذا العام. "
                   "ونقلت صحيفة النهار اليومية عنه قوله إن الصادرات «ستتضاعف قريبا».")
    st = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("نقل"))
    assert label(rec, st.speaker) == normalize("نبيل السعدي"), speakers(rec)
    assert "ستتضاعف" in st.quote and st.via, [label(rec, v) for v in st.via]


def test_a_spokesman_in_its_name_after_the_relay_speaks_for_the_body_before(nlp) -> None:
    # "انتقدت المنظمة X، ونقلت الوكالة عن متحدث باسمها قوله": باسمها takes back the body that spoke before
    rec = run(nlp, "وانتقدت منظمة العفو الدولية قانون الجمعيات، ونقلت صحيفة النهار عن متحدث باسمها قوله "
                   "إن \"العمل الأهلي لا يحتمل مزيدا من القيود\".")
    st = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("نقل"))
    assert has_form(rec, st.speaker, "منظمة العفو الدولية"), speakers(rec)
    assert "لا يحتمل" in st.quote and st.via, [label(rec, v) for v in st.via]


def test_an_agency_relays_only_the_statement_of_its_own_clause(nlp) -> None:
    # "قال X لوكالة Y إن ...، فيما أكد Z أن": the agency was told the first clause only
    rec = run(nlp, "وقال مزارعون في الريف لوكالة فرانس برس إن الجفاف أتلف المحاصيل، فيما أكد وزير الزراعة "
                   "نبيل السعدي أن الدولة ستعوض المتضررين.")
    first = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("قال"))
    second = next(s for s in rec.statements if label(rec, s.speaker) == normalize("نبيل السعدي"))
    assert first.via and second.via == [], [[label(rec, v) for v in s.via] for s in rec.statements]
    # "انتقد X القرار، ونقلت وكالة Y عن Z قوله": the agency of the next clause relays nothing of the first
    rec = run(nlp, "وانتقد النائب سامر الخطيب القرار، ونقلت وكالة رويترز عن وزير المالية كمال العياري قوله "
                   "إن الأسعار سترتفع.")
    first = next(s for s in rec.statements if label(rec, s.speaker) == normalize("سامر الخطيب"))
    second = next(s for s in rec.statements if label(rec, s.speaker) == normalize("كمال العياري"))
    assert first.via == [] and second.via, [[label(rec, v) for v in s.via] for s in rec.statements]


def test_unnamed_press_that_relays_is_no_intermediary(nlp) -> None:
    # "..., وفق ما نقلته صحف محلية": newspapers the text does not name relay no one the reader can trace
    rec = run(nlp, "وأعلن وزير المالية سمير حداد أن الحكومة سترفع أسعار الوقود الشهر المقبل، وفق ما نقلته صحف محلية.")
    assert "سمير حداد" in speakers(rec), speakers(rec)
    assert all(s.via == [] for s in rec.statements), [[label(rec, v) for v in s.via] for s in rec.statements]


def test_several_speakers_share_one_cue(nlp) -> None:
    rec = run(nlp, "وأكد رئيس الوزراء الإيطالي ماريو دراغي والمستشار الألماني أولاف شولتس أن الحل في أوكرانيا دبلوماسي.")
    assert len(rec.statements) == 2
    assert len({s.speaker for s in rec.statements}) == 2


def test_continuation_carries_the_previous_speaker(nlp) -> None:
    rec = run(nlp, "وقال رئيس الوزراء الكندي جاستن ترودو إن بلاده ستساعد. وأضاف أن المساعدات ستصل قريبا.")
    assert len(rec.statements) == 2
    assert rec.statements[0].speaker == rec.statements[1].speaker
    assert "المساعدات" in rec.statements[1].quote


def test_a_colon_headline_stops_before_its_second_side(nlp) -> None:
    rec = run(nlp, "شولتس: أوروبا تواجه شتاء صعبا.. ووارسو تطالب بعقوبات أشد على موسكو\n"
                   "وقال المستشار الألماني أولاف شولتس إن الوضع صعب.")
    first = rec.statements[0]
    assert "شتاء صعبا" in first.quote and "وارسو" not in first.quote, first.quote
    # what another side backs is the speaker's claim about it: "فلان: ... وY تدعم الانفصاليين"
    rec = run(nlp, "بلينكن: ملتزمون بأمن أوروبا وموسكو تدعم الانفصاليين\nوقال الوزير إن الوضع صعب.")
    assert "تدعم الانفصاليين" in rec.statements[0].quote, rec.statements[0].quote


def test_the_participle_after_a_judges_order_is_the_judges(nlp) -> None:
    rec = run(nlp, "وأكد وزير العدل أن التحقيق مستمر. وأمر قاضي محكمة الاستئناف في باريس جان ميشال لوران "
                   "بتوقيف المتهمين، معتبرا أن الأدلة كافية.")
    deeming = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("اعتبر"))
    assert label(rec, deeming.speaker) == normalize("جان ميشال لوران"), speakers(rec)


def test_a_capital_taken_up_by_an_object_pronoun_is_no_target_itself(nlp) -> None:
    rec = run(nlp, "وتوترت العلاقات بين الجزائر والمغرب منذ أشهر. واستدعت وزارة الخارجية الجزائرية سفيرها لدى "
                   "الرباط للتشاور، متهمة إياها بالتحريض على العنف.")
    charge = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("اتهم"))
    assert [label(rec, k) for k in charge.about] == [normalize("المغرب")], charge.about


def test_an_object_pronoun_stands_for_no_platform_nor_place_of_exile(nlp) -> None:
    # "كتب على «منصة» أن ...، داعيا إياها": the platform posted on and the country one lives in are no party called on
    rec = run(nlp, "وكتب المعارض الكيني البارز جون موانغي، الذي يعيش في المنفى في كندا، على «تويتر» أن الرئيسة "
                   "الجديدة أمام امتحان صعب، داعيا إياها إلى الإفراج عن المعتقلين.")
    call = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("دعا"))
    assert not {label(rec, k) for k in call.about} & {normalize("تويتر"), normalize("كندا")}, call.about


def test_the_group_called_on_before_a_quoted_call_in_a_second_clause(nlp) -> None:
    rec = run(nlp, "ورحب زعيم المعارضة البيروفي خوان تورريس بالقرار، وناشد المزارعين «الحفاظ على الهدوء».")
    call = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("ناشد"))
    assert "المزارعين" in call.quote and "الحفاظ على الهدوء" in call.quote, call.quote
    assert [label(rec, k) for k in call.about] == [normalize("المزارعين")], call.about


def test_an_aside_past_the_comma_the_speakers_phrase_took_is_no_content(nlp) -> None:
    # "حث X، وهو ...، الشباب على": the speaker's phrase may end past its comma; the aside about the speaker
    # that opens there is still no part of the object
    rec = run(nlp, "وحث رئيس الوزراء الأردني، وهو ضابط سابق تولى الحكم عام 2010، المتظاهرين على الهدوء.")
    assert [s.quote for s in rec.statements] == ["المتظاهرين على الهدوء."]


def test_a_participle_of_calling_with_a_place_as_its_object_opens_the_call(nlp) -> None:
    # "، داعية إثيوبيا إلى": a place after the participle, then the preposition it governs: a call, not a noun
    # the place stands in apposition to ("، مدينة حمص"); what was said before ends at its comma
    rec = run(nlp, 'وقالت وزيرة الخارجية الكينية إن القرار "ليس مزحة"، داعية إثيوبيا إلى مراجعة موقفها.')
    assert [(normalize(s.cue_lemma), s.quote) for s in rec.statements] == \
        [(normalize("قال"), "القرار \"ليس مزحة\""), (normalize("دعا"), "إثيوبيا إلى مراجعة موقفها.")]


def test_a_participle_of_justifying_after_a_comma_ends_what_was_said_before(nlp) -> None:
    # "، مبررة ذلك بـ": the participle of برر after a comma says the reason given, a statement of its own
    rec = run(nlp, "وأعلنت وزارة التجارة الكينية وقف استيراد الدواجن، مبررة ذلك بانتشار إنفلونزا الطيور.")
    assert [(normalize(s.cue_lemma), s.quote) for s in rec.statements] == \
        [(normalize("أعلن"), "وقف استيراد الدواجن"), (normalize("برر"), "ذلك بانتشار إنفلونزا الطيور.")]


@pytest.mark.parametrize("text", [
    "وردد المتظاهرون هتافات مؤيدة للحكومة ورفعوا الأعلام حتى الصباح.",
    "وردد المتظاهرون هتافات مؤيدة للحكومة، وأحرقوا الإطارات في الشوارع.",
])


def test_a_second_deed_of_a_plural_subject_ends_the_object(nlp, text: str) -> None:
    # "ردد X هتافات ...، ورفعوا الأعلام": و and a past verb of the plural subject, a deed, not what was chanted
    rec = run(nlp, text)
    assert [s.quote for s in rec.statements] == ["هتافات مؤيدة للحكومة"]


def test_a_place_after_في_right_past_the_speaker_is_no_part_of_the_object(nlp) -> None:
    # "ردد X في نيروبي هتافات ...": where it was done, with no comma after the place, then the object
    rec = run(nlp, "وردد المتظاهرون في نيروبي هتافات مؤيدة للحكومة.")
    assert [s.quote for s in rec.statements] == ["هتافات مؤيدة للحكومة."]


def test_no_speaker_no_statement(nlp) -> None:
    rec = run(nlp, "وقال إن الوضع هادئ.")
    assert rec.statements == []


def test_offsets_point_into_the_text(nlp) -> None:
    text = "وقال الرئيس السنغالي ماكي سال إن الوضع خطير في مالي."
    rec = run(nlp, text)
    st = rec.statements[0]
    assert text[st.cue_span[0]:st.cue_span[1]] == "قال"
    assert text[st.quote_span[0]:st.quote_span[1]] == st.quote
    assert "ماكي سال" in text[st.speaker_span[0]:st.speaker_span[1]]


def test_stance_follows_the_speech_act(nlp) -> None:
    rec = run(nlp, "وأدانت مصر الهجوم على المدنيين في ليبيا. ورحبت تونس بالاتفاق بين الأطراف الليبية.")
    stances = {label(rec, s.speaker): s.stance for s in rec.statements}
    assert stances[normalize("مصر")] == "negative"
    assert stances[normalize("تونس")] == "positive"


MORE_CASES = [
    # (construction, text, speaker, cue lemma, content must contain, about, via, stance)
    # "قال X لوكالة Y إن ... . وأضاف أن": the speaker carried on goes on speaking to the same outlet
    ("the outlet of the statement before carried on with its speaker",
     "وقال وزير الخارجية كريم داوود لوكالة رويترز إن بلاده لن تتراجع. وأضاف أن المفاوضات ستستمر.",
     "كريم داوود", "أضاف", "المفاوضات ستستمر", [], ["رويترز"], "neutral"),
    ("a definite source noun refers back to an unnamed source that has it as adjective",
     "وقال مصدر دبلوماسي أوروبي إن المحادثات متعثرة. وأوضح الدبلوماسي أن المفاوضين سيعودون إلى طاولة الحوار.",
     "مصدر دبلوماسي أوروبي", "أوضح", "المفاوضين سيعودون", [], [], "neutral"),
    ("a one-word bare title names the one person named before with a title opening with that word",
     "والتقى الرئيس الأمريكي جو بايدن أمس وزير الخارجية الأردني أيمن الصفدي. وقال مسؤول إن الزيارة ناجحة. "
     "وأكد الوزير أن العلاقات بين البلدين جيدة.",
     "أيمن الصفدي", "أكد", "العلاقات بين البلدين", [], [], "positive"),
    ("a fronted phrase of reply with no comma: the verb after it goes on with the speaker before",
     "وقال وزير الخارجية الأردني أيمن الصفدي إن الحوار هو الحل. وردا على سؤال حول العقوبات أوضح أنها غير مجدية.",
     "أيمن الصفدي", "أوضح", "غير مجدية", [], [], "negative"),
    ("a fronted phrase of reply closed by a comma: the verb after it goes on with the speaker before",
     "وقال وزير الخارجية الأردني أيمن الصفدي إن الحوار هو الحل. وفي معرض ردوده على الأسئلة، أكد أن العقوبات غير مجدية.",
     "أيمن الصفدي", "أكد", "العقوبات غير مجدية", [], [], "negative"),
    ("a negation carrying و joins its verb to the speaker before: did not rule out",
     "وقال وزير الخارجية الأردني أيمن الصفدي إن الحوار هو الحل. ولم يستبعد أن تفرض عقوبات جديدة.",
     "أيمن الصفدي", "استبعد", "عقوبات جديدة", [], [], "negative"),
    ("according to a definite source noun: the unnamed source that spoke before",
     "وقال مسؤول أمني إن الطريق أغلق بعد الانفجار. وبحسب المسؤول، فإن الشرطة وصلت إلى المكان.",
     "مسؤول أمني", "بحسب", "الشرطة وصلت", [], [], "neutral"),
    ("in the words of a definite source noun: the unnamed source that spoke before",
     "وقال مسؤول أمني إن الطريق أغلق بعد الانفجار. والشرطة وصلت إلى المكان بعد ساعة، على حد تعبير المسؤول.",
     "مسؤول أمني", "على حد", "الشرطة وصلت", [], [], "neutral"),
    ("SVO person", "الرئيس الأمريكي جو بايدن قال إن روسيا ارتكبت جرائم حرب في أوكرانيا.",
     "جو بايدن", "قال", "ارتكبت جرائم حرب", ["روسيا", "أوكرانيا"], [], "negative"),
    ("preposed quote", "«لن نتراجع عن دعم الشعب الفلسطيني»، قال وزير الخارجية التركي هاكان فيدان.",
     "هاكان فيدان", "قال", "لن نتراجع", ["الشعب الفلسطيني"], [], "positive"),
    ("unbalanced quote", "وقال رئيس الوزراء العراقي محمد شياع السوداني: \"إن الحكومة ماضية في الإصلاحات",
     "محمد شياع السوداني", "قال", "ماضية في الإصلاحات", [], [], "positive"),   # the prime minister's own government
    ("according to, after the clause", "وقتل عشرة مدنيين في قصف على مدينة حلب، وفقا لوكالة الأنباء السورية سانا.",
     "سانا", "وفق", "قتل عشرة مدنيين", ["حلب"], [], "neutral"),
    ("participle continuation", "ورحبت قطر بالاتفاق بين الطرفين، مؤكدة أن الحوار هو السبيل الوحيد لحل الأزمة في السودان.",
     "قطر", "أكد", "الحوار هو السبيل الوحيد", ["السودان"], [], "neutral"),
    ("praise", "وأشاد الملك عبد الله الثاني بجهود مصر في التوصل إلى الهدنة.",
     "عبد الله الثاني", "أشاد", "بجهود مصر", ["مصر"], [], "positive"),
    ("statement issued, then continued", "وأعلن الكرملين في بيان أن المحادثات كانت بناءة. وجاء في البيان أن الطرفين اتفقا على مواصلة الاتصالات.",
     "الكرملين", "جاء", "اتفقا على مواصلة", [], [], "neutral"),
    ("negative target group", "واتهم وزير الداخلية الباكستاني محسن نقوي الإرهابيين بتنفيذ الهجوم على مسجد في بيشاور.",
     "محسن نقوي", "اتهم", "الإرهابيين", ["الإرهابيين"], [], "negative"),
    ("colon headline", "أردوغان للصحفيين: تركيا ستواصل محادثات الانضمام إلى الاتحاد الأوروبي\n\nقال الرئيس التركي إن بلاده مستعدة.",
     "أردوغان", ":", "ستواصل محادثات", ["تركيا"], [], "positive"),   # a speaker speaks for their own country
    ("one-line colon item with no headline", "وزارة المالية التونسية: سنخفض الضرائب على الشركات الصغيرة",
     "وزارة المالية التونسية", ":", "سنخفض الضرائب", [], [], "neutral"),   # one line is body, a subheading's shape
    # a subject inside the quoted words does not go on after the quote closes: the one quoted does
    ("participle after a quote that names a group", "وقال وزير الزراعة الغاني برايت ووسي: «سنزيد الدعم للمزارعين. "
     "وقد أعلن التجار أنهم سيخفضون الأسعار»، مؤكدا أن وزارته ستراقب الأسواق.",
     "برايت ووسي", "أكد", "ستراقب الأسواق", [], [], "neutral"),
    ("next sentence after a quote that names a group", "وقال وزير الزراعة الغاني برايت ووسي: «سنزيد الدعم للمزارعين. "
     "وقد أعلن التجار رفضهم للضريبة». وأضاف أن وزارته ستراقب الأسواق.",
     "برايت ووسي", "أضاف", "ستراقب الأسواق", [], [], "neutral"),
    ("on the tongue of", "وأكدت ماليزيا على لسان وزير خارجيتها محمد حسن أن المفاوضات مستمرة مع إندونيسيا.",
     "محمد حسن", "أكد", "المفاوضات مستمرة", ["إندونيسيا"], [], "neutral"),
    ("on the tongue of a named spokesman: the subject before it speaks, he relays",
     "وأكدت وزارة الخارجية الفلبينية، على لسان المتحدثة باسمها ماريا سانتوس، أن الحوار مع فيتنام مستمر.",
     "وزارة الخارجية الفلبينية", "أكد", "الحوار مع فيتنام مستمر", ["فيتنام"], ["ماريا سانتوس"], "neutral"),
    ("participle with its object", "وقال وزير الخارجية الكندي ميلاني جولي إن أوتاوا قلقة، مطالبة الأمم المتحدة بالتحقيق في الحادث.",
     "ميلاني جولي", "طالب", "الأمم المتحدة", ["الأمم المتحدة"], [], "neutral"),
    ("nationality adjective as a target", "وقال وزير الخارجية الأرميني أرارات ميرزويان إن الانتهاكات الأذربيجانية على الحدود خطيرة. "
     "وأضاف أن أذربيجان مطالبة بالحوار.", "أرارات ميرزويان", "قال", "الانتهاكات الأذربيجانية", ["أذربيجان"], [], "negative"),
    ("addressed group", "ودعا رئيس الوزراء الباكستاني شهباز شريف رجال الأعمال إلى الاستثمار في كراتشي.",
     "شهباز شريف", "دعا", "رجال الأعمال", ["رجال الأعمال"], [], "neutral"),
    ("the subject of a sentence with no statement carries on", "واستقبلت وزارة الخارجية الكويتية وفدا من البرلمان الأوروبي أمس. "
     "وقالت إن اللقاء تناول العلاقات مع المغرب.", "وزارة الخارجية الكويتية", "قال", "اللقاء تناول", ["المغرب"], [], "neutral"),
    ("given name that is also an ordinary word", "وقال وزير الخارجية الأردني أيمن الصفدي إن الزيارة مهمة. "
     "وأكد كريم الصفدي أن عمان ترحب بالوفد.", "الصفدي", "أكد", "ترحب بالوفد", [], [], "positive"),   # welcoming
    ("sentence subject after a fronted phrase", "على صعيد آخر، استقبلت وزارة الخارجية العمانية وفدا من البرلمان الأوروبي. "
     "وقالت إن اللقاء تناول العلاقات مع اليمن.", "وزارة الخارجية العمانية", "قال", "اللقاء تناول", ["اليمن"], [], "neutral"),
    ("a clause that opens with its subject carries on", "غير أن الرئيس التركي رجب طيب أردوغان تمسك بموقفه. "
     "وقال إن أنقرة لن تتراجع عن شروطها.", "رجب طيب أردوغان", "قال", "لن تتراجع", [], [], "neutral"),
    ("a second verb continues its own sentence's subject", "ميلوني تزور ليبيا وتهدد بوقف تمويل خفر السواحل",
     "ميلوني", "هدد", "بوقف تمويل", [], [], "negative"),
    ("a clause opening with a title the lexicon lacks carries on", "ولكن اليساري الفرنسي جان لوك ميلانشون رفض "
     "العرض بهدوء. وأكد أن الاحتجاجات ستستمر في مرسيليا.", "جان لوك ميلانشون", "أكد", "الاحتجاجات ستستمر",
     ["مرسيليا"], [], "neutral"),
    ("sentence subject after an adjunct", "ومن جهته، استقبل وزير الخارجية القطري محمد الخليفي السفير الفرنسي. "
     "وقال إن العلاقات مع فرنسا متينة.", "محمد الخليفي", "قال", "العلاقات مع فرنسا", ["فرنسا"], [], "positive"),
    ("statements as what was condemned", "واستنكرت وزارة الخارجية الأردنية تصريحات نتنياهو.",
     "وزارة الخارجية الأردنية", "استنكر", "تصريحات نتنياهو", ["نتنياهو"], [], "negative"),
    ("a saying that elaborates a condemnation", "وانتقدت وزارة الخارجية الإسبانية تصريحات أوربان وقالت إنها لا تساعد على الحوار.",
     "وزارة الخارجية الإسبانية", "قال", "لا تساعد", ["أوربان"], [], "negative"),
    ("a bare title by its head word", "وقال وزير الخارجية الياباني يوشيماسا هاياشي إن طوكيو قلقة. "
     "ومن جانبه أكد الوزير الياباني أن المحادثات مع سول ستستمر.", "يوشيماسا هاياشي", "أكد", "المحادثات مع سول", [], [], "neutral"),
    ("a bare head word names the last speaker with that title", "وقال وزير الخارجية الهولندي هانكه بروينز إن الوضع صعب. "
     "وأضاف الوزير الذي يشغل كذلك منصب نائب رئيس الحكومة: \"سنتعاون مع بلجيكا في الموانئ\".", "هانكه بروينز", "أضاف", "سنتعاون مع بلجيكا",
     ["بلجيكا"], [], "positive"),
    ("a bare head word names the last speaker titled after his name", "كما صرح يان ليبافسكي وزير خارجية التشيك "
     "بأن الخطة واقعية. وأضاف الوزير الذي يشرف كذلك على ملف السياحة: \"سنعمل مع كرواتيا على زيادة الرحلات\".", "يان ليبافسكي", "أضاف",
     "سنعمل مع كرواتيا", ["كرواتيا"], [], "positive"),
    ("but he, continuing", "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. ولكنه أكد أن القرار لم يتخذ بعد.",
     "جاستن ترودو", "أكد", "القرار لم يتخذ", [], [], "neutral"),
    ("an unnamed official speaks for the body", "وقال مسؤول بوزارة الصحة الأردنية إن اللقاحات وصلت إلى إربد.",
     "وزارة الصحة الأردنية", "قال", "اللقاحات وصلت", [], [], "neutral"),
    ("each of: the names after كل من are the subjects", "وأعلنت كل من تونس والمغرب أنهما ترفضان الاتفاق الجديد.",
     "المغرب", "أعلن", "ترفضان الاتفاق", [], [], "negative"),   # rejecting the agreement is a negative stance
    ("members of a body speak for it", "وقال أعضاء في البرلمان الأوروبي إن التصويت على الميزانية سيجري الأسبوع المقبل.",
     "البرلمان الأوروبي", "قال", "التصويت على الميزانية", [], [], "neutral"),
    ("members of a body in construct speak for it", "وطالب أعضاء مجلس النواب الأردني بطرد السفير.",
     "مجلس النواب الأردني", "طالب", "بطرد السفير", [], [], "negative"),   # expelling an ambassador is a break
    ("the official named again: the body an unnamed official spoke for",
     "وقال مسؤول بوزارة الصحة الأردنية إن اللقاحات وصلت إلى إربد. وأوضح المسؤول الأردني أن التطعيم يبدأ غدا.",
     "وزارة الصحة الأردنية", "أوضح", "التطعيم يبدأ غدا", [], [], "neutral"),
    ("the source named again past a phrase of what it was asked about",
     "واعتبر مسؤول مغربي أن المفاوضات كانت مثمرة. وقال المسؤول المغربي حول نتائج الجولة، إن الاتفاق بات قريبا.",
     "مسؤول مغربي", "قال", "الاتفاق بات قريبا", [], [], "neutral"),
    ("the official named again: the titled person who spoke last",
     "وأعلن وزير الزراعة التونسي كمال العياري أن المحصول وفير. وأضاف المسؤول التونسي أن الصادرات سترتفع.",
     "كمال العياري", "أضاف", "الصادرات سترتفع", [], [], "neutral"),
    ("unnamed sources speaking to an agency", "وقالت مصادر أمنية عراقية لوكالة رويترز إن الهجوم في الموصل أسفر عن مقتل جنود.",
     "مصادر أمنية عراقية", "قال", "الهجوم في الموصل", ["الموصل"], ["رويترز"], "neutral"),
    ("a clause of names and a verb is what was said", "وقال رئيس الوزراء الهندي ناريندرا مودي إن الهند تدعم الحكومة الصومالية.",
     "ناريندرا مودي", "قال", "الهند تدعم", ["الحكومة الصومالية"], [], "positive"),
    ("unnamed sources as a group", "وقالت مصادر طبية في غزة إن عشرين شخصا أصيبوا في القصف.",
     "مصادر طبية في غزة", "قال", "عشرين شخصا", [], [], "neutral"),
    ("two unnamed party cadres (the dual of قياديون) with a dual nationality",
     "قال قياديان سودانيان إن الحزب سيقاطع الانتخابات المقبلة.",
     "قياديان سودانيان", "قال", "سيقاطع الانتخابات", [], [], "neutral"),
    ("one of the party cadres: أحد and the plural",
     "وصرح أحد القياديين في الجبهة بأن الحزب سيقاطع الانتخابات المقبلة.",
     "القياديين", "صرح", "سيقاطع الانتخابات", [], [], "neutral"),
    ("another spokeswoman: أخرى between the title and باسم, the body speaks",
     "وقالت متحدثة أخرى باسم وزارة الصحة إن عدد المصابين ارتفع إلى ثلاثين.",
     "وزارة الصحة", "قال", "عدد المصابين ارتفع", [], [], "neutral"),
    ("a plural participle goes on with the body its plural title holders spoke for",
     "وأشاد سفراء الاتحاد الأفريقي بجهود الوسيط، مثمنين دوره في وقف القتال.",
     "الاتحاد الأفريقي", "ثمن", "وقف القتال", [], [], "positive"),
    ("a preposition with a pronoun between the verb and its subject: وقال لنا فلان",
     "وقال لنا المدرب البرتغالي جوزيه مورينيو إن الفريق سيتعافى قريبا.",
     "جوزيه مورينيو", "قال", "الفريق سيتعافى", [], [], "neutral"),
    ("وقال عنه and an unnamed source",
     "وقال عنه مسؤول سوداني إن المفاوضات ستستأنف الأسبوع المقبل.",
     "مسؤول سوداني", "قال", "المفاوضات ستستأنف", [], [], "neutral"),
    ("the writer of a text described by a relative verb with its pronoun (كتبه), then a verb with فيه after a comma",
     "وفي تحليل كتبه المحلل المغربي رامي فارس في مجلة المساء، انتقد فيه سياسة الحكومة الجزائرية.",
     "رامي فارس", "انتقد", "سياسة الحكومة", ["الحكومة الجزائرية"], [], "negative"),
    ("an unnamed ordinary person (a citizen, a woman, a child) as the subject speaks as a group of its kind",
     "وقالت مواطنة من المدينة إن الكهرباء مقطوعة منذ ثلاثة أيام.",
     "مواطنة", "قال", "الكهرباء مقطوعة", [], [], "neutral"),
    ("an unnamed person before the verb (SVO after كما) with آخر/أخرى",
     "كما أشار طفل آخر إلى أن المدرسة أغلقت أبوابها منذ شهر.",
     "طفل", "أشار", "المدرسة أغلقت", [], [], "neutral"),
    ("casting the blame: ألقى with its subject first and المسؤولية/باللوم على whom it blames",
     "وألقت وزارة الداخلية الليبية باللوم على المهربين في غرق القارب قبالة السواحل.",
     "وزارة الداخلية الليبية", "ألقى باللائمة", "المهربين", [], [], "negative"),
    ("a portrait: a pronoun verb before anyone has spoken, with the one person the article has named",
     "ولد الرسام كريم عواد في حلب عام 1960. ودرس الفنون في روما. يقول: « اللون عندي لغة أولى ».",
     "كريم عواد", "قال", "اللون عندي لغة أولى", [], [], "neutral"),
    ("a verbal attack: شنّ with a person as subject and هجوما على",
     "وشن رئيس الوزراء الكندي جاستن ترودو هجوما لاذعا على الحكومة الهندية بسبب مقتل ناشط.",
     "جاستن ترودو", "شن", "هجوما لاذعا", ["الحكومة الهندية"], [], "negative"),
    ("a demonstrative in a statement naming no party takes up the parties of the same speaker's statement before",
     "وصرح أنطونيو تاياني بأن روسيا تهدد أمن القارة. وأضاف أن ذلك مؤسف جدا.",
     "أنطونيو تاياني", "أضاف", "ذلك مؤسف", ["روسيا"], [], "negative"),
    ("the one said about, after عن, is what the complementizer's pronoun stands for",
     "وصرح بيدرو سانشيز عن الاتحاد الأوروبي بأنه شريك موثوق.",
     "بيدرو سانشيز", "صرح", "شريك موثوق", ["الاتحاد الأوروبي"], [], "positive"),
    ("the report named before speaks for its issuer (a statement gave it one); the verb agrees with the report",
     "ونشرت منظمة الشفافية الدولية تقريرا عن الفساد في كينيا.\nوأشار التقرير إلى أن الرشوة تنتشر في الموانئ.",
     "منظمة الشفافية الدولية", "أشار", "الرشوة تنتشر", [], [], "negative"),
    ("the report named indefinite with its issuer after صادر عن, then the report again",
     "وكشف تقرير صادر عن البنك الدولي أن النمو تباطأ في كينيا.\nوأرجع التقرير هذا التباطؤ إلى أن الاستثمار تراجع.",
     "البنك الدولي", "أرجع", "الاستثمار تراجع", [], [], "neutral"),
    # the cue's object between the verb and a quote, tied to it by بـ / بأنه / مسؤولية: a target though the
    # content is the quote alone
    ("the one charged before the quoted charge is a target",
     "واتهم الرئيس الكولومبي غوستافو بيترو واشنطن بـ\"التدخل في شؤون المنطقة\".",
     "غوستافو بيترو", "اتهم", "التدخل في شؤون المنطقة", ["واشنطن"], [], "negative"),
    ("the one described before the quoted description is a target",
     "ووصف رئيس الوزراء الكندي مارك كارني قرار واشنطن بأنه \"خطأ فادح\".",
     "مارك كارني", "وصف", "خطأ فادح", ["واشنطن"], [], "negative"),
    # a bare title right after the speaker's name, with no comma, that the text gave another person before: the
    # verb's object, that person (no second title of the speaker's)
    ("another's title right after the speaker's name is the object",
     "وصل رئيس الوزراء الكندي مارك كارني إلى لندن أمس.\nوحث الرئيس الفرنسي إيمانويل ماكرون رئيس الوزراء الكندي "
     "على زيادة الإنفاق العسكري.",
     "إيمانويل ماكرون", "حث", "زيادة الإنفاق العسكري", ["مارك كارني"], [], "neutral"),
    ("another's title, feminine, right after the speaker's name is the object",
     "رفض البرلمان النيوزيلندي خطة رئيسة الوزراء جاسيندا أرديرن.\nوطالب زعيم المعارضة كريستوفر لوكسون "
     "رئيسة الوزراء بالاستقالة فورا.",
     "كريستوفر لوكسون", "طالب", "بالاستقالة فورا", ["جاسيندا أرديرن"], [], "negative"),
    ("a participle of manner after a quote and a comma: the quantified group after it is its object",
     "وقال الوزير كمال يوسف: «المناصب تأتي وتذهب»، داعيا جميع المواطنين إلى \"الهدوء والحوار\".",
     "كمال يوسف", "دعا", "الهدوء والحوار", [], [], "neutral"),
    ("an imperfect dual after two sides joined by و: each speaks",
     "مصر والأردن يطالبان مجلس الأمن بالتدخل لوقف القتال",
     "الأردن", "طالب", "مجلس الأمن بالتدخل", [], [], "negative"),
    ("what was said ends before the next side named with و glued on and its own verb",
     "وقال الوزير كمال يوسف إن الحل سياسي، وروسيا تصر على أن الحرب مستمرة.",
     "كمال يوسف", "قال", "الحل سياسي", [], [], "neutral"),
    ("اتهم with a name and at once بـ written apart before a quoted charge: the name is the accused",
     "وانتقد النائب سعيد الهاشمي الخطة، واتهم خالد منصور بـ\"تضليل البرلمان\".",
     "سعيد الهاشمي", "اتهم", "تضليل البرلمان", ["خالد منصور"], [], "negative"),
]


@pytest.mark.parametrize("text", [
    "وقال الرئيس الكولومبي غوستافو بيترو أمام البرلمان في بوغوتا \"لن نتراجع عن الإصلاح\".",
    # the town after a speech or a press conference the words were said in (في / من): where, not whom
    "ورد وزير الخارجية الأمريكي ماركو روبيو على الانتقادات في مؤتمر صحفي في طوكيو.",
    "ورفضت رئيسة الوزراء التايلاندية الاتهامات في خطاب متلفز من العاصمة بانكوك.",
])


def test_a_setting_of_the_saying_is_no_target(nlp, text: str) -> None:
    rec = run(nlp, text)
    assert rec.statements and all(not s.about for s in rec.statements)


@pytest.mark.parametrize("name, text, speaker, lemma, content, about, via, stance", MORE_CASES,
                         ids=[c[0] for c in MORE_CASES])


def test_more_constructions(nlp, name, text, speaker, lemma, content, about, via, stance) -> None:
    rec = run(nlp, text)
    st = next((s for s in rec.statements if has_form(rec, s.speaker, speaker)
               and normalize(s.cue_lemma) == normalize(lemma)), None)
    assert st is not None, f"speaker {speaker} with {lemma} not found among {speakers(rec)}"
    assert content in st.quote
    assert text[st.quote_span[0]:st.quote_span[1]] == st.quote
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    for a in about:
        assert normalize(a) in about_forms, f"{a} not among the targets"
    via_forms = [normalize(f) for k in st.via for f in rec.entities[k].forms | {rec.entities[k].label}]
    for v in via:
        assert normalize(v) in via_forms
    assert st.stance == stance


def test_unnamed_single_source_speaks_as_a_group_and_does_not_inherit(nlp) -> None:
    # one unnamed source speaks as a group of its kind (the phrase as written), and never falls to the
    # speaker before it
    rec = run(nlp, "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الحوار. وأكد مصدر مسؤول أن المفاوضات مستمرة.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال"), normalize("أكد")]
    assert rec.entities[rec.statements[1].speaker].type == "Group"
    assert has_form(rec, rec.statements[1].speaker, "مصدر مسؤول")


@pytest.mark.parametrize("text", [
    "وقال مصدر طبي إن المستشفى استقبل عشرة جرحى. وأضاف المصدر أن حالة اثنين منهم خطيرة.",
    "وقالت متحدثة عسكرية إن الدوريات ستستمر. وتابعت المتحدثة أن الحدود مغلقة.",
])


def test_a_definite_source_noun_refers_back_to_the_unnamed_source(nlp, text: str) -> None:
    rec = run(nlp, text)
    assert len(rec.statements) == 2 and rec.statements[0].speaker == rec.statements[1].speaker
    assert rec.entities[rec.statements[0].speaker].type == "Group"


def test_a_definite_source_noun_before_a_name_is_that_person(nlp) -> None:
    rec = run(nlp, "وقال مسؤول أمني إن الطريق مغلق. وأعلن المسؤول في قطاع النقل محمد عبد الله أن الطريق سيفتح غدا.")
    assert speakers(rec)[-1] == normalize("محمد عبد الله")


@pytest.mark.parametrize("text, group", [
    ("وزار الوزير كريم حسن المدينة والتقى المحتجين وقالوا له إنهم لن يغادروا الساحة.", "المحتجين"),
    ("وسألت الصحيفة عددا من السكان فقالوا إن المياه مقطوعة منذ أسبوع.", "السكان"),
])


def test_a_plural_verb_with_no_subject_speaks_for_the_group_before_it(nlp, text: str, group: str) -> None:
    rec = run(nlp, text)
    assert speakers(rec) == [normalize(group)] or has_form(rec, rec.statements[-1].speaker, group)


def test_a_plural_verb_with_a_subject_of_its_own_is_not_the_group_before_it(nlp) -> None:
    rec = run(nlp, "والتقى الوزير المحتجين وقال المزارعون إن المحصول تضرر.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال")]
    assert has_form(rec, rec.statements[0].speaker, "المزارعون")


def test_a_definite_source_noun_refers_back_only_when_what_was_said_follows_it(nlp) -> None:
    rec = run(nlp, "وقال مسؤول أمني إن الطريق مغلق. وأعلن المسؤول في قطاع النقل سامر الدباغي أن الطريق سيفتح غدا.")
    assert len({s.speaker for s in rec.statements if rec.entities[s.speaker].type == "Group"}) == 1
    assert not [s for s in rec.statements if normalize(s.cue_lemma) == normalize("أعلن")
                and rec.entities[s.speaker].type == "Group"]


def test_unnamed_sources_speak_as_a_group_and_do_not_inherit(nlp) -> None:
    rec = run(nlp, "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الحوار. وأكدت مصادر مطلعة أن المفاوضات مستمرة.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال"), normalize("أكد")]
    assert rec.entities[rec.statements[1].speaker].type == "Group"


def test_channel_addressed_is_an_intermediary_not_the_speaker(nlp) -> None:
    rec = run(nlp, "وفي تصريحات لقناة الجزيرة، أكد المتحدث باسم وزارة الخارجية القطرية ماجد الأنصاري أن الوساطة مستمرة.")
    assert len(rec.statements) == 1
    st = rec.statements[0]
    assert label(rec, st.speaker) == normalize("ماجد الأنصاري")
    assert [label(rec, v) for v in st.via] == [normalize("الجزيرة")]


@pytest.mark.parametrize("text, speaker", [
    ("وقال ممثل المنظمة في اليمن أدهم إسماعيل إن الوضع الصحي حرج.", "أدهم إسماعيل"),
    ("ونفى المتحدث باسم التحالف العميد فهد الزهراني هذه الاتهامات.", "فهد الزهراني"),
    ("وأعربت الممثلة الأممية للشؤون الإنسانية ليز غراندي عن قلقها من نقص الوقود.", "ليز غراندي"),
    ("وقالت وزيرة الصحة في الحكومة اليمنية إشراق السباعي لوكالة الأنباء الفرنسية إن الوزارة تعمل مع الشركاء.",
     "إشراق السباعي"),
    # a given name that folds onto a preposition (علي / على)
    ("ونفى المتحدث باسم الحكومة الإيرانية علي بهادري جهرمي صحة هذه الاتهامات.", "علي بهادري جهرمي"),
    # a given name that opens with ل after a body's name and adjective, no remit in ل + a noun
    ("وقالت المتحدثة باسم الحزب الليبرالي ليلى الخطيب إن الحزب سيقاطع الجلسة.", "ليلى الخطيب"),
    # a definite qualifier of the rank ("الركن") before a given name spelled like a nationality adjective
    ("وأكد العميد الركن تركي العنزي أن الدفاعات الجوية اعترضت الصاروخ.", "تركي العنزي"),
    # a middle name that a proclitic reading makes a function word (ب + لا), before a listed given name
    ("ودعا وزير المالية عثمان بلا إبراهيم إلى خفض الإنفاق العام.", "عثمان بلا إبراهيم"),
])


def test_unknown_people_introduced_by_titles(nlp, text: str, speaker: str) -> None:
    rec = run(nlp, text)
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize(speaker)]


@pytest.mark.parametrize("text, speaker", [
    ("ولاحظت سوليدا برانوفي أمام الصحفيين أن الأسعار ارتفعت كثيرا.", "سوليدا برانوفي"),
    ("وقال كوريمان داشوفي بعد لقائه الوزير إن المحادثات كانت مثمرة.", "كوريمان داشوفي"),
])


def test_an_unknown_name_closed_by_a_word_of_circumstance(nlp, text: str, speaker: str) -> None:
    rec = run(nlp, text)
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize(speaker)]


def test_clause_linked_by_fiima_is_a_new_statement(nlp) -> None:
    rec = run(nlp, "واتهمت جماعة الحوثي التحالف بمنع دخول الأدوية، فيما نفى المتحدث باسم التحالف العميد فهد الزهراني "
                   "هذه الاتهامات.")
    assert len(rec.statements) == 2
    assert "نفى" not in rec.statements[0].quote


def test_subject_with_a_relative_clause(nlp) -> None:
    rec = run(nlp, "أردوغان الذي ترأس اجتماعا طارئا قبل يومين، ناشد البنك الدولي، وهو مؤسسة تمولها "
                   "الولايات المتحدة واليابان، دعم بلاده.")
    st = rec.statements[0]
    assert label(rec, st.speaker) == normalize("رجب طيب أردوغان")
    about = {label(rec, a) for a in st.about}
    assert normalize("البنك الدولي") in about
    assert normalize("اليابان") not in about   # the writer's aside, not what was said


@pytest.mark.parametrize("text, speaker", [
    ("وقال المتحدث باسم ائتلاف دولة القانون عقيل الفتلاوي إن قرار المقاطعة يضر بالعملية السياسية.", "عقيل الفتلاوي"),
    ("أما المفوضية العليا المستقلة للانتخابات فأكدت في بيان أن الاستعدادات تجري.", "المفوضية العليا المستقلة للانتخابات"),
    ('"نحن مع أي قرار يحفظ وحدة العراق"، قال رئيس مجلس النواب محمد الحلبوسي في مؤتمر صحفي.', "محمد الحلبوسي"),
    # a statement noun names its issuer
    ("وذكر بيان للرئاسة التونسية أن الرئيس قيس سعيد تلقى رسالة من نظيره السنغالي.", "الرئاسة التونسية"),
    # an ambassador in construct with a state's bare name speaks for that state, no unnamed diplomat
    ("وقال سفير إيطاليا إن الحوار مع طرابلس مستمر.", "إيطاليا"),
    # a linking phrase with no comma before the verb whose subject goes on to "وقال"
    ("من جهة أخرى افتتح وزير الصحة التونسي كمال العياري مستشفى جديدا في صفاقس وقال إنه سيخدم الجنوب.", "كمال العياري"),
    ("وفي سياق متصل زار وزير الصحة التونسي كمال العياري مستشفى قابس وقال إن أشغاله ستنتهي قريبا.", "كمال العياري"),
])


def test_bodies_and_topics_as_speakers(nlp, text: str, speaker: str) -> None:
    rec = run(nlp, text)
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize(speaker)]


def test_unnamed_official_does_not_inherit_the_last_speaker(nlp) -> None:
    # the unnamed ambassador speaks as the phrase that names him, never as the minister who spoke before
    rec = run(nlp, "وقال وزير الخارجية الفرنسي جان نويل بارو إن باريس تدعم الحوار. "
                   "وأشاد السفير الأمريكي في بغداد بجهود المفوضية.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال"), normalize("أشاد")]
    assert has_form(rec, rec.statements[1].speaker, "السفير الأمريكي في بغداد")
    assert rec.entities[rec.statements[1].speaker].type == "Group"


def test_quote_running_over_sentences_hides_its_verbs(nlp) -> None:
    rec = run(nlp, 'وقال المعارض الفنزويلي ليوبولدو لوبيز "هل يسمع أحد صوتنا؟ الوزراء يدعمون الشركات على حساب الفقراء".')
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال")]


def test_plural_with_pronoun_as_collective_speaker(nlp) -> None:
    rec = run(nlp, "ويقول منتقدوه إنه أهدر أموال الميزانية على مشاريع فاشلة.")
    assert len(rec.statements) == 1
    speaker = rec.entities[rec.statements[0].speaker]
    assert speaker.type == "Group" and normalize(speaker.label) == normalize("منتقدوه")


def test_a_dual_verb_after_two_names_has_both_for_speakers(nlp) -> None:
    rec = run(nlp, "وباريس وبرلين تدعوان إلى وقف القتال في السودان.")
    assert sorted(speakers(rec)) == sorted([normalize("باريس"), normalize("برلين")])


@pytest.mark.parametrize("text", [
    "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. لكن دبلوماسيا كبيرا قال إن القرار اتخذ. "
    "وأوضح أن الإعلان سيصدر غدا.",
    "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. وتابع المصدر أن القرار اتخذ.",
    "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. "
    "وقال ضيف الله ضيف أقدم المستشارين لدى البلدية: «الطريق سيفتح قريبا».",
    "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. وذكرت معلومات أن القرار اتخذ.",
])


def test_an_unnamed_subject_ends_the_carry(nlp, text: str) -> None:
    rec = run(nlp, text)
    # the first speaker does not go on; an unnamed diplomat or source speaks as a group of its own
    assert [normalize(s.cue_lemma) for s in rec.statements][0] == normalize("قال")
    assert all(rec.entities[s.speaker].type == "Group" for s in rec.statements[1:])


def test_a_via_phrase_does_not_end_the_carry(nlp) -> None:
    rec = run(nlp, "وأشاد الرئيس الإندونيسي جوكو ويدودو بجهود المتطوعين، وفق ما ذكرت صحف محلية. "
                   "وقال إن بلاده تدعم المتضررين.")
    assert len(rec.statements) == 2 and len({s.speaker for s in rec.statements}) == 1


@pytest.mark.parametrize("text", [
    "وانتقد سياسة الرئيس الأمريكي جو بايدن في الشرق الأوسط.",
    "ووجه التحية للرئيس التركي رجب طيب أردوغان على استضافته المحادثات.",
    # a document noun as subject, a name in its object ("حاجة": a ta marbuta, no object pronoun of a verb)
    "وأكد التقرير حاجة الرئيس السويدي وليام روتو إلى دعم البرلمان.",
])


def test_a_person_in_the_object_is_no_speaker(nlp, text: str) -> None:
    rec = run(nlp, text)
    assert not any(rec.entities[s.speaker].type == "Person" for s in rec.statements)


def test_a_title_whose_first_letter_is_waw_is_no_conjunction(nlp) -> None:
    rec = run(nlp, "واتهم رئيس الوزراء الأسترالي أنتوني ألبانيزي وزير الخارجية الصيني وانغ يي بالمماطلة. "
                   "وقال إن الرسوم ما زالت مرتفعة.")
    assert speakers(rec) == [normalize("أنتوني ألبانيزي")] * 2
    st = rec.statements[0]
    assert normalize("وانغ يي") in {label(rec, a) for a in st.about}


def test_a_place_completing_a_body_is_no_antecedent(nlp) -> None:
    rec = run(nlp, "واشتد الخلاف بين وزارة المالية وحكومة اسكتلندا التي دعت إلى زيادة حصتها من الميزانية.")
    assert not any(label(rec, s.speaker) == normalize("اسكتلندا") for s in rec.statements)


@pytest.mark.parametrize("second", ["وقال الثلاثاء إن القرار نهائي.", "وقال ردا على سؤال إن القرار نهائي.",
                                    "وأضاف عقب لقائه الوفد أن القرار نهائي."])


def test_adverbials_after_the_verb_keep_the_carry(nlp, second: str) -> None:
    rec = run(nlp, "وقال رئيس الوزراء الكندي جاستن ترودو إن الحكومة تدرس العرض. " + second)
    assert len(rec.statements) == 2 and len({s.speaker for s in rec.statements}) == 1


def test_a_group_after_a_verbal_noun_is_its_object_not_its_author(nlp) -> None:
    rec = run(nlp, "ولكن الرئيس التشيلي غابرييل بوريتش تجاهل في مرسوم دعوة المزارعين أي حديث عن الإصلاح الزراعي.")
    assert not any(rec.entities[s.speaker].type == "Group" for s in rec.statements)


@pytest.mark.parametrize("text, person", [
    ("الرئيس التشيلي يطالب بفتح المعابر إلى غزة\n\n"
     "طالب الرئيس التشيلي غابرييل بوريتش اليوم بفتح المعابر أمام قوافل الإغاثة إلى غزة.", "غابرييل بوريتش"),
    # a title completed by a place it does not take in (إقليم + the place, in quote marks in the headline)
    ("رئيس إقليم «الباسك» يطالب بانتخابات مبكرة\n\n"
     "طالب رئيس إقليم الباسك خوسيه غارسيا الاثنين بانتخابات مبكرة في الخريف.", "خوسيه غارسيا"),
    ("رئيس إقليم الباسك يطالب بانتخابات مبكرة\n\n"
     "طالب رئيس إقليم الباسك خوسيه غارسيا الاثنين بانتخابات مبكرة في الخريف.", "خوسيه غارسيا"),
    # the same with a region the gazetteer knows by its bare name
    ("رئيس إقليم أمهرة يطالب بوقف القتال\n\n"
     "طالب رئيس إقليم أمهرة أحمد يوسف الأربعاء بوقف القتال حول المدينة.", "أحمد يوسف"),
    # a bare title before a headline's colon, with or without a space before it
    ("وزير الزراعة الأردني: الموسم المطري واعد\n\n"
     "قال وزير الزراعة الأردني خالد حنيفات إن الموسم المطري واعد هذا العام.", "خالد حنيفات"),
    ("وزير الزراعة الأردني : الموسم المطري واعد\n\n"
     "قال وزير الزراعة الأردني خالد حنيفات إن الموسم المطري واعد هذا العام.", "خالد حنيفات"),
    # the article names him with an honorific before his office: the office is still his title
    ("وزير الزراعة: الموسم المطري واعد\n\n"
     "أكد معالي وزير الزراعة المهندس خالد حنيفات أن الموسم المطري واعد هذا العام.", "خالد حنيفات"),
])


def test_a_headline_bare_title_is_the_person_the_article_gives_it(nlp, text: str, person: str) -> None:
    rec = run(nlp, text)
    assert speakers(rec) == [normalize(person)] * 2


def test_a_headline_bare_title_after_its_verb(nlp) -> None:
    rec = run(nlp, "يطالب الرئيس التشيلي بفتح المعابر إلى غزة\n\n"
                   "طالب الرئيس التشيلي غابرييل بوريتش اليوم بفتح المعابر أمام قوافل الإغاثة إلى غزة.")
    assert speakers(rec) == [normalize("غابرييل بوريتش")] * 2


def test_whom_a_continuing_verb_accuses_is_its_object(nlp) -> None:
    rec = run(nlp, "رئيس الوزراء الباكستاني شهباز شريف يطالب بحوار إقليمي ويتهم مودي بتعطيل المحادثات")
    assert speakers(rec) == [normalize("شهباز شريف")] * 2


def test_an_estimated_number_is_no_statement(nlp) -> None:
    rec = run(nlp, "وقال وزير الداخلية التركي علي يرلي كايا إن أنقرة تستضيف المهاجرين. وتقدر أعدادهم بأكثر من ثلاثة ملايين.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال")]


# (construction, text, the (cue lemma, speaker form) of every statement, in order; None: no speaker is right)
SPEAKER_CHOICE = [
    ("a title with a possessive pronoun takes back the body that spoke earlier in its own sentence, not a person "
     "named before with the bare title and no body",
     "وقال الرئيس كريم داوود إن الاقتراع كان نزيها. وأشادت بعثة الاتحاد الإفريقي لمراقبة الانتخابات بهدوء "
     "الاقتراع، وقال رئيسها إن التصويت جرى بهدوء.",
     [("قال", "كريم داوود"), ("أشاد", "بعثة الاتحاد الإفريقي لمراقبة الانتخابات"),
      ("قال", "بعثة الاتحاد الإفريقي لمراقبة الانتخابات")]),
    ("an aside between commas after a continuing verb's object does not make the object its subject",
     "ورحب الوزير كريم داوود بالمبادرة، وحث الحكومة، في الوقت نفسه، على ضمان حوار جامع.",
     [("رحب", "كريم داوود"), ("حث", "كريم داوود")]),
    ("a nationality adjective of two words inside a title chain does not break it: the name after it speaks",
     "وقال وزير الداخلية الجنوب أفريقي كريم داوود إن الانتخابات نزيهة.",
     [("قال", "كريم داوود")]),
    ("a verb after a comma whose glued object pronoun ends in alif is no participle: the name after it speaks",
     "ونددت المعارضة بالخطوة، ووصفها زعيم الحزب كريم داوود بأنها اعتداء على الديمقراطية.",
     [("ندد", "المعارضة"), ("وصف", "كريم داوود")]),
    ("a participle of manner of the other gender than the last person's own verbs does not go on with him",
     "وقال الوزير كريم داوود إن الحكومة ستفي بوعودها. أما سلمى الحداد، أستاذة القانون، فتعهدت بأن تكون "
     "رئيسة للجميع، مؤكدة أن البلاد ستمضي قدما.",
     [("قال", "كريم داوود")]),
    ("a name after a common noun that follows a bare title is that noun's genitive, not the title's holder: "
     "the holder speaks unnamed",
     "ورفض السفير الفرنسي لدى الأمم المتحدة مقترح لافروف بعقد جلسة طارئة، قائلا إن الوقت غير مناسب.",
     [("رفض", "السفير الفرنسي"), ("قال", "السفير الفرنسي")]),
    ("a common noun between a bare title and a name breaks the title chain: the name is the noun's genitive",
     "وقرر المدعي العام ملاحقة وزير العدل يوسف الحداد قضائيا.",
     []),
    ("a head noun whose genitive is a place stays in the title chain",
     "وقال حاكم ولاية تكساس غريغ أبوت إن الحدود مفتوحة.",
     [("قال", "غريغ أبوت")]),
    ("head nouns inside a title whose genitive is no person or title keep the chain",
     "وأعرب قائد منتخب ألمانيا ولاعب خط وسط نادي تشلسي الإنجليزي توماس مولر عن سعادته بالفوز.",
     [("أعرب", "توماس مولر")]),
    ("a bare title names the last speaker when that title followed his name where he was named",
     "وقرر المدعي العام ملاحقة وزير العدل يوسف الحداد قضائيا. ومن ناحية أخرى، صرح الدكتور سامي العطار وزير "
     "الزراعة بأن المحصول وفير. وأشار إلى أن الأسعار ستنخفض. وقال الوزير إن التصدير سيبدأ قريبا.",
     [("صرح", "سامي العطار"), ("أشار", "سامي العطار"), ("قال", "سامي العطار")]),
    ("a bare title's verb and its participle have a speaker of their own: the one before does not carry on",
     "وقال وزير الخارجية التركي هاكان فيدان إن أنقرة تطلب جلسة طارئة. من جهته رفض السفير البريطاني لدى الأمم "
     "المتحدة مقترح فيدان بعقد جلسة، قائلا إن الوقت غير مناسب. وأضاف أن لندن تفضل الحوار.",
     [("قال", "هاكان فيدان"), ("رفض", "السفير البريطاني"), ("قال", "السفير البريطاني"),
      ("أضاف", "السفير البريطاني")]),
    ("an unnamed holder of a country's office speaks as the phrase that names him, the place he is posted at too",
     "وقال السفير الياباني في عمان إن طوكيو ستقدم منحة جديدة للمدارس.",
     [("قال", "السفير الياباني في عمان")]),
    ("an unnamed holder's verb of saying is his statement: the verb inside what he said makes none of its own",
     "ورأى وزير المالية البلجيكي أن بروكسل ترفض الضرائب الجديدة.",
     [("رأى", "وزير المالية البلجيكي")]),
    ("an unnamed holder before his verb speaks too",
     "والسفير الإيطالي أبلغ الوزير أن روما قلقة من تأخر الشحنات.",
     [("أبلغ", "السفير الإيطالي")]),
    ("an unnamed holder before a relative pronoun speaks in the relative clause",
     "وانتقد النواب تصريحات الوزير البريطاني الذي أكد أن الحكومة لن تتراجع.",
     [("انتقد", "النواب"), ("أكد", "الوزير البريطاني")]),
    ("an unnamed holder known by the place he is posted at alone",
     "وقال السفير في بكين إن المفاوضات التجارية متعثرة.",
     [("قال", "السفير في بكين")]),
    ("a bare title with no country takes up the unnamed holder of that title who spoke last",
     "وقال السفير الياباني في عمان إن طوكيو ستقدم منحة. وأضاف السفير أن المدارس ستستفيد منها.",
     [("قال", "السفير الياباني"), ("أضاف", "السفير الياباني")]),
    ("a title holder the article names is that person wherever the title comes again, no unnamed holder",
     "وقال وزير المالية البلجيكي ماكسيم بريفو إن بروكسل تدعم الحوار. ورأى وزير المالية البلجيكي أن الضرائب "
     "لن ترفع.",
     [("قال", "ماكسيم بريفو"), ("رأى", "ماكسيم بريفو")]),
    ("two titles joined by و are two holders: no one phrase speaks for both",
     "وأكد رئيس البرلمان ورئيس الحكومة اللبنانية التزام لبنان بالقرار.",
     []),
    ("a negated act says nothing but hands its subject on to the next verb",
     "وحذر وزير الدفاع التونسي عماد مميش من التصعيد. وقال مسؤول عسكري إن الجيش مستعد. "
     "ولم يوضح مميش موعد الانسحاب. وأضاف أن الجيش سيرد بقوة.",
     [("حذر", "عماد مميش"), ("قال", "مسؤول عسكري"), ("أضاف", "عماد مميش")]),
    ("a noun before a verb with no conjunction is its own subject: the last speaker does not carry on",
     "وذكرت وكالة الأنباء الأردنية أن الحكومة قررت خفض أسعار الخبز. لكن التجارب الماضية تشير إلى أن الأسعار "
     "سترتفع.",
     [("قرر", "الحكومة")]),   # the government's act in the perfect, the agency passing it on
    ("a definite noun after a verb that never takes a noun object is its subject",
     "وأعلنت وزارة الزراعة المغربية بدء حملة التلقيح. وذكرت الصحف المحلية أن الحملة تأخرت شهرا.",
     [("أعلن", "وزارة الزراعة المغربية"), ("ذكر", "الصحف المحلية")]),   # the press speaks as a group
    ("a sound masculine plural in -ون after a verb is nominative: its subject",
     "وقال رئيس البلدية كمال الزواري إن الطريق سيفتح غدا. وطالب حرفيون بتعويضات عن الخسائر.",
     [("قال", "كمال الزواري"), ("طالب", "حرفيون")]),
    ("the subject of a sentence's opening verb that is no cue goes on to its next verb, before an earlier speaker",
     "وقال رئيس البلدية كمال الزواري إن الطريق سيفتح غدا. ويراقب البنك المركزي الأوروبي ارتفاع التضخم لكنه "
     "أضاف أن النمو سيستمر.",
     [("قال", "كمال الزواري"), ("أضاف", "البنك المركزي الأوروبي")]),
    ("an unnamed source opening the clause before its verb speaks for its body; the name after the verb is the object",
     "مسؤول كبير في وزارة الدفاع البريطانية أبلغ صحيفة الغارديان أن الجنود سيعودون قريبا.",
     [("أبلغ", "وزارة الدفاع البريطانية")]),
    ("an aside in brackets may close the unnamed subject before its verb",
     "مسؤول كبير في وزارة الدفاع البريطانية (طلب عدم ذكر اسمه) أبلغ صحيفة الغارديان أن الجنود سيعودون قريبا.",
     [("أبلغ", "وزارة الدفاع البريطانية")]),
    ("a bare title before its verb is the subject: the name after the verb is the object",
     "قائد القوات الجوية الجديد يعتبر إيران تهديدا للمنطقة.",
     []),
    ("a title word before a verb it does not agree with is no subject of it (a byline)",
     "القاهرة: مساعد المصري ذكرت شركة سيمنس الألمانية، أن أرباحها ارتفعت.",
     [("ذكر", "شركة سيمنس الألمانية")]),
    ("a speech verb after a clause link with a named subject of its own is a new statement, and carries on",
     "قال وزير الخارجية الفرنسي جان إيف لودريان إن الوضع خطير (رويترز) كما دعا مندوب ألمانيا لدى الأمم المتحدة "
     "كريستوف هويسغن مجلس الأمن إلى الاجتماع. وأضاف أن برلين مستعدة للمساعدة.",
     [("قال", "جان إيف لودريان"), ("دعا", "كريستوف هويسغن"), ("أضاف", "كريستوف هويسغن")]),
    ("a woman correspondent in the construct state speaks for her outlet, like a man",
     "وقالت مراسلة قناة العربية إن الاشتباكات مستمرة.",
     [("قال", "قناة العربية")]),
    ("a definite plural source noun takes back the body the unnamed sources before it spoke for",
     "وأفادت مصادر في الجيش أن دورية تعرضت لكمين قرب الحدود، ونفت المصادر وقوع إصابات.",
     [("أفاد", "الجيش"), ("نفى", "الجيش")]),
    ("a woman correspondent before the bare name of her outlet, an unnamed source like a man",
     "وقالت مراسلة الجزيرة إن المحكمة أجلت الجلسة، مشيرة إلى أن الدفاع طلب مهلة.",
     [("قال", "الجزيرة"), ("أشار", "الجزيرة")]),
    ("after a statement of its sentence, a name between a verb joined by و and its complement is the object",
     "وأدانت فرنسا الهجوم على السفارة وطالبت إيران بتقديم اعتذار رسمي.",
     [("أدان", "فرنسا"), ("طالب", "فرنسا")]),
    ("a relative pronoun after a comma has the phrase before the comma for antecedent (an unnamed source: its body)",
     "وغرقت القرى في مياه الفيضانات، طبقا لما أعلنه متحدث باسم الشرطة البنغالية، الذي قال: نحن نعد الجثث. "
     "وأضاف أن الإغاثة تأخرت.",
     [("قال", "الشرطة"), ("أضاف", "الشرطة")]),
    ("a verb that would carry on a speaker must agree in gender with the verb that speaker spoke with",
     "وقال المفكر الأمريكي نعوم تشومسكي إن الحرب خطأ. وتقول إن هذا لن يحدث قبل أجيال.",
     [("قال", "نعوم تشومسكي")]),
    ("a woman speaker carries on with feminine verbs and participles",
     "وقالت وزيرة الخارجية الأمريكية كوندوليزا رايس إن الحل قريب. وأضافت أن المفاوضات ستستمر، مشيرة إلى أن "
     "الاتفاق ممكن.",
     [("قال", "كوندوليزا رايس"), ("أضاف", "كوندوليزا رايس"), ("أشار", "كوندوليزا رايس")]),
    ("a relayed statement's verb agrees with the relay, not with the speaker it quotes",
     "ونقلت وكالة رويترز عن المتحدث باسم الجيش الأردني مصطفى الحياري قوله إن الحدود مغلقة. وأضاف أن الدوريات "
     "مستمرة.",
     [("نقل", "مصطفى الحياري"), ("أضاف", "مصطفى الحياري")]),
    ("a participle form opening its sentence (a heading) has no clause to go on with",
     "وقال وزير الخارجية الأمريكي جون كيري إن الحل سياسي. مطالبة أوروبية وفي بروكسل عقد الوزراء اجتماعا طارئا.",
     [("قال", "جون كيري")]),
    ("a subject, its relative clause, a comma and قد before the verb",
     "وكانت ألمانيا التي وزعت مقترحاتها على بضعة أعضاء في مجلس الأمن، قد قالت إنها لن تتقدم بمشروعها.",
     [("قال", "ألمانيا")]),
    ("the resumptive فيه of a relative clause stands between the verb and its subject",
     "في الوقت الذي أكد فيه وزير الخارجية الإيطالي أنطونيو تاياني أن روما تدعم الحوار، رفضت المعارضة ذلك.",
     [("أكد", "أنطونيو تاياني"), ("رفض", "المعارضة")]),
    ("'، في وقت' (at a time when) with a verb and its named subject after فيه opens a statement of its own",
     "وقال وزير التعليم فادي كرم إن المدارس ستفتح الأسبوع المقبل، في وقت نفى فيه اتحاد المعلمين أي اتفاق مع الوزارة.",
     [("قال", "فادي كرم"), ("نفى", "اتحاد المعلمين")]),
    ("an unknown title in construct with a definite word, then the name and what was said",
     "وقال مدرب المنتخب الألماني هانز فليك إن الفريق جاهز للمباراة.",
     [("قال", "هانز فليك")]),
    ("a verb that takes no noun object has its subject after it, after a clause link too",
     "ورحبت لجنة شؤون اللاعبين بالقائمة بينما يصر الأهلي على أنه لم يخالف اللوائح.",
     [("رحب", "لجنة شؤون اللاعبين"), ("أصر", "الأهلي")]),
    ("a manner participle with no comma before it goes on with its clause's subject",
     "وأوضح الخبير الاقتصادي أمين فارس أن الاقتصاد يحتاج إلى الاستقرار الضروري لنموه لافتا إلى أن الحرب "
     "ستبدد هذا النمو.",
     [("أوضح", "أمين فارس"), ("لفت", "أمين فارس")]),
    ("a participle form right after a verb of being is its predicate, no saying",
     "وقال الشيخ أحمد الطيب إن اللباس التقليدي مهم. والتي تكون لافتة للأنظار في الشوارع.",
     [("قال", "أحمد الطيب")]),
    ("a fronted phrase before the verb is no subject: the continuation goes on",
     "وقال وزير الخارجية الأمريكي جون كيري إن الحل سياسي. وفي هذا السياق أشار إلى أن المحادثات مستمرة.",
     [("قال", "جون كيري"), ("أشار", "جون كيري")]),
    ("a definite noun that heads the last speaker's name refers back to it",
     "وطالبت القوى الديمقراطية والتقدمية بإجراء انتخابات مبكرة. وقالت القوى في بيان إن الحكومة فشلت.",
     [("طالب", "القوى الديمقراطية"), ("قال", "القوى الديمقراطية")]),
    ("a group in the oblique plural (-ين) right after the verb is whom it addresses, even with no one before",
     "وحذر المواطنين الأجانب من السفر إلى المناطق الحدودية.",
     []),
    ("an oblique plural adjective makes the group after a verb of reassuring whom it tells, not who tells",
     "وقال محافظ المدينة سامي الحداد إن الطريق سيفتح غدا. وطمأن السكان المحليين بأن المياه صالحة للشرب.",
     [("قال", "سامي الحداد"), ("طمأن", "سامي الحداد")]),
    ("a group in -ون between a continuing verb and its complement is its subject, not its object",
     "وقال رئيس البلدية كمال الزواري إن الطريق سيفتح غدا. وطالب مستثمرون بتعويضات عن الخسائر.",
     [("قال", "كمال الزواري"), ("طالب", "مستثمرون")]),
    ("an oblique plural group after a verb of saying says it past a phrase of where it was said",
     "وقال مئات المتظاهرين في بيان إنهم سيواصلون الاعتصام أمام البرلمان.",
     [("قال", "مئات المتظاهرين")]),
    ("a definite source noun after a person named before may be that person: no group of its own",
     "التقى الرئيس سمير الحداد وفدا من المستثمرين. وقال المسؤول إن الوفد سيصل غدا.",
     []),
    ("past such a phrase, the oblique plural group after a verb of describing stays its object",
     "ووصف المتظاهرين في بيانه بأنهم مخربون.",
     []),
    ("an agency's tag left at the head of the next sentence is no subject: the speaker before goes on",
     "أعلن وزير الزراعة الأردني كمال الزعبي خطة لدعم مزارعي الأغوار.\n(رويترز) وقال إن الحكومة ستخفض أسعار الأسمدة.",
     [("أعلن", "كمال الزعبي"), ("قال", "كمال الزعبي")]),
    ("a caption opening with a title and its holder's name, then the agency's tag: the holder goes on to the verb",
     "وزيرة الصحة الأردنية ريم الحسن تزور مستشفى في الزرقاء (رويترز) وقالت إن الأدوية متوفرة في المستشفيات.",
     [("قال", "ريم الحسن")]),
    ("a definite class noun of bodies refers back to the last body of its kind named before, one that did not speak",
     "ووقعت الحكومة المصرية عقدا مع سامسونغ لبناء مصنع للهواتف في بني سويف.\nوقالت الشركة إن المصنع سيوفر ألف وظيفة.",
     [("قال", "سامسونغ")]),
    ("the one name between a form of اتّهم and its charge is the accused (or the passive's subject), no accuser",
     "واتهم حزب العمال التونسي بتحريض العمال على الإضراب.",
     []),
    ("...and the subject of the sentence before, which said nothing, goes on as the accuser",
     "وعقدت الحكومة التونسية اجتماعا طارئا.\nواتهم حزب العمال التونسي بتحريض العمال على الإضراب.",
     [("اتهم", "الحكومة التونسية")]),
    ("...and the speaker before goes on as the accuser",
     "وقال وزير الداخلية التونسي كمال الفقي إن الوضع تحت السيطرة.\nواتهم حزب العمال التونسي بتحريض العمال على الإضراب.",
     [("قال", "كمال الفقي"), ("اتهم", "كمال الفقي")]),
    ("دعم joined by و to a verbal noun with its complement is that noun's fellow, no second statement",
     "وقال وزير المالية المغربي فوزي لقجع إن الحكومة ستعمل على تحسين الطرق القروية ودعم صغار الفلاحين.",
     [("قال", "فوزي لقجع")]),
    ("...after a verbal noun with a preposition glued on too",
     "وتعهد وزير المالية المغربي فوزي لقجع بمكافحة التهرب الضريبي ودعم المقاولات الناشئة.",
     [("تعهد", "فوزي لقجع")]),
    ("...but after a verb and its object it is the verb again",
     "وافتتح وزير المالية المغربي فوزي لقجع المعرض ودعم الحرفيين بمنح مالية.",
     [("دعم", "فوزي لقجع")]),
    ("a بـ adverb before the accused and the charge after it: the name before the adverb accuses",
     "واتهم وزير الداخلية التونسي كمال الفقي بوضوح حزب العمال التونسي بتحريض العمال على الإضراب.",
     [("اتهم", "كمال الفقي")]),
    ("two names before the charge: the first accuses the second",
     "واتهم وزير الداخلية التونسي كمال الفقي حزب العمال التونسي بتحريض العمال على الإضراب.",
     [("اتهم", "كمال الفقي")]),
]


@pytest.mark.parametrize("name, text, expected", SPEAKER_CHOICE, ids=[c[0] for c in SPEAKER_CHOICE])
def test_speaker_choice(nlp, name: str, text: str, expected: list[tuple[str, str]]) -> None:
    rec = run(nlp, text)
    assert len(rec.statements) == len(expected), [(s.cue_lemma, label(rec, s.speaker)) for s in rec.statements]
    for st, (lemma, form) in zip(rec.statements, expected):
        assert normalize(st.cue_lemma) == normalize(lemma) and has_form(rec, st.speaker, form), (st.cue_lemma, form)


@pytest.mark.parametrize("text, lemma, said, not_said", [
    # an aside after the speaker whose verbal noun (after عدم) is no new cue: the content is after إن
    ("وقال المتحدث باسم الحكومة الأردنية محمد المومني، مفضلا عدم نشر الأرقام، إن العجز تراجع هذا العام.",
     "قال", "العجز تراجع", "مفضلا"),
    # a news agency's tag ends the report; the next report follows in the same paragraph
    ("قال وزير الخارجية الجزائري أحمد عطاف إن الجزائر تدعم الحوار في مالي (رويترز) وأعلنت الحكومة التشادية "
     "إغلاق حدودها.", "قال", "تدعم الحوار في مالي", "رويترز"),
    ("قال وزير الخارجية الجزائري أحمد عطاف إن الجزائر تدعم الحوار في مالي (د ب أ) وأعلنت الحكومة التشادية "
     "إغلاق حدودها.", "قال", "تدعم الحوار في مالي", "أعلنت"),
    # "أنني": the addressee before a first-person complementizer is not what was said
    ("وقال وزير الخارجية الأردني أيمن الصفدي للصحفيين إنني لن أشارك في الاجتماع.", "قال", "لن أشارك", "للصحفيين"),
    # "تحدث مع X عن": X is whom the speaker talked with, not what was said
    ("وتحدث رئيس الوزراء الإسباني بيدرو سانشيز مع نظيره البرتغالي أنطونيو كوستا عن أزمة المياه في الأندلس.",
     "تحدث", "أزمة المياه", "كوستا"),
    # a nationality after a known company's name describes the speaker: no word of what was said
    ("وأبدت توتال الفرنسية اهتماما كبيرا بحقول الغاز الجديدة قبالة الساحل.", "أبدى", "اهتماما كبيرا", "الفرنسية"),
    # "، غير أن ...": the writer's "however" after a comma sets a fact against what was said, which ends there
    ("وأعلنت وزارة النقل الأردنية تخفيض أسعار تذاكر الحافلات، غير أن الأسعار ارتفعت مجددا في الشهر التالي.",
     "أعلن", "تخفيض أسعار تذاكر الحافلات", "ارتفعت"),
    # the speaker's acronym in brackets, or in quotes closed by a comma, right after its full name: no content
    ("وطالبت منظمة الدول المصدرة للنفط (أوبك) بخفض الإنتاج في الربع المقبل.", "طالب", "بخفض الإنتاج", "أوبك"),
    ("ورحبت منظمة الأغذية والزراعة \"الفاو\"، في بيان، بتوزيع البذور على المزارعين في الريف.",
     "رحب", "بتوزيع البذور", "الفاو"),
    # "، الذي ..." after a person's name, running to the sentence end: the writer's note on who that person is
    ("وقال المحلل الأرجنتيني خوان ميندوزا إن الرئيس الجديد سيضطر إلى التحالف مع رئيس البرلمان كارلوس ريبيرو، "
     "الذي يقود الحزب منذ عقدين.", "قال", "سيضطر إلى التحالف", "يقود الحزب"),
    # a headline's second side: و on a named place and a present verb of its own that says nothing
    ("رئيس الوزراء الإيطالي يدعو إلى وقف استيراد الغاز الجزائري وباريس تستدعي سفيرها من روما\n\n"
     "وقال مصدر حكومي إن الأزمة ستطول.", "دعا", "وقف استيراد الغاز", "باريس"),
])


def test_content_boundaries(nlp, text: str, lemma: str, said: str, not_said: str) -> None:
    rec = run(nlp, text)
    st = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize(lemma))
    assert said in st.quote and not_said not in st.quote


@pytest.mark.parametrize("text", [
    "ويبلغ اللاعب البرازيلي فينيسيوس جونيور من العمر 24 عاما.",             # يبلغ: amounts to, not informs
    "ويعتبر مطار الملكة علياء من أكبر المطارات في المنطقة.",             # يعتبر: is considered
    "وتعد السعودية من أكبر الدول المصدرة للنفط في العالم.",              # تعد: is counted, not promises
    "وتوجه وزير الخارجية الأردني أيمن الصفدي إلى واشنطن في زيارة رسمية.",  # توجه: headed to, not directed
    "وقال وزير الخارجية الأردني أيمن الصفدي إن الحل ممكن. ويعتقد أن الطائرة سقطت بسبب عطل فني.",  # it is believed
])


def test_verbs_read_in_their_other_sense_are_no_cues(nlp, text: str) -> None:
    assert [s for s in run(nlp, text).statements if normalize(s.cue_lemma) != normalize("قال")] == []


@pytest.mark.parametrize("text, lemmas, said", [
    ("ودعا وزير الخارجية المصري سامح شكري إلى وقف إطلاق النار في السودان معتبرا أن الحل العسكري فشل.",
     ["دعا", "اعتبر"], "الحل العسكري فشل"),
    ("وندد وزير الخارجية المصري سامح شكري بالهجوم على المدنيين في السودان مطالبا بتحقيق دولي.",
     ["ندد", "طالب"], "بتحقيق دولي"),
    ("وتوقع وزير المالية الألماني كريستيان ليندنر تباطؤ النمو هذا العام منوها إلى أن الصادرات تراجعت.",
     ["توقع", "نوه"], "الصادرات تراجعت"),
])


def test_a_participle_of_manner_with_no_comma_is_a_second_statement(nlp, text: str, lemmas: list[str], said: str) -> None:
    # news copy often writes "مشيرا إلى أن", "معتبرا أن" with no comma before: the same speaker goes on
    rec = run(nlp, text)
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize(x) for x in lemmas]
    assert said in rec.statements[1].quote and said not in rec.statements[0].quote


@pytest.mark.parametrize("second, lemma", [
    ("ومضى قائلا إن الموسم سيكون أفضل من سابقه.", "مضى"),
    ("وسيكون الموسم المقبل أفضل من سابقه في كل المحافظات، بحسب قوله.", "بحسب"),
    ("وسيكون الموسم المقبل أفضل من سابقه في كل المحافظات، على حد قوله.", "على حد"),
    ("وفي رأيه فإن الموسم المقبل سيكون أفضل من سابقه في كل المحافظات.", "في رأيه"),
    # an accusative participle of manner opening the next sentence: a full stop written for a comma
    ("مؤكدا أن الموسم المقبل سيكون أفضل من سابقه في كل المحافظات.", "أكد"),
    ("نافيا أن يكون الموسم المقبل أفضل من سابقه في كل المحافظات.", "نفى"),
    # a view owned by the pronoun: one word with بـ glued on, or three words
    ("وسيكون الموسم المقبل أفضل من سابقه في كل المحافظات برأيه.", "برأيه"),
    ("ومن وجهة نظره فإن الموسم المقبل سيكون أفضل من سابقه في كل المحافظات.", "من وجهة نظره"),
    ("وليس الموسم الماضي أفضل من سابقه في نظره.", "في نظره"),
])


def test_a_continuation_and_own_words_carry_the_last_speaker(nlp, second: str, lemma: str) -> None:
    rec = run(nlp, "وقال وزير الزراعة التونسي كمال العياري إن الأمطار كانت وفيرة. " + second)
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("قال"), normalize(lemma)]
    assert len({s.speaker for s in rec.statements}) == 1
    assert "أفضل من سابقه" in rec.statements[1].quote


@pytest.mark.parametrize("second, lemma", [
    # a singular masculine statement noun right after a feminine verb is its object, not its subject
    ("وتوقعت إعلان اتفاق الهدنة خلال أيام.", "توقع"),
    ("وأعلنت رفض الطلب الإسرائيلي بتمديد الهدنة.", "أعلن"),
])


def test_a_verbal_noun_after_a_feminine_verb_is_its_object(nlp, second: str, lemma: str) -> None:
    rec = run(nlp, "وصرحت الحكومة القطرية بأن المفاوضات تتقدم في الدوحة. " + second)
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("صرح"), normalize(lemma)]
    assert len({s.speaker for s in rec.statements}) == 1


@pytest.mark.parametrize("text", [
    "ونقلت الشاحنات المساعدات عبر الحدود عن طريق معبر رأس جدير.",
    "ويذكر أن الملعب افتتح عام 1990 بحضور وزير الرياضة التونسي كمال العياري.",
    "كتب - كمال العياري: افتتح المعرض الدولي للكتاب أبوابه أمس في العاصمة.",
    "وشن الجيش السوداني هجوما واسعا على مواقع المتمردين قرب الفاشر.",   # an army's raid, no verbal attack
    "وألقت الشرطة القبض على المسؤول عن السرقة في السوق.",   # an arrest casts no blame
    "وهاجم مسلحون دورية للجيش قرب الحدود الشرقية.",   # gunmen's raid on a patrol, no verbal attack
    "ونشر الجيش مئات الجنود على طول الطريق الساحلي.",   # troops deployed, nothing published
    "ونشرت الحكومة ألفي شرطي في شوارع العاصمة قبيل الانتخابات.",   # policemen deployed
    "واحتشد الطلاب في الساحة الرئيسية ولوحوا بالرايات واللافتات.",   # waving banners, no threat
    "وتراجعت أسعار القطن مجددا، وهو ما يؤكد أن الطلب العالمي ضعيف.",   # a fact confirms it, no one says it
])


def test_a_cue_form_of_another_sense_makes_no_statement(nlp, text: str) -> None:
    assert run(nlp, text).statements == []


def test_slogans_chanted_make_one_statement_of_the_chant(nlp) -> None:
    # "ردد المحتجون شعارات تطالب بـ": the chanting verb speaks; the slogan's verb makes no second statement
    rec = run(nlp, "وردد الطلاب الغاضبون شعارات تطالب بإعادة فتح المكتبة.")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("ردد")], speakers(rec)


def test_a_statement_noun_described_by_a_verb_before_it_is_no_statement_of_its_author(nlp) -> None:
    # "وصف X تصريحات Y بأنها «...»": Y's statement is what X describes; the words after بأن are X's, not Y's
    rec = run(nlp, "وفي تعليق على الخطاب، وصف الناطق باسم الخارجية النمساوية كارل هوبر تصريحات الرئيس الروسي "
                   "فلاديمير بوتين بأنها «مستفزة وغير مقبولة».")
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize("وصف")], speakers(rec)


@pytest.mark.parametrize("text, lemmas", [
    # "نقلت عنه وكالة X": from him the agency relays; its عنه is no adjunct before a subject of its own
    ("وأوضح المستشار الألماني أولاف شولتس في خطابه، وفق ما نقلت عنه وكالة رويترز، أن بلاده لن تتراجع.",
     ["أوضح"]),
    # "ندوة نظمتها X، قال فيها": who organized the seminar is not who spoke in it
    ("وشارك رامي فارس في ندوة نظمتها جامعة القاهرة، قال فيها إن الوضع صعب.", []),
])


def test_a_verb_with_a_pronoun_names_no_speaker_that_did_not_speak(nlp, text: str, lemmas: list[str]) -> None:
    assert [normalize(s.cue_lemma) for s in run(nlp, text).statements] == [normalize(x) for x in lemmas]


def test_an_unnamed_holder_named_twice_is_one_group(nlp) -> None:
    # in construct before the country and before its nationality, the same office of the same country
    rec = run(nlp, "وأكد وزير خارجية كندا أن أوتاوا تدعم الاتفاق. وقال وزير الخارجية الكندي إن الحوار مستمر.")
    assert len(rec.statements) == 2 and rec.statements[0].speaker == rec.statements[1].speaker
    holder = rec.entities[rec.statements[0].speaker]
    assert holder.type == "Group" and holder.kind == "officials"
    assert {normalize(f) for f in holder.forms} >= {normalize("وزير خارجية كندا"), normalize("وزير الخارجية الكندي")}


def test_an_unnamed_holder_who_says_nothing_is_no_entity(nlp) -> None:
    rec = run(nlp, "واستقبل وزير الزراعة المغربي السفير الهندي في الرباط لبحث صادرات الفوسفات.")
    assert not any(e.type == "Group" for e in rec.entities.values())


@pytest.mark.parametrize("text, first, second", [
    ("وقال مسؤول ياباني إن طوكيو ستقدم منحة. وقال المسؤول الصيني إن بكين تدرس الأمر.", "مسؤول ياباني", "المسؤول الصيني"),
    ("وقال سفير كوري إن سيول ستقدم منحة. وقال السفير الهندي إن نيودلهي تدرس الأمر.", "سفير كوري", "السفير الهندي"),
])


def test_a_definite_source_of_another_nationality_does_not_refer_back(nlp, text: str, first: str, second: str) -> None:
    rec = run(nlp, text)
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize(first), normalize(second)]


def test_a_holder_of_another_country_is_another_group(nlp) -> None:
    rec = run(nlp, "وقال السفير الياباني إن طوكيو ستقدم منحة. وقال السفير الصيني إن بكين تدرس الأمر.")
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize("السفير الياباني"), normalize("السفير الصيني")]


def test_an_official_of_another_country_is_not_the_last_speaker(nlp) -> None:
    # "المسؤول الأمريكي" names no Tunisian minister: the definite official refers back only within his country
    rec = run(nlp, "وأعلن وزير الزراعة التونسي كمال العياري أن المحصول وفير. وأضاف المسؤول الأمريكي أن الصادرات سترتفع.")
    assert [label(rec, s.speaker) for s in rec.statements] == [normalize("كمال العياري"), normalize("المسؤول الأمريكي")]


def test_the_resumptive_fa_inna_after_according_to_is_not_said(nlp) -> None:
    rec = run(nlp, "وبحسب وزير الزراعة التونسي كمال العياري، فإن محصول القمح سيتضاعف هذا الموسم في الشمال.")
    assert rec.statements and rec.statements[0].quote.startswith("محصول القمح")


@pytest.mark.parametrize("text, speaker, quote", [
    ("وارتفعت أسعار الخبز في القاهرة، حسبما أفادت وزارة التموين المصرية.",
     "وزارة التموين المصرية", "وارتفعت أسعار الخبز في القاهرة"),
    ("وارتفعت أسعار الخبز في القاهرة، على ما قالت وزارة التموين المصرية.",
     "وزارة التموين المصرية", "وارتفعت أسعار الخبز في القاهرة"),
])


def test_what_an_as_said_tail_reports_stops_at_its_marker(nlp, text: str, speaker: str, quote: str) -> None:
    # "، حسبما أفادت X", "، على ما قالت X": X said the clause before the marker, not the marker itself
    rec = run(nlp, text)
    assert [(label(rec, s.speaker), s.quote) for s in rec.statements] == [(normalize(speaker), quote)]


def test_a_quote_or_colon_after_a_framing_phrase_opens_the_content(nlp) -> None:
    # the framing phrase ("في مؤتمر صحفي عقده ... بعد لقائه ...") is no part of what was said
    rec = run(nlp, "وقال وزير الخارجية المصري سامح شكري في مؤتمر صحفي عقده في القاهرة بعد لقائه نظيره الأردني: "
                   "لن نقبل بتهجير الفلسطينيين.")
    assert [s.quote for s in rec.statements] == ["لن نقبل بتهجير الفلسطينيين."]


def test_a_subheading_with_a_colon_is_a_statement_of_the_one_it_names(nlp) -> None:
    rec = run(nlp, "قال وزير الصحة المصري خالد عبد الغفار إن الوضع مستقر.\n\n"
                   "خالد عبد الغفار: لا إصابات جديدة في أسوان\n\nوأضاف أن المستشفيات جاهزة.")
    assert [(label(rec, s.speaker), s.quote) for s in rec.statements] == [
        (normalize("خالد عبد الغفار"), "الوضع مستقر."),
        (normalize("خالد عبد الغفار"), "لا إصابات جديدة في أسوان"),
        (normalize("خالد عبد الغفار"), "المستشفيات جاهزة.")]


def test_a_place_opening_a_paragraph_before_a_colon_is_a_dateline(nlp) -> None:
    rec = run(nlp, "مباحثات مصرية أردنية\n\nالقاهرة: استقبل الرئيس المصري نظيره الأردني في قصر الاتحادية")
    assert rec.statements == []


def test_a_subheading_glued_to_its_report_ends_at_the_agency_tag(nlp) -> None:
    rec = run(nlp, "مباحثات في عمان\n\nأيمن الصفدي: لا حل عسكريا في غزة (رويترز) وأضاف وزير الخارجية الأردني "
                   "أيمن الصفدي أن الحوار هو السبيل الوحيد.\n")
    assert [(s.cue_lemma, s.quote) for s in rec.statements] == [
        (":", "لا حل عسكريا في غزة"), ("أضاف", "الحوار هو السبيل الوحيد.")]


def test_a_line_that_reports_with_verbs_of_its_own_is_no_subheading(nlp) -> None:
    rec = run(nlp, "مباحثات في عمان\n\nأيمن الصفدي: وزير الخارجية الأردني أكد أن الحوار هو السبيل الوحيد.\n")
    assert [s.cue_lemma for s in rec.statements] == ["أكد"]


# The same sentence as other outlets type it: each style alone must give the same statement, and
# every offset must still point into the text as written.
HOUSE_STYLE_BASE = "وقال وزير الزراعة المغربي سعيد الهلالي إن الحكومة الفرنسية خذلت الفلاحين في الجنوب."
HOUSE_STYLES = [
    ("two spaces between words", HOUSE_STYLE_BASE.replace(" ", "  ")),
    ("a space and a tab", HOUSE_STYLE_BASE.replace("الهلالي إن", "الهلالي \tإن")),
    ("a zero-width non-joiner for a space, and one beside a space",
     HOUSE_STYLE_BASE.replace("المغربي سعيد", "المغربي\u200cسعيد").replace("إن الحكومة", "إن\u200c الحكومة")),
    ("right-to-left marks around the punctuation", HOUSE_STYLE_BASE.replace(".", "\u200f.").replace("وقال", "\u200fوقال")),
    ("the lam-alef ligature of a text copied out of a PDF file",
     HOUSE_STYLE_BASE.replace("لا", "\ufefb").replace("لأ", "\ufef7").replace("لإ", "\ufef9")),
    ("the conjunction typed apart from its verb", HOUSE_STYLE_BASE.replace("وقال", "و قال")),
    ("Windows line ends after a title", "خبر زراعي\r\n\r\n" + HOUSE_STYLE_BASE),
    ("tatweel drawing words out",
     "وقـال وزير الزراعـة المغربي سعيد الهلـالي إن الحكـومة الفرنسـية خذلت الفلاحين في الجنـوب."),
    ("every final ي written ى",
     "وقال وزير الزراعة المغربى سعيد الهلالى فى المؤتمر الصحفى الذى عقده إن الحكومة الفرنسية خذلت الفلاحين فى الجنوب."),
]


@pytest.mark.parametrize("name, text", HOUSE_STYLES, ids=[s[0] for s in HOUSE_STYLES])
def test_a_house_style_gives_the_same_statement(nlp, name: str, text: str) -> None:
    rec = run(nlp, text)
    assert speakers(rec) == ["سعيد الهلالي"]
    st = rec.statements[0]
    assert [rec.entities[k].label for k in st.about] == ["الحكومة الفرنسية"]
    assert normalize(text[st.cue_span[0]:st.cue_span[1]]) == "قال"
    assert text[st.quote_span[0]:st.quote_span[1]] == st.quote
    assert normalize(text[st.speaker_span[0]:st.speaker_span[1]]) == normalize("سعيد الهلالي")
    for ent in rec.entities.values():
        for m in ent.mentions:
            assert normalize(text[m.start:m.end]) == normalize(m.text)


def test_a_text_that_quotes_with_guillemets_reversed_reads_each_quote_in_its_sentence(nlp) -> None:
    """»...« (German typography, some Maghreb papers): read as written, the « that closes the first quote
    opened one that ran over the next sentence, whose cue was then taken for quoted words."""
    text = ("وقال السفير الفرنسي بيار دوكلو إن البلدين يرتبطان بعلاقات متينة.\n"
            "وأكد دوكلو أن البلد » يشهد تحديثا سريعا «.\nوأضاف دوكلو أن » أمن الممتلكات واقع قائم «.")
    rec = run(nlp, text)
    assert [s.cue_lemma for s in rec.statements] == ["قال", "أكد", "أضاف"]
    assert speakers(rec) == ["بيار دوكلو"] * 3
    assert rec.statements[2].quote == "أمن الممتلكات واقع قائم"
    assert text[rec.statements[2].quote_span[0]:rec.statements[2].quote_span[1]] == rec.statements[2].quote


def test_a_quote_written_the_other_way_round_among_quotes_of_the_usual_kind_ends_at_its_own_mark(nlp) -> None:
    """”...“ among “...”: read as written, the “ that closes it opened a quote that ran over the next
    sentence."""
    text = "وقال الوزير سامر الحلبي إن “الأمن مستتب”. وأكد وزير المالية نادر العطار أن ” الحكومة ستدعمها “. " \
           "وأضاف الحلبي أن “الأسعار ستنخفض”."
    rec = run(nlp, text)
    assert [s.quote for s in rec.statements] == ["الأمن مستتب", "الحكومة ستدعمها", "الأسعار ستنخفض"]


@pytest.mark.parametrize("text, cues, quote", [
    # the quote's words hold a verb of saying with a subject of its own: no statement of its own
    ("وقال وزير المالية التونسي سمير ماجول إن الميزانية ستعرض على البرلمان قريبا. واضاف ' ' هناك خلاف لا نفهمه: "
     "الصندوق الدولي يقول شيئا والبنك المركزي التونسي يقول شيئا آخر ' '.",
     ["قال", "أضاف"], "هناك خلاف لا نفهمه: الصندوق الدولي يقول شيئا والبنك المركزي التونسي يقول شيئا آخر"),
    # a quote over two lines, marks doubled with no space between
    ("وقال وزير المالية التونسي سمير ماجول '' سنواصل الحوار مع النقابات.\n"
     "الاتحاد العام التونسي للشغل يقول إنه مستعد للتفاوض ''.",
     ["قال"], "سنواصل الحوار مع النقابات.\nالاتحاد العام التونسي للشغل يقول إنه مستعد للتفاوض"),
])


def test_a_quote_typed_as_doubled_apostrophes_is_one_quote(nlp, text: str, cues: list[str], quote: str) -> None:
    """' '...' ' (” “ as some sites and corpora render them): read as two straight marks each, the
    quote's words were read as unquoted and their verb taken for a statement."""
    rec = run(nlp, text)
    assert [normalize(s.cue_lemma) for s in rec.statements] == [normalize(c) for c in cues]
    assert speakers(rec) == [normalize("سمير ماجول")] * len(cues)
    assert rec.statements[-1].quote == quote and rec.statements[-1].quote_type == "direct"

def test_tidy_text_keeps_the_offset_of_every_character() -> None:
    from kgbuild.extract.document import tidy_text
    text = "قال  الوزير\u200f، إن\u200cالخطة"
    tidy, where = tidy_text(text)
    assert tidy == "قال الوزير، إن الخطة"
    assert where is not None and len(where) == len(tidy) + 1
    assert all(tidy[k] == text[where[k]] or text[where[k]] == "\u200c" for k in range(len(tidy)))
    assert tidy_text("قال الوزير") == ("قال الوزير", None)
    assert tidy_text("و قال الوزير")[0] == "وقال الوزير"
    tidy, where = tidy_text("عنوان\r\nقال الوزير")   # a Windows line end
    assert tidy == "عنوان\nقال الوزير" and where[5] == 6
    tidy, where = tidy_text("قال إن الخطة \ufefb تكفي")   # the lam-alef ligature: two letters, one character
    assert tidy == "قال إن الخطة لا تكفي" and where[13] == where[14] == 13 and where[15] == 14

    # vowel marks are dropped for the rules but a shadda and a damma on a word's first letter (a passive's)
    tidy, where = tidy_text("قالَ الوزيرُ إنَّ الخطةَ مُجدِيةٌ")
    assert tidy == "قال الوزير إنّ الخطة مُجدية"
    assert tidy_text("وأُبلغ المُراسلُ")[0] == "وأُبلغ المراسل"
    assert tidy_text("وقال أبُو خالد")[0] == "وقال أبو خالد"   # a vowelled word's last و is no lone و


@pytest.mark.parametrize("vowelled, bare", [
    ("وقالَ وزيرُ الخارجيّةِ الكينيُّ موساليا مودافادي إنَّ الحكومةَ ترفضُ التدخّلَ في شؤونِ الصومالِ.",
     "وقال وزير الخارجية الكيني موساليا مودافادي إن الحكومة ترفض التدخل في شؤون الصومال."),
    ("وأكّدَ وزيرُ المياهِ الأردنيُّ عَلِيّ الخوالدةُ أنَّ الموسمَ ماطرٌ.",
     "وأكد وزير المياه الأردني علي الخوالدة أن الموسم ماطر."),
])


def test_a_vowelled_text_gives_the_statements_of_the_bare_one(nlp, vowelled: str, bare: str) -> None:
    rec = run(nlp, vowelled)
    assert speakers(rec) == speakers(run(nlp, bare)) != []
    for st in rec.statements:
        assert vowelled[st.quote_span[0]:st.quote_span[1]] == st.quote
        # the marks that end the quote's last word are part of it
        assert vowelled[st.quote_span[1]:st.quote_span[1] + 1] not in ("\u064e", "\u064f", "\u0650", "\u064c")


@pytest.mark.parametrize("egyptian, standard", [
    ("وقال المسئولون في وزارة الزراعة المغربية إن المحصول سيتضاعف.",
     "وقال المسؤولون في وزارة الزراعة المغربية إن المحصول سيتضاعف."),
    ("وقال وزير الشئون الخارجية الكيني ألفريد موتوا إن السفارة ستفتح.",
     "وقال وزير الشؤون الخارجية الكيني ألفريد موتوا إن السفارة ستفتح."),
])


def test_the_hamza_before_waw_on_either_seat_gives_the_same_statement(nlp, egyptian: str, standard: str) -> None:
    assert speakers(run(nlp, egyptian)) == speakers(run(nlp, standard)) != []


@pytest.mark.parametrize("text, speaker, not_speaker", [
    # a first line closed by a full stop that reports with a verb of saying is the first sentence, not a
    # colon headline of the place before the colon (a dateline)
    ("تونس: صرح وزير الفلاحة التونسي عبد المنعم بلعاتي بأن الأسعار ستبقى ثابتة.\n"
     "وأضاف أن الدعم سيستمر.", "عبد المنعم بلعاتي", "تونس"),
    # one sentence pasted alone
    ("وقال وزير الزراعة الجزائري يوسف شرفة إن المحصول سيرتفع هذا الموسم.", "يوسف شرفة", None),
])


def test_a_first_line_shaped_as_body_is_read_as_body(nlp, text: str, speaker: str, not_speaker: str | None) -> None:
    rec = run(nlp, text)
    assert any(has_form(rec, s.speaker, speaker) for s in rec.statements), speakers(rec)
    if not_speaker is not None:
        assert all(not has_form(rec, s.speaker, not_speaker) for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, said", [
    # an epithet the tables know, then the same person's name: one subject, what was said starts after both
    ("وأكد خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز أن المملكة تدعم جهود السلام في اليمن.", "المملكة تدعم"),
    ("وشدد خادم الحرمين الشريفين الملك سلمان على أهمية التعاون بين دول الخليج.", "على أهمية التعاون"),
])


def test_an_epithet_and_the_name_after_it_are_one_subject(nlp, text: str, said: str) -> None:
    sts = run(nlp, text).statements
    assert len(sts) == 1 and sts[0].quote.startswith(said), [st.quote for st in sts]


NOT_TAKEN_UP = [
    # (name, text, speaker, cue lemma, the earlier act's target it must not take up)
    # a report whose words judge a party is no act of judging: the saying after it names its own targets
    ("a saying after a report", "وذكرت الشرطة الكينية أن حركة الشباب قتلت خمسة مدنيين في هجوم على قرية، "
     "وأوضحت أن الهجوم وقع فجرا.", "الشرطة", "أوضح", "حركة الشباب"),
    # a denial judges a claim, not the party in it
    ("a saying after a denial", "ونفى الناشط الغاني كوفي مينسا أن تكون الشرطة الغانية قد اعتقلته، "
     "وأضاف أنه سيواصل نشاطه في المدارس.", "كوفي مينسا", "أضاف", "الشرطة"),
]


@pytest.mark.parametrize("name, text, speaker, lemma, not_about", NOT_TAKEN_UP, ids=[c[0] for c in NOT_TAKEN_UP])
def test_a_saying_takes_up_only_an_evaluative_acts_targets(nlp, name, text, speaker, lemma, not_about) -> None:
    rec = run(nlp, text)
    st = next((s for s in rec.statements if has_form(rec, s.speaker, speaker)
               and normalize(s.cue_lemma) == normalize(lemma)), None)
    assert st is not None, f"speaker {speaker} with {lemma} not found among {speakers(rec)}"
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    assert normalize(not_about) not in about_forms


def test_a_feminine_past_deed_joined_after_an_object_content_is_narration(nlp) -> None:
    # "أعلنت X الحرب على Y وتمكنت من ...": what the speaker then managed is the writer's narration, not what was
    # announced; the ت of the feminine subject marks the verb as one glued to و
    rec = run(nlp, "وأعلنت الحكومة الكينية الحرب على حركة الشباب وتمكنت من طردها من مدينة كيسمايو بعد أسبوع.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "الحكومة الكينية"))
    assert "كيسمايو" not in st.quote, st.quote
    about = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    assert normalize("حركة الشباب") in about and normalize("كيسمايو") not in about, about


@pytest.mark.parametrize("text, said", [
    # a "while" clause opening the sentence, answered by فإن and another's own statement
    ("فيما أكد وزير الصحة المغربي خالد آيت الطالب ان اللقاح آمن وفعال فإن الدكتور عزيز الرايس اعلن ان التجارب لم تكتمل.",
     [("خالد آيت الطالب", "أكد", "اللقاح آمن وفعال"), ("عزيز الرايس", "أعلن", "التجارب لم تكتمل")]),
    ("وفي حين أكد وزير الصحة المغربي خالد آيت الطالب ان اللقاح آمن، فإن نقابة الاطباء المغربية اعلنت ان التجارب لم تكتمل.",
     [("خالد آيت الطالب", "أكد", "اللقاح آمن"), ("نقابة الاطباء المغربية", "أعلن", "التجارب لم تكتمل")]),
    # the subject of the main clause فإن opens after a "despite" phrase
    ("ورغم ذلك فإن نقابة الاطباء المغربية اعلنت ان التجارب لم تكتمل.",
     [("نقابة الاطباء المغربية", "أعلن", "التجارب لم تكتمل")]),
    # a condition inside what was said: its فإن answers the condition, and the content goes on
    ("فيما أكد وزير الصحة المغربي خالد آيت الطالب انه اذا تأخر اللقاح فإن الوضع سيتفاقم.",
     [("خالد آيت الطالب", "أكد", "فإن الوضع سيتفاقم")]),
])


def test_what_was_said_in_a_fronted_while_clause_ends_at_the_fa_inna_of_the_main_clause(
        nlp, text: str, said: list[tuple[str, str, str]]) -> None:
    rec = run(nlp, text)
    assert [(label(rec, s.speaker), normalize(s.cue_lemma)) for s in rec.statements] == \
        [(normalize(sp), normalize(lemma)) for sp, lemma, _ in said]
    for st, (_, _, content) in zip(rec.statements, said):
        assert content in st.quote and ("فإن" not in st.quote or "فإن" in content)


@pytest.mark.parametrize("text", [
    "وأكد وزير الصحة المغربي خالد آيت الطالب ان اللقاح آمن وفعال فيما انتقد الدكتور عزيز الرايس هذه التصريحات.",
    "وأكد وزير الصحة المغربي خالد آيت الطالب ان اللقاح آمن وفعال فيما انتقدت نقابة الاطباء المغربية هذه التصريحات.",
])


def test_a_link_with_no_comma_then_a_verb_and_its_own_named_subject_ends_what_was_said(nlp, text: str) -> None:
    rec = run(nlp, text)
    assert len(rec.statements) == 2 and rec.statements[0].quote == "اللقاح آمن وفعال"


@pytest.mark.parametrize("text", [
    "وقتل ثلاثة جنود في الهجوم على القاعدة الجوية قرب الحدود.",        # persons counted, no speaker
    "واعتقلت الشرطة خمسة متظاهرين أمام مقر البرلمان.",
    "وأفرجت السلطات عن خمسة صحفيين بعد أسبوع من اعتقالهم.",          # عن of no report relayed
])


def test_a_numbered_group_outside_a_speaking_slot_makes_no_statement(nlp, text: str) -> None:
    from kgbuild.extract.document import _STANDING_PARTIES
    rec = run(nlp, text)
    assert not rec.statements, speakers(rec)
    # the counted persons make no group; a standing party (السلطات) stays as named, with no statement
    assert not any(e.type == "Group" and e.kind not in _STANDING_PARTIES for e in rec.entities.values())


@pytest.mark.parametrize("text, title", [
    ("ونقلت وكالة رويترز عن وزير خارجية تشاد قوله إن الحدود ستفتح.", "وزير خارجية"),   # a title in construct
    ("وقال وزير سابق إن الحكومة أخطأت في حساب العجز.", "وزير سابق"),             # no relay: the title rules' word
])


def test_a_title_read_as_a_source_only_when_relayed_with_an_adjective(nlp, text: str, title: str) -> None:
    rec = run(nlp, text)
    assert not any(normalize(e.label) == normalize(title) for e in rec.entities.values() if e.type == "Group")


def test_a_numbered_group_the_text_names_again_is_the_fullest_form_of_that_group(nlp) -> None:
    rec = run(nlp, "عنوان\nيزور 30 طفلا وطفلة من مخيمات اللجوء مدينة لشبونة هذا الأسبوع. وبحسب الأطفال، فإن الرحلة "
                   "أول خروج لهم من المخيم.")
    st = next(s for s in rec.statements if normalize(s.cue_lemma) == normalize("بحسب"))
    assert has_form(rec, st.speaker, "الأطفال") and has_form(rec, st.speaker, "30 طفلا")


def test_a_numbered_source_keys_by_its_noun_not_the_number(nlp) -> None:
    # "ثلاثة مسؤولين تشاديين" is the officials of Chad, described by no word of their own
    rec = run(nlp, "عنوان\nوقال ثلاثة مسؤولين تشاديين إن القوات ستنسحب. وقال المسؤولون التشاديون إن الانسحاب بدأ.")
    keys = {s.speaker for s in rec.statements}
    assert len(keys) == 1, speakers(rec)


def test_the_next_side_with_its_own_verb_is_no_part_of_what_was_said(nlp) -> None:
    rec = run(nlp, "السودان ومصر يطالبان المجلس بالتدخل، وإثيوبيا تصر على أن الملف أفريقي.")
    said = {label(rec, s.speaker): s.quote for s in rec.statements}
    assert "اثيوبيا" in said, said
    assert all("تصر" not in quote for quote in said.values()), said


@pytest.mark.parametrize("text, speaker, platform", [
    # "كتب على «تويتر» أن": the platform in quotes after على is where it was posted
    ("وكتب وزير الخارجية الماليزي أحمد زاهد على «تويتر» أن الحكومة الأسترالية تخدع شعبها.", "أحمد زاهد", "تويتر"),
    # "في مقطع نشره عبر يوتيوب": likewise after عبر
    ("وقال المعارض البيلاروسي بافل كوزلوف في مقطع نشره عبر يوتيوب إن الشرطة تعتقل الطلاب.", "بافل كوزلوف", "يوتيوب"),
    # "على منصة X": the platform named with its page noun, after على, is where it was posted
    ("وأعلن حزب العمال في بيان نشره على منصة إكس ترحيبه بقرار المحكمة العليا.", "حزب العمال", "منصة إكس"),
])


def test_a_platform_posted_on_is_no_target(nlp, text: str, speaker: str, platform: str) -> None:
    rec = run(nlp, text)
    st = next((s for s in rec.statements if has_form(rec, s.speaker, speaker)), None)
    assert st is not None, f"speaker {speaker} not found among {speakers(rec)}"
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    assert normalize(platform) not in about_forms, about_forms


@pytest.mark.parametrize("text, speaker, about, not_about", [
    # "العلاقات بين البلدين": said by one of the two, the relation is with the other, the only target
    ("ووقعت كينيا وتنزانيا اتفاقا تجاريا أمس. وقال وزير الخارجية الكيني بيتر أوتينو إن العلاقات بين البلدين "
     "تمر بأفضل مراحلها.", "بيتر أوتينو", ["تنزانيا"], ["كينيا"]),
    # the two countries as the subject are both spoken about
    ("ووقعت كينيا وتنزانيا اتفاقا تجاريا أمس. وقال وزير الخارجية الكيني بيتر أوتينو إن البلدين سيوسعان "
     "التبادل التجاري.", "بيتر أوتينو", ["كينيا", "تنزانيا"], []),
])


def test_the_speakers_own_country_between_the_two_is_no_target(nlp, text: str, speaker: str, about: list[str],
                                                                 not_about: list[str]) -> None:
    rec = run(nlp, text)
    st = next((s for s in rec.statements if has_form(rec, s.speaker, speaker)), None)
    assert st is not None, f"speaker {speaker} not found among {speakers(rec)}"
    about_forms = [normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}]
    assert all(normalize(a) in about_forms for a in about), about_forms
    assert not any(normalize(a) in about_forms for a in not_about), about_forms


def test_the_outlet_whose_correspondent_was_told_is_no_target(nlp) -> None:
    # "قال لمراسل «X» إن": the quoted name after a correspondent is the outlet spoken to, no party of what was said
    rec = run(nlp, "وقال وزير الخارجية التركي كمال أوزتورك لمراسل «الشرفة» إن السويد لم تف بالتزاماتها.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "كمال أوزتورك"))
    about_forms = {normalize(f) for k in st.about for f in rec.entities[k].forms | {rec.entities[k].label}}
    assert normalize("الشرفة") not in about_forms and normalize("السويد") in about_forms


def test_a_participle_taking_up_the_act_s_object_by_a_pronoun_elaborates_the_act(nlp) -> None:
    # "أشاد X بـY، معتبرا أنها ...": "ها" is the object praised; the participle's saying is about it too
    rec = run(nlp, "وأشاد وزير الخارجية الكندي مارك دوبوا بالمحكمة العليا في تشيلي، معتبرا أنها «حصن للعدالة».")
    st = next(s for s in rec.statements if "حصن" in s.quote)
    assert any(has_form(rec, k, "المحكمة العليا") for k in st.about)
    assert st.target_stance[st.about[0]] == "positive"


def test_a_fronted_title_of_another_country_does_not_go_on_with_the_last_speaker(nlp) -> None:
    # "أما وزير الخارجية الكيني <a name no finder knows> فصرح": the fronted title of another country is the
    # verb's subject, not the foreign minister of the country who spoke last
    rec = run(nlp, "وأشاد وزير الخارجية المصري سامح شكري بالاتفاق. "
                   "أما وزير الخارجية الكيني دون موتوا فصرح للصحفيين بأن حكومته ستفتح سفارة جديدة.")
    assert [(label(rec, s.speaker), s.cue_lemma) for s in rec.statements
            if s.cue_lemma == "صرح" and label(rec, s.speaker) == normalize("سامح شكري")] == []


@pytest.mark.parametrize("text", [
    # "وقبل الرئيس العرض، ودعا": a verb joined after a comma to a clause whose subject is a bare title goes on
    # with the title's holder, not with the last speaker (قبل a verb here: its object follows the title)
    "وقال الوزير فلان علان في رسالة إلى الرئيس كمال ماجد إنه تنحى \"لحل الأزمة\". "
    "وقبل الرئيس العرض، ودعا في كلمة \"كل القوى\" إلى التهدئة.",
    "وقال الوزير فلان علان في رسالة إلى الرئيس كمال ماجد إنه تنحى \"لحل الأزمة\". "
    "واستقبل الرئيس الوفد، ودعا في كلمة \"كل القوى\" إلى التهدئة.",
])


def test_a_verb_joined_after_a_clause_with_a_bare_title_subject_goes_on_with_its_holder(nlp, text: str) -> None:
    rec = run(nlp, text)
    called = [s for s in rec.statements if s.cue_lemma == "دعا"]
    assert called and label(rec, called[0].speaker) == normalize("كمال ماجد")


@pytest.mark.parametrize("text", [
    "وتوعد قائد الفصيل ماتيو لاروش، المعروف باسم «الغراب»، بمواصلة الهجمات على الطرق.",
    "وقال قائد الفصيل ماتيو لاروش، الملقب بالغراب، إن رجاله لن يغادروا المدينة.",
])


def test_a_nickname_after_the_speaker_is_no_part_of_what_was_said(nlp, text: str) -> None:
    # "، المعروف باسم «الصقر»،" between the speaker and what was said: an aside about the speaker
    rec = run(nlp, text)
    assert rec.statements and all(normalize("الغراب") not in normalize(s.quote) for s in rec.statements), \
        [s.quote for s in rec.statements]


def test_the_voters_a_call_is_made_to_are_no_author_of_the_call(nlp) -> None:
    # "مرسوم دعوة الناخبين ... الدعوة": the voters after a noun of calling are the ones called; the call taken up
    # later is not theirs, and what is said of it is not about them
    rec = run(nlp, "ووقع الرئيس كريم داوود مرسوم دعوة الناخبين إلى الاقتراع في الربيع. "
                   "وأكد داوود أن الدعوة «لا رجعة فيها».")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "كريم داوود") and "لا رجعة" in s.quote)
    assert not any(k.startswith("group:voters") for k in st.about), [label(rec, k) for k in st.about]


def test_the_town_after_the_audience_of_a_speech_is_no_target(nlp) -> None:
    # "أقر بالهزيمة أمام أنصاره في مدينة": the town after the followers a speech is given before says where it was
    # given, no party to what was said; a town that is the matter stays ("حزبه سيقاتل في مدينة")
    rec = run(nlp, "وأقر زعيم الحزب كريم داوود بالهزيمة أمام أنصاره في مرسيليا مساء الأحد.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "كريم داوود"))
    assert not any(k.startswith("place:") for k in st.about), [label(rec, k) for k in st.about]
    rec = run(nlp, "وقال كريم داوود إن حزبه سيقاتل في مرسيليا.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "كريم داوود"))
    assert any(k.startswith("place:") for k in st.about), [label(rec, k) for k in st.about]


def test_the_party_of_an_event_in_a_closing_after_phrase_is_no_target(nlp) -> None:
    # "دعا إلى حكومة وحدة بعد خسارة حزب X أغلبيته": a closing "after EVENT" phrase in the writer's words says when the
    # act was done; the party whose event it was is no target. Named further on in what was said, it stays.
    rec = run(nlp, "ودعا كريم داوود إلى ائتلاف واسع بعد خسارة حزب الأمة أغلبيته.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "كريم داوود"))
    assert not any(label(rec, k) == normalize("حزب الأمة") for k in st.about), [label(rec, k) for k in st.about]
    rec = run(nlp, "وقال كريم داوود إن الحكومة ستعمل بعد الانتخابات مع حزب الأمة.")
    st = next(s for s in rec.statements if has_form(rec, s.speaker, "كريم داوود"))
    assert any(label(rec, k) == normalize("حزب الأمة") for k in st.about), [label(rec, k) for k in st.about]


def test_carrying_is_no_blame_across_another_speakers_clause(nlp) -> None:
    # "وحمل الجنود الجرحى ...، وقال الطبيب إن المسؤولية": the noun of responsibility is in the clause of قال
    rec = run(nlp, "وحمل الجنود الجرحى إلى المستشفى، وقال الطبيب إن المسؤولية تقع على الجميع.")
    assert all(normalize(s.cue_lemma) != normalize("حمل") for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, members, content", [
    # "منظمات عدة، من بينها X وY، ...": an aside set off by commas after the subject names its members; each
    # speaks too (one statement per speaker), and what was said starts past the aside
    ("وانتقدت منظمات حقوقية، من بينها منظمة العفو الدولية وهيومن رايتس ووتش، قرار الحكومة إغلاق الحدود.",
     ["منظمة العفو الدولية", "هيومن رايتس ووتش"], "قرار الحكومة"),
    ("وانتقدت منظمات عدة، وفي مقدمتها منظمة العفو الدولية، قرار الحكومة إغلاق الحدود.",
     ["منظمة العفو الدولية"], "قرار الحكومة"),
])
def test_each_member_named_after_a_plural_subject_speaks(nlp, text: str, members: list[str], content: str) -> None:
    rec = run(nlp, text)
    for member in members:
        assert any(has_form(rec, s.speaker, member) and normalize(s.quote).startswith(normalize(content))
                   for s in rec.statements), speakers(rec)


def test_two_states_reported_to_agree_with_a_dual_verb_each_speak(nlp) -> None:
    # "أفادت X بأن Y وZ اتفقتا على": the feminine dual perfect after its two subjects, inside a report; each of
    # the two speaks (one statement each), the reporter only relays it
    rec = run(nlp, "وأفادت وكالة الأنباء الرسمية بأن مصر والأردن اتفقتا على تعزيز التعاون الاقتصادي.")
    for state in ("مصر", "الأردن"):
        assert any(has_form(rec, s.speaker, state) and normalize(s.cue_lemma) == normalize("اتفق")
                   for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, persons, not_speaker", [
    # "في بيان مشترك مع فلان": the partner of a joint statement speaks too
    ("وحذر رئيس الوزراء كريم داوود، في بيان مشترك مع وزير الخارجية سمير حداد، من أن الأزمة ستتفاقم.",
     ["كريم داوود", "سمير حداد"], None),
    # "ودعا مع فلان": the verb's subject goes on from before, and the one named after مع calls with him
    ("وقال رئيس الوزراء كريم داوود إن الأزمة ستتفاقم. ودعا مع وزير الخارجية سمير حداد الأطراف إلى الحوار.",
     ["كريم داوود", "سمير حداد"], None),
    # a press conference held with a counterpart is no joint statement: each says their own
    ("وقال رئيس الوزراء كريم داوود في مؤتمر صحفي مشترك مع ضيفه سمير حداد إن الأزمة ستتفاقم.",
     ["كريم داوود"], "سمير حداد"),
])
def test_the_partner_of_a_joint_statement_speaks(nlp, text: str, persons: list[str], not_speaker: str | None) -> None:
    rec = run(nlp, text)
    for person in persons:
        assert any(has_form(rec, s.speaker, person) for s in rec.statements), speakers(rec)
    if not_speaker:
        assert not any(has_form(rec, s.speaker, not_speaker) for s in rec.statements), speakers(rec)


@pytest.mark.parametrize("text, cue, speaker, not_speaker", [
    ("ونقلت الإذاعة عن محامي المتهم، سمير حداد، قوله إن موكله بريء. وأضاف المحامي أن الأدلة ضعيفة.",
     "وأضاف", "سمير حداد", "-"),
    ("محادثات في العاصمة\n\nأعلن المفاوض الأممي كريم داوود مساء الخميس انتهاء جولة المحادثات. وقال داوود إن "
     "الجولة كانت مثمرة.\n\nوبيّن المفاوض، في لقاء مع الصحفيين، أن الجولة المقبلة ستعقد في الربيع.", "وبيّن",
     "كريم داوود", "-"),
    # "بيد أن الخبير حذر", "لكن الأخير رفض": the noun alone between "but" and its verb
    ("عنوان\n\nويرى الخبير في شؤون الطاقة لدى مركز الدراسات، كريم داوود، أن الأسعار ستنخفض. بيد أن الخبير حذر "
     "من أن الطلب قد يرتفع في الشتاء.", "حذر", "كريم داوود", "-"),
    ("عنوان\n\nوالتقى الرئيس سمير حداد بالوزير علي منصور، لكن الأخير قال بعد اللقاء إنه سيستقيل.", "قال",
     "علي منصور", "سمير حداد"),
    # a body's class noun is body_referent's, not the person whose title names that body
    ("وقال الأمين العام للحزب كريم داوود إن الانتخابات نزيهة. وقال الحزب إنه سيشارك في الحكومة.",
     "وقال", "-", "كريم داوود"),
])
def test_a_role_noun_refers_to_the_person_the_text_named_with_it(nlp, text: str, cue: str, speaker: str,
                                                                 not_speaker: str) -> None:
    # "محامي X، فلان ... وأضاف المحامي أن": news names a person once with his role and then by the role alone
    from speaker_checks import assert_speaker_at_cue
    if speaker == "-":
        from speaker_checks import speakers_at_cue
        forms = list(speakers_at_cue(nlp, text, cue).values())
        assert all(normalize(not_speaker) not in have for have in forms), forms
    else:
        assert_speaker_at_cue(nlp, text, cue, speaker, not_speaker)


# Targets read through a referent the content names only by a bare noun: (what it shows, text, words of the
# statement's quote, the labels that must be among its targets, the labels that must not)
REFERRED_TARGET_CASES = [
    # "حزب X ... وحل حزب Y ثانيا ... صعود X ... أن الحزب": the party named last by its short name, which the text
    # also names with the head noun, is the one "الحزب" takes up, not the party named last with the head itself
    ("a bare head noun takes up the nearest body the text names with that head",
     "حقق حزب نوفا اختراقا كبيرا في الانتخابات، وحل حزب السنبلة الوطني ثانيا. وقال المحلل سمير داوود "
     "إن صعود نوفا كان متوقعا، موضحا أن الحزب \"كسب أصوات الشباب\".",
     "أصوات الشباب", ["حزب نوفا"], ["حزب السنبلة الوطني"]),
    # "موضحا أن ... وأن «البلاد تدخل ...»": after a complementizer, not only at the opening, "البلاد" is the country
    # the article named most; after any other word it stays a setting
    ("the country as the subject of a later clause of what was said is the country named most",
     "جرت الانتخابات في كينيا الثلاثاء وسط هدوء. وقال المحلل سمير داوود إن المشاركة كانت ضعيفة، "
     "موضحا أن الأحزاب فقدت ثقة الناخبين وأن «البلاد تدخل مرحلة صعبة».",
     "مرحلة صعبة", ["كينيا"], []),
    ("the country after any other word of what was said is a setting",
     "جرت الانتخابات في كينيا الثلاثاء وسط هدوء. وقال المحلل سمير داوود إن المشاركة كانت ضعيفة "
     "في أنحاء البلاد.",
     "ضعيفة", [], ["كينيا"]),
    # "نائب الرئيس المنتخب فلان": the word of a new holder is the elected president's, not his deputy's; "الرئيس
    # المنتخب" alone after it still names the one elected
    ("the deputy of the one elected is not the new holder a bare elected title names",
     "تعهد الرئيس المنتخب سمير داوود بمكافحة الفساد. وصرح نائب الرئيس المنتخب اللواء كريم حداد بأن "
     "الجيش سيبقى محايدا. وقال المحلل فادي نصار إن الرئيس المنتخب «سيواجه تحديات كبيرة».",
     "تحديات كبيرة", ["سمير داوود"], ["كريم حداد"]),
]


@pytest.mark.parametrize("what, text, quoted, among, not_among", REFERRED_TARGET_CASES,
                         ids=[c[0] for c in REFERRED_TARGET_CASES])


def test_a_target_named_by_a_bare_noun_is_its_referent(nlp, what: str, text: str, quoted: str, among: list[str],
                                                      not_among: list[str]) -> None:
    rec = run(nlp, text)
    st = next(s for s in rec.statements if quoted in s.quote)
    about = [rec.entities[k].label for k in st.about]
    assert all(label in about for label in among) and not any(label in about for label in not_among), about


@pytest.mark.parametrize("text, first_word, second_word, party", [
    # "في بلدة X بمحافظة Y": Y says where X lies, no party to what was said; named by itself it is one
    ("وقال المتحدث باسم الدفاع المدني رامز قبلان إن السيول جرفت عشرات المنازل في بلدة العامرية "
     "بمحافظة الأنبار. وقالت الوزيرة هدى سليم إن الحكومة ستعوض المتضررين في الأنبار.", "جرفت", "ستعوض", "الأنبار"),
    # "فلان، مرشح حزب X،": the party says who the candidate is, no party to what was said; named by itself it is one
    ("وقال المحلل سمير داوود إن الرئيس المنتهية ولايته خسر أمام كريم حداد، مرشح حزب «التجديد»، "
     "بفارق كبير. وأضاف داوود أن حزب التجديد سيشكل الحكومة.", "خسر", "سيشكل", "حزب التجديد"),
])
def test_a_party_named_only_to_locate_or_describe_another_is_no_target(nlp, text: str, first_word: str,
                                                                         second_word: str, party: str) -> None:
    rec = run(nlp, text)
    first = next(s for s in rec.statements if first_word in s.quote)
    assert not any(has_form(rec, k, party) for k in first.about), [label(rec, k) for k in first.about]
    second = next(s for s in rec.statements if second_word in s.quote)
    assert any(has_form(rec, k, party) for k in second.about), [label(rec, k) for k in second.about]


def test_a_bare_body_head_after_belonging_to_describes_the_unit_and_is_no_target(nlp) -> None:
    # "المكتب التابع للمنظمة": "belonging to" the body says what the unit is part of; the body is not spoken of
    rec = run(nlp, "أعلنت منظمة الأمل الدولية خطة جديدة أمس. وقال المدير كريم داوود إن المكتب الإقليمي التابع "
                   "للمنظمة أغلق أبوابه.")
    st = next(s for s in rec.statements if "أغلق" in s.quote)
    assert normalize("منظمة الأمل الدولية") not in [label(rec, k) for k in st.about]


@pytest.mark.parametrize("text, cue, speaker, not_speaker", [
    # a headline's second present verb joined by و: the clause's subject says it; the name after it is its object
    ("كريم داوود يقر بهزيمته ويهنئ سمير حداد رئيسا جديدا للبلاد\n\nوقال داوود إن الانتخابات كانت نزيهة.",
     "يهنئ", "كريم داوود", "سمير حداد"),
    ("الوزيرة سميرة حداد تزور المخيم وتشكر المتطوعين على جهودهم\n\nوقالت حداد إن الوضع مستقر.",
     "تشكر", "سميرة حداد", "المتطوعين"),
    # the nearest clause's subject, past the dots that end the clause before it
    ("البلاد تودع رئيسها الراحل.. والرئيس الجديد كمال داود يؤدي اليمين ويتعهد بمواصلة الإصلاح\n\n"
     "وقال داود إن البلاد ستمضي في طريقها.", "يتعهد", "كمال داود", "البلاد"),
])
def test_a_headlines_joined_present_verb_has_its_clauses_subject(nlp, text: str, cue: str, speaker: str,
                                                                 not_speaker: str) -> None:
    rec = run(nlp, text)
    said = [s for s in rec.statements if s.cue == cue]
    assert said and all(has_form(rec, s.speaker, speaker) for s in said), speakers(rec)
    assert not any(has_form(rec, s.speaker, not_speaker) for s in said), speakers(rec)
