"""The store: tables, engines for SQLite and PostgreSQL, migrations, repositories.

Owns every SQL statement of the hub. The record content it returns is raw and ungated:
only ``polex.access`` may call the record readers here (a test enforces it), so that every
read of record content passes the policy gate. Imports ``model``, ``normalize``, ``errors``.
"""

from polex.store.engine import open_engine

__all__ = ["open_engine"]
