"""A sum of money names its happening: the sums a sentence names, in English and Chinese (simplified and
traditional), and an undated weekday's story joining the one dated story of its company that names its sum."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from lib.analyze.stories import SAME_STORY_SIMILARITY, event_texts
from lib.analyze.story_blocks import SHORT_PERIOD_DAYS
from lib.analyze.story_figures import placed_by_sums, sums_of_money
from lib.extract.sentence_vectors import sentence_vectors
from lib.rules import load_rules
from lib.schema import Event

BILLION = 1e9


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param("The chipmaker will book a $5.5 billion charge.", {("USD", 5.5 * BILLION)}, id="sign, scale"),
    pytest.param("a US$ 5.5bn write-down", {("USD", 5.5 * BILLION)}, id="US$ and bn"),
    pytest.param("charges of 5.5 billion dollars", {("USD", 5.5 * BILLION)}, id="currency word after"),
    pytest.param("a fine of RMB 18.2 billion", {("CNY", 18.2 * BILLION)}, id="RMB sign"),
    pytest.param("raising HK$1,200 million in the offering", {("HKD", 1.2 * BILLION)}, id="thousands separator"),
    pytest.param("公司将计提55亿美元费用", {("USD", 5.5 * BILLION)}, id="亿美元"),
    pytest.param("公司將提列55億美元費用", {("USD", 5.5 * BILLION)}, id="億美元 (traditional)"),
    pytest.param("募资8,000万元人民币", {("CNY", 80_000_000.0)}, id="万元人民币"),
    pytest.param("市值一度達4兆美元", {("USD", 4e12)}, id="兆 (Taiwan's trillion)"),
    pytest.param("市值突破4万亿美元", {("USD", 4e12)}, id="万亿 multiplies"),
    pytest.param("罰款182.28億元人民幣", {("CNY", 18.2 * BILLION)}, id="three significant figures"),
    pytest.param("Shares closed at $210.90 on Wednesday.", set(), id="a share price has no scale"),
    pytest.param("It sold 5.5 billion units in 2025.", set(), id="a count is no sum"),
    pytest.param("用户数达5亿", set(), id="亿 with no currency"),
    pytest.param("2025年4月15日，公司公布财报", set(), id="a date"),
])
def test_sums_of_money(text, expected):
    assert sums_of_money(text) == expected


TUESDAY_EN = ("t1", "Nvidia", "Tuesday", "", "",
              "Nvidia said on Tuesday it will book a $5.5 billion charge after Washington restricted exports of "
              "its H20 chip to China.", "on Tuesday")
TUESDAY_ZH = ("t2", "Nvidia", "Tuesday", "", "",
              "英伟达周二表示，因美国限制H20芯片对华出口，将计提55亿美元费用。", "周二")
TUESDAY_HANT = ("t3", "Nvidia", "Tuesday", "", "",
                "輝達週二表示，美國限制H20晶片出口中國，公司將提列55億美元費用。", "週二")
APRIL = ("m1", "Nvidia", "", "2025-04-01", "2025-04-30",
         "Nvidia took a $5.5 billion charge in April after the H20 was barred from China.", "in April")
APRIL_OTHER_SUM = ("m1", "Nvidia", "", "2025-04-01", "2025-04-30",
                   "Nvidia took a $4.5 billion charge in April after the H20 was barred from China.", "in April")
JULY = ("d1", "Nvidia", "", "2025-07-15", "2025-07-15",
        "Nvidia said on July 15, 2025 it would resume H20 sales to China.", "July 15, 2025")
MONDAY_SUM = ("d2", "Nvidia", "", "2025-04-14", "2025-04-14",
              "On April 14, 2025, Nvidia disclosed a $5.5 billion charge on H20 chips for China.", "April 14, 2025")
OCTOBER_SUM = ("m2", "Nvidia", "", "2025-10-01", "2025-10-31",
               "Nvidia booked a further $5.5 billion charge in October on H20 chips it could not ship to China.",
               "in October")
AMD_APRIL = ("m3", "AMD", "", "2025-04-01", "2025-04-30",
             "AMD took a $5.5 billion charge in April after its MI308 was barred from China.", "in April")


def _placed(rows, stories):
    """rows: (doc_id, companies, weekday, date, date_end, sentence, date_text); ``stories`` per row."""
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.COMPANIES, Event.WEEKDAY, Event.DATE, Event.DATE_END,
                                        Event.SENTENCE, Event.DATE_TEXT])
    frame[Event.EVENT_ID] = [f"{d}#{i}" for i, d in enumerate(frame[Event.DOC_ID])]
    frame.index = pd.RangeIndex(3, 3 + len(frame))  # not 0-based: positions and labels must not be confused
    of_event = pd.Series(stories, index=frame.index, dtype=object)
    out = placed_by_sums(frame, sentence_vectors(event_texts(frame)), of_event, SAME_STORY_SIMILARITY,
                         SHORT_PERIOD_DAYS)
    return out.tolist()


@pytest.mark.parametrize(("rows", "stories", "expected"), [
    pytest.param([TUESDAY_EN, TUESDAY_ZH, APRIL, JULY], ["w", "w", "april", "july"],
                 ["april", "april", "april", "july"], id="the month's story names the sum ($5.5 billion / 55亿美元)"),
    pytest.param([TUESDAY_HANT, APRIL, JULY], ["", "april", "july"], ["april", "april", "july"],
                 id="one storyless Tuesday (55億美元)"),
    pytest.param([TUESDAY_EN, TUESDAY_ZH, APRIL_OTHER_SUM, JULY], ["w", "w", "april", "july"],
                 ["w", "w", "april", "july"], id="another sum"),
    pytest.param([TUESDAY_EN, TUESDAY_ZH, MONDAY_SUM], ["w", "w", "monday"], ["w", "w", "monday"],
                 id="the story's one day is a Monday"),
    pytest.param([TUESDAY_EN, TUESDAY_ZH, APRIL, OCTOBER_SUM], ["w", "w", "april", "october"],
                 ["w", "w", "april", "october"], id="two stories name the sum: which month is a guess"),
    pytest.param([TUESDAY_EN, TUESDAY_ZH, AMD_APRIL], ["w", "w", "amd"], ["w", "w", "amd"],
                 id="another company's sum"),
])
def test_weekday_joins_the_story_of_its_sum(rows, stories, expected):
    assert _placed(rows, stories) == expected


# A corpus folder's own money_words.csv extends the built-in words: a folder of Singapore news names its dollar
# (S$, 新元, 新幣), which the built-in words read as the US dollar ("S$" ends in "$") or not at all.
SINGAPORE_WORDS = "kind,word,value\nsign,S$,SGD\ncurrency,新元,SGD\ncurrency,新幣,SGD\n"


@pytest.mark.parametrize(("text", "builtin", "with_folder_words"), [
    ("Grab raised S$2 billion in its bond sale.", {("USD", 2 * BILLION)}, {("SGD", 2 * BILLION)}),
    ("Grab发行20亿新元债券。", set(), {("SGD", 2 * BILLION)}),
    ("Grab發行20億新幣債券。", set(), {("SGD", 2 * BILLION)}),
])
def test_a_folders_own_money_words_are_read(tmp_path, text, builtin, with_folder_words):
    (tmp_path / "money_words.csv").write_text(SINGAPORE_WORDS, encoding="utf-8")
    (tmp_path / "plain").mkdir()
    assert sums_of_money(text, load_rules(tmp_path).money_words) == with_folder_words
    assert sums_of_money(text, load_rules(tmp_path / "plain").money_words) == builtin


def test_a_weekday_joins_the_story_of_a_sum_only_the_folders_words_read(tmp_path):
    (tmp_path / "money_words.csv").write_text(SINGAPORE_WORDS, encoding="utf-8")
    (tmp_path / "plain").mkdir()
    rows = [("t1", "Grab", "Tuesday", "", "", "Grab said on Tuesday it raised S$2 billion in a bond sale.",
             "on Tuesday"),
            ("m1", "Grab", "", "2025-04-01", "2025-04-30", "Grab在4月发行20亿新元债券。", "4月")]
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.COMPANIES, Event.WEEKDAY, Event.DATE, Event.DATE_END,
                                        Event.SENTENCE, Event.DATE_TEXT])
    same = np.full((2, 4), 0.5)  # every report says alike: only the sums decide
    of_event = pd.Series(["", "april"], index=frame.index, dtype=object)

    def placed(corpus_dir):
        return placed_by_sums(frame, same, of_event, SAME_STORY_SIMILARITY, SHORT_PERIOD_DAYS,
                              load_rules(corpus_dir).money_words).tolist()

    assert placed(tmp_path) == ["april", "april"]
    assert placed(tmp_path / "plain") == ["", "april"]
