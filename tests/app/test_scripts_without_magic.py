"""Streamlit's "magic" is off (.streamlit/config.toml): a bare expression in app.py or a page would
show nothing, so none may stand where magic would have written it."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = [ROOT / "app.py", *sorted((ROOT / "app_pages").glob("*.py"))]


def bare_expressions(source: str) -> list[int]:
    """Lines of expression statements magic would write: not calls, docstrings, yields or awaits."""
    tree = ast.parse(source)
    docstrings = {id(body[0]) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef)
                  and (body := node.body) and isinstance(body[0], ast.Expr)
                  and isinstance(body[0].value, ast.Constant) and isinstance(body[0].value.value, str)}
    return [node.lineno for node in ast.walk(tree) if isinstance(node, ast.Expr) and id(node) not in docstrings
            and not isinstance(node.value, ast.Call | ast.Yield | ast.YieldFrom | ast.Await)]


def test_magic_is_off():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["magicEnabled"] is False


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_no_script_relies_on_magic(script):
    assert bare_expressions(script.read_text(encoding="utf-8")) == []


def test_the_check_finds_what_magic_would_write():
    source = '"""Doc."""\nimport streamlit as st\nst.title("x")\n"shown by magic"\nx = 1\nx\ndef f():\n    """Doc."""\n'
    assert bare_expressions(source) == [4, 6]
