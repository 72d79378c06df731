"""Quotation marks Chinese copy uses: curly marks (mainland), corner brackets (Hong Kong, Taiwan), and straight
ones. Book-title marks (《》) name works and outlets, not words said, and are left out."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("“", "”"), ("「", "」"), ("『", "』"))
