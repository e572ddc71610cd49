"""The in-memory knowledge base: actors, agents and the indices the recognizer needs."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from anyascii import anyascii

from factions.kb.entries import Agent, KBActor, KBIssue
from factions.kb.names import alias_variants, surname_of, translit_key
from factions.model import Role


@dataclass(slots=True)
class AliasEntry:
    """One surface form and what it denotes."""

    text: str
    actor_id: str
    kind: str  # name, alias, demonym, metonym, descriptor


@dataclass
class KnowledgeBase:
    """Actors and agents by id, plus lookup indices built by ``finish``."""

    actors: dict[str, KBActor] = field(default_factory=dict)
    agents: dict[str, Agent] = field(default_factory=dict)
    issues: list[KBIssue] = field(default_factory=list)
    # Built by finish():
    surface_forms: list[AliasEntry] = field(default_factory=list)
    agent_nouns: dict[str, str] = field(default_factory=dict)  # lower-case noun -> sector
    agent_first_words: frozenset[str] = frozenset()  # first words of multi-word agent nouns
    agent_starts: frozenset[str] = frozenset()  # agent nouns and their first words
    surnames: dict[str, list[str]] = field(default_factory=dict)  # "Sarraj" -> [actor ids]
    translit: dict[str, list[str]] = field(default_factory=dict)  # key -> [actor ids]
    descriptor_index: dict[str, list[str]] = field(default_factory=dict)  # lower -> [actor ids]
    commands: dict[str, list[str]] = field(default_factory=dict)  # person id -> [org ids]
    capital_country: dict[str, str] = field(default_factory=dict)  # "Tripoli" -> "LBY"
    # org id -> [(person id, role)]: who held which office of a state or organization.
    office_holders: dict[str, list[tuple[str, Role]]] = field(default_factory=dict)
    # the roles of other bodies whose title says UN ("UN Special Coordinator for Lebanon")
    un_office_holders: list[tuple[str, Role]] = field(default_factory=list)
    # (country, sector) -> the body that officially is that sector of that state.
    state_bodies: dict[tuple[str, str], str] = field(default_factory=dict)

    def add_actor(self, actor: KBActor) -> None:
        """Add an actor; an id seen before gains the new aliases/roles, scalars are replaced."""
        old = self.actors.get(actor.id)
        if old is None:
            self.actors[actor.id] = actor
            return
        for name in ("aliases", "descriptors", "demonyms", "metonyms", "conflicts"):
            merged = list(dict.fromkeys([*getattr(old, name), *getattr(actor, name)]))
            setattr(old, name, merged)
        old.roles.extend(actor.roles)
        old.name, old.type = actor.name, actor.type
        for name in ("country", "cameo", "wikidata", "represents"):
            if getattr(actor, name):
                setattr(old, name, getattr(actor, name))

    def add_agent(self, agent: Agent) -> None:
        old = self.agents.get(agent.id)
        if old is None:
            self.agents[agent.id] = agent
        else:
            old.nouns = list(dict.fromkeys([*old.nouns, *agent.nouns]))
            old.sector = agent.sector

    def finish(self) -> None:
        """Build the lookup indices; call after the last file is added."""
        forms: list[AliasEntry] = []
        surnames: dict[str, list[str]] = defaultdict(list)
        translit: dict[str, list[str]] = defaultdict(list)
        descriptors: dict[str, list[str]] = defaultdict(list)
        commands: dict[str, list[str]] = defaultdict(list)
        capitals: dict[str, str] = {}
        for actor in self.actors.values():
            for i, name in enumerate(actor.all_names()):
                kind = "name" if i == 0 else "alias"
                for variant in alias_variants(name):
                    forms.append(AliasEntry(variant, actor.id, kind))
                key = translit_key(name)
                if len(key.replace(" ", "")) >= 3 and actor.id not in translit[key]:
                    translit[key].append(actor.id)
            for demonym in actor.demonyms:
                forms.append(AliasEntry(demonym, actor.id, "demonym"))
            for metonym in actor.metonyms:
                forms.append(AliasEntry(metonym, actor.id, "metonym"))
                if actor.country:
                    capitals[metonym] = actor.country
            for descriptor in actor.descriptors:
                descriptors[descriptor.lower()].append(actor.id)
            if actor.type == "person":
                surname = surname_of(actor.name, actor.country)
                # "Edmundo Gonzalez" for "Edmundo González Urrutia": an alias with the same
                # given name drops a second family name; its last word is a surname too.
                given = actor.name.split()[0]
                shorter = [surname_of(a, actor.country) for a in actor.aliases
                           if a.split()[0] == given and 2 <= len(a.split()) <= 3
                           and all(x[:1].isupper() for x in a.split())]
                for family in dict.fromkeys([surname, *shorter]):
                    if not family or actor.id in surnames.get(family, ()):
                        continue
                    surnames[family].append(actor.id)
                    # The press often drops the accents of a KB name ("Déby" -> "Deby").
                    folded = anyascii(family)
                    if folded != family and folded.isalpha() \
                            and actor.id not in surnames.get(folded, ()):
                        surnames[folded].append(actor.id)
            for role in actor.roles:
                if role.org and role.org in self.actors and role.end is None:
                    if _is_command_title(role.title):
                        commands[actor.id].append(role.org)
        self.surface_forms = forms
        self.surnames = dict(surnames)
        self.translit = dict(translit)
        self.descriptor_index = dict(descriptors)
        self.commands = dict(commands)
        self.capital_country = capitals
        holders: dict[str, list[tuple[str, Role]]] = defaultdict(list)
        states = {name.lower(): a.id for a in self.actors.values() if a.type == "state"
                  for name in a.all_names()}
        for actor in self.actors.values():
            if actor.type == "person":
                for role in actor.roles:
                    if role.org:
                        holders[role.org].append((actor.id, role))
                    # "President of Russia" held in the Russian government's entry is an
                    # office of the state too ("the Russian president", "Russia's president").
                    _, of, tail = role.title.rpartition(" of ")
                    owner = states.get(tail.strip().removeprefix("the ").lower()) if of else None
                    if owner is not None and owner != role.org:
                        holders[owner].append((actor.id, role))
        self.office_holders = dict(holders)
        self.un_office_holders = [(a, r) for org, roles in holders.items()
                                  if org != "united-nations" for a, r in roles
                                  if r.title.lower().startswith(_UN_TITLES)]
        self.state_bodies = {
            (a.represents["country"], a.represents["sector"]): a.id
            for a in self.actors.values() if a.represents
        }
        self.agent_nouns = {
            noun.lower(): agent.sector for agent in self.agents.values() for noun in agent.nouns
        }
        self.agent_first_words = frozenset(n.split()[0] for n in self.agent_nouns if " " in n)
        self.agent_starts = frozenset(self.agent_nouns) | self.agent_first_words

    def office_holder(self, org: str, office: str, when: str | None) -> str | None:
        """Who held ``office`` ("prime minister") of ``org`` on ``when`` (ISO date prefix)."""
        return _sole_holder(self.office_holders.get(org, ()),
                            lambda title: _holds_office(title, office), when)

    def body_office_holder(self, body: str, office: str, when: str | None) -> str | None:
        """Who alone held ``office`` ("special envoy for yemen") of the international body
        ``body`` on ``when``; for the United Nations, also an office of its missions and
        agencies whose title says so ("UN Special Coordinator for Lebanon", held in UNSCOL).
        Its "chief" or "head" is the holder of its top office (secretary-general,
        director-general, executive director, high commissioner, president ...)."""
        office = office.replace("-", " ")
        if office in ("chief", "head"):  # "the U.N. chief", "the WHO head": its top office
            return _sole_holder(
                self.office_holders.get(body, ()),
                lambda title: title.lower().replace("-", " ").startswith(_TOP_OFFICES), when)
        roles = self.office_holders.get(body, [])
        if body == "united-nations":
            roles = [*roles, *self.un_office_holders]
        return _sole_holder(roles, lambda title: _holds_office(title, office), when)

    def get(self, actor_id: str) -> KBActor | None:
        return self.actors.get(actor_id)

    def __len__(self) -> int:
        return len(self.actors)


def _sole_holder(roles: Iterable[tuple[str, Role]], office: Callable[[str], bool],
                 when: str | None) -> str | None:
    """The one person among ``roles`` whose title names the office (``office``) and who held it
    on ``when``; None when several did, or nobody."""
    found = {actor_id for actor_id, role in roles if office(role.title) and role.held_on(when)}
    return found.pop() if len(found) == 1 else None


# A body's top offices, which "the U.N. chief", "the NATO chief", "the WHO head" name.
_TOP_OFFICES = ("secretary general", "director general", "executive director",
                "high commissioner", "un high commissioner", "commissioner general", "president",
                "chairperson", "managing director", "administrator")

# How a title held in a UN mission or agency says it is the United Nations' ("UN Special
# Coordinator for Lebanon", "United Nations High Commissioner for Refugees").
_UN_TITLES = ("un ", "u.n. ", "united nations ")

# Words before an office in a title that make it another office ("Vice President", "Deputy
# Prime Minister", "adviser to the president", "co-president").
_NOT_THE_OFFICE = frozenset({"vice", "deputy", "assistant", "co", "to", "the", "former",
                             "sub", "under"})


# The long forms of ministers' titles, as the press shortens them. "Defense" is spelt "defence"
# first, in the title and in the office, so that "Japan's defence minister" (British spelling)
# finds the "Minister of Defense of Japan" and "the defense minister" (American) a "Minister for
# Defence"; a "Minister of National Defence" is the defence minister too.
_OFFICE_SPELLINGS = (("minister of foreign affairs", "foreign minister"),
                     ("minister for foreign affairs", "foreign minister"),
                     ("minister of defence", "defence minister"),
                     ("minister for defence", "defence minister"),
                     ("minister of national defence", "defence minister"),
                     ("minister of the interior", "interior minister"),
                     ("minister of interior", "interior minister"),
                     ("minister of finance", "finance minister"),
                     # France's and India's names of the foreign, defence and home ministers
                     ("minister for europe and foreign affairs", "foreign minister"),
                     ("minister of the armed forces", "defence minister"),
                     ("minister of external affairs", "foreign minister"),
                     ("minister of home affairs", "home minister"),
                     # The Philippines' secretaries (their press says "foreign secretary")
                     ("secretary of foreign affairs", "foreign secretary"),
                     ("secretary of national defence", "defence secretary"))


@lru_cache(maxsize=4096)
def _holds_office(title: str, office: str) -> bool:
    """Whether a role's ``title`` is the ``office`` ("prime minister"), word for word: "Prime
    Minister of Iraq" and "Founder and Emir" are; "Deputy Prime Minister", "Special Presidential
    Envoy" and "Senior Adviser to the President" are not."""
    lower = title.lower().replace("defense", "defence")
    for long, short in _OFFICE_SPELLINGS:
        lower = lower.replace(long, short)
    words = lower.replace("-", " ").replace("(", " ").replace(")", " ").replace(",", " ").split()
    wanted = office.replace("defense", "defence").split()
    n = len(wanted)
    return any(words[i:i + n] == wanted and (i == 0 or words[i - 1] not in _NOT_THE_OFFICE)
               for i in range(len(words) - n + 1))


_COMMAND_WORDS = ("commander", "leader", "chief", "head", "founder", "chairman", "emir",
                  "president", "general")


def _is_command_title(title: str) -> bool:
    lower = title.lower()
    return any(word in lower for word in _COMMAND_WORDS)
