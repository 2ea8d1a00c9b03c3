"""Sentence splitting (English, Chinese, mixed)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from lib.parse.sentences import (
    _ABBREVIATIONS,
    _LAST_WORD,
    MAX_SENTENCE_CHARS,
    _is_abbreviation,
    split_sentences,
)

SENTENCE_CASES = [
    ("two plain", "ByteDance launched Doubao. It is cheap.", ["ByteDance launched Doubao.", "It is cheap."]),
    ("question and exclamation", "Is it cheap? Yes! Very.", ["Is it cheap?", "Yes!", "Very."]),
    ("U.S. mid-sentence", "The U.S. giant will release its plans.", ["The U.S. giant will release its plans."]),
    ("U.S. before a capital", "It topped the chart in the U.S. App Store.",
     ["It topped the chart in the U.S. App Store."]),
    ("U.K. and Mr.", "Mr. Smith flew to the U.K. Tuesday.", ["Mr. Smith flew to the U.K. Tuesday."]),
    ("Dr. Ms.", "Dr. Li met Ms. Wang. They agreed.", ["Dr. Li met Ms. Wang.", "They agreed."]),
    ("Inc. Ltd. Co. Corp.", "Apple Inc. Chief Tim Cook met Xiaomi Co. Ltd. President Lu and Acme Corp. CEO Jo.",
     ["Apple Inc. Chief Tim Cook met Xiaomi Co. Ltd. President Lu and Acme Corp. CEO Jo."]),
    # Class (a Singapore, Indian or Malaysian company form: "On 19 August 2024, Roadget Business Pte. Ltd, more
    # commonly known as Shein, filed …"; seen in J): no sentence end.
    ("Pte. Pvt. Sdn. Bhd.", "On 3 May 2024, Acme Trading Pte. Ltd, known as Acme, sued Foo Pvt. Ltd and Bar Sdn. "
     "Bhd in Singapore. Nobody won.", ["On 3 May 2024, Acme Trading Pte. Ltd, known as Acme, sued Foo Pvt. Ltd and "
                                       "Bar Sdn. Bhd in Singapore.", "Nobody won."]),
    ("Pte. inside chinese", "2024年5月3日，新加坡Acme Trading Pte. Ltd 起诉了对手。",
     ["2024年5月3日，新加坡Acme Trading Pte. Ltd 起诉了对手。"]),
    ("e.g. i.e.", "Use tools, e.g. Kimi, i.e. a chatbot. Then stop.", ["Use tools, e.g. Kimi, i.e. a chatbot.",
                                                                      "Then stop."]),
    ("vs.", "It was OpenAI vs. Google. Meta watched.", ["It was OpenAI vs. Google.", "Meta watched."]),
    ("etc. mid-sentence", "Apps, games, etc. are covered. Fine.", ["Apps, games, etc. are covered.", "Fine."]),
    ("etc. at the end", "Apps, games, etc. The rest is not.", ["Apps, games, etc.", "The rest is not."]),
    ("No.", "It ranked No. 1 on the chart. Good.", ["It ranked No. 1 on the chart.", "Good."]),
    ("month abbreviations", "On Jan. 16 and Feb. 3 it grew. Dec. 1 too.",
     ["On Jan. 16 and Feb. 3 it grew.", "Dec. 1 too."]),
    ("St.", "He lives on Main St. Boston is far.", ["He lives on Main St. Boston is far."]),
    ("decimal", "Lu Shihan has 3.278 million followers. Wow.", ["Lu Shihan has 3.278 million followers.", "Wow."]),
    ("ID: techsina", "Source: Sina Technology (ID: techsina), author | Zhou Wenmeng",
     ["Source: Sina Technology (ID: techsina), author | Zhou Wenmeng"]),
    ("initials", "J. K. Rowling wrote it. Done.", ["J. K. Rowling wrote it.", "Done."]),
    ("lowercase after period", "The model is called abab. it is fast.", ["The model is called abab. it is fast."]),
    ("closing curly quote", "He asked, “Is it ready?” Nobody knew.", ["He asked, “Is it ready?”", "Nobody knew."]),
    ("closing straight quote", 'It is "Trik." The app paints.', ['It is "Trik."', "The app paints."]),
    ("opening quote starts next", 'They left. "Why?" she asked.', ["They left.", '"Why?" she asked.']),
    ("digit starts next", "Sales fell. 2024 was hard.", ["Sales fell.", "2024 was hard."]),
    ("bracket closes", "(See the chart.) Then read on.", ["(See the chart.)", "Then read on."]),
    ("ellipsis", "Wait... What happened?", ["Wait...", "What happened?"]),
    ("headline line", "Xiaohongshu Starts Exploring Large Language Model\n\nAccording to 36Kr, it did. Yes.",
     ["Xiaohongshu Starts Exploring Large Language Model", "According to 36Kr, it did.", "Yes."]),
    ("list items", "Three goals:\n- Strengthen AI talent recruitment,\n- improve basic research,",
     ["Three goals:", "- Strengthen AI talent recruitment,", "- improve basic research,"]),
    ("line break without period", "First line\nsecond line", ["First line", "second line"]),
    ("markdown heading with question", "** Under stricter supervision, forced to enter the game? **",
     ["** Under stricter supervision, forced to enter the game? **"]),
    ("pictograph starts next", "It could shut down by January 19. 🇺🇸 The companies filed a motion Monday.",
     ["It could shut down by January 19.", "🇺🇸 The companies filed a motion Monday."]),
    ("pictograph after a quote", 'They said "no." 💥 Then the ban came.', ['They said "no."', "💥 Then the ban came."]),
    ("pictograph inside a line", "Prices rose 5%. Fans 🔥 loved it.", ["Prices rose 5%.", "Fans 🔥 loved it."]),
    ("chinese full stops", "字节跳动发布了豆包。它很便宜！你用过吗？",
     ["字节跳动发布了豆包。", "它很便宜！", "你用过吗？"]),
    ("chinese semicolon", "豆包降价；文心一言免费。", ["豆包降价；", "文心一言免费。"]),
    ("chinese ellipsis", "价格战开始了……谁会赢？", ["价格战开始了……", "谁会赢？"]),
    ("chinese closing quote", "谭待说：“降价是关键！”他很自信。", ["谭待说：“降价是关键！”", "他很自信。"]),
    ("chinese corner quote", "他问：「真的吗？」没人回答。", ["他问：「真的吗？」", "没人回答。"]),
    ("chinese bracket", "（图片来源：微博。）正文开始。", ["（图片来源：微博。）", "正文开始。"]),
    ("chinese question-exclamation run", "真的吗？！太好了。", ["真的吗？！", "太好了。"]),
    ("chinese number", "价格为0.0008元/千Tokens。比行业便宜99.3%。",
     ["价格为0.0008元/千Tokens。", "比行业便宜99.3%。"]),
    ("mixed zh then en", "字节跳动发布了豆包。ByteDance launched Doubao. It is cheap.",
     ["字节跳动发布了豆包。", "ByteDance launched Doubao.", "It is cheap."]),
    ("mixed en then zh", "Kimi went viral. 月之暗面估值25亿美元。", ["Kimi went viral.", "月之暗面估值25亿美元。"]),
    ("ascii ! into chinese", "太好了!我们走吧。", ["太好了!", "我们走吧。"]),
    ("english inside chinese", "他说Apple Inc.很强。", ["他说Apple Inc.很强。"]),
    ("surrounding whitespace", "  \n  One.   Two.  \n\n", ["One.", "Two."]),
    ("empty", "", []),
    ("whitespace only", " \n\t \n", []),
]


@pytest.mark.parametrize(("text", "expected"), [case[1:] for case in SENTENCE_CASES],
                         ids=[case[0] for case in SENTENCE_CASES])
def test_split_sentences(text, expected):
    assert [text[start:end] for start, end in split_sentences(text)] == expected


def test_seed_002_sentences(seed_texts):
    text = seed_texts["002"]
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences[0] == "01/16 2025 563"
    assert "Written by | Lan Dong Business, Zhao Weiwei" in sentences
    assert '"Plan B" for Xiaohongshu?' in sentences
    assert "Currently, DianDian only supports simple questions." in sentences
    assert len(sentences) == 95


_PIECES = st.sampled_from([
    "ByteDance", "U.S.", "Mr.", "e.g.", "3.278", "Inc.", "豆包", "字节跳动", "。", "！", "？", "；", "…", ".", "!",
    "?", "”", "“", "\"", "'", "(", ")", "」", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u3000", "\u2028", "A",
    "the", "2024", "No.", "a", "Kimi.", "“好！”",
])


@given(st.one_of(st.lists(_PIECES, max_size=40).map("".join), st.text(max_size=200)))
@example("One. Two.\n三。四！")
@example("\u2028.\u2028")
def test_sentence_offsets_are_sound(text):
    spans = split_sentences(text)
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text)
        piece = text[start:end]
        assert piece == piece.strip()
        assert "\n" not in piece and "\r" not in piece and "\u2028" not in piece
        previous_end = end
    covered = {index for start, end in spans for index in range(start, end)}
    assert all(index in covered for index, char in enumerate(text) if not char.isspace())


def _abbreviation_over_the_whole_line(line: str) -> bool:
    match = _LAST_WORD.search(line)
    word = match.group(1) if match else ""
    return bool(match) and ("." in word or word in _ABBREVIATIONS or (len(word) == 1 and word.isupper()))


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*"aZ. -,1", "Mr", "Inc", "U.S", "a" * 45, "Very.long.dotted.name.over.forty.chars"]),
                max_size=30).map("".join))
def test_abbreviation_check_reads_the_line_end_but_answers_as_for_the_whole_line(line):
    assert _is_abbreviation(line, 0, len(line)) == _abbreviation_over_the_whole_line(line)


# Issue 10: a one-line article without sentence punctuation was one sentence, and every event
# copied it whole. Overlong runs are cut after a clause mark, else at a space, else at the limit.
_CLAUSE_EN = "ByteDance launched Doubao in March 2024, Alibaba answered in May 2024; Tencent waited "
_CLAUSE_ZH = "字节跳动2024年3月发布豆包，阿里巴巴5月推出通义千问；腾讯则在观望"
_CLAUSE_ZH_HANT = "字節跳動2024年3月發布豆包，阿里巴巴5月推出通義千問；騰訊則在觀望"
_NO_MARKS_EN = "ByteDance launched Doubao in March 2024 and Alibaba answered in May 2024 "
_NO_MARKS_ZH = "字节跳动2024年3月发布豆包阿里巴巴5月推出通义千问"
LONG_RUN_CASES = [
    ("english clauses", _CLAUSE_EN * 200, ",;"),
    ("chinese clauses", _CLAUSE_ZH * 200, "，；"),
    ("traditional chinese clauses", _CLAUSE_ZH_HANT * 200, "，；"),
    ("english words only", _NO_MARKS_EN * 200, " "),  # cut at a space: no word is split
    ("chinese without any mark", _NO_MARKS_ZH * 300, None),  # nothing to cut at: the hard limit
    ("one endless token", "x" * 5000, None),
]


@pytest.mark.parametrize(("text", "piece_ends"), [case[1:] for case in LONG_RUN_CASES],
                         ids=[case[0] for case in LONG_RUN_CASES])
def test_an_overlong_run_is_cut_into_bounded_sentences_covering_it(text, piece_ends):
    spans = split_sentences(text)
    assert len(spans) > 1
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    covered = {index for start, end in spans for index in range(start, end)}
    assert all(index in covered for index, char in enumerate(text) if not char.isspace())
    if piece_ends is not None:
        ends = [text[end] if piece_ends == " " else text[end - 1] for _, end in spans[:-1]]
        assert all(char in piece_ends for char in ends)


def test_sentences_of_normal_length_are_not_cut():
    text = ("ByteDance launched Doubao, a chatbot, in March 2024; Alibaba, Baidu and Tencent followed. " * 3
            + "字节跳动，阿里巴巴，百度和腾讯。" * 3)
    assert len(split_sentences(text)) == 6
