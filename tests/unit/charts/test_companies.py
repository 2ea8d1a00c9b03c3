"""Companies page figures: what each draws from its frame, and names kept as text, never markup."""

import pandas as pd
import pytest

from lib.analyze.companies import COMPANY, MONTH, N_EVENTS, N_MENTIONS, SHARE, SHORT_TITLE
from lib.analyze.distinctive_terms import Distinctive
from lib.analyze.term_stats import COUNT_A, COUNT_B
from lib.charts.colors import OTHER_COLOR
from lib.charts.companies import (
    NEGATIVE_COLOR,
    co_mention_heatmap,
    distinctive_terms_chart,
    event_types_chart,
    mentions_heatmap,
    share_of_voice_chart,
)
from lib.schema import EVENT_TYPES, Doc, Event, Stat, Term

COLORS = {"ByteDance": "#c8102e", "Alibaba": "#1f77b4"}
SHARE_FRAME = pd.DataFrame({
    MONTH: ["2025-01", "2025-01", "2025-02", "2025-02"],
    COMPANY: ["ByteDance", "Alibaba", "ByteDance", "Alibaba"],
    N_MENTIONS: [3, 1, 2, 2],
    SHARE: [0.75, 0.25, 0.5, 0.5],
})


def test_share_of_voice_stacks_percentages_per_company_with_their_colours():
    fig = share_of_voice_chart(SHARE_FRAME, ["ByteDance", "Alibaba"], COLORS)
    assert [(t.name, list(t.y), t.marker.color) for t in fig.data] == [
        ("ByteDance", [75.0, 50.0], "#c8102e"), ("Alibaba", [25.0, 50.0], "#1f77b4")]
    assert fig.layout.barmode == "stack" and fig.layout.title.text == "Share of voice: ByteDance vs Alibaba, by month"
    assert fig.layout.xaxis.dtick == "M1"


@pytest.mark.parametrize(("name", "shown"), [
    ("<b>Evil</b>", "&lt;b&gt;Evil&lt;/b&gt;"),
    ("AT&T", "AT&amp;T"),
    ("字节跳动", "字节跳动"),
])
def test_company_names_are_escaped_not_rendered(name, shown):
    frame = SHARE_FRAME.replace({"ByteDance": name})
    fig = share_of_voice_chart(frame, [name, "Alibaba"], COLORS)
    assert fig.data[0].name == shown and fig.data[0].marker.color == OTHER_COLOR


def test_mentions_heatmap_is_documents_by_companies_in_document_order():
    per_document = pd.DataFrame({
        Doc.DOC_ID: ["d2", "d2", "d1"], COMPANY: ["ByteDance", "Alibaba", "ByteDance"], N_MENTIONS: [4, 1, 2],
        Doc.TITLE: ["Doubao <script>", "Doubao <script>", "Qwen"], SHORT_TITLE: ["Doubao <script>"] * 2 + ["Qwen"],
    })
    heat = mentions_heatmap(per_document, ["ByteDance", "Alibaba"]).data[0]
    assert list(heat.y) == ["Doubao &lt;script&gt;", "Qwen"]
    assert [[None if v != v else v for v in row] for row in heat.z] == [[4, 1], [2, None]]


def test_co_mention_heatmap_keeps_the_matrix():
    matrix = pd.DataFrame([[0, 5], [5, 0]], index=["ByteDance", "Alibaba"], columns=["ByteDance", "Alibaba"])
    heat = co_mention_heatmap(matrix, ["ByteDance"]).data[0]
    assert list(heat.x) == list(heat.y) == ["ByteDance", "Alibaba"]
    assert [list(row) for row in heat.z] == [[0, 5], [5, 0]]


def test_event_types_are_in_schema_order_with_zero_for_a_missing_pair():
    first, second = EVENT_TYPES[1], EVENT_TYPES[0]
    counts = pd.DataFrame({COMPANY: ["ByteDance", "ByteDance", "Alibaba"],
                           Event.EVENT_TYPE: [first, second, "zz-unlisted"], N_EVENTS: [2, 1, 3]})
    fig = event_types_chart(counts, ["ByteDance", "Alibaba"], COLORS)
    assert list(fig.data[0].x) == [second, first, "zz-unlisted"]
    assert [list(t.y) for t in fig.data] == [[1, 2, 0], [0, 0, 3]]


def test_distinctive_terms_diverge_in_the_company_colour_and_grey():
    terms = pd.DataFrame({Term.TERM: ["doubao", "抖音", "qwen"], Term.LANG: ["en", "zh", "en"],
                          COUNT_A: [9, 5, 0], COUNT_B: [1, 0, 8], Stat.Z: [3.2, 2.1, -2.5]})
    found = Distinctive("ByteDance", terms, "the rest of the view", 4, 6)
    fig = distinctive_terms_chart(found, COLORS)
    bar = fig.data[0]
    assert list(bar.y) == ["qwen", "抖音", "doubao"]
    assert list(bar.marker.color) == [NEGATIVE_COLOR, "#c8102e", "#c8102e"]
    assert fig.layout.title.text == "Terms that set ByteDance's coverage apart"
    assert fig.layout.title.subtitle.text == "against the rest of the view"
