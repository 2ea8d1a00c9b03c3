"""What sets a company's coverage apart, on a small folder of articles parsed as the dashboard
parses them: the words said about one company and not the others rank first, the companies' own
names are left out, and every empty answer says why."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.corpus_index import CorpusIndex
from lib.analyze.distinctive_terms import (
    BASELINE_CORPUS,
    BASELINE_VIEW,
    DISTINCTIVE_COLUMNS,
    LEANING,
    LESS_LIKELY,
    MORE_LIKELY,
    Distinctive,
    company_name_terms,
    distinctive_terms,
)
from lib.analyze.filters import Filters, apply_filters
from lib.pipeline.corpus import build_corpus
from lib.schema import Doc, Stat, Term

# Three articles about ByteDance pricing its chatbot, two about Alibaba's cloud, one about Baidu's
# robotaxis; Tencent is named only in passing. Titles are the first lines.
ARTICLES = {
    "bytedance_1.txt": "ByteDance cuts Doubao prices\n\nByteDance cut the price of its Doubao chatbot subscription "
                       "to attract developers. The discount undercuts rivals by a wide margin.\n",
    "bytedance_2.txt": "字节跳动下调豆包价格\n\n字节跳动宣布豆包大模型降价，订阅价格低于同行。"
                       "开发者可以免费试用折扣方案。\n",
    "bytedance_3.txt": "ByteDance discount war\n\nByteDance offered another discount on Doubao subscription "
                       "plans. Tencent said nothing about prices.\n",
    "alibaba_1.txt": "Alibaba Cloud expands data centres\n\nAlibaba Cloud opened new data centres in Malaysia and "
                     "Mexico. The cloud unit said revenue from computing grew.\n",
    "alibaba_2.txt": "Alibaba Cloud revenue\n\nAlibaba reported cloud revenue growth as data centres filled with "
                     "computing customers.\n",
    "baidu_1.txt": "Baidu robotaxis in Wuhan\n\nBaidu expanded its Apollo Go robotaxi fleet in Wuhan. The "
                   "robotaxis now carry passengers at night.\n",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("distinctive")
    for name, text in ARTICLES.items():
        (root / name).write_text(text, encoding="utf-8")
    return build_corpus(root, cache_dir=None)


@pytest.fixture(scope="module")
def index(corpus):
    return CorpusIndex(corpus)


def _found(corpus, index, companies, filters: Filters | None = None, **limits) -> list[Distinctive]:
    view = apply_filters(corpus, filters or Filters())
    return distinctive_terms(view, companies, company_name_terms(companies, index), index, **limits)


@pytest.mark.parametrize("company, names, not_names", [
    pytest.param("ByteDance", {"bytedance", "字节跳动"}, {"doubao", "豆包"}, id="both scripts, no product"),
    pytest.param("Alibaba", {"alibaba"}, {"alibaba cloud"}, id="its cloud unit is a product: kept as a term"),
    pytest.param("Nobody Inc", {"nobody inc"}, set(), id="a company the corpus never names"),
])
def test_company_name_terms(index, company, names, not_names):
    found = company_name_terms([company], index)
    assert names <= found and not (not_names & found)


def test_company_name_terms_of_several_companies_are_their_union(index):
    both = company_name_terms(["ByteDance", "Baidu"], index)
    assert both == company_name_terms(["ByteDance"], index) | company_name_terms(["Baidu"], index)


def test_what_is_said_about_a_company_ranks_first(corpus, index):
    found = _found(corpus, index, ["ByteDance"])[0]
    assert list(found.terms.columns) == DISTINCTIVE_COLUMNS
    assert (found.baseline, found.n_docs_a, found.n_docs_b) == (BASELINE_VIEW, 3, 3)
    more = found.terms[found.terms[LEANING] == MORE_LIKELY]
    less = found.terms[found.terms[LEANING] == LESS_LIKELY]
    assert {"discount", "subscription"} <= set(more[Term.TERM])
    assert {"cloud", "robotaxis"} & set(less[Term.TERM])
    assert more[Stat.Z].is_monotonic_decreasing and (more[Stat.Z] > 0).all() and (less[Stat.Z] < 0).all()
    # The companies' own names say who the coverage is about, not what it says.
    assert not set(found.terms[Term.TERM].str.lower()) & {"bytedance", "字节跳动"}


@pytest.mark.parametrize("positive, negative", [(1, 1), (2, 0), (0, 3)])
def test_at_most_the_number_asked_for_each_way(corpus, index, positive, negative):
    found = _found(corpus, index, ["ByteDance"], positive=positive, negative=negative)[0]
    leaning = found.terms[LEANING].value_counts()
    assert leaning.get(MORE_LIKELY, 0) == positive and leaning.get(LESS_LIKELY, 0) <= negative
    assert found.terms[LEANING].tolist() == sorted(found.terms[LEANING], key=[MORE_LIKELY, LESS_LIKELY].index)


def test_when_every_document_in_view_names_it_the_rest_of_the_corpus_is_the_baseline(corpus, index):
    ids = tuple(corpus.documents.loc[corpus.documents[Doc.FILE].str.startswith("alibaba"), Doc.DOC_ID])
    found = _found(corpus, index, ["Alibaba"], Filters(doc_ids=ids))[0]
    assert (found.baseline, found.n_docs_a, found.n_docs_b) == (BASELINE_CORPUS, 2, 4)
    assert "centres" in set(found.terms.loc[found.terms[LEANING] == MORE_LIKELY, Term.TERM])


@pytest.mark.parametrize("distinctive, reason", [
    pytest.param(Distinctive("Zhipu", pd.DataFrame(columns=DISTINCTIVE_COLUMNS), "", 0, 5),
                 "No filtered document names Zhipu.", id="not named"),
    pytest.param(Distinctive("Zhipu", pd.DataFrame(columns=DISTINCTIVE_COLUMNS), "", 4, 0),
                 "Zhipu is named in every document of the corpus, so there is nothing to set its coverage "
                 "against.", id="named everywhere"),
    pytest.param(Distinctive("Zhipu", pd.DataFrame(columns=DISTINCTIVE_COLUMNS), BASELINE_VIEW, 2, 3),
                 "No terms set Zhipu's coverage apart.", id="nothing stands out"),
])
def test_why_empty(distinctive, reason):
    assert distinctive.why_empty == reason


def test_a_company_not_in_view_has_no_terms_and_says_so(corpus, index):
    found = _found(corpus, index, ["Nobody Inc", "Baidu"])
    assert [f.company for f in found] == ["Nobody Inc", "Baidu"]
    assert found[0].terms.empty and found[0].why_empty == "No filtered document names Nobody Inc."
    assert not found[1].terms.empty and found[1].n_docs_a == 1


def test_the_view_and_the_corpus_are_not_changed(corpus, index):
    view = apply_filters(corpus, Filters(companies=("ByteDance",)))
    before = {name: getattr(view, name).copy() for name in ("documents", "mentions", "terms", "all_documents")}
    distinctive_terms(view, ["ByteDance", "Tencent"], {"bytedance"}, index)
    for name, frame in before.items():
        pd.testing.assert_frame_equal(getattr(view, name), frame)
