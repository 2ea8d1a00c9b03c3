"""The Keywords bar chart: heaviest term on top, labels by weight, height by rows."""

import pandas as pd
import pytest

from lib.analyze.keywords import FREQUENCY, LABEL, TFIDF
from lib.charts.keywords import top_terms_bar
from lib.schema import Stat

WEIGHTED = pd.DataFrame({
    LABEL: ["bytedance", "doubao", "大模型", "alibaba", "qwen"],
    Stat.WEIGHT: [12.0, 9.0, 7.0, 4.0, 2.0],
    Stat.COUNT: [12, 9, 7, 4, 2],
    Stat.N_DOCS: [5, 3, 2, 2, 1],
    Stat.TFIDF: [0.41, 0.37, 0.22, 0.12, 0.05],
})


@pytest.mark.parametrize(("top", "bars"), [(25, ["qwen", "alibaba", "大模型", "doubao", "bytedance"]),
                                           (2, ["doubao", "bytedance"])])
def test_the_top_terms_are_drawn_biggest_on_top(top, bars):
    bar = top_terms_bar(WEIGHTED, FREQUENCY, top=top).data[0]
    assert list(bar.y) == bars          # Plotly draws the first bar at the bottom
    assert list(bar.x) == sorted(bar.x)


@pytest.mark.parametrize(("weight", "text", "title"), [
    (FREQUENCY, ["2", "4", "7", "9", "12"], "Top 5 terms by frequency"),
    (TFIDF, ["2.000", "4.000", "7.000", "9.000", "12.000"], "Top 5 terms by TF-IDF"),
])
def test_labels_and_title_say_what_the_weight_is(weight, text, title):
    fig = top_terms_bar(WEIGHTED, weight)
    assert list(fig.data[0].text) == text
    assert fig.layout.title.text == title


def test_the_subject_joins_the_title_and_rows_set_the_height():
    fig = top_terms_bar(WEIGHTED, FREQUENCY, subject="ByteDance")
    assert fig.layout.title.text.endswith("— ByteDance")
    many = pd.concat([WEIGHTED] * 10, ignore_index=True)
    assert top_terms_bar(many, FREQUENCY, top=40).layout.height > fig.layout.height == 320
