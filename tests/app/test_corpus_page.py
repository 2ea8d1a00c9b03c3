"""The Corpus page on copies of the seeds and of the messy corpus: it renders, uploads, edits, trashes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lib.read.metadata_csv import read_metadata_csv
from tests.app.conftest import SEEDS, assert_no_exception
from tests.corpus_factory import write_messy_corpus

PAGE = "app_pages/corpus.py"
ARTICLE = b"Moonshot AI launches Kimi\n\nMoonshot AI released Kimi on July 11, 2025. Alibaba backs it.\n"


@pytest.fixture
def corpus(tmp_path) -> Path:
    """A copy of the seeds: tests never write into the repository's seeds/."""
    return Path(shutil.copytree(SEEDS, tmp_path / "corpus"))


def _metrics(app) -> dict[str, str]:
    return {metric.label: metric.value for metric in app.metric}


def _texts(elements) -> str:
    return "\n".join(element.value for element in elements)


def test_renders_on_the_seeds(run_page, corpus):
    app = run_page(PAGE, corpus=corpus)
    assert_no_exception(app)
    assert app.title[0].value == "Corpus"
    assert _metrics(app) == {"Documents": "5", "Skipped files": "0", "Warnings": "0", "In the trash": "0"}
    assert [tab.label for tab in app.tabs] == ["Add articles", "Metadata", "Gazetteer & stopwords",
                                              "Remove & restore", "Skipped & warnings"]
    assert app.file_uploader[0].accept_multiple_files
    assert app.button(key="upload_save").disabled


def test_lists_skipped_files_and_warnings_of_the_messy_corpus(run_page, tmp_path):
    root = write_messy_corpus(tmp_path / "messy")
    (root / "gazetteer.csv").write_text("entity,kind,company,aliases\nFoo,brand,,Foo\n", encoding="utf-8")
    app = run_page(PAGE, corpus=root, tab="Skipped & warnings")
    assert_no_exception(app)
    assert "Skipped files: 6 · warnings: 1." in _texts(app.warning)
    skipped = app.dataframe[0].value
    assert {"report.xlsx", "empty.txt", "leak.txt", "image.txt"} <= set(skipped["file"])
    assert skipped.set_index("file").loc["leak.txt", "reason"] == "symlink leaves the folder"
    warnings = app.dataframe[1].value
    assert ("gazetteer.csv", 2) in set(zip(warnings["source"], warnings["line"], strict=True))
    assert {button.label for button in app.get("download_button")} >= {"Download skipped files (CSV)"}


def test_a_malformed_corpus_gazetteer_is_reported_on_the_gazetteer_tab(run_page, corpus):
    (corpus / "gazetteer.csv").write_text("entity,kind,company,aliases\nFoo,brand,,Foo\nBar,company,,\n")
    app = run_page(PAGE, corpus=corpus, tab="Gazetteer & stopwords")
    assert_no_exception(app)
    assert "2 malformed lines" in _texts(app.warning)
    assert list(app.dataframe[0].value["line"]) == [2, 3]


def test_upload_saves_and_reports_each_file(run_page, corpus):
    app = run_page(PAGE, corpus=corpus)
    app.file_uploader[0].set_value([
        ("Kimi 发布.txt", ARTICLE, "text/plain"),
        ("copy.txt", (corpus / "000_ae120ede6c11f766.txt").read_bytes(), "text/plain"),
        (".hidden.txt", ARTICLE + b"x", "text/plain"),
    ]).run()
    app.button(key="upload_save").click().run()
    assert_no_exception(app)
    assert "1 saved · 1 already in the folder · 1 rejected" in _texts(app.warning)
    report = app.dataframe[0].value
    assert list(report["result"]) == ["saved", "duplicate", "rejected"]
    assert list(report["detail"])[:2] == ["Kimi 发布.txt", "000_ae120ede6c11f766.txt"]
    assert (corpus / "Kimi 发布.txt").read_bytes() == ARTICLE
    assert _metrics(app)["Documents"] == "6"  # the next run read the new file
    assert app.file_uploader[0].value in (None, [])  # a fresh uploader for the next batch


def _edit_metadata(app, edits: dict[int, dict[str, str]]):
    editor = app.data_editor[0]
    app.session_state[editor.key] = {"edited_rows": edits, "added_rows": [], "deleted_rows": []}
    app.button(key="FormSubmitter:metadata_form-Save metadata").click().run()
    return app


