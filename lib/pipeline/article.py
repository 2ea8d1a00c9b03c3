"""One article into rows: decode, clean, describe and analyse a single file.

``parse_document`` is pure (bytes and rules in, rows out), so it can run in worker processes and
its result can be cached on disk. The rows come back as columns (one list per column of each
per-document frame), ready to be turned into Arrow tables or DataFrames.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
from itertools import repeat
from pathlib import PurePosixPath

from lib.extract.attribution import Attributor
from lib.extract.company_short_names import with_company_short_names
from lib.extract.dates import find_dates
from lib.extract.dates_cue_patterns import CuePatterns, cue_patterns
from lib.extract.dates_match import DateMatch
from lib.extract.dates_workdays import workday_patterns
from lib.extract.event_types import EventTyper
from lib.extract.events import SentenceSpan, sentence_events
from lib.extract.former_names import with_former_company_names
from lib.extract.gazetteer import EntityMatch, Gazetteer
from lib.extract.glossed_names import with_glossed_names
from lib.extract.near_duplicates import text_signature
from lib.extract.person_references import with_person_references
from lib.extract.terms import TermExtractor
from lib.parse.clean import strip_boilerplate
from lib.parse.dateline_days import report_day
from lib.parse.datelines import DatelineReader, dateline_spans
from lib.parse.html_page import read_html_page, with_page_metadata
from lib.parse.language import detect_language
from lib.parse.metadata import dated_by_row, detect_metadata, merge_metadata
from lib.parse.pdf_docx import BINARY_SUFFIXES, binary_document_text
from lib.parse.script import to_simplified
from lib.parse.sentences import split_sentences
from lib.read.decoding import UndecodableError, decode_text
from lib.read.folder import RawFile
from lib.rules import Rules
from lib.schema import PARSED_FRAMES, Doc, Event, Mention, Removed, Sent, Term
from lib.store.parse_cache import content_digest

FRAMES = {name: columns for name, columns in PARSED_FRAMES.items() if name != "documents"}


@dataclass(frozen=True)
class Toolkit:
    """Everything built from the rules that parsing needs; built once, sent to workers."""

    rules: Rules
    gazetteer: Gazetteer
    terms: TermExtractor
    typer: EventTyper
    attributor: Attributor
    datelines: DatelineReader
    cues: CuePatterns | None  # the future cues compiled; None when the rules have none
    # ``find_dates`` with the words the corpus's rules give the date readers that take them from the rules
    # (a month's first or last workday), not the built-in ones.
    date_finder: Callable[..., list[DateMatch]] = find_dates


def build_toolkit(rules: Rules) -> Toolkit:
    gazetteer = Gazetteer(rules.gazetteer)
    latin_names = [a for e in rules.gazetteer for a in e.aliases if " " in a and a[0] not in '="']
    return Toolkit(
        rules=rules,
        gazetteer=gazetteer,
        terms=TermExtractor(rules.stopwords_en, rules.stopwords_zh,
                            list(rules.phrases) + latin_names, gazetteer.user_words),
        typer=EventTyper(rules.triggers),
        attributor=Attributor(rules.clause_cues, rules.company_references),
        datelines=DatelineReader(rules.dateline_cues),
        cues=cue_patterns(rules.future_cues) if rules.future_cues else None,
        date_finder=partial(find_dates, workdays=workday_patterns(rules.workday_of_month)),
    )


def shared_toolkit(rules: Rules) -> Toolkit:
    """``build_toolkit(rules)`` with its Chinese segmenter loaded, for worker processes to share.

    Built once in the parent, it reaches forked workers as they start, without being pickled:
    each worker building its own cost ~0.5 s of CPU (the gazetteer's automaton, the rules'
    patterns, jieba's dictionary).
    """
    kit = build_toolkit(rules)
    kit.terms.segmenter()
    return kit


@dataclass(frozen=True)
class DocResult:
    """One parsed article: its documents row, the columns of its other frames, its warnings."""

    document: dict
    frames: dict[str, dict[str, list]]
    warnings: list[str] = field(default_factory=list)


def parse_document(raw: RawFile, doc_id: str, csv_row: Mapping[str, str] | None, kit: Toolkit) -> DocResult:
    """Decode, clean, describe and analyse one article. Raises UndecodableError for non-text."""
    suffix = PurePosixPath(raw.rel_path).suffix.lower()
    decoded = binary_document_text(raw.data, suffix) if suffix in BINARY_SUFFIXES else decode_text(raw.data)
    page = None
    if suffix in (".html", ".htm"):
        page = read_html_page(decoded)
        decoded = page.body
    text, removed = strip_boilerplate(decoded, kit.rules.boilerplate)
    if not text.strip():
        raise UndecodableError("no article text left after removing boilerplate")
    # A metadata.csv row's date is the article's: none is read from the text (≈ 2% of a dated parse).
    detected = detect_metadata(decoded, removed, page.title if page else "", kit.datelines, dated_by_row(csv_row))
    meta, warnings = merge_metadata(with_page_metadata(detected, page) if page else detected, csv_row)
    removed = [*page.removed, *removed] if page else removed
    # Rules are written in simplified characters; they read a same-length simplified copy, and
    # every offset they find points at the original characters, which are what is stored.
    simplified = to_simplified(text)
    bounds = list(enumerate(split_sentences(text)))
    spans = [SentenceSpan(i, s, e, text[s:e]) for i, (s, e) in bounds]
    read_spans = spans if simplified == text else [SentenceSpan(i, s, e, simplified[s:e]) for i, (s, e) in bounds]
    named = with_glossed_names(text, kit.gazetteer.names(text, simplified, [bound for _, bound in bounds]))
    named = with_company_short_names(text, named, kit.rules.short_name_tails)
    matches = with_person_references(text, named,
                                     not_names=[word for kind, _, word in kit.rules.date_words_en if kind != "tally"])
    matches = with_former_company_names(matches, meta.published, kit.rules.former_names)
    by_sentence = _mentions_by_sentence(matches, spans)
    # A wire story filed the day before publication ("華盛頓17日綜合外電報導") tells its days from the filing day.
    told_from = report_day(meta.published, simplified, kit.datelines) or meta.published
    events = sentence_events(doc_id, read_spans, by_sentence, told_from, kit.typer, kit.cues,
                             date_finder=kit.date_finder, attributor=kit.attributor,
                             datelines=dateline_spans(simplified, kit.datelines))
    if simplified != text:
        _restore_original_text(events, spans, text)
    document = {
        Doc.DOC_ID: doc_id, Doc.FILE: raw.rel_path, Doc.TITLE: meta.title, Doc.SOURCE: meta.source,
        Doc.AUTHOR: meta.author,
        Doc.PUBLISHED: meta.published.iso() if meta.published else "",
        Doc.DATE_PRECISION: meta.published.precision if meta.published else "",
        Doc.DATE_ORIGIN: meta.date_origin, Doc.LANGUAGE: meta.language or detect_language(text),
        Doc.N_CHARS: len(text), Doc.TEXT: text, Doc.URL: meta.url,
        Doc.CONTENT_HASH: content_digest(raw.data)[:16], Doc.N_SENTENCES: len(spans),
        Doc.WARNINGS: " | ".join(warnings),
        Doc.DUPLICATE_OF: "", Doc.SIGNATURE: text_signature(text),
    }
    frames = {
        "sentences": _columns(Sent.COLUMNS, [(doc_id, s.sent_id, s.start, s.end, s.text) for s in spans]),
        # Sentences come in reading order and so do their matches: this is the matches' order.
        "mentions": _columns(Mention.COLUMNS, [
            (doc_id, sid, m.entity, m.kind, m.company, m.alias, m.start, m.end)
            for sid, in_sentence in by_sentence.items() for m in in_sentence]),
        "events": {column: [row[column] for row in events] for column in Event.COLUMNS},
        "terms": _term_columns(doc_id, read_spans, kit.terms),
        "removed": _columns(Removed.COLUMNS, [(doc_id, b.label, b.text, b.line) for b in removed]),
    }
    return DocResult(document, frames, warnings)


def _term_columns(doc_id: str, spans: Sequence[SentenceSpan], extractor: TermExtractor) -> dict[str, list]:
    """The terms frame's columns: a row per term and sentence with its count, in reading order
    (the first time each is seen)."""
    # One Counter over the whole article: a Counter per sentence cost a fifth of term extraction.
    # Its keys are paired in C (zip, repeat): a generator of tuples cost as much as the counting.
    keys: list[tuple[tuple[str, str], int]] = []
    for span in spans:
        keys.extend(zip(extractor.terms(span.text), repeat(span.sent_id)))
    counts = Counter(keys)
    # Columns straight from the counts, unzipped in C: rows first, then columns, cost a sixth of it all.
    pairs, sent_ids = zip(*counts, strict=True) if counts else ((), ())
    terms, langs = zip(*pairs, strict=True) if pairs else ((), ())
    return dict(zip(Term.COLUMNS, ([doc_id] * len(counts), list(terms), list(langs), list(counts.values()),
                                   list(sent_ids)), strict=True))


def _restore_original_text(events: list[dict], spans: Sequence[SentenceSpan], text: str) -> None:
    """Events read on the simplified copy quote the article as written (same offsets)."""
    for row in events:
        row[Event.SENTENCE] = spans[row[Event.SENT_ID]].text
        row[Event.DATE_TEXT] = text[row[Event.START]:row[Event.END]]


def _mentions_by_sentence(matches: Sequence[EntityMatch], spans: Sequence[SentenceSpan]):
    starts = [s.start for s in spans]
    grouped: dict[int, list[EntityMatch]] = {}
    for match in matches:
        index = bisect.bisect_right(starts, match.start) - 1
        if index >= 0 and match.end <= spans[index].end:
            grouped.setdefault(spans[index].sent_id, []).append(match)
    return grouped


def _columns(names: Sequence[str], rows: Sequence[tuple]) -> dict[str, list]:
    return {name: [row[i] for row in rows] for i, name in enumerate(names)}
