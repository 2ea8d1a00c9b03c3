"""The story test set is well formed: every report points into its article, every field is known.

A sentence that is not a verbatim substring of its article would be silently unscored by
benchmarks/story_quality.py; these checks make such an annotation fail here instead."""
import re

import pytest

from benchmarks.story_quality import halves, load_articles, load_gold

ARTICLES = {article["id"]: article for article in load_articles()}
LANGUAGES = {"en", "zh-Hans", "zh-Hant"}
PRECISIONS = {"day", "week", "month", "quarter", "half", "year"}
NEAR_MISS_KINDS = {"same_company", "same_date"}
ARTICLE_FIELDS = {"id", "url", "outlet", "outlet_kind", "language", "published", "title", "text"}
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PUBLISHED = re.compile(r"^(\d{4}-\d{2}(-\d{2})?)?$")


def _reports(half: str) -> list[tuple[str, dict]]:
    stories, near_misses = load_gold(half=half)
    reports = [(story["id"], mention) for story in stories for mention in story["mentions"]]
    reports += [(f"near miss {pair['kind']}", pair[side]) for pair in near_misses for side in ("a", "b")]
    return reports


@pytest.mark.parametrize("article", ARTICLES.values(), ids=list(ARTICLES))
def test_article_has_its_fields(article):
    assert set(article) >= ARTICLE_FIELDS, ARTICLE_FIELDS - set(article)
    assert article["language"] in LANGUAGES
    assert _PUBLISHED.match(article["published"]), article["published"]
    assert article["text"].strip()


@pytest.mark.parametrize("half", halves())
def test_every_report_points_into_its_article(half):
    problems = []
    for owner, report in _reports(half):
        article = ARTICLES.get(report["article"])
        if article is None:
            problems.append(f"{owner}: no article {report['article']}")
        elif report["sentence"] not in article["text"]:
            problems.append(f"{owner}: sentence not in {report['article']}: {report['sentence'][:50]!r}")
        elif report["date_text"] not in report["sentence"]:
            problems.append(f"{owner}: date_text {report['date_text']!r} not in its sentence")
    assert problems == []


@pytest.mark.parametrize("half", halves())
def test_stories_and_near_misses_are_well_formed(half):
    stories, near_misses = load_gold(half=half)
    assert stories
    ids = [story["id"] for story in stories]
    assert len(ids) == len(set(ids))
    for story in stories:
        assert _DATE.match(story["date"]) and story["precision"] in PRECISIONS, story["id"]
        assert story["companies"] and len(story["mentions"]) >= 2, story["id"]
    for pair in near_misses:
        assert pair["kind"] in NEAR_MISS_KINDS and pair["why"].strip()


def test_a_half_holds_its_own_articles():
    owners: dict[str, str] = {}
    for half in halves():
        for _, report in _reports(half):
            owners.setdefault(report["article"], half)
            assert owners[report["article"]] == half, report["article"]
