"""Turn mentions into the document's actor list: salience, key actor, aliases, roles.

Salience weighs every mention by how it names the actor (a full name counts more than a
pronoun), where it stands (title and first paragraph count more) and whether it is a sentence
subject (the headline's subject most, then the lede's), and adds the events the actor acts in
(as source more than as target; the source of an event the headline or the lede asserts most)
and the alignments it is a party to. The key actor is the one with the most standing: its
salience, with its leader and forces counted with it (see ``_standing``). A state used only as a
place ("in Egypt") is not listed; the country the story happens in is listed only where it acts
(its troops, its government, a relation or event of its own).
"""

from __future__ import annotations

import re

from factions.actors.arena import arena_country
from factions.actors.home import country_words, home_body
from factions.actors.lexicon import actor_lexicon
from factions.actors.roles import extract_roles
from factions.actors.unnamed import UNNAMED
from factions.events.completion import SPEECH_ACTS
from factions.model import Actor, Event, Mention, Role
from factions.pipeline.state import ActorMention, DocState

REQUIRES = ("mentions", "actors")
ASSIGNS = ("actors", "key_actor", "roles")

_WEIGHT = {
    "name": 1.0, "alias": 1.0, "discovered": 1.0, "surname": 0.9, "translit": 0.9,
    "descriptor": 0.8, "office": 1.0, "pronoun": 0.6, "metonym": 0.9, "demonym": 0.7, "agent": 0.5,
}
_ALIGNMENTS = {"supports", "opposes", "mediates", "allied_with"}
_PRONOUNS = {"his", "her", "its", "their", "our", "my", "your"}
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SURFACE_KINDS = {"name", "alias", "discovered", "surname", "translit", "metonym", "demonym",
                  "agent", "office"}


def assemble_actors(state: DocState) -> None:
    """Fill ``state.actors`` (known and discovered) and ``state.key_actor``."""
    text_roles = extract_roles(state)
    salience: dict[str, float] = {}
    by_actor: dict[str, list[ActorMention]] = {}
    arena = arena_country(state)
    n_sent = max(1, len(state.sentences))
    first_in_sentence = _sentence_subjects(state)
    lede = _lede_sentence(state)
    for m in state.mentions:
        by_actor.setdefault(m.actor_id, []).append(m)
        if m.locative:
            continue
        weight = _WEIGHT.get(m.kind, 0.5)
        if m.kind == "agent" and _named_owner(m, state):
            weight = 1.0  # "Israeli tanks", "Haftar's troops": as good as a name
        if m.attributive:
            weight *= 0.5
        if m.sentence == 0:
            weight *= 2.0  # headline (or lead when there is none)
        elif m.sentence == 1:
            weight *= 1.5
        elif m.sentence < n_sent * 0.2:
            weight *= 1.2
        if first_in_sentence.get(m.sentence) == m.actor_id:
            weight *= 1.3  # the sentence's subject, as far as word order tells
            if m.sentence == 0:
                weight *= 2.0  # the headline's subject: whom the story is about
            elif m.sentence == lede:
                weight *= 1.5  # the lede's subject: who did what the story reports
        salience[m.actor_id] = salience.get(m.actor_id, 0.0) + weight
    listed = {a for a, mentions in by_actor.items() if _is_listed(a, mentions, state, arena)}
    _settle_ends(state, listed, set(by_actor))
    # What the story tells of an actor counts: each event it acts in (more as the source than
    # as the target) and each alignment it is a party to add to its salience.
    # The headline and the lede state the story's news: the source of an event they assert
    # is its protagonist ("Israeli tanks take Rafah crossing"), more than whoever it hit or
    # whoever is quoted about it later.
    main_end = _main_end(state, lede)
    for event in state.events:
        main = 3.0 if event.modality == "asserted" and event.evidence.start < main_end else 1.0
        for actor_id in event.source:
            salience[actor_id] = salience.get(actor_id, 0.0) + 1.5 * event.confidence * main
        # (whom a speaker blames, asks, rebuffs or warns is named by the speaker, less so
        # by the news: "Putin said Kyiv was trying to improve its position")
        said = 0.5 if event.type in SPEECH_ACTS else 1.0
        for actor_id in event.target:
            salience[actor_id] = salience.get(actor_id, 0.0) + event.confidence * said
    for relation in state.relations:
        if relation.type in _ALIGNMENTS:
            for actor_id in (relation.source, relation.target):
                salience[actor_id] = salience.get(actor_id, 0.0) + 0.5
    actors: dict[str, Actor] = {}
    # Actors the events name by an office alone ("Qatar's emir hosted ...") have no mention.
    unnamed: dict[str, list[ActorMention]] = {a: [] for a in listed if a not in by_actor}
    for actor_id, mentions in [*by_actor.items(), *unnamed.items()]:
        if actor_id not in listed:
            continue
        actor = _make_actor(actor_id, state)
        actor.mentions = [_to_mention(m, state) for m in mentions]
        # Descriptions name groups ("the government in Tripoli") but only describe people.
        kinds = _SURFACE_KINDS if actor.type == "person" else _SURFACE_KINDS | {"descriptor"}
        actor.aliases = list(dict.fromkeys(
            m.text for m in mentions if m.kind in kinds and not m.locative
            and not (m.kind == "agent" and m.text.split()[0].lower() in _PRONOUNS)))
        actor.roles = _kb_roles(actor_id, state) + text_roles.get(actor_id, [])
        actors[actor_id] = actor
    total = sum(salience.get(a, 0.0) for a in actors) or 1.0
    for actor_id, actor in actors.items():
        actor.salience = salience.get(actor_id, 0.0) / total
    state.actors = dict(sorted(actors.items(), key=lambda kv: -kv[1].salience))
    standing = _standing(state, by_actor, lede)
    key = _protagonist(state, first_in_sentence, lede) or max(
        state.actors, key=lambda a: standing.get(a, 0.0), default=None)
    if key == UNNAMED:
        key = _credited_group(state, key) or key
    state.key_actor = key



