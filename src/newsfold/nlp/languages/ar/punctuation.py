"""Quotation marks Arabic copy uses: guillemets, English-style curly marks, and straight ones."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("«", "»"), ("“", "”"), ('"', '"'))
