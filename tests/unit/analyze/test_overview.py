"""Overview analysis and charts: hand-made frames with known answers, and the seed corpus."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib.analyze import overview as ov
from lib.analyze.corpus_sql import corpus_tables
from lib.analyze.dating import publication_month_starts
from lib.analyze.filters import Filters
from lib.charts import overview as charts
from lib.charts.colors import OTHER_COLOR, company_colors
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Event, Mention, Warning_
from tests.frames import tables_over

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
EVERYTHING = Filters()


@pytest.fixture(scope="module")
def seeds():
    return build_corpus(SEEDS, cache_dir=None)


def documents(rows):
    """rows: (doc_id, published, precision[, title, source, language])."""
    frame = pd.DataFrame([dict(zip([Doc.DOC_ID, Doc.PUBLISHED, Doc.DATE_PRECISION, Doc.TITLE, Doc.SOURCE,
                                    Doc.LANGUAGE], row, strict=False)) for row in rows])
    for column in (Doc.TITLE, Doc.SOURCE, Doc.LANGUAGE):
        if column not in frame:
            frame[column] = ""
    frame[Doc.FILE] = frame[Doc.DOC_ID] + ".txt"
    return frame.fillna("")


def mentions(rows):
    """rows: (doc_id, company)."""
    return pd.DataFrame(rows, columns=[Mention.DOC_ID, Mention.COMPANY])


@pytest.fixture
def docs():
    return documents([
        ("a", "2024-01-15", "day"),
        ("b", "2024-01", "month"),
        ("c", "2024-03-04", "week"),
        ("d", "2024", "year"),
        ("e", "2024-04", "quarter"),
        ("f", "", ""),
    ])


@pytest.mark.parametrize(("published", "precision", "month"), [
    ("2024-01-15", "day", "2024-01-01"),
    ("2024-01", "month", "2024-01-01"),
    ("2024-03-04", "week", "2024-03-01"),
    ("2024", "year", None),
    ("2024-04", "quarter", None),
    ("2024-07", "half", None),
    ("", "", None),
    ("not a date", "month", None),
])
def test_publication_month(published, precision, month):
    result = publication_month_starts(documents([("x", published, precision)])).iloc[0]
    assert (pd.isna(result) if month is None else result == pd.Timestamp(month))


def test_dating_gaps_counts_undated_and_coarse_documents(docs):
    gaps = ov.dating_gaps(tables_over(documents=docs), EVERYTHING)
    assert (gaps.no_date, gaps.coarser_than_month, gaps.total) == (1, 2, 3)


def test_documents_per_month_lists_every_month_of_the_span(docs):
    frame = ov.documents_per_month(tables_over(documents=docs), EVERYTHING)
    assert list(frame.columns) == ov.DOCS_PER_MONTH_COLUMNS
    assert dict(zip(frame[ov.MONTH].dt.strftime("%Y-%m"), frame[ov.N_DOCS], strict=True)) == {
        "2024-01": 2, "2024-02": 0, "2024-03": 1}


def test_documents_per_month_without_month_dates_is_empty():
    frame = ov.documents_per_month(tables_over(documents=documents([("d", "2024", "year"), ("f", "", "")])), EVERYTHING)
    assert frame.empty and list(frame.columns) == ov.DOCS_PER_MONTH_COLUMNS


def test_mentions_per_month_keeps_top_companies_and_sums_the_rest(docs):
    ments = mentions([("a", "Baidu")] * 3 + [("b", "Alibaba")] * 2 + [("c", "Tencent"), ("c", "Zhihu"),
                     ("a", ""), ("a", None), ("d", "Baidu"), ("f", "Baidu"),
                      ("not-a-document", "Baidu")])
    before = ments.copy()
    frame = ov.mentions_per_month(tables_over(mentions=ments, documents=docs), EVERYTHING, top=2)
    assert ments.equals(before)
    assert list(frame.columns) == ov.MENTIONS_PER_MONTH_COLUMNS
    rows = {(c, m.strftime("%Y-%m")): n for m, c, n in frame.itertuples(index=False)}
    # d (year only), f (undated) and an unknown document are left out; so are mentions without a company.
    assert rows == {("Baidu", "2024-01"): 3, ("Alibaba", "2024-01"): 2, (ov.OTHER_COMPANIES, "2024-03"): 2}
    assert list(pd.unique(frame[ov.COMPANY])) == ["Baidu", "Alibaba", ov.OTHER_COMPANIES]


@pytest.mark.parametrize(("names", "expected"), [
    (["B", "A", "A", "B"], ["A", "B"]),                 # ties alphabetical
    (["Z", "A", "Z"], ["Z", "A"]),                      # most mentioned first
])
def test_mentions_per_month_order_is_stable(names, expected):
    ments = mentions([("a", n) for n in names])
    frame = ov.mentions_per_month(tables_over(mentions=ments, documents=documents([("a", "2024-01", "month")])),
                                  EVERYTHING)
    assert list(frame[ov.COMPANY]) == expected


def test_mentions_per_month_on_seeds_counts_every_named_mention(seeds):
    frame = ov.mentions_per_month(corpus_tables(seeds), EVERYTHING)
    named = (seeds.mentions[Mention.COMPANY] != "").sum()
    assert frame[ov.N_MENTIONS].sum() == named       # every seed document is dated to a month
    assert frame[ov.COMPANY].nunique() == ov.DEFAULT_TOP_COMPANIES + 1
    assert frame[ov.COMPANY].iloc[0] == "Xiaohongshu"


def test_headline_on_seeds(seeds):
    numbers = ov.headline(corpus_tables(seeds), EVERYTHING)
    assert (numbers.n_documents, numbers.n_all_documents) == (5, 5)
    assert (numbers.first_published, numbers.last_published) == ("2023-05", "2025-01-16")
    assert numbers.n_events == len(seeds.events) > 0
    expected = seeds.mentions.loc[seeds.mentions[Mention.COMPANY] != "", Mention.COMPANY].nunique()
    assert numbers.n_companies == expected


@pytest.mark.parametrize(("first", "last", "label"), [
    ("2023-05", "2025-01-16", "May 2023 – Jan 2025"),
    ("2024-02-03", "2024-02-28", "Feb 2024"),
    ("2021", "2024-02", "2021 – Feb 2024"),
    ("", "", "unknown"),
])
def test_span_label(first, last, label):
    assert ov.span_label(first, last) == label


def test_events_newest_first_with_titles_and_outlets():
    docs = documents([("a", "2024-01", "month", "Doubao launch", "36Kr"), ("b", "2024-02", "month", "", "")])
    events = pd.DataFrame({
        Event.EVENT_ID: ["a#1", "b#1", "a#2"],
        Event.DOC_ID: ["a", "b", "a"],
        Event.DATE: ["2024-01-01", "2024-03-05", "2024-01-01"],
        Event.DATE_END: ["2024-01-31", "2024-03-05", "2024-01-01"],
        Event.PRECISION: ["month", "day", "day"],
        Event.DATE_TEXT: ["January", "March 5", "Jan 1"],
        Event.COMPANIES: ["ByteDance;Baidu", "Baidu", "ByteDance"],
        Event.EVENT_TYPE: ["launch", "people", "other"],
        Event.SENTENCE: ["s1", "s2", "s3"],
    })
    tables = tables_over(events=events, documents=docs)
    table = ov.events_newest_first(tables, EVERYTHING)
    assert list(table.columns) == ov.RECENT_EVENT_COLUMNS
    assert list(table[Event.EVENT_ID]) == ["b#1", "a#1", "a#2"]   # same start: the longer period first
    assert list(table[Doc.TITLE]) == ["b.txt", "Doubao launch", "Doubao launch"]
    assert list(table[ov.OUTLET]) == ["(outlet unknown)", "36Kr", "36Kr"]
    assert table[Event.COMPANIES].iloc[1] == "ByteDance, Baidu"
    assert list(ov.events_newest_first(tables, EVERYTHING, limit=1)[Event.EVENT_ID]) == ["b#1"]


def test_events_newest_first_on_seeds_are_sorted(seeds):
    table = ov.events_newest_first(corpus_tables(seeds), EVERYTHING)
    assert len(table) == len(seeds.events)
    assert table[Event.DATE].is_monotonic_decreasing
    assert (table[Doc.TITLE] != "").all()


@pytest.mark.parametrize(("top", "labels", "counts"), [
    (5, ["36Kr", "(outlet unknown)", "Sina"], [2, 1, 1]),
    (1, ["36Kr", "other outlets"], [2, 2]),
])
def test_documents_per_outlet(top, labels, counts):
    docs = documents([("a", "", "", "", "36Kr"), ("b", "", "", "", "36Kr"), ("c", "", "", "", "Sina"),
                      ("d", "", "", "", "")])
    frame = ov.documents_per_outlet(tables_over(documents=docs), EVERYTHING, top=top)
    assert list(frame[ov.LABEL]) == labels and list(frame[ov.N_DOCS]) == counts


def test_documents_per_language_spells_names():
    docs = documents([("a", "", "", "", "", "zh"), ("b", "", "", "", "", "en"), ("c", "", "", "", "", "zh"),
                      ("d", "", "", "", "", "")])
    frame = ov.documents_per_language(tables_over(documents=docs), EVERYTHING)
    assert list(frame[ov.LABEL]) == ["Chinese", "(language unknown)", "English"]


def test_articles_chart_has_title_and_whole_number_ticks(docs):
    fig = charts.articles_per_month_chart(ov.documents_per_month(tables_over(documents=docs), EVERYTHING))
    assert fig.layout.title.text == charts.ARTICLES_TITLE
    assert fig.layout.yaxis.dtick == 1
    assert list(fig.data[0].y) == [2, 0, 1]


def test_mentions_chart_uses_company_colours(seeds):
    colors = company_colors(["Xiaohongshu", "ByteDance", "Meta"])
    frame = ov.mentions_per_month(corpus_tables(seeds), EVERYTHING, top=2)
    fig = charts.mentions_per_month_chart(frame, colors)
    assert fig.layout.title.text == charts.MENTIONS_TITLE
    assert fig.layout.barmode == "stack"
    assert {t.name: t.marker.color for t in fig.data} == {
        "Xiaohongshu": colors["Xiaohongshu"], "ByteDance": colors["ByteDance"], ov.OTHER_COMPANIES: OTHER_COLOR}


def test_label_chart_title():
    fig = charts.documents_by_label_chart(pd.DataFrame({ov.LABEL: ["English"], ov.N_DOCS: [40]}), "Documents")
    assert fig.layout.title.text == "Documents" and fig.layout.xaxis.tickformat == ",d"


def test_large_corpus_gives_consistent_totals():
    """Scale correctness; speed is measured by benchmarks/bench_scale.py, not asserted here."""
    rng = np.random.default_rng(0)
    n_docs, n_mentions = 10_000, 500_000
    months = pd.date_range("2015-01-01", periods=120, freq="MS").strftime("%Y-%m")
    docs = pd.DataFrame({
        Doc.DOC_ID: [f"d{i}" for i in range(n_docs)],
        Doc.PUBLISHED: rng.choice(months, n_docs), Doc.DATE_PRECISION: "month",
        Doc.TITLE: "t", Doc.FILE: "f", Doc.SOURCE: rng.choice(["36Kr", "Sina", ""], n_docs), Doc.LANGUAGE: "en",
    })
    ments = pd.DataFrame({
        Mention.DOC_ID: docs[Doc.DOC_ID].to_numpy()[rng.integers(0, n_docs, n_mentions)],
        Mention.COMPANY: rng.choice([f"Company {i}" for i in range(300)] + [""], n_mentions),
    })
    events = pd.DataFrame({
        Event.EVENT_ID: [f"e{i}" for i in range(50_000)], Event.DOC_ID: rng.choice(docs[Doc.DOC_ID], 50_000),
        Event.DATE: rng.choice(months, 50_000) + "-01", Event.DATE_END: "2030-01-01", Event.PRECISION: "month",
        Event.DATE_TEXT: "x", Event.COMPANIES: "A;B", Event.EVENT_TYPE: "launch", Event.SENTENCE: "s",
    })
    tables = tables_over(mentions=ments, documents=docs, events=events)
    assert ov.documents_per_month(tables, EVERYTHING)[ov.N_DOCS].sum() == n_docs
    by_company = ov.mentions_per_month(tables, EVERYTHING)
    assert by_company[ov.N_MENTIONS].sum() == (ments[Mention.COMPANY] != "").sum()
    assert len(ov.events_newest_first(tables, EVERYTHING)) == len(events)
    assert ov.documents_per_outlet(tables, EVERYTHING)[ov.N_DOCS].sum() == n_docs


def test_readable_warnings_blanks_whole_file_lines():
    warnings = pd.DataFrame({Warning_.SOURCE: ["metadata.csv", "a.md"], Warning_.LINE: [4, 0],
                             Warning_.MESSAGE: ["bad row", "bad date"]})
    table = ov.readable_warnings(warnings)
    assert table[Warning_.LINE].iloc[0] == 4 and pd.isna(table[Warning_.LINE].iloc[1])
    assert list(warnings[Warning_.LINE]) == [4, 0]


def test_every_month_bar_gets_its_own_label_when_months_are_few():
    per_month = pd.DataFrame({ov.MONTH: ["2024-03", "2024-04", "2024-05"], ov.N_DOCS: [1, 0, 1]})
    fig = charts.articles_per_month_chart(per_month)
    assert fig.layout.xaxis.dtick == "M1" and fig.layout.xaxis.ticklabelmode == "period"
