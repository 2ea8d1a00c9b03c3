"""Issue 10: a link with more values than Streamlit reads opens unfiltered, and says so."""

from __future__ import annotations

from tests.app.conftest import assert_no_exception, shown

ALL_DOCUMENTS = 5  # the seeds


def link_notices(app) -> list[str]:
    return [shown(w.value) for w in app.sidebar.warning if "the link's" in shown(w.value)]


def test_a_link_with_too_many_values_shows_how_many_were_dropped_and_from_which_parameters(run_page):
    companies = ["ByteDance"] * 995 + [f"Nobody {i}" for i in range(5)]
    app = run_page("app_pages/overview.py", company=companies, outlet=["36Kr", "Reuters"])
    assert_no_exception(app)
    assert link_notices(app) == [
        "Ignored the link's 1,002 values (company ×1,000, outlet ×2): it has more than 1,000 values, "
        "the most Streamlit reads from a URL, so the page opened without the link's filters."]
    assert app.sidebar.multiselect(key="company").value == [], "Streamlit really dropped them all"
    app.sidebar.multiselect(key="company").select("ByteDance").run()
    assert len(link_notices(app)) == 1, "the notice stays after the next rerun, once"


def test_a_link_within_the_limit_gets_no_such_notice(run_page):
    app = run_page("app_pages/overview.py", company=["ByteDance"] * 1000)
    assert_no_exception(app)
    assert link_notices(app) == []
    assert app.sidebar.multiselect(key="company").value == ["ByteDance"]
