"""Companies page analysis and figures: hand-made mention frames with known answers, the seeds, and
every answer against its reference in ``tests/oracles/companies.py`` on the seeds, the story set's real
articles and a generated corpus, default and filtered."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.story_quality import load_articles, write_folder
from benchmarks.synthetic_corpus import write_corpus
from lib.analyze.companies import (
    PAIR_COLUMNS,
    co_mention_matrix,
    co_mentions,
    companies_by_mentions,
    documents_without_month,
    events_per_type,
    mentions_per_document,
    pairs_involving,
    products_and_people,
    share_of_voice,
    short_titles,
    versus_label,
)
from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.corpus_sql import corpus_tables
from lib.analyze.distinctive_terms import (
    BASELINE_CORPUS,
    BASELINE_VIEW,
    DISTINCTIVE_COLUMNS,
    company_name_terms,
    distinctive_terms,
)
from lib.analyze.filters import UNKNOWN_OUTLET, Filters, apply_filters
from lib.analyze.sql_filters import tables_kept_for
from lib.charts.companies import (
    co_mention_heatmap,
    distinctive_terms_chart,
    event_types_chart,
    mentions_heatmap,
    share_of_voice_chart,
)
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Event, Mention, Stat
from tests.frames import tables_over
from tests.oracles import companies as companies_oracle

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
COLORS = {"A": "#111111", "B": "#222222", "C": "#333333"}


def mentions_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows of (doc_id, sent_id, company, kind, entity); alias = entity, offsets irrelevant."""
    frame = pd.DataFrame(rows, columns=[Mention.DOC_ID, Mention.SENT_ID, Mention.COMPANY, Mention.KIND,
                                        Mention.ENTITY])
    return frame.assign(**{Mention.ALIAS: frame[Mention.ENTITY], Mention.START: 0, Mention.END: 1})[Mention.COLUMNS]


def documents_frame(rows: list[tuple]) -> pd.DataFrame:
    """Rows of (doc_id, title, published, date_precision); other columns blank."""
    frame = pd.DataFrame(rows, columns=[Doc.DOC_ID, Doc.TITLE, Doc.PUBLISHED, Doc.DATE_PRECISION])
    return frame.assign(**{Doc.FILE: frame[Doc.DOC_ID] + ".txt"})


@pytest.fixture
def mentions():
    return mentions_frame([
        # d1, sentence 0: A twice (name + product) and B → one A-B sentence
        ("d1", 0, "A", "company", "A"), ("d1", 0, "A", "product", "A-phone"), ("d1", 0, "B", "company", "B"),
        # d1, sentence 1: A, B, C → A-B, A-C, B-C
        ("d1", 1, "A", "company", "A"), ("d1", 1, "B", "person", "Bob"), ("d1", 1, "C", "company", "C"),
        # d2, sentence 0 (same sent_id as d1's, another document): A and C
        ("d2", 0, "C", "company", "C"), ("d2", 0, "A", "person", "Ann"),
        # an outlet (no company) next to B: not a pair
        ("d2", 1, "", "outlet", "Some Daily"), ("d2", 1, "B", "company", "B"),
        ("d3", 0, "B", "product", "B-app"), ("d3", 1, "B", "product", "B-app"),
    ])


@pytest.fixture
def documents():
    return documents_frame([
        ("d1", "First <b>story</b>", "2024-03-05", "day"),
        ("d2", "Second story", "2024-03", "month"),
        ("d3", "", "2024-04-01", "week"),
        ("d4", "Undated", "2024", "year"),
    ])


@pytest.fixture
def tables(mentions, documents):
    return tables_over(mentions=mentions, documents=documents)


@pytest.fixture(scope="module")
def seeds():
    return build_corpus(SEEDS, cache_dir=None)


@pytest.fixture(scope="module")
def seeds_index(seeds):
    return CorpusIndex(seeds)


def pairs_of(mentions: pd.DataFrame) -> pd.DataFrame:
    """Every pair: each company named is compared."""
    named = sorted(set(mentions[Mention.COMPANY]) - {""}) if len(mentions) else []
    return co_mentions(tables_over(mentions=mentions), Filters(), named)


def pair_weights(pairs: pd.DataFrame) -> dict[tuple[str, str], int]:
    return {(a, b): w for a, b, w in pairs[PAIR_COLUMNS].itertuples(index=False)}


