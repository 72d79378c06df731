"""Language identification with lingua, built for a limited set of languages to stay small in memory: of each
article, and of each of its paragraphs (an English report quoting a Russian post reads that post as Russian).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache, partial
from importlib.metadata import version

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from ..errors import ConfigError
from ..settings import CleanSettings


def letter_count(text: str) -> int:
    """How many of the text's characters are letters (``str.isalpha``)."""
    return sum(map(str.isalpha, text))


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...], accuracy: str) -> LanguageDetector:
    if accuracy not in ("low", "high"):
        raise ConfigError(f"[clean] language_accuracy = {accuracy!r}: choose \"low\" or \"high\"")
    codes = [getattr(IsoCode639_1, code.upper()) for code in languages if hasattr(IsoCode639_1, code.upper())]
    builder = LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
    if accuracy == "low":  # trigram models only: a tenth of the memory, a little less sure on a few words
        return builder.with_low_accuracy_mode().build()
    return builder.with_preloaded_language_models().build()


def detect_language(text: str, languages: tuple[str, ...], accuracy: str = "high") -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the text has too few letters to tell. ``accuracy``:
    ``[clean] language_accuracy`` ("low" or "high")."""
    return detect_languages([text], languages, accuracy)[0]


def detect_languages(texts: list[str], languages: tuple[str, ...], accuracy: str = "high") -> list[str | None]:
    """``detect_language`` of each text, the texts read in parallel (lingua spreads them over the cores)."""
    samples = [text[:3000] for text in texts]
    told = [i for i, sample in enumerate(samples) if letter_count(sample) >= 12]
    detector = _detector(languages, accuracy)
    if len(told) == 1:
        found = [detector.detect_language_of(samples[told[0]])]
    else:
        found = detector.detect_languages_in_parallel_of([samples[i] for i in told])
    out: list[str | None] = [None] * len(texts)
    for i, language in zip(told, found, strict=True):
        out[i] = language.iso_code_639_1.name.lower() if language else None
    return out


class KnownLanguages:
    """``detect_language`` with a memory: a text seen before (by its hash) is not detected again. ``key`` names
    the detector (its languages, accuracy and lingua's version), so a memory is only read back by the same one;
    ``known`` is filled by the caller from what it kept under ``key``; ``found`` holds the texts detected for the
    first time, for the caller to keep."""

    def __init__(self, languages: tuple[str, ...], accuracy: str):
        self.languages, self.accuracy = languages, accuracy
        self.key = f"lingua {version('lingua-language-detector')}:{accuracy}:{','.join(sorted(languages))}"
        self.known: dict[str, str | None] = {}
        self.found: dict[str, str | None] = {}

    def __call__(self, text: str) -> str | None:
        text_hash = hashlib.sha1(text.encode()).hexdigest()
        if text_hash in self.known:
            return self.known[text_hash]
        language = self.known[text_hash] = self.found[text_hash] = detect_language(text, self.languages,
                                                                                   self.accuracy)
        return language

    def detect_all(self, texts: Iterable[str]) -> None:
        """Detect the texts not seen before all at once (in parallel), for the calls that ask for them next."""
        todo = {hashlib.sha1(text.encode()).hexdigest(): text for text in texts}
        todo = {text_hash: text for text_hash, text in todo.items() if text_hash not in self.known}
        found = detect_languages(list(todo.values()), self.languages, self.accuracy)
        self.found.update(zip(todo, found, strict=True))
        self.known.update(zip(todo, found, strict=True))


def page_languages(text: str, settings: CleanSettings, language_of: Callable[[str], str | None] | None = None
                   ) -> tuple[str | None, list[str | None]]:
    """The language of a page and of each of its paragraphs (``paragraph_languages``): the page's is the one most
    of its letters are written in, paragraph by paragraph. Read whole, a mostly English page with one Polish
    paragraph may look Polish (the rarer letters weigh more), so the whole text's label only decides the short
    paragraphs and a page of short paragraphs."""
    language_of = language_of or partial(detect_language, languages=settings.languages,
                                         accuracy=settings.language_accuracy)
    whole = language_of(text)
    found = paragraph_languages(text, whole, settings, language_of)
    letters: Counter[str] = Counter()
    for paragraph, language in zip(text.split("\n\n"), found, strict=True):
        if language:
            letters[language] += letter_count(paragraph)
    return (letters.most_common(1)[0][0] if letters else whole), found


def paragraph_languages(text: str, language: str | None, settings: CleanSettings,
                        language_of: Callable[[str], str | None] | None = None) -> list[str | None]:
    """The language of each paragraph of ``text`` (split at blank lines, as the nlp stage reads them): the
    detector's (``language_of``, else ``detect_language`` with ``settings``) for a paragraph of at least
    ``[clean] paragraph_min_letters`` letters, else the article's ``language`` (a short line says too little)."""
    language_of = language_of or partial(detect_language, languages=settings.languages,
                                         accuracy=settings.language_accuracy)
    out: list[str | None] = []
    for paragraph in text.split("\n\n"):
        found = None
        if letter_count(paragraph) >= settings.paragraph_min_letters:
            found = language_of(paragraph)
        out.append(found or language)
    return out
