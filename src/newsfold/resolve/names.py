"""Name keys: how two surface forms are compared across spellings, scripts and transliterations."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz import fuzz

__all__ = ["name_key", "translit_key", "same_person_name", "INDUSTRIAL_HEADS"]

# Heads that name the same kind of industrial site in English renderings of one name
# ("... Tractor Works" / "... Tractor Plant" / "... Tractor Factory").
INDUSTRIAL_HEADS = {"plant", "works", "factory", "mill", "enterprise"}
_TITLES = {"mr", "mrs", "ms", "dr", "president", "prime", "minister", "leader", "sir", "madam", "general",
           "opposition", "candidate", "secretary", "chairman", "chairwoman", "head", "mayor", "gen"}


def name_key(text: str) -> str:
    """Lowercase ASCII form with articles, possessives, punctuation and titles removed."""
    ascii_text = anyascii(text).lower()
    ascii_text = re.sub(r"['’]s\b", "", ascii_text)
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
    """Keys under the competing readings of ambiguous letters (French "ou" = u, Belarusian "ou" = ov,
    French "ch" = sh, Belarusian unstressed "a" for Russian "o")."""
    w = anyascii(word).lower()
    for old, new in (("shch", "sc"), ("tsch", "c"), ("tch", "c"), ("sch", "s"), ("zh", "z"), ("kh", "h"),
                     ("sh", "s"), ("ts", "t"), ("tz", "t"), ("ck", "k"), ("ph", "f"), ("w", "v"),
                     ("j", "y"), ("x", "ks"), ("ï", "i")):
        w = w.replace(old, new)
    out = set()
    for ou in ("ov", "u"):
        for ch in ("c", "s", "h"):
            v = w.replace("ou", ou).replace("ch", ch)
            for old, new in (("ia", "a"), ("ya", "a"), ("iu", "u"), ("yu", "u"), ("ye", "e"), ("ie", "e"),
                             ("y", "i")):
                v = v.replace(old, new)
            v = re.sub(r"(.)\1+", r"\1", v)
            german = re.sub(r"^s(?=[aeiou])", "z", v.replace("z", "t"))  # German z = ts, initial s = z
            out |= {v, v.replace("o", "a"), german}
    return frozenset(out)


def _word_match(a: str, b: str, threshold: float) -> bool:
    if a == b:
        return True
    va, vb = translit_variants(a), translit_variants(b)
    if va & vb:
        return True
    if not ({k[:1] for k in va} & {k[:1] for k in vb}):
        return False
    return max(fuzz.ratio(x, y) for x in va for y in vb) >= threshold


def same_person_name(a: str, b: str) -> bool:
    """Two person-name keys that are spellings of one name: same surname, compatible given names."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False
    if not _word_match(wa[-1], wb[-1], 84):
        return False
    if len(wa[-1]) < 4 or len(wb[-1]) < 4:
        return wa[-1] == wb[-1] and (len(wa) == 1 or len(wb) == 1 or _word_match(wa[0], wb[0], 75))
    if len(wa) > 1 and len(wb) > 1:
        return _word_match(wa[0], wb[0], 70)
    return True
