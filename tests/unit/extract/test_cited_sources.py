"""A source of figures is not the actor, in English, simplified and traditional Chinese: a research or
data firm cited for another firm's figure ("according to Sensor Tower", 据IDC数据, 根據Counterpoint)
is left out of the dated happening, which is the other firm's (the ``source`` lines of
lib/rules/clause_cues.csv, ``lib.extract.cited_sources``). It stays a company named in the document.

Each row is a short passage as a reporter writes it (none copied from ``tests/data/realnews``), its
publication date, and every event a reader finds in it: (date words, companies, attribution). Rows
marked "stays" guard what the rule must not change: the firm's own dated report, a firm speaking for
itself, a source named alone.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.test_events_company_classes import events

ROWS = [
    pytest.param(["Temu topped the U.S. shopping charts in mid-September, according to app analytics "
                  "platform Sensor Tower."], "2022-09-20", [("mid-September", "Pinduoduo", "text")], id="trailing-en"),
    pytest.param(["According to Sensor Tower data, Xiaohongshu had 1.3 million users in the US in December."],
                 "2025-01-15", [("December", "Xiaohongshu", "text")], id="leading-en"),
    pytest.param(["Data from analytics firm QuestMobile showed Doubao led in August."], "2025-09-10",
                 [("August", "ByteDance", "text")], id="data-from-en"),
    pytest.param(["据IDC数据，今年上半年小米手机出货量位居第一。"], "2025-08-10",
                 [("今年上半年", "Xiaomi", "text")], id="leading-hans"),
    pytest.param(["据应用数据研究公司Sensor Tower估计，本周小红书下载量增长两成。"], "2025-01-15",
                 [("本周", "Xiaohongshu", "text")], id="described-hans"),
    pytest.param(["IDC报告显示，今年上半年火山引擎的份额位居第一。"], "2025-10-20",
                 [("今年上半年", "ByteDance", "text")], id="report-shows-hans"),
    pytest.param(["根據Counterpoint的數據，10月華為手機銷量大增。"], "2023-11-20", [("10月", "Huawei", "text")],
                 id="leading-hant"),
    pytest.param(["據IDC統計，今年第三季蘋果出貨量下滑。"], "2025-11-10", [("今年第三季", "Apple", "text")],
                 id="statistics-hant"),
    # ---- the firm's report or 资料 (in Taiwan 資料 is "data") as the source of the figure ------
    pytest.param(["根据弗若斯特沙利文的资料，以2024年收入计，MiniMax排名第二。"], "2026-01-08",
                 [("2024年", "MiniMax", "text")], id="materials-hans"),
    pytest.param(["根據弗若斯特沙利文的資料，2024年智譜的市佔率為6.6%。"], "2026-01-08",
                 [("2024年", "Zhipu AI", "text")], id="data-hant"),
    pytest.param(["据IDC的报告，今年上半年华为平板出货量位居第一。"], "2025-08-10",
                 [("今年上半年", "Huawei", "text")], id="report-hans"),
    pytest.param(["據IDC的報告，今年上半年華為平板出貨量位居第一。"], "2025-08-10",
                 [("今年上半年", "Huawei", "text")], id="report-hant"),
    # ---- the report named before its author: "a (recent research) report by", 的最新报告 after the name ----
    pytest.param(["According to a recent research report by Canalys, in the third quarter of 2025 Xiaomi shipped "
                  "43 million phones."], "2025-11-10", [("the third quarter of 2025", "Xiaomi", "text")],
                 id="report-by-en"),
    pytest.param(["According to a study by Sensor Tower, Xiaohongshu led US downloads in January."], "2025-02-10",
                 [("January", "Xiaohongshu", "text")], id="study-by-en"),
    pytest.param(["据Canalys的最新报告，今年第二季度小米手机出货量位居全球第二。"], "2025-08-10",
                 [("今年第二季度", "Xiaomi", "text")], id="latest-report-hans"),
    pytest.param(["據Canalys的最新報告，今年第二季小米手機出貨量位居全球第二。"], "2025-08-10",
                 [("今年第二季", "Xiaomi", "text")], id="latest-report-hant"),
    pytest.param(["据华为的报告，2024年华为收入增长。"], "2025-03-01",
                 [("2024年", "Huawei", "text")], id="stays-own-report-named-again-hans"),
    pytest.param(["Intel held 97% of the market, according to a report by IDC in December 2018."], "2019-03-01",
                 [("December 2018", "IDC", "text")], id="stays-the-reports-own-date-en"),
    pytest.param(["Counterpoint周二发布的数据显示，10月华为手机销量大增。"], "2023-11-16",
                 [("周二", "Counterpoint Research", "text"), ("10月", "Huawei", "text")], id="stays-own-release-hans"),
    pytest.param(["The company will ship H20 chips in March, according to Nvidia CFO Colette Kress."], "2025-01-10",
                 [("March", "Nvidia", "text")], id="stays-firm-speaking-en"),
    pytest.param(["据腾讯的数据中心负责人介绍，阿里巴巴于3月发布新模型。"], "2025-04-10",
                 [("3月", "Alibaba", "text")], id="stays-clause-subject-hans"),
    pytest.param(["Sensor Tower said on Monday that downloads rose."], "2025-01-15",
                 [("Monday", "Sensor Tower", "text")], id="stays-source-alone-en"),
    # ---- a broker's analyst speaking about another firm: the broker is the source ------------
    pytest.param(["Nvidia shares rose on Tuesday, JPMorgan analyst Harlan Sur wrote."], "2025-05-21",
                 [("Tuesday", "Nvidia", "text")], id="analyst-en"),
    pytest.param(["投资公司D. A. Davison高级分析师普拉特表示，DeepSeek去年1月发布了R1。"], "2026-01-10",
                 [("去年1月", "DeepSeek", "text")], id="analyst-hans"),
    pytest.param(["投資公司D. A. Davison高級分析師普拉特表示，DeepSeek去年1月發布了R1。"], "2026-01-10",
                 [("去年1月", "DeepSeek", "text")], id="analyst-hant"),
    pytest.param(["Wedbush analysts said on Monday they expect more price cuts."], "2025-05-21",
                 [("Monday", "Wedbush", "text")], id="stays-analyst-alone-en"),
    # ---- a description whose first noun is itself a title (咨询 + 公司, 研究 + 机构) --------------
    pytest.param(["根据第三方咨询公司 Canalys 资料，今年第三季小米出货量位居第一。"], "2025-11-10",
                 [("今年第三季", "Xiaomi", "text")], id="compound-title-hans"),
    pytest.param(["根據第三方諮詢公司 Canalys 資料，今年第三季小米出貨量位居第一。"], "2025-11-10",
                 [("今年第三季", "Xiaomi", "text")], id="compound-title-hant"),
    pytest.param(["According to consultancy firm Canalys data, Xiaomi led shipments in the third quarter of 2025."],
                 "2025-11-10", [("the third quarter of 2025", "Xiaomi", "text")], id="compound-title-en"),
    # ---- a portal's finance or news section is an outlet, not the portal ------------------------
    pytest.param(["Nvidia shares fell 17% on Monday, according to Yahoo Finance data."], "2025-01-28",
                 [("Monday", "Nvidia", "text")], id="portal-section-en"),
    pytest.param(["据雅虎财经数据，英伟达股价周一下跌17%。"], "2025-01-28",
                 [("周一", "Nvidia", "text")], id="portal-section-hans"),
    pytest.param(["據雅虎財經數據，輝達股價周一下跌17%。"], "2025-01-28",
                 [("周一", "Nvidia", "text")], id="portal-section-hant"),
    pytest.param(["Yahoo said on Monday it would sell its stake."], "2025-01-28",
                 [("Monday", "Yahoo", "text")], id="stays-the-portal-itself-en"),
    # ---- the analysts' consensus a data firm polls: the estimate is the other firm's ---------------
    pytest.param(["Xiaomi earned 10.8 billion yuan in the second quarter of 2025, beating the LSEG consensus."],
                 "2025-08-20", [("the second quarter of 2025", "Xiaomi", "text")], id="consensus-en"),
    pytest.param(["Pinduoduo earned $2.85 a share in the first quarter of 2023, above Thomson Reuters' consensus "
                  "estimate."], "2023-05-26", [("the first quarter of 2023", "Pinduoduo", "text")],
                 id="consensus-possessive-en"),
    pytest.param(["小米2025年第二季度营收1160亿元，高于LSEG一致预期。"], "2025-08-20",
                 [("2025年第二季度", "Xiaomi", "text")], id="consensus-hans"),
    pytest.param(["小米2025年第二季營收1160億元，高於汤森路透的一致預期。"], "2025-08-20",
                 [("2025年第二季", "Xiaomi", "text")], id="consensus-hant"),
    pytest.param(["LSEG said on Monday that its consensus data would move to a new platform."], "2025-08-20",
                 [("Monday", "LSEG", "text")], id="stays-the-data-firm-speaking-en"),
    pytest.param(["Lenovo's revenue rose to $15.4 billion in the June quarter, above the $14.1 billion expected by "
                  "analysts polled by LSEG."], "2024-08-15", [("the June quarter", "Lenovo", "text")], id="polled-en"),
    pytest.param(["联想集团6月季度营收154亿美元，高于LSEG调查的分析师预期。"], "2024-08-15",
                 [("6月", "Lenovo", "text")], id="polled-hans"),
    pytest.param(["聯想集團6月季度營收154億美元，高於LSEG調查的分析師預期。"], "2024-08-15",
                 [("6月", "Lenovo", "text")], id="polled-hant"),
    pytest.param(["LSEG polled its clients on Monday about the new platform."], "2024-08-15",
                 [("Monday", "LSEG", "text")], id="stays-the-data-firm-polling-en"),
    # ---- the source's figures with the verb that gave them out ---------------------------------
    pytest.param(["根据IDC提供的数据，第三季度小米平板出货量位居第一。"], "2025-11-10",
                 [("第三季度", "Xiaomi", "text")], id="provided-data-hans"),
    pytest.param(["根據Canalys公布的數據，今年第三季蘋果出貨量下滑。"], "2025-11-10",
                 [("今年第三季", "Apple", "text")], id="published-data-hant"),
    pytest.param(["According to data provided by IDC, Xiaomi led tablet shipments in the third quarter."],
                 "2025-11-10", [("the third quarter", "Xiaomi", "text")], id="provided-data-en"),
    # ---- sources listed together: each is cited, the figure is the other firm's --------------------
    pytest.param(["In March, reports from Reuters, Bloomberg, and Counterpoint revealed that Huawei's "
                  "shipments had doubled."], "2025-04-10", [("March", "Huawei", "text")], id="listed-sources-en"),
    pytest.param(["According to reports from Chinese media outlets such as Caixin, Jiemian, and Canalys, "
                  "Xiaomi's revenue rose in the first half of 2025."], "2025-09-10",
                 [("the first half of 2025", "Xiaomi", "text")], id="listed-outlets-en"),
    pytest.param(["据IDC、Canalys和Counterpoint数据，今年第三季度小米出货量居首。"], "2025-11-10",
                 [("今年第三季度", "Xiaomi", "text")], id="listed-sources-hans"),
    pytest.param(["據IDC、Canalys與Counterpoint數據，今年第三季小米出貨量居首。"], "2025-11-10",
                 [("今年第三季", "Xiaomi", "text")], id="listed-sources-hant"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), ROWS)
def test_a_cited_source_is_not_the_actor(sentences, published, expected):
    assert events(sentences, published) == expected


@pytest.fixture(scope="module")
def sources():
    from lib.extract.cited_sources import CitedSources
    from lib.rules import load_rules

    return CitedSources(load_rules().clause_cues)


@pytest.mark.parametrize(("text", "name", "cited"), [
    ("Temu ranked first, according to Sensor Tower.", "Sensor Tower", True),
    ("according to app analytics firm Data.ai, Temu ranked first", "Data.ai", True),
    ("IDC data showed shipments fell", "IDC", True),
    ("据IDC数据，出货量下降", "IDC", True),
    ("according to Nvidia CFO Colette Kress", "Nvidia", False),   # the firm speaking for itself
    ("Counterpoint周二发布的数据显示", "Counterpoint", False),      # the firm's own dated act
    ("IDC said on Monday that shipments fell", "IDC", False),
    ("beating the LSEG consensus of 112 billion yuan", "LSEG", True),
    ("beating the Thomson Reuters’ consensus estimate", "Thomson Reuters", True),
    ("高于LSEG的一致预期", "LSEG", True),
    ("LSEG reached a consensus with its lenders", "LSEG", False),  # the firm acting
    ("根据弗若斯特沙利文的资料，按收入计", "弗若斯特沙利文", True),
    ("根据IDC的报告，出货量下降", "IDC", True),
    ("根据腾讯报告期内的营收，微信增长", "腾讯", False),   # 报告期 "the reporting period", not a report cited
    ("据咨询公司Canalys数据，出货量下降", "Canalys", True),
    ("据研究机构Canalys估计，出货量下降", "Canalys", True),
    ("根据咨询公司Canalys公司的说法，出货量下降", "Canalys", False),   # no source_end after the name
])
def test_a_name_is_cited_only_as_the_source_of_a_figure(sources, text, name, cited):
    start = text.index(name)
    assert sources.is_cited(text, start, start + len(name)) is cited
