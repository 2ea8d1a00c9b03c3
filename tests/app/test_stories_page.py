"""The Stories page through AppTest: the chart and list of the view's stories, the card from the URL.

Clicks on the chart or the list come from the browser (tests/browser/test_stories.py); here the
URL opens a card, as a click does.
"""

from __future__ import annotations

import json

from lib.charts.provenance import figure_title
from lib.schema import COMPANY_SEPARATOR
from tests.app.conftest import KLING_ARTICLES, assert_no_exception, shown, story_articles_folder

PAGE = "app_pages/stories.py"
TITLE = "Stories by company, at the date they report"


def figure(app) -> dict:
    charts = app.get("plotly_chart")
    assert len(charts) == 1
    return json.loads(charts[0].proto.spec)


def story_list(app):
    tables = [t.value for t in app.dataframe if "n_articles" in t.value.columns]
    assert len(tables) == 1
    return tables[0]


def lane_traces(spec: dict) -> list[dict]:
    return [trace for trace in spec["data"] if trace.get("customdata")]


def reader_links(app) -> list[str]:
    return [link.proto.query_string for link in app.get("page_link") if link.proto.page == "reader"]


def story_id_of(app, day: str, n_articles: int) -> str:
    table = story_list(app)
    return table.loc[(table["date"] == day) & (table["n_articles"] == n_articles), "story_id"].iloc[0]


