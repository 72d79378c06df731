"""Crowd Counting Consortium rows: one per protest event, in the columns of the CCC's data dictionary.

Size follows the CCC habit: ``size_text`` keeps the words, ``size_low``/``size_high`` the interval newsfold
derived (vague words by the rule table in the README), ``size_mean`` and ``size_cat`` follow from them; title,
claims, tactics and the place are the record's (``Event.titles``, ``Event.claims``, ``Event.tactics``,
``Event.location``), only formatted here. A column the record cannot support is left empty (``valence``).
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from ..models import Article, Event, EventMention, Figure
from ..store import Store
from .citation import describe
from .geo import event_place

__all__ = ["CCC_COLUMNS", "CCC_TYPES", "ccc_rows", "render_ccc", "source_cell"]

CCC_COLUMNS = ["date", "locality", "state", "country", "online", "type", "title", "claims", "valence", "issues",
               "organizations", "participants", "size_text", "size_low", "size_high", "size_mean", "size_cat",
               "arrests", "arrests_any", "injuries_crowd", "injuries_crowd_any", "injuries_police",
               "injuries_police_any", "property_damage", "property_damage_any", "chemical_agents",
               "participant_deaths", "police_deaths", "lat", "lon", "notes"]
# Each column's type in the CCC data dictionary; source_N columns are "source" (a URL, or a description).
CCC_TYPES = {**dict.fromkeys(CCC_COLUMNS, "text"), "date": "date", "online": "binary", "valence": "int",
             "size_low": "int", "size_high": "int", "size_mean": "number", "size_cat": "int", "arrests_any": "binary",
             "injuries_crowd_any": "binary", "injuries_police_any": "binary", "property_damage_any": "binary",
             "chemical_agents": "binary", "participant_deaths": "int", "police_deaths": "int", "lat": "number",
             "lon": "number"}
_POLICE = re.compile(r"\b(police|officers?|policemen|troops)\b", re.I)
_ONLINE = re.compile(r"\b(online|virtual|zoom|livestream(?:ed)?)\b", re.I)
# A few of the CCC's issue tags, by keywords in what the crowd demanded or opposed (claims and titles).
_ISSUES = (
    ("labor", r"\b(pay|wages?|salar|pension|contract|jobs?|workers?|union|strike|shifts?|working conditions)"),
    ("democracy", r"\b(elections?|vote|voting|ballot|democra|rigged|fraud|resign|step down|dictator)"),
    ("economy", r"\b(prices?|tax|taxes|economy|economic|privati[sz]|sale|sell|cost of living|inflation)"),
    ("policing", r"\b(police|policing|brutality|detentions?|arrests?)"),
    ("criminal justice", r"\b(prisoners?|political prisoners|release|jail|court|sentence)"),
    ("environment", r"\b(climate|pollution|environment|fossil|emissions)"),
    ("education", r"\b(schools?|universit|students?|tuition|teachers?)"),
    ("healthcare", r"\b(hospitals?|health|nurses?|doctors?|medical)"),
    ("housing", r"\b(housing|rent|evictions?|tenants?)"),
    ("women's rights", r"\b(women|abortion|femicide|gender)"),
    ("racism", r"\b(racism|racist|racial)"),
    ("immigration", r"\b(immigra|migrants?|refugees?|asylum|deport)"),
    ("foreign affairs", r"\b(war|invasion|occupation|sanctions|embassy)"),
)
_SIZE_CATS = ((10_000, 4), (1_000, 3), (100, 2), (1, 1))


def _type(mentions: list[EventMention], mode: str | None) -> str:
    """CCC's type field lists every form the event took: "strike; march"."""
    triggers = " ".join(m.trigger.lower() for m in mentions)
    kinds = [kind for word, kind in (("strike", "strike"), ("walk", "strike"), ("down tools", "strike"),
                                     ("march", "march"), ("rall", "rally"), ("vigil", "vigil"),
                                     ("picket", "picket"), ("sit-in", "sit-in")) if word in triggers]
    return "; ".join(dict.fromkeys(kinds)) or ("strike" if mode == "strike" else "demonstration")


def _chosen(figs: list[Figure], category: str, police: bool | None = None) -> list[Figure]:
    return [f for f in figs if f.category == category
            and (police is None or bool(_POLICE.search(f.counted or "")) == police)]


def _words(figs: list[Figure]) -> str:
    return "; ".join(dict.fromkeys(f.text for f in figs))


def _count(figs: list[Figure]) -> int | str:
    """An integer count (the largest lower bound the reports give); empty when no report gives a number."""
    numbers = [int(f.low) for f in figs if f.low is not None]
    return max(numbers) if numbers else ""


def _any(figs: list[Figure]) -> int:
    """CCC's binary flag: 1 when a report counts some, 0 when none is reported (or a report says none)."""
    return int(any((f.low or 0) > 0 or f.low is None for f in figs))


