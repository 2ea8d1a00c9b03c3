"""The shared filters as DuckDB queries: which documents and events a view keeps.

The rule is ``lib.analyze.filters``'s (one rule, stated in ``DATE_RULE``): a copy of another article
counts once; outlets, chosen documents and companies (documents that name any of them) narrow the
documents; event types, companies (named among the event's own) and the date range narrow the
events of the documents kept; the date range then keeps documents published in it or reporting an
event kept. The queries read only the columns they test, from the tables of a
``lib.analyze.corpus_sql`` ``CorpusTables``, so an answer asked as a query never narrows a frame.
"""

from __future__ import annotations

from dataclasses import replace

from lib.analyze.corpus_sql import ROW_POSITION, CorpusTables, arrow_query, query
from lib.analyze.dating import MONTH_PRECISE
from lib.analyze.filters import UNKNOWN_OUTLET, Filters
from lib.periods import DAYS_IN_PRECISION, MONTHS_IN_PRECISION
from lib.schema import COMPANY_SEPARATOR, Doc, Event, Mention

# A document's publication month (its first day, a TIMESTAMP), NULL when not dated to a month:
# ``lib.analyze.dating.publication_month_starts`` as SQL over ``documents``.
_MONTH_PRECISE = ", ".join(f"'{name}'" for name in MONTH_PRECISE)
PUBLICATION_MONTH = (f"CASE WHEN {Doc.DATE_PRECISION} IN ({_MONTH_PRECISE}) "
                     f"THEN try_strptime(left({Doc.PUBLISHED}, 7), '%Y-%m') END")
# A document's outlet as ``lib.analyze.filters.outlet_labels`` names it, UNKNOWN_OUTLET for a blank one.
OUTLET_LABEL = f"coalesce(nullif({Doc.SOURCE}, ''), '{UNKNOWN_OUTLET}')"


def kept_doc_ids(tables: CorpusTables, filters: Filters) -> list[str]:
    """The doc_ids of the documents the filters keep, in the corpus's order."""
    sql, parameters = kept_documents_query(filters)
    return query(tables, f"SELECT {Doc.DOC_ID} FROM documents WHERE {Doc.DOC_ID} IN ({sql}) ORDER BY {ROW_POSITION}",
                 parameters)[Doc.DOC_ID].tolist()


def kept_event_ids(tables: CorpusTables, filters: Filters) -> list[str]:
    """The event_ids of the events the filters keep, in no set order."""
    sql, parameters = kept_events_query(filters)
    return query(tables, f"SELECT {Event.EVENT_ID} FROM ({sql})", parameters)[Event.EVENT_ID].tolist()


# A row (of any table with a doc_id) whose document ``kept_documents_clause``'s ``kept`` names.
IN_KEPT = f"{Doc.DOC_ID} IN (SELECT {Doc.DOC_ID} FROM kept)"
# The tables ``tables_kept_for`` adds: the kept documents' doc_id, the kept events' row_position.
KEPT_DOCUMENTS = "kept_documents"
KEPT_EVENTS = "kept_events"
IN_NARROWED = f"{Doc.DOC_ID} IN (SELECT {Doc.DOC_ID} FROM {KEPT_DOCUMENTS})"


def tables_kept_for(tables: CorpusTables, filters: Filters) -> CorpusTables:
    """``tables`` holding also which documents and events ``filters`` keep, worked out once: the queries
    given them (``kept_documents_clause``, ``kept_events_query``) read these instead of each testing
    every mention and event again.

    The documents narrowed before the date range are found once (one pass over the mentions, not one for
    the documents and one for the events) and only their events are tested; the date range then keeps those
    published in it or reporting an event kept."""
    narrowed_sql, parameters = _narrowed_documents(filters)
    narrowed = arrow_query(tables, narrowed_sql, parameters)
    with_narrowed = {**tables.tables, KEPT_DOCUMENTS: narrowed}
    events_sql, event_parameters = _kept_events(filters, f"SELECT {Doc.DOC_ID} FROM {KEPT_DOCUMENTS}", [])
    events = arrow_query(replace(tables, tables=with_narrowed),
                         f"SELECT {ROW_POSITION}, {Event.DOC_ID} FROM ({events_sql})", event_parameters)
    if filters.start or filters.end:
        published, published_parameters = _published_within(filters)
        narrowed = arrow_query(replace(tables, tables={**with_narrowed, KEPT_EVENTS: events}),
                               f"SELECT {Doc.DOC_ID} FROM documents WHERE {IN_NARROWED} "
                               f"AND ({published} OR {Doc.DOC_ID} IN (SELECT {Event.DOC_ID} FROM {KEPT_EVENTS}))",
                               published_parameters)
    kept = {KEPT_DOCUMENTS: narrowed, KEPT_EVENTS: events.select([ROW_POSITION])}
    return replace(tables, tables={**tables.tables, **kept}, kept_for=filters)


def kept_documents_clause(filters: Filters, tables: CorpusTables | None = None) -> tuple[str, list]:
    """A ``WITH kept AS (…)`` clause naming (``doc_id``) the documents the filters keep, and its parameters;
    read from ``tables`` when they hold them (``tables_kept_for``)."""
    if tables is not None and tables.kept_for == filters:
        return f"WITH kept AS (SELECT {Doc.DOC_ID} FROM {KEPT_DOCUMENTS})", []
    sql, parameters = kept_documents_query(filters)
    return f"WITH kept AS ({sql})", parameters


