"""What a pack gives the readers of paragraphs no parser reads (``nlp/lexical_quotes.py``, ``nlp/lexical_events.py``):
the small words that negate, look ahead, set a condition, ask for or report, and a base pack for such languages.

With no parse, words are read by their lemma (simplemma) and by their neighbours in the sentence: a negation or a
modal a few words from a trigger, a condition opened before it, a speech verb next to a name.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any

from .latin_slavic import LatinSlavicPack

__all__ = ["LexicalWords", "LexicalPack"]


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


class LexicalPack(LatinSlavicPack):
    """A Latin-script language read by its words: sentences from spaCy's punctuation rules, names by the
    capitalised-run rules of ``latin_slavic.py`` with the language's ``words`` (a language that capitalises only
    names), quotes and events from its word lists; no parse, so no dates or figures of its own yet. A subclass
    gives its code and name, and its folder (``class FrenchPack(LexicalPack, folder=__name__)``), whose data
    modules give the rest: ``names.WORDS``, ``clauses.LEXICAL``, ``punctuation.QUOTE_MARKS``, ``speech``'s verbs
    and cues, ``events``' triggers and modal words, ``sense``'s topic and contention words."""

    lexical: LexicalWords
    names_stage = "names"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures")

    def __init_subclass__(cls, folder: str = "", **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if not folder:
            return
        names, clauses, punctuation, speech, events, sense = (
            importlib.import_module(f"{folder}.{module}")
            for module in ("names", "clauses", "punctuation", "speech", "events", "sense"))
        cls.words, cls.lexical, cls.quote_marks = names.WORDS, clauses.LEXICAL, punctuation.QUOTE_MARKS
        cls.speech_verbs, cls.stance_verbs, cls.quote_cues = speech.SPEECH_VERBS, speech.STANCE_VERBS, \
            speech.QUOTE_CUES
        cls.triggers, cls.hypothetical = events.TRIGGERS, events.HYPOTHETICAL
        cls.topic_words, cls.contention_words = sense.TOPIC_WORDS, sense.CONTENTION_WORDS
