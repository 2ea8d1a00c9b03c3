"""Find gazetteer entities (companies, products, people, outlets, regulations) in article text.

Alias markers, as documented at the top of ``lib/rules/gazetteer.csv``:

* plain alias: case-insensitive; Latin edges need a word boundary (the neighbouring character is
  not a Latin letter or digit), Chinese edges match anywhere;
* ``=Alias``: case-sensitive;
* ``"Alias`` (optionally ``"Alias"``): case-sensitive and only inside quotes;
* an all-digit alias (``360``) never matches a quantity (``360 million``, ``$360``, ``360°``);
* ``~Alias``: an everyday word, only as an item of a list of firms (``lib.extract.firm_lists``), right
  before a noun of a firm's own parts (荣耀业务, 宝马经销商) or its share's quote (完美世界下跌5%), or with its
  firm's own listing code in brackets right after it (友邦(1299), ``lib.extract.stock_codes``); once one of
  these names the firm, the same word written the same way names it anywhere in the text (an article means one
  thing by a word: 地平线每股报收… then 地平线在经历了…).

Traditional Chinese is read as simplified: aliases are converted when the matcher is built and
the text is matched on ``to_simplified(text)``, a copy with the same offsets, while every match
keeps the characters of the original text (字節跳動 and 字节跳动 are both ByteDance).

Matches are non-overlapping and leftmost-longest. When two aliases match the same span, the entry
that comes later wins, so a corpus's own ``gazetteer.csv`` (appended after the built-in one)
can re-map an alias.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import ahocorasick

from lib.extract.alias_edges import half_width, is_cjk, is_glued_version, is_quantity, is_quoted, is_word_char
from lib.extract.automata import news_automaton
from lib.extract.company_prefixes import CompanyPrefixes
from lib.extract.firm_lists import FirmLists, opens_a_full_name
from lib.extract.news_portals import NewsPortals
from lib.extract.other_names import BankBuildings, FirmHeads, NotNames, is_ticker_label, lies_inside
from lib.extract.platform_channels import PlatformChannels
from lib.extract.product_codes import ProductCodes
from lib.extract.stock_codes import StockCodes
from lib.parse.script import to_simplified
from lib.rules import builtin_rules
from lib.rules.gazetteer import GazetteerEntry

PLAIN, SENSITIVE, QUOTED, LISTED = "plain", "sensitive", "quoted", "listed"



@dataclass(frozen=True)
class EntityMatch:
    start: int
    end: int
    alias: str  # the matched surface text, as written in the input
    entity: str
    kind: str
    company: str


@dataclass(frozen=True)
class _Alias:
    """One alias of one entry, with its marker parsed."""

    text: str
    mode: str
    order: int
    entry: GazetteerEntry


class Gazetteer:
    """All aliases of a gazetteer in one Aho-Corasick automaton, built once and reused.

    ``firm_heads`` are the lines of business of ``lib/rules/firm_heads.txt`` (the built-in ones
    unless given): an English alias heading another firm's name is no mention (``other_names``).
    """

    def __init__(self, entries: Sequence[GazetteerEntry], firm_heads: Sequence[Sequence[str]] | None = None) -> None:
        self._entries = tuple(entries)
        self._firm_heads = tuple(map(tuple, builtin_rules().firm_heads if firm_heads is None else firm_heads))
        aliases = _parsed_aliases(self._entries)
        self._automaton = _build_automaton(aliases)
        # Kept from the one reading of the aliases: reading them again cost a third of building this.
        self._user_words = tuple(sorted({text for text, _, _ in aliases if any(is_cjk(char) for char in text)}))
        self._heads = FirmHeads(self._entries, self._firm_heads)
        self._lists = FirmLists(builtin_rules().firm_lists)
        self._not_names = NotNames(builtin_rules().not_names)
        self._buildings = BankBuildings(self._entries, builtin_rules().building_nouns)
        self._codes = StockCodes(builtin_rules().stock_codes, builtin_rules().stock_code_cues, self.companies())
        self._prefixes = CompanyPrefixes(self._entries)
        self._codes_alone = ProductCodes(self._entries)
        self._channels = PlatformChannels(builtin_rules().platform_channels)
        self._portals = NewsPortals(builtin_rules().news_portals, builtin_rules().clause_cues)

    # The automaton holds Python objects and is cheap to rebuild, so only the entries travel to
    # worker processes.
    def __getstate__(self) -> dict:
        return {"entries": self._entries, "firm_heads": self._firm_heads}

    def __setstate__(self, state: dict) -> None:
        self.__init__(state["entries"], state["firm_heads"])

    @property
    def entries(self) -> tuple[GazetteerEntry, ...]:
        return self._entries

    def find(self, text: str, simplified: str | None = None) -> list[EntityMatch]:
        """Non-overlapping, leftmost-longest matches, sorted by start, with the stock codes that name a
        company (``lib.extract.stock_codes``); a firm named by its platform's name as the channel of a post
        is told as its platform ("posted on Weibo", 在微博发文: ``lib.extract.platform_channels``), a firm
        running a news portal cited as a report's source as an outlet ("according to Sina":
        ``lib.extract.news_portals``).

        Matching runs on ``simplified`` (``to_simplified(text)``, computed here unless the caller
        already has it), full-width Latin as ASCII (``alias_edges.half_width``); each match's alias is the original
        text at its offsets.
        """
        matched = half_width(to_simplified(text) if simplified is None else simplified)
        candidates = self._in_lists(matched, _candidates(self._automaton, matched))
        words = self._not_names.spans(matched) if candidates else ()
        found = [_to_match(text, start, end, alias) for start, end, alias in _leftmost_longest(candidates)
                 if not (is_ticker_label(matched, start, end) or lies_inside(start, end, words)
                         or self._buildings.names_a_building(matched, end, alias.entry.entity)
                         or self._heads.names_another_firm(matched, end, matched[start:end], alias.entry.company))]
        codes = [EntityMatch(start, end, text[start:end], company, "company", company)
                 for start, end, company in self._codes.mentions(matched, found)]
        found = self._portals.told(matched, self._channels.told(matched, found))
        return sorted(found + codes, key=_start) if codes else found

    def names(self, text: str, simplified: str | None = None,
              sentences: Sequence[tuple[int, int]] | None = None) -> list[EntityMatch]:
        """``find``, with a product named with its company's name in front ("DeepSeek-R1", 小米SU7) told as
        the company's mention and the product's (``lib.extract.company_prefixes``), and a product's bare code
        in a sentence naming its company ("DeepSeek released R1", ``lib.extract.product_codes``): what an
        article names. ``sentences`` are the ``(start, end)`` of its sentences; the whole text is one if none."""
        matched = to_simplified(text) if simplified is None else simplified
        named = self._prefixes.split(text, self.find(text, matched), matched)
        return self._codes_alone.with_codes(text, named, [(0, len(text))] if sentences is None else sentences)

    def _in_lists(self, text: str, candidates: list[tuple[int, int, _Alias]]) -> list[tuple[int, int, _Alias]]:
        """The candidates less the listed-only aliases that stand in no list of firms, before no noun of a firm's
        parts (荣耀业务) or its share's quote (完美世界下跌5%) and carry no listing code of their firm in brackets
        (友邦(1299))."""
        if all(alias.mode != LISTED for *_, alias in candidates):
            return candidates
        others = [candidate for candidate in candidates if candidate[2].mode != LISTED]
        firms = [(start, end) for start, end, alias in _leftmost_longest(others) if alias.entry.kind == "company"]
        listed = [candidate for candidate in candidates if candidate[2].mode == LISTED]
        added, rest = _partition(listed, lambda start, end, alias: (
            self._lists.names_a_listed_firm(text, start, end, firms)
            or self._lists.names_a_firm_by_its_part(text, start, end)
            or self._lists.names_a_firm_by_its_quote(text, start, end)
            or self._lists.names_a_firm_by_its_figures(text, start, end)
            or self._lists.names_a_firm_by_its_rank(text, start, end)
            or self._codes.follows_with_its_code(text, end, alias.entry.entity)))
        kept: list[tuple[int, int, _Alias]] = []
        # An English list reaches a known firm through other listed names ("Visa, Master and JCB"): each
        # name kept joins the firms the rest may stand next to, until none is added. Only the list depends
        # on the firms kept: a firm's part or code after a name was asked of it once.
        while added:
            kept += added
            firms = firms + [(start, end) for start, end, alias in added if alias.entry.kind == "company"]
            added, rest = _partition(rest, lambda start, end, alias, firms=firms: self._lists.names_a_listed_firm(
                text, start, end, firms))
        # An article means one thing by a word: once it names the firm by it (截至9月30日收盘，地平线每股报收9.58港元),
        # the word is the firm elsewhere too (地平线在经历了去年12月末的低点后).
        # So does its full name, which the short word opens (联想集团 … 联想反而实现了增长: ``opens_a_full_name``).
        confirmed = {(alias.entry.entity, text[start:end]) for start, end, alias in kept}
        # Only asked of the listed-only names left: most articles have none.
        full = ([(alias.entry.entity, text[start:end]) for start, end, alias in _leftmost_longest(others)]
                if rest else [])
        same = [(start, end, alias) for start, end, alias in rest if (alias.entry.entity, text[start:end]) in confirmed
                or opens_a_full_name(text, start, end, alias.entry.entity, full)]
        return others + kept + same

    @property
    def user_words(self) -> list[str]:
        """The Chinese aliases without markers, in simplified form, for jieba's user dictionary."""
        return list(self._user_words)

    def companies(self) -> list[str]:
        """Canonical company names: company rows plus any company a product or person names.

        A subsidiary (a company row naming a parent) is left out: its events roll up to the parent.
        """
        names = {entry.company for entry in self._entries if entry.company}
        names.update(entry.entity for entry in self._entries if entry.kind == "company" and not entry.company)
        return sorted(names)