def kept_documents_query(filters: Filters) -> tuple[str, list]:
    """SQL (and its parameters) selecting ``doc_id`` of every document the filters keep."""
    narrowed, parameters = _narrowed_documents(filters)
    if not (filters.start or filters.end):
        return f"SELECT {Doc.DOC_ID} FROM ({narrowed})", parameters
    events, event_parameters = _kept_events(filters, narrowed, parameters)
    published, published_parameters = _published_within(filters)
    sql = (f"SELECT {Doc.DOC_ID} FROM documents WHERE {Doc.DOC_ID} IN (SELECT {Doc.DOC_ID} FROM ({narrowed})) "
           f"AND ({published} OR {Doc.DOC_ID} IN (SELECT {Event.DOC_ID} FROM ({events})))")
    return sql, [*parameters, *published_parameters, *event_parameters]


def kept_events_query(filters: Filters, tables: CorpusTables | None = None) -> tuple[str, list]:
    """SQL (and its parameters) selecting every column of every event the filters keep; read from
    ``tables`` when they hold them (``tables_kept_for``)."""
    if tables is not None and tables.kept_for == filters:
        return f"SELECT * FROM events WHERE {ROW_POSITION} IN (SELECT {ROW_POSITION} FROM {KEPT_EVENTS})", []
    narrowed, parameters = _narrowed_documents(filters)
    return _kept_events(filters, narrowed, parameters)


def _narrowed_documents(filters: Filters) -> tuple[str, list]:
    """Documents kept before the date range: originals, of the outlets, chosen, naming the companies."""
    conditions = [f"coalesce({Doc.DUPLICATE_OF}, '') = ''"]
    parameters: list = []
    if filters.outlets:
        conditions.append(f"{OUTLET_LABEL} IN (SELECT unnest(?::VARCHAR[]))")
        parameters.append(list(filters.outlets))
    if filters.doc_ids:
        conditions.append(f"{Doc.DOC_ID} IN (SELECT unnest(?::VARCHAR[]))")
        parameters.append(list(filters.doc_ids))
    if filters.companies:
        conditions.append(f"{Doc.DOC_ID} IN (SELECT {Mention.DOC_ID} FROM mentions "
                          f"WHERE {Mention.COMPANY} IN (SELECT unnest(?::VARCHAR[])))")
        parameters.append(list(filters.companies))
    return f"SELECT {Doc.DOC_ID} FROM documents WHERE " + " AND ".join(conditions), parameters


def _kept_events(filters: Filters, narrowed: str, parameters: list) -> tuple[str, list]:
    conditions = [f"{Event.DOC_ID} IN (SELECT {Doc.DOC_ID} FROM ({narrowed}))"]
    parameters = list(parameters)
    if filters.event_types:
        conditions.append(f"{Event.EVENT_TYPE} IN (SELECT unnest(?::VARCHAR[]))")
        parameters.append(list(filters.event_types))
    if filters.companies:
        # The separator-joined list, wrapped in separators, holds ";name;" for each name it lists: matched
        # without splitting every event's list (0.7 CPU s of a company pick at 100,000 articles).
        listed = f"(? || {Event.COMPANIES} || ?)"
        conditions.append("(" + " OR ".join([f"contains({listed}, ?)"] * len(filters.companies)) + ")")
        for name in filters.companies:
            parameters += [COMPANY_SEPARATOR, COMPANY_SEPARATOR, f"{COMPANY_SEPARATOR}{name}{COMPANY_SEPARATOR}"]
    overlapping, range_parameters = _overlapping(Event.DATE, Event.DATE_END, filters)
    return "SELECT * FROM events WHERE " + " AND ".join(conditions + overlapping), parameters + range_parameters


def _published_within(filters: Filters) -> tuple[str, list]:
    """Documents whose publication period overlaps the range; undated ones are not."""
    first = f"TRY_CAST(CASE length({Doc.PUBLISHED}) WHEN 4 THEN {Doc.PUBLISHED} || '-01-01' " \
            f"WHEN 7 THEN {Doc.PUBLISHED} || '-01' ELSE {Doc.PUBLISHED} END AS DATE)"
    overlapping, parameters = _overlapping(first, _last_day(first), filters, cast="::DATE")
    return "(" + " AND ".join([f"{first} IS NOT NULL", *overlapping]) + ")", parameters


def _overlapping(first: str, last: str, filters: Filters, cast: str = "") -> tuple[list[str], list]:
    """Conditions that the period from ``first`` to ``last`` overlaps the filters' range, and their parameters."""
    conditions, parameters = [], []
    if filters.start:
        conditions.append(f"{last} >= ?{cast}")
        parameters.append(filters.start.isoformat())
    if filters.end:
        conditions.append(f"{first} <= ?{cast}")
        parameters.append(filters.end.isoformat())
    return conditions, parameters


def _last_day(first: str) -> str:
    """The last day of the publication period; the first day itself for a day or an unknown precision."""
    cases = [f"WHEN '{name}' THEN {first} + INTERVAL {months} MONTH - INTERVAL 1 DAY"
             for name, months in MONTHS_IN_PRECISION.items()]
    cases += [f"WHEN '{name}' THEN {first} + INTERVAL {days - 1} DAY" for name, days in DAYS_IN_PRECISION.items()]
    return f"CAST(CASE {Doc.DATE_PRECISION} {' '.join(cases)} ELSE {first} END AS DATE)"
