"""Names in Arabic paragraphs with no model: Arabic has no capital letters, so only names a word beside them
types are found: a person after a title or a speech verb, an organisation after its head noun, a place CLDR names.

A person is the one to three words after a title ("الرئيس", "المتحدث باسم الشرطة"; descriptions between are
skipped: "وزير الداخلية") or after a speech verb in the order news writes ("وقال أحمد سالم"), two words at least
there, up to a small word, a verb of the pack or a comma. An organisation is a head noun ("نقابة", "اتحاد",
"حزب", "وزارة") with the words of its name after it ("نقابة عمال الموانئ"). A place is a country or region CLDR
names in Arabic, or the words after "مدينة" (city) and the like; a city the place index knows only in Latin script
is not found. Everything else, and a name with no such word beside it, is missed.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from .speech import QUOTE_CUES, SPEECH_VERBS
from .words import Stemmer, bare, normalise

__all__ = ["arabic_entities", "TITLES", "ORG_HEADS", "STOP_WORDS", "CITY_HEADS", "SITE_HEADS"]

# Titles before a person's name (one spelling: see words.normalise).
TITLES = frozenset(normalise(w) for w in """رئيس رئيسة الرئيس الرئيسة وزير وزيرة الوزير الوزيرة المتحدث المتحدثة
    متحدث الناطق السيد السيدة الشيخ الملك الأمير الجنرال اللواء العقيد العميد النائب النائبة القاضي الدكتور
    الدكتورة المحامي المحامية الناشط الناشطة زعيم الزعيم قائد القائد مدير مديرة المدير الأمين المستشار المستشارة
    المنسق المنسقة عضو عضوة السفير السفيرة المرشح المرشحة""".split())
# Nouns that open an organisation's name: "نقابة عمال الموانئ", "حزب العدالة".
ORG_HEADS = frozenset(normalise(w) for w in """نقابة اتحاد حزب وزارة شركة جمعية منظمة جامعة مجلس هيئة حركة جبهة
    لجنة مؤسسة بنك مصرف محكمة برلمان وكالة رابطة كونفدرالية تحالف ائتلاف""".split())
# Nouns after which a town's name comes ("مدينة بورت سيرين"), and nouns that are part of a site's name.
CITY_HEADS = frozenset(normalise(w) for w in "مدينة محافظة ولاية قرية بلدة عاصمة".split())
SITE_HEADS = frozenset(normalise(w) for w in "ساحة ميدان شارع ميناء جزيرة منطقة".split())
# Words no name is made of: prepositions, pronouns, particles, and nouns that follow "قال" in place of a name.
# Compared as written (vowel marks off): in one spelling "على" (on) would be "علي" (Ali).
STOP_WORDS = frozenset(bare(w) for w in """في من إلى الى على عن مع بعد قبل خلال أمام امام حول ضد بين عند منذ
    حتى إن أن ان لا لم لن قد كان كانت هذا هذه ذلك تلك الذي التي الذين هو هي هم نحن أنا كما أيضا ايضا يوم أمس
    امس و أو او ثم مسؤول مسؤولون مصدر مصادر شهود شاهد متحدث بيان سكان مراسل خبراء محللون ناشطون مواطنون""".split())
_WORD = re.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u0640\u064b-\u065f\u0670]+|[A-Za-z]+")
_MOST_WORDS = 3  # of a person's name
_MOST_ORG_WORDS = 4  # after the head noun
_MOST_DESCRIPTION = 4  # words of a description between a title and a name ("وزير الداخلية")


class _Token(NamedTuple):
    start: int
    end: int
    text: str
    plain: str  # in one spelling
    bare: str  # as written, without vowel marks
    joined: bool  # one space from the token before, no punctuation between


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    for m in _WORD.finditer(text):
        joined = bool(out) and text[out[-1].end:m.start()].strip() == ""
        out.append(_Token(m.start(), m.end(), m.group(), normalise(m.group()), bare(m.group()), joined))
    return out


@cache
def _stem() -> Stemmer:
    from .events import TRIGGERS

    words = {w for key in TRIGGERS for w in key.split() if bare(w) not in STOP_WORDS} | SPEECH_VERBS | QUOTE_CUES
    return Stemmer(words | TITLES | ORG_HEADS | CITY_HEADS | SITE_HEADS)  # "على" of "القبض على" is no verb


def _definite(plain: str) -> bool:
    return plain.startswith(("ال", "وال", "فال", "بال", "لل"))


def _word_of_a_name(tok: _Token) -> bool:
    """A word that may be part of a name: no small word, no verb or noun of the pack's, no title or head noun."""
    stem = _stem()
    return tok.bare not in STOP_WORDS and stem(tok.text) not in stem.vocabulary and len(tok.plain) > 1


def _name_after(tokens: list[_Token], i: int, most: int) -> list[int]:
    """Indices of the words of a person's name starting at ``i``: it opens with a word without the article, and
    goes on (a surname may have it: "السيسي") up to a small word, a word of the pack or a break."""
    out: list[int] = []
    k = i
    while k < len(tokens) and len(out) < most and (k == i or tokens[k].joined) and _word_of_a_name(tokens[k]):
        if not out and _definite(tokens[k].plain):
            break
        out.append(k)
        k += 1
    return out


