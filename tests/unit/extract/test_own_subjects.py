"""A subject of its own (another firm, a market, an industry, a country, a company a name owns) or none (a
Chinese sentence whose verb follows its opening date). Sentences are real news sentences or close paraphrases."""

from __future__ import annotations

import pytest

from lib.extract.attribution_cues import cue_alternation
from lib.extract.own_subjects import OwnSubjects, opens_without_subject
from lib.parse.script import to_simplified
from lib.rules import load_rules

REFERENCES = load_rules().company_references
SUBJECTS = OwnSubjects(REFERENCES, cue_alternation(word.removeprefix("~") for word in REFERENCES
                                                   if not word.startswith(("!", "-", "^", "@", "+", "%", "=", "&"))))


@pytest.mark.parametrize(("sentence", "own"), [
    ("其他厂商也在3月推出了类似产品。", True),                   # another firm
    ("竞争对手在去年同期的营收下降。", True),
    ("業界在2024年迎來轉折。", True),                              # the industry (traditional)
    ("用户在12日起可以下单。", True),                              # the users
    ("Rivals cut prices in April.", True),
    ("The industry grew 5% last year.", True),
    ("China's exports rose in May.", True),                        # a country
    ("The Hang Seng index fell 2% on Monday.", True),              # a market's index
    ("2024年，中国新能源汽车销量突破1000万辆。", True),            # opening it, past a date
    ("2024年，中國新能源汽車銷量突破1000萬輛。", True),
    ("但中国在2020年已经领先。", True),                            # past a conjunction
    ("报道称，中国2020年就开始布局。", True),                      # past a report's clause
    ("今年2月，世界学会了一个新词。", True),
    ("Edison's company opened in 1880.", True),                   # a company a name owns
    ("爱迪生的公司于1880年成立。", True),
    # must not fire: the article's company, or words that hold a subject word and name none
    ("該公司第三季度營收超市场预期。", False),
    ("营收超出市场预期。", False),
    ("活跃用户在第二季度增长。", False),
    ("Revenue beat the market expectation in Q2.", False),
    ("The world's leading carmaker reported sales in March.", False),  # the world's: the carmaker is the subject
    ("他的公司于1880年成立。", False),                             # a pronoun owns it, not a name
    ("The company said on Monday it would expand.", False),
    ("華為在3月發佈了新機。", False),
])
def test_a_subject_of_its_own(sentence, own):
    assert SUBJECTS.named_in(sentence) is own


@pytest.mark.parametrize(("sentence", "own"), [
    # A market, an industry or its users after a verb of its clause is its object or a modifier of one: the clause
    # still tells of the company (split V zs2009, AG zt3119, AF zs3052, AH zt3261).
    ("若超额配售权悉数行使,集资额可达77亿港元,成为2025年全球自动驾驶行业规模最大IPO。", False),
    ("至6月底,旗下生態系統全球年度活躍消費者達到11.8億人,當中9.12億人來自中國市場。", False),
    ("不久前的Q2季度财报中首次公布了青少年用户在游戏上的消费。", False),
    ("尤其是，為應對去年度行業空前激烈的競爭，集團已加大對整個生態體系的投入。", False),
    ("该公司今年在中国市场推出了三款新机。", True),       # 在: a preposition's scope stays a subject of its own
    # must still fire: the field word as its clause's subject, also after a modifier, an existential verb or a
    # preposition, and a rival or a state wherever it stands
    ("2026年1月起,购置税优惠减半,消费者购车成本直接上升。", True),
    ("此前已有用户在3月注意到该按钮。", True),
    ("市場分析人士周三指出，股價將回升。", True),
    ("據市場研究機構統計，第三季度出貨量下降。", True),
    ("第三季度則進一步提升，也向資本市場證明了它的能力。", True),
    ("周三,总统签署行政命令,宣布对手国对美国供应链的威胁。", True),
    ("The company beat the industry in the second quarter.", True),  # English: a field word anywhere, as before
    # The mood of a field or a place told as a scene (K zs911), not after a verb: a company building one keeps it
    ("2026年初的北京,AI圈的气氛犹如窗外的寒冬,凛冽而充满火药味。", True),
    ("2026年初的北京，AI圈的氣氛猶如窗外的寒冬，凜冽而充滿火藥味。", True),
    ("今年3月以来,整体氛围明显回暖。", True),
    ("该公司去年营造了开放的创新氛围。", False),
    ("該公司去年營造了開放的創新氛圍。", False),
])
def test_a_field_word_is_a_subject_of_its_own_only_as_its_clauses_subject(sentence, own):
    assert SUBJECTS.named_in(sentence) is own


@pytest.mark.parametrize(("sentence", "at", "stands"), [
    ("In February, the world learned a new word.", 13, True),
    ("In February, the world learned a new word.", 0, False),
    ("今年2月，世界学会了一个新词。", 5, True),
    ("2024年，中國新能源汽車銷量突破1000萬輛。", 6, True),
    ("2024年，华为新能源汽车销量突破10万辆。", 6, False),
    ("The world's leading carmaker reported sales in March.", 0, False),
])
def test_a_subject_of_its_own_where_the_subject_starts(sentence, at, stands):
    assert SUBJECTS.stands_at(sentence, at) is stands


@pytest.mark.parametrize(("sentence", "owned"), [
    ("Edison's company opened in 1880.", True),
    ("爱迪生的公司于1880年成立。", True),
    ("愛迪生的公司於1880年成立。", True),
    ("他的公司于1880年成立。", False),
    ("The company said on Monday it would expand.", False),
    ("这家总部位于上海的公司于2015年成立。", False),
])
def test_a_company_noun_a_name_owns(sentence, owned):
    assert SUBJECTS.owned_by_a_name(to_simplified(sentence)) is owned


@pytest.mark.parametrize(("sentence", "dropped"), [
    ("3月,连跑珠海、成都、杭州三地签下18亿元国资;", True),
    ("4月，拿下了2亿追加投资。", True),
    ("2024年，連發三款新模型。", True),
    ("去年，又推出视频模型。", True),
    ("2024年，中国新能源汽车销量突破1000万辆。", False),
    ("3月底，两家公司完成合并。", False),
    ("2月24日，這個問題被問了570萬次。", False),
    ("据悉，3月连跑三地。", False),  # no date opening the sentence
    ("In March, raised money in three cities.", False),
])
def test_a_chinese_sentence_drops_its_subject_when_a_verb_follows_its_opening_date(sentence, dropped):
    assert opens_without_subject(sentence) is dropped
