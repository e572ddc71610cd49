"""Source and target of a trigger: who did it, to whom.

A pattern lists strategies for each role, tried in order until one finds actors (see
docs/patterns.md): ``subject`` (the clause's subject; a relative clause takes its antecedent, a
coordinated or reduced clause the previous clause's subject), ``object``, ``prep:<word>``, ``by``,
``possessor`` ("Haftar's offensive", "its assault"), ``modifier`` ("LNA air strikes", "Turkish
drone strikes"), ``light_subject`` (the subject of "carried out" in "carried out an air strike"),
``between`` ("between him and the government"), ``left``, ``right``, ``appositive``, ``list``.
A verb in the passive ("Tripoli was shelled by Haftar's forces") swaps ``subject`` for ``by`` and
``object`` for the passive subject; an infinitive or gerund takes its controller ("an effort by the
UAE to broker", "accusing it of attacking").
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from factions.actors.coref import sides_subject
from factions.actors.lexicon import actor_lexicon
from factions.actors.unnamed import VICTIMS
from factions.dates.vocab import CALENDAR_WORDS, WEEKDAY_WORDS
from factions.events.cues import Phrases, cues
from factions.events.matcher import Match
from factions.events.patterns import Pattern, has_form
from factions.events.sentence import (
    NAME_KINDS,
    PRONOUN_KINDS,
    ActorSpan,
    Clause,
    DocReading,
    SentenceView,
    closes_relative,
    participle_asides,
)
from factions.model import Event

_PASSIVE_SWAP = {"subject": "by", "object": "subject"}
_POSSESSIVE_MARKS = ("'s", "'")
# Verbs of a fight's outbreak right after its noun ("Fighting broke out").
_OUTBREAK = frozenset({"broke", "erupted", "flared", "raged", "resumed", "intensified"})
# What a truce does once it exists, right after its noun or past an aside or participle
# phrase: "The two-month truce, announced by the U.N. envoy on April 1, *took effect*", "A
# ceasefire announced on Thursday *broke down* within hours" (the last word of each phrase).
_TRUCE_STATUS = ((("took", "effect"), ("taken", "effect"), ("take", "effect"),
                  ("takes", "effect"), ("came", "into", "force"), ("come", "into", "force"),
                  ("comes", "into", "force"), ("went", "into", "effect"),
                  ("gone", "into", "effect"), ("goes", "into", "effect"), ("broke", "down"),
                  ("broken", "down"), ("collapsed",), ("held",), ("holds",), ("expired",),
                  ("unravelled",), ("unraveled",), ("crumbled",), ("began",)))
_TRUCE_STATUS_FIRSTS = frozenset(p[0] for p in _TRUCE_STATUS)
# Words that open a truce noun's subject phrase ("A 48-hour truce", "The two-month truce").
_TRUCE_OPENERS = frozenset({"a", "an", "the", "that", "this", "its", "their"})
_TRUCE_ADJECTIVES = frozenset({"new", "fragile", "short-lived", "shaky", "tenuous", "temporary",
                               "partial", "humanitarian", "nationwide", "brief", "unilateral",
                               "initial", "permanent", "limited", "week-long", "day-long"})
_TRUCE_REACH = 18
# Words after talks that make them a third party's ("talks ... brokered by Brazil", "talks in
# which Qatari and Egyptian officials shuttled between the two sides").
_TALKS_MEDIATED = frozenset({"brokered", "mediated", "hosted", "convened", "facilitated",
                             "sponsored", "chaired", "shuttled"})
# What may stand between "after" and talks with no party named: how long or how many ("after
# four days of talks", "following two rounds of indirect negotiations"), not "the" (talks told
# already) nor a clause ("after what officials described as negotiations").
_TALKS_SPELL = frozenset({"of", "days", "day", "weeks", "week", "months", "hours", "rounds",
                          "round", "a", "two", "three", "four", "five", "six", "seven", "eight",
                          "nine", "ten", "several", "many", "marathon", "lengthy", "long",
                          "intense", "intensive", "protracted", "indirect", "direct", "secret",
                          "further", "new", "fresh", "final", "last"})
# The nouns for the team a side sends to talks ("the government's delegation").
_DELEGATION_NOUNS = frozenset({"delegation", "delegations", "negotiators", "negotiating",
                               "team", "envoys", "representatives"})
# Nouns after an organization's name that name one of its members ("its NATO ally").
_MEMBER_NOUNS = frozenset({"ally", "allies", "partner", "partners", "member", "members"})
# A reported claim's own verb forms: a coordinated verb after them goes back to the speaker.
_CLAIM_VERBS = frozenset({"is", "are", "was", "were", "will", "would", "could", "can", "must",
                          "might", "may", "should"})
_PERFECT = frozenset({"had", "has", "have"})
# Words that open a relative clause with a subject of its own ("which *they* accuse of").
_REL_SUBJECT_OPENERS = frozenset({"the", "a", "an", "they", "it", "he", "she", "we", "i", "you",
                                  "its", "their", "his", "her", "this", "these", "those"})
# "X, backed by Y, captured ...": in these types the backers act with the subject.
_JOINT_TYPES = frozenset({"ASSAULT"})
# Bodies an official named in apposition speaks for ("the State Department's top diplomat,
# Brian Nichols,"), unlike a state or a force read off an owner's noun ("Niger's military ruler").
_SPEAKING_BODIES = frozenset({"government", "international_org"})
# Words that join the words of a title ("Secretary *of State*", "Minister *for* Defence").
_TITLE_LINKS = frozenset({"of", "state", "for"})
_BACKED = frozenset({"backed", "supported", "aided", "assisted", "joined", "helped",
                     "accompanied", "reinforced"})
# Phrases whose actors act with the event's source: "with the help of X".
_HELP = (("with", "the", "help", "of"), ("with", "the", "support", "of"),
         ("with", "the", "assistance", "of"), ("with", "the", "backing", "of"),
         ("with", "help", "from"), ("with", "support", "from"))
# "X were accused of killing", "X is suspected of carrying out": X did the gerund's act.
# An opening "It said" whose claim follows with no "that": the claim has a subject of its own.
_IT_SAID = frozenset({"said", "says", "added", "reported", "claimed"})
# Verbs that charge someone with an act: "were accused of killing" (its passive's subject did
# it), "accused the military leadership of launching" (its object did).
_CHARGING = frozenset({"accuse", "accuses", "accused", "accusing", "blame", "blames", "blamed",
                       "blaming", "charge", "charges", "charged", "charging", "suspect",
                       "suspects", "suspected", "suspecting", "convicted"})
# "Photographs showed him meeting Tiani", "footage shows fighters attacking": what a picture or
# witness shows, its object did.
_DEPICTING = frozenset({"show", "shows", "showed", "shown", "showing", "saw", "see", "sees",
                        "seen", "depict", "depicts", "depicted", "depicting", "filmed", "watched"})
# Time phrases that may open a coordinated clause whose subject is left out ("It took up arms
# in 2021, and in recent weeks has captured ...").
_TIME_WORDS = frozenset({"weeks", "days", "months", "years", "week", "day", "month", "year",
                         "then", "time", "hours", "monday", "tuesday", "wednesday", "thursday",
                         "friday", "saturday", "sunday", "night", "morning", "evening", "since"})
# Prepositions after a past participle that make it a reduced passive ("lawmakers ousted in
# the coup").
_AFTER_PARTICIPLE = frozenset({"in", "during", "after", "since", "from"})
# Verbs that give an act a name: "in what Beijing called a stern warning".
_NAMER_VERBS = frozenset({"called", "termed", "dubbed", "described", "labelled", "labeled",
                          "branded"})
# The last word of "summoned X's deputy ambassador" and the like: X is the envoy's state.
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "affaires", "mission", "consul",
                     "ambassadors", "envoys", "diplomats", "consuls"})
# A body of an organization that acts for it: "the board of the IAEA declared ...", and a
# force's own people: "crews of the China Coast Guard surrounded".
# Nouns of the people who back someone, before "of" and his titled name.
_BACKERS = frozenset({"supporters", "followers", "loyalists", "partisans"})
_BODY_NOUNS = frozenset({"board", "boards", "members", "council", "secretariat", "leadership",
                         "governors", "presidency", "executive", "crew", "crews", "personnel",
                         "sailors", "officers", "agents"})
# A third party's participle between a noun trigger and its "by": "a sixth round of the
# negotiations, mediated by Oman" (the mediator, not a negotiator).
_THIRD_PARTY_PARTICIPLES = frozenset({"mediated", "brokered", "hosted", "facilitated",
                                      "convened", "sponsored", "chaired", "arranged"})
# "killed in El Fasher since fighting intensified": no modifier across these.
_SUBORDINATING = frozenset({"since", "as", "while", "when", "after", "before", "until", "and",
                            "or", "but", "that", "which", "who"})
_IN_PLACE = frozenset({"in", "across", "inside", "throughout", "within"})
# Nominative pronouns that are objects too ("accused it of", "urged you to").
_OBJECT_CASE = frozenset({"it", "you"})
# Verbs whose object does what the infinitive after it says: "asked any country to mediate".
_ASKING = frozenset({"asked", "asking", "ask", "asks", "invited", "inviting", "invite",
                     "requested", "requesting", "urged", "urging", "pressed", "pressing",
                     "encouraged", "encouraging"})
# People of a camp named by its leader's possessive: "arrested two of Machar's *allies*, ...".
_CAMP_NOUNS = frozenset({"allies", "ally", "aides", "aide", "associates", "loyalists",
                         "supporters", "lieutenants", "confidants"})
# How many words may open a sentence before "unveiled by X" (the thing X made); participles
# that do not end in -ed.
_PATIENT_WORDS = 6
_MADE = frozenset({"made", "put", "drawn", "set", "laid", "brought", "written", "sent",
                   "given", "taken", "led", "held", "won", "struck", "forward", "up", "out"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i", "you", "who", "which", "that"})
_HELP_FIRSTS = frozenset(p[0] for p in _HELP)
# Phrases whose actors do the act with its source: "Saudi Arabia, together with the UAE,
# pledged", "Russia props up Assad's government alongside Iran".
_COMPANION = (("together", "with"), ("along", "with"), ("jointly", "with"), ("alongside",),
              ("in", "tandem", "with"), ("in", "concert", "with"))
_COMPANION_FIRSTS = frozenset(p[0] for p in _COMPANION)
# What may stand between the members of a list of companions ("Egypt and the United States").
_COMPANION_GAPS = frozenset({",", "and", "the"})
# Kinds of actors that act together: a state with a state or a bloc ("Saudi Arabia, together
# with the United Arab Emirates, pledged"). (Not forces: "troops deployed alongside police",
# "fought the rebels alongside government troops" name whom they fight with, not a co-author.)
_COMPANION_KINDS = {"state": "polity", "government": "polity", "international_org": "polity"}
_TITLE_PREPOSITIONS = frozenset({"for", "to", "on"})
# The verbal conflict types (PLOVER quad class): said by whoever speaks ("..., accusing ...").
_SPOKEN_TYPES = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN", "SUPPORT"})
# Types whose object owned by a possessive pronoun is aimed at its owner ("rejected his claim").
_OWNER_ANSWERED = frozenset({"REJECT", "ACCUSE"})
# Nouns after a country that make it the owner of a smaller place: "central Haiti town".
_PLACE_HEADS = frozenset({"town", "towns", "city", "cities", "village", "villages", "region",
                          "province", "district", "state", "area", "port", "capital"})
_RIVAL_WORDS = frozenset({"rival", "warring", "two", "opposing", "feuding"})
_SIDE_NOUNS = frozenset({"sides", "factions", "forces", "parties", "rivals", "camps",
                         "governments", "administrations", "armies", "militaries"})


@functools.lru_cache(maxsize=4)
def _title_tokens(titles: frozenset[str]) -> frozenset[str]:
    """The words of the title cues ("special envoy": special, envoy)."""
    return frozenset(t for title in titles for t in title.split())


@functools.lru_cache(maxsize=4)
def _phrase_leads(phrases: frozenset[str]) -> frozenset[str]:
    """Every text before a space in ``phrases`` ("military strongman": military): what a word
    must be for a phrase of it and the next word to be one of them."""
    return frozenset(p[:k] for p in phrases for k, ch in enumerate(p) if ch == " ")


@functools.lru_cache(maxsize=4)
def _descriptor_words(phrases: frozenset[str]) -> frozenset[str]:
    """The one-word descriptors and the first words of the longer ones."""
    return phrases | _phrase_leads(phrases)


@functools.lru_cache(maxsize=1024)
def _split(words: str) -> list[str]:
    """The words of a preposition strategy ("to help": to, help); callers do not change it."""
    return words.split()


@dataclass(slots=True)
class Arguments:
    """The actors found for one trigger, and how they were found."""

    source: list[str] = field(default_factory=list)
    target: list[str] = field(default_factory=list)
    source_spans: list[ActorSpan] = field(default_factory=list)
    target_spans: list[ActorSpan] = field(default_factory=list)
    passive: bool = False
    inherited: bool = False  # the source came from an earlier clause
    coreferent: bool = False  # an argument came from a pronoun or descriptor
    collective: bool = False  # the target is "both sides", "all parties": the article's two sides
    collective_people: bool = False  # ... named as two people: "both ministers", "the two leaders"
    # The source is a country's two sides ("Libya's two rival factions signed ..."), not it.
    collective_source: bool = False
    # ... named as two states ("The two countries traded direct fire"), or the collective target
    # is ("Both countries face steep U.S. tariffs"): only a pair of states.
    collective_states: bool = False
    # ... named as two people ("The two ministers agreed to work closely", "Both agreed"): the
    # two people of the latest earlier event with two of them.
    people_source: bool = False
    place_actor: str | None = None  # the country or capital named as the place of an attack
    place_object: bool = False  # ... as the attack noun's own object ("an attack on Ukraine")
    # An answer naming the earlier event it answers ("condemned the strikes"): the types that
    # event may have; ``retaliation``: it answers an attack on its own source ("vowed to
    # retaliate").
    reference: tuple[str, ...] = ()
    reference_word: str = ""
    retaliation: bool = False
    # A mediation naming the deal it brought about ("brokered the agreement"): the deal's types.
    deal: tuple[str, ...] = ()
    truce_told: bool = False  # ... a truce named right before it ("a ceasefire brokered by")
    # The attack a noun tells again, whose actors it took ("The strikes hit ...").
    retold: Event | None = None
    # A toll of a named side with no doer ("23 Pakistani soldiers had been killed"): the doer is
    # the side the dead are seen fighting (completion), else no event.
    toll: bool = False
    # A count of people held, told with no arrester ("293 people had been detained"): the
    # round-up of the story's crowd, a sum of its arrests rather than an act of its own.
    tally: bool = False
    strategy: dict[str, str] = field(default_factory=dict)  # role -> strategy that found it


def find_arguments(reading: DocReading, view: SentenceView, match: Match,
                   needs_source: bool = False) -> Arguments:
    """Find the source and target actors of ``match`` in its sentence. ``needs_source``: the
    caller has no use for a target without a source, so none is looked for when no source is
    found (the arguments then have no source and nothing else)."""
    pattern = match.pattern
    finder = _Finder(reading, view, match)
    passive, reduced = finder.passive, finder.reduced
    args = Arguments(passive=passive)
    strategies = args.strategy
    source_plan, target_plan = _plan(reading, pattern, passive, reduced)
    if found := _first_found(source_plan, finder):
        strategies["source"], args.source_spans = found
    if needs_source and not _actors(args.source_spans) \
            and not _collective_subject(reading, finder, pattern) \
            and not finder.unsided_outbreak() and not finder.settled_truce() \
            and not finder.unsided_talks():
        return args
    finder.sources = frozenset(_actors(args.source_spans))
    if found := _first_found(target_plan, finder):
        strategies["target"], args.target_spans = found
    if pattern.type == "ASSAULT" and pattern.kind == "noun" and \
            all(span.locative or span.kind == "metonym" for span in args.target_spans) and \
            (spans := finder.killed_in()):
        # (who was killed in it before the place it hit: "Nasrallah had been killed in an
        # Israeli air strike on Beirut's southern suburbs")
        strategies["target"], args.target_spans = "killed_in", spans
    by = strategies.get("source")
    if args.source_spans:
        helpers = finder.helpers()
        if pattern.type in _JOINT_TYPES and by == "subject":
            helpers = [*finder.backers(args.source_spans), *helpers]
        for span in helpers:
            if span not in args.source_spans:
                args.source_spans = [*args.source_spans, span]
        if by in ("subject", "light_subject") and pattern.type is not None:
            for span in finder.companions(args.source_spans):
                if span not in args.source_spans:
                    args.source_spans = [*args.source_spans, span]
    by_subject = by in ("subject", "light_subject")
    if by_subject and pattern.type in _SPOKEN_TYPES and args.source_spans:
        # "Blinken said Washington stood ready to assist Ecuador", "Modi said India would
        # track down the attackers": the official who says what his own state will do or
        # stands for speaks for it (in the verbal conflict types, ``_SPOKEN_TYPES``); the
        # stance is his as well as the state's.
        args.source_spans = [*args.source_spans,
                             *_own_state_speaker(reading, view, match, args.source_spans)]
    args.inherited = finder.inherited and by_subject
    if by_subject:
        args.collective_source = finder.collective_possessor(args.source_spans)
    elif not args.source_spans:
        # "The two sides agreed": the article's two sides, filled in by completion.
        collective = _collective_subject(reading, finder, pattern)
        args.collective_source = bool(collective) or finder.unsided_outbreak() \
            or finder.settled_truce() or finder.unsided_talks()
        args.collective_states = collective == "states"
        args.people_source = collective == "people"
    if len(args.target_spans) == 1 and finder.collective_owner(args.target_spans[0]):
        # "U.S. sanctions Sudan's warring sides": the two sides, not the country
        args.target_spans = []
        args.collective = True
    if len(args.target_spans) == 1:
        args.target_spans = finder.plural_pronoun(args.target_spans[0])
    if args.target_spans and pattern.complement:
        args.target_spans = args.target_spans + finder.second_addressee(args.target_spans)
    if args.source_spans and strategies.get("target") in (None, "object") and \
            by in ("subject", "light_subject", "between", "possessor", "agent_possessor",
                   "modifier"):
        # "the Wagner Group, ..., which they accuse of deploying men": the relative's antecedent.
        gap = finder.relative_object(args.source_spans)
        if gap:
            args.target_spans = gap
            strategies["target"] = "relative"
    if strategies.get("target") == "object" and finder.act_pronoun():
        args.target_spans = []  # "called them a violation": "them" are the strikes, not actors
    elif not args.target_spans and args.source_spans:
        # ", a move China called a provocation": the doers of the move
        args.target_spans = finder.move_doers() or finder.judged_owner()
    if pattern.type == "REJECT" and (apposed := finder.apposed_claim()) is not None:
        # ", a claim Government Minister Eduardo del Castillo dismissed as a lie": the
        # apposition's actor rejects what the main clause's subject said or did
        args.source_spans, args.target_spans = apposed
        strategies["source"] = strategies["target"] = "apposed_claim"
    source = args.source = _actors(args.source_spans)
    if source and "object" in role_strategies(reading, pattern, "target") and (
            not args.target_spans or all(
                span.coreferent and set(span.actors) <= set(source)
                for span in args.target_spans)):
        # (also a "them" read as the subject itself: "the United States would stop bombing
        # them" is not the United States)
        args.target_spans = finder.bare_them(source) or args.target_spans
    args.target = [a for a in _actors(args.target_spans) if a not in source]
    if args.target and pattern.type in ("REQUEST", "ACCUSE") \
            and strategies.get("source") == "reporter" and strategies.get("target") == "subject":
        # "Erdogan said Turkey must ...", "Zelensky said Ukraine was trying to push Russian
        # forces back": what a speaker says of his own state is no demand on or charge against
        # another
        own = {reading.actor_country(a) for a in source} - {None}
        args.target = [a for a in args.target if not (
            reading.actor_type(a) == "state" and reading.actor_country(a) in own)]
    if args.target == [VICTIMS] and pattern.type in reading.cues.answer_types and \
            finder.referenced_event()[1]:
        # "Zelensky called the attack a deliberate killing of civilians": the victims are what
        # the act it names did; the answer is aimed at who did that act.
        args.target, args.target_spans = [], []
    if len(args.target) == 2 and pattern.type == "CONSULT" and pattern.mode == "third-party" \
            and strategies.get("target") == "between":
        # "Oman said it had brokered a ceasefire between the United States and Yemen's
        # Houthis": the truce it names is also made between the two sides.
        args.truce_told = "RETREAT" in finder.names_deal()
    if not args.target and pattern.type is not None:
        args.collective, args.collective_people, states = finder.collective_target()
        if args.collective and not args.collective_source:
            args.collective_states = states  # "Both countries face steep U.S. tariffs"
        args.place_actor = finder.place_actor(source)
        args.place_object = args.place_actor is not None and finder.place_is_object()
        if pattern.type == "CONSULT" and pattern.mode == "third-party":
            args.deal = finder.names_deal()
            args.truce_told = "RETREAT" in finder.deal_before()
            # "China, which has close ties with both neighbours, offered to mediate"
            args.collective_states = args.collective_states or finder.names_two_states()
        elif pattern.type == "CONSULT":
            # "At Turkey's request, NATO ambassadors held emergency consultations": the talks
            # are with whoever asked for them.
            args.target_spans = finder.requester()
            args.target = [a for a in _actors(args.target_spans) if a not in source]
        if pattern.type in reading.cues.answer_types:
            args.target_spans = finder.demonym_object()
            args.target = [a for a in _actors(args.target_spans) if a not in source]
        if not args.target and pattern.type in reading.cues.answer_types:
            args.reference_word, args.reference = finder.referenced_event()
            args.retaliation = finder.retaliation()
        elif not args.target and pattern.type in reading.cues.backed_acts:
            # "Human Rights Watch welcomed the arrest": backing for whoever made it
            word, kinds = finder.referenced_event()
            if word in reading.cues.backed_acts[pattern.type]:
                args.reference_word, args.reference = word, kinds
    for span in (*args.source_spans, *args.target_spans):  # ActorSpan.coreferent
        if span.kind in PRONOUN_KINDS:
            args.coreferent = True
            break
    return args


def _own_state_speaker(reading: DocReading, view: SentenceView, match: Match,
                       sources: list[ActorSpan]) -> list[ActorSpan]:
    """The person who reports the clause of ``match`` when its subject ``sources`` is that
    person's own state or government ("Blinken said Washington stood ready", "Noboa said his
    government backed"); nothing otherwise (not "Zelensky said Moscow was testing")."""
    states = {a for span in sources for a in span.actors}
    if not states or any(reading.actor_type(a) not in ("state", "government") for a in states):
        return []
    countries = {reading.actor_country(a) for a in states}
    if len(countries) != 1 or None in countries:
        return []
    said = reporters(reading, view, match)
    if not said:
        return []
    return [span for span in said if span.actors and span not in sources and all(
        reading.actor_type(a) == "person" and reading.actor_country(a) in countries
        for a in span.actors)][:1]


def _first_found(plan: tuple[_Step, ...], finder: _Finder) -> tuple[str, list[ActorSpan]] | None:
    """The first strategy of ``plan`` that finds spans, with them; None when none does."""
    for strategy, method, patient_first in plan:
        spans = (patient_first and (finder.patient_agent() or finder.owner_patient())) \
            or method(finder)
        if spans:
            return strategy, spans
    return None


def _only_quotes(words: list[str]) -> bool:
    """Whether ``words`` are nothing but quote marks (or nothing): "deeply shocked" by."""
    return all(x in ('"', "'") for x in words)


# Words of a day named inside a phrase ("agreed on Monday to a ceasefire"), lowercased.
_DAY_WORDS = WEEKDAY_WORDS | {"today", "yesterday", "tonight"}
# The last words of the phrases for the war's two sides that can be a subject the completion
# stage fills with them ("the two sides agreed", "the warring parties", "both camps", "the two
# governments commit to respect each other's territorial integrity").
# Who speak for a side: "spoke to officials of both countries".
_SPOKESPEOPLE = frozenset({"officials", "leaders", "representatives", "envoys", "delegations",
                           "delegates", "ministers", "negotiators", "heads", "counterparts"})
_SIDE_SUBJECTS = frozenset({"sides", "parties", "belligerents", "rivals", "camps", "factions",
                            "combatants", "governments", "side", "foes", "adversaries", "armies",
                            "militaries"})
# ... and those that name two states: the war's sides only when both are states ("The two
# countries traded direct fire twice last year" in a story of Israel's and Iran's strikes).
_STATE_SUBJECTS = frozenset({"countries", "nations", "neighbours", "neighbors", "country",
                             "powers"})
# ... and those that name two states as the addressees of a statement ("called on both
# governments to avoid any step that could inflame tensions", "urged both capitals").
_STATE_ADDRESSEES = _STATE_SUBJECTS | {"governments", "capitals"}
# Reference nouns that name an earlier act only bare ("condemned the attempt", "we condemn
# this act"), not with what follows naming the act's kind ("an attempt to seize power").
_VAGUE_ACTS = frozenset({"attempt", "act"})
# ... and the acts two people named so do together ("the two leaders agreed", "Both men
# discussed"): the two people of the latest earlier event with two of them.
_PEOPLE_SUBJECT_TYPES = frozenset({"AGREE", "CONSULT"})
# The people or units of a side that stand for it in a collective subject: "military commanders
# from both sides would meet", "Major generals from the two armies met", "the presidents of the
# two countries met".
# (Not "commanders", "generals" or "troops from both sides": they are the two armies, which
# the article's sides need not name.)
_SIDE_MEMBERS = frozenset({"officials", "representatives", "delegates", "delegations",
                           "negotiators", "envoys", "diplomats", "leaders", "ministers",
                           "presidents", "heads", "teams", "experts"})
