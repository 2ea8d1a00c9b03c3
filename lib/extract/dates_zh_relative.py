"""Read Chinese dates counted from publication or from another date: shifts from publication ("上个月",
"下季度", "上月底", "上月28日", "昨天", "今(19)日", "截至发稿", "三年前"), dates counted from the date
before them ("次日", "同月", "当时", "首日", "隔夜报收", "次年3月"), from the period a results article
reports ("去年同期", "上季度", "当季", "2023年同期") and counts on from a date ("45天后", "三个月后", "5年后").
Split from ``dates_zh`` so each reader stays small; ``dates`` resolves and counts them (text simplified first).
The days named from publication ("昨天", "今(19)日", "鸿海昨举办") are ``dates_zh_days_from_publication``'s
patterns, run here in their place in the order.
"""

from __future__ import annotations

import re

from lib.chinese_numerals import chinese_number
from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable
from lib.extract.dates_comparisons import compared_in_chinese, quarter_before_the_reported_in_chinese, tells_a_figure
from lib.extract.dates_results_period import names_closed_results, period_otherwise
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    MONTH_BEFORE_THE_MONTH_REPORTED,
    WHOLE_YEAR,
    YEAR_BEFORE_PUBLICATION,
    Candidate,
    Chained,
    DateSpec,
    InYear,
    Shift,
)
from lib.extract.dates_zh_counts import (
    AGO,
    COUNTED_FROM_NOW,
    DAYS_LATER,
    HOURS_LATER,
    MONTHS_LATER,
    NOT_MORE_BY,
    YEARS_LATER,
    ago,
    counted_from_now,
    days_later,
    hours_later,
    month_years_ago,
    months_later,
    years_later,
)
from lib.extract.dates_zh_days_from_publication import DAY_WORDS, DAYS_FROM_PUBLICATION
from lib.extract.dates_zh_grammar import DAY, MONTH, SHIFT_DIRECTIONS, WORD_AFTER_WEEK, YEAR_QUALIFIER, year_part
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

_SHIFT_UNITS = {"月": "month", "季度": "quarter", "周": "week", "星期": "week", "礼拜": "week"}
# Counted from the date before them ("that day", "the next day", "当时"), or from publication (今天, 昨天,
# 截至发稿): the words and their counts are lib/rules/date_words_zh.csv.
_WORDS = builtin_rules().date_words_zh
_CHAINS = {w.word: (w.unit, w.offset) for w in _WORDS
           if w.kind in ("chain", "chain_from_happening", "chain_or_publication")}
# 同月, 当月, 次月 (same, next month): those a day of their month may follow ("同月9日"); not 去年同月.
_MONTH_CHAINS = [w.word for w in _WORDS if w.kind == "chain" and w.unit == "month" and w.offset in (0, 1)]
_FROM_HAPPENING = frozenset(w.word for w in _WORDS if w.kind == "chain_from_happening")
_OR_PUBLISHED = frozenset(w.word for w in _WORDS if w.kind == "chain_or_publication")
# What next to a chain word makes it something else (次日达, 全年无休, 首日封) or a count of days
# scheduled from now ("将于45天后，"): lib/rules/relative_date_neighbours_zh.csv.
_NEIGHBOURS = words_by_kind(builtin_rules().relative_date_neighbours_zh)
_HAPPENING_WORDS = tuple(_NEIGHBOURS["first_day_happening"])
_NOT_HAPPENING_WORDS = tuple(_NEIGHBOURS["not_first_day_happening"])
_LONGEST_HAPPENING = max(map(len, _HAPPENING_WORDS + _NOT_HAPPENING_WORDS), default=0)
_NOT_AFTER_CHAIN = tuple(_NEIGHBOURS["not_after_chain"])
_NOT_BEFORE_CHAIN = tuple(_NEIGHBOURS["not_before_chain"])  # 连续第二年, 最后一天: a count, a rank
_BEFORE_HAPPENING_DAY = tuple(_NEIGHBOURS["before_happening_day"])  # 财报发布的次日: that happening's day after
_NOT_BEFORE_FULL_YEAR = tuple(_NEIGHBOURS["not_before_full_year"])
_NOT_AFTER_FULL_YEAR = tuple(_NEIGHBOURS["not_after_full_year"])
_NOT_AFTER_FIRST_DAY = tuple(_NEIGHBOURS["not_after_first_day"])
_THIS_WEEK = re.compile(rf"(?<![{''.join(_NEIGHBOURS['not_before_this_week'])}])"
                        rf"今个?(?:周|星期)末?(?!{alternation(_NEIGHBOURS['not_after_this_week'])})")
