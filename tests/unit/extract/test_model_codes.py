"""A product named by its bare model code as a sentence's subject ("The 960 will follow in 2027") goes on about
the product, and so the company, of the sentence before (``lib.extract.model_codes``), in English; Chinese
drops the subject and goes on with the topic already ("960将于2027年推出"), which the rows below keep.

Each passage row is a short passage as a reporter writes it (invented, none from ``tests/data/realnews``), its
publication date and every event a reader finds in it: (date words, companies, attribution). Rows marked
"stays" are near-misses that must stay as they were.
"""

from __future__ import annotations

import pytest

from lib.extract.model_codes import opens_with_a_model_code
from tests.unit.extract.test_events_company_classes import events

SENTENCES = [
    ("The 960 will follow in 2027.", True),
    ("The EC6, an electric coupe SUV, was unveiled in December 2019.", True),
    ("The P70 went on sale in April.", True),
    ("“The X3 launched in China on Monday,” he said.", True),
    ("The 910C shipped to customers in the first quarter.", True),
    # ---- stays: no product code as the subject ----
    ("The 2024 edition will open in March.", False),
    ("The 10 largest banks will report in April.", False),
    ("The 5G rollout began in 2019.", False),
    ("The company will follow in 2027.", False),
    ("Sales of the 960 will follow in 2027.", False),
]


@pytest.mark.parametrize(("sentence", "expected"), SENTENCES)
def test_a_bare_model_code_opening_a_sentence_is_its_subject(sentence, expected):
    assert opens_with_a_model_code(sentence) is expected


PASSAGES = [
    pytest.param(["Huawei said the Ascend 950 will launch in 2026.", "The 960 will follow in 2027, and the 970 is "
                  "scheduled for 2028."], "2025-09-18",
                 [("2026", "Huawei", "text"), ("2027", "Huawei", "context"), ("2028", "Huawei", "context")],
                 id="en-the-960-will-follow"),
    pytest.param(["NIO launched the ES8, a premium electric SUV, in December 2017.",
                  "The EC6, an electric coupe SUV, was unveiled in December 2019."], "2022-11-01",
                 [("December 2017", "NIO", "text"), ("December 2019", "NIO", "context")], id="en-the-ec6-apposition"),
    pytest.param(["Xiaomi showed its new phones in Beijing.", "The 15T went on sale on October 31."], "2024-11-05",
                 [("October 31", "Xiaomi", "context")], id="en-the-15t-went-on-sale"),
    pytest.param(["华为表示昇腾950将于2026年推出。", "960将于2027年跟进，970则定于2028年。"], "2025-09-18",
                 [("2026年", "Huawei", "text"), ("2027年", "Huawei", "context"), ("2028年", "Huawei", "context")],
                 id="hans-960-follows"),
    pytest.param(["蔚来于2017年12月推出ES8。", "EC6则于2019年12月亮相。"], "2022-11-01",
                 [("2017年12月", "NIO", "text"), ("2019年12月", "NIO", "context")], id="hans-ec6-unveiled"),
    pytest.param(["華為表示昇騰950將於2026年推出。", "960將於2027年跟進，970則定於2028年。"], "2025-09-18",
                 [("2026年", "Huawei", "text"), ("2027年", "Huawei", "context"), ("2028年", "Huawei", "context")],
                 id="hant-960-follows"),
    pytest.param(["蔚來於2017年12月推出ES8。", "EC6則於2019年12月亮相。"], "2022-11-01",
                 [("2017年12月", "NIO", "text"), ("2019年12月", "NIO", "context")], id="hant-ec6-unveiled"),
    # ---- stays ----------------------------------------------------------------------------------
    pytest.param(["The 960 will follow in 2027."], "2025-09-18", [], id="stays-en-no-company-before"),
    pytest.param(["Huawei opened a flagship store in Shanghai.", "The 10 largest banks will report in April."],
                 "2025-03-01", [], id="stays-en-a-count-before-a-noun"),
    pytest.param(["Huawei opened a flagship store in Shanghai.", "The 2026 edition will open in March."],
                 "2025-03-01", [], id="stays-en-a-year-edition"),
    pytest.param(["Huawei opened a flagship store in Shanghai.", "The 5G rollout began in 2019."],
                 "2025-03-01", [], id="stays-en-a-technology"),
]


@pytest.mark.parametrize(("sentences", "published", "expected"), PASSAGES)
def test_a_model_code_subject_is_the_event_of_the_company_before(sentences, published, expected):
    assert events(sentences, published) == expected