def test_co_mention_weights_count_sentences_once_per_pair(mentions):
    pairs = pairs_of(mentions)
    assert list(pairs.columns) == PAIR_COLUMNS
    assert pair_weights(pairs) == {("A", "B"): 2, ("A", "C"): 2, ("B", "C"): 1}
    assert list(pairs["weight"]) == [2, 2, 1]


@pytest.mark.parametrize("rows", [[], [("d1", 0, "A", "company", "A"), ("d1", 1, "B", "company", "B")]])
def test_co_mentions_without_shared_sentences_is_empty(rows):
    assert pairs_of(mentions_frame(rows)).empty


def test_co_mention_matrix_is_symmetric_with_partners_after_compared(mentions):
    matrix = co_mention_matrix(pairs_of(mentions), ["B", "C"], partners=1)
    assert list(matrix.index) == ["B", "C", "A"] == list(matrix.columns)
    assert (matrix.to_numpy() == matrix.to_numpy().T).all()
    assert matrix.loc["A", "B"] == 2 and matrix.loc["C", "A"] == 2 and matrix.loc["B", "C"] == 1
    assert np.diag(matrix.to_numpy()).tolist() == [0, 0, 0]
    assert list(co_mention_matrix(pairs_of(mentions), ["B", "C"], partners=0).index) == ["B", "C"]


def test_pairs_involving_keeps_pairs_with_a_compared_company(mentions):
    assert pair_weights(pairs_involving(pairs_of(mentions), ["C"])) == {("A", "C"): 2, ("B", "C"): 1}


def test_share_of_voice_sums_to_one_per_month(documents, tables):
    share = share_of_voice(tables, Filters(), ["A", "B", "C"])
    assert share.groupby("month")["share"].sum().round(9).eq(1).all()
    counts = {(m, c): n for m, c, n in share[["month", "company", "n_mentions"]].itertuples(index=False)}
    # March: d1 (A 3, B 2, C 1) + d2 (A 1, B 1, C 1); April: d3 (B 2); d4 is dated to a year only.
    assert counts == {("2024-03", "A"): 4, ("2024-03", "B"): 3, ("2024-03", "C"): 2,
                      ("2024-04", "A"): 0, ("2024-04", "B"): 2, ("2024-04", "C"): 0}
    assert share.loc[(share["month"] == "2024-03") & (share["company"] == "A"), "share"].item() == pytest.approx(4 / 9)
    assert documents_without_month(documents) == 1


def test_share_of_voice_of_undated_documents_is_empty(mentions, documents):
    undated = documents.assign(**{Doc.DATE_PRECISION: "year", Doc.PUBLISHED: "2024"})
    assert share_of_voice(tables_over(mentions=mentions, documents=undated), Filters(), ["A", "B"]).empty


def test_mentions_per_document_counts_and_order(tables):
    cells = mentions_per_document(tables, Filters(), ["A", "B"])
    counts = {(d, c): n for d, c, n in cells[["doc_id", "company", "n_mentions"]].itertuples(index=False)}
    assert counts == {("d1", "A"): 3, ("d1", "B"): 2, ("d2", "A"): 1, ("d2", "B"): 1,
                      ("d3", "A"): 0, ("d3", "B"): 2}
    assert list(cells["doc_id"].drop_duplicates()) == ["d1", "d2", "d3"]      # ties keep document order
    assert cells.loc[cells["doc_id"] == "d3", "short_title"].iloc[0] == "d3.txt"
    assert list(mentions_per_document(tables, Filters(), ["A", "B"], limit=1)["doc_id"].unique()) == ["d1"]


def test_short_titles_are_cut_and_unique():
    docs = documents_frame([("x", "A" * 80, "", ""), ("y", "Same", "", ""), ("z", "Same", "", "")])
    titles = short_titles(docs, width=20)
    assert titles.iloc[0] == "A" * 19 + "…"
    assert titles.is_unique and titles.iloc[2] == "Same (2)"


def test_products_and_people_roll_up(tables):
    table = products_and_people(tables, Filters(), ["A", "B"])
    rows = {tuple(r[:3]): tuple(r[3:]) for r in table.itertuples(index=False)}
    assert rows == {("A", "product", "A-phone"): (1, 1), ("A", "person", "Ann"): (1, 1),
                    ("B", "product", "B-app"): (2, 1), ("B", "person", "Bob"): (1, 1)}
    assert list(table["company"]) == ["A", "A", "B", "B"]
    assert products_and_people(tables, Filters(), ["C"]).empty


