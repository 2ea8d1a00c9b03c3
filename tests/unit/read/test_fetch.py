"""Fetching links and feeds into a corpus folder, against a local server on 127.0.0.1 only."""

from __future__ import annotations

import http.server
import threading
import time

import pytest

from lib.__main__ import main
from lib.pipeline.corpus import build_corpus
from lib.read.fetch import FetchPolicy, address_problem, allowed_networks, fetch
from lib.read.metadata_csv import read_metadata_csv
from lib.schema import Doc
from lib.write.links import ALREADY, SAVED, SKIPPED, Link, feed_links, file_name_for, save_links

NAV = """<header><nav><a href="/">Home</a> <a href="/tech">Tech</a> <a href="/markets">Markets</a></nav></header>"""
FOOT = """<aside><h3>Most read</h3><ul><li><a href="/x">Five stocks to watch this week</a></li>
<li><a href="/y">Weather: heavy rain expected</a></li></ul></aside>
<footer><p>Copyright 2024 Tech Daily. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>"""


def _article(title: str, paragraphs: list[str], meta: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><meta charset="{charset}"><title>{title}</title>{meta}</head>'
            f"<body>{NAV}<main><article><h1>{title}</h1>{body}</article></main>{FOOT}</body></html>")


EN = _article("Alibaba cuts Qwen prices by up to 97%", [
    "Alibaba Cloud on Tuesday cut the prices of its Qwen large language models by as much as 97 per cent, "
    "the latest salvo in a price war among Chinese cloud providers.",
    "The company said Qwen-Long would now cost 0.0005 yuan per thousand tokens, down from 0.02 yuan, "
    "a day after ByteDance priced its Doubao models below the rest of the market.",
    "Baidu and Tencent are expected to respond, analysts at a Shanghai brokerage said in a note to clients.",
], '<meta property="og:site_name" content="Tech Daily">'
   '<meta property="article:published_time" content="2024-05-21T09:00:00Z">')
ZH = _article("百度宣布文心大模型两款主力模型全面免费", [
    "5月21日，百度智能云宣布，文心大模型两款主力模型ENIRE Speed、ENIRE Lite全面免费，即刻生效。",
    "此前一天，阿里云宣布通义千问GPT-4级主力模型Qwen-Long的API输入价格降至0.0005元/千tokens，直降97%。",
    "业内人士认为，大模型价格战将加速应用落地，但也会压缩云厂商的利润空间，中小模型公司面临更大压力。",
], '<meta property="og:site_name" content="科技日报网">'
   '<meta property="article:published_time" content="2024-05-21">', charset="gbk")

RSS = """<?xml version="1.0" encoding="gb2312"?>
<rss version="2.0"><channel><title>科技快讯</title><link>http://127.0.0.1/</link>
<item><title>百度文心免费</title><link>/zh.html</link><pubDate>Tue, 21 May 2024 08:00:00 +0800</pubDate></item>
<item><title>Alibaba cuts prices</title><link>/en.html</link><pubDate>Tue, 21 May 2024 03:00:00 GMT</pubDate></item>
<item><title>没有链接的条目</title><description>broken entry</description></item>
<item><title>Local file</title><link>file:///etc/passwd</link></item>
<item><title>Gone</title><link>/missing</link><pubDate>not a date</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tech Daily</title>
<entry><title>Alibaba cuts prices</title><link href="/en.html"/><updated>2024-05-21T03:00:00Z</updated></entry>
</feed>"""

BIG_BYTES = 50_000_000


