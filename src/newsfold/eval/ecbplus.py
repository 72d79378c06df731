"""ECB+ (Cybulska and Vossen 2014): story clustering of documents and cross-document event coreference.

Clusters all documents (read by ``ecbplus_corpus``) into stories from their text alone, resolves event
coreference inside each predicted story (gold or predicted mentions) and scores both; see ``evaluate`` for what
is measured.
"""

from __future__ import annotations

import sys
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Token
from tqdm import tqdm

from ..errors import ConfigError
from ..events.coref import LabelledGroup, PairModel, PairScorer, train_pair_model
from ..events.coref_model import CorefModel, load_coref_model
from ..events.coreference import LearnedMerger, context_idf
from ..events.doc_clusters import document_vectors
from ..events.stories import load_story_clusterer
from ..models import Article, MentionContext
from ..nlp import analyse
from ..nlp.mention_context import main_person, mention_context
from ..nlp.parse import Parsed, load_model, parse_articles
from ..settings import Settings
from .coref import ConllDocument, b_cubed, clusters_from_labels, conll_scores, write_conll

# The corpus reader's names are re-exported so that ``newsfold.eval.ecbplus`` stays the one place to import from.
from .ecbplus_corpus import (
    SPLITS,
    CaseTable,
    EcbDocument,
    EcbMention,
    detokenize,
    load_documents,
    parse_document,
    read_sentence_filter,
    read_splits,
)

__all__ = ["SPLITS", "EcbMention", "EcbDocument", "load_documents", "read_splits", "read_sentence_filter",
           "detokenize", "parse_document", "ParsedDocument", "parse_documents", "gold_contexts", "story_scores",
           "CorefRun", "prepare", "fit", "gold_mention_scores", "TriggerLexicon", "detect_triggers",
           "newsfold_events", "predicted_mention_scores", "write_scorer_files", "evaluate"]


@dataclass
class ParsedDocument:
    """A document's validated sentences, parsed once by newsfold's spaCy wrapper (one paragraph per sentence),
    and where each of their ECB+ tokens lies in the parsed text."""

    doc: EcbDocument
    parsed: Parsed
    offsets: dict[int, tuple[int, int]]  # ECB+ token position -> characters in parsed.article.text
    paragraph_of: dict[int, int]  # sentence number -> paragraph index

    def spacy_tokens(self, positions: tuple[int, ...]) -> list[Token]:
        """The spaCy tokens covering these ECB+ token positions (all in one sentence)."""
        index = self.paragraph_of[self.doc.sentence_of[positions[0]]]
        para, parse = self.parsed.paragraphs[index], self.parsed.docs[index]
        found: dict[int, Token] = {}
        for p in positions:
            start, end = self.offsets[p]
            span = parse.char_span(start - para.start, end - para.start, alignment_mode="expand") if parse else None
            found |= {t.i: t for t in span or ()}
        return [found[i] for i in sorted(found)]

    def position_at(self, char: int) -> int | None:
        """The ECB+ token position whose characters hold this offset."""
        return next((p for p, (s, e) in self.offsets.items() if s <= char < e), None)

    def people(self) -> frozenset[str]:
        """The last word of the most mentioned person's name (what "he" and "she" most likely stand for)."""
        return main_person(self.parsed)


def _view(doc: EcbDocument, sentences: set[int], cases: CaseTable
          ) -> tuple[str, dict[int, tuple[int, int]], dict[int, int]]:
    kept = [i for i, s in enumerate(doc.sentence_of) if s in sentences]
    words = list(doc.tokens)  # each word keeps its length, so offsets into the text hold for the original tokens
    for positions in doc.sentence_tokens().values():
        for p, word in zip(positions, cases.sentence_case([doc.tokens[p] for p in positions]), strict=True):
            words[p] = word
    text, offsets = detokenize([words[i] for i in kept], [doc.sentence_of[i] for i in kept])
    order = list(dict.fromkeys(doc.sentence_of[i] for i in kept))
    return text, dict(zip(kept, offsets, strict=True)), {s: n for n, s in enumerate(order)}


