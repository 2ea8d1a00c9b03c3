"""Corpus page: bring your own articles and fix what the pipeline got wrong, without losing anything.

Upload articles (or a zip), edit their metadata, extend the gazetteer and stopwords, move articles
to the trash and back, and see which files were skipped and why. Every change is written to the
corpus folder atomically and shows on every page after the rerun that follows it.
"""

from __future__ import annotations

import streamlit as st

from lib.analyze.company_candidates import CANDIDATE, DOCUMENTS, EXAMPLE, LANGUAGE, MENTIONS
from lib.markup import escape_markdown, plural
from lib.schema import ENTITY_KINDS, Doc, Skipped, Warning_
from ui import corpus_actions as actions
from ui import session
from ui.cache import corpus_company_candidates
from ui.fetch_section import fetch_section
from ui.params import TAB
from ui.session import current_corpus, current_view
from ui.shared import report_download, table_or_note

PAGE = "corpus"
UPLOAD_TYPES = ["txt", "md", "html", "htm", "pdf", "docx", "zip"]
MAX_CANDIDATE_BUTTONS = 20
TABS = ("Add articles", "Metadata", "Gazetteer & stopwords", "Remove & restore", "Skipped & warnings")


def overview(corpus, root: str, n_trashed: int) -> None:
    st.title("Corpus")
    report_download("Corpus", PAGE, current_view())
    st.caption(f"Folder: {escape_markdown(root)} · the sidebar filters do not apply here: this page manages "
               "the whole folder.")
    cols = st.columns(4)
    cols[0].metric("Documents", f"{len(corpus.documents):,}")
    cols[1].metric("Skipped files", f"{len(corpus.skipped):,}")
    cols[2].metric("Warnings", f"{len(corpus.warnings):,}")
    cols[3].metric("In the trash", f"{n_trashed:,}")
    if len(corpus.skipped) or len(corpus.warnings):
        st.warning(f"Skipped files: {len(corpus.skipped):,} · warnings: {len(corpus.warnings):,}. "
                   "See the tab Skipped & warnings.", icon=":material/warning:")


def upload_section(root: str, round_: int) -> None:
    st.subheader("Add articles")
    files = st.file_uploader(
        "Article files (.txt, .md, .html, .pdf, .docx) or a .zip of them", type=UPLOAD_TYPES,
        accept_multiple_files=True, key=f"upload_{round_}",
        help="Names are made safe, nothing is overwritten, and a file identical to one already in the "
             "folder is not added twice.")
    # The uploader itself prints Streamlit's per-file limit: say which limit is for what.
    st.caption(f"An upload (a .zip) may be up to {st.get_option('server.maxUploadSize')} MB; each article "
               f"in it or uploaded on its own up to {actions.MAX_FILE_BYTES / 1e6:.0f} MB. A zip may hold up to "
               f"{actions.MAX_ZIP_MEMBERS:,} files and unpack to {actions.MAX_ZIP_TOTAL_BYTES / 1e6:.0f} MB.")
    if st.button("Add to corpus", type="primary", disabled=not files, key="upload_save"):
        actions.save_uploads(root, files)


def metadata_section(corpus, root: str) -> None:
    st.subheader("Metadata")
    st.caption("Correct a title, outlet (source), author, URL, publication date (YYYY, YYYY-MM or YYYY-MM-DD) "
               "or language (en, zh, mixed), then Save. Changed cells are written to metadata.csv in the "
               "folder; clearing a value set there goes back to what was found in the article text.")
    table, header_problems = actions.editable_metadata(corpus, root)
    if header_problems:
        # An edit could land in a column that is never read: refuse until the header is fixed.
        st.error("metadata.csv cannot be edited here until its header is fixed by hand: "
                 + "; ".join(escape_markdown(problem) for problem in header_problems) + ".")
        return
    if table.empty:
        st.info("There are no documents yet: add articles first.")
        return
    with st.form("metadata_form", border=False):
        edited = st.data_editor(
            table, key=f"meta_{corpus.version}", num_rows="fixed", hide_index=True, width="stretch",
            disabled=[Doc.FILE, actions.FROM_CSV], column_config=metadata_columns())
        submitted = st.form_submit_button("Save metadata", type="primary")
    if submitted:
        actions.save_metadata(root, table, edited)


def metadata_columns() -> dict:
    column = st.column_config
    return {
        Doc.FILE: column.TextColumn("File", width=170),
        Doc.TITLE: column.TextColumn("Title", max_chars=1000, width=260),
        Doc.SOURCE: column.TextColumn("Outlet", width=110),
        Doc.AUTHOR: column.TextColumn("Author", width=100),
        Doc.URL: column.TextColumn("URL", validate=r"^(https?://\S+)?$", help="http:// or https://, or blank",
                                   width=100),
        Doc.PUBLISHED: column.TextColumn("Published", validate=r"^(\d{4}(-\d{1,2}(-\d{1,2})?)?)?$",
                                         help="YYYY, YYYY-MM or YYYY-MM-DD", width=95),
        Doc.LANGUAGE: column.SelectboxColumn("Language", options=["en", "zh", "mixed"], width=90),
        actions.FROM_CSV: column.TextColumn("Set in metadata.csv", help="Fields that metadata.csv overrides",
                                    width=150),
    }


