"""The words dates and figures are found by in paragraphs no parser reads: months and weekdays from CLDR (babel),
day words from dateparser's locale data, and each language's `lexicon.toml` (numbers, counted things) in its folder.

Which language a paragraph is read in (``paragraph_language``) and whether a language gets dates or figures at all
(``reads_dates``, ``reads_figures``, for the packs' ``not_analysed``) are answered here too.
"""

from __future__ import annotations

import importlib
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from babel import Locale, UnknownLocaleError
from babel.core import get_global
from babel.dates import get_date_format, get_day_names, get_month_names
from babel.numbers import get_decimal_symbol

from .languages import DEFAULT_LANGUAGE, FallbackPack, LanguagePack

__all__ = ["DateWords", "NumberWords", "date_words", "number_words", "paragraph_language", "reads_dates",
           "reads_figures", "alternation", "plain", "ascii_digits", "han_number"]

_FOLDER = Path(__file__).parent / "languages"
_SCRIPTS = {"Latn": "Latin", "Cyrl": "Cyrillic"}
# The counts of days dateparser's locale data names by a word ("hier", "вчора"): yesterday and today and so on.
_DAY_WORDS = re.compile(r"(?:(?P<ago>\d) day ago|in (?P<in>\d) day)")


@dataclass(frozen=True)
class DateWords:
    """A language's words for dates, lower case: month forms -> month, weekday forms -> weekday (0 is Monday),
    day words -> days from the article's date; ``next``/``last`` words that move a weekday; the order of a
    numeric date ("dmy")."""

    code: str
    months: dict[str, int]
    month_stems: dict[str, int]  # for a language whose months inflect: "sierp" -> 8 ("w sierpniu 2020")
    weekdays: dict[str, int]
    day_words: dict[str, int]
    next_words: tuple[str, ...]
    last_words: tuple[str, ...]
    future_words: tuple[str, ...]
    order: str
    capital_weekdays: bool  # CLDR writes them with a capital (de, tr): a capital says nothing about a name
    published: tuple[str, ...]  # labels of a page's publication date ("publié le", "опубликовано")
    spaced: bool  # words are written apart (not in Chinese): a word of a date stands between non-letters
    week_moves: bool  # "next" and "last" name the week, not the day: "下周五" is the Friday of next week


@dataclass(frozen=True)
class NumberWords:
    """A language's words for figures, lower case (see ``languages/<code>/lexicon.toml``)."""

    code: str
    decimal: str  # CLDR's decimal symbol ("," in fr, de, ru)
    scales: dict[str, float]  # "тыс" -> 1000, "millions" -> 1e6
    words: dict[str, float]  # "deux" -> 2
    vague: dict[str, str]  # "des milliers" -> "thousands" (a key of figures.VAGUE)
    qualifiers: dict[str, str]  # "plus de" -> "more than" (a key of figures.QUALIFIERS)
    counted: dict[str, tuple[str, ...]]  # category -> word stems ("participants", "people", "arrests" ...)
    units: tuple[str, ...]  # stems of units a count of people is not: years, hours, euros
    according: tuple[str, ...]  # "selon", "laut": the claimant's name follows
    claims: tuple[str, ...]  # "a estimé", "назвал": the claimant is the subject before the verb
    ordinal_dot: bool  # "3. Runde": a number with a dot before a word is an ordinal (de, pl, cs, tr)
    spaced: bool  # words are written apart (not in Chinese): a figure's words stand between non-letters
    han_numerals: bool  # numbers written in Han characters ("一万二千"), read by ``han_number``
    claim_ends: tuple[str, ...]  # words that end a claimant's name where no space does ("据工会称": "称")
    clitics: tuple[str, ...]  # letters a word may open with before its stem (Arabic "و", "ال": "والمتظاهرين")
    verb_first: bool  # the verb opens its clause, before the count (Arabic): the word before says what is counted


