"""Document clusters: plain texts grouped into stories incrementally, through an inverted index of rare features.

Each text becomes a weighted bag of features (names, numbers and dates, content words) weighted by rarity over the
batch (the words of other languages than English by their rarity in their language, ``story_words``). Texts arrive
one at a time: the stories holding a text's rarest features are its only candidates (no all-pairs comparison); it
joins the candidate whose centroid is most similar, above a threshold, or starts a new story. Once all have arrived,
each text may move to the story that now fits it best, and very small stories join the story of their nearest text
(found through the same index).
"""

from __future__ import annotations

import hashlib
import importlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from spacy.lang.en.stop_words import STOP_WORDS

from .. import progress
from ..nlp.languages import month_names, month_prefixes, month_stems, weekday_names
from ..resolve.names import consonant_skeleton
from ..settings import ClusterSettings, default_settings
from .story_index import StoryIndex
from .story_languages import NEUTRAL_KINDS, join_across_languages
from .story_words import Rarity, reads_words, word_key, word_weight

__all__ = ["ClusterSettings", "text_features", "name_sounds", "full_dates", "FeatureWeights", "StoryIndex",
           "assign", "document_vectors", "ReadBefore", "cluster_texts"]

_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|\d[\d,.:/]*\d|\d")
_SENTENCE_END = re.compile(r"[.!?]['\"’”)]*\s+|\n+")
_URL = re.compile(r"\S*(?:https?:|www\.)\S*(?:\s+[:/.]\s*\S+)*")
_MONTHS = month_names()  # "august" -> 8
_MONTH_PREFIXES = month_prefixes()  # "aug" -> 8
_MONTH = rf"({'|'.join(_MONTH_PREFIXES)})[a-z]*\.?"
_YEAR = r"((?:19|20)\d\d)"
# (pattern, group of year, month, day): "March 14, 2013", "14 March 2013", "2013-03-14", "3/14/2013"
_FULL_DATES = (
    (re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\s*,?\s+" + _YEAR, re.I), (3, 1, 2)),
    (re.compile(r"\b(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+" + _YEAR, re.I), (3, 2, 1)),
    (re.compile(r"\b" + _YEAR + r"\s*[-/]\s*(\d{1,2})\s*[-/]\s*(\d{1,2})\b"), (1, 2, 3)),
    (re.compile(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*" + _YEAR), (3, 1, 2)),
)
_WEEKDAYS = set(weekday_names())
_STOP = STOP_WORDS | _WEEKDAYS | set(_MONTHS) | {"said", "says", "told", "according", "reported"}
# N: names, W: words, #: numbers, D: month and day, T: full dates and their month, Y: years of full dates,
# E: canonical entities (given by the pipeline: one id for a name in any script)
_KIND_WEIGHT = {"N": 1.6, "W": 1.0, "#": 0.8, "D": 1.2, "T": 3.0, "Y": 3.0, "E": 1.6, "K": 1.0}
# Day and month in Cyrillic script ("13 августа", "13 серпня", "13 жніўня"): a date in any script meets "August 13"
# in the "D:" features below, which name the month by its first Latin-script name ("D:august 13").
_MONTH_STEMS = month_stems()  # longest first
_MONTH_KEY = {n: name for name, n in reversed(_MONTHS.items())}
_THOUSANDS = re.compile(r"\b(\d{1,3})[ \u00a0\u202f](\d{3})\b")  # "12 000", as many languages write 12,000
_SLAVIC_DATE = re.compile(r"\b(\d{1,2})\s+([а-яёіўґєї]+)", re.I)
_ANY_TOKEN = re.compile(r"[^\W\d_][\w'’\-]*[^\W\d_]|\d[\d,.:/]*\d|\d")
_PREFIX = 6  # a word of an inflected language is known by its first letters
_SKELETON_KEEP = 4  # the first consonants of a name's skeleton: "Brexitu" and "Brexitem" meet


def _stem(word: str) -> str:
    for suffix, keep in (("ies", "y"), ("sses", "ss"), ("'s", ""), ("’s", ""), ("s", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3 and not word.endswith(("ss", "us", "is")):
            return word[: len(word) - len(suffix)] + keep
    return word


def _number(token: str) -> str | None:
    digits = token.replace(",", "")
    if re.fullmatch(r"\d+", digits) and len(digits) == 1:
        return None  # single digits are everywhere
    return digits


class OwnWords(NamedTuple):
    """How a language other than English is read: its stop words, its names cut to ``keep`` letters, and its
    words as their lemmas (``story_words``) where ``lemmas`` names the language, else cut too."""

    stop: frozenset[str]
    keep: int
    lemmas: str | None


@lru_cache(maxsize=64)
def own_words(language: str) -> OwnWords:
    """spaCy's stop words of ``language`` (none where spaCy has none) with English's."""
    try:
        stop = importlib.import_module(f"spacy.lang.{language}.stop_words").STOP_WORDS
    except (ImportError, AttributeError):
        stop = set()
    return OwnWords(frozenset(_STOP | {w.lower() for w in stop}), _PREFIX, language if reads_words(language) else None)


def _sentence_features(sentence: str, out: Counter[str], words: OwnWords | None = None) -> None:
    if words is not None:
        _own_sentence_features(sentence, out, words)
        return
    tokens = _TOKEN.findall(sentence)
    run: list[str] = []
    for i, token in enumerate(tokens + [""]):
        capital = token[:1].isupper() and i > 0 and token.lower() not in _STOP
        if capital:
            run.append(token.lower())
            out["N:" + _stem(token.lower())] += 1
        elif run:
            if len(run) > 1:
                out["N:" + " ".join(run)] += 1
            run = []
        if not token:
            break
        lower = token.lower()
        if lower[0].isdigit():
            value = _number(lower)
            if value:
                out["#:" + value] += 1
            previous = tokens[i - 1].lower() if i else ""
            month = next((n for m, n in _MONTHS.items() if previous[:3] == m[:3] and m.startswith(previous)), None)
            if month and lower.isdigit() and 1 <= int(lower) <= 31:
                out[f"D:{_MONTH_KEY[month]} {int(lower)}"] += 1  # "March 5" (a single digit too) meets "5 марта"
        elif lower not in _STOP and len(lower) > 2:
            out["W:" + _stem(lower)] += 1


def _own_sentence_features(sentence: str, out: Counter[str], words: OwnWords) -> None:
    """As ``_sentence_features``, for a text in another language: words in any script, cut to their first
    ``words.keep`` letters ("Johnsona" and "Johnsonem" are "johnso"); numbers as in English."""
    tokens = _ANY_TOKEN.findall(sentence)
    run: list[str] = []
    for i, token in enumerate(tokens + [""]):
        lower = token.lower()
        if token[:1].isupper() and i > 0 and lower not in words.stop:
            run.append(lower[: words.keep])
            out["N:" + lower[: words.keep]] += 1
        elif run:
            if len(run) > 1:
                out["N:" + " ".join(run)] += 1
            run = []
        if not token:
            break
        if lower[0].isdigit():
            if value := _number(lower):
                out["#:" + value] += 1
        elif lower not in words.stop and len(lower) > 2:
            out["W:" + (word_key(lower, words.lemmas) if words.lemmas else lower[: words.keep])] += 1


def name_sounds(text: str) -> Counter[str]:
    """K: the consonant skeletons of a text's capitalised words of four letters or more, in any script: "Brexit"
    and "Брексит", "Johnson" and "Джонсон" give the same, so texts in two languages meet on names no entity
    joined (compared across languages only, see ``story_languages``)."""
    out: Counter[str] = Counter()
    for token in _ANY_TOKEN.findall(_URL.sub(" ", text)):
        if token[:1].isupper() and len(token) >= 4 and not token.isupper():
            skeleton = consonant_skeleton(token)[:_SKELETON_KEEP]
            if len(skeleton) >= 3:
                out["K:" + skeleton] += 1
    return out


def full_dates(text: str) -> list[str]:
    """Every complete date written in the text, as YYYY-MM-DD, in text order."""
    found: list[tuple[int, str]] = []
    for pattern, (y, m, d) in _FULL_DATES:
        for match in pattern.finditer(text):
            month_text = match.group(m)
            month = int(month_text) if month_text.isdigit() else _MONTH_PREFIXES[month_text[:3].lower()]
            day = int(match.group(d))
            if 1 <= month <= 12 and 1 <= day <= 31:
                found.append((match.start(), f"{match.group(y)}-{month:02d}-{day:02d}"))
    return [date for _, date in sorted(found)]


def text_features(text: str, language: str | None = None) -> Counter[str]:
    """Feature counts of one text: N: names (capitalised words not opening a sentence, and runs of them),
    W: content words (stop words and source addresses left out), #: numbers, D: month and day, T: complete
    dates and their month, Y: their year. A text in another language than English (``language``) is read in its
    own letters, without its own stop words, each word as its lemma (``story_words``) or, in a language it does
    not read, cut to its first letters, as names are (their endings vary by case)."""
    out: Counter[str] = Counter()
    text = _THOUSANDS.sub(r"\1\2", _URL.sub(" ", text))
    words = None if language in (None, "en") else own_words(language)
    for sentence in _SENTENCE_END.split(text):
        if sentence.strip():
            _sentence_features(sentence, out, words)
    for date in full_dates(text):
        out.update(("T:" + date, "T:" + date[:7], "Y:" + date[:4]))
    for day, word in _SLAVIC_DATE.findall(text):
        stem = next((s for s in _MONTH_STEMS if word.lower().startswith(s)), None)
        if stem and (len(word) - len(stem) <= 3) and 1 <= int(day) <= 31:
            out[f"D:{_MONTH_KEY[_MONTH_STEMS[stem]]} {int(day)}"] += 1
    return out


class FeatureWeights:
    """Inverse document frequency over a collection; features too common or seen once are dropped. ``smooth``
    (the story clusterer's): the idf of names, numbers and dates is log((n + 1) / df), so that in a handful of
    texts of one story the place or the figures all of them give still count (a word all of them hold may be
    common anywhere: the corpus cannot tell). ``rarity``: the words' frequencies in their languages, where known
    (``story_words.word_rarity``)."""

    def __init__(self, collection: Iterable[Mapping[str, int]], max_df: float, smooth: bool = False,
                 rarity: Rarity | None = None) -> None:
        self.rarity = rarity
        self._word_weights: dict[tuple[str, str], float] = {}
        self.df: Counter[str] = Counter()
        self.size = 0
        for features in collection:
            self.df.update(features.keys())
            self.size += 1
        cap = max(10.0, max_df * self.size)  # in a handful of texts, sharing a word is no sign it is common
        self.idf = {}
        for f, n in self.df.items():
            size = self.size + 1 if smooth and f[0] != "W" else self.size
            if 2 <= n <= cap and n < size:
                self.idf[f] = math.log(size / n)
        self.lone = math.log(self.size + 1 if smooth else self.size)  # the idf of a feature of one text

    def weigh(self, features: Mapping[str, int], language: str | None = None
              ) -> tuple[dict[str, float], dict[str, float]]:
        """(1 + log tf) * idf * kind weight of the features the text shares with another, and of all of them
        (those of this text alone too), in the features' order; the words of a language ``story_words`` reads
        weigh by their rarity in the language."""
        words, df, idfs, lone = reads_words(language), self.df, self.idf, self.lone
        shared, every = {}, {}
        for f, n in features.items():
            if words and f[0] == "W":
                assert language is not None
                idf, other = self._word_weight(f, language), df.get(f, 0) >= 2
            elif f in idfs:
                idf, other = idfs[f], True
            elif df.get(f, 0) <= 1:
                idf, other = lone, False
            else:
                continue
            if idf > 0:
                every[f] = (1 + math.log(n)) * idf * _KIND_WEIGHT[f[0]]
                if other:
                    shared[f] = every[f]
        return shared, every

    def _word_weight(self, feature: str, language: str) -> float:
        """``word_weight`` of a "W:" feature, worked out once per word and language."""
        weight = self._word_weights.get((feature, language))
        if weight is None:
            weight = self._word_weights[feature, language] = word_weight(feature[2:], language, self.rarity)
        return weight

    def vector(self, features: Mapping[str, int], language: str | None = None) -> dict[str, float]:
        """Unit-length vector of the weights of the features it shares with another text."""
        return unit(self.weigh(features, language)[0])

    def coverage(self, features: Mapping[str, int], language: str | None = None) -> float:
        """The share of a text's weight (as a vector's length) on features another text shares: a text that
        shares one word and nothing else is hardly like any other, however alike that word makes them."""
        return coverage_of(*self.weigh(features, language))


def unit(weights: dict[str, float]) -> dict[str, float]:
    """The weights scaled to unit length (``FeatureWeights.vector``)."""
    norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
    return {f: w / norm for f, w in weights.items()}


def coverage_of(shared: dict[str, float], every: dict[str, float]) -> float:
    """``FeatureWeights.coverage`` of the two weights ``FeatureWeights.weigh`` gives."""
    on_shared = sum(w * w for w in shared.values())
    on_every = sum(w * w for w in every.values())
    return math.sqrt(on_shared / on_every) if on_every else 0.0


def _arrival_order(texts: Sequence[tuple[str, str]]) -> list[int]:
    """A fixed order that depends on the texts alone (callers with dates should pass texts sorted by date)."""
    return sorted(range(len(texts)), key=lambda i: hashlib.sha1(texts[i][1].encode()).hexdigest())


def _refine(stories: StoryIndex, ids: list[str], threshold: Mapping[str, float]) -> int:
    """Move each text to the story that fits it best now; returns how many moved."""
    moved = 0
    for doc_id in progress.over(ids, "article", what="refining"):
        best, score = stories.best(doc_id)
        if best is not None and best != stories.story_of[doc_id] and score >= threshold[doc_id]:
            stories.move(doc_id, best)
            moved += 1
    return moved


def _absorb_small_stories(stories: StoryIndex, settings: ClusterSettings) -> None:
    """Smallest first, a story of at most ``small_story`` texts joins the story of the closest text outside it:
    a text's nearest neighbour is a surer guide than a threshold on its similarity to a whole story."""
    for story in progress.over(sorted(range(len(stories.members)), key=lambda s: len(stories.members[s])), "story",
                               what="small stories"):
        members = list(stories.members[story])
        if not members or len(members) > settings.small_story:
            continue
        best, score = None, 0.0
        for doc_id in members:
            other, s = stories.closest_text(doc_id)
            if other is not None and s > score:
                best, score = other, s
        if best is not None and score >= settings.absorb_threshold:
            target = stories.story_of[best]
            for doc_id in members:
                stories.move(doc_id, target)


def assign(ids: list[str], vectors: list[dict[str, float]], settings: ClusterSettings,
           thresholds: Mapping[str, float] | None = None, coverage: Mapping[str, float] | None = None
           ) -> dict[str, int]:
    """Texts (given in arrival order) -> story number: one incremental pass, then refinement. ``thresholds``:
    a text's own least similarity to join a story, where it is not ``settings.threshold``; ``coverage``: each
    text's share of its weight on features another text shares (``FeatureWeights.coverage``)."""
    threshold = {doc_id: (thresholds or {}).get(doc_id, settings.threshold) for doc_id in ids}
    stories = StoryIndex(settings)
    stories.coverage.update(coverage or {})
    for doc_id, vector in progress.over(zip(ids, vectors, strict=True), "article", len(ids)):
        stories.register(doc_id, vector)
        best, score = stories.best(doc_id)
        stories.add(doc_id, vector, best if score >= threshold[doc_id] else None)
    for _ in range(settings.refine_passes):
        if not _refine(stories, ids, threshold):
            break
    if settings.small_story:
        stories.let_go_of_dots()
        _absorb_small_stories(stories, settings)
    numbers: dict[int, int] = {}
    return {doc_id: numbers.setdefault(stories.story_of[doc_id], len(numbers)) for doc_id in ids}


def document_vectors(texts: Sequence[tuple[str, str]], settings: ClusterSettings | None = None
                     ) -> dict[str, dict[str, float]]:
    """(id, text) pairs -> the unit feature vector the clustering compares texts by."""
    settings = settings or default_settings().stories
    features = [text_features(text) for _, text in texts]
    weights = FeatureWeights(features, settings.max_df)
    return {doc_id: weights.vector(f) for (doc_id, _), f in zip(texts, features, strict=True)}


class ReadBefore(NamedTuple):
    """What is known of texts read before (by text id), not read again: their ``text_features`` and
    ``name_sounds``, and their words' frequencies in their languages (``story_words.word_rarity``). The pipeline
    keeps all three from run to run."""

    features: Mapping[str, Counter[str]]
    sounds: Mapping[str, Counter[str]]
    rarity: Rarity | None = None


def cluster_texts(texts: Sequence[tuple[str, str]], settings: ClusterSettings | None = None,
                  keep_order: bool = False, extra: Mapping[str, Counter[str]] | None = None,
                  languages: Mapping[str, str | None] | None = None, read_before: ReadBefore | None = None
                  ) -> dict[str, int]:
    """(id, text) pairs -> story number. Texts arrive in the given order when ``keep_order`` (e.g. by
    publication date), else in an order fixed by their content alone. ``extra``: more features per text id
    (the pipeline adds its canonical entities, "E:<id>", so that names in other scripts match). ``languages``:
    each text's language: a text in another language than English is read in that language and joins a story at
    ``own_language_threshold``; stories of different languages then join (``story_languages``; without
    ``languages``, a text mostly in another script than Latin counts as another language). ``read_before``: what
    is known of texts read before, which are not read again."""
    settings = settings or default_settings().stories
    read_as, known = languages or {}, read_before or ReadBefore({}, {})
    features = [_with_extra(known.features[doc_id] if doc_id in known.features
                            else text_features(text, read_as.get(doc_id)), (extra or {}).get(doc_id))
                for doc_id, text in texts]
    sounds = [known.sounds[doc_id] if doc_id in known.sounds else name_sounds(text) for doc_id, text in texts]
    weights = FeatureWeights(({**f, **k} for f, k in zip(features, sounds, strict=True)), settings.max_df,
                             smooth=True, rarity=known.rarity)
    order = list(range(len(texts))) if keep_order else _arrival_order(texts)
    own = {doc_id: settings.own_language_threshold for doc_id, _ in texts if read_as.get(doc_id) not in (None, "en")}
    weighed = [weights.weigh(features[i], read_as.get(doc_id)) for i, (doc_id, _) in enumerate(texts)]
    coverage = {doc_id: coverage_of(*weighed[i]) for i, (doc_id, _) in enumerate(texts)}
    numbers = assign([texts[i][0] for i in order], [unit(weighed[i][0]) for i in order], settings, own, coverage)
    group = {doc_id: read_as.get(doc_id) or ("latin" if _latin_share(text) >= 0.5 else "other")
             for doc_id, text in texts}
    if len(set(group.values())) > 1:
        neutral = {doc_id: _neutral(weighed[i][0], weights.weigh(sounds[i])[0]) for i, (doc_id, _) in enumerate(texts)}
        numbers = join_across_languages(numbers, group, neutral, settings.cross_language_threshold)
    return numbers


def _with_extra(features: Counter[str], extra: Mapping[str, int] | None) -> Counter[str]:
    out = Counter(features)
    if extra:
        out.update(extra)
    return out


def _neutral(shared: dict[str, float], sounds: dict[str, float]) -> dict[str, float]:
    """A text's unit vector on the features that read the same in any language (``NEUTRAL_KINDS``): its shared
    features' weights of those kinds, then its name sounds' (weighed as any language's text weighs them)."""
    weights = {f: w for f, w in shared.items() if f[0] in NEUTRAL_KINDS}
    weights.update(sounds)
    return unit(weights)


_LETTER = re.compile(r"[^\W\d_]")


def _latin_share(text: str) -> float:
    letters = _LETTER.findall(text)
    return sum(1 for c in letters if c.isascii()) / len(letters) if letters else 1.0
