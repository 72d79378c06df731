"""Exports: the documented JSON record, CSV tables and a Markdown report, all read from the store."""

from __future__ import annotations

from .csv import write_csv
from .json import build_record
from .markdown import render_markdown

__all__ = ["build_record", "write_csv", "render_markdown", "FORMATS"]

FORMATS = ("json", "csv", "md")
