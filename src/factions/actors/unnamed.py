"""Armed groups the text does not name: "gunmen", "bandits", "the kidnappers".

Reports of local violence often never name the perpetrators: "Gunmen on motorcycles stormed the
village", "bandits abducted more than 280 pupils", "the attackers fled into the bush". ACLED
codes such a perpetrator as an unidentified armed group of the country; so does factions. Every
such mention in a document stands for one actor of the story's country, named after its first
mention ("Gunmen"), unless a named group owns it:

- a bare or qualified noun ("gunmen", "suspected bandits", "unidentified armed men", "a bandit
  gang", "bandit hideouts") is the unnamed group: in wire copy, "gunmen" are those nobody has
  identified, and a group the text names is called by its name. Where a named non-state group
  came first and no unnamed one, the noun may stand for that group's men ("Hamas ... soldiers
  killed 20 gunmen"): it is left alone;
- a definite one ("the attackers", "the assailants", "the kidnappers") refers back: to the unnamed
  group when the text already spoke of it, else to the non-state armed group named most often
  before it ("JNIM fighters opened fire ... the assailants fled": JNIM), else it starts the
  unnamed group;
- a noun followed by who owns it ("gunmen from the RSF", "gunmen loyal to", "attackers of the
  base") is left to the rules for those phrases.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from factions.actors.home import story_country, taken_mention
from factions.kb import KnowledgeBase
from factions.model import Actor
from factions.pipeline.state import ActorMention, DocState

# The plural nouns that name perpetrators nobody named, and the singular forms.
_NOUNS = {"gunmen", "gunman", "bandits", "kidnappers", "abductors", "attackers", "assailants",
          "raiders", "bandit",
          # one attacker nobody named: "An assailant stabbed the candidate", "the shooter"
          "attacker", "assailant", "shooter", "assassin"}
# Nouns for fighters a story usually names ("militants" of a group told before or after): the
# unnamed group only in a text that names no non-state armed group at all, and started only by
# the doers opening a clause ("Jihadists killed 12 soldiers in an ambush in northern Burkina
# Faso"), not by an object ("Iran struck militants in Pakistan") or "the insurgents".
_VAGUE_NOUNS = frozenset({"militants", "jihadists", "insurgents", "extremists"})
# Two-word forms whose first word alone is no trigger.
_PAIRS = {("armed", "men"), ("armed", "gangs"), ("armed", "gang"), ("armed", "bandits"),
          ("hooded", "men"), ("masked", "men"), ("suicide", "bomber"), ("suicide", "bombers")}
# Nouns that only refer back: never the start of an unnamed group when a named group precedes.
_DEFINITE_ONLY = {"attackers", "assailants", "raiders", "kidnappers", "abductors", "attacker",
                  "assailant"}
# One attacker is one person: "the attacker" after a named group is not that group (a lone
# attacker the story does not tie to it: "the attacker, a Palestinian man").
_ONE_ATTACKER = frozenset({"attacker", "assailant", "shooter", "assassin"})
# Nouns that only ever refer back to the unnamed group the text already told of: "masked gunmen
# stormed a television station ... police arrested 13 suspects".
_BACK_ONLY = frozenset({"suspects"})
# The one suspect of an attack by someone nobody named: "A gunman shot the prime minister ...
# The suspect was detained at the scene" (only once the attacker was told).
_ONE_SUSPECT = frozenset({"suspect"})
# "A 71-year-old man shot Prime Minister Robert Fico": a person of a given age who opens a
# clause with an act of violence is an attacker nobody named.
_AGED = frozenset({"man", "woman", "boy", "girl", "teenager", "youth"})
_VIOLENT_ACTS = frozenset({"shot", "stabbed", "opened", "fired", "attacked", "killed",
                           "detonated", "rammed", "blew", "hacked", "knifed"})
# One of the suicide bombers the text already told of: "Women suicide bombers kill at least 18
# ... The first bomber, a woman carrying a baby on her back, blew herself up".
_ONE_BOMBER = frozenset({"bomber"})
# Counts before a noun that make it new people ("two assailants", "several attackers").
_COUNTS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                     "several", "a", "some", "dozens", "hundreds"})
# Words that may qualify the noun ("suspected bandits", "unidentified gunmen").
UNNAMED_QUALIFIERS = frozenset({"suspected", "unidentified", "unknown", "masked", "armed",
                                "heavily", "gun-toting", "hooded", "alleged", "presumed"})
# "bandit" alone is a noun modifier: "bandit hideouts", "a bandit gang".
_AFTER_SINGULAR = {"hideouts", "hideout", "camps", "camp", "enclaves", "enclave", "strongholds",
                   "stronghold", "gangs", "gang", "groups", "group", "leader", "leaders",
                   "kingpin", "kingpins", "commander", "commanders", "attacks", "attack"}
# What follows a noun that belongs to a named owner.
_OWNED_AFTER = {"from", "of", "loyal", "belonging", "linked", "allied", "affiliated", "aligned"}
_DETERMINERS = {"the", "these", "those"}
_STATE_TYPES = {"state", "government"}
# The ids of the document's unnamed armed group and of its victims.
UNNAMED = "x-unnamed-armed-group"
VICTIMS = "x-civilian-victims"


def unnamed_groups(state: DocState, taken: list[bool], mentions: list[ActorMention],
                   types: dict[str, str]) -> list[ActorMention]:
    """Mentions of the document's unnamed armed group (see the module doc); marks their tokens
    in ``taken`` and adds the actor to ``state.actors``."""
    tv = state.tokens
    lowers = tv.lower
    hits = tv.positions(_NOUNS | _BACK_ONLY | _ONE_BOMBER | {first for first, _ in _PAIRS}
                        | _VAGUE_NOUNS | _ONE_SUSPECT | _AGED)
    if not hits:
        return []
    n = len(lowers)
    kb = state.kb
    # Non-state armed groups named so far, in text order.
    named = sorted((m.tok_start, m.actor_id) for m in mentions
                   if not m.locative and types.get(m.actor_id) == "armed_group"
                   and m.kind not in ("pronoun",)
                   and ((a := kb.actors.get(m.actor_id)) is None or a.represents is None))
    actor_id = UNNAMED
    found: list[ActorMention] = []
    for i in hits:
        if taken[i]:
            continue
        word = lowers[i]
        end = i + 1
        if (word, lowers[i + 1] if i + 1 < n else "") in _PAIRS:
            end = i + 2
        elif word in _BACK_ONLY:
            if actor_id not in state.actors or (i > 0 and lowers[i - 1] in _DETERMINERS):
                continue  # no unnamed group told yet ("police arrested three suspects")
        elif word in _ONE_SUSPECT:
            if actor_id not in state.actors or i == 0 or lowers[i - 1] != "the" or \
                    state.actors[actor_id].type != "armed_group" or \
                    (i + 1 < n and lowers[i + 1] in ("in", "of")):
                continue  # no attacker told yet; "the suspect in the killing of X" names him
        elif word in _AGED:
            if not _aged_attacker(lowers, i):
                continue
        elif word in _ONE_BOMBER:
            if actor_id not in state.actors or \
                    "bomber" not in state.actors[actor_id].name.lower():
                continue  # no suicide bombers told yet ("a B-52 bomber")
        elif word in _VAGUE_NOUNS:
            if named:
                continue  # the story names its fighters' group somewhere
        elif word not in _NOUNS:
            continue
        if word == "bandit" and (end >= n or lowers[end] not in _AFTER_SINGULAR):
            continue
        if end < n and lowers[end] in _OWNED_AFTER and word != "bandit":
            continue
        if any(taken[i:end]):
            continue
        start = i
        if word in _AGED:
            start = i - 6  # "a 71 - year - old man"
        while start > 0 and lowers[start - 1] in UNNAMED_QUALIFIERS and not taken[start - 1] \
                and tv.sentence[start - 1] == tv.sentence[i]:
            start -= 1
        definite = start > 0 and lowers[start - 1] in _DETERMINERS \
            and tv.sentence[start - 1] == tv.sentence[i]
        if start > 0 and (taken[start - 1] or lowers[start - 1] in ("its", "their", "his")) \
                and not definite:
            continue  # "RSF gunmen", "their attackers": a named owner's
        if definite:
            start -= 1
        owner: str | None = None
        # "Two assailants, a man and a woman, stormed ...": counted, they are new people, not
        # the group named before (whom the minister later says they belonged to).
        counted = not definite and start > 0 and tv.sentence[start - 1] == tv.sentence[i] \
            and (lowers[start - 1] in _COUNTS or lowers[start - 1].isdigit())
        back = definite or (word in _DEFINITE_ONLY and not counted)
        if word in _VAGUE_NOUNS and actor_id not in state.actors and (
                definite or not _opens_clause(state, start)):
            continue  # only the doers of a clause start the group: not "struck militants"
        if actor_id not in state.actors:
            before = Counter(a for s, a in named if s < start)
            if before:
                if not back and not _opens_clause(state, start - counted):
                    continue  # "Hamas ... soldiers killed 20 gunmen": maybe its own men
                if back and word not in _ONE_ATTACKER:
                    owner = before.most_common(1)[0][0]
        if owner is None:
            owner = actor_id
            if actor_id not in state.actors:
                text = tv.span_text(i, end, state.text)
                state.actors[actor_id] = Actor(id=actor_id, name=text[:1].upper() + text[1:],
                                               type="armed_group", country=story_country(state),
                                               known=False)
        found.append(ActorMention(
            start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start, tok_end=end,
            sentence=tv.sentence[start], actor_id=owner,
            kind="discovered" if owner == actor_id else "descriptor",
            text=tv.span_text(start, end, state.text), sector="militia"))
        for k in range(start, end):
            taken[k] = True
    if actor_id in state.actors and found:
        claimant = _claimant(state, mentions, types, found[0].tok_start)
        if claimant is not None:
            # "Gunmen blew up the track ... The BLA claimed responsibility": the band the
            # story first could not name is the group that says it did it.
            for m in found:
                if m.actor_id == actor_id:
                    m.actor_id, m.kind = claimant, "descriptor"
            del state.actors[actor_id]
    return found


def _aged_attacker(lowers: Sequence[str], i: int) -> bool:
    """Whether the person noun at ``i`` follows an age ("71 - year - old") right after "a"/"an"
    and is followed by an act of violence ("a 71-year-old man shot ...")."""
    return i >= 6 and lowers[i - 4 : i] == ["-", "year", "-", "old"] and lowers[i - 5].isdigit() \
        and lowers[i - 6] in ("a", "an") and i + 1 < len(lowers) \
        and lowers[i + 1] in _VIOLENT_ACTS


# Words that may stand before the subject of a clause: "Gunmen stormed ...", "..., when gunmen
# opened fire".
_CLAUSE_OPENERS = frozenset({"when", "as", "after", "before", "while", "where", "then", "and"})


def _opens_clause(state: DocState, start: int) -> bool:
    """Whether the noun at ``start`` opens its sentence or a clause: the doers of what follows
    ("Gunmen blew up a section of the track"), not the victims of what came before ("soldiers
    killed 20 gunmen")."""
    tv = state.tokens
    first = state.sentences[tv.sentence[start]].tok_start
    while first < start and not tv.text[first].strip():
        first += 1  # the paragraph break the sentence may start with
    return first == start or tv.lower[start - 1] in _CLAUSE_OPENERS or \
        tv.text[start - 1] in ("-", "--")  # after a dateline: "OUAGADOUGOU, Aug 28 - Jihadists"


# What a group claims when it owns an attack: "claimed responsibility", "claimed the attack".
_CLAIMED = frozenset({"responsibility", "the attack", "the attacks", "the bombing",
                      "the assault", "the hijacking", "the raid", "the killings", "the abduction",
                      "the kidnapping", "credit"})
_NO_CLAIM = frozenset({"no", "not", "never", "denied", "nobody"})


def _claimant(state: DocState, mentions: list[ActorMention], types: dict[str, str],
              after: int) -> str | None:
    """The one named non-state armed group that claims the attack after token ``after`` ("The
    outlawed Baloch Liberation Army (BLA) claimed responsibility"), or None."""
    tv = state.tokens
    lowers = tv.lower
    kb = state.kb
    found: set[str] = set()
    for i in tv.positions(("claimed", "claims", "claiming")):
        if i < after:
            continue
        nxt = lowers[i + 1 : i + 3]
        if not nxt or not (nxt[0] in _CLAIMED or " ".join(nxt) in _CLAIMED):
            continue
        sentence = tv.sentence[i]
        first = state.sentences[sentence].tok_start
        if not _NO_CLAIM.isdisjoint(lowers[first:i]):
            continue  # "No group claimed the attack"
        groups = [m.actor_id for m in mentions
                  if m.sentence == sentence and m.tok_end <= i and not m.locative
                  and types.get(m.actor_id) == "armed_group" and m.actor_id != UNNAMED
                  and ((a := kb.actors.get(m.actor_id)) is None or a.represents is None)]
        if groups:
            found.add(groups[-1])
    return found.pop() if len(found) == 1 else None


# Verbs of violence whose object names its victims ("abducted more than 280 pupils").
_HARM_VERBS = frozenset(
    f"{stem}{end}" for stem, ends in (
        ("kill", ("", "s", "ed", "ing")), ("abduct", ("", "s", "ed", "ing")),
        ("kidnap", ("", "s", "ped", "ping")), ("execut", ("e", "es", "ed", "ing")),
        ("massacr", ("e", "es", "ed", "ing")), ("seiz", ("e", "es", "ed", "ing")),
        ("shot", ("",)), ("shoot", ("", "s", "ing")), ("slaughter", ("", "s", "ed", "ing")),
        ("murder", ("", "s", "ed", "ing")), ("behead", ("", "s", "ed", "ing")),
        # whom captors hold and rescuers free: "holding more than 200 people hostage",
        # "freed more than 150 passengers"
        ("hijack", ("", "s", "ed", "ing")), ("held", ("",)), ("hold", ("", "s", "ing")),
        ("free", ("", "s", "d", "ing")), ("rescu", ("e", "es", "ed", "ing")),
    ) for end in ends)
# Words of a battle: the people a sentence with one of them counts dead may be fighters ("JNIM
# said it had ambushed the convoy and killed 50 Russians").
_BATTLE_WORDS = frozenset({"ambush", "ambushed", "convoy", "convoys", "soldiers", "troops",
                           "fighters", "mercenaries", "militants", "combatants", "clashes",
                           "battle", "battles", "fighting", "front", "positions"})


def _sentence_words(state: DocState, at: int) -> list[str]:
    sent = state.sentences[state.tokens.sentence[at]]
    return state.tokens.lower[sent.tok_start : sent.tok_end]


# The verbs of killing among them.
_KILLING = ("kill", "execut", "massacr", "shot", "shoot", "slaughter", "murder", "behead")
# "opened fire on visitors": the victims after a firing verb's preposition.
_FIRE_WORDS = frozenset({"fire", "fired", "firing"})
# Heads that name unarmed victims ("people" is left out: every casualty toll has it, and the
# gold sets of battles and bombings keep such tolls as no actor).
_VICTIMS = frozenset({
    "civilians", "villagers", "residents", "pupils", "schoolchildren", "schoolgirls",
    "schoolboys", "students", "children", "girls", "boys", "women", "worshippers", "farmers",
    "passengers", "traders", "travellers", "travelers", "motorists", "herders", "miners",
    "fishermen", "mourners", "teenagers", "teachers", "displaced", "hostages", "captives",
    "tourists", "visitors", "pilgrims", "commuters"})
# Counts that stand for people with no noun ("killed hundreds digging trenches").
# Plural nouns for people who are no actor of their own until the victims are read: a plural
# pronoun after one of them in its sentence is theirs ("rounded up hundreds of men ... and shot
# them"), not the last group named before.
PEOPLE_NOUNS = _VICTIMS | {"men", "people", "persons"}
_BARE_COUNTS = frozenset({"hundreds", "dozens", "scores", "thousands"})
# ", many of them civilians", ", mostly women and children": who the dead were.
_SAID_OPENERS = frozenset({"many", "most", "mostly", "including", "all", "among"})
_SAID_HEADS = frozenset({"civilians", "women", "children", "villagers", "residents", "pupils",
                         "students", "farmers", "worshippers", "tourists", "passengers",
                         "pilgrims", "visitors"})
# Words of a quantity before the head ("more than 280", "at least 23", "dozens of").
_QUANTITY = frozenset({"at", "least", "more", "than", "over", "nearly", "about", "around", "some",
                       "up", "to", "as", "many", "almost", "roughly", "dozens", "hundreds",
                       "scores", "thousands", "of", "a", "the", "an", "several", "two", "three",
                       "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                       "twenty", "thirty", "forty", "fifty"})


def victims(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """The unarmed victims of the document's violence: the object of a verb of killing or
    abduction ("abducted more than 280 pupils", "executed at least 223 villagers", "killed
    12 children and teenagers") and any later "the pupils", "the children".
    They are one actor of the story's country, "<Demonym> civilians"-like but named after the
    first mention; a crowd (sector ``victims``, in ``no_party_sectors``), no side of the war."""
    tv = state.tokens
    lowers = tv.lower
    hits = tv.positions(_HARM_VERBS)
    hits += [k for k in tv.positions(("on", "at")) if k > 0 and lowers[k - 1] in _FIRE_WORDS]
    if not hits:
        return []
    hits.sort()
    n = len(lowers)
    actor_id = VICTIMS
    unnamed_at = {k for m in state.mentions if m.actor_id == UNNAMED
                  for k in range(m.tok_start, m.tok_end)}
    found: list[ActorMention] = []
    people, singular = _demonym_words(state.kb)
    for v in hits:
        j = v + 1
        while j < n and j < v + 7 and (lowers[j] in _QUANTITY or lowers[j][:1].isdigit()
                                       or lowers[j] == ","):
            j += 1
        if j < n and lowers[j] in ("people", "persons") and not taken[j] and (
                (any(k in unnamed_at for k in range(max(0, v - 6), v))
                 and tv.sentence[max(0, v - 6)] == tv.sentence[v])
                or _said_civilians(lowers, j + 1) or _in_a_civilian_place(lowers, j + 1)
                or _struck_a_civilian_place(state, v)
                or (j + 1 < n and lowers[j + 1] in ("hostage", "captive"))):
            pass  # "gunmen killed at least 23 people", "killed hundreds of people, many of
            # them civilians": an unnamed band's dead, or dead the text calls civilians
        elif j > v + 1 and lowers[j - 1] in _BARE_COUNTS and (
                j >= n or lowers[j].endswith("ing") or not lowers[j][:1].isalpha()):
            j -= 1  # "Jihadists kill hundreds digging trenches": the count stands for people
        elif j + 1 < n and lowers[j] not in _VICTIMS and lowers[j + 1] in _VICTIMS \
                and lowers[j].isalpha() and not taken[j] and (
                    tv.text[j].islower() or lowers[j] in singular):
            j += 1  # "free train hostages", "killed 20 Palestinian civilians": one word before
            # the victims says which
        elif j < n and lowers[j] in people and lowers[v].startswith(_KILLING) and not taken[j] \
                and j > v + 1 and (lowers[j - 1][:1].isdigit() or lowers[j - 1] in _QUANTITY) \
                and _BATTLE_WORDS.isdisjoint(_sentence_words(state, v)):
            pass  # "Israeli air strikes killed at least 30 Palestinians": a toll of a people
            # (a count first: "killed Palestinian militants" is no toll)
        elif j >= n or lowers[j] not in _VICTIMS or taken[j]:
            continue
        end = j + 1
        if end + 1 < n and lowers[end] == "and" and lowers[end + 1] in _VICTIMS:
            end += 2  # "12 children and teenagers"
        start = v + 1 if lowers[j] not in people else j  # (a people is named by its word)
        while start < j and lowers[start] in ("a", "an", "the", "of", ","):
            start += 1
        if any(taken[start:end]) or tv.sentence[start] != tv.sentence[end - 1]:
            continue
        _add_victims(state, actor_id, start, end, found, taken)
    for v in hits:
        # "Twenty-six people, most of them Hindu tourists, were killed": the subject of a
        # passive killing, when the text says who the dead were.
        if v < 2 or lowers[v - 1] not in ("were", "was", "been"):
            continue
        first = state.sentences[tv.sentence[v]].tok_start
        k = v - 1
        while k > first and lowers[k] in ("were", "was", "been", "had", "have", "has"):
            k -= 1
        if lowers[k] != ",":
            continue
        comma = next((x for x in range(k - 1, max(first, k - 12), -1) if lowers[x] == ","),
                     None)
        if comma is None or not _said_civilians(lowers, comma) or comma - 1 < first \
                or lowers[comma - 1] not in PEOPLE_NOUNS or taken[comma - 1]:
            continue
        start = comma - 1
        while start > first and (lowers[start - 1] in _QUANTITY or lowers[start - 1] == "-"
                                 or lowers[start - 1][:1].isdigit()):
            start -= 1
        _add_victims(state, actor_id, start, comma, found, taken)
    if found:
        for i in tv.positions(_VICTIMS):
            if i > 0 and lowers[i - 1] == "the" and not taken[i - 1] and not taken[i] \
                    and tv.idx[i] > found[0].start:
                _add_victims(state, actor_id, i - 1, i + 1, found, taken)
    return found


# Places where the people killed are civilians ("killed 120 people in a village").
_CIVILIAN_PLACES = frozenset({"village", "villages", "market", "marketplace", "camp", "camps",
                              "mosque", "church", "school", "hospital", "wedding", "funeral",
                              "neighbourhood", "neighborhood", "bus", "shelter", "homes",
                              "home", "house", "houses"})


def _struck_a_civilian_place(state: DocState, verb: int) -> bool:
    """Whether the clause before a participle of killing names a civilian place as what was
    hit ("bombers struck a wedding, a funeral and a hospital in the town of Gwoza ..., killing
    at least 18 people"): the people it killed are civilians."""
    tv = state.tokens
    lowers = tv.lower
    if not lowers[verb].endswith("ing") or verb < 1 or lowers[verb - 1] != ",":
        return False
    first = state.sentences[tv.sentence[verb]].tok_start
    return any(lowers[k] in _CIVILIAN_PLACES and lowers[k - 1] in ("a", "an", "the")
               for k in range(max(first + 1, verb - 30), verb - 1))


def _in_a_civilian_place(lowers: list[str], at: int) -> bool:
    """Whether "in a village", "at a market", "in a displacement camp" follows at ``at``."""
    if at >= len(lowers) or lowers[at] not in ("in", "at", "inside"):
        return False
    window = lowers[at + 1 : at + 7]  # "in an overnight attack on a village"
    if "," in window:
        window = window[: window.index(",")]
    return not _CIVILIAN_PLACES.isdisjoint(window)


def _said_civilians(lowers: list[str], at: int) -> bool:
    """Whether ", many of them civilians", ", mostly civilians", ", including women and
    children" follows at ``at``."""
    if at >= len(lowers) or lowers[at] != ",":
        return False
    window = lowers[at + 1 : at + 6]
    return bool(window) and window[0] in _SAID_OPENERS and any(w in _SAID_HEADS for w in window)


_DEMONYM_WORDS: dict[int, tuple[KnowledgeBase, tuple[frozenset[str], frozenset[str]]]] = {}


def _demonym_words(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The plural demonyms of the knowledge base's states ("palestinians", "afghans") and all
    their demonyms ("palestinian", "sudanese"), lowercase."""
    cached = _DEMONYM_WORDS.get(id(kb))
    if cached is None or cached[0] is not kb:
        states = [a for a in kb.actors.values() if a.type == "state"]
        plural = frozenset(d.lower() for a in states for d in a.demonyms
                           if d.endswith("s") and d[:-1] in a.demonyms)
        every = frozenset(d.lower() for a in states for d in a.demonyms)
        cached = _DEMONYM_WORDS[id(kb)] = (kb, (plural, every))
    return cached[1]


def _add_victims(state: DocState, actor_id: str, start: int, end: int,
                 found: list[ActorMention], taken: list[bool]) -> None:
    tv = state.tokens
    text = tv.span_text(start, end, state.text)
    if actor_id not in state.actors:
        state.actors[actor_id] = Actor(id=actor_id, name="Civilians", type="other",
                                       country=story_country(state), known=False)
    found.append(ActorMention(start=tv.idx[start], end=tv.end_char(end - 1), tok_start=start,
                              tok_end=end, sentence=tv.sentence[start], actor_id=actor_id,
                              kind="discovered", text=text, sector="victims"))
    for k in range(start, end):
        taken[k] = True


# Nouns for a non-state group that its KB descriptors may hold ("jihadists", "militants").
_GROUP_NOUNS = frozenset({"jihadists", "militants", "insurgents", "extremists", "islamists",
                          "terrorists", "separatists"})
# Words that may qualify them ("Islamist militants", "suspected jihadists"), besides a word of
# the group's own name ("Baloch separatists" for the Baloch Liberation Army).
_GROUP_QUALIFIERS = frozenset({"islamist", "jihadist", "suspected", "armed", "islamic",
                               "separatist"})
# Nouns a group's KB descriptor may end in: those above, and "rebels" (which needs a word of
# that descriptor before it: a bare "rebels" may be any group's).
_DESCRIBED_NOUNS = _GROUP_NOUNS | {"rebels"}
# "Kurdish militant targets": the singular describes the same group.
_SINGULAR_GROUP = {"militant": "militants", "jihadist": "jihadists", "insurgent": "insurgents",
                   "rebel": "rebels"}


def story_group_descriptions(state: DocState, taken: list[bool],
                             pending: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """"Jihadists kill hundreds ...; Islamist militants linked to al Qaeda killed ...;
    Fighters from JNIM arrived ...": where the article's one named non-state group of that kind
    is the group its KB descriptors call "jihadists" or "militants" and it is named at least
    twice, more than any other such group, a bare description of that kind ("Jihadists",
    "Islamist militants") anywhere in the article is that group, also before its name (a
    headline and a lede describe the group the next sentences name). Description mentions made
    into groups of their own ("Islamist militants") are given to it; returns the new mentions
    of bare words."""
    kb = state.kb
    _local_branches(state)
    linked = _linked_branches(state, taken)
    counts: Counter[str] = Counter()
    for m in state.mentions:
        if m.locative or m.kind not in ("name", "alias", "translit"):
            continue
        entry = kb.actors.get(m.actor_id)
        if entry is not None and entry.type == "armed_group" and entry.represents is None:
            counts[m.actor_id] += 1
    if not counts:
        return []
    # A KB descriptor of several words describes by its last one ("Kurdish militants": the
    # PKK's militants), and its other words may qualify that noun ("Kurdish").
    described: dict[str, set[str]] = {}
    qualifying: dict[str, set[str]] = {}
    for a in counts:
        described[a], qualifying[a] = set(), set()
        for d in kb.actors[a].descriptors:
            words = re.findall(r"[^\W\d_]+|-", d.lower())
            if words and words[-1] in _DESCRIBED_NOUNS:
                described[a].add(words[-1])
                qualifying[a].update(words[:-1])
    tv = state.tokens
    lowers = tv.lower

    def owner(noun: str) -> str | None:
        ranked = [(n, a) for a, n in counts.most_common() if noun in described[a]]
        if not ranked or ranked[0][0] < 2 or (len(ranked) > 1 and ranked[1][0] == ranked[0][0]):
            return None
        return ranked[0][1]

    # Groups the community rule made of such a description: "Islamist militants", "Kurdish
    # militant targets", and, for rebels, only in the words of the group's own descriptor
    # ("Turkey-backed Syrian rebels" for the Syrian National Army).
    for m in state.mentions:
        if not (m.actor_id.startswith("x-") and m.sector == "rebels" and m.kind == "agent"):
            continue
        noun = lowers[m.tok_end - 1]
        noun = _SINGULAR_GROUP.get(noun, noun)
        if noun in _DESCRIBED_NOUNS:
            group = owner(noun)
            own = set(kb.actors[group].name.lower().split()) if group is not None else set()
            allowed = (_GROUP_QUALIFIERS if noun in _GROUP_NOUNS else frozenset()) | own \
                | (qualifying[group] if group is not None else set())
            if group is not None and m.tok_end - m.tok_start > (noun not in _GROUP_NOUNS) \
                    and all(lowers[k] in allowed for k in range(m.tok_start, m.tok_end - 1)):
                old = m.actor_id
                m.actor_id, m.kind = group, "descriptor"
                for o in pending:  # "the attackers" already read as that group's
                    if o.actor_id == old:
                        o.actor_id = group
                if not any(o.actor_id == old for o in state.mentions):
                    state.actors.pop(old, None)
    found: list[ActorMention] = []
    for i in tv.positions(_GROUP_NOUNS):
        if taken[i] or (i > 0 and (lowers[i - 1] in _DETERMINERS or taken[i - 1]
                                   or lowers[i - 1] in ("its", "their", "his", "her"))):
            continue
        if i + 1 < len(lowers) and lowers[i + 1] in _OWNED_AFTER:
            continue
        group = owner(lowers[i])
        if group is None:
            continue
        found.append(ActorMention(start=tv.idx[i], end=tv.end_char(i), tok_start=i,
                                  tok_end=i + 1, sentence=tv.sentence[i], actor_id=group,
                                  kind="descriptor", text=tv.text[i], sector="rebels"))
        taken[i] = True
    return found + linked


# Nouns of an indefinite description a story names in its next sentences: "an armed militia
# overran an army garrison ... The White Army, a largely Nuer youth militia, captured ...".
_INDEFINITE_GROUPS = frozenset({"militia", "rebel group", "armed group", "insurgent group",
                                "jihadist group", "separatist group"})
_INDEFINITE_QUALIFIERS = frozenset({"armed", "rebel", "ethnic", "local", "rival", "youth",
                                    "powerful", "heavily"})


def groups_named_next(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"a militia", "an armed militia" not yet read, in a sentence the next two sentences
    follow by naming a non-state armed group whose KB descriptors hold that noun: that group
    (the attackers a report names later). Returns the new mentions."""
    kb = state.kb
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    found: list[ActorMention] = []
    for i in tv.positions({"a", "an"}):
        if taken[i]:
            continue
        k = i + 1
        while k < n and lowers[k] in _INDEFINITE_QUALIFIERS and not taken[k]:
            k += 1
        noun = next((w for w in (f"{lowers[k]} {lowers[k + 1]}" if k + 1 < n else "",
                                 lowers[k] if k < n else "") if w in _INDEFINITE_GROUPS), None)
        if noun is None or any(taken[i : k + len(noun.split())]):
            continue
        end = k + len(noun.split())
        sentence = tv.sentence[i]
        later = sorted((m.tok_start, m.actor_id) for m in state.mentions
                       if sentence < m.sentence <= sentence + 2 and not m.locative
                       and m.kind in ("name", "alias")
                       and (entry := kb.actors.get(m.actor_id)) is not None
                       and entry.type == "armed_group" and entry.represents is None
                       and noun in {d.lower() for d in entry.descriptors})
        if not later or any(m.sentence == sentence and m.actor_id == later[0][1]
                            for m in state.mentions):
            continue
        group = later[0][1]
        found.append(ActorMention(start=tv.idx[i], end=tv.end_char(end - 1), tok_start=i,
                                  tok_end=end, sentence=sentence, actor_id=group,
                                  kind="descriptor", text=tv.span_text(i, end, state.text),
                                  sector="militia"))
        for j in range(i, end):
            taken[j] = True
    return found


# What the headline and the lede call a person the next sentence names: "A senior Kosovo Serb
# *politician* said ... Milan Radoicic, a vice president of Srpska Lista, ...".
_PERSON_HEADS = frozenset({"politician", "official", "commander", "leader", "lawmaker",
                           "activist", "businessman", "cleric", "general", "officer", "diplomat",
                           "minister", "militant", "opposition figure", "warlord", "strongman"})
_SAYS = frozenset({"says", "said", "told", "tells", "admits", "admitted", "claims", "claimed"})


def persons_named_next(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"A senior Kosovo Serb politician said on Friday that he had led the armed group ...
    Milan Radoicic, a vice president of Srpska Lista, ... took responsibility": a person the
    lede introduces by an indefinite description of a few words ending in a person noun, as the
    subject of a report, is the person the next sentence opens with by name in apposition (the
    description and the name are one man); the headline's same noun before a report is him too
    ("Kosovo Serb politician says he led ..."). Returns the new mentions (over the noun)."""
    tv = state.tokens
    lowers = tv.lower
    n = len(lowers)
    if len(state.sentences) < 3:
        return []
    found: list[ActorMention] = []
    for i in tv.positions({"a", "an"}):
        sentence = tv.sentence[i]
        if sentence > 2 or taken[i]:
            continue
        head = next((k for k in range(i + 1, min(n, i + 6))
                     if lowers[k] in _PERSON_HEADS and tv.sentence[k] == sentence), None)
        if head is None or taken[head] or head + 1 >= n or lowers[head + 1] not in _SAYS:
            continue
        if any(lowers[k] in (",", "and", "of", "the", "who") for k in range(i + 1, head)):
            continue  # not one noun phrase
        nxt = state.sentences[sentence + 1] if sentence + 1 < len(state.sentences) else None
        if nxt is None:
            continue
        opener = next((m for m in state.mentions if m.sentence == nxt.index
                       and m.tok_start == nxt.tok_start and m.kind in ("name", "discovered")), None)
        if opener is None or opener.tok_end >= n or lowers[opener.tok_end] != ",":
            continue
        entry = state.actor_entry(opener.actor_id)
        if entry is None or entry.type != "person":
            continue
        if any(m.sentence == sentence and m.actor_id == opener.actor_id for m in state.mentions):
            continue
        heads = [head]
        # the headline's same noun before a report: "Kosovo Serb politician says he led"
        first = state.sentences[0]
        if sentence > 0:
            heads += [k for k in range(first.tok_start, first.tok_end)
                      if lowers[k] == lowers[head] and not taken[k] and k + 1 < n
                      and lowers[k + 1] in _SAYS]
        for k in heads:
            # the words before the noun only describe him: "Kosovo" in "A senior Kosovo Serb
            # politician" is no actor of the sentence
            opening = i if k == head else state.sentences[tv.sentence[k]].tok_start
            for m in state.mentions:
                if m.sentence == tv.sentence[k] and opening <= m.tok_start and m.tok_end <= k:
                    m.attributive = True
            found.append(taken_mention(state, taken, k, k + 1, opener.actor_id, "descriptor"))
    return found


# Words that say a non-state group's cause; descriptions that share one are one group in a story
# of one secession ("Cameroon separatists", "Separatist fighters", "armed separatist groups").
_CAUSE_STEMS = ("separatist", "secessionist")
_CAUSE_HEADS = frozenset({"groups", "fighters", "militias", "forces", "movements", "militants",
                          "rebels", "group", "movement", "militia"})
_CAUSE_QUANTIFIERS = frozenset({"the", "these", "those", "several", "some", "many", "other",
                                "various", "both", "two", "three", "armed", "rival"})


def one_cause_groups(state: DocState, taken: list[bool],
                     pending: Sequence[ActorMention] = ()) -> list[ActorMention]:
    """"Cameroon separatists kill village chief ...; Separatist fighters killed ...; Armed
    separatist groups, whose fighters are known locally as "Amba boys", had ordered ...; the
    separatists could not be reached": the groups made of descriptions naming the same cause
    (separatist, secessionist) are one group: the one KB armed group of the article whose
    descriptors call it "separatists" when exactly one is named, else the first description.
    "the separatists" / "both the separatists" not yet read are that group's too. Returns the
    new mentions."""
    kb = state.kb
    tv = state.tokens
    lowers = tv.lower
    found: list[ActorMention] = []
    for stem in _CAUSE_STEMS:
        described = [m for m in state.mentions
                     if m.actor_id.startswith("x-") and m.sector in ("rebels", "militia")
                     and any(lowers[k].startswith(stem) for k in range(m.tok_start, m.tok_end))]
        named = sorted({m.actor_id for m in state.mentions
                        if m.kind in ("name", "alias") and not m.locative
                        and (entry := kb.actors.get(m.actor_id)) is not None
                        and entry.type == "armed_group" and entry.represents is None
                        and stem + "s" in {d.lower() for d in entry.descriptors}})
        if len(named) > 1 or not (described or named):
            continue
        if named:
            group = named[0]
        elif len({m.actor_id for m in described}) > 1 or any(
                lowers[i - 1] in _DETERMINERS for i in tv.positions({stem + "s"}) if i > 0):
            group = min(described, key=lambda m: m.tok_start).actor_id
        else:
            continue
        for m in described:
            if m.actor_id != group:
                old = m.actor_id
                m.actor_id = group
                if group in kb.actors:
                    m.kind = "descriptor"
                for o in pending:  # "The gunmen" already read as that description's
                    if o.actor_id == old:
                        o.actor_id = group
                if not any(o.actor_id == old for o in state.mentions):
                    state.actors.pop(old, None)
        for i in tv.positions({stem + "s", stem}):
            # "the separatists", "several separatist groups", "separatist fighters"
            end = i + 1
            if lowers[i] == stem:
                if end >= len(lowers) or lowers[end] not in _CAUSE_HEADS or taken[end]:
                    continue
                end += 1
            start = i - 1 if i > 0 and lowers[i - 1] in _CAUSE_QUANTIFIERS else i
            if any(taken[start:end]) or (start == i and lowers[i] != stem):
                continue
            found.append(ActorMention(start=tv.idx[start], end=tv.end_char(end - 1),
                                      tok_start=start, tok_end=end, sentence=tv.sentence[i],
                                      actor_id=group, kind="descriptor",
                                      text=tv.span_text(start, end, state.text),
                                      sector="rebels"))
            for k in range(start, end):
                taken[k] = True
    return found


# Nouns after a transnational group's name that make it one of its regional branches.
_BRANCH_NOUNS = frozenset({"branch", "affiliate", "offshoot", "franchise", "province", "wing"})


def _local_branches(state: DocState) -> None:
    """"a rival Islamic State branch" in a story of Burkina Faso: the branch of that group whose
    KB conflicts are those of the actors the article names most (the Sahel Province), when
    exactly one branch is: the mention is made that branch's."""
    kb = state.kb
    tv = state.tokens
    lowers = tv.lower
    pending = [m for m in state.mentions
               if m.tok_end < len(lowers) and lowers[m.tok_end] in _BRANCH_NOUNS
               and (parent := kb.actors.get(m.actor_id)) is not None
               and parent.type == "armed_group" and parent.country is None]
    if not pending:
        return
    top = _top_conflict(state)
    if top is None:
        return
    for m in pending:
        name = kb.actors[m.actor_id].name
        branches = [a.id for a in kb.actors.values() if a.id != m.actor_id
                    and a.type == "armed_group" and a.name.startswith(name)
                    and top in a.conflicts]
        if len(branches) == 1:
            m.actor_id = branches[0]


def _top_conflict(state: DocState) -> str | None:
    """The KB conflict tag the actors of the article's own countries share most."""
    kb = state.kb
    tags: Counter[str] = Counter()
    for m in state.mentions:
        entry = kb.actors.get(m.actor_id)
        if entry is not None and entry.country is not None:
            tags.update(entry.conflicts)
    return tags.most_common(1)[0][0] if tags else None


# "Islamic State-linked insurgents": the words between a transnational group and the fighters
# it is linked to.
_LINK_WORDS = frozenset({"linked", "affiliated", "allied", "aligned", "inspired"})
_LINKED_NOUNS = frozenset({"insurgents", "militants", "jihadists", "fighters", "rebels",
                           "extremists", "islamists", "group", "militia", "militias"})


def _linked_branches(state: DocState, taken: list[bool]) -> list[ActorMention]:
    """"Islamic State-linked insurgents" in a story of Mozambique are the group's local branch
    (Ansar al-Sunna, also called "Islamic State Mozambique"), not Islamic State itself nor a
    group of their own: the noun is made a mention of the one KB armed group of the article's
    conflict that bears the transnational group's name in one of its names. Returns the new
    mentions."""
    kb = state.kb
    tv = state.tokens
    lowers, texts = tv.lower, tv.text
    n = len(lowers)
    pending = [(m, m.tok_end + 2) for m in state.mentions
               if m.tok_end + 2 < n and texts[m.tok_end] == "-"
               and lowers[m.tok_end + 1] in _LINK_WORDS
               and lowers[m.tok_end + 2] in _LINKED_NOUNS and not taken[m.tok_end + 2]
               and (parent := kb.actors.get(m.actor_id)) is not None
               and parent.type == "armed_group" and parent.country is None]
    if not pending:
        return []
    top = _top_conflict(state)
    if top is None:
        return []
    found: list[ActorMention] = []
    for m, i in pending:
        prefix = kb.actors[m.actor_id].name + " "
        branches = [a.id for a in kb.actors.values() if a.id != m.actor_id
                    and a.type == "armed_group" and a.country is not None
                    and top in a.conflicts and any(x.startswith(prefix) for x in a.all_names())]
        if len(branches) != 1:
            continue
        found.append(ActorMention(start=tv.idx[i], end=tv.end_char(i), tok_start=i,
                                  tok_end=i + 1, sentence=tv.sentence[i], actor_id=branches[0],
                                  kind="descriptor", text=texts[i], sector="rebels"))
        taken[i] = True
    return found
