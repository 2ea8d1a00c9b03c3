"""HTML for the Reader page: a document's text with its mentions, event dates and search hits marked.

Document text, titles, URLs and every other value taken from the corpus are data: each piece goes
through ``html.escape`` (attribute values with quotes escaped) before it is put between tags, so
``<script>`` in an article shows as text. Colours are checked against a hex pattern because they
go into ``style`` attributes.

The text is built in one pass over the sorted boundaries of three layers — sentences (outer),
mentions (middle), search hits (inner) — so spans always nest, a hit that overlaps the edge of a
mention is split in two, and a 5 MB document costs one slice per segment, never a rescan.
"""

from __future__ import annotations

import html
import re
from collections.abc import Mapping

import numpy as np
import pandas as pd

from lib.analyze.reader import BADGE, FIELD, HIT_END, HIT_START, VALUE, event_badges, is_web_link
from lib.charts.colors import OTHER_COLOR
from lib.schema import Mention, Sent

KIND_STYLES = {
    "company": "background:{c}33;box-shadow:inset 0 -2px 0 {c};border-radius:3px;padding:0 1px",
    "product": "text-decoration:underline solid {c} 2px;text-underline-offset:3px",
    "person": "text-decoration:underline dotted {c} 2px;text-underline-offset:3px",
}
OTHER_KIND_STYLE = "text-decoration:underline dashed {c} 1px;text-underline-offset:3px"
LEGEND_KINDS = (("company", "company"), ("product", "product"), ("person", "person"),
                ("outlet", "outlet / regulation"))
STYLE = """<style>
.rd-text{line-height:1.75;font-size:1.02rem;max-width:52rem}
.rd-s{scroll-margin-top:5rem}
.rd-p{display:block;height:.45rem}
.rd-target{background:rgba(255,196,0,.28);outline:2px solid #e0a800;border-radius:3px}
.rd-badge{display:inline-block;font-size:.72rem;line-height:1.3;padding:0 .35rem;margin-right:.3rem;
 border-radius:.6rem;background:rgba(49,130,189,.15);color:#1d5f8a;border:1px solid rgba(49,130,189,.5);
 vertical-align:.1rem;white-space:nowrap}
.rd-hit{background:#ffe066;color:inherit;padding:0;border-radius:2px}
.rd-callout{border-left:4px solid #e0a800;background:rgba(255,196,0,.12);padding:.6rem .9rem;
 border-radius:4px;margin:.2rem 0 .8rem 0;max-width:52rem}
.rd-legend{font-size:.85rem;margin:.2rem 0 .8rem 0;display:flex;flex-wrap:wrap;gap:.3rem 1rem}
.rd-meta{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.9rem;margin:0}
.rd-meta dt{font-weight:600;opacity:.75}.rd-meta dd{margin:0;overflow-wrap:anywhere}
.rd-title{margin:.2rem 0 .6rem 0}
</style>"""
HEX_COLOR = re.compile(r"#[0-9A-Fa-f]{6}")
SEPARATOR = "\x00"
# An empty block box ends the line and leaves a gap, also inside an inline sentence span.
PARAGRAPH_BREAK = '<span class="rd-p"></span>'



def escape_text(piece: str) -> str:
    """Document text as HTML: every character escaped, each line break a break with a small gap."""
    return html.escape(piece, quote=True).replace("\r\n", "\n").replace("\n", PARAGRAPH_BREAK)


def escape_attr(value: object) -> str:
    return html.escape(str(value), quote=True)



def safe_color(color: object) -> str:
    return color if isinstance(color, str) and HEX_COLOR.fullmatch(color) else OTHER_COLOR


def mention_style(kind: str, color: str) -> str:
    return KIND_STYLES.get(kind, OTHER_KIND_STYLE).format(c=safe_color(color))


