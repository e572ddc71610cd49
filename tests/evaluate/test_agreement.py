"""Agreement between two annotations of one article, scored with the evaluator's rules."""

import json
import shutil
from pathlib import Path

from factions.evaluate.agreement import agreement, first_annotation
from factions.pipeline import default_kb

ROOT = Path(__file__).resolve().parents[2]
ARTICLE = "syria-turkey-peace-spring-2019-10.json"
FIRSTS = [ROOT / "gold" / "heldout", ROOT / "gold" / "pending", ROOT / "gold" / "dev"]


def _first(name: str) -> Path:
    return first_annotation(name, FIRSTS)


def test_an_annotation_agrees_fully_with_itself(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(_first(ARTICLE), tmp_path / "a" / ARTICLE)
    shutil.copy(_first(ARTICLE), tmp_path / "b" / ARTICLE)
    report = agreement([tmp_path / "a"], tmp_path / "b", default_kb())
    figures = report.stage_f1()
    assert {k: figures[k] for k in ("actors", "key_actor", "alignments", "events",
                                    "event_modality", "event_location", "event_date")} == {
        "actors": 1.0, "key_actor": 1.0, "alignments": 1.0, "events": 1.0,
        "event_modality": 1.0, "event_location": 1.0, "event_date": 1.0}


def test_a_second_annotator_who_names_another_target_disagrees_on_that_event(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(_first(ARTICLE), tmp_path / "a" / ARTICLE)
    data = json.loads(_first(ARTICLE).read_text())
    changed = next(e for e in data["events"] if e.get("target") and e.get("source"))
    changed["target"] = changed["source"]
    (tmp_path / "b" / ARTICLE).write_text(json.dumps(data))
    report = agreement([tmp_path / "a"], tmp_path / "b", default_kb())
    n = len(data["events"])
    assert (report.events.tp, report.events.fp, report.events.fn) == (n - 1, 1, 1)


def test_the_second_annotations_kept_in_the_repository_load_and_score():
    # (wherever their first annotations are: held out now, pending once worked on)
    second = sorted((ROOT / "gold" / "agreement").glob("*.json"))
    report = agreement(FIRSTS, ROOT / "gold" / "agreement", default_kb())
    assert len(report.articles) == len(second) >= 6
    assert 0.6 < report.events.f1 < 1.0
