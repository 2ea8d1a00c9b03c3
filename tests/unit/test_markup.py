"""escape_markdown: data shown in Markdown elements stays literal."""

import pytest

from lib.markup import escape_markdown, plural


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xiaohongshu", "Xiaohongshu"),
        ("小红书（RedNote）", "小红书（RedNote）"),
        ("[click](javascript:alert(1))", r"\[click\]\(javascript\:alert\(1\)\)"),
        ("<script>alert(1)</script>", r"\<script\>alert\(1\)\</script\>"),
        ("<img src=x onerror=alert(1)>", r"\<img src=x onerror=alert\(1\)\>"),
        ("**bold** _it_ `code` # h", r"\*\*bold\*\* \_it\_ \`code\` \# h"),
        ("a\nb\tc", "a b c"),
        ("$x$ ~y~ |t| !img &amp;", r"\$x\$ \~y\~ \|t\| \!img \&amp;"),
        (42, "42"),
    ],
)
def test_escape_markdown(text, expected):
    assert escape_markdown(text) == expected


@pytest.mark.parametrize(
    ("count", "word", "words", "expected"),
    [
        (1, "document", "", "1 document"),
        (0, "document", "", "0 documents"),
        (3, "document", "", "3 documents"),
        (12000, "row", "", "12,000 rows"),
        (1, "alias", "aliases", "1 alias"),
        (2, "alias", "aliases", "2 aliases"),
    ],
)
def test_plural(count, word, words, expected):
    assert plural(count, word, words) == expected
