"""Read Chinese year-to-date spans written without their year: "台积电累计前11月营收", "累计前3季税后纯益",
"累计前三季度净利润" sum the current year's first months or quarters so far, and name that year (the data model
has no period of eleven months): a year-less year, placed as any other, in publication's year or the one
its sentence states. The first three or six months are the year's first quarter or half, as "今年前三个月" is
in ``dates_zh``; the first two quarters its first half.

Such a span is told once its months are over: "透過首三季財報倒算" told in February is last year's first three quarters
(``InYear.summed_months``, placed in ``dates_resolve``).

Months and quarters count the year so far only next to a word that sums them (``lib/rules/year_to_date_zh.csv``:
"累计前11月营收", or after them, "前10个月累计交付"):
"上线前三个月" is three months around a launch, "该剧前三季" a show's first seasons; but "前三季度营收增长",
the first three quarters written in full, is the year so far as "the first three quarters" is in English.

"年初至今", "年初以来", "今年年初至今" (from the start of the year to now: the "year to date" of reference grammars,
Recognizers-Text's ``OneWordPeriodRegex``) are the publication year so far, the year, as 今年以来 and "year to
date" are; not the year's first quarter that 年初 alone is. With its year stated ("2024年初以来") it is a span
from early that year, read as 2024年初 was.
"""

from __future__ import annotations

import re

from lib.chinese_numerals import chinese_number
from lib.extract.dates_candidate_reader import CandidateReader, CueTable
from lib.extract.dates_spec import WHOLE_YEAR, DateSpec, InYear, YearPart, half_part, quarter_part
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation, words_by_kind

_YEAR_TO_DATE_WORDS = words_by_kind(builtin_rules().year_to_date_zh)
_SUMS = alternation(_YEAR_TO_DATE_WORDS["before"])
_MONTHS = r"(?P<months>1[01]|[2-9]|十一|十|[二两三四五六七八九])"
_QUARTERS = r"(?P<quarters>[23二两三])"
# The first months or quarters, from the year's start: as many months as a quarter or a half are that period.
_PARTS_BY_MONTHS: dict[int, YearPart] = {3: quarter_part(1), 6: half_part(1)}

# The start of the year up to now; not after a written year's digit ("2024年初以来").
_SINCE_THE_YEAR_BEGAN = re.compile(r"(?:今年年?|(?<![0-9〇零一二三四五六七八九十百千两])年)初(?:至今|以来|迄今|到现在)")
_SUMMED = re.compile(rf"(?:{_SUMS})\s*(?P<own>前\s*(?:{_MONTHS}\s*个?\s*月(?!份)|{_QUARTERS}\s*个?\s*季度?))")
# The first three quarters written in full need no summing word: a results release's 前三季度 (营收) is the
# year so far, as "the first three quarters" is (dates_en_year_parts); not 前两季度, which is as often the two before.
# Counted with 个 (前三个季度, AM zt3726) they are the same; not after 此, 之, 以, 先 or 提, whose 前 is "before now"
# (此前三个季度, "the previous three quarters").
# Hong Kong's and Taiwan's press drop the 度 ("前三季營收也是同期新高", "已提前在前三季達陣"), as they do after a year
# (第4季, dates_zh_grammar); not a show's first seasons, a show named right before (该剧前三季, 《…》前三季), nor the
# first three quarters' report (前三季报), read as none (dates_zh_year_less_parts).
# Hong Kong's and Taiwan's press count the year's first quarters with 首 ("first"), as 首季 is its first quarter
# (dates_zh_year_less_parts): 首兩季 its first half, 首三季 the year so far; 首 never counts back from a happening
# as 前 may. Not a show's first seasons (该剧首三季, 《…》首两季).
_FIRST_QUARTERS_COUNTED = re.compile(rf"(?<![年份度0-9一二三四五六七八九十每剧》])首\s*{_QUARTERS}\s*季度?")
_HAPPENINGS = _YEAR_TO_DATE_WORDS["not_after"]
_SHOWS = _YEAR_TO_DATE_WORDS["show_before"]
_NOT_THE_YEARS_FIRST = ("".join(f"(?<!{word})" for word in _HAPPENINGS + _SHOWS)
                        + r"(?<![年份度0-9一二三四五六七八九十每近])(?<![此之以先提])")
_FIRST_THREE_QUARTERS = re.compile(_NOT_THE_YEARS_FIRST + r"前\s*(?P<quarters>三)\s*个?\s*季(?:度|(?![节报]))")
# The summing verb after the months or quarters ("前10个月累计交付31430台"), with the same guards before 前.
_SUMMED_AFTER = re.compile(_NOT_THE_YEARS_FIRST + rf"前\s*(?:{_MONTHS}\s*个?\s*月(?!份)|{_QUARTERS}\s*个?\s*季度?)"
                           + rf"(?=\s*(?:{alternation(_YEAR_TO_DATE_WORDS['sum_after'])}))")


def _year_so_far(match: re.Match, text: str) -> DateSpec | None:
    if (written := match.groupdict().get("months")) is not None:
        months = chinese_number(written.replace("两", "二"))
    else:
        months = 3 * chinese_number(match["quarters"].replace("两", "二"))
    return InYear(_PARTS_BY_MONTHS.get(months, WHOLE_YEAR), summed_months=months)


_CUES = CueTable(cased=(("first", "前"), ("first_counted", "首"), ("year_start", "年初")))
READER = CandidateReader([(_SUMMED, _year_so_far, ("first",)),
                          (_SUMMED_AFTER, _year_so_far, ("first",)),
                          (_FIRST_THREE_QUARTERS, _year_so_far, ("first",)),
                          (_FIRST_QUARTERS_COUNTED, _year_so_far, ("first_counted",)),
                          (_SINCE_THE_YEAR_BEGAN, lambda match, text: InYear(WHOLE_YEAR, offset=0), ("year_start",))],
                         _CUES)
