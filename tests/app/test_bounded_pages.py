"""Issue 10: one long one-line article never makes a page send a message near Streamlit's limit."""

from __future__ import annotations

import json
import shutil

from tests.app.conftest import SEEDS, assert_no_exception
from tests.unit.pipeline.test_bounded_work import write_one_line

# Streamlit refuses messages over 200 MB; a page should stay far below it.
MESSAGE_BUDGET = 10_000_000


def test_timeline_with_a_long_one_line_article_sends_bounded_text(run_page, tmp_path):
    corpus = shutil.copytree(SEEDS, tmp_path / "corpus")
    write_one_line(corpus, "en", 200_000)
    app = run_page("app_pages/timeline.py", corpus=corpus, timeout=120)
    assert_no_exception(app)
    spec = app.get("plotly_chart")[0].proto.spec
    assert len(spec) < MESSAGE_BUDGET
    hovers = [text for trace in json.loads(spec)["data"] for text in trace.get("hovertext") or []]
    assert hovers and max(map(len, hovers)) < 3000
    tables = [t.value for t in app.dataframe if "sentence" in t.value.columns]
    assert tables and tables[0]["sentence"].str.len().max() <= 1000
