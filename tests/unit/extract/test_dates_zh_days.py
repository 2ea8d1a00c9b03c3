"""dates_zh_days: Chinese days of month without their month, read by the Chinese reader in its order.

A bare day is a day of the publication month unless a word around it makes it a count of days; a range's
end is its own date counted from the start. Traditional rows are read through ``to_simplified``, as the
pipeline does, so their words are given simplified.
"""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import Chained, DayOfMonth
from lib.extract.dates_zh import read_chinese_dates
from lib.parse.script import to_simplified
from tests.date_readings import reads_as


@pytest.mark.parametrize(("text", "words", "spec"), [
    ("路透社14日援引消息", "14日", DayOfMonth(14)),
    ("快手3月5日至7日舉辦活動。", "7日", Chained("day", 2, same_sentence=True, range_end=True)),
    ("5-7日，展会在上海举行。", "7日", Chained("day", 2, same_sentence=True, range_end=True)),
    ("腾讯于20号上线了新功能。", "20号", DayOfMonth(20)),
    ("騰訊將於20號上線新功能。", "20号", DayOfMonth(20)),
    # Class (split W zt2102 "隨後3號上海證券交易所叫停", split Z zt2405 "不到半年,3號證實將退出美國"): a day with 号
    # as the time of a clause, opening it or after a time word
    ("滴滴上市不到半年，3號宣布將退出美股。", "3号", DayOfMonth(3)),
    ("阿里巴巴6月底提交申请，15号晚间正式撤回。", "15号", DayOfMonth(15)),
    ("监管部门约谈高管后，随后3号上交所暂缓上市。", "3号", DayOfMonth(3)),
    ("公司高層被約談，隨後5號港交所暫緩上市。", "5号", DayOfMonth(5)),
    ("3号，小米宣布新车交付。", "3号", DayOfMonth(3)),
    # a number naming a line, a building, a shop, a terminal, an address, a room: no day
    ("北京地铁开通新线路，3号线延长段同日运营。", None, None),
    ("疫情期间，5號樓被封閉。", None, None),
    ("京东升级门店，1号店重新开业。", None, None),
    ("旅客抵达后，2号航站楼排起长队。", None, None),
    ("新世界簽署出售干諾道中3號物業的協議。", None, None),
    ("会议改在第3号会议室举行。", None, None),
    ("随后5号选手登场。", None, None),
    # Class (split Z zt2408 "短影音平台TikTok十九日宣布"; Taiwan's press, "中鋼十七日上午召開股東常會"): a day in
    # Chinese numerals before a verb or a time of day that may follow 昨 and 今 (one_character_days.csv), the
    # tenth to the thirty-first
    ("短影音平台TikTok十九日宣布已與甲骨文簽署協議。", "十九日", DayOfMonth(19)),
    ("中鋼十七日上午召開股東常會。", "十七日", DayOfMonth(17)),
    ("台積電廿日舉行法說會。", "廿日", DayOfMonth(20)),
    ("字节跳动二十一日发布新模型。", "二十一日", DayOfMonth(21)),
    ("腾讯三十日公布第三季业绩。", "三十日", DayOfMonth(30)),
    # Class (split AJ zt3435 "他廿二日說，與TikTok…相關的國安和隱私顧慮遭嚴重誇大"): 说 is a reporter's verb as 表示 is
    ("他廿二日說，TikTok的國安顧慮遭嚴重誇大。", "廿二日", DayOfMonth(22)),
    ("特朗普二十二日说，将延长TikTok关闭期限。", "二十二日", DayOfMonth(22)),
    # Class (split AJ zt3435 "白宮十九日也正式推出TikTok官方帳號"): an adverb of addition (也, 又, 再, 更) may stand
    # between the day and its verb, as after 昨 and 今; below the tenth it stays a count
    ("白宮十九日也正式推出TikTok官方帳號。", "十九日", DayOfMonth(19)),
    ("字节跳动二十日又发布新模型。", "二十日", DayOfMonth(20)),
    ("腾讯三日也宣布新游戏。", None, None),
    # near misses: a count of days, a dateline, a counted span, a day below the tenth, no verb after it
    ("市場監管總局責令騰訊三十日內解除獨家版權。", None, None),
    ("中新社北京十日電 小鵬汽車公布銷量。", None, None),
    ("阿里股价连续十日上涨。", None, None),
    # Class (split AH zt3261 "該股暫連跌3日，累計跌幅8.1%", the Hong Kong market wires' run of trading days): a stock's
    # run of days up or down, as 连续 is; the day a run began or ended stays a day
    ("以現價計，該股暫連跌3日，累計跌幅8.1%。", None, None),
    ("该股暂连升5日，累计升幅12%。", None, None),
    ("腾讯股价连涨4日，市值重回5万亿港元。", None, None),
    ("該股連挫3日後反彈。", None, None),
    ("该股3日起连跌，累计跌幅8%。", "3日", DayOfMonth(3)),
    ("美團股價連升後，3日回落。", "3日", DayOfMonth(3)),
    ("腾讯三日宣布新游戏。", None, None),
    ("這部劇播出十九日後收視破紀錄。", None, None),
    ("腾讯十日说。", "十日", DayOfMonth(10)),
    ("市场近十日说法不一。", None, None),
    # a count of days, not a day of the month
    ("用户可在3日内申请退款。", None, None),
    ("股价跌破5日均线。", None, None),
    ("近7日销量增长。", None, None),
    # Class (split AH zt3223, a tender offer's term; 超过 and 至少 already): a bound set on a term of days
    ("收购期限不得少于30日，并不得超过60日。", None, None),
    ("收購期限不得少於30日，並不得超過60日。", None, None),
    ("要约期限不多于15日。", None, None),
    ("智元机器人30日宣布完成收购。", "30日", DayOfMonth(30)),
    # Class (split AL zs3668 "后得知小米“双Ultra”发布会也在27号"): an adverb before 在 leads a 号 day as 并在, 将在 do
    ("小米的发布会也在27号。", "27号", DayOfMonth(27)),
    ("理想汽車又在5號發布新車。", "5号", DayOfMonth(5)),
    ("他也在3号线上班。", None, None),
    ("腾讯总部位于20号。", None, None),
    ("乘坐3号线前往。", None, None),
])
def test_a_day_without_its_month(text, words, spec):
    assert reads_as(read_chinese_dates, to_simplified(text), words, spec)
