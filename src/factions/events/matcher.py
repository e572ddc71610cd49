"""Find pattern triggers in a sentence: a dictionary from a trigger's first token to its forms,
tried longest first, so a sentence costs one lookup per token.

A trigger may have a gap ("push ... back"); a pattern's word constraints (``object``, ``near``,
``not_before`` ...) are checked here; and a word that is both a verb and a noun trigger ("attack")
is read as a noun after a determiner or possessive, and as a verb after "to", a modal or a
pronoun subject.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from factions.events.cues import Cues, cues
from factions.events.patterns import GAP, Pattern, has_form

_NOUN_BEFORE = frozenset({"the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
                          "our", "my", "your", "'s", "'", "every", "another", "whose", "-"})
_VERB_BEFORE = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall",
                          "should", "did", "does", "do", "they", "we", "he", "she", "i", "you",
                          "'ll", "'d", "not", "n't", "never"})
_STOP_IN_GAP = frozenset({".", ",", ";", ":", "(", ")"})


@dataclass(frozen=True, slots=True)
class Match:
    """A trigger found in the text: token range, the token positions of its words, its form.
    ``alternatives`` are the other patterns with the same trigger words whose constraints hold,
    in the order to try them when ``pattern`` finds no event."""

    pattern: Pattern
    form: str
    start: int
    end: int
    positions: tuple[int, ...]
    alternatives: tuple[Pattern, ...] = ()

    def with_pattern(self, pattern: Pattern) -> Match:
        return Match(pattern, self.form, self.start, self.end, self.positions)


class TriggerIndex:
    """Patterns indexed by the first token of each trigger form."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        index: dict[str, list[tuple[tuple[str, ...], str, Pattern]]] = {}
        for pattern in patterns:
            for form in pattern.forms:
                index.setdefault(form.tokens[0], []).append((form.tokens, form.form, pattern))
        for entries in index.values():
            entries.sort(key=lambda e: (-sum(t != GAP for t in e[0]), -e[2].constraints))
        self._index = index
        # Second tokens each first token's multi-word triggers need ("...": any): a trigger
        # whose second word is absent is skipped without trying its forms.
        self._second: dict[str, frozenset[str]] = {
            first: frozenset(e[0][1] for e in entries if len(e[0]) > 1)
            for first, entries in index.items()
        }
        self._cues: Cues = cues()

    def __len__(self) -> int:
        return sum(len(v) for v in self._index.values())

    def find(
        self, words: Sequence[str], start: int, end: int, proper: frozenset[int] = frozenset()
    ) -> list[Match]:
        """Triggers in ``words[start:end]``, left to right; no token is in two triggers.
        ``proper``: positions of capitalized names that are no actor (for ``@proper``)."""
        found: list[Match] = []
        taken: set[int] = set()
        match_tokens: tuple[str, ...] = ()
        index = self._index
        hits = [i for i in range(start, end) if words[i] in index]
        skip_to = start
        for i in hits:
            if i < skip_to or i in taken:
                continue
            entries = index[words[i]]
            match = None
            others: list[Pattern] = []
            second = words[i + 1] if i + 1 < end else ""
            gapped = GAP in self._second[words[i]]
            for tokens, form, pattern in entries:
                if match is not None and tokens != match_tokens:
                    continue
                if len(tokens) > 1 and tokens[1] != second and not gapped:
                    continue
                positions = self._positions(words, i, end, tokens)
                if positions is None or taken.intersection(positions):
                    continue
                if not self._fits(words, i, positions[-1] + 1, start, end, pattern, form, proper):
                    continue
                if match is None:
                    match = Match(pattern, form, i, positions[-1] + 1, positions)
                    match_tokens = tokens
                elif pattern is not match.pattern:
                    others.append(pattern)
            if match is None:
                continue
            if others:
                match = Match(match.pattern, match.form, match.start, match.end, match.positions,
                              tuple(others))
            found.append(match)
            taken.update(match.positions)
            if len(match.positions) == match.end - match.start:
                skip_to = match.end
        return found

    def _positions(
        self, words: Sequence[str], i: int, end: int, tokens: tuple[str, ...]
    ) -> tuple[int, ...] | None:
        positions: list[int] = []
        j = i
        k = 0
        gap = self._cues.windows["gap"]
        while k < len(tokens):
            tok = tokens[k]
            if tok == GAP:
                nxt = tokens[k + 1]
                for skip in range(0, gap + 1):
                    if j + skip >= end:
                        return None
                    if words[j + skip] == nxt:
                        j += skip
                        break
                    if words[j + skip] in _STOP_IN_GAP:
                        return None
                else:
                    return None
                k += 1
                continue
            if j >= end or words[j] != tok:
                return None
            positions.append(j)
            j += 1
            k += 1
        return tuple(positions)

    def _object_before_relative(
        self, words: Sequence[str], start: int, sent_start: int, pattern: Pattern
    ) -> bool:
        """"the airport, which the LNA said it had seized": the object stands before the
        relative pronoun the trigger's clause opens with."""
        assert pattern.object is not None
        for r in range(start - 1, max(sent_start, start - 10) - 1, -1):
            if words[r] in ("which", "that"):
                lo = max(sent_start, r - 4)
                return pattern.object.any_in(words, lo, r)
        return False

    def _fits(
        self, words: Sequence[str], start: int, stop: int, sent_start: int, end: int,
        pattern: Pattern, form: str, proper: frozenset[int] = frozenset(),
    ) -> bool:
        prev = words[start - 1] if start > 0 else ""
        if pattern.kind == "verb" and (
            prev in _NOUN_BEFORE
            or (not has_form(form, "ing") and prev in self._cues.prepositions and prev != "to")
        ):
            return False
        if pattern.kind == "noun" and (
            prev in _VERB_BEFORE or (prev == "to" and has_form(form, "sg"))
        ):
            return False
        if pattern.not_before and prev in pattern.not_before:
            return False
        if pattern.not_after and stop < end and words[stop] in pattern.not_after:
            return False
        window = min(end, stop + self._cues.windows["constraint"])
        if pattern.object is not None and not pattern.object.any_in(words, stop, window) and \
                not self._object_before_relative(words, start, sent_start, pattern) and \
                not (pattern.object_proper and any(stop <= p < window for p in proper)):
            return False
        if pattern.not_object is not None and pattern.not_object.any_in(words, stop, window):
            return False
        if pattern.near is not None and not pattern.near.any_in(words, sent_start, end):
            return False
        if pattern.not_near is not None and pattern.not_near.any_in(words, sent_start, end):
            return False
        return True
