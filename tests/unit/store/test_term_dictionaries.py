"""The terms frame's term, lang and doc-id columns dictionary-encoded as the snapshot keeps them."""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pytest

from lib.schema import Term
from lib.store.term_dictionaries import ENCODED, matches, term_dictionaries


def _terms(rows: list[tuple], arrow: bool = True) -> pd.DataFrame:
    frame = pd.DataFrame(rows, columns=[Term.DOC_ID, Term.TERM, Term.LANG])
    if arrow:
        frame = pa.Table.from_pandas(frame, preserve_index=False).to_pandas(types_mapper=pd.ArrowDtype)
    return frame


ROWS = [
    ("zs01", "字节跳动", "zh"), ("en01", "bytedance", "en"), ("zs01", "豆包", "zh"),
    ("zt01", "字节跳动", "zh"), ("en01", "doubao", "en"), ("en02", "bytedance", "en"),
]


@pytest.mark.parametrize("arrow", [True, False], ids=["read from arrow", "built in pandas"])
def test_each_column_codes_its_values_in_order_of_first_appearance(arrow):
    encoded = term_dictionaries(_terms(ROWS, arrow))
    assert encoded.column_names == list(ENCODED)
    for name, position in ((Term.TERM, 1), (Term.LANG, 2), (Term.DOC_ID, 0)):
        column = encoded.column(name).combine_chunks()
        codes, uniques = pd.factorize(pd.Series([row[position] for row in ROWS]))
        assert column.dictionary.to_pylist() == list(uniques)
        assert column.indices.to_pylist() == list(codes)
        assert column.indices.type == pa.int32()


def test_a_missing_value_has_a_missing_code_and_an_all_missing_column_still_encodes():
    encoded = term_dictionaries(_terms([("en01", None, None), ("en01", "qwen", None)], arrow=False))
    term = encoded.column(Term.TERM).combine_chunks()
    assert term.indices.to_pylist() == [None, 0]
    assert encoded.column(Term.LANG).combine_chunks().indices.to_pylist() == [None, None]


@pytest.mark.parametrize(("stored", "expected"), [
    ("its own encoding", True),
    ("none stored", False),
    ("an encoding of fewer rows", False),
    ("a column left out", False),
    ("a column stored plain", False),
])
def test_a_stored_encoding_fits_only_the_frame_it_was_made_of(stored, expected):
    terms = _terms(ROWS)
    own = term_dictionaries(terms)
    tables = {
        "its own encoding": own,
        "none stored": None,
        "an encoding of fewer rows": term_dictionaries(terms.iloc[:3]),
        "a column left out": own.drop_columns([Term.LANG]),
        "a column stored plain": own.set_column(0, Term.TERM, pa.array([row[1] for row in ROWS])),
    }
    assert matches(tables[stored], terms) is expected
