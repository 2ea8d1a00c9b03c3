"""Text of PDF and Word (.docx) articles, one paragraph or line a line.

A PDF is read from its text layer (pypdf); lines repeated on most pages (running headers and
footers, "Page 3 of 12") are left out. A PDF without a text layer (a scan) cannot be read without
OCR and is skipped with that reason. A .docx is read paragraph by paragraph (python-docx), tables
row by row; its headers and footers live apart from the body and are not read.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections import Counter

from lib.read.decoding import UndecodableError
from lib.read.folder import BINARY_SUFFIXES

__all__ = ["BINARY_SUFFIXES", "binary_document_text", "docx_text", "pdf_text", "repeated_lines"]
# A line on at least this share of the pages (and on 3 or more) is the page's furniture.
REPEATED_SHARE = 0.6
_DIGITS = re.compile(r"\d+")
_SPACE = re.compile(r"[ \t\u00a0\u3000]+")
_SENTENCE_END = re.compile(r"[.!?。！？:：”\"')）]$")
_CJK_END = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]$")
_CJK_START = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def binary_document_text(data: bytes, suffix: str) -> str:
    """The text of a .pdf or .docx file; ``UndecodableError`` with the reason when there is none."""
    text = pdf_text(data) if suffix.lower() == ".pdf" else docx_text(data)
    if not text.strip():
        raise UndecodableError("no text in the document")
    return text


def pdf_text(data: bytes) -> str:
    # Imported on first use: a folder without PDFs should not pay for loading pypdf (~0.15 s).
    import pypdf

    try:
        reader = pypdf.PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise UndecodableError("encrypted PDF (needs a password)")
        pages = [_page_lines(page.extract_text() or "") for page in reader.pages]
    except UndecodableError:
        raise
    except Exception as error:  # noqa: BLE001 - pypdf raises many kinds on a damaged file
        raise UndecodableError(f"unreadable PDF ({type(error).__name__})") from error
    if not any(pages):
        raise UndecodableError("PDF without a text layer (a scan?); it needs OCR, which is not done here")
    furniture = repeated_lines(pages)
    return "\n".join(reflow([line for lines in pages for line in lines if _shape(line) not in furniture]))


def reflow(lines: list[str]) -> list[str]:
    """PDF lines joined into paragraphs: a line runs on unless it ends a sentence or stops short
    (a heading, a paragraph's last line); Chinese lines join without a space."""
    if not lines:
        return []
    full = sorted(len(line) for line in lines)[int(0.9 * (len(lines) - 1))]
    paragraphs: list[str] = []
    current = ""
    for line in lines:
        if current:
            current += ("" if _CJK_END.search(current) and _CJK_START.match(line) else " ") + line
        else:
            current = line
        if _SENTENCE_END.search(line) or len(line) < 0.7 * full:
            paragraphs.append(current)
            current = ""
    if current:
        paragraphs.append(current)
    return paragraphs


def repeated_lines(pages: list[list[str]]) -> set[str]:
    """Shapes (digits as #) of the lines found on most pages: running headers, footers, page numbers."""
    if len(pages) < 3:
        return set()
    on_pages = Counter(shape for lines in pages for shape in {_shape(line) for line in lines})
    return {shape for shape, count in on_pages.items() if count >= max(3, REPEATED_SHARE * len(pages))}


def docx_text(data: bytes) -> str:
    # Imported on first use: a folder without Word files should not pay for loading python-docx (~0.05 s).
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as error:
        raise UndecodableError(f"unreadable Word file ({type(error).__name__})") from error
    lines = [_SPACE.sub(" ", paragraph.text).strip() for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" | ".join(_SPACE.sub(" ", cell.text).strip() for cell in row.cells))
    return "\n".join(line for line in lines if line.strip(" |"))


def _page_lines(text: str) -> list[str]:
    return [line for line in (_SPACE.sub(" ", raw).strip() for raw in text.split("\n")) if line]


def _shape(line: str) -> str:
    return _DIGITS.sub("#", line.lower())
