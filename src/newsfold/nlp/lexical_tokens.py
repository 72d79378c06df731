"""The words of sentences no parser reads, with their lemmas (simplemma, in the paragraph pack's language), and the
pack's event triggers found among them: what the lexical quote and event readers work on.

A pack may cut its own words (``split_words``: Chinese, written without spaces) and give its own lemmas
(``lemma_of``: Arabic, whose words carry their prepositions and article); the others are read as below."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .languages import LanguagePack, lexical_words
from .languages.lexical import LexicalWords
from .lemmas import lemmatize
from .parse import Parsed

__all__ = ["Word", "LexicalSentence", "lexical_sentences", "word_lemma", "pack_lemma", "find_triggers", "Trigger"]

# Letters joined by hyphens, or digits: an apostrophe ends a word ("l'attaque" is "l" and "attaque",
# "Ankara'da" is "Ankara" and "da") except between Cyrillic letters (Ukrainian "перемир'я").
_WORD = re.compile(r"[^\W\d_]+(?:(?:-|(?<=[\u0400-\u04ff])['’](?=[\u0400-\u04ff]))[^\W\d_]+)*|\d+(?:[.,]\d+)*")
# The longest trigger, in words ("уйти в отставку" is three).
_LONGEST = 4


@dataclass(frozen=True)
class Word:
    start: int  # offsets into the article's clean text
    end: int
    text: str
    lower: str
    lemma: str  # lower case


@dataclass(frozen=True)
class LexicalSentence:
    index: int  # in ``Parsed.sentences``
    start: int
    end: int
    words: tuple[Word, ...]
    pack: LanguagePack
    lexical: LexicalWords


@dataclass(frozen=True)
class Trigger:
    first: int  # index of its first word in the sentence
    last: int
    words: str  # as written
    plover: tuple[str, str | None]


@lru_cache(maxsize=262144)
def word_lemma(word: str, code: str) -> str:
    """simplemma's lemma of a word, lower case (the word itself for a language simplemma does not know)."""
    try:
        return lemmatize(word, code).lower()
    except ValueError:
        return word.lower()


def pack_lemma(pack: LanguagePack, word: str, code: str) -> str:
    """The lemma of a word by the pack's own rule (``lemma_of``) where it has one, else by simplemma's."""
    own = getattr(pack, "lemma_of", None)
    return str(own(word)) if own is not None else word_lemma(word, code)


def _words(text: str, offset: int, pack: LanguagePack, code: str) -> tuple[Word, ...]:
    split = getattr(pack, "split_words", None)
    spans = split(text) if split is not None else [(m.start(), m.end()) for m in _WORD.finditer(text)]
    return tuple(Word(offset + start, offset + end, text[start:end], text[start:end].lower(),
                      pack_lemma(pack, text[start:end], code)) for start, end in spans)


def _written(words: tuple[Word, ...]) -> str:
    """Words as the text writes them: a space between two only where the text has one (none in Chinese)."""
    return "".join((" " if k and w.start > words[k - 1].end else "") + w.text for k, w in enumerate(words))


def lexical_sentences(parsed: Parsed) -> list[LexicalSentence]:
    """The sentences of the paragraphs no pipeline parsed whose pack gives lexical words, with their words."""
    out: list[LexicalSentence] = []
    for para, doc, pack in zip(parsed.paragraphs, parsed.docs, parsed.packs, strict=True):
        words = lexical_words(pack)
        if doc is not None or words is None:
            continue
        for index, sent in enumerate(parsed.sentences):
            if sent.paragraph == para.index and sent.end > sent.start:
                text = parsed.article.text[sent.start:sent.end]
                found = _words(text, sent.start, pack, words.lemma_code)
                out.append(LexicalSentence(index, sent.start, sent.end, found, pack, words))
    return out


# Built once per pack: its triggers by their words, and those split around other words (German "nahm ... fest").
_TABLES: dict[int, tuple[dict[tuple[str, ...], tuple[str, str | None]],
                         dict[str, list[tuple[tuple[str, ...], tuple[str, str | None]]]]]] = {}
# How many words a split trigger's second part may stand after its first ("nahmen am Samstag zehn Personen fest").
_SPLIT_REACH = 8


def _table(pack: LanguagePack, code: str) -> tuple[dict[tuple[str, ...], tuple[str, str | None]],
                                                   dict[str, list[tuple[tuple[str, ...], tuple[str, str | None]]]]]:
    """The pack's triggers by their words, as written and as lemmas (a key is matched by either); and the split
    ones ("nehmen … fest") by their first word's lemma, with the words that must follow."""
    if id(pack) in _TABLES:
        return _TABLES[id(pack)]
    table: dict[tuple[str, ...], tuple[str, str | None]] = {}
    split: dict[str, list[tuple[tuple[str, ...], tuple[str, str | None]]]] = {}
    for key, plover in pack.triggers.items():
        if "…" in key:
            first, rest = (part.split() for part in key.lower().split("…", 1))
            split.setdefault(pack_lemma(pack, first[0], code), []).append((tuple(rest), plover))
            continue
        words = key.lower().split()
        table.setdefault(tuple(words), plover)
        table.setdefault(tuple(pack_lemma(pack, w, code) for w in words), plover)
    _TABLES[id(pack)] = (table, split)
    return table, split


def _split_trigger(words: tuple[Word, ...], i: int, split: dict[str, list[tuple[tuple[str, ...],
                                                                              tuple[str, str | None]]]]
                   ) -> Trigger | None:
    """A trigger written around other words, its first word at ``i``: "nahm ... fest" (festnehmen)."""
    for rest, plover in split.get(words[i].lemma, []):
        ahead = [w.lower for w in words[i + 1: i + 1 + _SPLIT_REACH]]
        if all(r in ahead for r in rest):
            return Trigger(i, i, f"{words[i].text} … {' '.join(rest)}", plover)
    return None


def find_triggers(sentence: LexicalSentence) -> list[Trigger]:
    """The pack's triggers in a sentence, the longest first where they overlap ("уйти в отставку" over
    "отставка"), by the lemmas of the words or the words as written; then a trigger split around other words."""
    table, split = _table(sentence.pack, sentence.lexical.lemma_code)
    words, out, i = sentence.words, [], 0
    while i < len(words):
        for n in range(min(_LONGEST, len(words) - i), 0, -1):
            span = words[i:i + n]
            plover = table.get(tuple(w.lemma for w in span)) or table.get(tuple(w.lower for w in span))
            if plover is not None:
                out.append(Trigger(i, i + n - 1, _written(span), plover))
                i += n - 1
                break
        else:
            found = _split_trigger(words, i, split) if split else None
            if found is not None:
                out.append(found)
        i += 1
    return out
