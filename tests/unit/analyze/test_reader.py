"""The Reader's pure parts: choosing the document, metadata, badges, search, and the escaped HTML."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from lib.analyze.reader import (
    BADGE,
    Opening,
    choose_document,
    companies_named,
    document_metadata,
    event_badges,
    event_date_labels,
    hit_count_label,
    is_web_link,
    jump_choices,
    parse_sentence_id,
    publication_label,
    removed_blocks,
    rows_of,
    search_hits,
    sentence_with_badge,
)
from lib.charts.colors import OTHER_COLOR
from lib.pipeline.corpus import build_corpus
from lib.render.reader_html import (
    callout_html,
    legend_html,
    metadata_html,
    reader_html,
)
from lib.schema import Doc, Event, Mention, Sent

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
DOC_000 = "000_ae120ede6c11f766"
DOC_002 = "002_edb25278540afc68"
VOID = {"br", "img", "hr", "input", "meta", "link"}


@pytest.fixture(scope="module")
def corpus():
    return build_corpus(SEEDS, cache_dir=None)


class TagChecker(HTMLParser):
    """Records every tag and the text outside badges; fails on a close tag that does not match."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.badge_depth = 0
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append((tag, attributes))
        if tag in VOID:
            return
        self.stack.append(tag)
        if tag == "style":
            self.in_style = True
        if self.badge_depth or "rd-badge" in (attributes.get("class") or ""):
            self.badge_depth += 1

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()
        if tag == "style":
            self.in_style = False
        if self.badge_depth:
            self.badge_depth -= 1

    def handle_data(self, data):
        if not self.badge_depth and not self.in_style:
            self.text.append(data)


def parse(markup: str) -> TagChecker:
    checker = TagChecker()
    checker.feed(markup)
    checker.close()
    assert checker.stack == [], f"unclosed: {checker.stack}"
    return checker


def frames_for(text: str, sentences=(), mentions=(), events=()):
    """Small hand-made frames: sentences (start, end), mentions (start, end, kind, company, entity), events."""
    sent = pd.DataFrame([("d", i, s, e, text[s:e]) for i, (s, e) in enumerate(sentences)], columns=Sent.COLUMNS)
    ment = pd.DataFrame([("d", 0, entity, kind, company, entity, s, e) for s, e, kind, company, entity in mentions],
                        columns=Mention.COLUMNS)
    ev = pd.DataFrame([{**dict.fromkeys(Event.COLUMNS, ""), Event.DOC_ID: "d", Event.SENT_ID: sid,
                        Event.DATE: date, Event.PRECISION: precision} for sid, date, precision in events],
                      columns=Event.COLUMNS)
    return sent, ment, ev


def hits_for(text: str, query: str) -> pd.DataFrame:
    return search_hits(text, query)


# --- escaping ------------------------------------------------------------------------------------

HOSTILE = [
    ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;", "<script"),
    ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;", "<img"),
    ("javascript:alert(1)", "javascript:alert(1)", "href=\"javascript"),
    ("<a href=\"javascript:alert(1)\">x</a>", "&lt;a href=&quot;javascript:alert(1)&quot;&gt;", "<a href=\"javascript"),
    ("</span></div><b>x</b>", "&lt;/span&gt;&lt;/div&gt;&lt;b&gt;", "<b>"),
    ("Tom & Jerry's \"show\"", "Tom &amp; Jerry&#x27;s &quot;show&quot;", "& J"),
]


@pytest.mark.parametrize(("payload", "escaped", "forbidden"), HOSTILE)
def test_document_text_is_escaped(payload, escaped, forbidden):
    text = f"Tencent said {payload} today."
    sent, ment, ev = frames_for(text, [(0, len(text))], [(0, 7, "company", "Tencent", "Tencent")])
    markup = reader_html(text, sent, ment, ev, {"Tencent": "#1f77b4"}, hits_for(text, "said"), 0)
    assert escaped in markup
    assert forbidden not in markup
    assert "".join(parse(markup).text) == text


@pytest.mark.parametrize(("payload", "escaped", "forbidden"), HOSTILE)
def test_hostile_text_in_the_callout_legend_and_metadata_is_escaped(payload, escaped, forbidden):
    metadata = pd.DataFrame({"field": ["Title", "URL", "File"], "value": [payload, payload, payload]})
    for markup in (callout_html(3, payload, payload), legend_html({payload: "#c8102e"}),
                   metadata_html(metadata, payload)):
        assert escaped in markup
        assert forbidden not in markup
        hrefs = [attrs.get("href", "") for _, attrs in parse(markup).tags]
        assert not any(href.lower().startswith("javascript") for href in hrefs)


