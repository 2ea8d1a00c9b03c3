"""Saving web articles into a corpus folder: lists of links, RSS and Atom feeds, the address
compared for "already saved", and each link's outcome (the download itself is
replaced by recorded pages; tests/unit/read/test_fetch.py runs it against a local server and
checks the file names)."""

from __future__ import annotations

import csv
import io

import pytest

from lib.read.fetch import Fetched, FetchPolicy
from lib.write import links as links_module
from lib.write.links import (
    ALREADY,
    SAVED,
    SKIPPED,
    Link,
    LinkOutcome,
    address_key,
    parse_feed,
    read_url_list,
    save_links,
)

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>  TechNode   China </title>
<item><title>Baidu expands Apollo Go</title><link>https://technode.com/2024/05/15/baidu-apollo/</link>
  <pubDate>Wed, 15 May 2024 08:00:00 +0800</pubDate></item>
<item><title>Item without a link</title></item>
<item><title>Relative link</title><link>/2024/05/16/kuaishou-kling/</link></item>
</channel></rss>"""
ATOM = """<?xml version="1.0" encoding="gb2312"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>新浪科技</title>
<entry><title>字节跳动发布豆包</title><link href="https://tech.sina.com.cn/i/2024-05-15/doc-1.shtml"/>
  <updated>2024-05-15T10:00:00Z</updated></entry>
</feed>""".encode("gb2312")


@pytest.mark.parametrize("text, urls", [
    ("https://a.example/1\n\n# a comment\n  https://b.example/2  \n", ["https://a.example/1", "https://b.example/2"]),
    ("   # only a comment\n\n", []),
    ("https://36kr.com/p/1\r\nhttps://36kr.com/p/2\r\n", ["https://36kr.com/p/1", "https://36kr.com/p/2"]),
])
def test_read_url_list(text, urls):
    assert read_url_list(text) == urls


def test_an_rss_feed_gives_its_items_with_outlet_and_date_and_reports_items_without_a_link():
    links, problems = parse_feed(RSS, "https://technode.com/feed/")
    assert links == [
        Link("https://technode.com/2024/05/15/baidu-apollo/", "TechNode China", "2024-05-15",
             "Baidu expands Apollo Go"),
        Link("https://technode.com/2024/05/16/kuaishou-kling/", "TechNode China", "", "Relative link"),
    ]
    assert problems == [LinkOutcome("https://technode.com/feed/ item 2", SKIPPED,
                                    "feed item without a link: Item without a link")]


def test_an_atom_feed_in_a_chinese_encoding():
    links, problems = parse_feed(ATOM, "https://rss.sina.com.cn/tech.xml")
    assert links == [Link("https://tech.sina.com.cn/i/2024-05-15/doc-1.shtml", "新浪科技", "2024-05-15",
                          "字节跳动发布豆包")]
    assert problems == []


@pytest.mark.parametrize("data", [b"<html><body><p>A page, not a feed</p></body></html>", b"", b"\x00\xff" * 20])
def test_not_a_feed_is_one_skipped_outcome(data):
    links, problems = parse_feed(data, "https://example.com/feed")
    assert links == [] and len(problems) == 1
    assert problems[0].status == SKIPPED and problems[0].detail.startswith("not a feed, or a feed without items")


@pytest.mark.parametrize("url, key", [
    ("https://WWW.Reuters.com/technology/deepseek/#comments", "https://www.reuters.com/technology/deepseek"),
    ("HTTPS://36kr.com/p/123?from=rss", "https://36kr.com/p/123?from=rss"),
    ("  https://example.com/a/  ", "https://example.com/a"),
    ("http://[::1", "http://[::1"),  # not a valid address: compared as written
])
def test_address_key(url, key):
    assert address_key(url) == key


def test_an_outcome_says_what_happened_to_the_link():
    assert LinkOutcome("https://a.example/1", SAVED, "a.example-1.html").message() == (
        "saved: https://a.example/1 (a.example-1.html)")


PAGE = b"<html><head><title>Baidu</title></head><body><p>Baidu expanded Apollo Go.</p></body></html>"
PAGES = {
    "https://technode.com/baidu/": Fetched("https://technode.com/baidu/", "https://technode.com/baidu/", PAGE),
    "https://technode.com/old": Fetched("https://technode.com/old", "https://technode.com/baidu/", PAGE),
    "https://mirror.example/baidu": Fetched("https://mirror.example/baidu", "https://mirror.example/baidu", PAGE),
    "https://technode.com/gone": Fetched("https://technode.com/gone", "https://technode.com/gone",
                                         problem="HTTP 404"),
}


@pytest.fixture
def recorded(monkeypatch):
    asked: list[str] = []

    def fetch(url, policy, accepted_types=None, pool=None):
        asked.append(url)
        return PAGES[url]

    monkeypatch.setattr(links_module, "fetch", fetch)
    return asked


def _metadata(root) -> dict[str, dict[str, str]]:
    rows = csv.DictReader(io.StringIO((root / "metadata.csv").read_text(encoding="utf-8-sig")))
    return {row["file"]: row for row in rows}


def test_each_link_is_saved_once_with_its_metadata(tmp_path, recorded):
    links = [Link("https://technode.com/baidu/", "TechNode", "2024-05-15"),
             Link("https://technode.com/baidu"),  # the same address without its slash
             Link("https://technode.com/old"),  # redirects to the saved page
             Link("https://mirror.example/baidu"),  # the same bytes at another address
             Link("https://technode.com/gone")]
    outcomes = list(save_links(tmp_path, links, FetchPolicy()))
    assert [(o.status, o.detail) for o in outcomes] == [
        (SAVED, "technode.com-baidu.html"),
        (ALREADY, "technode.com-baidu.html"),
        (ALREADY, "technode.com-baidu.html"),
        (ALREADY, "same content as technode.com-baidu.html"),
        (SKIPPED, "HTTP 404"),
    ]
    assert recorded == ["https://technode.com/baidu/", "https://technode.com/old", "https://mirror.example/baidu",
                        "https://technode.com/gone"]
    assert (tmp_path / "technode.com-baidu.html").read_bytes() == PAGE
    row = _metadata(tmp_path)["technode.com-baidu.html"]
    assert (row["url"], row["source"], row["published"]) == ("https://technode.com/baidu/", "TechNode", "2024-05-15")


def test_an_address_already_in_metadata_csv_is_not_fetched(tmp_path, recorded):
    (tmp_path / "metadata.csv").write_text("file,url\nbaidu.html,https://TECHNODE.com/baidu\n", encoding="utf-8")
    outcomes = list(save_links(tmp_path, [Link("https://technode.com/baidu/")], FetchPolicy()))
    assert [(o.status, o.detail) for o in outcomes] == [(ALREADY, "baidu.html")] and recorded == []


def test_what_the_page_says_fills_what_the_link_did_not(tmp_path, recorded):
    def read_page(data: bytes) -> dict[str, str]:
        return {"source": "TechNode (page)", "published": "2024-05-14", "url": "https://ignored.example/"}

    list(save_links(tmp_path, [Link("https://technode.com/baidu/", source="TechNode")], FetchPolicy(), read_page))
    row = _metadata(tmp_path)["technode.com-baidu.html"]
    assert (row["url"], row["source"], row["published"]) == ("https://technode.com/baidu/", "TechNode", "2024-05-14")
