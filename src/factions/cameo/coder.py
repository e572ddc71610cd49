"""A CAMEO dictionary coder over raw text (no parser), using PETRARCH/TABARI dictionaries.

Per sentence: words are upper-cased spaCy tokens (hyphenated words re-joined, ``'s`` kept as a
possessive marker); actors are found by longest match, agents by every match; noun chunks are
grouped into compounds ("Gondor and Osgiliath") and agent-of-actor phrases ("the ambassadors of
Arnor"); each dictionary verb is coded by its most specific matching pattern, with the source
before it and the target after it (swapped for passives with "by"). Output triples are
``(source, target, code)`` as PETRARCH prints them.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factions.cameo.dictionaries import (
    ActorEntry,
    AgentEntry,
    Discard,
    Issue,
    Pattern,
    PatternElement,
    Phrase,
    VerbDictionary,
    VerbFamily,
    VerbForm,
    read_actors,
    read_agents,
    read_discards,
    read_verbs,
    verb_inflections,
)

__all__ = [
    "CameoCoder",
    "CodedEvent",
    "CoderConfig",
    "DictionarySet",
    "load_dictionaries",
]

NULL = "---"
MAX_GAP = 6  # words that may come between two pattern elements joined by a space
PREPS = frozenset(
    "OF IN FROM TO WITH BY ON AT FOR ABOUT AGAINST BETWEEN OVER INTO DURING AFTER BEFORE "
    "SINCE UNTIL TOWARDS TOWARD NEAR ALONG UNDER THROUGH ACROSS".split()
)
DETS = frozenset("A AN THE ITS HIS HER THEIR OUR MY YOUR THIS THAT THESE THOSE".split())
FUNCTION = DETS | PREPS | frozenset(
    "AND OR NOR BUT NEITHER EITHER BOTH WHO WHICH WHOSE WHEN WHILE WHERE IF IT HE SHE THEY WE "
    "IS ARE WAS WERE BE BEEN BEING HAS HAVE HAD WILL WOULD SHALL SHOULD CAN CAN'T MAY MIGHT MUST "
    "COULD DO DOES DID NOT N'T ALSO AGAIN NOW YET SO AS THAN".split()
)
CONJ = frozenset({",", "AND", "OR", "NOR", "THE", "NEITHER", "BOTH", "EITHER"})
AUX_SKIP = frozenset("WILL WOULD HAS HAVE HAD NOT N'T ALSO THEN".split())
PASSIVE_AUX = frozenset("WAS WERE IS ARE BE BEEN BEING".split())
MODAL_HEADS = frozenset("SHOULD HAS HAVE WILL WOULD".split())
PUNCT_STOP = frozenset({".", "!", "?", ";", ":", "(", ")", '"', "``", "''"})


# --------------------------------------------------------------------------------------------
# Dictionaries


@dataclass(slots=True)
class DictionarySet:
    """The four dictionaries, indexed for matching, and every issue found reading them."""

    actors: list[ActorEntry]
    agents: list[AgentEntry]
    verbs: VerbDictionary
    discards: list[Discard]
    issues: list[Issue] = field(default_factory=list)
    load_seconds: float = 0.0
    actor_index: dict[str, list[tuple[Phrase, int]]] = field(default_factory=dict)
    agent_index: dict[str, list[tuple[Phrase, int]]] = field(default_factory=dict)
    verb_index: dict[str, list[VerbForm]] = field(default_factory=dict)
    family_of: dict[int, VerbFamily] = field(default_factory=dict)
    discard_index: dict[str, list[Discard]] = field(default_factory=dict)
    synset_phrases: dict[str, list[Phrase]] = field(default_factory=dict)

    def build(self) -> None:
        self.actor_index = _index([(e.phrases, i) for i, e in enumerate(self.actors)])
        self.agent_index = _index([(e.phrases, i) for i, e in enumerate(self.agents)])
        self.discard_index = {}
        for d in self.discards:
            self.discard_index.setdefault(d.phrase.words[0], []).append(d)
        self.verb_index = {}
        self.family_of = {}
        for fam in self.verbs.families:
            fam.patterns.sort(key=lambda p: -_literal_weight(p, self.verbs))
            for form in fam.forms:
                self.family_of[id(form)] = fam
                heads = verb_inflections(form.head) if form.regular else [form.head]
                for h in heads:
                    bucket = self.verb_index.setdefault(h, [])
                    if all(f is not form for f in bucket):
                        bucket.append(form)
        for b in self.verb_index.values():
            b.sort(key=lambda f: -(len(f.before) + len(f.after)))
        self.synset_phrases = {nm: self.verbs.expand(nm) for nm in self.verbs.synsets}


def _literal_weight(p: Pattern, verbs: VerbDictionary) -> int:
    return sum(e.kind in ("word", "synset") for e in p.elements)


def _index(items: list[tuple[list[Phrase], int]]) -> dict[str, list[tuple[Phrase, int]]]:
    idx: dict[str, list[tuple[Phrase, int]]] = {}
    for phrases, i in items:
        for ph in phrases:
            idx.setdefault(ph.words[0], []).append((ph, i))
    for bucket in idx.values():
        bucket.sort(key=lambda x: -len(x[0].words))
    return idx


def load_dictionaries(
    actors: str | Path | Sequence[str | Path],
    agents: str | Path,
    verbs: str | Path,
    discards: str | Path | None = None,
    fmt: str = "petrarch",
) -> DictionarySet:
    """Read and index the dictionaries (paths; several actor files may be given). ``fmt`` is
    ``petrarch`` or ``tabari``; they differ in the verb file's layout (see ``read_verbs``)."""
    t0 = time.perf_counter()
    issues: list[Issue] = []
    actor_paths = [actors] if isinstance(actors, (str, Path)) else list(actors)
    all_actors: list[ActorEntry] = []
    for p in actor_paths:
        a, i = read_actors(Path(p))
        all_actors.extend(a)
        issues.extend(i)
    ag, i = read_agents(Path(agents))
    issues.extend(i)
    vb, i = read_verbs(Path(verbs), fmt=fmt)
    issues.extend(i)
    ds: list[Discard] = []
    if discards is not None:
        ds, i = read_discards(Path(discards))
        issues.extend(i)
    out = DictionarySet(all_actors, ag, vb, ds, issues)
    out.build()
    out.load_seconds = time.perf_counter() - t0
    return out


