"""What the tests of the languages read by their words (fr, de, es, it, pt, tr, uk, ru, pl) check in one analysis:
the event a trigger gives in its sentence, a trigger set aside with its reason, a quote and its speaker."""

from __future__ import annotations

from newsfold.models import Analysis, EventMention, Quote


def written(text: str, spans: list) -> list[str]:
    return [text[s.start:s.end] for s in spans]


def event(analysis: Analysis, text: str, etype: str, mode: str | None) -> EventMention:
    """The one event of this type and mode; its offsets are those of its sentence."""
    [found] = [e for e in analysis.events if (e.type, e.mode) == (etype, mode)]
    sentence = next(s for s in analysis.sentences if s.start <= found.start < s.end)
    assert (found.start, found.end) == (sentence.start, sentence.end) and found.text == text[found.start:found.end]
    return found


def set_aside(analysis: Analysis, word: str) -> str:
    """The reason the trigger ``word`` was set aside (and no event came of it)."""
    [found] = [s for s in analysis.set_aside if s.text == word]
    assert not any(e.trigger == word for e in analysis.events)
    return found.reason


def quote(analysis: Analysis, direct: bool = True) -> Quote:
    [found] = [q for q in analysis.quotes if q.direct == direct]
    return found
