"""The day a metadata line states: anywhere in a cut byline or dateline, only in a kept date line."""

from datetime import date

import pytest

from lib.parse.metadata_dates import date_in_line, year_less_date_line_day
from lib.parse.script import to_simplified


@pytest.mark.parametrize(("line", "cut_as", "expected"), [
    # A kept line that is a date line: the date after a cue, then at most a time or a byline.
    ("Published: January 22, 2025 10:30 AM", None, date(2025, 1, 22)),
    ("发布时间：2025年1月22日 10:30", None, date(2025, 1, 22)),
    ("發佈時間：2025年1月22日 10:30", None, date(2025, 1, 22)),
    # A short line: a date with a weekday, a time or a name around it.
    ("Caixin | Sep 15, 2020", None, date(2020, 9, 15)),
    ("香港01 2025年1月22日 星期三", None, date(2025, 1, 22)),
    ("聯合報 2025年1月22日 星期三", None, date(2025, 1, 22)),
    # A date inside a kept sentence is no publication date.
    ("DeepSeek launched R1 on January 20, 2025, the company said in a statement on its website.", None, None),
    ("该公司于2025年1月20日发布了R1模型，并在官网公布了技术报告的全部细节与评测结果。", None, None),
    ("該公司於2025年1月20日發布了R1模型，並在官網公布了技術報告的全部細節與評測結果。", None, None),
    # A line cut as a byline gives its first day wherever it stands.
    ("By Jane Doe | TechNode | January 22, 2025", "byline", date(2025, 1, 22)),
    ("来源：新华社 记者 张三 2025-01-22", "byline", date(2025, 1, 22)),
    ("來源：中央社 記者 張三 2025-01-22", "byline", date(2025, 1, 22)),
    ("By Jane Doe | TechNode", "byline", None),
    # Of a revision and a publication on one line, the publication; a revision alone still dates the page.
    ("Updated March 13, 2024 at 1:42 p.m. EDT|Published March 12, 2024 at 7:00 a.m. EDT", None, date(2024, 3, 12)),
    ("更新时间：2024-03-13 10:00 | 发布时间：2024-03-12 09:00", None, date(2024, 3, 12)),
    ("更新時間：2024-03-13 10:00 | 發佈時間：2024-03-12 09:00", None, date(2024, 3, 12)),
    ("Updated: March 18, 2026 - 10:49am", None, date(2026, 3, 18)),
    ("最後更新日期：2021-04-13 18:30", None, date(2021, 4, 13)),
    # A date line's names, labels and counts: site addresses, read counts, a lower-case site name.
    ("CSDN 2024-07-21 09:01:01 阅读 68", None, date(2024, 7, 21)),
    ("2026-01-21 15:49:56 证券 ketldu", None, date(2026, 1, 21)),
    ("電子設計 · 來源:電子設計 · 2020-12-08 22:15 · 次閱讀", None, date(2020, 12, 8)),
    ("Published : Friday, 31 March, 2023 at 12:00 AM  Count : 26", None, date(2023, 3, 31)),
    # A headline with its date is no date line, in Latin letters or not.
    ("华为2023年8月29日发布Mate60", None, None),
    ("2024年5月15日字节跳动豆包大模型正式发布", None, None),
    ("2024年5月15日字節跳動豆包大模型正式發佈", None, None),
    # A page's age beside its date ("3 years ago", "3年前") is no name.
    ("May 29, 2014 / 8:07 AM / 3 years ago", None, date(2014, 5, 29)),
    ("2014-05-29 08:07 · 3年前", None, date(2014, 5, 29)),
    ("2014年5月29日 08:07 · 8個月前", None, date(2014, 5, 29)),
    # A dateline opening a story with its full date: place, date, outlet, dash.
    ("BEIJING, March 5, 2025 /PRNewswire/ -- The company today announced its results.", None, date(2025, 3, 5)),
    ("香港2025年3月5日 /美通社/ -- 该公司今天公布全年业绩。", None, date(2025, 3, 5)),
    ("香港2025年3月5日 /美通社/ -- 該公司今天公佈全年業績。", None, date(2025, 3, 5)),
    ("5th March 2025 – (Hong Kong) The company issued a memo to its staff.", None, date(2025, 3, 5)),
    # A range's dash after a date in a sentence is no dateline's.
    ("展会于2023年8月18日-20日在上海举办，多家公司参展。", None, None),
    ("展會於2023年8月18日-20日在台北舉辦，多家公司參展。", None, None),
    ("The fair ran from August 18, 2023 - 20 in Shanghai, where the company showed its robots.", None, None),
    ("March 5, 2025 – March 7, 2025: the company's developer conference in Shenzhen drew record crowds.", None, None),
    # Related articles' dates are no date line.
    ("相关文章: 2021-11-02 2021-08-13 2021-09-06 2022-12-23", None, None),
    ("相關文章: 2021-11-02 2021-08-13 2021-09-06 2022-12-23", None, None),
    # Class (publication dates not read): a day-first numeric date with dashes or dots and the year last, as British,
    # European, Indian and Hong Kong pages print it, beside a creation label and a zone; of a revision and a
    # creation, the creation
    ("Reuters | Updated: 04-11-2020 18:55 IST | Created: 03-11-2020 18:55 IST", None, date(2020, 11, 3)),
    ("PTI | Created: 25-01-2025 09:10 IST", None, date(2025, 1, 25)),
    ("Date created: 07.03.2024 14:20 CET", None, date(2024, 3, 7)),
    ("hket | 發佈日期：05-02-2021 10:30", None, date(2021, 2, 5)),
    ("新浪财经 发表时间：05-02-2021 10:30", None, date(2021, 2, 5)),
    ("來源：明報 12-03-2024 星期二", None, date(2024, 3, 12)),
    ("Published 3:04 PM EST, Tue January 7, 2025", None, date(2025, 1, 7)),
    ("Posted: 2025-01-22", None, date(2025, 1, 22)),
    # near misses: a range, a date inside a sentence, a version number, a day that is no day
    ("Offer valid 01-02-2025 to 28-02-2025 for the company's new subscribers in India only.", None, None),
    ("The company said on 03-11-2020 that it would suspend the listing of its shares in Shanghai.", None, None),
    ("該公司於05-02-2021在港交所上市，首日股價大漲，市值突破一萬億港元，成為今年最大的新股。", None, None),
    ("Version 1.2.2024 release notes", None, None),
    ("Created: 31-02-2024 10:00", None, None),
    # Class (publication dates not read): a story opening with the day of writing glossed with its full date
    ("今日(2026年1月8日),北京智谱华章科技股份有限公司正式在港交所主板挂牌上市。", None, date(2026, 1, 8)),
    ("今天（2025年3月5日），阿里巴巴发布了新一代推理模型，并宣布将其开源。", None, date(2025, 3, 5)),
    ("今日（2024年9月20日），華為三折疊手機Mate XT正式在全國門店發售。", None, date(2024, 9, 20)),
    ("Today (January 8, 2026), Zhipu became the first large-model company to list in Hong Kong.", None,
     date(2026, 1, 8)),
    # the gloss naming the day's weekday too (AH en3202): the weekday restates the day
    ("Today (Tuesday, 11 Feb 2025), JD.com invited restaurants to join its food delivery platform.", None,
     date(2025, 2, 11)),
    ("今天（2025年2月11日，周二），京东宣布邀请品质堂食餐饮商家入驻外卖平台。", None, date(2025, 2, 11)),
    ("今日（週二，2025年2月11日），京東宣布邀請品質堂食餐飲商家入駐外賣平台。", None, date(2025, 2, 11)),
    # near misses: a weekday alone in the gloss; a weekday after its date inside the sentence
    ("Today (Tuesday), JD.com invited restaurants to join its food delivery platform, 11 Feb 2025.", None, None),
    ("京东今天（周二，2025年2月11日）宣布邀请品质堂食餐饮商家入驻外卖平台。", None, None),
    # near misses: a glossed month, a today inside the sentence, a day without its year
    ("一年后的今天(2026 年 2 月),这个发布被业界称为斯普特尼克时刻,它从根本上改变了行业。", None, None),
    ("今天(2026年2月),这个发布被业界称为斯普特尼克时刻,它从根本上改变了行业的经济轨迹。", None, None),
    ("字节跳动今天(2020年9月20日)早间发布声明称，三方对合作形成原则性共识，将尽快达成协议。", None, None),
    ("今天(20日)早间，字节跳动发布声明称，三方对合作形成原则性共识，将尽快达成合作协议。", None, None),
    ("Today's results (January 8, 2026) beat the company's own forecast for the quarter.", None, None),
    # Class (publication dates not read, R en1603): a date whose comma stands apart from its day, as a page that
    # prints the day and the year in spans of their own copies it, with a zone after the time
    ("Jane Smith From TechNode| March 05 , 2024 08:15 BJT", None, date(2024, 3, 5)),
    ("Posted by Li Wei | 5 March , 2024 08:15 HKT", None, date(2024, 3, 5)),
    ("Caixin Global | Sep 15 , 2020 · 10:30 SGT", None, date(2020, 9, 15)),
    ("中新网 2024年03月05日 08:15 北京时间", None, date(2024, 3, 5)),
    ("中央社 2024年03月05日 08:15 北京時間", None, date(2024, 3, 5)),
    # near miss: the same date inside a sentence
    ("The company said on March 05 , 2024 that it would list its shares in Hong Kong later this year.", None, None),
    # Class (publication dates not read, R en1616): a by-line's names joined by "and" or "&" before its date,
    # one of them perhaps left empty by the page ("By , Li Wei and March 3, 2025")
    ("By Jane Doe and John Roe | January 15, 2025", None, date(2025, 1, 15)),
    ("By Jane Doe & John Roe, Staff Writers | January 15, 2025", None, date(2025, 1, 15)),
    ("By , Li Wei and March 3, 2025", None, date(2025, 3, 3)),
    ("记者 张三 和 李四 2025年1月15日", None, date(2025, 1, 15)),
    ("記者 張三 和 李四 2025年1月15日", None, date(2025, 1, 15)),
    # near misses: names joined without a by-line, a sentence's small words after "By"
    ("Tencent and Alibaba January 15, 2025", None, None),
    ("By the end of trading on January 15, 2025 the company had lost a fifth of its value.", None, None),
    # Class (publication dates not read, G en510): a desk named in the by-line ("News Desk", "Web Desk") is a
    # role, not a name, beside an outlet and a reporter
    ("Times Now Desk/Priya Sharma/7th January 2026", None, date(2026, 1, 7)),
    ("Business Web Desk | Priya Sharma | 7 January 2026", None, date(2026, 1, 7)),
    ("财经中心／台北报道 2025年3月5日", None, date(2025, 3, 5)),
    ("財經中心／台北報導 2025年3月5日", None, date(2025, 3, 5)),
    # Class (publication dates not read, R zt1604): a line opening with a date label, a revision then the
    # publication, and an outlet whose name runs from Chinese into Latin letters; the publication is the date
    ("更新於 2022年01月12日05:30 • 發布於 2022年01月11日05:30 • 新頭殼newtalk |張三 綜合報導", None, date(2022, 1, 11)),
    ("更新于 2022年01月12日05:30 • 发布于 2022年01月11日05:30 • 新头壳newtalk |张三 综合报道", None, date(2022, 1, 11)),
    ("发布于 2023年05月06日 10:20 • 虎嗅huxiu", None, date(2023, 5, 6)),
    ("Updated 05:30 Jan 12, 2022 • Published 05:30 Jan 11, 2022 • TechNode", None, date(2022, 1, 11)),
    # near misses: a headline whose verb runs into a product after the date
    ("小米2024年3月28日发布SU7", None, None),
    ("小米2024年3月28日發佈SU7", None, None),
    # Class (publication dates not read, W en2116): a label in Latin letters is a whole word, so a name that
    # starts with one ("Editorial", "Sourcery", "Authority") stays a name beside the date
    ("By DCB Editorial, January 29, 2026", None, date(2026, 1, 29)),
    ("By Tech Editorial Team | March 3, 2025", None, date(2025, 3, 3)),
    ("Sourcery News | 2025-03-03 10:15", None, date(2025, 3, 3)),
    ("编辑部 Editorial 2025年3月3日", None, date(2025, 3, 3)),
    ("編輯部 Editorial 2025年3月3日", None, date(2025, 3, 3)),
    # near miss: a sentence's words still make it no date line
    ("The editorial board said on January 29, 2026 that it backs the company.", None, None),
    # Class (publication dates not read, AN zs3864): a research report's header, its category, institution and
    # analyst labelled as a byline labels its outlet and author, then its date
    ("类别:行业 机构:恒泰证券股份有限公司 研究员:徐娜 日期:2025-03-20", None, date(2025, 3, 20)),
    ("類別:行業 機構:恒泰證券股份有限公司 研究員:徐娜 日期:2025-03-20", None, date(2025, 3, 20)),
    ("Institution: Hengtai Securities | Analyst: Xu Na | Date: 2025-03-20", None, date(2025, 3, 20)),
    # near misses: a sentence naming an analyst or an institution beside a date stays a sentence
    ("研究员徐娜在2025年3月20日的报告中上调了该公司的评级并提高了目标价。", None, None),
    ("The analyst at the institution raised the company's target on March 20, 2025 after its results.", None, None),
    # Class (publication dates not read, U en1905): an update-time label, the page's one date
    ("Latest update time:2021-11-12 12:27", None, date(2021, 11, 12)),
    ("Update time: 2023-05-06 09:30", None, date(2023, 5, 6)),
    ("Update Time：2023-05-06 09:30 | Source: EEWorld", None, date(2023, 5, 6)),
    ("更新时间：2023-05-06 09:30", None, date(2023, 5, 6)),
    ("更新時間：2023-05-06 09:30", None, date(2023, 5, 6)),
    # near miss: an update time inside a sentence about a product
    ("The company said the firmware's update time fell to ten minutes on 2023-05-06 after the fix.", None, None),
])
def test_the_day_a_metadata_line_states(line, cut_as, expected):
    period = date_in_line(to_simplified(line), cut_as)
    assert (period.start if period else None) == expected
    assert period is None or period.precision == "day"


