"""Likenesses and venues are named beside the actor, not as it (the clause cues of lib/rules)."""
from pathlib import Path

import pytest

from benchmarks.realnews import load_excerpts
from lib.extract.attribution_bystanders import Bystanders
from lib.extract.attribution_pairs import Named
from lib.extract.gazetteer import Gazetteer
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.rules import builtin_rules

SEEDS = Path(__file__).resolve().parents[3] / "seeds"

BYSTANDERS = Bystanders(builtin_rules().clause_cues)


def _named(text: str, *names: tuple[str, str]) -> list[Named]:
    found = []
    for alias, company in names:
        start = text.index(alias)
        found.append(Named(start, start + len(alias), company))
    return found


@pytest.mark.parametrize(("text", "names", "actors"), [
    ("Baidu launched a ChatGPT-like bot on Thursday.", [("Baidu", "Baidu"), ("ChatGPT", "OpenAI")], ["Baidu"]),
    ("Moonshot released a rival to OpenAI's ChatGPT in March.",
     [("OpenAI", "OpenAI"), ("ChatGPT", "OpenAI"), ("Moonshot", "Moonshot AI")], ["Moonshot AI"]),
    ("百度周四发布了中国版ChatGPT。", [("百度", "Baidu"), ("ChatGPT", "OpenAI")], ["Baidu"]),
    ("百度週四發布了中國版ChatGPT。", [("百度", "Baidu"), ("ChatGPT", "OpenAI")], ["Baidu"]),
    ("The Tencent-backed startup raised $1 billion in May.", [("Tencent", "Tencent")], ["Tencent"]),
    ("Temu topped Apple's App Store in February.", [("Temu", "PDD Holdings"), ("App Store", "Apple")],
     ["PDD Holdings"]),
    ("Zhipu listed on the Hong Kong Stock Exchange on January 8.",
     [("Zhipu", "Zhipu AI"), ("Hong Kong Stock Exchange", "HKEX")], ["Zhipu AI"]),
    ("智谱1月8日在港交所上市。", [("智谱", "Zhipu AI"), ("港交所", "HKEX")], ["Zhipu AI"]),
    # A product named with its company's name in front is one name: a cue touching either part takes both.
    ("Baidu launched a DeepSeek-R1 rival on Thursday.",
     [("Baidu", "Baidu"), ("DeepSeek", "DeepSeek"), ("R1", "DeepSeek")], ["Baidu"]),
    ("Zhipu unveiled a DeepSeek V3-like model in March.",
     [("Zhipu", "Zhipu AI"), ("DeepSeek", "DeepSeek"), ("V3", "DeepSeek")], ["Zhipu AI"]),
    ("Huawei shipped a Nvidia H100 rival in May.", [("Huawei", "Huawei"), ("Nvidia", "Nvidia"), ("H100", "Nvidia")],
     ["Huawei"]),
    ("理想汽车3月推出对标小米SU7的新车。",
     [("理想汽车", "Li Auto"), ("小米", "Xiaomi"), ("SU7", "Xiaomi")], ["Li Auto"]),
    ("月之暗面1月发布对标DeepSeek-R1的推理模型。",
     [("月之暗面", "Moonshot AI"), ("DeepSeek", "DeepSeek"), ("R1", "DeepSeek")], ["Moonshot AI"]),
    ("理想汽車3月推出對標小米SU7的新車。",
     [("理想汽车", "Li Auto"), ("小米", "Xiaomi"), ("SU7", "Xiaomi")], ["Li Auto"]),
    # Near-misses: an actor with no cue stays one; so does every name when all are bystanders.
    ("DeepSeek released DeepSeek-R1 in January.",
     [("DeepSeek", "DeepSeek"), ("DeepSeek", "DeepSeek"), ("R1", "DeepSeek")], ["DeepSeek", "DeepSeek", "DeepSeek"]),
    ("小米SU7五月交付8630辆。", [("小米", "Xiaomi"), ("SU7", "Xiaomi")], ["Xiaomi", "Xiaomi"]),
    ("Tencent bought Nvidia H100 chips in May.", [("Tencent", "Tencent"), ("Nvidia", "Nvidia"), ("H100", "Nvidia")],
     ["Tencent", "Nvidia", "Nvidia"]),
    ("OpenAI launched ChatGPT in November 2022.", [("OpenAI", "OpenAI"), ("ChatGPT", "OpenAI")],
     ["OpenAI", "OpenAI"]),
    ("Alibaba and Tencent reported results on Thursday.", [("Alibaba", "Alibaba"), ("Tencent", "Tencent")],
     ["Alibaba", "Tencent"]),
    ("Launched in March, it was a ChatGPT-like bot.", [("ChatGPT", "OpenAI")], ["OpenAI"]),
])
def test_the_actors_are_the_names_that_are_no_likeness_or_venue(text, names, actors):
    simplified = to_simplified(text)
    assert [n.company for n in BYSTANDERS.actors(simplified, _named(simplified, *names))] == actors


