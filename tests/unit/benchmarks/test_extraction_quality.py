"""The extraction benchmark's scoring: each counted hit, miss and false alarm is the right one."""

from __future__ import annotations

import pandas as pd
import pytest

from benchmarks.extraction_quality import _score_events, year_out_of_reach
from benchmarks.extraction_scores import Score
from benchmarks.miss_causes import NO_EVENT_NAMED, WRONG_IN_ARTICLE
from benchmarks.realnews import Excerpt, GoldEvent, annotation_problems, sentence_span

TEXT = ("On Monday, DeepSeek released R1. Nvidia shares fell 17% the next day, while Alibaba launched "
        "Qwen in March. 次日，英伟达股价大跌。")


def _gold(sentence, words, day, precision, companies=(), classes=("yearless",)):
    return GoldEvent(sentence, words, day, precision, tuple(companies), "text", False, tuple(classes))


def _excerpt(*events, companies=()):
    return Excerpt("en01", "A", "https://example.com/a", "Example", "wire", "en", "2025-01-27", True, "T", "",
                   TEXT, tuple(companies), tuple(events))


# The company names of TEXT, as the pipeline's mentions frame holds them.
MENTIONS = pd.DataFrame({"start": [TEXT.index(name) for name in ("DeepSeek", "Nvidia", "Alibaba", "英伟达")]})


def _row(words, day, precision, companies=""):
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words), "date": day, "precision": precision,
            "date_text": words, "companies": companies}


GOLD = [
    _gold("DeepSeek released R1", "On Monday", "2025-01-27", "day", ["DeepSeek"], ("weekday",)),
    _gold("Nvidia shares fell", "the next day", "2025-01-28", "day", ["Nvidia"], ("anaphora",)),
    _gold("Alibaba launched", "March", "2024-03-01", "month", ["Alibaba"], ("yearless", "attribution")),
]


@pytest.mark.parametrize(
    ("rows", "matched", "wrong_period", "companies_right", "false_alarms", "causes"),
    [
        # each date alone reads as annotated, and each sentence names its company: the article lost them
        ([], 0, 0, 0, 0, {NO_EVENT_NAMED: 3}),
        ([_row("Monday", "2025-01-27", "day", "DeepSeek")], 1, 0, 1, 0, {NO_EVENT_NAMED: 2}),
        # right words, wrong period: a miss of class "yearless", counted as a wrong period
        ([_row("March", "2025-03-01", "month", "Alibaba")], 0, 1, 0, 1, {NO_EVENT_NAMED: 2, WRONG_IN_ARTICLE: 1}),
        # right period, companies of the whole sentence: matched, companies wrong
        ([_row("March", "2024-03-01", "month", "Nvidia;Alibaba")], 1, 0, 0, 0, {NO_EVENT_NAMED: 2}),
        # the same period read twice in one sentence: one match, one false alarm
        ([_row("Monday", "2025-01-27", "day", "DeepSeek"), _row("On Monday", "2025-01-27", "day", "DeepSeek")],
         1, 0, 1, 1, {NO_EVENT_NAMED: 2}),
        # a date in another sentence never matches
        ([_row("次日", "2025-01-28", "day", "Nvidia")], 0, 0, 0, 1, {NO_EVENT_NAMED: 3}),
    ],
)
def test_event_scoring(rows, matched, wrong_period, companies_right, false_alarms, causes):
    score = Score()
    _score_events(_excerpt(*GOLD), TEXT, pd.DataFrame(rows), lambda name: name, score, MENTIONS)
    assert (score.gold_events, score.predicted_events) == (3, len(rows))
    assert (score.matched, score.wrong_period, score.companies_right) == (matched, wrong_period, companies_right)
    assert sum(line.count("FALSE") for line in score.details) == false_alarms
    assert score.by_class["attribution"]["gold"] == 1
    assert score.missed_events == causes
    assert sum(score.wrong_periods.values()) == wrong_period


# Two annotated words of one day in one sentence; English, simplified and traditional Chinese.
SAME_DAY = [
    ("Huawei launched HarmonyOS on the first day of its conference in Dongguan, August 9 to 11.",
     "on the first day", "August 9", "2019-08-09"),
    ("就在那次拜访后一周，11月6日，月之暗面发布了新模型。", "那次拜访后一周", "11月6日", "2025-11-06"),
    ("就在那次拜訪後一週，11月6日，月之暗面發布了新模型。", "那次拜訪後一週", "11月6日", "2025-11-06"),
]


