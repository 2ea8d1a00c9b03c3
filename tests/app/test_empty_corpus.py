"""An empty corpus folder: every page says so and points to the Corpus page, none raises."""

import pytest

from tests.app.conftest import assert_no_exception


@pytest.mark.parametrize("page", [
    "app_pages/overview.py", "app_pages/timeline.py", "app_pages/companies.py", "app_pages/keywords.py",
    "app_pages/reader.py"])
def test_an_empty_folder_points_to_the_corpus_page(run_page, tmp_path, page):
    empty = tmp_path / "empty"
    empty.mkdir()
    app = run_page(page, corpus=empty)
    assert_no_exception(app)
    assert any("no articles yet" in i.value for i in app.info), [i.value for i in app.info]
    assert app.get("page_link"), "the message links to the Corpus page"
