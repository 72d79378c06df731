"""Readers: turn files and folders into RawDoc values, and bad inputs into Rejected values.

One broken file never stops the batch: every problem becomes a ``Rejected(path, reason)``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..models import RawDoc, Rejected
from ..settings import IngestSettings
from .checks import within_limits
from .html import read_html
from .jsonl import read_jsonl
from .text import read_text

__all__ = ["iter_inputs", "read_file", "decode"]

log = logging.getLogger(__name__)
# UTF-32 before UTF-16: the UTF-32 little-endian mark begins with the UTF-16 one
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"), (b"\xff\xfe", "utf-16-le"),
         (b"\xfe\xff", "utf-16-be"))


def iter_inputs(paths: Iterable[str], settings: IngestSettings) -> Iterator[str | Rejected]:
    """Expand folders (recursively, sorted) into files with a known extension."""
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.name.startswith(".") or child.is_dir():
                    continue
                suffix = child.suffix.lower()
                if suffix.rstrip() in settings.extensions and suffix not in settings.extensions:
                    yield Rejected(str(child), "the file name ends in white space after its extension; rename it")
                elif suffix in settings.extensions and child.is_symlink() and not child.exists():
                    yield Rejected(str(child), "broken symbolic link (its target does not exist)")
                elif suffix in settings.extensions and child.is_file():
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


def read_file(path: str, settings: IngestSettings) -> list[RawDoc | Rejected]:
    """Read one file into documents (a JSONL file may hold many). Never raises: whatever goes wrong while reading
    one file is that file's ``Rejected`` reason, and the batch goes on. An article over ``[ingest]``'s limits on
    paragraphs and characters is rejected with its counts."""
    try:
        return [r if isinstance(r, Rejected) else within_limits(r, settings) for r in _read_file(path, settings)]
    except Exception as exc:  # containment: one broken file must never abort a batch
        log.warning("could not read %s", path, exc_info=True)
        return [Rejected(path, f"could not be read ({type(exc).__name__}: {str(exc)[:200]}); "
                               "please report this file as a newsfold bug")]


def _read_file(path: str, settings: IngestSettings) -> list[RawDoc | Rejected]:
    try:
        size = Path(path).stat().st_size
        if size > settings.max_bytes:
            return [Rejected(path, f"file is {size:,} bytes, over the limit of {settings.max_bytes:,} "
                                   "(raise [ingest] max_bytes to accept it)")]
        data = Path(path).read_bytes()
    except OSError as exc:
        return [Rejected(path, f"cannot read: {exc.strerror or exc}")]
    text = decode(path, data)
    if isinstance(text, Rejected):
        return [text]
    suffix = Path(path).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return read_jsonl(path, text)
    if suffix in (".html", ".htm") or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        return [read_html(path, text)]
    return [read_text(path, text)]
