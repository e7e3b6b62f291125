"""Finding and reading input articles, with a one-line reason for every file that cannot be used.

Files are UTF-8 text (a UTF-8 BOM is accepted). UTF-16 and UTF-32 files that start with a byte
order mark are decoded - the BOM says what they are, nothing is guessed - and the report says so.
Anything else is reported, never guessed: binary files, other encodings (with a hint when the bytes
look like Windows-1256 Arabic or UTF-16 without a BOM), empty files, files too long to extract,
pages with no Arabic or with only page boilerplate. Saved HTML pages (whatever their suffix) are
reduced to their text (tags, scripts and styles dropped), and the report says so.
Arabic letters typed with a Persian or Urdu keyboard (ی for ي, ک for ك ...) are read as the Arabic
letters by the pipeline (text.fold_letter_forms, one for one so offsets still point into the text as
written), and the report says so.
"""
from __future__ import annotations

import codecs
import html
import re
import stat
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Callable

# Limits of one input file. MAX_BYTES is checked before reading; MAX_CHARS on the text (after
# HTML stripping). spaCy refuses texts over 1,000,000 characters, and the extractor's run time
# grows faster than linearly with a document's length, so a single "article" above MAX_CHARS
# (about 40 long news articles) is skipped with a reason instead of stalling the build.
MAX_BYTES = 10_000_000
MAX_CHARS = 200_000
SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
_ARABIC = re.compile("[\u0621-\u064a]")

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_MAGIC = (  # what a binary file is, when its first bytes say so
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "a program"),
    (b"{\\rtf", "an RTF document"),
)


class InputError(Exception):
    """A problem with the inputs as a whole (missing path, nothing to read)."""


@dataclass
class Article:
    path: Path
    doc_id: str
    text: str
    note: str = ""          # e.g. "HTML page: markup stripped"


@dataclass
class Skipped:
    path: Path
    reason: str


def display_path(path: Path | str) -> str:
    """A file name as one line can show it: control, format and undecodable characters (and '\\')
    as escapes, so that a name with a newline cannot start a line of its own in a report."""
    text = str(path)
    if all(c.isprintable() and c != "\\" for c in text):
        return text
    out = []
    for c in text:
        if c == "\\":
            out.append("\\\\")
        elif c.isprintable():
            out.append(c)
        else:
            out.append({"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(c) or
                       (f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}" if ord(c) < 0x10000
                        else f"\\U{ord(c):08x}"))
    return "".join(out)


def build_outputs(out_dir: Path | None) -> Callable[[Path], bool]:
    """A test for the files a build in `out_dir` wrote (graph.*, its store and builds), if any."""
    if out_dir is None or not out_dir.is_dir():
        return lambda path: False
    out = out_dir.resolve()
    inner = [out / name for name in (".builds", ".store.d", ".current", "store")]
    if not any(p.exists() or p.is_symlink() for p in inner):
        return lambda path: False  # not (yet) a build's output folder
    inner = [p.resolve() for p in inner if p.exists()]

    def is_output(path: Path) -> bool:
        if path.name.startswith("graph.") and path.parent.resolve() == out:
            return True
        real = path.resolve()
        return any(real == d or d in real.parents for d in inner)
    return is_output


def collect(paths: list[Path], exclude: Path | None = None) -> list[Path]:
    """Every input file: files as given, folders searched recursively for text files, sorted.

    A path given twice (or a file given and also found in a given folder) is read once. `exclude`:
    the build's output folder, whose own files (graph.html, graph.ttl, the store) are never inputs,
    even when the output folder is an input folder too.
    """
    if not paths:
        raise InputError("no input given")
    is_output = build_outputs(exclude)
    files: list[Path] = []
    for p in paths:
        if not p.exists():
            raise InputError(f"{display_path(p)}: no such file or folder")
        if p.is_dir():
            try:
                found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                               and not any(part.startswith(".") for part in f.relative_to(p).parts)
                               and not is_output(f))
            except OSError as exc:
                raise InputError(f"{display_path(p)}: cannot list the folder: {exc.strerror or exc}") from exc
            if not found:
                raise InputError(f"{display_path(p)}: folder has no .txt or .html files")
            files.extend(found)
        elif is_output(p):
            raise InputError(f"{display_path(p)}: is an output of the build in {display_path(exclude or '')}, "
                             "not an article")
        else:
            files.append(p)
    seen: set[Path] = set()
    unique = []
    for f in files:
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique


