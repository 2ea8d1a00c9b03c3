"""A year-less date named as the earliest a plan can happen lies ahead of publication.

Class: 最快 ("at the soonest"), "as early as", "as soon as" before a date name the earliest day, month or
quarter a plan can be carried out ("预计最快星期日宣布", "could announce the sale as early as Sunday"): that
date is ahead even when the same weekday or month just passed is nearer publication, as 最晚 / 最迟 ("at the
latest") before a date are. The English cues carry no tense: a past verb before them in their clause dates a
past act ("tested drones as early as Nov. 2"), and so does a past verb after them when the date opens its
clause ("As early as Nov. 2, Meituan tested drones": the verb comes after), and a past aspect after the date
after 最快 ("最快11月2日已完成测试"); a saying after it may be the plan's own ("预计最快星期日宣布").
Near misses: 最早 also dates what already happened ("最早可追溯到10月11日", "该系列最早于5月推出") and moves
nothing; 最快 with no date after it is a record.
Traditional rows are read through ``to_simplified``, as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.script import to_simplified
from lib.periods import parse_iso_period
from lib.rules import load_rules

CUES = cue_patterns(load_rules().future_cues)


def _found(sentence: str, published_iso: str) -> list[tuple[str, str, bool]]:
    return [(m.text, m.period.start.isoformat(), m.ahead)
            for m in find_dates(to_simplified(sentence), parse_iso_period(published_iso), CUES)]


# (sentence, published (a Tuesday unless said), [(date words, period start, ahead)])
ROWS = [
    # English: "as early as" / "as soon as" move the date ahead unless a past verb tells it as past.
    ("Huawei could announce the sale of the unit as early as Sunday, people familiar with the matter said.",
     "2020-11-10", [("Sunday", "2020-11-15", True)]),
    ("The sale will be announced as early as Sunday.", "2020-11-10", [("Sunday", "2020-11-15", True)]),
    ("Meituan may start drone deliveries in Hong Kong as soon as Monday.", "2020-11-10",
     [("Monday", "2020-11-16", True)]),
    ("Meituan tested drone deliveries in Shenzhen as early as Nov. 2.", "2020-11-10",
     [("Nov. 2", "2020-11-02", False)]),
    ("Huawei had begun talks with buyers as early as Sunday.", "2020-11-10", [("Sunday", "2020-11-08", False)]),
    # A bare month after the cue is a date as after "by" (lib/rules/bare_month_leads_en.txt), ahead or back
    # as the cue and the clause's tense say.
    ("Zhipu is aiming for a listing in Hong Kong as early as January, people familiar with the matter said.",
     "2025-12-13", [("January", "2026-01-01", True)]),
    ("Kuaishou could raise up to $5 billion in an IPO as soon as March.", "2020-11-06",
     [("March", "2021-03-01", True)]),
    ("Huawei had started talks with buyers as early as January.", "2020-11-10", [("January", "2020-01-01", False)]),
    ("As early as January, Huawei had started talks with buyers.", "2020-11-10", [("January", "2020-01-01", False)]),
    ("Meituan was still testing the drones as late as May.", "2020-11-10", [("May", "2020-05-01", False)]),
    # Fronted, the clause's verb comes after the date and gives it its tense both ways.
    ("As early as Nov. 2, Meituan tested drone deliveries in Shenzhen.", "2020-11-10",
     [("Nov. 2", "2020-11-02", False)]),
    ("As early as Sunday, Huawei had begun talks with buyers.", "2020-11-10", [("Sunday", "2020-11-08", False)]),
    ("As early as Sunday, Huawei could announce the sale of the unit.", "2020-11-10",
     [("Sunday", "2020-11-15", True)]),
    # Not fronted, the verb before the cue is the clause's: a saying after the date dates nothing.
    ("JD.com will start paying riders' social security from March 1, the company said.", "2020-02-20",
     [("March 1", "2020-03-01", True)]),
    # Simplified: 最快 right before the date, or with 将于 / 于 / 可 between.
    ("知情人士称，华为预计最快星期日宣布出售荣耀。", "2020-11-10", [("星期日", "2020-11-15", True)]),
    ("交易最快周日公布。", "2020-11-10", [("周日", "2020-11-15", True)]),
    ("美团的无人机配送服务最快于周六上线。", "2020-11-10", [("周六", "2020-11-14", True)]),
    ("消息人士称，该公司最快10月在港上市。", "2020-11-10", [("10月", "2021-10-01", True)]),
    ("知情人士称，智谱最快1月在港上市。", "2025-12-13", [("1月", "2026-01-01", True)]),
    ("华为最早1月已开始与买家洽谈。", "2020-11-10", [("1月", "2020-01-01", False)]),
    # A past aspect after the date tells what was done by then: no plan.
    ("美团最快11月2日已在深圳完成无人机配送测试。", "2020-11-10", [("11月2日", "2020-11-02", False)]),
    ("美团最快11月2日就测试了无人机配送。", "2020-11-10", [("11月2日", "2020-11-02", False)]),
    # Near misses: 最早 dates a past act, 最快 with no date after it is a record.
    ("台积电内部最早可追溯到11月2日发现问题。", "2020-11-10", [("11月2日", "2020-11-02", False)]),
    ("小米汽车于3月28日创下新车企最快纪录。", "2020-11-10", [("3月28日", "2020-03-28", False)]),
    # Traditional.
    ("外電指，華為預計最快星期日宣佈出售榮耀。", "2020-11-10", [("星期日", "2020-11-15", True)]),
    ("據悉，交易最快於週日完成。", "2020-11-10", [("周日", "2020-11-15", True)]),
    ("台積電內部最早可追溯到11月2日發現問題。", "2020-11-10", [("11月2日", "2020-11-02", False)]),
    ("知情人士稱，智譜最快1月在港上市。", "2025-12-13", [("1月", "2026-01-01", True)]),
    ("華為最早1月已開始與買家洽談。", "2020-11-10", [("1月", "2020-01-01", False)]),
    ("美團最快11月2日已在深圳完成無人機配送測試。", "2020-11-10", [("11月2日", "2020-11-02", False)]),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), ROWS)
def test_the_earliest_date_of_a_plan_lies_ahead(sentence, published, expected):
    assert _found(sentence, published) == expected