@pytest.mark.parametrize(("sentence", "unread", "read", "day"), SAME_DAY)
@pytest.mark.parametrize("both_read", [False, True])
def test_a_row_goes_to_the_gold_of_its_own_words_first(sentence, unread, read, day, both_read):
    """The row read on "August 9" is that gold's even when the gold on "on the first day" comes first: the miss
    falls on the words not read, so that its cause is theirs; with both read, both match."""
    golds = [_gold(sentence[:12], words, day, "day", ["Huawei"]) for words in (unread, read)]
    excerpt = Excerpt("en01", "A", "https://example.com/a", "Example", "wire", "en", "2025-11-27", True, "T", "",
                      sentence, ("Huawei",), tuple(golds))
    rows = [_row_in(sentence, words, day) for words in ((unread, read) if both_read else (read,))]
    score = Score()
    _score_events(excerpt, sentence, pd.DataFrame(rows), lambda name: name, score, pd.DataFrame({"start": [0]}))
    assert score.matched == (2 if both_read else 1)
    assert [line.split("MISS ")[1].split(" = ")[0] for line in score.details if "MISS" in line] == (
        [] if both_read else [repr(unread)])
    assert not any("FALSE" in line for line in score.details)


def _row_in(text, words, day):
    start = text.index(words)
    return {"start": start, "end": start + len(words), "date": day, "precision": "day", "date_text": words,
            "companies": "Huawei"}


@pytest.mark.parametrize(
    ("fragment", "sentence"),
    [
        ("DeepSeek released", "On Monday, DeepSeek released R1."),
        ("Qwen", " Nvidia shares fell 17% the next day, while Alibaba launched Qwen in March."),
        ("英伟达", " 次日，英伟达股价大跌。"),
    ],
)
def test_sentence_span(fragment, sentence):
    start, end = sentence_span(TEXT, fragment)
    assert TEXT[start:end] == sentence


def test_annotation_problems_name_what_is_wrong():
    bad = _gold("not in the text", "March", "2024-03-01", "monthly", classes=("sometimes",))
    problems = annotation_problems(_excerpt(bad))
    assert any("occurs 0 times" in p for p in problems)
    assert any("precision" in p for p in problems)
    assert any("classes" in p for p in problems)
    assert annotation_problems(_excerpt(*GOLD)) == []


@pytest.mark.parametrize(("in_metadata", "url", "title", "header", "text", "out_of_reach"), [
    (True, "https://example.com/a", "T", "", "On Monday, DeepSeek released R1.", False),
    (False, "https://example.com/a", "T", "", "On Monday, DeepSeek released R1.", True),
    (False, "https://example.com/2025/01/27/a", "T", "", "On Monday, DeepSeek released R1.", False),
    (False, "https://example.com/a", "T", "By Staff | January 27, 2025", "On Monday, DeepSeek released R1.", False),
    (False, "https://example.com/a", "T", "中新网1月17日电", "周一，深度求索发布R1。", True),
    (False, "https://example.com/a", "T", "中新网1月17日电", "周一，深度求索发布R1，2025年初以来股价翻倍。", False),
    (False, "https://example.com/a", "二〇二五年回顾", "", "周一，深度求索发布R1。", False),
    (False, "https://example.com/a", "T", "", "DeepSeek's R1 beat 2048 tokens a second on Monday.", False),
])
def test_articles_with_no_year_to_read_are_counted_apart(in_metadata, url, title, header, text, out_of_reach):
    excerpt = Excerpt("en01", "A", url, "Example", "wire", "en", "2025-01-27", in_metadata, title, header,
                      text, (), ())
    assert year_out_of_reach(excerpt) is out_of_reach


def test_an_excerpt_the_pipeline_skipped_counts_all_its_golds_as_missed():
    from benchmarks.extraction_quality import score_real
    from lib.pipeline.corpus import Corpus

    empty = pd.DataFrame(columns=["doc_id", "text", "published"])
    corpus = Corpus(empty, pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), pd.DataFrame(),
                    pd.DataFrame(), pd.DataFrame())
    score = score_real([_excerpt(*GOLD, companies=("DeepSeek", "Nvidia"))], corpus, lambda name: name)
    assert (score.gold_events, score.matched, score.not_ingested) == (len(GOLD), 0, ["en01"])
    assert (score.gold_companies, score.found_companies) == (2, 0)
    assert sum(counts["not_found"] for counts in score.by_class.values()) == sum(len(g.classes) for g in GOLD)
