"""Snapshots: a corpus's frames as checksummed Arrow files, the newest few kept, a damaged one discarded."""

from __future__ import annotations

import hashlib
import json
import os
import time
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pytest

import lib.store.snapshot as snapshot_module
import lib.store.snapshot_stamps as stamps_module
from lib.deferred import DeferredFrame
from lib.store.snapshot import SNAPSHOT_DIR, FrameSnapshot

NAMES = ("documents", "mentions")
KEYS = {"zh/000.txt": ["key0", "d0001"], "en/001.txt": ["key1", "d0002"]}
FILES = {"zh/000.txt": [[1_700_000_000, 812], "ab" * 32], "en/001.txt": [[1_700_000_001, 640], "cd" * 32]}


def _frames() -> dict[str, pd.DataFrame]:
    documents = pd.DataFrame({"doc_id": ["d0001", "d0002"], "title": ["字节跳动发布豆包", "Alibaba opens Qwen"],
                              "n_chars": [812, 640], "date": pd.to_datetime(["2024-05-15", "2024-09-19"])})
    mentions = pd.DataFrame({"doc_id": ["d0001", "d0001", "d0002"], "company": ["ByteDance", "ByteDance", "Alibaba"],
                             "alias": ["字节跳动", "豆包", "Qwen"]})
    return {"documents": documents, "mentions": mentions}


def _saved(tmp_path: Path, key: str = "snap1", root: str = "/corpus") -> FrameSnapshot:
    snapshot = FrameSnapshot(tmp_path)
    snapshot.save(key, _frames(), KEYS, root=root, files=FILES)
    return snapshot


def _folder(tmp_path: Path, key: str = "snap1") -> Path:
    return tmp_path / SNAPSHOT_DIR / key


def test_saved_frames_load_back_equal(tmp_path):
    snapshot = _saved(tmp_path)
    loaded = snapshot.load("snap1", NAMES)
    for name, frame in _frames().items():
        pd.testing.assert_frame_equal(loaded[name], frame)
    assert snapshot.problems == []


def test_frames_written_one_at_a_time_load_back_equal(tmp_path, monkeypatch):
    """A snapshot past ``SIDE_BY_SIDE_BYTES`` (a large corpus's) is written a frame at a time: the same frames."""
    monkeypatch.setattr("lib.store.snapshot_writing.SIDE_BY_SIDE_BYTES", 0)
    loaded = _saved(tmp_path).load("snap1", NAMES)
    for name, frame in _frames().items():
        pd.testing.assert_frame_equal(loaded[name], frame)


def test_deferred_frames_come_unmade_and_read_back_equal(tmp_path):
    loaded = _saved(tmp_path).load("snap1", NAMES, deferred=["mentions"])
    assert isinstance(loaded["documents"], pd.DataFrame)
    assert isinstance(loaded["mentions"], DeferredFrame) and not loaded["mentions"].is_made
    pd.testing.assert_frame_equal(loaded["mentions"].frame(), _frames()["mentions"])


def test_a_table_asked_for_comes_back_as_the_arrow_table_it_was_and_a_missing_one_as_none(tmp_path):
    table = pa.table({"term": pa.array(["芯片", "chip", "芯片", None]).dictionary_encode()})
    snapshot = FrameSnapshot(tmp_path)
    snapshot.save("snap1", {**_frames(), "codes": table}, KEYS)
    loaded = snapshot.load("snap1", NAMES, tables=["codes", "absent"])
    assert isinstance(loaded["codes"], pa.Table) and loaded["codes"].equals(table)
    assert loaded["absent"] is None
    pd.testing.assert_frame_equal(loaded["mentions"], _frames()["mentions"])