def _parsed_aliases(entries: Sequence[GazetteerEntry]) -> list[tuple[str, str, GazetteerEntry]]:
    """``(text, mode, entry)`` of every alias, in file order: its text simplified, its marker read."""
    return [(*_parse_marker(raw), entry) for entry in entries for raw in entry.aliases]


def _build_automaton(aliases: Sequence[tuple[str, str, GazetteerEntry]]) -> ahocorasick.Automaton | None:
    """One automaton keyed by folded alias text; case-sensitive aliases are re-checked on a hit.

    Folding every key lets a single search over the folded text serve all three modes; the value
    of a key lists every alias that folds to it (``=RED`` and ``Red`` would share ``red``).
    """
    by_key: dict[str, dict[tuple[str, str], _Alias]] = {}
    order = 0
    for text, mode, entry in aliases:
        if not text:
            continue
        # Re-inserting the same (mode, alias) replaces the earlier entry: later rows win.
        by_key.setdefault(_fold(text), {})[(mode, text)] = _Alias(text, mode, order, entry)
        order += 1
    if not by_key:
        return None
    # A dead end's value is a two-character key with no alias: ``_candidates`` passes over it.
    return news_automaton(((key, _key_value(key, tuple(aliases.values()))) for key, aliases in by_key.items()),
                          nothing=(2, False, False, None, ()))


