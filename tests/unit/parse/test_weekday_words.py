"""The weekday words every stage reads: the rule files' names by number, and the weekdays a text names bare (no word
before them making them another week's or every week's). Sentences are wire leads or close paraphrases of them."""

from __future__ import annotations

import pytest

from lib.parse.script import to_simplified
from lib.parse.weekday_words import DAY_CHARACTERS_ZH, WEEK_WORD_ZH, WEEKDAYS_EN, WEEKDAYS_ZH, bare_weekday_numbers

THURSDAY, FRIDAY, MONDAY, SUNDAY = 3, 4, 0, 6


@pytest.mark.parametrize(("text", "weekdays"), [
    ("A total of 45 taxis started carrying passengers on a trial basis Thursday in Changsha.", {THURSDAY}),
    ("MiniMax has passed a listing hearing, according to a stock exchange filing on Sunday.", {SUNDAY}),
    ("Tencent said on Monday it would expand; shares rose on Thursday.", {MONDAY, THURSDAY}),
    ("45辆自动驾驶出租车周四在长沙开始试运营。", {THURSDAY}),
    ("45輛自動駕駛出租車週四在長沙開始試運營。", {THURSDAY}),
    ("华为星期五发布声明，礼拜天开售。", {FRIDAY, SUNDAY}),
    ("華為星期五發佈聲明，禮拜天開售。", {FRIDAY, SUNDAY}),
    # another week's or every week's: no day of the dateline's
    ("MiniMax has passed a listing hearing, according to a filing last Sunday.", set()),
    ("The board meets every Friday; Next Monday it votes; this coming Thursday it reports.", set()),
    ("The store opens on Mondays.", set()),
    ("腾讯上周五发布财报，下个星期一开会，本周三路演，每周一例会。", set()),
    ("騰訊上週五發佈財報，下個星期一開會，本週三路演，每週一例會。", set()),
])
def test_the_weekdays_a_text_names_bare(text, weekdays):
    assert bare_weekday_numbers(to_simplified(text)) == weekdays


def test_the_weekday_numbers_come_from_the_rule_files_monday_first():
    assert WEEKDAYS_EN["Monday"] == WEEKDAYS_ZH["一"] == 0
    assert WEEKDAYS_EN["Sunday"] == WEEKDAYS_ZH["日"] == WEEKDAYS_ZH["天"] == 6
    assert set(WEEKDAYS_EN.values()) == set(WEEKDAYS_ZH.values()) == set(range(7))
    assert set(WEEK_WORD_ZH.split("|")) == {"周", "星期", "礼拜"} and set(DAY_CHARACTERS_ZH) == set(WEEKDAYS_ZH)
