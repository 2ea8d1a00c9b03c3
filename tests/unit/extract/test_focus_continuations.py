"""Whether an English sentence naming nothing takes up the company of the sentence before: its subject
opens with a determiner, and nothing in it names a subject of its own (the whole passage, through
``sentence_events``, is in ``test_events_company_classes``, rows "takes-up"). Sentences written for the test."""

from __future__ import annotations

import pytest

from lib.extract.attribution import Attributor
from lib.extract.focus_continuations import takes_up_the_company
from lib.rules import load_rules

RULES = load_rules()
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)


def _takes_up(sentence: str, date_words: str) -> bool:
    start = sentence.index(date_words)
    return takes_up_the_company(sentence, [(start, start + len(date_words))], ATTRIBUTOR)


# (sentence, its date words, whether it takes up the company before)
ROWS = [
    pytest.param("The decision gives staff until June 7 to choose.", "June 7", True, id="the-noun"),
    pytest.param("This marks the steepest drop since February 2020.", "February 2020", True, id="this"),
    pytest.param("As of August 23, 2021, these agreements had ended.", "August 23, 2021", True, id="fronted-date"),
    pytest.param("The world's biggest carmaker sold 300,000 cars in May.", "May", True, id="world-as-owner"),
    pytest.param("Prices of memory were higher in May 2023.", "May 2023", False, id="bare-subject"),
    pytest.param("Monday's 30% drop came as a lock-up expired.", "Monday", False, id="day-owner"),
    pytest.param("The first half of 2022 was full of challenges.", "The first half of 2022", False,
                 id="date-as-subject"),
    pytest.param("The Spring Festival (January 28 to February 4) is a peak season.", "Spring Festival", False,
                 id="glossed-date-as-subject"),
    pytest.param("In March, the world met a new chatbot.", "March", False, id="the-world"),
    pytest.param("The Chinese market grew 8% in April.", "April", False, id="a-market"),
    pytest.param("The Chinese business community grew cautious in May.", "May", False, id="a-nation"),
    pytest.param("The region's tech shares fell on Thursday.", "Thursday", False, id="a-region"),
    pytest.param("The regulators tightened the rules in January 2025.", "January 2025", False, id="regulator"),
    pytest.param("These tech firms crowded the calendar in March.", "March", False, id="group-of-firms"),
    pytest.param("The 10 largest banks will report in April.", "April", False, id="counted"),
    pytest.param("The 5G rollout began in 2019.", "2019", False, id="a-kind-by-code"),
    # A connective or a source before the subject leaves it the subject; a number joined to a unit of time is a
    # length, not a count; a name glossed by its initials is a subject of its own.
    pytest.param("However, this situation changed last year.", "last year", True, id="however-this"),
    pytest.param("Only the official confirmation on April 10 ended the doubts.", "April 10", True, id="only-the"),
    pytest.param("But the deal closed on May 2.", "May 2", True, id="but-the"),
    pytest.param("According to the sources, the price will be set on November 20.", "November 20", True,
                 id="source-then-the"),
    pytest.param("The 15-year deal expires on January 23, 2023.", "January 23, 2023", True, id="length-of-years"),
    pytest.param("The two-year pause ended in March.", "March", True, id="length-in-words"),
    pytest.param("However, prices of memory rose in May.", "May", False, id="however-bare-subject"),
    pytest.param("But the three carriers will report in April.", "April", False, id="but-counted"),
    pytest.param("According to a report, the United States Postal Service (USPS) halted parcels on Feb. 4.",
                 "Feb. 4", False, id="a-name-with-initials"),
    pytest.param("This research lab was founded in 2016.", "2016", False, id="another-body"),
    pytest.param("The institute published its ranking in March.", "March", False, id="another-body-the"),
    # Chinese goes on with the topic by dropping its subject (``Attributor.continues_topic``), not here.
    pytest.param("大会将于6月20日举行。", "6月20日", False, id="hans-not-here"),
    pytest.param("大會將於6月20日舉行。", "6月20日", False, id="hant-not-here"),
]


@pytest.mark.parametrize(("sentence", "date_words", "expected"), ROWS)
def test_a_sentence_takes_up_the_company_by_a_determiner_led_subject(sentence, date_words, expected):
    assert _takes_up(sentence, date_words) is expected
