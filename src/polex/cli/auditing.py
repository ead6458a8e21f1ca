"""The audit trail, the schema, and the derived indexes."""

from __future__ import annotations

import time
from typing import Annotated

import typer

from polex.cli.base import DbOption, audit_app, db_app, index_app, open_hub, out, progress_bar

# -- audit ---------------------------------------------------------------------------------


@audit_app.command("verify")
def audit_verify(db: DbOption = None) -> None:
    """Check the audit trail's hash chain; exit 1 and say where if it is broken.

    Example: polex audit verify --db polex.sqlite
    """
    from polex.access import audit

    hub = open_hub(db)
    with hub.engine.connect() as conn:
        result = audit.verify(conn)
    if result.intact:
        out.print(f"[green]intact[/green]: {result.entries} entries, head {result.head}")
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
