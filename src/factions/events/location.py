"""Where and when an event happened: the place mention and the date expression attached to its
trigger.

A place is taken from ``state.places`` (the geo stage): the first place named inside the trigger
("the Pretoria talks") or after it in its clause ("advance west towards Tripoli", "seize the
oilfields of southern Libya"), else the last one before it; else a locative elsewhere in the
sentence ("told reporters in Mekelle that ..."); else, for events on the ground, a definite "the
city" read as the place the article named. Each event says where its place was read
(``Event.place_basis``). A date comes from ``factions.dates`` over the trigger's sentence: the
nearest date in its clause, else in the sentence; with no date the event carries the publication
date at its precision.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import filterfalse
from typing import TYPE_CHECKING

from factions.dates.patterns import word_after
from factions.dates.vocab import DOCUMENT_NOUNS, NUMBERS
from factions.events.matcher import Match
from factions.events.sentence import Clause, DocReading, SentenceView, closes_relative
from factions.model import Place

if TYPE_CHECKING:
    from factions.dates.values import DateValue

try:  # the dates stage may be absent in a trimmed install; then events carry publication dates
    from factions.dates import find_dates
except ImportError:  # pragma: no cover
    find_dates = None  # type: ignore[assignment]

_YEAR = re.compile(r"^(19|20)\d\d$")
# Openers of a clause that tells what brought about the act before it ("shut ... after a rocket
# attack killed four soldiers").
_CAUSE_OPENERS = frozenset({"after", "following"})

# "Trump received both ministers later in the day", "In a decree issued hours later", "claimed
# attacks on three bases that day" (the same day, however many sentences of its scene came
# between). A day counted from another ("the next day", "a week later") is the dates module's.
_RELATIVE = re.compile(
    r"\b(?:(?:later|earlier)\s+(?:in\s+the|that)\s+(?P<same>day)|the\s+same\s+(?P<same2>day)|"
    r"(?:most|much|all|the\s+rest)\s+of\s+the\s+(?P<same4>day)|throughout\s+the\s+(?P<same5>day)|"
    r"(?<!\bon\s)(?<!\bof\s)(?<!\bsince\s)(?<!\buntil\s)that\s+(?P<that>day)(?!\s+(?:when|of)\b)|"
    r"(?:a\s+few\s+|several\s+|\w+\s+)?(?P<same3>hours|minutes)\s+(?:later|earlier)(?!\s+than\b))\b",
    re.IGNORECASE)


# "a day after ...", "two days after ...": a day before the one the sentence tells.
_DAYS_AFTER = re.compile(r"\b(?P<n>a|one|two|three|four|five|six|\d)\s+days?\s+(?P<after>after)\b",
                         re.IGNORECASE)


# The dateline before the lede ("MAPUTO, Aug 9 -", "GOMA/KINSHASA, Jan 28 (Reuters) -"): the
# day the story was filed, not a date of what it tells.
_DATELINE_BEFORE = re.compile(r"[A-Z][A-Z .'/-]*(?:,\s*[A-Z][\w .'-]*)?,\s*$")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^)]{0,40}\)\s*)?[-–—]")


# "after the talks": a meeting the story told before, whose day a later act shares.
# "since the war in Gaza began on Oct. 7": a day a "since" clause holds opens a span.
_SINCE_BEFORE = re.compile(r"\bsince\b(?:\W+[\w'-]+){0,8}?\W+(?:on|in)?\W*$", re.IGNORECASE)
_AFTER_MEETING = re.compile(
    r"\bafter\s+the\s+(talks|meeting|summit|negotiations)\b", re.IGNORECASE)


# How many days before publication a lede's day may lie (a weekday of the past week).
_WEEK_DAYS = 6


# A part of the day with no day named: the day told before ("shortly before dawn").
_DAY_PART = re.compile(
    r"\b(?:before dawn|at dawn|at daybreak|in the early hours|before daybreak|"
    # "After nightfall the confrontation turned into gunfights": the night of that day
    r"(?:after|by|at)\s+nightfall|after dark|by (?:evening|nightfall|night)|"
    r"later that (?:night|evening))\b", re.IGNORECASE)


# A sentence that moves the story's time on or back from the day told before ("Two nights
# later, ...", "The next day", "a week earlier"): no day is carried through it.
_SHIFTED = re.compile(r"\b(?:later|earlier|next|following|previous|ago|afterwards|"
                      r"subsequently|before)\b", re.IGNORECASE)


# A shift of a week or more from the time told before ("The following week, ...", "Weeks later
# the United States recognised ...", "two months later"): the sentence tells another time, not
# the day the sentence before named.
_LONGER_SHIFT = re.compile(
    r"\b(?:the\s+(?:following|next|previous)\s+(?:week|month|year)s?|"
    r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|some|a\s+few|few|\d+)\s+)?"
    r"(?:week|month|year)s?\s+(?:later|earlier|afterwards|on))\b", re.IGNORECASE)


def _days_told(dates: list[tuple[int, int, str, str, bool, str]]
               ) -> list[tuple[int, int, str, str, bool, str]]:
    """The plain days among a sentence's ``dates``: a day, not a span, with no form (no
    attributive, duration or counted-back day)."""
    return [d for d in dates if d[3] == "day" and not d[4] and not d[5]]


def _after_report(value: DateValue, dates: list[tuple[int, int, str, str, bool, str]]) -> bool:
    """Whether a weekday ``value`` read backwards falls on or before the last plain day told
    before it (the day of the report whose future it is: "said on Sunday evening that his team
    would meet the Russian side on Monday"), so that the future's day is the next one."""
    days = _days_told(dates)
    return value.precision == "day" and value.value is not None and bool(days) \
        and value.value <= days[-1][2]


def _dateline_date(text: str, sent_start: int, start: int, end: int) -> bool:
    """Whether the date at ``start:end`` is the dateline's, at the head of its sentence."""
    return start - sent_start <= 60 and \
        _DATELINE_BEFORE.match(text, sent_start, start) is not None and \
        _DATELINE_AFTER.match(text, end) is not None


def _may_count_days(text: str) -> bool:
    """Whether ``text`` may hold a ``_RELATIVE`` day: every one has "day", "later" or "earl" in
    it, whatever the case (a quick test before the search)."""
    lower = text.lower()
    return "day" in lower or "later" in lower or "earl" in lower


_JOINED = re.compile(r",?\s+(?:and|to|through|until|till)\s+|\s*[-–]\s*")
# A claim of responsibility for an attack already told ("claimed responsibility").
_CLAIM = re.compile(r"\bclaim(?:ed|s|ing)? (?:responsibility|credit)\b")
# A future before a date that does not say which way it points ("will hold a conference on
# Tuesday", "said he would host a summit on Wednesday", "before an expected visit in August"),
# with no report or past tense between them ("will withdraw, officials said on Tuesday").
# What opens the end of a span: "until the end of 2028", "through March".
# A reporting verb right before a date ("said on Tuesday", "told reporters on Monday").
_SAID_ON = re.compile(r"\b(?:said|says|told reporters|announced|stated|added|claimed)\s+"
                      r"(?:(?:late|early)\s+)?(?:on\s+)?$", re.IGNORECASE)
# Prepositions of a date in a participle aside (", appointed in May,", ", deployed since 1999,").
_ASIDE_PREPS = frozenset({"in", "on", "since", "at", "last", "earlier", "this"})
# A contact clause (a relative clause with no pronoun) after a noun the trigger's clause names:
# "dissolving the Sovereign Council, the joint military-civilian body he had chaired since 2019"
# (the date is the chairing's). Not after a reporting verb or a conjunction ("said he had").
_CONTACT_CLAUSE = re.compile(
    r"\b(?!(?:said|says|say|told|announced|added|claimed|stated|and|that|but|as|because|after|"
    r"when|while|before|since|if|so|which|who|where)\b)[a-z]+ (?:he|she|they|we|it) "
    r"(?:had|has|have) (?:\w+ )?\w+(?:ed|en|ld|ght)\b")
_UNTIL = re.compile(r"\b(?:until|till|through)(?: the (?:end|middle|start) of)?\s*$", re.I)
_FUTURE = re.compile(
    r"(?:\b(?:will|shall|(?P<would>would))|['’]ll|(?<!\bwas\s)(?<!\bwere\s)\b(?:due|set|expected|"
    r"scheduled|planning|plans?)\s+to|\b(?:an?|the|its|their|his|her)\s+(?:expected|planned|"
    r"scheduled|upcoming|proposed)|\bupcoming"
    # a handover told in the present: "who hands power to Claudia Sheinbaum on Oct. 1"
    r"|\b(?:hands|hand)\s+(?:over\s+)?power|\b(?:leaves|takes)\s+office|\bsteps\s+down"
    # an arrangement told in the present progressive, up to its date in the same clause: "who
    # is hosting a conference on Sudan in London on Tuesday"
    r"|\b(?P<progressive>(?:is|are)\s+(?:hosting|holding|meeting|visiting|chairing|convening))"
    r"\b(?=[^,.;:]*$))\b"
    r"(?:(?!\b(?:said|says|told|tells|announced|added|reported|was|were|had|has|have)\b)"
    r"[^.;:])*$", re.IGNORECASE)
# What opens a date from which something runs ("from August 1", "starting Monday").
# "activate a security pact *signed in* 2001": a participle after a noun with its own date,
# which dates that noun's making, not the acts of the clause around it.
# A time phrase naming another act ("after the coups", "following the attack", "since the
# 2021 takeover").
_AFTER_ACT = re.compile(r"\b(?:after|following|since)\s+(?:the|a|an|its|their|his|her|last)\s",
                        re.IGNORECASE)
_NOUN_MADE_ON = re.compile(r"\b(?:pact|deal|accord|agreement|treaty|truce|ceasefire|memorandum|"
                           r"declaration|framework|understanding|communique|protocol|charter|"
                           r"alliance|mechanism|roadmap)s?,?\s+(?P<participle>signed|agreed|"
                           r"reached|concluded|brokered|struck|sealed|adopted|ratified|"
                           r"established|created|set\s+up|announced|mediated)"
                           r"(?:\s+by(?:\s+[\w.'’-]+){1,6}?)?\s+(?:in|on)\s+$", re.IGNORECASE)
# "lifted a nationwide curfew *it had imposed on* Monday afternoon", "the ban they announced in
# March": a clause with no relative pronoun after a noun, whose date tells when that noun was
# made, not when the act on it was.
_NOUN_MADE_BY = re.compile(r"\b(?:the|a|an|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?[\w-]+\s+"
                           r"(?P<clause>(?:it|they|he|she|we)\s+(?:had\s+|has\s+|have\s+)?"
                           r"[a-z]+(?:ed|en|t))\s+(?:[\w'’-]+\s+){0,3}?(?:on|in)\s+$")
# "Prime Minister Ranil Wickremesinghe, *appointed in* May, said he was willing to resign": a
# participle set off by commas after a name, whose date tells when that happened to the one
# named, not when the acts of the sentence around it did.
_APPOSED_MADE = re.compile(r",\s+(?P<participle>appointed|elected|re-elected|named|installed|"
                           r"sworn\s+in|chosen|inaugurated|freed|released|arrested|detained|"
                           r"ousted|deposed|jailed|convicted|sentenced|founded|formed|created|"
                           r"established|elevated|promoted|reinstated)\s+"
                           r"(?:[\w.'’-]+\s+){0,5}?(?:in|on)\s+$",
                           re.IGNORECASE)
# How far before a date such a noun may stand ("The two-month truce, announced by U.N. special
# envoy Hans Grundberg on April 1, took effect ... the next day": the announcing's day).
_NOUN_MADE_REACH = 90
# Words of a deal's signing, in the sentence after a lead that tells the deal with no day.
_SIGNING = re.compile(r"\b(?:signed|inked|sealed|initialled|initialed|clinched)\b", re.I)
_FROM_DATE = re.compile(r"\b(?:from|starting|beginning|effective|as of)\s+$", re.IGNORECASE)


def _soon_after(value: str | None, published: dt.date | None) -> bool:
    """Whether the ISO date ``value`` falls within 45 days after publication."""
    if value is None or published is None or len(value) < 10:
        return False
    try:
        gap = (dt.date.fromisoformat(value[:10]) - published).days
    except ValueError:
        return False
    return 0 <= gap <= 45


def _ended_long_ago(end: str | None, published: dt.date | None) -> bool:
    """Whether a span of time ended years before publication ("between 2008 and 2011"): a
    period of the past, dated like a past day, not a span that runs up to the story."""
    return end is not None and published is not None and end[:4].isdigit() \
        and int(end[:4]) < published.year - 1


# A place named after one of these is where something happened ("told reporters in Mekelle").
# "said calm had returned to the capital and urged residents ...": where calm came back is the
# scene of what is said about it
_RETURNED_TO = (["returned", "to"], ["restored", "to"], ["returning", "to"], ["back", "to"])
_LOCATIVES = frozenset({"in", "at", "near", "around", "outside", "inside", "across", "throughout",
                        # being there: "Haftar left the Russian capital without signing"
                        "left", "leaving", "leaves", "visited", "visiting", "visits",
                        "reached", "reaching", "reaches"})
# A noun, then a participle with its object, then a locative right before a place: "the force
# fighting jihadists around", "troops battling insurgents in" (see ``_where_they_are``).
_QUALIFYING_PARTICIPLE = re.compile(
    r"\b(?P<head>[A-Za-z]+)\s+[a-z]+ing\s+(?:[a-z]+\s+){1,2}"
    r"(?:in|near|around|across|throughout)\s+(?:the\s+)?$")
# Words before a participle that make it the act itself, not a qualifier of a noun.
_NOT_A_HEAD = frozenset({"of", "for", "by", "to", "in", "on", "from", "against", "without", "with",
                         "after", "before", "while", "when", "since", "about", "over", "and",
                         "or", "but", "the", "a", "an", "its", "their", "his", "her", "our",
                         "is", "are", "was", "were", "be", "been", "being", "am", "not",
                         "kept", "keep", "keeps", "began", "begun", "started", "stopped",
                         "continued", "accused", "charged", "who", "which", "that"})
_LOCATIVE_WORD = re.compile(r"(?:in|at|near|around|outside)\b", re.IGNORECASE)  # "near Gharyan"
# A sentence opening on a locative: "In Kinshasa, ..."
_FRONTED = re.compile(r"\s*(?:in|at)\s+(?:the\s+)?(?:(?:[a-z-]+\s+){0,3}(?:city|town|village|"
                      r"capital|district|region|province|county|state)\s+of\s+)?",
                      re.IGNORECASE)  # "In Kinshasa,", "In the port city of Mombasa,"
# A place after one of these and "for", "to" or "on" is part of a title: "the U.S. special envoy
# for the Horn of Africa".
_TITLES = frozenset({"envoy", "adviser", "advisor", "representative", "coordinator",
                     "commissioner", "minister", "secretary", "ambassador", "director", "czar",
                     "tsar"})
_TITLE_LINKS = frozenset({"for", "to", "on"})
# A place after these is a cause an act serves, not its scene: "in support of Gaza".
_CAUSE_LINKS = frozenset({("support", "of"), ("solidarity", "with"), ("behalf", "of"),
                          ("defence", "of"), ("defense", "of")})
# A definite place noun standing for a place named before: "the city", "the South African
# capital" (not "the region's president", nor "the city of Goma" or "the capital Sanaa", which
# name their place).
_DEFINITE_PLACE = (r"\bthe\s+(?:[A-Za-z-]+\s+){0,2}?(city|capital|town|village|enclave|crossing|"
                   r"region|province|country|airport|palace|camp)\b")
_ANAPHOR = re.compile(_DEFINITE_PLACE + r"(?!'s|\u2019s|\s+of\s|(?-i:\s+[A-Z]))", re.IGNORECASE)
# "troops to the state", "suspended across the state": the federal state (an Indian state, a
# US state) the article named before; only the bare lower-case noun (not "the Islamic State",
# "the state government", "the state of Roraima").
_STATE_ANAPHOR = re.compile(
    r"\bthe\s+(state)\b(?!['’]s|\s+(?:of|government|governments|police|media|television|tv|"
    r"department|assembly|legislature|council|broadcaster|news|governor|election|elections|"
    r"forces|security|apparatus|visit|funeral|secretary|prosecutor|budget|oil|company|firm|"
    r"agency|capital|house|level|apparatus|authorities|officials|run|owned|controlled)\b)")
# A possessive place noun after a locative is a part of that place, and so in it ("across the
# city's main avenues", "on the town's outskirts"); not "the region's president".
# From a trigger to a place noun right after it: "withdrew from the city", "fled into the town".
_TRIGGER_TO_ANAPHOR = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:from|into|in|inside|out of|of|to|"
                                 r"towards?|across|around)\s+(?=the\s)")
