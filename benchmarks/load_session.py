"""What every client of the load benchmark shares: the filter changes a session makes, their
timeouts, and what a session reports back.

Both clients (``load_protocol``: Streamlit's websocket protocol; ``load_browser``: Chromium) make
the same changes to the sidebar's company filter, so their latencies answer the same question.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The filter's first options are the most mentioned companies; a session cycles through these.
COMPANIES_USED = 5
CHANGE_TIMEOUT_S = 60
FIRST_LOAD_TIMEOUT_S = 180
# A change is over once its last script run has finished and no new run has started for this
# long (the app may start runs of its own, e.g. after writing query parameters).
SETTLE_S = 0.4


@dataclass
class SessionResult:
    latencies_ms: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def company_changes(companies: list[str], changes: int) -> list[str | None]:
    """The filter's value after each change: pick a company, clear it, pick the next, clear, …
    (None = cleared)."""
    if not companies:
        raise ValueError("the company filter offers no company to pick")
    return [companies[(number // 2) % len(companies)] if number % 2 == 0 else None for number in range(changes)]
