"""Who is ever compared when grouping stories: members (a company and a date) blocked by company and period."""

from __future__ import annotations

import pandas as pd
import pytest

from lib.analyze.story_blocks import joinable, story_blocks, story_members
from lib.schema import Event


def _events(*rows):
    """rows: (doc_id, date, date_end, companies)."""
    frame = pd.DataFrame(rows, columns=[Event.DOC_ID, Event.DATE, Event.DATE_END, Event.COMPANIES])
    return frame.assign(**{Event.EVENT_TYPE: "launch"})


def test_members_name_a_company_and_have_a_date():
    events = _events(("wire", "2025-01-20", "2025-01-20", "DeepSeek"),
                     ("blog", "", "", "DeepSeek"),                       # year-less: placed later, if ever
                     ("paper", "2025-01-20", "2025-01-20", ""),           # no company
                     ("portal", "2025-01-01", "2025-03-31", "Tencent;Alibaba"))
    members = story_members(events, None)
    assert members.rows.tolist() == [0, 3]
    assert members.single_day.tolist() == [True, False]
    assert members.long.tolist() == [False, True]
    assert members.companies == [frozenset({"DeepSeek"}), frozenset({"Tencent", "Alibaba"})]
    assert members.articles.tolist() == [0, 3]


@pytest.mark.parametrize(("rows", "compared"), [
    # One company, one month: two single days a day apart agree (time zones, publication lag).
    ([("a", "2025-01-20", "2025-01-20", "DeepSeek"), ("b", "2025-01-21", "2025-01-21", "DeepSeek")], [0, 1]),
    # A day and the month holding it agree.
    ([("a", "2025-01-20", "2025-01-20", "DeepSeek"), ("b", "2025-01-01", "2025-01-31", "DeepSeek")], [0, 1]),
    # A day never just touches a week.
    ([("a", "2025-01-19", "2025-01-19", "DeepSeek"), ("b", "2025-01-20", "2025-01-26", "DeepSeek")], []),
    # Two companies, one day: never compared.
    ([("a", "2025-01-20", "2025-01-20", "DeepSeek"), ("b", "2025-01-20", "2025-01-20", "Moonshot AI")], []),
    # Long periods only with the very same period: one quarter and the year holding it are apart.
    ([("a", "2024-10-01", "2024-12-31", "Xiaomi"), ("b", "2024-01-01", "2024-12-31", "Xiaomi")], []),
    ([("a", "2024-10-01", "2024-12-31", "Xiaomi"), ("b", "2024-10-01", "2024-12-31", "Xiaomi")], [0, 1]),
    # A day of one month and a day of the next, a day apart, fall in two blocks.
    ([("a", "2025-01-31", "2025-01-31", "Nvidia"), ("b", "2025-02-01", "2025-02-01", "Nvidia")], []),
])
def test_only_members_of_one_company_whose_periods_agree_are_compared(rows, compared):
    members = story_members(_events(*rows), None)
    assert joinable(story_blocks(members)).tolist() == compared


def test_a_member_naming_two_companies_is_in_a_block_of_each():
    events = _events(("a", "2025-01-20", "2025-01-20", "Meta;Manus"), ("b", "2025-01-20", "2025-01-20", "Meta"),
                     ("c", "2025-01-20", "2025-01-20", "Manus"))
    blocks = story_blocks(story_members(events, None))
    assert sorted(block.members.tolist() for block in blocks) == [[0, 1], [0, 2]]


def test_members_alike_share_one_set_of_companies_and_of_regulators():
    events = pd.DataFrame({Event.DATE: ["2025-03-16"] * 3, Event.DATE_END: ["2025-03-16"] * 3,
                           Event.COMPANIES: ["Baidu", "百度", "Baidu"], Event.REGULATIONS: ["SAMR", None, "SAMR"],
                           Event.EVENT_TYPE: ["launch", None, "launch"], Event.DOC_ID: ["d1", "d2", "d3"]})
    members = story_members(events, None)
    assert members.companies == [frozenset({"Baidu"}), frozenset({"百度"}), frozenset({"Baidu"})]
    assert members.companies[0] is members.companies[2]
    assert members.regulators == [frozenset({"SAMR"}), frozenset(), frozenset({"SAMR"})]
    assert members.regulators[0] is members.regulators[2]
    assert members.kinds == ["launch", "", "launch"]
