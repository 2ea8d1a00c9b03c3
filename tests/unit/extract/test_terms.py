"""Term extraction: tokens, phrases, stopwords and numbers over English, Chinese and mixed text."""

from __future__ import annotations

import pickle
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.extract.term_tokens import normalise, pieces
from lib.extract.terms import TermExtractor
from lib.rules import load_rules

USER_WORDS = ("字节跳动", "小红书", "通义千问", "豆包", "快手", "抖音", "阿里巴巴")
EXTRA_PHRASES = ("Little Red Book",)


@pytest.fixture(scope="module")
def rules():
    return load_rules()


@pytest.fixture(scope="module")
def extractor(rules):
    return TermExtractor(rules.stopwords_en, rules.stopwords_zh, rules.phrases + EXTRA_PHRASES, USER_WORDS)


CASES = [
    # (text, terms that must be present, terms that must be absent)
    ("字节跳动推出豆包大模型", ["字节跳动", "豆包", "大模型"], ["字节", "跳动", "模型"]),
    ("Xiaohongshu's large model team", ["xiaohongshu", "large model", "team"],
     ["xiaohongshu's", "large", "model", "s"]),
    ("Xiaohongshu’s content production relies on AI algorithms.",
     ["xiaohongshu", "content", "production", "AI", "algorithms"], ["relies on", "on", "’s"]),
    ("Users got up to 29% USDE in 2024, and 72,000 joined.", ["users", "USDE", "joined"],
     ["29", "29%", "2024", "72", "000", "72,000", "up", "and", "in"]),
    ("Revenue reached 3.278 billion yuan, up 1.3 times.", ["revenue", "reached", "yuan"],
     ["3.278", "1.3", "billion", "times"]),
    ("The U.S. App Store ranked it first", ["US", "app store", "ranked"], ["u.s", "us", "the", "first"]),
    ("TikTok users in the US moved to Little Red Book", ["tiktok", "US", "little red book"],
     ["little", "red", "book", "the"]),
    ("AI-generated content (AIGC) is spreading", ["ai-generated content", "AIGC", "spreading"],
     ["is", "ai-generated", "content"]),
    ("AI-powered painting and GPT-4 models", ["ai-powered", "painting", "GPT-4", "models"], ["4", "and"]),
    ("ByteDance invests in large language models and LLMs", ["bytedance", "large language model", "LLM"],
     ["large language models", "llms", "large model"]),
    ("Generative AI and artificial intelligence startups", ["generative AI", "artificial intelligence",
                                                            "startups"], ["generative", "intelligence"]),
    ("Short video and live e-commerce drive content creation",
     ["short video", "live e-commerce", "content creation", "drive"], ["video", "e-commerce"]),
    ("the Cyberspace Administration of China said on Monday",
     ["cyberspace administration of china"], ["said", "monday", "of", "cyberspace"]),
    ("However, he said it would also be reported.", [],
     ["however", "said", "would", "also", "reported", "he"]),
    ("A B c model", ["model"], ["a", "b", "c"]),
    ("Alibaba released Qwen2.5; see https://qwenlm.github.io/blog for details",
     ["alibaba", "released", "qwen2.5", "details"], ["https", "qwenlm", "github", "blog", "io"]),
    ("$100M raised on Jan 16, 2025 (the 1st round)", ["raised", "round"],
     ["100m", "16", "2025", "1st", "jan"]),
    ("阿里巴巴的通义千问是生成式人工智能", ["阿里巴巴", "通义千问", "生成式人工智能"],
     ["的", "是", "人工智能", "通义"]),
    ("小红书上线AI搜索功能", ["小红书", "AI", "搜索", "功能"], ["小", "红书"]),
    ("我们已经可以进行大模型的训练", ["大模型", "训练"], ["我们", "已经", "可以", "进行", "的"]),
    ("2024年三十家公司发布了短视频应用", ["短视频", "应用"], ["2024", "年", "三十", "三十家", "了", "公司", "发布"]),
    ("快手和抖音在直播电商领域竞争", ["快手", "抖音", "直播电商", "竞争"], ["和", "在"]),
    ("ＡＩ大模型和ｌａｒｇｅ　ｍｏｄｅｌ", ["AI", "大模型", "large model"], ["ＡＩ"]),
    ("CEO Liang Rubo said ByteDance's GenAI push began", ["CEO", "liang", "rubo", "bytedance", "genai"],
     ["said", "bytedance's"]),
    ("THE NEW AI RACE", ["AI"], ["THE", "the", "NEW", "new"]),
    ("He doesn't think it's over", ["think"], ["doesn't", "it", "it's", "over"]),
]


