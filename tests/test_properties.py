"""Properties of the parsers and normalisers, checked by hypothesis: the date normaliser (nlp/dates.py), the name
key and transliteration variants (resolve/names.py) and the TIMEX3 reader (nlp/timex.py).

Each property runs a bounded number of examples with no deadline, so a loaded machine does not make it flaky.
Known failures are pinned as strict xfails below each group, with the reason.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from newsfold.nlp.dates import normalise
from newsfold.nlp.timex import Timex, TimexContext, normalise_timex
from newsfold.resolve.names import name_key, same_person_name, translit_variants

BOUNDED = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ARTICLE_DATES = st.dates(date(1900, 1, 1), date(2100, 12, 31))
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

# Phrases made of the words date expressions are made of, so that the rules are reached, not only the fallbacks.
DATE_WORDS = st.sampled_from(
    "the last next this past coming previous following a an one two three 3 12 2020 1999 day days week weeks "
    "night nights month year years ago earlier later before after Friday Monday Sunday August Aug. March Feb. "
    "1 9 14 28 30 31 , today yesterday tomorrow tonight early late in on more than about some".split())
DATE_PHRASES = st.lists(DATE_WORDS, min_size=1, max_size=5).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=30), DATE_PHRASES)


# The date normaliser: normalise(text, article date, reference, future) -> (value, granularity, weekday).

@BOUNDED
@given(ANY_TEXT, st.one_of(st.none(), ARTICLE_DATES), st.one_of(st.none(), ARTICLE_DATES), st.booleans())
def test_normalise_returns_values_of_their_granularity(text, base, reference, future):
    value, granularity, weekday = normalise(text, base, reference, future)
    assert granularity in ("day", "week", "month", "year", "duration", "unknown")
    assert weekday is None or weekday in WEEKDAYS
    if granularity in ("duration", "unknown"):
        assert value is None
    elif value is not None:
        if granularity == "day":
            day = date.fromisoformat(value)
            assert weekday is None or WEEKDAYS[day.weekday()] == weekday
        elif granularity == "week":
            found = re.fullmatch(r"(\d{4})-W(\d\d)", value)
            assert found and date.fromisocalendar(int(found[1]), int(found[2]), 1)
        elif granularity == "month":
            assert re.fullmatch(r"\d{4}-\d\d", value) and date.fromisoformat(value + "-01")
        else:
            assert re.fullmatch(r"\d{4}", value)
    if base is None and value is not None:  # undated: only what the words say themselves
        assert re.search(r"\d{4}", text)


NUMBER_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


@BOUNDED
@given(st.integers(1, 3650), ARTICLE_DATES, st.booleans())
def test_n_days_ago_is_n_days_before_the_article(n, base, in_words):
    text = f"{NUMBER_WORDS[n] if in_words and n in NUMBER_WORDS else n} days ago"
    assert normalise(text, base) == ((base - timedelta(days=n)).isoformat(), "day", None)
    assert normalise(f"{n} weeks ago", base)[0] == (base - timedelta(weeks=n)).isoformat()


@BOUNDED
@given(st.integers(1, 365), ARTICLE_DATES, ARTICLE_DATES)
def test_earlier_and_later_count_from_the_date_talked_about(n, base, reference):
    assert normalise(f"{n} days earlier", base, reference)[0] == (reference - timedelta(days=n)).isoformat()
    assert normalise(f"{n} days later", base, reference)[0] == (reference + timedelta(days=n)).isoformat()
    assert normalise("the day before", base, reference)[0] == (reference - timedelta(days=1)).isoformat()


@BOUNDED
@given(ARTICLE_DATES, st.sampled_from(WEEKDAYS))
def test_weekdays_fall_within_a_week_of_the_article(base, weekday):
    past, _, name = normalise(weekday.capitalize(), base)
    ahead, _, _ = normalise(weekday.capitalize(), base, future=True)
    last, _, _ = normalise(f"last {weekday}", base)
    assert name == weekday
    assert 0 <= (base - date.fromisoformat(past)).days <= 6        # the article's own day included
    assert 0 <= (date.fromisoformat(ahead) - base).days <= 6
    assert 1 <= (base - date.fromisoformat(last)).days <= 7        # "last Friday" on a Friday is a week ago
    assert {WEEKDAYS[date.fromisoformat(v).weekday()] for v in (past, ahead, last)} == {weekday}


@BOUNDED
@given(ARTICLE_DATES)
def test_yesterday_today_tomorrow(base):
    assert [normalise(w, base)[0] for w in ("yesterday", "today", "tomorrow")] == [
        (base + timedelta(days=d)).isoformat() for d in (-1, 0, 1)]


def test_29_february_without_a_year_is_read_in_a_non_leap_year():
    value, granularity, _ = normalise("Feb. 29", date(2023, 3, 10))
    assert granularity == "day" and value is not None and value.endswith("-02-29")


def test_a_count_of_days_beyond_the_calendar_is_no_date():
    assert normalise("1000000 days ago", date(2020, 8, 14)) == (None, "unknown", None)


# The name key: lower-case ASCII words without articles, titles, possessives and punctuation.

LATIN = st.characters(categories=("Lu", "Ll"), max_codepoint=0x024F, exclude_characters="µ")  # µ upper-cases to Greek
CYRILLIC = st.characters(categories=("Lu", "Ll"), min_codepoint=0x0400, max_codepoint=0x04FF)
LATIN_NAMES = st.lists(st.text(LATIN, min_size=1, max_size=10), min_size=1, max_size=4).map(" ".join)
NAMES = st.lists(st.text(st.one_of(LATIN, CYRILLIC), min_size=1, max_size=10), min_size=1, max_size=4).map(" ".join)


@BOUNDED
@given(st.one_of(NAMES, st.text(max_size=30)))
def test_name_key_is_lowercase_ascii_words_and_idempotent(text):
    key = name_key(text)
    assert re.fullmatch(r"(?:[a-z0-9]+(?: [a-z0-9]+)*)?", key)
    assume(key.split()[:1] not in (["the"], ["a"], ["an"]))  # see the xfail below
    assert name_key(key) == key


@BOUNDED
@given(NAMES)
def test_name_key_ignores_case(name):
    assert name_key(name.upper()) == name_key(name) == name_key(name.lower())


@BOUNDED
@given(LATIN_NAMES)
def test_name_key_ignores_latin_accents(name):
    bare = "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c))
    assert name_key(bare) == name_key(name)


@BOUNDED
@given(st.sampled_from(["the", "The", "Mr", "Ms.", "President", "Prime Minister", "Dr"]),
       st.lists(st.sampled_from(["Edda", "Valt", "Korvala", "Ansa", "Lind", "Tamm"]), min_size=1, max_size=3))
def test_name_key_drops_leading_titles_and_possessives(title, words):
    name = " ".join(words)
    assert name_key(f"{title} {name}") == name_key(name) == name_key(f"{name}'s") == " ".join(words).lower()


@pytest.mark.xfail(strict=True, reason="name_key strips articles before titles, not after: 'Dr A. Kask' keys to "
                   "'a kask', which keys again to 'kask'")
def test_name_key_of_a_key_is_the_key():
    assert name_key(name_key("Dr A. Kask")) == name_key("Dr A. Kask")


# Transliteration: one Cyrillic name as the English press, French, German and Belarusian Latin render it.
# Each syllable: (Cyrillic, English, French, German, Belarusian Latin); None where the system writes it as English.
SYSTEMS = {"cyrillic": 0, "english": 1, "french": 2, "german": 3, "belarusian": 4}
SYLLABLES = [
    ("лу", "lu", "lou", None, None), ("ру", "ru", "rou", None, None),              # French ou = u
    ("ша", "sha", "cha", "scha", None), ("шо", "sho", "cho", "scho", None),       # French ch, German sch = sh
    ("ха", "kha", None, "cha", None), ("хо", "kho", None, "cho", None),           # German ch = kh
    ("га", "ga", None, None, "ha"), ("го", "go", None, None, "ho"),               # Belarusian h = g
    ("ля", "lya", "lia", "lja", None), ("лю", "lyu", "liou", "lju", None),        # German j = y
    ("жа", "zha", "ja", None, None), ("жо", "zho", "jo", None, None),             # French j = zh
    ("ко", "ko", None, None, "ka"), ("ло", "lo", None, None, "la"),               # Belarusian unstressed a = o
    ("ва", "va", None, "wa", None), ("ви", "vi", None, "wi", None),               # German w = v
    ("ца", "tsa", None, "za", None), ("ни", "ni", None, None, None), ("ме", "me", None, None, None),
]
ENDINGS = [
    ("нов", "nov", None, "now", "nou"), ("лев", "lev", None, "lew", "leu"), ("ский", "sky", "ski", "ski", "ski"),
    ("ченко", "chenko", "tchenko", "tschenko", "chenka"), ("кова", "kova", None, "kowa", "kava"),
    ("вич", "vich", "vitch", "witsch", None), ("", "", None, None, None),
]


def _render(parts: list[tuple[str | None, ...]], system: str) -> str:
    column = SYSTEMS[system]
    return "".join(str(p[column] if p[column] is not None else p[1]) for p in parts).capitalize()


@st.composite
def renderings(draw: st.DrawFn) -> tuple[str, str]:
    """One made-up surname, in English or Cyrillic and in any of the systems (syllables begin with a consonant,
    so no two vowels meet: see the xfail below)."""
    parts = draw(st.lists(st.sampled_from(SYLLABLES), min_size=1, max_size=4)) + [draw(st.sampled_from(ENDINGS))]
    first, second = draw(st.sampled_from(["english", "cyrillic"])), draw(st.sampled_from(list(SYSTEMS)))
    return _render(parts, first), _render(parts, second)


@settings(max_examples=150, deadline=None)
@given(renderings())
def test_transliterations_of_one_name_share_a_variant_and_match(pair):
    a, b = (name_key(x) for x in pair)
    assert translit_variants(a) & translit_variants(b)
    if len(a) >= 4 and len(b) >= 4:  # shorter surnames must be equal
        assert same_person_name(a, b)
        assert same_person_name(f"ivan {a}", f"ivan {b}")


@pytest.mark.xfail(strict=True, reason="translit_variants collapses doubled letters before reading o as a, so "
                   "'aova' becomes 'aava' and never 'ava': Shaova and its Belarusian form Shaava share no variant")
def test_belarusian_a_for_o_next_to_an_a():
    assert translit_variants("shaova") & translit_variants("shaava")


# The TIMEX3 reader: normalise_timex(text, context) -> Timex(type, value) or None.

TIMEX_WORDS = st.sampled_from(
    "the last next this past coming a an one two three 3 12 2020 1999 day days week weeks month months year years "
    "decade century ago earlier later before after morning night evening Friday Monday Sunday August Aug. March "
    "Christmas Easter quarter half spring fall winter summer of early late mid every each today yesterday tomorrow "
    "tonight noon 7 p.m. a.m. 10:35 1990s '70s 20th and a half fiscal weekend same period previous following that "
    "recent recently now future".split())
TIMEX_TEXT = st.one_of(st.text(max_size=30), st.lists(TIMEX_WORDS, min_size=1, max_size=5).map(" ".join))
REFERENCES = st.sampled_from([None, "2019-05-22", "2019-Q3", "2018", "2020-W10", "PAST_REF"])
TENSES = st.sampled_from([None, "past", "future"])

_DAY = r"(?:\d{4}|XXXX)-(?:(?:\d\d|XX)-(?:\d\d|XX)|W(?:\d\d|XX)-[1-7])"
TIMEX_VALUES = {
    "DATE": re.compile(r"(?:\d{4}|XXXX)(?:-(?:\d\d|W\d\d|WXX|Q[1-4]|H[12]|SP|SU|FA|WI|XX)(?:-(?:\d\d|[1-7]|WE|XX))?)?"
                       r"|\d{2,3}|PRESENT_REF|PAST_REF|FUTURE_REF"),
    "TIME": re.compile(_DAY + r"T(?:\d\d:\d\d|MO|AF|EV|NI)"),
    "DURATION": re.compile(r"P(?:(?:\d+|X)[YQMWD])*(?:T(?:(?:\d+|X)[HMS])+)?"),
    "SET": re.compile(r"P\d+[YMWD]|PT\d+[HMS]|XXXX-WXX-[1-7](?:T(?:MO|AF|EV|NI))?|XXXX-\d\d"),
}


def _calendar_ok(value: str) -> bool:
    """Whatever a value names in full (a day, a month, an ISO week) exists in the calendar."""
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value[:10]):
        date.fromisoformat(value[:10])
    elif re.fullmatch(r"\d{4}-\d\d", value):
        date.fromisoformat(value + "-01")
    elif week := re.match(r"(\d{4})-W(\d\d)", value):
        date.fromisocalendar(int(week[1]), int(week[2]), 1)
    return True


@BOUNDED
@given(TIMEX_TEXT, ARTICLE_DATES, TENSES, REFERENCES)
def test_timex_values_are_well_formed_for_their_type(text, anchor, tense, reference):
    found = normalise_timex(text, TimexContext(anchor, tense, reference))
    if found is not None:
        assert found.type in TIMEX_VALUES and TIMEX_VALUES[found.type].fullmatch(found.value), found
        assert _calendar_ok(found.value)
        if found.type in ("DATE", "TIME"):
            assert not found.value.startswith("X")  # an anchor places every date in a year


@BOUNDED
@given(TIMEX_TEXT, TENSES)
def test_timex_values_without_an_anchor_are_well_formed(text, tense):
    found = normalise_timex(text, TimexContext(None, tense))
    if found is not None:  # the type of a weekday with a part of the day is wrong without an anchor: see below
        assert any(pattern.fullmatch(found.value) for pattern in TIMEX_VALUES.values()), found
        assert _calendar_ok(found.value)


@BOUNDED
@given(st.integers(1, 3650), ARTICLE_DATES)
def test_timex_n_days_ago_is_n_days_before_the_anchor(n, anchor):
    found = normalise_timex(f"{n} days ago", TimexContext(anchor, "past"))
    assert found is not None and (found.type, found.value) == ("DATE", (anchor - timedelta(days=n)).isoformat())


@BOUNDED
@given(ARTICLE_DATES, st.sampled_from(WEEKDAYS), TENSES)
def test_timex_weekdays_agree_with_the_date_normaliser(anchor, weekday, tense):
    found = normalise_timex(weekday.capitalize(), TimexContext(anchor, tense))
    assert found is not None and found.type == "DATE"
    assert found.value == normalise(weekday.capitalize(), anchor, future=tense == "future")[0]


@pytest.mark.xfail(strict=True, reason="without an anchor, 'Friday morning' keeps its part of the day in the value "
                   "(XXXX-WXX-5TMO) but is typed DATE; with an anchor it is TIME")
def test_a_weekday_with_a_part_of_the_day_is_a_time_without_an_anchor():
    assert normalise_timex("Friday morning") == Timex("TIME", "XXXX-WXX-5TMO")


@pytest.mark.parametrize("text", ["99999999 years ago", "1000000 days ago"])
def test_a_count_beyond_the_calendar_gives_no_timex(text):
    assert normalise_timex(text, TimexContext(date(2020, 8, 14))) is None


def test_a_year_before_1000_is_no_date():
    """Found by hypothesis: dateparser reads "THE;2000;YEAR" as the year 26."""
    assert normalise("THE;2000;YEAR", None, None, False) == (None, "unknown", None)
    assert normalise("the;2000;year", date(2020, 5, 1), None, False)[0] is None
