"""The corpus's frames as Arrow tables that DuckDB queries, for the answers asked as queries.

Each table is the frame's Arrow form: the in-memory frames' (pandas keeps strings in Arrow, so no
rows are copied) or a snapshot's Arrow IPC files memory-mapped, so that a query reads only the
columns and rows it needs. Every table gets a ``row_position`` column, its rows' order in the frame,
for answers whose ties or numbering follow that order. Each query runs on a cursor of its own with
the tables registered on it (``query``): a cursor may run beside others in another thread, and a
table registered on one connection is not seen by its cursors.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd
import pyarrow as pa

from lib.deferred import arrow_or_frame

# The frames the queries read; the others stay out of DuckDB.
SQL_FRAMES = ("documents", "mentions", "events")
ROW_POSITION = "row_position"


@dataclass(frozen=True)
class CorpusTables:
    """Arrow tables by frame name, each with its ``row_position``, and the DuckDB database that queries them.

    ``kept_for``: the filters whose kept documents and events the tables also hold
    (``lib.analyze.sql_filters.tables_kept_for``), None when they hold only the corpus's."""

    tables: Mapping[str, pa.Table]
    database: duckdb.DuckDBPyConnection = field(default_factory=duckdb.connect, repr=False)
    kept_for: object = None


def frames_tables(frames: Mapping[str, pd.DataFrame]) -> CorpusTables:
    """The Arrow form of each frame of ``frames`` (the frames unchanged)."""
    return _positioned({name: pa.Table.from_pandas(frame, preserve_index=False) for name, frame in frames.items()})


def corpus_tables(corpus) -> CorpusTables:
    """The ``SQL_FRAMES`` of ``corpus`` (a ``lib.pipeline.Corpus``) as Arrow tables: a frame deferred from a
    snapshot's table is that table (``arrow_or_frame``), not made for this."""
    forms = {name: arrow_or_frame(corpus, name) for name in SQL_FRAMES}
    return _positioned({name: form if isinstance(form, pa.Table) else pa.Table.from_pandas(form, preserve_index=False)
                        for name, form in forms.items()})


def snapshot_tables(folder: str | Path, names: Sequence[str] = SQL_FRAMES) -> CorpusTables:
    """A snapshot's ``NAME.arrow`` files in ``folder``, memory-mapped, not read."""
    tables = {}
    for name in names:
        with pa.memory_map(str(Path(folder) / f"{name}.arrow")) as source:
            tables[name] = pa.ipc.open_file(source).read_all()
    return _positioned(tables)


def _positioned(tables: Mapping[str, pa.Table]) -> CorpusTables:
    return CorpusTables({name: table.append_column(ROW_POSITION, pa.array(np.arange(table.num_rows, dtype=np.int64)))
                         for name, table in tables.items()})


def query(tables: CorpusTables, sql: str, parameters: Sequence = ()) -> pd.DataFrame:
    """The rows of ``sql`` over ``tables`` as a DataFrame."""
    # Through Arrow: text comes back as pandas' ``str`` even when no row does (``.df()`` gives object).
    return arrow_query(tables, sql, parameters).to_pandas()


def arrow_query(tables: CorpusTables, sql: str, parameters: Sequence = ()) -> pa.Table:
    """The rows of ``sql`` over ``tables`` as an Arrow table."""
    cursor = tables.database.cursor()
    try:
        for name, table in tables.tables.items():
            cursor.register(name, table)
        return cursor.sql(sql, params=list(parameters)).to_arrow_table()
    finally:
        cursor.close()
