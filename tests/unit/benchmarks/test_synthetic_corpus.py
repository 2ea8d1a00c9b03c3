"""The benchmark's synthetic corpus: deterministic, mixed-language, realistic enough to parse."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest

from benchmarks.synthetic_corpus import (
    ARTICLE_BYTES,
    METADATA_FIELDS,
    article_path,
    write_article,
    write_corpus,
)
from lib.parse.language import detect_language
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Event, Mention
from lib.text_script import HAN_CHARACTER as CJK

N = 30


def _files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def _metadata(root: Path) -> list[dict[str, str]]:
    with (root / "metadata.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("synthetic") / "corpus", N)


@pytest.fixture(scope="module")
def corpus(corpus_dir):
    return build_corpus(corpus_dir, cache_dir=None)


def test_same_n_and_seed_give_identical_bytes(tmp_path, corpus_dir):
    again = _files(write_corpus(tmp_path / "again", N))
    assert again == _files(corpus_dir)
    other_seed = _files(write_corpus(tmp_path / "other", N, seed=1))
    assert other_seed.keys() == again.keys()
    assert other_seed != again


def test_an_article_does_not_depend_on_the_corpus_size(tmp_path, corpus_dir):
    smaller = _files(write_corpus(tmp_path / "small", 10))
    assert smaller[article_path(7)] == (corpus_dir / article_path(7)).read_bytes()


@pytest.mark.parametrize(("index", "expected"), [
    (0, "part_000/article_000000.txt"),
    (999, "part_000/article_000999.txt"),
    (1000, "part_001/article_001000.txt"),
    (12345, "part_012/article_012345.txt"),
])
def test_articles_go_into_folders_of_a_thousand(index, expected):
    assert article_path(index) == expected


def test_metadata_has_a_row_for_every_article_and_nothing_else(corpus_dir):
    rows = _metadata(corpus_dir)
    articles = {p.relative_to(corpus_dir).as_posix() for p in corpus_dir.rglob("*.txt")}
    assert len(articles) == N
    assert [r["file"] for r in rows] == sorted(articles)
    assert tuple(rows[0]) == METADATA_FIELDS
    for row in rows:
        assert date(2022, 1, 1) <= date.fromisoformat(row["published"]) <= date(2025, 12, 31)
        assert row["title"] and row["source"]
        first_line = (corpus_dir / row["file"]).read_text(encoding="utf-8").splitlines()[0]
        assert first_line == row["title"]


def test_about_sixty_percent_english_and_the_text_matches_the_language(corpus_dir):
    rows = _metadata(corpus_dir)
    english = sum(r["language"] == "en" for r in rows) / len(rows)
    assert 0.45 <= english <= 0.75
    for row in rows:
        text = (corpus_dir / row["file"]).read_text(encoding="utf-8")
        assert detect_language(text) == row["language"], row["file"]


def test_articles_are_about_four_and_a_half_kilobytes(corpus_dir):
    sizes = [p.stat().st_size for p in corpus_dir.rglob("*.txt")]
    assert all(0.8 * ARTICLE_BYTES <= size <= 1.2 * ARTICLE_BYTES for size in sizes), sizes
    assert 0.9 * ARTICLE_BYTES <= sum(sizes) / len(sizes) <= 1.1 * ARTICLE_BYTES


def test_write_article_adds_the_next_article_and_its_metadata_row(tmp_path):
    root = write_corpus(tmp_path / "corpus", 3)
    rel_path = write_article(root, 3)
    assert rel_path == article_path(3)
    assert [r["file"] for r in _metadata(root)] == [article_path(i) for i in range(4)]
    assert (root / rel_path).read_bytes() == (write_corpus(tmp_path / "four", 4) / rel_path).read_bytes()


def test_the_pipeline_reads_every_article_with_its_metadata(corpus):
    assert len(corpus.documents) == N
    assert corpus.skipped.empty
    assert corpus.warnings.empty
    assert (corpus.documents[Doc.DATE_ORIGIN] == "metadata").all()


@pytest.mark.parametrize("language", ["en", "zh"])
def test_the_pipeline_finds_mentions_and_events_in_both_languages(corpus, language):
    docs = set(corpus.documents.loc[corpus.documents[Doc.LANGUAGE] == language, Doc.DOC_ID])
    mentions = corpus.mentions[corpus.mentions[Mention.DOC_ID].isin(docs)]
    events = corpus.events[corpus.events[Event.DOC_ID].isin(docs)]
    assert set(mentions[Mention.DOC_ID]) == docs, "every article names gazetteer entities"
    assert set(events[Event.DOC_ID]) == docs, "every article has dated events"
    assert {"company", "product", "person"} <= set(mentions[Mention.KIND])
    assert len(set(events[Event.EVENT_TYPE]) - {"other"}) >= 4
    in_script = mentions[Mention.ALIAS].str.contains(CJK) == (language == "zh")
    assert in_script.mean() > 0.95, "English articles use English aliases, Chinese ones Chinese aliases"


def test_articles_focus_on_a_few_companies(corpus):
    """A company filter must narrow the view: the most-named company is not in every article."""
    companies = corpus.mentions[corpus.mentions[Mention.KIND] == "company"]
    share = companies.groupby(Mention.COMPANY)[Mention.DOC_ID].nunique().max() / N
    assert share < 0.8
