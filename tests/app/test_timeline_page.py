"""The Timeline page run through AppTest: lanes, filters from the URL, the basis switch, empty filters.

Clicking a mark cannot be done in AppTest (Plotly selections come from the browser); the browser
tests cover it. Here: what the figure and the table contain for each URL.
"""

from __future__ import annotations

import json
import shutil

import pytest

from lib.charts.provenance import figure_title
from tests.app.conftest import SEEDS, assert_no_exception, shown

PAGE = "app_pages/timeline.py"
EVENT_TITLE = "Events by company, placed at their event dates"
PUBLICATION_TITLE = "Events by company, placed at their documents' publication dates"
SEED_EVENTS = 43
SEED_LAUNCHES = 17


def figure(app) -> dict:
    charts = app.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def lanes(spec: dict) -> list[str]:
    return list(spec["layout"]["yaxis"]["ticktext"])


def marks(spec: dict) -> list[dict]:
    """Traces that draw events (the legend key traces carry no customdata)."""
    return [trace for trace in spec["data"] if trace.get("customdata")]


def hovers(spec: dict) -> list[str]:
    return [text for trace in marks(spec) for text in trace["hovertext"]]


def events_table(app):
    tables = [t.value for t in app.dataframe if "sentence" in t.value.columns
              and "month_day_label" not in t.value.columns]  # not the list of events whose year is unknown
    assert len(tables) == 1
    return tables[0]


