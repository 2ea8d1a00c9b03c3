"""Split article text into sentences, as ``(start, end)`` offsets into the text.

A sentence never crosses a line break, so a headline or a list item is a sentence of its own.
Chinese full stops (。！？；…) end a sentence wherever they are; English ones (. ! ?) only before
white space and something that can start a sentence (a capital, digit, opening quote, CJK, pictograph),
and a full stop after a known abbreviation (Mr., U.S., Inc., Jan., e.g.) or an initial never
does. Closing quotes and brackets stay with the sentence they close.

A sentence is at most ``MAX_SENTENCE_CHARS`` long: a longer run (a one-line article without
sentence punctuation) is split after its last clause mark (，,;；、：:) before the limit, else at its
last space, else at the limit. Every event copies its sentence, so an unbounded sentence made the
cost of such an article grow with the square of its length.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from lib.parse.language import is_cjk

_LINE = re.compile(r"[^\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]+")
_TERMINATORS = frozenset(".!?。！？；…｡‼⁇⁈⁉")
_CJK_STOPS = frozenset("。！？；｡")
_CLOSERS = frozenset("\"'”’」』）)】］]》〉»")
_TERMINATOR_RUN = re.compile(f"[{re.escape(''.join(sorted(_TERMINATORS)))}]+")
_CLOSER_RUN = re.compile(f"[{re.escape(''.join(sorted(_CLOSERS)))}]*")
_OPENERS = frozenset("\"'“‘「『（(【［[《〈«")
_LOOK_BACK = 40
MAX_SENTENCE_CHARS = 1000
_CLAUSE_MARKS = frozenset("，,;；、：:")
_LETTERS_AND_DOTS = re.compile(r"[A-Za-z.]*")
_LAST_WORD = re.compile(r"(?:^|[^A-Za-z.])([A-Za-z][A-Za-z.]*)$")
# Case matters: "No. 3" is an abbreviation, "said no. Then" is not.
_ABBREVIATIONS = frozenset((
    "Mr", "Mrs", "Ms", "Dr", "Prof", "Sr", "Jr", "St", "Mt", "Inc", "Ltd", "Co", "Corp", "Bros",
    "No", "Nos", "Nr", "Fig", "Figs", "Gen", "Gov", "Sen", "Rep", "Rev", "Hon", "Vol", "vol", "pp",
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    "vs", "approx", "Ave", "Blvd",
    # Company forms of Singapore, India and Malaysia ("Roadget Business Pte. Ltd", "Infosys Pvt. Ltd.", "Sdn. Bhd.").
    "Pte", "Pvt", "Sdn", "Bhd",
))


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, end exclusive, without surrounding white space."""
    spans: list[tuple[int, int]] = []
    for line in _LINE.finditer(text):
        start = line.start()
        for cut in [*_cuts(text, line.start(), line.end()), line.end()]:
            spans.extend(_stripped(text, start, cut))
            start = cut
    return spans


def _stripped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end - start > MAX_SENTENCE_CHARS:
        return _capped(text, start, end)
    return [(start, end)] if start < end else []


def _capped(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``MAX_SENTENCE_CHARS``, cut at clause boundaries."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = _clause_cut(text, start, start + MAX_SENTENCE_CHARS)
        pieces.extend(_stripped(text, start, cut))
        start = cut
    pieces.extend(_stripped(text, start, end))
    return pieces


def _clause_cut(text: str, start: int, limit: int) -> int:
    """The offset after the last clause mark in ``text[start:limit]`` (in its second half), else
    after its last space there, else ``limit``."""
    half = start + MAX_SENTENCE_CHARS // 2
    space = -1
    for position in range(limit - 1, half - 1, -1):
        char = text[position]
        if char in _CLAUSE_MARKS:
            return position + 1
        if space < 0 and char.isspace():
            space = position + 1
    return space if space > 0 else limit


def _cuts(text: str, line_start: int, line_end: int) -> Iterator[int]:
    """Offsets within one line where a sentence ends (after its closing quotes)."""
    position = line_start
    while (run := _TERMINATOR_RUN.search(text, position, line_end)) is not None:
        run_start, run_end = run.span()
        after = _CLOSER_RUN.match(text, run_end, line_end).end()
        if after < line_end and _ends_sentence(text, line_start, run_start, run_end, after, line_end):
            yield after
        position = after


def _ends_sentence(text: str, line_start: int, run_start: int, run_end: int, after: int, line_end: int) -> bool:
    run = text[run_start:run_end]
    if _CJK_STOPS.intersection(run):
        return True
    before = text[run_start - 1] if run_start > line_start else ""
    if "…" in run and (is_cjk(before) or is_cjk(text[after])):
        return True
    following = after
    while following < line_end and text[following].isspace():
        following += 1
    if following == line_end:
        return False
    if following == after:
        # No space: only "!"/"?" running straight into Chinese text ends a sentence.
        return bool(set(run) & {"!", "?"}) and is_cjk(text[after])
    if not _can_start(text[following]):
        return False
    return not (run == "." and _is_abbreviation(text, line_start, run_start))


def _can_start(char: str) -> bool:
    # A pictograph opens a sentence in social-first outlets' stories ("…by January 19. 🇺🇸 The companies filed…").
    return (char.isupper() or char.isdigit() or char in _OPENERS or is_cjk(char)
            or unicodedata.category(char) == "So")


def _is_abbreviation(text: str, line_start: int, stop: int) -> bool:
    """Whether the word just before the full stop at ``stop`` is an abbreviation or an initial."""
    # Only the line's last few characters matter; searching the whole line before every full stop
    # made a long one-line article quadratic. When the window is all letters and dots, the word
    # may begin before it, so then the whole line is read.
    start = max(line_start, stop - _LOOK_BACK)
    window = text[start:stop]
    if start > line_start and _LETTERS_AND_DOTS.fullmatch(window):
        window = text[line_start:stop]
    match = _LAST_WORD.search(window)
    if match is None:
        return False
    word = match.group(1)
    return "." in word or word in _ABBREVIATIONS or (len(word) == 1 and word.isupper())
