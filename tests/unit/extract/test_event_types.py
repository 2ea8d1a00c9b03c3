"""Event types: a sentence's type from the trigger lists, and its trigger hits."""

from __future__ import annotations

import pytest

from lib.extract.event_types import EventTyper
from lib.rules import load_rules

TYPER = EventTyper(load_rules().triggers)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("In April 2023, the company launched an AI creation app called Trik.", "launch"),
        ("ByteDance released its Doubao model family on May 15.", "launch"),
        ("字节跳动在火山引擎原动力大会上正式发布豆包大模型家族。", "launch"),
        ("Kelly Zhang stepped down from her role as CEO of Douyin in early February.", "people"),
        ("At the end of 2024, Xiaohongshu welcomed its new Chief Strategy Officer, Dai Lidan.", "people"),
        ("Xiaohongshu has assembled a dedicated team for large model development since March.", "organisation"),
        ("小红书今年3月组建了大模型团队。", "organisation"),
        ("Foreign artists collectively sued Stability AI, DeviantArt, and Midjourney in January.", "controversy/legal"),
        ("The user accused Xiaohongshu officials on July 30 of taking works without permission.", "controversy/legal"),
        ("多名画师起诉小红书侵权。", "controversy/legal"),
        ("The Interim Measures officially took effect on August 15.", "regulation"),
        ("《生成式人工智能服务管理暂行办法》自2023年8月15日起施行。", "regulation"),
        ("The valuation of Xiaohongshu dropped from US$20 billion in 2021.", "money/market"),
        ("阿里巴巴领投月之暗面10亿美元融资。", "money/market"),
        ("Tencent and Xiaohongshu announced a strategic partnership in June.", "partnership"),
        ("Xiaohongshu must present impressive AI video capabilities in 2025.", "other"),
        # Whole words only: "bank" is not "ban", "finest" is not "fine".
        ("The bank lent Baidu money for its finest campus in 2021.", "other"),
    ],
)
def test_event_type_from_triggers(sentence, expected):
    assert TYPER.classify(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "date_words", "expected"),
    [
        # One trigger each: the one nearest the date's words decides what the date marks.
        ("The company recently hired Jiang Lu, who worked on VideoPoet, unveiled late last year.",
         "late last year", "launch"),
        ("Unveiled in 2023, the app lost its lead when ByteDance hired its designer in May.", "May", "people"),
    ],
)
def test_a_tie_goes_to_the_trigger_nearest_the_date(sentence, date_words, expected):
    start = sentence.index(date_words)
    assert TYPER.classify(sentence, (start, start + len(date_words))) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "ByteDance launched Doubao and later relaunched it, launching a new app.",
        "Alibaba invested in Moonshot; the investment followed investments by Tencent.",
        "LAUNCHES, Launched and launch: three hits, and the relaunch is not one.",
        "The İnvestment by Baidu was announced on Monday; ſhut down later.",
        "The \u212aelvin-sign banned word: Tencent was BANNED and bans apps.",
        "小红书推出了新功能，字节跳动随后发布并推出了大模型。",
        "Xiaohongshu was fined and sued; regulators issued new rules for AIGC.",
        "No trigger words here at all, only Tencent in 2023.",
    ],
)
def test_trigger_hits_are_those_of_a_full_scan(sentence):
    """Hits looked for only where a stem starts are exactly what scanning every position finds."""
    full = [[match.span() for match in pattern.finditer(sentence)] for pattern in TYPER._patterns]
    assert TYPER.hits(sentence) == full
