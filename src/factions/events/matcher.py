"""Find pattern triggers in a sentence: a dictionary from a trigger's first token to its forms,
tried longest first, so a sentence costs one lookup per token.

A trigger may have a gap ("push ... back"); a pattern's word constraints (``object``, ``near``,
``not_before`` ...) are checked here; and a word that is both a verb and a noun trigger ("attack")
is read as a noun after a determiner or possessive, and as a verb after "to", a modal or a
pronoun subject.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass
from itertools import chain, compress
from operator import or_

from factions.events.cues import Cues, cues
from factions.events.patterns import GAP, Pattern

_NOUN_BEFORE = frozenset({"the", "a", "an", "this", "these", "those", "its", "his", "her", "their",
                          "our", "my", "your", "'s", "'", "every", "another", "whose", "-"})
_VERB_BEFORE = frozenset({"will", "would", "can", "could", "may", "might", "must", "shall",
                          "should", "did", "does", "do", "they", "we", "he", "she", "i", "you",
                          "it",  # "blamed the offensive on what *it calls* terrorists"
                          "'ll", "'d", "not", "n't", "never"})
# Words after a preposition that may open a clause of their own, whose verb follows them ("the
# war in which *they fight*", "forces who attack").
_SUBJECT_WORDS = frozenset({"they", "we", "he", "she", "i", "you", "it", "which", "who", "whom",
                            "that", "what", "where", "whose", "and", "or", "but", "nor", "to",
                            "not", "never"})
# Month names that are also trigger words ("march", "may").
_MONTHS = frozenset({"march", "may"})
# Auxiliaries after which an -ing word is a verb's progressive, not a noun.
_PROGRESSIVE = frozenset({"is", "are", "was", "were", "be", "been", "am", "'re"})
# Prepositions that may open a clause ("after Russia attacks"): a verb can follow their subject.
_CLAUSE_PREPOSITIONS = frozenset({"after", "before", "since", "until", "to", "as", "for"})
# How far back an object before its trigger may start (an aside, a passive's subject, a relative
# clause's antecedent: ``_object_before``).
_OBJECT_BACK = 14
# Contexts that make a word another part of speech than a trigger form reads it as: a verb's
# base form after "a" and an adjective is a noun ("a major assault"), and after a demonym that
# follows a preposition ("from Russian attacks"); a noun in -ing after "was" is the verb's
# progressive ("was fighting", but "there has been fighting").
_AFTER_ARTICLE, _AFTER_DEMONYM, _AFTER_BE = 1, 2, 4
# A verb's -s form right after a singular demonym is a plural noun it qualifies ("Cambodian
# rockets struck civilian areas"): a demonym standing alone names no subject of one.
_AFTER_ADJECTIVE = 8
# A verb's base or -s form right after a subordinator has no subject between them, so it is the
# noun ("... as protests over frozen EU bid enter second week", "after clashes in Tripoli").
_AFTER_SUBORDINATOR = 16
_SUBORDINATORS = frozenset({"as", "after", "before", "when", "while", "until", "because",
                            "since", "amid", "despite"})
# A word before a doer's participle and "by" is the noun of the act it names, not a verb
# ("concert hall massacre claimed by Islamic State", "the bombing carried out by the group").
_BEFORE_DOER = 32
_DOER_PARTICIPLES = frozenset({"claimed", "perpetrated", "committed", "orchestrated",
                               "masterminded", "carried"})
# What a gap does not cross: punctuation, and "alongside" ("deployed troops alongside police"
# deploys no police).
_STOP_IN_GAP = frozenset({".", ",", ";", ":", "(", ")", "alongside"})


@dataclass(frozen=True, slots=True)
class _Entry:
    tokens: tuple[str, ...]
    form: str
    pattern: Pattern
    order: tuple[int, int, int]  # longest, most constrained, first loaded first
    # The number of words of a trigger with no gap (its candidates are found by their first one
    # or two words, so those need no test); 0 for a gapped one.
    plain: int = 0
    # What ``_fits`` reads of the pattern and the form, worked out when the patterns load:
    # the words before the trigger that rule this reading out (a determiner before a verb, a
    # modal before a noun, the pattern's ``not_before``) ...
    reject_prev: frozenset[str] = frozenset()
    # ... the phrases of several words that rule it out right before it ("war of words") ...
    reject_phrases: tuple[tuple[str, ...], ...] = ()
    # ... the contexts (``_AFTER_*`` bits) that read its word as something else ...
    blocked: int = 0
    # ... and whether any word constraint of the pattern is left to test after those.
    constrained: bool = False
    rest: tuple[str, ...] = ()  # the words after the first two (a candidate's key)
    # A gapped trigger's words between its gaps ("push ... back": (push,), (back,)).
    segments: tuple[tuple[str, ...], ...] = ()


def _entry(tokens: tuple[str, ...], form: str, pattern: Pattern, order: tuple[int, int, int],
           plain: int, prepositions: frozenset[str]) -> _Entry:
    """A trigger form of ``pattern`` with the tests ``_fits`` makes of it that depend on the
    pattern and the form alone."""
    labels = frozenset(form.split("|"))
    reject: set[str] = {w for w in pattern.not_before if " " not in w}
    if pattern.kind == "verb":
        reject |= _NOUN_BEFORE
        if "ing" not in labels:  # "have since mediated": the adverb, not the preposition
            reject |= {p for p in prepositions
                       if p != "to" and not (p == "since" and "pp" in labels)}
    elif pattern.kind == "noun":
        reject |= _VERB_BEFORE
        if "sg" in labels:
            reject.add("to")
    blocked = 0
    if pattern.kind == "verb" and "base" in labels and "past" not in labels:
        blocked |= _AFTER_ARTICLE
    if pattern.kind == "verb" and not labels & {"past", "pp", "ing"}:
        blocked |= _AFTER_DEMONYM
        if "s" in labels:
            blocked |= _AFTER_ADJECTIVE
        blocked |= _AFTER_SUBORDINATOR
    if pattern.kind == "noun" and tokens[0].endswith("ing"):
        blocked |= _AFTER_BE
    if pattern.kind == "verb" and "pp" not in labels:
        blocked |= _BEFORE_DOER
    return _Entry(
        tokens, form, pattern, order, plain, frozenset(reject), rest=tokens[2:], blocked=blocked,
        segments=_segments(tokens),
        reject_phrases=pattern.not_before_phrases,
        constrained=bool(pattern.not_after) or any(
            x is not None for x in (pattern.before, pattern.object, pattern.not_object,
                                    pattern.near, pattern.not_near)),
    )


def _after_phrase(words: Sequence[str], i: int, sent_start: int,
                  phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of ``phrases`` ends right before token ``i`` in its sentence."""
    return any(i - len(p) >= sent_start and tuple(words[i - len(p) : i]) == p for p in phrases)