def test_metadata_edit_is_saved_and_shows_after_the_rerun(run_page, corpus):
    app = run_page(PAGE, corpus=corpus, tab="Metadata")
    assert_no_exception(app)
    table = app.data_editor[0].value
    assert len(table) == 5 and table.loc[2, "file"] == "002_edb25278540afc68.txt"
    _edit_metadata(app, {2: {"title": "Lan Dong on RedNote", "url": "https://example.com/x"}})
    assert_no_exception(app)
    assert "Saved metadata for 1 document to metadata.csv." in _texts(app.success)
    rows, _ = read_metadata_csv(corpus)
    assert rows["002_edb25278540afc68.txt"]["title"] == "Lan Dong on RedNote"
    assert rows["002_edb25278540afc68.txt"]["note"].startswith("All metadata read from the text")
    assert app.data_editor[0].value.loc[2, "title"] == "Lan Dong on RedNote"


def test_invalid_metadata_is_refused_with_a_message_and_valid_rows_are_saved(run_page, corpus):
    before = (corpus / "metadata.csv").read_text()
    app = run_page(PAGE, corpus=corpus, tab="Metadata")
    _edit_metadata(app, {0: {"published": "2024-13"}, 1: {"url": "javascript:alert(1)"}})
    assert not app.exception
    assert "2 rows not saved" in _texts(app.error)
    assert set(app.dataframe[-1].value["field"]) == {"published", "url"}
    assert (corpus / "metadata.csv").read_text() == before
    _edit_metadata(app, {0: {"published": "2024-13"}, 3: {"language": "zh"}})
    assert read_metadata_csv(corpus)[0]["003_df3640600e7e6e30.txt"]["language"] == "zh"
    assert read_metadata_csv(corpus)[0]["000_ae120ede6c11f766.txt"]["published"] == "2023-05"
    assert "These values were not saved:" in _texts(app.error)


def test_gazetteer_form_adds_a_company_that_the_next_run_finds(run_page, corpus):
    article = "Lanqiao Labs opens in Hangzhou\n\n蓝桥实验室 said on 2024-05-01 it would hire.\n"
    (corpus / "lanqiao.txt").write_text(article, encoding="utf-8")
    app = run_page(PAGE, corpus=corpus, tab="Gazetteer & stopwords")
    assert "Lanqiao Labs" not in app.sidebar.multiselect(key="company").options
    app.text_input[0].input("Lanqiao Labs")
    app.text_area[0].input("Lanqiao Labs\nLanqiao")
    app.text_area[1].input("蓝桥实验室")
    app.button(key="FormSubmitter:gazetteer_form_0-Add to gazetteer").click().run()
    assert_no_exception(app)
    assert "Added Lanqiao Labs (company) with 3 aliases" in _texts(app.success)
    assert (corpus / "gazetteer.csv").read_text().endswith("Lanqiao Labs,company,,Lanqiao Labs|Lanqiao|蓝桥实验室\n")
    assert "Lanqiao Labs" in set(app.dataframe[0].value["entity"])
    assert "Lanqiao Labs" in app.sidebar.multiselect(key="company").options  # every page sees it


def test_gazetteer_form_refuses_a_product_of_an_unknown_company(run_page, corpus):
    app = run_page(PAGE, corpus=corpus, tab="Gazetteer & stopwords")
    app.text_input[0].input("Widget")
    app.selectbox[0].select("product")
    app.text_area[0].input("Widget AI")
    app.button(key="FormSubmitter:gazetteer_form_0-Add to gazetteer").click().run()
    assert "needs the company it belongs to" in _texts(app.error)
    assert not (corpus / "gazetteer.csv").exists()


