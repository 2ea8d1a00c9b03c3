"""Find the date expressions in a sentence and resolve each to a calendar period.

English and Chinese readers (``dates_en``, ``dates_zh``, ``dates_zh_relative``, ``dates_festivals``)
propose readings; this stage drops those that name no happening (``dates_no_happening``), places each
other on the calendar relative to the publication period (``dates_resolve``), keeps the longest
non-overlapping readings, and hands them to ``dates_chain``, which counts chained days ("the next
day", "次日") from the date before them.

A period never claims more than the words say: "April 2023" is a month, "mid-February" a month
with qualifier "mid", "late last year" the last quarter of that year with qualifier "late", and
"mid-2023" the whole year with qualifier "mid" (mid-year straddles both halves). Spans hold only
the date's own words: "in 2021" yields "2021", "at the end of 2024" yields "the end of 2024".

Year-less dates ("August 15", "3月", "中秋") take the latest year that does not put them after the
end of the publication period, unless a future cue governs them (``dates_placed_ahead``, ``dates_cues``:
"takes effect on", "将于", "…起"); then the earliest year that does not put them before its start, or, told from a day
stated just before that the schedule had reached by publication, the first after that day
(``dates_stated_year``). One starting within two months after a day-precise publication (or after a
month-precise one's month) is the coming one unless its clause tells it as past ("launched",
"said", "了", "已于"): the press leaves the year out only for the current year. A bare weekday is
likewise the latest on or before publication unless its words or a governing cue point ahead, and
so is a bare Chinese day of month ("12日"). A modal future word earlier in the date's clause ("could
announce … as early as Nov. 16") places it ahead only when that is nearer publication; a past
auxiliary ("were effective on", "已于") cancels a cue. A Chinese festival name with no year after a date told two
or more years before publication ("2015年 – 微信红包：… 。除夕当晚…") is the first on or after it
(``dates_festivals_told``).
Dates that need the publication date are dropped when it is unknown; week and day shifts and
weekdays need a day-precise publication.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from lib.extract import (
    dates_coordinated,
    dates_en,
    dates_en_chains,
    dates_en_days,
    dates_en_grammar,
    dates_en_relative,
    dates_festivals,
    dates_few_weeks,
    dates_fiscal,
    dates_results_period,
    dates_seasons,
    dates_zh,
    dates_zh_relative,
    dates_zh_year_to_date,
)
from lib.extract.dates_candidate_reader import ReaderGroup, ascii_digits
from lib.extract.dates_chain import chain_readings
from lib.extract.dates_cue_patterns import CuePatterns
from lib.extract.dates_cues import YEAR_LESS_WINDOW, ahead_cue, told_as_past, told_by_its_saying
from lib.extract.dates_festivals import in_new_year_days, read_festival_dates
from lib.extract.dates_festivals_told import festival_in_the_year_told
from lib.extract.dates_fiscal import fiscal_period, plain_quarter_period
from lib.extract.dates_match import DateMatch, Reading
from lib.extract.dates_month_spans import periods_named_by_their_months
from lib.extract.dates_no_happening import happening_dates
from lib.extract.dates_period_ended import periods_named_by_their_end
from lib.extract.dates_placed_ahead import governed_or_soon, leaves_ahead_open, year_edge_told_as_past
from lib.extract.dates_ranges import (
    ends_in_their_starts_year,
    ranges_ended_by_publication,
    starts_in_their_ends_year,
)
from lib.extract.dates_resolve import day_told_again, resolve, resolve_in_narrative
from lib.extract.dates_results_period import reported_in_results
from lib.extract.dates_spec import (
    LAST_CLOSED_QUARTER,
    Chained,
    DayOfMonth,
    InYear,
    OnWeekday,
    Shift,
)
from lib.extract.dates_stated_year import ahead_of_the_day_told, in_a_series_ahead, in_the_stated_year
from lib.extract.dates_weekdays_told_day import weekdays_from_the_day_told
from lib.extract.dates_workdays import WorkdayPatterns, workdays_of_their_month
from lib.periods import Period
from lib.rules.fiscal_years import FiscalYear

# Every reader but the festivals', one pass over a sentence for all their cue words; in the order the
# readers were first read in, which breaks ties between equally long readings, but the fiscal labels' first:
# "FY2027" is read as a year by both, and only the fiscal reader knows it may not be a calendar year.
_READERS = ReaderGroup([dates_fiscal.READER, dates_fiscal.ZH_READER, dates_coordinated.READER, dates_en.READER,
                        dates_en_relative.READER, dates_en_chains.READER, dates_zh.READER, dates_zh_relative.READER,
                        dates_seasons.READER, dates_results_period.READER, dates_en_days.READER,
                        dates_en_grammar.READER, dates_zh_year_to_date.READER, dates_few_weeks.READER])


def find_dates(
    text: str,
    published: Period | None,
    cues: CuePatterns | None = None,
    *,
    anchor: Period | None = None,
    previous_sentence_date: Period | None = None,
    narrative_date: Period | None = None,
    focus: Period | None = None,
    last_told: Period | None = None,
    fiscal_year: FiscalYear | Callable[[], FiscalYear | None] | None = None,
    happening_day: Period | None = None,
    workdays: WorkdayPatterns | None = None,
    fiscal_quarters: bool = False,
) -> list[DateMatch]:
    """The dates in ``text``, non-overlapping, sorted by start, longest readings preferred.

    ``published`` is the article's publication period (None when unknown). ``cues`` are the rows
    of ``lib/rules/future_cues.csv`` compiled (``dates_cue_patterns.cue_patterns``); None reads no cue.
    ``anchor`` is the last day-precise date read before ``text`` (e.g. in an earlier sentence), so
    "the next day" can chain across sentences; a day-precise date earlier in ``text`` itself takes
    precedence, and a day-precise publication date stands in when there is neither.
    ``previous_sentence_date`` is the last date of any precision read in the sentence just before:
    "当时" / "at that time" refers back only that far; month and year anaphora ("同月", "a year
    later") count from it, else from ``anchor``.
    ``narrative_date``: with no publication date, the latest explicit date read before (``published``
    is then its year): weekdays, days of month and shifts ("yesterday", "last week", "上周") count
    from it, a weekday or day of month being the nearest such day to it, before or after.
    ``last_told`` is the last date of any precision read before ``text``, however far back: "次年7月",
    "the following year" count from it before ``anchor`` (a narrative goes on from the year it last told,
    "2021年是关键节点。…。次年7月").
    ``focus`` is the period a results article reports on, read before ``text`` (``dates_carried_forward.in_focus``):
    "the same period last year", "the previous quarter", 去年同期, 当季 count from it. "In this quarter",
    本季度 name it too, unless a future cue governs them: then they are publication's quarter.
    ``happening_day`` is the last day told before ``text`` as a listing's, a sale's or a launch's
    (``dates_carried_forward.happening_day_after``): 首日 counts from it before the last day.
    ``fiscal_year`` is the fiscal calendar of the company the sentence is about: a fiscal label ("Q1 FY2026",
    2026财年第一季度) is placed on it (``dates_fiscal``), else on the calendar; given as a function, it is asked
    for only by a fiscal label. ``fiscal_quarters``: the article names a fiscal year
    (``dates_fiscal.names_a_fiscal_year``), so a quarter told by its number alone ("fourth-quarter revenue", 首季)
    is on that calendar too, unless told ahead.
    ``workdays`` are the words of a month's first or last workday compiled (``dates_workdays.workday_patterns``
    of the corpus's rules); None: the built-in rules'.
    """
    # Full-width digits become ASCII so one set of patterns reads both; lengths, hence offsets, stay.
    scanned = ascii_digits(text)
    candidates = _READERS(scanned)  # most sentences hold no cue of any reader: one pass settles them
    # Placing the sentence before in the lunar calendar is dear: only for a sentence naming a festival.
    festivals = (read_festival_dates(scanned, in_new_year_days(previous_sentence_date))
                 if dates_festivals.GATE.search(scanned) else [])
    candidates += festivals
    candidates = happening_dates(scanned, candidates)
    if not candidates:
        return []  # most sentences: nothing below would change that
    readings = []
    for candidate in candidates:
        spec = candidate.spec
        if isinstance(spec, Chained) and spec.past_only and (
                cues is None or not told_as_past(scanned, candidate.start, candidate.end, cues)):
            spec = Shift(spec.unit, spec.offset)  # "Baidu expects growth this quarter": publication's
            candidate = replace(candidate, spec=spec)
        if isinstance(spec, Chained):
            if ((_this_quarter(spec) or spec.otherwise == LAST_CLOSED_QUARTER)
                    and published is not None and cues is not None
                    and ahead_cue(scanned, candidate.start, candidate.end, False, cues) is not None):
                if not _this_quarter(spec):
                    # "Revenue for the quarter is expected to grow 2%": guidance, no quarter closed
                    readings.append(Reading(replace(candidate, spec=replace(spec, otherwise=None)), None))
                    continue
                # "本季度营收将创新高": the quarter ahead is publication's, whatever was reported before
                candidate = replace(candidate, spec=Shift("quarter", 0))
                readings.append(Reading(candidate, resolve(candidate.spec, published)))
                continue
            readings.append(Reading(candidate, None))
            continue
        governed = soon = False
        if (published is not None and cues is not None and leaves_ahead_open(spec)
                and not reported_in_results(scanned, candidate.end, spec)):
            governed, soon = governed_or_soon(scanned, candidate, candidates, festivals, published, cues)
        elif (published is not None and cues is not None and isinstance(spec, InYear) and spec.of_the_year
              and ahead_cue(scanned, candidate.start, candidate.end, False, cues) is not None):
            # "去年营收增长两成，公司预计年底前扭亏": a plan's "the year" is publication's, not the year told before
            candidate = replace(candidate, spec=replace(spec, of_the_year=False))
        if (isinstance(spec, InYear) and (spec.fiscal or (fiscal_quarters and published is not None and not governed))
                and fiscal_year is not None
                and (calendar := fiscal_year() if callable(fiscal_year) else fiscal_year) is not None
                and (fiscal := fiscal_period(spec, calendar, published) if spec.fiscal
                     else plain_quarter_period(spec, calendar, published)) is not None):
            period = fiscal
        elif narrative_date is not None and isinstance(spec, Shift | OnWeekday | DayOfMonth):
            period = resolve_in_narrative(spec, narrative_date)
        else:
            period = resolve(spec, published, governed, soon)
            if isinstance(spec, DayOfMonth) and not governed:
                period = day_told_again(spec, period, anchor, published)
            if candidate in festivals and not governed:
                period = festival_in_the_year_told(scanned[candidate.start:candidate.end], spec, period, published,
                                                   last_told)
        if period is not None and cues is not None:
            period = year_edge_told_as_past(scanned, candidate, period, published, cues)
        if period is not None:
            readings.append(Reading(candidate, period, governed))
    if published is not None and published.precision == "month":  # "July 14 … on Thursday": from the day told
        readings += weekdays_from_the_day_told(candidates, readings, anchor, published)
    readings = in_the_stated_year(scanned, _longest_first(readings), published, lambda start, end: (
        cues is not None and told_by_its_saying(scanned, start, end, cues)))
    readings = ahead_of_the_day_told(readings, published, previous_sentence_date)
    if cues is not None:
        readings = in_a_series_ahead(readings, published, lambda start, end: (
            told_as_past(scanned, start, end, cues) or told_by_its_saying(scanned, start, end, cues)))
    readings = periods_named_by_their_end(scanned, starts_in_their_ends_year(scanned, ends_in_their_starts_year(
        scanned, readings)))
    readings = ranges_ended_by_publication(scanned, readings, published, lambda start, end: (
        cues is not None and told_as_past(scanned, start, end, cues)
        and ahead_cue(scanned, start, end, False, cues, window=YEAR_LESS_WINDOW) is None))
    readings = periods_named_by_their_months(scanned, readings)
    readings = workdays_of_their_month(scanned, readings, workdays)
    return chain_readings(text, readings, anchor, published, previous_sentence_date, focus, last_told, happening_day)


def _this_quarter(spec: Chained) -> bool:
    """"In this quarter", 本季度: the quarter in focus, else publication's."""
    return spec.unit == "quarter" and spec.offset == 0 and spec.or_published


def _longest_first(readings: list[Reading]) -> list[Reading]:
    """The longest readings that do not overlap a longer (or equally long, earlier) one, by start."""
    chosen: list[Reading] = []
    taken: list[tuple[int, int]] = []
    for reading in sorted(readings, key=lambda r: (r.candidate.start - r.candidate.end, r.candidate.start)):
        candidate = reading.candidate
        if all(candidate.end <= start or candidate.start >= end for start, end in taken):
            chosen.append(reading)
            taken.append((candidate.start, candidate.end))
    return sorted(chosen, key=lambda reading: reading.candidate.start)
