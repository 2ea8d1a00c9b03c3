"""The word lists that were Python literals and are now rule files: they load, warn on bad rows, and
the readers built from them behave as the literals did."""

from __future__ import annotations

from lib.extract.dates import find_dates
from lib.parse.metadata import detect_metadata, merge_metadata
from lib.periods import parse_iso_period
from lib.rules import builtin_rules
from lib.rules.cues import parse_figure_openings
from lib.rules.dates import parse_birth_words, parse_day_words, parse_number_words, parse_photo_words
from lib.rules.dates_zh import (
    parse_one_character_days,
    parse_recurring_weekday_zh,
    parse_relative_date_neighbours,
    parse_week_words_after_zh,
)
from lib.rules.rule_file import words_by_kind

PUBLISHED = parse_iso_period("2025-03-10")


def _years(sentence: str) -> list[str]:
    return [match.text for match in find_dates(sentence, PUBLISHED)]


def test_every_kind_of_each_new_file_has_words():
    rules = builtin_rules()
    assert set(words_by_kind(rules.amount_words)) == {"sign", "country", "before", "before_zh", "loose_zh", "span_zh",
                                                       "name", "product", "name_zh"}
    assert set(words_by_kind(rules.count_words)) == {"measure_zh", "modifier", "noun"}
    assert set(words_by_kind(rules.byline_cues)) == {"source", "author", "next_label", "role", "before_by", "revised",
                                                      "published", "today", "count", "zone", "joiner"}
    assert ("en-gb", "en") in rules.language_aliases and ("zh-hant", "zh") in rules.language_aliases
    assert set(words_by_kind(rules.relative_date_neighbours_zh)) == {
        "not_after_chain", "not_before_chain", "not_before_full_year", "not_after_full_year", "not_after_first_day",
        "schedule_before", "first_day_happening", "not_first_day_happening", "opening_a_clause_only",
        "then_before_count", "then_before_months", "only_before_count", "only_before_months", "about_before_count",
        "after_overnight", "after_whole_day", "after_whole_quarter", "not_before_this_week", "not_after_this_week",
        "future_in_years_later_clause", "not_before_this_year", "not_after_this_year", "listing_after_overnight",
        "same_opening_a_clause", "before_happening_day"}
    assert set(words_by_kind(rules.bare_day_neighbours_zh)) == {"before", "after", "list", "hao_lead", "hao_noun"}
    assert set(words_by_kind(rules.one_character_days)) == {"scheduled", "reported", "adverb", "time", "place",
                                                            "market_today", "not_market_today", "now_before",
                                                            "now_before_time", "word_before"}


def test_a_bad_relative_date_neighbour_row_is_a_warning():
    warnings = []
    rows = parse_relative_date_neighbours("kind,word\nnot_after_chain,达\nbefore,将\n", warnings)
    assert rows == [("not_after_chain", "达")]
    assert [(w.line, w.source) for w in warnings] == [(3, "lib/rules/relative_date_neighbours_zh.csv")]


def test_a_character_before_a_one_character_day_is_one_character():
    warnings = []
    rows = parse_one_character_days("kind,word\nnow_before,如\nword_before,说明\nmarket_today,开盘\n", warnings)
    assert rows == [("now_before", "如"), ("market_today", "开盘")]
    assert [(w.line, w.source) for w in warnings] == [(3, "lib/rules/one_character_days.csv")]


def test_a_count_after_a_bare_weekday_keeps_it_a_count():
    assert set("次天遍回") <= set("".join(builtin_rules().weekday_counts_zh))
    assert _years("学校周五天上课。") == [] and _years("腾讯周三宣布。") == ["周三"]
    assert _years("门店一周三回补货。") == []


def test_a_word_before_a_bare_weekday_makes_it_recurring():
    words = words_by_kind(builtin_rules().recurring_weekday_zh)
    assert set("每几数半") <= set(words["before"]) and "指数" in words["not_word"]
    assert _years("门店每周三补货。") == [] and _years("门店几周三次补货。") == []
    assert _years("腾讯周三宣布。") == ["周三"] and _years("恒生指数周一收跌。") == ["周一"]
    warnings = []
    assert parse_recurring_weekday_zh("kind,word\nbefore,每\nbefore,每个\nafter,数\n", warnings) == [("before", "每")]
    assert [w.line for w in warnings] == [3, 4]


