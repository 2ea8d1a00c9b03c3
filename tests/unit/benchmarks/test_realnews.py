"""The real-news evaluation set is what issue 9 asks for, and every annotation points at its text."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace

import pytest

from benchmarks.realnews import annotation_problems, load_excerpts, split_of

EXCERPTS = load_excerpts()


def test_the_set_has_the_size_and_spread_asked_for():
    languages = Counter(e.language for e in EXCERPTS)
    assert len(EXCERPTS) >= 40
    assert languages["zh-Hans"] + languages["zh-Hant"] >= 15
    assert languages["zh-Hant"] >= 5
    years = {int(e.published[:4]) for e in EXCERPTS}
    assert min(years) <= 2020 and max(years) >= 2025
    assert len({e.outlet for e in EXCERPTS}) >= 15
    assert Counter(e.split for e in EXCERPTS)["B"] >= 18


@pytest.mark.parametrize("excerpt", EXCERPTS, ids=[e.id for e in EXCERPTS])
def test_annotation_is_well_formed(excerpt):
    assert annotation_problems(excerpt) == []


@pytest.mark.parametrize(("excerpt_id", "split"), [
    ("en01", "A"), ("zs02", "B"), ("zt99", "A"), ("en100", "B"),
    ("en101", "C"), ("zt199", "C"), ("zs201", "D"), ("en250", "D"), ("zt299", "D"), ("en301", "E"),
    ("zs401", "F"), ("zt499", "F"), ("en501", "G"), ("zt699", "H"), ("en701", "I"), ("zs899", "J"), ("zt901", "K"),
    ("en1001", "L"), ("zs1099", "L"), ("zt1101", "M"), ("en1201", "N"), ("zs1299", "N"),
    ("zt1301", "O"), ("en1399", "O"), ("zs1401", "P"), ("en1499", "P"), ("zt1501", "Q"), ("en1599", "Q"),
    ("zs1601", "R"), ("en1699", "R"), ("zt1701", "S"), ("en1799", "S"),
    ("en1801", "T"), ("zs1899", "T"), ("zt1901", "U"), ("en1999", "U"), ("zs2001", "V"), ("en2099", "V"),
    ("zt2101", "W"), ("en2199", "W"), ("zs2201", "X"), ("en2299", "X"),
    ("zt2301", "Y"), ("en2399", "Y"), ("zs2401", "Z"), ("en2499", "Z"),
    ("zt2501", "AA"), ("en2599", "AA"), ("zs2601", "AB"), ("en2699", "AB"),
    ("zt2701", "AC"), ("en2799", "AC"), ("zs2801", "AD"), ("en2899", "AD"),
    ("zt2901", "AE"), ("en2999", "AE"), ("zs3001", "AF"), ("en3099", "AF"), ("zt3101", "AG"), ("en3199", "AG"),
    ("zt3201", "AH"), ("en3299", "AH"), ("zs3301", "AI"), ("en3399", "AI"), ("zt3401", "AJ"), ("en3499", "AJ"),
    ("zs3501", "AK"), ("en3599", "AK"),
])
def test_the_split_follows_from_the_number(excerpt_id, split):
    assert split_of(excerpt_id) == split


@pytest.mark.parametrize(("excerpt_id", "known"), [
    ("en01", True), ("zt100", True), ("zs1999", True), ("en2299", True), ("en2399", True), ("en2499", True),
    ("en2501", True), ("zt2599", True), ("zs2601", True), ("en2699", True),
    ("zt2701", True), ("en2799", True), ("zs2801", True), ("en2899", True),
    ("zt2901", True), ("en2999", True), ("zs3001", True), ("en3099", True), ("zt3101", True), ("en3199", True),
    ("zt3201", True), ("en3299", True), ("zs3301", True), ("en3399", True), ("zt3401", True), ("en3499", True),
    ("zs3501", True), ("en3699", True), ("zs3701", True), ("en3799", True), ("zs3801", True), ("en3899", True),
    ("zs3901", True), ("en3999", True), ("zs4001", True), ("en4099", True), ("zs4101", True), ("en4199", True),
    ("en4200", False),
    ("zs9901", False),
    ("en1", False), ("fr01", False), ("en01a", False),
])
def test_an_id_is_known_up_to_the_last_split_opened(excerpt_id, known):
    excerpt = next(e for e in EXCERPTS if e.id == "en01")
    problems = annotation_problems(replace(excerpt, id=excerpt_id))
    assert any("is not en01/zs01/zt01-like" in p for p in problems) is not known

