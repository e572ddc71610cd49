"""Agreement between two annotators of the same articles, beside the pipeline on them.

Usage: ``python benchmarks/agreement.py [--json] [SECOND] [FIRST]``. SECOND (default
``gold/agreement``) holds second annotations, written from the text alone by annotators who never
saw the first; FIRST (default ``gold/heldout``, falling back to ``gold/pending`` for articles
moved there) holds the first. Each stage is scored with the evaluator's rules, the second
annotation standing where the system's output stands; the pipeline is scored on the same
articles against the first. Prints a table, and with --json one JSON object on its last line.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from factions.evaluate.agreement import agreement, first_annotation
from factions.evaluate.run import evaluate
from factions.pipeline import default_kb

ROOT = Path(__file__).resolve().parent.parent
STAGES = ("actors", "key_actor", "alignments", "events", "event_modality", "event_location",
          "event_date")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("second", nargs="?", default=str(ROOT / "gold" / "agreement"))
    parser.add_argument("first", nargs="?", default=None)
    parser.add_argument("--json", action="store_true", help="also print one JSON object last")
    args = parser.parse_args(argv)
    second = Path(args.second)
    firsts = [Path(args.first)] if args.first else [ROOT / "gold" / "heldout",
                                                    ROOT / "gold" / "pending"]
    kb = default_kb()
    people = agreement(firsts, second, kb).stage_f1()
    with tempfile.TemporaryDirectory() as tmp:  # the pipeline on the same articles
        for path in second.glob("*.json"):
            shutil.copy(first_annotation(path.name, firsts), Path(tmp) / path.name)
        system = evaluate(tmp, kb).stage_f1()
    count = len(list(second.glob("*.json")))
    print(f"{count} articles annotated twice; second annotator and pipeline, each scored "
          f"against the first annotator")
    print(f"{'stage':16} {'annotators':>11} {'pipeline':>9} {'ratio':>6}")
    for stage in STAGES:
        ratio = system[stage] / people[stage] if people[stage] else 0.0
        print(f"{stage:16} {people[stage]:>11.4f} {system[stage]:>9.4f} {ratio:>6.2f}")
    if args.json:
        print(json.dumps({"benchmark": "agreement", "articles": count,
                          "annotators": {s: people[s] for s in STAGES},
                          "pipeline": {s: system[s] for s in STAGES}}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
