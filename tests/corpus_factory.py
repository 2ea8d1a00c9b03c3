"""Build a realistic, messy corpus folder for tests: mixed encodings, HTML, junk files, links.

``write_messy_corpus(root)`` writes the folder and returns it; ``EXPECTED_OUTCOMES`` says what
reading each file should give: ``("text", snippet)`` for an article whose decoded (for HTML:
extracted) text contains ``snippet``, or ``("skip", reason_start)`` for a skipped file. Files that
are ignored silently (hidden, ``.trash``, rule files) are listed in ``IGNORED``. The fixtures in
``tests/conftest.py`` wrap these builders; other test modules may import them directly.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

# Over SMALL_LIMIT but under the default limit: tests pass max_bytes=SMALL_LIMIT.
SMALL_LIMIT = 4_000

GBK_ARTICLE = """字节跳动豆包大模型正式发布，价格比行业低99.3%
2024年5月15日 来源：36氪 作者：张三
5月15日，字节跳动在火山引擎原动力大会上正式发布豆包大模型家族。豆包主力模型在企业市场的定价为0.0008元/千Tokens，比行业便宜99.3%。
火山引擎总裁谭待表示：“降价是做大市场的关键！”他认为，大模型的应用将迎来爆发。
截至目前，豆包APP的累计下载量已超过1亿次；字节跳动旗下多个产品已接入豆包。
免责声明：本文仅代表作者个人观点，不构成投资建议。
"""

GB18030_ARTICLE = """百度文心一言用户数突破两亿
发布时间：2024-04-16 10:00
4月16日，百度创始人李彦宏在Create大会上宣布，文心一言用户数已突破2亿。𠮷祥物与䶮字均需GB18030才能编码。
李彦宏表示，文心大模型的日均调用量已达到2亿次。
"""

UTF16_ARTICLE = """Kuaishou Opens Kling Video Model to Global Users
By Li Wei
Kuaishou said on Monday that its Kling video generation model is now available worldwide.
The company said more than 1 million users had applied for access.
"""

HTML_PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Alibaba &amp; Tencent Back Moonshot AI</title>
<style>body { font-family: serif; } .ad { display: none; }</style>
<script>alert(1); document.write("INJECTED");</script></head>
<body>
<nav><a href="/">Home</a> | <a href="/tech">Tech</a></nav>
<header><div class="logo">TechDaily</div></header>
<h1>Alibaba &amp; Tencent Back Moonshot AI</h1>
<p>Moonshot AI, the maker of the Kimi chatbot, raised $1 billion in a round led by Alibaba &amp; Tencent.</p>
<p>The Beijing start-up was valued at $2.5 billion.<br>Its founder, Yang Zhilin, declined to comment.</p>
<noscript>Enable JavaScript</noscript>
<aside>Related: Ten AI start-ups to watch</aside>
<footer>&copy; 2024 TechDaily. All rights reserved.</footer>
</body></html>
"""

MARKDOWN_ARTICLE = """# Zhipu AI Releases GLM-4

Zhipu AI released **GLM-4** on January 16, 2024. The model supports a 128k context window.

- Faster inference
- Lower prices
"""

CRLF_ARTICLE = (
    "MiniMax Launches abab 6.5\r\n\r\nMiniMax released abab 6.5 in April 2024.\r\n"
    "It is a mixture-of-experts model.\r\n"
)

NESTED_ARTICLE = "iFlytek Updates Spark\n\niFlytek updated its Spark model on June 27, 2024.\n"

EXPECTED_OUTCOMES = {
    "zh_gbk.txt": ("text", "字节跳动在火山引擎原动力大会上正式发布豆包大模型家族"),
    "zh_gb18030.txt": ("text", "𠮷祥物与䶮字"),
    "en_utf16le_bom.txt": ("text", "Kling video generation model"),
    "en_utf16be_nobom.txt": ("text", "Kling video generation model"),
    "page.html": ("text", "raised $1 billion in a round led by Alibaba & Tencent."),
    "glm4.md": ("text", "Zhipu AI released **GLM-4**"),
    "crlf_bom.txt": ("text", "MiniMax Launches abab 6.5\n\nMiniMax released abab 6.5"),
    "sub/deeper/iflytek.htm": ("text", "iFlytek updated its Spark model"),
    "empty.txt": ("skip", "empty file"),
    "image.txt": ("skip", "binary data"),
    "big.txt": ("skip", "too large"),
    "report.xlsx": ("skip", "unsupported type .xlsx"),
    "notes": ("skip", "unsupported type (no extension)"),
    "leak.txt": ("skip", "symlink leaves the folder"),
    "dangling.txt": ("skip", "broken symlink"),
}
IGNORED = (".hidden.txt", ".trash/old.txt", "gazetteer.csv", "stopwords_en.txt", "phrases.txt")


