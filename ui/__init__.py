"""Streamlit helpers shared by the pages: the current view, captions, chart and download widgets."""
