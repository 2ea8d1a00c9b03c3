"""The parse cache: checksummed MessagePack payloads under a key of everything a parse depends on."""

from __future__ import annotations

import hashlib
import json
import sqlite3

import msgpack
import pytest

from lib.store.parse_cache import (
    PARSE_CACHE_FILE,
    DamagedPayload,
    ParseCache,
    content_digest,
    default_cache_dir,
    pack_payload,
    parse_key,
    unpack_payload,
)

ARTICLE = "字节跳动发布豆包大模型。ByteDance launched Doubao on May 15, 2024.\n".encode()
ROW = {"file": "000_ae120ede6c11f766.txt", "title": "豆包", "date": "2024-05-15", "language": "zh"}


@pytest.mark.parametrize(
    "value",
    [{"failure": "empty file"}, {"a": [1, 2.5, None, True, "字节跳动", "\udcff lone surrogate"]}, [], "x" * 10_000],
)
def test_payloads_round_trip_and_any_changed_byte_is_refused(value):
    payload = pack_payload(value)
    assert unpack_payload(payload) == value
    for position in range(0, len(payload), max(1, len(payload) // 50)):
        damaged = bytearray(payload)
        damaged[position] ^= 0x01
        with pytest.raises(DamagedPayload):
            unpack_payload(bytes(damaged))


@pytest.mark.parametrize("value", [{"text": "字节跳动 ByteDance"}, {"text": ["ok", "\udcff lone surrogate"]}])
def test_text_is_packed_as_utf_8_lone_surrogates_passed_through(value):
    body = pack_payload(value)[len(b"NIC2") + 32:]
    assert body == msgpack.packb(value, use_bin_type=True, unicode_errors="surrogatepass")


@pytest.mark.parametrize(("payload", "reason"), [
    (b"", "not a version-2 payload"),
    (b"\x80\x04\x95", "not a version-2 payload"),  # a pickle's opening bytes
    ("NIC2", "not a version-2 payload"),  # text, not bytes
    (pack_payload({"a": 1})[:-1], "checksum mismatch"),  # cut short
    (pack_payload({"a": 1}) + b"\x00", "checksum mismatch"),
])
def test_a_payload_that_is_not_exactly_a_packed_value_is_refused(payload, reason):
    with pytest.raises(DamagedPayload, match=reason):
        unpack_payload(payload)


def test_a_payload_whose_body_matches_its_checksum_but_does_not_decode_is_refused():
    body = b"\xc1"  # a byte MessagePack never uses
    with pytest.raises(DamagedPayload, match="does not decode"):
        unpack_payload(b"NIC2" + hashlib.sha256(body).digest() + body)


def test_a_content_digest_is_the_files_sha256():
    assert content_digest(b"") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    assert content_digest(ARTICLE) != content_digest(ARTICLE + b" ")
    assert len(content_digest(ARTICLE)) == 64


def _key(**changes) -> str:
    arguments = {"rel_path": "zh/000.txt", "doc_id": "d0001", "content": content_digest(ARTICLE),
                 "csv_row": ROW, "rules_version": "r1"} | changes
    return parse_key(**arguments)


@pytest.mark.parametrize("change", [
    {"rel_path": "zh/001.txt"},
    {"doc_id": "d0002"},
    {"content": content_digest(ARTICLE.replace("豆包".encode(), "豆包Pro".encode()))},
    {"csv_row": ROW | {"date": "2024-05-16"}},
    {"csv_row": None},
    {"rules_version": "r2"},
])
def test_the_parse_key_changes_with_everything_a_parse_depends_on(change):
    assert _key(**change) != _key()


@pytest.mark.parametrize("row", [ROW, None, {"file": "zh/000.txt", "title": "字節跳動發布「豆包」", "x": 'a "q"'}])
def test_the_parse_key_is_the_digest_every_cache_was_written_under(row):
    # A key computed differently would make every cached parse and snapshot unreachable.
    digest = hashlib.sha256(b"zh/000.txt\0d0001\0" + bytes.fromhex(content_digest(ARTICLE)))
    digest.update(json.dumps(dict(row or {}), sort_keys=True).encode("utf-8") + b"r1")
    assert _key(csv_row=row) == digest.hexdigest()


def test_the_parse_key_is_stable_and_ignores_the_order_of_the_metadata_row():
    assert _key() == _key(csv_row=dict(reversed(list(ROW.items()))))
    assert _key(csv_row=None) == _key(csv_row={})
    assert len(_key()) == 64


def test_the_cache_folder_follows_the_environment_as_it_is_now(monkeypatch, tmp_path):
    monkeypatch.setenv("NEWS_CACHE_DIR", str(tmp_path / "cache"))
    assert default_cache_dir() == tmp_path / "cache"
    monkeypatch.delenv("NEWS_CACHE_DIR")
    assert default_cache_dir().parts[-2:] == (".cache", "news-intel")


def test_stored_payloads_come_back_decoded_and_missing_keys_are_left_out(tmp_path):
    cache = ParseCache(tmp_path)
    assert cache.keeps
    cache.put_payloads({"k1": pack_payload({"title": "豆包"}), "k2": pack_payload({"title": "Doubao"})})
    assert (tmp_path / PARSE_CACHE_FILE).is_file()
    found = cache.get_many(["k1", "k2", "k3"], lambda value: value["title"])
    assert found == {"k1": "豆包", "k2": "Doubao"}
    assert (cache.damaged, cache.discarded_file) == ([], False)


def test_a_later_put_replaces_the_payload_of_its_key(tmp_path):
    cache = ParseCache(tmp_path)
    cache.put_payloads({"k": pack_payload(1)})
    cache.put_payloads({"k": pack_payload(2)})
    assert cache.get_many(["k"], int) == {"k": 2}


def test_more_keys_than_one_query_holds_are_read_in_chunks(tmp_path):
    cache = ParseCache(tmp_path)
    cache.put_payloads({f"k{i}": pack_payload(i) for i in range(1_203)})
    found = cache.get_many((f"k{i}" for i in range(1_203)), int)
    assert found == {f"k{i}": i for i in range(1_203)}


@pytest.mark.parametrize("error", [ValueError, TypeError, KeyError])
def test_a_payload_the_decoder_rejects_is_deleted_and_named_damaged(tmp_path, error):
    cache = ParseCache(tmp_path)
    cache.put_payloads({"good": pack_payload({"n": 1}), "bad": pack_payload({"n": "x"})})

    def decode(value):
        if value["n"] == "x":
            raise error("wrong shape")
        return value["n"]

    assert cache.get_many(["good", "bad"], decode) == {"good": 1}
    assert cache.damaged == ["bad"]
    assert cache.get_many(["good", "bad"], decode) == {"good": 1}
    assert cache.damaged == [], "deleted, so not found again"


def test_a_payload_failing_its_checksum_is_deleted_and_named_damaged(tmp_path):
    cache = ParseCache(tmp_path)
    cache.put_payloads({"k": pack_payload("字节跳动")})
    with sqlite3.connect(tmp_path / PARSE_CACHE_FILE) as connection:
        connection.execute("UPDATE parsed SET payload = ? WHERE key = 'k'", (pack_payload("字节跳动")[:-1],))
    assert cache.get_many(["k"], str) == {}
    assert cache.damaged == ["k"]


def test_a_file_that_is_no_database_is_removed_and_read_as_empty(tmp_path):
    (tmp_path / PARSE_CACHE_FILE).write_bytes(b"this is not SQLite" * 100)
    cache = ParseCache(tmp_path)
    assert cache.get_many(["k"], str) == {}
    assert cache.discarded_file and not (tmp_path / PARSE_CACHE_FILE).exists()
    cache.put_payloads({"k": pack_payload("again")})
    assert cache.get_many(["k"], str) == {"k": "again"} and not cache.discarded_file


def test_without_a_folder_nothing_is_kept(tmp_path):
    cache = ParseCache(None)
    cache.put_payloads({"k": pack_payload(1)})
    assert not cache.keeps and cache.get_many(["k"], int) == {}


def test_an_empty_or_absent_cache_reads_nothing_and_creates_nothing(tmp_path):
    cache = ParseCache(tmp_path / "new")
    assert cache.get_many(["k"], int) == {}
    cache.put_payloads({})
    assert not (tmp_path / "new").exists()
    cache.put_payloads({"k": pack_payload(1)})
    assert cache.get_many([], int) == {}


def test_a_folder_that_cannot_be_created_costs_speed_not_results(tmp_path):
    (tmp_path / "a-file").write_text("x")
    cache = ParseCache(tmp_path / "a-file" / "cache")
    cache.put_payloads({"k": pack_payload(1)})
    assert cache.get_many(["k"], int) == {}
