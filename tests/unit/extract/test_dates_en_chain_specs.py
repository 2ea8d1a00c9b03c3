"""dates_en_chain_specs on its own: what an English date counted from another date stands for, given the
words its pattern matched (the patterns themselves are dates_en_chains', tested there)."""

from __future__ import annotations

import re

import pytest

from lib.extract import dates_en_chain_specs as specs
from lib.extract.dates_spec import WHOLE_YEAR, YEAR_BEFORE_PUBLICATION, Chained, InYear, day_part, month_part

# The groups each builder reads, as dates_en_chains' patterns name them.
_COUNT = r"(?P<n>a|an|one|two|three|\d+)\s+(?P<unit>day|week|month|quarter|year)s?"
PATTERNS = {
    specs.that_day: r"(?i:that\s+day|the\s+day\s+(?P<side>before|after|prior))",
    specs.counted_later: rf"(?i:{_COUNT}\s+(?P<side>later|earlier|after|prior))",
    specs.after_count: rf"(?i:after\s+{_COUNT})",
    specs.in_days: r"(?i:in\s+(?P<n>\d+|\w+)\s+days)",
    specs.same_moment: r"(?i:the\s+same\s+(?P<unit>day|point|time)\s+(?:of\s+(?P<year>\d{4})|last\s+year))",
    specs.before_a_date: rf"(?i:{_COUNT}\s+(?P<side>before|after))",
    specs.month_of_that_year: r"(?P<month>May|October)(?:\s+(?P<day>\d{1,2}))?\s+"
                              r"(?:of\s+the\s+(?P<which>following|next|previous)\s+year|that\s+year"
                              r"|the\s+year\s+(?P<side>before|after))",
}


def spec_of(builder, text):
    match = re.search(PATTERNS[builder], text)
    assert match is not None, text
    return builder(match, text)


@pytest.mark.parametrize(("builder", "text", "spec"), [
    (specs.that_day, "Baidu cut prices on May 3; that day, Alibaba followed.", Chained("day", 0)),
    (specs.that_day, "Xiaomi opened orders on March 28; the day before, rivals cut prices.", Chained("day", -1)),
    (specs.that_day, "DeepSeek released R1 on January 20; the day after, Nvidia fell.", Chained("day", 1)),
    (specs.counted_later, "The lab opened in October 2022 and a year later it had 300 staff.",
     Chained("year", 1, keep_month=True)),
    (specs.counted_later, "Two days earlier, Baidu had cut prices.", Chained("day", -2)),
    # a figure set against "a year earlier" is the period in focus a year back
    (specs.counted_later, "Net profit tripled from a year earlier.", Chained("year", -1, keep_month=True,
                                                                          focus_first=True)),
    (specs.after_count, "Doubao passed 10 million users after 53 days.", Chained("day", 53)),
    (specs.after_count, "The app topped the charts after three weeks.", Chained("day", 21)),
    (specs.after_count, "Sales doubled after two months.", Chained("month", 2)),
    (specs.in_days, "The ban takes effect in 45 days.", Chained("day", 45, same_sentence=True)),
    (specs.same_moment, "Turnover rose 27% compared with the same day of 2020.",
     Chained("same", 0, year=2020, focus_first=False, otherwise=InYear(WHOLE_YEAR, year=2020))),
    (specs.same_moment, "Shares are up 40% from the same point last year.",
     Chained("same", -1, focus_first=True, otherwise=YEAR_BEFORE_PUBLICATION)),
    (specs.before_a_date, "Prices rose one week before the Lunar New Year.", Chained("day", -7, before_date=True)),
    # after "came", the words date the other happening: back from the sentence's own date
    (specs.before_a_date, "The launch came two days after Google unveiled Gemini.",
     Chained("day", -2, told_only=True)),
    (specs.before_a_date, "It came a year after Meituan launched KeeTa.", Chained("year", -1, told_only=True)),
    (specs.before_a_date, "Prices rose a year after the launch.", None),  # names no date of its own
    # opening the sentence before a listing's noun: the sentence's happening, from that listing's day
    (specs.before_a_date, "Two days after the IPO, the regulator launched a probe.",
     Chained("day", 2, told_only=True, from_happening=True)),
    (specs.before_a_date, "Just a week after its Hong Kong listing, shares fell.",
     Chained("day", 7, told_only=True, from_happening=True)),
    (specs.before_a_date, "The regulator launched a probe two days after the IPO.",
     Chained("day", 2, before_date=True)),
    (specs.month_of_that_year, "Huawei launched the phone in May that year.", Chained("year", 0, part=month_part(5))),
    (specs.month_of_that_year, "The rule took effect on October 7 of the following year.",
     Chained("year", 1, part=day_part(10, 7))),
    (specs.month_of_that_year, "Its share was 6.4 per cent in October the year before.",
     Chained("year", -1, part=month_part(10))),
])
def test_the_spec_an_english_counted_date_stands_for(builder, text, spec):
    assert spec_of(builder, text) == spec
