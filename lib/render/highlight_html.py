"""HTML of a search hit: the text escaped piece by piece, the pieces that match wrapped in <mark>.

The text is data: each piece goes through ``html.escape`` first, and only then gets the one tag
this module adds, so ``<script>`` in an article shows as text and a match never splits an entity.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

STYLE = "<style>.hl-hit{background:#ffe066;color:inherit;padding:0 1px;border-radius:2px}</style>"


def marked_html(segments: Sequence[tuple[str, bool]]) -> str:
    """``segments`` (text, is a match) as escaped HTML with the matches marked."""
    return STYLE + "".join(
        f'<mark class="hl-hit">{html.escape(text, quote=True)}</mark>' if hit else html.escape(text, quote=True)
        for text, hit in segments
    )
