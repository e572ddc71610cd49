"""Targets an article gives an event outside its own sentence, filled once the whole article is
coded (each with a lower confidence, ``confidence.opponent`` in cues.yaml):

- an attack, a threat, a coercion, a condemnation, a deal, a deployment, a retreat or a refusal
  whose sentence names no target ("M23 captured Goma", "Abiy sent troops into Tigray", "government
  forces melted away", "the army rejected the proposal") is aimed at the side its source clearly
  fights most in the article's other events (``opponents.fill``);
- an answer to an earlier event it names ("condemned the seizure") is aimed at who did it, a vow
  of a response at who attacked its camp or whom its camp blamed;
- a third-party consultation whose sentence names no sides ("talks convened by the African
  Union") is between the parties of the latest agreement, truce or clash before it; the alignment
  extractor uses the same ``mediation_sides`` for ``mediates`` relations;
- an event aimed at "both sides", "the warring parties" is aimed at the two actors that oppose
  each other most often in the article;
- an attack still without a target hit the country it names as the place ("fired missiles at
  cities across Ukraine").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from factions.actors.unnamed import VICTIMS
from factions.events.cues import Cues
from factions.model import Event, Relation

# Reference nouns too vague to stand for any earlier attack: "the operation" is one the
# article called so ("The Israeli military said the operation ... had targeted ...").
_TOLD_ONLY = frozenset({"operation", "operations", "attempt"})
# Bare nouns for the attack a story is about ("condemned the attack"), not a later one.
_STORY_ATTACK = frozenset({"attack", "attacks", "offensive", "assault"})

# What did not happen (or not yet for sure) says nothing of who fights or backs whom.
_UNREAL = ("negated", "hypothetical")
# Acts of defence against an attack ("repelled the assailants", "intercepted the drones"): no
# act a condemnation names.
_DEFENCES = frozenset({"assault.repel-attack", "assault.intercept", "assault.shoot-down"})

# "since a Moscow-brokered truce ended a six-week war in 2020": a past deal that ended a war of
# its own (the words after the mediation's trigger).
_ENDED_WAR = re.compile(r"\b(?:ended|ending|end to)\b(?:\W+[\w-]+){0,4}?\W+"
                        r"(?:war|conflict|fighting|hostilities)\b", re.IGNORECASE)


def closed_mediation(event: Event) -> bool:
    """A historical mediation whose deal ended a war ("since a Moscow-brokered truce ended a
    six-week war in 2020"): that war is over, so the sides of the story's events are not its
    sides (unlike "earlier agreements, including a ceasefire brokered by Angola last year,
    collapsed", a failed truce of the same conflict)."""
    if event.modality != "historical":
        return False
    text, trigger = event.evidence.text, event.evidence.trigger or ""
    at = text.find(trigger) if trigger else -1
    return at >= 0 and _ENDED_WAR.search(text, at, at + len(trigger) + 60) is not None
# Deals between two sides: an agreement and a truce.
_DEAL_TYPES = ("AGREE", "RETREAT")


@dataclass(slots=True)
class EventNote:
    """What the coder learnt about an event's sentence that completion may need."""

    sentence: int
    collective: bool = False  # aimed at "both sides", "the warring parties"
    place_actor: str | None = None  # the country or capital an attack with no target hit
    reference: tuple[str, ...] = ()  # the types of the earlier event it answers ("the strikes")
    reference_word: str = ""  # the noun that names it ("strikes")
    retaliation: bool = False  # it answers an attack on its own source ("vowed to retaliate")
    collective_source: bool = False  # done by a country's two sides ("Libya's rival factions")
    collective_people: bool = False  # aimed at two people named so ("both ministers")
    deal: tuple[str, ...] = ()  # the types of the deal a mediation names ("the agreement")
    truce_told: bool = False  # the mediation follows the truce it made ("a ceasefire brokered by")
    retold: Event | None = None  # the attack it tells again ("The offensive began on ...")
    dated_reference: bool = False  # a day names the act it answers ("Saturday's attack")
    undated: bool = False  # its text gives it no date (it carries the publication's)
    span: bool = False  # its date opens a span ("have struck ... since March 15")
    collective_states: bool = False  # its collective source or target names two states: "the two
    # countries", "both countries"
    people_source: bool = False  # its collective source names two people: "the two ministers"
    place_object: bool = False  # its place actor is the attack's object ("an attack on Kyiv")
    blamed_in: int | None = None  # the later sentence whose "blamed" named its doer
    toll: bool = False  # a toll of a named side with no doer named ("23 soldiers were killed")
    named_act: bool = False  # a noun that names a known act ("the attack", "the Banjska raid")
    tally: bool = False  # a count of people held with no arrester named ("293 people had been
    # detained"): it sums up the round-up, no act on the crowd of its own


def complete_targets(events: list[Event], notes: dict[int, EventNote], c: Cues,
                     stated: Sequence[Relation] = (),
                     side_of: Callable[[str], str] | None = None,
                     kind_of: Callable[[str], str | None] | None = None,
                     camp_of: Callable[[str], frozenset[str]] | None = None,
                     state_of: Callable[[str, Sequence[str]], str | None] | None = None) -> None:
    """Fill the targets above (``notes``: id(event) -> its note; ``stated``: the alignments the
    article states, which say who fights whom and who stands with whom; ``side_of``: the side an
    actor is on, e.g. a state for its armed forces and ministries; ``kind_of``: an actor's type,
    to leave out crowds, which are no side of the war; ``camp_of``: an actor with the bodies
    it speaks for, a spokesman with his movement, a leader with his government; ``state_of``:
    the state the article names for a body that represents it, "Israel" for "Israeli tanks")."""
    _fill_answers(events, notes, c, camp_of, state_of, side_of, kind_of)
    _fill_policed_crowds(events, notes, c, kind_of)
    _fill_crowds_by_object(events, c, kind_of)
    _fill_place_objects(events, notes, c)
    pairs = _oppositions(events, stated, c)
    crowds: set[str] = set()
    if kind_of is not None and c.not_sides:
        crowds = {a for e in events for a in (*e.source, *e.target) if kind_of(a) in c.not_sides}
        pairs = {pair: n for pair, n in pairs.items() if not crowds & set(pair)}
    top: tuple[str, ...] = max(pairs.items(), key=lambda kv: kv[1])[0] if pairs else ()
    top_states = _top_states(events, notes, pairs, kind_of, state_of)
    if top and top_states and kind_of is not None and \
            sum(kind_of(a) == "state" for a in top) == 1 and state_of is not None and \
            {state_of(a, [b for b in top if b != a]) or a for a in top} == set(top_states):
        # "Kyrgyz border guards" (the state: no border force of its own in the KB) against
        # "Tajik forces" (the army): "Each side blamed the other" is the two states, not the
        # state and the other's army.
        top = top_states
    side = _sides(pairs, side_of)
    _fill_collective_sources(events, notes, top, kind_of, top_states)
    _fill_repelled(events, notes)
    _fill_opponents(events, pairs, _allies(stated), side, c, crowds, notes, kind_of,
                    camp_of, state_of, _backers(stated))
    _fill_condolences(events)
    _fill_retold_sources(events, c)
    _fill_signatories(events, c, kind_of, camp_of)
    _fill_mediation_sides(events, notes, c, kind_of, state_of, top_states, side_of)
    _add_brokered_truces(events, notes, c, kind_of)
    _fill_collective(events, notes, top, c, kind_of, state_of, top_states)
    if not top and any(notes[id(e)].collective_source and not e.source for e in events):
        # "Each side accused the other" where only the targets filled above tell the sides
        pairs = {pair: n for pair, n in _oppositions(events, stated, c).items()
                 if not crowds & set(pair)}
        if pairs:
            pair = max(pairs.items(), key=lambda kv: kv[1])[0]
            if state_of is not None:  # an army and a state: the two states
                states = tuple(dict.fromkeys(
                    state_of(a, [b for b in pair if b != a]) or a for a in pair))
                pair = states if len(states) == 2 else pair
            _fill_collective_sources(events, notes, pair, kind_of)
    _fill_places(events, notes, c)


# The modes of a coercion that polices a crowd or a person (a crackdown, an arrest).
POLICING_MODES = frozenset({"repress", "arrest"})


def _fill_policed_crowds(events: list[Event], notes: dict[int, EventNote], c: Cues,
                         kind_of: Callable[[str], str | None] | None) -> None:
    """"Police fired tear gas and live ammunition when crowds broke through barricades": a
    crackdown or a shooting with no target of its own is aimed at the crowd whose protest its
    sentence tells (a crowd: an actor of a type that is no side of a war)."""
    if kind_of is None or not c.not_sides:
        return
    crowds: dict[int, list[str]] = {}
    for event in events:
        if event.type == "PROTEST" and event.modality not in _UNREAL:
            crowd = [a for a in event.source if kind_of(a) in c.not_sides]
            if crowd:
                crowds.setdefault(notes[id(event)].sentence, crowd)
    if not crowds:
        return
    for event in events:
        if not (event.type == "ASSAULT" or event.mode in POLICING_MODES) or event.target \
                or not event.source:
            continue  # (a ban the crowd marched against is no act on the crowd)
        in_sentence = crowds.get(notes[id(event)].sentence)
        if in_sentence and not set(in_sentence) & set(event.source):
            event.target = list(in_sentence)


# What a crackdown or an arrest is done to when it falls on a protest: the protest itself
# ("broke up the demonstrations", "cracked down on the protests", "dispersed the rally") or a
# number of people ("arrested more than 1,200 people", "293 people had been detained").
_PROTEST_OBJECTS = frozenset({
    "demonstration", "demonstrations", "protest", "protests", "rally", "rallies", "march",
    "marches", "sit-in", "sit-ins", "gathering", "gatherings", "protest camp", "crowd", "crowds"})
_PEOPLE = frozenset({"people", "persons", "others"})
_COUNT = re.compile(r"^(?:\d[\d,.]*|dozens|hundreds|thousands|scores|several|many|some)$")
_PASSIVE = frozenset({"been", "was", "were", "are", "is", "be", "being"})


def _crowd_object(event: Event) -> bool:
    """Whether the arrest or crackdown ``event`` falls on a protest or on a count of people:
    the words after its trigger, up to the first punctuation, name one ("broke up the
    demonstrations", "arrested more than 1,200 people"), or, for a passive, those before it
    ("293 people had been detained")."""
    trigger = event.evidence.trigger
    if not trigger or "..." in trigger:
        return False
    text = event.evidence.text
    at = text.find(trigger)
    if at < 0:
        return False
    before = re.findall(r"[\w,.'-]+", text[:at])[-5:]
    if before and before[-1].lower() in _PASSIVE:
        words = [w.lower() for w in before]
        counted = [k for k, w in enumerate(words) if w in _PEOPLE]
        return bool(counted) and counted[-1] > 0 and bool(_COUNT.match(words[counted[-1] - 1]))
    after = re.split(r"[,;:.(]\s|[,;:.(]$", text[at + len(trigger):], maxsplit=1)[0].split()[:6]
    words = [w.lower() for w in after]
    for k, word in enumerate(words):
        if word in _PROTEST_OBJECTS:
            return True
        if word in _PEOPLE and k > 0 and _COUNT.match(words[k - 1]):
            return True
    return False


def _fill_crowds_by_object(events: list[Event], c: Cues,
                           kind_of: Callable[[str], str | None] | None) -> None:
    """"Security forces broke up the demonstrations", "the government cracked down on the
    demonstrations", "Authorities have arrested more than 1,200 people": an arrest or a
    crackdown with no target whose object is a protest or a count of people is aimed at the
    crowd of the article's protests, when its protests have one crowd (an actor of a type that
    is no side of a war) and it is not the one acting."""
    if kind_of is None or not c.not_sides:
        return
    crowds = {a for e in events if e.type == "PROTEST" and e.modality not in _UNREAL
              for a in e.source if kind_of(a) in c.not_sides}
    if len(crowds) != 1:
        return
    crowd = next(iter(crowds))
    for event in events:
        if event.type != "COERCE" or event.mode not in POLICING_MODES or event.target \
                or crowd in event.source or not _crowd_object(event):
            continue
        event.target = [crowd]


def _fill_condolences(events: list[Event]) -> None:
    """"Cameroon and Niger sent condolences": condolences that name no one are offered to
    whom the latest attack told before them hit (not to its doers, not to themselves)."""
    for k, event in enumerate(events):
        if event.mode != "sympathy" or event.target or not event.source:
            continue
        own = set(event.source)
        hit = next((e for e in reversed(events[:k]) if e.type == "ASSAULT" and e.target
                    and e.modality in ("asserted", "reported")
                    and not own & {*e.source, *e.target}), None)
        if hit is not None:
            event.target = list(hit.target)


def _fill_place_objects(events: list[Event], notes: dict[int, EventNote], c: Cues) -> None:
    """"a large-scale Russian attack on western Ukraine": an attack with no target is aimed at
    the country named as its own object, even where its source fights another side more in the
    article (and that attack then tells who fights whom)."""
    for event in events:
        note = notes[id(event)]
        place = note.place_actor
        if place is None or not note.place_object or event.target or not event.source \
                or place in event.source:
            continue
        event.target = [place]
        event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def _top_states(events: list[Event], notes: dict[int, EventNote],
                pairs: dict[tuple[str, str], int],
                kind_of: Callable[[str], str | None] | None,
                state_of: Callable[[str, Sequence[str]], str | None] | None
                ) -> tuple[str, ...]:
    """The two states that oppose each other most often in the article, for "both countries",
    "the two neighbours": in a story of two states' strikes on the militants each says the
    other shelters, those states, not the pair of groups one of them struck most. Besides the
    oppositions (``pairs``), a state's strike on the other's soil (its place) and a
    condemnation or sanction between two states count; a state's armed forces or ministries
    count for it (() when no two states oppose each other)."""
    if kind_of is None:
        return ()
    found = [pair for pair, n in pairs.items() for _ in range(n)]
    for event in events:
        if event.type not in HOSTILE_TYPES or event.modality in _UNREAL or not event.source:
            continue
        place = notes[id(event)].place_actor
        aimed = event.target or ([place] if place else [])
        found.extend((a, b) for a in event.source for b in aimed)
    counts: dict[tuple[str, str], int] = {}
    for a, b in found:
        if state_of is not None:
            a, b = (state_of(a, [b]) or a), (state_of(b, [a]) or b)
        if a != b and kind_of(a) == "state" and kind_of(b) == "state":
            key = (min(a, b), max(a, b))
            counts[key] = counts.get(key, 0) + 1
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else ()


# Hostile acts: they set their sources against their targets (between two states, they say
# which are the two sides of "both countries"; the coder and the alignment stage read them too).
HOSTILE_TYPES = frozenset({"ASSAULT", "THREATEN", "COERCE", "ACCUSE", "SANCTION"})
# Acts done by saying them (verbal conflict): charges, refusals, demands, threats.
SPEECH_ACTS = frozenset({"ACCUSE", "REJECT", "REQUEST", "THREATEN"})


def _fill_repelled(events: list[Event], notes: dict[int, EventNote]) -> None:
    """"Troops repelled an attack by the jihadists on a base": an attack with no target, in a
    sentence where its sources are themselves attacked (repelled, fought back) by one side, was
    aimed at that side."""
    assaults: dict[int, list[Event]] = {}  # sentence -> its attacks (in text order)
    for event in events:
        if event.type == "ASSAULT":
            assaults.setdefault(notes[id(event)].sentence, []).append(event)
    for event in events:
        if event.type != "ASSAULT" or event.target or not event.source:
            continue
        note = notes[id(event)]
        place = note.place_actor if note.place_object else None
        # "Poland shot down drones during a Russian attack on western Ukraine": the attack
        # names the country it hit, which is not the one that fought it off.
        answer = next((e for e in assaults[notes[id(event)].sentence] if e is not event
                       and e.source and set(event.source) <= set(e.target)
                       and not set(e.source) & set(event.source)
                       and (place is None or place in e.source)), None)
        if answer is not None:
            event.target = list(answer.source)


def _sides(pairs: dict[tuple[str, str], int],
           side_of: Callable[[str], str] | None) -> Callable[[str], str]:
    """``side_of``, except that two actors of one side that fight each other in the article
    (rival governments of one country) are two sides."""
    if side_of is None:
        return lambda a: a
    split = {a for pair in pairs if side_of(pair[0]) == side_of(pair[1]) for a in pair}
    return lambda a: a if a in split else side_of(a)


def _fill_answers(events: list[Event], notes: dict[int, EventNote], c: Cues,
                  camp_of: Callable[[str], frozenset[str]] | None = None,
                  state_of: Callable[[str, Sequence[str]], str | None] | None = None,
                  side_of: Callable[[str], str] | None = None,
                  kind_of: Callable[[str], str | None] | None = None) -> None:
    """"Iran condemned Friday's strikes": an answer that names the event it answers, and no one
    who did it, is aimed at the sources of the latest earlier event of that kind (one whose
    trigger shares the noun's stem first: "strikes" finds a strike before an "attack"); "the
    Houthis vowed to retaliate" at the sources of the latest earlier attack on them (or on the
    camp their speaker speaks for; else at whom that camp has just blamed, else at whom it
    struck last); a pronoun for the act ("called *them* a violation") at what the answer just
    before was aimed at."""
    responses: set[int] | None = None
    for k, event in enumerate(events):
        note = notes[id(event)]
        if event.target or not event.source or not (note.reference or note.retaliation):
            continue
        if responses is None:
            responses = _responses(events)
        own = set(event.source)
        candidates = [e for e in reversed(events[:k]) if e.source and not own & set(e.source)
                      and e.modality not in _UNREAL]
        target: list[str] | None = None
        found: Event | None = None
        if note.retaliation:
            found = next((e for e in candidates
                          if e.type == "ASSAULT" and own & set(e.target)), None)
            camp: set[str] = set()
            if found is None and camp_of is not None:
                # "the attack will not go unanswered," the Houthis' spokesman said: an attack on
                # the camp he speaks for (his movement, his government, their state).
                camp = _camp(own, camp_of)
                found = next((e for e in candidates if e.type == "ASSAULT"
                              and not camp & _camp(e.source, camp_of)
                              and camp & _camp(e.target, camp_of)), None)
            if found is None:
                # "Russian officials blamed Ukrainian naval drones for the blast and Putin
                # promised a response": whom its own side has just blamed.
                blamed = _blamed(events[:k], notes, note.sentence, own, c, camp_of)
                if blamed is not None:
                    target = _with_states(blamed.target, event.source, state_of)
            if found is None and target is None and camp_of is not None:
                struck = _struck_by_camp(events[:k], camp, camp_of)
                if struck is not None:
                    target = list(struck.target)
        elif note.reference_word in c.act_pronouns:
            # "Iran condemned Friday's strikes. Kanaani called *them* a violation": the act the
            # answer just before named, else the latest act of its kinds.
            before = _answer_just_before(events[:k], notes, event, c.answer_types)
            if before is not None:
                target = list(before.target)
            else:
                found = next((e for e in candidates if e.type in note.reference), None)
        elif (before := _answer_just_before(events[:k], notes, event)) is not None and \
                notes[id(before)].reference_word == note.reference_word:
            # "Borrell condemned the attack on Kosovo police ... The United States also
            # condemned the attack": the same act the answer just before named (not a later
            # charge that someone else was behind it).
            target = list(before.target)
        else:
            kinds = [e for e in candidates if e.type in note.reference]
            # "The Guards struck Erbil, ... Soleimani, the commander killed by a U.S. drone in
            # 2020 ... Baghdad condemned the attack": the act of the story, not the background
            kinds = [e for e in kinds if e.modality != "historical"] or kinds
            # "Guterres called the attack a flagrant violation of Qatar's sovereignty" after
            # Trump said he had warned Qatar of an attack: the act answered is one that took
            # place, not one foreseen or denied
            kinds = [e for e in kinds if e.modality not in (*_UNREAL, "planned")] or kinds
            if event.type == "ACCUSE":
                # "Zulum condemned the bombings as barbaric" after "a fourth attack ... was
                # foiled by soldiers": one condemns the attack, not its repulse
                kinds = [e for e in kinds if e.rule not in _DEFENCES] or kinds
            if side_of is not None and event.type == "ACCUSE":
                # "Erdogan called the assault a vile terrorist attack" after "security forces
                # shot both attackers dead": one condemns no act of the side one is on.
                speaker = {side_of(a) for a in own}
                kinds = [e for e in kinds if not speaker & {side_of(a) for a in e.source}]
            # "condemned Saturday's attack": the act of that day, before a later one of its kind
            # (the army's counter-attack told after it).
            dated = [e for e in kinds if event.date and e.date == event.date]
            if dated and note.dated_reference:
                kinds = dated
            stem = note.reference_word[:4]
            modes = c.reference_modes.get(note.reference_word, frozenset())
            found = next((e for e in kinds if stem in (e.evidence.trigger or "").lower()
                          or e.mode in modes), None)
            # "security forces shot both attackers dead", "officers were pursuing the gang":
            # an attack on those who attacked first answers their act; a condemnation that
            # names no day or verb of the act is aimed at the act it answered
            first = [e for e in kinds if id(e) not in responses] or kinds
            if found is None and note.reference_word:
                # "Saudi Arabia ... condemned the operation": the attack of the sentence that
                # told "the operation", before a later clash of the other side. (Not one that
                # a sentence calls so in an apposition: "an Israeli air strike last week that
                # killed two officers, an attack Tehran had promised to avenge" is background
                # the story's "the attack" does not name.)
                word = re.compile(r"(?<!, an )(?<!, a )\b"
                                  rf"{re.escape(note.reference_word.lower())}\b")
                found = next((e for e in first if word.search(e.evidence.text.lower())), None)
            if found is None and kinds and note.reference_word.lower() not in _TOLD_ONLY:
                # "Guterres condemned the attack" told after the counter-strikes and other
                # fronts: a bare "the attack" is the story's own, the first one told
                found = first[-1] if note.reference_word.lower() in _STORY_ATTACK else first[0]
            if found is not None and _blamed_act(found, events, notes):
                # "Kurti blamed Belgrade for the attack ... Borrell condemned the attack": the
                # attack that was told, not the charge of who was behind it.
                told = [e for e in kinds if e.modality in ("asserted", "reported")
                        and not _blamed_act(e, events, notes)]
                told = [e for e in told if e.target] or told
                found = next((e for e in told if stem in (e.evidence.trigger or "").lower()),
                             told[0] if told else None)
        if target is None and found is not None and found.type == "AGREE":
            # "rejected the deal": both its parties (states and groups before the leaders who
            # signed for them), never the answerer's own camp
            mine = _camp(own, camp_of)
            target = [a for a in _deal_parties(events[:k], event.source, ("AGREE",), kind_of)
                      if a not in mine] or None
        elif target is None and found is not None:
            target = _with_states(found.source, event.source, state_of)
        if target:
            event.target = target
            event.confidence = round(event.confidence * c.confidence["antecedent"], 3)


def _responses(events: list[Event]) -> set[int]:
    """The ids of the attacks (in text order) aimed at someone an earlier attack of the text
    came from: the answer to that attack ("Gunmen stormed the plant ... security forces shot
    both attackers dead")."""
    attackers: set[str] = set()
    found: set[int] = set()
    for e in events:
        if e.type != "ASSAULT" or e.modality in _UNREAL:
            continue
        if attackers & set(e.target):
            found.add(id(e))
        attackers.update(e.source)
    return found


def _camp(actors: Iterable[str], camp_of: Callable[[str], frozenset[str]] | None) -> set[str]:
    """``actors`` with the bodies each speaks for (``camp_of``), or just ``actors`` without it."""
    if camp_of is None:
        return set(actors)
    return {m for a in actors for m in camp_of(a)}


def _struck_by_camp(earlier: list[Event], camp: set[str],
                    camp_of: Callable[[str], frozenset[str]]) -> Event | None:
    """"I will not hesitate to direct further measures," the president said after his forces'
    strikes: a threat of force that names no one, when no one attacked the speaker's camp, is
    aimed at whom the camp struck last (an attack from it, on another camp)."""
    for e in reversed(earlier):
        if e.type == "ASSAULT" and e.target and e.modality not in _UNREAL \
                and camp & _camp(e.source, camp_of) and not camp & _camp(e.target, camp_of):
            return e
    return None


def _blamed(earlier: list[Event], notes: dict[int, EventNote], sentence: int, own: set[str],
            c: Cues,
            camp_of: Callable[[str], frozenset[str]] | None) -> Event | None:
    """The latest accusation with a target made by ``own`` or its camp in ``sentence`` or the
    ``windows.antecedent`` sentences before it (``earlier`` is in text order); None if none."""
    mine = _camp(own, camp_of)
    lookback = c.windows["antecedent"]
    for e in reversed(earlier):
        if notes[id(e)].sentence < sentence - lookback:
            break
        if e.type == "ACCUSE" and e.target and e.modality not in _UNREAL and \
                mine & _camp(e.source, camp_of) and not mine & _camp(e.target, camp_of):
            return e
    return None


def _blamed_act(act: Event, events: list[Event], notes: dict[int, EventNote]) -> bool:
    """Whether ``act`` is what an accusation of its sentence charges its source with ("Kurti
    blamed Belgrade for the attack": the attack as Serbia's, reported)."""
    if act.modality != "reported":
        return False
    at = notes[id(act)].sentence
    return any(e.type == "ACCUSE" and notes[id(e)].sentence == at
               and set(e.target) & set(act.source) for e in events)


def _answer_just_before(earlier: list[Event], notes: dict[int, EventNote], event: Event,
                        answers: Iterable[str] = ()) -> Event | None:
    """The latest answer of ``event``'s type, with targets, by someone else, in its sentence or
    the one before ("Iran condemned Friday's strikes. Kanaani called them a violation"); in its
    own sentence, also its speaker's answer of another of the ``answers`` types ("signed a law
    nullifying the memorandum, which he called a violation")."""
    at = notes[id(event)].sentence
    own = set(event.source)
    for e in reversed(earlier):
        if notes[id(e)].sentence < at - 1:
            return None
        if e.type == event.type and e.target and not own & set(e.source):
            return e
        if notes[id(e)].sentence == at and e.type in answers and e.target \
                and set(e.source) == own:
            return e
    return None


def _with_states(actors: Sequence[str], against: Sequence[str],
                 state_of: Callable[[str, Sequence[str]], str | None] | None) -> list[str]:
    """``actors`` and, after them, the state each body among them represents when the article
    names it and ``against`` are of another country: "Egypt condemned the seizure of the
    crossing" (seized by "Israeli tanks") is aimed at the armed forces and at Israel."""
    if state_of is None:
        return list(actors)
    states = [state_of(a, against) for a in actors]
    return list(dict.fromkeys([*actors, *(s for s in states if s)]))


def _oppositions(events: list[Event], stated: Sequence[Relation], c: Cues
                 ) -> dict[tuple[str, str], int]:
    """How often each (unordered) pair of actors opposes each other in the article: its events,
    its stated ``opposes`` alignments and the two sides of its mediations."""
    kinds = set(c.opponent_evidence)
    # (a war of long ago, "Moscow, which fought a brief war with Georgia in 2008", says nothing
    # of whom today's crackdown in Tbilisi is aimed at, as an old stated alignment does not)
    latest = max((e.date[:4] for e in events if e.date and e.modality != "historical"),
                 default="")
    found: list[tuple[str, str]] = [
        (s, t) for event in events
        if event.type in kinds and event.modality not in _UNREAL
        and event.rule not in c.opponent_not_evidence_rules
        and not _long_ago(event, latest)
        for s in event.source for t in event.target]
    found.extend((r.source, r.target) for r in stated
                 if r.type == "opposes" and r.modality not in _UNREAL)
    # "an effort by the UAE to broker a deal between him and the government in Tripoli": the
    # two sides of a mediation are the two sides of a conflict.
    found.extend((event.target[0], event.target[1]) for event in events
                 if event.type == "CONSULT" and event.mode == "third-party"
                 and len(event.target) == 2 and event.modality not in _UNREAL)
    pairs: dict[tuple[str, str], int] = {}
    for s, t in found:
        if s != t:
            key = (min(s, t), max(s, t))
            pairs[key] = pairs.get(key, 0) + 1
    return pairs


# Years before the story's own acts that make a told war background for whom they aim at.
_LONG_AGO_YEARS = 5


def _long_ago(event: Event, latest: str) -> bool:
    """Whether ``event`` is history dated ``_LONG_AGO_YEARS`` or more before the year of the
    latest act the story tells (``latest``, "YYYY")."""
    if event.modality != "historical" or not event.date or not latest.isdigit() \
            or not event.date[:4].isdigit():
        return False
    return int(latest) - int(event.date[:4]) >= _LONG_AGO_YEARS


def _allies(stated: Sequence[Relation]) -> dict[str, set[str]]:
    """Who stands with whom by the article's own words (supports, allied_with, either way; a
    leader and the group the text says he led: "said he had led the armed group that attacked
    Kosovo police")."""
    allies: dict[str, set[str]] = {}
    for r in stated:
        if r.type in ("supports", "allied_with", "commands") and r.source != r.target \
                and r.modality not in _UNREAL:
            allies.setdefault(r.source, set()).add(r.target)
            allies.setdefault(r.target, set()).add(r.source)
    return allies


def _backers(stated: Sequence[Relation]) -> dict[str, set[str]]:
    """Who the article says backs each actor ("Rwanda-backed rebels": Rwanda backs them)."""
    backers: dict[str, set[str]] = {}
    for r in stated:
        if r.type == "supports" and r.source != r.target and r.modality not in _UNREAL:
            backers.setdefault(r.target, set()).add(r.source)
    return backers


def _fill_opponents(events: list[Event], pairs: dict[tuple[str, str], int],
                    allies: dict[str, set[str]], side: Callable[[str], str], c: Cues,
                    crowds: set[str] | frozenset[str] = frozenset(),
                    notes: dict[int, EventNote] | None = None,
                    kind_of: Callable[[str], str | None] | None = None,
                    camp_of: Callable[[str], frozenset[str]] | None = None,
                    state_of: Callable[[str, Sequence[str]], str | None] | None = None,
                    backers: dict[str, set[str]] | None = None) -> None:
    """An attack with no target is aimed at the side its source clearly fights most (and one
    with no source comes from the side its target fights most). Sides are
    counted, not actors: a state with its armed forces and ministries, and whoever the article
    says backs or is allied with it. When the source's side fights no one yet, and the article's
    attacks come from just one other side, it is that side. The target is the actor its side
    most often appears as in the article's events, or the country the attack names as its place
    when that is on the side ("stormed southern Israel"). Crowds (``crowds``) are no side."""
    parent: dict[str, str] = {}

    def root(key: str) -> str:
        while parent.get(key, key) != key:
            key = parent[key]
        return key

    foes = {frozenset((side(a), side(b))) for a, b in pairs}
    for a, others in allies.items():
        for o in others:
            ra, ro = root(side(a)), root(side(o))
            if ra != ro and frozenset((side(a), side(o))) not in foes:
                parent[ra] = ro

    members: dict[str, dict[str, int]] = {}

    def group(actor: str) -> str:
        key = root(side(actor))
        seen = members.setdefault(key, {})
        seen[actor] = seen.get(actor, 0) + 1
        return key

    opponents: dict[str, dict[str, int]] = {}
    for (a, b), n in pairs.items():
        ga, gb = group(a), group(b)
        if ga != gb:
            opponents.setdefault(ga, {})[gb] = opponents.get(ga, {}).get(gb, 0) + n
            opponents.setdefault(gb, {})[ga] = opponents.get(gb, {}).get(ga, 0) + n
    attackers: dict[str, int] = {}
    # The crowds each side struck or policed ("police fired tear gas to disperse the crowds"):
    # whom its other acts are aimed at when it acts on them more than on any side ("then
    # opened fire"). The victims of its killings are no crowd it polices: its other acts are
    # aimed at the side it fights ("shelled Kharkiv, killing three civilians ... repelled
    # Ukrainian attacks").
    policed: dict[str, dict[str, int]] = {}
    for event in events:
        if event.modality in _UNREAL:
            continue
        if event.type == "ASSAULT":
            for s in event.source:
                if s in crowds:
                    continue  # a crowd is no side of the war
                key = group(s)
                attackers[key] = attackers.get(key, 0) + 1
        if event.type in c.opponent_evidence and crowds.issuperset(event.target) and \
                event.target and not crowds & set(event.source) and VICTIMS not in event.target \
                and not (notes is not None and id(event) in notes and notes[id(event)].tally):
            for s in event.source:
                seen_crowds = policed.setdefault(root(side(s)), {})
                for t in event.target:
                    seen_crowds[t] = seen_crowds.get(t, 0) + 1
        elif event.mode == "riot" and event.source and crowds.issuperset(event.source):
            # "demonstrators clashed with police, who fired tear gas": the crowd they face
            # (not a foreign state whose embassy it attacks: "attacked the Rwandan embassy")
            for t in event.target:
                if kind_of is not None and kind_of(t) == "state":
                    continue
                seen_crowds = policed.setdefault(root(side(t)), {})
                for s in event.source:
                    seen_crowds[s] = seen_crowds.get(s, 0) + 1
    def fights(actor: str, mine: str) -> dict[str, int]:
        # A backer's own wars are not those of the group it backs ("Rwanda-backed rebels"
        # captured Goma: not an attack on the militia Rwanda fights at home): a foe only the
        # backers fight is no foe of the backed group.
        own = opponents.get(mine, {})
        behind = {side(b) for b in (backers or {}).get(actor, ())}
        if not behind or side(actor) in behind:
            return own
        direct = {root(side(y)) for a, b in pairs for x, y in ((a, b), (b, a))
                  if root(side(x)) == mine and side(x) not in behind}
        return {g: n for g, n in own.items() if g in direct}

    def foe(actor: str, fallback: bool = True, prefer: str | None = None,
            guess: bool = True) -> str | None:
        mine = root(side(actor))
        own = fights(actor, mine)
        crowd = max(policed[mine].items(), key=lambda kv: kv[1]) if fallback and \
            policed.get(mine) else None
        if crowd is not None and crowd[1] > max(own.values(), default=0):
            return crowd[0]  # it acts on the crowd more than on any side
        if not own and fallback and guess:
            rivals = [a for a in attackers if a != mine]
            own = {rivals[0]: attackers[rivals[0]]} if len(rivals) == 1 else {}
        ranked = sorted(own.items(), key=lambda kv: -kv[1])
        if prefer is not None and len(ranked) > 1 and root(side(prefer)) in own:
            # "struck military-industrial sites in western Ukraine" by a side that also fights
            # Poland in the article: the side whose country the attack hit
            return prefer
        if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
            if prefer is not None and root(side(prefer)) == ranked[0][0]:
                return prefer  # "stormed southern Israel": the country its side is named by
            seen = members.get(ranked[0][0], {})
            # A side's leader stands for it only when nothing else does ("fighting Somalia's
            # federal government ... President Hassan Sheikh Mohamud said": the government).
            bodies = {a: n for a, n in seen.items() if kind_of is None or kind_of(a) != "person"}
            seen = bodies or seen
            return max(seen.items(), key=lambda kv: kv[1])[0] if seen else ranked[0][0]
        return None

    for event in events:
        if (event.type not in c.opponent_fill and event.rule not in c.opponent_fill_rules) \
                or (event.target and event.source):
            continue
        if event.source and not event.target and _massacre(event):
            continue  # "killing at least 70 people": aimed at civilians, no side
        if event.source and not event.target and infighting(event):
            continue  # "rival factions of the Sinaloa cartel fought": each other, no outsider
        if event.type == "MOBILIZE" and event.source and not event.target and \
                _INFIGHTING.search(event.evidence.text) is not None:
            # "Sinaloa cartel factions battle in Culiacan as Mexico flies in more troops": troops
            # sent where a group's factions fight each other are aimed at neither faction
            continue
        if event.type == "MOBILIZE" and event.mode == "weapons":
            # "North Korea test-fired a new solid-fuel intercontinental ballistic missile": a
            # weapons test shows force to all, aimed at no side it fights elsewhere
            continue
        if event.mode == "arrest" and event.source and not event.target and \
                _arrested_officials(event):
            continue  # "has detained several ministers and senior officers": no side at war
        # No target: the side the sources fight. No source ("his forces are encountering stiff
        # resistance"): the side the targets are seen fighting in the present story, never a
        # guess from who else attacks, and never for history ("Gaddafi was toppled in 2011").
        if not event.source and event.modality == "historical":
            continue
        known = event.source or event.target
        note = notes.get(id(event)) if notes is not None else None
        if note is not None and note.collective_source and len(event.source) > 1:
            continue  # "the parties agreed": made between its two sources
        place = note.place_actor if note is not None and event.source else None
        # Never the camp it speaks for ("He described the operation", the movement's spokesman).
        own = _camp(known, camp_of)
        # A deployment is aimed only at a side its source is seen fighting, never guessed to be
        # at the one other side that attacks ("France keeps 1,500 troops in the country and the
        # United States around 1,100" where the only attack is one the junta says France plans).
        guess = event.type != "MOBILIZE"
        filled = [a for a in dict.fromkeys(foe(x, bool(event.source), place, guess)
                                           for x in known)
                  if a and a not in known and a not in own]
        if filled and not event.target:
            event.target = _with_states(filled, event.source, state_of)
        elif filled:
            event.source = filled
        else:
            continue
        event.confidence = round(event.confidence * c.confidence["opponent"], 3)


# Office holders an arrest may name with no actor: the arrest is a purge or a crackdown on
# opponents at home, not an act against the side its source fights.
_OFFICIALS = re.compile(r"\b(?:ministers?|officials|officers|lawmakers|politicians|"
                        r"journalists|activists|opposition (?:leaders|figures|members))\b")


def _arrested_officials(event: Event) -> bool:
    """Whether the few words after an arrest's trigger name office holders ("detained several
    ministers and senior officers allied to ...")."""
    text, trigger = event.evidence.text, (event.evidence.trigger or "").split(" ... ", 1)[0]
    at = text.find(trigger) if trigger else -1
    if at < 0:
        return False
    after = " ".join(text[at + len(trigger):].split()[:4]).lower()
    return _OFFICIALS.search(after) is not None


# "killing at least 70 people", "kills dozens", "killed more than 100 civilians": the victims
# of an attack are people, not a side (a number alone is people too).
_MASSACRE = re.compile(
    r"\b(?:kill(?:s|ed|ing)?|shoot(?:s|ing)?|shot|gunn(?:ed|ing) down|massacr(?:e|es|ed|ing)|"
    r"execut(?:e|es|ed|ing))\s+(?:(?:at least|more than|some|about|around|nearly|over|up to)\s+)?"
    r"(?:(?:\d[\d,]*|dozens|scores|hundreds|thousands)\b(?:\s+of)?(?!\s+(?:soldiers|troops|"
    r"fighters|militants|rebels|police|policemen|officers|members|militiamen|gunmen|insurgents|"
    r"combatants|jihadists|guerrillas|attackers|peacekeepers|personnel|servicemen))"
    r"|(?:[a-z]+\s+)?(?:civilians|people|residents|villagers|worshippers|children|women)\b)",
    re.IGNORECASE)


# Patterns whose trigger itself says people were massacred ("carrying out massacres").
_MASSACRE_RULES = frozenset({"assault.massacre", "assault.massacre-noun",
                             "assault.war-crimes-act", "assault.executions-noun"})

# A group's factions fighting among themselves: "Sinaloa cartel factions battle in Culiacan",
# "Gunmen from rival factions of the Sinaloa cartel fought running battles".
_INFIGHTING = re.compile(r"\b(?:rival|warring|feuding|competing) factions\b|"
                         r"\bfactions of (?:the |its |their )?[A-Z]|"
                         r"\b(?:cartel|gang|militia|group|party|movement) factions\b")


def infighting(event: Event) -> bool:
    """An attack whose sentence tells it as fighting between one group's factions."""
    return event.type == "ASSAULT" and _INFIGHTING.search(event.evidence.text) is not None


def _massacre(event: Event) -> bool:
    """An attack whose sentence says it killed a number of people, not of fighters."""
    if event.rule in _MASSACRE_RULES:
        return True  # "accusing security personnel of carrying out massacres": of people
    text = event.evidence.text
    lower = text.lower()
    if "kill" not in lower and "shoot" not in lower and "shot" not in lower \
            and "gunned" not in lower and "massacr" not in lower and "execut" not in lower:
        return False
    trigger = event.evidence.trigger or ""
    at = max(text.find(trigger), 0) if trigger else 0
    return _MASSACRE.search(text, at) is not None


def _fill_retold_sources(events: list[Event], c: Cues) -> None:
    """"Azerbaijani border guards detained a former separatist leader ... his wife wrote that
    he had been arrested": a passive act with no agent (an arrest, an ouster) that its side
    has not explained comes from the sources of the latest earlier act of the same type and
    mode in the article, aimed at no one else (the same act told again)."""
    for k, event in enumerate(events):
        if event.source or not event.target or event.modality == "historical":
            continue
        for earlier in reversed(events[:k]):
            if earlier.type != event.type or earlier.mode != event.mode or not earlier.source \
                    or earlier.modality in _UNREAL:
                continue
            if earlier.target and not set(earlier.target) & set(event.target):
                continue
            event.source = [a for a in earlier.source if a not in event.target]
            if event.source:
                event.confidence = round(event.confidence * c.confidence["antecedent"], 3)
            break


def _fill_signatories(events: list[Event], c: Cues,
                      kind_of: Callable[[str], str | None] | None = None,
                      camp_of: Callable[[str], frozenset[str]] | None = None) -> None:
    """"Redwan Hussien ... signed on behalf of the government", "Getachew Reda ... signed for
    the Tigrayan side": a signature with no other party named, after a deal made between two
    sides, is given to the other side of the latest such deal (its parties, not the signer's
    own camp)."""
    for k, event in enumerate(events):
        if event.type != "AGREE" or event.mode != "sign" or event.target or not event.source \
                or event.modality in _UNREAL:
            continue
        own = _camp(event.source, camp_of)
        parties = [a for a in _deal_parties(events[:k], event.source, ("AGREE",), kind_of)
                   if a not in own]
        if parties:
            event.target = parties
            event.confidence = round(event.confidence * c.confidence["antecedent"], 3)


def _fill_mediation_sides(events: list[Event], notes: dict[int, EventNote], c: Cues,
                          kind_of: Callable[[str], str | None] | None = None,
                          state_of: Callable[[str, Sequence[str]], str | None] | None = None,
                          top_states: tuple[str, ...] = (),
                          side_of: Callable[[str], str] | None = None) -> None:
    """A mediation with no sides named is between the parties of the deal it is about: the
    latest earlier deal or truce of the article when it names one ("brokered the agreement"),
    else the two states that oppose each other most (``top_states``) when its sentence names
    two states ("China, which has close ties with both neighbours, offered to mediate"), else
    the latest party event of the few sentences before it."""
    located = [(notes[id(e)].sentence, e) for e in events]
    for k, (at, event) in enumerate(located):
        if event.type != "CONSULT" or event.mode != "third-party" or event.target:
            continue
        deal = notes[id(event)].deal or _deal_named_before(event)
        past = closed_mediation(event)
        earlier = [e for e in events[:k] if e.modality == "historical"] if past else events[:k]
        sides = _deal_parties(earlier, event.source, deal, kind_of) if deal else []
        if not sides and notes[id(event)].collective_states and not past:
            sides = [a for a in top_states if a not in event.source]
        sides = sides or mediation_sides(located, at, event.source, c, historical=past)
        signers = list(sides)
        if event.rule in _WITNESS_RULES:
            # (the signers of the deal its own sentence tells, before any earlier deal's)
            signers = [a for e in events if e.type == "AGREE" and notes[id(e)].sentence == at
                       for a in (*e.source, *e.target) if a not in event.source] or signers
            signers = list(dict.fromkeys(signers))
        if state_of is not None:
            # "Egyptian and Qatari mediators" after "Israeli tanks seized the crossing" from
            # Hamas: a mediator works between states, not between a state's army and a group.
            sides = list(dict.fromkeys(
                state_of(a, [o for o in sides if o != a]) or a for a in sides))
        if side_of is not None and kind_of is not None and len(sides) == 2 and \
                sorted(kind_of(a) or "" for a in sides) == ["person", "state"]:
            # "signed by Ali Shamkhani ... and Saudi national security adviser Musaed al-Aiban"
            # then "thanked Iraq and Oman for hosting earlier rounds of dialogue between the
            # rivals": a state and an official of another state's body: the two states
            states = {side_of(a): a for e in events for a in (*e.source, *e.target)
                      if kind_of(a) == "state"}
            sides = [states.get(side_of(a), a) if kind_of(a) == "person" else a
                     for a in sides]
            sides = list(dict.fromkeys(sides))
        if event.rule in _WITNESS_RULES and side_of is not None and kind_of is not None:
            # "signed by Congo's Wagner and Rwanda's Nduhungirehe, with Rubio looking on": the
            # witness stands between the signers and the states they sign for.
            states = {side_of(a): a for e in events for a in (*e.source, *e.target)
                      if kind_of(a) == "state"}
            sides = list(dict.fromkeys([*signers, *sides, *(
                states[side_of(a)] for a in signers
                if kind_of(a) == "person" and side_of(a) in states)]))
            sides = [a for a in sides if a not in event.source]
        if sides:
            event.target = sides
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)
        if event.rule in _WITNESS_RULES and event.place is None:
            # "A joint statement issued after four days of talks in Beijing ... The agreement
            # was signed by ..., with China's top diplomat Wang Yi standing between them": the
            # signing is where the talks just told were held
            venue = next((e for _, e in reversed(located[:k]) if e.type == "CONSULT"
                          and e.place is not None and at - 2 <= notes[id(e)].sentence <= at), None)
            if venue is not None:
                for other in events:
                    if other is event or (other.type == "AGREE" and other.place is None
                                          and notes[id(other)].sentence == at):
                        other.place, other.place_text = venue.place, venue.place_text
                        other.place_basis = "context"


# Witnesses of a signing: a third party between the signers and their states.
_WITNESS_RULES = frozenset({"consult.witness-signing", "consult.signed-in-presence",
                            "consult.witness-signing-verb"})


def _add_brokered_truces(events: list[Event], notes: dict[int, EventNote], c: Cues,
                         kind_of: Callable[[str], str | None] | None = None) -> None:
    """"Several earlier agreements between the neighbours, including a ceasefire brokered by
    Angola last year, collapsed", "The ceasefire was arranged with the help of Russian
    peacekeepers": a mediation that names the truce it brought about, between two sides, is
    also that truce between them (one event each way), unless its sentence already codes one.
    The truce is told with the mediation's evidence, at the ``antecedent`` confidence."""
    from factions.events.ontology import ontology

    k = 0
    while k < len(events):
        event = events[k]
        k += 1
        note = notes[id(event)]
        if event.type != "CONSULT" or event.mode != "third-party" \
                or not note.truce_told or len(event.target) != 2 \
                or event.modality == "negated":
            continue
        sides = list(event.target)
        if any(notes[id(e)].sentence == note.sentence and e.type == "RETREAT"
               and set(sides) <= {*e.source, *e.target} for e in events):
            continue
        types = [t for a in sides if kind_of is not None and (t := kind_of(a))]
        acled = ontology().acled_for("RETREAT", "ceasefire", types)
        # The mediation's sentence, place, date and modality, told as the truce it made.
        truces = [replace(event, type="RETREAT", rule="retreat.ceasefire", mode="ceasefire",
                          contexts=list(ontology().default_contexts.get("RETREAT", ())),
                          cameo="0871", acled_type=acled[0] if acled else None,
                          acled_sub_type=acled[1] if acled else None,
                          source=[a], target=[o for o in sides if o != a],
                          confidence=round(event.confidence * c.confidence["antecedent"], 3))
                  for a in sides]
        for truce in truces:
            notes[id(truce)] = EventNote(note.sentence)
        events[k:k] = truces
        k += len(truces)


def _fill_collective(
    events: list[Event], notes: dict[int, EventNote], top: tuple[str, ...], c: Cues,
    kind_of: Callable[[str], str | None] | None = None,
    state_of: Callable[[str, Sequence[str]], str | None] | None = None,
    top_states: tuple[str, ...] = (),
) -> None:
    """"Urged both sides to return to talks": the pair that opposes each other most often in the
    article (``top``), else the parties of the latest agreement, truce, talks or clash before
    it. "Received both ministers", "called on the two leaders": first the people of the latest
    earlier event with two or more people besides its source. Two armed forces of two states
    the article names bring their states along ("urged both sides to stay calm" in a war
    between India and Pakistan fought by their armies)."""
    located = [(notes[id(e)].sentence, e) for e in events]
    for k, (at, event) in enumerate(located):
        note = notes[id(event)]
        if not note.collective or event.target or (note.collective_source and not event.source):
            continue  # (one done by both sides to each other waits for its sources)
        people = _latest_people(events[:k], event.source, kind_of) \
            if note.collective_people and kind_of is not None else []
        # ("urged both countries to exercise restraint": the two states that oppose each other
        # most often, before a pair of groups one of them struck)
        pair = top_states if note.collective_states and top_states else top
        sides = people or [a for a in pair if a not in event.source] or \
            mediation_sides(located, at, event.source, c, lookback=at)
        if sides and not people and state_of is not None:
            states = [state_of(a, [b for b in sides if b != a]) for a in sides]
            sides = [a for a in dict.fromkeys([*sides, *(x for x in states if x)])
                     if a not in event.source]
            if note.collective_states and kind_of is not None:
                # "Both countries face steep U.S. tariffs": the states, not their armies
                sides = [a for a in sides if kind_of(a) == "state"] or sides
        if sides:
            event.target = sides
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


_DEAL_NOUNS = re.compile(r"\b(?:agreement|deal|truce|ceasefire|cease-fire|accord)\b")


def _deal_named_before(event: Event) -> tuple[str, ...]:
    """"the agreement had been reached through US mediation": a mediation noun after the
    deal its sentence names is about that deal."""
    text, trigger = event.evidence.text, event.evidence.trigger or ""
    at = text.find(trigger) if trigger else -1
    return ("RETREAT", "AGREE") if at > 0 and _DEAL_NOUNS.search(text.lower(), 0, at) else ()


def _deal_parties(earlier: list[Event], mediators: Sequence[str], kinds: Sequence[str],
                  kind_of: Callable[[str], str | None] | None) -> list[str]:
    """The parties (not ``mediators``) of the latest deal or truce (of ``kinds``) in ``earlier``
    made between sides (a source and a target: not a joint pledge of several states); one whose
    parties are states or groups comes before one signed by people."""
    found: list[list[str]] = []
    for event in reversed(earlier):
        if event.type not in kinds or event.modality in _UNREAL \
                or not event.source or not event.target:
            continue
        parties = [a for a in dict.fromkeys([*event.source, *event.target]) if a not in mediators]
        if len(parties) < 2:
            continue
        if kind_of is None or not any(kind_of(a) == "person" for a in parties):
            return parties
        found.append(parties)
    return found[0] if found else []


def _latest_people(earlier: list[Event], sources: Sequence[str],
                   kind_of: Callable[[str], str | None]) -> list[str]:
    """The people (not ``sources``) of the latest event in ``earlier`` that has two or more."""
    for event in reversed(earlier):
        if event.modality == "negated":
            continue
        people = [a for a in dict.fromkeys([*event.source, *event.target])
                  if a not in sources and kind_of(a) == "person"]
        if len(people) >= 2:
            return people
    return []


# Acts the two sides do to each other: a collective subject does them each way.
_FIGHT_TYPES = frozenset({"ASSAULT", "COERCE"})


def _fill_collective_sources(
    events: list[Event], notes: dict[int, EventNote], top: tuple[str, ...],
    kind_of: Callable[[str], str | None] | None = None,
    top_states: tuple[str, ...] = (),
) -> None:
    """"Libya's two rival factions signed a ceasefire": the pair that opposes each other most
    often in the article (``top``) did it (the country's name stands for neither); a deal or
    truce by "the parties" was made by the parties of the latest deal before it, when there is
    one."""
    mirrored: list[tuple[int, Event]] = []
    for k, event in enumerate(events):
        if not notes[id(event)].collective_source:
            continue
        if notes[id(event)].people_source:
            # "... spoke by telephone with his Iranian counterpart, and the two ministers
            # agreed to work closely": the two people of the latest event with two of them in
            # this sentence or the one before, never the article's sides.
            if not event.source and kind_of is not None:
                at = notes[id(event)].sentence
                near = [e for e in events[:k] if at - 1 <= notes[id(e)].sentence <= at]
                people = _latest_people(near, (), kind_of)
                if len(people) == 2:
                    event.source, event.target = [people[0]], [people[1]]
                    other = replace(event, source=[people[1]], target=[people[0]])
                    notes[id(other)] = notes[id(event)]
                    mirrored.append((k, other))
            continue
        # "the parties agreed to launch a regional economic framework": the parties of the
        # deal the article has just reported, before the pair that fights most.
        # A truce told by its taking effect or collapse ("A ceasefire announced on Thursday
        # broke down") is between the pair that fights most, before the latest deal's parties.
        truce = event.type == "RETREAT" and not event.source and bool(top)
        # Talks with no party named ("after four days of talks in Beijing") are the latest
        # deal's parties' too.
        talks = event.type == "CONSULT" and event.mode == "negotiate" and not event.source
        pair = tuple(_deal_parties(events[:k], (), _DEAL_TYPES, kind_of)) \
            if (event.type in _DEAL_TYPES and not truce) or talks else ()
        pair = pair or (top_states if notes[id(event)].collective_states and top_states
                        else top)
        if notes[id(event)].collective_states and (kind_of is None or not all(
                kind_of(a) == "state" for a in pair)):
            continue  # "the two countries" are not two armed groups, nor a state and a group
        if pair and not set(pair) & set(event.source):
            # "Each side accused the other" (a deal "with each other" is one joint act)
            reciprocal = notes[id(event)].collective and event.type not in _DEAL_TYPES
            # ("the two sides would meet again in Istanbul": a meeting is with the other side)
            if (event.type in _FIGHT_TYPES or event.type == "CONSULT" or reciprocal) \
                    and len(pair) == 2 and not event.target:
                # "The two countries traded direct fire": each on the other, not side by side
                event.source, event.target = [pair[0]], [pair[1]]
                other = replace(event, source=[pair[1]], target=[pair[0]])
                notes[id(other)] = notes[id(event)]
                mirrored.append((k, other))
                continue
            event.source = list(pair)
            event.target = [a for a in event.target if a not in pair]
    for k, other in reversed(mirrored):
        events.insert(k + 1, other)


def _fill_places(events: list[Event], notes: dict[int, EventNote], c: Cues) -> None:
    """"Fired missiles at cities across Ukraine": an attack still without a target hit the
    country (or capital's government) it names as the place."""
    for event in events:
        actor = notes[id(event)].place_actor
        if actor and not event.target and event.source and actor not in event.source:
            event.target = [actor]
            event.confidence = round(event.confidence * c.confidence["opponent"], 3)


def mediation_sides(
    events: Iterable[tuple[int, Event]], sentence: int, mediators: Sequence[str], c: Cues,
    lookback: int | None = None, historical: bool = False,
) -> list[str]:
    """Actors (not ``mediators``) of the latest (sentence index, event) pair of a party type with
    two or more of them, within ``lookback`` (default ``windows.mediation``) sentences before
    ``sentence`` (the same sentence counts). A ``historical`` mediation that ended a war of its
    own (``closed_mediation``) works between the parties of past events only, never between
    those of the story's current events."""
    lookback = c.windows["mediation"] if lookback is None else lookback
    best: list[str] = []
    for at, event in events:
        if at > sentence or at < sentence - lookback:
            continue
        if event.type not in c.mediation_parties or event.modality == "negated":
            continue
        if historical and event.modality != "historical":
            continue
        if event.type == "CONSULT" and event.mode in ("third-party", "host"):
            continue  # (a host, like a broker, is no party: "the meeting, hosted by Gonsalves")
        if event.type == "CONSULT" and event.mode == "multilateral" and \
                len(event.source) == 1 and len(event.target) == 1:
            continue  # "told a meeting of the council": a speaker and the body he addressed
        parties = [a for a in dict.fromkeys([*event.source, *event.target]) if a not in mediators]
        if len(parties) >= 2:
            best = parties
    return best