def write_messy_corpus(root: Path) -> Path:
    """Write the messy corpus into ``root`` (created if needed) and return ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "zh_gbk.txt").write_bytes(GBK_ARTICLE.encode("gbk"))
    (root / "zh_gb18030.txt").write_bytes(GB18030_ARTICLE.encode("gb18030"))
    (root / "en_utf16le_bom.txt").write_bytes(b"\xff\xfe" + UTF16_ARTICLE.encode("utf-16-le"))
    (root / "en_utf16be_nobom.txt").write_bytes(UTF16_ARTICLE.encode("utf-16-be"))
    (root / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (root / "glm4.md").write_text(MARKDOWN_ARTICLE, encoding="utf-8")
    (root / "crlf_bom.txt").write_bytes(b"\xef\xbb\xbf" + CRLF_ARTICLE.encode("utf-8"))
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / "sub" / "deeper" / "iflytek.htm").write_text(NESTED_ARTICLE, encoding="utf-8")
    (root / "empty.txt").write_bytes(b"")
    noise = random.Random(7).randbytes(2_000)
    (root / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + noise)
    (root / "big.txt").write_text("Huawei unveiled the Pangu model. " * 200, encoding="utf-8")
    (root / "report.xlsx").write_bytes(b"PK\x03\x04\x14\x00\x06\x00")
    (root / "notes").write_text("no extension", encoding="utf-8")
    _write_links(root)
    _write_ignored(root)
    return root


def _write_links(root: Path) -> None:
    outside = root.parent / f"{root.name}_outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text("Not part of the corpus.", encoding="utf-8")
    (root / "leak.txt").symlink_to(outside / "secret.txt")
    (root / "dangling.txt").symlink_to(root / "gone.txt")


def _write_ignored(root: Path) -> None:
    (root / ".hidden.txt").write_text("Hidden draft.", encoding="utf-8")
    (root / ".trash").mkdir()
    (root / ".trash" / "old.txt").write_text("Deleted article.", encoding="utf-8")
    (root / "gazetteer.csv").write_text("entity,kind,company,aliases\n", encoding="utf-8")
    (root / "stopwords_en.txt").write_text("the\n", encoding="utf-8")
    (root / "phrases.txt").write_text("large model\n", encoding="utf-8")


METADATA_CSV = """file,title,source,author,url,published,language,date_origin,note
zh_gbk.txt,,36Kr,,https://36kr.com/p/1,2024-05-15,zh,,GBK file
glm4.md,GLM-4 is out,,,,16/01/2024,en,,bad date: day-first
ghost.txt,,Reuters,,,2024-01,en,,not in the folder
page.html,,TechDaily,,,2024-06,,guessed,bad date_origin
zh_gbk.txt,,duplicate,,,,,,second row for the same file
"""

METADATA_CSV_NO_FILE_COLUMN = """name,title,published
zh_gbk.txt,Doubao,2024-05-15
"""


def write_metadata_csv(root: Path, text: str = METADATA_CSV) -> Path:
    (root / "metadata.csv").write_text(text, encoding="utf-8")
    return root


# A corpus whose file names, titles, text and metadata all carry markup and script payloads.
SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
LINK = "[click](javascript:alert(1))"
MD_IMAGE = "![x](x)"
BOLD = "<b onmouseover=alert(1)>x</b>"
PAYLOADS = (SCRIPT, IMG, LINK, MD_IMAGE, BOLD)

# Sentences that give the pipeline companies, dates and events, so every page has something to show.
NEWS = (
    "On March 5, 2024, ByteDance launched its Doubao model for enterprise customers. "
    "Xiaohongshu said on April 2, 2024 that it had started testing a large language model. "
    "Alibaba and Tencent invested in Moonshot AI in February 2024, according to people familiar with the deal. "
    "Baidu released a new version of Ernie Bot in May 2024.\n"
)


def hostile_article(title: str) -> str:
    return (f"{title}\n\n{NEWS}\n"
            f"Readers were told: {SCRIPT} and then {IMG} appeared in the copy.\n"
            f"More at {LINK} or see {MD_IMAGE}; the outlet wrote {BOLD} in bold.\n"
            f"<a href=\"javascript:alert(1)\">read more</a> <svg onload=alert(1)></svg>\n\n{NEWS}")


def write_hostile_corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    files = {
        f"{IMG}.txt": hostile_article(f"ByteDance {SCRIPT} launches Doubao {IMG}"),
        f"{LINK} {MD_IMAGE}.txt": hostile_article(f"Xiaohongshu {LINK} tests a model {MD_IMAGE}"),
        "plain-name.txt": hostile_article("Alibaba backs Moonshot AI"),
    }
    for name, text in files.items():
        (root / name).write_text(text, encoding="utf-8")
    rows = [
        {"file": "plain-name.txt", "title": SCRIPT, "source": BOLD, "author": LINK,
         "url": "javascript:alert(1)", "published": "2024-05", "language": "en", "note": IMG},
        {"file": f"{IMG}.txt", "title": "", "source": MD_IMAGE, "author": IMG,
         "url": "javascript:alert(1)", "published": "2024-03", "language": "en", "note": ""},
    ]
    with (root / "metadata.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.DictWriter(out, fieldnames=["file", "title", "source", "author", "url", "published",
                                                 "language", "date_origin", "note"])
        writer.writeheader()
        writer.writerows(rows)
    return root
