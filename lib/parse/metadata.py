"""Find an article's title, outlet, author and publication date, and merge in ``metadata.csv``.

Detection reads the ORIGINAL decoded text together with the blocks ``strip_boilerplate`` cut
from it, because bylines and datelines are usually among the cut lines and ``RemovedBlock.line``
numbers refer to the original text:

* title: the HTML title if given, else the first line that was not cut. A line of up to
  ``TITLE_MAX`` characters is used whole; a longer one (an article that opens with a paragraph)
  is shortened at a word boundary and ends with "…".
* source/author/date: looked for in the first ``HEAD_LINES`` non-empty lines (skipping lines cut
  as promotions, captions and the like) and in every line cut as byline/dateline/repost (the
  source and author of a byline line: ``lib.parse.bylines``). A date on a line that was kept only
  counts when the line is a dateline (the date, optionally after a cue such as "Published:" and
  before a time or a byline), never a date inside a sentence (``lib.parse.metadata_dates``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from lib.first_characters import with_first_character_lookahead
from lib.parse.bylines import source_and_author
from lib.parse.clean import RemovedBlock
from lib.parse.dateline_days import (
    a_year_on_by_the_leads_weekday,
    in_latest_stated_year,
    latest_stated_month,
    lead_of,
    on_or_after_the_latest,
    on_the_leads_weekday,
)
from lib.parse.datelines import Dateline, DatelineReader
from lib.parse.language import detect_language
from lib.parse.metadata_dates import (
    META_LABELS,
    dated_line,
    day_first_reading,
    glossed_today_month_day,
    other_reading,
    year_less_date_line_day,
)
from lib.parse.opening_today import opening_day_told_as_today
from lib.parse.script import to_simplified
from lib.parse.url_dates import date_in_url
from lib.periods import Period, parse_iso_period
from lib.rules import builtin_rules
from lib.schema import LANGUAGES

TITLE_MAX = 200
TITLE_SHORT = 120
HEAD_LINES = 10
CSV_ORIGINS = ("text", "metadata", "inferred")
_LANGUAGE_ALIASES = dict(builtin_rules().language_aliases)
_NUMERIC_DATE_ORDERS = dict(builtin_rules().numeric_date_orders)

_URL = with_first_character_lookahead(
    re.compile(r"(?:原文链接|原文地址|source url|original url|url)\s*[:：]\s*(?P<v>https?://\S+)", re.I))
_HEADING_MARKS = re.compile(r"^\s*(?:#{1,6}\s+|[*_]{1,3})|[*_]{1,3}\s*$")


@dataclass(frozen=True)
class DocMeta:
    title: str
    source: str
    author: str
    url: str
    published: Period | None
    date_origin: str  # one of lib.schema.DATE_ORIGINS
    language: str  # "" means: detect it from the text
    # (month, day) of a dateline that states no year ("1月9日电") when its year is at most a guess
    # from the years the text states: the address's date, when it has one, wins over the guess. Month 0
    # for a dateline stating its day alone ("【香港中通社十五日電】"): an address filed under a month makes
    # it that day of that month
    dateline_day: tuple[int, int] | None = None
    # The other reading of a publication day read from an ambiguous numeric date ("03/12/2021": March 12 or
    # December 3), taken when the address is filed under it
    other_reading: Period | None = None


def detect_metadata(raw_text: str, removed: Sequence[RemovedBlock], html_title: str = "",
                    datelines: DatelineReader | None = None, dated: bool = False) -> DocMeta:
    """Metadata read from the article: ``raw_text`` is the text BEFORE boilerplate was stripped.

    ``datelines`` reads with the rules of ``lib/rules/datelines.csv`` (the built-in ones when None):
    a wire dateline ("新华社北京2026年1月9日电（记者张三）", "BEIJING, Jan 20 (Reuters) -") fills
    the outlet, author and date that no byline or date line gave. ``dated``: the article's date is
    given (``dated_by_row``), so none is read from the text (no publication date, no dateline's day).
    """
    lines = raw_text.split("\n")
    cut = _cut_labels(removed)
    title = " ".join(html_title.split()) or _title(lines, cut)
    meta_numbers = _meta_line_numbers(lines, cut)
    candidates = [(lines[number], cut.get(number)) for number in meta_numbers]
    source, author = source_and_author(candidates)
    published, other = (None, None) if dated else _publication_date(candidates, raw_text)
    reader = DatelineReader(builtin_rules().dateline_cues) if datelines is None else datelines
    dateline_day = None
    for number, dateline in ((number, found) for number in meta_numbers
                             if (found := reader.read(lines[number])) is not None):
        source, author = source or dateline.outlet, author or dateline.author
        if dated:
            continue
        if published is None and dateline.published is None:
            dateline_day = _year_less_day(dateline_day, dateline)
        published = (published or dateline.published
                     or _in_latest_stated_year(dateline, lines, number, raw_text, reader)
                     or _on_the_leads_weekday(dateline, lines, number, raw_text, reader))
    if published is None and not dated and (today := _glossed_today(candidates)) is not None:
        dateline_day = dateline_day if dateline_day and dateline_day[0] else today
        published = in_latest_stated_year(today, raw_text, reader.not_reported)
    url = next((match["v"] for line, _ in candidates if (match := _URL.search(line))), "")
    return DocMeta(title, source, author, url, published, "text" if published else "unknown", "", dateline_day,
                   other)


def _in_latest_stated_year(dateline: Dateline, lines: Sequence[str], number: int, raw_text: str,
                           reader: DatelineReader) -> Period | None:
    """A year-less dateline's day (read on line ``number``) in the latest year the article states, a year on when
    its lead's weekday says so and that year is stated alone (``dateline_days.a_year_on_by_the_leads_weekday``)."""
    latest = latest_stated_month(raw_text, reader.not_reported) if dateline.month_day is not None else None
    stated = on_or_after_the_latest(dateline.month_day, latest)
    if stated is None:
        return None
    lead = lead_of(lines, number, reader.opening_length(to_simplified(lines[number])))
    return a_year_on_by_the_leads_weekday(stated, lead, year_alone=latest[1] == 0)


def _on_the_leads_weekday(dateline: Dateline, lines: Sequence[str], number: int, raw_text: str,
                          reader: DatelineReader) -> Period | None:
    """A year-less dateline's day (read on line ``number``) in the one year its lead's weekday and the years the
    article names allow (``dateline_days.on_the_leads_weekday``)."""
    if dateline.month_day is None:
        return None
    lead = lead_of(lines, number, reader.opening_length(to_simplified(lines[number])))
    return on_the_leads_weekday(dateline.month_day, lead, raw_text, reader.not_reported)


def _glossed_today(candidates: Sequence[tuple[str, str | None]]) -> tuple[int, int] | None:
    """(month, day) of a story opening with its day of writing glossed without a year ("Today (17 March), …"), or
    with a year-less day its first sentence calls today ("1月8日,…就在今天下午"), else of a date line printing its day
    without a year ("Deep News Oct 28"): read as a year-less dateline's day."""
    simplified = [to_simplified(line) for line, _ in candidates]
    return next((found for line in simplified
                 if (found := glossed_today_month_day(line) or opening_day_told_as_today(line))),
                next((found for line in simplified if (found := year_less_date_line_day(line))), None))


def _year_less_day(kept: tuple[int, int] | None, dateline: Dateline) -> tuple[int, int] | None:
    """``kept``, the year-less day of an earlier dateline, or ``dateline``'s: (month, day), month 0 for a
    day alone; the first month and day wins over any day alone, else the first day alone."""
    if kept is not None and kept[0]:
        return kept
    if dateline.month_day is not None:
        return dateline.month_day
    return kept or ((0, dateline.day) if dateline.day else None)


def _publication_date(candidates: Sequence[tuple[str, str | None]],
                      raw_text: str) -> tuple[Period | None, Period | None]:
    """The first day the metadata lines state, passing over a revision ("更新时间：…", "Updated …")
    while another line gives a day without one: a page that prints both is dated by its publication.
    An ambiguous slashed date is read in the order of the page's language (``numeric_date_orders.csv``).
    Second, that day read the other way round when its line states it as an ambiguous numeric date."""
    dated = [(found, line) for line, cut_as in candidates if (found := dated_line(to_simplified(line), cut_as))]
    chosen = next(((found, line) for found, line in dated if not found[1]), dated[0] if dated else None)
    if chosen is None:
        return None, None
    (period, _), line = chosen
    line = to_simplified(line)
    if (day_first := day_first_reading(line, period)) is not None and _prints_day_first(raw_text):
        return day_first, period
    return period, other_reading(line, period)


def _prints_day_first(raw_text: str) -> bool:
    return _NUMERIC_DATE_ORDERS.get(detect_language(raw_text)) == "day_first"


def dated_by_row(csv_row: Mapping[str, str] | None) -> bool:
    """Whether a ``metadata.csv`` row gives the article's publication date, which ``merge_metadata`` then takes
    whatever the text says: the text's date need not be read (``detect_metadata``'s ``dated``)."""
    value = csv_row.get("published") if csv_row else None
    if value is None or not str(value).strip():
        return False
    try:
        parse_iso_period(str(value).strip())
    except ValueError:
        return False
    return True


def merge_metadata(detected: DocMeta, csv_row: Mapping[str, str] | None) -> tuple[DocMeta, list[str]]:
    """``detected`` overridden by the non-blank values of a ``metadata.csv`` row, with warnings.

    With no publication date from either, the date the article's address is filed under fills it
    (``lib.parse.url_dates``), made a day by a year-less dateline of that month ("2月24日消息" under
    /202502/). The address's date also wins over a year-less dateline's year guessed from the years
    the text states: "新华社北京3月28日电" under /2024/03/29/ in a story recalling "2021年" is filed
    in 2024, the day before its address's date, not in 2021.
    """
    merged, warnings = _merge_row(detected, csv_row) if csv_row else (detected, [])
    return _dated_by_url(merged), warnings


def _dated_by_url(meta: DocMeta) -> DocMeta:
    if meta.other_reading is not None and meta.published is not None and meta.date_origin == "text":
        meta = _read_as_filed(meta)
    # only a month and day may have had its year guessed: a day alone never dates the article
    guessed = meta.published is not None and meta.dateline_day is not None and meta.dateline_day[0] != 0
    if (meta.published is not None and not guessed) or (filed := date_in_url(meta.url)) is None:
        return meta
    return replace(meta, published=_dated_to_the_day(filed, meta.dateline_day), date_origin="metadata")


def _read_as_filed(meta: DocMeta) -> DocMeta:
    """``meta`` dated by the other reading of its ambiguous numeric day when the address is filed under that
    reading and not under the first: "03/12/2021" under /2021/12/03/ is December 3, whatever layout the
    line's separators suggest, since an address's year-month-day order is never in doubt."""
    filed = date_in_url(meta.url)
    if filed is None or _holds(filed, meta.published) or not _holds(filed, meta.other_reading):
        return meta
    return replace(meta, published=meta.other_reading, other_reading=meta.published)


def _holds(filed: Period, day: Period) -> bool:
    return filed.start <= day.start <= filed.end


def _dated_to_the_day(filed: Period, dateline_day: tuple[int, int] | None) -> Period:
    """The address's month or year made a day by a year-less dateline in it, ``(month, day)``, month 0
    for a day alone: "2月24日消息" under /202502/ or "2 月 5 日上午消息" under /2021/ (a folder per
    year) is that day of that year, and "【香港中通社十五日電】" under /202509/ the 15th of that month."""
    if dateline_day is None or filed.precision not in ("month", "year"):
        return filed
    month, day = dateline_day
    if filed.precision == "month" and month not in (0, filed.start.month) or filed.precision == "year" and not month:
        return filed
    try:
        return Period(filed.start.replace(month=month or filed.start.month, day=day), "day")
    except ValueError:  # a dateline's February 30 leaves the address's date as it is
        return filed


def _merge_row(detected: DocMeta, csv_row: Mapping[str, str]) -> tuple[DocMeta, list[str]]:
    row = {str(key): str(value).strip() for key, value in csv_row.items() if value is not None}
    warnings: list[str] = []
    merged = replace(detected, **{name: row[name] for name in ("title", "source", "author", "url")
                                  if row.get(name)})
    merged = _merge_language(merged, row.get("language", ""), warnings)
    merged = _merge_published(merged, row.get("published", ""), row.get("date_origin", ""), warnings)
    return merged, warnings


def _merge_language(meta: DocMeta, value: str, warnings: list[str]) -> DocMeta:
    if not value:
        return meta
    language = _LANGUAGE_ALIASES.get(value.lower(), value.lower())
    if language in LANGUAGES:
        return replace(meta, language=language)
    warnings.append(f"language {value!r} is not one of {', '.join(LANGUAGES)}; detecting it from the text")
    return meta


def _merge_published(meta: DocMeta, value: str, origin: str, warnings: list[str]) -> DocMeta:
    origin = origin.lower()
    if origin and origin not in CSV_ORIGINS:
        warnings.append(f"date_origin {origin!r} is not one of {', '.join(CSV_ORIGINS)}; using 'metadata'")
        origin = ""
    if not value:
        if origin:
            warnings.append(f"date_origin {origin!r} given without a published date; ignored")
        return meta
    try:
        period = parse_iso_period(value)
    except ValueError:
        warnings.append(f"published {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD; "
                        "using the date found in the text")
        return meta
    return replace(meta, published=period, date_origin=origin or "metadata", dateline_day=None, other_reading=None)


def _cut_labels(removed: Sequence[RemovedBlock]) -> dict[int, str]:
    """Label of every cut line, by 0-based line index of the original text."""
    labels = {}
    for block in removed:
        for offset in range(block.text.count("\n") + 1):
            labels[block.line - 1 + offset] = block.label
    return labels


def _title(lines: Sequence[str], cut: Mapping[int, str]) -> str:
    first = next((line for number, line in enumerate(lines) if line.strip() and number not in cut), "")
    title = " ".join(_HEADING_MARKS.sub("", first).split())
    if len(title) <= TITLE_MAX:
        return title
    shortened = title[:TITLE_SHORT]
    space = shortened.rfind(" ")
    if space > TITLE_SHORT // 2:
        shortened = shortened[:space]
    return shortened.rstrip(" ,;:，；：") + "…"


def _meta_line_numbers(lines: Sequence[str], cut: Mapping[int, str]) -> list[int]:
    """The numbers of the lines metadata is read from, in order: head lines plus every metadata line cut
    anywhere (``cut``: the label each cut line was cut with)."""
    filled = [number for number, line in enumerate(lines) if line.strip()]
    head = {number for number in filled[:HEAD_LINES] if cut.get(number) in META_LABELS | {None}}
    anywhere = {number for number in filled if cut.get(number) in META_LABELS}
    return sorted(head | anywhere)
