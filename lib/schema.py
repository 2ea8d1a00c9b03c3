"""Column names of every dataframe the corpus pipeline produces.

Every stage refers to columns through these constants, so a rename happens here once.
Each frame class lists its columns in export order as ``COLUMNS``; the first names in each
list are the fixed export contract (README, "Data model"), later ones are extras.
"""

from __future__ import annotations

# Values of categorical columns, shared by several stages.
PRECISIONS = ("day", "week", "month", "quarter", "half", "year")
DATE_ORIGINS = ("text", "metadata", "inferred", "unknown")
ENTITY_KINDS = ("company", "product", "person", "outlet", "regulation")
EVENT_TYPES = (
    "launch",
    "people",
    "organisation",
    "controversy/legal",
    "regulation",
    "money/market",
    "partnership",
    "other",
)
LANGUAGES = ("en", "zh", "mixed")
COMPANY_SEPARATOR = ";"
ATTRIBUTIONS = ("text", "context")
# ``Event.QUALIFIER`` of a month and day whose year nothing in an undated article settles ("1月20日",
# "on July 11"): the event has no date, only ``Event.MONTH_DAY``, until a story dated by other
# articles gives it its year (lib/analyze/story_years.py), which then says so.
# A bare weekday of such an article ("on Tuesday", 周五) is kept the same way, with only its
# ``Event.WEEKDAY``; its story may then give it its day.
YEAR_UNKNOWN = "year unknown"
YEAR_FROM_STORY = "year from its story"
# ``Event.QUALIFIER`` of an opening sentence that states no date but follows a dateline stating its day
# ("Rome, Jan. 30 (LaPresse) – The Garante has ordered …"): a report of that day for stories only
# (lib/analyze/story_openings.py), never a row of the events frame.
DATELINE_DAY = "day of its dateline"
# ``Event.QUALIFIER`` of a sentence of an article with no date that says today ("【财华社讯】阿里巴巴今日于
# 港交所主板挂牌"): a report of an unknown day for stories only (lib/analyze/story_today.py), never a row of
# the events frame.
TODAY_UNDATED = "today in an undated article"
# ``Event.QUALIFIER`` of a sentence whose only day is that of a happening it names and no sentence dates
# ("就在小米SU7上市當天，…", the day of the SU7's launch): a report of an unknown day for stories only
# (lib/analyze/story_happening_days.py), never a row of the events frame.
HAPPENING_DAY_UNTOLD = "day of a happening it names, not told"
# ``Event.WEEKDAY`` values, Monday first: ``WEEKDAYS[date.weekday()]`` is a day's name.
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# ``Event.MONTH_DAY`` of a bare day of month whose month is left open too ("当地时间12日": "---12", ISO 8601's
# day of month), beside the "MM-DD" of a month and day.
DAY_OF_MONTH_MARK = "---"
# ``Event.MONTH_DAY`` of a month with no day in an article that states no year ("ruled in March", 今年4月):
# "--03", ISO 8601's month without a year; its precision is "month".
MONTH_MARK = "--"


class Doc:
    """One row per ingested article (``documents.csv``)."""

    DOC_ID = "doc_id"
    FILE = "file"
    TITLE = "title"
    SOURCE = "source"
    AUTHOR = "author"
    PUBLISHED = "published"
    DATE_PRECISION = "date_precision"
    DATE_ORIGIN = "date_origin"
    LANGUAGE = "language"
    N_CHARS = "n_chars"
    TEXT = "text"
    URL = "url"
    CONTENT_HASH = "content_hash"
    N_SENTENCES = "n_sentences"
    WARNINGS = "warnings"
    DUPLICATE_OF = "duplicate_of"  # the doc_id kept when this article is a near-identical copy
    SIGNATURE = "signature"        # MinHash of the text (lib/extract/near_duplicates.py); not exported
    COLUMNS = [
        DOC_ID, FILE, TITLE, SOURCE, AUTHOR, PUBLISHED, DATE_PRECISION, DATE_ORIGIN,
        LANGUAGE, N_CHARS, TEXT, URL, CONTENT_HASH, N_SENTENCES, WARNINGS, DUPLICATE_OF, SIGNATURE,
    ]
    NOT_EXPORTED = [SIGNATURE]


