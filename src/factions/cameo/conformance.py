"""Scoring against the PETRARCH unit-test records, and a generated large dictionary set."""

from __future__ import annotations

import json
import random
import tempfile
import time
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

from factions.cameo.coder import CameoCoder, CoderConfig, DictionarySet, load_dictionaries

__all__ = [
    "DEFAULT_RECORDS",
    "load_shared_dictionaries",
    "measure_generated_load",
    "record_passes",
    "run_conformance",
    "write_generated_dictionaries",
]

DEFAULT_RECORDS = (Path(__file__).resolve().parents[3].parent / "shared" / "conformance"
                   / "petrarch" / "PETR.UnitTest.records.jsonl")


def load_shared_dictionaries(folder: Path) -> DictionarySet:
    return load_dictionaries(folder / "PETR.Validate.actors.txt",
                             folder / "PETR.Validate.agents.txt",
                             folder / "PETR.Validate.verbs.txt",
                             folder / "PETR.Validate.discards.txt")


def record_passes(got: list[tuple[str, str, str]], record: dict[str, Any]) -> bool:
    """PETRARCH's rule: the multiset of triples equals the expected one (none for noevents)."""
    expected = [] if record.get("noevents") else [
        (e["source"], e["target"], e["cameo"]) for e in record.get("expected", [])]
    return Counter(got) == Counter(expected)


def run_conformance(path: Path, repeat: int = 1) -> dict[str, Any]:
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
               if line.strip()]
    dicts = load_shared_dictionaries(path.parent)
    coder = CameoCoder(dicts)
    cats: dict[str, dict[str, Any]] = {}
    failures = []
    passed = valid = 0
    for r in records:
        cfg = CoderConfig.from_petrarch(r.get("config"))
        got = coder.triples(r["text"], r.get("date_iso"), cfg)
        if not r.get("valid"):
            continue
        ok = record_passes(got, r)
        valid += 1
        passed += ok
        c = cats.setdefault(r["category"], {"valid": 0, "passed": 0})
        c["valid"] += 1
        c["passed"] += ok
        if not ok:
            failures.append({"id": r["id"], "expected": [
                f"{e['source']}/{e['target']}/{e['cameo']}" for e in r["expected"]],
                "got": ["/".join(t) for t in got]})
    for c in cats.values():
        c["pass_rate"] = round(c["passed"] / c["valid"], 4) if c["valid"] else 0.0
    n_sent = 0
    t0 = time.perf_counter()
    for _ in range(max(1, repeat)):
        for r in records:
            cfg = CoderConfig.from_petrarch(r.get("config"))
            coder.triples(r["text"], r.get("date_iso"), cfg)
            n_sent += 1
    elapsed = time.perf_counter() - t0
    return {
        "records": len(records),
        "valid": valid,
        "passed": passed,
        "pass_rate": round(passed / valid, 4) if valid else 0.0,
        "categories": cats,
        "load_seconds": round(dicts.load_seconds, 4),
        "dictionary_issues": len(dicts.issues),
        "sentences_per_second": round(n_sent / elapsed, 1) if elapsed else 0.0,
        "failures": failures,
    }


_SYL = ["ar", "bel", "cor", "dun", "el", "fal", "gor", "har", "ith", "kel", "lor", "mor",
        "nan", "or", "pel", "rim", "sar", "tol", "um", "val", "wen", "yar", "zir"]


def write_generated_dictionaries(folder: Path, n_actors: int, n_patterns: int,
                                 seed: int = 7) -> dict[str, Path]:
    """Write a synthetic actor/agent/verb/discard set of the given sizes into ``folder``."""
    rng = random.Random(seed)

    def name(k: int) -> str:
        return "".join(rng.choice(_SYL) for _ in range(k)).upper()

    actors = folder / "actors.txt"
    with actors.open("w", encoding="utf-8") as f:
        for i in range(n_actors):
            words = "_".join(name(rng.randint(2, 4)) for _ in range(rng.randint(1, 3)))
            code = f"X{i:05d}"[:6]
            if i % 10 == 0:
                f.write(f"{words}\n\t[{code}GOV <950601]\n\t[{code} 19950601-20101231]\n"
                        f"\t[{code}REB >101231]\n+{name(3)}\n")
            else:
                f.write(f"{words} [{code}] ; generated\n")
    agents = folder / "agents.txt"
    with agents.open("w", encoding="utf-8") as f:
        f.write("!PERSON! = MAN, MEN, WOMAN, WOMEN\n")
        for i in range(max(1, n_actors // 20)):
            f.write(f"{name(2)}_{name(2)} [~A{i % 1000:02d}]\n")
    verbs = folder / "verbs.txt"
    with verbs.open("w", encoding="utf-8") as f:
        f.write("&SYNA\n+ALPHA\n+BETA GAMMA\n\n")
        per = 15
        fams = max(1, n_patterns // per)
        for i in range(fams):
            f.write(f"--- {name(3)}  [{i % 999:03d}] ---\n{name(3)} {{{name(3)}ED}}\n")
            for j in range(per):
                f.write(f"- {name(2)} * {name(2)}_{name(2)} &SYNA [{(i + j) % 999:03d}]\n")
    discards = folder / "discards.txt"
    discards.write_text("+SPORTS NEWS\nFOOTBALL\n", encoding="utf-8")
    return {"actors": actors, "agents": agents, "verbs": verbs, "discards": discards}


def measure_generated_load(n_actors: int, n_patterns: int) -> dict[str, Any]:
    """Generate a dictionary set and measure how long loading it takes and its peak memory."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_generated_dictionaries(Path(tmp), n_actors, n_patterns)
        t0 = time.perf_counter()
        d = load_dictionaries(paths["actors"], paths["agents"], paths["verbs"],
                              paths["discards"])
        elapsed = time.perf_counter() - t0
        del d
        tracemalloc.start()  # a second load, traced, for the peak memory
        d = load_dictionaries(paths["actors"], paths["agents"], paths["verbs"],
                              paths["discards"])
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        n_pat = sum(len(f.patterns) for f in d.verbs.families)
        return {"actors": len(d.actors), "patterns": n_pat, "issues": len(d.issues),
                "load_seconds": round(elapsed, 3), "peak_mb": round(peak / 2**20, 1)}
