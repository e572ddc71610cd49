"""Score the geoparser end to end on a GeoWebNews-style JSON Lines file.

Usage: ``python benchmarks/geoparse.py [--json] [PATH]``. PATH defaults to
``<repo>/../shared/benchmarks/geo/geowebnews.jsonl``. Each line is
``{id, text, spans: [{start, end, label, surface, lat?, lon?}]}``; spans labelled ``LOC`` are
the toponyms to find. Two configurations are scored: ``places`` (the geoparser's default:
demonyms are not places) and ``gwn`` (adjectival demonyms that modify a noun, "Russian
troops", count as toponyms, as the GeoWebNews annotation scheme has it).

Recognition: precision, recall, F1 with exact span match, with the EUPEG rule (lowercased
strings equal and midpoints less than 10 characters apart) and with any overlap. Resolution,
on the toponyms matched by the EUPEG rule that have gold coordinates: accuracy@161km, mean and
median error, and the AUC of the log error curve (Gritta et al. 2018: area under the sorted
ln(1 + error km) curve over ln(20039), lower is better). Speed: documents per second, median of
three timed passes on one core, by the wall clock and by CPU time. Also the gazetteer load
time and the peak memory.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from factions.geo import Geoparser, Toponym, load_gazetteer  # noqa: E402
from factions.geo.gazetteer import distance_km  # noqa: E402

DEFAULT_PATH = REPO.parent / "shared" / "benchmarks" / "geo" / "geowebnews.jsonl"
MAX_ERROR_KM = 20039.0


def read_docs(path: Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


def match_exact(pred: list[Toponym], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    index = {(g["start"], g["end"]): j for j, g in enumerate(gold)}
    return [(i, index[(p.start, p.end)]) for i, p in enumerate(pred)
            if (p.start, p.end) in index]


def match_eupeg(text: str, pred: list[Toponym], gold: list[dict[str, Any]],
                ) -> list[tuple[int, int]]:
    """One-to-one: equal lowercased strings, midpoints < 10 characters apart, nearest first."""
    pairs = []
    for i, p in enumerate(pred):
        p_text = text[p.start:p.end].lower()
        p_mid = (p.start + p.end) / 2
        for j, g in enumerate(gold):
            if text[g["start"]:g["end"]].lower() != p_text:
                continue
            gap = abs(p_mid - (g["start"] + g["end"]) / 2)
            if gap < 10:
                pairs.append((gap, i, j))
    pairs.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    out = []
    for _, i, j in pairs:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def match_overlap(pred: list[Toponym], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    out = []
    used: set[int] = set()
    for i, p in enumerate(pred):
        for j, g in enumerate(gold):
            if j not in used and p.start < g["end"] and g["start"] < p.end:
                used.add(j)
                out.append((i, j))
                break
    return out


def auc(errors: list[float]) -> float:
    if len(errors) < 2:
        return 0.0
    scaled = sorted(math.log(1 + e) for e in errors)
    area = sum((scaled[k] + scaled[k + 1]) / 2 for k in range(len(scaled) - 1))
    return area / (math.log(MAX_ERROR_KM) * (len(scaled) - 1))


def score(docs: list[dict[str, Any]], parser: Geoparser, demonyms: bool) -> dict[str, Any]:
    n_pred = n_gold = 0
    tp = {"exact": 0, "eupeg": 0, "overlap": 0}
    errors: list[float] = []
    for doc in docs:
        text = doc["text"]
        gold = [s for s in doc["spans"] if s["label"] == "LOC"]
        pred = [t for t in parser.parse(text, demonyms=demonyms)
                if t.kind in ("toponym", "demonym")]
        n_pred += len(pred)
        n_gold += len(gold)
        tp["exact"] += len(match_exact(pred, gold))
        tp["overlap"] += len(match_overlap(pred, gold))
        matched = match_eupeg(text, pred, gold)
        tp["eupeg"] += len(matched)
        for i, j in matched:
            g = gold[j]
            p = pred[i]
            if g.get("lat") is None or g.get("lon") is None:
                continue
            if p.entry is None:
                errors.append(MAX_ERROR_KM)
                continue
            errors.append(distance_km(p.entry.lat, p.entry.lon, float(g["lat"]),
                                      float(g["lon"])))
    result: dict[str, Any] = {
        "predicted": n_pred, "gold": n_gold,
        "exact": prf(tp["exact"], n_pred, n_gold),
        "eupeg": prf(tp["eupeg"], n_pred, n_gold),
        "overlap": prf(tp["overlap"], n_pred, n_gold),
        "resolved": len(errors),
        "acc161": round(sum(e <= 161 for e in errors) / len(errors), 4) if errors else 0.0,
        "mean_km": round(statistics.fmean(errors), 1) if errors else 0.0,
        "median_km": round(statistics.median(errors), 1) if errors else 0.0,
        "auc": round(auc(errors), 4),
    }
    return result


def speed(docs: list[dict[str, Any]], parser: Geoparser) -> tuple[float, float]:
    """Documents per second, wall clock and CPU time (``time.process_time``, steadier when
    other jobs load the machine): medians of three passes."""
    rates = []
    cpu_rates = []
    for _ in range(3):
        start = time.perf_counter()
        cpu_start = time.process_time()
        for doc in docs:
            parser.find_places(doc["text"])
        rates.append(len(docs) / (time.perf_counter() - start))
        cpu_rates.append(len(docs) / max(time.process_time() - cpu_start, 1e-9))
    return round(statistics.median(rates), 1), round(statistics.median(cpu_rates), 1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT_PATH))
    parser.add_argument("--json", action="store_true", help="print one JSON object last")
    args = parser.parse_args(argv)
    docs = read_docs(Path(args.path))

    start = time.perf_counter()
    gazetteer = load_gazetteer()
    load_s = time.perf_counter() - start
    geoparser = Geoparser(gazetteer)
    results = {"places": score(docs, geoparser, demonyms=False),
               "gwn": score(docs, geoparser, demonyms=True)}
    docs_per_s, docs_per_cpu_s = speed(docs, geoparser)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    rows = [
        ("toponyms predicted / gold", lambda r: f"{r['predicted']} / {r['gold']}"),
        ("exact span P / R / F1", lambda r: "{precision:.3f} / {recall:.3f} / {f1:.3f}".format(
            **r["exact"])),
        ("EUPEG rule P / R / F1", lambda r: "{precision:.3f} / {recall:.3f} / {f1:.3f}".format(
            **r["eupeg"])),
        ("overlap P / R / F1", lambda r: "{precision:.3f} / {recall:.3f} / {f1:.3f}".format(
            **r["overlap"])),
        ("resolved (EUPEG matches)", lambda r: str(r["resolved"])),
        ("accuracy@161km", lambda r: f"{r['acc161']:.3f}"),
        ("mean / median error km", lambda r: f"{r['mean_km']:.0f} / {r['median_km']:.0f}"),
        ("AUC (lower is better)", lambda r: f"{r['auc']:.3f}"),
    ]
    print(f"{Path(args.path).name}: {len(docs)} documents")
    print(f"{'metric':<28} {'places (default)':>24} {'gwn (+demonyms)':>24}")
    for label, fmt in rows:
        print(f"{label:<28} {fmt(results['places']):>24} {fmt(results['gwn']):>24}")
    print(f"{'documents/s (1 core)':<28} {docs_per_s:>24}")
    print(f"{'documents/CPU-s (1 core)':<28} {docs_per_cpu_s:>24}")
    print(f"{'gazetteer load s':<28} {load_s:>24.2f}")
    print(f"{'peak memory MB':<28} {peak_mb:>24.0f}")
    if args.json:
        print(json.dumps({"path": str(args.path), "documents": len(docs), **results,
                          "docs_per_s": docs_per_s, "docs_per_cpu_s": docs_per_cpu_s,
                          "gazetteer_load_s": round(load_s, 3),
                          "peak_mb": round(peak_mb)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