_OPENING_A_CLAUSE_ONLY = frozenset(_NEIGHBOURS["opening_a_clause_only"])
_SAME_OPENING_A_CLAUSE = frozenset(_NEIGHBOURS["same_opening_a_clause"])
_HAN_BEFORE = re.compile(f"[{_CJK}]$")
_DAY_OWNER = re.compile(r"(?:[日号天晚]|[0-9０-９])$")
# A Hong Kong or A-share report gives a dual-listed stock's close in New York the night before as 隔夜:
# "阿里巴巴(BABA.US)隔夜报收于190美元", "隔夜收涨2%". Only before the session's close or move: 隔夜利率,
# 隔夜拆息 (overnight money) and 隔夜菜 name no day.
# Hong Kong's 隔晚 is the same night; a name, a US listing or both may precede the move ("隔晚ADR一度重挫").
_OVERNIGHT_IN_MARKET_REPORT = re.compile(
    rf"隔[夜晚](?=(?:[^\s，,。；;：:]{{0,12}}?(?:{alternation(_NEIGHBOURS['listing_after_overnight'])}))?"
    rf"\s*(?:{alternation(_NEIGHBOURS['after_overnight'])}))")
# A market report's 全日, 全天 (the whole session) before its high, low or move is the trading day in focus, as
# 当日 is: "随后股价推至全日最高点", "全日市值蒸发5890亿美元"; not 全天候, 全日制 (relative_date_neighbours_zh.csv).
_WHOLE_DAY_IN_MARKET_REPORT = re.compile(rf"全[日天](?=\s*(?:{alternation(_NEIGHBOURS['after_whole_day'])}))")
# A results report's 全季 (the whole quarter) before a figure's noun is the quarter in focus, as 全年 is the year:
# "先進製程營收達到全季晶圓銷售金額的七四％" (TSMC's formula, AI zt3360); not 全季酒店 (a hotel brand), 全季节.
_WHOLE_QUARTER_IN_RESULTS = re.compile(rf"全季(?=\s*(?:{alternation(_NEIGHBOURS['after_whole_quarter'])}))")
_QUARTER_NAMED = re.compile(r"第?[一二三四1-4１-４]\s*季|Q[1-4]|[本当该上次首]季")
def read_chinese_relative_dates(text: str) -> list[Candidate]:
    """Every Chinese date reading in ``text`` counted from publication or from another date."""
    return READER(text)


def _shift(match: re.Match, text: str) -> DateSpec | None:
    if match["unit"] == "季度" and match["dir"] in ("上", "本", "这"):
        return None  # counted from the quarter reported, if any: date_words_zh.csv
    if (match["dir"] == "上" and match[0].endswith("月")
            and compared_in_chinese(text, match.start(), match.end())):
        return MONTH_BEFORE_THE_MONTH_REPORTED  # "10月交付…，较上月下降": September
    return Shift(_SHIFT_UNITS[match["unit"]], SHIFT_DIRECTIONS[match["dir"]])


