"""Quotation marks Polish copy uses: „…” (low-high), and guillemets »…« or «…» inside them."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("„", "“”"), ("»", "«"), ("«", "»"))
