"""The grammar Chinese date readers share: numerals, the year, month and day patterns with their
qualifiers (初, 中旬, 年底, 上半年, 第四季度), and the slice of the year a match names.

Split from ``dates_zh`` so each module stays small; ``dates_zh`` and ``dates_zh_relative`` build their
patterns from these pieces. Patterns read simplified text.
"""

from __future__ import annotations

import re

from lib.chinese_numerals import ZEROS, chinese_number
from lib.extract.dates_spec import (
    WHOLE_YEAR,
    YearPart,
    day_part,
    half_part,
    month_part,
    quarter_part,
    year_edge_part,
)
from lib.parse.weekday_words import WEEKDAYS_ZH
from lib.rules import builtin_rules
from lib.rules.rule_file import words_by_kind
from lib.text_script import HAN_CHARACTERS as _CJK

RELATIVE_YEARS = {"大前": -3, "前": -2, "去": -1, "今": 0, "本": 0, "明": 1, "后": 2, "大后": 3}
SHIFT_DIRECTIONS = {"上上": -2, "上": -1, "本": 0, "这": 0, "下": 1, "下下": 2}  # 上上周: the week before last
WEEKDAYS = WEEKDAYS_ZH  # the day's character after 周, 星期: 四 is 3 (Monday = 0), lib/rules/weekday_words.csv
# A word beginning with 一 that takes it from 本周/上周 ("本周一定会解决": this week, surely), less the longer forms
# in which the Monday stands ("本周一定价"): lib/rules/week_words_after_zh.csv.
_WEEK_WORDS = words_by_kind(builtin_rules().week_words_after_zh)
WORD_AFTER_WEEK = "(?:{})(?!{})".format(
    "|".join(map(re.escape, _WEEK_WORDS.get("word", ()))) or "(?!)",
    "|".join(re.escape(word[2:]) for word in _WEEK_WORDS.get("not_word", ()) if len(word) > 2) or "(?!)")
_MONTH_QUALIFIERS = {"初": "early", "上旬": "early", "中旬": "mid", "中": "mid", "下旬": "late",
                     "底": "end", "末": "end"}
YEAR_QUALIFIERS = {"初": "early", "中": "mid", "底": "end", "末": "end", "终": "end", "期末": "end"}

CN_DIGIT = f"{ZEROS}一二三四五六七八九"
# A fiscal year ("2026财年", "2026会计年度"; Taiwan's 會計年度) is a calendar year unless its company's is not.
YEAR = rf"(?<![0-9.])(?P<year>(?:19|20)[0-9]{{2}}|[一二][{CN_DIGIT}]{{3}})\s*(?:(?P<fiscal>财年|财政年度|会计年度)|年)"
# "前年" is two years ago, but not in "之前年", "以前年" or "提前年"; "后年" likewise not in "之后年". Taiwan's
# press gives the year in brackets ("今（2026）年4月", "去(2025)年"), as it gives the day in "今(19)日".
# 本年, 本年度 are this year, as 今年 is; not the end of another word (日本, 成本) nor a volume (一本年鉴), nor
# 本年代, 本年级 (relative_date_neighbours_zh.csv).
_THIS_YEAR_NEIGHBOURS = words_by_kind(builtin_rules().relative_date_neighbours_zh)
_THIS_YEAR = "(?<![{}])本(?=年(?![{}]))".format(
    *(re.escape("".join(_THIS_YEAR_NEIGHBOURS[kind])) for kind in ("not_before_this_year", "not_after_this_year")))
RELATIVE_YEAR = (rf"(?P<rel>去|今|明|{_THIS_YEAR}|大前|大后|(?<![之以此提])前|(?<![之以此然最其随])后)"
                 r"(?:\s*[（(]\s*(?P<stated>(?:19|20)[0-9]{2})\s*[）)]\s*)?年")
# A month in Chinese numerals may follow a model's digit ("小米SU7五月交付8630辆", AL zs711): only a Chinese numeral
# before it makes another number of it ("十五月"), as only a digit does for a month in digits ("12月").
MONTH = (rf"(?P<month>(?<![0-9.{CN_DIGIT}十两])(?:1[0-2]|0?[1-9])"
         rf"|(?<![{CN_DIGIT}十两])(?:十[一二]?|[一二三四五六七八九]))\s*月")
