"""dates_en_year_or_amount on its own: a bare four-digit number is a year unless the words around it
make it an amount or a count."""

from __future__ import annotations

import pytest

from lib.extract.dates_en_year_or_amount import reads_as_year


@pytest.mark.parametrize(("text", "number", "is_year"), [
    ("Baidu was founded in 2000.", "2000", True),
    ("Revenue grew in 2023 users said.", "2023", True),  # a preposition before outweighs a count after
    ("The app has 2024 active users.", "2024", False),
    ("It costs $2024 a year.", "2024", False),
    ("It sold more than 2000 units.", "2000", False),
    ("The firm was founded in 1987.", "1987", True),
    ("The firm has 1987 employees.", "1987", False),
    ("A total of 1987 was reached.", "1987", False),  # an older year needs a preposition of time
    ("Plans reach 2045.", "2045", False),
])
def test_reads_as_year(text, number, is_year):
    start = text.index(number)
    assert reads_as_year(text, start, start + len(number), int(number)) is is_year
