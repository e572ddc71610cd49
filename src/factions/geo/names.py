"""Name keys: the one normalization every lookup in the geoparser goes through.

A key is the ASCII transliteration of a name, lowercased, with periods and apostrophes dropped
and hyphens turned into spaces, so "Ras Lanuf", "Ras-Lanuf" and "RAS LANUF" share a key, and
"U.S." meets "US".
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import groupby
from operator import itemgetter

from anyascii import anyascii

_DROP = re.compile(r"[.'’`ʼ‘\u02bf\u02be]")
_SPACE = re.compile(r"[\s\-‐‑–—_/]+")

# Arabic definite-article prefixes that transliterations keep or drop at will
# ("Al-Bayda" / "Bayda", "Ash Shati" / "Shati").
ARTICLES = ("al ", "el ", "ad ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ath ", "adh ")


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """The lookup key of a place name (see the module docstring)."""
    if not text.isascii():
        text = anyascii(text)
    text = _DROP.sub("", text.lower())
    return _SPACE.sub(" ", text).strip()


def strip_article(key: str) -> str | None:
    """The key without a leading Arabic article, or None when it has none."""
    if not key.startswith(ARTICLES):
        return None  # most keys: one test in C
    for article in ARTICLES:
        if key.startswith(article) and len(key) > len(article) + 2:
            return key[len(article):]
    return None


def slug(text: str) -> str:
    """A lowercase id fragment: "Sharara oilfield" -> "sharara-oilfield"."""
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-")


_INITIALS = str.maketrans("cqeiouy", "kkaaaaa")


def initial(key: str) -> str:
    """The first letter of a key once a leading Arabic article is dropped, with c/k/q counted
    alike and all vowels alike ("" for an empty key): two keys with the same non-empty initial
    begin alike ("Kamishli" / "Al Qamishli", "Idlib" / "Edlib")."""
    bare = strip_article(key) or key
    return bare[:1].translate(_INITIALS)


_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("dh", "d"), ("th", "t"), ("sh", "s"), ("ch", "s"),
             ("ou", "u"), ("q", "k"), ("c", "k"), ("x", "ks"))
_VOWELS = str.maketrans("", "", "aeiouyw")
ARTICLE_WORDS = frozenset(a.strip() for a in ARTICLES)


@lru_cache(maxsize=1 << 16)
def skeleton(key: str) -> str:
    """A consonant skeleton that survives the usual transliteration variants of Arabic, Persian
    and Somali names: "ras al ain" and "ra's al 'ayn" -> "rs n", "tell abyad" and "tall abyad"
    -> "tl bd". Only used as a last resort, for names the index does not know exactly."""
    words = []
    for word in key.split():
        if word in ARTICLE_WORDS:
            continue
        collapsed = skeleton_word(word)
        if collapsed:
            words.append(collapsed)
    return " ".join(words)


def skeleton_word(word: str) -> str:
    """The skeleton of one word of a key (empty for a word of vowels only)."""
    # The replacements of ``_DIGRAPHS``, in its order.
    word = word.replace("kh", "k").replace("gh", "g").replace("dh", "d").replace(
        "th", "t").replace("sh", "s").replace("ch", "s").replace("ou", "u").replace(
        "q", "k").replace("c", "k").replace("x", "ks")
    if word.endswith("h") and len(word) > 2:
        word = word[:-1]
    word = word.translate(_VOWELS)
    return "".join(map(itemgetter(0), groupby(word)))  # each run of a letter once
