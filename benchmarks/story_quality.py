"""How well events are grouped into stories, on real articles annotated by hand.

``tests/data/stories/`` holds excerpts of real articles (``articles/*.json``) and, in
``stories_*.json``, the happenings they report (each reported by two or more articles, some in
English and Chinese) and near misses (same company, other happening; same date, other company).
Every annotated sentence is looked up among the extracted events of its article and the openings
the story stage dates by their dateline (``Stories.reports_with_stories``: the report whose date words
overlap the annotated ones); pairs of annotated sentences are then scored:

- positive pairs: two reports of one happening; they should share a story;
- negative pairs: reports of different happenings (every cross-story pair, and the near misses).

Precision is the share of pairs put in one story that belong together, recall the share of pairs
that belong together that were put in one story. A report the extraction did not find counts as
in no story. ``python -m benchmarks.story_quality [--details]``.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from lib.analyze.event_vectors import EventVectors  # noqa: E402
from lib.analyze.stories import corpus_stories, event_texts  # noqa: E402
from lib.extract.sentence_vectors import DIMENSIONS, sentence_vectors  # noqa: E402
from lib.pipeline.corpus import build_corpus  # noqa: E402
from lib.schema import Doc, Event  # noqa: E402

STORIES = ROOT / "tests" / "data" / "stories"


@dataclass(frozen=True)
class Report:
    """One annotated sentence reporting a happening."""

    article: str
    sentence: str
    date_text: str
    story: str  # the gold story, or "" for a near-miss sentence outside every story

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.article, self.sentence, self.date_text)


@dataclass
class Pairs:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    true_negative: int = 0
    found_positive: int = 0       # same-story pairs whose two reports were both found as events
    found_together: int = 0
    cross_language_positive: int = 0
    cross_language_found: int = 0
    details: list[str] = field(default_factory=list)


def load_articles(folder: Path = STORIES) -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((folder / "articles").glob("*.json"))]


def halves(folder: Path = STORIES) -> list[str]:
    """The annotation files' prefixes ("s1", "s2"): each half is scored on its own too."""
    return [path.stem.removeprefix("stories_") for path in sorted(folder.glob("stories_*.json"))]


def load_gold(folder: Path = STORIES, half: str = "*") -> tuple[list[dict], list[dict]]:
    stories, near_misses = [], []
    for path in sorted(folder.glob(f"stories_{half}.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        stories += data.get("stories", [])
        near_misses += data.get("near_misses", [])
    return stories, near_misses


def write_folder(articles: list[dict], folder: Path) -> Path:
    """The articles as a folder the dashboard reads: one text file each, and a metadata.csv."""
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "source", "author", "url", "published", "language"])
        for article in articles:
            name = f"{article['id']}.txt"
            (folder / name).write_text(f"{article['title']}\n\n{article['text']}\n", encoding="utf-8")
            language = "en" if article["language"] == "en" else "zh"
            writer.writerow([name, article["title"], article["outlet"], "", article["url"], article["published"],
                             language])
    return folder


def reports_of(stories: list[dict], near_misses: list[dict]) -> list[Report]:
    reports = {}
    for story in stories:
        for m in story["mentions"]:
            report = Report(m["article"], m["sentence"], m["date_text"], story["id"])
            reports[report.key] = report
    for pair in near_misses:
        for side in (pair["a"], pair["b"]):
            report = Report(side["article"], side["sentence"], side["date_text"], "")
            reports.setdefault(report.key, report)
    return list(reports.values())


def predicted_story(report: Report, events: pd.DataFrame, texts: dict[str, str]) -> str:
    """The story of the extracted event that reads the annotated date words, or "" when none does."""
    text = texts.get(report.article, "")
    at = text.find(report.sentence)
    if at < 0:
        return ""
    words = text.find(report.date_text, at, at + len(report.sentence))
    if words < 0:
        return ""
    own = events[events[Event.DOC_ID] == report.article]
    hits = own[(own[Event.START] < words + len(report.date_text)) & (own[Event.END] > words)]
    return str(hits[Event.STORY_ID].iloc[0]) if not hits.empty else ""


