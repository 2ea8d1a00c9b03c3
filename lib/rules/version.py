"""The rules' version: a digest of everything a parse depends on besides the article and its
``metadata.csv`` row, so the parse cache serves a stored parse only while it would come out the same.

It is computed, never kept by hand (a hand-bumped number is easily forgotten, and the cache then serves
stale parses). It covers:

* the bytes of every rule file (``*.csv``, ``*.txt``) of the rules folder, by name: an edited,
  added or removed file changes it, including one the loader does not read yet;
* the corpus folder's files that extend the built-in ones;
* the source of the code that turns a file into rows. The rules are interpreted by code (a regex
  in ``lib/extract/dates_zh.py`` decides as much as a row of ``future_cues.csv``), so a code change
  can change a parse as surely as a rule change. Which modules a parse runs is not worth tracking
  by hand either: every module under ``lib/`` counts except the packages that only read finished
  rows (``DOWNSTREAM_PACKAGES``). A module wrongly counted costs one re-parse after an upgrade; one
  wrongly left out would serve stale parses, so a new package counts until it is listed there. The
  code is hashed once per process: it is the code imported at start that parses.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from lib.rules.rule_file import BUILTIN_RULES_DIR

LIB_DIR = BUILTIN_RULES_DIR.parent
RULE_FILE_SUFFIXES = (".csv", ".txt")
# Packages of lib/ that never run during a parse: they read the finished frames.
DOWNSTREAM_PACKAGES = ("analyze", "charts", "render", "write")


def rules_version(rules_dir: Path = BUILTIN_RULES_DIR, extensions: Mapping[str, str] | None = None) -> str:
    """16 hex digits naming the rule files of ``rules_dir``, the corpus's ``extensions`` (file name →
    text) and the parsing code."""
    digest = hashlib.sha256(b"code:" + parsing_code_digest().encode())
    digest.update(b"rules:" + rule_files_digest(rules_dir).encode())
    for name in sorted(extensions or {}):
        digest.update(b"ext:" + name.encode() + b"\0" + extensions[name].encode() + b"\0")
    return digest.hexdigest()[:16]


def rule_files_digest(rules_dir: Path) -> str:
    """SHA-256 of the names and bytes of the rule files directly in ``rules_dir``."""
    digest = hashlib.sha256()
    for path in sorted(p for p in Path(rules_dir).iterdir() if p.suffix in RULE_FILE_SUFFIXES and p.is_file()):
        data = path.read_bytes()
        digest.update(path.name.encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return digest.hexdigest()


@lru_cache(maxsize=1)
def parsing_code_digest() -> str:
    """SHA-256 of the paths and source of the modules under ``lib/`` a parse may run (see module doc)."""
    return code_digest(LIB_DIR)


def code_digest(lib_dir: Path) -> str:
    """SHA-256 of every ``.py`` file under ``lib_dir`` outside ``DOWNSTREAM_PACKAGES``."""
    digest = hashlib.sha256()
    for path in sorted(lib_dir.rglob("*.py")):
        relative = path.relative_to(lib_dir)
        if relative.parts[0] in DOWNSTREAM_PACKAGES:
            continue
        data = path.read_bytes()
        digest.update(relative.as_posix().encode() + b"\0" + str(len(data)).encode() + b"\0" + data)
    return digest.hexdigest()
