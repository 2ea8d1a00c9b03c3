"""Whether "a year ago", 一年前 set a figure against an earlier one (``lib.extract.dates_comparisons``).

Right after a comparison word ("from", "compared with", 较), or after the earlier figure that follows it
("from RMB 10.3 billion a year ago"), they are a comparison; "more than a year ago", "launched a year
ago", 一年前发布, "与一年前发布的产品" (no 相比 after) are not. Traditional text is read as simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_comparisons import compared_in_chinese, compared_in_english
from lib.parse.script import to_simplified


@pytest.mark.parametrize(("text", "compared"), [
    ("Revenue was 5.5 billion yuan, a 48 percent decrease from a year ago.", True),
    ("Revenue fell to RMB 8.8 billion from RMB 10.3 billion a year ago.", True),
    ("Net income was $1.2 billion, compared with $900 million (RMB 6.5 billion) a year ago.", True),
    ("Deliveries rose to 51,443 from 40,000 vehicles a year ago.", True),
    ("Margins were higher than a year ago.", True),
    ("Sales were up 5% on a year ago.", True),
    ("Tencent launched the app a year ago.", False),
    ("The unit was sold more than a year ago.", False),
    ("It opened less than a year ago.", False),
])
def test_english_comparisons(text, compared):
    assert compared_in_english(text, text.index("a year ago")) is compared


@pytest.mark.parametrize(("text", "compared"), [
    ("营收较一年前增长48%。", True),
    ("营收比一年前多出一倍。", True),
    ("营收与一年前相比下降。", True),
    ("一年前这款应用上线。", False),
    ("与一年前发布的产品不同。", False),
    ("營收較一年前增長48%。", True),
    ("營收與一年前相比下降。", True),
    ("與一年前發佈的產品不同。", False),
])
def test_chinese_comparisons(text, compared):
    simplified = to_simplified(text)
    start = simplified.index("一年前")
    assert compared_in_chinese(simplified, start, start + 3) is compared