# Words that credit an attack nobody claimed to a group the text names: "the attacks bore the
# hallmarks of Boko Haram", "officials blamed al-Shabaab", "blamed the bombing on ISWAP".
_ATTRIBUTIONS = frozenset({"hallmarks", "hallmark", "blamed", "blame", "blames", "blaming"})
_NOT_SAID = frozenset({"no", "not", "never", "denied", "nobody"})


def _credited_group(state: DocState, unnamed: str) -> str | None:
    """The one named non-state armed group the text credits with the attacks of the group it
    does not name (``unnamed``): "Women suicide bombers kill at least 18 ...; ... the attacks
    bore the hallmarks of Boko Haram": the story is Boko Haram's, as a claimed attack is its
    claimant's. The first such group within eight words after the cue, in its sentence."""
    tv = state.tokens
    lowers = tv.lower
    kb = state.kb
    starts: dict[int, ActorMention] = {}
    for m in state.mentions:
        if not m.locative:
            starts.setdefault(m.tok_start, m)
    found: set[str] = set()
    for i in tv.positions(_ATTRIBUTIONS):
        sentence = tv.sentence[i]
        first = state.sentences[sentence].tok_start
        if not _NOT_SAID.isdisjoint(lowers[max(first, i - 4):i]):
            continue  # "denied blaming", "did not blame"
        for k in range(i + 1, min(i + 9, len(lowers))):
            if tv.sentence[k] != sentence:
                break
            hit = starts.get(k)
            if hit is None or hit.actor_id == unnamed:
                continue
            actor = state.actors.get(hit.actor_id)
            entry = kb.actors.get(hit.actor_id)
            if actor is not None and actor.type == "armed_group" and entry is not None \
                    and entry.represents is None:
                found.add(hit.actor_id)
                break
    return found.pop() if len(found) == 1 else None


# The document's crowd of a country (``x-moz-protesters``: "supporters of ...", "marchers").
_CROWD = re.compile(r"x-[a-z]{3}-protesters$")
_OWNED = ("'s", "’s")
_DETERMINERS = {"the", "a", "an", "some", "these", "those", "this", "that", "both", "all"}


