"""tests/unit mirrors lib/: each module lib/<package>/<module>.py has tests/unit/<package>/test_<module>.py.

A module may instead be listed in COVERED_ELSEWHERE with the named test file that exercises it; the
list is checked both ways, so it names real files and shrinks as modules get test files of their own.
"""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIB = ROOT / "lib"
UNIT = ROOT / "tests" / "unit"

# Modules tested through another file, and which. Keep it short: a new module gets its own file.
COVERED_ELSEWHERE: dict[str, str] = {}


def lib_modules() -> list[str]:
    """Every module under lib/ as a path relative to lib/, package markers and the CLI entry left out."""
    return sorted(path.relative_to(LIB).as_posix() for path in LIB.rglob("*.py")
                  if path.name not in ("__init__.py", "__main__.py"))


def own_test_file(module: str) -> Path:
    """tests/unit/<package>/test_<module>.py for lib/<package>/<module>.py."""
    path = Path(module)
    return UNIT / path.parent / f"test_{path.name}"


def modules_without_tests() -> list[str]:
    """lib/ modules with neither their own test file nor an entry in COVERED_ELSEWHERE."""
    return [module for module in lib_modules()
            if not own_test_file(module).is_file() and module not in COVERED_ELSEWHERE]


def test_every_lib_module_has_its_own_test_file_or_a_named_one():
    missing = modules_without_tests()
    assert missing == [], f"add tests/unit/<package>/test_<module>.py for: {missing}"


def test_the_exception_list_names_real_modules_and_real_test_files():
    modules = set(lib_modules())
    assert [module for module in COVERED_ELSEWHERE if module not in modules] == []
    assert [test for test in COVERED_ELSEWHERE.values() if not (UNIT / test).is_file()] == []


def test_a_module_with_its_own_test_file_leaves_the_exception_list():
    assert [module for module in COVERED_ELSEWHERE if own_test_file(module).is_file()] == []


def test_the_mirror_check_sees_a_module_without_tests(tmp_path, monkeypatch):
    (tmp_path / "analyze").mkdir()
    for name in ("__init__.py", "brand_new.py", "filters.py"):
        (tmp_path / "analyze" / name).write_text("")
    monkeypatch.setattr(sys.modules[__name__], "LIB", tmp_path)
    assert modules_without_tests() == ["analyze/brand_new.py"]
