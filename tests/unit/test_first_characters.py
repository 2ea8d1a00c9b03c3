from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.realnews import load_excerpts
from benchmarks.synthetic_corpus import write_corpus
from lib.extract import dates, dates_candidate_reader, pattern_literals
from lib.extract.dates_candidate_reader import ReaderGroup, ascii_digits
from lib.extract.dates_fiscal import _NAMES_A_FISCAL_YEAR
from lib.extract.other_names import NotNames
from lib.first_characters import first_characters, with_first_character_lookahead
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.rules import builtin_rules

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.mark.parametrize(("pattern", "cased", "blind"), [
    (r"(?<![A-Za-z])(?:said|told)", "st", ""),
    (r"\b(?i:fiscal)\s+year|\bFY[0-9]{2}", "F", "f"),
    (r"(?<!理)[财財](?:年|季)|[会會]计年度", "财財会會", ""),
    (r"(?<=\b[Ii]n )(?:early|late)?\s*(?:May|June)", "", None),  # "\s*" may open the match on any space
    (r"(?:early\s+|late\s+)?(?:May|June)", "elMJ", ""),  # an optional opening adds the next part's characters
    (r"(?i:Q)[1-4]", "", "Q"),  # looked for case-blind, as written
    (r"[0-9]{4}年", "0123456789", ""),
    (r"(?P<own>第[一二三四]季度)", "第", ""),
])
def test_first_characters(pattern, cased, blind):
    found = first_characters(re.compile(pattern))
    if blind is None:
        assert found is None
    else:
        assert found == (frozenset(cased), frozenset(blind))


@pytest.mark.parametrize("pattern", [
    r"\w+ quarter",  # a wide class
    r"[^。]+年",  # a negated set
    r".季度",
    r"(?:last\s+)?",  # may match empty
    r"[一-鿿]+年",  # a range too wide to list
])
def test_first_characters_unknown(pattern):
    assert first_characters(re.compile(pattern)) is None


@pytest.mark.parametrize("pattern", [
    "said|told|上周",  # the engine already skips ahead on an alternation of characters
    "[0-9]月",
    r"\w+",
])
def test_left_as_it_is(pattern):
    compiled = re.compile(pattern)
    assert with_first_character_lookahead(compiled) is compiled


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?<![A-Za-z])(?i:said|told)(?P<rest>\s+\w+)", "Xiaomi SAID on Monday; it told reporters"),
    (r"\b(?i:fiscal)\s+year|\bFY[0-9]{2}", "In fiscal year 2026 (FY26), and Fiscal Year 2027"),
    (r"(?<!理)[财財](?:年|季)|[会會]计年度", "2025财年第一财季，理财年化，2024會計年度"),
    (r"(?<![0-9])(?P<year>20[0-9]{2})\s*年", "公司於2024年及 2025 年公布"),
    ("(?x) said  # a verbose pattern's comment", "she said"),
    (r"(?i)\b(?:image|photo)\s+credits?\s*[:：]", "Photo credit: Reuters; IMAGE CREDITS："),  # after the inline flags
])
def test_same_matches_with_the_lookahead(pattern, text):
    compiled = re.compile(pattern)
    wrapped = with_first_character_lookahead(compiled)
    assert wrapped.pattern != pattern or pattern.startswith("(?x)")
    assert [(m.span(), m.groupdict()) for m in wrapped.finditer(text)] == [
        (m.span(), m.groupdict()) for m in compiled.finditer(text)]
    assert [m.span() for m in wrapped.finditer(text)]


def _texts() -> list[str]:
    texts = [f"{e.title}\n{e.text}" for e in load_excerpts()]
    return texts + [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]


def test_date_readers_read_the_same_with_the_lookaheads(tmp_path, monkeypatch):
    """Every sentence of the real-news set, the seeds and a generated corpus: the date readers read the same
    candidates, in the same order, with their patterns as written."""
    write_corpus(tmp_path / "corpus", 60)
    generated = [path.read_text(encoding="utf-8") for path in sorted((tmp_path / "corpus").rglob("*.txt"))]
    sentences = [ascii_digits(simplified[start:end]) for simplified in map(to_simplified, _texts() + generated)
                 for start, end in split_sentences(simplified)]
    monkeypatch.setattr(dates_candidate_reader, "with_first_character_lookahead", lambda pattern: pattern)
    as_written = ReaderGroup(dates._READERS.readers)
    assert len(sentences) > 5_000
    assert [text for text in sentences if dates._READERS(text) != as_written(text)] == []


def test_whole_texts_match_the_same_with_the_lookaheads(monkeypatch):
    """The not-names alternation and the fiscal-year words over every real-news text and seed."""
    texts = [to_simplified(text) for text in _texts()]
    not_names = NotNames(builtin_rules().not_names)
    found = [not_names.spans(text) for text in texts]
    monkeypatch.setattr(pattern_literals, "with_first_character_lookahead", lambda pattern: pattern)
    assert [NotNames(builtin_rules().not_names).spans(text) for text in texts] == found
    assert any(found)
    as_written = re.compile(_NAMES_A_FISCAL_YEAR.pattern.split(")", 2)[2][3:-1])
    assert _NAMES_A_FISCAL_YEAR.pattern != as_written.pattern
    assert [[m.span() for m in _NAMES_A_FISCAL_YEAR.finditer(text)] for text in texts] == [
        [m.span() for m in as_written.finditer(text)] for text in texts]