# --------------------------------------------------------------------------------------------
# Coding


@dataclass(frozen=True, slots=True)
class CodedEvent:
    source: str
    target: str
    code: str
    sentence: int = 0
    verb: str = ""

    def triple(self) -> tuple[str, str, str]:
        return (self.source, self.target, self.code)


@dataclass(slots=True)
class CoderConfig:
    """The PETRARCH options the coder honours (others are accepted and ignored)."""

    require_dyad: bool = True

    @classmethod
    def from_petrarch(cls, options: dict[str, Any] | None) -> CoderConfig:
        cfg = cls()
        if options:
            rd = options.get("require_dyad")
            if rd is not None:
                cfg.require_dyad = str(rd).strip().lower() in ("true", "1", "yes")
        return cfg


@dataclass(slots=True)
class _TokenTexts:
    text: list[str]
    idx: list[int]
    space: list[bool]


@dataclass(slots=True)
class _Unit:
    """A noun chunk holding actors/agents: token span and its (compound) codes."""

    start: int
    end: int
    codes: list[str]
    has_actor: bool
    agents: list[tuple[str, bool]]


@dataclass(slots=True)
class _Group:
    start: int
    end: int
    codes: list[str]


class CameoCoder:
    """Codes raw text into PETRARCH-style event triples with a ``DictionarySet``."""

    def __init__(self, dictionaries: DictionarySet, model: str | None = None) -> None:
        from factions.text.sentences import tokenizer_pipeline

        self.d = dictionaries
        self.nlp = tokenizer_pipeline(model)

    # -- text to words ------------------------------------------------------------------------

    def sentences(self, text: str) -> list[list[str]]:
        """Upper-case words of each sentence, hyphenated words re-joined, underscores split."""
        from spacy.attrs import IDX, ORTH, SPACY

        from factions.text.sentences import split_sentences

        doc = self.nlp.make_doc(text)
        arr = doc.to_array([ORTH, SPACY, IDX]).tolist() if len(doc) else []
        strings = doc.vocab.strings
        view = _TokenTexts([strings[r[0]] for r in arr], [int(r[2]) for r in arr],
                           [bool(r[1]) for r in arr])
        toks, space = view.text, view.space
        out: list[list[str]] = []
        for s in split_sentences(view):
            words: list[str] = []
            glue = False
            for k in range(s.tok_start, s.tok_end):
                t = toks[k]
                if t.isspace():
                    glue = False
                    continue
                if t == "-" and words and not space[k - 1]:
                    words[-1] += "-"
                    glue = not space[k]
                    continue
                up = t.upper().replace("\u2019", "'")
                if glue and words:
                    words[-1] += up
                else:
                    words.extend(p for p in up.split("_") if p) if "_" in up else words.append(up)
                glue = False
            out.append(words)
        return out

    def code(self, text: str, when: date | str | None = None,
             config: CoderConfig | None = None) -> list[CodedEvent]:
        """All events of a text (an article or one sentence)."""
        if isinstance(when, str):
            when = date.fromisoformat(when[:10])
        cfg = config or CoderConfig()
        sents = self.sentences(text)
        if any(self._discard(w, story=True) for w in sents):
            return []
        events: list[CodedEvent] = []
        for si, words in enumerate(sents):
            if self._discard(words, story=False):
                continue
            events.extend(self._code_sentence(words, si, when, cfg))
        return events

    def triples(self, text: str, when: date | str | None = None,
                config: CoderConfig | None = None) -> list[tuple[str, str, str]]:
        return [e.triple() for e in self.code(text, when, config)]

    # -- matching helpers ---------------------------------------------------------------------

    def _discard(self, words: list[str], story: bool) -> bool:
        for i, w in enumerate(words):
            for d in self.d.discard_index.get(w, ()):
                if d.story == story and _phrase_at(d.phrase, words, i, 2) is not None:
                    return True
        return False

    def _mentions(self, words: list[str], when: date | None
                  ) -> tuple[dict[int, tuple[int, list[str]]], dict[int, list[tuple[int, int]]]]:
        """Actors (start -> (end, codes)) by longest match; agents (start -> [(end, idx)])."""
        actors: dict[int, tuple[int, list[str]]] = {}
        agents: dict[int, list[tuple[int, int]]] = {}
        covered = -1
        for i, w in enumerate(words):
            if i < covered:
                continue
            for ph, idx in self.d.actor_index.get(w, ()):
                end = _phrase_at(ph, words, i, 2)
                if end is not None:
                    code = self.d.actors[idx].code_on(when)
                    if code is not None:
                        actors[i] = (end, code.split("/"))
                        covered = end
                    break
        for i, w in enumerate(words):
            for ph, idx in self.d.agent_index.get(w, ()):
                end = _phrase_at(ph, words, i, 0)
                if end is not None:
                    agents.setdefault(i, []).append((end, idx))
        return actors, agents

    def _verbs(self, words: list[str], blocked: set[int], stops: set[int]
               ) -> list[tuple[int, int, VerbForm]]:
        found: list[tuple[int, int, VerbForm]] = []
        n = len(words)
        i = 0
        while i < n:
            hit = None
            if i not in blocked:
                for form in self.d.verb_index.get(words[i], ()):
                    b, a = len(form.before), len(form.after)
                    if i - b < 0 or tuple(words[i - b:i]) != form.before:
                        continue
                    if tuple(words[i + 1:i + 1 + a]) != form.after:
                        continue
                    hit = (i - b, i + 1 + a, form)
                    break
            if hit and not self._noun_use(words, hit[0], stops):
                found.append(hit)
                i = hit[1]
            else:
                i += 1
        return found

    def _noun_use(self, words: list[str], i: int, blocked: set[int]) -> bool:
        """A determiner just before (or before one or two modifiers) makes it a noun."""
        for k in range(i - 1, max(-1, i - 4), -1):
            w = words[k]
            if k in blocked:
                return False
            if w in DETS:
                return True
            if w in FUNCTION or w in PUNCT_STOP or w == "," or w.endswith("LY"):
                return False
        return False

    # -- sentence coding ----------------------------------------------------------------------

    def _units(self, words: list[str], actors: dict[int, tuple[int, list[str]]],
               agents: dict[int, list[tuple[int, int]]], verb_tokens: set[int]) -> list[_Unit]:
        n = len(words)
        mention_tok: set[int] = set()
        for s, (e, _) in actors.items():
            mention_tok.update(range(s, e))
        for s, lst in agents.items():
            for e, _ in lst:
                mention_tok.update(range(s, e))

        def internal(k: int) -> bool:
            w = words[k]
            if k in mention_tok:
                return True
            if k in verb_tokens or w in PUNCT_STOP or w == ",":
                return False
            if w == "'S" or w == "'":
                return True
            if w == "AND":  # "awful and evil": between two plain modifiers
                return (0 < k < n - 1 and _plain(words[k - 1]) and _plain(words[k + 1])
                        and k - 1 not in mention_tok and k + 1 not in mention_tok)
            return _plain(w)

        units: list[_Unit] = []
        k = 0
        while k < n:
            if not internal(k):
                k += 1
                continue
            s = k
            while k < n and internal(k):
                k += 1
            unit = self._chunk_unit(s, k, actors, agents)
            if unit is not None:
                units.append(unit)
        return units

    def _chunk_unit(self, s: int, e: int, actors: dict[int, tuple[int, list[str]]],
                    agents: dict[int, list[tuple[int, int]]]) -> _Unit | None:
        actor_codes: list[str] | None = None
        start = end = None
        ags: list[tuple[str, bool]] = []
        seen_agent = False
        for k in range(s, e):
            if k in actors:
                a_end, codes = actors[k]
                if actor_codes is None:
                    actor_codes = codes
                    start = k if start is None else start
                    end = max(end or 0, a_end)
                elif not seen_agent:
                    pass
            for _a_end, idx in agents.get(k, ()):
                ag = self.d.agents[idx]
                seen_agent = True
                ags.append((ag.code, ag.prefix))
                start = k if start is None else start
                end = max(end or 0, _a_end)
        if start is None or end is None:
            return None
        base = actor_codes if actor_codes is not None else [NULL]
        codes = [_apply_agents(c, ags) for c in base]
        return _Unit(s, e, codes, actor_codes is not None, ags)

    def _groups(self, words: list[str], units: list[_Unit]) -> list[_Group]:
        """Compounds of units joined by commas/conjunctions, and agent-of-actor phrases."""
        groups: list[tuple[list[_Unit], int, int]] = []
        for u in units:
            if groups:
                members, gs, ge = groups[-1]
                between = words[ge:u.start]
                if all(w in CONJ for w in between) and any(w in (",", "AND", "OR", "NOR")
                                                          for w in between):
                    members.append(u)
                    groups[-1] = (members, gs, u.end)
                    continue
            groups.append(([u], u.start, u.end))
        out: list[_Group] = []
        i = 0
        while i < len(groups):
            members, gs, ge = groups[i]
            if (i + 1 < len(groups) and all(not m.has_actor for m in members)):
                nm, ns, ne = groups[i + 1]
                between = words[ge:ns]
                if between and between[0] in ("OF", "IN", "FROM") and all(
                        w in ("OF", "IN", "FROM", "THE") for w in between):
                    codes = []
                    for m in members:
                        for a in nm:
                            for c in a.codes:
                                codes.append(_apply_agents(c, m.agents))
                    out.append(_Group(gs, ne, codes))
                    i += 2
                    continue
            codes = []
            prev: _Unit | None = None
            for m in members:
                if not m.has_actor and prev is not None and prev.has_actor and prev.agents:
                    # "Danish media and government": the second agent shares the country
                    last = prev.agents[-1][0]
                    for c in prev.codes:
                        base = c[: -len(last)] if c.endswith(last) and not prev.agents[-1][1] else c
                        codes.append(_apply_agents(base, m.agents))
                else:
                    codes.extend(m.codes)
                prev = m
            out.append(_Group(gs, ge, codes))
            i += 1
        return out

    def _code_sentence(self, words: list[str], si: int, when: date | None,
                       cfg: CoderConfig) -> list[CodedEvent]:
        actors, agents = self._mentions(words, when)
        blocked: set[int] = set()
        for s, (e, _) in actors.items():
            blocked.update(range(s, e))
        stops = set(blocked)
        for s, lst in agents.items():
            for e, _ in lst:
                stops.update(range(s, e))
        verbs = self._verbs(words, blocked, stops)
        verbs = [v for v in verbs if not self._modal(v, verbs)]
        verb_tokens = {k for v in verbs for k in range(v[0], v[1])}
        units = self._units(words, actors, agents, verb_tokens)
        groups = self._groups(words, units)
        starts = {g.start: g for g in groups}
        ends = {g.end: g for g in groups}
        events: list[CodedEvent] = []
        subjects: list[_Group | None] = []
        for vi, (vs, ve, form) in enumerate(verbs):
            subj = self._subject(words, vs, verbs, vi, subjects, groups)
            subjects.append(subj)
            fam = self.d.family_of[id(form)]
            code = form.code or fam.code
            match: _Match | None = None
            for pat in fam.patterns:
                m = self._match(pat, words, vs, ve, starts, ends)
                if m is not None and (match is None or m.weight > match.weight):
                    match = m
                    code = pat.code
            src = subj
            tgt: _Group | None = None
            compound_pair = False
            if match is not None:
                if match.source is not None:
                    src = match.source
                if match.target is not None:
                    tgt = match.target
                if match.pre_anchor is not None and match.source is None:
                    src = self._before(match.pre_anchor, groups) if (
                        match.target is not None and match.target is not subj) else subj
                if match.compound_pre:
                    compound_pair = True
            if tgt is None and not (match is not None and match.target is not None):
                after = [g for g in groups if g.start >= ve and g is not src
                         and not ("," in words[ve:g.start] and _leads_clause(g, groups, verbs))]
                passive = self._passive(words, vs, ve, groups)
                if passive is not None:
                    src, tgt = passive, subj
                elif after:
                    tgt = after[0]
            if compound_pair and tgt is None and src is not None and len(src.codes) >= 2:
                a, b = src.codes[0], src.codes[1]
                events.extend(_emit([a], [b], code, si, form.head, True))
                continue
            if src is tgt:
                tgt = None
            s_codes = src.codes if src is not None else []
            t_codes = tgt.codes if tgt is not None else []
            if cfg.require_dyad and (not s_codes or not t_codes):
                continue
            if not s_codes and not t_codes:
                continue
            events.extend(_emit(s_codes or [NULL], t_codes or [NULL], code, si, form.head,
                                True))
        return events

    def _modal(self, v: tuple[int, int, VerbForm], verbs: list[tuple[int, int, VerbForm]]
               ) -> bool:
        if v[2].head not in MODAL_HEADS:
            return False
        return any(0 <= o[0] - v[1] <= 3 for o in verbs if o is not v)

    def _subject(self, words: list[str], vs: int, verbs: list[tuple[int, int, VerbForm]],
                 vi: int, subjects: list[_Group | None], groups: list[_Group]) -> _Group | None:
        prev_end = verbs[vi - 1][1] if vi > 0 else 0
        if vi > 0:  # "condemned an attack ... and promised aid": the same subject
            k = vs - 1
            while k >= prev_end and (words[k] in AUX_SKIP or words[k].endswith("LY")):
                k -= 1
            if k >= prev_end and words[k] == "AND":
                return subjects[vi - 1]
        best = None
        for g in groups:
            if prev_end <= g.start and g.end <= vs:
                best = g
        if best is not None:
            return best
        if vi > 0:
            k = vs - 1
            while k >= prev_end and (words[k] in FUNCTION or words[k].endswith("LY")
                                     or words[k] == ","):
                if words[k] == "AND":
                    return subjects[vi - 1]
                k -= 1
        return None

    def _before(self, pos: int, groups: list[_Group]) -> _Group | None:
        best = None
        for g in groups:
            if g.end <= pos:
                best = g
        return best

    def _passive(self, words: list[str], vs: int, ve: int, groups: list[_Group]
                 ) -> _Group | None:
        k = vs - 1
        while k >= 0 and words[k].endswith("LY"):
            k -= 1
        if k < 0 or words[k] not in PASSIVE_AUX:
            return None
        for j in range(ve, min(len(words), ve + 4)):
            if words[j] == "BY":
                for g in groups:
                    if g.start == j + 1 or (g.start == j + 2 and words[j + 1] == "THE"):
                        return g
                return None
            if words[j] in PUNCT_STOP or words[j] == ",":
                return None
        return None

    # -- patterns -----------------------------------------------------------------------------

    def _match(self, pat: Pattern, words: list[str], vs: int, ve: int,
               starts: dict[int, _Group], ends: dict[int, _Group]) -> _Match | None:
        els = pat.elements
        vi = pat.verb_index
        post = els[vi + 1:]
        pre = els[:vi]
        st = _State(words, starts, ends, self.d.synset_phrases)
        post_res = st.forward(post, 0, ve, els[vi + 1].tight if post else False, 0)
        if post_res is None:
            return None
        pre_res = st.backward(list(reversed(pre)), 0, vs - 1, els[vi].tight if pre else False,
                              post_res)
        if pre_res is None:
            return None
        return pre_res


