"""Openings dated by their dateline: a wire or portal lead's first sentence as a report of the dateline's day."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.event_vectors import EventVectors
from lib.analyze.stories import corpus_stories
from lib.analyze.story_openings import opening_reports, sentence_spans, sentences_without_events
from lib.parse.sentences import split_sentences
from lib.schema import DATELINE_DAY, Doc, Event, Mention, Sent, Story


def _documents(*rows):
    """rows: (doc_id, text, published, date_precision)."""
    return pd.DataFrame(rows, columns=[Doc.DOC_ID, Doc.TEXT, Doc.PUBLISHED, Doc.DATE_PRECISION])


def _mentions(*rows):
    """rows: (doc_id, sent_id, company, kind)."""
    frame = pd.DataFrame(rows, columns=[Mention.DOC_ID, Mention.SENT_ID, Mention.COMPANY, Mention.KIND])
    return frame.assign(**{Mention.ENTITY: frame[Mention.COMPANY], Mention.ALIAS: frame[Mention.COMPANY],
                           Mention.START: 0, Mention.END: 0})


def _sentences(documents):
    """The sentences frame of ``documents``, split as the pipeline splits them."""
    return pd.DataFrame([(doc_id, sent_id, start, end, text[start:end])
                         for doc_id, text in zip(documents[Doc.DOC_ID], documents[Doc.TEXT], strict=True)
                         for sent_id, (start, end) in enumerate(split_sentences(text))], columns=Sent.COLUMNS)


NO_EVENTS = pd.DataFrame(columns=Event.COLUMNS)


@pytest.mark.parametrize(("text", "published", "company", "day", "words"), [
    # A wire lead whose first sentence has no date of its own: the dateline said it.
    ("BEIJING, Jan 30 (Reuters) - DeepSeek released an upgraded version of its R1 model, the company said.",
     "2025-01-30", "DeepSeek", "2025-01-30", "Jan 30"),
    # A regulator acting on a company, the page reposted the next day.
    ("Rome, Jan. 30 (LaPresse) – The Garante has ordered, with immediate effect, the restriction of the "
     "processing of Italian users' data by DeepSeek.\nThis was announced by the authority.",
     "2025-01-31", "DeepSeek", "2025-01-30", "Jan. 30"),
    # An agency dateline stating its year, in an article with no publication date.
    ("新华社北京2025年1月22日电（记者张三）字节跳动发布豆包大模型1.5 Pro，推理能力大幅提升。", "", "ByteDance",
     "2025-01-22", "2025年1月22日"),
    # A portal's dateline with its name glued to the day.
    ("品玩6月20日讯，字节跳动推出AI视频应用即梦，面向国内用户开放。", "2024-06-20", "ByteDance", "2024-06-20",
     "6月20日"),
    # Taiwan's agency names only the day of month: the latest such day on or before publication.
    ("（中央社記者鍾榮峰台北9日電）台積電宣布推出新一代2奈米製程，明年量產。", "2024-02-10", "TSMC",
     "2024-02-09", "9日"),
])
def test_an_opening_naming_a_company_and_a_happening_reports_its_datelines_day(text, published, company, day,
                                                                               words):
    documents = _documents(("a", text, published, "day" if published else ""))
    mentions = _mentions(("a", 0, company, "company"), ("a", 0, "Reuters", "outlet"))
    reports = opening_reports(NO_EVENTS, documents, mentions, _sentences(documents))
    assert len(reports) == 1
    report = reports.iloc[0]
    assert (report[Event.DATE], report[Event.PRECISION], report[Event.COMPANIES]) == (day, "day", company)
    assert text[report[Event.START]:report[Event.END]] == report[Event.DATE_TEXT] == words
    assert report[Event.QUALIFIER] == DATELINE_DAY
    assert report[Event.SENTENCE] == text.split("\n")[0]


@pytest.mark.parametrize(("text", "published", "mentions"), [
    # A lead about a market: no company named.
    ("HONG KONG, Jan 30 (Reuters) - Hong Kong stocks rose in early trade, led by technology shares.",
     "2025-01-30", [("a", 0, "Reuters", "outlet")]),
    # A lead about a regulator alone: a regulation named, no company.
    ("BEIJING, Jan 30 (Reuters) - China's cyberspace regulator released draft measures on generative AI.",
     "2025-01-30", [("a", 0, "", "regulation")]),
    # A feature's opening: a company, but no happening told.
    ("BEIJING, Aug. 6 (Xinhua) - As an electric piano softly rippled out Pachelbel's Canon, what captivated "
     "listeners was a robot hand trained on Moonshot AI's model.", "2025-08-06",
     [("a", 0, "Moonshot AI", "company")]),
    # No dateline: the publication date alone does not date an opening.
    ("DeepSeek released an upgraded version of its R1 model, the company said.", "2025-01-30",
     [("a", 0, "DeepSeek", "company")]),
    # A year-less dateline's feature opening in an undated article: a company, no happening.
    ("【香港中通社十五日電】走進英偉達的展館，映入眼簾的是一排排伺服器。", "", [("a", 0, "Nvidia", "company")]),
    # A page reposting the story more than a month after its dateline's day.
    ("BEIJING, Jan 30 (Reuters) - DeepSeek released an upgraded version of its R1 model.", "2025-03-15",
     [("a", 0, "DeepSeek", "company")]),
    # A traditional-Chinese feature opening: a company, no happening.
    ("（中央社記者鍾榮峰台北9日電）走進台積電的晶圓廠，映入眼簾的是一排排機台。", "2024-02-10",
     [("a", 0, "TSMC", "company")]),
])
def test_an_opening_without_a_company_a_happening_a_dateline_or_a_year_reports_nothing(text, published, mentions):
    documents = _documents(("a", text, published, "day" if published else ""))
    assert opening_reports(NO_EVENTS, documents, _mentions(*mentions), _sentences(documents)).empty


# Class (issue 12): the dateline of an article with no publication date that states its day but no year, in digits
# or in Chinese numerals, simplified, traditional or English, is a year-less day as one in its text is: the opening
# keeps its month-day ("---15" for a day alone) and no date, for its story to place.
@pytest.mark.parametrize(("text", "company", "month_day", "words"), [
    ("【香港中通社十五日電】據市場監管總局網站消息，英偉達涉嫌違反反壟斷法，監管總局決定對其實施進一步調查。",
     "Nvidia", "---15", "十五日"),
    ("【香港中通社九月十五日电】市场监管总局宣布对英伟达实施进一步调查。", "Nvidia", "09-15", "九月十五日"),
    ("（中央社記者鍾榮峰台北9日電）台積電宣布推出新一代2奈米製程，明年量產。", "TSMC", "---09", "9日"),
    ("品玩6月20日讯，字节跳动推出AI视频应用即梦，面向国内用户开放。", "ByteDance", "06-20", "6月20日"),
    ("BEIJING, Jan 30 (Reuters) - DeepSeek released an upgraded version of its R1 model, the company said.",
     "DeepSeek", "01-30", "Jan 30"),
])
def test_an_undated_articles_year_less_dateline_reports_a_year_less_day(text, company, month_day, words):
    documents = _documents(("a", text, "", ""))
    reports = opening_reports(NO_EVENTS, documents, _mentions(("a", 0, company, "company")), _sentences(documents))
    assert len(reports) == 1
    report = reports.iloc[0]
    assert (report[Event.DATE], report[Event.MONTH_DAY], report[Event.QUALIFIER]) == ("", month_day, DATELINE_DAY)
    assert text[report[Event.START]:report[Event.END]] == report[Event.DATE_TEXT] == words


def test_a_dated_articles_dateline_in_chinese_numerals_reports_its_day():
    text = "【香港中通社十五日電】市場監管總局宣布對英偉達實施進一步調查。"
    documents = _documents(("a", text, "2025-09-16", "day"))
    reports = opening_reports(NO_EVENTS, documents, _mentions(("a", 0, "Nvidia", "company")), _sentences(documents))
    assert reports[[Event.DATE, Event.MONTH_DAY]].values.tolist() == [["2025-09-15", ""]]


def test_an_undated_opening_takes_the_year_of_the_one_story_of_its_day_that_says_alike():
    lead = "【香港中通社十五日電】市場監管總局宣布對英偉達實施進一步調查。"
    told = ["China's regulator said on September 15, 2025 that Nvidia violated its anti-monopoly law.",
            "市场监管总局2025年9月15日宣布，英伟达违反反垄断法。"]
    documents = _documents(("wire", lead, "", ""), ("p1", told[0], "2025-09-15", "day"),
                           ("p2", told[1], "2025-09-15", "day"))
    documents = documents.assign(**{Doc.SOURCE: ["中通社", "P1", "P2"], Doc.LANGUAGE: ["zh", "en", "zh"]})
    events = pd.DataFrame([{
        Event.EVENT_ID: f"{doc}#0.0", Event.DOC_ID: doc, Event.SENT_ID: 0, Event.DATE: "2025-09-15",
        Event.PRECISION: "day", Event.DATE_TEXT: words, Event.COMPANIES: "Nvidia",
        Event.EVENT_TYPE: "controversy/legal", Event.SENTENCE: sentence, Event.DATE_END: "2025-09-15",
        Event.QUALIFIER: "", Event.START: sentence.find(words), Event.END: sentence.find(words) + len(words)}
        for doc, sentence, words in (("p1", told[0], "September 15, 2025"), ("p2", told[1], "2025年9月15日"))],
        columns=Event.COLUMNS)
    mentions = _mentions(("wire", 0, "Nvidia", "company"), ("p1", 0, "Nvidia", "company"),
                         ("p2", 0, "Nvidia", "company"))
    alike = np.array([1.0, 0.0, 0.0])
    stories = corpus_stories(events, documents, EventVectors(told, lambda texts: np.stack([alike] * len(texts)), 3),
                             mentions=mentions, sentences=_sentences(documents))
    reports = stories.reports_with_stories(events)
    assert reports[Event.DOC_ID].tolist() == ["p1", "p2", "wire"]
    assert reports[Event.STORY_ID].nunique() == 1 and reports[Event.STORY_ID].iloc[0] != ""
    assert reports[Event.DATE].tolist() == ["2025-09-15"] * 3


def test_an_opening_with_a_date_of_its_own_is_left_to_its_event():
    text = "新华社北京3月28日电(记者郭宇靖)3月28日晚,小米集团在京举办发布会,正式发布首款小米新能源汽车SU7。"
    events = pd.DataFrame([{Event.DOC_ID: "a", Event.SENT_ID: 0}], columns=Event.COLUMNS)
    documents = _documents(("a", text, "2024-03-29", "day"))
    assert opening_reports(events, documents, _mentions(("a", 0, "Xiaomi", "company")), _sentences(documents)).empty


def test_without_mentions_or_sentences_no_opening_is_read():
    documents = _documents(("a", "BEIJING, Jan 30 (Reuters) - DeepSeek released R1.", "2025-01-30", "day"))
    assert opening_reports(NO_EVENTS, documents, None, _sentences(documents)).empty
    assert opening_reports(NO_EVENTS, documents, _mentions(("a", 0, "DeepSeek", "company")), None).empty


@pytest.mark.parametrize(("text", "published", "company", "mark"), [
    ("BEIJING, Jan 30 (Reuters) - DeepSeek released an upgraded R1 model; shares of Nvidia fell.", "2025-01-30",
     "DeepSeek", ";"),
    ("新华社北京2025年1月22日电 字节跳动发布豆包大模型1.5 Pro，火山引擎同步开放调用。", "", "ByteDance", "，"),
    ("（中央社記者鍾榮峰台北9日電）台積電宣布推出2奈米製程，明年量產。", "2024-02-10", "TSMC", "，"),
])
def test_the_opening_is_the_sentence_the_sentences_frame_holds(text, published, company, mark):
    first_end = text.index(mark) + 1  # a frame whose first sentence ends where splitting the text would not
    assert split_sentences(text)[0][1] != first_end
    documents = _documents(("a", text, published, "day" if published else ""))
    sentences = pd.DataFrame([("a", 0, 0, first_end, text[:first_end]),
                              ("a", 1, first_end, len(text), text[first_end:])], columns=Sent.COLUMNS)
    reports = opening_reports(NO_EVENTS, documents, _mentions(("a", 0, company, "company")), sentences)
    assert reports[Event.SENTENCE].tolist() == [text[:first_end]]


def test_sentence_spans_are_each_documents_in_reading_order():
    sentences = pd.DataFrame([("b", 1, 9, 20, ""), ("a", 0, 0, 5, ""), ("b", 0, 0, 8, ""), ("c", 0, 0, 3, "")],
                             columns=Sent.COLUMNS)
    assert sentence_spans(sentences, {"a", "b", "x"}) == {"a": [(0, 0, 5)], "b": [(0, 0, 8), (1, 9, 20)]}


def test_an_opening_joins_the_story_its_day_and_words_agree_with_and_shows_in_its_evidence():
    lead = "Rome, Jan. 30 (LaPresse) – The Garante has ordered the restriction of DeepSeek's processing of data."
    told = "Italy's privacy watchdog blocked DeepSeek on January 30."
    documents = _documents(("wire", lead, "2025-01-30", "day"), ("paper", told, "2025-01-31", "day"))
    documents = documents.assign(**{Doc.SOURCE: ["LaPresse", "Paper"], Doc.LANGUAGE: "en"})
    events = pd.DataFrame([{
        Event.EVENT_ID: "paper#0.0", Event.DOC_ID: "paper", Event.SENT_ID: 0, Event.DATE: "2025-01-30",
        Event.PRECISION: "day", Event.DATE_TEXT: "January 30", Event.COMPANIES: "DeepSeek",
        Event.EVENT_TYPE: "controversy/legal", Event.SENTENCE: told, Event.DATE_END: "2025-01-30",
        Event.QUALIFIER: "", Event.START: 44, Event.END: 54}], columns=Event.COLUMNS)
    mentions = _mentions(("wire", 0, "DeepSeek", "company"), ("paper", 0, "DeepSeek", "company"))
    alike = np.array([1.0, 0.0, 0.0])
    stories = corpus_stories(events, documents, EventVectors([told], lambda texts: np.stack([alike] * len(texts)), 3),
                             mentions=mentions, sentences=_sentences(documents))
    assert stories.events_with_stories(events)[Event.DOC_ID].tolist() == ["paper"]  # the events frame as it was
    reports = stories.reports_with_stories(events)
    assert reports[Event.DOC_ID].tolist() == ["paper", "wire"]
    assert reports[Event.STORY_ID].nunique() == 1 and reports[Event.STORY_ID].iloc[0] != ""
    assert reports[Event.QUALIFIER].tolist() == ["", DATELINE_DAY]
    assert stories.table.iloc[0][Story.N_ARTICLES] == 2  # the wire counts among its articles


def test_documents_without_a_publication_column_read_as_undated():
    text = "新华社北京2025年1月22日电 字节跳动发布豆包大模型1.5 Pro。"
    documents = pd.DataFrame({Doc.DOC_ID: ["a"], Doc.TEXT: [text]})
    reports = opening_reports(NO_EVENTS, documents, _mentions(("a", 0, "ByteDance", "company")), _sentences(documents))
    assert reports[Event.DATE].tolist() == ["2025-01-22"]


def test_the_sentences_without_events_name_a_company_in_the_documents_given_in_their_order():
    documents = _documents(("a", "阿里巴巴今日上市。市场平淡。腾讯发布财报。", "", ""),
                           ("b", "Baidu cut prices on Monday. Xiaomi opened orders.", "", ""),
                           ("c", "Meituan said nothing.", "", ""))
    mentions = _mentions(("a", 0, "Alibaba", "company"), ("a", 2, "Tencent", "company"),
                         ("b", 0, "Baidu", "company"), ("b", 1, "Xiaomi", "company"), ("b", 1, "", "person"),
                         ("c", 0, "Meituan", "company"))
    events = pd.DataFrame([{Event.DOC_ID: "b", Event.SENT_ID: 0}], columns=Event.COLUMNS)
    found = list(sentences_without_events(events, mentions, _sentences(documents), ["b", "a"]))
    # "b"'s first sentence has its event, "a"'s second names no company, "c" is not asked for
    assert found == [("b", 1, (28, 49), ("Xiaomi",)), ("a", 0, (0, 9), ("Alibaba",)), ("a", 2, (14, 21), ("Tencent",))]

