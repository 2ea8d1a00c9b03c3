"""The Corpus page's actions on the folder, and what it shows of the folder's own files.

Each action checks what the user typed (``lib.write.corpus_edits``), writes through ``lib.write``,
and on success leaves a message for the rerun it starts (``changed``), so that every page reads the
new folder; a write that fails (a full disk, a file changed meanwhile) is reported and changes
nothing. The page itself only lays out the forms and calls these.
"""

from __future__ import annotations

import re

import pandas as pd
import streamlit as st

from lib.markup import escape_markdown, plural
from lib.read import folder
from lib.read.metadata_csv import read_metadata_csv
from lib.rules import Rules, load_rules
from lib.schema import Doc
from lib.text_script import HAN_CHARACTER
from lib.write import corpus_edits, metadata_edits, rule_edits, uploads
from lib.write.trash import TrashedFile, list_trash, restore_file, trash_file
from ui import session
from ui.cache import folder_changed
from ui.session import current_corpus

WRITE_ERRORS = (OSError, ValueError)
FROM_CSV = corpus_edits.FROM_CSV  # the metadata table's column naming the fields metadata.csv sets
GAZETTEER_FILE = rule_edits.GAZETTEER_FILE
MAX_FILE_BYTES = folder.MAX_FILE_BYTES
MAX_ZIP_MEMBERS = uploads.MAX_ZIP_MEMBERS
MAX_ZIP_TOTAL_BYTES = uploads.MAX_ZIP_TOTAL_BYTES
_LATIN = re.compile(r"[A-Za-z0-9]")


def changed() -> None:
    """Start a fresh round of widgets (uploads, picks) and rerun so every page reads the new folder."""
    session.next_corpus_round()
    folder_changed(current_corpus().root)
    st.rerun()


def show_flash() -> None:
    for level, text, table in session.pop_flashes():
        getattr(st, level)(text)
        if table is not None and len(table):
            st.dataframe(table, hide_index=True, width="stretch")


# --- what the page shows -------------------------------------------------------------------------

def folder_rules(root: str) -> Rules:
    """The built-in rules extended by the folder's own gazetteer, stopwords and phrases."""
    return load_rules(root)


def editable_metadata(corpus, root: str) -> tuple[pd.DataFrame, list[str]]:
    """The metadata table to edit, and the problems of metadata.csv's header (edits refused while any)."""
    csv_rows, csv_warnings = read_metadata_csv(root, known_files=set(corpus.documents[Doc.FILE]))
    header_problems = [message for line, message in csv_warnings if line == 1]
    return corpus_edits.metadata_table(corpus.documents, csv_rows), header_problems


def own_gazetteer_table(root: str) -> pd.DataFrame:
    return corpus_edits.gazetteer_table(rule_edits.corpus_gazetteer_entries(root))


def own_stopwords(root: str, language: str) -> list[str]:
    return rule_edits.corpus_stopwords(root, language)


def trashed_files(root: str) -> list[TrashedFile]:
    return list_trash(root)


def trash_table(trashed: list[TrashedFile]) -> pd.DataFrame:
    return corpus_edits.trash_table(trashed)


# --- actions -------------------------------------------------------------------------------------

def save_uploads(root: str, files) -> None:
    outcomes = uploads.save_uploads(root, [(file.name, file.getvalue()) for file in files])
    counts = uploads.outcome_counts(outcomes)
    level = "success" if counts[uploads.SAVED] and not counts[uploads.REJECTED] else "warning"
    session.flash(level, f"Uploads: {counts[uploads.SAVED]} saved · {counts[uploads.DUPLICATE]} already in the "
                         f"folder · {counts[uploads.REJECTED]} rejected.", corpus_edits.upload_report(outcomes))
    changed()


def save_metadata(root: str, table: pd.DataFrame, edited: pd.DataFrame) -> None:
    changes = corpus_edits.metadata_changes(table, edited)
    if not changes:
        st.info("Nothing was changed.")
        return
    valid, errors = corpus_edits.validated_metadata_changes(changes)
    if len(errors):
        st.error(f"{plural(errors[Doc.FILE].nunique(), 'row')} not saved: fix the values below and save again.")
        st.dataframe(errors, hide_index=True, width="stretch")
    if not valid:
        return
    try:
        metadata_edits.update_metadata_csv(root, valid)
    except WRITE_ERRORS as error:
        st.error(f"metadata.csv was not changed: {escape_markdown(error)}")
        return
    session.flash("success", f"Saved metadata for {plural(len(valid), 'document')} to metadata.csv.")
    if len(errors):
        session.flash("error", "These values were not saved:", errors)
    changed()


def add_gazetteer_entry(root: str, entity: str, kind: str, company: str, english: str, chinese: str,
                        rules: Rules) -> None:
    add_checked_entry(root, corpus_edits.gazetteer_addition(entity, kind, company, english, chinese,
                                                            rules.gazetteer, rules.stopwords_en | rules.stopwords_zh))


def add_company(root: str, name: str) -> None:
    """A company name found in the articles, as an English or a Chinese alias of itself."""
    chinese = bool(HAN_CHARACTER.search(name)) and not _LATIN.search(name)
    add_checked_entry(root, corpus_edits.gazetteer_addition(name, "company", "", "" if chinese else name,
                                                            name if chinese else "", load_rules(root).gazetteer))


def add_checked_entry(root: str, addition) -> None:
    for note in addition.notes:
        st.info(escape_markdown(note))
    if addition.errors:
        st.error("Not added: " + "; ".join(escape_markdown(error) for error in addition.errors) + ".")
        return
    try:
        rule_edits.append_gazetteer(root, [addition.entry])
    except WRITE_ERRORS as error:
        st.error(f"gazetteer.csv was not changed: {escape_markdown(error)}")
        return
    session.flash("success", f"Added {escape_markdown(addition.entry.entity)} ({addition.entry.kind}) with "
                             f"{plural(len(addition.entry.aliases), 'alias', 'aliases')} to gazetteer.csv.")
    changed()


def add_stopwords(root: str, language: str, text: str, rules: Rules) -> None:
    known = rules.stopwords_en if language == "en" else rules.stopwords_zh
    words, messages = corpus_edits.stopword_addition(text, language, known)
    for message in messages:
        st.info(escape_markdown(message))
    if not words:
        st.warning("No new stopwords to add.")
        return
    try:
        added = rule_edits.append_stopwords(root, language, words)
    except WRITE_ERRORS as error:
        st.error(f"The stopword file was not changed: {escape_markdown(error)}")
        return
    session.flash("success", f"Added {plural(len(added), language + ' stopword')}.")
    changed()


def trash(root: str, picked: list[str]) -> None:
    report = []
    for file in picked:
        try:
            report.append((file, "moved to " + trash_file(root, file)))
        except WRITE_ERRORS as error:
            report.append((file, f"not moved: {error}"))
    moved = sum(result.startswith("moved") for _, result in report)
    session.flash("success" if moved == len(report) else "warning",
                  f"Moved {moved} of {plural(len(report), 'file')} to the trash.", corpus_edits.file_report(report))
    changed()


def restore(root: str, trash_path: str) -> None:
    try:
        restored = restore_file(root, trash_path)
    except WRITE_ERRORS as error:
        st.error(f"Not restored: {escape_markdown(error)}")
        return
    session.flash("success", f"Restored as {escape_markdown(restored)}.")
    changed()
