"""Figures in paragraphs no parser reads: digits in the language's formats ("12 000", "12.000", "1,5 млн"), number
words and vague amounts ("des milliers"), each with what it counts from the language's counted-thing words.

The records are the English path's (``figures.py``): a vague amount takes the interval of its English phrase in
``VAGUE``, a qualifier the reading of its English one in ``QUALIFIERS``; no running counts are read yet.
"""

from __future__ import annotations

import re
from functools import cache

from ..models import Figure
from .figures import QUALIFIERS, VAGUE
from .lexical_dates import lexical_date_spans, read_paragraphs
from .lexicon import HAN_NUMERAL, NumberWords, alternation, ascii_digits, han_number, number_words, plain, reads_figures
from .parse import Parsed

__all__ = ["STAGE", "extract_lexical_figures", "figure_paragraphs"]

STAGE = "lexical-figures"
_GROUPED = r"\d{1,3}(?P<sep>[ \u00a0\u202f.,'’])\d{3}(?:(?P=sep)\d{3})*"
_CLAUSE_END = re.compile(r"[.;!?]\s|[;!?]|\n")
_CURRENCY = "$€£₽₴¥₺"
_PUNCTUATION = "，；：。！？（）、،؛"  # Chinese and Arabic clause and sentence marks
_CLAIMANT_WORDS = 4  # words of a claimant's name in a script with no capitals to end it
# the categories a word before a number can give it ("задержаны более 200 человек")
_EVENT_COUNTS = ("arrests", "deaths", "injuries")
_SUBJECT_WORDS = 6  # a claiming subject longer than this is a clause, not a name


@cache
def _pattern(code: str) -> re.Pattern[str]:
    w = number_words(code)
    qual, vague = alternation(w.qualifiers) or "(?!)", alternation(w.vague) or "(?!)"
    scales, words = alternation(w.scales) or "(?!)", alternation(w.words) or "(?!)"
    words = f"{HAN_NUMERAL}+|{words}" if w.han_numerals else words  # "一万二千"
    # between words: a space, or nothing in a language with no spaces ("至少140人"); a word's end likewise
    gap, end, before = (r"\s+", r"(?!\w)", r"(?<![\w.,])") if w.spaced else (r"\s*", "", r"(?<![\d.,])")
    dot = r"(?:(?<=\w{5})|\.?)(?!\w)" if w.spaced else ""  # an abbreviation's dot ("тыс."), not a sentence's
    return re.compile(
        rf"{before}(?:(?P<qual>{qual}){gap})?(?:(?P<vague>{vague}){end}(?:{gap}(?P<vmult>{scales}){dot})?|"
        rf"(?P<num>{_GROUPED}|\d+(?:[.,]\d+)?)(?![\d,]\d)(?:\s*(?P<mult>{scales}){dot})?|"
        rf"(?P<word>{words}){end}(?:{gap}(?P<wmult>{scales}){dot})?)", re.I)


@cache
def _counted_pattern(code: str) -> re.Pattern[str]:
    w = number_words(code)
    stems = alternation([s for group in w.counted.values() for s in group])
    if not w.spaced:  # the first counted word within a few characters: "名码头工人" gives "名"
        return re.compile(rf"^\s*[^\W\d_]{{0,4}}?(?P<noun>{stems})", re.I)
    # a small word ("de", "di") and one more ("jeunes") may come between: "2 a litoval německých občanů" is no count
    clitics = f"(?:{alternation(w.clitics)})?" if w.clitics else ""
    return re.compile(rf"^[\s-]*(?:[dl]['’]\s*|[^\W\d_]{{1,3}}\s+)?(?:[^\W\d_]+\s+)??"
                      rf"(?P<noun>{clitics}(?:{stems})[^\W\d_]*)", re.I)


def _category_of(word: str, w: NumberWords) -> str | None:
    low = word.lower()
    forms = [low, *(low[len(c):] for c in w.clitics if low.startswith(c))]  # "والمتظاهرين" as "المتظاهرين"
    found = [(len(s), name) for name, stems in w.counted.items() for s in stems
             if any(form.startswith(s.lower()) for form in forms)]
    return max(found)[1] if found else None


def _first_category(window: str, w: NumberWords, names: tuple[str, ...]) -> str | None:
    """The category whose word comes first in ``window`` (stems at the start of a word)."""
    found = []
    start = (rf"(?<!\w)(?:{alternation(w.clitics)})?" if w.clitics else r"(?<!\w)") if w.spaced else ""
    for name in names:
        for stem in w.counted.get(name, ()):
            match = re.search(rf"{start}{re.escape(stem)}", window, re.I)
            if match:
                found.append((match.start(), name))
    return min(found)[1] if found else None


