"""A product named with its company's name in front names the company too; a product named alone does not."""
import pytest

from lib.extract.gazetteer import Gazetteer
from lib.rules import builtin_rules


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def _named(gazetteer: Gazetteer, text: str) -> list[tuple[str, str, str]]:
    return [(m.alias, m.entity, m.kind) for m in gazetteer.names(text)]


DEEPSEEK = ("DeepSeek", "DeepSeek", "company")
R1 = ("R1", "DeepSeek-R1", "product")
V3 = ("V3", "DeepSeek-V3", "product")


@pytest.mark.parametrize(("text", "expected"), [
    # English: the company's name, then the product's own part, joined by a hyphen or a space.
    ("DeepSeek-R1 matched OpenAI's reasoning model at a fraction of the cost.",
     [DEEPSEEK, R1, ("OpenAI", "OpenAI", "company")]),
    ("A year after DeepSeek R1 shook Silicon Valley, rivals are still catching up.", [DEEPSEEK, R1]),
    ("Developers moved to DeepSeek-V3 in January.", [DEEPSEEK, V3]),
    ("Xiaomi SU7 deliveries passed 10,000 units in June.", [("Xiaomi", "Xiaomi", "company"),
                                                            ("SU7", "Xiaomi SU7", "product")]),
    ("The chips are comparable to the Nvidia H100.", [("Nvidia", "Nvidia", "company"), ("H100", "H100", "product")]),
    # Simplified Chinese: the company's Chinese name in front, no joiner.
    ("DeepSeek-R1 发布一周年,业界称之为斯普特尼克时刻。", [DEEPSEEK, R1]),
    ("小米SU7五月交付8630辆。", [("小米", "Xiaomi", "company"), ("SU7", "Xiaomi SU7", "product")]),
    ("腾讯视频上月上线了新剧。", [("腾讯", "Tencent", "company"), ("视频", "Tencent Video", "product")]),
    ("阿里云在杭州发布了新模型。", [("阿里", "Alibaba", "company"), ("云", "Alibaba Cloud", "product")]),
    # Traditional Chinese.
    ("1月由廣受矚目的DeepSeek R1推理模型打頭陣。", [DEEPSEEK, R1]),
    ("小米SU7上月交付逾萬輛。", [("小米", "Xiaomi", "company"), ("SU7", "Xiaomi SU7", "product")]),
    ("騰訊會議本週推出AI助手。", [("騰訊", "Tencent", "company"), ("會議", "Tencent Meeting", "product")]),
])
def test_a_product_named_with_its_company_names_both(gazetteer, text, expected):
    assert _named(gazetteer, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A product that does not carry its company's name stays a product alone.
    ("Doubao topped the App Store charts on Monday.", [("Doubao", "Doubao", "product"),
                                                       ("App Store", "App Store", "product")]),
    ("用户可在微信上领取红包。", [("微信", "WeChat", "product")]),
    ("用戶可在微信上領取紅包。", [("微信", "WeChat", "product")]),
    ("Kling's revenue rose in the second quarter.", [("Kling", "Kling", "product")]),
    ("可灵AI二季度收入超2.5亿元。", [("可灵", "Kling", "product")]),
    # A company alias that runs on into the product's own name is no name of its own ("Ali" in AliExpress).
    ("AliExpress cut prices in Spain last week.", [("AliExpress", "AliExpress", "product")]),
    # The company named on its own is one mention, as before.
    ("DeepSeek released a new model in January.", [DEEPSEEK]),
])
def test_a_product_named_alone_names_no_company(gazetteer, text, expected):
    assert _named(gazetteer, text) == expected


def test_find_still_tells_the_whole_product_name(gazetteer):
    """``find`` keeps each alias whole (the gazetteer's own tests); ``names`` is what an article names."""
    assert [(m.alias, m.entity) for m in gazetteer.find("DeepSeek-R1 一周年")] == [("DeepSeek-R1", "DeepSeek-R1")]


def test_the_parts_point_at_their_surface_text(gazetteer):
    text = "深度求索發布DeepSeek V3,小米SU7同日開售。"
    for match in gazetteer.names(text):
        assert text[match.start:match.end] == match.alias
