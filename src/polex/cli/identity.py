"""Users and tokens."""

from __future__ import annotations

from typing import Annotated

import typer

from polex.cli.base import (
    DbOption,
    open_hub,
    out,
    token_app,
    user_app,
)
from polex.errors import PolexError

# -- identities ----------------------------------------------------------------------------


@token_app.command("create")
def token_create(
    org: Annotated[str, typer.Option(help="Organisation: ISO alpha-3 code or HUB.")],
    role: Annotated[str, typer.Option(help="frontline, officer, analyst, imagery, admin, "
                                           "auditor.")],
    user: Annotated[str | None, typer.Option(help="User name (default: svc-<org>-<role>, "
                                                   "created if missing).")] = None,
    days: Annotated[int, typer.Option(help="Lifetime in days.")] = 90,
    db: DbOption = None,
) -> None:
    """Print a bearer token for scripts and national systems.

    Example: T=$(polex token create --org FRA --role officer)
    """
    hub = open_hub(db)
    org = org.upper()
    username = user or f"svc-{org.lower()}-{role}"
    if not hub.user_exists(username):
        hub.add_user(username, org, role)
    elif not hub.user_matches(username, org, role):
        raise PolexError(f"user {username!r} exists with another organisation or role", 2)
    typer.echo(hub.issue_token(username, days=days, label="cli"))


@user_app.command("add")
def user_add(
    username: Annotated[str, typer.Argument(help="Login name.")],
    org: Annotated[str, typer.Option(help="Organisation: ISO alpha-3 code or HUB.")],
    role: Annotated[str, typer.Option(help="frontline, officer, analyst, imagery, admin, "
                                           "auditor.")],
    password: Annotated[str | None, typer.Option(
        help="Console password (at least 10 characters); omit for a token-only user.",
        prompt=False, hide_input=True)] = None,
    db: DbOption = None,
) -> None:
    """Add a user.

    Example: polex user add jdupont --org FRA --role officer --password 'a long secret'
    """
    user_id = open_hub(db).add_user(username, org.upper(), role, password)
    out.print(f"user {username} (id {user_id}) added: {org.upper()} {role}")


