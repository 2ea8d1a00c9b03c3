"""Issue 10, finding 3: CSV cells that spreadsheets would run as formulas are written as text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lib.rules import load_rules
from lib.write.corpus_edits import gazetteer_addition
from lib.write.spreadsheet import csv_bytes, spreadsheet_safe

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"

# OWASP's list: =, +, -, @, tab, carriage return; English and Chinese text alike.
CELL_CASES = [
    ("=HYPERLINK(\"http://x\",\"click\")", "'=HYPERLINK(\"http://x\",\"click\")"),
    ("+1-555-0100", "'+1-555-0100"),
    ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
    ("@SUM(1+1)", "'@SUM(1+1)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("=字节跳动", "'=字节跳动"),
    ("ByteDance = TikTok's owner", "ByteDance = TikTok's owner"),
    ("字节跳动-抖音", "字节跳动-抖音"),
    ("", ""),
]


@pytest.mark.parametrize(("cell", "written"), CELL_CASES)
def test_a_formula_like_text_cell_gets_an_apostrophe(cell, written):
    frame = pd.DataFrame({"title": [cell], "n_chars": [-3]})
    safe = spreadsheet_safe(frame)
    assert safe["title"].iloc[0] == written
    assert safe["n_chars"].iloc[0] == -3, "numbers are not text"
    assert frame["title"].iloc[0] == cell, "the input is not changed"


def test_csv_bytes_raw_keeps_the_cells():
    frame = pd.DataFrame({"title": ["=1+1"]})
    assert b"'=1+1" in csv_bytes(frame) and b"'=1+1" not in csv_bytes(frame, raw=True)


def _hostile_corpus(tmp_path: Path) -> Path:
    corpus = Path(shutil.copytree(SEEDS, tmp_path / "corpus"))
    (corpus / "formula.txt").write_text("=HYPERLINK(\"http://evil\",\"ByteDance\")\n"
                                        "@SUM(1) ByteDance launched Doubao in March 2024.\n", encoding="utf-8")
    metadata = (corpus / "metadata.csv").read_text(encoding="utf-8")
    (corpus / "metadata.csv").write_text(metadata.rstrip("\n") + "\nformula.txt,+cmd title,-outlet,,,2024-03-01,en\n",
                                         encoding="utf-8")
    return corpus


@pytest.mark.parametrize(("flags", "escaped"), [((), True), (("--raw-csv",), False)])
def test_export_csvs_are_spreadsheet_safe_unless_raw(tmp_path, flags, escaped):
    corpus = _hostile_corpus(tmp_path)
    result = subprocess.run([sys.executable, "-m", "lib", "export", str(corpus), "--out", str(tmp_path / "out"),
                             "--no-cache", *flags], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    for name in ("documents", "sentences", "events"):
        frame = pd.read_csv(tmp_path / "out" / f"{name}.csv", dtype=str, keep_default_na=False)
        starts = frame.apply(lambda column: column.str.match(r"[=+\-@\t\r]")).any().any()
        assert starts != escaped, name
    documents = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    row = documents.set_index("file").loc["formula.txt"]
    assert (row["title"], row["source"]) == (("'+cmd title", "'-outlet") if escaped else ("+cmd title", "-outlet"))


def test_parquet_is_unchanged(tmp_path):
    corpus = _hostile_corpus(tmp_path)
    subprocess.run([sys.executable, "-m", "lib", "export", str(corpus), "--out", str(tmp_path / "out"), "--no-cache",
                    "--format", "parquet"], cwd=ROOT, check=True, capture_output=True, timeout=300)
    documents = pd.read_parquet(tmp_path / "out" / "documents.parquet").set_index("file")
    assert documents.loc["formula.txt", "title"] == "+cmd title"


def test_a_hand_edited_gazetteer_gets_the_forms_checks_and_warns_naming_the_line(tmp_path):
    (tmp_path / "gazetteer.csv").write_text(
        "entity,kind,company,aliases\n"
        "Moonshot AI,company,,Moonshot AI|月之暗面|的|a|(\n"
        "=cmd,company,,Evil Corp\n"
        "Kimi,product,Moonshot AI,Kimi|the\n", encoding="utf-8")
    rules = load_rules(tmp_path)
    warnings = [(w.line, w.message) for w in rules.warnings if w.source == "gazetteer.csv"]
    assert [line for line, _ in warnings] == [2, 2, 2, 3, 4]
    assert "'的' is too short" in warnings[0][1] and "formula" in warnings[3][1] and "stopword" in warnings[4][1]
    added = {e.entity: e.aliases for e in rules.gazetteer if e.entity in ("Moonshot AI", "Kimi", "=cmd")}
    assert added["Moonshot AI"][-2:] == ("Moonshot AI", "月之暗面") and added["Kimi"][-1] == "Kimi"
    assert "=cmd" not in added


def test_the_form_refuses_formula_like_names_and_stopword_aliases():
    rules = load_rules()
    stopwords = rules.stopwords_en | rules.stopwords_zh
    refused = gazetteer_addition("=HYPERLINK(1)", "company", "", "Evil", "", rules.gazetteer, stopwords)
    assert any("formula" in error for error in refused.errors)
    refused = gazetteer_addition("Moonshot AI", "company", "", "the", "我们", rules.gazetteer, stopwords)
    assert sum("stopword" in error for error in refused.errors) == 2