def test_events_per_type_counts_an_event_for_each_company():
    events = pd.DataFrame({Event.EVENT_ID: [1, 2, 3, 4], Event.EVENT_TYPE: ["launch", "launch", "people", "launch"],
                           Event.COMPANIES: ["A;B", "A", "B", "AB"]})
    tables = tables_over(events=events)
    counts = events_per_type(tables, Filters(), ["A", "B"])
    assert {(c, t): n for c, t, n in counts.itertuples(index=False)} == {
        ("A", "launch"): 2, ("B", "launch"): 1, ("B", "people"): 1}
    assert events_per_type(tables, Filters(), ["C"]).empty


def test_companies_by_mentions_and_labels(tables):
    assert companies_by_mentions(tables, Filters()).to_dict() == {"B": 5, "A": 4, "C": 2}
    assert list(companies_by_mentions(tables, Filters()).index[:2]) == ["B", "A"]
    assert versus_label(["A", "B"]) == "A vs B"
    assert versus_label(list("ABCDEF")) == "A vs B vs C vs D + 2 more"



def test_company_name_terms_are_the_company_aliases_only(seeds_index):
    names = company_name_terms(["Xiaohongshu", "ByteDance"], seeds_index)
    assert {"xiaohongshu", "little red book", "bytedance"} <= names
    assert "tiktok" not in names and "trik" not in names


@pytest.fixture(scope="module")
def seed_distinctive(seeds, seeds_index):
    view = apply_filters(seeds, Filters(companies=("Xiaohongshu", "ByteDance")))
    excluded = company_name_terms(["Xiaohongshu", "ByteDance"], seeds_index)
    return {name: distinctive_terms(view, [name], excluded, seeds_index)[0] for name in ("Xiaohongshu", "ByteDance")}


@pytest.mark.parametrize("company", ["Xiaohongshu", "ByteDance"])
def test_distinctive_terms_on_the_seeds(seed_distinctive, company):
    found = seed_distinctive[company]
    assert list(found.terms.columns) == DISTINCTIVE_COLUMNS
    assert found.baseline == BASELINE_VIEW
    positive = found.terms[found.terms["z"] > 0]
    negative = found.terms[found.terms["z"] < 0]
    assert 0 < len(positive) <= 12 and 0 < len(negative) <= 8
    assert positive["z"].is_monotonic_decreasing
    assert not found.terms["term"].str.lower().isin({"xiaohongshu", "bytedance", "little red book"}).any()


def test_xiaohongshu_is_not_distinctive_of_bytedance(seed_distinctive):
    positive = seed_distinctive["ByteDance"].terms.query("z > 0")
    assert "xiaohongshu" not in set(positive["term"].str.lower())
    assert "tiktok" in set(positive["term"].str.lower())
    assert (seed_distinctive["ByteDance"].n_docs_a, seed_distinctive["ByteDance"].n_docs_b) == (3, 2)


def test_distinctive_terms_fall_back_to_the_rest_of_the_corpus(seeds, seeds_index):
    # Both documents name Xiaohongshu: the baseline is the corpus documents that do not.
    view = apply_filters(seeds, Filters(doc_ids=("000_ae120ede6c11f766", "003_df3640600e7e6e30")))
    found = distinctive_terms(view, ["Xiaohongshu"], {"xiaohongshu"}, seeds_index)[0]
    assert found.baseline == BASELINE_CORPUS
    assert (found.n_docs_a, found.n_docs_b) == (2, 1) and not found.terms.empty


def test_distinctive_terms_without_anything_to_compare(seeds, seeds_index):
    view = apply_filters(seeds, Filters(doc_ids=("000_ae120ede6c11f766",)))
    found = distinctive_terms(view, ["ByteDance"], set(), seeds_index)[0]
    assert found.terms.empty and "No filtered document names ByteDance" in found.why_empty


def test_inputs_are_not_mutated(mentions, documents):
    before_m, before_d = mentions.copy(), documents.copy()
    tables = tables_over(mentions=mentions, documents=documents)
    share_of_voice(tables, Filters(), ["A", "B"])
    mentions_per_document(tables, Filters(), ["A", "B"])
    co_mentions(tables, Filters(), ["A", "B"])
    products_and_people(tables, Filters(), ["A"])
    pd.testing.assert_frame_equal(mentions, before_m)
    pd.testing.assert_frame_equal(documents, before_d)


