"""The CJK font lookup: the setup's font is found, draws Chinese as glyphs, and the override wins."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from lib.render import fonts
from lib.render.fonts import FONT_ENV, SETUP_HINT, find_cjk_font


@pytest.fixture(scope="module")
def font_path():
    path = find_cjk_font()
    assert path is not None, "no CJK font installed: run `bash scripts/setup.sh`"
    return path


def glyph_mask(font: ImageFont.FreeTypeFont, char: str) -> np.ndarray:
    image = Image.new("L", (80, 80), 0)
    ImageDraw.Draw(image).text((5, 5), char, font=font, fill=255)
    return np.asarray(image) > 0


def test_setup_font_is_found_first(font_path, monkeypatch):
    monkeypatch.delenv(FONT_ENV, raising=False)
    assert find_cjk_font() == font_path
    assert str(font_path) in fonts.CANDIDATES


def test_font_draws_chinese_glyphs_not_boxes(font_path):
    font = ImageFont.truetype(str(font_path), 60)
    left, top, right, bottom = font.getbbox("小红书")
    assert right - left > 60 and bottom - top > 20
    small, book = glyph_mask(font, "小"), glyph_mask(font, "书")
    missing = glyph_mask(font, "\ue000")  # private use: drawn as .notdef if anything
    assert small.sum() > 50 and book.sum() > 50
    assert not np.array_equal(small, book)
    assert not np.array_equal(small, missing)


def test_env_variable_overrides(tmp_path, monkeypatch):
    custom = tmp_path / "custom.ttf"
    custom.write_bytes(b"font")
    monkeypatch.setenv(FONT_ENV, str(custom))
    assert find_cjk_font() == custom


def test_missing_env_font_falls_back_and_nothing_gives_none(tmp_path, monkeypatch):
    monkeypatch.setenv(FONT_ENV, str(tmp_path / "absent.ttc"))
    present = tmp_path / "present.ttc"
    present.write_bytes(b"font")
    assert find_cjk_font([str(tmp_path / "nope.ttc"), str(present)]) == present
    assert find_cjk_font([str(tmp_path / "nope.ttc")]) is None


@pytest.mark.parametrize("override", ["", "   "])
def test_a_blank_override_is_no_override(tmp_path, monkeypatch, override):
    monkeypatch.setenv(FONT_ENV, override)
    present = tmp_path / "wqy-microhei.ttc"
    present.write_bytes(b"font")
    assert find_cjk_font([str(present)]) == present


def test_an_override_is_stripped_and_may_start_with_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    (tmp_path / "fonts").mkdir()
    custom = tmp_path / "fonts" / "NotoSansCJK.ttc"
    custom.write_bytes(b"font")
    monkeypatch.setenv(FONT_ENV, "  ~/fonts/NotoSansCJK.ttc \n")
    assert find_cjk_font([]) == custom


def test_a_folder_is_no_font(tmp_path, monkeypatch):
    monkeypatch.setenv(FONT_ENV, str(tmp_path))
    (tmp_path / "fonts.ttc").mkdir()
    assert find_cjk_font([str(tmp_path / "fonts.ttc")]) is None


def test_candidates_are_tried_in_order(tmp_path, monkeypatch):
    monkeypatch.delenv(FONT_ENV, raising=False)
    first, second = tmp_path / "a.ttc", tmp_path / "b.otf"
    for path in (first, second):
        path.write_bytes(b"font")
    assert find_cjk_font([str(second), str(first)]) == second


def test_the_setup_hint_names_the_script_and_the_variable():
    assert "scripts/setup.sh" in SETUP_HINT and FONT_ENV in SETUP_HINT
    assert all(candidate.endswith((".ttc", ".otf")) for candidate in fonts.CANDIDATES)
