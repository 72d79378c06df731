"""German words for names, and which capitalised runs are names: German capitalises every noun, so a run is kept
only when it is a country CLDR names as written, a known place after a preposition of place ("in Hamburg", not
"ein Tor"), an acronym, or a person whose every word English text writes too (wordfreq: "Merkel", "Anna Weber";
not "Polizei" or "Hafenarbeiter") or whose surname ends as a Slavic one written in German ("Dorofejew"), and is no
title ("Minister")."""

from __future__ import annotations

from functools import lru_cache

from ..frequent_words import frequent_words, zipf_at_least
from ..latin_slavic import NameWords

WORDS = NameWords(
    code="de",
    lemma_code="de",
    frequency_code="de",
    org_heads=frozenset(),  # nouns are capitalised: "Polizei" would make every run before it an organisation
    place_heads=frozenset(),
    person_titles=frozenset({
        "präsident", "präsidentin", "kanzler", "kanzlerin", "minister", "ministerin", "herr", "frau", "dr",
        "general", "bürgermeister", "bürgermeisterin", "abgeordnete", "abgeordneter", "papst", "könig", "königin",
        "sprecher", "sprecherin", "chef", "chefin", "premierminister", "premierministerin", "kandidat",
        "kandidatin", "staatsanwalt", "richter", "richterin", "botschafter", "außenminister", "innenminister"}),
    place_prepositions=frozenset(),
    place_abbreviations=frozenset({"USA", "UK"}),
    surname_endings=(),
    demonym_endings=(),
    inflected=False,
)
# Calendar words English text writes too ("Montag" is a surname there), never a person here.
_CALENDAR = frozenset("""montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar märz april mai
    juni juli august september oktober november dezember""".split())
# A known place is a place only after one of these ("in Hamburg"; "Tor" alone is a goal).
_PLACE_PREPOSITIONS = frozenset({"in", "im", "nach", "aus", "bei", "von", "vor"})
# Endings of surnames German transcribes from Russian, Ukrainian, Belarusian and Polish.
_SURNAME_ENDINGS = ("ow", "ew", "owa", "ewa", "jewa", "enko", "schko", "witsch", "ski", "ska", "skaja", "zki")
# A word English text writes at least this often (wordfreq's Zipf scale, lower case) and at most the upper bound
# (very common English words are German nouns too: "Hand", "Problem").
_ENGLISH_ZIPF = (2.2, 5.2)


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    from babel import Locale

    return frozenset(name.lower() for name in Locale.parse(WORDS.code).territories.values())


@lru_cache(maxsize=65536)
def _written_in_english(word: str) -> bool:
    return _ENGLISH_ZIPF[0] <= zipf_at_least(word.lower(), "en", _ENGLISH_ZIPF[0]) <= _ENGLISH_ZIPF[1]


def preload() -> None:
    """The English words the names are checked against (``GermanPack.preload``)."""
    frequent_words("en", _ENGLISH_ZIPF[0])


def is_name(text: str, found: tuple[int, int, str, str]) -> bool:
    """Whether a run the shared rules found is a name in German text (see the module's docstring)."""
    start, end, _, label = found
    words = text[start:end].split()
    if label in ("GPE", "LOC"):
        before = text[:start].split()
        return text[start:end].lower() in _countries() or bool(before) and before[-1].lower() in _PLACE_PREPOSITIONS
    if label != "PERSON":
        return label == "ORG" and len(words) == 1 and words[0].isupper()
    if any(w.lower() in WORDS.person_titles or w.lower() in _CALENDAR for w in words):
        return False
    return all(_written_in_english(w) for w in words) or _transcribed_surname(words[-1])


def _transcribed_surname(word: str) -> bool:
    """A Russian, Ukrainian or Polish surname in German spelling ("Dorofejew", "Iwanowa", "Klitschko",
    "Kowalski"): German nouns do not end so."""
    return len(word) > len(max(_SURNAME_ENDINGS, key=len)) and word.lower().endswith(_SURNAME_ENDINGS) \
        and word[:1].isupper() and word[1:].islower()
