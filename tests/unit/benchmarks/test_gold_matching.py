"""Which extracted row is a gold event's: inside its sentence, of its period, on its own words first; and where
the annotated excerpt starts below a headline."""

from __future__ import annotations

import pytest

from benchmarks.gold_matching import excerpt_start, gold_spans, inside, overlaps, paired_rows
from benchmarks.realnews import Excerpt, GoldEvent

TEXT = ("On Monday, DeepSeek released R1. Nvidia shares fell 17% the next day, while Alibaba launched "
        "Qwen in March. 次日，英伟达股价大跌。")


def _gold(sentence, words, day, precision="day"):
    return GoldEvent(sentence, words, day, precision, (), "text", False, ("yearless",))


def _excerpt(text=TEXT):
    return Excerpt("en01", "A", "https://example.com/a", "Example", "wire", "en", "2025-01-27", True, "T", "",
                   text, (), ())


def _row(words, day, precision="day", text=TEXT):
    start = text.index(words)
    return {"start": start, "end": start + len(words), "date": day, "precision": precision}


def test_only_the_excerpt_is_scored_not_the_headline_above_it():
    document = "Huawei phone ships next week\n\n" + TEXT
    assert excerpt_start(document, _excerpt()) == len("Huawei phone ships next week\n\n")
    assert excerpt_start("a text whose opening was changed", _excerpt()) == 0


@pytest.mark.parametrize(("sentence", "words", "region", "found_words"), [
    ("DeepSeek released R1", "On Monday", "On Monday, DeepSeek released R1.", "On Monday"),
    ("英伟达股价大跌", "次日", " 次日，英伟达股价大跌。", "次日"),
    ("Alibaba launched", "April", " Nvidia shares fell 17% the next day, while Alibaba launched Qwen in March.", None),
    ("not in the text", "March", None, None),
])
def test_gold_spans(sentence, words, region, found_words):
    span, at = gold_spans(TEXT, _gold(sentence, words, "2025-01-27"))
    assert (TEXT[span[0]:span[1]] if span else None) == region
    assert (TEXT[at[0]:at[1]] if at else None) == found_words


def test_a_headline_repeating_the_sentence_leaves_it_found_once_in_the_excerpt():
    headline = "Alibaba launched Qwen in March\n\n"
    document = headline + TEXT
    gold = _gold("Alibaba launched", "March", "2025-03-01", "month")
    assert gold_spans(document, gold) == (None, None)  # twice in the whole text: no one sentence
    span, at = gold_spans(document, gold, excerpt_start(document, _excerpt()))
    assert document[span[0]:span[1]] == " Nvidia shares fell 17% the next day, while Alibaba launched Qwen in March."
    assert span[0] >= len(headline) and document[at[0]:at[1]] == "March"


@pytest.mark.parametrize(("words", "region", "at", "is_inside", "overlapping"), [
    ("Monday", (0, 32), (0, 9), True, True),
    ("March", (0, 32), (0, 9), False, False),
    ("次日", None, None, False, False),
])
def test_inside_and_overlaps(words, region, at, is_inside, overlapping):
    row = _row(words, "2025-01-27")
    assert inside(row, region) is is_inside
    assert overlaps(row, at) is overlapping


@pytest.mark.parametrize(("sentence", "unread", "read", "day"), [
    ("Huawei launched HarmonyOS on the first day of its conference in Dongguan, August 9 to 11.",
     "on the first day", "August 9", "2019-08-09"),
    ("就在那次拜访后一周，11月6日，月之暗面发布了新模型。", "那次拜访后一周", "11月6日", "2025-11-06"),
    ("就在那次拜訪後一週，11月6日，月之暗面發布了新模型。", "那次拜訪後一週", "11月6日", "2025-11-06"),
])
def test_a_row_goes_to_the_gold_of_its_own_words_first(sentence, unread, read, day):
    golds = [_gold(sentence[:12], words, day) for words in (unread, read)]
    spans = [gold_spans(sentence, gold) for gold in golds]
    assert paired_rows(golds, spans, [_row(read, day, text=sentence)]) == {1: 0}
    assert paired_rows(golds, spans, [_row(read, day, text=sentence), _row(unread, day, text=sentence)]) == {
        0: 1, 1: 0}
    assert paired_rows(golds, spans, [_row(read, "2019-08-10", text=sentence)]) == {}  # another day: no gold's