def gazetteer_section(corpus, root: str, round_: int) -> None:
    st.subheader("Gazetteer")
    st.caption("Add a company, product, person, outlet or regulation, or new aliases of one already known. "
               "Additions go to gazetteer.csv in the corpus folder and extend the built-in list.")
    problems = corpus.warnings[corpus.warnings[Warning_.SOURCE] == actions.GAZETTEER_FILE]
    if len(problems):
        st.warning(f"gazetteer.csv in this folder has {plural(len(problems), 'malformed line')}; "
                   "they are ignored until fixed.")
        st.dataframe(problems, hide_index=True, width="stretch")
    rules = actions.folder_rules(root)
    companies = sorted({entry.entity for entry in rules.gazetteer if entry.kind == "company"})
    with st.form(f"gazetteer_form_{round_}"):
        left, middle, right = st.columns(3)
        entity = left.text_input("Name", help="Canonical name shown in the dashboard, e.g. Moonshot AI")
        kind = middle.selectbox("Kind", ENTITY_KINDS)
        company = right.selectbox("Belongs to company (products and people)", companies, index=None,
                                  placeholder="Choose a company")
        left, right = st.columns(2)
        english = left.text_area("English aliases, one per line",
                                 help="Case-insensitive whole words; =Alias is case-sensitive.")
        chinese = right.text_area("Chinese aliases, one per line", help="Matched anywhere in Chinese text.")
        submitted = st.form_submit_button("Add to gazetteer", type="primary")
    if submitted:
        actions.add_gazetteer_entry(root, entity, kind, company or "", english, chinese, rules)
    own = actions.own_gazetteer_table(root)
    if len(own):
        st.caption(f"This corpus adds {len(own)} entries:")
        st.dataframe(own, hide_index=True, width="stretch")


def candidates_section(corpus, root: str) -> None:
    st.subheader("Companies found in the articles but not in the gazetteer")
    st.caption("Names that articles write like a company (\"X Inc\", \"startup X\", \"X (NASDAQ: XX)\", "
               "X公司, X科技, X（688256.SH）) and that the gazetteer does not match, most documents first. "
               "Add a real company with one click; it then counts on every page.")
    table = corpus_company_candidates(corpus)
    if table.empty:
        st.info("No unknown company names found.")
        return
    st.dataframe(table.drop(columns=[Doc.DOC_ID]), hide_index=True, width="stretch", column_config={
        CANDIDATE: "Name", LANGUAGE: "Language", MENTIONS: "Mentions", DOCUMENTS: "Documents",
        EXAMPLE: st.column_config.TextColumn("Example sentence", width="large")})
    for name in table[CANDIDATE].head(MAX_CANDIDATE_BUTTONS):
        if st.button(f"Add {escape_markdown(name)} as a company", key=f"add_candidate_{name}"):
            actions.add_company(root, name)


def stopword_section(root: str, round_: int) -> None:
    st.subheader("Stopwords")
    st.caption("Words left out of keyword counts, added to stopwords_en.txt or stopwords_zh.txt in the folder.")
    rules = actions.folder_rules(root)
    with st.form(f"stopword_form_{round_}"):
        language = st.radio("Language", ["en", "zh"], horizontal=True)
        text = st.text_area("Stopwords, separated by spaces, commas or new lines")
        submitted = st.form_submit_button("Add stopwords")
    if submitted:
        actions.add_stopwords(root, language, text, rules)
    for language in ("en", "zh"):
        own = actions.own_stopwords(root, language)
        if own:
            st.caption(f"This corpus adds {len(own)} {language} stopwords:")
            st.text(", ".join(own))


def trash_section(corpus, root: str, round_: int, trashed: list) -> None:
    st.subheader("Remove articles")
    files = list(corpus.documents[Doc.FILE]) + [f for f in corpus.skipped[Skipped.FILE] if not f.endswith("/")]
    picked = st.multiselect("Files to move to the trash", sorted(set(files)), key=f"trash_pick_{round_}",
                            help="Moved to .trash/ inside the folder; restore them below at any time.")
    st.caption("A trashed file's row in metadata.csv is kept, so a restore brings its metadata back; "
               "until then that row is listed among the warnings.")
    if st.button("Move to trash", disabled=not picked, key="trash_move"):
        actions.trash(root, picked)
    st.subheader("Trash")
    if not trashed:
        st.info("The trash is empty.")
        return
    st.dataframe(actions.trash_table(trashed), hide_index=True, width="stretch")
    choice = st.selectbox("File to restore", [t.trash_path for t in trashed], key=f"restore_pick_{round_}")
    if st.button("Restore", key="trash_restore", disabled=choice is None):
        actions.restore(root, choice)


def problems_section(corpus) -> None:
    view = current_view()
    st.subheader("Skipped files")
    table_or_note(corpus.skipped, "No files were skipped.", PAGE, "skipped files", view, key="csv-corpus-skipped")
    st.subheader("Warnings")
    table_or_note(corpus.warnings, "No warnings: metadata.csv and the rule files were read without problems.", PAGE,
                  "warnings", view, key="csv-corpus-warnings")


def main() -> None:
    corpus = current_corpus()
    root = corpus.root
    round_ = session.corpus_round()
    trashed = actions.trashed_files(root)
    overview(corpus, root, len(trashed))
    actions.show_flash()
    # Bound to the URL (?tab=Metadata), so a link opens the right tab and a save's rerun stays on it;
    # only the open tab runs.
    add, meta, rules, trash, problems = st.tabs(list(TABS), key=TAB, bind="query-params")
    if add.open:
        with add:
            upload_section(root, round_)
            fetch_section(root, round_, session.flash, actions.changed)
    if meta.open:
        with meta:
            metadata_section(corpus, root)
    if rules.open:
        with rules:
            gazetteer_section(corpus, root, round_)
            candidates_section(corpus, root)
            stopword_section(root, round_)
    if trash.open:
        with trash:
            trash_section(corpus, root, round_, trashed)
    if problems.open:
        with problems:
            problems_section(corpus)


main()
