"""An article's lede naming no one takes the companies the next sentence's first clause names, unless it names a
subject of its own, is set on a festival, leads in to a list, or comes before a regulator's act. Sentences are real
news ledes (zs2510, zs2007, zs1408, en3106, zt2006, zs1402) and the near misses of other excerpts (en1301, zs3243,
zs3244, zs1105, zs911, en701), in traditional Chinese where the writer's script was simplified and back."""

from __future__ import annotations

from datetime import date

import pytest

from lib.extract.attribution import Attributor
from lib.extract.dates_cue_patterns import cue_patterns
from lib.extract.event_types import EventTyper
from lib.extract.events import SentenceSpan, sentence_events
from lib.extract.gazetteer import Gazetteer
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.periods import Period
from lib.rules import load_rules

RULES = load_rules()
GAZETTEER = Gazetteer(RULES.gazetteer)
ATTRIBUTOR = Attributor(RULES.clause_cues, RULES.company_references)
MARCH_2026 = Period(date(2026, 3, 2), "day")


def _lede_events(text: str) -> list[str]:
    """The companies of each event of the article's first sentence."""
    simplified = to_simplified(text)
    spans = [SentenceSpan(i, start, end, simplified[start:end]) for i, (start, end) in
             enumerate(split_sentences(text))]
    by_sentence: dict[int, list] = {}
    for match in GAZETTEER.find(text, simplified):
        index = max(i for i, span in enumerate(spans) if span.start <= match.start)
        by_sentence.setdefault(index, []).append(match)
    rows = sentence_events("d", spans, by_sentence, MARCH_2026, EventTyper(RULES.triggers),
                           cue_patterns(RULES.future_cues), attributor=ATTRIBUTOR)
    return [row["companies"] for row in rows if row["sent_id"] == 0]


@pytest.mark.parametrize(("text", "companies"), [
    # The scene, then its actors told together in the next sentence's first clause.
    ("2025 年夏天,外卖平台的补贴战火再度升级。淘宝闪购、美团、京东三大巨头相继推出“满 25 减 21”等极致优惠。",
     ["Alibaba;Meituan;JD.com"]),
    ("2025 年 5 月 25 日晚间,A 股半导体与算力板块迎来重磅重组。海光信息与中科曙光同步公告,拟通过换股吸收合并方式整合。",
     ["Hygon;Sugon"]),
    ("2025年夏天，外賣平台的補貼戰火再度升級。淘寶閃購、美團、京東三大巨頭相繼推出極致優惠。",
     ["Alibaba;Meituan;JD.com"]),
    # Its first clause naming any: not the rival the subject is measured against further on.
    ("2025年1月,杭州一个相对低调的实验室发布了一个模型,让硅谷集体失眠。DeepSeek-R1没有数十亿美元的发布会,"
     "没有铺天盖地的营销,只有一个技术声明:它能以极低的成本匹配OpenAI顶级模型的推理能力。", ["DeepSeek"]),
    ("2025年1月，杭州一個相對低調的實驗室發布了一個模型，讓矽谷集體失眠。DeepSeek-R1沒有數十億美元的發布會，"
     "沒有鋪天蓋地的營銷，只有一個技術聲明：它能以極低的成本匹配OpenAI頂級模型的推理能力。", ["DeepSeek"]),
    ("A total of 45 taxis equipped with autonomous driving technologies started carrying passengers on a trial "
     "basis Thursday in Changsha. These Apollo Robotaxis, co-produced by Chinese artificial intelligence giant "
     "Baidu, are able to drive in limited conditions.",
     ["Baidu"]),
    # Not a lede: a market or the mood of a field as its own subject.
    ("2024年临近结束,大模型市场依旧热战正酣。AI数据分析公司Databricks以单轮融资刷新了全球AI创企的融资纪录。", []),
    ("2026年初的北京,AI圈的气氛犹如窗外的寒冬,凛冽而充满火药味。一边是智谱AI、MiniMax奔赴港股。", []),
    ("2026年初的北京，AI圈的氣氛猶如窗外的寒冬，凜冽而充滿火藥味。一邊是智譜AI、MiniMax奔赴港股。", []),
    # Not a lede: set on a festival, the season every firm shares.
    ("Chinese customers spent billions of dollars during the opening hours of the annual Singles' Day frenzy "
     "Monday. Alibaba netted sales worth US$30 billion.", []),
    ("2026年的春節，注定因「AI入口爭奪戰」打得猛烈而被銘記。字節跳動旗下的豆包無疑是贏家之一。", []),
    # Not a lede: a lead-in to a list whose items tell their own.
    ("2026年的1月份,国内的AI界发生了几件大事:\n1月2日,GPU公司壁仞科技登陆港交所。", []),
    # Not a lede: a subject a demonstrative points back with goes on from the headline; "这是" presents the lede itself.
    ("2月24日，这个问题被问了570万次。腾讯随后宣布降价。", []),
    ("2月24日，這個問題被問了570萬次。騰訊隨後宣布降價。", []),
    ("On January 13, this hashtag had only around 2,000 posts. Xiaohongshu climbed to the top of the App Store.", []),
    ("这是今年最贵的一声锣。若考虑悉数行使超额配股权,阿里巴巴此次最高募集资金1012亿港元。", ["Alibaba"]),
    ("這是今年最貴的一聲鑼。若考慮悉數行使超額配股權，阿里巴巴此次最高募集資金1012億港元。", ["Alibaba"]),
    # Not a lede: the next sentence tells a regulator's act, so the opening one is a state's.
    ("On May 15th 2019 US President Donald Trump issued an executive order on the technology supply chain. "
     "The following day the US Commerce Department added Huawei to its Entity List.", []),
])
def test_a_lede_takes_the_companies_the_next_sentence_names(text, companies):
    assert _lede_events(text) == companies


def test_a_sentence_after_the_opening_one_is_no_lede():
    # "In March, prices in Britain and France fell" after a full sentence: only the opening one sets a scene.
    text = ("Shoppers watched closely. In March, prices in Britain and France fell sharply. "
            "Temu said it would review its ads.")
    simplified = to_simplified(text)
    spans = [SentenceSpan(i, start, end, simplified[start:end]) for i, (start, end) in
             enumerate(split_sentences(text))]
    by_sentence = {2: [m for m in GAZETTEER.find(text, simplified)]}
    rows = sentence_events("d", spans, by_sentence, MARCH_2026, EventTyper(RULES.triggers),
                           cue_patterns(RULES.future_cues), attributor=ATTRIBUTOR)
    assert [row for row in rows if row["sent_id"] == 1] == []
