"""The value of a small number written in Chinese numerals: a year, month, day or count.

One reader for every stage that meets them: the dateline reader (新华社北京一月九日电, 【香港中通社十五日電】)
and the date readers (二〇二三年, 十二月, 廿一日). Hong Kong and Taiwan papers write the zero of a year
with a white circle ("二○一九年", U+25CB) or a look-alike (◯, Cyrillic О) where mainland text has 〇 or
零; 廿 and 卅 are the old single characters for twenty and thirty.
"""

from __future__ import annotations

ZEROS = "〇○◯О零"
NUMERALS = {**dict.fromkeys(ZEROS, 0), "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
            "八": 8, "九": 9}


def chinese_number(written: str) -> int:
    """The value of ``written`` in Arabic or Chinese numerals: "12", "十二", "廿一", "二〇二三" (digit by digit).
    Hong Kong wires print Arabic digits full-width ("《經濟通通訊社３０日專訊》"): their value is the digits'."""
    if written.isascii() or written.isdecimal():
        return int(written)
    written = written.replace("廿", "二十").replace("卅", "三十")
    if "十" not in written:
        return int("".join(str(NUMERALS[char]) for char in written))
    tens, _, units = written.partition("十")
    return NUMERALS.get(tens, 1) * 10 + NUMERALS.get(units, 0)
