"""Issue 10: a link past Streamlit's query-string limits is ignored whole; the notice says what was lost."""

from __future__ import annotations

import re
from urllib.parse import urlencode

import pytest
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_FIELDS as MAX_FIELDS,
)
from streamlit.runtime.state.query_params import (
    CLIENT_STATE_QUERY_STRING_MAX_LENGTH as MAX_CHARS,
)
from streamlit.runtime.state.query_params import sanitize_query_string

from lib.analyze.link_limits import NAME_CHARS, dropped_link, dropped_link_notice


def query(*pairs: tuple[str, str | list[str]]) -> str:
    return urlencode(list(pairs), doseq=True)


COMPANIES = [f"Company {i}" for i in range(1200)]

CASES = [
    # (id, query string, expected: None or (values, {name: count}, over))
    ("a shared link", query(("company", ["ByteDance", "Alibaba"]), ("dates", ["2024-01-01", "2024-06-30"])), None),
    ("Chinese values", query(("company", ["字节跳动", "阿里巴巴"]), ("outlet", "36氪")), None),
    ("exactly the limit", query(("company", COMPANIES[:MAX_FIELDS])), None),
    ("one value over", query(("company", COMPANIES[:MAX_FIELDS + 1])), (1001, {"company": 1001}, "values")),
    ("two parameters over", query(("company", COMPANIES[:990]), ("outlet", [f"o{i}" for i in range(20)])),
     (1010, {"company": 990, "outlet": 20}, "values")),
    ("Chinese names over", query(("公司", COMPANIES[:1000]), ("来源", "新华社")),
     (1001, {"公司": 1000, "来源": 1}, "values")),
    ("one huge value", query(("docs", "x" * (MAX_CHARS + 10))), (1, {"docs": 1}, "characters")),
]


@pytest.mark.parametrize(("query_string", "expected"), [case[1:] for case in CASES], ids=[c[0] for c in CASES])
def test_dropped_link_counts_what_streamlit_ignores(query_string, expected):
    dropped = dropped_link(query_string, MAX_FIELDS, MAX_CHARS)
    assert (dropped is None) == (sanitize_query_string(query_string) == query_string), "counted as Streamlit counts"
    if expected is None:
        assert dropped is None
        return
    values, names, over = expected
    assert (dropped.values, dict(dropped.names), dropped.over) == (values, names, over)


def shown(markdown: str) -> str:
    return re.sub(r"\\(.)", r"\1", markdown)


def test_the_notice_names_the_count_and_the_parameters():
    dropped = dropped_link(query(("company", COMPANIES[:990]), ("outlet", [f"o{i}" for i in range(20)])),
                           MAX_FIELDS, MAX_CHARS)
    notice = shown(dropped_link_notice(dropped, MAX_FIELDS, MAX_CHARS))
    assert "1,010 values (company ×990, outlet ×20)" in notice
    assert "more than 1,000 values" in notice


def test_the_notice_lists_five_names_and_counts_the_rest():
    pairs = [(f"p{i}", [str(v) for v in range(200)]) for i in range(7)]
    notice = shown(dropped_link_notice(dropped_link(query(*pairs), MAX_FIELDS, MAX_CHARS), MAX_FIELDS, MAX_CHARS))
    assert "1,400 values" in notice and "and 2 other parameters" in notice
    assert notice.count("×200") == 5


@pytest.mark.parametrize("name", ["[click](javascript:alert(1))", "<b>x</b>", "**bold**" * 2000])
def test_parameter_names_in_the_notice_are_escaped_and_bounded(name):
    dropped = dropped_link(query((name, COMPANIES[:1001])), MAX_FIELDS, MAX_CHARS)
    notice = dropped_link_notice(dropped, MAX_FIELDS, MAX_CHARS)
    assert "](" not in notice and "<b>" not in notice and "**" not in notice
    assert len(shown(notice)) < 300 + NAME_CHARS
