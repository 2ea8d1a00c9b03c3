"""Save web articles into a corpus folder: from a list of links or from an RSS/Atom feed.

Each article is saved as the page's original HTML file, and its address, outlet and date go into
the folder's ``metadata.csv`` (written the way the file already is: encoding, BOM, line ends). An
address already in ``metadata.csv``, or a page whose bytes equal an article already in the folder,
is not saved again, so re-running a feed fetches only its new items. Each link comes back as a
``LinkOutcome``: saved, already there, or skipped with the reason.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit, urlunsplit

import feedparser

from lib.read.fetch import FEED_TYPES, FetchPolicy, fetch, new_pool
from lib.read.metadata_csv import read_metadata_csv
from lib.write.metadata_edits import update_metadata_csv
from lib.write.uploads import DUPLICATE, SAVED, save_uploads

ALREADY, SKIPPED = "already there", "skipped"
_SLUG = re.compile(r"[^\w]+")

# What the page says about itself (e.g. {"source": ..., "published": ...}); supplied by the caller
# that may read HTML (the parse stage), so this stage stays below it.
PageReader = Callable[[bytes], Mapping[str, str]]


@dataclass(frozen=True)
class Link:
    url: str
    source: str = ""  # the outlet, e.g. the feed's title
    published: str = ""  # YYYY-MM-DD, e.g. the feed item's date
    title: str = ""


@dataclass(frozen=True)
class LinkOutcome:
    url: str
    status: str  # SAVED, ALREADY or SKIPPED
    detail: str  # the saved file, the file that has it already, or why it was skipped

    def message(self) -> str:
        return f"{self.status}: {self.url} ({self.detail})"


def read_url_list(text: str) -> list[str]:
    """One address a line; blank lines and ``#`` comments ignored."""
    return [line.strip() for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]


def feed_links(feed_url: str, policy: FetchPolicy) -> tuple[list[Link], list[LinkOutcome]]:
    """The items of the feed at ``feed_url``, and its unusable entries (or the feed's own problem)."""
    fetched = fetch(feed_url, policy, FEED_TYPES)
    if fetched.problem:
        return [], [LinkOutcome(feed_url, SKIPPED, f"feed: {fetched.problem}")]
    return parse_feed(fetched.data, fetched.final_url)


def parse_feed(data: bytes, feed_url: str) -> tuple[list[Link], list[LinkOutcome]]:
    """Links of an RSS or Atom document (any encoding: feedparser reads its declaration)."""
    parsed = feedparser.parse(data)
    if not parsed.entries:
        why = f" ({parsed.bozo_exception})" if parsed.get("bozo") else ""
        return [], [LinkOutcome(feed_url, SKIPPED, f"not a feed, or a feed without items{why}")]
    outlet = " ".join(str(parsed.feed.get("title", "")).split()) or _host(feed_url)
    links: list[Link] = []
    problems: list[LinkOutcome] = []
    for number, entry in enumerate(parsed.entries, start=1):
        href = str(entry.get("link", "")).strip()
        title = " ".join(str(entry.get("title", "")).split())
        if not href:
            problems.append(LinkOutcome(f"{feed_url} item {number}", SKIPPED,
                                        f"feed item without a link{': ' + title if title else ''}"))
            continue
        links.append(Link(urljoin(feed_url, href), outlet, _entry_date(entry), title))
    return links, problems


def save_links(root: str | Path, links: Iterable[Link], policy: FetchPolicy,
               read_page: PageReader | None = None) -> Iterator[LinkOutcome]:
    """Fetch and save each link into ``root``, one outcome per link as it is done."""
    base = Path(root)
    known = _known_addresses(base)
    pool = new_pool()
    for link in links:
        yield _save_link(base, link, policy, read_page, known, pool)


def _save_link(base: Path, link: Link, policy: FetchPolicy, read_page: PageReader | None,
               known: dict[str, str], pool) -> LinkOutcome:
    key = address_key(link.url)
    if key in known:
        return LinkOutcome(link.url, ALREADY, known[key])
    fetched = fetch(link.url, policy, pool=pool)
    if fetched.problem:
        return LinkOutcome(link.url, SKIPPED, fetched.problem)
    final_key = address_key(fetched.final_url)
    if final_key in known:
        known[key] = known[final_key]
        return LinkOutcome(link.url, ALREADY, known[final_key])
    outcome = save_uploads(base, [(file_name_for(fetched.final_url), fetched.data)])[0]
    if outcome.status == DUPLICATE:
        known[key] = outcome.detail
        return LinkOutcome(link.url, ALREADY, f"same content as {outcome.detail}")
    if outcome.status != SAVED:
        return LinkOutcome(link.url, SKIPPED, outcome.detail)
    row = {"url": fetched.final_url, "source": link.source, "published": link.published}
    if read_page is not None:
        page = read_page(fetched.data)
        row = {name: row.get(name) or page.get(name, "") for name in ("url", "source", "published")}
    update_metadata_csv(base, {outcome.detail: row})
    known[key] = known[final_key] = outcome.detail
    return LinkOutcome(link.url, SAVED, outcome.detail)


def address_key(url: str) -> str:
    """An address as compared for "already saved": no fragment, host lower-cased, no trailing slash."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return url.strip()
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path.rstrip("/"), parts.query, ""))


def file_name_for(url: str) -> str:
    """``host-last-path-words.html``: readable, and unique enough before the folder numbers it."""
    parts = urlsplit(url)
    words = [word for word in unquote(parts.path).split("/") if word]
    stem = re.sub(r"\.(s?html?|php|aspx?|jsp)$", "", words[-1], flags=re.I) if words else "index"
    stem = _SLUG.sub("-", stem).strip("-")[:80] or "index"
    host = (parts.hostname or "page").removeprefix("www.")
    return f"{host}-{stem}.html"


def _known_addresses(base: Path) -> dict[str, str]:
    rows, _ = read_metadata_csv(base)
    return {address_key(row["url"]): file for file, row in rows.items() if row.get("url")}


def _entry_date(entry) -> str:
    for name in ("published_parsed", "updated_parsed", "created_parsed"):
        value = dict.get(entry, name)  # not the FeedParserDict fallback, which warns
        if isinstance(value, time.struct_time) and 1900 <= value.tm_year <= 2100:
            return f"{value.tm_year:04d}-{value.tm_mon:02d}-{value.tm_mday:02d}"
    return ""


def _host(url: str) -> str:
    return (urlsplit(url).hostname or "").removeprefix("www.")
