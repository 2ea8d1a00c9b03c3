"""The Keywords page on a folder of English and Chinese articles: each language apart by default,
merged with the toggle (kept in the URL)."""

from __future__ import annotations

import json
import re

import pytest

from lib.charts.provenance import PROVENANCE
from tests.app.conftest import assert_no_exception

PAGE = "app_pages/keywords.py"
MERGE = "Merge English and Chinese into one cloud and one list"
ARTICLES = {
    "en1.txt": "ByteDance launches Doubao model\n2024-05-15\nByteDance said on May 15, 2024 that its Doubao "
               "model is cheaper than rivals. Doubao has many users. ByteDance plans more models.\n",
    "en2.txt": "Alibaba cuts Qwen prices\n2024-05-21\nAlibaba said on May 21, 2024 that Qwen prices fall. "
               "Alibaba Cloud sells Qwen to companies.\n",
    "zh1.txt": "字节跳动发布豆包大模型\n2024年5月15日\n字节跳动5月15日发布豆包大模型，豆包价格低于行业。"
               "火山引擎表示，豆包用户增长很快。\n",
    "zh2.txt": "阿里云通义千问降价\n2024年5月21日\n阿里云5月21日宣布通义千问降价，通义千问的企业用户增加。\n",
}


@pytest.fixture
def mixed_folder(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def bars(app) -> list[dict]:
    specs = [json.loads(chart.proto.spec)["layout"] for chart in app.get("plotly_chart")]
    return [s for s in specs if s["meta"]["full_title"].startswith("Top ")]


def english_terms(app) -> list[str]:
    specs = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    return next(s["data"][0]["y"] for s in specs if s["layout"]["meta"]["full_title"].endswith("— English"))


def cloud_alts(app) -> list[str]:
    return [image.proto.imgs[0].alt for image in app.get("image")]


def toggle(app):
    return next(t for t in app.toggle if t.label == MERGE)


def test_languages_apart_by_default(run_page, mixed_folder):
    app = run_page(PAGE, corpus=mixed_folder)
    assert_no_exception(app)
    assert toggle(app).value is False
    assert cloud_alts(app)[:2] == ["Word cloud: English terms in 2 documents",
                                   "Word cloud: Chinese terms in 2 documents"]
    english, chinese = bars(app)
    assert re.fullmatch(r"Top \d+ terms by frequency — English", english["meta"]["full_title"])
    assert re.fullmatch(r"Top \d+ terms by frequency — Chinese", chinese["meta"]["full_title"])
    assert "doubao" in english_terms(app) and "豆包" not in english_terms(app)
    # each list is on its own scale and carries its own provenance footnote
    assert all("4 of 4 documents" in layout["meta"][PROVENANCE] for layout in (english, chinese))
    assert all(layout["title"]["subtitle"]["text"] for layout in (english, chinese))


def test_merge_toggle_draws_one_cloud_and_one_list(run_page, mixed_folder):
    app = run_page(PAGE, corpus=mixed_folder)
    toggle(app).set_value(True).run()
    assert_no_exception(app)
    assert cloud_alts(app)[0] == "Word cloud: Terms in 4 documents"
    assert [re.sub(r"\d+", "N", b["meta"]["full_title"]) for b in bars(app)] == ["Top N terms by frequency"]


def test_merged_from_a_link(run_page, mixed_folder):
    app = run_page(PAGE, corpus=mixed_folder, merge="true")
    assert_no_exception(app)
    assert toggle(app).value is True
    assert len(bars(app)) == 1


def test_one_language_folder_has_no_toggle(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    assert not [t for t in app.toggle if t.label == MERGE]


def test_two_company_clouds_keep_the_languages_apart_by_default(run_page, mixed_folder):
    app = run_page(PAGE, corpus=mixed_folder)
    assert_no_exception(app)
    # Most-named first: each "Alibaba Cloud"/阿里云 counts the company and its product, 14 mentions to 13
    assert cloud_alts(app)[2:] == ["Word cloud: Alibaba — English", "Word cloud: Alibaba — Chinese",
                                   "Word cloud: ByteDance — English", "Word cloud: ByteDance — Chinese"]
    notes = [c.value for c in app.caption if c.value.startswith("Only the sentences naming")]
    assert len(notes) == 2 and all("English and Chinese terms apart" in note for note in notes)


def test_merged_company_clouds_say_they_mix_the_languages(run_page, mixed_folder):
    app = run_page(PAGE, corpus=mixed_folder, merge="true")
    assert_no_exception(app)
    assert cloud_alts(app)[1:] == ["Word cloud: Alibaba", "Word cloud: ByteDance"]
    notes = [c.value for c in app.caption if c.value.startswith("Only the sentences naming")]
    assert len(notes) == 2 and all("English and Chinese terms in one cloud, on one scale" in note for note in notes)


def test_one_language_company_clouds_say_nothing_of_languages(run_page):
    app = run_page(PAGE)
    assert_no_exception(app)
    notes = [c.value for c in app.caption if c.value.startswith("Only the sentences naming")]
    assert len(notes) == 2 and not any("Chinese" in note for note in notes)