def test_words_next_to_a_date_make_it_a_birth():
    words = words_by_kind(builtin_rules().birth_words)
    assert "出生于" in words["before"] and "出生" in words["after"]
    assert _years("这位出生于1989年的博士加入腾讯。") == [] and _years("腾讯诞生于1998年。") == ["1998年"]
    warnings = []
    assert parse_birth_words("kind,word\nbefore,出生于\nbetween,出生\nafter,Born\n", warnings) == [
        ("before", "出生于"), ("after", "born")]
    assert [w.line for w in warnings] == [3]


def test_words_next_to_a_date_make_it_a_photos_day():
    words = words_by_kind(builtin_rules().photo_words)
    assert "摄于" in words["before"] and "picture taken" in words["before"] and "摄）" in words["after"]
    assert _years("这张摄于2025年9月11日的图片中可见字节跳动标志。") == []
    assert _years("字节跳动3月1日摄影展开幕。") == ["3月1日"]
    warnings = []
    assert parse_photo_words("kind,word\nbefore,摄于\nbetween,摄\nafter,Photo\n", warnings) == [
        ("before", "摄于"), ("after", "photo")]
    assert [w.line for w in warnings] == [3]


def test_then_words_open_a_count_from_the_date_before():
    then = words_by_kind(builtin_rules().relative_date_neighbours_zh)
    assert then["then_before_count"] == ["其后", "此后", "随后"] and then["then_before_months"] == ["之后"]
    assert _years("2023年5月发布，随后两天售罄。") == ["2023年5月", "随后两天"]
    assert _years("2023年5月发布，之后三个月售罄。") == ["2023年5月", "之后三个月"]


def test_now_before_a_time_of_today_is_no_day():
    assert set("如迄现当") == set(words_by_kind(builtin_rules().one_character_days)["now_before_time"])
    assert _years("他如今晚些才到。") == [] and _years("截至今晚，公司未回应。") == ["今晚"]


def test_a_publication_day_phrase_is_read_as_the_publication_day():
    assert "at press time" in builtin_rules().publication_day_en
    assert _years("Shares were down 3% at  press\ntime.") == ["at  press\ntime"]
    assert _years("Shares were down 3% as of this writing.") == ["as of this writing"]


def test_days_named_from_publication_are_read_with_their_offsets():
    days = {words: (kind, offset) for kind, offset, words in builtin_rules().day_words_en}
    assert days["yesterday"] == ("publication", -1) and days["the day after tomorrow"] == ("ahead", 2)
    assert _years("Shares fell 3% yesterday. Results are due\ntomorrow.") == ["yesterday", "tomorrow"]
    assert _years("Shares fell the day before  yesterday.") == ["the day before  yesterday"]
    warnings = []
    assert parse_day_words("kind,offset,word\nahead,1,Tomorrow\nlater,0,soon\nahead,x,tonight\n", warnings) == [
        ("ahead", 1, "tomorrow")]
    assert [w.line for w in warnings] == [3, 4]


def test_a_few_hours_later_is_the_same_day():
    assert builtin_rules().few_words_en == ("a few", "several")
    assert _years("It launched on March 3, 2025. A few  hours later it sold out.") == ["March 3, 2025",
                                                                                       "A few  hours later"]
    assert _years("It launched on March 3, 2025. Several hours later it sold out.") == ["March 3, 2025",
                                                                                        "Several hours later"]


