"""Saving uploads into a corpus folder: safe names, size limits, zip handling, duplicates, atomic writes."""

from __future__ import annotations

import io
import os
import stat
import zipfile
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.read.folder import SUFFIXES, read_folder
from lib.write import uploads
from lib.write.uploads import (
    DUPLICATE,
    MAX_NAME_BYTES,
    REJECTED,
    SAVED,
    RejectedName,
    safe_file_name,
    safe_numbered,
    save_uploads,
)

ARTICLE = b"Moonshot AI launches Kimi\n\nMoonshot AI released Kimi on July 11, 2025.\n"
OTHER = "百度发布文心一言\n\n2024年4月16日，百度宣布文心一言用户数突破2亿。\n".encode()


def _zip(members: dict[str, bytes], compression=zipfile.ZIP_DEFLATED) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _by_status(outcomes, status):
    return [o for o in outcomes if o.status == status]


def _files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file() or p.is_symlink()}


# --- names -------------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "expected"), [
    ("report.txt", "report.txt"),
    ("Report.TXT", "Report.txt"),
    ("../../etc/evil.txt", "evil.txt"),
    ("C:\\Users\\me\\报告.txt", "报告.txt"),
    ("字节跳动 豆包 发布.md", "字节跳动 豆包 发布.md"),
    ("a\x00b\x1fc.html", "abc.html"),
    ("tab\tand  spaces.txt", "tab and spaces.txt"),
    ("<script>alert(1)</script>.html", "script.html"),
    ("<img src=x onerror=alert(1)>.html", "img src_x onerror_alert(1).html"),
    ("what?*|:.htm", "what.htm"),
    ("???.txt", "upload.txt"),
    ("stopwords_en.txt", "stopwords_en_article.txt"),
    ("phrases.txt", "phrases_article.txt"),
    ("CON.txt", "CON_article.txt"),
    ("file\u202egnp.txt", "filegnp.txt"),  # right-to-left override removed
])
def test_safe_file_name(name, expected):
    assert safe_file_name(name) == expected


@pytest.mark.parametrize(("name", "reason"), [
    (".hidden.txt", "hidden"),
    ("dir/.env.txt", "hidden"),
    ("..", "hidden"),
    ("", "no file name"),
    ("\x00\x01", "no file name"),
    ("report.xlsx", "unsupported type .xlsx"),
    ("notes", "no extension"),
    ("archive.tar.gz", "unsupported type .gz"),
    ("metadata.csv", "unsupported type .csv"),
])
def test_safe_file_name_rejects(name, reason):
    with pytest.raises(RejectedName, match=reason):
        safe_file_name(name)


def test_long_names_are_cut_to_the_byte_limit_and_keep_the_suffix():
    name = safe_file_name("字" * 300 + ".html")
    assert len(name.encode()) <= MAX_NAME_BYTES and name.endswith(".html")
    numbered = safe_numbered(name, 12)
    assert len(numbered.encode()) <= MAX_NAME_BYTES and numbered.endswith("-12.html")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=300) | st.builds(lambda a, b: a + b, st.text(max_size=100), st.sampled_from(SUFFIXES)))
def test_sanitised_names_are_always_safe(tmp_path_factory, name):
    try:
        safe = safe_file_name(name)
    except RejectedName:
        return
    assert "/" not in safe and "\\" not in safe and "\0" not in safe
    assert not any(ord(char) < 32 or 0x7F <= ord(char) < 0xA0 for char in safe)
    assert not safe.startswith(".") and ".." not in PurePosixPath(safe).parts
    assert PurePosixPath(safe).suffix in SUFFIXES
    assert len(safe.encode()) <= MAX_NAME_BYTES
    root = tmp_path_factory.getbasetemp().resolve()
    assert (root / safe).resolve().parent == root


# --- saving ------------------------------------------------------------------------------------


def test_saves_a_new_file_and_reports_its_name(tmp_path):
    [outcome] = save_uploads(tmp_path, [("Kimi 发布.txt", ARTICLE)])
    assert (outcome.status, outcome.detail) == (SAVED, "Kimi 发布.txt")
    assert outcome.message() == "saved as Kimi 发布.txt"
    assert (tmp_path / "Kimi 发布.txt").read_bytes() == ARTICLE
    assert _files(tmp_path) == {"Kimi 发布.txt"}  # no temp file left behind


def test_a_taken_name_gets_a_number_and_nothing_is_overwritten(tmp_path):
    (tmp_path / "news.txt").write_bytes(OTHER)
    [outcome] = save_uploads(tmp_path, [("news.txt", ARTICLE)])
    assert (outcome.status, outcome.detail) == (SAVED, "news-2.txt")
    assert (tmp_path / "news.txt").read_bytes() == OTHER
    assert (tmp_path / "news-2.txt").read_bytes() == ARTICLE


