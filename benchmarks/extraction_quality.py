"""How well extraction reads real news: events and companies against hand annotations.

    python -m benchmarks.extraction_quality [--details A|B|C|D|E|dev|all|none]

Runs the whole pipeline (``build_corpus``) on the five seeds and on the real-news excerpts of
``tests/data/realnews/`` laid out as an article folder, and prints, for the seeds and for each
split of the real set:

- event recall and precision: an extracted event counts when it lies in the annotated sentence
  and names exactly the annotated period (start and precision: "strict period"), a row on a gold's own
  words going to that gold first; events in the headline and byline lines above the excerpt are left
  out, as only the excerpt is annotated;
- how many of the matched events carry exactly the annotated companies, the plan flag and the
  attribution;
- company recall and precision per excerpt (companies named, after the gazetteer's aliases);
- publication dates read from the text where ``metadata.csv`` gives none;
- the misses by class of expression (``tests/data/realnews/README.md``), split into "found the
  date, wrong period" and "not found".

Splits A, C, D and E (development sets collected later, each annotated before a rule read it) are
what rules may be written from; B is held out, so ``--details`` lists the single misses and false
alarms of every split but B unless asked otherwise.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pandas as pd

from benchmarks.company_scores import company_names, score_companies
from benchmarks.extraction_scores import (
    Score,
    class_table,
    missed_companies_table,
    missed_events_table,
    summary_table,
)
from benchmarks.gold_matching import excerpt_start, gold_spans, inside, overlaps, paired_rows
from benchmarks.miss_causes import miss_cause, period_difference
from benchmarks.realnews import SPLITS, Excerpt, GoldEvent, load_excerpts, write_corpus
from lib.extract.dates_cue_patterns import cue_patterns
from lib.parse.url_dates import date_in_url
from lib.pipeline.corpus import Corpus, build_corpus
from lib.rules import load_rules

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_COMPANIES = ROOT / "tests" / "data" / "seed_companies.json"
FUTURE_CUES = cue_patterns(load_rules().future_cues)


def score_real(excerpts: list[Excerpt], corpus: Corpus, canonical) -> Score:
    score = Score()
    documents = corpus.documents.set_index("doc_id")
    for excerpt in excerpts:
        doc_id = Path(excerpt.file).stem
        if doc_id not in documents.index:
            _score_not_ingested(excerpt, canonical, score)
            continue
        text = documents.at[doc_id, "text"]
        predicted = corpus.events[corpus.events["doc_id"] == doc_id]
        # A year-less day of an undated article ("month_day", no date) claims no period until its story
        # gives it a year (lib/analyze/story_years.py): not found here, not a wrong period.
        predicted = predicted[predicted["date"] != ""]
        # Only the excerpt is annotated; the headline and byline lines above it are not.
        start = excerpt_start(text, excerpt)
        predicted = predicted[predicted["start"].astype(int) >= start]
        mentions = corpus.mentions[(corpus.mentions["doc_id"] == doc_id) & (corpus.mentions["kind"] == "company")]
        mentions = mentions[mentions["start"].astype(int) >= start]
        _score_events(excerpt, text, predicted, canonical, score, mentions,
                      published_read=bool(documents.at[doc_id, "published"]))
        score_companies(excerpt.id, excerpt.companies, set(mentions["entity"]), canonical, score)
        if not excerpt.published_in_metadata:
            score.published_asked += 1
            found = documents.at[doc_id, "published"]
            if found == excerpt.published:
                score.published_right += 1
            else:
                score.details.append(f"{excerpt.id}: published {found!r}, annotated {excerpt.published!r}")
    return score


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|[〇零一二][〇零一二三四五六七八九]{3}年")


def year_out_of_reach(excerpt: Excerpt) -> bool:
    """Whether no reader of the article alone could know its years: the publication date is not in
    its metadata, and no year stands in its address, title, header or text. Golds of such articles
    are counted apart, so that a score can say how much of what is missed was there to be read."""
    if excerpt.published_in_metadata or date_in_url(excerpt.url) is not None:
        return False
    return not any(_YEAR.search(part) for part in (excerpt.title, excerpt.header, excerpt.text))


def _score_events(excerpt: Excerpt, text: str, predicted: pd.DataFrame, canonical, score: Score,
                  mentions: pd.DataFrame, published_read: bool = True) -> None:
    rows = predicted.to_dict("records")
    mention_starts = mentions["start"].astype(int).to_numpy()
    score.gold_events += len(excerpt.events)
    score.predicted_events += len(rows)
    spans = [gold_spans(text, gold, excerpt_start(text, excerpt)) for gold in excerpt.events]
    paired = paired_rows(excerpt.events, spans, rows)
    used = set(paired.values())
    for number, gold in enumerate(excerpt.events):
        region, words = spans[number]
        for cls in gold.classes:
            score.by_class[cls]["gold"] += 1
        unreachable = year_out_of_reach(excerpt)
        score.out_of_reach += unreachable
        score.out_of_reach_matched += unreachable and number in paired
        if number in paired:
            _score_match(excerpt, gold, rows[paired[number]], canonical, score)
            continue
        # A row another gold is matched to is that gold's, not a wrong reading of this one's words.
        near = [i for i, row in enumerate(rows) if i not in used and inside(row, region) and overlaps(row, words)]
        outcome = "wrong_period" if near else "not_found"
        score.wrong_period += bool(near)
        for cls in gold.classes:
            score.by_class[cls][outcome] += 1
        cause = _miss_cause(excerpt, text, gold, region, words, bool(near), unreachable, mention_starts,
                            published_read)
        score.missed_events[cause] += 1
        if near:
            read = (rows[near[0]]["date"], rows[near[0]]["precision"])
            score.wrong_periods[period_difference((gold.date, gold.precision), read)] += 1
        got = f" (read {rows[near[0]]['date']} {rows[near[0]]['precision']})" if near else ""
        score.details.append(f"{excerpt.id}: MISS {gold.date_text!r} = {gold.date} {gold.precision}{got} "
                             f"[{','.join(gold.classes)}] ({cause}) in {gold.sentence[:60]!r}")
    for i, row in enumerate(rows):
        if i not in used:
            score.details.append(f"{excerpt.id}: FALSE {row['date_text']!r} = {row['date']} {row['precision']} "
                                 f"({row['companies']})")


def _miss_cause(excerpt: Excerpt, text: str, gold: GoldEvent, region, words, near: bool, unreachable: bool,
                mention_starts, published_read: bool) -> str:
    if region is None:
        return miss_cause("", None, (gold.date, gold.precision), excerpt.published, FUTURE_CUES,
                          found_near=False, company_named=False, out_of_reach=unreachable)
    in_sentence = (words[0] - region[0], words[1] - region[0]) if words else None
    named = bool(((mention_starts >= region[0]) & (mention_starts < region[1])).any())
    return miss_cause(text[region[0]:region[1]], in_sentence, (gold.date, gold.precision), excerpt.published,
                      FUTURE_CUES, found_near=near, company_named=named, out_of_reach=unreachable,
                      published_read=published_read)


def _score_match(excerpt: Excerpt, gold: GoldEvent, row: dict, canonical, score: Score) -> None:
    score.matched += 1
    for cls in gold.classes:
        score.by_class[cls]["found"] += 1
    found = {canonical(c) for c in str(row["companies"]).split(";") if c}
    wanted = {canonical(c) for c in gold.companies}
    if found == wanted:
        score.companies_right += 1
    else:
        score.details.append(f"{excerpt.id}: COMPANIES {gold.date_text!r}: {sorted(found)} for {sorted(wanted)}")
    if "planned" in row:
        score.plans_known += 1
        score.plans_right += bool(row["planned"]) == gold.plan
    if "attribution" in row:
        score.attribution_known += 1
        score.attribution_right += row["attribution"] == gold.attribution


def _score_not_ingested(excerpt: Excerpt, canonical, score: Score) -> None:
    """An excerpt the pipeline skipped: every event and company it holds is missed, so that a reader that
    breaks on a file lowers recall instead of taking the file's golds out of the count."""
    score.details.append(f"{excerpt.id}: not ingested")
    score.not_ingested.append(excerpt.id)
    score.gold_events += len(excerpt.events)
    for gold in excerpt.events:
        for cls in gold.classes:
            score.by_class[cls]["gold"] += 1
            score.by_class[cls]["not_found"] += 1
    score_companies(excerpt.id, excerpt.companies, set(), canonical, score)


