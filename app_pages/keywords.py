"""Keywords: word clouds of the filtered corpus and of two companies, the top terms, and every
occurrence of a chosen term in context with a link into the Reader."""

from __future__ import annotations

import streamlit as st

from lib.analyze import concordance as kwic
from lib.analyze import keywords as kw
from lib.charts.keywords import top_terms_bar
from lib.markup import escape_markdown, plural
from lib.render.fonts import SETUP_HINT, find_cjk_font
from lib.schema import Doc, Stat
from ui import params
from ui.cache import wordcloud_png
from ui.session import company_colors, current_corpus, current_view
from ui.shared import (
    caption,
    chart_or_note,
    csv_download,
    file_stem,
    plot,
    provenance,
    report_download,
    report_image,
    stop_if_empty,
)
from ui.view_cache import view_companies_by_mentions, view_concordance, view_keyword_terms

PAGE = "keywords"
TOP_BAR = 25
TERM_CHOICES = 60
WEIGHT_WORDS = {kw.FREQUENCY: "word size = occurrences",
                kw.TFIDF: "word size = TF-IDF (what is characteristic here, against the whole corpus)"}


def languages_words(apart: bool, mixed: bool) -> str:
    """How a company's cloud treats English and Chinese terms, ending its caption."""
    if apart:
        return "; English and Chinese terms apart, each cloud on its own scale."
    return "; English and Chinese terms in one cloud, on one scale." if mixed else "."


def draw_cloud(frequencies: dict[str, float], font, view, weight: str, what: str, title: str, note: str,
               color: str | None = None):
    """The cloud as an image (title and filters drawn in, so a shared PNG explains itself) + download."""
    if not frequencies:
        st.info(f"No terms left to draw for {escape_markdown(title)}: the stopwords removed them all, "
                "or its documents have no text.")
        return
    image = wordcloud_png(frequencies, str(font), color, title, f"{note} · {WEIGHT_WORDS[weight]}")
    st.image(image, width="stretch", output_format="PNG", alt=f"Word cloud: {title}")
    report_image(f"Word cloud: {title}", image, f"Word cloud: {title}", [note, WEIGHT_WORDS[weight]])
    st.download_button("Download PNG", image, file_name=file_stem(PAGE, view, f"{what}-{weight}") + ".png",
                       mime="image/png", key=f"png-{what}", icon=":material/download:",
                       on_click="ignore")


view = current_view()
st.title("Keywords")
report_download("Keywords", PAGE, view)
stop_if_empty(view)

left, right = st.columns([1, 2])
weight = left.radio("Weight terms by", kw.WEIGHTS, key=params.WEIGHT, bind="query-params", horizontal=True,
                    help="frequency: how often a term occurs. tf-idf: how characteristic it is of these "
                         "documents compared with the whole corpus (common-everywhere words sink).")
stop_text = right.text_input(
    "Extra stopwords (removed from every chart on this page)", key=params.EXTRA_STOPWORDS, bind="query-params",
    placeholder="e.g. xiaohongshu, said、公司",
    help="Separate with commas, spaces or 、. Case does not matter.")
weight = weight or kw.FREQUENCY
stopwords = kw.parse_stopwords(stop_text)
corpus = current_corpus()
found_terms = view_keyword_terms(corpus, view, weight, stopwords)
weighted = found_terms.weighted
weighting = (weight, tuple(sorted(stopwords)))     # what the term charts depend on besides the filters
if stopwords:
    st.caption("Ignoring: " + escape_markdown(", ".join(sorted(stopwords))))

font = find_cjk_font()
if font is None:
    st.error(SETUP_HINT, icon=":material/font_download_off:")

languages = found_terms.languages
merged = len(languages) < 2 or st.toggle(
    "Merge English and Chinese into one cloud and one list", key=params.MERGE, bind="query-params",
    help="Apart (the default), each language is scaled on its own: English counts run far higher "
         "than Chinese ones and would bury them on one scale.")

st.subheader("Word cloud")
if font is not None:
    if merged:
        draw_cloud(found_terms.cloud, font, view, weight, "wordcloud",
                   f"Terms in {plural(len(view.documents), 'document')}", provenance(view).text())
    else:
        for column, part in zip(st.columns(len(languages)), languages, strict=True):
            with column:
                draw_cloud(part.cloud, font, view, weight, f"wordcloud-{part.lang}",
                           f"{part.name} terms in {plural(part.n_docs, 'document')}", provenance(view).text())
caption(view)

st.subheader("Top terms")
if merged or weighted.empty:
    chart_or_note(weighted, "No terms to rank: the filtered documents have no terms left after removing stopwords.",
                  lambda: top_terms_bar(weighted, weight, TOP_BAR), PAGE, f"top-terms-{weight}", view,
                  key="top-terms", varies_with=weighting)