def test_default_has_a_lane_per_company_most_events_first(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    spec = figure(app)
    assert figure_title(spec["layout"]) == EVENT_TITLE
    assert lanes(spec)[:2] == ["Xiaohongshu", "ByteDance"]
    assert {"Xiaohongshu", "ByteDance", "Meta"} <= {trace["name"] for trace in marks(spec)}
    assert any("precision: month" in text for text in hovers(spec))
    assert any(trace["type"] == "scatter" and trace["marker"]["symbol"] == "diamond" for trace in marks(spec))
    assert len(events_table(app)) == SEED_EVENTS
    # Two seed dates lie after their article's publication (January 19th, the end of the year).
    assert events_table(app)["planned"].sum() == 2
    assert "plan (after publication)" in [trace.get("name") for trace in spec["data"]]
    assert any(trace.get("marker", {}).get("symbol") == "diamond-open" for trace in marks(spec))
    assert any("5 of 5 documents" in c.value for c in app.caption)
    assert [b.label for b in app.get("download_button")] == ["Download report (HTML)", "Download events (CSV)"]


def test_company_filter_keeps_only_that_lane(run_page):
    app = run_page(PAGE, company="ByteDance")
    assert_no_exception(app)
    spec = figure(app)
    assert lanes(spec) == ["ByteDance"]
    assert {trace["name"] for trace in marks(spec)} == {"ByteDance"}
    table = events_table(app)
    assert len(table) > 0 and table["companies"].str.contains("ByteDance").all()


def test_event_type_filter(run_page):
    app = run_page(PAGE, type=["launch"])
    assert_no_exception(app)
    texts = hovers(figure(app))
    assert texts and all("event type: launch" in text for text in texts)
    table = events_table(app)
    assert len(table) == SEED_LAUNCHES and set(table["event_type"]) == {"launch"}


def test_outlet_filter(run_page):
    app = run_page(PAGE, outlet="Sina Technology")
    assert_no_exception(app)
    assert all("outlet: Sina Technology" in text for text in hovers(figure(app)))
    assert set(events_table(app)["outlet"]) == {"Sina Technology"}


def test_publication_date_basis(run_page):
    app = run_page(PAGE, basis="publication date", company="ByteDance")
    assert_no_exception(app)
    spec = figure(app)
    assert figure_title(spec["layout"]) == PUBLICATION_TITLE
    # ByteDance events come from a February 2024 article (month) and a 2025-01-16 one (day).
    bars = [trace for trace in marks(spec) if trace["type"] == "bar"]
    days = [trace for trace in marks(spec) if trace["type"] == "scatter"]
    assert {base for trace in bars for base in trace["base"]} == {"2024-02-01"}
    assert {x for trace in days for x in trace["x"]} == {"2025-01-16"}
    assert app.radio[0].value == "publication date"


@pytest.mark.parametrize("params", [
    {"company": "Qihoo 360", "docs": "004_7deb7713580fdd7d"},
])
def test_filter_that_leaves_no_documents(run_page, params):
    app = run_page(PAGE, **params)
    assert not app.exception
    assert not app.get("plotly_chart")
    assert any("No documents match" in info.value for info in app.info)


def test_documents_without_matching_events_say_so(run_page):
    # The first seed article has no regulation event: documents remain, events do not.
    app = run_page(PAGE, docs="000_ae120ede6c11f766", type=["regulation"])
    assert_no_exception(app)
    assert not app.get("plotly_chart")
    assert any("No dated events match" in info.value for info in app.info)
    assert any("No events in the filtered documents" in info.value for info in app.info)


def test_a_long_event_table_lists_the_latest_events_and_says_so(run_page, tmp_path):
    from benchmarks.synthetic_corpus import write_corpus
    from lib.analyze.timeline import MAX_TABLE_ROWS

    app = run_page(PAGE, corpus=write_corpus(tmp_path / "corpus", 80), timeout=120)
    assert_no_exception(app)
    table = events_table(app)
    notes = [c.value for c in app.caption if "most recent of" in c.value]
    assert len(table) == MAX_TABLE_ROWS and len(notes) == 1
    total = int(notes[0].split(" most recent of ")[1].split(" events")[0].replace(",", ""))
    assert total > MAX_TABLE_ROWS
    assert notes[0].startswith(f"Showing the {MAX_TABLE_ROWS:,} most recent of {total:,} events")
    assert table["date"].is_monotonic_increasing
    assert [b.label for b in app.get("download_button")] == ["Download report (HTML)", "Download events (CSV)"]


DENSITY_TITLE = "Events per company per month, placed at their event dates"


def test_density_toggle_from_the_url_draws_counts_per_company(run_page):
    app = run_page(PAGE, draw="density")
    assert_no_exception(app)
    spec = figure(app)
    assert figure_title(spec["layout"]) == DENSITY_TITLE
    assert lanes(spec)[:2] == ["Xiaohongshu", "ByteDance"]
    cells = marks(spec)
    assert cells and all(trace["type"] == "bar" for trace in cells)
    # Click data of a cell: its company and days, not a sentence (clicking lists the cell's events).
    assert all(len(point) == 3 and point[0] == trace["name"] for trace in cells for point in trace["customdata"])
    subtitle = spec["layout"]["title"]["subtitle"]["text"]
    assert "darker: more events dated within the month" in subtitle and "5 of 5 documents" in subtitle
    assert any("counted per calendar month" in c.value for c in app.caption)
    assert not any("Counts, not marks" in c.value for c in app.caption)
    assert app.radio[1].value == "density"
    assert len(events_table(app)) == SEED_EVENTS


def test_density_keeps_the_shared_filters_and_the_basis(run_page):
    app = run_page(PAGE, draw="density", company="ByteDance", basis="publication date")
    assert_no_exception(app)
    spec = figure(app)
    assert lanes(spec) == ["ByteDance"]
    assert figure_title(spec["layout"]).endswith("placed at their documents' publication dates")
    assert "companies: ByteDance" in spec["layout"]["title"]["subtitle"]["text"]


def test_auto_draws_counts_above_the_mark_cap_and_marks_below(run_page, monkeypatch):
    import lib.analyze.timeline

    monkeypatch.setattr(lib.analyze.timeline, "MAX_MARKS", 20)
    app = run_page(PAGE)
    assert_no_exception(app)
    assert figure_title(figure(app)["layout"]) == DENSITY_TITLE
    assert any(c.value.startswith("Counts, not marks:") and "than the 20 drawn" in c.value for c in app.caption)
    app = run_page(PAGE, draw="marks")
    assert_no_exception(app)
    assert figure_title(figure(app)["layout"]) == EVENT_TITLE
    app = run_page(PAGE, company="Meta")  # fewer marks than the cap: each event again
    assert_no_exception(app)
    assert figure_title(figure(app)["layout"]) == EVENT_TITLE


def test_stories_instead_of_events(run_page):
    app = run_page(PAGE, show="stories", company="Xiaohongshu")
    assert_no_exception(app)
    spec = figure(app)
    assert figure_title(spec["layout"]) == "Stories by company, at the date they report"
    assert spec["layout"]["yaxis"]["ticktext"] == ["Xiaohongshu"]
    ids = [row[0] for trace in marks(spec) for row in trace["customdata"]]
    assert ids and all(story.startswith("story-") for story in ids)
    assert all(radio.disabled for radio in app.radio)


# Moonshot AI's Kimi K2 of July 11, 2025: s124 and s128 date it, s125 (no publication date) says only
# "on July 11". s133 (no publication date) names Baidu's "3月14日" and "4月1日", which no story dates.
YEAR_LESS_ARTICLES = ("s124", "s125", "s128", "s133")


def test_year_less_days_a_story_dated_are_starred_and_the_others_listed_with_reader_links(run_page, tmp_path):
    from lib.charts.timeline import YEAR_FROM_STORY_HOVER, YEAR_FROM_STORY_LEGEND, YEAR_FROM_STORY_SYMBOL
    from tests.app.conftest import shown, story_articles_folder

    folder = story_articles_folder(tmp_path / "year-less", YEAR_LESS_ARTICLES)
    app = run_page(PAGE, corpus=folder, timeout=180)
    assert_no_exception(app)
    spec = figure(app)
    starred = [trace for trace in marks(spec) if trace["marker"]["symbol"] == YEAR_FROM_STORY_SYMBOL]
    assert [trace["name"] for trace in starred] == ["Moonshot AI"]
    assert starred[0]["x"] == ["2025-07-11"] and starred[0]["customdata"][0][0] == "s125"
    assert YEAR_FROM_STORY_HOVER in starred[0]["hovertext"][0]
    assert not any(YEAR_FROM_STORY_HOVER in text for trace in marks(spec) if trace not in starred
                   for text in trace["hovertext"])
    assert YEAR_FROM_STORY_LEGEND in [trace.get("name") for trace in spec["data"]]
    assert "2 events whose year is not known" in [shown(h.value) for h in app.subheader]
    unknown = [t.value for t in app.dataframe if "month_day_label" in t.value.columns]
    assert len(unknown) == 1
    assert unknown[0]["month_day_label"].tolist() == ["Mar 14", "Apr 1"]
    assert unknown[0]["doc_id"].tolist() == ["s133", "s133"]
    assert all(link.startswith("reader?doc=s133&sent=") and "search" not in link
               for link in unknown[0]["reader_url"])
    # The table of events says the same: the story's date and whence its year, the others' unknown year.
    table = events_table(app)
    from_story = table[table["doc_id"] == "s125"]
    assert from_story[["date", "qualifier"]].values.tolist() == [["2025-07-11", "year from its story"]]
    assert table.loc[table["doc_id"] == "s133", "qualifier"].tolist() == ["year unknown", "year unknown"]


def test_year_less_days_under_a_company_filter_and_on_the_publication_basis(run_page, tmp_path):
    from lib.charts.timeline import YEAR_FROM_STORY_SYMBOL
    from tests.app.conftest import shown, story_articles_folder

    folder = story_articles_folder(tmp_path / "year-less", YEAR_LESS_ARTICLES)
    app = run_page(PAGE, corpus=folder, timeout=180, company=["Moonshot AI"])
    assert_no_exception(app)
    assert "events whose year is not known" not in " ".join(shown(h.value) for h in app.subheader)
    by_publication = run_page(PAGE, corpus=folder, timeout=180, basis="publication date")
    assert_no_exception(by_publication)
    # An undated article has no publication date to be placed at: no star, however its year was found
    # (and here no article of the K2 story shows one, so nothing is drawn), yet the list stays.
    specs = [json.loads(chart.proto.spec) for chart in by_publication.get("plotly_chart")]
    assert not [trace for spec in specs for trace in marks(spec)
                if trace["marker"].get("symbol") == YEAR_FROM_STORY_SYMBOL]
    assert "2 events whose year is not known" in [shown(h.value) for h in by_publication.subheader]


def test_a_copied_article_is_counted_once_alike_in_the_caption_and_the_chart(run_page, tmp_path):
    folder = tmp_path / "seeds-and-a-copy"
    shutil.copytree(SEEDS, folder, ignore=shutil.ignore_patterns("__pycache__"))
    original = sorted(folder.glob("*.txt"))[0]
    (folder / "zz_copy.txt").write_bytes(original.read_bytes())
    app = run_page(PAGE, corpus=folder)
    assert_no_exception(app)
    counted_once = "5 of 5 documents (1 copy of other articles counted once)"
    assert any(shown(c.value).startswith(counted_once) for c in app.caption), [c.value for c in app.caption]
    assert counted_once in figure(app)["layout"]["title"]["subtitle"]["text"].replace("<br>", " ")
    # The sidebar sizes the folder the same way: five articles, one copy counted with its original.
    folder_size = [shown(c.value) for c in app.sidebar.caption if shown(c.value).startswith("Corpus folder")]
    assert folder_size and folder_size[0].endswith("· 5 documents (1 copy of other articles counted once)"), folder_size