# The same number with its 月 left to the month after it ("1-2月"); not after 前/近 ("前1-2月" is no date).
PAIRED_MONTH = rf"(?<![0-9.{CN_DIGIT}十两前近第每])(?P<month>1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])"
# Hong Kong papers write twenty and thirty with their old single characters ("一月廿二日", "三月卅一日").
DAY_NUMBER = (
    r"3[01]|[12][0-9]|0?[1-9]|三十一|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九]"
    r"|廿[一二三四五六七八九]?|卅一?"
)
# A range's start, or the first of days listed, may share the last day's 日: "3月12-14日", "3月12至14日",
# "3月3、4日", "3月3和4日".
DAY = (rf"(?P<day>{DAY_NUMBER})\s*(?:[日号]"
       r"|(?=\s*(?:-|–|~|～|至|到|、|和|及)\s*(?:3[01]|[12][0-9]|0?[1-9])\s*[日号]))")
# "中" only means "mid" when no word follows it: "2023年中国" is "China in 2023".
# 年中 / 月中 (mid-year, mid-month) only where no word goes on from 中, or a verb or time word follows:
# "2024年中国市场", "3月中美会谈" are China, not the middle.
MID = (rf"中(?:(?![{_CJK}])|(?=前|后|以前|之前|左右|时|开始|完成|推出|上线|发布|上市|落地|量产|交付|正式|实现"
        r"|举行|举办|召开|到期|生效))")
MONTH_QUALIFIER = rf"(?P<mq>上旬|中旬|下旬|初(?![步次衷心级])|底|末|{MID})"
# The year's end is also written 年终 ("在2025年年終之前完成") and, of a reported year, 期末 ("采用2019年期末汇率"):
# not the year-end bonus (年终奖), a terminal (2025年终端), "finally" (2025年终于), an end put to something
# (终止, 终结), a term's final exam (期末考试).
YEAR_END_WORDS = r"终(?![奖端于止结身极局])|期末(?!考)"
# After a year, "第4季" is a quarter as "第4季度" is: Hong Kong and Taiwan drop the 度. 年度 names the year as 年
# does before a part of it ("2021年度第二季度财报", "2021年度上半年"): one period, not the year and a bare part.
YEAR_QUALIFIER = (
    rf"(?:年?(?P<yq>初(?![步次衷心级创])|底(?![层部线座气色牌盘])|末(?![尾端])|{MID}|{YEAR_END_WORDS})"
    r"|(?:度\s*)?(?:的?(?P<half>上|下)半年(?P<he>末)?|的?(?:第\s*)?(?P<qn>[一二三四1-4])\s*季(?:度|(?!节))(?P<qe>末|底)?"
    r"|的?[Qq](?P<qd>[1-4])"
    r"|的?[Hh](?P<yh>[12])(?![0-9])"
    r"|的?(?P<first>首)季(?:度)?"
    # "2021年最后一季", "去年最后一个季度": the year's fourth quarter.
    r"|的?(?P<lastq>最后)\s*(?:一|1)\s*个?\s*季(?:度|(?!节))))"
)


def year_part(match: re.Match) -> tuple[YearPart, str]:
    """The slice of the year the match names, with its qualifier."""
    groups = match.groupdict()
    if groups.get("day"):
        return day_part(chinese_number(groups["month"]), chinese_number(groups["day"])), ""
    if groups.get("month"):
        return month_part(chinese_number(groups["month"])), _MONTH_QUALIFIERS.get(groups.get("mq") or "", "")
    if groups.get("yq"):
        qualifier = YEAR_QUALIFIERS[groups["yq"]]
        return year_edge_part(qualifier), qualifier
    if groups.get("half"):
        half = 1 if groups["half"] == "上" else 2
        return (month_part(6 * half), "end") if groups.get("he") else (half_part(half), "")
    if groups.get("yh"):
        return half_part(int(groups["yh"])), ""
    if groups.get("first"):
        return quarter_part(1), ""
    if groups.get("lastq"):
        return quarter_part(4), ""
    if groups.get("qn") or groups.get("qd"):
        quarter = chinese_number(groups.get("qn") or groups["qd"])
        # "一季度末" is the quarter's last month, as "3月底" is that month
        return (month_part(3 * quarter), "end") if groups.get("qe") else (quarter_part(quarter), "")
    return WHOLE_YEAR, ""
