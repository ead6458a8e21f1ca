"""Image matching: hash files, register known material, triage a seized collection."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from polex.cli.base import DbOption, app, err, open_hub, out, progress_bar
from polex.errors import InvalidInput, PolexError

images_app = typer.Typer(help="Image matching: hashes, known material, triage.",
                         no_args_is_help=True)
app.add_typer(images_app, name="images")

LIST_SUFFIXES = (".csv", ".json", ".txt")
UserOption = Annotated[str | None, typer.Option(
    "--user", help="Act as this existing user (imagery, officer or analyst).")]
OrgOption = Annotated[str | None, typer.Option(
    "--org", help="Act as the service user svc-<org>-imagery of this bureau (created if "
                  "missing) when no --user is given.")]
PurposeOption = Annotated[str, typer.Option(help="Why: recorded in the audit trail.")]


@images_app.command("hash")
def hash_files(
    files: Annotated[list[Path], typer.Argument(help="Image files.")],
    reference: Annotated[bool, typer.Option(
        "--reference", help="Hash as the reference PDQ hasher does (EXIF orientation "
                            "ignored, full-size decode), to compare with partners' lists.")]
        = False,
) -> None:
    """Print `pdq,quality,filename` per file (the ThreatExchange hash-list line).

    Example: polex images hash photo.jpg scans/*.png --reference > list.csv
    """
    from polex.images.hashing import ImageDecodeError, hash_file

    failed = 0
    for path in files:
        try:
            h = hash_file(path, exif=not reference, fast=not reference, dihedral=False)
        except (ImageDecodeError, OSError) as exc:
            err.print(f"[red]{path}[/red]: {exc}")
            failed += 1
            continue
        typer.echo(f"{h.pdq_hex},{h.quality},{path}")
    if failed:
        raise typer.Exit(1)


@images_app.command("triage")
def triage_cmd(
    path: Annotated[Path, typer.Argument(help="A folder or a ZIP of images.")],
    user: UserOption = None,
    org: OrgOption = None,
    workers: Annotated[int, typer.Option(help="Hashing processes.")] = 1,
    show: Annotated[int, typer.Option(help="Rows of the table to print (0: none).")] = 50,
    csv_out: Annotated[Path | None, typer.Option("--csv", help="Write every row here.")] = None,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Write the summary, rows and clusters here.")] = None,
    purpose: PurposeOption = "image triage",
    db: DbOption = None,
) -> None:
    """Triage a seized collection: known (exact, near: distance, series, case, victim
    status) or new, and the groups of new near-duplicates. Nothing of it is stored.

    Example: polex images triage seized.zip --user fra.imagery --csv triage.csv
    """
    from polex.images.triage import TriageOptions

    hub = open_hub(db)
    principal = acting(hub, user, org)
    with progress_bar() as progress:
        task = progress.add_task("images", total=None, rate="")
        outcome = hub.images.triage_path(
            principal, path, opts=TriageOptions(workers=workers), purpose=purpose,
            progress=lambda done, total: progress.update(task, completed=done, total=total))
    result = outcome.as_dict()
    out.print(result["summary"]["summary"])
    if show:
        out.print(_table(result["rows"], show))
    if csv_out:
        _write_csv(result["rows"], csv_out)
        err.print(f"wrote {csv_out}")
    if json_out:
        json_out.write_text(json.dumps(result, ensure_ascii=False, indent=1))
        err.print(f"wrote {json_out}")


@images_app.command("register")
def register_cmd(
    path: Annotated[Path, typer.Argument(help="Images (folder, ZIP, file) or a hash list "
                                              "(.csv, .json, .txt).")],
    user: UserOption = None,
    org: OrgOption = None,
    series: Annotated[str | None, typer.Option(help="Series name.")] = None,
    case: Annotated[str | None, typer.Option(help="Case reference.")] = None,
    category: Annotated[str | None, typer.Option(help="Your categorisation.")] = None,
    victim_status: Annotated[str | None, typer.Option(
        help="unidentified or identified.")] = None,
    notes: Annotated[str | None, typer.Option(help="Free notes.")] = None,
    sharing: Annotated[str, typer.Option(
        help="all, only:DEU,ITA or except:RUS.")] = "all",
    frontline: Annotated[bool, typer.Option(help="Allow frontline hits.")] = True,
    review_date: Annotated[str | None, typer.Option(help="YYYY-MM-DD.")] = None,
    as_list: Annotated[bool | None, typer.Option(
        "--list/--images", help="Force reading PATH as a hash list or as images.")] = None,
    purpose: PurposeOption = "registration of known material",
    db: DbOption = None,
) -> None:
    """Register known material for your bureau; the same file or list entry again updates
    its record (idempotent by SHA-256, or by MD5 / PDQ for list entries without one).

    Example: polex images register series/ --org FRA --series "Blue room"
             --victim-status unidentified --sharing except:RUS
    """
    from polex.images.service import Metadata

    hub = open_hub(db)
    principal = acting(hub, user, org)
    meta = Metadata(series=series, case=case, category=category, victim_status=victim_status,
                    notes=notes, sharing=_sharing(sharing, frontline), review_date=review_date)
    is_list = as_list if as_list is not None else path.suffix.lower() in LIST_SUFFIXES
    if is_list:
        report = hub.images.register_list(principal, path, meta, purpose=purpose)
    else:
        report = hub.images.register_path(principal, path, meta, purpose=purpose)
    for row in report["rows"]:
        if row["status"] == "rejected":
            reasons = "; ".join(f"{e['field']}: {e['reason']}" for e in row["errors"] or [])
            err.print(f"[red]rejected[/red] {row['name']}: {reasons}")
    out.print(f"{report['created']:,} created, {report['updated']:,} updated, "
              f"{report['rejected']:,} rejected")
    if report["rejected"]:
        raise typer.Exit(1)


# -- helpers ------------------------------------------------------------------------------


def acting(hub, user: str | None, org: str | None):
    """The principal the command acts as: ``--user``, or the bureau's imagery service user."""
    from polex.access import identities
    from polex.access.principal import Principal
    from polex.access.roles import Role

    if user is None:
        if not org:
            raise InvalidInput.field("--user", "give --user, or --org to act as the bureau's "
                                     "imagery service user")
        user = f"svc-{org.lower()}-imagery"
        if not hub.user_exists(user):
            hub.add_user(user, org.upper(), "imagery")
    with hub.engine.connect() as conn:
        found = identities.user_of(conn, user)
    if found is None:
        raise PolexError(f"no user {user!r} (add one with 'polex user add')")
    user_org, role = found
    if org and org.upper() != user_org:
        raise PolexError(f"user {user!r} belongs to {user_org}, not {org.upper()}")
    return Principal(user, user_org, Role(role))


def _sharing(text: str, frontline: bool) -> dict:
    mode, _, countries = text.partition(":")
    if mode not in ("all", "only", "except"):
        raise InvalidInput.field("--sharing", "must be all, only:CODES or except:CODES")
    return {"mode": mode, "frontline": frontline,
            "countries": [c.strip().upper() for c in countries.split(",") if c.strip()]}


WIDTHS = {"name": (10, 40), "status": (6, 6), "error": (None, 24)}  # (min, max)
COLUMNS = ("name", "status", "distance", "series", "case", "victim_status", "owner",
           "cluster", "error")


def _table(rows: list[dict], limit: int) -> Table:
    table = Table(title=f"first {min(limit, len(rows))} of {len(rows)} images")
    for column in COLUMNS:
        table.add_column(column, no_wrap=True, overflow="ellipsis",
                         min_width=WIDTHS.get(column, (None, None))[0],
                         max_width=WIDTHS.get(column, (None, None))[1])
    for row in rows[:limit]:
        table.add_row(*("" if row.get(c) is None else str(row[c]) for c in COLUMNS))
    return table


def _write_csv(rows: list[dict], path: Path) -> None:
    fields = [k for k in rows[0] if k != "matches"] if rows else list(COLUMNS)
    target = sys.stdout if str(path) == "-" else path.open("w", newline="")
    try:
        writer = csv.DictWriter(target, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    finally:
        if target is not sys.stdout:
            target.close()