def test_the_same_content_is_a_duplicate_of_the_existing_file(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "kimi.txt").write_bytes(ARTICLE)
    [outcome] = save_uploads(tmp_path, [("renamed.txt", ARTICLE)])
    assert (outcome.status, outcome.detail) == (DUPLICATE, "sub/kimi.txt")
    assert outcome.message() == "duplicate of sub/kimi.txt"
    assert _files(tmp_path) == {"sub/kimi.txt"}


def test_duplicates_within_one_batch_are_saved_once(tmp_path):
    outcomes = save_uploads(tmp_path, [("a.txt", ARTICLE), ("b.md", OTHER), ("c.txt", ARTICLE)])
    assert [o.status for o in outcomes] == [SAVED, SAVED, DUPLICATE]
    assert outcomes[2].detail == "a.txt"
    assert _files(tmp_path) == {"a.txt", "b.md"}


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"),
    (b"  \n\n ", "empty file"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "not text"),
])
def test_unusable_content_is_rejected(tmp_path, data, reason):
    [outcome] = save_uploads(tmp_path, [("x.txt", data)])
    assert outcome.status == REJECTED and outcome.detail.startswith(reason)
    assert _files(tmp_path) == set()


def test_a_file_over_the_size_limit_is_rejected(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 100)
    [outcome] = save_uploads(tmp_path, [("big.txt", b"Huawei Pangu. " * 20)])
    assert outcome.status == REJECTED and "too large" in outcome.detail


def test_saved_files_are_read_as_articles(tmp_path):
    save_uploads(tmp_path, [("a.txt", ARTICLE), ("b.html", b"<html><title>T</title><p>Tencent</p></html>")])
    files, skipped = read_folder(tmp_path)
    assert [f.rel_path for f in files] == ["a.txt", "b.html"] and skipped == []


def test_a_failed_write_leaves_no_temp_file(tmp_path, monkeypatch):
    def fail(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "link", fail)
    monkeypatch.setattr(os, "replace", fail)
    [outcome] = save_uploads(tmp_path, [("a.txt", ARTICLE)])
    assert outcome.status == REJECTED and "No space left" in outcome.detail
    assert list(tmp_path.iterdir()) == []


# --- zip archives ------------------------------------------------------------------------------


def test_zip_members_are_saved_flat_and_reported_by_member(tmp_path):
    data = _zip({"reports/2024/kimi.txt": ARTICLE, "reports/baidu.md": OTHER})
    outcomes = save_uploads(tmp_path, [("batch.zip", data)])
    assert [(o.upload, o.status, o.detail) for o in outcomes] == [
        ("batch.zip › reports/2024/kimi.txt", SAVED, "kimi.txt"),
        ("batch.zip › reports/baidu.md", SAVED, "baidu.md"),
    ]
    assert _files(tmp_path) == {"kimi.txt", "baidu.md"}


def test_same_name_in_two_zip_folders_gets_a_number(tmp_path):
    outcomes = save_uploads(tmp_path, [("x.zip", _zip({"a/index.html": ARTICLE, "b/index.html": OTHER}))])
    assert [o.detail for o in outcomes] == ["index.html", "index-2.html"]


@pytest.mark.parametrize(("member", "reason"), [
    ("../../evil.txt", "outside the archive"),
    ("a/../../evil.txt", "outside the archive"),
    ("/etc/evil.txt", "absolute path"),
    ("C:\\Windows\\evil.txt", "absolute path"),
    ("..\\..\\evil.txt", "outside the archive"),
])
def test_unsafe_zip_members_are_rejected_and_nothing_leaves_the_folder(tmp_path, member, reason):
    root = tmp_path / "corpus"
    root.mkdir()
    outcomes = save_uploads(root, [("evil.zip", _zip({member: ARTICLE, "ok.txt": OTHER}))])
    assert [(o.status, reason in o.detail) for o in outcomes] == [(REJECTED, True), (SAVED, False)]
    assert _files(tmp_path) == {"corpus/ok.txt"}