def test_number_words_are_one_table_with_their_counts():
    assert dict((word, number) for number, word in builtin_rules().number_words_en) == {
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
    warnings = []
    assert parse_number_words("number,word\n3,three\n0,none\n2,twenty-two\n", warnings) == [(3, "three")]
    assert [w.line for w in warnings] == [3, 4]


def test_amount_and_count_words_keep_numbers_from_being_years():
    assert _years("It raised $2024 from fans.") == []
    assert _years("The app has more than 2000 users.") == []
    assert _years("The app had 2024 active users.") == []
    assert _years("The app launched in 2024.") == ["2024"]
    assert [m.text for m in find_dates("这座城市长达2000年的历史。", PUBLISHED)] == []
    assert [m.text for m in find_dates("公司于2000年成立。", PUBLISHED)] == ["2000年"]


def test_byline_words_and_language_aliases_are_read_from_their_files():
    meta = detect_metadata("标题\n来源：36氪 作者：张三\n正文。", [])
    assert (meta.source, meta.author) == ("36氪", "张三")
    merged, warnings = merge_metadata(meta, {"language": "zh-Hant"})
    assert (merged.language, warnings) == ("zh", [])


def test_each_rule_file_fills_one_field_and_is_named_once():
    from dataclasses import fields

    from lib.rules import _READ_FILES, EXTENSIBLE_FILES, Rules, _rule_file_names
    names = [name for name, _, _ in _READ_FILES]
    files = [file for _, file, _ in _READ_FILES]
    assembled = {"gazetteer", "stopwords_en", "stopwords_zh", "phrases", "version", "warnings"}
    assert len(set(names)) == len(names) and len(set(files)) == len(files)
    assert set(names) == {f.name for f in fields(Rules)} - assembled
    assert set(_rule_file_names()) == set(EXTENSIBLE_FILES) | set(files)


def test_plain_word_files_are_read_as_their_fields_say():
    rules = builtin_rules()
    assert all(phrase == " ".join(phrase.lower().split()) for phrase in rules.publication_day_en + rules.few_words_en)
    assert {"each year", "every year", "annually"} <= set(rules.recurring_dates_after)
    assert all(phrase == " ".join(phrase.lower().split()) for phrase in rules.recurring_dates_after)
    assert all(word == word.lower() for word in rules.recurring_weekday_en + rules.model_code_verbs_en)
    assert rules.firm_heads and all(isinstance(head, tuple) and head for head in rules.firm_heads)
    assert dict(rules.language_aliases) and all(len(pair) == 2 for pair in rules.language_aliases)


def test_a_word_after_the_week_takes_its_one():
    words = words_by_kind(builtin_rules().week_words_after_zh)
    assert {"一定", "一直"} <= set(words["word"]) and "一定价" in words["not_word"]
    assert _years("京东本周一定会解决问题。") == ["本周"] and _years("京东本周一定价。") == ["本周一"]
    warnings = []
    assert parse_week_words_after_zh("kind,word\nword,一定\nafter,一直\n", warnings) == [("word", "一定")]
    assert [w.line for w in warnings] == [3]


def test_the_determiners_before_a_bare_month_are_lower_case_words():
    determiners = builtin_rules().bare_month_determiners_en
    assert {"the", "its", "that", "those"} <= set(determiners)
    assert all(word.isalpha() and word == word.lower() for word in determiners)


def test_the_words_placing_an_occasion_ahead_of_a_bare_month_are_read_from_their_file():
    from lib.extract.dates_en_bare import _DETERMINER_BEFORE

    ahead = builtin_rules().bare_month_ahead_words_en
    assert {"upcoming", "coming", "planned"} <= set(ahead)
    assert all(phrase == " ".join(phrase.lower().split()) for phrase in ahead)
    # Each word of the file stands between a determiner or a possessive and the month, in any case.
    assert all(_DETERMINER_BEFORE.search(f"before the {word.title()} ")
               and _DETERMINER_BEFORE.search(f"Apple's {word} ") for word in ahead)
    assert not _DETERMINER_BEFORE.search("before the delayed ")


def test_the_words_opening_a_sentence_before_its_figures_are_read_by_kind():
    from lib.extract.sentence_openings import _LEADING_CONNECTIVE, _LEADING_LABEL

    words = words_by_kind(builtin_rules().figure_openings)
    assert {"additionally", "in addition", "此外", "与此同时"} <= set(words["connective"])
    assert {"outlook", "guidance", "展望", "业绩指引"} <= set(words["label"])
    # Each word of the file opens the sentence with its comma or colon, in any case; not with the other's mark.
    assert all(_LEADING_CONNECTIVE.match(f"{word.title()}, revenue rose") for word in words["connective"])
    assert all(_LEADING_LABEL.match(f"{word.upper()}: revenue will rise") for word in words["label"])
    assert not any(_LEADING_LABEL.match(f"{word}, revenue rose") for word in words["label"])
    warnings = []
    rows = parse_figure_openings("kind,word\nconnective,此外\nheading,Outlook\nlabel,展望\n", warnings)
    assert rows == [("connective", "此外"), ("label", "展望")]
    assert [(w.line, w.source) for w in warnings] == [(3, "lib/rules/figure_openings.csv")]