@pytest.mark.parametrize("damage", ["flip a byte", "remove"])
def test_a_damaged_table_discards_the_snapshot_at_load(tmp_path, damage):
    snapshot = FrameSnapshot(tmp_path)
    snapshot.save("snap1", {**_frames(), "codes": pa.table({"term": pa.array(["a", "b"] * 50).dictionary_encode()})},
                  KEYS)
    path = _folder(tmp_path) / "codes.arrow"
    if damage == "remove":
        path.unlink()
    else:
        data = bytearray(path.read_bytes())
        data[len(data) // 2] ^= 0x01
        path.write_bytes(bytes(data))
    assert snapshot.load("snap1", NAMES, tables=["codes"]) is None
    assert snapshot.problems and "codes.arrow" in snapshot.problems[0]


@pytest.mark.parametrize("damage", ["flip a byte", "remove"])
def test_a_damaged_deferred_frame_discards_the_snapshot_at_load_not_at_first_read(tmp_path, damage):
    snapshot = _saved(tmp_path)
    path = _folder(tmp_path) / "mentions.arrow"
    if damage == "remove":
        path.unlink()
    else:
        data = bytearray(path.read_bytes())
        data[data.index(b"ByteDance")] ^= 0x01
        path.write_bytes(bytes(data))
    assert snapshot.load("snap1", NAMES, deferred=["mentions"]) is None
    assert snapshot.problems and "mentions.arrow" in snapshot.problems[0]


def test_a_deferred_frame_is_still_read_after_its_snapshot_is_pruned(tmp_path):
    snapshot = _saved(tmp_path)
    loaded = snapshot.load("snap1", NAMES, deferred=["mentions"])
    snapshot.save("snap2", _frames(), KEYS)
    snapshot.save("snap3", _frames(), KEYS)   # only two are kept: snap1's folder goes
    assert not _folder(tmp_path).exists()
    pd.testing.assert_frame_equal(loaded["mentions"].frame(), _frames()["mentions"])


def test_a_snapshot_holds_its_frames_keys_files_and_their_checksums(tmp_path):
    _saved(tmp_path)
    folder = _folder(tmp_path)
    assert sorted(path.name for path in folder.iterdir()) == [
        "checksums.json", "complete", "documents.arrow", "files.json", "keys.json", "mentions.arrow"]
    checksums = json.loads((folder / "checksums.json").read_text(encoding="utf-8"))
    assert sorted(checksums) == ["documents.arrow", "files.json", "keys.json", "mentions.arrow"]
    assert not list((tmp_path / SNAPSHOT_DIR).glob(".*")), "no partial folder is left"


def test_each_checksum_is_the_digest_of_its_files_bytes_taken_without_reading_the_file_back(tmp_path, monkeypatch):
    def no_reading(path, mode="r", *args, **kwargs):
        assert "r" not in mode, f"{path.name} read back while saving"
        return opened(path, mode, *args, **kwargs)

    opened = Path.open
    monkeypatch.setattr(Path, "open", no_reading)
    monkeypatch.setattr(Path, "read_bytes", lambda path: pytest.fail(f"{path.name} read back while saving"))
    _saved(tmp_path)
    monkeypatch.undo()
    folder = _folder(tmp_path)
    checksums = json.loads((folder / "checksums.json").read_text(encoding="utf-8"))
    assert checksums == {name: hashlib.sha256((folder / name).read_bytes()).hexdigest() for name in checksums}


def test_only_the_frames_asked_for_are_read(tmp_path):
    assert list(_saved(tmp_path).load("snap1", ["mentions"])) == ["mentions"]


def test_an_unknown_or_incomplete_snapshot_loads_as_none(tmp_path):
    snapshot = _saved(tmp_path)
    assert snapshot.load("other", NAMES) is None
    (_folder(tmp_path) / "complete").unlink()
    assert snapshot.load("snap1", NAMES) is None
    assert snapshot.latest(NAMES) is None
    assert snapshot.problems == []


def test_the_latest_snapshot_comes_with_its_parse_keys(tmp_path):
    snapshot = _saved(tmp_path)
    frames, keys = snapshot.latest(NAMES)
    assert keys == KEYS
    pd.testing.assert_frame_equal(frames["mentions"], _frames()["mentions"])


def _age(folder: Path, seconds: float) -> None:
    stamp = time.time() - seconds
    os.utime(folder, (stamp, stamp))


def test_the_newest_snapshot_is_the_latest_and_only_two_are_kept(tmp_path):
    snapshot = FrameSnapshot(tmp_path)
    for age, key in ((300, "oldest"), (200, "older"), (100, "newer")):
        frames = _frames()
        frames["documents"] = frames["documents"].assign(title=key)
        snapshot.save(key, frames, {key: [key, "d0001"]})
        _age(_folder(tmp_path, key), age)
    snapshot.save("newest", _frames(), KEYS)
    assert sorted(p.name for p in (tmp_path / SNAPSHOT_DIR).iterdir()) == ["newer", "newest"]
    _age(_folder(tmp_path, "newest"), 400)
    frames, keys = snapshot.latest(NAMES)
    assert keys == {"newer": ["newer", "d0001"]} and set(frames["documents"]["title"]) == {"newer"}


def test_saving_a_key_again_keeps_the_first_snapshot(tmp_path):
    snapshot = _saved(tmp_path)
    snapshot.save("snap1", {name: frame.head(0) for name, frame in _frames().items()}, {})
    assert len(snapshot.load("snap1", NAMES)["documents"]) == 2


def test_the_recorded_files_are_those_of_the_newest_snapshot_of_the_same_root(tmp_path):
    snapshot = _saved(tmp_path, "of-corpus", root="/corpus")
    _age(_folder(tmp_path, "of-corpus"), 100)
    snapshot.save("of-other", _frames(), KEYS, root="/other", files={"x.txt": [[1, 2], "ef" * 32]})
    assert snapshot.recorded_files("/corpus") == FILES
    assert snapshot.recorded_files("/other") == {"x.txt": [[1, 2], "ef" * 32]}
    assert snapshot.recorded_files("/elsewhere") == {}
    assert FrameSnapshot(tmp_path / "empty").recorded_files("/corpus") == {}


@pytest.mark.parametrize(("name", "problem"), [
    ("documents.arrow", "documents.arrow fails its checksum"),
    ("keys.json", "keys.json fails its checksum"),
    ("checksums.json", "checksums.json is missing or unreadable (JSONDecodeError)"),
])
def test_a_changed_file_discards_the_whole_snapshot_and_says_why(tmp_path, name, problem):
    snapshot = _saved(tmp_path)
    path = _folder(tmp_path) / name
    data = bytearray(path.read_bytes())
    data[0] ^= 0x01  # '{' becomes 'z', 'A' of ARROW1 becomes '@'
    path.write_bytes(bytes(data))
    assert snapshot.load("snap1", NAMES) is None
    assert not _folder(tmp_path).exists()
    assert snapshot.problems == [f"snapshot snap1: {problem}; discarded and rebuilt"]


def test_a_missing_frame_discards_the_snapshot(tmp_path):
    snapshot = _saved(tmp_path)
    (_folder(tmp_path) / "mentions.arrow").unlink()
    assert snapshot.latest(NAMES) is None
    assert snapshot.problems == ["snapshot snap1: mentions.arrow is missing or unreadable; discarded and rebuilt"]


def test_a_file_matching_a_forged_checksum_must_still_be_a_valid_arrow_table(tmp_path):
    snapshot = _saved(tmp_path)
    folder = _folder(tmp_path)
    forged = b"ARROW1 but not really"
    (folder / "documents.arrow").write_bytes(forged)
    checksums = json.loads((folder / "checksums.json").read_text(encoding="utf-8"))
    checksums["documents.arrow"] = hashlib.sha256(forged).hexdigest()
    (folder / "checksums.json").write_text(json.dumps(checksums), encoding="utf-8")
    assert snapshot.load("snap1", NAMES) is None
    assert "documents.arrow is not a valid Arrow table" in snapshot.problems[0]


def test_checksums_that_are_not_a_map_of_digests_discard_the_snapshot(tmp_path):
    snapshot = _saved(tmp_path)
    (_folder(tmp_path) / "checksums.json").write_text('["documents.arrow"]', encoding="utf-8")
    assert snapshot.recorded_files("/corpus") == {}
    assert snapshot.problems == [
        "snapshot snap1: checksums.json is not a map of file names to digests; discarded and rebuilt"]


def test_without_a_folder_nothing_is_kept(tmp_path):
    snapshot = FrameSnapshot(None)
    snapshot.save("snap1", _frames(), KEYS)
    assert snapshot.load("snap1", NAMES) is None and snapshot.latest(NAMES) is None
    assert snapshot.recorded_files("/corpus") == {}


def test_a_frame_arrow_cannot_hold_leaves_no_snapshot_behind(tmp_path):
    frames = _frames() | {"mentions": pd.DataFrame({"mixed": [object(), 1]})}
    snapshot = FrameSnapshot(tmp_path)
    snapshot.save("snap1", frames, KEYS)
    assert snapshot.load("snap1", NAMES) is None
    assert list((tmp_path / SNAPSHOT_DIR).iterdir()) == []


def test_a_frame_comes_back_with_each_column_in_one_chunk(tmp_path):
    # Arrow writes batches of 64K rows unless told otherwise; joining them on load copied the whole corpus.
    many = pd.DataFrame({"doc_id": [f"d{i % 997:04d}" for i in range(70_000)], "count": range(70_000)})
    snapshot = FrameSnapshot(tmp_path)
    snapshot.save("big", {"terms": many}, {})
    loaded = snapshot.load("big", ["terms"])["terms"]
    pd.testing.assert_frame_equal(loaded, many)
    assert loaded["doc_id"].array._pa_array.num_chunks == 1


def _settled_at_once(monkeypatch) -> None:
    monkeypatch.setattr(stamps_module, "SETTLED_SECONDS", 0.0)
    time.sleep(0.05)  # past the file system clock's tick of the files just written


def test_frames_checked_in_full_are_trusted_by_their_stamp_afterwards(tmp_path, monkeypatch):
    snapshot = _saved(tmp_path)
    _settled_at_once(monkeypatch)
    snapshot.load("snap1", NAMES)
    assert sorted(json.loads((_folder(tmp_path) / "stamps.json").read_text(encoding="utf-8"))) == [
        "documents.arrow", "mentions.arrow"]
    monkeypatch.setattr(snapshot_module, "_file_digest", lambda path: pytest.fail(f"{path.name} hashed again"))
    loaded = FrameSnapshot(tmp_path).load("snap1", NAMES)
    for name, frame in _frames().items():
        pd.testing.assert_frame_equal(loaded[name], frame)


def test_a_frame_changed_after_its_stamp_was_kept_is_checked_in_full_and_discarded(tmp_path, monkeypatch):
    snapshot = _saved(tmp_path)
    _settled_at_once(monkeypatch)
    snapshot.load("snap1", NAMES)
    time.sleep(0.05)
    path = _folder(tmp_path) / "mentions.arrow"
    data = bytearray(path.read_bytes())
    data[data.index(b"ByteDance")] ^= 0x01  # the same size, a valid table still: only the digest tells
    path.write_bytes(bytes(data))
    assert snapshot.load("snap1", NAMES) is None
    assert snapshot.problems == ["snapshot snap1: mentions.arrow fails its checksum; discarded and rebuilt"]


def test_files_changed_just_now_get_no_stamp(tmp_path):
    snapshot = _saved(tmp_path)
    assert snapshot.load("snap1", NAMES) is not None
    assert not (_folder(tmp_path) / "stamps.json").exists()


@pytest.mark.parametrize("record", ["not json", '["documents.arrow"]', '{"documents.arrow": [1, 2, 3, 4]}'])
def test_an_unreadable_or_wrong_stamp_record_means_a_full_check(tmp_path, monkeypatch, record):
    _saved(tmp_path)
    (_folder(tmp_path) / "stamps.json").write_text(record, encoding="utf-8")
    hashed = []
    digest = snapshot_module._file_digest
    monkeypatch.setattr(snapshot_module, "_file_digest", lambda path: hashed.append(path.name) or digest(path))
    assert FrameSnapshot(tmp_path).load("snap1", NAMES) is not None   # the next start
    assert hashed == ["documents.arrow", "mentions.arrow"]


def test_a_snapshot_read_back_by_the_object_that_wrote_it_is_not_checked_again(tmp_path, monkeypatch):
    """What it wrote it digested as it wrote: unchanged since, it is read without hashing every byte again;
    changed since, it is checked in full, found damaged and discarded."""
    writer = FrameSnapshot(tmp_path)
    assert writer.save("k", {"events": pd.DataFrame({"doc_id": ["d1"], "sent_id": [0]})}, {"a.txt": ["key", "d1"]})
    hashed = []
    real = snapshot_module._file_digest
    monkeypatch.setattr(snapshot_module, "_file_digest", lambda path: hashed.append(path.name) or real(path))
    assert writer.load("k", ["events"])["events"]["doc_id"].tolist() == ["d1"]
    assert hashed == []
    assert FrameSnapshot(tmp_path).load("k", ["events"]) is not None and hashed == ["events.arrow"]
    [path] = (tmp_path / SNAPSHOT_DIR).glob("k/events.arrow")
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    assert writer.load("k", ["events"]) is None and any("fails its checksum" in p for p in writer.problems)
