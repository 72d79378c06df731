"""How a quote is shown: a direct quote inside quotation marks, reported speech as reported and never inside marks
(the words are the reporter's, not the speaker's). The reports, the web pages and the CSV table all say it so."""

from __future__ import annotations

from ..models import Quote

__all__ = ["quote_line", "reported_label"]


def reported_label(cue: str | None) -> str:
    """ "(reported, claims)": what stands after the speaker of reported speech."""
    return f"(reported{', ' + cue if cue else ''})"


def quote_line(speaker: str, quote: Quote) -> str:
    """ 'Lukashenko: “We will ...”' for a direct quote, 'Lukashenko (reported, claims): to have won ...' for
    reported speech."""
    if quote.direct:
        return f"{speaker}: “{quote.text}”"
    return f"{speaker} {reported_label(quote.cue)}: {quote.text}"