def _value(match: re.Match[str], w: NumberWords) -> tuple[float | None, float | None, float | None] | None:
    """(value, low, high), or None for words matched in a case their lower case does not give back ("İ")."""
    if match["vague"]:  # "несколько десятков тысяч": dozens of thousands
        english = w.vague.get(plain(match["vague"]))
        scale = w.scales.get(plain(match["vmult"] or ""), 1)
        if english not in VAGUE:
            return None
        low, high = VAGUE[english]
        return None, low * scale, None if high is None else high * scale
    if match["word"]:  # "сто тысяч", "tři sta"
        number = w.words.get(plain(match["word"]))
        number = han_number(match["word"]) if number is None and w.han_numerals else number
        if number is None:
            return None
        v = float(number) * w.scales.get(plain(match["wmult"] or ""), 1)
        return v, v, v
    num = match["num"]
    v = float(re.sub(r"\D", "", num)) if match["sep"] else float(num.replace(",", "."))
    v *= w.scales.get(plain(match["mult"] or ""), 1)
    return v, v, v


def _interval(qual: str | None, value: float | None, low: float | None, high: float | None, w: NumberWords
              ) -> tuple[float | None, float | None]:
    kind = QUALIFIERS.get(w.qualifiers.get(plain(qual or ""), ""))
    if kind == "low":
        return low, None
    if kind == "high":
        return None, high if value is None else value
    return low, high


def _is_not_a_count(text: str, match: re.Match[str], w: NumberWords, dates: list[tuple[int, int, str]]) -> bool:
    if any(s <= match.start("num" if match["num"] else 0) < e for s, e, _ in dates):
        return True  # a day of a date
    after = text[match.end(): match.end() + 20]
    end = r"(?!\w)" if w.spaced else ""
    if after.lstrip().startswith("%") or any(re.match(rf"\s*{re.escape(unit)}{end}", plain(after))
                                              for unit in w.units):
        return True  # "5 ans", "3 Stunden", "20 %", "60 процентов", "10 pour cent"
    if any(" " in unit and plain(text[: match.end()]).endswith(unit) for unit in w.units):
        return True  # the "cent" of "pour cent"
    if re.search(r"[^\W\d_]-$", text[:match.start()]) or re.match(r"-[^\W\d_]", after):
        return True  # "COVID-19", "51-летнюю", "48-Stunden": part of a name or a word
    if not match["num"]:
        return False
    if _inside_a_name(text, match, w):
        return True
    if re.fullmatch(r"(?:1[89]|20)\d\d", match["num"]) and not match["qual"] and not match["mult"]:
        return True  # a year
    before = text[max(0, match.start() - 2): match.start()]
    return bool(re.match(r"\s*(?:[:h]\d|[" + _CURRENCY + "])", after) or any(c in before for c in _CURRENCY)
                or re.match(r"\.\s*[^\W\d_]", after) and w.ordinal_dot)


def _inside_a_name(text: str, match: re.Match[str], w: NumberWords) -> bool:
    """A number between two capitalised words ("Nord Stream 2 AG"), unless the second is what it counts ("am
    Samstag 5000 Menschen")."""
    before = re.search(r"(?<![.!?]\s)(?<!^)\b(\w)\w*\s+$", text[: match.start()])
    after = re.match(r"\s+(\w+)", text[match.end():])
    return bool(before and after and before[1].isupper() and after[1][0].isupper()
                and _category_of(after[1], w) is None)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The words before a figure and after it, each up to a comma, a sentence end or another number: "погибли 3
    человека, 12 ранены" gives 3 the words "погибли" and "человека", and 12 only "ранены"."""
    before = re.split(rf"[,;:.!?()\d{_PUNCTUATION}]", text[max(0, start - 60): start])[-1]
    after = text[end: end + 80]
    cut = re.search(rf"[,;:!?(){_PUNCTUATION}]|[.…]\s|\d", after)
    return before, after[: cut.start()] if cut else after


def _counted(after: str, w: NumberWords, code: str) -> tuple[str | None, str | None, int]:
    match = _counted_pattern(code).match(after)
    if match is None:
        return None, None, 0
    return match["noun"].lower(), _category_of(match["noun"], w), match.end()


def _category(before: str, after: str, w: NumberWords, code: str) -> tuple[str | None, str, int] | None:
    """(counted, category) of a figure, or None when nothing says what it counts: the counted word's own category
    when it is an arrest, death or injury ("30 detenidos"), else such a word after ("200 Menschen wurden
    festgenommen") or just before ("задержаны более 200 человек"), before first in a language whose verb opens
    its clause (Arabic), else what the counted word is (people take part)."""
    counted, own, end = _counted(after, w, code)
    if own in _EVENT_COUNTS:
        return counted, own, end
    window, leading = after[end: end + 45], " ".join(before.split()[-3:])
    first, then = (leading, window) if w.verb_first else (window, leading)  # Arabic: "قتلت ... ثلاثة متظاهرين"
    category = _first_category(first, w, _EVENT_COUNTS) or _first_category(then, w, _EVENT_COUNTS)
    if category is None and counted is not None:
        category = _first_category(window, w, ("participants",))
    if category is None and own is not None:
        category = "participants" if own == "people" else own
    if category is None:
        return None
    return counted, category, end


