"""The date an undated article tells its story at: its own dates, not a plan's aim, a forecast's period
or a date in an aside about a name; and the latest of them that bounds its year-less lead from below."""
from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.story_time import last_in_story, latest_of
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import builtin_rules

CUES = cue_patterns(builtin_rules().future_cues)


@pytest.mark.parametrize(("text", "with_year", "stated"), [
    ("Tencent launched Hunyuan in August 2025 and cut prices in October 2025.", "October 2025", "October 2025"),
    ("腾讯2025年8月发布混元，2025年10月降价。", "2025年10月", "2025年10月"),
    ("騰訊2025年8月發布混元，2025年10月降價。", "2025年10月", "2025年10月"),
    # A plan's aim, a forecast's period and a date in an aside name no time of the story.
    ("小米2024年3月发布SU7，将于2026年1月15日发布新车。", "2024年3月", "2024年3月"),
    ("Alibaba reported in May 2025 and gave guidance for 2026.", "May 2025", "May 2025"),
    ("OpenAI's ChatGPT, launched in November 2022, is not accessible in China.", None, None),
    ("成立于2015年的拼多多营收大增。", None, None),
])
def test_the_last_date_an_undated_story_is_told_at(text, with_year, stated):
    text = to_simplified(text)
    matches = find_dates(text, None, CUES)
    found = last_in_story(text, matches, CUES)
    assert [m.text if m is not None else None for m in found] == [with_year, stated]


EARLIER = Period(date(2025, 3, 1), "month")


@pytest.mark.parametrize(("text", "earlier", "latest"), [
    ("QuestMobile data for September 2025 put Doubao first.", None, "2025-09-01"),
    ("QuestMobile到2025年9月的数据显示豆包居首。", EARLIER, "2025-09-01"),
    ("QuestMobile到2025年9月的數據顯示豆包居首。", EARLIER, "2025-09-01"),
    # A date told as a company's past, and a year alone, bound nothing: the earlier latest stays.
    ("Doubao was launched in August 2025.", EARLIER, "2025-03-01"),
    ("豆包的崛起始于2025年8月。", EARLIER, "2025-03-01"),
    ("豆包的崛起始於2025年8月。", EARLIER, "2025-03-01"),
    ("Revenue rose in 2025.", EARLIER, "2025-03-01"),
    ("营收在2025年增长。", EARLIER, "2025-03-01"),
    # An earlier date than the latest leaves it.
    ("騰訊2024年8月發布混元。", EARLIER, "2025-03-01"),
])
def test_the_latest_date_an_undated_story_reports(text, earlier, latest):
    text = to_simplified(text)
    told, _ = last_in_story(text, find_dates(text, None, CUES), CUES)
    assert latest_of(text, told, earlier).start.isoformat() == latest
