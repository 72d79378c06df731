"""Event mentions in sentences no parser reads: a trigger of the paragraph's pack (by lemma, several words where
the pack has them) gives an EventMention of its PLOVER type and mode, with who, where, when and how many from the
same sentence.

With no parse, the sentence's words stand in for its grammar: a negation, a modal or a future auxiliary a few
words before the trigger (or a future ending on it), a condition opened before it, a word of asking or of purpose
before it, a trigger that is an infinitive, an ambiguous trigger without the words its sense needs, a sport,
market or culture sentence (or page) that speaks of no contention: each sets the trigger aside with its reason,
as the English rules do (``nlp/relevance.py``). One act per sentence is one event. People and
organisations before an arrest or an assault act, those after it are its targets (in a verb-final language the
last name before it, which an arrest or an assault is more often done to than done by); every place in the sentence is
its place; the nearest date in the sentence is its date, by offset (a date ahead of the article sets it aside as
the future; one long before as history; an election with no date is background); a figure in the sentence of a
kind the event can have counts it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..models import DateRef, EventMention, Figure, Mention, SetAside, Span
from .event_mentions import _FIGURE_TYPES
from .lexical_tokens import LexicalSentence, Trigger, find_triggers, lexical_sentences
from .parse import Parsed
from .relevance import CONTENTIOUS, decide_topic, long_before, one_act

__all__ = ["lexical_event_mentions", "lexical_topic", "with_lexical_events"]

_ACTOR_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Types whose people named after the trigger are those it is done to ("задержали Иванова", "a arrêté X").
_DONE_TO = {"COERCE", "ASSAULT"}
# How far from a trigger a word may stand and still qualify it (words in between).
_MODAL_WINDOW = 4
_NEGATION_BEFORE, _NEGATION_AFTER = 3, 2
# A sentence about a topic names this many of its words (with none of contention) to set a trigger aside alone.
_TOPIC_IN_SENTENCE = 2
_CLAUSE_BREAK = ",;:—–()，；：、（）،؛"  # Latin, Chinese and Arabic punctuation
_TIMED = ("day", "week", "month", "year")
# Kinds of event a report names again and again as its background ("the results of the elections"): with no
# parse to tell a report of one from a mention of it, only a dated one counts.
_DATED_ONLY = frozenset({"ELECTION"})
# Words after an event noun where a verb-final language puts the verb that carries its tense.
_AFTER_NOUN = 2


@dataclass(frozen=True)
class _Found:
    trigger: Trigger
    start: int
    end: int


def lexical_topic(parsed: Parsed) -> str | None:
    """What the lexical paragraphs of an article are mostly about (the rule of ``relevance.article_topic``)."""
    counts: Counter[str] = Counter()
    words = contention = 0
    for sent in lexical_sentences(parsed):
        for word in sent.words:
            words += 1
            contention += word.lemma in sent.pack.contention_words
            counts.update(t for t, vocabulary in sent.pack.topic_words.items() if word.lemma in vocabulary)
    return decide_topic(counts, words, contention)


def _one_clause(parsed: Parsed, sent: LexicalSentence, i: int, j: int) -> bool:
    """No clause break between words ``i`` and ``j`` (in either order) of the sentence."""
    a, b = sorted((i, j))
    between = parsed.article.text[sent.words[a].end:sent.words[b].start]
    return not any(ch in _CLAUSE_BREAK for ch in between)


def _near(parsed: Parsed, sent: LexicalSentence, found: Trigger, before: int, after: int, words: frozenset[str],
          by_lemma: bool = False) -> str | None:
    """A word of ``words`` (written, or its lemma) within ``before`` words before the trigger or ``after`` after it,
    in the same clause."""
    lo, hi = max(0, found.first - before), min(len(sent.words), found.last + 1 + after)
    for k in [*range(lo, found.first), *range(found.last + 1, hi)]:
        word = sent.words[k]
        if (word.lemma if by_lemma else word.lower) in words and _one_clause(parsed, sent, k, found.first):
            return word.text
    return None


def _conditional(sent: LexicalSentence, found: Trigger) -> str | None:
    return next((w.text for w in sent.words[:found.first] if w.lower in sent.lexical.conditional), None)


def _topic_reason(sent: LexicalSentence, found: Trigger, topic: str | None) -> str | None:
    """A contentious trigger in a page, or a sentence, about sport, markets or culture that speaks of no
    contention ("l'attaque de l'équipe", "атака команды")."""
    if found.plover[0] not in CONTENTIOUS:
        return None
    others = [w for k, w in enumerate(sent.words) if not found.first <= k <= found.last]
    if any(w.lemma in sent.pack.contention_words for w in others):
        return None
    if topic is not None:
        return f"an article about {topic}, and a sentence that speaks of no contention"
    counts = Counter(t for w in others for t, vocabulary in sent.pack.topic_words.items() if w.lemma in vocabulary)
    here = counts.most_common(1)
    if here and here[0][1] >= _TOPIC_IN_SENTENCE:
        return f"a sentence about {here[0][0]} that speaks of no contention"
    return None


def _future_ending(parsed: Parsed, sent: LexicalSentence, found: Trigger) -> str | None:
    """The trigger, a verb a few words before it in its clause ("братимуть участь у страйку"), or in a verb-final
    language a verb right after it ("greve gidecek"), in a future tense of its own (an ending, or a prefix:
    Arabic "سيتظاهرون")."""
    endings, prefixes = sent.lexical.future_endings, sent.lexical.future_prefixes
    if not endings and not prefixes:
        return None
    after = found.last + 1 + (_AFTER_NOUN if sent.lexical.verb_final else 0)
    for k in range(max(0, found.first - _MODAL_WINDOW), min(len(sent.words), after)):
        word = sent.words[k]
        marked = endings and word.lower.endswith(endings) or \
            prefixes and word.lower.startswith(prefixes) and not word.lemma.startswith(prefixes)
        if marked and word.lower != word.lemma and _one_clause(parsed, sent, k, found.first):
            return word.text
    return None


def set_aside_reason(parsed: Parsed, sent: LexicalSentence, found: Trigger, topic: str | None) -> str | None:
    """Why a trigger found by its words is not taken for a reported event, or None when it is."""
    words, pack = sent.lexical, sent.pack
    if word := _near(parsed, sent, found, _NEGATION_BEFORE, _NEGATION_AFTER, words.negation):
        return f"negated ({word})"
    if word := _near(parsed, sent, found, _MODAL_WINDOW, 0, pack.hypothetical, by_lemma=True) or \
            _near(parsed, sent, found, _MODAL_WINDOW, 0, pack.hypothetical):
        return f"hypothetical ({word})"
    if word := _near(parsed, sent, found, _MODAL_WINDOW, 0, words.asking, by_lemma=True):
        return f"asked for, not reported ({word})"
    if word := _near(parsed, sent, found, _MODAL_WINDOW, 0, words.future):
        return f"future ({word})"
    if word := _future_ending(parsed, sent, found):
        return f"future ({word})"
    if word := _conditional(sent, found):
        return f"conditional ({word})"
    if word := _near(parsed, sent, found, _MODAL_WINDOW, 0, words.purpose):
        return f"a purpose, not a report ({word})"
    first = sent.words[found.first]
    if found.first == found.last and words.infinitive_endings and first.lower == first.lemma and \
            first.lower.endswith(words.infinitive_endings):
        return f"an infinitive: wanted, planned or allowed, not reported ({first.text})"
    if (wanted := pack.needs_object.get(first.lemma)) and not wanted & {w.lemma for w in sent.words}:
        return f"another sense: no {' or '.join(sorted(wanted)[:3])} ... in the sentence"
    return _topic_reason(sent, found, topic)


def _date(dates: list[DateRef], sent: LexicalSentence, at: int, parsed: Parsed) -> DateRef | None:
    inside = [d for d in dates if sent.start <= d.start < sent.end and d.granularity in _TIMED
              and not parsed.in_quote(d.start, d.end)]
    return min(inside, key=lambda d: abs(d.start - at), default=None)


def _when_reason(parsed: Parsed, trigger: Trigger, date: DateRef | None) -> str | None:
    """Why the trigger's date (or its lack) says it reports no event of the article's: an election with no date,
    a date ahead of the article, a date long before it."""
    if date is None:
        return "an election named with no date of its own: background, not a report of it" \
            if trigger.plover[0] in _DATED_ONLY else None
    if date.future:
        return f"future ({date.text})"
    return f"long before the article ({date.text})" if long_before(date, parsed.article.published) else None


def _in(mentions: list[Mention], sent: LexicalSentence, labels: set[str]) -> list[Mention]:
    return [m for m in mentions if m.label in labels and sent.start <= m.start and m.end <= sent.end
            and not m.in_quote]


def _spans(article: str, mentions: list[Mention]) -> list[Span]:
    return [Span(article, m.start, m.end, "nlp") for m in mentions]


def _targets(named: list[Mention], found: _Found, sent: LexicalSentence) -> list[Mention]:
    """Who an arrest or an assault is done to: the names after the trigger, or in a verb-final language the last
    name before it ("Polis X'i gözaltına aldı")."""
    if not sent.lexical.verb_final:
        return [m for m in named if m.start >= found.end]
    return [m for m in named if m.end <= found.start][-1:]


def _mention(parsed: Parsed, sent: LexicalSentence, found: _Found, date: DateRef | None, figures: list[Figure],
             number: int) -> EventMention:
    article = parsed.article
    etype, mode = found.trigger.plover
    named = _in(parsed.mentions, sent, _ACTOR_LABELS)
    targets = _targets(named, found, sent) if etype in _DONE_TO else []
    counted = [f.id for f in figures if sent.start <= f.start < sent.end
               and etype in _FIGURE_TYPES.get(f.category, set())]
    return EventMention(
        id=f"{article.id}-e{number}", article=article.id, start=sent.start, end=sent.end,
        text=article.text[sent.start:sent.end], trigger=found.trigger.words, type=etype, mode=mode,
        date=date.value if date else None, date_granularity=date.granularity if date else None,
        weekday=date.weekday if date else None, date_text=date.text if date else None,
        date_start=date.start if date else None,
        actor_mentions=_spans(article.id, [m for m in named if m not in targets]),
        place_mentions=_spans(article.id, _in(parsed.mentions, sent, _PLACE_LABELS)),
        target_mentions=_spans(article.id, targets), figures=counted, stage="lexical_events")


def _aside(parsed: Parsed, found: _Found, reason: str) -> SetAside:
    return SetAside(parsed.article.id, found.start, found.end, found.trigger.words, found.trigger.plover[0], reason)


def lexical_event_mentions(parsed: Parsed, dates: list[DateRef], figures: list[Figure], topic: str | None,
                           first_id: int = 0) -> tuple[list[EventMention], list[SetAside]]:
    """The event mentions of the sentences no parser reads, and the triggers set aside with their reasons. A
    trigger inside quotation marks is someone's words, not the reporter's account, and is passed over."""
    out: list[EventMention] = []
    set_aside: list[SetAside] = []
    for sent in lexical_sentences(parsed):
        seen: set[tuple[str, str | None]] = set()
        for trigger in find_triggers(sent):
            found = _Found(trigger, sent.words[trigger.first].start, sent.words[trigger.last].end)
            if parsed.in_quote(found.start, found.end) or trigger.plover in seen:
                continue
            date = _date(dates, sent, found.start, parsed)
            reason = set_aside_reason(parsed, sent, trigger, topic) or _when_reason(parsed, trigger, date)
            if reason:
                set_aside.append(_aside(parsed, found, reason))
                continue
            seen.add(trigger.plover)
            out.append(_mention(parsed, sent, found, date, figures, first_id + len(out)))
    return out, set_aside


def with_lexical_events(parsed: Parsed, dates: list[DateRef], figures: list[Figure], topic: str | None,
                        mentions: list[EventMention], set_aside: list[SetAside]
                        ) -> tuple[list[EventMention], list[SetAside]]:
    """The parser's event mentions with those of the sentences it did not read; a quote's statement in such a
    sentence joins the act it is the words of (``relevance.one_act``: "X a exigé ..., affirmant ...")."""
    found, aside = lexical_event_mentions(parsed, dates, figures, topic, first_id=len(mentions))
    if not found:
        return mentions, set_aside + aside
    starts = {m.start for m in found}
    statements = [m for m in mentions if m.type == "STATEMENT" and m.start in starts]
    rest = [m for m in mentions if not (m.type == "STATEMENT" and m.start in starts)]
    return one_act(rest + found, statements, set_aside + aside)
