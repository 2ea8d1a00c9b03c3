"""The date a page's address is filed under."""

from __future__ import annotations

from datetime import date

import pytest

from lib.parse.url_dates import date_in_url
from lib.periods import Period

# (address, ISO start or None, precision)
URL_CASES = [
    ("https://www.socialmediaasia.com/2026/02/17/china-ai-startup-moonshot-targets", "2026-02-17", "day"),
    ("https://techstartups.com/staging/2023/10/17/chinese-ai-startup-baichuan-raises", "2023-10-17", "day"),
    ("https://www.reuters.com/technology/deepseek-launch-2025-01-27/", "2025-01-27", "day"),
    ("https://www.scmp.com/tech/article/3299999/deepseek?module=2025_01", None, ""),
    ("https://www.cna.com.tw/news/acn/202603160195.aspx", "2026-03-16", "day"),
    ("https://tech.sina.com.cn/i/2024-05-08/doc-inavxyz1234567.shtml", "2024-05-08", "day"),
    ("https://www.36kr.com/p/20240508", "2024-05-08", "day"),
    ("http://twwtn.com/anews/202502/75844.html", "2025-02-01", "month"),
    ("https://www.theverge.com/2024/5/bytedance-doubao", "2024-05-01", "month"),
    ("http://www.xinhuanet.com/tech/2025-03/05/c_1130123456.htm", "2025-03-05", "day"),
    ("http://una-daniel.com/20067.html", None, ""),
    # a folder per year holding one per day, in English, simplified and traditional Chinese sites
    ("http://en.people.cn/n3/2021/0712/c90000-9870919.html", "2021-07-12", "day"),
    ("http://world.people.com.cn/n1/2024/0303/c1002-40187266.html", "2024-03-03", "day"),
    ("http://www.takungpao.com.hk/international/text/2020/0928/502584.html", "2020-09-28", "day"),
    ("https://m.chinaz.com/2020/0831/1178237.shtml", "2020-08-31", "day"),
    ("http://mp.example.cn/zhengquan/2022/0812/081280173.html", "2022-08-12", "day"),
    # near misses: no month and day after the year folder, which alone dates the page
    ("http://www.example.cn/news/2023/1350/story.html", "2023-01-01", "year"),
    ("http://www.example.cn/news/2023/0230/story.html", "2023-01-01", "year"),
    ("http://www.example.com.hk/2019/0612", "2019-01-01", "year"),  # a last piece may be an id: the year folder
    # a folder per year alone: the year, in English, simplified and traditional Chinese sites
    ("http://www.ca315.com/html/pc/2021/jrkd_0704/303893.html", "2021-01-01", "year"),
    ("http://2r3nbw.cn/2021/yidongwangluo_02057950.html", "2021-01-01", "year"),
    ("https://www.example.com/news/2024/xiaomi-su7-deliveries-top-10000", "2024-01-01", "year"),
    ("https://www.example.com.tw/finance/2025/tsmc-revenue.html", "2025-01-01", "year"),
    # near misses: a year in a name, or a last piece with nothing filed in it
    ("https://www.example.com/news/top-10-chinese-ai-models-of-2024/", None, ""),
    ("https://www.example.com/reports/2021-annual-report", None, ""),
    ("https://www.example.com/archive/2021/", None, ""),
    ("https://www.example.com/tag/2025", None, ""),
    ("https://ec.ltn.com.tw/amp/article/breakingnews/4629064", None, ""),
    ("https://www.example.com/2023/02/30/no-such-day", "2023-02-01", "month"),  # filed under its month
    # a Unix time in milliseconds or microseconds, read as a day in China Standard Time (UTC+8)
    ("http://52hrtt.com/nl/n/w/info/A1741136223483", "2025-03-05", "day"),
    ("http://www.bkeconomy.com/detail-1765952848129872.html", "2025-12-17", "day"),
    ("https://joyk.com/dig/detail/1668805553103731", "2022-11-19", "day"),  # 21:05 UTC on the 18th
    ("https://news.example.com.hk/article/s00004/1756226419805/story", "2025-08-27", "day"),  # 16:40 UTC, the 26th
    # near misses: ten digits (an id as often as seconds), a longer run, an id numbered by its date
    ("https://www.itiger.com/news/1172581262", None, ""),
    ("https://www.example.com/en/news-detail/1728989445145624729", None, ""),
    ("https://www.example.com/p/17411362234", None, ""),
    ("https://www.equalocean.com/news/2021110816786", "2021-11-08", "day"),
    ("https://www.example.com/products/rtx-20231231999999999", None, ""),
    ("https://2024.example.com/news/story", None, ""),
    ("", None, ""),
    ("not a url at all [", None, ""),
]


@pytest.mark.parametrize(("url", "iso", "precision"), URL_CASES, ids=[case[0][:60] or "empty" for case in URL_CASES])
def test_date_in_url(url, iso, precision):
    expected = None if iso is None else Period(date.fromisoformat(iso), precision)
    assert date_in_url(url) == expected
