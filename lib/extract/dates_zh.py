"""Read Chinese date expressions in a sentence as unresolved date specs.

Covers stated and relative years with their months, days and slices ("2023年5月6日", "去年7月",
"2024年下半年", "去年年底"), year-less months and days ("1月19日", "3月份"), shifts from publication
("上个月", "本季度", "上周三", "昨天", "今晚"), weekdays with their day ("周三（5日）"), the publication
year's halves and edges ("下半年", "年底前") and days counted from an earlier date ("次日", "同日",
"当晚"). Numbers may be written in Arabic or Chinese numerals. Festivals are read by
``dates_festivals``; traditional text is converted to simplified before it gets here.
"""

from __future__ import annotations

import re

from lib.extract.dates_spec import (
    WHOLE_YEAR,
    Builder,
    Candidate,
    CandidateReader,
    Chained,
    CueTable,
    DateSpec,
    InYear,
    OnWeekday,
    Shift,
    YearPart,
    day_part,
    half_part,
    month_part,
    quarter_part,
    year_edge_part,
)

_NUMERALS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
             "八": 8, "九": 9}
_RELATIVE_YEARS = {"前": -2, "去": -1, "今": 0, "明": 1, "后": 2}
_SHIFT_DIRECTIONS = {"上": -1, "本": 0, "这": 0, "下": 1}
_SHIFT_UNITS = {"月": "month", "季度": "quarter", "周": "week", "星期": "week", "礼拜": "week"}
_WEEKDAYS = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}
_MONTH_QUALIFIERS = {"初": "early", "上旬": "early", "中旬": "mid", "中": "mid", "下旬": "late",
                     "底": "end", "末": "end"}
_YEAR_QUALIFIERS = {"初": "early", "中": "mid", "底": "end", "末": "end"}
# Counted from the date before them ("that day", "the next day"); 今天/昨天 count from publication.
_CHAINS = {"次日": ("day", 1), "翌日": ("day", 1), "第二天": ("day", 1), "隔天": ("day", 1), "当天": ("day", 0),
           "当日": ("day", 0), "同日": ("day", 0), "同一天": ("day", 0), "当晚": ("day", 0), "前一天": ("day", -1),
           "前一日": ("day", -1), "次年": ("year", 1), "翌年": ("year", 1), "第二年": ("year", 1)}
_DEICTIC_DAYS = {"昨天": -1, "昨日": -1, "昨晚": -1, "明天": 1, "今天": 0, "今日": 0, "今晚": 0, "今早": 0,
                 "今晨": 0}

_CN_DIGIT = "〇零一二三四五六七八九"
_CJK = r"\u4e00-\u9fff"
_YEAR = rf"(?<![0-9.])(?P<year>(?:19|20)[0-9]{{2}}|[一二][{_CN_DIGIT}]{{3}})\s*年"
# "前年" is two years ago, but not in "之前年", "以前年" or "提前年"; "后年" likewise not in "之后年".
_RELATIVE_YEAR = r"(?P<rel>去|今|明|(?<![之以此提])前|(?<![之以此然最其随])后)年"
_MONTH = rf"(?<![0-9.{_CN_DIGIT}十两])(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月"
_DAY_NUMBER = (
    r"3[01]|[12][0-9]|0?[1-9]|三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
)
_DAY = rf"(?P<day>{_DAY_NUMBER})\s*[日号]"
# "中" only means "mid" when no word follows it: "2023年中国" is "China in 2023".
_MONTH_QUALIFIER = rf"(?P<mq>上旬|中旬|下旬|初(?![步次衷心级])|底|末|中(?![{_CJK}]))"
# After a year, "第4季" is a quarter as "第4季度" is: Hong Kong and Taiwan drop the 度.
_YEAR_QUALIFIER = (
    rf"(?:年?(?P<yq>初(?![步次衷心级创])|底(?![层部线座气色牌盘])|末(?![尾端])|中(?![{_CJK}]))"
    r"|的?(?P<half>上|下)半年|的?第?(?P<qn>[一二三四1-4])季(?:度|(?!节))|的?[Qq](?P<qd>[1-4]))"
)
_AMOUNT_BEFORE = re.compile(r"(?:长达|近|约|超过|逾|超|达|共|已有|历时|花了|用了)\s*$")



def read_chinese_dates(text: str) -> list[Candidate]:
    """Every Chinese date reading in ``text``, overlapping readings included."""
    return _READER(text)


def chinese_number(written: str) -> int:
    """The value of a small number in Arabic or Chinese numerals ("12", "十二", "二〇二三")."""
    if written.isascii():
        return int(written)
    if "十" not in written:
        return int("".join(str(_NUMERALS[char]) for char in written))
    tens, _, units = written.partition("十")
    return _NUMERALS.get(tens, 1) * 10 + _NUMERALS.get(units, 0)


def _part(match: re.Match) -> tuple[YearPart, str]:
    """The slice of the year the match names, with its qualifier."""
    groups = match.groupdict()
    if groups.get("day"):
        return day_part(chinese_number(groups["month"]), chinese_number(groups["day"])), ""
    if groups.get("month"):
        return month_part(chinese_number(groups["month"])), _MONTH_QUALIFIERS.get(groups.get("mq") or "", "")
    if groups.get("yq"):
        qualifier = _YEAR_QUALIFIERS[groups["yq"]]
        return year_edge_part(qualifier), qualifier
    if groups.get("half"):
        return half_part(1 if groups["half"] == "上" else 2), ""
    if groups.get("qn") or groups.get("qd"):
        return quarter_part(chinese_number(groups.get("qn") or groups["qd"])), ""
    return WHOLE_YEAR, ""


