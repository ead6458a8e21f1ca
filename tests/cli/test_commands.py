"""The command line as a script would use it: output, exit codes, messages."""

from __future__ import annotations

import subprocess
import sys

from sqlalchemy import update
from typer.testing import CliRunner

from polex.cli import app
from polex.store.engine import write
from polex.store.schema import audit_log
from tests.factories import person

runner = CliRunner()


def polex(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real console entry point, as a user's shell would."""
    code = "from polex.cli import main; main()"
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          timeout=60)


def test_token_create_prints_a_token_the_api_accepts(database_url, client):
    result = runner.invoke(app, ["token", "create", "--org", "FRA", "--role", "officer",
                                 "--db", database_url])
    assert result.exit_code == 0, result.output
    token = result.output.strip()
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {token}"}).json()
    assert (me["org"], me["role"], me["username"]) == ("FRA", "officer", "svc-fra-officer")


def test_a_bad_role_is_a_clear_error_and_exit_2(database_url):
    result = polex("token", "create", "--org", "FRA", "--role", "boss", "--db", database_url)
    assert result.returncode == 2
    assert "role: 'boss' is not a role" in result.stderr
    assert "Traceback" not in result.stderr


def test_user_add_refuses_an_unknown_organisation(database_url):
    result = polex("user", "add", "someone", "--org", "XYZ", "--role", "officer",
                   "--db", database_url)
    assert result.returncode == 2
    assert "org: 'XYZ' is not a known organisation" in result.stderr


def test_audit_verify_exits_1_and_names_the_broken_entry(hub, callers, database_url):
    hub.records.put(callers("FRA"), person())
    assert runner.invoke(app, ["audit", "verify", "--db", database_url]).exit_code == 0
    with write(hub.engine) as conn, conn.begin():
        conn.execute(update(audit_log).where(audit_log.c.seq == 1).values(action="nothing"))
    result = runner.invoke(app, ["audit", "verify", "--db", database_url])
    assert result.exit_code == 1
    assert "entry 1" in result.output


def test_audit_verify_prints_the_head_as_an_anchor_and_checks_it_later(hub, callers,
                                                                       database_url):
    hub.records.put(callers("FRA"), person())
    first = runner.invoke(app, ["audit", "verify", "--db", database_url])
    noted = first.output.split("anchor): ")[1].split()[0]
    hub.records.put(callers("FRA"), person())
    later = runner.invoke(app, ["audit", "verify", "--db", database_url, "--anchor", noted])
    assert later.exit_code == 0 and "holding the 1 anchor" in later.output
    seq = int(noted.partition(":")[0])
    with write(hub.engine) as conn, conn.begin():  # a rewrite: the entry gets another hash
        conn.execute(update(audit_log).where(audit_log.c.seq == seq).values(hash="0" * 64))
    broken = runner.invoke(app, ["audit", "verify", "--db", database_url, "--anchor", noted])
    assert broken.exit_code == 1 and f"entry {seq}: its hash is not the one noted" in (
        broken.output)


def test_audit_verify_refuses_a_malformed_anchor_with_exit_2(database_url):
    result = polex("audit", "verify", "--db", database_url, "--anchor", "12")
    assert result.returncode == 2
    assert "--anchor: write it as <sequence number>:<hash>" in result.stderr
    assert "Traceback" not in result.stderr


def test_every_command_has_help_with_an_example():
    for command in (["serve"], ["demo"], ["synth"], ["token", "create"], ["user", "add"],
                    ["audit", "verify"], ["db", "upgrade"]):
        result = runner.invoke(app, [*command, "--help"])
        assert result.exit_code == 0 and "Example:" in result.output, command