def score_pairs(reports: list[Report], predicted: dict, near_misses: list[dict], languages: dict) -> Pairs:
    pairs = Pairs()
    negatives = {frozenset({(p["a"]["article"], p["a"]["sentence"], p["a"]["date_text"]),
                            (p["b"]["article"], p["b"]["sentence"], p["b"]["date_text"])}) for p in near_misses}
    storied = [r for r in reports if r.story]
    for a, b in itertools.combinations(storied, 2):
        if a.article == b.article:
            continue
        _count(pairs, a, b, a.story == b.story, predicted, languages)
        negatives.discard(frozenset({a.key, b.key}))
    by_key = {r.key: r for r in reports}
    for pair in negatives:
        a, b = (by_key[k] for k in pair)
        _count(pairs, a, b, False, predicted, languages)
    return pairs


def _count(pairs: Pairs, a: Report, b: Report, same: bool, predicted: dict, languages: dict) -> None:
    together = bool(predicted[a.key]) and predicted[a.key] == predicted[b.key]
    cross = languages.get(a.article, "")[:2] != languages.get(b.article, "")[:2]
    if same and predicted[a.key] and predicted[b.key]:
        pairs.found_positive += 1
        pairs.found_together += together
    if same:
        pairs.cross_language_positive += cross
        pairs.cross_language_found += cross and together
    if same and together:
        pairs.true_positive += 1
    elif same:
        pairs.false_negative += 1
        pairs.details.append(f"APART  {a.story}: {a.article} {a.date_text!r} / {b.article} {b.date_text!r}")
    elif together:
        pairs.false_positive += 1
        pairs.details.append(f"JOINED {a.story or '-'}|{b.story or '-'}: {a.article} {a.sentence[:50]!r} / "
                             f"{b.article} {b.sentence[:50]!r}")
    else:
        pairs.true_negative += 1


def synthetic_cost_table(n: int) -> str:
    """Embedding and grouping cost on ``n`` generated articles: cold (no vectors cached) and warm."""
    from benchmarks.synthetic_corpus import write_corpus
    from lib.extract.sentence_vectors import ENCODER_NAME
    from lib.store.vector_cache import VectorCache

    with tempfile.TemporaryDirectory() as tmp:
        write_corpus(Path(tmp) / "corpus", n)
        corpus = build_corpus(Path(tmp) / "corpus", cache_dir=Path(tmp) / "cache")
        texts = event_texts(corpus.events)
        cache = VectorCache(Path(tmp) / "cache", sentence_vectors, ENCODER_NAME)
        encoding: list[float] = []
        vectors = EventVectors(texts, _timed(cache.vectors, encoding), DIMENSIONS)
        started = time.perf_counter()
        corpus_stories(corpus.events, corpus.documents, vectors, mentions=corpus.mentions, sentences=corpus.sentences)
        grouped = time.perf_counter()
        embedded = started + sum(encoding)
        encoded = [texts[i] for i in map(int, vectors.encoded.nonzero()[0])]
        cache.vectors(encoded)
        warm = time.perf_counter()
    distinct = len(set(texts))
    rows = [("articles / events / distinct event sentences", f"{n:,} / {len(texts):,} / {distinct:,}"),
            ("distinct sentences encoded (events that agree with another on a company and the period)",
             f"{len(set(encoded)):,}"),
            ("embedding, cold (s per 1,000 articles)", f"{(embedded - started) / n * 1000:.1f}"),
            ("grouping (s per 1,000 articles)", f"{(grouped - embedded) / n * 1000:.2f}"),
            ("vectors read back from the cache (s per 1,000 articles)", f"{(warm - grouped) / n * 1000:.2f}")]
    return "| synthetic corpus | value |\n|---|---|\n" + "\n".join(f"| {a} | {b} |" for a, b in rows) + "\n"


def _timed(function, seconds: list[float]):
    """``function``, adding the seconds of each call to ``seconds``."""
    def timed(*args):
        started = time.perf_counter()
        try:
            return function(*args)
        finally:
            seconds.append(time.perf_counter() - started)
    return timed


def _ratio(part: int, whole: int) -> str:
    return f"{part / whole:.2f}" if whole else "—"


