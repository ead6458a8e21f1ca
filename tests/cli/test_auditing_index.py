"""`polex index rebuild` as an operator runs it: the index comes back and says how fast."""

from __future__ import annotations

from typer.testing import CliRunner

from polex.cli import app
from polex.store import search_index
from polex.store.engine import write
from tests.factories import document

runner = CliRunner()


def test_index_rebuild_restores_search_and_reports_the_rate(hub, callers, database_url):
    hub.records.put(callers("FRA"), document(number="X1234567"))
    with write(hub.engine) as conn, conn.begin():
        search_index.clear(conn)
    assert not hub.search.identifier(callers("DEU"), "doc", "X1234567")["hit"]
    result = runner.invoke(app, ["index", "rebuild", "--db", database_url])
    assert result.exit_code == 0, result.output
    assert "indexed 1 records in" in result.output and "/s)" in result.output
    assert hub.search.identifier(callers("DEU"), "doc", "X1234567")["hit"]
