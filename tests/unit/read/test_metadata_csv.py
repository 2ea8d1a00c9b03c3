"""metadata.csv: rows by file name, every problem a warning with its line, and how the file was written."""

from __future__ import annotations

from pathlib import Path

import pytest

from lib.read.folder import read_folder
from lib.read.metadata_csv import (
    ALL_COLUMNS,
    METADATA_COLUMNS,
    header_problems,
    normalise_file_name,
    parse_metadata_csv,
    read_metadata_csv,
    text_style,
)


def test_metadata_csv_rows_and_warnings(messy_corpus_with_metadata):
    known = {raw.rel_path for raw in read_folder(messy_corpus_with_metadata)[0]}
    rows, warnings = read_metadata_csv(messy_corpus_with_metadata, known_files=known)
    assert set(rows) == {"zh_gbk.txt", "glm4.md", "page.html"}
    assert rows["zh_gbk.txt"]["source"] == "36Kr"  # the first of the duplicate rows wins
    assert rows["glm4.md"]["published"] == "16/01/2024"  # judged later, by merge_metadata
    assert rows["page.html"]["date_origin"] == "guessed"
    assert all(set(METADATA_COLUMNS) <= set(row) for row in rows.values())
    assert warnings == [
        (4, "'ghost.txt' is not an article in the folder; row ignored"),
        (6, "duplicate row for 'zh_gbk.txt'; the row on line 2 is used"),
    ]


def test_metadata_csv_without_known_files_keeps_unknown_rows(messy_corpus_with_metadata):
    rows, warnings = read_metadata_csv(messy_corpus_with_metadata)
    assert "ghost.txt" in rows
    assert [line for line, _ in warnings] == [6]


def test_metadata_csv_without_file_column_is_ignored_with_a_warning(corpus_without_file_column):
    rows, warnings = read_metadata_csv(corpus_without_file_column)
    assert rows == {}
    assert warnings == [(1, "metadata.csv has no 'file' column; the whole file is ignored")]


def test_missing_metadata_csv_is_not_a_problem(messy_corpus):
    assert read_metadata_csv(messy_corpus) == ({}, [])


@pytest.mark.parametrize(("content", "expected_rows", "expected_warnings"), [
    (b"\xef\xbb\xbfFile,Title\r\n./a.txt , A \r\n", {"a.txt": "A"}, []),
    (b"file,title\nsub\\a.txt,A\n", {"sub/a.txt": "A"}, []),
    ("file,标题\na.txt,甲\n".encode("gbk"), {"a.txt": ""}, [(1, "unknown column '标题' is ignored")]),
    (b"file,title\n,orphan\n", {}, [(2, "row has no file name; ignored")]),
    (b"file,title\na.txt,A,extra\n", {"a.txt": "A"}, [(2, "3 cells but 2 columns; extra cells ignored")]),
    (b"file,title\n\n\na.txt,\"multi\nline\"\n", {"a.txt": "multi\nline"}, []),
    (b"", {}, []),
], ids=["bom-crlf-dot-slash", "backslash", "gbk-unknown-column", "no-file-name", "extra-cells",
        "blank-and-multiline", "empty"])
def test_metadata_csv_edge_cases(tmp_path, content, expected_rows, expected_warnings):
    (tmp_path / "metadata.csv").write_bytes(content)
    rows, warnings = read_metadata_csv(tmp_path)
    assert {name: row["title"] for name, row in rows.items()} == expected_rows
    assert warnings == expected_warnings


def test_undecodable_metadata_csv_is_a_warning(tmp_path):
    (tmp_path / "metadata.csv").write_bytes(b"\x00\x01\x02\x03" * 100)
    rows, warnings = read_metadata_csv(tmp_path)
    assert rows == {}
    assert warnings[0][0] == 0 and "could not be read" in warnings[0][1]


@pytest.mark.parametrize(("cell", "name"), [
    ("000_ae120ede6c11f766.txt", "000_ae120ede6c11f766.txt"),
    ("  ./zh/豆包.txt ", "zh/豆包.txt"),
    ("././a.txt", "a.txt"),
    ("zh\\2024\\腾讯.md", "zh/2024/腾讯.md"),
    (".\\a.txt", "a.txt"),
    ("../a.txt", "../a.txt"),  # kept as typed: no article has that name, so the row is reported
    ("", ""),
])
def test_the_file_cell_becomes_a_posix_path_relative_to_the_folder(cell, name):
    assert normalise_file_name(cell) == name


