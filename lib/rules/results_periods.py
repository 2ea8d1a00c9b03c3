"""Load ``results_periods.csv``: the words by which a results report names the period it reports on
(half-year reports, 报告期, 期内), what next to 期内 makes it that period or another term, the measures
a results report tells ("revenues", "profit"), and the words of a results release's headings ("Highlights",
业绩摘要)."""

from __future__ import annotations

from lib.rules.rule_file import RuleWarning, kinded_words

RESULTS_PERIOD_KINDS = ("half_report", "reported_period", "figure_after", "term_before", "results_noun",
                         "reported_quarter", "results_measure", "heading", "plan_noun", "period_told_quarter",
                         "period_told_half", "period_told_year")


def parse_results_periods(text: str, warnings: list[RuleWarning]) -> list[tuple[str, str]]:
    """The ``(kind, word)`` rows of ``results_periods.csv``."""
    return kinded_words(text, "lib/rules/results_periods.csv", RESULTS_PERIOD_KINDS, warnings, ("kind", "word"))