def _segments(tokens: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """The runs of words of a trigger between its gaps (one run when it has no gap)."""
    runs: list[list[str]] = [[]]
    for tok in tokens:
        if tok == GAP:
            runs.append([])
        else:
            runs[-1].append(tok)
    return tuple(tuple(run) for run in runs)


def _by_gap_word(gapped: list[_Entry]) -> dict[str, list[_Entry]]:
    """Gapped triggers by the word right after their gap ("keep ... troops": troops)."""
    found: dict[str, list[_Entry]] = {}
    for e in gapped:
        found.setdefault(e.tokens[2], []).append(e)
    return found


def _order(entry: _Entry) -> tuple[int, int, int]:
    return entry.order


# The ungapped candidates of a word that starts only gapped triggers.
_NO_PLAIN: tuple[dict[str, list[_Entry]], list[_Entry]] = ({}, [])
# What ``_candidates`` reads of a trigger's first word: the ungapped candidates by next word and
# those of any next word, the gapped triggers, the words after their gaps.
_Word = tuple[dict[str, list[_Entry]], list[_Entry], list[_Entry], dict[str, list[_Entry]]]
_NO_WORD: _Word = ({}, [], [], {})


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
    # The form each alternative reads the words as: "fighting" is a noun of "clashes" but the
    # gerund ("ing") of the verb "fight".
    alternative_forms: tuple[str, ...] = ()

    def with_pattern(self, pattern: Pattern) -> Match:
        form = self.form
        for alternative, alt_form in zip(self.alternatives, self.alternative_forms, strict=False):
            if alternative is pattern:
                form = alt_form
                break
        return Match(pattern, form, self.start, self.end, self.positions)


class TriggerIndex:
    """Patterns indexed by the first token of each trigger form (and, for multi-word triggers,
    by the second), tried longest and most constrained first."""

    def __init__(self, patterns: Iterable[Pattern]) -> None:
        self._cues: Cues = cues()
        entries: list[_Entry] = []
        for pattern in patterns:
            for form in pattern.forms:
                words = sum(t != GAP for t in form.tokens)
                entries.append(_entry(form.tokens, form.form, pattern,
                                      (-words, -pattern.constraints, len(entries)),
                                      0 if GAP in form.tokens else len(form.tokens),
                                      self._cues.prepositions))
        single: dict[str, list[_Entry]] = {}
        pairs: dict[str, dict[str, list[_Entry]]] = {}
        gapped: dict[str, list[_Entry]] = {}
        for e in entries:
            first = e.tokens[0]
            if len(e.tokens) == 1:
                single.setdefault(first, []).append(e)
            elif e.tokens[1] == GAP:
                gapped.setdefault(first, []).append(e)
            else:
                pairs.setdefault(first, {}).setdefault(e.tokens[1], []).append(e)
        # first words of one-word and gapped triggers: a candidate whatever the next word is
        self._leads = frozenset(single) | frozenset(gapped)
        # (first word, second word) of every ungapped trigger of two or more words
        self._pair_words = frozenset((w, nxt) for w, d in pairs.items() for nxt in d)
        self._size = len(entries)
        # "in Israeli jails": prepositions before a demonym that make the word after it a noun
        self._noun_prepositions = self._cues.prepositions - _CLAUSE_PREPOSITIONS
        self._gap: int = self._cues.windows["gap"]
        self._constraint: int = self._cues.windows["constraint"]
        # first word -> (next word -> the ungapped candidates there, in trying order; those of
        # any other next word)
        plain: dict[str, tuple[dict[str, list[_Entry]], list[_Entry]]] = {}
        for first in single.keys() | pairs.keys():
            alone = sorted(single.get(first, ()), key=_order)
            plain[first] = ({nxt: sorted([*pair, *alone], key=_order)
                             for nxt, pair in pairs.get(first, {}).items()}, alone)
        # first word -> all ``_candidates`` reads of it: ``plain``'s two, its gapped triggers
        # and those by the word that follows their gap (one lookup per trigger start)
        self._by_word: dict[str, _Word] = {
            w: (*plain.get(w, _NO_PLAIN), gapped.get(w, []), _by_gap_word(gapped.get(w, [])))
            for w in plain.keys() | gapped.keys()}

    def __len__(self) -> int:
        return self._size

    def _candidates(self, words: Sequence[str], i: int, end: int) -> list[_Entry]:
        by_next, alone, gapped, by_gap_word = self._by_word.get(words[i], _NO_WORD)
        if i + 1 >= end:
            return alone
        plain = by_next.get(words[i + 1], alone)
        if not gapped:
            return plain
        reached = by_gap_word.keys() & words[i + 1 : i + 2 + self._gap]
        if not reached:
            return plain  # no gapped trigger's next word in reach
        # (each gapped trigger is under one word: none twice; the sort below sets the order)
        found = [e for w in reached for e in by_gap_word[w]]
        found.extend(plain)
        found.sort(key=_order)
        return found

    def starts(self, words: Sequence[str]) -> list[int]:
        """Where a trigger may start in ``words``: a word that starts one by itself (or before a
        gap), or the first two words of a longer one. A document's, read in one pass and given
        to ``find`` for each of its sentences."""
        return self._starts(words, 0, len(words))

    def _starts(self, words: Sequence[str], start: int, end: int) -> list[int]:
        # A lead word, or the first word of a pair followed by its second: both tests run as C
        # loops over the words (a document's ~700 words cost no Python step each).
        span = words[start:end]
        leads = map(self._leads.__contains__, span)
        pairs = chain(map(self._pair_words.__contains__, zip(span, span[1:], strict=False)),
                      (False,))
        return list(compress(range(start, end), map(or_, leads, pairs)))

    def find(
        self, words: Sequence[str], start: int, end: int,
        proper: Callable[[], frozenset[int]] | None = None,
        modifiers: Container[str] = frozenset(), starts: list[int] | None = None,
        text: Sequence[str] | None = None,
    ) -> list[Match]:
        """Triggers in ``words[start:end]``, left to right; no token is in two triggers.
        ``proper`` gives the positions of capitalized names that are no actor (``@proper``);
        ``modifiers`` are words that only modify a noun (demonyms: "in Israeli jails");
        ``starts`` are the ``starts`` of the whole of ``words`` when the caller has them;
        ``text`` the words as written (a name's capital), when the caller has them."""
        found: list[Match] = []
        if starts is None:
            hits = self._starts(words, start, end)
        else:
            hits = starts[bisect_left(starts, start) : bisect_left(starts, end)]
            if hits and hits[-1] == end - 1 and words[end - 1] not in self._leads:
                hits.pop()  # the first word of a pair, the second in the next sentence
        taken: set[int] = set()
        skip_to = start
        for i in hits:
            if i < skip_to or i in taken:
                continue
            prev = words[i - 1] if i > 0 else ""
            if words[i] in _MONTHS and ((i + 1 < end and words[i + 1][:1].isdigit())
                                        or prev[:1].isdigit()):
                continue  # "KADUNA, Nigeria, March 8": a date, not a march
            before = words[i - 2] if i - 2 >= start else ""
            context = 0  # the _AFTER_* bits that hold here
            if before in ("a", "an") and prev.isalpha():
                context |= _AFTER_ARTICLE
            elif i - 3 >= start and words[i - 3] in ("a", "an") and before.isalpha() and \
                    prev.replace(".", "").isalpha() and text is not None and \
                    text[i - 1][:1].isupper() and text[i - 2][:1].islower():
                context |= _AFTER_ARTICLE  # "warned of a possible RSF assault": a noun
            if before in self._noun_prepositions and (prev in modifiers or (
                    text is not None and text[i - 1][:1].islower() and prev.isalpha()
                    and prev not in _SUBJECT_WORDS and prev not in self._cues.adverbs)):
                # "from Russian attacks", "shocked by barbaric attacks": no subject stands
                # between a preposition and the word after its modifier (a name may: "the
                # communique adopted in Berlin commits Turkey").
                context |= _AFTER_DEMONYM
            if prev in modifiers:
                if not prev.endswith("s"):
                    context |= _AFTER_ADJECTIVE
            if prev in _SUBORDINATORS:
                context |= _AFTER_SUBORDINATOR
            if prev in _PROGRESSIVE and "there" not in words[max(start, i - 3) : i - 1]:
                context |= _AFTER_BE
            if i + 2 < end and words[i + 1] in _DOER_PARTICIPLES and (
                    words[i + 2] == "by" or (words[i + 2] == "out" and i + 3 < end
                                             and words[i + 3] == "by")):
                context |= _BEFORE_DOER
            candidates = iter(self._candidates(words, i, end))
            for first in candidates:  # the candidate that fits first, at ``at``
                if prev in first.reject_prev or first.blocked & context or (
                        first.reject_phrases and _after_phrase(words, i, start,
                                                               first.reject_phrases)):
                    continue
                n = first.plain
                gap_from = None  # where the trigger's gap starts, if it has one
                if not n:
                    gapped_at = self._positions(words, i, end, first.segments)
                    if gapped_at is None:
                        continue
                    at = gapped_at
                    if len(at) < at[-1] + 1 - i:  # "keep ... troops": the gap
                        gap_from = next(p + 1 for p, q in zip(at, at[1:], strict=False)
                                        if q != p + 1)
                else:
                    # The first two words are the candidate's key: only longer ones are read.
                    if n > 2 and (i + n > end or tuple(words[i + 2 : i + n]) != first.rest):
                        continue
                    at = (i,) if n == 1 else tuple(range(i, i + n))
                if taken and not taken.isdisjoint(at):
                    continue
                if first.constrained and not self._fits(words, i, at[-1] + 1, start, end,
                                                        first.pattern, proper, gap_from):
                    continue
                break
            else:
                continue  # no candidate fits
            others: list[Pattern] = []
            other_forms: list[str] = []
            for e in candidates:
                # Only the other patterns of the same words: they stand where it stands.
                if e.tokens != first.tokens or prev in e.reject_prev or e.blocked & context or (
                        e.reject_phrases and _after_phrase(words, i, start, e.reject_phrases)):
                    continue
                if e.constrained and not self._fits(words, i, at[-1] + 1, start, end,
                                                    e.pattern, proper, gap_from):
                    continue
                if e.pattern is not first.pattern:
                    others.append(e.pattern)
                    other_forms.append(e.form)
            stop = at[-1] + 1
            found.append(Match(first.pattern, first.form, i, stop, at, tuple(others),
                               tuple(other_forms)))
            taken.update(at)
            if len(at) == stop - i:
                skip_to = stop
        return found

    def _positions(
        self, words: Sequence[str], i: int, end: int, segments: tuple[tuple[str, ...], ...]
    ) -> tuple[int, ...] | None:
        """The positions of a gapped trigger's words (its ``segments``) starting at ``i``."""
        positions: list[int] = []
        j = i
        gap = self._gap
        for k, run in enumerate(segments):
            if k:
                # After a gap: the run's first word within ``gap`` words, no stop word before it.
                first = run[0]
                for q in range(j, min(end, j + gap + 1)):
                    word = words[q]
                    if word == first:
                        break
                    if word in _STOP_IN_GAP:
                        return None
                else:
                    return None
                j = q
            n = len(run)
            if j + n > end or tuple(words[j : j + n]) != run:
                return None
            positions.extend(range(j, j + n))
            j += n
        return tuple(positions)

    def _object_before(
        self, words: Sequence[str], start: int, sent_start: int, pattern: Pattern,
        proper: Callable[[], frozenset[int]] | None = None,
    ) -> bool:
        """The object stands before the trigger: before the relative pronoun its clause opens
        with ("the airport, which the LNA said it had seized"), or as the subject of a passive
        ("the talks were convened by the AU", "the city of Mazar-i-Sharif was captured")."""
        assert pattern.object is not None
        if not pattern.object_proper and not pattern.object.starts_in(
                words, max(sent_start, start - _OBJECT_BACK), start):
            return False  # no object word in reach: neither reading below can find one
        be = self._cues.be_forms
        for k in (1, 2):
            if start - k >= sent_start and words[start - k] in be:
                # "the town of Tarhouna, its main stronghold, was taken": past an aside too
                back = 10 if words[start - k - 1] == "," else 4
                lo = max(sent_start, start - k - back)
                if pattern.object.any_in(words, lo, start - k):
                    return True
                if pattern.object_proper and _proper_in(proper, lo, start - k):
                    return True
        for r in range(start - 1, max(sent_start, start - 10) - 1, -1):
            if words[r] in ("which", "that"):
                lo = max(sent_start, r - 4)
                return pattern.object.any_in(words, lo, r)
        return False

    def _not_object_before(self, words: Sequence[str], start: int, sent_start: int,
                           pattern: Pattern) -> bool:
        """A ``not_object`` word before the relative pronoun that opens the trigger's clause,
        or before the be-form of its passive: "the decision, which it said had been taken by the
        Port Sudan authority", "the decision was taken"."""
        assert pattern.not_object is not None
        be = self._cues.be_forms
        for k in (1, 2):
            if start - k >= sent_start and words[start - k] in be and \
                    pattern.not_object.any_in(words, max(sent_start, start - k - 6), start - k):
                return True
        for r in range(start - 1, max(sent_start, start - 10) - 1, -1):
            if words[r] in ("which", "that"):
                return pattern.not_object.any_in(words, max(sent_start, r - 4), r)
        return False

    @staticmethod
    def _subject_before(
        words: Sequence[str], start: int, sent_start: int, pattern: Pattern,
        proper: Callable[[], frozenset[int]] | None,
    ) -> bool:
        """A word of ``pattern.before`` (or a capitalized place-like name) in the few words
        before the trigger, or past an aside closed by a comma ("Aleppo, Syria's second city,
        fell")."""
        assert pattern.before is not None
        back = 10 if start - 1 >= sent_start and words[start - 1] == "," else 4
        lo = max(sent_start, start - back)
        return pattern.before.any_in(words, lo, start) or (
            pattern.before_proper and _proper_in(proper, lo, start))

    def _fits(
        self, words: Sequence[str], start: int, stop: int, sent_start: int, end: int,
        pattern: Pattern, proper: Callable[[], frozenset[int]] | None = None,
        gap_from: int | None = None,
    ) -> bool:
        """Whether the word constraints of ``pattern`` hold for its trigger at [start, stop)
        (``not_after``, ``before``, ``object``, ``not_object``, ``near``, ``not_near``)."""
        if pattern.not_after and stop < end and (words[stop] in pattern.not_after or any(
                tuple(words[stop : stop + len(p)]) == p for p in pattern.not_after_phrases)):
            return False
        if pattern.before is not None and not self._subject_before(
                words, start, sent_start, pattern, proper):
            return False
        window = min(end, stop + self._constraint)
        if "-" in words[stop:window]:
            # A hyphenated compound is one word: "called the incursion a large-scale
            # provocation".
            window = min(end, window + 2 * words[stop:window].count("-"))
        # The object may stand in a trigger's gap ("sent troops into", "set the prisoners free").
        lo = stop if gap_from is None else gap_from
        if pattern.object is not None and not pattern.object.any_in(words, lo, window) and \
                not self._object_before(words, start, sent_start, pattern, proper) and \
                not (pattern.object_proper and _proper_in(proper, stop, window)):
            return False
        if pattern.not_object is not None and (
                pattern.not_object.any_in(words, stop, window)
                or self._not_object_before(words, start, sent_start, pattern)):
            return False
        if pattern.near is not None and not pattern.near.any_in(words, sent_start, end):
            return False
        if pattern.not_near is not None and pattern.not_near.any_in(words, sent_start, end):
            return False
        return True


def _proper_in(proper: Callable[[], frozenset[int]] | None, lo: int, hi: int) -> bool:
    """Whether a capitalized place-like word (``proper``, read on demand) stands in [lo, hi)."""
    return proper is not None and any(lo <= p < hi for p in proper())