def test_co_mentions_at_scale_are_symmetric_pairs_of_distinct_companies():
    """Scale correctness; speed is measured by benchmarks/bench_scale.py, not asserted here."""
    rng = np.random.default_rng(0)
    n = 500_000
    names = np.array([f"Company {i}" for i in range(46)])
    big = pd.DataFrame({Mention.DOC_ID: rng.integers(0, 10_000, n).astype(str), Mention.SENT_ID: rng.integers(0, 40, n),
                        Mention.COMPANY: names[rng.integers(0, 46, n)]})
    pairs = pairs_of(big)
    assert pairs["weight"].sum() > 0
    assert (pairs[Stat.COMPANY_A] != pairs[Stat.COMPANY_B]).all()
    assert not pairs.duplicated([Stat.COMPANY_A, Stat.COMPANY_B]).any()


# --- against the oracles --------------------------------------------------------------------------

def _oracle_filters(corpus) -> list[Filters]:
    """Default, and narrowed by companies, dates, outlets and event types (alone and together)."""
    named = list(companies_oracle.companies_by_mentions(corpus.mentions).index)
    outlets = tuple(corpus.documents[Doc.SOURCE].replace("", pd.NA).dropna().value_counts().index[:2])
    types = tuple(corpus.events[Event.EVENT_TYPE].value_counts().index[:2])
    return [Filters(), Filters(companies=(named[0],)), Filters(companies=(named[1], named[3])),
            Filters(start=date(2024, 1, 1), end=date(2024, 12, 31)), Filters(end=date(2021, 6, 30)),
            Filters(outlets=outlets), Filters(outlets=(UNKNOWN_OUTLET,)), Filters(event_types=types),
            Filters(companies=(named[0],), start=date(2023, 1, 1), outlets=outlets, event_types=types[:1])]


@pytest.fixture(scope="module", params=["seeds", "stories", "synthetic"])
def oracle_corpus(request, tmp_path_factory):
    """The seeds, the story set's 125 real articles (a copy, undated and month-dated ones), 150 generated."""
    if request.param == "seeds":
        corpus = build_corpus(SEEDS, cache_dir=None)
    elif request.param == "stories":
        corpus = build_corpus(write_folder(load_articles(), tmp_path_factory.mktemp("stories")), cache_dir=None)
    else:
        corpus = build_corpus(write_corpus(tmp_path_factory.mktemp("synthetic") / "corpus", 150), cache_dir=None)
    return corpus, corpus_tables(corpus)


def _compared(view) -> list[list[str]]:
    ranked = list(companies_oracle.companies_by_mentions(view.mentions).index)
    return [ranked[:4], ranked[1:3] + ["Nobody Inc"], ranked[:1]]


def test_every_answer_is_its_oracles_answer(oracle_corpus):
    corpus, tables = oracle_corpus
    for filters in _oracle_filters(corpus):
        view = apply_filters(corpus, filters)
        what = filters.describe()
        pd.testing.assert_series_equal(companies_by_mentions(tables, filters),
                                       companies_oracle.companies_by_mentions(view.mentions), obj=what)
        pairs = companies_oracle.co_mentions(view.mentions)
        for compared in _compared(view):
            expected = {
                "share_of_voice": (share_of_voice(tables, filters, compared),
                                   companies_oracle.share_of_voice(view.mentions, view.documents, compared)),
                "mentions_per_document": (mentions_per_document(tables, filters, compared, limit=7),
                                          companies_oracle.mentions_per_document(view.mentions, view.documents,
                                                                                 compared, limit=7)),
                "co_mentions": (co_mentions(tables, filters, compared), pairs_involving(pairs, compared)),
                "events_per_type": (events_per_type(tables, filters, compared),
                                    companies_oracle.events_per_type(view.events, compared)),
                "products_and_people": (products_and_people(tables, filters, compared),
                                        companies_oracle.products_and_people(view.mentions, compared)),
            }
            for name, (got, want) in expected.items():
                pd.testing.assert_frame_equal(got, want, obj=f"{name} of {compared} ({what})")


