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
    # A clause's subject after the word opening it (yicai en2908, Reuters en2610), whatever the sentence's openings.
    ("A total of 241 games have been given permits since China resumed game licensing in April.", {0}, True),
    ("The freeze was as long as an earlier suspension in 2018 when China stopped approving new titles.", {0}, True),
    ("Reuters reported that China had granted a license to the game earlier in the day.", {0}, True),
    ("Sales fell after Washington formally banned the chips.", {0}, True),
    # Not one: a clause whose subject is no government acting, or a company named after the country.
    ("Analysts said that China's exports rose after the holiday.", {0}, False),
    ("Orders rose since China Mobile resumed its tenders.", {0}, False),
    ("The app grew when China consumers stopped buying rivals.", {0}, False),
    ("Shares rose after Beijing-based Baidu resumed trading.", {0}, False),
    # Chinese puts a clause's date and subject first, read as a sentence's: no clause word is asked for.
    ("自中国恢复游戏版号审批以来，已有241款游戏获批。", {0}, False),
    ("自中國恢復遊戲版號審批以來，已有241款遊戲獲批。", {0}, False),
])
def test_a_government_acts_only_as_the_subject_before_its_act(text, openings, acts):
    assert SUBJECTS.acts_at(to_simplified(text), openings) is acts


# (text, the sentence's date words, whether a government acts): a date of the sentence may stand between the
# government and its act (Shanghai Daily/Reuters en3026: "China last month issued rules barring … tutoring").
@pytest.mark.parametrize(("text", "date_words", "acts"), [
    ("China last month issued rules barring curriculum-based tutoring.", "last month", True),
    ("Beijing on Friday ordered its tech firms to stop buying the chip.", "Friday", True),
    ("The U.S. in April imposed new licensing rules on the chip.", "April", True),
    ("美国于3月宣布扩大芯片出口限制。", "3月", True),
    ("美國3月宣佈擴大晶片出口限制。", "3月", True),
    # Not one: statistics or a place with a date between, or a date standing elsewhere.
    ("China last month exported more cars than Japan.", "last month", False),
    ("Taiwan issues dominated the talks in May.", "May", False),
    ("Beijing on Friday saw heavy snow.", "Friday", False),
    ("中国3月新能源汽车销量突破100万辆。", "3月", False),
    ("中國3月新能源汽車銷量突破100萬輛。", "3月", False),
])
def test_a_date_may_stand_between_a_government_and_its_act(text, date_words, acts):
    simplified = to_simplified(text)
    start = simplified.index(to_simplified(date_words))
    assert SUBJECTS.acts_at(simplified, {0}, [(start, start + len(date_words))]) is acts


def test_a_date_between_counts_only_as_a_date_of_the_sentence():
    assert not SUBJECTS.acts_at("China last month issued rules.", {0})


def test_without_names_or_acts_nothing_acts():
    assert not GovernmentSubjects(["@^China"]).acts_at("China banned it.", {0})
    assert not GovernmentSubjects(["@>banned"]).acts_at("China banned it.", {0})
