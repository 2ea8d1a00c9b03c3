"""What a link loses to Streamlit's limits on the query string, said in a notice.

Streamlit (1.67, ``streamlit.runtime.state.query_params.sanitize_query_string``) ignores the
WHOLE query string of a page URL with more than 1,000 fields (it counts ``&`` + 1) or more than
512 Ki characters, and only logs it on the server: the page then opens with no filters at all, as if
the link had none. ``dropped_link`` reads the raw query string the same way and says what was lost.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from urllib.parse import unquote_plus

from lib.markup import escaped_prefix, plural

# The names a notice lists; the rest are counted. Each name is cut by escaped_prefix.
NOTICE_NAMES = 5
NAME_CHARS = 30


@dataclass(frozen=True)
class DroppedLink:
    """A query string Streamlit ignored: how many values it held, per parameter name."""

    values: int
    chars: int
    names: Counter  # parameter name -> how many values it had, most first when listed
    over: str  # which limit it broke: "values" or "characters"


def dropped_link(query_string: str, max_fields: int, max_chars: int) -> DroppedLink | None:
    """What Streamlit dropped from ``query_string`` (counted as Streamlit counts), or None when
    it is within both limits."""
    if not query_string:
        return None
    fields = query_string.count("&") + 1
    if len(query_string) <= max_chars and fields <= max_fields:
        return None
    names = Counter(unquote_plus(field.partition("=")[0]) for field in query_string.split("&") if field)
    return DroppedLink(fields, len(query_string), names,
                       "characters" if len(query_string) > max_chars else "values")


def dropped_link_notice(dropped: DroppedLink, max_fields: int, max_chars: int) -> str:
    """A Markdown notice naming how many values were dropped and from which parameters."""
    listed = [f"{escaped_prefix(name or '(no name)', NAME_CHARS)} ×{count:,}"
              for name, count in dropped.names.most_common(NOTICE_NAMES)]
    others = len(dropped.names) - len(listed)
    if others > 0:
        listed.append(f"and {plural(others, 'other parameter')}")
    limit = (f"more than {max_chars:,} characters" if dropped.over == "characters"
             else f"more than {max_fields:,} values")
    return (f"Ignored the link's {plural(dropped.values, 'value')} ({', '.join(listed)}): it has {limit}, "
            "the most Streamlit reads from a URL, so the page opened without the link's filters.")
