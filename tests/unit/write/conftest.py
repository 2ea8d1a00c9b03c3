"""What the tests of writing to a corpus folder share: a copy of the seeds, and the temporary files left over."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lib.write.corpus_files import TEMP_PREFIX

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


def temp_files_in(root: Path) -> list[Path]:
    """The temporary files of atomic writes left in ``root``: a finished write leaves none."""
    return [p for p in root.rglob(f"{TEMP_PREFIX}*")]
