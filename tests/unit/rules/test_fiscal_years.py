"""fiscal_years.csv: each company's fiscal calendar, its first month a calendar quarter's and its numbering by
the year it ends in (-1) or starts in (0); anything else is a warning naming the line."""

from __future__ import annotations

from lib.rules import builtin_rules
from lib.rules.fiscal_years import FiscalYear, parse_fiscal_years
from lib.rules.rule_file import RuleWarning


def test_fiscal_year_rows_must_name_a_quarter_month_and_a_numbering():
    warnings: list[RuleWarning] = []
    text = "company,first_month,year_shift\nAlibaba,4,-1\nOracle,6,-1\nSony,4,1\n,4,0\nDell,two,-1\n"
    assert parse_fiscal_years(text, warnings) == [FiscalYear("Alibaba", 4, -1)]
    assert [warning.line for warning in warnings] == [3, 4, 5, 6]


def test_the_built_in_file_names_gazetteer_companies():
    companies = {entry.entity for entry in builtin_rules().gazetteer if entry.kind == "company"}
    calendars = builtin_rules().fiscal_years
    assert FiscalYear("Alibaba", 4, -1) in calendars
    assert {calendar.company for calendar in calendars} <= companies
