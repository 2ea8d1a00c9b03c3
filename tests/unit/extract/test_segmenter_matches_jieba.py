"""The compiled segmenter (rjieba, jieba-rs) must cut Chinese exactly as jieba itself does.

Terms come from rjieba for speed; jieba is the reference the dashboard's words are defined by. The
comparison runs over every Chinese run of the seeds and of a generated corpus, with the same user
words (gazetteer aliases) added to both, so a change in either library shows up here.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import jieba
import pytest

from benchmarks.synthetic_corpus import write_corpus
from lib.extract.terms import _tokenizer
from lib.pipeline.article import build_toolkit
from lib.read.decoding import decode_text
from lib.read.folder import read_folder
from lib.rules import load_rules

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
CHINESE_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _reference(user_words: tuple[str, ...]) -> jieba.Tokenizer:
    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in user_words:
        tokenizer.add_word(word)
    return tokenizer


def _chinese_runs(folder: Path) -> list[str]:
    raws, _ = read_folder(folder)
    return [run for raw in raws for run in CHINESE_RUN.findall(decode_text(raw.data))]


@pytest.fixture(scope="module")
def user_words() -> tuple[str, ...]:
    return build_toolkit(load_rules(SEEDS)).terms._user_words


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    write_corpus(folder, 60)
    return folder


@pytest.mark.parametrize(("corpus", "at_least"), [("seeds", 10), ("generated", 500)])
def test_every_chinese_run_is_cut_as_jieba_cuts_it(corpus, at_least, user_words, generated):
    runs = _chinese_runs(SEEDS if corpus == "seeds" else generated)
    assert len(runs) >= at_least, "the comparison needs real Chinese text"
    reference, compiled = _reference(user_words), _tokenizer(user_words)
    differing = [(run, reference.lcut(run), compiled.cut(run)) for run in runs
                 if reference.lcut(run) != compiled.cut(run)]
    assert differing == []


def test_user_words_come_out_whole(user_words):
    assert "小红书" in user_words and "字节跳动" in user_words
    compiled = _tokenizer(user_words)
    for word in ("小红书", "字节跳动"):
        assert word in compiled.cut(f"今天{word}发布了新的大模型")


@pytest.mark.parametrize("word", ["蓝心智能", "书生浦语", "灵犀助手"])
def test_an_added_word_changes_both_segmenters_alike(word, user_words):
    sentence = f"{word}在上海发布新版本"
    words = (*user_words, word)
    assert _tokenizer(words).cut(sentence) == _reference(words).lcut(sentence)
    assert word in _tokenizer(words).cut(sentence)