class Handler(http.server.BaseHTTPRequestHandler):
    hits: list[str] = []

    def log_message(self, *args):  # keep the test output quiet
        pass

    def do_GET(self):  # noqa: N802 (http.server's name)
        Handler.hits.append(self.path)
        routes = {
            "/en.html": (200, "text/html; charset=utf-8", EN.encode("utf-8")),
            "/en-copy.html": (200, "text/html", EN.encode("utf-8")),
            "/zh.html": (200, "text/html", ZH.encode("gbk")),
            "/feed.xml": (200, "application/rss+xml", RSS.encode("gb2312")),
            "/atom.xml": (200, "application/atom+xml", ATOM.encode("utf-8")),
            "/image.png": (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
            "/not-a-feed.xml": (200, "application/xml", b"<html><body>nothing</body></html>"),
        }
        if self.path in routes:
            status, kind, data = routes[self.path]
            self._send(status, kind, data)
        elif self.path == "/to-private":
            self._redirect("http://169.254.169.254/latest/meta-data/")
        elif self.path == "/to-en":
            self._redirect("/en.html")
        elif self.path == "/loop":
            self._redirect("/loop")
        elif self.path == "/big":
            self._big()
        elif self.path == "/slow":
            time.sleep(3)
            self._send(200, "text/html", EN.encode())
        else:
            self._send(404, "text/html", b"<h1>Not found</h1>")

    def _send(self, status, kind, data):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _redirect(self, where):
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _big(self):
        # No Content-Length: the size is only known by reading, so the cap must cut the stream.
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        chunk = b"<p>" + b"x" * 65_530 + b"</p>"
        try:
            for _ in range(BIG_BYTES // len(chunk)):
                self.wfile.write(chunk)
        except (BrokenPipeError, ConnectionResetError):
            pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()


LOCAL = FetchPolicy(timeout=1.0, total_seconds=10.0, allowed=allowed_networks(["127.0.0.1"]))


@pytest.mark.parametrize("url", [
    "http://127.0.0.1/", "http://localhost:8501/", "http://10.0.0.5/a", "http://192.168.1.1/", "http://[::1]/",
    "http://169.254.169.254/latest/meta-data/", "http://0.0.0.0/", "http://100.64.0.1/", "http://[fd00::1]/",
    "http://[::ffff:127.0.0.1]/",
])
def test_non_public_addresses_are_refused_by_default(url):
    assert address_problem(url).startswith("refused")


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/a", "javascript:alert(1)",
                                 "data:text/html,<p>x</p>", "gopher://127.0.0.1/", "//no-scheme/"])
def test_only_http_and_https_are_fetched(url):
    assert "only http and https" in address_problem(url, allowed_networks(["0.0.0.0/0"]))


def test_an_allowed_address_is_fetched_and_others_still_refused(server):
    assert fetch(server + "/en.html", FetchPolicy()).problem.startswith("refused")
    assert fetch(server + "/en.html", LOCAL).data == EN.encode()
    assert address_problem("http://127.0.0.2/", LOCAL.allowed).startswith("refused")


def test_a_redirect_to_a_private_address_is_refused(server):
    result = fetch(server + "/to-private", LOCAL)
    assert result.problem.startswith("refused") and "169.254.169.254" in result.problem


def test_redirects_are_followed_and_limited(server):
    assert fetch(server + "/to-en", LOCAL).final_url == server + "/en.html"
    assert fetch(server + "/loop", LOCAL).problem.startswith("too many redirects")


def test_a_50_mb_body_is_cut_at_the_cap(server):
    started = time.monotonic()
    result = fetch(server + "/big", LOCAL)
    assert result.problem.startswith("too large") and result.data == b""
    assert time.monotonic() - started < 10


def test_a_slow_server_times_out(server):
    started = time.monotonic()
    assert fetch(server + "/slow", LOCAL).problem == "timeout"
    assert time.monotonic() - started < 2.5


@pytest.mark.parametrize(("path", "problem"), [
    ("/image.png", "not an article (content type image/png)"), ("/missing", "HTTP status 404"),
])
def test_wrong_type_and_http_errors_are_named(server, path, problem):
    assert fetch(server + path, LOCAL).problem == problem


