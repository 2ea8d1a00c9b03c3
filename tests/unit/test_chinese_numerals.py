"""The one reader of small numbers in Chinese numerals, as datelines and date readers meet them."""

from __future__ import annotations

import pytest

from lib.chinese_numerals import chinese_number


@pytest.mark.parametrize(("written", "value"), [
    ("9", 9), ("12", 12), ("2023", 2023), ("３０", 30), ("２０２５", 2025),  # full-width digits, as HK wires print them
    ("一", 1), ("九", 9), ("十", 10), ("十五", 15), ("二十", 20), ("二十一", 21), ("三十一", 31),
    ("廿", 20), ("廿一", 21), ("卅", 30), ("卅一", 31), ("两", 2),
    ("二〇二三", 2023), ("二零一九", 2019), ("二○一九", 2019), ("二◯二五", 2025), ("一九九六", 1996),
])
def test_a_number_in_arabic_or_chinese_numerals(written, value):
    assert chinese_number(written) == value


def test_a_character_that_is_no_numeral_is_refused():
    with pytest.raises(KeyError):
        chinese_number("十月份"[2:])
