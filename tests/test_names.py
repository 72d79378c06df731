"""Names across transliterations, short forms and site names: pairs that must match and hard negatives that must not.

The table is written by hand from how outlets render names (Russian, Belarusian and Ukrainian forms; German and
French transliterations; Cyrillic), not taken from any benchmark.
"""

from __future__ import annotations

import pytest

from newsfold.resolve.names import is_initialism, name_key, same_org_name, same_person_name

SAME = [
    ("Svetlana Tikhanovskaya", "Sviatlana Tsikhanouskaya"), ("Tikhanovskaya", "Тихановская"),
    ("Tikhanovskaya", "Ціханоўская"), ("Tikhanovskaya", "Tichanowskaja"), ("Tikhanovskaya", "Tikhanovskaïa"),
    ("Lukashenko", "Lukashenka"), ("Lukashenko", "Лукашенко"), ("Lukashenko", "Loukachenko"),
    ("Lukashenko", "Lukaschenko"), ("Alexander Lukashenko", "Aliaksandr Lukashenka"),
    ("Maria Kolesnikova", "Maryia Kalesnikava"), ("Viktor Babariko", "Viktar Babaryka"),
    ("Mr Dorofeyev", "Mikhail Darafeyeu"), ("President Zelensky", "Volodymyr Zelenskyy"),
    ("Zelensky", "Selenskyj"), ("Navalny", "Nawalny"), ("Alexei Navalny", "Aleksei Navalnyi"),
    ("Gorbachev", "Gorbatschow"), ("Khrushchev", "Chruschtschow"), ("Yeltsin", "Jelzin"),
]
DIFFERENT = [
    ("Kolesnikova", "Kovalenko"), ("Putin", "Pompeo"), ("Sergei Ivanov", "Igor Ivanov"),
    ("Golovchenko", "Lukashenko"), ("Rybkin", "Rykov"), ("Macron", "Marcon"),
    ("Maria Kolesnikova", "Maria Kovaleva"), ("Viktor Babariko", "Viktor Baranov"),
    ("Emmanuel Macron", "Emmanuel Marcos"), ("Pavel Ruus", "Pavel Rus"),
]

# Transliterations: Belarusian (ou/au/eu for -ov/-ev, a for unstressed o, Siarhei/Mikalai/Uladzimir/Volha/Hanna),
# Ukrainian (Volodymyr, Oleksandr, h for g), German (w, j, sch, tsch, z) and French (ou, ch, j, ï) renderings.
TRANSLITERATIONS = [
    ("Alexander Lukashenko", "Александр Лукашенко"), ("Aliaksandr Lukashenka", "Аляксандр Лукашэнка"),
    ("Sergei Tikhanovsky", "Siarhei Tsikhanouski"), ("Sergei Tikhanovsky", "Сергей Тихановский"),
    ("Vladimir Putin", "Wladimir Putin"), ("Putin", "Poutine"), ("Volodymyr Zelensky", "Wolodymyr Selenskyj"),
    ("Zelensky", "Zelenskiy"), ("Zelensky", "Зеленський"), ("Yulia Tymoshenko", "Julija Tymoschenko"),
    ("Petro Poroshenko", "Petro Poroschenko"), ("Dmitry Medvedev", "Dmitri Medwedew"),
    ("Sergei Lavrov", "Sergueï Lavrov"), ("Mikhail Gorbachev", "Michail Gorbatschow"),
    ("Viktor Yanukovych", "Wiktor Janukowytsch"), ("Yevgeny Prigozhin", "Jewgeni Prigoschin"),
    ("Yevgeny Prigozhin", "Evgueni Prigojine"), ("Zhirinovsky", "Schirinowski"),
    ("Roman Protasevich", "Raman Pratasevich"), ("Andrei Sannikov", "Andrei Sannikau"),
    ("Stanislav Shushkevich", "Stanislau Shushkevich"), ("Nikolai Statkevich", "Mikalai Statkevich"),
    ("Igor Losik", "Ihar Losik"), ("Anna Kanopatskaya", "Hanna Kanapatskaya"), ("Olga Kovalkova", "Volha Kavalkova"),
    ("Vladimir Neklyaev", "Uladzimir Niakliayeu"), ("Pavel Latushko", "Paval Latushka"),
    ("Maria Kolesnikova", "Марыя Калеснікава"), ("Ekaterina Andreeva", "Katsiaryna Andreyeva"),
    ("Alexei Navalny", "Alexej Nawalny"), ("Oleksandr Lukashenko", "Alexander Lukashenko"),
]
# Short forms: surname only, title + surname, family name first (Korean, Chinese), dropped middle initial and "III".
SHORT_FORMS = [
    ("Tsikhanouskaya", "Sviatlana Tsikhanouskaya"), ("Mr Lukashenka", "Alexander Lukashenko"),
    ("Ms Kolesnikova", "Maria Kolesnikova"), ("Kim", "Kim Jong Un"), ("Xi", "Xi Jinping"),
    ("Moon Jae-in", "Moon Jae In"), ("Robert Mueller", "Robert S. Mueller III"), ("Trump Jr.", "Donald Trump Jr."),
    ("Macron", "Emmanuel Macron"), ("Angela Merkel", "Dr. Angela Merkel"),
]
# Hard negatives: spouses and relatives (gendered surname endings, Jr.), similar surnames, other given names.
OTHER_PEOPLE = [
    ("Sergei Tikhanovsky", "Svetlana Tikhanovskaya"), ("Tikhanovsky", "Svetlana Tikhanovskaya"),
    ("Navalnaya", "Alexei Navalny"), ("Kolesnikov", "Maria Kolesnikova"), ("Ivanov", "Ivanova"),
    ("Zelenska", "Volodymyr Zelensky"), ("Kim Jong Un", "Kim Jong Il"), ("Kim Jong Un", "Kim Yo Jong"),
    ("Donald Trump", "Donald Trump Jr."), ("Trump", "Donald Trump Jr."),
    ("Alexander Lukashenko", "Viktor Lukashenko"), ("Viktor Babariko", "Eduard Babariko"), ("Putin", "Puttnam"),
    ("Medvedev", "Medvedchuk"), ("Yanukovych", "Yatsenyuk"), ("Shushkevich", "Statkevich"),
    ("Yulia Navalnaya", "Yulia Tymoshenko"), ("Andrei Sannikov", "Andrei Sakharov"),
]
# Organisations: one site named as Works / Plant / Factory, with or without "the", written apart or together.
SAME_ORGS = [
    ("Minsk Tractor Works", "the Minsk Tractor Plant"), ("Minsk Tractor Factory", "Minsk Tractor Works"),
    ("Grodno Azot", "Grodnoazot"), ("Гродно Азот", "Grodno Azot"),
    ("the Coordination Council", "Coordination Council's"),
    ("Belarusian Steel Works", "Belarusian Steel Plant"), ("Mozyr Oil Refinery", "the Mozyr oil refinery"),
]
OTHER_ORGS = [
    ("Minsk Tractor Works", "Minsk Wheel Tractor Plant"), ("Minsk Tractor Works", "Minsk Automobile Plant"),
    ("MTZ", "MZKT"), ("Belarusian Steel Works", "Belarusian Potash Company"), ("Grodno Azot", "Grodno Khimvolokno"),
]
INITIALISMS = [
    ("U.S.", "United States"), ("EU", "European Union"), ("UK", "the United Kingdom"),
    ("FBI", "Federal Bureau of Investigation"), ("OSCE", "Organization for Security and Co-operation in Europe"),
    ("NATO", "North Atlantic Treaty Organization"), ("ICE", "Immigration and Customs Enforcement"),
]
NOT_INITIALISMS = [
    ("MTZ", "Minsk Wheel Tractor Plant"), ("MZKT", "Minsk Tractor Works"), ("EU", "Eurasian Economic Union"),
    ("US", "United Kingdom"), ("UN", "United States"), ("BMZ", "Belarusian Steel Works"),
    ("Us", "United States"), ("ICE", "immigration and customs enforcement"),
]
WRITTEN_HERE = [TRANSLITERATIONS, SHORT_FORMS, OTHER_PEOPLE, SAME_ORGS, OTHER_ORGS, INITIALISMS, NOT_INITIALISMS]


