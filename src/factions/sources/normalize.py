"""Text normalization that remembers where every character came from.

Normalized text is what the pipeline reads (NFC, straight quotes, plain dashes and spaces, one
space between words, paragraph breaks kept as a blank line). ``NormalizedText.to_original`` maps an
offset in it back to the text as read, so every offset factions reports points into the original.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Characters replaced one for one. Kept as data: quotes, dashes and odd spaces seen in news copy.
_REPLACE = {
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u2033": '"',
    "\u00ab": '"', "\u00bb": '"',
    "\u2013": "-", "\u2014": "-", "\u2012": "-", "\u2010": "-", "\u2011": "-", "\u2212": "-",
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ",
    "\u2003": " ", "\u3000": " ", "\t": " ", "\r": "\n", "\u2028": "\n", "\u2029": "\n",
    "\u2026": "...",
}
_DROP = {"\u200b", "\u200c", "\u200d", "\ufeff", "\u00ad"}


@dataclass(slots=True)
class NormalizedText:
    """Normalized text plus the offset map back to the original."""

    text: str
    original: str
    # Run-length map: for i in [_norm_starts[k], _norm_starts[k+1]) the original offset is
    # _orig_starts[k] + (i - _norm_starts[k]).
    _norm_starts: list[int]
    _orig_starts: list[int]
    # Spans of the original left out of ``text`` as wire furniture (factions.sources.furniture).
    dropped: tuple[tuple[int, int], ...] = ()

    def to_original(self, offset: int) -> int:
        """Map an offset in the normalized text to the original text."""
        if offset >= len(self.text):
            return len(self.original)
        if len(self._norm_starts) == 1:  # one run (most news copy): no search
            return self._orig_starts[0] + (offset - self._norm_starts[0])
        k = bisect_right(self._norm_starts, offset) - 1
        return self._orig_starts[k] + (offset - self._norm_starts[k])

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a half-open span; the end maps to just after the last character's origin."""
        if start < end <= len(self.text) and self._orig_starts == [0] == self._norm_starts:
            return start, end  # one run from offset 0 (most news copy): offsets are the same
        if end <= start:
            o = self.to_original(start)
            return o, o
        return self.to_original(start), self.to_original(end - 1) + 1

    def without(self, spans: list[tuple[int, int]]) -> NormalizedText:
        """This text with ``spans`` (ordered, not overlapping) cut out, its offsets still mapping
        into the same original; the cut spans, in original offsets, go to ``dropped``. Itself
        when nothing but whitespace would be left."""
        kept: list[tuple[int, int]] = []
        pos = 0
        for start, end in spans:
            if start > pos:
                kept.append((pos, start))
            pos = end
        if pos < len(self.text):
            kept.append((pos, len(self.text)))
        joined = "".join(self.text[a:b] for a, b in kept).rstrip()
        if not joined:
            return self
        norm_starts: list[int] = []
        orig_starts: list[int] = []
        at = 0
        for a, b in kept:
            for x in (a, *(s for s in self._norm_starts if a < s < b)):
                norm_starts.append(at + x - a)
                orig_starts.append(self.to_original(x))
            at += b - a
        dropped = self.dropped + tuple((self.to_original(a), self.to_original(b))
                                       for a, b in spans)
        return NormalizedText(joined, self.original, norm_starts, orig_starts, dropped)


_SPECIAL = re.compile(
    "[" + "".join(re.escape(c) for c in sorted(set(_REPLACE) | _DROP) if not c.isspace()) + "]"
    r"|^\s+|\s{2,}|[^\S ]|\s+$"
)


# One-for-one replacements keep every offset; applied with str.translate on the fast path.
_SAME_LENGTH = tuple((k, v) for k, v in _REPLACE.items() if len(v) == 1 and v != "\n")
_LENGTH_CHANGING = re.compile("[" + "".join(
    re.escape(c) for c in sorted({k for k, v in _REPLACE.items() if len(v) != 1} | _DROP)) + "]")
_IRREGULAR_SPACE = ("  ", "\n\n\n", " \n", "\n ", "\r", "\t", "\x0b", "\x0c", "\u2028",
                    "\u2029")


