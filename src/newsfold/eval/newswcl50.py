"""NewsWCL50 (Hamborg et al. 2019): entity coreference across the five outlets that report each of ten events.

newsfold's entity resolution runs once per event over its five articles, rebuilt from the CoNLL tokens.

Matching (gold mentions, the headline): each gold mention takes the newsfold entity whose mention covers the
gold mention's syntactic head (spaCy's root of the span); a gold mention with no such entity is a nominal (below).
Predicted mentions (end to end): the response holds every newsfold entity mention; one that covers a gold head
stands for that gold mention, the others count as spurious (NewsWCL50 annotates only the concepts of each event,
so this variant is harsh on precision). Found mentions only: the gold mentions newsfold has a mention for,
which measures linking alone. Baseline: gold mentions with the same head word corefer.
Nominals: a gold mention whose head no newsfold mention covers ("the president", "migrants") goes to
``newsfold.resolve.nominals.link_nominals``, run once per event over all such mentions (of every concept type),
which links it to a named entity or groups it with the event's unlinked mentions of the same head lemma; the
``names_only`` variants leave them singletons, as newsfold's named-entity resolution alone does.
Tuning: NewsWCL50 has no train/dev split, so the linker's rules and settings were tuned on events 0-4 only; the
figures for events 5-9 (held out) and 0-4 are reported apart.
Concepts: all eight NewsWCL50 types, and the entity concepts (ACTOR persons, COUNTRY countries and their
institutions, GROUP parties and organisations); the headline figure is the entity concepts on gold mentions.
Scores are summed over the ten events (no concept spans two events). A span annotated for two concepts keeps the
first, as the reference scorer does with repeated mentions.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from tqdm import tqdm

from ..models import Article, Entity
from ..nlp import analyse
from ..nlp.nominals import named_mention, nominal, token_span
from ..nlp.parse import Parsed, load_model, parse_articles
from ..resolve import resolve_entities, sure_link
from ..resolve.nominals import NamedMention, Nominal, NominalLink, NominalSettings, link_nominals
from ..settings import Settings, default_settings
from .coref import ConllDocument, clusters_from_labels, conll_scores, read_conll, write_conll

__all__ = ["ENTITY_TYPES", "TUNED_EVENTS", "VARIANTS", "EventResult", "GoldMention", "WclArticle", "load_articles",
           "detokenize", "run_event", "benchmark_linker", "link_event", "gold_mention_response", "names_only_response",
           "predicted_mention_response", "same_head_response", "found_only", "score_variant", "write_scorer_files",
           "evaluate"]

ENTITY_TYPES = frozenset({"ACTOR", "COUNTRY", "GROUP"})
_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "'re", "'ve", "'ll",
                    "'d", "'m", "'", "’", "..."}
_NO_SPACE_AFTER = {"(", "[", "{", "$", "#", "“", "‘"}

CharSpan = tuple[int, int]


@dataclass(frozen=True)
class GoldMention:
    article: str
    start: int  # characters in WclArticle.text, end exclusive
    end: int
    chain: str  # the concept, e.g. "0_USA_Trump_ACTOR"
    tokens: tuple[int, int]  # the same span in CoNLL token positions

    @property
    def kind(self) -> str:
        return self.chain.rsplit("_", 1)[-1]

    @property
    def id(self) -> tuple[str, int, int]:
        return (self.article, self.start, self.end)


@dataclass
class WclArticle:
    id: str  # "<event>_<outlet>"
    event: str
    text: str
    mentions: list[GoldMention]
    conll: ConllDocument


def _is_break(token: str) -> bool:
    return "\\n" in token or "\n" in token


def detokenize(tokens: list[str]) -> tuple[str, list[CharSpan]]:
    """Text from tokens with English spacing; "\\n" tokens end a paragraph. Returns text and each token's span."""
    text, offsets = "", []
    quote_open = glue_next = False
    for i, token in enumerate(tokens):
        if _is_break(token) or not token.strip():
            if _is_break(token) and text and not text.endswith("\n\n"):
                text, quote_open = text.rstrip(" ") + "\n\n", False
            offsets.append((len(text), len(text)))
            continue
        no_space = glue_next or not text or text.endswith("\n") or token in _NO_SPACE_BEFORE
        glue_next = token in _NO_SPACE_AFTER
        if token == '"':
            no_space, glue_next, quote_open = no_space or quote_open, not quote_open, not quote_open
        if token == "-" and text[-1:].isalnum() and tokens[i + 1:i + 2] and tokens[i + 1][:1].isalnum():
            no_space, glue_next = True, True  # "Jong - un" was "Jong-un"
        if not no_space:
            text += " "
        offsets.append((len(text), len(text) + len(token)))
        text += token
    return text, offsets


