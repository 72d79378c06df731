"""Quotation marks Spanish copy uses: guillemets, and English-style marks within them."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("«", "»"), ("“", "”"))
