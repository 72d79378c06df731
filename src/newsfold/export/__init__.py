"""Exports: the documented JSON record, CSV tables and a Markdown report, all read from the store."""

from __future__ import annotations

from .acled import render_acled
from .ccc import render_ccc
from .csv import write_csv
from .html import render_html
from .json import build_record
from .markdown import render_markdown

__all__ = ["build_record", "write_csv", "render_markdown", "render_html", "render_acled", "render_ccc", "FORMATS"]

FORMATS = ("json", "csv", "md", "html", "acled", "ccc")
