"""Quotation marks Turkish copy uses: English-style marks, and guillemets in some copy."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("“", "”"), ('"', '"'), ("«", "»"))