def _sentence_subjects(state: DocState) -> dict[int, str]:
    """Sentence -> the actor of its first mention that is not a place, a modifier or a
    possessor: "Ethiopia's Abiy sends army" is about Abiy, "Israeli tanks take" about the
    army the tanks are (an agent named by its owner; not "its forces")."""
    lowers = state.tokens.lower
    n = len(lowers)
    starts: set[int] | None = None
    subjects: dict[int, str] = {}
    datelines = _dateline_ends(state)
    for m in state.mentions:
        if m.sentence in subjects or m.locative or m.attributive:
            continue
        if m.tok_start < datelines.get(m.sentence, -1):
            continue  # "ZVECAN, Kosovo, May 30 (Reuters) - Serb protesters fought ..."
        if m.kind == "agent" and not _named_owner(m, state):
            continue
        if m.tok_end < n and lowers[m.tok_end] in _OWNED:
            if starts is None:
                starts = {x.tok_start for x in state.mentions}
            if m.tok_end + 1 + _title_width(state, m.tok_end + 1) in starts:
                continue  # a possessor of the next mention ("Burkina's Captain Traore")
        width = _title_width(state, m.tok_end, any_case=True) if m.tok_end < n else 0
        if width and _person_at(state, m.tok_end + width):
            continue  # the group or state of a titled person ("Hamas leader Haniyeh killed")
        named = _named_in_apposition(state, m) if m.sentence <= 2 else None
        subjects[m.sentence] = named or m.actor_id
    return subjects


_DASHES = frozenset({"-", "—", "–"})


def _dateline_ends(state: DocState) -> dict[int, int]:
    """Sentence -> the token after its dateline, for the first sentences that open on a place
    in capitals ("HUWARA, West Bank, Feb 27 (Reuters) -", "ERBIL, Iraq -"): the places and the
    outlet there say where the story was filed, not who acts in it."""
    tv = state.tokens
    ends: dict[int, int] = {}
    for number, sent in enumerate(state.sentences[:3]):
        first = tv.text[sent.tok_start] if sent.tok_start < sent.tok_end else ""
        if len(first) < 2 or not first.isupper() or not first.replace("'", "").isalpha():
            continue
        for j in range(sent.tok_start + 1, min(sent.tok_end, sent.tok_start + 16)):
            if tv.text[j] in _DASHES and tv.space[j - 1]:
                ends[number] = j + 1
                break
    return ends


_NAMING_KINDS = frozenset({"name", "alias", "discovered"})


def _named_in_apposition(state: DocState, m: ActorMention) -> str | None:
    """The person a description is set beside: "Sudan's top general, Abdel Fattah al-Burhan,
    dissolved ..." is about Burhan, not the army the description reads as (asked of the
    headline and the lede only, whose subjects name the protagonist)."""
    if m.kind not in ("agent", "descriptor"):
        return None
    tv = state.tokens
    if m.tok_end + 1 >= len(tv.text) or tv.text[m.tok_end] != ",":
        return None
    for other in state.mentions:
        if other.tok_start == m.tok_end + 1 and other.kind in _NAMING_KINDS \
                and not other.locative and other.actor_id != m.actor_id:
            entry = state.actor_entry(other.actor_id)
            return other.actor_id if entry is not None and entry.type == "person" else None
    return None


def _title_width(state: DocState, at: int, any_case: bool = False) -> int:
    """How many tokens a capitalized person's title takes from token ``at`` ("Captain",
    "Prime Minister", "Lt. Gen."; with ``any_case`` also "leader", "army chief"), 0 for none."""
    tv = state.tokens
    if at >= len(tv.text) or not (any_case or tv.text[at][:1].isupper()):
        return 0
    lowers = tv.lower
    for title in actor_lexicon().titles_by_first.get(lowers[at], ()):
        if tuple(lowers[at:at + len(title)]) == title:
            return len(title) + _title_width(state, at + len(title), any_case)
    return 0


def _person_at(state: DocState, at: int) -> bool:
    """Whether a mention of a person starts at token ``at``."""
    return any(x.tok_start == at and (actor := state.actor_entry(x.actor_id)) is not None
               and actor.type == "person" for x in state.mentions)


