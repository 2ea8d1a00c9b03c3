"""News-agency datelines: outlet, reporter and date from the line that opens a wire story.

    新华社北京2026年1月9日电（记者张三）…   → 新华社, 张三, 2026-01-09
    （中央社記者鍾榮峰台北9日電）…          → 中央社, 鍾榮峰, no date (no month, no year)
    【香港中通社十五日電】…                  → 中通社, no date (a day alone, in Chinese numerals)
    【大纪元2023年03月28日讯】…              → 大纪元, 2023-03-28
    BEIJING, Jan 20 (Reuters) - …            → Reuters, no date (no year)
    SHANGHAI (Reuters) - …                   → Reuters, no date
    BEIJING, Jan 20, 2025 (Reuters) - …      → Reuters, 2025-01-20
    C114讯 2月24日消息(颜翊) …                → C114, no date (no year)
    央广网北京11月27日消息(记者杨森) …        → 央广网, 杨森, no date (no year)
    新浪科技讯 北京时间1月9日晚间消息 …        → 新浪科技, no date (no year)
    【环球网科技综合报道】3月12日消息 …        → 环球网科技, no date (no year)
    品玩6月20日讯，…                          → 品玩, no date (no year)
    参考消息网9月4日报道 …                     → 参考消息网, no date (no year)
    【猎云网(微信:ilieyun)北京】8月3日报道     → 猎云网, no date (no year)
    SHANGHAI, Aug. 8, 2019 /PRNewswire/ -- …  → PRNewswire, 2019-08-08
    香港2023年11月15日 /美通社/ — …           → 美通社, 2023-11-15
    (Yicai) Feb. 20 -- …                     → Yicai, no date (no year)
    站长之家(ChinaZ.com) 8 月 14 日消息 …     → 站长之家, no date (no year)
    （中央社记者张三、李四台北2日电）…        → 中央社, 张三、李四, no date
    July 15, 2025 – Nvidia announced …       → no outlet, 2025-07-15
    北京4月12日讯昨晚，…                       → no outlet, no date (no year)
    中國上海,2022年6月27日,領先的…            → no outlet, 2022-06-27

A portal's dateline ("2月24日消息", "IT之家 2月24日消息", "C114讯 2月24日消息") closes with a report
word (消息) and may open with any outlet name, as portals are too many to list; a time zone
(北京时间) may stand before its day and a part of the day (晚间) after it; the outlet may stand
in brackets with a report word ("【环球网科技综合报道】"). A portal's name may also run straight into a day
closed by a dispatch or report word ("品玩6月20日讯", "快科技8月18日消息", then a comma, a space
or a bracket). An English line opening with a day and its year before a dash is a dateline too,
with a press-release wire in slashes ("/PRNewswire/ --") or none; so is a Chinese one
("香港2023年11月15日 /美通社/ —"). An outlet may open an English dateline in brackets
("(Yicai) Feb. 20 --"), and a portal's name may carry its Latin name in brackets
("站长之家(ChinaZ.com) 8 月 14 日消息"). A listed Chinese city may stand alone for the outlet, before a day closed by 讯
or 电, or between commas with a dated day ("中國上海,2022年6月27日,", a press release's "SHANGHAI, China, June 27, 2022
–"). The English "BEIJING, March 26 —" (a city in capitals, the day, a dash: Malay Mail's form) is left unread: the
stories set annotates its day as the report's date words (s213 "HONG KONG, Nov 3 —"), the real-news set not.

The cue words (agencies, 记者, 电, dateline cities) are ``lib/rules/datelines.csv``. Lines are read
as simplified Chinese (``to_simplified``), so 電/記者 match 电/记者; what is returned is cut from the
original line. A date counts only when the dateline states its year: "1月9日电" could be any year;
its month and day are kept, and ``lib.parse.dateline_days`` may find its year in the article.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from lib.chinese_numerals import chinese_number
from lib.parse.script import to_simplified
from lib.periods import Period
from lib.rules import builtin_rules
from lib.rules.rule_file import WordsRightBefore, literal_alternation
from lib.text_script import HAN_CHARACTERS

# Month names and abbreviations, lower-cased, from lib/rules/date_words_en.csv.
ENGLISH_MONTHS = {word.lower(): number for kind, number, word in builtin_rules().date_words_en
                  if kind in ("month", "month_abbreviation")}
# Their alternation, longest first (so "sept" wins over "sep"), for the dateline and date-line patterns.
ENGLISH_MONTH_NAMES = literal_alternation(ENGLISH_MONTHS)
# Their first three letters, "jan" … "dec": a word opening with one of them may name a month ("Jan.", "January",
# "Sept"), as a reader that asks only whether a month is named takes it.
ENGLISH_MONTH_STEMS = tuple(dict.fromkeys(name[:3] for name in ENGLISH_MONTHS))


def month_of(match: re.Match) -> int:
    """The month a date's match names: its group ``mon`` (an English month name) or its number ``m``."""
    return ENGLISH_MONTHS[match["mon"].lower()] if match.groupdict().get("mon") else int(match["m"])


