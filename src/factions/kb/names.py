"""Name handling: spelling variants of aliases and the transliteration key.

The key lets unseen spellings of Arabic, Russian and other transliterated names link to the
actor they denote (Haftar / Hifter / Hafter; Gaddafi / Qaddafi / Kadhafi / Gadhafi): it reduces a
name to an ASCII consonant skeleton in which letters that transliterations swap are merged.
"""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_ARTICLE = re.compile(r"^(?:al|el|ul|ad|ar|as|at|az|an|ash|ad-d)[- ]", re.IGNORECASE)
_INNER_ARTICLE = re.compile(r"\b([Aa]l|[Ee]l)[- ]")
# Digraphs first, then single letters. Vowels (and y/w, which transliterations trade for vowels)
# vanish after the first letter.
_DIGRAPHS = (("kh", "k"), ("dh", "d"), ("th", "t"), ("gh", "g"), ("sh", "s"), ("ch", "s"),
             ("ph", "f"), ("ck", "k"), ("zh", "j"), ("dj", "j"), ("ts", "s"), ("ou", "u"))
_LETTERS = str.maketrans({"q": "k", "g": "k", "c": "k", "z": "s", "v": "f", "j": "j", "x": "ks"})
_VOWELS = set("aeiouyw")


@lru_cache(maxsize=65536)
def translit_key(name: str) -> str:
    """ASCII consonant skeleton of ``name`` (articles dropped, doubled letters merged)."""
    text = anyascii(name).lower()
    text = _INNER_ARTICLE.sub("", text)
    text = re.sub(r"[^a-z ]", "", text)
    parts = []
    for word in text.split():
        for a, b in _DIGRAPHS:
            word = word.replace(a, b)
        word = word.translate(_LETTERS)
        if not word:
            continue
        skeleton = [word[0] if word[0] not in _VOWELS else "a"]
        for ch in word[1:]:
            if ch in _VOWELS or ch == "h":
                continue
            if ch != skeleton[-1]:
                skeleton.append(ch)
        parts.append("".join(skeleton))
    return " ".join(parts)


def alias_variants(alias: str) -> list[str]:
    """Spellings of ``alias`` the press uses interchangeably: "al-Sisi" / "al Sisi" / "Sisi"."""
    variants = [alias]
    if _INNER_ARTICLE.search(alias):
        variants.append(_INNER_ARTICLE.sub(lambda m: m.group(1) + " ", alias))
        variants.append(_INNER_ARTICLE.sub(lambda m: m.group(1) + "-", alias))
        stripped = _INNER_ARTICLE.sub("", alias).strip()
        if " " in stripped or " " in alias:
            variants.append(stripped)
    if "'" in alias or "\u2019" in alias:
        variants.append(alias.replace("\u2019", "'"))
    if "-" in alias:
        variants.append(alias.replace("-", " "))
    seen: dict[str, None] = {}
    for variant in variants:
        variant = " ".join(variant.split())
        if variant:
            seen.setdefault(variant, None)
    return list(seen)


_PARTICLES = {"al", "el", "bin", "ibn", "abu", "ben", "de", "van", "von", "da", "ould", "ag",
              "wad", "abdel", "abd", "abdul"}


# Countries whose people the press names family name first, and calls by it after the first
# mention ("Wang Yi" -> "Wang", "Xi Jinping" -> "Xi", "Kim Jong Un" -> "Kim").
FAMILY_FIRST_COUNTRIES = frozenset({"CHN", "TWN", "HKG", "MAC", "PRK", "KOR"})


def surname_of(full_name: str, country: str | None = None) -> str | None:
    """The surname a person is referred to by after first mention ("Fayez al-Sarraj" -> "Sarraj";
    "Wang Yi" -> "Wang" for a person of a country in ``FAMILY_FIRST_COUNTRIES``).

    Returns None for one-word names.
    """
    words = full_name.replace("-", " ").split()
    if len(words) < 2:
        return None
    if country in FAMILY_FIRST_COUNTRIES and 2 <= len(words) <= 3:
        first = words[0]
        return first if first[:1].isupper() and first.isalpha() and len(first) >= 2 else None
    last = words[-1]
    if last.lower() in _PARTICLES or not last[:1].isupper() or len(last) < 3:
        return None
    return last


def normalize_name(name: str) -> str:
    """Comparison form used by the evaluator and the linker: ASCII, lower case, no articles,
    punctuation or "al-"/"el-" particles, single spaces."""
    text = anyascii(name).lower()
    text = re.sub(r"^(the|a|an) ", "", text)
    text = _INNER_ARTICLE.sub("", text)
    text = re.sub(r"\b(al|el)[- ]", "", text)
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return " ".join(text.split())
