"""One article into rows: parse_document on English, Chinese, HTML and broken files, and the toolkit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lib.pipeline.article import FRAMES, DocResult, build_toolkit, parse_document, shared_toolkit
from lib.read.decoding import UndecodableError
from lib.read.folder import RawFile
from lib.rules import load_rules
from lib.schema import Doc, Event, Mention, Removed, Sent, Term
from lib.store.parse_cache import content_digest
from tests.corpus_factory import GBK_ARTICLE, HTML_PAGE, UTF16_ARTICLE

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="module")
def kit():
    return build_toolkit(load_rules())


def _raw(rel_path: str, data: bytes) -> RawFile:
    return RawFile(rel_path, data, len(data), 0.0)


def parsed(kit, rel_path: str, data: bytes, row=None, doc_id: str = "d1") -> DocResult:
    return parse_document(_raw(rel_path, data), doc_id, row, kit)


def test_a_chinese_gbk_article_is_described_from_its_own_lines(kit):
    result = parsed(kit, "zh/doubao.txt", GBK_ARTICLE.encode("gbk"))
    document = result.document
    assert (document[Doc.TITLE], document[Doc.SOURCE], document[Doc.AUTHOR]) == (
        "字节跳动豆包大模型正式发布，价格比行业低99.3%", "36氪", "张三")
    assert (document[Doc.PUBLISHED], document[Doc.DATE_PRECISION], document[Doc.DATE_ORIGIN]) == (
        "2024-05-15", "day", "text")
    assert (document[Doc.LANGUAGE], document[Doc.FILE], document[Doc.WARNINGS]) == ("zh", "zh/doubao.txt", "")
    assert "免责声明" not in document[Doc.TEXT]
    assert result.frames["removed"][Removed.LABEL] == ["dateline", "disclaimer"]
    events = result.frames["events"]
    assert (events[Event.DATE_TEXT], events[Event.COMPANIES], events[Event.DATE]) == (
        ["5月15日"], ["ByteDance"], ["2024-05-15"])
    # 火山引擎, ByteDance's cloud unit named alone, names ByteDance (lib/rules/gazetteer.csv).
    assert {"ByteDance", "Doubao"} == set(result.frames["mentions"][Mention.ENTITY])
    assert "火山引擎" in set(result.frames["mentions"][Mention.ALIAS])


def test_an_english_seed_article_is_parsed_into_every_frame(kit):
    data = (SEEDS / "000_ae120ede6c11f766.txt").read_bytes()
    result = parsed(kit, "000_ae120ede6c11f766.txt", data, doc_id="000_ae120ede6c11f766")
    document = result.document
    assert document[Doc.TITLE] == "Xiaohongshu Starts Exploring Large Language Model"
    assert document[Doc.LANGUAGE] == "en" and document[Doc.CONTENT_HASH] == content_digest(data)[:16]
    assert document[Doc.N_SENTENCES] == len(result.frames["sentences"][Sent.TEXT]) > 5
    assert "Xiaohongshu" in result.frames["mentions"][Mention.COMPANY]
    for name, frame in result.frames.items():
        assert set(frame[FRAMES[name].DOC_ID]) <= {"000_ae120ede6c11f766"}, name


def test_the_metadata_row_overrides_what_the_text_says(kit):
    row = {"title": "豆包降价", "source": "晚点LatePost", "published": "2024-05-16", "language": "zh"}
    document = parsed(kit, "zh/doubao.txt", GBK_ARTICLE.encode("gbk"), row).document
    assert (document[Doc.TITLE], document[Doc.SOURCE], document[Doc.AUTHOR]) == ("豆包降价", "晚点LatePost", "张三")
    assert (document[Doc.PUBLISHED], document[Doc.DATE_ORIGIN]) == ("2024-05-16", "metadata")


def test_a_bad_metadata_value_is_a_warning_of_the_document(kit):
    result = parsed(kit, "zh/doubao.txt", GBK_ARTICLE.encode("gbk"), {"published": "next Tuesday"})
    assert result.warnings and result.document[Doc.WARNINGS] == " | ".join(result.warnings)
    assert result.document[Doc.PUBLISHED] == "2024-05-15", "the text's date stands"


def test_a_saved_web_page_is_read_without_its_navigation_and_script(kit):
    result = parsed(kit, "en/moonshot.HTML", HTML_PAGE.encode())
    text = result.document[Doc.TEXT]
    assert result.document[Doc.TITLE] == "Alibaba & Tencent Back Moonshot AI"
    assert "Moonshot AI, the maker of the Kimi chatbot" in text
    assert not any(junk in text for junk in ("INJECTED", "alert(1)", "Home", "All rights reserved"))
    assert set(result.frames["removed"][Removed.LABEL]) == {"page"}
    assert {"Moonshot AI", "Kimi", "Alibaba", "Tencent"} <= set(result.frames["mentions"][Mention.ENTITY])


def test_a_utf16_article_reads_its_byline(kit):
    document = parsed(kit, "kling.txt", UTF16_ARTICLE.encode("utf-16")).document
    assert document[Doc.TITLE] == "Kuaishou Opens Kling Video Model to Global Users"
    assert document[Doc.AUTHOR] == "Li Wei" and document[Doc.LANGUAGE] == "en"


@pytest.mark.parametrize(("rel_path", "data"), [
    ("empty.txt", b""),
    ("blank.txt", b" \n\n\t\n"),
    ("binary.txt", bytes(range(256)) * 8),
    ("only-boilerplate.txt", "免责声明：本文仅代表作者个人观点，不构成投资建议。\n".encode()),
])
def test_a_file_without_article_text_raises_undecodable(kit, rel_path, data):
    with pytest.raises(UndecodableError):
        parsed(kit, rel_path, data)


@pytest.mark.parametrize(("rel_path", "data"), [
    ("zh/doubao.txt", GBK_ARTICLE.encode("gbk")),
    ("en/moonshot.html", HTML_PAGE.encode()),
    ("tw.txt", "字節跳動於2024年5月15日發布豆包大模型。\n騰訊也於2024年3月推出混元。\n".encode()),
    ("seed.txt", (SEEDS / "004_7deb7713580fdd7d.txt").read_bytes()),
])
def test_every_offset_points_into_the_stored_text(kit, rel_path, data):
    result = parsed(kit, rel_path, data)
    text = result.document[Doc.TEXT]
    assert result.document[Doc.N_CHARS] == len(text)
    sentences = result.frames["sentences"]
    for start, end, sentence in zip(sentences[Sent.START], sentences[Sent.END], sentences[Sent.TEXT], strict=True):
        assert text[start:end] == sentence
    assert sentences[Sent.SENT_ID] == list(range(len(sentences[Sent.SENT_ID])))
    mentions = result.frames["mentions"]
    for sent_id, start, end in zip(mentions[Mention.SENT_ID], mentions[Mention.START], mentions[Mention.END],
                                   strict=True):
        assert sentences[Sent.START][sent_id] <= start < end <= sentences[Sent.END][sent_id]
    events = result.frames["events"]
    for sent_id, start, end, date_text, sentence in zip(
            events[Event.SENT_ID], events[Event.START], events[Event.END], events[Event.DATE_TEXT],
            events[Event.SENTENCE], strict=True):
        assert text[start:end] == date_text and sentence == sentences[Sent.TEXT][sent_id]


def test_a_traditional_article_is_quoted_as_written_and_counted_in_simplified(kit):
    result = parsed(kit, "tw.txt", "字節跳動於2024年5月15日發布豆包大模型。\n騰訊也於2024年3月推出混元。\n".encode())
    events = result.frames["events"]
    assert events[Event.SENTENCE] == ["字節跳動於2024年5月15日發布豆包大模型。", "騰訊也於2024年3月推出混元。"]
    assert events[Event.COMPANIES] == ["ByteDance", "Tencent"]
    assert {"字节跳动", "腾讯"} <= set(result.frames["terms"][Term.TERM])


def test_each_frame_comes_as_the_columns_of_its_schema(kit):
    result = parsed(kit, "zh/doubao.txt", GBK_ARTICLE.encode("gbk"))
    assert list(result.document) == Doc.COLUMNS
    assert set(result.frames) == set(FRAMES)
    for name, frame in result.frames.items():
        assert list(frame) == FRAMES[name].COLUMNS, name
        assert len({len(column) for column in frame.values()}) == 1, name


def test_the_toolkit_knows_the_gazetteer_stopwords_and_multi_word_names(kit):
    assert kit.rules.gazetteer and kit.gazetteer.find("字节跳动和Moonshot AI", "字节跳动和Moonshot AI")
    counts = kit.terms.count("Moonshot AI raised money from Alibaba.")
    assert ("moonshot AI", "en") in counts, "a gazetteer name of two words is one term, its acronym kept"
    assert not any(term == "from" for term, _ in counts)


def test_a_dateline_opening_a_paragraph_gives_the_date_but_no_event(kit):
    text = "字节跳动发布新模型\n\n新华社北京2025年1月9日电（记者张三）字节跳动8日发布豆包新模型。\n"
    result = parsed(kit, "zh/wire.txt", text.encode("utf-8"))
    assert (result.document[Doc.PUBLISHED], result.document[Doc.SOURCE]) == ("2025-01-09", "新华社")
    events = result.frames["events"]
    assert (events[Event.DATE_TEXT], events[Event.DATE]) == (["8日"], ["2025-01-08"])


@pytest.mark.parametrize("dateline", [
    "新华社北京1月17日电（记者张三）",
    "中新网 1 月 17 日电 ( 张乃月 )",  # digits spaced from the characters, as some sites print them
    "中央社記者鍾榮峰台北1月17日電",
])
def test_the_day_of_an_undated_stories_dateline_is_no_event_of_unknown_year(kit, dateline):
    # No year anywhere: the dateline's day is the publication's, not a year-less event for a story to place.
    text = (f"小红书登顶美国下载榜?\n\n{dateline}越来越多美国网友转向小红书。"
            "路透社14日援引知情人士称,小红书新用户超过70万。\n")
    events = parsed(kit, "zh/wire.txt", text.encode("utf-8")).frames["events"]
    assert events[Event.DATE_TEXT] == ["14日"]
    assert events[Event.MONTH_DAY] == ["---14"]


@pytest.mark.parametrize(("text", "words"), [
    ("Tencent will open the store on March 3.", "March 3"),
    ("腾讯将于3月3日开业。", "3月3日"),
    ("騰訊將於3月3日開業。", "3月3日"),
])
def test_the_toolkit_compiles_the_future_cues_that_put_a_plan_ahead(kit, text, words):
    article = f"Title\n\nPublished: 2025-03-10\n\n{text}\n".encode()
    uncued = build_toolkit(replace(load_rules(), future_cues=()))
    assert uncued.cues is None and kit.cues is not None
    planned = parsed(kit, "a.txt", article).frames["events"]
    assert (planned[Event.DATE_TEXT], planned[Event.DATE]) == ([words], ["2026-03-03"])
    assert parsed(uncued, "a.txt", article).frames["events"][Event.DATE] == ["2025-03-03"]


def test_a_shared_toolkit_parses_as_a_freshly_built_one(kit):
    shared = shared_toolkit(load_rules())
    for rel_path, data in (("zh/doubao.txt", GBK_ARTICLE.encode("gbk")), ("page.html", HTML_PAGE.encode())):
        assert parsed(shared, rel_path, data) == parsed(kit, rel_path, data)