_PART_OF_ANAPHOR = re.compile(_DEFINITE_PLACE + r"(?='s|\u2019s)", re.IGNORECASE)
_TO_A_PART = frozenset({"in", "on", "across", "near", "around", "outside", "inside", "into",
                        "throughout", "at"})
# Any definite place noun, a possessive one too ("the region's president").
_PLACE_NOUN = re.compile(_DEFINITE_PLACE, re.IGNORECASE)
_SETTLEMENTS = frozenset({"capital", "city", "admin_seat", "town", "village", "port", "district"})
# Events that happen on the ground somewhere: with no place named in their sentence, a definite
# "the city" places them. Statements, demands and meetings take one only after a locative ("was
# signed in the South African capital").
_GROUNDED = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "PROTEST", "RETREAT", "AID"})
# A locative preposition right before a place.
_AT_PLACE = re.compile(r"\b(?:at|in|near|outside|inside)\s+(?:the\s+)?$")
# Acts whose scene goes on into the next sentence of the paragraph when it names no place.
_SCENE_TYPES = frozenset({"ASSAULT", "COERCE", "PROTEST"})
# Statements and sanctions: a place their clause names is what they are about ("accused the UAE
# of arming the RSF through Chad"), not where they were made, unless a locative says so ("told
# a news conference in Addis Ababa that ...").
_SPOKEN = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT", "SANCTION"})
# Statements only (what is said, not done), and who speaks for a state in them.
_STATEMENTS = frozenset({"ACCUSE", "REJECT", "THREATEN", "SUPPORT", "REQUEST"})
_HOME_SPEAKERS = frozenset({"state", "government", "person"})
# Past verbs of an act of one's own that opens a coordinated clause ("condemned the bombings and
# visited Gwoza"), besides those in -ed.
_OWN_ACT_VERBS = frozenset({"met", "went", "flew", "left", "spoke", "made", "took", "held",
                            "began", "led", "sent", "told"})
# Participles of a speaker's own presence: ", meeting in Cairo, said" is where it was said.
_SPEAKERS_PRESENCE = frozenset({"meeting", "speaking", "talking", "gathered", "gathering"})


# A body or its people "in" a place ("the U.S. embassy in Dhaka urged", "urged the Taliban
# government in Kabul to", "the National Security Council in Washington called it"): the place
# is where that body sits, not where a statement, demand or meeting of it happened (see
# ``_seat``).
_SEATED = frozenset({"embassy", "embassies", "mission", "government", "authorities", "officials",
                     "council", "administration", "leadership", "junta", "regime", "rulers",
                     "consulate", "cabinet"})
# Words before a body that make its place a scene: "at the UN Security Council in New York",
# "heading to the Mexican embassy in Lima", or the body the agent of another act the event is
# about ("summoned the ambassador over a video posted by the Ukrainian embassy in Dakar").
_TO_A_SEAT = frozenset({"at", "in", "to", "into", "outside", "inside", "near", "from", "toward",
                        "towards", "visited", "visiting", "visit", "stormed", "attacked", "by"})
_DETERMINERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


# An accusation and its "of" complement up to a place: "accused Kyiv of backing terrorist
# groups in", "accuse Duterte of the murder of dozens of people by police and hit squads in":
# the place is where the act charged happened, not where the charge was made.
_ACCUSED_OF = re.compile(r"\b(?:accus|charg|blam)\w*\b[^.;:!?]{0,90}?\bof\s[^.;:!?]{0,90}$",
                         re.IGNORECASE)


# An infinitive between a statement's trigger and a place ("declined Zelensky's challenge to
# meet him in person in Turkey"): the place is where the act said would happen.
_INFINITIVE_BEFORE = re.compile(r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b|his\b|her\b)"
                                r"[a-z]+\b[^.;:!?]{0,60}$")


