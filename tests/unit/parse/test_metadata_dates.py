"""The day a metadata line states: anywhere in a cut byline or dateline, only in a kept date line."""

from datetime import date

import pytest

from lib.parse.metadata_dates import date_in_line
from lib.parse.script import to_simplified


@pytest.mark.parametrize(("line", "cut_as", "expected"), [
    # A kept line that is a date line: the date after a cue, then at most a time or a byline.
    ("Published: January 22, 2025 10:30 AM", None, date(2025, 1, 22)),
    ("发布时间：2025年1月22日 10:30", None, date(2025, 1, 22)),
    ("發佈時間：2025年1月22日 10:30", None, date(2025, 1, 22)),
    # A short line: a date with a weekday, a time or a name around it.
    ("Caixin | Sep 15, 2020", None, date(2020, 9, 15)),
    ("香港01 2025年1月22日 星期三", None, date(2025, 1, 22)),
    ("聯合報 2025年1月22日 星期三", None, date(2025, 1, 22)),
    # A date inside a kept sentence is no publication date.
    ("DeepSeek launched R1 on January 20, 2025, the company said in a statement on its website.", None, None),
    ("该公司于2025年1月20日发布了R1模型，并在官网公布了技术报告的全部细节与评测结果。", None, None),
    ("該公司於2025年1月20日發布了R1模型，並在官網公布了技術報告的全部細節與評測結果。", None, None),
    # A line cut as a byline gives its first day wherever it stands.
    ("By Jane Doe | TechNode | January 22, 2025", "byline", date(2025, 1, 22)),
    ("来源：新华社 记者 张三 2025-01-22", "byline", date(2025, 1, 22)),
    ("來源：中央社 記者 張三 2025-01-22", "byline", date(2025, 1, 22)),
    ("By Jane Doe | TechNode", "byline", None),
])
def test_the_day_a_metadata_line_states(line, cut_as, expected):
    period = date_in_line(to_simplified(line), cut_as)
    assert (period.start if period else None) == expected
    assert period is None or period.precision == "day"