@pytest.mark.parametrize(("text", "present", "absent"), CASES, ids=[case[0][:30] for case in CASES])
def test_terms_present_and_absent(extractor, text, present, absent):
    found = {term for term, _ in extractor.terms(text)}
    assert set(present) <= found, f"missing {set(present) - found} in {found}"
    assert not set(absent) & found, f"unexpected {set(absent) & found}"


def test_languages_follow_script(extractor):
    assert extractor.terms("小红书推出AI搜索") == [("小红书", "zh"), ("AI", "en"), ("搜索", "zh")]


def test_terms_keep_order_of_appearance(extractor):
    terms = [term for term, _ in extractor.terms("TikTok moved; Xiaohongshu grew; TikTok lost")]
    assert terms == ["tiktok", "moved", "xiaohongshu", "grew", "tiktok", "lost"]


def test_phrases_do_not_cross_punctuation(extractor):
    terms = [term for term, _ in extractor.terms("It was large. Model teams grew")]
    assert "large model" not in terms
    assert "large" in terms and "model" in terms


def test_phrases_supplied_by_caller(rules):
    extractor = TermExtractor(rules.stopwords_en, rules.stopwords_zh, ["Red Note", "红薯"], ["小红书"])
    assert extractor.terms("RedNote or Red Note? 小红书的红薯") == [
        ("rednote", "en"), ("red note", "en"), ("小红书", "zh"), ("红薯", "zh")]


def test_count(extractor):
    assert extractor.count("AI, AI and large models; the large model") == Counter(
        {("AI", "en"): 2, ("large model", "en"): 2})


def test_empty_and_blank_text(extractor):
    assert extractor.terms("") == []
    assert extractor.terms("   \n\t ") == []
    assert extractor.terms("2024 — 29% !!! 的了是") == []
    assert extractor.count("") == Counter()


def test_pickle_round_trip(extractor):
    text = "字节跳动推出豆包大模型 and Xiaohongshu's large model team"
    before = extractor.terms(text)
    payload = pickle.dumps(extractor)
    assert len(payload) < 50_000
    assert pickle.loads(payload).terms(text) == before


def test_pickle_before_first_use(rules):
    fresh = TermExtractor(rules.stopwords_en, rules.stopwords_zh, rules.phrases, ["通义千问"])
    copy = pickle.loads(pickle.dumps(fresh))
    assert ("通义千问", "zh") in copy.terms("阿里发布通义千问")


def test_the_segmenter_is_built_once_and_left_out_of_a_pickle(rules):
    fresh = TermExtractor(rules.stopwords_en, rules.stopwords_zh, rules.phrases, ["通义千问"])
    segmenter = fresh.segmenter()
    assert fresh.segmenter() is segmenter
    assert segmenter.cut("阿里发布通义千问") == ["阿里", "发布", "通义千问"]
    copy = pickle.loads(pickle.dumps(fresh))
    assert ("通义千问", "zh") in copy.terms("阿里发布通义千问")


def test_inputs_are_not_mutated(rules):
    phrases = ["large model"]
    words = ["小红书"]
    TermExtractor(rules.stopwords_en, rules.stopwords_zh, phrases, words).terms("large model 小红书")
    assert phrases == ["large model"] and words == ["小红书"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcXYZ019 .,'-的了小红书模型大AI\n")), max_size=60))
def test_never_yields_stopwords_numbers_or_blanks(extractor, rules, text):
    for term, lang in extractor.terms(text):
        assert lang in ("en", "zh")
        assert term.strip() == term and term
        assert not term.replace(".", "").replace("-", "").isdigit()
        if lang == "zh":
            assert len(term) > 1 and term not in rules.stopwords_zh
        elif " " not in term:
            assert len(term) > 1 and (term == "US" or term.lower() not in rules.stopwords_en)


def _terms_piece_by_piece(extractor: TermExtractor, text: str) -> list[tuple[str, str]]:
    """The straightforward reading: one regex over the text, every piece in turn."""
    found, span = [], []
    for kind, value in pieces(text):
        if kind == "zh":
            found += _latin(extractor, span) + list(extractor._chinese(value))
            span = []
        elif kind == "word":
            span += normalise(value)
        else:
            span.append(None)
    return found + _latin(extractor, span)


def _latin(extractor: TermExtractor, tokens: list[str | None]) -> list[tuple[str, str]]:
    return extractor._latin_terms([(None, None) if token is None else extractor._token_facts(token)
                                   for token in tokens])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aZ09 .,'-@:/的小红书大模型Ａ’", "https://x.cn/", "www.", "large ", "models",
                                  "Little Red Book", "U.S.", "GPT-4", "字节跳动", "e-commerce", "a@b.cn"]),
                max_size=40))
def test_splitting_cjk_runs_first_reads_the_same_terms(extractor, pieces):
    text = "".join(pieces)
    assert extractor.terms(text) == _terms_piece_by_piece(extractor, text)
