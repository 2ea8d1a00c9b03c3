"""The whole pipeline on messy folders: nothing crashes, nothing is silently lost (caches: test_corpus_caches)."""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pandas as pd
import pytest

import lib.pipeline.article as article
import lib.pipeline.batches as batches
from lib.pipeline.corpus import build_corpus, doc_ids_for
from lib.schema import Doc, Event, Mention, Sent, Skipped, Term, Warning_
from tests.corpus_factory import EXPECTED_OUTCOMES, write_messy_corpus, write_metadata_csv

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.mark.parametrize(
    ("paths", "expected"),
    [
        (["a.txt", "b.md"], {"a.txt": "a", "b.md": "b"}),
        (["a.txt", "a.md"], {"a.txt": "a.txt", "a.md": "a.md"}),
        (["x/a.txt", "y/a.txt"], {"x/a.txt": "x/a", "y/a.txt": "y/a"}),
        (["新闻/字节.txt"], {"新闻/字节.txt": "新闻/字节"}),
    ],
)
def test_doc_ids_are_readable_and_unique(paths, expected):
    assert doc_ids_for(paths) == expected


@pytest.mark.parametrize("path", ["a.txt", "x/a.md", "新闻/字节跳动.txt", "新聞/位元組.HTML", ".hidden", "x/.txt",
                                  "a.", "x.y/readme", "x.y/z.tar.gz", "no_suffix", "d/e/f..txt", "a b/c d.docx"])
def test_a_doc_id_is_the_path_without_its_suffix_as_pathlib_says(path):
    assert doc_ids_for([path]) == {path: str(PurePosixPath(path).with_suffix(""))}


def test_messy_folder_ingests_every_readable_article_and_reports_the_rest(tmp_path):
    corpus = build_corpus(write_messy_corpus(tmp_path / "messy"), cache_dir=None)
    ingested = set(corpus.documents[Doc.FILE])
    skipped = dict(zip(corpus.skipped[Skipped.FILE], corpus.skipped[Skipped.REASON], strict=True))
    for name, (outcome, detail) in EXPECTED_OUTCOMES.items():
        if name == "big.txt":
            continue  # over the small test limit only; the default limit is 5 MB
        if outcome == "text":
            assert name in ingested, skipped.get(name)
        else:
            assert skipped[name].startswith(detail)
    gbk = corpus.documents.set_index(Doc.FILE).loc["zh_gbk.txt"]
    assert gbk[Doc.LANGUAGE] == "zh"
    assert "免责声明" not in gbk[Doc.TEXT]
    assert (gbk[Doc.PUBLISHED], gbk[Doc.DATE_ORIGIN]) == ("2024-05-15", "text")


def test_chinese_article_yields_mentions_events_and_whole_terms(tmp_path):
    corpus = build_corpus(write_messy_corpus(tmp_path / "messy"), cache_dir=None)
    doc_id = corpus.documents.set_index(Doc.FILE).loc["zh_gbk.txt", Doc.DOC_ID]
    mentions = corpus.mentions[corpus.mentions[Mention.DOC_ID] == doc_id]
    assert {"ByteDance"} <= set(mentions[Mention.COMPANY])
    events = corpus.events[corpus.events[Event.DOC_ID] == doc_id]
    assert ("5月15日", "2024-05-15") in set(zip(events[Event.DATE_TEXT], events[Event.DATE], strict=True))
    terms = set(corpus.terms.loc[corpus.terms[Term.DOC_ID] == doc_id, Term.TERM])
    assert {"字节跳动", "豆包"} <= terms


def test_html_page_loses_its_script_and_keeps_its_title(tmp_path):
    corpus = build_corpus(write_messy_corpus(tmp_path / "messy"), cache_dir=None)
    page = corpus.documents.set_index(Doc.FILE).loc["page.html"]
    assert page[Doc.TITLE] == "Alibaba & Tencent Back Moonshot AI"
    assert "alert(1)" not in page[Doc.TEXT] and "INJECTED" not in page[Doc.TEXT]


def test_metadata_csv_overrides_and_bad_rows_warn(tmp_path):
    root = write_messy_corpus(tmp_path / "messy")
    write_metadata_csv(root)
    corpus = build_corpus(root, cache_dir=None)
    gbk = corpus.documents.set_index(Doc.FILE).loc["zh_gbk.txt"]
    assert (gbk[Doc.SOURCE], gbk[Doc.PUBLISHED], gbk[Doc.DATE_ORIGIN]) == ("36Kr", "2024-05-15", "metadata")
    assert (corpus.warnings[Warning_.SOURCE] != "").all()
    assert len(corpus.warnings) >= 2


