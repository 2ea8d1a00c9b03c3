"""What a date expression says, before it is placed on the calendar.

The English and Chinese readers (``dates_en``, ``dates_zh``) turn words into these language-neutral
specs; ``dates`` resolves them against the publication period. A spec only records what the words
state: "August 15" is a day in a year the words leave open, "last month" a shift from publication.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from lib.extract.dates_named_days import ByYears, LunarDay, MonthBefore, WeekdayOnOrAfter, WeekHolding
from lib.periods import Period


@dataclass(frozen=True)
class YearPart:
    """A slice of some calendar year: the whole year, a half, a quarter, a month or a day."""

    precision: str
    month: int = 1
    day: int = 1

    def in_year(self, year: int) -> Period | None:
        """The slice in ``year``; None when it does not exist there (February 29, year 0)."""
        try:
            return Period(date(year, self.month, self.day), self.precision)
        except ValueError:
            return None


WHOLE_YEAR = YearPart("year")


def month_part(month: int) -> YearPart:
    return YearPart("month", month)


def day_part(month: int, day: int) -> YearPart:
    return YearPart("day", month, day)


def quarter_part(quarter: int) -> YearPart:
    return YearPart("quarter", 3 * (quarter - 1) + 1)


def first_weeks_part(weeks: int) -> YearPart:
    """The smallest part of a year that holds its first ``weeks`` weeks (2 to 12): January up to four weeks
    (28 days), the first quarter up to twelve (84 days)."""
    return month_part(1) if weeks <= 4 else quarter_part(1)


def first_months_part(months: int, last: bool = False) -> YearPart:
    """The smallest part of a year that holds its first (``last``: its last) ``months`` months (2 to 12): a
    quarter up to three, a half up to six, else the year ("the first nine months of 2024" is no period of
    the data model; the year holds it)."""
    if months <= 3:
        return quarter_part(4 if last else 1)
    return half_part(2 if last else 1) if months <= 6 else WHOLE_YEAR


def half_part(half: int) -> YearPart:
    return YearPart("half", 1 if half == 1 else 7)


def year_edge_part(qualifier: str) -> YearPart:
    """The slice of a year that "early/mid/late/end of <year>" points at.

    "mid" straddles both halves, so it stays a whole year with the qualifier carrying the nuance.
    """
    if qualifier == "early":
        return quarter_part(1)
    if qualifier in ("late", "end"):
        return quarter_part(4)
    return WHOLE_YEAR


@dataclass(frozen=True)
class InYear:
    """A part of one calendar year.

    The year is ``year`` when stated, else the publication year plus ``offset`` ("last year" is -1),
    else chosen by ``toward``: "nearest" for year-less dates ("August 15"), "before"/"after" for
    "last July"/"next July", "new" for the year whose first day lies nearest publication ("the new
    year", 新年). ``ahead`` marks words that point past publication ("later this year").
    ``of_the_year``: the words name the year only as "the year" ("the end of the year", 年初, 年内), not
    "this year": a year its sentence states before them is theirs.
    ``fiscal``: the stated year is a fiscal year ("Q1 FY2026", 2026财年第一季度): a calendar year unless the
    company it is told of keeps another fiscal calendar (``dates_fiscal``).
    ``weekday``: a weekday (Monday = 0) the words give with a year-less day ("1/13(四)"): it picks the year
    next to the one placed when the day falls on it there.
    ``summed_months``: the words sum the year's first months so far ("前三季度", "the first three quarters": 9):
    figures for them are told once those months are over, so, year-less and not ahead, they are of the latest
    year whose months summed have ended by publication.
    """

    part: YearPart | LunarDay | WeekdayOnOrAfter | ByYears | WeekHolding | MonthBefore
    qualifier: str = ""
    year: int | None = None
    offset: int | None = None
    toward: str = "nearest"
    ahead: bool = False
    of_the_year: bool = False
    fiscal: bool = False
    weekday: int | None = None
    summed_months: int | None = None


@dataclass(frozen=True)
class Shift:
    """A whole ``unit`` (day, week, month, quarter) ``offset`` units from the publication's one.

    ``ahead`` marks words that point past publication within the unit ("later this month");
    ``day`` a day of a shifted month ("上月28日": the 28th of the month before publication's).
    ``in_month``: the month the shifted day falls in ("a few weeks ago", 几周前: three weeks back, no
    one week of the few the words leave open).
    ``weekend``: the week of the weekend nearest publication and not after it ("over the weekend"): the week
    before publication's, but publication's own when it falls on a Saturday or Sunday.
    """

    unit: str
    offset: int
    ahead: bool = False
    day: int | None = None
    in_month: bool = False
    weekend: bool = False


@dataclass(frozen=True)
class OnWeekday:
    """A weekday (Monday = 0).

    With ``week_offset`` it lies in the week that many weeks from publication ("上周三"); otherwise
    ``toward`` picks the nearest one ("Wednesday"), the last before or the first after publication.
    ``day_of_month`` is a day the words also give ("周三（5日）"): the weekday that falls on it.
    """

    weekday: int
    toward: str = "nearest"
    week_offset: int | None = None
    day_of_month: int | None = None


@dataclass(frozen=True)
class DayOfMonth:
    """A day of month with no month ("12日早间", "路透社14日援引"): the latest such day on or before
    publication, so within the publication month or, for a later day, the month before it; the day told
    last, when it is that day of month ("11月6日，…上市。…6日则收于…": ``dates_resolve.day_told_again``).
    """

    day: int


@dataclass(frozen=True)
class Chained:
    """A day, week, month or year counted from the previous date in the text ("the next day",
    "次年", "同月", "前一周"), or ``unit`` "same": that date as it stands ("当时", "at that time"),
    or "plan": the date of the plan just told, ahead of publication ("届时", "到时").

    A chained day with no day before it in the text counts from a day-precise publication date.
    ``keep_month``: "a year later" after "October 2022" is October 2023, not all of 2023.
    ``same_sentence``: counts only from a day in the same sentence, else from publication ("in 45
    days" after "orders issued on Thursday"): a plan's own date must not become the next's base.
    ``range_end``: "Aug 9 to 11", "3月5日至7日" count from the range's start, and from nothing else.
    ``before_date``: "one week before the Lunar New Year", "two days after Christmas" count from the
    day named right after them, and from nothing else.
    ``or_published``: with no date before it to count from, the publication's own week, month or year
    ("Tencent will launch it later in the year").
    ``unit`` "quarter" counts quarters from the period in focus, the last month or quarter the text
    reported ("the previous quarter", 上一季度, 当季); "period" is that period itself, a month, quarter
    or half, ``offset`` years on ("the same period last year", 去年同期). ``year``: the focus's part
    of that year ("the same quarter of 2023", 2023年同期). ``unit`` "full_year" is the year of that
    period when the period closes its year (全年 after 第四季度, "full-year" after "the fourth quarter").
    ``otherwise``: what the words name when no period is in focus ("down 5% from a year ago" is the
    reported quarter a year back, else the year before publication's; "profit for the quarter rose 5%"
    the last quarter closed before publication, the one results come out for).
    ``focus_first``: the period in focus when it has the unit's precision (a year keeping its month: any
    period in focus, "up 22% from a year earlier"), else the date before's.
    ``from_happening``: a day counted from the day a listing, a sale or a launch was told to happen on
    (首日: "2月5日，快手挂牌上市。…前一日的暗盘…。上市首日，…" is February 5), else from the last day.
    ``happening_only``: such a day that names its happening ("小米SU7上市当天", the day of the SU7's launch):
    counted from that happening's day only; the date before, of another happening, is not it.
    ``day``: a day of the counted month ("同月9日", "the 9th of that month"), as "同年8月5日" is a day of the
    counted year.
    ``as_month``: a day counted on, named only by its month ("半个月后" is fifteen days on, no day told).
    ``trading_days``: days counted over the market's weekdays ("较前一交易日" after a Monday is the Friday before).
    ``told_only``: counts only from a date the text tells, never from publication's: "came two days after
    Google unveiled…" from the last day told, "came a year after" from a date in this sentence or the one
    before.
    ``past_only``: counted so only when its clause tells it as past ("our ad business has exhibited a
    stabilized trend this quarter": the quarter reported); else it is ``Shift(unit, offset)``, counted from
    publication ("Baidu expects growth this quarter").
    ``latest``: "the latest quarter", "the recent quarter" name the last the text reports, so never a period in
    focus that lies before the last quarter closed by publication (a year-ago figure's "In Q2 2020, shipments
    totalled…", a month a year back): that closed quarter then.
    """

    unit: str
    offset: int
    keep_month: bool = False
    same_sentence: bool = False
    range_end: bool = False
    part: YearPart | None = None  # "次年3月": a month or day of the counted year
    before_date: bool = False  # "one week before the Lunar New Year": counted from the date after it
    or_published: bool = False
    from_happening: bool = False  # 首日: from the day a listing or launch was told to happen on
    happening_only: bool = False  # "上市当天": only from that happening's day, never from another date
    year: int | None = None
    otherwise: InYear | Shift | None = None
    focus_first: bool = False  # "during the month": the month in focus before the date before
    quarter_end: bool = False  # "上个季度末", "the end of the previous quarter": the counted quarter's last month
    told_only: bool = False  # "came two days after Google unveiled…": from a date told, never publication's
    day: int | None = None  # "同月9日", "the 9th of that month": a day of the counted month
    as_month: bool = False  # "半个月后": a day counted on, told only by its month
    trading_days: bool = False  # "前一交易日", "the previous trading day": days counted over weekdays only
    past_only: bool = False  # bare "this quarter": the quarter reported only when told as past
    latest: bool = False  # "the latest quarter": never a period in focus before the last closed by publication


DateSpec = InYear | Shift | OnWeekday | DayOfMonth | Chained

# Results come out after their quarter closes: a figure told for "the quarter", 上季 with no quarter stated
# before it is the last quarter closed before publication.
LAST_CLOSED_QUARTER = Shift("quarter", -1)
# "The same period last year" with no period in focus, a figure set against it: that quarter a year back.
LAST_CLOSED_QUARTER_A_YEAR_BACK = Shift("quarter", -5)
# "a slight dip from last month", 较上月: set against, the month before the month reported (in focus); with
# none, the month before publication's, as "last month" told alone.
MONTH_BEFORE_THE_MONTH_REPORTED = Chained("month", -1, focus_first=True, otherwise=Shift("month", -1))
# "The same time last year", 去年同日 with no date told before it: the year before publication's, as "last year".
YEAR_BEFORE_PUBLICATION = InYear(WHOLE_YEAR, offset=-1)


def is_year_less(spec: DateSpec) -> bool:
    """Whether ``spec`` names a part of a year it does not state, counted from nothing ("August 15", "3月"):
    the reader takes its year from publication, a year stated beside it or a range's other end."""
    return isinstance(spec, InYear) and spec.year is None and spec.offset is None and spec.toward == "nearest"


@dataclass(frozen=True)
class Candidate:
    """One reading of ``text[start:end]``; readings may overlap until ``dates`` picks among them."""

    start: int
    end: int
    spec: DateSpec
