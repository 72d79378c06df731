"""Readers: turn files and folders into RawDoc values, and bad inputs into Rejected values.

One broken file never stops the batch: every problem becomes a ``Rejected(path, reason)``. A file is read by
what it holds (``sniff.py``), its name only breaking ties; what newsfold cannot read is rejected with a reason.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models import RawDoc, Rejected
from ..settings import IngestSettings
from .checks import within_limits
from .feed import read_feed
from .html import read_html
from .jsonl import read_jsonl
from .sniff import ARCHIVE_REASONS, is_gzip, is_url_list, is_warc, looks_like_table, xml_root
from .table import KNOWN_COLUMNS, NO_FETCH, read_table
from .text import read_text
from .warc import Skipped, read_warc

__all__ = ["iter_inputs", "read_file", "decode", "suffix", "Skipped", "READS"]

log = logging.getLogger(__name__)
# UTF-32 before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
         (b"\xfe\xff", "utf-16-be"))
READS = "text (.txt, .md), JSONL, HTML, WARC, RSS/Atom feeds and CSV/TSV tables with a text column"
_TEXT_SUFFIXES = ("", ".txt", ".text", ".md")
_FEED_ROOTS = ("rss", "feed", "rdf:rdf")


def suffix(path: str | Path) -> str:
    """The file's extension as newsfold reads it, lower-cased; ``.warc.gz`` is one extension."""
    name = Path(path).name.lower()
    return ".warc.gz" if name.endswith(".warc.gz") else Path(name).suffix


def iter_inputs(paths: Iterable[str], settings: IngestSettings) -> Iterator[str | Rejected]:
    """Expand folders (recursively, sorted) into files with a known extension."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.name.startswith(".") or child.is_dir():
                    continue
                ext = suffix(child)
                if ext.rstrip() in settings.extensions and ext not in settings.extensions:
                    yield Rejected(str(child), "the file name ends in white space after its extension; rename it")
                elif ext in settings.extensions and child.is_symlink() and not child.exists():
                    yield Rejected(str(child), "broken symbolic link (its target does not exist)")
                elif ext in settings.extensions and child.is_file():
                    yield str(child)
        elif path.is_file():
            yield given
        elif path.is_symlink():
            yield Rejected(given, "broken symbolic link (its target does not exist)")
        else:
            yield Rejected(given, "no such file or folder")


def decode(path: str, data: bytes) -> str | Rejected:
    """Bytes to text, refusing empty, binary and non-UTF-8 files with a reason."""
    if not data.strip():
        return Rejected(path, "empty file")
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(codec).replace("\r\n", "\n").replace("\r", "\n")
            except UnicodeDecodeError as exc:
                return Rejected(path, f"not valid {codec.upper()} after its byte-order mark (byte {exc.start})")
    if b"\x00" in data[:8192]:
        return Rejected(path, "binary file (contains NUL bytes); give text, JSONL or HTML")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return Rejected(path, f"not valid UTF-8 (byte {exc.start}); re-encode the file as UTF-8")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_file(path: str, settings: IngestSettings) -> list[RawDoc | Rejected | Skipped]:
    """Read one file into documents (a JSONL file, table, feed or web archive may hold many). Never raises:
    whatever goes wrong while reading one file is that file's ``Rejected`` reason, and the batch goes on. An
    article over ``[ingest]``'s limits on paragraphs and characters is rejected with its counts."""
    try:
        return [within_limits(r, settings) if isinstance(r, RawDoc) else r for r in _read_file(path, settings)]
    except Exception as exc:  # containment: one broken file must never abort a batch
        log.warning("could not read %s", path, exc_info=True)
        return [Rejected(path, f"could not be read ({type(exc).__name__}: {str(exc)[:200]}); "
                               "please report this file as a newsfold bug")]


def _read_file(path: str, settings: IngestSettings) -> list[RawDoc | Rejected | Skipped]:
    try:
        with open(path, "rb") as stream:
            head = stream.read(4096)
        if is_warc(head):  # an archive is read record by record; max_bytes applies to each page
            return read_warc(path, settings)
        size = Path(path).stat().st_size
        if size > settings.max_bytes:
            return [Rejected(path, f"file is {size:,} bytes, over the limit of {settings.max_bytes:,} "
                                   "(raise [ingest] max_bytes to accept it)")]
        data = Path(path).read_bytes()
    except OSError as exc:
        return [Rejected(path, f"cannot read: {exc.strerror or exc}")]
    for magic, reason in ARCHIVE_REASONS:
        if data.startswith(magic):
            return [Rejected(path, reason)]
    if is_gzip(data):
        return [Rejected(path, "gzip-compressed and not a web archive (WARC); decompress it first")]
    text = decode(path, data)
    if isinstance(text, Rejected):
        return [text]
    return _read_by_content(path, text, data, settings)


def _read_by_content(path: str, text: str, data: bytes, settings: IngestSettings) -> list[RawDoc | Rejected | Skipped]:
    ext = suffix(path)
    if ext in (".jsonl", ".ndjson"):
        return list(read_jsonl(path, text))
    root = xml_root(text)
    if root in _FEED_ROOTS:
        return list(read_feed(path, data, settings))
    if ext in (".html", ".htm") or root == "html" or text.lstrip()[:15].lower().startswith(("<!doctype html",
                                                                                             "<html")):
        return [read_html(path, text)]
    if ext in (".xml", ".rss", ".atom") or (root and text.lstrip("\ufeff \n").startswith("<?xml")):
        what = f"XML whose root element is <{root}>" if root else "not XML"
        return [Rejected(path, f"{what}, not an RSS or Atom feed; newsfold reads {READS}")]
    if ext in (".csv", ".tsv") or looks_like_table(text, KNOWN_COLUMNS):
        return list(read_table(path, text, settings))
    if is_url_list(text):
        return [Rejected(path, f"a list of URLs: {NO_FETCH}")]
    if ext == ".json":
        if all(line.lstrip().startswith("{") for line in text.split("\n") if line.strip()):
            return list(read_jsonl(path, text))
        return [Rejected(path, "a JSON document, not JSON lines; give one article object per line (.jsonl)")]
    if ext not in _TEXT_SUFFIXES:
        return [Rejected(path, f"unknown format ({ext}); newsfold reads {READS}; "
                               "rename a plain-text article to .txt")]
    return [read_text(path, text)]
