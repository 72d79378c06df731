"""Names in Slavic languages written in Latin script (Czech, Polish, Slovene; Slovak and Croatian by the same
rules): runs of capitalised words, typed by the language's words and country names, in their base form.

There is no model: a run of capitalised words is a name unless its first word is capitalised only by its place at
the start of a sentence (simplemma knows it in lower case, or wordfreq counts it frequent); a run is a place when it
is a country or region CLDR names in the language (babel), a place in the resolve stage's place index, or a lone
word after a locative preposition; an organisation when one of its words is an organisation noun ("partia",
"strana") or it is an acronym; a person otherwise. Each word is put in its base form by simplemma ("Łukaszenki"
gives "Łukaszenko"), and an unknown surname by the language's case endings ("Trumpem" gives "Trump").
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from ..lemmas import is_known, lemmatize
from .base import FallbackPack
from .frequent_words import frequent_words, zipf_at_least

__all__ = ["NameWords", "LatinSlavicPack", "latin_slavic_entities", "is_latin", "lemma"]

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# What before a word says it may be capitalised by position: the paragraph start, a sentence end, an opening quote
# or bracket, a dash or a line break.
_BREAK = re.compile(r"[.!?:;…\"„“”«»'‘’()\[\]–—\n]|(?:^|\s)-\s")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN_SHARE = 0.5
# A run of capitals this long or shorter is an acronym ("PiS", "ODS", "NATO"), not a word in capitals.
_ACRONYM_LENGTH = 6
# Two words are forms of one name when they share this many first letters and differ by at most _ENDING after.
_SAME_START = 3
_ENDING = 3
# The label of a lone capitalised word nothing else types: most often a surname (chosen on BSNLP's train split over
# "ORG"; the resolve stage joins a surname to a person named in full elsewhere).
LONE_WORD = "PERSON"
# A word at a sentence start this frequent in the language (wordfreq's Zipf scale) is a common word, unless
# simplemma knows it as a name.
COMMON_ZIPF = 4.5


@dataclass(frozen=True)
class NameWords:
    """One language's words for names, lower case (lemmas, as simplemma gives them)."""

    code: str  # the ISO 639-1 code babel (CLDR) knows the language by
    lemma_code: str  # simplemma's code for the language ("hbs" for Croatian)
    frequency_code: str  # wordfreq's ("sh" for Croatian)
    org_heads: frozenset[str]  # nouns that make a name an organisation: "partia", "ministerstwo"
    place_heads: frozenset[str]  # nouns that make a name a place: "morze", "wyspa"
    person_titles: frozenset[str]  # words before a person's name: "prezydent", "pan"
    place_prepositions: frozenset[str]  # a lone name right after one is a place: "w Krakowie"
    place_abbreviations: frozenset[str]  # capitals that name a place, not an organisation: "USA"
    surname_endings: tuple[tuple[str, str], ...]  # (case ending, nominative ending) for an unknown surname
    demonym_endings: tuple[str, ...]  # how a noun for a people ends in its base form: "Polak", "Amerykanin"
    inflected: bool = True  # names take case endings ("Wielkiej Brytanii"); else a country is matched as written


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    after_break: bool  # may be capitalised by position only


# Heads of company names that keep their English form in any language ("Meridian Harbour Holdings"): such a run
# is one organisation, never a place and a person side by side.
_CORPORATE_HEADS = frozenset({"holdings", "holding", "group", "inc", "ltd", "llc", "plc", "corp", "corporation",
                             "company", "partners", "capital", "airlines", "airways", "motors", "technologies",
                             "logistics", "shipping"})


def is_latin(text: str) -> bool:
    """Whether most of the text's letters are not Cyrillic (a Cyrillic paragraph goes to the Russian pack)."""
    letters = sum(ch.isalpha() for ch in text) or 1
    return len(_CYRILLIC.findall(text)) / letters < _LATIN_SHARE


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    previous = 0
    for match in _WORD.finditer(text):
        gap = text[previous:match.start()]
        out.append(_Token(match.start(), match.end(), match.group(), not out or bool(_BREAK.search(gap))))
        previous = match.end()
    return out


def _capitalised(token: _Token) -> bool:
    return token.text[:1].isupper()


def _runs(text: str, tokens: list[_Token]) -> list[list[int]]:
    """Indices of capitalised tokens standing next to each other (one space apart)."""
    runs: list[list[int]] = []
    for i, tok in enumerate(tokens):
        if not _capitalised(tok):
            continue
        if runs and runs[-1][-1] == i - 1 and text[tokens[i - 1].end:tok.start] == " ":
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


