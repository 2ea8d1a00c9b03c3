"""An ambiguous numeric publication date ("03/12/2021") is read the way the page's address files it."""

from __future__ import annotations

from datetime import date

import pytest

from lib.parse.clean import strip_boilerplate
from lib.parse.metadata import detect_metadata, merge_metadata
from lib.parse.metadata_dates import other_reading
from lib.periods import Period

BODIES = {
    "en": "Didi said today it would start delisting from the New York Stock Exchange.",
    "zh-Hans": "滴滴今天宣布，即日起启动纽交所退市工作。",
    "zh-Hant": "滴滴今天宣布，即日起啟動紐交所退市工作。",
}

# (header, body language, address, publication day read)
CASES = [
    # month-first slashes, the day-first page's address says otherwise: the address decides
    ("03/12/2021 - 11:30", "zh-Hans", "https://www.example.com/rfi/2021/12/03/didi.html", "2021-12-03"),
    ("发布时间：03/12/2021 11:30", "zh-Hans", "https://www.example.com/2021/12/03/didi.html", "2021-12-03"),
    ("發布時間：03/12/2021 11:30", "zh-Hant", "https://www.example.com/2021/12/03/didi.html", "2021-12-03"),
    ("Published: 03/12/2021 11:30 AM", "en", "https://www.example.com/news/2021/12/03/didi-delists", "2021-12-03"),
    # an address filed under a month decides as well
    ("03/12/2021", "en", "https://www.example.com/news/202112/5521.html", "2021-12-03"),
    # day-first dashes of a month-first page
    ("05-03-2019 | 11:30", "zh-Hant", "https://www.example.com/2019/05/03/5g.html", "2019-05-03"),
    # the address agrees with the first reading, holds both, or has no date: the first reading stays
    ("03/12/2021 - 11:30", "zh-Hans", "https://www.example.com/2021/03/12/didi.html", "2021-03-12"),
    ("03/12/2021 - 11:30", "en", "https://www.example.com/2021/didi.html", "2021-03-12"),
    ("05-03-2019", "zh-Hant", "https://www.example.com/article/2285978", "2019-03-05"),
    # a day over 12 is no ambiguity, an address of another day no reason to read it otherwise
    ("03/13/2021", "en", "https://www.example.com/2021/12/03/didi.html", "2021-03-13"),
    ("2021/03/12", "zh-Hans", "https://www.example.com/2021/12/03/didi.html", "2021-03-12"),
    ("2021年3月12日", "zh-Hans", "https://www.example.com/2021/12/03/didi.html", "2021-03-12"),
    ("March 12, 2021", "en", "https://www.example.com/2021/12/03/didi.html", "2021-03-12"),
    # no address decides: an ambiguous slashed date is read in the order of the page's language
    # (lib/rules/numeric_date_orders.csv): day first on a Chinese page, month first on an English one
    ("06/03/2023 10:46", "zh-Hant", "", "2023-03-06"),
    ("发布时间：06/03/2023 10:46", "zh-Hans", "https://www.example.com/article/2285978", "2023-03-06"),
    ("06/03/2023 10:46", "en", "", "2023-06-03"),
    # a number over 12 settles the order whatever the language
    ("06/13/2023 10:46", "zh-Hans", "", "2023-06-13"),
    ("13/06/2023 10:46", "en", "", "2023-06-13"),
    # the address still wins over the language's order
    ("06/03/2023 10:46", "zh-Hant", "https://www.example.com/2023/06/03/didi.html", "2023-06-03"),
]


@pytest.mark.parametrize(("header", "language", "url", "published"), CASES)
def test_the_address_decides_an_ambiguous_numeric_date(header, language, url, published, boilerplate_rules):
    text = f"Headline\n{header}\n{BODIES[language]}"
    _, removed = strip_boilerplate(text, boilerplate_rules)
    merged, _ = merge_metadata(detect_metadata(text, removed), {"url": url})
    assert merged.published.iso() == published
    assert merged.date_origin == "text"


def test_a_metadata_date_is_never_read_otherwise(boilerplate_rules):
    text = f"Headline\n03/12/2021 - 11:30\n{BODIES['zh-Hans']}"
    _, removed = strip_boilerplate(text, boilerplate_rules)
    row = {"url": "https://www.example.com/2021/12/03/didi.html", "published": "2021-03-12"}
    merged, _ = merge_metadata(detect_metadata(text, removed), row)
    assert merged.published == Period(date(2021, 3, 12), "day")


@pytest.mark.parametrize(("line", "day", "other"), [
    ("03/12/2021 - 11:30", date(2021, 3, 12), date(2021, 12, 3)),
    ("05-03-2019", date(2019, 3, 5), date(2019, 5, 3)),
    ("05.03.2019", date(2019, 3, 5), date(2019, 5, 3)),
    ("03/03/2021", date(2021, 3, 3), None),
    ("03/13/2021", date(2021, 3, 13), None),
    ("2021-03-12", date(2021, 3, 12), None),
])
def test_other_reading(line, day, other):
    found = other_reading(line, Period(day, "day"))
    assert (found.start if found else None) == other
