"""Traditional Chinese articles read like simplified ones, while the stored text stays as written."""

from __future__ import annotations

import pytest

from lib.extract.gazetteer import Gazetteer
from lib.pipeline.article import build_toolkit, parse_document
from lib.read.folder import RawFile
from lib.rules import load_rules
from lib.rules.gazetteer import GazetteerEntry
from lib.schema import Doc, Event, Mention, Sent, Term

TRADITIONAL = "字節跳動於2024年5月15日發布豆包大模型，騰訊與阿里巴巴隨後跟進。\n\n抖音的用戶數量繼續增長。\n"
SIMPLIFIED = "字节跳动于2024年5月15日发布豆包大模型，腾讯与阿里巴巴随后跟进。\n\n抖音的用户数量继续增长。\n"


@pytest.fixture(scope="module")
def kit():
    return build_toolkit(load_rules())


def parsed(kit, text: str):
    raw = RawFile("a.txt", text.encode("utf-8"), len(text.encode("utf-8")), 0.0)
    return parse_document(raw, "a", None, kit)


def test_traditional_article_finds_the_same_entities_events_and_terms(kit):
    traditional, simplified = parsed(kit, TRADITIONAL), parsed(kit, SIMPLIFIED)
    for frame, columns in (("mentions", [Mention.ENTITY, Mention.START, Mention.END]),
                           ("events", [Event.DATE, Event.PRECISION, Event.COMPANIES, Event.EVENT_TYPE])):
        assert [traditional.frames[frame][c] for c in columns] == [simplified.frames[frame][c] for c in columns]
    assert traditional.frames["mentions"][Mention.ENTITY][:4] == ["ByteDance", "Doubao", "Tencent", "Alibaba"]
    assert traditional.frames["events"][Event.DATE] == ["2024-05-15"]
    terms = dict(zip(traditional.frames["terms"][Term.TERM], traditional.frames["terms"][Term.COUNT], strict=True))
    assert terms == dict(zip(simplified.frames["terms"][Term.TERM], simplified.frames["terms"][Term.COUNT],
                             strict=True))
    assert "字节跳动" in terms and "字節跳動" not in terms


def test_traditional_article_keeps_its_own_characters(kit):
    result = parsed(kit, TRADITIONAL)
    text = result.document[Doc.TEXT]
    assert text.startswith("字節跳動於")
    mentions = result.frames["mentions"]
    assert mentions[Mention.ALIAS][:3] == ["字節跳動", "豆包大模型", "騰訊"]
    for alias, start, end in zip(mentions[Mention.ALIAS], mentions[Mention.START], mentions[Mention.END],
                                 strict=True):
        assert text[start:end] == alias
    assert all(sentence in text for sentence in result.frames["sentences"][Sent.TEXT])
    assert result.frames["sentences"][Sent.TEXT][0].startswith("字節跳動")
    events = result.frames["events"]
    assert events[Event.SENTENCE][0].startswith("字節跳動於") and events[Event.DATE_TEXT] == ["2024年5月15日"]


def test_one_word_whichever_script_across_documents(kit):
    both = parsed(kit, "字節跳動和字节跳动")
    terms = dict(zip(both.frames["terms"][Term.TERM], both.frames["terms"][Term.COUNT], strict=True))
    assert terms.get("字节跳动") == 2


@pytest.mark.parametrize(
    ("alias", "text", "found"),
    [
        ("輝達", "辉达与英伟达", "辉达"),        # a traditional alias matches simplified text
        ("輝達", "輝達股價上漲", "輝達"),        # and traditional text, keeping its characters
        ("=臉書", "臉書公布財報", "臉書"),       # markers work on converted aliases too
        ("Nvidia", "NVIDIA和輝達", "NVIDIA"),   # Latin aliases are untouched
    ],
)
def test_traditional_aliases_of_a_users_gazetteer_match(alias, text, found):
    gazetteer = Gazetteer([GazetteerEntry("X", "company", "X", (alias,))])
    assert [m.alias for m in gazetteer.find(text)][:1] == [found]


def test_user_words_for_the_segmenter_are_simplified():
    gazetteer = Gazetteer([GazetteerEntry("ByteDance", "company", "ByteDance", ("字節跳動", "=位元組跳動"))])
    assert gazetteer.user_words == ["位元组跳动", "字节跳动"]
