"""Agreement between two annotators: a second gold annotation of an article, scored against the
first with the evaluator's own rules, as if it were the system's output.

Two careful annotators never agree perfectly; what they agree on is the ceiling any system can be
measured against (``benchmarks/agreement.py`` prints it for ``gold/agreement/``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from factions.evaluate.gold import GoldArticle, load_gold_file
from factions.evaluate.score import Report, score_article
from factions.kb import KnowledgeBase
from factions.model import (
    Actor,
    Analysis,
    Document,
    Event,
    Evidence,
    Place,
    Relation,
    document_actor_id,
)


def annotation_as_analysis(article: GoldArticle) -> Analysis:
    """A gold annotation told as an Analysis: its actors (unknown to the KB, with their aliases),
    events, alignments and key actor, with the places by name."""
    ids = {a.name: document_actor_id(a.name) for a in article.actors}

    def actor_ids(name: str | None) -> list[str]:
        if not name:
            return []
        actor = article.actor(name)
        return [ids[actor.name] if actor is not None else document_actor_id(name)]

    places: dict[str, Place] = {}
    events = []
    for k, e in enumerate(article.events):
        start = max(article.text.find(e.evidence), 0)
        name = e.location.get("name") if e.location else None
        if name:
            places.setdefault(name, Place(id=name, name=name))
        events.append(Event(
            id=f"e{k}", type=e.type, rule="annotation", mode=e.mode,
            evidence=Evidence(text=e.evidence, start=start, end=start + len(e.evidence)),
            source=actor_ids(e.source), target=actor_ids(e.target),
            place=name or None, place_text=name, date=e.date,
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


def first_annotation(name: str, folders: Sequence[str | Path]) -> Path:
    """The first annotation of the article whose file is ``name``: in the first of ``folders``
    that holds it (held out, then pending once the article has been worked on)."""
    for folder in folders:
        if (Path(folder) / name).exists():
            return Path(folder) / name
    raise FileNotFoundError(f"{name}: no first annotation in {', '.join(map(str, folders))}")


def agreement(firsts: Sequence[str | Path], second: str | Path, kb: KnowledgeBase) -> Report:
    """Score every annotation in folder ``second`` against the first annotation of the same
    article (``first_annotation`` in ``firsts``). Roles are not compared (an annotation's roles
    are bare titles)."""
    report = Report()
    for path in sorted(Path(second).glob("*.json")):
        gold = load_gold_file(first_annotation(path.name, firsts))
        score_article(gold, annotation_as_analysis(load_gold_file(path)), kb, report)
    return report
