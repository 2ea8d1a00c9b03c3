"""Which company a pronoun ("it", "its", 其) stands for: the subject of the sentence before.

"It"/其 takes up the company last named as a subject, not the article's main company: after "As
well as besting Tesla, BYD sold 400,000 hybrids.", "In total, it sold 3 million cars" is BYD's, in an
article mostly about Tesla. A sentence's subject is the first company it names past a leading
adverbial ("As well as besting Tesla, ", "Unlike Tesla, ", "与特斯拉相比，", "继腾讯之后，"): the
``adverbial`` cues of ``lib/rules/clause_cues.csv`` open one, and it runs to the first comma.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.extract.sentence_openings import full_width_commas, past_leading_adverbial
from lib.parse.script import to_simplified


def subject_company(sentence: str, named: Sequence[tuple[int, str]], adverbial: re.Pattern | None) -> str:
    """The company that is ``sentence``'s subject, given its ``named`` ``(offset, company)`` in order; "" if none."""
    if not named:
        return ""
    past = past_leading_adverbial(full_width_commas(to_simplified(sentence)), adverbial)
    if past is not None and (after := [company for offset, company in named if offset >= past]):
        return after[0]
    return named[0][1]
