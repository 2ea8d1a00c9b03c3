"""dates_results_comparisons on its own: which dates of a results sentence compare with the period in focus
("the previous quarter", 去年同期, "a year earlier", a stated quarter a figure is set against), and when 全年 /
"the full year" is a year its sentence already told."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract import dates
from lib.extract.dates_candidate_reader import ascii_digits
from lib.extract.dates_match import DateMatch
from lib.extract.dates_results_comparisons import compares_a_year, looks_back, stated_and_compared, year_told_again
from lib.parse.script import to_simplified
from lib.periods import Period

YEAR_2020 = Period(date(2020, 1, 1), "year")


def _spec(sentence: str, words: str):
    text = ascii_digits(to_simplified(sentence))
    return next(c.spec for c in dates._READERS(text) if text[c.start : c.end] == words)


@pytest.mark.parametrize(("sentence", "words", "back", "a_year_back"), [
    ("Revenue rose 5% from the previous quarter.", "the previous quarter", True, False),
    ("营收较上一季度增长5%。", "上一季度", True, False),
    ("營收較去年同期增長5%。", "去年同期", True, True),
    ("Revenue rose 5% from the same period last year.", "the same period last year", True, True),
    ("Revenue rose 20% from a year earlier.", "a year earlier", True, True),
    ("营收较一年前增长。", "一年前", True, True),
    ("全年营收增长。", "全年", True, False),
    ("Revenue was the highest since the same day of 2020.", "the same day of 2020", True, False),
    ("Deliveries rose 80% from the same period of 2019.", "the same period of 2019", True, True),
    ("交付量较2019年同期增长80%。", "2019年同期", True, True),
    # no comparison: a year told, a day counted on
    ("Revenue rose last year.", "last year", False, False),
    ("騰訊去年營收增長。", "去年", False, False),
    ("次日，腾讯跟进。", "次日", False, False),
    ("Revenue was the highest since the same day of 2020.", "the same day", False, False),
])
def test_dates_counted_from_the_focus_to_compare(sentence, words, back, a_year_back):
    spec = _spec(sentence, words)
    assert (looks_back(spec), compares_a_year(spec)) == (back, a_year_back)


def _match(text: str, words: str, period: Period) -> DateMatch:
    start = text.index(words)
    return DateMatch(start, start + len(words), words, period, "", False)


Q2_2020 = Period(date(2020, 4, 1), "quarter")


@pytest.mark.parametrize(("text", "words", "compared"), [
    ("Net profit was 8.2 billion yuan, compared to 5.6 billion yuan for the second quarter of 2020.",
     "the second quarter of 2020", True),
    ("净利润较2020年第二季度增长16%。", "2020年第二季度", True),
    ("淨利潤較2020年第二季度增長16%。", "2020年第二季度", True),
    # the period reported, no figure set against it
    ("Tencent reported net profit of 8.2 billion yuan for the second quarter of 2020.",
     "the second quarter of 2020", False),
    ("腾讯2020年第二季度净利润为82亿元。", "2020年第二季度", False),
])
def test_a_stated_period_set_against_a_figure(text, words, compared):
    text = to_simplified(text)  # as the pipeline reads it
    assert stated_and_compared(text, _match(text, words, Q2_2020)) is compared


@pytest.mark.parametrize(("text", "told", "again"), [
    ("2020年是最艰难的一年，全年都处于实体清单之下。", "2020年", True),
    ("2020年是最艱難的一年，全年都處於實體清單之下。", "2020年", True),
    ("The full-year guidance for 2020 was raised.", "2020", True),
    # the year's first quarters so far name a part of it: two periods
    ("累計首3季交付新車逾26.5萬輛，本周將完成全年35萬輛的目標。", "首3季", False),
    ("前三季度营收增长，全年目标不变。", "前三季度", False),
])
def test_the_full_year_told_again(text, told, again):
    text = to_simplified(text)
    words = "full-year" if "full-year" in text else "全年"
    spec = _spec(text, words)
    assert year_told_again(text, spec, YEAR_2020, [_match(text, told, YEAR_2020)], []) is again
