"""The ``factions`` command line."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from factions.errors import FactionsError, InputError
from factions.kb import KnowledgeBase, load_kb
from factions.model import Document
from factions.pipeline import Options, analyze
from factions.sources.readers import MAX_BYTES, iter_documents
from factions.store import Store, default_db_path

# Piped output gets a wide layout instead of rich's 80 columns.
console = Console(width=None if sys.stdout.isatty() else 140)
err = Console(stderr=True, soft_wrap=True)

KB_OPTION = click.option(
    "--kb", "kb_files", multiple=True, type=click.Path(),
    help="Extra knowledge-base YAML file or folder, loaded on top of the packaged one "
         "(repeatable).")
DB_OPTION = click.option(
    "--db", "db_path", default=None,
    help="SQLite store (default: $FACTIONS_DB, else factions.db in the working directory).")


def _load_kb(kb_files: tuple[str, ...]) -> KnowledgeBase:
    kb = load_kb(kb_files)
    for issue in kb.issues:
        err.print(f"[yellow]knowledge base:[/yellow] {issue}")
    return kb


def _documents(inputs: tuple[str, ...], encoding: str | None, max_bytes: int,
               published: str | None, errors: list[str], *, quiet: bool = False
               ) -> Iterator[Document]:
    """The readable documents of ``inputs``; each unreadable one is reported (unless ``quiet``)
    and added to ``errors``. ``published`` dates the documents that carry no date."""
    for item in iter_documents(inputs, encoding=encoding, max_bytes=max_bytes):
        if isinstance(item, InputError):
            if not quiet:
                err.print(f"[red]error:[/red] {item}")
            errors.append(str(item))
            continue
        if published and not item.published:
            item.published = published
        yield item


def _fail(message: str, code: int = 1) -> None:
    err.print(f"[red]error:[/red] {message}")
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="factions")
def main() -> None:
    """factions: news about wars and crises into a knowledge base with evidence for every row.

    \b
    analyze   articles to a readable summary, or the Analysis JSON (--json)
    ingest    files, folders and JSON Lines into the SQLite store, with a progress bar
    who       what the store knows about an actor
    events    stored events, filtered by actor, type, country and dates
    search    full-text search over the stored articles
    evaluate  per-stage precision / recall / F1 against a gold folder
    kb        check and inspect the knowledge base
    """


@main.command("analyze")
@click.argument("inputs", nargs=-1, required=True)
@click.option("--json", "as_json", is_flag=True,
              help="Print the Analysis JSON, one object per line per input document.")
@click.option("--text", "include_text", is_flag=True,
              help="With --json, include the document text in the output.")
@KB_OPTION
@click.option("--db", "db_path", default=None,
              help="Also store each analysis in this SQLite store.")
@click.option("--encoding", default=None, help="Encoding of plain-text inputs (default UTF-8).")
@click.option("--max-bytes", default=MAX_BYTES, show_default=True,
              help="Refuse single articles larger than this.")
@click.option("--published", default=None, metavar="DATE",
              help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for inputs that carry none.")
@click.option("--ontology", type=click.Choice(["plover", "cameo"]), default="plover",
              show_default=True,
              help="cameo: code with PETRARCH/TABARI dictionaries (--dictionaries) and print "
                   "(source, target, event) code triples as PETRARCH does.")
@click.option("--dictionaries", "dictionaries", default=None, metavar="petrarch:DIR",
              help="Dictionary folder for --ontology cameo: petrarch:DIR or tabari:DIR (the "
                   "format of its verb file).")
def analyze_command(inputs: tuple[str, ...], as_json: bool, include_text: bool,
                    kb_files: tuple[str, ...], db_path: str | None, encoding: str | None,
                    max_bytes: int, published: str | None, ontology: str,
                    dictionaries: str | None) -> None:
    """Analyze articles (files, folders, JSON Lines, or - for stdin).

    Prints a readable summary of who is who, who backs whom, what happened where and when, with
    the sentence behind every row; with --json, the Analysis document (schema:
    docs/analysis.schema.json), one JSON object per line, in input order.
    """
    if ontology == "cameo":
        _analyze_cameo(inputs, dictionaries, as_json, encoding, max_bytes, published)
        return
    try:
        kb = _load_kb(kb_files)
        store = Store(db_path) if db_path else None
    except FactionsError as exc:
        _fail(str(exc))
        return
    errors: list[str] = []
    for item in _documents(inputs, encoding, max_bytes, published, errors):
        try:
            analysis = analyze(item, kb, Options())
            if store is not None:
                store.write_analysis(analysis, replace=True)
        except FactionsError as exc:
            err.print(f"[red]error:[/red] {exc}")
            errors.append(str(exc))
            continue
        if as_json:
            sys.stdout.write(json.dumps(analysis.as_dict(include_text=include_text),
                                        ensure_ascii=False) + "\n")
        else:
            from factions.present.summary import render_summary

            render_summary(analysis, console)
    if store is not None:
        store.close()
        if not as_json:
            console.print(f"[dim]stored in {db_path}[/dim]")
    if errors:
        sys.exit(1)


def _analyze_cameo(inputs: tuple[str, ...], dictionaries: str | None, as_json: bool,
                   encoding: str | None, max_bytes: int, published: str | None) -> None:
    """CAMEO mode: one line per coded event, DATE SOURCE TARGET CODE, as PETRARCH prints."""
    from factions.cameo import CameoCoder
    from factions.cameo.files import load_dictionary_folder, parse_dictionaries_option

    if not dictionaries:
        _fail("--ontology cameo needs --dictionaries petrarch:DIR")
        return
    try:
        fmt, folder = parse_dictionaries_option(dictionaries)
        dicts = load_dictionary_folder(folder, fmt)
    except FactionsError as exc:
        _fail(str(exc))
        return
    for issue in dicts.issues:
        err.print(f"[yellow]dictionary:[/yellow] {issue.file}:{issue.line}: {issue.problem}")
    coder = CameoCoder(dicts)
    errors: list[str] = []
    for item in _documents(inputs, encoding, max_bytes, published, errors):
        when = item.published
        try:
            events = coder.code(item.text, when)
        except ValueError as exc:
            err.print(f"[red]error:[/red] {item.source}: {exc}")
            errors.append(str(exc))
            continue
        day = (when or "").replace("-", "")[:8]
        if as_json:
            sys.stdout.write(json.dumps({
                "document": {"id": item.id, "source": item.source, "published": when},
                "events": [{"source": e.source, "target": e.target, "code": e.code,
                            "sentence": e.sentence, "verb": e.verb} for e in events],
            }, ensure_ascii=False) + "\n")
        else:
            for e in events:
                sys.stdout.write(f"{day}\t{e.source}\t{e.target}\t{e.code}\t{item.id[:12]}"
                                 f"\t{e.sentence}\n")
    if errors:
        sys.exit(1)


@main.command("ingest")
@click.argument("inputs", nargs=-1, required=True)
@DB_OPTION
@KB_OPTION
@click.option("--reanalyze", is_flag=True,
              help="Analyze documents already in the store again and replace their rows.")
@click.option("--encoding", default=None, help="Encoding of plain-text inputs (default UTF-8).")
@click.option("--max-bytes", default=MAX_BYTES, show_default=True,
              help="Refuse single articles larger than this.")
@click.option("--published", default=None, metavar="DATE",
              help="Publication date (YYYY, YYYY-MM or YYYY-MM-DD) for inputs that carry none.")
@click.option("--quiet", is_flag=True, help="No progress bar.")
def ingest_command(inputs: tuple[str, ...], db_path: str | None, kb_files: tuple[str, ...],
                   reanalyze: bool, encoding: str | None, max_bytes: int,
                   published: str | None, quiet: bool) -> None:
    """Analyze many documents into the store (files, folders, JSON Lines, - for stdin).

    Idempotent: an article already stored is skipped; one whose text changed (same URL or
    file) replaces its old rows in one transaction. Bad inputs are reported at the end and make
    the exit status 1; everything good is stored.
    """
    db_path = db_path or default_db_path()
    try:
        kb = _load_kb(kb_files)
        store = Store(db_path)
    except FactionsError as exc:
        _fail(str(exc))
        return
    counts = {"added": 0, "unchanged": 0, "replaced": 0, "reanalyzed": 0}
    errors: list[str] = []
    started = time.perf_counter()
    progress = Progress(TextColumn("[bold]ingest"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[status]}"), TimeElapsedColumn(),
                        console=err, disable=quiet, transient=False)
    with progress, store:
        task = progress.add_task("ingest", total=None, status="")
        for item in _documents(inputs, encoding, max_bytes, published, errors, quiet=True):
            try:
                if not reanalyze and store.has_document(item.id):
                    counts["unchanged"] += 1
                else:
                    result = store.write_analysis(analyze(item, kb, Options()), replace=reanalyze)
                    counts[result.status] += 1
            except FactionsError as exc:
                errors.append(str(exc))
            progress.update(task, advance=1, status=f"{counts['added']} new")
    elapsed = time.perf_counter() - started
    done = sum(counts.values())
    console.print(
        f"{done} documents in {elapsed:.1f}s: {counts['added']} added, "
        f"{counts['replaced']} replaced (text changed), {counts['reanalyzed']} re-analyzed, "
        f"{counts['unchanged']} already stored -> {db_path}")
    if errors:
        err.print(f"[red]{len(errors)} input(s) could not be ingested:[/red]")
        for line in errors:
            err.print(f"  {line}")
        sys.exit(1)


@main.command("who")
@click.argument("name")
@DB_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print the profile as JSON.")
def who_command(name: str, db_path: str | None, as_json: bool) -> None:
    """What the store knows about an actor: names, roles, alignments, events, documents."""
    with _read_store(db_path) as store:
        matches = _find_stored_actor(store, name)
        profile = store.actor_profile(matches[0]["id"])
    if as_json:
        print(json.dumps(profile, ensure_ascii=False, indent=2))
        return
    _print_profile(profile, [m["name"] for m in matches[1:]])


def _read_store(db_path: str | None) -> Store:
    """The store opened read-only, or exit with its error."""
    try:
        return Store(db_path or default_db_path(), readonly=True)
    except FactionsError as exc:
        _fail(str(exc))
        raise  # unreachable: _fail exits


def _find_stored_actor(store: Store, name: str) -> list[Any]:
    """Stored actors matching ``name`` (best first), also by the knowledge base's aliases and
    spellings when the articles never used that name; exit when there is none."""
    matches = store.find_actors(name)
    if not matches:
        kb_ids = lookup_kb_actor(load_kb(), name)
        matches = [row for actor_id in kb_ids for row in store.find_actors(actor_id)]
    if not matches:
        _fail(f"no actor matching {name!r} in {store.path}")
    return matches


def lookup_kb_actor(kb: KnowledgeBase, query: str) -> list[str]:
    """KB actor ids whose name or alias equals ``query``, else whose spelling key does."""
    from factions.kb.names import normalize_name, translit_key

    needle = normalize_name(query)
    exact = [a.id for a in kb.actors.values()
             if needle in {normalize_name(n) for n in a.all_names()}]
    if exact:
        return exact
    return list(kb.translit.get(translit_key(query), []))


def _print_profile(profile: dict[str, Any], others: list[str]) -> None:
    actor = profile["actor"]
    console.print(f"[bold cyan]{actor['name']}[/bold cyan]  ({actor['type']}"
                  f"{', ' + actor['country'] if actor['country'] else ''}"
                  f"{'' if actor['known'] else ', discovered in text'})  id {actor['id']}")
    if profile["aliases"]:
        console.print("called: " + ", ".join(profile["aliases"]))
    kb_roles = [r for r in profile["roles"] if r["source"] == "kb"]
    text_roles = [r for r in profile["roles"] if r["source"] == "text"]
    seen: set[str] = set()
    if kb_roles:
        console.print("[bold]roles (knowledge base)[/bold]")
        for r in kb_roles:
            line = f"{r['title']}{' of ' + r['org'] if r['org'] else ''} " \
                   f"({r['start'] or '?'}–{r['end'] or 'now'})"
            if line not in seen:
                seen.add(line)
                console.print(f"  {line}")
    if text_roles:
        console.print("[bold]described in the articles as[/bold]")
        for r in text_roles:
            if r["title"] in seen:
                continue
            seen.add(r["title"])
            console.print(f"  {r['title']}  [dim]({r['date'] or 'undated'}: {r['evidence']})[/dim]")
    if profile["relations"]:
        console.print("[bold]alignments[/bold]")
        for r in profile["relations"]:
            console.print(f"  {r['source_name'] or r['source']} {r['type']} "
                          f"{r['target_name'] or r['target']} ({r['basis']}, "
                          f"{r['confidence']:.2f})  [dim]{r['evidence_text']}[/dim]")
    if profile["events"]:
        console.print("[bold]events[/bold]")
        for e in profile["events"]:
            console.print(f"  {e['date'] or '?'} {e['type']} ({e['side']}) "
                          f"{_where(e['place_text'], e['place_basis'])}  "
                          f"[dim]{e['evidence_text']}[/dim]")
    table = Table(title=f"in {len(profile['documents'])} document(s)")
    table.add_column("published")
    table.add_column("title")
    table.add_column("salience", justify="right")
    table.add_column("key")
    for d in profile["documents"]:
        table.add_row(d["published"] or "", d["title"] or d["source"] or d["id"][:12],
                      f"{d['salience']:.2f}", "yes" if d["is_key"] else "")
    console.print(table)
    if others:
        console.print("[dim]also matching: " + ", ".join(others) + "[/dim]")


def _where(place: str | None, basis: str | None) -> str:
    """An event's place as listed: one read from earlier sentences says so."""
    if not place:
        return ""
    return f"{place} (from context)" if basis == "context" else place