def test_the_tables_holding_the_kept_rows_give_the_same_answers(oracle_corpus):
    """Given ``tables_kept_for``'s tables (the kept documents and events worked out once per filters) each
    answer is the one asked of the corpus's tables, and tables kept for other filters are not read as if
    kept for these."""
    corpus, tables = oracle_corpus
    every_filters = _oracle_filters(corpus)
    for filters, other in zip(every_filters, every_filters[1:] + every_filters[:1], strict=True):
        what = filters.describe()
        for kept in (tables_kept_for(tables, filters), tables_kept_for(tables, other)):
            pd.testing.assert_series_equal(companies_by_mentions(kept, filters),
                                           companies_by_mentions(tables, filters), obj=what)
            for compared in _compared(apply_filters(corpus, filters)):
                for answer in (share_of_voice, mentions_per_document, co_mentions, events_per_type,
                               products_and_people):
                    pd.testing.assert_frame_equal(answer(kept, filters, compared), answer(tables, filters, compared),
                                                  obj=f"{answer.__name__} of {compared} ({what})")


def test_the_oracle_comparison_is_not_empty(oracle_corpus):
    """Each answer has rows on each corpus unfiltered: an empty answer could not differ from its oracle."""
    corpus, tables = oracle_corpus
    compared = list(companies_by_mentions(tables, Filters()).index[:4])
    for answer in (share_of_voice, mentions_per_document, co_mentions, events_per_type, products_and_people):
        assert not answer(tables, Filters(), compared).empty, answer.__name__


# --- figures -------------------------------------------------------------------------------------

def spec(fig) -> dict:
    return json.loads(fig.to_json())


def test_share_chart_stacks_to_100_percent_in_company_colours(tables):
    share = share_of_voice(tables, Filters(), ["A", "B", "C"])
    fig = share_of_voice_chart(share, ["A", "B", "C"], COLORS)
    assert fig.layout.title.text == "Share of voice: A vs B vs C, by month"
    assert [t.name for t in fig.data] == ["A", "B", "C"]
    assert [t.marker.color for t in fig.data] == ["#111111", "#222222", "#333333"]
    assert sum(t.y[0] for t in fig.data) == pytest.approx(100)


def test_mentions_heatmap_cells_and_escaped_titles(tables):
    fig = mentions_heatmap(mentions_per_document(tables, Filters(), ["A", "B"]), ["A", "B"])
    heat = fig.data[0]
    assert heat.z.tolist() == [[3, 2], [1, 1], [0, 2]]
    assert heat.y[0] == "First &lt;b&gt;story&lt;/b&gt;"
    assert "<b>" not in json.dumps(spec(fig)["data"][0]["customdata"])


def test_co_mention_and_event_figures(mentions):
    matrix = co_mention_matrix(pairs_of(mentions), ["A", "B"])
    fig = co_mention_heatmap(matrix, ["A", "B"])
    assert "A vs B" in fig.layout.title.text and list(fig.data[0].x) == ["A", "B", "C"]
    events = pd.DataFrame({Event.EVENT_ID: [1, 2], Event.EVENT_TYPE: ["people", "launch"],
                           Event.COMPANIES: ["A;B", "A"]})
    bars = event_types_chart(events_per_type(tables_over(events=events), Filters(), ["A", "B"]), ["A", "B"], COLORS)
    assert list(bars.data[0].x) == ["launch", "people"] and list(bars.data[1].y) == [0, 1]


def test_distinctive_chart_colours_by_sign(seed_distinctive):
    found = seed_distinctive["ByteDance"]
    fig = distinctive_terms_chart(found, {"ByteDance": "#1f77b4"})
    assert fig.layout.title.text == "Terms that set ByteDance's coverage apart"
    assert fig.layout.title.subtitle.text == "against the other documents in view"
    colours = dict(zip(fig.data[0].y, fig.data[0].marker.color, strict=True))
    assert colours["tiktok"] == "#1f77b4" and colours["works"] == "#9e9e9e"


def test_distinctive_terms_of_several_companies_are_distinctive_terms_of_each(seeds, seeds_index):
    view = apply_filters(seeds, Filters(companies=("Xiaohongshu", "ByteDance")))
    companies = ["Xiaohongshu", "ByteDance", "Nobody"]
    excluded = company_name_terms(companies, seeds_index)
    for company, found in zip(companies, distinctive_terms(view, companies, excluded, seeds_index), strict=True):
        alone = distinctive_terms(view, [company], excluded, seeds_index)[0]
        assert (found.company, found.baseline, found.n_docs_a, found.n_docs_b) == (
            alone.company, alone.baseline, alone.n_docs_a, alone.n_docs_b)
        pd.testing.assert_frame_equal(found.terms, alone.terms)
