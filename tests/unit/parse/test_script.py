"""Traditional Chinese converted for matching: same length, same offsets, simplified words."""

import pytest

from lib.parse.script import to_simplified


@pytest.mark.parametrize(
    ("traditional", "simplified"),
    [
        ("字節跳動", "字节跳动"),
        ("騰訊控股", "腾讯控股"),
        ("阿里巴巴集團", "阿里巴巴集团"),
        ("美團與餓了麼", "美团与饿了么"),
        ("今年3月", "今年3月"),
        ("週四", "周四"),
        ("上週五", "上周五"),
        ("農曆新年", "农历新年"),
        ("當天", "当天"),
        ("後年", "后年"),
        ("輝達宣布", "辉达宣布"),
        ("小紅書", "小红书"),
        ("深度求索發布模型", "深度求索发布模型"),
        ("ByteDance said on Monday", "ByteDance said on Monday"),
        ("字节跳动", "字节跳动"),
    ],
)
def test_traditional_reads_as_simplified(traditional, simplified):
    assert to_simplified(traditional) == simplified


@pytest.mark.parametrize(
    "text",
    ["字節跳動於週四發布豆包大模型，騰訊、阿里巴巴、美團與餓了麼跟進。", "乾燥的頭髮", "English only.", "", "🙂字節😀"],
)
def test_conversion_keeps_every_offset(text):
    converted = to_simplified(text)
    assert len(converted) == len(text)
    for index, character in enumerate(text):
        if not ("\u3400" <= character <= "\u9fff"):
            assert converted[index] == character
