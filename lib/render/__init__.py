"""Rendered output that is not a Plotly figure: HTML and PNG built from the analyses.

``reader_html`` is an article with its highlights and marks, ``report_html`` a page's report as
one offline HTML file, ``wordcloud_image`` a word cloud as a PNG (``fonts`` finds a CJK font for
it). Document text is escaped before any markup of ours.
"""
