"""The terms frame's term, lang and doc-id columns dictionary-encoded, as the snapshot keeps them.

The term answers count rows by integer codes of these three columns (``lib.analyze.term_codes``).
Encoding 7 million rows' strings took about a CPU second of a dashboard's first Companies visit at
20,000 articles (five at 100,000), on every start; the snapshot stores them encoded, made once when
it is written, so a start memory-maps the codes instead of hashing the strings again. A frame with no
stored encoding (a corpus built without a cache folder, a test's frame) is encoded the same way, by
the same function, when first needed: the codes do not depend on where they come from.

Each column's dictionary holds its distinct values in order of first appearance (``pd.factorize``'s
order); a missing value has a missing code.
"""

from __future__ import annotations

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from lib.schema import Term

ENCODED = (Term.TERM, Term.LANG, Term.DOC_ID)


def term_dictionaries(terms: pd.DataFrame | pa.Table) -> pa.Table:
    """``ENCODED`` columns of ``terms`` (``Term.COLUMNS``; a frame or its Arrow table) as one-chunk Arrow
    dictionary columns, int32 codes."""
    if isinstance(terms, pa.Table):
        return pa.table({name: _as_pandas_holds(_encoded_array(terms.column(name))) for name in ENCODED})
    return pa.table({name: _encoded(terms[name]) for name in ENCODED})


def matches(dictionaries: pa.Table | None, terms: pd.DataFrame) -> bool:
    """Whether ``dictionaries`` can be the encoding of ``terms``: its columns, one code per row."""
    return (dictionaries is not None and dictionaries.num_rows == len(terms)
            and all(name in dictionaries.column_names and pa.types.is_dictionary(dictionaries.schema.field(name).type)
                    for name in ENCODED))


def _encoded(values: pd.Series) -> pa.DictionaryArray:
    array = getattr(values.array, "_pa_array", None)
    if array is None:      # a frame not read from Arrow (a test's): its values as they are, any type
        array = pa.array(values, from_pandas=True)
    return _encoded_array(array)


def _encoded_array(array: pa.Array | pa.ChunkedArray) -> pa.DictionaryArray:
    if pa.types.is_null(array.type):
        array = array.cast(pa.string())
    encoded = pc.dictionary_encode(array)
    if isinstance(encoded, pa.ChunkedArray):
        encoded = encoded.combine_chunks()
    return encoded


def _as_pandas_holds(encoded: pa.DictionaryArray) -> pa.DictionaryArray:
    """``encoded`` with its values as a frame read from the same table holds them (pandas keeps text as
    large strings), so the encoding of a table and of its frame are the same table."""
    if not pa.types.is_string(encoded.dictionary.type):
        return encoded
    return pa.DictionaryArray.from_arrays(encoded.indices, encoded.dictionary.cast(pa.large_string()))
