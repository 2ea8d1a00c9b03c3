"""Shared fixtures.

* ``messy_corpus``: a folder built by ``tests.corpus_factory.write_messy_corpus`` (mixed
  encodings, HTML, junk files, symlinks); ``tests.corpus_factory.EXPECTED_OUTCOMES`` says what
  each file should give.
* ``messy_corpus_with_metadata``: the same plus a ``metadata.csv`` with a bad date, an unknown
  file, a bad ``date_origin`` and a duplicate row.
* ``corpus_without_file_column``: the same with a ``metadata.csv`` lacking the ``file`` column.
* ``seed_dir`` / ``seed_texts`` / ``boilerplate_rules``: the five real seed articles and the
  built-in boilerplate rules.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.corpus_factory import (
    METADATA_CSV_NO_FILE_COLUMN,
    write_hostile_corpus,
    write_messy_corpus,
    write_metadata_csv,
)

SEED_DIR = Path(__file__).resolve().parent.parent / "seeds"


@pytest.fixture
def hostile_corpus(tmp_path: Path) -> Path:
    """Articles, file names and metadata.csv carrying <script>, onerror=, javascript: and Markdown links."""
    return write_hostile_corpus(tmp_path / "hostile")


@pytest.fixture
def messy_corpus(tmp_path: Path) -> Path:
    return write_messy_corpus(tmp_path / "corpus")


@pytest.fixture
def messy_corpus_with_metadata(messy_corpus: Path) -> Path:
    return write_metadata_csv(messy_corpus)


@pytest.fixture
def corpus_without_file_column(messy_corpus: Path) -> Path:
    return write_metadata_csv(messy_corpus, METADATA_CSV_NO_FILE_COLUMN)


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEED_DIR


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """Seed articles by their three-digit prefix ("000" … "004")."""
    return {path.name[:3]: path.read_text(encoding="utf-8") for path in sorted(SEED_DIR.glob("*.txt"))}


@pytest.fixture(scope="session")
def boilerplate_rules():
    from lib.rules import load_rules

    return load_rules().boilerplate