def _article(doc: ConllDocument) -> WclArticle:
    article_id = doc.name.rsplit("/", 1)[-1]
    text, offsets = detokenize(doc.tokens())
    mentions = []
    for start, end, chain in doc.mentions:
        spans = [offsets[i] for i in range(start, end) if offsets[i][1] > offsets[i][0]]
        if spans:
            mentions.append(GoldMention(article_id, spans[0][0], spans[-1][1], str(chain), (start, end)))
    return WclArticle(article_id, article_id.split("_")[0], text, mentions, doc)


def load_articles(data_dir: Path) -> list[WclArticle]:
    with (data_dir / "NewsWCL50.conll").open(encoding="utf-8") as lines:
        return [_article(doc) for doc in read_conll(lines)]


def _head(parsed: Parsed, start: int, end: int) -> CharSpan:
    """Character span of the syntactic root of text[start:end] (the last token when there is no parse)."""
    found = token_span(parsed, start, end)
    if found is None:
        return end - 1, end
    root, offset = found[0].root, found[1]
    return offset + root.idx, offset + root.idx + len(root.text)


@dataclass
class EventResult:
    """One event's gold mentions with their heads, and newsfold's entity mentions with entity ids."""

    event: str
    texts: dict[str, str]  # article id -> text
    gold: list[GoldMention]
    heads: dict[tuple[str, int, int], CharSpan]
    predicted: list[tuple[str, int, int, str]]  # (article, start, end, entity id)
    named: list[NamedMention] = field(default_factory=list)  # the linker's inputs
    phrases: list[Nominal] = field(default_factory=list)  # gold mentions no newsfold mention covers, as nominals
    nominals: dict[tuple[str, int, int], NominalLink] = field(default_factory=dict)  # their links
    entities: dict[str, Entity] = field(default_factory=dict)  # by the ids in ``predicted``


def benchmark_linker(settings: NominalSettings) -> NominalSettings:
    """The nominal linker as NewsWCL50 scores it: its COUNTRY concepts take in a country's government, officials
    and institutions, so a country named in a phrase stands for it (the record keeps strict identity)."""
    return replace(settings, country_modifier=True)


def link_event(result: EventResult, settings: NominalSettings | None = None) -> EventResult:
    """Link the event's nominals (again, e.g. with other settings; default: the packaged benchmark linker):
    fills ``result.nominals``."""
    linker = settings or benchmark_linker(default_settings().nominals)
    result.nominals = {link.nominal.id: link for link in link_nominals(result.named, result.phrases, linker)}
    return result