def alternation(words: Iterable[str]) -> str:
    """A regex alternation, longest first; an apostrophe matches any of the three a text may use ("aujourd’hui",
    CLDR's "пʼятниця")."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.sub(r"['’ʼ]", "['’ʼ]", re.escape(w)) for w in ordered)


def plain(text: str) -> str:
    """Lower case with one apostrophe: the form words are looked up in."""
    return re.sub(r"[’ʼ]", "'", text.lower())


# Arabic-Indic and Persian digits, and the Arabic group and decimal marks, as ASCII (one character for one, so
# that offsets hold): "١٢٬٠٠٠" is read as "12,000".
_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٬٫", "01234567890123456789,.")
_HAN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
               "八": 8, "九": 9}
_HAN_UNITS = {"十": 10, "百": 100, "千": 1000}
_HAN_SCALES = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
HAN_NUMERAL = "[零〇一二两兩三四五六七八九十百千万萬亿億]"


def ascii_digits(text: str) -> str:
    """The text with its Arabic-Indic digits in ASCII (the same length: offsets hold)."""
    return text.translate(_ASCII)


def han_number(text: str) -> float | None:
    """The value of a number written in Han characters ("一万二千" is 12000, "十五" 15), or None."""
    total, section, digit = 0.0, 0.0, None
    for ch in text:
        if ch in _HAN_DIGITS:
            digit = _HAN_DIGITS[ch]
        elif ch in _HAN_UNITS:
            section += (1 if digit is None else digit) * _HAN_UNITS[ch]
            digit = None
        elif ch in _HAN_SCALES:
            total += (section + (digit or 0)) * _HAN_SCALES[ch]
            section, digit = 0.0, None
        else:
            return None
    value = total + section + (digit or 0)
    return value or None


def _known(code: str) -> bool:
    try:
        Locale.parse(code)
    except (UnknownLocaleError, ValueError, TypeError):
        return False
    return True


@cache
def _lexicon(code: str) -> dict[str, Any]:
    path = _FOLDER / code / "lexicon.toml"
    return tomllib.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def _script(code: str) -> str | None:
    subtags = get_global("likely_subtags").get(code, "")
    parts = subtags.split("_")
    return _SCRIPTS.get(parts[1]) if len(parts) > 1 else None


def paragraph_language(article_language: str | None, pack: LanguagePack) -> str | None:
    """The language a paragraph is read in: the article's label, unless the paragraph's pack claims another script
    than the label's (a Cyrillic quote in a French report is read in its pack's language)."""
    label = article_language or DEFAULT_LANGUAGE
    if isinstance(pack, FallbackPack) or pack.code == label:
        return label
    return label if _script(label) == pack.script else pack.code


def reads_dates(code: str) -> bool:
    """Whether a paragraph in this language no parser reads gets dates: CLDR knows its months (and weekdays)."""
    return code != DEFAULT_LANGUAGE and _known(code)


def reads_figures(code: str) -> bool:
    """Whether a paragraph in this language no parser reads gets figures: its folder has the words for them."""
    return code != DEFAULT_LANGUAGE and bool(_lexicon(code).get("counted"))


def _forms(names: Mapping[int, str]) -> dict[str, int]:
    return {plain(name).rstrip("."): key for key, name in names.items() if len(name.rstrip(".")) >= 3}


def _stems(forms: dict[str, int]) -> dict[str, int]:
    """The longest start all forms of a month share, when it is long enough to be its own ("серп")."""
    by_month: dict[int, list[str]] = {}
    for form, month in forms.items():
        by_month.setdefault(month, []).append(form)
    stems = {}
    for month, words in by_month.items():
        full = [w for w in words if len(w) >= 5]
        stem = _common_start(full) if len(full) >= 2 else ""
        if len(stem) >= 4:
            stems[stem] = month
    return stems


def _common_start(words: list[str]) -> str:
    first, last = min(words), max(words)
    size = next((i for i, (a, b) in enumerate(zip(first, last, strict=False)) if a != b), min(len(first), len(last)))
    return first[:size]


def _day_words(code: str) -> dict[str, int]:
    try:
        data = importlib.import_module(f"dateparser.data.date_translation_data.{code}").info
    except ImportError:
        return {}
    out: dict[str, int] = {}
    for key, words in data.get("relative-type", {}).items():
        match = _DAY_WORDS.fullmatch(key)
        if match is None:
            continue
        shift = -int(match["ago"]) if match["ago"] is not None else int(match["in"])
        out |= {plain(w): shift for w in words if not re.search(r"[\d.]", w)}
    # an abbreviation dateparser accepts in a date ("wcz" for "wczoraj") is not a word a sentence uses alone
    return {w: shift for w, shift in out.items() if not any(o != w and o.startswith(w) for o in out)}


def _order(code: str) -> str:
    pattern = get_date_format("short", code).pattern.lower()
    found = sorted((pattern.find(c), c) for c in "dmy" if c in pattern)
    return "".join(c for _, c in found)


@cache
def date_words(code: str) -> DateWords:
    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            months |= _forms(get_month_names(width, context, code))
            weekdays |= _forms(get_day_names("wide", context, code)) if width == "wide" else {}
    words = _lexicon(code).get("dates", {})
    inflected = {day[: len(day) - len(old)] + new: index for day, index in weekdays.items()
                 for old, new in words.get("weekday_endings", {}).items() if day.endswith(old)}
    inflected |= {day + part: index for day, index in weekdays.items() for part in words.get("weekday_parts", ())}
    months |= {plain(name): month for name, month in words.get("months", {}).items()}  # Arabic "آذار" too
    weekdays |= {plain(name): day for name, day in words.get("weekdays", {}).items()}  # "الاربعاء", no hamza
    if words.get("abbreviated_weekdays"):  # "周三" as well as "星期三"
        weekdays |= {plain(name): day for day, name in get_day_names("abbreviated", "format", code).items()}
    return DateWords(code, months, _stems(months) if words.get("inflects") else {}, weekdays | inflected,
                     _day_words(code), tuple(words.get("next", ())), tuple(words.get("last", ())),
                     tuple(words.get("future", ())), _order(code),
                     get_day_names("wide", "format", code)[0][:1].isupper(), tuple(words.get("published", ())),
                     bool(words.get("spaced", True)), bool(words.get("week_moves")))


@cache
def number_words(code: str) -> NumberWords:
    data = _lexicon(code)
    counted = {name: tuple(stems) for name, stems in data.get("counted", {}).items()}
    context = data.get("context", {})
    return NumberWords(code, get_decimal_symbol(code), dict(data.get("scales", {})), dict(data.get("words", {})),
                       dict(data.get("vague", {})), dict(data.get("qualifiers", {})), counted,
                       tuple(context.get("units", ())), tuple(context.get("according", ())),
                       tuple(context.get("claims", ())), bool(context.get("ordinal_dot")),
                       bool(context.get("spaced", True)),
                       bool(context.get("han_numerals")), tuple(context.get("claim_ends", ())),
                       tuple(context.get("clitics", ())), bool(context.get("verb_first")))
