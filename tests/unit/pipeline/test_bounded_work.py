"""Issue 10, finding 1: one article cannot exhaust the machine.

A one-line article with company names and dates and no sentence punctuation used to be one
sentence that every event copied whole, so its cost grew with the square of its length.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import lib.pipeline.article as article
import lib.pipeline.batches as batches
from lib.parse.sentences import MAX_SENTENCE_CHARS
from lib.pipeline.corpus import build_corpus
from lib.schema import Event, Sent, Skipped

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
ONE_LINE = {
    "en": "ByteDance launched Doubao in March 2024 and Alibaba answered with Qwen on May 6 2024 while "
          "Tencent sued Baidu last year ",
    "zh": "字节跳动2024年3月发布豆包阿里巴巴2024年5月6日推出通义千问腾讯去年起诉百度",
    "zh-hant": "字節跳動2024年3月發布豆包阿里巴巴2024年5月6日推出通義千問騰訊去年起訴百度",
}


def write_one_line(folder: Path, language: str, chars: int) -> str:
    phrase = ONE_LINE[language]
    text = phrase * (chars // len(phrase))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "long.txt").write_text(text, encoding="utf-8")
    return text


@pytest.mark.parametrize("language", sorted(ONE_LINE))
def test_a_long_one_line_article_gives_bounded_sentences_and_events(tmp_path, language):
    text = write_one_line(tmp_path / "corpus", language, 100_000)
    corpus = build_corpus(tmp_path / "corpus", None)
    assert corpus.skipped.empty
    assert len(corpus.sentences) >= len(text) // MAX_SENTENCE_CHARS
    assert corpus.sentences[Sent.TEXT].str.len().max() <= MAX_SENTENCE_CHARS
    assert len(corpus.events) > 100
    assert corpus.events[Event.SENTENCE].str.len().max() <= MAX_SENTENCE_CHARS
    # Linear: the events' text is a bounded multiple of the article, not events × article.
    assert corpus.events[Event.SENTENCE].str.len().sum() < 100 * len(text)


def test_an_article_over_the_budget_is_skipped_with_the_reason_and_the_rest_parse(tmp_path, monkeypatch):
    corpus_dir = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    write_one_line(corpus_dir, "en", 50_000)
    monkeypatch.setattr(batches, "FILE_TEXT_CHARS", 200_000)
    corpus = build_corpus(corpus_dir, None)
    reasons = dict(zip(corpus.skipped[Skipped.FILE], corpus.skipped[Skipped.REASON], strict=True))
    assert "over the 200,000 budget" in reasons["long.txt"]
    assert len(corpus.documents) == 5


def test_an_article_that_runs_out_of_memory_is_skipped_not_fatal(tmp_path, monkeypatch):
    corpus_dir = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    real = article.parse_document

    def exhausting(raw, doc_id, row, kit):
        if raw.rel_path.startswith("001"):
            raise MemoryError
        return real(raw, doc_id, row, kit)

    monkeypatch.setattr(article, "parse_document", exhausting)
    corpus = build_corpus(corpus_dir, None)
    assert len(corpus.documents) == 4
    assert corpus.skipped[Skipped.REASON].str.contains("out of memory").any()


def test_a_slow_article_is_skipped_with_the_time_it_took(tmp_path, monkeypatch):
    corpus_dir = Path(shutil.copytree(SEEDS, tmp_path / "seeds"))
    monkeypatch.setattr(batches, "FILE_SECONDS", -1.0)
    corpus = build_corpus(corpus_dir, None)
    assert corpus.documents.empty
    assert corpus.skipped[Skipped.REASON].str.contains("budget per file").all()
