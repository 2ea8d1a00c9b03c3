"""One script per dashboard page, run by app.py's ``st.navigation``; nothing imports them.

A page is a thin view: it reads the shared view (``ui.session``), calls ``lib.analyze``,
``lib.charts`` and ``lib.render``, and draws through ``ui``. The folder is not named ``pages/``:
that name switches Streamlit to its legacy pages-folder mode (see benchmarks/README.md).
"""
