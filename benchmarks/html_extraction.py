"""Article-body extraction from saved web pages: token precision, recall and F1 per page and overall.

Compares the body ``lib.parse.html_page.read_html_page`` keeps (trafilatura) with the old
hand-written cleaner (``lib.parse.html_text.html_to_text``) against the expected body text.

    python -m benchmarks.html_extraction                       # pages under tests/data/html/
    python -m benchmarks.html_extraction --pages DIR           # NAME.html + NAME.txt pairs
    python -m benchmarks.html_extraction --readability DIR     # Mozilla Readability's test/test-pages/

A page set is either ``NAME.html`` files with the expected body in ``NAME.txt`` beside them, or the
layout of Mozilla Readability's test pages (``NAME/source.html`` with ``NAME/expected.html``, whose
text is the expected body). Tokens are lower-cased words for Latin script and single characters for
Chinese, counted as multisets, so a paragraph kept twice or a navigation word left in both count.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from lib.parse.html_page import read_html_page
from lib.parse.html_text import html_to_text
from lib.read.decoding import decode_text
from lib.text_script import HAN_CHARACTERS as _HAN

DEFAULT_PAGES = Path(__file__).resolve().parent.parent / "tests" / "data" / "html"
_CHINESE = re.compile(f"[{_HAN}]")
# Han characters are excluded from the word run too, or "DeepSeek发布" would be one token.
_TOKENS = re.compile(f"[{_HAN}]|[^\\W_{_HAN}]+", re.UNICODE)

EXTRACTORS: dict[str, Callable[[str], str]] = {
    "trafilatura": lambda html: read_html_page(html).body,
    "old cleaner": lambda html: html_to_text(html)[1],
}


def tokens(text: str) -> Counter:
    return Counter(token.lower() for token in _TOKENS.findall(text))


def language_of(expected: Counter) -> str:
    """``zh`` when most tokens of the expected body are Chinese characters, else ``en``."""
    chinese = sum(n for token, n in expected.items() if _CHINESE.fullmatch(token))
    return "zh" if chinese * 2 > sum(expected.values()) else "en"


def scores(found: Counter, expected: Counter) -> tuple[int, int, int]:
    """(tokens in common, tokens found, tokens expected)."""
    return sum((found & expected).values()), sum(found.values()), sum(expected.values())


def prf(common: int, found: int, expected: int) -> tuple[float, float, float]:
    precision = common / found if found else 0.0
    recall = common / expected if expected else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def readability_expected_text(expected_html: str) -> str:
    """The expected body of a Readability test page: all the text of its ``expected.html``.

    The stored ``readability-NAME.txt`` golds are this function's output, so the two layouts score alike.
    """
    return html_to_text(expected_html, keep_furniture=True)[1]


def page_pairs(pages: Path | None, readability: Path | None) -> Iterator[tuple[str, str, str]]:
    """(name, page html, expected body text) for every page of the set."""
    if readability is not None:
        for folder in sorted(p for p in readability.iterdir() if (p / "source.html").is_file()):
            expected = folder / "expected.html"
            if expected.is_file():
                yield (folder.name, decode_text((folder / "source.html").read_bytes()),
                       readability_expected_text(decode_text(expected.read_bytes())))
        return
    for page in sorted((pages or DEFAULT_PAGES).glob("*.htm*")):
        expected = page.with_suffix(".txt")
        if expected.is_file():
            yield page.stem, decode_text(page.read_bytes()), decode_text(expected.read_bytes())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=Path, help=f"NAME.html + NAME.txt pairs (default {DEFAULT_PAGES})")
    parser.add_argument("--readability", type=Path, help="Mozilla Readability's test/test-pages folder")
    args = parser.parse_args(argv)
    totals: dict[tuple[str, str], list[int]] = {}
    f1_sums: dict[tuple[str, str], float] = {}
    n_pages: Counter = Counter()
    header = "| page | language | " + " | ".join(f"{name} P / R / F1" for name in EXTRACTORS) + " |"
    print(header + "\n|---|---|" + "---|" * len(EXTRACTORS))
    for name, html, expected_text in page_pairs(args.pages, args.readability):
        expected = tokens(expected_text)
        language = language_of(expected)
        cells = []
        for extractor, extract in EXTRACTORS.items():
            counts = scores(tokens(extract(html)), expected)
            for group in (language, "all"):
                total = totals.setdefault((group, extractor), [0, 0, 0])
                total[:] = [a + b for a, b in zip(total, counts, strict=True)]
                f1_sums[(group, extractor)] = f1_sums.get((group, extractor), 0.0) + prf(*counts)[2]
            cells.append("{:.2f} / {:.2f} / {:.2f}".format(*prf(*counts)))
        n_pages.update((language, "all"))
        print(f"| {name} | {language} | " + " | ".join(cells) + " |")
    if not n_pages:
        print("no pages with an expected text found", file=sys.stderr)
        return 1
    print("\n" + overall_table(totals, f1_sums, n_pages))
    return 0


def overall_table(totals: dict, f1_sums: dict, n_pages: Counter) -> str:
    """Per language and over all pages: pooled-token P / R / F1 and mean page F1 of each extractor."""
    lines = ["| language | pages | extractor | precision | recall | F1 (tokens pooled) | mean page F1 |",
             "|---|---|---|---|---|---|---|"]
    for group in sorted(n_pages, key=lambda g: (g == "all", g)):
        for extractor in EXTRACTORS:
            precision, recall, f1 = prf(*totals[(group, extractor)])
            mean_f1 = f1_sums[(group, extractor)] / n_pages[group]
            lines.append(f"| {group} | {n_pages[group]} | {extractor} | {precision:.2f} | {recall:.2f} "
                         f"| {f1:.2f} | {mean_f1:.2f} |")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
