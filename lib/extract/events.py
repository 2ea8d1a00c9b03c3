"""Events: every sentence that has a resolved date and names a company or a regulation.

One event per (sentence, date expression): a sentence such as "Doubao launched in the second half
of last year, after Baidu and Alibaba launched theirs in March and April" yields three events,
each carrying the companies of its date's clause (ByteDance; Baidu; Alibaba: see
``lib.extract.attribution``). The type comes from the trigger lists in
``lib/rules/event_triggers.csv`` (``lib.extract.event_types``). A date after the publication period
marks a plan (``planned``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial

from lib.extract.attribution import Attributor
from lib.extract.company_in_focus import companies_told, company_in_focus, leading_company, main_company
from lib.extract.dates import DateMatch, find_dates
from lib.extract.dates_cue_patterns import CuePatterns
from lib.extract.dates_fiscal import fiscal_year_of, names_a_fiscal_year
from lib.extract.dates_in_reading_order import DatesInReadingOrder
from lib.extract.event_types import EventTyper
from lib.extract.gazetteer import EntityMatch
from lib.extract.ledes import lede_companies
from lib.extract.press_time import told_at_press_time
from lib.extract.topic_chain import (
    SENTENCE_CLOSE,
    ArticleFocus,
    Topic,
    TopicChain,
    actors_of,
    context_of,
    named_in,
    topic_after,
)
from lib.extract.year_less_days import (
    YearLessDay,
    YearLessMonth,
    YearLessWeekday,
)
from lib.extract.year_less_parts import YearLessPart
from lib.periods import Period
from lib.rules.fiscal_years import FiscalYear
from lib.schema import COMPANY_SEPARATOR, YEAR_UNKNOWN
from lib.schema import Event as E


@dataclass(frozen=True)
class SentenceSpan:
    sent_id: int
    start: int
    end: int
    text: str


def sentence_events(
    doc_id: str,
    sentences: Sequence[SentenceSpan],
    mentions_by_sentence: dict[int, list[EntityMatch]],
    published: Period | None,
    typer: EventTyper,
    cues: CuePatterns | None = None,
    date_finder: Callable[..., list[DateMatch]] = find_dates,
    attributor: Attributor | None = None,
    datelines: Sequence[tuple[int, int]] = (),
) -> list[dict]:
    """Event rows (``lib.schema.Event`` columns) for one document, in reading order.

    ``cues`` are the future cues compiled (``dates_cue_patterns.cue_patterns``), None for none.

    The last day-precise date read so far anchors "the next day" in a later sentence. With an
    ``attributor``, each date takes the companies of its clause, and a sentence that only refers
    to a company ("the company", 该公司) takes the context's (``lib.extract.attribution``);
    without one, every date takes every company the sentence names. A Chinese article that opens
    with its subject dropped ("3月，连跑三地签下投资。") is about its main company.

    When ``published`` is unknown, the article is read as a narrative: year-less and relative
    dates resolve against the latest year an absolute date read so far reports ("in 2023 … in July"
    is July 2023, and so is "in 2023 … founded in 2015 … in July": a look back leaves the story's year;
    the first year read also places the days and months of its own sentence, "6月1日，雷军在2024…大会上表示",
    not its shifts), weekdays and shifts against the latest date the text states, with its year or
    without ("on August 31, 2023 … on Thursday", "2025年1月9日 … 3月5日 … 上周"). Such events are
    never ``planned``: only a publication date says what lay ahead. A weekday tied to its day earlier
    ("星期一(1月27日)") is that day when named again bare (``lib.extract.weekdays_told``), in an article dated
    to its month alone too.
    A month and day told before any year is read takes the year of the first date the story then states, if
    finer than a year and at most half a year later, else on or after the latest date finer than a year the story
    reports, not told as a company's past (``story_time.placed_before_the_first_date``); one that
    nothing places ("1月20日" then "founded in 2015") is still an event, with
    no date, its ``month_day`` and the qualifier ``YEAR_UNKNOWN``, for its story to place; so is a bare
    weekday that nothing reads ("DeepSeek released the model on Monday"), with its ``weekday``, and a month
    with no day ("ruled in March", 今年4月), with its ``month_day`` "--03" and precision "month".

    A sentence naming nothing that tells a figure by the period in focus ("for the quarter", "the
    year-ago quarter", 本季度, 去年同期) is the results report's, unless it names a subject of its own
    (an industry, a market, a country: ``Attributor.names_its_own_subject``).

    ``datelines`` are the text spans of the datelines that open a paragraph ("新华社北京1月9日电"):
    a date in one is the publication's, no event.
    """
    rows: list[dict] = []
    dates = DatesInReadingOrder(published, cues, date_finder, datelines,
                                names_a_fiscal_year(sentence.text for sentence in sentences))
    tallied = [companies_told(found) for found in mentions_by_sentence.values()]
    main, focused = main_company(tallied), company_in_focus(tallied)
    article = ArticleFocus(main, focused, leading_company(tallied))
    topics = TopicChain(article, attributor)  # what each sentence leaves the next to refer to
    opening = True  # no full sentence read yet: only a headline or byline lines
    for index, sentence in enumerate(sentences):
        # A fiscal label ("Q1 FY2026") is on the fiscal calendar of the company the sentence names, else of the
        # one it goes on about: the sentence before's, else the article's; worked out only if a fiscal label asks.
        own = [m.company for m in mentions_by_sentence.get(sentence.sent_id, []) if m.company]
        fiscal_year = fiscal_year_of(own) if own else partial(_calendar_of_the_topic, topics, main)
        read = dates.read(sentence.sent_id, sentence.text, sentence.start, fiscal_year)
        matches, unplaced, reported = read.matches, read.unplaced, read.reported
        mentions = mentions_by_sentence.get(sentence.sent_id, [])
        if not (matches or unplaced):
            # Only a later sentence may ask what this one was about: worked out then, if ever.
            topics.keep(sentence, mentions, opening)
            opening = opening and SENTENCE_CLOSE.search(sentence.text) is None
            continue
        spans = [(m.start, m.end) for m in matches]
        actors = actors_of(sentence, mentions, spans, attributor)
        mentions, named = actors.mentions, actors.named
        context = [] if named else context_of(sentence, actors, spans, topics.current(), opening, reported,
                                              article, attributor, any(m.compared for m in matches))
        if opening and not (named or context) and attributor is not None:
            # A lede naming no one sets the scene for the actors the next sentence names (``lib.extract.ledes``);
            # a headline or a byline stands apart by a blank line ("Santa Clara, Monday, 9 December 2024.").
            after = sentences[index + 1] if index + 1 < len(sentences) else None
            after = after if after is not None and after.start - sentence.end <= 1 else None
            context = lede_companies(sentence, mentions_by_sentence.get(sentence.sent_id, []), after,
                                     mentions_by_sentence.get(after.sent_id, []) if after else [], attributor)
        # "many campaigns for major tech firms this year", 中國企業開發的AI模型: firms referred to as a group, unless
        # the sentence refers to one of them ("This deal is the largest listing of Chinese tech companies since 2021").
        group = not named and attributor is not None and attributor.refers_to_a_group_of_firms(sentence.text)
        if group and not attributor.refers_to_a_company(sentence.text, spans):
            context = firms_of_a_group(topics.current()) or context
        topics.set(topic_after(sentence, actors, context, attributor))
        opening = opening and SENTENCE_CLOSE.search(sentence.text) is None
        regulations = _unique(m.entity for m in mentions if m.kind == "regulation")
        if not (named or context or group or regulations or (
                attributor is not None and attributor.refers_to_a_regulator(
                    sentence.text, [(m.start, m.end) for m in matches]))):
            continue
        if unplaced:
            matches = sorted([*matches, *unplaced], key=lambda m: m.start)
        if named and attributor is not None:
            companies_of = attributor.companies_of_dates(
                sentence.text, [(m.start, m.end) for m in matches],
                named_in(sentence, mentions))
        else:
            companies_of = [named or context] * len(matches)
        hits = typer.hits(sentence.text)
        # "截至发稿，股价报117.4港元": the time of writing is read (what follows may count from it), no event.
        dated = [(m, c) for m, c in zip(matches, companies_of, strict=True) if not told_at_press_time(m.text)]
        for number, (match, companies) in enumerate(dated):
            rows.append(_row(doc_id, sentence, number, match, companies, regulations,
                             typer.classify(sentence.text, (match.start, match.end), hits),
                             "context" if context or group else "text", published))
    return dates.placed(rows)


def firms_of_a_group(before: Topic) -> list[str]:
    """The firms a group noun ("major tech firms", 中国企业) stands for: the several the sentence before named
    ("major companies like ByteDance, Alibaba and Tencent …"); else [], and the sentence's event is the one company
    it otherwise refers to, or the group's, of no company, as a regulator's act on a class of firms is."""
    return before.companies if len(before.companies) > 1 else []


def _calendar_of_the_topic(topics: TopicChain, main: str) -> FiscalYear | None:
    """The fiscal calendar of the companies the sentence before is about, else of the article's main company."""
    return fiscal_year_of(topics.current().companies or ([main] if main else []))


def _row(doc_id: str, sentence: SentenceSpan, number: int,
         match: DateMatch | YearLessDay | YearLessMonth | YearLessPart | YearLessWeekday,
         companies: list[str],
         regulations: list[str], event_type: str, attribution: str, published: Period | None) -> dict:
    if event_type == "other" and regulations:
        event_type = "regulation"
    placed = isinstance(match, DateMatch)
    return {
        E.EVENT_ID: f"{doc_id}#{sentence.sent_id}.{number}",
        E.DOC_ID: doc_id,
        E.SENT_ID: sentence.sent_id,
        E.DATE: match.period.start.isoformat() if placed else "",
        E.PRECISION: match.period.precision if placed else "month" if isinstance(match, YearLessMonth)
        else match.precision if isinstance(match, YearLessPart) else "day",
        E.DATE_TEXT: match.text,
        E.COMPANIES: COMPANY_SEPARATOR.join(companies),
        E.EVENT_TYPE: event_type,
        E.SENTENCE: sentence.text,
        E.DATE_END: match.period.end.isoformat() if placed else "",
        E.QUALIFIER: match.qualifier if placed else YEAR_UNKNOWN,
        E.REGULATIONS: COMPANY_SEPARATOR.join(regulations),
        E.START: sentence.start + match.start,
        E.END: sentence.start + match.end,
        E.ATTRIBUTION: attribution,
        E.PLANNED: placed and is_planned(match.period, published),
        E.MONTH_DAY: match.month_day if isinstance(match, YearLessDay | YearLessMonth | YearLessPart) else "",
        E.WEEKDAY: match.name if isinstance(match, YearLessWeekday) else "",
    }


def is_planned(period: Period, published: Period | None) -> bool:
    """Whether ``period`` starts after the publication period ends: a plan, forecast or schedule."""
    return published is not None and period.start > published.end


def _unique(values) -> list[str]:
    return list(dict.fromkeys(values))
