"""The date readers' rule files: future cues, festival days and English month and weekday names."""

from __future__ import annotations

import pytest

from lib.rules.dates import (
    DATE_WORD_KINDS,
    FUTURE_CUE_SIDES,
    Festival,
    FutureCue,
    parse_date_words,
    parse_festival_cues,
    parse_festivals,
    parse_future_cues,
    parse_weekday_words,
)
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text

FUTURE_HEADER = "side,reach,dates,cue\n"

FUTURE_CUE_ROWS = [
    ("before,5,any,will", FutureCue("before", "will", 5, False)),
    ("before,0,day,by", FutureCue("before", "by", 0, True)),
    ("before,,,is set to", FutureCue("before", "is set to", 0, False)),  # empty reach and dates: 0, any
    ("after,0,any,起", FutureCue("after", "起", 0, False)),
    ("near,3,any,将", FutureCue("near", "将", 3, False)),
    ("cancel,2,any,had been", FutureCue("cancel", "had been", 2, False)),
    ("break-after,0,any,已", FutureCue("break-after", "已", 0, False)),
    ("cancel,0,weekday,announced", FutureCue("cancel", "announced", 0, False, True)),
]


@pytest.mark.parametrize(("line", "cue"), FUTURE_CUE_ROWS)
def test_a_future_cue_row_becomes_a_cue(line, cue):
    warnings: list[RuleWarning] = []
    assert parse_future_cues(FUTURE_HEADER + line + "\n", warnings) == [cue]
    assert warnings == []


