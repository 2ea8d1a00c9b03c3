"""The topic each sentence leaves the next, worked out only when asked: the same events as reading every
sentence's topic in turn (the oracle below), on real articles and on cases where a dateless sentence
carries the topic. Sentences are real news sentences or close paraphrases of them."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from benchmarks.realnews import load_excerpts
from lib.extract import events
from lib.extract.attribution import Attributor
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.event_types import EventTyper
from lib.extract.events import SentenceSpan, sentence_events
from lib.extract.gazetteer import Gazetteer
from lib.extract.topic_chain import NO_TOPIC, ArticleFocus, Topic, TopicChain, told_together
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.periods import Period, parse_iso_period
from lib.rules import load_rules

SEEDS = Path(__file__).resolve().parents[3] / "seeds"
RULES = load_rules()
FUTURE_CUES = cue_patterns(RULES.future_cues)
GAZETTEER = Gazetteer(RULES.gazetteer)
TYPER = EventTyper(RULES.triggers)
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)
MAY_2024 = Period(date(2024, 5, 1), "month")


class ReadInTurn(TopicChain):
    """The oracle: every sentence's topic worked out as it comes, as the events step did before."""

    def keep(self, sentence, mentions, opening) -> None:
        super().keep(sentence, mentions, opening)
        self.current()


def _article(text: str) -> tuple[list[SentenceSpan], dict[int, list]]:
    simplified = to_simplified(text)
    spans = [SentenceSpan(i, start, end, simplified[start:end]) for i, (start, end) in
             enumerate(split_sentences(text))]
    starts = [span.start for span in spans]
    by_sentence: dict[int, list] = {}
    for match in GAZETTEER.find(text, simplified):
        index = max(i for i, start in enumerate(starts) if start <= match.start)
        if match.end <= spans[index].end:
            by_sentence.setdefault(index, []).append(match)
    return spans, by_sentence


def _events(text: str, published: Period | None) -> list[dict]:
    spans, by_sentence = _article(text)
    return sentence_events("d", spans, by_sentence, published, TYPER, FUTURE_CUES, attributor=ATTRIBUTOR)


def _read_in_turn(monkeypatch, text: str, published: Period | None) -> list[dict]:
    with monkeypatch.context() as patched:
        patched.setattr(events, "TopicChain", ReadInTurn)
        return _events(text, published)


def _texts() -> list[tuple[str, Period | None]]:
    excerpts = [(f"{e.title}\n{e.text}", parse_iso_period(e.published)) for e in load_excerpts()]
    seeds = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    # Each text with its publication date and without it (read as a narrative).
    return ([(text, published) for text, published in excerpts] + [(text, None) for text, _ in excerpts]
            + [(text, MAY_2024) for text in seeds] + [(text, None) for text in seeds])


def test_every_article_has_the_events_of_reading_each_topic_in_turn(monkeypatch):
    """Every excerpt of the real-news set and every seed, dated and read as a narrative."""
    texts = _texts()
    assert len(texts) > 400
    differ = [text[:60] for text, published in texts
              if _events(text, published) != _read_in_turn(monkeypatch, text, published)]
    assert differ == []


# (sentences, the companies of each event): a dateless sentence hands on the topic a later date takes.
CASES = [
    # The dateless sentence names the company; the dated one refers to it.
    (["Baidu reported its results.", "Revenue rose 5% from a year earlier.",
      "The company launched a new chatbot in October 2023."], ["Baidu"]),
    # Two dateless sentences in a row, the first naming a company, the second referring on.
    (["Xiaomi unveiled its first car.", "The company said deliveries would follow.",
      "It began taking orders in March 2024."], ["Xiaomi"]),
    # A dateless sentence naming another company changes the topic.
    (["Alibaba cut prices.", "Tencent followed with its own cuts.",
      "The company had raised prices in January 2024."], ["Tencent"]),
    # Chinese: the subject dropped after a dateless sentence about the company.
    (["华为发布了新机。", "该公司表示将扩大产能。", "今年3月起正式开售。"], ["Huawei"]),
    (["小米发布了首款汽车。", "其他厂商也在跟进。", "该公司于2024年3月开始交付。"], ["Xiaomi"]),
]


@pytest.mark.parametrize(("sentences", "companies"), CASES)
def test_a_dateless_sentence_hands_on_its_topic(monkeypatch, sentences, companies):
    text = " ".join(sentences)
    rows = _events(text, MAY_2024)
    assert [row["companies"] for row in rows] == companies
    assert rows == _read_in_turn(monkeypatch, text, MAY_2024)


def test_a_chain_asked_nothing_works_nothing_out():
    spans, by_sentence = _article("Baidu reported its results. The company said it would hire.")
    chain = TopicChain(ArticleFocus("Baidu", ""), ATTRIBUTOR)
    assert chain.current() == NO_TOPIC
    for span in spans:
        chain.keep(span, by_sentence.get(span.sent_id, []), span.sent_id == 0)
    topic = chain.current()
    assert isinstance(topic, Topic)
    assert topic.companies == ["Baidu"]
    assert topic.text == spans[-1].text
    chain.set(NO_TOPIC)
    assert chain.current() == NO_TOPIC


def _topic_of(sentence: str) -> Topic:
    """The topic a dated sentence naming its companies leaves (the subject holds each mention's offset)."""
    named = [(m.start, m.company) for m in GAZETTEER.find(sentence) if m.kind == "company" and m.company]
    return Topic(list(dict.fromkeys(company for _, company in named)), sentence, (sentence, named))


