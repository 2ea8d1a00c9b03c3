"""The pool that survives a killed worker: finished chunks kept, suspects retried alone, killers named."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest

from lib.pipeline.worker_pool import KILLS_BEFORE_GIVING_UP, run_surviving_kills

# Set in each worker by the pool's initializer: the items that kill their worker, and a folder
# where an item that dies only once leaves its mark.
_SETUP: dict = {}


def remember_setup(prefix: str, always: tuple[str, ...], once: tuple[str, ...], marks: str) -> None:
    _SETUP.update(prefix=prefix, always=always, once=once, marks=marks)


def label_or_die(items: list[str]) -> list[str]:
    """Each item labelled with the initializer's prefix; an item named a killer SIGKILLs its worker."""
    for item in items:
        if item in _SETUP["always"]:
            with open(Path(_SETUP["marks"]) / f"{item}.attempts", "a", encoding="utf-8") as attempts:
                attempts.write(f"{os.getpid()}\n")
            os.kill(os.getpid(), signal.SIGKILL)
        if item in _SETUP["once"]:
            try:
                os.close(os.open(Path(_SETUP["marks"]) / item, os.O_CREAT | os.O_EXCL))
                os.kill(os.getpid(), signal.SIGKILL)
            except FileExistsError:
                pass
    return [f"{_SETUP['prefix']}:{item}" for item in items]


def killed_result(item: str) -> list[str]:
    return [f"killed:{item}"]


ITEMS = ["字节跳动.txt", "baidu.txt", "alibaba.txt", "腾讯.txt", "deepseek.txt", "kuaishou.txt", "xiaohongshu.txt",
         "moonshot.txt", "zhipu.txt", "minimax.txt"]


def _run(tmp_path: Path, always=(), once=(), chunk_size: int = 2, workers: int = 2):
    chunks = [ITEMS[i:i + chunk_size] for i in range(0, len(ITEMS), chunk_size)]
    results = list(run_surviving_kills(chunks, label_or_die, killed_result, workers, remember_setup,
                                       ("ok", tuple(always), tuple(once), str(tmp_path))))
    in_order = [label for _, labels in sorted(results) for label in labels]
    return results, in_order


def test_without_kills_each_chunk_comes_back_once_at_its_first_items_position(tmp_path):
    results, in_order = _run(tmp_path)
    assert sorted(position for position, _ in results) == [0, 2, 4, 6, 8]
    assert in_order == [f"ok:{item}" for item in ITEMS]


@pytest.mark.parametrize(("always", "chunk_size", "workers"), [
    (["baidu.txt"], 2, 2),  # in the first chunk: every later chunk fails with the broken pool
    (["minimax.txt"], 3, 2),  # the last item, in a short last chunk
    (["腾讯.txt", "zhipu.txt"], 2, 2),  # two killers in different chunks
    (["alibaba.txt"], 4, 1),
])
def test_only_the_item_that_kills_its_worker_is_given_up(tmp_path, always, chunk_size, workers):
    _, in_order = _run(tmp_path, always=always, chunk_size=chunk_size, workers=workers)
    assert in_order == [f"killed:{item}" if item in always else f"ok:{item}" for item in ITEMS]


def test_an_item_killed_once_is_parsed_when_tried_again(tmp_path):
    _, in_order = _run(tmp_path, once=["deepseek.txt"])
    assert in_order == [f"ok:{item}" for item in ITEMS]
    assert (tmp_path / "deepseek.txt").exists(), "it did kill its worker once"


def test_a_killer_next_to_an_item_unlucky_once(tmp_path):
    _, in_order = _run(tmp_path, always=["kuaishou.txt"], once=["xiaohongshu.txt"])
    assert in_order == [f"killed:{item}" if item == "kuaishou.txt" else f"ok:{item}" for item in ITEMS]


def test_a_killer_is_tried_in_its_chunk_then_alone_until_given_up(tmp_path):
    _run(tmp_path, always=["moonshot.txt"])
    attempts = (tmp_path / "moonshot.txt.attempts").read_text(encoding="utf-8").split()
    assert len(attempts) == 1 + KILLS_BEFORE_GIVING_UP == 3
    assert len(set(attempts)) == len(attempts), "each attempt in a new worker"


def test_no_chunks_start_no_pool(tmp_path):
    assert list(run_surviving_kills([], label_or_die, killed_result, 2, remember_setup, ("ok", (), (), ""))) == []