def parse_documents(docs: list[EcbDocument], sentences: dict[str, set[int]], settings: Settings
                    ) -> dict[str, ParsedDocument]:
    """Parse the validated sentences of each document once (spaCy through newsfold.nlp.parse)."""
    nlp = load_model(settings.nlp.model)
    cases = CaseTable(docs)
    views = {d.name: _view(d, sentences.get(d.name, set()), cases) for d in docs}
    articles = (Article(id=name, path=name, text=text, language="en") for name, (text, _, _) in views.items())
    by_name = {d.name: d for d in docs}
    out: dict[str, ParsedDocument] = {}
    parses = parse_articles(articles, nlp, settings.nlp.batch_size, 1)
    for parsed in tqdm(parses, total=len(views), desc="ecbplus parse", unit="doc", file=sys.stderr, disable=None):
        name = parsed.article.id
        out[name] = ParsedDocument(by_name[name], parsed, views[name][1], views[name][2])
    return out


Labelled = list[tuple[EcbMention, MentionContext]]
Spans = Sequence[tuple[str, tuple[int, ...], Hashable]]  # (document, ECB+ token positions, cluster)


def gold_contexts(parsed: dict[str, ParsedDocument], sentences: dict[str, set[int]]) -> Labelled:
    """Every gold event mention in a validated sentence, with what coreference needs to know about it."""
    out: Labelled = []
    for name, pd in parsed.items():
        people = pd.people()
        for m in pd.doc.mentions:
            tokens = pd.spacy_tokens(m.tokens) if m.sentence in sentences.get(name, ()) else []
            if tokens:
                out.append((m, mention_context(m.id, name, m.sentence, tokens, people)))
    return out


def _training_groups(items: Labelled, story_of: dict[str, str], topic_of: dict[str, str]) -> list[LabelledGroup]:
    by_story: dict[str, Labelled] = defaultdict(list)
    for m, c in items:
        by_story[story_of[m.doc]].append((m, c))
    return [LabelledGroup([c for _, c in group], [m.chain for m, _ in group], topic_of[group[0][0].doc])
            for group in by_story.values()]


def _scores(key: Iterable[tuple[Hashable, Hashable]], response: Iterable[tuple[Hashable, Hashable]]
            ) -> dict[str, float]:
    scores = conll_scores(clusters_from_labels(key), clusters_from_labels(response))
    return {k: round(v, 2) for k, v in scores.items()}


def story_scores(docs: list[EcbDocument], story_of: dict[str, str]) -> dict[str, float]:
    """B-cubed of documents against the gold sub-topics (the "ecb" and "ecbplus" halves of each topic)."""
    key = clusters_from_labels((d.name, d.subtopic) for d in docs)
    response = clusters_from_labels((d.name, story_of[d.name]) for d in docs)
    b3 = b_cubed(key, response)
    return {"b3_r": round(100 * b3.recall, 2), "b3_p": round(100 * b3.precision, 2), "b3_f1": round(100 * b3.f1, 2),
            "documents": len(docs), "stories": len(response), "gold_subtopics": len(key)}


@dataclass
class CorefRun:
    """Everything one evaluation needs: the corpus, the stories found, the parses, the mentions to fit on (train)
    and to score (test)."""

    docs: list[EcbDocument]
    sentences: dict[str, set[int]]
    story_of: dict[str, str]
    eval_docs: list[EcbDocument]
    parsed: dict[str, ParsedDocument]
    train: Labelled
    test: Labelled
    threshold: float  # [events] learned_threshold


def prepare(split: str, data_dir: Path, settings: Settings) -> CorefRun:
    """Cluster all documents into stories, parse the documents of the split and of the topics fitted on."""
    splits, sentences = read_splits(data_dir), read_sentence_filter(data_dir)
    docs = load_documents(data_dir)
    # the stories as newsfold run finds them (ECB+ documents carry no dates or metadata)
    clusterer = load_story_clusterer(settings.events.stories, settings.stories)
    story_of = clusterer.assign([Article(id=d.name, path=d.name, text=d.body()) for d in docs], [])
    fit_topics = {t for s in ("train", "dev") if s != split for t in splits.get(s, [])}
    if split == "train":
        fit_topics = set(splits.get("dev", []))
    eval_docs = [d for d in docs if d.topic in splits[split]]
    parsed = parse_documents([d for d in docs if d.topic in fit_topics or d.topic in splits[split]], sentences,
                             settings)
    items = gold_contexts(parsed, sentences)
    wanted = {d.name for d in eval_docs}
    return CorefRun(docs, sentences, story_of, eval_docs, parsed,
                    [x for x in items if x[0].doc not in wanted], [x for x in items if x[0].doc in wanted],
                    settings.events.learned_threshold)


