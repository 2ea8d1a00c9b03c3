"""Entity mention matching over the shipped gazetteer: positives, negatives, Chinese, markers."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from lib.extract.gazetteer import EntityMatch, Gazetteer
from lib.ingest.rules import BUILTIN_RULES_DIR, GazetteerEntry, _parse_gazetteer

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    text = (BUILTIN_RULES_DIR / "gazetteer.csv").read_text(encoding="utf-8-sig")
    return Gazetteer(_parse_gazetteer(text, "lib/rules/gazetteer.csv", []))


def summary(matches: list[EntityMatch]) -> list[tuple[str, str, str, str]]:
    return [(m.alias, m.entity, m.kind, m.company) for m in matches]


XHS = ("Xiaohongshu", "company", "Xiaohongshu")
BYTEDANCE = ("ByteDance", "company", "ByteDance")

POSITIVE = [
    ("According to a May 6 report by 36Kr, Xiaohongshu, a Chinese lifestyle sharing platform",
     [("36Kr", "36Kr", "outlet", ""), ("Xiaohongshu", *XHS)]),
    ("Zhang Debing, who leads Xiaohongshu’s large language model team",
     [("Zhang Debing", "Zhang Debing", "person", "Xiaohongshu"), ("Xiaohongshu", *XHS)]),
    ('"Swing" Little Red Book, "Ambiguous" model', [("Little Red Book", *XHS)]),
    ("RedNote and RED are the same app as 小红书.",
     [("RedNote", *XHS), ("RED", *XHS), ("小红书", *XHS)]),
    ("Zhou Hongyi, chairman of 360, used one word to describe the popularity of ChatGPT",
     [("Zhou Hongyi", "Zhou Hongyi", "person", "Qihoo 360"), ("360", "Qihoo 360", "company", "Qihoo 360"),
      ("ChatGPT", "ChatGPT", "product", "OpenAI")]),
    ("leading Internet companies such as Ali, Baidu, Tencent, 360, and ByteDance",
     [("Ali", "Alibaba", "company", "Alibaba"), ("Baidu", "Baidu", "company", "Baidu"),
      ("Tencent", "Tencent", "company", "Tencent"), ("360", "Qihoo 360", "company", "Qihoo 360"),
      ("ByteDance", *BYTEDANCE)]),
    ("Xiaohongshu COO Conan said in an interview",
     [("Xiaohongshu", *XHS), ("Conan", "Conan", "person", "Xiaohongshu")]),
    ("the company launched an AI creation app called “Trik,” which centers around AI-powered painting.",
     [("Trik", "Trik", "product", "Xiaohongshu")]),
    ("users used Xiaohongshu's official AI tool Trik AI to generate images",
     [("Xiaohongshu", *XHS), ("Trik AI", "Trik", "product", "Xiaohongshu")]),
    ('In July, Xiaohongshu launched graffiti and the "Now" function.',
     [("Xiaohongshu", *XHS), ("Now", "Now", "product", "Xiaohongshu")]),
    ("小红书推出了“Now”功能", [("小红书", *XHS), ("Now", "Now", "product", "Xiaohongshu")]),
    ("AI conversation product \"Davinic\" (Da Vinci)", [("Davinic", "Davinic", "product", "Xiaohongshu")]),
    ('Taking "DianDian" as an example, and the in-app search Sousoushu',
     [("DianDian", "DianDian", "product", "Xiaohongshu"),
      ("Sousoushu", "Sousoushu", "product", "Xiaohongshu")]),
    ("the run by Kelly Zhang Nan, a former CEO of the Douyin unit",
     [("Kelly Zhang Nan", "Kelly Zhang Nan", "person", "ByteDance"),
      ("Douyin", "Douyin", "product", "ByteDance")]),
    ("In early February, executive Kelly Zhang stepped down",
     [("Kelly Zhang", "Kelly Zhang Nan", "person", "ByteDance")]),
    ("On Instagram, users can already create AI avatars with Meta AI.",
     [("Instagram", "Instagram", "product", "Meta"), ("Meta AI", "Meta AI", "product", "Meta")]),
    ("During Meta's third-quarter earnings call in 2024, Zuckerberg also mentioned",
     [("Meta", "Meta", "company", "Meta"), ("Zuckerberg", "Mark Zuckerberg", "person", "Meta")]),
    ("after rivals Baidu and Alibaba Group Holding had already launched their services",
     [("Baidu", "Baidu", "company", "Baidu"), ("Alibaba Group Holding", "Alibaba", "company", "Alibaba")]),
    ("Apple CEO Tim Cook said Wednesday", [("Apple", "Apple", "company", "Apple"),
                                           ("Tim Cook", "Tim Cook", "person", "Apple")]),
    ("Now that Instagram has sounded the clarion call", [("Instagram", "Instagram", "product", "Meta")]),
    ("TikTok-style feeds and TikTok's users", [("TikTok", "TikTok", "product", "ByteDance")] * 2),
    ("Whether it's Douyin's overseas version TikTok, or Pinduoduo's overseas version Temu",
     [("Douyin", "Douyin", "product", "ByteDance"), ("TikTok", "TikTok", "product", "ByteDance"),
      ("Pinduoduo", "Pinduoduo", "company", "Pinduoduo"), ("Temu", "Temu", "product", "Pinduoduo")]),
    ("Similar products like Doubao and Kimi have already achieved long text capabilities.",
     [("Doubao", "Doubao", "product", "ByteDance"), ("Kimi", "Kimi", "product", "Moonshot AI")]),
    ("a key contributor to Google’s VideoPoet", [("Google", "Google", "company", "Google"),
                                                 ("VideoPoet", "VideoPoet", "product", "Google")]),
    ("foreign artists sued Stability AI, DeviantArt, and Midjourney",
     [("Stability AI", "Stability AI", "company", "Stability AI"),
      ("DeviantArt", "DeviantArt", "company", "DeviantArt"),
      ("Midjourney", "Midjourney", "company", "Midjourney")]),
    ('inconsistent with the "Interim Measures for the Administration of Generative Artificial '
     'Intelligence Services" that took effect',
     [("Interim Measures for the Administration of Generative Artificial Intelligence Services",
       "Interim Measures for the Administration of Generative AI Services", "regulation", "")]),
    ('January 19th is the final effective date of the US TikTok "sell or ban" order.',
     [("TikTok", "TikTok", "product", "ByteDance"),
      ("sell or ban", "TikTok divest-or-ban law", "regulation", "")]),
    ("The Wall Street Journal revealed it; Sensor Tower data; investor Zhu Xiaohu",
     [("The Wall Street Journal", "The Wall Street Journal", "outlet", ""),
      ("Sensor Tower", "Sensor Tower", "company", "Sensor Tower"),
      ("Zhu Xiaohu", "Zhu Xiaohu", "person", "GSR Ventures")]),
    ("The CAC approved Ernie Bot.", [("CAC", "CAC", "regulation", ""),
                                     ("Ernie Bot", "Ernie Bot", "product", "Baidu")]),
    ("Weibo user \"RedMatcha\" had their work used", [("Weibo", "Weibo", "product", "Sina")]),
    ("Baidu and 360 won approval; 360人工智能研究院成立",
     [("Baidu", "Baidu", "company", "Baidu"), ("360", "Qihoo 360", "company", "Qihoo 360"),
      ("360", "Qihoo 360", "company", "Qihoo 360")]),
    ('He said "Now is the time" and "Now."', [("Now", "Now", "product", "Xiaohongshu")]),
    ("Before Xbox 360 there was nothing", [("Xbox 360", "Xbox", "product", "Microsoft")]),
    ("TENCENT and tencent are both Tencent", [("TENCENT", "Tencent", "company", "Tencent"),
                                              ("tencent", "Tencent", "company", "Tencent"),
                                              ("Tencent", "Tencent", "company", "Tencent")]),
    # Chinese: no word boundaries, longest wins (阿里巴巴 over 阿里).
    ("字节跳动旗下的抖音和小红书都在布局大模型。",
     [("字节跳动", *BYTEDANCE), ("抖音", "Douyin", "product", "ByteDance"), ("小红书", *XHS)]),
    ("阿里巴巴的通义千问与百度的文心一言",
     [("阿里巴巴", "Alibaba", "company", "Alibaba"), ("通义千问", "Tongyi Qianwen", "product", "Alibaba"),
      ("百度", "Baidu", "company", "Baidu"), ("文心一言", "Ernie Bot", "product", "Baidu")]),
    ("腾讯的混元和微信，360集团的周鸿祎", [
        ("腾讯", "Tencent", "company", "Tencent"), ("混元", "Hunyuan", "product", "Tencent"),
        ("微信", "WeChat", "product", "Tencent"), ("360集团", "Qihoo 360", "company", "Qihoo 360"),
        ("周鸿祎", "Zhou Hongyi", "person", "Qihoo 360")]),
    ("月之暗面推出Kimi智能助手", [("月之暗面", "Moonshot AI", "company", "Moonshot AI"),
                               ("Kimi", "Kimi", "product", "Moonshot AI")]),
    ("在Xiaohongshu上发帖", [("Xiaohongshu", *XHS)]),
    ("据36氪报道，国家网信办发布《生成式人工智能服务管理暂行办法》",
     [("36氪", "36Kr", "outlet", ""), ("国家网信办", "CAC", "regulation", ""),
      ("生成式人工智能服务管理暂行办法", "Interim Measures for the Administration of Generative AI Services",
       "regulation", "")]),
    ("“点点”上线了", [("点点", "DianDian", "product", "Xiaohongshu")]),
]

NEGATIVE = [
    "She walked the red carpet in a red dress.",
    "The metadata of every file was stripped.",
    "A meta-analysis of forty studies.",
    "He ate an apple pie and an apple.",
    "Now that the platform has sounded the clarion call",
    "Up to now, at least more than 30 AI large-scale models have appeared",
    "right now, and for now",
    "A 360-degree view of the customer.",
    "A 360 degree turn, a 360° panorama",
    "The platform has 360 million users and 360 thousand creators.",
    "It cost $360, or ¥360, or US$ 360, or RMB 360, or 1,360 yuan, or 3.360 points.",
    "It grew 360% in 360 days; 360 people joined.",
    "营收达到360亿元，用户超过360万，旋转360度",
    "The sora was cold and kimi was lowercase",
    "a conan novel and a gemini sign",
    "一点点进步",
    "The Trikes were parked in Trikala.",
    "Metaverse and Metaplanet",
    "Alibi and Alice and Aliyah",
]


@pytest.mark.parametrize("text, expected", POSITIVE)
def test_finds_expected_entities(gazetteer, text, expected):
    assert summary(gazetteer.find(text)) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_ordinary_words_are_not_entities(gazetteer, text):
    assert gazetteer.find(text) == []


def test_matches_point_at_their_surface_text(gazetteer):
    text = "据报道，Xiaohongshu's “Trik” and 小红书 — the Little Red Book — met ByteDance."
    for match in gazetteer.find(text):
        assert text[match.start:match.end] == match.alias


def test_matches_are_sorted_and_do_not_overlap(gazetteer):
    text = (SEEDS / "002_edb25278540afc68.txt").read_text(encoding="utf-8")
    matches = gazetteer.find(text)
    assert matches == sorted(matches, key=lambda m: m.start)
    assert all(a.end <= b.start for a, b in zip(matches, matches[1:], strict=False))


SEED_COMPANIES = {
    "Xiaohongshu", "ByteDance", "Kuaishou", "Qihoo 360", "Alibaba", "Baidu", "Tencent", "Pinduoduo",
    "JD.com", "Zhihu", "Meta", "Google", "OpenAI", "Apple", "Stability AI", "DeviantArt", "Midjourney",
    "Sensor Tower", "Capital Today", "GSR Ventures", "Moonshot AI", "Sina",
}


def test_every_company_the_seeds_name_is_found(gazetteer):
    found = set()
    for path in sorted(SEEDS.glob("*.txt")):
        found.update(m.company for m in gazetteer.find(path.read_text(encoding="utf-8")))
    assert SEED_COMPANIES - found == set()


def test_seed_outlets_and_regulations_are_found(gazetteer):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt")))
    entities = {m.entity for m in gazetteer.find(text) if m.kind in ("outlet", "regulation")}
    assert {"36Kr", "Sina Technology", "Sina Finance", "Lan Dong Business", "The Wall Street Journal",
            "Babite", "Jiemian", "SCMP", "China Entrepreneur", "TikTok divest-or-ban law",
            "Interim Measures for the Administration of Generative AI Services"} <= entities


def test_later_entry_wins_a_duplicated_alias():
    first = GazetteerEntry("Red Co", "company", "Red Co", ("Red Co", "RC"))
    second = GazetteerEntry("Other", "company", "Other", ("rc",))
    assert [m.entity for m in Gazetteer([first, second]).find("RC said")] == ["Other"]
    assert [m.entity for m in Gazetteer([second, first]).find("RC said")] == ["Red Co"]


def test_case_sensitive_and_quoted_markers():
    gaz = Gazetteer([GazetteerEntry("Now", "product", "X", ('"Now"',)),
                     GazetteerEntry("X", "company", "X", ("=XY",))])
    assert summary(gaz.find("XY and xy, then 'Now' and Now and “now”")) == [
        ("XY", "X", "company", "X"), ("Now", "Now", "product", "X")]


def test_input_is_not_mutated_and_empty_inputs(gazetteer):
    entries = (GazetteerEntry("A Co", "company", "A Co", ("Aco",)),)
    assert Gazetteer(entries).find("") == []
    assert Gazetteer([]).find("anything") == []
    assert entries == (GazetteerEntry("A Co", "company", "A Co", ("Aco",)),)


def test_pickle_round_trip(gazetteer):
    text = (SEEDS / "004_7deb7713580fdd7d.txt").read_text(encoding="utf-8")
    restored = pickle.loads(pickle.dumps(gazetteer))
    assert restored.find(text) == gazetteer.find(text)
    assert restored.user_words == gazetteer.user_words


def test_user_words_are_the_chinese_aliases(gazetteer):
    words = gazetteer.user_words
    assert {"小红书", "字节跳动", "抖音", "通义千问", "点点", "36氪"} <= set(words)
    assert not any(word.isascii() for word in words)
    assert not any(word.startswith(('"', "=")) for word in words)


def test_companies(gazetteer):
    companies = gazetteer.companies()
    assert companies == sorted(set(companies))
    assert {"Xiaohongshu", "ByteDance", "Qihoo 360", "GSR Ventures"} <= set(companies)
    assert "TikTok" not in companies and "36Kr" not in companies
