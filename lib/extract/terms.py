"""Per-document terms: the words and phrases of an article, as ``(term, lang)`` pairs.

Text is NFKC-normalised (full-width letters and digits become ASCII), URLs and e-mail addresses
are removed, and the rest is split into runs of CJK characters and Latin word tokens.

Chinese runs are segmented by jieba's algorithm and dictionary as compiled by jieba-rs (the
``rjieba`` binding: the same segmentation as ``jieba.Tokenizer``, about 40x faster; the tests
compare the two) with the caller's user words (gazetteer aliases such as 字节跳动, 小红书) and the
Chinese entries of ``phrases`` added, so they come out whole. Single-character Chinese tokens,
Chinese stopwords and Chinese numerals (三十, 第一) are dropped.

Latin tokens come from a regex, not jieba (jieba over English is about 80x slower), cased and trimmed
as ``term_tokens`` says (acronyms keep their case, ``U.S.`` -> ``US``, ``AI-generated`` stays whole,
``Xiaohongshu's`` -> ``xiaohongshu``). Then:

* Stopwords are matched case-insensitively, so an all-caps headline's ``THE`` is still dropped;
  ``US`` is the one all-caps exception kept although ``us`` is a stopword.
* Numbers are dropped: ``2024``, ``3.278``, ``72,000``, ``29%``, ``2024-01-16``, ``$100M``, ``1st``.
  Tokens mixing letters and digits otherwise stay (``36kr``, ``5g``).
* Single letters and stopwords are dropped.

Latin phrases (``large language model``, ``generative AI``, multiword gazetteer aliases passed by
the caller such as ``Little Red Book``) are matched on the token sequence, longest first,
case-insensitively, before stopwords are removed (so ``Cyberspace Administration of China`` can
match) and never across punctuation. A plural last word also matches (``large models`` ->
``large model``). A phrase's term is its own tokens, normalised as above, joined by one space.
Phrases mixing scripts (生成式AI) are ignored.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from itertools import chain, compress
from operator import itemgetter

import rjieba

from lib.extract.term_tokens import LATIN as _LATIN
from lib.extract.term_tokens import normalise, pieces, prepared
from lib.text_script import HAN_CHARACTERS as _CJK

EN, ZH = "en", "zh"

# The same pieces as term_tokens.pieces, split in two steps: CJK runs first, then the rest. A piece of the
# rest is "" for a URL or e-mail address (dropped), else a word or one punctuation mark; which of
# the two is told by the piece itself (a word's first character can start no mark).
_CJK_RUN = re.compile(rf"([{_CJK}]+)")
_LATIN_PIECE = re.compile(
    r"(?:https?://[!-~]+|www\.[!-~]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]+)"
    rf"|([{_LATIN}]+(?:['.\-][{_LATIN}]+)*|\S)"
)
# The same for text without "@", "http", "www." (no address): the address alternatives cost half the scan.
_LATIN_WORD_PIECE = re.compile(rf"([{_LATIN}]+(?:['.\-][{_LATIN}]+)*|\S)")
_WORD_START = re.compile(rf"[{_LATIN}]")
_HAS_CJK = re.compile(rf"[{_CJK}]")
_ALL_CJK = re.compile(rf"[{_CJK}]+")
_NUMBER = re.compile(r"[0-9][0-9.\-]*(?:st|nd|rd|th|s|k|m|b|bn|x|am|pm)?", re.IGNORECASE)
_ZH_NUMBER = re.compile(r"第?[〇零一二三四五六七八九十百千万亿两几]+[年月日号个次名位家款天]?")
# Kept although their lower-case form is a stopword: in news text they are nearly always the acronym.
_CASED_EXCEPTIONS = frozenset({"US"})
Facts = tuple["str | None", "tuple[str, str] | None"]  # a token's lower-case key and its term
_NO_FACTS: Facts = (None, None)  # a punctuation mark's facts: no key (phrases stop there), no term
_KEY, _TERM = itemgetter(0), itemgetter(1)  # of a token's facts
_MEMO_LIMIT = 500_000


class TermExtractor:
    """Turns text into terms. Built once and reused; cheap to pickle (jieba loads lazily, per process)."""

    def __init__(
        self,
        stopwords_en: Iterable[str],
        stopwords_zh: Iterable[str],
        phrases: Iterable[str],
        user_words: Iterable[str] = (),
    ) -> None:
        self._stop_en = frozenset(word.lower() for word in stopwords_en)
        self._stop_zh = frozenset(stopwords_zh)
        phrases = [phrase.strip() for phrase in phrases if phrase.strip()]
        self._phrases = _latin_phrase_table(p for p in phrases if not _HAS_CJK.search(p))
        # First key -> the lengths of the phrases starting with it, longest first.
        self._phrase_lengths: dict[str, tuple[int, ...]] = {}
        for key in sorted(self._phrases, key=len, reverse=True):
            lengths = self._phrase_lengths.get(key[0], ())
            if len(key) not in lengths:
                self._phrase_lengths[key[0]] = (*lengths, len(key))
        chinese = {p for p in phrases if _ALL_CJK.fullmatch(p)}
        chinese.update(w.strip() for w in user_words if _ALL_CJK.fullmatch(w.strip()))
        # Shorter words first: jieba's suggested frequency for a long word must see the short ones.
        self._user_words = tuple(sorted(chinese, key=lambda word: (len(word), word)))
        self._jieba: rjieba.Jieba | None = None
        self._new_memos()

    # The segmenter holds its whole dictionary and cannot be pickled; workers rebuild it on first use.
    def __getstate__(self) -> dict:
        state = {**self.__dict__, "_jieba": None}
        for memo in ("_piece_facts", "_zh_terms"):
            del state[memo]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._new_memos()

    def _new_memos(self) -> None:
        # What a piece of text becomes is remembered (most words recur), so the loops over a
        # sentence's pieces run in C: a dict's __missing__ computes only the new ones.
        self._piece_facts = _Memo(self._new_piece_facts)
        self._zh_terms = _Memo(self._new_zh_term)

    def terms(self, text: str) -> list[tuple[str, str]]:
        """``(term, lang)`` pairs in order of appearance; ``lang`` is ``"en"`` or ``"zh"``."""
        found: list[tuple[str, str]] = []
        # split() with a group: the parts at odd positions are the CJK runs, the others the text
        # between them. No URL, e-mail or word can hold a CJK character, so nothing is cut.
        for index, part in enumerate(_CJK_RUN.split(prepared(text))):
            if index % 2:
                found.extend(self._chinese(part))
            elif _WORD_START.search(part):  # else only marks and spaces, as between Chinese clauses
                found.extend(self._latin(part))
        self._forget_if_large()
        return found

    def count(self, text: str) -> Counter[tuple[str, str]]:
        """How often each ``(term, lang)`` occurs in ``text``."""
        return Counter(self.terms(text))

    def _latin(self, part: str) -> list[tuple[str, str]]:
        """The terms of text without CJK: phrases first, then the words left that are kept."""
        pieces = _LATIN_PIECE if "@" in part or "http" in part or "www." in part else _LATIN_WORD_PIECE
        return self._latin_terms(list(chain.from_iterable(map(self._piece_facts.__getitem__, pieces.findall(part)))))

    def _latin_terms(self, facts: list[Facts]) -> list[tuple[str, str]]:
        """The terms of a run of tokens' facts (``_NO_FACTS`` for a punctuation mark)."""
        keys = list(map(_KEY, facts))
        found: list[tuple[str, str]] = []
        done = 0
        for start in compress(range(len(keys)), map(self._phrase_lengths.__contains__, keys)):
            if start < done:
                continue  # inside the phrase just matched
            phrase, length = self._match_phrase(keys, start)
            if phrase:
                found.extend(filter(None, map(_TERM, facts[done:start])))
                found.append((phrase, EN))
                done = start + length
        found.extend(filter(None, map(_TERM, facts[done:])))
        return found

    def _new_piece_facts(self, piece: str) -> tuple[Facts, ...]:
        """The facts of each token of a piece: a punctuation mark is one token with neither key
        nor term, a URL or e-mail address ("") has no token."""
        if not piece:
            return ()
        if not _WORD_START.match(piece):
            return (_NO_FACTS,)
        return tuple(map(self._token_facts, normalise(piece)))

    def _token_facts(self, token: str) -> Facts:
        """A token's lower-case key and its term if it is kept as one."""
        return token.lower(), (token, EN) if self._keep_latin(token) else None

    def _match_phrase(self, keys: list[str | None], start: int) -> tuple[str | None, int]:
        for length in self._phrase_lengths[keys[start]]:
            if start + length > len(keys):
                continue
            window = keys[start:start + length]
            if None in window:
                continue
            phrase = self._phrases.get(tuple(window))
            last = window[-1]
            if phrase is None and len(last) > 3 and last.endswith("s"):
                phrase = self._phrases.get((*window[:-1], last[:-1]))
            if phrase:
                return phrase, length
        return None, 1

    def _keep_latin(self, token: str) -> bool:
        if len(token) < 2 or ("0" <= token[0] <= "9" and _NUMBER.fullmatch(token)):
            return False
        return token in _CASED_EXCEPTIONS or token.lower() not in self._stop_en

    def segmenter(self) -> rjieba.Jieba:
        """The Chinese segmenter, built on first use (jieba's dictionary and the user words)."""
        if self._jieba is None:
            self._jieba = _tokenizer(self._user_words)
        return self._jieba

    def _chinese(self, run: str) -> Iterable[tuple[str, str]]:
        if len(run) < 2:
            return ()  # every word of a one-character run would be dropped as too short
        return filter(None, map(self._zh_terms.__getitem__, (self._jieba or self.segmenter()).cut(run)))

    def _new_zh_term(self, word: str) -> tuple[str, str] | None:
        keep = len(word) > 1 and word not in self._stop_zh and not _ZH_NUMBER.fullmatch(word)
        return (word, ZH) if keep else None

    def _forget_if_large(self) -> None:
        # A huge corpus must not make the memory of pieces unbounded.
        if len(self._piece_facts) + len(self._zh_terms) > _MEMO_LIMIT:
            self._new_memos()


