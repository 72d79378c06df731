"""Language identification with lingua, built for a limited set of languages to stay small in memory."""

from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder


@lru_cache(maxsize=4)
def _detector(languages: tuple[str, ...]) -> LanguageDetector:
    codes = [getattr(IsoCode639_1, code.upper()) for code in languages if hasattr(IsoCode639_1, code.upper())]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_preloaded_language_models().build()


def detect_language(text: str, languages: tuple[str, ...]) -> str | None:
    """ISO 639-1 code of ``text``'s language, or None when the text has too few letters to tell."""
    sample = text[:3000]
    if sum(ch.isalpha() for ch in sample) < 12:
        return None
    found = _detector(languages).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
