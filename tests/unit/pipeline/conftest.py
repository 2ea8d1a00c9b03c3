"""What the tests of building a corpus share: a copy of the seeds to change."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
