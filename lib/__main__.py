"""Command line: ``python -m lib export CORPUS_DIR --out OUT_DIR [--cache-dir DIR] [--format csv|parquet]
[--raw-csv] [--no-stories] [--engine local|dask] [--scheduler tcp://HOST:8786] [--workers N]`` and
``python -m lib fetch URL… | --urls FILE | --feed URL --into CORPUS_DIR``."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from tqdm import tqdm

from lib.analyze.event_vectors import cached_event_vectors
from lib.analyze.stories import corpus_stories, event_texts
from lib.pipeline.batches import ParseBatches, parse_batches
from lib.pipeline.corpus import build_corpus
from lib.rules import load_rules
from lib.schema import Doc
from lib.store.parse_cache import DEFAULT_CACHE_DIR
from lib.write.export import EXPORT_FORMATS, EXPORTED_FRAMES, STORE_ONLY_FRAMES, write_frames
from lib.write.fetch_command import add_fetch_command, run_fetch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m lib", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    export = commands.add_parser("export", help="parse a folder of articles and write its dataframes")
    export.add_argument("corpus_dir", type=Path, help="folder of .txt, .md, .html articles")
    export.add_argument("--out", type=Path, required=True, help="folder to write the files to")
    export.add_argument("--cache-dir", type=Path, default=DEFAULT_CACHE_DIR,
                        help=f"persistent parse cache (default {DEFAULT_CACHE_DIR})")
    export.add_argument("--no-cache", action="store_true", help="parse every file again")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
    export.add_argument("--raw-csv", action="store_true",
                        help="write CSV cells exactly as parsed; by default a cell starting with =, +, -, @, "
                             "tab or CR gets a leading ' so spreadsheets do not run it as a formula")
    export.add_argument("--no-stories", action="store_true",
                        help="skip grouping events into stories (stories.csv, events.story_id): it runs a "
                             "sentence encoder over every event sentence not seen before")
    export.add_argument("--engine", choices=("local", "dask"), default="local",
                        help="parse in this machine's process pool (default) or on a Dask cluster")
    export.add_argument("--scheduler", metavar="tcp://HOST:8786",
                        help="the Dask scheduler to use (--engine dask); default: a LocalCluster on 127.0.0.1")
    export.add_argument("--workers", type=int, help="worker processes of the pool or the LocalCluster "
                                                    "(default: one per core)")
    add_fetch_command(commands)
    args = parser.parse_args(argv)
    return run_fetch(args) if args.command == "fetch" else run_export(args)


def run_export(args: argparse.Namespace) -> int:
    if not args.corpus_dir.is_dir():
        print(f"error: {args.corpus_dir} is not a folder", file=sys.stderr)
        return 2
    started = time.perf_counter()
    with tqdm(total=0, unit="file", desc="parsing", file=sys.stderr) as bar:
        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.n = done
            bar.refresh()

        with _parse_engine(args) as parse:
            corpus = build_corpus(args.corpus_dir, None if args.no_cache else args.cache_dir, progress,
                                  args.workers, parse)
    in_store = STORE_ONLY_FRAMES if args.format == "parquet" else ()
    frames = {name: getattr(corpus, name) for name in (*EXPORTED_FRAMES, *in_store)}
    frames["documents"] = corpus.documents.drop(columns=Doc.NOT_EXPORTED)
    if not args.no_stories:
        frames.update(_story_frames(corpus, None if args.no_cache else args.cache_dir))
    written = write_frames(frames, args.out, args.format, raw_csv=args.raw_csv)
    seconds = time.perf_counter() - started
    print(f"Exported {len(corpus.documents)} documents, {len(corpus.sentences)} sentences, "
          f"{len(corpus.mentions)} mentions, {len(corpus.events)} events, {len(corpus.terms)} term rows "
          f"in {seconds:.1f} s to {args.out}")
    if len(corpus.skipped):
        print(f"Skipped {len(corpus.skipped)} file(s):")
        for file, reason in corpus.skipped.itertuples(index=False):
            print(f"  {file}: {reason}")
    for source, line, message in corpus.warnings.itertuples(index=False):
        print(f"warning: {source}" + (f" line {line}" if line else "") + f": {message}")
    print("Wrote " + ", ".join(path.name for path in written))
    return 0


@contextmanager
def _parse_engine(args: argparse.Namespace) -> Iterator[ParseBatches]:
    """What parses the files: the local pool, or a Dask cluster for as long as the block runs."""
    if args.engine == "local":
        yield parse_batches
        return
    from lib.pipeline.dask_engine import dask_client, dask_parser  # imports dask: only when asked for

    with dask_client(args.scheduler, args.workers) as client:
        yield dask_parser(client)


def _story_frames(corpus, cache_dir) -> dict:
    """``events`` with ``story_id`` and the ``stories`` table; vectors cached by sentence."""
    texts = event_texts(corpus.events)
    print(f"Grouping {len(texts)} events into stories…", file=sys.stderr)
    vectors = cached_event_vectors(texts, cache_dir)
    stories = corpus_stories(corpus.events, corpus.documents, vectors, mentions=corpus.mentions,
                             sentences=corpus.sentences, money_words=load_rules(corpus.root or None).money_words)
    events = stories.events_with_stories(corpus.events)
    return {"events": events, "stories": stories.table}


if __name__ == "__main__":
    sys.exit(main())
