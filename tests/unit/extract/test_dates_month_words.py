"""Days with an ordinal suffix.

"June 7th:", "Nov. 22nd", "7th June", "the 7th of June" are days, whatever punctuation follows the suffix
("7th generation", "the 3rd quarter", "the 22nd floor" are not days). Chinese headings write a day before
a colon too ("6月7日：").

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

PUBLISHED = "2025-08-12"

ORDINAL_DAY_ROWS = [
    # https://www.scmp.com (Kuaishou's Kling, 2024-07), paraphrased: a timeline of posts.
    ('June 7th: "Kuaishou\'s Kling is open to all users," a blogger wrote.', [("June 7th", "2025-06-07", "day")]),
    ("Nov. 22nd, Tencent said it would cut prices.", [("Nov. 22nd", "2024-11-22", "day")]),
    ("Alibaba cut prices on the 7th of June.", [("the 7th of June", "2025-06-07", "day")]),
    ("Alibaba cut prices on 7th June.", [("7th June", "2025-06-07", "day")]),
    ("JD launched food delivery on March 1st.", [("March 1st", "2025-03-01", "day")]),
    ("Huawei unveiled its 7th generation chip.", []),
    ("Revenue rose in the 3rd quarter.", [("the 3rd quarter", "2025-07-01", "quarter")]),
    ("Tencent moved to the 22nd floor.", []),
    ("6月7日：快手宣布可灵向所有用户开放。", [("6月7日", "2025-06-07", "day")]),
    ("6月27日：网友称正在寻找会用可灵的人。", [("6月27日", "2025-06-27", "day")]),
    ("华为发布第7代芯片。", []),
    ("6月7日：快手宣布可靈向所有用戶開放。", [("6月7日", "2025-06-07", "day")]),
    ("6月27日：網友稱正在尋找會用可靈的人。", [("6月27日", "2025-06-27", "day")]),
    ("華為發布第7代晶片。", []),
]

@pytest.mark.parametrize(("sentence", "expected"), ORDINAL_DAY_ROWS)
def test_a_day_with_an_ordinal_suffix_is_read(sentence, expected):
    assert found_dates(sentence, PUBLISHED) == [(to_simplified(t), s, p) for t, s, p in expected]
