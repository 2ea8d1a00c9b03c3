"""``python -m lib fetch``: save web articles (links, a file of links, or a feed) into a corpus folder.

It wires ``lib.write.links`` (which downloads through ``lib.read.fetch`` and saves) to the parse
stage (``lib.parse.html_page``, which reads a page's outlet and date for ``metadata.csv``).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from tqdm import tqdm

from lib.parse.html_page import read_html_page
from lib.read.decoding import UndecodableError, decode_text
from lib.read.fetch import FetchPolicy, allowed_networks
from lib.write.links import ALREADY, SAVED, SKIPPED, Link, LinkOutcome, feed_links, read_url_list, save_links


def add_fetch_command(commands) -> None:
    fetch = commands.add_parser("fetch", help="save web articles (links or a feed) into a corpus folder")
    fetch.add_argument("urls", nargs="*", help="article addresses")
    fetch.add_argument("--urls", dest="url_file", type=Path, help="a text file of addresses, one a line")
    fetch.add_argument("--feed", action="append", default=[], help="an RSS or Atom feed address (repeatable)")
    fetch.add_argument("--into", type=Path, required=True, help="the corpus folder to save into")
    fetch.add_argument("--timeout", type=float, default=15.0, help="seconds to connect and for each read")
    fetch.add_argument("--max-bytes", type=int, default=FetchPolicy.max_bytes, help="largest page to save")
    fetch.add_argument("--allow-private", action="append", default=[], metavar="ADDRESS",
                       help="fetch from this loopback/private address or range too (e.g. 127.0.0.1); "
                            "refused by default")


def run_fetch(args: argparse.Namespace) -> int:
    if not args.into.is_dir():
        print(f"error: {args.into} is not a folder", file=sys.stderr)
        return 2
    try:
        policy = FetchPolicy(timeout=args.timeout, max_bytes=args.max_bytes,
                             allowed=allowed_networks(args.allow_private))
        links = [Link(url) for url in args.urls]
        if args.url_file is not None:
            links += [Link(url) for url in read_url_list(decode_text(args.url_file.read_bytes()))]
    except (ValueError, OSError, UndecodableError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    outcomes: list[LinkOutcome] = []
    for feed in args.feed:
        items, problems = feed_links(feed, policy)
        links += items
        outcomes += problems
    if not links and not outcomes:
        print("error: give addresses, --urls FILE or --feed URL", file=sys.stderr)
        return 2
    with tqdm(total=len(links), unit="link", desc="fetching", file=sys.stderr) as bar:
        for outcome in save_links(args.into, links, policy, page_metadata):
            outcomes.append(outcome)
            bar.update()
    for outcome in outcomes:
        print(outcome.message())
    counts = Counter(outcome.status for outcome in outcomes)
    print(f"{counts[SAVED]} saved, {counts[ALREADY]} already there, {counts[SKIPPED]} skipped")
    return 0


def page_metadata(data: bytes) -> dict[str, str]:
    """The outlet and date a fetched page states in its markup, for ``metadata.csv``."""
    try:
        page = read_html_page(decode_text(data))
    except UndecodableError:
        return {}
    return {"source": page.site_name, "published": page.published}
