"""The whole pipeline on messy folders: nothing crashes, nothing is silently lost, caches are honest."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pandas as pd
import pytest

import lib.pipeline.article as article
import lib.pipeline.batches as batches
import lib.pipeline.corpus as pipeline
from lib.pipeline.corpus import build_corpus, doc_ids_for
from lib.schema import Doc, Event, Mention, Sent, Skipped, Term, Warning_
from lib.store.parse_cache import PARSE_CACHE_FILE
from lib.store.snapshot import SNAPSHOT_DIR
from tests.corpus_factory import EXPECTED_OUTCOMES, write_messy_corpus, write_metadata_csv

SEEDS = Path(__file__).resolve().parents[3] / "seeds"


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    return Path(shutil.copytree(SEEDS, tmp_path / "seeds"))


@pytest.fixture
def count_parses(monkeypatch):
    """Count calls of parse_document made in this process."""
    calls: list[str] = []
    real = article.parse_document

    def counting(raw, doc_id, row, kit):
        calls.append(raw.rel_path)
        return real(raw, doc_id, row, kit)

    monkeypatch.setattr(article, "parse_document", counting)
    return calls


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


def test_parse_cache_skips_unchanged_files_and_reparses_only_what_changed(seeds_copy, tmp_path, count_parses):
    cache = tmp_path / "cache"
    first = build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_parses) == 5
    second = build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_parses) == 5, "a warm start must not parse again"
    pd.testing.assert_frame_equal(first.events, second.events)
    pd.testing.assert_frame_equal(first.documents, second.documents)

    (seeds_copy / "new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    third = build_corpus(seeds_copy, cache_dir=cache)
    assert count_parses[5:] == ["new.txt"]
    assert len(third.documents) == 6


def test_a_changed_metadata_row_reparses_that_article_only(seeds_copy, tmp_path, count_parses):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    metadata = seeds_copy / "metadata.csv"
    metadata.write_text(metadata.read_text(encoding="utf-8").replace(
        "004_7deb7713580fdd7d.txt,,,,,2024-02,", "004_7deb7713580fdd7d.txt,,SCMP,,,2024-03,"), encoding="utf-8")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert count_parses[5:] == ["004_7deb7713580fdd7d.txt"]
    assert corpus.documents.set_index(Doc.FILE).loc["004_7deb7713580fdd7d.txt", Doc.PUBLISHED] == "2024-03"


def test_a_gazetteer_added_to_the_folder_invalidates_the_cache(seeds_copy, tmp_path, count_parses):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    (seeds_copy / "gazetteer.csv").write_text(
        "entity,kind,company,aliases\nWILL Business Conference,product,Xiaohongshu,WILL Business Conference\n",
        encoding="utf-8")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_parses) == 10
    assert "WILL Business Conference" in set(corpus.mentions[Mention.ENTITY])


def test_a_damaged_cache_file_is_ignored(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / PARSE_CACHE_FILE).write_bytes(b"this is not a database")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert len(corpus.documents) == 5
    said = corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE]
    assert list(said) == ["parse cache: not a database; discarded, every article parsed again"]


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


def test_a_warm_start_from_the_snapshot_gives_the_same_frames(tmp_path, count_parses):
    root = write_messy_corpus(tmp_path / "messy")
    write_metadata_csv(root)
    cache = tmp_path / "cache"
    cold = build_corpus(root, cache_dir=cache)
    parses = len(count_parses)
    warm = build_corpus(root, cache_dir=cache)
    assert len(count_parses) == parses
    assert len(warm.skipped) > 0 and len(warm.warnings) > 0
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings"):
        pd.testing.assert_frame_equal(getattr(cold, name), getattr(warm, name))


def test_an_empty_folder_round_trips_through_the_snapshot(tmp_path):
    cold = build_corpus(tmp_path / ".." / tmp_path.name, cache_dir=tmp_path / ".cache")
    warm = build_corpus(tmp_path, cache_dir=tmp_path / ".cache")
    assert list(warm.events.columns) == list(cold.events.columns) and warm.documents.empty


def test_a_damaged_snapshot_is_ignored(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    clean = build_corpus(seeds_copy, cache_dir=cache)
    damaged = sorted((cache / SNAPSHOT_DIR).rglob("*.arrow"))
    assert {path.name for path in damaged} >= {"documents.arrow", "events.arrow"}
    for arrow in damaged:
        arrow.write_bytes(b"not arrow")
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    assert len(corpus.events) > 0
    # The damage was seen and said (not silently served or skipped), and the frames are the clean ones.
    said = corpus.warnings.loc[corpus.warnings[Warning_.SOURCE] == "cache", Warning_.MESSAGE]
    assert said.str.contains("fails its checksum; discarded and rebuilt").any(), list(said)
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped"):
        pd.testing.assert_frame_equal(getattr(corpus, name), getattr(clean, name))


def test_a_hostile_corpus_is_read_in_full_and_kept_as_data(hostile_corpus):
    from tests.corpus_factory import IMG, SCRIPT

    corpus = build_corpus(hostile_corpus, cache_dir=None)
    assert len(corpus.documents) == 3 and corpus.skipped.empty
    assert SCRIPT in set(corpus.documents[Doc.TITLE])  # metadata.csv's title, kept verbatim as data
    assert corpus.documents[Doc.TEXT].str.contains(IMG, regex=False).all()
    assert {"ByteDance", "Alibaba"} <= set(corpus.mentions[Mention.COMPANY])
    assert len(corpus.events) > 0


def _add_article(root: Path) -> None:
    (root / "new.txt").write_text("Tencent Launches Hunyuan\nTencent launched Hunyuan on September 7, 2023.\n",
                                  encoding="utf-8")


def _edit_article(root: Path) -> None:
    path = root / "000_ae120ede6c11f766.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nBaidu hired an AI scientist in June 2023.\n",
                    encoding="utf-8")


def _remove_article(root: Path) -> None:
    (root / "003_df3640600e7e6e30.txt").unlink()


def _break_article(root: Path) -> None:
    (root / "002_edb25278540afc68.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00" * 50)


def _collide_ids(root: Path) -> None:
    (root / "004_7deb7713580fdd7d.md").write_text("Apple Plans\nApple said on March 1, 2024 it would act.\n",
                                                  encoding="utf-8")


def _change_metadata(root: Path) -> None:
    metadata = root / "metadata.csv"
    metadata.write_text(metadata.read_text(encoding="utf-8").replace(
        "004_7deb7713580fdd7d.txt,,,,,2024-02,", "004_7deb7713580fdd7d.txt,,SCMP,,,2024-03,"), encoding="utf-8")


@pytest.mark.parametrize(("change", "parsed"), [
    (_add_article, ["new.txt"]),
    (_edit_article, ["000_ae120ede6c11f766.txt"]),
    (_remove_article, []),
    (_break_article, ["002_edb25278540afc68.txt"]),
    (_collide_ids, ["004_7deb7713580fdd7d.md", "004_7deb7713580fdd7d.txt"]),
    (_change_metadata, ["004_7deb7713580fdd7d.txt"]),
])
def test_an_incremental_build_equals_a_full_build_and_parses_only_the_change(
        seeds_copy, tmp_path, count_parses, change, parsed):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    change(seeds_copy)
    del count_parses[:]
    incremental = build_corpus(seeds_copy, cache_dir=cache)
    assert sorted(count_parses) == parsed
    full = build_corpus(seeds_copy, cache_dir=None)
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "skipped", "warnings"):
        pd.testing.assert_frame_equal(getattr(incremental, name), getattr(full, name), obj=name)


def test_cached_and_fresh_parses_interleave_in_folder_order(seeds_copy, tmp_path, count_parses):
    """Without a snapshot, cached articles and newly parsed ones are put back in folder order."""
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    shutil.rmtree(cache / SNAPSHOT_DIR)
    (seeds_copy / "002b_new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    mixed = build_corpus(seeds_copy, cache_dir=cache)
    assert count_parses[5:] == ["002b_new.txt"]
    fresh = build_corpus(seeds_copy, cache_dir=None)
    assert list(mixed.documents[Doc.FILE]) == sorted(mixed.documents[Doc.FILE])
    for name in ("documents", "sentences", "mentions", "events", "terms", "removed", "warnings"):
        pd.testing.assert_frame_equal(getattr(fresh, name), getattr(mixed, name))


def test_worker_processes_fill_the_parse_cache(seeds_copy, tmp_path, monkeypatch, count_parses):
    """Workers store their own results; a later build without a snapshot parses nothing."""
    monkeypatch.setattr(batches, "POOL_THRESHOLD", 1)
    cache = tmp_path / "cache"
    pooled = build_corpus(seeds_copy, cache_dir=cache, workers=2)
    assert count_parses == [], "the parses ran in worker processes"
    shutil.rmtree(cache / SNAPSHOT_DIR)
    again = build_corpus(seeds_copy, cache_dir=cache, workers=1)
    assert count_parses == [], "every article came from the parse cache the workers filled"
    for name in ("documents", "events", "terms"):
        pd.testing.assert_frame_equal(getattr(pooled, name), getattr(again, name))


@pytest.fixture
def count_reads(monkeypatch):
    """The files whose bytes build_corpus reads."""
    reads: list[str] = []
    real = pipeline.read_found

    def counting(found, *args):
        reads.extend(entry.rel_path for entry in found)
        return real(found, *args)

    monkeypatch.setattr(pipeline, "read_found", counting)
    return reads


def test_a_warm_start_reads_no_article_and_a_new_one_reads_only_it(seeds_copy, tmp_path, count_reads):
    cache = tmp_path / "cache"
    build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_reads) == 5
    build_corpus(seeds_copy, cache_dir=cache)
    assert len(count_reads) == 5, "unchanged files (same inode, size and times) are not read again"
    (seeds_copy / "new.txt").write_text("Tencent launched Hunyuan on September 7, 2023.\n", encoding="utf-8")
    assert len(build_corpus(seeds_copy, cache_dir=cache).documents) == 6
    assert count_reads[5:] == ["new.txt"]


def test_an_edit_that_keeps_size_and_modification_time_is_still_seen(seeds_copy, tmp_path):
    cache = tmp_path / "cache"
    article = seeds_copy / "004_7deb7713580fdd7d.txt"
    build_corpus(seeds_copy, cache_dir=cache)
    before = article.stat()
    text = article.read_text(encoding="utf-8")
    article.write_text(text.replace("ByteDance", "BytEDance", 1), encoding="utf-8")
    os.utime(article, ns=(before.st_atime_ns, before.st_mtime_ns))  # size and mtime as before
    assert article.stat().st_size == before.st_size and article.stat().st_mtime_ns == before.st_mtime_ns
    corpus = build_corpus(seeds_copy, cache_dir=cache)
    text_now = corpus.documents.set_index(Doc.FILE).loc[article.name, Doc.TEXT]
    assert text_now.startswith("BytEDance"), "the change time moved, so the file was read again"


def test_two_folders_with_the_same_file_names_share_a_cache_without_mixing(tmp_path):
    cache = tmp_path / "cache"
    first, second = tmp_path / "first", tmp_path / "second"
    for folder, company in ((first, "Tencent"), (second, "Baidu")):
        folder.mkdir()
        (folder / "a.txt").write_text(f"{company} launched a model on May 5, 2024.\n", encoding="utf-8")
    stamp = (first / "a.txt").stat()
    os.utime(second / "a.txt", ns=(stamp.st_atime_ns, stamp.st_mtime_ns))
    assert set(build_corpus(first, cache_dir=cache).mentions[Mention.COMPANY]) == {"Tencent"}
    assert set(build_corpus(second, cache_dir=cache).mentions[Mention.COMPANY]) == {"Baidu"}
    assert set(build_corpus(first, cache_dir=cache).mentions[Mention.COMPANY]) == {"Tencent"}


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
