"""Write ``lib/rules/common_characters.txt``: the characters news text holds most, most common first.

Counted over the seed articles and the real-news excerpts outside the held-out split B, as written and
lower-cased (the automata read both). Only the order of an automaton's words depends on the list
(``lib.extract.automata``), never what it finds. Run: ``python3 scripts/common_characters.py``.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "lib" / "rules" / "common_characters.txt"
KEPT = 400  # beyond these, a character is rare enough that its place costs little
HEADER = """\
# The characters news text holds most, most common first: one a line, as itself or as U+XXXX
# (whitespace and "#"). Written by scripts/common_characters.py from the seeds and the real-news
# excerpts outside split B. lib/extract/automata.py adds an automaton's words in this order, so
# these characters are found first among a node's children; it changes no match, only the speed.
"""


def texts() -> list[str]:
    seeds = [path.read_text(encoding="utf-8") for path in sorted((ROOT / "seeds").glob("*.txt"))]
    excerpts = [json.loads(path.read_text(encoding="utf-8"))
                for path in sorted((ROOT / "tests" / "data" / "realnews").glob("*.json"))]
    return seeds + [excerpt["text"] for excerpt in excerpts if excerpt["split"] != "B"]


def line_of(char: str) -> str:
    return f"U+{ord(char):04X}" if char.isspace() or char == "#" or not char.isprintable() else char


def main() -> None:
    counts: Counter[str] = Counter()
    for text in texts():
        counts.update(text)
        counts.update(text.lower())
    chars = [char for char, _ in counts.most_common(KEPT)]
    TARGET.write_text(HEADER + "".join(line_of(char) + "\n" for char in chars), encoding="utf-8")


if __name__ == "__main__":
    main()
