"""The real-news evaluation set (``tests/data/realnews/``): load, check and lay it out as a folder.

Each excerpt is one JSON file annotated by hand (its README says how). ``annotation_problems``
checks that every annotation points at words that are really in its excerpt; ``write_corpus``
lays the excerpts out as an article folder with a ``metadata.csv``, the way a user's folder looks.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

REALNEWS = Path(__file__).resolve().parents[1] / "tests" / "data" / "realnews"
PRECISIONS = ("day", "week", "month", "quarter", "half", "year")
LANGUAGES = ("en", "zh-Hans", "zh-Hant")
CLASSES = ("absolute", "yearless", "relative", "future_word", "weekday", "anaphora", "plan", "lunar",
           "festival", "narrative", "attribution", "context")
ATTRIBUTIONS = ("text", "context")
# The hundreds a number may reach follow from LATER_SPLITS (``_is_known_id``): opening a split is one name there.
_ID = re.compile(r"^(en|zs|zt)(\d{2}|[1-9]\d{2,3})$")
# A full stop ends a sentence before a capital or a quote, not in "Jan. 20" or "2.5"
_SENTENCE_END = re.compile(r"[.!?](?=\s+[\"“‘'(A-Z\u3400-\u9fff]|\s*$)|[。！？\n]")


@dataclass(frozen=True)
class GoldEvent:
    sentence: str
    date_text: str
    date: str
    precision: str
    companies: tuple[str, ...]
    attribution: str
    plan: bool
    classes: tuple[str, ...]


@dataclass(frozen=True)
class Excerpt:
    id: str
    split: str
    url: str
    outlet: str
    outlet_kind: str
    language: str
    published: str
    published_in_metadata: bool
    title: str
    header: str
    text: str
    companies: tuple[str, ...]
    events: tuple[GoldEvent, ...]

    @property
    def file(self) -> str:
        return f"{self.id}.txt"

    def article(self) -> str:
        """The article file: headline, the byline/dateline line if any, then the excerpt."""
        head = [self.title] + ([self.header] if self.header else [])
        return "\n\n".join(head + [self.text]) + "\n"


def load_excerpts(folder: Path = REALNEWS) -> list[Excerpt]:
    return [_excerpt(json.loads(path.read_text(encoding="utf-8"))) for path in sorted(folder.glob("*.json"))]


def _excerpt(raw: dict) -> Excerpt:
    events = tuple(
        GoldEvent(e["sentence"], e["date_text"], e["date"], e["precision"], tuple(e.get("companies", ())),
                  e.get("attribution", "text"), bool(e.get("plan", False)), tuple(e.get("classes", ())))
        for e in raw.get("events", ())
    )
    return Excerpt(raw["id"], raw["split"], raw["url"], raw["outlet"], raw.get("outlet_kind", ""),
                   raw["language"], raw["published"], bool(raw.get("published_in_metadata", True)),
                   raw["title"], raw.get("header", ""), raw["text"], tuple(raw.get("companies", ())), events)


def annotation_problems(excerpt: Excerpt) -> list[str]:
    """What is inconsistent in one excerpt's annotation (empty when it is well-formed)."""
    problems = []
    say = problems.append
    if not _is_known_id(excerpt.id):
        say(f"id {excerpt.id!r} is not en01/zs01/zt01-like, or numbered past the last split opened")
    elif excerpt.split != split_of(excerpt.id):
        say(f"split {excerpt.split!r}: two-digit odd numbers are A, even B; 101-199 are C, 201-299 D, 301-399 E")
    if excerpt.language not in LANGUAGES:
        say(f"language {excerpt.language!r}")
    if not _is_period(excerpt.published, ("day", "month")):
        say(f"published {excerpt.published!r} is not YYYY-MM-DD or YYYY-MM")
    if not excerpt.url.startswith("http"):
        say("url missing")
    for event in excerpt.events:
        where = f"event {event.date_text!r} in {event.sentence[:30]!r}"
        if excerpt.text.count(event.sentence) != 1:
            say(f"{where}: sentence occurs {excerpt.text.count(event.sentence)} times in text (must be once)")
        elif event.date_text not in excerpt.text[slice(*sentence_span(excerpt.text, event.sentence))]:
            say(f"{where}: date_text is not in that sentence")
        if event.precision not in PRECISIONS:
            say(f"{where}: precision {event.precision!r}")
        if not _is_period(event.date, ("day",)):
            say(f"{where}: date {event.date!r} is not YYYY-MM-DD")
        if event.attribution not in ATTRIBUTIONS:
            say(f"{where}: attribution {event.attribution!r}")
        unknown = set(event.classes) - set(CLASSES)
        if unknown or not event.classes:
            say(f"{where}: classes {sorted(unknown) or 'missing'}")
    return problems


