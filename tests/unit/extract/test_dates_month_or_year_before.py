""""The month" and "the year" after a preposition (or a verb closing or opening them: "closed the year") name the
month or year of the date before them, as 当月 and 当年 do: "XPeng delivered 9,026 vehicles during the month",
"the best-performing stock of the year".

A month in focus (a month reported, "deliveries for March") comes before the day it was told on ("on
Monday", April 1). Rows in English, simplified and traditional Chinese (invented passages, none from
``tests/data/realnews``), then near-misses the reading must leave as they were.
"""

from __future__ import annotations

import pytest

from tests.date_readings import found_dates

PUBLISHED = "2024-04-02"

READ = [
    pytest.param("XPeng announced its deliveries for March on Monday. It delivered 9,026 vehicles during the month.",
                 [("March", "2024-03-01", "month"), ("Monday", "2024-04-01", "day"),
                  ("the month", "2024-03-01", "month")], id="en-month-in-focus-before-the-day"),
    pytest.param("Xiaomi said on March 3 it would list. During the month, its shares rose.",
                 [("March 3", "2024-03-03", "day"), ("the month", "2024-03-01", "month")], id="en-month-of-a-day"),
    pytest.param("Kuaishou launched Kling in June, and in the month it drew a million users.",
                 [("June", "2023-06-01", "month"), ("the month", "2023-06-01", "month")], id="en-in-the-month"),
    pytest.param("Cambricon shares rose 387% through 2024, the best performance of any stock of the year.",
                 [("2024", "2024-01-01", "year"), ("the year", "2024-01-01", "year")], id="en-of-the-year"),
    pytest.param("小鹏3月交付9026辆，当月同比增长29%。",
                 [("3月", "2024-03-01", "month"), ("当月", "2024-03-01", "month")], id="hans-month"),
    pytest.param("小鵬3月交付9026輛，當月同比增長29%。",
                 [("3月", "2024-03-01", "month"), ("当月", "2024-03-01", "month")], id="hant-month"),
    pytest.param("寒武纪股价2024年累计上涨387%，为当年表现最好的股票。",
                 [("2024年", "2024-01-01", "year"), ("当年", "2024-01-01", "year")], id="hans-year"),
    pytest.param("寒武紀股價2024年累計上漲387%，為當年表現最好的股票。",
                 [("2024年", "2024-01-01", "year"), ("当年", "2024-01-01", "year")], id="hant-year"),
    # Class (date words not read, AK en3557): "the year to" before a figure is the year, "to" the count's
    # ("bringing total sales for the year to 122,486"), as 使当年销量达到 is; before a month, a year or "date"
    # it stays a span (below).
    pytest.param("Nio delivered 15,815 EVs in December, bringing total sales for the year to 122,486.",
                 [("December", "2023-12-01", "month"), ("the year", "2023-01-01", "year")],
                 id="en-the-year-to-a-figure"),
    pytest.param("Li Auto's revenue in March lifted its sales for the year to $12 billion.",
                 [("March", "2024-03-01", "month"), ("the year", "2024-01-01", "year")], id="en-the-year-to-an-amount"),
    pytest.param("蔚来12月交付15815辆，使当年销量达到122486辆。",
                 [("12月", "2023-12-01", "month"), ("当年", "2023-01-01", "year")], id="hans-the-year-to-a-figure"),
    pytest.param("蔚來12月交付15815輛，使當年銷量達到122486輛。",
                 [("12月", "2023-12-01", "month"), ("当年", "2023-01-01", "year")], id="hant-the-year-to-a-figure"),
    # Class (date words not read, AJ en3406): the month or year a verb closes or opens ("we closed the year on a
    # high note", "ended the month higher") is the one just told, as 当年, 当月 after a verb are.
    pytest.param("2019 was a transformational year for Bilibili. We closed the year on a high note.",
                 [("2019", "2019-01-01", "year"), ("the year", "2019-01-01", "year")], id="en-closed-the-year"),
    pytest.param("Nio delivered 5,000 cars in March. Its stock ended the month 10% higher.",
                 [("March", "2024-03-01", "month"), ("the month", "2024-03-01", "month")], id="en-ended-the-month"),
    pytest.param("2019年是B站的转型之年，公司当年以强劲增长收官。",
                 [("2019年", "2019-01-01", "year"), ("当年", "2019-01-01", "year")], id="hans-closed-the-year"),
    pytest.param("2019年是B站的轉型之年，公司當年以強勁增長收官。",
                 [("2019年", "2019-01-01", "year"), ("当年", "2019-01-01", "year")], id="hant-closed-the-year"),
]