def _protagonist(state: DocState, subjects: dict[int, str], lede: int | None) -> str | None:
    """The actor the headline and the lede are both about and both tell acting: the subject
    of each and, in each, a source of an event it asserts, alone in the headline's ("Israel
    strikes Iran's nuclear sites ...; Tehran vows revenge" / "Israel struck Iran's main uranium
    enrichment plant ...": Israel, however often the rest of the story names Iran). A joint act
    ("US and British forces strike Houthi targets") names no one protagonist."""
    if lede is None or not state.sentences:
        return None
    actor = subjects.get(0)
    if actor is None:
        return _lede_protagonist(state, subjects, lede)
    if actor not in state.actors:
        return None
    # "Turkey strikes Kurdish militants ...; Turkish warplanes struck ..., the defence ministry
    # said": a state's own armed forces tell its act in the lede, as its own claim; "Kiir
    # detains Machar allies ..." / "President Salva Kiir's government has detained ...": so
    # does a body the headline's subject owns by name.
    forces = _own_bodies(state, actor)
    lede_subject = subjects.get(lede)
    owned = lede_subject != actor and _owned_by(state, lede, lede_subject, actor)
    # A lede that opens on the party hit by the headline's act, or on a witness, acting in no
    # event of its own ("Hezbollah confirmed ... its leader had been killed in an Israeli air
    # strike") still tells the headline's subject acting, as its report.
    witness = lede_subject != actor and lede_subject not in forces and not owned \
        and _only_witness(state, lede, lede_subject)
    if lede_subject != actor and lede_subject not in forces and not owned and not witness:
        return None
    # "Yemen's Hadi hands power to council ...; Yemeni President Abd-Rabbu Mansour Hadi
    # transferred his powers ...": a person the headline and the lede both open on is the
    # protagonist, whether or not his act is one the events code.
    if lede_subject == actor and state.actors[actor].type == "person" \
            and not _joined_subject(state, actor):
        return actor
    head_end = state.original_span(state.sentences[0].start, state.sentences[0].end)[1]
    main_end = _main_end(state, lede)
    alone = acts = told = solo = False
    for event in state.events:
        if event.evidence.start < head_end:
            if event.modality == "asserted" and actor in event.source:
                told = True
                alone = alone or len(event.source) == 1 or (
                    lede_subject == actor and _states_together(state, event))
        elif event.evidence.start < main_end and (
                (event.modality == "asserted"
                 and (actor in event.source or (owned and lede_subject in event.source)))
                or (event.modality == "reported"
                    and lede_subject in forces and lede_subject in event.source)
                or (witness and event.modality in ("asserted", "reported")
                    and actor in event.source)):
            acts = True
            solo = solo or (event.modality == "asserted" and event.source == [actor])
    # "Syrian troops leave Sweida under U.S.-brokered truce ...": a headline whose own act the
    # events do not code leaves it to the lede, of the same subject, to show it acting alone
    # ("Syrian government forces pulled out of ... Sweida").
    # A subject joined to another ("Sudan army and RSF paramilitaries battle for Khartoum") is
    # one of two.
    if not told and lede_subject == actor and not _joined_subject(state, actor):
        alone = solo
    return actor if alone and acts else None


def _only_witness(state: DocState, lede: int, subject: str | None) -> bool:
    """Whether the lede's ``subject`` acts in no event of the lede (one of the past aside):
    it only confirms, suffers or watches what the headline's subject did ("Israel kills
    Hezbollah leader Nasrallah ...; Hezbollah confirmed ... that its leader ... had been killed
    in an Israeli air strike"; "More than 50,000 flee Nagorno-Karabakh; Azerbaijan detains ...
    / ... officials in Yerevan said ..., as Azerbaijani border guards detained ...")."""
    if subject is None:
        return False
    head_end = state.original_span(state.sentences[0].start, state.sentences[0].end)[1]
    main_end = _main_end(state, lede)
    return not any(head_end <= e.evidence.start < main_end and subject in e.source
                   and e.modality != "historical" for e in state.events)


def _states_together(state: DocState, event: Event) -> bool:
    """Whether ``event`` is a joint act of states only, aimed at no armed group: "Mali,
    Burkina Faso and Niger quit ECOWAS" / "The military governments of Mali, Burkina Faso and
    Niger said ... they were leaving": the first named, the subject of both, leads them (as
    "Ethiopia and Somalia agree ..."), where "US and British forces strike Houthi targets" is
    about the group struck."""
    def kind(actor_id: str) -> str | None:
        actor = state.actors.get(actor_id)
        return actor.type if actor is not None else None

    return all(kind(a) == "state" for a in event.source) \
        and all(kind(a) != "armed_group" for a in event.target)


