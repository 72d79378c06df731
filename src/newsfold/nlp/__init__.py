"""NLP stage: from a cleaned Article to its Analysis (sentences, mentions, dates, quotes, figures, events).

The quote a figure stands in names who claims it; that link is made here, where both are known.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import partial

from ..errors import NewsfoldError
from ..models import Analysis, Article, DateRef, Figure, Quote, Rejected
from ..settings import NlpSettings
from .cluster import on_cluster
from .dates import anchor_dates, extract_dates
from .event_mentions import extract_event_mentions
from .event_types import EventTyper, load_typer, type_mentions
from .figures import as_of, extract_figures
from .languages import preload, release
from .lexical_dates import STAGE as LEXICAL_DATES
from .lexical_dates import extract_lexical_dates, reanchor_lexical
from .lexical_events import lexical_topic, with_lexical_events
from .lexical_figures import extract_lexical_figures, figure_paragraphs
from .lexical_quotes import lexical_quotes
from .mention_context import event_contexts
from .nominals import find_nominals, titled_mentions
from .parse import Parsed, Reads, load_model, parse_articles
from .quotes import extract_quotes
from .relevance import article_topic
from .workers import in_workers, pooled, worker_count

__all__ = ["analyse", "analyse_articles", "analyse_texts", "analysis_key", "redate"]

log = logging.getLogger(__name__)


def analysis_key(article: Article, version: str) -> str:
    """What an Analysis depends on: the clean text, the date it is anchored to, its languages, and ``version``,
    which the pipeline derives from the versions of the stages the analysis depends on (``Pipeline.keys``)."""
    languages = ",".join(lang or "" for lang in article.paragraph_languages)
    basis = f"{version}\n{article.published or ''}\n{article.language or ''}\n{languages}\n{article.text}"
    return hashlib.sha1(basis.encode()).hexdigest()


def analyse(parsed: Parsed, typer: EventTyper | None = None, version: str = "") -> Analysis:
    """``version``: see analysis_key; only the pipeline caches analyses, evaluation leaves it empty."""
    article = parsed.article
    dates = sorted(extract_dates(parsed) + extract_lexical_dates(parsed), key=lambda d: d.start)
    quotes = extract_quotes(parsed)
    quotes += lexical_quotes(parsed, len(quotes))  # paragraphs no parser reads (see nlp/lexical_quotes.py)
    figures = [_claimed_in_quote(fig, quotes) for fig in _figures(parsed, dates)]
    topic = article_topic(zip(parsed.docs, parsed.packs, strict=True)) or lexical_topic(parsed)
    mentions, set_aside = extract_event_mentions(parsed, dates, figures, quotes, topic)
    mentions, set_aside = with_lexical_events(parsed, dates, figures, topic, mentions, set_aside)
    events = type_mentions(mentions, typer or load_typer("codebook"))
    return Analysis(article.id, analysis_key(article, version), parsed.sentences, titled_mentions(parsed), dates,
                    quotes, figures, events, find_nominals(parsed), event_contexts(parsed, events),
                    not_analysed=parsed.not_analysed(), set_aside=set_aside,
                    topic=topic)


def _figures(parsed: Parsed, dates: list[DateRef]) -> list[Figure]:
    """The English path's figures, but in the paragraphs whose language has its own counted-thing words, that
    language's (ids of the second count on after the first's)."""
    english = extract_figures(parsed, dates)
    own = [(start, start + len(text)) for start, text, _ in figure_paragraphs(parsed)]
    kept = [fig for fig in english if not any(s <= fig.start < e for s, e in own)]
    return kept + extract_lexical_figures(parsed, len(english)) if own else english


def _claimed_in_quote(fig: Figure, quotes: list[Quote]) -> Figure:
    """A figure inside a quote is claimed by the quote's speaker."""
    quote = next((q for q in quotes if q.start <= fig.start < q.end and q.speaker_name), None)
    return replace(fig, claimed_by_name=quote.speaker_name) if quote is not None else fig


