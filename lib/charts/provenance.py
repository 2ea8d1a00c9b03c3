"""What makes a chart image explain itself: its filters, counts, dates, corpus and making date drawn in.

A chart is shared as a picture — the camera button's PNG, a browser screenshot, a slide — and the
picture must say on its own what it shows. ``self_describing`` writes the provenance block into
the figure's own layout (the title's subtitle), so every way of saving the chart keeps it, and
makes the margins grow to fit long lane labels, the legend and that block at any width.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

import plotly.graph_objects as go

from lib.analyze.filters import View
from lib.charts.figures import copied_figure

# Browsers pick the first installed family that has a glyph: Latin faces first, then CJK faces.
FONT_FAMILY = ('"Source Sans Pro", "Open Sans", Arial, "Noto Sans CJK SC", "Noto Sans SC", '
               '"WenQuanYi Micro Hei", "Microsoft YaHei", "PingFang SC", sans-serif')
PROVENANCE_SIZE = 11
PROVENANCE_COLOR = "#555555"
# At a 1,000 px window a full-width chart is ~650 px wide and a half-width one ~320 px: about 100
# and 48 Latin characters of 11 px text.
WRAP_CHARS = 100
WRAP_CHARS_NARROW = 48
TITLE_SIZE, TITLE_COLOR = 16, "#262730"
TITLE_RATIO = 0.62              # title characters per line, against the 11 px block's
_WIDE = re.compile(r"[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")
SEPARATOR = " · "
# Keys of ``layout.meta``: the whole title (the drawn one may continue in the subtitle) and the block.
FULL_TITLE, PROVENANCE = "full_title", "provenance"


@dataclass(frozen=True)
class Provenance:
    """Where a chart comes from, in words: filters, counts, dates, corpus, when it was made."""

    documents: str          # "12 of 40 documents", as the caption counts them (``View.documents_of_corpus_words``)
    published: str          # "published 2024-01 to 2024-06-30"
    filters: str            # ``Filters.describe()``
    corpus: str             # the corpus folder's name
    made: str               # ISO date the image was made

    def parts(self) -> list[str]:
        return [self.documents, self.published, self.filters, f"corpus: {self.corpus}", f"made {self.made}"]

    def text(self) -> str:
        return SEPARATOR.join(part for part in self.parts() if part)


def figure_title(layout: dict) -> str:
    """The whole title of a figure's layout (as a dict), also when ``self_describing`` split it."""
    meta = layout.get("meta") or {}
    return meta.get(FULL_TITLE) or (layout.get("title") or {}).get("text", "")


def provenance_of(view: View, corpus: str, made: str) -> Provenance:
    """The short words of ``view.caption()`` (the caption under the chart says the date rule in full)."""
    documents = view.documents_of_corpus_words
    if view.n_published_outside:
        documents += f" ({view.n_published_outside} kept for an event in the dates)"
    return Provenance(documents=documents, published=f"published {view.published_words}",
                      filters=view.filters.describe(rule=False), corpus=corpus, made=made)


def display_width(text: str) -> int:
    """Width in Latin-character units: CJK and full-width characters count twice."""
    return len(text) + len(_WIDE.findall(text))


def wrapped_lines(parts: list[str], width: int = WRAP_CHARS) -> list[str]:
    """``parts`` joined by " · " into lines of about ``width``; a part longer than a line is split at spaces."""
    lines: list[str] = []
    current = ""
    for part in (p for p in parts if p):
        for piece in _split_long(part, width):
            joined = f"{current}{SEPARATOR}{piece}" if current else piece
            if current and display_width(joined) > width:
                lines.append(current)
                current = piece
            else:
                current = joined
    if current:
        lines.append(current)
    return lines


def _split_long(text: str, width: int) -> list[str]:
    if display_width(text) <= width:
        return [text]
    pieces, current = [], ""
    for word in re.split(r"(?<=[ ,;])", text):
        while display_width(word) > width:        # a long CJK run has no spaces: cut it
            cut = _cut_at(word, width - display_width(current))
            pieces.append(current + word[:cut])
            current, word = "", word[cut:]
        if current and display_width(current + word) > width:
            pieces.append(current.rstrip())
            current = word
        else:
            current += word
    if current.strip():
        pieces.append(current.rstrip())
    return [piece for piece in pieces if piece]


def _cut_at(word: str, room: int) -> int:
    used = 0
    for i, ch in enumerate(word):
        used += display_width(ch)
        if used > max(room, 1):
            return max(i, 1)
    return len(word)


def wrapped_title(title: str, width: int = WRAP_CHARS) -> str:
    """A title (already Plotly markup) broken at spaces to fit: title type is ~1.5× the block's."""
    if "<br>" in title or display_width(title) <= width * TITLE_RATIO:
        return title
    return "<br>".join(_split_long(title, int(width * TITLE_RATIO)))


def provenance_html(provenance: Provenance, width: int = WRAP_CHARS) -> str:
    """The provenance block as Plotly label markup; document values are escaped (they are data)."""
    return "<br>".join(html.escape(line, quote=False) for line in wrapped_lines(provenance.parts(), width))


def self_describing(fig: go.Figure, provenance: Provenance, width: int = WRAP_CHARS) -> go.Figure:
    """``fig`` with the provenance block under its title, margins that grow to fit, CJK-capable fonts.

    The figure is copied, never changed. An existing subtitle (e.g. "by publication date") stays,
    on the first line of the block.
    """
    fig = copied_figure(fig)
    layout = fig.layout
    title = layout.title
    block = provenance_html(provenance, width)
    old = title.subtitle.text if title.subtitle and title.subtitle.text else ""
    subtitle = f"{old}<br>{block}" if old else block
    # Plotly misplaces a title of several lines (it rises above the image): the title keeps its
    # first line, the rest opens the subtitle in title type.
    first, *more = wrapped_title(title.text or "", width).split("<br>")
    if more:
        rest = "<br>".join(more)
        subtitle = f'<span style="font-size:{TITLE_SIZE}px;color:{TITLE_COLOR}"><b>{rest}</b></span><br>{subtitle}'
    full_title = title.text or ""
    # Set, merged by hand, as update_layout would merge them: its generic path costs ~7 ms a figure.
    layout.title = _merged(title.to_plotly_json(), {
        "text": first, "x": 0, "xanchor": "left", "automargin": True,
        "yref": "container", "y": 1, "yanchor": "top", "pad": {"t": 10, "l": 4},
        "subtitle": {"text": subtitle, "font": {"size": PROVENANCE_SIZE, "color": PROVENANCE_COLOR}}})
    layout.font = _merged(layout.font.to_plotly_json(), {"family": FONT_FAMILY})
    layout.meta = {FULL_TITLE: full_title, PROVENANCE: provenance.text()}
    if more and fig.layout.margin.t is not None:
        # A fixed top margin (made for a one-line title, e.g. above an axis drawn on top) grows by
        # the title's extra lines, or the top axis labels run into the provenance block.
        fig.update_layout(margin={"t": fig.layout.margin.t + len(more) * round(TITLE_SIZE * 1.4)})
    fig.update_xaxes(automargin=True)
    fig.update_yaxes(automargin=True)
    return fig


def _merged(base: dict, changes: dict) -> dict:
    """``base`` with ``changes`` written over it, nested dicts merged key by key (a new dict)."""
    merged = dict(base)
    for key, value in changes.items():
        merged[key] = (_merged(merged[key], value) if isinstance(value, dict) and isinstance(merged.get(key), dict)
                       else value)
    return merged
