"""Roles stated in the text, stored per actor with the evidence sentence and the document date.

Read from four shapes:
- a title before the name: "Field Marshal Khalifa Haftar", "unity government PM Fayez al-Sarraj",
  "Libyan strongman Khalifa Haftar";
- an apposition after it: "Ahmed al-Mismari, the spokesman of the LNA,";
- an apposition before it: "the military strongman next door in Egypt, Abdel Fattah al Sisi";
- a copula: "Haftar was once an officer in the Gaddafi army", "became a coup plotter against him
  then an exile in Virginia", and the describing subject itself ("The one-time officer in the
  Gaddafi army became ...").
"""

from __future__ import annotations

from spacy.tokens import Doc

from factions.actors.lexicon import ActorLexicon, actor_lexicon
from factions.model import Role
from factions.pipeline.state import ActorMention, DocState

REQUIRES = ("doc", "sentences", "mentions")
ASSIGNS = ("roles",)

_COPULAS = (
    ("was", "once"), ("is", "now"), ("was",), ("is",), ("became",), ("becomes",),
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
# Prepositions that open a scene, not a description: "In a statement on Friday, X said".
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
        if not title or len(title) < 3:
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
            if m.actor_id not in persons or m.kind in ("agent",) or m.attributive:
                continue
            if m.kind in ("name", "alias", "discovered", "translit", "surname"):
                # Each reading needs a title word or a comma next to the name: tested on the
                # token view before the Doc's tokens are read.
                title = _title_before(doc, m.tok_start, sent.tok_start, lex) \
                    if m.tok_start > sent.tok_start \
                    and texts_lower[m.tok_start - 1] in lex.titles_by_last else None
                if title:
                    add(m.actor_id, title, sent.index)
                appos = _apposition_after(doc, m.tok_end, sent.tok_end) \
                    if m.tok_end < sent.tok_end and texts[m.tok_end] == "," else None
                if appos:
                    add(m.actor_id, appos, sent.index)
                before = _apposition_before(doc, m.tok_start, sent.tok_start, lex) \
                    if m.tok_start > sent.tok_start and texts[m.tok_start - 1] == "," else None
                if before:
                    add(m.actor_id, before, sent.index)
            if m.kind in ("descriptor", "office"):
                add(m.actor_id, _strip_article(doc[m.tok_start : m.tok_end].text), sent.index)
        # Copulas: the subject is the sentence's first person mention.
        subject = next((m for m in mentions if m.actor_id in persons and not m.attributive
                        and m.kind != "agent"), None)
        if subject is None or subject.tok_start - sent.tok_start > 8:
            continue
        i = subject.tok_end
        lowers = state.tokens.lower
        while i < sent.tok_end:
            # Most words start no copula: test them here before the call.
            matched = _copula_at(lowers, i, sent.tok_end) if lowers[i] in _COPULAS_BY_FIRST \
                else None
            if matched is None:
                i += 1
                continue
            np_start = matched
            np_end = _np_end(doc, np_start, sent.tok_end)
            if np_end > np_start:
                add(subject.actor_id, doc[np_start:np_end].text, sent.index, np_end)
            i = max(np_end, i + 1)
    return roles


_PAST_COPULAS = {"became", "was", "were", "had", "served", "remained", "then"}


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


def _title_before(doc: Doc, start: int, sent_start: int, lex: ActorLexicon) -> str | None:
    """Title words right before a name, with their modifiers ("unity government PM")."""
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
    for _ in range(3):
        if j - 1 < sent_start:
            break
        prev = doc[j - 1]
        if prev.text in ("'s",) and j - 2 >= sent_start:
            j -= 2
            continue
        if prev.is_punct or prev.lower_ in _ARTICLES or prev.lower_ in _NP_STOP or prev.is_digit:
            break
        if prev.is_lower:
            before = lowers[: j - sent_start]
            width = next((len(m) for m in lex.title_modifiers
                          if tuple(before[-len(m):]) == m), 0)
            if not width:
                break
            j -= width
            continue
        j -= 1
    return doc[j:start].text


def _apposition_after(doc: Doc, end: int, sent_end: int) -> str | None:
    """", the commander of the LNA," right after a name."""
    if end + 2 >= sent_end or doc[end].text != ",":
        return None
    if doc[end + 1].lower_ not in _ARTICLES:
        return None
    np_end = _np_end(doc, end + 2, sent_end, allow=("of", "for"))
    if np_end < sent_end and doc[np_end].text not in (",", ".", ")"):
        return None
    return doc[end + 2 : np_end].text if np_end > end + 2 else None


def _apposition_before(doc: Doc, start: int, sent_start: int, lex: ActorLexicon) -> str | None:
    """"the military strongman next door in Egypt, " right before a name."""
    if start - 2 < sent_start or doc[start - 1].text != ",":
        return None
    j = start - 2
    while j > sent_start and not doc[j].is_punct and doc[j].lower_ not in _ARTICLES:
        j -= 1
        if start - j > _MAX_NP + 2:
            return None
    if doc[j].lower_ not in _ARTICLES:
        return None
    if j > sent_start and doc[j - 1].lower_ in _SCENE_PREPOSITIONS:
        return None  # "In a televised speech on Thursday, Abiy said"
    words = [t.lower_ for t in doc[j + 1 : start - 1]]
    if not words or not lex.role_heads.intersection(words) or _NP_STOP.intersection(words):
        return None
    return doc[j + 1 : start - 1].text


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
    return None


def _np_end(doc: Doc, start: int, sent_end: int, allow: tuple[str, ...] = ()) -> int:
    j = start
    while j < sent_end and j - start < _MAX_NP:
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
