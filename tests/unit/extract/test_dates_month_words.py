"""Days with an ordinal suffix, and a month naming what happened in it.

"June 7th:", "Nov. 22nd", "7th June", "the 7th of June" are days, whatever punctuation follows the suffix
("7th generation", "the 3rd quarter", "the 22nd floor" are not days). A month between a determiner and a
noun names that month ("before the August rally", "its June update", "Apple's September event", "that
February moment"); not a
name ("the March of Dimes"), nor the modal "may", nor "the May government". Chinese writes the month
with 月 in both uses ("8月行情", "三月发布会"), as its headings write a day before a colon ("6月7日：").

Traditional rows go through ``to_simplified`` as the pipeline does.
"""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from tests.date_readings import found_dates

PUBLISHED = "2025-08-12"

ORDINAL_DAY_ROWS = [
    # https://www.scmp.com (Kuaishou's Kling, 2024-07), paraphrased: a timeline of posts.
    ('June 7th: "Kuaishou\'s Kling is open to all users," a blogger wrote.', [("June 7th", "2025-06-07", "day")]),
    ("Nov. 22nd, Tencent said it would cut prices.", [("Nov. 22nd", "2024-11-22", "day")]),
    ("Alibaba cut prices on the 7th of June.", [("the 7th of June", "2025-06-07", "day")]),
    ("Alibaba cut prices on 7th June.", [("7th June", "2025-06-07", "day")]),
    ("JD launched food delivery on March 1st.", [("March 1st", "2025-03-01", "day")]),
    ("Huawei unveiled its 7th generation chip.", []),
    ("Revenue rose in the 3rd quarter.", [("the 3rd quarter", "2025-07-01", "quarter")]),
    ("Tencent moved to the 22nd floor.", []),
    # a bare ordinal day, as 也在7号 is (split AL zs3668's class)
    ("Li Auto learned that Xiaomi's launch was also on the 7th.", [("the 7th", "2025-08-07", "day")]),
    ("理想得知小米的发布会也在7号。", [("7号", "2025-08-07", "day")]),
    ("6月7日：快手宣布可灵向所有用户开放。", [("6月7日", "2025-06-07", "day")]),
    ("6月27日：网友称正在寻找会用可灵的人。", [("6月27日", "2025-06-27", "day")]),
    ("华为发布第7代芯片。", []),
    ("6月7日：快手宣布可靈向所有用戶開放。", [("6月7日", "2025-06-07", "day")]),
    ("6月27日：網友稱正在尋找會用可靈的人。", [("6月27日", "2025-06-27", "day")]),
    ("華為發布第7代晶片。", []),
]

