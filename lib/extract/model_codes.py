"""A product named by its bare model code as a sentence's subject: "The 960 will follow in 2027".

Product news names a line once ("The Ascend 950 will launch in 2026", "the ES8, a premium SUV") and then its
models by their codes alone ("The 960 will follow in 2027", "The EC6, an electric coupe SUV, was unveiled in
December 2019"). Such a sentence goes on about the product of the sentence before, so about its company, as
"the chip" does. A code is letters and digits, or digits that are no year ("The 2024 edition" is a year's);
it is the subject when a comma (an apposition) or a word of ``lib/rules/model_code_verbs_en.txt`` ("will",
"was", "launched") follows it: "The 10 largest banks", "The 5G rollout" name no product.
"""

from __future__ import annotations

import re

from lib.extract.sentence_openings import opening
from lib.rules import builtin_rules
from lib.rules.rule_file import alternation

_MODEL_SUBJECT = re.compile(
    r"The\s+(?!(?:19|20)\d\d\b)[A-Z]{0,4}\d+[A-Za-z]{0,3}(?:,|\s+(?:"
    + alternation(builtin_rules().model_code_verbs_en) + r")\b)", re.IGNORECASE)


def opens_with_a_model_code(sentence: str) -> bool:
    """Whether ``sentence``'s first words are "The" and a product's model code as its subject."""
    return _MODEL_SUBJECT.match(sentence, opening(sentence)) is not None
