"""The architecture, enforced: lower layers never import higher ones, and only the access
layer reads record content from the store, so a new endpoint cannot forget the gate."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).parent.parent / "src" / "polex"
LAYERS = {  # package → the polex packages it may import
    "model": {"model", "normalize", "errors"},
    "normalize": {"normalize", "errors"},
    "store": {"store", "model", "normalize", "errors"},
    "access": {"access", "store", "model", "normalize", "errors"},
}
CAPABILITIES = {"search", "images", "synth"}
# Modules that return raw, ungated record content.
RAW_READERS = {"polex.store.records", "polex.store.schema", "polex.store.search_index"}
MAY_READ_RAW = {"store", "access"}


def polex_imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("polex"):
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            names.update(a.name for a in node.names if a.name.startswith("polex"))
    return names


def modules() -> list[tuple[str, Path]]:
    return [(p.relative_to(SRC).parts[0].removesuffix(".py"), p) for p in SRC.rglob("*.py")
            if len(p.relative_to(SRC).parts) > 1 or p.name not in {"__init__.py"}]


@pytest.mark.parametrize(("package", "path"), [m for m in modules() if m[0] in LAYERS],
                         ids=lambda v: str(v) if isinstance(v, str) else v.name)
def test_lower_layers_import_only_what_is_below_them(package, path):
    for name in polex_imports(path):
        top = name.split(".")[1]
        assert top in LAYERS[package], f"{path} imports {name}"


@pytest.mark.parametrize(("package", "path"), [m for m in modules() if m[0] not in MAY_READ_RAW],
                         ids=lambda v: str(v) if isinstance(v, str) else v.name)
def test_only_the_access_layer_reads_record_content_from_the_store(package, path):
    raw = {name for name in polex_imports(path)
           if any(name == r or name.startswith(r + ".") for r in RAW_READERS)
           and not name.endswith(("utcnow", "StoredRecord"))}
    assert not raw, f"{path} reads the store around the gate: {sorted(raw)}"


def test_capabilities_do_not_import_the_ways_in():
    for package, path in modules():
        if package in CAPABILITIES:
            tops = {n.split(".")[1] for n in polex_imports(path)}
            assert not tops & {"api", "web", "cli", "hub"}, path
