"""Throughput of the per-document pipeline on one core, against spaCy's tokenizer alone.

Generates a corpus of news-like articles (≈600 words each, from sentence templates filled with
knowledge-base actors, from a fixed cast in throughput_cast.json, and places), then times, in
the same run:
- the baseline: spaCy's blank English tokenizer over every article;
- the foundation stages (tokens, sentences, actors, coreference, roles, salience);
- the full default pipeline (every registered stage).
Each figure is the median of --runs passes. Prints a table, and with --json one JSON object on
the last line.

    python benchmarks/throughput.py [--articles 2000] [--runs 5] [--json]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from factions.kb import load_kb
from factions.pipeline import Options
from factions.pipeline.run import make_document, pipeline_stages, run_stages
from factions.text.sentences import tokenizer_pipeline

FOUNDATION = ("tokens", "actors.recognize", "actors.discover", "actors.coref", "actors.assemble")

# Sentence templates written for this benchmark: {P} a person, {G} a group or government,
# {S} a state, {D} a demonym, {C} a capital, {T} a town.
TEMPLATES = [
    "{P} said on {W} that {G} would not withdraw from {T} until the talks resumed.",
    "{D} troops were deployed near {T} after {G} accused {S} of arming its rivals.",
    "Forces loyal to {P} shelled the outskirts of {T} overnight, residents told reporters.",
    "{C} denied sending weapons, but a UN report said {D} drones had struck {T} twice.",
    "The offensive, launched in {M}, has displaced tens of thousands of people, aid groups say.",
    "{P}, the commander of {G}, vowed to retake {T} \"whatever the cost\".",
    "Talks brokered by {S} collapsed last week when {G} walked out.",
    "He has been accused of war crimes by human rights groups, which he denies.",
    "{S} and {S2} called for an immediate ceasefire and the protection of civilians.",
    "Analysts say {P} is counting on support from {C} to hold the front line.",
    "The United Nations envoy warned the Security Council that the fighting could spread.",
    "Witnesses described heavy gunfire and air strikes around the airport in {T}.",
    "{G} said it had captured dozens of fighters and seized armoured vehicles.",
    "Prices of bread and fuel have tripled since the blockade began, traders said.",
    "{P} met {P2} in {T2} on {W} to discuss a prisoner exchange.",
    "The European Union imposed sanctions on three commanders of {G} on {W}.",
    "Thousands protested in {T2} against the government's handling of the crisis.",
    "It was not immediately possible to verify the claims independently.",
]
# Sentences without named actors: background, colour and context, as wire copy has plenty of.
FILLER = [
    "Officials in the region have repeatedly warned that the humanitarian situation is "
    "deteriorating, with hospitals short of medicine and power cuts lasting most of the day.",
    "The fighting has forced families to flee with little more than the clothes they wore.",
    "Schools in the area have been closed for weeks and many have been turned into shelters.",
    "Analysts say neither side appears able to win a decisive victory on the battlefield.",
    "Fuel shortages have left long queues outside petrol stations across the city.",
    "Residents said they had heard explosions throughout the night and stayed indoors.",
    "The conflict has its roots in a power struggle that followed the collapse of the old order.",
    "Diplomats say a political settlement remains the only way to end the violence.",
    "Humanitarian agencies say access to the worst-hit areas remains severely restricted.",
    "The death toll could not be independently verified, and casualty figures vary widely.",
    "Many of those displaced are staying with relatives or in makeshift camps on the outskirts.",
    "The economy has been battered by years of war, inflation and the collapse of the currency.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "March", "April", "June", "September", "November"]
TOWNS = ["Tripoli", "Misrata", "Sirte", "Benghazi", "Aleppo", "Idlib", "Hodeidah", "Marib",
         "Khartoum", "El Fasher", "Mekelle", "Gao", "Goma", "Bakhmut", "Kherson", "Mogadishu"]


# Who the generated stories are about: names drawn once from the knowledge base and kept in a
# file, so the corpus (and so the figures) stay the same as the knowledge base grows.
CAST = Path(__file__).resolve().parent / "throughput_cast.json"


@dataclass(frozen=True)
class _State:
    name: str
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


def generate_corpus(n: int, words: int, seed: int = 7) -> list[str]:
    """``n`` articles of about ``words`` words each, deterministic for a seed."""
    cast = json.loads(CAST.read_text(encoding="utf-8"))
    rng = random.Random(seed)
    persons: list[str] = cast["persons"]
    groups: list[str] = cast["groups"]
    states = [_State(name, (demonym,), (capital,)) for name, demonym, capital in cast["states"]]
    articles = []
    for _ in range(n):
        # Each story has its cast, as a real one does: a few people, groups, states and towns.
        cast_p = rng.sample(persons, 3)
        cast_g = rng.sample(groups, 3)
        cast_s = rng.sample(states, 3)
        cast_t = rng.sample(TOWNS, 3)
        parts: list[str] = []
        count = 0
        while count < words:
            if rng.random() < 0.35:
                sentence = rng.choice(FILLER)
            else:
                s1, s2 = rng.sample(cast_s, 2)
                p1, p2 = rng.sample(cast_p, 2)
                t1, t2 = rng.sample(cast_t, 2)
                sentence = rng.choice(TEMPLATES).format(
                    P=p1, P2=p2, G=rng.choice(cast_g), S=s1.name, S2=s2.name,
                    D=s1.demonyms[0], C=s1.metonyms[0], T=t1, T2=t2,
                    W=rng.choice(WEEKDAYS), M=rng.choice(MONTHS))
            parts.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(parts[i:i + 3]) for i in range(0, len(parts), 3)]
        articles.append("\n\n".join(paragraphs))
    return articles


def timed(fn: Callable[[], None], runs: int) -> list[float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--full-articles", type=int, default=None,
                        help="time the full pipeline on the first N articles only (it is slower)")
    parser.add_argument("--json", action="store_true", help="also print one JSON object last")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    kb = load_kb()
    kb_load = time.perf_counter() - started
    corpus = generate_corpus(args.articles, args.words)
    documents = [make_document(text, published="2019-04-10") for text in corpus]
    total_words = sum(len(text.split()) for text in corpus)
    nlp = tokenizer_pipeline()
    options = Options()
    foundation = [s for s in pipeline_stages(options) if s.name in FOUNDATION]
    full = pipeline_stages(options)
    run_stages(documents[0], kb, options, full)  # warm caches (matchers, lexicons, gazetteer)

    def baseline() -> None:
        for text in corpus:
            nlp.make_doc(text)

    def run_foundation() -> None:
        for doc in documents:
            run_stages(doc, kb, options, foundation)

    full_docs = documents[: args.full_articles] if args.full_articles else documents

    def run_full() -> None:
        for doc in full_docs:
            run_stages(doc, kb, options, full)

    results = {}
    for name, fn, count in (("tokenizer", baseline, len(corpus)),
                            ("foundation", run_foundation, len(corpus)),
                            ("full", run_full, len(full_docs))):
        median = statistics.median(timed(fn, args.runs))
        words = total_words * count / len(corpus)
        results[name] = {
            "articles": count,
            "seconds": round(median, 3),
            "articles_per_s": round(count / median, 1),
            "words_per_s": round(words / median),
        }
    for name in ("foundation", "full"):
        results[name]["ratio_to_tokenizer"] = round(
            results[name]["articles_per_s"] / results["tokenizer"]["articles_per_s"], 4)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    summary = {
        "benchmark": "throughput",
        "articles": len(corpus),
        "words_per_article": round(total_words / len(corpus)),
        "runs": args.runs,
        "kb_load_s": round(kb_load, 3),
        "kb_actors": len(kb),
        "peak_memory_mb": round(peak_mb, 1),
        "stages_full": [s.name for s in full],
        **results,
    }
    print(f"corpus: {len(corpus)} articles, {summary['words_per_article']} words each; "
          f"median of {args.runs} runs on one core")
    print(f"{'':12} {'articles/s':>11} {'words/s':>11} {'vs tokenizer':>13}")
    for name in ("tokenizer", "foundation", "full"):
        r = results[name]
        ratio = r.get("ratio_to_tokenizer", 1.0)
        print(f"{name:12} {r['articles_per_s']:>11,.1f} {r['words_per_s']:>11,} {ratio:>13.3f}")
    print(f"knowledge base: {len(kb)} actors loaded in {kb_load:.2f} s; "
          f"peak memory {peak_mb:.0f} MB")
    if args.json:
        print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    sys.exit(main())
