"""Independent sources and disagreements: who saw an event, and where their figures differ and why.

A copy of an article, or a report that cites another outlet ("according to X"), is not a second witness.
Differences between figures are classified: a count that grew over time (the later one supersedes), a
different scope (one city vs the whole country), a party's claim vs a reporter's, or true disagreement.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..models import Article, Conflict, Figure
from ..resolve.names import name_key
from .features import MentionFeatures

__all__ = ["independent_sources", "figure_conflicts", "resolve_size", "resolved_values", "FIELD_OF_CATEGORY"]

FIELD_OF_CATEGORY = {"participants": "size", "arrests": "arrests", "deaths": "deaths", "injuries": "injuries"}
_CITE = re.compile(r"(?:according to|reported by|quoted by|told|cited by)\s+(?:the\s+)?(?P<who>[A-Z][\w.'&-]*"
                   r"(?:\s+[A-Z][\w.'&-]*)*)|(?P<who2>[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*)*)\s+reported\b")
_SCOPE = re.compile(r"\b(alone|nationwide|across the country|countrywide|in the capital|in [A-Z][a-z]+ alone)\b")


def citation(text: str) -> str | None:
    match = _CITE.search(text)
    if not match:
        return None
    return (match["who"] or match["who2"]).strip()


def independent_sources(members: list[MentionFeatures], articles: dict[str, Article]
                        ) -> tuple[int, list[str], list[str]]:
    """(count, explanation chain, source article ids)."""
    by_article: dict[str, list[MentionFeatures]] = defaultdict(list)
    for f in members:
        by_article[f.mention.article].append(f)
    outlets = {name_key(articles[a].outlet or ""): a for a in by_article if articles[a].outlet}
    origin_of: dict[str, str] = {}
    chain: list[str] = []
    for aid, fs in sorted(by_article.items()):
        origin = fs[0].origin
        if origin != aid:
            chain.append(f"{aid} is a copy of {origin}: one witness")
        cited = {citation(f.mention.text) for f in fs}
        if len(cited) == 1 and None not in cited:
            who = cited.pop() or ""
            cited_article = outlets.get(name_key(who))
            if cited_article and cited_article != aid:
                origin = origin_of.get(cited_article, articles[cited_article].id)
                chain.append(f"{aid} reports it according to {who} ({cited_article}): not independent")
            else:
                origin = f"cited:{name_key(who)}"
                chain.append(f"{aid} reports it according to {who}: counted as {who}'s witness")
        origin_of[aid] = origin
    origins = sorted(set(origin_of.values()))
    return len(origins), chain, sorted(by_article)


def _interval(f: Figure) -> tuple[float, float]:
    """A figure as a closed interval: "more than 6,700" is [6700, inf), "up to 100" is [0, 100]."""
    if f.low is None and f.high is None:
        value = f.value if f.value is not None else 0.0
        return value, value
    return (f.low if f.low is not None else 0.0), (f.high if f.high is not None else float("inf"))


def _label(f: Figure) -> str:
    return f.text


_SEVERITY = ["compatible", "series", "supersedes", "scope", "claimant", "disagreement"]


def _reading(f: Figure) -> tuple[float, float]:
    """The interval a reader takes from the words: "more than 100,000" is not a claim of 200,000, so an open
    "more than N" / "at least N" is read up to 1.5 N (a reporter who believed more would give a higher figure)."""
    low, high = _interval(f)
    if high == float("inf") and low > 0:
        return low, low * 1.5
    return low, high


def _overlap(a: Figure, b: Figure) -> bool:
    (la, ha), (lb, hb) = _reading(a), _reading(b)
    return la <= hb and lb <= ha


def _classify(a: Figure, b: Figure, text_a: str, text_b: str, parties: frozenset[str] = frozenset()
              ) -> tuple[str, str]:
    if a.as_of and b.as_of and a.as_of != b.as_of:
        later, earlier = (a, b) if a.as_of > b.as_of else (b, a)
        if _interval(later)[1] >= _interval(earlier)[0]:
            return "supersedes", (f"a running count: {_label(later)} as of {later.as_of} supersedes "
                                  f"{_label(earlier)} as of {earlier.as_of}; no contradiction")
    if a.cumulative and b.cumulative and not (a.as_of and b.as_of):
        return "series", (f"running counts reported at different times ({_label(a)}, {_label(b)}); "
                          "an undated report cannot be put in order")
    if _overlap(a, b):
        return "compatible", f"{_label(a)} and {_label(b)} overlap: no contradiction"
    if bool(_SCOPE.search(text_a)) != bool(_SCOPE.search(text_b)):
        return "scope", "different scope: one figure counts a narrower or wider area than the other"
    who_a, who_b = a.claimed_by_name, b.claimed_by_name
    party_a, party_b = _is_party(a, parties), _is_party(b, parties)
    if (party_a or party_b) and (who_a is None) != (who_b is None) or \
            (who_a and who_b and name_key(who_a) != name_key(who_b) and (party_a or party_b)):
        return "claimant", (f"a party's claim is not a count: {who_a or 'the reporter'} says {_label(a)}, "
                            f"{who_b or 'the reporter'} says {_label(b)}")
    return "disagreement", (f"sources disagree: {who_a or 'the reporter'} says {_label(a)}, "
                            f"{who_b or 'the reporter'} says {_label(b)}, for the same event")


# Who takes part in or is targeted by an event has a stake in its size: the marchers, the police, the government.
_PARTY_ROLE = re.compile(r"(?i)\b(?:they|we|workers?|strikers?|protesters?|demonstrators?|marchers?|organi[sz]ers?|"
                         r"activists?|police|militia|authorities|government|ministry|officials?|president|banners?|"
                         r"opposition|unions?)\b")


def _who(fig: Figure, parties: frozenset[str]) -> str:
    who = fig.claimed_by_name or "the reporter"
    return f"{who} (a party)" if _is_party(fig, parties) else who


def _is_party(fig: Figure, parties: frozenset[str]) -> bool:
    """A claimant who is one of the event's actors or targets, or speaks for a side ("the workers", "police")."""
    if fig.claimed_by and fig.claimed_by in parties:
        return True
    return bool(fig.claimed_by_name and _PARTY_ROLE.search(fig.claimed_by_name))


