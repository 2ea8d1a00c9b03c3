"""Chinese dates counted on or back by a number: what each count names, before any date resolves it."""
import pytest

from lib.extract.dates_spec import WHOLE_YEAR, Chained, InYear, Shift
from lib.extract.dates_zh_counts import (
    AGO,
    COUNTED_FROM_NOW,
    DAYS_LATER,
    HOURS_LATER,
    MONTHS_LATER,
    YEARS_LATER,
    ago,
    counted_from_now,
    days_later,
    hours_later,
    months_later,
    years_later,
)
from lib.parse.script import to_simplified
from tests.date_readings import read_in_order

READERS = {"days": (DAYS_LATER, days_later), "hours": (HOURS_LATER, hours_later), "ago": (AGO, ago),
           "months": (MONTHS_LATER, months_later), "years": (YEARS_LATER, years_later),
           "from_now": (COUNTED_FROM_NOW, counted_from_now)}


def _read(kind: str, text: str):
    pattern, build = READERS[kind]
    text = to_simplified(text)
    specs = (build(match, text) for match in pattern.finditer(text))
    return next((spec for spec in specs if spec is not None), None)


@pytest.mark.parametrize(("kind", "text", "spec"), [
    # Counted on from the date before ("两天后，" opening a clause) or from publication ("45天后生效").
    ("days", "10月7日，字节跳动发布新模型；两天后，腾讯跟进。", Chained("day", 2, same_sentence=False)),
    ("days", "新规将于45天后生效。", Chained("day", 45, same_sentence=True)),
    ("days", "新規將於45天後生效。", Chained("day", 45, same_sentence=True)),
    ("days", "就在两人会面两天后，双方宣布合作。", Chained("day", 2, same_sentence=False)),
    ("days", "活动持续两天。", None),  # a duration
    ("hours", "消息传出数小时后，股价大涨。", Chained("day", 0)),
    ("months", "其后仅四个月，小米就推出了新车。", Chained("month", 4)),
    ("months", "半年后，该公司再度融资。", Chained("month", 6)),
    ("months", "合同为期四个月。", None),  # a duration
    ("years", "2019年华为被列入实体清单，两年后，公司营收回升。", Chained("year", 2)),
    ("years", "受到制裁4年后，华为重回增长。", None),  # from the sanctions, whose year is not told here
    ("years", "零一萬物成立一年後發布新模型。", None),
    # Counted back from publication.
    ("ago", "十年前，马化腾在深圳创立腾讯。", InYear(WHOLE_YEAR, offset=-10)),
    ("ago", "兩個月前，阿里巴巴宣布分拆。", Shift("month", -2)),
    ("ago", "5天前，百度发布了文心4.5。", Shift("day", -5)),
    ("ago", "半年前，公司还在亏损。", Shift("month", -6)),
    ("ago", "两周前，美团上调了佣金。", Shift("week", -2)),
    ("ago", "发布会的两天前，消息已经泄露。", Chained("day", -2)),
    ("ago", "数年前，公司曾尝试出海。", None),  # a vague count names no period
    # A count made rough ("nearly", "over") counts back as the count does (AD zs2853 "DeepSeek近1年前推出新模型").
    ("ago", "DeepSeek近1年前推出新模型震撼业界。", InYear(WHOLE_YEAR, offset=-1)),
    ("ago", "DeepSeek近1年前推出新模型震撼業界。", InYear(WHOLE_YEAR, offset=-1)),
    ("ago", "一年多前，字节跳动开始研发豆包。", InYear(WHOLE_YEAR, offset=-1)),
    ("ago", "兩個多月前，阿里巴巴宣布分拆。", Shift("month", -2)),
    ("ago", "十多年前，马化腾在深圳创立腾讯。", InYear(WHOLE_YEAR, offset=-10)),
    ("ago", "近一年来，DeepSeek推出多款模型。", None),  # a span up to now, no count back
    ("ago", "多年前，公司曾尝试出海。", None),
    # 再过 before a count: counted on from publication, whatever date was told before.
    ("from_now", "6月初开始升级。再过一个月将会有第一批华为手机升级。", Shift("month", 1)),
    ("from_now", "再過一個月將會有第一批華為手機升級。", Shift("month", 1)),
    ("from_now", "再过两周，小米将发布新车。", Shift("day", 14)),
    ("from_now", "再过三年，比亚迪将建成新工厂。", InYear(WHOLE_YEAR, offset=3)),
    ("from_now", "再過半年，新工廠將投產。", Shift("month", 6)),
    ("from_now", "过了一个月，公司宣布上市。", None),  # no 再: months_later's, if any
])
def test_a_count_names_what_it_counts_from(kind, text, spec):
    assert _read(kind, text) == spec


# The English forms of a rough count back, read as the count ("nearly a year ago", "over two months ago",
# "less than two years ago": en107, en1820, en2307, en3103, en912), beside the Chinese ones above.
@pytest.mark.parametrize(("text", "expected"), [
    ("DeepSeek launched the model nearly a year ago.", [("a year ago", "2025-01-01", "year")]),
    ("Alibaba announced the split more than two months ago.", [("two months ago", "2025-11-01", "month")]),
    ("DeepSeek近1年前推出新模型。", [("1年前", "2025-01-01", "year")]),
    ("阿里巴巴兩個多月前宣布分拆。", [("两个多月前", "2025-11-01", "month")]),
    ("DeepSeek has launched models for nearly a year.", []),
])
def test_a_rough_count_back_is_the_count(text, expected):
    assert read_in_order(text, "2026-01-08") == expected


# A count in figures right after a name ending in 多 (拼多多: AI zs3350 "为了确保拼多多10年后高速高质量发展") is a
# count as after any other name, as DAYS_LATER reads "拼多多3天后"; 多 before a count in Chinese numerals stays
# "more" ("多一年", one more year), and "十多年前" the rough count it is. English writes the name apart.
@pytest.mark.parametrize(("text", "expected"), [
    ("黄峥希望确保拼多多10年后高速发展。", [("10年后", "2031-01-01", "year")]),
    ("黃崢希望確保拼多多10年後高速發展。", [("10年后", "2031-01-01", "year")]),
    ("拼多多3年前在美国上市。", [("3年前", "2018-01-01", "year")]),
    ("拼多多3年前在美國上市。", [("3年前", "2018-01-01", "year")]),
    ("Huang wants to secure Pinduoduo's growth 10 years from now.", [("10 years from now", "2031-01-01", "year")]),
    ("Pinduoduo listed in the US 3 years ago.", [("3 years ago", "2018-01-01", "year")]),
    ("他多一年后才离开公司。", []),
    ("二十多年前，华为在深圳成立。", [("二十多年前", "2001-01-01", "year")]),
])
def test_a_count_after_a_name_ending_in_duo_is_a_count(text, expected):
    assert read_in_order(text, "2021-03-18") == expected
