"""Reading one rule file: comment lines, CSV rows checked against their header, warnings naming the line."""

from __future__ import annotations

import re

import pytest

from lib.rules.rule_file import (
    BUILTIN_RULES_DIR,
    RuleWarning,
    WordsRightBefore,
    alternation,
    csv_rows,
    kinded_words,
    literal_alternation,
    read_rule_text,
    rule_lines,
    words_by_kind,
)


@pytest.mark.parametrize(("data", "text"), [
    ("字节跳动\nByteDance\n".encode("utf-8-sig"), "字节跳动\nByteDance\n"),
    ("字节跳动\nByteDance\n".encode(), "字节跳动\nByteDance\n"),
    (b"", ""),
])
def test_a_rule_file_is_read_as_utf8_without_its_bom(tmp_path, data, text):
    path = tmp_path / "phrases.txt"
    path.write_bytes(data)
    assert read_rule_text(path) == text


def test_a_missing_rule_file_or_a_folder_reads_as_empty(tmp_path):
    assert read_rule_text(tmp_path / "stopwords_en.txt") == ""
    assert read_rule_text(tmp_path) == ""


def test_every_builtin_rule_file_is_readable():
    for path in BUILTIN_RULES_DIR.glob("*.*"):
        if path.suffix in (".csv", ".txt"):
            assert read_rule_text(path).strip(), path.name


@pytest.mark.parametrize(("text", "lines"), [
    ("# stopwords\nthe\n\n  of  \n", ["the", "of"]),
    ("# 停用词\n的\r\n了\r\n  # an indented comment\n", ["的", "了"]),
    ("large language model\n大模型\n", ["large language model", "大模型"]),
    ("C# is a word\n", ["C# is a word"]),
    ("", []),
    ("#only\n#comments\n", []),
])
def test_rule_lines_drop_comments_blanks_and_surrounding_space(text, lines):
    assert rule_lines(text) == lines


def _rows(text: str, columns=("kind", "word")) -> tuple[list[tuple[int, dict[str, str]]], list[RuleWarning]]:
    warnings: list[RuleWarning] = []
    return list(csv_rows(text, "test.csv", columns, warnings)), warnings


def test_csv_rows_number_lines_as_in_the_file_counting_comments_and_blanks():
    rows, warnings = _rows("# a header comment\n# and another\nkind,word\n\nsign,$\n# note\nbefore_zh, 长达 \n")
    assert rows == [(5, {"kind": "sign", "word": "$"}), (7, {"kind": "before_zh", "word": "长达"})]
    assert warnings == []


def test_csv_rows_read_quoted_cells_and_ignore_extra_columns():
    rows, warnings = _rows('kind,word,note\nbefore,"more, than",extra\nnoun,用户,x,y\n')
    assert [row for _, row in rows] == [{"kind": "before", "word": "more, than"}, {"kind": "noun", "word": "用户"}]
    assert warnings == []


def test_csv_rows_read_an_optional_column_a_row_may_leave_out():
    warnings: list[RuleWarning] = []
    rows = list(csv_rows("kind,word,years\nsign,$\nnoun,用户, 2022- \nverb\n", "test.csv", ("kind", "word"),
                         warnings, ("years",)))
    assert [row for _, row in rows] == [{"kind": "sign", "word": "$", "years": ""},
                                        {"kind": "noun", "word": "用户", "years": "2022-"}]
    assert warnings == [RuleWarning("test.csv", 4, "expected 2 columns (kind,word), found 1")]


@pytest.mark.parametrize(("text", "line", "message"), [
    ("word,kind\nsign,$\n", 1, "header must start with kind,word"),
    ("# comment\nkind\nsign\n", 2, "header must start with kind,word"),
])
def test_a_wrong_header_is_one_warning_and_no_rows(text, line, message):
    rows, warnings = _rows(text)
    assert rows == []
    assert warnings == [RuleWarning("test.csv", line, message)]


def test_a_short_row_is_a_warning_naming_its_line_and_the_rest_is_read():
    rows, warnings = _rows("kind,word\nsign\nnoun,users\n")
    assert [number for number, _ in rows] == [3]
    assert warnings == [RuleWarning("test.csv", 2, "expected 2 columns (kind,word), found 1")]


def test_an_unreadable_csv_line_is_a_warning_and_the_rest_is_read():
    rows, warnings = _rows("kind,word\nnoun," + "x" * 200_000 + "\nnoun,用户\n")
    assert rows == [(3, {"kind": "noun", "word": "用户"})]
    assert [(w.line, w.message.startswith("unreadable CSV")) for w in warnings] == [(2, True)]


@pytest.mark.parametrize("text", ["", "\n\n", "# only a comment\n"])
def test_an_empty_csv_has_no_rows_and_no_warnings(text):
    assert _rows(text) == ([], [])


KINDED_ROWS = [
    # text, kinds, words, warning lines
    ("kind,cue\nboundary,but\ncoordinator,和\n", ("boundary", "coordinator"),
     [("boundary", "but"), ("coordinator", "和")], []),
    ("kind,cue\nboundary,but\nlikeness,like\n", ("boundary",), [("boundary", "but")], [3]),
    ("kind,cue\nboundary,\nboundary,但是\n", ("boundary",), [("boundary", "但是")], []),
    ("kind,cue\nBoundary,but\n", ("boundary",), [], [2]),
]


