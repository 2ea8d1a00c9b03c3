"""The Corpus page's "Fetch from the web" form: paste article links or a feed address.

The download runs on the dashboard's server, so addresses in the server's own network (loopback,
private, link-local, cloud metadata) are refused; an operator who needs one names it in
``NEWS_FETCH_ALLOW_PRIVATE`` (comma-separated addresses or ranges).
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable

import pandas as pd
import streamlit as st

from lib.read.fetch import FetchPolicy, allowed_networks
from lib.write.fetch_command import page_metadata
from lib.write.links import ALREADY, SAVED, SKIPPED, Link, feed_links, read_url_list, save_links

ALLOW_ENV = "NEWS_FETCH_ALLOW_PRIVATE"


def fetch_policy() -> FetchPolicy:
    allowed = [value for value in os.environ.get(ALLOW_ENV, "").split(",") if value.strip()]
    try:
        return FetchPolicy(allowed=allowed_networks(allowed))
    except ValueError:
        st.warning(f"{ALLOW_ENV} holds something that is not an address or range; no private address is allowed.")
        return FetchPolicy()


def fetch_section(root: str, round_: int, flash: Callable, changed: Callable) -> None:
    st.subheader("Fetch from the web")
    links_text = st.text_area("Article addresses (one a line)", key=f"fetch_links_{round_}",
                              placeholder="https://www.example.com/news/2024/05/21/article.html")
    feed = st.text_input("Or a feed address (RSS or Atom)", key=f"fetch_feed_{round_}",
                         help="Only items not fetched before are downloaded.")
    st.caption("Each article is saved as its original HTML page; its address, outlet and date go into "
               "metadata.csv. An address or a page already in the folder is not saved twice.")
    if not st.button("Fetch", disabled=not (links_text.strip() or feed.strip()), key="fetch_go"):
        return
    policy = fetch_policy()
    links = [Link(url) for url in read_url_list(links_text)]
    outcomes = []
    if feed.strip():
        items, problems = feed_links(feed.strip(), policy)
        links += items
        outcomes += problems
    bar = st.progress(0.0, text=f"Fetching {len(links)} link(s)…")
    for number, outcome in enumerate(save_links(root, links, policy, page_metadata), start=1):
        outcomes.append(outcome)
        bar.progress(number / max(1, len(links)), text=f"{number} of {len(links)}: {outcome.url}")
    counts = Counter(outcome.status for outcome in outcomes)
    level = "success" if counts[SAVED] and not counts[SKIPPED] else "warning"
    report = pd.DataFrame([(o.url, o.status, o.detail) for o in outcomes], columns=["address", "result", "detail"])
    flash(level, f"Fetch: {counts[SAVED]} saved · {counts[ALREADY]} already there · {counts[SKIPPED]} skipped.",
          report)
    changed()
