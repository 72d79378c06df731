"""What one event mention is, for cross-document coreference: its head word, arguments and surroundings.

Built from spaCy's parse of the mention's sentence: the head lemma, the subject and object words, the person /
organisation, place and time names of the sentence, nearby content words and contextual vectors.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Hashable, Sequence

import numpy as np
from spacy.tokens import Span, Token

from ..models import EventMention, MentionContext
from .parse import Parsed

__all__ = ["MentionContext", "mention_context", "event_contexts", "main_person"]

_PARTICIPANT_LABELS = {"PERSON", "ORG", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_TIME_LABELS = {"DATE", "TIME"}
_CONTENT_POS = {"NOUN", "PROPN", "VERB", "NUM", "ADJ"}
_SUBJECT = {"nsubj", "nsubjpass", "agent", "csubj"}
_OBJECT = {"dobj", "attr", "oprd", "pobj", "dative"}
_WINDOW = 4  # tokens either side of a mention that count as its close context


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


def main_person(parsed: Parsed) -> frozenset[str]:
    """The last word of the article's most mentioned person (what "he" and "she" most likely stand for)."""
    names = Counter(m.text.split()[-1].lower() for m in parsed.mentions if m.label == "PERSON" and m.text)
    return frozenset(n for n, _ in names.most_common(1))


def _rounded(vector: tuple[float, ...]) -> tuple[float, ...]:
    return tuple(round(x, 4) for x in vector)  # stored with the analysis: four decimals keep every cosine


def event_contexts(parsed: Parsed, events: Sequence[EventMention]) -> list[MentionContext]:
    """The coreference description of each event mention, at its trigger word (``id`` is the mention's id)."""
    out: list[MentionContext] = []
    people = main_person(parsed)
    text = parsed.article.text
    # paragraphs and sentences are in text order: found by bisection, so an article's cost grows with its length,
    # not with its length squared
    para_starts = [p.start for p in parsed.paragraphs]
    sentence_starts = sorted(x.start for x in parsed.sentences)
    for m in events:
        word = m.trigger.split()[0] if m.trigger else ""
        at = text.find(word, m.start, m.end) if word else -1
        n = bisect_right(para_starts, at) - 1
        if at < 0 or n < 0:
            continue
        para, doc = parsed.paragraphs[n], parsed.docs[n]
        if doc is None or not para.start <= at < para.start + len(doc.text):
            continue
        span = doc.char_span(at - para.start, at - para.start + len(word), alignment_mode="expand")
        if span is not None and len(span):
            sentence = bisect_right(sentence_starts, m.start) - 1
            c = mention_context(m.id, m.article, sentence, [span[0]], people)
            out.append(c.with_vectors(_rounded(c.vector), _rounded(c.context_vector)))
    return out