def test_a_feed_saves_its_articles_with_metadata_and_reports_broken_entries(server, tmp_path):
    links, problems = feed_links(server + "/feed.xml", LOCAL)
    assert [link.url for link in links[:2]] == [server + "/zh.html", server + "/en.html"]
    assert links[3].url == server + "/missing" and links[2].url.startswith("file:")
    assert links[0].source == "科技快讯" and links[0].published == "2024-05-21"
    outcomes = list(save_links(tmp_path, links, LOCAL))
    assert [o.status for o in outcomes] == [SAVED, SAVED, SKIPPED, SKIPPED]
    assert "only http and https" in outcomes[2].detail and outcomes[3].detail == "HTTP status 404"
    assert {p.detail.split(":")[0] for p in problems} == {"feed item without a link"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["127.0.0.1-en.html", "127.0.0.1-zh.html", "metadata.csv"]
    assert (tmp_path / "127.0.0.1-zh.html").read_bytes() == ZH.encode("gbk")  # the original file
    rows, warnings = read_metadata_csv(tmp_path)
    assert warnings == []
    assert rows["127.0.0.1-zh.html"]["url"] == server + "/zh.html"
    assert (rows["127.0.0.1-zh.html"]["source"], rows["127.0.0.1-zh.html"]["published"]) == ("科技快讯", "2024-05-21")


def test_rerunning_a_feed_fetches_only_new_items(server, tmp_path):
    links, _ = feed_links(server + "/feed.xml", LOCAL)
    list(save_links(tmp_path, links, LOCAL))
    Handler.hits.clear()
    again, _ = feed_links(server + "/atom.xml", LOCAL)
    outcomes = list(save_links(tmp_path, links + again, LOCAL))
    assert [o.status for o in outcomes] == [ALREADY, ALREADY, SKIPPED, SKIPPED, ALREADY]
    assert Handler.hits == ["/atom.xml", "/missing"]  # the saved articles were not downloaded again


def test_the_same_content_at_another_address_is_not_saved_twice(server, tmp_path):
    outcomes = list(save_links(tmp_path, [Link(server + "/en.html"), Link(server + "/en-copy.html"),
                                          Link(server + "/to-en")], LOCAL))
    assert [o.status for o in outcomes] == [SAVED, ALREADY, ALREADY]
    assert "same content" in outcomes[1].detail


def test_metadata_csv_keeps_its_bom_and_line_ends(server, tmp_path):
    (tmp_path / "metadata.csv").write_bytes(b"\xef\xbb\xbffile,title\r\nold.txt,Old\r\n")
    list(save_links(tmp_path, [Link(server + "/en.html")], LOCAL))
    data = (tmp_path / "metadata.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 3 and b"old.txt,Old" in data


def test_a_not_feed_is_reported(server):
    links, problems = feed_links(server + "/not-a-feed.xml", LOCAL)
    assert links == [] and problems[0].status == SKIPPED and "not a feed" in problems[0].detail


@pytest.mark.parametrize(("url", "name"), [
    ("https://www.scmp.com/tech/big-tech/article/3263421/alibaba-cuts-prices", "scmp.com-alibaba-cuts-prices.html"),
    ("https://36kr.com/p/2789012345678.html", "36kr.com-2789012345678.html"),
    ("https://news.example.com/", "news.example.com-index.html"),
    ("https://tech.sina.com.cn/i/2024-05-21/doc-%E7%99%BE%E5%BA%A6.shtml", "tech.sina.com.cn-doc-百度.html"),
])
def test_file_names_say_where_the_page_came_from(url, name):
    assert file_name_for(url) == name


def test_cli_fetches_links_and_the_folder_reads_as_articles(server, tmp_path, capsys):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    code = main(["fetch", server + "/en.html", "--feed", server + "/feed.xml", "--into", str(corpus),
                 "--allow-private", "127.0.0.1", "--timeout", "1"])
    out = capsys.readouterr().out
    assert code == 0
    assert "2 saved, 1 already there, 3 skipped" in out
    assert "HTTP status 404" in out and "feed item without a link" in out and "only http and https" in out
    rows, _ = read_metadata_csv(corpus)
    assert rows["127.0.0.1-en.html"]["source"] == "Tech Daily"  # read from the page: a plain link
    docs = build_corpus(corpus, cache_dir=None).documents.set_index(Doc.FILE)
    en, zh = docs.loc["127.0.0.1-en.html"], docs.loc["127.0.0.1-zh.html"]
    assert (en[Doc.TITLE], en[Doc.SOURCE], en[Doc.PUBLISHED]) == ("Alibaba cuts Qwen prices by up to 97%",
                                                                  "Tech Daily", "2024-05-21")
    assert (zh[Doc.TITLE], zh[Doc.SOURCE], zh[Doc.PUBLISHED]) == ("百度宣布文心大模型两款主力模型全面免费",
                                                                  "科技快讯", "2024-05-21")
    for doc in (en, zh):
        assert "Markets" not in doc[Doc.TEXT] and "Most read" not in doc[Doc.TEXT] and "Privacy" not in doc[Doc.TEXT]


def test_cli_refuses_the_local_server_without_the_allow_flag(server, tmp_path, capsys):
    assert main(["fetch", server + "/en.html", "--into", str(tmp_path)]) == 0
    assert "refused" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