def reader_html(
    text: str,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    events: pd.DataFrame,
    colors: Mapping[str, str],
    hits: pd.DataFrame | None = None,
    target_sent: int | None = None,
) -> str:
    """The whole text as one HTML block: sentences ``id="s-N"``, mentions coloured, hits in ``<mark>``."""
    # NUL cannot appear in HTML; swapping it keeps every offset and frees it as a piece separator.
    text = text.replace(SEPARATOR, "\ufffd")
    n = len(text)
    sent_starts, sent_ends, sent_rows = _intervals(sentences, Sent.START, Sent.END, n)
    ment_starts, ment_ends, ment_rows = _intervals(mentions, Mention.START, Mention.END, n)
    hit_frame = hits if hits is not None else pd.DataFrame(columns=[HIT_START, HIT_END])
    hit_starts, hit_ends, _ = _intervals(hit_frame, HIT_START, HIT_END, n)
    sent_open = _sentence_tags(sentences, sent_rows, events, target_sent)
    ment_open = _mention_tags(mentions, ment_rows, colors)

    bounds = np.sort(np.concatenate([[0, n], sent_starts, sent_ends, ment_starts, ment_ends,
                                     hit_starts, hit_ends]).astype(np.int64))
    bounds = bounds[np.concatenate([[True], np.diff(bounds) > 0])].tolist()
    seg_starts = bounds[:-1]
    # Escaping all pieces in one call is much faster than one call per piece.
    joined = escape_text(SEPARATOR.join([text[a:b] for a, b in zip(seg_starts, bounds[1:], strict=True)]))
    pieces = joined.split(SEPARATOR) if seg_starts else []
    layers = [_active(np.asarray(seg_starts, dtype=np.int64), starts, ends).tolist()
              for starts, ends in ((sent_starts, sent_ends), (ment_starts, ment_ends), (hit_starts, hit_ends))]
    parts = [STYLE, '<div class="rd-text">']
    cur_s = cur_m = cur_h = -1
    for piece, s, m, h in zip(pieces, *layers, strict=True):
        if s != cur_s:
            parts.append(_closing(cur_s, cur_m, cur_h))
            if s >= 0:
                parts.append(sent_open[s])
            cur_s, cur_m, cur_h = s, -1, -1
        if m != cur_m:
            parts.append(_closing(-1, cur_m, cur_h))
            if m >= 0:
                parts.append(ment_open[m])
            cur_m, cur_h = m, -1
        if h != cur_h:
            parts.append("</mark>" if cur_h >= 0 else "")
            parts.append('<mark class="rd-hit">' if h >= 0 else "")
            cur_h = h
        parts.append(piece)
    parts.append(_closing(cur_s, cur_m, cur_h))
    parts.append("</div>")
    return "".join(parts)


def _closing(sent: int, mention: int, hit: int) -> str:
    """Close tags innermost first for the open layers (index -1 = not open)."""
    return ("</mark>" if hit >= 0 else "") + ("</span>" if mention >= 0 else "") + ("</span>" if sent >= 0 else "")


