"""The room for languages: one pack per language (months, weekdays, number words, quotation marks, speech verbs,
event triggers, and how its paragraphs get sentences and names), registered by ISO 639-1 code.

A stage asks the registry for a paragraph's pack (``paragraph_pack``) and reads what it needs from it; a language
with no pack gets the fallback pack, which analyses nothing language-specific and says so in ``not_analysed``.
Patterns that match month and weekday names in running text are built here from every registered pack.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Protocol, runtime_checkable

from spacy.tokens import Token

from ...errors import ConfigError
from .ar import ArabicPack
from .base import NO_CLAUSE_WORDS, ClauseWords, FallbackPack
from .cs import CzechPack
from .de import GermanPack
from .en import EnglishPack
from .es import SpanishPack
from .fr import FrenchPack
from .frequent_words import frequent_words
from .hr import CroatianPack
from .it import ItalianPack
from .lexical import LexicalWords
from .pl import PolishPack
from .pt import PortuguesePack
from .ru import RussianPack
from .ru.names import release_names
from .sk import SlovakPack
from .sl import SlovenePack
from .tr import TurkishPack
from .uk import UkrainianPack
from .zh import ChinesePack

__all__ = ["LanguagePack", "FallbackPack", "FALLBACK", "DEFAULT_LANGUAGE", "register", "registered", "pack_for",
           "preload", "release", "paragraph_pack", "quote_pairs", "month_words", "month_names", "month_abbreviations",
           "month_stems", "month_prefixes", "weekday_names", "date_locales", "alternation", "ClauseWords",
           "clause_words", "state_force_words", "LexicalWords", "lexical_words"]

# The language an article with no language label is read in (what newsfold has always assumed).
DEFAULT_LANGUAGE = "en"
# (start, end, normal form, label) of a name found in a paragraph, offsets into the paragraph.
EntitySpan = tuple[int, int, str, str]


@runtime_checkable
class LanguagePack(Protocol):
    """What newsfold knows about one language. Words are lower case; lemmas for verbs and triggers.

    Optional, read through ``clause_words(pack)`` so that a pack may leave it out: ``clause_words``, the small
    words of a trigger's clause and the names of state forces (``ClauseWords``; ``NO_CLAUSE_WORDS`` when absent).
    Optional, read through ``lexical_words(pack)``: ``lexical``, the small words by which the paragraphs of a
    pack with no parser get quotes and events (``LexicalWords``; a pack without it gets neither).
    """

    code: str  # ISO 639-1
    name: str
    script: str  # "Latin", "Cyrillic": patterns written for one script take the words of its packs
    claims_script: bool  # a paragraph this pack reads is its own whatever the article's label (ru: mostly Cyrillic)
    date_locale: str  # dateparser's language code
    months: Sequence[str]  # the twelve names, January first, as a date writes them
    month_abbreviations: Mapping[str, int]  # "aug", "sept" -> 8, 9
    month_stems: Mapping[str, int]  # for dates that inflect the month ("13 августа"): stem -> month
    weekdays: Sequence[str]  # Monday first
    number_words: Mapping[str, float]  # "two" -> 2, "a dozen" -> 12
    quote_marks: Sequence[tuple[str, str]]  # (opening mark, the marks that may close it)
    speech_verbs: frozenset[str]  # report what was said as a clause: "said (that) ..."
    stance_verbs: frozenset[str]  # the object or complement is the stance: "accused Y of ..."
    quote_cues: frozenset[str]  # verbs that introduce a direct quote: '"...," she said'
    triggers: Mapping[str, tuple[str, str | None]]  # lemma (or "lemma particle") -> (PLOVER type, mode)
    needs_object: Mapping[str, frozenset[str]]  # a trigger that counts only with one of these words near
    doer_triggers: Mapping[str, tuple[str, str | None]]  # nouns whose doing is the event ("protesters blocked")
    doer_actions: frozenset[str]  # the verbs of that doing ("block", "throw"; not "need" or "say")
    hypothetical: frozenset[str]  # modal words that make an event hypothetical ("may go on strike")
    topic_words: Mapping[str, frozenset[str]]  # lemmas marking an article about sport, markets, culture, science
    contention_words: frozenset[str]  # lemmas that make a sentence about contention whatever the topic
    names_stage: str  # the stage named on the mentions ``entities`` finds ("cyrillic")
    not_analysed: tuple[str, ...]  # analyses this pack cannot give its paragraphs

    def reads(self, text: str) -> bool:
        """Whether this pack can analyse a paragraph of an article labelled with its language."""

    def parses_with(self, pipeline_language: str) -> bool:
        """Whether a spaCy pipeline for this language gives this pack's paragraphs sentences, parse and names."""

    def entities(self, text: str) -> list[EntitySpan]:
        """Names in a paragraph that no spaCy pipeline parses (natasha for Russian); [] when there is no model."""

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        """The (PLOVER type, mode) of a trigger where it stands: "clashes" between troops and rebels are fighting,
        not a riot ("plover" as it is for a pack with no such rules)."""

    def other_sense(self, tok: Token) -> str | None:
        """Why an event trigger means something else where it stands ("the month March"), or None when it may
        name its event (always None for a pack with no such rules)."""


FALLBACK: LanguagePack = FallbackPack()
_PACKS: dict[str, LanguagePack] = {}


