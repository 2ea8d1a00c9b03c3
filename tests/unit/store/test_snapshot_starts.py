"""Starts remembered by a snapshot: a signature of every stat a start's key follows from, kept once settled."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

import lib.store.snapshot_starts as starts_module
from lib.read.folder import scan_folder
from lib.store.snapshot import SNAPSHOT_DIR, FrameSnapshot
from lib.store.snapshot_starts import STARTS, remember_start, remembered_starts, start_signature


def _folder(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text("Alibaba opened Qwen.", encoding="utf-8")
    (root / "b.md").write_text("字节跳动发布豆包。", encoding="utf-8")
    (root / "notes.xyz").write_text("not an article", encoding="utf-8")
    return root


def _signature(root: Path, version: str = "v1") -> tuple[str, bool] | None:
    return start_signature(str(root), *scan_folder(root), version)


def _past(path: Path) -> None:
    """Change ``path``'s change time by a write of the same bytes (a new stat, the same content)."""
    path.write_bytes(path.read_bytes())


@pytest.mark.parametrize("change", [
    lambda root: _past(root / "a.txt"),                                                 # rewritten in place
    lambda root: (root / "c.txt").write_text("Tencent opened Hunyuan.", encoding="utf-8"),   # added
    lambda root: (root / "b.md").unlink(),                                              # removed
    lambda root: (root / "b.md").rename(root / "d.md"),                                 # renamed
    lambda root: (root / "metadata.csv").write_text("file,title\na.txt,Qwen\n", encoding="utf-8"),
    lambda root: (root / "other.doc").write_text("passed over", encoding="utf-8"),        # a skipped file
    lambda root: os.chmod(root / "a.txt", 0o600),                                       # only its change time
])
def test_any_change_to_the_folder_changes_the_signature(tmp_path, change):
    root = _folder(tmp_path)
    before = _signature(root)
    change(root)
    assert _signature(root) != before
    assert _signature(root) == _signature(root)


def test_the_rules_version_and_the_root_are_in_the_signature(tmp_path):
    root = _folder(tmp_path)
    assert _signature(root, "v1") != _signature(root, "v2")
    scan = scan_folder(root)
    assert start_signature(str(root), *scan, "v1") != start_signature("/elsewhere", *scan, "v1")


def test_a_signature_is_settled_only_once_every_stat_is_old_enough(tmp_path, monkeypatch):
    root = _folder(tmp_path)
    assert _signature(root)[1] is False, "files written just now are not settled"
    monkeypatch.setattr(starts_module, "SETTLED_SECONDS", -60.0)
    assert _signature(root)[1] is True


def test_a_file_without_a_stat_gives_no_signature(tmp_path):
    root = _folder(tmp_path)
    found, skipped = scan_folder(root)
    unknown = [found[0]._replace(size=-1, mtime_ns=-1, ctime_ns=-1, inode=-1), *found[1:]]
    assert start_signature(str(root), unknown, skipped, "v1") is None


@pytest.mark.parametrize("record", [None, "not json", '{"a": 1}', '["abc", 3]'])
def test_an_unreadable_record_remembers_nothing_but_its_signatures(tmp_path, record):
    if record is not None:
        (tmp_path / STARTS).write_text(record, encoding="utf-8")
    assert remembered_starts(tmp_path) == (["abc"] if record == '["abc", 3]' else [])


def test_signatures_are_remembered_once_each_and_only_the_newest_kept(tmp_path):
    for n in range(starts_module.KEPT_STARTS + 2):
        remember_start(tmp_path, f"s{n}")
        remember_start(tmp_path, f"s{n}")
    assert remembered_starts(tmp_path) == [f"s{n}" for n in range(2, starts_module.KEPT_STARTS + 2)]
    assert not list(tmp_path.glob(".*")), "no partial file is left"


def test_a_snapshot_names_the_key_a_signature_led_to(tmp_path):
    snapshot = FrameSnapshot(tmp_path)
    frames = {"documents": pd.DataFrame({"doc_id": ["a"]})}
    assert snapshot.save("snap1", frames, {"a.txt": ["k", "a"]}) and snapshot.save("snap2", frames, {})
    snapshot.remember_start("snap1", "sig1")
    snapshot.remember_start("missing", "sig2")     # no such snapshot: nothing recorded
    assert (snapshot.key_of_start("sig1"), snapshot.key_of_start("sig2")) == ("snap1", None)
    assert not (tmp_path / SNAPSHOT_DIR / "missing").exists()
    assert FrameSnapshot(None).key_of_start("sig1") is None
