"""BSNLP / SlavicNER (Piskorski et al. 2024): names, their normal forms, cross-lingual entity links and stories in
news in Bulgarian, Czech, Polish, Russian, Slovene and Ukrainian.

Each document (``raw/<topic>/<lang>/*.txt``) is read as ``newsfold run`` reads an article, without the clean stage
(gold offsets index the raw file, so the text is analysed exactly as given): labelled with the language of its
folder (the label ``run``'s language detector gives all but about one in 700 of them, printed), dated by its
byline or dateline as the metadata stage dates it, copies found as the dedup stage finds them, analysed by
``nlp.analyse_articles`` (each paragraph read by its language pack), names resolved by
``resolve.resolve_entities`` over all documents of all six languages together, and stories found by
``run``'s clusterer (``events.stories.load_story_clusterer`` with the same settings).

Scored per language and averaged over the six:

- names: newsfold's entity mentions as the record holds them (each with its entity's type: PERSON is PER, ORG is
  ORG, GPE, LOC and FAC are LOC; NORP is left out) against the gold PER, ORG and LOC mentions. BSNLP's EVT and PRO
  mentions are left out of the gold, since newsfold names no events or products. Relaxed: a prediction that
  overlaps a gold mention of the same category; strict: the same offsets and category. Micro F1 over the three;
- normal forms: over the gold mentions some newsfold mention overlaps ("found", whatever its category), the share
  whose newsfold normal form (the mention's text: the nominative natasha gives a Cyrillic name, the base form the
  Czech, Polish and Slovene packs give, the name as written otherwise) equals the gold lemma; for scale, the share
  whose surface already equals its lemma;
- cross-lingual linking: CoNLL F1 (MUC, B3, CEAF-e) over the found gold mentions, gold clusters the cross-lingual
  ids, predicted clusters newsfold's canonical entity ids: over all six languages together (the headline), and
  within each language, and over the three Cyrillic languages alone (what the figure covered before the Czech,
  Polish and Slovene packs); for scale, the found mentions grouped by their normal form alone;
- stories: B3 F1 of the stories with the topics as gold stories, over all documents of the split. The
  single-topic-out test split is one topic, where B3 precision is 1 whatever the clustering, so the cross-topic
  test split (470 documents of all seven topics) is scored too.

Nothing is tuned here: newsfold's names, links and stories have no part fitted to BSNLP.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..clean.language import page_languages
from ..dedup import find_duplicates
from ..errors import InputError, NewsfoldError
from ..events.stories import load_story_clusterer
from ..metadata import propagate_dates, settle_published, with_published
from ..models import Analysis, Article, Rejected
from ..nlp import analyse_articles
from ..resolve import EntityIndex, resolve_entities
from ..settings import Settings
from .coref import b_cubed, clusters_from_labels, conll_scores
from .metrics import Span, exact, overlaps, span_prf

__all__ = ["LANGUAGES", "CYRILLIC", "CATEGORIES", "LABELS", "SPLITS", "GoldName", "Document", "Found", "Reading",
           "split_paths", "load_documents", "read_documents", "found_names", "ner_scores", "normalisation",
           "linking_scores", "story_scores", "language_scores", "evaluate"]

LANGUAGES = ("bg", "cs", "pl", "ru", "sl", "uk")
CYRILLIC = ("bg", "ru", "uk")  # linking over these alone compares with the figures before Latin-script names
CATEGORIES = ("PER", "ORG", "LOC")  # EVT and PRO are left out of the gold
LABELS = {"PERSON": "PER", "ORG": "ORG", "GPE": "LOC", "LOC": "LOC", "FAC": "LOC"}
SPLITS = {"train": "SPLIT_single_out_topic_train.txt", "test": "SPLIT_single_out_topic_test.txt",
          "cross-topic-train": "SPLIT_cross-topic_train.txt", "cross-topic-test": "SPLIT_cross-topic_test.txt"}


@dataclass(frozen=True)
class GoldName:
    doc: str
    start: int  # characters into the raw file, end exclusive
    end: int
    surface: str
    lemma: str
    category: str  # PER, ORG, LOC
    entity: str  # the cross-lingual id, e.g. "PER-Donald-Trump"


@dataclass(frozen=True)
class Document:
    id: str  # "<topic>/<lang>/<file stem>"
    topic: str
    language: str
    text: str
    names: tuple[GoldName, ...]


@dataclass(frozen=True)
class Found:
    """One newsfold entity mention, as the record holds it."""

    doc: str
    start: int
    end: int
    category: str
    normal: str  # the form names are matched by (natasha's nominative for a Cyrillic name)
    entity: str  # newsfold's canonical entity id


def split_paths(data_dir: Path, split: str) -> list[str]:
    """The raw-file paths a split lists (relative to ``data_dir``, e.g. "raw/brexit/pl/brexit_pl.txt_file_1.txt")."""
    listing = data_dir / SPLITS[split]
    if not listing.is_file():
        raise InputError(f"BSNLP split list {listing} not found; give --data the SlavicNER folder")
    return [line.strip() for line in listing.read_text(encoding="utf-8").splitlines() if line.strip()]


def _gold(doc_id: str, path: Path) -> tuple[GoldName, ...]:
    """The PER, ORG and LOC mentions of one ``ner/`` file (none when the document has no file)."""
    if not path.is_file():
        return ()
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if len(cells) >= 6 and cells[4] in CATEGORIES:
            out.append(GoldName(doc_id, int(cells[0]), int(cells[1]), cells[2], cells[3], cells[4], cells[5]))
    return tuple(out)


def load_documents(data_dir: Path, split: str) -> list[Document]:
    docs = []
    for rel in split_paths(data_dir, split):
        _, topic, language, name = rel.split("/")
        doc_id = f"{topic}/{language}/{name.removesuffix('.txt')}"
        text = (data_dir / rel).read_text(encoding="utf-8")
        gold = _gold(doc_id, data_dir / "ner" / topic / language / (name.removesuffix(".txt") + ".tsv"))
        docs.append(Document(doc_id, topic, language, text, gold))
    return docs


@dataclass
class Reading:
    """What newsfold made of one split's documents, as ``run`` would have stored it."""

    articles: list[Article]
    analyses: list[Analysis]
    index: EntityIndex
    story_of: dict[str, str]
    rejected: list[Rejected]
    seconds: dict[str, float] = field(default_factory=dict)  # per step, for the report (never scored)


