"""Read an article's outlet and author from its byline lines: labelled ones ("来源：新浪科技", "Source: Sina
Technology", "作者 | 周文猛", "author | Zhou Wenmeng", the labels of ``lib/rules/byline_cues.csv``) and
"By …" lines ("By Jane Doe, Staff Writer", "Written by | Lan Dong Business, Zhao Weiwei"). Labels are read
in simplified script; the values keep the line's own script."""

from __future__ import annotations

import re
from collections.abc import Sequence

from lib.parse.metadata_dates import BYLINE_CUES, META_LABELS, date_in_line
from lib.parse.script import to_simplified
from lib.rules.rule_file import alternation

_CUE_END = r"\s*[|｜:：/]\s*"
_STOP = rf"(?=\s+(?:{alternation(BYLINE_CUES['next_label'])})\s*[|｜:：]|[,，;；|｜]|$)"
_LEAD = r"(?:^|[\s,，;；|｜])"
_SOURCE_CUES = rf"(?:{alternation(BYLINE_CUES['source'])})"
_AUTHOR_CUES = rf"(?:{alternation(BYLINE_CUES['author'])})"
_SOURCE = re.compile(_LEAD + _SOURCE_CUES + _CUE_END + r"(?P<v>.+?)" + _STOP, re.I)
_AUTHOR = re.compile(_LEAD + _AUTHOR_CUES + _CUE_END + r"(?P<v>.+?)" + _STOP, re.I)
_BYLINE_START = re.compile(r"^\s*(?:" + _SOURCE_CUES + "|" + _AUTHOR_CUES + r")\s*[|｜:：/]", re.I)
_BY = re.compile(rf"^\s*(?:(?:{alternation(BYLINE_CUES['before_by'])})\s+)?by\s*(?P<pipe>[|｜:：])?\s*(?P<v>.+?)\s*$",
                 re.I)
_ROLE = re.compile(rf"^(?:staff\s+)?(?:{alternation(BYLINE_CUES['role'])})s?$", re.I)
_PARENTHESES = re.compile(r"\s*[(（][^()（）]*[)）]")


def source_and_author(candidates: Sequence[tuple[str, str | None]]) -> tuple[str, str]:
    """``(source, author)``: the first of each that the ``(line, label it was cut with or None)`` candidates
    give, "" when none does."""
    source = author = ""
    for line, cut_as in candidates:
        found_source, found_author = _parse_byline(line, cut_as)
        source = source or found_source
        author = author or found_author
    return source, author


def _parse_byline(line: str, cut_as: str | None) -> tuple[str, str]:
    """``(source, author)`` from one line; a plain "By …" line only counts if it was cut as a byline."""
    if len(line) > 160:
        return "", ""
    simple = to_simplified(line)  # labels are simplified (來源 is 来源); values keep the line's script
    by = _BY.match(simple)
    if by is None or cut_as != "byline":
        source = _SOURCE.search(simple)
        author = _AUTHOR.search(simple)
        if _BYLINE_START.match(simple) or (cut_as in META_LABELS and (source or author)):
            return _tidy(_value(line, source)), _tidy(_value(line, author))
        return "", ""
    value = _value(line, by)
    # A "By …" line is read as one, even when a role in it ("Staff Writer |") looks like a label.
    if by["pipe"] in ("|", "｜"):
        # Media-style "Written by | Outlet, Author".
        parts = [_tidy(part) for part in re.split(r"[,，]", value, maxsplit=1)]
        return (parts[0], parts[1]) if len(parts) == 2 else ("", parts[0])
    # "By Staff Reporter | TechNode | January 22, 2025": names, outlet, then perhaps a date.
    names, *rest = [part for part in value.split("|") if not date_in_line(part.strip(), "byline")]
    parts = [_tidy(part) for part in re.split(r"[,，]", names)]
    authors = [part for part in parts if part and not _ROLE.match(part)] or [part for part in parts if part]
    return _tidy(rest[0] if rest else ""), ", ".join(authors)


def _value(line: str, match: re.Match | None) -> str:
    return line[slice(*match.span("v"))] if match else ""  # a match in the simplified copy


def _tidy(value: str) -> str:
    return _PARENTHESES.sub("", value).strip(" \t,，;；:：|｜.。")
