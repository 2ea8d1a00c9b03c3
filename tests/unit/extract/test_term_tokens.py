"""term_tokens: text prepared, cut into pieces, and each Latin word cased and trimmed."""

from __future__ import annotations

import pytest

from lib.extract.term_tokens import normalise, pieces, prepared


@pytest.mark.parametrize(("raw", "tokens"), [
    ("AI", ["AI"]), ("LLM", ["LLM"]), ("GPT-4", ["GPT-4"]), ("COVID-19", ["COVID-19"]),
    ("LLMs", ["LLM"]), ("ByteDance", ["bytedance"]), ("THE", ["THE"]), ("Model", ["model"]),
    ("U.S", ["US"]), ("u.k", ["UK"]), ("model.The", ["model", "the"]), ("Qwen2.5", ["qwen2.5"]),
    ("AI-generated", ["ai-generated"]), ("e-commerce", ["e-commerce"]),
    ("Xiaohongshu's", ["xiaohongshu"]), ("don't", ["don't"]), ("ABCDEF", ["abcdef"]),
])
def test_a_latin_word_is_cased_and_trimmed(raw, tokens):
    # An all-caps "THE" keeps its case here; terms drops it as a stopword in any case.
    assert normalise(raw) == tokens


def test_pieces_are_cjk_runs_words_and_marks_without_addresses():
    text = "小红书 launched AI-search, see https://x.cn/a or a@b.cn！"
    assert list(pieces(text)) == [("zh", "小红书"), ("word", "launched"), ("word", "AI-search"), ("brk", ","),
                                  ("word", "see"), ("word", "or"), ("brk", "!")]


def test_prepared_text_is_nfkc_with_straight_apostrophes():
    assert prepared("ＡＩ’s ｌａｒｇｅ\u02bcs") == "AI's large's"
    assert prepared(None) == ""
