"""Issue 10, finding 5: an export is whole or nothing, and its workers end with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from lib.write import export

ROOT = Path(__file__).resolve().parents[3]


def frames(tag: str) -> dict[str, pd.DataFrame]:
    return {name: pd.DataFrame({"doc_id": [f"{tag}-{name}"]}) for name in export.EXPORTED_FRAMES}


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (a Parquet export is a folder per frame) and its bytes."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("file_format", export.EXPORT_FORMATS)
def test_an_export_killed_while_writing_leaves_the_earlier_export_untouched(tmp_path, monkeypatch, file_format):
    out = tmp_path / "out"
    export.write_frames(frames("old"), out, file_format)
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    before = snapshot(out)
    written = []
    owner, method = (pd.DataFrame, "to_csv") if file_format == "csv" else (pq, "write_table")
    real = getattr(owner, method)

    def dying(data, path, *args, **kwargs):
        if len(written) == 3:
            raise KeyboardInterrupt  # as a Ctrl-C or a kill arrives mid-write
        written.append(path)
        return real(data, path, *args, **kwargs)

    monkeypatch.setattr(owner, method, dying)
    with pytest.raises(KeyboardInterrupt):
        export.write_frames(frames("new"), out, file_format)
    assert len(written) == 3, "the export died while writing"
    assert snapshot(out) == before
    assert [p.name for p in tmp_path.iterdir()] == ["out"], "no partial folder or file is left"


def test_a_complete_export_replaces_every_export_file_and_keeps_other_files(tmp_path):
    out = tmp_path / "out"
    export.write_frames(frames("old"), out, "parquet")
    (out / "notes.txt").write_text("mine", encoding="utf-8")
    export.write_frames(frames("new"), out, "csv")
    assert sorted(p.name for p in out.iterdir()) == sorted([f"{n}.csv" for n in export.EXPORTED_FRAMES] + ["notes.txt"])
    assert pd.read_csv(out / "events.csv")["doc_id"].iloc[0] == "new-events"
    assert [p.name for p in tmp_path.iterdir()] == ["out"]


def test_a_staging_folder_of_a_dead_export_is_cleaned_up(tmp_path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".out.partial-{dead.stdout.strip()}"
    stale.mkdir()
    (stale / "events.csv").write_text("half", encoding="utf-8")
    export.write_frames(frames("new"), tmp_path / "out", "csv")
    assert not stale.exists()


_POOL = """
import time
from concurrent.futures import ProcessPoolExecutor
from lib.pipeline.batches import _end_with_parent
with ProcessPoolExecutor(2, initializer=_end_with_parent) as pool:
    futures = [pool.submit(time.sleep, 0.3) for _ in range(4)]
    [f.result() for f in futures]
    print(" ".join(str(p) for p in pool._processes), flush=True)
    time.sleep(60)
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/stat")
    return not (status.exists() and status.read_text().split()[2] == "Z")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="PR_SET_PDEATHSIG is Linux's")
def test_pool_workers_end_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", _POOL], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    workers = [int(pid) for pid in parent.stdout.readline().split()]
    assert len(workers) == 2 and all(map(_alive, workers))
    parent.send_signal(signal.SIGKILL)
    parent.wait()
    deadline = time.monotonic() + 10
    while any(map(_alive, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(map(_alive, workers))
