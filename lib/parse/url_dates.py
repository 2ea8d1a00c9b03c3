"""The publication date a page's own address states: /2026/02/17/, /202502/, 202603160195.aspx, /2021/.

News sites file articles under their date, so an address is a dated record of the page written
by its publisher (htmldate reads it the same way). Only the path is read, never the host, and
only dates that are real calendar days between ``FIRST_YEAR`` and ``LAST_YEAR``:

    https://www.example.com/2026/02/17/moonshot-targets      → 2026-02-17, day
    https://www.example.com/news/2023-10-17-baichuan-raises  → 2023-10-17, day
    http://en.people.cn/n3/2021/0410/c90000-9837748.html     → 2021-04-10, day (a year, then month and day)
    https://www.cna.com.tw/news/acn/202603160195.aspx        → 2026-03-16, day (a dated article id)
    http://twwtn.com/anews/202502/75844.html                 → 2025-02, month
    https://www.example.com/2024/05/some-story               → 2024-05, month
    http://2r3nbw.cn/2021/yidongwangluo_02057950.html        → 2021, year (a folder per year)
    http://una-daniel.com/20067.html                         → nothing (an id, not a date)
    http://52hrtt.com/nl/n/w/info/A1741136223483             → 2025-03-05, day (a Unix time in milliseconds)

A run of 13 digits (milliseconds) or 16 (microseconds) opening with 1 is the Unix time the page was
stamped with (2001–2033): ids of that length open with the date they are numbered by (20190820…), and a
run of 10 digits is as often an id as a time in seconds (itiger.com/news/1172581262 is 2007 read so), so
neither is read. The time is read as a day in China Standard Time (UTC+8), where the set's publishers
print their dates: Ming Pao's 1756226419805 under /20250827/ is 16:40 UTC on the 26th.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit

from lib.periods import Period

FIRST_YEAR, LAST_YEAR = 1995, 2039

_YEAR = r"(?P<y>(?:199[5-9]|20[0-3]\d))"
_MONTH = r"(?P<m>0?[1-9]|1[0-2])"
_DAY = r"(?P<d>0?[1-9]|[12]\d|3[01])"
# Most specific first; each holds the date as whole path pieces or a digit run of its own.
_PATTERNS = [re.compile(pattern) for pattern in (
    rf"(?<![\d])/{_YEAR}[/_-]{_MONTH}[/_-]{_DAY}(?=[/_.-]|$)",
    # /2021/0410/: a folder per year holding one per day, as many Chinese news sites file
    rf"/{_YEAR}/(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=/)",
    rf"(?<![\d]){_YEAR}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)",
    # 20231017, alone or opening a dated id of at most 14 digits (202603160195)
    rf"(?<![\d]){_YEAR}(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])(?=\d{{0,6}}(?!\d))",
    rf"/{_YEAR}[/_-]?(?P<m>0[1-9]|1[0-2])(?=/)",
    rf"/{_YEAR}/{_MONTH}(?=/)",
    # /2021/: a folder per year, the article's name or id inside it
    rf"/{_YEAR}(?=/[^/])",
)]
_UNIX_TIME = re.compile(r"(?<!\d)1\d{12}(?:\d{3})?(?!\d)")
_STAMPED_IN = timedelta(hours=8)


def date_in_url(url: str) -> Period | None:
    """The day or month the path of ``url`` is filed under, or None."""
    try:
        path = urlsplit(url.strip()).path
    except ValueError:
        return None
    for pattern in _PATTERNS:
        match = pattern.search(path)
        if match is None:
            continue
        year, month = int(match["y"]), int(match.groupdict().get("m") or 0)
        if not month:
            return Period(date(year, 1, 1), "year")
        try:
            if match.groupdict().get("d"):
                return Period(date(year, month, int(match["d"])), "day")
            return Period(date(year, month, 1), "month")
        except ValueError:
            continue  # 2023/02/30 is no day
    return _stamped_day(path)


def _stamped_day(path: str) -> Period | None:
    """The day of a Unix time in milliseconds or microseconds in ``path`` (China Standard Time), or None."""
    match = _UNIX_TIME.search(path)
    if match is None:
        return None
    stamped = datetime.fromtimestamp(int(match.group(0)[:10]), UTC) + _STAMPED_IN
    return Period(stamped.date(), "day") if FIRST_YEAR <= stamped.year <= LAST_YEAR else None