# Words that may stand between a bare "Both" opening its clause and the trigger.
_BOTH_GAP = frozenset({"also", "have", "had", "then", "later", "further", "of", "them"})


def _collective_subject(reading: DocReading, finder: _Finder, pattern: Pattern) -> str:
    """A symmetric event whose subject is the article's two sides ("the two sides agreed"):
    "sides", or "states" when the phrase names them as states; "" when none."""
    if not (pattern.type is not None
            and "subject" in role_strategies(reading, pattern, "source")):
        return ""
    if not pattern.symmetric and not finder.reciprocal_object() \
            and not (pattern.type == "AGREE" and finder.reciprocal_owner()):
        # "Each side accused the other": a one-way act done both ways; "the two neighbours
        # pledged to respect each other's sovereignty": a pledge the sides make each other
        return ""
    return finder.collective_subject()


# One step of a role's plan: the strategy (after the passive's swap), its method, and whether a
# passive's patient_agent is tried first.
_Step = tuple[str, "Callable[[_Finder], list[ActorSpan]]", bool]
_Plan = tuple[tuple[_Step, ...], tuple[_Step, ...]]
_PLANS: dict[tuple[int, bool, bool], tuple[Pattern, _Plan]] = {}


# Endings of a second participle that shares a by-agent: "armed and *paid* by", "trained and
# *equipped* by", "funded and *backed* by".
_SHARED_PARTICIPLE_ENDS = ("ed", "paid", "sent", "built", "led", "run", "held")


def _plan(reading: DocReading, pattern: Pattern, passive: bool, reduced: bool) -> _Plan:
    """The strategies ``find_arguments`` tries for the source and for the target, in order, as
    the voice turns them (worked out once per pattern and voice)."""
    key = (id(pattern), passive, reduced)
    cached = _PLANS.get(key)
    if cached is not None and cached[0] is pattern:
        return cached[1]
    found = _PLANS[key] = (pattern, (_steps(reading, pattern, "source", passive, reduced),
                                     _steps(reading, pattern, "target", passive, reduced)))
    return found[1]


def _steps(reading: DocReading, pattern: Pattern, role: str, passive: bool,
           reduced: bool) -> tuple[_Step, ...]:
    steps: list[_Step] = []
    for strategy in role_strategies(reading, pattern, role):
        if passive:
            swapped = _PASSIVE_SWAP.get(strategy, strategy)
            # "lawmakers ousted in the coup": the patient is the noun right before.
            strategy = "left" if reduced and strategy == "object" else swapped
        steps.append((strategy, _strategy_method(strategy),
                      role == "target" and strategy == "subject" and passive))
    return tuple(steps)


# Verbs of help after "to": "the deployment of troops to support police" says whom they back,
# not where they go or whom they face ("to disperse the crowds", "to fight the rebels" do).
# Auxiliaries between a subject and its verb ("as Ghani had fled").
# ", a move China called a provocation": nouns an apposition names the act just told by.
_MOVE_NOUNS = frozenset({"move", "step", "decision", "action", "attack", "strike", "raid",
                         "assault", "operation", "bombing", "incursion"})
# Verbs whose object noun is others' reaction to their subject, which no modifier reads past:
# "Iran's attack on Israel *drew* condemnation from Germany" (the -ed forms stop it anyway).
_REACTION_VERBS = frozenset({"drew", "draw", "draws", "drawing", "drawn", "brought", "bring",
                             "brings", "spark", "sparks", "prompt", "prompts", "trigger",
                             "triggers", "provoke", "provokes", "won", "wins", "earns"})
# What follows a condemning verb whose object is the apposed act before it.
_GAP_AFTER = frozenset({"as", ".", ",", ";", "and", "on", "in"})
_MOVE_REACH = 14
# What a judgement names as a possession of the harmed, not of the blamed ("a crime against
# Somalia's people").
_VICTIM_NOUNS = frozenset({"people", "citizens", "civilians", "population", "security", "rights",
                           "interests", "unity", "independence", "borders", "integrity"})
# What an apposition names as the thing a rejection answers ("..., a claim X dismissed").
_CLAIM_NOUNS = frozenset({"claim", "claims", "charge", "charges", "accusation", "accusations",
                          "allegation", "allegations", "assertion", "warning", "warnings",
                          "decision", "ruling", "verdict", "proposal", "offer", "plan", "idea",
                          "demand", "demands", "request", "call", "report", "version",
                          "suggestion", "award", "conditions", "invitation", "challenge"})
# What an attack violates of the state that undergoes it ("a violation of Qatar's sovereignty").
_VIOLATED_NOUNS = frozenset({"sovereignty", "territorial", "airspace", "territory", "soil",
                             "borders", "independence"})
_CALLING_VERBS = frozenset({"called", "described", "branded", "termed", "calls", "describes",
                            "brands", "terms"})
_AS_AUXILIARIES = frozenset({"had", "has", "have", "was", "were", "is", "are", "also", "still"})
# Words before "as" that make it no temporal conjunction.
_AS_NOT_TEMPORAL = frozenset({"such", "well", "same", "known", "so", "just", "much", "many",
                              "far", "long", "soon", "designated", "described", "regarded",
                              "seen", "served", "serves", "serve", "acting", "act", "acts",
                              "used", "listed", "named", "identified", "labelled", "labeled",
                              "branded", "billed", "considered", "recognised", "recognized"})
# What may follow the last member of a list ("brokered by regional leaders and Brazil.").
_MEMBER_ENDS = frozenset({",", ".", ";", ":", ")", "\"", "and", "or"})
# Modal verbs that open a clause after its subject ("..., and Iraq will ...").
_CLAUSE_MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should",
                            "said", "says"})

# Participles that may stand inside a noun phrase between its modifier and head ("Russian
# armed drones", "LNA allied forces"); any other -ed word there is a verb.
_MODIFYING_PARTICIPLES = frozenset({"armed", "allied", "backed", "led", "based", "aligned",
                                    "linked", "affiliated", "controlled", "sponsored", "funded",
                                    "trained", "supported", "guided", "unmanned", "combined",
                                    "coordinated", "unidentified", "suspected", "alleged",
                                    "renewed", "sustained", "repeated", "targeted", "limited",
                                    "expanded", "planned", "stalled", "failed", "proposed"})
# The offices a coup removes their holder from, and how long before the article's date the
# holder may have lost it (in the coup the article tells).
_RULER_TITLES = ("President of", "Transitional President of", "Prime Minister of", "King of",
                 "Emir of")
_RULER_WINDOW = dt.timedelta(days=31)
# Weekdays and months: a preposition before them opens a time phrase ("on Tuesday").
# Verbs whose object is the subject of a bare infinitive after it ("help the police fight").
_BARE_CONTROLLERS = frozenset({"help", "helps", "helped", "helping", "let", "lets", "letting",
                               "make", "makes", "made", "making"})
# Nouns whose infinitive is their possessor's act: "the government's *decision to* suspend
# talks", "Moscow's *refusal to* extend the deal".
_RESOLVE_NOUNS = frozenset({"decision", "decisions", "move", "plan", "plans", "refusal", "bid",
                            "attempt", "attempts", "pledge", "vow", "threat", "order", "choice"})
# What happened to the people an attack killed or hurt ("were killed in an air strike").
# What may stand between "in"/"during" and the noun of an act done by those means.
_MEANS_DETERMINERS = frozenset({"a", "an", "overnight", "dawn", "night", "daring", "joint",
                                "major", "large-scale", "surprise", "special", "military"})
_HARMED = frozenset({"killed", "wounded", "injured", "died", "slain", "hurt", "maimed"})
# Participles of where people are held ("suspects *held in* northeast Syria"): a phrase the
# preposition of a handover's recipient comes after.
# "The coalition intervened in Yemen in March 2015": a force that intervenes in a country's war
# fights a side of it (the one it is named against, else the one completion finds it fighting),
# not the country it intervenes in.
_INTERVENTIONS = frozenset({"assault.force-intervenes"})
_HOLDING_PARTICIPLES = frozenset({"held", "detained", "jailed", "imprisoned", "interned", "kept",
                                  "housed", "captured", "arrested"})

# Determiners that open the object of a participle between a light verb and a noun trigger
# ("signed a law *nullifying the* memorandum"): the noun is the participle's object, not the
# light verb's (an -ing adjective, "a devastating attack", has no determiner after it).
_PARTICIPLE_OBJECT_OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "this",
                                        "that", "any", "all"})

# Things an actor puts forward, whose owner a talk about them does not talk with.
_PROPOSALS = frozenset({"proposal", "proposals", "plan", "plans", "offer", "initiative", "draft",
                        "roadmap", "framework", "text", "idea", "formula", "blueprint"})

# Participles of an aim after a noun ("a terrorist act *aimed at* destroying") and verbs of a
# judgement that names an act ("*called* the explosion a terrorist act").
_AIM_PARTICIPLES = frozenset({"aimed", "intended", "designed", "meant", "calculated"})
_JUDGING_VERBS = frozenset({"called", "calling", "calls", "call", "described", "describing",
                            "describes", "branded", "branding", "brands", "termed", "terming",
                            "labelled", "labeled", "labelling", "labeling", "dubbed"})

# Verbs of more of the act a noun trigger names ("agreed to *widen* the bloc's sanctions"): the
# infinitive's subject still does that act, as with a light verb.
_WIDENING_VERBS = frozenset({"widen", "expand", "tighten", "broaden", "toughen", "deepen",
                             "extend", "prolong", "renew", "step"})

# Nouns whose "between" joins places, not sides ("clashes near the border between Sudan and
# Chad"), read past the `prep` window only when none of them comes first.
_BETWEEN_PLACES = frozenset({"border", "borders", "frontier", "boundary", "road", "roads",
                             "highway", "route", "corridor", "line", "lines", "area", "zone",
                             "region", "stretch", "crossing", "bridge"})
# The prepositions of whom an act is aimed at: "force against protesters", "a crackdown on
# demonstrators".
_AIMED_AT = frozenset({"against", "on"})
# The prepositions of where a report was made: "wrote *on* Twitter that", "said *in* a post".
_MEDIUM_PREPOSITIONS = frozenset({"on", "in", "via", "through", "to"})
# Verbs that open a report with no subject of its own ("which the UN says *is* backed by").
_REPORTED_VERB_FIRST = frozenset({"is", "are", "was", "were", "has", "have", "had", "will",
                                  "would", "could", "may", "might"})
# Words of time a title may carry ("then-leader", "former president", "outgoing premier").
_TITLE_TIMES = frozenset({"then", "-", "former", "late", "new", "newly", "outgoing", "incoming",
                          "acting", "interim", "elected"})
_CLAUSE_MARKS = frozenset({",", ";", ":", "(", ")", '"'})
_PURPOSE_VERBS = frozenset({"support", "help", "assist", "back", "protect", "defend", "restore",
                            "reinforce", "secure", "guard", "bolster",
                            # "sent F-16 fighter jets to bomb Cambodian military targets"
                            "bomb", "strike", "attack", "shell", "pound", "hit", "target",
                            "fight", "crush", "repel", "quell", "retake", "recapture",
                            "patrol", "monitor", "evacuate"})


# Plural nouns of people who are no party ("civilians fleeing the town", "residents trying to
# leave"): a participle after them is their act, with no actor to give it.
# The last words of state and body names that end like plurals ("the United States", "the
# United Arab Emirates", "the United Nations", "the Netherlands", "the Philippines").
_PLURAL_STATE_WORDS = frozenset({"states", "emirates", "nations", "netherlands", "philippines",
                                 "bahamas", "comoros", "maldives", "seychelles"})
_PEOPLE_NOUNS = frozenset(w for w in cues().class_words["civilians"]
                          if w.endswith("s") or w in ("people", "population"))


_FACILITY_NOUNS = frozenset({"school", "schools", "hospital", "hospitals", "camp", "camps",
                             "building", "buildings", "mosque", "mosques", "church", "churches",
                             "shelter", "shelters", "compound", "warehouse", "warehouses", "tent",
                             "tents", "centre", "center"})


def _strategy_method(strategy: str) -> Callable[[_Finder], list[ActorSpan]]:
    method = _STRATEGY_METHODS.get(strategy)
    if method is not None:
        return method
    if strategy.startswith("prep:"):
        return functools.partial(_Finder.prep, words=strategy[5:])
    return _no_strategy  # "antecedent" is resolved by the coder from earlier events


def _no_strategy(finder: _Finder) -> list[ActorSpan]:
    return []


_STRATEGIES: dict[tuple[int, str], tuple[Pattern, tuple[str, ...]]] = {}


def role_strategies(reading: DocReading, pattern: Pattern, role: str) -> tuple[str, ...]:
    """The strategies for ``role``: the pattern's, else the defaults for its kind and type."""
    given = pattern.source if role == "source" else pattern.target
    if given:
        return given
    cached = _STRATEGIES.get((id(pattern), role))
    if cached is not None and cached[0] is pattern:
        return cached[1]
    found = _default_strategies(reading, pattern, role)
    _STRATEGIES[(id(pattern), role)] = (pattern, found)
    return found


def _default_strategies(reading: DocReading, pattern: Pattern, role: str) -> tuple[str, ...]:
    c = reading.cues
    defaults = c.default_roles.get(pattern.kind, {}).get(role, ())
    if role == "target" and pattern.type:
        preps = tuple(f"prep:{p}" for p in c.target_prepositions.get(pattern.type, ()))
        return (*defaults, *preps)
    return defaults


def reporters(reading: DocReading, view: SentenceView, match: Match) -> list[ActorSpan] | None:
    """The spans of whoever reports the claim ``match`` is in, or None when it is not reported.

    A claim is reported when a reporting cue opens its clause or an earlier one ("Abiy said
    forces ... had attacked"), or when the clause right after it is a trailing ", X said" /
    ", according to X" introduced by a comma or closing quote.
    """
    w = reading.words
    own = view.clause_at(match.start)
    for k, clause in enumerate(view.clauses):
        if clause.opener == "coord" and clause.opener_start < match.start and k > 0 and \
                own.index == k and reading.cues.reporting.match_at(
                    w, clause.opener_start + 1, clause.start):
            # "He named new commanders ... and said the armed forces would punish Israel": the
            # subject of the clause the "and said" goes on from reports it.
            earlier = view.clauses[k - 1]
            while earlier.index > 0 and earlier.opener == "coord":
                earlier = view.clauses[earlier.index - 1]
            spans = [s for s in view.spans[view.first_from(earlier.start):]
                     if earlier.start <= s.start and s.end <= earlier.end]
            if len(spans) > 1 and spans[1].start > spans[0].end and all(
                    w[i] in reading.cues.title_words or w[i] in _TITLE_LINKS
                    for i in range(spans[0].end, spans[1].start)):
                # "European Union foreign policy chief Josep Borrell condemned ... and said",
                # "U.S. Secretary of State Antony Blinken condemned ... and said": the title's
                # organization only says who the speaker is
                return spans[1:2]
            return spans[:1]
        if clause.opener == "rel" and own.index == k and reading.cues.reporting.any_in(
                w, clause.opener_start, clause.start):
            # "remarks by a Ukrainian intelligence official who suggested that Kyiv had helped
            # separatist rebels": the relative's antecedent reports what its clause says
            return [s for s in view.spans[view.first_from(view.start):]
                    if s.end == clause.opener_start][:1]
        if clause.opener != "report":
            continue
        if clause.opener_start < match.start and any(
                cl.opener == "hard" and w[cl.opener_start] in (";", "-", "--")
                for cl in view.clauses[k + 1 : own.index + 1]):
            continue  # "Oman says U.S. and Houthis agree truce; Israel hits Sanaa airport": a
            # semicolon (or a spaced dash) ends what is said; the writer tells the rest
        if clause.opener_start < match.start and _closed_with_its_relative(view, k, own.index):
            continue  # "The M23, which the UN says is backed by Rwanda, seized Goma": the
            # report ends with the relative clause it is in
        if clause.opener_start < match.start:
            if k == 0:
                return []
            before = view.clauses[k - 1]
            found = [s for s in view.spans[view.first_from(before.start):]
                     if before.start <= s.start and s.end <= clause.opener_start]
            joined = next((i for i in range(clause.opener_start - 2, before.start, -1)
                           if w[i] == "and" and w[i - 1] == ","), None)
            if joined is not None and any(s.start > joined for s in found):
                # "The OAS condemned the deployment of troops, and its secretary general, Luis
                # Almagro, said": the speaker is the subject after the ", and"
                found = [s for s in found if s.start > joined]
            j = k - 1
            while not found and j > 0 and view.clauses[j].opener in ("coord", "resume"):
                # "He named new commanders ... and said the armed forces would punish Israel":
                # the speaker is the subject of the clause the "and" goes on from; "Israel,
                # which has its own Druze community, has said": the relative's antecedent.
                if view.clauses[j].opener == "resume":
                    rel = next((c.index for c in reversed(view.clauses[:j])
                                if c.opener == "rel"), None)
                    if rel is None or rel == 0:
                        break
                    j = rel
                j -= 1
                earlier = view.clauses[j]
                found = [s for s in view.spans[view.first_from(earlier.start):]
                         if earlier.start <= s.start and s.end <= earlier.end][:1]
            return found
        if k == own.index + 1 and clause.opener_start > 0 and (
                w[clause.opener_start] == "," and w[clause.opener_start + 1].endswith("ing")
                or w[clause.opener_start - 1] == "," and w[clause.opener_start].endswith("ing")):
            # "vowed harsh punishment for those behind it, saying the army had been ordered
            # to ...": the subject's own participle adds a claim, it reports nothing before
            return None
        if k == own.index + 1 or (k == own.index + 2 and _closing_quote(w, view.clauses[k - 1])):
            between = range(match.end, clause.opener_start)
            commas = [i for i in between if w[i] in (",", "\"")]
            if commas and commas[-1] == clause.opener_start - 1 and w[commas[-1]] == "," \
                    and _says_something(w, clause.start, view.end):
                # "Al-Shabaab, an al Qaeda affiliate, said it carried out the attack": the verb
                # right after the apposition says what its subject said (a report's own speaker
                # follows its verb in a few words: ", said the army spokesman.")
                return None
            if commas and clause.opener_start - commas[-1] <= 7 and \
                    w[commas[-1] + 1] not in _COORDINATED_REPORT and not (
                    w[commas[-1]] == "," and w[commas[-1] + 1].endswith("ing")):
                # (not "fired on the column, and Prigozhin said his men had ...": a report of
                # its own, coordinated after the act; nor ", hitting sites it said were used
                # by ...": a participle's own clause)
                found = [s for s in view.spans
                         if commas[-1] < s.start and s.end <= clause.opener_start]
                return found or [s for s in view.spans
                                 if clause.start <= s.start and s.end <= clause.end]
    return None


# Words that open or carry what a report says, not who says it ("said *it* carried out",
# "said the claim *was* false"; "said the army spokesman." names the speaker).
_CONTENT_WORDS = frozenset({"it", "they", "he", "she", "we", "that", "its", "their", "is", "are",
                            "was", "were", "had", "has", "have", "would", "will", "could",
                            "should", "may", "might", "must", "did", "not"})


def _says_something(words: Sequence[str], start: int, end: int) -> bool:
    """Whether the words from ``start`` (right after a reporting verb that follows a comma) to
    the sentence's ``end`` say something (the speaker is before the verb) rather than name the
    speaker after it."""
    return end - start > 5 or not _CONTENT_WORDS.isdisjoint(words[start:end])


def _closed_with_its_relative(view: SentenceView, report: int, own: int) -> bool:
    """Whether the report clause ``report`` lies inside a relative clause that a clause up to
    ``own`` resumes from ("The M23, which the UN says is backed by Rwanda, *seized* Goma"; not
    "The army said the RSF, which it accuses of atrocities, *had seized* the town")."""
    clauses = view.clauses
    for j in range(report + 1, own + 1):
        if clauses[j].opener == "resume":
            rel = next((c.index for c in reversed(clauses[:j]) if c.opener == "rel"), None)
            if rel is not None and rel < report:
                return True
    return False


# Words after a comma that open a clause of its own, not the speaker of a trailing report.
_COORDINATED_REPORT = frozenset({"and", "but", "while", "whereas"})


def _closing_quote(words: Sequence[str], clause: Clause) -> bool:
    """A clause opened by a quote closing right after a comma: the speaker of a quote whose
    opening mark lies in an earlier sentence ("... Whoever attacks our capital will be met with
    force," Serraj said)."""
    at = clause.opener_start
    return clause.opener == "hard" and words[at] == "\"" and at > 0 and words[at - 1] == ","


def _actors(spans: list[ActorSpan]) -> list[str]:
    if len(spans) < 2:
        return list(dict.fromkeys(spans[0].actors)) if spans else []
    seen: dict[str, None] = {}
    for span in spans:
        for actor in span.actors:
            seen.setdefault(actor, None)
    return list(seen)


# Passive verbs whose agent is the doer of the act a noun before them names ("the attack was
# claimed by al-Shabaab"), besides the light verbs of cues.yaml.
_DOER_VERBS = frozenset({"claimed", "perpetrated", "committed", "orchestrated", "planned",
                         "organised", "organized", "masterminded", "authorised", "authorized",
                         "backed", "sponsored", "funded", "financed"})

# "US-supplied missiles", "Iranian-made drones": an actor hyphenated to one of these qualifies
# the thing, and is no party the act is aimed at.
_MAKER_PARTICIPLES = frozenset({"supplied", "made", "built", "provided", "donated", "delivered",
                                "manufactured", "produced", "designed"})

# "accepted a Qatar-mediated deal with Israel", "a US-brokered truce between ...": an actor
# hyphenated to one of these is the third party behind the thing, not whom the act is aimed at,
# when the phrase names another actor after it.
_BROKER_PARTICIPLES = frozenset({"brokered", "mediated", "sponsored", "backed", "facilitated",
                                 "negotiated", "guaranteed"})

# Whose the things an attack hits are: "sites used by X", "facilities run by X", "targets
# linked to X" (the participles of _HOLDER_BY take "by", the others "to").
_HOLDER_BY = frozenset({"used", "run", "operated", "controlled", "held", "manned", "occupied"})
_HOLDER_PARTICIPLES = _HOLDER_BY | frozenset({"linked", "tied", "belonging", "affiliated"})

# Verbs of a claim of an act: "claimed drone attacks on three US bases" is a claimed act of the
# claimant's; "claimed the attack" names one already told (modality reads them too).
ACT_CLAIMS = frozenset({"claimed", "claims", "claiming"})
_TOLD_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})

# "the government of Prime Minister X": the government, not X (see _Finder._government_of).
_GOVERNMENT_HEADS = frozenset({"government", "administration", "regime", "cabinet"})


# A force's withdrawal at the end of its raid (see _Finder._withdrawn_after).
_WITHDRAWALS = frozenset({"withdrew", "withdraws", "withdraw", "withdrawn", "withdrawing",
                          "pulled", "pulls", "pull", "pulling", "ending", "ended", "ends"})

# "what it described as", "what the army termed": a naming verb before "as" in an object.
_NAMING_VERBS = frozenset({"described", "describes", "termed", "terms", "characterised",
                           "characterized", "labelled", "labeled", "branded", "identified"})

# How far a threat's content runs after its verb ("warned that ... would be met with a response").
_THREAT_REACH = 15

# Singular verbs opening a relative clause: its antecedent is one actor, not a list.
_SINGULAR_AUXILIARIES = frozenset({"has", "is", "was", "does"})
# Past tenses that do not end in -ed, of verbs whose objects a coordinated verb after them does
# not take as its subject ("gunmen shot the president's guard and fled").
_IRREGULAR_PASTS = frozenset({"shot", "struck", "took", "overthrew", "hit", "seized", "stormed",
                              "overran", "kidnapped", "abducted", "captured", "killed"})
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "his", "its", "their"})
# What may stand between a "," or "and" and the coordinated verb after it ("and then shot").
_COORDINATED_GAP = frozenset({"then", "later", "also", "briefly", "swiftly", "quickly"})
# Words a past verb does not follow: conjunctions and negations ("killed and wounded",
# "not expected").
_VERB_NOT_AFTER = frozenset({"and", "or", "but", "nor", "not", "never", "who", "which", "that",
                             "were", "been", "being", "get", "got"})

# Verbs that may stand between a subject and its verb ("which they have long accused of").
_AUXILIARIES = frozenset({"have", "has", "had", "do", "does", "did", "will", "would", "still"})


