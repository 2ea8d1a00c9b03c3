"""Read Chinese days named from publication: today, yesterday, tomorrow and their times ("今天", "昨日",
"今晚", "截至发稿"), the day of the month Taiwan's press gives with them ("今(19)日", "昨（18）日"), Hong Kong's and
Taiwan's one-character days before a verb, a time or a place ("鸿海昨举办", "台积电今公布", "今16时") and a market
report's bare 今 ("股价今收报95.5元"). Split from ``dates_zh_relative``, which runs these patterns in its order.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder
from lib.extract.dates_spec import DateSpec, DayOfMonth, Shift
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

# Today, yesterday, tomorrow and their times, each with its count of days from publication (or from writing,
# 截至发稿): the words are lib/rules/date_words_zh.csv's.
_WORDS = builtin_rules().date_words_zh
DAY_WORDS = {w.word: w.offset for w in _WORDS if w.kind in ("publication", "writing", "tonight")}
_TONIGHT = frozenset(w.word for w in _WORDS if w.kind == "tonight")
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
# nor before other words (今年, 明确, 今非昔比); 昨 and 今 take a place too ("昨在", "昨于", "今在深圳"). 明 only
# before what is held or published: "李明表示" is a name.
_SCHEDULED_VERBS = "|".join(sorted(_AFTER_ONE_CHARACTER["scheduled"], key=len, reverse=True))
_OTHER_FOLLOWERS = "|".join(sorted(_AFTER_ONE_CHARACTER["reported"] + _AFTER_ONE_CHARACTER.get("adverb", [])
                                   + _AFTER_ONE_CHARACTER["time"], key=len, reverse=True))
# A clock time is a time of day too: "市场监管总局今16时又于官网宣布", "昨21点发布" (today at 16:00,
# yesterday at 21:00).
_CLOCK_TIME = r"(?:[0-9]{1,2}|[零一二两三四五六七八九十]{1,3})\s*[时点]"
_PLACES = alternation(_AFTER_ONE_CHARACTER["place"])
_ONE_CHARACTER_DAY = re.compile(
    rf"{_NOT_NOW}(?<![{re.escape(''.join(_AFTER_ONE_CHARACTER['word_before']))}])"
    rf"(?P<rel>昨|今|明)(?=(?P<verb>{_SCHEDULED_VERBS}|{_OTHER_FOLLOWERS}|{_CLOCK_TIME})|(?<=[昨今])(?:{_PLACES}))")
_NOW_BEFORE_TODAY = frozenset(_AFTER_ONE_CHARACTER["now_before_time"])  # 如今早已 (now), not 截至今晚 (tonight)
_UP_TO_NOW = re.compile(r"^(?![^从自]*[从自]).*(?<![直截])到$", re.S)
_TIMES_OF_TODAY = frozenset(word for word in DAY_WORDS if word.startswith("今") and word not in ("今天", "今日"))
_ONE_CHARACTER_OFFSETS = {"昨": -1, "今": 0, "明": 1}
_SCHEDULED = re.compile(_SCHEDULED_VERBS)


def _day_shift(match: re.Match, text: str) -> DateSpec | None:
    before = text[max(0, match.start() - 1) : match.start()]
    if match[0] == "今日" and before == "至" and text[max(0, match.start() - 2) : match.start()] != "截至":
        # 时至今日 means "to this day" (今日头条, ByteDance's news app, is in not_dates.txt); 截至今日 ("截至今日收盘")
        # is "as of today", as 截至今天 is, and 于今日 ("已于今日上市", 於今日晚間) "on today", as 于今天 is
        return None
    if match[0] in ("今天", "今日") and _UP_TO_NOW.search(text, 0, match.start()) and not text.startswith(
            ("为止", "止"), match.end()):
        # 到今天 ending a stretch from the past ("一直火爆到今天", "“到今天我们已经有底了”") is "up to now", as
        # 时至今日; not 直到今天 (not until today), a span from a day (从6月1日…到今日上市) nor 到今天为止
        return None
    if match[0] in _TIMES_OF_TODAY and before and before in _NOW_BEFORE_TODAY:
        return None  # 如今早已, 迄今晚期: "now", "to this day", then another word
    offset = DAY_WORDS[match[0]]
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


# In the order ``dates_zh_relative`` runs them, each with the cue its every match holds (``DAY_WORDS``'s
# words are the "day_shift" cues, 今, 昨, 前, 明 the "deictic_day" ones).
DAYS_FROM_PUBLICATION: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (re.compile("|".join(sorted(DAY_WORDS, key=len, reverse=True))), _day_shift, ("day_shift",)),
    (re.compile(r"(?P<rel>今|昨|前|明)\s*[（(]\s*(?P<day>[0-9]{1,2})\s*[）)]\s*[日天晚]"), _deictic_with_day,
     ("deictic_day",)),
    (_ONE_CHARACTER_DAY, _one_character_day, ("deictic_day",)),
    # A market report's bare 今 before the session's verb is today: "股价今收报95.5元", "今开盘", "今起".
    (_TODAY_IN_MARKET_REPORT, lambda match, text: Shift("day", 0), ("deictic_day",)),
]