def test_default_draws_every_story_of_the_seeds_and_lists_them_by_coverage(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    spec = figure(app)
    assert figure_title(spec["layout"]) == TITLE
    assert spec["layout"]["yaxis"]["ticktext"][0] == "Xiaohongshu"
    table = story_list(app)
    assert table["n_articles"].is_monotonic_decreasing
    # The two seed stories reported by two articles each come first: the Trik launch and the team.
    assert set(table["n_articles"].head(2)) == {2}
    assert set(table["date"].head(2)) == {"2023-04-01", "2023-03-01"}
    drawn = {row[0] for trace in lane_traces(spec) for row in trace["customdata"]}
    assert drawn == set(table["story_id"])
    assert not reader_links(app)  # no card open


def test_no_progress_bar_is_left_once_the_stories_are_grouped(run_page):
    app = run_page(PAGE)  # an empty vector cache: this run encodes the event sentences, behind a progress bar
    assert_no_exception(app)
    assert not app.get("progress")
    assert story_list(app)["n_articles"].sum() > 0


def test_sorted_by_date_from_the_url(run_page):
    app = run_page(PAGE, sort="date")
    assert_no_exception(app)
    assert story_list(app)["date"].is_monotonic_decreasing


def test_company_filter_keeps_that_lane_and_its_stories(run_page):
    everything = story_list(run_page(PAGE))
    app = run_page(PAGE, company="ByteDance")
    assert_no_exception(app)
    spec = figure(app)
    assert spec["layout"]["yaxis"]["ticktext"] == ["ByteDance"]
    table = story_list(app)
    assert 0 < len(table) < len(everything)
    assert table["companies"].str.contains("ByteDance").all()
    # The lane is the one chosen, not "the 1 companies with the most stories"; the others its stories name are
    # counted (every company but ByteDance in the listed stories).
    others = set(table["companies"].str.split(COMPANY_SEPARATOR).explode().str.strip()) - {"ByteDance", ""}
    lanes_note = [shown(c.value) for c in app.caption if "no lane" in shown(c.value)]
    assert lanes_note == [f"Showing the 1 lane of the companies chosen in the sidebar; {len(others)} other companies "
                          "named in these stories have no lane. Add them in the sidebar to see theirs."]


def test_a_story_in_the_url_opens_its_card_with_each_source_linked_to_the_reader(run_page):
    trik = story_id_of(run_page(PAGE), "2023-04-01", 2)  # the April 2023 Trik launch
    app = run_page(PAGE, story=trik)
    assert_no_exception(app)
    assert any("April" in shown(h.value) for h in app.subheader)
    facts = next(shown(m.value) for m in app.markdown if m.value.startswith("**Date:**"))
    assert "2023-04-01 (month)" in facts and "2 articles" in facts and "Xiaohongshu" in facts
    links = reader_links(app)
    assert len(links) == 2 and all("doc=" in q and "&sent=" in q for q in links)
    assert len({q.split("&")[0] for q in links}) == 2  # two different articles


def test_a_card_shows_english_and_chinese_sources_side_by_side(run_page, tmp_path):
    folder = story_articles_folder(tmp_path / "kling", KLING_ARTICLES)
    first = run_page(PAGE, corpus=folder, timeout=180)
    kling = story_list(first)
    kling = kling[kling["languages"] == "en;zh"]
    assert len(kling) == 1
    app = run_page(PAGE, corpus=folder, story=kling["story_id"].iloc[0], lang="Chinese")
    assert_no_exception(app)
    headings = [shown(m.value) for m in app.markdown if m.value.startswith("**")]
    assert "**English** · 1 source" in headings and "**Chinese** · 1 source" in headings
    # The title in the chosen language: the Chinese report's sentence.
    assert any("快手" in shown(h.value) or "可灵" in shown(h.value) for h in app.subheader)
    assert len(reader_links(app)) == 2


def test_an_unknown_story_in_the_url_says_so(run_page):
    app = run_page(PAGE, story="story-0000000000")
    assert not app.exception
    assert any("not in this corpus" in w.value for w in app.warning)


def test_a_filter_that_leaves_no_story_says_so(run_page):
    app = run_page(PAGE, docs="004_7deb7713580fdd7d", type=["regulation"])
    assert not app.exception
    assert not app.get("plotly_chart")
    assert any("No stories" in i.value or "No documents" in i.value for i in app.info)


# Moonshot AI's Kimi K2 of July 11, 2025: s124 and s128 date it; s125 shows no publication date
# and says only "on July 11".
K2_ARTICLES = ("s124", "s125", "s128")


def test_a_year_less_day_of_an_undated_article_joins_its_story_and_the_reader_says_whence_its_year(
        run_page, tmp_path):
    from urllib.parse import parse_qs

    folder = story_articles_folder(tmp_path / "k2", K2_ARTICLES)
    app = run_page(PAGE, corpus=folder, timeout=180)
    assert_no_exception(app)
    stories = story_list(app)
    k2 = stories[stories["n_articles"] == 3]
    assert len(k2) == 1 and k2["date"].iloc[0] == "2025-07-11"
    assert any("1 year-less day" in shown(c.value) and "0 others" in shown(c.value) for c in app.caption)
    card = run_page(PAGE, corpus=folder, story=k2["story_id"].iloc[0])
    docs = [parse_qs(link)["doc"][0] for link in reader_links(card)]
    assert len(set(docs)) == 3
    # Each source says the date it reports and, for the undated article's "July 11", whence its year.
    reports = [shown(c.value) for c in card.caption if shown(c.value).startswith("Reports")]
    assert len(reports) == 3 and all("→ 2025-07-11 (day" in words for words in reports)
    assert [words for words in reports if "year from its story" in words] == [
        "Reports “July 11” → 2025-07-11 (day; year from its story: the article gives only the month and day)"]
    assert any("\"year from its story\" is an article with no publication date" in shown(c.value)
               for c in card.caption)
    labels = []
    for doc in docs:
        reader = run_page("app_pages/reader.py", corpus=folder, doc=doc)
        assert_no_exception(reader)
        labels.append("2025-07-11 · day (year from its story)" in "\n".join(h.proto.body for h in reader.get("html")))
    assert sorted(labels) == [False, False, True]


# The Italian privacy regulator's order against DeepSeek of January 30, 2025: LaPresse's wire (s423) says the day
# only in its dateline ("Rome, Jan. 30 (LaPresse) –"), s424 states it in its sentence.
GARANTE_ARTICLES = ("s423", "s424")


def test_an_opening_dated_by_its_dateline_joins_its_story_and_the_card_says_so(run_page, tmp_path):
    folder = story_articles_folder(tmp_path / "garante", GARANTE_ARTICLES)
    app = run_page(PAGE, corpus=folder, timeout=180)
    assert_no_exception(app)
    stories = story_list(app)
    garante = stories[stories["n_articles"] == 2]
    assert len(garante) == 1 and garante["date"].iloc[0] == "2025-01-30"
    card = run_page(PAGE, corpus=folder, story=garante["story_id"].iloc[0])
    assert_no_exception(card)
    # Both openings, and s423's "follows the companies' communication received today", which the take-up rule
    # (lib/extract/focus_continuations.py) gives to DeepSeek, the company its sentence before told of.
    assert reader_links(card) == ["doc=s423&sent=0", "doc=s423&sent=3", "doc=s424&sent=0"]
    reports = [shown(c.value) for c in card.caption if shown(c.value).startswith("Reports")]
    assert [words for words in reports if "dateline" in words] == [
        "Reports “Jan. 30” → 2025-01-30 (day; day of its dateline: the sentence states no date of its own)"]
    assert any("\"day of its dateline\" an opening sentence" in shown(c.value) for c in card.caption)


# Alibaba's Hong Kong listing of November 26, 2019: 财华社's flash (s308) keeps no publication date and says only
# 今日 (today); 央广网 (s307) and 中評社 (s309) name the day.
ALIBABA_LISTING_ARTICLES = ("s307", "s308", "s309")


def test_today_in_an_undated_article_joins_the_one_story_that_says_alike_and_the_card_says_so(run_page, tmp_path):
    folder = story_articles_folder(tmp_path / "alibaba", ALIBABA_LISTING_ARTICLES)
    app = run_page(PAGE, corpus=folder, timeout=180)
    assert_no_exception(app)
    stories = story_list(app)
    listing = stories[stories["n_articles"] == 3]  # the flash counts among the listing's articles
    assert len(listing) == 1
    card = run_page(PAGE, corpus=folder, story=listing["story_id"].iloc[0])
    assert_no_exception(card)
    reports = [shown(c.value) for c in card.caption if shown(c.value).startswith("Reports")]
    assert "Reports “今日” → no date (day; today in an undated article: the day is its story's)" in reports
    assert any("\"today in an undated article\" a sentence saying today" in shown(c.value) for c in card.caption)


# Xiaomi's SU7 launch of March 28, 2024: 汽車之家 (s417) tells Great Wall's review of April 1, then
# "就在小米SU7上市當天" (the day of the SU7's launch, which it never dates); s414, s416 and s418 name the day.
SU7_LAUNCH_ARTICLES = ("s414", "s416", "s417", "s418")


def test_a_day_named_by_its_happening_joins_the_one_story_that_says_alike_and_the_card_says_so(run_page, tmp_path):
    folder = story_articles_folder(tmp_path / "su7", SU7_LAUNCH_ARTICLES)
    app = run_page(PAGE, corpus=folder, timeout=180)
    assert_no_exception(app)
    stories = story_list(app)
    launch = stories[stories["n_articles"] == 4]  # s417 counts among the launch's articles
    assert len(launch) == 1 and launch["date"].iloc[0] == "2024-03-28"
    card = run_page(PAGE, corpus=folder, story=launch["story_id"].iloc[0])
    assert_no_exception(card)
    reports = [shown(c.value) for c in card.caption if shown(c.value).startswith("Reports")]
    assert "Reports “當天” → no date (day; day of a happening it names, not told: the day is its story's)" in reports
    assert any("\"day of a happening it names, not told\" a sentence" in shown(c.value) for c in card.caption)
