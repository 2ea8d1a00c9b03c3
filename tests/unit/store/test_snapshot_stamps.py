"""Snapshot stamps: a file's stat as recorded after its full check, read back, and kept only once settled."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

import lib.store.snapshot_stamps as stamps_module
from lib.store.snapshot_stamps import STAMPS, file_stamp, record_stamps, recorded_stamps


def _written(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def test_a_files_stamp_is_its_inode_size_and_times(tmp_path):
    path = _written(tmp_path, "documents.arrow", "字节跳动发布豆包 / Alibaba opens Qwen".encode())
    info = os.stat(path)
    assert file_stamp(path) == [info.st_ino, info.st_size, info.st_mtime_ns, info.st_ctime_ns]
    assert file_stamp(tmp_path / "missing.arrow") is None


@pytest.mark.parametrize(("record", "expected"), [
    (None, {}),                                                    # no record yet
    ("not json", {}),
    ('["documents.arrow"]', {}),                                   # not a map
    ('{"documents.arrow": [1, 2, 3, 4]}', {"documents.arrow": [1, 2, 3, 4]}),
])
def test_recorded_stamps_are_a_map_or_nothing(tmp_path, record, expected):
    if record is not None:
        (tmp_path / STAMPS).write_text(record, encoding="utf-8")
    assert recorded_stamps(tmp_path) == expected


def test_files_changed_just_now_get_no_stamp(tmp_path):
    _written(tmp_path, "mentions.arrow", b"ByteDance")
    record_stamps(tmp_path, ["mentions.arrow"], {})
    assert not (tmp_path / STAMPS).exists()


def test_settled_files_are_recorded_with_the_stamps_kept_before(tmp_path, monkeypatch):
    monkeypatch.setattr(stamps_module, "SETTLED_SECONDS", 0.0)
    documents = _written(tmp_path, "documents.arrow", "小米发布新机".encode())
    mentions = _written(tmp_path, "mentions.arrow", b"Xiaomi")
    time.sleep(0.05)  # past the file system clock's tick of the files just written
    record_stamps(tmp_path, ["documents.arrow", "mentions.arrow", "missing.arrow"], {"old.arrow": [1, 2, 3, 4]})
    assert json.loads((tmp_path / STAMPS).read_text(encoding="utf-8")) == {
        "old.arrow": [1, 2, 3, 4], "documents.arrow": file_stamp(documents), "mentions.arrow": file_stamp(mentions)}
    assert recorded_stamps(tmp_path) == json.loads((tmp_path / STAMPS).read_text(encoding="utf-8"))


def test_an_unchanged_record_is_not_written_again(tmp_path, monkeypatch):
    monkeypatch.setattr(stamps_module, "SETTLED_SECONDS", 0.0)
    path = _written(tmp_path, "documents.arrow", b"Tencent")
    time.sleep(0.05)
    monkeypatch.setattr(Path, "write_text", lambda *args, **kwargs: pytest.fail("the record was written again"))
    record_stamps(tmp_path, ["documents.arrow"], {"documents.arrow": file_stamp(path)})


def test_a_read_only_cache_leaves_no_partial_record(tmp_path, monkeypatch):
    monkeypatch.setattr(stamps_module, "SETTLED_SECONDS", 0.0)
    _written(tmp_path, "documents.arrow", b"Baidu")
    time.sleep(0.05)

    def refused(self, target):
        raise PermissionError(target)

    monkeypatch.setattr(Path, "replace", refused)
    record_stamps(tmp_path, ["documents.arrow"], {})
    assert sorted(path.name for path in tmp_path.iterdir()) == ["documents.arrow"]
