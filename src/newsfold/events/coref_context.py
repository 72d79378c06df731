"""What one event mention is, for cross-document coreference: its head word, arguments and surroundings.

Built from spaCy's parse of the mention's sentence: the head lemma, the subject and object words, the person /
organisation, place and time names of the sentence, nearby content words and contextual vectors.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span, Token

__all__ = ["MentionContext", "mention_context"]

_PARTICIPANT_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_TIME_LABELS = {"DATE", "TIME"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
_SUBJECT = {"nsubj", "nsubjpass", "agent", "csubj"}
_OBJECT = {"dobj", "attr", "oprd", "pobj", "dative"}
_WINDOW = 4  # tokens either side of a mention that count as its close context


@dataclass(frozen=True)
class MentionContext:
    """What is known about one event mention for coreference; ``id`` is the caller's key."""

    id: Hashable
    doc: str
    sentence: int  # the sentence's position in its document
    lemma: str  # head lemma, lower case
    pos: str
    words: frozenset[str]  # lemmas of the mention's own tokens
    subjects: frozenset[str]  # content lemmas under the head's subject
    objects: frozenset[str]
    participants: frozenset[str]  # words of the sentence's person / organisation names
    places: frozenset[str]
    times: frozenset[str]
    context: tuple[str, ...]  # content lemmas of the sentence, the mention's own left out
    window: tuple[str, ...] = ()  # content lemmas within a few tokens of the mention
    acronym: str = ""  # initials of a several-word mention ("driving under the influence" -> "dui")
    vector: tuple[float, ...] = ()  # the parser's contextual vector of the head
    context_vector: tuple[float, ...] = ()  # the mean contextual vector of the sentence's content words
    role: str = ""  # the head's dependency label and fine tag, "amod/JJ" (a modifier is seldom told again)



def _head(tokens: Sequence[Token]) -> Token:
    """The mention token whose syntactic head lies outside the mention (content words preferred)."""
    inside = {t.i for t in tokens}
    roots = [t for t in tokens if t.head.i not in inside or t.head.i == t.i]
    content = [t for t in roots if t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN")]
    anywhere = [t for t in tokens if t.pos_ in ("VERB", "NOUN", "ADJ", "PROPN")]  # "on [suspicion]"
    return (content or anywhere or roots or list(tokens))[0]


def _acronym(tokens: Sequence[Token]) -> str:
    """Initials of a several-word mention ("driving under the influence" -> "dui")."""
    words = [t for t in tokens if not t.is_punct and t.lower_ not in ("the", "a", "an")]
    return "".join(t.lower_[0] for t in words) if len(words) >= 2 else ""


_PERSONAL = {"he", "she", "him", "her", "his", "they", "them", "their"}


def _phrase_words(tok: Token, people: frozenset[str] = frozenset()) -> set[str]:
    """Content lemmas of the phrase under a token, clipped to a few words; a personal pronoun stands for the
    document's most mentioned person (``people``), the usual referent in a news report."""
    words = [t.lemma_.lower() for t in tok.subtree if t.pos_ in ("NOUN", "PROPN", "NUM") and not t.is_stop]
    if tok.lower_ in _PERSONAL:
        return set(people)
    return set(words[:6])


def _arguments(head: Token, people: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """Words of the head's subject (or agent, or possessor) and of its objects."""
    subjects: set[str] = set()
    objects: set[str] = set()
    is_verb = head.pos_ in ("VERB", "AUX")
    for child in head.children:
        if child.dep_ in _SUBJECT:
            subjects |= _phrase_words(child, people)
        elif child.dep_ in _OBJECT:
            objects |= _phrase_words(child, people)
        elif child.dep_ == "prep" and (is_verb or child.lower_ in ("of", "by", "on", "against")):
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    (subjects if child.lower_ == "by" else objects).update(_phrase_words(grandchild, people))
        elif not is_verb and child.dep_ in ("poss", "compound"):
            subjects |= _phrase_words(child, people)
    if not is_verb and head.dep_ in _OBJECT | _SUBJECT and head.head.pos_ == "VERB":
        for child in head.head.children:  # "launched an attack on X": the verb's subject is the attack's
            if child.dep_ in _SUBJECT and child.i != head.i:
                subjects |= _phrase_words(child, people)
    return subjects, objects


def _entity_words(sentence: Span, labels: set[str]) -> frozenset[str]:
    return frozenset(t.lemma_.lower() for ent in sentence.ents if ent.label_ in labels for t in ent
                     if not t.is_stop and not t.is_punct)


def _vector(tokens: Sequence[Token]) -> tuple[float, ...]:
    """Mean of the parser's contextual vectors (doc.tensor) of the tokens; empty when there is none."""
    if not tokens:
        return ()
    tensor = tokens[0].doc.tensor
    if tensor is None or not len(tensor):
        return ()
    return tuple(float(x) for x in np.mean([tensor[t.i] for t in tokens], axis=0))


def _head_lemma(head: Token) -> str:
    """The head's lemma; a relative pronoun ("the quake, which struck") takes its antecedent's."""
    if head.lower_ in ("which", "that") and head.head.dep_ == "relcl" and head.head.head.pos_ in ("NOUN", "VERB"):
        return head.head.head.lemma_.lower()
    return head.lemma_.lower()


def mention_context(mention_id: Hashable, doc: str, sentence: int, tokens: Sequence[Token],
                    people: frozenset[str] = frozenset()) -> MentionContext:
    """Describe the event mention made of ``tokens`` (spaCy tokens of one parsed sentence); ``people`` are the
    words of the document's most mentioned person, for the personal pronouns among the arguments."""
    head = _head(tokens)
    sent = head.sent
    subjects, objects = _arguments(head, people)
    own = {t.i for t in tokens}
    content = [t for t in sent if t.pos_ in _CONTENT_POS and not t.is_stop and t.i not in own]
    first, last = min(own), max(own)
    window = tuple(t.lemma_.lower() for t in content if first - _WINDOW <= t.i <= last + _WINDOW)
    return MentionContext(
        id=mention_id, doc=doc, sentence=sentence, lemma=_head_lemma(head), pos=head.pos_,
        words=frozenset(t.lemma_.lower() for t in tokens if not t.is_punct),
        subjects=frozenset(subjects), objects=frozenset(objects),
        participants=_entity_words(sent, _PARTICIPANT_LABELS), places=_entity_words(sent, _PLACE_LABELS),
        times=_entity_words(sent, _TIME_LABELS), context=tuple(t.lemma_.lower() for t in content), window=window,
        acronym=_acronym(tokens), vector=_vector([head]), context_vector=_vector(content),
        role=f"{head.dep_}/{head.tag_}")
