"""Write the corpus frames to a folder: the export contract of ``python -m lib export``."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from lib.ingest.spreadsheet import spreadsheet_safe

EXPORT_FORMATS = ("csv", "parquet")
EXPORTED_FRAMES = ("documents", "sentences", "mentions", "events", "terms", "skipped")


def write_frames(frames: dict[str, pd.DataFrame], out_dir: str | Path, file_format: str = "csv",
                 raw_csv: bool = False) -> list[Path]:
    """Write each frame as ``NAME.csv`` (UTF-8) or ``NAME.parquet``; each file written atomically.

    CSV text cells a spreadsheet would run as a formula get a leading apostrophe unless
    ``raw_csv`` (``lib.ingest.spreadsheet``); Parquet is written unchanged."""
    if file_format not in EXPORT_FORMATS:
        raise ValueError(f"format must be one of {', '.join(EXPORT_FORMATS)}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, frame in frames.items():
        target = out_dir / f"{name}.{file_format}"
        partial = target.with_name(f".{target.name}.partial")
        if file_format == "csv":
            (frame if raw_csv else spreadsheet_safe(frame)).to_csv(partial, index=False, encoding="utf-8")
        else:
            frame.to_parquet(partial, index=False)
        partial.replace(target)
        written.append(target)
    return written