@main.command("events")
@DB_OPTION
@click.option("--actor", default=None, help="Only events with this actor (name, alias or id).")
@click.option("--type", "event_type", default=None, help="PLOVER type, e.g. ASSAULT.")
@click.option("--country", default=None, help="ISO alpha-3 of the place or of an actor.")
@click.option("--since", default=None, metavar="DATE", help="Events on or after DATE.")
@click.option("--until", default=None, metavar="DATE", help="Events on or before DATE.")
@click.option("--modality", default=None, help="asserted, reported, planned, hypothetical, ...")
@click.option("--limit", default=200, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event per line.")
def events_command(db_path: str | None, actor: str | None, event_type: str | None,
                   country: str | None, since: str | None, until: str | None,
                   modality: str | None, limit: int, as_json: bool) -> None:
    """List stored events with their evidence, filtered by actor, type, country and dates."""
    with _read_store(db_path) as store:
        actor_id = _find_stored_actor(store, actor)[0]["id"] if actor else None
        rows = store.events(actor=actor_id, type=event_type, country=country, since=since,
                            until=until, modality=modality, limit=limit)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False) + "\n")
        return
    table = Table(title=f"{len(rows)} event(s)", expand=True)
    for col in ("date", "type", "source -> target", "where", "modality", "evidence"):
        table.add_column(col)
    for row in rows:
        src = ", ".join(a["name"] or a["id"] for a in row["source"]) or "?"
        tgt = ", ".join(a["name"] or a["id"] for a in row["target"]) or "-"
        label = row["type"] + (f"/{row['mode']}" if row["mode"] else "")
        table.add_row(row["date"] or "", label, f"{src} -> {tgt}",
                      _where(row["place_name"] or row["place_text"], row["place_basis"]),
                      row["modality"],
                      row["evidence_text"])
    console.print(table)


