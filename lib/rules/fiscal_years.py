"""Load ``fiscal_years.csv``: the companies whose fiscal year is not the calendar year, with the month their
fiscal year is read from and how its years are numbered."""

from __future__ import annotations

from dataclasses import dataclass

from lib.rules.rule_file import RuleWarning, csv_rows

_SOURCE = "lib/rules/fiscal_years.csv"
# A fiscal quarter must be a calendar quarter of the data model: the year is read from a quarter's first month.
_QUARTER_FIRST_MONTHS = (1, 4, 7, 10)
_YEAR_SHIFTS = (-1, 0)


@dataclass(frozen=True)
class FiscalYear:
    """A company's fiscal calendar: fiscal year ``n`` starts in ``first_month`` of year ``n + year_shift``."""

    company: str
    first_month: int
    year_shift: int


def parse_fiscal_years(text: str, warnings: list[RuleWarning]) -> list[FiscalYear]:
    """The rows of ``fiscal_years.csv``; a row with a month or shift the data model cannot place is a warning."""
    calendars = []
    for number, row in csv_rows(text, _SOURCE, ("company", "first_month", "year_shift"), warnings):
        try:
            month, shift = int(row["first_month"]), int(row["year_shift"])
        except ValueError:
            month = shift = None
        if not row["company"] or month not in _QUARTER_FIRST_MONTHS or shift not in _YEAR_SHIFTS:
            warnings.append(RuleWarning(_SOURCE, number, "expected a company, a first_month of 1, 4, 7 or 10 "
                                        "and a year_shift of -1 or 0"))
            continue
        calendars.append(FiscalYear(row["company"], month, shift))
    return calendars
