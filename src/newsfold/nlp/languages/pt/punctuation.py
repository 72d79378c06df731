"""Quotation marks Portuguese copy uses: English-style marks, and guillemets in European copy."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("“", "”"), ("«", "»"))
