"""One colour per company, the same in every chart on every page.

Colours follow each company's rank by mentions in the whole corpus (not the filtered view), so
filtering never repaints a company. Past the palette, colours come from a hash of the name.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

PALETTE = (
    "#c8102e", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf",
    "#bcbd22", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd", "#e6550d",
    "#31a354", "#756bb1", "#636363", "#d6616b",
)
OTHER_COLOR = "#9e9e9e"


def company_colors(companies_by_rank: Sequence[str]) -> dict[str, str]:
    colors = {}
    for rank, company in enumerate(companies_by_rank):
        if rank < len(PALETTE):
            colors[company] = PALETTE[rank]
        else:
            digest = hashlib.sha256(company.encode("utf-8")).digest()
            colors[company] = "#{:02x}{:02x}{:02x}".format(*(64 + b % 160 for b in digest[:3]))
    return colors
