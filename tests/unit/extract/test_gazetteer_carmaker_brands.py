"""A carmaker annotated under another name than the gazetteer's (lib/rules/gazetteer.csv): a carmaker
the press names by its brand (哪吒汽车, Neta) as often as by its company (Hozon Auto, 合众新能源), one company under
its company's name, as the README's conventions for ``companies`` ask ("usual English names", brands rolled up).
In English, simplified and traditional Chinese, and the everyday words it must not take (哪吒 the film's hero).
Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    # Class (a carmaker's brand named as the firm, rolled up to its company; U zs1903)
    ("Neta delivered 12,000 cars in March, Hozon Auto said.",
     [co("Neta", "Hozon Auto"), co("Hozon Auto", "Hozon Auto")]),
    ("哪吒汽车3月交付1.2万辆，合众新能源称订单充足。",
     [co("哪吒汽车", "Hozon Auto"), co("合众新能源", "Hozon Auto")]),
    ("哪吒汽車3月交付1.2萬輛，合眾新能源稱訂單充足。",
     [co("哪吒汽車", "Hozon Auto"), co("合眾新能源", "Hozon Auto")]),
]

EVERYDAY = [
    "电影《哪吒之魔童闹海》票房突破百亿，哪吒成了春节档的主角。",
    "電影《哪吒之魔童鬧海》票房突破百億。",
    "The film's hero Nezha, and a neta of rice.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
