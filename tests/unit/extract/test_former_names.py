"""A product whose name was its company's own until a renaming (lib/rules/former_names.csv,
lib/extract/former_names.py): named in an article published before that day it names the company,
still rolling up to the company the gazetteer gives it; named later, or undated, it is the platform."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.former_names import with_former_company_names
from lib.periods import Period
from lib.rules import builtin_rules
from tests.gazetteer_matches import _builtin_gazetteer


def _told(text: str, published: Period | None) -> list[tuple[str, str, str, str]]:
    matches = with_former_company_names(_builtin_gazetteer().find(text), published, builtin_rules().former_names)
    return [(m.alias, m.entity, m.kind, m.company) for m in matches]


DAY_2019 = Period(date(2019, 6, 12), "day")
MONTH_2022 = Period(date(2022, 10, 1), "month")
DAY_2024 = Period(date(2024, 3, 5), "day")

CASES = [
    # Class (a platform that was its company's legal name, seen in H en601, P en1406, I zt704, M zt1101,
    # N zs1202): before the renaming the name is the firm, after it the platform.
    ("Facebook said it would no longer let Huawei pre-install its apps.", DAY_2019,
     [("Facebook", "Facebook", "company", "Meta"), ("Huawei", "Huawei", "company", "Huawei")]),
    ("Facebook said it would no longer let Huawei pre-install its apps.", DAY_2024,
     [("Facebook", "Facebook", "product", "Meta"), ("Huawei", "Huawei", "company", "Huawei")]),
    ("早些时候,推特也与字节跳动进行了初步谈判。", DAY_2019,
     [("推特", "Twitter", "company", "X Corp"), ("字节跳动", "ByteDance", "company", "ByteDance")]),
    ("早些時候,推特也與字節跳動進行了初步談判。", MONTH_2022,
     [("推特", "Twitter", "company", "X Corp"), ("字節跳動", "ByteDance", "company", "ByteDance")]),
    ("他在推特表示,電動車是消費電子產品。", DAY_2024, [("推特", "Twitter", "product", "X Corp")]),
    ("脸书与腾讯争夺广告客户。", DAY_2019,
     [("脸书", "Facebook", "company", "Meta"), ("腾讯", "Tencent", "company", "Tencent")]),
    # Undated: no day to compare with, the platform.
    ("Facebook and Twitter banned the account.", None,
     [("Facebook", "Facebook", "product", "Meta"), ("Twitter", "Twitter", "product", "X Corp")]),
    # Another product of the same company is never its firm: Instagram was never Meta's name.
    ("Instagram and WhatsApp grew.", DAY_2019,
     [("Instagram", "Instagram", "product", "Meta"), ("WhatsApp", "WhatsApp", "product", "Meta")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_a_former_company_name_is_the_company_only_before_its_renaming(text, published, expected):
    assert _told(text, published) == expected


def test_a_publication_month_reaching_the_renaming_day_keeps_the_platform():
    october_2021 = Period(date(2021, 10, 1), "month")
    assert _told("Facebook grew.", october_2021) == [("Facebook", "Facebook", "product", "Meta")]
    assert _told("Facebook grew.", Period(date(2021, 10, 27), "day")) == [("Facebook", "Facebook", "company", "Meta")]
