"""Roles stated in the text, stored per actor with the evidence sentence and the document date.

Read for people from four shapes:
- a title before the name: "Field Marshal Khalifa Haftar", "unity government PM Fayez al-Sarraj",
  "Libyan strongman Khalifa Haftar", "army chief General Abdel Fattah al-Burhan" (and a title the
  knowledge base spells inside the name: "Senior General Min Aung Hlaing");
- an apposition after it: "Ahmed al-Mismari, the spokesman of the LNA,", ", a senior TPLF
  official,", ", Trump's senior adviser for Africa,", a bare ", spokesman for President
  Erdogan," and two joined by "and the" ("the region's president and the party's chairman");
- an apposition before it: "the military strongman next door in Egypt, Abdel Fattah al Sisi",
  "Congo's foreign minister, ", "its political chief, ", also before a title ("The group's
  co-founder, Mullah Abdul Ghani Baradar");
- a copula: "Haftar was once an officer in the Gaddafi army", "became a coup plotter against him
  then an exile in Virginia", and the describing subject itself ("The one-time officer in the
  Gaddafi army became ...").
For groups and states, what they are said to be, headed by a noun of ``organization_roles``:
"the regional bloc IGAD", "the FDLR, an armed group founded by ...", "France, the former
colonial power,", "the national grid operator, Ukrenergo," (not "its ally Hamas": whose, not
what).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.model import Role
from factions.pipeline.state import ActorMention, DocState

REQUIRES = ("doc", "sentences", "mentions")
ASSIGNS = ("roles",)

_COPULAS = (
    ("was", "once"), ("is", "now"), ("was",), ("is",), ("became",), ("becomes",),
    ("is", "part", "of"), ("was", "part", "of"), ("are", "part", "of"),
    ("has", "become"), ("had", "become"), ("remains",), ("remained",), ("served", "as"),
    ("serves", "as"), ("emerged", "as"), ("up", "in", "to"), ("up", "into"), ("then",),
    ("has", "been"), ("had", "been"), ("himself", "as"), ("herself", "as"),
)
_COPULAS_BY_FIRST: dict[str, list[tuple[str, ...]]] = {}
for _copula in sorted(_COPULAS, key=len, reverse=True):
    _COPULAS_BY_FIRST.setdefault(_copula[0], []).append(_copula)
_ARTICLES = {"a", "an", "the"}
_NP_STOP = {
    "then", "before", "after", "and", "but", "who", "which", "that", "until", "when", "while",
    "since", "because", "to", "against", "for", "with", "from", "by", "is", "was", "has",
    "had", "have", "said", "says", "as", "whose", "where", "amid", "during", "at", "on",
}
_MAX_NP = 9
_MAX_APPOSITION = 13  # ", spokesman for the Saudi-led coalition fighting the Houthis,"
# Prepositions that open a scene, not a description: "In a statement on Friday, X said".
# Words of a conversation before "with": "spoke by telephone with his Iranian counterpart, X".
_TALK_WORDS = frozenset({"telephone", "phone", "spoke", "talked", "met", "talks", "call",
                         "meeting", "conferred"})
_SCENE_PREPOSITIONS = {"in", "on", "at", "after", "before", "during", "from", "into", "with",
                       "through", "since", "until", "amid", "following", "for", "under"}


def extract_roles(state: DocState) -> dict[str, list[Role]]:
    """Roles read from the text, keyed by actor id (also returned for tests)."""
    doc = state.doc
    assert doc is not None
    lex = actor_lexicon()
    roles: dict[str, list[Role]] = {}
    published = state.document.published

    def add(actor_id: str, title: str, sentence: int, tail: int | None = None) -> None:
        """Record a role; ``tail`` is the token after the role's words, where the text may date
        it ("an exile in Virginia for two decades")."""
        title = " ".join(title.split()).strip(" ,")
        if not title or len(title) < 3 or title.lower() in _HONORIFICS:
            return
        found = roles.setdefault(actor_id, [])
        if any(r.title.lower() == title.lower() for r in found):
            return
        org = _org_in_title(title, state)
        start, end, duration = _role_dates(state, tail, sentence) if tail is not None else (
            None, None, None)
        found.append(Role(title=title, org=org, start=start, end=end, source="text",
                          date=published, evidence=state.evidence(sentence).text,
                          duration=duration))

    persons = {aid for aid in _person_ids(state)}
    texts, texts_lower = state.tokens.text, state.tokens.lower
    by_sentence: dict[int, list[ActorMention]] = {}
    for m in state.mentions:
        by_sentence.setdefault(m.sentence, []).append(m)
    for sent in state.sentences:
        mentions = sorted(by_sentence.get(sent.index, []), key=lambda m: m.tok_start)
        for m in mentions:
            if m.kind in ("agent",) or m.attributive:
                continue
            if m.actor_id not in persons:
                # A group's role needs a role noun or a comma beside its name (tested here,
                # on the token view, before the call: most names have neither).
                if m.kind in ("name", "alias", "discovered", "translit") and not m.locative \
                        and (m.tok_end < sent.tok_end and texts[m.tok_end] in (",", ")")
                             or m.tok_start > sent.tok_start and (
                                 texts[m.tok_start - 1] == ","
                                 or texts_lower[m.tok_start - 1] in lex.organization_roles)):
                    for role in _organization_roles(doc, m, sent.tok_start, sent.tok_end,
                                                    texts, texts_lower, lex):
                        add(m.actor_id, role, sent.index)
                continue
            if m.kind in ("name", "alias", "discovered", "translit", "surname"):
                # Each reading needs a title word or a comma next to the name: tested on the
                # token view before the Doc's tokens are read.
                title = _title_before(doc, m.tok_start, sent.tok_start, lex) \
                    if m.tok_start > sent.tok_start \
                    and texts_lower[m.tok_start - 1] in lex.titles_by_last else None
                lead = m.tok_start
                if title:
                    add(m.actor_id, title[0], sent.index)
                    lead = title[1]
                elif m.tok_start - 2 >= sent.tok_start and \
                        texts_lower[m.tok_start - 1] == "counterpart":
                    # "had agreed with his Tajik counterpart Saimumin Yatimov": no title word,
                    # but the counterpart the name is set beside (as with a comma)
                    counterpart = _counterpart_before(doc, m.tok_start, sent.tok_start)
                    if counterpart is not None:
                        add(m.actor_id, counterpart[0], sent.index)
                        lead = counterpart[1]
                inside = _title_inside(texts_lower, m, lex) \
                    if m.tok_end - m.tok_start > 2 else None
                if inside:
                    add(m.actor_id, doc[m.tok_start:inside].text, sent.index)
                appos = _apposition_after(doc, m.tok_end, sent.tok_end, lex.role_heads) \
                    if m.tok_end < sent.tok_end and texts[m.tok_end] == "," else None
                after = m.tok_end
                while appos:
                    add(m.actor_id, appos[0], sent.index)
                    after = appos[1]
                    # "the region's president and the party's chairman": two roles
                    appos = _apposition_after(doc, appos[1], sent.tok_end, lex.role_heads) \
                        if texts_lower[appos[1]:appos[1] + 1] == ["and"] \
                        and texts_lower[appos[1] + 1 : appos[1] + 2] in (["the"], ["a"], ["an"]) \
                        else None
                # "The committee named General Brice Oligui Nguema, the commander of the
                # Republican Guard, as leader of the transition": the office given him.
                if after < sent.tok_end and texts[after] == ",":
                    after += 1
                if after + 1 < sent.tok_end and texts_lower[after] == "as" and \
                        lead > sent.tok_start and texts_lower[lead - 1] in _APPOINT_VERBS:
                    np_end = _np_end(doc, after + 1, sent.tok_end)
                    # (an office, not "named Radoicic as one of the gunmen")
                    if np_end > after + 1 and texts_lower[after + 1] != "one" and any(
                            w in lex.role_heads for w in texts_lower[after + 1 : np_end]):
                        add(m.actor_id, _strip_article(doc[after + 1 : np_end].text), sent.index)
                # "The group's co-founder, Mullah Abdul Ghani Baradar": before the title (and
                # before "the late": "Deby's father, the late President Idriss Deby").
                if lead - 2 > sent.tok_start and texts_lower[lead - 1] == "late" and \
                        texts_lower[lead - 2] == "the":
                    lead -= 2
                elif lead - 1 > sent.tok_start and texts_lower[lead] == "late" and \
                        texts_lower[lead - 1] == "the":
                    lead -= 1  # ("late" read with the title: "the late President")
                closed = m.tok_end >= sent.tok_end or texts[m.tok_end] in (",", ")", ";", ".")
                before = _apposition_before(doc, lead, sent.tok_start, _with_kin(lex.role_heads),
                                            closed) \
                    if lead > sent.tok_start and texts[lead - 1] == "," else None
                if before:
                    add(m.actor_id, before, sent.index)
            if m.kind in ("descriptor", "office"):
                add(m.actor_id, _strip_article(doc[m.tok_start : m.tok_end].text), sent.index)
        # Copulas: the subject is the sentence's first person mention, or a group that opens
        # the sentence ("The ELN, founded in 1964 ..., is Colombia's largest guerrilla group").
        subject = next((m for m in mentions if m.actor_id in persons and not m.attributive
                        and m.kind != "agent"), None)
        group_subject = False
        if subject is None and mentions and mentions[0].kind in ("name", "alias", "discovered") \
                and not mentions[0].locative and mentions[0].tok_start - sent.tok_start <= 1:
            subject, group_subject = mentions[0], True
        if subject is None or subject.tok_start - sent.tok_start > 8:
            continue
        i = subject.tok_end
        lowers = state.tokens.lower
        while i < sent.tok_end:
            # Most words start no copula: test them here before the call.
            matched = _copula_at(lowers, i, sent.tok_end) if lowers[i] in _COPULAS_BY_FIRST \
                else None
            if matched is None or lowers[i - 1] in _THING_SUBJECTS:
                # "Kim, who oversaw the launch, said it was an appropriate military action":
                # what "it" is, is no role of the person
                i += 1
                continue
            np_start = matched
            # ("one of the ..." takes the two words "one of" on top of the phrase's own)
            np_end = _np_end(doc, np_start, sent.tok_end,
                             longest=_MAX_NP + 2 * (lowers[np_start] == "one"))
            if np_end > np_start and (not group_subject or any(
                    w in lex.organization_roles or w in lex.group_heads
                    for w in lowers[np_start:np_end])):
                add(subject.actor_id, doc[np_start:np_end].text, sent.index, np_end)
            i = max(np_end, i + 1)
    return roles


_PAST_COPULAS = {"became", "was", "were", "had", "served", "remained", "then"}
# Verbs that give the person after them the office after "as": "named X as leader of the
# transition", "appointed X as interim prime minister".
_APPOINT_VERBS = frozenset({"named", "appointed", "designated", "chose", "picked", "installed",
                            "nominated", "name", "appoint", "designate", "choose", "install"})
# Honorifics that come before a name but hold no office ("Mullah Mohammad Yaqoob", "Ayatollah
# Ali Khamenei", "Mr. Sharif"): no role.
_HONORIFICS = frozenset({"mullah", "ayatollah", "grand ayatollah", "mawlawi", "maulvi", "mr.",
                         "mrs.", "ms.", "dr."})
# Subjects of a copula that never stand for a person.
_THING_SUBJECTS = frozenset({"it", "this"})


def _role_dates(state: DocState, tail: int, sentence: int
                ) -> tuple[str | None, str | None, str | None]:
    """(start, end, duration) the text gives a role right after it, up to the next comma: a
    span ("since 2014"), a point ("in 2011"), or a length with no anchor. "Became ... an exile in
    Virginia for two decades" says how long, not until when: that is a duration (``P20Y``), not
    a span ending on the publication date."""
    from factions.dates import find_dates

    tv = state.tokens
    sent = state.sentences[sentence]
    if tail >= sent.tok_end:
        return None, None, None
    stop = tail
    while stop < sent.tok_end and tv.text[stop] not in (",", ";", ".") and stop - tail < 8:
        stop += 1
    found = find_dates(state.text, state.published, start=tv.idx[tail],
                       end=tv.end_char(stop - 1) if stop > tail else tv.idx[tail])
    if not found:
        return None, None, None
    value = found[0].value
    if found[0].kind == "span":
        before = {w for w in tv.lower[sent.tok_start:tail]}
        if found[0].text.lower().startswith("for ") and before & _PAST_COPULAS:
            return None, None, _duration(value.start, value.end)
        return value.start, value.end, None
    return value.value, None, None


def _duration(start: str | None, end: str | None) -> str | None:
    """ISO 8601 length between two ISO dates, in years when at least one, else in days."""
    if not start or not end:
        return None
    years = int(end[:4]) - int(start[:4])
    if years >= 1:
        return f"P{years}Y"
    import datetime as dt

    try:
        days = (dt.date.fromisoformat(end[:10]) - dt.date.fromisoformat(start[:10])).days
    except ValueError:
        return None
    return f"P{days}D"


# Kin a person is named by before his name: "Deby's father, the late President Idriss Deby".
_KIN = frozenset({"father", "son", "brother", "mother", "daughter", "wife", "widow", "sister",
                  "nephew", "uncle", "cousin", "half-brother", "grandson"})


@cache
def _with_kin(heads: frozenset[str]) -> frozenset[str]:
    """The role heads with the kin nouns (read once)."""
    return heads | _KIN


def _person_ids(state: DocState) -> set[str]:
    ids = {aid for aid, a in state.actors.items() if a.type == "person"}
    for m in state.mentions:
        kb_actor = state.kb.actors.get(m.actor_id)
        if kb_actor is not None and kb_actor.type == "person":
            ids.add(m.actor_id)
    return ids


def _strip_article(text: str) -> str:
    words = text.split()
    while words and words[0].lower() in _ARTICLES:
        words = words[1:]
    return " ".join(words)


def _title_before(doc: Doc, start: int, sent_start: int, lex: ActorLexicon
                  ) -> tuple[str, int] | None:
    """Title words right before a name, with their modifiers ("unity government PM"), and
    where they start."""
    best = None
    if start - 1 < sent_start:
        return None
    for title in lex.titles_by_last.get(doc[start - 1].lower_, ()):
        k = len(title)
        if start - k < sent_start:
            continue
        if tuple(t.lower_ for t in doc[start - k : start]) == title:
            best = start - k
            break
    if best is None:
        return None
    # Modifiers: "rebel", "Libyan", "unity government", "Egypt's", "former".
    lowers = [t.lower_ for t in doc[sent_start:best]]
    j = best
    steps = 0
    while steps < 3:
        steps += 1
        if j - 1 < sent_start:
            break
        prev = doc[j - 1]
        if prev.text in ("'s",) and j - 2 >= sent_start:
            j -= 2
            continue
        if prev.is_punct or prev.lower_ in _ARTICLES or prev.lower_ in _NP_STOP or prev.is_digit:
            break
        if prev.is_lower or prev.lower_ in lex.titles_by_last:
            before = lowers[: j - sent_start]
            # A modifier ("rebel leader") or a title of its own ("army chief General").
            width = next((len(m) for m in (*lex.title_modifiers,
                                           *lex.titles_by_last.get(prev.lower_, ()))
                          if tuple(before[-len(m):]) == m), 0)
            if not width:
                break
            j -= width
            continue
        j -= 1
        if j - 1 >= sent_start and j < best and not doc[j - 1].is_lower \
                and not doc[j - 1].is_punct and steps < 6:
            steps -= 1  # a name's words count as one modifier: "Rwanda Defence Force spokesman"
    return doc[j:start].text, j


def _counterpart_before(doc: Doc, start: int, sent_start: int) -> tuple[str, int] | None:
    """"his Tajik counterpart" right before a name (no comma between): the role "Tajik
    counterpart" and where it starts, when a possessive determiner opens it."""
    j = start - 1  # "counterpart"
    if j - 1 >= sent_start and doc[j - 1].is_title and doc[j - 1].is_alpha:
        j -= 1  # the demonym of the other side: "Tajik", "Iranian"
    if j - 1 < sent_start or doc[j - 1].lower_ not in _POSSESSIVE_DETERMINERS:
        return None
    return doc[j:start].text, j