def test_trash_and_restore_from_the_page(run_page, corpus):
    app = run_page(PAGE, corpus=corpus, tab="Remove & restore")
    assert "The trash is empty." in _texts(app.info)
    app.multiselect(key="trash_pick_0").select("004_7deb7713580fdd7d.txt").run()
    app.button(key="trash_move").click().run()
    assert_no_exception(app)
    assert "Moved 1 of 1 file to the trash." in _texts(app.success)
    assert (corpus / ".trash" / "004_7deb7713580fdd7d.txt").is_file()
    assert _metrics(app)["Documents"] == "4" and _metrics(app)["In the trash"] == "1"
    app.button(key="trash_restore").click().run()
    assert_no_exception(app)
    assert "Restored as 004\\_7deb7713580fdd7d\\.txt." in _texts(app.success)
    assert (corpus / "004_7deb7713580fdd7d.txt").is_file()
    assert _metrics(app)["Documents"] == "5" and _metrics(app)["In the trash"] == "0"


def test_stopwords_form_writes_the_corpus_file(run_page, corpus):
    app = run_page(PAGE, corpus=corpus, tab="Gazetteer & stopwords")
    app.text_area[2].input("RedNote, the")
    app.button(key="FormSubmitter:stopword_form_0-Add stopwords").click().run()
    assert_no_exception(app)
    assert "Added 1 en stopword." in _texts(app.success)
    assert (corpus / "stopwords_en.txt").read_text() == "rednote\n"


def test_unknown_companies_are_listed_and_one_click_adds_one(run_page, corpus):
    # Invented firms: any real one may join the built-in gazetteer and stop being unknown.
    article = ("A lidar maker's shares jump\n\nQinglan Lidar Group (NASDAQ: QLLD) said on 2024-05-01 that "
               "<b>lidar</b> sales doubled.\n\n据悉，云栖智造（688999.SH）与北辰澜科技有限公司宣布合作。\n")
    (corpus / "qinglan.txt").write_text(article, encoding="utf-8")
    app = run_page(PAGE, corpus=corpus, tab="Gazetteer & stopwords")
    assert_no_exception(app)
    table = app.dataframe[-1].value
    assert {"Qinglan Lidar Group", "云栖智造", "北辰澜科技"} <= set(table["candidate"])
    example = table.set_index("candidate").loc["Qinglan Lidar Group", "example"]
    assert "<b>lidar</b>" in example  # shown as text in a table cell, never as markup
    app.button(key="add_candidate_Qinglan Lidar Group").click().run()
    assert_no_exception(app)
    assert (corpus / "gazetteer.csv").read_text(encoding="utf-8").endswith(
        "Qinglan Lidar Group,company,,Qinglan Lidar Group\n")
    assert "Added Qinglan Lidar Group (company)" in _texts(app.success)
    assert "Qinglan Lidar Group" not in set(app.dataframe[-1].value["candidate"])
    assert "Qinglan Lidar Group" in app.sidebar.multiselect(key="company").options
    app.button(key="add_candidate_云栖智造").click().run()
    assert (corpus / "gazetteer.csv").read_text(encoding="utf-8").endswith("云栖智造,company,,云栖智造\n")
    assert "云栖智造" not in set(app.dataframe[-1].value["candidate"])


def test_a_duplicated_metadata_column_is_named_and_the_editor_refuses_to_write(run_page, corpus):
    """Issue 10: with …,title,…,title the page said "Saved" and the title never changed."""
    path = corpus / "metadata.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join([lines[0] + ",title"] + [line + ",Old title" for line in lines[1:]]) + "\n",
                    encoding="utf-8")
    before = path.read_bytes()
    app = run_page(PAGE, corpus=corpus, tab="Metadata")
    assert not app.exception
    assert "'title' appears 2 times" in _texts(app.error) and "fixed by hand" in _texts(app.error)
    assert not app.data_editor and not app.success
    assert path.read_bytes() == before


def test_upload_limits_agree_with_the_uploader(run_page, corpus):
    """The uploader prints Streamlit's per-file limit (server.maxUploadSize); the caption beside it
    must name that limit for the upload and the 5 MB one for each article, not contradict it."""
    import tomllib

    import streamlit as st

    from lib.read.folder import MAX_FILE_BYTES

    configured = tomllib.loads((SEEDS.parent / ".streamlit" / "config.toml").read_text())["server"]["maxUploadSize"]
    app = run_page(PAGE, corpus=corpus)
    limits = next(text for text in (c.value for c in app.caption) if "MB" in text)
    assert st.get_option("server.maxUploadSize") == configured
    assert f"up to {configured} MB" in limits and f"up to {MAX_FILE_BYTES / 1e6:.0f} MB" in limits, limits
