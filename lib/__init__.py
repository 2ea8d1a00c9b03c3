"""News-intelligence corpus pipeline: read → parse → extract → (pipeline, store) → analyze →
charts and render, with write for what changes the folder or leaves it. No Streamlit here (ui/).

``python -m lib export CORPUS_DIR --out OUT_DIR`` runs the whole pipeline and writes CSV files.
"""
