"""lib/rules is the bottom layer: its modules import nothing from lib but lib.schema, lib.markup and each other,
so any stage may load rules without pulling in another stage."""

from __future__ import annotations

import ast
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parents[3] / "lib" / "rules"


def _lib_imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return {name for name in names if name == "lib" or name.startswith("lib.")}


def test_rules_import_only_the_schema_and_themselves():
    modules = sorted(RULES_DIR.glob("*.py"))
    assert len(modules) >= 5
    for path in modules:
        outside = {name for name in _lib_imports(path)
                   if name not in ("lib.schema", "lib.markup") and not name.startswith("lib.rules")}
        assert outside == set(), f"{path.name} imports {sorted(outside)}"


def test_the_check_sees_an_import_against_the_flow(tmp_path):
    module = tmp_path / "bad.py"
    module.write_text("from lib.parse.script import to_simplified\nimport lib.schema\n")
    assert _lib_imports(module) == {"lib.parse.script", "lib.schema"}