def month_day_of(match: re.Match) -> tuple[int, int] | None:
    """(month, day) of a match of a year-less day (groups ``mon``, an English month name, or ``m``, and ``d``),
    or None when they name no calendar day."""
    month, day = month_of(match), int(match["d"])
    return (month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None
# The place may be left out, as Reuters does for a story filed from no city: "Dec 21 (Reuters) -". A page that
# prints the dateline on a line of its own may drop the dash ("BEIJING, March 13 (Reuters)" above the lead): the
# line's end closes it then, as the dash does; in a sentence the outlet is followed by words ("(Reuters) said").
_ENGLISH = re.compile(
    rf"^\s*(?:(?P<place>[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.'\- ]+)?),\s*)?(?P<mon>{ENGLISH_MONTH_NAMES})\.?\s+"
    rf"(?P<d>\d{{1,2}})"
    rf"(?:,\s*(?P<y>\d{{4}}))?\s*\((?P<outlet>[^()]{{2,40}})\)\s*(?:[-–—]|$)", re.I)
# A press release's or a blog's dateline: a day with its year, a wire in slashes or none, then a dash
# ("SHANGHAI, Aug. 8, 2019 /PRNewswire/ --", "August 26, 2024 - Shares of …").
_ENGLISH_RELEASE = re.compile(
    rf"^\s*(?:[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.'\- ]+)?,\s*)?(?P<mon>{ENGLISH_MONTH_NAMES})\.?\s+"
    rf"(?P<d>\d{{1,2}}),\s*"
    rf"(?P<y>\d{{4}})\s*(?:/(?P<outlet>[A-Za-z][\w ]{{1,30}})/\s*)?[-–—]", re.I)
# An outlet in brackets before the day, as Yicai opens its stories: "(Yicai) Feb. 20 --", "(Yicai Global) Aug. 24 --".
_ENGLISH_OUTLET_FIRST = re.compile(
    rf"^\s*\((?P<outlet>[A-Z][\w.&' ]{{1,39}})\)\s*(?P<mon>{ENGLISH_MONTH_NAMES})\.?\s+(?P<d>\d{{1,2}})"
    rf"(?:,\s*(?P<y>\d{{4}}))?\s*[-–—]", re.I)
# The day in brackets after a place or an outlet, then a colon or a dash, as Malaysian papers and some portals
# print it: "KUALA LUMPUR (Nov 8):", "(Feb 13):", "Asian Tech Press (Aug 30) --".
_ENGLISH_DAY_IN_BRACKETS = re.compile(
    rf"^\s*(?:[A-Z][A-Za-z.'\-]*(?:\s+[A-Z][A-Za-z.'\-]*){{0,3}}\s*)?\((?P<mon>(?i:{ENGLISH_MONTH_NAMES}))\.?\s+"
    rf"(?P<d>\d{{1,2}})(?:,\s*(?P<y>\d{{4}}))?\)\s*(?::|[-–—])")
# A press release's Chinese dateline: a city, the day with its year, the wire in slashes, a dash
# ("香港2023年11月15日 /美通社/ —"), as "HONG KONG, Nov. 15, 2023 /PRNewswire/ --" in English.
_CHINESE_RELEASE = re.compile(
    rf"^\s*[{HAN_CHARACTERS}]{{0,6}}?\s*(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日\s*"
    rf"/\s*(?P<outlet>[^/\s]{{2,12}})\s*/\s*[-–—]")
# What a dated English dateline holds before its day: a place, commas, a month, a dot, spaces, an outlet's
# brackets (letters read case-blind, hence also ſ, K, ı and İ). A line whose first other character is no digit
# opens with no such dateline: the gate spares the three patterns, whose case-blind place run takes in a
# paragraph's words and gives them back one by one before failing.
_ENGLISH_BEFORE_DAY = re.compile("[A-Za-z.'\\-,\\s()&\u0130\u0131\u017f\u212a]*+\\d")
# A wire story's dateline without a date names its outlet all the same: "SHANGHAI (Reuters) -",
# "(Reuters) -". The place is in capitals and the outlet a capitalised name, as wires print them.
_ENGLISH_UNDATED = re.compile(r"^\s*(?:[A-Z][A-Z.'\- ]+(?:,\s*[A-Z][A-Za-z.'\- ]+)?\s*)?"
                              r"\((?P<outlet>[A-Z][\w.&' ]{1,39})\)\s*[-–—]")

# A Chinese dateline may write its month and day in Chinese numerals, as Hong Kong and Taiwan agencies
# do ("【香港中通社十五日電】", "新华社北京一月九日电", "七月卅一日"): 廿 is twenty, 卅 thirty.
_MONTH_NUMBER = r"\d{1,2}|十[一二]?|[一二三四五六七八九]"
_DAY_NUMBER = r"\d{1,2}|[二三]?十[一二三四五六七八九]?|[廿卅][一二三四五六七八九]?|[一二三四五六七八九]"
# A report word closes a dateline where a sentence does not go on from it: not before 称 or 人士 (what a source said,
# "1月27日消息称", "消息人士"), nor before a word run into it ("路透社9月4日报道的消息显示").
_REPORT_CLOSED = r"(?![称的中]|人士)"
# A dateline may stand in the lenticular brackets a wire prints it in ("【香港中通社十五日電】").
_OPENING_BRACKET = r"[【〔\[]"


# The dated English dateline patterns, in the order they are tried.
ENGLISH_DATED = (_ENGLISH, _ENGLISH_RELEASE, _ENGLISH_OUTLET_FIRST, _ENGLISH_DAY_IN_BRACKETS)


@dataclass(frozen=True)
class Dateline:
    outlet: str
    author: str
    published: Period | None
    # (month, day) of a dateline that states no year ("1月9日电", "Jan 20 (Reuters)")
    month_day: tuple[int, int] | None = None
    # the day of month it states, with or without its month ("（中央社華盛頓17日綜合外電報導）" → 17)
    day: int | None = None


def _english_dated(line: str) -> tuple[re.Pattern, ...]:
    """The dated English dateline patterns that may match at the start of ``line``, in the order they are tried."""
    return ENGLISH_DATED if _ENGLISH_BEFORE_DAY.match(line) else ()


class DatelineReader:
    """Reads datelines with the cue words of ``lib/rules/datelines.csv``."""

    def __init__(self, cues: Sequence[tuple[str, str]]) -> None:
        words = {kind: [cue for k, cue in cues if k == kind]
                 for kind in ("agency", "reporter", "dispatch", "place", "report", "zone", "time_of_day",
                              "bracket_end", "self", "ahead", "history", "glued")}
        self._self = frozenset(words["self"])
        # for dateline_days.in_latest_stated_year: the years a plan aims at or a company's past names are not
        # reported ones
        self.not_reported = WordsRightBefore(words["ahead"] + words["history"])
        self._chinese = self._portal = self._glued = self._city = self._city_between_commas = None
        day = rf"(?:(?P<y>\d{{4}})\s*年)?\s*(?P<m>{_MONTH_NUMBER})\s*月\s*(?P<d>{_DAY_NUMBER})\s*日\s*"
        if words["report"]:
            dispatch = literal_alternation(words["dispatch"]) or "(?!)"
            zone = rf"(?:(?:{literal_alternation(words['zone'])})\s*)?" if words["zone"] else ""
            time_of_day = rf"(?:(?:{literal_alternation(words['time_of_day'])})\s*)?" if words["time_of_day"] else ""
            bracket_end = rf"(?:{literal_alternation(words['bracket_end'])})?" if words["bracket_end"] else ""
            # A portal's name may carry its Latin name in brackets ("站长之家(ChinaZ.com) 8 月 14 日消息"); 消息称
            # and 消息人士 are what a source said, in a sentence ("英伟达(NVIDIA)1月27日消息称").
            # In its brackets the outlet may carry an aside and its city after its name
            # ("【猎云网(微信:ilieyun)北京】"): neither is the outlet's name.
            tag_place = rf"(?:{literal_alternation(words['place'])})?" if words["place"] else ""
            self._portal = re.compile(
                rf"^\s*(?:[【〔\[](?P<tag>[^【】〔〕\[\]\s]{{2,20}}?)(?:[(（][^()（）\s]{{1,20}}[)）])?{tag_place}{bracket_end}"
                rf"[】〕\]]\s*"
                rf"|[(（《]?(?P<outlet>[^\s,，。:：;；()（）《》]{{2,12}}?)》?"
                rf"(?:[(（][A-Za-z][\w.\-]{{1,30}}[)）]\s*|\s*(?:{dispatch}|\s)\s*))?"
                rf"{zone}{day}{time_of_day}(?:{literal_alternation(words['report'])}){_REPORT_CLOSED}")
        if words["glued"]:
            name = r"[^\s,，。:：;；()（）《》【】]"
            # The closing word ends the dateline: a comma, a space, a bracket (its own closing one too:
            # "【大纪元2023年03月28日讯】") or the line's end follows it, where a sentence goes on ("腾讯2月24日消息称",
            # "一位读者在2月24日消息中写道"); 据 opens a sentence citing a report ("据36氪1月9日消息，").
            self._glued = re.compile(rf"^\s*{_OPENING_BRACKET}?(?!据)(?P<outlet>{name}{{1,11}}?(?!\d){name}){day}"
                                     rf"(?:{literal_alternation(words['glued'])})(?=[\s,，:：;；(（【\[】〕\]]|$)")
        if (words["agency"] or words["self"]) and words["dispatch"]:
            reporter = literal_alternation(words["reporter"]) or "(?!)"
            place = literal_alternation(words["place"]) or "(?!)"
            # An agency's dateline may close with a report word as a portal's does ("央广网北京11月27日消息"),
            # but not where a sentence goes on from it (``_REPORT_CLOSED``).
            closing_report = (rf"(?:{literal_alternation(words['report'])}){_REPORT_CLOSED}" if words["report"]
                              else "(?!)")
            self._chinese = re.compile(
                rf"^\s*(?:[(（《]|{_OPENING_BRACKET})?\s*(?:(?:{place})\s*)?"
                rf"(?P<outlet>{literal_alternation(words['agency'] + words['self'])})》?"
                rf"(?:(?:{reporter})(?P<author>[{HAN_CHARACTERS}·]{{2,4}}?(?:、[{HAN_CHARACTERS}·]{{2,4}}?)*)"
                rf"(?=(?:{place})))?"
                # a foreign dateline names the country and the city: "新华社匈牙利科马罗姆6月27日电" (7),
                # "新华社哈萨克斯坦阿斯塔纳" (9)
                rf"(?P<place>[{HAN_CHARACTERS}]{{0,9}}?)"
                rf"(?:(?P<y>\d{{4}})\s*年)?\s*(?:(?P<m>{_MONTH_NUMBER})\s*月)?\s*(?P<d>{_DAY_NUMBER})\s*日\s*"
                rf"(?:{literal_alternation(words['dispatch'])}|{closing_report})"
                rf"(?:\s*[(（]\s*(?:{reporter})\s*(?P<reporters>[^()（）]{{2,30}})[)）])?[】〕\]]?")

        if words["place"] and words["dispatch"]:
            # A listed city alone before the day, no agency: closed by a
            # dispatch word ("北京4月12日讯昨晚，知乎…", not 电视 or 电商 run on), or between commas with its year, as a
            # press release's "SHANGHAI, China, June 27, 2022 –" is written in Chinese ("中國上海,2022年6月27日,").
            place = literal_alternation(words["place"])
            self._city = re.compile(
                rf"^\s*(?:中国)?(?:{place})\s*(?:(?P<y>\d{{4}})\s*年)?\s*(?P<m>{_MONTH_NUMBER})\s*月\s*"
                rf"(?P<d>{_DAY_NUMBER})\s*日\s*(?:{literal_alternation(words['dispatch'])})(?![视影话商池动力子脑车网器])")
            self._city_between_commas = re.compile(
                rf"^\s*(?:中国)?(?:{place})\s*[,，]\s*(?P<y>\d{{4}})\s*年\s*(?P<m>\d{{1,2}})\s*月\s*(?P<d>\d{{1,2}})\s*日"
                rf"\s*[,，]")
        self._month_patterns = (self._portal, self._glued, _CHINESE_RELEASE, self._city, self._city_between_commas)

    def _dated_by_month(self, simplified_line: str) -> tuple[re.Pattern | None, ...]:
        """The portal's, the glued dateline's and the Chinese press release's patterns, which need 月 ("IT之家 1月20日
        消息", "品玩6月20日讯", "香港2023年11月15日 /美通社/ —"), for a line that holds one: an English line or a
        paragraph without a month is no such dateline."""
        return self._month_patterns if "月" in simplified_line else ()

    def opening_length(self, simplified_line: str) -> int:
        """How many characters of ``simplified_line`` (already ``to_simplified``) a dateline takes at
        its start, 0 when it opens with none."""
        for pattern in (self._chinese, *self._dated_by_month(simplified_line), *_english_dated(simplified_line),
                        _ENGLISH_UNDATED):
            if pattern is not None and (match := pattern.match(simplified_line)):
                return match.end()
        return 0

    def date_words(self, line: str) -> tuple[int, int] | None:
        """Where the day of the dateline opening ``line`` is written, its month and year with it
        ("BEIJING, Jan 20 (Reuters) -" → the span of "Jan 20", "新华社北京1月9日电" → "1月9日"), or None
        when it states no day."""
        simplified = to_simplified(line)
        for pattern in (self._chinese, *self._dated_by_month(simplified), *_english_dated(simplified)):
            if pattern is not None and (match := pattern.match(simplified)) and match["d"]:
                spans = [match.span(name) for name in ("y", "m", "mon", "d")
                         if name in pattern.groupindex and match[name]]
                end = max(end for _, end in spans)
                return min(start for start, _ in spans), end + simplified.startswith("日", end)
        return None

    def read(self, line: str) -> Dateline | None:
        """The dateline that opens ``line``, or None."""
        if self._chinese is not None:
            match = self._chinese.match(to_simplified(line))
            if match:
                author = match["author"] or match["reporters"] or ""
                if author:
                    start, end = match.span("author") if match["author"] else match.span("reporters")
                    author = " ".join(line[start:end].split())
                outlet = "" if match["outlet"] in self._self else line[slice(*match.span("outlet"))]
                return Dateline(outlet, author, _day(match["y"], match["m"], match["d"]),
                                _month_day(match["m"], match["d"]), chinese_number(match["d"]))
        for portal in self._dated_by_month(to_simplified(line)):
            match = portal.match(to_simplified(line)) if portal is not None else None
            if match:
                outlet = next((line[slice(*match.span(name))] for name in ("outlet", "tag")
                               if match.groupdict().get(name)), "")
                return Dateline(outlet, "", _day(match["y"], match["m"], match["d"]),
                                _month_day(match["m"], match["d"]), chinese_number(match["d"]))
        match = next((found for pattern in _english_dated(line) if (found := pattern.match(line))), None)
        if match:
            month = str(ENGLISH_MONTHS[match["mon"].lower()])
            return Dateline((match.groupdict().get("outlet") or "").strip(), "", _day(match["y"], month, match["d"]),
                            _month_day(month, match["d"]), chinese_number(match["d"]))
        match = _ENGLISH_UNDATED.match(line)
        if match:
            return Dateline(match["outlet"].strip(), "", None)
        return None


def _month_day(month: str | None, day: str | None) -> tuple[int, int] | None:
    if not (month and day) or not (1 <= chinese_number(month) <= 12 and 1 <= chinese_number(day) <= 31):
        return None
    return chinese_number(month), chinese_number(day)


def _day(year: str | None, month: str | None, day: str | None) -> Period | None:
    if not (year and month and day) or not 1900 <= int(year) <= 2100:
        return None
    try:
        return Period(date(int(year), chinese_number(month), chinese_number(day)), "day")
    except ValueError:
        return None


def dateline_spans(simplified_text: str, reader: DatelineReader) -> list[tuple[int, int]]:
    """Where a dateline opens a paragraph of ``simplified_text`` ("新华社北京1月9日电", "BEIJING,
    Jan 9 (Xinhua) --"): its date is the publication's, not a date the story reports."""
    spans = []
    start = 0
    for line in simplified_text.split("\n"):
        if line.strip() and (length := reader.opening_length(line)):
            spans.append((start, start + length))
        start += len(line) + 1
    return spans