def _joined_subject(state: DocState, actor: str) -> bool:
    """Whether the headline's first mention of ``actor`` is joined by "and" to another actor's."""
    lowers = state.tokens.lower
    head = [m for m in state.mentions if m.sentence == 0]
    for m in head:
        if m.actor_id == actor:
            after = m.tok_end + 1
            return after < len(lowers) and lowers[m.tok_end] in ("and", "&") and any(
                o.actor_id != actor and o.tok_start in (after, after + 1) for o in head)
    return False


def _lede_protagonist(state: DocState, subjects: dict[int, str], lede: int) -> str | None:
    """A headline with no actor for its subject ("Three Israeli hostages freed as Gaza ceasefire
    takes effect") leaves the lede to say who did it: the lede's subject, where it alone is the
    source of an event the lede asserts ("Hamas handed over three Israeli hostages to the Red
    Cross ..., and Israel freed 90 Palestinian prisoners": Hamas)."""
    actor = subjects.get(lede)
    if actor is None or actor not in state.actors:
        return None
    head_end = state.original_span(state.sentences[0].start, state.sentences[0].end)[1]
    main_end = _main_end(state, lede)
    if any(head_end <= e.evidence.start < main_end and e.modality == "asserted"
           and e.source == [actor] for e in state.events):
        return actor
    return None


def _own_bodies(state: DocState, actor_id: str) -> set[str]:
    """The article's actors that officially are the state ``actor_id`` (its armed forces)."""
    entry = state.kb.actors.get(actor_id)
    if entry is None or entry.type != "state" or not entry.country:
        return set()
    found: set[str] = set()
    for other in state.actors:
        kb_other = state.kb.actors.get(other)
        if kb_other is not None and kb_other.represents is not None \
                and kb_other.represents.get("country") == entry.country \
                and kb_other.represents.get("sector") == "military":
            found.add(other)
    return found


def _owned_by(state: DocState, sentence: int, body: str | None, owner: str) -> bool:
    """Whether the first mention of ``body`` in ``sentence`` is an agent named by ``owner``'s
    possessive ("President Salva Kiir's government")."""
    if body is None:
        return False
    lowers = state.tokens.lower
    for m in state.mentions:
        if m.sentence == sentence and m.actor_id == body:
            return m.kind == "agent" and any(
                o.actor_id == owner and m.tok_start <= o.tok_start and o.tok_end < m.tok_end
                and lowers[o.tok_end] in _OWNED for o in state.mentions
                if o.sentence == sentence)
    return False


def _named_owner(m: ActorMention, state: DocState) -> bool:
    """Whether an agent mention is named by its owner ("Russian missiles", "Haftar's troops"),
    not by a pronoun ("its forces") or by nothing ("rebels"). A demonym that shares the noun
    of the next one ("*Rwandan* and Mozambican troops") is named by its owner as much."""
    first = m.text.split(maxsplit=1)[0] if m.text else ""
    if " " not in m.text:
        return (m.text,) in country_words(state.kb)
    return first[:1].isupper() and first.lower() not in _PRONOUNS \
        and first.lower() not in _DETERMINERS


def _lede_sentence(state: DocState) -> int | None:
    """The lede: the first sentence after a headline standing on its own line (``None`` when
    the text starts with its lede, which then weighs as the headline does)."""
    original = state.norm.original
    line_end = original.find("\n", 0, 400)
    first_line = original[:line_end].strip() if line_end > 0 else ""
    if not first_line or (first_line.endswith(".") and first_line != state.document.title):
        return None  # no line of its own, or a paragraph: the text opens with its lede
    for k, sent in enumerate(state.sentences):
        if k and state.original_span(sent.start, sent.end)[0] > line_end:
            return k
    return None


def _main_end(state: DocState, lede: int | None) -> int:
    """Original offset where the headline and the lede end."""
    last = lede if lede is not None else 0
    if last >= len(state.sentences):
        return 0
    sent = state.sentences[last]
    return state.original_span(sent.start, sent.end)[1]




