"""dates_en_bare on its own: whether a month name or a four-digit number standing alone is a date."""

from __future__ import annotations

import re

import pytest

from lib.extract.dates_en_bare import FULL_MONTH, bare_month, bare_year, month_number
from lib.extract.dates_spec import WHOLE_YEAR, InYear, month_part

_MONTH = re.compile(rf"\b(?P<month>{FULL_MONTH})", re.ASCII)
_YEAR = re.compile(r"(?<![0-9])(?P<year>(?:19|20)[0-9]{2})(?![0-9])")

# (text, the month name looked at, what it reads as)
MONTH_ROWS = [
    ("ByteDance said in March that it would expand.", "March", InYear(month_part(3))),
    ("Sales have risen since May.", "May", InYear(month_part(5))),
    ("Stores opened in March, April and June.", "April", InYear(month_part(4))),  # a list of months
    # The list's last month after a serial comma ("in April, June, July, and August", en2407; "in August,
    # September, and October, respectively", en2413), as after "and" alone.
    ("Beijing excluded Tencent in approvals in April, June, July, and August.", "August", InYear(month_part(8))),
    ("Shares fell 9.21% in August, September, and October, respectively.", "October", InYear(month_part(10))),
    ("Meituan will launch KeeTa in September, or October.", "October", InYear(month_part(10))),
    # Must not change: ", and" after no month leads nothing ("summer, and March results").
    ("Sales rose over the summer, and March results were strong.", "March", None),
    ("Analysts praised the launch, and May shipments were low.", "May", None),
    ("Nio published its deliveries for March.", "March", InYear(month_part(3))),
    # The earliest or latest a plan can happen (lib/rules/bare_month_leads_en.txt).
    ("MiniMax was aiming for a listing as early as January.", "January", InYear(month_part(1))),
    ("Kuaishou could list as soon as March.", "March", InYear(month_part(3))),
    ("Huawei still sold the phones as late as May.", "May", InYear(month_part(5))),
    # Must not change: "as" alone, "early" with no "as" before it, are no lead.
    ("Sales were as strong as May forecasts said.", "May", None),
    ("An early March rally lifted shares.", "March", InYear(month_part(3))),
    ("Protesters called for March rallies.", "March", None),
    # A schedule names its month as "in" does (en2741: "The model's rollout, originally slated for May, has
    # since been postponed"; lib/rules/bare_month_leads_en.txt).
    ("The model's rollout, originally slated for May, has since been postponed.", "May", InYear(month_part(5))),
    ("Xiaomi's IPO is scheduled for March, people familiar said.", "March", InYear(month_part(3))),
    ("A launch planned for June slipped to the autumn.", "June", InYear(month_part(6))),
    ("The shareholder vote is set for July.", "July", InYear(month_part(7))),
    # Must not change: "for" alone, or a schedule word with no "for", leads nothing.
    ("Tickets for May are sold out, Alibaba said.", "May", None),
    ("Alibaba scheduled May shipments late.", "May", None),
    ("The assets set aside for reserves. March results were strong.", "March", None),
    ("March on, said the chief executive.", "March", None),
    ("Analysts praised ByteDance. March results were strong.", "March", None),
    # The first month of a span joined by a dash, whatever stands before it.
    ("SMIC's revenue for the April-June period grew 43%.", "April", InYear(month_part(4))),
    ("Baidu's July-September revenue beat forecasts.", "July", InYear(month_part(7))),
    ("Sales for October–December rose 9%, JD said.", "October", InYear(month_part(10))),
    # Must not change: a dash with no month after it, a hyphenated name.
    ("Its June-quarter results were strong.", "June", None),
    ("Analysts praised ByteDance. May-be results were strong.", "May", None),
    # A determiner before the month and a noun after it (lib/rules/bare_month_determiners_en.txt), a demonstrative
    # too (Y en2313: "What made that February moment stand out"); not before a verb or "be", nor with a word
    # between the determiner and the month.
    ("Its June update added video generation.", "June", InYear(month_part(6))),
    ("What made that February moment stand out was the glasses.", "February", InYear(month_part(2))),
    ("These October controls hit Nvidia's A800.", "October", InYear(month_part(10))),
    ("Xiaomi said that May be its best month yet.", "May", None),
    ("Rokid's founder said that March was hard.", "March", None),
    ("Under the initial October controls, Nvidia could still sell the A800.", "October", None),
    # A month's possessive before a noun, as a weekday's ("Thursday's filing"): AJ en3411, "improving June’s result
    # by almost 2,000"; not a person's name before it.
    ("BYD set another monthly record, improving June’s result by almost 2,000.", "June", InYear(month_part(6))),
    ("March's deliveries rose 20%, Nio said.", "March", InYear(month_part(3))),
    ("Theresa May's government courted Huawei.", "May", None),
    ("Huawei hired Brian May's band.", "May", None),
]

YEAR_ROWS = [
    ("Alibaba was founded in 1999.", InYear(WHOLE_YEAR, year=1999)),
    ("Revenue in 2024 rose.", InYear(WHOLE_YEAR, year=2024)),
    ("The company was founded in 1987.", InYear(WHOLE_YEAR, year=1987)),
    ("The company has 1987 employees.", None),
    ("The app has 2024 active users.", None),
    ("The plan costs $2024 a year.", None),
]


@pytest.mark.parametrize(("text", "name", "spec"), MONTH_ROWS)
def test_a_month_alone_is_a_date_where_its_context_makes_it_one(text, name, spec):
    match = next(match for match in _MONTH.finditer(text) if match["month"] == name)
    assert bare_month(match, text) == spec


@pytest.mark.parametrize(("text", "spec"), YEAR_ROWS)
def test_a_year_alone_is_a_date_unless_it_counts_something(text, spec):
    assert bare_year(_YEAR.search(text), text) == spec


@pytest.mark.parametrize(("name", "number"), [("January", 1), ("May", 5), ("Sept.", 9), ("Sep", 9), ("Dec.", 12)])
def test_month_number(name, number):
    assert month_number(name) == number
