"""Properties of date finding that must hold for any date, publication period and text."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import cue_patterns
from lib.periods import Period, align

MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2039, 12, 31))
# February 29 exists only every fourth year, so a year-less "February 29" may land further back.
days_not_leap = days.filter(lambda day: (day.month, day.day) != (2, 29))


@st.composite
def publication_periods(draw) -> Period:
    day = draw(st.dates(min_value=date(1995, 1, 1), max_value=date(2035, 12, 31)))
    precision = draw(st.sampled_from(["day", "month", "year"]))
    return Period(align(day, precision), precision)


def _formats(day: date) -> list[str]:
    return [
        f"{MONTH_NAMES[day.month - 1]} {day.day}, {day.year}",
        f"{day.year}年{day.month}月{day.day}日",
        day.isoformat(),
    ]


@settings(max_examples=150, deadline=None)
@given(day=days, published=st.none() | publication_periods(), format_index=st.integers(0, 2))
def test_full_dates_resolve_to_their_day(day, published, format_index):
    written = _formats(day)[format_index]
    matches = find_dates(f"The event happened on {written} in Beijing.", published)
    assert [(m.text, m.period) for m in matches] == [(written, Period(day, "day"))]
    assert matches[0].relative is False


@settings(max_examples=150, deadline=None)
@given(day=days_not_leap, published=publication_periods())
def test_year_less_dates_fall_within_a_year_before_publication_or_just_after(day, published):
    sentence = f"The company announced it on {MONTH_NAMES[day.month - 1]} {day.day}."
    [match] = find_dates(sentence, published)
    assert match.period.precision == "day"
    assert (match.period.start.month, match.period.start.day) == (day.month, day.day)
    # At most two days after a day-precise publication (a late update, another time zone), else on
    # or before it, and never a whole year back.
    grace = timedelta(days=2 if published.precision == "day" else 0)
    assert match.period.start <= published.end + grace
    assert published.end - match.period.start < timedelta(days=366)
    assert match.relative is True


@settings(max_examples=100, deadline=None)
@given(day=days_not_leap, published=publication_periods())
def test_year_less_dates_with_a_future_cue_do_not_precede_publication(day, published):
    sentence = f"The rules will take effect on {MONTH_NAMES[day.month - 1]} {day.day}."
    [match] = find_dates(sentence, published, cue_patterns(["will"]))
    assert match.period.start >= published.start
    assert match.period.start - published.start < timedelta(days=366)


sentence_parts = st.sampled_from([
    "In April 2023", "last year", "December last year", "the second half of last year", "on May 6",
    "2023年5月6日", "去年7月", "次日", "the next day", "in March", "Wednesday", "Q3 2024", "mid-February",
    "US$20 billion", "29% APR", "2,024 users", "然后", " and ", ", ", "users may leave", "本季度",
])


@settings(max_examples=200, deadline=None)
@given(parts=st.lists(sentence_parts | st.text(max_size=8), max_size=10), published=st.none() | publication_periods())
def test_matches_are_ordered_disjoint_and_quote_the_sentence(parts, published):
    sentence = " ".join(parts)
    matches = find_dates(sentence, published, cue_patterns(["will", "将"]))
    for match in matches:
        assert sentence[match.start : match.end] == match.text
        assert match.start < match.end
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


@settings(max_examples=300, deadline=None)
@given(text=st.text(), published=st.none() | publication_periods())
def test_never_raises_and_periods_are_aligned(text, published):
    for match in find_dates(text, published, cue_patterns(["will", "将"])):
        assert Period(match.period.start, match.period.precision) == match.period
        assert match.period.start == align(match.period.start, match.period.precision)
