"""Names in Cyrillic text (Russian; Ukrainian and Belarusian as well as a Russian model can) via natasha.

Each name comes with its normal form (nominative), so "Михаила Дорофеева" can match "Mikhail Dorofeyev" elsewhere.
"""

from __future__ import annotations

import logging
import re
import time
from functools import lru_cache
from typing import Any, NamedTuple

__all__ = ["CYRILLIC_SHARE", "cyrillic_entities", "cyrillic_share", "embed_entities", "is_cyrillic", "looks_ukrainian",
           "load_names", "release_names"]

log = logging.getLogger(__name__)

# A text is Cyrillic when at least this share of its letters are; the same bar the spaCy path uses to skip one.
CYRILLIC_SHARE = 0.3
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters Ukrainian and Belarusian have and Russian lacks: the Russian dictionary must not inflect a text with them.
_NOT_RUSSIAN = re.compile(r"[іїєґўІЇЄҐЎ]")
# Titles the model takes into a person's name ("Президент Лукашенко"), in Russian, Belarusian and Ukrainian.
_TITLES = {"президент", "прэзідэнт", "премьер", "премьер-министр", "прем'єр-міністр", "министр", "міністр",
           "генерал", "губернатор", "мэр", "глава", "лидер", "лідар", "лідер", "кандидат", "депутат", "господин",
           "госпожа", "пан", "пані", "спадар", "спадарыня", "патриарх", "митрополит"}
_LABELS = {"PER": "PERSON", "ORG": "ORG", "LOC": "GPE"}
# Heads of natural features: such a location is a LOC, not a GPE (a country, region or town).
_NATURAL = {"река", "озеро", "море", "гора", "горы", "остров", "острова", "залив", "пролив", "океан", "полуостров",
            "хребет", "пустыня", "лес", "пуща", "долина", "равнина", "бухта", "водохранилище"}
_NOMINAL = {"NOUN", "PROPN", "ADJ"}
# A street, square or embankment word next to a place name makes it that street (Russian, Ukrainian, Belarusian).
_STREET = r"(?:площад|площ|улиц|вулиц|вуліц|проспект|праспект|переул|провулк|бульвар|набережн|шосе|шоссе)\w*"
_STREET_BEFORE = re.compile(rf"(?i)(?<!\w){_STREET}\s+$")
_STREET_AFTER = re.compile(rf"(?i)\s+{_STREET}")
_NOT_NAME_WORDS = {"ADV", "ADP", "CCONJ", "SCONJ", "PART"}  # the model's parts of speech no name starts with


class _Natasha(NamedTuple):
    segmenter: Any
    ner: Any
    morph: Any
    vocab: Any


@lru_cache(maxsize=1)
def _natasha() -> _Natasha:
    """natasha's Russian news models (shipped in its wheel), loaded with natasha itself on the first Cyrillic text."""
    from natasha import NewsEmbedding, NewsMorphTagger, NewsNERTagger, Segmenter

    began = time.perf_counter()
    embedding = NewsEmbedding()
    models = _Natasha(Segmenter(), NewsNERTagger(embedding), NewsMorphTagger(embedding), _morph_vocab())
    log.info("natasha models loaded in %.1f s", time.perf_counter() - began)
    return models


def load_names() -> None:
    """Load natasha's models now (the Cyrillic packs' ``preload``): in the process that forks the analysis workers,
    so that they share one copy instead of each loading its own."""
    _natasha()


def release_names() -> None:
    """Let go of natasha's models (``languages.release``); the next Cyrillic text loads them again."""
    _natasha.cache_clear()


def _morph_vocab() -> Any:
    """natasha's MorphVocab with the Russian dictionary given by path: pymorphy2 would look it up through
    pkg_resources, which recent setuptools and fresh Python 3.12+ environments no longer have."""
    import pymorphy2_dicts_ru
    from natasha import MorphVocab
    from natasha.morph.vocab import MorphForm
    from pymorphy2 import MorphAnalyzer

    vocab = MorphVocab.__new__(MorphVocab)
    MorphAnalyzer.__init__(vocab, path=pymorphy2_dicts_ru.get_path(), result_type=MorphForm)
    return vocab


def cyrillic_share(text: str) -> float:
    """The share of the text's letters that are Cyrillic."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(_CYRILLIC.findall(text)) / letters


def is_cyrillic(text: str) -> bool:
    return cyrillic_share(text) >= CYRILLIC_SHARE


_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_RUSSIAN = re.compile(r"[ыэъёЫЭЪЁ]")
_BELARUSIAN = re.compile(r"[ўЎ]")


def looks_ukrainian(text: str) -> bool:
    """Cyrillic with at least as many letters only Ukrainian has (і, ї, є, ґ) as letters only Russian has (ы, э, ъ,
    ё), one at least, and no Belarusian ў: the Ukrainian pack's paragraphs, which the Russian pack leaves to it."""
    ukrainian = len(_UKRAINIAN.findall(text))
    return is_cyrillic(text) and ukrainian >= max(1, len(_RUSSIAN.findall(text))) and not _BELARUSIAN.search(text)


