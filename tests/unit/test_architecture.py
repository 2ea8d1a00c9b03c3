"""The architecture as a test: the import-linter contracts in pyproject.toml ([tool.importlinter]).

lib's layers import only downwards (render > charts > analyze > pipeline | write > store | extract >
parse > read > rules > periods > markup | schema), lib imports no Streamlit, the pages reach files,
the web, the cache and the pipeline only through ui/, and no package has an import cycle.
`lint-imports` prints the same report.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

from importlinter.cli import EXIT_STATUS_SUCCESS, lint_imports

ROOT = Path(__file__).resolve().parents[2]
CONTRACTS = {"lib-layers", "lib-without-streamlit", "thin-pages", "no-cycles"}


def test_every_architecture_contract_is_declared():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    declared = {contract["id"] for contract in config["tool"]["importlinter"]["contracts"]}
    assert declared >= CONTRACTS


def test_imports_keep_the_architecture_contracts(monkeypatch, capsys):
    monkeypatch.chdir(ROOT)  # import-linter finds the packages from the working directory
    status = lint_imports(config_filename=str(ROOT / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert status == EXIT_STATUS_SUCCESS, report
    assert "BROKEN" not in report, report
