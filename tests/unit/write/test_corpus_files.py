"""Writing to a corpus folder: paths stay inside, writes are atomic, a new file never overwrites."""

from __future__ import annotations

import os

import pytest

from lib.write.corpus_files import UnsafePathError, create_file, path_inside, replace_file
from tests.unit.write.conftest import temp_files_in


@pytest.mark.parametrize("rel", ["../x.txt", "/etc/passwd", "a/../../x.txt", "", ".", "x\0.txt"])
def test_path_inside_refuses_paths_that_leave_the_folder(tmp_path, rel):
    with pytest.raises(UnsafePathError):
        path_inside(tmp_path, rel)


def test_path_inside_refuses_a_folder_link_that_leaves(tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    root = tmp_path / "root"
    root.mkdir()
    (root / "link").symlink_to(outside)
    with pytest.raises(UnsafePathError, match="outside"):
        path_inside(root, "link/x.txt")
    assert path_inside(root, "sub/x.txt") == root.resolve() / "sub" / "x.txt"


def test_replace_file_is_atomic_and_leaves_no_temp(tmp_path):
    target = tmp_path / "metadata.csv"
    target.write_text("old")
    replace_file(target, b"new")
    assert target.read_text() == "new" and temp_files_in(tmp_path) == []


def test_a_failed_replace_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "metadata.csv"
    target.write_text("old")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        replace_file(target, b"new")
    assert target.read_text() == "old" and temp_files_in(tmp_path) == []


def test_create_file_never_overwrites(tmp_path):
    target = tmp_path / "a.txt"
    create_file(target, b"first")
    with pytest.raises(FileExistsError):
        create_file(target, b"second")
    assert target.read_bytes() == b"first" and temp_files_in(tmp_path) == []
