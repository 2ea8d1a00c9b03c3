"""Stories: happenings reported by one or more articles, in any mix of outlets and languages.

The stories of the current view on a timeline (one lane per company, circles sized by the number of
articles reporting them) and in a list; click either to open a story's card: its facts and every
source sentence, English and Chinese side by side, each one click from the Reader. The open story
(``?story=``), the list's order and the titles' language live in the URL.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.analyze.story_views import (
    DATE_NOTE,
    OUTLET,
    SORT_COVERAGE,
    SORTS,
    sorted_stories,
    story_sources,
)
from lib.charts.stories import stories_figure, story_date_range
from lib.markup import escape_markdown, escaped_prefix, plural
from lib.schema import DATELINE_DAY, HAPPENING_DAY_UNTOLD, TODAY_UNDATED, YEAR_FROM_STORY, Doc, Event, Story
from ui.params import (
    READER_PAGE,
    STORY,
    STORY_SORT,
    TITLE_LANGUAGE,
    reader_query_params,
    shared_filters_now,
)
from ui.session import company_colors, current_corpus, current_view
from ui.shared import (
    chart_or_note,
    csv_download,
    note,
    report_download,
    report_table,
    stop_if_empty,
    story_marks_left_out,
)
from ui.story_cache import corpus_stories, corpus_story_table, stories_of_view
from ui.view_cache import view_story_marks

PAGE = "stories"
CHART_KEY, LIST_KEY = "stories-chart", "stories-list"
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese"}
# Bound widgets write the shown option into the URL: plain words, not labels with counts.
LANGUAGE_CODES = {name: code for code, name in LANGUAGE_NAMES.items()}
MAX_LISTED = 500  # every listed row is sent on each rerun
MAX_SOURCES = 40  # per language column of a card
LIST_COLUMNS = [Story.DATE, Story.PRECISION, Story.COMPANIES, Story.TITLE, Story.N_ARTICLES, Story.N_OUTLETS,
                Story.LANGUAGES, Story.FIRST_PUBLISHED, Story.FIRST_OUTLET]
LIST_LABELS = {
    Story.DATE: st.column_config.TextColumn("Date", width=90),
    Story.PRECISION: st.column_config.TextColumn("Precision", width=70),
    Story.COMPANIES: st.column_config.TextColumn("Companies", width=130),
    Story.TITLE: st.column_config.TextColumn("Story", width=420),
    Story.N_ARTICLES: st.column_config.NumberColumn("Articles", width=65, help="Articles that report it"),
    Story.N_OUTLETS: st.column_config.NumberColumn("Outlets", width=60),
    Story.LANGUAGES: st.column_config.TextColumn("Languages", width=75),
    Story.FIRST_PUBLISHED: st.column_config.TextColumn("First reported", width=100),
    Story.FIRST_OUTLET: st.column_config.TextColumn("First by", width=120),
}


def open_story(story_id: str | None) -> None:
    if story_id:
        st.query_params[STORY] = story_id


def on_chart_click() -> None:
    points = st.session_state[CHART_KEY].selection.get("points", [])
    if points and points[0].get("customdata"):
        open_story(str(points[0]["customdata"][0]))


def on_list_pick(listed: list[str]) -> None:
    rows = st.session_state[LIST_KEY].selection.get("rows", [])
    if rows and rows[0] < len(listed):
        open_story(listed[rows[0]])


def show_chart(stories: pd.DataFrame, language: str | None) -> None:
    marks = view_story_marks(current_corpus(), view, language)     # the marks of ``stories``
    lanes = marks.lanes
    # Built once per view and title language (its hovers carry the titles).
    if chart_or_note(marks.rows, "None of these stories names a company the filters keep.",
                     lambda: stories_figure(marks.rows, lanes, company_colors(),
                                            "Stories by company, at the date they report",
                                            story_date_range(marks.rows, trim=not view.filters.has_dates)),
                     PAGE, "stories", view, key=CHART_KEY, on_select=on_chart_click, selection_mode="points",
                     varies_with=(language,)) is None:
        return
    note(f"{plural(len(stories), 'story', 'stories')} with an event in this view, in {len(lanes)} lane(s). A circle's "
         "size is the number of articles that report the story (over the whole corpus); a story naming two "
         "companies sits in both lanes. Click a circle to open its card.")
    story_marks_left_out(marks, view.filters.companies)


def show_list(stories: pd.DataFrame, sort: str) -> None:
    listed = sorted_stories(stories, sort).head(MAX_LISTED)
    ids = listed[Story.STORY_ID].tolist()
    st.dataframe(listed, hide_index=True, width="stretch", height=min(420, 40 + 35 * len(listed)),
                 column_order=LIST_COLUMNS, column_config=LIST_LABELS, key=LIST_KEY,
                 on_select=lambda: on_list_pick(ids), selection_mode="single-row")
    st.caption(("" if len(listed) == len(stories) else f"The first {len(listed):,} of {len(stories):,} stories. ")
               + "Select a row to open the story's card. Counts are over the whole corpus.")
    csv_download(lambda: sorted_stories(stories, sort)[Story.COLUMNS], PAGE, "stories", view)


def show_card(story: pd.Series, in_view: bool) -> None:
    st.divider()
    st.subheader(escape_markdown(story[Story.TITLE]))
    if not in_view:
        st.info(f"This story has no event in the current filters ({escape_markdown(view.filters.describe())}); "
                "its card is open because the link names it.", icon=":material/filter_alt_off:")
    first = (f"{story[Story.FIRST_PUBLISHED] or 'date unknown'} by {story[Story.FIRST_OUTLET] or 'an unknown outlet'}")
    languages = ", ".join(LANGUAGE_NAMES.get(code, code) for code in str(story[Story.LANGUAGES]).split(";") if code)
    facts = [("Date", f"{story[Story.DATE]} ({story[Story.PRECISION]})"),
             ("Companies", str(story[Story.COMPANIES]).replace(";", ", ")),
             ("First reported", first),
             ("Corroboration", f"{plural(int(story[Story.N_ARTICLES]), 'article')}, "
                               f"{plural(int(story[Story.N_OUTLETS]), 'outlet')}, languages: {languages or 'unknown'}")]
    st.markdown("  \n".join(f"**{name}:** {escape_markdown(value)}" for name, value in facts))
    report_table(f"Story: {story[Story.TITLE]}", pd.DataFrame(facts, columns=["", "value"]))
    corpus = current_corpus()
    stories = corpus_stories(corpus)
    in_story = corpus.events[stories.of_event.reindex(corpus.events.index).fillna("") == story[Story.STORY_ID]]
    # Dated as the story dated them: a year-less day of an undated article says its year is the story's; an
    # opening that states no date of its own follows, dated by its dateline.
    sources = story_sources(story[Story.STORY_ID], stories.reports_with_stories(in_story), stories.of_event,
                            corpus.documents)
    report_table("Sources", sources)
    if (sources[DATE_NOTE] != "").any():
        st.caption("Each source says the date it reports and how it was read: \"year from its story\" is an "
                   "article with no publication date that names only the month and day, given the year of the "
                   "story its other sources date; \"day of its dateline\" an opening sentence that states no date "
                   "itself, dated by the dateline before it (\"Rome, Jan. 30 (LaPresse) –\"); \"today in an "
                   "undated article\" a sentence saying today (今日) in an article with no publication date, in the "
                   "one story of its company it says alike; \"day of a happening it names, not told\" a sentence "
                   "dated only by a launch or listing it names (上市當天, \"on launch day\") whose day its article "
                   "never tells, in the one story of its company it says alike; \"plan\" a date after its "
                   "article's publication.")
    english, chinese = st.columns(2)
    other = sources[~sources[Doc.LANGUAGE].isin(LANGUAGE_NAMES)]
    for column, code in ((english, "en"), (chinese, "zh")):
        with column:
            show_sources(LANGUAGE_NAMES[code], sources[sources[Doc.LANGUAGE] == code])
    if not other.empty:
        show_sources("Other or mixed languages", other)


def source_date_words(source: dict) -> str:
    """"Reports 2025-01-20 (day)", with how the date was read when it was not simply stated."""
    words = f"Reports “{source[Event.DATE_TEXT]}” → {source[Event.DATE] or 'no date'} ({source[Event.PRECISION]}"
    note = source[DATE_NOTE]
    if note == YEAR_FROM_STORY:
        only = "the weekday" if source.get(Event.WEEKDAY) else "the month and day"
        note = f"year from its story: the article gives only {only}"
    elif note == DATELINE_DAY:
        note = "day of its dateline: the sentence states no date of its own"
    elif note == TODAY_UNDATED:
        note = "today in an undated article: the day is its story's"
    elif note == HAPPENING_DAY_UNTOLD:
        note = "day of a happening it names, not told: the day is its story's"
    return words + (f"; {note})" if note else ")")


def show_sources(heading: str, sources: pd.DataFrame) -> None:
    st.markdown(f"**{heading}** · {plural(len(sources), 'source')}")
    if sources.empty:
        st.caption(f"No source in {heading}.")
    current = shared_filters_now()
    for row in sources.head(MAX_SOURCES).itertuples(index=False):
        source = row._asdict()
        with st.container(border=True):
            st.markdown(escape_markdown(source[Event.SENTENCE]))
            st.caption(escape_markdown(f"{source[OUTLET]} · published {source[Doc.PUBLISHED] or 'date unknown'} · "
                                       f"{source[Doc.TITLE] or source[Event.DOC_ID]}"))
            st.caption(escape_markdown(source_date_words(source)))
            st.page_link(READER_PAGE, label="Open in the Reader at this sentence", icon=":material/article:",
                         query_params=reader_query_params(source[Event.DOC_ID], source[Event.SENT_ID], current))
    if len(sources) > MAX_SOURCES:
        st.caption(f"The first {MAX_SOURCES} of {len(sources):,} sources; the report's table has all.")


view = current_view()
stop_if_empty(view)
st.title("Stories")
report_download("Stories", PAGE, view)
controls = st.columns([1, 1])
with controls[0]:
    sort = st.segmented_control("Sort the list by", SORTS, key=STORY_SORT, bind="query-params",
                                default=SORT_COVERAGE,
                                help="Coverage: most articles first. Date: newest story first.") or SORT_COVERAGE
with controls[1]:
    language = st.segmented_control(
        "Story titles in", list(LANGUAGE_CODES), key=TITLE_LANGUAGE, bind="query-params",
        help="A story's title is its most central sentence; in the language chosen here when one of its "
             "sources is in it. None chosen: whichever language says it best.")
title_language = LANGUAGE_CODES.get(language or "")
table = corpus_story_table(current_corpus(), title_language)
in_view = stories_of_view(current_corpus(), view, title_language)
if in_view.empty:
    st.info(f"No stories in the current view ({escape_markdown(view.filters.describe())}): no event here names "
            "a company with a date. Widen the date range or clear some filters in the sidebar.")
else:
    show_chart(in_view, title_language)
years = corpus_stories(current_corpus()).years
if len(years.date) or years.unplaced:
    st.caption(f"Articles with no publication date: {plural(len(years.date), 'year-less day')} ("
               "\"1月20日\", \"on July 11\") took the year of the story they report, dated by other articles "
               f"(the Reader says \"year from its story\"); {plural(years.unplaced, 'other')} fit no story or stories "
               "of different years and keep the year unknown (the Reader shows them as \"year unknown\").")
requested = st.query_params.get(STORY)
if requested:
    chosen = table[table[Story.STORY_ID] == requested]
    if chosen.empty:
        st.warning(f"The link names story {escaped_prefix(requested)}, which is not in this corpus.",
                   icon=":material/link_off:")
    else:
        show_card(chosen.iloc[0], requested in set(in_view[Story.STORY_ID]))
if not in_view.empty:
    st.subheader("All stories in this view")
    show_list(in_view, sort)