def test_the_table_has_at_least_60_pairs_beyond_the_first_30():
    assert sum(len(t) for t in WRITTEN_HERE) >= 60
    pairs = [p for t in WRITTEN_HERE + [SAME, DIFFERENT] for p in t]
    assert len(pairs) == len(set(pairs))


@pytest.mark.parametrize("a,b", SAME + TRANSLITERATIONS + SHORT_FORMS)
def test_same_person(a, b):
    assert same_person_name(name_key(a), name_key(b))
    assert same_person_name(name_key(b), name_key(a))


@pytest.mark.parametrize("a,b", DIFFERENT + OTHER_PEOPLE)
def test_different_people(a, b):
    assert not same_person_name(name_key(a), name_key(b))
    assert not same_person_name(name_key(b), name_key(a))


@pytest.mark.parametrize("a,b", SAME_ORGS)
def test_same_organisation(a, b):
    assert same_org_name(name_key(a), name_key(b))


@pytest.mark.parametrize("a,b", OTHER_ORGS)
def test_different_organisations(a, b):
    assert not same_org_name(name_key(a), name_key(b))


@pytest.mark.parametrize("acronym,long_form", INITIALISMS)
def test_initialisms(acronym, long_form):
    assert is_initialism(acronym, long_form)


@pytest.mark.parametrize("acronym,long_form", NOT_INITIALISMS)
def test_not_initialisms(acronym, long_form):
    assert not is_initialism(acronym, long_form)


def test_name_key_drops_titles_articles_possessives_and_unifies_site_heads():
    assert name_key("President Alexander Lukashenko's") == "alexander lukashenko"
    assert name_key("the Minsk Tractor Works") == name_key("Minsk Tractor Plant")
    assert name_key("Minsk Wheel Tractor Plant") != name_key("Minsk Tractor Plant")


def test_alike_surnames_finds_every_pair_the_pairwise_check_finds():
    """The indexed comparison (spellings scored in C within first-letter groups) must give exactly the pairs that
    comparing every pair of words gives: transliterations, gendered forms kept apart, short words equal only."""
    from newsfold.resolve.names import _same_surname, alike_surnames

    words = ["tikhanovskaya", "tsikhanouskaya", "cichanouska", "tikhanovsky", "lukashenko", "lukashenka",
             "lukaschenko", "ivanov", "ivanova", "ivanow", "smith", "smyth", "schmidt", "li", "lee", "kolesnikova",
             "kalesnikava", "babariko", "babaryka", "navalny", "navalnyi", "zelensky", "zelenskyy", "zelenskiy",
             "tichanowski", "may", "mai", "kim", "kimm", "ab", "abcdefghijk", "selenskyj", "abedi", "abedin",
             "adele", "adeel", "africa", "african"]
    alike = alike_surnames(words)
    pairwise = {w: {w} | {v for v in words if v != w and _same_surname(w, v)} for w in words}
    assert alike == pairwise
    assert alike_surnames(words, rows=3) == pairwise  # spellings scored a few at a time, by length
    assert "tsikhanouskaya" in alike["tikhanovskaya"] and "tikhanovsky" not in alike["tikhanovskaya"]

