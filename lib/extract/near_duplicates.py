"""An article's fingerprint for finding its near-identical copies: a MinHash signature.

The text becomes a set of overlapping four-token shingles (a token is a Latin word or one Chinese
character, traditional script folded to simplified), summarised by 64 minimum hash values, so two
articles' overlap (their Jaccard similarity) can be estimated from the signatures alone
(``datasketch``). Computed per article while parsing, where the work runs in parallel and is
cached; ``lib.pipeline.duplicates`` compares the signatures of a whole corpus.
"""

from __future__ import annotations

import re
import zlib

import numpy as np
from datasketch import MinHash

from lib.parse.script import to_simplified
from lib.text_script import HAN_CHARACTERS

PERMUTATIONS = 64
_SHINGLE = 4
_TOKEN = re.compile(f"[a-z0-9]+|[{HAN_CHARACTERS}]")
_MIN_SHINGLES = 5
# The permutation scheme signatures are made with; stored signatures are read back with it.
_SCHEME = "affine32"


# datasketch draws the permutations from a seeded generator for every MinHash it makes (half a
# millisecond each: 0.25 s when a 1,000-article corpus is compared); they are the same every
# time, so they are drawn once and shared.
_PERMUTATIONS = MinHash(num_perm=PERMUTATIONS, scheme=_SCHEME).permutations
_EMPTY = MinHash(num_perm=PERMUTATIONS, scheme=_SCHEME).hashvalues


def text_signature(text: str) -> str:
    """The text's MinHash as hex (64 × 8 digits), or "" for a text too short to compare."""
    tokens = _TOKEN.findall(to_simplified(text.lower()))
    # Each run of _SHINGLE consecutive tokens; zip stops at the shortest, the last full run.
    shingles = set(map(" ".join, zip(*(tokens[i:] for i in range(_SHINGLE)), strict=False)))
    if len(shingles) < _MIN_SHINGLES:
        return ""
    # crc32 is stable across processes, unlike hash(); datasketch's default sha1 is five times slower.
    signature = MinHash(hashfunc=zlib.crc32, scheme=_SCHEME, permutations=_PERMUTATIONS,
                        hashvalues=_EMPTY)
    signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
    return signature.hashvalues.astype(">u4").tobytes().hex()


def signature_of(hex_digits: str) -> MinHash | None:
    """The MinHash a ``text_signature`` stands for, or None for ""."""
    if not hex_digits:
        return None
    values = np.frombuffer(bytes.fromhex(hex_digits), dtype=">u4").astype(np.uint32)
    return MinHash(hashvalues=values, scheme=_SCHEME, permutations=_PERMUTATIONS)
