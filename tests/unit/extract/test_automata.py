"""``news_automaton`` finds what a plain automaton of the same words finds, in the same order."""

from __future__ import annotations

import ahocorasick
import pytest

from lib.extract.automata import DEAD_END, news_automaton
from lib.extract.gazetteer import _fold
from lib.rules import builtin_rules


def _plain(pairs):
    automaton = ahocorasick.Automaton()
    for word, value in pairs:
        automaton.add_word(word, value)
    automaton.make_automaton()
    return automaton


def _hits(automaton, text, nothing):
    return [(end, value) for end, value in automaton.iter(text) if value != nothing]


WORDS = ["he", "she", "his", "hers", "said", "腾讯", "腾讯云", "讯", "云计算", "騰訊", "q1", "1月", "x"]
TEXTS = [
    "She said his hers; he said 'ushers'.",
    "腾讯云计算业务收入增长，騰訊表示将继续投入。",
    "Q1 results: q1 revenue rose in 1月 and x-ray sales fell.",
    "",
    f"the {DEAD_END} and 的{DEAD_END}腾讯",  # a text holding a dead end finds only ``nothing`` more
]


@pytest.mark.parametrize("text", TEXTS)
def test_same_hits_as_a_plain_automaton(text):
    pairs = [(word, (len(word), word)) for word in WORDS]
    assert _hits(news_automaton(pairs, nothing=()), text, ()) == list(_plain(pairs).iter(text))


def test_the_gazetteers_aliases_find_the_same_in_seed_articles():
    from pathlib import Path
    aliases = {_fold(alias.lstrip('=~"').strip('"')) for entry in builtin_rules().gazetteer for alias in entry.aliases}
    pairs = [(alias, alias) for alias in sorted(aliases) if alias]
    fast, plain = news_automaton(pairs, nothing=""), _plain(pairs)
    seeds = sorted((Path(__file__).resolve().parents[3] / "seeds").glob("*.txt"))
    assert seeds
    for path in seeds:
        text = _fold(path.read_text(encoding="utf-8"))
        assert _hits(fast, text, "") == list(plain.iter(text))


def test_a_repeated_word_keeps_its_last_value_and_no_words_give_none():
    assert news_automaton([("ab", 1), ("ab", 2)], nothing=0).get("ab") == 2
    assert news_automaton([], nothing=()) is None


def test_common_characters_lead_the_roots_children_only_where_that_pays():
    # A small automaton's root stays small: a dead end per common character would make every
    # character no word starts with dearer, not cheaper.
    small = news_automaton([("zq", 1)], nothing=0)
    assert len(small) <= 2
    large = news_automaton([(chr(0x4E00 + i) + "x", i) for i in range(300)], nothing=-1)
    assert f" {DEAD_END}" in large  # the space, commonest of all, gets its dead end


def test_the_common_characters_file_reads_whitespace_written_as_code_points():
    chars = builtin_rules().common_characters
    assert chars[0] == " " and "\n" in chars and "的" in chars
    assert len(set(chars)) == len(chars) and all(len(char) == 1 for char in chars)
