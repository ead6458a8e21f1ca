"""The docs stay true: every setting documented, the README's commands exist."""

from __future__ import annotations

from pathlib import Path

from polex.config import describe

ROOT = Path(__file__).parent.parent


def test_every_setting_is_documented():
    page = (ROOT / "docs" / "settings.md").read_text()
    missing = [name for name, _, _ in describe() if f"`{name}`" not in page]
    assert not missing, f"docs/settings.md lacks {missing}"


def test_the_readme_starts_with_the_two_commands_and_they_exist():
    head = (ROOT / "README.md").read_text().splitlines()[:20]
    text = "\n".join(head)
    for script in ("scripts/demo", "scripts/test"):
        assert script in text
        assert (ROOT / script).exists()


def test_ci_runs_the_readme_test_command():
    assert "scripts/test" in (ROOT / ".ci" / "run").read_text()
