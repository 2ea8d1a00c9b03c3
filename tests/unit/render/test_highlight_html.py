"""A search hit's HTML: text escaped, matches marked, nothing from the text ever markup."""

from __future__ import annotations

from lib.render.highlight_html import marked_html


def test_matches_are_marked_and_everything_is_escaped():
    out = marked_html([("<script>alert(1)</script> ", False), ("Deep<b>Seek", True), (" & co", False)])
    body = out.split("</style>", 1)[1]
    assert body == ('&lt;script&gt;alert(1)&lt;/script&gt; <mark class="hl-hit">Deep&lt;b&gt;Seek</mark> &amp; co')


def test_no_segments_give_no_text():
    assert marked_html([]).split("</style>", 1)[1] == ""
