"""News-intelligence corpus pipeline: ingest → parse → extract → analyze → charts.

``python -m lib export CORPUS_DIR --out OUT_DIR`` runs the whole pipeline and writes CSV files.
"""
