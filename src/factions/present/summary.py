"""The readable summary of an Analysis that ``factions analyze`` prints."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from factions.model import Analysis


def render_summary(analysis: Analysis, console: Console) -> None:
    """Print the summary: key actor, actors, places, events, relations, each with evidence."""
    doc = analysis.document
    names = {a.id: a.name for a in analysis.actors}
    head = Text()
    head.append(doc.title or "(untitled)", style="bold")
    head.append(f"\n{doc.source or ''}  id {doc.id[:12]}  published {doc.published or 'unknown'}",
                style="dim")
    parts: list[object] = [head]
    key = analysis.actor(analysis.key_actor) if analysis.key_actor else None
    if key is not None:
        k = Text()
        k.append("Key actor: ", style="bold")
        k.append(f"{key.name}", style="bold cyan")
        k.append(f" ({key.type}{', ' + key.country if key.country else ''})")
        described = [r.title for r in key.roles if r.source == "text"]
        kb_roles = [r for r in key.roles if r.source == "kb"]
        if described:
            k.append("\n  described as: " + "; ".join(described))
        if kb_roles:
            k.append("\n  known roles: " + "; ".join(
                f"{r.title} ({r.start or '?'}–{r.end or 'now'})" for r in kb_roles[:4]))
        parts.append(k)
    console.print(Panel(Group(*parts), title="factions analyze", expand=True))  # type: ignore[arg-type]

    table = Table(title=f"Actors ({len(analysis.actors)})", show_lines=False, expand=True)
    table.add_column("actor", style="cyan", no_wrap=True)
    table.add_column("type")
    table.add_column("ctry")
    table.add_column("sal.", justify="right")
    table.add_column("men.", justify="right")
    table.add_column("called in the text")
    table.add_column("roles stated in the text")
    for actor in analysis.actors:
        name = actor.name + ("" if actor.known else " *")
        text_roles = "; ".join(dict.fromkeys(r.title for r in actor.roles if r.source == "text"))
        table.add_row(name, actor.type, actor.country or "", f"{actor.salience:.2f}",
                      str(len(actor.mentions)), ", ".join(actor.aliases[:6]), text_roles)
    console.print(table)
    if any(not a.known for a in analysis.actors):
        console.print("[dim]* discovered in the text, not in the knowledge base[/dim]")

    if analysis.relations:
        rel = Table(title=f"Alignments ({len(analysis.relations)})", expand=True)
        rel.add_column("source", style="cyan")
        rel.add_column("relation", style="magenta")
        rel.add_column("target", style="cyan")
        rel.add_column("conf.", justify="right")
        rel.add_column("evidence")
        for r in analysis.relations:
            label = r.type + ("" if r.basis == "stated" else f" ({r.basis})")
            if r.modality != "asserted":
                label += f" [{r.modality}]"
            rel.add_row(names.get(r.source, r.source), label, names.get(r.target, r.target),
                        f"{r.confidence:.2f}", r.evidence.text)
        console.print(rel)

    if analysis.events:
        ev = Table(title=f"Events ({len(analysis.events)})", expand=True)
        ev.add_column("type", style="magenta")
        ev.add_column("source → target", style="cyan")
        ev.add_column("where / when")
        ev.add_column("modality")
        ev.add_column("evidence (trigger)")
        for e in analysis.events:
            src = ", ".join(names.get(a, a) for a in e.source) or "?"
            tgt = ", ".join(names.get(a, a) for a in e.target) or "-"
            label = e.type + (f"/{e.mode}" if e.mode else "")
            where = " ".join(x for x in (e.place_text or "", e.date or "") if x)
            ev.add_row(label, f"{src} → {tgt}", where, e.modality,
                       f"{e.evidence.text} [{e.evidence.trigger or ''}]")
        console.print(ev)

    if analysis.places:
        pl = Table(title=f"Places ({len(analysis.places)})", expand=True)
        pl.add_column("place", style="green")
        pl.add_column("ctry")
        pl.add_column("lat, lon")
        pl.add_column("prec.", justify="right")
        pl.add_column("mentions")
        for p in analysis.places:
            coords = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
            pl.add_row(p.name, p.country or "", coords, str(p.precision),
                       ", ".join(dict.fromkeys(m.text for m in p.mentions)))
        console.print(pl)
    for note in analysis.notes:
        console.print(f"[yellow]note:[/yellow] {note}")
