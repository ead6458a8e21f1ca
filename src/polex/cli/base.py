"""The Typer apps and the helpers every command shares."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TypeVar

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from polex.config import Settings, get_settings

app = typer.Typer(help="polex: the international police information exchange.",
                  no_args_is_help=True, add_completion=False)
token_app = typer.Typer(help="API tokens for scripts and national systems.", no_args_is_help=True)
user_app = typer.Typer(help="Users of the console and the API.", no_args_is_help=True)
audit_app = typer.Typer(help="The tamper-evident audit trail.", no_args_is_help=True)
db_app = typer.Typer(help="The store's schema.", no_args_is_help=True)
app.add_typer(token_app, name="token")
app.add_typer(user_app, name="user")
app.add_typer(audit_app, name="audit")
app.add_typer(db_app, name="db")
index_app = typer.Typer(help="The derived search index.", no_args_is_help=True)
app.add_typer(index_app, name="index")

out = Console()
err = Console(stderr=True)
T = TypeVar("T")

DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database URL or SQLite file path (default: $POLEX_DATABASE_URL).")]


def settings_for(db: str | None) -> Settings:
    """The settings, with ``--db`` (a URL or a plain file path) taking precedence."""
    settings = get_settings()
    if db:
        url = db if "://" in db else f"sqlite:///{Path(db).resolve()}"
        settings = settings.with_(database_url=url)
    return settings


def open_hub(db: str | None):
    """Open the hub (imports kept lazy so that ``--help`` is instant)."""
    from polex.hub import Hub

    return Hub(settings_for(db))


def progress_bar() -> Progress:
    """The progress bar every long job shows."""
    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TextColumn("{task.fields[rate]}"), TimeRemainingColumn(), console=err)


def with_progress(label: str, total: int, items: Iterator[T], progress: Progress) -> Iterator[T]:
    """Yield ``items`` while advancing a bar; shows the running rate."""
    task = progress.add_task(label, total=total, rate="")
    started = time.perf_counter()
    for done, item in enumerate(items, 1):
        if done % 1000 == 0 or done == total:
            rate = done / max(time.perf_counter() - started, 1e-9)
            progress.update(task, completed=done, rate=f"{rate:,.0f}/s")
        yield item


