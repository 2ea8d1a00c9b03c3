"""The real-news evaluation set (``tests/data/realnews/``): load, check and lay it out as a folder.

Each excerpt is one JSON file annotated by hand (its README says how). ``annotation_problems``
checks that every annotation points at words that are really in its excerpt; ``write_corpus``
lays the excerpts out as an article folder with a ``metadata.csv``, the way a user's folder looks.
"""

from __future__ import annotations

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
_ID = re.compile(r"^(en|zs|zt)\d{2}$")


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
    if not _ID.match(excerpt.id):
        say(f"id {excerpt.id!r} is not en01/zs01/zt01-like")
    elif excerpt.split != ("A" if int(excerpt.id[2:]) % 2 else "B"):
        say(f"split {excerpt.split!r}: odd numbers are A, even B")
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
        elif event.date_text not in _sentence_around(excerpt.text, event.sentence):
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


def _sentence_around(text: str, fragment: str) -> str:
    """The fragment widened to its sentence: to the nearest sentence end on either side."""
    start = text.index(fragment)
    ends = re.compile(r"[.!?。！？\n]")
    left = max((m.end() for m in ends.finditer(text, 0, start)), default=0)
    right = ends.search(text, start + len(fragment))
    return text[left : right.end() if right else len(text)]


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


if __name__ == "__main__":
    all_problems = {e.id: annotation_problems(e) for e in load_excerpts()}
    for excerpt_id, found in all_problems.items():
        for problem in found:
            print(f"{excerpt_id}: {problem}")
    print(f"{len(all_problems)} excerpts, {sum(map(len, all_problems.values()))} problems")