# Class (publication dates not read, W en2118, AH en3221, F en418, F en416, W en2105): a date line printing its day
# without a year, as portals print the current year's posts. The day of every such header of the non-B development
# splits is the annotated publication day (en1219, en2412, en2742, en2943, en3210, zt1505 besides these).
@pytest.mark.parametrize(("line", "month_day"), [
    ("Deep News Oct 28", (10, 28)),
    ("Deep News 08/22", (8, 22)),
    ("Geekpark News · Jul 5 14:28", (7, 5)),
    ("Benzinga_recent_news 08/29", (8, 29)),
    ("By The Financial District - Aug 8", (8, 8)),
    ("Motley Fool - Mon Sep 9, 2:26AM CDT", (9, 9)),
    ("By Chen Weishan Updated Dec.1", (12, 1)),
    ("(Feb 17)", (2, 17)),
    ("Unwire.hk 發布於 01月28日05:58", (1, 28)),
    ("发布时间：3月5日 10:20", (3, 5)),
    ("更新於 3月5日 10:20 聯合報", (3, 5)),
    # near misses: a date with its year (a full date line's); a sentence; two days; a Chinese headline or dateline
    # with no date label before its day
    ("Mar 12, 2025 · 5 min read", None),
    ("Apple launches iPhone on Sep 9", None),
    ("Deep News 8/22 and 8/23", None),
    ("華為:台積電不再代工 9/15起無法製造手機晶片", None),
    ("宁德时代将于5月20日登陆港股,最高募资50亿美元", None),
    ("鞭牛士 4月10日", None),
])
def test_a_date_line_without_its_year_gives_its_month_and_day(line, month_day):
    assert year_less_date_line_day(to_simplified(line)) == month_day