class _Finder:
    """The strategies, bound to one trigger in one sentence."""

    __slots__ = ("r", "w", "c", "v", "m", "clause", "inherited", "reduced", "passive", "sources",
                 "_prep_window")

    def __init__(self, reading: DocReading, view: SentenceView, match: Match) -> None:
        self.r = reading
        self.w = reading.words
        self.c = reading.cues
        self.v = view
        self.m = match
        self.clause = view.clause_at(match.start)
        self.inherited = False
        self.reduced = False  # a participle reduced passive with no agent: "lawmakers ousted in"
        self.sources: frozenset[str] = frozenset()  # the source found, once it is
        self.passive = self._is_passive()
        self._prep_window: list[str] | None = None

    # ---------------------------------------------------------------- voice

    def _is_passive(self) -> bool:
        m = self.m
        if m.pattern.kind != "verb" or not has_form(m.form, "pp"):
            return False
        i = m.start - 1
        skipped = 0
        while i >= self.v.start and skipped <= 3:
            word = self.w[i]
            if word in self.c.be_forms:
                return True
            if word not in self.c.adverbs:
                break
            i -= 1
            skipped += 1
        # A reduced passive: "drones supplied by the UAE", "talks convened by the AU" (not a
        # trigger whose gap holds its object: "extended a state of emergency by six months").
        j = m.end
        while j < self.clause.end and self.w[j] in self.c.adverbs:
            j += 1
        if j < self.clause.end and self.w[j] == "by" and \
                m.positions[-1] - m.positions[0] == len(m.positions) - 1:
            return True
        # "rebel groups armed and paid by Turkey": two participles share the agent.
        if j + 2 < self.v.end and self.w[j] == "and" and self.w[j + 2] == "by" \
                and self.w[j + 1].endswith(_SHARED_PARTICIPLE_ENDS):
            return True
        # "lawmakers ousted in the coup": a participle right after a noun that is no actor,
        # with a preposition where a past tense would have its object (not where the trigger
        # itself names one: "on Wednesday declared a state of emergency in Tigray").
        # (The particle of a phrasal trigger is no such preposition: "brought in" holds its
        # own "in"; and a coordinator is no noun: "expelled France and brought in Wagner
        # fighters" is active.)
        prev = m.start - 1
        j = m.start + 1
        while j < self.clause.end and self.w[j] in self.c.adverbs:
            j += 1
        self.reduced = j < self.clause.end and self.w[j] in _AFTER_PARTICIPLE and \
            j not in m.positions and \
            prev >= self.v.start and self.w[prev].isalpha() and \
            self.w[prev] not in ("and", "or", "but") and \
            self.w[prev] not in self.c.be_forms and self.w[prev] not in _PERFECT and \
            self.w[prev] not in self.c.relative_pronouns and self.w[prev] not in _PRONOUNS and \
            self.w[prev] not in self.c.adverbs and self.v.span_at(prev) is None and \
            not has_form(m.form, "base") and not m.pattern.symmetric and \
            not (self.w[prev] in self.r.agent_nouns and prev > self.v.start
                 and self.v.span_at(prev - 1) is not None)
        # (a fight is no passive, and "Hamas fighters clashed in Rafah" has the group's fighters
        # as its subject, the noun its name qualifies)
        return self.reduced

    # ---------------------------------------------------------------- subject

    def s_subject(self) -> list[ActorSpan]:
        reduced = self._reduced_relative_subject()
        if reduced is not None:
            return reduced
        controller = self._controller()
        if controller:
            return controller
        if self._asked_other():
            return []  # "denied having asked any foreign country to mediate": not its subject
        if self._judged_aim():
            return []  # "called the explosion a terrorist act aimed at destroying ...": no act
        quoted = self._quoted_we()
        if quoted:
            return quoted
        m = self.m
        if m.pattern.kind == "verb" and has_form(m.form, "ing") and m.start > self.v.start and \
                (self.w[m.start - 1] in self.c.gerund_governors
                 or self.w[m.start - 1] in self.c.gerund_adjectives):
            return []  # "the outbreak of fighting", "earlier fighting": no subject to take
        if m.pattern.kind == "verb" and has_form(m.form, "ing") and m.start > self.v.start and \
                self.r.demonym(self.w[m.start - 1]) is not None:
            return []  # "eight years of Saudi bombing": a noun, whose modifier did it
        speaker = self._participle_speaker()
        if speaker is not None:
            return speaker  # empty when the speakers are no actors ("Analysts said ..., warning")
        if m.pattern.kind == "verb" and has_form(m.form, "ing") and \
                closes_relative(self.w, self.clause, m.start):
            # "struck 85 targets ... in retaliation for a drone attack that killed three
            # American soldiers ..., hitting sites": a participle closing a relative clause goes
            # on the main clause, whose subject does it (a toll, "killing 12", stays the
            # relative clause's)
            main = self.v.clauses[self.clause.index - 1]
            found = self.clause_subject(main, main.end)
            if found:
                return found
        after_as = self._subject_after_as()
        if after_as:
            return after_as
        speaker = self._move_speaker()
        if speaker:
            return speaker
        if self._as_clause_thing():
            return []  # "... orders inquiry as coastal violence kills hundreds": no actor did it
        if m.start < self.clause.start and self.clause.index > 0:
            # The trigger opens the clause ("Erdogan *told* Putin in a phone call that ..."):
            # its subject is in the clause before.
            return self.clause_subject(self.v.clauses[self.clause.index - 1], m.start)
        start = self.clause.start
        if m.start > start + 2 and self.w[start] == "it" and self.w[start + 1] in _IT_SAID:
            # "It said Armenian troops were returning fire": the claim's own subject, not the
            # body that reports it (an "and accused" after the claim still goes back to it)
            found = self._first_subject(start + 2, m.start)
            if found:
                return found
        return self.clause_subject(self.clause, m.start)

    def _reduced_relative_subject(self) -> list[ActorSpan] | None:
        """"fired tear gas at protesters *marching* towards the palace", "attacked civilians
        *fleeing* the town": a participle right after the object it qualifies (no comma between)
        is that object's act; None when the word before is no such object (the clause's own
        subject, a place, a comma: "struck the camp, killing 12" is the strikers')."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb" or m.start <= self.clause.start + 1 or not (
                has_form(m.form, "ing") or w[m.start].endswith("ing")):
            return None
        before = self._span_ending(m.start)
        if before is None:
            if w[m.start - 1] in _PEOPLE_NOUNS or w[m.start - 1] in _FACILITY_NOUNS:
                # "civilians fleeing the town": people who are no party to it; "struck a
                # school sheltering displaced families": what the place does
                return []
            return None
        if before.locative or before.attributive or \
                before in self.clause_subject(self.clause, m.start):
            return None
        k = before.start - 1
        while k > self.clause.start and w[k] in ("the", "a", "an"):
            k -= 1
        if before.kind == "pronoun":
            # "syndicates ..., many of them targeting Chinese citizens": unsure whose ("showed
            # him meeting Tiani" is the controller's)
            return [] if w[k] == "of" else None
        if w[k] in ("for", "of"):
            # "spokesman for the Saudi-led coalition fighting the Houthis": what the body is
            # known for, no act of this clause
            return None
        return self.v.group(before)

    def _move_verb(self) -> int | None:
        """Where the verb of saying that names what an act is stands: the trigger of an
        accusation with ``object`` ("called" of "called a provocation"), or the verb right
        before a phrase trigger ("called" before "a provocation")."""
        m, w, c = self.m, self.w, self.c
        if m.pattern.type not in c.pronoun_answers:
            return None
        if m.pattern.kind == "verb" and m.pattern.object is not None:
            return m.start
        if m.pattern.kind == "phrase" and m.start - 1 > self.v.start and \
                w[m.start - 1] in _CALLING_VERBS:
            return m.start - 1
        if m.pattern.kind == "verb" and m.pattern.mode == "condemn" and \
                has_form(m.form, "past") and m.end < self.v.end and w[m.end] in _GAP_AFTER:
            # ", an attack Qatar condemned as a flagrant violation of its sovereignty": the
            # condemnation's object is the apposed act before it
            return m.start
        return None

    def _move_start(self) -> int | None:
        """Where ", a move [that] X called" opens before an accusation that names what the
        act is: the position of "a", or None."""
        w = self.w
        verb = self._move_verb()
        if verb is None:
            return None
        for j in range(verb - 2, max(self.v.start + 2, verb - _MOVE_REACH) - 1, -1):
            if w[j] in _MOVE_NOUNS and w[j - 1] in ("a", "an") and w[j - 2] == ",":
                return j - 1
            if w[j] in (";", ":"):
                return None
        return None

    def move_doers(self) -> list[ActorSpan]:
        """"The United States sent a warship through the Taiwan Strait, a move China called a
        provocation": what the move is called is aimed at the main clause's subject."""
        at = self._move_start()
        if at is None:
            return []
        clause = self.v.clause_at(at)
        while clause.index > 0 and (clause.opener == "rel" or clause.opener == "sub" and
                                    self.w[clause.opener_start] == "where"):
            # "an air strike on a building where Hamas officials had gathered, an attack Qatar
            # condemned": the act is the main clause's, not the relative clause's
            clause = self.v.clauses[clause.index - 1]
        return self.clause_subject(clause, at)

    def apposed_claim(self) -> tuple[list[ActorSpan], list[ActorSpan]] | None:
        """", a claim Government Minister Eduardo del Castillo dismissed as a lie", ", a decision
        Beijing has refused to recognise", "floated the idea of a repeat election, which Machado
        rejected": a rejection in an apposition to what the main clause tells is made by the
        actor between the apposed noun (or "which") and the verb, and aimed at whoever the main
        clause says made the claim, decision or offer (its subject, or the speaker of a report).
        The (speaker, makers) spans, or None when the trigger stands in no such apposition or
        no actor stands before it."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb":
            return None
        lo = max(self.v.start + 2, m.start - _MOVE_REACH)
        comma = next((j for j in range(m.start - 1, lo - 1, -1) if w[j] in _CLAUSE_MARKS), None)
        if comma is None or w[comma] != ",":
            return None
        k = comma + 1
        if w[k] == "which":
            after = k + 1
        elif w[k] in ("a", "an", "the"):
            noun = next((n for n in range(k + 1, min(k + 4, m.start)) if w[n] in _CLAIM_NOUNS),
                        None)
            if noun is None:
                return None
            after = noun + 1 + (w[noun + 1] in ("that", "which"))
        else:
            return None
        speaker = [s for s in self.v.spans[self.v.first_from(after):]
                   if s.start >= after and s.end <= m.start and not s.locative][:1]
        if not speaker:
            return None
        clause = self.v.clause_at(comma - 1)
        report = None
        while clause.index > 0 and (clause.opener in ("rel", "report") or clause.opener == "sub"
                                    and w[clause.opener_start] == "that"):
            # "he said Arce had asked him ..., a claim ...": the report's speaker made it
            if clause.opener == "report":
                report = clause.opener_start
            clause = self.v.clauses[clause.index - 1]
        said = self._span_ending(report) if report is not None else None
        found = self.v.group(said) if said is not None else \
            self.clause_subject(clause, min(comma, clause.end))
        makers = [s for s in found if s not in speaker]
        return (self.v.group(speaker[0]), makers) if makers else None

    def judged_owner(self) -> list[ActorSpan]:
        """"Lapid called the deal a dangerous failure of Prime Minister Benjamin Netanyahu's
        foreign policy", "Biden condemned the strikes as a demonstration of the utter brutality
        of Mr Putin's war", "called the warrant an act of desperation by a government": whose
        policy, war or act the judgement names after its verb is whom it accuses (not whose
        sovereignty or territory was violated: "a violation of Qatar's sovereignty")."""
        m, w = self.m, self.w
        if m.pattern.type != "ACCUSE" or m.pattern.kind != "verb":
            return []
        judged = m.pattern.object is not None
        end = self.clause.end
        for span in self.v.spans[self.v.first_from(m.end):]:
            if span.start >= end:
                break
            if span.start < m.end or span.locative:
                continue
            judged = judged or "as" in w[m.end:span.start]
            if not judged:
                continue
            after = span.end + 1
            k = span.start - 1
            while k > m.end and (w[k] in ("the", "a", "an", "mr", "mrs", "ms")
                                 or w[k] in self.c.title_words):
                k -= 1
            if span.end < self.v.end and w[span.end] in _POSSESSIVE_MARKS and \
                    after < self.v.end and w[after] not in _VIOLATED_NOUNS and \
                    w[after] not in _VICTIM_NOUNS and w[k] == "of":
                # (not "an attempt to sabotage Syria's efforts": whose efforts are harmed)
                return [span]
            if w[k] == "by":
                return [span]
        return []

    def _move_speaker(self) -> list[ActorSpan]:
        """"The U.S. military held joint air drills with Guyana's armed forces, a move
        Venezuela's defence minister, Vladimir Padrino Lopez, called a provocation": the actor
        between the apposed "a move" and the verb says it, not the main clause's subject."""
        at = self._move_start()
        verb = self._move_verb()
        if at is None or verb is None:
            return []
        span = self._span_ending(verb, skip=(",",))
        if span is None or span.start <= at + 1:
            return []
        return [span]

    def _subject_after_as(self) -> list[ActorSpan]:
        """"Taliban fighters entered Kabul as President Ashraf Ghani fled the country": the
        actor between a temporal "as" and the verb is its subject (the clause cutter does not
        cut at "as", which is mostly a preposition)."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb" or "as" not in self.v.vocab:
            return []
        end = self._before_auxiliaries()
        span = self._span_ending(end)
        if span is None:
            return []
        at = span.start - 1
        text = self.r.state.tokens.text
        while at > self.clause.start and at > span.start - 4 and w[at] != "as" and \
                text[at][:1].isupper():
            at -= 1  # a title before the name: "as President Ashraf Ghani fled"
        if at - 1 <= self.clause.start or w[at] != "as" or w[at - 1] in _AS_NOT_TEMPORAL:
            return []  # "such as Egypt", "as well as Turkey", "known as Hemedti"
        return self.v.group(span)

    def _before_auxiliaries(self) -> int:
        """Where the verb trigger's auxiliaries start ("as Ghani *had* fled"): the trigger's
        position when none stands before it."""
        w, end = self.w, self.m.start
        while end - 1 > self.v.start and w[end - 1] in _AS_AUXILIARIES:
            end -= 1
        return end

    def _as_clause_thing(self) -> bool:
        """Whether a verb trigger follows a temporal "as" and a subject of common nouns with
        no actor in it ("Sharaa orders inquiry *as coastal violence kills* hundreds"): the
        violence is the verb's subject, not the main clause's actor."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb" or "as" not in self.v.vocab:
            return False
        end = self._before_auxiliaries()
        text = self.r.state.tokens.text
        at = end - 1
        while at > self.clause.start and at >= end - 3 and w[at] != "as":
            if not text[at].isalpha() or not text[at].islower() or w[at] in self.c.determiners \
                    or self.v.span_at(at) is not None:
                return False
            at -= 1
        return at < end - 1 and at - 1 > self.clause.start and w[at] == "as" and \
            w[at - 1] not in _AS_NOT_TEMPORAL and text[at - 1].isalpha()

    def _quoted_we(self) -> list[ActorSpan]:
        """'"We call on all parties to step back from the brink," UNMISS chief Nicholas Haysom
        said': "we" in a quote the sentence opens with is its speaker, named after the
        closing quote."""
        m, w = self.m, self.w
        if m.start - 1 <= self.v.start or w[self.v.start] not in ('"', "“") or \
                "we" not in w[max(self.v.start, m.start - 3) : m.start]:
            return []
        close = next((j for j in range(m.end, self.v.end) if w[j] in ('"', "”")), None)
        if close is None or w[close - 1] != "," or \
                not self.c.reporting.any_in(w, close + 1, self.v.end):
            return []
        return self._span_from(close + 1, self.v.end)

    def _asked_other(self) -> bool:
        """Whether the trigger is the infinitive of an object no actor names, after a verb of
        asking: "asked any foreign country to mediate" (whoever asked does not mediate)."""
        m, w = self.m, self.w
        before = m.start - 1
        if m.pattern.kind != "verb" or not has_form(m.form, "base") or \
                before - 2 <= self.v.start or w[before] != "to" or \
                self._span_ending(before) is not None:
            return False
        return any(w[k] in _ASKING for k in range(max(self.v.start, before - 5), before - 1))

    def _judged_aim(self) -> bool:
        """The trigger tells the aim a speaker ascribes to an act he judges: "Putin called the
        explosion a terrorist act *aimed at destroying* critical infrastructure", "branded the
        raid an act of aggression *intended to weaken* the government" (the act's doer is
        whoever did it, not the speaker, and the aim is no act)."""
        m, w = self.m, self.w
        k = m.start - 1
        if m.pattern.kind != "verb" or k - 1 <= self.v.start or w[k] not in ("to", "at") or \
                w[k - 1] not in _AIM_PARTICIPLES or w[k - 2] in self.c.be_forms:
            return False
        lo = max(self.v.start, k - 12)
        return any(w[i] in _JUDGING_VERBS for i in range(lo, k - 1)) and any(
            w[i] in ("a", "an") for i in range(lo, k - 1))

    def _controller(self) -> list[ActorSpan]:
        """"urged X to halt", "an effort by the UAE to broker", "accused it of attacking"."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb":
            return []
        before = m.start - 1
        if before <= self.v.start:
            return []
        if has_form(m.form, "base") and w[before] == "to":
            if before - 2 > self.v.start and w[before - 1] in _RESOLVE_NOUNS and \
                    w[before - 2] in ("'s", "'") and \
                    (owner := self._span_ending(before - 2)) is not None and \
                    self._in_clause_chain(owner.start):
                return self.v.group(owner)  # "the government's decision to suspend talks"
        elif has_form(m.form, "base") and (span := self._span_ending(m.start)) is not None \
                and span.start - 1 > self.v.start and w[span.start - 1] in _BARE_CONTROLLERS:
            # "to help Haiti's police fight gangs": the helped fight, not the helper
            return self.v.group(span)
        elif has_form(m.form, "ing") and w[before] in ("of", "for"):
            pass
        elif has_form(m.form, "ing") and w[before] == "and" and (of := next(
                (k - 1 for k in range(before - 1, max(self.v.start + 1, before - 6), -1)
                 if w[k].endswith("ing") and w[k - 1] in ("of", "for")), None)) is not None:
            # "accused the insurgents of beheading civilians and abducting children": the
            # second gerund has the first one's controller.
            before = of
        elif has_form(m.form, "ing"):
            span = self._span_ending(m.start)
            if span is not None and span.start - 1 > self.v.start and \
                    w[span.start - 1] in _DEPICTING and self._in_clause_chain(span.start):
                return self.v.group(span)
            if w[before] == ",":
                return self._charged_doer(before)
            return []
        else:
            return []
        span = self._span_ending(before)
        if span is not None and not span.attributive and self._in_clause_chain(span.start):
            return self.v.group(span)
        charged = before - 1
        if charged > self.v.start and w[charged] in _CHARGING and w[before] in ("of", "for"):
            # "the RSF and allied militias were accused of killing": the passive's subject.
            p = charged - 1
            while p > self.v.start and w[p] in self.c.adverbs:
                p -= 1
            if w[p] in self.c.be_forms:
                return self.clause_subject(self.v.clause_at(p), p)
        return []

    def _charged_doer(self, comma: int) -> list[ActorSpan]:
        """"Prigozhin accused the military leadership of launching a missile strike on Wagner
        camps, killing large numbers of his men": a participle after the act an accusation
        charges someone with goes on with that act, and has its doer."""
        w = self.w
        of = next((k - 1 for k in range(comma - 1, max(self.v.start + 1, comma - 25), -1)
                   if w[k].endswith("ing") and w[k - 1] in ("of", "for")), None)
        if of is None:
            return []
        span = self._span_ending(of)
        if span is None or span.attributive or span.start - 1 <= self.v.start:
            return []
        verb = span.start - 1
        if w[verb] in ("the", "a", "an") and verb - 1 > self.v.start:
            verb -= 1  # "accused the Russian Defence Ministry of launching"
        return self.v.group(span) if w[verb] in _CHARGING else []

    def _participle_speaker(self) -> list[ActorSpan] | None:
        """"Wagner told the Council that Rwandan troops had crossed the border, calling it 'a
        frontal attack'": a speech-act participle after a comma that closes a reported claim
        is the speaker's, not the claim's subject (an act like ", killing 12" stays the claim's).
        """
        m, w = self.m, self.w
        if m.pattern.kind != "verb" or m.pattern.type not in _SPOKEN_TYPES or \
                not has_form(m.form, "ing") or m.start <= self.v.start or w[m.start - 1] != ",":
            return None
        clauses = self.v.clauses
        k = self.clause.index
        while k > 0 and clauses[k].opener in ("rel", "coord", "sub") \
                and not self._coordinated_report(clauses[k]):
            k -= 1
        said = clauses[k]
        if (said.opener != "report" and not self._coordinated_report(said)) or k == 0 \
                or m.start < said.start:
            return None
        speaker = clauses[k - 1]
        return self.clause_subject(speaker, min(speaker.end, said.opener_start))

    def _coordinated_report(self, clause: Clause) -> bool:
        """"condemned the attack *and said* the United States stood by ...": a reporting verb
        coordinated with the clause before."""
        if clause.opener != "coord":
            return False
        match = self.c.reporting.match_at
        return any(match(self.w, j, clause.start) for j in range(clause.opener_start + 1,
                                                                  clause.start))

    def _in_clause_chain(self, i: int) -> bool:
        return self.v.clause_at(i).index >= self.clause.index - 1

    def clause_subject(self, clause: Clause, before: int) -> list[ActorSpan]:
        if self._verb_first_conjunct(clause, before):
            # "rammed and boarded Philippine navy boats, seizing rifles": the conjunct's
            # actor is its object; its subject is the one before the "and".
            return self._inherit(clause)
        closed = self._closed_relative_head(clause, before)
        if closed is not None:
            return self.v.group(closed)
        first = self._after_introduction(clause, before)
        objects = self._objects_from(clause, first, before)
        found = self._first_subject(first, before, objects)
        if found:
            return self._speakers_they(found, clause)
        if objects is not None:
            return []  # the verb's own subject names no actor ("a group of officers")
        capital = self._capital_subject(clause, before)
        if capital:
            return capital
        return self._inherit(clause)

    def _objects_from(self, clause: Clause, first: int, before: int) -> int | None:
        """"A group of officers had removed Damiba, dissolved the transitional government",
        "Gunmen stormed the home of President Jovenel Moise and shot him dead": when the
        trigger is a verb coordinated after the clause's own verb (past "and" or a comma, or as
        the next clause, opened by "and"), the actors after that verb are its objects, not the
        subject the trigger shares (which then names no actor): the token the objects start
        at, else None."""
        w, m = self.w, self.m
        if clause is self.clause:
            if m.pattern.kind != "verb" or before != m.start:
                return None
            k = before - 1
            while k > first and (w[k] in self.c.adverbs or w[k] in _COORDINATED_GAP):
                k -= 1
            if k <= first or w[k] not in (",", "and"):
                return None
        elif not (self.clause.opener == "coord" and clause.index < self.clause.index
                  and w[self.clause.opener_start] == "and"):
            return None
        text, c = self.r.state.tokens.text, self.c
        for k in range(first + 1, before):
            word = w[k]
            if not (word in _IRREGULAR_PASTS or (
                    word.endswith("ed") and word.isalpha() and text[k].islower()
                    and word not in _MODIFYING_PARTICIPLES and word not in c.title_tokens)):
                continue
            after = w[k + 1] if k + 1 < self.v.end else ""
            if not (after in c.determiners or after in _OBJECT_PRONOUNS
                    or k + 1 in self.v.by_start or after in c.title_tokens):
                # "hooded men", "masked gunmen", "forces commanded by", "a statement posted
                # on": a modifier or a participle, not a verb with an object
                continue
            prev = w[k - 1]
            if prev in c.perfect_auxiliaries or (
                    text[k - 1].isalpha() and not prev.endswith("ly")
                    and (text[k - 1].islower() or prev not in c.title_tokens)
                    and prev not in c.determiners and prev not in c.prepositions
                    and prev not in c.be_forms and prev not in c.adverbs
                    and prev not in _VERB_NOT_AFTER) or k in self.v.by_end:
                # (a clause that opens on its verb, "which has waged an insurgency ... and is
                # designated", or on an adverbial, "and in recent weeks has captured", has its
                # subject elsewhere)
                opens = k - 1 if prev in c.perfect_auxiliaries else k
                if opens <= first or w[first] in c.prepositions or w[first] in c.adverbs:
                    return None
                return k + 1
        return None

    def _closed_relative_head(self, clause: Clause, before: int) -> ActorSpan | None:
        """"Western governments *that arm Ukraine* have largely backed the operation": a
        relative clause with no comma whose pronoun is its verb's subject ends at its object;
        the auxiliary after that object opens the main verb, whose subject is the head before
        the pronoun (not the object: Ukraine backs nothing here). None when the clause does not
        read so ("which they accuse of", "which has backed")."""
        w, c = self.w, self.c
        if clause.opener != "rel" or clause.index == 0 or clause.start >= before \
                or w[clause.opener_start] not in ("that", "who") \
                or w[clause.start] in _REL_SUBJECT_OPENERS or w[clause.start] in c.be_forms \
                or w[clause.start] in _PERFECT or w[clause.start] in _CLAIM_VERBS \
                or self.v.by_start.get(clause.start) is not None:
            return None
        head = self._span_ending(clause.opener_start)
        if head is None:
            return None
        a = before - 1
        while a > clause.start and w[a] in c.adverbs:
            a -= 1
        if a <= clause.start + 1 or not (w[a] in _PERFECT or w[a] in _CLAIM_VERBS
                                         or w[a] in c.be_forms):
            return None
        objects = [s for s in self.v.spans if clause.start < s.start and s.end <= a]
        return head if objects else None

    def _speakers_they(self, found: list[ActorSpan], clause: Clause) -> list[ActorSpan]:
        """"both the army and the RSF said that they had agreed to a pause": "they" in a
        claim is every speaker of a list it stands for, not only the one it was resolved to."""
        span = found[0]
        if len(found) != 1 or span.end - span.start != 1 or self.w[span.start] != "they":
            return found
        if clause.opener == "report" and clause.index > 0:
            # "A, B and C said they had formed a council" (no "that"): the speakers' list, which
            # its "and" may have cut into clauses of its own.
            first = clause.index - 1
            while first > 0 and self.v.clauses[first].opener == "coord":
                first -= 1
            group = self._first_subject(self.v.clauses[first].start, clause.opener_start)
            if len(group) == 1:
                group = self._speaker_list(group[0], clause.opener_start)
            if len(group) > 2 or (len(group) > 1 and set(span.actors) <= set(_actors(group))):
                return group
            return found
        k = clause.index
        while k > 0 and self.v.clauses[k].opener in ("rel", "sub") and \
                self.v.clauses[k - 1].opener != "report":
            k -= 1
        if k == 0 or self.v.clauses[k - 1].opener != "report" or k - 1 == 0:
            return found
        said = self.v.clauses[k - 1]
        speaker = self.v.clauses[said.index - 1]
        group = self._first_subject(self._after_introduction(speaker, said.opener_start),
                                    said.opener_start)
        if len(group) > 1 and (set(span.actors) <= set(_actors(group)) or len(group) > 2):
            # A list of three or more speakers is what "they" stands for in their own claim,
            # whoever the pronoun stage linked it to.
            return group
        return found

    def _speaker_list(self, head: ActorSpan, before: int) -> list[ActorSpan]:
        """"Abdullah, former President Hamid Karzai and veteran politician Gulbuddin Hekmatyar
        said": names joined by commas and a final "and", each with its own title, up to the
        reporting verb (``before``); else just ``head``."""
        spans = [s for s in self.v.spans[self.v.first_from(head.start):]
                 if s.start >= head.start and s.end <= before]
        if len(spans) < 3 or spans[-1].end != before:
            return [head]
        for a, b in zip(spans, spans[1:], strict=False):
            gap = self.w[a.end : b.start]
            if not gap or gap[0] not in (",", "and") or len(gap) > 4 or \
                    any(x in self.c.be_forms for x in gap):
                return [head]
        if "and" not in self.w[spans[-2].end : spans[-1].start]:
            return [head]
        return spans

    def _after_introduction(self, clause: Clause, before: int) -> int:
        """Where the subject may start: after an opening participial phrase ("Speaking at a
        meeting of his Security Council, Mr Putin accused ...")."""
        w = self.w
        start = clause.start
        if start < before and (w[start].endswith("ing") or w[start] in self.c.introductions):
            for j in range(start + 1, min(before, start + 15)):
                if w[j] == ",":
                    return j + 1
        return start

    def _verb_first_conjunct(self, clause: Clause, before: int) -> bool:
        """Whether a clause joined by "and" opens with a past-tense verb that has no subject of
        its own ("and boarded Philippine navy boats"), asked for the subject of the whole
        conjunct (by a clause after it, or by a participle set off by a comma inside it:
        ", seizing rifles"); "and armed groups attacked" opens with an actor."""
        w = self.w
        whole = before >= clause.end or (before == self.m.start and self._comma_participle())
        if clause.opener != "coord" or clause.index == 0 or not whole or \
                clause.end <= clause.start + 1:
            return False
        first = w[clause.start]
        return len(first) > 4 and first.endswith("ed") and \
            self.r.state.tokens.text[clause.start][:1].islower() and \
            not self.v.by_start.get(clause.start)

    def _capital_subject(self, clause: Clause, before: int) -> list[ActorSpan]:
        """"Kinshasa had already severed relations": a capital opening its clause is its
        government even where the actor stage left it as a place."""
        j = clause.start
        text = self.r.state.tokens.text
        if j < before and self.w[j] == "\"":
            j += 1  # a quote opening the sentence: ""Tehran is behind the attacks," he wrote"
        if j < before and self.w[j] == "the":
            j += 1
        for n in (3, 2, 1):
            if j + n <= before and text[j][:1].isupper():
                span = self._metonym_span(j, j + n)
                if span is not None and (j + n >= len(self.w) or self.w[j + n] not in (
                        "'s", ",", "-")):
                    return [span]
        return []

    def _metonym_span(self, start: int, end: int) -> ActorSpan | None:
        """The government a country or capital named by words [start, end) stands for."""
        actor = self.r.metonym(tuple(self.w[start:end]))
        return ActorSpan(start, end, (actor,), "metonym") if actor is not None else None

    def _subordinator_before(self, p: int, span: ActorSpan) -> bool:
        """The word at ``p`` opens the span's clause as a conjunction, not a preposition:
        "after *Russia* shelled", "since *Turkey* sent troops"."""
        clause = self.v.clause_at(span.start)
        return clause.opener == "sub" and clause.opener_start <= p < clause.start

    def _eligible_subject(self, span: ActorSpan, before: int) -> bool:
        if span.attributive:
            return False
        w = self.w
        if span.end < self.v.end and w[span.end] == "-":
            return False  # "the Iran-backed group": a modifier of the subject, not the subject
        if span.end + 1 < self.v.end and w[span.end].endswith("ing") and \
                w[span.end + 1] in (",", ".", ";") and self._absolute(span):
            return False  # "adopted with 13 votes and Russia abstaining, calls on the RSF"
        p = span.start - 1
        while p >= self.v.start and w[p] in ("the", "a", "an"):
            p -= 1
        q = p
        while q > self.v.start and w[q] in self.c.title_tokens and q > span.start - 5:
            q -= 1
        if q < p and w[q] == "of" and q > self.v.start and w[q - 1] in _BACKERS:
            p = q  # "Supporters of former President Evo Morales blocked roads": the supporters
        if p >= self.v.start and w[p] in self.c.prepositions and span.kind != "agent" and \
                not (w[p] == "from" and p > self.v.start and w[p - 1] in self.r.agent_nouns) and \
                not (w[p] == "of" and p > self.v.start and w[p - 1] in _BODY_NOUNS) and \
                not self._subordinator_before(p, span):
            return False  # "gunmen from the RSF stormed": the gunmen are the RSF's
        if p >= self.v.start and self._object_possessive(span, p):
            return False
        if p >= self.v.start and w[p] in _AIMED_AT:
            # "condemned the use of force *against protesters* and called on Tehran": whom an
            # act is aimed at, a crowd or a force too, is no subject of the next verb
            return False
        if self._modifies_next(span, before):
            return False
        if self._infinitive_object(span):
            return False
        if span.kind == "agent" and span.end + 1 < before and w[span.end] == "from":
            # "Russian contractors from the Wagner Group were withdrawn": the named force the
            # armed men come from, not their nationality.
            starts = (span.end + 1, span.end + 2) if w[span.end + 1] == "the" else (span.end + 1,)
            if any(o.end <= before and not o.attributive and o.kind != "agent"
                   for q in starts for o in self.v.by_start.get(q, ())):
                return False
        if span.end < len(w) and w[span.end] in _POSSESSIVE_MARKS:
            # "Haftar's self-styled Libyan National Army": the head is the later span.
            for other in self.v.spans[self.v.first_after(span.end):]:
                if span.end < other.start <= span.end + 4 and other.end <= before:
                    return False
        return True

    def _object_possessive(self, span: ActorSpan, p: int) -> bool:
        """"visited Moscow *after Erdogan's speech* and rejected the ceasefire", "which *seized
        Khartoum's airport* and has attacked the army", "two days *before Lula's inauguration*":
        a possessive after a preposition, a conjunction or a verb in the past is part of an
        adverbial or an object, not a subject, unless what it owns is a body that acts ("after
        Russia's forces shelled the town")."""
        w = self.w
        if span.kind in PRONOUN_KINDS or span.end + 1 >= self.v.end or \
                w[span.end] not in _POSSESSIVE_MARKS:
            return False
        owned = w[span.end + 1]
        if owned in self.r.agent_nouns or " ".join(w[span.end + 1 : span.end + 3]) in \
                self.r.agent_nouns:
            return False
        word = w[p]
        return word in self.c.prepositions or (
            word.endswith("ed") and word.isalpha() and word not in self.c.title_tokens)

    def _infinitive_object(self, span: ActorSpan) -> bool:
        """"Any armed intervention to restore Niger's ousted President Mohamed Bazoum would be
        considered a declaration of war": an actor after "to <verb>" in the clause, with no
        punctuation between, is what an infinitive is about, not the clause's subject."""
        w, text = self.w, self.r.state.tokens.text
        lowest = self.v.clause_at(span.start).start
        for k in range(span.start - 1, lowest, -1):
            if w[k] in (",", ";", ":", "\"", "(", ")"):
                return False
            if w[k] == "to" and text[k + 1][:1].islower() and text[k + 1].isalpha() and \
                    w[k + 1] not in self.c.determiners and text[k - 1][:1].islower() and \
                    text[k - 1].isalpha() and self.v.span_at(k - 1) is None:
                return True
        return False

    def _absolute(self, span: ActorSpan) -> bool:
        """The span opens the participle of a "with" phrase ("with 14 votes in favour and
        Russia abstaining", "with China abstaining"): a circumstance, not a subject."""
        for p in range(span.start - 1, max(self.v.start, span.start - 10) - 1, -1):
            if self.w[p] in (",", ";", "(", "\""):
                return False
            if self.w[p] == "with":
                return True
        return False

    def _modifies_next(self, span: ActorSpan, before: int) -> bool:
        """"UN envoy Ghassan Salame", "the acting UN envoy, Stephanie Williams", "the
        UN-recognised Government of National Accord": the first span only qualifies the named
        actor after it."""
        return self._qualified(span, before) is not None

    def _qualified(self, span: ActorSpan, before: int) -> ActorSpan | None:
        w, c = self.w, self.c
        if w[span.end - 1] in _BACKERS:
            return None  # "supporters of former President Evo Morales": his backers, no title
        text = self.r.state.tokens.text
        ordered = self.v.ordered
        for other in self.v.spans[self.v.first_after(span.start):]:
            if ordered and other.start > span.end + 10:
                return None  # this one and every later one start beyond the longest reach
            # "The U.S. special envoy for the Horn of Africa, Mike Hammer,": a longer title
            # phrase set off by commas.
            reach = 10 if other.start > 0 and w[other.start - 1] == "," else 5
            if other.start <= span.start or other.start > span.end + reach or other.end > before:
                continue
            if other.kind not in ("name", "alias", "surname", "translit", "discovered"):
                return None
            gap = range(span.end, other.start)
            apposed = bool(gap) and w[gap[-1]] == ","
            if apposed:  # a title in apposition: "UN envoy, Stephanie ..."
                gap = range(span.end, other.start - 1)
                if not gap:
                    return other if self._titled_apposition(span, other, before) \
                        or self._title_object(span, other) else None
            # "US special envoy for Sudan Tom Perriello": a title's own preposition.
            titles = _title_tokens(c.title_words)
            titled = any(w[k] in titles for k in gap)
            if other.start > span.end + 5 and not (
                    titled and self.r.actor_type(other.actors[0]) == "person"
                    and other.end < self.v.end and w[other.end] == ","):
                return None
            if all(text[k][:1].isupper() or w[k] in ("of", "-") or w[k] in c.title_words
                   or (titled and (w[k] in _TITLE_PREPOSITIONS or w[k] in titles
                                   or w[k] == "the"))
                   for k in gap):
                if titled and w[other.start - 1] in _TITLE_PREPOSITIONS \
                        and self.r.actor_type(other.actors[0]) != "person":
                    continue  # "The UN special envoy for Yemen, Hans Grundberg": the title's
                return other
            return None
        return None

    def _titled_apposition(self, span: ActorSpan, other: ActorSpan, before: int) -> bool:
        """"Congo's foreign minister, Thérèse Kayikwamba Wagner, told ...": a title that ends
        its span, set off by commas from a person's name right after it, is that person."""
        w = self.w
        if span.end - span.start < 2 or w[span.end - 1] not in _title_tokens(self.c.title_words):
            return False
        if self.r.actor_type(other.actors[0]) != "person":
            return False
        after = w[other.end] if other.end < self.v.end else "."
        return after in (",", ".", ";") or other.end >= before

    def _title_object(self, span: ActorSpan, other: ActorSpan) -> bool:
        """"The UN special envoy for Yemen, Hans Grundberg,": the country a title is for, set
        off by a comma from a person's name, is part of the title."""
        w = self.w
        return span.start >= 2 and w[span.start - 1] in _TITLE_PREPOSITIONS \
            and w[span.start - 2] in _title_tokens(self.c.title_words) \
            and self.r.actor_type(other.actors[0]) == "person"

    def _inherit(self, clause: Clause) -> list[ActorSpan]:
        if clause.index == 0:
            return []
        w, c = self.w, self.c
        prev = self.v.clauses[clause.index - 1]
        if clause.opener == "rel" and self._object_relative(clause):
            return []  # "the Wagner Group, which they accuse of ...": the antecedent is the object
        if clause.opener == "report" and prev.opener == "rel" and clause.start < clause.end \
                and w[clause.start] in _REPORTED_VERB_FIRST:
            # "The M23, which the United Nations says is backed by Rwanda": a report inside a
            # relative clause that goes on with a verb is about the relative's antecedent
            return self._inherit(prev)
        if clause.opener in ("rel", "resume"):
            # The antecedent: an actor right before the relative pronoun ("Egypt, which ...");
            # after the relative clause closes ("Egypt, which ..., condemned") the same one.
            opener = clause
            if clause.opener == "resume":
                opener = next((cl for cl in reversed(self.v.clauses[: clause.index])
                               if cl.opener == "rel"), clause)
                if opener is clause:
                    return []
            # "the African Union mission (ATMIS), which ...": the bracketed short name too.
            span = self._span_ending(opener.opener_start, skip=(",", ")"))
            at = opener.opener_start
            if span is None and at - 3 > self.v.start and w[at - 1] == "," and \
                    w[at - 2].isdigit() and w[at - 3] == ",":
                span = self._span_ending(at - 3)  # "President Paul Biya, 91, who has ruled"
            if w[opener.opener_start] == "that" and self._report_medium(opener.opener_start):
                return []  # "wrote on Twitter that ...": what he wrote, not the platform's act
            in_place = span is not None and w[opener.opener_start - 1] != "," and (
                span.locative or any(w[k] in _IN_PLACE for k in range(
                    max(self.v.start, span.start - 2), span.start)))
            if span is not None and not span.attributive and not in_place:
                # "fighting in eastern Congo that has killed": the fighting, not Congo
                self.inherited = True
                if clause.opener == "rel" and w[clause.opener_start] == "whose":
                    led = self._led_state(span, clause.start)
                    if led:
                        return led
                if clause.opener == "rel" and clause.start < clause.end and \
                        w[clause.start] in _SINGULAR_AUXILIARIES:
                    # "by Saudi Arabia and by the United Arab Emirates, which has also been
                    # accused": a singular verb is the last one's
                    return [span]
                return self.v.group(span)
            place = [] if in_place else self._place_ending(opener.opener_start)
            if place and w[opener.opener_start - 1] != "," and any(
                    w[k] in _IN_PLACE for k in range(max(self.v.start, place[0].start - 2),
                                                     place[0].start)):
                place = []  # "fighting in eastern Congo that has killed": not Congo's government
            if place:  # "Tehran, which spent years propping up Assad": its government
                self.inherited = True
                return place
            # "Al-Shabaab, the al Qaeda-linked group that has been fighting": the apposition's
            # head; also past the comma that closes the apposition ("Albert Ondo Ossa, the main
            # opposition candidate, who says he was robbed of victory, called for ...")
            last = opener.opener_start - 1
            if last > self.v.start and w[last] == "," and w[last - 1] not in _CLAUSE_MARKS:
                last -= 1
            for k in range(last, max(self.v.start, opener.opener_start - 8), -1):
                if w[k] in (",", "(", ")", ";", ":", "\""):
                    if w[k] == "," and w[k + 1] in ("the", "a", "an") and not any(
                            x in self.c.prepositions for x in w[k + 1 : opener.opener_start]):
                        # ("the Volunteers for the Defence of the Homeland (VDP), a civilian
                        # militia that fights alongside the army": the bracketed short name
                        # closes the head; for an alignment only, as what such a description
                        # says the group does is no event of the story)
                        head = self._span_ending(
                            k, skip=(")",) if self.m.pattern.relation is not None else ())
                        if head is not None and not head.attributive:
                            self.inherited = True
                            return self.v.group(head)
                    break
            return []
        first = w[clause.start] if clause.start < clause.end else ""
        if clause.opener == "coord":
            if first in c.prepositions and self._time_phrase_then_verb(clause):
                pass  # "and in recent weeks has captured": the subject goes on
            elif not first or first in c.determiners or first in c.prepositions:
                return []
            if self.r.state.tokens.text[clause.start][:1].isupper() and first not in c.adverbs:
                return []
        elif clause.opener == "report":
            return self._speaker_after_act(clause, first)
        elif clause.opener == "sub":
            if not (first.endswith("ing") or first.endswith("ed")) and not (
                    clause is self.clause and self._comma_participle()):
                # (", chanting" after "rallied in Sanaa after Friday prayers": the phrase that
                # "after" opened is no clause of its own, the participle the rally's)
                return []
        else:
            return []
        self.inherited = True
        said = self._claim_opener(prev, clause) if clause.opener == "coord" else prev
        if clause.opener == "coord" and said.opener == "report" and said.index > 0 and (
                self._back_to_speaker(said, clause)
                # "Zelenskiy said the world had come within a step of a disaster and accused
                # Moscow of ...": a claim whose subject is no actor has no one to go on
                or (self.m.pattern.type in self.c.speech_acts
                    and not self.clause_subject(said, said.end))):
            speaker = self.v.clauses[said.index - 1]
            while speaker.opener == "coord" and speaker.index > 0 and \
                    speaker.start < speaker.end and w[speaker.start] in c.determiners:
                # "Debretsion, the region's president and the party's chairman, told": the
                # conjunct is part of the speaker's apposition, not the speaker.
                speaker = self.v.clauses[speaker.index - 1]
            found = self.clause_subject(speaker, min(speaker.end, said.opener_start))
            if found:
                return found
        if clause.opener == "coord":
            # "denounced the uprising as treason and a betrayal of the country and vowed ...",
            # "blamed militant groups operating in Syria and Iraq and vowed ...": a conjunct
            # noun phrase or name between is no clause; the subject before goes on
            while prev.opener == "coord" and prev.index > 0 and (
                    (prev.start < prev.end and w[prev.start] in c.determiners
                     and self.clause_subject(prev, prev.end) == [])
                    or any(sp.start <= prev.start and prev.end <= sp.end
                           for sp in (*self.v.by_start.get(prev.start, ()),
                                      *self.v.locatives))):
                prev = self.v.clauses[prev.index - 1]
        if clause.opener == "coord" and prev.opener == "rel" and prev.index > 0 and \
                w[prev.opener_start] == "that" and w[clause.opener_start - 1] == "," and \
                prev.start < prev.end and not self.v.by_start.get(prev.start) and \
                w[prev.start] not in c.determiners and \
                self.v.clauses[prev.index - 1].opener in (None, "coord", "resume", "hard"):
            # "declared a state of siege that gives the security forces broad powers, and
            # appealed for calm": after a comma the verb goes back past a "that" clause on a
            # thing (its own verb first) to the clause it hangs on, not to that verb's object
            main = self.v.clauses[prev.index - 1]
            found = self.clause_subject(main, main.end)
            if found:
                return found
        found = self.clause_subject(prev, prev.end)
        if not found and clause.opener == "coord" and prev.opener == "rel" and prev.index > 0 \
                and w[prev.opener_start] == "that" and prev.opener_start > self.v.start \
                and w[prev.opener_start - 1] not in c.prepositions \
                and w[prev.opener_start - 1] not in (",", "the", "a", "an") \
                and self.v.clauses[prev.index - 1].opener in (None, "coord", "sub") \
                and self._objects_from(prev, prev.start, prev.end) is None:
            # "denied that the men killed belonged to the gang and called the strikes an act of
            # aggression": the that-clause with no actor of its own is what was denied; the
            # verb after it goes with the denier (not when that clause has a subject of its own
            # that is no actor: "announced that a group of officers had removed Damiba, ...
            # and closed the borders").
            main = self.v.clauses[prev.index - 1]
            found = self.clause_subject(main, main.end)
        if not found and clause.opener == "coord" and prev.opener == "sub" and prev.index > 0:
            # "he had left Syria after talks with parties to the conflict and had given
            # instructions": an adverbial clause with no actor of its own stands between; the
            # main clause's subject goes on.
            main = self.v.clauses[prev.index - 1]
            if main.opener == "rel" and main.index > 0 and w[clause.opener_start - 1] == ",":
                # "Poland shot down Russian drones that crossed into its airspace ..., the first
                # time a NATO member has fired on Russian military aircraft since the war began,
                # and asked the alliance to hold consultations": after a comma the verb goes
                # back past the relative clause (and its aside) to the clause it hangs on.
                main = self.v.clauses[main.index - 1]
            found = self.clause_subject(main, main.end)
        if not found and clause is self.clause and clause.opener == "coord":
            found = self._participles_subject(clause)
        return found

    def _report_medium(self, that: int) -> bool:
        """Whether the name before the "that" at ``that`` is where a report was made, right
        after its verb ("wrote *on Twitter* that", "said *on Telegram* that", "told *Reuters*
        that"): the "that" opens what was said, not a relative clause on the name."""
        w, text = self.w, self.r.state.tokens.text
        k = that - 1
        while k > self.v.start and k > that - 5 and text[k][:1].isupper():
            k -= 1
        if k == that - 1:
            return False
        while k > self.v.start and w[k] in ("the", "a", "an"):
            k -= 1
        if k > self.v.start and w[k] in _MEDIUM_PREPOSITIONS:
            k -= 1
        return k >= self.v.start and self.c.reporting.match_at(w, k, k + 1) > 0

    def _speaker_after_act(self, clause: Clause, first: str) -> list[ActorSpan]:
        """"..., Malaysian Prime Minister Anwar Ibrahim said after hosting talks between the two
        countries' leaders": the participle after "said after" is the speaker's own act; the
        speaker is the name right before the reporting verb."""
        w = self.w
        opener = w[clause.opener_start : clause.start]
        if not first.endswith("ing") or len(opener) < 2 or \
                not self.c.subordinators.match_at(w, clause.start - 1, clause.start):
            return []
        span = self._span_ending(clause.opener_start)
        if span is None or span.attributive:
            return []
        self.inherited = True
        return self.v.group(span)

    def _participles_subject(self, clause: Clause) -> list[ActorSpan]:
        """"Thousands rallied in Sanaa after Friday prayers, waving Yemeni and Palestinian
        flags and chanting against America": an -ing trigger that opens a clause joined by
        "and" to a participle after a comma goes on that participle, whose subject is that of
        the clause they hang from."""
        m, w = self.m, self.w
        if m.start != clause.start or m.pattern.kind != "verb" or not has_form(m.form, "ing"):
            return []
        k = clause.index - 1
        while k > 0 and self.v.clauses[k].opener in ("coord", "sub"):
            k -= 1
        main = self.v.clauses[k]
        if not any(w[j] == "," and w[j + 1].endswith("ing") for j in range(main.end, m.start)):
            return []
        return self._first_subject(self._after_introduction(main, main.end), main.end)

    def _comma_participle(self) -> bool:
        """Whether the trigger is an -ing verb right after a comma ("..., chanting against")."""
        m = self.m
        return m.pattern.kind == "verb" and has_form(m.form, "ing") and \
            m.start > self.v.start and self.w[m.start - 1] == ","

    def _led_state(self, span: ActorSpan, start: int) -> list[ActorSpan]:
        """"Turkish President Tayyip Erdogan, whose military backs the GNA": the armed forces
        of a leader are his state's (the state he holds an office of on the publication date,
        when the article names it); else nothing."""
        from factions.relations.infer import role_active  # the alignment stage builds on us

        w = self.w
        if start >= self.v.end or (self.r.agent_nouns.get(w[start]) is None and
                                   " ".join(w[start:start + 2]) not in self.r.agent_nouns):
            return []
        if len(span.actors) != 1 or self.r.actor_type(span.actors[0]) != "person":
            return []
        state = self.r.state
        entry = state.kb.actors.get(span.actors[0])
        day = state.published.isoformat() if state.published else None
        states = [] if entry is None else list(dict.fromkeys(
            r.org for r in entry.roles if r.org and role_active(r.start, r.end, day)
            and (org := state.kb.actors.get(r.org)) is not None and org.type == "state"
            and r.org in self.r.present))
        if len(states) != 1:
            return []
        return [ActorSpan(span.start, span.end, (states[0],), "metonym")]

    def _object_relative(self, clause: Clause) -> bool:
        """"which they accuse of", "whom it blames for": a subject pronoun opens the relative
        clause and the trigger is its verb, so the relative pronoun is the verb's object."""
        w, c = self.w, self.c
        k = clause.start
        if k < clause.opener_start + 1 or w[k - 1] not in c.relative_pronouns or \
                w[k] not in c.nominative_pronouns:
            return False
        between = range(k + 1, self.m.start)
        return self.m.pattern.kind == "verb" and len(between) <= 2 and \
            all(w[j] in c.adverbs or w[j] in c.be_forms or w[j] in _AUXILIARIES for j in between)

    def _time_phrase_then_verb(self, clause: Clause) -> bool:
        """"and in recent weeks has captured", "and on Monday had seized": a time phrase and
        then the trigger's own auxiliary, with no actor between."""
        w, m = self.w, self.m
        aux = m.start - 1
        while aux > clause.start and w[aux] in self.c.adverbs:
            aux -= 1
        if aux <= clause.start + 1 or w[aux] not in _PERFECT:
            # "and in recent weeks has captured Minova and Sake, cutting the main supply
            # routes": a participle after the clause's own verb goes on with its subject.
            aux = self._participle_after_verb(clause)
            if aux < 0 and m.pattern.kind == "verb" and m.start - clause.start <= 4 and \
                    len(w[m.start]) > 4 and w[m.start].endswith("ed") and \
                    self.r.state.tokens.text[m.start][:1].islower():
                # "condemned the attack and on Wednesday recalled its ambassador": a simple
                # past right after the time phrase
                aux = m.start
            if aux < 0:
                return False
        before = w[aux - 1]
        return (before in _TIME_WORDS or before.isdigit()) and not any(
            clause.start <= s.start < aux for s in self.v.spans)

    def _participle_after_verb(self, clause: Clause) -> int:
        """The clause's perfect auxiliary (-1 if none) when the trigger is a participle set off
        by a comma after that auxiliary's verb."""
        w, m = self.w, self.m
        if not w[m.start].endswith("ing") or m.start - 1 <= clause.start or w[m.start - 1] != ",":
            return -1
        return next((k for k in range(clause.start + 2, m.start - 2) if w[k] in _PERFECT), -1)

    def _claim_opener(self, prev: Clause, clause: Clause) -> Clause:
        """"Debretsion told reporters that troops ... had chosen to side with Tigray, and
        accused Abiy": a verb after a comma and a conjunction goes past the claim's own clauses
        (that-, which-, coordinated and subordinate ones, and a clause resumed after an aside)
        back to the reporting verb."""
        w = self.w
        if prev.opener == "report" or clause.opener_start == 0 or \
                w[clause.opener_start - 1] != ",":
            return prev
        k = prev.index
        # (and the claim going on after an aside: "said Iran's ambassador, who was visiting
        # his home country, would not be allowed to return, and suspended ...")
        while k > 0 and self.v.clauses[k].opener in ("rel", "coord", "sub", "resume"):
            k -= 1
        found = self.v.clauses[k]
        return found if found.opener == "report" else prev

    def _back_to_speaker(self, said: Clause, clause: Clause) -> bool:
        """"Perriello said the world was watching El Fasher and warned both sides": a verb
        coordinated after a reported claim goes with the speaker when a comma closes the claim
        ("said Russia had struck ..., and warned") or the claim is set apart by a copula or
        modal ("was watching", "would destroy") with no perfect for the verb to continue ("said
        Rubio had spoken to Kagame and urged": Rubio)."""
        w = self.w
        if clause.opener_start > 0 and w[clause.opener_start - 1] == ",":
            return True
        words = set(w[said.start : said.end])
        return bool(words & _CLAIM_VERBS) and not words & _PERFECT

    def relative_object(self, subject: list[ActorSpan]) -> list[ActorSpan]:
        """"X, which Moscow and Damascus say they are fighting", "X, whom Washington accuses of
        ...": a verb whose relative clause opens with its own subject has the relative pronoun
        for its object, so its target is the antecedent (past an apposition: "the Wagner
        Group, a Russian private military company ..., which they accuse of ...")."""
        w, clauses = self.w, self.v.clauses
        lead = self._span_ending(self.m.start)
        if lead is not None and lead.kind == "pronoun" and self.m.pattern.kind == "verb":
            # A contact relative: "targeting a senior Hezbollah commander it blames for ...".
            text = self.r.state.tokens.text
            for k in (1, 2):
                nouns = range(lead.start - k, lead.start)
                if nouns.start <= self.v.start or not all(
                        text[j].isalpha() and text[j].islower()
                        and (w[j] in self.c.title_words or w[j] in self.r.agent_nouns)
                        for j in nouns):
                    break
                head = self._span_ending(nouns.start)
                if head is not None and not set(head.actors) & set(lead.actors):
                    return [head]
        if self.passive or (self.m.pattern.kind != "verb" and not (
                self.m.start > self.v.start and w[self.m.start - 1] in self.c.be_forms)):
            return []  # a noun trigger only as a progressive: "they are fighting"
        k = self.clause.index
        while k > 0 and clauses[k].opener in ("report", "sub", "coord"):
            k -= 1
        rel = clauses[k]
        if rel.opener != "rel" or w[rel.opener_start] not in ("which", "whom", "that") or \
                not rel.start <= subject[0].start < self.m.start or rel.opener_start == 0:
            return []
        first = rel.start + 1 if rel.start < rel.end and w[rel.start] == "the" else rel.start
        if not any(sp.start == first and not sp.attributive for sp in self.v.spans) and \
                not any(self._metonym_span(first, first + n) for n in (1, 2, 3)):
            return []  # "X, which said it ...": the relative is the subject
        before = rel.opener_start
        if w[before - 1] != "," and not (w[before] == "that"
                                         and self.m.pattern.type == "SANCTION"):
            return []  # (but "a Venezuelan gang that Washington has designated a terrorist
            # organisation": the gang, past the apposition)
        span = self._span_ending(before, skip=(",",))
        p = (span.start if span is not None else before - 1) - 1
        while p > self.v.start and w[p] not in (",", ";"):
            p -= 1
        head = self._span_ending(p) if p > self.v.start and w[p] == "," else None
        if head is not None and (span is None or span.start > p + 1):
            # An aside between: "X, a Russian company with ties to Y, which", "X, formerly
            # linked to al Qaeda, which": the head before the aside.
            span = head
        if span is None or span.attributive or set(span.actors) & set(_actors(subject)):
            return []
        return self.v.group(span)

    def backers(self, subject: list[ActorSpan]) -> list[ActorSpan]:
        """"government forces backed by clan militias have pushed al-Shabaab out": in a fight
        the backers named right after the subject fight with it."""
        w = self.w
        j = subject[-1].end
        if j < self.m.start and w[j] == ",":
            j += 1
        if j + 1 >= self.m.start or w[j] not in _BACKED or w[j + 1] != "by":
            return []
        for span in self.v.spans[self.v.first_from(j + 2):]:
            if j + 2 <= span.start < self.m.start and not span.nominative:
                if span.start > j + 5:
                    return []
                return [s for s in self.v.group(span) if s.end <= self.m.start]
        return []

    def helpers(self) -> list[ActorSpan]:
        """"The negotiations were led by Obasanjo, with the help of Uhuru Kenyatta and Phumzile
        Mlambo-Ngcuka": whoever helps in the trigger's clause acts with its source (the list
        may run on through coordinated clauses)."""
        if self.v.vocab.isdisjoint(_HELP_FIRSTS):
            return []
        w = self.w
        for j in range(self.m.end, self.clause.end):
            if w[j] not in _HELP_FIRSTS:
                continue
            n = next((len(p) for p in _HELP if tuple(w[j : j + len(p)]) == p), 0)
            if not n:
                continue
            out: list[ActorSpan] = []
            for span in self.v.spans[self.v.first_from(j + n):]:
                if span.start < j + n or span.attributive or span.nominative:
                    continue
                clause = self.v.clause_at(span.start)
                if clause.index != self.clause.index and clause.opener != "coord":
                    break
                if span.end < self.v.end and w[span.end] in _POSSESSIVE_MARKS:
                    continue
                out.append(span)
            return out
        return []

    def companions(self, sources: list[ActorSpan]) -> list[ActorSpan]:
        """"Saudi Arabia welcomed the move and, together with the United Arab Emirates,
        pledged $3 billion", "Russia, which props up Assad's government alongside Iran": the
        actors of a companion phrase in the trigger's clause (not in the trigger itself, "fought
        alongside") act with its source, when they are of its kind (states with states, not
        "arrested the minister along with several officials")."""
        if self.v.vocab.isdisjoint(_COMPANION_FIRSTS) or self.passive:
            return []
        kinds = {_COMPANION_KINDS.get(self.r.actor_type(a) or "") for s in sources
                 for a in s.actors}
        if len(kinds) != 1 or None in kinds:
            return []
        w, clause = self.w, self.clause
        start = max((s.end for s in sources if s.end <= self.m.start), default=clause.start)
        for j in range(max(start, clause.start), clause.end):
            if w[j] not in _COMPANION_FIRSTS or self.m.start <= j < self.m.end:
                continue
            if j >= self.m.end and any(x in _CLAUSE_MARKS for x in w[self.m.end : j]):
                # "have taken up arms against the group and, together with government troops,
                # have driven": a companion after a comma goes with the next verb
                break
            n = next((len(p) for p in _COMPANION if tuple(w[j : j + len(p)]) == p), 0)
            if not n:
                continue
            out: list[ActorSpan] = []
            k = j + n
            for span in self.v.spans[self.v.first_from(k):]:
                if span.start < k:
                    continue
                if any(x not in _COMPANION_GAPS for x in w[k : span.start]) or \
                        span.attributive or span.nominative or span.locative or \
                        (span.end < self.v.end and w[span.end] in _POSSESSIVE_MARKS):
                    break
                out.append(span)
                k = span.end
            if out and all(_COMPANION_KINDS.get(self.r.actor_type(a) or "") in kinds
                           for span in out for a in span.actors):
                return out
            return []
        return []

    # ---------------------------------------------------------------- around the trigger

    def _span_ending(self, end: int, skip: tuple[str, ...] = ()) -> ActorSpan | None:
        """The span ending at token ``end`` (exclusive), after skipping ``skip`` tokens."""
        while end - 1 >= self.v.start and self.w[end - 1] in skip:
            end -= 1
        return self.v.by_end.get(end)

    def _span_from(self, i: int, limit: int, objects: bool = True) -> list[ActorSpan]:
        """The first span starting in [i, limit) that can be an object (not "he", not locative);
        else a person descriptor the article's actors answer to ("a military strongman")."""
        for span in self.v.spans[self.v.first_from(i):]:
            if span.start < i:
                continue
            if span.start >= limit:
                break
            if objects and span.nominative:
                continue
            if objects and self.sources and set(span.actors) <= self.sources and \
                    span.kind == "descriptor":
                continue  # "in solidarity with the government and people of Mali": not itself
            if self._state_sides(span):
                return []  # "on Sudan's warring parties": the two sides, not the state
            if self._possessive_determiner(span) and span.end < limit:
                if i == self.m.end and span.start == i and \
                        self.m.pattern.type in _OWNER_ANSWERED and self._owned_thing(span):
                    return [span]  # "does not recognise his re-election": its owner's
                continue
            if self._compound_modifier(span):
                continue  # "by the UN-recognised Government of National Accord": the GNA
            if span.end < len(self.w) and self.w[span.end] in _MEMBER_NOUNS and \
                    self.r.actor_type(span.actors[0]) == "international_org":
                continue  # "stood by its NATO ally": a member, not the alliance
            holder = self._office_holder_named(span)
            if holder is not None:
                return [holder]
            # A title's name may run past the window: "urged by the acting UN envoy, Stephanie
            # Williams" (only after the trigger; before it the trigger bounds the phrase).
            named = limit if limit <= self.m.start else max(
                limit, self.v.clause_at(span.start).end)
            head = self._apposition(self._named_after(span, named))
            group = self.v.group(head)
            if head is not span and head not in group:
                group = [head]  # the name a title qualifies, not the title's apposition list
            lead = self._demonym(i, span.start) if span.start > i else []
            if lead and any(self.w[k] in ("and", ",") for k in range(lead[0].end, span.start)):
                # "backed by Russian air power and Iranian-backed militias": both.
                return [*lead, *self._heads(group)]
            return self._heads(group)
        return self._demonym(i, limit) or self._descriptor(i, limit)

    def _office_holder_named(self, span: ActorSpan) -> ActorSpan | None:
        """"met the coalition's commander, Major General Kevin Leahy": the person named after
        the comma holds the office the possessive owner's noun names; None when no person
        follows so."""
        w, end, stop = self.w, span.end, self.v.end
        if end + 1 >= stop:
            return None
        if w[end] == "," and any(x in ("'s", "’s") for x in w[span.start:end]):
            comma = end  # "the coalition's commander" read as the owner's agent
        elif w[end] in ("'s", "’s"):
            found = next((k for k in range(end + 2, min(stop, end + 5)) if w[k] == ","), None)
            if found is None or not all(w[k].isalpha() for k in range(end + 1, found)):
                return None
            comma = found
        else:
            return None
        for other in self.v.spans[self.v.first_from(comma + 1):]:
            if other.start > comma + 4:
                break
            if self.r.actor_type(other.actors[0]) == "person":
                return other
        return None

    def _owner_agent_apposed(self, span: ActorSpan, before: int) -> list[ActorSpan]:
        """"Niger's military ruler, General Abdourahamane Tiani, accused", "Mali's partners in
        the Alliance of Sahel States, Burkina Faso and Niger, condemned", "Iran's main regional
        proxy, Hezbollah, threatened": an owner's agent noun (with the rest of its phrase) set
        off by an apposition that names actors is those actors; [] when none follows so."""
        w, stop, lo = self.w, min(before, span.end + 10), span.end
        if span.kind == "agent" and any(x in ("'s", "’s") for x in w[span.start:span.end]):
            if any(self.r.actor_type(a) in _SPEAKING_BODIES for a in span.actors):
                # "the State Department's top diplomat, Brian Nichols, said": a body's official
                # speaks for it, which stays the actor
                return []
            comma = next((k for k in range(span.end, stop) if w[k] == ","), None)
        elif span.end + 2 < stop and w[span.end] in ("'s", "’s"):
            lo = span.end + 1
            # ("Iran's main regional proxy, Hezbollah,": the owner's noun in plain words)
            comma = next((k for k in range(span.end + 2, min(stop, span.end + 6))
                          if w[k] == ","), None)
            if comma is None or not all(w[k].isalpha() and w[k].islower()
                                        for k in range(span.end + 1, comma)):
                return []
        else:
            return []
        if comma is None or any(w[k] in self.c.be_forms or w[k] in _CLAIM_VERBS
                                for k in range(lo, comma)):
            return []
        texts = self.r.state.tokens.text
        for k in range(comma + 1, min(comma + 4, before)):
            other = next((o for o in self.v.by_start.get(k, ()) if not o.coreferent), None)
            if other is not None:
                group = [g for g in self.v.group(other) if g.start >= other.start]
                if not group:
                    return []  # (the name's group starts before it: no apposed name here)
                end = group[-1].end
                if end < before and w[end] == "," and not any(
                        g.attributive or g.locative for g in group):
                    return group
                return []
            if not (texts[k][:1].isupper() and texts[k].rstrip(".").isalpha()):
                return []  # only capitalized title words stand before the name
        return []

    def _compound_modifier(self, span: ActorSpan) -> bool:
        """"the UN-recognised GNA", "Iran-backed Houthis": an actor hyphenated to a participle
        only qualifies the actor named right after it; hyphenated to a participle of making or
        supplying ("with US-supplied missiles", "Iranian-made drones") it only qualifies the
        thing made."""
        if span.end + 1 >= self.v.end or self.w[span.end] != "-":
            return False
        if self.w[span.end + 1].lower() in _MAKER_PARTICIPLES:
            return True
        return any(span.end + 1 < o.start <= span.end + 3
                   for o in self.v.spans[self.v.first_after(span.end + 1):])

    def _brokered_by(self, span: ActorSpan, limit: int) -> list[ActorSpan]:
        """"accepted a Qatar-mediated deal with Israel", "rejected a US-brokered truce with the
        army": an actor hyphenated to a participle of brokering is the third party behind the
        deal; the counterpart named after "with"/"between" before ``limit`` is the object."""
        w = self.w
        if span.end + 1 >= self.v.end or w[span.end] != "-" or \
                w[span.end + 1].lower() not in _BROKER_PARTICIPLES:
            return []
        for j in range(span.end + 2, min(limit, span.end + 6)):
            if w[j] in ("with", "between"):
                return self._span_from(j + 1, limit)
            if w[j] in self.c.prepositions or w[j] == ",":
                break
        return []

    def _head_of(self, span: ActorSpan) -> ActorSpan | None:
        if span.end >= self.v.end or self.w[span.end] not in _POSSESSIVE_MARKS:
            return None
        found = next((o for o in self.v.by_start.get(span.end + 1, ())
                      if not o.attributive and not o.nominative), None)
        if found is not None:
            return found
        # "Somaliland's then-leader Muse Bihi Abdi": title words between the owner and the
        # person it names
        titles = self.c.title_tokens
        for k in range(span.end + 1, min(self.v.end, span.end + 6)):
            person = next((o for o in self.v.by_start.get(k, ()) if not o.attributive
                           and not o.nominative
                           and self.r.actor_type(o.actors[0]) == "person"), None)
            if person is not None:
                return person
            if self.w[k] not in titles and self.w[k] not in _TITLE_TIMES:
                return None
        return None

    def _heads(self, group: list[ActorSpan]) -> list[ActorSpan]:
        """"signed by Congo's Thérèse Kayikwamba Wagner and Rwanda's Olivier Nduhungirehe":
        a possessor stands for the actor it qualifies, named right after it."""
        out: list[ActorSpan] = []
        first = self._head_of(group[0]) if len(group) == 1 else None
        if first is not None:
            group = self.v.group(first)
        for span in group:
            span = self._head_of(span) or span
            if span not in out:
                out.append(span)
        return out

    @property
    def _addressee_type(self) -> bool:
        """Events aimed at a government (accuse, urge, meet ...): a country or capital named as
        the direct object is that government even where it reads like a place."""
        kind = self.m.pattern.type
        return kind is not None and kind not in self.c.place_object_types

    def _place_as_actor(self, j: int) -> list[ActorSpan]:
        for span in self.v.locatives:
            if span.start == j:
                return [span]
        for n in (3, 2, 1):
            metonym = self._metonym_span(j, j + n)
            if metonym is not None:
                return [metonym]
        return []

    def _places_listed(self, place: list[ActorSpan]) -> list[ActorSpan]:
        """``place`` with the places listed right after it ("Israel and Iran", "Russia,
        Belarus and Iran"), each read as its government."""
        if not place:
            return place
        w, found = self.w, list(place)
        for span in self.v.locatives:
            if span.start > found[-1].end and all(
                    w[x] in ("and", ",", "the") for x in range(found[-1].end, span.start)):
                found.append(span)
        return found

    def _place_ending(self, end: int) -> list[ActorSpan]:
        """A country or capital ending at ``end`` (before a comma) read as its government."""
        while end - 1 >= self.v.start and self.w[end - 1] == ",":
            end -= 1
        for span in self.v.locatives:
            if span.end == end:
                return [span]
        text = self.r.state.tokens.text
        for n in (3, 2, 1):
            j = end - n
            if j >= self.v.start and text[j][:1].isupper():
                metonym = self._metonym_span(j, end)
                if metonym is not None:
                    return [metonym]
        return []

    def _demonym(self, i: int, limit: int) -> list[ActorSpan]:
        """"backed by Russian air power": a demonym before a noun stands for its country."""
        w, text = self.w, self.r.state.tokens.text
        # Only at the head of the phrase ("by Russian air power", "at Israeli positions"),
        # never a demonym further on in the clause.
        end = self._clause_end()
        for j in range(i, min(limit, end, self.v.end - 1, i + 3)):
            # "sanctions on 11 North Korean individuals": a two-word demonym first
            actor = self.r.demonym(f"{w[j]} {w[j + 1]}") if j + 2 < end else None
            width = 2 if actor is not None else 1
            actor = actor or self.r.demonym(w[j])
            if actor is None:
                continue
            k = j + width
            if w[k] == "and":
                # "Egyptian and Qatari mediators" (a clause may be read as cut at the "and")
                return self._demonyms_after(j, self.v.end) if width == 1 else []
            if k < end and text[k].isalpha() and text[k].islower():
                if self._no_party_noun(k):
                    return []  # "sanctions on three Sudanese companies": not Sudan
                return [ActorSpan(j, k, (actor,), "demonym")]
        return []

    def _no_party_noun(self, i: int) -> bool:
        """Whether the words at ``i`` are an agent noun of a sector that is no party
        (companies, civilians, journalists: ``no_actor_sectors``)."""
        nouns = self.r.state.kb.agent_nouns
        sector = nouns.get(f"{self.w[i]} {self.w[i + 1]}") if i + 1 < self.v.end else None
        sector = sector or nouns.get(self.w[i])
        return sector is not None and sector in actor_lexicon().no_actor_sectors

    def _state_sides(self, span: ActorSpan) -> bool:
        """Whether ``span`` is a state's possessive before a phrase for two sides ("Sudan's
        warring parties", "Libya's rival factions"): the sides, not the state."""
        w, c = self.w, self.c
        k = span.end
        return k + 1 < self.v.end and w[k] in _POSSESSIVE_MARKS and \
            self.r.actor_type(span.actors[0]) == "state" and \
            c.collective_sides.match_at(w, k + 1, min(self.v.end, k + 5)) > 0

    def _owned_thing(self, span: ActorSpan) -> bool:
        """Whether the noun phrase a possessive pronoun opens names no actor of its own ("his
        re-election", "their demands", not "his close ally, Marshal X" nor "its NATO ally")."""
        w = self.w
        end = min(self.v.end, span.end + 4)
        roles = actor_lexicon().role_heads
        for j in range(span.end, end):
            if self.v.by_start.get(j) or w[j] in _MEMBER_NOUNS or w[j] in _CAMP_NOUNS \
                    or w[j] in roles:
                return False  # (and "dismissed his deputy, Ali Mohsen al-Ahmar")
            if w[j] in self.c.prepositions or not w[j][:1].isalnum():
                break
        return True

    def _possessive_determiner(self, span: ActorSpan) -> bool:
        return span.end - span.start == 1 and self.w[span.start] in self.c.possessive_pronouns

    def _named_after(self, span: ActorSpan, limit: int) -> ActorSpan:
        """"Rwandan President Paul Kagame": the person a title-like span qualifies."""
        return self._qualified(span, limit) or span

    def _apposition(self, span: ActorSpan) -> ActorSpan:
        """"the military strongman next door in Egypt, Abdel Fattah al Sisi,": the named
        apposition stands for a descriptor or pronoun, a title before the name too ("Its
        spokesman, Colonel Amadou Abdramane, accused")."""
        if not span.coreferent:
            return span
        w = self.w
        texts = self.r.state.tokens.text
        stop = min(self.clause.end, span.end + 8)
        for j in range(span.end, stop):
            if w[j] != ",":
                continue
            for k in range(j + 1, min(j + 4, self.clause.end)):
                for other in self.v.by_start.get(k, ()):
                    if not other.coreferent:
                        after = w[other.end] if other.end < self.v.end else "."
                        if after in (",", "and", ".", ";", "-", "\"") or \
                                other.end >= self.clause.end:
                            return other
                if not (texts[k][:1].isupper() and texts[k].rstrip(".").isalpha()):
                    break  # only capitalized title words stand before the name
            break
        return span

    def _descriptor(self, i: int, limit: int) -> list[ActorSpan]:
        nouns = self.c.descriptor_nouns
        if _descriptor_words(nouns).isdisjoint(self.w[i:limit]):
            return []  # no word there is a descriptor or starts one
        leads = _phrase_leads(nouns)
        kb = self.r.state.kb
        w = self.w
        for j in range(i, limit):
            word = w[j]
            # (a pair only where a two-word descriptor starts with the word)
            pair = f"{word} {w[j + 1]}" if j + 2 <= limit and word in leads else None
            for phrase, n in ((pair, 2), (word, 1)):
                if phrase is None or phrase not in nouns:
                    continue
                counts = self.r.counts
                actors = sorted((a for a in kb.descriptor_index.get(phrase, ()) if a in counts),
                                key=lambda a: -counts[a])
                # One actor answers to it, or one is named at least twice as often as the next.
                if len(actors) == 1 or (actors and counts[actors[0]] >= 2 * counts[actors[1]]):
                    return [ActorSpan(j, j + n, (actors[0],), "descriptor")]
        return []

    def s_object(self) -> list[ActorSpan]:
        m, w, c = self.m, self.w, self.c
        if m.pattern.complement == "suppress" and m.end < self.v.end and w[m.end] == "that":
            found = self._that_subject(m.end + 1)
            if found and m.pattern.type == "THREATEN":
                return self._own_side_threat(found) or found
            return found
        in_gap = self._in_gap()
        if in_gap is not None:
            return in_gap
        start, end = m.end, self.clause.end
        if start == end and self._verb_shares_object(start):
            # "armed and funded Haftar's forces": the object of the next verb is this one's too
            start += 2
            end = self.v.clause_at(start).end
        limit = min(end, start + c.windows["object"])
        j = start
        k = self.clause.end
        if k - m.end <= 3 and k + 4 < self.v.end and w[k + 1] in ("said", "says") \
                and w[k + 2] in c.be_forms and w[k + 3] in _HOLDER_PARTICIPLES:
            # "hitting sites it said were used by the Quds Force": the report holds the holder
            limit = min(k + 10, self.v.end)
        while j < limit:
            for span in self.v.by_start.get(j, ()):
                if m.pattern.type == "CONSULT" and span.start - 1 >= start and \
                        w[span.start - 1] in ("a", "an") and span.end < self.v.end and \
                        w[span.end] in _PROPOSALS:
                    return []  # "gathered to discuss a U.S. proposal": whose plan, not with whom
                if m.pattern.type == "ACCUSE" and span.end + 1 < self.v.end and \
                        w[span.end] in _POSSESSIVE_MARKS and w[span.end + 1] in _VIOLATED_NOUNS:
                    # "called the attack a violation of Qatar's sovereignty": the victim, not
                    # the accused (one backs "Somalia's territorial integrity" itself)
                    return []
                if self._state_sides(span):
                    return []  # "urged Libya's rival factions": the two sides (completion)
                if (not span.nominative or self._accusative(span)) and not span.attributive:
                    if self._compound_modifier(span):
                        continue  # "fought the Iran-backed Hezbollah": Hezbollah, as in prep
                    if self._possessive_determiner(span):
                        if m.pattern.type in _OWNER_ANSWERED and self._owned_thing(span):
                            # "does not recognise his re-election", "dismissed their claims":
                            # what one rejects or condemns is its owner's
                            return [span]
                        break  # "met his close ally, ...": the object is further on
                    counterpart = self._brokered_by(span, max(limit, end))
                    if counterpart:
                        return counterpart
                    if w[j - 1] == "of" and span.end < self.v.end and w[span.end] == ",":
                        # "killed the governor of North Kivu, Major General Peter Cirimwami,"
                        person = self._named_apposition(span.end)
                        if person:
                            return person
                    camp = self._camp_named(span)
                    if camp:
                        return camp
                    holder = self._office_holder_named(span)
                    if holder is not None:
                        return [holder]
                    span = self._possessed_group(span)
                    # A title's name may run past the window ("met Congo's foreign minister,
                    # Thérèse Kayikwamba Wagner,"), as in _span_from.
                    named = max(limit, end)
                    return self._members_too(self._own_group(
                        self._apposition(self._named_after(span, named)), named))
            if self._addressee_type and j <= start + 2:
                found = self._place_as_actor(j)
                if found:
                    return found
            if w[j] == "," and j > start:
                return self._named_apposition(j)
            if w[j] in ("by", "to") and j + 1 < self.v.end and w[j - 1] in _HOLDER_PARTICIPLES \
                    and not (w[j] == "to") == (w[j - 1] in _HOLDER_BY):
                # "hitting sites it said were used by the Quds Force", "targets linked to
                # Hezbollah": whose the things hit are
                limit = min(max(limit, j + 4), self.v.end)
                j += 1
                continue
            if w[j] == "as" and w[j - 1] in _NAMING_VERBS:
                # "struck what it described as a Hamas weapons facility": the object goes on
                j += 1
                continue
            if (w[j] in c.prepositions and w[j] != "of") or w[j] in (",", "as"):
                return []  # "condemned the strikes as a violation of Iran's sovereignty"
            j += 1
        return []

    def _verb_shares_object(self, at: int) -> bool:
        """"armed and funded Haftar's forces", "arming and funding the M23": the trigger (a
        verb in -ed or -ing) ends its clause at an "and"/"or" that joins a verb of the same
        form, whose object both take."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb" or at + 2 >= self.v.end or w[at] not in ("and", "or"):
            return False
        last, verb = w[m.positions[-1]], w[at + 1]
        return verb.isalpha() and self.v.span_at(at + 1) is None and any(
            last.endswith(form) and verb.endswith(form) for form in ("ed", "ing"))

    def _named_apposition(self, comma: int) -> list[ActorSpan]:
        """"killed the governor of North Kivu, Major General Peter Cirimwami,": the person an
        apposition names after an object that is no actor (titles may come before the name)."""
        text = self.r.state.tokens.text
        for span in self.v.spans[self.v.first_after(comma):]:
            if span.start > comma + 4 or span.start <= comma:
                break
            if any(not text[k][:1].isupper() for k in range(comma + 1, span.start)):
                break  # only title words between the comma and the name
            after = span.end
            if self.r.actor_type(span.actors[0]) == "person" and (
                    after >= self.v.end or self.w[after] in (",", ".", ";")):
                return [span]
            break
        return []

    def _possessed_group(self, span: ActorSpan) -> ActorSpan:
        """"accuses Machar's Sudan People's Liberation Movement-in-Opposition of backing ...":
        the group a person's possessive names, not the person."""
        k = span.end
        owner = self.r.actor_type(span.actors[0])
        if k + 1 >= self.v.end or self.w[k] not in ("'s", "’s") or owner not in ("person", "state"):
            return span
        for other in self.v.by_start.get(k + 1, ()):
            if other.attributive or other.locative:
                continue
            if owner == "person" and \
                    self.r.actor_type(other.actors[0]) in ("armed_group", "political_party"):
                return other
            # "hitting sites used by Iran's Revolutionary Guards' Quds Force": a state's own
            # force or body, not the state
            if owner == "state" and self.r.actor_type(other.actors[0]) != "state" and \
                    self.r.actor_country(other.actors[0]) == self.r.actor_country(span.actors[0]):
                return other
        return span

    def _camp_named(self, span: ActorSpan) -> list[ActorSpan]:
        """"arrested two of Machar's allies, Petroleum Minister Puot Kang Chol and the deputy
        army chief, General Gabriel Duop Lam,": the people the apposition names, not the
        leader whose camp they are."""
        w = self.w
        k = span.end
        if k + 1 < self.v.end and w[k] in ("'s", "’s") and w[k + 1] in _CAMP_NOUNS:
            k += 2  # the leader alone: "Machar" 's allies
        elif not (span.end - span.start > 2 and w[k - 1] in _CAMP_NOUNS
                  and w[k - 2] in ("'s", "’s")):
            return []  # the camp in the span: "Machar's allies"
        return self._camp_list(k)

    def _camp_list(self, k: int) -> list[ActorSpan]:
        """The people listed after the comma at ``k`` ("..., Puot Kang Chol and the deputy army
        chief, General Gabriel Duop Lam,"), at most two."""
        w = self.w
        if k >= self.v.end or w[k] != ",":
            return []
        first = next((x for x in self.v.spans[self.v.first_from(k + 1):]
                      if not x.attributive and not x.locative), None)
        if first is None or first.start > k + 7:
            return []
        found = [first]
        # "Puot Kang Chol and the deputy army chief, General Gabriel Duop Lam": the pair
        joint = next((j for j in range(first.end, min(self.v.end, first.end + 3))
                      if w[j] == "and"), None)
        if joint is not None:
            near = [x for x in self.v.spans[self.v.first_from(joint + 1):joint + 10]
                    if not x.locative and x.start <= joint + 9]
            # the person a title names ("the deputy army chief, General Gabriel Duop Lam"),
            # not the body in the title
            kinds = [x for x in near if self.r.actor_type(x.actors[0]) == self.r.actor_type(
                first.actors[0])]
            if kinds or near:
                found.append((kinds or near)[0])
        return [self._apposition(self._named_after(x, self.clause.end)) for x in found]

    def s_camp(self) -> list[ActorSpan]:
        """"Machar's allies, Puot Kang Chol and General Gabriel Duop Lam": the people a camp
        noun named by its leader's possessive lists after a comma."""
        m, w = self.m, self.w
        if m.start < 1 or w[m.start - 1] not in ("'s", "’s"):
            return []
        return self._camp_list(m.end)

    def _members_too(self, spans: list[ActorSpan]) -> list[ActorSpan]:
        """"designated the 22 gangs, *among them* Los Choneros and Los Lobos": the members a
        list names right after the object are aimed at too."""
        if not spans:
            return spans
        end = max(s.end for s in spans)
        w = self.w
        if end + 1 < self.v.end and w[end] == ",":
            n = self.c.list_openers.match_at(w, end + 1, self.v.end)
            if n:
                more = self._span_from(end + 1 + n, min(self.v.end, end + 1 + n + 4))
                return spans + [x for x in more if x not in spans]
        return spans

    def _accusative(self, span: ActorSpan) -> bool:
        """"accusing *it* of attacking", "attacked *it* on Monday": "it" right after a verb
        trigger, before a preposition or a comma, is its object (not "warned it would")."""
        w = self.w
        if w[span.start] not in _OBJECT_CASE or self.m.pattern.kind != "verb":
            return False
        k = self.m.end
        while k < span.start and w[k] in self.c.adverbs:
            k += 1
        after = w[span.end] if span.end < self.v.end else "."
        return k == span.start and (after in self.c.prepositions or after in (",", ".", "and"))

    def second_addressee(self, spans: list[ActorSpan]) -> list[ActorSpan]:
        """"called on Rwanda to withdraw its forces ... and on M23 to halt its advance", "urged
        Moscow to ... and Kyiv to ...": a second addressee, coordinated after the first one's
        infinitive with the same preposition (if any) and followed by its own "to"."""
        w, c = self.w, self.c
        last = spans[-1].end
        if last >= self.v.end or w[last] != "to":
            return []
        before = w[spans[0].start - 1] if spans[0].start > self.v.start else ""
        prep = before if before in c.prepositions else None
        for j in range(last + 1, min(self.v.end, last + c.windows["second_addressee"])):
            if w[j] in c.hard_boundaries:
                return []
            if w[j] != "and":
                continue
            k = j + 1
            if prep is not None:
                if k >= self.v.end or w[k] != prep:
                    continue
                k += 1
            if k < self.v.end and w[k] == "the":
                k += 1
            for span in self.v.by_start.get(k, ()):
                if not span.nominative and not span.attributive:
                    group = self.v.group(span)
                    end = group[-1].end
                    if end < self.v.end and w[end] == "to" and \
                            not {a for g in group for a in g.actors} & \
                            {a for g in spans for a in g.actors}:
                        return group
        return []

    def demonym_object(self) -> list[ActorSpan]:
        """"regretted the Russian decision", "condemned the Israeli strikes": a demonym heading
        the object of an answer stands for its country (the one who decided, struck)."""
        m, w, c = self.m, self.w, self.c
        if m.pattern.kind != "verb":
            return []
        j = m.end
        while j < self.clause.end and j < m.end + 3 and (w[j] in c.determiners or
                                                       w[j] in c.adverbs):
            j += 1
        return self._demonym(j, j + 1)

    def _own_side_threat(self, found: list[ActorSpan]) -> list[ActorSpan]:
        """"Netanyahu warned that Israel would strike Hezbollah if the group violated it": when
        the warning's clause opens with the speaker's own side, whom it threatens is the actor
        its verb acts on, later in the clause; [] when the subject is someone else."""
        speaker = self.s_subject()
        country = self.r.actor_country
        own = {country(a) for a in _actors(speaker)} - {None}
        if not own or not {country(a) for a in _actors(found)} <= own:
            return []
        end = self.v.clause_at(found[-1].start).end
        for span in self.v.spans[self.v.first_after(found[-1].end - 1):]:
            if span.start >= end:
                break
            if span.start >= found[-1].end and not span.nominative and not span.attributive \
                    and country(span.actors[0]) not in own:
                return [span]
        return []

    def _that_subject(self, i: int) -> list[ActorSpan]:
        """"demanded that the RSF end its siege": whoever is asked is the subject of the
        request's content."""
        found = self._first_subject(i, min(self.v.clause_at(i).end, i + 8))
        # "warned that its targets in Saudi Arabia would keep widening": "its" only qualifies
        # the subject; whoever is asked or warned is not named.
        return [] if found and self._possessive_determiner(found[0]) else found

    def _first_subject(self, first: int, before: int, objects: int | None = None
                       ) -> list[ActorSpan]:
        """The first actor between ``first`` and ``before`` that can be a subject, with its
        group and apposition; one in a participle aside (", backed by Russian air power and
        Iranian-backed militias,") only when nothing else can be; none from ``objects`` on
        (the objects of the clause's own verb)."""
        asides = self._asides()
        fallback: list[ActorSpan] = []
        if objects is not None:
            before = min(before, objects)
        for span in self.v.spans[self.v.first_from(first):]:
            if span.start < first:
                continue
            if span.end > before:
                break
            if self._eligible_subject(span, before):
                aside = next(((a, b) for a, b in asides if a <= span.start < b), None)
                if aside is not None:
                    if not fallback and not self._thing_before_aside(first, aside[0]):
                        fallback = self.v.group(self._apposition(span))
                    continue
                holder = self._office_holder_named(span)
                if holder is not None and holder.end <= before:
                    # "Deby's father, the late President Idriss Deby, responded": the person
                    # named after the comma, not the possessor
                    span = holder
                elif apposed := self._owner_agent_apposed(span, before):
                    # "Mali's partners in the Alliance of Sahel States, Burkina Faso and Niger,
                    # condemned": the actors named after the comma, not the owner's agent
                    return apposed
                group = self._own_group(self._apposition(span), before)
                if len(group) == 1 and group[0] is span:
                    group = [self._government_of(span)]
                if group[0].start < first:
                    # "Speaking at a meeting of his Security Council, Mr Putin accused": a
                    # list or apposition reaching back before where the subject may start
                    # holds the introduction's actors, not the subject's.
                    group = [s for s in group if s.start >= first] or [span]
                return group
        return fallback

    def _thing_before_aside(self, first: int, aside: int) -> bool:
        """"The talks, mediated by Qatar and Egypt, stalled": the clause opens on a noun phrase
        of its own (a determiner and a lower-case noun) before the aside, so the aside's agent
        is no stand-in for its subject."""
        w, text = self.w, self.r.state.tokens.text
        k = aside - 1
        while k > first and w[k] == ",":
            k -= 1
        return k > first and w[first] in ("the", "a", "an") and text[k].isalpha() and \
            text[k].islower() and w[k] not in self.c.be_forms

    def _government_of(self, span: ActorSpan) -> ActorSpan:
        """"the government of Prime Minister Mohammed Shia al-Sudani condemned ...": a
        government named by its leader is the government the article names, not the leader."""
        w = self.w
        if span.kind != "agent" or span.start + 1 >= span.end or \
                w[span.start] not in _GOVERNMENT_HEADS or w[span.start + 1] != "of":
            return span
        kb = self.r.state.kb
        for m in self.r.mentions.get(self.v.index, ()):
            actor = kb.get(m.actor_id)
            if m.tok_start <= span.start < m.tok_end and actor is not None and \
                    actor.type == "government" and m.actor_id not in span.actors:
                return replace(span, actors=(m.actor_id,))
        return span

    def _own_group(self, span: ActorSpan, before: int) -> list[ActorSpan]:
        """The span's list; not the apposition list of a title that qualifies it ("Congo's
        foreign minister, Thérèse Kayikwamba Wagner,": the person, not the title's country)."""
        group = self.v.group(span)
        if span not in group and self._qualified(group[0], before) is span:
            return [span]
        return group

    def _has(self, key: str, phrases: Phrases) -> bool:
        """Whether one of ``phrases`` stands in the sentence (read once per view): when none
        does, none stands in any window of it."""
        found = self.v.memo.get(key)
        if found is None:
            found = self.v.memo[key] = phrases.any_in(self.w, self.v.start, self.v.end)
        return bool(found)

    def _asides(self) -> list[tuple[int, int]]:
        """The sentence's participle asides (read once per view)."""
        found = self.v.memo.get("asides")
        if found is None:
            found = self.v.memo["asides"] = participle_asides(self.w, self.v.start, self.v.end)
        return found  # type: ignore[return-value]

    def prep(self, words: str) -> list[ActorSpan]:
        """The actor after a preposition (or phrase: "to help") following the trigger; for
        ``that``, the subject of the clause it opens right after the trigger ("its demand that
        *Iran* stop arming the Houthis")."""
        m, w, c = self.m, self.w, self.c
        if words == "that":
            return self._that_subject(m.end + 1) if m.end < self.v.end and w[m.end] == "that" \
                else []
        toks = _split(words)
        first = toks[0]
        if first not in self.v.vocab:
            return []  # the sentence has no such word: no phrase to find
        n = len(toks)
        # The words after the trigger a preposition may stand at: up to the first comma (the
        # comma itself included), within the window and the clause (read once per trigger).
        window = self._prep_window
        if window is None:
            reach = c.windows["prep"]
            held = next((i for i in range(m.end, min(len(w) - 1, m.end + reach))
                         if w[i] in _HOLDING_PARTICIPLES and w[i + 1] in c.prepositions), None)
            if held is not None:
                # "handed over 125 suspects held in northeast Syria to Iraqi authorities": the
                # place they were held in is no target; the window runs past it
                reach += held + 4 - m.end
            window = w[m.end : min(self._objects_go_on(), m.end + reach)]
            if "," in window:
                window = window[: window.index(",") + 1]
            self._prep_window = window
        if first in ("against", "to", "opposing") and m.pattern.type == "PROTEST" and \
                first not in window and "," not in window:
            # "rallied for a seventh straight night in Tbilisi against the government's
            # decision", "held a march in the hill districts on Wednesday to oppose a demand by
            # Meiteis": what a crowd protests against may follow its time and place.
            wide = w[m.end : min(self._objects_go_on(), m.end + c.windows["prep"] + 5)]
            window = wide[: wide.index(",") + 1] if "," in wide else wide
        if first not in window and window[-1:] == [","]:
            # "pits the "Chapitos", sons of jailed drug lord ..., against gunmen loyal to
            # Zambada": the preposition right after an apposition the object's commas hold.
            start = m.end + len(window)
            stop = min(self._objects_go_on(), start + c.windows["prep"] + 8)
            close = next((i for i in range(start, stop) if w[i] == ","), None)
            if close is not None and close + 1 < len(w) and w[close + 1] == first:
                window = w[m.end : close + 1 + n + 1]
        k = -1
        for _ in range(window.count(first)):
            k = window.index(first, k + 1)
            j = m.end + k
            if w[j : j + n] == toks:
                after = j + n
                if toks == ["to"] and after < len(w) and w[after] in _PURPOSE_VERBS:
                    continue  # "the deployment of troops to support police": a purpose
                if after < len(w) and w[after] in CALENDAR_WORDS and \
                        self.r.state.tokens.text[after][:1].isupper():
                    continue  # "on Tuesday, police said": a time, not whom it was aimed at
                if toks in (["on"], ["against"]) and m.pattern.type in ("ACCUSE", "REJECT") \
                        and any(set(c.reference_nouns.get(w[i], ())) & {"ASSAULT", "COERCE"}
                                for i in range(m.end, min(j, m.end + 4))):
                    continue  # "condemned the attack on Kosovo police": who was attacked
                limit = min(max(self.clause.end, m.end + len(window)),
                            after + c.windows["prep_object"])
                if toks in (["at"], ["against"], ["towards"], ["toward"]) and \
                        not self._addressee_type:
                    # "Iran launched about 100 drones at Israel in response, the Israeli
                    # military said": a country an attack is fired at is its target, not only
                    # where it fell (unlike "in Israel"), whatever actor comes after
                    country = [span for span in self._place_as_actor(after)
                               if self.r.actor_type(span.actors[0]) == "state"]
                    if country:
                        return country
                comma = next((i for i in range(after, limit) if w[i] == ","), None)
                if comma is not None and c.reporting.any_in(w, comma + 1,
                                                           min(self.v.end, comma + 7)):
                    # "killed in drone strikes in the Kursk region, Ukraine's military said":
                    # the speaker of a closing report is no object of the preposition
                    limit = comma
                found = self._span_from(after, limit)
                if not found:
                    found = self._holder_after_title(after)
                if self._addressee_type:
                    k = after + 1 if after < limit and w[after] in ("the", "both") else after
                    place = self._place_as_actor(k)
                    if not found:
                        # "called for restraint from Israel and Iran", both read as places
                        found = self._places_listed(place)
                    elif place and place[0].end < found[0].start and all(
                            w[x] in ("and", ",", "the") for x in range(place[0].end,
                                                                       found[0].start)):
                        # "called for restraint from Israel and Iran": the country read as a
                        # place opens the list of those addressed
                        found = [*place, *self.v.group(found[0])]
                if found and n == 1:
                    found = found + self._and_prep_again(first, found[-1].end)
                return found
        return []

    def _and_prep_again(self, prep: str, start: int) -> list[ActorSpan]:
        """"imposed entry bans on Bidzina Ivanishvili, the billionaire founder of Georgian
        Dream, and on Interior Minister Vakhtang Gomelauri": the actor of the same preposition
        repeated after "and" (past an apposition of the first) is aimed at too."""
        w = self.w
        stop = min(self.v.end, start + 14)
        for k in range(start, stop - 1):
            if w[k] in (";", ".", ":"):
                return []
            if w[k] == "and" and w[k + 1] == prep:
                return self._span_from(k + 2,
                                       min(self.v.end, k + 2 + self.c.windows["prep_object"]))
        return []

    def _holder_after_title(self, after: int) -> list[ActorSpan]:
        """"a stern warning to the island's president, Lai Ching-te": a title with no actor of
        its own right after the preposition, then the named holder after a comma."""
        w = self.w
        comma = next((i for i in range(after, min(self.v.end, after + 6)) if w[i] == ","), None)
        if comma is None or comma == after or \
                w[comma - 1] not in _title_tokens(self.c.title_words):
            return []
        return [span for span in self.v.by_start.get(comma + 1, ())
                if span.kind == "name" and self.r.actor_type(span.actors[0]) == "person"]

    def _clause_end(self) -> int:
        """Where the trigger's clause ends, or the clause its last word is in when the trigger
        runs on past a clause break ("fired missiles and drones at")."""
        end = self.clause.end
        return end if self.m.end <= end else self.v.clause_at(self.m.end - 1).end

    def _objects_go_on(self) -> int:
        """"supplied missiles and drone components to the group": after a trigger that takes an
        object, a clause opened by "and" whose first few words (lowercase, no past-tense verb)
        run up to "to" or "for" (or a preposition the trigger aims with: "halting contacts and
        meetings with Israel", "launched more than 160 rocket and drone attacks on US forces")
        goes on naming what was given; where the preposition may stand
        ends with that clause, else with the trigger's own."""
        end = self.clause.end
        if self.m.end > end:
            return self._clause_end()
        k = self.clause.index + 1
        # "halting contacts and meetings with Israel": a trigger aimed "with" someone
        aimed = tuple(s[5:] for s in self.m.pattern.target or () if s.startswith("prep:"))
        if (self.m.pattern.object is None and not aimed) or k >= len(self.v.clauses):
            return end
        nxt = self.v.clauses[k]
        if nxt.opener != "coord" or nxt.opener_start != end or self.w[end] != "and":
            return end
        for j in range(nxt.start, min(nxt.end, nxt.start + 4)):
            word = self.w[j]
            if word in ("to", "for") or word in aimed:
                return nxt.end if j > nxt.start else end
            if not (word.isalpha() and word.islower()) or word.endswith("ed"):
                return end
        return end

    def s_by(self) -> list[ActorSpan]:
        if "by" not in self.v.vocab:
            return []
        m, w, c = self.m, self.w, self.c
        reach = c.windows["by"]
        if self.passive and m.pattern.kind == "verb":
            # "were shot dead in their car in Maputo on Oct 19 by unidentified gunmen": a
            # passive verb's agent may follow a string of place and time phrases
            reach += 6
        limit = min(self.clause.end, m.end + reach)
        shared = m.end + 2 < self.v.end and w[m.end] == "and" and w[m.end + 2] == "by" \
            and w[m.end + 1].endswith(_SHARED_PARTICIPLE_ENDS) and m.pattern.kind == "verb"
        if shared:  # "armed and paid by Turkey": the agent the two participles share
            return self._span_from(m.end + 3, min(self.v.end, m.end + 14))
        for j in range(m.end, limit):
            if w[j] == "by":
                if m.pattern.kind != "verb" and (self._passive_between(m.end, j) or (
                        self._object_of_preposition() and any(
                            w[k] in c.be_forms and w[k].isalpha() for k in range(m.end, j)))):
                    # "the allegation was dismissed by Russian lawmakers"; "Concern over the
                    # military build-up was voiced by the UN mission": the passive's subject is
                    # not the noun
                    return []
                if m.pattern.kind != "verb" and j > m.end and w[j - 1] in _THIRD_PARTY_PARTICIPLES:
                    return []  # "the negotiations, mediated by Oman": the mediator's act
                found = self._span_from(j + 1, min(self.clause.end, j + 11))
                if len(found) == 1 and m.pattern.symmetric:
                    found = [*found, *self._partner_after_aside(found[0])]
                return found
        if m.pattern.kind != "verb":
            # "Sirte was described by Sisi as a red line": the agent before a noun trigger.
            for j in range(m.start - 1, max(self.clause.start, m.start - c.windows["by"]) - 1, -1):
                if w[j] == "by":
                    if j > 1 and w[j - 2] not in c.be_forms:
                        break  # "hostages held by Hamas in a raid": the participle's agent
                    return self._span_from(j + 1, min(m.start, j + 4))
                if w[j] == ",":
                    break  # "... laid by Cambodian troops, an accusation Phnom Penh denied"
                if w[j].endswith("ing") and w[j].isalpha() and w[j - 1] in ("of", "for"):
                    # "accused by UN experts of supplying weapons": the agent of the accusation,
                    # not of what the gerund governs
                    break
        return []

    def _partner_after_aside(self, span: ActorSpan) -> list[ActorSpan]:
        """"signed by Ali Shamkhani, secretary of Iran's Supreme National Security Council, and
        Saudi national security adviser Musaed al-Aiban": the person named after the aside on
        the first one and its ", and" is the second member of the pair ([] when none)."""
        w, r = self.w, self.r
        if r.actor_type(span.actors[0]) != "person" or span.end >= self.v.end \
                or w[span.end] != ",":
            return []
        stop = min(self.v.end - 1, span.end + 12)
        k = next((j for j in range(span.end + 1, stop) if w[j] in _CLAUSE_MARKS
                  or w[j] in ("and", "while", "with")), None)
        if k is None or w[k] != "," or w[k + 1] != "and":
            return []  # (no aside closed by ", and": "by Haftar, who ...")
        partner = self._span_from(k + 2, min(self.v.end, k + 10))
        return [p for p in partner if r.actor_type(p.actors[0]) == "person" and p != span]

    def _object_of_preposition(self) -> bool:
        """The noun trigger is the object of a preposition ("concern *over the military*
        build-up"): determiners and lower-case modifiers (three at most) between."""
        w, c = self.w, self.c
        text = self.r.state.tokens.text
        p = self.m.start - 1
        while p >= self.v.start and p >= self.m.start - 4 and w[p] not in c.prepositions \
                and text[p].isalpha() and text[p].islower():
            p -= 1
        return p >= self.v.start and w[p] in c.prepositions

    def _passive_between(self, start: int, end: int) -> bool:
        """A passive verb of its own stands between a noun trigger and a *by* ("the allegation
        *was dismissed* by"): the agent is that verb's, not the noun's. A light verb ("the
        attack was carried out by") still gives the noun's agent."""
        w, c = self.w, self.c
        for k in range(start, end):
            if w[k] in c.be_forms and w[k].isalpha():  # not "Cairo's position"
                j = k + 1
                while j < end and w[j] in c.adverbs:
                    j += 1
                return j < end and w[j] not in _DOER_VERBS and \
                    not c.light_verbs.match_at(w, j, end)
        return False

    def s_between(self) -> list[ActorSpan]:
        pair = self._hyphen_pair()
        if pair:
            return pair
        if "between" not in self.v.vocab:
            return []
        m, w, c = self.m, self.w, self.c
        limit = min(self.clause.end, m.end + c.windows["between"])
        for j in range(m.end, limit):
            if w[j] == "between" and (j < m.end + c.windows["prep"]
                                      or w[j - 1] not in _BETWEEN_PLACES):
                first = self._span_from(j + 1, min(self.clause.end, j + 4))
                if not first and self._addressee_type:
                    # "shuttling between Doha and Cairo": capitals for their governments
                    a = self._place_as_actor(j + 1)
                    after = a[0].end if a else j + 1
                    if a and after < self.clause.end and w[after] == "and":
                        return a + self._place_as_actor(after + 1)
                if len(first) > 1:
                    return first
                if first:
                    # "between him and the government in Tripoli" when they form no list.
                    after = first[-1].end
                    # "between the Government of National Accord (GNA) and Haftar": past the
                    # bracketed short name; the "and" is the preposition's, even where a clause
                    # boundary is read before it.
                    if w[after:after + 1] == ["("] and ")" in w[after:after + 6]:
                        after = w.index(")", after) + 1
                    end = max(self.clause.end, min(self.v.end, after + 5))
                    if after < end and w[after] == "and":
                        second = self._span_from(after + 1, min(end, after + 4))
                        if not second:
                            # "between the majority Meitei community and the mainly Christian
                            # Kuki-Zo tribes": past a longer run of modifiers
                            wide = self._span_from(after + 1, min(end, after + 7))
                            if wide and not any(
                                    w[k] in c.prepositions or not w[k].isalpha()
                                    for k in range(after + 1, wide[0].start)):
                                second = wide
                        if not second and after + 4 < len(w) and w[after + 1] == "the" and \
                                "of" in w[after + 3:after + 5]:
                            # "between Ethiopia and the breakaway region of Somaliland": the
                            # entity the description of a place names
                            k = w.index("of", after + 3, after + 5)
                            second = self._span_from(k + 1, min(len(w), k + 3))
                        return first + second[:1]
                return first
        return []

    def _hyphen_pair(self) -> list[ActorSpan]:
        """"*Israel-Hezbollah* ceasefire", "*Congo-Rwanda* deal": two actors joined by a
        hyphen right before a noun trigger are its two sides."""
        m, w = self.m, self.w
        start = m.start
        # "Ethiopia-Somaliland *port* deal", "the Israel-Hezbollah *border* truce": past up to
        # two lower-case modifiers of the noun
        for _ in range(2):
            if start - 4 >= self.v.start and w[start - 2] != "-" and w[start - 1].isalpha() \
                    and w[start - 1] not in self.c.prepositions and w[start - 1] != "and" \
                    and self._span_ending(start) is None:
                start -= 1
        if start - 3 < self.v.start or w[start - 2] != "-":
            return []
        second = self._span_ending(start)
        if second is None or second.start != start - 1:
            return []
        first = self._span_ending(start - 2)
        if first is None or set(first.actors) & set(second.actors):
            return []
        return [first, second]

    def s_possessor(self) -> list[ActorSpan]:
        m, w, c = self.m, self.w, self.c
        vocab = self.v.vocab
        if "'s" not in vocab and "'" not in vocab and vocab.isdisjoint(c.possessive_pronouns):
            return []  # no possessive in the sentence
        lowest = max(self.v.start, m.start - c.windows["possessor"] - 1)
        for p in range(m.start - 1, lowest - 1, -1):
            if w[p] in c.hard_boundaries or w[p] == ",":
                return []
            if w[p] in _POSSESSIVE_MARKS:
                span = self._span_ending(p)
                if span is None and p == m.start - 1:
                    # "Machar's allies" read as one mention: its owner is the possessor
                    span = next((x for x in self.v.spans if x.start < p and x.end == m.end
                                 and x.kind == "agent"), None)
                    return [ActorSpan(span.start, p, span.actors, span.kind)] \
                        if span is not None else []
                if span is None:
                    # "The group's last positions ... were abandoned": the agent mention that
                    # holds the trigger's noun is the possessor's
                    span = next((x for x in self.v.spans if x.start < p and x.kind == "agent"
                                 and m.start <= x.end <= m.end), None)
                    return [ActorSpan(span.start, p, span.actors, span.kind)] \
                        if span is not None else []
                return self.v.group(span) if span is not None else []
            if w[p] in c.possessive_pronouns:
                span = self._span_ending(p + 1)
                return [span] if span is not None else []
        return []

    def s_agent_possessor(self) -> list[ActorSpan]:
        """The possessor of a noun whose patient follows with *of*, or of a plural one: the
        doer ("Israel's detention of thousands", "Trump's mass deportations")."""
        return self.s_possessor() if self._possessor_acts() else []

    def s_patient_possessor(self) -> list[ActorSpan]:
        """The possessor of a singular noun with no *of* after it: who undergoes it ("his
        arrest", "Bazoum's detention", "Soleimani's assassination")."""
        return [] if self._possessor_acts() else self.s_possessor()

    def _possessor_acts(self) -> bool:
        """Whether the trigger ends in *of*, *of* follows it, or it is a plural."""
        m, w = self.m, self.w
        last = w[m.end - 1]
        return last == "of" or (m.end < len(w) and w[m.end] == "of") or (
            last.endswith("s") and not last.endswith("ss"))

    def s_modifier(self) -> list[ActorSpan]:
        m, w, c = self.m, self.w, self.c
        for gap in range(0, c.windows["modifier"] + 1):
            end = m.start - gap
            if end <= self.v.start:
                break
            if gap and (w[end] in c.determiners or not w[end].isalpha()
                        or w[end] in c.be_forms or w[end] in _PERFECT
                        or w[end] in c.prepositions or w[end] in _SUBORDINATING
                        or w[end] in _REACTION_VERBS
                        or (w[end].endswith("ed") and w[end] not in _MODIFYING_PARTICIPLES)
                        or (self._has("undergoing_verbs", c.undergoing_verbs)
                            and c.undergoing_verbs.match_at(w, end, m.start))):
                break  # "the SNA have been fighting", "Venezuela's government arrested
                # opposition leader X": a subject, not a modifier
            span = self._span_ending(end)
            if span is not None and w[span.end - 1] not in c.possessive_pronouns:
                return [span]
            actor = self.r.demonym(w[end - 1])
            if actor is not None:
                return self._demonyms_before(end - 1) + [ActorSpan(end - 1, end, (actor,),
                                                                   "demonym")]
        return []

    def _demonyms_before(self, j: int) -> list[ActorSpan]:
        """"*Egyptian and* Qatari mediators", "*US, British and* French warships": the
        demonyms coordinated before the one at ``j`` share its noun."""
        w = self.w
        found: list[ActorSpan] = []
        while j - 2 >= self.v.start and w[j - 1] in ("and", ","):
            actor = self.r.demonym(w[j - 2])
            if actor is None:
                break
            j -= 2
            found.insert(0, ActorSpan(j, j + 1, (actor,), "demonym"))
        return found

    def _demonyms_after(self, j: int, limit: int) -> list[ActorSpan]:
        """The demonym at ``j`` and those coordinated after it, when the last one heads a
        lower-case noun ("by *Egyptian and Qatari* mediators"); [] when none does."""
        w, text = self.w, self.r.state.tokens.text
        found: list[ActorSpan] = []
        while j + 1 < limit:
            actor = self.r.demonym(w[j])
            if actor is None:
                return []
            found.append(ActorSpan(j, j + 1, (actor,), "demonym"))
            if text[j + 1].isalpha() and text[j + 1].islower() and w[j + 1] != "and":
                return found
            if w[j + 1] not in ("and", ","):
                return []
            j += 2
        return []

    def s_undergoer(self) -> list[ActorSpan]:
        """"Iran faces new sanctions": the subject of a verb of undergoing whose object is the
        noun trigger (``undergoing_verbs`` in cues.yaml)."""
        q = self._undergoing_verb()
        return self.clause_subject(self.v.clause_at(q), q) if q is not None else []

    def _undergoing_verb(self) -> int | None:
        """Where a verb of undergoing stands before the noun trigger it governs, or None."""
        m, w, c = self.m, self.w, self.c
        if m.pattern.kind != "noun" or not self._has("undergoing_verbs", c.undergoing_verbs):
            return None
        for q in range(m.start - 1, max(self.clause.start, m.start - c.windows["light_verb"]
                                        - 2) - 1, -1):
            if w[q] in c.hard_boundaries or w[q] == ",":
                return None
            if c.undergoing_verbs.match_at(w, q, m.start):
                return q
        return None

    def s_means_subject(self) -> list[ActorSpan]:
        """The subject of an active verb whose act the noun trigger is the means of: "Israeli
        forces rescued four hostages held by Hamas *in a raid* on the Nuseirat camp" (not a
        passive's or a harm verb's: "three soldiers were killed in an air strike")."""
        m, w, c = self.m, self.w, self.c
        if m.pattern.kind != "noun":
            return []
        k = m.start - 1
        while k > self.clause.start and w[k] in _MEANS_DETERMINERS:
            k -= 1
        if k <= self.clause.start or w[k] not in ("in", "during") or w[k + 1] not in (
                "a", "an"):
            return []
        verb = next((j for j in range(k - 1, max(self.clause.start, k - 10) - 1, -1)
                     if w[j].endswith("ed") and w[j].isalpha()), None)
        if verb is None or verb <= self.clause.start or w[verb] in _HARMED or \
                w[verb - 1] in c.be_forms or any(w[j] == "," for j in range(verb, k)):
            return []
        return self.clause_subject(self.clause, verb)

    def s_light_subject(self) -> list[ActorSpan]:
        m, w, c = self.m, self.w, self.c
        if m.pattern.kind == "verb":
            return []
        if not self._has("light_verbs", c.light_verbs):
            return self._withdrawn_after()
        reach = c.windows["light_verb"] + 2
        if not _DAY_WORDS.isdisjoint(w[max(self.clause.start, m.start - reach) : m.start]):
            reach += 2  # "agreed on Monday to an immediate and unconditional ceasefire"
        lowest = max(self.clause.start, m.start - reach)
        for q in range(m.start - 1, lowest - 1, -1):
            if w[q] == "\"" and q == m.start - 1:
                continue  # conducted a "targeted strike"
            if w[q] in c.hard_boundaries or w[q] == ",":
                return []
            if w[q] == "to" and q + 1 < m.start and w[q + 1].isalpha() and \
                    w[q + 1] not in _PARTICIPLE_OBJECT_OPENERS and \
                    w[q + 1] not in _WIDENING_VERBS and self.v.span_at(q + 1) is None and any(
                        w[i] in _PARTICIPLE_OBJECT_OPENERS for i in range(q + 2, m.start)):
                return []  # "host a centre to monitor the truce": the infinitive's object
            n = c.light_verbs.match_at(w, q, m.start)
            if not n:
                continue
            if n == 1 and w[q] in ACT_CLAIMS and any(
                    w[i] in _TOLD_DETERMINERS for i in range(q + 1, m.start)):
                continue  # "Islamic State claimed the attack": the act already told

            if q + n < m.start and w[m.start - 1] in c.gerund_governors and \
                    w[m.start - 1] not in c.prepositions:
                return []  # "signed an agreement aimed at ending fighting": not its object
            if any(w[i].endswith("ing") and w[i + 1] in _PARTICIPLE_OBJECT_OPENERS
                   for i in range(q + n + 1, m.start - 1)):
                return []  # "signed a law nullifying the memorandum": the participle's object
            verb_clause = self.v.clause_at(q)
            # "Abdullah, who led the government's delegation in peace talks": a delegate speaks
            # for the side whose delegation he leads.
            owner = self._delegation_owner(q + n)
            if owner:
                return owner
            # Passive light verb: "the offensive was launched by X".
            p = q - 1
            while p >= self.v.start and w[p] in c.adverbs:
                p -= 1
            if p >= self.v.start and w[p] in c.be_forms:
                return self.s_by()
            if q - 2 > self.v.start and w[q - 1] == "to" and w[q - 2] == ",":
                # "phoned his Lebanese counterpart, Abdallah Bou Habib, to express solidarity":
                # an infinitive of purpose set off by a comma is the whole clause's subject's.
                return self.clause_subject(verb_clause, verb_clause.end)
            if q - 1 > self.v.start and (w[q - 1] == "to" or (
                    w[q].endswith("ing") and w[q - 1] in ("of", "for"))):
                # "vowed to carry out", "accused Iran of being behind the strikes"
                span = self._span_ending(q - 1)
                if span is not None and not span.attributive:
                    return self.v.group(span)
            return self.clause_subject(verb_clause, q)
        return self._withdrawn_after()

    def _withdrawn_after(self) -> list[ActorSpan]:
        """"Israel pulls troops out of Jenin camp after two-day raid", "Israeli forces withdrew
        from the camp ..., after two days of drone strikes": a force that withdraws after an
        attack named by a bare noun withdraws after its own attack."""
        m, w = self.m, self.w
        if m.pattern.type != "ASSAULT":
            return []
        k = m.start - 1
        while k > self.v.start and m.start - k <= 6 and w[k] != "after":
            if w[k] in ("," , ";", ":") or self.v.by_start.get(k):
                return []
            k -= 1
        if k <= self.v.start or w[k] != "after":
            return []
        verb = next((i for i in range(k - 1, self.v.start, -1) if w[i] in _WITHDRAWALS), None)
        if verb is None or any(w[i] in (";", ":") for i in range(verb, k)):
            return []
        found = self.clause_subject(self.v.clause_at(verb), verb)
        return found if len(found) == 1 else []

    def _delegation_owner(self, start: int) -> list[ActorSpan]:
        """The side whose delegation (team, negotiators) is the object opening the words from
        ``start`` up to the trigger ("led the government's delegation in"); else nothing."""
        w = self.w
        for span in self.v.spans[self.v.first_from(start):]:
            if span.start > start + 1 or span.end >= self.m.start:
                break
            if w[span.end - 1] in _DELEGATION_NOUNS and not span.attributive:
                return [span]
        return []

    def place_actor(self, sources: list[str]) -> str | None:
        """The first country or capital named as a place after an attack trigger in its clause
        ("fired missiles at cities across Ukraine"), unless it is the attacker's own (a war
        inside a country is not aimed at the country)."""
        if self.m.pattern.type not in self.c.place_target_types or \
                self.m.pattern.id in _INTERVENTIONS:
            return None
        for span in self.v.locatives:
            actor = span.actors[0]
            if span.end < len(self.w) and (self.w[span.end] in _POSSESSIVE_MARKS
                                           or self.w[span.end] in _PLACE_HEADS):
                continue  # "in Haiti's central Artibonite region", "in central Haiti town"
            if self.m.end <= span.start < self._clause_end() and actor not in sources:
                own = {self.r.actor_country(a) for a in sources}
                return None if self.r.actor_country(actor) in own else actor
        return None

    def s_host(self) -> list[ActorSpan]:
        """"Dozens of Russian military instructors arrived in *Ouagadougou*": the country (or
        the capital standing for it) named as the place after the trigger in its clause, not
        the source's own."""
        own = {self.r.actor_country(a) for a in self.sources}
        for span in self.v.locatives:
            if not self.m.end <= span.start < self._clause_end():
                continue
            if span.end < len(self.w) and (self.w[span.end] in _POSSESSIVE_MARKS
                                           or self.w[span.end] in _PLACE_HEADS):
                continue  # "in Haiti's central Artibonite region"
            actor = span.actors[0]
            if actor in self.sources or self.r.actor_country(actor) in own:
                return []
            return [span]
        # A capital right after the trigger's preposition, which the actor stage keeps as a
        # plain place: "arrived in *Bamako*" is Mali's.
        text = self.r.state.tokens.text
        j = self.m.end
        for n in (3, 2, 1):
            if j + n <= self._clause_end() and text[j][:1].isupper():
                metonym = self._metonym_span(j, j + n)
                if metonym is not None and (j + n >= len(self.w)
                                            or self.w[j + n] not in _POSSESSIVE_MARKS):
                    if self.r.actor_country(metonym.actors[0]) in own:
                        return []
                    return [metonym]
        return []

    def place_is_object(self) -> bool:
        """The place after the trigger is its own object: "an attack on western Ukraine",
        "strikes against Kyiv" (a preposition, then at most two words before the place)."""
        m, w = self.m, self.w
        if m.end >= len(w) or w[m.end] not in ("on", "against"):
            return False
        return any(m.end < span.start <= m.end + 3 for span in self.v.locatives)

    def collective_possessor(self, spans: list[ActorSpan]) -> bool:
        """"Libya's two main rival military forces signed", "Libya's warring sides": a country
        whose possessive heads a phrase naming its rival sides stands for those sides."""
        if len(spans) != 1:
            return False
        w = self.w
        i = spans[0].end
        if i >= self.m.start or w[i] not in _POSSESSIVE_MARKS:
            return False
        words = w[i + 1 : min(self.m.start, i + 7)]
        return bool(set(words) & _RIVAL_WORDS) and bool(set(words) & _SIDE_NOUNS)

    def collective_owner(self, span: ActorSpan) -> bool:
        """"sanctions *Sudan's* warring sides", "urged *Libya's* rival factions": a country
        whose possessive after the trigger heads a phrase naming its rival sides stands for
        those sides."""
        w = self.w
        i = span.end
        if span.start < self.m.end or i >= self.v.end or w[i] not in _POSSESSIVE_MARKS:
            return False
        words = w[i + 1 : min(self.v.end, i + 5)]
        return bool(set(words) & _RIVAL_WORDS) and bool(set(words) & _SIDE_NOUNS)

    def collective_subject(self) -> str:
        """"The two sides also agreed to reopen roads", "the parties agreed", "the two
        governments commit": no actor is named as the subject, a phrase for the article's two
        sides is (up to the trigger, with no actor between them): "sides", or "states" for "the
        two countries"; "" when none."""
        m, w, c = self.m, self.w, self.c
        clause = self.clause
        if m.start < clause.start and clause.index > 0:
            clause = self.v.clauses[clause.index - 1]
        start = max(clause.start, m.start - 12)
        for j in range(start, m.start):
            n = c.collective_sides.match_at(w, j, m.start)
            if not n:
                continue
            if j > start and w[j - 1] in c.prepositions and not (
                    w[j - 1] in ("from", "of") and j - 1 > start
                    and w[j - 2] in _SIDE_MEMBERS):
                # "talks between the two sides": not the subject (but "military commanders
                # from both sides would meet", "the presidents of the two countries met")
                continue
            if any(j + n <= span.start < m.start for span in self.v.spans):
                return ""
            head = w[j + n - 1]
            if j > start and w[j - 1] in ("from", "of") and head in c.collective_people:
                continue  # "aides of the two leaders"
            if head in c.collective_people and m.pattern.type in _PEOPLE_SUBJECT_TYPES:
                # "the two ministers agreed to work closely": the two people just named
                return "people"
            if head not in _SIDE_SUBJECTS and head not in _STATE_SUBJECTS:
                continue  # two people: not the two sides of the war
            return "states" if head in _STATE_SUBJECTS else "sides"
        opener = clause.start
        if w[opener] == "both" and m.pattern.type in _PEOPLE_SUBJECT_TYPES and \
                opener < m.start and all(x in _BOTH_GAP for x in w[opener + 1:m.start]) and \
                not any(opener < span.start < m.start for span in self.v.spans):
            # "Both agreed to cool the situation": the two people just named
            return "people"
        v = self.v
        if w[v.start] == "they" and v.index > 0 and not any(
                v.start <= span.start < m.start for span in v.spans):
            # "... the two regional powers would respect each other's sovereignty. They also
            # agreed to activate a pact": the sentence's "they" is the sides named just before
            # (coreference leaves it unlinked)
            before = self.r.view(v.index - 1)
            if sides_subject(w, before.start, before.end):
                last = [w[j + n - 1] for j, n in c.collective_sides.find(w, before.start,
                                                                          before.end)]
                return "states" if last and all(x in _STATE_SUBJECTS for x in last) \
                    else "sides"
        return ""

    def unsided_outbreak(self) -> bool:
        """"Fighting broke out the next morning near the temple", "The clashes, the worst
        between the neighbours in more than a decade, have killed": a two-sided fight named by
        a noun with no side named, as the subject of its outbreak or with "between" the
        article's two sides, was fought by those two sides."""
        m, w, c = self.m, self.w, self.c
        if not (m.pattern.symmetric and m.pattern.kind == "noun" and m.pattern.type == "ASSAULT"):
            return False
        if m.end < self.v.end and w[m.end] in _OUTBREAK:
            return True
        if m.start == self.v.start and w[m.end - 1].endswith("es"):
            # "Clashes near the Preah Vihear temple between 2008 and 2011 killed at least 28
            # people": plural clashes opening the sentence, the subject of their toll, with no
            # actor named before it
            end = min(self.v.end, m.end + 14)  # (past "between 2008 and 2011")
            toll = next((j for j in range(m.end, end) if w[j] in _HARMED), None)
            return toll is not None and not any(
                m.end <= span.start < toll for span in self.v.spans)
        if m.start == self.v.start or w[m.start - 1] not in ("the", "these"):
            return False  # "could not afford a military confrontation between the two": none
        limit = min(self.v.end, m.end + 6)
        for j in range(m.end, limit):
            if w[j] == "between" and c.collective_sides.match_at(w, j + 1, limit + 3):
                return True
        return False

    def settled_truce(self) -> bool:
        """"The two-month truce, announced by U.N. special envoy Hans Grundberg on April 1, took
        effect", "A ceasefire announced on Thursday broke down within hours", "a ceasefire it
        had brokered had taken effect": a truce noun that opens its clause's subject, with no
        side named, as the subject of its taking effect, holding or collapse, is a truce the
        article's two sides made (filled in by completion). Not a truce one side calls for or
        rejects ("urged a truce that would take effect": the noun is an object)."""
        m, w, c = self.m, self.w, self.c
        pattern = m.pattern
        if not (pattern.symmetric and pattern.kind in ("noun", "phrase")
                and pattern.type == "RETREAT" and pattern.mode == "ceasefire"):
            return False
        # The subject phrase opens at the clause (or after a reporting "that" / "said")
        j = m.start - 1 if w[m.start] not in _TRUCE_OPENERS else m.start
        while j > self.v.start and (w[j][:1].isdigit() or "-" in w[j] or w[j - 1] == "-"
                                    or w[j + 1] == "-" or w[j] in c.adverbs
                                    or w[j] in _TRUCE_ADJECTIVES):
            j -= 1  # "A 48-hour truce", "The two-month truce", "the fragile truce"
        if j < self.v.start or w[j] not in _TRUCE_OPENERS:
            return False
        if j > self.v.start and (w[j - 1] in c.prepositions or w[j - 1] in (
                "agreed", "signed", "reached", "declared", "announced", "proposed", "rejected",
                "accepted", "brokered", "violated", "broke", "observe", "urged", "sought")):
            return False  # the truce is an object, its own verb names its makers
        if any(w[k] in c.mediation_deals or w[k] == "cease-fire"
               for k in range(self.v.start, j)):
            return False  # "signed a ceasefire in 2023, but the truce expired": told already
        end = min(self.v.end, m.end + _TRUCE_REACH)
        # (a phrase trigger holds its status: "ceasefire came into force")
        for k in range(m.start + 1 if pattern.kind == "phrase" else m.end, end):
            word = w[k]
            if word in (";", ":", "(", "and", "but") and k > m.end and w[k - 1] != ",":
                return False
            if any(span.start == k and span.kind not in PRONOUN_KINDS
                   for span in self.v.spans) and "by" not in w[max(m.end, k - 4) : k]:
                return False  # "a ceasefire the Houthis had announced": named makers
            if word in _TRUCE_STATUS_FIRSTS:
                for phrase in _TRUCE_STATUS:
                    if tuple(w[k : k + len(phrase)]) == phrase:
                        return True
        return False

    def unsided_talks(self) -> bool:
        """"A joint statement issued *after four days of talks* in Beijing said the two regional
        powers would ...", "Kyrgyzstan and Tajikistan agreed a ceasefire *following talks*":
        talks with no party named, after "after" or "following", held by the two sides the
        article's latest deal was made between (filled in by completion)."""
        m, w = self.m, self.w
        pattern = m.pattern
        if not (pattern.symmetric and pattern.kind == "noun" and pattern.type == "CONSULT"
                and pattern.mode == "negotiate"):
            return False
        if m.end < self.v.end and w[m.end] in ("with", "between", "among", "by"):
            return False
        if not _TALKS_MEDIATED.isdisjoint(w[m.end : min(self.v.end, m.end + 10)]):
            return False  # "after talks in St Vincent brokered by Brazil": the mediation's
        start = max(self.v.start, m.start - 5)
        j = next((k for k in range(m.start - 1, start - 1, -1)
                  if w[k] in ("after", "following")), None)
        if j is None:
            return False
        gap = w[j + 1 : m.start]  # "four days of", "two rounds of", "marathon"
        return not any(span.start > j and span.start < m.start for span in self.v.spans) \
            and all(x in _TALKS_SPELL or x[:1].isdigit() or "-" in x for x in gap)

    def reciprocal_object(self) -> bool:
        """Whether the trigger's object says the act goes both ways ("accused each other",
        "accused one another", "accused the other of firing first")."""
        m, w = self.m, self.w
        limit = min(self.clause.end, m.end + 3)
        return any(j + 1 < limit and ((w[j] == "each" and w[j + 1] == "other")
                                      or (w[j] == "one" and w[j + 1] == "another")
                                      or (w[j] == "the" and w[j + 1] == "other"))
                   and (j + 2 >= len(w) or w[j + 2] not in _POSSESSIVE_MARKS)
                   for j in range(m.end, limit))  # ("each other's borders": an owner)

    def reciprocal_owner(self) -> bool:
        """Whether the trigger's object is owned by both sides ("pledged to respect *each
        other's* sovereignty", "not to interfere in one another's affairs")."""
        m, w = self.m, self.w
        limit = min(self.clause.end, m.end + 5)
        return any(j + 2 < limit and w[j + 2] in _POSSESSIVE_MARKS
                   and ((w[j] == "each" and w[j + 1] == "other")
                        or (w[j] == "one" and w[j + 1] == "another"))
                   for j in range(m.end, limit))

    def collective_target(self) -> tuple[bool, bool, bool]:
        """"urged both sides to return to talks": the target is the two sides of the article;
        the second value says the phrase names two people ("received both ministers"), the
        third two states ("Both countries face steep U.S. tariffs")."""
        m, w, c = self.m, self.w, self.c
        q = self._undergoing_verb()
        if q is not None and "undergoer" in role_strategies(self.r, m.pattern, "target"):
            # "Both countries face steep U.S. tariffs": the phrase is the verb's subject
            for j in range(max(self.clause.start, q - 4), q):
                n = c.collective_sides.match_at(w, j, q)
                if n and j + n == q:
                    return True, w[q - 1] in c.collective_people, w[q - 1] in _STATE_SUBJECTS
        if not self._has("collective_sides", c.collective_sides):
            return False, False, False  # none in the sentence
        if m.end < self.v.end and w[m.end] == "them" and \
                c.collective_sides.any_in(w, self.v.start, m.start):
            # "spoke to officials of both countries and urged them to de-escalate"
            return True, False, False
        limit = min(self.clause.end, m.end + c.windows["object"])
        if not c.collective_sides.any_in(w, m.end, limit):
            return False, False, False  # no phrase starts in the window: the scan finds none
        for j in range(m.end, limit):
            n = c.collective_sides.match_at(w, j, limit)
            if n:
                last = w[j + n - 1]
                return True, last in c.collective_people, last in _STATE_ADDRESSEES
            if w[j] in c.prepositions and w[j] not in ("on", "to", "with", "between") and not (
                    w[j] in ("of", "from") and j > m.end and w[j - 1] in _SPOKESPEOPLE):
                # (but "spoke to officials of both countries", "imposed visa restrictions on
                # officials from both sides")
                return False, False, False
        return False, False, False

    def s_gap(self) -> list[ActorSpan]:
        """Only the actor in a verb trigger's gap: "urged *Iran* to release the prisoners"
        (``urge ... release``), never one after the trigger ("the release of Navalny"), nor
        the owner of what is asked ("demanding *his* release", "urged *Russia's* withdrawal")."""
        w = self.w
        return [span for span in self._in_gap() or ()
                if not self._possessive_determiner(span)
                and not (span.end < len(w) and w[span.end] in _POSSESSIVE_MARKS)]

    def _in_gap(self) -> list[ActorSpan] | None:
        """"pressed its allies for a ceasefire", "kept providing Haftar with weapons": the
        object standing in the trigger's gap, or None when the trigger has no gap or no actor
        stands in it."""
        m, w = self.m, self.w
        pos = m.positions
        gap = None if pos[-1] - pos[0] == len(pos) - 1 else next(
            (k for k in range(len(pos) - 1) if pos[k + 1] > pos[k] + 1), None)
        if m.pattern.kind == "verb" and gap is not None:
            lo, hi = pos[gap], pos[gap + 1]
            for span in self.v.spans[self.v.first_after(lo):]:
                if lo < span.start < hi and span.end == hi + 1 and span.kind == "agent" \
                        and w[hi - 1] in _POSSESSIVE_MARKS:
                    return [span]  # "summoned Kyiv's ambassador": the envoy's state
                if lo < span.start < hi and span.end == pos[-1] + 1 and span.kind == "agent" \
                        and w[pos[-1]] in _ENVOYS and any(w[k] in _POSSESSIVE_MARKS
                                                          for k in range(span.start, hi)):
                    return [span]  # "summoned China's deputy ambassador": the envoy's state
                if lo < span.start and span.end <= hi and not span.nominative \
                        and not span.attributive:
                    return self._own_group(self._apposition(self._named_after(span, hi)), hi)
            if hi - lo <= 4:
                # "summoned the Israeli ambassador": the demonym in the gap names whose
                demonym = self._demonym(lo + 1, hi + 1)
                if demonym:
                    return demonym
        return None

    def act_pronoun(self) -> bool:
        """"Kanaani called *them* an arbitrary violation", "calling *it* a frontal attack": the
        pronoun right after an accusation whose pattern names the act it is called
        (``object``) stands for that act (``references.pronouns``), not for an actor."""
        m, w, c = self.m, self.w, self.c
        return m.pattern.object is not None and m.pattern.type in c.pronoun_answers \
            and m.end < self.v.end and w[m.end] in c.act_pronouns

    def referenced_event(self) -> tuple[str, tuple[str, ...]]:
        """The event types a noun right after the trigger names ("condemned *Friday's strikes*",
        "dismissed *the accusation*", "shocked *by the attacks*"), within ``references.window``
        words of its clause and before any preposition other than *of* (or a *by* right after
        the trigger), with the noun; ("", ()) when there is none. A pronoun standing for the act
        (``act_pronoun``) names the acts of ``references.pronouns``."""
        m, w, c = self.m, self.w, self.c
        if self.act_pronoun():
            return w[m.end], c.act_pronouns[w[m.end]]
        if m.pattern.object is not None and m.pattern.type in c.pronoun_answers \
                and m.start - 2 >= self.v.start and w[m.start - 2] == "which" \
                and w[m.start - 1] in c.nominative_pronouns and "it" in c.act_pronouns:
            # "a law nullifying the memorandum, *which he called* a violation of international
            # law": the relative pronoun stands for the act the sentence just answered
            return "it", c.act_pronouns["it"]
        pos = m.positions
        if m.pattern.kind == "verb" and len(pos) > 1 and pos[-1] - pos[0] >= len(pos) and \
                (kinds := c.reference_nouns.get(w[pos[-1]])) and not any(
                    pos[0] < span.start < pos[-1]
                    for span in self.v.spans[self.v.first_after(pos[0]):]):
            # "denied the accusation", "rejected the claims": the noun the trigger's own gapped
            # words end on (reject.reject-claim) names the act answered (not "rejects
            # Beijing's sovereignty claims", whose owner is named)
            return w[pos[-1]], kinds
        if m.pattern.kind == "phrase" and m.pattern.target[:1] == ("subject",):
            # "the Arab League said the memorandum was a clear violation of Somalia's
            # sovereignty", "Turkey says the offensive violates a 2018 agreement": the act
            # judged is the subject before the trigger
            for j in range(m.start - 1, max(self.clause.start, m.start - 8) - 1, -1):
                kinds = c.reference_nouns.get(w[j])
                if kinds:
                    return w[j], kinds
                if w[j] in c.hard_boundaries:
                    break
        limit = min(self.clause.end, m.end + c.reference_window)
        for j in range(m.end, limit):
            kinds = c.reference_nouns.get(w[j])
            if kinds and w[j] in _VAGUE_ACTS and j + 1 < self.v.end \
                    and w[j + 1] in ("to", "of", "at", "by"):
                break  # "an attempt to take the capital", "an act of aggression": a kind of act
            if kinds:
                return w[j], kinds
            if _only_quotes(w[m.end : j + 1]) or (w[j] == "by" and _only_quotes(w[m.end : j])):
                continue  # '"deeply shocked" by the attacks': named right after the trigger
            if (w[j] in c.prepositions and w[j] != "of") or w[j] in c.hard_boundaries:
                break
        return "", ()

    def names_two_states(self) -> bool:
        """Whether the sentence names the article's two sides as states anywhere ("both
        neighbours", "the two countries"), as a mediation may do before its trigger."""
        w, c = self.w, self.c
        if not self._has("collective_sides", c.collective_sides):
            return False
        for j in range(self.v.start, self.v.end):
            n = c.collective_sides.match_at(w, j, self.v.end)
            if n and w[j + n - 1] in _STATE_SUBJECTS:
                return True
        return False

    def names_deal(self) -> tuple[str, ...]:
        """"brokered the agreement", "mediated the truce that took effect on January 12": the
        event types of a deal noun right after a mediation trigger, before any preposition; or
        of the deal a passive trigger follows ("a ceasefire brokered by Angola", "the truce was
        arranged with the help of")."""
        m, w, c = self.m, self.w, self.c
        before = self.deal_before()
        if before:
            # A truce brokered between sides with no earlier truce is their deal's.
            return before if "AGREE" in before else (*before, "AGREE")
        limit = min(self.clause.end, m.end + c.reference_window)
        for j in range(m.end, limit):
            kinds = c.mediation_deals.get(w[j])
            if kinds:
                return kinds
            if w[j] in c.prepositions or w[j] in c.hard_boundaries or w[j] == ",":
                return ()
        return ()

    def deal_before(self) -> tuple[str, ...]:
        """The event types of the deal a passive mediation trigger follows ("a *ceasefire*
        brokered by Angola", "the *truce* was arranged with the help of"): the deal it brought
        about, told in this sentence; () when there is none."""
        m, w, c = self.m, self.w, self.c
        j = m.start - 1
        while j > self.clause.start and (w[j] in c.be_forms or w[j] in ("had", "has", "have")):
            j -= 1
        if j > self.v.start and w[j] in ("it", "they") and w[m.start].endswith("ed"):
            j -= 1  # "a ceasefire it had brokered"
        elif j > self.v.start and w[j] == "," and w[m.start].endswith("ed"):
            j -= 1  # "The truce, announced by the U.N. envoy,"
        if j >= self.v.start and w[m.start].endswith("ed"):
            return c.mediation_deals.get(w[j], ())
        return ()

    def retaliation(self) -> bool:
        """"vowed to retaliate", "promised a harsh response": an answer to an attack."""
        m, w, c = self.m, self.w, self.c
        end = min(self.clause.end, m.end + 2)
        if not c.retaliation.isdisjoint(w[m.start : end]):
            return True
        if m.pattern.type != "THREATEN":
            return False
        if m.pattern.mode == "force":
            # "Whoever attacks our capital will be met with force," Serraj said: a threat of
            # force that names no one is aimed at whoever has been attacking the speaker's camp.
            return True
        # "warned that any further attacks would be met with a harsh response", "vowed that
        # troops will launch counterattacks": the threat's own content answers an attack.
        for j in range(m.end, min(self.v.end, m.end + _THREAT_REACH)):
            if w[j] in (";", ":"):
                return False
            if w[j] in c.retaliation:
                return True
        return False

    def s_reporter(self) -> list[ActorSpan]:
        """Whoever says it ("Whoever attacks our capital will be met with force," Serraj said)."""
        found = reporters(self.r, self.v, self.m)
        if not found:
            return []
        if len(found) > 1 and found[0].end < self.v.end and \
                self.w[found[0].end] in ("'s", "’s") and found[1].start == found[0].end + 1:
            # "Lebanon's Hezbollah said", "Yemen's Houthis said": the owned group speaks, not
            # the country that owns it
            found = found[1:]
        # "Their military spokesman, Yahya Saree, said ...": the title's name speaks.
        named = self._qualified(found[0], found[-1].end)
        if named is not None and named in found:
            return [named]
        # "Israel and the United States have said ...": every speaker of a list.
        group = self.v.group(found[0])
        return group if all(s in found for s in group) else found[:1]

    def s_left(self) -> list[ActorSpan]:
        m, w = self.m, self.w
        for gap in range(0, 4):
            end = m.start - gap
            if end <= self.v.start:
                break
            span = self._span_ending(end, skip=(",", "the"))
            if span is not None:
                return self.v.group(span)
            actor = self.r.demonym(w[end - 1])
            if actor is not None:  # "Turkish-backed forces"
                return [ActorSpan(end - 1, end, (actor,), "demonym")]
            if gap == 0 and w[end] == "-":
                # "a Moscow-brokered truce": a capital hyphenated to the trigger is its state.
                text = self.r.state.tokens.text
                for n in (2, 1):
                    if end - n > self.v.start and text[end - n][:1].isupper():
                        capital = self._metonym_span(end - n, end)
                        if capital is not None:
                            return [capital]
        return []

    def s_right(self) -> list[ActorSpan]:
        m = self.m
        # A phrase may run across a clause opener ("backed and directed by Rwanda"): the clause
        # its last word is in.
        end = max(self.clause.end, self.v.clause_at(m.end - 1).end)
        reach = self.c.windows["right"]
        reach += self.w[m.end : m.end + reach].count('"')  # a quote mark takes no word's place
        found = self._span_from(m.end, min(end, m.end + reach))
        if len(found) > 1 and m.pattern.relation is not None:
            found = self._list_before_new_clause(found)
        if not found and end < min(self.v.end, m.end + reach) and self.w[end] in ("and", "or"):
            # "talks brokered by regional leaders and Brazil": the list's first member names
            # no actor, and its conjunction was read as a new clause; the next member, right
            # after the conjunction (or its article), is the one named.
            after = end + 2 if end + 2 < self.v.end and self.w[end + 1] == "the" else end + 1
            found = [s for s in self._span_from(end + 1, min(self.v.end, m.end + reach))
                     if s.start <= after]
            if found and found[-1].end < self.v.end and \
                    self.w[found[-1].end] not in _MEMBER_ENDS and \
                    self.w[found[-1].end] not in self.c.prepositions:
                # "concerned by the reports and the United States urged the authorities": a
                # conjunct that goes on with its own verb is the next clause's subject.
                found = []
        if not found and m.end < self.v.end and self._addressee_type and (
                self.w[m.end - 1] == "to" or (m.pattern.type == "CONSULT" and (
                    self.w[m.end - 1] == "with"
                    or self.w[m.end - 2:m.end] in (["counterparts", "in"],
                                                   ["counterpart", "in"])))):
            # "spoke to Qatar", "appealed to Ethiopia": whom it was said to, no destination;
            # "began talks with Washington", "spoke to his counterparts in Islamabad and Kabul":
            # the governments talked with
            found = self._place_as_actor(m.end)
            if found and m.pattern.type == "CONSULT" and found[-1].end + 1 < self.v.end and \
                    self.w[found[-1].end] == "and":
                found = found + self._place_as_actor(found[-1].end + 1)
        if self.w[m.end - 1] == "with" and m.end < self.v.end and \
                m.pattern.relation is not None and (not found or found[0].start > m.end):
            # "Cairo signed a defence pact with Mogadishu", "at odds with Kigali over the M23":
            # the capital a tie is with stands for its government
            found = self._place_as_actor(m.end) or found
        return found

    def _list_before_new_clause(self, found: list[ActorSpan]) -> list[ActorSpan]:
        """"as part of a coalition against Islamic State, and Sudani's government has begun
        talks": a member after ", and" that goes on with its own auxiliary opens a new clause
        and ends the list."""
        w, c = self.w, self.c
        for k, span in enumerate(found[1:], 1):
            if span.start >= 2 and w[span.start - 1] == "and" and w[span.start - 2] == "," and \
                    span.end < self.v.end and (w[span.end] in c.be_forms
                                               or w[span.end] in c.perfect_auxiliaries
                                               or w[span.end] in _CLAUSE_MODALS):
                return found[:k]
        return found

    def s_appositive(self) -> list[ActorSpan]:
        m, w, c = self.m, self.w, self.c
        after = next((s for s in self.v.by_start.get(m.end, ())), None)
        if after is not None and after.actors and \
                self.r.actor_type(after.actors[0]) == "person":
            return []  # "Freeland, U.S. Trade Representative Robert Lighthizer": a new person
        lowest = max(self.v.start, m.start - c.windows["appositive"])
        for p in range(m.start - 1, lowest - 1, -1):
            if w[p] in c.hard_boundaries:
                return []
            if w[p] == ",":
                span = self._span_ending(p)
                return self.v.group(span) if span is not None else []
        return []

    def patient_agent(self) -> list[ActorSpan]:
        """"A ceasefire initiative unveiled by Sisi ... was rejected by the GNA": a passive
        whose subject is a thing some actor made or sent (a participle and its *by* agent
        right after the noun that opens the sentence) is aimed at that actor."""
        w, c = self.w, self.c
        text = self.r.state.tokens.text
        start = self.v.start
        aux = self.m.start - 1
        while aux > start and w[aux] in c.adverbs:
            aux -= 1
        if w[aux] not in c.be_forms or any(
                cl.opener in ("report", "rel", "sub") and start < cl.opener_start < self.m.start
                for cl in self.v.clauses):
            return []
        for j in range(start + 1, min(aux, start + _PATIENT_WORDS + 1)):
            if w[j] == "by" and (w[j - 1].endswith("ed") or w[j - 1] in _MADE):
                if j - 1 == start or any(not (text[k].isalpha() and text[k].islower()) and
                                         text[k] != "-" for k in range(start + 1, j)):
                    return []
                found = self._span_from(j + 1, min(aux, j + 4))
                return [s for s in found if s.end <= aux]
        return []

    def s_namer(self) -> list[ActorSpan]:
        """"in what Beijing called a stern warning to the island's president": the actor
        between "what" and a verb of naming that the noun trigger completes."""
        w, m = self.w, self.m
        j = m.start - 1
        while j > self.v.start and m.start - j <= 4 and w[j] not in _NAMER_VERBS:
            if not (w[j].isalpha() and w[j].islower()):
                return []
            j -= 1
        if w[j] == "as" and j - 1 > self.v.start and w[j - 1] in _NAMER_VERBS:
            j -= 1
        if w[j] not in _NAMER_VERBS:
            return []
        span = self._span_ending(j)
        if span is None or span.start - 1 < self.v.start or w[span.start - 1] != "what":
            return []
        return self.v.group(span)

    def owner_patient(self) -> list[ActorSpan]:
        """"no Pakistani military installations had been hit": the passive's subject is a
        thing an actor named before it owns; what was hit is that actor's."""
        w, c = self.w, self.c
        text = self.r.state.tokens.text
        head = self.m.start
        while head - 1 > self.clause.start and (w[head - 1] in c.be_forms or w[head - 1] in (
                "had", "has", "have", "been") or w[head - 1] in c.adverbs):
            head -= 1
        if head == self.m.start or w[head] not in c.be_forms and w[head] not in (
                "had", "has", "have", "been"):
            return []
        for span in self.v.spans[self.v.first_from(self.clause.start):]:
            if span.start >= head:
                break
            if not span.locative and span.kind != "pronoun" and 0 < head - span.end <= 2 and all(
                    text[k].isalpha() and text[k].islower() and w[k] not in c.prepositions
                    for k in range(span.end, head)):
                return [span]
        return []

    def bare_them(self, sources: list[str]) -> list[ActorSpan]:
        """"A group of demonstrators tried to break into the compound ... before security
        forces dispersed *them*": a "them" right after a verb trigger that the actor stage left
        unresolved is the nearest group named before it in the sentence (a collective noun
        or a list), other than the source; one the actor stage read as the source itself ("the
        United States would stop bombing *them*") is also a group named in the plural."""
        m, w = self.m, self.w
        if m.pattern.kind != "verb" or self.passive or m.end >= self.v.end or \
                w[m.end] != "them":
            return []
        read = self.v.by_start.get(m.end)
        if read and not all(span.coreferent and set(span.actors) <= set(sources)
                            for span in read):
            return []
        for span in reversed(self.v.spans):
            if span.end > m.start or span.coreferent or set(span.actors) & set(sources):
                continue
            group = self.v.group(span)
            if span.kind == "agent" or len(group) > 1 or read and self._plural_name(span):
                return group
        return []

    def _plural_name(self, span: ActorSpan) -> bool:
        """"the Houthis had capitulated and the United States would stop bombing *them*": a
        group named in the plural ("the Houthis", "the Taliban" is not) is a "them" too; not a
        state whose name ends in a plural ("the United States")."""
        last = self.w[span.end - 1]
        the = self.w[span.start] == "the" or span.start > 0 and self.w[span.start - 1] == "the"
        return span.kind in NAME_KINDS and not span.locative and the and \
            last.endswith("s") and last not in _PLURAL_STATE_WORDS

    def plural_pronoun(self, span: ActorSpan) -> list[ActorSpan]:
        """"condemned the air strikes by the Syrian regime and Russia, called on *them* to
        halt": "them" (read as one actor) is the whole list it stands for earlier in the
        sentence."""
        if span.kind != "pronoun" or self.w[span.start] not in ("them", "they"):
            return [span]
        for other in reversed(self.v.spans):
            group = self.v.group(other)
            if other.end <= span.start and len(group) > 1 and \
                    set(span.actors) <= set(_actors(group)):
                return group
        return [span]

    def killed_in(self) -> list[ActorSpan]:
        """"its leader Hassan Nasrallah had been killed in an Israeli air strike", "three
        soldiers died in a rebel attack": who was killed or hurt in an attack is its target."""
        m, w = self.m, self.w
        for p in range(m.start - 1, max(self.v.start + 1, m.start - 6) - 1, -1):
            if w[p] in _CLAUSE_MARKS:
                return []
            if w[p] == "in" and w[p - 1] in _HARMED:
                at = p - 1
                return self.clause_subject(self.v.clause_at(at), at)
        return []

    def s_ruler(self) -> list[ActorSpan]:
        """"Army officers seized power ... minutes after the electoral authority declared
        President Ali Bongo the winner": whom a coup removes is the head of state or government
        its sentence names (a person whose office over a state, by the knowledge base, he held
        on the article's date or in the month before it)."""
        state = self.r.state
        if state.published is None:
            return []
        day = state.published.isoformat()
        before = (state.published - _RULER_WINDOW).isoformat()
        kb = state.kb
        for span in self.v.spans:
            for actor_id in span.actors:
                actor = kb.actors.get(actor_id)
                if actor is None or actor.type != "person" or actor_id in self.sources:
                    continue
                for role in actor.roles:
                    org = kb.actors.get(role.org or "")
                    if org is not None and org.type == "state" and \
                            role.title.startswith(_RULER_TITLES) and \
                            (role.held_on(day) or role.held_on(before)):
                        return [span]
        return []

    def requester(self) -> list[ActorSpan]:
        """The actor of "at X's request", "at the request of X" in the trigger's sentence."""
        w = self.w
        for j in range(self.v.start, self.v.end - 2):
            if w[j] != "at":
                continue
            if w[j + 1 : j + 4] == ["the", "request", "of"]:
                return self._span_from(j + 4, min(self.v.end, j + 8))
            k = j + 2 if w[j + 1] == "the" else j + 1
            span = next((s for s in self.v.by_start.get(k, ()) if not s.attributive), None)
            if span is None:  # a country the actor stage left as a place
                span = next(iter(self._place_as_actor(k)), None)
            if span is not None and w[span.end : span.end + 2] in (["'s", "request"],
                                                                   ["'", "request"]):
                return [span]
        return []

    def s_invited(self) -> list[ActorSpan]:
        """The guests of a summit named as invited later in its sentence ("would host a summit
        ..., and that both Kagame and Tshisekedi had been invited"; "..., and invited Kagame")."""
        w, c = self.w, self.c
        for j in range(self.m.end, self.v.end):
            if w[j] in c.hard_boundaries:
                return []
            if w[j] != "invited":
                continue
            p = j - 1
            while p > self.m.end and w[p] in c.adverbs:
                p -= 1
            if w[p] in c.be_forms:  # "had been invited": its subject, after the trigger
                clause = self.v.clause_at(p)
                found = self._first_subject(max(clause.start, self.m.end), p)
                return [s for s in found if s.start >= self.m.end]
            return self._span_from(j + 1, min(self.v.end, j + 1 + c.windows["object"]))
        return []

    def s_list(self) -> list[ActorSpan]:
        m, w, c = self.m, self.w, self.c
        limit = min(self.v.end, m.end + 8)
        for j in range(m.end, limit):
            n = c.list_openers.match_at(w, j, limit)
            if n:
                return self._span_from(j + n, min(self.v.end, j + n + 4))
        return []


# strategy -> its method ("subject" -> _Finder.s_subject), looked up once.
_STRATEGY_METHODS: dict[str, Callable[[_Finder], list[ActorSpan]]] = {
    name[2:]: method for name, method in vars(_Finder).items()
    if name.startswith("s_") and callable(method)
}
