"""The audit trail, the schema, and the derived indexes."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from polex.cli.base import DbOption, audit_app, db_app, err, index_app, open_hub, out, progress_bar

# -- audit ---------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(
    db: DbOption = None,
    anchor: Annotated[list[str] | None, typer.Option(
        help="An entry noted earlier as SEQ:HASH (the head this command printed then): "
             "detects a trail rewritten up to it. Repeatable.")] = None,
) -> None:
    """Check the audit trail's hash chain; exit 1 and say where if it is broken.

    Prints the head as SEQ:HASH: keep it outside the hub (a signed daily report, say) and
    give it back with --anchor to detect a trail rewritten and re-hashed since.

    Example: polex audit verify --db polex.sqlite --anchor 1024:9f86d081…
    """
    from polex.access import audit

    try:
        anchors = [audit.parse_anchor(text) for text in anchor or []]
    except ValueError as exc:
        err.print(f"[red]error:[/red] --anchor: {exc}")
        raise typer.Exit(2) from None
    hub = open_hub(db)
    with hub.engine.connect() as conn:
        result = audit.verify(conn, anchors=anchors)
    if result.intact:
        held = f", holding the {len(anchors)} anchor(s) given" if anchors else ""
        out.print(f"[green]intact[/green]: {result.entries} entries{held}")
        # On a line of its own, never wrapped: to be copied whole.
        out.print(f"head (note it as an anchor): {result.anchor or 'none, the trail is empty'}",
                  soft_wrap=True)
        return
    for brk in result.breaks:
        out.print(f"[red]broken[/red] at entry {brk.seq}: {brk.reason}")
    raise typer.Exit(1)


@db_app.command("upgrade")
def db_upgrade(db: DbOption = None) -> None:
    """Create or migrate the schema to the newest version.

    Example: polex db upgrade --db postgresql+psycopg://polex@db/polex
    """
    open_hub(db)
    out.print("schema is up to date")




@index_app.command("rebuild")
def index_rebuild(
    db: DbOption = None,
    online: Annotated[bool, typer.Option(
        "--online", help="Keep the hub serving: rebuild page by page in short "
        "transactions (slower). Without it, on SQLite, searches and writes wait for the "
        "whole rebuild.")] = False,
) -> None:
    """Recompute the search index from the stored records.

    Example: polex index rebuild --db polex.sqlite --online
    """
    rebuild_index(open_hub(db), online=online)


def rebuild_index(hub, *, online: bool = False) -> None:
    """Rebuild the hub's search index with a progress bar (and the running rate)."""
    started = time.perf_counter()
    with progress_bar() as progress:
        task = progress.add_task("indexing", total=hub.record_count(), rate="")
        done = 0

        def advance(n: int) -> None:
            nonlocal done
            done += n
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, advance=n, rate=f"{rate:,.0f}/s")

        build = hub.records.refresh_index if online else hub.records.rebuild_index
        count = build(advance)
    seconds = time.perf_counter() - started
    out.print(f"indexed {count:,} records in {seconds:.1f} s ({count / seconds:,.0f}/s)")
