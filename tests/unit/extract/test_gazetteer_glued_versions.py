"""A Latin name with its model version glued on, no space: "DeepseekV3.1", Baichuan2-53B. The name still
ends where the version (a V or R and digits, or bare digits with no Chinese after them) begins; digits before
Chinese are a figure or a count (MiniMax900亿, TikTok3名), save a day or month of the calendar glued on
("Deliveroo10日宣布", "Google10月公佈": the day dates the name's act), and a name running on into letters is
another word.

In English, simplified and traditional Chinese. Sentences are written here, none copied from tests/data/realnews.
"""

from __future__ import annotations

from tests.gazetteer_matches import class_table_tests, co

CLASSES = [
    ("昨晚刷屏的是DeepseekV3.1发布了。", [co("Deepseek", "DeepSeek")]),
    ("昨晚刷屏的是DeepseekV3.1發布了。", [co("Deepseek", "DeepSeek")]),
    ("Everyone talked about DeepSeekR1 last night.", [co("DeepSeek", "DeepSeek")]),
    ("它发布了Baichuan2-53B模型。", [co("Baichuan", "Baichuan")]),
    ("它發佈了Baichuan2-53B模型。", [co("Baichuan", "Baichuan")]),
    ("Baichuan2 was released with 53 billion parameters.", [co("Baichuan", "Baichuan")]),
    # A day or month of the calendar glued on dates the name's act.
    ("外卖平台Deliveroo12日宣布退出新加坡市场。", [co("Deliveroo", "Deliveroo")]),
    ("外賣平台Deliveroo12日宣佈退出新加坡市場。", [co("Deliveroo", "Deliveroo")]),
    ("据报道,Google9月公布了新的芯片。", [co("Google", "Google")]),
    ("據報導,Google9月公佈了新的晶片。", [co("Google", "Google")]),
]

EVERYDAY = [
    # Digits before Chinese: a figure or a count, not a version.
    "據報導,估值達Tiktok3名創作者入稟法院。",
    "市值Manus30名员工也在官網證實。",
    "Google32日並不存在,Google13月也不存在。",
    "Deepseeking answers, people typed deepseekers.",
]


test_finds_the_firms_of_each_class_in_each_script, test_everyday_words_are_not_these_firms = \
    class_table_tests(CLASSES, EVERYDAY)
