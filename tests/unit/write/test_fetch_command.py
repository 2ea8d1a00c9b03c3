"""``python -m lib fetch``: its arguments, the errors it stops on (exit code 2, a message on
stderr), the links and feeds it gathers, the summary it prints, and what a fetched page's markup
says for metadata.csv (the downloads are replaced by recorded outcomes; tests/unit/read/test_fetch.py
runs the command end to end against a local server)."""

from __future__ import annotations

import argparse
import ipaddress

import pytest

from lib.write import fetch_command
from lib.write.fetch_command import add_fetch_command, page_metadata, run_fetch
from lib.write.links import ALREADY, SAVED, SKIPPED, Link, LinkOutcome


def _args(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    add_fetch_command(parser.add_subparsers(dest="command", required=True))
    return parser.parse_args(["fetch", *argv])


def test_the_arguments_and_their_defaults(tmp_path):
    args = _args("https://a.example/1", "https://a.example/2", "--feed", "https://a.example/rss",
                 "--feed", "https://b.example/atom", "--into", str(tmp_path), "--allow-private", "127.0.0.1",
                 "--allow-private", "10.0.0.0/8")
    assert args.urls == ["https://a.example/1", "https://a.example/2"]
    assert args.feed == ["https://a.example/rss", "https://b.example/atom"]
    assert (args.into, args.url_file, args.timeout) == (tmp_path, None, 15.0)
    assert args.allow_private == ["127.0.0.1", "10.0.0.0/8"]


def test_into_is_required():
    with pytest.raises(SystemExit):
        _args("https://a.example/1")


@pytest.fixture
def recorded(monkeypatch):
    """Feeds and saves replaced: each feed gives one item and one problem, each link is saved."""
    calls = {"feeds": [], "saved": [], "policy": None, "read_page": None}

    def feed_links(url, policy):
        calls["feeds"].append(url)
        problem = LinkOutcome(f"{url} item 2", SKIPPED, "feed item without a link")
        return [Link(f"{url}/item-1", "Feed outlet")], [problem]

    def save_links(root, links, policy, read_page):
        calls["policy"], calls["read_page"] = policy, read_page
        for link in links:
            calls["saved"].append(link.url)
            yield LinkOutcome(link.url, ALREADY if link.url.endswith("/old") else SAVED, "file.html")

    monkeypatch.setattr(fetch_command, "feed_links", feed_links)
    monkeypatch.setattr(fetch_command, "save_links", save_links)
    return calls


def test_links_a_file_of_links_and_feeds_are_saved_and_summed_up(tmp_path, recorded, capsys):
    url_file = tmp_path / "links.txt"
    url_file.write_bytes("# today\nhttps://36kr.com/p/1\n\nhttps://36kr.com/old\n".encode("gbk"))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    code = run_fetch(_args("https://technode.com/a", "--urls", str(url_file), "--feed", "https://rss.example",
                           "--into", str(corpus), "--timeout", "3", "--max-bytes", "1000",
                           "--allow-private", "127.0.0.1"))
    out = capsys.readouterr().out.splitlines()
    assert code == 0
    assert recorded["saved"] == ["https://technode.com/a", "https://36kr.com/p/1", "https://36kr.com/old",
                                 "https://rss.example/item-1"]
    policy = recorded["policy"]
    assert (policy.timeout, policy.max_bytes) == (3.0, 1000)
    assert policy.allowed == (ipaddress.ip_network("127.0.0.1/32"),)
    assert recorded["read_page"] is page_metadata
    assert out[0] == "skipped: https://rss.example item 2 (feed item without a link)"
    assert "already there: https://36kr.com/old (file.html)" in out
    assert out[-1] == "3 saved, 1 already there, 1 skipped"


@pytest.mark.parametrize("argv, message", [
    pytest.param(["https://a.example/1", "--into", "{missing}"], "is not a folder", id="no such folder"),
    pytest.param(["--into", "{folder}"], "give addresses, --urls FILE or --feed URL", id="nothing to fetch"),
    pytest.param(["https://a.example/1", "--into", "{folder}", "--allow-private", "not-an-address"],
                 "does not appear to be an IPv4 or IPv6", id="a bad --allow-private"),
    pytest.param(["--urls", "{missing}", "--into", "{folder}"], "No such file", id="a missing links file"),
])
def test_errors_stop_with_code_2_and_a_message(tmp_path, recorded, capsys, argv, message):
    argv = [a.format(missing=tmp_path / "missing", folder=tmp_path) for a in argv]
    assert run_fetch(_args(*argv)) == 2
    captured = capsys.readouterr()
    assert message in captured.err and captured.out == ""
    assert recorded["saved"] == []


@pytest.mark.parametrize("html, encoding, metadata", [
    pytest.param('<html><head><meta property="og:site_name" content="Caixin Global">'
                 '<meta property="article:published_time" content="2025-01-27T08:00:00+08:00"></head>'
                 "<body><p>Nvidia shares fell 17% after DeepSeek released R1.</p></body></html>", "utf-8",
                 {"source": "Caixin Global", "published": "2025-01-27"}, id="English page"),
    pytest.param('<html><head><meta name="pubdate" content="2024-03-02">'
                 '<meta property="og:site_name" content="新浪科技"></head>'
                 "<body><p>字节跳动发布豆包大模型。</p></body></html>", "gbk",
                 {"source": "新浪科技", "published": "2024-03-02"}, id="Chinese page in GBK"),
    pytest.param("<html><head><title>No metadata</title></head><body><p>Text.</p></body></html>", "utf-8",
                 {"source": "", "published": ""}, id="a page that says nothing"),
])
def test_page_metadata(html, encoding, metadata):
    assert page_metadata(html.encode(encoding)) == metadata


def test_page_metadata_of_bytes_that_are_not_text_is_empty():
    assert page_metadata(b"\x00\x01\x02\xff\xfe" * 100) == {}
