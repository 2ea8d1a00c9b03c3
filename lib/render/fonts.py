"""Find a font that can draw Chinese, for the word clouds.

``scripts/setup.sh`` installs Debian's ``fonts-wqy-microhei``; other common CJK fonts are accepted
too, and ``$NEWS_CJK_FONT`` overrides them all. Without one, Chinese terms would render as boxes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

FONT_ENV = "NEWS_CJK_FONT"
CANDIDATES = (
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSansCJKsc-Regular.otf",
    "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
)
SETUP_HINT = ("No font that can draw Chinese was found, so the word clouds cannot be drawn. "
              "Run `bash scripts/setup.sh` (it installs fonts-wqy-microhei), or point "
              f"${FONT_ENV} at a CJK font file, then reload the page.")


def find_cjk_font(candidates: Sequence[str] | None = None) -> Path | None:
    """$NEWS_CJK_FONT if it names a file, else the first installed of ``candidates`` (default
    ``CANDIDATES``), else None."""
    override = os.environ.get(FONT_ENV, "").strip()
    for name in ([override] if override else []) + list(CANDIDATES if candidates is None else candidates):
        path = Path(name).expanduser()
        if path.is_file():
            return path
    return None
