"""The speaker's stance towards each target of a statement.

The speech act gives a prior (condemning is negative, praising positive: lexicon.cues); evaluative
words next to any mention of a target (lexicon polarity.tsv: "عصابات إرهابية", "شريك وثيق") decide
for it when the act is neutral, and for the first target the words of the whole content do when
none stands next to it (but not the words next to another target: they speak of that one; and not
for a party named only after a preposition, "أمام X", "في X": the far words speak of the actors). The words are read as phrases: negations a few words before turn a word
round, two cancel ("غير مبرر", "لا يسهم في تعزيز", "لن نتراجع عن دعم"); so does a word of fighting or
stopping ("مكافحة الفساد والتهريب"); a good word that governs a bad one takes its side ("تدعم
الإرهاب", "تدعم الميليشيات"). Words inside names ("منظمة التعاون") and the topic of a named event
("قمة التنمية") lend nothing; nor do the good words of a call or a request (they are wished for).
By grammar: what is fought is negative ("العمليات ضد X"), who suffers a bad act is not ("العدوان على
X"); a group that a speaker calls terrorists or militias is negative; a place named only as where
something happens ("العنف في X") is no side; a speaker speaks for their own side (positive); a
question put in a statement is a reproach. A negation reaches through verbs of being or ability and
demonstratives ("لم يكن ذلك القرار مقبولا", "لا يمكن أن يشكل تهديدا"), denies the good words a negated good
word governs ("لا تخدم السلام والاستقرار والتعاون"), and "ليس فقط" is none; the clause after a word of
obligation is wished for like a call ("يجب على X المساعدة"), but the good word whose object a target is
still speaks of it ("التضامن مع X"); quote marks are no words of a window and part no phrase.
A verb of condemning, rejecting or accusing ("ندين", "ترفض", "تتهم"), and a negated verb of tolerating
("لن نسمح", "لا نقبل"), judge what follows them, not their doer named before them ("X تتهم Y بـ": Y
is negative, X is not, and the charge's good words are no merit); with the object as a pronoun the name
after them is the doer ("وهذا ما انتقدته X"). Some words judge only after غير ("غير قانوني", "غير مسؤول").
"لم ولن" is one negation, and a negation reaches through "any" ("لم تبد أي تعاون"), not past "nothing but" ("ليس سوى توريث"). Whom sanctions are
imposed on is punished ("عقوبات على X"); an organization outlawed as terrorist, or a group named with a
bad word ("المرتزقة"), is negative, and civilians, victims and hostages never are; a bad act done to
someone named right after it is not theirs ("قمع المتظاهرين"), nor is meddling in their affairs
("التدخل في شؤون X"); "ما يسمى بـX" scorns X. What "على X أن" says X must do is wished for, and so is
the clause of a verb of demanding or calling inside a content ("تطالب", "ندعو"). A party joined by و
with a verb of its own opens a clause ("... وY تدعم"); the object of a relative clause's verb ("الهجوم
الإرهابي الذي استهدف X") is not described by the words before the relative pronoun.
A negated verb of changing denies the change, not the good thing it touches ("لن يمس ذلك التأييد"); a negated
verb of representing disowns ("لا تمثل إلا نفسها", not "لا يمثل تهديدا" nor "لا يعبر بالضرورة عن"); "لا سيما"
is no negation; a noun after an indefinite event head is its topic ("محادثات سلام"); a name right after a
group named badly is called so ("ميليشيات حركة X"); a party asked to stop does what must stop ("طالب X
بوقف", "على X أن يكف عن"; not a ceasefire); standing by a party supports it ("نقف إلى جانب X"), and so does rallying behind it ("اتحدوا صفا واحدا خلف X"; behind a deed it is a charge); "X في
خطر" is a state X suffers; the act's prior does not reach a first target deep inside its object ("نفى
التقارير عن لقاءات مع X") or one that only suffers. Homographs read as they are: "هنا" (here), "النساء",
"وثيقة" alone (a document), "تقدم" after لم/لن/أن (offers), "سعادة" before a title (an honorific).
A negated "any" denies the good things of the phrase it opens ("لم تبد أي رغبة في التعاون") but not a bad
one past its head ("لم تقدم أي دليل على اتهاماتها"); a refusal looks past "كل", "أي" to what is refused.
A first target that only suffers what the content names ("الخطر الأكبر على X هو Y") leaves the far words to
the next party that is no sufferer, no setting, no title's and not joined to it by و. What befalls the one
named after it ("اعتقال X", "هزيمة X") at the opening of a judging act's object turns the prior round for them.
The good words of an "if" phrase are supposed, no merit said of anyone ("إذا كانت X حريصة على ..."); its bad ones
still warn. The bad things a talk is held on are its topic, no stance of the statement's ("سيجتمع المجلس لمناقشة الاعتداءات"),
but sanctions under discussion are. A country and its capital named in one statement are one side ("أنقرة" stands
for the government of "تركيا"): the one judged passes its stance to the other, unless that one is only a setting.
A position that "has not changed" is steadfast ("موقف X لم يتغير": positive). The party whose doing a word of cause
names shares an evaluative act's stance ("أعرب عن قلقه جراء قرار X").
An indefinite غير phrase right after a word of fighting says what the fighting is ("محاكمته غير شرعية", "حظر غير
مبرر"), nothing fought; a definite one is the adjective of the noun fought ("مكافحة الهجرة غير الشرعية"). A party right after the verb
of a clause joined by و takes none of the words of the clause before ("الحادث المأساوي وسوف تبلغ X").
A pair joined by و before a dual or plural verb is its joint subject ("X وY انضما إلى"): the first shares the second's
stance. The words of a "despite" phrase do not reach a target named outside it. A negation reaches through "لأي", "بأي"
as through "أي". Who gives another a chance or a cover for a bad deed shares its fault ("X أعطت فرصة لY كي تواصل عدوانها").
A side whose doings or reach a word of fighting or stopping governs is fought ("وقف أنشطة X", "الحد من نفوذ X").
Whom an attack is made on ("الهجوم على X", a noun of attacking) is no doer of it: an attack judged bad is their wrong.
The group among whose ranks a bad thing is found ("بين صفوف X", "وسط صفوف X") is not its doer.
What may not last or come back is rejected ("لا عودة لنفوذ X", "لا يمكن أن يستمر"); overstepping a limit is a fault
("تجاوزت الخطوط الحمراء", "تخطى صلاحياته"); whoever escapes a reckoning, or will not, is a wrongdoer ("لن يفلت من العقاب").
"الأفضل" said of a party is a merit, but advice ("من الأفضل لها أن", "الأفضل لها أن") is none.
The fight or punishment a threat names is the speaker's own ("هدد بمعاقبة X": X is opposed), not one it warns against.
The subject of the condition a threat sets is warned off ("هدد بفرض قيود إذا مضت X في": X is opposed).
The one whose release a call asks for is wronged by being held ("طالب بالإفراج عن X": X is positive), past the demand's
adverbs and adjectives and "all" ("الإفراج الفوري وغير المشروط عن جميع X"), and after a word of demanding inside a content,
whatever bad words the content says further on ("الإفراج عن X ومحاسبة المسؤولين عن العنف": the violence is others').
Whom a rejected or condemned measure is aimed at is shielded from it ("رفض فرض عقوبات على X", "عارض توجيه ضربة إلى X":
positive); the counterpart of talks or a call is merely involved ("بحث مع X سبل تعزيز التعاون": neutral); a duty or a wish
set in the past reproaches the one it binds ("كان على X أن", "كنا نتمنى لو أن X": negative).
The one aid or peacekeepers are sent to is the beneficiary ("سيرسل مساعدات إلى X": positive). The addressee a call or request asks
for help is trusted ("طلب من X مساعدة بلاده": positive).
An apology demanded of a party owns its wrong ("طالب X بالاعتذار"); standing with a party stands by it ("نقف مع X").
Readiness to talk or work with a party is good will towards it ("مستعدة للحوار مع X"); negated, a refusal.
So is looking forward to working with it ("تتطلع إلى العمل مع X").
Respect conceded with a disagreement bows to a verdict, no praise ("سنحترم قرار X وإن كانت لنا تحفظات عليه": neutral).
A party called on to back down is in the wrong ("دعا X إلى التراجع عن قرارها"); standing by is read past its doer
("وقوف بلاده مع X"); what stirs a bad feeling is at fault ("موقف X يثير القلق"); an armed force named right after an
attack the content judges bad made it ("مصدوم من قصف القوات X"); refusing to take part in a measure shields its target.
Recognizing a party backs it ("اعتراف بلاده بـX"); a word of demanding before a noun of leaving demands it of the one named
after it, inside a content as in a call ("هتافات تطالب برحيل X").
A pledge to deal with a party firmly is a threat ("تعهد بالتصدي بحزم لـX": X is opposed, the act negative).
Refusing to bow is defiance ("لن نركع": positive); the bad thing not bowed to stays bad, and who defies it is steadfast
("X لن تخضع لتهديدات Y": Y negative, X positive).
Under a judging act, the party right before the charge ("X بالسعي إلى", "«X» بالفساد") is the one judged, not a party named
before it (a relative clause on the speaker: "اتهم الحزب، الذي يتزعمه Y، X بالسعي إلى").
Readiness said of a party is a merit of the one ready ("X مستعدة لاتخاذ كل ما يلزم"), not of a party named after it.
A word of fighting or stopping reaches past "all forms of" ("وقف كل أشكال العنف", "تجميد كافة أوجه التعاون مع X").
Ties resumed, restored or mended are a rapprochement with the other side ("استئناف العلاقات مع X": positive); ties
assessed again are put in question, a threat ("إعادة النظر في العلاقات مع X": negative).
An embassy reopened is a rapprochement ("إعادة فتح السفارة لدى X"); an ambassador expelled is a break ("طرد السفير"), but
the return of one mends nothing (a journey as often). An envoy recalled from its host named with في breaks with the host
("استدعاء سفيرها في X"), and a body or a medium closed, banned or suspended is the one the measure is against ("حظرت تطبيق
X", "إغلاق إذاعة X"; not "إغلاق مطار X", "إغلاق مؤتمر X"; severed.py).
A definite word right after a definite word of fighting is its adjective, not what is fought ("المقاومة السلمية").
A word of fighting or stopping reaches past "المزيد من" to what it measures ("تجنب المزيد من التصعيد").
Ordinary people (voters, citizens, families) are not blamed for what they endure ("الناخبون ضاقوا ذرعا بالفساد").
The bad words a denial denies of the named subject of its clause clear that party ("نفى أن تكون X قوة احتلال": X positive).
A party followed by its own verb of demanding demands, it is not asked ("X تطالب بوقف الهجمات": X is no party asked to stop).
A duty urged in a call is no blame of the one called on ("دعا X إلى تحمل مسؤولياته", "إلى التصرف بمسؤولية").
A win a neutral act's content opens with favours the winner ("أعلنت اللجنة فوز X"); a party said to be responsible for a
bad happening is blamed ("X مسؤولة عن وفاة Y"), and so is one a verb of holding responsible lays a duty on, even in a
call ("محملين X المسؤولية"); a bad deed of the speaker's own side a denial opens with clears it ("نفى أي تورط لبلاده");
"any" and a good thing as the bare object of a cue is ruled out, and the party it is with rejected ("استبعد أي تعاون مع X").
A tie negated or refused with a party opposes it ("لن ندخل في ائتلاف مع X", "لا تحالف مع X", "، سواء مع X أو مع Y").
The one who "said its word" is heeded ("قال الشعب كلمته": positive), unless the verdict is a clause of time ("بعد أن قال").
So is a people whose choice is told ("الشعب اختار التغيير", "الناخبون صوتوا للتغيير"), not a share of it counted ("ثلث الناخبين").
A state's democracy or institutions named before "في X" are X's own ("دعم الديمقراطية الناشئة في X": X is a side, no setting).
An office pledged to all of a people embraces them ("سأكون رئيسا لكل X", "حكومة لجميع X": positive).
A harm refused or condemned shields the owner of what it touches ("لن نسمح لأحد بتهديد أمن X", "رفض التدخل في شؤون X": X
positive), and its object when another doer is named before it ("لن نسمح لأحد بتهديد X").
A new page or era welcomes the first party it names ("العلاقات بين X وY تدخل عصرا جديدا"); "تدخل" before a stage is "enters".
Deserving a good thing is a merit owed ("X يستحق خيارا أفضل"), negated a disqualification; deserving a punishment a fault ("يستحق العقاب").
What came late came too late ("جاء القرار متأخرا": a fault of its doer); "late" alone is a time ("في وقت متأخر").
Firing on people is a violent deed of the shooter ("أطلقت الشرطة النار على X", "أطلق الحراس الرصاص"), X is fired on;
"أطلق مبادرة", "أطلق سراح" judge nothing, and a denied firing clears the shooter ("لم تطلق النار").
The party after the من of a part ("عددا من X"، "بعض من X") is the actor the far words speak of, not one governed.
A party followed right away by a group named badly is called so ("إن المعارضين «مرتزقة»", "X إرهابيون"); "X والمرتزقة" lists two.
Whom a verb of exposing puts in harm's way ("يعرض X للخطر", "يضع X أمام خيارات صعبة"), and who will face or may face a
harm ("X ستواجه عجزا", "X قد يواجه اختبارا"), is its patient: a warning of the harm does not reach them.
"تقدم" right before a word with بـ files or leads by ("تقدم بطلب", "يتقدم بفارق"): no progress.
Legitimacy given, gained, drawn, restored or abided by is at stake, no merit held ("يمنح X شرعية", "إعادة بناء شرعيتها").
The far bad words of a call blame the addressee it opens with only when it marks them as theirs (a word of stopping, a
demonstrative, a pronoun of their owner): else they are what it is asked to fight or get past ("دعا X إلى رفض العنف").
A door shut in someone's face or on dialogue is hostility ("أغلق الباب في وجه X", "أغلق باب التفاوض").
The silence of a party named with it is a reproach ("صمت X عن الانتهاكات"); "دقيقة صمت", "في صمت" are no one's.
A deed said to be deliberate charges its doer ("X تدفع الاقتصاد عمدا نحو", "تعمد إغراق"); no word of cutting turns the adverb round.
A party called back to its barracks or on to hand over power is asked to stand down ("طالب X بالعودة سريعا إلى ثكنته").
A party denied the right to a deed oversteps in doing it ("X لا يحق لها الطعن في", "ليس من حقها أن تعلق").
The doer named right before a perfect verb of shelling, attacking or arson did the harm ("X «قصفت» قرى", "X أضرموا النيران").
Trade suspended or cut down is a break as ties cut are ("تعليق استيراد الأسماك من X": X is opposed).
A revision of ties puts them in question as looking at them again does ("مراجعة جذرية للعلاقات مع X": X is opposed).
The one an apology is made to is honoured ("اعتذر لـX عن", "قدم اعتذارا رسميا إلى X": X positive); a refused one honours no one.
A negative act whose object is the blaming of a party judges the blaming ("رفض تحميل X المسؤولية": X and the statement positive).
A negated verb of abandoning, leaving alone or letting down a party pledges to stand by it ("لن نتخلى عن X", "لن نتركه وحده").
A denial of a named party's tie to a wrong clears it ("نفى أي علاقة لـX بالهجوم": X and the statement positive; "أي صلة له" is the denier's own).
A hand held out, or room given to all, is good will ("يدنا ممدودة إلى X", "تتسع للجميع": positive; X positive).
A death announced is a fact told: the one whose death a neutral act's content opens with is no side ("أعلن وفاة الزعيم
التاريخي X": X neutral; deaths.py).
A neutral participle right after a welcome or a praise of the same speaker goes on with it: the parties its words leave
neutral are welcomed too ("رحب بالاتفاق، مشيرا إلى أن X ستفتح حدودها": X positive; attribution/cue_statements.py).
A warning names a harm that may come: whoever would undergo it (the one attacked, invaded, ousted, the victims of
violence warned of) is its patient, neither blamed nor defended ("حذر من موجة عنف ضد X", "حذر من غزو X": X neutral),
where a condemnation of the same harm sides with them (one_target `warning`; threats excluded: "هدد بضرب X").
The party an order is given to carries it out for the speaker: no side, one's own army or minister included ("أوعز إلى
الجيش بتأمين الطرق", "أوامر للشرطة والحرس", "أمر الحرس بالانتشار": neutral; ordered.py).
An era of a bad thing said to be over is good news ("زمن الرشوة في الموانئ انتهى", "انتهى عهد الظلم": positive;
bygone.py); a word of removing or ending turns round the bad thing it removes as a word of fighting does ("إزالة العوائق").
"""
from __future__ import annotations

from .clauses import judged_end
from .feelings import goodwill_expressed
from .overall import bare_worry, calls_to_account, content_stance, expressed_feeling, feeling_named, pressed_at_once
from .pledges import firm_pledge
from .roles import own_side_defended
from .targets import suffers_only, target_stances
from .words import word_polarity

__all__ = ["bare_worry", "calls_to_account", "judged_end", "content_stance", "expressed_feeling", "feeling_named", "firm_pledge", "goodwill_expressed", "own_side_defended", "pressed_at_once", "suffers_only", "target_stances", "word_polarity"]
