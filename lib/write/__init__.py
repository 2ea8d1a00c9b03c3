"""Writing: everything that changes a corpus folder or writes files out of it.

``uploads`` saves uploaded articles and zips, ``links`` saves fetched web pages (``fetch_command``
is ``python -m lib fetch``), ``corpus_files`` edits ``metadata.csv``, the folder's gazetteer and
stopwords and moves articles to the trash and back, ``corpus_edits`` validates those edits first,
and ``export``/``spreadsheet`` write the frames as CSV or Parquet that spreadsheets cannot run.
"""
