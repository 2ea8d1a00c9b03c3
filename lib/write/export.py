"""Write the corpus frames to a folder: the export contract of ``python -m lib export``.

CSV: one file per frame. Parquet: the Parquet store (``lib.store.parquet_store``), one dataset
folder per frame, in which the files whose rows the previous export already holds are carried over
untouched. Whole or nothing: the files are written into a hidden folder next to the target and swapped in
only when every one is complete, so an export killed while writing leaves the earlier export as
it was (and no mix of new and old files). Entries in the target folder that are not export files
are carried over.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from pathlib import Path

import pandas as pd

from lib.store.parquet_store import write_store
from lib.write.spreadsheet import spreadsheet_safe

EXPORT_FORMATS = ("csv", "parquet")
EXPORTED_FRAMES = ("documents", "sentences", "mentions", "events", "terms", "skipped")
# Written too unless the export is asked not to group stories (it needs the sentence encoder).
OPTIONAL_FRAMES = ("stories",)
# Written to the Parquet store only: with the frames above, every frame the dashboard reads.
STORE_ONLY_FRAMES = ("removed", "warnings")


def write_frames(frames: dict[str, pd.DataFrame], out_dir: str | Path, file_format: str = "csv",
                 raw_csv: bool = False) -> list[Path]:
    """Write each frame as ``NAME.csv`` (UTF-8) or the dataset ``NAME.parquet`` into ``out_dir``, all at once.

    CSV text cells a spreadsheet would run as a formula get a leading apostrophe unless
    ``raw_csv`` (``lib.write.spreadsheet``); Parquet is written unchanged."""
    if file_format not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    out_dir = Path(out_dir).absolute()
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    _remove_stale_staging(out_dir)
    staging = out_dir.with_name(f".{out_dir.name}.partial-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    try:
        if file_format == "parquet":
            names = [path.name for path in write_store(frames, staging, previous=out_dir)]
        else:
            names = []
            for name, frame in frames.items():
                path = staging / f"{name}.csv"
                (frame if raw_csv else spreadsheet_safe(frame)).to_csv(path, index=False, encoding="utf-8")
                names.append(path.name)
        _swap_in(staging, out_dir, _export_file_names(frames))
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return [out_dir / name for name in names]


def _export_file_names(frames) -> set[str]:
    """Every file an export of these frames (in any format) writes: an earlier export's, too."""
    names = (*EXPORTED_FRAMES, *OPTIONAL_FRAMES, *STORE_ONLY_FRAMES, *frames)
    return {f"{name}.{fmt}" for name in names for fmt in EXPORT_FORMATS}


def _swap_in(staging: Path, out_dir: Path, export_files: set[str]) -> None:
    """Put the complete ``staging`` folder where ``out_dir`` is, keeping out_dir's other entries."""
    if not out_dir.exists():
        staging.rename(out_dir)
        return
    for entry in out_dir.iterdir():
        if entry.name not in export_files and not (staging / entry.name).exists():
            entry.rename(staging / entry.name)
    retired = out_dir.with_name(f".{out_dir.name}.retired-{os.getpid()}")
    out_dir.rename(retired)
    staging.rename(out_dir)
    shutil.rmtree(retired, ignore_errors=True)


def _remove_stale_staging(out_dir: Path) -> None:
    """Folders left by exports to ``out_dir`` that were killed (their process is gone)."""
    for kind in ("partial", "retired"):
        for folder in out_dir.parent.glob(f".{out_dir.name}.{kind}-*"):
            pid = folder.name.rsplit("-", 1)[-1]
            if pid.isdigit() and not _running(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return False  # an earlier export of this process was interrupted
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, 0)
        return True
    return False