def test_an_article_that_breaks_the_parser_is_skipped_with_the_reason(seeds_copy, monkeypatch):
    real = article.parse_document

    def fragile(raw, doc_id, row, kit):
        if raw.rel_path.startswith("003"):
            raise RecursionError("pathological input")
        return real(raw, doc_id, row, kit)

    monkeypatch.setattr(article, "parse_document", fragile)
    corpus = build_corpus(seeds_copy, cache_dir=None)
    assert len(corpus.documents) == 4
    reason = corpus.skipped.set_index(Skipped.FILE).loc["003_df3640600e7e6e30.txt", Skipped.REASON]
    assert "RecursionError" in reason and "pathological input" in reason


def test_process_pool_gives_the_same_frames_as_one_process(seeds_copy, monkeypatch):
    serial = build_corpus(seeds_copy, cache_dir=None, workers=1)
    monkeypatch.setattr(batches, "POOL_THRESHOLD", 1)
    pooled = build_corpus(seeds_copy, cache_dir=None, workers=2)
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed"):
        pd.testing.assert_frame_equal(getattr(serial, name), getattr(pooled, name))


def test_progress_reports_files_done_and_total(seeds_copy):
    seen: list[tuple[int, int]] = []
    build_corpus(seeds_copy, cache_dir=None, progress=lambda done, total: seen.append((done, total)))
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)
    assert [done for done, _ in seen] == sorted(done for done, _ in seen)


def test_frames_have_the_schema_columns(seeds_copy):
    corpus = build_corpus(seeds_copy, cache_dir=None)
    assert list(corpus.documents.columns) == Doc.COLUMNS
    assert list(corpus.sentences.columns) == Sent.COLUMNS
    assert list(corpus.mentions.columns) == Mention.COLUMNS
    assert list(corpus.events.columns) == Event.COLUMNS
    assert list(corpus.terms.columns) == Term.COLUMNS


def test_empty_folder_gives_empty_frames(tmp_path):
    corpus = build_corpus(tmp_path, cache_dir=None)
    assert corpus.documents.empty and corpus.events.empty and corpus.skipped.empty
    assert list(corpus.events.columns) == Event.COLUMNS
    # Text columns of an empty corpus must still take string methods (the sidebar labels documents).
    assert corpus.documents[Doc.FILE].str.lower().empty and corpus.events[Event.COMPANIES].str.len().empty


def test_a_hostile_corpus_is_read_in_full_and_kept_as_data(hostile_corpus):
    from tests.corpus_factory import IMG, SCRIPT

    corpus = build_corpus(hostile_corpus, cache_dir=None)
    assert len(corpus.documents) == 3 and corpus.skipped.empty
    assert SCRIPT in set(corpus.documents[Doc.TITLE])  # metadata.csv's title, kept verbatim as data
    assert corpus.documents[Doc.TEXT].str.contains(IMG, regex=False).all()
    assert {"ByteDance", "Alibaba"} <= set(corpus.mentions[Mention.COMPANY])
    assert len(corpus.events) > 0


@pytest.mark.parametrize(
    ("values", "arrow_type"),
    [
        (["ByteDance", None, "Tencent"], "string"),
        ([None, 3, 4], "int64"),
        ([0.5, 1.0], "double"),
        ([True, False], "bool"),
        ([], "null"),
        ([None, None], "null"),
        ([1, 2.5], "double"),  # mixed: inferred, not truncated to int
    ],
)
def test_arrow_columns_are_typed_from_their_values(values, arrow_type):
    array = batches._array(values)
    assert str(array.type) == arrow_type and array.to_pylist() == values


def test_the_same_article_saved_again_points_to_the_copy_kept(tmp_path):
    """A seed saved a second time as an HTML page and a third time reposted in GB18030 is one article."""
    original = sorted(p for p in SEEDS.iterdir() if p.suffix == ".txt")[2]
    text = original.read_text(encoding="utf-8")
    title, body = text.split("\n", 1)
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a_original.txt").write_text(text, encoding="utf-8")
    paragraphs = "".join(f"<p>{line}</p>" for line in body.splitlines() if line.strip())
    (folder / "b_saved_page.html").write_text(
        f"<html><head><title>{title}</title></head><body><nav>Home | Tech</nav><article><h1>{title}</h1>"
        f"{paragraphs}</article><footer>© Example</footer></body></html>", encoding="utf-8")
    (folder / "c_repost.txt").write_bytes(("转载 Reposted\n" + text + "\n责任编辑：王芳\n").encode("gb18030"))
    (folder / "d_other.txt").write_text(sorted(SEEDS.glob("*.txt"))[0].read_text(encoding="utf-8"), encoding="utf-8")
    docs = build_corpus(folder, cache_dir=None).documents.set_index(Doc.DOC_ID)
    assert docs[Doc.DUPLICATE_OF].to_dict() == {
        "a_original": "", "b_saved_page": "a_original", "c_repost": "a_original", "d_other": ""}