@main.command("search")
@click.argument("query")
@DB_OPTION
@click.option("--limit", default=20, show_default=True)
def search_command(query: str, db_path: str | None, limit: int) -> None:
    """Full-text search (SQLite FTS5 syntax) over stored titles and texts."""
    try:
        with _read_store(db_path) as store:
            rows = store.search(query, limit)
    except FactionsError as exc:
        _fail(str(exc))
        return
    for row in rows:
        console.print(f"[cyan]{row['id'][:12]}[/cyan] {row['published'] or ''} "
                      f"[bold]{row['title'] or ''}[/bold]\n  {row['snippet']}")
    if not rows:
        console.print("no match")


@main.command("evaluate")
@click.argument("gold", type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@KB_OPTION
@click.option("--floors", "floors_path", type=click.Path(), default=None,
              help="JSON file of per-stage floors; exit 1 when a stage falls below its floor.")
@click.option("--update-floors", is_flag=True,
              help="Raise the floors in --floors to the scores of this run (never lowers).")
@click.option("--lower-floors", is_flag=True,
              help="With --update-floors, also lower floors (an explicit decision).")
@click.option("--verbose", "-v", is_flag=True, help="List misses and false alarms per article.")
def evaluate_command(gold: str, as_json: bool, kb_files: tuple[str, ...],
                     floors_path: str | None, update_floors: bool, lower_floors: bool,
                     verbose: bool) -> None:
    """Score the pipeline against a gold folder (format: GOLD_FORMAT.md), stage by stage."""
    from factions.evaluate import check_floors, evaluate, load_floors
    from factions.evaluate import update_floors as do_update

    try:
        kb = _load_kb(kb_files)
        report = evaluate(gold, kb)
    except FactionsError as exc:
        _fail(str(exc))
        return
    if as_json:
        print(json.dumps(report.as_dict(), ensure_ascii=False))
    else:
        _print_report(report, verbose)
    if floors_path:
        if update_floors:
            new = do_update(floors_path, report, allow_lower=lower_floors)
            err.print(f"floors now: {new}")
        failures = check_floors(report, load_floors(floors_path))
        for line in failures:
            err.print(f"[red]below floor:[/red] {line}")
        if failures:
            sys.exit(1)


def _print_report(report: Any, verbose: bool) -> None:
    data = report.as_dict()
    table = Table(title=f"factions evaluate: {data['documents']} documents")
    table.add_column("stage")
    table.add_column("precision", justify="right")
    table.add_column("recall", justify="right")
    table.add_column("F1", justify="right")
    table.add_column("tp/fp/fn", justify="right")
    for stage, s in data["stages"].items():
        if "f1" in s:
            table.add_row(stage, f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}",
                          f"{s['tp']}/{s['fp']}/{s['fn']}")
        else:
            table.add_row(stage, "", "", f"acc {s['accuracy']:.3f}",
                          f"{s['correct']}/{s['total']}")
    console.print(table)
    if data["events_per_type"]:
        per = Table(title="events per PLOVER type")
        per.add_column("type")
        for col in ("P", "R", "F1", "tp/fp/fn"):
            per.add_column(col, justify="right")
        for name, s in data["events_per_type"].items():
            per.add_row(name, f"{s['precision']:.2f}", f"{s['recall']:.2f}", f"{s['f1']:.2f}",
                        f"{s['tp']}/{s['fp']}/{s['fn']}")
        console.print(per)
    if data["event_confusion"]:
        conf = Table(title="event type confusion (gold -> system; '-' = nothing coded)")
        conf.add_column("gold")
        conf.add_column("system")
        conf.add_column("n", justify="right")
        for row in data["event_confusion"]:
            if row["gold"] != row["system"]:
                conf.add_row(row["gold"], row["system"], str(row["count"]))
        console.print(conf)
    if verbose:
        for a in data["articles"]:
            console.print(f"[bold]{a['id']}[/bold] actors F1 {a['actors']['f1']:.2f}, "
                          f"alignments F1 {a['alignments']['f1']:.2f}, "
                          f"events F1 {a['events']['f1']:.2f}, key actor "
                          f"{'ok' if a['key_actor_ok'] else 'wrong'}")
            for key in ("missed_actors", "spurious_actors", "missed_alignments",
                        "spurious_alignments", "missed_events", "spurious_events"):
                if a[key]:
                    console.print(f"  {key.replace('_', ' ')}: " + "; ".join(a[key]))


