"""Finding and reading input articles, with a one-line reason for every file that cannot be used.

Files are UTF-8 text (a UTF-8 BOM is accepted). Anything else is reported, never guessed:
binary files, other encodings, empty files, pages with no Arabic. Saved HTML pages are reduced
to their text (tags, scripts and styles dropped), and the report says so.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

MAX_BYTES = 20_000_000
SUFFIXES = {".txt", ".text", ".md", ".html", ".htm"}
_ARABIC = re.compile("[\u0621-\u064a]")


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


def collect(paths: list[Path]) -> list[Path]:
    """Every input file: files as given, folders searched recursively for text files, sorted."""
    files: list[Path] = []
    for p in paths:
        if not p.exists():
            raise InputError(f"{p}: no such file or folder")
        if p.is_dir():
            found = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                           and not any(part.startswith(".") for part in f.relative_to(p).parts))
            if not found:
                raise InputError(f"{p}: folder has no .txt or .html files")
            files.extend(found)
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


def read_article(path: Path) -> Article | Skipped:
    try:
        size = path.stat().st_size
        if size == 0:
            return Skipped(path, "empty file")
        if size > MAX_BYTES:
            return Skipped(path, f"file too large ({size:,} bytes; limit {MAX_BYTES:,})")
        data = path.read_bytes()
    except OSError as exc:
        return Skipped(path, f"cannot read: {exc.strerror or exc}")
    if b"\x00" in data[:8192]:
        return Skipped(path, "binary file (NUL bytes)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Skipped(path, f"not UTF-8 (invalid byte 0x{data[exc.start]:02x} at offset {exc.start}); convert it to UTF-8")
    note = ""
    if looks_like_html(text):
        text, note = html_to_text(text), "HTML page: markup stripped"
    if not text.strip():
        return Skipped(path, "no text (only white space)")
    if not _ARABIC.search(text):
        return Skipped(path, "no Arabic text")
    return Article(path, path.name, text, note)
