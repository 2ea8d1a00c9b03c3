"""dates_zh_days_from_publication on its own: Chinese days named from publication, read by its patterns alone."""

from __future__ import annotations

import pytest

from lib.extract.dates_spec import DayOfMonth, Shift
from lib.extract.dates_zh_days_from_publication import DAY_WORDS, DAYS_FROM_PUBLICATION


def _read(text: str) -> list[tuple[str, object]]:
    """Every (words, spec) the patterns read in ``text``, in the patterns' order."""
    found = []
    for pattern, build, _ in DAYS_FROM_PUBLICATION:
        for match in pattern.finditer(text):
            spec = build(match, text)
            if spec is not None:
                found.append((match[0], spec))
    return found


@pytest.mark.parametrize(("text", "words", "spec"), [
    ("小米今天发布了新款手机。", "今天", Shift("day", 0)),
    ("蔚来昨天公布了交付数据。", "昨天", Shift("day", -1)),
    ("华为将于明天召开发布会。", "明天", Shift("day", 1, ahead=True)),
    ("鸿海昨举办股东会。", "昨", Shift("day", -1)),
    ("台积电今公布第三季财报。", "今", Shift("day", 0)),
    ("联发科明召开法说会。", "明", Shift("day", 1, ahead=True)),
    ("宏碁今(19)日宣布新品。", "今(19)日", DayOfMonth(19)),
    ("華碩昨（18）日公布營收。", "昨（18）日", DayOfMonth(18)),
])
def test_a_day_named_from_publication(text, words, spec):
    assert (words, spec) in _read(text)


@pytest.mark.parametrize("text", [
    "时至今日，这家公司仍在亏损。",  # to this day
    "李明表示公司将继续扩张。",  # a name, not tomorrow
    "如今早已不是当年的格局。",  # now
    "这款产品一直火爆到今天。",  # up to now
])
def test_no_day_where_the_words_mean_now_or_a_name(text):
    assert [words for words, _ in _read(text) if words in ("今日", "明", "今天", "今")] == []


def test_every_day_word_is_read_by_the_first_pattern():
    pattern, _, cues = DAYS_FROM_PUBLICATION[0]
    assert cues == ("day_shift",)
    assert all(pattern.fullmatch(word) for word in DAY_WORDS)