@pytest.mark.parametrize("evil", ['x" onmouseover="alert(1)', "x' onclick='alert(1)", "<x>", "a&b"])
def test_quotes_in_attribute_values_are_escaped(evil):
    text = "Acme builds things."
    sent, ment, ev = frames_for(text, [(0, len(text))], [(0, 4, evil, evil, evil)])
    markup = reader_html(text, sent, ment, ev, {evil: "#123456"})
    tags = parse(markup).tags
    mention = next(attrs for tag, attrs in tags if "rd-m" in (attrs.get("class") or ""))
    assert set(mention) == {"class", "style", "title"}
    assert evil in mention["title"]
    assert "onmouseover" not in {name for _, attrs in tags for name in attrs}


@pytest.mark.parametrize("color", ["red;background:url(javascript:alert(1))", '#fff" onclick="x', None, "#12345"])
def test_colours_that_are_not_hex_fall_back(color):
    text = "Acme builds things."
    sent, ment, ev = frames_for(text, [(0, len(text))], [(0, 4, "company", "Acme", "Acme")])
    markup = reader_html(text, sent, ment, ev, {"Acme": color})
    assert OTHER_COLOR in markup
    assert "javascript" not in markup and "onclick" not in markup


@pytest.mark.parametrize(("url", "linked"), [
    ("https://example.com/a?b=1&c=2", True), ("http://example.com", True), ("HTTPS://EXAMPLE.COM", True),
    ("javascript:alert(1)", False), (" javascript:alert(1)", False), ("data:text/html,<b>x</b>", False),
    ("ftp://example.com", False), ("example.com", False), ("", False), ("https://a.com\" onclick=\"x", False),
])
def test_only_http_addresses_become_links(url, linked):
    assert is_web_link(url) is linked
    metadata = pd.DataFrame({"field": ["Title", "URL"], "value": ["T", url or "none"]})
    anchors = [attrs for tag, attrs in parse(metadata_html(metadata, url)).tags if tag == "a"]
    assert bool(anchors) is linked
    if linked:
        assert anchors[0]["href"] == url.strip()
        assert "noopener" in anchors[0]["rel"]


# --- structure -----------------------------------------------------------------------------------

NESTING = [
    # (text, sentences, mentions, query): every case must give well-formed, text-preserving HTML.
    ("Acme sold Widget. Then Bob left.", [(0, 17), (18, 32)],
     [(0, 4, "company", "Acme", "Acme"), (10, 16, "product", "Acme", "Widget"), (23, 26, "person", "Acme", "Bob")],
     None),
    ("Acme sold Widget. Then Bob left.", [(0, 17), (18, 32)], [(0, 4, "company", "Acme", "Acme")], "me so"),
    ("Acme sold Widget. Then Bob left.", [(0, 17), (18, 32)], [(10, 16, "product", "Acme", "Widget")], "get. Th"),
    ("Acme sold Widget. Then Bob left.", [(0, 17), (18, 32)], [(14, 20, "product", "Acme", "crossing")], "d"),
    ("Acme sold Widget.", [(0, 17)], [(0, 9, "company", "Acme", "A"), (5, 16, "product", "Acme", "B")], "sold"),
    ("Acme sold Widget.", [(0, 10), (5, 17)], [(0, 4, "company", "Acme", "Acme")], "o"),
    ("Acme sold Widget.", [(0, 17)], [(-3, 4, "company", "Acme", "Acme"), (15, 99, "company", "Acme", "X")], None),
    ("Acme sold Widget.", [], [(0, 4, "company", "Acme", "Acme")], "acme"),
    ("", [], [], "x"),
]


@pytest.mark.parametrize(("text", "sentences", "mentions", "query"), NESTING)
def test_spans_nest_and_keep_every_character(text, sentences, mentions, query):
    sent, ment, ev = frames_for(text, sentences, mentions, [(0, "2023-04-01", "month")] if sentences else [])
    markup = reader_html(text, sent, ment, ev, {"Acme": "#c8102e"}, hits_for(text, query or ""), 0)
    assert "".join(parse(markup).text) == text