def fit(run: CorefRun) -> tuple[PairModel, PairScorer]:
    """The pair model fitted on the training topics' mentions grouped by predicted story."""
    topic_of = {d.name: d.topic for d in run.docs}
    texts = [(d.name, d.body()) for d in run.docs]
    groups = _training_groups(run.train, run.story_of, topic_of)
    idf = context_idf([c for _, c in run.train + run.test])
    return train_pair_model(groups, idf, document_vectors(texts))


def packaged(run: CorefRun) -> tuple[PairModel, PairScorer]:
    """The packaged model ``newsfold run`` loads (fitted on train and dev), with this corpus's word rarity and
    document vectors, as ``fit`` pairs them."""
    built = load_coref_model()
    idf = context_idf([c for _, c in run.train + run.test])
    return built.model, PairScorer(built.pairs, idf, document_vectors([(d.name, d.body()) for d in run.docs]))


def _cluster(contexts: Iterable[MentionContext], groups: Mapping[str, Hashable], model: PairModel,
             scorer: PairScorer, threshold: float) -> dict[Hashable, Hashable]:
    """mention id -> cluster: the learned merger of ``newsfold run`` inside each group of documents (ECB+ mentions
    carry no PLOVER type or date, so no pair is held apart)."""
    merger = LearnedMerger(threshold, CorefModel(model, scorer.pairs))
    by_group: dict[Hashable, list[MentionContext]] = defaultdict(list)
    for c in contexts:
        by_group[groups.get(c.doc, c.doc)].append(c)
    out: dict[Hashable, Hashable] = {}
    for group, members in by_group.items():
        out |= {c.id: (group, label) for c, label in zip(members, merger.cluster(members, scorer), strict=True)}
    return out


def _resolve(items: Labelled, groups: Mapping[str, Hashable], model: PairModel, scorer: PairScorer, threshold: float
             ) -> dict[Hashable, Hashable]:
    """mention id -> cluster, coreference resolved inside each group of documents."""
    return _cluster([c for _, c in items], groups, model, scorer, threshold)


def gold_mention_scores(run: CorefRun, model: PairModel, scorer: PairScorer
                        ) -> tuple[dict[str, Any], dict[Hashable, Hashable]]:
    """The headline (model within predicted stories) and the comparisons: within gold sub-topics, same lemma."""
    key: list[tuple[Hashable, Hashable]] = [(m.id, m.chain) for m, _ in run.test]
    subtopic = {d.name: d.subtopic for d in run.eval_docs}
    response = _resolve(run.test, run.story_of, model, scorer, run.threshold)
    figures: dict[str, Any] = {"predicted_stories": _scores(key, list(response.items()))}
    figures["gold_subtopics"] = _scores(key, list(_resolve(run.test, subtopic, model, scorer, run.threshold).items()))
    figures["same_lemma_predicted_stories"] = _scores(key, [(m.id, (run.story_of[m.doc], c.lemma))
                                                            for m, c in run.test])
    figures["same_lemma_gold_subtopics"] = _scores(key, [(m.id, (subtopic[m.doc], c.lemma)) for m, c in run.test])
    return figures, response


def _conll_document(name: str, run: CorefRun, spans: Spans) -> ConllDocument:
    """One CoNLL document holding every validated sentence of the split, so clusters can cross documents."""
    out = ConllDocument(name, [])
    start_of: dict[tuple[str, int], int] = {}
    for d in run.eval_docs:
        for number, positions in sorted(d.sentence_tokens().items()):
            if number in run.sentences.get(d.name, ()):
                base = sum(len(s) for s in out.sentences)
                start_of |= {(d.name, p): base + k for k, p in enumerate(positions)}
                out.sentences.append([d.tokens[p] for p in positions])
    for doc, span, cluster in spans:
        out.mentions.append((start_of[doc, min(span)], start_of[doc, max(span)] + 1, cluster))
    return out


def write_scorer_files(out_dir: Path, split: str, run: CorefRun, response: Spans) -> None:
    """key.conll and response.conll (singletons included) in the layout the reference scorer reads."""
    key: Spans = [(m.doc, m.tokens, m.chain) for m, _ in run.test]
    for file, spans in (("key.conll", key), ("response.conll", response)):
        with (out_dir / file).open("w", encoding="utf-8") as handle:
            write_conll(handle, [_conll_document(f"ecbplus_{split}", run, spans)])