@main.group("kb")
def kb_group() -> None:
    """Check and inspect the knowledge base."""


@kb_group.command("check")
@KB_OPTION
def kb_check(kb_files: tuple[str, ...]) -> None:
    """Load the knowledge base (plus --kb files), report broken entries, print counts."""
    started = time.perf_counter()
    try:
        kb = load_kb(kb_files)
    except FactionsError as exc:
        _fail(str(exc))
        return
    elapsed = time.perf_counter() - started
    types: dict[str, int] = {}
    for actor in kb.actors.values():
        types[actor.type] = types.get(actor.type, 0) + 1
    console.print(f"{len(kb)} actors ({', '.join(f'{n} {t}' for t, n in sorted(types.items()))}), "
                  f"{len(kb.agents)} agent sectors, {len(kb.surface_forms)} surface forms, "
                  f"loaded in {elapsed:.2f}s")
    for issue in kb.issues:
        err.print(f"[yellow]{issue}[/yellow]")
    if kb.issues:
        sys.exit(1)


@kb_group.command("import")
@click.option("--format", "fmt", type=click.Choice(["petrarch", "tabari"]), required=True,
              help="petrarch: verbs grouped under '--- NAME [code] ---' headers; tabari: each "
                   "verb line followed by its own patterns, no headers.")
