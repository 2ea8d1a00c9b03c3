"""The rules' version comes from the content of the rule files and the parsing code: a changed
rule file changes it (so the parse cache re-parses), an unchanged one keeps it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from lib.rules import EXTENSIBLE_FILES, load_rules
from lib.rules.rule_file import BUILTIN_RULES_DIR
from lib.rules.version import DOWNSTREAM_PACKAGES, code_digest, rules_version


@pytest.fixture
def rules_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    copy.mkdir()
    for path in BUILTIN_RULES_DIR.iterdir():
        if path.suffix in (".csv", ".txt"):
            shutil.copy2(path, copy / path.name)
    return copy


def test_an_unchanged_copy_of_the_rules_has_the_same_version(rules_copy):
    assert rules_version(rules_copy) == rules_version(BUILTIN_RULES_DIR) == load_rules().version
    (rules_copy / "README.md").write_text("notes are not rules")
    assert rules_version(rules_copy) == rules_version(BUILTIN_RULES_DIR)


@pytest.mark.parametrize("name", ["festivals.csv", "count_words.csv", "stopwords_zh.txt", "company_patterns.csv"])
def test_a_changed_rule_file_changes_the_version(rules_copy, name):
    before = rules_version(rules_copy)
    with (rules_copy / name).open("a", encoding="utf-8") as file:
        file.write("\n# one more comment line\n")
    changed = rules_version(rules_copy)
    assert changed != before
    (rules_copy / name).unlink()
    assert rules_version(rules_copy) not in (before, changed)


def test_a_new_rule_file_and_a_corpus_extension_change_the_version(rules_copy):
    before = rules_version(rules_copy)
    (rules_copy / "new_words.csv").write_text("kind,word\n")
    assert rules_version(rules_copy) != before
    assert rules_version(BUILTIN_RULES_DIR, {"phrases.txt": "large language model\n"}) != rules_version()


@pytest.mark.parametrize("name", EXTENSIBLE_FILES)
def test_a_corpus_folder_with_an_extension_file_gets_another_version(tmp_path, name):
    (tmp_path / name).write_text("synergy\n", encoding="utf-8")
    assert load_rules(tmp_path).version != load_rules().version
    assert load_rules(tmp_path).version == load_rules(tmp_path).version


def test_the_code_digest_covers_parsing_code_but_not_what_reads_finished_rows(tmp_path):
    lib = tmp_path / "lib"
    for package in ("extract", "rules", *DOWNSTREAM_PACKAGES):
        (lib / package).mkdir(parents=True)
        (lib / package / "module.py").write_text("X = 1\n")
    before = code_digest(lib)
    for package in DOWNSTREAM_PACKAGES:
        (lib / package / "module.py").write_text("X = 2\n")
    assert code_digest(lib) == before
    (lib / "extract" / "module.py").write_text("X = 2\n")
    assert code_digest(lib) != before
    (lib / "pipeline").mkdir()
    changed = code_digest(lib)
    (lib / "pipeline" / "article.py").write_text("")  # a package not listed counts
    assert code_digest(lib) != changed