UNCHANGED = [
    pytest.param("Nio started the year with weak deliveries.", [], id="started-the-year-with-no-date-before"),
    pytest.param("Nio's shares ended the year-long slump in March.", [("March", "2024-03-01", "month")],
                 id="ended-the-year-long"),
    pytest.param("Baidu named Ernie Bot the product of the year.", [], id="no-date-before"),
    pytest.param("Alibaba's revenue for the year ended March 31 rose 5%.", [("March 31", "2024-03-31", "day")],
                 id="the-year-ended"),
    pytest.param("Alibaba's revenue for the year to March rose 5%.", [("March", "2024-03-01", "month")],
                 id="the-year-to-a-month"),
    pytest.param("Xiaomi listed in 2018. Its sales for the year to 2025 will double.",
                 [("2018", "2018-01-01", "year"), ("2025", "2025-01-01", "year")], id="the-year-to-a-year"),
    pytest.param("Tencent listed in 2004. The year before, it had moved offices.",
                 [("2004", "2004-01-01", "year"), ("The year before", "2003-01-01", "year")], id="the-year-before"),
    pytest.param("Meituan launched a month-long campaign in March.", [("March", "2024-03-01", "month")],
                 id="month-long"),
    pytest.param("Huawei expects H20 deliveries by the end of the year.",
                 [("the end of the year", "2024-10-01", "quarter")], id="the-end-of-the-year"),
    pytest.param("JD.com reported results on Monday. In the year to date its shares rose 20%.",
                 [("Monday", "2024-04-01", "day")], id="year-to-date"),
    pytest.param("Xiaomi sold 10,000 cars in the first quarter. During the month of April it sold 8,000.",
                 [("the first quarter", "2024-01-01", "quarter"), ("April", "2024-04-01", "month")],
                 id="the-month-of-april"),
    # "the year" a number names is one date, read on its number, as 2024这一年 is: not the year before and the year.
    pytest.param("Xiaomi listed in 2018. Lei Jun set a delivery target for the year 2024 for the SU7.",
                 [("2018", "2018-01-01", "year"), ("2024", "2024-01-01", "year")], id="en-the-year-named"),
    pytest.param("Baidu listed in 2005. In the year 2023, it launched Ernie Bot.",
                 [("2005", "2005-01-01", "year"), ("2023", "2023-01-01", "year")], id="en-in-the-year-named"),
    pytest.param("小米2018年上市。雷军为SU7在2024这一年定下10万辆的交付目标。",
                 [("2018年", "2018-01-01", "year"), ("2024", "2024-01-01", "year")], id="hans-the-year-named"),
    pytest.param("小米2018年上市。雷軍為SU7在2024這一年定下10萬輛的交付目標。",
                 [("2018年", "2018-01-01", "year"), ("2024", "2024-01-01", "year")], id="hant-the-year-named"),
    pytest.param("Zhipu AI listed on March 8. Within the first two weeks of the year, four AI firms listed.",
                 [("March 8", "2024-03-08", "day"), ("the first two weeks of the year", "2024-01-01", "month")],
                 id="weeks-of-the-year"),
]


@pytest.mark.parametrize(("text", "expected"), READ + UNCHANGED)
def test_the_month_or_year_after_a_preposition_is_the_date_befores(text, expected):
    assert found_dates(text, PUBLISHED) == expected
