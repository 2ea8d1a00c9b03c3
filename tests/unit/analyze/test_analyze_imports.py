"""lib/analyze has no import cycle: each module's lib.analyze imports, lazy ones included, form a tree."""

import ast
from pathlib import Path

ANALYZE = Path(__file__).resolve().parents[3] / "lib" / "analyze"


def analyze_imports(path: Path) -> set[str]:
    """The lib.analyze modules ``path`` imports anywhere in its body."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            if node.module.startswith("lib.analyze."):
                found.add(node.module.removeprefix("lib.analyze."))
            elif node.module == "lib.analyze":
                found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name.removeprefix("lib.analyze.") for a in node.names if a.name.startswith("lib.analyze."))
    return found


def test_no_module_of_lib_analyze_imports_itself_through_others():
    graph = {path.stem: analyze_imports(path) for path in ANALYZE.glob("*.py")}
    assert graph["companies"] and graph["timeline"]          # the walk finds imports at all

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for name in graph.get(start, ()):
            if name == target or (name not in seen and reaches(name, target, seen | {name})):
                return True
        return False

    cycles = sorted(name for name in graph if reaches(name, name, set()))
    assert not cycles, f"import cycles through {cycles}"