_POSSESSIVE_DETERMINERS = {"his", "her", "its", "their"}
_POSSESSIVE_MARKS = {"'s", "’s"}
_APPOSITION_PREPOSITIONS = ("of", "for", "to", "at", "in", "on", "with")
_CLAUSE_AFTER_ROLE = frozenset({"and", "who", "that", "which", "whose", "based", "founded",
                                "by", "since", "from"})


def _apposition_after(doc: Doc, end: int, sent_end: int, heads: frozenset[str],
                      need_head: bool = False) -> tuple[str, int] | None:
    """", the commander of the LNA," right after a name; also ", a senior TPLF official,",
    ", Trump's senior adviser for Africa," and a bare ", spokesman for President Erdogan," when
    a role noun heads it. A bare one must not be a name with its own title (", French President
    Emmanuel Macron,", the next item of a list). Returns the role and where it ends."""
    if end + 2 >= sent_end or doc[end].text not in (",", "and"):
        return None
    first = doc[end + 1]
    start, bare = end + 2, False
    if first.lower_ == "the" or first.lower_ in _POSSESSIVE_DETERMINERS:
        pass
    elif first.lower_ in ("a", "an"):
        need_head = True
    elif first.lower_ == "one" and doc[end + 2].lower_ == "of":
        start, need_head = end + 1, True  # ", one of Guzman's sons,", ", one of its commanders,"
    elif doc[end + 2].text in _POSSESSIVE_MARKS and first.is_title:
        start, need_head = end + 1, True  # "Trump's senior adviser for Africa"
    else:
        start, need_head, bare = end + 1, True, True
    np_end = _np_end(doc, start + (2 if doc[start + 1].text in _POSSESSIVE_MARKS else 0),
                     sent_end, allow=_APPOSITION_PREPOSITIONS, longest=_MAX_APPOSITION)
    if np_end <= start or np_end < sent_end and doc[np_end].text not in (",", ".", ")") and (
            bare or not need_head or doc[np_end].lower_ not in _CLAUSE_AFTER_ROLE) and not (
            doc[np_end].lower_ == "and" and np_end + 1 < sent_end
            and doc[np_end + 1].lower_ in ("the", "a", "an")):
        return None  # a role with an article may go on: ", a businessman who headed ..."
    words = [t.lower_ for t in doc[start:np_end]]
    if need_head:
        head = next((k for k, w in enumerate(words) if w in heads), None)
        if head is None:
            return None
        if bare and not _opens_bare_role(doc[start]):
            return None  # ", proclaimed himself head of a council": a clause, not a role
        if bare and not doc[start + head].is_lower and head == 0:
            return None  # ", President X": the next item of a list
        # A name after the role noun, before any preposition: ", a claim French foreign
        # minister Catherine Colonna rejected" is no role of the name before the comma.
        prep = next((k for k in range(head + 1, len(words))
                     if words[k] in _APPOSITION_PREPOSITIONS_SET), len(words))
        if any(doc[start + k].is_title and words[k] not in heads for k in range(head + 1, prep)):
            return None
    return doc[start:np_end].text, np_end