def test_hidden_members_folders_links_and_macos_forks_are_ignored(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("folder/", b"")
        archive.writestr("__MACOSX/._a.txt", b"resource fork")
        archive.writestr(".hidden.txt", ARTICLE)
        archive.writestr("docs/.DS_Store", b"x")
        link = zipfile.ZipInfo("link.txt")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        archive.writestr(link, "/etc/passwd")
        archive.writestr("./real.txt", ARTICLE)
    outcomes = save_uploads(tmp_path, [("mac.zip", buffer.getvalue())])
    assert [(o.status, o.detail) for o in outcomes] == [(SAVED, "real.txt")]


def test_a_zip_with_too_many_members_is_rejected_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_ZIP_MEMBERS", 3)
    data = _zip({f"{n}.txt": ARTICLE + str(n).encode() for n in range(4)})
    [outcome] = save_uploads(tmp_path, [("many.zip", data)])
    assert outcome.status == REJECTED and "over the limit of 3" in outcome.detail
    assert _files(tmp_path) == set()


def test_a_zip_that_unpacks_too_large_is_rejected_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_ZIP_TOTAL_BYTES", 150)
    [outcome] = save_uploads(tmp_path, [("big.zip", _zip({"a.txt": ARTICLE, "b.txt": OTHER}))])
    assert outcome.status == REJECTED and "unpacks to" in outcome.detail


def test_an_oversized_member_is_rejected_without_reading_it(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 100)
    outcomes = save_uploads(tmp_path, [("x.zip", _zip({"big.txt": ARTICLE * 3, "small.txt": b"Tencent Hunyuan"}))])
    assert [(o.status, o.detail.split(" (")[0]) for o in outcomes] == [(REJECTED, "too large"), (SAVED, "small.txt")]


def test_a_zip_bomb_member_is_rejected(tmp_path):
    bomb = _zip({"bomb.txt": b"a" * 3_000_000})
    assert len(bomb) < 20_000
    [outcome] = save_uploads(tmp_path, [("bomb.zip", bomb)])
    assert outcome.status == REJECTED and "zip bomb" in outcome.detail


def test_duplicate_content_in_a_zip_and_in_the_folder(tmp_path):
    (tmp_path / "kimi.txt").write_bytes(ARTICLE)
    outcomes = save_uploads(tmp_path, [("x.zip", _zip({"copy.txt": ARTICLE, "new.txt": OTHER, "again.txt": OTHER}))])
    assert [(o.status, o.detail) for o in outcomes] == [
        (DUPLICATE, "kimi.txt"), (SAVED, "new.txt"), (DUPLICATE, "new.txt")]


@pytest.mark.parametrize(("data", "reason"), [
    (b"PK\x03\x04 not really a zip", "not a readable zip"),
    (_zip({}), "no files in the archive"),
    (_zip({"inner.zip": _zip({"a.txt": ARTICLE})}), "unsupported type .zip"),
])
def test_unusable_archives_are_rejected(tmp_path, data, reason):
    outcomes = save_uploads(tmp_path, [("x.zip", data)])
    assert [o.status for o in outcomes] == [REJECTED] and reason in outcomes[0].detail


def test_stored_uncompressed_members_work(tmp_path):
    outcomes = save_uploads(tmp_path, [("x.zip", _zip({"a.txt": ARTICLE}, zipfile.ZIP_STORED))])
    assert [o.status for o in outcomes] == [SAVED]


def _memory_maps() -> int:
    return len(Path("/proc/self/maps").read_text().splitlines())


@pytest.mark.skipif(not Path("/proc/self/maps").exists(), reason="counts Linux memory maps")
def test_unpacking_many_members_does_not_keep_a_memory_map_per_member(tmp_path):
    # The folder reader's lesson (lib/read/folder.py): a read sized to the limit kept a 5 MB map
    # per file and at Linux's 65,530 maps every later allocation failed.
    data = _zip({f"{n}.txt": f"Article {n}. ".encode() * 200 for n in range(1500)})
    before = _memory_maps()
    members = uploads.archive_members("many.zip", data)
    assert len(members) == 1500 and all(isinstance(member, tuple) for member in members)
    assert _memory_maps() - before < 300


def test_a_member_is_read_by_its_declared_size_not_by_the_limit(monkeypatch):
    requested = []
    real_open = zipfile.ZipFile.open

    def spying_open(self, *args, **kwargs):
        member = real_open(self, *args, **kwargs)
        real_read = member.read
        member.read = lambda n=-1: requested.append(n) or real_read(n)
        return member

    monkeypatch.setattr(zipfile.ZipFile, "open", spying_open)
    [(_, _, content)] = uploads.archive_members("x.zip", _zip({"a.txt": ARTICLE}))
    assert content == ARTICLE and requested and max(requested) <= len(ARTICLE) + 1


def _zip_declaring_smaller_sizes(name: str, data: bytes, declared: int) -> bytes:
    """A stored one-member zip whose headers claim ``declared`` bytes while ``data`` is longer."""
    archive = bytearray(_zip({name: data}, zipfile.ZIP_STORED))
    real, claimed = len(data).to_bytes(4, "little"), declared.to_bytes(4, "little")
    for signature, offset in ((b"PK\x03\x04", 18), (b"PK\x01\x02", 20)):
        at = archive.find(signature) + offset
        assert archive[at:at + 8] == real + real
        archive[at:at + 8] = claimed + claimed
    return bytes(archive)


def test_a_member_whose_header_understates_its_size_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 100)
    lying = _zip_declaring_smaller_sizes("big.txt", ARTICLE * 3, declared=60)
    [outcome] = save_uploads(tmp_path, [("lying.zip", lying)])
    assert outcome.status == REJECTED and outcome.detail.startswith("damaged archive member")
    assert _files(tmp_path) == set()


def test_a_member_over_the_limit_is_refused_with_its_size_and_the_limit(tmp_path, monkeypatch):
    monkeypatch.setattr(uploads, "MAX_FILE_BYTES", 100)
    [outcome] = save_uploads(tmp_path, [("x.zip", _zip({"big.txt": ARTICLE * 3}))])
    assert (outcome.status, outcome.detail) == (REJECTED, f"too large ({len(ARTICLE) * 3} bytes; the limit is 100)")