@lru_cache(maxsize=65536)
def lemma(word: str, code: str) -> str:
    """simplemma's lemma of one word, with the word's capitalisation ("Polską" gives "Polska")."""
    found = lemmatize(word, code)
    if word.isupper() and len(word) > 1:
        return word
    return found[:1].upper() + found[1:] if word[:1].isupper() else found


@lru_cache(maxsize=65536)
def _common(word: str, code: str, frequency_code: str) -> bool:
    """A word that at a sentence start is not a name: one simplemma knows only in lower case ("Ale"), or a
    frequent word (wordfreq) it does not know as a name ("Dziś")."""
    if word.isupper() and len(word) > 1:
        return False
    if is_known(word, code) and \
            lemmatize(word, code)[:1].isupper():
        return False
    return is_known(word.lower(), code) or \
        zipf_at_least(word, frequency_code, COMMON_ZIPF) >= COMMON_ZIPF


@lru_cache(maxsize=16)
def _territories(code: str) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str, str]]]:
    """Country and region names CLDR gives the language (babel) -> (words, name, label), by word count and the
    first word's first letters; the European Union and the United Nations are organisations."""
    from babel import Locale

    out: dict[tuple[int, str], list[tuple[tuple[str, ...], str, str]]] = {}
    for territory, name in Locale.parse(code).territories.items():
        label = "ORG" if territory in ("EU", "EZ", "UN") else "GPE"
        words = tuple(name.lower().split())
        out.setdefault((len(words), words[0][:_SAME_START]), []).append((words, name, label))
    return out


def _same_word(written: str, name: str) -> bool:
    """Whether a word is an inflected form of a name's word: the same start, the endings at most a few letters
    ("Brytanii" and "Brytania", "Niemiec" and "Niemcy")."""
    shared = len(os.path.commonprefix([written, name]))
    return shared >= _SAME_START and shared >= min(len(written), len(name)) - _ENDING and \
        abs(len(written) - len(name)) <= _ENDING


def _territory(written: list[str], code: str, inflected: bool = True) -> tuple[str, str] | None:
    """(name, label) of the country or region the words name in any case (as written, for a language whose
    names do not inflect), or None."""
    words = [w.lower() for w in written]
    for entry, name, label in _territories(code).get((len(words), words[0][:_SAME_START]), []):
        if all(_same_word(w, e) if inflected else w == e for w, e in zip(words, entry, strict=True)):
            return name, label
    return None


@lru_cache(maxsize=65536)
def _known_place(name: str) -> bool:
    """A city, US state or country in the place index the resolve stage reads (GeoNames, Latin alternate names)."""
    from ...resolve.places import load_gazetteer

    return load_gazetteer().lookup(name) is not None


def _base_word(word: str, words: NameWords) -> str:
    """A word of a name in its base form: simplemma's lemma where it knows the word as a name, else the word
    without its case ending ("Trumpem" gives "Trump")."""
    if word.isupper() and len(word) > 1:
        return word
    if is_known(word, words.lemma_code):
        found = lemma(word, words.lemma_code)
        if found[:1].isupper():
            return found
    for ending, nominative in words.surname_endings:
        if word.endswith(ending) and len(word) - len(ending) >= _SAME_START:
            return word[: len(word) - len(ending)] + nominative
    return word


def _kind(text: str, tokens: list[_Token], run: list[int], words: NameWords) -> tuple[str, str]:
    """(label, normal form) of one run of capitalised words (with a lower-case head noun it took in)."""
    written = [tokens[i].text for i in run]
    surface = text[tokens[run[0]].start:tokens[run[-1]].end]
    if (territory := _territory(written, words.code, words.inflected)) is not None:
        return territory[1], territory[0]
    lemmas = [lemma(w, words.lemma_code).lower() for w in written]
    if len(run) == 1 and written[0] in words.place_abbreviations:
        return "GPE", written[0]
    if any(w in words.org_heads or w in _CORPORATE_HEADS for w in lemmas):
        return "ORG", surface
    if any(w in words.place_heads for w in lemmas):
        return "LOC", surface
    if len(run) > 1:
        if _known_place(" ".join(lemma(w, words.lemma_code) for w in written)):
            return "GPE", surface
        # a given name's ending is its own more often than a case's ("Theresa"): only the surname loses one
        given = [lemma(w, words.lemma_code) if lemma(w, words.lemma_code)[:1].isupper() else w for w in written[:-1]]
        return "PERSON", " ".join([*given, _base_word(written[-1], words)])
    word = written[0]
    if _acronym(word):
        return "ORG", word
    before = tokens[run[0] - 1].text.lower() if run[0] > 0 else ""
    base = _base_word(word, words)
    if before in words.place_prepositions or _known_place(lemma(word, words.lemma_code)):
        return "GPE", lemma(word, words.lemma_code)
    if before in words.person_titles or _demonym(word, words):
        return "PERSON", base
    return LONE_WORD, base


