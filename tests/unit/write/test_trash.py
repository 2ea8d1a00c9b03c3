"""The corpus's trash: a file moved in under its path, listed, and restored without overwriting."""

from __future__ import annotations

import pytest

from lib.read.folder import fingerprint, read_folder
from lib.write.corpus_files import UnsafePathError
from lib.write.trash import list_trash, restore_file, trash_file
from tests.unit.write.conftest import temp_files_in


def test_trash_and_restore_round_trip(seeds_copy):
    (seeds_copy / "sub").mkdir()
    (seeds_copy / "sub" / "a.txt").write_text("Tencent Hunyuan\n")
    before = fingerprint(seeds_copy)
    assert trash_file(seeds_copy, "sub/a.txt") == ".trash/sub/a.txt"
    assert fingerprint(seeds_copy) != before
    assert "sub/a.txt" not in [f.rel_path for f in read_folder(seeds_copy)[0]]
    [trashed] = list_trash(seeds_copy)
    assert (trashed.trash_path, trashed.original, trashed.size) == ("sub/a.txt", "sub/a.txt", 16)
    assert restore_file(seeds_copy, "sub/a.txt") == "sub/a.txt"
    assert (seeds_copy / "sub" / "a.txt").read_text() == "Tencent Hunyuan\n"
    assert list_trash(seeds_copy) == []
    assert fingerprint(seeds_copy) == before  # same name, size and mtime: the same corpus again
    assert temp_files_in(seeds_copy) == []


def test_trash_numbers_clashes_and_restore_never_overwrites(tmp_path):
    for content in ("first", "second"):
        (tmp_path / "a.txt").write_text(content)
        trash_file(tmp_path, "a.txt")
    assert [(t.trash_path, t.original) for t in list_trash(tmp_path)] == [("a.txt", "a.txt"), ("a~2.txt", "a.txt")]
    (tmp_path / "a.txt").write_text("third")
    assert restore_file(tmp_path, "a~2.txt") == "a-2.txt"
    assert restore_file(tmp_path, "a.txt") == "a-3.txt"
    assert {p.name: p.read_text() for p in tmp_path.glob("*.txt")} == {
        "a.txt": "third", "a-2.txt": "second", "a-3.txt": "first"}


@pytest.mark.parametrize("rel", ["../x.txt", ".trash/a.txt", "missing.txt", "sub"])
def test_trash_refuses_what_it_cannot_move(tmp_path, rel):
    (tmp_path / "sub").mkdir()
    (tmp_path / ".trash").mkdir()
    (tmp_path / ".trash" / "a.txt").write_text("x")
    with pytest.raises(UnsafePathError):
        trash_file(tmp_path, rel)


def test_restore_refuses_paths_outside_the_trash(tmp_path):
    (tmp_path / "a.txt").write_text("x")
    for rel in ("../a.txt", "missing.txt"):
        with pytest.raises(UnsafePathError):
            restore_file(tmp_path, rel)
