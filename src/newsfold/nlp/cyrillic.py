"""Names in Cyrillic text: the Russian pack's natasha wrapper (``nlp/languages/ru/names.py``), under the name the
pipeline and older callers import it by."""

from __future__ import annotations

from .languages.ru.names import CYRILLIC_SHARE, cyrillic_entities, cyrillic_share, embed_entities, is_cyrillic

__all__ = ["CYRILLIC_SHARE", "cyrillic_entities", "cyrillic_share", "embed_entities", "is_cyrillic"]
