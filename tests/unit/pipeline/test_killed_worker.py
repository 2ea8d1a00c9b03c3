"""Issue 10: a parse worker the kernel kills (the OOM killer's SIGKILL) costs its file, not the export.

The fault is injected the only way a test can, never a user's file: the export runs in a subprocess
whose ``lib.pipeline.article.parse_document`` is replaced before the pool forks, by one that SIGKILLs its
own worker process on the named files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from benchmarks.synthetic_corpus import article_path, write_corpus
from lib.pipeline.batches import KILLED_REASON, POOL_THRESHOLD

ROOT = Path(__file__).resolve().parents[3]
ARTICLES = POOL_THRESHOLD + 8

_EXPORT_WITH_KILLERS = """
import os, signal, sys
import lib.pipeline.article as article
from lib.__main__ import main

always, once, marker_dir = sys.argv[1].split(","), sys.argv[2].split(","), sys.argv[3]
parent, real = os.getpid(), article.parse_document

def parse_or_die(raw, *args):
    if os.getpid() != parent:
        if raw.rel_path in always:
            os.kill(os.getpid(), signal.SIGKILL)
        if raw.rel_path in once:
            try:  # only the first attempt dies, as when memory was short for a moment
                os.close(os.open(os.path.join(marker_dir, raw.rel_path.replace("/", "_")), os.O_CREAT | os.O_EXCL))
                os.kill(os.getpid(), signal.SIGKILL)
            except FileExistsError:
                pass
    return real(raw, *args)

article.parse_document = parse_or_die
sys.exit(main(sys.argv[4:]))
"""


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus"), ARTICLES)


@pytest.mark.parametrize(("always", "once"), [
    ([3], []),                 # the first chunks: every later chunk fails with the broken pool
    ([ARTICLES - 1], []),      # the last file
    ([5, 30], []),             # two killers in different chunks
    ([], [12]),                # killed once, then parses when retried alone
    ([20], [21]),              # a killer next to a file that was unlucky once
])
def test_a_killed_worker_skips_only_the_file_that_kills_it(tmp_path, corpus_dir, always, once):
    killers, unlucky = [article_path(i) for i in always], [article_path(i) for i in once]
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-c", _EXPORT_WITH_KILLERS, ",".join(killers), ",".join(unlucky), str(tmp_path),
         "export", str(corpus_dir), "--out", str(out), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr[-2000:]
    skipped = pd.read_csv(out / "skipped.csv")
    assert dict(zip(skipped["file"], skipped["reason"], strict=True)) == dict.fromkeys(killers, KILLED_REASON)
    documents = pd.read_csv(out / "documents.csv")
    landed = [article_path(i)[:-len(".txt")] for i in range(ARTICLES) if i not in always]
    assert documents["doc_id"].tolist() == landed, "every other file lands, in folder order"
    sentences = pd.read_csv(out / "sentences.csv")
    assert set(sentences["doc_id"]) == set(landed)
