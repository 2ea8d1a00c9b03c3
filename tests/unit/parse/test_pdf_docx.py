"""PDF and Word articles: body text without running headers and footers; scans skipped with a reason."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from fpdf import FPDF

from lib.parse.pdf_docx import binary_document_text, reflow, repeated_lines
from lib.pipeline.corpus import build_corpus
from lib.read.decoding import UndecodableError
from lib.schema import Doc

CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
EN_PAGES = [
    ["Tencent Cloud cut the price of its Hunyuan models on May 22, 2024, following ByteDance and Alibaba.",
     "The company said Hunyuan-lite would be free and Hunyuan-standard would cost 0.0045 yuan per thousand tokens."],
    ["Analysts said the price war would favour the largest cloud providers, which can absorb losses for longer.",
     "Smaller model makers such as Zhipu and Moonshot AI face pressure to follow or to specialise."],
    ["Baidu made two Ernie models free on May 21, a day after Alibaba cut Qwen prices by up to 97 per cent.",
     "The report expects prices to keep falling through the second half of the year."],
]


def _pdf(pages, header="Tech Daily Research | China AI Monitor", font=None) -> bytes:
    pdf = FPDF()
    pdf.set_auto_page_break(auto=True, margin=10)  # room for the footer line
    if font:
        pdf.add_font("cjk", fname=str(font))
    for number, lines in enumerate(pages, start=1):
        pdf.add_page()
        pdf.set_font("cjk" if font else "helvetica", size=11)
        if header:
            pdf.cell(0, 8, header, new_x="LMARGIN", new_y="NEXT")
        for line in lines:
            pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
        if header:
            pdf.set_y(-20)
            pdf.cell(0, 8, f"Page {number} of {len(pages)}")
    return bytes(pdf.output())


def test_pdf_text_drops_running_headers_and_page_numbers():
    text = binary_document_text(_pdf(EN_PAGES), ".pdf")
    assert "Tech Daily Research" not in text and "Page 2 of 3" not in text
    for lines in EN_PAGES:
        for line in lines:
            assert line in text  # wrapped lines are joined back into their sentence


@pytest.mark.skipif(not CJK_FONT.exists(), reason="needs a CJK font to write the PDF")
def test_chinese_pdf_lines_join_without_spaces():
    pages = [["5月22日，腾讯云宣布混元大模型全面降价，混元-lite模型即日起免费，混元-standard模型价格下降87.5%。"],
             ["分析人士认为，价格战将有利于规模最大的云厂商，中小模型公司将面临跟进或转型的压力。"],
             ["此前，百度宣布文心大模型两款主力模型全面免费，阿里云通义千问也大幅降价。"]]
    text = binary_document_text(_pdf(pages, header="科技日报研究部 内部资料", font=CJK_FONT), ".pdf")
    assert "科技日报研究部" not in text
    assert pages[0][0] in text and pages[1][0] in text


def test_a_scanned_pdf_without_text_is_skipped_with_the_reason():
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(20, 20, 150, 200, style="F")  # a page that is all picture, as a scan is
    with pytest.raises(UndecodableError, match="without a text layer"):
        binary_document_text(bytes(pdf.output()), ".pdf")


@pytest.mark.parametrize(("data", "suffix", "reason"), [
    (b"%PDF-1.4 this is not really a PDF", ".pdf", "unreadable PDF"),
    (b"PK\x03\x04 broken zip", ".docx", "unreadable Word file"),
    (b"plain text", ".docx", "unreadable Word file"),
])
def test_damaged_files_are_skipped_with_the_reason(data, suffix, reason):
    with pytest.raises(UndecodableError, match=reason):
        binary_document_text(data, suffix)


def _docx(paragraphs, header="Tech Daily Research — internal") -> bytes:
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = header
    document.sections[0].footer.paragraphs[0].text = "Confidential"
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text, table.rows[0].cells[1].text = "Hunyuan-lite", "free"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("paragraphs", [
    [line for lines in EN_PAGES for line in lines],
    ["5月22日，腾讯云宣布混元大模型全面降价。", "分析人士认为，价格战将有利于规模最大的云厂商。"],
], ids=["en", "zh"])
def test_docx_paragraphs_and_tables_without_header_or_footer(paragraphs):
    text = binary_document_text(_docx(paragraphs), ".docx")
    assert text.split("\n")[:len(paragraphs)] == paragraphs
    assert "Hunyuan-lite | free" in text
    assert "internal" not in text and "Confidential" not in text


@pytest.mark.parametrize(("pages", "repeated"), [
    ([["Header", "a"], ["Header", "b"], ["Header", "c"]], {"header"}),
    ([["Page 1", "a"], ["Page 2", "b"], ["Page 3", "c"], ["x", "d"]], {"page #"}),
    ([["Header", "a"], ["Header", "b"]], set()),  # two pages: a repeated line may be the article's
    ([["a"], ["b"], ["c"], ["Header"], ["Header"]], set()),  # on 2 of 5 pages: not most
])
def test_repeated_lines_are_those_on_most_pages(pages, repeated):
    assert repeated_lines(pages) == repeated


@pytest.mark.parametrize(("lines", "paragraphs"), [
    (["Tencent cut the price of", "its models on Wednesday.", "Short heading", "Next paragraph ends here."],
     ["Tencent cut the price of its models on Wednesday.", "Short heading", "Next paragraph ends here."]),
    (["腾讯云宣布混元大模型全面", "降价。", "分析人士认为价格战将持续。"],
     ["腾讯云宣布混元大模型全面降价。", "分析人士认为价格战将持续。"]),
])
def test_reflow_joins_wrapped_lines(lines, paragraphs):
    assert reflow(lines) == paragraphs


def test_a_folder_with_pdf_docx_and_a_scan_opens_as_articles(tmp_path):
    (tmp_path / "report.pdf").write_bytes(_pdf(EN_PAGES))
    zh_paragraphs = ["腾讯云宣布混元大模型全面降价。", "分析人士认为，价格战将有利于规模最大的云厂商。"]
    (tmp_path / "note.docx").write_bytes(_docx(zh_paragraphs))
    scan = FPDF()
    scan.add_page()
    scan.rect(20, 20, 150, 200, style="F")
    (tmp_path / "scan.pdf").write_bytes(bytes(scan.output()))
    corpus = build_corpus(tmp_path, cache_dir=None)
    docs = corpus.documents.set_index(Doc.FILE)
    assert set(docs.index) == {"report.pdf", "note.docx"}
    assert "Page 1 of 3" not in docs.loc["report.pdf", Doc.TEXT]
    assert docs.loc["note.docx", Doc.LANGUAGE] == "zh"
    skipped = dict(corpus.skipped.itertuples(index=False))
    assert "without a text layer" in skipped["scan.pdf"]
