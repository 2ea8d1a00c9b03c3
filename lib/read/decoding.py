"""Article bytes to text: byte-order marks, UTF-8, UTF-16 without a mark, GB18030 or Big5, a page's
declared charset, then charset detection; binary data is refused with a reason a user can act on.
"""

from __future__ import annotations

import re

import charset_normalizer

from lib.text_script import HAN_CHARACTER as _CJK

_MAX_CONTROL_RATIO = 0.02
# Unicode category Cc (C0 and C1 controls), less the whitespace controls text legitimately has.
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")


class UndecodableError(ValueError):
    """The bytes are not text in any encoding we can recognise; the message says why."""


def decode_text(data: bytes) -> str:
    """Decode article bytes to text with LF line ends; raise ``UndecodableError`` for binary data."""
    text = _decode(data)
    if _looks_binary(text):
        raise UndecodableError("binary data (too many control characters)")
    return text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes) -> str:
    for bom, encoding in (
        (b"\xef\xbb\xbf", "utf-8-sig"),
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return _strict(data[len(bom):], encoding, f"invalid {encoding} after its byte-order mark")
    if b"\x00" in data:
        return _decode_nul_pattern(data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    chinese = _chinese_reading(data)
    if chinese is not None:
        return chinese
    declared = _declared_charset(data)
    if declared is not None:
        return declared
    best = charset_normalizer.from_bytes(data).best()
    if best is None:
        raise UndecodableError("unknown text encoding")
    return str(best)


# <meta charset="..."> or <meta http-equiv="Content-Type" content="text/html; charset=...">, and
# <?xml ... encoding="..."?>: read only after UTF-8 and mostly-Chinese GB18030 failed, because a
# page's declaration is often wrong (a GBK page saved as "utf-8", a UTF-8 page left "iso-8859-1").
_CHARSET = re.compile(rb"""<(?:meta|\?xml)[^>]{0,200}?(?:charset|encoding)\s*=\s*["']?([A-Za-z0-9_.:-]{2,40})""", re.I)


def _declared_charset(data: bytes) -> str | None:
    """The text in the encoding the page itself declares, when the bytes decode strictly in it."""
    match = _CHARSET.search(data[:4096])
    if match is None:
        return None
    try:
        return data.decode(match.group(1).decode("ascii"))
    except (LookupError, UnicodeDecodeError):
        return None


def _strict(data: bytes, encoding: str, reason: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise UndecodableError(reason) from error


def _decode_nul_pattern(data: bytes) -> str:
    """UTF-16 without a BOM shows NULs at every other byte for Latin text; anything else is binary."""
    even = data[0::2].count(0) / max(1, len(data[0::2]))
    odd = data[1::2].count(0) / max(1, len(data[1::2]))
    if len(data) % 2 == 0 and odd > 0.3 and even < 0.05:
        return _strict(data, "utf-16-le", "binary data (contains NUL bytes)")
    if len(data) % 2 == 0 and even > 0.3 and odd < 0.05:
        return _strict(data, "utf-16-be", "binary data (contains NUL bytes)")
    raise UndecodableError("binary data (contains NUL bytes)")


def _chinese_reading(data: bytes) -> str | None:
    """GBK/GB18030 or Big5 when the bytes decode strictly and mostly to Chinese characters.

    Most Big5 bytes are also valid GBK (and the reverse), so bytes that decode in both are read in
    the one whose Han characters are more often common ones; garbage from the wrong table is mostly
    rare characters.
    """
    readings = [text for text in map(_strict_or_none(data), ("gb18030", "big5hkscs"))
                if text is not None and _mostly_chinese(text)]
    return max(readings, key=_common_han_share, default=None)


def _strict_or_none(data: bytes):
    def decode(encoding: str) -> str | None:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            return None
    return decode


def _mostly_chinese(text: str) -> bool:
    non_ascii = [char for char in text if ord(char) > 127]
    n_cjk = sum(1 for char in non_ascii if _CJK.match(char) or "\u3000" <= char <= "\u303f"
                or "\uff00" <= char <= "\uffef")
    return bool(non_ascii) and n_cjk / len(non_ascii) >= 0.5


def _common_han_share(text: str) -> float:
    """Share of the Han characters in the first level (the most used characters, ordered by use) of
    GB2312 (3,755 simplified) or Big5 (5,401 traditional)."""
    han = [char for char in text if _CJK.match(char)]
    return sum(map(_is_common_han, han)) / len(han) if han else 0.0


def _is_common_han(char: str) -> bool:
    return _code_in(char, "gb2312", 0xB0A1, 0xD7FE) or _code_in(char, "big5", 0xA440, 0xC67E)


def _code_in(char: str, encoding: str, low: int, high: int) -> bool:
    try:
        code = int.from_bytes(char.encode(encoding), "big")
    except UnicodeEncodeError:
        return False
    return low <= code <= high


def _looks_binary(text: str) -> bool:
    if not text:
        return False
    return len(_CONTROL_CHARS.findall(text)) / len(text) > _MAX_CONTROL_RATIO

