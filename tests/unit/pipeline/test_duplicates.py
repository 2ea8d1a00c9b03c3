"""Near-duplicate articles: the same article in another file is recognised, different ones are not."""

from __future__ import annotations

import pandas as pd
import pytest
from datasketch import MinHashLSH

from benchmarks.synthetic_corpus import article
from lib.extract.near_duplicates import PERMUTATIONS, text_signature
from lib.pipeline.duplicates import _CANDIDATE_JACCARD, BANDS, ROWS, duplicate_of
from lib.schema import Doc
from tests.oracles import duplicates as oracle

ARTICLE_EN = (
    "DeepSeek released its R1 reasoning model on January 20, saying it matched OpenAI's o1 on maths and "
    "coding benchmarks at a fraction of the cost. The Hangzhou-based start-up, funded by the quant fund "
    "High-Flyer, published the model's weights under an MIT licence. Within a week its chatbot app topped "
    "Apple's App Store in the United States, and on January 27 Nvidia shares fell 17 per cent, wiping "
    "almost 600 billion dollars off its market value in a single session."
)
ARTICLE_ZH = (
    "深度求索于1月20日正式发布推理模型DeepSeek-R1，性能对标OpenAI o1正式版，并以MIT许可证开源模型权重。"
    "这家总部位于杭州的初创公司由量化基金幻方支持。一周之内，其聊天应用登顶美国苹果应用商店免费榜。"
    "1月27日，英伟达股价下跌17%，市值单日蒸发近6000亿美元。"
)
OTHER_EN = (
    "Alibaba released Qwen2.5-Max on January 29, claiming it outperformed DeepSeek-V3 on several benchmarks. "
    "The release came on the first day of the Lunar New Year holiday, a sign of how the arrival of DeepSeek "
    "had shaken China's technology giants. Alibaba Cloud said the model was trained on more than 20 trillion "
    "tokens and is available through its API."
)


def _documents(rows):
    docs = pd.DataFrame(rows, columns=[Doc.DOC_ID, Doc.PUBLISHED, Doc.TEXT])
    return docs.assign(**{Doc.SIGNATURE: docs[Doc.TEXT].map(text_signature)})


@pytest.mark.parametrize("copy", [
    pytest.param(ARTICLE_EN, id="identical text (GBK file and HTML page of one article)"),
    pytest.param("Reposted from Reuters. " + ARTICLE_EN + " Editor: Li Wei. Share this article.",
                 id="repost with a header and footer"),
    pytest.param(ARTICLE_EN.replace(" per cent", " percent"), id="a word changed"),
    pytest.param(ARTICLE_ZH.replace("深度求索于", "（本报讯）深度求索于") + "责任编辑：王芳", id="Chinese repost"),
])
def test_a_copy_points_to_the_article_kept(copy):
    original = ARTICLE_ZH if "深度求索" in copy else ARTICLE_EN
    docs = _documents([("first", "2025-01-21", original), ("copy", "2025-01-22", copy)])
    assert duplicate_of(docs).tolist() == ["", "first"]


def test_traditional_script_repost_is_a_copy():
    traditional = ARTICLE_ZH.replace("发布", "發布").replace("这家", "這家").replace("总部", "總部").replace(
        "应用", "應用").replace("苹果", "蘋果").replace("价", "價").replace("亿", "億").replace("蒸发", "蒸發")
    docs = _documents([("simplified", "2025-01-21", ARTICLE_ZH), ("hk", "2025-01-22", traditional)])
    assert duplicate_of(docs).tolist() == ["", "simplified"]


@pytest.mark.parametrize("first, second", [
    pytest.param(ARTICLE_EN, OTHER_EN, id="same week, other happening"),
    pytest.param(ARTICLE_EN, ARTICLE_ZH, id="a translation is another article"),
    pytest.param("DeepSeek released R1.", "DeepSeek released R1.", id="too short to compare"),
])
def test_different_articles_are_both_kept(first, second):
    docs = _documents([("a", "2025-01-21", first), ("b", "2025-01-21", second)])
    assert duplicate_of(docs).tolist() == ["", ""]


def test_the_earliest_published_copy_is_kept_and_undated_ones_point_to_it():
    docs = _documents([("late", "2025-02-01", ARTICLE_EN), ("undated", "", ARTICLE_EN),
                       ("early", "2025-01-21", ARTICLE_EN)])
    assert duplicate_of(docs).tolist() == ["early", "early", ""]


def test_input_frame_is_not_changed():
    docs = _documents([("a", "2025-01-21", ARTICLE_EN), ("b", "2025-01-22", ARTICLE_EN)])
    before = docs.copy()
    duplicate_of(docs)
    pd.testing.assert_frame_equal(docs, before)


def test_the_bands_are_the_ones_datasketch_chooses():
    index = MinHashLSH(threshold=_CANDIDATE_JACCARD, num_perm=PERMUTATIONS)
    assert (index.b, index.r) == (BANDS, ROWS)


def _edited(text: str, words: int, seed: int) -> str:
    """``text`` with every ``words``-th word dropped, starting at ``seed``: a copy more or less alike."""
    tokens = text.split(" ")
    return " ".join(token for i, token in enumerate(tokens) if (i + seed) % words)


def test_the_same_copies_as_datasketch_finds():
    rows = []
    for index in range(60):
        text, meta = article(index, seed=3)
        rows.append((f"a{index}", meta["published"], text))
        # Copies from nearly identical to clearly edited, so pairs fall on both sides of the threshold.
        for words in (2, 3, 5, 9, 40)[index % 5:index % 5 + 2]:
            rows.append((f"a{index}-{words}", "", _edited(text, words, index)))
    rows.append(("short", "", "DeepSeek released R1."))
    docs = _documents(rows)
    found = duplicate_of(docs)
    assert found.tolist() == oracle.duplicate_of(docs).tolist()
    assert 0 < (found != "").sum() < len(rows) - 61  # some copies are found, some are not