@pytest.mark.parametrize(("line", "message"), [
    ("sideways,1,any,will", "side must be one of"),
    ("before,x,any,will", "reach must be a whole number"),
    ("before,-1,any,will", "reach must be a whole number"),
    ("before,1,month,will", "reach must be a whole number and dates day, weekday or any"),
])
def test_a_bad_future_cue_row_is_a_warning(line, message):
    warnings: list[RuleWarning] = []
    assert parse_future_cues(FUTURE_HEADER + line + "\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [("lib/rules/future_cues.csv", 2)]
    assert warnings[0].message.startswith(message)


def test_a_future_cue_without_words_is_dropped_quietly():
    warnings: list[RuleWarning] = []
    assert parse_future_cues(FUTURE_HEADER + "before,5,any,\n", warnings) == []
    assert warnings == []


FESTIVAL_HEADER = "names,calendar,month,day,shift\n"

FESTIVAL_ROWS = [
    ("春节|农历新年|Spring Festival,lunar,1,1,0", Festival(("春节", "农历新年", "Spring Festival"), True, 1, 1, 0)),
    ("除夕|大年三十,lunar,1,1,-1", Festival(("除夕", "大年三十"), True, 1, 1, -1)),
    ("情人节|Valentine's Day,solar,2,14,0", Festival(("情人节", "Valentine's Day"), False, 2, 14, 0)),
    ("中秋| |中秋节 ,lunar,8,15,", Festival(("中秋", "中秋节"), True, 8, 15, 0)),  # blanks dropped, shift 0
    # A weekday calendar: the first Thursday on or after November 22 (Thanksgiving).
    ("感恩节|Thanksgiving,thursday,11,22,0", Festival(("感恩节", "Thanksgiving"), False, 11, 22, 0, 3)),
    # The optional years the row holds in (a day whose rule changed: the Super Bowl).
    ("Super Bowl,sunday,2,8,0,2022-", Festival(("Super Bowl",), False, 2, 8, 0, 6, 2022, None)),
    ("Super Bowl,sunday,2,1,0,-2021", Festival(("Super Bowl",), False, 2, 1, 0, 6, None, 2021)),
    ("Super Bowl,sunday,2,1,0, 2004 - 2021 ", Festival(("Super Bowl",), False, 2, 1, 0, 6, 2004, 2021)),
    ("中秋,lunar,8,15,0,2020", Festival(("中秋",), True, 8, 15, 0, None, 2020, 2020)),
    ("中秋,lunar,8,15,0,", Festival(("中秋",), True, 8, 15, 0)),  # empty: every year
]


@pytest.mark.parametrize(("line", "festival"), FESTIVAL_ROWS)
def test_a_festival_row_becomes_a_named_day(line, festival):
    warnings: list[RuleWarning] = []
    assert parse_festivals(FESTIVAL_HEADER + line + "\n", warnings) == [festival]
    assert warnings == []


@pytest.mark.parametrize("line", [
    "春节,moon,1,1,0",  # calendar
    "|,lunar,1,1,0",  # no names
    "端午,lunar,five,5,0",
    "端午,lunar,5,5,+1",
    "端午,lunar,5,,0",
    "感恩节,thursday,11,,0",  # a weekday calendar needs the day it counts from
    "感恩节,thursdays,11,22,0",
])
def test_a_bad_festival_row_is_a_warning(line):
    warnings: list[RuleWarning] = []
    assert parse_festivals(FESTIVAL_HEADER + line + "\n", warnings) == []
    assert [(w.source, w.line, w.message) for w in warnings] == [
        ("lib/rules/festivals.csv", 2, "expected names, lunar/solar/a weekday, month, day, shift")]


@pytest.mark.parametrize("years", ["-", "2021-2019", "22-", "2019-2021-", "from 2022", "2022+"])
def test_a_malformed_years_cell_is_a_warning_and_the_rest_is_read(years):
    warnings: list[RuleWarning] = []
    festivals = parse_festivals(f"{FESTIVAL_HEADER}Super Bowl,sunday,2,8,0,{years}\n中秋,lunar,8,15,0\n", warnings)
    assert festivals == [Festival(("中秋",), True, 8, 15, 0)]
    assert [(w.line, w.message) for w in warnings] == [(2, "years must be empty, 2022-, -2021, 2019-2021 or 2020")]


@pytest.mark.parametrize(("line", "row"), [
    ("aimed,for", ("aimed", "for")),
    ("aimed,in the  run-up to", ("aimed", "in the run-up to")),  # words apart by any white space
    ("mark,备战", ("mark", "备战")),
    ("origin,inventor of", ("origin", "inventor of")),
    ("origin_after,was  originally", ("origin_after", "was originally")),
])
def test_a_festival_cue_row_keeps_kind_and_word(line, row):
    warnings: list[RuleWarning] = []
    assert parse_festival_cues(f"kind,word\n{line}\n", warnings) == [row]
    assert warnings == []


def test_a_festival_cue_of_no_kind_is_a_warning_and_the_builtin_file_reads_clean():
    warnings: list[RuleWarning] = []
    assert parse_festival_cues("kind,word\nbefore,for\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [("lib/rules/festival_cues.csv", 2)]
    warnings.clear()
    rows = parse_festival_cues(read_rule_text(BUILTIN_RULES_DIR / "festival_cues.csv"), warnings)
    assert warnings == [] and ("aimed", "for") in rows and ("mark", "during") in rows


DATE_WORD_ROWS = [
    ("month,1,January", ("month", 1, "January")),
    ("month,12,December", ("month", 12, "December")),
    ("month_abbreviation,9,Sept", ("month_abbreviation", 9, "Sept")),
    ("weekday,7,Sunday", ("weekday", 7, "Sunday")),
    ("month,3,三月", ("month", 3, "三月")),  # any letters: str.isalpha holds for Chinese too
]


@pytest.mark.parametrize(("line", "row"), DATE_WORD_ROWS)
def test_a_date_word_row_keeps_kind_number_and_word(line, row):
    warnings: list[RuleWarning] = []
    assert parse_date_words(f"kind,number,word\n{line}\n", warnings) == [row]
    assert warnings == []


@pytest.mark.parametrize("line", [
    "month,13,Undecember", "month,0,Nil", "weekday,8,Funday", "season,1,Spring",
    "month,1,Jan.", "month,x,March", "month,5,", "weekday,1,Mon day",
])
def test_a_bad_date_word_row_is_a_warning(line):
    warnings: list[RuleWarning] = []
    assert parse_date_words(f"kind,number,word\n{line}\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [("lib/rules/date_words_en.csv", 2)]


WEEKDAY_WORD_ROWS = [
    ("week,,星期", ("week", 0, "星期")),
    ("day,4,四", ("day", 4, "四")),
    ("day,7,天", ("day", 7, "天")),
    ("other_week,,coming", ("other_week", 0, "coming")),
    ("other_week,,每", ("other_week", 0, "每")),
]


@pytest.mark.parametrize(("line", "row"), WEEKDAY_WORD_ROWS)
def test_a_weekday_word_row_keeps_kind_number_and_word(line, row):
    warnings: list[RuleWarning] = []
    assert parse_weekday_words(f"kind,number,word\n{line}\n", warnings) == [row]
    assert warnings == []


@pytest.mark.parametrize("line", [
    "day,8,八", "day,0,一", "day,,一", "day,1,星期一", "week,1,周", "other_week,,上个", "other_week,,last week",
    "weekday,1,一", "week,,",
])
def test_a_bad_weekday_word_row_is_a_warning(line):
    warnings: list[RuleWarning] = []
    assert parse_weekday_words(f"kind,number,word\n{line}\n", warnings) == []
    assert [(w.source, w.line) for w in warnings] == [("lib/rules/weekday_words.csv", 2)]


def test_the_builtin_weekday_words_name_every_day_once_and_read_clean():
    warnings: list[RuleWarning] = []
    rows = parse_weekday_words(read_rule_text(BUILTIN_RULES_DIR / "weekday_words.csv"), warnings)
    assert warnings == []
    days = {word: number for kind, number, word in rows if kind == "day"}
    assert sorted(set(days.values())) == list(range(1, 8)) and days["日"] == days["天"] == 7


def test_the_builtin_files_read_without_warnings():
    warnings: list[RuleWarning] = []
    cues = parse_future_cues(read_rule_text(BUILTIN_RULES_DIR / "future_cues.csv"), warnings)
    festivals = parse_festivals(read_rule_text(BUILTIN_RULES_DIR / "festivals.csv"), warnings)
    words = parse_date_words(read_rule_text(BUILTIN_RULES_DIR / "date_words_en.csv"), warnings)
    assert warnings == []
    assert {cue.side for cue in cues} <= set(FUTURE_CUE_SIDES) and FutureCue("before", "will", 5) in cues
    spring = next(festival for festival in festivals if "春节" in festival.names)
    assert (spring.lunar, spring.month, spring.day, spring.shift) == (True, 1, 1, 0)
    # The Super Bowl's day moved a week later in 2022: a row up to 2021, one from 2022, no year in both.
    bowls = sorted((f.first_year or 0, f.last_year or 9999) for f in festivals if "Super Bowl" in f.names)
    assert len(bowls) == 2 and bowls[0][1] == 2021 and bowls[1][0] == 2022
    for kind in ("month", "weekday"):
        numbers = sorted(number for k, number, _ in words if k == kind)
        assert numbers == list(range(1, DATE_WORD_KINDS[kind] + 1)), kind
    abbreviations = {word: number for kind, number, word in words if kind == "month_abbreviation"}
    assert abbreviations["Sept"] == abbreviations["Sep"] == 9 and "May" not in abbreviations


def test_a_festival_weekday_calendar_is_a_weekday_of_date_words_en(tmp_path, monkeypatch):
    """One list of weekday names: the festival file's weekday calendars are read from date_words_en.csv."""
    import lib.rules.dates as dates

    (tmp_path / "date_words_en.csv").write_text("kind,number,word\nweekday,4,Donnerstag\n", encoding="utf-8")
    monkeypatch.setattr(dates, "BUILTIN_RULES_DIR", tmp_path)
    dates.festival_weekdays.cache_clear()
    try:
        warnings: list[RuleWarning] = []
        festivals = parse_festivals(FESTIVAL_HEADER + "Thanksgiving,donnerstag,11,22,0\nX,thursday,11,22,0\n",
                                    warnings)
    finally:
        dates.festival_weekdays.cache_clear()
    assert festivals == [Festival(("Thanksgiving",), False, 11, 22, 0, 3)] and len(warnings) == 1


@pytest.mark.parametrize(("word", "number"), [
    ("monday", 0), ("tuesday", 1), ("wednesday", 2), ("thursday", 3), ("friday", 4), ("saturday", 5), ("sunday", 6)])
def test_every_weekday_of_the_rule_file_is_a_festival_calendar(word, number):
    warnings: list[RuleWarning] = []
    [festival] = parse_festivals(f"{FESTIVAL_HEADER}Some Day,{word},5,1,0\n", warnings)
    assert festival.weekday == number and warnings == []