def _size(event: Event) -> tuple[int | str, int | str, int | float | str, int]:
    """size_low, size_high, size_mean (the mean of those given) and size_cat (0 unknown, 1 1-99, 2 100-999,
    3 1,000-9,999, 4 10,000+)."""
    low = int(event.size_low) if event.size_low is not None else ""
    high = int(event.size_high) if event.size_high is not None else ""
    given = [v for v in (low, high) if isinstance(v, int)]
    if not given:
        return low, high, "", 0
    mean = sum(given) / len(given)
    mean_cell: int | float = int(mean) if mean.is_integer() else mean
    return low, high, mean_cell, next((cat for floor, cat in _SIZE_CATS if mean >= floor), 0)


def _issues(event: Event, kind: str) -> str:
    text = " ".join([c.text for c in event.claims] + [t.text for t in event.titles]).lower()
    found = [tag for tag, words in _ISSUES if re.search(words, text)]
    if "strike" in kind and "labor" not in found:
        found.insert(0, "labor")
    return "; ".join(found)


def _online(event: Event, has_place: bool) -> int | str:
    """1 when the report says the event was online; 0 when it happened somewhere; empty when nothing says."""
    if _ONLINE.search(event.summary or ""):
        return 1
    return 0 if has_place else ""


def source_cell(article: Article | None, fallback: str) -> str:
    """A source as the CCC cites it: the article's URL, else a description (outlet, title, date); never a path."""
    if article is None:
        return fallback
    return article.url or describe(article)


def ccc_rows(store: Store) -> list[dict[str, Any]]:
    articles = {a.id: a for a in store.articles()}
    entities = store.entities()
    names = {e.id: e.name for e in entities}
    types = {e.id: e.type for e in entities}
    mentions = {m.id: m for m in store.event_mentions()}
    figures = store.figures_by_event()
    rows = []
    for event in (e for e in store.events() if e.type == "PROTEST"):
        figs = figures.get(event.id, [])
        row = _row(event, [mentions[m] for m in event.mentions if m in mentions], figs, names, types)
        for n, source in enumerate(event.sources, start=1):
            row[f"source_{n}"] = source_cell(articles.get(source), source)
        rows.append(row)
    return rows


def _row(event: Event, ms: list[EventMention], figs: list[Figure], names: dict[str, str],
         types: dict[str, str]) -> dict[str, Any]:
    place = event_place(event)
    damage = [t.text.lower() for t in event.tactics if t.kind == "property damage"]
    sizes = [f for f in figs if f.category == "participants"]
    reporters = [f for f in sizes if not f.claimed_by_name]
    deaths, police_deaths = _chosen(figs, "deaths", False), _chosen(figs, "deaths", True)
    unnumbered = [f.text for f in deaths + police_deaths if f.low is None]
    size_low, size_high, size_mean, size_cat = _size(event)
    kind = _type(ms, event.mode)
    notes = [c.explanation for c in event.conflicts] + [f"deaths reported without a number: {t}" for t in unnumbered]
    arrests, hurt, hurt_police = _chosen(figs, "arrests"), _chosen(figs, "injuries", False), \
        _chosen(figs, "injuries", True)
    return {
        "date": event.date or "", "locality": place.location, "state": place.admin1, "country": place.country,
        "online": _online(event, bool(place.country)), "type": kind,
        "title": event.titles[0].text if event.titles else "",
        "claims": "; ".join(dict.fromkeys(c.text for c in event.claims))[:300],
        "valence": "", "issues": _issues(event, kind),
        "organizations": "; ".join(names[a] for a in event.actors if types.get(a) == "ORG"),
        "participants": "; ".join(sorted({f.counted for f in sizes if f.counted and f.counted != "crowd"})),
        # the reporters' words; a party's claim ("20 people", said the president) goes to the notes
        "size_text": _words(reporters or sizes), "size_low": size_low, "size_high": size_high,
        "size_mean": size_mean, "size_cat": size_cat,
        "arrests": _words(arrests), "arrests_any": _any(arrests),
        "injuries_crowd": _words(hurt), "injuries_crowd_any": _any(hurt),
        "injuries_police": _words(hurt_police), "injuries_police_any": _any(hurt_police),
        "property_damage": "; ".join(dict.fromkeys(damage)), "property_damage_any": int(bool(damage)),
        "chemical_agents": int(any(t.kind == "crowd-control weapon" for t in event.tactics)),
        "participant_deaths": _count(deaths), "police_deaths": _count(police_deaths),
        "lat": place.latitude if place.latitude is not None else "",
        "lon": place.longitude if place.longitude is not None else "",
        "notes": " ".join(notes),
    }


def render_ccc(store: Store) -> str:
    rows = ccc_rows(store)
    n_sources = max((sum(1 for k in r if k.startswith("source_")) for r in rows), default=1)
    columns = CCC_COLUMNS[:-1] + [f"source_{n}" for n in range(1, n_sources + 1)] + ["notes"]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", restval="")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()