def normalize(original: str) -> NormalizedText:
    """Normalize ``original`` and keep the offset map (see module docstring)."""
    if not unicodedata.is_normalized("NFC", original):
        return _normalize_slow(original)
    # Fast path: only one-for-one replacements and already regular whitespace, so offsets are
    # unchanged (most news copy).
    if (original.isascii() or not _LENGTH_CHANGING.search(original)) and \
            original == original.strip():
        translated = original
        if not original.isascii():
            for old, new in _SAME_LENGTH:  # str.replace per character beats str.translate
                if old in translated:
                    translated = translated.replace(old, new)
        if not any(s in translated for s in _IRREGULAR_SPACE):
            return NormalizedText(translated, original, [0], [0])
    out: list[str] = []
    norm_starts: list[int] = [0]
    orig_starts: list[int] = [0]
    n = 0
    pos = 0
    for match in _SPECIAL.finditer(original):
        a, b = match.span()
        chunk = match.group()
        if a > pos:
            out.append(original[pos:a])
            n += a - pos
        pos = b
        if chunk[0].isspace() or chunk[0] in ("\u2028", "\u2029"):
            if not out:  # leading whitespace is dropped
                replacement = ""
            elif b == len(original):
                replacement = ""
            else:
                breaks = sum(1 for c in chunk if c in "\n\r\u2028\u2029")
                if "\r\n" in chunk:
                    breaks -= chunk.count("\r\n")
                replacement = "\n\n" if breaks >= 2 else ("\n" if breaks == 1 else " ")
        elif chunk in _DROP:
            replacement = ""
        else:
            replacement = _REPLACE[chunk]
        if replacement == chunk:
            out.append(chunk)  # already normal ("\n\n"): stays inside the current run
            n += len(chunk)
            continue
        # The replacement maps to the start of the chunk; what follows resumes at its end.
        if replacement:
            norm_starts.append(n)
            orig_starts.append(a)
            out.append(replacement)
            n += len(replacement)
        norm_starts.append(n)
        orig_starts.append(b)
    if pos < len(original):
        out.append(original[pos:])
    return NormalizedText("".join(out), original, norm_starts, orig_starts)


def _normalize_slow(original: str) -> NormalizedText:
    """Character-by-character normalization for text that is not in NFC."""
    out: list[str] = []
    norm_starts: list[int] = []
    orig_starts: list[int] = []
    n = 0  # length of normalized output so far
    expected_orig = -1  # original offset that would continue the current run
    pending_space = False
    newlines = 0
    pending_at = 0

    def emit(s: str, orig: int) -> None:
        nonlocal n, expected_orig
        if orig != expected_orig or len(s) != 1:
            norm_starts.append(n)
            orig_starts.append(orig)
        out.append(s)
        n += len(s)
        expected_orig = orig + 1 if len(s) == 1 else -1

    text = original
    if not unicodedata.is_normalized("NFC", text):
        segments = _nfc_segments(text)
    else:
        segments = None

    def chars() -> list[tuple[str, int]]:
        if segments is None:
            return [(c, i) for i, c in enumerate(text)]
        return segments

    for ch, i in chars():
        if ch in _DROP:
            continue
        rep = _REPLACE.get(ch, ch)
        if rep == "\n":
            newlines += 1
            if not pending_space:
                pending_at = i
            pending_space = True
            continue
        if rep == " " or (len(rep) == 1 and rep.isspace()):
            if not pending_space:
                pending_at = i
            pending_space = True
            continue
        if pending_space:
            if out:
                emit("\n\n" if newlines >= 2 else ("\n" if newlines == 1 else " "), pending_at)
            pending_space = False
            newlines = 0
        if len(rep) == 1:
            emit(rep, i)
        else:
            for c in rep:
                norm_starts.append(n)
                orig_starts.append(i)
                out.append(c)
                n += 1
            expected_orig = -1
    if not norm_starts:
        norm_starts, orig_starts = [0], [0]
    return NormalizedText("".join(out), original, norm_starts, orig_starts)


def _nfc_segments(text: str) -> list[tuple[str, int]]:
    """NFC-normalize combining sequences, mapping each output char to its sequence's start."""
    result: list[tuple[str, int]] = []
    i = 0
    while i < len(text):
        j = i + 1
        while j < len(text) and unicodedata.combining(text[j]):
            j += 1
        for c in unicodedata.normalize("NFC", text[i:j]):
            result.append((c, i))
        i = j
    return result


def document_id(normalized_text: str) -> str:
    """The document id: the first 32 hex digits of SHA-256 over the normalized text."""
    return hashlib.sha256(normalized_text.encode("utf-8")).hexdigest()[:32]


def text_document_id(text: str) -> str:
    """The document id of an article text as read (normalized first, then hashed)."""
    return document_id(normalize(text).text)
