"""An alias's edges: quotes around it, and the figures an all-digit alias (360, the company) stands in."""
import pytest

from lib.extract.alias_edges import half_width, is_cjk, is_quantity, is_quoted, is_word_char


def _span(text: str, alias: str) -> tuple[int, int]:
    start = text.index(alias)
    return start, start + len(alias)


@pytest.mark.parametrize(("text", "quantity"), [
    ("360 released a browser on Monday.", False),
    ("360发布了新的浏览器。", False),
    ("360人工智能研究院今天成立。", False),  # 人工 opens a word about the company, not a unit
    ("360年报显示营收下降。", False),
    ("Revenue rose to 360 million yuan.", True),
    ("The phone costs $360 in the US.", True),
    ("The fund raised RMB 360 last year.", True),
    ("It has 360 users in beta.", True),
    ("公司营收达到360万元。", True),
    ("股价上涨了360%。", True),
    ("The camera turns 360° around.", True),
    ("The camera turns 360º around.", True),
    ("The index fell 1,360 points.", True),
    ("全年营收360亿元，同比增长。", True),
    ("360公司去年推出了搜索引擎。", False),  # 公 is no unit
    # money's signs, codes, currency words and scales (lib/rules/money_words.csv), either script
    ("The stake was sold for HKD 360 in 2010.", True),
    ("Each unit sold for US$ 360 last year.", True),
    ("The unit lent 360 renminbi to each rider.", True),
    ("Revenue reached 360 mln in the quarter.", True),
    ("公司募资360亿港元。", True),
    ("公司募資360億港元。", True),
    ("公司估值达360萬美元。", True),
    ("360港股今日上涨。", False),  # 港 alone is no currency
])
def test_an_all_digit_alias_is_a_figure_only_next_to_a_currency_a_digit_or_a_unit(text, quantity):
    assert is_quantity(text, *_span(text, "360")) is quantity


@pytest.mark.parametrize(("text", "alias", "quoted"), [
    ("The app, called “Trik,” launched in April.", "Trik", True),
    ("The assistant 'Now' shipped in May.", "Now", True),
    ("小红书推出「点点」应用。", "点点", True),
    ("Right now the app is free.", "now", False),
    ("The app Trik launched in April.", "Trik", False),
])
def test_a_quoted_alias_needs_quotes_around_it(text, alias, quoted):
    assert is_quoted(text, *_span(text, alias)) is quoted


@pytest.mark.parametrize(("char", "word_char", "cjk"), [
    ("a", True, False), ("7", True, False), ("字", False, True), ("體", False, True),
    ("カ", False, True), ("한", False, True), (" ", False, False), ("-", False, False),
])
def test_latin_word_characters_and_scripts_without_spaces(char, word_char, cjk):
    assert (is_word_char(char), is_cjk(char)) == (word_char, cjk)


# Class (splits E, I, AJ: "ＴｉｋＴｏｋ曾幫助特朗普", "英偉達（Ｎｖｉｄｉａ）",
# "拼多多（ＮＡＳＤＡＱ：ＰＤＤ）"): full-width Latin is the same name as its ASCII
# letters, same length; the rest of the text is left as written.
@pytest.mark.parametrize(("text", "expected"), [
    ("在２０２４年總統大選中，ＴｉｋＴｏｋ曾幫助特朗普", "在2024年總統大選中，TikTok曾幫助特朗普"),
    ("英伟达（Ｎｖｉｄｉａ）应对不利因素", "英伟达（Nvidia）应对不利因素"),
    ("拼多多（ＮＡＳＤＡＱ：ＰＤＤ）發布財報", "拼多多（NASDAQ：PDD）發布財報"),
    ("TikTok helped in 2024.", "TikTok helped in 2024."),
    ("全角标点，（）：不变。", "全角标点，（）：不变。"),
])
def test_full_width_latin_reads_as_ascii(text, expected):
    assert half_width(text) == expected
    assert len(half_width(text)) == len(text)