# The development sets after A and B, one per hundred of ids from 101; after Z the names go on as
# spreadsheet columns do (AA for 2501-2599, AB for 2601-2699, …, AE for 2901-2999).
LATER_SPLITS = (*"CDEFGHIJKLMNOPQRSTUVWXYZ", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL",
                "AM", "AN", "AO", "AP", "AQ")
SPLITS = ("A", "B", *LATER_SPLITS)


def _is_known_id(excerpt_id: str) -> bool:
    """en01/zs01/zt01-like, with a number no later split than ``LATER_SPLITS`` has opened."""
    return _ID.match(excerpt_id) is not None and int(excerpt_id[2:]) // 100 <= len(LATER_SPLITS)


def split_of(excerpt_id: str) -> str:
    """A and B halve the first set (odd, even); later development sets are numbered by the hundred, one
    name of ``LATER_SPLITS`` each (C 101-199, D 201-299, …, AA 2501-2599), each collected and annotated
    before a rule was written from it."""
    number = int(excerpt_id[2:])
    if number > 100:
        return LATER_SPLITS[number // 100 - 1]
    return "A" if number % 2 else "B"


def sentence_span(text: str, fragment: str, after: int = 0) -> tuple[int, int]:
    """Where the sentence holding ``fragment`` (its first at or after ``after``) is: from the sentence end before
    it, or ``after``, to the one after."""
    start = text.index(fragment, after)
    left = max((m.end() for m in _SENTENCE_END.finditer(text, after, start)), default=after)
    right = _SENTENCE_END.search(text, start + len(fragment))
    return left, right.end() if right else len(text)


def _is_period(value: str, allowed: tuple[str, ...]) -> bool:
    try:
        if "day" in allowed and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            date.fromisoformat(value)
            return True
        return "month" in allowed and re.fullmatch(r"\d{4}-\d{2}", value) is not None
    except ValueError:
        return False


def write_corpus(excerpts: list[Excerpt], folder: Path) -> Path:
    """Lay ``excerpts`` out as an article folder with a ``metadata.csv``; returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for excerpt in excerpts:
        (folder / excerpt.file).write_text(excerpt.article(), encoding="utf-8")
    with open(folder / "metadata.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["file", "title", "source", "author", "url", "published", "language"])
        for e in excerpts:
            published = e.published if e.published_in_metadata else ""
            writer.writerow([e.file, e.title, e.outlet, "", e.url, published, "en" if e.language == "en" else "zh"])
    return folder


def main(argv: list[str] | None = None) -> int:
    """Check every annotation; with ``--write DIR``, also lay the set out as an article folder."""
    parser = argparse.ArgumentParser(description="Check the real-news annotations.")
    parser.add_argument("--write", metavar="DIR", help="write the excerpts as an article folder here")
    args = parser.parse_args(argv)
    excerpts = load_excerpts()
    problems = {e.id: annotation_problems(e) for e in excerpts}
    for excerpt_id, found in problems.items():
        for problem in found:
            print(f"{excerpt_id}: {problem}")
    print(f"{len(problems)} excerpts, {sum(map(len, problems.values()))} problems")
    if args.write:
        print(f"written to {write_corpus(excerpts, Path(args.write))}")
    return 1 if any(problems.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
