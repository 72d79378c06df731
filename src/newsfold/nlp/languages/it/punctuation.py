"""Quotation marks Italian copy uses: guillemets, and English-style marks."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("«", "»"), ("“", "”"))