def _rows(stories: list[dict], near_misses: list[dict], predicted: dict,
          languages: dict) -> tuple[list[tuple[str, str]], Pairs]:
    """The quality rows of one set of annotations, and its scored pairs."""
    reports = reports_of(stories, near_misses)
    pairs = score_pairs(reports, predicted, near_misses, languages)
    found = sum(bool(predicted[r.key]) for r in reports)
    cross_stories = sum(len({languages.get(m["article"], "")[:2] for m in s["mentions"]}) > 1 for s in stories)
    n_articles = len({r.article for r in reports})
    return [
        ("articles / stories (cross-language) / near-miss pairs",
         f"{n_articles} / {len(stories)} ({cross_stories}) / {len(near_misses)}"),
        ("annotated reports found as events", f"{found} of {len(reports)}"),
        ("same-story pairs / different-story pairs", f"{pairs.true_positive + pairs.false_negative} / "
         f"{pairs.false_positive + pairs.true_negative}"),
        ("**pairwise precision**", _ratio(pairs.true_positive, pairs.true_positive + pairs.false_positive)),
        ("**pairwise recall**", _ratio(pairs.true_positive, pairs.true_positive + pairs.false_negative)),
        ("pairwise recall among reports found as events (grouping alone)",
         _ratio(pairs.found_together, pairs.found_positive)),
        ("recall of English–Chinese pairs", _ratio(pairs.cross_language_found, pairs.cross_language_positive)),
    ], pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Pairwise precision and recall of stories on real articles.")
    parser.add_argument("--details", action="store_true",
                        help="list every wrong pair of the half --half (rules come from s1 and s3; s2 checks them)")
    parser.add_argument("--half", default="s1", help="the annotation file whose wrong pairs --details lists")
    parser.add_argument("--synthetic", type=int, metavar="N",
                        help="also time embedding and grouping on N generated articles (benchmarks.synthetic_corpus)")
    args = parser.parse_args(argv)
    if args.synthetic:
        print(synthetic_cost_table(args.synthetic))
    articles = load_articles()
    stories, near_misses = load_gold()
    reports = reports_of(stories, near_misses)
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_folder(articles, Path(tmp) / "corpus")
        started = time.perf_counter()
        corpus = build_corpus(folder, cache_dir=Path(tmp) / "cache", workers=1)
        parsed = time.perf_counter()
        # Encoded as the dashboard does, only the events a step compares; encoding timed apart.
        encoding: list[float] = []
        vectors = EventVectors(event_texts(corpus.events), _timed(sentence_vectors, encoding), DIMENSIONS)
        grouped_stories = corpus_stories(corpus.events, corpus.documents, vectors, mentions=corpus.mentions,
                                         sentences=corpus.sentences)
        # Openings dated by their dateline are reports of their story as much as events are.
        events = grouped_stories.reports_with_stories(corpus.events)
        grouped = time.perf_counter()
        embedded = parsed + sum(encoding)
    texts = dict(zip(corpus.documents[Doc.DOC_ID], corpus.documents[Doc.TEXT], strict=True))
    predicted = {r.key: predicted_story(r, events, texts) for r in reports}
    languages = {a["id"]: a["language"] for a in articles}
    columns = {"all": _rows(stories, near_misses, predicted, languages)}
    for half in halves():
        columns[half] = _rows(*load_gold(half=half), predicted, languages)
    names = list(columns)
    print("| measure | " + " | ".join(names) + " |\n|---|" + "---|" * len(names))
    for index, (label, _) in enumerate(columns["all"][0]):
        print(f"| {label} | " + " | ".join(columns[name][0][index][1] for name in names) + " |")
    year_less = (events[Event.MONTH_DAY].fillna("") != "") | (events[Event.WEEKDAY].fillna("") != "")
    print(f"| year-less days and weekdays of undated articles: given a year by their story / left unplaced | "
          f"{int((year_less & (events[Event.DATE] != '')).sum())} / {grouped_stories.years.unplaced} |")
    n = max(len(articles), 1)
    print(f"| events embedded | {len(events)} |")
    print(f"| event sentences encoded (those that agree with another on a company and the period) | "
          f"{int(vectors.encoded.sum())} |")
    print(f"| parse, s per 1,000 articles | {(parsed - started) / n * 1000:.1f} |")
    print(f"| embedding, s per 1,000 articles | {(embedded - parsed) / n * 1000:.1f} |")
    print(f"| grouping, s per 1,000 articles | {(grouped - embedded) / n * 1000:.2f} |")
    if args.details and args.half in columns:
        print("\n".join(columns[args.half][1].details))
    return 0


if __name__ == "__main__":
    sys.exit(main())
