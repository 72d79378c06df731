"""Quotation marks Russian copy uses: guillemets, and German-style marks inside them („…“)."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("«", "»"), ("„", "“”"))
