"""Editing metadata.csv in place: other rows and columns kept, and an edit lands or the page says why not.

Issue 10, finding 4: a metadata.csv with a duplicated column (…,title,…,title) was read from the last copy and edited
in the first, so the page said "Saved" and the title never changed; saving also dropped the
file's byte-order mark and CRLF line ends.
"""

from __future__ import annotations

import pytest

from lib.pipeline.corpus import build_corpus
from lib.read.metadata_csv import parse_metadata_csv, read_metadata_csv
from lib.schema import Doc
from lib.write.corpus_files import RuleFileError
from lib.write.metadata_edits import merged_metadata_text, update_metadata_csv
from tests.unit.write.conftest import temp_files_in

HEADER_CASES = [
    ("duplicated title", "file,title,source,title\na.txt,First,Out,Second\n", "'title' appears 2 times", "First"),
    ("duplicated, one spelled in capitals", "file,Title,title\na.txt,First,Second\n", "'title' appears 2 times",
     "First"),
    ("unknown column", "file,title,tags\na.txt,First,x\n", "unknown column 'tags'", "First"),
    ("chinese title, duplicated", "file,title,title\na.txt,字节跳动发布豆包,旧标题\n", "'title' appears 2 times",
     "字节跳动发布豆包"),
]


@pytest.mark.parametrize(("text", "problem", "title"), [case[1:] for case in HEADER_CASES],
                         ids=[case[0] for case in HEADER_CASES])
def test_an_ambiguous_header_is_reported_read_from_its_first_copy_and_never_edited(tmp_path, text, problem, title):
    rows, warnings = parse_metadata_csv(text)
    assert rows["a.txt"]["title"] == title
    assert any(line == 1 and problem in message for line, message in warnings)
    (tmp_path / "metadata.csv").write_text(text, encoding="utf-8")
    with pytest.raises(RuleFileError, match="fix the header"):
        update_metadata_csv(tmp_path, {"a.txt": {"title": "New"}})
    assert (tmp_path / "metadata.csv").read_text(encoding="utf-8") == text


STYLE_CASES = [
    ("utf-8, LF", "utf-8", b"", "\n"),
    ("utf-8 with BOM, CRLF", "utf-8", b"\xef\xbb\xbf", "\r\n"),
    ("utf-16 LE with BOM, CRLF", "utf-16-le", b"\xff\xfe", "\r\n"),
    ("gb18030, CRLF", "gb18030", b"", "\r\n"),
]


@pytest.mark.parametrize(("encoding", "bom", "line_end"), [case[1:] for case in STYLE_CASES],
                         ids=[case[0] for case in STYLE_CASES])
def test_saving_keeps_the_files_encoding_bom_and_line_ends(tmp_path, encoding, bom, line_end):
    text = line_end.join(["file,title,published", "a.txt,字节跳动发布豆包,2024-05", "b.txt,百度,2023", ""])
    (tmp_path / "metadata.csv").write_bytes(bom + text.encode(encoding))
    update_metadata_csv(tmp_path, {"a.txt": {"title": "豆包降价"}})
    data = (tmp_path / "metadata.csv").read_bytes()
    assert data.startswith(bom) and not (bom and data[len(bom):].startswith(bom))
    written = data[len(bom):].decode(encoding)
    assert written.count(line_end) == written.count("\n") >= 3
    rows, warnings = read_metadata_csv(tmp_path)
    assert rows["a.txt"]["title"] == "豆包降价" and rows["b.txt"]["title"] == "百度" and not warnings


def test_a_gbk_file_stays_gbk_and_takes_any_character(tmp_path):
    (tmp_path / "metadata.csv").write_bytes("file,title\r\na.txt,百度发布文心一言\r\n".encode("gb18030"))
    update_metadata_csv(tmp_path, {"a.txt": {"title": "百度 ✓ 文心"}})  # gb18030 holds every code point
    data = (tmp_path / "metadata.csv").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert data.decode("gb18030").splitlines()[1].startswith("a.txt,百度 ✓ 文心,")
    assert data.count(b"\r\n") == data.count(b"\n") == 2


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
    assert temp_files_in(seeds_copy) == []


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