def run_event(articles: list[WclArticle], settings: Settings) -> EventResult:
    """Parse and analyse one event's articles, resolve their entities together, find each gold mention's head.

    The same steps as ``newsfold.nlp.analyse_texts`` (offsets index the text as given), keeping spaCy's parses
    so that gold heads cost no second pass."""
    docs = [Article(id=a.id, path=a.id, text=a.text, language="en") for a in articles]
    nlp = load_model(settings.nlp.model)
    parsed_all = list(parse_articles(docs, nlp, settings.nlp.batch_size, 1))
    analyses = [analyse(p) for p in parsed_all]
    index = resolve_entities(docs, analyses)
    event = articles[0].event
    predicted = [(art, s, e, f"{event}:{entity.id}") for entity in index.entities
                 for art, s, e in ((m.article, m.start, m.end) for m in entity.mentions)]
    parsed_of = {p.article.id: p for p in parsed_all}
    gold = [m for a in articles for m in a.mentions]
    heads = {m.id: _head(parsed_of[m.article], m.start, m.end) for m in gold}
    types = {f"{event}:{entity.id}": entity.type for entity in index.entities}
    named = [named_mention(parsed_of[a], a, s, e, eid, types[eid]) for a, s, e, eid in predicted]
    covering = _covering(predicted)
    uncovered = {m.id: m for m in gold if not covering(m.article, heads[m.id][0])}
    phrases = [n for m in uncovered.values() if (n := nominal(parsed_of[m.article], m.article, m.start, m.end))]
    result = EventResult(event, {a.id: a.text for a in articles}, gold, heads, predicted, named, phrases,
                         entities={f"{event}:{e.id}": e for e in index.entities})
    return link_event(result, benchmark_linker(settings.nominals))


def record_links(result: EventResult, settings: NominalSettings) -> EventResult:
    """The event linked as ``newsfold run`` links a story: the packaged [nominals] settings (strict identity),
    and only the links the record keeps (``resolve.sure_link``)."""
    links = link_nominals(result.named, result.phrases, settings)
    kept = {link.nominal.id: link for link in links
            if link.entity is not None and link.entity in result.entities
            and sure_link(link, result.entities[link.entity])}
    return replace(result, nominals=kept)


def _covering(predicted: list[tuple[str, int, int, str]]) -> Callable[[str, int], list[tuple[int, int, str]]]:
    by_article: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for art, s, e, eid in predicted:
        by_article[art].append((s, e, eid))

    def covering(article: str, offset: int) -> list[tuple[int, int, str]]:
        return sorted(p for p in by_article[article] if p[0] <= offset < p[1])
    return covering


def _gold(result: EventResult, kinds: frozenset[str] | None) -> list[GoldMention]:
    """Gold mentions of the chosen kinds (a span annotated for two concepts keeps the first, as the scorer does)."""
    return [m for m in result.gold if kinds is None or m.kind in kinds]


def gold_mention_response(result: EventResult, gold: list[GoldMention]) -> list[tuple[Hashable, Hashable]]:
    """Each gold mention labelled with the entity covering its head, else with its nominal link: an entity, or the
    event's cluster of unlinked nominals with its head (a singleton when the parse had no tokens for it)."""
    out: list[tuple[Hashable, Hashable]] = []
    for (mid, label), m in zip(names_only_response(result, gold), gold, strict=True):
        link = result.nominals.get(m.id) if label == ("alone", m.id) else None
        if link is not None:
            label = link.entity or ("nominal", result.event, link.cluster)
        out.append((mid, label))
    return out


def names_only_response(result: EventResult, gold: list[GoldMention]) -> list[tuple[Hashable, Hashable]]:
    """Each gold mention labelled with the entity covering its head, else with itself (a singleton)."""
    covering = _covering(result.predicted)
    out: list[tuple[Hashable, Hashable]] = []
    for m in gold:
        hit = covering(m.article, result.heads[m.id][0])
        out.append((m.id, hit[0][2] if hit else ("alone", m.id)))
    return out


def predicted_mention_response(result: EventResult, gold: list[GoldMention]) -> list[tuple[Hashable, Hashable]]:
    """Every newsfold mention, standing for the gold mention whose head it covers (each gold mention used once).

    A newsfold mention that stands for a gold mention of a kind left out of this evaluation is dropped."""
    wanted = {m.id for m in gold}
    heads: dict[str, list[GoldMention]] = defaultdict(list)
    for m in result.gold:
        heads[m.article].append(m)
    used: set[Hashable] = set()
    out: list[tuple[Hashable, Hashable]] = []
    for art, s, e, eid in sorted(result.predicted):
        inside = [g for g in heads[art] if s <= result.heads[g.id][0] < e and g.id not in used]
        if not inside:
            out.append((("predicted", art, s, e), eid))
            continue
        best = min(inside, key=lambda g: (abs(g.start - s) + abs(g.end - e), g.start))
        used.add(best.id)
        if best.id in wanted:
            out.append((best.id, eid))
    return out


