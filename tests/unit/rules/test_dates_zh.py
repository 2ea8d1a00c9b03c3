"""The Chinese date readers' rule files: words counted from another date, and the words that make
"前11月" the year so far or a bare "14日" a count of days."""

from __future__ import annotations

import pytest

from lib.rules.dates_zh import (
    BARE_DAY_NEIGHBOUR_KINDS,
    YEAR_TO_DATE_KINDS,
    CountedWord,
    parse_bare_day_neighbours,
    parse_chinese_date_words,
    parse_year_to_date_zh,
)
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text


@pytest.mark.parametrize(("line", "word"), [
    ("chain,day,1,次日", CountedWord("chain", "day", 1, "次日")),
    ("chain,same,0,当时", CountedWord("chain", "same", 0, "当时")),
    ("publication,day,-3,大前天", CountedWord("publication", "day", -3, "大前天")),
    ("tonight,day,0,今晚", CountedWord("tonight", "day", 0, "今晚")),
])
def test_a_chinese_date_word_row(line, word):
    warnings: list[RuleWarning] = []
    assert parse_chinese_date_words(f"kind,unit,offset,word\n{line}\n", warnings) == [word]
    assert warnings == []


@pytest.mark.parametrize("line", [
    "later,day,1,次日", "chain,fortnight,1,次周", "chain,day,one,次日", "chain,day,1,", "chain,day,+-1,次日",
])
def test_a_bad_chinese_date_word_row_is_a_warning(line):
    warnings: list[RuleWarning] = []
    assert parse_chinese_date_words(f"kind,unit,offset,word\n{line}\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [("lib/rules/date_words_zh.csv", 2)]


def test_the_builtin_chinese_date_words_read_without_warnings_each_word_once():
    warnings: list[RuleWarning] = []
    words = parse_chinese_date_words(read_rule_text(BUILTIN_RULES_DIR / "date_words_zh.csv"), warnings)
    assert warnings == []
    by_word = {word.word: word for word in words}
    assert len(by_word) == len(words)
    assert by_word["次日"] == CountedWord("chain", "day", 1, "次日")
    assert by_word["昨天"] == CountedWord("publication", "day", -1, "昨天")


@pytest.mark.parametrize(("parse", "file_name", "line", "row"), [
    (parse_year_to_date_zh, "year_to_date_zh.csv", "before,累计", ("before", "累计")),  # 累计前11月营收
    (parse_year_to_date_zh, "year_to_date_zh.csv", "not_after,上市", ("not_after", "上市")),  # 上市前三季度
    (parse_year_to_date_zh, "year_to_date_zh.csv", "sum_after,累计", ("sum_after", "累计")),  # 前10个月累计交付
    (parse_bare_day_neighbours, "bare_day_neighbours_zh.csv", "before,近", ("before", "近")),  # 近7日
    (parse_bare_day_neighbours, "bare_day_neighbours_zh.csv", "after,内", ("after", "内")),  # 3日内
    (parse_bare_day_neighbours, "bare_day_neighbours_zh.csv", "list,、", ("list", "、")),  # 12月14日、28日
    (parse_year_to_date_zh, "year_to_date_zh.csv", "before,", None),  # no word: dropped quietly
    (parse_year_to_date_zh, "year_to_date_zh.csv", "after,累计", "warning"),  # no such kind
    (parse_bare_day_neighbours, "bare_day_neighbours_zh.csv", "previous,近", "warning"),
    (parse_bare_day_neighbours, "bare_day_neighbours_zh.csv", " after , 内 ", ("after", "内")),  # cells stripped
])
def test_a_chinese_neighbour_word_row(parse, file_name, line, row):
    warnings: list[RuleWarning] = []
    rows = parse(f"kind,word\n{line}\n", warnings)
    if row == "warning":
        assert rows == [] and [(w.source, w.line) for w in warnings] == [(f"lib/rules/{file_name}", 2)]
    else:
        assert rows == ([] if row is None else [row]) and warnings == []


@pytest.mark.parametrize(("parse", "file_name", "kinds"), [
    (parse_year_to_date_zh, "year_to_date_zh.csv", YEAR_TO_DATE_KINDS),
    (parse_bare_day_neighbours, "bare_day_neighbours_zh.csv", BARE_DAY_NEIGHBOUR_KINDS),
])
def test_the_builtin_neighbour_files_read_clean_with_words_of_every_kind(parse, file_name, kinds):
    warnings: list[RuleWarning] = []
    rows = parse(read_rule_text(BUILTIN_RULES_DIR / file_name), warnings)
    assert warnings == [] and {kind for kind, _ in rows} == set(kinds)
