"""Synthetic data and the demo hub."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated

import typer

from polex.cli.auditing import rebuild_index
from polex.cli.base import DbOption, app, err, open_hub, out, progress_bar, with_progress
from polex.cli.serving import run_server

# The demo's logins: officers of three countries, an analyst, a frontline officer, an
# auditor and an administrator. Passwords are printed: this is a demo on synthetic data.
DEMO_USERS = [
    ("fra.officer", "FRA", "officer"),
    ("deu.officer", "DEU", "officer"),
    ("rus.officer", "RUS", "officer"),
    ("fra.analyst", "FRA", "analyst"),
    ("fra.frontline", "FRA", "frontline"),
    ("hub.auditor", "HUB", "auditor"),
    ("hub.admin", "HUB", "admin"),
]
DEMO_PASSWORD = "polex-demo-password"


@app.command()
def synth(
    db: DbOption = None,
    persons: Annotated[int, typer.Option(help="Person records.")] = 20_000,
    documents: Annotated[int, typer.Option(help="Travel documents.")] = 100_000,
    vehicles: Annotated[int, typer.Option(help="Vehicles.")] = 20_000,
    firearms: Annotated[int, typer.Option(help="Firearms.")] = 5_000,
    artworks: Annotated[int, typer.Option(help="Artworks.")] = 2_000,
    selectors: Annotated[int, typer.Option(help="Selectors (phones, e-mails, …).")] = 10_000,
    links: Annotated[int, typer.Option(help="Links between records.")] = 20_000,
    seed: Annotated[int, typer.Option(help="Random seed: the same seed, the same data.")] = 1,
    exports: Annotated[Path | None, typer.Option(
        help="Also write national export files (CSV, JSON, XML) into this folder.")] = None,
    truth: Annotated[Path | None, typer.Option(
        help="Also write the ground truth (entity_id,record_id CSV) to this file.")] = None,
) -> None:
    """Generate synthetic records into a database (and optionally national files).

    Example: polex synth --db bench.sqlite --persons 1000000 --documents 10000000 --seed 7
    """
    from polex.synth import SynthPlan

    plan = SynthPlan(seed=seed, persons=persons, travel_documents=documents,
                     vehicles=vehicles, firearms=firearms, artworks=artworks,
                     selectors=selectors, links=links)
    hub = open_hub(db)
    loaded, seconds = load_plan(hub, plan)
    out.print(f"loaded {loaded:,} records in {seconds:.1f} s ({loaded / seconds:,.0f}/s)")
    write_files(plan, exports, truth)


def load_plan(hub, plan) -> tuple[int, float]:
    """Stream a plan's records into the hub's store with a progress bar; (count, seconds)."""
    from polex.synth import rows_in_background

    started = time.perf_counter()
    with progress_bar() as progress:
        items = with_progress("records", plan_size(plan), rows_in_background(plan), progress)
        loaded = hub.load_synthetic(items)
    return loaded, time.perf_counter() - started


def plan_size(plan) -> int:
    """How many records a plan makes."""
    return sum(getattr(plan, kind) for kind in PLAN_KINDS)


PLAN_KINDS = ("persons", "travel_documents", "vehicles", "firearms", "artworks", "selectors",
              "links")


def write_files(plan, exports: Path | None, truth: Path | None) -> None:
    """Write the national export files and the ground truth, when asked for."""
    from polex.synth import write_national_exports, write_truth

    if exports:
        exports.mkdir(parents=True, exist_ok=True)
        for path in write_national_exports(plan, exports).values():
            out.print(f"wrote {path}")
    if truth:
        write_truth(plan, truth)
        out.print(f"wrote {truth}")


@app.command()
def demo(
    db: Annotated[str, typer.Option("--db", help="SQLite file of the demo hub.")] =
        "polex-demo.sqlite",
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8000,
    fresh: Annotated[bool, typer.Option(help="Start again from an empty file.")] = False,
    serve: Annotated[bool, typer.Option(help="Serve after loading (--no-serve to only load).")]
        = True,
    persons: Annotated[int, typer.Option(help="Person records to generate.")] = 20_000,
    documents: Annotated[int, typer.Option(help="Travel documents to generate.")] = 100_000,
) -> None:
    """Start the demo hub: synthetic data in a SQLite file, the API and the web console.

    Example: polex demo --fresh
    """
    from polex.synth import SynthPlan

    started = time.perf_counter()
    path = Path(db)
    if fresh:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    hub = open_hub(str(path))
    if hub.record_count() == 0:
        plan = SynthPlan(seed=1, persons=persons, travel_documents=documents,
                         vehicles=documents // 10, firearms=documents // 30,
                         artworks=documents // 100, selectors=documents * 3 // 20,
                         links=documents * 3 // 10)
        load_plan(hub, plan)
    elif not hub.records.index_is_current():
        rebuild_index(hub)  # the demo file was indexed by an older polex
    for username, org, role in DEMO_USERS:
        if not hub.user_exists(username):
            hub.add_user(username, org, role, DEMO_PASSWORD)
    _print_logins(hub, port, time.perf_counter() - started)
    if serve:
        run_server(hub.settings.with_(port=port, workers=1))


def _print_logins(hub, port: int, seconds: float) -> None:
    out.print(f"\n[bold]polex demo hub[/bold] ready in {seconds:.1f} s with "
              f"{hub.record_count():,} synthetic records")
    out.print(f"  console  http://127.0.0.1:{port}/")
    out.print(f"  API docs http://127.0.0.1:{port}/docs")
    out.print(f"  log in with password [bold]{DEMO_PASSWORD}[/bold] as:")
    for username, org, role in DEMO_USERS:
        out.print(f"    {username:<15} {org} {role}")
    token = hub.issue_token("fra.officer", days=1, label="demo")
    out.print("  or call the API as fra.officer:")
    # Not wrapped to the terminal's width: the line must paste into a shell as it is.
    out.print(f"    curl -H 'Authorization: Bearer {token}' "
              f"'http://127.0.0.1:{port}/api/v1/records?limit=3'", soft_wrap=True,
              highlight=False)
    err.print("")
