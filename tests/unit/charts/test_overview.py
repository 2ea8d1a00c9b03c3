"""Overview figures: one bar per month, one trace per company, whole-number ticks."""

import pandas as pd
import pytest

from lib.analyze.overview import COMPANY, LABEL, MONTH, N_DOCS, N_MENTIONS
from lib.charts.colors import OTHER_COLOR
from lib.charts.overview import (
    ARTICLES_TITLE,
    MENTIONS_TITLE,
    articles_per_month_chart,
    documents_by_label_chart,
    mentions_per_month_chart,
)

MONTHS = pd.to_datetime(["2024-11-01", "2024-12-01", "2025-01-01"])
PER_MONTH = pd.DataFrame({MONTH: MONTHS, N_DOCS: [3, 1, 6]})
MENTIONS = pd.DataFrame({
    MONTH: [MONTHS[0], MONTHS[1], MONTHS[0], MONTHS[2], MONTHS[2]],
    COMPANY: ["ByteDance", "ByteDance", "DeepSeek", "DeepSeek", "字节跳动"],
    N_MENTIONS: [7, 2, 1, 9, 4],
})


def test_articles_per_month_has_a_bar_per_month_and_the_counts():
    fig = articles_per_month_chart(PER_MONTH)
    assert list(fig.data[0].y) == [3, 1, 6]
    assert fig.layout.title.text == ARTICLES_TITLE
    assert fig.layout.xaxis.dtick == "M1"          # few months: every month labelled
    assert fig.layout.yaxis.dtick == 1             # small counts: no half-article ticks


def test_mentions_per_month_stacks_one_trace_per_company_in_frame_order():
    fig = mentions_per_month_chart(MENTIONS, {"ByteDance": "#c8102e", "DeepSeek": "#1f77b4"})
    assert [trace.name for trace in fig.data] == ["ByteDance", "DeepSeek", "字节跳动"]
    assert [list(trace.y) for trace in fig.data] == [[7, 2], [1, 9], [4]]
    assert [trace.marker.color for trace in fig.data] == ["#c8102e", "#1f77b4", OTHER_COLOR]
    assert fig.layout.barmode == "stack" and fig.layout.title.text == MENTIONS_TITLE
    assert fig.layout.yaxis.tickformat == ",d"     # the busiest month stacks to 13 mentions


@pytest.mark.parametrize(("months", "labelled_every_month"), [
    (["2024-01-01", "2024-12-01"], True),
    (["2022-01-01", "2024-12-01"], False),
])
def test_every_month_is_labelled_only_when_there_are_few(months, labelled_every_month):
    frame = pd.DataFrame({MONTH: pd.to_datetime(months), N_DOCS: [20, 30]})
    assert (articles_per_month_chart(frame).layout.xaxis.dtick == "M1") is labelled_every_month


def test_documents_by_label_lists_largest_on_top_with_the_given_title():
    counts = pd.DataFrame({LABEL: ["en", "zh", "unknown"], N_DOCS: [40, 25, 1]})
    fig = documents_by_label_chart(counts, "Documents by language")
    assert list(fig.data[0].y) == ["en", "zh", "unknown"] and fig.layout.yaxis.autorange == "reversed"
    assert fig.layout.title.text == "Documents by language"
    assert fig.layout.xaxis.tickformat == ",d"