def test_the_seed_metadata_reads_without_warnings_and_keeps_its_notes():
    seeds = Path(__file__).resolve().parents[3] / "seeds"
    rows, warnings = read_metadata_csv(seeds, known_files={p.name for p in seeds.glob("*.txt")})
    assert warnings == [] and len(rows) == 5
    row = rows["001_77454563ad206214.txt"]
    assert (row["source"], row["author"], row["published"], row["date_origin"]) == (
        "Sina Technology", "Zhou Wenmeng", "2023-05", "inferred")
    assert row["note"].startswith("States no year") and all(set(r) == set(ALL_COLUMNS) for r in rows.values())


PARSE_CASES = [
    # text, {file: {column: value}}, warnings
    ("file,title,published,language\n新闻/百度.txt,百度发布文心一言,2023-03-16,zh\n",
     {"新闻/百度.txt": {"title": "百度发布文心一言", "published": "2023-03-16", "language": "zh"}}, []),
    ("FILE , Source\na.txt, 36氪 \n", {"a.txt": {"source": "36氪", "title": ""}}, []),
    ("title,file\nDoubao,a.txt\n", {"a.txt": {"title": "Doubao"}}, []),  # any column order
    ("file,title\na.txt\n", {"a.txt": {"title": ""}}, []),  # a short row: blanks
    ("file,title\na.txt,A\n./a.txt,B\n", {"a.txt": {"title": "A"}},
     [(3, "duplicate row for 'a.txt'; the row on line 2 is used")]),
    ("file,title\n\"a.txt\",\"Alibaba, Tencent back Moonshot\"\n",
     {"a.txt": {"title": "Alibaba, Tencent back Moonshot"}}, []),
    ("title,source\nA,B\n", {}, [(1, "metadata.csv has no 'file' column; the whole file is ignored")]),
    ("", {}, []),
]


@pytest.mark.parametrize(("text", "expected", "warnings"), PARSE_CASES)
def test_parse_metadata_csv_reads_rows_by_file(text, expected, warnings):
    rows, found = parse_metadata_csv(text)
    assert {name: {column: row[column] for column in columns} for name, row in rows.items()
            for columns in [expected.get(name, {})]} == expected
    assert found == warnings


def test_rows_of_files_not_in_the_folder_are_reported_and_left_out():
    text = "file,title\nzh/豆包.txt,豆包\nghost.txt,Ghost\n"
    rows, warnings = parse_metadata_csv(text, known_files={"zh/豆包.txt"})
    assert list(rows) == ["zh/豆包.txt"]
    assert warnings == [(3, "'ghost.txt' is not an article in the folder; row ignored")]


def test_an_unreadable_row_is_a_warning_and_the_next_row_is_read():
    text = "file,title\na.txt," + "x" * 200_000 + "\nb.txt,B\n"
    rows, warnings = parse_metadata_csv(text)
    assert list(rows) == ["b.txt"]
    assert [(line, message.startswith("unreadable CSV row")) for line, message in warnings] == [(2, True)]


@pytest.mark.parametrize(("header", "problems"), [
    (["file", "title", "published"], []),
    (list(ALL_COLUMNS), []),
    (["file", "title", "title"], ["column 'title' appears 2 times (columns 2, 3); the first is used, "
                                  "the others are ignored"]),
    (["file", "tags", "", ""], ["unknown column 'tags' is ignored"]),  # blank names are no columns
    (["file", "标题", "source", "标题"], ["column '标题' appears 2 times (columns 2, 4); the first is used, "
                                        "the others are ignored"]),
])
def test_header_problems_name_duplicated_and_unknown_columns(header, problems):
    assert header_problems(header) == problems


@pytest.mark.parametrize(("data", "style"), [
    (b"file,title\na.txt,A\n", ("utf-8", b"", "\n")),
    ("file,title\r\na.txt,豆包\r\n".encode(), ("utf-8", b"", "\r\n")),
    (b"\xef\xbb\xbffile,title\r\n", ("utf-8", b"\xef\xbb\xbf", "\r\n")),
    (b"\xff\xfe" + "file,title\na.txt,腾讯\n".encode("utf-16-le"), ("utf-16-le", b"\xff\xfe", "\n")),
    (b"\xfe\xff" + "file,title\r\n".encode("utf-16-be"), ("utf-16-be", b"\xfe\xff", "\r\n")),
    ("file,title\r\na.txt,百度发布文心一言\r\n".encode("gb18030"), ("gb18030", b"", "\r\n")),
    (b"", ("utf-8", b"", "\n")),
])
def test_text_style_says_how_the_file_was_written(data, style):
    assert text_style(data) == style


def test_every_row_has_every_column_and_the_contract_columns_come_first():
    assert ALL_COLUMNS[:len(METADATA_COLUMNS)] == METADATA_COLUMNS and ALL_COLUMNS[0] == "file"
    rows, _ = parse_metadata_csv("file\na.txt\n")
    assert rows == {"a.txt": dict.fromkeys(ALL_COLUMNS, "") | {"file": "a.txt"}}