MONTH_MODIFIER_ROWS = [
    # https://www.scmp.com (Cambricon's shares, 2025-08), paraphrased.
    ("Cambricon's shares hovered around 742 yuan before the August rally.", [("August", "2025-08-01", "month")]),
    ("Xiaomi's SU7 sold out after the March launch.", [("March", "2025-03-01", "month")]),
    ("Its June update added video generation.", [("June", "2025-06-01", "month")]),
    ("Apple's September event will show the new phone.", [("September", "2025-09-01", "month")]),
    ("The company's May figures showed a fall in sales.", [("May", "2025-05-01", "month")]),
    ("Alibaba donated to the March of Dimes.", []),
    ("Tencent may launch the app soon.", []),
    ("Analysts said the May government favoured Huawei.", []),
    ("Huawei's sales rose in the June quarter.", [("the June quarter", "2025-04-01", "quarter")]),
    ("8月行情推动寒武纪股价创新高。", [("8月", "2025-08-01", "month")]),
    ("三月发布会上，小米发布了新车。", [("三月", "2025-03-01", "month")]),
    ("五月天在腾讯音乐举办演唱会。", []),
    ("8月行情推動寒武紀股價創新高。", [("8月", "2025-08-01", "month")]),
    ("三月發布會上，小米發布了新車。", [("三月", "2025-03-01", "month")]),
    ("五月天在騰訊音樂舉辦演唱會。", []),
    # A month in Chinese numerals right after a model's digit (AL zs711's class): the digit makes no number of it.
    ("小米SU7五月交付8630辆。", [("五月", "2025-05-01", "month")]),
    ("问界M9三月交付超过1万辆。", [("三月", "2025-03-01", "month")]),
    ("小米SU7五月交付8630輛。", [("五月", "2025-05-01", "month")]),
    ("Xiaomi delivered 8,630 SU7s in May.", [("May", "2025-05-01", "month")]),
    ("小米SU7五月天联名版发布。", []),
    # Class (split R; the month as an attribute, splits C–R): an occasion's name between the month and the noun
    # ending it ("At its November Apollo Day event"); a name with no occasion's noun after it is no month's.
    ("At its July Baidu World conference, Baidu showed Ernie 4.0.", [("July", "2025-07-01", "month")]),
    ("Xiaomi's March Pro Max launch drew crowds.", [("March", "2025-03-01", "month")]),
    ("The May Fourth Movement shaped the founders of Baidu.", []),
    ("百度在7月的百度世界大会上展示了文心4.0。", [("7月", "2025-07-01", "month")]),
    ("百度在7月的百度世界大會上展示了文心4.0。", [("7月", "2025-07-01", "month")]),
    ("五四运动影响了百度的创始人。", []),
    # Class (AQ en4149, "the upcoming October launch"): a word placing the occasion ahead between the determiner and
    # the month ("the upcoming", "its planned"); Chinese reads the month before its noun as ever.
    ("Huawei prepared the upcoming October launch of its new system.", [("October", "2025-10-01", "month")]),
    ("Its planned March listing in Hong Kong drew interest.", [("March", "2025-03-01", "month")]),
    ("华为为即将到来的10月发布会做准备。", [("10月", "2025-10-01", "month")]),
    ("華為為即將到來的10月發布會做準備。", [("10月", "2025-10-01", "month")]),
    ("The coming May of the year is busy.", []),
    # Class (Y en2313, "What made that February moment stand out"): a demonstrative before the month is a
    # determiner as "the" is (lib/rules/bare_month_determiners_en.txt); not before a verb, nor with an adjective
    # between (A en21's "the initial October controls" were another year's October than the year-less reading).
    ("What made that February moment stand out was how the Rokid glasses blended in.",
     [("February", "2025-02-01", "month")]),
    ("Those March talks between Nvidia and Beijing went nowhere.", [("March", "2025-03-01", "month")]),
    ("Xiaomi said that May be its best month yet.", []),
    ("Rokid's founder said that March was hard.", []),
    ("Under the initial October controls, Nvidia could still sell the A800.", []),
    ("让那个2月的时刻与众不同的，是Rokid眼镜。", [("2月", "2025-02-01", "month")]),
    ("讓那個2月的時刻與眾不同的，是Rokid眼鏡。", [("2月", "2025-02-01", "month")]),
    ("英伟达与北京的那些3月会谈没有结果。", [("3月", "2025-03-01", "month")]),
    ("輝達與北京的那些3月會談沒有結果。", [("3月", "2025-03-01", "month")]),
    # Class (AJ en3411, "improving June’s result by almost 2,000"): a month's possessive before a noun, as a
    # weekday's ("Thursday's filing"); not a person's ("Theresa May's government").
    ("BYD set another monthly record, improving June’s result by almost 2,000.", [("June", "2025-06-01", "month")]),
    ("Theresa May's government courted Huawei.", []),
    # Class (AP en4018 "through mid\u2011March", en4057 "from mid\u2011February"): some outlets write every hyphen as
    # Unicode's non-breaking hyphen (U+2011: en217's "mid\u20112025", en1418's "ride\u2011hailing") or hyphen
    # (U+2010); it joins "mid" to its month as "-" does. Chinese writes no hyphen there (3月中旬).
    ("Baidu offers the feature for free through mid\u2011March.", [("mid\u2011March", "2025-03-01", "month")]),
    ("The first show cars will reach stores from mid\u2010February.", [("mid\u2010February", "2026-02-01", "month")]),
    ("The show cars reached stores in mid-February.", [("mid-February", "2025-02-01", "month")]),
    ("By mid\u20112025 the Cambricon share price hovered above 1,000 yuan.", [("mid\u20112025", "2025-01-01", "year")]),
    ("Xiaomi expects the factory to open in late\u20112026.", [("late\u20112026", "2026-10-01", "quarter")]),
    ("百度将免费提供该功能至3月中旬。", [("3月中旬", "2025-03-01", "month")]),
    ("百度將免費提供該功能至3月中旬。", [("3月中旬", "2025-03-01", "month")]),
    ("比亚迪再创月度纪录，比6月的成绩多出近2000辆。", [("6月", "2025-06-01", "month")]),
    ("比亞迪再創月度紀錄，比6月的成績多出近2000輛。", [("6月", "2025-06-01", "month")]),
]


@pytest.mark.parametrize(("sentence", "expected"), ORDINAL_DAY_ROWS + MONTH_MODIFIER_ROWS)
def test_month_words_are_read_as_the_day_or_month_they_name(sentence, expected):
    assert found_dates(sentence, PUBLISHED) == [(to_simplified(t), s, p) for t, s, p in expected]