def _opens_bare_role(token: Token) -> bool:
    """A role with no article starts with a name ("Sahel director at ..."), a role word
    ("spokesman for ...") or the first word of a title or modifier ("national security
    adviser to ...")."""
    lex = actor_lexicon()
    lower = token.lower_
    return not token.is_lower or lower in lex.role_heads or lower in lex.titles_by_first \
        or (lower,) in lex.title_modifiers


def _apposition_before(doc: Doc, start: int, sent_start: int, heads: frozenset[str],
                       closed: bool = True) -> str | None:
    """"the military strongman next door in Egypt, " right before a name; also "Congo's foreign
    minister, " and "its political chief, " (``closed``: a comma or the sentence's end follows
    the name; "In a letter released by his lawyer, Zambada said": with no comma after the name,
    a phrase opened by "his" is a fronted phrase about someone else, no apposition)."""
    if start - 2 < sent_start or doc[start - 1].text != ",":
        return None
    j = start - 2

    def opener(t: int) -> bool:
        return doc[t].lower_ in _ARTICLES or doc[t].lower_ in _POSSESSIVE_DETERMINERS \
            or doc[t].text in _POSSESSIVE_MARKS

    while j > sent_start and (not doc[j].is_punct or doc[j].text == "-") and (
            not opener(j) or (doc[j - 1].lower_ in _APPOSITION_PREPOSITIONS_SET
                              and j - 2 >= sent_start and doc[j - 2].lower_ in heads)):
        # (but not past "with his" after no role noun: "spoke by telephone with his Iranian
        # counterpart, ")
        # (past "the"/"its" after a preposition: "the U.S. special envoy for the Horn of
        # Africa, ", "a new commander for its forces in Ukraine, ")
        j -= 1
        if start - j > _MAX_APPOSITION + 2:
            return None
    if doc[j].text in _POSSESSIVE_MARKS:
        owner = j - 1
        if owner < sent_start:
            return None
        begin = owner if doc[owner].is_title else j + 1  # "Congo's", not "the group's"
        scene = owner - 1
        if scene >= sent_start and doc[scene].lower_ in _ARTICLES:
            scene -= 1
    elif opener(j):
        if not closed and doc[j].lower_ in _POSSESSIVE_DETERMINERS:
            return None
        begin, scene = j + 1, j - 1
    else:
        return None
    if scene >= sent_start and doc[scene].lower_ in _SCENE_PREPOSITIONS and (
            scene == sent_start or doc[scene - 1].is_punct
            or doc[scene - 1].lower_ not in _TALK_WORDS):
        # "In a televised speech on Thursday, Abiy said"; but "spoke by telephone with his
        # Iranian counterpart, Hossein Amir-Abdollahian": whom he talked with
        return None
    words = [t.lower_ for t in doc[j + 1 : start - 1]]
    if not words or not heads.intersection(words) or \
            _NP_STOP.difference(_APPOSITION_PREPOSITIONS_SET).intersection(words):
        return None
    return doc[begin : start - 1].text