def _articles(documents: list[Document], settings: Settings) -> list[Article]:
    """The documents as the metadata and dedup stages leave them (labelled with their folder's language)."""
    articles = [Article(id=d.id, path=d.id, text=d.text, language=d.language) for d in documents]
    articles = [with_published(a, found) if (found := settle_published(a)) else a for a in articles]
    links = {link.article: link for link in find_duplicates(articles, settings.dedup)}
    articles = [replace(a, duplicate_of=links[a.id].duplicate_of, duplicate_kind=links[a.id].kind)
                if a.id in links else a for a in articles]
    dated = {d.article: d for d in propagate_dates(articles, list(links.values()))}
    return [with_published(a, dated[a.id]) if a.id in dated else a for a in articles]


AnalysisCache = dict[tuple[str, str | None], Analysis | Rejected]


def read_documents(documents: list[Document], settings: Settings, cache: AnalysisCache | None = None) -> Reading:
    """Analyse, resolve and cluster the documents together, as one ``newsfold run`` over them would; ``cache``
    keeps analyses (by article and date) for another split that shares documents."""
    cache = {} if cache is None else cache
    clock = [time.perf_counter()]

    def lap() -> float:
        clock.append(time.perf_counter())
        return round(clock[-1] - clock[-2], 1)

    articles = _articles(documents, settings)
    todo = [a for a in articles if (a.id, a.published) not in cache]
    for article, analysis in zip(todo, analyse_articles(todo, settings.nlp), strict=True):
        cache[(article.id, article.published)] = analysis
    results = [cache[(a.id, a.published)] for a in articles]
    analyses = [r for r in results if isinstance(r, Analysis)]
    seconds = {"analysis": lap()}
    index = resolve_entities(articles, analyses)
    seconds["entities"] = lap()
    clusterer = load_story_clusterer(settings.events.stories, settings.stories)
    story_of = clusterer.assign(articles, index.entities)
    seconds["stories"] = lap()
    return Reading(articles, analyses, index, story_of, [r for r in results if isinstance(r, Rejected)], seconds)


