"""Issue 15: ingest on Dask writes the local engine's store, reports broken files, survives killed workers.

Clusters are LocalClusters of 2 worker processes on 127.0.0.1 without a dashboard, closed by each
test. Faults are injected the only way a test can, never a user's file: a worker plugin (the
scheduler gives it to every worker, restarted ones too) replaces ``parse_document`` in the worker
processes by one that SIGKILLs its own process, as the OOM killer would, on one marked file.
"""

from __future__ import annotations

import logging
import os
import re
import signal
from contextlib import contextmanager
from pathlib import Path

import dask
import pandas as pd
import pytest
from distributed import Client, LocalCluster
from distributed.diagnostics.plugin import WorkerPlugin

from benchmarks.synthetic_corpus import article_path, write_corpus
from lib.__main__ import main
from lib.pipeline.batches import KILLED_REASON
from lib.pipeline.corpus import SNAPSHOT_FRAMES, build_corpus
from lib.pipeline.dask_engine import dask_parser
from lib.store.parquet_store import read_frame
from tests.corpus_factory import write_messy_corpus

ARTICLES = 40
MARKED = f"generated/{article_path(17)}"


class KillOnMarkedFile(WorkerPlugin):
    """Each worker's parse of ``MARKED`` kills its process: always, or only until ``marker`` exists."""

    def __init__(self, marker: str, always: bool) -> None:
        self.marker, self.always = marker, always

    def setup(self, worker) -> None:
        import lib.pipeline.article as article

        real, marker, always = article.parse_document, self.marker, self.always

        def parse_or_die(raw, *args):
            if raw.rel_path == MARKED and (always or not os.path.exists(marker)):
                Path(marker).touch()
                os.kill(os.getpid(), signal.SIGKILL)
            return real(raw, *args)

        article.parse_document = parse_or_die


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """Generated articles over several chunks, plus the messy folder's broken files."""
    root = write_messy_corpus(tmp_path_factory.mktemp("corpus") / "corpus")
    (root / "metadata.csv").unlink(missing_ok=True)
    return write_corpus(root / "generated", ARTICLES).parent


def store_files(store: Path) -> dict[str, bytes]:
    return {p.relative_to(store).as_posix(): p.read_bytes() for p in sorted(store.rglob("*")) if p.is_file()}


def export(corpus: Path, out: Path, *flags: str) -> dict[str, bytes]:
    """The files of a Parquet export of ``corpus`` (no cache, no stories) with ``flags``."""
    assert main(["export", str(corpus), "--out", str(out), "--no-cache", "--format", "parquet", "--no-stories",
                 *flags]) == 0
    return store_files(out)


def test_both_engines_export_identical_stores_and_report_broken_files(corpus, tmp_path, capsys):
    local = export(corpus, tmp_path / "local", "--workers", "2")
    on_dask = export(corpus, tmp_path / "dask", "--engine", "dask", "--workers", "2")  # a LocalCluster
    done, total = re.findall(r"(\d+)/(\d+)", capsys.readouterr().err)[-1]  # the dask run's bar, at its end
    assert done == total and int(total) > ARTICLES
    assert len([p for p in local if "doc_bucket=" in p]) > 20
    assert on_dask == local  # same files, same rows in the same order, same bytes
    assert {"empty.txt", "image.txt"} <= set(read_frame(tmp_path / "dask", "skipped")["file"])


@contextmanager
def two_workers(allowed_failures: int):
    """A LocalCluster's client; the scheduler gives a task up after its worker died ``allowed_failures`` + 1 times."""
    with dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}), \
            LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                         dashboard_address=None, silence_logs=logging.CRITICAL) as local, Client(local) as client:
        yield client


def test_a_worker_killed_mid_run_loses_and_doubles_no_rows(corpus, tmp_path):
    """The scheduler runs the dead worker's tasks again elsewhere; the export reaches it by address."""
    marker = tmp_path / "killed"
    with two_workers(allowed_failures=3) as client:
        client.register_plugin(KillOnMarkedFile(str(marker), always=False))
        on_dask = export(corpus, tmp_path / "dask", "--engine", "dask", "--scheduler", client.scheduler.address)
    assert marker.exists(), "a worker process was killed"
    assert on_dask == export(corpus, tmp_path / "local")


def test_a_file_that_kills_its_worker_every_time_is_skipped_and_the_rest_land_in_order(corpus, tmp_path):
    """Given up at once here (no retry, to keep the test short): its chunk is parsed again file by file."""
    marker, seen = tmp_path / "killed", []
    with two_workers(allowed_failures=0) as client:
        client.register_plugin(KillOnMarkedFile(str(marker), always=True))
        built = build_corpus(corpus, None, lambda done, total: seen.append((done, total)), parse=dask_parser(client))
    assert marker.exists(), "a worker process was killed"
    assert seen[-1] == (seen[-1][1], seen[-1][1]) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert dict(built.skipped.itertuples(index=False))[MARKED] == KILLED_REASON
    local = build_corpus(corpus, None)
    kept = local.documents[local.documents["file"] != MARKED].reset_index(drop=True)
    assert len(kept) == len(local.documents) - 1
    assert built.documents.equals(kept)
    for name in ("sentences", "events", "terms"):
        frame = getattr(local, name)
        assert getattr(built, name).equals(frame[frame["doc_id"] != MARKED.removesuffix(".txt")].reset_index(drop=True))


def test_with_a_cache_folder_the_clusters_chunks_go_through_the_spill_to_the_local_frames(corpus, tmp_path):
    """The client appends each chunk to the spill as the scheduler hands it back, and holds none."""
    spills = []
    with two_workers(allowed_failures=3) as client:
        parse = dask_parser(client)

        def spying(*args, spill=None, **kwargs):
            spills.append(spill)
            return parse(*args, spill=spill, **kwargs)

        built = build_corpus(corpus, tmp_path / "cache", parse=spying)
    [spill] = spills
    assert spill is not None and not spill.folder.exists()
    assert spill.typed_columns("events"), "the chunks were kept in the spill"
    local = build_corpus(corpus, None)
    for name in SNAPSHOT_FRAMES:
        pd.testing.assert_frame_equal(getattr(built, name), getattr(local, name))