def _title_inside(lowers: list[str], m: ActorMention, lex: ActorLexicon) -> int | None:
    """Where a title that opens a name the knowledge base spells with it ends ("Senior General
    Min Aung Hlaing"), if one does."""
    i = m.tok_start
    while i < m.tok_end - 2 and (lowers[i],) in lex.title_modifiers:
        i += 1
    for title in lex.titles_by_first.get(lowers[i], ()):
        k = len(title)
        if i + k < m.tok_end - 1 and tuple(lowers[i : i + k]) == title:
            return i + k
    return None


def _organization_roles(doc: Doc, m: ActorMention, sent_start: int, sent_end: int,
                        texts: list[str], lowers: list[str], lex: ActorLexicon) -> list[str]:
    """What a group or a state is said to be: "the regional bloc IGAD", "the FDLR, an armed
    group founded by ...", "France, the former colonial power,", "the national grid operator,
    Ukrenergo,"."""
    heads = lex.organization_roles
    found = []
    start, end = m.tok_start, m.tok_end
    if start > sent_start and lowers[start - 1] in heads:
        j = start - 1
        while j - 1 >= sent_start and start - j < 4:
            prev = doc[j - 1]
            if prev.is_punct and prev.text != "-" or prev.lower_ in _ARTICLES \
                    or prev.lower_ in _NP_STOP or prev.text in _POSSESSIVE_MARKS \
                    or prev.lower_ in _POSSESSIVE_DETERMINERS or prev.like_num:
                break
            j -= 1
        if j == start - 1 and j > sent_start and (
                lowers[j - 1] in _POSSESSIVE_DETERMINERS
                or texts[j - 1] in _POSSESSIVE_MARKS and lowers[j] in _RELATIONAL
                or lowers[j - 1] not in _ARTICLES and not doc[j].is_lower):
            pass  # "its ally Hamas" says whose, not what; a name's own word is no role
        else:
            found.append(doc[j:start].text)
    if end + 1 < sent_end and texts[end] == ")" and texts[end + 1] == ",":
        end += 1  # "the National Unity Government (NUG), a shadow administration"
    # (each reading needs a role noun within reach: tested on the token view first)
    if end + 2 < sent_end and texts[end] == "," and not heads.isdisjoint(
            lowers[end + 1 : min(sent_end, end + 2 + _MAX_APPOSITION)]):
        appos = _apposition_after(doc, end, sent_end, heads, need_head=True)
        if appos and not any(doc[k].lower_ in _APPOSITION_PREPOSITIONS_SET for k in range(
                end + 1, end + 2)):
            found.append(appos[0])
    if start - 2 >= sent_start and texts[start - 1] == "," and not heads.isdisjoint(
            lowers[max(sent_start, start - 3 - _MAX_APPOSITION) : start - 1]):
        before = _apposition_before(doc, start, sent_start, heads)
        if before:
            found.append(before)
    return found