def found_names(reading: Reading) -> list[Found]:
    """newsfold's entity mentions of the scored types, each with its entity's category and its normal form."""
    normal = {(m.article, m.start, m.end): m.text for an in reading.analyses for m in an.mentions}
    texts = {a.id: a.text for a in reading.articles}
    out = []
    for entity in reading.index.entities:
        category = LABELS.get(entity.type)
        if category is None:
            continue
        for span in entity.mentions:
            form = normal.get((span.article, span.start, span.end)) or texts[span.article][span.start:span.end]
            out.append(Found(span.article, span.start, span.end, category, form, entity.id))
    return sorted(out, key=lambda f: (f.doc, f.start, f.end))


def _keyed(names: Iterable[GoldName | Found]) -> list[Span]:
    """Spans whose document key carries the category, so that a match needs the same category."""
    return [(f"{n.doc}\t{n.category}", n.start, n.end) for n in names]


def ner_scores(gold: list[GoldName], found: list[Found]) -> dict[str, Any]:
    """Relaxed and strict precision, recall and F1, micro over PER, ORG and LOC, and F1 per category."""
    out: dict[str, Any] = {}
    for mode, match in (("relaxed", overlaps), ("strict", exact)):
        total = span_prf(_keyed(found), _keyed(gold), match)
        out[mode] = {"precision": round(total.precision, 4), "recall": round(total.recall, 4),
                     "f1": round(total.f1, 4), "gold": total.n_gold, "predicted": total.n_pred}
        for category in CATEGORIES:
            part = span_prf(_keyed(f for f in found if f.category == category),
                            _keyed(g for g in gold if g.category == category), match)
            out[mode][f"{category}_f1"] = round(part.f1, 4)
    return out


def _matches(gold: list[GoldName], found: list[Found]) -> list[tuple[GoldName, Found]]:
    """Each gold mention some newsfold mention overlaps, with the one that overlaps it most (any category)."""
    by_doc: dict[str, list[Found]] = defaultdict(list)
    for f in found:
        by_doc[f.doc].append(f)
    out = []
    for g in gold:
        hits = [f for f in by_doc[g.doc] if f.start < g.end and g.start < f.end]
        if hits:
            best = max(hits, key=lambda f: (min(f.end, g.end) - max(f.start, g.start),
                                            -abs(f.start - g.start) - abs(f.end - g.end)))
            out.append((g, best))
    return out


def normalisation(gold: list[GoldName], found: list[Found]) -> dict[str, Any]:
    """Over the gold mentions newsfold found: the share whose normal form is the gold lemma (exactly), and, for
    scale, the share whose surface form already is."""
    pairs = _matches(gold, found)
    right = sum(1 for g, f in pairs if f.normal == g.lemma)
    as_written = sum(1 for g, _ in pairs if g.surface == g.lemma)
    n = len(pairs)
    return {"found": n, "gold": len(gold), "accuracy": round(right / n, 4) if n else 0.0,
            "surface_is_lemma": round(as_written / n, 4) if n else 0.0}


def _conll(key: list[tuple[Hashable, Hashable]], response: list[tuple[Hashable, Hashable]]) -> dict[str, float]:
    return {k: round(v, 2) for k, v in conll_scores(clusters_from_labels(key), clusters_from_labels(response)).items()}


def linking_scores(gold: list[GoldName], found: list[Found]) -> dict[str, Any]:
    """CoNLL scores (percent) of newsfold's entities over the found gold mentions, gold clusters the cross-lingual
    ids; and of the same mentions grouped by their normal form alone (lower case)."""
    pairs = _matches(gold, found)
    key: list[tuple[Hashable, Hashable]] = [((g.doc, g.start, g.end), g.entity) for g, _ in pairs]
    ours: list[tuple[Hashable, Hashable]] = [((g.doc, g.start, g.end), f.entity) for g, f in pairs]
    same: list[tuple[Hashable, Hashable]] = [((g.doc, g.start, g.end), f.normal.lower()) for g, f in pairs]
    if not pairs:
        return {"mentions": 0, "conll_f1": 0.0, "same_normal_form_conll_f1": 0.0}
    scores = _conll(key, ours)
    return {"mentions": len(pairs), **scores, "same_normal_form_conll_f1": _conll(key, same)["conll_f1"]}


