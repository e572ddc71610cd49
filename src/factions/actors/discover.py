"""Discover actors the knowledge base does not know: people named with a title and groups whose
names end in a group noun.

"Field Marshal Ahmed X", "rebel leader X", "PM X", "X, the commander of Y," and "X said" (two or
more capitalized words) give a person; "Tripoli Revolutionaries Brigade", "Sudan Liberation
Movement" give a group. Discovered actors get slug ids prefixed ``x-`` and keep the title the text
gives as a role (see ``factions.actors.roles``).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from spacy.lang.en.stop_words import STOP_WORDS

from factions.actors.home import _country_words, state_of, story_country, taken_mention
from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.actors.recognize import _POSSESSIVE_DETERMINERS, is_generic_org_alias
from factions.actors.unnamed import UNNAMED_QUALIFIERS
from factions.dates.vocab import CALENDAR_WORDS
from factions.kb.names import surname_of, translit_key
from factions.model import Actor, document_actor_id
from factions.pipeline.state import ActorMention, DocState, TokenView

REQUIRES = ("doc", "sentences", "mentions")
ASSIGNS = ("mentions", "actors")

_GROUP_WORDS_LOWER = {"jihadist", "islamist", "clan", "tribal", "separatist", "secessionist",
                      "jihadi", "extremist"}
_NOT_PERSON_WORDS = {"league", "cup", "championship", "championships", "games", "olympics",
                     "summit", "conference", "forum", "talks", "agreement", "accord", "accords",
                     "treaty", "process", "plan", "initiative", "war", "crisis", "day", "week",
                     "prize", "award", "festival", "tournament", "series", "open", "final"}
# Participles that, with "by", put a person at a body's head: "is led by Denis Kapustin".
_LEADING_PARTICIPLES = {"led", "headed", "commanded", "founded", "co-founded", "chaired"}
# Nouns after a title word that make the run a place's or a body's name: "General
# Headquarters", "General Staff".
_PLACE_NOUNS_AFTER_TITLE = {"headquarters", "staff", "secretariat", "hospital", "hall",
                            "square", "palace", "barracks", "airport", "station"}
# Prepositions that make a "... House" a building: "from State House", "at Government House".
_AT_PLACE = {"at", "from", "in", "inside", "outside", "near", "to"}
_SAY = {"said", "says", "told", "added", "explained", "stated", "wrote", "warned", "claimed"}
NAMING_VERBS = {"identified", "named", "identifies", "names"}
# Lower-case nouns that make the name right after them a company's: "Taiwanese firm Gold
# Apollo", "the security company Blackwater", "drone maker Baykar".
_COMPANY_NOUNS = {"firm", "company", "manufacturer", "maker", "contractor", "conglomerate",
                  "shipper", "operator"}
# Person nouns a story uses for someone it names only later ("identified the target as ...").
UNNAMED_PERSON_NOUNS = {"commander", "commanders", "leader", "official", "chief", "militant",
                        "operative", "figure", "man", "woman", "target", "victim"}


def discover_actors(state: DocState) -> None:
    """Add mentions (kind ``discovered``) and Actor entries for unknown titled people and groups."""
    lex = actor_lexicon()
    tv = state.tokens
    national_chapters(state)
    taken = [False] * len(tv.text)
    for m in state.mentions:
        for i in range(m.tok_start, m.tok_end):
            taken[i] = True
    state.mentions.extend(_bracketed_short_names(state, taken))
    sentence_of = state.tokens.sentence
    sentence_starts = {s.tok_start for s in state.sentences}
    found: list[ActorMention] = []
    by_surname: dict[str, str] = {}
    lowers = state.tokens.lower
    states_at = {m.tok_start: m.tok_end for m in state.mentions
                 if m.kind in ("name", "alias") and not m.locative
                 and (a := state.kb.actors.get(m.actor_id)) is not None and a.type == "state"}
    runs = _name_runs(tv, lex, taken, state.tokens.text, states_at)
    named = _named_groups(tv, lex, runs, state.text, _country_words(state.kb))
    for start, end in runs:
        start, end = _numbered_unit(tv, lex, taken, start, end)
        # Capitalized function words and calendar words are not part of a name:
        # "On Thursday", "But Haftar", "In March".
        while start < end and (lowers[start] in STOP_WORDS or lowers[start] in CALENDAR_WORDS) \
                and lowers[start] not in lex.group_heads \
                and not (lowers[start] in lex.titles_by_first
                         and _title_prefix(tv, start, end, lex) is not None):
            # (spaCy's stop words hold "front", and "first" of "First Lady Martine Moise")
            start += 1
        if start >= end or all(w in CALENDAR_WORDS for w in lowers[start:end]):
            continue
        # A country or demonym right before a group name belongs to it:
        # "Azerbaijan State Border Service".
        start, owner = _absorb_country_prefix(state, start, end, lex)
        end, owner = _absorb_country_suffix(state, start, end, lex, owner)
        title_end = _title_prefix(tv, start, end, lex)
        if title_end is None and end - start > 2:
            # "Brazilian President Jair Bolsonaro": the demonym says whose office, it is no
            # part of the name; so does a demonym the knowledge base keeps as a community's
            # ("Tajik President Emomali Rahmon", "Uzbek President Shavkat Mirziyoyev"), and
            # one of two words ("Sri Lankan President Gotabaya Rajapaksa", "South Korean
            # President Yoon Suk Yeol")
            # The demonym's country is the person's ("Wang Yi" is then called "Wang").
            words_of = _country_words(state.kb)
            if (tv.text[start],) in words_of or tv.text[start] in lex.group_adjectives:
                title_end = _title_prefix(tv, start + 1, end, lex)
                if title_end is not None:
                    owner = owner or words_of.get((tv.text[start],))
            elif end - start > 3 and tuple(tv.text[start:start + 2]) in words_of:
                title_end = _title_prefix(tv, start + 2, end, lex)
                if title_end is not None:
                    owner = owner or words_of[tuple(tv.text[start:start + 2])]
        not_person = False
        if title_end is not None and any(lowers[k] in lex.group_heads
                                         or lowers[k] in _PLACE_NOUNS_AFTER_TITLE
                                         for k in range(title_end, end)):
            # "the army's General Headquarters", "the General Command said": a title word
            # opens a body's or a place's name, no one's
            title_end, not_person = None, True
        name_start = title_end if title_end is not None else start
        if name_start >= end:
            continue
        words = [w for w in tv.text[name_start:end] if w.isalpha()]
        if not words:
            continue
        if name_start > 0 and (lowers[name_start - 1] in _POSSESSIVE_DETERMINERS
                               or tv.text[name_start - 1] in ("'s", "’s")) \
                and is_generic_org_alias(state, name_start, end):
            continue  # "his Security Council": someone's own body, not a new actor
        kind = _group_kind(tv, name_start, end, lex)
        group_name = None
        if kind is None and named:
            # "the Gran Grif gang" and, anywhere in the text, "Gran Grif" alone.
            core = tv.span_text(name_start, end, state.text)
            if core in named:
                kind, group_name = named[core]
                if end < len(lowers) and group_name.endswith(" " + lowers[end]):
                    end += 1
        if kind is None and title_end is None and name_start > 0 and \
                lowers[name_start - 1] in _COMPANY_NOUNS and tv.text[name_start - 1].islower():
            kind = "company"  # "Taiwanese firm Gold Apollo, whose brand appeared on the pagers"
        if kind is None:
            # "Plataforma Decide, a civil society election monitoring group, said", "rights
            # group Hengaw said": a name a group noun describes is a body, not a person
            kind = _described_body(tv, start, end)
        if kind is None:
            is_person = (
                title_end is not None
                or _lower_title_before(tv, start, lex)
                or _apposition_title_after(tv, end, lex)
                or (len(words) >= 2 and _plural_title_before(
                    tv, start, lex, state.sentences[sentence_of[start]].tok_start))
                or (len(words) >= 2 and _apposition_title_before(tv, start, end, lex))
                or (len(words) >= 2 and end < len(tv.text) and tv.lower[end] in _SAY)
                or (len(words) >= 2 and _age_after(tv, end))
                or (len(words) >= 2 and start >= 2 and lowers[start - 1] == "by"
                    and lowers[start - 2] in _LEADING_PARTICIPLES)
                or (len(words) >= 2 and _speaks_for(state, start, end))
                or (len(words) >= 2 and naming_noun(
                    lowers, start, state.sentences[sentence_of[start]].tok_start) is not None)
            )
            if not is_person or not_person or (len(words) < 2 and title_end is None):
                continue
            if start in sentence_starts and len(words) < 2:
                continue
            kind = "person"
        known = None
        if kind == "international_org":
            # "the United Nations Verification Mission in Colombia", "The U.N. Integrated
            # Office in Haiti": the organization's name and the country it works in belong to
            # the name; the knowledge base may know the whole of it.
            name_start, end, known = _org_body(state, name_start, end)
        if kind != "person":
            end = _qualifier_after(tv, end, taken)
        span_text = tv.span_text(name_start, end, state.text)
        name = group_name or _clean_name(span_text)
        if not name or name.lower() in lex.group_heads:
            continue
        if kind == "person" and lowers[end - 1] in _NOT_PERSON_WORDS:
            continue  # "Champions League", "Geneva Conference": events and contests
        if kind == "government" and lowers[end - 1] == "house" and name_start > 0 and \
                lowers[name_start - 1] in _AT_PLACE:
            continue  # "an address from State House": the building, no actor
        actor_id = document_actor_id(name)
        if kind != "person":
            # "the National Liberation Army (ELN)": the known group its acronym names.
            actor_id = known or _acronym_after(state, end) or actor_id
        if actor_id not in state.actors and actor_id.startswith("x-"):
            state.actors[actor_id] = Actor(id=actor_id, name=name, type=kind, known=False)
            if kind == "government":
                # A state body named with no country ("the National Security Council") is
                # the story country's own.
                state.actors[actor_id].country = owner or story_country(state)
            elif owner is not None:
                state.actors[actor_id].country = owner  # "Law Society of Kenya"
            if kind == "person":
                _title_owner_attributive(state, lex, name_start)
                surname = surname_of(name, owner)
                if surname:
                    # Two people of one family ("Rodrigo Duterte" ... "his daughter Sara
                    # Duterte"): the bare surname stays with the one named first.
                    by_surname.setdefault(surname, actor_id)
        found.append(
            ActorMention(
                start=tv.idx[name_start], end=tv.end_char(end - 1), tok_start=name_start,
                tok_end=end,
                sentence=sentence_of[name_start], actor_id=actor_id, kind="discovered",
                text=span_text,
            )
        )
        for i in range(name_start, end):
            taken[i] = True
        if states_at and any(k in states_at for k in range(name_start + 1, end)):
            # the state named inside the group's name ("Freedom of Russia Legion") is no
            # mention of its own
            state.mentions = [m for m in state.mentions
                              if not (name_start < m.tok_start < end and m.kind != "discovered")]
    found.extend(_community_groups(state, taken, lex))
    found.extend(_bare_peoples(state, taken, lex))
    found.extend(_splinters(state, found))
    found.extend(_acronyms(state, taken, found))
    # Later surname-only mentions of discovered people.
    lede_end = state.sentences[1].end if len(state.sentences) > 1 else -1
    for i in tv.positions(by_surname, lower=False) if by_surname else ():
        if taken[i]:
            continue
        word = tv.text[i]
        actor_id = by_surname[word]
        first = next(m.start for m in found if m.actor_id == actor_id)
        # (a headline calls him by the surname the lede then gives in full: "Philippines
        # arrests Duterte ..." / "Former Philippine President Rodrigo Duterte was arrested")
        if tv.idx[i] > first or (sentence_of[i] == 0 and first < lede_end):
            found.append(
                ActorMention(
                    start=tv.idx[i], end=tv.idx[i] + len(word), tok_start=i, tok_end=i + 1,
                    sentence=sentence_of[i], actor_id=actor_id, kind="surname", text=word,
                )
            )
    if named:
        found.extend(_bare_group_nouns(state, named, found, taken))
    state.mentions.extend(found)
    state.mentions.sort(key=lambda m: (m.start, -m.end))


def _bracketed_short_names(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """A short name in brackets right after a known group's name is that group's in this
    article, there and later ("Factions of the Syrian National Army (SNA) ... SNA fighters";
    the knowledge base leaves such initials out where two groups share them). Marks the
    tokens taken; returns the new mentions."""
    tv = state.tokens
    texts = tv.text
    n = len(texts)
    short: dict[str, tuple[str, int]] = {}
    for m in state.mentions:
        end = m.tok_end
        if m.kind not in ("name", "alias") or end + 2 >= n or texts[end] != "(" \
                or texts[end + 2] != ")" or taken[end + 1]:
            continue
        word = texts[end + 1]
        entry = state.kb.actors.get(m.actor_id)
        if entry is None or entry.type == "person" or not (2 <= len(word) <= 6) \
                or not word.isalpha() or not word.isupper():
            continue
        if word in short and short[word][0] != m.actor_id:
            short[word] = ("", 0)  # two groups given the same initials: neither
        else:
            short.setdefault(word, (m.actor_id, end + 1))
    found: list[ActorMention] = []
    short = {w: v for w, v in short.items() if v[0]}
    for i in tv.positions(short, lower=False) if short else ():
        word = texts[i]
        actor_id, first = short[word]
        if i >= first and not taken[i]:
            found.append(ActorMention(
                start=tv.idx[i], end=tv.idx[i] + len(word), tok_start=i, tok_end=i + 1,
                sentence=tv.sentence[i], actor_id=actor_id, kind="alias", text=word))
            taken[i] = True
    return found


def _acronyms(state: DocState, taken: list[bool], found: list[ActorMention]
              ) -> list[ActorMention]:
    """Later mentions of a group by the initials of its name, which wire copy uses without
    introducing them ("the opposition Bangladesh Nationalist Party ... The BNP"): a group found
    here, or one the knowledge base knows by a name it lacks the initials of ("the Frontier
    Corps (FC) ... The FC said")."""
    initials: dict[str, str] = {}
    named: list[ActorMention] = [
        *found, *(m for m in state.mentions if m.kind == "name" and not m.locative)]
    first_at: dict[str, int] = {}
    for m in named:
        actor = state.actors.get(m.actor_id) or state.kb.actors.get(m.actor_id)
        if actor is None or actor.type in ("person", "state"):
            continue
        words = [w for w in m.text.replace("-", " ").split() if w[:1].isupper()]
        if len(words) >= 2:
            initials.setdefault("".join(w[0] for w in words), m.actor_id)
            first_at[m.actor_id] = min(first_at.get(m.actor_id, m.start), m.start)
    if not initials:
        return []
    tv = state.tokens
    result = []
    for i in tv.capitalized():
        word = tv.text[i]
        actor_id = initials.get(word)
        if actor_id is None or taken[i] or not word.isupper():
            continue
        if tv.idx[i] <= first_at[actor_id]:
            continue
        result.append(ActorMention(
            start=tv.idx[i], end=tv.idx[i] + len(word), tok_start=i, tok_end=i + 1,
            sentence=tv.sentence[i], actor_id=actor_id, kind="alias", text=word))
        taken[i] = True
    return result


def naming_noun(lowers: list[str], at: int, first: int) -> tuple[int, str] | None:
    """A person named after the fact, the name starting at token ``at`` (``first``: its
    sentence's first token): "identified the target as NAME", "named the dead man as NAME",
    "the commander, named as NAME", "the man was identified as NAME". The naming verb's index
    and the person noun the name is given to, or None."""
    a = at - 1
    if a <= first or lowers[a] != "as":
        return None
    v = next((x for x in range(a - 1, max(first, a - 6) - 1, -1) if lowers[x] in NAMING_VERBS),
             None)
    if v is None:
        return None
    if a > v + 1:  # "identified the target as": the noun right before "as"
        if lowers[v + 1] not in ("the", "a"):
            return None
        noun = lowers[a - 1]
    else:  # "the commander, named as", "the dead man was identified as"
        k = v - 1
        while k > first and lowers[k] in (",", "was", "were", "been", "has", "is", "later"):
            k -= 1
        noun = lowers[k]
    return (v, noun) if noun in UNNAMED_PERSON_NOUNS else None


def _is_name_token(tok_text: str) -> bool:
    return tok_text[:1].isupper() and (tok_text.isalpha() or tok_text.replace(".", "").isalpha()
                                       or "'" in tok_text[1:])


def _name_runs(tv: TokenView, lex: ActorLexicon, taken: list[bool],
               texts: list[str], states_at: dict[int, int] | None = None
               ) -> list[tuple[int, int]]:
    """Maximal runs of capitalized tokens (with particles like "al-" inside), not yet taken;
    a state's name after "of" inside a group's name joins the run ("Freedom of Russia Legion";
    ``states_at``: where the text names a state, the start and end token of each)."""
    runs = []
    i = 0
    n = len(texts)
    # Inlined _is_name_token, read only for capitalized tokens.
    name = [False] * n
    starts = []
    for k in tv.capitalized():
        t = texts[k]
        if t.isalpha() or t.replace(".", "").isalpha() or "'" in t[1:]:
            name[k] = True
            starts.append(k)
    for first in starts:
        if first < i or taken[first]:
            continue
        i = first
        j = i + 1
        while j < n and not taken[j]:
            if name[j]:
                j += 1
                continue
            lower = texts[j].lower()
            if lower in ("of", "for") and states_at and j + 1 in states_at \
                    and (stop := _state_in_group_name(tv, lex, name, taken, i, j,
                                                      states_at[j + 1])):
                j = stop  # "Freedom of Russia Legion", "Central Committee of Sudan Doctors"
                continue
            # Particles and hyphens inside a name: "Fayez al-Sarraj", "Abu Bakr al Baghdadi".
            if (lower in lex.name_particles or (lower == "-" and not tv.space[j - 1])) \
                    and j + 1 < n and (
                name[j + 1] or (texts[j + 1] == "-" and j + 2 < n and name[j + 2])
            ) and lower not in ("and", "the", "of", "for"):
                # (a dash between spaces is no hyphen of a name: "WASHINGTON - The White House")
                j += 1
                continue
            if lower == "of" and j + 1 < n and name[j + 1] and (width := max(
                    (len(t) for t in lex.titles_by_first.get(tv.lower[j - 1], ())
                     if len(t) > 2 and tuple(tv.lower[j - 1 : j - 1 + len(t)]) == t
                     and not any(taken[j : j - 1 + len(t)])), default=0)):
                j += width - 1  # "Deputy Secretary of State Kurt Campbell": a title's "of"
                continue
            if lower == "-" and j > i + 1 and _given_name_syllable(tv, j, taken):
                j += 2  # "Woo Won-shik", "Lee Jae-myung", "Lai Ching-te": a given name's end
                break
            if lower in ("of", "for", "and", "the") and j + 1 < n and name[j + 1] and (
                _group_word_ahead(tv, j + 1, lex)
                or (lower in ("of", "for") and _group_word_ahead(tv, i, lex, j))
            ):
                j += 1  # "National Front for Liberation", "Central Committee of Sudan Doctors"
                continue
            if lower in ("of", "for") and j + 2 < n and texts[j + 1] == "the" and name[j + 2] \
                    and not taken[j + 1] and not taken[j + 2] \
                    and any(tv.lower[x] in lex.group_heads and tv.lower[x] != "fighters"
                            for x in range(i, j)):
                j += 2  # "Patriotic Movement for the Liberation of the Gourma"
                continue
            if lower == "on" and j + 1 < n and name[j + 1] and texts[j - 1].lower() in (
                    lex.group_heads) and texts[j + 1].lower() not in CALENDAR_WORDS:
                # (not "the White House on Tuesday", "Parliament on Friday")
                j += 1  # "National Commission on Human Rights", "Committee on Foreign Affairs"
                continue
            break
        runs.append((i, j))
        i = j
    return runs


# Lower-case words after a hyphen that make "X Y-word" no name but a compound adjective or
# noun: "North Korea-backed", "Burkina Faso-born", "Vladimir Putin-era".
_HYPHEN_WORDS = frozenset({"run", "era", "style", "born", "made", "held", "built", "like",
                           "wide", "free", "type", "class", "bound", "proof", "level", "scale",
                           "area", "zone", "only", "size", "time", "year", "day", "week", "war",
                           "led", "set", "backed", "owned", "aligned", "allied", "linked"})


def _given_name_syllable(tv: TokenView, j: int, taken: list[bool]) -> bool:
    """Whether the hyphen at token ``j``, right after the second or later word of a name, joins
    the last syllable of an East Asian given name ("Woo Won-shik", "Kim Yong-hyun", "Tsai
    Ing-wen"): a short lower-case word with no space around the hyphen, that is no English
    word of a compound ("North Korea-backed", "Sri Lanka-born")."""
    n = len(tv.text)
    if j + 1 >= n or tv.space[j - 1] or tv.space[j] or taken[j] or taken[j + 1]:
        return False
    word = tv.text[j + 1]
    if not (word.isalpha() and word.islower() and len(word) <= 5):
        return False
    if word in _HYPHEN_WORDS or word.endswith(("ed", "ing", "er", "ly")):
        return False
    return not (j + 2 < n and tv.text[j + 2] == "-" and not tv.space[j + 1])


def _state_in_group_name(tv: TokenView, lex: ActorLexicon, name: list[bool], taken: list[bool],
                         i: int, j: int, state_end: int) -> int:
    """Where a group's name ends that goes on past a state's name after its "of" (token
    ``j``; the run began at ``i``): "Freedom of Russia Legion" (a group noun after the state),
    "Central Committee of Sudan Doctors" (a group noun before "of", a plural after the state).
    0 when the name stops at "of"."""
    n = len(tv.text)
    k = state_end
    while k < n and name[k] and not taken[k]:
        k += 1
    if k == state_end:
        return 0  # "the Bank of England": the state closes it (see _absorb_country_suffix)
    if any(tv.lower[x] in lex.group_heads for x in range(state_end, k)):
        return k
    last = tv.lower[k - 1]
    if last.endswith("s") and len(last) > 3 and _group_word_ahead(tv, i, lex, j):
        return k
    return 0


def _group_word_ahead(tv: TokenView, i: int, lex: ActorLexicon, stop: int | None = None) -> bool:
    """Whether a group head noun stands in the capitalized run from ``i`` (up to ``stop``)."""
    j = i
    limit = min(len(tv.text), i + 6 if stop is None else stop)
    while j < limit and (_is_name_token(tv.text[j]) or tv.lower[j] in (
            "of", "for", "and", "the")):
        if tv.lower[j] in lex.group_heads:
            return True
        j += 1
    return False


def _title_prefix(tv: TokenView, start: int, end: int, lex: ActorLexicon) -> int | None:
    """If the run starts with a title ("Field Marshal", "Gen.", "PM"), where the name begins."""
    lowers = tv.lower[start:end]
    best = None
    pos = 0
    # Modifiers may open it: "Interim Prime Minister", "Caretaker Prime Minister", "Acting
    # President" (the title must still follow: "Interim Council" is no one's title).
    while pos < len(lowers) - 1:
        width = next((len(m) for m in lex.modifiers_by_first.get(lowers[pos], ())
                      if tuple(lowers[pos:pos + len(m)]) == m), 0)
        if not width:
            break
        pos += width
    # Titles may stack: "Deputy Prime Minister", "Lt. Gen."
    while pos < len(lowers):
        if pos + 1 < len(lowers) and lowers[pos + 1] in ("minister", "secretary", "governor"):
            # "Energy Minister", "Home Secretary", "Kaduna Governor"; a longer title may open
            # on the second word: "Deputy Secretary of State", "Deputy Minister of State"
            pos += 1 + max((len(t) for t in lex.titles_by_first.get(lowers[pos + 1], ())
                            if tuple(lowers[pos + 1 : pos + 1 + len(t)]) == t), default=1)
            best = start + pos
            continue
        if pos + 2 < len(lowers) and lowers[pos + 1] == "state" and lowers[pos + 2] == "governor":
            pos += 3  # "Borno State Governor"
            best = start + pos
            continue
        for title in lex.titles_by_first.get(lowers[pos], ()):
            if tuple(lowers[pos : pos + len(title)]) == title:
                pos += len(title)
                best = start + pos
                break
        else:
            break
    return best


def _speaks_for(state: DocState, start: int, end: int) -> bool:
    """A name listed with the side it stands for: ", Ahmed Abu Shahma for the GNA and ..."."""
    lowers = state.tokens.lower
    if start == 0 or lowers[start - 1] not in (",", "and") or end + 1 >= len(lowers):
        return False
    if lowers[end] not in ("for", "of"):
        return False
    k = end + 2 if lowers[end + 1] == "the" else end + 1
    for m in state.mentions:
        if m.tok_start == k and not m.locative:
            actor = state.kb.actors.get(m.actor_id)
            return actor is not None and actor.type != "person"
    return False


# Role nouns that, unlike the other role nouns, stand right before a name as a title does.
_COUNTERPART_NOUNS = frozenset({"counterpart", "counterparts"})


# Nouns that say a name is a civic body's ("a rights group", "an election monitoring group"),
# and the words among its modifiers that make it an armed one ("an armed group").
_BODY_NOUNS = frozenset({"group", "organisation", "organization", "watchdog", "monitor",
                         "charity", "ngo", "platform"})
_APPOSITION_STOPS = frozenset({"of", "for", "with", "from", "at", "in", "to", "by", "on",
                               "the", "its", "their", "his", "her", "who", "whose"})
_ARMED_MODIFIERS = frozenset({"armed", "rebel", "militant", "jihadist", "insurgent",
                              "separatist", "militia", "paramilitary", "guerrilla"})


def _described_body(tv: TokenView, start: int, end: int) -> str | None:
    """The actor type of a name a group noun describes: in an apposition right after it
    ("Plataforma Decide, a civil society election monitoring group, said") or right before it
    ("rights group Hengaw said", "internet monitoring group NetBlocks"); "armed", "rebel" and
    the like among the modifiers make it an armed group. None when no such noun describes it."""
    lowers = tv.lower
    if start > 0 and lowers[start - 1] in _BODY_NOUNS and tv.text[start - 1].islower():
        before = lowers[max(0, start - 3):start - 1]
        return "armed_group" if _ARMED_MODIFIERS.intersection(before) else "other"
    if end + 2 >= len(lowers) or tv.text[end] != "," or lowers[end + 1] not in ("a", "an"):
        return None
    for j in range(end + 2, min(len(lowers), end + 9)):
        word = tv.text[j]
        if not word.isalpha() and "-" not in word:
            return None  # the apposition closed before any group noun
        if lowers[j] in _APPOSITION_STOPS:
            return None  # "X, a spokesman for the group,": the noun is another's
        if lowers[j] in _BODY_NOUNS and word.islower():
            return "armed_group" if _ARMED_MODIFIERS.intersection(lowers[end + 2:j]) \
                else "other"
    return None


def _title_owner_attributive(state: DocState, lex: ActorLexicon, start: int) -> None:
    """"Podemos official Paulo Guambe", "Hamas commander X": the body named right before a
    lower-case title only says whose the person is; its mention is attributive (the person,
    not the party, was shot)."""
    tv = state.tokens
    if start == 0 or not tv.text[start - 1].islower():
        return
    for title in lex.titles_by_last.get(tv.lower[start - 1], ()):
        k = len(title)
        if start - k - 1 >= 0 and tuple(tv.lower[start - k:start]) == title:
            owner_end = start - k
            for m in state.mentions:
                if m.tok_end == owner_end and m.sentence == tv.sentence[start]:
                    m.attributive = True
            return


def _age_after(tv: TokenView, end: int) -> bool:
    """An age set off by commas right after the name: "Mahsa Amini, 22, died", "Elvino Dias,
    45, was shot"."""
    if end + 2 >= len(tv.text) or tv.text[end] != "," or tv.text[end + 2] not in (",", "."):
        return False
    age = tv.text[end + 1]
    return age.isdigit() and len(age) <= 3 and 0 < int(age) < 120


def _lower_title_before(tv: TokenView, start: int, lex: ActorLexicon) -> bool:
    """A lower-case title right before the name: "rebel leader X", "spokesman X"."""
    if start == 0:
        return False
    prev = tv.text[start - 1]
    if not prev.islower():
        return False
    if prev in _COUNTERPART_NOUNS and start + 1 < len(tv.text) and \
            _is_name_token(tv.text[start + 1]):
        return True  # "his Tajik counterpart Saimumin Yatimov": a two-word name after it
    for title in lex.titles_by_last.get(tv.lower[start - 1], ()):
        k = len(title)
        if start - k >= 0 and tuple(tv.lower[start - k : start]) == title:
            return True
    return False


def _plural_title_before(tv: TokenView, start: int, lex: ActorLexicon, first: int) -> bool:
    """A name in a list a plural title opens: "former ministers Asad Umar, Fawad Chaudhry and
    Shireen Mazari", "board members Toyoaki Nakamura and Asahi Noguchi" (``first``: the
    sentence's first token)."""
    j = start - 1
    for _ in range(8):  # back over the list's earlier names, each after "," or "and"
        if j <= first or tv.lower[j] not in (",", "and"):
            break
        k = j - 1
        while k > first and (_is_name_token(tv.text[k]) or (
                tv.lower[k] in lex.name_particles and tv.text[k].islower()
                and tv.lower[k] not in ("and", "the", "of", "for"))):
            k -= 1
        if k == j - 1:
            return False  # "and" after something other than a name
        j = k
    word = tv.text[j]
    if j < first or not word.islower() or len(word) < 4 or not word.endswith("s"):
        return False
    singular = tv.lower[j][:-1]
    for title in lex.titles_by_last.get(singular, ()):
        k = len(title)
        if j - k + 1 >= first and tuple(tv.lower[j - k + 1:j]) == title[:-1]:
            return True
    return False


def _apposition_title_after(tv: TokenView, end: int, lex: ActorLexicon) -> bool:
    """"X, the commander of Y," / "X, a spokesman for Y"."""
    if end + 2 >= len(tv.text) or tv.text[end] != ",":
        return False
    j = end + 1
    if tv.lower[j] == "who" and tv.lower[j + 1] in _HEADS_VERBS:
        return True  # "Abdulqader al-Murtada, who heads the Houthi prisoner committee,"
    if tv.lower[j] in ("the", "a", "an"):
        j += 1
        if j + 1 < len(tv.text) and tv.lower[j] in _MEMBER_NOUNS and tv.lower[j + 1] == "of":
            return True  # "X, a member of the Russian-installed administration"
    for _ in range(3):  # modifiers: "the group's military commander"
        if j >= len(tv.text):
            return False
        for title in lex.titles_by_first.get(tv.lower[j], ()):
            if tuple(tv.lower[j : j + len(title)]) == title:
                return True
        j += 1
    # Longer descriptions: "X, a Russian far-right activist who", "X, the University of Arizona
    # planetary scientist who leads the team,": the title must head the phrase there (the
    # phrase ends right after it), and the phrase holds no clause ("Y, the town where the army
    # chief ...").
    n = len(tv.text)
    for k in range(j, min(n - 1, end + 10)):
        word = tv.text[k]
        lower = tv.lower[k]
        if lower == "of" and word.islower() and tv.text[k - 1][:1].isupper() \
                and tv.text[k + 1][:1].isupper():
            continue  # "the University of Arizona ..."
        if not (word.isalpha() or word in ("-", "'s", "’s")) or (
                lower in STOP_WORDS and lower not in lex.titles_by_first):
            return False
        if lower in lex.role_heads and tv.lower[k + 1] in _APPOSITION_HEAD_ENDS and any(
                tuple(tv.lower[k - len(t) + 1 : k + 1]) == t
                for t in lex.titles_by_last.get(lower, ())):
            return True
    return False


# Verbs of a relative clause that put a person at a body's head: "X, who heads the committee".
_HEADS_VERBS = frozenset({"heads", "headed", "leads", "led", "commands", "commanded", "chairs",
                          "chaired", "runs", "ran", "founded", "co-founded"})
# Nouns that make a person one of a body's people: "X, a member of the council", "X, a brother
# of former president Y".
_MEMBER_NOUNS = frozenset({"member", "brother", "sister", "son", "daughter", "cousin", "nephew",
                           "niece", "wife", "widow", "husband", "relative", "co-founder",
                           "founder", "deputy"})


# What may follow the head of an apposition that describes a person: "X, a Russian far-right
# activist who ...", "X, a veteran opposition lawmaker, said".
_APPOSITION_HEAD_ENDS = frozenset({",", ".", ";", ")", "who", "whose", "and", "of", "for", "at",
                                   "with", "in", "based", "from", "close", "turned"})


def _apposition_title_before(tv: TokenView, start: int, end: int, lex: ActorLexicon) -> bool:
    """"The U.S. special envoy for the Horn of Africa, Mike Hammer, had attended": a name set
    off by commas right after a phrase headed by a lower-case title."""
    if start < 2 or tv.text[start - 1] != "," or end >= len(tv.text) or tv.text[end] != ",":
        return False
    for j in range(start - 2, max(-1, start - 12), -1):
        if tv.text[j] in (",", ".", ";", ":", '"'):
            return False
        if tv.text[j].islower() and any(
                j - len(t) + 1 >= 0 and tuple(tv.lower[j - len(t) + 1 : j + 1]) == t
                for t in lex.titles_by_last.get(tv.lower[j], ())):
            return True
        # "one of its commanders, Sergei Shevchenko,": a title in the plural after "one of"
        word = tv.lower[j]
        if word.endswith("s") and (word[:-1],) in lex.titles_by_last.get(word[:-1], ()) and \
                "one" in tv.lower[max(0, j - 4) : j] and "of" in tv.lower[max(0, j - 3) : j]:
            return True
    return False


# Nouns for a group's breakaway members: "FARC dissidents" are not the FARC.
_SPLINTER_NOUNS = {"dissidents", "dissident", "defectors", "splinter"}


def _splinters(state: DocState, found: list[ActorMention]) -> list[ActorMention]:
    """"FARC dissidents": a group of its own, not the group they broke from; "FARC dissidents
    of the 33rd Front": the group the text names after "of (the)"."""
    tv = state.tokens
    result: list[ActorMention] = []
    positions = tv.positions(_SPLINTER_NOUNS)
    if not positions:
        return result
    owners = {m.tok_end: m for m in state.mentions if m.kind in ("name", "alias")}
    starts = {m.tok_start: m for m in (*state.mentions, *found) if not m.locative}
    for i in positions:
        m = owners.get(i)
        actor = state.kb.actors.get(m.actor_id) if m is not None else None
        if m is None or actor is None or actor.type not in ("armed_group", "political_party"):
            continue
        end = i + 1
        k = end + 1 + (end + 1 < len(tv.lower) and tv.lower[end + 1] == "the")
        named = starts.get(k) if end < len(tv.lower) and tv.lower[end] == "of" else None
        if named is not None and named.actor_id != m.actor_id:
            actor_id = named.actor_id
        else:
            text = tv.span_text(m.tok_start, end, state.text)
            actor_id = document_actor_id(text)
            if actor_id not in state.actors:
                state.actors[actor_id] = Actor(id=actor_id, name=text, type=actor.type,
                                               country=actor.country, known=False)
        state.mentions.remove(m)
        result.append(ActorMention(start=m.start, end=tv.end_char(i), tok_start=m.tok_start,
                                   tok_end=end, sentence=m.sentence, actor_id=actor_id,
                                   kind="agent", text=tv.span_text(m.tok_start, end, state.text)))
    return result


def _org_body(state: DocState, start: int, end: int) -> tuple[int, int, str | None]:
    """Where an organization's body named after it starts and ends ("United Nations" before
    "Verification Mission", "in Colombia" after it), and the KB actor of that whole name."""
    tv = state.tokens
    n = len(tv.text)
    parent = next((m for m in state.mentions if m.tok_end == start and not m.locative
                   and m.kind in ("name", "alias") and tv.space[start - 1]
                   and (a := state.kb.actors.get(m.actor_id)) is not None
                   and a.type == "international_org"), None)
    stop = end
    if end + 1 < n and tv.lower[end] == "in" and tv.text[end + 1][:1].isupper():
        stop = end + 2
        while stop < n and tv.text[stop][:1].isupper() and tv.text[stop].isalpha():
            stop += 1
    if parent is None and stop == end:
        return start, end, None
    first = parent.tok_start if parent is not None else start
    ids = state.kb.translit.get(translit_key(_clean_name(tv.span_text(first, stop, state.text))),
                                [])
    if len(ids) == 1:
        if parent is not None:
            state.mentions.remove(parent)
        return first, stop, ids[0]
    if parent is not None:
        state.mentions.remove(parent)
        return first, stop, None
    return start, end, None


def _acronym_after(state: DocState, end: int) -> str | None:
    """The known group a parenthesized name right after token ``end`` names, or None."""
    tv = state.tokens
    if end + 2 >= len(tv.text) or tv.text[end] != "(":
        return None
    for m in state.mentions:
        if m.tok_start == end + 1 and m.kind in ("name", "alias") \
                and m.tok_end < len(tv.text) and tv.text[m.tok_end] == ")":
            actor = state.kb.actors.get(m.actor_id)
            if actor is not None and actor.type != "person":
                return actor.id
    return None


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)$")