def test_mention_sits_inside_its_sentence_and_hit_splits_at_the_mention_edge():
    text = "Acme sold Widget. Then Bob left."
    sent, ment, ev = frames_for(text, [(0, 17), (18, 32)], [(10, 16, "product", "Acme", "Widget")])
    markup = reader_html(text, sent, ment, ev, {"Acme": "#c8102e"}, hits_for(text, "sold wid"))
    sentence = markup.index('id="s-0"')
    mention = markup.index('title="Widget')
    assert sentence < mention < markup.index('id="s-1"')
    assert markup.count('<mark class="rd-hit">') == 2  # "sold " outside the mention, "Wid" inside it
    assert '<mark class="rd-hit">sold </mark><span' in markup
    assert '<mark class="rd-hit">Wid</mark>get</span>' in markup


@pytest.mark.parametrize("n_sentences", [1, 5, 40])
def test_every_sentence_gets_its_id_and_only_the_target_is_marked(n_sentences):
    text = " ".join(f"Sentence {i}." for i in range(n_sentences))
    bounds, position = [], 0
    for i in range(n_sentences):
        length = len(f"Sentence {i}.")
        bounds.append((position, position + length))
        position += length + 1
    sent, ment, ev = frames_for(text, bounds)
    target = n_sentences - 1
    tags = parse(reader_html(text, sent, ment, ev, {}, None, target)).tags
    ids = [attrs["id"] for _, attrs in tags if attrs.get("id")]
    assert ids == [f"s-{i}" for i in range(n_sentences)]
    targets = [attrs["id"] for _, attrs in tags if "rd-target" in (attrs.get("class") or "")]
    assert targets == [f"s-{target}"]


def test_event_badge_comes_before_the_sentence_text():
    text = "In April 2023 Acme launched Trik."
    sent, ment, ev = frames_for(text, [(0, len(text))], events=[(0, "2023-04-01", "month")])
    markup = reader_html(text, sent, ment, ev, {})
    assert '<span class="rd-s" id="s-0"><span class="rd-badge">2023-04 · month</span>In April' in markup


@pytest.mark.parametrize(("text", "breaks"), [
    ("One.\n\nTwo.", 2), ("One.\nTwo.", 1), ("One.\r\nTwo.", 1), ("No break.", 0), ("A.\n\n\nB.\n", 4),
])
def test_paragraph_breaks_are_kept(text, breaks):
    sent, ment, ev = frames_for(text, [(0, len(text))])
    markup = reader_html(text, sent, ment, ev, {})
    assert markup.count('<span class="rd-p"></span>') == breaks
    assert "\n" not in markup.split('<div class="rd-text">', 1)[1]


def test_a_megabyte_document_builds():
    paragraph = "Xiaohongshu said ByteDance <b>and</b> Tencent launched Trik in April 2023.\n\n"
    text = paragraph * (1_000_000 // len(paragraph))
    starts = range(0, len(text), len(paragraph))
    sent, ment, ev = frames_for(text, [(s, s + len(paragraph) - 2) for s in starts],
                                [(s + 17, s + 26, "company", "ByteDance", "ByteDance") for s in starts])
    markup = reader_html(text, sent, ment, ev, {"ByteDance": "#1f77b4"}, hits_for(text, "trik"), 7)
    assert markup.count('<mark class="rd-hit">') == len(starts)
    assert f'id="s-{len(starts) - 1}"' in markup
    assert "<b>" not in markup


# --- search --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "query", "count"), [
    ("Trik, trik and TRIK.", "trik", 3),
    ("Trik, trik and TRIK.", "TRIK", 3),
    ("小红书和小红书的大模型", "小红书", 2),
    ("小红书 Xiaohongshu", "xiaohongshu", 1),
    ("a.b a-b", ".", 1),
    ("aaaa", "aa", 2),
    ("abc", "", 0),
    ("abc", "zzz", 0),
    ("ΣΊΣΥΦΟΣ", "σίσυφος", 1),
])
def test_search_is_case_insensitive_and_literal(text, query, count):
    hits = search_hits(text, query)
    assert len(hits) == count
    assert all(text[s:e].casefold() == query.casefold() for s, e in zip(hits["start"], hits["end"], strict=True))


@pytest.mark.parametrize(("n", "label"), [(0, "No hits in this document."), (1, "1 hit"), (3, "3 hits"),
                                          (12345, "12,345 hits")])
def test_hit_count_label(n, label):
    assert hit_count_label(n) == label


# --- choosing, metadata, badges (real seeds) -----------------------------------------------------

@pytest.mark.parametrize(("requested", "view", "doc", "opening", "choices"), [
    (None, ["a", "b"], "a", Opening.DEFAULT, ("a", "b")),
    ("b", ["a", "b"], "b", Opening.REQUESTED, ("a", "b")),
    ("c", ["a", "b"], "c", Opening.OUTSIDE_FILTERS, ("c", "a", "b")),
    ("zzz", ["a", "b"], "a", Opening.UNKNOWN, ("a", "b")),
    ("c", [], "c", Opening.OUTSIDE_FILTERS, ("c",)),
    (None, [], None, Opening.NOTHING, ()),
    ("zzz", [], None, Opening.UNKNOWN, ()),
])
def test_choose_document(requested, view, doc, opening, choices):
    choice = choose_document(requested, view, ["a", "b", "c"])
    assert (choice.doc_id, choice.opening, choice.choices) == (doc, opening, choices)


@pytest.mark.parametrize(("published", "precision", "origin", "label"), [
    ("2023-05", "month", "inferred", "2023-05 (month precision, inferred — see metadata.csv note)"),
    ("2025-01-16", "day", "text", "2025-01-16 (day precision, read from the article text)"),
    ("2024", "year", "metadata", "2024 (year precision, from metadata: metadata.csv, page markup or web address)"),
    ("", "", "unknown", "unknown"),
])
def test_publication_label(published, precision, origin, label):
    assert publication_label(published, precision, origin) == label


def test_metadata_of_a_seed(corpus):
    document = rows_of(corpus.documents, DOC_002).iloc[0]
    meta = document_metadata(document, 153, 15).set_index("field")["value"]
    assert meta["Outlet"] == "Lan Dong Business"
    assert meta["Author"] == "Zhao Weiwei"
    assert meta["Published"] == "2025-01-16 (day precision, read from the article text)"
    assert meta["File"] == "002_edb25278540afc68.txt"
    assert (meta["Sentences"], meta["Mentions"], meta["Events"]) == ("92", "153", "15")


@pytest.mark.parametrize(("doc", "sent", "badge"), [
    (DOC_002, 21, "2025-01-19 · day"),
    (DOC_002, 68, "2024-10 · quarter (end)"),
    (DOC_000, 1, "2023-03 · month / 2023-05-06 · day"),
    (DOC_002, 0, None),
])
def test_event_badges_on_the_seeds(corpus, doc, sent, badge):
    events = rows_of(corpus.events, doc)
    badges = dict(zip(event_badges(events)[Sent.SENT_ID], event_badges(events)[BADGE], strict=True))
    assert badges.get(sent) == badge
    assert sentence_with_badge(rows_of(corpus.sentences, doc), events, sent)[1] == badge


def test_event_badges_of_no_events(corpus):
    assert event_badges(corpus.events.iloc[:0]).empty


def test_jump_choices_list_each_event_sentence_once(corpus):
    events, sentences = rows_of(corpus.events, DOC_002), rows_of(corpus.sentences, DOC_002)
    choices = jump_choices(events, sentences)
    assert list(choices) == sorted(set(events[Event.SENT_ID]))
    assert choices[21].startswith("21 · 2025-01-19 · day — January 19th is the final effective date")


@pytest.mark.parametrize(("raw", "expected"), [("21", 21), (" 3 ", 3), ("999", None), ("x", None), (None, None),
                                               ("-1", None), ("2.5", None)])
def test_parse_sentence_id(corpus, raw, expected):
    assert parse_sentence_id(raw, rows_of(corpus.sentences, DOC_002)) == expected


@pytest.mark.parametrize(("doc", "n_blocks", "first_label"), [
    ("003_df3640600e7e6e30", 6, "caption"), (DOC_002, 3, "dateline"), (DOC_000, 1, "see_also"),
])
def test_removed_blocks(corpus, doc, n_blocks, first_label):
    blocks = removed_blocks(corpus.removed, doc)
    assert len(blocks) == n_blocks
    assert blocks.iloc[0]["label"] == first_label
    assert list(blocks.columns) == ["label", "line", "text"]


def test_companies_named_keep_the_corpus_colour_order(corpus):
    colors = {"Tencent": "#111111", "Xiaohongshu": "#222222", "OpenAI": "#333333", "Kuaishou": "#444444"}
    assert companies_named(rows_of(corpus.mentions, DOC_000), colors) == {
        "Xiaohongshu": "#222222", "OpenAI": "#333333", "Kuaishou": "#444444"}


def test_seed_document_renders_whole(corpus):
    document = rows_of(corpus.documents, DOC_000).iloc[0]
    text = document[Doc.TEXT]
    markup = reader_html(text, rows_of(corpus.sentences, DOC_000), rows_of(corpus.mentions, DOC_000),
                         rows_of(corpus.events, DOC_000), {"Xiaohongshu": "#c8102e"}, search_hits(text, "trik"), 8)
    checker = parse(markup)
    assert "".join(checker.text) == text.replace("\n", "")
    assert markup.count('<mark class="rd-hit">') == 1
    assert 'class="rd-s rd-target" id="s-8"' in markup



@pytest.mark.parametrize(("badge", "shown"), [("2025-01-19 · day", '<span class="rd-badge">2025-01-19 · day</span>'),
                                              (None, "</strong> January")])
def test_callout_names_the_sentence_and_its_date(badge, shown):
    markup = callout_html(21, "January 19th is the final effective date.", badge)
    assert "Opened at sentence 21:" in markup
    assert shown in markup
    assert 'href="#s-21"' in markup
    assert "".join(parse(markup).text).endswith("January 19th is the final effective date. show in the text ↓")


def test_event_date_labels_of_events_without_a_qualifier_column():
    from lib.analyze.reader import event_date_labels

    events = pd.DataFrame({Event.SENT_ID: [0], Event.DATE: ["2024-05-15"], Event.PRECISION: ["day"]})
    assert event_date_labels(events).tolist() == ["2024-05-15 · day"]


def test_a_day_whose_year_is_unknown_shows_its_month_and_day_and_says_so():
    from lib.analyze.reader import event_date_labels, has_year_less_days
    from lib.schema import YEAR_FROM_STORY, YEAR_UNKNOWN
    events = pd.DataFrame({
        Event.DATE: ["2025-01-20", "", "2025-07-11"],
        Event.PRECISION: ["day", "day", "day"],
        Event.QUALIFIER: ["", YEAR_UNKNOWN, YEAR_FROM_STORY],
        Event.MONTH_DAY: ["", "01-20", "07-11"],
    })
    assert event_date_labels(events).tolist() == [
        "2025-01-20 · day", "01-20 · day (year unknown)", "2025-07-11 · day (year from its story)"]
    assert has_year_less_days(events)
    assert not has_year_less_days(events.iloc[:1])
    assert not has_year_less_days(events.drop(columns=Event.MONTH_DAY))
    weekday = pd.DataFrame({Event.DATE: [""], Event.PRECISION: ["day"], Event.QUALIFIER: [YEAR_UNKNOWN],
                            Event.MONTH_DAY: [""], Event.WEEKDAY: ["Tuesday"]})
    assert event_date_labels(weekday).tolist() == ["Tuesday · day (year unknown)"]
    assert has_year_less_days(weekday)


def _generated_events(seed: int, n: int) -> pd.DataFrame:
    """Events with repeated sentences, tied and missing dates, every precision and some qualifiers."""
    rng = np.random.default_rng(seed)
    dates = rng.choice(["2024-05-15", "2024-05-01", "2023-01-01", "2024-12-31", None], n)
    return pd.DataFrame({
        Event.SENT_ID: rng.integers(0, 6, n),
        Event.DATE: pd.array(dates, dtype="str"),
        Event.PRECISION: rng.choice(["day", "week", "month", "quarter", "half", "year", "", None], n),
        Event.QUALIFIER: rng.choice(["", "", "about", "before", None], n),
    }, index=rng.permutation(np.arange(100, 100 + n)))


def test_event_badges_match_the_column_by_column_oracle(corpus):
    from tests.oracles import reader as oracle

    documents = [doc_id for doc_id in corpus.documents[Doc.DOC_ID] if (corpus.events[Event.DOC_ID] == doc_id).any()]
    for doc_id in documents:
        events = rows_of(corpus.events, doc_id)
        sentences = rows_of(corpus.sentences, doc_id)
        choices = jump_choices(events, sentences)
        assert choices and choices == oracle.jump_choices(events, sentences)
        assert all(type(sent_id) is int and type(label) is str for sent_id, label in choices.items())
    frames = [group for _, group in corpus.events.groupby(Event.DOC_ID, sort=False)]
    frames += [_generated_events(seed, n) for seed in range(40) for n in (1, 3, 12, 40)]
    frames.append(_generated_events(7, 20).drop(columns=[Event.QUALIFIER]))
    assert any(frame[Event.SENT_ID].duplicated().any() for frame in frames)
    for events in frames:
        labels = event_date_labels(events)
        pd.testing.assert_series_equal(labels, oracle.event_date_labels(events))
        pd.testing.assert_frame_equal(event_badges(events), oracle.event_badges(events))
