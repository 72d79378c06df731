"""Name keys: how two surface forms are compared across spellings, scripts and transliterations.

Person names: same surname (transliteration-aware, gendered Slavic endings must agree), compatible given names
(East Slavic forms of one given name count as one). Organisations: equal keys written apart or together.
Initialisms: "EU" for "European Union", from the capitals of the long form.
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache

import numpy as np
from anyascii import anyascii
from rapidfuzz import fuzz, process

__all__ = ["name_key", "translit_key", "same_person_name", "name_part", "same_org_name", "is_initialism",
           "acronym_letters", "INDUSTRIAL_HEADS", "case_form_bases", "alike_surnames", "surname_spellings",
           "surname_pairs", "alike_from_pairs"]

# Heads that name the same kind of industrial site in English renderings of one name
# ("... Tractor Works" / "... Tractor Plant" / "... Tractor Factory").
INDUSTRIAL_HEADS = {"plant", "works", "factory", "mill", "enterprise"}
_TITLES = {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "leader", "sir", "madam", "general",
           "opposition", "candidate", "secretary", "chairman", "chairwoman", "head", "mayor", "gen"}


@lru_cache(maxsize=1 << 18)  # the same names come back in every article of a story
def name_key(text: str) -> str:
    """Lowercase ASCII form with articles, possessives, punctuation and titles removed."""
    ascii_text = anyascii(text).lower()
    ascii_text = re.sub(r"['’]s\b", "", ascii_text)
    ascii_text = re.sub(r"(?<=[a-z])['’`](?=[a-z])", "", ascii_text)  # soft sign (Zelens'kyi), O'Brien
    words = re.findall(r"[a-z0-9]+", ascii_text)
    while words and words[0] in ("the", "a", "an"):
        words = words[1:]
    while len(words) > 1 and words[0] in _TITLES:
        words = words[1:]
    words = ["plant" if w in INDUSTRIAL_HEADS else w for w in words]
    return " ".join(words)


def translit_key(word: str) -> str:
    """Collapse the spelling differences of Russian/Belarusian/Ukrainian names in Latin script."""
    return sorted(translit_variants(word))[0]


@lru_cache(maxsize=100_000)
def translit_variants(word: str) -> frozenset[str]:
    """Keys under the competing readings of ambiguous letters: French "ou" = u, Belarusian "ou"/"au"/"eu" = ov/av/ev
    (the letter ў); French "ch" = sh, German "ch" = kh; Ukrainian and Belarusian "h" for Russian "g"; German "j" = y,
    French "j" = zh; Belarusian unstressed "a" for Russian "o"."""
    w = anyascii(word).lower()
    for old, new in (("shch", "sc"), ("tsch", "c"), ("tch", "c"), ("sch", "s"), ("zh", "z"), ("kh", "H"),
                     ("sh", "s"), ("ts", "t"), ("tz", "t"), ("ck", "k"), ("ph", "f"), ("w", "v"),
                     ("x", "ks"), ("ï", "i")):
        w = w.replace(old, new)  # "H" marks an h that stands for kh, never read as g
    # each reading of each ambiguous letter, applied in turn; a word without the letter has one reading of it
    readings = {w}
    for old, choices in (("ou", ("ov", "u")), ("ch", ("c", "s", "H")), ("h", ("h", "g")), ("j", ("y", "z"))):
        if any(old in v for v in readings):
            readings = {v.replace(old, new) for v in readings for new in choices}
    out: set[str] = set()
    for v in readings:
        v = v.replace("H", "h")
        for old, new in (("ia", "a"), ("ya", "a"), ("iu", "u"), ("yu", "u"), ("ye", "e"), ("ie", "e"),
                         ("y", "i")):
            v = v.replace(old, new)
        v = _DOUBLED.sub(r"\1", v)
        german = _INITIAL_S.sub("z", v.replace("z", "t"))  # German z = ts, initial s = z
        short_u = _SHORT_U.sub("v", v)  # Belarusian ў after a vowel: Sannikau = Sannikov
        out |= {v, v.replace("o", "a"), german, short_u, short_u.replace("o", "a")}
    return frozenset(out)


_DOUBLED = re.compile(r"(.)\1+")
_INITIAL_S = re.compile(r"^s(?=[aeiou])")
_SHORT_U = re.compile(r"(?<=[aeo])u(?![aeiou])")


# One given name in its Russian, Belarusian and Ukrainian forms (and common Western renderings) where spelling
# rules alone cannot tell: Nikolai / Mikalai / Mykola, Vladimir / Uladzimir, Olga / Volha, Anna / Hanna.
_GIVEN_NAME_FORMS = (
    ("nikolai", "nikolay", "mikalai", "mikalay", "mykola"), ("vladimir", "uladzimir", "volodymyr", "wladimir"),
    ("olga", "volha", "olha"), ("elena", "yelena", "alena", "alyona", "olena", "helena"),
    ("yevgeny", "evgeny", "yauhen", "yevhen", "eugene"), ("ekaterina", "yekaterina", "katsiaryna", "kateryna"),
    ("anna", "hanna", "ganna"), ("grigory", "grigoriy", "ryhor", "hryhoriy", "hryhorii"),
    ("pyotr", "piotr", "petr", "petro", "peter"), ("mikhail", "mikhas", "mykhailo", "michail"),
    ("alexander", "aleksandr", "aliaksandr", "alyaksandr", "oleksandr"), ("sergei", "sergey", "siarhei", "serhiy"),
    ("alexei", "aleksei", "aliaksei", "oleksiy", "oleksii"), ("dmitry", "dzmitry", "dmytro"),
    ("yuri", "yury", "yuriy", "jury", "yurii"), ("georgy", "georgiy", "heorhiy", "george"),
)


@lru_cache(maxsize=1)
def _given_name_groups() -> dict[str, int]:
    return {v: n for n, forms in enumerate(_GIVEN_NAME_FORMS) for form in forms for v in translit_variants(form)}


@lru_cache(maxsize=1_000_000)  # pairs of words recur across the many keys that share them
def _same_given_name(a: str, b: str) -> bool:
    if _word_match(a, b, 70) or (consonant_skeleton(a) or a) == (consonant_skeleton(b) or b):
        return True  # the skeleton: "Joe" / "Dzho" (Джо)
    groups = _given_name_groups()
    ga = {groups[v] for v in translit_variants(a) if v in groups}
    return bool(ga & {groups[v] for v in translit_variants(b) if v in groups})


def _word_match(a: str, b: str, threshold: float) -> bool:
    if a == b:
        return True
    va, vb = translit_variants(a), translit_variants(b)
    if va & vb:
        return True
    if not ({k[:1] for k in va} & {k[:1] for k in vb}):
        return False
    return max(fuzz.ratio(x, y) for x in va for y in vb) >= threshold


# Gendered endings of Slavic (and Polish) surnames: Tikhanovsky / Tikhanovskaya, Ivanov / Ivanova are two people.
_FEMININE = ("ova", "eva", "yova", "ina", "yna", "aya", "aia", "aja", "ava", "ska", "cka")
_MASCULINE = ("ov", "ev", "in", "yn", "sky", "ski", "iy", "ii", "yi", "yy", "ij", "yj", "ny", "ou", "au", "eu")


def _gender(surname: str) -> str | None:
    if surname.endswith(_FEMININE):
        return "f"
    return "m" if surname.endswith(_MASCULINE) else None


@lru_cache(maxsize=1_000_000)
def _same_surname(a: str, b: str) -> bool:
    a, b = _without_czech_feminine(a, b), _without_czech_feminine(b, a)
    if len(a) < 4 or len(b) < 4:
        return a == b
    if {_gender(a), _gender(b)} == {"f", "m"}:
        return False
    if _word_match(a, b, 84):
        return True
    found = consonant_skeleton(a)
    return (len(found) >= _MIN_SKELETON and found == consonant_skeleton(b)
            and max(fuzz.ratio(x, y) for x in translit_variants(a) for y in translit_variants(b)) >= _SKELETON_RATIO)


def _without_czech_feminine(a: str, b: str) -> str:
    """Czech and Slovak write a foreign woman's surname with -ová ("Merkelová", "Bibiová"): without it when the
    other key is that surname as written elsewhere."""
    return a[:-3] if a.endswith("ova") and len(a) >= 6 and a[:-3] == b else a  # "mayova": "may"


# Sounds written differently in Latin and in Cyrillic transliterated (Johnson / Джонсон "Dzhonson", Morawiecki /
# Моравецький "Moravetskii"), each written one way; then vowels, h and doubled letters go.
_SKELETON_SOUNDS = (("dzh", "j"), ("dž", "j"), ("shch", "s"), ("sch", "s"), ("tsch", "c"), ("tch", "c"),
                    ("sh", "s"), ("sz", "s"), ("zh", "z"), ("ch", "c"), ("cz", "c"), ("ts", "c"), ("tz", "c"),
                    ("kh", "k"), ("ck", "k"), ("ph", "f"), ("th", "t"), ("w", "v"), ("x", "ks"), ("q", "k"),
                    ("c", "k"))
_MIN_SKELETON = 3  # "May" / "Мэй" ("m") would meet every short name
_SKELETON_RATIO = 70  # and the spellings, vowels included, still alike ("Biden" / "Bayd'n" 73)


@lru_cache(maxsize=100_000)
def consonant_skeleton(word: str) -> str:
    """The consonants of a surname as they sound, for names written in two scripts: "Johnson" and "Dzhonson" give
    "jnsn", "Trump" and "Tramp" (Трамп) "trmp", "Morawiecki" and "Moravetskii" "mrvk"."""
    w = anyascii(word).lower()
    for old, new in _SKELETON_SOUNDS:
        w = w.replace(old, new)
    w = re.sub(r"[^a-z]|[aeiouyh]", "", w)
    return re.sub(r"(.)\1+", r"\1", w)


_GENERATIONS = {"jr", "sr"}  # a different person: Donald Trump Jr.
_NUMERALS = {"ii", "iii", "iv"}  # often dropped: Robert S. Mueller III


def _split(key: str) -> tuple[list[str], str | None]:
    """Words without the trailing generation marks, and the Jr./Sr. mark if any."""
    words = key.split()
    suffix = None
    while len(words) > 1 and words[-1] in _GENERATIONS | _NUMERALS:
        last = words.pop()
        suffix = last if last in _GENERATIONS else suffix
    return words, suffix


def name_part(single: str, full: str) -> str | None:
    """How a one-word person key can name the full one: "surname", or "first" (Kim for Kim Jong Un, family name
    first; or a bare given name); None if it cannot."""
    (ws, ss), (wf, sf) = _split(single), _split(full)
    if len(ws) != 1 or ss != sf:
        return None
    if _same_surname(ws[0], wf[-1]):
        return "surname"
    if len(wf) > 1 and (ws[0] == wf[0] or translit_variants(ws[0]) & translit_variants(wf[0])):
        return "first"
    return None


def person_parts(key: str) -> tuple[str, str, bool]:
    """A person key's surname (last word) and first word, generation marks aside, and whether it is then one word
    ("Smith Jr"): what ``same_person_name`` and ``name_part`` compare."""
    words, _ = _split(key)
    if not words:
        return "", "", True
    return words[-1], words[0], len(words) == 1


def alike_surnames(words: Iterable[str], rows: int = 2000) -> dict[str, set[str]]:
    """Each word -> the words (itself among them) that may be the same surname (``_same_surname``: spelling,
    transliteration; not Ivanov / Ivanova): ``surname_pairs`` over all the words at once."""
    spellings = surname_spellings(words)
    return alike_from_pairs(spellings, surname_pairs(spellings, {}, rows))


def surname_spellings(words: Iterable[str]) -> dict[str, frozenset[str]]:
    """Each word -> its spellings (``translit_variants`` and itself): what ``surname_pairs`` compares."""
    return {w: translit_variants(w) | {w} for w in set(words) if w}


def alike_from_pairs(words: Iterable[str], pairs: Iterable[tuple[str, str]]) -> dict[str, set[str]]:
    """Each of ``words`` -> itself and the words of ``words`` that ``pairs`` join it to."""
    alike = {w: {w} for w in words}
    for a, b in pairs:
        if a in alike and b in alike:
            alike[a].add(b)
            alike[b].add(a)
    return alike


def surname_pairs(new: dict[str, frozenset[str]], old: dict[str, frozenset[str]], rows: int = 2000
                  ) -> set[tuple[str, str]]:
    """The pairs (a, b), a < b, of words that may be one surname, each word given with its spellings
    (``surname_spellings``), of which at least one is ``new``: the pairs within ``old`` are known already, so a
    run compares only its new words with the others. Whether two words may be one depends on the two alone, so
    the pairs of all the words are the same whichever came first. A match needs two spellings that start alike
    and score at least 84, so spellings are scored in C (rapidfuzz) within groups that share a first letter,
    ``rows`` at a time and each only against the spellings of a length that can score that much, and only the
    pairs that pass are checked exactly; or two surnames whose consonants sound alike (``consonant_skeleton``);
    or a Czech "-ová" surname and the surname ("Bibiová" and "Bibi")."""
    every = {**old, **new}
    pairs: set[tuple[str, str]] = set()
    by_skeleton: dict[str, list[str]] = defaultdict(list)
    for word in every:
        by_skeleton[consonant_skeleton(word)].append(word)
    for skeleton, words_alike in by_skeleton.items():
        if len(skeleton) >= _MIN_SKELETON and len(words_alike) > 1:
            for a in (w for w in words_alike if w in new):
                for b in words_alike:
                    if b != a and (b not in new or a < b) and _same_surname(a, b):
                        pairs.add((min(a, b), max(a, b)))
    for word in new:
        for a, b in ((word, word[:-3]), (word + "ova", word)):
            if a.endswith("ova") and a != b and a in every and b in every:
                pairs.add((min(a, b), max(a, b)))
    pool: dict[str, list[str]] = defaultdict(list)  # first letter -> the words with a spelling that starts so
    for word, forms in every.items():
        for letter in {form[:1] for form in forms}:
            pool[letter].append(word)
    for words_of_letter in pool.values():
        fresh = [w for w in words_of_letter if w in new]
        if fresh:
            _score_by_length(sorted((len(form), form, word) for word in fresh for form in every[word]),
                             sorted((len(form), form, word) for word in words_of_letter for form in every[word]),
                             rows, pairs)
    return pairs


def _score_by_length(queries: list[tuple[int, str, str]], forms: list[tuple[int, str, str]], rows: int,
                     pairs: set[tuple[str, str]]) -> None:
    """Score the (length, spelling, word) ``queries`` against the ``forms`` (both sorted) where the lengths allow a
    ratio of 83: ratio = 200 * common / (m + n) <= 200 * m / (m + n) for lengths m <= n, so n <= 117 * m / 83."""
    lengths = [n for n, _, _ in forms]
    scored, owners = [f for _, f, _ in forms], [w for _, _, w in forms]
    asked, askers = [f for _, f, _ in queries], [w for _, _, w in queries]
    asked_lengths = [n for n, _, _ in queries]
    for n in sorted(set(asked_lengths)):
        low, high = bisect.bisect_left(asked_lengths, n), bisect.bisect_right(asked_lengths, n)
        first, last = bisect.bisect_left(lengths, -(-83 * n // 117)), bisect.bisect_right(lengths, 117 * n // 83)
        for start in range(low, high, rows):
            scores = process.cdist(asked[start:min(start + rows, high)], scored[first:last], scorer=fuzz.ratio,
                                   score_cutoff=83, dtype=np.uint8)
            for i, j in zip(*np.nonzero(scores), strict=True):
                a, b = askers[start + i], owners[first + j]
                pair = (min(a, b), max(a, b))
                if a != b and pair not in pairs and _same_surname(a, b):
                    pairs.add(pair)


def same_person_name(a: str, b: str) -> bool:
    """Two person-name keys that may name one person: same surname, compatible given names, same Jr./Sr."""
    (wa, sa), (wb, sb) = _split(a), _split(b)
    if not wa or not wb or sa != sb:
        return False
    if len(wa) == 1 or len(wb) == 1:
        single, full = (a, b) if len(wa) == 1 else (b, a)
        return name_part(single, full) is not None
    return _same_surname(wa[-1], wb[-1]) and _same_given_name(wa[0], wb[0])


def same_org_name(a: str, b: str) -> bool:
    """Two organisation keys that name one body: equal once spaces go (Grodno Azot / Grodnoazot); name_key has
    already unified Works / Plant / Factory, "the", possessives and script."""
    return bool(a) and a.replace(" ", "") == b.replace(" ", "")


_MINOR_WORDS = {"of", "and", "for", "the", "in", "on", "at", "to", "de", "du", "des", "la", "le", "del", "da", "di"}


def acronym_letters(text: str) -> str | None:
    """"eu" for "EU" or "E.U.": two to six capitals, dots allowed, nothing else; None for anything else."""
    letters = text.replace(".", "")
    if 2 <= len(letters) <= 6 and letters.isalpha() and letters.isupper() and letters.isascii():
        return letters.lower()
    return None


def is_initialism(acronym: str, long_form: str) -> bool:
    """"FBI" / "Federal Bureau of Investigation": the acronym's letters are the initials of the long form's
    capitalised words, with or without its minor words ("of", "and", ...). Hyphenated words count once."""
    letters = acronym_letters(acronym)
    words = [w for w in re.split(r"\s+", anyascii(long_form).strip()) if w]
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if letters is None or len(words) < 2:
        return False
    major = [w for w in words if w.lower() not in _MINOR_WORDS]
    if not all(w[:1].isupper() for w in major):
        return False
    return letters in ("".join(w[0] for w in words).lower(), "".join(w[0] for w in major).lower())


# Case endings of a Slavic place name kept as written (Ukrainian, Belarusian: no dictionary gives their nominative),
# as name keys spell them, and what the nominative ends in instead: "Вельмарська" (genitive) is "Вельмарськ",
# "Порт-Серені" (locative) "Порт-Серен", "Вальдорії" (genitive) "Вальдорія".
_CASE_ENDINGS = (("ovi", ""), ("om", ""), ("a", ""), ("u", ""), ("i", ""), ("e", ""), ("i", "a"), ("y", "a"),
                 ("i", "ia"))


def case_form_bases(written: Iterable[str], places: set[str]) -> list[tuple[str, str]]:
    """(key, base) pairs: a place key written in Cyrillic that is another known place key with a case ending."""
    out = []
    for key in sorted(set(written)):
        for ending, nominative in _CASE_ENDINGS:
            base = key[: len(key) - len(ending)] + nominative
            if key.endswith(ending) and len(base) >= 4 and base != key and base in places:
                out.append((key, base))
                break
    return out
