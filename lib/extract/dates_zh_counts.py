"""Chinese dates counted on or back by a number: "45天后", "两周后", "数小时后", "三个月后", "5年后" (from
the date before, or from publication when scheduled), "十年前", "两个月前", "半年前" (back from publication),
"2年前的9月25日". The patterns and their builders; ``dates_zh_relative`` reads them in its order.
"""

from __future__ import annotations

import re

from lib.chinese_numerals import chinese_number
from lib.extract.dates_comparisons import compared_in_chinese, opens_before_a_figure, takes_up_the_figure
from lib.extract.dates_spec import WHOLE_YEAR, Chained, DateSpec, InYear, Shift
from lib.extract.dates_zh_grammar import year_part
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

_NEIGHBOURS = words_by_kind(builtin_rules().relative_date_neighbours_zh)
# 其后, 随后 (之后 before months) and "仅", "短短", "不到" opening a count ("其后仅四个月", "短短三天后，").
_THEN = alternation(_NEIGHBOURS["then_before_count"])
_THEN_BEFORE_MONTHS = alternation(_NEIGHBOURS["then_before_count"] + _NEIGHBOURS["then_before_months"])
_ONLY = alternation(_NEIGHBOURS["only_before_count"])
_ONLY_BEFORE_MONTHS = alternation(_NEIGHBOURS["only_before_count"] + _NEIGHBOURS["only_before_months"])
# "45天后", "两周后", "其后一周": days counted on (``days_later`` says from what).
DAYS_LATER = re.compile(rf"(?P<then>(?:{_THEN})\s*(?:{_ONLY})?\s*)?"
                         r"(?<![0-9.一二两三四五六七八九十数几])(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*"
                         r"(?P<unit>天|日|周|个?星期|个?礼拜)(?P<later>(?:之|过)?后)?")
# Where a clause opens, an intensifier aside: "两天后，腾讯跟进", "短短三天后，…".
_CLAUSE_OPENING = re.compile(
    rf"(?:^|[，,。；;\n])\s*(?:{_ONLY}|{alternation(_NEIGHBOURS['about_before_count'])})?\s*$")
# Days before or after an event named right before the count are counted from its day, the date read
# before: "发布会的两天前", "就在两人会面两天后", and "上市两天后，" closing its clause. Not "就在两天前"
# ("just two days ago"), "百度两周后发布财报" (in two weeks), "将于45天后，" (scheduled from now).
_BEFORE_AN_EVENT = re.compile(r"(?:的|在[^，。,；;：:\s0-9]{1,12})\s*$")
_EVENT_BEFORE = re.compile(rf"[{_CJK}]\s*$")
_SCHEDULE_BEFORE = re.compile(rf"(?:{alternation(_NEIGHBOURS['schedule_before'])})\s*$")
# "数小时后", "几个小时后", "3小时后": a few hours on is the same day (not 12 or more: it may be the next).
HOURS_LATER = re.compile(r"(?<![0-9.一二两三四五六七八九十])(?:数|几|[1-9]|[一二两三四五六七八九])\s*个?小时(?:之)?后")
# 多 right before a count in Chinese numerals is "more" ("多一年", one more year), no count of its own; before
# figures it ends a name as often ("拼多多10年后", AI zs3350), read as DAYS_LATER reads "拼多多3天后".
NOT_MORE_BY = r"(?!(?<=多)[一二两三四五六七八九十])"
# "十年前", "3年前", "两个月前", "5天前": counted back from publication, as "ten years ago" is; so with the count
# made rough, as "nearly a year ago", "over two months ago" are: "DeepSeek近1年前推出新模型" (AD zs2853), "一年多前",
# "两个多月前", "十多年前". A vague count ("数年前", "几天前") names no period; "年前" alone is "before the New Year".
AGO = re.compile(r"(?<![0-9.一二两三四五六七八九十数几])" + NOT_MORE_BY
                 + r"(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*多?"
                   r"(?P<unit>年多?|个多?月|天|周|个?星期)(?:之|以)?前(?![天年夕])"
                   r"|(?<![上下前后])(?P<half>半)年(?:之|以)?前(?![天年夕])")
# "三个月后", "其后仅四个月", "半年后": months counted on from the date before, as "four months later" is;
# "1个多月后" (a month and more later) from its first month, as a reader dates it; "半个月后", "半月后" half a
# month on (not six: 半 before 个月 halves one month, before 年 one year).
MONTHS_LATER = re.compile(
    rf"(?:(?P<then>{_THEN_BEFORE_MONTHS})\s*(?:{_ONLY_BEFORE_MONTHS})?\s*"
    r"|(?<![0-9.一二两三四五六七八九十数几近上下前后])" + NOT_MORE_BY
    + r")(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|半)\s*"
      r"(?P<unit>个多?月|年|(?<=半)月)"
      r"(?P<later>(?:之|以|过)?后(?![年天]))?")
# "再过一个月", "再过两天", "再过半年": counted on from now, the speaker's (publication's) day, as "in a month" is.
COUNTED_FROM_NOW = re.compile(r"再过\s*(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|半)\s*"
                              r"(?P<unit>天|周|个?星期|个多?月|年)")
_CLAUSE_MARKS = "，,。；;！!？?\n"
_FUTURE_WORD = re.compile(alternation(_NEIGHBOURS["future_in_years_later_clause"]))
# "5年后" after "5年前", "两年后" after "2019年": years counted on from the date before.
YEARS_LATER = re.compile(r"(?<![0-9.一二两三四五六七八九十数几近])" + NOT_MORE_BY
                         + r"(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*"
                           r"年(?:之|以|过)?后(?![年天])")




