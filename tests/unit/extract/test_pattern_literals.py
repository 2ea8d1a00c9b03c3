"""pattern_literals: the words a pattern needs, and that gating the date readers on them drops no reading."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from benchmarks.realnews import load_excerpts
from benchmarks.synthetic_corpus import write_corpus
from lib.extract import dates, dates_candidate_reader, dates_results_period
from lib.extract.dates_candidate_reader import ReaderGroup, ascii_digits
from lib.extract.pattern_literals import BranchGate, NeededWords, WordGate, case_folded, needed_words, needs_a_digit
from lib.first_characters import with_first_character_lookahead
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.mark.parametrize(("pattern", "cased", "uncased"), [
    (re.compile(r"(?:(?<=\b[Ii]n )|(?<=\b[Dd]uring ))(?i:this\s+quarter)\b", re.ASCII), set(), {"quarter"}),
    (re.compile(r"\b(?P<month>January|February)\s+(?P<day>[0-9]{1,2})"), {"January", "February"}, set()),
    (re.compile(r"(?<![0-9.])(?P<year>(?:19|20)[0-9]{2})\s*年"), {"19", "20"}, set()),
    (re.compile(r"民国\s*(?P<roc>[0-9]{2,3})\s*年"), {"民国"}, set()),
    (re.compile(r"(?i)the\s+reporting\s+period", re.ASCII), set(), {"reporting"}),
    (re.compile(r"(?:first|second)\s+half"), {"first", "second"}, set()),  # the longer words
])
def test_needed_words(pattern, cased, uncased):
    assert needed_words(pattern) == NeededWords(frozenset(cased), frozenset(uncased))


@pytest.mark.parametrize("pattern", [
    re.compile(r"(?:the\s+)?[0-9]{1,2}(?:st|nd|rd|th)?"),  # nothing but optional words and classes
    re.compile(r"(?!during )[A-Z][a-z]+"),  # a negative lookahead's words need not be there
    re.compile(r"(?i:since)\s+[0-9]+"),  # case-blind "s" also matches "ſ", which lower() keeps
    re.compile(r"(?P<q>Q)?(?(q)[1-4]|H)"),  # a conditional group
    re.compile(r"(?:during|[0-9])\s+w"),  # a branch of a class demands nothing; "w" is too short to be worth it
])
def test_needed_words_demands_nothing_uncertain(pattern):
    assert needed_words(pattern) is None


@pytest.mark.parametrize(("pattern", "text"), [
    (re.compile(r"(?i:(?:early|late)\s+)?(?:last|next)\s+week"), "Baidu said LATE last week"),
    (re.compile(r"(?i:the\s+first\s+half)", re.ASCII), "revenue in THE FIRST HALF"),
    (re.compile(r"(?<=于)\s*(?P<day>[0-9]{1,2})\s*号"), "发布会于 9 号举行"),
])
def test_a_matched_text_holds_a_needed_word(pattern, text):
    assert pattern.search(text) and needed_words(pattern).held_by(text)


@pytest.mark.parametrize(("text", "held"), [
    ("Revenue for THIS QUARTER rose", True),
    ("Revenue for the period rose", False),
])
def test_held_by_reads_case_blind_words_lower_cased(text, held):
    assert NeededWords(uncased=frozenset({"quarter"})).held_by(text) is held


def _sentences() -> list[str]:
    texts = [f"{e.title}\n{e.text}" for e in load_excerpts()]
    texts += [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return [ascii_digits(simplified[start:end]) for simplified in map(to_simplified, texts)
            for start, end in split_sentences(simplified)]


def test_gating_on_needed_words_drops_no_reading(tmp_path, monkeypatch):
    """Every sentence of the real-news set, the seeds and a generated corpus: the date readers read
    the same candidates, in the same order, with and without the patterns' needed words and digits."""
    write_corpus(tmp_path / "corpus", 60)
    files = sorted((tmp_path / "corpus").rglob("*.txt"))
    generated = [to_simplified(path.read_text(encoding="utf-8")) for path in files]
    sentences = _sentences() + [ascii_digits(text[start:end]) for text in generated
                                for start, end in split_sentences(text)]
    monkeypatch.setattr(dates_candidate_reader, "needed_words", lambda pattern: None)
    monkeypatch.setattr(dates_candidate_reader, "needs_a_digit", lambda pattern: False)
    ungated = ReaderGroup(dates._READERS.readers)
    assert len(sentences) > 5_000
    assert [text for text in sentences if dates._READERS(text) != ungated(text)] == []


@pytest.mark.parametrize(("text", "folded"), [
    ("Interim RESULTS", "interim results"),
    ("İnterim reſults", "interim results"),  # characters a case-blind "i" and "s" match
    ("ıNTERIM", "interim"),
    ("半年报", "半年报"),
])
def test_case_folded(text, folded):
    assert case_folded(text) == folded