class Removed:
    """Text cut from an article as not-the-article (promotions, disclaimers, captions)."""

    DOC_ID = "doc_id"
    LABEL = "label"
    TEXT = "text"
    LINE = "line"
    COLUMNS = [DOC_ID, LABEL, TEXT, LINE]


class Sent:
    """One row per sentence; ``start``/``end`` are offsets into ``Doc.TEXT``."""

    DOC_ID = "doc_id"
    SENT_ID = "sent_id"
    START = "start"
    END = "end"
    TEXT = "text"
    COLUMNS = [DOC_ID, SENT_ID, START, END, TEXT]


class Mention:
    """One row per gazetteer match; offsets into ``Doc.TEXT``."""

    DOC_ID = "doc_id"
    SENT_ID = "sent_id"
    ENTITY = "entity"
    KIND = "kind"
    COMPANY = "company"
    ALIAS = "alias"
    START = "start"
    END = "end"
    COLUMNS = [DOC_ID, SENT_ID, ENTITY, KIND, COMPANY, ALIAS, START, END]


class Event:
    """One row per (sentence, resolved date) where the sentence names a company or regulation.

    ``date`` is the start of the period, ``date_end`` its last day; ``start``/``end`` locate the
    date's own words in ``Doc.TEXT``.
    """

    EVENT_ID = "event_id"
    DOC_ID = "doc_id"
    SENT_ID = "sent_id"
    DATE = "date"
    PRECISION = "precision"
    DATE_TEXT = "date_text"
    COMPANIES = "companies"
    EVENT_TYPE = "event_type"
    SENTENCE = "sentence"
    DATE_END = "date_end"
    QUALIFIER = "qualifier"
    REGULATIONS = "regulations"
    START = "start"
    END = "end"
    ATTRIBUTION = "attribution"  # "text": companies named in the sentence; "context": by "the company", 该公司
    PLANNED = "planned"          # True when the period starts after the publication period ends
    MONTH_DAY = "month_day"      # "MM-DD" of a year-less day no year was found for (date empty), "---DD" with
    #                              no month either (DAY_OF_MONTH_MARK), "--MM" of a month alone (MONTH_MARK); else ""
    WEEKDAY = "weekday"          # "Tuesday" (``WEEKDAYS``) of a bare weekday nothing dated (date empty); else ""
    # Events reporting one happening share it (lib/analyze/stories.py); added to the export and to
    # the views that group stories, not to the parsed frame (it needs the whole corpus).
    STORY_ID = "story_id"
    COLUMNS = [
        EVENT_ID, DOC_ID, SENT_ID, DATE, PRECISION, DATE_TEXT, COMPANIES, EVENT_TYPE,
        SENTENCE, DATE_END, QUALIFIER, REGULATIONS, START, END, ATTRIBUTION, PLANNED, MONTH_DAY,
        WEEKDAY,
    ]


class Story:
    """One row per story: the events of any articles that report one happening."""

    STORY_ID = "story_id"
    DATE = "date"
    PRECISION = "precision"
    COMPANIES = "companies"
    TITLE = "title"
    FIRST_PUBLISHED = "first_published"
    FIRST_OUTLET = "first_outlet"
    N_ARTICLES = "n_articles"
    N_OUTLETS = "n_outlets"
    LANGUAGES = "languages"
    N_EVENTS = "n_events"
    COLUMNS = [
        STORY_ID, DATE, PRECISION, COMPANIES, TITLE, FIRST_PUBLISHED, FIRST_OUTLET,
        N_ARTICLES, N_OUTLETS, LANGUAGES, N_EVENTS,
    ]