# Nouns after a bare "gang" that make it a modifier: "gang members", "gang violence".
_NOUN_AFTER_GROUP_NOUN = {"member", "members", "leader", "leaders", "boss", "bosses", "violence",
                          "war", "wars", "warfare", "territory", "coalition", "coalitions",
                          "alliance", "alliances", "attack", "attacks", "activity", "crime",
                          "crimes", "-", "'s", "’s", "of"}


def _bare_group_nouns(state: DocState, named: dict[str, tuple[str, str]],
                      found: list[ActorMention], taken: list[bool]) -> list[ActorMention]:
    """"the gang", and a headline's "Gang": the one gang the text names ("the Gran Grif
    gang"), when it names one of that noun only."""
    tv = state.tokens
    by_noun: dict[str, list[str]] = {}
    for _kind, name in named.values():
        by_noun.setdefault(name.rsplit(" ", 1)[-1], []).append(name)
    ids = {m.text: m.actor_id for m in found}
    result = []
    n = len(tv.lower)
    for i in tv.positions(by_noun):
        names = by_noun[tv.lower[i]]
        if taken[i] or len(names) != 1:
            continue
        actor_id = next((a for t, a in ids.items() if t.endswith(tv.lower[i])
                         and state.actors.get(a) is not None
                         and state.actors[a].name == names[0]), None)
        if actor_id is None or (i + 1 < n and tv.lower[i + 1] in _NOUN_AFTER_GROUP_NOUN):
            continue
        first = state.sentences[tv.sentence[i]].tok_start
        headline = i == first and tv.text[i][0].isupper()  # "Gang kills at least 70"
        if not (i > first and tv.lower[i - 1] == "the") and not headline:
            continue
        start = i - 1 if i > first else i
        result.append(ActorMention(start=tv.idx[start], end=tv.end_char(i), tok_start=start,
                                   tok_end=i + 1, sentence=tv.sentence[i], actor_id=actor_id,
                                   kind="descriptor", text=tv.span_text(start, i + 1, state.text)))
        taken[i] = True
    return result


