"""A month's first or last working day named by its month is that one day, the month's first or last
Monday-to-Friday: "the first workday of this month", "the last trading day of October",
10月的最后一个工作日, 11月首个交易日 (``lib/extract/dates_workdays.py``, words in
``lib/rules/workday_of_month.csv``). Without a rank, or without a month, the words name no day.

Class seen in M (zs1111, 10月的最后一个工作日) and R (en1603, "the first workday of this month"). Rows are
written for the class, not taken from the set; traditional rows go through ``to_simplified`` as the
pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from lib.pipeline.article import build_toolkit, parse_document
from lib.read.folder import RawFile
from lib.rules import load_rules
from tests.date_readings import found_dates

ROWS = [
    # English: the words before the month, "of" or "in" between.
    ("Nio handed over 4,000 cars on the first workday of this month.", "2020-11-05",
     [("the first workday of this month", "2020-11-02", "day")]),
    ("Alibaba shares fell 3% on the last trading day of October.", "2025-11-20",
     [("the last trading day of October", "2025-10-31", "day")]),
    ("Baidu filed the report on the last business day of May.", "2025-06-10",
     [("the last business day of May", "2025-05-30", "day")]),
    ("JD.com opened the new warehouse on the first working day of March.", "2025-03-12",
     [("the first working day of March", "2025-03-03", "day")]),
    # Simplified Chinese: after the month, 的 or not.
    ("10月的最后一个工作日，记者拜访了月之暗面的北京办公室。", "2025-11-20",
     [("10月的最后一个工作日", "2025-10-31", "day")]),
    ("腾讯股价在11月首个交易日上涨3%。", "2025-11-20", [("11月首个交易日", "2025-11-03", "day")]),
    ("上个月的第一个工作日，美团宣布调整骑手社保。", "2025-04-15",
     [("上个月的第一个工作日", "2025-03-03", "day")]),
    # Traditional Chinese.
    ("騰訊股價在10月最後一個交易日下跌2%。", "2025-11-20", [("10月最后一个交易日", "2025-10-31", "day")]),
    ("台積電於3月的第一個工作日公布營收。", "2025-03-20", [("3月的第一个工作日", "2025-03-03", "day")]),
    # A calendar day word (day, 天) makes it the month's first or last day, weekend or not (split AL zs3669,
    # "2月第一天,腾讯旗下的元宝红包…"; 2026-02-01 was a Sunday).
    ("2月第一天，腾讯旗下的元宝红包上线。", "2026-02-05", [("2月第一天", "2026-02-01", "day")]),
    ("3月的最后一天，美团宣布调整骑手社保。", "2025-04-15", [("3月的最后一天", "2025-03-31", "day")]),
    ("Tencent launched the red packets on the first day of February.", "2026-02-05",
     [("the first day of February", "2026-02-01", "day")]),
    ("Meituan announced the change on the last day of March.", "2025-04-15",
     [("the last day of March", "2025-03-31", "day")]),
    ("2月第一天，騰訊旗下的元寶紅包上線。", "2026-02-05", [("2月第一天", "2026-02-01", "day")]),
    # Near misses: no rank, no month, a month alone.
    ("上市第一天，快手股价上涨。", "2025-11-20", []),
    ("Kuaishou rose 10% on the first day of trading.", "2025-11-20", []),
    ("小米10月交付4万辆，工作日门店客流增长两成。", "2025-11-20", [("10月", "2025-10-01", "month")]),
    ("美团10月工作日日均订单达7000万单。", "2025-11-20", [("10月", "2025-10-01", "month")]),
    ("Kuaishou rose 10% on its first trading day.", "2025-11-20", []),
    ("Baidu shares rose in October on most trading days.", "2025-11-20", [("October", "2025-10-01", "month")]),
    ("騰訊10月股價上漲，交易日成交額放大。", "2025-11-20", [("10月", "2025-10-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ROWS)
def test_a_months_first_or_last_workday_is_one_day(sentence, published, expected):
    assert found_dates(sentence, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A corpus folder's own workday_of_month.csv extends the built-in words: a folder of bank and bond news names
# the day payments settle as a month's day ("the last settlement day of October", 10月的最后一个结算日), which
# the built-in words leave a month.
FOLDER_WORDS = "# a bond desk's day words\nkind,word\nday,settlement day\nday,结算日\n"
FOLDER_ROWS = [
    ("Alibaba repaid the syndicated loan on the last settlement day of October.",
     ("the last settlement day of October", "2025-10-31", "day"), ("October", "2025-10-01", "month")),
    ("阿里巴巴在10月的最后一个结算日偿还了银团贷款。",
     ("10月的最后一个结算日", "2025-10-31", "day"), ("10月", "2025-10-01", "month")),
    ("阿里巴巴在10月的最後一個結算日償還了銀團貸款。",
     ("10月的最後一個結算日", "2025-10-31", "day"), ("10月", "2025-10-01", "month")),
]


def _event_dates(sentence: str, corpus_dir) -> list[tuple[str, str, str]]:
    """(date text, date, precision) of the events of a one-sentence article parsed with the folder's rules."""
    raw = RawFile("article.txt", f"Loans\n\n{sentence}\n".encode(), 0, 0.0)
    result = parse_document(raw, "d1", {"published": "2025-11-20"}, build_toolkit(load_rules(corpus_dir)))
    events = result.frames["events"]
    return list(zip(events["date_text"], events["date"], events["precision"], strict=True))


@pytest.mark.parametrize(("sentence", "with_folder_words", "without"), FOLDER_ROWS)
def test_a_folders_own_workday_words_make_a_month_its_day(tmp_path, sentence, with_folder_words, without):
    (tmp_path / "workday_of_month.csv").write_text(FOLDER_WORDS, encoding="utf-8")
    (tmp_path / "plain").mkdir()
    assert _event_dates(sentence, tmp_path) == [with_folder_words]
    assert _event_dates(sentence, tmp_path / "plain") == [without]
