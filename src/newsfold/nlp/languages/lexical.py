"""What a pack gives the readers of paragraphs no parser reads (``nlp/lexical_quotes.py``, ``nlp/lexical_events.py``):
the small words that negate, look ahead, set a condition, ask for or report, and a base pack for such languages.

With no parse, words are read by their lemma (simplemma) and by their neighbours in the sentence: a negation or a
modal a few words from a trigger, a condition opened before it, a speech verb next to a name.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Token

from .latin_slavic import LatinSlavicPack

__all__ = ["LexicalWords", "LexicalPack", "WordsPack", "assemble"]


@dataclass(frozen=True)
class LexicalWords:
    """One language's small words for reading sentences with no parse. Words are lower case as written, except
    ``asking`` (lemmas); a phrase of two words is written with one space ("по словам")."""

    lemma_code: str  # simplemma's code for the language
    negation: frozenset[str]  # words that negate a verb near them: "pas", "nicht", "не"
    future: frozenset[str]  # auxiliaries that put a verb near them in the future: "va", "wird", "будет"
    conditional: frozenset[str]  # words that open a condition: "si", "wenn", "если"
    asking: frozenset[str]  # verbs (lemmas) that ask for an event rather than report it: "appeler", "призвать"
    complementizers: frozenset[str]  # what opens reported speech after a speech verb: "que", "dass", "что"
    according_to: frozenset[str]  # words that attribute what follows to a name: "selon", "laut", "по словам"
    future_endings: tuple[str, ...] = ()  # endings of a verb in the future tense, for a language that has them
    verb_final: bool = False  # the verb ends its clause, after its object ("Polis X'i gözaltına aldı")
    purpose: frozenset[str] = frozenset()  # words that open a purpose clause: "pour", "чтобы", "żeby"
    infinitive_endings: tuple[str, ...] = ()  # how an infinitive ends, where no other form of a verb ends so
    future_prefixes: tuple[str, ...] = ()  # how a verb in the future begins, where a prefix marks it (Arabic سـ)
    complementizer_reach: int = 3  # words between a speech verb and its complementizer ("заявил журналистам, что")


def assemble(cls: type, folder: str, modules: Sequence[str] = ("clauses", "punctuation", "speech", "events",
                                                                   "sense")) -> None:
    """Set a pack class's words from its folder's data modules (``clauses.LEXICAL``, ``punctuation.QUOTE_MARKS``,
    ``speech``'s verbs and cues, ``events``' triggers, objects and modal words, ``sense``'s topic and contention
    words), except those the class sets itself (Arabic gives each word in both its spellings)."""
    found = {module: importlib.import_module(f"{folder}.{module}") for module in modules}
    clauses, punctuation, speech = found["clauses"], found["punctuation"], found["speech"]
    events, sense = found["events"], found["sense"]
    words = {"lexical": clauses.LEXICAL, "quote_marks": punctuation.QUOTE_MARKS,
             "speech_verbs": speech.SPEECH_VERBS, "stance_verbs": speech.STANCE_VERBS,
             "quote_cues": speech.QUOTE_CUES, "triggers": events.TRIGGERS, "hypothetical": events.HYPOTHETICAL,
             "topic_words": sense.TOPIC_WORDS, "contention_words": sense.CONTENTION_WORDS}
    if hasattr(events, "NEEDS_OBJECT"):
        words["needs_object"] = events.NEEDS_OBJECT
    for name, value in words.items():
        if name not in cls.__dict__:
            setattr(cls, name, value)


class WordsPack:
    """A language no parser reads and no capitals name (Cyrillic, Arabic and Han packs), read by its words: what
    such packs share (no spaCy date grammar, number words or parse-based sense rules of their own), and, for a
    subclass given its folder (``class UkrainianPack(WordsPack, folder=__name__)``), the words of its data modules
    (``assemble``). A subclass gives its code, name, script, ``reads``, ``entities`` and ``names_stage``."""

    claims_script = True  # a paragraph in the pack's script, in a report in any language, is read by the pack
    date_locale = ""  # dates by their words (nlp/lexical_dates.py), unless the pack gives its own
    months: Sequence[str] = ()
    month_abbreviations: Mapping[str, int] = {}
    month_stems: Mapping[str, int] = {}
    weekdays: Sequence[str] = ()
    number_words: Mapping[str, float] = {}
    quote_marks: Sequence[tuple[str, str]]
    speech_verbs: frozenset[str]
    stance_verbs: frozenset[str]
    quote_cues: frozenset[str]
    triggers: Mapping[str, tuple[str, str | None]]
    needs_object: Mapping[str, frozenset[str]] = {}
    doer_triggers: Mapping[str, tuple[str, str | None]] = {}
    doer_actions: frozenset[str] = frozenset()
    hypothetical: frozenset[str]
    topic_words: Mapping[str, frozenset[str]]
    contention_words: frozenset[str]
    lexical: LexicalWords
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures")

    def __init_subclass__(cls, folder: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if folder:
            assemble(cls, folder)

    def parses_with(self, pipeline_language: str) -> bool:
        return False

    def other_sense(self, tok: Token) -> str | None:
        return None

    def refine(self, tok: Token, plover: tuple[str, str | None]) -> tuple[str, str | None]:
        return plover


class LexicalPack(LatinSlavicPack):
    """A Latin-script language read by its words: sentences from spaCy's punctuation rules, names by the
    capitalised-run rules of ``latin_slavic.py`` with the language's ``words`` (a language that capitalises only
    names), quotes and events from its word lists; no parse, so no dates or figures of its own yet. A subclass
    gives its code and name, and its folder (``class FrenchPack(LexicalPack, folder=__name__)``), whose data
    modules give the rest: ``names.WORDS`` and the words ``assemble`` reads."""

    lexical: LexicalWords
    names_stage = "names"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures")

    def __init_subclass__(cls, folder: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not folder:
            return
        cls.words = importlib.import_module(f"{folder}.names").WORDS
        assemble(cls, folder)
