"""Quotation marks English copy uses: straight and curly double quotes."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (('"', '"'), ("“", "”"))