class _Memo(dict):
    """A dict that fills a missing key with ``compute(key)``."""

    def __init__(self, compute: Callable) -> None:
        super().__init__()
        self._compute = compute

    def __missing__(self, key):
        value = self[key] = self._compute(key)
        return value


def name_term(name: str) -> tuple[str, str] | None:
    """The ``(term, lang)`` a name standing alone becomes: its tokens normalised as the extractor
    does and joined by one space (``Little Red Book`` -> ``little red book``), or a Chinese name
    as written (pass it simplified, as terms are counted on simplified text). None for a name
    mixing scripts or without a word: no term of the extractor has that form.
    """
    cleaned = prepared(name).strip()
    if _ALL_CJK.fullmatch(cleaned):
        return cleaned, ZH
    if not cleaned or _HAS_CJK.search(cleaned):
        return None
    tokens = [token for kind, value in pieces(cleaned) if kind == "word" for token in normalise(value)]
    return (" ".join(tokens), EN) if tokens else None


def _latin_phrase_table(phrases: Iterable[str]) -> dict[tuple[str, ...], str]:
    """Lower-cased token tuple -> the phrase's term."""
    table: dict[tuple[str, ...], str] = {}
    for phrase in phrases:
        tokens = [token for kind, value in pieces(phrase) if kind == "word" for token in normalise(value)]
        if tokens:
            table.setdefault(tuple(token.lower() for token in tokens), " ".join(tokens))
    return table


@functools.lru_cache(maxsize=4)
def _tokenizer(user_words: tuple[str, ...]) -> rjieba.Jieba:
    """One segmenter per process and word list, with jieba's default dictionary and the user words.

    As with ``jieba.Tokenizer.add_word``, a word added without a frequency gets the one jieba
    suggests, so that it is segmented whole.
    """
    segmenter = rjieba.Jieba()
    for word in user_words:
        segmenter.add_word(word, None, None)
    return segmenter
