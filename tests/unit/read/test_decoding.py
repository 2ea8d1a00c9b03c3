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



def _chinese_excerpts() -> list[tuple[str, str]]:
    from benchmarks.realnews import load_excerpts

    return [(e.id, e.text) for e in load_excerpts() if e.language != "en"]


@pytest.mark.parametrize("encoding", ["gb18030", "big5"])
@pytest.mark.parametrize(("excerpt_id", "text"), _chinese_excerpts(), ids=[i for i, _ in _chinese_excerpts()])
def test_real_chinese_excerpts_read_back_in_either_legacy_encoding(excerpt_id, text, encoding):
    # Most Big5 byte pairs are valid GBK too: a Hong Kong or Taiwan page saved as Big5 was read as
    # GBK garbage ("垂蛾紅縩筿盢10る16ら") or refused, until the two readings were compared.
    saved = text.encode(encoding, errors="ignore")
    assert decode_text(saved) == saved.decode(encoding)


@pytest.mark.parametrize(("text", "encoding"), [
    ("台積電將於10月16日舉行線上法人說明會，市場關注全年美元營收成長目標。", "big5"),
    ("鴻海週四公布第三季財報，輝達與字節跳動的訂單帶動營收創新高。", "big5"),
    ("阿里巴巴周四发布通义千问新模型，字节跳动同日宣布豆包降价。", "gb18030"),
    ("騰訊與阿里巴巴今年3月發表新模型。", "gb18030"),  # traditional characters saved as GBK
])
def test_a_page_declaring_its_legacy_charset_reads_as_written(text, encoding):
    page = f'<html><head><meta charset="{encoding}"></head><body><p>{text}</p></body></html>'
    assert text in decode_text(page.encode(encoding))