def redate(article: Article, analysis: Analysis) -> Analysis:
    """The analysis of ``article`` anchored to its publication date (given after the analysis was made, e.g.
    inferred from its story): dates re-anchored without re-parsing, event mentions and running counts with them."""
    if not article.published:
        return analysis
    day = date.fromisoformat(article.published)
    lexical = [d for d in analysis.dates if d.stage == LEXICAL_DATES]
    dates = anchor_dates([d for d in analysis.dates if d.stage != LEXICAL_DATES], day)
    dates = sorted(dates + reanchor_lexical(article, lexical, day), key=lambda d: d.start)
    refs = {d.start: d for d in dates}
    events = []
    for m in analysis.events:
        ref = refs.get(m.date_start) if m.date_start is not None else None
        events.append(m if ref is None else replace(m, date=ref.value, date_granularity=ref.granularity,
                                                    weekday=ref.weekday))
    figures = []
    for fig in analysis.figures:
        sentence = next((s for s in analysis.sentences if s.start <= fig.start < s.end), None)
        if fig.cumulative and fig.as_of is None and sentence is not None:
            fig = replace(fig, as_of=as_of(article.text[sentence.start: sentence.end], sentence.start, dates,
                                           article.published))
        figures.append(fig)
    return replace(analysis, dates=dates, events=events, figures=figures)


def analyse_texts(docs: Iterable[tuple[str, str, str | None]], settings: NlpSettings
                  ) -> Iterator[tuple[Article, Analysis]]:
    """Analyse texts that need no cleaning, as (id, text, published YYYY-MM-DD or None): offsets index the text
    exactly as given. For evaluation on benchmarks, where gold offsets refer to the original text."""
    articles = [Article(id=doc_id, path=doc_id, text=text, published=published, language="en")
                for doc_id, text, published in docs]
    for article, analysis in zip(articles, analyse_articles(articles, settings), strict=True):
        if isinstance(analysis, Rejected):
            raise NewsfoldError(f"could not analyse {article.id}: {analysis.reason}")
        yield article, analysis


def analyse_articles(articles: Iterable[Article], settings: NlpSettings, version: str = ""
                     ) -> Iterator[Analysis | Rejected]:
    """The analysis of each article, or the reason it could not be analysed, in the order given: in ``[nlp]
    workers`` processes when there are enough articles, or on a Dask cluster under ``[nlp] engine = "dask"``."""
    work = partial(_analyse_one, settings=settings, version=version)
    items = list(articles)
    if not items:  # a re-run with nothing new loads no model
        return
    if settings.engine == "dask":  # each worker of the cluster loads the model itself, once
        yield from on_cluster(work, items, settings.scheduler, worker_count(settings.workers), settings.dask_batch)
        return
    load_model(settings.model)  # loaded once here, with the language packs' dictionaries: forked workers share them
    preload(lang for a in items for lang in {a.language, *a.paragraph_languages})
    workers = worker_count(settings.workers)
    groups = copy_groups(items)
    done = in_workers(partial(_analyse_group, settings=settings, version=version),
                      [[items[i] for i in group] for group in groups], workers)
    yield from _in_order(groups, done)
    if pooled(len(groups), workers):  # loaded here only for the workers to share: let go before the corpus stages
        load_model.cache_clear()
        release()


def copy_groups(articles: list[Article]) -> list[list[int]]:
    """The positions of the articles, grouped by the original they copy (an original with its copies; every
    other article alone), each group where its first member is."""
    groups: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        groups.setdefault(article.duplicate_of or article.id, []).append(i)
    return list(groups.values())


def _in_order(groups: list[list[int]], done: Iterable[list[Analysis | Rejected]]) -> Iterator[Analysis | Rejected]:
    """The groups' results, each group's given in the order of ``groups``, one by one in the articles' order."""
    ready: dict[int, Analysis | Rejected] = {}
    position = 0
    for group, results in zip(groups, done, strict=True):
        ready.update(zip(group, results, strict=True))
        while position in ready:
            yield ready.pop(position)
            position += 1


def _analyse_group(articles: list[Article], settings: NlpSettings, version: str) -> list[Analysis | Rejected]:
    """An original and its copies in one worker: a paragraph they share is parsed once."""
    reads = Reads()
    return [_analyse_one(article, settings, version, reads) for article in articles]


def _analyse_one(article: Article, settings: NlpSettings, version: str,
                 reads: Reads | None = None) -> Analysis | Rejected:
    nlp, typer = load_model(settings.model), load_typer(settings.event_typer)
    try:
        [one] = parse_articles([article], nlp, settings.batch_size, settings.n_process, reads)
        return analyse(one, typer, version)
    except Exception as exc:  # containment: one article's failure is its own, never the batch's
        log.warning("could not analyse %s", article.path, exc_info=True)
        return Rejected(article.path, f"could not be analysed ({type(exc).__name__}: {str(exc)[:200]}); "
                                      "please report this article as a newsfold bug")