# A war "in" a place ("welcomed any effort to help end the war in Yemen", "has hosted Hamas's
# political office ... mediating in the war in Gaza", "endangering peace in Europe"): the place
# is where that war is, not where a statement, meeting or deal about it happened.
# (Not for fighting alongside someone, COOPERATE: "fought alongside the army in the war in
# Tigray" is there; nor "a summit on the crisis in Harare", which may be the venue.)
# A place naming a war or a dispute ("pledge not to use force in Essequibo row", "talks to end
# the Tigray war") is what a statement, meeting or deal is about, not where it happened.
_TOPIC_AFTER = re.compile(r"\s+(?:war|wars|conflict|crisis|row|dispute|standoff|feud)\b")
# So are what a deal or a statement is about that lies in a place ("an accord on maritime
# boundaries in the eastern Mediterranean", "pledged to keep its military presence in Syria").
_WAR_IN = re.compile(r"\b(?:war|wars|conflict|conflicts|peace|boundaries|boundary|claims|"
                     r"presence)\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central)\w*\s+)?$",
                     re.IGNORECASE)


# What joins a place to the larger one it lies in: "Kuriga in Kaduna state", "Kuriga, Kaduna".
# A place named after its kind, after a locative: "in the town of Kuriga", "near the village of";
# or after a destination: "sending extra troops to the state of Roraima".
_OF_PLACE = re.compile(
    r"\b(?:in|at|near|around|outside|inside|to|into)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:town|village|"
    r"city|district|province|region|state|area|hamlet|settlement|camp|county|municipality|island|"
    r"commune|locality|suburb|neighbou?rhood)\s+of\s+$", re.IGNORECASE)
# ... or "Tinzaouaten, a remote outpost in north-eastern Mali": the place an apposition locates
_CHAIN = re.compile(r",?\s+in\s+(?:the\s+)?(?:[A-Z][\w.-]*['’]s\s+)?|,\s+|"
                    r",\s+an?\s+(?:[\w-]+\s+){1,3}(?:in|of)\s+(?:the\s+)?")
# Between a place and the "where" of the relative clause about it ("in Gaza, where ...").
_WHERE_GAP = re.compile(r"\s*,?\s*")
# What joins coordinated places: "Iraq and Syria", "Aleppo, Hama and Homs".
_COORDINATED = re.compile(r",\s+|\s+and\s+|,\s+and\s+")
# What singles out a part of a country just named: ", including a petrol station in ".
_INCLUDING = re.compile(r",\s+(?:including|notably|especially|particularly|mainly|mostly)\s+"
                        r"(?:[\w'-]+\s+){0,6}(?:in|at|near)\s+(?:the\s+)?")
# A country's possessive right before another place ("Russia's Kursk region").
# Patterns whose "of" country is the event's place, and the gap between.
_INVADED_PLACE = frozenset({"assault.invasion"})
# "shot down drones that crossed into its airspace", "19 violations of Polish airspace": a
# state's airspace, territory or soil is in that state (the words between the owner and the
# noun: "its own airspace", "Iran's territorial waters").
_OWNED_GROUND = frozenset({"airspace", "territory", "soil", "waters"})
_OWNED_BETWEEN = frozenset({"own", "territorial", "sovereign"})
_LEAVING = frozenset({"leaving", "left", "leave", "leaves", "exiting", "exited", "outside",
                      "beyond"})
# What parts an act from a place told after it: "crossed into its airspace overnight *during* a
# large-scale attack on western Ukraine" happened in that airspace.
_ANOTHER_ACT = re.compile(r"[^.;]*?(?:,|\b(?:during|after|before|when|while|as|amid)\b)")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?")
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:(?:north|south|east|west|central|border)\w*\s+)?")
# "in Cameroon's English-speaking North-West region", "in Pakistan's southwestern province of
# Balochistan", "in Iraq's semi-autonomous Kurdistan region": up to three qualifying words (no
# preposition, verb or conjunction) and "province of" between a country's possessive and a place
# of its own
_QUALIFIED_GAP = re.compile(r"(?:['’]s)?\s+(?:of\s+)?(?:(?!(?:in|on|at|to|from|of|and|or|by|"
                            r"for|with|near|was|were|is|are|has|had|have)\s)[\w-]+\s+){0,3}?"
                            r"(?:(?:province|state|region|district|county|governorate|oblast)\s+"
                            r"of\s+)?", re.IGNORECASE)
# A place that qualifies the kind of the place named after it: "the Red Sea city of Aqaba", "the
# Black Sea port of Odesa", "the Black Sea resort of Sochi".
_MODIFIER_OF = re.compile(r"\s+(?:[a-z-]+\s+)?(?:city|town|port|resort|village|island)\s+of\s+")
# "in central Tehran", "outside northern Gaza": a part of the place after a locative
_DIRECTION_WORD = re.compile(r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?|central|"
                             r"downtown|greater")
# a mention that ends on a country's possessive and a direction ("Pakistan's southwestern",
# "Mali's central region")
_POSSESSIVE_PART = re.compile(r"['’]s\s+[a-z-]+(?:\s+(?:region|province|part))?$")
_COMMA = re.compile(r"\s*,\s*")


def _words_before(text: str, start: int) -> list[str]:
    """The (lower-case) words just before ``start``, "the" left out: "envoy for the" ->
    ["envoy", "for"]."""
    words = text[max(0, start - 40) : start].lower().split()[-3:]
    if words and words[-1] == "the":
        words.pop()
    return words


def _titled(words: list[str]) -> bool:
    return len(words) >= 2 and words[-1] in _TITLE_LINKS and words[-2] in _TITLES


