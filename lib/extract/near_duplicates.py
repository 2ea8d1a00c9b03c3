"""An article's fingerprint for finding its near-identical copies: a MinHash signature.

The text becomes a set of overlapping four-token shingles (a token is a Latin word or one Chinese
character, traditional script folded to simplified), summarised by 64 minimum hash values, so two
articles' overlap (their Jaccard similarity) can be estimated from the signatures alone
(as ``datasketch`` does). Computed per article while parsing, where the work runs in parallel and is
cached; ``lib.pipeline.duplicates`` compares the signatures of a whole corpus.
"""

from __future__ import annotations

import re
import zlib

import numpy as np

from lib.parse.script import to_simplified
from lib.text_script import HAN_CHARACTERS

PERMUTATIONS = 64
_SHINGLE = 4
_TOKEN = re.compile(f"[a-z0-9]+|[{HAN_CHARACTERS}]")
_MIN_SHINGLES = 5
# The permutation scheme signatures are made with; stored signatures are read back with it.
_SCHEME = "affine32"


# datasketch's "affine32" MinHash, computed here with numpy: each shingle's crc32 is mixed by the
# MurmurHash3 finalizer, then each permutation maps it to a*h + b (mod 2**32) and keeps the least.
# The permutations are drawn as datasketch draws them (seed 1), so a signature is the one
# datasketch's MinHash gives the same shingles (tests/unit/extract/test_near_duplicates.py checks
# it); importing datasketch would load scipy (~40 MB and up to a second) in every process.
_SEED = 1
_generator = np.random.RandomState(_SEED)
_A = _generator.randint(0, 1 << 31, PERMUTATIONS, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
_B = _generator.randint(0, 1 << 32, PERMUTATIONS, dtype=np.uint32)
_FMIX = (np.uint32(16), np.uint32(0x85EBCA6B), np.uint32(13), np.uint32(0xC2B2AE35), np.uint32(16))


def text_signature(text: str) -> str:
    """The text's MinHash as hex (64 × 8 digits), or "" for a text too short to compare."""
    tokens = _TOKEN.findall(to_simplified(text.lower()))
    # Each run of _SHINGLE consecutive tokens; zip stops at the shortest, the last full run.
    shingles = set(map(" ".join, zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False)))
    if len(shingles) < _MIN_SHINGLES:
        return ""
    # crc32 is stable across processes, unlike hash(); datasketch's default sha1 is five times slower.
    hashes = _mixed(np.fromiter(map(zlib.crc32, map(str.encode, shingles)), np.uint32, len(shingles)))  # UTF-8
    return (hashes[:, None] * _A + _B).min(axis=0).astype(">u4").tobytes().hex()


def _mixed(hashes: np.ndarray) -> np.ndarray:
    """The MurmurHash3 finalizer (as datasketch applies it before the permutations); wraps mod 2**32."""
    s1, m1, s2, m2, s3 = _FMIX
    hashes = (hashes ^ (hashes >> s1)) * m1
    hashes = (hashes ^ (hashes >> s2)) * m2
    return hashes ^ (hashes >> s3)


def signature_values(hex_digits: str) -> np.ndarray | None:
    """The minimum hash values a ``text_signature`` stands for (one per permutation), or None for ""."""
    if not hex_digits:
        return None
    values = np.frombuffer(bytes.fromhex(hex_digits), dtype=">u4").astype(np.uint32)
    if len(values) != PERMUTATIONS:
        raise ValueError(f"a signature holds {PERMUTATIONS} values, not {len(values)}")
    return values


def estimated_jaccard(first: np.ndarray, second: np.ndarray) -> float:
    """The Jaccard similarity two signatures estimate: the share of permutations whose minimum they
    share (datasketch's ``MinHash.jaccard``)."""
    return float(np.count_nonzero(first == second)) / float(len(first))
