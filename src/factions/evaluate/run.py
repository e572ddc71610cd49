"""Run the pipeline over a gold set and score it; keep floors that only go up."""

from __future__ import annotations

import json
from pathlib import Path

from factions.errors import GoldError
from factions.evaluate.gold import GoldArticle, load_gold_folder
from factions.evaluate.score import Report, score_article
from factions.kb import KnowledgeBase
from factions.model import Document
from factions.pipeline import Options, analyze, default_kb, make_document


def gold_document(article: GoldArticle) -> Document:
    """The Document a gold article describes (its text exactly as annotated)."""
    return make_document(article.text, title=article.title, published=article.published,
                         source=article.path)


def evaluate(folder: str | Path, kb: KnowledgeBase | None = None,
             options: Options | None = None) -> Report:
    """Analyze every gold article in ``folder`` and score each stage."""
    kb = kb if kb is not None else default_kb()
    report = Report()
    for article in load_gold_folder(folder):
        analysis = analyze(gold_document(article), kb, options)
        score_article(article, analysis, kb, report)
    return report


def load_floors(path: str | Path) -> dict[str, float]:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot read floors ({exc})") from exc
    return {str(k): float(v) for k, v in data.get("floors", {}).items()}


def check_floors(report: Report, floors: dict[str, float]) -> list[str]:
    """Stages whose score fell below their floor, as messages."""
    scores = report.stage_f1()
    return [f"{stage}: {scores.get(stage, 0.0):.4f} is below its floor {floor:.4f}"
            for stage, floor in sorted(floors.items()) if scores.get(stage, 0.0) < floor - 1e-9]


def update_floors(path: str | Path, report: Report, *, allow_lower: bool = False
                  ) -> dict[str, float]:
    """Raise each floor to the current score (never lower it unless ``allow_lower``)."""
    old = load_floors(path)
    new = dict(old)
    for stage, value in report.stage_f1().items():
        if allow_lower or value > old.get(stage, 0.0):
            new[stage] = value
    Path(path).write_text(json.dumps({
        "about": "Scores `factions evaluate` must reach on this gold set. Raised by "
                 "`factions evaluate --update-floors`; lowering needs --lower-floors.",
        "floors": dict(sorted(new.items())),
    }, indent=2) + "\n", encoding="utf-8")
    return new