# (sentence before, the companies it told of together): names joined within a few words are told of together;
# names far apart, or one company, are not.
TOGETHER = [
    pytest.param("NetEase and Blizzard failed to agree on renewing their licensing partnership.",
                 ["NetEase", "Blizzard Entertainment"], id="en-and"),
    pytest.param("Nio, Xpeng and Li Auto were long known together as a trio.", ["NIO", "Xpeng", "Li Auto"],
                 id="en-list"),
    pytest.param("Fans greeted the news of a new deal between Blizzard and its former operator, NetEase, calmly.",
                 ["Blizzard Entertainment", "NetEase"], id="en-between-and-apposition"),
    pytest.param("网易与暴雪未能就续约达成一致。", ["NetEase", "Blizzard Entertainment"], id="hans-yu"),
    pytest.param("網易與暴雪未能就續約達成一致。", ["NetEase", "Blizzard Entertainment"], id="hant-yu"),
    pytest.param("Xiaomi & Huawei both launched phones in Beijing on Monday.", ["Xiaomi", "Huawei"], id="en-ampersand"),
    pytest.param("小米、华为相继发布新机。", ["Xiaomi", "Huawei"], id="hans-enumeration-comma"),
    pytest.param("小米以及華為相繼發佈新機。", ["Xiaomi", "Huawei"], id="hant-yiji"),
    pytest.param("Huawei's new AI chip targets buyers hit by the US export ban on Nvidia's H20.", [],
                 id="en-apart"),
    pytest.param("华为的新款AI芯片瞄准了受美国对英伟达H20芯片出口禁令影响而无法采购的国内客户。", [], id="hans-apart"),
    pytest.param("Tencent reported its results.", [], id="en-one"),
]


@pytest.mark.parametrize(("sentence", "companies"), TOGETHER)
def test_the_companies_a_sentence_told_of_together(sentence, companies):
    assert told_together(_topic_of(sentence)) == companies


def test_a_topic_referred_to_has_no_companies_told_together():
    assert told_together(Topic(["NetEase", "Blizzard Entertainment"], "The two companies split.", "NetEase")) == []


# (article, the companies of the date in its last sentence): a definite noun takes up the article's main company when
# it was the subject of the sentence before, another firm there a party to its news (AD en2844); not when the other
# firm was the subject. Chinese goes on with the dropped subject's company either way.
MAIN_SUBJECT_BEFORE = [
    pytest.param("Zhipu AI is one of China's AI tigers. Zhipu AI has received a 500 million yuan investment from "
                 "state-owned Huafa Group. This investment follows a separate capital raise earlier this month.",
                 ["Zhipu AI"], id="en-main-subject"),
    pytest.param("Zhipu AI is one of China's AI tigers. State-owned Huafa Group made a 500 million yuan investment in "
                 "Zhipu AI. This investment follows a separate capital raise earlier this month.",
                 None, id="en-other-subject"),
    pytest.param("智谱是中国的AI四小龙之一。智谱获得华发集团5亿元投资。此次投资紧随本月早些时候的另一轮融资。",
                 ["Zhipu AI"], id="hans-dropped-subject"),
    pytest.param("智譜是中國的AI四小龍之一。智譜獲得華發集團5億元投資。此次投資緊隨本月早些時候的另一輪融資。",
                 ["Zhipu AI"], id="hant-dropped-subject"),
]


@pytest.mark.parametrize(("text", "companies"), MAIN_SUBJECT_BEFORE)
def test_a_definite_noun_takes_up_the_main_company_the_sentence_before_was_about(text, companies):
    last = max(span.sent_id for span in _article(text)[0])
    rows = [row for row in _events(text, Period(date(2025, 3, 13), "day")) if row["sent_id"] == last]
    assert [row["companies"].split(";") for row in rows] == ([companies] if companies else [])


# (article, the companies of the date in its third sentence): the sentence before referred to one company without
# naming it (only the venue of its listing is named, Q en1502); a definite noun after it takes up that company, as it
# takes up one the sentence before named. Chinese goes on with the dropped subject's company either way.
REFERRED_BEFORE = [
    pytest.param("Alibaba won approval from the Hong Kong Stock Exchange for a secondary listing, the South China "
                 "Morning Post reported on Wednesday. The stocks of Asia's most valuable company, which is already "
                 "listed on the New York Stock Exchange, are expected to begin trading after November 25. According to "
                 "the sources, the price for each stock should be announced as soon as November 20. Citi, JPMorgan "
                 "and Morgan Stanley are said to join the share sale.", ["Alibaba"], id="en-referred-subject"),
    pytest.param("阿里巴巴获港交所批准在港第二上市，《南华早报》周三报道。这家亚洲市值最高的公司已在纽约证券交易所上市，预计将于"
                 "11月25日后开始交易。据消息人士称，每股价格最早将于11月20日公布。花旗、摩根大通和摩根士丹利据称将参与此次发售。",
                 ["Alibaba"], id="hans-dropped-subject"),
]


@pytest.mark.parametrize(("text", "companies"), REFERRED_BEFORE)
def test_a_definite_noun_takes_up_the_company_the_sentence_before_referred_to(text, companies):
    third = sorted(span.sent_id for span in _article(text)[0])[2]
    rows = [row for row in _events(text, Period(date(2019, 11, 13), "day")) if row["sent_id"] == third]
    assert [row["companies"].split(";") for row in rows] == [companies]
