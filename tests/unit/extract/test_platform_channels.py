"""A firm named by its own platform's name (Weibo) is the firm when it acts and the platform when a post goes
out on it (lib/rules/platform_channels.csv): the article's companies and its events follow."""

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.extract.platform_channels import PlatformChannels
from lib.rules import builtin_rules


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def _weibo_kinds(gazetteer: Gazetteer, text: str) -> list[str]:
    return [m.kind for m in gazetteer.find(text) if m.entity == "Weibo"]


# The firm acting: its results, listing, forecast, share price, management.
ACTING = [
    "Weibo reported fourth-quarter revenue above estimates on Thursday.",
    "Weibo slipped 4 percent in its Hong Kong debut on Wednesday.",
    "Analysts questioned Weibo's management about advertising demand.",
    "Sina and Weibo both fell in pre-market trading.",
    "微博周四公布第三季度财报，净营收同比增长。",
    "微博(WB.US)预计第一季度营收将下降。",
    "截至九月底，微博月活跃用户达到5.8亿。",
    "微博首席执行官王高飞表示，广告收入回暖。",
    "微博週四公佈第三季度財報，淨營收按年增長。",
    "微博行政總裁王高飛表示，廣告收入回暖。",
]

# The channel of a post: where it went out, whose account, what was posted, read or counted there.
CHANNEL = [
    "The founder posted on Weibo that deliveries would start in May.",
    "The carmaker said on its official Weibo account on Friday that orders had doubled.",
    "In another Weibo post, the executive thanked early buyers.",
    "The clip drew millions of views on the microblogging platform Weibo.",
    "A video shared on China's Twitter-like Weibo drew wide attention.",
    "Many Weibo users complained about the delay.",
    "雷军周一在微博发文称，新车将于下月交付。",
    "该公司通过官方微博宣布，发布会推迟一周。",
    "他在个人微博上表示，产品将如期上市。",
    "这一话题迅速登上微博热搜。",
    "创始人连发三条微博，回应外界质疑。",
    "雷軍週一在微博發文稱，新車將於下月交付。",
    "該公司透過官方微博宣佈，發布會推遲一週。",
    "這一話題迅速登上微博熱搜。",
]


@pytest.mark.parametrize("text", ACTING)
def test_the_firm_acting_is_a_company_named(gazetteer, text):
    assert _weibo_kinds(gazetteer, text) == ["company"]


@pytest.mark.parametrize("text", CHANNEL)
def test_the_channel_of_a_post_is_the_platform(gazetteer, text):
    assert _weibo_kinds(gazetteer, text) == ["product"]


def test_its_listing_is_no_post_on_it(gazetteer):
    assert _weibo_kinds(gazetteer, "微博上市首日股价下跌。") == ["company"]


def test_a_channel_mention_keeps_its_firm_and_names_no_other(gazetteer):
    match = next(m for m in gazetteer.find("She posted on Weibo.") if m.entity == "Weibo")
    assert (match.kind, match.company) == ("product", "Weibo")


def test_only_the_listed_platforms_are_told_apart():
    channels = PlatformChannels([("platform", "Weibo"), ("before", "on")])
    assert channels.is_channel("posted on Weibo", 10, 15)
    assert not channels.is_channel("Weibo posted", 0, 5)
    assert PlatformChannels([]).told("x", []) == []
