"""Quotation marks French copy uses: guillemets (with spaces inside), and English-style marks within them."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("«", "»"), ("“", "”"), ("‹", "›"))
