"""Companies the gazetteer does not know yet, discovered in the corpus texts.

Expressions that name an organisation (``X Inc``, ``chipmaker X``, ``X (NASDAQ: XX)``,
``X公司``, ``X科技``, ``X（688256.SH）``; ``lib/rules/company_patterns.csv``) are looked for in
every article; names the gazetteer already matches, names made only of generic words and known
aliases with a generic word added (``Baidu Group``) are left out. What remains is ranked by the
number of documents and mentions, each with one example sentence, so an analyst can add the
real companies to the gazetteer with one click. Chinese patterns read the simplified copy of
the text; names are shown as the article writes them.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from lib.analyze.company_candidate_rules import CandidateRules
from lib.parse.script import to_simplified
from lib.rules.alias_checks import alias_core
from lib.rules.gazetteer import GazetteerEntry
from lib.schema import Doc, Mention, Sent
from lib.text_script import HAN_CHARACTER as _HAN

# Columns of the candidates frame.
CANDIDATE = "candidate"
LANGUAGE = "language"
MENTIONS = "mentions"
DOCUMENTS = "documents"
EXAMPLE = "example"
COLUMNS = [CANDIDATE, LANGUAGE, MENTIONS, DOCUMENTS, EXAMPLE, Doc.DOC_ID]
MAX_EXAMPLE_CHARS = 300
_EDGE_PUNCT = " \t\n.,;:'\"()[]-"


def company_candidates(documents: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame,
                       gazetteer: Sequence[GazetteerEntry], rules: CandidateRules,
                       limit: int = 200) -> pd.DataFrame:
    """Unknown company names, most documents first: name, language, counts, an example sentence."""
    known = {_key(alias_core(alias)) for entry in gazetteer for alias in entry.aliases}
    known |= {_key(entry.entity) for entry in gazetteer}
    spans = _mention_spans(mentions)
    found: dict[str, list[tuple[str, int, int, str]]] = {}
    for doc_id, text in zip(documents[Doc.DOC_ID], documents[Doc.TEXT], strict=True):
        text = str(text)
        for start, end in _names_in(text, spans.get(doc_id, ([], [])), rules):
            name = text[start:end]
            key = _key(name)
            core = _core(key, rules)
            if key not in known and core not in known:
                # One firm whatever generic word follows it: 云天励飞 and 云天励飞科技.
                found.setdefault(core, []).append((doc_id, start, end, name))
    rows = []
    for occurrences in found.values():
        unique = {(doc, start): name for doc, start, _, name in occurrences}
        name = Counter(unique.values()).most_common(1)[0][0]
        doc_id, start, _, _ = occurrences[0]
        rows.append((name, "zh" if _HAN.search(name) else "en", len(unique),
                     len({doc for doc, _ in unique}), doc_id, start))
    rows.sort(key=lambda row: (-row[3], -row[2], row[0]))
    rows = rows[:limit]
    examples = _examples(sentences, [(row[4], row[5]) for row in rows])
    table = [(name, lang, n, d, example, doc) for (name, lang, n, d, doc, _), example in zip(rows, examples,
                                                                                              strict=True)]
    return pd.DataFrame(table, columns=COLUMNS)


def _names_in(text: str, spans: tuple[list[int], list[int]], rules: CandidateRules) -> set[tuple[int, int]]:
    """``(start, end)`` of each cleaned candidate name in ``text`` not inside a gazetteer match."""
    simplified = None
    names = set()
    memo: dict = {}
    for pattern in rules.patterns:
        language = pattern.language
        if language == "zh":
            if not _HAN.search(text):
                continue
            simplified = simplified if simplified is not None else to_simplified(text)
            source = simplified
        else:
            source = text
        for match in pattern.finditer(source):
            start, end = match.span("name")
            cleaned = _clean_zh(simplified, start, end, spans, rules, memo) if language == "zh" else \
                _clean_en(text, start, end, rules)
            if cleaned and not _inside_mention(*cleaned, spans):
                names.add(cleaned)
    return names


def _clean_en(text: str, start: int, end: int, rules: CandidateRules) -> tuple[int, int] | None:
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while words and text[words[0][0]:words[0][1]].strip(_EDGE_PUNCT).casefold() in rules.before_en:
        words.pop(0)
    while words and text[words[-1][0]:words[-1][1]].strip(",") in rules.suffixes:
        words.pop()
    if not words:
        return None
    start, end = words[0][0], words[-1][1]
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    name = text[start:end]
    if len(name) < 2 or not name[0].isupper() and not name[0].isdigit():
        return None
    if all(word.casefold() in rules.generic for word in name.split()):
        return None
    return start, end


def _clean_zh(simplified: str, start: int, end: int, spans, rules: CandidateRules,
              memo: dict) -> tuple[int, int] | None:
    raw = simplified[start:end]
    trimmed = memo.get(raw)
    if trimmed is None:
        trimmed = memo[raw] = _trimmed_zh(raw, rules)
    cut, length = trimmed
    end = start + length
    # A gazetteer match ending inside the span is a name of its own, not the start of this one.
    starts, ends = spans
    index = bisect.bisect_right(starts, end - 1) - 1
    while index >= 0 and ends[index] > start:
        cut = max(cut, min(ends[index], end) - start)
        index -= 1
    name = simplified[start + cut:end]
    kept = memo.get(("name", name))
    if kept is None:
        kept = memo[("name", name)] = _name_start_zh(name, rules)
    return None if kept < 0 else (start + cut + kept, end)


def _trimmed_zh(raw: str, rules: CandidateRules) -> tuple[int, int]:
    """How much filler to cut from the front of ``raw`` and its length without a legal suffix."""
    length = len(raw)
    for suffix in rules.suffixes:
        if raw.endswith(suffix) and length > len(suffix):
            length -= len(suffix)
            break
    cut = max((m.end() for m in rules.before_zh.finditer(raw, 0, length)), default=0)
    return cut, length


def _name_start_zh(name: str, rules: CandidateRules) -> int:
    """Where the name starts once a place is cut from its front, or -1 if it is not a name."""
    start = next((len(p) for p in rules.places if name.startswith(p) and len(name) - len(p) >= 2), 0)
    rest = name[start:]
    return -1 if len(rest) < 2 or _only_generic(rest.casefold(), rules.generic) else start


def _only_generic(name: str, generic: frozenset[str]) -> bool:
    """Whether ``name`` is a run of generic words (人工智能科技, 该公司 once the suffix is cut)."""
    reachable = [True] + [False] * len(name)
    for end in range(1, len(name) + 1):
        reachable[end] = any(reachable[start] and name[start:end] in generic for start in range(max(0, end - 6), end))
    return reachable[-1]


def _core(key: str, rules: CandidateRules) -> str:
    """A name without its generic words at the end (baidu group -> baidu, 腾讯科技 -> 腾讯)."""
    if _HAN.search(key):
        for word in sorted(rules.generic, key=len, reverse=True):
            if key.endswith(word) and len(key) > len(word):
                return _core(key[:-len(word)], rules)
        return key
    words = key.split()
    while len(words) > 1 and words[-1] in rules.generic:
        words.pop()
    return " ".join(words)


def _key(name: str) -> str:
    return " ".join(to_simplified(name).casefold().split())


def _mention_spans(mentions: pd.DataFrame) -> dict[str, tuple[list[int], list[int]]]:
    """Per document, the sorted starts and matching ends of its gazetteer matches."""
    spans: dict[str, tuple[list[int], list[int]]] = {}
    ordered = mentions.sort_values([Mention.DOC_ID, Mention.START])
    doc_ids = ordered[Mention.DOC_ID].tolist()
    starts = [int(start) for start in ordered[Mention.START].tolist()]
    ends = [int(end) for end in ordered[Mention.END].tolist()]
    for doc_id, start, end in zip(doc_ids, starts, ends, strict=True):
        doc_starts, doc_ends = spans.setdefault(doc_id, ([], []))
        doc_starts.append(start)
        doc_ends.append(end)
    return spans


def _inside_mention(start: int, end: int, spans: tuple[list[int], list[int]]) -> bool:
    starts, ends = spans
    index = bisect.bisect_right(starts, start) - 1
    return index >= 0 and ends[index] >= end


def _examples(sentences: pd.DataFrame, places: Sequence[tuple[str, int]]) -> list[str]:
    """The sentence holding each ``(doc_id, offset)``, cut to ``MAX_EXAMPLE_CHARS``."""
    wanted = {doc for doc, _ in places}
    rows = sentences[sentences[Sent.DOC_ID].isin(wanted)].sort_values([Sent.DOC_ID, Sent.START])
    by_doc: dict[str, tuple[list[int], list[str]]] = {}
    for doc_id, start, text in zip(rows[Sent.DOC_ID], rows[Sent.START], rows[Sent.TEXT], strict=True):
        starts, texts = by_doc.setdefault(doc_id, ([], []))
        starts.append(int(start))
        texts.append(str(text))
    examples = []
    for doc_id, offset in places:
        starts, texts = by_doc.get(doc_id, ([], []))
        index = bisect.bisect_right(starts, offset) - 1
        sentence = " ".join(texts[index].split()) if index >= 0 else ""
        examples.append(sentence if len(sentence) <= MAX_EXAMPLE_CHARS else sentence[:MAX_EXAMPLE_CHARS - 1] + "…")
    return examples
