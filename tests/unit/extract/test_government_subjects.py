"""A country or capital as the subject of a government's act, and nowhere else."""

from __future__ import annotations

import pytest

from lib.extract.government_subjects import GovernmentSubjects
from lib.parse.script import to_simplified
from lib.rules import load_rules

SUBJECTS = GovernmentSubjects(load_rules().company_references)


# (text, where its first words may start, whether a government acts there)
@pytest.mark.parametrize(("text", "openings", "acts"), [
    ("This week, Washington tightened its curbs.", {0, 11}, True),
    ("Since 2018, the United States has repeatedly sanctioned the firm's suppliers.", {0, 12}, True),
    ("Tokyo will soon impose new screening rules.", {0}, True),
    ("上周，美国正式宣布新的出口规定。", {0, 3}, True),
    ("今年1月，荷兰已经收紧了光刻机出口。", {0, 5}, True),
    ("上週，美國正式宣佈新的出口規定。", {0, 3}, True),
    # Not a subject acting: a possessive, a name in a company's name, statistics, a place, another opening.
    ("China's exports rose.", {0}, False),
    ("China Mobile added users.", {0}, False),
    ("In 2024, China exported more cars.", {0, 9}, False),
    ("He met officials in Beijing and announced nothing.", {0}, False),
    ("Beijing banned the app.", {3}, False),
    ("2024年，中国新能源汽车销量突破1000万辆。", {0, 6}, False),
    ("2024年，中國成為全球最大汽車出口國。", {0, 6}, False),
])
def test_a_government_acts_only_as_the_subject_before_its_act(text, openings, acts):
    assert SUBJECTS.acts_at(to_simplified(text), openings) is acts


def test_without_names_or_acts_nothing_acts():
    assert not GovernmentSubjects(["@^China"]).acts_at("China banned it.", {0})
    assert not GovernmentSubjects(["@>banned"]).acts_at("China banned it.", {0})
