"""A product's bare short code is read as the product only in a sentence that names its maker
(``lib.extract.product_codes``): "DeepSeek released R1", 深度求索推出了V3; not "R1" alone, not "Rabbit's R1"."""
import pytest

from lib.extract.gazetteer import Gazetteer
from lib.rules import builtin_rules


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def _products(gazetteer: Gazetteer, text: str, sentences=None) -> list[tuple[str, str, str]]:
    return [(m.alias, m.entity, m.company) for m in gazetteer.names(text, sentences=sentences) if m.kind == "product"]


R1 = ("R1", "DeepSeek-R1", "DeepSeek")
V3 = ("V3", "DeepSeek-V3", "DeepSeek")


@pytest.mark.parametrize(("text", "expected"), [
    # English: the maker named before or after the code, by its name or its possessive.
    ("DeepSeek released R1 on January 20, matching OpenAI's o1.", [R1]),
    ("The Chinese startup DeepSeek’s R1 topped the download charts on Monday.", [R1]),
    ("Analysts praised the R1 model launched by DeepSeek last week.", [R1]),
    ("Its V3 model, DeepSeek said, cost less than $6 million to train.", [V3]),
    ("DeepSeek priced V3 lower than R1 in February.", [V3, R1]),
    ("DeepSeek-V3 came first and R1 followed a month later.", [V3, R1]),
    # Simplified Chinese: no spaces around the code.
    ("英伟达暴跌的原因是1月20日，DeepSeek推出了R1。", [R1]),
    ("深度求索上月发布V3，定价低于R1。", [V3, R1]),
    ("R1模型发布一周后，DeepSeek登上苹果应用商店榜首。", [R1]),
    # Traditional Chinese.
    ("導致輝達暴跌的直接原因是1月20日，DeepSeek推出了R1。", [R1]),
    ("深度求索表示，V3的定價相較於R1要更低。", [V3, R1]),
])
def test_a_code_beside_its_maker_is_its_product(gazetteer, text, expected):
    assert _products(gazetteer, text) == expected


@pytest.mark.parametrize("text", [
    # No maker named: the code is ambiguous (a Rabbit device, a charger, a rand figure).
    "R1 sold out within hours of its launch in January.",
    "The V3 charger adds 250 kilometres in 15 minutes.",
    "R1模型上周发布后迅速登顶应用榜。",
    "R1模型上週發布後迅速登頂應用榜。",
    # Another firm's name right before the code makes it that firm's.
    "Rabbit's R1 flopped, while DeepSeek drew praise in January.",
    "DeepSeek drew praise as Tesla V3 chargers spread across China.",
    "DeepSeek获赞之际，特斯拉V3超充桩在全国铺开。",
    "DeepSeek獲讚之際，特斯拉V3超充樁在全國鋪開。",
    # Another maker named alone: not DeepSeek's code.
    "OpenAI said R1 was trained on its outputs.",
    "阿里巴巴称R1的成本被低估。",
    "阿里巴巴稱R1的成本被低估。",
    # A figure, a longer word or a version: not the code.
    "Xiaomi lost R1.24bn in the quarter, DeepSeek's rival said.",
    "DeepSeek beat the R10 benchmark in May.",
])
def test_a_code_without_its_maker_beside_it_is_no_product(gazetteer, text):
    assert [alias for alias, entity, _ in _products(gazetteer, text) if entity.startswith("DeepSeek")] == []


def test_the_maker_must_be_named_in_the_codes_own_sentence(gazetteer):
    text = "DeepSeek is a Chinese startup. R1 sold out in January."
    first = text.index("R1") - 1
    assert _products(gazetteer, text, sentences=[(0, first), (first + 1, len(text))]) == []
    assert _products(gazetteer, text, sentences=[(0, len(text))]) == [R1]


def test_a_code_points_at_its_surface_text(gazetteer):
    text = "深度求索表示，V3的定價相較於R1要更低。"
    for match in gazetteer.names(text):
        assert text[match.start:match.end] == match.alias