@pytest.mark.parametrize(("text", "kinds", "words", "lines"), KINDED_ROWS)
def test_kinded_words_keep_rows_of_known_kinds_with_a_word(text, kinds, words, lines):
    warnings: list[RuleWarning] = []
    assert kinded_words(text, "clause_cues.csv", kinds, warnings) == words
    assert [w.line for w in warnings] == lines
    assert all(w.source == "clause_cues.csv" for w in warnings)


def test_kinded_words_read_other_column_names():
    warnings: list[RuleWarning] = []
    text = "event_type,trigger\nlaunch,launch\nlaunch,发布\n"
    assert kinded_words(text, "t.csv", ("launch",), warnings, ("event_type", "trigger")) == [
        ("launch", "launch"), ("launch", "发布")]
    assert kinded_words("kind,cue\nlaunch,x\n", "t.csv", ("launch",), warnings, ("event_type", "trigger")) == []
    assert [w.message for w in warnings] == ["header must start with event_type,trigger"]
    assert "event_type 'other' is not one of launch" in _kind_warning("event_type,trigger\nother,x\n")


def _kind_warning(text: str) -> str:
    warnings: list[RuleWarning] = []
    kinded_words(text, "t.csv", ("launch",), warnings, ("event_type", "trigger"))
    [warning] = warnings
    return warning.message


def test_words_by_kind_group_in_file_order():
    grouped = words_by_kind([("month", "March"), ("weekday", "Monday"), ("month", "May"), ("month", "三月")])
    assert dict(grouped) == {"month": ["March", "May", "三月"], "weekday": ["Monday"]}
    assert words_by_kind([])["month"] == []


def test_an_alternation_matches_its_words_literally_and_spaces_loosely():
    pattern = re.compile(rf"^(?:{alternation(['no.', 'up to', '$'])})$")
    assert all(pattern.match(text) for text in ("no.", "up \t to", "$"))
    assert not any(pattern.match(text) for text in ("nox", "upto", "up to it"))
    assert re.search(alternation([]), "anything") is None


@pytest.mark.parametrize(("words", "text", "found"), [
    (["长达", "超过"], "用户超过2000人", "超过"),
    (["more than", "more"], "more  than 2000", "more  than"),
    (["more", "more than"], "more than 2000", "more"),
    (["(AI)", "C++"], "uses C++ daily", "C++"),
])
def test_an_alternation_tries_words_in_their_order(words, text, found):
    assert re.search(alternation(words), text).group() == found


@pytest.mark.parametrize(("words", "text", "found"), [
    (["代码", "股票代码"], "股票代码：688795", "股票代码"),     # the longest that holds wins, in any order given
    (["HK", "HKEX", "HK"], "09988.HKEX", "HKEX"),
    (["U.S.", "US"], "the U.S. market", "U.S."),           # written as they are: a dot is a dot
    (["a+b"], "x a+b y", "a+b"),
])
def test_a_literal_alternation_finds_the_longest_word_as_written(words, text, found):
    assert re.search(literal_alternation(words), text)[0] == found


def test_a_literal_alternation_of_no_words_is_empty():
    assert literal_alternation([]) == ""
    assert re.search(literal_alternation(["U.S."]), "a US firm") is None


# The words of lib/rules/datelines.csv's ``history`` and ``ahead`` kinds, as a dateline's year and an undated story's
# latest date ask them: a date right after one is a company's past or a plan's aim, not a time reported.
WORDS_RIGHT_BEFORE_ROWS = [
    pytest.param("The company was founded in 2014 in Beijing.", "2014", True, id="en-founded-in"),
    pytest.param("The company was Founded In  2014 in Beijing.", "2014", True, id="en-any-case-and-spaces"),
    pytest.param("It plans to list by 2030.", "2030", True, id="en-by"),
    pytest.param("It launched the app in 2014.", "2014", False, id="not-en-launched-in"),
    pytest.param("公司成立于2020年10月。", "2020", True, id="zh-founded"),
    pytest.param("公司计划到2030年上市。", "2030", True, id="zh-by"),
    pytest.param("到 2030年，公司计划上市。", "2030", True, id="zh-space-between"),
    pytest.param("公司于2020年10月上市。", "2020", False, id="not-zh-listed"),
    pytest.param("成立于今年的公司在2020年10月上市。", "2020", False, id="not-zh-word-further-back"),
]


@pytest.mark.parametrize(("text", "date_text", "expected"), WORDS_RIGHT_BEFORE_ROWS)
def test_a_word_right_before_a_date_is_found_only_right_before_it(text, date_text, expected):
    words = WordsRightBefore(["founded in", "by", "成立于", "到"])
    assert words.before(text, text.index(date_text)) is expected


def test_no_words_are_never_right_before():
    assert WordsRightBefore([]).before("founded in 2014", 11) is False
