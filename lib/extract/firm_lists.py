"""Whether a short firm name that is also an everyday word stands as an item of a list of firms.

Chinese press calls firms by short names that are everyday words: 荣耀 ("glory", Honor), 美的
("beautiful", Midea), 宝马 ("fine horse", BMW), 大众 ("the public", Volkswagen), 联想 ("associate",
Lenovo). Matched anywhere they would take thousands of words for firms, so the gazetteer marks them
``~`` and they name the firm only as an item of a list of firms (``lib/rules/firm_lists.csv``):

* the list closes with 等 and a noun of firms, a few words between: "与宝马、福特等国际车企合作",
  "美的、九阳等品牌"; or with their count and a noun of firms (``count_measure``): "携程和同程两家平台",
  "华为与荣耀2个品牌";
* or a firm the gazetteer knows stands in the same 、-list: "前三名分别为荣耀、vivo、OPPO";
* or the name closes its clause right after a firm and a joining word (和, 与, 及), a list of two:
  "另外两家是上汽和宝马";
* or, in English, the name and a firm are joined by a comma or a ``word_separator`` ("and", "or"), items
  between that are such names too: "link their Visa, Master and JCB cards" (JCB is known);
* or the name opens the brackets right after a firm with a word saying the firm includes it
  (``inclusion``: 包括, 含, "including"): "OPPO(包括一加)" counts a brand a firm owns as a list of one.

Either way the name must end an item (a separator or 等 follows it): 完美的设计 is no Midea.

A name right before a noun of a firm's own parts (its business, dealers, shareholders: 荣耀业务,
宝马经销商, 平安股东) names the firm too: an everyday word has no business to sell or dealers to sign.
Only right before it, and not after 的: with 的 between or before, the word is the adjective it is
(理想的业务 "an ideal business", 我们的理想门店 "our ideal shop"), unless the clause sells or buys that
part (出售荣耀的业务): an adjective's business is not sold.

A name right before its share's quote names the firm too: a move or a close (``quote``: 下跌, 上涨, 报收,
每股报收) and then a figure, a hedge (``quote_hedge``: 超, 逾, 近) between at most: "完美世界下跌5.41%",
"地平线每股报收9.58港元". An everyday word has no share price; without the figure (理想涨了, 地平线上升起朝阳)
the word stays what it is.

A firm's head's title (``part``: 荣耀 CEO 赵明, 地平线创始人余凯; spaces may set a Latin title off) and its market
figures name it too: a ``part`` right after it (荣耀市占率下降至13.7%), or a ``figure`` later in its clause with a
number there (荣耀在中国智能手机出货量为1310万部, 荣耀首次以19%的市场份额成为第一); not with 的 right after the name
(理想的市场份额 "an ideal share"). So does a rank given to it in a chart (第五：荣耀，…; 第三名为荣耀。).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.rules.rule_file import literal_alternation, words_by_kind

# An item of a list: a short run of characters holding no list separator or sentence punctuation.
_ITEM = r"[^、，,。；;：:！？!?（）()“”\"\n]{1,12}?"
# The words allowed between 等 and the noun of firms: 等国际车企, 等国产手机品牌.
_BETWEEN = r"[^、，,。；;：:！？!?（）()\s]{0,6}?"
# The number that counts a list's firms before a ``count_measure`` word (两家, 2个, 三大): Chinese numerals.
_COUNT = r"[0-9两二三四五六七八九十几]{1,2}"
# How far a 、-list may run on either side of the name.
_REACH = 40
# What may follow the last character of an item inside brackets: their close or the next item's separator.
_ENDS_BRACKETED_ITEM = re.compile(r"\s*(?:[)）、，,]|and\s|和|与|及)")
_STOPS = frozenset("。；;：:！？!?（）()\n，,")


class FirmLists:
    """The separators and closing nouns of ``firm_lists.csv``, compiled once."""

    def __init__(self, rows: Sequence[tuple[str, str]]) -> None:
        words = words_by_kind(rows)
        separators = literal_alternation(words["separator"])
        closings = literal_alternation(words["closing"])
        measures = literal_alternation(words["count_measure"])
        closes = rf"等(?!待)|等?\s*{_COUNT}\s*(?:{measures})" if measures else r"等(?!待)"
        self._closed = re.compile(rf"(?:\s*(?:{separators})\s*{_ITEM})*?\s*(?:{closes}){_BETWEEN}(?:{closings})"
                                  if separators and closings else r"(?!)")
        self._joins = tuple(word for word in words["separator"] if word != "、")
        self._join_words = frozenset(word for word in self._joins if word.isalpha())
        joining = literal_alternation(words["word_separator"])
        self._word_join = re.compile(rf"\s*,\s*(?:(?:{joining})\s+)?|\s+(?:{joining})\s+" if joining else r"\s*,\s*")
        self._parts = tuple(words["part"])
        self._deals = tuple(words["deal"])
        quotes = literal_alternation(words["quote"])
        hedges = literal_alternation(words["quote_hedge"])
        hedge = rf"(?:{hedges})?" if hedges else ""
        self._quoted = re.compile(rf"(?:{quotes}){hedge}\s*[0-9０-９]" if quotes else r"(?!)")
        self._figures = tuple(words["figure"])
        ranks = literal_alternation(words["rank"])
        self._ranked = re.compile(rf"第[0-9一二三四五六七八九十]{{1,2}}[名位]?\s*(?:{ranks})\s*$" if ranks else r"(?!)")
        inclusions = literal_alternation(words["inclusion"])
        self._included = re.compile(rf"\s*[（(]\s*(?:{inclusions})\s*" if inclusions else r"(?!)")

    def names_a_listed_firm(self, text: str, start: int, end: int, firms: Sequence[tuple[int, int]]) -> bool:
        """Whether the name at ``text[start:end]`` is an item of a list of firms: the list closes with
        等 and a noun of firms, or a firm of ``firms`` (spans of the gazetteer's other company
        matches) stands in the same 、-list."""
        if self._closed.match(text, end) or self.included_in_a_firm(text, start, end, firms):
            return True
        if not _touches_pause(text, start, end):
            return self.joins_a_firm_in_words(text, start, end, firms) or self.ends_a_pair_with_a_firm(
                text, start, end, firms)
        low, high = _list_bounds(text, start, end)
        return any(low <= first and last <= high and (first, last) != (start, end)
                   and (_touches_pause(text, first, last) or text.endswith(self._joins, 0, first))
                   for first, last in firms)

    def joins_a_firm_in_words(self, text: str, start: int, end: int, firms: Sequence[tuple[int, int]]) -> bool:
        """Whether the name at ``text[start:end]`` and a firm of ``firms`` stand next to each other in an
        English list, a comma or a word separator between ("Master and JCB", "Visa, Mastercard")."""
        return any(self._word_join.fullmatch(text, end, first) is not None if first >= end
                   else last <= start and self._word_join.fullmatch(text, last, start) is not None
                   for first, last in firms)

    def ends_a_pair_with_a_firm(self, text: str, start: int, end: int, firms: Sequence[tuple[int, int]]) -> bool:
        """Whether the Chinese name at ``text[start:end]`` closes its clause right after a firm of ``firms`` and a
        joining word (和, 与, 及): "另外两家是上汽和宝马）". A list of two needs no 、; ending the clause, the name
        heads no noun it could be an adjective of (宝马和奔驰的车 stays for the 、 and closing rules)."""
        if text[start:end].isascii() or not (end == len(text) or text[end] in _STOPS):
            return False
        return any(last <= start and text[last:start].strip() in self._join_words for _, last in firms)

    def included_in_a_firm(self, text: str, start: int, end: int, firms: Sequence[tuple[int, int]]) -> bool:
        """Whether the name at ``text[start:end]`` opens the brackets right after a firm of ``firms`` with a
        word of inclusion and ends an item there ("OPPO(包括一加)", "OPPO（含一加、真我）")."""
        return _ENDS_BRACKETED_ITEM.match(text, end) is not None and any(
            last <= start and self._included.fullmatch(text, last, start) is not None for _, last in firms)

    def names_a_firm_by_its_part(self, text: str, start: int, end: int) -> bool:
        """Whether a noun of a firm's own parts (``part`` of ``firm_lists.csv``) follows the name at
        ``text[start:end]`` directly, or after 的 in a clause that sells or buys it (``deal``), and no 的
        stands before the name (then the name modifies the noun)."""
        if not self._parts or text.endswith("的", 0, start):
            return False
        if text.startswith(self._parts, end + _spaces_at(text, end)):
            return True
        if not (text.startswith("的", end) and text.startswith(self._parts, end + 1)):
            return False
        clause_start, _ = _list_bounds(text, start, end)
        return any(deal in text[clause_start:start] for deal in self._deals)


    def names_a_firm_by_its_quote(self, text: str, start: int, end: int) -> bool:
        """Whether the name at ``text[start:end]`` stands right before a move or close of its share and a figure
        (``quote`` of ``firm_lists.csv``: 完美世界下跌5.41%, 地平线每股报收9.58港元), no 的 before the name."""
        return not text.endswith("的", 0, start) and self._quoted.match(text, end) is not None


    def names_a_firm_by_its_figures(self, text: str, start: int, end: int) -> bool:
        """Whether the clause of the name at ``text[start:end]`` goes on to a market figure of a firm (``figure`` of
        ``firm_lists.csv``: 出货量, 市场份额) and holds a number after the name, no 的 right after the name."""
        if not self._figures or text.startswith("的", end):
            return False
        _, clause_end = _list_bounds(text, start, end)
        rest = text[end:clause_end]
        return any(figure in rest for figure in self._figures) and any(char.isdigit() for char in rest)


    def names_a_firm_by_its_rank(self, text: str, start: int, end: int) -> bool:
        """Whether a rank (第五, 第三名) and a ``rank`` word (：, 为) stand right before the name at ``text[start:end]``
        and the name ends an item there (a separator, a clause's end or the text's follows)."""
        return (self._ranked.search(text, max(0, start - 12), start) is not None
                and (end == len(text) or text[end] in _STOPS or text[end] == "、"))


def _spaces_at(text: str, index: int) -> int:
    """How many spaces stand at ``text[index:]``: a Latin word is set off by them in Chinese (荣耀 CEO)."""
    end = index
    while text.startswith(" ", end):
        end += 1
    return end - index


def _touches_pause(text: str, start: int, end: int) -> bool:
    """Whether the enumeration comma 、 stands right before or right after ``text[start:end]``."""
    return text[end:end + 1] == "、" or text[start - 1:start] == "、"


def _list_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The stretch around a name up to the nearest clause or sentence break, at most ``_REACH`` each way."""
    low = start
    while low > max(0, start - _REACH) and text[low - 1] not in _STOPS:
        low -= 1
    high = end
    while high < min(len(text), end + _REACH) and text[high] not in _STOPS:
        high += 1
    return low, high


def opens_a_full_name(text: str, start: int, end: int, firm: str, named: Sequence[tuple[str, str]]) -> bool:
    """Whether the Chinese short name at ``text[start:end]`` (联想, 理想) opens a full name the text gives its ``firm``
    elsewhere (``named``: each name found, as (firm, the words)): "联想集团公布了…业绩。…联想反而实现了同比双位数增长",
    "理想汽车也公布了4月交付数据。…理想ONE在4月交付5539辆". An article that names the firm in full means it by the
    short word too, as it does once a list names it. Not beside 的, where the word is the adjective it is (理想的状态,
    我们的理想), nor in English, where the short word is an everyday one as often ("Discover Financial … discover").
    """
    word = text[start:end]
    return (not word.isascii() and text[end:end + 1] != "的" and text[start - 1:start] != "的"
            and any(company == firm and len(name) > len(word) and name.startswith(word) for company, name in named))