class TriggerLexicon:
    """Event triggers learned from annotated sentences: a (lemma, part of speech) is a trigger when at least
    ``min_rate`` of its occurrences lie inside a gold event mention; a word seen fewer than ``min_count`` times
    backs off to its part of speech and ending ("-ion" nouns, "-ed" verbs)."""

    def __init__(self, min_rate: float = 0.6, min_count: int = 1) -> None:
        self.min_rate, self.min_count = min_rate, min_count
        self.seen: Counter[tuple[str, str]] = Counter()
        self.hits: Counter[tuple[str, str]] = Counter()

    def fit(self, documents: list[ParsedDocument], sentences: dict[str, set[int]]) -> TriggerLexicon:
        for pd in documents:
            marked = {p for m in pd.doc.mentions if m.sentence in sentences.get(pd.doc.name, ()) for p in m.tokens}
            for tok, position in _tokens(pd):
                for key in self._keys(tok):
                    self.seen[key] += 1
                    self.hits[key] += position in marked
        return self

    @staticmethod
    def _keys(tok: Token) -> tuple[tuple[str, str], tuple[str, str]]:
        return (tok.lemma_.lower(), tok.pos_), ("-" + tok.lower_[-3:], tok.pos_)

    def is_trigger(self, tok: Token) -> bool:
        word, ending = self._keys(tok)
        key = word if self.seen.get(word, 0) >= self.min_count else ending
        n = self.seen.get(key, 0)
        return n > 0 and self.hits[key] >= self.min_rate * n


def _tokens(pd: ParsedDocument) -> list[tuple[Token, int | None]]:
    """Every spaCy token of the parsed sentences with the ECB+ token position it starts in."""
    out = []
    for para, parse in zip(pd.parsed.paragraphs, pd.parsed.docs, strict=True):
        for tok in parse or ():
            out.append((tok, pd.position_at(para.start + tok.idx)))
    return out


Predicted = list[tuple[str, int, MentionContext]]  # (document, ECB+ token position, context)


def detect_triggers(documents: list[ParsedDocument], lexicon: TriggerLexicon) -> Predicted:
    out: Predicted = []
    for pd in documents:
        people = pd.people()
        for tok, position in _tokens(pd):
            if position is not None and lexicon.is_trigger(tok):
                context = mention_context((pd.doc.name, "t", position), pd.doc.name, pd.doc.sentence_of[position],
                                          [tok], people)
                out.append((pd.doc.name, position, context))
    return out


def newsfold_events(documents: list[ParsedDocument]) -> Predicted:
    """newsfold's own PLOVER-typed event mentions (nlp.event_mentions through nlp.analyse), at their trigger word."""
    out: Predicted = []
    for pd in documents:
        people = pd.people()
        for event in analyse(pd.parsed).events:
            word = (event.trigger or "").split()[0] if event.trigger else ""
            at = pd.parsed.article.text.find(word, event.start, event.end) if word else -1
            position = pd.position_at(at) if at >= 0 else None
            tokens = pd.spacy_tokens((position,)) if position is not None else []
            if position is not None and tokens:
                context = mention_context((pd.doc.name, "e", position), pd.doc.name, pd.doc.sentence_of[position],
                                          tokens[:1], people)
                out.append((pd.doc.name, position, context))
    return out


def predicted_mention_scores(run: CorefRun, model: PairModel, scorer: PairScorer, predicted: Predicted
                             ) -> tuple[dict[str, Any], Spans]:
    """Coreference on predicted mentions: one whose token lies inside a gold mention stands for it (several inside
    one gold mention count once), the others are spurious; gold mentions never found are missed."""
    gold_at = {(m.doc, p): m for m, _ in run.test for p in m.tokens}
    used: set[Hashable] = set()
    kept: Predicted = []
    stands_for: dict[Hashable, EcbMention] = {}
    for doc, position, context in predicted:
        gold = gold_at.get((doc, position))
        if gold is not None and gold.id in used:
            continue
        kept.append((doc, position, context))
        if gold is not None:
            used.add(gold.id)
            stands_for[context.id] = gold
    clusters = _cluster([c for _, _, c in kept], run.story_of, model, scorer, run.threshold)
    key: list[tuple[Hashable, Hashable]] = [(m.id, m.chain) for m, _ in run.test]
    response: list[tuple[Hashable, Hashable]] = [(stands_for[c.id].id if c.id in stands_for else c.id, clusters[c.id])
                                                 for _, _, c in kept]
    figures: dict[str, Any] = _scores(key, response)
    figures |= {"mentions_predicted": len(kept), "mentions_gold": len(key), "mentions_matched": len(stands_for),
                "mention_p": round(100 * len(stands_for) / max(1, len(kept)), 2),
                "mention_r": round(100 * len(stands_for) / max(1, len(key)), 2)}
    p, r = figures["mention_p"], figures["mention_r"]
    figures["mention_f1"] = round(2 * p * r / (p + r), 2) if p + r else 0.0
    spans: Spans = [(doc, stands_for[c.id].tokens if c.id in stands_for else (position,), clusters[c.id])
                    for doc, position, c in kept]
    return figures, spans


