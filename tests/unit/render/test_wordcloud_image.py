"""The word-cloud images: mixed scripts have ink, clouds are deterministic PNGs."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from lib.render import wordcloud_image as wc
from lib.render.fonts import find_cjk_font

MIXED = {"小红书": 5, "字节跳动": 3, "AI": 4}


@pytest.fixture(scope="module")
def font_path():
    path = find_cjk_font()
    assert path is not None, "no CJK font installed: run `bash scripts/setup.sh`"
    return path


def test_cloud_of_mixed_scripts_has_ink(font_path):
    image = wc.wordcloud_image(MIXED, font_path)
    assert image.size == (wc.WIDTH, wc.HEIGHT)
    pixels = np.asarray(image.convert("RGB"))
    ink = (pixels < 200).any(axis=2)
    assert ink.sum() > 5000


def test_cloud_is_deterministic_png(font_path):
    first = wc.png_bytes(wc.wordcloud_image(MIXED, font_path))
    second = wc.png_bytes(wc.wordcloud_image(MIXED, font_path))
    assert first.startswith(b"\x89PNG") and first == second
    assert Image.open(io.BytesIO(first)).size == (wc.WIDTH, wc.HEIGHT)


def test_title_and_footnote_add_strips(font_path):
    framed = wc.wordcloud_image(MIXED, font_path, title="小红书 · Xiaohongshu", footnote="5 documents " * 40)
    assert framed.width == wc.WIDTH and framed.height > wc.HEIGHT + wc.TITLE_SIZE + wc.NOTE_SIZE


@pytest.mark.parametrize("footnote", [
    "12 of 40 documents · published 2024-01 to 2024-06-30 · companies: ByteDance, Alibaba, Tencent; "
    "dates: 2024-01-01 to 2024-06-30 (events dated in the range; documents published in it or reporting "
    "such an event) · corpus: china-ai · made 2026-12-03",
    "12 of 40 documents · companies: 字节跳动、阿里巴巴、腾讯控股、百度、深度求索、月之暗面、智谱、小红书、快手、美团、"
    "拼多多、京东、网易、哔哩哔哩 · corpus: 新闻 · made 2026-12-03",
])
def test_footnote_wraps_whole_into_the_image(font_path, footnote):
    """Filters, counts and corpus are what a shared cloud is of: wrapped onto lines, never cut off."""
    font = ImageFont.truetype(str(font_path), wc.NOTE_SIZE)
    draw = ImageDraw.Draw(Image.new("RGB", (10, 10)))
    lines = wc.footnote_lines(draw, footnote, font, wc.WIDTH - 2 * wc.PADDING)
    assert len(lines) >= 2
    assert all(draw.textlength(line, font=font) <= wc.WIDTH - 2 * wc.PADDING for line in lines)
    assert "".join("".join(lines).split()) == "".join(footnote.split())
    framed = wc.wordcloud_image(MIXED, font_path, footnote=footnote)
    assert framed.height >= wc.HEIGHT + len(lines) * wc.NOTE_SIZE


def test_company_cloud_uses_company_colour(font_path):
    image = wc.wordcloud_image(MIXED, font_path, wc.company_color_func("#c8102e"))
    pixels = np.asarray(image.convert("RGB")).astype(int).reshape(-1, 3)
    ink = pixels[(pixels < 200).any(axis=1)]
    assert len(ink) > 1000
    assert (ink[:, 0] > ink[:, 2]).mean() > 0.95  # red, never the neutral blues


@pytest.mark.parametrize(("font_size", "expected"), [
    (wc.MAX_FONT_SIZE, "#c8102e"),     # biggest words: the company colour itself
    (0, "#e693a1"),                    # smallest: 45 % of the colour, 55 % white
])
def test_company_colour_pales_with_size(font_size, expected):
    assert wc.company_color_func("#c8102e")("w", font_size, (0, 0), None) == expected


def test_neutral_colours_come_from_palette():
    import random
    color = wc.neutral_color_func()
    assert {color("w", 10, (0, 0), None, random_state=random.Random(i)) for i in range(50)} <= set(wc.NEUTRAL_PALETTE)


@pytest.mark.parametrize("frequencies", [{}, {"a": 0}, {"": 3}])
def test_nothing_to_draw_is_an_error(font_path, frequencies):
    with pytest.raises(ValueError):
        wc.wordcloud_image(frequencies, font_path)
