"""The corpus frames as Arrow tables, joined from the tables of the chunks that were parsed.

Joining is zero-copy: a frame is the chunks' tables side by side. Only what is turned into pandas is
copied, so an ingest that hands its tables to the snapshot (``lib.store.snapshot``) never holds a
whole frame.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import pandas as pd
import pyarrow as pa

from lib.store.batch_spill import BatchSpill


def frame_table(tables: Sequence[pa.Table], typed: Iterable[str] | None = None) -> pa.Table | None:
    """The rows of ``tables`` as one table (None when none has a row), chunks in the order given.

    ``typed``: the columns some chunk gave a value, when the chunks were typed before they were kept
    (``lib.store.batch_spill``); any other column takes Arrow's null type, as joining the chunks'
    own tables gives it.
    """
    tables = [table for table in tables if table.num_rows]
    if not tables:
        return None
    # A column a chunk has only nulls in (or no rows of) takes the type the other chunks give it; text a
    # chunk kept in a spill holds as large strings joins the strings of one that was not.
    joined = pa.concat_tables(tables, promote_options="permissive")
    if typed is not None:
        joined = _untyped_as_null(joined, set(typed))
    return joined


def frame_tables_of(parts: Sequence[Mapping[str, pa.Table]],
                    spill: BatchSpill | None = None) -> dict[str, pa.Table | None]:
    """Each frame's table: the rows of the chunks' tables ``parts``, then of those kept in ``spill``, in order."""
    spilled = spill.parts() if spill is not None else []
    everything = [*parts, *spilled]
    names = list(everything[0]) if everything else []
    if spill is None:
        return {name: frame_table([part[name] for part in everything]) for name in names}
    return {name: frame_table([part[name] for part in everything],
                              spill.typed_columns(name) | typed_columns(part[name] for part in parts))
            for name in names}


def typed_columns(tables: Iterable[pa.Table]) -> set[str]:
    """The columns that some of ``tables`` gives a type (not Arrow's null type)."""
    return {field.name for table in tables for field in table.schema if not pa.types.is_null(field.type)}


def frames_of_tables(tables: Mapping[str, pa.Table | None],
                     columns: Mapping[str, Sequence[str]]) -> dict[str, pd.DataFrame]:
    """Each table as pandas; a frame with no table is empty, with ``columns[name]`` of no type."""
    return {name: table.to_pandas() if table is not None else pd.DataFrame(columns=list(columns[name]))
            for name, table in tables.items()}


def _untyped_as_null(table: pa.Table, typed: set[str]) -> pa.Table:
    columns = [name for name in table.column_names if name not in typed]
    if not columns:
        return table
    fields = [pa.field(f.name, pa.null()) if f.name in columns else f for f in table.schema]
    arrays = [pa.nulls(table.num_rows) if name in columns else table.column(name) for name in table.column_names]
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))