def cyrillic_entities(text: str) -> list[tuple[int, int, str, str]]:
    """Named entities as (start, end, name, label): offsets into ``text``, label PERSON, ORG, GPE, LOC or FAC.

    ``name`` is the normal form (nominative) of the name, the form names are matched by: "Михаила Дорофеева"
    gives "Михаил Дорофеев"; the name as written is ``text[start:end]``. A text with Ukrainian or Belarusian
    letters keeps its names as written, since the Russian dictionary would inflect them wrongly.
    """
    if not text.strip() or not _CYRILLIC.search(text):
        return []
    from natasha import Doc

    models = _natasha()
    doc = Doc(text)
    doc.segment(models.segmenter)
    doc.tag_morph(models.morph)
    doc.tag_ner(models.ner)
    russian = not _NOT_RUSSIAN.search(text)
    out = []
    for span in doc.spans:
        tokens = _trimmed(list(span.tokens), span.type)
        if not tokens or span.type not in _LABELS:
            continue
        start, end = tokens[0].start, tokens[-1].stop
        name = _normal_form(tokens, span.type, models.vocab, text) if russian else text[start:end]
        before = _STREET_BEFORE.search(text, 0, start) if span.type == "LOC" else None
        after = _STREET_AFTER.match(text, end) if span.type == "LOC" else None
        if before or after:  # «площади Свободы», «на Канальній вулиці»: a square or a street, not a town
            first, last = before.start() if before else start, after.end() if after else end
            out.append((first, last, text[first:last], "FAC"))
            continue
        out.append((start, end, name, _label(span.type, name)))
    return out


def _trimmed(tokens: list[Any], natasha_type: str) -> list[Any]:
    """Without punctuation at either end («Гродноазот» without its marks), a person without a leading title, and
    no name with the adverb or conjunction that opens its sentence («Накануне Национальное собрание»)."""
    while tokens and (not any(ch.isalnum() for ch in tokens[0].text)
                      or natasha_type == "PER" and len(tokens) > 1 and tokens[0].text.lower() in _TITLES
                      or len(tokens) > 1 and tokens[0].pos in _NOT_NAME_WORDS):
        tokens = tokens[1:]
    while tokens and not any(ch.isalnum() for ch in tokens[-1].text):
        tokens = tokens[:-1]
    return tokens


@lru_cache(maxsize=4096)
def _embed_entities(text: str) -> tuple[tuple[int, int, str, str], ...]:
    return tuple(cyrillic_entities(text)) if is_cyrillic(text) else ()


def embed_entities(text: str) -> list[tuple[int, int, str, str]]:
    """Names in an embedded post written in Cyrillic script (none for posts in other scripts); a post met again in
    the same process is not run through the model again."""
    return list(_embed_entities(text))


def _label(natasha_type: str, name: str) -> str:
    label = _LABELS[natasha_type]
    if label == "GPE" and any(word.lower() in _NATURAL for word in name.split()):
        return "LOC"
    return label


def _normal_form(tokens: list[Any], natasha_type: str, vocab: Any, text: str) -> str:
    """Put the name in the nominative: every word of a person's name; an organisation's or place's words up to and
    including its head noun ("Министерства внутренних дел" gives "Министерство внутренних дел")."""
    words, head_found = [], False
    for token in tokens:
        inflect = natasha_type == "PER" or not head_found
        words.append(_nominative(token, vocab) if inflect else token.text)
        head_found = head_found or token.pos in ("NOUN", "PROPN")
    parts = [words[0]]
    for prev, token, word in zip(tokens, tokens[1:], words[1:], strict=False):
        parts.append(text[prev.stop:token.start] + word)
    return "".join(parts)


def _nominative(token: Any, vocab: Any) -> str:
    """One word in the nominative, same number, keeping its capitalisation; as written if it may be nominative.

    The tagger's case decides between the dictionary's readings ("Дорофеева": genitive of Дорофеев, or the
    nominative of Дорофеева); when no reading has the tagger's case, a word that cannot be nominative
    («Гродноазота» tagged as nominative inside quotation marks) takes its most likely reading.
    """
    written, feats = str(token.text), token.feats or {}
    participle = token.pos == "VERB" and "Case" in feats  # "Соединённых" in "Соединённых Штатах"
    if not (token.pos in _NOMINAL or participle) or not written[:1].isalpha():
        return written
    forms = [f for f in vocab(written.lower()) if f.pos in _NOMINAL | {"VERB"} and "Case" in f.feats]
    matching = [f for f in forms if f.feats["Case"] == feats.get("Case")]
    if not matching and any(f.feats["Case"] == "Nom" for f in forms):
        return written
    chosen = matching or forms
    if not chosen or chosen[0].feats["Case"] == "Nom":
        return written
    chosen.sort(key=lambda f: (f.feats.get("Number") != feats.get("Number"),
                               f.feats.get("Gender") != feats.get("Gender"), f.pos != token.pos))
    inflected = chosen[0].inflect({"Nom"})
    return _shape(inflected.word, written) if inflected is not None else written


def _shape(word: str, written: str) -> str:
    """The written word's capitalisation (ОМОНа gives ОМОН, Минске gives Минск) and its letter ё."""
    word = "".join("ё" if ch == "е" and i < len(written) and written[i].lower() == "ё" else ch
                   for i, ch in enumerate(word))
    if written[:2].isupper():
        return word.upper()
    if written[:1].isupper():
        return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))
    return word
