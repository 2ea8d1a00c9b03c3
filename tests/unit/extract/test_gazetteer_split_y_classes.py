"""The firms split Y annotated but the gazetteer did not find (lib/rules/gazetteer.csv): a conglomerate's retail arm
named "<parent> Retail" (Reliance Retail, counted as Reliance), and the eyewear maker partnering in smart glasses
(EssilorLuxottica). English only: their Chinese names could not be confirmed from real usage, so none is listed.
Snap, an everyday word, is found as an item of a list of firms (tests/unit/extract/test_firm_lists.py).
Sentences are written here, none copied from tests/data/realnews."""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    ("Shein signed a sourcing deal with Reliance Retail, while Reliance Industries kept its telecoms arm.",
     [co("Shein", "Shein"), co("Reliance Retail", "Reliance"), co("Reliance Industries", "Reliance")]),
    ("Meta and EssilorLuxottica sold two million pairs of Ray-Ban glasses; Essilor Luxottica plans more.",
     [co("Meta", "Meta"), co("EssilorLuxottica", "EssilorLuxottica"),
      co("Essilor Luxottica", "EssilorLuxottica")]),
]

# Everyday words near these names: no firm.
EVERYDAY = [
    "Shoppers place their reliance on retail discounts; the optician checked her lenses.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
