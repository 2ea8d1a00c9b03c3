"""dates_en_year_or_amount on its own: a bare four-digit number is a year unless the words around it
make it an amount or a count."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_year_or_amount import reads_as_year, year_of_a_named_event
from lib.parse.script import to_simplified
from tests.date_readings import found_dates


@pytest.mark.parametrize(("text", "number", "is_year"), [
    ("Baidu was founded in 2000.", "2000", True),
    ("Revenue grew in 2023 users said.", "2023", True),  # a preposition before outweighs a count after
    ("The app has 2024 active users.", "2024", False),
    ("It costs $2024 a year.", "2024", False),
    ("It sold more than 2000 units.", "2000", False),
    ("The firm was founded in 1987.", "1987", True),
    ("The firm has 1987 employees.", "1987", False),
    ("A total of 1987 was reached.", "1987", False),  # an older year needs a preposition of time
    ("Plans reach 2045.", "2045", False),
    # money's signs and codes (lib/rules/money_words.csv) before the number, in either script's text
    ("The bond pays US$2024 a unit.", "2024", False),
    ("Fees are HKD 2000 a year.", "2000", False),
    ("Tickets cost EUR 2025 each.", "2025", False),
    ("小米手环在京东售价￥2024起。", "2024", False),
    ("小米手環在京東售價￥2024起。", "2024", False),
    ("募资RMB 2000万元。", "2000", False),
    ("The EU set the rules in 2024.", "2024", True),  # EU is no currency code
    ("HKD-listed shares rose in 2025.", "2025", True),
])
def test_reads_as_year(text, number, is_year):
    start = text.index(number)
    assert reads_as_year(text, start, start + len(number), int(number)) is is_year


# A bare year fused to the front of a Chinese event's name is the name ("2024未来汽车先行者大会", "2025夏季达沃斯峰会"),
# and a bare year after an English event's acronym ("HDC 2020", Huawei's developer conference) is too: no date of
# their own. With 年 ("2025年世界人工智能大会"), in English before the name ("at the 2021 ABC Summit": the summit
# of 2021) or with no event word after it ("2024营收"), the year stays a date.
@pytest.mark.parametrize(("text", "expected"), [
    ("5月30日，雷军在2024未来汽车先行者大会上表示，小米SU7交付8630辆。", [("5月30日", "2024-05-30", "day")]),
    ("王兴兴在2025夏季达沃斯峰会期间透露，宇树科技营收超过10亿元。", []),
    ("火山引擎在2024冬季FORCE原动力大会上发布豆包大模型新版本。", []),
    ("马云现身杭州，参加了2025阿里巴巴十年馨专场音乐会。", []),
    ("百度在2023智能经济论坛上发布文心大模型新版本。", []),
    ("5月30日，雷軍在2024未來汽車先行者大會上表示，小米SU7交付8630輛。", [("5月30日", "2024-05-30", "day")]),
    ("王興興在2025夏季達沃斯峰會期間透露，宇樹科技營收超過10億元。", []),
    ("騰訊在2025騰訊全球數字生態大會上發布混元新模型。", []),
    ("Huawei will launch HarmonyOS 2.0 at HDC 2020 next week.", [("next week", "2024-06-03", "week")]),
    ("Huawei expects a sales spike when the beta opens at HDC 2024.", []),
    ("華為將在HDC 2020上推出鴻蒙2.0。", []),
    # near-misses: still a date
    ("Robin Li, founder of Baidu, said at the 2021 ABC Summit that cars would change.",
     [("2021", "2021-01-01", "year")]),
    ("The 2024 results beat the forecast, Tencent said.", [("2024", "2024-01-01", "year")]),
    ("Xiaomi showed the car in 2024 at the Beijing Auto Show.", [("2024", "2024-01-01", "year")]),
    ("2025年世界人工智能大会在上海开幕，商汤发布新模型。", [("2025年", "2025-01-01", "year")]),
    ("小米2024营收增长三成，雷军在年会上宣布。", [("2024", "2024-01-01", "year")]),
    ("2024年百度世界大会上，李彦宏发布新模型。", [("2024年", "2024-01-01", "year")]),
    ("2025年世界人工智慧大會在上海開幕，商湯發布新模型。", [("2025年", "2025-01-01", "year")]),
])
def test_a_year_fused_to_an_event_name_is_no_date(text, expected):
    assert found_dates(text, "2024-06-01") == [(to_simplified(words), start, precision)
                                               for words, start, precision in expected]


@pytest.mark.parametrize(("text", "year"), [
    ("6月1日，雷军在2024未来汽车先行者大会上表示，小米SU7五月交付8630辆。", 2024),
    ("雷軍在2024未來汽車先行者大會上表示。", 2024),
    ("火山引擎在2024冬季FORCE原动力大会上发布新模型。", 2024),
    ("小米2024营收增长三成。", None),
    ("2025年世界人工智能大会在上海开幕。", None),
    ("Robin Li spoke at the 2021 ABC Summit.", None),
    # The event's name before its year: the event of that year, held in it.
    ("在2月11日举办的“世界政府峰会”(World Governments Summit 2025)上，李彦宏与奥拉马对谈。", 2025),
    ("On February 11, Robin Li spoke at the World Governments Summit 2025 in Dubai.", 2025),
    ("Xiaomi showed the phone at MWC 2024 in Barcelona.", 2024),
    ("华为在全连接大会 2025上发布新芯片。", 2025),
    ("華為在全聯接大會 2025上發布新晶片。", 2025),
    # A product's name keeps its year for years; a year with a preposition or 年 is a date, not the name's.
    ("Microsoft ended support for Windows 2000 on July 13.", None),
    ("The firm still runs Office 2019 on its laptops.", None),
    ("Robin Li spoke at the summit in 2025.", None),
    ("2025年世界政府峰会上，李彦宏发表演讲。", None),
])
def test_the_year_of_a_named_event_tells_an_undated_article_its_year(text, year):
    assert year_of_a_named_event(to_simplified(text)) == year  # the pipeline reads traditional text as simplified