def story_scores(documents: list[Document], story_of: dict[str, str]) -> dict[str, Any]:
    """B3 of newsfold's stories against the topics (precision, recall, F1 as fractions)."""
    key = clusters_from_labels((d.id, d.topic) for d in documents)
    response = clusters_from_labels((d.id, story_of.get(d.id, d.id)) for d in documents)
    b3 = b_cubed(key, response)
    return {"documents": len(documents), "topics": len(key), "stories": len(response),
            "b3_precision": round(b3.precision, 4), "b3_recall": round(b3.recall, 4), "b3_f1": round(b3.f1, 4)}


def language_scores(documents: list[Document], found: list[Found]) -> dict[str, Any]:
    """Per language: names (relaxed and strict), normal forms and linking within the language."""
    out: dict[str, Any] = {}
    for language in LANGUAGES:
        ids = {d.id for d in documents if d.language == language}
        if not ids:
            continue
        gold = [g for d in documents if d.id in ids for g in d.names]
        mine = [f for f in found if f.doc in ids]
        ner = ner_scores(gold, mine)
        out[language] = {"documents": len(ids), "gold_mentions": len(gold), "predicted_mentions": len(mine),
                         "ner_relaxed_f1": ner["relaxed"]["f1"], "ner_strict_f1": ner["strict"]["f1"],
                         "ner": ner, "normalisation": normalisation(gold, mine),
                         "linking": linking_scores(gold, mine)}
    return out


def _average(per_language: dict[str, Any], read: Callable[[dict[str, Any]], float]) -> float:
    """The mean over the six languages (a language missing from the split counts 0)."""
    return round(sum(read(per_language[lang]) if lang in per_language else 0.0 for lang in LANGUAGES)
                 / len(LANGUAGES), 4)


def _language_id(documents: list[Document], settings: Settings) -> dict[str, float]:
    """Per language, the share of documents ``run``'s clean stage ([clean] languages) labels with their folder's."""
    right: Counter[str] = Counter()
    total: Counter[str] = Counter(d.language for d in documents)
    for d in documents:
        right[d.language] += page_languages(d.text, settings.clean)[0] == d.language
    return {lang: round(right[lang] / total[lang], 4) for lang in LANGUAGES if total[lang]}


def _not_analysed(documents: list[Document], reading: Reading) -> dict[str, int]:
    """Per language, the documents in which some paragraph got no names analysis (no pack reads it)."""
    language = {d.id: d.language for d in documents}
    out: Counter[str] = Counter()
    for an in reading.analyses:
        if any("entities" in parts for parts in an.not_analysed.values()):
            out[language[an.article]] += 1
    return {lang: out[lang] for lang in LANGUAGES}


def _report_languages(per: dict[str, Any], report: Callable[[str], None]) -> None:
    report("lang  docs  gold  pred   relaxed F1 (PER/ORG/LOC)    strict F1  lemma acc (surface)  link CoNLL F1")
    for lang, s in per.items():
        ner, norm, link = s["ner"], s["normalisation"], s["linking"]
        report(f"{lang:4} {s['documents']:5} {s['gold_mentions']:5} {s['predicted_mentions']:5}   "
               f"{ner['relaxed']['f1']:.3f} ({ner['relaxed']['PER_f1']:.2f}/{ner['relaxed']['ORG_f1']:.2f}/"
               f"{ner['relaxed']['LOC_f1']:.2f})   {ner['strict']['f1']:.3f}      {norm['accuracy']:.3f} "
               f"({norm['surface_is_lemma']:.3f}) of {norm['found']:5}   {link['conll_f1']:.2f}")


def _stories(name: str, documents: list[Document], reading: Reading, report: Callable[[str], None]
             ) -> dict[str, Any]:
    found = story_scores(documents, reading.story_of)
    report(f"time ({name}): " + ", ".join(f"{step} {sec:.0f} s" for step, sec in reading.seconds.items()))
    report(f"stories, {name}: B3 F1 {found['b3_f1']:.3f} (P {found['b3_precision']:.3f}, R {found['b3_recall']:.3f}); "
           f"{found['documents']} documents of {found['topics']} topics in {found['stories']} stories")
    return found


