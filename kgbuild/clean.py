"""Article text as it comes from scraped pages: find the title and blank out page boilerplate.

Boilerplate lines (menus, "enable JavaScript", "اقرأ أيضا" teasers, lines with no Arabic) are
replaced by spaces of the same length, so that every character offset into the cleaned text is
an offset into the original file.
"""
from __future__ import annotations

import re

_ARABIC = re.compile("[\u0621-\u064a]")
_SENTENCE_END = re.compile(r"[.!؟?]\s*$")
# Lines that start like these are page furniture whatever their length ...
_BOILERPLATE = re.compile(
    r"^\s*(اقرأ|إقرأ|اقرا|أقرأ|مواضيع ذات صلة|موضوعات ذات صلة|أخبار ذات صلة|حقوق النشر|جميع الحقوق|"
    r"الأكثر قراءة|الأكثر مشاهدة|اخترنا لك|كلمات مفتاحية|الكلمات المفتاحية|الوسوم|يحتوي هذا القسم|"
    r"تابعونا على|للمزيد من|اضغط هنا|انقر هنا|رابط مختصر|أضف تعليق|سجل الدخول|تسجيل الدخول)")
# ... these only on a short line: "شارك" (share) and "إعلان" (advertisement) also begin sentences
# ("شارك الوزير في ...", "إعلان حالة الطوارئ ...").
_BOILERPLATE_SHORT = re.compile(
    r"^\s*(شاهد|تابعوا|تابعونا|تابعنا|اشترك|المزيد|إعلان|شارك|مشاركة|طباعة|أرسل|الرئيسية)")
SHORT_LINE = 50
# A page's publication stamp: "نشر في: 14/03/2015 - 10:45 | آخر تحديث: ..." (the words, then a figure on
# a line of its own); "نشر في الصحيفة مقال ..." with no figure is a sentence.
_STAMP = re.compile(r"^\s*(نشر في|نشر بتاريخ|تاريخ النشر|آخر تحديث|اخر تحديث|تم النشر|تم التحديث|نُشر في)\b.*\d")
STAMP_LINE = 100
# A byline on a line of its own: "كتب: فلان", "بقلم: فلان", "إعداد: فلان", "كتب - فلان" (the writer is no
# actor of the news); the colon or dash right after the word tells it from "كتب الوزير في مقاله".
_BYLINE = re.compile(r"^\s*(كتب|كتبت|بقلم|إعداد|اعداد|تقرير|متابعة|تحرير)\s*[:\-–—]\s*\S")
BYLINE_LINE = 60


def is_boilerplate(line: str) -> bool:
    stripped = line.strip()
    if not stripped:
        return False
    if not _ARABIC.search(stripped):
        return True  # Latin-only lines of a saved page: "Sorry, you need to enable JavaScript"
    if _BOILERPLATE.match(stripped):
        return True
    if len(stripped) < SHORT_LINE and _BOILERPLATE_SHORT.match(stripped):
        return True
    if len(stripped) < STAMP_LINE and _STAMP.match(stripped):
        return True
    if len(stripped) < BYLINE_LINE and _BYLINE.match(stripped) and not _SENTENCE_END.search(stripped):
        return True
    # a short line that is mostly a date or a byline separator carries no statements
    # (the length first: the letters of a long line need not be listed)
    return len(stripped) < 40 and len(_ARABIC.findall(stripped)) < 4


def mask_boilerplate(text: str) -> str:
    """The text with boilerplate lines blanked (same length, same offsets)."""
    out = []
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        out.append(" " * len(body) + line[len(body):] if is_boilerplate(body) else line)
    return "".join(out)


def title_of(text: str) -> str:
    """The first substantial line that is not boilerplate."""
    for line in text.splitlines():
        if line.strip() and not is_boilerplate(line) and len(_ARABIC.findall(line)) >= 8:
            return line.strip()[:300]
    return ""
