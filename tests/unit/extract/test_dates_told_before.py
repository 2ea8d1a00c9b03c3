"""A year-less date a cue puts ahead that repeats a date its article told before as past (``dates_told_before``).

Each row is a short passage written for the test, in English, simplified and traditional Chinese, read sentence by
sentence (``DatesInReadingOrder``). Near misses stand beside: a date told before with words that count its year back
(去年4月, "last April") is another year's; a bare date told before that lies further from publication than the cue's
reading does not pull the cue's reading back; a date told ahead before is no past to return to.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.dates_in_reading_order import DatesInReadingOrder
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import load_rules
from lib.rules.dates import parse_year_words
from lib.rules.rule_file import RuleWarning

CUES = cue_patterns(load_rules().future_cues)


def _last_sentence(sentences: list[str], published: str) -> list[tuple[str, str, str]]:
    """(words, start, precision) of the last sentence's dates, read after the sentences before it."""
    reader = DatesInReadingOrder(parse_iso_period(published), CUES, find_dates, ())
    start, read = 0, None
    for number, sentence in enumerate(sentences):
        read = reader.read(number, to_simplified(sentence), start, None)
        start += len(sentence) + 1
    return [(sentences[-1][m.start:m.end], m.period.start.isoformat(), m.period.precision) for m in read.matches]


ROWS = [
    # A day told with its year, told again without it under a cue ("之前", "before"): the day told, though a
    # sentence between broke the year's carry.
    pytest.param(["徐直军表示2019年5月16日之后，华为的新手机无法预装GMS。", "他说，希望谷歌的应用能够上架。",
                  "徐直军还说，2019年是华为最挑战的一年，但还有5月16日之前的快速增长阶段。"], "2020-04-01",
                 [("2019年", "2019-01-01", "year"), ("5月16日", "2019-05-16", "day")], id="day-with-year-hans"),
    pytest.param(["華為表示2019年5月16日之後無法預裝GMS。", "他說，希望谷歌的應用能夠上架。",
                  "他還說，2019年是華為最艱難的一年，但還有5月16日之前的快速增長階段。"], "2020-04-01",
                 [("2019年", "2019-01-01", "year"), ("5月16日", "2019-05-16", "day")], id="day-with-year-hant"),
    pytest.param(["Huawei was blacklisted on May 16, 2019.", "It hoped Google apps would return.",
                  "Huawei plans to restore the apps it had before May 16."], "2020-04-01",
                 [("May 16", "2019-05-16", "day")], id="day-with-year-en"),
    # A bare month told as past, told again under a plan's cue: the month told, nearer publication.
    pytest.param(["新协议的基本内容与四月时的版本一致。", "川普在周二表示已有协议。",
                  "四月协议计划将 TikTok 美国业务分拆为新公司，总部设在美国。"], "2025-09-17",
                 [("四月", "2025-04-01", "month")], id="bare-month-hans"),
    pytest.param(["新協議的基本內容與四月時的版本一致。", "川普在週二表示已有協議。",
                  "四月協議計劃將 TikTok 美國業務分拆為新公司，總部設在美國。"], "2025-09-17",
                 [("四月", "2025-04-01", "month")], id="bare-month-hant"),
    # The quarter a results article reported, told again under a forecast's cue: the quarter reported.
    pytest.param(["哔哩哔哩公布2020年第二季度财报。", "分析师此前平均预期哔哩哔哩第二季度营收将达3.68亿美元。"],
                 "2020-08-27", [("第二季度", "2020-04-01", "quarter")], id="quarter-hans"),
    pytest.param(["嗶哩嗶哩公布2020年第二季度財報。", "分析師此前平均預期嗶哩嗶哩第二季度營收將達3.68億美元。"],
                 "2020-08-27", [("第二季度", "2020-04-01", "quarter")], id="quarter-hant"),
    # near misses: told before with its year counted back, the cue's reading stands.
    pytest.param(["百度去年4月发布文心一言。", "百度将于4月发布新模型。"], "2025-01-10",
                 [("4月", "2025-04-01", "month")], id="counted-back-hans"),
    pytest.param(["百度去年4月發布文心一言。", "百度將於4月發布新模型。"], "2025-01-10",
                 [("4月", "2025-04-01", "month")], id="counted-back-hant"),
    pytest.param(["Baidu launched Ernie last April.", "Baidu will launch a new model in April."], "2025-01-10",
                 [("April", "2025-04-01", "month")], id="counted-back-en"),
    # near misses: a bare month told before lies further back than the cue's reading lies ahead.
    pytest.param(["The restriction on ASML begins in September.", "ASML will stop exports starting in September."],
                 "2023-06-30", [("September", "2023-09-01", "month")], id="bare-further-back-en"),
    pytest.param(["阿斯麦的限制在9月开始。", "阿斯麦将于9月起停止出口。"], "2023-06-30",
                 [("9月", "2023-09-01", "month")], id="bare-further-back-hans"),
    pytest.param(["艾司摩爾的限制在9月開始。", "艾司摩爾將於9月起停止出口。"], "2023-06-30",
                 [("9月", "2023-09-01", "month")], id="bare-further-back-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_cue_s_year_less_repeat_of_a_past_date_is_that_date(sentences, published, expected):
    assert _last_sentence(sentences, published) == expected


def test_year_word_rows_name_their_kind():
    warnings: list[RuleWarning] = []
    rows = parse_year_words("kind,word\nnames_year,Last\ncounts_back,去\nabout,year\n", warnings)
    assert rows == [("names_year", "last"), ("counts_back", "去")]
    assert [warning.line for warning in warnings] == [4]
