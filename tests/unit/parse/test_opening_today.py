"""A story opening with a year-less day that its first sentence calls today."""

from __future__ import annotations

import pytest

from lib.parse.opening_today import opening_day_told_as_today


# Class (publication dates not read, W zs2103; AC zt3464 reads the same day): the opening day is the day of writing.
@pytest.mark.parametrize(("line", "month_day"), [
    ("1月8日,港股交易屏幕上,美团股价下跌3.35%,阿里巴巴也跌2.26%——就在今天下午,阿里宣布将坚定加大淘宝闪购投入。",
     (1, 8)),
    ("11月8日,界面新闻获悉,字节跳动已于今日开启今年第二轮员工期权回购,此次价格为税前每股160美元。", (11, 8)),
    ("3 月 5 日，腾讯股价今天早盘上涨4%。", (3, 5)),
    ("On January 8, Meituan shares fell 3.35% in Hong Kong after Alibaba said today it would spend more.", (1, 8)),
    ("Jan. 8, Meituan shares fell 3.35% in Hong Kong as Alibaba announced today a bigger push.", (1, 8)),
    # near misses: the today in the next sentence; a day told later in the sentence; no today; a year with the day;
    # a range of days; the date opening a list, not a clause
    ("1月8日,美团股价下跌3.35%。今天下午,阿里宣布加大投入。", None),
    ("随着4月2日理想汽车公布3月份销量快报,我们今天就来盘点下3家车企的交付量。", None),
    ("8月27日,美团发布2025年半年报,今年第二季度公司净利润同比大幅下滑89%。", None),
    ("2026年1月8日,美团股价今天下跌3.35%。", None),
    ("On January 8, 2026, Meituan shares fell today.", None),
    ("Meituan said on January 8, that shares fell today.", None),
    ("1月8日至10日,腾讯今日举办开发者大会。", None),
])
def test_an_opening_day_called_today_is_the_day_of_writing(line, month_day):
    assert opening_day_told_as_today(line) == month_day