def _chained(match: re.Match, text: str) -> DateSpec | None:
    following = text[match.end() : match.end() + 1]
    if (following in _NOT_AFTER_CHAIN or (match[0].endswith("季") and following == "节")
            or text.endswith(_NOT_BEFORE_CHAIN, 0, match.start())):
        return None  # 当季节: the season
    if _CHAINS[match[0]][0] == "full_year" and (text.endswith(_NOT_BEFORE_FULL_YEAR, 0, match.start())
                                               or following in _NOT_AFTER_FULL_YEAR):
        return None  # 去年全年 (read as 去年), 安全年度; 全年无休 (all year round), 全年级
    if match[0] == "首日" and text.startswith(_NOT_AFTER_FIRST_DAY, match.end()):
        return None
    if match[0] in _OPENING_A_CLAUSE_ONLY and _HAN_BEFORE.search(text, 0, match.start()):
        return None  # 短期内, 预期内: another word
    if match[0] in _SAME_OPENING_A_CLAUSE and not _HAN_BEFORE.search(text, 0, match.start()):
        return Chained("same", 0, focus_first=True)  # "同期，豆包App日活…": the period reported, else the time told
    unit, offset = _CHAINS[match[0]]
    if unit == "day" and abs(offset) == 1 and _after_undated_happening(text, match.start()):
        return None  # "发生在财报发布的次日": the day after the release, whose day is not the date told before
    if (match[0] in _OR_PUBLISHED and (unit, offset) == ("quarter", -1)
            and not compared_in_chinese(text, match.start(), match.end())
            and not quarter_before_the_reported_in_chinese(text, match.start(), match.end())):
        return LAST_CLOSED_QUARTER  # "美團上季收入509億元": the quarter reported; "较上季度增长" compares
    # "本季度阿里云收入同比增长34.5%", "期内收入…": with no quarter in focus, the quarter reported, not publication's
    this_quarter = match[0] in _OR_PUBLISHED and (unit, offset) == ("quarter", 0) and tells_a_figure(text)
    if unit == "full_year":
        return Chained(unit, -1 if names_closed_results(text, match.end()) else 0, or_published=True)
    named = (unit, offset) == ("day", 0) and _names_its_happening(text, match.start())
    # 去年同一时间 is the period in focus a year back, as "the same time last year"; 去年同日 the day told before.
    # 去年同月 is the month in focus a year back, as "the same month last year": not the month of a day told after
    # it ("5月销量…，今天公布的数据显示。较去年同月…", AK en3501's class).
    year_back = unit == "same" and offset != 0
    otherwise = (LAST_CLOSED_QUARTER if this_quarter else YEAR_BEFORE_PUBLICATION if year_back
                 else period_otherwise(match[0], text))
    trading = unit == "trading_day"  # "较前一交易日": a day counted over the market's weekdays
    return Chained("day" if trading else unit, offset, or_published=match[0] in _OR_PUBLISHED,
                   focus_first=(year_back and not match[0].endswith(("日", "天"))) or (unit, offset) == ("month", -12),
                   from_happening=match[0] in _FROM_HAPPENING or named, happening_only=named, otherwise=otherwise,
                   trading_days=trading)


def _whole_day(match: re.Match, text: str) -> DateSpec | None:
    """A session's 全日/全天 is the day in focus; told again in its sentence ("全天高位震荡，…全天涨幅收窄"), it is
    the same day, one date told twice."""
    return None if _WHOLE_DAY_IN_MARKET_REPORT.search(text, 0, match.start()) else Chained("day", 0)


def _whole_quarter(match: re.Match, text: str) -> DateSpec | None:
    """全季 after its quarter named in the sentence ("2025年第四季晶圆销售金额的28%，…占全季晶圆销售金额的35%")
    is that quarter told again, one date told twice."""
    if _QUARTER_NAMED.search(text, 0, match.start()):
        return None
    return Chained("quarter", 0, otherwise=LAST_CLOSED_QUARTER)


def _after_undated_happening(text: str, start: int) -> bool:
    """Whether a day counted one on or back from ``start`` is a named happening's ("财报发布的次日"), neither a
    listing's, sale's or launch's ("开售的第二天") nor a day's ("9月4日的次日"): relative_date_neighbours_zh.csv."""
    word = next((word for word in _BEFORE_HAPPENING_DAY if text.endswith(word, 0, start)), None)
    if word is None:
        return False
    owner = start - len(word)
    return not (_names_its_happening(text, owner) or _DAY_OWNER.search(text, 0, owner))