def _fits(noun: str, place: Place) -> bool:
    """Whether ``place`` is of the kind ``noun`` names ("the city": a town or city)."""
    feature = place.feature
    if noun in ("city", "town", "village"):
        return feature in _SETTLEMENTS
    if noun in ("capital", "palace"):  # "the presidential palace": in the capital named
        return feature == "capital"
    if noun == "country":
        return feature == "country"
    if noun == "airport":
        return feature == "airport"
    if noun == "camp":  # "armed groups in the camp": the (refugee) camp named before
        return feature == "camp"
    if noun == "crossing":
        return feature in ("border_crossing", "town", "city")
    if noun == "enclave":
        return feature not in _SETTLEMENTS and feature != "country"
    return place.precision == 2 or feature in ("region", "admin1", "province")  # region, province


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
    # sentence -> its dates: (start, end, value, precision, is a span, form: "duration",
    # "attributive" or "")
    dates: dict[int, list[tuple[int, int, str, str, bool, str]]] = field(default_factory=dict)
    _date_like: frozenset[str] | None = None  # the document's words that may start a date
    # sentence -> its places that may be events', those after a locative, the one it opens on
    _free: dict[int, tuple[list[_PlaceMention], list[_PlaceMention], _PlaceMention | None]] = \
        field(default_factory=dict)
    # (sentence, after a locative only) -> the place its definite place noun stands for
    _anaphors: dict[tuple[int, bool], _PlaceMention | None] = field(default_factory=dict)
    # sentence -> the place its first act of a scene was read at in the sentence itself
    _scenes: dict[int, _PlaceMention] = field(default_factory=dict)
    # tokens [start, end) -> their original character span (asked again for each trigger)
    _spans: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict)
    # (sentence, trigger start, trigger end) -> its date (the coder asks again for attacks)
    _date_of: dict[tuple[int, int, int], tuple[str, str, bool] | None] = \
        field(default_factory=dict)
    # sentences that take a day carried through sentences before them with no date of their own
    _chained: set[int] = field(default_factory=set)
    # What ``_read_date`` asks of a sentence with no date of its own, again for each trigger of
    # it: ``_carried`` by (sentence, day_part, chain), ``_after_told`` and ``_claimed`` by
    # sentence. All read only the text and the dates of the document.
    _carried_of: dict[tuple[int, bool, int], tuple[str, str, bool] | None] = \
        field(default_factory=dict)
    _after_told_of: dict[int, tuple[str, str, bool] | None] = field(default_factory=dict)
    _claimed_of: dict[int, tuple[str, str, bool] | None] = field(default_factory=dict)

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

    def place_for(self, view: SentenceView, match: Match, kind: str | None = None,
                  speakers: Sequence[str] = ()) -> tuple[str | None, str | None, str | None]:
        """(Place id, place text as written, basis) for the event of ``match`` (of PLOVER type
        ``kind``), or (None, None, None). The basis says where the place was read: "clause" (the
        trigger's own clause), "sentence" (a locative elsewhere in its sentence: "told reporters
        in Mekelle that ...") or "context" (an earlier sentence: "the city" of a story about
        El Fasher)."""
        chosen, basis = self._in_sentence(view, match, kind)
        if basis == "sentence" or chosen is None:
            # "after the army withdrew from the city": the city the sentence or story named
            referent = self._clause_anaphor(view, match) if kind in _GROUNDED else None
            if referent is not None:
                chosen = referent
                basis = "clause" if any(p is referent for p in self.places.get(view.index, ())) \
                    else "context"
        if chosen is not None and kind in _STATEMENTS and speakers and \
                chosen is self._sentence_places(view)[2] and self._at_home(chosen, speakers):
            # "In Washington, the State Department condemned the attack": the opening place of
            # a state's own statement is where its officials speak, no place of what they say
            return None, None, None
        if chosen is None and (match.pattern.id in _INVADED_PLACE or kind == "ASSAULT"):
            chosen = self._invaded(view, match, possessive=kind == "ASSAULT")
        if kind == "ASSAULT" and _OWNED_GROUND & view.vocab:
            owned = self._owned_ground(view, match, chosen)
            if owned is not None:
                chosen, basis = owned, "clause"
        anaphor = False
        if chosen is None:  # an event on the ground is somewhere: "the city" will do
            chosen, basis = self._anaphor(view, locative=kind not in _GROUNDED), "context"
            if chosen is not None and (kind in _SPOKEN or kind == "COOPERATE") and \
                    self._region_anaphor(view):
                # ... but "the region" of a statement is the wider one it is about ("said it
                # would keep working with Chad to defeat terrorism in the region"), not the
                # province named before
                chosen = None
            anaphor = chosen is not None
        if chosen is None and kind in _SCENE_TYPES:
            chosen, basis = self._scene_before(view), "context"
        if chosen is None:
            return None, None, None
        if kind in _SCENE_TYPES and (basis != "context" or anaphor):
            # ("had targeted armed groups in the camp. Troops seized hundreds of weapons": the
            # place noun of the sentence sets the scene as a name would)
            self._scenes.setdefault(view.index, chosen)
        return chosen.place.id, self._with_coordinated(view, chosen), basis

    def _with_coordinated(self, view: SentenceView, chosen: _PlaceMention) -> str:
        """The text of ``chosen`` with the places coordinated right after it ("struck more than
        85 targets in *Iraq and Syria*", "took Aleppo, Hama and Homs"): the event's place as
        written, resolved to its first."""
        text = self.reading.state.norm.original
        end = chosen.end
        for p in self.places.get(view.index, ()):
            if p.start < end:
                continue
            if not _COORDINATED.fullmatch(text, end, p.start):
                break
            end = p.end
        return chosen.text if end == chosen.end else text[chosen.start:end]

    def _invaded(self, view: SentenceView, match: Match, possessive: bool = False
                 ) -> _PlaceMention | None:
        """The country an invasion is "of" ("launched its full-scale invasion of Ukraine"), or
        whose sites an attack hits ("Israel strikes Iran's nuclear sites"): the state attacked
        is where it happens, though it is also the target."""
        _, trigger_end = self._original(match.start, match.end)
        text = self.reading.state.norm.original
        for p in self.places.get(view.index, ()):
            if p.place.feature != "country" or p.start < trigger_end:
                continue
            if match.pattern.id in _INVADED_PLACE and \
                    _OF_GAP.fullmatch(text, trigger_end, p.start):
                return p
            if possessive and p.start - trigger_end <= 2 and text[p.end : p.end + 2] in (
                    "'s", "’s"):
                return p
        return None

    def _owned_ground(self, view: SentenceView, match: Match, chosen: _PlaceMention | None
                      ) -> _PlaceMention | None:
        """The country whose airspace, territory or soil the sentence names ("Poland shot down
        Russian drones that crossed into its airspace overnight during a large-scale Russian
        attack on western Ukraine": Poland), for an attack: the first such phrase after the
        trigger when the clause names no place, or only one after it that another act holds
        (not "deeper into Russian territory in the Kursk region"), else, when the clause named
        no place, the last one before the trigger ("19 violations of Polish airspace and
        destroyed four drones")."""
        owned = self._owned_phrases(view)
        if not owned:
            return None
        _, trigger_end = self._original(match.start, match.end)
        after = next((p for p in owned if p.start >= trigger_end), None)
        if after is not None and (chosen is None or (
                chosen.start >= after.end
                and _ANOTHER_ACT.match(self.reading.state.norm.original, after.end,
                                       chosen.start) is not None)):
            return after
        if chosen is None:
            before = [p for p in owned if p.end <= trigger_end]
            return before[-1] if before else None
        return None

    def _owned_phrases(self, view: SentenceView) -> list[_PlaceMention]:
        """The phrases of a sentence that name a country's airspace, territory or soil, as
        places of that country (the document must name the country as a place), read once."""
        key = ("owned", view.index)
        found = view.memo.get(key)
        if isinstance(found, list):
            return found
        phrases: list[_PlaceMention] = []
        reading = self.reading
        words = reading.words
        for k in range(view.start + 1, view.end):
            if words[k] not in _OWNED_GROUND or (
                    words[k] == "waters" and words[k - 1] != "territorial"):
                continue
            j = k - 1
            while j > view.start and words[j] in _OWNED_BETWEEN:
                j -= 1
            if words[j] in ("'s", "’s", "'"):
                span = view.by_end.get(j)
                first = span.start if span is not None else j
            else:
                span = view.span_at(j)
                first = j
            actor = span.actors[0] if span is not None and span.actors else (
                reading.demonym(words[j]))
            if "without" in words[max(view.start, first - 2) : first] or \
                    words[first - 1] in _LEAVING:
                continue  # "shot down five Indian jets without leaving Pakistani airspace"
            place = self.country_place(reading.actor_country(actor)) if actor else None
            if place is None:
                continue
            start, end = self._original(first, k + 1)
            phrases.append(_PlaceMention(start, end, place,
                                         reading.state.norm.original[start:end]))
        view.memo[key] = phrases
        return phrases

    def country_place(self, country: str | None) -> Place | None:
        """The document's place that is the whole country ``country``, if it names one."""
        if country is None:
            return None
        return next((p for p in self.reading.state.places
                     if p.feature == "country" and p.country == country), None)

    def _scene_before(self, view: SentenceView) -> _PlaceMention | None:
        """The place of the attacks, coercion and protests of the sentence just before, in the
        same paragraph, when this sentence names none, not even by a place noun, nor a date of
        its own: the scene goes on ("... protesters stormed the parliament compound. Police
        fired tear gas to disperse the crowds"). A country is no scene."""
        scene = self._scenes.get(view.index - 1)
        if scene is None or scene.place.feature == "country" or self._dates(view.index) \
                or self._since_then(view.index):
            return None  # a country is no scene; a sentence with a date of its own sets its own
            # ("has since killed" sums up what followed, elsewhere)
        state = self.reading.state
        before = state.sentences[view.index - 1]
        here = state.sentences[view.index]
        if "\n" in state.text[before.end : here.start]:
            return None  # a new paragraph
        lo, hi = state.original_span(here.start, here.end)
        if _PLACE_NOUN.search(state.norm.original, lo, hi):
            return None  # it speaks of a place of its own ("the region's president said")
        return scene

    def _original(self, start_tok: int, end_tok: int) -> tuple[int, int]:
        """Original character span of tokens [start_tok, end_tok)."""
        key = (start_tok, end_tok)
        found = self._spans.get(key)
        if found is None:
            state = self.reading.state
            tokens = state.tokens
            found = self._spans[key] = state.original_span(tokens.idx[start_tok],
                                                           tokens.end_char(end_tok - 1))
        return found

    def _in_sentence(self, view: SentenceView, match: Match, kind: str | None = None
                     ) -> tuple[_PlaceMention | None, str]:
        """The place of the trigger's clause: the first named inside the trigger ("the Sochi
        agreement") or after it, else the last before it, unless the sentence opens on a
        locative ("In Kinshasa, protesters ..."), which places its main clause. With none there,
        a place after a locative preposition elsewhere in the sentence ("met in Doha", "told a
        news conference in Addis Ababa"), outside relative and subordinate clauses, nearest
        after the trigger, else before it. Places inside an actor's span or a title ("the U.S.
        special envoy for the Horn of Africa") are no event's place, and a statement (``kind``
        in ``_SPOKEN``) takes from its clause only a place inside its trigger or after a
        locative."""
        if view.index not in self.places:
            return None, "clause"
        original = self._original
        free, located, fronted = self._sentence_places(view)
        clause = view.clause_at(match.start)
        lo, hi = original(clause.start, clause.end)
        trigger_start, trigger_end = original(match.start, match.end)
        candidates = [p for p in free if lo <= p.start and p.end <= hi]
        if kind in _SPOKEN:  # "accused the UAE of arming the RSF through Chad": what was said
            said = {id(p) for p in located if not self._where_they_are(p)}
            candidates = [p for p in candidates if id(p) in said or (
                trigger_start <= p.start and p.end <= trigger_end)]
        if kind is not None and kind not in _GROUNDED:
            # "The United States embassy in Dhaka urged all sides to show restraint": no place
            # "help end the war in Yemen": where the war is
            text = self.reading.state.norm.original
            war = kind != "COOPERATE"

            def no_place(p: _PlaceMention) -> bool:
                """A seat, or (but for fighting alongside) a war or dispute the act is about."""
                return self._seat(p) or war and (
                    _WAR_IN.search(text, max(0, p.start - 30), p.start) is not None
                    or _TOPIC_AFTER.match(text, p.end) is not None)

            candidates = [p for p in candidates if not no_place(p)]
            located = [p for p in located if not no_place(p)]
        if kind in _SPOKEN:
            # "declined Zelensky's challenge to meet him in person in Turkey": the place of
            # the act the statement is about (an infinitive after it), not of the statement
            text = self.reading.state.norm.original
            about = {id(p) for p in free if p.start >= trigger_end
                     and _INFINITIVE_BEFORE.search(text, trigger_end, p.start) is not None}
            if about:
                candidates = [p for p in candidates if id(p) not in about]
                located = [p for p in located if id(p) not in about]
        if kind == "ACCUSE":
            # "accused Kyiv of backing terrorist groups in the Sahel": the place of the act
            # charged, not of the charge
            text = self.reading.state.norm.original
            charged = {id(p) for p in free if p.start >= trigger_end
                       and _ACCUSED_OF.search(text, min(lo, trigger_start), p.start)
                       is not None}
            if charged:
                candidates = [p for p in candidates if id(p) not in charged]
                located = [p for p in located if id(p) not in charged]
        if candidates:
            text = self.reading.state.norm.original
            # "suspended all three countries after the coups in Mali": a place after a time
            # phrase that follows the trigger is where that other act happened
            candidates = [p for p in candidates if p.start < trigger_end
                          or not _AFTER_ACT.search(text, trigger_end, p.start)] or (
                [] if kind not in _GROUNDED else candidates)
        if not candidates and clause.opener in ("sub", "coord"):
            where = self._where_clause(view, clause)
            if where is not None:
                # "fighting spread to Culiacan, where gunmen set vehicles on fire and blocked
                # highways": the place "where" stands for, named right before it
                at = original(where.opener_start, where.opener_start + 1)[0]
                before = [p for p in free if p.end <= at]
                if before and _WHERE_GAP.fullmatch(self.reading.state.norm.original,
                                                   before[-1].end, at):
                    # ("an airstrip near El Paso, Texas, where": El Paso)
                    return self._innermost(before), "clause"
        if candidates:
            if fronted is candidates[0] and clause.opener not in ("report", "rel"):
                return fronted, "clause"
            after = next((p for p in candidates if p.start >= trigger_start), None)
            if after is not None:  # "attended the Pretoria talks": inside the trigger, or after
                return self._specified(after, candidates), "clause"
            before = [p for p in candidates if p.end <= trigger_start]
            if before:
                return before[-1], "clause"
        elif fronted is not None and clause.opener in ("coord", "rel", "sub") and \
                kind in _GROUNDED:
            # "In the port city of Mombasa, demonstrators blocked roads and clashed with police,
            # who fired tear gas": the scene the sentence opens on holds its other acts too.
            return fronted, "clause"
        if clause.opener in ("rel", "sub") and self.reading.words[clause.opener_start] == "where" \
                and kind in _GROUNDED:
            # "The two countries back opposing sides in Yemen, where a Saudi-led coalition
            # intervened in 2015", "the fighting spread to Darfur, where RSF fighters attacked
            # the Masalit": a where-clause's act happens in the place it follows.
            at = original(clause.opener_start, clause.opener_start + 1)[0]
            text = self.reading.state.norm.original
            named = [p for p in free if p.end <= at and not text[p.end:at].strip(" ,")]
            if named:
                place = named[-1]
                # ("near El Paso, Texas, where": the town, not the state after it)
                while (q := next((q for q in free if q.end <= place.start
                                  and text[q.end:place.start].strip() == ","), None)):
                    place = q
                return place, "clause"
        if clause.opener == "sub" and clause.index > 0 \
                and self.reading.words[clause.opener_start] in _CAUSE_OPENERS:
            # "the Kerem Shalom crossing was shut by Israel after a rocket attack ... killed four
            # soldiers": the act that brought about the one before happened at its place.
            plo = original(view.clauses[clause.index - 1].start, clause.start)[0]
            cause = [p for p in free if plo <= p.start and p.end <= lo
                     and not self._where_it_is(p)]
            if cause:
                return cause[-1], "sentence"
        if kind == "ASSAULT" and clause.index + 1 < len(view.clauses):
            told = view.clauses[clause.index + 1]
            if told.opener == "sub" and self.reading.words[told.opener_start] == "when":
                # "The attack began late on Oct. 27, when dozens of militants stormed the
                # garrison at Barkaram": the when-clause tells the attack itself, and where (a
                # place after a locative: not "when it tested a Hwasong-18").
                tlo, thi = original(told.start, told.end)
                text = self.reading.state.norm.original
                inside = [p for p in free if tlo <= p.start and p.end <= thi
                          and _AT_PLACE.search(text, max(0, p.start - 8), p.start)]
                if inside:
                    return inside[0], "sentence"
        located = [p for p in located if not (
            self._where_they_are(p) if kind in _SPOKEN else self._where_it_is(p))]
        if clause.opener == "report" and kind not in _SPOKEN:
            # "attacked US forces in Iraq and Syria, saying they were retaliating for Israel's
            # war against Hamas": the speaker's place is not the place of what is said
            located = [p for p in located if p.start >= lo]
        if kind in _SPOKEN:
            # "condemned the bombings as barbaric and visited Gwoza": the place of the act
            # coordinated after the statement is that act's
            later = [original(cl.start, cl.end) for cl in view.clauses[clause.index + 1:]
                     if cl.opener == "coord"]
            located = [p for p in located if not any(a <= p.start and p.end <= b
                                                     for a, b in later)]
            turn = max((original(cl.opener_start, cl.start)[0] for cl in view.clauses
                        if cl.opener == "coord" and cl.opener_start < match.start
                        and self.reading.words[cl.opener_start] == "but"), default=None)
            if turn is not None:
                # "has invited the warring parties to talks in Riyadh, but the Houthis say they
                # will not negotiate": the place of the act the statement answers, told before
                located = [p for p in located if p.start >= turn]
        if clause.opener == "coord" and 0 < clause.index < len(view.clauses) - 1 and \
                view.clauses[clause.index + 1].opener == "sub" and \
                self.reading.words[view.clauses[clause.index + 1].opener_start] == "since" and \
                any(span.start == clause.start for span in view.spans):
            # "Dozens of Russian military instructors arrived in Ouagadougou this week, and
            # Mali has relied on Russia's Wagner Group since 2021": a state held since then, in
            # a clause with a subject of its own, is not placed by the clause before it
            located = [p for p in located if p.start >= lo]
        text = self.reading.state.norm.original
        after = next((p for p in located if p.start >= trigger_end), None)
        if after is not None and not _AFTER_ACT.search(text, trigger_end, after.start):
            return after, "sentence"
        if after is not None:
            return None, "sentence"  # ("suspended ... after the coups in Mali")
        before = [p for p in located if p.end <= trigger_start]
        return (self._innermost(before) if before else None), "sentence"

    def _specified(self, p: _PlaceMention, candidates: list[_PlaceMention]) -> _PlaceMention:
        """``p``, or the place within its country that a phrase right after it singles out
        ("struck civilian areas in Thailand, including a petrol station in Sisaket province":
        Sisaket)."""
        if p.place.precision < 3:
            return p
        text = self.reading.state.norm.original
        inner = next((q for q in candidates if q.start > p.end), None)
        if inner is None or inner.place.country != p.place.country or \
                inner.place.precision >= 3 or not _INCLUDING.fullmatch(text, p.end, inner.start):
            return p
        return inner

    def _at_home(self, p: _PlaceMention, speakers: Sequence[str]) -> bool:
        """Whether ``p`` is in the country of one of ``speakers`` that speaks for its state (a
        state, a government body or a person), not a crowd or an armed group on the scene."""
        state = self.reading.state
        return p.place.country is not None and any(
            (entry := state.actor_entry(a)) is not None and entry.type in _HOME_SPEAKERS
            and entry.country == p.place.country for a in speakers)

    def _seat(self, p: _PlaceMention) -> bool:
        """Whether ``p`` follows a body and "in" ("the U.S. embassy in Dhaka", "the Taliban
        government in Kabul", "security officials in New Delhi"): where the body sits, unless
        a locative or destination comes before the body ("at the UN Security Council in New
        York", "heading to the Mexican embassy in Lima")."""
        text = self.reading.state.norm.original
        words = text[max(0, p.start - 80) : p.start].split()
        if len(words) < 2 or words[-1] != "in" or words[-2].lower() not in _SEATED:
            return False
        k = len(words) - 3
        stop = max(-1, k - 5)
        while k > stop and words[k].lower() not in _DETERMINERS and \
                words[k].lower() not in _TO_A_SEAT:
            k -= 1
        if k > stop and words[k].lower() in _DETERMINERS:
            k -= 1
        return not (k > stop and words[k].lower() in _TO_A_SEAT)

    def _where_they_are(self, p: _PlaceMention) -> bool:
        """"blamed militant groups operating in Syria and Iraq": a place after a participle
        says where the ones spoken of are, not where it was said."""
        text = self.reading.state.norm.original
        before = _words_before(text, p.start)[-4:]
        k = len(before) - 1
        while k > 0 and before[k] not in _LOCATIVES:
            k -= 1  # past "Syria and" to "in"
        if k > 0 and before[k] in _LOCATIVES and before[k - 1] in _SPEAKERS_PRESENCE:
            return False  # "The Arab League, meeting in Cairo, said": where it was said
        if k > 0 and before[k] in _LOCATIVES and (
                before[k - 1].endswith("ing") or before[k - 1] in ("based", "stationed",
                                                                    "deployed")):
            return True
        return self._where_it_is(p)

    def _where_it_is(self, p: _PlaceMention) -> bool:
        """"threatened to pull his country out of the multinational force fighting jihadists
        around Lake Chad": a participle with its object after a noun it qualifies says where
        that force is, as "operating in" does, not where the sentence's acts were (not "accused
        Israel of killing civilians in Gaza" nor "condemned the shelling of homes in Donetsk":
        after "of" or a determiner the participle is the act spoken of)."""
        text = self.reading.state.norm.original
        m = _QUALIFYING_PARTICIPLE.search(text, max(0, p.start - 70), p.start)
        return m is not None and m.group("head").lower() not in _NOT_A_HEAD

    def _innermost(self, before: list[_PlaceMention]) -> _PlaceMention:
        """The last of ``before``, or the place it locates when the two are chained ("in the
        town of Kuriga in Nigeria's northwestern Kaduna state": Kuriga)."""
        text = self.reading.state.norm.original
        k = len(before) - 1
        while k > 0 and _CHAIN.fullmatch(text, before[k - 1].end, before[k].start):
            k -= 1
        return before[k]

    def _sentence_places(self, view: SentenceView
                         ) -> tuple[list[_PlaceMention], list[_PlaceMention], _PlaceMention | None]:
        """The places of a sentence that may be an event's (not in an actor's span or title),
        those after a locative outside relative and subordinate clauses, and the place the
        sentence opens on ("In Kinshasa, ..."), read once per sentence."""
        cached = self._free.get(view.index)
        if cached is not None:
            return cached
        text = self.reading.state.norm.original
        original = self._original
        actor_chars = [original(s.start, s.end) for s in view.spans]
        # Where a person's name starts when a comma or the sentence's end closes it: a place
        # right before ", <person>," ends the description of that person ("the military
        # strongman next door in Egypt, Abdel Fattah al Sisi, and ..."), not a scene ("A day
        # later in Moscow, Serraj signed").
        people: set[int] | None = None  # read when a place is followed by a comma
        free: list[_PlaceMention] = []
        located: list[_PlaceMention] = []
        inherited = -1  # the place that takes the locative of the country before it
        rel: list[tuple[int, int]] | None = None
        places = self.places[view.index]
        kb_actors = self.reading.state.kb.actors
        for n, p in enumerate(places):
            holder = next((k for k, (a, b) in enumerate(actor_chars)
                           if a <= p.start and p.end <= b), None)
            if holder is not None and not (
                    _words_before(text, p.start)[-1:] == ["in"]
                    and all((a := kb_actors.get(x)) is None or a.type == "state"
                            for x in view.spans[holder].actors)):
                continue  # (but a crowd the text made up is where it is: "protesters in
                # Nairobi", and so are a state's agents: "12 soldiers in Podgorica", see
                # geo.stage)
            if p.place.feature == "country" and n + 1 < len(places) and \
                    _POSSESSIVE_GAP.fullmatch(text, p.end, places[n + 1].start):
                continue  # "in Russia's Kursk region": the region, not the whole country
            if n + 1 < len(places) and _MODIFIER_OF.fullmatch(text, p.end, places[n + 1].start):
                continue  # "the Jordanian Red Sea city of Aqaba": Aqaba, not the sea
            if n + 1 < len(places) and self._qualified_part(p, places[n + 1]):
                # "in Cameroon's English-speaking North-West region": the region, after the
                # country's locative
                if _words_before(text, p.start)[-1:] and \
                        _words_before(text, p.start)[-1] in _LOCATIVES:
                    inherited = n + 1
                continue
            before = _words_before(text, p.start)
            if _titled(before) or tuple(before[-2:]) in _CAUSE_LINKS:
                continue  # ("attacks on Israel in support of Gaza": the cause, not the scene)
            if (m := _COMMA.match(text, p.end)) is not None:
                if people is None:
                    sentence_end = original(view.end - 1, view.end)[0]
                    people = {a for a, b in (actor_chars[n] for n, s in enumerate(view.spans)
                                             if s.actors and all(
                                                 self.reading.actor_type(x) == "person"
                                                 for x in s.actors))
                              if b >= sentence_end or _COMMA.match(text, b) is not None}
                if m.end() in people:
                    continue
            # A place hyphenated to a word qualifies a thing ("a Moscow-brokered truce", "the
            # Doha-based leadership"): it says where the broker or the body is, not the event.
            if text[p.end : p.end + 1] == "-" and text[p.end + 1 : p.end + 2].isalpha():
                continue
            free.append(p)
            if (before and before[-1] in _LOCATIVES) or n == inherited or (
                    len(before) > 1 and before[-2] in _LOCATIVES
                    and _DIRECTION_WORD.fullmatch(before[-1])) or \
                    _LOCATIVE_WORD.match(p.text) or (
                    before and before[-1] == "of"
                    and _OF_PLACE.search(text, max(0, p.start - 60), p.start)):
                if rel is None:
                    rel = self._subordinate_spans(view)
                if not any(a <= p.start and p.end <= b for a, b in rel):
                    located.append(p)
        fronted = free[0] if free and _FRONTED.fullmatch(
            text, original(view.start, view.start + 1)[0], free[0].start) else None
        found = self._free[view.index] = (free, located, fronted)
        return found

    def _where_clause(self, view: SentenceView, clause: Clause) -> Clause | None:
        """The clause opened by "where" that ``clause`` is, or goes on ("where gunmen set
        vehicles on fire *and blocked highways*"), or None."""
        k = clause.index
        while k > 0 and view.clauses[k].opener == "coord":
            k -= 1
        found = view.clauses[k]
        if found.opener == "sub" and self.reading.words[found.opener_start] == "where":
            return found
        return None

    def _subordinate_spans(self, view: SentenceView) -> list[tuple[int, int]]:
        """Original character spans of the sentence's relative and subordinate clauses; a
        relative clause set off by commas runs on through the clauses coordinated inside it
        ("Zelensky, who had travelled to Turkey and met Erdogan in Ankara, accused Putin": up to
        the comma that resumes the main clause)."""
        clauses = view.clauses
        spans = []
        for k, c in enumerate(clauses):
            if c.opener not in ("rel", "sub"):
                continue
            end = c.end
            if c.opener == "rel":
                j = k + 1
                while j < len(clauses) and clauses[j].opener == "coord":
                    j += 1
                if j > k + 1 and j < len(clauses) and clauses[j].opener == "resume":
                    end = clauses[j - 1].end
            spans.append(self._original(c.start, end))
        return spans

    def _qualified_part(self, p: _PlaceMention, q: _PlaceMention) -> bool:
        """Whether ``q`` is a part of the country ``p`` names that a possessive and a few
        qualifying words lead to ("Cameroon's English-speaking North-West region", "Pakistan's
        southwestern province of Balochistan", "Nigeria's northwestern Zamfara state"): the
        part, not the whole country, is the place."""
        if p.place.country is None or q.place.country != p.place.country or \
                q.place.precision > p.place.precision or q.place.id == p.place.id:
            return False
        text = self.reading.state.norm.original
        tail = text[p.end : p.end + 2]
        if p.place.feature == "country" or tail in ("'s", "’s"):
            # also a part of a country's part: "northern Iraq's Duhok province",
            # "Balochistan's Bolan Pass", "Chhattisgarh's Bijapur district"
            return tail in ("'s", "’s") and \
                _QUALIFIED_GAP.fullmatch(text, p.end, q.start) is not None
        return _POSSESSIVE_PART.search(p.text) is not None and (
            p.start < q.start < p.end  # "Nigeria's northwestern" + "northwestern Zamfara state"
            or _QUALIFIED_GAP.fullmatch(text, p.end, q.start) is not None)

    def _anaphor(self, view: SentenceView, locative: bool = False) -> _PlaceMention | None:
        """A definite place noun of the sentence ("the city", "the South African capital", "the
        enclave") read as the place of its kind (and of the country its demonym names) the
        article has named most before it (the latest of those, on a tie), or None. With
        ``locative``, only a noun after a locative outside relative and subordinate clauses
        ("was signed in the South African capital")."""
        key = (view.index, locative)
        if key not in self._anaphors:
            self._anaphors[key] = self._read_anaphor(view, locative)
        return self._anaphors[key]

    def _region_anaphor(self, view: SentenceView) -> bool:
        """Whether the sentence's definite place noun (see ``_anaphor``) is "the region"."""
        state = self.reading.state
        sent = state.sentences[view.index]
        lo, hi = state.original_span(sent.start, sent.end)
        m = _ANAPHOR.search(state.norm.original, lo, hi)
        return m is not None and m.group(1).lower() == "region"

    def _read_anaphor(self, view: SentenceView, locative: bool) -> _PlaceMention | None:
        state = self.reading.state
        sent = state.sentences[view.index]
        lo, hi = state.original_span(sent.start, sent.end)
        m = _ANAPHOR.search(state.norm.original, lo, hi)
        federal = _STATE_ANAPHOR.search(state.norm.original, lo, hi)
        if federal is not None and (m is None or federal.start() < m.start()):
            m = federal
        if m is None:
            # "set up burning barricades across the city's main avenues": in the city
            part = _PART_OF_ANAPHOR.search(state.norm.original, lo, hi)
            if part is not None and (words := _words_before(state.norm.original, part.start())) \
                    and words[-1] in _TO_A_PART:
                m = part
        if m is None:
            return None
        if locative:
            before = _words_before(state.norm.original, m.start())
            if not before or (before[-1] not in _LOCATIVES and before[-2:] not in _RETURNED_TO):
                return None
            tokens = state.tokens
            for c in view.clauses:
                if c.opener in ("rel", "sub"):
                    a, b = state.original_span(tokens.idx[c.start], tokens.end_char(c.end - 1))
                    if a <= m.start() < b:
                        return None
        return self._referent(m, view.index)

    def _referent(self, m: re.Match[str], index: int, upto: int = -1) -> _PlaceMention | None:
        """The place of the kind the definite place noun ``m`` names (and of the country its
        demonym names) that the article named most before sentence ``index`` (the latest of
        those, on a tie), or, with ``upto``, before that offset of the sentence itself."""
        noun = m.group(1).lower()
        # "the South African capital": of the country the demonym names
        words = m.group(0).lower().split()[1:-1]
        named = [self.reading.demonyms.get(" ".join(words[k:])) for k in range(len(words))]
        ids = next((found for found in named if found), ())
        countries = {self.reading.actor_country(a) for a in ids} - {None}
        counts: dict[str, int] = {}
        last: dict[str, _PlaceMention] = {}
        for k in sorted(self.places):
            if k > index or (k == index and upto < 0):
                break
            for p in self.places[k]:
                if k == index and p.end > upto:
                    break
                if _fits(noun, p.place) and (not countries or p.place.country in countries):
                    counts[p.place.id] = counts.get(p.place.id, 0) + 1
                    last[p.place.id] = p
        if not counts:
            return None
        return last[max(counts, key=lambda k: (counts[k], last[k].start))]

    def _clause_anaphor(self, view: SentenceView, match: Match) -> _PlaceMention | None:
        """The place a definite place noun after a locative right after the trigger in its
        clause stands for ("took control of Wad Madani, the capital of Gezira state, after the
        army withdrew *from the city*": Wad Madani), read from the places named before it, the
        sentence's own included."""
        clause = view.clause_at(match.start)
        _, trigger_end = self._original(match.start, match.end)
        _, hi = self._original(clause.start, clause.end)
        text = self.reading.state.norm.original
        gap = _TRIGGER_TO_ANAPHOR.match(text, trigger_end, hi)
        if gap is None:
            return None
        m = _ANAPHOR.match(text, gap.end(), hi)
        if m is None:
            return None
        return self._referent(m, view.index, m.start())

    # ---------------------------------------------------------------- date

    def date_for(self, view: SentenceView, match: Match) -> tuple[str, str, bool] | None:
        """(ISO value, precision, is a span) of the date the text gives the event, or None.
        A span ("since December") starts the event but does not end it."""
        key = (view.index, match.start, match.end)
        if key in self._date_of:
            return self._date_of[key]
        found = self._date_of[key] = self._read_date(view, match)
        return found

    def _read_date(self, view: SentenceView, match: Match) -> tuple[str, str, bool] | None:
        mentions = self._dates(view.index)
        if not mentions:
            return self._carried(view.index, day_part=True) or self._after_told(view.index) or \
                self._claimed(view.index) or self._deal_day_told_next(view.index, match)
        if all(d[3] == "day" and d[5] == "attributive" for d in mentions):
            # "... appeared on television shortly before dawn and said they had annulled the
            # results of Saturday's vote": the vote's day dates the vote alone; the sentence
            # goes on telling the day before it (past a paragraph's end when a part of the day
            # says so).
            return self._carried(view.index, day_part=True) or self._claimed(view.index)
        tokens = self.reading.state.tokens
        clause = view.clause_at(match.start)
        lo, hi = tokens.idx[clause.opener_start], tokens.end_char(clause.end - 1)
        at = tokens.idx[match.start]
        # A year before a noun dates that noun ("violates a 2018 agreement it reached", "signed
        # the December framework deal"), not the other events of its clause ("warned Ankara to
        # keep its side of a 2016 deal").
        # A duration tells how long the verb before it lasted ("besieged the hotel for 30
        # hours"), not when an event after it happened ("a group that has been fighting for 15
        # years said it had carried out the attack"), nor an event before the relative clause
        # it is in ("recaptured the town from insurgents who had held it for a year").
        # (but a year a document noun follows dates only the document, for any act but its
        # signing: "suspended its part in a 1960 treaty")
        mentions = [d for d in mentions
                    if (d[5] != "attributive" or 0 <= at - d[1] <= 40
                        or (0 <= d[0] - tokens.end_char(match.end - 1) <= 6 and (
                            match.pattern.type == "AGREE"
                            or word_after(self.reading.state.text, d[1]) not in DOCUMENT_NOUNS)))
                    and (d[5] != "duration" or (d[0] > at and (
                        lo <= d[0] <= hi or not self._in_relative(view, d[0]))))]
        mentions = [d for d in mentions if not self._dates_made_noun(d, match)]
        after = tokens.end_char(match.end - 1)
        mentions = [d for d in mentions if d[0] <= after or d[0] - after > 200
                    or _CONTACT_CLAUSE.search(self.reading.state.text, after, d[0]) is None]
        inside = [d for d in mentions if lo <= d[0] and d[1] <= hi]
        if clause.index + 1 < len(view.clauses):
            nxt = view.clauses[clause.index + 1]
            if nxt.opener == "sub" and self.reading.words[nxt.opener_start] == "since":
                # "..., and Mali has relied on Russia's Wagner Group since 2021": a date right
                # after "since" dates the clause it follows (the act began then), not a date
                # of the clause before ("arrived in Ouagadougou this week"); not a clause of
                # its own ("the worst fighting since the Taliban returned to power in 2021")
                inside += [d for d in mentions
                           if d[0] in (tokens.idx[nxt.opener_start], tokens.idx[nxt.start])]
            elif nxt.opener == "rel" and match.pattern.kind != "verb" and \
                    self.reading.words[nxt.opener_start - 1] != "," and \
                    0 <= nxt.opener_start - match.end <= 1:
                # "A U.N.-brokered truce that began in April last year expired in October": a
                # restrictive relative clause right after the noun dates what it names
                a, b = tokens.idx[nxt.opener_start], tokens.end_char(nxt.end - 1)
                inside += [d for d in mentions if a <= d[0] and d[1] <= b and not d[5]][:1]
        if not inside and clause.opener == "coord" and clause.index > 0:
            # "a day after protesters stormed parliament and police opened fire on crowds": a
            # clause joined to an "after" phrase goes on telling its day
            prev = view.clauses[clause.index - 1]
            a, b = tokens.idx[prev.opener_start], tokens.end_char(prev.end - 1)
            inside = [d for d in mentions if a <= d[0] and d[1] <= b and d[5] == "after"]
        # "In August, fighters besieged the hotel for some 30 hours": the point, not the length
        inside = [d for d in inside if d[5] != "duration"] or inside
        words = self.reading.words
        if closes_relative(words, clause, match.start):
            # "struck 85 targets ... on Friday in retaliation for a drone attack that killed
            # three soldiers ... last weekend, hitting sites ...": a participle closing a
            # relative clause goes on the main clause's act, on its day (a toll, "killing 12",
            # stays the relative clause's)
            main = view.clauses[clause.index - 1]
            a, b = tokens.idx[main.opener_start], tokens.end_char(main.end - 1)
            inside = [d for d in mentions if a <= d[0] and d[1] <= b and not d[5]] or inside
        # A date in another clause may be the event's ("On Sunday, rebels said they had shelled
        # the town"), but not a duration ("a group that has been fighting for 15 years") or a
        # dated noun ("accuses Kinshasa of fighting alongside a group that took part in the
        # 1994 genocide"; "seized power in a 2021 coup" dates its own clause) or a date in a
        # relative clause ("Saudi Arabia, which has observed a truce since a ceasefire in 2022,
        # called for restraint").
        pool = inside or [d for d in mentions if not d[5]
                          and not self._in_relative(view, d[0]) and not self._in_aside(d[0])]
        if not pool:
            return None
        # "suspending accession talks with the EU until the end of 2028, hours after the European
        # Parliament adopted a resolution": a date a limit opens ends a span; it dates no other
        # act of the sentence.
        text = self.reading.state.text
        bounded = [d for d in pool if _UNTIL.search(text, max(0, d[0] - 20), d[0])]
        if bounded and len(bounded) < len(pool):
            pool = [d for d in pool if d not in bounded]
        # "The Guards said on Tuesday they had fired missiles late on Monday": the day after a
        # reporting verb is the report's; the act's own day follows its trigger.
        said = [d for d in pool if d[0] < at and _SAID_ON.search(text, max(0, d[0] - 24), d[0])]
        if said and any(d[0] > at for d in pool if d not in said):
            pool = [d for d in pool if d not in said]
        best = min(pool, key=lambda d: abs(d[0] - at))
        return best[2], best[3], best[4]

    def _dates_made_noun(self, d: tuple[int, int, str, str, bool, str], match: Match) -> bool:
        """Whether the date ``d`` follows a participle that tells when a noun before it was made
        ("They also agreed to activate a security cooperation pact signed in 2001"), other than
        the trigger itself, or ends a clause with no relative pronoun after the noun, told after
        the trigger ("lifted a nationwide curfew it had imposed on Monday afternoon")."""
        text = self.reading.state.text
        tokens = self.reading.state.tokens
        apposed = _APPOSED_MADE.search(text, max(0, d[0] - _NOUN_MADE_REACH), d[0])
        if apposed is not None and text.startswith(",", d[1]) and not (
                tokens.idx[match.start] <= apposed.start("participle")
                < tokens.end_char(match.end - 1)):
            return True
        made = _NOUN_MADE_BY.search(text, max(0, d[0] - _NOUN_MADE_REACH), d[0])
        if made is not None and tokens.idx[match.start] < made.start():
            # (not for the noun itself: "revoked the state of emergency he had declared on
            # Saturday" dates the declaring)
            return True
        found = _NOUN_MADE_ON.search(text, max(0, d[0] - _NOUN_MADE_REACH), d[0])
        if found is None or (found.start() > 0 and text[found.start() - 1] == "-"):
            return False
        return not (tokens.idx[match.start] <= found.start("participle")
                    < tokens.end_char(match.end - 1))

    def _in_aside(self, at: int) -> bool:
        """Whether the character at ``at`` is in a short participle aside set off by commas
        ("Prime Minister Ranil Wickremesinghe, *appointed in May*, said ... he was willing to
        resign"): it dates the appointment, not the acts the sentence goes on to tell."""
        text = self.reading.state.text
        left = text.rfind(",", max(0, at - 40), at)
        if left < 0:
            return False
        words = text[left + 1 : at].split()
        # (a participle right before the date's preposition: not a verb with an object of its
        # own, "Kosovo, where ..., declared independence in 2008")
        if not words or len(words) > 2 or not words[0].islower() \
                or not words[0].endswith("ed") \
                or (len(words) == 2 and words[1] not in _ASIDE_PREPS):
            return False
        right = text.find(",", at, at + 30)
        return right >= 0 and not any(ch in text[at:right] for ch in ".;\"")

    def _in_relative(self, view: SentenceView, at: int) -> bool:
        """Whether the character at ``at`` is in a relative clause of the sentence."""
        tokens = self.reading.state.tokens
        for clause in view.clauses:
            if tokens.idx[clause.opener_start] <= at <= tokens.end_char(clause.end - 1):
                return clause.opener == "rel"
        return False

    def _dates(self, index: int) -> list[tuple[int, int, str, str, bool, str]]:
        """The dates of a sentence (read once per sentence)."""
        cached = self.dates.get(index)
        if cached is not None:
            return cached
        state = self.reading.state
        sent = state.sentences[index]
        result: list[tuple[int, int, str, str, bool, str]] = []
        if find_dates is not None:
            if not self._may_hold_a_date(sent.tok_start, sent.tok_end):
                self.dates[index] = result
                return result
            # The date the tokens stage read (None when malformed: explicit dates only).
            for d in find_dates(state.text, state.published, start=sent.start, end=sent.end,
                                past=True):
                value = d.value
                if d.other_way is not None and (
                        future := _FUTURE.search(state.text, sent.start, d.start)) is not None \
                        and (future["would"] is None or not result
                             or (_after_report(value, result)
                                 and "," not in state.text[future.start() : d.start])) \
                        and not (future["progressive"] is not None and state.published is not None
                                 and value.value == state.published.isoformat()):
                    # "will hold a conference on Tuesday": the next one. "Would" is a future
                    # from the time of a report, today's unless a date came before it; then
                    # the next one after that day ("The White House said on Tuesday that
                    # Washington would announce sanctions on Friday": the coming Friday, in
                    # the future's own clause). ("is hosting a conference on Tuesday" on a
                    # Tuesday: that day.)
                    value = d.other_way
                elif d.other_way is not None and _FROM_DATE.search(state.text, sent.start,
                                                                   d.start) is not None \
                        and any(ch.isdigit() for ch in state.text[d.start:d.end]) \
                        and _soon_after(d.other_way.value, state.published):
                    # "face steep U.S. tariffs on their exports from August 1" four days before
                    # it: that August, not the last one (a weekday stays the last one: "had
                    # ordered residents to stay at home from Saturday")
                    value = d.other_way
                if value.value is not None and value.precision != "unknown" and not (
                        index <= 2 and _dateline_date(state.text, sent.start, d.start, d.end)):
                    result.append((d.start, d.end, value.value, value.precision,
                                   d.kind == "span" and not _ended_long_ago(value.end,
                                                                            state.published),
                                   d.form))
            # "On Friday and Saturday, forces shut down the terminals": from the first.
            result = [d for k, d in enumerate(result)
                      if k == 0 or d[4] or result[k - 1][4] or d[3] != result[k - 1][3]
                      or not _JOINED.fullmatch(state.text, result[k - 1][1], d[0])]
            if index > 0 and _may_count_days(state.text[sent.start:sent.end]) and \
                    (later := _RELATIVE.search(state.text, sent.start, sent.end)) and not (
                        later["same3"] is not None
                        and any(d[3] == "day" and d[1] <= later.start() for d in result)):
                # ("On Sunday evening the insurgents entered the palace, which Ghani had left
                # hours earlier": the sentence's own day, not one counted from before.)
                counted = self._counted_from_before(index, later)
                if counted is not None:
                    result.append((later.start(), later.end(), counted, "day", False, ""))
                    result.sort()
            if "after" in self.reading.words[sent.tok_start:sent.tok_end]:
                self._days_after(sent.start, sent.end, state.published, result)
        else:  # pragma: no cover - only without factions.dates: bare years ("in 2011")
            tokens = state.tokens
            for i in range(sent.tok_start + 1, sent.tok_end):
                if _YEAR.match(tokens.text[i]) and tokens.lower[i - 1] in ("in", "since", "of"):
                    result.append((tokens.idx[i], tokens.end_char(i), tokens.text[i], "year",
                                   False, ""))
        self.dates[index] = result
        return result

    def _days_after(self, start: int, end: int, published: dt.date | None,
                    result: list[tuple[int, int, str, str, bool, str]]) -> None:
        """"Hezbollah began firing on Oct. 8, 2023, a day after the Hamas attack": what the
        "after" phrase tells is that many days before the day told before it in the sentence
        (else the publication day), dated at the "after" so that only its phrase takes it;
        nothing when a date follows before the next comma (the phrase names its own)."""
        text = self.reading.state.text
        for m in _DAYS_AFTER.finditer(text, start, end):
            comma = text.find(",", m.end(), end)
            if any(m.start() < d[0] < (end if comma < 0 else comma) for d in result):
                continue
            days = [d for d in _days_told(result) if d[1] <= m.start()]
            if days:
                told = dt.date.fromisoformat(days[-1][2])
            elif published is not None:
                told = published
            else:
                continue
            count = NUMBERS.get(m["n"].lower()) or int(m["n"])
            value = (told - dt.timedelta(days=count)).isoformat()
            result.append((m.start("after"), m.end("after"), value, "day", False, "after"))
            result.sort()

    def _carried(self, index: int, day_part: bool = False, chain: int = 2
                 ) -> tuple[str, str, bool] | None:
        """``_read_carried``, read once per (sentence, day_part, chain)."""
        key = (index, day_part, chain)
        if key in self._carried_of:
            return self._carried_of[key]
        found = self._carried_of[key] = self._read_carried(index, day_part, chain)
        return found

    def _read_carried(self, index: int, day_part: bool, chain: int
                      ) -> tuple[str, str, bool] | None:
        """The day a sentence with no date of its own goes on telling, from the sentence just
        before it in its paragraph ("The agreement was signed in Pretoria on Wednesday evening.
        Redwan Hussien signed on behalf of the government."), None when that one names no day.
        Only a day is carried: a month or year before is mostly background ("... in 2019.").
        With ``day_part``, a sentence that names a part of the day ("shortly before dawn")
        carries the day of the paragraph before too."""
        if index == 0:
            return None
        state = self.reading.state
        before = state.sentences[index - 1]
        sent = state.sentences[index]
        if "\n\n" in state.text[before.end : sent.start] and not (
                day_part and _DAY_PART.search(state.text, sent.start, sent.end)):
            return None
        if _LONGER_SHIFT.search(state.text, sent.start, sent.end):
            return None  # ("Iran attacked Israel on April 13. The following week, ...")
        if self._since_then_adverb(index):
            # "... since Russia launched its full-scale invasion in February 2022. Russian
            # missiles and drones have strayed into Polish airspace several times since then":
            # from the date told just before (whatever its precision) to now, a span.
            told = [d for d in self._dates(index - 1) if not d[5]]
            if told:
                return told[-1][2], told[-1][3], True
        days = _days_told(self._dates(index - 1))
        if days:
            # "Lopez Obrador, who hands power to Claudia Sheinbaum on Oct. 1, played down the
            # violence. He said ...": a day of a relative clause is no day of the story told on
            view = self.reading.view(index - 1)
            days = [d for d in days if not self._in_relative(view, d[0])]
        if not days:
            if chain and not self._dates(index - 1) and \
                    not _SHIFTED.search(state.text, before.start, sent.end):
                # "The unrest erupted on Monday ... After nightfall the confrontation turned
                # into gunfights. Members of Saraya al-Salam exchanged fire with security
                # forces": a sentence with no date goes on telling the day the one before it
                # went on telling.
                found = self._carried(index - 1, day_part=True, chain=chain - 1)
                if found is not None:
                    self._chained.add(index)
                return found
            return None
        # "The war began on Oct. 7 ... Israel's campaign has since killed more than 34,000
        # Palestinians": from that day to now, a span; so is what goes on telling a span the
        # sentence before opened ("have fired drones and missiles at Israel since the war in
        # Gaza began on Oct. 7 ... Most were intercepted").
        last = days[-1]
        text = state.text
        return last[2], "day", self._since_then(index) or last[4] or \
            _SINCE_BEFORE.search(text, max(before.start, last[0] - 80), last[0]) is not None

    def carried_through(self, index: int) -> bool:
        """Whether the sentence's date was carried to it through a sentence before it with no
        date of its own: a day the story is likely still on, that a rule which finds the act
        it goes on telling may replace."""
        return index in self._chained

    def _deal_day_told_next(self, index: int, match: Match) -> tuple[str, str, bool] | None:
        """"Ethiopia and Somalia have agreed to end a year-long dispute ... after talks in
        Ankara. Abiy Ahmed and Hassan Sheikh Mohamud signed what Erdogan called the Ankara
        Declaration late on Wednesday": a deal (or its brokering) the headline or the lead tells
        with no date was made on the day the next sentence gives its signing, when that day is
        within a week before publication; None otherwise."""
        state = self.reading.state
        kind = match.pattern.type
        if index > 1 or not (kind == "AGREE" or (kind == "CONSULT" and match.pattern.mode in (
                "third-party", "host"))) or state.published is None:
            return None
        nxt = index + 1
        if index == 0 and nxt < len(state.sentences) and self._dates(nxt) == [] and \
                not _SIGNING.search(state.text, state.sentences[nxt].start,
                                    state.sentences[nxt].end):
            nxt += 1  # (the headline's deal, told first by the lead with no day either)
        if nxt >= len(state.sentences):
            return None
        sent = state.sentences[nxt]
        if not _SIGNING.search(state.text, sent.start, sent.end):
            return None
        view = self.reading.view(nxt)
        days = [d for d in _days_told(self._dates(nxt)) if not self._in_relative(view, d[0])]
        if len(days) != 1:
            return None
        value = days[0][2]
        try:
            day = dt.date.fromisoformat(value)
        except ValueError:
            return None
        if not 0 <= (state.published - day).days <= 7:
            return None
        return value, "day", False

    def _since_then(self, index: int) -> bool:
        """Whether the sentence tells what has happened since the one before ("has since
        killed"): an adverb "since" after "has", "have" or "had"."""
        sent, words = self.reading.state.sentences[index], self.reading.words
        if "since" not in words[sent.tok_start + 1 : sent.tok_end]:
            return False  # (the scan below, for the few sentences that may pass it)
        return any(words[k] == "since" and words[k - 1] in ("has", "have", "had")
                   for k in range(sent.tok_start + 1, sent.tok_end))

    def _after_told(self, index: int) -> tuple[str, str, bool] | None:
        """``_read_after_told``, read once per sentence."""
        if index not in self._after_told_of:
            self._after_told_of[index] = self._read_after_told(index)
        return self._after_told_of[index]

    def _read_after_told(self, index: int) -> tuple[str, str, bool] | None:
        """The day of the meeting a sentence with no date of its own says it came after ("spoke
        with U.S. President Donald Trump after the talks" in a story that told "agreed on
        Friday ... at their first face-to-face talks"): the day the nearest sentence before
        that names the same meeting with a day gives it (the same day, or the story would say
        "the next day")."""
        state = self.reading.state
        sent = state.sentences[index]
        lo, hi = state.original_span(sent.start, sent.end)
        m = _AFTER_MEETING.search(state.norm.original, lo, hi)
        if m is None:
            return None
        noun = re.compile(rf"\b{m.group(1)}\b", re.IGNORECASE)
        for k in range(index - 1, -1, -1):
            days = _days_told(self._dates(k))
            if not days:
                continue
            before = state.sentences[k]
            a, b = state.original_span(before.start, before.end)
            if noun.search(state.norm.original, a, b):
                return days[0][2], "day", False
        return None

    def _since_then_adverb(self, index: int) -> bool:
        """Whether the sentence says "since then" ("several times since then")."""
        sent, words = self.reading.state.sentences[index], self.reading.words
        if "then" not in words[sent.tok_start + 1 : sent.tok_end]:
            return False  # (the scan below, for the few sentences that may pass it)
        return any(words[k] == "then" and words[k - 1] == "since"
                   for k in range(sent.tok_start + 1, sent.tok_end))

    def _claimed(self, index: int) -> tuple[str, str, bool] | None:
        """``_read_claimed``, read once per sentence."""
        if index not in self._claimed_of:
            self._claimed_of[index] = self._read_claimed(index)
        return self._claimed_of[index]

    def _read_claimed(self, index: int) -> tuple[str, str, bool] | None:
        """"Gunmen stormed the train on Tuesday ... The BLA claimed responsibility, saying its
        fighters were holding 200 people hostage": a claim of responsibility with no date of
        its own is of the attack just told, on the last day the three sentences before name."""
        state = self.reading.state
        sent = state.sentences[index]
        if _CLAIM.search(state.text, sent.start, sent.end) is None:
            return None
        for before in range(index - 1, max(-1, index - 4), -1):
            days = _days_told(self._dates(before))
            if days:
                return days[-1][2], "day", False
        return None

    def _counted_from_before(self, index: int, later: re.Match[str]) -> str | None:
        """The day "later that day" / "the same day" / "hours later" stands for: the last day
        the sentence before (or the one before it; a few more for "that day" and "hours
        later") names ("Trump met Lavrov on Tuesday. Later that day he spoke to Kyiv"), None
        when they name none."""
        # "claimed drone attacks on three US bases that day": the day told a few sentences up
        hours = later["same3"] is not None or later["that"] is not None
        for before in range(index - 1, index - (6 if hours else 3), -1):
            if before < 0:
                return None
            # (not a day that dates a noun: "the results of Saturday's vote")
            days = [d for d in self._dates(before) if d[3] == "day" and not d[4]
                    and d[5] != "attributive"]
            if days:
                return str(days[-1][2])
        return None

    def _may_hold_a_date(self, start: int, end: int) -> bool:
        date_like = self._date_like
        if date_like is None:
            # Each distinct word of the document is looked at once: a date word or a digit.
            words = set(self.reading.words)
            date_like = self._date_like = frozenset(
                words & self.reading.cues.date_words
                | {w for w in filterfalse(str.isalpha, words) if any(ch.isdigit() for ch in w)})
        return not date_like.isdisjoint(self.reading.words[start:end])

    def told_before(self, index: int) -> tuple[str, str, bool] | None:
        """The last date (at any precision, not a duration or a dated noun) the sentence just
        before gives, in the same paragraph, when it lies in a year before the last one (the
        background of years ago; "in March" of a story in May is the story's own time); None
        when there is none."""
        state = self.reading.state
        if index == 0 or state.published is None:
            return None
        before = state.sentences[index - 1]
        if "\n\n" in state.text[before.end : state.sentences[index].start]:
            return None
        told = [d for d in self._dates(index - 1) if not d[5]]
        if not told or int(told[-1][2][:4]) >= state.published.year - 1:
            return None
        return told[-1][2], told[-1][3], False

    def lede_day(self) -> tuple[str, str, bool] | None:
        """The day the lede (the sentence after the headline) tells its news on, when it names
        one of the past week ("Bolivian police arrested the former army commander ... on
        Wednesday evening, hours after soldiers ... rolled armoured vehicles into the capital's
        main square" in a story of Thursday): the last plain day it names outside a relative
        clause (not the dateline's), None when that day is the publication's or none is named."""
        state = self.reading.state
        if state.published is None or len(state.sentences) < 2:
            return None
        view = self.reading.view(1)
        days = [d for d in _days_told(self._dates(1)) if not self._in_relative(view, d[0])]
        if not days:
            return None
        try:
            gap = (state.published - dt.date.fromisoformat(days[-1][2])).days
        except ValueError:
            return None
        return (days[-1][2], "day", False) if 0 < gap <= _WEEK_DAYS else None

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
