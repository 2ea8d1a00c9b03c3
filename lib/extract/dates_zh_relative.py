"""Read Chinese dates counted from publication or from another date: shifts from publication ("上个月",
"下季度", "上月底", "上月28日", "昨天", "今(19)日", "截至发稿", "三年前"), dates counted from the date
before them ("次日", "同月", "当时", "首日", "隔夜报收", "次年3月"), from the period a results article
reports ("去年同期", "上季度", "当季", "2023年同期") and counts on from a date ("45天后", "三个月后", "5年后").
Split from ``dates_zh`` so each reader stays small; ``dates`` resolves and counts them (text simplified first).
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder, CandidateReader, CueTable
from lib.extract.dates_comparisons import compared_in_chinese, quarter_before_the_reported_in_chinese, tells_a_figure
from lib.extract.dates_results_period import period_otherwise
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    WHOLE_YEAR,
    Candidate,
    Chained,
    DateSpec,
    DayOfMonth,
    InYear,
    Shift,
)
from lib.extract.dates_zh_grammar import DAY, MONTH, SHIFT_DIRECTIONS, YEAR_QUALIFIER, chinese_number, year_part
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

_SHIFT_UNITS = {"月": "month", "季度": "quarter", "周": "week", "星期": "week", "礼拜": "week"}
# Counted from the date before them ("that day", "the next day", "当时"), or from publication (今天, 昨天,
# 截至发稿): the words and their counts are lib/rules/date_words_zh.csv.
_WORDS = builtin_rules().date_words_zh
_CHAINS = {w.word: (w.unit, w.offset) for w in _WORDS
           if w.kind in ("chain", "chain_from_happening", "chain_or_publication")}
_FROM_HAPPENING = frozenset(w.word for w in _WORDS if w.kind == "chain_from_happening")
_OR_PUBLISHED = frozenset(w.word for w in _WORDS if w.kind == "chain_or_publication")
_DEICTIC_DAYS = {w.word: w.offset for w in _WORDS if w.kind in ("publication", "tonight")}
_TONIGHT = frozenset(w.word for w in _WORDS if w.kind == "tonight")
# What next to a chain word makes it something else (次日达, 全年无休, 首日封) or a count of days
# scheduled from now ("将于45天后，"): lib/rules/relative_date_neighbours_zh.csv.
_NEIGHBOURS = words_by_kind(builtin_rules().relative_date_neighbours_zh)
_NOT_AFTER_CHAIN = tuple(_NEIGHBOURS["not_after_chain"])
_NOT_BEFORE_CHAIN = tuple(_NEIGHBOURS["not_before_chain"])  # 连续第二年, 最后一天: a count, a rank
_NOT_BEFORE_FULL_YEAR = tuple(_NEIGHBOURS["not_before_full_year"])
_NOT_AFTER_FULL_YEAR = tuple(_NEIGHBOURS["not_after_full_year"])
_NOT_AFTER_FIRST_DAY = tuple(_NEIGHBOURS["not_after_first_day"])
_OPENING_A_CLAUSE_ONLY = frozenset(_NEIGHBOURS["opening_a_clause_only"])
_HAN_BEFORE = re.compile(f"[{_CJK}]$")
# 其后, 随后 (之后 before months) and "仅", "短短", "不到" opening a count ("其后仅四个月", "短短三天后，").
_THEN = alternation(_NEIGHBOURS["then_before_count"])
_THEN_BEFORE_MONTHS = alternation(_NEIGHBOURS["then_before_count"] + _NEIGHBOURS["then_before_months"])
_ONLY = alternation(_NEIGHBOURS["only_before_count"])
_ONLY_BEFORE_MONTHS = alternation(_NEIGHBOURS["only_before_count"] + _NEIGHBOURS["only_before_months"])
# Not 如今, 至今, 迄今, 现今, 当今, 从今, 自今 (now, to this day, from now on) nor 收入, 收购 (income, purchase):
# the words are lib/rules/one_character_days.csv's.
_AFTER_ONE_CHARACTER = words_by_kind(builtin_rules().one_character_days)
_NOT_NOW = rf"(?<![{re.escape(''.join(_AFTER_ONE_CHARACTER['now_before']))}])"
_TODAY_IN_MARKET_REPORT = re.compile(
    rf"{_NOT_NOW}今(?=(?!{alternation(_AFTER_ONE_CHARACTER['not_market_today'])})"
    rf"(?:{alternation(_AFTER_ONE_CHARACTER['market_today'])}))")
# Hong Kong's and Taiwan's press write yesterday, today, tomorrow as one character before a verb or a
# time of day: "鸿海昨举办", "台积电今公布", "联发科明召开", "腾讯昨交出季绩", "昨在股东会上" (the words:
# lib/rules/one_character_days.csv). Not inside a word (如今, 至今, 现今, 说明, 声明, 表明, 透明, 发明)
# nor before other words (今年, 明确, 今非昔比); 昨 takes a place too ("昨在", "昨于", "昨赴"). 明 only
# before what is held or published: "李明表示" is a name.
_SCHEDULED_VERBS = "|".join(sorted(_AFTER_ONE_CHARACTER["scheduled"], key=len, reverse=True))
_OTHER_FOLLOWERS = "|".join(sorted(_AFTER_ONE_CHARACTER["reported"] + _AFTER_ONE_CHARACTER["time"], key=len,
                                   reverse=True))
_ONE_CHARACTER_DAY = re.compile(
    rf"{_NOT_NOW}(?<![{re.escape(''.join(_AFTER_ONE_CHARACTER['word_before']))}])"
    rf"(?P<rel>昨|今|明)(?=(?P<verb>{_SCHEDULED_VERBS}|{_OTHER_FOLLOWERS})|(?<=昨)[在于赴])")
_NOW_BEFORE_TODAY = frozenset(_AFTER_ONE_CHARACTER["now_before_time"])  # 如今早已 (now), not 截至今晚 (tonight)
_TIMES_OF_TODAY = frozenset(word for word in _DEICTIC_DAYS if word.startswith("今") and word not in ("今天", "今日"))
_ONE_CHARACTER_OFFSETS = {"昨": -1, "今": 0, "明": 1}
_SCHEDULED = re.compile(_SCHEDULED_VERBS)
# A Hong Kong or A-share report gives a dual-listed stock's close in New York the night before as 隔夜:
# "阿里巴巴(BABA.US)隔夜报收于190美元", "隔夜收涨2%". Only before the session's close or move: 隔夜利率,
# 隔夜拆息 (overnight money) and 隔夜菜 name no day.
_OVERNIGHT_IN_MARKET_REPORT = re.compile(rf"隔夜(?=\s*(?:{alternation(_NEIGHBOURS['after_overnight'])}))")
# "45天后", "两周后", "其后一周": days counted on (``_days_later`` says from what).
_DAYS_LATER = re.compile(rf"(?P<then>(?:{_THEN})\s*(?:{_ONLY})?\s*)?"
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
_HOURS_LATER = re.compile(r"(?<![0-9.一二两三四五六七八九十])(?:数|几|[1-9]|[一二两三四五六七八九])\s*个?小时(?:之)?后")
# "十年前", "3年前", "两个月前", "5天前": counted back from publication, as "ten years ago" is. A vague
# count ("数年前", "几天前") names no period; "年前" alone is "before the New Year".
_AGO = re.compile(r"(?<![0-9.一二两三四五六七八九十数几多近])(?P<n>[0-9]{1,3}|[一二两三四五六七八九十]{1,3})\s*"
                  r"(?P<unit>年|个月|天|周|个?星期)(?:之|以)?前(?![天年夕])|(?<![上下前后])(?P<half>半)年(?:之|以)?前(?![天年夕])")
# "三个月后", "其后仅四个月", "半年后": months counted on from the date before, as "four months later" is;
# "1个多月后" (a month and more later) from its first month, as a reader dates it.
_MONTHS_LATER = re.compile(
    rf"(?:(?P<then>{_THEN_BEFORE_MONTHS})\s*(?:{_ONLY_BEFORE_MONTHS})?\s*"
    r"|(?<![0-9.一二两三四五六七八九十数几多近上下前后]))(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3}|半)\s*(?P<unit>个多?月|年)"
    r"(?P<later>(?:之|以|过)?后(?![年天]))?")
# "5年后" after "5年前", "两年后" after "2019年": years counted on from the date before.
_YEARS_LATER = re.compile(r"(?<![0-9.一二两三四五六七八九十数几多近])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*"
                          r"年(?:之|以|过)?后(?![年天])")


def read_chinese_relative_dates(text: str) -> list[Candidate]:
    """Every Chinese date reading in ``text`` counted from publication or from another date."""
    return READER(text)


def _shift(match: re.Match, text: str) -> DateSpec | None:
    if match["unit"] == "季度" and match["dir"] in ("上", "本", "这"):
        return None  # counted from the quarter reported, if any: date_words_zh.csv
    return Shift(_SHIFT_UNITS[match["unit"]], SHIFT_DIRECTIONS[match["dir"]])


def _day_shift(match: re.Match, text: str) -> DateSpec | None:
    before = text[max(0, match.start() - 1) : match.start()]
    if match[0] == "今日" and before in ("至", "于"):
        return None  # 时至今日 means "to this day" (今日头条, ByteDance's news app, is in not_dates.txt)
    if match[0] in _TIMES_OF_TODAY and before and before in _NOW_BEFORE_TODAY:
        return None  # 如今早已, 迄今晚期: "now", "to this day", then another word
    offset = _DEICTIC_DAYS[match[0]]
    return Shift("day", offset, ahead=offset > 0 or match[0] in _TONIGHT)


def _deictic_with_day(match: re.Match, text: str) -> DateSpec | None:
    """"今(19)日", "昨（18）日": Taiwan's press gives the day of month with today or yesterday; the
    stated day is the date (the latest such day on or before publication), "明(20)日" the next."""
    day = int(match["day"])
    if not 1 <= day <= 31:
        return None
    if match["rel"] == "明":
        return Shift("day", 1, ahead=True)
    return DayOfMonth(day)


def _one_character_day(match: re.Match, text: str) -> DateSpec | None:
    if match["rel"] == "明" and not (match["verb"] and _SCHEDULED.fullmatch(match["verb"])):
        return None
    offset = _ONE_CHARACTER_OFFSETS[match["rel"]]
    return Shift("day", offset, ahead=offset > 0)


def _chained(match: re.Match, text: str) -> DateSpec | None:
    following = text[match.end() : match.end() + 1]
    if (following in _NOT_AFTER_CHAIN or (match[0].endswith("季") and following == "节")
            or text.endswith(_NOT_BEFORE_CHAIN, 0, match.start())):
        return None  # 当季节: the season
    if _CHAINS[match[0]][0] == "full_year" and (text[match.start() - 1 : match.start()] in _NOT_BEFORE_FULL_YEAR
                                               or following in _NOT_AFTER_FULL_YEAR):
        return None  # 去年全年 (read as 去年), 安全年度; 全年无休 (all year round), 全年级
    if match[0] == "首日" and text.startswith(_NOT_AFTER_FIRST_DAY, match.end()):
        return None
    if match[0] in _OPENING_A_CLAUSE_ONLY and _HAN_BEFORE.search(text, 0, match.start()):
        return None  # 短期内, 预期内: another word
    unit, offset = _CHAINS[match[0]]
    if (match[0] in _OR_PUBLISHED and (unit, offset) == ("quarter", -1)
            and not compared_in_chinese(text, match.start(), match.end())
            and not quarter_before_the_reported_in_chinese(text, match.start())):
        return LAST_CLOSED_QUARTER  # "美團上季收入509億元": the quarter reported; "较上季度增长" compares
    # "本季度阿里云收入同比增长34.5%", "期内收入…": with no quarter in focus, the quarter reported, not publication's
    this_quarter = match[0] in _OR_PUBLISHED and (unit, offset) == ("quarter", 0) and tells_a_figure(text)
    return Chained(unit, offset, or_published=match[0] in _OR_PUBLISHED, from_happening=match[0] in _FROM_HAPPENING,
                   otherwise=LAST_CLOSED_QUARTER if this_quarter else period_otherwise(match[0], text))


def _days_later(match: re.Match, text: str) -> DateSpec | None:
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


def _hours_later(match: re.Match, text: str) -> DateSpec:
    """"数小时后", "几个小时后": later the same day as the date before."""
    return Chained("day", 0)


def _ago(match: re.Match, text: str) -> DateSpec:
    if match["unit"] in ("天", "周", "星期", "个星期") and _BEFORE_AN_EVENT.search(text, 0, match.start()):
        # "发布会的两天前", "在两人会面一天前": before the event, whose day was read before
        return Chained("day", -chinese_number(match["n"]) * (1 if match["unit"] == "天" else 7))
    if match["half"]:
        return Shift("month", -6)  # "半年前": six months before publication's month
    count, unit = chinese_number(match["n"]), match["unit"]
    if unit == "年":
        if count == 1 and compared_in_chinese(text, match.start(), match.end()):
            # "营收较一年前增长48%": the period reported a year back, if any (dates_comparisons); a results
            # article compares with a year back only: "较三年前翻了一番" is the year
            return Chained("period", -count, otherwise=InYear(WHOLE_YEAR, offset=-count))
        return InYear(WHOLE_YEAR, offset=-count)
    if unit == "个月":
        return Shift("month", -count)
    if unit != "天":
        return Shift("week", -count)  # "两周前" names the week, as 上周 does
    return Shift("day", -count)


def _months_later(match: re.Match, text: str) -> DateSpec | None:
    """"三个月后", "其后仅四个月", "半年后": months from the date before; "半年前" six months back."""
    if not (match["then"] or match["later"]) or (match["unit"] == "年" and match["n"] != "半"):
        return None  # "四个月" alone is a duration; whole years are _YEARS_LATER's
    months = 6 if match["n"] == "半" else chinese_number(match["n"])
    return Chained("month", months * (12 if match["unit"] == "年" and match["n"] != "半" else 1))


def _years_later(match: re.Match, text: str) -> DateSpec | None:
    """"两年后，", "5年后" after "5年前": years counted on from the date before. Right after the words of a
    happening ("成立一年后", "受到制裁4年后"), as "a year after its founding" is, the years count from that
    happening, whose year the text seldom gives: no year is named."""
    if _EVENT_BEFORE.search(text, 0, match.start()) and not _CLAUSE_OPENING.search(text, 0, match.start()):
        return None
    return Chained("year", chinese_number(match["n"]))


def _month_years_ago(match: re.Match, text: str) -> DateSpec:
    part, _ = year_part(match)
    return InYear(part, offset=-chinese_number(match["n"]))


def _year_chain_with_month(match: re.Match, text: str) -> DateSpec:
    """"次年3月", "同年8月5日": a month or day of the year counted from the date before."""
    part, _ = year_part(match)
    return Chained("year", _CHAINS[match["chain"]][1], part=part)


def _shifted_month_day(match: re.Match, text: str) -> DateSpec:
    """"上月28日", "本月5日", "下月1日": a day of the month before, of or after publication's."""
    return Shift("month", SHIFT_DIRECTIONS[match["dir"]], day=chinese_number(match["day"]))