@pytest.mark.parametrize(("text", "alias", "likeness"), [
    ("a ChatGPT-like chatbot", "ChatGPT", True),
    ("a ChatGPT rival from Beijing", "ChatGPT", True),
    ("中国版ChatGPT", "ChatGPT", True),
    ("ChatGPT gained users", "ChatGPT", False),
    ("OpenAI likes it", "OpenAI", False),
])
def test_a_likeness_cue_touches_the_name(text, alias, likeness):
    start = text.index(alias)
    assert BYSTANDERS.is_likeness(text, Named(start, start + len(alias), "X")) is likeness


@pytest.mark.parametrize(("text", "names", "only_channels"), [
    ("作家今日在臉書粉專直言，選票決定解禁時程。", [("脸书", "Meta")], True),
    ("作家今日在脸书粉专直言，选票决定解禁时程。", [("脸书", "Meta")], True),
    ("A novelist wrote on Facebook on Monday that voters would not forget.", [("Facebook", "Meta")], True),
    ("The milestone, revealed in a WeChat post, lifted the shares.", [("WeChat", "Tencent")], True),
    # Near-misses: a poster named, a likeness that is no channel, a platform acting.
    ("雷军今日在微博发文称，新车将于4月上市。", [("雷军", "Xiaomi"), ("微博", "Weibo")], False),
    ("Sensor Tower estimates downloads rose in March.", [("Sensor Tower", "Sensor Tower")], False),
    ("微信今日发布公告称，将限制外链。", [("微信", "Tencent")], False),
])
def test_a_sentence_naming_only_the_platform_a_post_went_out_on_names_no_actor(text, names, only_channels):
    simplified = to_simplified(text)
    assert BYSTANDERS.names_only_channels(simplified, _named(simplified, *names)) is only_channels


_ASKED = [  # one sentence asked in turn, as the attributor asks it, then another, then the first again
    ("Temu topped Apple's App Store in February.", [("Temu", "PDD Holdings"), ("App Store", "Apple")]),
    ("Temu topped Apple's App Store in February.", [("App Store", "Apple")]),
    ("Baidu launched a ChatGPT-like bot on Thursday.", [("Baidu", "Baidu"), ("ChatGPT", "OpenAI")]),
    ("智谱1月8日在港交所上市。", [("智谱", "Zhipu AI"), ("港交所", "HKEX")]),
    ("Temu topped Apple's App Store in February.", [("Temu", "PDD Holdings"), ("App Store", "Apple")]),
]


def test_answers_kept_for_the_last_sentence_are_those_asked_afresh():
    """The venues and likenesses kept for the sentence last asked about are what a fresh reader answers,
    whichever names are asked of which sentence in turn, and a caller's change to a list it got changes none."""
    kept = Bystanders(builtin_rules().clause_cues)
    for text, names in _ASKED:
        named = _named(text, *names)
        fresh = Bystanders(builtin_rules().clause_cues)
        places = kept.venue_places(text, named)
        assert places == fresh.venue_places(text, named)
        places.clear()
        assert kept.venue_places(text, named) == fresh.venue_places(text, named)
        assert [kept.is_likeness(text, n) for n in named] == [fresh.is_likeness(text, n) for n in named]
        assert kept.actors(text, named) == fresh.actors(text, named)


def test_the_cue_words_pass_settles_no_likeness_wrongly():
    """Every name the gazetteer finds in the real-news set and the seeds: a likeness with the pass over the
    cue-before words first is a likeness without it (every cue before a name searched for)."""
    rules = builtin_rules()
    gazetteer = Gazetteer(rules.gazetteer)
    texts = [f"{e.title}\n{e.text}" for e in load_excerpts()] + [path.read_text(encoding="utf-8")
                                                                 for path in sorted(SEEDS.glob("*.txt"))]
    gated, ungated = Bystanders(rules.clause_cues), Bystanders(rules.clause_cues)
    asked = 0
    for text in texts:
        simplified = to_simplified(text)
        for start, end in split_sentences(simplified):
            sentence = simplified[start:end]
            for match in gazetteer.find(sentence, sentence):
                name = Named(match.start, match.end, match.company or match.entity)
                asked += 1
                # The oracle: told a cue may stand before the name, every cue before it is searched for.
                assert gated.is_likeness(sentence, name) == ungated._is_likeness(sentence, name, True), (sentence, name)
    assert asked > 3_000