def _with_year(match: re.Match, text: str) -> DateSpec | None:
    part, qualifier = _part(match)
    if match["rel"]:
        return InYear(part, qualifier, offset=_RELATIVE_YEARS[match["rel"]])
    if _AMOUNT_BEFORE.search(text[max(0, match.start() - 4) : match.start()]) and part is WHOLE_YEAR:
        return None
    return InYear(part, qualifier, year=chinese_number(match["year"]))


def _year_less(match: re.Match, text: str) -> DateSpec | None:
    part, qualifier = _part(match)
    if part.precision == "month" and not qualifier and text.startswith("天", match.end()):
        return None  # "五月天" is a band
    return InYear(part, qualifier)


def _shift(match: re.Match, text: str) -> DateSpec:
    return Shift(_SHIFT_UNITS[match["unit"]], _SHIFT_DIRECTIONS[match["dir"]])


def _weekday(match: re.Match, text: str) -> DateSpec | None:
    weekday = _WEEKDAYS[match["wd"]]
    if match["dir"]:
        return OnWeekday(weekday, week_offset=_SHIFT_DIRECTIONS[match["dir"]])
    following = text[match.end() : match.end() + 1]
    # A bare "周一" may start a name ("周一围"); times of day may follow a weekday.
    if match["word"] == "周" and re.match(rf"[{_CJK}]", following) and following not in "上下早晚中凌夜":
        return None
    return OnWeekday(weekday)


def _weekday_with_day(match: re.Match, text: str) -> DateSpec | None:
    """"周三（5日）" is the Wednesday that falls on the 5th; "周三（3月5日）" is March 5."""
    day = chinese_number(match["dd"])
    if match["dm"]:
        return InYear(day_part(chinese_number(match["dm"]), day)) if day <= 31 else None
    return OnWeekday(_WEEKDAYS[match["wd"]], day_of_month=day) if day <= 31 else None


def _day_shift(match: re.Match, text: str) -> DateSpec | None:
    if match[0] == "今日" and (text.startswith("头条", match.end()) or text[max(0, match.start() - 1) : match.start()]
                              in ("至", "于")):
        return None  # 今日头条 is ByteDance's news app; 时至今日 means "to this day"
    offset = _DEICTIC_DAYS[match[0]]
    return Shift("day", offset, ahead=offset > 0 or match[0] == "今晚")


def _chained(match: re.Match, text: str) -> DateSpec | None:
    if text.startswith("达", match.end()):
        return None  # 次日达, 当日达: next-day and same-day delivery
    return Chained(*_CHAINS[match[0]])


def _bare_half(match: re.Match, text: str) -> DateSpec:
    """A half with no year ("下半年") is the publication year's."""
    return InYear(half_part(1 if match["half"] == "上" else 2), offset=0)


def _bare_year_edge(match: re.Match, text: str) -> DateSpec:
    """An edge of the year with no year ("年底前", "年初") is the publication year's."""
    qualifier = _YEAR_QUALIFIERS[match["yq"]]
    return InYear(year_edge_part(qualifier), qualifier, offset=0)


# Words every match of a pattern contains; a pattern runs only when the text has all it needs.
_CUES = CueTable(cased=(
    ("年", "年"), ("月", "月"),
    *(("shift", unit) for unit in _SHIFT_UNITS),
    ("week", "星期"), ("week", "礼拜"), ("week", "周"),
    *(("day_shift", word) for word in _DEICTIC_DAYS),
    ("half", "半年"), ("year_edge", "年"),
    *(("chain", chain) for chain in _CHAINS),
), requires=re.compile(f"[{_CJK}]"))
_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (
        re.compile(rf"(?:{_YEAR}|{_RELATIVE_YEAR})\s*(?:{_MONTH}(?:\s*{_DAY}|{_MONTH_QUALIFIER}|份)?|{_YEAR_QUALIFIER})?"),
        _with_year,
        ("年",),
    ),
    (re.compile(rf"{_MONTH}(?:\s*{_DAY}|{_MONTH_QUALIFIER}|份)?"), _year_less, ("月",)),
    (
        re.compile(r"(?P<dir>上|下|本|这)一?个?(?P<unit>月|季度|星期|礼拜|周)(?![一二三四五六日天])"),
        _shift,
        ("shift",),
    ),
    (
        re.compile(r"(?:(?P<dir>上|下|本|这)个?)?(?P<word>星期|礼拜|周)(?P<wd>[一二三四五六日天])"),
        _weekday,
        ("week",),
    ),
    (
        re.compile(r"(?:星期|礼拜|周)(?P<wd>[一二三四五六日天])\s*[（(]\s*(?:(?P<dm>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)?"
                   rf"\s*(?P<dd>{_DAY_NUMBER})\s*[日号]\s*[）)]"),
        _weekday_with_day,
        ("week",),
    ),
    (re.compile("|".join(_DEICTIC_DAYS)), _day_shift, ("day_shift",)),
    (re.compile("|".join(sorted(_CHAINS, key=len, reverse=True))), _chained, ("chain",)),
    (re.compile(r"(?<![年年份度])(?P<half>上|下)半年"), _bare_half, ("half",)),
    # Not "每年年底" (every year-end), "往年年底", "全年中"; a year before it is read with it above.
    (
        re.compile(rf"(?<!每年)(?<!往年)(?<!历年)(?<![每往历全多近逐跨百千万周])年(?P<yq>初(?![步次衷心级创一二三四五六七八九十])"
                   rf"|底(?![层部线座气色牌盘])|末(?![尾端])|中(?![{_CJK}]))"),
        _bare_year_edge,
        ("year_edge",),
    ),
]
_READER = CandidateReader(_PATTERNS, _CUES)