# Words every match of a pattern contains; a pattern runs only when the text has all it needs.
_CUES = CueTable(cased=(
    ("月", "月"), *(("shift", unit) for unit in _SHIFT_UNITS), ("quarter", "季"), ("overnight", "隔夜"),
    *(("day_shift", word) for word in _DEICTIC_DAYS), *(("deictic_day", word) for word in "今昨前明"),
    ("year_shift", "上年"), ("year_shift", "下年"), ("coming_year", "未来"), ("ago", "前"), ("hours_later", "小时"),
    *(("days_later", word) for word in ("天", "周", "星期", "礼拜", "日")), ("today_after", "后的今"),
    ("years_later", "年后"), ("years_later", "年过后"), *(("months_later", w) for w in ("个月", "个多月", "半年")),
    *(("chain", chain) for chain in _CHAINS),
), requires=re.compile(f"[{_CJK}]"))
# In the order dates_zh read them before the split: an equally long reading found earlier wins.
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        # A month's edge stays in the span ("上月底", "本月初"); the period is the month, as "early March" is.
        re.compile(r"(?P<dir>上上|下下|上|下|本|这)一?个?(?P<unit>月|季度|星期|礼拜|周)(?![一二三四五六日天])"
                   r"(?:(?<=月)(?:初(?![步次衷心级])|底|末|上旬|中旬|下旬))?"),
        _shift,
        ("shift",),
    ),
    (re.compile("|".join(sorted(_DEICTIC_DAYS, key=len, reverse=True))), _day_shift, ("day_shift",)),
    (re.compile(r"(?P<rel>今|昨|前|明)\s*[（(]\s*(?P<day>[0-9]{1,2})\s*[）)]\s*[日天晚]"), _deictic_with_day,
     ("deictic_day",)),
    (_ONE_CHARACTER_DAY, _one_character_day, ("deictic_day",)),
    # A market report's bare 今 before the session's verb is today: "股价今收报95.5元", "今开盘", "今起".
    (_TODAY_IN_MARKET_REPORT, lambda match, text: Shift("day", 0), ("deictic_day",)),
    (_OVERNIGHT_IN_MARKET_REPORT, lambda match, text: Chained("day", -1), ("overnight",)),
    (re.compile("|".join(sorted(_CHAINS, key=len, reverse=True))), _chained, ("chain",)),
    (_DAYS_LATER, _days_later, ("days_later",)),
    (_HOURS_LATER, _hours_later, ("hours_later",)),
    (_AGO, _ago, ("ago",)),
    (_YEARS_LATER, _years_later, ("years_later",)),
    # "半年后的今天", "一年后的今日": the day the story tells, a count on from another; not publication's today.
    (re.compile(r"(?:(?<![0-9.一二两三四五六七八九十数几多近])(?:[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*"
                r"(?:个月|年)|(?<![上下前后])半年)(?:之|以|过)?后的(?:今天|今日)"),
     lambda match, text: Chained("day", 0), ("today_after",)),
    (_MONTHS_LATER, _months_later, ("months_later",)),
    # "2年前的9月25日", "两年前的5月": a month or day of the year counted back from publication's.
    (re.compile(r"(?<![0-9.一二两三四五六七八九十数几多近])(?P<n>[0-9]{1,2}|[一二两三四五六七八九十]{1,3})\s*年"
                rf"(?:之|以)?前的\s*{MONTH}(?:\s*{DAY})?"), _month_years_ago, ("ago",)),
    # "次年3月", "同年底", "次年上半年": a part of the year counted from the date before.
    (re.compile(rf"(?P<chain>次年|翌年|第二年|同年|当年|前一年)\s*(?:{MONTH}(?:\s*{DAY})?|{YEAR_QUALIFIER})"),
     _year_chain_with_month, ("chain",)),
    (re.compile(rf"(?P<dir>上|下|本|这)个?月\s*{DAY}"), _shifted_month_day, ("shift",)),
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
    # "2023年同期", "2023年同季": the period reported, in the year stated.
    (re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\s*年\s*同(?P<unit>期|季度|季)(?![节度间])"),
     lambda match, text: Chained("period" if match["unit"] == "期" else "quarter", 0, year=int(match["year"])),
     ("chain",)),
]
READER = CandidateReader(_PATTERNS, _CUES)
