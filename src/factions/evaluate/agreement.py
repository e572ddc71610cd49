"""Agreement between two annotators: a second gold annotation of an article, scored against the
first with the evaluator's own rules, as if it were the system's output.

Two careful annotators never agree perfectly; what they agree on is the ceiling any system can be
measured against (``benchmarks/agreement.py`` prints it for ``gold/agreement/``)."""

from __future__ import annotations

import re
from pathlib import Path

from factions.evaluate.gold import GoldArticle, load_gold_file
from factions.evaluate.score import Report, score_article
from factions.kb import KnowledgeBase
from factions.model import Actor, Analysis, Document, Event, Evidence, Place, Relation


def _slug(text: str) -> str:
    return "x-" + re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def annotation_as_analysis(article: GoldArticle) -> Analysis:
    """A gold annotation told as an Analysis: its actors (unknown to the KB, with their aliases),
    events, alignments and key actor, with the places by name."""
    ids = {a.name: _slug(a.name) for a in article.actors}

    def actor_ids(name: str | None) -> list[str]:
        if not name:
            return []
        actor = article.actor(name)
        return [ids[actor.name] if actor is not None else _slug(name)]

    places: dict[str, Place] = {}
    events = []
    for k, e in enumerate(article.events):
        start = max(article.text.find(e.evidence), 0)
        name = e.location.get("name") if e.location else None
        if name:
            places.setdefault(_slug(name), Place(id=_slug(name), name=name))
        events.append(Event(
            id=f"e{k}", type=e.type, rule="annotation", mode=e.mode,
            evidence=Evidence(text=e.evidence, start=start, end=start + len(e.evidence)),
            source=actor_ids(e.source), target=actor_ids(e.target),
            place=_slug(name) if name else None, place_text=name, date=e.date,
            modality=e.modality or "asserted"))
    relations = []
    for k, r in enumerate(article.alignments):
        source, target = actor_ids(r.source), actor_ids(r.target)
        if source and target:
            start = max(article.text.find(r.evidence), 0)
            relations.append(Relation(
                id=f"r{k}", type=r.relation, source=source[0], target=target[0],
                evidence=Evidence(text=r.evidence, start=start, end=start + len(r.evidence))))
    key = article.actor(article.key_actor) if article.key_actor else None
    return Analysis(
        document=Document(id=article.id, text=article.text, title=article.title,
                          published=article.published),
        key_actor=ids[key.name] if key is not None else None,
        actors=[Actor(id=ids[a.name], name=a.name, type=a.type or "other", country=a.country,
                      known=False, aliases=list(a.aliases)) for a in article.actors],
        places=list(places.values()), events=events, relations=relations)


def agreement(first: str | Path, second: str | Path, kb: KnowledgeBase) -> Report:
    """Score every annotation in folder ``second`` against the article of the same file name
    in folder ``first``. Roles are not compared (an annotation's roles are bare titles)."""
    report = Report()
    for path in sorted(Path(second).glob("*.json")):
        gold = load_gold_file(Path(first) / path.name)
        score_article(gold, annotation_as_analysis(load_gold_file(path)), kb, report)
    return report