def _demonym(word: str, words: NameWords) -> bool:
    """A noun for a people ("Polacy", "Američani"): simplemma knows it as a name with a demonym's ending."""
    found = lemma(word, words.lemma_code)
    known = is_known(word, words.lemma_code)
    return known and found[:1].isupper() and found.endswith(words.demonym_endings)


def _acronym(word: str) -> bool:
    capitals = sum(ch.isupper() for ch in word)
    return capitals >= 2 and len(word) <= _ACRONYM_LENGTH and capitals * 2 > len(word)


def _trim(tokens: list[_Token], run: list[int], words: NameWords) -> list[int]:
    """The run without leading words capitalised by position only, and titles ("Prezydent Trump")."""
    while run and (tokens[run[0]].after_break and _common(tokens[run[0]].text, words.lemma_code, words.frequency_code)
                   or len(run) > 1 and tokens[run[0]].text.lower() in words.person_titles):
        run = run[1:]
    return run


def _with_head(text: str, tokens: list[_Token], run: list[int], words: NameWords) -> list[int]:
    """The run with the lower-case noun after it that makes it an organisation or place ("Evropská unie")."""
    nxt = run[-1] + 1
    if nxt < len(tokens) and text[tokens[run[-1]].end:tokens[nxt].start] == " " and \
            lemma(tokens[nxt].text, words.lemma_code) in words.org_heads | words.place_heads:
        return [*run, nxt]
    return run


def latin_slavic_entities(text: str, words: NameWords) -> list[tuple[int, int, str, str]]:
    """Names in one paragraph as (start, end, normal form, label): offsets into ``text``, label PERSON, ORG, GPE
    or LOC. A whole run that is a country name is kept even when its first word is common ("Wielka Brytania")."""
    tokens = _tokens(text)
    out = []
    for whole in _runs(text, tokens):
        known = _territory([tokens[i].text for i in whole], words.code, words.inflected)
        run = whole if known else _trim(tokens, whole, words)
        if not run:
            continue
        for part in [run] if known else _split(tokens, run, words):
            part = _with_head(text, tokens, part, words)
            label, normal = _kind(text, tokens, part, words)
            out.append((tokens[part[0]].start, tokens[part[-1]].end, normal, label))
    return _surnames(text, out)


def _split(tokens: list[_Token], run: list[int], words: NameWords) -> list[list[int]]:
    """A run of two names, the first one word, written side by side: "Gazpromu Aleksiej Miller" (three words or
    more), "BBC Jan Novák" (an acronym first). A run with an organisation or place noun stays whole."""
    lemmas = {lemma(tokens[i].text, words.lemma_code).lower() for i in run}
    if lemmas & (words.org_heads | words.place_heads | _CORPORATE_HEADS):
        return [run]
    if len(run) >= 3 or len(run) == 2 and _acronym(tokens[run[0]].text):
        return [run[:1], run[1:]]
    return [run]


def _surnames(text: str, names: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """A lone word that is the surname of a person named in full in the same paragraph is that person's
    ("Donald Trump ... Trumpa"), with the surname's base form."""
    surnames = {normal.split()[-1] for _, _, normal, label in names if label == "PERSON" and " " in normal}
    out = []
    for start, end, normal, label in names:
        written = text[start:end]
        match = next((s for s in surnames if " " not in written and _same_word(written.lower(), s.lower())), None)
        out.append((start, end, match, "PERSON") if match and label != "PERSON" or match and normal != match
                   else (start, end, normal, label))
    return out


class LatinSlavicPack(FallbackPack):
    """A pack for a Latin-script Slavic language: names, and sentences by spaCy's punctuation rules (no parse, so
    no dates, figures, quotes or events unless a subclass gives the words to read them by, as Polish does); a
    subclass gives its code, name and ``words``."""

    code = "xx"
    name = "Latin-script Slavic"
    words: NameWords
    script = "Latin"
    claims_script = False  # Latin script is shared: a paragraph is read by this pack only in an article it labels
    names_stage = "latin_slavic"  # the stage named on the mentions ``entities`` finds
    not_analysed: tuple[str, ...] = ("parse", "dates", "figures", "quotes", "events")

    def reads(self, text: str) -> bool:
        return is_latin(text)

    def preload(self) -> None:
        """Load simplemma's dictionary and the frequent words of wordfreq's list for the language now: called before
        analysis workers fork, so that they share one copy instead of each loading its own."""
        lemma("A", self.words.lemma_code)
        frequent_words(self.words.frequency_code, COMMON_ZIPF)

    def entities(self, text: str) -> list[tuple[int, int, str, str]]:
        return latin_slavic_entities(text, self.words)
