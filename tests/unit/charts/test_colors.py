"""Company colours: the palette by rank, then a stable colour from the name."""

import re

import pytest

from lib.charts.colors import OTHER_COLOR, PALETTE, company_colors

COMPANIES = ["ByteDance", "Alibaba", "Tencent", "Baidu", "DeepSeek", "Meituan", "JD.com", "PDD",
             "Kuaishou", "Xiaomi", "NetEase", "Huawei", "Zhipu", "Moonshot", "MiniMax", "Baichuan",
             "iFlytek", "SenseTime", "Ant Group", "Trip.com", "小红书", "智谱"]


def test_the_first_companies_take_the_palette_in_rank_order():
    colors = company_colors(COMPANIES)
    assert [colors[c] for c in COMPANIES[:len(PALETTE)]] == list(PALETTE)


@pytest.mark.parametrize("company", COMPANIES[len(PALETTE):])
def test_past_the_palette_a_company_gets_a_stable_colour_of_its_own(company):
    colour = company_colors(COMPANIES)[company]
    assert re.fullmatch(r"#[0-9a-f]{6}", colour)
    assert colour not in PALETTE and colour != OTHER_COLOR
    assert company_colors(COMPANIES[:len(PALETTE)] + [company])[company] == colour


def test_a_colour_follows_the_rank_not_the_name():
    assert company_colors(["Alibaba", "ByteDance"])["ByteDance"] == PALETTE[1]
    assert company_colors(["ByteDance", "Alibaba"])["ByteDance"] == PALETTE[0]


def test_no_companies_no_colours():
    assert company_colors([]) == {}
