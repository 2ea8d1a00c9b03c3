"""Read Chinese days of month written without their month: a bare day ("14日", "于20号") is a day of the
publication month, and a day ending a range ("3月5日至7日", "5-7日") is its own date counted from the start.
Taiwan's month/day ("百度3/16推出") is a year-less day, where nothing makes it a fraction.

Split from ``dates_zh``, whose reader runs these patterns in its own order (``DAY_PATTERNS`` stands
where they stood) under its cue table's "bare_day" and "bare_day_hao" cues.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder
from lib.extract.dates_spec import Chained, DateSpec, DayOfMonth, InYear, day_part
from lib.extract.dates_zh_grammar import WEEKDAYS, chinese_number
from lib.parse.weekday_words import DAY_CHARACTERS_ZH, WEEK_WORD_ZH
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

# A bare "12日" is a day of the publication month only when nothing makes it a count of days:
# a month or digit before it ("3月12日" is read whole), a counting word ("近7日", "前3日", "第2日",
# "每5日"), or a span word after it ("3日内", "30日以内", "7日无理由", "5日均线", "3日游"). Only
# Arabic digits: "三日" is far more often "three days"; "号" is left out for "12号线" (a metro line).
# A comma before it closes a Chinese clause ("明年3月发布，29日晚开始预订"); after a number it is no clause
# ("1,29日").
_BARE_DAY = re.compile(rf"(?<![0-9.])(?<![^{_CJK}][,，])(?P<day>3[01]|[12][0-9]|0?[1-9])\s*日")
# The counting and span words: lib/rules/bare_day_neighbours_zh.csv.
_COUNT_WORDS = words_by_kind(builtin_rules().bare_day_neighbours_zh)
_NOT_BEFORE_BARE_DAY = re.compile(rf"(?:[0-9月.．]|{alternation(_COUNT_WORDS['before'])})\s*$")
# After the day, words that make "7日" a count of days: "7日内", "7日均线", "30日留存率", "7日年化收益率";
# a digit too, unless it starts a clock time: "截至4日18点30分", "24日23时", "4日18:30" are that day.
_CLOCK_TIME = r"[0-9]{1,2}\s*(?:[时点]|[:：][0-5][0-9])"
_NOT_AFTER_BARE_DAY = re.compile(rf"\s*(?:(?!{_CLOCK_TIME})[0-9]|{alternation(_COUNT_WORDS['after'])})")



def _bare_day(match: re.Match, text: str) -> DateSpec | None:
    if _NOT_BEFORE_BARE_DAY.search(text[max(0, match.start() - 4) : match.start()]):
        return None
    if _NOT_AFTER_BARE_DAY.match(text, match.end()):
        return None
    return DayOfMonth(int(match["day"]))


# Taiwan's press writes a bare day in Chinese numerals before what happened on it, as it puts 昨 and 今
# ("短影音平台TikTok十九日宣布", "中钢十七日上午召开股东常会"): a day of the publication month before one of the
# verbs, adverbs of addition or times of day that follow 昨, 今 (lib/rules/one_character_days.csv: scheduled,
# reported, adverb, time; "白宫十九日也正式推出"). Only the tenth to the thirty-first ("三日" is as often three
# days), never after a month, a number or a counting word
# ("十二月十九日" is read whole, "近十日"), nor before another word ("三十日内解除", a dateline's "北京十日电").
_FOLLOWERS = words_by_kind(builtin_rules().one_character_days)
_AFTER_NUMERAL_DAY = alternation([word for kind in ("scheduled", "reported", "adverb", "time")
                                  for word in _FOLLOWERS[kind]])
_CHINESE_NUMERAL_DAY = re.compile(
    r"(?<![一二三四五六七八九十廿卅零〇两百0-9月年])(?P<day>十[一二三四五六七八九]?|二十[一二三四五六七八九]?|三十一?"
    r"|廿[一二三四五六七八九]?|卅一?)日"
    rf"(?=\s*(?:{_AFTER_NUMERAL_DAY}))")


def _chinese_numeral_day(match: re.Match, text: str) -> DateSpec | None:
    if _NOT_BEFORE_BARE_DAY.search(text[max(0, match.start() - 4) : match.start()]):
        return None
    return DayOfMonth(chinese_number(match["day"]))


# A day listed after a dated day shares its month: "12月14日、28日之前", "12月14日和28日" (the joining words:
# bare_day_neighbours_zh.csv); not a count ("近7日和30日留存率").
_LISTED_DAY = re.compile(r"(?<![0-9.])(?P<d1>3[01]|[12][0-9]|0?[1-9])\s*[日号]\s*"
                         rf"(?:{alternation(_COUNT_WORDS['list'])})\s*(?P<own>(?P<d2>3[01]|[12][0-9]|0?[1-9])\s*[日号])")
_COUNT_BEFORE = re.compile(rf"(?:{alternation(_COUNT_WORDS['before'])})\s*$")


def _listed_day(match: re.Match, text: str) -> DateSpec | None:
    if _COUNT_BEFORE.search(text[max(0, match.start() - 4) : match.start()]) or _NOT_AFTER_BARE_DAY.match(
            text, match.end()):
        return None
    return _range_end(match, text)


# Spoken style writes a day with 号 ("于20号上线"); alone it is as often a number ("3号线", "1号店"), so only as a
# clause's time, as Taiwanese and Hong Kong news write it: after 于 (not 位于, "located at") or another time word
# ("随后3号上交所叫停"), or opening the clause ("…不到半年，3号证实将退出美国"); and never before a noun it would
# number ("，3号线开通", "随后5号楼封闭", "将在2号航站楼"): bare_day_neighbours_zh.csv, kinds hao_lead and hao_noun.
_HAO_DAY = re.compile(r"(?<![0-9.])(?P<day>3[01]|[12][0-9]|0?[1-9])\s*号(?![0-9A-Za-z])")
_CLAUSE_TIME = re.compile(rf"(?:^|[，,；;。！？!?\n]|(?<!位){alternation(_COUNT_WORDS['hao_lead'])})\s*$")
_HAO_NOUN = re.compile(rf"\s*(?:{alternation(_COUNT_WORDS['hao_noun'])})")


def _hao_day(match: re.Match, text: str) -> DateSpec | None:
    if not _CLAUSE_TIME.search(text[max(0, match.start() - 4) : match.start()]) or _HAO_NOUN.match(text, match.end()):
        return None
    return DayOfMonth(int(match["day"]))


def _range_end(match: re.Match, text: str) -> DateSpec | None:
    """"3月5日至7日", "5-7日": the end is its own date, counted from the start."""
    first, last = int(match["d1"]), int(match["d2"])
    return Chained("day", last - first, same_sentence=True, range_end=True) if last > first else None


# Taiwan's press writes a day as month/day ("百度3/16推出", "台积电将于1/13(四)进行法说会"). A fraction is written
# so too ("成本的1/10", "降至1/3", "1/4的股份"): a slash day is read only before a weekday in brackets or a
# character a weekday is followed by (lib/rules/weekday_followers_zh.txt, less 的, 一 and the range words), never
# after a number, an amount word or a bracket (the gloss of a date read before it: "周三（1/14）", "昨日（11/18）").
_SLASH_DAY = re.compile(r"(?<![0-9./:A-Za-z（(])(?P<month>1[0-2]|0?[1-9])/(?P<day>3[01]|[12][0-9]|0?[1-9])"
                        r"(?:\s*[（(](?:周|星期)?(?P<wd>[一二三四五六日天])[）)]|(?=(?P<next>[^0-9/.%:A-Za-z])))")
_AFTER_SLASH_DAY = frozenset("".join(builtin_rules().weekday_followers_zh)) - frozenset("的一至到")
_NOT_BEFORE_SLASH_DAY = re.compile(r"(?:[约近超逾达占仅只剩为是至到降减增及和或第]|成本)\s*$")


def _slash_day(match: re.Match, text: str) -> DateSpec | None:
    if match["next"] is not None and match["next"] not in _AFTER_SLASH_DAY:
        return None
    if _NOT_BEFORE_SLASH_DAY.search(text[max(0, match.start() - 3) : match.start()]):
        return None
    return InYear(day_part(int(match["month"]), int(match["day"])), weekday=WEEKDAYS.get(match["wd"]))


# "1月29日-30日(周六、日)", "(週六、週日)": the weekdays a range of days lists in brackets after it restate its days.
_WEEKDAY_WORD = rf"(?:{WEEK_WORD_ZH})?[{DAY_CHARACTERS_ZH}]"
_LISTED_WEEKDAYS = re.compile(rf"[日号]\s*[（(](?:{_WEEKDAY_WORD}、)+{_WEEKDAY_WORD}[）)]")


def in_listed_weekdays(text: str, start: int, end: int) -> bool:
    """Whether the weekday at ``start``-``end`` of ``text`` is one of those listed in brackets after a range of days
    ("1月29日-30日(周六、日)"), which restate the days and name none of their own."""
    return any(gloss.start() < start and end < gloss.end()
               for gloss in _LISTED_WEEKDAYS.finditer(text, max(0, start - 12), end + 12))


# In this order: an equally long reading found earlier wins.
DAY_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    # Before the bare day: an equally long reading found earlier wins, and "7日" here is a range end. A clock
    # time may follow the start: "自11月1日零时至11日24时".
    (
        re.compile(r"(?<![0-9.])(?P<d1>3[01]|[12][0-9]|0?[1-9])\s*[日号]?\s*"
                   r"(?:(?:零|[0-9]{1,2}|[一二三四五六七八九十]{1,3})\s*[时点](?:\s*[0-9]{1,2}\s*分)?\s*)?"
                   r"(?:至|到|-|–|~|～|—)\s*"
                   r"(?P<own>(?P<d2>3[01]|[12][0-9]|0?[1-9])\s*[日号])"),
        _range_end,
        ("bare_day",),
    ),
    (_LISTED_DAY, _listed_day, ("bare_day",)),
    (_BARE_DAY, _bare_day, ("bare_day",)),
    (_CHINESE_NUMERAL_DAY, _chinese_numeral_day, ("bare_day",)),
    (_HAO_DAY, _hao_day, ("bare_day_hao",)),
    (_SLASH_DAY, _slash_day, ("slash",)),
]
