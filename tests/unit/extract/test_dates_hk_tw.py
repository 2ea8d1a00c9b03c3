"""Hong Kong and Taiwan write a quarter without 度 ("2024年第4季"): after a year it is a quarter."""

from datetime import date

import pytest

from lib.extract.dates import find_dates
from lib.parse.script import to_simplified
from lib.periods import Period

PUBLISHED = Period(date(2025, 8, 28), "day")


@pytest.mark.parametrize(
    ("text", "words", "start", "precision"),
    [
        # https://udn.com (TSMC Arizona, 2025-08-27): "第一座廠已提早在2024年第4季以4奈米量產"
        ("第一座廠已提早在2024年第4季以4奈米量產", "2024年第4季", "2024-10-01", "quarter"),
        ("台積電今年第2季營收創新高", "今年第2季", "2025-04-01", "quarter"),
        ("美團去年第4季虧損收窄", "去年第4季", "2024-10-01", "quarter"),
        ("阿里巴巴2025年第三季度业绩", "2025年第三季度", "2025-07-01", "quarter"),
        ("腾讯2024年第四季度营收增长", "2024年第四季度", "2024-10-01", "quarter"),
        # 季节 is a season, not a quarter: only the year is a date
        ("2025年四季节气变化", "2025年", "2025-01-01", "year"),
    ],
)
def test_a_quarter_with_or_without_du(text, words, start, precision):
    (match,) = find_dates(to_simplified(text), PUBLISHED)
    assert (text[match.start:match.end], match.period.start.isoformat(), match.period.precision) == (
        words, start, precision)


@pytest.mark.parametrize(
    ("text", "published", "start"),
    [
        # a day after publication: this year's (another time zone, a late update), not a year back
        ("5月16日，蓝心智能宣布接入豆包大模型。", date(2024, 5, 15), "2024-05-16"),
        ("On May 16, Lanxin AI said it adopted Doubao.", date(2024, 5, 15), "2024-05-16"),
        ("1月1日，腾讯发布新模型。", date(2024, 12, 31), "2025-01-01"),
        # three days after, with no word pointing ahead: last year's
        ("1月19日，TikTok发布声明。", date(2025, 1, 16), "2024-01-19"),
        ("On March 30, Baidu launched Ernie.", date(2024, 2, 28), "2023-03-30"),
    ],
)
def test_a_day_just_after_publication_is_this_years(text, published, start):
    (match,) = find_dates(text, Period(published, "day"))
    assert match.period.start.isoformat() == start
