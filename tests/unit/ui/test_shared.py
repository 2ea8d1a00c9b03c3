"""What every page says the same way: which story marks and lanes a chart leaves out."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest


def _left_out_script(rows: int, lanes: int, hidden: int, not_drawn: int, chosen: tuple[str, ...]) -> None:
    import pandas as pd

    from lib.analyze.story_views import StoryMarks
    from ui.shared import story_marks_left_out

    story_marks_left_out(StoryMarks(pd.DataFrame({"story_id": range(rows)}), [f"company {n}" for n in range(lanes)],
                                    hidden, not_drawn), tuple(chosen))


@pytest.mark.parametrize(("lanes", "hidden", "not_drawn", "chosen", "expected"), [
    (8, 0, 0, (), []),
    (8, 0, 40, (), ["The 300 most corroborated marks are drawn; 40 more are not."]),
    (8, 3, 0, (), ["Showing the 8 companies with the most stories; 3 other companies have no lane."]),
    (8, 3, 1_200, (), ["The 300 most corroborated marks are drawn; 1,200 more are not.",
                       "Showing the 8 companies with the most stories; 3 other companies have no lane."]),
    # The filters chose the lanes: the note says so, not "the companies with the most stories", and counts in the
    # singular when one.
    (1, 3, 0, ("company 0",), ["Showing the 1 lane of the companies chosen in the sidebar; 3 other companies named in "
                               "these stories have no lane."]),
    (2, 1, 0, ("company 0", "company 1"), ["Showing the 2 lanes of the companies chosen in the sidebar; 1 other "
                                           "company named in these stories has no lane."]),
    (1, 1, 0, (), ["Showing the 1 company with the most stories; 1 other company has no lane."]),
])
def test_a_story_chart_says_what_it_leaves_out_and_how_to_see_it(lanes, hidden, not_drawn, chosen, expected):
    app = AppTest.from_function(_left_out_script, kwargs={"rows": 300, "lanes": lanes, "hidden": hidden,
                                                          "not_drawn": not_drawn, "chosen": list(chosen)},
                                default_timeout=60).run()
    assert not app.exception
    captions = [element.value for element in app.caption]
    assert [caption.split(" Narrow")[0].split(" Choose")[0].split(" Add")[0] for caption in captions] == expected
    assert all("sidebar" in caption for caption in captions)


def _table_or_note_script(rows: int) -> None:
    import pandas as pd
    import streamlit as st

    from lib.analyze.filters import Filters, View
    from ui.shared import table_or_note

    frame = pd.DataFrame({"file": [f"file {n}.txt" for n in range(rows)]})
    view = View(Filters(), *[pd.DataFrame()] * 8)
    shown = table_or_note(frame, "No files were skipped.", "corpus", "skipped files", view, height=200)
    st.text(f"shown: {shown}")


@pytest.mark.parametrize(("rows", "shown"), [(0, False), (3, True)])
def test_a_table_comes_with_its_download_or_a_note_says_it_is_empty(rows, shown):
    app = AppTest.from_function(_table_or_note_script, kwargs={"rows": rows}, default_timeout=60).run()
    assert not app.exception
    assert app.text[0].value == f"shown: {shown}"
    assert [info.value for info in app.info] == ([] if shown else ["No files were skipped."])
    assert [len(table.value) for table in app.dataframe] == ([rows] if shown else [])
    assert len(app.get("download_button")) == int(shown)


def _chart_or_note_script(rows: int) -> None:
    import pandas as pd
    import plotly.graph_objects as go
    import streamlit as st

    from lib.analyze.filters import Filters, apply_filters
    from lib.pipeline.corpus import Corpus
    from lib.schema import Doc, Event, Mention, Sent, Term
    from ui.session import CORPUS, report_sections
    from ui.shared import chart_or_note

    frames = [pd.DataFrame(columns=columns) for columns in (Doc.COLUMNS, Sent.COLUMNS, Mention.COLUMNS,
                                                            Event.COLUMNS, Term.COLUMNS)]
    corpus = Corpus(*frames, *[pd.DataFrame()] * 3)
    st.session_state[CORPUS] = corpus
    answer = pd.DataFrame({"month": [f"2024-{n + 1:02d}" for n in range(rows)], "documents": range(rows)})
    view = apply_filters(corpus, Filters())
    drawn = chart_or_note(answer, "Nothing to draw per month.", go.Figure(go.Bar(x=answer.month, y=answer.documents)),
                          "overview", "articles-per-month", view, key="per-month")
    st.text(f"drawn: {drawn is not None}; report sections: {len(report_sections())}")


@pytest.mark.parametrize(("rows", "drawn"), [(0, False), (3, True)])
def test_a_chart_comes_with_the_views_caption_or_a_note_says_it_is_empty(rows, drawn):
    app = AppTest.from_function(_chart_or_note_script, kwargs={"rows": rows}, default_timeout=60).run()
    assert not app.exception
    assert app.text[0].value == f"drawn: {drawn}; report sections: {int(drawn)}"
    assert [info.value for info in app.info] == ([] if drawn else ["Nothing to draw per month."])
    assert len(app.get("plotly_chart")) == int(drawn)
    assert len(app.caption) == int(drawn)      # the view's caption, under the chart only
