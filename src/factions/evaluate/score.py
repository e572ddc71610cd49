"""Score Analyses against gold articles, stage by stage, with the matching rules of
GOLD_FORMAT.md.

- actors: a system actor matches a gold actor when its name, an alias it was called in the text
  or a KB alias equals the gold name or one of its aliases (after ``normalize_name``); several
  system actors may match one gold actor. Gold actors marked ``minor`` are not needed for
  recall, and finding them is not a false positive.
- key actor: accuracy.
- roles: per matched actor, a text role matches a gold role when one contains the other.
- alignments: relation, source and target (opposes / allied_with in either direction), where
  "the gold source" is any system actor matching it; gold and predicted alignments are paired
  one to one so that as many gold ones as possible find a match (not first come, first served).
- events: same type, a system actor matching the gold source among the event's sources, and
  (when the gold has a target) an actor of the event matching the gold target. One system
  event stands for each (source, target) pair it carries ("Egypt and the UAE armed Haftar" is one
  event, two gold records), so it can match several gold events, one per distinct pair; recall
  counts gold events matched, precision counts system events matching at least one.
  Also reported: a confusion table of types, and on matched events modality and date accuracy
  and the places' precision/recall (a place where the gold has none, or another one, is a false
  positive; a gold place missing or named wrongly, a false negative).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factions.evaluate.gold import GoldActor, GoldArticle, GoldEvent
from factions.geo.gazetteer import ALIAS, PRIMARY, load_gazetteer
from factions.geo.names import name_key
from factions.kb import KnowledgeBase
from factions.kb.names import normalize_name
from factions.model import Actor, Analysis, Event, Place

SCORED_RELATIONS = ("supports", "opposes", "mediates", "allied_with")
SYMMETRIC = ("opposes", "allied_with")
Key = tuple[str, str, str]


@dataclass
class PRF:
    """Counts for precision / recall / F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    # System items that matched, when that differs from gold items matched (many-to-one).
    tp_system: int | None = None

    @property
    def precision(self) -> float:
        tp = self.tp if self.tp_system is None else self.tp_system
        return tp / (tp + self.fp) if tp + self.fp else 1.0 if not self.fn else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0 if not self.fp else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: PRF) -> None:
        if other.tp_system is not None or self.tp_system is not None:
            self.tp_system = (self.tp if self.tp_system is None else self.tp_system) + (
                other.tp if other.tp_system is None else other.tp_system)
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def as_dict(self) -> dict[str, Any]:
        data = {"precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4), "tp": self.tp, "fp": self.fp, "fn": self.fn}
        if self.tp_system is not None:
            data["tp_system"] = self.tp_system
        return data


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def merge(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def as_dict(self) -> dict[str, Any]:
        return {"accuracy": round(self.value, 4), "correct": self.correct, "total": self.total}


@dataclass
class ArticleScore:
    id: str
    actors: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)
    alignments: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    # Modality, place and date of this article's matched events (as the report's, summed).
    event_modality: Accuracy = field(default_factory=Accuracy)
    event_location: PRF = field(default_factory=PRF)
    event_date: Accuracy = field(default_factory=Accuracy)
    key_actor_ok: bool | None = None
    missed_actors: list[str] = field(default_factory=list)
    spurious_actors: list[str] = field(default_factory=list)
    missed_alignments: list[str] = field(default_factory=list)
    spurious_alignments: list[str] = field(default_factory=list)
    missed_events: list[str] = field(default_factory=list)
    spurious_events: list[str] = field(default_factory=list)


@dataclass
class Report:
    """The scores of a whole gold set."""

    articles: list[ArticleScore] = field(default_factory=list)
    actors: PRF = field(default_factory=PRF)
    roles: PRF = field(default_factory=PRF)
    alignments: PRF = field(default_factory=PRF)
    events: PRF = field(default_factory=PRF)
    key_actor: Accuracy = field(default_factory=Accuracy)
    event_modality: Accuracy = field(default_factory=Accuracy)
    # Places of matched events: tp the gold place, fp a place where the gold has none or
    # another, fn a gold place the event lacks or names wrongly.
    event_location: PRF = field(default_factory=PRF)
    event_date: Accuracy = field(default_factory=Accuracy)
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    per_type: dict[str, PRF] = field(default_factory=dict)
    per_relation: dict[str, PRF] = field(default_factory=dict)

    def stage_f1(self) -> dict[str, float]:
        """The figures floors are kept for."""
        return {
            "actors": round(self.actors.f1, 4),
            "key_actor": round(self.key_actor.value, 4),
            "roles": round(self.roles.f1, 4),
            "alignments": round(self.alignments.f1, 4),
            "events": round(self.events.f1, 4),
            "event_modality": round(self.event_modality.value, 4),
            "event_location": round(self.event_location.f1, 4),
            "event_date": round(self.event_date.value, 4),
        }

    def as_dict(self) -> dict[str, Any]:
        return {
            "documents": len(self.articles),
            "stages": {
                "actors": self.actors.as_dict(),
                "key_actor": self.key_actor.as_dict(),
                "roles": self.roles.as_dict(),
                "alignments": self.alignments.as_dict(),
                "events": self.events.as_dict(),
                "event_modality": self.event_modality.as_dict(),
                "event_location": self.event_location.as_dict(),
                "event_date": self.event_date.as_dict(),
            },
            "events_per_type": {k: v.as_dict() for k, v in sorted(self.per_type.items())},
            "alignments_per_relation": {k: v.as_dict()
                                        for k, v in sorted(self.per_relation.items())},
            "event_confusion": [
                {"gold": g, "system": s, "count": n}
                for (g, s), n in sorted(self.confusion.items())
            ],
            "articles": [
                {
                    "id": a.id,
                    "actors": a.actors.as_dict(),
                    "roles": a.roles.as_dict(),
                    "alignments": a.alignments.as_dict(),
                    "events": a.events.as_dict(),
                    "event_modality": a.event_modality.as_dict(),
                    "event_location": a.event_location.as_dict(),
                    "event_date": a.event_date.as_dict(),
                    "key_actor_ok": a.key_actor_ok,
                    "missed_actors": a.missed_actors,
                    "spurious_actors": a.spurious_actors,
                    "missed_alignments": a.missed_alignments,
                    "spurious_alignments": a.spurious_alignments,
                    "missed_events": a.missed_events,
                    "spurious_events": a.spurious_events,
                }
                for a in self.articles
            ],
        }


def _system_names(actor: Actor, kb: KnowledgeBase) -> set[str]:
    names = [actor.name, *actor.aliases]
    kb_actor = kb.actors.get(actor.id)
    if kb_actor is not None:
        names.extend(kb_actor.all_names())
    return {n for n in (normalize_name(x) for x in names) if n}


def match_actors(gold: GoldArticle, analysis: Analysis, kb: KnowledgeBase
                 ) -> tuple[dict[str, tuple[str, ...]], ArticleScore]:
    """Map gold actor names to the system actor ids that match them (the one named exactly like
    the gold actor first); score the actor stage for one article.

    A system actor matches a gold actor when a name or alias of one equals a name or alias of
    the other. Recall counts the (non-minor) gold actors some system actor matches; precision
    counts the system actors that match some gold actor (so a system that keeps "Turkish Armed
    Forces" apart from "Turkey" is not penalized where the gold lists "Turkish drones" as an
    alias of Turkey). Matching a minor gold actor counts neither way.
    """
    score = ArticleScore(id=gold.id)
    names = {a.id: _system_names(a, kb) for a in analysis.actors}
    mapping: dict[str, tuple[str, ...]] = {}
    matched_system: dict[str, bool] = {}  # system id -> matched a non-minor gold actor
    for g in sorted(gold.actors, key=lambda a: a.minor):
        gnames = g.names()
        hits = [a.id for a in analysis.actors if names[a.id] & gnames]
        # The system actor named exactly like the gold actor represents it in the mapping.
        hits.sort(key=lambda i: normalize_name(analysis.actor(i).name) not in gnames)  # type: ignore[union-attr]
        if hits:
            mapping[g.name] = tuple(hits)
            for h in hits:
                matched_system[h] = matched_system.get(h, False) or not g.minor
            if not g.minor:
                score.actors.tp += 1
        elif not g.minor:
            score.actors.fn += 1
            score.missed_actors.append(g.name)
    matched_major = sum(1 for v in matched_system.values() if v)
    spurious = [a for a in analysis.actors if a.id not in matched_system]
    score.actors.fp = len(spurious)
    score.actors.tp_system = matched_major
    score.spurious_actors = [a.name for a in spurious]
    return mapping, score


Mapping = dict[str, tuple[str, ...]]


def _score_roles(gold: GoldArticle, analysis: Analysis, mapping: Mapping,
                 score: ArticleScore) -> None:
    by_id = {a.id: a for a in analysis.actors}
    for g in gold.actors:
        ids = mapping.get(g.name, ())
        system = by_id.get(ids[0]) if ids else None
        predicted = [normalize_name(r.title) for r in system.roles if r.source == "text"] \
            if system else []
        wanted = [normalize_name(r) for r in g.roles]
        matched_predicted: set[int] = set()
        for w in wanted:
            hit = next((i for i, p in enumerate(predicted) if i not in matched_predicted
                        and p and (p in w or w in p)), None)
            if hit is None:
                if not g.minor:
                    score.roles.fn += 1
            else:
                matched_predicted.add(hit)
                score.roles.tp += 1
        if system is not None and (g.roles or not g.minor):
            score.roles.fp += len(predicted) - len(matched_predicted)


def _score_alignments(gold: GoldArticle, analysis: Analysis, mapping: Mapping,
                      score: ArticleScore, report: Report) -> None:
    """A gold alignment matches a predicted relation of its type whose source and target are
    system actors matching the gold ones (either way round for a symmetric type). A predicted
    relation that only restates a matched gold alignment under another of the matching actors
    ("Turkish Armed Forces supports GNA" beside "Turkey supports GNA") counts neither way."""
    predicted = sorted({(r.type, r.source, r.target) for r in analysis.relations
                        if r.type in SCORED_RELATIONS})
    names = {a.id: a.name for a in analysis.actors}
    # Per gold alignment: the (sources, targets) system-actor sets it may be read as.
    ends: list[list[tuple[set[str], set[str]]]] = []
    options: list[list[Key]] = []
    for g in gold.alignments:
        sources, targets = set(mapping.get(g.source, ())), set(mapping.get(g.target, ()))
        pairs = [(sources, targets)]
        if g.relation in SYMMETRIC:
            pairs.append((targets, sources))
        ends.append(pairs)
        options.append([k for k in predicted if k[0] == g.relation
                        and any(k[1] in a and k[2] in b for a, b in pairs)])
    owner = _maximum_matching(options)
    hits = set(owner.values())
    matched = set(owner)
    covered: list[tuple[str, set[str], set[str]]] = []
    for n, g in enumerate(gold.alignments):
        per = report.per_relation.setdefault(g.relation, PRF())
        if n in hits:
            covered.extend((g.relation, a, b) for a, b in ends[n])
            score.alignments.tp += 1
            per.tp += 1
        else:
            score.alignments.fn += 1
            per.fn += 1
            score.missed_alignments.append(f"{g.source} {g.relation} {g.target}")
    for key in predicted:
        if key in matched:
            continue
        if any(key[0] == rel and key[1] in a and key[2] in b for rel, a, b in covered):
            continue
        # The same pair stated twice (both directions of a symmetric relation) counts once.
        if key[0] in SYMMETRIC and (key[0], key[2], key[1]) in matched:
            continue
        score.alignments.fp += 1
        report.per_relation.setdefault(key[0], PRF()).fp += 1
        score.spurious_alignments.append(
            f"{names.get(key[1], key[1])} {key[0]} {names.get(key[2], key[2])}")


def _maximum_matching(options: list[list[Key]]) -> dict[Key, int]:
    """Give as many gold items as possible a system item of their own (``options[n]`` lists
    what gold item ``n`` may match), by augmenting paths; returns system item -> gold index."""
    owner: dict[Key, int] = {}

    def place(n: int, seen: set[Key]) -> bool:
        for key in options[n]:
            if key in seen:
                continue
            seen.add(key)
            if key not in owner or place(owner[key], seen):
                owner[key] = n
                return True
        return False

    for n in range(len(options)):
        place(n, set())
    return owner


def _event_pairs(g: GoldEvent, e: Event, mapping: Mapping) -> list[tuple[str, str | None]]:
    """The (source, target) pairs of ``e`` that the gold event ``g`` could be: same type, a
    source matching the gold source and, when the gold has a target, an actor of the event
    matching it (``None`` stands for "no target named")."""
    if e.type != g.type:
        return []
    sources = [s for s in e.source if g.source is None or s in mapping.get(g.source, ())]
    if g.source is None and not sources:
        sources = [""]
    if g.target is None:
        return [(s, None) for s in sources]
    targets = set(mapping.get(g.target, ()))
    return [(s, t) for s in sources for t in dict.fromkeys((*e.target, *e.source)) if t in targets]


def _pair_free(pair: tuple[str, str | None], taken: set[tuple[str, str | None]]) -> bool:
    """A pair is free when no gold event took it; a gold event without a target takes every
    pair of its source."""
    source, target = pair
    return not any(s == source and (t == target or t is None or target is None)
                   for s, t in taken)


def _same_sentence(g: GoldEvent, e: Event) -> bool:
    a, b = " ".join(g.evidence.split()), " ".join(e.evidence.text.split())
    return bool(a) and (a in b or b in a)


def _score_location(g: GoldEvent, e: Event, place: Place | None, prf: PRF) -> None:
    """Score the place of a matched event: the gold name must be the event's place text or
    place name, or inside one of them ("southern Tripoli" holds "Tripoli"), or a name the
    gazetteer files the event's place under ("Democratic Republic of Congo" for the entry
    named "Democratic Republic of the Congo"). A gold name of several places, a site and its
    city or a list ("Lido beach, Mogadishu", "Sanaa, Hodeidah and Saada"), holds each of them:
    the gazetteer resolves the city, and any place of the list is where the event was."""
    name = g.location.get("name") if g.location else None
    wanted = normalize_name(name) if name else ""
    got = {normalize_name(x) for x in (e.place_text or "", place.name if place else "") if x}
    if not name or not wanted:
        prf.fp += bool(got)
        return
    if wanted in got or any(wanted in x for x in got) or _named(name, place):
        prf.tp += 1
        return
    parts = [normalize_name(x) for x in re.split(r",|\band\b", name) if x.strip()]
    if len(parts) > 1 and any(p and (p in got or any(p in x for x in got) or _named(p, place))
                              for p in parts):
        prf.tp += 1
        return
    prf.fn += 1
    prf.fp += bool(got)


def _named(name: str, place: Place | None) -> bool:
    """Whether ``name`` is the primary name or an alias of ``place`` in the gazetteer (exact
    name keys only: no fuzzy match, no qualifier or weak alternate name)."""
    if place is None:
        return False
    gazetteer = load_gazetteer()
    index = gazetteer.by_id.get(place.id)
    return index is not None and any(
        i == index and kind in (PRIMARY, ALIAS) for i, kind in gazetteer.lookup(name_key(name)))


def _score_events(gold: GoldArticle, analysis: Analysis, mapping: Mapping,
                  score: ArticleScore, report: Report) -> None:
    events = list(analysis.events)
    taken: dict[int, set[tuple[str, str | None]]] = {}
    places = {p.id: p for p in analysis.places}
    # First every gold event takes an event of its own; then those left may take another pair
    # of an event already matched. Each round pairs events of the same sentence first, so that
    # a gold event told again elsewhere does not take the event of the sentence that tells
    # another gold event of the same actors.
    chosen: dict[int, tuple[int, tuple[str, str | None]]] = {}
    for second, same_only in ((False, True), (False, False), (True, True), (True, False)):
        for n, g in enumerate(gold.events):
            if n in chosen:
                continue
            candidates = [(i, pair) for i, e in enumerate(events)
                          if (i in taken) == second
                          and (not same_only or _same_sentence(g, e))
                          for pair in _event_pairs(g, e, mapping)
                          if _pair_free(pair, taken.get(i, set()))]
            candidates.sort(key=lambda c: not _same_sentence(g, events[c[0]]))
            if candidates:
                chosen[n] = candidates[0]
                taken.setdefault(candidates[0][0], set()).add(candidates[0][1])
    firsts: set[int] = set()
    for n, g in enumerate(gold.events):
        per = report.per_type.setdefault(g.type, PRF())
        if n in chosen:
            i = chosen[n][0]
            if i in firsts:  # another pair of an event already matched
                per.tp_system = per.tp if per.tp_system is None else per.tp_system
            elif per.tp_system is not None:
                per.tp_system += 1
            firsts.add(i)
            score.events.tp += 1
            per.tp += 1
            e = events[i]
            report.confusion[(g.type, e.type)] += 1
            if g.modality:
                score.event_modality.add(g.modality == e.modality)
            _score_location(g, e, places.get(e.place or ""), score.event_location)
            if g.date:
                score.event_date.add(bool(e.date) and str(e.date).startswith(str(g.date)))
        else:
            score.events.fn += 1
            per.fn += 1
            score.missed_events.append(f"{g.type} {g.source} -> {g.target}: {g.evidence[:80]}")
            # Confusion: a system event in the same sentence with the same source.
            sources = set(mapping.get(g.source or "", ()))
            for e in events:
                if _same_sentence(g, e) and (not sources or sources & set(e.source)):
                    report.confusion[(g.type, e.type)] += 1
                    break
            else:
                report.confusion[(g.type, "-")] += 1
    score.events.tp_system = len(taken)
    names = {a.id: a.name for a in analysis.actors}
    for i, e in enumerate(events):
        if i in taken:
            continue
        score.events.fp += 1
        report.per_type.setdefault(e.type, PRF()).fp += 1
        src = ",".join(names.get(a, a) for a in e.source)
        tgt = ",".join(names.get(a, a) for a in e.target)
        score.spurious_events.append(f"{e.type} {src} -> {tgt}: {e.evidence.text[:80]}")


def score_article(gold: GoldArticle, analysis: Analysis, kb: KnowledgeBase,
                  report: Report) -> ArticleScore:
    """Score one article into ``report`` and return its own scores."""
    mapping, score = match_actors(gold, analysis, kb)
    _score_roles(gold, analysis, mapping, score)
    _score_alignments(gold, analysis, mapping, score, report)
    _score_events(gold, analysis, mapping, score, report)
    if gold.key_actor:
        key = gold.actor(gold.key_actor) or GoldActor(gold.key_actor, None, None, [], [])
        system = next((a for a in analysis.actors if a.id == analysis.key_actor), None)
        ok = system is not None and bool(_system_names(system, kb) & key.names())
        score.key_actor_ok = ok
        report.key_actor.add(ok)
    report.articles.append(score)
    report.actors.add(score.actors)
    report.roles.add(score.roles)
    report.alignments.add(score.alignments)
    report.events.add(score.events)
    report.event_modality.merge(score.event_modality)
    report.event_location.add(score.event_location)
    report.event_date.merge(score.event_date)
    return score
