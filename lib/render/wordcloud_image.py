"""Word-cloud images: term weights and a CJK-capable font in, a PIL image and PNG bytes out.

Clouds are laid out from frequencies (never from raw text, so the corpus's own term extraction
and stopwords decide what a word is) with a fixed random state: the same data always gives the
same picture. A title strip above the cloud and a footnote below make a downloaded PNG explain
itself when it is shared on its own.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Mapping
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from wordcloud import WordCloud

WIDTH, HEIGHT = 1200, 600
# Words are placed on a canvas SCALE times smaller and drawn at full size: as sharp, ~15x faster.
SCALE = 3
MAX_FONT_SIZE = HEIGHT // SCALE // 3
MAX_WORDS = 150
RANDOM_STATE = 7
BACKGROUND = "white"
TEXT_COLOR = (40, 40, 40)
NOTE_COLOR = (110, 110, 110)
TITLE_SIZE, NOTE_SIZE, PADDING = 30, 18, 14
# Dark, mutually distinct colours for clouds that are not about one company.
NEUTRAL_PALETTE = ("#264653", "#2a6f97", "#5c4d7d", "#6b705c", "#9c6644", "#3d5a80", "#4a4e69", "#1b4332")

ColorFunc = Callable[..., str]


def neutral_color_func() -> ColorFunc:
    """Colours from a muted palette, picked by the cloud's seeded random state."""
    def color(word, font_size, position, orientation, random_state=None, **kwargs) -> str:
        return NEUTRAL_PALETTE[random_state.randint(0, len(NEUTRAL_PALETTE) - 1)]
    return color


def company_color_func(hex_color: str) -> ColorFunc:
    """The company's colour for the biggest words, paler (towards white) for the smaller ones."""
    red, green, blue = _rgb(hex_color)

    def color(word, font_size, position, orientation, random_state=None, **kwargs) -> str:
        # ``font_size`` is on the layout canvas (see SCALE). Keep at least 45 % of the colour so
        # small words stay readable on white.
        keep = 0.45 + 0.55 * min(1.0, font_size / MAX_FONT_SIZE) ** 0.5
        return "#{:02x}{:02x}{:02x}".format(*(round(255 - (255 - c) * keep) for c in (red, green, blue)))
    return color


def wordcloud_image(
    frequencies: Mapping[str, float],
    font_path: Path | str,
    color_func: ColorFunc | None = None,
    title: str = "",
    footnote: str = "",
    width: int = WIDTH,
    height: int = HEIGHT,
) -> Image.Image:
    """The cloud of ``frequencies`` (term → weight > 0), with an optional title and footnote strip."""
    weights = {term: float(w) for term, w in frequencies.items() if term and w > 0}
    if not weights:
        raise ValueError("a word cloud needs at least one term with a positive weight")
    cloud = WordCloud(
        font_path=str(font_path), width=width // SCALE, height=height // SCALE, scale=SCALE,
        background_color=BACKGROUND, random_state=RANDOM_STATE, max_words=MAX_WORDS,
        max_font_size=min(MAX_FONT_SIZE, height // SCALE // 3), prefer_horizontal=0.95, margin=2,
        color_func=color_func or neutral_color_func(),
    ).generate_from_frequencies(weights)
    image = cloud.to_image()
    if not (title or footnote):
        return image
    return _framed(image, str(font_path), title, footnote)


def png_bytes(image: Image.Image) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue()


def _framed(cloud: Image.Image, font_path: str, title: str, footnote: str) -> Image.Image:
    title_font = ImageFont.truetype(font_path, TITLE_SIZE)
    note_font = ImageFont.truetype(font_path, NOTE_SIZE)
    measure = ImageDraw.Draw(cloud)
    # The footnote (filters, counts, dates, corpus) is wrapped, never cut: it is what the image is of.
    notes = footnote_lines(measure, footnote, note_font, cloud.width - 2 * PADDING) if footnote else []
    top = TITLE_SIZE + 2 * PADDING if title else 0
    line_px = NOTE_SIZE + NOTE_SIZE // 3
    bottom = line_px * len(notes) + 2 * PADDING if notes else 0
    framed = Image.new("RGB", (cloud.width, cloud.height + top + bottom), BACKGROUND)
    framed.paste(cloud, (0, top))
    draw = ImageDraw.Draw(framed)
    if title:
        draw.text((PADDING, PADDING), _fit(draw, title, title_font, cloud.width - 2 * PADDING),
                  font=title_font, fill=TEXT_COLOR)
    for number, line in enumerate(notes):
        draw.text((PADDING, top + cloud.height + PADDING + number * line_px), line, font=note_font, fill=NOTE_COLOR)
    return framed


def footnote_lines(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> list[str]:
    """``text`` broken into lines of at most ``width`` pixels: at spaces, or anywhere in CJK runs."""
    lines: list[str] = []
    current = ""
    for ch in text:
        if draw.textlength(current + ch, font=font) <= width:
            current += ch
            continue
        cut = current.rfind(" ")
        if cut > len(current) // 2:
            lines.append(current[:cut])
            current = current[cut + 1:] + ch
        else:
            lines.append(current)
            current = ch.lstrip()
    if current.strip():
        lines.append(current)
    return lines


def _fit(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int) -> str:
    """``text`` shortened with an ellipsis until it fits ``width`` pixels."""
    if draw.textlength(text, font=font) <= width:
        return text
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return text + "…"


def _rgb(hex_color: str) -> tuple[int, int, int]:
    value = hex_color.lstrip("#")
    if len(value) == 3:
        value = "".join(ch * 2 for ch in value)
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16)