else:
    for column, part in zip(st.columns(len(languages)), languages, strict=True):
        with column:
            plot(lambda part=part: top_terms_bar(part.weighted, weight, TOP_BAR, part.name), PAGE,
                 f"top-terms-{part.lang}-{weight}", view, key=f"top-terms-{part.lang}", narrow=True,
                 varies_with=weighting)
            caption(view)
    with st.expander(f"All {len(weighted):,} terms as a table"):
        st.dataframe(weighted.drop(columns=[kw.LABEL]), hide_index=True, height=320)
        csv_download(weighted.drop(columns=[kw.LABEL]), PAGE, f"term-weights-{weight}", view)

st.subheader("Two companies side by side")
companies = [str(name) for name in view_companies_by_mentions(corpus, view).index]
if len(companies) < 2:
    st.info("The current filters leave fewer than two companies mentioned, so there is nothing to compare. "
            "Widen the filters in the sidebar.")
else:
    columns = st.columns(2)
    picks = [columns[0].selectbox("Company A", companies, index=0, key=params.COMPANY_A, bind="query-params"),
             columns[1].selectbox("Company B", companies, index=1, key=params.COMPANY_B, bind="query-params")]
    colors = company_colors()
    for column, company, slot in zip(columns, picks, "ab", strict=True):
        with column:
            if company is None:
                st.info("Pick a company.")
                continue
            about = view_keyword_terms(corpus, view, weight, stopwords, company)
            n_naming = about.n_documents
            source = f"{plural(n_naming, 'document')} that mention{'s' if n_naming == 1 else ''} {company}"
            # Apart unless merged, like the clouds above: one scale would bury the Chinese terms.
            parts = [] if merged else about.languages
            if font is not None and len(parts) > 1:
                for part in parts:
                    draw_cloud(part.cloud, font, view, weight, f"wordcloud-{slot}-{part.lang}-{company}",
                               f"{company} — {part.name}", f"{part.name} terms of the sentences about {company} "
                               f"in {source} · {provenance(view).text()}", colors.get(company))
            elif font is not None:
                draw_cloud(about.cloud, font, view, weight, f"wordcloud-{slot}-{company}", company,
                           f"Terms of the sentences about {company} in {source} · {provenance(view).text()}",
                           colors.get(company))
            st.caption("Drawn from " + escape_markdown(source) + " in the current view.")
            st.caption(f"Only the sentences naming {escape_markdown(company)} (its names, products or people) and "
                       "the sentence before and after each count; its names in any language are one term"
                       + languages_words(len(parts) > 1, merged and len(languages) > 1))
    if picks[0] == picks[1]:
        st.info("Both pickers show the same company: choose a different one for A or B.")
    caption(view)

st.subheader("Keyword in context")
choices = weighted[Stat.TERM].head(TERM_CHOICES).tolist()
term = st.selectbox("Term (pick one of the top terms, or type any word)", choices, index=0 if choices else None,
                    key=params.TERM, bind="query-params", accept_new_options=True,
                    help="Latin terms match whole words, ignoring case; Chinese terms match anywhere.")
if not term or not term.strip():
    st.info("Pick or type a term to see where it occurs.")
else:
    found = view_concordance(corpus, view, term)
    links = params.reader_links(found.lines, term, params.shared_filters_now())
    lines = found.lines.assign(**{params.READER_URL: links})
    shown = len(found.lines)
    summary = f"**{found.total:,}** occurrence{'' if found.total == 1 else 's'} of “{escape_markdown(term)}”"
    if found.total > shown:
        summary += f" — showing the first {shown:,}, in corpus order"
    st.markdown(summary + ".")
    if found.total:
        st.dataframe(
            lines, hide_index=True,
            column_order=[kwic.LEFT, kwic.MATCH, kwic.RIGHT, params.READER_URL, Doc.PUBLISHED, kwic.OUTLET, Doc.TITLE],
            column_config={
                kwic.LEFT: st.column_config.TextColumn("Left context", alignment="right", width=300),
                kwic.MATCH: st.column_config.TextColumn("Term", alignment="center", width=80),
                kwic.RIGHT: st.column_config.TextColumn("Right context", width=300),
                params.READER_URL: st.column_config.LinkColumn("Reader", display_text="open ↗", width=60,
                                                           help="Opens the article at this sentence"),
                Doc.PUBLISHED: st.column_config.TextColumn("Published", width=90),
                kwic.OUTLET: st.column_config.TextColumn("Outlet", width=120),
                Doc.TITLE: st.column_config.TextColumn("Document", width=260),
            },
        )
        csv_download(lines, PAGE, f"in-context-{term}", view, key="csv-kwic")
    caption(view)