def days_later(match: re.Match, text: str) -> DateSpec | None:
    """"45天后生效", "两周后": counted in days from the day reported, else from publication, as "in 45
    days" is. Opening its clause ("两天后，腾讯跟进", "其后一周") it is "two days later": counted from
    the date before it in the text, as "two days later" is."""
    if not (match["then"] or match["later"]) or (match["unit"] == "日" and not match["then"] and match["n"].isdigit()):
        return None  # "两天" alone is a duration; "3日后" is read as a day of month, "三日后" only as a count
    days = chinese_number(match["n"]) * (1 if match["unit"] in ("天", "日") else 7)
    ends_clause = text[match.end() : match.end() + 1] in ("，", ",")
    opens_clause = match["then"] or (ends_clause and _CLAUSE_OPENING.search(text, 0, match.start()))
    before = text[max(0, match.start() - 16) : match.start()]
    after_an_event = _BEFORE_AN_EVENT.search(before) or (
        ends_clause and _EVENT_BEFORE.search(before) and not _SCHEDULE_BEFORE.search(before))
    return Chained("day", days, same_sentence=not (opens_clause or after_an_event))


def counted_from_now(match: re.Match, text: str) -> DateSpec:
    """"再过一个月将会升级": the month a month after publication's; days, weeks and years likewise ("再过两周" is
    the day fourteen on, as "两周后" is)."""
    unit, half = match["unit"], match["n"] == "半"
    count = 1 if half else chinese_number(match["n"])
    if unit == "年":
        return Shift("month", 6) if half else InYear(WHOLE_YEAR, offset=count)
    if unit.endswith("月"):
        return Shift("month", count)
    return Shift("day", count * (1 if unit == "天" else 7))


def hours_later(match: re.Match, text: str) -> DateSpec:
    """"数小时后", "几个小时后": later the same day as the date before."""
    return Chained("day", 0)


def ago(match: re.Match, text: str) -> DateSpec:
    unit = (match["unit"] or "").replace("多", "")  # "一年多前", "两个多月前": the count made rough
    if unit in ("天", "周", "星期", "个星期") and _BEFORE_AN_EVENT.search(text, 0, match.start()):
        # "发布会的两天前", "在两人会面一天前": before the event, whose day was read before
        return Chained("day", -chinese_number(match["n"]) * (1 if unit == "天" else 7))
    if match["half"]:
        return Shift("month", -6)  # "半年前": six months before publication's month
    count = chinese_number(match["n"])
    if unit == "年":
        if count == 1 and (compared_in_chinese(text, match.start(), match.end())
                           or takes_up_the_figure(text, match.end())
                           or opens_before_a_figure(text, match.start(), match.end())):
            # "营收较一年前增长48%": the period reported a year back, if any (dates_comparisons); a results
            # article compares with a year back only: "较三年前翻了一番" is the year
            return Chained("period", -count, otherwise=InYear(WHOLE_YEAR, offset=-count))
        return InYear(WHOLE_YEAR, offset=-count)
    if unit == "个月":
        return Shift("month", -count)
    if unit != "天":
        return Shift("week", -count)  # "两周前" names the week, as 上周 does
    return Shift("day", -count)


def months_later(match: re.Match, text: str) -> DateSpec | None:
    """"三个月后", "其后仅四个月", "半年后": months from the date before; "半年前" six months back. "半个月后",
    "半月后": fifteen days on, a month as vague as "三个月后" is ("7月2日…半月后" is July)."""
    if not (match["then"] or match["later"]) or (match["unit"] == "年" and match["n"] != "半"):
        return None  # "四个月" alone is a duration; whole years are YEARS_LATER's
    if match["n"] == "半" and match["unit"] != "年":
        return Chained("day", 15, told_only=True, as_month=True)
    months = 6 if match["n"] == "半" else chinese_number(match["n"])
    return Chained("month", months * (12 if match["unit"] == "年" and match["n"] != "半" else 1))


def years_later(match: re.Match, text: str) -> DateSpec | None:
    """"两年后，", "5年后" after "5年前": years counted on from the date before. Right after the words of a
    happening ("成立一年后", "受到制裁4年后"), as "a year after its founding" is, the years count from that
    happening, whose year the text seldom gives: no year is named. With a future word in its clause ("5年后
    电动车将是集团下一个兆元产业", "希望摸一摸10年后的路") they count from now, as "five years from now" and
    再过五年 do: the year so many after publication's."""
    if _FUTURE_WORD.search(_clause_of(text, match.start(), match.end())):
        return InYear(WHOLE_YEAR, offset=chinese_number(match["n"]))
    if _EVENT_BEFORE.search(text, 0, match.start()) and not _CLAUSE_OPENING.search(text, 0, match.start()):
        return None
    return Chained("year", chinese_number(match["n"]))


def _clause_of(text: str, start: int, end: int) -> str:
    """The clause holding ``text[start:end]``: from the punctuation before it to the punctuation after."""
    opening = max(text.rfind(mark, 0, start) for mark in _CLAUSE_MARKS) + 1
    closings = [found for mark in _CLAUSE_MARKS if (found := text.find(mark, end)) >= 0]
    return text[opening:min(closings, default=len(text))]


def month_years_ago(match: re.Match, text: str) -> DateSpec:
    part, _ = year_part(match)
    return InYear(part, offset=-chinese_number(match["n"]))
