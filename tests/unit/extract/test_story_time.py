"""The date an undated article tells its story at: its own dates, not a plan's aim, a forecast's period
or a date in an aside about a name."""
import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.story_time import last_in_story
from lib.parse.script import to_simplified
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