def score_seeds(corpus: Corpus, canonical) -> Score:
    """The seeds against ``tests/unit/pipeline/test_seed_annotation.py`` (same doc, words and period) and
    the companies each seed names (``tests/data/seed_companies.json``)."""
    from tests.unit.pipeline.test_seed_annotation import EXPECTED_EVENTS

    score = Score()
    named = json.loads(SEED_COMPANIES.read_text(encoding="utf-8"))
    mentions = corpus.mentions[corpus.mentions["kind"] == "company"]
    for prefix, annotation in sorted(named.items()):
        found = set(mentions.loc[mentions["doc_id"].str.startswith(prefix), "entity"])
        score_companies(prefix, annotation["companies"], found, canonical, score)
    wanted = Counter((doc, words, start, precision) for doc, words, start, precision, *_ in EXPECTED_EVENTS)
    events = corpus.events
    found = Counter(zip(events["doc_id"].str[:3], events["date_text"], events["date"], events["precision"],
                        strict=True))
    score.gold_events = sum(wanted.values())
    score.predicted_events = sum(found.values())
    score.matched = sum((wanted & found).values())
    companies = Counter((d, w, s, p, c) for d, w, s, p, c, _ in EXPECTED_EVENTS)
    found_companies = Counter(zip(events["doc_id"].str[:3], events["date_text"], events["date"],
                                  events["precision"], events["companies"], strict=True))
    score.companies_right = sum((companies & found_companies).values())
    return score


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", choices=(*SPLITS, "dev", "all", "none"),
                        default="dev", help="list single misses of this split (default dev = every split but B, "
                        "which is held out)")
    args = parser.parse_args(argv)
    excerpts = load_excerpts()
    with tempfile.TemporaryDirectory() as tmp:
        folder = write_corpus(excerpts, Path(tmp) / "realnews")
        real = build_corpus(folder, cache_dir=Path(tmp) / "cache", workers=1)
        seeds = build_corpus(SEEDS, cache_dir=Path(tmp) / "cache", workers=1)
        canonical = company_names(folder)
    present = [split for split in SPLITS if any(e.split == split for e in excerpts)]
    halves = {split: [e for e in excerpts if e.split == split] for split in present}
    scores = {"seeds": score_seeds(seeds, company_names(SEEDS))}
    for split, part in halves.items():
        scores[f"real {split}"] = score_real(part, real, canonical)
    languages = sorted({e.language for e in excerpts})
    by_language = {lang: score_real([e for e in excerpts if e.language == lang], real, canonical)
                   for lang in languages}
    counts = ", ".join(f"{len(part)} in {split}" for split, part in halves.items())
    print(f"Real-news set: {len(excerpts)} excerpts ({counts}); "
          + ", ".join(f"{lang}: {sum(e.language == lang for e in excerpts)}" for lang in languages) + "\n")
    print(summary_table(scores) + "\n")
    skipped = [name for score in scores.values() for name in score.not_ingested]
    if skipped or not real.skipped.empty:
        # Their golds are counted as missed above; a skipped file is a pipeline failure, never silent.
        print(f"**Not ingested: {len(skipped)} excerpts** ({', '.join(skipped)}); the pipeline's skipped files:\n"
              + real.skipped.to_string(index=False) + "\n")
    print(missed_companies_table(scores) + "\n")
    print(missed_events_table({k: v for k, v in scores.items() if k != "seeds"}) + "\n")
    print("Misses by class (real set)\n")
    print(class_table({k: v for k, v in scores.items() if k != "seeds"}) + "\n")
    print("By language (all splits)\n")
    print(summary_table(by_language) + "\n")
    if args.details != "none":
        shown = {"all": present, "dev": [s for s in present if s != "B"]}.get(args.details, [args.details])
        for split in shown:
            print(f"Details, split {split}:")
            for line in scores[f"real {split}"].details:
                print("  " + line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