class Hit:
    """One sentence or title found by a search (lib/analyze/search.py), best first."""

    DOC_ID = "doc_id"
    SENT_ID = "sent_id"      # empty for a title
    TEXT = "text"
    FOUND_IN = "found_in"    # "sentence" or "title"
    BY = "by"                # "keyword", "meaning" or "keyword and meaning"
    SIMILARITY = "similarity"  # cosine of the query's and the text's vectors; empty without a vector
    SCORE = "score"
    TITLE = "title"
    OUTLET = "outlet"
    PUBLISHED = "published"
    LANGUAGE = "language"
    COLUMNS = [DOC_ID, SENT_ID, TEXT, FOUND_IN, BY, SIMILARITY, SCORE, TITLE, OUTLET, PUBLISHED, LANGUAGE]


class Term:
    """Term counts per sentence: a document's counts are the sum of its rows."""

    DOC_ID = "doc_id"
    TERM = "term"
    LANG = "lang"
    COUNT = "count"
    SENT_ID = "sent_id"  # the sentence counted, so that what is said about a company can be told apart
    COLUMNS = [DOC_ID, TERM, LANG, COUNT, SENT_ID]


class Skipped:
    """Files that were not ingested, and why."""

    FILE = "file"
    REASON = "reason"
    COLUMNS = [FILE, REASON]


class Warning_:
    """Non-fatal problems found while reading a corpus (bad metadata rows, rule-file lines)."""

    SOURCE = "source"
    LINE = "line"
    MESSAGE = "message"
    COLUMNS = [SOURCE, LINE, MESSAGE]


# Columns added by analysis for the views.
class Stat:
    TERM = "term"
    SCORE = "score"
    Z = "z"
    GROUP = "group"
    COUNT = "count"
    TFIDF = "tfidf"
    MONTH = "month"
    N_DOCS = "n_docs"
    N_MENTIONS = "n_mentions"
    SHARE = "share"
    WEIGHT = "weight"
    COMPANY_A = "company_a"
    COMPANY_B = "company_b"


# Arrow types of each frame's columns, by frame name: what the Parquet store (lib/store/parquet_store.py)
# writes, so every partition file of a frame has one schema, even where a column holds no value.
# A column is text unless named here; an integer left unnamed fails the write rather than turn into text.
def _typed(columns, int64=(), bool_=()) -> dict[str, str]:
    return {c: "int64" if c in int64 else "bool" if c in bool_ else "string" for c in columns}


FRAME_TYPES: dict[str, dict[str, str]] = {
    "documents": _typed(Doc.COLUMNS, int64=(Doc.N_CHARS, Doc.N_SENTENCES)),
    "sentences": _typed(Sent.COLUMNS, int64=(Sent.SENT_ID, Sent.START, Sent.END)),
    "mentions": _typed(Mention.COLUMNS, int64=(Mention.SENT_ID, Mention.START, Mention.END)),
    "events": _typed([*Event.COLUMNS, Event.STORY_ID], int64=(Event.SENT_ID, Event.START, Event.END),
                     bool_=(Event.PLANNED,)),
    "terms": _typed(Term.COLUMNS, int64=(Term.COUNT, Term.SENT_ID)),
    "removed": _typed(Removed.COLUMNS, int64=(Removed.LINE,)),
    "stories": _typed(Story.COLUMNS, int64=(Story.N_ARTICLES, Story.N_OUTLETS, Story.N_EVENTS)),
    "skipped": _typed(Skipped.COLUMNS),
    "warnings": _typed(Warning_.COLUMNS, int64=(Warning_.LINE,)),
}
# The class naming each parsed frame's columns, by frame: what a parse of one file gives.
PARSED_FRAMES = {"documents": Doc, "sentences": Sent, "mentions": Mention, "events": Event, "terms": Term,
                 "removed": Removed}
# The frames with a row per document (or more): stored partitioned by the bucket of their doc_id.
PER_DOCUMENT_FRAMES = ("documents", "sentences", "mentions", "events", "terms", "removed")
# The partition column of those frames: the first hex digits of the SHA-256 of the row's doc_id.
DOC_BUCKET = "doc_bucket"