def _names_its_happening(text: str, start: int) -> bool:
    """Whether a word for the day ending before ``start`` is a listing's, a sale's or a launch's ("上市当天",
    "发布会当日"): that happening's day, not a listed company's ("上市公司当天")."""
    before = text[max(0, start - _LONGEST_HAPPENING):start]
    return (before.endswith(_HAPPENING_WORDS)
            and not any(before.endswith(word) for word in _NOT_HAPPENING_WORDS))


def _year_chain_with_month(match: re.Match, text: str) -> DateSpec:
    """"次年3月", "同年8月5日": a month or day of the year counted from the date before."""
    part, _ = year_part(match)
    return Chained("year", _CHAINS[match["chain"]][1], part=part)


def _month_chain_with_day(match: re.Match, text: str) -> DateSpec:
    """"同月9日", "次月5日": a day of the month counted from the date before."""
    return Chained("month", _CHAINS[match["chain"]][1], day=chinese_number(match["day"]))


def _shifted_month_day(match: re.Match, text: str) -> DateSpec:
    """"上月28日", "本月5日", "下月1日": a day of the month before, of or after publication's."""
    return Shift("month", SHIFT_DIRECTIONS[match["dir"]], day=chinese_number(match["day"]))


# Words every match of a pattern contains; a pattern runs only when the text has all it needs.
_CUES = CueTable(cased=(
    ("月", "月"), *(("shift", unit) for unit in _SHIFT_UNITS), ("quarter", "季"),
    ("overnight", "隔夜"), ("overnight", "隔晚"),
    ("whole_day", "全日"), ("whole_day", "全天"), ("whole_quarter", "全季"),
    *(("day_shift", word) for word in DAY_WORDS), *(("deictic_day", word) for word in "今昨前明"),
    ("year_shift", "上年"), ("year_shift", "下年"), ("coming_year", "未来"), ("ago", "前"), ("hours_later", "小时"),
    ("from_now", "再过"),
    *(("days_later", word) for word in ("天", "周", "星期", "礼拜", "日")), ("today_after", "后的今"),
    ("years_later", "年后"), ("years_later", "年过后"),
    *(("months_later", w) for w in ("个月", "个多月", "半年", "半月")),
    *(("chain", chain) for chain in _CHAINS),
), requires=re.compile(f"[{_CJK}]"))
# In the order dates_zh read them before the split: an equally long reading found earlier wins.
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        # A month's edge stays in the span ("上月底", "本月初"); the period is the month, as "early March" is.
        # So does a week's end ("上周末", "下個週末"): the period is the week, as "last weekend" is. A day
        # character after a week is its weekday (上周五), read as a weekday; after a month it starts another word
        # ("馬斯克在上月一個播客中", 上月一度), the month's day (上月一日) being read as one by the day pattern.
        re.compile(r"(?P<dir>上上|下下|上|下|本|这)一?个?(?P<unit>月|季度|星期|礼拜|周)"
                   rf"(?!(?<=[周期拜])(?!{WORD_AFTER_WEEK})[一二三四五六日天])(?:(?<=月)(?:初(?![步次衷心级])|底|末|上旬|中旬|下旬)|(?<=[周期拜])末)?"),
        _shift,
        ("shift",),
    ),
    *DAYS_FROM_PUBLICATION,
    (_OVERNIGHT_IN_MARKET_REPORT, lambda match, text: Chained("day", -1), ("overnight",)),
    (_WHOLE_DAY_IN_MARKET_REPORT, _whole_day, ("whole_day",)),
    (_WHOLE_QUARTER_IN_RESULTS, _whole_quarter, ("whole_quarter",)),
    (re.compile("|".join(sorted(_CHAINS, key=len, reverse=True))), _chained, ("chain",)),
    (DAYS_LATER, days_later, ("days_later",)),
    (HOURS_LATER, hours_later, ("hours_later",)),
    (COUNTED_FROM_NOW, counted_from_now, ("from_now",)),
    # Hong Kong's and Taiwan's 今周 (今週末起) is this week, as 本周; not 如今/至今 before 周, 今周刊 (a magazine).
    (_THIS_WEEK, lambda match, text: Shift("week", 0), ("deictic_day",)),
    (AGO, ago, ("ago",)),
    (YEARS_LATER, years_later, ("years_later",)),
    # "半年后的今天", "一年后的今日": the day the story tells, a count on from another; not publication's today.
    (re.compile(r"(?:(?<![0-9.一二两三四五六七八九十数几近])" + NOT_MORE_BY
                + r"(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*"
                  r"(?:个月|年)|(?<![上下前后])半年)(?:之|以|过)?后的(?:今天|今日)"),
     lambda match, text: Chained("day", 0), ("today_after",)),
    (MONTHS_LATER, months_later, ("months_later",)),
    # "2年前的9月25日", "两年前的5月": a month or day of the year counted back from publication's.
    (re.compile(r"(?<![0-9.一二两三四五六七八九十数几近])" + NOT_MORE_BY
                + r"(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*年"
                  rf"(?:之|以)?前的\s*{MONTH}(?:\s*{DAY})?"), month_years_ago, ("ago",)),
    # "次年3月", "同年底", "次年上半年": a part of the year counted from the date before.
    (re.compile(rf"(?P<chain>次年|翌年|第二年|同年|当年|前一年)\s*(?:{MONTH}(?:\s*{DAY})?|{YEAR_QUALIFIER})"),
     _year_chain_with_month, ("chain",)),
    (re.compile(rf"(?P<dir>上|下|本|这)个?月\s*{DAY}"), _shifted_month_day, ("shift",)),
    # "同月9日", "次月5日": a day of the month counted from the date before, as 同年8月5日 is of the year.
    (re.compile(rf"(?<!年)(?P<chain>{alternation(_MONTH_CHAINS)})\s*{DAY}"), _month_chain_with_day, ("chain",)),
    # "未来一年", "未来一两年": next year, as "over the next year" (not 未来一年半, 未来十年: spans).
    (re.compile(r"未来\s*(?:一两|一|1)\s*年(?![半多])"), lambda match, text: InYear(WHOLE_YEAR, offset=1),
     ("coming_year",)),
    # A month's edge with no month ("月底前完成", "月初") is the publication month's, as 年底 is the year's.
    (re.compile(r"(?<![0-9一二三四五六七八九十本上下这当同次每个正元岁年])月"
                r"(?:初(?![步次衷心级])|底|末|上旬|中旬|下旬)"), lambda match, text: Shift("month", 0), ("月",)),
    # Hong Kong and Taiwan drop 度: "下季" is the quarter after publication's (上季, 本季 count from the
    # quarter reported, if any: date_words_zh.csv).
    (re.compile(r"(?P<dir>下)季(?![度节])"),
     lambda match, text: Shift("quarter", SHIFT_DIRECTIONS[match["dir"]]), ("quarter",)),
    # Hong Kong's press writes last and next year as 上年, 下年 ("上年美國商務部的禁令", "挑戰來自下年"); not
    # 上年同期 (date_words_zh.csv), the year's edges, 上年纪 (older), 线上年会, 一下年轻人, 上下年.
    (re.compile(r"(?<![0-9一二两三四五六七八九十上线网乡])(?P<dir>上|下)年(?![同初底中末纪级龄轻会货报头])"),
     lambda match, text: InYear(WHOLE_YEAR, offset=SHIFT_DIRECTIONS[match["dir"]]), ("year_shift",)),
    # "2019 全年", "2019全年": the whole year stated, its 年 dropped before 全年 ("2019年全年" is read as 2019年).
    (re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\s*全年(?![无级])"),
     lambda match, text: InYear(WHOLE_YEAR, year=int(match["year"])), ("chain",)),
    # "2023年同期", "2023年同季": the period reported, in the year stated; "较2020年同日": the day told before, then.
    (re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\s*年\s*同(?P<unit>期|季度|季|日|一天)(?![节度间])"),
     lambda match, text: Chained({"期": "period", "日": "same", "一天": "same"}.get(match["unit"], "quarter"), 0,
                                 year=int(match["year"])),
     ("chain",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
