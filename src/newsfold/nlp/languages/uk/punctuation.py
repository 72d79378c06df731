"""Quotation marks Ukrainian copy uses: guillemets, and „…“ inside them."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("«", "»"), ("„", "“”"))
