"""PETRARCH conformance: code the PETRARCH unit-test records from raw text and score them.

    python benchmarks/petrarch_conformance.py [--json] [--scale N] [--repeat K] [PATH]

PATH is the records file (default: ../shared/conformance/petrarch/PETR.UnitTest.records.jsonl,
relative to the repository root's parent); the four dictionaries are read from beside it. A
record passes when the multiset of coded (source, target, code) triples equals the expected
multiset (``noevents``: none); only ``valid: true`` records count. ``--scale N`` also generates
a dictionary set of N actors and 3N/4 verb patterns and reports its load time and memory.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from factions.cameo.conformance import (  # noqa: E402
    DEFAULT_RECORDS,
    measure_generated_load,
    run_conformance,
)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(DEFAULT_RECORDS))
    ap.add_argument("--json", action="store_true", help="print one JSON object on the last line")
    ap.add_argument("--scale", type=int, default=20000,
                    help="actors in the generated load test (0: skip)")
    ap.add_argument("--repeat", type=int, default=10, help="passes over the records for speed")
    ap.add_argument("--failures", action="store_true", help="list failing records")
    args = ap.parse_args(argv)
    rep = run_conformance(Path(args.path), repeat=args.repeat)
    print(f"records: {rep['valid']} valid of {rep['records']}; passed {rep['passed']} "
          f"({100 * rep['pass_rate']:.1f}%)")
    for cat, c in sorted(rep["categories"].items()):
        print(f"  {cat:10s} {c['passed']:3d}/{c['valid']:3d}  {100 * c['pass_rate']:.1f}%")
    print(f"dictionary load: {rep['load_seconds']:.3f} s; "
          f"speed: {rep['sentences_per_second']:.0f} sentences/s")
    if args.failures:
        for f in rep["failures"]:
            print(f"FAIL {f['id']}: expected {f['expected']} got {f['got']}")
    if args.scale:
        gen = measure_generated_load(args.scale, args.scale * 3 // 4)
        rep["generated"] = gen
        print(f"generated {gen['actors']} actors / {gen['patterns']} patterns: load "
              f"{gen['load_seconds']:.2f} s, peak memory {gen['peak_mb']:.0f} MB")
    if args.json:
        rep.pop("failures", None)
        print(json.dumps(rep, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
