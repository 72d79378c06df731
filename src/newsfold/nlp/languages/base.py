"""The fallback pack: what a language with no pack of its own gets (the generic parts only), and says so.

Its paragraphs keep the generic analyses (paragraph as sentence, quotation marks of every pack, digits as numbers);
``not_analysed`` names the rest.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from spacy.tokens import Token

__all__ = ["FallbackPack", "NOT_ANALYSED", "ClauseWords", "NO_CLAUSE_WORDS"]


@dataclass(frozen=True)
class ClauseWords:
    """The small words the relevance rules read a trigger's clause by (lower case), and the names of state forces
    the events stage reads an assault's sentences for. A pack that has none gets ``NO_CLAUSE_WORDS``: no plural is
    then read as referring back, nothing as asked for or as a statement's setting, and no assailant as the state.
    The last two may be left out (none)."""

    definite: frozenset[str]  # determiners and possessives that refer back to told events ("the protests")
    background: frozenset[str]  # prepositions that make an event noun background ("since the strikes")
    circumstance: frozenset[str]  # the word that opens a circumstance ("with protests spreading ...")
    setting: frozenset[str]  # prepositions of a statement's setting ("said at a rally")
    asking: frozenset[str]  # the preposition of what is asked for ("calls for demonstrations")
    asking_verbs: frozenset[str]  # verbs that ask for an event rather than report it ("urged a strike")
    state_forces: frozenset[str]  # names of state forces, one or more words ("riot police", "troops")
    # prepositions that deny their event noun ("passed off without arrests")
    denying: frozenset[str] = field(default_factory=frozenset)
    # prepositions of a deadline: a date after one is when something ends, not when it happened ("until Tuesday")
    deadline: frozenset[str] = field(default_factory=frozenset)
    # the preposition of a bare event noun that says why another act was done ("went on strike in protest")
    purpose: frozenset[str] = field(default_factory=frozenset)


NO_CLAUSE_WORDS = ClauseWords(*(frozenset[str]() for _ in range(7)))

# What needs a language's own words or models: a paragraph in a language with no pack gets none of it.
NOT_ANALYSED: tuple[str, ...] = ("sentences", "entities", "dates", "figures", "quotes", "events")


class FallbackPack:
    code = "xx"  # not a language: ISO 639-1 leaves "xx" unassigned
    name = "no language pack"
    script = ""
    claims_script = False
    date_locale = ""
    months: Sequence[str] = ()
    month_abbreviations: Mapping[str, int] = {}
    month_stems: Mapping[str, int] = {}
    weekdays: Sequence[str] = ()
    number_words: Mapping[str, float] = {}
    quote_marks: Sequence[tuple[str, str]] = ()
    speech_verbs: frozenset[str] = frozenset()
    stance_verbs: frozenset[str] = frozenset()
    quote_cues: frozenset[str] = frozenset()
    triggers: Mapping[str, tuple[str, str | None]] = {}
    needs_object: Mapping[str, frozenset[str]] = {}
    doer_triggers: Mapping[str, tuple[str, str | None]] = {}
    doer_actions: frozenset[str] = frozenset()
    hypothetical: frozenset[str] = frozenset()
    topic_words: Mapping[str, frozenset[str]] = {}
    contention_words: frozenset[str] = frozenset()
    clause_words = NO_CLAUSE_WORDS
    names_stage = "names"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = NOT_ANALYSED

    def reads(self, text: str) -> bool:
        return True

    def parses_with(self, pipeline_language: str) -> bool:
        return False

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return []

    def other_sense(self, tok: Token) -> str | None:
        return None

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return plover