def same_head_response(result: EventResult, gold: list[GoldMention]) -> list[tuple[Hashable, Hashable]]:
    """Baseline: gold mentions of one event whose heads are the same word (case-insensitive) corefer."""
    out: list[tuple[Hashable, Hashable]] = []
    for m in gold:
        s, e = result.heads[m.id]
        out.append((m.id, (result.event, result.texts[m.article][s:e].lower())))
    return out


def _scores(pairs: Iterable[tuple[list[tuple[Hashable, Hashable]], list[tuple[Hashable, Hashable]]]]
            ) -> dict[str, float]:
    key: list[tuple[Hashable, Hashable]] = []
    response: list[tuple[Hashable, Hashable]] = []
    for k, r in pairs:
        key += k
        response += r
    return conll_scores(clusters_from_labels(key), clusters_from_labels(response))


def _key(gold: list[GoldMention]) -> list[tuple[Hashable, Hashable]]:
    return [(m.id, m.chain) for m in gold]


Response = Callable[[EventResult, list[GoldMention]], list[tuple[Hashable, Hashable]]]


def found_only(result: EventResult, gold: list[GoldMention]) -> list[GoldMention]:
    """The gold mentions whose head lies inside some newsfold entity mention (linking quality alone)."""
    covering = _covering(result.predicted)
    return [m for m in gold if covering(m.article, result.heads[m.id][0])]


def score_variant(results: list[EventResult], kinds: frozenset[str] | None, response: Response,
                  found: bool = False) -> dict[str, float]:
    """CoNLL scores summed over events for one choice of concepts and one way of building the response."""
    pairs = []
    for result in results:
        gold = _gold(result, kinds)
        gold = found_only(result, gold) if found else gold
        pairs.append((_key(gold), response(result, gold)))
    return _scores(pairs)


VARIANTS: dict[str, tuple[frozenset[str] | None, Response, bool]] = {
    "entities": (ENTITY_TYPES, gold_mention_response, False),
    "all_concepts": (None, gold_mention_response, False),
    "entities_names_only": (ENTITY_TYPES, names_only_response, False),
    "all_concepts_names_only": (None, names_only_response, False),
    "entities_predicted_mentions": (ENTITY_TYPES, predicted_mention_response, False),
    "all_concepts_predicted_mentions": (None, predicted_mention_response, False),
    "entities_found_mentions_only": (ENTITY_TYPES, gold_mention_response, True),
    "entities_same_head_baseline": (ENTITY_TYPES, same_head_response, False),
    "all_concepts_same_head_baseline": (None, same_head_response, False),
}


def _event_document(result: EventResult, articles: list[WclArticle], gold: list[GoldMention],
                    labels: dict[Hashable, Hashable]) -> tuple[ConllDocument, ConllDocument]:
    """One CoNLL document per event (the five articles in a row), as key and as response."""
    key = ConllDocument(f"newswcl50_event_{result.event}", [])
    response = ConllDocument(key.name, key.sentences)
    seen: set[Hashable] = set()
    for article in articles:
        base = sum(len(s) for s in key.sentences)
        key.sentences.extend(article.conll.sentences)
        for m in gold:
            if m.article == article.id and m.id not in seen:
                seen.add(m.id)
                key.mentions.append((base + m.tokens[0], base + m.tokens[1], m.chain))
                response.mentions.append((base + m.tokens[0], base + m.tokens[1], labels[m.id]))
    return key, response


