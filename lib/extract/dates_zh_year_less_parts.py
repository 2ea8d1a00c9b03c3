"""Read Chinese parts of a year named without their year: halves ("下半年", "上半年末"), quarters ("第四季度",
"第四季", "首季", "次季", "二季报"), the year's edges ("年底前", "年初", "年中"), "年内" and the new year as a period
("新年伊始", "新年第一批"). Halves, edges and 年内 are the publication year's; a quarter is named like a month.

Split from ``dates_zh``, whose reader runs these patterns in its own order (``YEAR_LESS_PART_PATTERNS`` stands
where they stood) under its cue table's "half", "quarter" and "year_edge" cues. A year before any of them is
read with it by ``dates_zh``.
"""

from __future__ import annotations

import re

from lib.extract.dates_candidate_reader import Builder
from lib.extract.dates_spec import WHOLE_YEAR, DateSpec, InYear, quarter_part, year_edge_part
from lib.extract.dates_zh_grammar import MID, YEAR_QUALIFIERS, year_part


def _bare_half(match: re.Match, text: str) -> DateSpec:
    """A half with no year ("下半年") is a half of "the year": the one its sentence states before it ("2025年，…
    上半年"), else the publication year's; its end ("上半年末") its last month."""
    part, qualifier = year_part(match)
    return InYear(part, qualifier, offset=0, of_the_year=True)


def _bare_quarter(match: re.Match, text: str) -> DateSpec:
    """A numbered quarter with no year ("二季度", "第四季度") is named like a month: the latest one not after
    publication ("3月19日…第四季度营收" reports last year's), ahead when a cue governs it ("预计第三季度上市") or
    it starts soon after; unlike 下半年, which says "this year's" second half."""
    part, qualifier = year_part(match)
    return InYear(part, qualifier)


def _within_the_year(match: re.Match, text: str) -> DateSpec:
    """"年内" (within this year, "年内上市") is the publication year: a plan when still ahead."""
    return InYear(WHOLE_YEAR, offset=0, of_the_year=True)


def _bare_year_edge(match: re.Match, text: str) -> DateSpec:
    """An edge of the year with no year ("年底前", "年初") is the publication year's."""
    qualifier = YEAR_QUALIFIERS[match["yq"]]
    return InYear(year_edge_part(qualifier), qualifier, offset=0, of_the_year=True)


def _new_year(match: re.Match, text: str) -> DateSpec:
    """新年 told as a period ("新年第一批挂牌公司", "在新年开始即迅速升级") is the year whose first day lies nearest
    publication (told in January that year, in December the coming one); its start (开始, 伊始, 之初) the
    year's early part, as 年初 is."""
    if match["edge"]:
        return InYear(year_edge_part("early"), "early", toward="new")
    return InYear(WHOLE_YEAR, toward="new")


YEAR_LESS_PART_PATTERNS: list[tuple[re.Pattern, Builder, tuple[str, ...]]] = [
    (re.compile(r"(?<![年年份度])(?P<half>上|下)半年(?P<he>末)?"), _bare_half, ("half",)),
    # Hong Kong and Taiwan drop 度: "首季" is the first quarter ("本季", "上季": dates_zh_relative).
    (re.compile(r"(?<![年份度])首季(?:度)?"), lambda match, text: InYear(quarter_part(1), offset=0), ("quarter",)),
    # ... and "次季" the second ("次季盈利急挫的美團"); not 次季度 (the next quarter), 每次季后赛 (playoffs),
    # nor after 是次 ("this", Hong Kong's written word, as 这次/此次: "阿里於是次季報中", "是次季度業績公告").
    (re.compile(r"(?<![年份度每首这此该是一二两三四五六七八九十多几])次季(?![度节后])"),
     lambda match, text: InYear(quarter_part(2), offset=0), ("quarter",)),
    # Not 前三季度 (the first three quarters), 每季度, 上/本季度 (shifts: dates_zh_relative); a year before
    # it is read above.
    (re.compile(r"(?<![年份度前每上下本这0-9一二三四五六七八九十])(?:第\s*)?(?P<qn>[一二三四1-4])\s*季度(?P<qe>末|底)?"),
     _bare_quarter, ("quarter",)),
    # Taiwan's and Hong Kong's press drop 度 ("第四季營收"); not a show's season after its title (《…》第四季,
    # 《…》(第二季), 《…》（第二季）).
    (re.compile(r"(?<![年份度前每上下本这0-9一二三四五六七八九十》」』”\"])(?<!》\()(?<!》（)"
                r"第\s*(?P<qn>[一二三四1-4])\s*季(?![度节])(?P<qe>末|底)?"),
     _bare_quarter, ("quarter",)),
    # A quarter's report named by its quarter ("二季报后", "三季報顯示"): the quarter, named like 二季度. Not
    # 前三季报 (the first three quarters') nor 每季报; the fourth quarter's report is the annual one (年报).
    (re.compile(r"(?<![年份度前每上下本这0-9一二三四五六七八九十])(?P<qn>[一二三1-3])\s*季(?=报)"), _bare_quarter,
     ("quarter",)),
    # The new year as a period: its first batch or day (新年第一批, 新年首个交易日), its start (新年伊始); not the lunar
    # one (农历新年, 迎新年: festivals.csv), a greeting or a gift (新年快乐, 新年红包), nor 新年俗 (new customs).
    (re.compile(r"(?<![农历旧迎过贺拜辞])新年(?:(?=第一|首[个日批只家位])|(?P<edge>伊始|开始|之初))"), _new_year,
     ("year_edge",)),
    # Not 一年内 / 两年内 (within one or two years), 近年内; 今年内 is read above.
    (re.compile(r"(?<![0-9一二两三四五六七八九十数几多近每今去明前后半])年内"), _within_the_year, ("year_edge",)),
    # Not "每年年底" (every year-end), "往年年底", "全年中", nor a count of years ("近20年中", "这三年中": in those
    # years); a year before it is read with it above. After a word that places something in time (在, 于, 到, 至:
    # "快手在年中追加了投入", "截至年中") or opening a clause ("…的决心，年中追加了…的投入": 年 alone starts no other
    # word there) 年中 is mid-year whatever follows, as "at mid-year", "by mid-year", "Mid-year, it added" are:
    # no country or noun (年中国, 年中美) begins there.
    (
        re.compile(rf"(?<!每年)(?<!往年)(?<!历年)(?<![每往历全多近逐跨百千万周0-9一两二三四五六七八九十])年(?P<yq>初(?![步次衷心级创一二三四五六七八九十])"
                   rf"|底(?![层部线座气色牌盘])|末(?![尾端])|{MID}|(?<=[在于到至，,；;：:]年)中(?![国美日韩欧台港澳秋旬期]))"),
        _bare_year_edge,
        ("year_edge",),
    ),
]
