"""Issue 10, finding 4: an edit of metadata.csv lands, or the page says why it cannot.

A metadata.csv with a duplicated column (…,title,…,title) was read from the last copy and edited
in the first, so the page said "Saved" and the title never changed; saving also dropped the
file's byte-order mark and CRLF line ends.
"""

from __future__ import annotations

import pytest

from lib.read.metadata_csv import parse_metadata_csv, read_metadata_csv
from lib.write.corpus_files import RuleFileError, update_metadata_csv

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