# What a hit on a key needs: its length, whether its first and last characters are Latin (only
# such an edge needs a word boundary; a folded character is Latin exactly when the original is),
# the alias it stands for whenever the edges hold (None: the aliases are tested one by one), and
# its aliases. Most hits are plain aliases, settled without testing each alias.
_KeyValue = tuple[int, bool, bool, "_Alias | None", tuple["_Alias", ...]]


def _key_value(key: str, aliases: tuple[_Alias, ...]) -> _KeyValue:
    only_plain = all(alias.mode == PLAIN and not alias.text.isdigit() for alias in aliases)
    choice = max(aliases, key=_order) if only_plain else None
    return len(key), is_word_char(key[0]), is_word_char(key[-1]), choice, aliases


def _start(match: EntityMatch) -> int:
    return match.start


def _order(alias: _Alias) -> int:
    return alias.order


def _parse_marker(raw: str) -> tuple[str, str]:
    """The alias text (simplified, as the text it is matched on) and its mode."""
    if raw.startswith("="):
        return to_simplified(raw[1:].strip()), SENSITIVE
    if raw.startswith('"'):
        return to_simplified(raw.strip('"').strip()), QUOTED
    if raw.startswith("~"):
        return to_simplified(raw[1:].strip()), LISTED
    return to_simplified(raw), PLAIN


def _fold(text: str) -> str:
    """Lower-case without changing the length, so offsets in the folded text are offsets in ``text``."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(char.lower() if len(char.lower()) == 1 else char for char in text)


def _candidates(automaton, text: str) -> list[tuple[int, int, _Alias]]:
    if automaton is None or not text:
        return []
    found = []
    size = len(text)
    for last, (length, latin_start, latin_end, choice, aliases) in automaton.iter(_fold(text)):
        start, end = last + 1 - length, last + 1
        if ((latin_start and start > 0 and is_word_char(text[start - 1]))
                or (latin_end and end < size and is_word_char(text[end]) and not is_glued_version(text, start, end))):
            continue  # a Latin edge runs on into a word
        if choice is None:
            accepted = [alias for alias in aliases if _accepts(text, start, end, alias)]
            if not accepted:
                continue
            choice = max(accepted, key=_order)
        found.append((start, end, choice))
    return found


def _leftmost_longest(candidates: list[tuple[int, int, _Alias]]) -> list[tuple[int, int, _Alias]]:
    chosen = []
    cursor = 0
    for start, end, alias in sorted(candidates, key=lambda c: (c[0], -(c[1] - c[0]), -c[2].order)):
        if start >= cursor:
            chosen.append((start, end, alias))
            cursor = end
    return chosen


def _to_match(text: str, start: int, end: int, alias: _Alias) -> EntityMatch:
    entry = alias.entry
    return EntityMatch(start, end, text[start:end], entry.entity, entry.kind, entry.company)


def _accepts(text: str, start: int, end: int, alias: _Alias) -> bool:
    """Whether ``alias`` holds at a hit whose edges hold: its case, its quotes, not a quantity."""
    if alias.mode in (SENSITIVE, QUOTED) and text[start:end] != alias.text:
        return False
    if alias.mode == QUOTED and not is_quoted(text, start, end):
        return False
    return not (alias.text.isdigit() and is_quantity(text, start, end))


def _partition(candidates: list[tuple[int, int, _Alias]],
               keeps: Callable[..., bool]) -> tuple[list, list]:
    """The candidates ``keeps(start, end, alias)`` holds for, and the others, each in order."""
    yes: list[tuple[int, int, _Alias]] = []
    no: list[tuple[int, int, _Alias]] = []
    for candidate in candidates:
        (yes if keeps(*candidate) else no).append(candidate)
    return yes, no
