"""former_names.csv: products that were their company's own name until a day; a row without an entity or an
ISO day is a warning naming the line, and every row names a product of the gazetteer."""

from __future__ import annotations

from datetime import date

from lib.rules import builtin_rules
from lib.rules.former_names import FormerName, parse_former_names
from lib.rules.rule_file import RuleWarning


def test_former_name_rows_need_an_entity_and_a_day():
    warnings: list[RuleWarning] = []
    text = "entity,until\nFacebook,2021-10-28\n,2021-10-28\nTwitter,March 2023\n"
    assert parse_former_names(text, warnings) == [FormerName("Facebook", date(2021, 10, 28))]
    assert [warning.line for warning in warnings] == [3, 4]


def test_the_built_in_file_names_gazetteer_products():
    products = {entry.entity for entry in builtin_rules().gazetteer if entry.kind == "product"}
    former = builtin_rules().former_names
    assert FormerName("Twitter", date(2023, 3, 15)) in former
    assert {name.entity for name in former} <= products
