"""Recognition: find the spans of a text that name places.

The recognizer looks up capitalized n-grams in the gazetteer's name index (longest match first,
left to right), separates demonyms ("Libyan") from names, and collects the evidence the
resolver needs to keep or drop each candidate: a place cue before it ("in", "near", "town of"),
a "Town, State" qualifier after it, or signs that it is a person ("Michael Jordan", "Jordan
said he ...", "President Lincoln"), a calendar word ("May"), or a common word at the start of a
sentence. Nothing here chooses between homonymous places; :mod:`factions.geo.resolve` does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from factions.geo.gazetteer import ALIAS, PRIMARY, QUALIFIER, WEAK, Gazetteer
from factions.geo.lexicon import Lexicon
from factions.geo.names import name_key, same_initial, skeleton

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
_MEMO_SIZE = 1 << 16
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


def tokenize(text: str) -> list[Token]:
    """The words of ``text`` (``_TOKEN``), with a possessive "'s" cut off.

    Most words stand between single spaces with at most some punctuation around them: those
    are read with string methods, and only the other stretches of the text go through the
    regular expression (the tokens are the same, at a fraction of the cost). A token starts
    a sentence when the gap before it (with the previous token's last character) ends one.
    """
    tokens: list[Token] = []
    append = tokens.append
    previous_end = -1  # end of the previous match (before cutting "'s")
    search = _SENTENCE_END.search
    pos = 0
    for chunk in text.split(" "):
        size = len(chunk)
        if not size:
            pos += 1
            continue
        word = chunk
        start = pos
        if not chunk.isalpha():
            if chunk[0] in _OPEN:
                word = chunk.lstrip(_OPEN)
                start += size - len(word)
            word = word.rstrip(_CLOSE)
            if not word or not word.isalpha():
                # The regular expression for the rest: "U.S.", "al-Tanf", "Libya's", "2019".
                for match in _TOKEN.finditer(text, pos, pos + size):
                    start, end = match.span()
                    if previous_end < 0:
                        sentence_start = True
                    elif text[previous_end - 1] not in _ENDS and (
                            not text[previous_end:start].strip(_PLAIN_GAP)):
                        sentence_start = False  # no sentence-ending character in the gap
                    else:
                        sentence_start = search(text, max(previous_end - 1, 0), start) is not None
                    previous_end = end
                    word = match.group()
                    if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
                        end -= 2
                        word = word[:-2]
                    if word.isalpha():
                        caps = len(word) >= 2 and word.isupper()
                    else:
                        letters = [c for c in word if c.isalpha()]
                        caps = len(letters) >= 2 and all(c.isupper() for c in letters)
                    append(Token(start, end, word, word.lower(), word[:1].isupper(), caps,
                                 sentence_start))
                pos += size + 1
                continue
        # A word between spaces, perhaps with punctuation around it.
        if previous_end < 0:
            sentence_start = True
        elif text[previous_end - 1] not in _ENDS and (
                start == previous_end + 1 or not text[previous_end:start].strip(_PLAIN_GAP)):
            sentence_start = False
        else:
            sentence_start = search(text, max(previous_end - 1, 0), start) is not None
        previous_end = end = start + len(word)
        append(Token(start, end, word, word.lower(), word[0].isupper(),
                     len(word) >= 2 and word.isupper(), sentence_start))
        pos += size + 1
    return tokens


class Recognizer:
    def __init__(self, gazetteer: Gazetteer, lexicon: Lexicon) -> None:
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self.max_ngram = int(lexicon.weights["recognition"]["max_ngram"])
        # Per-key memos (bounded): words recur across documents, and the skeleton step,
        # the most expensive lookup, gives the same answer for a key every time.
        self._lookups: dict[str, list[tuple[int, int]]] = {}
        self._variants: dict[str, tuple[int, ...]] = {}

    def lookup(self, key: str) -> list[tuple[int, int]]:
        """``Gazetteer.lookup``, memoized (callers copy before changing the list)."""
        found = self._lookups.get(key)
        if found is None:
            if len(self._lookups) >= _MEMO_SIZE:
                self._lookups.clear()
            found = self._lookups[key] = self.gazetteer.lookup(key)
        return found

    def variants(self, key: str) -> tuple[int, ...]:
        """Entries whose consonant skeleton is the key's and whose name begins alike."""
        found = self._variants.get(key)
        if found is None:
            if len(self._variants) >= _MEMO_SIZE:
                self._variants.clear()
            gaz = self.gazetteer
            found = self._variants[key] = tuple(
                e for e in gaz.skeletons.get(skeleton(key), ())
                if same_initial(key, name_key(gaz.name(e))))
        return found

    # ------------------------------------------------------------------ helpers
    def _gap_ok(self, text: str, left: Token, right: Token) -> bool:
        gap = text[left.end:right.start]
        if gap == "" or gap == "-" or _SPACE_GAP.fullmatch(gap):
            return True
        return left.lower in self.lexicon.dotted_abbreviations and gap in (". ", ".")

    def _caps_ok(self, text: str, tokens: list[Token], i: int) -> bool:
        """Whether an all-capitals token may be read as a name: a known acronym, a run of
        capitals (a headline or "NEW YORK"), or a dateline ("TRIPOLI (Reuters) -")."""
        token = tokens[i]
        if name_key(token.text) in self.gazetteer.acronyms:
            return True
        for j in (i - 1, i + 1):
            if 0 <= j < len(tokens) and tokens[j].caps and len(tokens[j].text) >= 2 and (
                    name_key(tokens[j].text) not in self.gazetteer.acronyms):
                return True
        line_start = text.rfind("\n", 0, token.start) + 1
        if not text[line_start:token.start].strip(" \t\"'“") or token.sentence_start:
            k = i
            while k + 1 < len(tokens) and tokens[k + 1].caps and self._gap_ok(
                    text, tokens[k], tokens[k + 1]):
                k += 1
            return bool(_DATELINE_TAIL.match(text, tokens[k].end))
        return False

    def _name_token(self, text: str, tokens: list[Token], i: int) -> bool:
        token = tokens[i]
        if not token.cap:
            return False
        if not token.caps and len(token.text) <= 4 and any(c.isupper() for c in token.text[1:]):
            return False  # "MPs", "MoD", "PhD": abbreviations, not names
        if token.caps and len(token.text) > 1 and not (
                token.text.count(".") >= 2 or self._caps_ok(text, tokens, i)):
            return False
        return True

    # ------------------------------------------------------------------ scanning
    def candidates(self, text: str, tokens: list[Token]) -> list[Candidate]:
        gaz = self.gazetteer
        lex = self.lexicon
        found: list[Candidate] = []
        n = len(tokens)
        name_ok = [t.cap and self._name_token(text, tokens, i) for i, t in enumerate(tokens)]
        i = 0
        while i < n:
            if not name_ok[i]:
                i += 1
                continue
            best: Candidate | None = None
            demonym: Candidate | None = None
            j = i
            while j < n and j - i < self.max_ngram:
                if j > i:
                    if not self._gap_ok(text, tokens[j - 1], tokens[j]) and (
                            # "Democratic People's Republic of Korea"
                            text[tokens[j - 1].end:tokens[j].start] not in ("'s ", "’s ")):
                        break
                    if not (name_ok[j] or tokens[j].lower in lex.connectors
                            or tokens[j].lower in lex.generic_suffixes):
                        break
                last = tokens[j]
                end_ok = name_ok[j] or (j > i and last.lower in lex.generic_suffixes)
                if end_ok:
                    key = name_key(text[tokens[i].start:last.end])
                    matches = self.lookup(key)
                    if matches:
                        best = Candidate(start=tokens[i].start, end=last.end, first=i,
                                         last=j + 1, key=key, kind="toponym",
                                         matches=list(matches))
                        if not name_ok[j]:
                            best.name_end = tokens[j - 1].end
                    if j - i < 3 and key in gaz.demonyms:
                        target, form = gaz.demonyms[key]
                        demonym = Candidate(start=tokens[i].start, end=last.end, first=i,
                                            last=j + 1, key=key, kind="demonym",
                                            demonym_of=target, demonym_form=form)
                if tokens[j].lower in lex.generic_suffixes and not name_ok[j]:
                    break
                j += 1
            if best is not None and best.last - best.first == 1 and not (
                    tokens[i].caps and best.key in gaz.acronyms) and (
                    tokens[i].lower in lex.stopwords or tokens[i].lower in lex.non_places):
                best = None
            if demonym is None and (best is None or best.last - best.first == 1):
                variant = self._skeleton_candidate(text, tokens, i, name_ok)
                if variant is not None and (best is None or variant.last > best.last):
                    best = variant
            stem = self._stem_candidate(text, tokens, i, name_ok)
            if stem is not None and (best is None or stem.last >= best.last):
                best = stem
            chosen = best
            if demonym is not None and (best is None or best.last - best.first <= (
                    demonym.last - demonym.first)):
                chosen = demonym
            if chosen is None:
                i += 1
                continue
            if chosen.kind == "toponym" and all(kind == QUALIFIER for _, kind in chosen.matches):
                chosen.is_qualifier = True
                word = tokens[chosen.last - 1].text
                if text[chosen.end:chosen.end + 1] == "." and not word.isupper() and len(word) <= 5:
                    chosen.end += 1  # "Calif.", "Fla.": the period belongs to the name
            if chosen.kind == "toponym" and i > 0 and tokens[i - 1].lower in _ARTICLES and (
                    not tokens[i - 1].cap and text[tokens[i - 1].end:tokens[i].start] == "-"):
                chosen.start = tokens[i - 1].start  # "al-Tanf", "el-Arish": the article too
            found.append(chosen)
            i = chosen.last
        return found

    def _skeleton_candidate(self, text: str, tokens: list[Token], i: int,
                            name_ok: list[bool]) -> Candidate | None:
        """A spelling variant of a town in a country where transliterations vary ("Tell
        Abyad" for "Tall Abyad"): matched on consonant skeletons, as a weak match."""
        lex = self.lexicon
        last = i
        while last + 1 < len(tokens) and last - i < 3 and self._gap_ok(
                text, tokens[last], tokens[last + 1]) and (
                name_ok[last + 1] or tokens[last + 1].lower in _NAME_PARTICLES):
            last += 1
        while last > i and not name_ok[last]:
            last -= 1
        for j in range(last, i - 1, -1):
            if not name_ok[j]:
                continue
            key = name_key(text[tokens[i].start:tokens[j].end])
            first = tokens[i].lower
            if len(key) < 5 or first in lex.common_words or first in lex.first_names or (
                    first in lex.stopwords or first in lex.calendar or first in lex.non_places):
                continue
            # The skeleton drops vowels and merges digraphs, so it is kept only when the
            # names also begin alike ("Tell Abyad" / "Tall Abyad", not "Since" / "Isinweke").
            found = self.variants(key)
            if found:
                return Candidate(start=tokens[i].start, end=tokens[j].end, first=i, last=j + 1,
                                 key=key, kind="toponym", matches=[(e, WEAK) for e in found],
                                 reasons=["variant"])
        return None

    def _stem_candidate(self, text: str, tokens: list[Token], i: int,
                        name_ok: list[bool]) -> Candidate | None:
        """ "Idlib province", "Oaxaca State": a division's name stem and a generic word."""
        stems = self.gazetteer.stems
        for j in range(i, min(i + 3, len(tokens) - 1)):
            if j > i and not (name_ok[j] and self._gap_ok(text, tokens[j - 1], tokens[j])):
                return None
            suffix = tokens[j + 1]
            if suffix.lower not in _DIVISION_WORDS or not self._gap_ok(text, tokens[j], suffix):
                continue
            key = name_key(text[tokens[i].start:tokens[j].end])
            if key not in stems:
                continue
            after = tokens[j + 2] if j + 2 < len(tokens) else None
            if suffix.cap and after is not None and self._gap_ok(text, suffix, after) and (
                    after.cap or after.lower == "of"):
                # "Mississippi State University", "the Kentucky Department of Education":
                # the name alone is the place.
                return None
            last = j + 2
            end = tokens[last - 1].end
            return Candidate(start=tokens[i].start, end=end, first=i, last=last,
                             key=name_key(text[tokens[i].start:end]), kind="toponym",
                             matches=[(e, PRIMARY) for e in stems[key]], cue="noun",
                             name_end=None if suffix.cap else tokens[j].end)
        return None

    # ------------------------------------------------------------------ evidence
    def annotate(self, text: str, tokens: list[Token], found: list[Candidate]) -> None:
        """Attach cues, qualifiers, person signs and demonym roles to every candidate."""
        lex = self.lexicon
        by_first = {c.first: c for c in found}
        lowercase_words = {t.lower for t in tokens if not t.cap}
        persons: set[str] = set()
        person_tokens = self._person_pairs(text, tokens, found)
        extra: list[Candidate] = []

        for cand in found:
            prev = self._prev(text, tokens, cand.first)
            prev2 = self._prev(text, tokens, cand.first - 1) if prev is not None else None
            nxt = self._next(text, tokens, cand.last - 1)
            if cand.kind == "demonym":
                self._demonym_role(text, tokens, cand, prev, nxt)
                continue
            # Qualifier after a comma: "Parkland, Florida", "Austin, TX", "Sirte, Libya".
            qual = self._qualifier_after(text, tokens, cand, by_first)
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
                p = tokens[prev]
                if p.lower in lex.strong_cues and not p.cap or p.lower in (
                        "in", "near", "outside"):
                    cand.cue = "strong"
                elif p.lower in ("of", "in") and prev2 is not None and (
                        tokens[prev2].lower in lex.cue_nouns):
                    cand.cue = "noun"
                elif p.lower in lex.weak_cues and not p.cap:
                    cand.cue = "weak"
                title = p.lower.rstrip(".")
                if title in lex.person_titles and p.cap and (
                        not cand.matches or not self._has_strong(cand, countries_only=True)):
                    cand.person = True
                    cand.reasons.append("title")
            if any(i in person_tokens for i in range(cand.first, cand.last)):
                cand.person = True
                cand.reasons.append("name-pair")
            if nxt is not None:
                following = tokens[nxt]
                if following.lower in lex.cue_nouns and not following.cap and cand.cue is None:
                    cand.cue = "noun"
                if following.lower in lex.person_verbs and (
                        cand.key in lex.first_names and self._pronoun_follows(text, tokens, nxt)
                        or not self._has_strong(cand)):
                    cand.person = True
                    cand.reasons.append("person-verb")
            if cand.person:
                persons.add(cand.key)
            if tokens[cand.first].sentence_start:
                cand.reasons.append("sentence-start")
            # Calendar words and common words.
            if cand.last - cand.first == 1:
                word = tokens[cand.first].lower
                if word in lex.calendar:
                    cand.reasons.append("calendar")
                elif word in lex.common_words or word in lowercase_words:
                    cand.reasons.append(
                        "sentence-start-common" if tokens[cand.first].sentence_start
                        else "common")
            # Inside the name of an organization, a street or a building.
            self._name_context(text, tokens, cand, found)
            # Part of a longer proper name: "Stoneman Douglas High School".
            embedded = self._embedded(text, tokens, cand, found)
            if embedded:
                cand.reasons.append("embedded")
                if embedded == "after" and not self._has_strong(cand):
                    persons.add(cand.key)  # "Conor McGregor": a surname from here on

        if extra:
            found.extend(extra)
            found.sort(key=lambda c: c.start)
        # A name used for a person anywhere is a person everywhere it has no place cue.
        for cand in found:
            if cand.kind == "toponym" and cand.key in persons and not cand.person and (
                    cand.cue not in ("strong", "noun") and cand.qualifier is None
                    and not self._has_strong(cand, countries_only=True)):
                cand.person = True
                cand.reasons.append("person-elsewhere")

    def _person_pairs(self, text: str, tokens: list[Token], found: list[Candidate]) -> set[int]:
        """Tokens of "First Last" names: a first name right before another capitalized word
        ("Chad Johnson", "Michael Jordan", "Paris Hilton"), unless the pair is one place name
        or the second word ends an organization name ("Dallas Cowboys" stays a person pair,
        "Houston Post" does not)."""
        lex = self.lexicon
        owner: dict[int, Candidate] = {}
        for cand in found:
            for i in range(cand.first, cand.last):
                owner[i] = cand
        marked: set[int] = set()
        for i in range(len(tokens) - 1):
            first, second = tokens[i], tokens[i + 1]
            if not first.cap or first.caps or first.lower not in lex.first_names:
                continue
            if text[first.end:second.start] != " " or not second.cap or second.caps:
                continue
            word = second.lower
            if word in lex.connectors or word in lex.common_words or word in lex.org_words:
                continue
            if word in lex.calendar or word in lex.directions or word in lex.person_titles:
                continue
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
            if feature in STRONG_FEATURES or feature not in ("town", "city", "admin_seat") or (
                    gaz.is_supplement(index)):
                return True
        return False

    def _name_context(self, text: str, tokens: list[Token], cand: Candidate,
                      found: list[Candidate]) -> None:
        """Mark a place name that is part of a longer name: an organization's ("Colorado State
        University", "Bank of England": reason "institution"), a street's ("Hampton
        Avenue": "street"), or a building's or site's named after its town ("Colchester
        General Hospital": the name then covers the whole, ``facility_end``)."""
        lex = self.lexicon
        # "Bank of England", "University of California", "Embassy of the Republic of Armenia"
        k = cand.first - 1
        if k >= 1 and tokens[k].lower == "the" and not tokens[k].cap:
            k -= 1
        if k >= 1 and tokens[k].lower == "of" and not tokens[k].cap and (
                self._gap_ok(text, tokens[k], tokens[k + 1])):
            head = tokens[k - 1]
            if head.cap and head.lower in lex.institution_of and self._gap_ok(
                    text, head, tokens[k]):
                cand.reasons.append("institution")
                return
        # "Lake Manassas", "Mount Kenya": a natural feature named after the place
        before = self._prev(text, tokens, cand.first)
        if before is not None and tokens[before].cap and tokens[before].lower in (
                lex.feature_prefixes):
            owner = self._owner(found, before)
            if owner is None or owner.last - owner.first == 1:
                if owner is not None:
                    owner.reasons.append("inside")
                cand.start = tokens[before].start
                cand.facility_end = cand.facility_end or cand.end
        # "Colorado State University", "Cavan County Council", "Manila Cathedral"
        j = cand.last
        words = 0
        saint = False
        while j < len(tokens) and words < 4:
            gap = text[tokens[j - 1].end:tokens[j].start]
            if not _SPACE_GAP.fullmatch(gap):
                # "Belfast Magistrate's Court" is one name, "Seoul's Jamsil Stadium" is not;
                # "St George's Chapel" is named after a saint, not after a town.
                if gap not in ("'s ", "’s "):
                    return
                saint = saint or words == 0 and cand.key.split()[0] in (
                    "st", "saint", "ste", "sainte")
                if words == 0 and not saint:
                    return
            token = tokens[j]
            if not token.cap or token.caps and len(token.text) > 3:
                if token.lower not in ("of", "and", "&") or words == 0:
                    return
            elif token.sentence_start:
                return
            word = token.lower
            if token.cap and word in lex.institution_heads:
                cand.reasons.append("institution")
                self._mark_inside(found, cand.last, j)
                return
            if token.cap and word in lex.street_heads:
                cand.reasons.append("street")
                self._mark_inside(found, cand.last, j)
                return
            if token.cap and word in lex.facility_heads:
                if saint:
                    cand.reasons.append("institution")
                    return
                cand.facility_end = token.end
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
        for cand in found:
            if cand.first <= index < cand.last:
                return cand
        return None

    def _weak_neighbour(self, cand: Candidate) -> bool:
        """A one-word candidate that only small places bear ("Perera", "McGregor", "Conor"):
        next to another capitalized word it is part of a longer name ("Dilan Perera",
        "Conor McGregor"), not a place of its own."""
        return cand.kind == "toponym" and cand.last - cand.first == 1 and (
            "variant" in cand.reasons or not self._has_strong(cand))

    def _in_candidate(self, found: list[Candidate], index: int) -> bool:
        return any(c.first <= index < c.last for c in found)

    def _prev(self, text: str, tokens: list[Token], i: int) -> int | None:
        """Index of the word before token i when only spaces (or a hyphen) separate them."""
        if i <= 0:
            return None
        gap = text[tokens[i - 1].end:tokens[i].start]
        if gap.strip(" \t\xa0") in ("", "-") and "\n" not in gap:
            return i - 1
        return None

    def _next(self, text: str, tokens: list[Token], i: int) -> int | None:
        if i + 1 >= len(tokens):
            return None
        gap = text[tokens[i].end:tokens[i + 1].start]
        if gap.strip(" \t\xa0") in ("", "-") and "\n" not in gap:
            return i + 1
        return None

    def _pronoun_follows(self, text: str, tokens: list[Token], i: int) -> bool:
        """True when a personal pronoun or "who" comes right after the verb at token i."""
        if tokens[i].lower in ("who", "whose", "himself", "herself", "married", "died"):
            return True
        j = self._next(text, tokens, i)
        return j is not None and tokens[j].lower in ("he", "she", "his", "her", "him")

    def _qualifier_after(self, text: str, tokens: list[Token], cand: Candidate,
                         by_first: dict[int, Candidate]) -> Candidate | None:
        last = cand.last - 1
        if last + 1 >= len(tokens):
            return None
        gap = text[tokens[last].end:tokens[last + 1].start]
        if gap.strip() != "," or "\n" in gap:
            return None
        nxt = by_first.get(last + 1)
        if nxt is not None and nxt.kind == "toponym":
            if any(self.gazetteer.feature(e) in ("admin1", "country") for e, _ in nxt.matches):
                word = tokens[nxt.last - 1].text
                if text[nxt.end:nxt.end + 1] == "." and not word.isupper() and len(word) <= 5 and (
                        any(k == QUALIFIER for _, k in nxt.matches)):
                    nxt.end += 1  # "Helena, Mont.": the period belongs to the abbreviation
                return nxt
            return None
        # Short codes in capitals that the scan skipped: "Austin, TX".
        token = tokens[last + 1]
        if token.caps and len(token.text.replace(".", "")) <= 4:
            key = name_key(token.text)
            matches = [(e, k) for e, k in self.gazetteer.lookup(key)
                       if self.gazetteer.feature(e) in ("admin1", "country")]
            if matches:
                qual = Candidate(start=token.start, end=token.end, first=last + 1,
                                 last=last + 2, key=key, kind="toponym", matches=matches)
                by_first[last + 1] = qual
                qual.reasons.append("code")
                return qual
        return None

    def _embedded(self, text: str, tokens: list[Token], cand: Candidate,
                  found: list[Candidate]) -> str | None:
        """ "after" when a proper word precedes the name, "before" when one follows it."""
        lex = self.lexicon

        def proper(index: int | None) -> bool:
            if index is None:
                return False
            token = tokens[index]
            if not token.cap or token.caps and len(token.text) > 3:
                return False
            owner = self._owner(found, index)
            if owner is not None and not self._weak_neighbour(owner):
                return False
            word = token.lower
            if word in lex.common_words or word in lex.connectors or word in lex.calendar:
                return False
            if word in lex.person_titles or word in lex.strong_cues:
                return False
            return not (token.sentence_start and index < cand.first)

        before = self._prev(text, tokens, cand.first)
        if before is not None and tokens[before].lower in _NAME_PARTICLES and not (
                tokens[before].cap):
            # "Abdel Fattah al Sisi", "Mohammed bin Salman": a particle inside a person's name
            particle_owner = self._prev(text, tokens, before)
            if particle_owner is not None and tokens[particle_owner].cap and not (
                    self._in_candidate(found, particle_owner)):
                return "after"
        if proper(before):
            return "after"
        if proper(self._next(text, tokens, cand.last - 1)):
            return "before"
        return None

    def _demonym_role(self, text: str, tokens: list[Token], cand: Candidate,
                      prev: int | None, nxt: int | None) -> None:
        lex = self.lexicon
        if cand.demonym_form != "adj":
            return
        if prev is not None and tokens[prev].lower in lex.language_cues and (
                nxt is None or tokens[nxt].lower in lex.demonym_non_modifiers
                or not tokens[nxt].text.isalpha()):
            cand.reasons.append("language")
            return
        if nxt is None:
            return
        following = tokens[nxt]
        if following.lower in lex.demonym_non_modifiers:
            # "British and French troops": a modifier when another demonym follows.
            if following.lower in ("and", "or"):
                after = self._next(text, tokens, nxt)
                if after is not None and name_key(tokens[after].text) in (
                        self.gazetteer.demonyms):
                    cand.modifier = True
            return
        cand.modifier = True


__all__ = ["ALIAS", "PRIMARY", "Candidate", "Recognizer", "Token", "tokenize"]
