"""Serving the API and console; listing settings."""

from __future__ import annotations

import os
from typing import Annotated

import typer
from rich.table import Table

from polex.cli.base import DbOption, app, err, open_hub, out, settings_for
from polex.config import Settings, describe

# -- serving -------------------------------------------------------------------------------


@app.command()
def serve(
    db: DbOption = None,
    host: Annotated[str | None, typer.Option(help="Address to bind.")] = None,
    port: Annotated[int | None, typer.Option(help="Port to listen on.")] = None,
    workers: Annotated[int | None, typer.Option(help="Worker processes.")] = None,
) -> None:
    """Run the API and the web console.

    Example: polex serve --db polex.sqlite --port 8000 --workers 2
    """
    settings = settings_for(db)
    hub = open_hub(db)  # migrates the schema once, before the workers start
    if not hub.records.index_is_current():
        err.print("[yellow]warning:[/yellow] the search index was built by another version of "
                  "polex; searches may miss records until you run 'polex index rebuild'")
    hub.close()
    run_server(settings.with_(host=host or settings.host, port=port or settings.port,
                              workers=workers or settings.workers))


def run_server(settings: Settings) -> None:
    """Start uvicorn with the app factory (each worker opens its own hub)."""
    import uvicorn

    os.environ["POLEX_DATABASE_URL"] = settings.database_url
    uvicorn.run("polex.api.app:create_app", factory=True, host=settings.host,
                port=settings.port, workers=settings.workers, log_level=settings.log_level,
                access_log=False)


@app.command()
def settings() -> None:
    """List every POLEX_* setting with its default.

    Example: polex settings
    """
    table = Table("variable", "default", "meaning")
    for name, default, doc in describe():
        table.add_row(name, default, doc)
    out.print(table)


