"""The ``polex`` command line: a thin layer over the hub's Python API.

Every command parses its options, calls the hub, and turns a polex error into a message
and exit code 2 (exit 1 means "checked, and found a problem", as ``audit verify`` does).
One module per group of commands; importing them registers them on ``app``.
"""

from __future__ import annotations

import sys

from polex.cli import auditing, data, identity, images, serving  # noqa: F401 - registers commands
from polex.cli.base import app, err
from polex.errors import PolexError

__all__ = ["app", "main"]


def main() -> None:
    """Entry point of the ``polex`` console script."""
    try:
        app()
    except PolexError as exc:
        err.print(f"[red]error:[/red] {exc}")
        sys.exit(2)