def write_scorer_files(out_dir: Path, articles: list[WclArticle], results: list[EventResult]) -> None:
    """key.conll and response.conll for the headline (entity concepts, gold mentions), for the reference scorer."""
    keys, responses = [], []
    for result in results:
        gold = _gold(result, ENTITY_TYPES)
        labels = dict(gold_mention_response(result, gold))
        key, response = _event_document(result, [a for a in articles if a.event == result.event], gold, labels)
        keys.append(key)
        responses.append(response)
    with (out_dir / "key.conll").open("w", encoding="utf-8") as out:
        write_conll(out, keys)
    with (out_dir / "response.conll").open("w", encoding="utf-8") as out:
        write_conll(out, responses)


def _line(name: str, s: dict[str, float]) -> str:
    return (f"{name}: CoNLL F1 {s['conll_f1']:.2f} (MUC {s['muc_f1']:.2f}, B3 {s['b3_f1']:.2f}, "
            f"CEAF-e {s['ceafe_f1']:.2f}; MUC R/P {s['muc_r']:.1f}/{s['muc_p']:.1f})")


TUNED_EVENTS = frozenset({"0", "1", "2", "3", "4"})  # the nominal linker was tuned on these; 5-9 are held out


def _report_split(results: list[EventResult], figures: dict[str, Any], report: Callable[[str], None]) -> None:
    """Entity CoNLL F1 (and the same-head baseline's) on the events the nominal linker was tuned on, and the rest."""
    for name, label, part in (
            ("tuned_events_0_4", "events 0-4 (tuned on)", [r for r in results if r.event in TUNED_EVENTS]),
            ("held_out_events_5_9", "events 5-9 (held out)", [r for r in results if r.event not in TUNED_EVENTS])):
        if not part:
            continue
        ours = score_variant(part, ENTITY_TYPES, gold_mention_response)["conll_f1"]
        baseline = score_variant(part, ENTITY_TYPES, same_head_response)["conll_f1"]
        figures[f"entities_{name}"] = {"conll_f1": round(ours, 2), "same_head_baseline": round(baseline, 2)}
        report(f"entities, {label}: CoNLL F1 {ours:.2f} (same-head baseline {baseline:.2f})")


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings,
             report: Callable[[str], None]) -> dict[str, Any]:
    """Resolve entities per event and score them against NewsWCL50's concept chains; the dict holds every figure."""
    articles = load_articles(data_dir)
    events = sorted({a.event for a in articles}, key=int)
    results = [run_event([a for a in articles if a.event == event], settings)
               for event in tqdm(events, desc="newswcl50 events", unit="event", file=sys.stderr, disable=None)]
    figures: dict[str, Any] = {"articles": len(articles), "events": len(events)}
    for name, (kinds, response, found) in VARIANTS.items():
        scores = score_variant(results, kinds, response, found)
        report(_line(name, scores))
        figures[name] = {k: round(v, 2) for k, v in scores.items()}
    figures["per_event_entities_conll_f1"] = {
        r.event: round(score_variant([r], ENTITY_TYPES, gold_mention_response)["conll_f1"], 2) for r in results}
    n_found = sum(len(found_only(r, _gold(r, ENTITY_TYPES))) for r in results)
    n_gold = sum(len(_gold(r, ENTITY_TYPES)) for r in results)
    figures["entity_heads_found"] = round(100 * n_found / max(1, n_gold), 2)
    figures["conll_f1"] = figures["entities"]["conll_f1"]
    as_run = score_variant([record_links(r, settings.nominals) for r in results], ENTITY_TYPES, gold_mention_response)
    figures["entities_as_run_links"] = {k: round(v, 2) for k, v in as_run.items()}
    report(_line("entities, linked as newsfold run links (sure links, strict identity)", as_run))
    report(f"per event (entities): {figures['per_event_entities_conll_f1']}; gold entity mentions whose head is in "
           f"a newsfold mention: {figures['entity_heads_found']:.1f}%")
    _report_split(results, figures, report)
    report(f"headline: entity concepts (ACTOR, COUNTRY, GROUP) on gold mentions, CoNLL F1 {figures['conll_f1']:.2f}")
    if out_dir:
        write_scorer_files(out_dir, articles, results)
    return figures
