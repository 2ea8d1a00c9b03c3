"""Checking Corpus-page input: metadata edits, gazetteer and stopword additions, report tables."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lib.pipeline.corpus import build_corpus
from lib.read.metadata_csv import read_metadata_csv
from lib.rules import load_rules
from lib.schema import Doc
from lib.write.corpus_edits import (
    EDITABLE_COLUMNS,
    FROM_CSV,
    MESSAGE,
    clean_metadata_value,
    gazetteer_addition,
    metadata_changes,
    metadata_table,
    stopword_addition,
    validated_metadata_changes,
)

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture(scope="module")
def documents() -> pd.DataFrame:
    return build_corpus(SEEDS, cache_dir=None).documents


@pytest.fixture(scope="module")
def gazetteer():
    return load_rules().gazetteer


# --- metadata ----------------------------------------------------------------------------------


def test_metadata_table_shows_values_in_use_and_what_metadata_csv_sets(documents):
    rows, _ = read_metadata_csv(SEEDS)
    table = metadata_table(documents, rows)
    assert list(table.columns) == [Doc.FILE, *EDITABLE_COLUMNS, FROM_CSV]
    assert len(table) == 5 and table[Doc.FILE].is_monotonic_increasing
    row = table.set_index(Doc.FILE).loc["001_77454563ad206214.txt"]
    assert (row[Doc.SOURCE], row[Doc.PUBLISHED], row[Doc.LANGUAGE]) == ("Sina Technology", "2023-05", "en")
    assert row[FROM_CSV] == "source, author, published, language"
    assert table.set_index(Doc.FILE).loc["002_edb25278540afc68.txt", FROM_CSV] == "language"


def test_metadata_table_without_metadata_csv_or_documents(documents):
    assert set(metadata_table(documents, {})[FROM_CSV]) == {""}
    assert metadata_table(documents.iloc[:0], {}).empty


def test_metadata_changes_are_only_the_edited_cells(documents):
    table = metadata_table(documents, {})
    edited = table.copy()
    edited.loc[0, Doc.TITLE] = "  New title "
    edited.loc[1, Doc.URL] = None  # a cleared cell that was blank already
    edited.loc[2, Doc.PUBLISHED] = None
    assert metadata_changes(table, edited) == {
        table.loc[0, Doc.FILE]: {Doc.TITLE: "New title"},
        table.loc[2, Doc.FILE]: {Doc.PUBLISHED: ""},
    }
    assert metadata_changes(table, table.copy()) == {}


@pytest.mark.parametrize(("column", "value", "expected", "error"), [
    (Doc.PUBLISHED, "2024", "2024", ""),
    (Doc.PUBLISHED, " 2024-5 ", "2024-05", ""),
    (Doc.PUBLISHED, "2024-02-29", "2024-02-29", ""),
    (Doc.PUBLISHED, "2023-02-29", "2023-02-29", "YYYY"),
    (Doc.PUBLISHED, "2024-13", "2024-13", "YYYY"),
    (Doc.PUBLISHED, "16/01/2024", "16/01/2024", "YYYY"),
    (Doc.PUBLISHED, "1850-01", "1850-01", "between 1900 and 2100"),
    (Doc.URL, "https://36kr.com/p/1", "https://36kr.com/p/1", ""),
    (Doc.URL, "HTTP://Example.com", "HTTP://Example.com", ""),
    (Doc.URL, "javascript:alert(1)", "javascript:alert(1)", "http"),
    (Doc.URL, "ftp://example.com/a", "ftp://example.com/a", "http"),
    (Doc.URL, "https://", "https://", "http"),
    (Doc.URL, "https://exa mple.com", "https://exa mple.com", "http"),
    (Doc.URL, "http://[::1", "http://[::1", "http"),
    (Doc.LANGUAGE, "ZH", "zh", ""),
    (Doc.LANGUAGE, "mixed", "mixed", ""),
    (Doc.LANGUAGE, "fr", "fr", "en, zh, mixed"),
    (Doc.TITLE, "字节跳动发布豆包", "字节跳动发布豆包", ""),
    (Doc.TITLE, "two\nlines", "two\nlines", "one line"),
    (Doc.AUTHOR, "x" * 1001, "x" * 1001, "longer than"),
    (Doc.SOURCE, None, "", ""),
    (Doc.SOURCE, float("nan"), "", ""),
    (Doc.URL, "   ", "", ""),
])
def test_clean_metadata_value(column, value, expected, error):
    clean, problem = clean_metadata_value(column, value)
    assert clean == expected
    assert (error in problem) if error else problem == ""


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(EDITABLE_COLUMNS), st.text(max_size=200))
def test_clean_metadata_value_never_raises(column, value):
    clean, problem = clean_metadata_value(column, value)
    assert isinstance(clean, str) and isinstance(problem, str)
    if not problem:
        clean.encode("utf-8")  # whatever is accepted can be written


@settings(max_examples=200, deadline=None)
@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), st.sampled_from([4, 7, 10]))
def test_valid_iso_dates_are_accepted(day, length):
    value = day.isoformat()[:length]
    assert clean_metadata_value(Doc.PUBLISHED, value) == (value, "")


def test_invalid_rows_are_not_saved_and_each_bad_value_is_reported():
    valid, errors = validated_metadata_changes({
        "a.txt": {Doc.TITLE: "Fine", Doc.PUBLISHED: "2024-13", Doc.URL: "javascript:x"},
        "b.txt": {Doc.LANGUAGE: "ZH"},
        "c.txt": {Doc.PUBLISHED: ""},
    })
    assert valid == {"b.txt": {Doc.LANGUAGE: "zh"}, "c.txt": {Doc.PUBLISHED: "", "date_origin": ""}}
    assert list(errors[Doc.FILE]) == ["a.txt", "a.txt"]
    assert errors[MESSAGE].str.startswith(("published", "url")).all()


def test_metadata_table_at_10_000_documents_finds_exactly_the_changed_rows(documents):
    """Scale correctness; speed is measured by benchmarks/bench_scale.py, not asserted here."""
    big = pd.concat([documents] * 2_000, ignore_index=True)
    big[Doc.FILE] = [f"{n:05d}.txt" for n in range(len(big))]
    rows = {f"{n:05d}.txt": {Doc.SOURCE: "Reuters", Doc.PUBLISHED: "2024"} for n in range(0, len(big), 3)}
    table = metadata_table(big, rows)
    edited = table.copy()
    edited.loc[::100, Doc.TITLE] = "changed"
    changes = metadata_changes(table, edited)
    assert len(table) == 10_000 and len(changes) == 100


# --- gazetteer and stopwords -------------------------------------------------------------------


def test_a_new_company_with_english_and_chinese_aliases(gazetteer):
    addition = gazetteer_addition(" StepFun Test ", "company", "", "StepFun Test\n=SFT\n", "阶跃测试", gazetteer)
    assert addition.errors == ()
    assert addition.entry.entity == "StepFun Test" and addition.entry.company == "StepFun Test"
    assert addition.entry.aliases == ("StepFun Test", "=SFT", "阶跃测试")


def test_a_product_rolls_up_to_an_existing_company_by_its_canonical_name(gazetteer):
    addition = gazetteer_addition("Doubao Test", "product", "bytedance", "Doubao Test", "", gazetteer)
    assert addition.errors == () and addition.entry.company == "ByteDance"


def test_new_aliases_for_a_known_entity_keep_its_kind_and_skip_known_aliases(gazetteer):
    addition = gazetteer_addition("bytedance", "company", "", "ByteDance\nByte Dance Group", "", gazetteer)
    assert addition.errors == ()
    assert addition.entry.entity == "ByteDance" and addition.entry.aliases == ("Byte Dance Group",)
    assert addition.notes == ("ByteDance is already an alias of ByteDance",)


@pytest.mark.parametrize(("args", "error"), [
    (("", "company", "", "Foo Co", ""), "the name is empty"),
    (("#Foo", "company", "", "Foo Co", ""), "must not start with #"),
    (("Foo|Bar", "company", "", "Foo Co", ""), "without |"),
    (("Foo", "brand", "", "Foo Co", ""), "kind must be one of"),
    (("Foo", "company", "", "", ""), "at least one new alias"),
    (("Foo", "company", "", "Foo|Bar", ""), "without |"),
    (("Foo", "company", "", "F", ""), "too short"),
    (("Foo", "company", "", "福利", ""), "no English letters"),
    (("Foo", "company", "", "", "Foo"), "no Chinese letters"),
    (("Foo", "company", "", "Foo\x00Co", ""), "control characters"),
    (("Foo X", "product", "", "Foo X", ""), "needs the company"),
    (("Foo X", "person", "Nonexistent Corp", "Foo X", ""), "not in the gazetteer"),
    (("ByteDance", "product", "Tencent", "BD Test", ""), "already in the gazetteer as a company"),
    (("Tencent", "person", "ByteDance", "TX Test", ""), "is a company"),
])
def test_bad_gazetteer_additions_are_refused(gazetteer, args, error):
    addition = gazetteer_addition(*args, gazetteer)
    assert addition.entry is None
    assert any(error in message for message in addition.errors), addition.errors


@pytest.mark.parametrize("alias", ["阶跃星辰", "階躍星辰", "𠀾𠁀", "\U00030000\U00030001", "\ufa11\ufa12"],
                         ids=["simplified", "traditional", "extension-b", "extension-g", "compatibility"])
def test_a_chinese_alias_is_one_with_a_han_character_of_any_block(gazetteer, alias):
    addition = gazetteer_addition("StepFun Test", "company", "", "", alias, gazetteer)
    assert addition.errors == () and addition.entry.aliases == (alias,)


@pytest.mark.parametrize("alias", ["ステップ", "스텝펀", "Ｓｔｅｐ"], ids=["kana", "hangul", "full-width latin"])
def test_an_alias_without_a_han_character_is_not_chinese(gazetteer, alias):
    assert any("no Chinese letters" in message
               for message in gazetteer_addition("StepFun Test", "company", "", "", alias, gazetteer).errors)


def test_taking_over_an_alias_is_allowed_with_a_note(gazetteer):
    addition = gazetteer_addition("Tencent Test", "company", "", "Tencent", "", gazetteer)
    assert addition.entry is not None
    assert addition.notes == ("Tencent is also an alias of Tencent; this entry will take it over",)


def test_stopword_addition():
    words, messages = stopword_addition("Foo, the\nBAR、foo #x", "en", frozenset({"the"}))
    assert words == ["foo", "bar"]
    assert messages == ["the is already a stopword", "foo is already a stopword",
                        "'#x' skipped: it must not contain control characters or start with #"]
    assert stopword_addition("小编，记者", "zh", frozenset())[0] == ["小编", "记者"]

