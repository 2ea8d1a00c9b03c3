"""The rules: plain files in this folder that say what the pipeline looks for, and the code that loads them.

Each module sits beside the files it reads (``gazetteer.py`` reads ``gazetteer.csv``, ``dates.py``
the date readers' files …); ``load_rules`` gathers them into one ``Rules``. A corpus folder may
hold files of the names in ``EXTENSIBLE_FILES`` that extend the built-in ones. A malformed line is
reported as a warning naming the file and line, and skipped; it never stops the corpus from loading.
This package is the bottom layer: it imports nothing from ``lib`` but ``lib.schema``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from lib.rules.amounts import parse_amount_words, parse_comparison_words, parse_count_words, parse_quantity_words
from lib.rules.boilerplate import BoilerplateRule, parse_boilerplate
from lib.rules.cues import (
    parse_clause_cues,
    parse_dateline_cues,
    parse_figure_openings,
    parse_firm_lists,
    parse_news_portals,
    parse_platform_channels,
    parse_stated_year_cues,
    parse_triggers,
)
from lib.rules.dates import (
    Festival,
    FutureCue,
    parse_birth_words,
    parse_date_words,
    parse_day_words,
    parse_festival_cues,
    parse_festivals,
    parse_future_cues,
    parse_happening_counts_en,
    parse_number_words,
    parse_ordinal_days_en,
    parse_photo_words,
    parse_seasons,
    parse_weekday_words,
    parse_weeks_ago_words,
    parse_workday_of_month,
    parse_year_words,
)
from lib.rules.dates_zh import (
    CountedWord,
    parse_bare_day_neighbours,
    parse_chinese_date_words,
    parse_one_character_days,
    parse_recurring_weekday_zh,
    parse_relative_date_neighbours,
    parse_week_words_after_zh,
    parse_year_to_date_zh,
)
from lib.rules.fiscal_years import FiscalYear, parse_fiscal_years
from lib.rules.former_names import FormerName, parse_former_names
from lib.rules.gazetteer import GazetteerEntry, parse_gazetteer
from lib.rules.metadata import parse_byline_cues, parse_language_aliases, parse_numeric_date_orders
from lib.rules.money_words import parse_money_words
from lib.rules.results_periods import parse_results_periods
from lib.rules.rule_file import BUILTIN_RULES_DIR, RuleWarning, read_rule_text, rule_lines
from lib.rules.stock_codes import StockCode, StockCodeCue, parse_stock_code_cues, parse_stock_codes
from lib.rules.version import rules_version

# A folder's own file of one of these names extends the built-in one: its rows are read after the built-in
# rows (a money word given again takes the folder's value).
EXTENSIBLE_FILES = ("gazetteer.csv", "stopwords_en.txt", "stopwords_zh.txt", "phrases.txt", "money_words.csv",
                    "workday_of_month.csv")


@dataclass(frozen=True)
class Rules:
    gazetteer: tuple[GazetteerEntry, ...]
    stopwords_en: frozenset[str]
    stopwords_zh: frozenset[str]
    phrases: tuple[str, ...]
    boilerplate: tuple[BoilerplateRule, ...]
    triggers: tuple[tuple[str, str], ...]
    future_cues: tuple[FutureCue, ...]
    version: str  # lib.rules.version: changes with any rule file or the parsing code, never by hand
    clause_cues: tuple[tuple[str, str], ...] = field(default=())
    company_references: tuple[str, ...] = field(default=())
    dateline_cues: tuple[tuple[str, str], ...] = field(default=())
    warnings: tuple[RuleWarning, ...] = field(default=())
    festivals: tuple[Festival, ...] = ()
    date_words_en: tuple[tuple[str, int, str], ...] = ()  # (kind, number, word)
    date_words_zh: tuple[CountedWord, ...] = ()  # Chinese words counted from another date
    one_character_days: tuple[tuple[str, str], ...] = ()  # (kind, word) after 昨, 今, 明
    relative_date_neighbours_zh: tuple[tuple[str, str], ...] = ()  # (kind, word) next to 次日, 全年, 首日…
    bare_day_neighbours_zh: tuple[tuple[str, str], ...] = ()  # (kind, word) making "14日" a count of days
    ordinal_days_en: tuple[tuple[str, str], ...] = ()  # (kind, word) making "the 22nd" a day of month
    year_to_date_zh: tuple[tuple[str, str], ...] = ()  # (kind, word) making "前11月" the year so far
    amount_words: tuple[tuple[str, str], ...] = ()  # (kind, word) of amount_words.csv
    count_words: tuple[tuple[str, str], ...] = ()  # (kind, word) of count_words.csv
    quantity_words: tuple[tuple[str, str], ...] = ()  # (kind, word) of quantity_words.csv
    money_words: tuple[tuple[str, str, str], ...] = ()  # (kind, word, value) of money_words.csv: $, 美元, 亿
    comparison_words: tuple[tuple[str, str], ...] = ()  # (kind, word) of comparison_words.csv
    byline_cues: tuple[tuple[str, str], ...] = ()  # (kind, word) of byline_cues.csv
    language_aliases: tuple[tuple[str, str], ...] = ()  # (alias in lower case, language code)
    numeric_date_orders: tuple[tuple[str, str], ...] = ()  # (language code, day_first or month_first)
    not_dates: tuple[str, ...] = ()  # names holding a date word that are no date ("Black Friday")
    festival_marks: tuple[str, ...] = ()  # words that make a festival name of digits one ("618大促")
    festival_cues: tuple[tuple[str, str], ...] = ()  # (kind, word) right before a festival name: "for", "during"
    weekday_followers_zh: tuple[str, ...] = ()  # characters that may follow a bare weekday (周五)
    event_nouns_en: tuple[str, ...] = ()  # nouns ending a dated occasion's name after a month ("Apollo Day event")
    bare_month_leads_en: tuple[str, ...] = ()  # words before a month name alone making it a date ("in", "as early as")
    bare_month_determiners_en: tuple[str, ...] = ()  # before a month and a noun, making it a date ("its June update")
    bare_month_ahead_words_en: tuple[str, ...] = ()  # between those and the month ("its planned March listing")
    happening_days_en: tuple[str, ...] = ()  # a launch or listing whose day a sentence names by it ("launch day")
    weekday_counts_zh: tuple[str, ...] = ()  # characters that make a bare weekday a count (一周三次)
    recurring_weekday_zh: tuple[tuple[str, str], ...] = ()  # (kind, word) before a bare weekday: 每周三 is no day
    weekday_words: tuple[tuple[str, int, str], ...] = ()  # (kind, number, word): 周, 星期; 四 (4); last, 上 (0)
    week_words_after_zh: tuple[tuple[str, str], ...] = ()  # (kind, word) after 本周 taking its 一: 本周一定 is the week
    publication_day_en: tuple[str, ...] = ()  # phrases naming the publication day ("at press time")
    day_words_en: tuple[tuple[str, int, str], ...] = ()  # (kind, offset, words): days named from publication
    few_words_en: tuple[str, ...] = ()  # words for an unstated small count ("a few", "several"), lower case
    weeks_ago_words: tuple[tuple[str, str], ...] = ()  # (kind, word) of weeks_ago_words.csv: "a few", 几
    year_words: tuple[tuple[str, str], ...] = ()  # (kind, word) of year_words.csv: words naming a date's year
    workday_of_month: tuple[tuple[str, str], ...] = ()  # (kind, word): "the first workday of", 的最后一个交易日
    recurring_weekday_en: tuple[str, ...] = ()  # words making a weekday recur ("every Monday"), in lower case
    recurring_dates: tuple[str, ...] = ()  # words right before a date making it recur ("每年春节", "every year on")
    recurring_dates_after: tuple[str, ...] = ()  # words right after a date making it recur ("on May 10 each year")
    alias_dates: tuple[str, ...] = ()  # words right before a date making it a second name ("also known as", 又称)
    weekly_schedule_words: tuple[str, ...] = ()  # words closing a list of weekdays making it weekly ("和法定节假日")
    birth_words: tuple[tuple[str, str], ...] = ()  # (before|after, words) next to a date making it a birth ("出生于")
    photo_words: tuple[tuple[str, str], ...] = ()  # (before|after, words) next to a date making it a photo's ("摄于")
    model_code_verbs_en: tuple[str, ...] = ()  # words after "The 960" making the code a subject, lower case
    number_words_en: tuple[tuple[int, str], ...] = ()  # (count, word): "two", "a"
    firm_heads: tuple[tuple[str, ...], ...] = ()  # lines of business: words heading a firm's own name
    firm_lists: tuple[tuple[str, str], ...] = ()  # (kind, word): the separators and closing nouns of a list of firms
    platform_channels: tuple[tuple[str, str], ...] = ()  # (kind, word): a platform firm named as a post's channel
    news_portals: tuple[tuple[str, str], ...] = ()  # (kind, word): a news portal firm cited as a report's source
    figure_openings: tuple[tuple[str, str], ...] = ()  # (kind, word) before a report's figures: "Additionally,", 展望：
    not_names: tuple[str, ...] = ()  # words holding a firm's alias that name no firm (南京东路, 三星期)
    building_nouns: tuple[str, ...] = ()  # nouns making a bank's name before them a building's (大厦, Tower)
    short_name_tails: tuple[str, ...] = ()  # tails a later short reference leaves off a name (Group, .com)
    stated_year_cues: tuple[tuple[str, str], ...] = ()  # (kind, word) of stated_year_cues.csv
    seasons: tuple[tuple[str, str], ...] = ()  # (kind, word) of seasons.csv
    results_periods: tuple[tuple[str, str], ...] = ()  # (kind, word) of results_periods.csv
    happening_counts_en: tuple[tuple[str, str], ...] = ()  # (kind, word): "came" before "two days after"
    first_day_happenings_en: tuple[str, ...] = ()  # words telling a listing's day ("debuted"), lower case
    fiscal_years: tuple[FiscalYear, ...] = ()  # companies whose fiscal year is not the calendar year
    stock_codes: tuple[StockCode, ...] = ()  # listed companies' exchange codes (688795, 9988.HK, NASDAQ: BIDU)
    stock_code_cues: tuple[StockCodeCue, ...] = ()  # the words that tell a code (NASDAQ:, .HK, 股票代码)
    former_names: tuple[FormerName, ...] = ()  # products that were their company's own name until a day (Facebook)
    common_characters: tuple[str, ...] = ()  # news text's commonest characters, commonest first (automata's order)


def _lines(text: str, warnings: list[RuleWarning]) -> list[str]:
    return rule_lines(text)


def _lower_lines(text: str, warnings: list[RuleWarning]) -> list[str]:
    return [line.lower() for line in rule_lines(text)]


def _lower_phrases(text: str, warnings: list[RuleWarning]) -> list[str]:
    """Lines in lower case with single spaces, as ``_DEICTIC_DAYS`` of ``dates_en_relative`` looks them up."""
    return [" ".join(line.lower().split()) for line in rule_lines(text)]


def _word_lines(text: str, warnings: list[RuleWarning]) -> list[tuple[str, ...]]:
    return [tuple(line.split()) for line in rule_lines(text)]


def _characters(text: str, warnings: list[RuleWarning]) -> list[str]:
    """One character a line, written as itself or as ``U+XXXX`` (whitespace cannot be written plainly)."""
    chars = []
    for line in rule_lines(text):
        char = chr(int(line[2:], 16)) if re.fullmatch(r"U\+[0-9A-Fa-f]{4,6}", line) else line
        if len(char) == 1:
            chars.append(char)
        else:
            warnings.append(RuleWarning("lib/rules/common_characters.txt", 0, f"not one character: {line!r}"))
    return chars


def _language_aliases(text: str, warnings: list[RuleWarning]) -> Iterable[tuple[str, str]]:
    return parse_language_aliases(text, warnings).items()


def _numeric_date_orders(text: str, warnings: list[RuleWarning]) -> Iterable[tuple[str, str]]:
    return parse_numeric_date_orders(text, warnings).items()


# The fields of ``Rules`` that one built-in file fills: (field, file, its reader), in the order the
# files are read (and so their warnings reported). A new rule file is a row here and a field above.
_READ_FILES: tuple[tuple[str, str, Callable[[str, list[RuleWarning]], Iterable]], ...] = (
    ("boilerplate", "boilerplate.csv", parse_boilerplate),
    ("triggers", "event_triggers.csv", parse_triggers),
    ("future_cues", "future_cues.csv", parse_future_cues),
    ("festivals", "festivals.csv", parse_festivals),
    ("date_words_en", "date_words_en.csv", parse_date_words),
    ("number_words_en", "number_words_en.csv", parse_number_words),
    ("date_words_zh", "date_words_zh.csv", parse_chinese_date_words),
    ("one_character_days", "one_character_days.csv", parse_one_character_days),
    ("relative_date_neighbours_zh", "relative_date_neighbours_zh.csv", parse_relative_date_neighbours),
    ("bare_day_neighbours_zh", "bare_day_neighbours_zh.csv", parse_bare_day_neighbours),
    ("ordinal_days_en", "ordinal_days_en.csv", parse_ordinal_days_en),
    ("year_to_date_zh", "year_to_date_zh.csv", parse_year_to_date_zh),
    ("amount_words", "amount_words.csv", parse_amount_words),
    ("count_words", "count_words.csv", parse_count_words),
    ("quantity_words", "quantity_words.csv", parse_quantity_words),
    ("money_words", "money_words.csv", parse_money_words),
    ("comparison_words", "comparison_words.csv", parse_comparison_words),
    ("byline_cues", "byline_cues.csv", parse_byline_cues),
    ("language_aliases", "language_aliases.csv", _language_aliases),
    ("numeric_date_orders", "numeric_date_orders.csv", _numeric_date_orders),
    ("clause_cues", "clause_cues.csv", parse_clause_cues),
    ("company_references", "company_references.txt", _lines),
    ("dateline_cues", "datelines.csv", parse_dateline_cues),
    ("not_dates", "not_dates.txt", _lines),
    ("festival_marks", "festival_marks.txt", _lines),
    ("festival_cues", "festival_cues.csv", parse_festival_cues),
    ("weekday_followers_zh", "weekday_followers_zh.txt", _lines),
    ("event_nouns_en", "event_nouns_en.txt", _lines),
    ("bare_month_leads_en", "bare_month_leads_en.txt", _lower_phrases),
    ("bare_month_determiners_en", "bare_month_determiners_en.txt", _lower_phrases),
    ("bare_month_ahead_words_en", "bare_month_ahead_words_en.txt", _lower_phrases),
    ("happening_days_en", "happening_days_en.txt", _lower_lines),
    ("weekday_counts_zh", "weekday_counts_zh.txt", _lines),
    ("recurring_weekday_zh", "recurring_weekday_zh.csv", parse_recurring_weekday_zh),
    ("weekday_words", "weekday_words.csv", parse_weekday_words),
    ("week_words_after_zh", "week_words_after_zh.csv", parse_week_words_after_zh),
    ("publication_day_en", "publication_day_en.txt", _lower_phrases),
    ("day_words_en", "day_words_en.csv", parse_day_words),
    ("few_words_en", "few_words_en.txt", _lower_phrases),
    ("weeks_ago_words", "weeks_ago_words.csv", parse_weeks_ago_words),
    ("year_words", "year_words.csv", parse_year_words),
    ("workday_of_month", "workday_of_month.csv", parse_workday_of_month),
    ("recurring_weekday_en", "recurring_weekday_en.txt", _lower_lines),
    ("recurring_dates", "recurring_dates.txt", _lower_phrases),
    ("recurring_dates_after", "recurring_dates_after.txt", _lower_phrases),
    ("alias_dates", "alias_dates.txt", _lower_phrases),
    ("weekly_schedule_words", "weekly_schedule_words.txt", _lower_phrases),
    ("birth_words", "birth_words.csv", parse_birth_words),
    ("photo_words", "photo_words.csv", parse_photo_words),
    ("model_code_verbs_en", "model_code_verbs_en.txt", _lower_lines),
    ("firm_heads", "firm_heads.txt", _word_lines),
    ("firm_lists", "firm_lists.csv", parse_firm_lists),
    ("platform_channels", "platform_channels.csv", parse_platform_channels),
    ("news_portals", "news_portals.csv", parse_news_portals),
    ("figure_openings", "figure_openings.csv", parse_figure_openings),
    ("not_names", "not_names.txt", _lines),
    ("building_nouns", "building_nouns.txt", _lines),
    ("short_name_tails", "short_name_tails.txt", _lines),
    ("stated_year_cues", "stated_year_cues.csv", parse_stated_year_cues),
    ("seasons", "seasons.csv", parse_seasons),
    ("results_periods", "results_periods.csv", parse_results_periods),
    ("happening_counts_en", "happening_counts_en.csv", parse_happening_counts_en),
    ("first_day_happenings_en", "first_day_happenings_en.txt", _lower_phrases),
    ("fiscal_years", "fiscal_years.csv", parse_fiscal_years),
    ("stock_codes", "stock_codes.csv", parse_stock_codes),
    ("stock_code_cues", "stock_code_cues.csv", parse_stock_code_cues),
    ("former_names", "former_names.csv", parse_former_names),
    ("common_characters", "common_characters.txt", _characters),
)


def load_rules(corpus_dir: str | Path | None = None) -> Rules:
    """The built-in rules, extended by any rule files found in ``corpus_dir``."""
    texts = {name: read_rule_text(BUILTIN_RULES_DIR / name) for name in _rule_file_names()}
    extensions = {}
    if corpus_dir is not None:
        for name in EXTENSIBLE_FILES:
            path = Path(corpus_dir) / name
            if path.is_file() and not path.is_symlink():
                extensions[name] = read_rule_text(path)
    warnings: list[RuleWarning] = []

    def words(name: str) -> list[str]:
        return rule_lines(texts[name]) + rule_lines(extensions.get(name, ""))

    stopwords_en = frozenset(word.lower() for word in words("stopwords_en.txt"))
    stopwords_zh = frozenset(words("stopwords_zh.txt"))
    gazetteer = parse_gazetteer(texts["gazetteer.csv"], "lib/rules/gazetteer.csv", warnings)
    if "gazetteer.csv" in extensions:
        # A hand-edited file gets the checks of the Corpus page's form (the built-in list is curated).
        gazetteer += parse_gazetteer(extensions["gazetteer.csv"], "gazetteer.csv", warnings,
                                     checked_against=stopwords_en | stopwords_zh)

    read = {name: tuple(read_file(texts[file], warnings)) + _extension_rows(extensions.get(file), file, read_file,
                                                                          warnings)
            for name, file, read_file in _READ_FILES}
    return Rules(
        gazetteer=tuple(gazetteer),
        stopwords_en=stopwords_en,
        stopwords_zh=stopwords_zh,
        phrases=tuple(words("phrases.txt")),
        version=rules_version(BUILTIN_RULES_DIR, extensions),
        **read,
        warnings=tuple(warnings),
    )


def _extension_rows(text: str | None, file: str, read_file: Callable[[str, list[RuleWarning]], Iterable],
                    warnings: list[RuleWarning]) -> tuple:
    """The rows of a corpus folder's own ``file`` (none without one); its warnings name that file."""
    if text is None:
        return ()
    own: list[RuleWarning] = []
    rows = tuple(read_file(text, own))
    warnings += [replace(warning, source=file) for warning in own]
    return rows


@lru_cache(maxsize=1)
def builtin_rules() -> Rules:
    """The rules of ``lib/rules/`` alone, loaded once: the readers built at import (English dates,
    festivals, datelines) take their words from here, so each file has one reading."""
    return load_rules()


def _rule_file_names() -> tuple[str, ...]:
    return EXTENSIBLE_FILES + tuple(file for _, file, _ in _READ_FILES)
