"""Where and when an event happened: the place mention and the date expression attached to its
trigger.

A place is taken from ``state.places`` (the geo stage): the first place named after the trigger in
its clause ("advance west towards Tripoli", "seize the oilfields of southern Libya"), else the last
one before it. A date comes from ``factions.dates`` over the trigger's sentence: the nearest date
in its clause, else in the sentence; with no date the event carries the publication date at its
precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factions.events.matcher import Match
from factions.events.sentence import DocReading, SentenceView
from factions.model import Place

try:  # the dates stage may be absent in a trimmed install; then events carry publication dates
    from factions.dates import find_dates
except ImportError:  # pragma: no cover
    find_dates = None  # type: ignore[assignment]

# Openers of a clause that tells what brought about the act before it ("shut ... after a rocket
# attack killed four soldiers").
_CAUSE_OPENERS = frozenset({"after", "following"})

_YEAR = re.compile(r"^(19|20)\d\d$")


@dataclass(slots=True)
class _PlaceMention:
    start: int  # offsets into the original text, as the geo stage gives them
    end: int
    place: Place
    text: str


@dataclass
class Anchors:
    """Places and dates of one document, by sentence."""

    reading: DocReading
    places: dict[int, list[_PlaceMention]] = field(default_factory=dict)
    dates: dict[int, list[tuple[int, int, str, str, bool]]] = field(default_factory=dict)
    _date_like: frozenset[str] | None = None  # the document's words that may start a date
    # sentence -> original character spans of its actor spans (read once per sentence)
    _actor_chars: dict[int, list[tuple[int, int]]] = field(default_factory=dict)

    @classmethod
    def of(cls, reading: DocReading) -> Anchors:
        """The anchors of a document (one per reading: the stages share its dates)."""
        found = reading.shared.get("anchors")
        if isinstance(found, Anchors):
            return found
        anchors = cls(reading)
        reading.shared["anchors"] = anchors
        for place in reading.state.places:
            for m in place.mentions:
                anchors.places.setdefault(m.sentence, []).append(
                    _PlaceMention(m.start, m.end, place, m.text))
        for mentions in anchors.places.values():
            mentions.sort(key=lambda p: p.start)  # the geo stage lists places by place
        return anchors

    # ---------------------------------------------------------------- place

    def place_for(self, view: SentenceView, match: Match) -> tuple[str | None, str | None]:
        """(Place id, place text as written) for the event of ``match``, or (None, None)."""
        found = self.places.get(view.index)
        if not found:
            return None, None
        state = self.reading.state
        tokens = state.tokens

        def original(start_tok: int, end_tok: int) -> tuple[int, int]:
            return state.original_span(tokens.idx[start_tok], tokens.end_char(end_tok - 1))

        clause = view.clause_at(match.start)
        lo, hi = original(clause.start, clause.end)
        trigger_start, trigger_end = original(match.start, match.end)
        actor_chars = self._actor_chars.get(view.index)
        if actor_chars is None:
            actor_chars = self._actor_chars[view.index] = [
                original(s.start, s.end) for s in view.spans]
        # A place hyphenated to a word qualifies a thing ("a Moscow-brokered truce", "the
        # Doha-based leadership"): it says where the broker or the body is, not the event.
        text = state.document.text
        candidates = [
            p for p in found
            if lo <= p.start and p.end <= hi
            and not any(a <= p.start and p.end <= b for a, b in actor_chars)
            and not (text[p.end : p.end + 1] == "-" and text[p.end + 1 : p.end + 2].isalpha())
        ]
        after = [p for p in candidates if p.start >= trigger_end]
        before = [p for p in candidates if p.end <= trigger_start]
        chosen = after[0] if after else (before[-1] if before else None)
        if chosen is None and clause.opener == "sub" and clause.index > 0 and \
                self.reading.words[clause.opener_start] in _CAUSE_OPENERS:
            # "the Kerem Shalom crossing was shut by Israel after a rocket attack ... killed four
            # soldiers": the act that brought about the one before happened at its place.
            prev = view.clauses[clause.index - 1]
            plo, _ = original(prev.start, prev.end)
            chosen = next((p for p in reversed(found) if plo <= p.start and p.end <= lo
                           and not any(a <= p.start and p.end <= b for a, b in actor_chars)
                           and not (text[p.end : p.end + 1] == "-"
                                    and text[p.end + 1 : p.end + 2].isalpha())), None)
        if chosen is None:
            return None, None
        return chosen.place.id, chosen.text

    # ---------------------------------------------------------------- date

    def date_for(self, view: SentenceView, match: Match) -> tuple[str, str, bool] | None:
        """(ISO value, precision, is a span) of the date the text gives the event, or None.
        A span ("since December") starts the event but does not end it."""
        mentions = self._dates(view)
        if not mentions:
            return None
        tokens = self.reading.state.tokens
        clause = view.clause_at(match.start)
        lo, hi = tokens.idx[clause.opener_start], tokens.end_char(clause.end - 1)
        at = tokens.idx[match.start]
        inside = [d for d in mentions if lo <= d[0] and d[1] <= hi]
        pool = inside or mentions
        best = min(pool, key=lambda d: abs(d[0] - at))
        return best[2], best[3], best[4]

    def _dates(self, view: SentenceView) -> list[tuple[int, int, str, str, bool]]:
        """The dates of a sentence (read once per sentence)."""
        cached = self.dates.get(view.index)
        if cached is not None:
            return cached
        state = self.reading.state
        sent = state.sentences[view.index]
        result: list[tuple[int, int, str, str, bool]] = []
        if find_dates is not None:
            if not self._may_hold_a_date(view):
                self.dates[view.index] = result
                return result
            # The date the tokens stage read (None when malformed: explicit dates only).
            for d in find_dates(state.text, state.published, start=sent.start, end=sent.end,
                                past=True):
                if d.value.value is not None and d.value.precision != "unknown":
                    result.append((d.start, d.end, d.value.value, d.value.precision,
                                   d.kind == "span"))
        else:  # pragma: no cover - only without factions.dates: bare years ("in 2011")
            tokens = state.tokens
            for i in range(view.start + 1, view.end):
                if _YEAR.match(tokens.text[i]) and tokens.lower[i - 1] in ("in", "since", "of"):
                    result.append((tokens.idx[i], tokens.end_char(i), tokens.text[i], "year",
                                   False))
        self.dates[view.index] = result
        return result

    def _may_hold_a_date(self, view: SentenceView) -> bool:
        date_like = self._date_like
        if date_like is None:
            # Each distinct word of the document is looked at once: a date word or a digit.
            words = set(self.reading.words)
            date_like = self._date_like = frozenset(
                words & self.reading.cues.date_words
                | {w for w in words if not w.isalpha() and any(ch.isdigit() for ch in w)})
        return not date_like.isdisjoint(self.reading.words[view.start : view.end])

    def publication(self) -> tuple[str | None, str]:
        """The publication date at its precision, the fallback date of every event."""
        state = self.reading.state
        if state.published is None:
            return None, "unknown"
        iso = state.published.isoformat()
        precision = state.published_precision
        if precision == "year":
            return iso[:4], precision
        if precision == "month":
            return iso[:7], precision
        return iso, precision
