"""Article bytes become text in whatever encoding they were saved; binary data is refused."""

from __future__ import annotations

import random

import pytest

from lib.read.decoding import UndecodableError, decode_text

DECODE_CASES = [
    ("utf-8", "字节跳动 ByteDance\n".encode(), "字节跳动 ByteDance\n"),
    ("utf-8 bom", b"\xef\xbb\xbfHello\n", "Hello\n"),
    ("utf-16 le bom", b"\xff\xfe" + "豆包 Doubao".encode("utf-16-le"), "豆包 Doubao"),
    ("utf-16 be bom", b"\xfe\xff" + "豆包 Doubao".encode("utf-16-be"), "豆包 Doubao"),
    ("utf-16 le no bom", "Kimi chatbot by Moonshot".encode("utf-16-le"), "Kimi chatbot by Moonshot"),
    ("utf-16 be no bom", "Kimi chatbot by Moonshot".encode("utf-16-be"), "Kimi chatbot by Moonshot"),
    ("gbk", "百度发布文心一言，用户数突破两亿。".encode("gbk"), "百度发布文心一言，用户数突破两亿。"),
    ("gb18030", "𠮷祥物与䶮字：阿里巴巴通义千问。".encode("gb18030"), "𠮷祥物与䶮字：阿里巴巴通义千问。"),
    ("crlf", b"one\r\ntwo\r\n", "one\ntwo\n"),
    ("cr only", b"one\rtwo", "one\ntwo"),
    ("bom and crlf", b"\xef\xbb\xbfone\r\ntwo", "one\ntwo"),
]


@pytest.mark.parametrize(("data", "expected"), [case[1:] for case in DECODE_CASES],
                         ids=[case[0] for case in DECODE_CASES])
def test_decode_text(data, expected):
    assert decode_text(data) == expected


def test_decode_text_falls_back_to_charset_detection_for_latin_text():
    text = "Café owners in Zürich said the new AI menu was très populaire among tourists. " * 5
    assert "Zürich" in decode_text(text.encode("cp1252"))


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + random.Random(1).randbytes(500),
    bytes(range(1, 32)) * 20,
    b"%PDF\x00\x01\x02\x03" * 50,
], ids=["png", "control-chars", "nul-bytes"])
def test_decode_text_rejects_binary(data):
    with pytest.raises(UndecodableError):
        decode_text(data)


def test_decode_text_rejects_random_bytes_without_nul():
    noise = bytes(byte for byte in random.Random(3).randbytes(3000) if byte)
    with pytest.raises(UndecodableError):
        decode_text(noise)


def test_undecodable_error_is_a_value_error():
    assert issubclass(UndecodableError, ValueError)

