"""How the exports name a source article: outlet, title and date, as a reader cites it, never a file path.

Shared by the reports (Markdown, HTML) and the CCC rows, whose ``source_N`` is the URL, else this description.
"""

from __future__ import annotations

from ..models import Article

__all__ = ["describe"]


def describe(article: Article, dated: bool = True) -> str:
    """'Harbor Ledger, “Dockworkers walk off the job”, 2025-03-03' (the date left out when not ``dated``); an
    article with neither outlet nor title is 'newsfold article ID, DATE' (its id names its workbench page)."""
    named = [p for p in (article.outlet, f"“{article.title}”" if article.title else None) if p]
    return ", ".join((named or [f"newsfold article {article.id}"])
                     + ([article.published] if article.published and dated else []))
