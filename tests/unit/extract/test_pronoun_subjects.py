"""A pronoun ("it", "its", 其) stands for the company last named as a subject, not the article's main one."""

from __future__ import annotations

import pytest

from tests.unit.extract.test_attribution import ATTRIBUTOR, _events

# Alibaba is the article's most mentioned company in every case: the pronoun still takes the subject before.
_ALIBABA_FIRST = ("Alibaba cut prices.", "Alibaba hired more engineers.")
_ALIBABA_FIRST_ZH = ("阿里巴巴宣布降价。", "阿里巴巴扩招工程师。")
_ALIBABA_FIRST_ZT = ("阿里巴巴宣佈降價。", "阿里巴巴擴招工程師。")


@pytest.mark.parametrize(("sentences", "expected"), [
    # BBC (BYD and Tesla, 2024-01, paraphrased): "As well as besting Tesla in pure electric sales, BYD sold
    # … In total, it sold more than 3 million passenger vehicles last year."
    ([*_ALIBABA_FIRST, "As well as besting Alibaba in games, Tencent sold more ads.",
      "In total, it earned more in 2023."],
     [("2023", "Tencent", "context")]),
    ([*_ALIBABA_FIRST, "Unlike Alibaba, Tencent raised prices.", "It cut them again in May 2024."],
     [("May 2024", "Tencent", "context")]),
    ([*_ALIBABA_FIRST, "Tencent overtook Alibaba in cloud sales.", "Its revenue grew 8% in March 2024."],
     [("March 2024", "Tencent", "context")]),
    # "The company" is one company: the article's own when the sentence before names it.
    ([*_ALIBABA_FIRST, "Unlike Alibaba, Tencent raised prices.", "The company cut them again in May 2024."],
     [("May 2024", "Alibaba", "context")]),
    # A sentence naming nobody in between carries no subject: the article's main company, as for "the company".
    ([*_ALIBABA_FIRST, "Tencent overtook Alibaba in cloud sales.", "Analysts were surprised.",
      "It raised prices in May 2024."], [("May 2024", "Alibaba", "context")]),
    ([*_ALIBABA_FIRST_ZH, "与阿里巴巴相比，腾讯选择提价。", "其广告收入在2024年5月增长8%。"],
     [("2024年5月", "Tencent", "context")]),
    ([*_ALIBABA_FIRST_ZH, "腾讯在云业务上超越阿里巴巴。", "其云收入于2024年5月再次增长。"],
     [("2024年5月", "Tencent", "context")]),
    # 它 mostly stands for a thing, not a firm: no reference.
    ([*_ALIBABA_FIRST_ZH, "腾讯在云业务上超越阿里巴巴。", "2024年5月，世界学会了一个新词，它颠覆了生活。"], []),
    ([*_ALIBABA_FIRST_ZH, "继阿里巴巴之后，腾讯也宣布降价。", "其新价格于2024年5月生效。"],
     [("2024年5月", "Tencent", "context")]),
    ([*_ALIBABA_FIRST_ZH, "与阿里巴巴相比，腾讯选择提价。", "该公司于2024年5月再次降价。"],
     [("2024年5月", "Alibaba", "context")]),
    ([*_ALIBABA_FIRST_ZH, "与阿里巴巴相比，腾讯选择提价。", "其它厂商于2024年5月跟进。"], []),
    ([*_ALIBABA_FIRST_ZT, "與阿里巴巴相比，騰訊選擇提價。", "其廣告收入在2024年5月增長8%。"],
     [("2024年5月", "Tencent", "context")]),
    ([*_ALIBABA_FIRST_ZT, "騰訊在雲業務上超越阿里巴巴。", "其雲收入於2024年5月再次增長。"],
     [("2024年5月", "Tencent", "context")]),
    ([*_ALIBABA_FIRST_ZT, "騰訊在雲業務上超越阿里巴巴。", "2024年5月，世界學會了一個新詞，它顛覆了生活。"], []),
    ([*_ALIBABA_FIRST_ZT, "繼阿里巴巴之後，騰訊也宣佈降價。", "其新價格於2024年5月生效。"],
     [("2024年5月", "Tencent", "context")]),
    ([*_ALIBABA_FIRST_ZT, "與阿里巴巴相比，騰訊選擇提價。", "該公司於2024年5月再次降價。"],
     [("2024年5月", "Alibaba", "context")]),
    ([*_ALIBABA_FIRST_ZT, "與阿里巴巴相比，騰訊選擇提價。", "其它廠商於2024年5月跟進。"], []),
])
def test_a_pronoun_takes_the_subject_before(sentences, expected):
    assert _events(*sentences) == expected


@pytest.mark.parametrize(("sentence", "named", "subject"), [
    ("As well as besting Tesla, BYD sold 400,000 hybrids.", [(19, "Tesla"), (26, "BYD")], "BYD"),
    ("Tesla overtook BYD.", [(0, "Tesla"), (15, "BYD")], "Tesla"),
    ("After OpenAI launched Sora, ByteDance said it was behind.", [(6, "OpenAI"), (28, "ByteDance")], "ByteDance"),
    ("As Tesla's sales fell, analysts cut targets.", [(3, "Tesla")], "Tesla"),  # none after the comma
    ("与特斯拉相比，比亚迪销量更高。", [(1, "Tesla"), (7, "BYD")], "BYD"),
    ("與特斯拉相比，比亞迪銷量更高。", [(1, "Tesla"), (7, "BYD")], "BYD"),
    ("比亚迪超越特斯拉。", [(0, "BYD"), (5, "Tesla")], "BYD"),
    ("", [], ""),
])
def test_the_subject_is_the_first_company_past_a_leading_adverbial(sentence, named, subject):
    assert ATTRIBUTOR.subject(sentence, named) == subject


@pytest.mark.parametrize(("sentence", "pronoun"), [
    ("It cut prices in May.", True),
    ("Its revenue grew.", True),
    ("其收入增长。", True),
    ("它於5月提價。", False),  # 它 is mostly a thing's
    ("The company said its revenue grew.", False),
    ("其它厂商跟进。", False),
    ("Italy approved the rules.", False),
])
def test_a_sentence_refers_by_pronoun_only(sentence, pronoun):
    assert ATTRIBUTOR.refers_by_pronoun(sentence) is pronoun
