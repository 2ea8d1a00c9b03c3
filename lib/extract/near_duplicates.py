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


def _crc32(data: bytes) -> int:
    # Stable across processes, unlike hash(); datasketch's default sha1 is five times slower.
    return zlib.crc32(data)


def text_signature(text: str) -> str:
    """The text's MinHash as hex (64 × 8 digits), or "" for a text too short to compare."""
    tokens = _TOKEN.findall(to_simplified(text.lower()))
    shingles = {" ".join(tokens[i:i + _SHINGLE]).encode("utf-8") for i in range(len(tokens) - _SHINGLE + 1)}
    if len(shingles) < _MIN_SHINGLES:
        return ""
    signature = MinHash(num_perm=PERMUTATIONS, hashfunc=_crc32, scheme=_SCHEME)
    signature.update_batch(list(shingles))
    return signature.hashvalues.astype(">u4").tobytes().hex()


def signature_of(hex_digits: str) -> MinHash | None:
    """The MinHash a ``text_signature`` stands for, or None for ""."""
    if not hex_digits:
        return None
    values = np.frombuffer(bytes.fromhex(hex_digits), dtype=">u4").astype(np.uint64)
    return MinHash(num_perm=PERMUTATIONS, hashvalues=values, scheme=_SCHEME)