@dataclass(slots=True)
class _Match:
    weight: int = 0
    source: _Group | None = None
    target: _Group | None = None
    pre_anchor: int | None = None
    compound_pre: bool = False


class _State:
    def __init__(self, words: list[str], starts: dict[int, _Group], ends: dict[int, _Group],
                 synsets: dict[str, list[Phrase]]) -> None:
        self.w = words
        self.starts = starts
        self.ends = ends
        self.syn = synsets

    def _positions(self, pos: int, tight: bool, forward: bool) -> Iterable[int]:
        n = len(self.w)
        if tight:
            if 0 <= pos < n:
                yield pos
            return
        for g in range(MAX_GAP + 1):
            p = pos + g if forward else pos - g
            if not 0 <= p < n:
                return
            yield p
            w = self.w[p]
            if w in PUNCT_STOP or (forward and w == "OF"):
                return

    def forward(self, els: list[PatternElement], i: int, pos: int, tight: bool,
                weight: int) -> _Match | None:
        if i == len(els):
            return _Match(weight=weight)
        e = els[i]
        t = tight if i == 0 else e.tight
        for p in self._positions(pos, t, True):
            for end, add, slot in self._element(e, p, True):
                rest = self.forward(els, i + 1, end, False, weight + add)
                if rest is not None:
                    if e.kind == "source" and slot is not None:
                        rest.source = slot
                    elif e.kind in ("target", "compound") and slot is not None:
                        rest.target = slot
                    return rest
        return None

    def backward(self, els: list[PatternElement], i: int, pos: int, tight: bool,
                 acc: _Match) -> _Match | None:
        if i == len(els):
            return acc
        e = els[i]
        for p in self._positions(pos, tight, False):
            for start, add, slot in self._element(e, p, False):
                m = _Match(acc.weight + add, acc.source, acc.target, start, acc.compound_pre)
                if e.kind == "source":
                    m.source = slot
                elif e.kind == "target":
                    m.target = slot
                elif e.kind == "compound":
                    m.compound_pre = True
                rest = self.backward(els, i + 1, start - 1, e.tight, m)
                if rest is not None:
                    return rest
        return None

    def _element(self, e: PatternElement, p: int, forward: bool
                 ) -> Iterable[tuple[int, int, _Group | None]]:
        """(next position, weight, slot group) for each way ``e`` matches at ``p``.

        Forward: ``p`` is the first word, the next position is after the match. Backward: ``p``
        is the last word, the returned position is the match's first word.
        """
        w = self.w
        if e.kind == "word":
            if w[p] == e.value:
                yield (p + 1 if forward else p), 1, None
        elif e.kind == "synset":
            for ph in self.syn.get(e.value, ()):
                n = len(ph.words)
                if forward:
                    end = _phrase_at(ph, w, p, 1)
                    if end is not None:
                        yield end, n, None
                else:
                    s = p - n + 1
                    if s >= 0 and tuple(w[s:p + 1]) == ph.words:
                        yield s, n, None
        elif e.kind in ("source", "target", "compound"):
            if forward:
                g = self.starts.get(p) or (self.starts.get(p + 1) if w[p] == "THE" else None)
                if g is not None and (e.kind != "compound" or len(g.codes) >= 2):
                    yield g.end, 0, g
            else:
                g = self.ends.get(p + 1)
                if g is not None and (e.kind != "compound" or len(g.codes) >= 2):
                    yield g.start, 0, g
        elif e.kind == "skip":
            if forward:
                k = p
                if w[k] in PREPS:
                    k += 1
                s = k
                while k < len(w) and w[k] not in PREPS and w[k] not in PUNCT_STOP and w[k] != ",":
                    k += 1
                if k > s:
                    yield k, 0, None
            else:
                k = p
                while k >= 0 and w[k] not in PREPS and w[k] not in PUNCT_STOP and w[k] != ",":
                    k -= 1
                if k < p:
                    yield k + 1, 0, None