@click.option("--actors", "actors", multiple=True, required=True, type=click.Path(exists=True))
@click.option("--agents", type=click.Path(exists=True), required=True)
@click.option("--verbs", type=click.Path(exists=True), required=True)
@click.option("--discards", type=click.Path(exists=True), default=None)
@click.option("--out", type=click.Path(), default=None,
              help="Write the actors as a factions KB YAML file (usable with --kb).")
def kb_import(fmt: str, actors: tuple[str, ...], agents: str, verbs: str,
              discards: str | None, out: str | None) -> None:
    """Read PETRARCH/TABARI dictionaries, report broken lines, convert actors to our format.

    Broken lines are reported with file and line and skipped. The verb patterns, agents and
    discards are used as they are by `factions analyze --ontology cameo --dictionaries DIR`.
    """
    from factions.cameo import load_dictionaries
    from factions.cameo.files import actors_to_kb, write_kb

    dicts = load_dictionaries(list(actors), agents, verbs, discards, fmt=fmt)
    for issue in dicts.issues:
        err.print(f"[yellow]{issue.file}:{issue.line}:[/yellow] {issue.problem}")
    console.print(f"{fmt}: {len(dicts.actors)} actors, {len(dicts.agents)} agents, "
                  f"{len(dicts.discards)} discards, {len(dicts.issues)} broken line(s) skipped, "
                  f"loaded in {dicts.load_seconds:.2f}s")
    if out:
        write_kb(actors_to_kb(dicts.actors), out)
        console.print(f"actors written to {out} (use with --kb {out})")


@kb_group.command("show")
@click.argument("query")
@KB_OPTION
def kb_show(query: str, kb_files: tuple[str, ...]) -> None:
    """Show knowledge-base entries whose id, name, alias or spelling matches QUERY."""
    kb = _load_kb(kb_files)
    found = [kb.actors[i] for i in ([query] if query in kb.actors else
                                    lookup_kb_actor(kb, query))]
    if not found:
        _fail(f"no knowledge-base actor matches {query!r}")
    for actor in found:
        console.print(f"[bold cyan]{actor.name}[/bold cyan] ({actor.id}; {actor.type}, "
                      f"{actor.country or '-'})  from {actor.origin}")
        if actor.aliases:
            console.print("  aliases: " + ", ".join(actor.aliases))
        for role in actor.roles:
            console.print(f"  role: {role.title}{' of ' + role.org if role.org else ''} "
                          f"({role.start or '?'}–{role.end or 'now'})")


if __name__ == "__main__":  # pragma: no cover
    main()