def _skip_description(tokens: list[_Token], i: int) -> int:
    """The index after the description a title may have before its name: definite words ("وزير الداخلية"),
    "باسم" and what it names, an organisation and its name ("رئيس نقابة عمال الموانئ")."""
    k, skipped, in_org = i, 0, False
    while k < len(tokens) and tokens[k].joined and skipped < _MOST_DESCRIPTION:
        plain = tokens[k].plain
        head = Stemmer.clitics(tokens[k].text, ORG_HEADS | {"ال" + h for h in ORG_HEADS}) is not None
        if not (_definite(plain) or plain == "باسم" or head or in_org):
            break
        in_org = (head or in_org) and not _definite(plain)
        k, skipped = k + 1, skipped + 1
    return k


def _persons(tokens: list[_Token]) -> list[tuple[int, int, str]]:
    stem, out = _stem(), []
    speech = {normalise(w) for w in SPEECH_VERBS | QUOTE_CUES}
    for i, tok in enumerate(tokens):
        if Stemmer.clitics(tok.text, TITLES) is not None:
            name = _name_after(tokens, _skip_description(tokens, i + 1), _MOST_WORDS)
        elif stem(tok.text) in speech and i + 1 < len(tokens) and tokens[i + 1].joined:
            name = _name_after(tokens, i + 1, _MOST_WORDS)
            name = name if len(name) >= 2 else []  # "قال مسؤول": one word after a verb is most often a noun
        else:
            continue
        if name:
            out.append((name[0], name[-1], "PERSON"))
    return out


def _organisations(tokens: list[_Token]) -> list[tuple[int, int, str]]:
    out = []
    heads = ORG_HEADS | {"ال" + h for h in ORG_HEADS}
    for i, tok in enumerate(tokens):
        if Stemmer.clitics(tok.text, heads) is None:
            continue
        k, definite = i + 1, False
        while k < len(tokens) and k - i <= _MOST_ORG_WORDS and tokens[k].joined and _word_of_a_name(tokens[k]):
            here = _definite(tokens[k].plain)
            if definite and not here:
                break  # a definite word ends the name unless another follows it ("حزب العدالة والتنمية")
            definite = definite or here
            k += 1
        if k > i + 1:
            out.append((i, k - 1, "ORG"))
    return out


@cache
def _territories() -> dict[str, str]:
    """Country and region names CLDR gives in Arabic, in one spelling -> as CLDR writes them."""
    from babel import Locale

    return {normalise(name): name for name in Locale.parse("ar").territories.values()}


def _places(tokens: list[_Token]) -> list[tuple[int, int, str]]:
    out, names = [], _territories()
    for i, tok in enumerate(tokens):
        if Stemmer.clitics(tok.text, CITY_HEADS | {"ال" + h for h in CITY_HEADS}) is not None:
            name = _name_after(tokens, i + 1, 2)
            if name:
                out.append((name[0], name[-1], "GPE"))
            continue
        if Stemmer.clitics(tok.text, SITE_HEADS | {"ال" + h for h in SITE_HEADS}) is not None:
            k = i + 1
            while k < len(tokens) and k - i <= 2 and tokens[k].joined and _word_of_a_name(tokens[k]):
                k += 1
            if k > i + 1:  # "ساحة التحرير": the head noun is part of the site's name
                out.append((i, k - 1, "LOC"))
            continue
        for width in (3, 2, 1):
            words = tokens[i:i + width]
            if len(words) == width and all(t.joined for t in words[1:]) and \
                    _territory([t.plain for t in words], names) is not None:
                out.append((i, i + width - 1, "GPE"))
                break
    return out


def _territory(words: list[str], names: dict[str, str]) -> int | None:
    """How many clitic letters open the first word of a territory's name ("بمصر"), or None."""
    joined = " ".join(words)
    for p in ("", "و", "ب", "ل", "وب", "ول", "ف", "فب"):
        if joined.startswith(p) and joined[len(p):] in names:
            return len(p)
    return None


def arabic_entities(text: str) -> list[tuple[int, int, str, str]]:
    """Names in one paragraph as (start, end, normal form, label): offsets into ``text`` (after a name's clitics:
    "لنقابة" gives "نقابة ..."), the normal form as written."""
    tokens = _tokens(text)
    found = _places(tokens) + _organisations(tokens) + _persons(tokens)
    out, taken = [], set[int]()
    for first, last, label in found:
        if taken & set(range(first, last + 1)):
            continue
        taken |= set(range(first, last + 1))
        start = tokens[first].start + _clitics(tokens[first], label)
        out.append((start, tokens[last].end, text[start:tokens[last].end], label))
    return sorted(out)


def _clitics(tok: _Token, label: str) -> int:
    """Letters of clitics before a name's first word: those of a head noun, those before a country's name."""
    heads = {"ORG": ORG_HEADS, "LOC": SITE_HEADS}.get(label, frozenset())
    found = Stemmer.clitics(tok.text, heads | {"ال" + h for h in heads}) if heads else None
    if found is None and label == "GPE":
        found = _territory([tok.plain], _territories())
    return found or 0
