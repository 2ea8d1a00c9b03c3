"""dates_candidate_reader on its own: cue tables, and readers that run a pattern only when its cues are present."""

from __future__ import annotations

import re

import pytest

from lib.extract.dates_candidate_reader import CandidateReader, CueTable, ReaderGroup
from lib.extract.dates_spec import Candidate, InYear, day_part, month_part

_CUES = CueTable(cased=(("month", "March"),), uncased=(("year", "fy"),),
                 patterns=(("digit", re.compile(r"[0-9]")),), requires=re.compile(r"[0-9A-Za-z]"))


@pytest.mark.parametrize(("text", "present"), [
    ("Alibaba reported FY2024 revenue in March.", {"month", "year", "digit"}),
    ("alibaba reported fy revenue in march.", {"year"}),
    ("Tencent opened 3 offices.", {"digit"}),
    ("腾讯三月开设办公室。", set()),
])
def test_cue_table_present(text, present):
    assert ReaderGroup([CandidateReader([], _CUES)]).present(text) == {(0, cue) for cue in present}


def test_cue_table_finds_overlapping_words():
    cues = CueTable(cased=(("half", "半年"), ("year", "年"), ("later", "年后"), ("week", "周")))
    assert ReaderGroup([CandidateReader([], cues)]).present("半年后上市") == {(0, "half"), (0, "year"), (0, "later")}


def test_reader_group_tells_each_reader_its_own_cues():
    english = CueTable(cased=(("month", "March"),), patterns=(("digit", re.compile(r"[0-9]")),),
                       requires=re.compile(r"[0-9A-Za-z]"))
    chinese = CueTable(cased=(("month", "月"),), patterns=(("digit", re.compile(r"[0-9]")),),
                       requires=re.compile(r"[\u4e00-\u9fff]"))
    group = ReaderGroup([CandidateReader([], english), CandidateReader([], chinese)])
    assert group.present("March 3") == {(0, "month"), (0, "digit")}
    assert group.present("3月") == {(0, "digit"), (1, "month"), (1, "digit")}
    assert group.present("Q3") == {(0, "digit")}  # no Chinese character: no cue of the Chinese table


def test_cue_table_refuses_a_word_without_the_required_character():
    with pytest.raises(ValueError):
        CueTable(cased=(("month", "三月"),), requires=re.compile(r"[A-Za-z]"))


def _march(match, text):
    return InYear(month_part(3)) if "no" not in text else None


_READER = CandidateReader([
    (re.compile(r"March"), _march, ("month",)),
    (re.compile(r"March (?P<own>[0-9]+)"), lambda match, text: InYear(day_part(3, int(match["own"]))),
     ("month", "digit")),
], CueTable(cased=(("month", "March"),), patterns=(("digit", re.compile(r"[0-9]")),)))


@pytest.mark.parametrize(("text", "candidates"), [
    ("Baidu cut prices in March.", [Candidate(20, 25, InYear(month_part(3)))]),
    ("Baidu cut prices on March 5.", [Candidate(20, 25, InYear(month_part(3))),
                                      Candidate(26, 27, InYear(day_part(3, 5)))]),
    ("Baidu cut prices in March, no more.", []),  # the builder declined
    ("Baidu cut prices in May.", []),
])
def test_candidate_reader(text, candidates):
    assert _READER(text) == candidates


_ALWAYS = CandidateReader([(re.compile(r"[0-9]+"), _march, ())], CueTable())


@pytest.mark.parametrize(("readers", "text", "reads"), [
    ([_READER], "Baidu cut prices in March.", True),  # a cased word
    ([_READER], "Baidu cut prices in march.", False),  # cased words are matched as written
    ([_READER], "Baidu cut prices.", False),
    ([_READER, _ALWAYS], "Baidu cut 5 prices.", True),  # a pattern that needs no cue runs on every text
])
def test_reader_group_runs_patterns_only_on_their_cues(readers, text, reads):
    assert bool(ReaderGroup(readers)(text)) is reads


def test_reader_group_reads_what_every_pattern_run_everywhere_reads(seed_texts):
    """The cue tests only skip patterns that could not match: the oracle runs every pattern on every line."""
    from lib.extract import dates_en, dates_en_chains, dates_en_relative, dates_zh, dates_zh_relative

    readers = [dates_en.READER, dates_en_relative.READER, dates_en_chains.READER, dates_zh.READER,
               dates_zh_relative.READER]
    group = ReaderGroup(readers)
    lines = [line for text in seed_texts.values() for line in text.splitlines() if line.strip()]
    for line in lines:
        everywhere = [
            Candidate(*(match.span("own") if "own" in pattern.groupindex else match.span()), spec)
            for reader in readers for pattern, build, _ in reader.patterns
            for match in pattern.finditer(line) if (spec := build(match, line)) is not None]
        assert group(line) == everywhere, line


def test_reader_group_runs_the_patterns_every_present_cue_allows(seed_texts):
    """The patterns filed by one cue each: for every set of cues the seeds give, the same patterns, in the same order,
    as testing every pattern's needs (the straightforward way)."""
    from lib.extract.dates import _READERS as group

    def straightforward(present):
        return tuple((searched, build, "own" in pattern.groupindex)
                     for i, reader in enumerate(group.readers)
                     for (pattern, build, _), searched, needs in zip(reader.patterns, group._searched[i],
                                                                      group._needs[i], strict=True)
                     if {cue for index, cue in present if index == i}.issuperset(needs))

    lines = [line for text in seed_texts.values() for line in text.splitlines() if line.strip()]
    sets = {group.present(line) for line in lines} | {frozenset()}
    every_cue = frozenset(key for present in sets for key in present)
    for present in [*sets, every_cue]:
        assert group._runnable_with(present) == straightforward(present)
