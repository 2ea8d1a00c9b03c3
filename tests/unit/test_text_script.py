"""The one Han-ideograph definition covers every CJK ideograph Unicode assigns, and nothing else."""

import unicodedata

import pytest

from lib.text_script import HAN_CHARACTER

IDEOGRAPH_NAMES = ("CJK UNIFIED IDEOGRAPH", "CJK COMPATIBILITY IDEOGRAPH")


def test_every_ideograph_and_nothing_else_is_han():
    for code in range(0x110000):
        name = unicodedata.name(chr(code), "")
        if name:
            assert bool(HAN_CHARACTER.match(chr(code))) == name.startswith(IDEOGRAPH_NAMES), hex(code)


@pytest.mark.parametrize("char", ["字", "㐀", "䶵", "豈", "𠮷", "𪚥"])
def test_chinese_characters(char):
    assert HAN_CHARACTER.match(char)


@pytest.mark.parametrize("char", ["a", "。", "，", "ア", "한", "䷀", "Ａ"])
def test_not_chinese_characters(char):
    assert not HAN_CHARACTER.match(char)