def figure_conflicts(figures: list[tuple[Figure, str]], parties: frozenset[str] = frozenset()) -> list[Conflict]:
    """Per field, the distinct values reported (with their sentence) and how they differ. ``parties``: the
    event's actors and targets, whose claims are told apart from reporters' counts."""
    by_field: dict[str, list[tuple[Figure, str]]] = defaultdict(list)
    for fig, text in figures:
        field = FIELD_OF_CATEGORY.get(fig.category)
        if field:  # a running total and a one-night count measure different things
            by_field[f"{field} (running total)" if fig.cumulative else field].append((fig, text))
    conflicts = []
    for field, items in sorted(by_field.items()):
        distinct: dict[tuple[float, float], list[tuple[Figure, str]]] = {}
        for fig, text in items:
            distinct.setdefault(_interval(fig), []).append((fig, text))
        if len(distinct) < 2:
            continue
        groups = sorted(distinct.values(), key=lambda g: _interval(g[0][0]))
        pairs = [_classify(a[0][0], b[0][0], a[0][1], b[0][1], parties)
                 for i, a in enumerate(groups) for b in groups[i + 1:]]
        kind, explanation = max(pairs, key=lambda k: _SEVERITY.index(k[0]))
        if kind in ("claimant", "disagreement") and len(groups) > 2:
            said = "; ".join(f"{_who(g[0][0], parties)} says {g[0][0].text}" for g in groups)
            explanation = (f"parties' claims set apart from the reporters' count: {said}" if kind == "claimant"
                           else f"sources disagree on the same event: {said}")
        values = [{"value": g[0][0].text, "low": _interval(g[0][0])[0],
                   "high": None if _interval(g[0][0])[1] == float("inf") else _interval(g[0][0])[1],
                   "articles": sorted({f.article for f, _ in g}), "figures": [f.id for f, _ in g],
                   "claimed_by": sorted({f.claimed_by_name for f, _ in g if f.claimed_by_name}),
                   "as_of": sorted({f.as_of for f, _ in g if f.as_of})}
                  for g in groups]
        conflicts.append(Conflict(field, values, kind, explanation))
    return conflicts


def resolve_size(figures: list[Figure], conflicts: list[Conflict]) -> tuple[float | None, float | None, str]:
    """The event's crowd size with the rule that chose it."""
    sizes = [f for f in figures if f.category == "participants"]
    if not sizes:
        return None, None, "no crowd figure reported"
    reporters = [f for f in sizes if f.claimed_by_name is None] or sizes
    conflict = next((c for c in conflicts if c.field == "size"), None)
    if conflict is None or conflict.kind in ("claimant", "scope", "compatible", "series"):
        lows = [_interval(f)[0] for f in reporters]
        highs = [_interval(f)[1] for f in reporters]
        high = max(highs)
        return min(lows), (None if high == float("inf") else high), "reporters' figures (parties' claims kept apart)"
    # sources disagree: the record spans them, an open "more than N" counting as N
    lows = [_interval(f)[0] for f in sizes]
    highs = [h if (h := _interval(f)[1]) != float("inf") else _interval(f)[0] for f in sizes]
    return min(lows), max(highs), "sources disagree: the range from the lowest to the highest figure"


def resolved_values(figures: list[Figure], conflicts: list[Conflict],
                    size: tuple[float | None, float | None, str]) -> list[dict[str, object]]:
    """What the record settles on per field, and the rule: size from ``resolve_size``; a running count takes
    its latest report; other counts the range the reporters give."""
    out: list[dict[str, object]] = []
    if size[0] is not None or size[1] is not None:
        out.append({"field": "size", "low": size[0], "high": size[1], "rule": size[2]})
    for field in ("arrests", "deaths", "injuries"):
        found = [f for f in figures if FIELD_OF_CATEGORY.get(f.category) == field]
        if not found:
            continue
        running = [f for f in found if f.cumulative and f.as_of]
        if running:
            latest = max(running, key=lambda f: (f.as_of or "", _interval(f)[0]))
            low, high = _interval(latest)
            out.append({"field": f"{field} (running total)", "low": low, "high": None if high == float("inf") else high,
                        "as_of": latest.as_of, "rule": f"the latest running count ({latest.text} as of {latest.as_of}) "
                                                      "supersedes earlier ones"})
            continue
        reporters = [f for f in found if not f.claimed_by_name] or found
        lows, highs = [_interval(f)[0] for f in reporters], [_interval(f)[1] for f in reporters]
        out.append({"field": field, "low": min(lows), "high": None if max(highs) == float("inf") else max(highs),
                    "rule": "range of the reporters' figures" if len(reporters) < len(found) or
                    not any(f.claimed_by_name for f in found) else "range of the claims (no reporter's own count)"})
    return out
