"""Quotation marks German copy uses: „…“ (low-high), »…« and guillemets as in Swiss copy."""

from __future__ import annotations

# (opening mark, the marks that may close it)
QUOTE_MARKS = (("„", "“”"), ("»", "«"), ("«", "»"), ("‚", "‘"))
