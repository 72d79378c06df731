"""Language identification with lingua, built for a limited set of languages to stay small in memory."""

from __future__ import annotations

from functools import lru_cache

from lingua import IsoCode639_1, LanguageDetector, LanguageDetectorBuilder

from ..errors import ConfigError


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
    sample = text[:3000]
    if sum(ch.isalpha() for ch in sample) < 12:
        return None
    found = _detector(languages, accuracy).detect_language_of(sample)
    return found.iso_code_639_1.name.lower() if found else None