class _TextExtractor(HTMLParser):
    SKIP = {"script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg"}
    BLOCK = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_to_text(markup: str) -> str:
    parser = _TextExtractor()
    parser.feed(markup)
    parser.close()
    text = html.unescape("".join(parser.parts))
    return re.sub(r"\n\s*\n+", "\n\n", text).strip() + "\n"


def looks_like_html(text: str) -> bool:
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or len(re.findall(r"</?(p|div|span|a|body)\b", head)) >= 3


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    return None


def _not_utf8_reason(data: bytes, exc: UnicodeDecodeError) -> str:
    where = f"invalid byte 0x{data[exc.start]:02x} at offset {exc.start}"
    as_utf8 = data.decode("utf-8", "replace")
    bad = as_utf8.count("\ufffd")
    if len(_ARABIC.findall(as_utf8)) > 10 * bad:
        return f"not UTF-8 ({where}; mostly UTF-8 Arabic with {bad} broken byte sequence(s)); fix or re-save it as UTF-8"
    text = data.decode("cp1256", "replace")
    letters = sum(c.isalpha() for c in text)
    if letters and len(_ARABIC.findall(text)) > letters / 2:
        return f"not UTF-8 ({where}; it looks like Windows-1256 Arabic); convert it: iconv -f CP1256 -t UTF-8"
    return f"not UTF-8 ({where}); convert it to UTF-8"


def _utf16_without_bom(data: bytes) -> bool:
    """NULs only at even or only at odd offsets, and the bytes read as UTF-16 text."""
    head = data[:4096]
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if len(head) < 8 or (even == 0) == (odd == 0) or max(even, odd) < 2 + len(head) // 64:
        return False
    try:
        text = head[:len(head) // 2 * 2].decode("utf-16-le" if odd else "utf-16-be")
    except UnicodeDecodeError:
        return False
    return sum(c.isprintable() or c.isspace() for c in text) > 0.95 * len(text)


def decode(data: bytes) -> tuple[str | None, str]:
    """(text, note) of a file's bytes, or (None, reason) when it is not text kgbuild reads."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec), f"decoded from {name} (byte order mark)"
            except UnicodeDecodeError as exc:
                return None, f"starts with a {name} byte order mark but is not valid {name} (offset {exc.start})"
    kind = _binary_kind(data)
    if kind:
        return None, f"binary file ({kind})"
    if b"\x00" in data:
        if _utf16_without_bom(data):
            return None, "looks like UTF-16 without a byte order mark; convert it to UTF-8"
        return None, "binary file (NUL bytes)"
    try:
        return data.decode("utf-8-sig"), ""
    except UnicodeDecodeError as exc:
        return None, _not_utf8_reason(data, exc)


def read_article(path: Path) -> Article | Skipped:
    """The article in `path`, or why it was skipped (one line)."""
    from .clean import mask_boilerplate
    from .text import has_letter_forms

    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            return Skipped(path, "is a folder, not a file")
        if not stat.S_ISREG(st.st_mode):
            return Skipped(path, "not a regular file (a device, pipe or socket)")
        if st.st_size == 0:
            return Skipped(path, "empty file")
        if st.st_size > MAX_BYTES:
            return Skipped(path, f"file too large ({st.st_size:,} bytes; limit {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(path, f"cannot read: {exc.strerror or exc}")
    text, note = decode(data)
    if text is None:
        return Skipped(path, note)
    if looks_like_html(text):
        text = html_to_text(text)
        note = "; ".join(n for n in (note, "HTML page: markup stripped") if n)
    where = " after removing the HTML markup" if "markup stripped" in note else ""
    if not text.strip():
        return Skipped(path, f"no text (only white space{where})")
    if len(text) > MAX_CHARS:
        return Skipped(path, f"text too long ({len(text):,} characters; limit {MAX_CHARS:,} per article)")
    if not _ARABIC.search(text):
        return Skipped(path, f"no Arabic text{where}")
    if not _ARABIC.search(mask_boilerplate(text)):
        return Skipped(path, f"only page boilerplate, no article text{where}")
    if has_letter_forms(text):  # the pipeline reads them as Arabic letters (extract.document.pipeline_text)
        note = "; ".join(n for n in (note, "Persian/Urdu letter forms read as Arabic (ی ک ھ ...)") if n)
    return Article(path, path.name, text, note)