def _intervals(frame: pd.DataFrame, start: str, end: str, n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted, clipped, non-empty, non-overlapping intervals and the frame rows they came from.

    Overlaps should not happen (mentions are matched longest-first, sentences tile the text) but a
    broken input must not break the nesting: an interval starting inside an earlier one is dropped.
    """
    if frame.empty:
        empty = np.array([], dtype=np.int64)
        return empty, empty, empty
    starts = np.clip(frame[start].to_numpy(dtype=np.int64), 0, n)
    ends = np.clip(frame[end].to_numpy(dtype=np.int64), 0, n)
    order = np.lexsort((-ends, starts))
    starts, ends = starts[order], ends[order]
    keep = ends > starts
    starts, ends, order = starts[keep], ends[keep], order[keep]
    if len(starts):
        reach = np.concatenate([[0], np.maximum.accumulate(ends)[:-1]])
        keep = starts >= reach
        starts, ends, order = starts[keep], ends[keep], order[keep]
    return starts, ends, order


def _active(points: np.ndarray, starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """For each point, the index of the interval covering it, or -1."""
    if not len(starts):
        return np.full(len(points), -1, dtype=np.int64)
    index = np.searchsorted(starts, points, side="right") - 1
    covered = (index >= 0) & (ends[np.maximum(index, 0)] > points)
    return np.where(covered, index, -1)


def _sentence_tags(sentences: pd.DataFrame, rows: np.ndarray, events: pd.DataFrame, target: int | None) -> list[str]:
    if not len(rows):
        return []
    badges = event_badges(events)
    badge_of = {int(sid): f'<span class="rd-badge">{escape_attr(badge)}</span>'
                for sid, badge in zip(badges[Sent.SENT_ID].tolist(), badges[BADGE].tolist(), strict=True)}
    ids = sentences[Sent.SENT_ID].to_numpy()[rows].astype(np.int64).tolist()
    return [f'<span class="{"rd-s rd-target" if sent_id == target else "rd-s"}" id="s-{sent_id}">'
            f'{badge_of.get(sent_id, "")}' for sent_id in ids]


def _mention_tags(mentions: pd.DataFrame, rows: np.ndarray, colors: Mapping[str, str]) -> list[str]:
    if not len(rows):
        return []
    picked = mentions.iloc[rows]
    keys = zip(picked[Mention.KIND].astype(str).tolist(), picked[Mention.COMPANY].fillna("").astype(str).tolist(),
               picked[Mention.ENTITY].astype(str).tolist(), strict=True)
    built: dict[tuple[str, str, str], str] = {}  # one tag per distinct entity, reused for each mention
    return [built.get(key) or built.setdefault(key, _mention_tag(*key, colors)) for key in keys]


def _mention_tag(kind: str, company: str, entity: str, colors: Mapping[str, str]) -> str:
    style = mention_style(kind, colors.get(company, OTHER_COLOR))
    title = f"{entity} · {kind}" + (f" · {company}" if company and company != entity else "")
    return (f'<span class="rd-m rd-{escape_attr(kind)}" style="{escape_attr(style)}" '
            f'title="{escape_attr(title)}">')


def callout_html(sent_id: int, sentence: str, badge: str | None) -> str:
    """"Opened at sentence 12: …" above the text, with the sentence's event date when it has one."""
    date = f'<span class="rd-badge">{escape_attr(badge)}</span>' if badge else ""
    return (f'{STYLE}<div class="rd-callout"><strong>Opened at sentence {int(sent_id)}:</strong> {date}'
            f'{escape_text(sentence)} <a href="#s-{int(sent_id)}">show in the text ↓</a></div>')


def legend_html(colors: Mapping[str, str]) -> str:
    """How to read the highlighting: one swatch per company present, one sample per kind."""
    kinds = " ".join(f'<span class="rd-m" style="{escape_attr(mention_style(kind, "#555555"))}">'
                     f"{escape_text(label)}</span>" for kind, label in LEGEND_KINDS)
    companies = " ".join(f'<span class="rd-m" style="{escape_attr(mention_style("company", color))}">'
                         f"{escape_text(name)}</span>" for name, color in colors.items())
    event = '<span class="rd-badge">2023-04 · month</span>event date'
    search = '<mark class="rd-hit">search hit</mark>'
    target = '<span class="rd-target">opened sentence</span>'
    return (f'{STYLE}<div class="rd-legend"><span><strong>Kinds:</strong> {kinds}</span>'
            f"<span>{event}</span><span>{search}</span><span>{target}</span>"
            f"<span><strong>Companies:</strong> {companies or 'none named'}</span></div>")


def metadata_html(metadata: pd.DataFrame, url: str) -> str:
    """Title heading and field list; the URL is a link only when it is an http(s) address."""
    values = dict(zip(metadata[FIELD], metadata[VALUE], strict=True))
    rows = []
    for field, value in values.items():
        if field == "Title":
            continue
        if field == "URL" and url and is_web_link(url):
            shown = (f'<a href="{escape_attr(url.strip())}" target="_blank" rel="noopener noreferrer nofollow">'
                     f"{escape_text(url)}</a>")
        else:
            shown = escape_text(str(value))
        rows.append(f"<dt>{escape_text(str(field))}</dt><dd>{shown}</dd>")
    title = escape_text(str(values.get("Title", "")))
    return f'{STYLE}<h3 class="rd-title">{title}</h3><dl class="rd-meta">{"".join(rows)}</dl>'
