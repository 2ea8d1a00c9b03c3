"""Issue 10, finding 2 in the dashboard: a damaged snapshot is rebuilt and reported, never served."""

from __future__ import annotations

import shutil

from lib.pipeline.corpus import build_corpus
from tests.app.conftest import SEEDS, assert_no_exception
from tests.unit.store.test_cache_integrity import flip_bit_in_name, scribble, snapshot_file


def test_a_flipped_bit_in_the_snapshot_shows_the_truth_and_a_warning(run_page, tmp_path):
    corpus = shutil.copytree(SEEDS, tmp_path / "corpus")
    cache = tmp_path / "cache"  # the run_page fixture points NEWS_CACHE_DIR here
    build_corpus(corpus, cache)
    flip_bit_in_name(snapshot_file(cache, "events.arrow"))
    scribble(snapshot_file(cache, "mentions.arrow"), seed=3)
    app = run_page("app_pages/overview.py", corpus=corpus)
    assert_no_exception(app)
    shown_tables = [table.value for table in app.dataframe]
    assert not any(table.astype(str).apply(lambda c: c.str.contains("Xiaohongshq")).any().any()
                   for table in shown_tables)
    warnings = [t for t in shown_tables if "message" in t.columns]
    assert warnings and warnings[0]["message"].str.contains("fails its checksum; discarded and rebuilt").any()
    timeline = run_page("app_pages/timeline.py", corpus=corpus)
    assert_no_exception(timeline)
    assert "Xiaohongshq" not in timeline.get("plotly_chart")[0].proto.spec
