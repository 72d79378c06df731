"""The Markdown report: per story a timeline of events, each with sources, figures, quotes and disagreements,
every item cited as [article start-end] into that article's clean text."""

from __future__ import annotations

from collections import defaultdict

from ..models import Article, Event, EventMention, Figure, Quote
from ..store import Store
from .citation import describe
from .evidence import event_quotes
from .quoting import quote_line

__all__ = ["render_markdown"]


def _cite(article: Article, start: int, end: int) -> str:
    where = ", ".join(x for x in (article.outlet, article.published) if x)
    return f"[{article.id} {start}-{end}{'; ' + where if where else ''}]"


def _event_block(e: Event, arts: dict[str, Article], mentions: dict[str, EventMention], names: dict[str, str],
                 figs: list[Figure], quotes: list[Quote]) -> list[str]:
    first = mentions[e.mentions[0]]
    head = f"### {e.date or 'date unknown'} · {e.type}{' / ' + e.mode if e.mode else ''}"
    lines = [head, "", f"{e.summary} {_cite(arts[first.article], first.start, first.end)}", ""]
    who = ", ".join(names.get(a, a) for a in e.actors[:4])
    where = ", ".join(names.get(p, p) for p in e.places[:4])
    if who:
        lines.append(f"- **Actors:** {who}")
    if where:
        lines.append(f"- **Places:** {where}")
    if e.size_low is not None and not any(r["field"] == "size" for r in e.resolved):
        lines.append(f"- **Size:** {_span(e.size_low, e.size_high)}")
    sources = "; ".join(f"{describe(arts[s])} [{s}]" for s in e.sources if s in arts)
    lines.append(f"- **Sources:** {sources}; **independent sources: {e.independent_sources}**; confidence "
                 f"{e.confidence:.2f} ({', '.join(e.support)})")
    lines += [f"  - {step}" for step in e.source_chain]
    for f in figs:
        claim = f", claimed by {names.get(f.claimed_by or '', f.claimed_by_name)}" if f.claimed_by_name else ""
        as_of = f", as of {f.as_of}" if f.as_of else ""
        lines.append(f"- **Figure:** {f.text} ({f.category}{claim}{as_of}) {_cite(arts[f.article], f.start, f.end)}")
    for q in quotes:
        speaker = names.get(q.speaker or "", q.speaker_name or "unknown speaker")
        label = "Quote" if q.direct else "Reported"  # reported speech is the reporter's words: no quotation marks
        lines.append(f"- **{label}:** {quote_line(speaker, q)} {_cite(arts[q.article], q.start, q.end)}")
    for c in e.conflicts:
        values = "; ".join(f"{v['value']}{' per ' + ', '.join(v['claimed_by']) if v['claimed_by'] else ''} "
                           f"({', '.join(v['articles'])})" for v in c.values)
        lines.append(f"- **Figures differ on {c.field} ({c.kind}):** {values}. {c.explanation}")
    for r in e.resolved:
        value = _span(r.get("low"), r.get("high"))
        lines.append(f"- **Record keeps {r['field']}:** {value}{', as of ' + r['as_of'] if r.get('as_of') else ''} "
                     f"— {r['rule']}")
    return lines + [""]


def _span(low: float | None, high: float | None) -> str:
    if low is None and high is None:
        return "unknown"
    if high is None:
        return f"{low:,.0f}+"
    if low is None or low == 0:
        return f"up to {high:,.0f}"
    return f"{low:,.0f}" if low == high else f"{low:,.0f}–{high:,.0f}"


def _dating(article: Article) -> str:
    if not article.published:
        return "date unknown"
    if article.published_source == "inferred":
        why = "; ".join(article.metadata.get("published_inferred", []))
        return f"{article.published} (inferred: {why})"
    return f"{article.published} ({article.published_source or 'metadata'})"


def render_markdown(store: Store) -> str:
    arts = {a.id: a for a in store.articles()}
    names = {e.id: e.name for e in store.entities()}
    mentions = {m.id: m for m in store.event_mentions()}
    figs_by_event: dict[str, list[Figure]] = defaultdict(list, store.figures_by_event())
    quotes = store.quotes()
    stories = store.stories()
    lines = ["# newsfold report", "",
             f"{len(arts)} articles, {sum(1 for a in arts.values() if a.duplicate_of)} copies, "
             f"{len(stories)} stories.", ""]
    events_by_story: dict[str | None, list[Event]] = defaultdict(list)
    for e in store.events():
        events_by_story[e.story].append(e)
    for sid, name in stories.items():
        members = [a for a in arts.values() if a.story == sid]
        lines += [f"## Story: {name}", "", "Articles:", ""]
        lines += [f"- {a.id}: {describe(a, dated=False)}{', ' + a.url if a.url else ''}; {_dating(a)}"
                  + (f"; copy of {a.duplicate_of}" if a.duplicate_of else "")
                  for a in sorted(members, key=lambda a: (a.published or "9999", a.id))] + [""]
        events = sorted(events_by_story.get(sid, []), key=lambda e: (e.date or "9999", e.type))
        # every event the other formats give (``export --min-sources/--min-confidence`` narrows them all alike)
        for e in events:
            said = event_quotes(e, mentions, quotes, arts, limit=8)
            lines += _event_block(e, arts, mentions, names, figs_by_event[e.id], said)
    rejected = store.rejected()
    if rejected:
        lines += ["## Rejected inputs", ""] + [f"- `{r.path}`: {r.reason}" for r in rejected] + [""]
    return "\n".join(lines)