def _write_predictions(out_dir: Path, found: list[Found]) -> None:
    """One line per newsfold mention: document, start, end, normal form, category, entity id (BSNLP's columns)."""
    lines = [f"{f.doc}\t{f.start}\t{f.end}\t{f.normal}\t{f.category}\t{f.entity}\n" for f in found]
    (out_dir / "bsnlp-predictions.tsv").write_text("".join(lines), encoding="utf-8")


def evaluate(split: str, data_dir: Path, out_dir: Path | None, settings: Settings,
             report: Callable[[str], None]) -> dict[str, Any]:
    """Every figure for ``split``; on a single-topic-out split, the stories of the cross-topic test split too."""
    documents = load_documents(data_dir, split)
    if not documents:
        raise NewsfoldError(f"the BSNLP split {split!r} lists no documents")
    cache: AnalysisCache = {}
    reading = read_documents(documents, settings, cache)
    found = found_names(reading)
    gold = [g for d in documents for g in d.names]
    per = language_scores(documents, found)
    report(f"BSNLP {split}: {len(documents)} documents, {len(gold)} gold PER/ORG/LOC mentions (EVT and PRO left "
           f"out), {len(found)} newsfold mentions; {len(reading.rejected)} documents not analysed")
    _report_languages(per, report)
    overall = ner_scores(gold, found)
    linking = linking_scores(gold, found)
    cyrillic = {d.id for d in documents if d.language in CYRILLIC}
    linking_cyrillic = linking_scores([g for g in gold if g.doc in cyrillic], [f for f in found if f.doc in cyrillic])
    figures: dict[str, Any] = {
        "documents": len(documents), "gold_mentions": len(gold), "predicted_mentions": len(found),
        "rejected": len(reading.rejected),
        "ner_relaxed_f1_average": _average(per, lambda s: s["ner_relaxed_f1"]),
        "ner_strict_f1_average": _average(per, lambda s: s["ner_strict_f1"]),
        "normalisation_accuracy_average": _average(per, lambda s: s["normalisation"]["accuracy"]),
        "linking_within_language_conll_f1_average": _average(per, lambda s: s["linking"]["conll_f1"]),
        "ner_micro": overall, "normalisation": normalisation(gold, found), "cross_lingual_linking": linking,
        "cross_lingual_linking_cyrillic": linking_cyrillic,
        "cross_lingual_linking_by_category": {c: linking_scores([g for g in gold if g.category == c],
                                                                [f for f in found if f.category == c])
                                              for c in CATEGORIES},
        "languages": per, "documents_without_names_analysis": _not_analysed(documents, reading),
        "language_id_accuracy": _language_id(documents, settings)}
    report(f"average of the six: relaxed NER F1 {figures['ner_relaxed_f1_average']:.3f}, strict "
           f"{figures['ner_strict_f1_average']:.3f}, lemma accuracy {figures['normalisation_accuracy_average']:.3f}"
           f"; micro over all: relaxed {overall['relaxed']['f1']:.3f}, strict {overall['strict']['f1']:.3f}")
    report(f"cross-lingual linking (all six together, {linking['mentions']} found gold mentions): CoNLL F1 "
           f"{linking['conll_f1']:.2f} (same normal form: {linking['same_normal_form_conll_f1']:.2f}); "
           f"over the Cyrillic three (bg, ru, uk) alone: {linking_cyrillic['conll_f1']:.2f}")
    report("cross-lingual linking per category (gold mentions of it found as it): " + ", ".join(
        f"{c} {s['conll_f1']:.2f}" for c, s in figures["cross_lingual_linking_by_category"].items()))
    report(f"documents with paragraphs no pack finds names in: {figures['documents_without_names_analysis']}; "
           f"language detector agrees with the folder: {figures['language_id_accuracy']}")
    figures[f"stories_{split}"] = _stories(f"{split} split", documents, reading, report)
    if not split.startswith("cross-topic"):
        cross = load_documents(data_dir, "cross-topic-test")
        figures["stories_cross-topic-test"] = _stories("cross-topic-test split (all topics)", cross,
                                                       read_documents(cross, settings, cache), report)
    if out_dir:
        _write_predictions(out_dir, found)
    return figures