def register(pack: LanguagePack) -> None:
    """Add a pack under its ISO 639-1 code (a second pack for a code replaces the first)."""
    if not re.fullmatch(r"[a-z]{2}", pack.code):
        raise ConfigError(f"language pack code {pack.code!r} is not an ISO 639-1 code: use two lower-case letters")
    _PACKS[pack.code] = pack


def registered() -> list[LanguagePack]:
    return list(_PACKS.values())


def preload(codes: Iterable[str | None]) -> None:
    """Load what the packs of these languages read with (dictionaries, word lists) in this process, once: forked
    analysis workers then share it instead of each loading a copy. Packs with nothing to load have no
    ``preload``."""
    for code in sorted({c for c in codes if c}):
        load = getattr(pack_for(code), "preload", None)
        if load is not None:
            load()


def release() -> None:
    """Let go of the big models ``preload`` loaded (natasha's, the frequent words of word lists), once the workers
    that shared them are done: the next text that needs one loads it again."""
    release_names()
    frequent_words.cache_clear()
    gc.collect()


def pack_for(code: str | None) -> LanguagePack:
    """The pack for an ISO 639-1 code (an article with no label is read as DEFAULT_LANGUAGE); the fallback pack
    for a language that has none."""
    return _PACKS.get(code or DEFAULT_LANGUAGE, FALLBACK)


def paragraph_pack(language: str | None, text: str) -> LanguagePack:
    """The pack that analyses one paragraph of an article labelled ``language``: a pack claiming the script the
    paragraph is mostly written in (a Russian post quoted in an English report; the article's own pack first, so
    that a Ukrainian article's Cyrillic paragraphs are Ukrainian where they may be), else the article's pack if it
    can read the paragraph, else the fallback."""
    own = _PACKS.get(language or DEFAULT_LANGUAGE)
    if own is not None and own.claims_script and own.reads(text):
        return own
    for pack in _PACKS.values():
        if pack.claims_script and pack.reads(text):
            return pack
    pack = pack_for(language)
    return pack if pack.reads(text) else FALLBACK


def clause_words(pack: LanguagePack) -> ClauseWords:
    """The pack's clause words, or none for a pack that gives none (a neutral reading: see ``ClauseWords``)."""
    words = getattr(pack, "clause_words", NO_CLAUSE_WORDS)
    return words if isinstance(words, ClauseWords) else NO_CLAUSE_WORDS


def lexical_words(pack: LanguagePack) -> LexicalWords | None:
    """The pack's words for reading sentences with no parse, or None for a pack that gives none."""
    words = getattr(pack, "lexical", None)
    return words if isinstance(words, LexicalWords) else None


def state_force_words() -> frozenset[str]:
    """The names of state forces of every registered pack (for a stage that reads sentences without their pack)."""
    return frozenset(word for pack in _PACKS.values() for word in clause_words(pack).state_forces)


def _packs(script: str | None) -> Iterable[LanguagePack]:
    return (p for p in _PACKS.values() if script is None or p.script == script)


def quote_pairs() -> list[tuple[str, str]]:
    """Every registered pack's quotation marks, in registration order, each pair once."""
    return list(dict.fromkeys(pair for pack in _PACKS.values() for pair in pack.quote_marks))


def month_names(script: str | None = "Latin") -> dict[str, int]:
    """Full month names of the packs written in ``script`` (None: every pack) -> month number."""
    return {name: i for pack in _packs(script) for i, name in enumerate(pack.months, 1)}


def month_abbreviations(script: str | None = "Latin") -> dict[str, int]:
    return {short: i for pack in _packs(script) for short, i in pack.month_abbreviations.items()}


def month_words(script: str | None = "Latin") -> dict[str, int]:
    """Full names and abbreviations: every way the packs of ``script`` write a month whole."""
    return month_names(script) | month_abbreviations(script)


def month_prefixes(script: str | None = "Latin") -> dict[str, int]:
    """The first three letters of every month word ("aug" for "August", "Aug." and "augusti")."""
    return {word[:3]: i for word, i in month_words(script).items()}


def month_stems() -> dict[str, int]:
    """Stems of months that dates inflect ("август" in "13 августа"), from every pack, longest first."""
    stems = {stem: i for pack in _PACKS.values() for stem, i in pack.month_stems.items()}
    return dict(sorted(stems.items(), key=lambda item: len(item[0]), reverse=True))


def weekday_names(script: str | None = "Latin") -> list[str]:
    """Weekday names of the packs of ``script``, each pack's Monday first (the index modulo 7 is the weekday)."""
    return [day for pack in _packs(script) for day in pack.weekdays]


def date_locales(script: str | None = "Latin") -> list[str]:
    """dateparser's codes for the packs of ``script`` that read dates (a pack with no dates has none)."""
    return list(dict.fromkeys(pack.date_locale for pack in _packs(script) if pack.date_locale))


def alternation(words: Iterable[str], title: bool = False) -> str:
    """A regex alternation of the words, longest first (so "september" is tried before "sep"), optionally in
    title case ("Aug")."""
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return "|".join(re.escape(w.title() if title else w) for w in ordered)


register(EnglishPack())
register(UkrainianPack())  # before Russian: a Cyrillic paragraph with Ukrainian letters is Ukrainian
register(RussianPack())
register(CzechPack())
register(PolishPack())
register(SlovenePack())
register(SlovakPack())
register(CroatianPack())
register(FrenchPack())
register(GermanPack())
register(SpanishPack())
register(ItalianPack())
register(PortuguesePack())
register(TurkishPack())
register(ArabicPack())
register(ChinesePack())
