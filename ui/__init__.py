"""The Streamlit boundary: everything outside app.py and app_pages/ that imports Streamlit.

``cache`` keeps the parsed corpus and its derived tables across reruns; ``shared`` gives the pages
the current view, captions, chart and download widgets; ``fetch_section`` is the Corpus page's form.
"""
