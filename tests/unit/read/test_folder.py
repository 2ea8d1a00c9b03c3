"""Reading a corpus folder: which files become articles, which are skipped and why."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from lib.parse.html_text import html_to_text
from lib.read.decoding import UndecodableError, decode_text
from lib.read.folder import MAX_FILE_BYTES, RawFile, SkippedFile, fingerprint, list_article_paths, read_folder
from tests.corpus_factory import EXPECTED_OUTCOMES, IGNORED, SMALL_LIMIT


def _outcomes(root: Path) -> dict[str, tuple[str, str]]:
    """What the pipeline would make of each file: ("text", text) or ("skip", reason)."""
    files, skipped = read_folder(root, max_bytes=SMALL_LIMIT)
    outcomes = {item.file: ("skip", item.reason) for item in skipped}
    for raw in files:
        try:
            text = decode_text(raw.data)
        except UndecodableError as error:
            outcomes[raw.rel_path] = ("skip", str(error))
            continue
        if raw.rel_path.endswith((".html", ".htm")):
            text = html_to_text(text)[1]
        outcomes[raw.rel_path] = ("text", text)
    return outcomes


@pytest.mark.parametrize("name", sorted(EXPECTED_OUTCOMES))
def test_each_file_of_the_messy_corpus_has_the_expected_outcome(messy_corpus, name):
    kind, expected = EXPECTED_OUTCOMES[name]
    found_kind, found = _outcomes(messy_corpus)[name]
    assert found_kind == kind
    if kind == "text":
        assert expected in found
        assert "\r" not in found and "\ufeff" not in found
    else:
        assert found.startswith(expected)


def test_every_file_is_accounted_for_and_ignored_files_are_silent(messy_corpus):
    outcomes = _outcomes(messy_corpus)
    assert set(outcomes) == set(EXPECTED_OUTCOMES)
    for name in IGNORED:
        assert name not in outcomes


def test_html_outcome_drops_scripts_and_page_furniture(messy_corpus):
    text = _outcomes(messy_corpus)["page.html"][1]
    for junk in ("alert", "INJECTED", "font-family", "Home", "TechDaily", "Enable JavaScript", "Related:"):
        assert junk not in text


def test_read_folder_is_sorted_and_sizes_match(messy_corpus):
    files, skipped = read_folder(messy_corpus, max_bytes=SMALL_LIMIT)
    assert [raw.rel_path for raw in files] == sorted(raw.rel_path for raw in files)
    assert all(isinstance(raw, RawFile) and raw.size == len(raw.data) for raw in files)
    assert all(isinstance(raw.mtime, float) for raw in files)
    assert all(isinstance(item, SkippedFile) for item in skipped)


def test_default_limit_reads_the_big_file(messy_corpus):
    files, _ = read_folder(messy_corpus)
    assert "big.txt" in {raw.rel_path for raw in files}
    assert MAX_FILE_BYTES == 5_000_000


def test_too_large_reason_names_both_sizes(messy_corpus):
    _, skipped = read_folder(messy_corpus, max_bytes=SMALL_LIMIT)
    reason = next(item.reason for item in skipped if item.file == "big.txt")
    assert reason == "too large (6.6 KB > 4.0 KB limit)"


def test_list_article_paths_is_recursive_and_skips_the_same_files(messy_corpus):
    paths, skipped = list_article_paths(messy_corpus)
    names = [path.relative_to(messy_corpus).as_posix() for path in paths]
    assert "sub/deeper/iflytek.htm" in names
    assert "empty.txt" in names  # emptiness is read_folder's business
    assert {item.file for item in skipped} == {"report.xlsx", "notes", "leak.txt", "dangling.txt"}


def test_symlink_inside_the_folder_is_read(messy_corpus):
    (messy_corpus / "alias.txt").symlink_to(messy_corpus / "glm4.md")
    files, skipped = read_folder(messy_corpus)
    assert "alias.txt" in {raw.rel_path for raw in files}
    assert "alias.txt" not in {item.file for item in skipped}


def test_missing_root_raises_a_clear_error(tmp_path):
    missing = tmp_path / "no_such_corpus"
    with pytest.raises(FileNotFoundError, match="corpus folder not found: .*no_such_corpus"):
        read_folder(missing)
    with pytest.raises(FileNotFoundError):
        fingerprint(missing)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_is_skipped_not_raised(messy_corpus):
    locked = messy_corpus / "locked.txt"
    locked.write_text("Secret.", encoding="utf-8")
    locked.chmod(0)
    try:
        _, skipped = read_folder(messy_corpus)
    finally:
        locked.chmod(0o644)
    assert {item.file: item.reason for item in skipped}["locked.txt"].startswith("unreadable: ")


def test_permission_error_while_reading_is_a_skip_reason(messy_corpus, monkeypatch):
    real_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "glm4.md":
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    files, skipped = read_folder(messy_corpus)
    assert {item.file: item.reason for item in skipped}["glm4.md"] == "unreadable: Permission denied"
    assert "glm4.md" not in {raw.rel_path for raw in files}


def test_fingerprint_is_stable_when_nothing_changes(messy_corpus):
    assert fingerprint(messy_corpus) == fingerprint(messy_corpus)


def _touch_later(path: Path) -> None:
    info = path.stat()
    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns + 1_000_000_000))


@pytest.mark.parametrize("change", [
    lambda root: (root / "new.txt").write_text("A new article.", encoding="utf-8"),
    lambda root: (root / "glm4.md").write_text("Edited.", encoding="utf-8"),
    lambda root: _touch_later(root / "glm4.md"),
    lambda root: (root / "glm4.md").unlink(),
    lambda root: (root / "sub" / "deeper" / "iflytek.htm").unlink(),
    lambda root: (root / "metadata.csv").write_text("file,title\nglm4.md,GLM\n", encoding="utf-8"),
    lambda root: (root / "gazetteer.csv").write_text("entity,kind,company,aliases\nX,company,,X\n",
                                                     encoding="utf-8"),
    lambda root: (root / "slides.pptx").write_bytes(b"PK"),
], ids=["add", "edit", "touch", "remove", "remove-nested", "metadata", "rule-file", "add-skipped"])
def test_fingerprint_changes_when_the_folder_changes(messy_corpus, change):
    before = fingerprint(messy_corpus)
    change(messy_corpus)
    assert fingerprint(messy_corpus) != before


def test_fingerprint_ignores_hidden_files(messy_corpus):
    before = fingerprint(messy_corpus)
    (messy_corpus / ".DS_Store").write_bytes(b"\x00\x01")
    (messy_corpus / ".trash" / "another.txt").write_text("x", encoding="utf-8")
    assert fingerprint(messy_corpus) == before


def _memory_maps() -> int:
    return len(Path("/proc/self/maps").read_text().splitlines())


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="counts Linux memory maps")
def test_reading_many_files_does_not_keep_a_memory_map_per_file(tmp_path):
    # Linux allows a process 65,530 maps: at 100,000 articles, a map kept per file stopped every
    # later allocation (the pool's semaphores, Dask's buffers) with "Cannot allocate memory".
    for part in range(3):
        folder = tmp_path / f"part_{part}"
        folder.mkdir()
        for index in range(1000):
            (folder / f"article_{index}.txt").write_text(f"Article {part}-{index}. " * 200, encoding="utf-8")
    before = _memory_maps()
    files, skipped = read_folder(tmp_path)
    assert len(files) == 3000 and not skipped
    assert _memory_maps() - before < 300


class _StatBeforeGrowth(type(Path())):
    """A path whose stat() reports the size the file had before something appended to it."""

    def stat(self, *, follow_symlinks=True):
        real = super().stat(follow_symlinks=follow_symlinks)
        return os.stat_result((*real[:6], 10, *real[7:]))


@pytest.mark.parametrize(("size", "reads_whole"), [(40, True), (SMALL_LIMIT + 50, False)])
def test_a_file_that_grew_since_stat_is_read_whole_or_skipped_past_the_limit(tmp_path, size, reads_whole):
    from lib.read.folder import _read_one

    path = tmp_path / "growing.txt"
    path.write_bytes(b"x" * size)
    outcome = _read_one(_StatBeforeGrowth(path), "growing.txt", SMALL_LIMIT)
    if reads_whole:
        assert isinstance(outcome, RawFile) and outcome.data == b"x" * size
    else:
        assert isinstance(outcome, SkippedFile) and outcome.reason.startswith("too large")