def test_case_folded_is_translating_every_character_then_lower_casing():
    """Translating only a text that holds ſ, ı or İ gives what translating every text gives, for each character."""
    every = str.maketrans({"ſ": "s", "ı": "i", "İ": "i"})
    texts = [f"a{chr(code)}B" for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    assert [text for text in texts if case_folded(text) != text.translate(every).lower()] == []


_HALF_REPORT = re.compile(r"(?i:半年报|中期业绩|interim\s+results|half\-year\s+report)")


@pytest.mark.parametrize(("text", "may"), [
    ("Alibaba's interim results beat estimates.", True),
    ("Tencent's INTERIM RESULTS, released on Wednesday", True),
    ("寒武纪发布上市后的首份半年报。", True),
    ("Alibaba's quarterly results beat estimates.", False),
    ("腾讯发布第三季度财报。", False),
])
def test_word_gate(text, may):
    assert WordGate(_HALF_REPORT).may_match(text) is may
    assert may or _HALF_REPORT.search(text) is None


def test_word_gate_lets_every_matching_sentence_through():
    """Every sentence of the real-news set and the seeds that a case-blind pattern of rule words matches
    gets through its gate."""
    gate = WordGate(dates_results_period._HALF_REPORT)
    assert [text for text in _sentences()
            if dates_results_period._HALF_REPORT.search(text) and not gate.may_match(text)] == []
    assert WordGate(re.compile(r"(?:the\s+)?[0-9]+")).may_match("nothing needed")


@pytest.mark.parametrize(("pattern", "needs"), [
    (r"[0-9]", True),
    (r"['’‘][0-9]{2}|[0-9][HQ][0-9]{2}|Q[1-4]\s*['’‘]?[0-9]{2}|FY\s*['’‘]?[0-9]{2}|[12]H\s", True),
    (r"(?:19|20)[0-9]{2}\s*(?:[上下]半年|[HhQq][1-4]|第)", True),
    (r"(?<![0-9])x", False),  # a negative lookbehind demands nothing
    (r"(?<=[0-9] )x", True),  # a positive one's characters are in the text
    (r"(?:Q[1-4])?FY", False),  # an optional part demands nothing
    (r"Jan|Feb|[0-9]", False),  # every branch must
    (r"\d", False),  # \d takes every Unicode digit, not only 0-9
    (r"[0-9a]", False),
    (r"[^a-z]", False),
])
def test_needs_a_digit(pattern, needs):
    assert needs_a_digit(re.compile(pattern)) is needs


@pytest.mark.parametrize(("pattern", "text"), [
    (r"['’‘][0-9]{2}|[0-9][HQ][0-9]{2}|Q[1-4]\s*['’‘]?[0-9]{2}|FY\s*['’‘]?[0-9]{2}|[12]H\s", "in FY'25"),
    (r"(?<=[0-9] )x", "1 x"),
])
def test_a_text_a_digit_needing_pattern_matches_holds_a_digit(pattern, text):
    assert re.compile(pattern).search(text) and re.search("[0-9]", text)


# Branches as a list of words names them: each opening on a lookbehind, case-blind (``other_names.NotNames``).
_WORD_BRANCHES = [r"(?<![A-Za-z0-9])Digital\s+China\s+strategy(?![A-Za-z0-9])",
                  r"(?<![A-Za-z0-9])land\s+grab(?![A-Za-z0-9])", r"(?<![A-Za-z0-9])grab\s+bag(?![A-Za-z0-9])",
                  "南京东", "三星期", "三星期", r"[0-9]+(?:\.[0-9]+)?%"]


@pytest.mark.parametrize(("text", "kept"), [
    ("Beijing set out its DIGITAL CHINA STRATEGY on Monday.", [0, 6]),
    ("Critics called the acquisition a land grab.", [1, 2, 6]),  # "grab" lets "grab bag" run, finding nothing
    ("The deal was a grab bag of assets.", [2, 6]),
    ("Its flagship store on 南京东路 opened in 2019.", [3, 6]),
    ("时隔三星期，该公司仍未获得出口许可。", [4, 5, 6]),
    ("時隔三星期，該公司仍未獲得出口許可。", [4, 5, 6]),  # traditional: 時隔 is no word of a branch
    ("Shares of the chipmaker fell 3.5%.", [6]),  # a branch needing no word is always kept
])
def test_branch_gate_keeps_the_branches_whose_words_a_text_holds(text, kept):
    gate = BranchGate(_WORD_BRANCHES, re.IGNORECASE)
    cut = gate.pattern(text)
    kept_branches = re.compile("|".join(f"(?:{_WORD_BRANCHES[i]})" for i in kept), re.IGNORECASE)
    assert cut.pattern == with_first_character_lookahead(kept_branches).pattern
    assert [m.span() for m in cut.finditer(text)] == [m.span() for m in gate.whole.finditer(text)]


@pytest.mark.parametrize("text", ["Shares of the chipmaker fell.", "股价下跌。", "股價下跌。"])
def test_branch_gate_without_a_word_of_any_branch_is_no_pattern(text):
    assert BranchGate(_WORD_BRANCHES[:5], re.IGNORECASE).pattern(text) is None