def _standing(state: DocState, by_actor: dict[str, list[ActorMention]],
              lede: int | None) -> dict[str, float]:
    """Salience with an actor's leader and forces counted with it. Wire copy tells a state's
    news through its army ("Russian missiles hit Kyiv") and its leader ("in what President
    Vladimir Putin said was retaliation") as much as through its name: where the headline or
    the lede names them, each of them adds half the others' salience to its own (a victim
    state's army or president quoted further down does not). A group the text names by its
    leader ("Haftar's forces", "Haftar's self-styled Libyan National Army") is his
    instrument: he takes its salience when he is at least half as salient himself."""
    actors = state.actors
    standing = {a: actor.salience for a, actor in actors.items()}
    states = {actor.country: a for a, actor in actors.items()
              if actor.type == "state" and actor.country}
    when = state.document.published[:10] if state.document.published else None
    top = lede or 0  # forces and leaders count with their state where the news names them
    # ... or wherever the story names them when the state itself acts in the news ("A ceasefire
    # between Israel and Hezbollah took effect": Israel's troops, who withdraw further down,
    # count with it; a state only hit in the news still lends nothing).
    main_end = _main_end(state, lede)
    acting = {a for e in state.events if e.modality == "asserted"
              and e.evidence.start < main_end for a in e.source}

    def in_news(actor_id: str, state_id: str | None = None) -> bool:
        return state_id in acting or any(m.sentence <= top for m in by_actor.get(actor_id, ()))

    family: dict[str, str] = {}
    lent: set[str] = set()
    for actor_id in actors:
        entry = state.kb.actors.get(actor_id)
        if entry is None:
            # The story country's own government named by a common noun ("the government",
            # "the authorities") counts with its state, whose voice it is; its police ("police
            # fired tear gas"), where the news names it, adds to them but takes nothing: the
            # state is the protagonist of a crackdown, not its instrument.
            home = home_body(actor_id)
            if home and home[1] in ("government", "police") and home[0] in states and (
                    home[1] == "government" or in_news(actor_id)):
                family[actor_id] = states[home[0]]
                if home[1] == "police":
                    lent.add(actor_id)  # it adds to the others; the state speaks, not the police
            continue
        owner = entry.represents
        if owner is not None:
            if owner.get("sector") == "military" and owner.get("country") in states and \
                    in_news(actor_id, states[owner["country"]]):
                family[actor_id] = states[owner["country"]]
        elif entry.type == "person":
            for role in entry.roles:
                if role.org in actors and role.held_on(when):
                    if actors[role.org].type == "state":
                        if in_news(actor_id, role.org):
                            family[actor_id] = role.org
                    elif _named_by(role.org, actor_id, state, by_actor) and \
                            standing[actor_id] >= 0.5 * standing[role.org]:
                        standing[actor_id] += standing[role.org]
                    break
    # "A senior Kosovo Serb politician said he had led the armed group that attacked Kosovo
    # police": a group nobody else names, that the text says a person led, is his instrument
    # too.
    led: set[str] = set()
    for relation in state.relations:
        leader, group = relation.source, relation.target
        if relation.type == "commands" and relation.basis == "stated" and group not in led \
                and leader in actors and group in actors and state.kb.actors.get(group) is None \
                and actors[leader].type == "person" and actors[group].type == "armed_group" \
                and standing[leader] >= 0.5 * standing[group]:
            standing[leader] += standing[group]
            led.add(group)
    # "as supporters of opposition figure Venancio Mondlane marched to contest the result": a
    # crowd the text names as a person's supporters is his movement; he takes its standing.
    for relation in state.relations:
        crowd, person = relation.source, relation.target
        if relation.type == "supports" and relation.basis == "stated" and crowd not in led \
                and _CROWD.match(crowd) and person in actors and crowd in actors \
                and actors[person].type == "person" \
                and standing[person] >= 0.5 * standing[crowd]:
            standing[person] += standing[crowd]
            led.add(crowd)
    if family:
        totals: dict[str, float] = {}
        for actor_id, actor in actors.items():
            head = family.get(actor_id, actor_id)
            totals[head] = totals.get(head, 0.0) + actor.salience
        for actor_id, actor in actors.items():
            if actor_id in lent:
                continue
            head = family.get(actor_id, actor_id)
            standing[actor_id] += 0.5 * (totals[head] - actor.salience)
    return standing


