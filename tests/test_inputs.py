"""kgbuild.inputs and kgbuild.clean: every kind of bad input file gets a one-line reason."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from kgbuild import inputs
from kgbuild.clean import is_boilerplate, mask_boilerplate
from kgbuild.extract.document import extract_document
from kgbuild.inputs import Article, InputError, Skipped, collect, read_article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
AR = "قال الرئيس إن الوضع مستقر في البلاد وإن الحكومة ستعمل على حل الأزمة.\n"
STATEMENT = "وقال وزير الخارجية الروسي سيرغي لافروف إن روسيا سترسل قوات إلى كازاخستان لحماية المنشآت.\n"


def skipped(path: Path) -> str:
    got = read_article(path)
    assert isinstance(got, Skipped), got
    assert "\n" not in got.reason
    return got.reason


def article(path: Path) -> Article:
    got = read_article(path)
    assert isinstance(got, Article), got
    return got


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    p = tmp_path / name
    p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return p


# -- collect ---------------------------------------------------------------------------------


def test_missing_path(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="nope: no such file or folder"):
        collect([tmp_path / "nope"])


def test_no_input_at_all() -> None:
    with pytest.raises(InputError, match="no input"):
        collect([])


def test_empty_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder has no .txt"):
        collect([tmp_path])


def test_folder_without_txt_files(tmp_path: Path) -> None:
    write(tmp_path, "a.pdf", b"%PDF-1.4")
    write(tmp_path, ".hidden.txt", AR)          # hidden files are not articles
    (tmp_path / "looks.txt").mkdir()             # a folder named like a text file
    with pytest.raises(InputError, match="folder has no .txt"):
        collect([tmp_path])


def test_duplicated_inputs_are_read_once(tmp_path: Path) -> None:
    f = write(tmp_path, "a.txt", AR)
    (tmp_path / "link.txt").symlink_to(f)
    got = collect([f, tmp_path, Path(str(f)), tmp_path / "." / "a.txt"])
    assert got == [f]


def test_names_with_spaces_and_arabic(tmp_path: Path) -> None:
    d = tmp_path / "أخبار يناير"
    d.mkdir()
    f = write(d, "خبر عاجل (1).txt", AR)
    assert collect([d]) == [f]
    art = article(f)
    assert art.doc_id == "خبر عاجل (1).txt" and art.text == AR


# -- read_article ----------------------------------------------------------------------------


def test_good_file_and_utf8_bom(tmp_path: Path) -> None:
    assert article(write(tmp_path, "a.txt", AR)).note == ""
    assert article(write(tmp_path, "b.txt", b"\xef\xbb\xbf" + AR.encode())).text == AR


def test_persian_keyboard_letters_are_read_as_arabic_and_noted(tmp_path: Path, nlp) -> None:
    typed = STATEMENT.replace("ي", "ی").replace("ى", "ی").replace("ك", "ک")
    art = article(write(tmp_path, "fa.txt", typed))
    assert art.text == typed and art.note == "Persian/Urdu letter forms read as Arabic (ی ک ھ ...)"
    as_typed, as_arabic = (extract_document(nlp, "fa.txt", t).statements for t in (typed, STATEMENT))
    assert [(st.speaker, st.cue_span, st.quote_span) for st in as_typed] == \
        [(st.speaker, st.cue_span, st.quote_span) for st in as_arabic] != []


def test_empty_file(tmp_path: Path) -> None:
    assert skipped(write(tmp_path, "e.txt", b"")) == "empty file"


def test_white_space_only(tmp_path: Path) -> None:
    assert skipped(write(tmp_path, "w.txt", " \n\t\n")).startswith("no text")


@pytest.mark.parametrize("data, reason", [
    (b"\x00\x01\x02\x03binary", "binary file (NUL bytes)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (a PDF document)"),
    (b"PK\x03\x04\x14\x00\x06\x00", "binary file (a ZIP archive or Office document)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (a PNG image)"),
    (AR.encode() + b"\x00" + AR.encode(), "binary file (NUL bytes)"),
])
def test_binary_files(tmp_path: Path, data: bytes, reason: str) -> None:
    assert skipped(write(tmp_path, "b.txt", data)) == reason


def test_cp1256_arabic_is_reported_with_a_hint(tmp_path: Path) -> None:
    reason = skipped(write(tmp_path, "c.txt", AR.encode("cp1256")))
    assert reason.startswith("not UTF-8 (invalid byte") and "Windows-1256" in reason and "iconv -f CP1256" in reason


def test_latin1_is_reported(tmp_path: Path) -> None:
    reason = skipped(write(tmp_path, "l.txt", "Le président a déclaré à l'été".encode("latin-1")))
    assert reason.startswith("not UTF-8 (invalid byte 0xe9 at offset 5)") and "Windows-1256" not in reason


def test_utf8_with_a_broken_byte_is_reported(tmp_path: Path) -> None:
    reason = skipped(write(tmp_path, "m.txt", AR.encode() * 3 + b"\xff" + AR.encode()))
    assert "not UTF-8" in reason and "offset" in reason and "mostly UTF-8" in reason


@pytest.mark.parametrize("codec, name", [("utf-16", "UTF-16"), ("utf-16-be", "UTF-16"), ("utf-32", "UTF-32")])
def test_utf16_and_utf32_with_bom_are_decoded_and_noted(tmp_path: Path, codec: str, name: str) -> None:
    data = AR.encode(codec)
    if codec == "utf-16-be":
        data = b"\xfe\xff" + data
    art = article(write(tmp_path, "u.txt", data))
    assert art.text == AR and art.note == f"decoded from {name} (byte order mark)"


def test_utf16_without_bom_is_reported(tmp_path: Path) -> None:
    reason = skipped(write(tmp_path, "u.txt", ("Reuters: " + AR).encode("utf-16-le")))
    assert reason == "looks like UTF-16 without a byte order mark; convert it to UTF-8"


def test_html_saved_as_txt_is_stripped(tmp_path: Path) -> None:
    page = ("<!DOCTYPE html><html><head><title>خبر</title><style>p {color: red}</style>"
            "<script>var s = 'قال الرئيس إن';</script></head><body><nav>الرئيسية | أخبار</nav>"
            f"<p>{AR}</p><p>{STATEMENT.strip()} &amp; &quot;الحكومة&quot;</p><footer>جميع الحقوق محفوظة</footer>"
            "</body></html>")
    art = article(write(tmp_path, "page.txt", page))
    assert art.note == "HTML page: markup stripped"
    assert "<" not in art.text and "var s" not in art.text and "color" not in art.text
    assert "الرئيسية" not in art.text and "جميع الحقوق" not in art.text
    assert AR.strip() in art.text and '& "الحكومة"' in art.text


def test_html_without_arabic_says_so(tmp_path: Path) -> None:
    page = "<html><body><p>Sorry, you need to enable JavaScript to visit this website.</p></body></html>"
    assert skipped(write(tmp_path, "js.html", page)) == "no Arabic text after removing the HTML markup"


def test_latin_only_file(tmp_path: Path) -> None:
    assert skipped(write(tmp_path, "en.txt", "Only Latin text here.\nNothing else.\n")) == "no Arabic text"


def test_boilerplate_only_file(tmp_path: Path) -> None:
    text = "Sorry, you need to enable JavaScript to visit this website.\nاقرأ أيضا: الرئيس يقيل الحكومة\nشارك القصة\n"
    assert skipped(write(tmp_path, "b.txt", text)) == "only page boilerplate, no article text"


def test_too_large_file_is_skipped_before_reading(tmp_path: Path) -> None:
    p = tmp_path / "huge.txt"
    with open(p, "wb") as f:  # sparse: no disk used
        f.truncate(inputs.MAX_BYTES + 1)
    assert skipped(p) == f"file too large ({inputs.MAX_BYTES + 1:,} bytes; limit {inputs.MAX_BYTES:,})"


def test_long_text_up_to_the_limit_is_read_and_above_it_skipped(tmp_path: Path) -> None:
    n = inputs.MAX_CHARS // len(AR)
    ok = write(tmp_path, "long.txt", AR * n)
    assert len(article(ok).text) == len(AR) * n
    over = write(tmp_path, "over.txt", AR * (n + 1))
    assert skipped(over).startswith("text too long (") and f"limit {inputs.MAX_CHARS:,}" in skipped(over)


def test_unreadable_file(tmp_path: Path) -> None:
    p = write(tmp_path, "secret.txt", AR)
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        assert skipped(p) == "cannot read: Permission denied"
    finally:
        p.chmod(0o644)


def test_folder_or_pipe_where_a_file_is_expected(tmp_path: Path) -> None:
    assert skipped(tmp_path) == "is a folder, not a file"
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert skipped(fifo).startswith("not a regular file")  # and it does not block on reading
    assert skipped(Path("/dev/null")).startswith("not a regular file")
    assert skipped(tmp_path / "gone.txt").startswith("cannot read: No such file")


# -- boilerplate -----------------------------------------------------------------------------


def test_boilerplate_lines() -> None:
    for line in ("Sorry, you need to enable JavaScript to visit this website.", "Skip to main content",
                 "اقرأ أيضا: قال الرئيس إن الوضع مستقر", "اقرأ/ي أيضًا: خارطة الاحتجاجات", "شارك القصة",
                 "مواضيع ذات صلة", "جميع الحقوق محفوظة © 2022", "12/01/2022", "إعلان",
                 # a page's publication stamp and a byline on lines of their own
                 "نشر في: 03/11/2021 - 09:30 | آخر تحديث: 03/11/2021 - 11:05", "آخر تحديث: 18:20",
                 "تاريخ النشر 2019-06-01", "كتب: رامي فؤاد العطار", "بقلم - هالة نبيل", "إعداد: قسم الأخبار"):
        assert is_boilerplate(line), line
    for line in (AR, STATEMENT, "شارك وزير الخارجية الروسي سيرغي لافروف في الاجتماع الطارئ وقال إن الوضع خطير",
                 "إعلان حالة الطوارئ في ألماتي بعد أن اقتحم المحتجون مبنى البلدية وأضرموا فيه النار", "",
                 # the same words opening a sentence: no figure after them, or no colon or dash
                 "نشر في الصحيفة مقال ينتقد الخطة الجديدة للنقل", "كتب الوزير في مقاله أن الخطة ناجحة",
                 "كتب: إن الحكومة لن تتراجع عن قرارها."):
        assert not is_boilerplate(line), line


def test_a_line_ending_in_a_figure_does_not_count_the_next_lines_first_word(nlp) -> None:
    # "آخر تحديث: 10" above the report: its "طالب" opens a sentence (demanded), it counts no students
    body = "طالب وزير الخارجية الفرنسي جان لوك مورو الأطراف بوقف القتال فورا.\n"
    for stamp in ("", "آخر تحديث: 14/02/2020 - 10:45\n\n", "وفد من 40\n\n"):
        rec = extract_document(nlp, "s.txt", "الوزير يطالب بوقف القتال\n" + stamp + body)
        assert [st.cue for st in rec.statements if st.cue_span[0] > len(stamp)] == ["طالب"], stamp


def test_a_quote_before_a_byline_does_not_take_it_in(nlp) -> None:
    text = "لافروف: روسيا لن ترسل قوات إضافية\nكتب: رامي فؤاد العطار\n\n" + STATEMENT
    rec = extract_document(nlp, "s.txt", text)
    assert rec.statements and all("العطار" not in st.quote for st in rec.statements)
    assert all("العطار" not in e.label for e in rec.entities.values())


def test_mask_keeps_offsets() -> None:
    text = "Sorry, you need to enable JavaScript\r\n" + AR + "اقرأ أيضا: " + STATEMENT
    masked = mask_boilerplate(text)
    assert len(masked) == len(text)
    assert masked.index(AR) == text.index(AR)
    assert "JavaScript" not in masked and "اقرأ" not in masked and "لافروف" not in masked


def test_boilerplate_lines_give_no_entities_or_statements(nlp) -> None:
    assert extract_document(nlp, "s.txt", STATEMENT).statements  # the sentence alone has a statement
    head = "Sorry, you need to enable JavaScript to visit this website.\n" + "اقرأ أيضا: " + STATEMENT
    text = head + "شارك القصة\n" + AR
    rec = extract_document(nlp, "b.txt", text)
    assert rec.statements == [] or all(st.cue_span[0] >= len(head) for st in rec.statements)
    for ent in rec.entities.values():
        for m in ent.mentions:
            assert m.start >= len(head), (ent.label, m)
    assert all("لافروف" not in e.label for e in rec.entities.values())
    assert rec.title != "" and "اقرأ" not in rec.title
