"""``python -m lib export``: the user-facing command and the contract of its files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from tests.corpus_factory import write_messy_corpus

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"

CONTRACT = {
    "documents": ["doc_id", "file", "title", "source", "author", "published", "date_precision", "date_origin",
                  "language", "n_chars", "text"],
    "sentences": ["doc_id", "sent_id", "start", "end", "text"],
    "mentions": ["doc_id", "sent_id", "entity", "kind", "company", "alias", "start", "end"],
    "events": ["event_id", "doc_id", "sent_id", "date", "precision", "date_text", "companies", "event_type",
               "sentence"],
    "terms": ["doc_id", "term", "lang", "count"],
    "skipped": ["file", "reason"],
}


def export(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "lib", "export", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=300)


@pytest.mark.parametrize("file_format", ["csv", "parquet"])
def test_export_writes_every_file_with_the_contract_columns_first(tmp_path, file_format):
    result = export(str(SEEDS), "--out", str(tmp_path), "--cache-dir", str(tmp_path / "cache"),
                    "--format", file_format)
    assert result.returncode == 0, result.stderr
    assert "Exported 5 documents" in result.stdout
    for name, columns in CONTRACT.items():
        path = tmp_path / f"{name}.{file_format}"
        frame = pd.read_csv(path, dtype=str) if file_format == "csv" else pd.read_parquet(path)
        assert list(frame.columns[: len(columns)]) == columns


def test_export_dates_are_iso_period_starts_and_companies_joined_by_semicolons(tmp_path):
    assert export(str(SEEDS), "--out", str(tmp_path), "--no-cache").returncode == 0
    events = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False)
    assert events["date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").all()
    assert events["precision"].isin(["day", "week", "month", "quarter", "half", "year"]).all()
    assert (events["companies"].str.contains(";")).any()
    assert not events["companies"].str.contains(r";\s|\s;|,").any()
    documents = pd.read_csv(tmp_path / "documents.csv", dtype=str, keep_default_na=False)
    assert documents["published"].str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?").all()


def test_export_of_a_messy_folder_reports_skips_and_warnings_and_succeeds(tmp_path):
    corpus = write_messy_corpus(tmp_path / "messy")
    (corpus / "metadata.csv").write_text("file,published\nzh_gbk.txt,2024-13\n", encoding="utf-8")
    result = export(str(corpus), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 0, result.stderr
    assert "Skipped" in result.stdout and "empty file" in result.stdout
    assert "warning: zh_gbk.txt" in result.stdout or "warning: metadata.csv" in result.stdout
    skipped = pd.read_csv(tmp_path / "out" / "skipped.csv", dtype=str)
    assert set(skipped["file"]) >= {"empty.txt", "image.txt", "report.xlsx", "leak.txt"}
    assert skipped["reason"].str.len().gt(0).all()
    documents = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    assert "字节跳动" in documents.set_index("file").loc["zh_gbk.txt", "text"]


def test_export_shows_a_progress_bar_on_stderr(tmp_path):
    result = export(str(SEEDS), "--out", str(tmp_path), "--no-cache")
    assert "5/5" in result.stderr


def test_export_of_a_missing_folder_says_so(tmp_path):
    result = export(str(tmp_path / "nowhere"), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "is not a folder" in result.stderr


def test_export_says_how_each_event_was_attributed_and_which_are_plans(tmp_path):
    assert export(str(SEEDS), "--out", str(tmp_path), "--no-cache").returncode == 0
    events = pd.read_csv(tmp_path / "events.csv", dtype=str, keep_default_na=False)
    assert list(events.columns[-5:]) == ["attribution", "planned", "month_day", "weekday", "story_id"]  # issue 12
    assert (events["month_day"] == "").all()  # every seed is dated: no year-less day waits for a year
    assert (events["weekday"] == "").all()  # nor a weekday alone
    assert events["attribution"].isin(["text", "context"]).all()
    assert events["planned"].isin(["True", "False"]).all()
    # Seed 002 (published 2025-01-16): "January 19th is the final effective date"; seed 004 (February
    # 2024): Apple "will release its plans by the end of the year". No other seed date lies ahead.
    plans = events[events["planned"] == "True"]
    assert sorted(plans["date_text"]) == ["January 19th", "the end of the year"]


def test_export_of_a_long_one_line_article_is_linear_in_its_size(tmp_path):
    """Issue 10: 200 KB without sentence punctuation gave an 823 MB events.csv (events × article)."""
    from tests.unit.pipeline.test_bounded_work import write_one_line

    text = write_one_line(tmp_path / "corpus", "en", 200_000)
    result = export(str(tmp_path / "corpus"), "--out", str(tmp_path / "out"), "--no-cache")
    assert result.returncode == 0, result.stderr
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str, keep_default_na=False)
    assert len(events) > 1000
    assert events["sentence"].str.len().max() <= 1000
    assert (tmp_path / "out" / "events.csv").stat().st_size < 40 * len(text)


STORY_COLUMNS = ["story_id", "date", "precision", "companies", "title", "first_published", "first_outlet",
                 "n_articles", "n_outlets", "languages"]


@pytest.mark.parametrize("file_format", ["csv", "parquet"])
def test_export_groups_events_into_stories_and_marks_duplicates(tmp_path, file_format):
    out = tmp_path / "out"
    result = export(str(SEEDS), "--out", str(out), "--cache-dir", str(tmp_path / "cache"), "--format", file_format)
    assert result.returncode == 0, result.stderr
    read = (lambda p: pd.read_csv(p, dtype=str, keep_default_na=False)) if file_format == "csv" else pd.read_parquet
    stories, events, documents = (read(out / f"{name}.{file_format}") for name in ("stories", "events", "documents"))
    assert list(stories.columns[:len(STORY_COLUMNS)]) == STORY_COLUMNS
    assert "story_id" in events.columns and set(events["story_id"]) - {""} <= set(stories["story_id"])
    assert "duplicate_of" in documents.columns and "signature" not in documents.columns
    # The seeds' large-model team "since March" and the April 2023 Trik launch: each one story from two articles.
    corroborated = stories[stories["n_articles"].astype(int) >= 2]
    assert {("2023-03-01", "month"), ("2023-04-01", "month")} <= set(zip(corroborated["date"],
                                                                        corroborated["precision"], strict=True))


def test_export_without_stories_writes_no_stories_file_and_leaves_none_behind(tmp_path):
    out = tmp_path / "out"
    assert export(str(SEEDS), "--out", str(out), "--cache-dir", str(tmp_path / "cache")).returncode == 0
    result = export(str(SEEDS), "--out", str(out), "--cache-dir", str(tmp_path / "cache"), "--no-stories")
    assert result.returncode == 0, result.stderr
    assert not (out / "stories.csv").exists()
    assert "story_id" not in pd.read_csv(out / "events.csv", nrows=1).columns


def test_export_dates_a_year_less_day_by_its_story_and_says_so(tmp_path):
    """Issue 12: s125 shows no publication date and says only "on July 11"; s124 and s128 date Kimi K2."""
    from benchmarks.story_quality import load_articles, write_folder

    folder = write_folder([a for a in load_articles() if a["id"] in ("s124", "s125", "s128")], tmp_path / "k2")
    assert export(str(folder), "--out", str(tmp_path / "out"), "--no-cache").returncode == 0
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str, keep_default_na=False)
    year_less = events[events["month_day"] != ""]
    assert year_less[["date", "date_end", "qualifier", "month_day"]].values.tolist() == [
        ["2025-07-11", "2025-07-11", "year from its story", "07-11"]]
    k2 = events[events["story_id"] == year_less["story_id"].iloc[0]]
    documents = pd.read_csv(tmp_path / "out" / "documents.csv", dtype=str, keep_default_na=False)
    files = dict(zip(documents["doc_id"], documents["file"], strict=True))
    assert sorted({files[doc] for doc in k2["doc_id"]}) == ["s124.txt", "s125.txt", "s128.txt"]


def test_export_carries_a_bare_weekday_and_the_day_its_story_gave_it(tmp_path):
    """s340 shows no date and no year, only "on Friday" (and the allotment "announced by the firm on Thursday");
    s336 dates MiniMax's debut January 9, 2026."""
    from benchmarks.story_quality import load_articles, write_folder

    folder = write_folder([a for a in load_articles() if a["id"] in ("s336", "s340")], tmp_path / "minimax")
    assert export(str(folder), "--out", str(tmp_path / "out"), "--no-cache").returncode == 0
    events = pd.read_csv(tmp_path / "out" / "events.csv", dtype=str, keep_default_na=False)
    weekdays = events[events["weekday"] != ""]
    assert set(weekdays["doc_id"]) == {"s340"} and set(weekdays["weekday"]) == {"Friday", "Thursday"}
    assert (weekdays["month_day"] == "").all()
    rows = set(map(tuple, weekdays[["weekday", "date", "qualifier"]].values.tolist()))
    # Its first "on Friday" says too little alike to be placed alone; one article names one Friday. The allotment
    # "announced by the firm on Thursday" is MiniMax's (the photo credit before it is no break in the story), and a
    # weekday other than the one its story placed stays unplaced.
    assert rows == {("Friday", "2026-01-09", "year from its story"), ("Thursday", "", "year unknown")}
