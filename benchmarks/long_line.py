"""Export one long one-line article (no sentence punctuation) and print time and peak memory.

Issue 10: a single-line article with company names and dates and no full stops made memory grow
with the square of its length (every event copied its whole sentence). Each size runs
``python -m lib export`` in a fresh process, so its peak memory (``ru_maxrss`` of the process
and its workers) is the export's own.

    python -m benchmarks.long_line                      # 0.2, 1 and 4.9 MB, English and Chinese
    python -m benchmarks.long_line --sizes 0.2 --languages en
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PHRASES = {
    "en": "ByteDance launched Doubao in March 2024 and Alibaba answered with Qwen on May 6 2024 while "
          "Tencent sued Baidu last year ",
    "zh": "字节跳动2024年3月发布豆包阿里巴巴2024年5月6日推出通义千问腾讯去年起诉百度",
}


def long_line(language: str, megabytes: float) -> str:
    """One line of about ``megabytes`` MB of UTF-8: names and dates, no sentence punctuation."""
    phrase = PHRASES[language]
    repeats = max(1, int(megabytes * 1_000_000 / len(phrase.encode("utf-8"))))
    return phrase * repeats


def measure(language: str, megabytes: float, workdir: Path) -> dict:
    corpus = workdir / f"{language}-{megabytes}"
    corpus.mkdir(parents=True, exist_ok=True)
    (corpus / "article.txt").write_text(long_line(language, megabytes), encoding="utf-8")
    code = ("import resource, sys, runpy; sys.argv = ['lib'] + sys.argv[1:]\n"
            "try:\n    runpy.run_module('lib', run_name='__main__')\n"
            "finally:\n    print('MAXRSS', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, "
            "resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, file=sys.stderr)")
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", code, "export", str(corpus), "--out", str(workdir / "out"),
                             "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    seconds = time.perf_counter() - started
    rss = [line for line in result.stderr.splitlines() if line.startswith("MAXRSS")]
    own, children = (int(v) for v in rss[-1].split()[1:]) if rss else (0, 0)
    events = workdir / "out" / "events.csv"
    return {"language": language, "MB": megabytes, "exit": result.returncode, "seconds": seconds,
            "peak_MB": max(own, children) / 1024, "events_csv_MB": events.stat().st_size / 1e6
            if events.exists() else 0.0, "skipped": "file(s):" in result.stdout}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.2, 1.0, 4.9])
    parser.add_argument("--languages", nargs="+", default=["en", "zh"], choices=sorted(PHRASES))
    args = parser.parse_args()
    print("| language | size (MB) | exit | time (s) | peak memory (MB) | events.csv (MB) | file skipped |")
    print("|---|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as workdir:
        for language in args.languages:
            for size in args.sizes:
                row = measure(language, size, Path(workdir))
                print(f"| {row['language']} | {row['MB']} | {row['exit']} | {row['seconds']:.1f} | "
                      f"{row['peak_MB']:,.0f} | {row['events_csv_MB']:.1f} | {'yes' if row['skipped'] else 'no'} |",
                      flush=True)
    print("\nPeak memory: ru_maxrss of the export process or of its largest worker, whichever is larger.")


if __name__ == "__main__":
    main()
