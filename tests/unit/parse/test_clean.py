"""Boilerplate removal on the real seeds and on typical junk lines; HTML to text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.parse.clean import HEAD_LINES, TAIL_LINES, RemovedBlock, match_lines, strip_boilerplate
from lib.parse.html_text import html_to_text
from lib.parse.metadata import detect_metadata
from lib.rules import load_rules
from lib.rules.boilerplate import BoilerplateRule

# Every line each seed loses, as {line number: label}. Everything else must survive.
SEED_REMOVED_LINES = {
    "000": {13: "see_also"},
    "001": {1: "promotion", 2: "promotion", 3: "promotion", 4: "promotion", 5: "promotion",
            6: "promotion", 8: "byline", 9: "caption"},
    "002": {1: "dateline", 3: "byline", 44: "caption"},
    "003": {4: "caption", 7: "caption", 9: "caption", 11: "caption", 24: "caption", 29: "disclaimer"},
    "004": {1: "section", 20: "dangling"},
}

LEFTOVERS = ("gate.io", "USDE", "PEPE", "Rewards Up for Grabs", "免责声明", "aicoin", "SEE ALSO", "563",
             "Image credit", "Image source", "Written by", "author |", "Screenshot of video",
             "source: Xiaohongshu)", "International\n")


def _removed_lines(blocks: list[RemovedBlock]) -> dict[int, str]:
    return {block.line + offset: block.label
            for block in blocks for offset in range(block.text.count("\n") + 1)}


@pytest.mark.parametrize("seed", sorted(SEED_REMOVED_LINES))
def test_seed_loses_exactly_the_boilerplate_lines(seed, seed_texts, boilerplate_rules):
    _, removed = strip_boilerplate(seed_texts[seed], boilerplate_rules)
    assert _removed_lines(removed) == SEED_REMOVED_LINES[seed]


@pytest.mark.parametrize("seed", sorted(SEED_REMOVED_LINES))
def test_removed_block_text_is_the_original_lines(seed, seed_texts, boilerplate_rules):
    lines = seed_texts[seed].split("\n")
    _, removed = strip_boilerplate(seed_texts[seed], boilerplate_rules)
    for block in removed:
        count = block.text.count("\n") + 1
        assert block.text == "\n".join(lines[block.line - 1: block.line - 1 + count]).strip()


@pytest.mark.parametrize("seed", sorted(SEED_REMOVED_LINES))
def test_no_boilerplate_is_left_and_every_other_line_is_kept(seed, seed_texts, boilerplate_rules):
    cleaned, _ = strip_boilerplate(seed_texts[seed], boilerplate_rules)
    for junk in LEFTOVERS:
        assert junk not in cleaned + "\n"
    kept = [line.strip() for number, line in enumerate(seed_texts[seed].split("\n"), start=1)
            if line.strip() and number not in SEED_REMOVED_LINES[seed]]
    assert [line for line in cleaned.split("\n") if line] == kept


def test_promotion_of_001_is_one_block(seed_texts, boilerplate_rules):
    _, removed = strip_boilerplate(seed_texts["001"], boilerplate_rules)
    assert removed[0].label == "promotion" and removed[0].line == 1
    assert removed[0].text.startswith("🚀 $100M") and removed[0].text.endswith("article/41257")


SEED_METADATA = {
    "000": ("Xiaohongshu Starts Exploring Large Language Model", "", "", None),
    "001": ('"Swing" Little Red Book, "Ambiguous" model', "Sina Technology", "Zhou Wenmeng", None),
    "002": ("TikTok's substantial user base has migrated to Xiaohongshu, and the future holds challenges "
            "for Xiaohongshu, as it will…", "Lan Dong Business", "Zhao Weiwei", "2025-01-16"),
    "003": ('"Can the pictures posted by artists on Xiaohongshu be freely used to train AI?"', "", "", None),
    "004": ("ByteDance goes all in with AI for social media", "", "", None),
}


@pytest.mark.parametrize("seed", sorted(SEED_METADATA))
def test_seed_metadata_is_read_from_the_text(seed, seed_texts, boilerplate_rules):
    title, source, author, published = SEED_METADATA[seed]
    _, removed = strip_boilerplate(seed_texts[seed], boilerplate_rules)
    meta = detect_metadata(seed_texts[seed], removed)
    assert (meta.title, meta.source, meta.author) == (title, source, author)
    if published is None:
        assert meta.published is None and meta.date_origin == "unknown"
    else:
        assert meta.published.iso() == published and meta.published.precision == "day"
        assert meta.date_origin == "text"
    assert meta.language == ""


# Typical junk lines, each placed in the middle, head or tail of an article.
JUNK_LINES = [
    ("Share this article on WeChat", "share"),
    ("Follow us on Twitter for more AI news", "share"),
    ("Click here to download the full report", "share"),
    ("Subscribe to our newsletter", "share"),
    ("点击关注，获取更多AI资讯", "share"),
    ("本文来源：36氪", "repost"),
    ("原标题：字节跳动发布豆包大模型", "repost"),
    ("责任编辑：王五", "byline"),
    ("作者：张三", "byline"),
    ("来源：新浪科技", "byline"),
    ("编辑 | 李四", "byline"),
    ("By Jane Doe", "byline"),
    ("By Jane Doe and John Roe", "byline"),
    ("Source: Reuters", "byline"),
    ("© 2024 TechDaily Media", "copyright"),
    ("Copyright 2024 Reuters. All rights reserved.", "copyright"),
    ("All rights reserved.", "copyright"),
    ("版权所有，未经授权不得转载", "copyright"),
    ("Image source: Weibo", "caption"),
    ("Photo credit: Reuters/Florence Lo", "caption"),
    ("图片来源：视觉中国", "caption"),
    ("(Photo: Xinhua)", "caption"),
    ("SEE ALSO: Baidu Unveils Ernie 4.0", "see_also"),
    ("Read more: Why Kimi went viral", "see_also"),
    ("延伸阅读：大模型价格战", "see_also"),
    # Class (AH zs3245 "详见:快手第三季度营收356亿元 经调净利润50亿元", AD en2810 "READ MORE: 618 is not just about
    # e-commerce platforms anymore"): a pointer to another article, whose title's date is that article's, no happening
    # of this one
    ("详见:快手第三季度营收356亿元 经调净利润50亿元", "see_also"),
    ("詳見：騰訊第二季業績勝預期", "see_also"),
    ("延伸閱讀：小米第三季交付新車10.88萬輛", "see_also"),
    ("免责声明：本文不构成投资建议。", "disclaimer"),
    ("Disclaimer: This is not investment advice.", "disclaimer"),
    ("https://example.com/ai/news/123", "link"),
]


@pytest.mark.parametrize(("line", "label"), JUNK_LINES)
def test_typical_junk_lines_are_removed_anywhere(line, label, boilerplate_rules):
    text = "\n".join(["Headline", *[f"Sentence {n} of the story." for n in range(10)], line,
                      *[f"Closing sentence {n}." for n in range(6)]])
    cleaned, removed = strip_boilerplate(text, boilerplate_rules)
    assert [(block.label, block.text, block.line) for block in removed] == [(label, line, 12)]
    assert line not in cleaned


HEAD_ONLY = [("World", "section"), ("Technology", "section"), ("2025-01-16", "dateline"),
             ("January 16, 2025", "dateline"), ("Jan 16, 2025", "dateline"), ("2023年5月6日", "dateline"),
             ("Published: 16 Jan 2025", "dateline"), ("发布时间：2023-05-06 10:00", "dateline"),
             ("01/16 2025 563", "dateline")]


@pytest.mark.parametrize(("line", "label"), HEAD_ONLY)
def test_head_rules_apply_only_near_the_top(line, label, boilerplate_rules):
    body = [f"Sentence {n} of the story." for n in range(12)]
    _, removed = strip_boilerplate("\n".join([line, "Headline", *body]), boilerplate_rules)
    assert [(block.label, block.line) for block in removed] == [(label, 1)]
    _, removed = strip_boilerplate("\n".join(["Headline", *body[:10], line, *body[10:] * 3]), boilerplate_rules)
    assert removed == []


def test_dangling_characters_are_removed_only_at_the_end(boilerplate_rules):
    body = [f"Sentence {n} of the story." for n in range(12)]
    cleaned, removed = strip_boilerplate("\n".join(["Headline", "A", *body, "I"]), boilerplate_rules)
    assert [(block.label, block.line) for block in removed] == [("dangling", 15)]
    assert cleaned.split("\n")[1] == "A"


# Real sentences that resemble junk: none may be removed, wherever they stand.
LOOKALIKES = [
    "By March, ByteDance had hired more than 300 engineers for its AI team.",
    "By 2025, Xiaohongshu expects its AI search to reach 100 million users.",
    "Source code for the model was published on GitHub in January.",
    "Photos of the launch event circulated widely on Weibo.",
    "Published reports say Alibaba will invest $1 billion.",
    "Share prices of Baidu rose 5% after the announcement.",
    "The image source files were leaked, the company said.",
    "2023年5月6日，字节跳动发布了豆包大模型。",
    "作者认为，大模型价格战才刚刚开始。",
    "来源于用户的笔记是小红书最重要的资产。",
    "China has more than 200 large models, according to the ministry.",
    "Copyrighted works cannot be used to train AI without permission, the court ruled.",
    "Related companies such as Tencent also joined the price war.",
    "Details of the team are being kept confidential internally.",
    "详见公司于3月18日发布的公告，快手第四季度营收增长。",
    "詳情見於騰訊2025年第二季財報。",
    # Z zt2404's "【精選文章】高通:5G經濟效益史上最大" stays: the set counts the firm its link names (Qualcomm) as named
    "【精選文章】高通:5G經濟效益史上最大",
]


@pytest.mark.parametrize("sentence", LOOKALIKES)
@pytest.mark.parametrize("position", ["first", "middle", "last"])
def test_sentences_that_look_like_junk_are_kept(sentence, position, boilerplate_rules):
    body = [f"Sentence {n} of the story." for n in range(12)]
    lines = {"first": [sentence, *body], "middle": [*body[:6], sentence, *body[6:]],
             "last": [*body, sentence]}[position]
    cleaned, removed = strip_boilerplate("\n".join(lines), boilerplate_rules)
    assert removed == []
    assert sentence in cleaned


def test_output_layout_blank_lines_and_input_untouched():
    rules = [BoilerplateRule("ad", "any", re.compile("^AD"))]
    text = "\n\nTitle  \n\nAD one\nAD two\n\n\n\nBody.\nAD three\n\n"
    rules_before = list(rules)
    cleaned, removed = strip_boilerplate(text, rules)
    assert cleaned == "Title\n\nBody."
    assert removed == [RemovedBlock("ad", "AD one\nAD two", 5), RemovedBlock("ad", "AD three", 11)]
    assert rules == rules_before


def test_first_matching_rule_wins_and_labels_split_blocks():
    rules = [BoilerplateRule("a", "any", re.compile("x")), BoilerplateRule("b", "any", re.compile("y"))]
    _, removed = strip_boilerplate("keep\nxy\ny\nx", rules)
    assert [(block.label, block.line) for block in removed] == [("a", 2), ("b", 3), ("a", 4)]


def test_no_rules_and_empty_text():
    assert strip_boilerplate("", []) == ("", [])
    assert strip_boilerplate("One.\n\n\n\nTwo.", []) == ("One.\n\nTwo.", [])


# HTML -----------------------------------------------------------------------------------------

HTML_CASES = [
    ("<html><head><title>T &amp; C</title></head><body><p>a</p></body></html>", "T & C", "a"),
    ("<h1>Head  line</h1><p>Body &lt;b&gt; text</p>", "Head line", "Head line\nBody <b> text"),
    ("<p>one<br>two<br/>three</p>", "", "one\ntwo\nthree"),
    ("<ul><li>x</li><li>y</li></ul><table><tr><td>a</td><td>b</td></tr></table>", "", "x\ny\nab"),
    ("<div>Kimi&nbsp;&nbsp;chatbot</div><blockquote>quote</blockquote>", "", "Kimi chatbot\nquote"),
    ("<script>alert(1)</script><style>p{}</style><noscript>n</noscript><p>ok</p>", "", "ok"),
    ("<nav>menu</nav><header>h</header><form><input>f</form><aside>a</aside><footer>ft</footer><p>ok</p>",
     "", "ok"),
    ("<p>unclosed <b>bold<p>next", "", "unclosed bold\nnext"),
    ("<!-- comment --><p>字节跳动&#35910;包</p>", "", "字节跳动豆包"),
    ("", "", ""),
]


@pytest.mark.parametrize(("html", "title", "text"), HTML_CASES)
def test_html_to_text(html, title, text):
    assert html_to_text(html) == (title, text)


def _first_rule_naively(lines, rules):
    filled = [number for number, line in enumerate(lines) if line.strip()]
    head, tail = set(filled[:HEAD_LINES]), set(filled[-TAIL_LINES:])
    labels = [None] * len(lines)
    for number in filled:
        allowed = {"any"} | ({"head"} if number in head else set()) | ({"tail"} if number in tail else set())
        labels[number] = next((rule.label for rule in rules if rule.place in allowed
                               and rule.pattern.search(lines[number])), None)
    return labels


LINE_PIECES = ["Source: Sina Technology", "By Jane Doe", "免责声明：本文仅代表作者个人观点", "https://x.cn/a",
               "SEE ALSO: ", "Photo: Reuters", "2024-05-15", "Xiaohongshu said it would ", "word " * 30, "📢 Join now"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(LINE_PIECES), max_size=4).map("".join), max_size=16))
def test_skipping_rules_too_short_for_a_line_removes_the_same_lines(lines):
    rules = load_rules().boilerplate
    assert match_lines(lines, rules) == _first_rule_naively(lines, rules)


# Issue 10: the unanchored disclaimer phrase removed any line containing it, so a one-line
# article (or a paragraph) that quotes it was dropped whole. A disclaimer is a short line of its
# own; a long line that mentions the words is article text.
_STORY_ZH = "字节跳动2024年3月发布豆包大模型，阿里巴巴随后推出通义千问，百度和腾讯也相继降价。" * 4
_STORY_ZH_HANT = "字節跳動2024年3月發布豆包大模型，阿里巴巴隨後推出通義千問，百度和騰訊也相繼降價。" * 4
_STORY_EN = "ByteDance launched Doubao in March 2024 and Alibaba, Baidu and Tencent cut prices soon after. " * 4
PHRASE_IN_TEXT = [
    ("chinese, phrase mid-paragraph", _STORY_ZH + "分析师称此举不构成投资建议，但市场反应强烈。" + _STORY_ZH),
    ("traditional chinese, phrase mid-paragraph", _STORY_ZH_HANT + "分析師稱此舉不構成投資建議，但市場反應強烈。"
     + _STORY_ZH_HANT),
    ("chinese, author's view mid-paragraph", _STORY_ZH + "他强调本文仅代表作者观点之外的数据均来自财报。" + _STORY_ZH),
    ("english, disclaimer words mid-paragraph", _STORY_EN + "Disclaimer: analysts said the cut was no surprise. "
     + _STORY_EN.rstrip()),
]


@pytest.mark.parametrize("line", [case[1] for case in PHRASE_IN_TEXT], ids=[case[0] for case in PHRASE_IN_TEXT])
def test_a_long_line_mentioning_a_disclaimer_phrase_is_kept(line, boilerplate_rules):
    for text in (line, "\n".join(["Headline", line, "Closing sentence."])):
        cleaned, removed = strip_boilerplate(text, boilerplate_rules)
        assert line in cleaned and removed == []


# Social-first outlets lead each paragraph of a story with a pictograph (en3756, a CGTN reprint); a promotion so led is
# a short line of its own (the seed 001's Gate.io banner).
PICTOGRAPH_PARAGRAPHS = [
    ("english", "💥 If the ban proceeds, U.S. tech partners maintaining TikTok’s platform would halt services starting"
                " January 19. The app’s lawyers emphasized the urgent need for a decision by December 16."),
    ("english, flag", "🇺🇸 The companies filed an emergency motion Monday, arguing a Supreme Court review could overturn"
                      " the law requiring ByteDance to divest TikTok, the filing showed."),
    ("chinese", "🔥 小红书11日宣布上线AI搜索功能“点点”，这是继3月测试之后的又一次更新。"
                "公司表示，新功能将在下半年向所有用户开放，字节跳动和百度此前也推出了类似产品，竞争日趋激烈，"
                "分析人士认为价格战还将持续。"),
    ("traditional chinese", "📌 騰訊週三公布第二季業績，收入按年增長15%，超出市場預期。公司表示，"
                            "人工智能帶動廣告收入上升，混元大模型已接入旗下多款產品，並將在下半年推出更多應用，"
                            "分析師普遍上調目標價。"),
]


@pytest.mark.parametrize("line", [case[1] for case in PICTOGRAPH_PARAGRAPHS],
                         ids=[case[0] for case in PICTOGRAPH_PARAGRAPHS])
@pytest.mark.parametrize("position", ["first", "last"])
def test_a_paragraph_led_by_a_pictograph_is_kept(line, position, boilerplate_rules):
    body = [f"Sentence {n} of the story." for n in range(3)]
    cleaned, removed = strip_boilerplate("\n".join([line, *body] if position == "first" else [*body, line]),
                                         boilerplate_rules)
    assert removed == []
    assert line in cleaned


PICTOGRAPH_PROMOTIONS = ["🚀 $100M in #USDE# Rewards Up for Grabs!", "📢 Join our channel for the latest news.",
                         "👉 Join Now: https://www.gate.io/campaigns/190-usde-100-m", "👉 点击下方链接，立即报名",
                         "⏰ 活動時間：12月3日至12月23日"]


@pytest.mark.parametrize("line", PICTOGRAPH_PROMOTIONS)
def test_a_short_line_led_by_a_pictograph_is_a_promotion(line, boilerplate_rules):
    body = [f"Sentence {n} of the story." for n in range(12)]
    _, removed = strip_boilerplate("\n".join([line, *body]), boilerplate_rules)
    assert [(block.label, block.line) for block in removed] == [("promotion", 1)]


@pytest.mark.parametrize("line", ["本文仅代表作者观点，不构成投资建议。", "以上内容不构成任何投资建议。",
                                  "本文章仅代表作者个人观点，与本站无关。"])
def test_a_short_disclaimer_line_is_still_removed(line, boilerplate_rules):
    text = "\n".join(["Headline", *[f"Sentence {n} of the story." for n in range(10)], line, "Closing."])
    cleaned, removed = strip_boilerplate(text, boilerplate_rules)
    assert [block.label for block in removed] == ["disclaimer"] and line not in cleaned
