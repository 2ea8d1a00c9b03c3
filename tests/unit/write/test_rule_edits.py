"""Extending a corpus's own rule files: gazetteer rows and stopwords load after the built-in ones."""

from __future__ import annotations

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.read.folder import fingerprint
from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry
from lib.write.corpus_files import RuleFileError
from lib.write.rule_edits import (
    append_gazetteer,
    append_stopwords,
    corpus_gazetteer_entries,
    corpus_stopwords,
    gazetteer_line,
)

NEW_COMPANY = GazetteerEntry("Zhipu Test Lab", "company", "Zhipu Test Lab", ("Zhipu Test Lab", "智谱测试"))
NEW_PRODUCT = GazetteerEntry("Glimmer, v2", "product", "Zhipu Test Lab", ("Glimmer v2", '"Glimmer"', "=GLM-X"))


def test_gazetteer_append_loads_with_zero_warnings_and_finds_the_new_company(tmp_path):
    append_gazetteer(tmp_path, [NEW_COMPANY])
    append_gazetteer(tmp_path, [NEW_PRODUCT])
    rules = load_rules(tmp_path)
    assert [w for w in rules.warnings if w.source == "gazetteer.csv"] == []
    assert corpus_gazetteer_entries(tmp_path) == [NEW_COMPANY, NEW_PRODUCT]
    matches = Gazetteer(rules.gazetteer).find('智谱测试 said Zhipu Test Lab ships "Glimmer" and GLM-X.')
    assert [(m.entity, m.company) for m in matches] == [
        ("Zhipu Test Lab", "Zhipu Test Lab"), ("Zhipu Test Lab", "Zhipu Test Lab"),
        ("Glimmer, v2", "Zhipu Test Lab"), ("Glimmer, v2", "Zhipu Test Lab")]
    text = (tmp_path / "gazetteer.csv").read_text()
    assert text.splitlines()[1] == "entity,kind,company,aliases"
    assert text.endswith('"Glimmer, v2",product,Zhipu Test Lab,"Glimmer v2|""Glimmer""|=GLM-X"\n')


def test_gazetteer_line_leaves_company_blank_on_a_company_row():
    assert gazetteer_line(NEW_COMPANY) == "Zhipu Test Lab,company,,Zhipu Test Lab|智谱测试\n"


def test_gazetteer_append_extends_an_existing_file_without_a_final_newline(tmp_path):
    (tmp_path / "gazetteer.csv").write_text("# mine\nentity,kind,company,aliases\nA Co,company,,A Co")
    append_gazetteer(tmp_path, [NEW_COMPANY])
    assert (tmp_path / "gazetteer.csv").read_text().splitlines()[-2:] == [
        "A Co,company,,A Co", "Zhipu Test Lab,company,,Zhipu Test Lab|智谱测试"]
    assert [w for w in load_rules(tmp_path).warnings if w.source == "gazetteer.csv"] == []


def test_gazetteer_with_a_broken_header_is_not_extended(tmp_path):
    (tmp_path / "gazetteer.csv").write_text("name,type\nA,company\n")
    with pytest.raises(RuleFileError, match="line 1"):
        append_gazetteer(tmp_path, [NEW_COMPANY])
    assert (tmp_path / "gazetteer.csv").read_text() == "name,type\nA,company\n"


def test_stopwords_are_appended_once_and_extend_the_built_in_ones(tmp_path):
    assert append_stopwords(tmp_path, "en", ["rednote", "kimi"]) == ["rednote", "kimi"]
    assert append_stopwords(tmp_path, "en", ["kimi", "sora"]) == ["sora"]
    assert append_stopwords(tmp_path, "zh", ["小编"]) == ["小编"]
    rules = load_rules(tmp_path)
    assert {"rednote", "kimi", "sora", "the"} <= rules.stopwords_en and "小编" in rules.stopwords_zh
    assert corpus_stopwords(tmp_path, "en") == ["rednote", "kimi", "sora"]
    with pytest.raises(ValueError):
        append_stopwords(tmp_path, "fr", ["le"])


def test_rule_file_changes_change_the_fingerprint(seeds_copy):
    before = fingerprint(seeds_copy)
    append_stopwords(seeds_copy, "en", ["rednote"])
    assert fingerprint(seeds_copy) != before
