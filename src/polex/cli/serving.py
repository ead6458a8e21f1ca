"""Serving the API and console; listing settings."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
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
    with _metrics_shared(settings.workers):
        uvicorn.run("polex.api.app:create_app", factory=True, host=settings.host,
                    port=settings.port, workers=settings.workers,
                    log_level=settings.log_level, access_log=False)


@contextmanager
def _metrics_shared(workers: int) -> Iterator[None]:
    """With several workers, a folder where each keeps its metrics, so that /metrics
    answers for all of them (``polex.api.metrics``); removed when serving ends. One the
    operator set is used as it is, and kept."""
    from polex.api.metrics import MULTIPROCESS_FOLDER

    if workers <= 1 or os.environ.get(MULTIPROCESS_FOLDER):
        yield
        return
    folder = tempfile.mkdtemp(prefix="polex-metrics-")
    os.environ[MULTIPROCESS_FOLDER] = folder  # the workers inherit it
    try:
        yield
    finally:
        del os.environ[MULTIPROCESS_FOLDER]
        shutil.rmtree(folder, ignore_errors=True)


@app.command()
def settings() -> None:
    """List every POLEX_* setting with its default.

    Example: polex settings
    """
    table = Table("variable", "default", "meaning")
    for name, default, doc in describe():
        table.add_row(name, default, doc)
    out.print(table)


