"""A page as one self-contained HTML report: its interactive charts, captions, filters and evidence.

The file must open anywhere, offline, years later: plotly.js is embedded once (no CDN), word-cloud
images are inlined as data URIs, and nothing is fetched. Every value that comes from the corpus —
titles, captions, table cells, filter words — is data and goes through ``html.escape`` (tables
through ``DataFrame.to_html(escape=True)``); figures are serialised by Plotly, which writes ``<``
inside its JSON as ``\\u003c`` so document text cannot close the script element.
"""

from __future__ import annotations

import base64
import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from lib.charts.provenance import FONT_FAMILY, figure_title

MAX_TABLE_ROWS = 1000           # a report of 200,000 events would be a file no browser opens well
FIGURE_CONFIG = {"displaylogo": False, "responsive": True}
STYLE = f"""<style>
body{{font-family:{FONT_FAMILY};color:#262730;margin:2rem auto;max-width:1100px;padding:0 1rem;line-height:1.45}}
h1{{font-size:1.7rem;margin-bottom:.2rem}} h2{{font-size:1.2rem;margin:2rem 0 .4rem 0}}
.rp-filters{{color:#555;font-size:.92rem;margin:.2rem 0 1rem 0}}
.rp-caption{{color:#555;font-size:.88rem;margin:.3rem 0}}
.rp-table{{overflow-x:auto}} table{{border-collapse:collapse;font-size:.85rem;margin:.4rem 0}}
th,td{{border:1px solid #ddd;padding:.25rem .45rem;text-align:left;vertical-align:top}}
th{{background:#f4f5f7}} img{{max-width:100%}}
</style>"""
_TAGS = re.compile(r"<br\s*/?>", re.IGNORECASE)


@dataclass
class ReportSection:
    """One block of the report: a heading, then a figure or an image, captions and a table.

    Not frozen: a page adds the captions it writes under a chart after the chart is drawn."""

    heading: str = ""
    figure: go.Figure | None = None
    image_png: bytes | None = None
    image_alt: str = ""
    captions: list[str] = field(default_factory=list)
    table: pd.DataFrame | None = None


def section_heading(section: ReportSection) -> str:
    """The section's heading, else its figure's whole title with Plotly line breaks as spaces."""
    if section.heading:
        return section.heading
    if section.figure is None:
        return ""
    return _TAGS.sub(" ", figure_title(section.figure.layout.to_plotly_json()))


def report_html(title: str, sections: Sequence[ReportSection], filters: str = "") -> str:
    """A whole HTML document: ``title``, the filters in words, then each section in order."""
    parts = [f"<h1>{_escape(title)}</h1>"]
    if filters:
        parts.append(f'<p class="rp-filters">{_escape(filters)}</p>')
    plotly_js_included = False
    for section in sections:
        parts.append(_section_html(section, include_plotlyjs=not plotly_js_included))
        plotly_js_included |= section.figure is not None
    return ("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
            f"<title>{_escape(title)}</title>{STYLE}</head>\n<body>\n" + "\n".join(parts) + "\n</body></html>\n")


def _section_html(section: ReportSection, include_plotlyjs: bool) -> str:
    parts = ["<section>"]
    heading = section_heading(section)
    if heading:
        parts.append(f"<h2>{_escape(heading)}</h2>")
    if section.figure is not None:
        parts.append(pio.to_html(section.figure, include_plotlyjs=include_plotlyjs, full_html=False,
                                 config=FIGURE_CONFIG, default_width="100%"))
    if section.image_png is not None:
        encoded = base64.b64encode(section.image_png).decode("ascii")
        parts.append(f'<img src="data:image/png;base64,{encoded}" alt="{_escape(section.image_alt)}">')
    parts.extend(f'<p class="rp-caption">{_escape(text)}</p>' for text in section.captions)
    if section.table is not None:
        parts.append(_table_html(section.table))
    parts.append("</section>")
    return "\n".join(parts)


def _table_html(table: pd.DataFrame) -> str:
    shown = table.head(MAX_TABLE_ROWS)
    note = ""
    if len(table) > len(shown):
        note = (f'<p class="rp-caption">The first {len(shown):,} of {len(table):,} rows; '
                "the page's CSV download has all of them.</p>")
    return f'<div class="rp-table">{shown.to_html(index=False, escape=True, na_rep="", border=0)}</div>{note}'


def _escape(text: object) -> str:
    return html.escape(str(text), quote=True)
