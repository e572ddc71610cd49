"""Scoring the pipeline against gold annotations, stage by stage."""

from factions.evaluate.gold import GoldArticle, load_gold_folder
from factions.evaluate.run import check_floors, evaluate, load_floors, update_floors
from factions.evaluate.score import PRF, Report

__all__ = [
    "PRF",
    "GoldArticle",
    "Report",
    "check_floors",
    "evaluate",
    "load_floors",
    "load_gold_folder",
    "update_floors",
]
