"""The Timeline and Stories charts open on the dense mass of their marks and say what lies outside.

A corpus of recent articles (the synthetic generator's, 2020–2026) and one article telling founding
years and a plan for 2032: the charts open on the recent years, and their subtitle counts the marks
before and after. The seeds have no such tails: their charts show every mark and say nothing more.
"""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib.charts.date_axis import AUTOSCALE_TO_SEE_ALL, DOUBLE_CLICK_TO_SEE_ALL
from tests.app.conftest import assert_no_exception

TIMELINE, STORIES = "app_pages/timeline.py", "app_pages/stories.py"
HISTORY = """Title: Three decades of China's internet giants
Date: 2025-03-02
Source: Example Wire

Alibaba was founded in Hangzhou in 1999, and Tencent launched its QQ messenger in 1999.
Baidu launched its search engine in 2000, a year before ByteDance's founders finished school.
ByteDance launched its first news app in August 2012.
Tencent launched WeChat in January 2011.
Xiaohongshu said it plans to launch a global version of its app in 2032.
Tencent plans to open an AI research centre in 2033.
"""
NOTE = re.compile(r"Shown: (\d{4}-\d\d) to (\d{4}-\d\d); (?:([\d,]+) \w+ before)?(?: and )?"
                  r"(?:([\d,]+)(?: \w+)? after)? lies? outside it:<br>(.+)$")


@pytest.fixture(scope="module")
def far_tails(tmp_path_factory) -> Path:
    from benchmarks.synthetic_corpus import write_corpus

    folder = write_corpus(tmp_path_factory.mktemp("far-tails"), 30, seed=7)
    (folder / "zz_history.txt").write_text(HISTORY, encoding="utf-8")
    return folder


def figure(app) -> dict:
    charts = app.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def opening_note(spec: dict) -> dict | None:
    """The note's range, counts and how to see all, read from the subtitle; None without a note."""
    subtitle = spec["layout"]["title"].get("subtitle", {}).get("text", "")
    lines = subtitle.split("<br>")
    found = [NOTE.match("<br>".join(lines[i:i + 2])) for i, line in enumerate(lines) if line.startswith("Shown:")]
    if not found:
        return None
    assert found[0], subtitle
    first, last, before, after, see_all = found[0].groups()
    return {"first": first, "last": last, "before": int((before or "0").replace(",", "")),
            "after": int((after or "0").replace(",", "")), "see_all": see_all}


def values(data) -> np.ndarray:
    """A trace's array as the figure's JSON holds it: a list, or a typed array (``bdata``, base64)."""
    if isinstance(data, dict) and "bdata" in data:
        return np.frombuffer(base64.b64decode(data["bdata"]), dtype=data["dtype"])
    return np.asarray(data)


def marks_outside(spec: dict) -> tuple[int, int]:
    """Marks the figure's data put wholly before and after its x range (bars from ``base`` for ``x`` ms)."""
    first, last = (pd.Timestamp(day) for day in spec["layout"]["xaxis"]["range"])
    before = after = 0
    for trace in spec["data"]:
        if not trace.get("customdata"):
            continue
        if trace["type"] == "bar":
            starts = pd.to_datetime(pd.Series(trace["base"]))
            stops = starts + pd.to_timedelta(pd.Series(values(trace["x"]), dtype=float), unit="ms")
        else:
            starts = stops = pd.to_datetime(pd.Series(trace["x"]))
        before += int((stops <= first).sum())
        after += int((starts >= last).sum())
    return before, after


# Two companies' 60-odd marks leave out only their farthest mark on either side (2000 and 2032): ByteDance's
# 2012 stays, the second of its marks.
TWO_COMPANIES = {"company": ["ByteDance", "Xiaohongshu"]}
MASS, OUTERMOST = ("2019-01", "2029-12"), ("2001-01", "2031-12")


@pytest.mark.parametrize(("page", "params", "within"), [
    (TIMELINE, {}, MASS),
    (TIMELINE, TWO_COMPANIES, OUTERMOST),
    (TIMELINE, {"show": "stories"}, MASS),
    (STORIES, {}, MASS),
    (STORIES, TWO_COMPANIES, OUTERMOST),
])
def test_a_corpus_with_far_tails_opens_on_its_mass_and_counts_what_lies_outside(run_page, far_tails, page, params,
                                                                                within):
    app = run_page(page, corpus=far_tails, timeout=180, **params)
    assert_no_exception(app)
    spec = figure(app)
    note = opening_note(spec)
    assert note is not None, spec["layout"]["title"]
    assert note["first"] >= within[0] and note["last"] <= within[1]
    assert (note["before"], note["after"]) == marks_outside(spec) and note["before"] + note["after"] > 0
    assert note["see_all"] == DOUBLE_CLICK_TO_SEE_ALL
    assert spec["layout"]["xaxis"]["range"][0][:7] == note["first"]


def test_the_density_opens_on_the_mass_and_names_its_autoscale_button(run_page, far_tails):
    app = run_page(TIMELINE, corpus=far_tails, timeout=180, draw="density")
    assert_no_exception(app)
    spec = figure(app)
    note = opening_note(spec)
    assert note is not None and note["see_all"] == AUTOSCALE_TO_SEE_ALL
    assert note["before"] + note["after"] > 0 and spec["layout"]["xaxis"]["range"][0] >= "2019-01"
    # The density's own key stays first.
    assert spec["layout"]["title"]["subtitle"]["text"].startswith("darker: more events dated within the")


@pytest.mark.parametrize("page", [TIMELINE, STORIES])
def test_dates_the_user_chose_are_shown_whole(run_page, far_tails, page):
    app = run_page(page, corpus=far_tails, timeout=180, dates=["2000-01-01", "2032-12-31"])
    assert_no_exception(app)
    spec = figure(app)
    assert opening_note(spec) is None and marks_outside(spec) == (0, 0)
    assert spec["layout"]["xaxis"]["range"][0] < "2000-01-01"


@pytest.mark.parametrize(("page", "params"), [
    (TIMELINE, {}), (TIMELINE, {"company": "ByteDance"}), (TIMELINE, {"draw": "density"}),
    (TIMELINE, {"show": "stories"}), (STORIES, {}), (STORIES, {"company": "ByteDance"}),
])
def test_the_seeds_show_every_mark_and_say_nothing_more(run_page, page, params):
    app = run_page(page, **params)
    assert_no_exception(app)
    spec = figure(app)
    assert opening_note(spec) is None and marks_outside(spec) == (0, 0)