_APPOSITION_PREPOSITIONS_SET = frozenset(_APPOSITION_PREPOSITIONS)
# Nouns that say whose a group is, not what: "its ally Hamas", "Iran's ally Hezbollah".
_RELATIONAL = frozenset({"ally", "backer", "affiliate", "offshoot", "wing", "branch"})


def _copula_at(lowers: list[str], i: int, sent_end: int) -> int | None:
    """If a copula starts at ``i`` and an article follows it, where the noun phrase begins."""
    for copula in _COPULAS_BY_FIRST.get(lowers[i], ()):
        k = len(copula)
        if tuple(lowers[i : i + k]) != copula or i + k > sent_end:
            continue
        j = i + k
        if j < sent_end and lowers[j] in ("once", "now", "still", "briefly"):
            j += 1
        if j < sent_end and lowers[j] in ("a", "an"):
            return j + 1
        if j + 1 < sent_end and lowers[j] == "one" and lowers[j + 1] == "of":
            return j  # "is one of the world's most powerful drug trafficking organizations"
        if j + 1 < sent_end and lowers[j + 1] in ("'s", "’s") and lowers[j].isalpha():
            return j  # "is Colombia's largest remaining guerrilla group"
    return None


def _np_end(doc: Doc, start: int, sent_end: int, allow: tuple[str, ...] = (),
            longest: int = _MAX_NP) -> int:
    j = start
    while j < sent_end and j - start < longest:
        t = doc[j]
        if t.is_punct and t.text != "-":
            break
        if t.lower_ in _NP_STOP and t.lower_ not in allow:
            break
        j += 1
    return j


def _org_in_title(title: str, state: DocState) -> str | None:
    """The KB id of an organization the title names ("commander of the LNA"), if any."""
    lower = title.lower()
    for m in state.mentions:
        actor = state.kb.actors.get(m.actor_id)
        if actor is None or actor.type == "person":
            continue
        if m.text.lower() in lower and len(m.text) > 2:
            return actor.id
    return None
