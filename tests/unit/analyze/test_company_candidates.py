"""Discovering companies the gazetteer does not know: patterns in both languages, junk filtered."""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import pytest

from lib.analyze.company_candidate_rules import load_candidate_rules
from lib.analyze.company_candidates import (
    CANDIDATE,
    DOCUMENTS,
    EXAMPLE,
    MAX_EXAMPLE_CHARS,
    MENTIONS,
    company_candidates,
)
from lib.pipeline.article import build_toolkit, parse_document
from lib.read.folder import RawFile
from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry

# Real firms the rows below must discover. They are taken out of the built-in gazetteer here, so
# the rows test discovery whether or not the shipped gazetteer knows them.
DISCOVERED_HERE = ("Black Sesame", "Kingdee", "Shengshu", "Empyrean", "Hesai", "Montage Technology", "星动纪元",
                   "云鲸", "生数", "华勤", "云天励飞", "Lightelligence")


def known_here(entry: GazetteerEntry) -> bool:
    names = [alias.lstrip("=").casefold() for alias in (entry.entity, *entry.aliases)]
    return not any(firm.casefold() in name or name in firm.casefold()
                   for firm in DISCOVERED_HERE for name in names if name)


@pytest.fixture(scope="module")
def setup():
    shipped = load_rules()
    rules = replace(shipped, gazetteer=tuple(entry for entry in shipped.gazetteer if known_here(entry)))
    return rules, build_toolkit(rules), load_candidate_rules(stopwords_en=rules.stopwords_en)


def candidates(setup, texts: list[str], extra: tuple[GazetteerEntry, ...] = ()) -> pd.DataFrame:
    rules, kit, candidate_rules = setup
    documents, sentences, mentions = [], [], []
    for number, text in enumerate(texts):
        data = text.encode("utf-8")
        result = parse_document(RawFile(f"{number}.txt", data, len(data), 0.0), f"d{number}", None, kit)
        documents.append(result.document)
        sentences.append(pd.DataFrame(result.frames["sentences"]))
        mentions.append(pd.DataFrame(result.frames["mentions"]))
    return company_candidates(pd.DataFrame(documents), pd.concat(sentences), pd.concat(mentions),
                              rules.gazetteer + extra, candidate_rules)


FOUND = [
    # English: a legal or organisational head after the name
    ("Shares of Black Sesame Technologies rose 5% on Monday.", ["Black Sesame Technologies"]),
    ("Kingdee International Software Group Co. Ltd said revenue grew.", ["Kingdee International Software Group"]),
    ("On Tuesday Lightelligence Inc. unveiled an optical chip.", ["Lightelligence"]),
    # English: a word before the name that says "organisation"
    ("Beijing-based startup Shengshu released its Vidu video model.", ["Shengshu"]),
    ("The chipmaker Empyrean said it would buy a rival.", ["Empyrean"]),
    # English: a listing
    ("Hesai Group (NASDAQ: HSAI) said lidar shipments doubled.", ["Hesai Group"]),
    ("Montage Technology (688008.SH) reported a record quarter.", ["Montage Technology"]),
    # Chinese: a head after the name; filler, places and legal forms cut
    ("据悉，杭州星动纪元科技有限公司近日宣布完成新一轮融资。", ["星动纪元科技"]),
    ("深圳市云鲸智能宣布推出新款扫地机器人。", ["云鲸智能"]),
    ("阿里巴巴与生数科技达成合作。", ["生数科技"]),
    ("华勤技术股份有限公司发布公告。", ["华勤技术"]),
    # Chinese: a listing
    ("云天励飞（688343.SH）发布年度业绩预告。", ["云天励飞"]),
    # Traditional Chinese: found with the simplified patterns, listed as written
    ("據悉，雲鯨智能與輝達宣布合作。", ["雲鯨智能"]),
    ("星動紀元科技有限公司完成融資。", ["星動紀元科技"]),
]

NOTHING = [
    "The company said Holdings fell and the Group declined to comment.",
    "Baidu Group and Tencent Holdings said on Monday that Nvidia Corp chips were scarce.",
    "Shares of Alibaba rose; chipmaker Nvidia and startup DeepSeek gained.",
    "该公司表示，这家公司是一家人工智能科技公司，也是上市公司。",
    "腾讯科技报道，阿里巴巴集团旗下的蚂蚁集团与宇树科技合作。",
    "該公司表示，這家公司是一家人工智能科技公司。",
    "the chipmaker said a startup would follow.",
    "Last July, at the World Artificial Intelligence Conference, the Tencent Group Chief spoke.",
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_finds_unknown_companies(setup, text, expected):
    assert list(candidates(setup, [text])[CANDIDATE]) == expected


@pytest.mark.parametrize("text", NOTHING)
def test_generic_heads_and_known_entities_are_not_candidates(setup, text):
    assert candidates(setup, [text]).empty


def test_counts_rank_and_merge_forms_of_one_name(setup):
    table = candidates(setup, [
        "云天励飞（688343.SH）发布公告。云天励飞科技随后回应。",
        "Hesai Group (NASDAQ: HSAI) grew. 云天励飞科技股价上涨。",
        "Shares of Hesai Group rose again.",
        "云天励飞科技和Hesai Group都在列。",
    ])
    assert list(table[CANDIDATE]) == ["云天励飞科技", "Hesai Group"]
    assert list(table[DOCUMENTS]) == [3, 3] and list(table[MENTIONS]) == [4, 3]
    assert table[EXAMPLE].iloc[0] == "云天励飞（688343.SH）发布公告。"


def test_a_company_added_to_the_gazetteer_is_no_longer_a_candidate(setup):
    text = ["Hesai Group (NASDAQ: HSAI) said shipments doubled."]
    assert list(candidates(setup, text)[CANDIDATE]) == ["Hesai Group"]
    hesai = GazetteerEntry("Hesai Group", "company", "Hesai Group", ("Hesai Group",))
    assert candidates(setup, text, (hesai,)).empty
    alias_only = GazetteerEntry("Hesai", "company", "Hesai", ("Hesai",))
    assert candidates(setup, ["Hesai Group said so."] + text, (alias_only,)).empty


def test_example_is_the_sentence_capped_and_kept_as_text(setup):
    long_tail = " and " .join(["more words"] * 80)
    table = candidates(setup, [f"Shares of Black Sesame Technologies <b>rose</b> {long_tail}."])
    example = table[EXAMPLE].iloc[0]
    assert example.startswith("Shares of Black Sesame Technologies <b>rose</b>")
    assert len(example) == MAX_EXAMPLE_CHARS and example.endswith("…")


def test_empty_corpus_and_inputs_untouched(setup):
    rules, _, candidate_rules = setup
    empty = company_candidates(pd.DataFrame({"doc_id": [], "text": []}),
                               pd.DataFrame({"doc_id": [], "sent_id": [], "start": [], "end": [], "text": []}),
                               pd.DataFrame({c: [] for c in ("doc_id", "start", "end")}),
                               rules.gazetteer, candidate_rules)
    assert empty.empty and list(empty.columns)[:4] == [CANDIDATE, "language", MENTIONS, DOCUMENTS]

