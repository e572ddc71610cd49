"""Tokens and sentences: spaCy's tokenizer plus our own sentence rules.

The rules are made for news copy: a period ends a sentence unless it belongs to an abbreviation
("Gen.", "Feb. 4", "U.S. officials"); line breaks always end one (headlines, captions and bylines
often have no final period).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Protocol

from spacy.language import Language
from spacy.tokens import Doc

from factions.resources import load_yaml_resource


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the normalized text: token range [tok_start, tok_end), char range."""

    index: int
    tok_start: int
    tok_end: int
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class _Rules:
    no_break: frozenset[str]
    terminal: frozenset[str]
    openers: frozenset[str]
    months: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data: dict[str, Any] = load_yaml_resource("text/abbreviations.yaml")
    titles = set(data["titles"])
    other = set(data["other"])
    months = set(data["months"])
    return _Rules(
        no_break=frozenset(titles | other | months),
        terminal=frozenset(data["terminal"]),
        openers=frozenset(data["openers"]),
        months=frozenset(months),
    )


@lru_cache(maxsize=2)
def tokenizer_pipeline(model: str | None = None) -> Language:
    """The spaCy pipeline used for tokens: ``spacy.blank("en")`` unless a trained one is named."""
    import spacy

    nlp = spacy.load(model) if model else spacy.blank("en")
    tokenizer: Any = nlp.tokenizer
    # spaCy caches how it split each whitespace-delimited chunk, but only its first 10,000
    # chunks (3.8's default). Tokenizing the knowledge base's aliases for the actor matchers
    # fills that on its own once the KB has a few thousand actors, and then every word of every
    # article is split afresh: the tokens stage ran at half speed. The cache holds a short
    # record per chunk (a few MB for this many).
    tokenizer.max_cache_size = TOKENIZER_CACHE_CHUNKS
    # "a U.N.-brokered truce", "U.S.-mediated talks": spaCy keeps a dotted initialism and the
    # participle after its hyphen as one token; split them so the actor and the "- brokered"
    # trigger are read as in "UN-brokered" ("U.S.-led coalition" stays whole: it is an alias).
    for short in _DOTTED:
        for word in _SPLIT_PARTICIPLES:
            for form in (word, word.capitalize()):
                tokenizer.add_special_case(f"{short}-{form}", [
                    {"ORTH": short}, {"ORTH": "-"}, {"ORTH": form}])
    return nlp


# How many distinct chunks the tokenizer remembers: the KB's aliases and the words of a large
# corpus of news (see tokenizer_pipeline).
TOKENIZER_CACHE_CHUNKS = 250_000

# Dotted initialisms and the participles after them that name a third party's part in a deal.
_DOTTED = ("U.N.", "U.S.", "E.U.", "U.K.")
_SPLIT_PARTICIPLES = ("brokered", "mediated", "sponsored", "facilitated", "hosted", "chaired")


_END = {".", "!", "?"}
_BOUNDARY_END = {".", "!", "?"}  # last character of a token that may end a sentence
_CLOSERS = {'"', "'", ")", "]"}


class TokenTexts(Protocol):
    """What sentence splitting reads of each token (see ``pipeline.state.TokenView``)."""

    text: list[str]
    idx: list[int]
    space: list[bool]


@dataclass(slots=True)
class _Texts:
    text: list[str]
    idx: list[int]
    space: list[bool]


def split_sentences(tokens: TokenTexts | Doc, source: str | None = None) -> list[Sentence]:
    """Split tokens (a token view or a spaCy Doc) into sentences by our rules. ``source``, the
    text the token offsets point into, makes it faster."""
    if isinstance(tokens, Doc):
        source = tokens.text
        tokens = _Texts([t.text for t in tokens], [t.idx for t in tokens],
                        [bool(t.whitespace_) for t in tokens])
    rules = _rules()
    texts = tokens.text
    idx = tokens.idx
    space = tokens.space
    n = len(texts)
    ends: list[int] = []  # the token after each sentence's last boundary
    for i in _boundary_candidates(tokens, source):
        if ends and i < ends[-1]:
            continue
        text = texts[i]
        if "\n" in text and text.isspace():
            ends.append(i + 1)
        elif text in _END or (text.endswith(".") and len(text) > 1):
            j = i + 1
            # Closing quotes and brackets stay with the sentence they close; a quote after a
            # space opens the next one.
            while j < n and texts[j] in _CLOSERS and not space[j - 1]:
                j += 1
            if j >= n:
                break
            nxt = texts[j]
            if text.endswith(".") and len(text) > 1:
                # The period belongs to an abbreviation or initial.
                if not _abbreviation_ends_sentence(text, nxt, rules):
                    continue
            elif not (nxt.isspace() or nxt[:1].isupper() or nxt[:1].isdigit()
                      or nxt[:1] in "\"'(["):
                continue
            ends.append(j)
    ends.append(n)
    # Each stretch between two ends, without its leading and trailing whitespace tokens.
    sentences: list[Sentence] = []
    start = 0
    for end_tok in ends:
        s, last = start, end_tok
        while s < last and texts[s].isspace():
            s += 1
        while last > s and texts[last - 1].isspace():
            last -= 1
        if last > s:
            sentences.append(Sentence(len(sentences), s, last, idx[s],
                                      idx[last - 1] + len(texts[last - 1])))
        start = end_tok
    return sentences


_BOUNDARY_CHARS = re.compile(r"[.!?\n]")


def _boundary_candidates(tokens: TokenTexts, source: str | None) -> list[int]:
    """Tokens that end in ".", "!" or "?" or hold a line break. With ``source`` (the text the
    tokens index into) one regex pass finds them instead of a Python loop over every token."""
    texts, starts = tokens.text, tokens.idx
    if source is None:
        return [k for k, t in enumerate(texts) if t[-1:] in _BOUNDARY_END or "\n" in t]
    if not texts:
        return []
    text_end = starts[-1] + len(texts[-1])
    found: list[int] = []
    for k in sorted({bisect_right(starts, m.start()) - 1
                     for m in _BOUNDARY_CHARS.finditer(source, starts[0], text_end)}):
        t = texts[k]
        if t[-1:] in _BOUNDARY_END or "\n" in t:
            found.append(k)
    return found


def _abbreviation_ends_sentence(abbrev: str, following: str, rules: _Rules) -> bool:
    if following.isspace() and "\n" in following:
        return True
    if abbrev in rules.no_break:
        return False
    if abbrev in rules.terminal:
        return following in rules.openers
    # Single initials ("John F. Kennedy") and dotted acronyms ("U.N.") do not end sentences
    # unless a usual opener follows.
    stripped = abbrev.replace(".", "")
    if len(stripped) <= 3 and stripped.isalpha() and stripped[:1].isupper():
        return following in rules.openers
    # Tokens like "2011." are split by spaCy; what remains is an unknown abbreviation: keep the
    # sentence going only when the next word is lower-case.
    return bool(following[:1].isupper())
