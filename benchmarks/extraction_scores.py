"""What the extraction benchmark counts for a set of documents (``Score``), and the Markdown tables
that print those counts as ratios side by side: the summary, the companies missed by reason, the
events missed by cause (``benchmarks.miss_causes``), and the misses by class of expression.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

from benchmarks.miss_causes import CAUSES, DIFFERENCES
from benchmarks.realnews import CLASSES


@dataclass
class Score:
    """Counts for one set of documents; ratios are computed when printed."""

    gold_events: int = 0
    predicted_events: int = 0
    matched: int = 0
    wrong_period: int = 0
    companies_right: int = 0
    plans_right: int = 0
    plans_known: int = 0
    attribution_right: int = 0
    attribution_known: int = 0
    gold_companies: int = 0
    predicted_companies: int = 0
    found_companies: int = 0
    published_right: int = 0
    published_asked: int = 0
    missed_companies: Counter = field(default_factory=Counter)
    missed_events: Counter = field(default_factory=Counter)  # by cause (benchmarks.miss_causes)
    wrong_periods: Counter = field(default_factory=Counter)  # by how they differ (period_difference)
    not_ingested: list[str] = field(default_factory=list)  # excerpts the pipeline skipped: all their golds missed
    out_of_reach: int = 0
    out_of_reach_matched: int = 0
    by_class: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    details: list[str] = field(default_factory=list)


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "—"


def summary_table(scores: dict[str, Score]) -> str:
    lines = ["| measure | " + " | ".join(scores) + " |", "|---|" + "---|" * len(scores)]
    rows = [
        ("gold events", lambda s: str(s.gold_events)),
        ("extracted events", lambda s: str(s.predicted_events)),
        ("**event recall** (sentence + strict period)", lambda s: _ratio(s.matched, s.gold_events)),
        ("**event precision**", lambda s: _ratio(s.matched, s.predicted_events)),
        ("date found, wrong period", lambda s: str(s.wrong_period)),
        ("matched events with exactly the right companies", lambda s: _ratio(s.companies_right, s.matched)),
        ("matched events with the right plan flag", lambda s: _ratio(s.plans_right, s.plans_known)),
        ("matched events with the right attribution", lambda s: _ratio(s.attribution_right, s.attribution_known)),
        ("companies named (gold)", lambda s: str(s.gold_companies) if s.gold_companies else "—"),
        ("**company recall**", lambda s: _ratio(s.found_companies, s.gold_companies)),
        ("**company precision**", lambda s: _ratio(s.found_companies, s.predicted_companies)),
        ("publication dates read from the text", lambda s: f"{s.published_right} of {s.published_asked}"),
        ("gold events in articles with no year to read (not in metadata, address, title, header "
         "or text)", lambda s: f"{s.out_of_reach} ({s.out_of_reach_matched} matched)"),
        ("event recall on the other gold events", lambda s: _ratio(s.matched - s.out_of_reach_matched,
                                                                   s.gold_events - s.out_of_reach)),
    ]
    for name, cell in rows:
        lines.append(f"| {name} | " + " | ".join(cell(s) for s in scores.values()) + " |")
    return "\n".join(lines)


def missed_companies_table(scores: dict[str, Score]) -> str:
    """Companies missed, counted by why (no names: B's are counted, never shown)."""
    reasons = sorted({reason for s in scores.values() for reason in s.missed_companies})
    lines = ["| companies missed, by reason | " + " | ".join(scores) + " |", "|---|" + "---|" * len(scores)]
    for reason in reasons:
        lines.append(f"| {reason} | " + " | ".join(str(s.missed_companies[reason]) for s in scores.values()) + " |")
    return "\n".join(lines)


def missed_events_table(scores: dict[str, Score]) -> str:
    """Events missed, counted by the stage that lost them (no sentences: B's are counted, never shown)."""
    lines = ["| events missed, by cause | " + " | ".join(scores) + " |", "|---|" + "---|" * len(scores)]
    for cause in CAUSES:
        lines.append(f"| {cause} | " + " | ".join(str(s.missed_events[cause]) for s in scores.values()) + " |")
    lines.append("| *periods found on the words, not the annotated one:* |" + " |" * len(scores))
    for difference in DIFFERENCES:
        lines.append(f"| {difference} | " + " | ".join(str(s.wrong_periods[difference]) for s in scores.values())
                     + " |")
    return "\n".join(lines)


def class_table(scores: dict[str, Score]) -> str:
    header = "| class | " + " | ".join(f"{n}: gold | {n}: recall | {n}: wrong period | {n}: not found"
                                          for n in scores) + " |"
    lines = [header, "|---|" + "---|" * (4 * len(scores))]
    for cls in CLASSES:
        cells = []
        for s in scores.values():
            c = s.by_class.get(cls, Counter())
            cells += [str(c["gold"]), _ratio(c["found"], c["gold"]), str(c["wrong_period"]), str(c["not_found"])]
        lines.append(f"| {cls} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