def _line(name: str, s: dict[str, float]) -> str:
    return (f"{name}: CoNLL F1 {s['conll_f1']:.2f} (MUC {s['muc_f1']:.2f}, B3 {s['b3_f1']:.2f}, "
            f"CEAF-e {s['ceafe_f1']:.2f})")


def _predicted_figures(run: CorefRun, model: PairModel, scorer: PairScorer, report: Callable[[str], None]
                       ) -> tuple[dict[str, Any], Spans]:
    wanted = {d.name for d in run.eval_docs}
    lexicon = TriggerLexicon().fit([pd for name, pd in run.parsed.items() if name not in wanted], run.sentences)
    documents = [pd for name, pd in run.parsed.items() if name in wanted]
    triggers, _ = predicted_mention_scores(run, model, scorer, detect_triggers(documents, lexicon))
    plover, spans = predicted_mention_scores(run, model, scorer, newsfold_events(documents))
    for name, s in (("trigger lexicon mentions", triggers), ("newsfold PLOVER event mentions", plover)):
        report(f"{_line(name, s)}; mentions P/R/F1 {s['mention_p']:.1f}/{s['mention_r']:.1f}/{s['mention_f1']:.1f}")
    return {"trigger_lexicon": triggers, "newsfold_events": plover}, spans


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings, report: Callable[[str], None],
             mentions: str = "gold") -> dict[str, Any]:
    """Stories: all 982 documents clustered from their text, B3 against the gold sub-topics. Events: coreference
    of the split's event mentions (validated sentences, singletons included) inside the predicted stories, with
    a pair model fitted on the other non-test topics (train+dev for test, train for dev)."""
    if mentions not in ("gold", "predicted"):
        raise ConfigError(f"ecbplus --mentions must be gold or predicted, not {mentions!r}")
    run = prepare(split, data_dir, settings)
    figures: dict[str, Any] = {"stories_all_documents": story_scores(run.docs, run.story_of),
                               "stories_split_documents": story_scores(run.eval_docs, run.story_of)}
    for name in ("stories_all_documents", "stories_split_documents"):
        s = figures[name]
        report(f"{name}: B3 F1 {s['b3_f1']:.2f} (R {s['b3_r']:.2f}, P {s['b3_p']:.2f}); {s['documents']} documents "
               f"in {s['stories']} stories ({s['gold_subtopics']} gold sub-topics)")
    # the test split is scored with the packaged model newsfold run loads; other splits fit their own
    model, scorer = packaged(run) if split == "test" else fit(run)
    figures |= {"model": "packaged" if split == "test" else "fitted on " + ("dev" if split == "train" else "train"),
                "mentions": mentions, "gold_mentions": len(run.test),
                "gold_chains": len({m.chain for m, _ in run.test})}
    if mentions == "gold":
        scores, response = gold_mention_scores(run, model, scorer)
        for name, s in scores.items():
            report(_line(f"gold mentions, {name.replace('_', ' ')}", s))
        figures |= scores
        headline = scores["predicted_stories"]
        spans: Spans = [(m.doc, m.tokens, response[m.id]) for m, _ in run.test]
    else:
        predicted, spans = _predicted_figures(run, model, scorer, report)
        figures |= predicted
        headline = predicted["newsfold_events"]  # the mentions newsfold run finds; the lexicon is a comparison
    figures |= {k: headline[k] for k in ("muc_f1", "b3_f1", "ceafe_f1", "conll_f1")}
    figures["story_b3_f1"] = figures["stories_all_documents"]["b3_f1"]
    report(f"headline: {mentions} mentions within predicted stories, CoNLL F1 {figures['conll_f1']:.2f}; "
           f"stories B3 F1 {figures['story_b3_f1']:.2f}")
    if out_dir:
        write_scorer_files(out_dir, split, run, spans)
    return figures
