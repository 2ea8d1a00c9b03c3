"""dates_en_chains on its own: English dates counted from another date in the text."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_chains import read_english_chains
from lib.extract.dates_spec import Chained
from lib.parse.script import to_simplified
from tests.date_readings import read_in_order, reads_as, told_in_order

CASES = [
    ("DeepSeek released R1 on January 20; the next day, Nvidia shares fell.", "the next day", Chained("day", 1)),
    ("The previous week, Tencent had warned.", "The previous week", Chained("week", -1)),
    ("The month before, sales fell.", "The month before", Chained("month", -1)),
    ("Baidu cut prices; that evening, Alibaba followed.", "that evening", Chained("day", 0)),
    ("The lab opened in October 2022 and a year later it had 300 staff.", "a year later",
     Chained("year", 1, keep_month=True)),
    ("Two days earlier, Baidu had cut prices.", "Two days earlier", Chained("day", -2)),
    ("The rule takes effect in 45 days.", "in 45 days", Chained("day", 45, same_sentence=True)),
    ("Prices rose one week before the Lunar New Year.", "one week before", Chained("day", -7, before_date=True)),
    ("At that time, Baidu led the market.", "At that time", Chained("same", 0)),
    # nothing read
    ("The year before the launch was quiet.", None, None),  # a noun follows: no date of its own
    ("He was in good form at the time of the ruling.", None, None),
    ("Orders surged within 45 days.", None, None),  # a span, not a day
    ("百度次日宣布降价。", None, None),
    # After "came", a count before another happening dates that happening, back from the date told
    ("The news came a day after the Journal reported it.", "a day after", Chained("day", -1, told_only=True)),
    ("The launch comes just two weeks after Apple's event.", "two weeks after",
     Chained("day", -14, told_only=True)),
    ("It came a year after Meituan launched KeeTa.", "a year after", Chained("year", -1, told_only=True)),
    ("The cut came three days before Baidu's event.", "three days before", Chained("day", 3, told_only=True)),
    ("The year after the launch was quiet.", None, None),  # no count: no date of its own
]


@pytest.mark.parametrize(("text", "words", "spec"), CASES)
def test_read_english_chains(text, words, spec):
    assert reads_as(read_english_chains, text, words, spec)



# "X came two days after Y": the words date Y, the date told of X (the last day the text tells, or a date in
# this sentence or the one before for months and years) counted back. With no date told they name none, and
# publication's day is no base. Chinese writes the count after the other happening ("两人会面一天后"),
# dating the sentence's own happening forward from it: that reading stays.
HAPPENING_ROWS = [
    ("Alibaba said on Tuesday it would split into six groups. The news came a day after the Journal reported "
     "that Ma had returned.", "2023-03-29", [("Tuesday", "2023-03-28", "day"), ("a day after", "2023-03-27", "day")]),
    ("Baidu unveiled Ernie Bot on Thursday. The presentation, which came two days after Google unveiled its AI "
     "tools, disappointed investors.", "2023-03-17",
     [("Thursday", "2023-03-16", "day"), ("two days after", "2023-03-14", "day")]),
    ("Ant's listing was suspended on November 3. The suspension comes one day after regulators met Jack Ma.",
     "2020-11-04", [("November 3", "2020-11-03", "day"), ("one day after", "2020-11-02", "day")]),
    ("In April, Meituan began hiring in Riyadh. The move came a year after Meituan launched KeeTa in Hong Kong.",
     "2024-06-07", [("April", "2024-04-01", "month"), ("a year after", "2023-01-01", "year")]),
    ("ByteDance cut Doubao's prices on May 15, a move that came just a week after DeepSeek halved its own.",
     "2024-05-20", [("May 15", "2024-05-15", "day"), ("a week after", "2024-05-08", "day")]),
    # near misses: nothing told to count from, a plan's count, a year where a month is counted
    ("The suspension came two days after regulators summoned Jack Ma.", "2020-11-05", []),
    ("Tencent will ship the phone two weeks after Apple unveils its own.", "2023-03-17", []),
    ("In 2023 Baidu launched Ernie Bot, which came three months after OpenAI released ChatGPT.", "2024-03-20",
     [("2023", "2023-01-01", "year")]),
    ("Prices rose one week before the Lunar New Year on January 29.", "2025-02-03",
     [("one week before the Lunar New Year", "2025-01-22", "day"), ("January 29", "2025-01-29", "day")]),
    ("蚂蚁集团11月2日与监管层会面。就在两人会面一天后，上交所暂停其上市。", "2020-11-04",
     [("11月2日", "2020-11-02", "day"), ("一天后", "2020-11-03", "day")]),
    ("螞蟻集團11月2日與監管層會面。就在雙方會面一天後，上交所暫停其上市。", "2020-11-04",
     [("11月2日", "2020-11-02", "day"), ("一天後", "2020-11-03", "day")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), HAPPENING_ROWS)
def test_a_count_after_came_dates_the_other_happening(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A count opening the sentence before a listing's or a launch's noun dates the sentence's own happening from that
# happening's day, else from the last day told, as 上市两天后 does ("Two days after the IPO, the Cyberspace
# Administration of China said it was starting a cybersecurity review", Washington Post, 2021-07-06; "Two days
# after the listing, regulators said Didi had committed serious violations", the same page; en2504). Near
# misses: inside the sentence (the main clause may be dated otherwise: an open question of the set), after
# "came" (read above), months (en215: "just three months after the launch on June 1st"), another noun, nothing
# told to count from.
OPENING_COUNT_ROWS = [
    ("The Chinese giant held an IPO in New York on June 30, 2021. Alibaba raised $25 billion in 2014. Two days "
     "after the IPO, the Cyberspace Administration of China launched an investigation into the company.",
     "2021-12-03", [("June 30, 2021", "2021-06-30", "day"), ("2014", "2014-01-01", "year"),
                    ("Two days after", "2021-07-02", "day")]),
    ("Didi listed in New York on June 30. Just a week after its New York listing, the regulator ordered app stores "
     "to remove Didi.", "2021-07-10", [("June 30", "2021-06-30", "day"), ("a week after", "2021-07-07", "day")]),
    ("滴滴6月30日在纽交所上市。上市两天后，网信办对滴滴启动网络安全审查。", "2021-07-10",
     [("6月30日", "2021-06-30", "day"), ("两天后", "2021-07-02", "day")]),
    ("滴滴6月30日在紐交所上市。上市兩天後，網信辦對滴滴啟動網絡安全審查。", "2021-07-10",
     [("6月30日", "2021-06-30", "day"), ("两天后", "2021-07-02", "day")]),
    ("Didi listed on June 30. The regulator launched a probe two days after the IPO.", "2021-07-10",
     [("June 30", "2021-06-30", "day")]),
    ("Didi listed on June 30. Two months after the IPO, the company cut staff.", "2021-12-03",
     [("June 30", "2021-06-30", "day")]),
    ("Didi listed on June 30. Two days after the meeting, the regulator launched a probe.", "2021-07-10",
     [("June 30", "2021-06-30", "day")]),
    ("Two days after the IPO, the regulator launched a probe into Didi.", "2021-07-10", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), OPENING_COUNT_ROWS)
def test_a_count_opening_the_sentence_before_a_listing_counts_from_its_day(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# A results article compares its period with "the corresponding quarter last year", "the comparable period a
# year earlier": the words say the same as "the same period last year", counted from the period in focus
# (Chinese writes 上年同期, 去年同期 for both). Near misses: "corresponding" before no period word, and a
# comparison with no period in focus and no figure set against it, name nothing of their own.
CORRESPONDING_ROWS = [
    ("Baidu reported earnings for the March quarter. It posted a net profit of $838 million, against a loss in "
     "the corresponding quarter last year.", "2023-05-16",
     [("the March quarter", "2023-01-01", "quarter"),
      ("the corresponding quarter last year", "2022-01-01", "quarter")]),
    ("JD.com's revenue for the second quarter of 2024 rose 1.2% from the corresponding period a year earlier.",
     "2024-08-20", [("the second quarter of 2024", "2024-04-01", "quarter"),
                    ("the corresponding period a year earlier", "2023-04-01", "quarter")]),
    ("Kuaishou said revenue in the third quarter of 2024 rose 11%. Operating profit beat the comparable quarter "
     "last year.", "2024-11-25", [("the third quarter of 2024", "2024-07-01", "quarter"),
                                  ("the comparable quarter last year", "2023-07-01", "quarter")]),
    # "the comparative quarter of 2019" (AH en3204): the quarter in focus in the year the words state.
    ("Pinduoduo reported its second quarter results. It had 568.8mln active buyers, a 55% improvement from 355mln "
     "in the comparative quarter of 2019.", "2020-08-21",
     [("second quarter", "2020-04-01", "quarter"), ("the comparative quarter of 2019", "2019-04-01", "quarter")]),
    ("拼多多公布第二季度业绩，活跃买家较2019年同期增长55%。", "2020-08-21",
     [("第二季度", "2020-04-01", "quarter"), ("2019年同期", "2019-04-01", "quarter")]),
    ("拼多多公布第二季度業績，活躍買家較2019年同期增長55%。", "2020-08-21",
     [("第二季度", "2020-04-01", "quarter"), ("2019年同期", "2019-04-01", "quarter")]),
    ("百度2023年第一季度净利润为8.38亿美元，上年同期为亏损。", "2023-05-16",
     [("2023年第一季度", "2023-01-01", "quarter"), ("上年同期", "2022-01-01", "quarter")]),
    ("京东2024年第二季度收入较去年同期增长1.2%。", "2024-08-20",
     [("2024年第二季度", "2024-04-01", "quarter"), ("去年同期", "2023-04-01", "quarter")]),
    ("百度2023年第一季度淨利潤為8.38億美元，上年同期為虧損。", "2023-05-16",
     [("2023年第一季度", "2023-01-01", "quarter"), ("上年同期", "2022-01-01", "quarter")]),
    ("快手2024年第三季度營收較去年同期增長11%。", "2024-11-25",
     [("2024年第三季度", "2024-07-01", "quarter"), ("去年同期", "2023-07-01", "quarter")]),
    # near misses
    ("The corresponding figures were restated by the company.", "2024-08-20", []),
    ("Baidu's margin rose from the corresponding quarter last year.", "2023-05-16", []),
    ("百度利润较上年同期增长。", "2023-05-16", []),
    ("百度利潤較上年同期增長。", "2023-05-16", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), CORRESPONDING_ROWS)
def test_the_corresponding_period_is_the_same_period(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# "one day after this", "two weeks after that" at the end of a clause: "this"/"that" stands for the happening
# just told, so the count runs from the date before, as "one day later" and 此后一天, 一天之后 do. Near misses:
# "this"/"that" before a noun ("one day after that announcement") is "one day after" a named thing, no date of
# its own, and so is "after this" before a verb ("one day after this is approved").
AFTER_THIS_ROWS = [
    ("On April 9, Trump extended the ban to the H20. Just one day after this, Huawei announced the Ascend 920.",
     "2025-04-15", [("April 9", "2025-04-09", "day"), ("one day after this", "2025-04-10", "day")]),
    ("Alibaba cut Qwen's prices on May 21. Two days after that, Baidu made its Ernie models free.", "2024-05-30",
     [("May 21", "2024-05-21", "day"), ("Two days after that", "2024-05-23", "day")]),
    ("Tencent listed the unit on March 3, and three days before that, it had priced the shares.", "2025-03-10",
     [("March 3", "2025-03-03", "day"), ("three days before that", "2025-02-28", "day")]),
    ("4月9日，美国扩大芯片禁令。仅仅一天之后，华为发布昇腾920。", "2025-04-15",
     [("4月9日", "2025-04-09", "day"), ("一天之后", "2025-04-10", "day")]),
    ("5月21日，阿里云宣布降价。此后一天，百度宣布文心模型免费。", "2024-05-30",
     [("5月21日", "2024-05-21", "day"), ("此后一天", "2024-05-22", "day")]),
    ("4月9日，美國擴大晶片禁令。僅僅一天之後，華為發布昇騰920。", "2025-04-15",
     [("4月9日", "2025-04-09", "day"), ("一天之後", "2025-04-10", "day")]),
    ("5月21日，阿里雲宣布降價。此後一天，百度宣布文心模型免費。", "2024-05-30",
     [("5月21日", "2024-05-21", "day"), ("此後一天", "2024-05-22", "day")]),
    # near misses
    ("On April 9, Trump extended the ban. One day after that announcement, Huawei unveiled a chip.", "2025-04-15",
     [("April 9", "2025-04-09", "day")]),
    ("Meituan refunds riders one day after this is approved.", "2025-04-15", []),
]


@pytest.mark.parametrize(("text", "published", "expected"), AFTER_THIS_ROWS)
def test_a_count_after_this_runs_from_the_date_before(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# "At the same time," / "Around the same time," opening a sentence date it by the happening just told: "at"
# is its very moment, the last day told; "around", "about" only near it, the last date told at its own
# precision (however many dateless sentences lie between). Chinese writes 同日, 同一天 for the first (read
# as the day told), and 同期 opening its clause for either; 与此同时, 同时 join clauses ("meanwhile") and name
# no date. Near misses: the words inside
# a sentence or a quote mean "also"; with no day told, "at the same time" names none (never publication's).
SAME_TIME_ROWS = [
    (["On October 8, 2021, the SAMR fined Meituan 3.4 billion yuan.", "The fine was 3% of its revenue in 2020.",
      "At the same time, the SAMR issued a guidance letter to Meituan."],
     [("October 8, 2021", "2021-10-08", "day"), ("2020", "2020-01-01", "year"),
      ("At the same time", "2021-10-08", "day")]),
    (["By August 2025, Doubao was China's most-used AI app.", "DeepSeek followed with 143 million users.",
      "Around the same time, a16z listed Doubao among the top four AI apps."],
     [("August 2025", "2025-08-01", "month"), ("Around the same time", "2025-08-01", "month")]),
    (["Alibaba Cloud cut prices on May 21, 2024.", "At about the same time, Baidu made two Ernie models free."],
     [("May 21, 2024", "2024-05-21", "day"), ("At about the same time", "2024-05-21", "day")]),
    (["5月21日，阿里云宣布大模型降价。", "同日，百度宣布两款文心模型免费。"],
     [("5月21日", "2024-05-21", "day"), ("同日", "2024-05-21", "day")]),
    (["5月21日，阿里雲宣布大模型降價。", "同一天，百度宣布兩款文心模型免費。"],
     [("5月21日", "2024-05-21", "day"), ("同一天", "2024-05-21", "day")]),
    # 同期 opening its clause (AF zt2759's class): the time just told, as "at the same time" is, whatever its
    # precision; with a period reported in focus, that period (AL zs3443, zs2004)
    (["5月21日，阿里云宣布大模型降价。", "同期，百度宣布两款文心模型免费。"],
     [("5月21日", "2024-05-21", "day"), ("同期", "2024-05-21", "day")]),
    (["2024年5月，阿里雲宣布大模型降價。", "同期，百度宣布兩款文心模型免費。"],
     [("2024年5月", "2024-05-01", "month"), ("同期", "2024-05-01", "month")]),
    (["2024年第一季度，阿里巴巴营收增长7%，截至一季度末，淘宝月活跃用户达到9亿；同期，阿里云营收增长3%。"],
     [("2024年第一季度", "2024-01-01", "quarter"), ("一季度末", "2024-03-01", "month"),
      ("同期", "2024-01-01", "quarter")]),
    (["In the first quarter of 2024, Alibaba's revenue rose 7%; in the same period, Alibaba Cloud's revenue rose 3%."],
     [("the first quarter of 2024", "2024-01-01", "quarter"), ("the same period", "2024-01-01", "quarter")]),
    # near misses
    (["5月21日，阿里云宣布大模型降价。", "百度营收较去年同期增长3%。"], [("5月21日", "2024-05-21", "day")]),
    (["5月21日，阿里云宣布大模型降价。", "与此同时，百度宣布两款文心模型免费。"], [("5月21日", "2024-05-21", "day")]),
    (["5月21日，阿里雲宣布大模型降價。", "與此同時，百度宣布兩款文心模型免費。"], [("5月21日", "2024-05-21", "day")]),
    (["Alibaba Cloud cut prices on May 21, 2024.", "Its models are cheap and at the same time fast."],
     [("May 21, 2024", "2024-05-21", "day")]),
    (["Alibaba Cloud cut prices on May 21, 2024.", "“At the same time, we will keep investing,” Alibaba said."],
     [("May 21, 2024", "2024-05-21", "day")]),
    (["At the same time, Baidu made two Ernie models free."], []),
]


@pytest.mark.parametrize(("sentences", "expected"), SAME_TIME_ROWS)
def test_the_same_time_is_the_happening_just_told(sentences, expected):
    assert told_in_order(sentences, "2024-05-30") == [(to_simplified(t), s, p) for t, s, p in expected]


# The period in focus named by reference: "in that period", "during that period" (as "the same period", 同期
# are) and "the trimester" (a quarter, as "the quarter" is; the word of writers of Romance languages), 该期间,
# 这一期间. Near misses: "that period" opening a sentence about no figure, nothing in focus, a trimester of a
# pregnancy is not told of a company's figures.
PERIOD_REFERRED_ROWS = [
    ("In the first quarter, ByteDance's revenue rose to $43bn, topping Meta's $42.3bn in that period.",
     "2025-08-28", [("the first quarter", "2025-01-01", "quarter"), ("that period", "2025-01-01", "quarter")]),
    ("Tencent's revenue grew 15% in the second quarter. During that period, NetEase grew 9%.", "2025-08-20",
     [("the second quarter", "2025-04-01", "quarter"), ("that period", "2025-04-01", "quarter")]),
    ("Alibaba said its revenues in the trimester rose 22% to $16.14 billion.", "2020-05-22",
     [("the trimester", "2020-01-01", "quarter")]),
    ("That period was a hard one for Baidu.", "2025-08-28", []),
    ("Baidu lost ground in that period.", "2025-08-28", []),
    ("在第一季度，字节跳动收入超过430亿美元，该期间Meta收入为423亿美元。", "2025-08-28",
     [("第一季度", "2025-01-01", "quarter"), ("该期间", "2025-01-01", "quarter")]),
    ("腾讯第二季度收入增长15%。这一期间，网易收入增长9%。", "2025-08-20",
     [("第二季度", "2025-04-01", "quarter"), ("这一期间", "2025-04-01", "quarter")]),
    ("百度在该期间失去了市场份额。", "2025-08-28", []),
    ("在第一季度，字節跳動收入超過430億美元，該期間Meta收入為423億美元。", "2025-08-28",
     [("第一季度", "2025-01-01", "quarter"), ("该期间", "2025-01-01", "quarter")]),
    ("騰訊第二季度收入增長15%。這一期間，網易收入增長9%。", "2025-08-20",
     [("第二季度", "2025-04-01", "quarter"), ("这一期间", "2025-04-01", "quarter")]),
    ("百度在該期間失去了市場份額。", "2025-08-28", []),
    # "the period" after "in", or "during" opening a clause, is that period too (en2102, en2806, en2803);
    # not a period the words go on to bound, "Profit for the period" (a results line's name), nor "during
    # the period" inside a clause.
    ("Meituan posted a loss in the April-June period. Revenue rose 77 percent in the period from a year earlier.",
     "2021-08-31", [("April-June", "2021-04-01", "quarter"), ("the period", "2021-04-01", "quarter"),
                    ("a year earlier", "2020-04-01", "quarter")]),
    ("Meituan turned a profit in the first quarter of this year. The report showed that during the period, "
     "Meituan raised R&D spending.", "2023-05-26",
     [("the first quarter of this year", "2023-01-01", "quarter"), ("the period", "2023-01-01", "quarter")]),
    ("Alibaba's cloud grew in the first quarter. During the period, it cut prices.", "2025-05-15",
     [("the first quarter", "2025-01-01", "quarter"), ("the period", "2025-01-01", "quarter")]),
    ("Tencent's revenue rose in the third quarter. Profit for the period was RMB25,086 million.", "2019-11-13",
     [("the third quarter", "2019-07-01", "quarter")]),
    ("Alibaba's cloud grew in the second quarter. Baidu was the fourth-largest seller during the period, "
     "keeping its share.", "2020-09-11", [("the second quarter", "2020-04-01", "quarter")]),
    ("Tencent accelerated its cloud push during the period of performance pain.", "2025-08-28", []),
    ("Huawei's share rose in the period since the ban.", "2025-08-28", []),
    # Class (date words not read, AK en3511): with no period in focus, "in the period" told of a figure is the
    # quarter last closed before publication, the one results come out for, as "profit for the quarter" and 期内
    # with a figure are; a figure set against "a year earlier" is then that quarter a year back. Told of no
    # figure it names nothing, nor does "that period" with nothing told before it.
    ("Meituan reported a quarterly loss on Friday. It reported a loss of 4.85 billion yuan in the period versus "
     "a 1.58 billion yuan loss a year earlier.", "2021-05-28",
     [("Friday", "2021-05-28", "day"), ("the period", "2021-01-01", "quarter"),
      ("a year earlier", "2020-01-01", "quarter")]),
    ("Meituan opened 300 stores in the period.", "2021-05-28", []),
    ("Meituan lost 4.85 billion yuan in that period.", "2021-05-28", []),
    ("美团公布业绩，期内亏损48.5亿元。", "2021-05-28", [("期内", "2021-01-01", "quarter")]),
    ("美團公布業績，期內虧損48.5億元。", "2021-05-28", [("期内", "2021-01-01", "quarter")]),
    ("美团第二季度亏损。期内，美团收入增长77%。", "2021-08-31",
     [("第二季度", "2021-04-01", "quarter"), ("期内", "2021-04-01", "quarter")]),
    ("美團第二季度虧損。期內，美團收入增長77%。", "2021-08-31",
     [("第二季度", "2021-04-01", "quarter"), ("期内", "2021-04-01", "quarter")]),
    ("合同期内美团收入增长。", "2021-08-31", []),
    # Class (read wrong, AN en3815; "a year earlier" annotated so across the splits): "the previous year" a figure
    # is set against ("up 3 per cent from the previous year") is the period in focus a year back, a quarter
    # reported being that quarter, as "a year earlier" and 上年同期 / 去年同期 are; with a year in focus, the year
    # before it; with nothing in focus or told before, the year before publication's (AM en3608). Told of no
    # figure, it is a year counted from the date before, as before.
    ("Baidu's Apollo Go completed 1.4 million rides in the first quarter, a 75 per cent increase compared to the "
     "previous year.", "2025-05-21",
     [("the first quarter", "2025-01-01", "quarter"), ("the previous year", "2024-01-01", "quarter")]),
    ("Baidu's revenue rose in the first quarter. Revenue was 32 billion yuan, up 3 per cent from the previous "
     "year.", "2025-05-21",
     [("the first quarter", "2025-01-01", "quarter"), ("the previous year", "2024-01-01", "quarter")]),
    ("百度第一季度营收320亿元，较上年同期增长3%。", "2025-05-21",
     [("一季度", "2025-01-01", "quarter"), ("上年同期", "2024-01-01", "quarter")]),
    ("百度第一季度營收320億元，較上年同期增長3%。", "2025-05-21",
     [("一季度", "2025-01-01", "quarter"), ("上年同期", "2024-01-01", "quarter")]),
    ("SMIC reported revenue for 2021, up 39.3% from the previous year.", "2022-04-05",
     [("2021", "2021-01-01", "year"), ("the previous year", "2020-01-01", "year")]),
    ("JD.com orders surged to four times the figures from the previous year.", "2023-10-24",
     [("the previous year", "2022-01-01", "year")]),
    ("Tencent began selling the phone in 2019, after testing it the previous year.", "2025-03-19",
     [("2019", "2019-01-01", "year"), ("the previous year", "2018-01-01", "year")]),
    # Class (date words not read, AJ zt3470, zt3473): 季內 ("within the quarter") opening a clause is the
    # quarter in focus, as 期內 is; inside a word (本季内, 换季内衣) it is that word's, and 即季內 (AG zt3158, a
    # daily average over the quarter, unannotated) stays unread.
    ("腾讯音乐公布截至6月底止第二季业绩。季内，在线音乐订阅收入37.4亿元。", "2024-08-13",
     [("6月底止第二季", "2024-04-01", "quarter"), ("季内", "2024-04-01", "quarter")]),
    ("騰訊音樂公布截至6月底止第二季業績。季內，在線音樂訂閱收入37.4億元。", "2024-08-13",
     [("6月底止第二季", "2024-04-01", "quarter"), ("季内", "2024-04-01", "quarter")]),
    ("百度公布第二季度業績，收入下跌4%。此外，季內百度搜索加速推進AI轉型。", "2025-08-21",
     [("第二季度", "2025-04-01", "quarter"), ("季内", "2025-04-01", "quarter")]),
    ("Baidu's revenue fell in the second quarter. In the quarter, search sped up its AI shift.", "2025-08-21",
     [("the second quarter", "2025-04-01", "quarter"), ("the quarter", "2025-04-01", "quarter")]),
    ("美团第二季度亏损，即季内平均每日亏损4.7亿元。", "2025-08-28", [("第二季度", "2025-04-01", "quarter")]),
    ("百货公司推出换季内衣特卖。", "2025-08-28", []),
    ("合同期內美團收入增長。", "2021-08-31", []),
    # "this period" told of a figure is "that period" (en3218), as 这一期间 is; told of no figure it is a span
    # of the story's own ("During this period, the founder team's strategy …", seed 001), no period in focus.
    # 本期 before a show (本期节目: this episode) is no date.
    ("Pop Mart's revenue rose 204% in the first half of 2025. Net income reached CNY 4.57 billion during this "
     "period.", "2025-08-20",
     [("the first half of 2025", "2025-01-01", "half"), ("this period", "2025-01-01", "half")]),
    ("Tencent's revenue rose 15% in the second quarter. NetEase's revenue rose 9% in this period.", "2025-08-20",
     [("the second quarter", "2025-04-01", "quarter"), ("this period", "2025-04-01", "quarter")]),
    ("Xiaohongshu grew fast in 2016. During this period, the founder team's strategy held.", "2025-08-28",
     [("2016", "2016-01-01", "year")]),
    ("Baidu's revenue rose 9% in this period.", "2025-08-28", []),
    ("泡泡玛特2025年上半年收入增长204%。这一期间，净利润达到45.7亿元。", "2025-08-20",
     [("2025年上半年", "2025-01-01", "half"), ("这一期间", "2025-01-01", "half")]),
    ("泡泡瑪特2025年上半年收入增長204%。這一期間，淨利潤達到45.7億元。", "2025-08-20",
     [("2025年上半年", "2025-01-01", "half"), ("这一期间", "2025-01-01", "half")]),
    ("腾讯2025年第二季度收入增长15%。本期节目邀请了分析师。", "2025-08-20",
     [("2025年第二季度", "2025-04-01", "quarter")]),
    ("騰訊2025年第二季度收入增長15%。本期節目邀請了分析師。", "2025-08-20",
     [("2025年第二季度", "2025-04-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PERIOD_REFERRED_ROWS)
def test_that_period_is_the_period_in_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# An owner in place of "the" before a period counted back (AH en3214: "surpassed its previous month's delivery
# record" after the month's deliveries): the period before the one in focus, as "the previous month" and 其前一个月
# are. Near misses: "its previous record" (no period), "its next quarter" (publication's next, as "next quarter" is).
OWNED_PERIOD_BACK_ROWS = [
    ("Li Auto released its May delivery figures on Thursday. Deliveries rose 146% to 28,277 vehicles. The total "
     "surpassed its previous month's record of 25,681 units.", "2023-06-01",
     [("May", "2023-05-01", "month"), ("Thursday", "2023-06-01", "day"),
      ("its previous month", "2023-04-01", "month")]),
    ("Tencent reported its second-quarter results. Revenue rose 5% from its prior quarter.", "2023-08-16",
     [("second-quarter", "2023-04-01", "quarter"), ("its prior quarter", "2023-01-01", "quarter")]),
    ("NIO delivered 6,155 vehicles in May, below their preceding month's total.", "2023-06-01",
     [("May", "2023-05-01", "month"), ("their preceding month", "2023-04-01", "month")]),
    ("理想汽车5月交付28277辆，超过其前一个月的交付纪录。", "2023-06-01",
     [("5月", "2023-05-01", "month"), ("前一个月", "2023-04-01", "month")]),
    ("理想汽車5月交付28277輛，超過其前一個月的交付紀錄。", "2023-06-01",
     [("5月", "2023-05-01", "month"), ("前一個月", "2023-04-01", "month")]),
    # near misses
    ("Xiaomi's sales in May beat its previous record.", "2023-06-01", [("May", "2023-05-01", "month")]),
    ("Tencent expects growth in its next quarter's revenue.", "2023-06-01",
     [("next quarter", "2023-07-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), OWNED_PERIOD_BACK_ROWS)
def test_an_owned_period_counted_back_is_the_one_before_the_focus(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]


# "from X in <a period> to Y in the same period of <year>" (AM en3743: capacity "increased from 714,000 wafers in
# the fourth quarter of 2022 to 805,500 wafers in the same period of 2023", after "the first quarter of 2024"): the
# period the figure rose from, in the year stated, as 从2022年第四季度的…增至2023年同期的… is; not the period in focus,
# which a period set against a figure leaves in place. Near miss: "8% from the same quarter of 2022" after "5% from
# … the third quarter" is another comparison with the quarter reported, not a "to".
FROM_TO_SAME_PERIOD_ROWS = [
    ("SMIC will report a 2% revenue increase for the first quarter of 2024. Its capacity increased from 714,000 "
     "wafers in the fourth quarter of 2022 to 805,500 wafers in the same period of 2023.", "2024-03-04",
     [("the first quarter of 2024", "2024-01-01", "quarter"), ("the fourth quarter of 2022", "2022-10-01", "quarter"),
      ("the same period of 2023", "2023-10-01", "quarter")]),
    ("Tencent's users rose from 500 million in the second quarter of 2021 to 600 million in the same quarter of 2022.",
     "2022-08-17", [("the second quarter of 2021", "2021-04-01", "quarter"),
                    ("the same quarter of 2022", "2022-04-01", "quarter")]),
    ("中芯国际2024年第一季度营收预计增长2%。其月产能从2022年第四季度的71.4万片增至2023年同期的80.55万片。",
     "2024-03-04",
     [("2024年第一季度", "2024-01-01", "quarter"), ("2022年第四季度", "2022-10-01", "quarter"),
      ("2023年同期", "2023-10-01", "quarter")]),
    ("中芯國際2024年第一季度營收預計增長2%。其月產能從2022年第四季度的71.4萬片增至2023年同期的80.55萬片。",
     "2024-03-04",
     [("2024年第一季度", "2024-01-01", "quarter"), ("2022年第四季度", "2022-10-01", "quarter"),
      ("2023年同期", "2023-10-01", "quarter")]),
    # near miss
    ("Baidu reported its fourth-quarter results. Revenue rose 5% from 10 billion yuan in the third quarter, and 8% "
     "from the same quarter of 2022.", "2024-02-28",
     [("fourth-quarter", "2023-10-01", "quarter"), ("the third quarter", "2023-07-01", "quarter"),
      ("the same quarter of 2022", "2022-10-01", "quarter")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FROM_TO_SAME_PERIOD_ROWS)
def test_the_same_period_a_figure_rose_to_is_the_one_it_rose_from(text, published, expected):
    assert read_in_order(text, published) == [(to_simplified(t), s, p) for t, s, p in expected]
