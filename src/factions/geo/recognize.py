"""Recognition: find the spans of a text that name places.

The recognizer looks up capitalized n-grams in the gazetteer's name index (longest match first,
left to right), separates demonyms ("Libyan") from names, and collects the evidence the
resolver needs to keep or drop each candidate: a place cue before it ("in", "near", "town of"),
a "Town, State" qualifier after it, or signs that it is a person ("Michael Jordan", "Jordan
said he ...", "President Lincoln"), a calendar word ("May"), or a common word at the start of a
sentence. Nothing here chooses between homonymous places; :mod:`factions.geo.resolve` does.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass, field
from itertools import accumulate, compress, repeat
from operator import itemgetter

from factions.geo.gazetteer import ALIAS, PRIMARY, QUALIFIER, WEAK, Gazetteer
from factions.geo.lexicon import Lexicon
from factions.geo.memo import remember
from factions.geo.names import (
    ARTICLE_WORDS,
    initial,
    name_key,
    skeleton,
    skeleton_word,
)

_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_]+(?:['’][^\W\d_]+)*|&")
_SPACE_GAP = re.compile(r"[ \t\xa0]+")
_SENTENCE_END = re.compile(r"[.!?…]['\"”’)\]]*\s*$|\n\s*$|^\s*$")
# After a dateline's place in capitals: "(Reuters) -", " - ", ":", or a comma with a state or
# country and/or a date before one of those ("SEOUL, South Korea (CNN)", "WASHINGTON, April 5
# (Thomson Reuters Foundation)", "NAIROBI, Kenya, Apr 5 –", "HELENA, Mont. (AP)").
_DATELINE_TAIL = re.compile(
    r"\s*(?:\(|—|–|-|:|,\s*(?:[A-Z][\w.]*(?:[ \t]+[A-Z][\w.]*){0,3}[ \t]*,?[ \t]*)?"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d{1,2}[ \t]*)?"
    r"(?:\(|—|–|-|:))")

_NAME_PARTICLES = frozenset({
    "al", "el", "bin", "ibn", "bint", "abu", "ould", "ag", "de", "da", "di", "van", "von",
    "der", "del", "du", "dos", "das"})
_ARTICLES = frozenset({"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ath", "adh"})
_DIVISION_WORDS = frozenset({
    "region", "province", "governorate", "state", "oblast", "district", "county", "prefecture",
    "department", "krai"})
# Supplement features of small places, whose one-word names people bear too ("Hodan Nalayeh").
SUPPLEMENT_SMALL = frozenset({"town", "district", "camp"})
STRONG_FEATURES = frozenset({
    "country", "admin1", "continent", "world_region", "political_union", "sea", "capital"})


@dataclass(slots=True)
class Token:
    start: int
    end: int
    text: str
    lower: str
    cap: bool  # starts with a capital letter
    caps: bool  # written all in capitals (two letters or more)
    sentence_start: bool


@dataclass(slots=True)
class Candidate:
    """A span that may name a place, with the evidence about it."""

    start: int
    end: int
    first: int  # token index range [first, last)
    last: int
    key: str
    kind: str  # "toponym" | "demonym"
    matches: list[tuple[int, int]] = field(default_factory=list)  # (entry, match kind)
    demonym_of: int | None = None  # entry index a demonym refers to
    demonym_form: str | None = None  # "adj" | "people"
    modifier: bool = False  # a demonym that modifies the next word ("Russian troops")
    cue: str | None = None  # "strong" | "weak" | "noun"
    qualifier: Candidate | None = None  # "Parkland, Florida": Florida
    is_qualifier: bool = False
    person: bool = False
    reasons: list[str] = field(default_factory=list)
    status: str = "pending"  # pending | accepted | rejected | context (accept if context fits)
    # End of the proper name when the span ends in a lowercase generic word ("Idlib" in
    # "Idlib province"), and end of a facility named after the place ("Colchester General
    # Hospital"): the reported name then covers that whole facility name.
    name_end: int | None = None
    facility_end: int | None = None


# Around a word that stands between spaces: opening and closing punctuation, never part of a
# token (``_TOKEN``). Gaps made only of ``_PLAIN_GAP`` characters cannot end a sentence.
_OPEN = "(\"'“‘[«"
_CLOSE = ",.;:!?)\"'”’]»"
_ENDS = ".!?…"
_PLAIN_GAP = " ,;:-()\"'“”‘’[]«»–—\xa0\t"


class Tokens:
    """The words of a text (``_TOKEN``), with a possessive "'s" cut off, as columns.

    Most words stand between single spaces, perhaps with some punctuation around them: the text
    is split on spaces, the chunks that are words are taken whole, and only the others are
    read with the regular expression ("U.S.", "al-Tanf", "Libya's", "2019", "said.\n\nThe"),
    so the tokens are the regular expression's at a fraction of its cost. Offsets, lowercase
    forms and capitalization are computed a column at a time; "all in capitals" for
    capitalized words only (no other word can be), and whether a word starts a sentence (the
    gap before it, with the previous word's last character, ends one) only when asked.
    """

    __slots__ = ("text", "start", "end", "word", "lower", "cap", "caps", "_sentence")

    def __init__(self, text: str) -> None:
        self.text = text
        chunks = text.split(" ")
        count = len(chunks)
        # Chunk k begins after the k chunks before it, each with its space (the last sum,
        # past the end, is dropped).
        chunk_starts = list(accumulate(map(operator.add, map(len, chunks), repeat(1)),
                                       initial=0))
        chunk_starts.pop()
        # Runs of word chunks are copied whole; the other chunks are read one by one.
        word_list: list[str] = []
        start_list: list[int] = []
        done = 0
        for k in compress(range(count), map(operator.not_, map(str.isalpha, chunks))):
            if k > done:
                word_list.extend(chunks[done:k])
                start_list.extend(chunk_starts[done:k])
            done = k + 1
            chunk = chunks[k]
            if not chunk:
                continue
            start = chunk_starts[k]
            word = chunk
            if chunk[0] in _OPEN:
                word = chunk.lstrip(_OPEN)
                start += len(chunk) - len(word)
            word = word.rstrip(_CLOSE)
            if word and word.isalpha():
                word_list.append(word)
                start_list.append(start)
                continue
            # The regular expression for the rest: "U.S.", "al-Tanf", "Libya's", "2019".
            for match in _TOKEN.finditer(text, chunk_starts[k], chunk_starts[k] + len(chunk)):
                word = match.group()
                if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
                    word = word[:-2]
                word_list.append(word)
                start_list.append(match.start())
        if done < count:
            word_list.extend(chunks[done:])
            start_list.extend(chunk_starts[done:])
        self.word: list[str] = word_list
        self.start: list[int] = start_list
        self.end: list[int] = list(map(operator.add, self.start, map(len, self.word)))
        self.lower: list[str] = list(map(str.lower, self.word))
        self.cap: list[bool] = list(map(str.isupper, map(itemgetter(0), self.word)))
        n = len(self.word)
        # All in capitals: only a word ``str.isupper`` accepts can be (its letters are then
        # all capitals, if it has two), and only the capitalized ones are asked.
        caps = [False] * n
        capitalized = self.cap
        for k in compress(compress(range(n), capitalized),
                          map(str.isupper, compress(self.word, capitalized))):
            word = self.word[k]
            if word.isalpha():
                caps[k] = len(word) >= 2
            else:
                letters = [c for c in word if c.isalpha()]
                caps[k] = len(letters) >= 2 and all(c.isupper() for c in letters)
        self.caps: list[bool] = caps
        self._sentence: list[bool | None] = [None] * n

    def __len__(self) -> int:
        return len(self.word)

    def sentence_start(self, k: int) -> bool:
        """Whether token ``k`` starts a sentence (the first token does)."""
        found = self._sentence[k]
        if found is None:
            if k == 0:
                found = True
            else:
                text = self.text
                # The end of the previous word, before any "'s" cut off it: the gap reads the
                # same either way (a letter and an apostrophe never end a sentence).
                previous_end = self.end[k - 1]
                start = self.start[k]
                if text[previous_end - 1] not in _ENDS and (
                        not text[previous_end:start].strip(_PLAIN_GAP)):
                    found = False  # no sentence-ending character in the gap
                else:
                    found = _SENTENCE_END.search(text, previous_end - 1, start) is not None
            self._sentence[k] = found
        return found

    def gap(self, k: int) -> str:
        """The text between token ``k`` and token ``k + 1``."""
        return self.text[self.end[k]:self.start[k + 1]]

    def token(self, k: int) -> Token:
        return Token(self.start[k], self.end[k], self.word[k], self.lower[k], self.cap[k],
                     self.caps[k], self.sentence_start(k))


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` as :class:`Token` records (see :class:`Tokens`)."""
    tokens = Tokens(text)
    return [tokens.token(k) for k in range(len(tokens))]


class Recognizer:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.max_ngram = int(lexicon.weights["recognition"]["max_ngram"])
        # Per-key memos (bounded): words recur across documents, and the skeleton step,
        # the most expensive lookup, gives the same answer for a key every time.
        self._lookups: dict[str, list[tuple[int, int]]] = {}
        self._qualifier_only: dict[str, bool] = {}
        self._variants: dict[str, tuple[int, ...]] = {}
        self._may_start: dict[str, tuple[bool, bool, bool]] = {}
        self._owners: dict[int, Candidate] = {}  # token -> candidate, while annotating
        # First words for which the skeleton step never runs (see _skeleton_candidate).
        self._no_skeleton = (lexicon.common_words | lexicon.first_names | lexicon.stopwords
                             | lexicon.calendar | lexicon.non_places)

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """``Gazetteer.lookup``, memoized (shared: callers never change the list)."""
        found = self._lookups.get(key)
        if found is None:
            found = remember(self._lookups, key, self.gazetteer.lookup(key))
        return found

    def qualifier_only(self, cand: Candidate) -> bool:
        """Whether every match of a toponym candidate is a qualifier's ("Calif."), memoized
        per key for the matches the name index gives."""
        matches = cand.matches
        if matches is self._lookups.get(cand.key):
            found = self._qualifier_only.get(cand.key)
            if found is None:
                found = remember(self._qualifier_only, cand.key,
                                 all(kind == QUALIFIER for _, kind in matches))
            return found
        return all(kind == QUALIFIER for _, kind in matches)

    def variants(self, key: str) -> tuple[int, ...]:
        """Entries whose consonant skeleton is the key's and whose name begins alike."""
        found = self._variants.get(key)
        if found is None:
            gaz = self.gazetteer
            first = initial(key)  # the entries' names must begin alike ("": none)
            found = remember(self._variants, key, tuple(
                e for e in gaz.skeletons.get(skeleton(key), ())
                if initial(name_key(gaz.name(e))) == first) if first else ())
        return found

    def may_start(self, word: str) -> bool:
        """Whether a place name, a demonym, a division's stem or a spelling variant of a town
        may begin with the key ``word`` (an ASCII word without periods or apostrophes, which
        is its own key) followed by a space: when not, the scan passes over it."""
        return self._starts(word)[0]

    def _starts(self, word: str) -> tuple[bool, bool, bool]:
        """For a first word as in :meth:`may_start`: whether anything, a spelling variant, and
        a division's stem may begin with it (memoized)."""
        found = self._may_start.get(word)
        if found is None:
            gaz = self.gazetteer
            variant = False
            if word not in self._no_skeleton:
                # The skeleton of a key skips articles and words of vowels only; a variant
                # begins as a name filed under its skeleton does (``variants``).
                skel = skeleton_word(word)
                variant = word in ARTICLE_WORDS or not skel or (
                    (initial(word), skel) in gaz.skeleton_starts)
            stem = word in gaz.stem_first_words
            found = remember(self._may_start, word,
                             (gaz.has(word) or word in gaz.first_words or variant, variant, stem))
        return found

    # ------------------------------------------------------------------ helpers
    def _gap_ok(self, tk: Tokens, k: int) -> bool:
        """Whether the gap between tokens k and k + 1 may sit inside a name."""
        gap = tk.text[tk.end[k]:tk.start[k + 1]]
        if gap == " " or gap == "" or gap == "-" or _SPACE_GAP.fullmatch(gap):
            return True
        return tk.lower[k] in self.lexicon.dotted_abbreviations and gap in (". ", ".")

    def _caps_ok(self, tk: Tokens, i: int) -> bool:
        """Whether an all-capitals token may be read as a name: a known acronym, a run of
        capitals (a headline or "NEW YORK"), or a dateline ("TRIPOLI (Reuters) -")."""
        acronyms = self.gazetteer.acronyms
        if name_key(tk.word[i]) in acronyms:
            return True
        n = len(tk.word)
        for j in (i - 1, i + 1):
            if 0 <= j < n and tk.caps[j] and len(tk.word[j]) >= 2 and (
                    name_key(tk.word[j]) not in acronyms):
                return True
        text = tk.text
        start = tk.start[i]
        line_start = text.rfind("\n", 0, start) + 1
        if not text[line_start:start].strip(" \t\"'“") or tk.sentence_start(i):
            k = i
            while k + 1 < n and tk.caps[k + 1] and self._gap_ok(tk, k):
                k += 1
            return bool(_DATELINE_TAIL.match(text, tk.end[k]))
        return False

    def _name_token(self, tk: Tokens, i: int) -> bool:
        """Whether a capitalized token may be (part of) a name."""
        word = tk.word[i]
        if tk.caps[i]:
            if len(word) > 1 and not (word.count(".") >= 2 or self._caps_ok(tk, i)):
                return False
        elif len(word) <= 4 and any(map(str.isupper, word[1:])):
            return False  # "MPs", "MoD", "PhD": abbreviations, not names
        return True

    # ------------------------------------------------------------------ scanning
    def candidates(self, text: str, tk: Tokens) -> list[Candidate]:
        gaz = self.gazetteer
        lex = self.lexicon
        connectors = lex.connectors
        generic = lex.generic_suffixes
        found: list[Candidate] = []
        n = len(tk.word)
        t_start, t_end, t_word, t_lower = tk.start, tk.end, tk.word, tk.lower
        name_ok = tk.cap[:]
        t_caps = tk.caps
        for k in compress(range(n), tk.cap):
            # Only a word in capitals or of four letters or less may be no name ("MoD").
            if t_caps[k] or len(t_word[k]) <= 4:
                name_ok[k] = self._name_token(tk, k)
        starts, may_start = self._starts, self._may_start
        anything = (True, True, True)
        lookups = self._lookups
        demonyms = gaz.demonyms
        max_ngram = self.max_ngram
        resume = 0
        for i in compress(range(n), name_ok):
            if i < resume:
                continue
            # A word followed by a space (or the end) begins every key of a span it begins:
            # when no name, demonym, stem or skeleton begins with it, nothing is found here.
            word = t_word[i]
            plain = word.isascii() and word.isalpha()  # its own key, lowercased
            if plain and (i + 1 == n or text[
                    t_end[i]:t_start[i + 1]] not in ("", ".", "'s ", "’s ")):
                may = may_start.get(t_lower[i]) or starts(t_lower[i])
                if not may[0]:
                    continue
            else:
                may = anything
            best: Candidate | None = None
            demonym: Candidate | None = None
            # The longest span with index matches so far: its last token, key and matches.
            best_j = -1
            best_key = ""
            best_matches: list[tuple[int, int]] = []
            start = t_start[i]
            j = i
            while j < n and j - i < max_ngram:
                lower = t_lower[j]
                if j > i:
                    gap = text[t_end[j - 1]:t_start[j]]
                    if gap != " " and not self._gap_ok(tk, j - 1) and (
                            # "Democratic People's Republic of Korea"
                            gap not in ("'s ", "’s ")):
                        break
                    # a lowercase word hyphenated to the name may end it ("Hpa-an",
                    # "Tongchang-ri") or join it ("Morne-a-Cabrit") when the index has the whole
                    hyphened = gap == "-" and lower.isalpha()
                    if not (name_ok[j] or lower in connectors or lower in generic or hyphened):
                        break
                else:
                    hyphened = False
                if name_ok[j] or (j > i and (lower in generic or hyphened)):
                    key = lower if j == i and plain else name_key(text[start:t_end[j]])
                    matches = lookups.get(key)
                    if matches is None:
                        matches = self.lookup(key)
                    if matches:
                        best_j, best_key, best_matches = j, key, matches
                    if j - i < 3 and key in demonyms:
                        target, form = demonyms[key]
                        demonym = Candidate(start=start, end=t_end[j], first=i,
                                            last=j + 1, key=key, kind="demonym",
                                            demonym_of=target, demonym_form=form)
                    if not name_ok[j] and not hyphened:
                        break  # a generic word ends the name
                j += 1
            if best_j >= 0:
                # (start, end, first, last, key, kind, matches): the hottest construction,
                # where keyword arguments cost twice as much as positional ones.
                best = Candidate(start, t_end[best_j], i, best_j + 1, best_key, "toponym",
                                 best_matches)
                if not name_ok[best_j] and text[t_end[best_j - 1]:t_start[best_j]] != "-":
                    best.name_end = t_end[best_j - 1]
            if best is not None and best.last - best.first == 1 and not (
                    tk.caps[i] and best.key in gaz.acronyms) and (
                    t_lower[i] in lex.stopwords or t_lower[i] in lex.non_places):
                best = None
            if may[1] and demonym is None and (best is None or best.last - best.first == 1 and (
                    i + 1 < n and (name_ok[i + 1] or t_lower[i + 1] in _NAME_PARTICLES))):
                # Only a variant longer than the name found could replace it (one more word).
                variant = self._skeleton_candidate(
                    tk, i, name_ok, i if best is None else best.last)
                if variant is not None and (best is None or variant.last > best.last):
                    best = variant
            stem = self._stem_candidate(tk, i, name_ok) if may[2] else None
            if stem is not None and (best is None or stem.last >= best.last):
                best = stem
            chosen = best
            if demonym is not None and (best is None or best.last - best.first <= (
                    demonym.last - demonym.first)) and not self._noun_use(tk, best, demonym):
                chosen = demonym
            if chosen is None:
                continue
            if chosen.kind == "toponym" and self.qualifier_only(chosen):
                chosen.is_qualifier = True
                word = t_word[chosen.last - 1]
                if text[chosen.end:chosen.end + 1] == "." and not word.isupper() and len(word) <= 5:
                    chosen.end += 1  # "Calif.", "Fla.": the period belongs to the name
            if chosen.kind == "toponym" and i > 0 and t_lower[i - 1] in _ARTICLES and (
                    not tk.cap[i - 1] and tk.gap(i - 1) == "-"):
                chosen.start = t_start[i - 1]  # "al-Tanf", "el-Arish": the article too
            found.append(chosen)
            resume = chosen.last
        return found

    def _skeleton_candidate(self, tk: Tokens, i: int, name_ok: list[bool],
                            min_last: int) -> Candidate | None:
        """A spelling variant of a town in a country where transliterations vary ("Tell
        Abyad" for "Tall Abyad"): matched on consonant skeletons, as a weak match. Only spans
        ending at token ``min_last`` or later are tried."""
        t_lower = tk.lower
        if t_lower[i] in self._no_skeleton:
            return None
        n = len(tk.word)
        text = tk.text
        t_start, t_end = tk.start, tk.end
        last = i
        while last + 1 < n and last - i < 3 and (
                name_ok[last + 1] or t_lower[last + 1] in _NAME_PARTICLES) and (
                text[t_end[last]:t_start[last + 1]] == " " or self._gap_ok(tk, last)):
            last += 1
        while last > i and not name_ok[last]:
            last -= 1
        start = t_start[i]
        for j in range(last, min_last - 1, -1):
            if not name_ok[j]:
                continue
            key = name_key(text[start:t_end[j]])
            if len(key) < 5:
                continue
            # The skeleton drops vowels and merges digraphs, so it is kept only when the
            # names also begin alike ("Tell Abyad" / "Tall Abyad", not "Since" / "Isinweke").
            found = self.variants(key)
            if found:
                return Candidate(start=tk.start[i], end=tk.end[j], first=i, last=j + 1,
                                 key=key, kind="toponym", matches=[(e, WEAK) for e in found],
                                 reasons=["variant"])
        return None

    def _stem_candidate(self, tk: Tokens, i: int, name_ok: list[bool]) -> Candidate | None:
        """ "Idlib province", "Oaxaca State": a division's name stem and a generic word."""
        stems = self.gazetteer.stems
        text = tk.text
        n = len(tk.word)
        for j in range(i, min(i + 3, n - 1)):
            if j > i and not (name_ok[j] and self._gap_ok(tk, j - 1)):
                return None
            if tk.lower[j + 1] not in _DIVISION_WORDS or not self._gap_ok(tk, j):
                continue
            key = name_key(text[tk.start[i]:tk.end[j]])
            if key not in stems:
                continue
            after = j + 2 if j + 2 < n else None
            if tk.cap[j + 1] and after is not None and self._gap_ok(tk, j + 1) and (
                    tk.cap[after] or tk.lower[after] == "of"):
                # "Mississippi State University", "the Kentucky Department of Education":
                # the name alone is the place.
                return None
            last = j + 2
            end = tk.end[last - 1]
            return Candidate(start=tk.start[i], end=end, first=i, last=last,
                             key=name_key(text[tk.start[i]:end]), kind="toponym",
                             matches=[(e, PRIMARY) for e in stems[key]], cue="noun",
                             name_end=None if tk.cap[j + 1] else tk.end[j])
        return None

    # ------------------------------------------------------------------ evidence
    def annotate(self, text: str, tk: Tokens, found: list[Candidate]) -> None:
        """Attach cues, qualifiers, person signs and demonym roles to every candidate."""
        lex = self.lexicon
        by_first = {c.first: c for c in found}
        lowercase_words = set(compress(tk.lower, map(operator.not_, tk.cap)))
        persons: set[str] = set()
        # The candidate each token belongs to (the first in text order).
        owners: dict[int, Candidate] = {}
        self._owners = owners
        for cand in found:
            for k in range(cand.first, cand.last):
                owners.setdefault(k, cand)
        person_tokens = self._person_pairs(tk, found)
        extra: list[Candidate] = []
        t_lower, t_cap = tk.lower, tk.cap
        text, t_start, t_end = tk.text, tk.start, tk.end
        n = len(t_lower)

        for cand in found:
            # ``_prev`` and ``_next``, with their usual case (a single space) tested here.
            first, last = cand.first, cand.last
            prev = first - 1 if first > 0 and text[t_end[first - 1]:t_start[first]] == " " \
                else self._prev(tk, first)
            prev2 = None
            if prev is not None:
                prev2 = prev - 1 if prev > 0 and text[t_end[prev - 1]:t_start[prev]] == " " \
                    else self._prev(tk, prev)
            gap_after = text[t_end[last - 1]:t_start[last]] if last < n else None
            nxt = last if gap_after == " " else self._next(tk, last - 1)
            if cand.kind == "demonym":
                self._demonym_role(tk, cand, prev, nxt)
                continue
            # Qualifier after a comma: "Parkland, Florida", "Austin, TX", "Sirte, Libya".
            qual = self._qualifier_after(tk, cand, by_first) if gap_after is not None and (
                "," in gap_after) else None
            if qual is not None and qual not in found:
                extra.append(qual)
            if qual is not None:
                cand.qualifier = qual
                qual.is_qualifier = False
                qual.reasons.append("qualifier")
                if qual.key == "dc":
                    # "Washington, D.C." is one name.
                    cand.name_end = cand.facility_end = qual.end
                    qual.reasons.append("inside")
            if prev is not None:
                p_lower, p_cap = t_lower[prev], t_cap[prev]
                if p_lower in lex.strong_cues and not p_cap or p_lower in (
                        "in", "near", "outside"):
                    cand.cue = "strong"
                elif p_lower in ("of", "in") and prev2 is not None and (
                        t_lower[prev2] in lex.cue_nouns):
                    cand.cue = "noun"
                elif p_lower in lex.weak_cues and not p_cap:
                    cand.cue = "weak"
                title = p_lower.rstrip(".")
                if title in lex.person_titles and p_cap and (
                        not cand.matches or not self._has_strong(cand, countries_only=True)):
                    cand.person = True
                    cand.reasons.append("title")
            if person_tokens and any(
                    i in person_tokens for i in range(cand.first, cand.last)):
                cand.person = True
                cand.reasons.append("name-pair")
            if nxt is not None:
                following = t_lower[nxt]
                if following in lex.cue_nouns and not t_cap[nxt] and cand.cue in (None, "weak"):
                    cand.cue = "noun"  # ("from Gao region": the noun says more than "from")
                elif following == "and" and cand.cue is None and \
                        self._before_plural_cue(tk, nxt):
                    cand.cue = "noun"  # "in the Kalbajar and Lachin districts"
                if following in lex.person_verbs and (
                        cand.key in lex.first_names and self._pronoun_follows(tk, nxt)
                        or not self._has_strong(cand)):
                    cand.person = True
                    cand.reasons.append("person-verb")
            if cand.person:
                persons.add(cand.key)
            sentence_start = tk.sentence_start(cand.first)
            if sentence_start:
                cand.reasons.append("sentence-start")
            # Calendar words and common words.
            if cand.last - cand.first == 1:
                word = t_lower[cand.first]
                if word in lex.calendar:
                    cand.reasons.append("calendar")
                elif word in lex.common_words or word in lowercase_words:
                    cand.reasons.append(
                        "sentence-start-common" if sentence_start else "common")
            # Inside the name of an organization, a street or a building.
            self._name_context(tk, cand, found, prev)
            # Part of a longer proper name: "Stoneman Douglas High School".
            embedded = self._embedded(tk, cand, found, prev, nxt)
            if embedded:
                cand.reasons.append("embedded")
                if embedded == "after" and not self._has_strong(cand):
                    persons.add(cand.key)  # "Conor McGregor": a surname from here on

        if extra:
            found.extend(extra)
            found.sort(key=lambda c: c.start)
        # A name used for a person anywhere is a person everywhere it has no place cue.
        if persons:
            for cand in found:
                if cand.kind == "toponym" and cand.key in persons and not cand.person and (
                        cand.cue not in ("strong", "noun") and cand.qualifier is None
                        and not self._has_strong(cand, countries_only=True)):
                    cand.person = True
                    cand.reasons.append("person-elsewhere")

    def _person_pairs(self, tk: Tokens, found: list[Candidate]) -> set[int]:
        """Tokens of "First Last" names: a first name right before another capitalized word
        ("Chad Johnson", "Michael Jordan", "Paris Hilton"), unless the pair is one place name
        or the second word ends an organization name ("Dallas Cowboys" stays a person pair,
        "Houston Post" does not)."""
        lex = self.lexicon
        owner: dict[int, Candidate] | None = None
        marked: set[int] = set()
        n = len(tk.word)
        t_lower, t_cap, t_caps = tk.lower, tk.cap, tk.caps
        for i in compress(range(n - 1), t_cap):
            if t_caps[i] or t_lower[i] not in lex.first_names:
                continue
            if tk.gap(i) != " " or not t_cap[i + 1] or t_caps[i + 1]:
                continue
            word = t_lower[i + 1]
            if word in lex.connectors or word in lex.common_words or word in lex.org_words:
                continue
            if word in lex.calendar or word in lex.directions or word in lex.person_titles:
                continue
            if owner is None:
                owner = {}
                for cand in found:
                    for k in range(cand.first, cand.last):
                        owner[k] = cand
            if owner.get(i) is not None and owner.get(i) is owner.get(i + 1):
                continue
            marked.update((i, i + 1))
        return marked

    def _has_strong(self, cand: Candidate, countries_only: bool = False) -> bool:
        gaz = self.gazetteer
        for index, kind in cand.matches:
            if kind in (QUALIFIER, WEAK):
                continue
            feature = gaz.feature(index)
            if countries_only:
                if feature in ("country", "admin1", "continent"):
                    return True
                continue
            if gaz.is_supplement(index) and feature in SUPPLEMENT_SMALL and (
                    cand.last - cand.first == 1):
                continue  # our towns, districts and camps: people bear their one-word names
            if feature in STRONG_FEATURES or feature not in ("town", "city", "admin_seat") or (
                    gaz.is_supplement(index)):
                return True
        return False

    def _name_context(self, tk: Tokens, cand: Candidate, found: list[Candidate],
                      before: int | None) -> None:
        """Mark a place name that is part of a longer name: an organization's ("Colorado State
        University", "Bank of England": reason "institution"), a street's ("Hampton
        Avenue": "street"), or a building's or site's named after its town ("Colchester
        General Hospital": the name then covers the whole, ``facility_end``). ``before`` is
        the word right before the name (``_prev``)."""
        lex = self.lexicon
        t_lower, t_cap = tk.lower, tk.cap
        # "Bank of England", "University of California", "Embassy of the Republic of Armenia"
        k = cand.first - 1
        if k >= 1 and t_lower[k] == "the" and not t_cap[k]:
            k -= 1
        if k >= 1 and t_lower[k] == "of" and not t_cap[k] and self._gap_ok(tk, k):
            head = k - 1
            if t_cap[head] and t_lower[head] in lex.institution_of and self._gap_ok(tk, head):
                cand.reasons.append("institution")
                return
        # "Lake Manassas", "Mount Kenya": a natural feature named after the place
        if before is not None and t_cap[before] and t_lower[before] in lex.feature_prefixes:
            owner = self._owner(found, before)
            if owner is None or owner.last - owner.first == 1:
                if owner is not None:
                    owner.reasons.append("inside")
                cand.start = tk.start[before]
                cand.facility_end = cand.facility_end or cand.end
        # "Colorado State University", "Cavan County Council", "Manila Cathedral"
        j = cand.last
        words = 0
        saint = False
        n = len(tk.word)
        text, t_start, t_end = tk.text, tk.start, tk.end
        while j < n and words < 4:
            gap = text[t_end[j - 1]:t_start[j]]
            if gap != " " and not _SPACE_GAP.fullmatch(gap):
                # "Belfast Magistrate's Court" is one name, "Seoul's Jamsil Stadium" is not;
                # "St George's Chapel" is named after a saint, not after a town.
                if gap not in ("'s ", "’s "):
                    return
                saint = saint or words == 0 and cand.key.split()[0] in (
                    "st", "saint", "ste", "sainte")
                if words == 0 and not saint:
                    return
            word = t_lower[j]
            cap = t_cap[j]
            if not cap or tk.caps[j] and len(tk.word[j]) > 3:
                if word not in ("of", "and", "&") or words == 0:
                    return
            elif tk.sentence_start(j):
                return
            if cap and word in lex.institution_heads:
                cand.reasons.append("institution")
                self._mark_inside(found, cand.last, j)
                return
            if cap and word in lex.street_heads:
                cand.reasons.append("street")
                self._mark_inside(found, cand.last, j)
                return
            if cap and word in lex.facility_heads:
                if saint or (j + 2 < n and t_lower[j + 1] in ("in", "near", "outside")
                             and t_cap[j + 2]):
                    # "Villamor Air Base in Manila": the facility's town is named after it,
                    # and the place is that town, not a namesake of the facility
                    cand.reasons.append("institution")
                    return
                cand.facility_end = tk.end[j]
                self._mark_inside(found, cand.last, j)
                return
            words += 1
            j += 1

    @staticmethod
    def _mark_inside(found: list[Candidate], first: int, last: int) -> None:
        for other in found:
            if first <= other.first <= last:
                other.reasons.append("inside")

    def _owner(self, found: list[Candidate], index: int) -> Candidate | None:
        """The candidate of ``found`` token ``index`` belongs to (``found`` is the list being
        annotated: its token ranges do not change meanwhile)."""
        return self._owners.get(index)

    def _weak_neighbour(self, cand: Candidate) -> bool:
        """A one-word candidate that only small places bear ("Perera", "McGregor", "Conor"):
        next to another capitalized word it is part of a longer name ("Dilan Perera",
        "Conor McGregor"), not a place of its own."""
        return cand.kind == "toponym" and cand.last - cand.first == 1 and (
            "variant" in cand.reasons or not self._has_strong(cand))

    def _in_candidate(self, found: list[Candidate], index: int) -> bool:
        return index in self._owners

    @staticmethod
    def _prev(tk: Tokens, i: int) -> int | None:
        """Index of the word before token i when only spaces (or a hyphen) separate them."""
        if i <= 0:
            return None
        gap = tk.text[tk.end[i - 1]:tk.start[i]]
        if gap == " " or gap.strip(" \t\xa0") in ("", "-") and "\n" not in gap:
            return i - 1
        return None

    @staticmethod
    def _next(tk: Tokens, i: int) -> int | None:
        if i + 1 >= len(tk.word):
            return None
        gap = tk.text[tk.end[i]:tk.start[i + 1]]
        if gap == " " or gap.strip(" \t\xa0") in ("", "-") and "\n" not in gap:
            return i + 1
        return None

    def _noun_use(self, tk: Tokens, best: Candidate | None, demonym: Candidate) -> bool:
        """Whether a word that is both a place's name and its adjective ("Mediterranean",
        "Caribbean") names the place: after "the" and a direction ("destroyers in the eastern
        Mediterranean shot down drones"), or after "the" and before no word it could modify
        ("sent warships to the Caribbean on Monday"; not "the Caribbean nations", "the Caribbean
        and Pacific states")."""
        if best is None or best.first != demonym.first or best.last != demonym.last or \
                not any(e == demonym.demonym_of for e, _ in best.matches):
            return False
        k = best.first - 1
        while k >= 0 and tk.lower[k] in self.lexicon.directions and not tk.cap[k]:
            k -= 1
        if k < 0 or tk.lower[k] != "the":
            return False
        if k < best.first - 1:
            return True  # "the eastern Mediterranean": a part of the sea
        nxt = self._next(tk, best.last - 1)
        return nxt is None or (tk.lower[nxt] in self.lexicon.stopwords and
                               tk.lower[nxt] not in ("and", "or"))

    def _before_plural_cue(self, tk: Tokens, i: int) -> bool:
        """Whether the "and" at token ``i`` joins one to four capitalized words to a plural
        place noun after them ("Kalbajar *and Lachin districts*", "the Kherson *and
        Zaporizhzhia regions*"): the names before it are places of that kind too."""
        j = self._next(tk, i)
        k = 0
        while j is not None and tk.cap[j] and k < 4:
            j = self._next(tk, j)
            k += 1
        return k > 0 and j is not None and not tk.cap[j] and \
            tk.lower[j] in self.lexicon.cue_nouns and tk.lower[j].endswith("s")

    def _pronoun_follows(self, tk: Tokens, i: int) -> bool:
        """True when a personal pronoun or "who" comes right after the verb at token i."""
        if tk.lower[i] in ("who", "whose", "himself", "herself", "married", "died"):
            return True
        j = self._next(tk, i)
        return j is not None and tk.lower[j] in ("he", "she", "his", "her", "him")

    def _qualifier_after(self, tk: Tokens, cand: Candidate,
                         by_first: dict[int, Candidate]) -> Candidate | None:
        last = cand.last - 1
        if last + 1 >= len(tk.word):
            return None
        gap = tk.gap(last)
        if gap.strip() != "," or "\n" in gap:
            return None
        text = tk.text
        nxt = by_first.get(last + 1)
        if nxt is not None and nxt.kind == "toponym":
            if any(self.gazetteer.feature(e) in ("admin1", "country") for e, _ in nxt.matches):
                word = tk.word[nxt.last - 1]
                if text[nxt.end:nxt.end + 1] == "." and not word.isupper() and len(word) <= 5 and (
                        any(k == QUALIFIER for _, k in nxt.matches)):
                    nxt.end += 1  # "Helena, Mont.": the period belongs to the abbreviation
                return nxt
            return None
        # Short codes in capitals that the scan skipped: "Austin, TX".
        k = last + 1
        if tk.caps[k] and len(tk.word[k].replace(".", "")) <= 4:
            key = name_key(tk.word[k])
            matches = [(e, kind) for e, kind in self.gazetteer.lookup(key)
                       if self.gazetteer.feature(e) in ("admin1", "country")]
            if matches:
                qual = Candidate(start=tk.start[k], end=tk.end[k], first=k, last=k + 1,
                                 key=key, kind="toponym", matches=matches)
                by_first[k] = qual
                qual.reasons.append("code")
                return qual
        return None

    def _embedded(self, tk: Tokens, cand: Candidate, found: list[Candidate],
                  before: int | None, after: int | None) -> str | None:
        """ "after" when a proper word precedes the name, "before" when one follows it.
        ``before`` and ``after`` are the words right before and after it (``_prev``,
        ``_next``)."""
        if before is not None and tk.lower[before] in _NAME_PARTICLES and not tk.cap[before]:
            # "Abdel Fattah al Sisi", "Mohammed bin Salman": a particle inside a person's name
            particle_owner = self._prev(tk, before)
            if particle_owner is not None and tk.cap[particle_owner] and not (
                    self._in_candidate(found, particle_owner)):
                return "after"
        # (``_proper`` is false for a word without a capital: most neighbours.)
        if before is not None and tk.cap[before] and self._proper(tk, cand, before):
            return "after"
        if after is not None and tk.cap[after] and self._proper(tk, cand, after):
            return "before"
        return None

    def _proper(self, tk: Tokens, cand: Candidate, index: int) -> bool:
        """Whether the word at ``index``, next to ``cand``, is a proper word of a longer name."""
        if not tk.cap[index] or tk.caps[index] and len(tk.word[index]) > 3:
            return False
        owner = self._owners.get(index)
        if owner is not None and not self._weak_neighbour(owner):
            return False
        lex = self.lexicon
        word = tk.lower[index]
        if word in lex.common_words or word in lex.connectors or word in lex.calendar:
            return False
        if word in lex.person_titles or word in lex.strong_cues:
            return False
        return not (index < cand.first and tk.sentence_start(index))

    def _demonym_role(self, tk: Tokens, cand: Candidate, prev: int | None,
                      nxt: int | None) -> None:
        lex = self.lexicon
        if cand.demonym_form != "adj":
            return
        if prev is not None and tk.lower[prev] in lex.language_cues and (
                nxt is None or tk.lower[nxt] in lex.demonym_non_modifiers
                or not tk.word[nxt].isalpha()):
            cand.reasons.append("language")
            return
        if nxt is None:
            return
        following = tk.lower[nxt]
        if following in lex.demonym_non_modifiers:
            # "British and French troops": a modifier when another demonym follows.
            if following in ("and", "or"):
                after = self._next(tk, nxt)
                if after is not None and name_key(tk.word[after]) in (
                        self.gazetteer.demonyms):
                    cand.modifier = True
            return
        cand.modifier = True


__all__ = ["ALIAS", "PRIMARY", "Candidate", "Recognizer", "Token", "Tokens", "tokenize"]
