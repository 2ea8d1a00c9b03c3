"""The rules that discover company names load from their files, and a bad line is reported, not fatal."""

from __future__ import annotations

from lib.analyze.company_candidate_rules import load_candidate_rules


def test_rule_files_load_without_problems():
    candidate_rules = load_candidate_rules()
    assert candidate_rules.problems == ()
    assert {pattern.language for pattern in candidate_rules.patterns} == {"en", "zh"}


def test_a_bad_pattern_line_is_reported_not_fatal(tmp_path):
    (tmp_path / "company_patterns.csv").write_text(
        "language,anchors,pattern\nen,Inc,(?P<name>[A-Z]+ Inc\nxx,Inc,(?P<name>x)\nen,Inc,(?P<name>[A-Z]\\w+) Inc\n")
    loaded = load_candidate_rules(tmp_path)
    assert len(loaded.patterns) == 1 and len(loaded.problems) == 2


def test_a_short_line_or_a_bad_role_is_reported_and_the_rest_kept(tmp_path):
    (tmp_path / "company_name_words.csv").write_text("# role: before, place, suffix or generic\nrole,word\n"
                                                     "suffix,Inc\nsuffix\nnickname,Bob\nplace,北京\n")
    loaded = load_candidate_rules(tmp_path)
    assert loaded.suffixes == ("Inc",) and loaded.places == ("北京",)
    assert sorted(problem.split(":")[0] for problem in loaded.problems) == [
        "company_name_words.csv line 4", "company_name_words.csv line 5"]


def test_anchored_windows_merge_and_dense_anchors_read_the_whole_text():
    pattern = next(p for p in load_candidate_rules().patterns if p.language == "en")
    anchor = pattern.anchors[0]
    sparse = "x " * 200 + anchor + " y" * 200
    assert len(pattern.segments(sparse)) == 1 and pattern.segments(sparse)[0] != (0, len(sparse))
    dense = f"{anchor} {anchor}"
    assert pattern.segments(dense) == [(0, len(dense))]
    assert pattern.segments("no anchor at all " * 30) == []


def test_the_version_follows_the_rule_files(tmp_path):
    before = load_candidate_rules(tmp_path).version
    (tmp_path / "company_name_words.csv").write_text("role,word\nsuffix,Inc\n")
    assert load_candidate_rules(tmp_path).version != before