def _numbered_unit(tv: TokenView, lex: ActorLexicon, taken: list[bool], start: int, end: int
                   ) -> tuple[int, int]:
    """A unit named by its number takes the number: "the 33rd Front", "Frente 33"."""
    if lex.group_heads.get(tv.lower[end - 1]) != "armed_group":
        return start, end
    if start > 0 and not taken[start - 1] and _ORDINAL.match(tv.lower[start - 1]):
        return start - 1, end
    if end < len(tv.text) and not taken[end] and tv.text[end].isdigit():
        return start, end + 1
    return start, end


def _named_groups(tv: TokenView, lex: ActorLexicon, runs: list[tuple[int, int]], text: str,
                  country_words: Collection[tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """Names the text gives groups with a lower-case noun after "the": "the Gran Grif gang",
    "the Sinaloa cartel", "the Katiba Hanifa group" -> {"Gran Grif": (type, "Gran Grif gang")};
    not a kind of group ("the Somali group", "the Islamist group Hayat Tahrir al-Sham")."""
    nouns = lex.named_group_nouns
    found: dict[str, tuple[str, str]] = {}
    n = len(tv.text)
    for start, end in runs:
        if tv.lower[start] == "the":  # "The Sinaloa cartel said"
            start += 1
        if start < end < n and tv.lower[end] in nouns and tv.text[end].islower() \
                and start > 0 and tv.lower[start - 1] == "the" \
                and not (end + 1 < n and tv.text[end + 1][:1].isupper()) \
                and not (end - start == 1 and tv.text[start] in lex.group_adjectives) \
                and tuple(tv.text[start:end]) not in country_words:
            core = tv.span_text(start, end, text)
            found[core] = (nouns[tv.lower[end]], f"{core} {tv.lower[end]}")
    return found


def _group_kind(tv: TokenView, start: int, end: int, lex: ActorLexicon) -> str | None:
    """Type of a group whose capitalized name ends in a group noun, else None."""
    if end - start < 2:
        return None
    # The head is the last word, or the word before "of"/"for" ("Front for Liberation").
    head_end = end
    for k in range(start + 1, end - 1):
        if tv.lower[k] in ("of", "for", "on"):
            head_end = k
            break
    kind = None
    if tv.text[end - 1].isdigit():  # "Frente 33"
        head_end = end - 1
    for stop in dict.fromkeys((end, head_end)):
        last = tv.lower[stop - 1]
        two = f"{tv.lower[stop - 2]} {last}" if stop - 2 >= start else last
        kind = lex.group_heads.get(two) or lex.group_heads.get(last)
        if kind is not None:
            break
    if kind is None or (tv.lower[stop - 2] in lex.sport_heads_before if stop - 2 >= start
                        else False):
        return None  # "Champions League": a contest
    if tv.lower[end - 1] in ("of", "for", "and", "the", "on"):
        return None
    first = tv.lower[start]
    if first in ("the",) and end - start < 3:
        return None
    return kind


def _qualifier_after(tv: TokenView, end: int, taken: list[bool]) -> int:
    """The end of a body's name with the bracketed qualifier that is part of it: "Communist
    Party of Nepal (Unified Marxist-Leninist)", "Communist Party of India (Marxist)"; not an
    acronym ("(ELN)", read as a short name) nor a lower-case aside ("(in Nepal)")."""
    n = len(tv.text)
    if end >= n or tv.text[end] != "(":
        return end
    k = end + 1
    words = 0
    while k < n and k < end + 8 and tv.text[k] != ")":
        word = tv.text[k]
        if taken[k] or not (word[:1].isupper() or word == "-"):
            return end
        words += word != "-"
        k += 1
    if k >= n or tv.text[k] != ")" or words == 0 or (
            words == 1 and tv.text[end + 1].replace("-", "").isupper()):
        return end
    return k + 1


def _clean_name(text: str) -> str:
    text = re.sub(r"^(The|A|An)\s+", "", text)
    text = text.replace(" - ", "-").replace(" -", "-").replace("- ", "-")
    return text.strip(" -'")


# Heads that make a bloc adjective's government agents a party ("Western governments",
# "European leaders"), not anonymous sources ("Western officials").
_BLOC_LEADERS = frozenset({"leaders", "powers"})
_BLOC_HEADS = _BLOC_LEADERS | {"governments"}


# Nouns after a group noun that make it a class something belongs to: "Scheduled Tribe status".
_CLASSIFIED_NOUNS = frozenset({"status", "quota", "quotas", "category", "designation", "list",
                               "certificate", "certificates", "reservation", "reservations"})


# Words of a creed of armed struggle whose "groups" are armed ones: "jihadist groups linked to
# al Qaeda", "Islamist groups" (not "Christian groups", "Arab groups": communities' bodies).
# (Separatists' groups are the one cause group of ``one_cause_groups``.)
_MILITANT_CREEDS = frozenset({"jihadist", "jihadi", "islamist", "salafist", "extremist"})
_CREED_GROUPS = frozenset({"groups", "organisations", "organizations"})


def _militant_groups(tv: TokenView, i: int) -> tuple[int, str] | None:
    """The agent of "jihadist groups", "Islamist groups" at token ``i``: (end, "militia")."""
    if tv.lower[i] in _MILITANT_CREEDS and i + 1 < len(tv.lower) and \
            tv.lower[i + 1] in _CREED_GROUPS:
        return i + 2, "militia"
    return None


def _community_groups(state: DocState, taken: list[bool], lex: ActorLexicon
                      ) -> list[ActorMention]:
    """"Kurdish fighters", "Islamist militants": a community adjective with a non-state agent
    noun makes a group actor of its own."""
    from factions.actors.recognize import agent_noun_at, agent_owner

    tv = state.tokens
    texts = tv.text
    n = len(texts)
    found = []
    # Only a word followed by an agent noun (or by "-participle agent-noun") can start a group.
    candidates = [k - 1 for k in tv.positions(state.kb.agent_starts | {"-"} | _BLOC_LEADERS
                                              | _CREED_GROUPS)
                  if k > 0]
    backed: dict[str, str] = {}
    mid: frozenset[str] | None = None  # read only for a sentence's first word
    for i in candidates:
        word = texts[i]
        agent: tuple[int, str] | None
        hyphenated = (i + 3 < n and texts[i + 1] == "-" and not tv.space[i]
                      and not any(taken[i + 1 : i + 4]))
        if taken[i] and not hyphenated:
            continue
        if i > 1 and texts[i - 1] == "-" and tv.lower[i - 2] == "non":
            continue  # "the main non-Arab community": whom it is not
        if word in lex.group_adjectives and not taken[i]:
            # "Islamist militants", "Western governments", "Arab states"
            agent = agent_noun_at(tv, i + 1, state.kb) or _militant_groups(tv, i)
            if agent is None and i + 1 < n and tv.lower[i + 1] in _BLOC_LEADERS:
                # "European leaders meeting in Tirana said ...": the bloc's leaders act together
                agent = (i + 2, "government")
            if agent is None or agent[1] in lex.no_actor_sectors:
                continue
            owner = _state_of_community_word(state, word)
            if owner is not None and agent[1] not in lex.non_state_sectors:
                # "Tajik forces" in a story that names Tajikistan: the state's own forces,
                # not a community's group (as "Kyrgyz troops" are Kyrgyzstan's)
                found.append(taken_mention(state, taken, i, agent[0], agent_owner(
                    owner, agent[1], state.kb, lex, " ".join(tv.lower[i + 1 : agent[0]])),
                    "agent", agent[1]))
                continue
            if agent[1] == "government" and tv.lower[agent[0] - 1] not in _BLOC_HEADS:
                continue  # "Western officials" are anonymous sources, not a party
        elif not taken[i] and not hyphenated and (tv.lower[i] in _GROUP_WORDS_LOWER or (
                word[:1].isupper() and word.isalpha() and tv.lower[i] not in STOP_WORDS
                and tv.lower[i] not in CALENDAR_WORDS and tv.lower[i] not in UNNAMED_QUALIFIERS
                and ((i > 0 and tv.sentence[i - 1] == tv.sentence[i])
                     or word in (mid or (mid := _named_mid_sentence(tv))))
                and (i == 0 or texts[i - 1] != "-" or tv.space[i - 1]))):
            # (not "Port-au-Prince"'s end; a sentence's first word only when the text also
            # capitalizes it inside a sentence: the headline's "Serb protesters clash ...",
            # not "Angry protesters")
            # "jihadist groups", "clan militias", and a place's fighters: "Misrata armed
            # groups", "Deraa rebels", "Zintan brigades"
            agent = agent_noun_at(tv, i + 1, state.kb) or _militant_groups(tv, i)
            if agent is None or agent[1] not in lex.non_state_sectors:
                continue
        elif (hyphenated and (word[:1].isupper() or tv.lower[i] in ("pro", "anti"))
              and (tv.lower[i + 2] in lex.agentive_participles or tv.lower[i] in ("pro", "anti"))):
            # "Iran-backed militias", "Pro-government militias", "Turkish-backed fighters"
            agent = agent_noun_at(tv, i + 3, state.kb)
            if agent is None and tv.lower[i] not in ("pro", "anti") and \
                    tv.lower[i + 3] == "groups":
                agent = (i + 4, "militia")  # "Iran-backed groups have launched ... attacks"
            if agent is None or agent[1] not in lex.non_state_sectors:
                continue
        else:
            continue
        end, sector = agent
        if end < n and (taken[end] or tv.lower[end] in _CLASSIFIED_NOUNS) and not hyphenated:
            # "the Sunni militant group Jaish al-Adl": a description of the name after it (its
            # role), no group of its own; "Scheduled Tribe status": a class something is in
            continue
        first = i
        if word in lex.group_adjectives and i > 0 and not taken[i - 1] and \
                tv.sentence[i - 1] == tv.sentence[i] and \
                (texts[i - 1],) in _country_words(state.kb):
            # "Iranian Kurdish opposition groups", "Syrian Kurdish fighters": the country's
            # demonym belongs to the community's group (a country's Kurds, not all Kurds)
            first = i - 1
        text = tv.span_text(first, end, state.text)
        actor_id = document_actor_id(text)
        leader = _leading_group(state, i) if hyphenated and tv.lower[i + 2] == "led" else None
        if leader is not None:
            # "Hamas-led gunmen stormed southern Israel": the fighters an armed group leads
            # are that group's (as "Hamas fighters"); a state's lead ("Saudi-led forces")
            # makes a coalition of its own.
            found.append(taken_mention(state, taken, i, end, leader, "agent", sector))
            continue
        if hyphenated and tv.lower[i] not in ("pro", "anti"):
            # "Iran-backed militant groups ... Iran-backed groups have launched": the groups
            # one backer backs are one actor, however the article goes on to call them
            prefix = document_actor_id(f"{tv.lower[i]}-{tv.lower[i + 2]}") + "-"
            actor_id = backed.setdefault(prefix, next(
                (a for a in state.actors if a.startswith(prefix)), actor_id))
        name = text[:1].upper() + text[1:]
        if sector == "community" and first == i and tv.lower[end - 1] in _PEOPLE_NOUNS:
            # "the Druze community", "the mostly Muslim Rohingya minority": one people, called
            # by its own name (its tribes and clans are groups of their own)
            actor_id, name = _community_id(word), word
        if actor_id not in state.actors:
            state.actors[actor_id] = Actor(id=actor_id, name=name,
                                           type=lex.non_state_sectors.get(sector, "other"),
                                           known=False)
        found.append(ActorMention(start=tv.idx[first], end=tv.end_char(end - 1),
                                  tok_start=first, tok_end=end, sentence=tv.sentence[i],
                                  actor_id=actor_id, kind="agent", text=text, sector=sector))
        for k in range(first, end):
            taken[k] = True
    return found


def _named_mid_sentence(tv: TokenView) -> frozenset[str]:
    """Capitalized words the text writes inside a sentence (so names, not sentence openers)."""
    sentence = tv.sentence
    return frozenset(tv.text[k] for k in tv.capitalized()
                     if k > 0 and sentence[k - 1] == sentence[k])


_PEOPLE_NOUNS = frozenset({"community", "communities", "minority", "minorities"})


def _community_id(word: str) -> str:
    return document_actor_id(f"{word} community")


# Community words that name no people of their own: creeds, blocs, causes, and words that are
# also common nouns or names.
_NO_PEOPLE = frozenset({"islamist", "jihadist", "salafist", "western", "european", "islamic",
                        "separatist", "jihadi", "arab", "muslim", "christian", "sunni", "shia",
                        "shiite", "somali", "afar", "shan", "karen", "fur"})
# What may follow a people named bare after "the": "attacked the Masalit, the main non-Arab
# community", "the Druze of Sweida", "the Rohingya who fled".
_AFTER_PEOPLE = frozenset({",", ".", ";", ")", "of", "in", "and", "who", "have", "had", "has",
                           "were", "are", "say", "said", "from", "to", "on", "at", "living"})


def _bare_peoples(state: DocState, taken: list[bool], lex: ActorLexicon
                  ) -> list[ActorMention]:
    """A people named bare after "the" ("militias attacked the Masalit", "the Druze
    said"): the community's actor (as "the Masalit community" is)."""
    tv = state.tokens
    n = len(tv.text)
    found = []
    for i in tv.positions(lex.group_adjectives, lower=False):
        word = tv.text[i]
        if taken[i] or i == 0 or tv.lower[i - 1] != "the" or tv.lower[i] in _NO_PEOPLE \
                or _state_of_community_word(state, word) is not None:
            continue
        if i + 1 < n and tv.lower[i + 1] not in _AFTER_PEOPLE:
            continue  # "the Druze community" (``_community_groups``), "the Kurdish forces"
        actor_id = _community_id(word)
        if actor_id not in state.actors:
            state.actors[actor_id] = Actor(id=actor_id, name=word, type="other", known=False)
        found.append(taken_mention(state, taken, i - 1, i + 1, actor_id, "agent", "community"))
    return found


def _state_of_community_word(state: DocState, word: str) -> str | None:
    """The state the text names whose name a community adjective begins ("Tajik":
    Tajikistan, "Uzbek": Uzbekistan), or None: the knowledge base keeps such words apart from
    the state's demonyms because they also name a people living elsewhere."""
    for actor_id in {m.actor_id for m in state.mentions}:
        actor = state.kb.actors.get(actor_id)
        if actor is not None and actor.type == "state" and actor.name.startswith(word) \
                and actor.name != word and actor.name[len(word):].isalpha() \
                and actor.name[len(word)].islower():
            return actor.id
    return None


def _leading_group(state: DocState, i: int) -> str | None:
    """The armed group a known name at token ``i`` names, when one does ("Hamas" in
    "Hamas-led gunmen")."""
    for m in state.mentions:
        if m.tok_start == i and m.tok_end == i + 1 and m.kind in ("name", "alias"):
            actor = state.kb.actors.get(m.actor_id)
            if actor is not None and actor.type == "armed_group" and actor.represents is None:
                return m.actor_id
    return None


def _absorb_country_suffix(state: DocState, start: int, end: int, lex: ActorLexicon,
                           owner: str | None) -> tuple[int, str | None]:
    """Where a group name ends when it closes on "of" and a state's name ("Law Society of
    Kenya", "Bar Association of India"), and that state's country."""
    tv = state.tokens
    if end - start < 3 or tv.lower[end - 1] != "of" or \
            _group_kind(tv, start, end - 1, lex) is None:
        return end, owner
    for m in state.mentions:
        if m.tok_start == end and m.kind in ("name", "alias"):
            actor = state.kb.actors.get(m.actor_id)
            if actor is not None and actor.type == "state" and (
                    m.tok_end >= len(tv.text) or not tv.text[m.tok_end][:1].isupper()):
                state.mentions.remove(m)
                return m.tok_end, actor.country
            break
    return end, owner


def national_chapters(state: DocState) -> None:
    """A non-governmental organization's name right before a state's ("Amnesty Kenya", "Oxfam
    Sudan") names its national section, an actor of that country, not the organization."""
    tv = state.tokens
    n = len(tv.text)
    words = _country_words(state.kb)
    for m in [m for m in state.mentions if m.kind in ("name", "alias")]:
        org = state.kb.actors.get(m.actor_id)
        end = m.tok_end
        if org is None or org.type != "other" or end >= n or not tv.space[end - 1] or \
                not tv.text[end][:1].isupper():
            continue
        for width in (2, 1):
            country = words.get(tuple(tv.text[end : end + width]))
            home = state_of(state.kb, country) if country else None
            if home is not None and " ".join(tv.text[end : end + width]) in home.all_names():
                break
        else:
            continue
        stop = end + width
        if stop < n and tv.text[stop][:1].isupper():
            continue
        text = tv.span_text(m.tok_start, stop, state.text)
        actor_id = document_actor_id(text)
        if actor_id not in state.actors:
            state.actors[actor_id] = Actor(id=actor_id, name=text, type="other",
                                           country=home.country, known=False)
        state.mentions.remove(m)
        state.mentions = [x for x in state.mentions if not (end <= x.tok_start < stop)]
        state.mentions.append(ActorMention(
            start=m.start, end=tv.end_char(stop - 1), tok_start=m.tok_start, tok_end=stop,
            sentence=m.sentence, actor_id=actor_id, kind="discovered", text=text))


def _absorb_country_prefix(state: DocState, start: int, end: int, lex: ActorLexicon
                           ) -> tuple[int, str | None]:
    """Where a group name starts when a state name or demonym directly precedes it, and that
    state's country."""
    if start == 0 or _group_kind(state.tokens, start, end, lex) is None:
        return start, None
    for m in state.mentions:
        if m.tok_end == start and state.tokens.space[start - 1]:
            actor = state.kb.actors.get(m.actor_id)
            if actor is not None and actor.type == "state" and m.kind in ("name", "alias"):
                state.mentions.remove(m)
                return m.tok_start, actor.country
    return start, None