def _sentence(text: str, start: int) -> str:
    """The sentence of ``text`` (a paragraph read as one sentence) around ``start``: it ends at ". " before a
    capital."""
    ends = [m.end() for m in re.finditer(r"[.!?…]+[\s\"»“”]+", text) if m.end() < len(text) and
            text[m.end()].isupper()]
    begin = max((e for e in ends if e <= start), default=0)
    finish = min((e for e in ends if e > start), default=len(text))
    return text[begin:finish]


def _claimant(text: str, start: int, w: NumberWords) -> str | None:
    """Who the sentence of the figure at ``start`` says it is from: "selon la police", "laut Polizei", "по данным
    МВД" (the words after the cue up to its first noun, a longer lower-case word, or through its capitalised name);
    else the subject of a claiming verb before the figure ("La police a estimé la foule à 3 000")."""
    sentence = _sentence(text, start)
    opening, gap = (r"(?<!\w)", r"\s+") if w.spaced else ("", r"\s*")
    match = re.search(rf"{opening}(?:{alternation(w.according)}){gap}(?P<who>[^,.;:!?()«»\"“”„\n\d{_PUNCTUATION}]"
                      r"{2,60})", sentence, re.I) if w.according else None
    if match is None:
        return _subject_of_claim(sentence, start - text.find(sentence), w)
    if not w.spaced:  # "据码头工人工会称": the name ends before the word of saying
        return re.split(alternation(w.claim_ends) or "(?!)", match["who"])[0].strip() or None
    if match["who"].lower() == match["who"].upper():  # no capitals (Arabic): up to the comma, its clitic off
        who = " ".join(match["who"].split()[:_CLAIMANT_WORDS])
        clitic = next((c for c in sorted(w.clitics, key=len, reverse=True) if who.startswith(c)), "")
        return ("ال" if clitic == "لل" else "") + who[len(clitic):] if clitic in ("ل", "لل") else who
    words: list[str] = []
    for word in match["who"].split()[:5]:
        if word[0].isupper():
            words.append(word)
        elif any(x[0].isupper() for x in words):
            break
        else:
            words.append(word)
            if len(word) > 3:
                break
    return " ".join(words) or None


def _subject_of_claim(sentence: str, at: int, w: NumberWords) -> str | None:
    """The words opening the sentence, up to a comma or the verb, when a claiming verb stands between them and the
    figure: "Вальдорийский профсоюз докеров, который организовал марш, назвал ... 12 000"."""
    verb = re.search(rf"(?<!\w)(?:{alternation(w.claims)})(?!\w)", sentence[:at], re.I) if w.claims else None
    if verb is None:
        return None
    who = re.split(r"[,;:]", sentence[:verb.start()], maxsplit=1)[0].strip()
    return who if who[:1].isupper() and 1 <= len(who.split()) <= _SUBJECT_WORDS else None


def figure_paragraphs(parsed: Parsed) -> list[tuple[int, str, str]]:
    """(start, text, language) of the paragraphs whose figures this module reads."""
    return [(start, text, code) for start, text, code in read_paragraphs(parsed) if reads_figures(code)]


def extract_lexical_figures(parsed: Parsed, first: int = 0) -> list[Figure]:
    """Figures of the paragraphs no parser read in a language with counted-thing words; ids count on from
    ``first`` (after the English path's)."""
    article = parsed.article
    out: list[Figure] = []
    for offset, text, code in figure_paragraphs(parsed):
        w = number_words(code)
        for sentence in (s for s in parsed.sentences if offset <= s.start < offset + len(text)):
            local = sentence.start - offset
            sent_text = ascii_digits(text[local: local + sentence.end - sentence.start])
            dates = lexical_date_spans(sent_text, code)
            matches = list(_pattern(code).finditer(sent_text))
            consumed = 0  # where the last figure's counted word ends: "7 arrestati e 2 mila manifestanti"
            for index, match in enumerate(matches):
                following = matches[index + 1] if index + 1 < len(matches) else None
                if _is_not_a_count(sent_text, match, w, dates):
                    continue
                limit = following.start() if following else len(sent_text)  # "1 200 grévistes et dix blessés"
                before, after = _clause(sent_text[:limit], match.start(), match.end())
                found = _category(before[max(0, len(before) - (match.start() - consumed)):], after, w, code)
                if found is None:
                    continue
                consumed = match.end() + found[2]
                values = _value(match, w)
                if values is None:
                    continue
                value, low, high = values
                low, high = _interval(match["qual"], value, low, high, w)
                start, end = sentence.start + match.start(), sentence.start + match.end()
                out.append(Figure(f"{article.id}-f{first + len(out)}", article.id, start, end,
                                  article.text[start:end], value, low, high, found[0], found[1],
                                  qualifier=match["qual"] or None,
                                  claimed_by_name=_claimant(sent_text, match.start(), w),
                                  stage=STAGE))
    return out
