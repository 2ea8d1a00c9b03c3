"""Terms split by language for the Keywords page: English first, each part alone, its documents."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze import keywords as kw
from lib.analyze.term_codes import CodedTerms
from lib.analyze.term_stats import idf_by_term
from lib.schema import Term

TERMS = pd.DataFrame([
    ("d1", "doubao", "en", 9), ("d1", "bytedance", "en", 12), ("d2", "bytedance", "en", 3),
    ("d3", "豆包", "zh", 2), ("d3", "字节跳动", "zh", 1), ("d4", "字節跳動", "zh", 1), ("d4", "ai", "en", 1),
], columns=[Term.DOC_ID, Term.TERM, Term.LANG, Term.COUNT])


def weigh(terms: pd.DataFrame) -> pd.DataFrame:
    coded = CodedTerms(terms)
    return kw.weighted_terms(coded.rows(), idf_by_term(coded.rows()))


def split(terms: pd.DataFrame = TERMS) -> list[kw.LanguageTerms]:
    return kw.terms_by_language(weigh(terms), CodedTerms(terms).rows())


def test_english_then_chinese_with_their_documents():
    parts = split()
    assert [(p.lang, p.name, p.n_docs) for p in parts] == [("en", "English", 3), ("zh", "Chinese", 2)]
    assert parts[0].weighted[Term.TERM].tolist() == ["bytedance", "doubao", "ai"]
    assert parts[1].weighted[Term.TERM].tolist()[0] == "豆包"


@pytest.mark.parametrize(("lang", "expected"), [("en", ["English"]), ("zh", ["Chinese"])])
def test_one_language_is_one_part(lang, expected):
    assert [p.name for p in split(TERMS[TERMS[Term.LANG] == lang])] == expected


def test_no_terms_no_parts():
    assert split(TERMS.iloc[0:0]) == []


def test_input_is_not_changed():
    weighted = weigh(TERMS)
    before = weighted.copy()
    kw.terms_by_language(weighted, CodedTerms(TERMS).rows())
    pd.testing.assert_frame_equal(weighted, before)
