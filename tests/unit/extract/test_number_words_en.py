"""English number words read as counts, the words from lib/rules/number_words_en.csv."""
import re

import pytest

from lib.extract.number_words_en import NUMBER_WORD, count_of


@pytest.mark.parametrize(("word", "count"), [("a", 1), ("An", 1), ("two", 2), ("Ten", 10), ("45", 45)])
def test_count_of(word, count):
    assert count_of(word) == count


@pytest.mark.parametrize(("text", "found"), [
    ("two days later", "two"), ("Three quarters ago", "Three"), ("a year after", "a"), ("ten months", "ten"),
])
def test_the_alternation_finds_a_number_word(text, found):
    assert re.match(rf"(?i:{NUMBER_WORD})\b", text)[0] == found