def _named_by(group: str, leader: str, state: DocState,
              by_actor: dict[str, list[ActorMention]]) -> bool:
    """Whether the text names ``group`` through ``leader``: a mention of it that holds one of
    his names ("Haftar's forces") or that his possessive opens ("Haftar's ... Libyan National
    Army")."""
    names = {m.text for m in by_actor.get(leader, ())
             if m.kind in ("name", "alias", "surname", "translit")}
    if not names:
        return False
    group_mentions = by_actor.get(group, ())
    if any(n in m.text for m in group_mentions for n in names):
        return True
    lowers = state.tokens.lower
    starts = {m.tok_start for m in group_mentions}
    return any(m.tok_end < len(lowers) and lowers[m.tok_end] in _OWNED
               and (m.tok_end + 1 in starts or m.tok_end + 2 in starts)
               for m in by_actor.get(leader, ()) if m.text in names)


def _settle_ends(state: DocState, listed: set[str], named: set[str]) -> None:
    """Every end of an event or an alignment is an actor of the article. A country the article
    would not list (named only as a place: "imposed sweeping sanctions on Mali" in a story of
    Mali, "stormed southern Israel") stands for its government when the article names exactly
    one; it and any other knowledge-base actor an event or alignment names is else listed as
    a party ("Qatar's emir hosted ..." names the emir by his office alone); an end that is no
    actor at all (a town read as a name) is dropped, and with it an event left without the
    source it had, or an alignment; so is a country the text names neither by a mention
    (``named``: the actors with mentions) nor by its adjective in the sentence. ``listed``
    gains the actors kept."""
    from factions.relations.infer import home_governments  # the alignment stage builds on us

    if all(a in listed for e in state.events for a in (*e.source, *e.target)) and all(
            r.source in listed and r.target in listed for r in state.relations):
        return
    governments: dict[str, str] | None = None

    def adjective_in(demonyms: list[str], evidence: str) -> bool:
        """Whether the sentence names a state by its adjective ("Egyptian and Qatari
        mediators", "Russian airlines"); a plural people noun ("in solidarity with
        Palestinians") does not name the state."""
        words = set(_WORD.findall(evidence))
        return any(d in words for d in demonyms if not d.endswith("s"))

    def settle(actor_id: str, evidence: str) -> str | None:
        nonlocal governments
        if actor_id in listed:
            return actor_id
        entry = state.kb.actors.get(actor_id)
        if entry is None or (entry.type == "state" and actor_id not in named
                             and not adjective_in(entry.demonyms, evidence)):
            return None  # "in solidarity with Palestinians": people, not a state the text names
        if entry.type == "state" and entry.country:
            if governments is None:
                governments = home_governments(state)
            government = governments.get(entry.country)
            if government in listed:
                return government
        listed.add(actor_id)
        return actor_id

    def settled(actors: list[str], evidence: str) -> list[str]:
        return list(dict.fromkeys(a for x in actors if (a := settle(x, evidence)) is not None))

    events = []
    for event in state.events:
        source = settled(event.source, event.evidence.text)
        if event.source and not source:
            continue
        event.source = source
        event.target = [a for a in settled(event.target, event.evidence.text)
                        if a not in source]
        events.append(event)
    if len(events) != len(state.events):
        for k, event in enumerate(events, 1):
            event.id = f"e{k}"
        state.events = events
    relations = []
    seen = {(r.type, r.source, r.target) for r in state.relations
            if r.source in listed and r.target in listed}
    for relation in state.relations:
        if relation.source in listed and relation.target in listed:
            relations.append(relation)
            continue
        told = relation.evidence.text
        start, end = settle(relation.source, told), settle(relation.target, told)
        if start is None or end is None or start == end or (relation.type, start, end) in seen:
            continue
        seen.add((relation.type, start, end))
        relation.source, relation.target = start, end
        relations.append(relation)
    if len(relations) != len(state.relations):
        for k, relation in enumerate(relations, 1):
            relation.id = f"r{k}"
        state.relations = relations


def _place_spans(state: DocState) -> list[tuple[int, int]]:
    return [(m.start, m.end) for p in state.places for m in p.mentions]