def _leads_clause(g: _Group, groups: list[_Group], verbs: list[tuple[int, int, VerbForm]]
                  ) -> bool:
    """True when ``g`` is the subject of a later verb (no other group between them)."""
    nxt = next((v for v in verbs if v[0] >= g.end), None)
    if nxt is None:
        return False
    return not any(g.end <= o.start and o.end <= nxt[0] for o in groups if o is not g)


def _plain(w: str) -> bool:
    return w not in FUNCTION and w not in PUNCT_STOP and w != "," and any(c.isalnum() for c in w)


def _phrase_at(ph: Phrase, words: list[str], i: int, gap: int) -> int | None:
    """End (exclusive) of ``ph`` matched from ``words[i]``, with up to ``gap`` words between
    space-joined words; None when it does not match."""
    if words[i] != ph.words[0]:
        return None
    k = i + 1
    for w, t in zip(ph.words[1:], ph.tight[1:], strict=True):
        if k < len(words) and words[k] == w:
            k += 1
            continue
        if t or gap == 0:
            return None
        for j in range(k + 1, min(len(words), k + gap + 1)):
            if words[j] == w:
                k = j + 1
                break
            if words[j] in PUNCT_STOP or words[j] == ",":
                return None
        else:
            return None
    return k


def _apply_agents(code: str, agents: list[tuple[str, bool]]) -> str:
    """Add agent codes to an actor code: prefixes in front, suffixes behind, skipping 3-letter
    parts the code already has."""
    for ag, prefix in agents:
        parts = [ag[i:i + 3] for i in range(0, len(ag), 3)]
        have = {code[i:i + 3] for i in range(0, len(code), 3)}
        new = "".join(p for p in parts if p not in have)
        if not new:
            continue
        code = new + code if prefix else code + new
    return code


def _emit(sources: list[str], targets: list[str], code: str, si: int, verb: str,
          _pair: bool) -> list[CodedEvent]:
    fwd, _, back = code.partition(":")
    out: list[CodedEvent] = []
    for s in sources:
        for t in targets:
            if fwd and fwd != NULL:
                out.append(CodedEvent(s, t, fwd, si, verb))
            if back and back != NULL:
                out.append(CodedEvent(t, s, back, si, verb))
    return out
