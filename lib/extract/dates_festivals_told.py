"""Place a year-less Chinese festival name told in a look back at an earlier year on that year's calendar.

A festival name with no year of its own ("春节", "除夕") is placed against publication like any year-less date
(``dates_resolve``). A Chinese look back tells its year first, as the topic of a passage, and the festival after
it without one: "2015年 – 微信红包：腾讯的微信成为春晚首个独家新媒体互动伙伴。除夕当晚微信红包收发总量达10.1亿次",
"还记得2015年除夕 … 利用春节这个天然的强磁场", "將時間拉回到2014年 … 就在這一年春節". When the date last told lies
``YEARS_BACK`` or more years before publication's year, the festival is the first one on or after it: the story
goes on from that date, and a festival is every year's, so nothing but the story tells which one it is.
A year told only a year back is as often the year just closed that a story of this year's festival recalls
("2025年12月28日，字节跳动宣布成为春晚合作伙伴 … 这个春节", published February 2026), so it is left to publication.
English names are left to publication: English writes a past festival with its year ("exceeded the total reached on
Singles Day in 2016. The 11th annual Singles Day kicked off"), and a bare name after a year told is this year's.
"""

from __future__ import annotations

from dataclasses import replace

from lib.extract.dates_resolve import resolve
from lib.extract.dates_spec import DateSpec, InYear
from lib.periods import Period

YEARS_BACK = 2


def festival_in_the_year_told(name: str, spec: DateSpec, period: Period | None, published: Period | None,
                              last_told: Period | None) -> Period | None:
    """``period`` (the festival ``spec`` named by ``name``, placed against publication), or, when ``name`` is
    Chinese, ``spec`` states no year and the date last told (``last_told``) lies ``YEARS_BACK`` or more years
    before publication's year, the first such festival on or after that date, if it comes before ``period``."""
    if (period is None or published is None or last_told is None or not isinstance(spec, InYear)
            or spec.year is not None or spec.offset is not None or name[:1].isascii()
            or last_told.start.year > published.start.year - YEARS_BACK):
        return period
    for year in range(last_told.start.year, published.start.year + 1):
        told = resolve(replace(spec, year=year), published)
        if told is not None and told.start >= last_told.start:
            return told if told.start < period.start else period
    return period
