"""What the built-in gazetteer (lib/rules/gazetteer.csv) matches in a text, for the firm-class table tests."""

from __future__ import annotations

from functools import lru_cache

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.rules import builtin_rules


@lru_cache(maxsize=1)
def _builtin_gazetteer() -> Gazetteer:
    return Gazetteer(builtin_rules().gazetteer)


def found(text: str) -> list[tuple[str, str, str]]:
    """(surface text, entity, company it rolls up to) of every match, in order."""
    return [(m.alias, m.entity, m.company) for m in _builtin_gazetteer().find(text)]


def co(alias: str, entity: str, parent: str | None = None) -> tuple[str, str, str]:
    """An expected match: ``alias`` names ``entity``, which rolls up to ``parent`` (itself by default)."""
    return (alias, entity, parent or entity)


def class_table_tests(classes: list, everyday: list[str]) -> tuple:
    """The two tests of a firm-class table: each row finds exactly its firms, and each everyday
    sentence (words that share letters or characters with them) finds none."""

    @pytest.mark.parametrize(("text", "expected"), classes)
    def test_finds_the_firms_of_each_class_in_each_script(text, expected):
        assert found(text) == expected

    @pytest.mark.parametrize("text", everyday)
    def test_everyday_words_are_not_these_firms(text):
        assert found(text) == []

    return test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms
