"""Our own reading of the five bundled articles, checked against what the export produces.

Every seed sentence that carries a date was read by hand; each row below is one date expression
with the period and companies a careful reader assigns to it. The export must list exactly these
events: none missing, none invented.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[3]
SEEDS = ROOT / "seeds"

# (doc prefix, date words, period start, precision, companies, event type)
EXPECTED_EVENTS = [
    ("000", "May 6", "2023-05-06", "day", "Xiaohongshu", "organisation"),
    ("000", "March", "2023-03-01", "month", "Xiaohongshu", "organisation"),
    ("000", "April 2023", "2023-04-01", "month", "Xiaohongshu", "launch"),
    ("001", "February this year", "2023-02-01", "month", "Xiaohongshu", "people"),
    ("001", "March this year", "2023-03-01", "month", "Xiaohongshu", "organisation"),
    ("001", "2021", "2021-01-01", "year", "Xiaohongshu", "money/market"),
    ("001", "2022", "2022-01-01", "year", "Xiaohongshu", "money/market"),
    ("002", "January 19th", "2025-01-19", "day", "ByteDance", "regulation"),
    ("002", "Last week", "2025-01-06", "week", "ByteDance", "controversy/legal"),
    ("002", "last year", "2024-01-01", "year", "Xiaohongshu;ByteDance", "launch"),
    ("002", "December last year", "2024-12-01", "month", "Xiaohongshu", "money/market"),
    ("002", "2024", "2024-01-01", "year", "Xiaohongshu", "launch"),
    ("002", "Last July", "2024-07-01", "month", "Xiaohongshu", "people"),
    ("002", "2023", "2023-01-01", "year", "Xiaohongshu", "launch"),
    ("002", "2024", "2024-01-01", "year", "Xiaohongshu", "controversy/legal"),
    ("002", "the end of 2024", "2024-10-01", "quarter", "Xiaohongshu", "people"),
    ("002", "2025", "2025-01-01", "year", "Meta", "other"),
    ("002", "third-quarter earnings call in 2024", "2024-07-01", "quarter", "Meta", "money/market"),
    ("002", "2025", "2025-01-01", "year", "Meta", "launch"),
    ("002", "last year", "2024-01-01", "year", "Meta", "launch"),
    ("002", "last year", "2024-01-01", "year", "Xiaohongshu", "launch"),
    ("002", "2025", "2025-01-01", "year", "Xiaohongshu;Meta", "other"),
    ("003", "July 30", "2023-07-30", "day", "Xiaohongshu", "controversy/legal"),
    ("003", "The next day", "2023-07-31", "day", "Xiaohongshu", "controversy/legal"),
    ("003", "March", "2023-03-01", "month", "Xiaohongshu", "organisation"),
    ("003", "April of this year", "2023-04-01", "month", "Xiaohongshu", "launch"),
    ("003", "July", "2023-07-01", "month", "Xiaohongshu", "launch"),
    ("003", "January of this year", "2023-01-01", "month", "Stability AI;DeviantArt;Midjourney",
     "controversy/legal"),
    ("003", "August 15", "2023-08-15", "day", "Xiaohongshu", "regulation"),
    ("003", "August 1st", "2023-08-01", "day", "Xiaohongshu", "controversy/legal"),
    ("003", "the end of last year", "2022-10-01", "quarter", "Xiaohongshu", "controversy/legal"),
    ("004", "2021", "2021-01-01", "year", "ByteDance", "people"),
    ("004", "this quarter", "2024-01-01", "quarter", "ByteDance", "people"),
    ("004", "late last year", "2023-10-01", "quarter", "ByteDance;Google", "launch"),
    ("004", "the second half of last year", "2023-07-01", "half", "ByteDance", "launch"),
    ("004", "March", "2023-03-01", "month", "Baidu", "launch"),
    ("004", "April", "2023-04-01", "month", "Alibaba", "launch"),
    ("004", "mid-February", "2024-02-01", "month", "OpenAI;ByteDance", "launch"),
    ("004", "early February", "2024-02-01", "month", "ByteDance", "people"),
    ("004", "January", "2024-01-01", "month", "ByteDance", "people"),
    ("004", "November 2022", "2022-11-01", "month", "ByteDance;OpenAI", "launch"),
    ("004", "the following year", "2023-01-01", "year", "ByteDance;OpenAI", "launch"),
    ("004", "the end of the year", "2024-10-01", "quarter", "Apple", "launch"),
]

# doc prefix → (published, precision, origin, source, author, title starts with)
EXPECTED_DOCUMENTS = {
    "000": ("2023-05", "month", "inferred", "", "", "Xiaohongshu Starts Exploring Large Language Model"),
    "001": ("2023-05", "month", "inferred", "Sina Technology", "Zhou Wenmeng", '"Swing" Little Red Book'),
    "002": ("2025-01-16", "day", "text", "Lan Dong Business", "Zhao Weiwei", "TikTok's substantial user base"),
    "003": ("2023-08", "month", "inferred", "Babite", "", '"Can the pictures posted by artists'),
    "004": ("2024-02", "month", "inferred", "", "", "ByteDance goes all in with AI for social media"),
}

NOT_THE_ARTICLE = [
    "USDE", "gate.io", "Rewards Up for Grabs", "29% APR", "Details:", "免责声明", "aicoin", "SEE ALSO",
    "Image credit", "Image source", "01/16 2025 563", "Screenshot of video", "Written by |", "(ID: techsina)",
]


@pytest.fixture(scope="module")
def export_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("seed-export")
    result = subprocess.run(
        [sys.executable, "-m", "lib", "export", str(SEEDS), "--out", str(out), "--no-cache"],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return out


def _read(export_dir: Path, name: str) -> pd.DataFrame:
    return pd.read_csv(export_dir / f"{name}.csv", dtype=str, keep_default_na=False)


def test_every_dated_seed_sentence_is_an_event_with_the_right_period_and_companies(export_dir):
    events = _read(export_dir, "events")
    found = sorted(zip(events["doc_id"].str[:3], events["date_text"], events["date"], events["precision"],
                       events["companies"], events["event_type"], strict=True))
    assert found == sorted(EXPECTED_EVENTS)


@pytest.mark.parametrize("prefix", sorted(EXPECTED_DOCUMENTS))
def test_seed_metadata(export_dir, prefix):
    documents = _read(export_dir, "documents").set_index("doc_id")
    row = documents.loc[[d for d in documents.index if d.startswith(prefix)][0]]
    published, precision, origin, source, author, title = EXPECTED_DOCUMENTS[prefix]
    assert (row.published, row.date_precision, row.date_origin) == (published, precision, origin)
    assert (row.source, row.author) == (source, author)
    assert row.title.startswith(title)
    assert row.language == "en"


@pytest.mark.parametrize("fragment", NOT_THE_ARTICLE)
def test_no_promotion_disclaimer_or_caption_left_in_the_text(export_dir, fragment):
    documents = _read(export_dir, "documents")
    assert not documents["text"].str.contains(fragment, regex=False, case=False).any()


def test_event_offsets_point_at_the_dates_own_words(export_dir):
    documents = _read(export_dir, "documents").set_index("doc_id")
    events = _read(export_dir, "events")
    for event in events.itertuples():
        text = documents.loc[event.doc_id, "text"]
        assert text[int(event.start):int(event.end)] == event.date_text


def test_mention_offsets_and_sentences_agree(export_dir):
    documents = _read(export_dir, "documents").set_index("doc_id")
    sentences = _read(export_dir, "sentences").set_index(["doc_id", "sent_id"])
    for mention in _read(export_dir, "mentions").itertuples():
        text = documents.loc[mention.doc_id, "text"]
        sentence = sentences.loc[(mention.doc_id, mention.sent_id)]
        assert text[int(mention.start):int(mention.end)] == mention.alias
        assert int(sentence.start) <= int(mention.start) < int(mention.end) <= int(sentence.end)
