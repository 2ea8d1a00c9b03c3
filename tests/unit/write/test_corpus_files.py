"""Writing to a corpus folder: paths stay inside, writes are atomic, rule files extend the built-in ones."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.pipeline.corpus import build_corpus
from lib.read.folder import fingerprint, read_folder
from lib.read.metadata_csv import read_metadata_csv
from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry
from lib.schema import Doc
from lib.write.corpus_files import (
    TEMP_PREFIX,
    RuleFileError,
    UnsafePathError,
    append_gazetteer,
    append_stopwords,
    corpus_gazetteer_entries,
    corpus_stopwords,
    create_file,
    gazetteer_line,
    list_trash,
    merged_metadata_text,
    path_inside,
    replace_file,
    restore_file,
    trash_file,
    update_metadata_csv,
)

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


def _temp_files(root: Path) -> list[Path]:
    return [p for p in root.rglob(f"{TEMP_PREFIX}*")]


# --- paths and atomic writes -------------------------------------------------------------------


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
    assert target.read_text() == "new" and _temp_files(tmp_path) == []


def test_a_failed_replace_keeps_the_old_file_and_no_temp(tmp_path, monkeypatch):
    target = tmp_path / "metadata.csv"
    target.write_text("old")

    def fail(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        replace_file(target, b"new")
    assert target.read_text() == "old" and _temp_files(tmp_path) == []


def test_create_file_never_overwrites(tmp_path):
    target = tmp_path / "a.txt"
    create_file(target, b"first")
    with pytest.raises(FileExistsError):
        create_file(target, b"second")
    assert target.read_bytes() == b"first" and _temp_files(tmp_path) == []


# --- metadata.csv ------------------------------------------------------------------------------


def test_metadata_update_keeps_other_columns_and_rows(seeds_copy):
    before, _ = read_metadata_csv(seeds_copy)
    update_metadata_csv(seeds_copy, {
        "001_77454563ad206214.txt": {"title": "Swing, \"Ambiguous\" model", "url": "https://example.com/a"},
        "new.txt": {"published": "2024-05"},
    })
    after, warnings = read_metadata_csv(seeds_copy)
    assert warnings == []
    row = after["001_77454563ad206214.txt"]
    assert row["title"] == 'Swing, "Ambiguous" model' and row["url"] == "https://example.com/a"
    assert row["note"] == before["001_77454563ad206214.txt"]["note"]
    assert row["date_origin"] == "inferred" and row["source"] == "Sina Technology"
    assert after["new.txt"]["published"] == "2024-05"
    assert {k: v for k, v in after.items() if k not in ("001_77454563ad206214.txt", "new.txt")} == \
        {k: v for k, v in before.items() if k != "001_77454563ad206214.txt"}
    assert _temp_files(seeds_copy) == []


def test_metadata_update_keeps_optional_columns_and_ghost_rows():
    text = "file,title,note\n./a.txt,A,x|y\nghost.txt,G,z\na.txt,second row,\n"
    merged = merged_metadata_text(text, {"a.txt": {"title": "New"}, "b.txt": {"author": "Li"}})
    lines = merged.splitlines()
    assert lines[0] == "file,title,note,source,author,url,published,language"
    assert lines[1:] == ["./a.txt,New,x|y,,,,,", "ghost.txt,G,z,,,,,", "a.txt,second row,,,,,,",
                         "b.txt,,,,Li,,,"]


def test_metadata_without_a_file_column_is_not_touched(tmp_path):
    (tmp_path / "metadata.csv").write_text("name,title\na.txt,A\n")
    with pytest.raises(RuleFileError, match="no 'file' column"):
        update_metadata_csv(tmp_path, {"a.txt": {"title": "B"}})
    assert (tmp_path / "metadata.csv").read_text() == "name,title\na.txt,A\n"


def test_a_metadata_edit_changes_the_parsed_corpus(seeds_copy):
    update_metadata_csv(seeds_copy, {"002_edb25278540afc68.txt": {"title": "Lan Dong on RedNote", "language": "en"}})
    documents = build_corpus(seeds_copy, cache_dir=None).documents.set_index(Doc.FILE)
    assert documents.loc["002_edb25278540afc68.txt", Doc.TITLE] == "Lan Dong on RedNote"


# --- gazetteer and stopwords -------------------------------------------------------------------

NEW_COMPANY = GazetteerEntry("Zhipu Test Lab", "company", "Zhipu Test Lab", ("Zhipu Test Lab", "智谱测试"))
NEW_PRODUCT = GazetteerEntry("Glimmer, v2", "product", "Zhipu Test Lab", ("Glimmer v2", '"Glimmer"', "=GLM-X"))


def test_gazetteer_append_loads_with_zero_warnings_and_finds_the_new_company(tmp_path):
    append_gazetteer(tmp_path, [NEW_COMPANY])
    append_gazetteer(tmp_path, [NEW_PRODUCT])
    rules = load_rules(tmp_path)
    assert [w for w in rules.warnings if w.source == "gazetteer.csv"] == []
    assert corpus_gazetteer_entries(tmp_path) == [NEW_COMPANY, NEW_PRODUCT]
    matches = Gazetteer(rules.gazetteer).find('智谱测试 said Zhipu Test Lab ships "Glimmer" and GLM-X.')
    assert [(m.entity, m.company) for m in matches] == [
        ("Zhipu Test Lab", "Zhipu Test Lab"), ("Zhipu Test Lab", "Zhipu Test Lab"),
        ("Glimmer, v2", "Zhipu Test Lab"), ("Glimmer, v2", "Zhipu Test Lab")]
    text = (tmp_path / "gazetteer.csv").read_text()
    assert text.splitlines()[1] == "entity,kind,company,aliases"
    assert text.endswith('"Glimmer, v2",product,Zhipu Test Lab,"Glimmer v2|""Glimmer""|=GLM-X"\n')


def test_gazetteer_line_leaves_company_blank_on_a_company_row():
    assert gazetteer_line(NEW_COMPANY) == "Zhipu Test Lab,company,,Zhipu Test Lab|智谱测试\n"


def test_gazetteer_append_extends_an_existing_file_without_a_final_newline(tmp_path):
    (tmp_path / "gazetteer.csv").write_text("# mine\nentity,kind,company,aliases\nA Co,company,,A Co")
    append_gazetteer(tmp_path, [NEW_COMPANY])
    assert (tmp_path / "gazetteer.csv").read_text().splitlines()[-2:] == [
        "A Co,company,,A Co", "Zhipu Test Lab,company,,Zhipu Test Lab|智谱测试"]
    assert [w for w in load_rules(tmp_path).warnings if w.source == "gazetteer.csv"] == []


def test_gazetteer_with_a_broken_header_is_not_extended(tmp_path):
    (tmp_path / "gazetteer.csv").write_text("name,type\nA,company\n")
    with pytest.raises(RuleFileError, match="line 1"):
        append_gazetteer(tmp_path, [NEW_COMPANY])
    assert (tmp_path / "gazetteer.csv").read_text() == "name,type\nA,company\n"


def test_stopwords_are_appended_once_and_extend_the_built_in_ones(tmp_path):
    assert append_stopwords(tmp_path, "en", ["rednote", "kimi"]) == ["rednote", "kimi"]
    assert append_stopwords(tmp_path, "en", ["kimi", "sora"]) == ["sora"]
    assert append_stopwords(tmp_path, "zh", ["小编"]) == ["小编"]
    rules = load_rules(tmp_path)
    assert {"rednote", "kimi", "sora", "the"} <= rules.stopwords_en and "小编" in rules.stopwords_zh
    assert corpus_stopwords(tmp_path, "en") == ["rednote", "kimi", "sora"]
    with pytest.raises(ValueError):
        append_stopwords(tmp_path, "fr", ["le"])


def test_rule_file_changes_change_the_fingerprint(seeds_copy):
    before = fingerprint(seeds_copy)
    append_stopwords(seeds_copy, "en", ["rednote"])
    assert fingerprint(seeds_copy) != before


# --- trash -------------------------------------------------------------------------------------


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
    assert _temp_files(seeds_copy) == []


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