def _is_place(mentions: list[ActorMention], state: DocState,
              places: list[tuple[int, int]]) -> bool:
    """A discovered "actor" every name of which the geoparser resolved as a place (a place
    inside a longer name, as in "Wadi Zamzam Brigade", leaves the name an actor)."""
    names = [m for m in mentions if m.kind in ("discovered", "surname")]
    for m in names:
        start, end = state.original_span(m.start, m.end)
        if not any(a <= start and end <= b for a, b in places):
            return False
    return bool(names)


def _is_listed(actor_id: str, mentions: list[ActorMention], state: DocState,
               arena: str | None) -> bool:
    kb_actor = state.kb.actors.get(actor_id)
    if kb_actor is None and state.places and _is_place(mentions, state, _place_spans(state)):
        return False  # "Qasr bin Ghashir": a town, not a person
    is_state = kb_actor is not None and kb_actor.type == "state"
    active = [m for m in mentions if not m.locative and not (is_state and m.attributive)]
    if not active:
        return False
    if not is_state or actor_id != arena:
        return True
    # The country the story happens in is a party to it only where it acts: its troops or
    # officials, its capital speaking, a verb of its own, an event or relation it takes part in.
    # Being the target of an event ("strikes on Yemen") is not acting; being its source is.
    return any(_acts(m, state) for m in active) or any(
        actor_id in e.source for e in state.events
    ) or any(actor_id == r.source and r.basis == "stated" for r in state.relations)


_AUXILIARIES = {"has", "have", "had", "is", "was", "were", "are", "will", "would", "also",
                "too", "now", "then", "already", "reportedly", "again", "not", "did", "does",
                "could", "can", "may", "might", "must", "should", "itself", ",", "in",
                "particular", "for", "its", "part"}
_NOT_ACTING = {"is", "was", "has", "have", "had", "are", "were", "be", "been"}


def _acts(m: ActorMention, state: DocState) -> bool:
    """Whether a mention of a country shows it acting (see ``_is_listed``)."""
    if m.kind in ("agent", "metonym", "demonym"):
        return True
    lowers = state.tokens.lower
    lex = actor_lexicon()
    j = m.tok_end
    if j < len(lowers) and lowers[j] in ("'s", "'"):
        # "Egypt's president" acts; "Yemen's Houthis" and "Libya's south" do not.
        nxt = state.tokens.text[j + 1] if j + 1 < len(lowers) else ""
        return nxt.islower() and nxt not in lex.place_nouns_after_possessive
    seen = 0
    while j < len(lowers) and lowers[j] in _AUXILIARIES and seen < 4:
        j += 1
        seen += 1
    if j < len(lowers) and lowers[j] in lex.actor_verbs and lowers[j] not in _NOT_ACTING:
        return True
    prev = lowers[m.tok_start - 1] if m.tok_start > 0 else ""
    if prev == "the" and m.tok_start > 1:
        prev = lowers[m.tok_start - 2]
    return prev in ("by", "between", "like", "including", "from")


def _make_actor(actor_id: str, state: DocState) -> Actor:
    existing = state.actors.get(actor_id)
    if existing is not None:
        return existing
    kb_actor = state.kb.actors[actor_id]
    return Actor(id=kb_actor.id, name=kb_actor.name, type=kb_actor.type,
                 country=kb_actor.country, known=True, cameo=kb_actor.cameo,
                 wikidata=kb_actor.wikidata)


def _kb_roles(actor_id: str, state: DocState) -> list[Role]:
    """KB roles held on the document date (all of them when the date is unknown)."""
    kb_actor = state.kb.actors.get(actor_id)
    if kb_actor is None:
        return []
    when = state.document.published[:10] if state.document.published else None
    roles = []
    for role in kb_actor.roles:
        if not role.held_on(when):
            continue
        roles.append(Role(title=role.title, org=role.org, start=role.start, end=role.end))
    return roles


def _to_mention(m: ActorMention, state: DocState) -> Mention:
    start, end = state.original_span(m.start, m.end)
    return Mention(start=start, end=end, text=state.norm.original[start:end],
                   sentence=m.sentence, kind=m.kind, resolved=m.actor_id)
